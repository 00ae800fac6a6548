"""Helper for judging: python3 grep.py REGEX [REGEX...] prints every record whose text matches any regex."""
import json, glob, os, re, sys
KB = os.path.join(os.path.dirname(__file__), "..", "kb")
pats = [re.compile(p, re.I) for p in sys.argv[1:]]
for f in sorted(glob.glob(KB + "/*/*.json")):
    d = json.load(open(f))
    if d["type"] == "person":
        continue
    t = json.dumps(d, ensure_ascii=False)
    hits = sorted({m.group(0).lower() for p in pats for m in p.finditer(t)})
    if hits:
        print(f"{d['id']:45s} {d['title'][:80]:80s} {hits}")
