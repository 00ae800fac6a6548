#!/usr/bin/env python3
"""Check every data row of every file has exactly one key entry with the required fields."""
import csv, glob, io, json, os, sys
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
INN = ["title", "summary", "department", "lead", "stage", "status_text", "ref", "savings_gbp"]
STAGES = {"idea", "planning", "testing", "implemented", "evaluated", "embedded",
          "spreading", "paused", "stopped"}
STAFF = ["name", "given_name", "family_name", "email", "job_title", "department",
         "expertise", "willing_to_text"]

def read_rows(path, sheet=None):
    if path.endswith(".xlsx"):
        wb = openpyxl.load_workbook(path)
        ws = wb[sheet] if sheet else wb.worksheets[0]
        return [[c for c in r] for r in ws.iter_rows(values_only=True)], len(wb.sheetnames)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xff\xfe"):
        text, delim = raw[2:].decode("utf-16-le"), "\t"
    elif raw.startswith(b"\xef\xbb\xbf"):
        text, delim = raw[3:].decode("utf-8"), ","
    else:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252")
        delim = "\t" if path.endswith(".txt") else ","
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delim)), 1

def nonempty(r):
    return any(v not in (None, "") and str(v).strip() for v in r)

ok = True
def err(msg):
    global ok
    ok = False
    print("  ERROR:", msg)

for kp in sorted(glob.glob(os.path.join(HERE, "*.expected.json"))):
    key = json.load(open(kp, encoding="utf-8"))
    path = os.path.join(HERE, key["file"])
    print(key["file"])
    rows, nsheets = read_rows(path, key.get("sheet"))
    if nsheets > 1 and "sheet" not in key:
        err("multi-sheet workbook but no 'sheet' in key")
    last = max(i + 1 for i, r in enumerate(rows) if nonempty(r))
    hr = key["header_row"]
    want = {str(n) for n in range(hr + 1, last + 1)}
    have = set(key["rows"])
    if want - have:
        err(f"rows without key entry: {sorted(want - have, key=int)}")
    if have - want:
        err(f"key entries for rows outside data: {sorted(have - want, key=int)}")
    good = badn = 0
    for n, e in key["rows"].items():
        if e["good"]:
            good += 1
            x = e["expected"]
            req = INN if key["kind"] == "innovations" else STAFF
            miss = [f for f in req if f not in x]
            if miss:
                err(f"row {n} missing {miss}")
            if key["kind"] == "innovations":
                if x["stage"] not in STAGES:
                    err(f"row {n} bad stage {x['stage']}")
                if x["lead"] is not None and set(x["lead"]) != {"name", "email"}:
                    err(f"row {n} bad lead")
            else:
                if not isinstance(x["expertise"], list):
                    err(f"row {n} expertise not a list")
                if x["name"] != f"{x['given_name']} {x['family_name']}":
                    err(f"row {n} name/given/family mismatch")
            if not nonempty(rows[int(n) - 1]):
                err(f"row {n} marked good but is empty")
        else:
            badn += 1
            if not e.get("reason"):
                err(f"row {n} bad without reason")
            if not nonempty(rows[int(n) - 1]) and not e["reason"].startswith("blank"):
                err(f"row {n} is empty but reason is {e['reason']!r}")
            if nonempty(rows[int(n) - 1]) and e["reason"].startswith("blank"):
                err(f"row {n} not empty but reason blank")
    print(f"  kind={key['kind']} header_row={hr} rows={len(key['rows'])} good={good} bad={badn}")

print("PASS" if ok else "FAIL")
sys.exit(0 if ok else 1)
