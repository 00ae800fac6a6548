#!/usr/bin/env python3
"""Checks every data row below the header has exactly one key entry with the required fields."""
import csv, glob, io, json, os, re, sys
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
INN = ["title", "summary", "department", "lead", "stage", "status_text", "ref", "savings_gbp"]
STAFF = ["name", "given_name", "family_name", "email", "job_title", "department", "expertise", "willing_to_text"]
STAGES = {"idea", "planning", "testing", "implemented", "evaluated", "embedded", "spreading", "paused", "stopped"}


def rows_of(path, key):
    """Return {row_number: list_of_cells} for every row in the file."""
    out = {}
    if path.endswith(".xlsx"):
        wb = openpyxl.load_workbook(path)
        ws = wb[key["sheet"]] if "sheet" in key else wb.worksheets[0]
        if "sheet" not in key and len(wb.worksheets) > 1:
            raise SystemExit(f"{path}: several sheets but key has no 'sheet'")
        for r in ws.iter_rows():
            out[r[0].row] = [c.value for c in r]
        return out
    raw = open(path, "rb").read()
    if raw.startswith(b"\xff\xfe"):
        text, delim = raw[2:].decode("utf-16-le"), "\t"
    elif raw.startswith(b"\xef\xbb\xbf"):
        text, delim = raw[3:].decode("utf-8"), ","
    else:
        text, delim = raw.decode("cp1252"), ","
    for i, rec in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delim), 1):
        out[i] = rec
    return out


def nonempty(cells):
    return any(c not in (None, "") and str(c).strip() != "" for c in cells)


def main():
    ok = True
    keys = sorted(glob.glob(os.path.join(HERE, "*.expected.json")))
    for kp in keys:
        key = json.load(open(kp, encoding="utf-8"))
        fp = os.path.join(HERE, key["file"])
        errs = []
        rows = rows_of(fp, key)
        hr = key["header_row"]
        last = max(r for r, c in rows.items() if nonempty(c))
        want = set(range(hr + 1, last + 1))
        have = {int(k) for k in key["rows"]}
        if want - have:
            errs.append(f"rows without key: {sorted(want - have)}")
        if have - want:
            errs.append(f"key rows outside data: {sorted(have - want)}")
        need = INN if key["kind"] == "innovations" else STAFF
        good = badn = 0
        for rn, ent in key["rows"].items():
            if ent.get("good"):
                good += 1
                e = ent.get("expected", {})
                miss = [f for f in need if f not in e]
                if miss:
                    errs.append(f"row {rn}: missing {miss}")
                if key["kind"] == "innovations":
                    if e.get("stage") not in STAGES:
                        errs.append(f"row {rn}: bad stage {e.get('stage')}")
                    if "started" in e and not re.fullmatch(r"\d{4}-\d\d-\d\d", e["started"]):
                        errs.append(f"row {rn}: bad started")
                    if e.get("lead") is not None and set(e["lead"]) != {"name", "email"}:
                        errs.append(f"row {rn}: bad lead")
                else:
                    if not isinstance(e.get("expertise"), list):
                        errs.append(f"row {rn}: expertise not list")
                    if ("left_on" in e or "employment_status" in e) and e.get("employment_status") != "left":
                        errs.append(f"row {rn}: left_on without employment_status")
                if int(rn) in rows and not nonempty(rows[int(rn)]):
                    errs.append(f"row {rn}: marked good but blank")
            else:
                badn += 1
                reason = ent.get("reason", "")
                if not reason:
                    errs.append(f"row {rn}: bad without reason")
                r = int(rn)
                if r in rows and not nonempty(rows[r]) and not reason.startswith("blank"):
                    errs.append(f"row {rn}: blank row reason must start with 'blank'")
                m = re.match(r"duplicate of row (\d+)", reason)
                if m and not key["rows"].get(m.group(1), {}).get("good"):
                    errs.append(f"row {rn}: duplicate target {m.group(1)} not good")
        status = "OK" if not errs else "FAIL"
        print(f"{status} {key['file']}: header row {hr}, {good} good / {badn} bad")
        for e in errs:
            print("   ", e)
        ok = ok and not errs
    print("ALL OK" if ok else "PROBLEMS FOUND")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
