#!/usr/bin/env python3
"""Checks every *.expected.json in this folder against the file it describes.

For each file: reads the data independently of make_files.py (openpyxl for
.xlsx; BOM sniffing for CSV/TXT), finds the last non-empty row, and checks
that every row below the header row up to it has exactly one key entry, with
the required fields and sane values.  Prints good/bad counts per file.
Exit status 1 if anything is wrong.
"""
import csv
import glob
import io
import json
import os
import re
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = {"idea", "planning", "testing", "implemented", "evaluated", "embedded",
          "spreading", "paused", "stopped"}
INN_FIELDS = ["title", "summary", "department", "lead", "stage", "status_text",
              "ref", "savings_gbp"]
STAFF_FIELDS = ["name", "given_name", "family_name", "email", "job_title",
                "department", "expertise", "willing_to_text"]
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.I)
TITLES = re.compile(r"^(dr|mr|mrs|ms|miss|sister|prof|rev)\.?\s", re.I)


def nonempty(v):
    return v is not None and str(v).strip() != ""


def read_table(path, sheet):
    """Return list of rows (lists of values), index 0 = row 1."""
    if path.endswith(".xlsx"):
        wb = openpyxl.load_workbook(path)
        ws = wb[sheet] if sheet else wb.worksheets[0]
        if not sheet and len(wb.worksheets) > 1:
            raise ValueError("workbook has several sheets but key has no 'sheet'")
        return [list(r) for r in ws.iter_rows(values_only=True)]
    raw = open(path, "rb").read()
    if raw.startswith(b"\xff\xfe"):
        text, delim = raw[2:].decode("utf-16-le"), "\t"
    elif raw.startswith(b"\xef\xbb\xbf"):
        text, delim = raw[3:].decode("utf-8"), ","
    else:
        text, delim = raw.decode("cp1252"), ","
    return [r for r in csv.reader(io.StringIO(text, newline=""), delimiter=delim)]


def check_expected(kind, exp, where, errs):
    if kind == "innovations":
        for f in INN_FIELDS:
            if f not in exp:
                errs.append(f"{where}: missing field {f}")
        extra = set(exp) - set(INN_FIELDS) - {"started"}
        if extra:
            errs.append(f"{where}: unexpected fields {extra}")
        if not exp.get("title"):
            errs.append(f"{where}: empty title")
        if exp.get("stage") not in STAGES:
            errs.append(f"{where}: bad stage {exp.get('stage')!r}")
        if not exp.get("status_text"):
            errs.append(f"{where}: status_text empty")
        if "started" in exp and not (isinstance(exp["started"], str) and DATE_RE.match(exp["started"])):
            errs.append(f"{where}: bad started {exp['started']!r}")
        lead = exp.get("lead")
        if lead is not None:
            if set(lead) != {"name", "email"}:
                errs.append(f"{where}: lead keys {set(lead)}")
            if not lead.get("name") or TITLES.match(lead["name"]) or "(" in lead["name"] or "," in lead["name"]:
                errs.append(f"{where}: lead name not clean: {lead.get('name')!r}")
            if lead.get("email") is not None and not EMAIL_RE.match(lead["email"]):
                errs.append(f"{where}: bad lead email {lead['email']!r}")
        s = exp.get("savings_gbp")
        if s is not None and not isinstance(s, (int, float)):
            errs.append(f"{where}: savings not a number {s!r}")
        r = exp.get("ref")
        if r is not None and not isinstance(r, str):
            errs.append(f"{where}: ref not a string")
    else:
        for f in STAFF_FIELDS:
            if f not in exp:
                errs.append(f"{where}: missing field {f}")
        extra = set(exp) - set(STAFF_FIELDS) - {"employment_status", "left_on"}
        if extra:
            errs.append(f"{where}: unexpected fields {extra}")
        name = exp.get("name") or ""
        if TITLES.match(name) or "," in name or "(" in name:
            errs.append(f"{where}: name not clean {name!r}")
        if f"{exp.get('given_name')} {exp.get('family_name')}" != name:
            errs.append(f"{where}: given+family != name ({name!r})")
        if exp.get("email") is not None and not EMAIL_RE.match(exp["email"]):
            errs.append(f"{where}: bad email {exp['email']!r}")
        ex = exp.get("expertise")
        if not isinstance(ex, list) or any((not isinstance(x, str)) or x != x.strip() or not x for x in ex):
            errs.append(f"{where}: expertise must be a list of trimmed strings")
        if "left_on" in exp and exp.get("employment_status") != "left":
            errs.append(f"{where}: left_on without employment_status")
        if "employment_status" in exp and exp["employment_status"] != "left":
            errs.append(f"{where}: employment_status must be 'left'")
        if "left_on" in exp and not DATE_RE.match(exp["left_on"]):
            errs.append(f"{where}: bad left_on")


def check(keypath):
    errs = []
    key = json.load(open(keypath, encoding="utf-8"))
    fname = key["file"]
    if os.path.basename(keypath) != fname + ".expected.json":
        errs.append("key file name does not match 'file'")
    path = os.path.join(HERE, fname)
    kind = key["kind"]
    if kind not in ("innovations", "staff"):
        errs.append(f"bad kind {kind}")
    table = read_table(path, key.get("sheet"))
    hr = key["header_row"]
    header = table[hr - 1]
    if sum(1 for v in header if nonempty(v)) < 3:
        errs.append(f"header row {hr} looks empty: {header}")
    last = max(i + 1 for i, r in enumerate(table) if any(nonempty(v) for v in r))
    want = {str(n) for n in range(hr + 1, last + 1)}
    have = set(key["rows"])
    if want - have:
        errs.append(f"rows without key entry: {sorted(want - have, key=int)}")
    if have - want:
        errs.append(f"key entries for rows outside data: {sorted(have - want, key=int)}")
    good = badn = 0
    for rn, ent in sorted(key["rows"].items(), key=lambda kv: int(kv[0])):
        where = f"{fname} row {rn}"
        row = table[int(rn) - 1] if int(rn) - 1 < len(table) else []
        is_blank = not any(nonempty(v) for v in row)
        if ent.get("good") is True:
            good += 1
            if set(ent) != {"good", "expected"}:
                errs.append(f"{where}: good entry keys {set(ent)}")
            if is_blank:
                errs.append(f"{where}: marked good but blank")
            check_expected(kind, ent.get("expected", {}), where, errs)
        elif ent.get("good") is False:
            badn += 1
            reason = ent.get("reason")
            if not reason:
                errs.append(f"{where}: bad row without reason")
            elif is_blank != reason.startswith("blank"):
                errs.append(f"{where}: blank={is_blank} but reason {reason!r}")
            m = re.match(r"duplicate of row (\d+)", reason or "")
            if m:
                tgt = key["rows"].get(m.group(1))
                if not tgt or not tgt.get("good") or int(m.group(1)) >= int(rn):
                    errs.append(f"{where}: duplicate must point to an earlier good row")
        else:
            errs.append(f"{where}: 'good' must be true/false")
    return fname, kind, good, badn, errs


def main():
    keys = sorted(glob.glob(os.path.join(HERE, "*.expected.json")))
    if not keys:
        print("no keys found")
        return 1
    allerrs = 0
    tg = tb = 0
    for k in keys:
        fname, kind, g, b, errs = check(k)
        tg += g
        tb += b
        print(f"{'OK  ' if not errs else 'FAIL'} {fname} [{kind}]: {g} good, {b} bad")
        for e in errs:
            print("     -", e)
        allerrs += len(errs)
    print(f"{len(keys)} files, {tg} good rows, {tb} bad rows, {allerrs} problems")
    return 1 if allerrs else 0


if __name__ == "__main__":
    sys.exit(main())
