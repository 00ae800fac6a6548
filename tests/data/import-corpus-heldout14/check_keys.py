#!/usr/bin/env python3
"""Checks each F.expected.json against its file F: every row below the header
row up to the last non-empty row has exactly one key entry, with the required
fields.  Prints good/bad counts per file.  Exit code 1 on any problem."""
import csv
import glob
import io
import json
import os
import re
import sys

from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
INN = ["title", "summary", "department", "lead", "stage", "status_text", "ref", "savings_gbp"]
INN_OPT = {"started"}
STAGES = {"idea", "planning", "testing", "implemented", "evaluated", "embedded",
          "spreading", "paused", "stopped"}
STAFF = ["name", "given_name", "family_name", "email", "job_title", "department",
         "expertise", "willing_to_text"]
STAFF_OPT = {"employment_status", "left_on"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def rows_of(path, sheet):
    """Return list of row-value lists, index 0 = Excel row 1."""
    if path.endswith(".xlsx"):
        wb = load_workbook(path)
        ws = wb[sheet] if sheet else wb.worksheets[0]
        if not sheet and len(wb.worksheets) > 1:
            raise ValueError("multi-sheet workbook but key has no 'sheet'")
        return [[c.value for c in r] for r in ws.iter_rows()]
    raw = open(path, "rb").read()
    if raw.startswith(b"\xff\xfe"):
        text, delim = raw[2:].decode("utf-16-le"), "\t"
    elif raw.startswith(b"\xef\xbb\xbf"):
        text, delim = raw[3:].decode("utf-8"), ","
    else:
        text, delim = raw.decode("cp1252"), ","
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))


def empty(row):
    return all(v is None or str(v).strip() == "" for v in row)


def check(keyfile):
    probs = []
    k = json.load(open(keyfile, encoding="utf-8"))
    f = k["file"]
    path = os.path.join(HERE, f)
    if not os.path.exists(path):
        return [f"{f}: file missing"], 0, 0
    rows = rows_of(path, k.get("sheet"))
    last = max(i + 1 for i, r in enumerate(rows) if not empty(r))
    h = k["header_row"]
    want = set(range(h + 1, last + 1))
    have = {int(x) for x in k["rows"]}
    if want - have:
        probs.append(f"{f}: rows without key entry: {sorted(want - have)}")
    if have - want:
        probs.append(f"{f}: key entries outside data: {sorted(have - want)}")
    good = badn = 0
    for rn, e in k["rows"].items():
        rn_i = int(rn)
        if e.get("good") is True:
            good += 1
            x = e.get("expected", {})
            if k["kind"] == "innovations":
                miss = [fld for fld in INN if fld not in x]
                extra = set(x) - set(INN) - INN_OPT
                if x.get("stage") not in STAGES:
                    probs.append(f"{f} row {rn}: bad stage {x.get('stage')}")
                if "started" in x and not DATE.match(x["started"]):
                    probs.append(f"{f} row {rn}: bad started {x['started']}")
                lead = x.get("lead")
                if lead is not None and set(lead) != {"name", "email"}:
                    probs.append(f"{f} row {rn}: lead needs name+email")
                sv = x.get("savings_gbp")
                if sv is not None and not isinstance(sv, (int, float)):
                    probs.append(f"{f} row {rn}: savings not a number")
            else:
                miss = [fld for fld in STAFF if fld not in x]
                extra = set(x) - set(STAFF) - STAFF_OPT
                if not isinstance(x.get("expertise"), list):
                    probs.append(f"{f} row {rn}: expertise not a list")
                if "left_on" in x and x.get("employment_status") != "left":
                    probs.append(f"{f} row {rn}: left_on without employment_status")
                if "left_on" in x and not DATE.match(x["left_on"]):
                    probs.append(f"{f} row {rn}: bad left_on")
                if x.get("name") != f"{x.get('given_name')} {x.get('family_name')}":
                    probs.append(f"{f} row {rn}: name != given + family")
            if miss:
                probs.append(f"{f} row {rn}: missing {miss}")
            if extra:
                probs.append(f"{f} row {rn}: unexpected {sorted(extra)}")
            if rn_i - 1 < len(rows) and empty(rows[rn_i - 1]):
                probs.append(f"{f} row {rn}: marked good but the row is empty")
        elif e.get("good") is False:
            badn += 1
            r = e.get("reason", "")
            if not r:
                probs.append(f"{f} row {rn}: bad row without reason")
            is_blank = rn_i - 1 >= len(rows) or empty(rows[rn_i - 1])
            if is_blank != r.startswith("blank"):
                probs.append(f"{f} row {rn}: blank/reason mismatch ({r})")
            m = re.match(r"duplicate of row (\d+)", r)
            if m and not k["rows"].get(m.group(1), {}).get("good"):
                probs.append(f"{f} row {rn}: duplicate points at a row that is not good")
        else:
            probs.append(f"{f} row {rn}: no good flag")
    return probs, good, badn


def main():
    allp = []
    keys = sorted(glob.glob(os.path.join(HERE, "*.expected.json")))
    for kf in keys:
        p, g, b = check(kf)
        print(f"{os.path.basename(kf)[:-14]:55s} good={g:3d} bad={b:3d} {'OK' if not p else 'PROBLEMS'}")
        allp += p
    for p in allp:
        print("  -", p)
    if not keys:
        print("no keys found")
        sys.exit(1)
    sys.exit(1 if allp else 0)


if __name__ == "__main__":
    main()
