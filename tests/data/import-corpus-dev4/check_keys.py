#!/usr/bin/env python3
"""Check every *.expected.json in this folder against its data file.

- every row below the header row, up to the last non-empty row, has exactly
  one key entry (and no key entry points outside that range);
- good rows carry all the required fields with sane values;
- bad rows carry a reason (blank rows: reason starts with "blank";
  duplicates point at an earlier good row).
Reads the data files independently of make_files.py (openpyxl for xlsx;
BOM sniffing for csv/txt). Prints good/bad counts per file; exit 1 on error.
"""
import csv
import glob
import io
import json
import os
import re
import sys

from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = {"idea", "planning", "testing", "implemented", "evaluated",
          "embedded", "spreading", "paused", "stopped"}
INN_FIELDS = ["title", "summary", "department", "lead", "stage",
              "status_text", "ref", "savings_gbp"]
STAFF_FIELDS = ["name", "given_name", "family_name", "email", "job_title",
                "department", "expertise", "willing_to_text"]
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def blank(v):
    return v is None or (isinstance(v, str) and v.strip() == "")


def read_rows(path, sheet):
    """Return list of rows (lists of values); index 0 = row 1."""
    if path.endswith(".xlsx"):
        wb = load_workbook(path)  # formulas kept as text: a formula is content
        if len(wb.sheetnames) > 1 and not sheet:
            raise ValueError("multi-sheet workbook but key has no 'sheet'")
        ws = wb[sheet] if sheet else wb.active
        return [list(r) for r in ws.iter_rows(values_only=True)]
    raw = open(path, "rb").read()
    if raw.startswith(b"\xff\xfe"):
        text, delim = raw.decode("utf-16"), "\t"
    elif raw.startswith(b"\xef\xbb\xbf"):
        text, delim = raw.decode("utf-8-sig"), ","
    else:
        text, delim = raw.decode("cp1252"), ","
    if path.endswith(".txt"):
        delim = "\t"
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))


def check(keypath):
    errs = []
    key = json.load(open(keypath, encoding="utf-8"))
    fname = key["file"]
    path = os.path.join(HERE, fname)
    if os.path.basename(keypath) != fname + ".expected.json":
        errs.append("key file name does not match 'file'")
    rows = read_rows(path, key.get("sheet"))
    hr = key["header_row"]
    last = max((i + 1 for i, r in enumerate(rows)
                if any(not blank(v) for v in r)), default=0)
    want = {str(n) for n in range(hr + 1, last + 1)}
    have = set(key["rows"])
    for n in sorted(want - have, key=int):
        errs.append(f"row {n}: no key entry")
    for n in sorted(have - want, key=int):
        errs.append(f"row {n}: key entry outside data range {hr+1}..{last}")
    kind = key["kind"]
    good = bad = 0
    for n, e in sorted(key["rows"].items(), key=lambda x: int(x[0])):
        rowvals = rows[int(n) - 1] if int(n) - 1 < len(rows) else []
        is_blank = all(blank(v) for v in rowvals)
        if e.get("good") is True:
            good += 1
            x = e.get("expected")
            if not isinstance(x, dict):
                errs.append(f"row {n}: good row without 'expected'")
                continue
            if is_blank:
                errs.append(f"row {n}: marked good but row is blank")
            fields = INN_FIELDS if kind == "innovations" else STAFF_FIELDS
            for f in fields:
                if f not in x:
                    errs.append(f"row {n}: missing field {f}")
            if kind == "innovations":
                if x.get("stage") not in STAGES:
                    errs.append(f"row {n}: bad stage {x.get('stage')!r}")
                if "started" in x and not (isinstance(x["started"], str)
                                           and DATE_RE.match(x["started"])):
                    errs.append(f"row {n}: bad started {x['started']!r}")
                lead = x.get("lead")
                if lead is not None and (set(lead) != {"name", "email"}
                                         or not lead["name"]):
                    errs.append(f"row {n}: bad lead {lead!r}")
                s = x.get("savings_gbp")
                if s is not None and not isinstance(s, (int, float)):
                    errs.append(f"row {n}: savings not a number")
                if not x.get("title"):
                    errs.append(f"row {n}: empty title")
            else:
                if not isinstance(x.get("expertise"), list):
                    errs.append(f"row {n}: expertise not a list")
                if x.get("name") != f"{x.get('given_name')} {x.get('family_name')}":
                    errs.append(f"row {n}: name != given + family")
                if "employment_status" in x and x["employment_status"] != "left":
                    errs.append(f"row {n}: bad employment_status")
                if "left_on" in x and ("employment_status" not in x
                                       or not DATE_RE.match(x["left_on"])):
                    errs.append(f"row {n}: bad left_on")
        elif e.get("good") is False:
            bad += 1
            r = e.get("reason", "")
            if not r:
                errs.append(f"row {n}: bad row without reason")
            if is_blank and not r.startswith("blank"):
                errs.append(f"row {n}: blank row but reason {r!r}")
            if r.startswith("blank") and not is_blank:
                errs.append(f"row {n}: reason blank but row has content")
            m = re.match(r"duplicate of row (\d+)$", r)
            if r.startswith("duplicate") and not m:
                errs.append(f"row {n}: malformed duplicate reason")
            if m:
                d = key["rows"].get(m.group(1))
                if int(m.group(1)) >= int(n) or not d or not d.get("good"):
                    errs.append(f"row {n}: duplicate must point at an earlier good row")
        else:
            errs.append(f"row {n}: 'good' must be true/false")
    print(f"{fname}: {kind}, header row {hr}, rows {hr+1}-{last}: "
          f"{good} good, {bad} bad" + ("" if not errs else f"  ({len(errs)} ERRORS)"))
    for x in errs:
        print("   ", x)
    return not errs


if __name__ == "__main__":
    keys = sorted(glob.glob(os.path.join(HERE, "*.expected.json")))
    if not keys:
        sys.exit("no keys found")
    ok = all([check(k) for k in keys])
    print("ALL OK" if ok else "FAILED")
    sys.exit(0 if ok else 1)
