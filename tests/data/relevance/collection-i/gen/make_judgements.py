"""Translate gen/judgements_src.py (record keys) into judgements.json (record ids) and check ids exist."""
import json, os, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from judgements_src import Q, EXPERTS
idmap = json.load(open(os.path.join(HERE, "idmap.json")))
ids = {os.path.basename(f)[:-5] for f in glob.glob(os.path.join(ROOT, "kb", "*", "*.json"))}
people = {os.path.basename(f)[:-5] for f in glob.glob(os.path.join(ROOT, "kb", "people", "*.json"))}
KINDS = {"synonym", "acronym", "spelling", "phrase", "question", "distractor"}
out = {"about": "search-i: fictional diagnostics and clinical support services trust (pathology, imaging, transfusion, genomics, medical physics, clinical engineering, sterile services, estates and corporate teams); queries and expert topics judged by reading the records",
       "grades": "2 = about the topic, 1 = partly relevant / useful neighbour, unlisted = not relevant",
       "queries": [], "experts": []}
texts = set()
for kind, text, grades in Q:
    assert kind in KINDS and text not in texts, text; texts.add(text)
    recs = {idmap[k]: g for k, g in grades.items()}
    assert all(r in ids for r in recs) and any(g == 2 for g in recs.values()), text
    out["queries"].append({"query": text, "kind": kind, "records": recs})
for topic, ppl, traps in EXPERTS:
    assert all(p in people for p in ppl) and all(t in people and t not in ppl for t in traps), topic
    e = {"topic": topic, "people": ppl}
    e["traps"] = traps
    out["experts"].append(e)
json.dump(out, open(os.path.join(ROOT, "judgements.json"), "w"), indent=1, ensure_ascii=False)
from collections import Counter
print(Counter(q["kind"] for q in out["queries"]), len(out["experts"]), "topics,", sum(1 for e in out["experts"] if e["traps"]), "with traps")
