"""Judging aid: python3 gen/g.py REGEX... lists knowledge records whose text matches any regex (case-insensitive)."""
import json, glob, os, re, sys
kb = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "kb")
pats = [re.compile(p, re.I) for p in sys.argv[1:]]
for f in sorted(glob.glob(os.path.join(kb, "*", "*.json"))):
    r = json.load(open(f))
    if r["type"] == "person":
        continue
    def strip(o):
        if isinstance(o, dict):
            return {k: strip(v) for k, v in o.items() if k != "id"}
        if isinstance(o, list):
            return [strip(v) for v in o]
        if isinstance(o, str) and re.match(r"^(inn|lesson|cap|story|person)-[a-z0-9-]+$", o):
            return ""
        return o
    t = json.dumps(strip(r), ensure_ascii=False)
    hits = [m.group(0) for p in pats for m in p.finditer(t)]
    if hits:
        print(f'{r["id"]:45s} {r["title"][:70]:70s} {sorted(set(h.lower() for h in hits))}')
