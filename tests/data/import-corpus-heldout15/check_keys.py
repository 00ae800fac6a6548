#!/usr/bin/env python3
"""Checks every answer key in this folder against its file.

For each F.expected.json: reads F the way Excel would number its rows, and
checks that every row below the header (up to the last non-empty row) has
exactly one key entry, that no key entry points past the data, that good
rows carry all required fields, that blank rows really are blank (and vice
versa), and that duplicate references point at an earlier good row.
Prints good/bad counts per file; exits 1 on any problem.
"""
import csv
import glob
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = {"idea", "planning", "testing", "implemented", "evaluated", "embedded",
          "spreading", "paused", "stopped"}
INN_FIELDS = ["title", "summary", "department", "lead", "stage", "status_text", "ref",
              "savings_gbp"]
STAFF_FIELDS = ["name", "given_name", "family_name", "email", "job_title", "department",
                "expertise", "willing_to_text"]
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def read_rows(path, sheet):
    """Returns {row_number: [cell strings]} for every row in the file."""
    if path.endswith(".xlsx"):
        from openpyxl import load_workbook
        wb = load_workbook(path)
        ws = wb[sheet] if sheet else wb.worksheets[0]
        if not sheet and len(wb.worksheets) > 1:
            raise SystemExit("%s has several sheets but key names none" % path)
        out = {}
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None and str(c.value).strip() != "":
                    out.setdefault(c.row, []).append(str(c.value))
        return out
    raw = open(path, "rb").read()
    if raw.startswith(b"\xff\xfe"):
        text, delim = raw[2:].decode("utf-16-le"), "\t"
    elif raw.startswith(b"\xef\xbb\xbf"):
        text, delim = raw[3:].decode("utf-8"), ","
    else:
        text, delim = raw.decode("cp1252"), ","
    out = {}
    for i, rec in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delim), 1):
        cells = [c for c in rec if c.strip() != ""]
        if cells:
            out[i] = cells
    return out


def check(keypath):
    problems = []
    key = json.load(open(keypath, encoding="utf-8"))
    fname = key["file"]
    path = os.path.join(HERE, fname)
    if not os.path.exists(path):
        return fname, 0, 0, ["file missing"]
    rows = read_rows(path, key.get("sheet"))
    hdr = key["header_row"]
    if hdr not in rows:
        problems.append("header row %d is empty" % hdr)
    last = max(rows)
    expected_nums = set(range(hdr + 1, last + 1))
    got = {int(k) for k in key["rows"]}
    for n in sorted(expected_nums - got):
        problems.append("row %d has no key entry" % n)
    for n in sorted(got - expected_nums):
        problems.append("key row %d is outside the data (header %d, last %d)" % (n, hdr, last))
    good = bad = 0
    for k, ent in key["rows"].items():
        n = int(k)
        is_blank = n not in rows
        if ent.get("good") is True:
            good += 1
            ex = ent.get("expected")
            if is_blank:
                problems.append("row %d is blank but marked good" % n)
            if not isinstance(ex, dict):
                problems.append("row %d: no expected" % n)
                continue
            fields = INN_FIELDS if key["kind"] == "innovations" else STAFF_FIELDS
            for f in fields:
                if f not in ex:
                    problems.append("row %d: missing field %s" % (n, f))
            if key["kind"] == "innovations":
                if ex.get("stage") not in STAGES:
                    problems.append("row %d: bad stage %r" % (n, ex.get("stage")))
                if "started" in ex and not DATE.match(str(ex["started"])):
                    problems.append("row %d: bad started %r" % (n, ex["started"]))
                lead = ex.get("lead")
                if lead is not None and set(lead) != {"name", "email"}:
                    problems.append("row %d: lead needs name+email" % n)
                joined = " ".join(rows.get(n, []))
                if ex.get("title") and ex["title"] not in joined:
                    problems.append("row %d: title not found in row text" % n)
            else:
                if not isinstance(ex.get("expertise"), list):
                    problems.append("row %d: expertise must be a list" % n)
                if "left_on" in ex and not DATE.match(str(ex["left_on"])):
                    problems.append("row %d: bad left_on" % n)
                if "left_on" in ex and ex.get("employment_status") != "left":
                    problems.append("row %d: left_on without employment_status" % n)
                joined = " ".join(rows.get(n, []))
                if ex.get("family_name") and ex["family_name"] not in joined:
                    problems.append("row %d: family name not in row text" % n)
        elif ent.get("good") is False:
            bad += 1
            reason = ent.get("reason", "")
            if not reason:
                problems.append("row %d: bad row without reason" % n)
            if is_blank and not reason.startswith("blank"):
                problems.append("row %d is blank but reason is %r" % (n, reason))
            if reason.startswith("blank") and not is_blank:
                problems.append("row %d marked blank but has text" % n)
            m = re.match(r"duplicate of row (\d+)$", reason)
            if m:
                orig = key["rows"].get(m.group(1))
                if not orig or orig.get("good") is not True or int(m.group(1)) >= n:
                    problems.append("row %d: duplicate points at a non-good/later row" % n)
        else:
            problems.append("row %d: 'good' must be true/false" % n)
    return fname, good, bad, problems


def main():
    keys = sorted(glob.glob(os.path.join(HERE, "*.expected.json")))
    if not keys:
        print("no keys found")
        return 1
    failed = False
    for kp in keys:
        fname, good, bad, problems = check(kp)
        print("%-50s good=%2d bad=%2d %s" % (fname, good, bad, "OK" if not problems else "PROBLEMS"))
        for p in problems:
            print("    - " + p)
        failed |= bool(problems)
    print("ALL OK" if not failed else "FAILED")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
