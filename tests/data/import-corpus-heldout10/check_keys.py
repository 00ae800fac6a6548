#!/usr/bin/env python3
"""Checks every answer key in this folder against its file: every row below the header,
up to the last non-empty row, has exactly one key entry with the required fields."""
import csv, io, json, glob, os, re, sys
from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = {"idea", "planning", "testing", "implemented", "evaluated", "embedded", "spreading",
          "paused", "stopped"}
INN = ["title", "summary", "department", "lead", "stage", "status_text", "ref", "savings_gbp"]
STAFF = ["name", "given_name", "family_name", "email", "job_title", "department", "expertise",
         "willing_to_text"]
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def read_rows(path, key):
    """Return {row_number: list_of_cell_values} for the whole file."""
    if path.endswith(".xlsx"):
        wb = load_workbook(path)
        if len(wb.sheetnames) > 1:
            assert key.get("sheet") in wb.sheetnames, "multi-sheet xlsx needs a valid 'sheet'"
        ws = wb[key["sheet"]] if key.get("sheet") else wb.worksheets[0]
        return {r: [c.value for c in row] for r, row in enumerate(ws.iter_rows(), start=1)}
    raw = open(path, "rb").read()
    if raw.startswith(b"\xff\xfe"):
        text, delim = raw[2:].decode("utf-16-le"), "\t"
    elif raw.startswith(b"\xef\xbb\xbf"):
        text, delim = raw[3:].decode("utf-8"), ","
    else:
        text, delim = raw.decode("cp1252"), ","
    assert "\r\n" in text, "expected CRLF line ends"
    recs = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))
    return {i: r for i, r in enumerate(recs, start=1)}


def nonempty(cells):
    return any(c is not None and str(c).strip() != "" for c in cells)


def check(keyfile):
    key = json.load(open(keyfile, encoding="utf-8"))
    path = os.path.join(HERE, key["file"])
    errs = []
    rows = read_rows(path, key)
    h = key["header_row"]
    last = max(r for r, c in rows.items() if nonempty(c))
    want = {str(r) for r in range(h + 1, last + 1)}
    have = set(key["rows"])
    if want - have:
        errs.append("missing rows %s" % sorted(want - have, key=int))
    if have - want:
        errs.append("extra rows %s" % sorted(have - want, key=int))
    good = bad = 0
    for rn, ent in key["rows"].items():
        cells = rows.get(int(rn), [])
        if ent["good"]:
            good += 1
            e = ent["expected"]
            need = INN if key["kind"] == "innovations" else STAFF
            miss = [f for f in need if f not in e]
            if miss:
                errs.append("row %s missing %s" % (rn, miss))
            if not nonempty(cells):
                errs.append("row %s marked good but empty" % rn)
            if key["kind"] == "innovations":
                if e.get("stage") not in STAGES:
                    errs.append("row %s bad stage %r" % (rn, e.get("stage")))
                if "started" in e and not DATE.match(e["started"]):
                    errs.append("row %s bad started" % rn)
                if e.get("lead") is not None and set(e["lead"]) != {"name", "email"}:
                    errs.append("row %s bad lead" % rn)
                if e.get("savings_gbp") is not None and not isinstance(e["savings_gbp"], (int, float)):
                    errs.append("row %s savings not number" % rn)
            else:
                if not isinstance(e.get("expertise"), list):
                    errs.append("row %s expertise not list" % rn)
                if e.get("name") != "%s %s" % (e.get("given_name"), e.get("family_name")):
                    errs.append("row %s name parts disagree" % rn)
                if "left_on" in e and (e.get("employment_status") != "left" or not DATE.match(e["left_on"])):
                    errs.append("row %s bad leaver fields" % rn)
        else:
            bad += 1
            reason = ent.get("reason", "")
            if not reason:
                errs.append("row %s bad without reason" % rn)
            if reason.startswith("blank") and nonempty(cells):
                errs.append("row %s called blank but has content" % rn)
            if not reason.startswith("blank") and not nonempty(cells):
                errs.append("row %s is empty but reason is %r" % (rn, reason))
            m = re.match(r"duplicate of row (\d+)", reason)
            if m:
                tgt = key["rows"].get(m.group(1))
                if not tgt or not tgt["good"] or int(m.group(1)) >= int(rn):
                    errs.append("row %s duplicate target not an earlier good row" % rn)
    print("%-48s %-11s header=%d rows %d-%d  good=%d bad=%d %s" % (
        key["file"], key["kind"], h, h + 1, last, good, bad, "OK" if not errs else "FAIL"))
    for e in errs:
        print("   !", e)
    return not errs


if __name__ == "__main__":
    keys = sorted(glob.glob(os.path.join(HERE, "*.expected.json")))
    ok = all([check(k) for k in keys])
    print("ALL OK" if ok and keys else "PROBLEMS FOUND")
    sys.exit(0 if ok and keys else 1)
