#!/usr/bin/env python3
"""Checks every *.expected.json against the file it describes.

For each file: every row below the header up to the last non-empty row must have
exactly one key entry (and no entries outside that range); good rows must carry
all required fields with sane types; bad rows need a reason; "blank" reasons must
be on rows that really are blank; "duplicate of row N" must point at an earlier
good row.  Prints good/bad counts per file; exits 1 on any problem.
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
STAGES = {"idea", "planning", "testing", "implemented", "evaluated", "embedded", "spreading", "paused", "stopped"}
INN_FIELDS = ["title", "summary", "department", "lead", "stage", "status_text", "ref", "savings_gbp"]
STAFF_FIELDS = ["name", "given_name", "family_name", "email", "job_title", "department", "expertise",
                "willing_to_text"]
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def read_rows(path, key):
    """Return {row_number: [cell values as strings]} for the data sheet/file."""
    if path.endswith(".xlsx"):
        wb = load_workbook(path, data_only=False)
        ws = wb[key["sheet"]] if key.get("sheet") else wb.worksheets[0]
        if len(wb.worksheets) > 1 and not key.get("sheet"):
            raise ValueError("workbook has several sheets but key names none")
        rows = {}
        for r in ws.iter_rows():
            vals = ["" if c.value is None else str(c.value) for c in r]
            rows[r[0].row] = vals
        return rows
    raw = open(path, "rb").read()
    if raw.startswith(b"\xff\xfe"):
        text, delim = raw[2:].decode("utf-16-le"), "\t"
    elif raw.startswith(b"\xef\xbb\xbf"):
        text, delim = raw[3:].decode("utf-8"), ","
    else:
        text, delim = raw.decode("cp1252"), ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    return {i + 1: row for i, row in enumerate(reader)}


def is_blank(vals):
    return all(v.strip() == "" for v in vals)


def check(keypath):
    problems = []
    key = json.load(open(keypath, encoding="utf-8"))
    data_path = os.path.join(HERE, key["file"])
    if not os.path.exists(data_path):
        return [f"missing data file {key['file']}"], 0, 0
    rows = read_rows(data_path, key)
    hdr = key["header_row"]
    if hdr not in rows or is_blank(rows[hdr]):
        problems.append(f"header row {hdr} is empty")
    last = max(r for r, v in rows.items() if not is_blank(v))
    wanted = set(range(hdr + 1, last + 1))
    have = {int(k) for k in key["rows"]}
    for r in sorted(wanted - have):
        problems.append(f"row {r} has no key entry")
    for r in sorted(have - wanted):
        problems.append(f"key entry for row {r} outside {hdr + 1}..{last}")
    good = bad = 0
    for rs, ent in key["rows"].items():
        r = int(rs)
        vals = rows.get(r, [])
        if ent.get("good") is True:
            good += 1
            exp = ent.get("expected")
            if not isinstance(exp, dict):
                problems.append(f"row {r}: good but no expected")
                continue
            if is_blank(vals):
                problems.append(f"row {r}: marked good but blank")
            fields = INN_FIELDS if key["kind"] == "innovations" else STAFF_FIELDS
            for f in fields:
                if f not in exp:
                    problems.append(f"row {r}: missing field {f}")
            if key["kind"] == "innovations":
                if exp.get("stage") not in STAGES:
                    problems.append(f"row {r}: bad stage {exp.get('stage')}")
                if not exp.get("title"):
                    problems.append(f"row {r}: empty title")
                if "started" in exp and not DATE_RE.match(str(exp["started"])):
                    problems.append(f"row {r}: bad started {exp['started']}")
                lead = exp.get("lead")
                if lead is not None and (not isinstance(lead, dict) or set(lead) != {"name", "email"}):
                    problems.append(f"row {r}: lead must be null or {{name, email}}")
                if exp.get("ref") is not None and not isinstance(exp["ref"], str):
                    problems.append(f"row {r}: ref must be a string")
                sv = exp.get("savings_gbp")
                if sv is not None and not isinstance(sv, (int, float)):
                    problems.append(f"row {r}: savings must be a number or null")
            else:
                if not isinstance(exp.get("expertise"), list):
                    problems.append(f"row {r}: expertise must be a list")
                if exp.get("name") != f"{exp.get('given_name')} {exp.get('family_name')}":
                    problems.append(f"row {r}: name != given + family")
                if "left_on" in exp and exp.get("employment_status") != "left":
                    problems.append(f"row {r}: left_on without employment_status")
                if "employment_status" in exp and exp["employment_status"] != "left":
                    problems.append(f"row {r}: employment_status must be 'left'")
                if "left_on" in exp and not DATE_RE.match(exp["left_on"]):
                    problems.append(f"row {r}: bad left_on")
        elif ent.get("good") is False:
            bad += 1
            reason = ent.get("reason") or ""
            if not reason:
                problems.append(f"row {r}: bad row without reason")
            if reason.startswith("blank") != is_blank(vals):
                problems.append(f"row {r}: blank reason/blank content mismatch")
            m = re.match(r"(?:duplicate|continuation) of row (\d+)", reason)
            if m:
                tgt = key["rows"].get(m.group(1))
                if not tgt or not tgt.get("good") or int(m.group(1)) >= r:
                    problems.append(f"row {r}: '{reason}' does not point at an earlier good row")
        else:
            problems.append(f"row {r}: 'good' must be true/false")
    return problems, good, bad


def main():
    keys = sorted(glob.glob(os.path.join(HERE, "*.expected.json")))
    ok = True
    tg = tb = 0
    for kp in keys:
        problems, g, b = check(kp)
        tg += g
        tb += b
        name = os.path.basename(kp)[: -len(".expected.json")]
        print(f"{name}: {g} good, {b} bad, {g + b} rows" + ("" if not problems else "  PROBLEMS:"))
        for p in problems:
            print("   -", p)
        ok = ok and not problems
    print(f"{len(keys)} files, {tg} good, {tb} bad")
    print("OK" if ok else "FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
