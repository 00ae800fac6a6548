"""Regenerate kb/ records from records*.txt and people.py. Run: python gen/build.py"""
import json, glob, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KB = os.path.join(HERE, "..", "kb")
sys.path.insert(0, HERE)
from people import PEOPLE

def parse():
    recs = []
    for fn in sorted(glob.glob(os.path.join(HERE, "records*.txt"))):
        cur = None
        for line in open(fn, encoding="utf-8"):
            line = line.rstrip("\n")
            if line.startswith("== "):
                parts = [p.strip() for p in line[3:].split("|")]
                cur = dict(id=parts[0], type=parts[1], dept=parts[2], lead=parts[3],
                           team=[t for t in parts[4].split(",") if t], tags=[t for t in parts[5].split(",") if t])
                recs.append(cur)
            elif cur and line[:3] in ("T: ", "A: ", "B: ", "C: ", "S: "):
                cur[line[0]] = line[3:]
    return recs

def summary(r):
    s = r.get("S") or r["A"]
    return s if len(s) <= 600 else s[:590] + "..."

def build(r):
    base = {"type": {"inn":"innovation","story":"story","lesson":"lesson"}.get(r["type"], "capture_record"), "id": r["id"], "title": r["T"], "department": r["dept"], "status": "published"}
    t = r["type"]
    if t == "inn":
        d = dict(base, lead=r["lead"], problem=r["A"], description=r["B"], stage="implemented", costs={"industry_sponsorship": False},
                 summary=summary(r))
        if r["team"]:
            d["team"] = [{"person": p, "role": "team_member"} for p in r["team"]]
        if "C" in r:
            d["key_learning_points"] = [r["C"]]
        return "innovations", d
    if t == "story":
        d = dict(base, kind="innovation_story", who_asked={"person": r["lead"]}, challenge=r["A"],
                 what_we_did=r["B"], how_it_helped=r.get("C", "Shared with the team."))
        if r["team"]:
            d["working_with"] = r["team"]
        return "stories", d
    if t == "lesson":
        d = dict(base, statement=r["A"], recommendation=r["B"], polarity=("improve" if "C" not in r else "sustain"),
                 owner=r["lead"])
        if "C" in r:
            d["context"] = r["C"]
        return "lessons", d
    if t in ("aar", "retro", "pa"):
        parts = [{"person": p} for p in [r["lead"]] + r["team"]]
        d = dict(base, held_on="2026-0%d-1%d" % (1 + len(r["id"]) % 9, len(r["T"]) % 10), facilitator=r["lead"],
                 participants=parts, purpose=r.get("S") or r["T"])
        if t == "aar":
            det = {"technique": "after_action_review", "intended": r["A"], "actual": r["B"]}
            if "C" in r:
                det["next_time"] = [r["C"]]
        elif t == "retro":
            det = {"technique": "retrospect", "objectives": [r["A"]], "achieved": [r["B"]]}
            if "C" in r:
                det["recommendations"] = [r["C"]]
        else:
            det = {"technique": "peer_assist", "host_team": r["dept"], "problem_statement": r["A"],
                   "options_insights": [r["B"]] + ([r["C"]] if "C" in r else [])}
        d["details"] = det
        return "capture-records", d
    raise ValueError(t)

def main():
    recs = parse()
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    pids = {p[0] for p in PEOPLE}
    for folder in ("innovations", "stories", "lessons", "capture-records", "people"):
        os.makedirs(os.path.join(KB, folder), exist_ok=True)
        for f in glob.glob(os.path.join(KB, folder, "*.json")):
            os.remove(f)
    for r in recs:
        for p in [r["lead"]] + r["team"]:
            assert p in pids, (r["id"], p)
        folder, d = build(r)
        json.dump(d, open(os.path.join(KB, folder, r["id"] + ".json"), "w"), indent=2, ensure_ascii=False)
    for (pid, gn, fn, job, dept, ov, claims, willing) in PEOPLE:
        exp = []
        for label, tag, level in claims:
            ev = []
            for r in recs:
                if tag in r["tags"]:
                    if r["lead"] == pid:
                        ev.append({"record": r["id"], "role": "lead"})
                    elif pid in r["team"]:
                        ev.append({"record": r["id"], "role": "participant"})
            c = {"concept": {"label": label}, "level": level}
            if ev:
                c["evidence"] = ev
            exp.append(c)
        d = {"type": "person", "id": pid, "given_name": gn, "family_name": fn, "display_name": f"{gn} {fn}",
             "job_title": job, "department": dept, "status": "published",
             "work_email": f"{gn.lower()}.{fn.lower()}@wayfarer-health.example",
             "profile": {"overview": ov, "expertise": exp, "willing_to": willing}}
        json.dump(d, open(os.path.join(KB, "people", pid + ".json"), "w"), indent=2, ensure_ascii=False)
    print(len(recs), "records,", len(PEOPLE), "people")

if __name__ == "__main__":
    main()
