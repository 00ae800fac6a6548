"""Write every record of the collection into ../kb (wipes the record folders first)."""
import json, os, shutil, sys, unicodedata
sys.path.insert(0, os.path.dirname(__file__))
import helpers
import records_a, records_b  # noqa
for mod in ("records_c", "records_d", "records_e", "records_f", "people"):
    try:
        __import__(mod)
    except ModuleNotFoundError as e:
        if e.name != mod:
            raise

KB = os.path.join(os.path.dirname(__file__), "..", "kb")
FOLDERS = {"innovation": "innovations", "story": "stories", "lesson": "lessons",
           "capture_record": "capture-records", "person": "people"}
for f in FOLDERS.values():
    shutil.rmtree(os.path.join(KB, f), ignore_errors=True)
    os.makedirs(os.path.join(KB, f))
seen = set()
for r in helpers.RECORDS + helpers.PEOPLE:
    assert r["id"] not in seen, r["id"]
    seen.add(r["id"])
    if r["type"] == "person":
        r["work_email"] = unicodedata.normalize("NFKD", r["work_email"]).encode("ascii", "ignore").decode()
    with open(os.path.join(KB, FOLDERS[r["type"]], r["id"] + ".json"), "w") as fh:
        json.dump(r, fh, indent=2, ensure_ascii=False)
from collections import Counter
print(Counter(r["type"] for r in helpers.RECORDS), len(helpers.PEOPLE), "people")
