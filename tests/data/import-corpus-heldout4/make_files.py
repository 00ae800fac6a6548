#!/usr/bin/env python3
"""Regenerates every file in this held-out corpus, plus its answer key.

Every data row is written out literally below, next to the answer-key entry
for that row, so the two cannot drift apart.  Row numbers in the keys are
computed from the position of the row in the list (header_row + 1 + index).

Run:  python3 make_files.py      (needs openpyxl)
"""
import csv
import io
import json
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- key helpers

def inn(title, summary, department, lead_name, lead_email, stage, status_text,
        started, ref, savings):
    """A good innovation row.  started=None means: the row gives no start date."""
    exp = {
        "title": title,
        "summary": summary,
        "department": department,
        "lead": None if lead_name is None else {"name": lead_name, "email": lead_email},
        "stage": stage,
        "status_text": status_text,
        "ref": ref,
        "savings_gbp": savings,
    }
    if started is not None:
        exp["started"] = started
    return {"good": True, "expected": exp}


def st(name, email, job_title, department, expertise, willing=None,
       given=None, family=None, left=False, left_on=None):
    """A good staff row.  given/family default to first word / the rest."""
    if given is None:
        given, family = name.split(" ", 1)
    exp = {
        "name": name,
        "given_name": given,
        "family_name": family,
        "email": email,
        "job_title": job_title,
        "department": department,
        "expertise": list(expertise),
        "willing_to_text": willing,
    }
    if left:
        exp["employment_status"] = "left"
        if left_on:
            exp["left_on"] = left_on
    return {"good": True, "expected": exp}


def bad(reason):
    return {"good": False, "reason": reason}


def write_key(fname, kind, header_row, rows, sheet=None):
    """rows: list of (cells, keyentry) in file order, first one is header_row+1."""
    key = {"file": fname, "kind": kind, "header_row": header_row}
    if sheet:
        key["sheet"] = sheet
    out = {}
    for i, (_cells, k) in enumerate(rows):
        out[str(header_row + 1 + i)] = k
    key["rows"] = out
    with open(os.path.join(HERE, fname + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write("\n")


# ---------------------------------------------------------------- file writers

def write_excel_csv(fname, header, rows, encoding):
    """Like Excel 'CSV (Comma delimited)' (cp1252) or 'CSV UTF-8' (utf-8-sig):
    CRLF between records, LF inside a quoted multi-line cell, minimal quoting."""
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for cells, _k in rows:
        w.writerow(cells)
    with open(os.path.join(HERE, fname), "wb") as f:
        f.write(buf.getvalue().encode(encoding))


def write_unicode_text(fname, header, rows):
    """Like Excel 'Unicode Text (*.txt)': UTF-16 LE with BOM, TAB separated,
    CRLF records, cells containing a tab/newline/quote wrapped in quotes."""
    def cell(v):
        v = "" if v is None else str(v)
        if any(c in v for c in '\t\n"'):
            return '"' + v.replace('"', '""') + '"'
        return v
    lines = ["\t".join(cell(c) for c in header)]
    for cells, _k in rows:
        lines.append("\t".join(cell(c) for c in cells))
    text = "\r\n".join(lines) + "\r\n"
    with open(os.path.join(HERE, fname), "wb") as f:
        f.write(b"\xff\xfe" + text.encode("utf-16-le"))


THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def put_rows(ws, first_row, rows, date_fmt="dd/mm/yyyy", money_cols=(), wrap=True):
    for i, (cells, _k) in enumerate(rows):
        r = first_row + i
        for j, v in enumerate(cells, start=1):
            if v is None or v == "":
                continue
            c = ws.cell(row=r, column=j, value=v)
            if isinstance(v, datetime):
                c.number_format = date_fmt
            elif isinstance(v, (int, float)) and j in money_cols:
                c.number_format = '"£"#,##0'
            if wrap:
                c.alignment = Alignment(wrap_text=True, vertical="top")


# ============================================================================
# FILE 1 - Wealdmoor Teaching Hospitals NHS FT (R1W): Innovation & QI ideas log
#          .xlsx, one sheet, title + merged group header above the header row
# ============================================================================

F1 = "Wealdmoor_Innovation_QI_ideas_log_MASTER_v7.xlsx"
F1_HEADER_ROW = 4
F1_HEADER = ["Ref", "Project name", "What is it?", "Ward / Dept",
             "Project lead", "Lead email", "Date logged", "Current status",
             "Est. annual saving (£)", "Logged by", "Comments"]
D = "@wealdmoor.nhs.uk"

F1_ROWS = [
    # row 5
    (["WH-001", "Red Bag scheme",
      "Hospital-to-care-home transfer bag that travels with the patient and carries their medication, paperwork and personal belongings so nothing gets lost",
      "Care of the Elderly", "Dr Helen Marsh", "helen.marsh" + D, datetime(2019, 6, 3),
      "BAU now – all COTE wards", "£18,000", "JP", ""],
     inn("Red Bag scheme",
         "Hospital-to-care-home transfer bag that travels with the patient and carries their medication, paperwork and personal belongings so nothing gets lost",
         "Care of the Elderly", "Helen Marsh", "helen.marsh" + D, "embedded",
         "BAU now – all COTE wards", "2019-06-03", "WH-001", 18000)),
    # row 6
    (["WH-002", "Virtual fracture clinic",
      "Patients with simple fractures get a phone review by a consultant and a physio instead of a face-to-face fracture clinic appointment",
      "Trauma & Orthopaedics", "Mr Daniel Okoro", "", datetime(2019, 9, 16),
      "Rolled out trustwide + adopted by Kentbridge Community Hospital", 42000, "JP",
      "Featured in AHSN case study"],
     inn("Virtual fracture clinic",
         "Patients with simple fractures get a phone review by a consultant and a physio instead of a face-to-face fracture clinic appointment",
         "Trauma & Orthopaedics", "Daniel Okoro", None, "spreading",
         "Rolled out trustwide + adopted by Kentbridge Community Hospital", "2019-09-16",
         "WH-002", 42000)),
    # row 7
    ([""] * 11, bad("blank row")),
    # row 8
    (["WH-003", "Bedside medicine lockers – self-administration",
      "Patients who are able keep and take their own medicines from a locked bedside locker, with a nurse check each shift",
      "Ward 7 (Surgery)", "Cole, Martina", "", "Mar-20",
      "on hold - staff shortages", "TBC", "JP", "restart after ward reconfig?"],
     inn("Bedside medicine lockers – self-administration",
         "Patients who are able keep and take their own medicines from a locked bedside locker, with a nurse check each shift",
         "Ward 7 (Surgery)", "Martina Cole", None, "paused",
         "on hold - staff shortages", "2020-03-01", "WH-003", None)),
    # row 9
    (["WH-004", "Sepsis screening e-tool",
      "Electronic sepsis screen built into the ED triage screen that prompts the nurse to escalate when 2+ red flags are ticked",
      "Emergency Department", "Priya Shah (Band 7 ANP)", "priya.shah" + D, datetime(2020, 1, 27),
      "PDSA cycle 3", "n/a", "JP", ""],
     inn("Sepsis screening e-tool",
         "Electronic sepsis screen built into the ED triage screen that prompts the nurse to escalate when 2+ red flags are ticked",
         "Emergency Department", "Priya Shah", "priya.shah" + D, "testing",
         "PDSA cycle 3", "2020-01-27", "WH-004", None)),
    # row 10
    (["WH-005", "Paperless handover",
      "Nursing and medical handover done from a shared electronic list instead of printed sheets",
      "Acute Medical Unit", "Tom Reilly / Asha Begum", "t.reilly" + D, 2021,
      "live on AMU since Oct, no formal eval yet", "c. £4k", "SP", "saving = paper + printer costs"],
     inn("Paperless handover",
         "Nursing and medical handover done from a shared electronic list instead of printed sheets",
         "Acute Medical Unit", "Tom Reilly", "t.reilly" + D, "implemented",
         "live on AMU since Oct, no formal eval yet", "2021-01-01", "WH-005", 4000)),
    # row 11
    (["TEST", "test - ignore", "testing the drop-down", "", "", "", "", "idea", "", "SP", ""],
     bad("test row")),
    # row 12
    (["WH-006", "Hydration stations (‘Drink a Drop’)",
      "Self-serve water and squash stations in the bays so patients can help themselves between drinks rounds",
      "Ward 12 & Ward 14", "Sister Bernadette Quinn", "", "Spring 2022",
      "scrapped - jugs kept going missing", "", "SP", ""],
     inn("Hydration stations (‘Drink a Drop’)",
         "Self-serve water and squash stations in the bays so patients can help themselves between drinks rounds",
         "Ward 12 & Ward 14", "Bernadette Quinn", None, "stopped",
         "scrapped - jugs kept going missing", "2022-03-01", "WH-006", None)),
    # row 13
    (["WH-007", "Digital dictation for outpatient letters",
      "Consultants dictate clinic letters into an app; typists pick them up from a shared queue so letters go out in days not weeks",
      "Outpatients", "Dr Farid Haddad <farid.haddad" + D + ">", "", datetime(2021, 5, 10),
      "Evaluation complete – report to Nov board", "£500 a month", "SP", ""],
     inn("Digital dictation for outpatient letters",
         "Consultants dictate clinic letters into an app; typists pick them up from a shared queue so letters go out in days not weeks",
         "Outpatients", "Farid Haddad", "farid.haddad" + D, "evaluated",
         "Evaluation complete – report to Nov board", "2021-05-10", "WH-007", 6000)),
    # row 14
    (["WH-008", "Falls sensor mats",
      "Pressure-sensor mats beside the beds of high falls-risk patients that alert staff when the patient stands up",
      "Ward 3", "Grace Mensah (Band 6 physio)", "grace.mensah" + D, "03/02/2023",
      "bid submitted to Wealdmoor Charity", "12k", "SP", ""],
     inn("Falls sensor mats",
         "Pressure-sensor mats beside the beds of high falls-risk patients that alert staff when the patient stands up",
         "Ward 3", "Grace Mensah", "grace.mensah" + D, "planning",
         "bid submitted to Wealdmoor Charity", "2023-02-03", "WH-008", 12000)),
    # row 15 - a note typed across the sheet
    (["Rows below added by Sam T (Improvement Hub) after the Jan 2024 ideas day – check with Sam before changing",
      "", "", "", "", "", "", "", "", "", ""],
     bad("notes row")),
    # row 16
    (["WH-009", "Pre-op carbohydrate loading drinks",
      "Give elective surgical patients a carbohydrate drink 2 hours before theatre instead of fasting from midnight",
      "Anaesthetics / POAC", "Dr. Katarzyna Nowak", "", datetime(2024, 1, 18),
      "idea – needs discussing at CD meeting", "TBC", "ST", ""],
     inn("Pre-op carbohydrate loading drinks",
         "Give elective surgical patients a carbohydrate drink 2 hours before theatre instead of fasting from midnight",
         "Anaesthetics / POAC", "Katarzyna Nowak", None, "idea",
         "idea – needs discussing at CD meeting", "2024-01-18", "WH-009", None)),
    # row 17 - the Red Bag scheme again, re-logged under a new ref
    (["WH-010", "Red Bag scheme (care homes)",
      "Transfer bag for care home residents – meds, paperwork and belongings travel with the patient",
      "COTE", "Helen Marsh", "helen.marsh" + D, datetime(2019, 6, 3),
      "BAU", "£18,000", "ST", "dup?"],
     bad("duplicate of row 5")),
    # row 18
    (["WH-011", "Volunteer post-discharge phone calls",
      "Trained volunteers ring patients 48 hours after discharge to check they have their medicines and know about follow-up appointments",
      "Patient Experience", "Prof. Alan Whitlock", "alan.whitlock" + D, datetime(2024, 2, 5),
      "Agreed at Feb panel, recruiting volunteers", "nil", "ST", ""],
     inn("Volunteer post-discharge phone calls",
         "Trained volunteers ring patients 48 hours after discharge to check they have their medicines and know about follow-up appointments",
         "Patient Experience", "Alan Whitlock", "alan.whitlock" + D, "planning",
         "Agreed at Feb panel, recruiting volunteers", "2024-02-05", "WH-011", 0)),
    # row 19
    (["WH-012", "Pressure ulcer photo app",
      "Nurses photograph pressure damage on a secure app so Tissue Viability can triage remotely",
      "Tissue Viability", "Ms Joanne Pike", "", "January 2024",
      "live on 2 wards (the ones it was built for)", "", "ST", ""],
     inn("Pressure ulcer photo app",
         "Nurses photograph pressure damage on a secure app so Tissue Viability can triage remotely",
         "Tissue Viability", "Joanne Pike", None, "implemented",
         "live on 2 wards (the ones it was built for)", "2024-01-01", "WH-012", None)),
    # row 20
    ([""] * 11, bad("blank row")),
    # row 21
    (["WH-013", "Smoke-free site champions",
      "Staff volunteers patrol entrances and offer stop-smoking support to patients and visitors",
      "Estates & Facilities", "Mr Yusuf Adeyemi", "", "",
      "declined by exec team", "n/a", "ST", "no date recorded"],
     inn("Smoke-free site champions",
         "Staff volunteers patrol entrances and offer stop-smoking support to patients and visitors",
         "Estates & Facilities", "Yusuf Adeyemi", None, "stopped",
         "declined by exec team", None, "WH-013", None)),
    # row 22
    (["WH-014", "Frailty hot clinic",
      "Next-day clinic for frail older people so GPs and ED can avoid an admission",
      "Older People’s Medicine", "Dr Ruth Ellison & Dr Mark Tan", "", datetime(2022, 11, 1),
      "up and running, collecting data for the evaluation", "£35k", "ST", ""],
     inn("Frailty hot clinic",
         "Next-day clinic for frail older people so GPs and ED can avoid an admission",
         "Older People’s Medicine", "Ruth Ellison", None, "implemented",
         "up and running, collecting data for the evaluation", "2022-11-01", "WH-014", 35000)),
    # row 23
    (["WH-015", "Weekend ward pharmacy technicians",
      "Pharmacy technicians on the wards at weekends to do medicines reconciliation and TTOs",
      "Pharmacy", "Nkechi Obi", "nkechi.obi" + D, datetime(2023, 4, 3),
      "piloting on Ward 9 – cycle 1", "£1,200 per month", "ST", ""],
     inn("Weekend ward pharmacy technicians",
         "Pharmacy technicians on the wards at weekends to do medicines reconciliation and TTOs",
         "Pharmacy", "Nkechi Obi", "nkechi.obi" + D, "testing",
         "piloting on Ward 9 – cycle 1", "2023-04-03", "WH-015", 14400)),
    # row 24 - no description given
    (["WH-016", "QR codes on patient leaflets", "", "Library & Knowledge Services",
      "Siobhan Kelly", "siobhan.kelly" + D, "2024", "Idea stage", "", "ST", ""],
     inn("QR codes on patient leaflets", None, "Library & Knowledge Services",
         "Siobhan Kelly", "siobhan.kelly" + D, "idea", "Idea stage", "2024-01-01",
         "WH-016", None)),
    # row 25
    (["WH-017", "Noise at night bundle",
      "Dimmed lights, quiet-close bins and a “quiet hour” after 11pm to help ICU patients sleep",
      "Critical Care", "Benjamin Adler (Band 5 SN)", "", datetime(2022, 8, 15),
      "Standard practice on ICU now", "", "ST", ""],
     inn("Noise at night bundle",
         "Dimmed lights, quiet-close bins and a “quiet hour” after 11pm to help ICU patients sleep",
         "Critical Care", "Benjamin Adler", None, "embedded",
         "Standard practice on ICU now", "2022-08-15", "WH-017", None)),
    # row 26
    (["WH-018", "MEOWS on e-obs",
      "Maternity early warning score added to the electronic observations system",
      "Maternity", "Hughes, Ffion", "ffion.hughes" + D, "Sept 2023",
      "testing with 2 midwife teams", "n/a", "ST", ""],
     inn("MEOWS on e-obs",
         "Maternity early warning score added to the electronic observations system",
         "Maternity", "Ffion Hughes", "ffion.hughes" + D, "testing",
         "testing with 2 midwife teams", "2023-09-01", "WH-018", None)),
    # row 27 - sepsis tool logged again by someone else
    (["WH-019", "Sepsis e-screening tool (ED)",
      "e-sepsis screen in ED triage", "ED", "Priya Shah", "", datetime(2020, 1, 27),
      "PDSA", "", "ST", "same as WH-004??"],
     bad("duplicate of row 9")),
    # row 28 - count / total row with formulas
    (["", "TOTAL ideas logged", "=COUNTA(A5:A27)-1", "", "", "", "", "",
      "=SUM(I5:I27)", "", ""],
     bad("total row")),
]


def make_file1():
    wb = Workbook()
    ws = wb.active
    ws.title = "Ideas log"
    ncol = len(F1_HEADER)
    ws["A1"] = "Wealdmoor Teaching Hospitals NHS Foundation Trust – Innovation & QI Ideas Log"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Kept by the Improvement Hub (R1W). Last updated 14/11/2024 by JP. "
                "PLEASE DO NOT SORT – refs are in order of logging")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    groups = [(1, 4, "THE IDEA"), (5, 6, "WHO"), (7, 9, "PROGRESS"), (10, 11, "ADMIN")]
    fill = PatternFill("solid", fgColor="DDEBF7")
    for a, b, label in groups:
        c = ws.cell(row=3, column=a, value=label)
        c.font = Font(bold=True)
        c.fill = fill
        c.alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=3, start_column=a, end_row=3, end_column=b)
    for j, h in enumerate(F1_HEADER, start=1):
        c = ws.cell(row=F1_HEADER_ROW, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="005EB8")
        c.alignment = Alignment(wrap_text=True)
        c.border = BOX
    put_rows(ws, F1_HEADER_ROW + 1, F1_ROWS, money_cols=(9,))
    # the notes row is typed in A and merged across
    notes_r = F1_HEADER_ROW + 1 + [k.get("reason") for _c, k in F1_ROWS].index("notes row")
    ws.cell(row=notes_r, column=1).font = Font(italic=True, color="C00000")
    ws.merge_cells(start_row=notes_r, start_column=1, end_row=notes_r, end_column=ncol)
    total_r = F1_HEADER_ROW + len(F1_ROWS)
    for j in range(1, ncol + 1):
        ws.cell(row=total_r, column=j).font = Font(bold=True)
    ws.cell(row=total_r, column=9).number_format = '"£"#,##0'
    # a drop-down on the status column that nobody sticks to
    dv = DataValidation(type="list", formula1='"idea,in progress,complete,on hold"',
                        allow_blank=True, showErrorMessage=False)
    ws.add_data_validation(dv)
    dv.add("H5:H200")
    widths = [9, 30, 55, 22, 28, 28, 12, 36, 14, 9, 24]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(row=4, column=j).column_letter].width = w
    ws.freeze_panes = "C5"
    wb.save(os.path.join(HERE, F1))
    write_key(F1, "innovations", F1_HEADER_ROW, F1_ROWS)


# ============================================================================
# FILE 2 - Harbourside Community Healthcare NHS Trust (RH8): LKS "who knows what"
#          staff special-interests list.  Excel "CSV (Comma delimited)": cp1252, CRLF
# ============================================================================

F2 = "Harbourside_staff_special_interests_list.csv"
F2_HEADER = ["Name", "Job title / band", "Team", "Email address", "Special interests",
             "Happy to…", "Status / notes"]
H = "@harbourside.nhs.uk"

F2_ROWS = [
    # row 2
    (["Dr Priya Nair", "Consultant Community Paediatrician", "Children’s Community Services",
      "priya.nair" + H, "Autism assessment; ADHD; safeguarding",
      "Happy to talk to students about paediatrics as a career", ""],
     st("Priya Nair", "priya.nair" + H, "Consultant Community Paediatrician",
        "Children’s Community Services", ["Autism assessment", "ADHD", "safeguarding"],
        "Happy to talk to students about paediatrics as a career")),
    # row 3
    (["Evans, Siân", "District Nurse (Band 6)", "District Nursing – Bayside",
      "sian.evans" + H, "Wound care, leg ulcers, Doppler assessment", "", ""],
     st("Siân Evans", "sian.evans" + H, "District Nurse (Band 6)", "District Nursing – Bayside",
        ["Wound care", "leg ulcers", "Doppler assessment"])),
    # row 4
    (["Mr Tomasz Nowicki", "Advanced Physiotherapist", "MSK Physiotherapy", "",
      "Back pain and hydrotherapy; speaks Polish", "Can offer shadowing for Band 5s", ""],
     st("Tomasz Nowicki", None, "Advanced Physiotherapist", "MSK Physiotherapy",
        ["Back pain", "hydrotherapy"], "Can offer shadowing for Band 5s")),
    # row 5
    ([""] * 7, bad("blank row")),
    # row 6
    (["Zoë Hartley-Brown", "Specialist Dietitian", "Nutrition & Dietetics",
      "zoe.hartley-brown" + H, "• Enteral feeding\n• Dysphagia\n• Food first approach",
      "Willing to present at journal club", "Mat leave until Sept 2025"],
     st("Zoë Hartley-Brown", "zoe.hartley-brown" + H, "Specialist Dietitian",
        "Nutrition & Dietetics", ["Enteral feeding", "Dysphagia", "Food first approach"],
        "Willing to present at journal club")),
    # row 7
    (["LEFT - Gareth Pryce", "Community Matron", "Long Term Conditions",
      "gareth.pryce" + H, "COPD, heart failure", "", "left 31/03/2024"],
     st("Gareth Pryce", "gareth.pryce" + H, "Community Matron", "Long Term Conditions",
        ["COPD", "heart failure"], left=True, left_on="2024-03-31")),
    # row 8
    (["Okafor-Reid, Amara", "Infection Prevention & Control Nurse", "IPC Team",
      "amara.okafor-reid" + H,
      "Infection prevention & control; hand hygiene audit; outbreak management",
      "Happy to do bespoke IPC training for teams", ""],
     st("Amara Okafor-Reid", "amara.okafor-reid" + H, "Infection Prevention & Control Nurse",
        "IPC Team", ["Infection prevention & control", "hand hygiene audit", "outbreak management"],
        "Happy to do bespoke IPC training for teams")),
    # row 9
    (["TEST USER", "test", "", "test" + H, "test", "", "delete me"], bad("test row")),
    # row 10
    (["Renée Castellanos", "Occupational Therapist Band 6 (LEFT)", "Community Rehab", "",
      "Falls prevention / moving & handling / equipment for the home", "", "Leaver Jan 2024"],
     st("Renée Castellanos", None, "Occupational Therapist Band 6", "Community Rehab",
        ["Falls prevention", "moving & handling", "equipment for the home"],
        left=True, left_on="2024-01-01")),
    # row 11
    (["VACANT", "Clinical Lead – Tissue Viability (Band 7)", "Tissue Viability", "", "", "",
      "Recruiting – interviews Dec"], bad("vacant post")),
    # row 12
    (["Dr José Almeida", "Speciality Doctor, Psychiatry", "Older Adult Mental Health",
      "jose.almeida" + H, "Dementia diagnosis, delirium, Mental Capacity Act assessments",
      "Happy to teach on the Mental Capacity Act", ""],
     st("José Almeida", "jose.almeida" + H, "Speciality Doctor, Psychiatry",
        "Older Adult Mental Health", ["Dementia diagnosis", "delirium", "Mental Capacity Act assessments"],
        "Happy to teach on the Mental Capacity Act")),
    # row 13
    (["Mrs Linda Okonjo", "Health Visitor", "0-19 Service (North)", "linda.okonjo" + H,
      "Infant feeding and perinatal mental health", "", "Seconded to ICB 2 days/wk"],
     st("Linda Okonjo", "linda.okonjo" + H, "Health Visitor", "0-19 Service (North)",
        ["Infant feeding", "perinatal mental health"])),
    # row 14 - Priya again
    (["Priya Nair", "Consultant Community Paediatrician", "Children’s Community Services",
      "priya.nair" + H, "Autism; ADHD", "", "duplicate?"], bad("duplicate of row 2")),
    # row 15
    (["Ward, Callum", "Library Assistant", "Library & Knowledge Service", "callum.ward" + H,
      "Literature searching\nReference management (Zotero)",
      "Can offer 1:1 literature search training", ""],
     st("Callum Ward", "callum.ward" + H, "Library Assistant", "Library & Knowledge Service",
        ["Literature searching", "Reference management (Zotero)"],
        "Can offer 1:1 literature search training")),
    # row 16
    (["Sister Maeve Donnelly", "Palliative Care CNS", "Specialist Palliative Care",
      "maeve.donnelly" + H,
      "End of life care; symptom control; syringe drivers; bereavement support",
      "happy to support staff after a death on the caseload", ""],
     st("Maeve Donnelly", "maeve.donnelly" + H, "Palliative Care CNS", "Specialist Palliative Care",
        ["End of life care", "symptom control", "syringe drivers", "bereavement support"],
        "happy to support staff after a death on the caseload")),
    # row 17
    (["Added from the 2024 staff survey responses below – not yet checked with the individuals",
      "", "", "", "", "", ""], bad("notes row")),
    # row 18
    (["Kwame Asante", "Pharmacist (Band 8a)", "Medicines Optimisation", "kwame.asante" + H,
      "Polypharmacy reviews, deprescribing in frailty, anticoagulation", "", ""],
     st("Kwame Asante", "kwame.asante" + H, "Pharmacist (Band 8a)", "Medicines Optimisation",
        ["Polypharmacy reviews", "deprescribing in frailty", "anticoagulation"])),
    # row 19
    (["Hannah O'Brien", "Speech & Language Therapist", "Adult SLT", "",
      "Dysphagia, voice disorders and Parkinson’s (LSVT LOUD)", "Willing to mentor new SLTs", ""],
     st("Hannah O'Brien", None, "Speech & Language Therapist", "Adult SLT",
        ["Dysphagia", "voice disorders", "Parkinson’s (LSVT LOUD)"], "Willing to mentor new SLTs")),
    # row 20
    (["Dr Imogen Clarke", "Clinical Psychologist", "Talking Therapies", "imogen.clarke" + H,
      "CBT for insomnia; compassion-focused therapy; staff wellbeing",
      "Can offer reflective practice sessions", ""],
     st("Imogen Clarke", "imogen.clarke" + H, "Clinical Psychologist", "Talking Therapies",
        ["CBT for insomnia", "compassion-focused therapy", "staff wellbeing"],
        "Can offer reflective practice sessions")),
    # row 21 - a real person with nothing filled in yet
    (["Ben Adeyemi", "Health Care Assistant", "Community Hospital – Ward A", "ben.adeyemi" + H,
      "", "", ""],
     st("Ben Adeyemi", "ben.adeyemi" + H, "Health Care Assistant", "Community Hospital – Ward A", [])),
    # row 22
    (["Freya Lindqvist (left)", "Research Nurse", "R&D", "freya.lindqvist" + H,
      "Clinical trials, GCP", "", ""],
     st("Freya Lindqvist", "freya.lindqvist" + H, "Research Nurse", "R&D",
        ["Clinical trials", "GCP"], left=True)),
    # row 23
    (["Mohammed Iqbal", "Digital Clinical Safety Officer", "IM&T", "mohammed.iqbal" + H,
      "DCB0129/0160, clinical safety case reports", "Happy to review hazard logs", ""],
     st("Mohammed Iqbal", "mohammed.iqbal" + H, "Digital Clinical Safety Officer", "IM&T",
        ["DCB0129/0160", "clinical safety case reports"], "Happy to review hazard logs")),
    # row 24
    ([""] * 7, bad("blank row")),
    # row 25
    (["Chloe Barnes", "Band 5 Staff Nurse", "Community Hospital – Ward B", "chloe.barnes" + H,
      "Diabetes and foot care", "Happy to be a diabetes link nurse", ""],
     st("Chloe Barnes", "chloe.barnes" + H, "Band 5 Staff Nurse", "Community Hospital – Ward B",
        ["Diabetes", "foot care"], "Happy to be a diabetes link nurse")),
]


def make_file2():
    write_excel_csv(F2, F2_HEADER, F2_ROWS, "cp1252")
    write_key(F2, "staff", 1, F2_ROWS)


# ============================================================================
# FILE 3 - Calderbrook and Pennine Partnership NHS FT (RK3): SharePoint list
#          "Spread and Adoption" exported and saved as Excel "CSV UTF-8" (BOM)
# ============================================================================

F3 = "Spread and Adoption tracker - SharePoint export.csv"
F3_HEADER = ["ID", "Title", "Description", "Service", "Innovation owner", "Owner e-mail",
             "Adoption status", "Date started", "Annual saving", "Adopted by (sites)",
             "Created", "Created By", "Modified", "Modified By", "Item Type", "Path"]
C = "@cppft.nhs.uk"
PATH3 = "sites/CPFTInnovationHub/Lists/Spread and Adoption"


def sp(cells, created, created_by, modified, modified_by):
    return cells + [created, created_by, modified, modified_by, "Item", PATH3]


F3_ROWS = [
    # row 2
    (sp(["3", "Dementia-friendly ward environments",
         "Colour-contrast toilet seats, large-face clocks and picture signage on older adult wards",
         "Older Adult Inpatients", "Hallworth, Denise", "denise.hallworth" + C,
         "Spreading – now on 4 wards + Pennine North site", "12/04/2021", "",
         "Larch; Rowan; Willow; Aspen; Pennine North"],
        "12/04/2021 10:32", "Hallworth, Denise", "02/09/2024 15:01", "Sutcliffe, Kay"),
     inn("Dementia-friendly ward environments",
         "Colour-contrast toilet seats, large-face clocks and picture signage on older adult wards",
         "Older Adult Inpatients", "Denise Hallworth", "denise.hallworth" + C, "spreading",
         "Spreading – now on 4 wards + Pennine North site", "2021-04-12", "3", None)),
    # row 3 - multi-line description
    (sp(["4", "Physical health checks in EIP",
         "Annual physical health check for everyone on the Early Intervention in Psychosis caseload.\nIncludes bloods, ECG, BMI and smoking status.",
         "Early Intervention in Psychosis", "Dr Samuel Oyelaran", "",
         "Live in EIP", "2022", "n/a", "EIP"],
        "03/05/2021 09:15", "Sutcliffe, Kay", "11/01/2024 12:40", "Sutcliffe, Kay"),
     inn("Physical health checks in EIP",
         "Annual physical health check for everyone on the Early Intervention in Psychosis caseload.\nIncludes bloods, ECG, BMI and smoking status.",
         "Early Intervention in Psychosis", "Samuel Oyelaran", None, "implemented",
         "Live in EIP", "2022-01-01", "4", None)),
    # row 4
    (sp(["5", "Test item please ignore", "test", "", "", "", "", "", "", ""],
        "03/05/2021 09:20", "Sutcliffe, Kay", "03/05/2021 09:20", "Sutcliffe, Kay"),
     bad("test row")),
    # row 5
    (sp(["7", "Safe Wards model",
         "Ten interventions to reduce conflict and containment on inpatient wards (e.g. “calm down methods”, mutual help meeting)",
         "Adult Acute Inpatients", "Bernard Mulligan (Ward Manager, Heather Ward)", "bernard.mulligan" + C,
         "BAU on all adult acute wards", "Mar-19", "£0", "Heather; Bracken; Moss"],
        "17/06/2021 14:02", "Mulligan, Bernard", "30/06/2023 08:55", "Mulligan, Bernard"),
     inn("Safe Wards model",
         "Ten interventions to reduce conflict and containment on inpatient wards (e.g. “calm down methods”, mutual help meeting)",
         "Adult Acute Inpatients", "Bernard Mulligan", "bernard.mulligan" + C, "embedded",
         "BAU on all adult acute wards", "2019-03-01", "7", 0)),
    # row 6
    (sp(["8", "Peer support workers in crisis team",
         "People with lived experience of crisis join the home treatment team to support patients after discharge",
         "Crisis Resolution & Home Treatment",
         "Okafor, Chidi (Calderbrook and Pennine Partnership NHS Foundation Trust)", "chidi.okafor" + C,
         "Business case going to FIC in March", "Nov 2021", "£60,000 (avoided admissions)", ""],
        "22/11/2021 11:47", "Okafor, Chidi", "15/01/2024 10:10", "Okafor, Chidi"),
     inn("Peer support workers in crisis team",
         "People with lived experience of crisis join the home treatment team to support patients after discharge",
         "Crisis Resolution & Home Treatment", "Chidi Okafor", "chidi.okafor" + C, "planning",
         "Business case going to FIC in March", "2021-11-01", "8", 60000)),
    # row 7
    (sp(["9", "Video consultations in CAMHS",
         "Follow-up appointments offered by secure video so families don’t have to travel",
         "CAMHS", "Rachel Thornley", "rachel.thornley" + C,
         "Evaluation report done (see SharePoint) – 71% of families preferred video",
         "06/04/2020", "£22k", "CAMHS East; CAMHS West"],
        "22/11/2021 12:03", "Thornley, Rachel", "19/07/2022 16:30", "Thornley, Rachel"),
     inn("Video consultations in CAMHS",
         "Follow-up appointments offered by secure video so families don’t have to travel",
         "CAMHS", "Rachel Thornley", "rachel.thornley" + C, "evaluated",
         "Evaluation report done (see SharePoint) – 71% of families preferred video",
         "2020-04-06", "9", 22000)),
    # row 8
    (sp(["10", "Digital sleep CBT for staff",
         "Free licences for a digital CBT-for-insomnia app offered to all staff through the wellbeing offer",
         "Staff Wellbeing", "Kay Sutcliffe", "kay.sutcliffe" + C,
         "Licence not renewed – ended Mar 24", "2022-09-01", "", ""],
        "01/09/2022 09:00", "Sutcliffe, Kay", "04/04/2024 09:12", "Sutcliffe, Kay"),
     inn("Digital sleep CBT for staff",
         "Free licences for a digital CBT-for-insomnia app offered to all staff through the wellbeing offer",
         "Staff Wellbeing", "Kay Sutcliffe", "kay.sutcliffe" + C, "stopped",
         "Licence not renewed – ended Mar 24", "2022-09-01", "10", None)),
    # row 9
    (sp(["12", "FaME falls prevention classes",
         "12-week strength and balance exercise classes for older people at risk of falls, run by community physios",
         "Community Therapies", "Jo Whitfield / Aaron Pike", "jo.whitfield" + C,
         "Adopted by 3 PCNs (Mossley, Eastgate, Hollins)", "01/10/2022", "£8,500 pa",
         "Mossley PCN; Eastgate PCN; Hollins PCN"],
        "03/10/2022 13:21", "Whitfield, Jo", "21/08/2024 11:18", "Pike, Aaron"),
     inn("FaME falls prevention classes",
         "12-week strength and balance exercise classes for older people at risk of falls, run by community physios",
         "Community Therapies", "Jo Whitfield", "jo.whitfield" + C, "spreading",
         "Adopted by 3 PCNs (Mossley, Eastgate, Hollins)", "2022-10-01", "12", 8500)),
    # row 10 - no start date given (Created date must not be used)
    (sp(["13", "Oximetry @home",
         "Pulse oximeters lent to patients with long-term lung conditions so the community team can monitor them remotely",
         "Community Respiratory", "Dr Leah Goldberg", "", "Paused – awaiting IG sign off", "", "", ""],
        "14/10/2022 10:05", "Goldberg, Leah", "09/02/2024 14:44", "Sutcliffe, Kay"),
     inn("Oximetry @home",
         "Pulse oximeters lent to patients with long-term lung conditions so the community team can monitor them remotely",
         "Community Respiratory", "Leah Goldberg", None, "paused",
         "Paused – awaiting IG sign off", None, "13", None)),
    # row 11 - blank line left after editing in Excel
    ([""] * 16, bad("blank row")),
    # row 12
    (sp(["14", "Self-referral to MSK physio",
         "Adults can refer themselves to MSK physiotherapy through an online form instead of going via their GP",
         "MSK Physiotherapy", "Gupta, Rohan (Band 7 Physio)", "rohan.gupta" + C,
         "In use – patients can self-refer online since Jan", "Jan-23", "c.£15k", "MSK"],
        "09/01/2023 08:30", "Gupta, Rohan", "12/06/2023 17:02", "Gupta, Rohan"),
     inn("Self-referral to MSK physio",
         "Adults can refer themselves to MSK physiotherapy through an online form instead of going via their GP",
         "MSK Physiotherapy", "Rohan Gupta", "rohan.gupta" + C, "implemented",
         "In use – patients can self-refer online since Jan", "2023-01-01", "14", 15000)),
    # row 13
    (sp(["15", "Virtual ward for frailty",
         "Frail older people are cared for at home with daily remote monitoring and visits instead of being admitted",
         "Frailty Service", "Dr Aoife Brennan", "aoife.brennan" + C,
         "Pilot phase – 10 beds, PDSA 2", "2023", "TBC", ""],
        "20/02/2023 15:55", "Brennan, Aoife", "01/11/2024 09:47", "Brennan, Aoife"),
     inn("Virtual ward for frailty",
         "Frail older people are cared for at home with daily remote monitoring and visits instead of being admitted",
         "Frailty Service", "Aoife Brennan", "aoife.brennan" + C, "testing",
         "Pilot phase – 10 beds, PDSA 2", "2023-01-01", "15", None)),
    # row 14 - same as ID 3, entered again by someone else
    (sp(["16", "Dementia friendly environments (older adult wards)",
         "Signage, clocks and contrast toilet seats", "Older Adults", "Denise Hallworth", "",
         "Spreading", "2021", "", ""],
        "02/03/2023 10:11", "Teale, Graham", "02/03/2023 10:11", "Teale, Graham"),
     bad("duplicate of row 2")),
    # row 15
    (sp(["17", "Trauma-informed care training",
         "Half-day training for all ward staff on recognising and responding to trauma",
         "Learning & Development", "Mrs Patricia Achebe", "",
         "Idea – raised at Innovation Café", "", "", ""],
        "15/03/2023 12:00", "Achebe, Patricia", "15/03/2023 12:00", "Achebe, Patricia"),
     inn("Trauma-informed care training",
         "Half-day training for all ward staff on recognising and responding to trauma",
         "Learning & Development", "Patricia Achebe", None, "idea",
         "Idea – raised at Innovation Café", None, "17", None)),
    # row 16
    (sp(["18", "Electronic prescribing on community hospital wards",
         "Replace paper drug charts on the two community hospital wards with the trust’s ePMA system",
         "Community Hospitals", "Ian McAllister", "ian.mcallister" + C,
         "Ordering hardware; go-live planned Q2", "14/03/2023", "£3,000 per quarter", ""],
        "14/03/2023 16:20", "McAllister, Ian", "28/10/2024 10:00", "McAllister, Ian"),
     inn("Electronic prescribing on community hospital wards",
         "Replace paper drug charts on the two community hospital wards with the trust’s ePMA system",
         "Community Hospitals", "Ian McAllister", "ian.mcallister" + C, "planning",
         "Ordering hardware; go-live planned Q2", "2023-03-14", "18", 12000)),
    # row 17
    (sp(["19", "Reducing restrictive practice – HOPE(S)",
         "Clinical model to reduce long-term segregation, with “positive risk” planning and independent reviews",
         "Adult Acute Inpatients", "Sister Grace Adebayo", "",
         "evaluation complete, written up for Nursing Times", "2021", "n/a", "Heather; Moss"],
        "04/04/2023 09:09", "Adebayo, Grace", "06/12/2023 13:33", "Adebayo, Grace"),
     inn("Reducing restrictive practice – HOPE(S)",
         "Clinical model to reduce long-term segregation, with “positive risk” planning and independent reviews",
         "Adult Acute Inpatients", "Grace Adebayo", None, "evaluated",
         "evaluation complete, written up for Nursing Times", "2021-01-01", "19", None)),
    # row 18 - name and e-mail typed into the owner cell
    (sp(["20", "Blood pressure checks in community pharmacy",
         "Patients on the SMI register are referred to their community pharmacy for BP checks",
         "Primary Care Liaison", "Farah Siddiqui farah.siddiqui" + C, "",
         "Spreading: taken up by Calder ICS – 12 pharmacies", "05/05/2022", "unknown",
         "12 community pharmacies (Calder ICS)"],
        "05/05/2023 11:25", "Siddiqui, Farah", "07/08/2024 15:15", "Siddiqui, Farah"),
     inn("Blood pressure checks in community pharmacy",
         "Patients on the SMI register are referred to their community pharmacy for BP checks",
         "Primary Care Liaison", "Farah Siddiqui", "farah.siddiqui" + C, "spreading",
         "Spreading: taken up by Calder ICS – 12 pharmacies", "2022-05-05", "20", None)),
    # row 19 - no description, no owner
    (sp(["21", "Staff wellbeing hub app", "", "HR / Wellbeing", "", "", "Scrapped", "2022", "", ""],
        "11/05/2023 10:40", "Sutcliffe, Kay", "11/05/2023 10:42", "Sutcliffe, Kay"),
     inn("Staff wellbeing hub app", None, "HR / Wellbeing", None, None, "stopped",
         "Scrapped", "2022-01-01", "21", None)),
    # row 20
    (sp(["22", "Cook-chill menu for inpatient units",
         "Switch from on-site cooking to cook-chill meals with more choice at weekends",
         "Catering", "Mr Graham Teale", "graham.teale" + C,
         "Declined by panel (cost)", "10/07/2023", "£9k", ""],
        "10/07/2023 14:14", "Teale, Graham", "22/09/2023 09:30", "Teale, Graham"),
     inn("Cook-chill menu for inpatient units",
         "Switch from on-site cooking to cook-chill meals with more choice at weekends",
         "Catering", "Graham Teale", "graham.teale" + C, "stopped",
         "Declined by panel (cost)", "2023-07-10", "22", 9000)),
    # row 21
    (sp(["23", "Carer passport",
         "Named carers can visit outside visiting hours and get meal vouchers while on the ward",
         "Patient & Carer Experience", "Ms Fatima Rahman", "",
         "Live on all wards – BAU since 2023", "2020", "n/a", "All inpatient wards"],
        "18/08/2023 12:12", "Rahman, Fatima", "18/08/2023 12:12", "Rahman, Fatima"),
     inn("Carer passport",
         "Named carers can visit outside visiting hours and get meal vouchers while on the ward",
         "Patient & Carer Experience", "Fatima Rahman", None, "embedded",
         "Live on all wards – BAU since 2023", "2020-01-01", "23", None)),
    # row 22
    (sp(["24", "Bed-finding dashboard",
         "Power BI dashboard showing live bed availability across all inpatient units",
         "Patient Flow", "Lee, Daniel", "daniel.lee" + C,
         "PDSA cycle 1 on adult wards", "2024-02-12", "TBC", ""],
        "12/02/2024 08:48", "Lee, Daniel", "30/10/2024 16:05", "Lee, Daniel"),
     inn("Bed-finding dashboard",
         "Power BI dashboard showing live bed availability across all inpatient units",
         "Patient Flow", "Daniel Lee", "daniel.lee" + C, "testing",
         "PDSA cycle 1 on adult wards", "2024-02-12", "24", None)),
    # row 23 - the SharePoint view's total row came out in the export
    (["Count= 20"] + [""] * 15, bad("total row")),
]


def make_file3():
    write_excel_csv(F3, F3_HEADER, F3_ROWS, "utf-8-sig")
    write_key(F3, "innovations", 1, F3_ROWS)


# ============================================================================
# FILE 4 - Kestrel Valley Hospitals NHS Trust (RQK): ESR-style staff extract with
#          an interests column added by LKS.  Excel "Unicode Text": UTF-16 LE, TAB
# ============================================================================

F4 = "ESR_extract_with_interests_Oct24.txt"
F4_HEADER = ["Assignment Number", "Employee Name", "Position Title", "Organisation",
             "Staff Group", "Assignment Status", "Work Email Address", "Special interests",
             "Willing to…", "Termination Date", "Absence / notes"]
K = "@kestrelvalley.nhs.uk"
MD, NM, AHP, AC = ("Medical and Dental", "Nursing and Midwifery Registered",
                   "Allied Health Professionals", "Administrative and Clerical")

F4_ROWS = [
    # row 2
    (["20314455", "Bhatt, Nisha Dr", "Consultant Respiratory Physician", "Respiratory Medicine",
      MD, "Active Assignment", "nisha.bhatt" + K, "Asthma, bronchiectasis and home ventilation",
      "Happy to supervise audit projects", "", ""],
     st("Nisha Bhatt", "nisha.bhatt" + K, "Consultant Respiratory Physician", "Respiratory Medicine",
        ["Asthma", "bronchiectasis", "home ventilation"], "Happy to supervise audit projects")),
    # row 3
    (["20418832", "Kowalczyk, Marta Mrs", "Ward Sister", "Ward 5 – Cardiology", NM,
      "Active Assignment", "marta.kowalczyk" + K, "Heart failure\nECG interpretation\nSpeaks Polish",
      "", "", ""],
     st("Marta Kowalczyk", "marta.kowalczyk" + K, "Ward Sister", "Ward 5 – Cardiology",
        ["Heart failure", "ECG interpretation"])),
    # row 4
    (["20522190", "Ogunleye, Tunde Mr", "Orthopaedic Practitioner (Band 6)", "Trauma & Orthopaedics",
      AHP, "Active Assignment", "tunde.ogunleye" + K,
      "Plastering & casting; fracture clinic triage", "Willing to run plaster room teaching for F1s",
      "", ""],
     st("Tunde Ogunleye", "tunde.ogunleye" + K, "Orthopaedic Practitioner (Band 6)",
        "Trauma & Orthopaedics", ["Plastering & casting", "fracture clinic triage"],
        "Willing to run plaster room teaching for F1s")),
    # row 5
    (["20611004", "MacLeod, Ewan", "Clinical Librarian", "Library & Knowledge Services", AC,
      "Active Assignment", "ewan.macleod" + K,
      "• Literature searching\n• Critical appraisal\n• Evidence summaries",
      "Can offer search skills training at team meetings", "", ""],
     st("Ewan MacLeod", "ewan.macleod" + K, "Clinical Librarian", "Library & Knowledge Services",
        ["Literature searching", "Critical appraisal", "Evidence summaries"],
        "Can offer search skills training at team meetings")),
    # row 6
    (["20733561", "Fairweather, Olivia Miss", "Staff Nurse", "Ward 9 – Elderly Care", NM,
      "Terminate Assignment", "olivia.fairweather" + K, "Dementia care", "", "31/07/2024", ""],
     st("Olivia Fairweather", "olivia.fairweather" + K, "Staff Nurse", "Ward 9 – Elderly Care",
        ["Dementia care"], left=True, left_on="2024-07-31")),
    # row 7
    ([""] * 11, bad("blank row")),
    # row 8
    (["99999999", "Test, Test", "TEST POSITION", "", "", "Active Assignment", "", "", "", "", ""],
     bad("test row")),
    # row 9
    (["20811275", "Achterberg, Pieter Dr", "Consultant Anaesthetist", "Anaesthetics", MD,
      "Active Assignment", "pieter.achterberg" + K,
      "Regional anaesthesia; airway management; simulation teaching",
      "happy to be an educational supervisor", "", ""],
     st("Pieter Achterberg", "pieter.achterberg" + K, "Consultant Anaesthetist", "Anaesthetics",
        ["Regional anaesthesia", "airway management", "simulation teaching"],
        "happy to be an educational supervisor")),
    # row 10 - on maternity leave: still current
    (["20904419", "Bhattacharya, Rina Ms", "Physiotherapist", "Physiotherapy – Inpatients", AHP,
      "Active Assignment", "", "Respiratory physiotherapy, early mobilisation on ICU", "", "",
      "Maternity leave until 03/2025"],
     st("Rina Bhattacharya", None, "Physiotherapist", "Physiotherapy – Inpatients",
        ["Respiratory physiotherapy", "early mobilisation on ICU"])),
    # row 11 - seconded: still current
    (["21007723", "Nguyen, Linh Mr", "Senior Biomedical Scientist", "Pathology – Blood Sciences",
      "Healthcare Scientists", "Active Assignment", "linh.nguyen" + K,
      "Haematology, blood transfusion and point-of-care testing", "Willing to give lab tours", "",
      "Secondment to NHSE until Apr 25"],
     st("Linh Nguyen", "linh.nguyen" + K, "Senior Biomedical Scientist", "Pathology – Blood Sciences",
        ["Haematology", "blood transfusion", "point-of-care testing"], "Willing to give lab tours")),
    # row 12 - Marta's second (bank) assignment
    (["20418832-2", "Kowalczyk, Marta Mrs", "Bank Staff Nurse", "Nurse Bank", NM,
      "Active Assignment", "marta.kowalczyk" + K, "", "", "", ""],
     bad("duplicate of row 3 (second ESR assignment, bank)")),
    # row 13
    (["21115008", "Osei, Abena Mrs", "Matron – Surgery", "Surgical Division", NM,
      "Terminate Assignment", "abena.osei" + K, "Pressure ulcer prevention, nurse leadership",
      "", "Aug-2024", ""],
     st("Abena Osei", "abena.osei" + K, "Matron – Surgery", "Surgical Division",
        ["Pressure ulcer prevention", "nurse leadership"], left=True, left_on="2024-08-01")),
    # row 14
    (["", "VACANT POSITION", "Advanced Clinical Practitioner", "Emergency Department", "", "",
      "", "", "", "", "out to advert"], bad("vacant post")),
    # row 15
    (["21220961", "Sørensen, Freja Dr", "Specialty Registrar (ST5) Paediatrics", "Paediatrics", MD,
      "Active Assignment", "freja.sorensen" + K,
      "Neonatal life support; paediatric sepsis; quality improvement",
      "Happy to teach NLS and PILS scenarios", "", ""],
     st("Freja Sørensen", "freja.sorensen" + K, "Specialty Registrar (ST5) Paediatrics", "Paediatrics",
        ["Neonatal life support", "paediatric sepsis", "quality improvement"],
        "Happy to teach NLS and PILS scenarios")),
    # row 16
    (["21302287", "Price, Rhys Mr", "Operating Department Practitioner", "Theatres", AHP,
      "Active Assignment", "rhys.price" + K,
      "Moving & handling, theatre safety huddles and WHO checklist", "", "", ""],
     st("Rhys Price", "rhys.price" + K, "Operating Department Practitioner", "Theatres",
        ["Moving & handling", "theatre safety huddles", "WHO checklist"])),
    # row 17
    (["21409950", "Adeleke, Folake Mrs", "Diabetes Specialist Nurse", "Diabetes & Endocrinology", NM,
      "Active Assignment", "folake.adeleke" + K,
      "Insulin pumps; type 1 diabetes in pregnancy; structured education (DAFNE)",
      "Willing to run insulin safety sessions for wards", "", ""],
     st("Folake Adeleke", "folake.adeleke" + K, "Diabetes Specialist Nurse", "Diabetes & Endocrinology",
        ["Insulin pumps", "type 1 diabetes in pregnancy", "structured education (DAFNE)"],
        "Willing to run insulin safety sessions for wards")),
    # row 18 - leaver with no date
    (["21511376", "Hussain, Zainab Miss", "Pharmacy Technician", "Pharmacy",
      "Add Prof Scientific and Technic", "Terminate Assignment", "zainab.hussain" + K,
      "Medicines reconciliation", "", "", ""],
     st("Zainab Hussain", "zainab.hussain" + K, "Pharmacy Technician", "Pharmacy",
        ["Medicines reconciliation"], left=True)),
    # row 19
    (["21600184", "Walsh, Declan Mr", "Porter Supervisor", "Facilities – Portering",
      "Estates and Ancillary", "Active Assignment", "", "", "", "", ""],
     st("Declan Walsh", None, "Porter Supervisor", "Facilities – Portering", [])),
    # row 20
    (["21708345", "Chaudhry, Imran Prof", "Professor of Surgery / Consultant Colorectal Surgeon",
      "General Surgery", MD, "Active Assignment", "imran.chaudhry" + K,
      "Robotic colorectal surgery, enhanced recovery (ERAS), surgical research",
      "Happy to mentor trainees interested in academic surgery", "", ""],
     st("Imran Chaudhry", "imran.chaudhry" + K,
        "Professor of Surgery / Consultant Colorectal Surgeon", "General Surgery",
        ["Robotic colorectal surgery", "enhanced recovery (ERAS)", "surgical research"],
        "Happy to mentor trainees interested in academic surgery")),
    # row 21 - career break: suspended, not a leaver
    (["21800029", "Ellis, Bethan Mrs", "Midwife (Band 6)", "Maternity – Community Midwifery", NM,
      "Suspend Assignment", "bethan.ellis" + K, "Home birth and infant feeding", "", "",
      "Career break – back Jan 2025"],
     st("Bethan Ellis", "bethan.ellis" + K, "Midwife (Band 6)", "Maternity – Community Midwifery",
        ["Home birth", "infant feeding"])),
    # row 22
    (["21911460", "O'Connor, Siobhán Ms", "Head of Patient Safety", "Quality & Safety", AC,
      "Active Assignment", "siobhan.oconnor" + K, "PSIRF, human factors, Just Culture",
      "Can offer PSIRF awareness sessions", "", ""],
     st("Siobhán O'Connor", "siobhan.oconnor" + K, "Head of Patient Safety", "Quality & Safety",
        ["PSIRF", "human factors", "Just Culture"], "Can offer PSIRF awareness sessions")),
    # row 23
    ([""] * 11, bad("blank row")),
    # row 24 - report footer
    (["Extract run 14/10/2024 from ESR BI (RQK). Special interests / Willing to… columns added by LKS from the 2024 skills survey",
      "", "", "", "", "", "", "", "", "", ""], bad("notes row")),
]


def make_file4():
    write_unicode_text(F4, F4_HEADER, F4_ROWS)
    write_key(F4, "staff", 1, F4_ROWS)


# ============================================================================
# FILE 5 - Ashgrove University Hospitals NHS Trust (RXA) / Ashgrove Hospitals
#          Charity: small grants tracker.  .xlsx with 4 sheets; data on the 2nd
# ============================================================================

F5 = "Ashgrove_Charity_small_grants_tracker_2021-24.xlsx"
F5_SHEET = "Grants 2021-24"
F5_HEADER_ROW = 3
F5_HEADER = ["Grant ref", "Round", "Project title", "Summary of proposal", "Ward/service",
             "Applicant(s)", "Contact email", "Date received", "£ requested", "£ awarded",
             "Progress / where it’s at", "Expected saving (£ p.a.)", "Panel notes"]
A = "@ashgrove.nhs.uk"
N5 = len(F5_HEADER)


def sec(label):
    return ([label] + [""] * (N5 - 1), bad("section heading row"))


F5_ROWS = [
    # row 4
    sec("ROUND 1 – SPRING 2021"),
    # row 5
    (["SG21-01", "R1", "Sensory room for children’s ward",
      "Convert a side room into a sensory room with bubble tubes and soft lighting for children with autism and learning disabilities",
      "Ward 22 (Paediatrics)", "Sister Kerry-Ann Blake", "kerry-ann.blake" + A, datetime(2021, 3, 15),
      4800, 4800, "Room open and in use since Sept 21", "n/a – patient experience", ""],
     inn("Sensory room for children’s ward",
         "Convert a side room into a sensory room with bubble tubes and soft lighting for children with autism and learning disabilities",
         "Ward 22 (Paediatrics)", "Kerry-Ann Blake", "kerry-ann.blake" + A, "implemented",
         "Room open and in use since Sept 21", "2021-03-15", "SG21-01", None)),
    # row 6
    (["SG21-02", "R1", "Portable bladder scanner for community hospital",
      "Bladder scanner so nurses can check residual volume before deciding to catheterise",
      "Ashgrove Community Hospital – Bevan Ward", "Mr Peter Lindgren (Charge Nurse)", "",
      datetime(2021, 3, 22), 5000, 4200,
      "Bought; audit of catheter use before/after written up and presented 2022", "£1,800 pa", ""],
     inn("Portable bladder scanner for community hospital",
         "Bladder scanner so nurses can check residual volume before deciding to catheterise",
         "Ashgrove Community Hospital – Bevan Ward", "Peter Lindgren", None, "evaluated",
         "Bought; audit of catheter use before/after written up and presented 2022", "2021-03-22",
         "SG21-02", 1800)),
    # row 7 - two applicants, first one written surname-first
    (["SG21-03", "R1", "Staff wellbeing garden",
      "Turn the courtyard behind Pathology into a garden with seating for staff breaks",
      "Estates", "Hollis, Megan / Dev Patel", "", datetime(2021, 4, 1), 5000, 0,
      "Declined – referred to main charity appeal", "", "Too big for small grants"],
     inn("Staff wellbeing garden",
         "Turn the courtyard behind Pathology into a garden with seating for staff breaks",
         "Estates", "Megan Hollis", None, "stopped",
         "Declined – referred to main charity appeal", "2021-04-01", "SG21-03", None)),
    # row 8
    (["SG21-04", "R1", "Music for dementia playlists",
      "Personalised music playlists on donated iPods for patients with dementia, chosen with families",
      "Elderly Care – Ward 30", "Lucy Fenwick (OT)", "lucy.fenwick" + A, "Apr-21", 650, 650,
      "Now standard on Wards 30 & 31 – BAU", "", ""],
     inn("Music for dementia playlists",
         "Personalised music playlists on donated iPods for patients with dementia, chosen with families",
         "Elderly Care – Ward 30", "Lucy Fenwick", "lucy.fenwick" + A, "embedded",
         "Now standard on Wards 30 & 31 – BAU", "2021-04-01", "SG21-04", None)),
    # row 9
    ([""] * N5, bad("blank row")),
    # row 10
    sec("ROUND 2 – AUTUMN 2021"),
    # row 11
    (["SG21-05", "R2", "VR headsets for distraction in paediatric ED",
      "Virtual reality headsets used to distract children during cannulation and wound care",
      "Paediatric ED", "Dr Olumide Bankole", "olumide.bankole" + A, datetime(2021, 10, 4),
      3200, 3200, "Trial on PED – PDSA cycle 2, collecting pain scores", "TBC", ""],
     inn("VR headsets for distraction in paediatric ED",
         "Virtual reality headsets used to distract children during cannulation and wound care",
         "Paediatric ED", "Olumide Bankole", "olumide.bankole" + A, "testing",
         "Trial on PED – PDSA cycle 2, collecting pain scores", "2021-10-04", "SG21-05", None)),
    # row 12
    (["SG21-06", "R2", "Relatives’ overnight packs",
      "Toiletry and phone-charger packs for relatives staying overnight with very unwell patients",
      "Critical Care", "Ms Harriet Dunmore", "", datetime(2021, 10, 11), 900, 900,
      "In use – ward budget pays for them now (BAU)", "", ""],
     inn("Relatives’ overnight packs",
         "Toiletry and phone-charger packs for relatives staying overnight with very unwell patients",
         "Critical Care", "Harriet Dunmore", None, "embedded",
         "In use – ward budget pays for them now (BAU)", "2021-10-11", "SG21-06", None)),
    # row 13 - SG21-01 entered again in round 2
    (["SG21-07", "R2", "Sensory room – children’s ward",
      "Side room converted to sensory room (bubble tubes, soft lighting)", "Ward 22",
      "Kerry-Ann Blake", "kerry-ann.blake" + A, datetime(2021, 3, 15), 4800, "",
      "Room open", "", "entered twice?"],
     bad("duplicate of row 5")),
    # row 14
    (["SG21-08", "R2", "Hearing loops for outpatient receptions",
      "Portable hearing loops at reception desks for patients who use hearing aids",
      "Outpatients", "Robert Nkemelu", "robert.nkemelu" + A, "Nov 2021", 2400, 2400,
      "Installed in 3 receptions; now being rolled out to all OPD & Radiology", "nil", ""],
     inn("Hearing loops for outpatient receptions",
         "Portable hearing loops at reception desks for patients who use hearing aids",
         "Outpatients", "Robert Nkemelu", "robert.nkemelu" + A, "spreading",
         "Installed in 3 receptions; now being rolled out to all OPD & Radiology", "2021-11-01",
         "SG21-08", 0)),
    # row 15
    sec("ROUND 3 – 2022/23"),
    # row 16
    (["SG22-01", "R3", "Falls prevention ‘bay tagging’ lanyards",
      "Staff wear a lanyard to show who is watching a bay of high falls-risk patients; handed over at breaks",
      "Ward 14 (Stroke)", "Agnieszka Zielińska (Band 6 OT)", "", 2022, 300, 300,
      "Spread to Wards 15, 16 and the Acute Stroke Unit", "c. £10k (fewer falls)", ""],
     inn("Falls prevention ‘bay tagging’ lanyards",
         "Staff wear a lanyard to show who is watching a bay of high falls-risk patients; handed over at breaks",
         "Ward 14 (Stroke)", "Agnieszka Zielińska", None, "spreading",
         "Spread to Wards 15, 16 and the Acute Stroke Unit", "2022-01-01", "SG22-01", 10000)),
    # row 17
    (["SG22-02", "R3", "Breastfeeding peer supporters",
      "Trained volunteer mums visit the postnatal ward to help with breastfeeding",
      "Maternity", "Mrs Yetunde Alabi", "yetunde.alabi" + A, datetime(2022, 6, 6), 4500, 3000,
      "on hold – volunteer coordinator post vacant", "", ""],
     inn("Breastfeeding peer supporters",
         "Trained volunteer mums visit the postnatal ward to help with breastfeeding",
         "Maternity", "Yetunde Alabi", "yetunde.alabi" + A, "paused",
         "on hold – volunteer coordinator post vacant", "2022-06-06", "SG22-02", None)),
    # row 18
    (["xx", "R3", "TEST – delete", "test", "", "", "", "", 1, 1, "", "", "KB testing formulas"],
     bad("test row")),
    # row 19
    (["SG22-03", "R3", "Carers’ café",
      "Monthly drop-in café for carers of people with dementia, with the Admiral Nurse",
      "Dementia Support Team", "Rev. Thomas Ayodele", "thomas.ayodele" + A, datetime(2022, 9, 1),
      1200, 1200, "Running monthly since Nov 22", "n/a", ""],
     inn("Carers’ café",
         "Monthly drop-in café for carers of people with dementia, with the Admiral Nurse",
         "Dementia Support Team", "Thomas Ayodele", "thomas.ayodele" + A, "implemented",
         "Running monthly since Nov 22", "2022-09-01", "SG22-03", None)),
    # row 20
    (["SG22-04", "R3", "Weighted blankets for the liaison room",
      "Weighted blankets and a sensory box for the mental health liaison assessment room in ED",
      "Liaison Psychiatry", "Dr Caoimhe Gallagher", "", "Jan-23", 400, "",
      "Panel: approved in principle, quotes being obtained", "", ""],
     inn("Weighted blankets for the liaison room",
         "Weighted blankets and a sensory box for the mental health liaison assessment room in ED",
         "Liaison Psychiatry", "Caoimhe Gallagher", None, "planning",
         "Panel: approved in principle, quotes being obtained", "2023-01-01", "SG22-04", None)),
    # row 21
    sec("ROUND 4 – AUTUMN 2023"),
    # row 22
    (["SG23-01", "R4", "Pet therapy visits",
      "Monthly visits by trained therapy dogs to long-stay rehab patients",
      "Rehabilitation Unit", "Vasquez, Elena", "elena.vasquez" + A, datetime(2023, 10, 2), 750, "",
      "Bid submitted – awaiting panel (Dec)", "", ""],
     inn("Pet therapy visits",
         "Monthly visits by trained therapy dogs to long-stay rehab patients",
         "Rehabilitation Unit", "Elena Vasquez", "elena.vasquez" + A, "planning",
         "Bid submitted – awaiting panel (Dec)", "2023-10-02", "SG23-01", None)),
    # row 23
    (["SG23-02", "R4", "Swallow-safe cups",
      "Flow-controlled cups so patients with mild dysphagia can drink thin fluids safely",
      "Speech & Language Therapy", "Dr. Nadia Rahimi (SLT)", "nadia.rahimi" + A,
      datetime(2023, 10, 9), 1500, 1500, "Ordered, arriving Jan – then trial on 2 wards",
      "£250 a month (fewer thickener prescriptions)", ""],
     inn("Swallow-safe cups",
         "Flow-controlled cups so patients with mild dysphagia can drink thin fluids safely",
         "Speech & Language Therapy", "Nadia Rahimi", "nadia.rahimi" + A, "planning",
         "Ordered, arriving Jan – then trial on 2 wards", "2023-10-09", "SG23-02", 3000)),
    # row 24 - placeholder with no summary or applicant yet
    (["SG23-03", "R4", "Discharge lounge reclining chairs", "", "Discharge Lounge", "", "",
      "Autumn 2023", "", "", "idea – not yet written up", "", "Matron to submit?"],
     inn("Discharge lounge reclining chairs", None, "Discharge Lounge", None, None, "idea",
         "idea – not yet written up", "2023-09-01", "SG23-03", None)),
    # row 25
    (["SG23-04", "R4", "Pre-assessment text reminders",
      "Text message reminders with fasting instructions 48 hours before pre-op assessment",
      "Pre-operative Assessment", "Gemma Thornton & Luke Saunders", "gemma.thornton" + A,
      datetime(2023, 11, 20), 2000, 2000,
      "Scrapped – replaced by trust-wide texting contract", "£6k", "refund requested"],
     inn("Pre-assessment text reminders",
         "Text message reminders with fasting instructions 48 hours before pre-op assessment",
         "Pre-operative Assessment", "Gemma Thornton", "gemma.thornton" + A, "stopped",
         "Scrapped – replaced by trust-wide texting contract", "2023-11-20", "SG23-04", 6000)),
    # row 26
    ([""] * N5, bad("blank row")),
    # row 27
    (["", "", "TOTALS", "", "", "", "", "", "=SUM(I5:I26)", "=SUM(J5:J26)", "", "", ""],
     bad("total row")),
    # row 28
    (["NB savings are applicants’ own estimates – not validated by Finance. £ requested/awarded are grant amounts, not savings.",
      "", "", "", "", "", "", "", "", "", "", "", ""], bad("notes row")),
]


def make_file5():
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Read me"
    for i, line in enumerate([
        "Ashgrove Hospitals Charity – Small Grants Scheme (up to £5,000)",
        "",
        "This workbook tracks every small grant application since Spring 2021.",
        "Tab 'Grants 2021-24' = the tracker. Tab 'Summary' = counts for the Charity Committee.",
        "Please update the 'Progress' column after each panel. Contact: charity@ashgrove.nhs.uk",
    ], start=1):
        ws0.cell(row=i, column=1, value=line)
    ws0["A1"].font = Font(bold=True, size=14)

    ws = wb.create_sheet(F5_SHEET)
    ws["A1"] = "Ashgrove Hospitals Charity – Small Grants Tracker 2021–24 (RXA)"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=N5)
    for j, h in enumerate(F5_HEADER, start=1):
        c = ws.cell(row=F5_HEADER_ROW, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FCE4D6")
        c.alignment = Alignment(wrap_text=True)
        c.border = BOX
    put_rows(ws, F5_HEADER_ROW + 1, F5_ROWS, money_cols=(9, 10))
    for i, (_cells, k) in enumerate(F5_ROWS):
        r = F5_HEADER_ROW + 1 + i
        if k.get("reason") in ("section heading row", "notes row"):
            ws.cell(row=r, column=1).font = Font(bold=k["reason"] != "notes row",
                                                 italic=k["reason"] == "notes row")
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="D9D9D9")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=N5)
        if k.get("reason") == "total row":
            for j in range(1, N5 + 1):
                ws.cell(row=r, column=j).font = Font(bold=True)
            ws.cell(row=r, column=9).number_format = '"£"#,##0'
            ws.cell(row=r, column=10).number_format = '"£"#,##0'
    widths = [10, 6, 32, 50, 26, 30, 28, 12, 11, 11, 40, 22, 22]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(row=3, column=j).column_letter].width = w
    ws.freeze_panes = "D4"

    ws2 = wb.create_sheet("Summary")
    ws2["A1"] = "Summary for Charity Committee"
    ws2["A1"].font = Font(bold=True)
    rng = f"'{F5_SHEET}'!A4:A40"
    ws2.append([])
    ws2.append(["Round", "Applications", "£ awarded"])
    for rd in ("R1", "R2", "R3", "R4"):
        ws2.append([rd, f"=COUNTIF('{F5_SHEET}'!B4:B40,\"{rd}\")",
                    f"=SUMIF('{F5_SHEET}'!B4:B40,\"{rd}\",'{F5_SHEET}'!J4:J40)"])
    ws2.append(["Total", "=SUM(B4:B7)", "=SUM(C4:C7)"])

    ws3 = wb.create_sheet("Lists")
    for i, v in enumerate(["Approved", "Declined", "Deferred", "Withdrawn"], start=1):
        ws3.cell(row=i, column=1, value=v)
    wb.active = 1
    wb.save(os.path.join(HERE, F5))
    write_key(F5, "innovations", F5_HEADER_ROW, F5_ROWS, sheet=F5_SHEET)


# ============================================================================
# FILE 6 - Thornbury & Wyre Valley NHS FT (RT6): clinical champions / link
#          practitioners "who to ask" directory.  .xlsx, one sheet, strikethrough
# ============================================================================

F6 = "Who to ask - clinical champions and link practitioners.xlsx"
F6_HEADER_ROW = 4
F6_HEADER = ["Name", "Role", "Ward / team", "Email", "Ext / bleep", "Ask me about…",
             "Happy to help with", "Notes"]
T = "@twvft.nhs.uk"
N6 = len(F6_HEADER)

F6_ROWS = [
    # row 5
    (["Dr Aisha Rahman", "Consultant Geriatrician", "Older People’s Medicine", "aisha.rahman" + T,
      "4471", "Dementia, delirium & frailty",
      "Happy to do bedside teaching on delirium screening (4AT)", ""],
     st("Aisha Rahman", "aisha.rahman" + T, "Consultant Geriatrician", "Older People’s Medicine",
        ["Dementia", "delirium", "frailty"],
        "Happy to do bedside teaching on delirium screening (4AT)")),
    # row 6
    (["Ashby, Tom", "Staff Nurse (Band 5)", "Ward 6 – Respiratory", "", "bleep 212",
      "NIV\nTracheostomy care", "", ""],
     st("Tom Ashby", None, "Staff Nurse (Band 5)", "Ward 6 – Respiratory",
        ["NIV", "Tracheostomy care"])),
    # row 7 - e-mail typed into the name cell
    (["Lena Fischer – lena.fischer" + T, "Tissue Viability Link Nurse, Band 6", "Ward 10 – Surgery",
      "", "", "Pressure ulcers • wound dressings • Waterlow",
      "can offer ward-based teaching sessions", ""],
     st("Lena Fischer", "lena.fischer" + T, "Tissue Viability Link Nurse, Band 6", "Ward 10 – Surgery",
        ["Pressure ulcers", "wound dressings", "Waterlow"], "can offer ward-based teaching sessions")),
    # row 8
    (["VACANT – recruiting", "Falls Link Practitioner", "Ward 12", "", "", "Falls", "", "advert closes 20/12"],
     bad("vacant post")),
    # row 9 - struck through, with a note in the name cell
    (["Mark Henshaw (left Jun 24)", "Moving & Handling Key Trainer", "Manual Handling Team",
      "mark.henshaw" + T, "2280", "Moving & handling; bariatric equipment", "", ""],
     st("Mark Henshaw", "mark.henshaw" + T, "Moving & Handling Key Trainer", "Manual Handling Team",
        ["Moving & handling", "bariatric equipment"], left=True, left_on="2024-06-01")),
    # row 10
    (["Mrs Grace Oduya", "Infection Control Link (HCA)", "Ward 4 – Gastro", "grace.oduya" + T, "",
      "Hand hygiene, C. diff, isolation", "happy to do hand hygiene audits on other wards", ""],
     st("Grace Oduya", "grace.oduya" + T, "Infection Control Link (HCA)", "Ward 4 – Gastro",
        ["Hand hygiene", "C. diff", "isolation"], "happy to do hand hygiene audits on other wards")),
    # row 11
    ([""] * N6, bad("blank row")),
    # row 12
    (["Paul Greaves", "Learning Disability Liaison Nurse", "Safeguarding Team", "paul.greaves" + T,
      "3390", "Learning disabilities; autism; reasonable adjustments; hospital passports",
      "Willing to attend MDTs for patients with LD", ""],
     st("Paul Greaves", "paul.greaves" + T, "Learning Disability Liaison Nurse", "Safeguarding Team",
        ["Learning disabilities", "autism", "reasonable adjustments", "hospital passports"],
        "Willing to attend MDTs for patients with LD")),
    # row 13 - struck through, leaver date in Notes
    (["Sophie Laine", "Junior Sister (Band 6)", "ED", "sophie.laine" + T, "", "Sepsis, AKI", "",
      "LEAVER – 30/09/2024"],
     st("Sophie Laine", "sophie.laine" + T, "Junior Sister (Band 6)", "ED", ["Sepsis", "AKI"],
        left=True, left_on="2024-09-30")),
    # row 14 - Dr Rahman listed again under her lead role
    (["Rahman, Aisha (Dr)", "Dementia Lead", "Older People’s Medicine", "aisha.rahman" + T, "4471",
      "Dementia", "", "also listed above"],
     bad("duplicate of row 5")),
    # row 15
    (["Carlos Mendes", "Antimicrobial Pharmacist (Band 8a)", "Pharmacy", "carlos.mendes" + T, "5561",
      "Antimicrobial stewardship\nIV to oral switch\nPenicillin allergy de-labelling",
      "Happy to answer antibiotic queries on Teams", ""],
     st("Carlos Mendes", "carlos.mendes" + T, "Antimicrobial Pharmacist (Band 8a)", "Pharmacy",
        ["Antimicrobial stewardship", "IV to oral switch", "Penicillin allergy de-labelling"],
        "Happy to answer antibiotic queries on Teams")),
    # row 16 - maternity leave: still current
    (["Sister Niamh Doherty", "Ward Sister", "Maternity – Delivery Suite", "niamh.doherty" + T, "",
      "PROMPT obstetric emergencies training; bereavement care", "",
      "on maternity leave – back April"],
     st("Niamh Doherty", "niamh.doherty" + T, "Ward Sister", "Maternity – Delivery Suite",
        ["PROMPT obstetric emergencies training", "bereavement care"])),
    # row 17
    (["TEST – do not delete (used for mail merge)", "test", "", "education.team" + T, "", "", "", ""],
     bad("test row")),
    # row 18
    (["Owen Pritchard", "Physiotherapist (Band 6)", "Stroke Rehab", "owen.pritchard" + T, "",
      "Spasticity management, splinting and early mobilisation", "", "Welsh speaker"],
     st("Owen Pritchard", "owen.pritchard" + T, "Physiotherapist (Band 6)", "Stroke Rehab",
        ["Spasticity management", "splinting", "early mobilisation"])),
    # row 19
    (["Dr Hamid Karimi", "ST4 Anaesthetics", "Anaesthetics & Critical Care", "hamid.karimi" + T,
      "bleep 404", "Simulation; human factors; ultrasound-guided cannulation",
      "Happy to run sim sessions on your ward", ""],
     st("Hamid Karimi", "hamid.karimi" + T, "ST4 Anaesthetics", "Anaesthetics & Critical Care",
        ["Simulation", "human factors", "ultrasound-guided cannulation"],
        "Happy to run sim sessions on your ward")),
    # row 20 - seconded: still current
    (["Kirsty Lamb", "Healthcare Assistant", "Ward 6 – Respiratory", "", "", "Mouth care", "",
      "Seconded to Education team until March"],
     st("Kirsty Lamb", None, "Healthcare Assistant", "Ward 6 – Respiratory", ["Mouth care"])),
    # row 21
    (["Jennifer O'Neill (retired Aug 2024)", "Diabetes Link Nurse", "Ward 8 – Endocrine",
      "jennifer.oneill" + T, "", "Insulin safety; hypo management", "", ""],
     st("Jennifer O'Neill", "jennifer.oneill" + T, "Diabetes Link Nurse", "Ward 8 – Endocrine",
        ["Insulin safety", "hypo management"], left=True, left_on="2024-08-01")),
    # row 22
    (["Champions below trained in the Oct 2024 cohort – emails to follow", "", "", "", "", "", "", ""],
     bad("notes row")),
    # row 23
    (["Ruth Abiodun", "Staff Nurse", "Ward 2 – Cardiology", "", "", "Dementia and delirium", "", ""],
     st("Ruth Abiodun", None, "Staff Nurse", "Ward 2 – Cardiology", ["Dementia", "delirium"])),
    # row 24
    (["Alexei Volkov", "Occupational Therapist (Band 5)", "Therapies – Acute", "", "",
      "Cognitive assessment; seating; splinting", "", ""],
     st("Alexei Volkov", None, "Occupational Therapist (Band 5)", "Therapies – Acute",
        ["Cognitive assessment", "seating", "splinting"])),
    # row 25
    (["Zainab Mir", "Speech & Language Therapist", "SLT – Adult Acute", "zainab.mir" + T, "",
      "Dysphagia; tracheostomy weaning", "Happy to teach IDDSI diet levels to HCAs", ""],
     st("Zainab Mir", "zainab.mir" + T, "Speech & Language Therapist", "SLT – Adult Acute",
        ["Dysphagia", "tracheostomy weaning"], "Happy to teach IDDSI diet levels to HCAs")),
    # row 26
    (["Total champions listed:", "=COUNTA(A5:A25)-4", "", "", "", "", "", ""], bad("total row")),
]

F6_STRUCK = ("Mark Henshaw (left Jun 24)", "Sophie Laine")


def make_file6():
    wb = Workbook()
    ws = wb.active
    ws.title = "Champions"
    ws["A1"] = "Thornbury & Wyre Valley NHS FT – Clinical Champions & Link Practitioners: who to ask"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=N6)
    ws["A2"] = ("Updated Nov 2024 by the Education & LKS team. Strikethrough = no longer with us – "
                "please tell us about changes: education.team" + T)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=N6)
    ws.cell(row=3, column=1, value="WHO").font = Font(bold=True)
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=3)
    ws.cell(row=3, column=4, value="HOW TO CONTACT").font = Font(bold=True)
    ws.merge_cells(start_row=3, start_column=4, end_row=3, end_column=5)
    ws.cell(row=3, column=6, value="WHAT THEY KNOW").font = Font(bold=True)
    ws.merge_cells(start_row=3, start_column=6, end_row=3, end_column=8)
    for j, h in enumerate(F6_HEADER, start=1):
        c = ws.cell(row=F6_HEADER_ROW, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="7030A0")
        c.border = BOX
    put_rows(ws, F6_HEADER_ROW + 1, F6_ROWS)
    for i, (cells, k) in enumerate(F6_ROWS):
        r = F6_HEADER_ROW + 1 + i
        if cells[0] in F6_STRUCK:
            for j in range(1, N6 + 1):
                ws.cell(row=r, column=j).font = Font(strike=True, color="808080")
        if k.get("reason") == "notes row":
            ws.cell(row=r, column=1).font = Font(italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=N6)
    widths = [34, 34, 28, 30, 12, 44, 40, 30]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(row=4, column=j).column_letter].width = w
    ws.freeze_panes = "B5"
    wb.save(os.path.join(HERE, F6))
    write_key(F6, "staff", F6_HEADER_ROW, F6_ROWS)


if __name__ == "__main__":
    make_file1()
    make_file2()
    make_file3()
    make_file4()
    make_file5()
    make_file6()
    print("done")
