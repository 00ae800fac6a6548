"""Judging aid: list records whose text matches a regex (case-insensitive). python gen/grep.py 'regex' [...]"""
import json, glob, os, re, sys
KB = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'kb')
pats = [re.compile(p, re.I) for p in sys.argv[1:]]
for f in sorted(glob.glob(KB + '/*/*.json')):
    d = json.load(open(f)); t = json.dumps(d, ensure_ascii=False)
    hits = [p.pattern for p in pats if p.search(t)]
    if hits:
        print(f"{d['id']:40s} {d.get('title', d.get('display_name'))[:70]:70s} {hits}")
