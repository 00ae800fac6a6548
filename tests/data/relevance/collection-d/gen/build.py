"""Build the kb/ record files from gen/records*.txt and gen/people.py."""
import json, re, sys, hashlib, shutil
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from people import PEOPLE, TRUST

ROOT = Path(__file__).resolve().parent.parent
KB = ROOT / "kb"
FOLDER = {"inn": "innovations", "story": "stories", "lesson": "lessons", "cap": "capture-records", "person": "people"}
TYPE = {"inn": "innovation", "story": "story", "lesson": "lesson", "cap": "capture_record"}
CLOSINGS = [
    "For more information, contact the people named on this record or the library and knowledge service.",
    "This work was presented at the quarterly learning event, and the slides are available on request.",
    "We would be glad to hear from anyone thinking of trying something similar.",
    "Thank you to everyone who gave their time to make this happen.",
    "The team is happy to share templates and documents on request.",
]

def parse():
    recs = []
    for f in sorted((ROOT / "gen").glob("records*.txt")):
        cur = None
        for line in f.read_text().splitlines():
            m = re.match(r"^## (\w+) ([\w-]+) \[(\w+)\]\s*$", line)
            if m:
                cur = {"_kind": m.group(1), "_slug": m.group(2), "_tag": m.group(3)}
                recs.append(cur)
                continue
            if not line.strip() or cur is None:
                continue
            k, _, v = line.partition(":")
            cur[k.strip()] = v.strip()
    for r in recs:
        r["id"] = f"{r['_kind']}-{r['_slug']}" if r["_kind"] != "cap" else f"cap-{r['_slug']}"
    return recs

def plist(v):
    return [f"person-{x.strip()}" for x in v.split(",") if x.strip()] if v else []

def bars(v):
    return [x.strip() for x in v.split("|") if x.strip()] if v else []

def closing(rid):
    h = int(hashlib.md5(rid.encode()).hexdigest(), 16)
    return None if h % 3 == 0 else CLOSINGS[h % len(CLOSINGS)]

def org_of(slug):
    for p in PEOPLE:
        if p[0] == slug:
            return p[7]
    raise KeyError(slug)

def orgref(o):
    return {"name": o[0], "ods_code": o[1]}

def people_on(r):
    """(person id, role) pairs for a parsed record."""
    out = []
    if r.get("lead"): out.append((f"person-{r['lead']}", "lead"))
    for p in plist(r.get("team", "")): out.append((p, "team member"))
    if r.get("owner"): out.append((f"person-{r['owner']}", "owner"))
    for p in plist(r.get("working", "")): out.append((p, "author"))
    if r.get("fac"): out.append((f"person-{r['fac']}", "facilitator"))
    for p in plist(r.get("parts", "")): out.append((p, "participant"))
    return out

def build_record(r, i):
    k = r["_kind"]
    rid = r["id"]
    year = 2023 + (i % 3)
    month = 1 + (i * 5) % 12
    day = 1 + (i * 7) % 27
    date = f"{year}-{month:02d}-{day:02d}"
    lead = r.get("lead") or r.get("owner") or (plist(r.get("working", ""))[0][7:] if r.get("working") else None) or r.get("fac")
    o = org_of(lead) if lead else TRUST
    d = {"type": TYPE[k], "schema_version": 1, "id": rid, "title": r["T"],
         "owner_org": orgref(o), "status": "published", "visibility": "organisation",
         "created_by": "person-clare-dunstan"}
    if r.get("S") and k != "lesson": d["summary"] = r["S"]
    if r.get("dept"): d["department"] = r["dept"]
    if r.get("kw"): d["keywords"] = [x.strip() for x in r["kw"].split(";")]
    c = closing(rid)
    if k == "inn":
        d["lead"] = f"person-{r['lead']}"
        if r.get("team"): d["team"] = [{"person": p, "role": "team_member"} for p in plist(r["team"])]
        d["problem"] = r["P"]
        d["description"] = r["D"] + (" " + c if c else "")
        d["innovation_type"] = r.get("type", "other")
        d["setting"] = r.get("setting", "mental_health" if r["_tag"] in "ABCIJKLMTUY" else "community")
        stage = r.get("stage") or ("evaluated" if r.get("E") else "implemented")
        d["stage"] = stage
        d["started_on"] = date
        if r.get("E"):
            d["evaluation"] = {"summary": r["E"], "method": "Before-and-after comparison", "evidence_level": "before_after"}
        d["costs"] = {"industry_sponsorship": False}
        if r.get("les"): d["lessons"] = [x.strip() for x in r["les"].split(",")]
    elif k == "story":
        d["kind"] = r["kind"]
        d["who_asked"] = {"role": r["asked"]}
        d["challenge"] = r["P"]
        d["what_we_did"] = r["D"]
        d["how_it_helped"] = r["H"] + (" " + c if c else "")
        if r.get("working"): d["working_with"] = plist(r["working"])
        if r.get("about"): d["about"] = [x.strip() for x in r["about"].split(",")]
    elif k == "lesson":
        d["statement"] = r["S"]
        d["recommendation"] = r["R"]
        d["polarity"] = r["pol"]
        d["owner"] = f"person-{r['owner']}"
        ctx = r.get("ctx", "")
        if c: ctx = (ctx + " " + c).strip()
        if ctx: d["context"] = ctx
        if r.get("rel"): d["related_innovations"] = [x.strip() for x in r["rel"].split(",")]
    elif k == "cap":
        t = r["tech"]
        det = {"technique": t}
        if t == "after_action_review":
            det.update(intended=r["I"], actual=r["A"])
            if r.get("why"): det["reasons_for_difference"] = r["why"]
        elif t == "retrospect":
            det["objectives"] = bars(r["obj"])
            if r.get("achieved"): det["achieved"] = bars(r["achieved"])
        elif t == "peer_assist":
            det.update(host_team=r["host"], problem_statement=r["pstatement"])
        elif t == "before_action_review":
            det.update(task=r["task"], end_state=r["endstate"])
        elif t == "randomised_coffee_trial":
            det["round_label"] = r["round"]
        d["details"] = det
        d["held_on"] = r["held"]
        d["purpose"] = r["purpose"] + (" " + c if c else "")
        if r.get("fac"): d["facilitator"] = f"person-{r['fac']}"
        if r.get("parts"): d["participants"] = [{"person": p} for p in plist(r["parts"])]
        if r.get("ins"): d["insights"] = bars(r["ins"])
        if r.get("refs"): d["context_refs"] = [x.strip() for x in r["refs"].split(",")]
    return d

def build_person(p, recs):
    slug, name, title, group, prof, dept, site, org, overview, claims, willing = p
    pid = f"person-{slug}"
    given, family = name.replace("Dr ", "").split(" ", 1)
    d = {"type": "person", "schema_version": 1, "id": pid, "display_name": name,
         "owner_org": orgref(TRUST), "created_by": "person-clare-dunstan",
         "given_name": given, "family_name": family, "job_title": title, "staff_group": group,
         "profession": prof, "department": dept, "site": site,
         "work_email": f"{given.lower()}.{family.lower()}@{'westmarsh-nhs' if org == TRUST else org[0].split()[0].lower().replace(chr(39),'') + '-' + org[0].split()[1].lower().replace(chr(39),'')}.example"}
    if org != TRUST: d["employer"] = orgref(org)
    if slug in ("ben-rowse", "clare-dunstan"): d["is_lks_staff"] = True
    exp = []
    for label, level, tags in claims:
        ev = []
        for r in recs:
            if r["_tag"] not in tags and r["id"] not in tags: continue
            for who, role in people_on(r):
                if who == pid:
                    ev.append({"record": r["id"], "role": role}); break
        claim = {"concept": {"label": label}, "level": level}
        if ev: claim["evidence"] = ev[:8]
        exp.append(claim)
    d["profile"] = {"visibility": "organisation", "overview": overview, "expertise": exp,
                    "willing_to": willing, "last_confirmed_on": "2026-03-01"}
    return d

def main():
    recs = parse()
    ids = {r["id"] for r in recs}
    pids = {f"person-{p[0]}" for p in PEOPLE}
    probs = []
    for r in recs:
        for who, _ in people_on(r):
            if who not in pids: probs.append((r["id"], who))
        for f in ("les", "rel", "about", "refs"):
            for x in (r.get(f) or "").split(","):
                if x.strip() and x.strip() not in ids: probs.append((r["id"], x.strip()))
    if probs:
        print("PROBLEMS", probs); sys.exit(1)
    for sub in FOLDER.values():
        shutil.rmtree(KB / sub, ignore_errors=True); (KB / sub).mkdir(parents=True)
    for i, r in enumerate(recs):
        d = build_record(r, i)
        (KB / FOLDER[r["_kind"]] / f"{r['id']}.json").write_text(json.dumps(d, indent=2, ensure_ascii=False) + "\n")
    for p in PEOPLE:
        d = build_person(p, recs)
        (KB / "people" / f"{d['id']}.json").write_text(json.dumps(d, indent=2, ensure_ascii=False) + "\n")
    from collections import Counter
    print(Counter(r["_kind"] for r in recs), len(recs), "people", len(PEOPLE))
    # tag index for judging helper
    (ROOT / "gen" / "tags.json").write_text(json.dumps({r["id"]: r["_tag"] for r in recs}, indent=1))

if __name__ == "__main__":
    main()
