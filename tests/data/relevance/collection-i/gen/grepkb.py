"""Helper for judging: python gen/grepkb.py REGEX [REGEX...] -> records (by key) whose text matches any regex (case-insensitive)."""
import json, os, re, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__))
idmap = json.load(open(os.path.join(HERE, "idmap.json")))
inv = {v: k for k, v in idmap.items()}
KB = os.path.join(os.path.dirname(HERE), "kb")
texts = {}
for f in glob.glob(os.path.join(KB, "*", "*.json")):
    d = json.load(open(f))
    if d["type"] == "person":
        continue
    texts[inv[d["id"]]] = (d["title"], json.dumps(d, ensure_ascii=False))
for k, (t, body) in sorted(texts.items()):
    hits = [p for p in sys.argv[1:] if re.search(p, body, re.I)]
    if hits:
        print(f"{k:16} {t[:95]}  <{','.join(hits)}>")
