"""Regenerate kb/ records and people: python3 gen/build.py"""
import os, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import lib
for m in ["data1", "data2", "data3", "data4", "data5", "data6", "data7"]:
    if os.path.exists(os.path.join(HERE, m + ".py")): importlib.import_module(m)
from people import P
people = []
for pid, given, family, title, dept, overview, claims, willing in P:
    exp = []
    for label, level, tag in claims:
        ev = [{"record": r["id"], "role": r["_people"][pid]} for r in lib.RECORDS if tag in r["_tags"] and pid in r["_people"]]
        c = {"concept": {"label": label}, "level": level}
        if ev: c["evidence"] = ev
        exp.append(c)
    people.append({"type": "person", "schema_version": 1, "id": pid, "display_name": f"{given} {family}",
        "given_name": given, "family_name": family, "job_title": title, "department": dept,
        "work_email": f"{given.lower()}.{family.lower()}@htft.nhs.example",
        "is_lks_staff": dept == "Library and Knowledge Service",
        "profile": {"overview": overview, "expertise": exp, "willing_to": willing}})
lib.write(os.path.join(HERE, "..", "kb"), people)
# write a tag index used while judging
import json
json.dump({r["id"]: sorted(r["_tags"]) for r in lib.RECORDS}, open(os.path.join(HERE, "tags.json"), "w"), indent=0)
print(len(lib.RECORDS), "records,", len(people), "people")
