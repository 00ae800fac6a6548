#!/usr/bin/env python3
"""Checks each answer key against its file: every row below the header (to the last
non-empty row) has exactly one key entry, with the required fields. Prints good/bad counts."""
import csv, io, json, os, re, sys, glob
from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
INN_FIELDS = {"title", "summary", "department", "lead", "stage", "status_text", "ref", "savings_gbp"}
STAGES = {"idea", "planning", "testing", "implemented", "evaluated", "embedded", "spreading", "paused", "stopped"}
STAFF_FIELDS = {"name", "given_name", "family_name", "email", "job_title", "department", "expertise", "willing_to_text"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

def text_rows(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xff\xfe"):
        txt, delim = raw[2:].decode("utf-16-le"), "\t"
    elif raw.startswith(b"\xef\xbb\xbf"):
        txt, delim = raw[3:].decode("utf-8"), ","
    else:
        txt, delim = raw.decode("cp1252"), ","
    return [[c for c in r] for r in csv.reader(io.StringIO(txt, newline=""), delimiter=delim)]

def sheet_rows(path, sheet):
    wb = load_workbook(path)
    if len(wb.sheetnames) > 1 and not sheet:
        raise SystemExit(f"{path}: several sheets but key names none")
    ws = wb[sheet] if sheet else wb.worksheets[0]
    return [["" if c is None else str(c) for c in row] for row in ws.iter_rows(values_only=True)]

def check(keypath):
    errs = []
    key = json.load(open(keypath, encoding="utf-8"))
    path = os.path.join(HERE, key["file"])
    rows = sheet_rows(path, key.get("sheet")) if path.endswith(".xlsx") else text_rows(path)
    last = max(i + 1 for i, r in enumerate(rows) if any(str(c).strip() for c in r))
    h = key["header_row"]
    want = {str(n) for n in range(h + 1, last + 1)}
    have = set(key["rows"])
    if want != have:
        errs.append(f"missing {sorted(want - have, key=int)} extra {sorted(have - want, key=int)}")
    good = bad = 0
    for n, e in key["rows"].items():
        if e.get("good") is True:
            good += 1
            x = e["expected"]
            if key["kind"] == "innovations":
                miss = INN_FIELDS - set(x)
                if miss: errs.append(f"row {n}: missing {miss}")
                if x.get("stage") not in STAGES: errs.append(f"row {n}: stage {x.get('stage')}")
                if "started" in x and not DATE.match(x["started"]): errs.append(f"row {n}: started")
                if x.get("lead") is not None and set(x["lead"]) != {"name", "email"}: errs.append(f"row {n}: lead")
                if x.get("ref") is not None and not isinstance(x["ref"], str): errs.append(f"row {n}: ref not str")
                if x.get("savings_gbp") is not None and not isinstance(x["savings_gbp"], (int, float)): errs.append(f"row {n}: savings")
            else:
                miss = STAFF_FIELDS - set(x)
                if miss: errs.append(f"row {n}: missing {miss}")
                if not isinstance(x.get("expertise"), list): errs.append(f"row {n}: expertise not list")
                if "left_on" in x and (x.get("employment_status") != "left" or not DATE.match(x["left_on"])):
                    errs.append(f"row {n}: left_on")
                if x.get("name") != f"{x.get('given_name')} {x.get('family_name')}":
                    errs.append(f"row {n}: name != given family")
            # row text should be present in the file row (title / name sanity)
            rtext = " ".join(rows[int(n) - 1])
            probe = x.get("title") if key["kind"] == "innovations" else x.get("family_name")
            if probe and probe not in rtext and not e.get("from_hyperlink"):
                errs.append(f"row {n}: '{probe}' not in file row")
        elif e.get("good") is False:
            bad += 1
            r = e.get("reason", "")
            if not r: errs.append(f"row {n}: no reason")
            blank = not any(str(c).strip() for c in rows[int(n) - 1])
            if blank != r.startswith("blank"): errs.append(f"row {n}: blank mismatch")
            m = re.match(r"duplicate of row (\d+)", r)
            if m and key["rows"].get(m.group(1), {}).get("good") is not True:
                errs.append(f"row {n}: duplicate target {m.group(1)} not good")
        else:
            errs.append(f"row {n}: good not bool")
    print(f"{key['file']}: kind={key['kind']} header_row={h} rows={len(key['rows'])} good={good} bad={bad}"
          + ("" if not errs else "\n  ERR " + "\n  ERR ".join(errs)))
    return not errs

if __name__ == "__main__":
    ok = all([check(k) for k in sorted(glob.glob(os.path.join(HERE, "*.expected.json")))])
    print("ALL OK" if ok else "FAILURES")
    sys.exit(0 if ok else 1)
