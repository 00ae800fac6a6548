#!/usr/bin/env python3
"""Checks every data file against its F.expected.json: one key entry for every row below the
header up to the last non-empty row, with the required fields. Prints good/bad counts."""
import csv, glob, io, json, os, re, sys

from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
INN = ["title", "summary", "department", "lead", "stage", "status_text", "ref", "savings_gbp"]
STAGES = {"idea", "planning", "testing", "implemented", "evaluated", "embedded", "spreading", "paused", "stopped"}
STAFF = ["name", "given_name", "family_name", "email", "job_title", "department", "expertise", "willing_to_text"]
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def rows_of(path, key):
    """Return list of (row_number, values) for the sheet/file."""
    if path.endswith(".xlsx"):
        wb = load_workbook(path)
        ws = wb[key["sheet"]] if "sheet" in key else wb.worksheets[0]
        if len(wb.worksheets) > 1 and "sheet" not in key:
            raise SystemExit(f"{path}: several sheets but no 'sheet' in key")
        return [(r[0].row, [c.value for c in r]) for r in ws.iter_rows()]
    raw = open(path, "rb").read()
    if raw.startswith(b"\xff\xfe"):
        text, delim = raw.decode("utf-16"), "\t"
    elif raw.startswith(b"\xef\xbb\xbf"):
        text, delim = raw.decode("utf-8-sig"), ","
    else:
        text, delim = raw.decode("cp1252"), ","
    return [(i + 1, r) for i, r in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delim))]


def nonempty(vals):
    return any(v not in (None, "") and str(v).strip() for v in vals)


def check(keyfile):
    errs = []
    key = json.load(open(keyfile, encoding="utf-8"))
    path = os.path.join(HERE, key["file"])
    rows = rows_of(path, key)
    hr = key["header_row"]
    last = max(n for n, v in rows if nonempty(v))
    want = {str(n) for n in range(hr + 1, last + 1)}
    have = set(key["rows"])
    if want - have:
        errs.append(f"missing keys for rows {sorted(want - have, key=int)}")
    if have - want:
        errs.append(f"keys for rows not in range {sorted(have - want, key=int)}")
    rowmap = dict(rows)
    good = badn = 0
    for rn, e in key["rows"].items():
        vals = rowmap.get(int(rn), [])
        if e.get("good") is True:
            good += 1
            x = e["expected"]
            if not nonempty(vals):
                errs.append(f"row {rn} marked good but is empty")
            req = INN if key["kind"] == "innovations" else STAFF
            for f in req:
                if f not in x:
                    errs.append(f"row {rn}: missing {f}")
            if key["kind"] == "innovations":
                if x.get("stage") not in STAGES:
                    errs.append(f"row {rn}: bad stage {x.get('stage')}")
                if "started" in x and not DATE.match(x["started"]):
                    errs.append(f"row {rn}: bad started {x['started']}")
                if x.get("lead") is not None and set(x["lead"]) != {"name", "email"}:
                    errs.append(f"row {rn}: lead needs name+email")
            else:
                if not isinstance(x.get("expertise"), list):
                    errs.append(f"row {rn}: expertise not a list")
                if "left_on" in x and not DATE.match(x["left_on"]):
                    errs.append(f"row {rn}: bad left_on")
                if "left_on" in x and x.get("employment_status") != "left":
                    errs.append(f"row {rn}: left_on without employment_status")
        elif e.get("good") is False:
            badn += 1
            if not e.get("reason"):
                errs.append(f"row {rn}: bad row without reason")
            if not nonempty(vals) and not e["reason"].startswith("blank"):
                errs.append(f"row {rn}: empty row but reason {e['reason']!r}")
            if nonempty(vals) and e["reason"].startswith("blank"):
                errs.append(f"row {rn}: says blank but has content")
            m = re.match(r"duplicate of row (\d+)", e["reason"])
            if m and not key["rows"].get(m.group(1), {}).get("good"):
                errs.append(f"row {rn}: duplicate of a row that is not good")
        else:
            errs.append(f"row {rn}: 'good' must be true/false")
    print(f"{key['file']}: {key['kind']}, header row {hr}, {good} good / {badn} bad"
          + ("" if not errs else "  ERRORS:\n   " + "\n   ".join(errs)))
    return not errs


if __name__ == "__main__":
    keys = sorted(glob.glob(os.path.join(HERE, "*.expected.json")))
    ok = all([check(k) for k in keys])
    print(f"{len(keys)} keys checked:", "OK" if ok else "FAILED")
    sys.exit(0 if ok else 1)
