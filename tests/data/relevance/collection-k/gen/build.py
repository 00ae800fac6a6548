"""Build kb/ from gen/people.py and gen/records_*.txt. Run: python gen/build.py (from the collection folder)."""
import json, re, glob, os, shutil, subprocess, sys, hashlib
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KB = os.path.join(ROOT, "kb")
KMCORE = "/work/venv-main/bin/kmcore"
sys.path.insert(0, HERE)
from people import P

BOILER = [
    "Contact the team for the standard operating procedure.",
    "This record was reviewed by the Knowledge and Library Service.",
    "Shared at the hub's quality improvement huddle.",
    "Please get in touch if you would like to try this in your service.",
]

def parse(path):
    recs = []
    for block in re.split(r"\n(?=@ )", open(path).read().strip()):
        lines = block.strip().split("\n")
        hid, dept, ppl, topics = [x.strip() for x in lines[0][2:].split("|")]
        title = lines[1].strip()
        body = " ".join(l.strip() for l in lines[2:] if l.strip())
        recs.append(dict(id=hid, dept=dept, people=ppl.split(","), topics=topics.split(), title=title, body=body))
    return recs

def sentences(t):
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"£0-9])", t) if s.strip()]

def pid(x): return "person-" + x

def h(s): return int(hashlib.md5(s.encode()).hexdigest(), 16)

def make(r):
    s = sentences(r["body"])
    body = r["body"]
    if h(r["id"]) % 4 == 0 and len(body) > 150:
        body = body + " " + BOILER[h(r["id"]) % len(BOILER)]
    lead = pid(r["people"][0]); others = [pid(p) for p in r["people"][1:]]
    base = dict(id=r["id"], title=r["title"], department=r["dept"], status="published")
    i = r["id"]
    if i.startswith("inn-"):
        d = dict(base, lead=lead, problem=s[0], description=body, stage=["implemented", "planning", "testing"][h(i) % 3],
                 setting="corporate" if r["dept"] in CORP else "acute",
                 costs={"industry_sponsorship": False})
        if len(s) > 1: d["summary"] = s[0]
        if others: d["team"] = [{"person": o} for o in others]
        return "innovation", d
    if i.startswith("lesson-"):
        d = dict(base, statement=" ".join(s[:-1]) if len(s) > 1 else s[0], recommendation=s[-1],
                 polarity="sustain" if h(i) % 3 == 0 else "improve", owner=lead)
        return "lesson", d
    if i.startswith("story-"):
        n = len(s)
        ch = s[0]; wd = " ".join(s[1:-1]) if n > 2 else (s[1] if n == 2 else s[0]); hi = s[-1]
        lks = any(p in ("amira-yusuf", "sam-hughes") for p in r["people"])
        d = dict(base, kind="lks_impact_case_study" if lks else ["innovation_story", "km_success_story"][h(i) % 2],
                 who_asked={"person": lead} if not lks or len(r["people"]) == 1 else {"person": pid(r["people"][1])},
                 challenge=ch, what_we_did=wd, how_it_helped=hi)
        if lks: d["working_with"] = [pid("amira-yusuf")]
        return "story", d
    if i.startswith("cap-"):
        parts = [{"person": p} for p in [lead] + others]
        d = dict(base, held_on="2026-%02d-%02d" % (1 + h(i) % 10, 1 + h(i) % 27), purpose=s[0], participants=parts,
                 facilitator=pid("sam-hughes") if "sam-hughes" in r["people"] else lead)
        if i.startswith("cap-aar"):
            d["details"] = {"technique": "after_action_review", "intended": s[0], "actual": " ".join(s[1:]) or s[0]}
        elif i.startswith("cap-retro"):
            d["details"] = {"technique": "retrospect", "objectives": [s[0]], "achieved": s[1:] or [s[0]]}
        elif i.startswith("cap-pa"):
            d["details"] = {"technique": "peer_assist", "host_team": r["dept"], "problem_statement": body}
        elif i.startswith("cap-harvest"):
            hv = pid(r["people"][1]) if len(r["people"]) > 1 else lead
            d["details"] = {"technique": "knowledge_harvest", "harvestee": hv, "reason": "retiring", "interview_summary": body}
        elif i.startswith("cap-cafe"):
            d["details"] = {"technique": "knowledge_cafe", "question": s[0], "themes": s[1:] or [s[0]]}
        elif i.startswith("cap-cop"):
            d["details"] = {"technique": "community_of_practice_meeting", "community": r["dept"] + " network", "agenda": s[1:] or [s[0]]}
        d["insights"] = s[1:3] or [s[0]]
        return "capture_record", d
    raise ValueError(i)

CORP = {"Outpatient Booking Centre", "Health Records", "Information Governance", "Communications", "Fernhollow Hospital Charity",
        "Voluntary Services", "Digital Services", "Estates and Facilities", "People and Culture", "Programme Management Office",
        "Patient Experience", "Library and Knowledge Service"}

def person(p):
    i, g, f, jt, dept, ov, claims, willing = p
    return dict(id=pid(i), given_name=g, family_name=f, display_name=f"{g} {f}", job_title=jt, department=dept,
                work_email=f"{g.lower().replace('â','a')}.{f.lower()}@fernhollow-hub.example", status="published",
                profile=dict(overview=ov, willing_to=willing,
                             expertise=[dict(concept={"label": lab}, level=lvl,
                                             evidence=[{"record": rid, "role": "lead"} for rid in ev]) for lab, lvl, ev in claims]))

def load_records():
    recs = []
    for f in sorted(glob.glob(os.path.join(HERE, "records_*.txt"))):
        recs += parse(f)
    return recs

def main():
    recs = load_records()
    ids = [r["id"] for r in recs]
    dup = {x for x in ids if ids.count(x) > 1}
    assert not dup, dup
    # fix evidence roles: lead if first person, else participant
    bytype = {}
    for r in recs:
        t, d = make(r)
        bytype.setdefault(t, []).append(d)
    people = [person(p) for p in P]
    lead_of = {r["id"]: r["people"] for r in recs}
    for pp in people:
        short = pp["id"][7:]
        for c in pp["profile"]["expertise"]:
            for e in c["evidence"]:
                assert e["record"] in lead_of, ("missing evidence record", e["record"])
                e["role"] = "lead" if lead_of[e["record"]][0] == short else ("facilitator" if short == "sam-hughes" else "participant")
    known = {pp["id"][7:] for pp in people}
    for r in recs:
        for x in r["people"]:
            assert x in known, (r["id"], x)
    # reset kb
    for sub in ("innovations", "people", "stories", "capture-records", "lessons"):
        shutil.rmtree(os.path.join(KB, sub), ignore_errors=True)
    out = os.path.join(HERE, "out"); os.makedirs(out, exist_ok=True)
    order = [("person", people)] + [(t, bytype[t]) for t in ("lesson", "innovation", "capture_record", "story") if t in bytype]
    for t, lst in order:
        fn = os.path.join(out, t + ".json"); json.dump(lst, open(fn, "w"), indent=1, ensure_ascii=False)
        res = subprocess.run([KMCORE, "--kb", KB, "add", t, "--file", fn], capture_output=True, text=True)
        if res.returncode: print(res.stdout[-3000:], res.stderr[-3000:]); sys.exit(1)
    json.dump({r["id"]: r["topics"] for r in recs}, open(os.path.join(HERE, "out", "topics.json"), "w"), indent=0)
    print(len(recs), "records,", len(people), "people")

if __name__ == "__main__":
    main()
