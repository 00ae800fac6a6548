#!/usr/bin/env python3
"""Checks each data file against its .expected.json: every row below the header up to the
last non-empty row has exactly one entry, with the required fields. Prints good/bad counts."""
import csv, io, json, os, re, sys, glob
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
INN = ["title", "summary", "department", "lead", "stage", "status_text", "ref", "savings_gbp"]
STAGES = {"idea", "planning", "testing", "implemented", "evaluated", "embedded", "spreading", "paused", "stopped"}
STAFF = ["name", "given_name", "family_name", "email", "job_title", "department", "expertise", "willing_to_text"]
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

def rows_of(path, key):
    """Return {row_number: is_nonempty} for all rows after the header."""
    if path.endswith(".xlsx"):
        wb = openpyxl.load_workbook(path)
        ws = wb[key["sheet"]] if "sheet" in key else wb.worksheets[0]
        if "sheet" not in key and len(wb.worksheets) > 1:
            raise SystemExit(f"{path}: several sheets but key has no 'sheet'")
        out = {}
        for r in range(key["header_row"] + 1, ws.max_row + 1):
            out[r] = any(c.value not in (None, "") and str(c.value).strip() for c in ws[r])
    else:
        raw = open(path, "rb").read()
        if raw.startswith(b"\xff\xfe"):
            text, delim = raw[2:].decode("utf-16-le"), "\t"
        elif raw.startswith(b"\xef\xbb\xbf"):
            text, delim = raw[3:].decode("utf-8"), ","
        else:
            text, delim = raw.decode("cp1252"), ","
        recs = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))
        out = {i + 1: any(x.strip() for x in rec) for i, rec in enumerate(recs) if i + 1 > key["header_row"]}
    last = max([r for r, ne in out.items() if ne], default=key["header_row"])
    return {r: ne for r, ne in out.items() if r <= last}

def check(keypath):
    key = json.load(open(keypath, encoding="utf-8"))
    path = os.path.join(HERE, key["file"])
    errs = []
    rows = rows_of(path, key)
    k = key["rows"]
    if set(map(int, k)) != set(rows):
        errs.append(f"row mismatch: missing {sorted(set(rows)-set(map(int,k)))} extra {sorted(set(map(int,k))-set(rows))}")
    good = badn = 0
    for rs, e in k.items():
        r = int(rs)
        if e["good"]:
            good += 1
            x = e["expected"]
            need = INN if key["kind"] == "innovations" else STAFF
            miss = [f for f in need if f not in x]
            if miss: errs.append(f"row {r}: missing {miss}")
            if key["kind"] == "innovations":
                if x["stage"] not in STAGES: errs.append(f"row {r}: bad stage {x['stage']}")
                if "started" in x and not DATE.match(x["started"]): errs.append(f"row {r}: bad started")
                if x["lead"] is not None and set(x["lead"]) != {"name", "email"}: errs.append(f"row {r}: bad lead")
                if x["savings_gbp"] is not None and not isinstance(x["savings_gbp"], (int, float)): errs.append(f"row {r}: savings")
            else:
                if not isinstance(x["expertise"], list): errs.append(f"row {r}: expertise not list")
                if "left_on" in x and x.get("employment_status") != "left": errs.append(f"row {r}: left_on w/o left")
                if "left_on" in x and not DATE.match(x["left_on"]): errs.append(f"row {r}: bad left_on")
            if r in rows and not rows[r]: errs.append(f"row {r}: good but blank")
        else:
            badn += 1
            reason = e.get("reason", "")
            if r in rows and not rows[r] and not reason.startswith("blank"): errs.append(f"row {r}: blank row reason {reason}")
            if r in rows and rows[r] and reason.startswith("blank"): errs.append(f"row {r}: not blank")
            m = re.match(r"duplicate of row (\d+)$", reason)
            if m:
                t = k.get(m.group(1))
                if not t or not t["good"] or int(m.group(1)) >= r: errs.append(f"row {r}: duplicate target not an earlier good row")
    print(f"{key['file']}: {key['kind']}, header row {key['header_row']}, {good} good / {badn} bad" + ("" if not errs else "  ERRORS: " + "; ".join(errs)))
    return not errs

ok = all([check(p) for p in sorted(glob.glob(os.path.join(HERE, "*.expected.json")))])
print("ALL OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
