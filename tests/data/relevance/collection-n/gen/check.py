"""Check every id in judgements.json exists in kb/ and has the right type."""
import json, os, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ids = {}
for f in glob.glob(os.path.join(ROOT, "kb", "*", "*.json")):
    d = json.load(open(f)); ids[d["id"]] = d["type"]
J = json.load(open(os.path.join(ROOT, "judgements.json")))
kinds = {"synonym", "acronym", "spelling", "phrase", "question", "distractor"}
bad = 0
for q in J["queries"]:
    assert q["kind"] in kinds
    for r, g in q["records"].items():
        if ids.get(r) in (None, "person") or g not in (1, 2): print("bad", q["query"], r); bad += 1
for e in J["experts"]:
    for p in list(e["people"]) + e["traps"]:
        if ids.get(p) != "person": print("bad", e["topic"], p); bad += 1
    assert not set(e["people"]) & set(e["traps"])
print("records", sum(1 for t in ids.values() if t != "person"), "people", sum(1 for t in ids.values() if t == "person"), "queries", len(J["queries"]), "experts", len(J["experts"]), "bad", bad)
