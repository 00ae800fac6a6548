import sys, os, shutil
sys.path.insert(0, os.path.dirname(__file__))
import lib
import records1, records2
import records3, records4
import people
kb = os.path.join(os.path.dirname(__file__), "..", "kb")
for sub in ["innovations","stories","lessons","capture-records","people"]:
    shutil.rmtree(os.path.join(kb, sub), ignore_errors=True)
ids = lib.write(kb)
from collections import Counter
print(Counter(d["type"] for d in lib.R))
