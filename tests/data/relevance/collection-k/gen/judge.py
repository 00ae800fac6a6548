"""Write judgements.json from queries.py and the topic tags in out/topics.json (made by build.py)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from queries import Q, E
from people import P
topics = json.load(open(os.path.join(HERE, "out", "topics.json")))
pids = {"person-" + p[0] for p in P}
out = {"about": "Fernhollow Elective Care Hub (fictional): GI/endoscopy, liver, diabetes and endocrine, dermatology, rheumatology, urology, gynaecology and fertility, plus corporate teams; 190 knowledge records, 44 people.",
       "grades": "2 = about the topic, 1 = partly relevant / useful neighbour, unlisted = not relevant", "queries": [], "experts": []}
for q, kind, tw, over, drop in Q:
    rec = {}
    for rid, tags in topics.items():
        g = 0
        for t in tags:
            name, _, lvl = t.partition(":")
            if name in tw:
                g = max(g, min(tw[name], int(lvl or 2)))
        if g: rec[rid] = g
    for rid, g in over.items():
        assert rid in topics, rid
        if g: rec[rid] = g
        else: rec.pop(rid, None)
    for rid in drop: rec.pop(rid, None)
    assert rec, q
    out["queries"].append({"query": q, "kind": kind, "records": dict(sorted(rec.items(), key=lambda x: (-x[1], x[0])))})
for t, ppl, traps in E:
    d = {"topic": t, "people": {"person-" + k: v for k, v in ppl.items()}}
    if traps: d["traps"] = ["person-" + x for x in traps]
    for k in list(d["people"]) + d.get("traps", []): assert k in pids, k
    out["experts"].append(d)
json.dump(out, open(os.path.join(os.path.dirname(HERE), "judgements.json"), "w"), indent=1, ensure_ascii=False)
from collections import Counter
print(Counter(x["kind"] for x in out["queries"]), len(out["experts"]), sum(1 for e in out["experts"] if e.get("traps")))
