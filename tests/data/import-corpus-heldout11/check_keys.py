#!/usr/bin/env python3
"""Checks every row below the header has exactly one key entry with the required fields."""
import csv, io, json, os, re, sys, glob
from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
INN = ["title", "summary", "department", "lead", "stage", "status_text", "ref", "savings_gbp"]
STAFF = ["name", "given_name", "family_name", "email", "job_title", "department", "expertise", "willing_to_text"]
STAGES = {"idea", "planning", "testing", "implemented", "evaluated", "embedded", "spreading", "paused", "stopped"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

def read_rows(path, sheet):
    if path.endswith(".xlsx"):
        wb = load_workbook(path)
        ws = wb[sheet] if sheet else wb.worksheets[0]
        return [[c for c in row] for row in ws.iter_rows(values_only=True)]
    raw = open(path, "rb").read()
    if raw.startswith(b"\xff\xfe"):
        text, delim = raw[2:].decode("utf-16-le"), "\t"
    elif raw.startswith(b"\xef\xbb\xbf"):
        text, delim = raw[3:].decode("utf-8"), ","
    else:
        text, delim = raw.decode("cp1252"), ","
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))

def empty(row):
    return all(c is None or str(c).strip() == "" for c in row)

ok = True
for keyf in sorted(glob.glob(os.path.join(HERE, "*.expected.json"))):
    key = json.load(open(keyf, encoding="utf-8"))
    path = os.path.join(HERE, key["file"])
    rows = read_rows(path, key.get("sheet"))
    last = max(i + 1 for i, r in enumerate(rows) if not empty(r))
    hdr = key["header_row"]
    want = {str(n) for n in range(hdr + 1, last + 1)}
    have = set(key["rows"])
    errs = []
    if want != have:
        errs.append(f"missing {sorted(want - have, key=int)} extra {sorted(have - want, key=int)}")
    good = badn = 0
    for n, e in key["rows"].items():
        row = rows[int(n) - 1] if int(n) <= len(rows) else []
        if e.get("good") is True:
            good += 1
            x = e["expected"]
            need = INN if key["kind"] == "innovations" else STAFF
            miss = [f for f in need if f not in x]
            if miss:
                errs.append(f"row {n} missing {miss}")
            if empty(row):
                errs.append(f"row {n} good but empty")
            if key["kind"] == "innovations":
                if x.get("stage") not in STAGES:
                    errs.append(f"row {n} bad stage {x.get('stage')}")
                if x.get("lead") is not None and set(x["lead"]) != {"name", "email"}:
                    errs.append(f"row {n} lead shape")
                if "started" in x and not DATE.match(x["started"]):
                    errs.append(f"row {n} started format")
                if x.get("ref") is not None and not isinstance(x["ref"], str):
                    errs.append(f"row {n} ref not string")
                if x["title"] not in [str(c).strip() for c in row if c is not None]:
                    errs.append(f"row {n} title not found in row")
            else:
                if not isinstance(x.get("expertise"), list):
                    errs.append(f"row {n} expertise not list")
                if x["name"] != f'{x["given_name"]} {x["family_name"]}':
                    errs.append(f"row {n} name != given family")
                if "left_on" in x and not DATE.match(x["left_on"]):
                    errs.append(f"row {n} left_on format")
        elif e.get("good") is False:
            badn += 1
            r = e.get("reason", "")
            if not r:
                errs.append(f"row {n} no reason")
            if empty(row) and not r.startswith("blank"):
                errs.append(f"row {n} empty row reason should start with blank")
            if r.startswith("blank") and not empty(row):
                errs.append(f"row {n} marked blank but has content")
            m = re.match(r"duplicate of row (\d+)", r)
            if m and key["rows"].get(m.group(1), {}).get("good") is not True:
                errs.append(f"row {n} duplicate target {m.group(1)} not good")
        else:
            errs.append(f"row {n} good flag missing")
    status = "OK" if not errs else "FAIL"
    ok &= not errs
    print(f"{status} {key['file']}: {len(rows)} physical rows, header {hdr}, good {good}, bad {badn}")
    for er in errs:
        print("   ", er)
sys.exit(0 if ok else 1)
