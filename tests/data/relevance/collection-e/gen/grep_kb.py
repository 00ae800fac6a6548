"""Judging aid: python gen/grep_kb.py WORD [WORD...] lists records whose text contains any word (case-insensitive regex)."""
import json, os, re, sys, glob
KB = os.path.join(os.path.dirname(__file__), "..", "kb")

def text(o):
    if isinstance(o, dict):
        return " ".join(text(v) for k, v in o.items() if k not in ("id", "type", "status"))
    if isinstance(o, list):
        return " ".join(text(v) for v in o)
    return str(o) if isinstance(o, str) else ""

recs = {}
for f in glob.glob(os.path.join(KB, "*", "*.json")):
    r = json.load(open(f))
    recs[r["id"]] = (r.get("title") or r.get("display_name"), text(r))
if __name__ == "__main__":
    pats = [re.compile(p, re.I) for p in sys.argv[1:]]
    for rid, (title, t) in sorted(recs.items()):
        hits = [p.pattern for p in pats if p.search(t)]
        if hits:
            print(f"{rid:45s} {hits} | {title}")
