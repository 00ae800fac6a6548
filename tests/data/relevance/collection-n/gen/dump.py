"""Write corpus.tsv (nick, type, all text) to grep while judging."""
import json, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib, records1, records2, records3
def flat(x):
    if isinstance(x, dict): return " ".join(flat(v) for k, v in x.items() if k not in ("id", "lead", "owner", "person", "facilitator"))
    if isinstance(x, list): return " ".join(flat(v) for v in x)
    return str(x)
inv = {v: k for k, v in lib.NICK.items()}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.tsv"), "w") as f:
    for r in lib.REC:
        f.write(f"{inv[r['id']]}\t{flat(r)}\n")
