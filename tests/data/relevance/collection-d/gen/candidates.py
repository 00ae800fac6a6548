"""Review helper: list records whose text matches any of several terms/synonyms.
Usage: python gen/candidates.py 'regex1' 'regex2' ...   (case-insensitive)
Used only to make sure no record is overlooked while grading; grades are given by reading."""
import json, re, sys
from pathlib import Path
KB = Path(__file__).resolve().parent.parent / "kb"

def texts(o):
    if isinstance(o, str): yield o
    elif isinstance(o, dict):
        for k, v in o.items():
            if k not in ("id", "created_by", "owner_org", "type"): yield from texts(v)
    elif isinstance(o, list):
        for v in o: yield from texts(v)

def load():
    out = {}
    for f in [f for sub in ("innovations","stories","lessons","capture-records") for f in (KB / sub).glob("*.json")]:
        d = json.loads(f.read_text())
        if d["type"] == "person": continue
        out[d["id"]] = (d["title"], " ".join(texts(d)))
    return out

def matches(terms, recs=None):
    recs = recs or load()
    res = {}
    for rid, (title, text) in recs.items():
        hits = [t for t in terms if re.search(t, text, re.I)]
        if hits: res[rid] = (title, hits)
    return res

if __name__ == "__main__":
    for rid, (title, hits) in sorted(matches(sys.argv[1:]).items()):
        print(f"{rid:45} {title[:70]:70} {hits}")
