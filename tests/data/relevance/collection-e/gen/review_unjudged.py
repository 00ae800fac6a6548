"""Judging aid: for each query, list records that contain a query word but are not judged, to re-read."""
import re, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from grep_kb import recs
from judgements_src import QUERIES
STOP = set("a an the for of to in on at by how do we can what why who is are if they be get more people when should after from instead test score".split())
for q, kind, judged in QUERIES:
    words = [w for w in re.findall(r"[a-z&]+", q.lower()) if w not in STOP and len(w) > 2]
    hits = []
    for rid, (title, t) in recs.items():
        if rid.startswith("person-") or rid in judged:
            continue
        n = [w for w in words if re.search(r"\b" + re.escape(w[:max(4, len(w) - 2)]), t, re.I)]
        if n:
            hits.append((len(n), rid, title, n))
    hits.sort(reverse=True)
    print(f"=== {q} [{kind}] judged={len(judged)}")
    for n, rid, title, ws in hits[:8]:
        print(f"   {rid:42s} {ws} | {title[:70]}")
