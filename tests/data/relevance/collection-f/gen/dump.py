import json, glob, os, sys
KB = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'kb')
def texts():
    out = {}
    for f in glob.glob(KB + '/*/*.json'):
        d = json.load(open(f))
        if d['type'] == 'person': continue
        def walk(x):
            if isinstance(x, str): return [x]
            if isinstance(x, list): return sum((walk(i) for i in x), [])
            if isinstance(x, dict): return sum((walk(v) for k, v in x.items() if k not in ('id','type','person','lead','owner','facilitator','who_asked','working_with')), [])
            return []
        out[d['id']] = ' | '.join(walk(d))
    return out
if __name__ == '__main__':
    import re
    T = texts()
    for pat in sys.argv[1:]:
        print('==', pat)
        for k, v in sorted(T.items()):
            if re.search(pat, v, re.I): print('  ', k, '::', v[:160])
