#!/usr/bin/env python3
"""Check every answer key in this folder against its data file.

For each *.expected.json:
  * every row below header_row up to the last non-empty row has exactly one
    entry, and there are no entries outside that range;
  * good rows carry all required fields of the right types; bad rows have a
    reason (blank rows' reasons start with "blank"; duplicates point at an
    earlier good row);
  * fields that are "as written" (title, summary, department, status_text,
    ref, job_title, willing_to_text) really occur in the row's cells.
Prints good/bad counts per file; exits 1 on any problem.
"""
import codecs
import csv
import glob
import io
import json
import os
import re
import sys
from datetime import datetime

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = {"idea", "planning", "testing", "implemented", "evaluated",
          "embedded", "spreading", "paused", "stopped"}
INNOV_FIELDS = ["title", "summary", "department", "lead", "stage",
                "status_text", "ref", "savings_gbp"]
STAFF_FIELDS = ["name", "given_name", "family_name", "email", "job_title",
                "department", "expertise", "willing_to_text"]
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def cell_text(v):
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%d/%m/%Y")
    return str(v)


def read_rows(path, key):
    """Return {row_number: [cell texts]} using Excel row numbering."""
    if path.endswith(".xlsx"):
        wb = openpyxl.load_workbook(path)
        ws = wb[key["sheet"]] if "sheet" in key else wb.worksheets[0]
        if "sheet" not in key and len(wb.sheetnames) > 1:
            raise SystemExit("%s: several sheets but key has no 'sheet'" % path)
        out = {}
        for row in ws.iter_rows():
            n = row[0].row
            out[n] = [cell_text(c.value) for c in row]
        return out
    raw = open(path, "rb").read()
    if raw.startswith(codecs.BOM_UTF16_LE):
        text, delim = raw[2:].decode("utf-16-le"), "\t"
    elif raw.startswith(codecs.BOM_UTF8):
        text, delim = raw[3:].decode("utf-8"), ","
    else:
        text, delim = raw.decode("cp1252"), ","
    if path.endswith(".txt"):
        delim = "\t"
    rdr = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    return {i: r for i, r in enumerate(rdr, 1)}


def check(keyfile):
    probs = []
    key = json.load(open(keyfile, encoding="utf-8"))
    path = os.path.join(HERE, key["file"])
    if not os.path.exists(path):
        return ["missing data file %s" % key["file"]], 0, 0
    rows = read_rows(path, key)
    hr = key["header_row"]
    nonempty = [n for n, cells in rows.items()
                if any(c.strip() for c in cells)]
    last = max(nonempty)
    want = set(range(hr + 1, last + 1))
    have = set(int(k) for k in key["rows"])
    if want - have:
        probs.append("rows without key entry: %s" % sorted(want - have))
    if have - want:
        probs.append("key entries outside data range: %s" % sorted(have - want))
    good = bad = 0
    for k, ent in key["rows"].items():
        n = int(k)
        cells = rows.get(n, [])
        joined = "\u0001".join(cells)
        blank = not any(c.strip() for c in cells)
        if ent.get("good") is True:
            good += 1
            e = ent.get("expected")
            if not isinstance(e, dict):
                probs.append("row %s: good row without expected" % k)
                continue
            if blank:
                probs.append("row %s: good but blank" % k)
            if key["kind"] == "innovations":
                for f in INNOV_FIELDS:
                    if f not in e:
                        probs.append("row %s: missing %s" % (k, f))
                if e.get("stage") not in STAGES:
                    probs.append("row %s: bad stage %r" % (k, e.get("stage")))
                if "started" in e and not (isinstance(e["started"], str)
                                           and DATE_RE.match(e["started"])):
                    probs.append("row %s: bad started" % k)
                lead = e.get("lead")
                if lead is not None and (set(lead) != {"name", "email"}):
                    probs.append("row %s: lead needs name+email" % k)
                sv = e.get("savings_gbp")
                if sv is not None and not isinstance(sv, (int, float)):
                    probs.append("row %s: savings not number" % k)
                as_written = ["title", "summary", "department",
                              "status_text", "ref"]
            else:
                for f in STAFF_FIELDS:
                    if f not in e:
                        probs.append("row %s: missing %s" % (k, f))
                if not isinstance(e.get("expertise"), list):
                    probs.append("row %s: expertise not list" % k)
                if e.get("name") != "%s %s" % (e.get("given_name"),
                                               e.get("family_name")):
                    probs.append("row %s: name != given + family" % k)
                if "left_on" in e and e.get("employment_status") != "left":
                    probs.append("row %s: left_on without left" % k)
                if "employment_status" in e and e["employment_status"] != "left":
                    probs.append("row %s: bad employment_status" % k)
                as_written = ["department", "willing_to_text"]
                for x in e.get("expertise") or []:
                    if x not in joined:
                        probs.append("row %s: expertise %r not in row" % (k, x))
            for f in as_written:
                v = e.get(f)
                if v is not None and v not in joined:
                    probs.append("row %s: %s %r not in row" % (k, f, v))
        elif ent.get("good") is False:
            bad += 1
            r = ent.get("reason")
            if not r:
                probs.append("row %s: bad row without reason" % k)
            elif blank and not r.startswith("blank"):
                probs.append("row %s: blank row reason %r" % (k, r))
            elif r.startswith("blank") and not blank:
                probs.append("row %s: reason blank but row has text" % k)
            m = re.match(r"duplicate of row (\d+)$", r or "")
            if m:
                tgt = key["rows"].get(m.group(1))
                if not tgt or not tgt.get("good") or int(m.group(1)) >= n:
                    probs.append("row %s: duplicate target not an earlier "
                                 "good row" % k)
        else:
            probs.append("row %s: 'good' must be true/false" % k)
    return probs, good, bad


def main():
    keys = sorted(glob.glob(os.path.join(HERE, "*.expected.json")))
    if not keys:
        print("no keys found")
        return 1
    failed = False
    tg = tb = 0
    for kf in keys:
        probs, g, b = check(kf)
        tg, tb = tg + g, tb + b
        name = os.path.basename(kf)[:-len(".expected.json")]
        print("%-45s good %2d  bad %2d  %s" % (name, g, b,
                                               "OK" if not probs else "FAIL"))
        for p in probs:
            print("    -", p)
        failed |= bool(probs)
    print("TOTAL %d files: good %d, bad %d" % (len(keys), tg, tb))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
