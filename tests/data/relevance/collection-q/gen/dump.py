"""Flatten every record to one line 'id<TAB>text' for grepping while judging."""
import json, glob, os, sys
def flat(x):
    if isinstance(x, dict): return " ".join(flat(v) for k, v in x.items() if k not in ("type",))
    if isinstance(x, list): return " ".join(flat(v) for v in x)
    return str(x)
for f in sorted(glob.glob(os.path.join(os.path.dirname(__file__), "..", "kb", "*", "*.json"))):
    d = json.load(open(f))
    print(d["id"] + "\t" + flat(d).replace("\n", " "))
