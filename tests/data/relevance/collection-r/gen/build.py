"""Regenerate kb/ records: python3 gen/build.py (from the collection folder)."""
import os, shutil, sys
sys.path.insert(0, os.path.dirname(__file__))
import lib
import recs_a, recs_b, recs_c, recs_d, recs_e, people  # noqa: F401
KB = os.path.join(os.path.dirname(__file__), "..", "kb")
for f in lib.FOLDERS.values():
    shutil.rmtree(os.path.join(KB, f), ignore_errors=True)
lib.write(KB)
from collections import Counter
print(Counter(r["type"] for r in lib.RECORDS.values()), len(lib.PEOPLE), "people")
