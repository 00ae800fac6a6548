#!/usr/bin/env python3
"""Checks every *.expected.json against its file: every row below the header row up to
the last non-empty row has exactly one key entry, with the required fields.
Prints good/bad counts per file; exits non-zero on any problem."""
import csv, glob, io, json, os, re, sys
from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
INNOV = ["title", "summary", "department", "lead", "stage", "status_text", "ref", "savings_gbp"]
STAGES = {"idea", "planning", "testing", "implemented", "evaluated", "embedded", "spreading", "paused", "stopped"}
STAFF = ["name", "given_name", "family_name", "email", "job_title", "department", "expertise", "willing_to_text"]
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

def nonempty(cells):
    return any(c is not None and str(c).strip() != "" for c in cells)

def read_rows(path, sheet):
    """Return {excel_row_number: [cells]}."""
    if path.endswith(".xlsx"):
        wb = load_workbook(path)
        if len(wb.sheetnames) > 1 and not sheet:
            raise SystemExit(f"{path}: several sheets but key names none")
        ws = wb[sheet] if sheet else wb.worksheets[0]
        return {r[0].row: [c.value for c in r] for r in ws.iter_rows()}
    raw = open(path, "rb").read()
    if raw.startswith(b"\xff\xfe"):
        text, delim = raw.decode("utf-16"), "\t"
    elif raw.startswith(b"\xef\xbb\xbf"):
        text, delim = raw.decode("utf-8-sig"), ","
    else:
        text, delim = raw.decode("cp1252"), ","
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))
    return {i: r for i, r in enumerate(rows, 1)}

problems = 0
def bad(msg):
    global problems
    problems += 1
    print("  PROBLEM:", msg)

keys = sorted(glob.glob(os.path.join(HERE, "*.expected.json")))
tot_g = tot_b = 0
for kp in keys:
    key = json.load(open(kp, encoding="utf-8"))
    path = os.path.join(HERE, key["file"])
    print(key["file"])
    if not os.path.exists(path):
        bad("file missing"); continue
    rows = read_rows(path, key.get("sheet"))
    hr = key["header_row"]
    if not nonempty(rows.get(hr, [])):
        bad(f"header row {hr} is empty")
    last = max(n for n, c in rows.items() if nonempty(c))
    want = {str(n) for n in range(hr + 1, last + 1)}
    have = set(key["rows"])
    for n in sorted(want - have, key=int): bad(f"row {n} has no key entry")
    for n in sorted(have - want, key=int): bad(f"key row {n} is outside {hr+1}..{last}")
    g = b = 0
    for n, ent in key["rows"].items():
        cells = rows.get(int(n), [])
        if ent.get("good") is True:
            g += 1
            if not nonempty(cells): bad(f"row {n} is good but empty")
            e = ent.get("expected", {})
            need = INNOV if key["kind"] == "innovations" else STAFF
            for f in need:
                if f not in e: bad(f"row {n} missing field {f}")
            if key["kind"] == "innovations":
                if e.get("stage") not in STAGES: bad(f"row {n} bad stage {e.get('stage')}")
                if "started" in e and not DATE.match(str(e["started"])): bad(f"row {n} bad started")
                if e.get("lead") is not None and set(e["lead"]) != {"name", "email"}: bad(f"row {n} bad lead")
                if e.get("ref") is not None and not isinstance(e["ref"], str): bad(f"row {n} ref not str")
            else:
                if not isinstance(e.get("expertise"), list): bad(f"row {n} expertise not list")
                if "left_on" in e and not DATE.match(e["left_on"]): bad(f"row {n} bad left_on")
                if "left_on" in e and e.get("employment_status") != "left": bad(f"row {n} left_on w/o left")
        elif ent.get("good") is False:
            b += 1
            r = ent.get("reason", "")
            if not r: bad(f"row {n} bad without reason")
            if not nonempty(cells) and not r.startswith("blank"): bad(f"row {n} empty but reason '{r}'")
            if nonempty(cells) and r.startswith("blank"): bad(f"row {n} not empty but reason '{r}'")
            m = re.match(r"duplicate of row (\d+)", r)
            if m and not key["rows"].get(m.group(1), {}).get("good"): bad(f"row {n} duplicates a non-good row")
        else:
            bad(f"row {n} has no good flag")
    tot_g += g; tot_b += b
    print(f"  rows {hr+1}..{last}: {g} good, {b} bad")
print(f"TOTAL {len(keys)} files: {tot_g} good, {tot_b} bad; problems: {problems}")
sys.exit(1 if problems else 0)
