#!/usr/bin/env python3
"""Regenerate every file of the import-heldout7 corpus and its answer key.

All rows are held literally below.  Each file is a list of row entries:
    R(cells, key, label=None)
where `key` is either an expected-record dict (good row) or BAD("reason") /
DUP("label") for rows a person would not want in the knowledge base.
Row numbers in the keys are computed from the layout (Excel numbering).
"""
import codecs
import csv
import io
import json
import os
import sys
from datetime import datetime, date

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- helpers
class BAD:
    def __init__(self, reason):
        self.reason = reason


class DUP:
    def __init__(self, label):
        self.label = label


def R(cells, key, label=None):
    return {"c": cells, "k": key, "id": label}


def I(title, summary, department, lead, email, stage, status_text, started,
      ref, savings):
    """Innovation expected record."""
    e = {
        "title": title,
        "summary": summary,
        "department": department,
        "lead": None if lead is None else {"name": lead, "email": email},
        "stage": stage,
        "status_text": status_text,
        "ref": ref,
        "savings_gbp": savings,
    }
    if started is not None:
        e["started"] = started
    return e


def S(name, given, family, email, job, dept, expertise, willing,
      left=False, left_on=None):
    """Staff expected record."""
    e = {
        "name": name, "given_name": given, "family_name": family,
        "email": email, "job_title": job, "department": dept,
        "expertise": expertise, "willing_to_text": willing,
    }
    if left:
        e["employment_status"] = "left"
        if left_on:
            e["left_on"] = left_on
    return e


def build_key(fname, kind, header_row, first_row, rows, sheet=None):
    """rows: list of R entries, numbered from first_row."""
    labels = {}
    for i, r in enumerate(rows):
        if r["id"]:
            labels[r["id"]] = first_row + i
    out = {}
    for i, r in enumerate(rows):
        n = first_row + i
        k = r["k"]
        if isinstance(k, BAD):
            out[str(n)] = {"good": False, "reason": k.reason}
        elif isinstance(k, DUP):
            out[str(n)] = {"good": False,
                           "reason": "duplicate of row %d" % labels[k.label]}
        else:
            out[str(n)] = {"good": True, "expected": k}
    key = {"file": fname, "kind": kind, "header_row": header_row}
    if sheet:
        key["sheet"] = sheet
    key["rows"] = out
    with open(os.path.join(OUT, fname + ".expected.json"), "w",
              encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    return key


def write_delimited(path, header, rows, encoding, delimiter=",",
                    pre_rows=()):
    """Write CSV/TXT as Excel would: CRLF line ends, minimal quoting,
    line breaks inside cells kept inside a quoted cell."""
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n",
                   quoting=csv.QUOTE_MINIMAL)
    ncol = len(header)
    for p in pre_rows:
        w.writerow(list(p) + [""] * (ncol - len(p)))
    w.writerow(header)
    for r in rows:
        cells = ["" if c is None else c for c in r["c"]]
        cells = cells + [""] * (ncol - len(cells))
        w.writerow(cells)
    text = buf.getvalue()
    if encoding == "utf-8-sig":
        data = codecs.BOM_UTF8 + text.encode("utf-8")
    elif encoding == "utf-16":
        data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    else:
        data = text.encode(encoding)
    with open(path, "wb") as f:
        f.write(data)


def dt(y, m, d, hh=0, mm=0):
    return datetime(y, m, d, hh, mm)


BOLD = Font(bold=True)
GREY = PatternFill("solid", fgColor="D9D9D9")
TITLE = Font(bold=True, size=14)


# ====================================================================
# FILE 1 - Severn & Marches Ambulance Service NHS Trust (RZ4)
#          EOC 999 / 111 clinical hub improvement ideas
#          Microsoft Planner export (.xlsx), hand-edited afterwards
# ====================================================================
F1 = "smas-eoc-111-improvement-plan.xlsx"
F1_HEADER = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority",
             "Assigned To", "Created By", "Created Date", "Start date",
             "Due date", "Late", "Completed Date", "Labels", "Description"]


def f1_rows():
    D = "smas.nhs.uk"
    return [
        R(["Yx1tqK0a2Um0lF2bQd9K3mUAJk8p", "Mental health nurse in EOC", "Live",
           "In progress", "Important", "Hannah Pryce;Dev Ramesh",
           "Hannah Pryce", dt(2023, 1, 9), dt(2023, 2, 1), None, "false", None,
           "EOC 999",
           "Band 6 MH nurse sits in the control room 14:00–00:00 to advise "
           "crews and take mental health calls off the stack. Funded by "
           "ICB until March 25."],
          I("Mental health nurse in EOC",
            "Band 6 MH nurse sits in the control room 14:00–00:00 to advise "
            "crews and take mental health calls off the stack. Funded by "
            "ICB until March 25.",
            "EOC 999", "Hannah Pryce", None, "implemented", "Live",
            "2023-02-01", "Yx1tqK0a2Um0lF2bQd9K3mUAJk8p", None)),
        R(["c7PpN2wqzE6Qe1rJ0xvTgGUAHb3L", "Frequent caller case management",
           "Evaluated - write up done", "Completed", "Medium", "Ruth Adeyemi",
           "Ruth Adeyemi", dt(2022, 3, 14), dt(2022, 4, 4), dt(2023, 3, 31),
           "false", dt(2023, 9, 20), "111 CAS",
           "Named clinician for the top 50 frequent callers, personalised "
           "care plans shared with GPs. Evaluation showed 38% fewer calls "
           "over 6 months – report went to Q&S Committee Sept 23."],
          I("Frequent caller case management",
            "Named clinician for the top 50 frequent callers, personalised "
            "care plans shared with GPs. Evaluation showed 38% fewer calls "
            "over 6 months – report went to Q&S Committee Sept 23.",
            "111 CAS", "Ruth Adeyemi", None, "evaluated",
            "Evaluated - write up done", "2022-04-04",
            "c7PpN2wqzE6Qe1rJ0xvTgGUAHb3L", None), "freq"),
        R(["Hk02LmQw9aS3nB7cZ5yUdGUAM4tx",
           "Hear & treat clinical validation of Cat 3/4 calls",
           "Shared with other trusts", "In progress", "Urgent",
           "Marcus Lindqvist;Ruth Adeyemi", "Marcus Lindqvist",
           dt(2021, 6, 2), dt(2021, 7, 5), None, "false", None, "EOC 999",
           "Paramedics/nurses in the clinical validation cell ring back "
           "Cat 3 and 4 calls before a crew is sent. Started in the north "
           "EOC, now copied by the south EOC and two other ambulance trusts "
           "via the national AACE group."],
          I("Hear & treat clinical validation of Cat 3/4 calls",
            "Paramedics/nurses in the clinical validation cell ring back "
            "Cat 3 and 4 calls before a crew is sent. Started in the north "
            "EOC, now copied by the south EOC and two other ambulance trusts "
            "via the national AACE group.",
            "EOC 999", "Marcus Lindqvist", None, "spreading",
            "Shared with other trusts", "2021-07-05",
            "Hk02LmQw9aS3nB7cZ5yUdGUAM4tx", None), "hat"),
        R(["p4QeR8sT1uV0wX2yZ3aB6cGUAD9f", "Frailty car pilot", "Trial / PDSA",
           "In progress", "Important", "Kerry-Ann Bisset;Tom Okafor",
           "Kerry-Ann Bisset", dt(2024, 1, 22), dt(2024, 3, 4),
           dt(2024, 12, 20), "false", None, "Operations - South",
           "Paramedic + OT in a car responding to falls in over-75s, "
           "Tues–Thurs 08:00–20:00 only. PDSA cycle 2 – adding a direct "
           "line to the community falls team."],
          I("Frailty car pilot",
            "Paramedic + OT in a car responding to falls in over-75s, "
            "Tues–Thurs 08:00–20:00 only. PDSA cycle 2 – adding a direct "
            "line to the community falls team.",
            "Operations - South", "Kerry-Ann Bisset", None, "testing",
            "Trial / PDSA", "2024-03-04", "p4QeR8sT1uV0wX2yZ3aB6cGUAD9f",
            None)),
        R(["Zr6tY1uI0oP9aS8dF7gH5jGUAK2l", "Stroke pre-alert app",
           "Scoping & approvals", "Not started", "Medium", "Dev Ramesh",
           "Dev Ramesh", dt(2024, 5, 13), None, dt(2025, 3, 31), "false",
           None, "Digital",
           "Send FAST+ score, time of onset and a photo of meds to the HASU "
           "before arrival. Waiting on IG / DPIA sign-off and a quote from "
           "the supplier."],
          I("Stroke pre-alert app",
            "Send FAST+ score, time of onset and a photo of meds to the HASU "
            "before arrival. Waiting on IG / DPIA sign-off and a quote from "
            "the supplier.",
            "Digital", "Dev Ramesh", None, "planning", "Scoping & approvals",
            None, "Zr6tY1uI0oP9aS8dF7gH5jGUAK2l", None)),
        R(["Mn3bV5cX7zL9kJ1hG2fD4sGUAQ8w", "Cat 2 segmentation",
           "Ideas / suggestions", "Not started", "Low", None,
           "Marcus Lindqvist", dt(2024, 7, 1), None, None, "false", None,
           None, None],
          I("Cat 2 segmentation", None, None, None, None, "idea",
            "Ideas / suggestions", None, "Mn3bV5cX7zL9kJ1hG2fD4sGUAQ8w",
            None)),
        R(["Qa1sW2dE3rF4tG5yH6uJ7iGUAO0p", "test task pls ignore",
           "Ideas / suggestions", "Not started", "Low", "Jo Pennington",
           "Jo Pennington", dt(2024, 7, 2), None, None, "false", None, None,
           "testing the export"],
          BAD("test row")),
        R(["Lk8jH7gF6dS5aP4oI3uY2tGUAR1e",
           "Video triage for 111 call-backs (GoodSAM)", "BAU", "Completed",
           "Medium", "Priya Nandakumar", "Priya Nandakumar", dt(2021, 10, 4),
           dt(2021, 11, 15), None, "false", dt(2022, 6, 30), "111 CAS",
           "Clinicians can send a video link by SMS so they can see the "
           "patient (rashes, breathing, wounds). Now standard for all "
           "call-backs on the clinical hub."],
          I("Video triage for 111 call-backs (GoodSAM)",
            "Clinicians can send a video link by SMS so they can see the "
            "patient (rashes, breathing, wounds). Now standard for all "
            "call-backs on the clinical hub.",
            "111 CAS", "Priya Nandakumar", None, "embedded", "BAU",
            "2021-11-15", "Lk8jH7gF6dS5aP4oI3uY2tGUAR1e", None)),
        R(["Ws9eD8rF7tG6yH5uJ4iK3oGUAL2z",
           "Welfare check-ins for call handlers after distressing calls",
           "Live", "In progress", "Important",
           "Sam Oduya;Kerry-Ann Bisset;Hannah Pryce", "Sam Oduya",
           dt(2023, 8, 7), dt(2023, 9, 1), None, "false", None, "EOC 999",
           "TRiM-trained team leader checks in with the call handler within "
           "an hour of a cardiac arrest / child death call."],
          I("Welfare check-ins for call handlers after distressing calls",
            "TRiM-trained team leader checks in with the call handler within "
            "an hour of a cardiac arrest / child death call.",
            "EOC 999", "Sam Oduya", None, "implemented", "Live",
            "2023-09-01", "Ws9eD8rF7tG6yH5uJ4iK3oGUAL2z", None)),
        R(["Ex4rT5yU6iO7pA8sD9fG0hGUAJ3k",
           "Lift assist by community first responders", "Parked",
           "Not started", "Low", "Tom Okafor", "Tom Okafor", dt(2023, 2, 6),
           dt(2023, 4, 3), None, "true", None, "Community Resilience",
           "CFRs trained with Mangar ELKs to lift uninjured fallers. On hold "
           "– no CFR training capacity this year, revisit 2025."],
          I("Lift assist by community first responders",
            "CFRs trained with Mangar ELKs to lift uninjured fallers. On hold "
            "– no CFR training capacity this year, revisit 2025.",
            "Community Resilience", "Tom Okafor", None, "paused", "Parked",
            "2023-04-03", "Ex4rT5yU6iO7pA8sD9fG0hGUAJ3k", None)),
        R(["Tg5hY6uJ7kI8oL9pM0nB1vGUAC2x",
           "Hear & treat clinical validation of Cat 3/4 calls", "Live",
           "In progress", "Urgent", "Marcus Lindqvist", "Dev Ramesh",
           dt(2022, 11, 28), dt(2021, 7, 5), None, "false", None, "EOC 999",
           "Paramedics/nurses in the clinical validation cell ring back "
           "Cat 3 and 4 calls before a crew is sent."],
          DUP("hat")),
        R(["Bn6mJ7kL8pO9iU0yT1rE2wGUAZ3q",
           "Falls pick-up kit on rapid response vehicles", "Binned",
           "Completed", "Low", "Gareth Pugh", "Gareth Pugh", dt(2022, 8, 15),
           dt(2022, 9, 1), None, "false", dt(2022, 12, 9), "Fleet",
           "Declined at capital panel – lifting kit already carried on "
           "every DCA."],
          I("Falls pick-up kit on rapid response vehicles",
            "Declined at capital panel – lifting kit already carried on "
            "every DCA.",
            "Fleet", "Gareth Pugh", None, "stopped", "Binned", "2022-09-01",
            "Bn6mJ7kL8pO9iU0yT1rE2wGUAZ3q", None)),
        R(["Vc7bN8mM9kJ0hG1fD2sA3qGUAW4e", "Dental pain pathway in 111",
           "Trial / PDSA", "In progress", "Medium", "Oluwaseun Balogun",
           "Oluwaseun Balogun", dt(2024, 2, 19), dt(2024, 4, 8), None,
           "false", None, "111 CAS",
           "Dental nurse on the hub on Saturdays to book callers straight "
           "into urgent dental slots instead of ED. Testing for 12 weekends."],
          I("Dental pain pathway in 111",
            "Dental nurse on the hub on Saturdays to book callers straight "
            "into urgent dental slots instead of ED. Testing for 12 weekends.",
            "111 CAS", "Oluwaseun Balogun", None, "testing", "Trial / PDSA",
            "2024-04-08", "Vc7bN8mM9kJ0hG1fD2sA3qGUAW4e", None)),
        R(["Ui8oP9lK0jH1gF2dS3aZ4xGUAV5c",
           "Hospital handover ‘fit to sit’ cohorting",
           "Evaluated - write up done", "Completed", "Important",
           "Claire Muñoz;Tom Okafor", "Claire Muñoz", dt(2022, 12, 5),
           dt(2023, 1, 9), dt(2023, 6, 30), "false", dt(2023, 10, 2),
           "Operations - North",
           "Patients who are fit to sit are handed over to a cohort area at "
           "Wrekin General so crews can clear. Evaluation: median handover "
           "down from 64 to 31 min."],
          I("Hospital handover ‘fit to sit’ cohorting",
            "Patients who are fit to sit are handed over to a cohort area at "
            "Wrekin General so crews can clear. Evaluation: median handover "
            "down from 64 to 31 min.",
            "Operations - North", "Claire Muñoz", None, "evaluated",
            "Evaluated - write up done", "2023-01-09",
            "Ui8oP9lK0jH1gF2dS3aZ4xGUAV5c", None)),
        R([None] * 14, BAD("blank row")),
        R(["Rows below added by hand after export (not in Planner yet) – JP "
           "21/10/24"] + [None] * 13,
          BAD("notes row")),
        R([None, "Palliative care ‘just in case’ medicines pathway", "Live",
           "In progress", None, "Claire Muñoz", "Jo Pennington", None,
           dt(2024, 5, 1), None, None, None, "111 CAS",
           "111 clinicians can see JIC meds on the EPaCCS record and direct "
           "district nurses instead of sending a crew."],
          I("Palliative care ‘just in case’ medicines pathway",
            "111 clinicians can see JIC meds on the EPaCCS record and direct "
            "district nurses instead of sending a crew.",
            "111 CAS", "Claire Muñoz", None, "implemented", "Live",
            "2024-05-01", None, None)),
        R([None, "Sepsis screening prompt in 111 call-backs",
           "Ideas / suggestions", "Not started", None, "Dev Ramesh",
           "Jo Pennington", None, None, None, None, None, "111 CAS",
           "Suggested at clinical hub huddle – add NEWS2-style prompt to "
           "the call-back template."],
          I("Sepsis screening prompt in 111 call-backs",
            "Suggested at clinical hub huddle – add NEWS2-style prompt to "
            "the call-back template.",
            "111 CAS", "Dev Ramesh", None, "idea", "Ideas / suggestions",
            None, None, None)),
        R([None, "Automated welfare call-backs for long waits",
           "Scoping & approvals", "In progress", None,
           "Sam Oduya;Priya Nandakumar", "Jo Pennington", None,
           dt(2024, 9, 2), None, None, None, "EOC 999",
           "Bid submitted to SMAS Charity for £18k for an auto-dialler that "
           "rings patients waiting over 2 hrs."],
          I("Automated welfare call-backs for long waits",
            "Bid submitted to SMAS Charity for £18k for an auto-dialler that "
            "rings patients waiting over 2 hrs.",
            "EOC 999", "Sam Oduya", None, "planning", "Scoping & approvals",
            "2024-09-02", None, None)),
        R([None, "Falls heat map to target CFR lift teams", "BAU",
           "Completed", None, "Gareth Pugh", "Jo Pennington", None,
           dt(2022, 1, 10), None, None, None, "Community Resilience",
           "Monthly Power BI map of falls calls; used by the CFR "
           "coordinators to decide where to put lift teams. Part of the "
           "monthly CFR report now."],
          I("Falls heat map to target CFR lift teams",
            "Monthly Power BI map of falls calls; used by the CFR "
            "coordinators to decide where to put lift teams. Part of the "
            "monthly CFR report now.",
            "Community Resilience", "Gareth Pugh", None, "embedded", "BAU",
            "2022-01-10", None, None)),
        R([None] * 14, BAD("blank row")),
        R([None, "Total tasks", "=COUNTA(B6:B25)-2"] + [None] * 11,
          BAD("total row")),
    ]


def make_f1():
    rows = f1_rows()
    wb = Workbook()
    ws = wb.active
    ws.title = "Tasks"
    ws["A1"], ws["B1"] = "Plan name", "EOC & 111 Clinical Hub – Improvement Ideas"
    ws["A2"], ws["B2"] = "Plan ID", "q8WcTn3e0k2Kx7yYz1lJ-WUABk9d"
    ws["A3"], ws["B3"] = "Date of export", "14/10/2024"
    for c in ("A1", "A2", "A3"):
        ws[c].font = BOLD
    hr = 5
    for j, h in enumerate(F1_HEADER, 1):
        cell = ws.cell(hr, j, h)
        cell.font = BOLD
        cell.fill = GREY
    first = hr + 1
    for i, r in enumerate(rows):
        for j, v in enumerate(r["c"], 1):
            if v is None:
                continue
            cell = ws.cell(first + i, j, v)
            if isinstance(v, datetime):
                cell.number_format = "dd/mm/yyyy"
            if j == 14:
                cell.alignment = Alignment(wrap_text=True)
    ws.freeze_panes = "C6"
    widths = [32, 48, 24, 12, 10, 36, 20, 13, 13, 13, 7, 15, 22, 70]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    # summary sheet someone added
    s = wb.create_sheet("Summary")
    s["A1"] = "Tasks by bucket"
    s["A1"].font = BOLD
    buckets = ["Ideas / suggestions", "Scoping & approvals", "Trial / PDSA",
               "Live", "Evaluated - write up done", "BAU",
               "Shared with other trusts", "Parked", "Binned"]
    for i, b in enumerate(buckets, 2):
        s.cell(i, 1, b)
        s.cell(i, 2, "=COUNTIF(Tasks!C:C,A%d)" % i)
    s.cell(len(buckets) + 2, 1, "Total").font = BOLD
    s.cell(len(buckets) + 2, 2, "=SUM(B2:B%d)" % (len(buckets) + 1))
    wb.save(os.path.join(OUT, F1))
    build_key(F1, "innovations", hr, first, rows, sheet="Tasks")


# ====================================================================
# FILE 2 - Wyvern Vale GP Federation (Y05417) - Outlook contacts export
#          of the federation / PCN workforce, "CSV UTF-8" (BOM)
# ====================================================================
F2 = "wyvern-vale-gpfed-contacts.csv"
F2_HEADER = ["Title", "First Name", "Middle Name", "Last Name", "Company",
             "Department", "Job Title", "Business Phone", "Mobile Phone",
             "E-mail Address", "E-mail Display Name", "Notes"]


def f2_rows():
    D = "@wyvernvalegp.nhs.uk"
    CO = "Wyvern Vale GP Federation"
    return [
        R(["Dr", "Aisha", "", "Rahman", CO, "Riverside PCN",
           "GP Partner / Clinical Director", "01905 771 204", "",
           "aisha.rahman" + D, "Rahman Aisha (WVGPF)",
           "Special interests: diabetes; menopause; minor surgery\n"
           "Happy to supervise GP registrars"],
          S("Aisha Rahman", "Aisha", "Rahman", "aisha.rahman" + D,
            "GP Partner / Clinical Director", "Riverside PCN",
            ["diabetes", "menopause", "minor surgery"],
            "Happy to supervise GP registrars"), "aisha"),
        R(["", "Tomasz", "", "Kowalczyk", CO, "Riverside PCN",
           "Clinical Pharmacist (ARRS)", "01905 771 233", "07700 900412",
           "tomasz.kowalczyk" + D, "Kowalczyk Tomasz (WVGPF)",
           "Polypharmacy reviews, care homes, deprescribing\nSpeaks Polish"],
          S("Tomasz Kowalczyk", "Tomasz", "Kowalczyk", "tomasz.kowalczyk" + D,
            "Clinical Pharmacist (ARRS)", "Riverside PCN",
            ["Polypharmacy reviews", "care homes", "deprescribing"], None)),
        R(["Ms", "Bethan", "", "Morgan", CO, "Hillside & Cross PCN",
           "First Contact Physiotherapist", "", "07700 900873",
           "bethan.morgan" + D, "Morgan Bethan (WVGPF)",
           "• MSK\n• Persistent pain\n• Running injuries\n"
           "Can offer in-house MSK training for receptionists (care "
           "navigation)"],
          S("Bethan Morgan", "Bethan", "Morgan", "bethan.morgan" + D,
            "First Contact Physiotherapist", "Hillside & Cross PCN",
            ["MSK", "Persistent pain", "Running injuries"],
            "Can offer in-house MSK training for receptionists (care "
            "navigation)")),
        R(["", "Grace", "", "Ofori", CO, "Riverside PCN",
           "Social Prescribing Link Worker", "01905 771 240", "",
           "grace.ofori" + D, "Ofori Grace (WVGPF)",
           "Loneliness and isolation; housing & debt advice; men’s mental "
           "health groups"],
          S("Grace Ofori", "Grace", "Ofori", "grace.ofori" + D,
            "Social Prescribing Link Worker", "Riverside PCN",
            ["Loneliness and isolation", "housing & debt advice",
             "men’s mental health groups"], None)),
        R(["Dr", "Jonathan", "", "Pike", CO, "Northgate PCN",
           "GP Retainer - LEFT 31/03/2024", "", "",
           "jonathan.pike" + D, "Pike Jonathan (WVGPF)",
           "Dermatology, dermoscopy"],
          S("Jonathan Pike", "Jonathan", "Pike", "jonathan.pike" + D,
            "GP Retainer", "Northgate PCN", ["Dermatology", "dermoscopy"],
            None, left=True, left_on="2024-03-31")),
        R(["", "Test", "", "User", CO, "IT", "Test account - do not use",
           "", "", "test.user" + D, "Test User", ""],
          BAD("test row")),
        R(["", "Siobhán", "", "Ní Bhriain", CO, "Hillside & Cross PCN",
           "Advanced Nurse Practitioner", "01905 880 112", "",
           "siobhan.nibhriain" + D, "Ní Bhriain Siobhán (WVGPF)",
           "Respiratory (asthma/COPD), spirometry interpretation and "
           "long-term conditions.\n"
           "Willing to run spirometry refreshers for practice nurses."],
          S("Siobhán Ní Bhriain", "Siobhán", "Ní Bhriain",
            "siobhan.nibhriain" + D, "Advanced Nurse Practitioner",
            "Hillside & Cross PCN",
            ["Respiratory (asthma/COPD)", "spirometry interpretation",
             "long-term conditions"],
            "Willing to run spirometry refreshers for practice nurses.")),
        R(["", "VACANT", "", "Mental Health Practitioner (ARRS)", CO,
           "Northgate PCN", "Mental Health Practitioner - vacant, out to "
           "advert", "", "", "", "", "Interviews w/c 18 Nov"],
          BAD("vacant post")),
        R(["Mrs", "Karen", "", "Whitlock", "Northgate Surgery",
           "Northgate PCN", "Practice Manager", "01905 662 300", "",
           "karen.whitlock" + D, "Whitlock Karen (Northgate Surgery)", ""],
          S("Karen Whitlock", "Karen", "Whitlock", "karen.whitlock" + D,
            "Practice Manager", "Northgate PCN", [], None)),
        R(["Dr", "Rajesh", "", "Menon", CO, "Hillside & Cross PCN",
           "GPwER Cardiology", "01905 880 100", "",
           "rajesh.menon" + D, "Menon Rajesh (WVGPF)",
           "Cardiology; ECG interpretation; lipid management\n"
           "Happy to be contacted re: AF detection project"],
          S("Rajesh Menon", "Rajesh", "Menon", "rajesh.menon" + D,
            "GPwER Cardiology", "Hillside & Cross PCN",
            ["Cardiology", "ECG interpretation", "lipid management"],
            "Happy to be contacted re: AF detection project")),
        R(["Dr", "Aisha", "", "Rahman", CO, "Riverside PCN",
           "GP Partner / Clinical Director", "", "07700 900155",
           "aisha.rahman" + D, "Dr Aisha Rahman (mobile)", ""],
          DUP("aisha")),
        R(["", "Hollie", "", "Baines", CO, "Northgate PCN",
           "Health & Wellbeing Coach", "", "07700 900990",
           "hollie.baines" + D, "Baines Hollie (WVGPF)",
           "Weight management, pre-diabetes / NDPP, behaviour change"],
          S("Hollie Baines", "Hollie", "Baines", "hollie.baines" + D,
            "Health & Wellbeing Coach", "Northgate PCN",
            ["Weight management", "pre-diabetes / NDPP", "behaviour change"],
            None)),
        R(["", "Mark", "", "Ellison", CO, "Riverside PCN",
           "Paramedic Practitioner (left Aug 23)", "", "",
           "mark.ellison" + D, "Ellison Mark (WVGPF)",
           "Home visits, frailty"],
          S("Mark Ellison", "Mark", "Ellison", "mark.ellison" + D,
            "Paramedic Practitioner", "Riverside PCN",
            ["Home visits", "frailty"], None, left=True,
            left_on="2023-08-01")),
        R(["", "Precious", "", "Mhlanga", "Riverside Medical Centre",
           "Riverside PCN", "Practice Nurse", "01905 771 250", "",
           "precious.mhlanga" + D, "Mhlanga Precious (Riverside MC)",
           "Cervical screening sample taker & trainer; travel health; "
           "childhood immunisations"],
          S("Precious Mhlanga", "Precious", "Mhlanga", "precious.mhlanga" + D,
            "Practice Nurse", "Riverside PCN",
            ["Cervical screening sample taker & trainer", "travel health",
             "childhood immunisations"], None)),
        R(["Dr", "Eleanor", "", "Fairbrother", "Hillside Surgery",
           "Hillside & Cross PCN", "GP Partner (on mat leave until Jan 25)",
           "01905 880 130", "", "eleanor.fairbrother" + D,
           "Fairbrother Eleanor (Hillside Surgery)",
           "Women’s health, contraception (coil & implant fitting)"],
          S("Eleanor Fairbrother", "Eleanor", "Fairbrother",
            "eleanor.fairbrother" + D,
            "GP Partner (on mat leave until Jan 25)", "Hillside & Cross PCN",
            ["Women’s health", "contraception (coil & implant fitting)"],
            None)),
        R([""] * 12, BAD("blank row")),
        R(["", "Liam", "", "O'Connell", CO, "Federation Central Team",
           "Digital & Transformation Lead", "01905 770 010", "",
           "liam.oconnell" + D, "O'Connell Liam (WVGPF)",
           "EMIS searches and reporting, Ardens templates, AccuRx\n"
           "happy to help practices build searches"],
          S("Liam O'Connell", "Liam", "O'Connell", "liam.oconnell" + D,
            "Digital & Transformation Lead", "Federation Central Team",
            ["EMIS searches and reporting", "Ardens templates", "AccuRx"],
            "happy to help practices build searches")),
        R(["", "Nadia", "", "Haddad", CO, "Hillside & Cross PCN",
           "Care Co-ordinator", "01905 880 145", "",
           "nadia.haddad" + D, "Haddad Nadia (WVGPF)",
           "Care homes MDT co-ordination\nSpeaks Arabic and French"],
          S("Nadia Haddad", "Nadia", "Haddad", "nadia.haddad" + D,
            "Care Co-ordinator", "Hillside & Cross PCN",
            ["Care homes MDT co-ordination"], None)),
        R(["Dr", "Chidi", "", "Okonkwo", CO, "Northgate PCN",
           "GP Trainer", "01905 662 310", "", "", "",
           "Medical education, appraisal\n"
           "Willing to mentor new-to-practice GPs (fellowship scheme)"],
          S("Chidi Okonkwo", "Chidi", "Okonkwo", None, "GP Trainer",
            "Northgate PCN", ["Medical education", "appraisal"],
            "Willing to mentor new-to-practice GPs (fellowship scheme)")),
        R(["", "Samira", "", "Patel", CO, "Riverside PCN",
           "Pharmacy Technician", "01905 771 236", "",
           "samira.patel" + D, "Patel Samira (WVGPF)",
           "Medicines reconciliation; repeat prescribing"],
          S("Samira Patel", "Samira", "Patel", "samira.patel" + D,
            "Pharmacy Technician", "Riverside PCN",
            ["Medicines reconciliation", "repeat prescribing"], None)),
        R(["", "Gareth", "", "Lloyd-Hughes", CO, "Federation Central Team",
           "Finance & Estates Manager", "01905 770 020", "",
           "gareth.lloyd-hughes" + D, "Lloyd-Hughes Gareth (WVGPF)", ""],
          S("Gareth Lloyd-Hughes", "Gareth", "Lloyd-Hughes",
            "gareth.lloyd-hughes" + D, "Finance & Estates Manager",
            "Federation Central Team", [], None)),
        R(["", "** Contacts below copied from old Northgate PCN list – "
           "check before using **", "", "", "", "", "", "", "", "", "", ""],
          BAD("notes row")),
        R(["", "Yvonne", "", "Ashworth", "Northgate PCN", "Northgate PCN",
           "Dietitian (PCN)", "", "", "y.ashworth" + D, "",
           "Nutrition in frailty, tube feeding in care homes, food first "
           "approach"],
          S("Yvonne Ashworth", "Yvonne", "Ashworth", "y.ashworth" + D,
            "Dietitian (PCN)", "Northgate PCN",
            ["Nutrition in frailty", "tube feeding in care homes",
             "food first approach"], None)),
        R(["", "Declan", "", "Murray", "Northgate PCN", "Northgate PCN",
           "Physician Associate", "", "", "", "",
           "Minor illness; paediatric fever; can offer teaching on "
           "sepsis red flags"],
          S("Declan Murray", "Declan", "Murray", None, "Physician Associate",
            "Northgate PCN", ["Minor illness", "paediatric fever"],
            "can offer teaching on sepsis red flags")),
        R(["", "Fiona", "", "Strachan", "Northgate PCN", "Northgate PCN",
           "Mental Health Practitioner (left)", "", "", "", "",
           "Anxiety & depression (IAPT step 2), perinatal mental health"],
          S("Fiona Strachan", "Fiona", "Strachan", None,
            "Mental Health Practitioner", "Northgate PCN",
            ["Anxiety & depression (IAPT step 2)",
             "perinatal mental health"], None, left=True)),
    ]


def make_f2():
    rows = f2_rows()
    write_delimited(os.path.join(OUT, F2), F2_HEADER, rows, "utf-8-sig")
    build_key(F2, "staff", 1, 2, rows)


# ====================================================================
# FILE 3 - NHS Sedgemoor and Avon Vale Integrated Care Board (QX7)
#          Transformation portfolio: SharePoint list exported, opened in
#          Excel, title row added, saved as plain "CSV" (cp1252, CRLF)
# ====================================================================
F3 = "savicb-transformation-portfolio.csv"
F3_HEADER = ["ID", "Title", "Workstream", "What is it?",
             "SRO / Project lead", "Lead email", "Where we’re at", "RAG",
             "Go-live / start", "Est. recurrent saving (£)", "Created",
             "Created By", "Modified", "Modified By"]
F3_TITLE = ["Transformation Portfolio – live tracker (exported from "
            "SharePoint 04/11/2024 – do NOT edit here, edit the list)"]


def f3_rows():
    D = "@savicb.nhs.uk"
    return [
        R(["4", "Virtual ward – frailty", "Urgent & Emergency Care",
           "Step-up virtual ward for frail older people, consultant-led with "
           "community teams; 40 ‘beds’ across two places.", "Dr Helen Marsh",
           "helen.marsh1" + D, "Live – 38/40 beds open", "Green",
           "01/04/2022", "£1.2m", "12/01/2022 10:14", "Marsh, Helen",
           "28/10/2024 16:02", "Kowalski, Anna"],
          I("Virtual ward – frailty",
            "Step-up virtual ward for frail older people, consultant-led with "
            "community teams; 40 ‘beds’ across two places.",
            "Urgent & Emergency Care", "Helen Marsh", "helen.marsh1" + D,
            "implemented", "Live – 38/40 beds open", "2022-04-01", "4",
            1200000)),
        R(["7", "Single point of access for community services", "Community",
           "One phone number and referral form for district nursing, "
           "therapies and intermediate care.", "Whitcombe, Paul", "",
           "Started in West place, now rolled out to all 3 places", "Green",
           "Mar-23", "c. £250k", "02/02/2023 09:40", "Whitcombe, Paul",
           "15/10/2024 11:11", "Whitcombe, Paul"],
          I("Single point of access for community services",
            "One phone number and referral form for district nursing, "
            "therapies and intermediate care.", "Community", "Paul Whitcombe",
            None, "spreading",
            "Started in West place, now rolled out to all 3 places",
            "2023-03-01", "7", 250000), "spa"),
        R(["9", "Pharmacy First uptake campaign", "Primary Care",
           "Comms + practice champions to push minor illness referrals to "
           "community pharmacy.", "Amara Osei (Band 8a Pharm)",
           "amara.osei" + D, "BAU now", "Green", "2023", "n/a",
           "20/03/2023 14:25", "Osei, Amara", "01/08/2024 09:03",
           "Osei, Amara"],
          I("Pharmacy First uptake campaign",
            "Comms + practice champions to push minor illness referrals to "
            "community pharmacy.", "Primary Care", "Amara Osei",
            "amara.osei" + D, "embedded", "BAU now", "2023-01-01", "9",
            None)),
        R(["12", "Digital weight management referral", "Prevention",
           "", "Lucy Tran lucy.tran" + D, "",
           "Idea – to go to January Board", "", "", "TBC",
           "07/08/2023 12:00", "Tran, Lucy", "07/08/2023 12:00", "Tran, Lucy"],
          I("Digital weight management referral", None, "Prevention",
            "Lucy Tran", "lucy.tran" + D, "idea",
            "Idea – to go to January Board", None, "12", None)),
        R(["13", "Care home remote monitoring (Whzan)", "Community",
           "Blue-box obs kits in care homes so staff can send NEWS2 to the "
           "GP / virtual ward.", "Nick Barraclough / Faye Simmons",
           "n.barraclough" + D, "PDSA cycle 3 – 6 homes", "Amber",
           "Spring 2022", "£500 a month", "11/03/2022 08:55",
           "Barraclough, Nick", "30/09/2024 15:47", "Simmons, Faye"],
          I("Care home remote monitoring (Whzan)",
            "Blue-box obs kits in care homes so staff can send NEWS2 to the "
            "GP / virtual ward.", "Community", "Nick Barraclough",
            "n.barraclough" + D, "testing", "PDSA cycle 3 – 6 homes",
            "2022-03-01", "13", 6000)),
        R([""] * 14, BAD("blank row")),
        R(["15", "Anticipatory care for high-risk cohorts", "Population Health",
           "Risk-stratified lists (eFI + admissions) given to PCNs for "
           "proactive MDT review.", "Prof. Daniel Achterberg",
           "daniel.achterberg" + D,
           "Evaluation complete – report at Sept SQC", "Green",
           "03/10/2021", "£85,000", "29/09/2021 17:30", "Achterberg, Daniel",
           "19/09/2024 10:20", "Kowalski, Anna"],
          I("Anticipatory care for high-risk cohorts",
            "Risk-stratified lists (eFI + admissions) given to PCNs for "
            "proactive MDT review.", "Population Health", "Daniel Achterberg",
            "daniel.achterberg" + D, "evaluated",
            "Evaluation complete – report at Sept SQC", "2021-10-03", "15",
            85000)),
        R(["16", "Long COVID assessment hub", "Community",
           "Single MDT clinic for post-COVID syndrome referrals.",
           "Dr Imogen Hale", "", "Scrapped – national funding ended",
           "Red", "Jun-21", "£0", "01/06/2021 09:00", "Hale, Imogen",
           "31/03/2024 16:59", "Kowalski, Anna"],
          I("Long COVID assessment hub",
            "Single MDT clinic for post-COVID syndrome referrals.",
            "Community", "Imogen Hale", None, "stopped",
            "Scrapped – national funding ended", "2021-06-01", "16", 0)),
        R(["18", "Mental health crisis café", "Mental Health",
           "Evening drop-in run with the VCSE as an alternative to ED.",
           "Ms Rebecca O’Donnell", "rebecca.odonnell" + D,
           "On hold – staff shortages", "Amber", "Jan-23", "12k",
           "05/12/2022 13:13", "O’Donnell, Rebecca", "02/09/2024 08:30",
           "O’Donnell, Rebecca"],
          I("Mental health crisis café",
            "Evening drop-in run with the VCSE as an alternative to ED.",
            "Mental Health", "Rebecca O’Donnell", "rebecca.odonnell" + D,
            "paused", "On hold – staff shortages", "2023-01-01", "18",
            12000)),
        R(["19", "test item - delete", "", "", "", "", "", "", "", "",
           "06/12/2022 10:01", "Kowalski, Anna", "06/12/2022 10:01",
           "Kowalski, Anna"],
          BAD("test row")),
        R(["21", "Discharge to assess – Pathway 1 bridging", "Urgent & "
           "Emergency Care", "Bridging care team to get people home while "
           "packages are sourced.", "Jas Sandhu", "jas.sandhu" + D,
           "Bid submitted to SDF – decision Dec", "Amber", "", "c. £40k",
           "14/06/2024 11:45", "Sandhu, Jas", "14/10/2024 14:05",
           "Sandhu, Jas"],
          I("Discharge to assess – Pathway 1 bridging",
            "Bridging care team to get people home while "
            "packages are sourced.", "Urgent & Emergency Care", "Jas Sandhu",
            "jas.sandhu" + D, "planning",
            "Bid submitted to SDF – decision Dec", None, "21", 40000)),
        R(["22", "Single point of access for community services", "Community",
           "One number for community referrals", "Paul Whitcombe", "",
           "Live", "Green", "Mar-23", "250000", "03/04/2024 10:10",
           "Kowalski, Anna", "03/04/2024 10:10", "Kowalski, Anna"],
          DUP("spa")),
        R(["24", "Diabetes structured education online", "Long Term "
           "Conditions", "Online DESMOND offer for newly diagnosed type 2s.",
           "Carys Blackwood", "carys.blackwood" + D,
           "Live – all West place practices referring", "Green",
           "09/01/2023", "£18,500", "15/11/2022 15:20", "Blackwood, Carys",
           "22/07/2024 12:40", "Blackwood, Carys"],
          I("Diabetes structured education online",
            "Online DESMOND offer for newly diagnosed type 2s.",
            "Long Term Conditions", "Carys Blackwood",
            "carys.blackwood" + D, "implemented",
            "Live – all West place practices referring", "2023-01-09", "24",
            18500)),
        R(["25", "Community diagnostic centre – direct access echo",
           "Planned Care", "GP direct access to echo at the CDC instead of "
           "cardiology OPD.", "Mr Owen Pritchard", "",
           "Approved at Exec – recruiting echo physiologists", "Amber",
           "Sept 2024", "TBC", "21/05/2024 09:15", "Pritchard, Owen",
           "01/11/2024 13:50", "Pritchard, Owen"],
          I("Community diagnostic centre – direct access echo",
            "GP direct access to echo at the CDC instead of "
            "cardiology OPD.", "Planned Care", "Owen Pritchard", None,
            "planning", "Approved at Exec – recruiting echo physiologists",
            "2024-09-01", "25", None)),
        R(["26", "Ageing well – proactive frailty MDTs", "Community",
           "Monthly MDT in every PCN for people with severe frailty.",
           "Dr Helen Marsh", "helen.marsh1" + D,
           "Standard practice in all PCNs", "Green", "2020", "nil",
           "10/02/2020 10:00", "Marsh, Helen", "05/03/2024 09:12",
           "Marsh, Helen"],
          I("Ageing well – proactive frailty MDTs",
            "Monthly MDT in every PCN for people with severe frailty.",
            "Community", "Helen Marsh", "helen.marsh1" + D, "embedded",
            "Standard practice in all PCNs", "2020-01-01", "26", 0)),
        R(["27", "Patient-initiated follow-up (PIFU) in MSK", "Planned Care",
           "Patients book their own follow-up instead of routine review "
           "appointments.", "Dr Sunil Bhatt", "sunil.bhatt" + D,
           "Pilot at Sedgemoor done – spread to Avon Vale and Tamar trusts",
           "Green", "Oct-22", "£60,000", "04/10/2022 08:30", "Bhatt, Sunil",
           "17/10/2024 17:05", "Bhatt, Sunil"],
          I("Patient-initiated follow-up (PIFU) in MSK",
            "Patients book their own follow-up instead of routine review "
            "appointments.", "Planned Care", "Sunil Bhatt",
            "sunil.bhatt" + D, "spreading",
            "Pilot at Sedgemoor done – spread to Avon Vale and Tamar trusts",
            "2022-10-01", "27", 60000)),
        R(["", "*** Items below transferred from old PMO spreadsheet "
           "(Nov 24) – IDs not assigned yet ***"] + [""] * 12,
          BAD("notes row")),
        R(["", "Healthy Start vitamins via community pharmacy", "Prevention",
           "", "", "", "idea", "", "", "", "", "", "", ""],
          I("Healthy Start vitamins via community pharmacy", None,
            "Prevention", None, None, "idea", "idea", None, None, None)),
        R(["", "Respiratory hubs – winter", "Primary Care",
           "Same-day ARI hubs for children and adults over winter.",
           "Dr Tom Aldridge / Lisa Crane", "", "Ran winter 22/23, didn’t "
           "continue", "", "Nov-22", "n/a", "", "", "", ""],
          I("Respiratory hubs – winter",
            "Same-day ARI hubs for children and adults over winter.",
            "Primary Care", "Tom Aldridge", None, "stopped",
            "Ran winter 22/23, didn’t continue", "2022-11-01", None, None)),
        R(["", "Falls prevention exercise classes", "Prevention",
           "Strength & balance classes in leisure centres for people "
           "referred by the falls service.", "Mo Yusuf (Public Health)",
           "", "PDSA 1", "", "2024", "", "", "", "", ""],
          I("Falls prevention exercise classes",
            "Strength & balance classes in leisure centres for people "
            "referred by the falls service.", "Prevention", "Mo Yusuf", None,
            "testing", "PDSA 1", "2024-01-01", None, None)),
        R([""] * 14, BAD("blank row")),
        R(["", "TOTAL est. recurrent saving", "", "", "", "", "", "", "",
           "£1,740,000", "", "", "", ""],
          BAD("total row")),
    ]


def make_f3():
    rows = f3_rows()
    write_delimited(os.path.join(OUT, F3), F3_HEADER, rows, "cp1252",
                    pre_rows=[F3_TITLE])
    build_key(F3, "innovations", 2, 3, rows)


# ====================================================================
# FILE 4 - Royal Wessex Orthopaedic Hospital NHS Foundation Trust (RW7)
#          Specialist competency register - Excel table with drop-downs,
#          hidden ESR column, merged group headers, frozen panes (.xlsx)
# ====================================================================
F4 = "rwoh-specialist-competency-register.xlsx"
F4_HEADER = ["Name (Surname, Forename)", "ESR no.", "Post / band", "Area",
             "Email", "Specialist competencies", "Highest level reached",
             "Can offer", "Status", "Date left", "Last reviewed"]
F4_LEVELS = ["Level 1 - supervised practice", "Level 2 - can teach",
             "Level 3 - assessor"]
F4_STATUS = ["In post", "Mat leave", "Secondment", "Left"]


def f4_rows():
    D = "@rwoh.nhs.uk"
    L1, L2, L3 = F4_LEVELS
    return [
        R(["Okoro, Adaeze", 31245678, "Theatre Practitioner Band 6",
           "Main Theatres", "adaeze.okoro" + D,
           "Scrub for arthroplasty\nSpinal instrumentation\nCell salvage", L3,
           "Happy to sign off cell salvage competencies for new starters",
           "In post", None, dt(2024, 3, 12)],
          S("Adaeze Okoro", "Adaeze", "Okoro", "adaeze.okoro" + D,
            "Theatre Practitioner Band 6", "Main Theatres",
            ["Scrub for arthroplasty", "Spinal instrumentation",
             "Cell salvage"],
            "Happy to sign off cell salvage competencies for new starters"),
          "okoro"),
        R(["Sister Claire Harrington", 30988112,
           "Ward Sister – Ward 3 (Spinal)", "Ward 3 Spinal",
           "claire.harrington" + D,
           "Spinal cord injury nursing, log rolling & spinal precautions, "
           "halo care", L2, "Can teach log rolling on induction days",
           "In post", None, dt(2024, 1, 30)],
          S("Claire Harrington", "Claire", "Harrington",
            "claire.harrington" + D, "Ward Sister – Ward 3 (Spinal)",
            "Ward 3 Spinal",
            ["Spinal cord injury nursing", "log rolling & spinal precautions",
             "halo care"], "Can teach log rolling on induction days")),
        R(["Novak, Petra", 32011457, "Staff Nurse Band 5",
           "Ward 1 (Arthroplasty)", "petra.novak" + D,
           "Enhanced recovery; VTE prophylaxis", L1, None, "Mat leave", None,
           dt(2023, 11, 2)],
          S("Petra Novak", "Petra", "Novak", "petra.novak" + D,
            "Staff Nurse Band 5", "Ward 1 (Arthroplasty)",
            ["Enhanced recovery", "VTE prophylaxis"], None)),
        R(["Bryce, Alistair", 29877340, "Orthopaedic Plaster Technician",
           "Fracture Clinic / Plaster Room", "alistair.bryce" + D,
           "Plaster casting & splinting; Ponseti casting (clubfoot)", L3,
           "Willing to run casting workshops for ED and physios", "In post",
           None, dt(2024, 5, 20)],
          S("Alistair Bryce", "Alistair", "Bryce", "alistair.bryce" + D,
            "Orthopaedic Plaster Technician", "Fracture Clinic / Plaster Room",
            ["Plaster casting & splinting", "Ponseti casting (clubfoot)"],
            "Willing to run casting workshops for ED and physios")),
        R(["Mensah, Kwame", 30311209,
           "Operating Department Practitioner Band 7", "Main Theatres",
           "kwame.mensah" + D,
           "Regional anaesthesia assistance, difficult airway, "
           "ultrasound-guided blocks", L3, None, "Left", dt(2024, 6, 30),
           dt(2023, 9, 14)],
          S("Kwame Mensah", "Kwame", "Mensah", "kwame.mensah" + D,
            "Operating Department Practitioner Band 7", "Main Theatres",
            ["Regional anaesthesia assistance", "difficult airway",
             "ultrasound-guided blocks"], None, left=True,
            left_on="2024-06-30")),
        R([None] * 11, BAD("blank row")),
        R(["Ferreira, Inês", 31760021, "Advanced Physiotherapist (Band 7)",
           "Outpatient MSK Physiotherapy", "ines.ferreira" + D,
           "• Shoulder instability rehab\n• Hydrotherapy\n"
           "• Extended scope (ESP) clinics", L2,
           "Happy to have students / rotational band 5s shadow ESP clinic",
           "In post", None, dt(2024, 2, 8)],
          S("Inês Ferreira", "Inês", "Ferreira", "ines.ferreira" + D,
            "Advanced Physiotherapist (Band 7)",
            "Outpatient MSK Physiotherapy",
            ["Shoulder instability rehab", "Hydrotherapy",
             "Extended scope (ESP) clinics"],
            "Happy to have students / rotational band 5s shadow ESP clinic")),
        R(["TEST, TEST", 99999999, "test", "test", None, "test", L1, None,
           "In post", None, None],
          BAD("test row")),
        R(["VACANT", None, "Orthopaedic Nurse Specialist Band 6 (Trauma)",
           "Trauma", None, None, None, None, None, None, None],
          BAD("vacant post")),
        R(["Whitaker, Sam", 28890134, "Nurse Consultant – Bone Infection",
           "Bone Infection Unit", "sam.whitaker" + D,
           "Bone & joint infection; OPAT; PICC line care", L3,
           "Happy to teach on OPAT study days", "In post", None,
           dt(2024, 4, 18)],
          S("Sam Whitaker", "Sam", "Whitaker", "sam.whitaker" + D,
            "Nurse Consultant – Bone Infection", "Bone Infection Unit",
            ["Bone & joint infection", "OPAT", "PICC line care"],
            "Happy to teach on OPAT study days")),
        R(["Okoro, Adaeze", 31245678, "Theatre Practitioner Band 6",
           "Main Theatres", "adaeze.okoro" + D,
           "Scrub for arthroplasty, spinal instrumentation, cell salvage",
           L3, None, "In post", None, dt(2025, 1, 6)],
          DUP("okoro")),
        R(["Lindgren, Maja", 32456610,
           "Staff Nurse Band 5 (seconded to Practice Ed until Mar 25)",
           "Ward 2 (Sports & Knee)", "maja.lindgren" + D,
           "Cryotherapy devices and CPM machines", L1, None, "Secondment",
           None, dt(2024, 4, 1)],
          S("Maja Lindgren", "Maja", "Lindgren", "maja.lindgren" + D,
            "Staff Nurse Band 5 (seconded to Practice Ed until Mar 25)",
            "Ward 2 (Sports & Knee)",
            ["Cryotherapy devices", "CPM machines"], None)),
        R(["Ahmed, Zainab", 31899023, "Healthcare Assistant Band 3",
           "Ward 1 (Arthroplasty)", "zainab.ahmed" + D,
           "Moving & handling key trainer; falls prevention", L2,
           "Can teach moving & handling refreshers", "In post", None,
           dt(2024, 6, 3)],
          S("Zainab Ahmed", "Zainab", "Ahmed", "zainab.ahmed" + D,
            "Healthcare Assistant Band 3", "Ward 1 (Arthroplasty)",
            ["Moving & handling key trainer", "falls prevention"],
            "Can teach moving & handling refreshers")),
        R(["Pretorius, Johan", 30155487,
           "Senior Theatre Practitioner Band 6 (LEAVER)", "Day Surgery Unit",
           "johan.pretorius" + D, "Arthroscopy stack & camera troubleshooting",
           L2, None, "Left", None, dt(2023, 5, 11)],
          S("Johan Pretorius", "Johan", "Pretorius", "johan.pretorius" + D,
            "Senior Theatre Practitioner Band 6", "Day Surgery Unit",
            ["Arthroscopy stack & camera troubleshooting"], None, left=True)),
        R(["Quinn, Orla", 30744590, "Children’s Orthopaedic Nurse Band 6",
           "Kestrel Ward (Children’s)", "orla.quinn" + D,
           "Paediatric traction (gallows, Thomas splint); pin site care; "
           "hip spica care", L3,
           "Can offer pin site care teaching to community children’s nurses",
           "In post", None, dt(2024, 7, 22)],
          S("Orla Quinn", "Orla", "Quinn", "orla.quinn" + D,
            "Children’s Orthopaedic Nurse Band 6", "Kestrel Ward (Children’s)",
            ["Paediatric traction (gallows, Thomas splint)", "pin site care",
             "hip spica care"],
            "Can offer pin site care teaching to community children’s nurses")),
        R(["Baptiste, Jean-Luc", 31022876, "Theatre Radiographer", "Imaging",
           None, "Image intensifier in theatre; radiation protection "
           "supervisor", L2, None, "In post", None, dt(2024, 2, 27)],
          S("Jean-Luc Baptiste", "Jean-Luc", "Baptiste", None,
            "Theatre Radiographer", "Imaging",
            ["Image intensifier in theatre", "radiation protection supervisor"],
            None)),
        R(["Evans, Cerys", 29566013, "Clinical Nurse Educator",
           "Practice Education", "cerys.evans" + D,
           "Simulation; preceptorship", L3,
           "Willing to support preceptees across all areas", "In post", None,
           dt(2024, 8, 5)],
          S("Cerys Evans", "Cerys", "Evans", "cerys.evans" + D,
            "Clinical Nurse Educator", "Practice Education",
            ["Simulation", "preceptorship"],
            "Willing to support preceptees across all areas")),
        R(["Delacroix, Amélie", 32590044, "Theatre Practitioner Band 6",
           "Main Theatres", "amelie.delacroix" + D,
           "Robotic-assisted knee (Mako)", L1, None, "In post", None,
           dt(2024, 9, 9)],
          S("Amélie Delacroix", "Amélie", "Delacroix", "amelie.delacroix" + D,
            "Theatre Practitioner Band 6", "Main Theatres",
            ["Robotic-assisted knee (Mako)"], None)),
        R(["Thompson, Dean", 31377802, "Assistant Practitioner Band 4",
           "Orthopaedic Outpatients", "dean.thompson" + D,
           "Suture & clip removal, wound care, plaster removal", L2, None,
           "In post", None, dt(2024, 3, 1)],
          S("Dean Thompson", "Dean", "Thompson", "dean.thompson" + D,
            "Assistant Practitioner Band 4", "Orthopaedic Outpatients",
            ["Suture & clip removal", "wound care", "plaster removal"], None)),
        R(["Ng, Wei Ling", 30860975, "Specialist Pharmacist – Surgery",
           "Ward 3 Spinal", "weiling.ng" + D,
           "Pain management; antimicrobial stewardship", L2,
           "Happy to do drug round teaching for new nurses", "In post", None,
           dt(2024, 5, 14)],
          S("Wei Ling Ng", "Wei Ling", "Ng", "weiling.ng" + D,
            "Specialist Pharmacist – Surgery", "Ward 3 Spinal",
            ["Pain management", "antimicrobial stewardship"],
            "Happy to do drug round teaching for new nurses")),
        R([None] * 11, BAD("blank row")),
        R(["Staff on register:", None, None, None, None, None, None, None,
           "=COUNTIF(I5:I24,\"In post\")", None, None],
          BAD("total row")),
    ]


def make_f4():
    rows = f4_rows()
    wb = Workbook()
    ws = wb.active
    ws.title = "Register"
    ws["A1"] = ("Royal Wessex Orthopaedic Hospital – Theatres, Wards & "
                "Outpatients")
    ws["A1"].font = TITLE
    ws["A2"] = ("Specialist Competency Register 2024/25 – maintained by the "
                "Practice Education Team (ext 4417)")
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Staff details"
    ws["F3"] = "Competencies"
    ws["I3"] = "Status"
    ws.merge_cells("A3:E3")
    ws.merge_cells("F3:H3")
    ws.merge_cells("I3:K3")
    for c in ("A3", "F3", "I3"):
        ws[c].font = BOLD
        ws[c].alignment = Alignment(horizontal="center")
        ws[c].fill = GREY
    hr = 4
    for j, h in enumerate(F4_HEADER, 1):
        ws.cell(hr, j, h).font = BOLD
    first = hr + 1
    for i, r in enumerate(rows):
        for j, v in enumerate(r["c"], 1):
            if v is None:
                continue
            cell = ws.cell(first + i, j, v)
            if isinstance(v, datetime):
                cell.number_format = "dd/mm/yyyy"
            if j in (6, 8):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    last_table_row = first + len(rows) - 3   # table stops before blank+count
    tab = Table(displayName="tblCompetency",
                ref="A%d:K%d" % (hr, last_table_row))
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2",
                                        showRowStripes=True)
    ws.add_table(tab)
    # drop-down lists from a (hidden) Lists sheet
    ls = wb.create_sheet("Lists")
    for i, v in enumerate(F4_LEVELS, 1):
        ls.cell(i, 1, v)
    for i, v in enumerate(F4_STATUS, 1):
        ls.cell(i, 2, v)
    ls.sheet_state = "hidden"
    dv1 = DataValidation(type="list", formula1="=Lists!$A$1:$A$3",
                         allow_blank=True)
    dv2 = DataValidation(type="list", formula1="=Lists!$B$1:$B$4",
                         allow_blank=True)
    ws.add_data_validation(dv1)
    ws.add_data_validation(dv2)
    dv1.add("G%d:G%d" % (first, last_table_row))
    dv2.add("I%d:I%d" % (first, last_table_row))
    ws.column_dimensions["B"].hidden = True
    widths = {"A": 26, "B": 11, "C": 40, "D": 28, "E": 28, "F": 48,
              "G": 28, "H": 44, "I": 12, "J": 12, "K": 13}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    ws.freeze_panes = "B5"
    wb.save(os.path.join(OUT, F4))
    build_key(F4, "staff", hr, first, rows, sheet="Register")


# ====================================================================
# FILE 5 - Kingsmere Dental Hospital & Community Dental Service
#          (Kingsmere Teaching Hospitals NHS Trust, RK3)
#          Access database table tblInnovations, exported to Excel and
#          saved as "Unicode Text" (.txt, UTF-16 LE + BOM, TAB separated)
# ====================================================================
F5 = "kingsmere-dental-innovations.txt"
F5_HEADER = ["InnovID", "InnovTitle", "Details", "ServiceArea",
             "LeadClinician", "LeadEmail", "CurrentStatus", "DateRaised",
             "AnnualSavingGBP", "ChairApproved", "Evaluated", "EnteredBy"]


def f5_rows():
    D = "@kingsmere.nhs.uk"
    CDS = "Community Dental Service"
    return [
        R(["3", "Silver diamine fluoride for caries arrest in care homes",
           "SDF applied by dental therapists to arrest caries in residents "
           "who cannot tolerate treatment.", CDS + " – Special Care",
           "Dr Fiona Gallacher", "fiona.gallacher" + D,
           "BAU now in all 14 care homes", "06/09/2021 00:00:00",
           "£3,400.00", "True", "-1", "jmorris"],
          I("Silver diamine fluoride for caries arrest in care homes",
            "SDF applied by dental therapists to arrest caries in residents "
            "who cannot tolerate treatment.", CDS + " – Special Care",
            "Fiona Gallacher", "fiona.gallacher" + D, "embedded",
            "BAU now in all 14 care homes", "2021-09-06", "3", 3400)),
        R(["4", "Digital radiograph sharing with GDPs",
           "Referring dentists upload radiographs to the e-referral so "
           "patients aren’t re-x-rayed.", "Oral Surgery",
           "Mr Tariq Hussain (Consultant OS)", "", "Live",
           "10/01/2022 00:00:00", "n/a", "True", "0", "jmorris"],
          I("Digital radiograph sharing with GDPs",
            "Referring dentists upload radiographs to the e-referral so "
            "patients aren’t re-x-rayed.", "Oral Surgery", "Tariq Hussain",
            None, "implemented", "Live", "2022-01-10", "4", None)),
        R(["7", "Paediatric GA waiting list validation",
           "Phone + letter validation of children on the GA list; "
           "prevention advice sent while waiting.", "Paediatric Dentistry",
           "Yasmin Chowdhury / Dr Paul Reid", "y.chowdhury" + D,
           "Evaluated – 22% of list removed, paper submitted to BDJ",
           "03/05/2022 00:00:00", "£18,000.00", "True", "-1", "jmorris"],
          I("Paediatric GA waiting list validation",
            "Phone + letter validation of children on the GA list; "
            "prevention advice sent while waiting.", "Paediatric Dentistry",
            "Yasmin Chowdhury", "y.chowdhury" + D, "evaluated",
            "Evaluated – 22% of list removed, paper submitted to BDJ",
            "2022-05-03", "7", 18000)),
        R(["8", "Reusable instrument tray tracking (barcodes)",
           "Barcode every tray so LDU can trace instruments to patient.",
           "Decontamination Unit", "Harris, Bernadette", "",
           "on hold - staff shortages", "", "TBC", "False", "0", "bharris"],
          I("Reusable instrument tray tracking (barcodes)",
            "Barcode every tray so LDU can trace instruments to patient.",
            "Decontamination Unit", "Bernadette Harris", None, "paused",
            "on hold - staff shortages", None, "8", None)),
        R(["10", "TEST RECORD", "xx", "", "", "", "", "", "", "False", "0",
           "admin"],
          BAD("test row")),
        R(["11", "Video consultations for orthodontic reviews",
           "Retention checks and aligner reviews by Attend Anywhere "
           "instead of a clinic visit.", "Orthodontics", "Dr Anil Varma",
           "anil.varma" + D, "PDSA cycle 2 in Tuesday clinic",
           "01/02/2023 00:00:00", "approx 3k", "True", "0", "avarma"],
          I("Video consultations for orthodontic reviews",
            "Retention checks and aligner reviews by Attend Anywhere "
            "instead of a clinic visit.", "Orthodontics", "Anil Varma",
            "anil.varma" + D, "testing", "PDSA cycle 2 in Tuesday clinic",
            "2023-02-01", "11", 3000), "video"),
        R(["12", "Easy-read appointment letters for patients with learning "
           "disabilities",
           "Easy-read letters with photos of the clinic and staff.\n"
           "Co-designed with Kingsmere Mencap group.",
           CDS + " – Special Care", "Megan Doyle (Dental Nurse)",
           "megan.doyle" + D,
           "Adopted by 3 other CDS providers in the region",
           "14/11/2022 00:00:00", "n/a", "True", "-1", "jmorris"],
          I("Easy-read appointment letters for patients with learning "
            "disabilities",
            "Easy-read letters with photos of the clinic and staff.\n"
            "Co-designed with Kingsmere Mencap group.",
            CDS + " – Special Care", "Megan Doyle", "megan.doyle" + D,
            "spreading", "Adopted by 3 other CDS providers in the region",
            "2022-11-14", "12", None)),
        R(["13", "Nitrous oxide scavenging upgrade",
           "Replace passive scavenging in the paeds sedation suite.",
           "Paediatric Dentistry", "Dr Paul Reid", "paul.reid" + D,
           "scrapped – estates couldn’t support", "20/06/2022 00:00:00",
           "£0.00", "False", "0", "preid"],
          I("Nitrous oxide scavenging upgrade",
            "Replace passive scavenging in the paeds sedation suite.",
            "Paediatric Dentistry", "Paul Reid", "paul.reid" + D, "stopped",
            "scrapped – estates couldn’t support", "2022-06-20", "13", 0)),
        R([""] * 12, BAD("blank row")),
        R(["15", "Mouth Care Matters training on acute wards",
           "Oral health team trains ward staff in mouth care for "
           "inpatients; started on two elderly care wards.",
           CDS + " – Oral Health Promotion",
           "Lisa Brennan lisa.brennan" + D, "",
           "Rolled out to all Kingsmere General adult wards after pilot on "
           "elderly care", "07/03/2022 00:00:00", "", "True", "-1",
           "lbrennan"],
          I("Mouth Care Matters training on acute wards",
            "Oral health team trains ward staff in mouth care for "
            "inpatients; started on two elderly care wards.",
            CDS + " – Oral Health Promotion", "Lisa Brennan",
            "lisa.brennan" + D, "spreading",
            "Rolled out to all Kingsmere General adult wards after pilot on "
            "elderly care", "2022-03-07", "15", None)),
        R(["16", "Chairside stop-smoking referral", "",
           "Restorative Dentistry", "", "",
           "Idea - raised at governance", "", "", "False", "0", "jmorris"],
          I("Chairside stop-smoking referral", None, "Restorative Dentistry",
            None, None, "idea", "Idea - raised at governance", None, "16",
            None)),
        R(["17", "Same-day urgent dental slots via 111",
           "Ring-fenced urgent slots bookable directly by NHS 111 "
           "clinicians.", "Urgent Dental Care", "Dr Kofi Asante",
           "kofi.asante" + D, "bid submitted to ICB",
           "01/04/2024 00:00:00", "£500 a month", "False", "0", "kasante"],
          I("Same-day urgent dental slots via 111",
            "Ring-fenced urgent slots bookable directly by NHS 111 "
            "clinicians.", "Urgent Dental Care", "Kofi Asante",
            "kofi.asante" + D, "planning", "bid submitted to ICB",
            "2024-04-01", "17", 6000)),
        R(["19", "Video consultations for orthodontic reviews",
           "Attend Anywhere ortho reviews", "Orthodontics", "Anil Varma",
           "anil.varma" + D, "PDSA 2", "01/02/2023 00:00:00", "3000",
           "True", "0", "avarma"],
          DUP("video")),
        R(["20", "Fluoride varnish in nursery settings",
           "Twice-yearly varnish by dental nurses in nurseries in the "
           "most deprived wards.", CDS + " – Oral Health Promotion",
           "Aled Prosser", "aled.prosser" + D, "Live in 12 nurseries",
           "12/09/2022 00:00:00", "£1,250.00", "True", "0", "aprosser"],
          I("Fluoride varnish in nursery settings",
            "Twice-yearly varnish by dental nurses in nurseries in the "
            "most deprived wards.", CDS + " – Oral Health Promotion",
            "Aled Prosser", "aled.prosser" + D, "implemented",
            "Live in 12 nurseries", "2022-09-12", "20", 1250)),
        R(["22", "IV sedation for anxious adults in community clinics",
           "Move IV midazolam sedation out of the hospital into two CDS "
           "clinics.", CDS + " – Sedation", "Ms Nicola Fenwick",
           "nicola.fenwick" + D, "Approved – awaiting equipment",
           "15/01/2024 00:00:00", "c. £9k", "True", "0", "nfenwick"],
          I("IV sedation for anxious adults in community clinics",
            "Move IV midazolam sedation out of the hospital into two CDS "
            "clinics.", CDS + " – Sedation", "Nicola Fenwick",
            "nicola.fenwick" + D, "planning", "Approved – awaiting equipment",
            "2024-01-15", "22", 9000)),
        R(["23", "Photo-consent app for implant patients",
           "Clinical photos and consent captured on iPad straight into "
           "the record.", "Restorative Dentistry", "Dr Hamish Reid-Stewart",
           "", "Trial in Restorative since June", "03/06/2024 00:00:00",
           "", "True", "0", "jmorris"],
          I("Photo-consent app for implant patients",
            "Clinical photos and consent captured on iPad straight into "
            "the record.", "Restorative Dentistry", "Hamish Reid-Stewart",
            None, "testing", "Trial in Restorative since June",
            "2024-06-03", "23", None)),
        R(["25", "Student-led oral health checks for people experiencing "
           "homelessness",
           "Final-year students run monthly sessions at the day centre, "
           "supervised by CDS.", "Dental School Outreach", "Prof Ruth Okafor",
           "ruth.okafor" + D,
           "Evaluation write-up done, presented at BSDH",
           "05/10/2021 00:00:00", "n/a", "True", "-1", "rokafor"],
          I("Student-led oral health checks for people experiencing "
            "homelessness",
            "Final-year students run monthly sessions at the day centre, "
            "supervised by CDS.", "Dental School Outreach", "Ruth Okafor",
            "ruth.okafor" + D, "evaluated",
            "Evaluation write-up done, presented at BSDH", "2021-10-05",
            "25", None)),
        R(["26", "Recycled PPE scheme", "Returnable visors and gowns.",
           "Estates / Sustainability", "Harris, Bernadette", "",
           "Stopped - supplier pulled out", "11/07/2022 00:00:00", "",
           "True", "0", "bharris"],
          I("Recycled PPE scheme", "Returnable visors and gowns.",
            "Estates / Sustainability", "Bernadette Harris", None, "stopped",
            "Stopped - supplier pulled out", "2022-07-11", "26", None)),
        R(["27", "Electronic referral triage for oral surgery",
           "All GDP referrals come via ERS and are triaged by a consultant "
           "within 5 days.", "Oral Surgery", "Hussain, Tariq",
           "tariq.hussain" + D,
           "Standard practice – all referrals via e-RS", "04/04/2022 00:00:00",
           "£22,000.00", "True", "-1", "thussain"],
          I("Electronic referral triage for oral surgery",
            "All GDP referrals come via ERS and are triaged by a consultant "
            "within 5 days.", "Oral Surgery", "Tariq Hussain",
            "tariq.hussain" + D, "embedded",
            "Standard practice – all referrals via e-RS", "2022-04-04", "27",
            22000)),
        R(["28", "NHS clear aligner pilot for mild crowding", "",
           "Orthodontics", "Dr Anil Varma", "anil.varma" + D, "proposal",
           "", "", "False", "0", "avarma"],
          I("NHS clear aligner pilot for mild crowding", None, "Orthodontics",
            "Anil Varma", "anil.varma" + D, "idea", "proposal", None, "28",
            None)),
        R(["29", "Domiciliary dental van",
           "Mobile surgery for housebound patients across the rural "
           "north of the county.", CDS + " – Domiciliary",
           "Dr Gwen Parry-Jones", "gwen.parry-jones" + D,
           "On hold until replacement van funding agreed",
           "02/03/2020 00:00:00", "TBC", "True", "0", "gparryjones"],
          I("Domiciliary dental van",
            "Mobile surgery for housebound patients across the rural "
            "north of the county.", CDS + " – Domiciliary",
            "Gwen Parry-Jones", "gwen.parry-jones" + D, "paused",
            "On hold until replacement van funding agreed", "2020-03-02",
            "29", None)),
        R(["", "Records below imported from 2019 ideas spreadsheet by GP "
           "02/24 – dates approximate"] + [""] * 10,
          BAD("notes row")),
        R(["30", "Paper prescription pads replaced by EPMA",
           "", "Pharmacy / all services", "Sean Whelan (Pharmacy)", "",
           "BAU", "01/01/2019 00:00:00", "", "True", "-1", "gparryjones"],
          I("Paper prescription pads replaced by EPMA", None,
            "Pharmacy / all services", "Sean Whelan", None, "embedded", "BAU",
            "2019-01-01", "30", None)),
        R(["31", "Tooth-brushing packs for food banks",
           "Packs of brush, paste and leaflet handed out at food banks.",
           CDS + " – Oral Health Promotion", "Aled Prosser", "",
           "Live", "01/06/2019 00:00:00", "", "True", "0", "gparryjones"],
          I("Tooth-brushing packs for food banks",
            "Packs of brush, paste and leaflet handed out at food banks.",
            CDS + " – Oral Health Promotion", "Aled Prosser", None,
            "implemented", "Live", "2019-06-01", "31", None)),
        R([""] * 12, BAD("blank row")),
        R(["", "Total records: 22"] + [""] * 10, BAD("total row")),
    ]


def make_f5():
    rows = f5_rows()
    write_delimited(os.path.join(OUT, F5), F5_HEADER, rows, "utf-16",
                    delimiter="\t")
    build_key(F5, "innovations", 1, 2, rows)


# ====================================================================
# FILE 6 - Ashbourne Vale Hospitals NHS Trust (RV2) - Therapies & AHP
#          Directorate "who to ask" / knowledge champions list kept by
#          the library (LKS); sections per profession (.xlsx)
# ====================================================================
F6 = "avh-therapies-ahp-who-to-ask.xlsx"
F6_HEADER = ["Surname", "Forename", "Profession", "Job title / band",
             "Team", "Email", "Knowledge champion? (Y/N)",
             "Special interests / areas of expertise", "Happy to help with…",
             "Languages", "Notes"]


def f6_rows():
    D = "@avh.nhs.uk"
    E = [None] * 11

    def sec(t):
        return R([t] + [None] * 10, BAD("section heading row"))

    return [
        sec("PHYSIOTHERAPY"),
        R(["Kaur", "Harpreet", "Physiotherapy",
           "Clinical Specialist Physiotherapist (Band 7)",
           "Respiratory Physiotherapy", "harpreet.kaur" + D, "Y",
           "Cystic fibrosis & bronchiectasis; airway clearance; NIV",
           "Happy to teach airway clearance techniques", "Punjabi", None],
          S("Harpreet Kaur", "Harpreet", "Kaur", "harpreet.kaur" + D,
            "Clinical Specialist Physiotherapist (Band 7)",
            "Respiratory Physiotherapy",
            ["Cystic fibrosis", "bronchiectasis", "airway clearance", "NIV"],
            "Happy to teach airway clearance techniques")),
        R(["Doherty", "Seán", "Physiotherapy", "Physiotherapist Band 6",
           "MSK Outpatients", "sean.doherty" + D, "N",
           "Hypermobility, Pilates-based rehab, running injuries", None,
           None, None],
          S("Seán Doherty", "Seán", "Doherty", "sean.doherty" + D,
            "Physiotherapist Band 6", "MSK Outpatients",
            ["Hypermobility", "Pilates-based rehab", "running injuries"],
            None)),
        R(["Whitfield", "Anna", "Physiotherapy",
           "Physiotherapy Technical Instructor (Band 4)", "Stroke Rehab Unit",
           "anna.whitfield" + D, "Y",
           "Falls and balance groups; Otago exercise programme",
           "Can run a balance class demo for students", None, None],
          S("Anna Whitfield", "Anna", "Whitfield", "anna.whitfield" + D,
            "Physiotherapy Technical Instructor (Band 4)", "Stroke Rehab Unit",
            ["Falls and balance groups", "Otago exercise programme"],
            "Can run a balance class demo for students")),
        R(E, BAD("blank row")),
        sec("OCCUPATIONAL THERAPY"),
        R(["Mensah-Bonsu", "Abena", "Occupational Therapy",
           "Highly Specialist OT (Band 7)", "Hand Therapy",
           "abena.mensah-bonsu" + D, "Y",
           "Hand therapy\nSplinting\nScar management",
           "Can offer splinting training to Band 5 rotational staff", None,
           None],
          S("Abena Mensah-Bonsu", "Abena", "Mensah-Bonsu",
            "abena.mensah-bonsu" + D, "Highly Specialist OT (Band 7)",
            "Hand Therapy", ["Hand therapy", "Splinting", "Scar management"],
            "Can offer splinting training to Band 5 rotational staff")),
        R(["Lewandowski", "Piotr", "Occupational Therapy",
           "Occupational Therapist Band 6", "Acute Medicine",
           "piotr.lewandowski" + D, "N",
           "Cognitive assessment and vocational rehab", None, "Polish",
           "LEFT - Jan 2024"],
          S("Piotr Lewandowski", "Piotr", "Lewandowski",
            "piotr.lewandowski" + D, "Occupational Therapist Band 6",
            "Acute Medicine", ["Cognitive assessment", "vocational rehab"],
            None, left=True, left_on="2024-01-01")),
        R(["Fairclough", "Judith", "Occupational Therapy",
           "OT Band 6 (part time, Mon–Wed)", "Community Neuro",
           "judith.fairclough" + D, "Y",
           "Functional neurological disorder (FND) and fatigue management",
           "Willing to speak at journal club on FND", None, None],
          S("Judith Fairclough", "Judith", "Fairclough",
            "judith.fairclough" + D, "OT Band 6 (part time, Mon–Wed)",
            "Community Neuro",
            ["Functional neurological disorder (FND)", "fatigue management"],
            "Willing to speak at journal club on FND")),
        R(["VACANT", None, "Occupational Therapy", "OT Team Lead (Band 7)",
           "Paediatric OT", None, None, None, None, None,
           "Out to advert – contact Head of OT in the meantime"],
          BAD("vacant post")),
        sec("SPEECH & LANGUAGE THERAPY"),
        R(["Ó Súilleabháin", "Ciarán", "Speech & Language Therapy",
           "Speech and Language Therapist Band 6",
           "Adult Acquired (ENT / Head & Neck)", "ciaran.osuilleabhain" + D,
           "Y", "Dysphagia; FEES; laryngectomy voice restoration",
           "happy for people to shadow FEES clinic (Thurs am)", "Irish",
           None],
          S("Ciarán Ó Súilleabháin", "Ciarán", "Ó Súilleabháin",
            "ciaran.osuilleabhain" + D, "Speech and Language Therapist Band 6",
            "Adult Acquired (ENT / Head & Neck)",
            ["Dysphagia", "FEES", "laryngectomy voice restoration"],
            "happy for people to shadow FEES clinic (Thurs am)")),
        R(["Brown", "Tess", "Speech & Language Therapy",
           "Lead SLT – Paediatrics", "Children’s SLT", "tess.brown" + D, "N",
           "Selective mutism & stammering, AAC", None, None,
           "On maternity leave from Aug 24"],
          S("Tess Brown", "Tess", "Brown", "tess.brown" + D,
            "Lead SLT – Paediatrics", "Children’s SLT",
            ["Selective mutism", "stammering", "AAC"], None)),
        R(["Test", "Test", "Speech & Language Therapy", "test", "test",
           None, "N", "test entry – ignore", None, None, None],
          BAD("test row")),
        sec("DIETETICS"),
        R(["Achebe", "Ngozi", "Dietetics", "Dietitian Band 6",
           "Diabetes & Endocrine", "ngozi.achebe" + D, "Y",
           "Type 1 diabetes; carb counting (DAFNE educator); insulin pumps",
           "Can deliver carb counting sessions for ward staff", "Igbo",
           None],
          S("Ngozi Achebe", "Ngozi", "Achebe", "ngozi.achebe" + D,
            "Dietitian Band 6", "Diabetes & Endocrine",
            ["Type 1 diabetes", "carb counting (DAFNE educator)",
             "insulin pumps"],
            "Can deliver carb counting sessions for ward staff"), "achebe"),
        R(["Achebe", "Ngozi", "Dietetics", "Dietitian (Band 6)",
           "Diabetes", "ngozi.achebe" + D, "Y",
           "T1 diabetes, carb counting, pumps", None, None,
           "added again from sign-up form"],
          DUP("achebe")),
        R(["Grant", "Fiona", "Dietetics", "Dietetic Assistant Practitioner",
           "Nutrition Support", "fiona.grant2" + D, "N",
           "Enteral feeding; refeeding syndrome awareness", None, None,
           "Leaver 31/08/2024"],
          S("Fiona Grant", "Fiona", "Grant", "fiona.grant2" + D,
            "Dietetic Assistant Practitioner", "Nutrition Support",
            ["Enteral feeding", "refeeding syndrome awareness"], None,
            left=True, left_on="2024-08-31")),
        sec("PODIATRY & ORTHOTICS"),
        R(["Varga", "Zoltán", "Podiatry", "Podiatrist Band 7 – Diabetic Foot",
           "Podiatry – High Risk Foot", "zoltan.varga" + D, "Y",
           "Diabetic foot ulcers • offloading • total contact casting",
           "Willing to teach foot checks to ward nurses", "Hungarian", None],
          S("Zoltán Varga", "Zoltán", "Varga", "zoltan.varga" + D,
            "Podiatrist Band 7 – Diabetic Foot", "Podiatry – High Risk Foot",
            ["Diabetic foot ulcers", "offloading", "total contact casting"],
            "Willing to teach foot checks to ward nurses")),
        R(["Osei-Tutu", "Kojo", "Orthotics", "Orthotist", "Orthotics", None,
           "N", "Lower limb orthotics; AFOs", None, None, None],
          S("Kojo Osei-Tutu", "Kojo", "Osei-Tutu", None, "Orthotist",
            "Orthotics", ["Lower limb orthotics", "AFOs"], None)),
        R(["Rows below added by Gemma (LKS) from the champions sign-up form, "
           "Oct 24 – profession not always given"] + [None] * 10,
          BAD("notes row")),
        R(["Sherwood", "Dr Lydia", None, "Consultant AHP – Frailty",
           "Frailty Assessment Unit", "lydia.sherwood" + D, "Y",
           "Frailty, comprehensive geriatric assessment, qualitative "
           "research", "Happy to mentor AHPs applying for NIHR internships",
           None, None],
          S("Lydia Sherwood", "Lydia", "Sherwood", "lydia.sherwood" + D,
            "Consultant AHP – Frailty", "Frailty Assessment Unit",
            ["Frailty", "comprehensive geriatric assessment",
             "qualitative research"],
            "Happy to mentor AHPs applying for NIHR internships")),
        R(["Bailey", "Marcus", "Radiography", "Diagnostic Radiographer Band 6",
           "Imaging – CT", "marcus.bailey" + D, "Y",
           "CT head protocols\nradiation safety", None, None, None],
          S("Marcus Bailey", "Marcus", "Bailey", "marcus.bailey" + D,
            "Diagnostic Radiographer Band 6", "Imaging – CT",
            ["CT head protocols", "radiation safety"], None)),
        R(["Hughes", "Rhian", "Physiotherapy",
           "Physiotherapist Band 5 (rotational)", "Rotations – currently ICU",
           "rhian.hughes" + D, "Y", None, None, "Welsh", None],
          S("Rhian Hughes", "Rhian", "Hughes", "rhian.hughes" + D,
            "Physiotherapist Band 5 (rotational)", "Rotations – currently ICU",
            [], None)),
        R(["Adeyemi-Clarke", "Tobi", None,
           "Paramedic – Frailty (secondment from ambulance trust)",
           "Frailty Assessment Unit", "tobi.adeyemi-clarke" + D, "Y",
           "Falls assessment & management and end of life conversations",
           None, None, "seconded until March"],
          S("Tobi Adeyemi-Clarke", "Tobi", "Adeyemi-Clarke",
            "tobi.adeyemi-clarke" + D,
            "Paramedic – Frailty (secondment from ambulance trust)",
            "Frailty Assessment Unit",
            ["Falls assessment & management", "end of life conversations"],
            None)),
        R(E, BAD("blank row")),
        R(["Knowledge champions:", None, None, None, None, None,
           "=COUNTIF(G4:G29,\"Y\")", None, None, None, None],
          BAD("total row")),
    ]


def make_f6():
    rows = f6_rows()
    wb = Workbook()
    ws = wb.active
    ws.title = "Who to ask"
    ws["A1"] = ("Ashbourne Vale Hospitals – Therapies & AHP Directorate: "
                "who to ask / knowledge champions")
    ws["A1"].font = TITLE
    ws.merge_cells("A1:K1")
    ws["A2"] = ("Kept by Library & Knowledge Services – last tidied 09/2024. "
                "Please tell us if anything changes!")
    ws["A2"].font = Font(italic=True, color="C00000")
    ws.merge_cells("A2:K2")
    hr = 3
    for j, h in enumerate(F6_HEADER, 1):
        c = ws.cell(hr, j, h)
        c.font = BOLD
        c.fill = GREY
        c.alignment = Alignment(wrap_text=True)
    first = hr + 1
    for i, r in enumerate(rows):
        n = first + i
        for j, v in enumerate(r["c"], 1):
            if v is None:
                continue
            cell = ws.cell(n, j, v)
            if j in (8, 9):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(r["k"], BAD) and r["k"].reason == "section heading row":
            ws.merge_cells(start_row=n, start_column=1, end_row=n,
                           end_column=11)
            ws.cell(n, 1).font = Font(bold=True, color="FFFFFF")
            ws.cell(n, 1).fill = PatternFill("solid", fgColor="005EB8")
        if r["c"][10] and ("LEFT" in r["c"][10] or "Leaver" in r["c"][10]):
            for j in range(1, 12):
                ws.cell(n, j).font = Font(strike=True, color="808080")
    widths = [18, 12, 24, 40, 30, 30, 12, 50, 44, 12, 36]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.freeze_panes = "C4"
    wb.save(os.path.join(OUT, F6))
    build_key(F6, "staff", hr, first, rows)


MAKERS = [make_f1, make_f2, make_f3, make_f4, make_f5, make_f6]

if __name__ == "__main__":
    for m in MAKERS:
        m()
    print("wrote", len(MAKERS), "files")
