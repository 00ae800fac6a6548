"""Check every id in judgements_src.py exists in ../kb and write ../judgements.json."""
import json, os, sys, glob
from collections import Counter
sys.path.insert(0, os.path.dirname(__file__))
from judgements_src import QUERIES, EXPERTS
HERE = os.path.dirname(os.path.abspath(__file__))
KB = os.path.join(HERE, "..", "kb")
types = {}
for f in glob.glob(os.path.join(KB, "*", "*.json")):
    r = json.load(open(f))
    types[r["id"]] = r["type"]
bad = []
KINDS = {"synonym", "acronym", "spelling", "phrase", "question", "distractor"}
for q, kind, recs in QUERIES:
    assert kind in KINDS, kind
    for rid, g in recs.items():
        if types.get(rid) in (None, "person"):
            bad.append((q, rid))
        assert g in (1, 2)
for t, people, traps in EXPERTS:
    for pid in list(people) + traps:
        if types.get(pid) != "person":
            bad.append((t, pid))
    assert not set(people) & set(traps), t
assert len({q for q, _, _ in QUERIES}) == len(QUERIES), "duplicate query"
if bad:
    sys.exit(f"unknown ids: {bad}")
out = {"about": "Marlowe Vale Hospitals NHS Trust (rural DGH) with GP federation, community pharmacy and ICB partners: "
                "judged search and expert-finder collection, written and judged by reading (search-e).",
       "grades": "2 = about the topic, 1 = partly relevant / useful neighbour, unlisted = not relevant",
       "queries": [{"query": q, "kind": k, "records": dict(r)} for q, k, r in QUERIES],
       "experts": [{"topic": t, "people": dict(p), "traps": list(tr)} for t, p, tr in EXPERTS]}
json.dump(out, open(os.path.join(HERE, "..", "judgements.json"), "w"), indent=2, ensure_ascii=False)
print(Counter(k for _, k, _ in QUERIES), len(QUERIES), "queries;", len(EXPERTS), "topics,",
      sum(1 for e in EXPERTS if e[2]), "with traps")
