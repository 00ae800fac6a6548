#!/usr/bin/env python3
"""Checks every *.expected.json in this folder against its file: every row
below the header row, up to the last non-empty row, must have exactly one
entry; good rows must carry the required fields; bad rows need a reason.
Reads the files independently of make_files.py.  Exit code 1 on any problem."""
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
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def read_rows(path, key):
    """Return list of rows (lists of strings), index 0 = row 1."""
    if path.endswith(".xlsx"):
        from openpyxl import load_workbook
        wb = load_workbook(path)
        if len(wb.sheetnames) > 1:
            if "sheet" not in key:
                raise SystemExit("%s has several sheets but key names none" % path)
            ws = wb[key["sheet"]]
        else:
            ws = wb.worksheets[0]
        return [["" if v is None else str(v) for v in r] for r in ws.iter_rows(values_only=True)]
    raw = open(path, "rb").read()
    if raw.startswith(b"\xff\xfe"):
        text, delim = raw[2:].decode("utf-16-le"), "\t"
    elif raw.startswith(b"\xef\xbb\xbf"):
        text, delim = raw[3:].decode("utf-8"), ","
    else:
        text, delim = raw.decode("cp1252"), ","
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))


def check(keypath):
    problems = []
    key = json.load(open(keypath, encoding="utf-8"))
    path = os.path.join(HERE, key["file"])
    rows = read_rows(path, key)
    last = max(i + 1 for i, r in enumerate(rows) if any(c.strip() for c in r))
    hdr = key["header_row"]
    want = {str(n) for n in range(hdr + 1, last + 1)}
    have = set(key["rows"])
    for n in sorted(want - have, key=int):
        problems.append("row %s has no entry" % n)
    for n in sorted(have - want, key=int):
        problems.append("entry for row %s which is not below header / past last row" % n)
    good = bad = 0
    for n, e in key["rows"].items():
        r = rows[int(n) - 1] if int(n) <= len(rows) else []
        empty = not any(c.strip() for c in r)
        if e.get("good") is True:
            good += 1
            exp = e.get("expected")
            if not isinstance(exp, dict):
                problems.append("row %s good without expected" % n)
                continue
            if empty:
                problems.append("row %s is blank but marked good" % n)
            fields = INN_FIELDS if key["kind"] == "innovations" else STAFF_FIELDS
            for f in fields:
                if f not in exp:
                    problems.append("row %s missing field %s" % (n, f))
            if key["kind"] == "innovations":
                if exp.get("stage") not in STAGES:
                    problems.append("row %s bad stage %r" % (n, exp.get("stage")))
                ld = exp.get("lead")
                if ld is not None and (set(ld) != {"name", "email"}):
                    problems.append("row %s lead must have name+email" % n)
                if "started" in exp and not DATE_RE.match(str(exp["started"])):
                    problems.append("row %s bad started" % n)
                sv = exp.get("savings_gbp")
                if sv is not None and not isinstance(sv, (int, float)):
                    problems.append("row %s savings not a number" % n)
            else:
                if not isinstance(exp.get("expertise"), list):
                    problems.append("row %s expertise not a list" % n)
                if exp.get("name") != "%s %s" % (exp.get("given_name"), exp.get("family_name")):
                    problems.append("row %s name != given + family" % n)
                if "left_on" in exp and exp.get("employment_status") != "left":
                    problems.append("row %s left_on without employment_status" % n)
                if "left_on" in exp and not DATE_RE.match(exp["left_on"]):
                    problems.append("row %s bad left_on" % n)
        elif e.get("good") is False:
            bad += 1
            reason = e.get("reason") or ""
            if not reason:
                problems.append("row %s bad without reason" % n)
            if empty and not reason.startswith("blank"):
                problems.append("row %s is blank but reason does not start 'blank'" % n)
            if reason.startswith("blank") and not empty:
                problems.append("row %s reason blank but row has content" % n)
            m = re.match(r"duplicate of row (\d+)", reason)
            if m:
                d = key["rows"].get(m.group(1))
                if not d or not d.get("good") or int(m.group(1)) >= int(n):
                    problems.append("row %s duplicates a row that is not an earlier good row" % n)
        else:
            problems.append("row %s has no good flag" % n)
    return key["file"], good, bad, problems


def main():
    keys = sorted(glob.glob(os.path.join(HERE, "*.expected.json")))
    allok = True
    for kp in keys:
        f, g, b, probs = check(kp)
        print("%-45s good=%2d bad=%2d  %s" % (f, g, b, "OK" if not probs else "PROBLEMS"))
        for p in probs:
            print("    -", p)
        allok &= not probs
    print("%d files checked: %s" % (len(keys), "ALL OK" if allok else "FAILED"))
    sys.exit(0 if allok else 1)


if __name__ == "__main__":
    main()
