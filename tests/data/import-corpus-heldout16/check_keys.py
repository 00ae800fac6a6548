#!/usr/bin/env python3
"""Checks each answer key against its file: every row below the header row, up to the
last non-empty row, must have exactly one entry, with the required fields."""
import csv, io, json, os, re, sys, glob
from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
INNOV = ["title", "summary", "department", "lead", "stage", "status_text", "ref", "savings_gbp"]
STAFF = ["name", "given_name", "family_name", "email", "job_title", "department", "expertise", "willing_to_text"]
STAGES = {"idea", "planning", "testing", "implemented", "evaluated", "embedded", "spreading", "paused", "stopped"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

def rows_of(path, sheet):
    if path.endswith(".xlsx"):
        wb = load_workbook(path)
        ws = wb[sheet] if sheet else wb.worksheets[0]
        if not sheet and len(wb.worksheets) > 1:
            raise SystemExit(f"{path}: several sheets but key has no 'sheet'")
        return [[c.value for c in r] for r in ws.iter_rows()]
    raw = open(path, "rb").read()
    if raw.startswith(b"\xff\xfe"):
        text, delim = raw[2:].decode("utf-16-le"), "\t"
    elif raw.startswith(b"\xef\xbb\xbf"):
        text, delim = raw[3:].decode("utf-8"), ","
    else:
        text, delim = raw.decode("cp1252"), ","
        assert b"\r\n" in raw, "cp1252 CSV should have CRLF"
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))

def empty(v):
    return v is None or (isinstance(v, str) and v.strip() == "")

ok = True
def fail(msg):
    global ok
    ok = False
    print("  FAIL:", msg)

for kp in sorted(glob.glob(os.path.join(HERE, "*.expected.json"))):
    key = json.load(open(kp, encoding="utf-8"))
    fpath = os.path.join(HERE, key["file"])
    print(key["file"])
    rows = rows_of(fpath, key.get("sheet"))
    last = max(i + 1 for i, r in enumerate(rows) if not all(empty(v) for v in r))
    hr = key["header_row"]
    want = {str(n) for n in range(hr + 1, last + 1)}
    have = set(key["rows"])
    if want - have: fail(f"rows missing from key: {sorted(want - have, key=int)}")
    if have - want: fail(f"key rows not in file range: {sorted(have - want, key=int)}")
    good = bad = 0
    for n, e in key["rows"].items():
        rowvals = rows[int(n) - 1] if int(n) <= len(rows) else []
        is_blank = all(empty(v) for v in rowvals)
        if e["good"]:
            good += 1
            x = e["expected"]
            req = INNOV if key["kind"] == "innovations" else STAFF
            miss = [f for f in req if f not in x]
            if miss: fail(f"row {n}: missing fields {miss}")
            if key["kind"] == "innovations":
                if x.get("stage") not in STAGES: fail(f"row {n}: bad stage {x.get('stage')}")
                if "started" in x and not DATE.match(x["started"] or ""): fail(f"row {n}: bad started")
                if x["lead"] is not None and set(x["lead"]) != {"name", "email"}: fail(f"row {n}: lead shape")
                if x["ref"] is not None and not isinstance(x["ref"], str): fail(f"row {n}: ref not string")
                if x["savings_gbp"] is not None and not isinstance(x["savings_gbp"], (int, float)): fail(f"row {n}: savings")
            else:
                if not isinstance(x["expertise"], list): fail(f"row {n}: expertise not list")
                if x["name"] != f'{x["given_name"]} {x["family_name"]}': fail(f"row {n}: name parts")
                if "left_on" in x and not DATE.match(x["left_on"]): fail(f"row {n}: left_on")
                if "employment_status" in x and x["employment_status"] != "left": fail(f"row {n}: status")
            if is_blank: fail(f"row {n}: marked good but blank in file")
        else:
            bad += 1
            r = e.get("reason", "")
            if not r: fail(f"row {n}: no reason")
            if is_blank != r.startswith("blank"): fail(f"row {n}: blank mismatch ({r})")
            m = re.match(r"duplicate of row (\d+)", r)
            if m and not key["rows"].get(m.group(1), {}).get("good"): fail(f"row {n}: dup target {m.group(1)} not good")
    print(f"  header row {hr}, rows {hr+1}-{last}: good={good} bad={bad}")
print("ALL OK" if ok else "PROBLEMS FOUND")
sys.exit(0 if ok else 1)
