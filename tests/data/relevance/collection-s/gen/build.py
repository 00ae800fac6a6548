"""Write every record of the collection into ../kb as JSON files. Run: python3 build.py"""
import json, os, shutil, sys, hashlib
sys.path.insert(0, os.path.dirname(__file__))
from records_a import RECS as A
from records_b import RECS as B
from records_c import RECS as C
import people as PP

KB = os.path.join(os.path.dirname(__file__), "..", "kb")
ORG = {"name": "Kestrel Vale Haemoglobinopathy Network", "ods_code": "Q7K"}
TS = "2026-11-20T09:00:00Z"
BOILER = [
    "This record was added to the network knowledge base by the library and knowledge service.",
    "Learning was shared at the network governance meeting.",
    "Contact the team for the full report and any templates.",
    "Patients and carers from the network's patient forum were involved.",
    "",
    "",
    "Please note this work is local and may not apply to other settings without adaptation.",
]
FOLDER = {"innovation": "innovations", "story": "stories", "lesson": "lessons",
          "capture_record": "capture-records", "person": "people"}


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def boiler(r):
    return BOILER[h(r.id) % len(BOILER)]


def join(*parts):
    return " ".join(p for p in parts if p).strip()


def base(r, typ):
    d = {"type": typ, "schema_version": 1, "id": r.id, "revision": 1, "owner_org": ORG,
         "status": "published", "created_at": TS, "updated_at": TS, "title": r.title}
    if r.dept:
        d["department"] = r.dept
    if r.kw and h(r.id) % 4 != 0:          # a quarter of records carry no keywords
        d["keywords"] = r.kw
    return d


def build(r):
    p = r.people
    if r.kind == "inn":
        d = base(r, "innovation")
        d.update(lead=p[0], problem=r.a, description=join(r.b, boiler(r)), costs={"industry_sponsorship": False})
        if p[1:]:
            d["team"] = [{"person": x, "role": "team_member"} for x in p[1:]]
        if r.c:
            d["stage"] = "evaluated"
            d["evaluation"] = {"summary": r.c, "evidence_level": "before_after"}
        else:
            d["stage"] = ["implemented", "testing", "embedded", "planning"][h(r.id) % 4] if h(r.id) % 4 != 2 else "testing"
        return d
    if r.kind == "story":
        d = base(r, "story")
        lks = [x for x in p[1:]]
        d.update(kind="lks_impact_case_study" if "p-mcgregor" in p else "innovation_story",
                 who_asked={"person": p[0]}, challenge=r.a, what_we_did=r.b,
                 how_it_helped=join(r.c or "It helped the team decide what to do next.", boiler(r)))
        if lks:
            d["working_with"] = lks
        return d
    if r.kind == "lesson":
        d = base(r, "lesson")
        d.update(statement=r.a, recommendation=r.b, polarity=r.c or "improve", owner=p[0])
        return d
    d = base(r, "capture_record")
    fac, parts = p[0], p[1:]
    d.update(held_on="2026-%02d-%02d" % (1 + h(r.id) % 10, 1 + h(r.id) % 27), facilitator=fac,
             purpose=r.title if r.kind not in ("harvest",) else r.a)
    if parts:
        d["participants"] = [{"person": x} for x in parts]
    if r.kind == "aar":
        d["details"] = {"technique": "after_action_review", "intended": r.a, "actual": r.b,
                        "reasons_for_difference": join(r.c, boiler(r)) or "Not agreed."}
    elif r.kind == "retro":
        d["details"] = {"technique": "retrospect", "objectives": [r.a],
                        "successes": [{"point": r.b}], "improvements": [{"point": r.c}]}
    elif r.kind == "peer":
        d["details"] = {"technique": "peer_assist", "host_team": r.dept, "problem_statement": r.a,
                        "options_insights": [x for x in (r.b, r.c) if x]}
    elif r.kind == "cafe":
        d["details"] = {"technique": "knowledge_cafe", "question": r.a,
                        "themes": [x for x in (r.b, r.c) if x]}
        if parts:
            d["details"]["speaker"] = parts[0]
    elif r.kind == "harvest":
        # people: harvestee, facilitator, line manager
        d["facilitator"] = p[1]
        d["participants"] = [{"person": p[0]}]
        d["details"] = {"technique": "knowledge_harvest", "harvestee": p[0], "reason": "leaving",
                        "interview_summary": r.b}
        if len(p) > 2:
            d["details"]["line_manager"] = p[2]
    elif r.kind == "coffee":
        d["details"] = {"technique": "randomised_coffee_trial", "round_label": r.a,
                        "matching_rules": [r.b]}
        if r.c:
            d["insights"] = [r.c]
    elif r.kind == "cop":
        d["details"] = {"technique": "community_of_practice_meeting", "community": r.a,
                        "agenda": [x for x in (r.b, r.c) if x]}
    else:
        raise ValueError(r.kind)
    return d


def main():
    recs = A + B + C
    ids = [r.id for r in recs]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    for f in FOLDER.values():
        shutil.rmtree(os.path.join(KB, f), ignore_errors=True)
        os.makedirs(os.path.join(KB, f))
    for r in recs:
        d = build(r)
        json.dump(d, open(os.path.join(KB, FOLDER[d["type"]], r.id + ".json"), "w"), indent=2, ensure_ascii=False)
    byid = {r.id: r for r in recs}
    for s in PP.SPEC:
        pid = s["pid"]
        claims = []
        for label, level, ev in s["claims"]:
            evs = []
            for rid in ev:
                r = byid[rid]
                assert pid in r.people, (pid, rid)
                if r.kind == "harvest":
                    role = {0: "harvestee", 1: "facilitator"}.get(r.people.index(pid), "line manager")
                elif r.people[0] == pid:
                    role = {"inn": "lead", "story": "lead", "lesson": "owner"}.get(r.kind, "facilitator")
                else:
                    role = "author" if r.kind == "story" else "participant"
                evs.append({"record": rid, "role": role})
            claims.append({"concept": {"label": label}, "level": level, "evidence": evs})
        d = {"type": "person", "schema_version": 1, "id": pid, "revision": 1, "owner_org": ORG,
             "created_at": TS, "updated_at": TS,
             "display_name": s["display"] or (s["given"] + " " + s["family"]),
             "given_name": s["given"], "family_name": s["family"], "job_title": s["title"],
             "department": s["dept"], "work_email": PP.email(s),
             "profile": {"overview": s["overview"], "expertise": claims, "willing_to": s["willing"],
                         "last_confirmed_on": "2026-10-01"}}
        json.dump(d, open(os.path.join(KB, "people", pid + ".json"), "w"), indent=2, ensure_ascii=False)
    print(len(recs), "records,", len(PP.SPEC), "people")


if __name__ == "__main__":
    main()
