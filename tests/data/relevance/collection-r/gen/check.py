"""Check every id referenced by people and judgements exists, and that evidence records name the person."""
import json, glob, os, sys
here = os.path.dirname(os.path.abspath(__file__))
kb = os.path.join(here, "..", "kb")
recs = {}
for f in glob.glob(os.path.join(kb, "*", "*.json")):
    r = json.load(open(f)); recs[r["id"]] = r
bad = 0
for r in recs.values():
    if r["type"] != "person":
        continue
    for c in r["profile"]["expertise"]:
        for e in c["evidence"]:
            t = recs.get(e["record"])
            if not t:
                print("MISSING evidence", r["id"], e["record"]); bad += 1
            elif r["id"] not in json.dumps(t):
                print("NOT NAMED", r["id"], e["record"]); bad += 1
j = os.path.join(here, "..", "judgements.json")
if os.path.exists(j):
    J = json.load(open(j))
    from collections import Counter
    print(Counter(q["kind"] for q in J["queries"]), len(J["queries"]), "queries;", len(J["experts"]), "topics,",
          sum(1 for e in J["experts"] if e.get("traps")), "with traps")
    for q in J["queries"]:
        for rid in q["records"]:
            if rid not in recs or recs[rid]["type"] == "person":
                print("BAD query record", q["query"], rid); bad += 1
    for e in J["experts"]:
        for p in list(e["people"]) + e.get("traps", []):
            if p not in recs or recs[p]["type"] != "person":
                print("BAD person", e["topic"], p); bad += 1
        if set(e["people"]) & set(e.get("traps", [])):
            print("OVERLAP", e["topic"]); bad += 1
print("problems:", bad, "| knowledge records:", sum(1 for r in recs.values() if r["type"] != "person"),
      "| people:", sum(1 for r in recs.values() if r["type"] == "person"))
