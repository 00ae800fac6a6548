#!/usr/bin/env python
"""Check every answer key against its file: every row below the header row
has exactly one key entry, keys are well-formed, and good/bad counts.

Run: python check_keys.py
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
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
INNOV_KEYS = {"ref", "title", "summary", "department", "lead", "stage",
              "status_text", "savings_gbp"}
STAFF_KEYS = {"name", "given_name", "family_name", "email", "job_title",
              "department", "expertise", "willing_to_text"}


def read_rows(path):
    """Return {row_number: [cell values as text]} for the whole file."""
    if path.endswith(".xlsx"):
        ws = load_workbook(path).worksheets[0]
        out = {}
        for r in range(1, ws.max_row + 1):
            out[r] = ["" if c.value is None else str(c.value)
                      for c in ws[r]]
        return out
    raw = open(path, "rb").read()
    if raw.startswith(b"\xff\xfe"):
        text, delim = raw[2:].decode("utf-16-le"), "\t"
    elif raw.startswith(b"\xef\xbb\xbf"):
        text, delim = raw[3:].decode("utf-8"), ","
    else:
        text, delim = raw.decode("cp1252"), ","
    recs = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))
    return {i + 1: rec for i, rec in enumerate(recs)}


def main():
    ok = True
    tot_g = tot_b = 0
    for kp in sorted(glob.glob(os.path.join(HERE, "*.expected.json"))):
        key = json.load(open(kp, encoding="utf-8"))
        path = os.path.join(HERE, key["file"])
        rows = read_rows(path)
        hr = key["header_row"]
        want = {str(r) for r in rows if r > hr}
        have = set(key["rows"])
        errs = []
        if want - have:
            errs.append("rows missing from key: %s" % sorted(want - have, key=int))
        if have - want:
            errs.append("key rows not in file: %s" % sorted(have - want, key=int))
        g = b = 0
        for rn, ent in key["rows"].items():
            cells = rows.get(int(rn), [])
            joined = " ".join(cells)
            if ent["good"]:
                g += 1
                e = ent["expected"]
                if key["kind"] == "innovations":
                    miss = INNOV_KEYS - set(e)
                    if miss:
                        errs.append("row %s missing %s" % (rn, miss))
                    if e["stage"] not in STAGES:
                        errs.append("row %s bad stage %r" % (rn, e["stage"]))
                    if "started" in e and not ISO.match(e["started"]):
                        errs.append("row %s bad started" % rn)
                    if e["title"] not in joined:
                        errs.append("row %s title not in row" % rn)
                    if set(e["lead"]) != {"name", "email"}:
                        errs.append("row %s bad lead" % rn)
                    s = e["savings_gbp"]
                    if s is not None and not isinstance(s, (int, float)):
                        errs.append("row %s savings not a number" % rn)
                else:
                    miss = STAFF_KEYS - set(e)
                    if miss:
                        errs.append("row %s missing %s" % (rn, miss))
                    if e["name"] != e["given_name"] + " " + e["family_name"]:
                        errs.append("row %s name != given+family" % rn)
                    if not isinstance(e["expertise"], list) or not e["expertise"]:
                        errs.append("row %s expertise not a list" % rn)
                    for a in e["expertise"]:
                        if a not in joined:
                            errs.append("row %s area %r not in row" % (rn, a))
                    if "left_on" in e and (e.get("employment_status") != "left"
                                           or not ISO.match(e["left_on"])):
                        errs.append("row %s bad leaver fields" % rn)
            else:
                b += 1
                if not ent.get("reason"):
                    errs.append("row %s bad without reason" % rn)
                if ent["reason"].startswith("blank") and joined.strip():
                    errs.append("row %s marked blank but has data" % rn)
        tot_g += g
        tot_b += b
        print("%-55s %-11s header=%d rows=%d good=%d bad=%d %s" % (
            key["file"], key["kind"], hr, g + b, g, b,
            "OK" if not errs else "PROBLEMS"))
        for e in errs:
            print("   -", e)
        ok = ok and not errs
    print("TOTAL rows=%d good=%d bad=%d" % (tot_g + tot_b, tot_g, tot_b))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
