"""Regenerate kb/ and judgements.json: python3 gen/build.py (from the collection folder)."""
import json, os, shutil, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE); KB = os.path.join(ROOT, "kb")
KMCORE = "/work/venv-main/bin/kmcore"
import lib
import records1, records2
try:
    import records3
except ImportError:
    pass
from people import PEOPLE
from judgements import QUERIES, EXPERTS

ORG = {"name": "Calderbrook and Wensley Hospitals NHS Foundation Trust", "ods_code": "R0W"}
people = []
for nick, (g, f, job, dept, sg, overview, claims, willing) in PEOPLE.items():
    exp = []
    for label, level, recs in claims:
        ev = []
        for r in recs:
            roles = [role for (p, role) in lib.LEAD[r] if p == nick]
            ev.append({"record": lib.NICK[r], "role": roles[0] if roles else "participant"})
        exp.append({"concept": {"label": label}, "level": level, "evidence": ev})
    d = {"type": "person", "id": lib.P(nick), "display_name": f"{g} {f}", "given_name": g, "family_name": f,
         "job_title": job, "department": dept, "staff_group": sg,
         "work_email": f"{g.lower()}.{f.lower()}@calderbrook-wensley.nhs.example",
         "site": "Calderbrook Hospital" if sum(map(ord, nick)) % 3 else "Wensley Hospital",
         "profile": {"overview": overview, "expertise": exp, "willing_to": willing, "settings": ["acute"]}}
    if nick == "ejones": d["is_lks_staff"] = True
    if nick == "bholt":
        d["employment_status"] = "left"; d["left_on"] = "2025-07-31"
    people.append(d)
# checks
ids = {p["id"] for p in people}
for r in lib.REC:
    for p, role in lib.LEAD[lib_nick] if False else []:
        pass
for nick, lst in lib.LEAD.items():
    for p, role in lst:
        assert lib.P(p) in ids, (nick, p)
all_ids = {r["id"] for r in lib.REC} | ids
out_q = []
for q in QUERIES:
    recs = {lib.NICK[n]: g for n, g in q["records"].items()}
    out_q.append({"query": q["query"], "kind": q["kind"], "records": recs})
out_e = []
for e in EXPERTS:
    for p in list(e["people"]) + e.get("traps", []):
        assert lib.P(p) in ids, p
    out_e.append({"topic": e["topic"], "people": {lib.P(p): g for p, g in e["people"].items()},
                  "traps": [lib.P(p) for p in e.get("traps", [])]})
J = {"about": "Calderbrook and Wensley Hospitals (fictional acute trust): clinical support and corporate services - coding, health records, flow, discharge lounge, transport, site/night, IPC, catering, IT, procurement, PALS - with word-sense distractors.",
     "grades": "2 = about the topic, 1 = partly relevant / useful neighbour, unlisted = not relevant",
     "queries": out_q, "experts": out_e}
json.dump(J, open(os.path.join(ROOT, "judgements.json"), "w"), indent=1)
json.dump({"distractors": sorted(lib.NICK[n] for n in lib.DISTRACTOR), "nick_to_id": lib.NICK}, open(os.path.join(HERE, "ids.json"), "w"), indent=1)
# rebuild kb
if os.path.exists(KB): shutil.rmtree(KB)
subprocess.run([KMCORE, "init", KB, "--name", "Calderbrook and Wensley LKS knowledge base", "--organisation", ORG["name"], "--ods-code", ORG["ods_code"]], check=True, capture_output=True)
tmp = os.path.join(HERE, "_load"); os.makedirs(tmp, exist_ok=True)
bytype = {"person": people}
for r in lib.REC: bytype.setdefault(r["type"], []).append(r)
for t in ["person", "innovation", "lesson", "story", "capture_record"]:
    fn = os.path.join(tmp, t + ".json"); json.dump(bytype[t], open(fn, "w"), indent=1)
    res = subprocess.run([KMCORE, "--kb", KB, "add", t, "--file", fn], capture_output=True, text=True)
    if res.returncode: print(res.stdout[-3000:], res.stderr[-3000:]); sys.exit(1)
shutil.rmtree(tmp)
from collections import Counter
print("records", len(lib.REC), Counter(r["type"] for r in lib.REC), "people", len(people), "distractors", len(lib.DISTRACTOR))
print("queries", len(out_q), Counter(q["kind"] for q in out_q), "experts", len(out_e), "with traps", sum(1 for e in out_e if e["traps"]))
