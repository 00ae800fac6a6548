#!/usr/bin/env python3
"""Regenerate every test file and its answer key in this folder.

All rows are held literally below. Each data row is written as
    (cells, key)            or   (cells, key, label)
where key is either an expected dict (good row) or BAD("reason") /
DUP("label") for rows a person would not want in the knowledge base.
Row numbers are worked out here, so they always match the files.

Organisations, codes, people and e-mail addresses are all invented.
"""
import csv
import datetime as dt
import io
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))


# --------------------------------------------------------------------------
# helpers for keys
# --------------------------------------------------------------------------
class BAD:
    def __init__(self, reason):
        self.reason = reason


class DUP:
    def __init__(self, label):
        self.label = label


def inn(title, summary, department, lead, email, stage, status_text,
        started, ref, savings):
    d = {
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
        d["started"] = started
    return d


def staff(given, family, email, job_title, department, expertise,
          willing=None, left=False, left_on=None):
    d = {
        "name": f"{given} {family}",
        "given_name": given,
        "family_name": family,
        "email": email,
        "job_title": job_title,
        "department": department,
        "expertise": expertise,
        "willing_to_text": willing,
    }
    if left:
        d["employment_status"] = "left"
        if left_on:
            d["left_on"] = left_on
    return d


def build_key(fname, kind, header_row, rows, first_row, sheet=None):
    """rows: list of tuples (cells, key[, label]); rows are numbered from
    first_row consecutively."""
    labels = {}
    for i, r in enumerate(rows):
        if len(r) > 2:
            labels[r[2]] = first_row + i
    out = {}
    for i, r in enumerate(rows):
        n = first_row + i
        k = r[1]
        if isinstance(k, BAD):
            out[str(n)] = {"good": False, "reason": k.reason}
        elif isinstance(k, DUP):
            out[str(n)] = {"good": False,
                           "reason": f"duplicate of row {labels[k.label]}"}
        else:
            out[str(n)] = {"good": True, "expected": k}
    key = {"file": fname, "kind": kind, "header_row": header_row}
    if sheet:
        key["sheet"] = sheet
    key["rows"] = out
    with open(os.path.join(HERE, fname + ".expected.json"), "w",
              encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return key


D = dt.datetime  # real Excel dates in the xlsx

# ==========================================================================
# FILE 1  Northmoor Community Healthcare NHS Trust (RNX) - innovation & QI log
#         .xlsx, title rows, merged group headings, frozen panes, 2 sheets
# ==========================================================================
F1 = "northmoor_innovation_qi_log.xlsx"
F1_SHEET = "QI & Innovation Log"
F1_HEADERS = ["Ref No.", "Project name", "What is it?", "Team / Service",
              "Project lead(s)", "Lead e-mail", "Where we\u2019re at",
              "Date started", "Est. saving per yr (\u00a3)", "Notes"]
NM = "@northmoorch.nhs.uk"

# cells: A ref, B name, C what, D team, E lead, F email, G status,
#        H date (datetime / str / int / None), I saving, J notes
F1_ROWS = [
    (["NM-001", "Virtual fracture clinic",
      "Patients with simple fractures get a phone review from an ED physio instead of a fracture clinic appointment.",
      "MSK Physiotherapy", "Tom Hallett (Band 6 physio)", "tom.hallett" + NM,
      "BAU now", D(2021, 4, 12), "\u00a312,000", ""],
     inn("Virtual fracture clinic",
         "Patients with simple fractures get a phone review from an ED physio instead of a fracture clinic appointment.",
         "MSK Physiotherapy", "Tom Hallett", "tom.hallett" + NM,
         "embedded", "BAU now", "2021-04-12", "NM-001", 12000), "vfc"),
    (["NM-002", "Red bag scheme",
      "Care homes send a red bag with the resident\u2019s medicines, paperwork and belongings when they come into hospital so nothing gets lost.",
      "Community Nursing \u2013 North Locality", "Sister Maureen O'Hara", None,
      "rolled out trustwide", ("mmm-yy", D(2021, 6, 1)), "c. \u00a34k",
      "Started in Hexley locality only"],
     inn("Red bag scheme",
         "Care homes send a red bag with the resident\u2019s medicines, paperwork and belongings when they come into hospital so nothing gets lost.",
         "Community Nursing \u2013 North Locality", "Maureen O'Hara", None,
         "spreading", "rolled out trustwide", "2021-06-01", "NM-002", 4000)),
    (["NM-003", "Falls sensor pilot",
      "Bed and chair pressure sensors that alert staff when a high-risk patient stands up",
      "Ward 7 (Harbour Ward)", "Dr Priya Raman", "priya.raman" + NM,
      "PDSA cycle 3", "03/02/2023", "TBC", "6 sensors on loan from supplier"],
     inn("Falls sensor pilot",
         "Bed and chair pressure sensors that alert staff when a high-risk patient stands up",
         "Ward 7 (Harbour Ward)", "Priya Raman", "priya.raman" + NM,
         "testing", "PDSA cycle 3", "2023-02-03", "NM-003", None)),
    (["NM-004", "Digital leg ulcer photography",
      "Nurses photograph wounds on a trust iPad and upload to SystmOne so TVN can review remotely.",
      "Tissue Viability", "Okafor, Chidi", "chidi.okafor" + NM,
      "In use by TVN and 2 DN teams since summer", "Mar-23",
      "\u00a3500 a month", ""],
     inn("Digital leg ulcer photography",
         "Nurses photograph wounds on a trust iPad and upload to SystmOne so TVN can review remotely.",
         "Tissue Viability", "Chidi Okafor", "chidi.okafor" + NM,
         "implemented", "In use by TVN and 2 DN teams since summer",
         "2023-03-01", "NM-004", 6000)),
    (["NM-005", "Wellbeing walks", None, None,
      "Jane Whitlock jane.whitlock" + NM, None,
      "Just an idea at the moment", None, "n/a", ""],
     inn("Wellbeing walks", None, None, "Jane Whitlock", "jane.whitlock" + NM,
         "idea", "Just an idea at the moment", None, "NM-005", None)),
    (["NM-006", "Electronic bed-state boards",
      "Paper whiteboards replaced with live electronic boards linked to PAS",
      "Ward 3 & Ward 4", "Sarah Lund / Mike Deane", "s.lund" + NM,
      "live on 2 wards", D(2022, 9, 19), 3500, "Funded by League of Friends"],
     inn("Electronic bed-state boards",
         "Paper whiteboards replaced with live electronic boards linked to PAS",
         "Ward 3 & Ward 4", "Sarah Lund", "s.lund" + NM,
         "implemented", "live on 2 wards", "2022-09-19", "NM-006", 3500)),
    (["NM-007", "Children\u2019s continence video clinic",
      "Follow-up continence reviews for children done by video instead of home visits",
      "Children's Community Services", "Mrs Helen Grady", None,
      "on hold - staff shortages", 2022, "\u00a32,400 pa", ""],
     inn("Children\u2019s continence video clinic",
         "Follow-up continence reviews for children done by video instead of home visits",
         "Children's Community Services", "Helen Grady", None,
         "paused", "on hold - staff shortages", "2022-01-01", "NM-007", 2400)),
    (["NM-008", "Pharmacy technician-led discharge",
      "Pharmacy technicians do the TTO check and counsel patients so discharges aren\u2019t held up waiting for a pharmacist.",
      "Pharmacy", "Raj Patel (Senior Pharm Tech)", "raj.patel" + NM,
      "Evaluation complete \u2013 report went to Q&S Cttee Sept 23",
      D(2022, 1, 10), "\u00a318,500", ""],
     inn("Pharmacy technician-led discharge",
         "Pharmacy technicians do the TTO check and counsel patients so discharges aren\u2019t held up waiting for a pharmacist.",
         "Pharmacy", "Raj Patel", "raj.patel" + NM,
         "evaluated", "Evaluation complete \u2013 report went to Q&S Cttee Sept 23",
         "2022-01-10", "NM-008", 18500)),
    (["TEST", "test row - delete me", "checking the drop-down works", None,
      "JP", None, "Idea", None, None, "JP 02/03/23"],
     BAD("test row")),
    (["NM-009", "Frailty hot clinic",
      "Rapid-access clinic so GPs can get a frail patient seen within 48h instead of sending them to ED.",
      "Frailty Team", "Dr Ana Sousa", None, "scrapped", D(2022, 5, 3), None,
      "Couldn\u2019t get consultant cover"],
     inn("Frailty hot clinic",
         "Rapid-access clinic so GPs can get a frail patient seen within 48h instead of sending them to ED.",
         "Frailty Team", "Ana Sousa", None,
         "stopped", "scrapped", "2022-05-03", "NM-009", None)),
    ([None] * 10, BAD("blank row")),
    (["NM-010", "\u2018SSKIN\u2019 pressure ulcer app",
      "App version of the SSKIN bundle so carers and DNs record skin checks at each visit",
      "District Nursing", "Ms Laura Finch", "laura.finch" + NM,
      "bid submitted", "Nov-23", "TBC", "Bid to NHS Charities Together"],
     inn("\u2018SSKIN\u2019 pressure ulcer app",
         "App version of the SSKIN bundle so carers and DNs record skin checks at each visit",
         "District Nursing", "Laura Finch", "laura.finch" + NM,
         "planning", "bid submitted", "2023-11-01", "NM-010", None)),
    (["NM-011", "Insulin pen safety stickers",
      "Coloured stickers on insulin pens so the right insulin is given on community visits",
      "Diabetes Specialist Nursing", "Kowalski, Anna (DSN)", None,
      "Completed & evaluated \u2013 poster at Diabetes UK conf",
      D(2020, 11, 2), "nil", ""],
     inn("Insulin pen safety stickers",
         "Coloured stickers on insulin pens so the right insulin is given on community visits",
         "Diabetes Specialist Nursing", "Anna Kowalski", None,
         "evaluated", "Completed & evaluated \u2013 poster at Diabetes UK conf",
         "2020-11-02", "NM-011", 0)),
    (["Rows below added by Jo Pearce from the 2023 QI showcase list \u2013 refs carry on from NM-020",
      None, None, None, None, None, None, None, None, None],
     BAD("notes row")),
    (["NM-020", "Dementia-friendly dining",
      "Coloured crockery, protected mealtimes and finger-food menu for patients living with dementia",
      "Ward 9 (Elm Ward)", "Dr Priya Raman", "priya.raman" + NM,
      "Started on Elm \u2013 now being used by Wards 2 & 5 too", D(2023, 1, 16),
      "\u00a30", ""],
     inn("Dementia-friendly dining",
         "Coloured crockery, protected mealtimes and finger-food menu for patients living with dementia",
         "Ward 9 (Elm Ward)", "Priya Raman", "priya.raman" + NM,
         "spreading", "Started on Elm \u2013 now being used by Wards 2 & 5 too",
         "2023-01-16", "NM-020", 0)),
    (["NM-021", "Virtual fracture clinic",
      "Phone follow-up by physio instead of fracture clinic (showcase entry)",
      "MSK Physio", "Tom Hallett", None, "BAU", 2021, "12k",
      "same as NM-001?"],
     DUP("vfc")),
    (["NM-022", "Phlebotomy self-booking",
      "Patients book their own community blood test slot online or by text",
      "Phlebotomy", "Prof Martin Ebbs", "martin.ebbs" + NM,
      "Awaiting IG sign off / DPIA", "Sep-23", "\u00a36k", ""],
     inn("Phlebotomy self-booking",
         "Patients book their own community blood test slot online or by text",
         "Phlebotomy", "Martin Ebbs", "martin.ebbs" + NM,
         "planning", "Awaiting IG sign off / DPIA", "2023-09-01", "NM-022", 6000)),
    (["NM-023", "QR code patient feedback",
      "QR posters in clinic waiting areas linking to a 3-question FFT survey",
      "Outpatients", "Gemma Rowe & Liam Tait", None,
      "Trialling at OPD reception for 6 weeks", D(2023, 10, 2), None, ""],
     inn("QR code patient feedback",
         "QR posters in clinic waiting areas linking to a 3-question FFT survey",
         "Outpatients", "Gemma Rowe", None,
         "testing", "Trialling at OPD reception for 6 weeks", "2023-10-02",
         "NM-023", None)),
    (["NM-024", "COPD hospital at home",
      "Respiratory team treat COPD exacerbations at home with daily visits and remote obs.",
      "Respiratory", "Dr Femi Adeyemi", "f.adeyemi" + NM,
      "Live \u2013 now the standard pathway for all COPD exacerbations",
      D(2020, 3, 9), "\u00a345,000", ""],
     inn("COPD hospital at home",
         "Respiratory team treat COPD exacerbations at home with daily visits and remote obs.",
         "Respiratory", "Femi Adeyemi", "f.adeyemi" + NM,
         "embedded", "Live \u2013 now the standard pathway for all COPD exacerbations",
         "2020-03-09", "NM-024", 45000)),
    (["NM-025", "Rest pods for night staff", None,
      "Estates / Staff Wellbeing", "Rev Paul Mbeki (chaplain)", None,
      "Declined by charity panel", "2023", "n/a", ""],
     inn("Rest pods for night staff", None,
         "Estates / Staff Wellbeing", "Paul Mbeki", None,
         "stopped", "Declined by charity panel", "2023-01-01", "NM-025", None)),
    (["NM-026", "Green inhaler switch",
      "Switching suitable patients from MDIs to lower-carbon dry powder inhalers",
      "Medicines Optimisation", "Miss Kerry-Ann Doyle", "kerryann.doyle" + NM,
      "Adopted by both PCNs and Riverside Trust", D(2022, 7, 1),
      "c. \u00a39,500", ""],
     inn("Green inhaler switch",
         "Switching suitable patients from MDIs to lower-carbon dry powder inhalers",
         "Medicines Optimisation", "Kerry-Ann Doyle", "kerryann.doyle" + NM,
         "spreading", "Adopted by both PCNs and Riverside Trust", "2022-07-01",
         "NM-026", 9500)),
    (["NM-027", "Nurse-led catheter clinic",
      "Planned catheter changes in a clinic rather than at home where the patient can travel",
      "Urology", "Mr Sunil Mehta", None,
      "PDSA 1 starting next month", None, "TBC", ""],
     inn("Nurse-led catheter clinic",
         "Planned catheter changes in a clinic rather than at home where the patient can travel",
         "Urology", "Sunil Mehta", None,
         "planning", "PDSA 1 starting next month", None, "NM-027", None)),
    (["NM-028", "Arts on prescription", None, "Social Prescribing",
      "Beth O\u2019Connor", None,
      "idea \u2013 to go to Dec innovation panel", None, None, ""],
     inn("Arts on prescription", None, "Social Prescribing",
         "Beth O\u2019Connor", None,
         "idea", "idea \u2013 to go to Dec innovation panel", None, "NM-028",
         None)),
    (["NM-029", "Community rehab outcomes dashboard",
      "Power BI dashboard of goal attainment and readmissions for the community rehab teams",
      "Community Rehab", "Dean, Marcus", "marcus.dean" + NM,
      "Evaluated: 22% fewer readmissions \u2013 write-up in LKS repository",
      ("mmm-yy", D(2022, 1, 1)), "\u00a330k", ""],
     inn("Community rehab outcomes dashboard",
         "Power BI dashboard of goal attainment and readmissions for the community rehab teams",
         "Community Rehab", "Marcus Dean", "marcus.dean" + NM,
         "evaluated", "Evaluated: 22% fewer readmissions \u2013 write-up in LKS repository",
         "2022-01-01", "NM-029", 30000)),
    ([None] * 10, BAD("blank row")),
    ([None] * 10, BAD("blank row")),
    # total/count rows: formulas filled in by write_file1 (placeholders here)
    (["__COUNT__"], BAD("total row")),
    (["__TOTAL__"], BAD("total row")),
]


def write_file1():
    wb = Workbook()
    ws = wb.active
    ws.title = F1_SHEET
    ncol = len(F1_HEADERS)
    last = get_column_letter(ncol)
    ws["A1"] = "Northmoor Community Healthcare NHS Trust (RNX) \u2013 Innovation & QI Log 2020\u20132024"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(f"A1:{last}1")
    ws["A2"] = ("Kept by the Library & Knowledge Service \u2013 please e-mail "
                "lks@northmoorch.nhs.uk with updates. Last tidied 14/11/2024 JP")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells(f"A2:{last}2")
    groups = [("A", "D", "THE PROJECT"), ("E", "F", "WHO"),
              ("G", "H", "PROGRESS"), ("I", "J", "BENEFITS")]
    fill = PatternFill("solid", fgColor="DDEBF7")
    for a, b, txt in groups:
        ws[f"{a}3"] = txt
        ws[f"{a}3"].font = Font(bold=True)
        ws[f"{a}3"].alignment = Alignment(horizontal="center")
        ws[f"{a}3"].fill = fill
        ws.merge_cells(f"{a}3:{b}3")
    hfill = PatternFill("solid", fgColor="1F4E78")
    for c, h in enumerate(F1_HEADERS, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = hfill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    first = 5
    data_last = first + len(F1_ROWS) - 1 - 2  # last row before count/total
    for i, r in enumerate(F1_ROWS):
        rn = first + i
        cells = r[0]
        if cells[0] == "__COUNT__":
            ws.cell(row=rn, column=1, value="No. of projects")
            ws.cell(row=rn, column=1).font = Font(bold=True)
            ws.cell(row=rn, column=2,
                    value=f'=COUNTIF(A{first}:A{data_last},"NM-*")')
            continue
        if cells[0] == "__TOTAL__":
            ws.cell(row=rn, column=8, value="TOTAL est. savings")
            ws.cell(row=rn, column=8).font = Font(bold=True)
            ws.cell(row=rn, column=9, value=f"=SUM(I{first}:I{data_last})")
            ws.cell(row=rn, column=9).number_format = '"£"#,##0'
            continue
        if cells[0] and str(cells[0]).startswith("Rows below"):
            ws.cell(row=rn, column=1, value=cells[0])
            ws.cell(row=rn, column=1).font = Font(italic=True, color="C00000")
            ws.merge_cells(f"A{rn}:{last}{rn}")
            continue
        for c, v in enumerate(cells, 1):
            if v is None or v == "":
                continue
            cell = ws.cell(row=rn, column=c)
            if isinstance(v, tuple):  # (number_format, datetime)
                cell.value = v[1]
                cell.number_format = v[0]
            elif isinstance(v, dt.datetime):
                cell.value = v
                cell.number_format = "dd/mm/yyyy"
            else:
                cell.value = v
                if c == 9 and isinstance(v, (int, float)):
                    cell.number_format = '"£"#,##0'
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    widths = [9, 30, 50, 26, 28, 30, 34, 12, 14, 26]
    for c, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.freeze_panes = "C5"
    ws.auto_filter.ref = f"A4:{last}{data_last}"

    # second sheet: drop-down lists nobody maintains any more
    lk = wb.create_sheet("Dropdowns")
    lk["A1"] = "Status options (old)"
    for i, s in enumerate(["Idea", "Scoping", "PDSA", "Live", "BAU",
                           "On hold", "Closed"], 2):
        lk.cell(row=i, column=1, value=s)
    lk["C1"] = "Teams"
    for i, s in enumerate(["Community Nursing", "Therapies", "Pharmacy",
                           "Children's Services", "Wards"], 2):
        lk.cell(row=i, column=3, value=s)
    wb.save(os.path.join(HERE, F1))
    build_key(F1, "innovations", 4, F1_ROWS, first, sheet=F1_SHEET)


# ==========================================================================
# FILE 2  Wexbridge and District Hospitals NHS Foundation Trust (RWX)
#         SharePoint list "Staff Ideas & Spread Tracker" exported to Excel,
#         tidied a bit by hand, then saved as Excel "CSV" (cp1252, CRLF)
# ==========================================================================
F2 = "wexbridge_staff_ideas_export.csv"
F2_HEADERS = ["ID", "Title", "Idea description", "Ward/Dept", "Idea owner",
              "Owner email", "Current status", "Start date",
              "Annual saving (\u00a3)", "Spread to", "Created", "Created By",
              "Modified", "Modified By", "Item Type", "Path"]
WX = "@wdh.nhs.uk"
SP = ("Item", "sites/QI/Lists/StaffIdeas")


def sp(id_, title, desc, dept, owner, email, status, start, saving, spread,
       created, cby, modified, mby):
    return [id_, title, desc, dept, owner, email, status, start, saving,
            spread, created, cby, modified, mby, SP[0], SP[1]]


F2_ROWS = [
    (sp("3", "Patient flow huddle board",
        "Twice-daily 10 minute huddle at a whiteboard on AMU to agree who can go home, what they are waiting for and who is chasing it.",
        "AMU", "Hughes, Gareth", "gareth.hughes2" + WX,
        "In use on AMU every day", "14/03/2022", "\u00a33,000", "",
        "02/03/2022 09:14", "Gareth Hughes", "11/07/2023 16:40", "Lucy Barnes"),
     inn("Patient flow huddle board",
         "Twice-daily 10 minute huddle at a whiteboard on AMU to agree who can go home, what they are waiting for and who is chasing it.",
         "AMU", "Gareth Hughes", "gareth.hughes2" + WX,
         "implemented", "In use on AMU every day", "2022-03-14", "3", 3000)),
    (sp("4", "Pre-op carbohydrate drinks",
        "Giving carb-loading drinks the night before and morning of surgery (ERAS) instead of nil by mouth from midnight.",
        "Pre-operative Assessment", "Dr Ngozi Eze", "",
        "PDSA cycle 2 \u2013 40 patients so far", "Mar-23", "TBC", "",
        "27/02/2023 11:02", "Ngozi Eze", "19/06/2023 08:55", "Ngozi Eze"),
     inn("Pre-op carbohydrate drinks",
         "Giving carb-loading drinks the night before and morning of surgery (ERAS) instead of nil by mouth from midnight.",
         "Pre-operative Assessment", "Ngozi Eze", None,
         "testing", "PDSA cycle 2 \u2013 40 patients so far", "2023-03-01",
         "4", None)),
    (sp("5", "Reusable tourniquets",
        "Single-use tourniquets swapped for wipeable reusable ones in phlebotomy.\nSaves money and a lot of plastic.",
        "Phlebotomy & Outpatients", "Carol Bright (Band 4 phlebotomist)",
        "carol.bright" + WX,
        "Rolled out trustwide \u2013 now in ED and on the wards too",
        "Spring 2022", "\u00a3500 a month", "ED; Wards 10-14; Theatres",
        "08/04/2022 13:30", "Carol Bright", "02/10/2024 10:12", "Lucy Barnes"),
     inn("Reusable tourniquets",
         "Single-use tourniquets swapped for wipeable reusable ones in phlebotomy.\nSaves money and a lot of plastic.",
         "Phlebotomy & Outpatients", "Carol Bright", "carol.bright" + WX,
         "spreading", "Rolled out trustwide \u2013 now in ED and on the wards too",
         "2022-03-01", "5", 6000)),
    (sp("6", "TEST ITEM \u2013 please ignore", "test", "", "SP Admin", "", "",
        "", "", "", "12/04/2022 15:01", "SharePoint Admin",
        "12/04/2022 15:01", "SharePoint Admin"),
     BAD("test row")),
    (sp("8", "Discharge lounge breakfast", "", "Discharge Lounge", "", "",
        "Idea", "", "", "", "03/05/2022 07:48", "Amy Clarke",
        "03/05/2022 07:48", "Amy Clarke"),
     inn("Discharge lounge breakfast", None, "Discharge Lounge", None, None,
         "idea", "Idea", None, "8", None)),
    (sp("9", "Speech recognition for clinic letters",
        "Trial of speech recognition software so consultants dictate straight into the letter template.\nNo more waiting 3 weeks for typing.",
        "Outpatients \u2013 Ophthalmology",
        "Mr Tomasz Nowak tomasz.nowak" + WX, "",
        "On hold \u2013 waiting for digital team capacity", "2023",
        "c. \u00a320k", "",
        "16/01/2023 17:22", "Tomasz Nowak", "30/08/2023 12:00", "Lucy Barnes"),
     inn("Speech recognition for clinic letters",
         "Trial of speech recognition software so consultants dictate straight into the letter template.\nNo more waiting 3 weeks for typing.",
         "Outpatients \u2013 Ophthalmology", "Tomasz Nowak",
         "tomasz.nowak" + WX, "paused",
         "On hold \u2013 waiting for digital team capacity", "2023-01-01",
         "9", 20000)),
    (sp("10", "Hydration stations",
        "Water dispensers and coloured jugs on the elderly care wards with a volunteer doing drinks rounds",
        "Care of the Elderly \u2013 Wards 20 & 21", "Ellie Marsh / Owen Pryce",
        "ellie.marsh" + WX, "BAU", "06/06/2021", "nil", "",
        "01/06/2021 10:10", "Ellie Marsh", "14/02/2024 09:31", "Ellie Marsh"),
     inn("Hydration stations",
         "Water dispensers and coloured jugs on the elderly care wards with a volunteer doing drinks rounds",
         "Care of the Elderly \u2013 Wards 20 & 21", "Ellie Marsh",
         "ellie.marsh" + WX, "embedded", "BAU", "2021-06-06", "10", 0),
     "hydr"),
    (sp("11", "Butterfly scheme for dementia", "", "Trustwide",
        "Sister Ruth Adebayo", "",
        "scrapped \u2013 went with the national This Is Me instead",
        "01/09/2020", "n/a", "",
        "28/08/2020 14:45", "Ruth Adebayo", "05/01/2022 11:19", "Lucy Barnes"),
     inn("Butterfly scheme for dementia", None, "Trustwide", "Ruth Adebayo",
         None, "stopped",
         "scrapped \u2013 went with the national This Is Me instead",
         "2020-09-01", "11", None)),
    (sp("12", "Removing desflurane",
        "Taking desflurane vaporisers off all anaesthetic machines to cut theatre carbon emissions",
        "Theatres & Anaesthetics", "Dr Imran Qureshi", "imran.qureshi" + WX,
        "Evaluation done \u2013 78% drop in CO2e, write-up on the intranet",
        "Jan-21", "\u00a328,000", "",
        "11/01/2021 08:30", "Imran Qureshi", "17/03/2022 15:05", "Imran Qureshi"),
     inn("Removing desflurane",
         "Taking desflurane vaporisers off all anaesthetic machines to cut theatre carbon emissions",
         "Theatres & Anaesthetics", "Imran Qureshi", "imran.qureshi" + WX,
         "evaluated",
         "Evaluation done \u2013 78% drop in CO2e, write-up on the intranet",
         "2021-01-01", "12", 28000)),
    ([""] * 16, BAD("blank row")),
    (["---- Items below copied over from the old 2019 Ideas Book spreadsheet (LB, Apr 2024) ----"]
     + [""] * 15, BAD("notes row")),
    (sp("13", "Patient\u2019s own drugs lockers",
        "Bedside lockers so patients\u2019 own medicines can be used while they are in hospital",
        "Ward 14", "Abi Lowe", "", "bid submitted to WDH Charity", "Oct-19",
        "c. \u00a34k", "",
        "22/04/2024 10:01", "Lucy Barnes", "22/04/2024 10:01", "Lucy Barnes"),
     inn("Patient\u2019s own drugs lockers",
         "Bedside lockers so patients\u2019 own medicines can be used while they are in hospital",
         "Ward 14", "Abi Lowe", None, "planning",
         "bid submitted to WDH Charity", "2019-10-01", "13", 4000)),
    (sp("14", "Hydration stations", "Water stations on COTE wards",
        "Wards 20/21", "Ellie Marsh", "", "BAU now", "2021", "\u00a30", "",
        "22/04/2024 10:04", "Lucy Barnes", "22/04/2024 10:04", "Lucy Barnes"),
     DUP("hydr")),
    (sp("15", "Quiet at night",
        "\u201cQuiet at night\u201d packs (ear plugs, eye mask) and lights down at 11pm on surgical wards",
        "Surgical wards", "Dr. Hannah Boateng", "",
        "Pilot on Ward 12 \u2013 PDSA 1", "12/11/2019", "TBC", "",
        "22/04/2024 10:09", "Lucy Barnes", "22/04/2024 10:09", "Lucy Barnes"),
     inn("Quiet at night",
         "\u201cQuiet at night\u201d packs (ear plugs, eye mask) and lights down at 11pm on surgical wards",
         "Surgical wards", "Hannah Boateng", None, "testing",
         "Pilot on Ward 12 \u2013 PDSA 1", "2019-11-12", "15", None)),
    (sp("17", "Volunteer ward buddies",
        "", "Voluntary Services", "Fenwick, Joanne", "joanne.fenwick" + WX,
        "Approved at Exec \u2013 recruiting volunteers", "2024", "\u00a38,000",
        "", "09/01/2024 12:12", "Joanne Fenwick", "20/05/2024 16:50",
        "Joanne Fenwick"),
     inn("Volunteer ward buddies", None, "Voluntary Services",
         "Joanne Fenwick", "joanne.fenwick" + WX, "planning",
         "Approved at Exec \u2013 recruiting volunteers", "2024-01-01", "17",
         8000)),
    (sp("18", "Frailty SDEC",
        "Same-day emergency care unit for frail older people next to ED \u2013 frailty team see them within the hour",
        "Emergency Department", "Prof. Alan Whitcombe (Clinical Director)", "",
        "Live since Feb \u2013 being copied by Northgate and St Anne\u2019s",
        "01/02/2023", "\u00a3150,000", "Northgate General; St Anne\u2019s",
        "30/01/2023 09:00", "Alan Whitcombe", "03/09/2024 14:21", "Lucy Barnes"),
     inn("Frailty SDEC",
         "Same-day emergency care unit for frail older people next to ED \u2013 frailty team see them within the hour",
         "Emergency Department", "Alan Whitcombe", None, "spreading",
         "Live since Feb \u2013 being copied by Northgate and St Anne\u2019s",
         "2023-02-01", "18", 150000)),
    (sp("19", "Paper-free handover",
        "Electronic handover sheet built into the EPR, printed only when the system is down",
        "Critical Care", "Tara Singh-Bose", "tara.singh-bose" + WX, "live",
        "13/05/2024", "12k", "",
        "02/05/2024 18:37", "Tara Singh-Bose", "14/05/2024 07:02",
        "Tara Singh-Bose"),
     inn("Paper-free handover",
         "Electronic handover sheet built into the EPR, printed only when the system is down",
         "Critical Care", "Tara Singh-Bose", "tara.singh-bose" + WX,
         "implemented", "live", "2024-05-13", "19", 12000)),
    (sp("20", "Chatbot for HR queries", "", "HR / Workforce", "", "",
        "declined", "", "", "",
        "15/05/2024 11:11", "Dan Webb", "01/07/2024 09:45", "Lucy Barnes"),
     inn("Chatbot for HR queries", None, "HR / Workforce", None, None,
         "stopped", "declined", None, "20", None)),
    (sp("21", "Heart failure virtual ward",
        "Remote monitoring (weight, BP, sats) at home with daily review by the HF nurses so patients can leave hospital sooner",
        "Cardiology", "Dr Sean O\u2019Reilly", "sean.oreilly" + WX,
        "Final evaluation signed off by QI board", "Sep-22",
        "\u00a360k pa (est.)", "",
        "05/09/2022 10:30", "Sean O'Reilly", "12/12/2023 15:15", "Lucy Barnes"),
     inn("Heart failure virtual ward",
         "Remote monitoring (weight, BP, sats) at home with daily review by the HF nurses so patients can leave hospital sooner",
         "Cardiology", "Sean O\u2019Reilly", "sean.oreilly" + WX, "evaluated",
         "Final evaluation signed off by QI board", "2022-09-01", "21",
         60000)),
    (sp("22", "Safer sharps bins",
        "Wall-mounted sharps bins with temporary closure in all treatment rooms",
        "Infection Prevention & Control", "Mrs J. Kaur (IPC Nurse)", "",
        "ordering bins \u2013 delivery due Oct", "Jul-24",
        "\u00a31,200 a year", "",
        "01/07/2024 13:13", "Jas Kaur", "20/09/2024 10:40", "Jas Kaur"),
     inn("Safer sharps bins",
         "Wall-mounted sharps bins with temporary closure in all treatment rooms",
         "Infection Prevention & Control", "J. Kaur", None, "planning",
         "ordering bins \u2013 delivery due Oct", "2024-07-01", "22", 1200)),
    (sp("23", "Ward 10 tea trolley", "Team tea trolley for staff wellbeing",
        "Ward 10", "Lucy Barnes", "lucy.barnes" + WX,
        "Funding needed \u2013 not approved yet", "Sept 2024", "n/a", "",
        "16/09/2024 08:20", "Lucy Barnes", "16/09/2024 08:20", "Lucy Barnes"),
     inn("Ward 10 tea trolley", "Team tea trolley for staff wellbeing",
         "Ward 10", "Lucy Barnes", "lucy.barnes" + WX, "idea",
         "Funding needed \u2013 not approved yet", "2024-09-01", "23", None)),
    ([""] * 16, BAD("blank row")),
    (["", "TOTAL est. annual savings (where known)", "", "", "", "", "", "",
      "\u00a3292,200", "", "", "", "", "", "", ""],
     BAD("total row")),
]


def write_file2():
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(F2_HEADERS)
    for r in F2_ROWS:
        w.writerow(r[0])
    with open(os.path.join(HERE, F2), "wb") as f:
        f.write(buf.getvalue().encode("cp1252"))
    build_key(F2, "innovations", 1, F2_ROWS, 2)


# ==========================================================================
# FILE 3  Kestrel Valley NHS Foundation Trust (RKV) - mental health & community
#         ESR staff extract with a "special interests" column the LKS added,
#         saved from Excel as "Unicode Text" (UTF-16 LE + BOM, TAB, CRLF)
# ==========================================================================
F3 = "kestrel_valley_special_interests.txt"
F3_HEADERS = ["Assignment Number", "Last Name", "First Name", "Title",
              "Position Title", "Organisation", "Work Email Address",
              "Special interests / areas of expertise",
              "Happy to\u2026 (teach, mentor, be shadowed)", "Comments"]
KV = "@kvft.nhs.uk"

F3_ROWS = [
    (["21004567-2", "Mbatha", "Thandiwe", "Dr",
      "Consultant Clinical Psychologist", "Adult Eating Disorders Service",
      "thandiwe.mbatha" + KV, "Eating disorders; CBT-E; family-based treatment",
      "Happy to supervise trainee psychologists", ""],
     staff("Thandiwe", "Mbatha", "thandiwe.mbatha" + KV,
           "Consultant Clinical Psychologist", "Adult Eating Disorders Service",
           ["Eating disorders", "CBT-E", "family-based treatment"],
           "Happy to supervise trainee psychologists")),
    (["21009821-1", "O\u2019Neill", "Siobh\u00e1n", "Ms",
      "Clinical Nurse Specialist", "Early Intervention in Psychosis",
      "siobhan.oneill" + KV, "Psychosis, bipolar and personality disorder",
      "Can offer shadowing days for student nurses", ""],
     staff("Siobh\u00e1n", "O\u2019Neill", "siobhan.oneill" + KV,
           "Clinical Nurse Specialist", "Early Intervention in Psychosis",
           ["Psychosis", "bipolar", "personality disorder"],
           "Can offer shadowing days for student nurses")),
    (["21011122-1", "Kowalczyk", "Piotr", "Mr",
      "Occupational Therapist Band 6", "CMHT \u2013 East",
      "piotr.kowalczyk" + KV,
      "Sensory integration\nVocational rehab\nSpeaks Polish", "", ""],
     staff("Piotr", "Kowalczyk", "piotr.kowalczyk" + KV,
           "Occupational Therapist Band 6", "CMHT \u2013 East",
           ["Sensory integration", "Vocational rehab"])),
    (["21012345-1", "Hargreaves", "Anne", "Mrs", "Ward Manager",
      "Larch Ward (Older Adults)", "anne.hargreaves" + KV,
      "\u2022 Dementia care \u2022 Falls prevention \u2022 Moving & handling",
      "Willing to run moving & handling refreshers for new starters", ""],
     staff("Anne", "Hargreaves", "anne.hargreaves" + KV, "Ward Manager",
           "Larch Ward (Older Adults)",
           ["Dementia care", "Falls prevention", "Moving & handling"],
           "Willing to run moving & handling refreshers for new starters")),
    (["21013001-1", "Ferreira", "Jos\u00e9", "Dr", "Specialty Doctor",
      "Liaison Psychiatry", "jose.ferreira" + KV,
      "Self-harm, adult ADHD and gambling harms", "", ""],
     staff("Jos\u00e9", "Ferreira", "jose.ferreira" + KV, "Specialty Doctor",
           "Liaison Psychiatry", ["Self-harm", "adult ADHD", "gambling harms"])),
    (["21013555-1", "Greaves", "Martin", "Mr", "Charge Nurse (LEAVER)",
      "Psychiatric Intensive Care Unit", "martin.greaves" + KV,
      "De-escalation; PMVA trainer", "", "Left 31/03/2024"],
     staff("Martin", "Greaves", "martin.greaves" + KV, "Charge Nurse",
           "Psychiatric Intensive Care Unit",
           ["De-escalation", "PMVA trainer"], None, True, "2024-03-31")),
    (["21014020-1", "Ahmed", "Nadia", "Miss",
      "Specialist Mental Health Pharmacist", "Pharmacy", "nadia.ahmed" + KV,
      "Clozapine, lithium monitoring",
      "Happy to answer medicines queries from the wards",
      "Seconded to ICB 2 days/wk until Mar 25"],
     staff("Nadia", "Ahmed", "nadia.ahmed" + KV,
           "Specialist Mental Health Pharmacist", "Pharmacy",
           ["Clozapine", "lithium monitoring"],
           "Happy to answer medicines queries from the wards")),
    (["00000000-0", "Test", "Test", "", "TEST ROW - DO NOT USE", "LKS",
      "lks.test" + KV, "test", "", ""],
     BAD("test row")),
    (["21015876-1", "Lindqvist", "Zo\u00eb", "Dr", "Consultant Psychiatrist",
      "Perinatal Mental Health", "zoe.lindqvist" + KV,
      "Perinatal mental health; postnatal psychosis; medication in pregnancy & breastfeeding",
      "", "On mat leave until Feb 2025"],
     staff("Zo\u00eb", "Lindqvist", "zoe.lindqvist" + KV,
           "Consultant Psychiatrist", "Perinatal Mental Health",
           ["Perinatal mental health", "postnatal psychosis",
            "medication in pregnancy & breastfeeding"])),
    ([""] * 10, BAD("blank row")),
    (["", "VACANT", "", "", "Consultant Psychiatrist \u2013 Older Adults",
      "Older Adults CMHT", "", "", "",
      "Out to advert Oct 24 \u2013 locum covering"],
     BAD("vacant post")),
    (["21016600-1", "Okonkwo", "Emeka", "Mr", "Peer Support Worker",
      "Recovery College", "emeka.okonkwo" + KV,
      "Lived experience; recovery planning; WRAP",
      "Happy to co-deliver Recovery College courses & talk to new staff about peer work",
      ""],
     staff("Emeka", "Okonkwo", "emeka.okonkwo" + KV, "Peer Support Worker",
           "Recovery College",
           ["Lived experience", "recovery planning", "WRAP"],
           "Happy to co-deliver Recovery College courses & talk to new staff about peer work")),
    (["21017043-1", "Brennan", "Cathal", "Mr", "Team Leader (Band 7)",
      "Crisis Resolution & Home Treatment", "cathal.brennan" + KV,
      "Crisis assessment and risk formulation", "", "left trust Aug 2023"],
     staff("Cathal", "Brennan", "cathal.brennan" + KV, "Team Leader (Band 7)",
           "Crisis Resolution & Home Treatment",
           ["Crisis assessment", "risk formulation"], None, True,
           "2023-08-01")),
    (["--- Community physical health staff below added from the 2023 skills survey (P. Lowe, Sept 2024) ---",
      "", "", "", "", "", "", "", "", ""],
     BAD("notes row")),
    (["21020101-1", "Davies", "Rhian", "Sister", "District Nursing Sister",
      "District Nursing \u2013 Kestrel South", "rhian.davies" + KV,
      "Leg ulcers, compression bandaging, Doppler assessment",
      "can offer 1:1 Doppler training", ""],
     staff("Rhian", "Davies", "rhian.davies" + KV, "District Nursing Sister",
           "District Nursing \u2013 Kestrel South",
           ["Leg ulcers", "compression bandaging", "Doppler assessment"],
           "can offer 1:1 Doppler training"), "rd"),
    (["21020334-1", "Chen", "Wei", "Dr",
      "GP with Extended Role (Dermatology)", "Community Dermatology", "",
      "Dermatology\nMinor surgery\nSpeaks Cantonese & Mandarin", "", ""],
     staff("Wei", "Chen", None, "GP with Extended Role (Dermatology)",
           "Community Dermatology", ["Dermatology", "Minor surgery"])),
    (["21020778-1", "Patel", "Ravi", "Mr", "Physiotherapist (Band 6)",
      "MSK Physiotherapy", "ravi.patel" + KV,
      "Back pain; sports injuries and hydrotherapy",
      "Happy to take physio students on placement", ""],
     staff("Ravi", "Patel", "ravi.patel" + KV, "Physiotherapist (Band 6)",
           "MSK Physiotherapy",
           ["Back pain", "sports injuries", "hydrotherapy"],
           "Happy to take physio students on placement")),
    (["21020101-2", "Davies", "Rhian", "Sister",
      "Tissue Viability Link Nurse", "District Nursing \u2013 Kestrel South",
      "rhian.davies" + KV,
      "Leg ulcers, compression bandaging, Doppler assessment", "",
      "2nd assignment"],
     DUP("rd")),
    (["21021456-1", "N\u00ed Bhriain", "\u00c1ine", "Ms",
      "Speech and Language Therapist", "Adult SLT \u2013 Community",
      "aine.nibhriain" + KV, "Dysphagia; aphasia; AAC (communication aids)",
      "Willing to mentor newly qualified SLTs",
      "Leaver \u2013 moved to Leeds Teaching Hospitals"],
     staff("\u00c1ine", "N\u00ed Bhriain", "aine.nibhriain" + KV,
           "Speech and Language Therapist", "Adult SLT \u2013 Community",
           ["Dysphagia", "aphasia", "AAC (communication aids)"],
           "Willing to mentor newly qualified SLTs", True)),
    (["21022000-1", "Kaur-Singh", "Jaspreet", "Mrs",
      "Diabetes Specialist Nurse", "Community Diabetes",
      "jaspreet.kaur-singh" + KV,
      "Insulin initiation, type 1 & type 2 diabetes, structured education (X-PERT)",
      "Happy to teach insulin pen technique to ward staff", ""],
     staff("Jaspreet", "Kaur-Singh", "jaspreet.kaur-singh" + KV,
           "Diabetes Specialist Nurse", "Community Diabetes",
           ["Insulin initiation", "type 1 & type 2 diabetes",
            "structured education (X-PERT)"],
           "Happy to teach insulin pen technique to ward staff")),
    (["21022890-1", "Whitfield *LEFT*", "George", "Mr", "Community Matron",
      "Long Term Conditions", "george.whitfield" + KV,
      "COPD; heart failure; advance care planning", "", "last day 31/01/24"],
     staff("George", "Whitfield", "george.whitfield" + KV, "Community Matron",
           "Long Term Conditions",
           ["COPD", "heart failure", "advance care planning"], None, True,
           "2024-01-31")),
    (["21023311-1", "Osei", "Abena", "Ms", "Podiatrist", "Podiatry",
      "abena.osei" + KV, "", "", ""],
     staff("Abena", "Osei", "abena.osei" + KV, "Podiatrist", "Podiatry", [])),
    (["21023999-1", "Lewandowska-Reid", "Marta", "Dr",
      "Clinical Psychologist", "Learning Disabilities Team",
      "marta.lewandowska-reid" + KV,
      "Autism assessment & diagnosis\nPositive behaviour support\nTrauma-informed care",
      "Happy to talk to staff groups about reasonable adjustments", ""],
     staff("Marta", "Lewandowska-Reid", "marta.lewandowska-reid" + KV,
           "Clinical Psychologist", "Learning Disabilities Team",
           ["Autism assessment & diagnosis", "Positive behaviour support",
            "Trauma-informed care"],
           "Happy to talk to staff groups about reasonable adjustments")),
    (["21024420-1", "Mensah", "Kofi", "Mr", "Band 5 Staff Nurse",
      "Acute Inpatients \u2013 Ash Ward", "kofi.mensah" + KV,
      "Physical health monitoring, ECGs & phlebotomy", "", ""],
     staff("Kofi", "Mensah", "kofi.mensah" + KV, "Band 5 Staff Nurse",
           "Acute Inpatients \u2013 Ash Ward",
           ["Physical health monitoring", "ECGs", "phlebotomy"])),
    (["Total staff listed: 21", "", "", "", "", "", "", "", "", ""],
     BAD("total row")),
]


def write_file3():
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter="\t", lineterminator="\r\n")
    w.writerow(F3_HEADERS)
    for r in F3_ROWS:
        w.writerow(r[0])
    with open(os.path.join(HERE, F3), "wb") as f:
        f.write(b"\xff\xfe" + buf.getvalue().encode("utf-16-le"))
    build_key(F3, "staff", 1, F3_ROWS, 2)


if __name__ == "__main__":
    write_file1()
    write_file2()
    write_file3()
    print("written")
