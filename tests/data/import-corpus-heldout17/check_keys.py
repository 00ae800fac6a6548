#!/usr/bin/env python3
"""Checks each data file against its answer key: every row below the header up to the last
non-empty row has exactly one entry, with the required fields. Prints good/bad counts."""
import csv, io, json, os, re, sys, glob
from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
INN = ["title", "summary", "department", "lead", "stage", "status_text", "ref", "savings_gbp"]
STAFF = ["name", "given_name", "family_name", "email", "job_title", "department", "expertise", "willing_to_text"]
STAGES = {"idea", "planning", "testing", "implemented", "evaluated", "embedded", "spreading", "paused", "stopped"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

def load_rows(path, key):
    """Return {row_number: [cells]} for the data sheet/file."""
    if path.endswith(".xlsx"):
        wb = load_workbook(path)
        ws = wb[key["sheet"]] if "sheet" in key else (wb.worksheets[0] if len(wb.worksheets) == 1 else None)
        if ws is None:
            raise SystemExit(f"{path}: several sheets but key names none")
        return {r[0].row: [c.value for c in r] for r in ws.iter_rows()}
    raw = open(path, "rb").read()
    if raw.startswith(b"\xff\xfe"):
        text, delim = raw[2:].decode("utf-16-le"), "\t"
    elif raw.startswith(b"\xef\xbb\xbf"):
        text, delim = raw[3:].decode("utf-8"), ","
    else:
        text, delim = raw.decode("cp1252"), ","
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))
    return {i + 1: r for i, r in enumerate(rows)}

def nonempty(cells):
    return any(c not in (None, "") and str(c).strip() for c in cells)

ok = True
tg = tb = 0
for kp in sorted(glob.glob(os.path.join(HERE, "*.expected.json"))):
    key = json.load(open(kp, encoding="utf-8"))
    path = os.path.join(HERE, key["file"])
    errs = []
    rows = load_rows(path, key)
    H = key["header_row"]
    last = max(n for n, c in rows.items() if nonempty(c))
    want = {str(n) for n in range(H + 1, last + 1)}
    have = set(key["rows"])
    if want - have: errs.append(f"rows without key: {sorted(want - have, key=int)}")
    if have - want: errs.append(f"key rows outside data: {sorted(have - want, key=int)}")
    g = b = 0
    for rn, e in key["rows"].items():
        cells = rows.get(int(rn), [])
        if e["good"]:
            g += 1
            x = e["expected"]
            need = INN if key["kind"] == "innovations" else STAFF
            miss = [f for f in need if f not in x]
            if miss: errs.append(f"row {rn}: missing {miss}")
            if not nonempty(cells): errs.append(f"row {rn}: good but blank in file")
            if key["kind"] == "innovations":
                if x.get("stage") not in STAGES: errs.append(f"row {rn}: bad stage {x.get('stage')}")
                if "started" in x and not DATE.match(x["started"]): errs.append(f"row {rn}: bad started")
                if x.get("lead") is not None and set(x["lead"]) != {"name", "email"}: errs.append(f"row {rn}: bad lead")
                if x.get("savings_gbp") is not None and not isinstance(x["savings_gbp"], (int, float)): errs.append(f"row {rn}: bad savings")
                if x["title"] not in [str(c).strip() for c in cells if c is not None]: errs.append(f"row {rn}: title not found in row")
            else:
                if not isinstance(x["expertise"], list): errs.append(f"row {rn}: expertise not list")
                if x["name"] != f'{x["given_name"]} {x["family_name"]}': errs.append(f"row {rn}: name parts")
                if ("employment_status" in x) != False and x.get("employment_status") != "left": errs.append(f"row {rn}: bad employment_status")
                if "left_on" in x and ("employment_status" not in x or not DATE.match(x["left_on"])): errs.append(f"row {rn}: bad left_on")
        else:
            b += 1
            r = e.get("reason", "")
            if not r: errs.append(f"row {rn}: bad without reason")
            if nonempty(cells) == r.startswith("blank"): errs.append(f"row {rn}: blank/reason mismatch")
            m = re.match(r"duplicate of row (\d+)", r)
            if m and not key["rows"].get(m.group(1), {}).get("good"): errs.append(f"row {rn}: duplicate target not good")
    tg += g; tb += b
    print(f"{key['file']}: {key['kind']}, header row {H}, {g} good / {b} bad" + ("" if not errs else "  FAIL"))
    for x in errs:
        print("   ", x); ok = False
print(f"TOTAL {tg} good / {tb} bad")
print("ALL OK" if ok else "PROBLEMS FOUND")
sys.exit(0 if ok else 1)
