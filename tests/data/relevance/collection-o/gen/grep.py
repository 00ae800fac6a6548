import json, glob, re, sys, os
KB = os.path.join(os.path.dirname(__file__), '..', 'kb')
def texts():
    for f in glob.glob(KB + '/*/*.json'):
        r = json.load(open(f))
        if r['type'] == 'person': continue
        def walk(x):
            if isinstance(x, str): yield x
            elif isinstance(x, dict):
                for k, v in x.items():
                    if k not in ('id', 'type', 'status', 'lead', 'person', 'owner', 'facilitator'): yield from walk(v)
            elif isinstance(x, list):
                for v in x: yield from walk(v)
        yield r['id'], r.get('title', ''), ' '.join(walk(r))
if __name__ == '__main__':
    pats = [re.compile(p, re.I) for p in sys.argv[1:]]
    for rid, title, t in sorted(texts()):
        hits = [p.pattern for p in pats if p.search(t)]
        if hits: print(f"{rid:40s} {title[:70]:70s} {hits}")
