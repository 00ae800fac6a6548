import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(__file__))
import lib
from lib import RECS, KB, FOLDER, people_in
import recs1, recs2, recs3
for extra in ("recs4", "recs5"):
    if os.path.exists(os.path.join(os.path.dirname(__file__), extra + ".py")): __import__(extra)
from people import PEOPLE, D
import people_extra
PEOPLE = people_extra.apply(PEOPLE)
for f in FOLDER.values():
    shutil.rmtree(os.path.join(KB, f), ignore_errors=True); os.makedirs(os.path.join(KB, f))
# role of each person on each record
roles = {}
for rid, d in RECS.items():
    for p, r in people_in(d).items(): roles[(p, rid)] = r
for rid, d in RECS.items():
    t = d["type"]
    for p in people_in(d):
        assert p.replace("person-", "") in {x[0] for x in PEOPLE}, (rid, p)
    json.dump(d, open(os.path.join(KB, FOLDER[t], rid + ".json"), "w"), indent=2, ensure_ascii=False)
for pid, g, f, job, dept, ov, claims, willing in PEOPLE:
    ex = []
    for label, level, evid in claims:
        for e in evid: assert e in RECS, (pid, e)
        ex.append({"concept": {"label": label}, "level": level,
                   "evidence": [{"record": e, "role": roles.get(("person-" + pid, e), "contributor")} for e in evid]})
    d = {"type": "person", "id": "person-" + pid, "display_name": f"{g} {f}", "given_name": g, "family_name": f, "job_title": job,
         "department": dept, "work_email": f"{g.lower()}.{f.lower()}@{D}",
         "profile": {"overview": ov, "expertise": ex, "willing_to": willing}}
    json.dump(d, open(os.path.join(KB, "people", d["id"] + ".json"), "w"), indent=2, ensure_ascii=False)
print(len(RECS), "records", len(PEOPLE), "people")
