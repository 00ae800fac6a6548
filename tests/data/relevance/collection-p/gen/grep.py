"""Judging aid: python3 gen/grep.py 'regex' [query-number] -> records whose text matches, marked with their grade in that query."""
import json, glob, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
def text(o):
    if isinstance(o, dict): return " ".join(text(v) for k, v in o.items() if k not in ("id",))
    if isinstance(o, list): return " ".join(text(v) for v in o)
    return str(o)
recs = {os.path.basename(f)[:-5]: text(json.load(open(f))) for f in glob.glob(os.path.join(HERE, "..", "kb", "*", "*.json")) if "/people/" not in f}
judged = {}
if len(sys.argv) > 2:
    judged = json.load(open(os.path.join(HERE, "..", "judgements.json")))["queries"][int(sys.argv[2])]["records"]
pat = re.compile(sys.argv[1], re.I)
for rid, t in sorted(recs.items()):
    if pat.search(t): print(judged.get(rid, "-"), rid, "|", pat.search(t).group(0))
