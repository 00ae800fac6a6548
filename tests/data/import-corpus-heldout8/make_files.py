#!/usr/bin/env python3
"""Regenerates every file in this folder and its answer key (F.expected.json).
All rows are held literally below. Run: python3 make_files.py"""
import csv, io, json, os
from datetime import datetime as D
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill, Alignment

OUT = os.path.dirname(os.path.abspath(__file__))

def I(title, summary, dept, lead_name, lead_email, stage, status_text, started, ref, savings):
    e = {"title": title, "summary": summary, "department": dept,
         "lead": ({"name": lead_name, "email": lead_email} if lead_name else None),
         "stage": stage, "status_text": status_text, "ref": ref, "savings_gbp": savings}
    if started:
        e["started"] = started
    return {"good": True, "expected": e}

def S(name, given, family, email, job, dept, expertise, willing, left=False, left_on=None):
    e = {"name": name, "given_name": given, "family_name": family, "email": email,
         "job_title": job, "department": dept, "expertise": expertise, "willing_to_text": willing}
    if left:
        e["employment_status"] = "left"
        if left_on:
            e["left_on"] = left_on
    return {"good": True, "expected": e}

def BAD(reason):
    return {"good": False, "reason": reason}

def write_key(fname, kind, header_row, rows, sheet=None):
    key = {"file": fname, "kind": kind, "header_row": header_row}
    if sheet:
        key["sheet"] = sheet
    key["rows"] = {str(header_row + 1 + i): entry for i, (cells, entry) in enumerate(rows)}
    with open(os.path.join(OUT, fname + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, indent=1, ensure_ascii=False)

def write_csv(fname, header, rows, encoding, delimiter=",", bom=""):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for cells, _ in rows:
        w.writerow(["" if c is None else c for c in cells])
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write((bom + buf.getvalue()).encode(encoding))

# ---------------------------------------------------------------------------
# FILE 1: St Aldhelm's Hospitals NHS FT (RZ4) - Maternity & Neonatal QI log.
# xlsx, "Read me" sheet first, data on 2nd sheet, rows grouped by year.
# ---------------------------------------------------------------------------
def file1():
    fname = "staldhelms-maternity-neonatal-QI-log.xlsx"
    header = ["QI No.", "Project name", "What it involves", "Ward / area", "Project lead",
              "Lead e-mail", "Date registered", "Where we’re at", "Est. annual saving (£)", "Notes"]
    R = []
    R.append((["2022"], BAD("year heading row")))
    R.append((["MAT-QI-001", "Skin-to-skin in theatre",
               "Supporting skin-to-skin contact in obstetric theatre for elective caesareans, with a dedicated midwife for baby",
               "Delivery Suite", "Sister Joanne Prendergast", "joanne.prendergast@staldhelms.nhs.uk",
               D(2022, 1, 17), "BAU now – in the theatre checklist", "nil", None],
              I("Skin-to-skin in theatre",
                "Supporting skin-to-skin contact in obstetric theatre for elective caesareans, with a dedicated midwife for baby",
                "Delivery Suite", "Joanne Prendergast", "joanne.prendergast@staldhelms.nhs.uk",
                "embedded", "BAU now – in the theatre checklist", "2022-01-17", "MAT-QI-001", 0)))
    R.append((["MAT-QI-002", "Virtual antenatal classes",
               "Recorded and live online antenatal education sessions on Teams for first-time parents",
               "Community Midwifery", "Okafor, Chiamaka (Band 7 community midwife)", None,
               "Mar-22", "Rolled out to all 4 community hubs + shared with Westbury Trust", "c. £4k", "LMNS want the slides"],
              I("Virtual antenatal classes",
                "Recorded and live online antenatal education sessions on Teams for first-time parents",
                "Community Midwifery", "Chiamaka Okafor", None, "spreading",
                "Rolled out to all 4 community hubs + shared with Westbury Trust", "2022-03-01", "MAT-QI-002", 4000)))
    R.append((["MAT-QI-003", "Neonatal hypoglycaemia pathway",
               "Dextrose gel first line for babies at risk of hypoglycaemia on the postnatal ward, to cut NICU admissions",
               "Postnatal Ward / NICU", "Dr Rhys Llewellyn / Dr Ama Mensah", None, D(2022, 5, 3),
               "Evaluation complete – report to Maternity Safety Champions Oct 23", 18500, None],
              I("Neonatal hypoglycaemia pathway",
                "Dextrose gel first line for babies at risk of hypoglycaemia on the postnatal ward, to cut NICU admissions",
                "Postnatal Ward / NICU", "Rhys Llewellyn", None, "evaluated",
                "Evaluation complete – report to Maternity Safety Champions Oct 23", "2022-05-03", "MAT-QI-003", 18500)))
    R.append(([], BAD("blank row")))
    R.append((["MAT-QI-004", "Birth reflections service",
               "Midwife-led debrief clinic for women and birthing people after a difficult birth",
               "Maternity Outpatients", "Ms Siân Pritchard", "sian.pritchard@staldhelms.nhs.uk",
               "Spring 2022", "live – 2 clinics a week", "n/a", None],
              I("Birth reflections service",
                "Midwife-led debrief clinic for women and birthing people after a difficult birth",
                "Maternity Outpatients", "Siân Pritchard", "sian.pritchard@staldhelms.nhs.uk",
                "implemented", "live – 2 clinics a week", "2022-03-01", "MAT-QI-004", None)))
    R.append((["2023"], BAD("year heading row")))
    R.append((["MAT-QI-005", "Fetal monitoring ‘fresh eyes’ stickers",
               "Hourly fresh-eyes CTG review sticker for the intrapartum notes",
               "Delivery Suite", "Hannah Whitlock (fetal monitoring lead midwife)", None,
               D(2023, 1, 9), "PDSA cycle 3", None, None],
              I("Fetal monitoring ‘fresh eyes’ stickers",
                "Hourly fresh-eyes CTG review sticker for the intrapartum notes",
                "Delivery Suite", "Hannah Whitlock", None, "testing", "PDSA cycle 3",
                "2023-01-09", "MAT-QI-005", None)))
    R.append((["MAT-QI-006", "Neonatal Family Integrated Care (FICare)",
               "Parents supported to give most of their baby’s care on the unit, with parent education sessions",
               "NICU", "Dr Ama Mensah <ama.mensah@staldhelms.nhs.uk>", None,
               "03/02/2023", "Live in NICU, SCBU next", "TBC", None],
              I("Neonatal Family Integrated Care (FICare)",
                "Parents supported to give most of their baby’s care on the unit, with parent education sessions",
                "NICU", "Ama Mensah", "ama.mensah@staldhelms.nhs.uk", "implemented",
                "Live in NICU, SCBU next", "2023-02-03", "MAT-QI-006", None)))
    R.append((["MAT-QI-007", "Waterbirth pool evacuation hoist",
               "Buy a pool evacuation hoist so more women can use the birth pool safely",
               "Midwife-led Birth Centre", "Carys Bowen", "carys.bowen@staldhelms.nhs.uk",
               "2023", "bid submitted to charity – awaiting panel", "n/a", None],
              I("Waterbirth pool evacuation hoist",
                "Buy a pool evacuation hoist so more women can use the birth pool safely",
                "Midwife-led Birth Centre", "Carys Bowen", "carys.bowen@staldhelms.nhs.uk", "planning",
                "bid submitted to charity – awaiting panel", "2023-01-01", "MAT-QI-007", None)))
    R.append((["TEST", "test – please ignore", "test", "test", "JP", None, None, None, None, None],
              BAD("test row")))
    R.append((["MAT-QI-008", "Tongue-tie assessment clinic",
               "Infant feeding team runs a weekly frenulotomy assessment clinic instead of referring to ENT",
               "Infant Feeding Team", "Mrs Lorna McAllister", None, D(2023, 6, 1),
               "on hold - staff shortages", "£7,200", "restart when IFT lead back"],
              I("Tongue-tie assessment clinic",
                "Infant feeding team runs a weekly frenulotomy assessment clinic instead of referring to ENT",
                "Infant Feeding Team", "Lorna McAllister", None, "paused", "on hold - staff shortages",
                "2023-06-01", "MAT-QI-008", 7200)))
    R.append((["MAT-QI-009", "Outpatient balloon induction of labour",
               "Outpatient cervical ripening with a balloon catheter so low-risk women can go home overnight",
               "Antenatal Day Unit", "Mr Tomasz Wiśniewski (consultant obstetrician)", None, "Sep-23",
               "trial on ADU – 14 women so far", "£500 a month", None],
              I("Outpatient balloon induction of labour",
                "Outpatient cervical ripening with a balloon catheter so low-risk women can go home overnight",
                "Antenatal Day Unit", "Tomasz Wiśniewski", None, "testing", "trial on ADU – 14 women so far",
                "2023-09-01", "MAT-QI-009", 6000)))
    R.append((["MAT-QI-010", "Baby ID double check", None, "Postnatal Ward", "Pritchard, Siân", None,
               D(2023, 10, 12), "scrapped – superseded by e-tags", None, None],
              I("Baby ID double check", None, "Postnatal Ward", "Siân Pritchard", None, "stopped",
                "scrapped – superseded by e-tags", "2023-10-12", "MAT-QI-010", None)))
    R.append((["MAT-QI-011", "Neonatal Family Integrated Care",
               "Parents giving most of baby’s care on NICU with education sessions",
               "NICU", "Dr A Mensah", None, "03/02/2023", "live on NICU", "TBC", "dup? same as 006 – CB"],
              BAD("duplicate of row 13")))
    R.append((["2024"], BAD("year heading row")))
    R.append((["MAT-QI-012", "Perinatal mental health QR code",
               "QR code on the handheld notes linking to perinatal mental health self-referral",
               "Community Midwifery", "Abigail Turner-Reid", "a.turner-reid@staldhelms.nhs.uk",
               D(2024, 2, 14), "idea – raised at Maternity & Neonatal Voices Partnership", None, None],
              I("Perinatal mental health QR code",
                "QR code on the handheld notes linking to perinatal mental health self-referral",
                "Community Midwifery", "Abigail Turner-Reid", "a.turner-reid@staldhelms.nhs.uk", "idea",
                "idea – raised at Maternity & Neonatal Voices Partnership", "2024-02-14", "MAT-QI-012", None)))
    R.append((["MAT-QI-013", "Cord gas analyser for Birth Centre",
               "Second blood gas analyser so cord gases are done within 10 minutes of birth",
               "Midwife-led Birth Centre", "Dr Rhys Llewellyn", None, "Apr-24",
               "approved at Div board, ordering", 2300, None],
              I("Cord gas analyser for Birth Centre",
                "Second blood gas analyser so cord gases are done within 10 minutes of birth",
                "Midwife-led Birth Centre", "Rhys Llewellyn", None, "planning",
                "approved at Div board, ordering", "2024-04-01", "MAT-QI-013", 2300)))
    R.append((["MAT-QI-014", "Newborn sepsis screening bundle",
               "Neonatal sepsis screening tool and antibiotics-within-1-hour bundle on the postnatal ward",
               "Postnatal Ward", "Sister Olwen Jeffreys", None, D(2024, 3, 4),
               "rolled out trustwide – now also used in paeds ED", "12k", None],
              I("Newborn sepsis screening bundle",
                "Neonatal sepsis screening tool and antibiotics-within-1-hour bundle on the postnatal ward",
                "Postnatal Ward", "Olwen Jeffreys", None, "spreading",
                "rolled out trustwide – now also used in paeds ED", "2024-03-04", "MAT-QI-014", 12000)))
    R.append((["rows below added by J. Prendergast from the old Access database (Nov 24)"], BAD("notes row")))
    R.append((["MAT-QI-015", "Hypnobirthing taster sessions",
               "Free hypnobirthing taster sessions run by our own midwives",
               "Community Midwifery", "Kaur, Jaspreet", "jaspreet.kaur2@staldhelms.nhs.uk", "2024",
               "Evaluated – 92% would recommend; write-up on intranet", "£0", None],
              I("Hypnobirthing taster sessions",
                "Free hypnobirthing taster sessions run by our own midwives",
                "Community Midwifery", "Jaspreet Kaur", "jaspreet.kaur2@staldhelms.nhs.uk", "evaluated",
                "Evaluated – 92% would recommend; write-up on intranet", "2024-01-01", "MAT-QI-015", 0)))
    R.append((["MAT-QI-016", "Smoke-free pregnancy CO monitoring",
               "Carbon monoxide testing at every antenatal contact with opt-out referral to the stop smoking service",
               "Antenatal Clinic", "Dr Nkechi Obi", None, D(2024, 7, 22),
               "Standard practice now (Saving Babies’ Lives v3)", "TBC", None],
              I("Smoke-free pregnancy CO monitoring",
                "Carbon monoxide testing at every antenatal contact with opt-out referral to the stop smoking service",
                "Antenatal Clinic", "Nkechi Obi", None, "embedded",
                "Standard practice now (Saving Babies’ Lives v3)", "2024-07-22", "MAT-QI-016", None)))
    R.append((["MAT-QI-017", "Bereavement suite memory boxes",
               "Donated memory boxes and a cold cot for the bereavement suite",
               "Delivery Suite", "Rev. Martin Ashdown / Carys Bowen", None, "Nov-24",
               "needs funding – charity bid being written", "n/a", None],
              I("Bereavement suite memory boxes",
                "Donated memory boxes and a cold cot for the bereavement suite",
                "Delivery Suite", "Martin Ashdown", None, "planning",
                "needs funding – charity bid being written", "2024-11-01", "MAT-QI-017", None)))
    R.append(([], BAD("blank row")))
    first, last = 6, 4 + len(R) - 1
    R.append((["Total projects", f"=COUNTA(A{first}:A{last})-COUNTIF(A{first}:A{last},\"20*\")", None, None, None, None,
               None, None, f"=SUM(I{first}:I{last})", None], BAD("total row")))

    wb = Workbook()
    rm = wb.active
    rm.title = "Read me"
    for i, line in enumerate([
        "St Aldhelm’s Hospitals NHS Foundation Trust (RZ4) – Women’s & Children’s Division",
        "Maternity & Neonatal Quality Improvement Log",
        "",
        "The log is on the next tab (‘QI log 2022-24’). One row per project, grouped by the year it was registered.",
        "Please don’t re-sort – the year headings will go wrong.",
        "QI numbers run on from the old Access database. Ask Joanne Prendergast (Practice Development) before adding.",
        "Savings are rough annual estimates from the project lead – not validated by finance.",
    ], 1):
        rm.cell(i, 1, line)
    rm["A1"].font = Font(bold=True, size=14)
    ws = wb.create_sheet("QI log 2022-24")
    ws["A1"] = "Maternity & Neonatal QI Log – Women’s & Children’s Division"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Maintained by Midwifery Practice Development – last updated 14/11/2024"
    ws["A3"] = "PROJECT"; ws.merge_cells("A3:D3")
    ws["E3"] = "WHO"; ws.merge_cells("E3:F3")
    ws["G3"] = "PROGRESS"; ws.merge_cells("G3:H3")
    ws["I3"] = "BENEFITS"; ws.merge_cells("I3:J3")
    for c in ("A3", "E3", "G3", "I3"):
        ws[c].font = Font(bold=True); ws[c].alignment = Alignment(horizontal="center")
    for j, h in enumerate(header, 1):
        ws.cell(4, j, h).font = Font(bold=True, color="FFFFFF")
        ws.cell(4, j).fill = PatternFill("solid", fgColor="7030A0")
    ws.freeze_panes = "C5"
    for i, (cells, entry) in enumerate(R):
        r = 5 + i
        for j, v in enumerate(cells, 1):
            if v is None:
                continue
            c = ws.cell(r, j, v)
            if isinstance(v, D):
                c.number_format = "dd/mm/yyyy"
        if entry.get("reason") == "year heading row":
            ws.cell(r, 1).font = Font(bold=True, size=12)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            for j in range(1, 11):
                ws.cell(r, j).fill = PatternFill("solid", fgColor="E4DFEC")
    for col, w in zip("ABCDEFGHIJ", (12, 34, 60, 22, 34, 34, 14, 40, 14, 28)):
        ws.column_dimensions[col].width = w
    wb.active = 1
    wb.save(os.path.join(OUT, fname))
    write_key(fname, "innovations", 4, R, sheet="QI log 2022-24")

# ---------------------------------------------------------------------------
# FILE 2: Kennet Vale Hospitals NHS Trust (RKV) - Pharmacy & Medicines Optimisation.
# Jira "Export to CSV (all fields)" opened and re-saved in Excel as "CSV" (cp1252, CRLF).
# ---------------------------------------------------------------------------
def file2():
    fname = "kennetvale-pharmacy-medopt-jira.csv"
    header = ["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Priority", "Assignee", "Reporter",
              "Created", "Updated", "Labels", "Labels", "Custom field (Team)", "Custom field (Annual saving £)",
              "Description"]
    FA = "Femi Adeyemi (Lead Pharmacist - Antimicrobials)"
    GL = "Gareth Lowe <gareth.lowe@kennetvale.nhs.uk>"
    R = []
    def row(summary, key, iid, itype, status, prio, assignee, reporter, created, updated, l1, l2, team, saving, desc,
            exp):
        R.append(([summary, key, iid, itype, status, prio, assignee, reporter, created, updated, l1, l2, team,
                   saving, desc], exp))
    d = "Daily EPMA report flags patients on IV antibiotics who meet oral switch criteria; ward pharmacist prompts the team.\nNow adopted by Westmarch and Loddon trusts via the ICS AMS group."
    row("Antimicrobial IV-to-oral switch prompts", "MEDOPT-101", "10234", "Improvement", "Spreading to ICS", "Medium",
        FA, "Priya Raman", "09/Jan/23 9:14 AM", "02/Dec/24 3:10 PM", "AMS", "spread", "Antimicrobial Stewardship",
        "£12,000", d,
        I("Antimicrobial IV-to-oral switch prompts", d, "Antimicrobial Stewardship", "Femi Adeyemi", None,
          "spreading", "Spreading to ICS", "2023-01-09", "MEDOPT-101", 12000))
    d = "Pharmacist screens TTOs on the ward round using a laptop on wheels, so discharge isn’t held up waiting for dispensary"
    row("Discharge prescriptions screened at the bedside", "MEDOPT-102", "10241", "Improvement", "Pilot - Ward 7 & 8",
        "High", "Raman, Priya", "Priya Raman", "21/Feb/23 11:02 AM", "14/Oct/24 9:55 AM", "TTO", "discharge",
        "Ward Pharmacy – Medicine", "c. £4k", d,
        I("Discharge prescriptions screened at the bedside", d, "Ward Pharmacy – Medicine", "Priya Raman", None,
          "testing", "Pilot - Ward 7 & 8", "2023-02-21", "MEDOPT-102", 4000))
    d = "SharePoint tracker replacing the paper homecare registration file"
    row("Homecare medicines tracker", "MEDOPT-103", "10255", "Improvement", "BAU", "Low", GL, "Gareth Lowe",
        "06/Mar/23 2:30 PM", "01/Jul/24 10:12 AM", "homecare", "", "Homecare", "£500 a month", d,
        I("Homecare medicines tracker", d, "Homecare", "Gareth Lowe", "gareth.lowe@kennetvale.nhs.uk", "embedded",
          "BAU", "2023-03-06", "MEDOPT-103", 6000))
    d = "Business case for a second picking arm on the dispensary robot to cut outpatient waiting times"
    row("Robot dispensing – second picking arm", "MEDOPT-104", "10262", "Business case", "Awaiting capital panel",
        "Medium", "Dafydd Rees", "Dafydd Rees", "30/Mar/23 4:45 PM", "19/Nov/24 8:31 AM", "capital", "robot",
        "Dispensary", "TBC", d,
        I("Robot dispensing – second picking arm", d, "Dispensary", "Dafydd Rees", None, "planning",
          "Awaiting capital panel", "2023-03-30", "MEDOPT-104", None))
    row("TEST - delete me", "MEDOPT-105", "10263", "Improvement", "Idea - triage", "Low", "Unassigned",
        "Priya Raman", "30/Mar/23 4:51 PM", "30/Mar/23 4:51 PM", "", "", "", "", "test", BAD("test row"))
    d = "Patient-held insulin passport checked on admission. Before/after audit written up for the Medication Safety Committee (Sept 2024)."
    row("Insulin safety passports", "MEDOPT-106", "10270", "Improvement", "Evaluated", "High",
        "Sister Hollie Baptiste", "Hollie Baptiste", "12/Apr/23 10:20 AM", "25/Sep/24 1:40 PM", "insulin",
        "med-safety", "Diabetes / Pharmacy", "n/a", d,
        I("Insulin safety passports", d, "Diabetes / Pharmacy", "Hollie Baptiste", None, "evaluated", "Evaluated",
          "2023-04-12", "MEDOPT-106", None))
    R.append(([""] * 15, BAD("blank row")))
    d = "Build a gentamicin dosing calculator into EPMA - supplier says not possible in the current version"
    row("Gentamicin dosing calculator on EPMA", "MEDOPT-107", "10288", "Improvement", "Won't do", "Medium", FA,
        "Priya Raman", "03/May/23 9:05 AM", "11/Jan/24 3:22 PM", "AMS", "EPMA", "Antimicrobial Stewardship", "", d,
        I("Gentamicin dosing calculator on EPMA", d, "Antimicrobial Stewardship", "Femi Adeyemi", None, "stopped",
          "Won't do", "2023-05-03", "MEDOPT-107", None))
    d = "Lockable bedside lockers for patients’ own drugs on all surgical wards so PODs are used instead of new supplies"
    row("Patients’ own drugs (POD) lockers on surgical wards", "MEDOPT-108", "10291", "Improvement", "Live",
        "Medium", "Ms Ewa Kowalczyk", "Ewa Kowalczyk", "17/May/23 1:15 PM", "08/Aug/24 11:00 AM", "POD", "",
        "Ward Pharmacy – Surgery", "£9,800", d,
        I("Patients’ own drugs (POD) lockers on surgical wards", d, "Ward Pharmacy – Surgery", "Ewa Kowalczyk", None,
          "implemented", "Live", "2023-05-17", "MEDOPT-108", 9800))
    d = "Pharmacy technicians do medicines reconciliation for admitted patients while still in ED. Paused – two techs moved to aseptic."
    row("Medicines reconciliation by technicians in ED", "MEDOPT-109", "10302", "Improvement", "On hold", "High",
        "Tom Ashworth (Band 6 tech)", "Priya Raman", "05/Jun/23 8:50 AM", "20/Feb/24 4:05 PM", "medrec", "ED",
        "Ward Pharmacy – Medicine", "£15k", d,
        I("Medicines reconciliation by technicians in ED", d, "Ward Pharmacy – Medicine", "Tom Ashworth", None,
          "paused", "On hold", "2023-06-05", "MEDOPT-109", 15000))
    d = "Make batches of ready-to-administer IV antibiotic syringes in the aseptic unit instead of nurses making up on the ward"
    row("Aseptic batch-making of common IV antibiotics", "MEDOPT-110", "10315", "Improvement",
        "In progress - validation runs", "Medium", "Imogen Hartley-Ward", "Imogen Hartley-Ward",
        "22/Aug/23 10:10 AM", "03/Dec/24 2:14 PM", "aseptic", "", "Aseptic Services", "£38,000", d,
        I("Aseptic batch-making of common IV antibiotics", d, "Aseptic Services", "Imogen Hartley-Ward", None,
          "testing", "In progress - validation runs", "2023-08-22", "MEDOPT-110", 38000))
    d = "Idea from the MI team: intranet chatbot to answer simple stock and availability questions from wards"
    row("Medicines Information chatbot", "MEDOPT-111", "10320", "Idea", "Idea - triage", "Low", "Unassigned",
        "Lucy Fenwick", "04/Oct/23 3:33 PM", "04/Oct/23 3:33 PM", "MI", "digital", "Medicines Information", "", d,
        I("Medicines Information chatbot", d, "Medicines Information", None, None, "idea", "Idea - triage",
          "2023-10-04", "MEDOPT-111", None))
    d = "STOPP/START medication reviews for care home residents, done jointly with GP practices"
    row("Deprescribing reviews in care homes", "MEDOPT-112", "10334", "Improvement", "Live in 6 homes", "Medium",
        "Bhavna Patel", "Bhavna Patel", "13/Nov/23 9:40 AM", "27/Nov/24 10:18 AM", "deprescribing", "care-homes",
        "Medicines Optimisation (Community interface)", "c. £22k", d,
        I("Deprescribing reviews in care homes", d, "Medicines Optimisation (Community interface)", "Bhavna Patel",
          None, "implemented", "Live in 6 homes", "2023-11-13", "MEDOPT-112", 22000))
    d = "Weekly joint pharmacist and pain nurse round for inpatients on high-dose opioids"
    row("Opioid stewardship ward rounds", "MEDOPT-113", "10340", "Idea", "Proposed", "Medium", "Dr Samuel Okonjo",
        "Samuel Okonjo", "08/Jan/24 11:25 AM", "08/Jan/24 11:25 AM", "opioids", "", "Pain team / Pharmacy", "", d,
        I("Opioid stewardship ward rounds", d, "Pain team / Pharmacy", "Samuel Okonjo", None, "idea", "Proposed",
          "2024-01-08", "MEDOPT-113", None))
    row("CLONE - Deprescribing reviews in care homes", "MEDOPT-131", "10497", "Improvement", "Live in 6 homes",
        "Medium", "Bhavna Patel", "Priya Raman", "13/Nov/23 9:40 AM", "27/Nov/24 10:20 AM", "deprescribing",
        "care-homes", "Medicines Optimisation (Community interface)", "c. £22k",
        "STOPP/START medication reviews for care home residents, done jointly with GP practices",
        BAD("duplicate of row 14"))
    d = "Outpatient clinics to issue FP10s instead of hospital dispensing - ICB would not fund"
    row("Outpatient prescriptions on FP10 at clinic", "MEDOPT-114", "10351", "Business case",
        "Stopped - ICB declined", "Low", GL, "Gareth Lowe", "15/Jan/24 2:00 PM", "30/Apr/24 9:09 AM", "outpatients",
        "", "Outpatient Pharmacy", "n/a", d,
        I("Outpatient prescriptions on FP10 at clinic", d, "Outpatient Pharmacy", "Gareth Lowe",
          "gareth.lowe@kennetvale.nhs.uk", "stopped", "Stopped - ICB declined", "2024-01-15", "MEDOPT-114", None))
    d = "Pharmacist-led penicillin allergy assessment and de-labelling for low-risk histories on AMU"
    row("Antibiotic allergy de-labelling", "MEDOPT-115", "10366", "Improvement", "PDSA 2 on AMU", "High",
        "Raman, Priya", "Femi Adeyemi", "19/Feb/24 10:45 AM", "29/Nov/24 4:40 PM", "AMS", "allergy",
        "Antimicrobial Stewardship", "TBC", d,
        I("Antibiotic allergy de-labelling", d, "Antimicrobial Stewardship", "Priya Raman", None, "testing",
          "PDSA 2 on AMU", "2024-02-19", "MEDOPT-115", None))
    d = "Electronic controlled drugs register. Piloted on ITU, now on every ward and theatre in the trust."
    row("Controlled drugs e-register", "MEDOPT-116", "10372", "Improvement", "Rolled out trustwide", "Medium",
        "Dafydd Rees", "Dafydd Rees", "04/Mar/24 8:30 AM", "22/Nov/24 12:01 PM", "CD", "", "Dispensary", "n/a", d,
        I("Controlled drugs e-register", d, "Dispensary", "Dafydd Rees", None, "spreading", "Rolled out trustwide",
          "2024-03-04", "MEDOPT-116", None))
    d = "Ward pharmacists check a VTE risk assessment is done within 14 hours for every patient they review"
    row("Pharmacy-led VTE assessment checks", "MEDOPT-117", "10380", "Improvement", "BAU since Apr 23", "Low",
        "Hollie Baptiste", "Hollie Baptiste", "11/Mar/24 1:12 PM", "11/Jun/24 1:12 PM", "VTE", "", "Ward Pharmacy – Medicine",
        "£0", d,
        I("Pharmacy-led VTE assessment checks", d, "Ward Pharmacy – Medicine", "Hollie Baptiste", None, "embedded",
          "BAU since Apr 23", "2024-03-11", "MEDOPT-117", 0))
    d = "Review of every woman under 55 on sodium valproate against the Pregnancy Prevention Programme; results and action plan written up."
    row("Sodium valproate PPP review", "MEDOPT-118", "10391", "Audit", "Done - evaluation report on Q-Pulse",
        "High", "Lucy Fenwick (MI pharmacist)", "Lucy Fenwick", "02/Apr/24 9:00 AM", "18/Oct/24 3:47 PM",
        "valproate", "med-safety", "Medicines Information", "nil", d,
        I("Sodium valproate PPP review", d, "Medicines Information", "Lucy Fenwick", None, "evaluated",
          "Done - evaluation report on Q-Pulse", "2024-04-02", "MEDOPT-118", 0))
    d = "Switch suitable patients from metered-dose inhalers to dry powder inhalers, lower carbon and cost"
    row("Green inhaler switching", "MEDOPT-119", "10405", "Improvement", "Bid submitted", "Medium",
        "Bhavna Patel / Tom Ashworth", "Bhavna Patel", "20/May/24 10:30 AM", "05/Sep/24 11:11 AM", "green",
        "respiratory", "Respiratory Pharmacy", "£3,600", d,
        I("Green inhaler switching", d, "Respiratory Pharmacy", "Bhavna Patel", None, "planning", "Bid submitted",
          "2024-05-20", "MEDOPT-119", 3600))
    R.append((["Exported from Jira by P. Raman 05/12/2024 – MEDOPT-131 is a clone, to be tidied"] + [""] * 14,
              BAD("notes row")))
    write_csv(fname, header, R, "cp1252")
    write_key(fname, "innovations", 1, R)

# ---------------------------------------------------------------------------
# FILE 3: Thames & Chilterns Adult Critical Care ODN (hosted by Ravensmoor University
# Hospitals, RVM) - simulation faculty list. Excel "Unicode Text": UTF-16 LE + BOM, TAB.
# ---------------------------------------------------------------------------
def file3():
    fname = "tc-accodn-sim-faculty.txt"
    header = ["Faculty member", "Role / grade", "Unit (Trust)", "NHS.net / trust email",
              "Sim interests & expertise", "What I can offer", "Faculty status", "Last course taught", "Comments"]
    R = []
    def row(cells, exp):
        R.append((cells + [""] * (9 - len(cells)), exp))
    row(["Dr Oluwaseun Bankole", "Consultant Intensivist", "ICU, Ravensmoor General", "o.bankole@ravensmoor.nhs.uk",
         "Human factors; debriefing; in-situ simulation",
         "Happy to lead debriefs and co-faculty on the ODN Sim Day", "Active", "Oct-24"],
        S("Oluwaseun Bankole", "Oluwaseun", "Bankole", "o.bankole@ravensmoor.nhs.uk", "Consultant Intensivist",
          "ICU, Ravensmoor General", ["Human factors", "debriefing", "in-situ simulation"],
          "Happy to lead debriefs and co-faculty on the ODN Sim Day"))
    row(["Hargreaves, Fiona", "Band 7 Clinical Nurse Educator", "Critical Care, Chiltern Vale Hospital",
         "fiona.hargreaves@chilternvale.nhs.uk",
         "• Tracheostomy emergencies\n• Proning\n• Step-down / rehab after ICU",
         "Can offer sessions on trache care for ward nurses", "Active", "Sep-24"],
        S("Fiona Hargreaves", "Fiona", "Hargreaves", "fiona.hargreaves@chilternvale.nhs.uk",
          "Band 7 Clinical Nurse Educator", "Critical Care, Chiltern Vale Hospital",
          ["Tracheostomy emergencies", "Proning", "Step-down / rehab after ICU"],
          "Can offer sessions on trache care for ward nurses"))
    row(["Mr Kwame Asante (ACCP)", "Advanced Critical Care Practitioner", "ICU, Ravensmoor General", "",
         "Airway management, central line insertion and ultrasound", "Willing to run airway skills stations",
         "Active", "Jun-24"],
        S("Kwame Asante", "Kwame", "Asante", None, "Advanced Critical Care Practitioner", "ICU, Ravensmoor General",
          ["Airway management", "central line insertion", "ultrasound"], "Willing to run airway skills stations"))
    row(["Sister Bríd Ní Chonaill", "Senior Sister", "HDU, Wycombe Cross Hospital",
         "brid.nichonaill@wycombecross.nhs.uk", "Organ donation conversations\nEnd-of-life care\nSpeaks Irish (Gaeilge)",
         "", "Maternity leave until Mar-25", "Feb-24"],
        S("Bríd Ní Chonaill", "Bríd", "Ní Chonaill", "brid.nichonaill@wycombecross.nhs.uk", "Senior Sister",
          "HDU, Wycombe Cross Hospital", ["Organ donation conversations", "End-of-life care"], None))
    row(["Dr Tom Fairweather", "ST6 Anaesthetics/ICM", "ICU, Chiltern Vale Hospital", "tom.fairweather@nhs.net",
         "ECMO; massive haemorrhage; major trauma", "", "LEFT – moved to Bristol Aug 2024", "May-24",
         "remove from mailing list"],
        S("Tom Fairweather", "Tom", "Fairweather", "tom.fairweather@nhs.net", "ST6 Anaesthetics/ICM",
          "ICU, Chiltern Vale Hospital", ["ECMO", "massive haemorrhage", "major trauma"], None,
          left=True, left_on="2024-08-01"))
    row([], BAD("blank row"))
    row(["Patel, Anjali", "Band 6 Physiotherapist", "Critical Care Rehab, Ravensmoor General", "",
         "Early mobilisation and ICU rehab, respiratory physio", "happy to teach on the rehab station", "Active",
         "Oct-24"],
        S("Anjali Patel", "Anjali", "Patel", None, "Band 6 Physiotherapist", "Critical Care Rehab, Ravensmoor General",
          ["Early mobilisation", "ICU rehab", "respiratory physio"], "happy to teach on the rehab station"))
    row(["VACANT – ODN Sim Lead (0.4 WTE)", "ODN Simulation Lead", "ODN hub (Ravensmoor)", "", "", "",
         "Out to advert, closes 10/01", ""], BAD("vacant post"))
    row(["Moreno, Dr Lucía", "Consultant in Intensive Care Medicine", "ICU, Wycombe Cross Hospital",
         "lucia.moreno@nhs.net", "Delirium, sedation and family communication; speaks Spanish",
         "Can offer faculty time 2 days a year", "Active", "Mar-24"],
        S("Lucía Moreno", "Lucía", "Moreno", "lucia.moreno@nhs.net", "Consultant in Intensive Care Medicine",
          "ICU, Wycombe Cross Hospital", ["Delirium", "sedation", "family communication"],
          "Can offer faculty time 2 days a year"))
    row(["Gareth Pugh (ODP)", "Operating Department Practitioner", "Theatres/ICU, Chiltern Vale Hospital",
         "gareth.pugh@chilternvale.nhs.uk", "Difficult airway trolley; transfer medicine", "", "Active", "Jan-24"],
        S("Gareth Pugh", "Gareth", "Pugh", "gareth.pugh@chilternvale.nhs.uk", "Operating Department Practitioner",
          "Theatres/ICU, Chiltern Vale Hospital", ["Difficult airway trolley", "transfer medicine"], None))
    row(["TEST ENTRY - Jo", "test", "", "", "", "", "", "", "delete"], BAD("test row"))
    row(["Dr Hamish MacLeod", "Consultant Anaesthetist", "ICU, Ravensmoor General", "hamish.macleod@ravensmoor.nhs.uk",
         "Inter-hospital transfers; Point-of-care ultrasound (POCUS)",
         "Happy to be faculty for transfer courses and to mentor new faculty", "Retired Mar-24", "Nov-23"],
        S("Hamish MacLeod", "Hamish", "MacLeod", "hamish.macleod@ravensmoor.nhs.uk", "Consultant Anaesthetist",
          "ICU, Ravensmoor General", ["Inter-hospital transfers", "Point-of-care ultrasound (POCUS)"],
          "Happy to be faculty for transfer courses and to mentor new faculty", left=True, left_on="2024-03-01"))
    row(["Fiona Hargreaves (CNE)", "Clinical Nurse Educator", "Critical Care, Chiltern Vale", 
         "fiona.hargreaves@chilternvale.nhs.uk", "Trache emergencies, proning", "", "Active", "Sep-24",
         "added again at Sim Day sign-up"], BAD("duplicate of row 3"))
    row(["Chloe Brennan-Shaw", "Band 5 Staff Nurse", "Critical Care Outreach, Wycombe Cross Hospital", "",
         "NEWS2; sepsis recognition; deteriorating patient", "", "Active – new faculty 2024", ""],
        S("Chloe Brennan-Shaw", "Chloe", "Brennan-Shaw", None, "Band 5 Staff Nurse",
          "Critical Care Outreach, Wycombe Cross Hospital", ["NEWS2", "sepsis recognition", "deteriorating patient"],
          None))
    row(["Dr Ifeoma Eze", "Clinical Psychologist", "Critical Care Psychology, Ravensmoor General",
         "ifeoma.eze@ravensmoor.nhs.uk", "Post-ICU psychological support\nStaff wellbeing\nPTSD screening",
         "Willing to co-facilitate Schwartz-style reflective sessions after sim", "Active", "Oct-24"],
        S("Ifeoma Eze", "Ifeoma", "Eze", "ifeoma.eze@ravensmoor.nhs.uk", "Clinical Psychologist",
          "Critical Care Psychology, Ravensmoor General",
          ["Post-ICU psychological support", "Staff wellbeing", "PTSD screening"],
          "Willing to co-facilitate Schwartz-style reflective sessions after sim"))
    row(["Wójcik, Marek", "Band 6 Charge Nurse", "ICU, Chiltern Vale Hospital", "marek.wojcik@chilternvale.nhs.uk",
         "Renal replacement therapy (CRRT), moving & handling, bariatric patients. Polish speaker",
         "happy to teach CRRT troubleshooting", "Active", "Jul-24"],
        S("Marek Wójcik", "Marek", "Wójcik", "marek.wojcik@chilternvale.nhs.uk", "Band 6 Charge Nurse",
          "ICU, Chiltern Vale Hospital", ["Renal replacement therapy (CRRT)", "moving & handling", "bariatric patients"],
          "happy to teach CRRT troubleshooting"))
    row(["Dr Sunil Varghese", "Consultant Intensivist / ODN Clinical Lead", "ODN hub (Ravensmoor)",
         "sunil.varghese@nhs.net", "Network escalation; surge planning; mass casualty",
         "Can offer exec sponsorship for network sim projects", "Active", ""],
        S("Sunil Varghese", "Sunil", "Varghese", "sunil.varghese@nhs.net", "Consultant Intensivist / ODN Clinical Lead",
          "ODN hub (Ravensmoor)", ["Network escalation", "surge planning", "mass casualty"],
          "Can offer exec sponsorship for network sim projects"))
    row(["Amelia Roche", "Senior ODN Nurse (Band 8a)", "ODN hub (Ravensmoor)", "amelia.roche@ravensmoor.nhs.uk",
         "Course design; faculty development; in-situ simulation",
         "Happy to review scenarios and help new units start in-situ sim", "Secondment to NHSE until Jun-25", "Oct-24"],
        S("Amelia Roche", "Amelia", "Roche", "amelia.roche@ravensmoor.nhs.uk", "Senior ODN Nurse (Band 8a)",
          "ODN hub (Ravensmoor)", ["Course design", "faculty development", "in-situ simulation"],
          "Happy to review scenarios and help new units start in-situ sim"))
    row(["Jones, Dr Rhodri (left)", "Clinical Fellow", "ICU, Wycombe Cross Hospital", "", "Airway; vascular access",
         "", "", "Dec-22"],
        S("Rhodri Jones", "Rhodri", "Jones", None, "Clinical Fellow", "ICU, Wycombe Cross Hospital",
          ["Airway", "vascular access"], None, left=True))
    row(["Nadia Haddad", "Band 7 Critical Care Pharmacist", "Pharmacy, Chiltern Vale Hospital",
         "nadia.haddad@chilternvale.nhs.uk", "Medication safety, infusion pumps, drug calculations",
         "Willing to write drug-error scenarios", "Active", "Jun-24"],
        S("Nadia Haddad", "Nadia", "Haddad", "nadia.haddad@chilternvale.nhs.uk", "Band 7 Critical Care Pharmacist",
          "Pharmacy, Chiltern Vale Hospital", ["Medication safety", "infusion pumps", "drug calculations"],
          "Willing to write drug-error scenarios"))
    row(["Ben Oyelaran", "Band 6 Physiotherapist (Rotational)", "Critical Care Rehab, Wycombe Cross Hospital", "",
         "", "", "Active – expertise TBC", ""],
        S("Ben Oyelaran", "Ben", "Oyelaran", None, "Band 6 Physiotherapist (Rotational)",
          "Critical Care Rehab, Wycombe Cross Hospital", [], None))
    row(["Kate O’Driscoll", "Resuscitation Officer", "Resus Team, Ravensmoor General",
         "kate.odriscoll@ravensmoor.nhs.uk", "ALS; paediatric emergencies in adult ICU",
         "Can offer manikins and sim kit on loan", "Active", "Nov-24"],
        S("Kate O’Driscoll", "Kate", "O’Driscoll", "kate.odriscoll@ravensmoor.nhs.uk", "Resuscitation Officer",
          "Resus Team, Ravensmoor General", ["ALS", "paediatric emergencies in adult ICU"],
          "Can offer manikins and sim kit on loan"))
    row(["Faculty updates to Amelia R please – list checked Nov 24"], BAD("notes row"))
    write_csv(fname, header, R, "utf-16-le", delimiter="\t", bom="\ufeff")
    write_key(fname, "staff", 1, R)

# ---------------------------------------------------------------------------
# FILE 4: Harrowfield & District NHS FT (RHD) - Estates & Facilities sustainability
# "Green Ideas Box". xlsx, colour-coded progress cells, Excel comments, total row.
# ---------------------------------------------------------------------------
def file4():
    fname = "harrowfield-green-ideas-box.xlsx"
    header = ["Idea #", "Date in", "The idea", "More detail", "Site / building", "Idea champion", "Email",
              "Progress update", "CO₂e saved (t/yr)", "£ saved / yr", "Reviewed by"]
    FILL = {"G": "C6EFCE", "A": "FFEB9C", "R": "FFC7CE", "X": "D9D9D9"}
    R = []   # (cells, entry, fill, {col_letter: comment})
    def row(cells, exp, fill=None, comments=None):
        R.append((cells, exp, fill, comments or {}))
    AB = "alasdair.baird@harrowfield.nhs.uk"
    row(["GI-01", D(2022, 4, 22), "Switch off PCs overnight", "Auto shutdown of admin PCs at 8pm via IT group policy",
         "All sites – admin areas", "Liam Costello (IT)", "liam.costello@harrowfield.nhs.uk", "Done – BAU now", 42,
         "£31,000", "KB"],
        I("Switch off PCs overnight", "Auto shutdown of admin PCs at 8pm via IT group policy", "All sites – admin areas",
          "Liam Costello", "liam.costello@harrowfield.nhs.uk", "embedded", "Done – BAU now", "2022-04-22", "GI-01", 31000),
        "G", {"I": "Estimate from IT – 1,900 PCs x 10 hrs/night"})
    row(["GI-02", "May-22", "LED lighting in multi-storey car park", "Replace sodium lamps with LEDs and motion sensors",
         "Harrowfield General – MSCP", "Nair, Priya (Energy Manager)", None,
         "Installed Sept 22, monitoring energy use", 25, "c. £18k", "KB"],
        I("LED lighting in multi-storey car park", "Replace sodium lamps with LEDs and motion sensors",
          "Harrowfield General – MSCP", "Priya Nair", None, "implemented", "Installed Sept 22, monitoring energy use",
          "2022-05-01", "GI-02", 18000), "G")
    row(["GI-03", D(2022, 6, 8), "Reusable sharps bins",
         "Swap single-use sharps bins for reusable ones collected and washed by the contractor",
         "Harrowfield General – wards", "Sister Megan Doyle", None, "Trial on 3 wards – going well", None, "TBC", "SW"],
        I("Reusable sharps bins", "Swap single-use sharps bins for reusable ones collected and washed by the contractor",
          "Harrowfield General – wards", "Megan Doyle", None, "testing", "Trial on 3 wards – going well", "2022-06-08",
          "GI-03", None), "A")
    row(["GI-04", "2022", "Bike shelter at Ashby Community Hospital", "Covered, lockable bike shelter for staff",
         "Ashby Community Hospital", "Mo Rahman / Dee Clarke", "mo.rahman@harrowfield.nhs.uk", "see comment", None,
         "n/a", "KB"],
        I("Bike shelter at Ashby Community Hospital", "Covered, lockable bike shelter for staff",
          "Ashby Community Hospital", "Mo Rahman", "mo.rahman@harrowfield.nhs.uk", "stopped", "see comment",
          "2022-01-01", "GI-04", None),
        "R", {"H": "Declined at Green Board 12/01/23 – no capital. Could go to the charity instead? KB"})
    row([], BAD("blank row"))
    row(["GI-05", D(2023, 1, 16), "Decommission the nitrous oxide manifold",
         "Cap the piped N₂O manifold and use portable cylinders – piped nitrous leaks were most of our anaesthetic-gas footprint",
         "Theatres, Harrowfield General", "Dr Alasdair Baird (consultant anaesthetist)", AB,
         "Done. Evaluated – 1,400 tCO2e/yr saved, report to Board May 23", 1400, 9500, "KB"],
        I("Decommission the nitrous oxide manifold",
          "Cap the piped N₂O manifold and use portable cylinders – piped nitrous leaks were most of our anaesthetic-gas footprint",
          "Theatres, Harrowfield General", "Alasdair Baird", AB, "evaluated",
          "Done. Evaluated – 1,400 tCO2e/yr saved, report to Board May 23", "2023-01-16", "GI-05", 9500), "G")
    row(["GI-06", "Feb-23", "Food waste digester", "Anaerobic digester for kitchen food waste",
         "Catering, Harrowfield General", "Hughes, Bethan", None, "Parked – waiting on new kitchen build", 60, "£4k",
         "SW"],
        I("Food waste digester", "Anaerobic digester for kitchen food waste", "Catering, Harrowfield General",
          "Bethan Hughes", None, "paused", "Parked – waiting on new kitchen build", "2023-02-01", "GI-06", 4000), "X")
    row(["GI-07", "03/04/2023", "Paperless outpatient letters", "Send clinic letters through the patient portal instead of post",
         "Outpatients (all sites)", "Raj Malhotra", "raj.malhotra@harrowfield.nhs.uk",
         "Rolled out to all OP clinics + Ashby, now ICB wants it for community", 8, "£500 a month", "KB"],
        I("Paperless outpatient letters", "Send clinic letters through the patient portal instead of post",
          "Outpatients (all sites)", "Raj Malhotra", "raj.malhotra@harrowfield.nhs.uk", "spreading",
          "Rolled out to all OP clinics + Ashby, now ICB wants it for community", "2023-04-03", "GI-07", 6000),
        "G", {"J": "postage only – finance"})
    row(["TEST - ignore (checking the form works)", None, "test", None, None, "SW", None, None, None, None, None],
        BAD("test row"))
    row(["GI-08", D(2023, 5, 30), "Rainwater harvesting for ward toilets", None, "Ashby Community Hospital",
         "Dee Clarke", None, "idea – needs feasibility study", None, None, None],
        I("Rainwater harvesting for ward toilets", None, "Ashby Community Hospital", "Dee Clarke", None, "idea",
          "idea – needs feasibility study", "2023-05-30", "GI-08", None))
    row(["GI-09", "Jul-23", "Salary sacrifice e-bikes", "Add e-bikes to the cycle-to-work scheme, with a demo day",
         "HR / Travel team", "Ms Tamsin Ellery", "tamsin.ellery@harrowfield.nhs.uk", "Live – 38 staff signed up", None,
         "nil", "KB"],
        I("Salary sacrifice e-bikes", "Add e-bikes to the cycle-to-work scheme, with a demo day", "HR / Travel team",
          "Tamsin Ellery", "tamsin.ellery@harrowfield.nhs.uk", "implemented", "Live – 38 staff signed up",
          "2023-07-01", "GI-09", 0), "G")
    row(["GI-10", D(2023, 9, 12), "Reusable theatre hats", "Staff get named cloth theatre hats instead of disposables",
         "Theatres, Harrowfield General", "Dr Alasdair Baird", None, "Approved – ordering 400 hats", 1.2, "£2,200", "SW"],
        I("Reusable theatre hats", "Staff get named cloth theatre hats instead of disposables",
          "Theatres, Harrowfield General", "Alasdair Baird", None, "planning", "Approved – ordering 400 hats",
          "2023-09-12", "GI-10", 2200), "A")
    row(["GI-11", D(2023, 10, 2), "Reusable sharps containers", "Switch sharps bins to reusable", "Wards",
         "Megan Doyle", None, "trial", None, None, "SW"],
        BAD("duplicate of row 7"), "A", {"A": "Same as GI-03? – KB"})
    row(["GI-12", "2024", "Solar PV on the Ashby roof",
         "Roof-mounted solar panels; bid to the Public Sector Decarbonisation Scheme", "Ashby Community Hospital",
         "Nair, Priya (Energy Manager)", "priya.nair@harrowfield.nhs.uk", "bid submitted (PSDS round 4)", 30, "12k",
         "KB"],
        I("Solar PV on the Ashby roof", "Roof-mounted solar panels; bid to the Public Sector Decarbonisation Scheme",
          "Ashby Community Hospital", "Priya Nair", "priya.nair@harrowfield.nhs.uk", "planning",
          "bid submitted (PSDS round 4)", "2024-01-01", "GI-12", 12000), "A")
    row(["GI-13", D(2024, 2, 5), "Coffee cup recycling on wards",
         "Separate cup recycling bins on every ward, emptied by a specialist contractor", "Harrowfield General – wards",
         "Jordan Price (Band 3 HCA)", None, "scrapped – contractor pulled out", None, "n/a", "SW"],
        I("Coffee cup recycling on wards", "Separate cup recycling bins on every ward, emptied by a specialist contractor",
          "Harrowfield General – wards", "Jordan Price", None, "stopped", "scrapped – contractor pulled out",
          "2024-02-05", "GI-13", None), "R")
    row(["GI-14", D(2024, 4, 18), "Inhaler recycling at outpatient pharmacy",
         "Take-back bin for used inhalers at the outpatient pharmacy counter", "Outpatient Pharmacy", "Ewan Gallagher",
         "ewan.gallagher@harrowfield.nhs.uk", "PDSA cycle 2 – 120 inhalers collected", None, "TBC", "KB"],
        I("Inhaler recycling at outpatient pharmacy", "Take-back bin for used inhalers at the outpatient pharmacy counter",
          "Outpatient Pharmacy", "Ewan Gallagher", "ewan.gallagher@harrowfield.nhs.uk", "testing",
          "PDSA cycle 2 – 120 inhalers collected", "2024-04-18", "GI-14", None), "A")
    row(["GI-15", "Sep-24", "Heat pump for the estates workshop",
         "Replace the old gas boiler in the estates workshop with an air-source heat pump",
         "Estates Workshop, Harrowfield General", "Kevin Boateng (Estates Officer)", None, "on hold – capital freeze", 11,
         "£3,000", "KB"],
        I("Heat pump for the estates workshop",
          "Replace the old gas boiler in the estates workshop with an air-source heat pump",
          "Estates Workshop, Harrowfield General", "Kevin Boateng", None, "paused", "on hold – capital freeze",
          "2024-09-01", "GI-15", 3000), "X")
    row(["GI-16", D(2024, 10, 7), "Desflurane off formulary",
         "Desflurane removed from all theatres; sevoflurane or TIVA used instead", "Theatres (all sites)",
         "Dr Alasdair Baird / Dr Yusuf Karim", AB, "Standard practice now – desflurane off formulary", 310, "£6,400",
         "KB"],
        I("Desflurane off formulary", "Desflurane removed from all theatres; sevoflurane or TIVA used instead",
          "Theatres (all sites)", "Alasdair Baird", AB, "embedded", "Standard practice now – desflurane off formulary",
          "2024-10-07", "GI-16", 6400), "G")
    row(["GI-17", None, "Walking meetings", "Encourage walking 1:1s round the hospital grounds", "Sustainability team",
         "Alex Fenn", None, "new", None, None, None],
        I("Walking meetings", "Encourage walking 1:1s round the hospital grounds", "Sustainability team", "Alex Fenn",
          None, "idea", "new", None, "GI-17", None))
    row([], BAD("blank row"))
    hr = 4
    first, last = hr + 1, hr + len(R) - 1
    row(["Ideas received", None, f"=COUNTIF(A{first}:A{last},\"GI-*\")", None, None, None, None, "Total saved →",
         f"=SUM(I{first}:I{last})", f"=SUM(J{first}:J{last})", None], BAD("total row"))

    wb = Workbook()
    ws = wb.active
    ws.title = "Ideas"
    ws["A1"] = "Green Ideas Box – Estates & Facilities Sustainability Team"
    ws["A1"].font = Font(bold=True, size=14, color="375623")
    ws["A2"] = "Key:"
    for col, (code, label) in zip("BCDE", (("G", "done / live"), ("A", "in progress"), ("R", "not going ahead"),
                                            ("X", "parked"))):
        ws[f"{col}2"] = label
        ws[f"{col}2"].fill = PatternFill("solid", fgColor=FILL[code])
    ws["A3"] = "THE IDEA"; ws.merge_cells("A3:E3")
    ws["F3"] = "WHO"; ws.merge_cells("F3:G3")
    ws["H3"] = "WHERE IT’S GOT TO"
    ws["I3"] = "BENEFIT"; ws.merge_cells("I3:J3")
    for c in ("A3", "F3", "H3", "I3"):
        ws[c].font = Font(bold=True); ws[c].alignment = Alignment(horizontal="center")
    for j, h in enumerate(header, 1):
        ws.cell(hr, j, h).font = Font(bold=True)
        ws.cell(hr, j).fill = PatternFill("solid", fgColor="A9D08E")
    ws.freeze_panes = "D5"
    cols = "ABCDEFGHIJK"
    for i, (cells, entry, fill, comments) in enumerate(R):
        r = hr + 1 + i
        for j, v in enumerate(cells, 1):
            if v is None:
                continue
            c = ws.cell(r, j, v)
            if isinstance(v, D):
                c.number_format = "dd/mm/yyyy"
        if fill:
            ws.cell(r, 8).fill = PatternFill("solid", fgColor=FILL[fill])
        for col, text in comments.items():
            ws.cell(r, cols.index(col) + 1).comment = Comment(text, "K Barnes")
    for col, w in zip(cols, (10, 12, 36, 60, 30, 32, 34, 48, 14, 14, 10)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))
    write_key(fname, "innovations", hr, [(c, e) for c, e, _, _ in R])

# ---------------------------------------------------------------------------
# FILE 5: Severnside Community Healthcare NHS Trust (RSV) - Care Home Support /
# Enhanced Health in Care Homes team. ESR-style extract saved as "CSV UTF-8" (BOM, CRLF).
# ---------------------------------------------------------------------------
def file5():
    fname = "severnside-ehch-esr-staff-extract.csv"
    header = ["Employee Number", "Full Name", "Assignment Number", "Assignment Status", "Position Title",
              "Organisation", "Grade", "Work E-mail", "Special Interests (self-declared)", "Offers to help with",
              "Actual Termination Date", "Prof Reg Body"]
    dom = "@severnsidech.nhs.uk"
    R = []
    def row(cells, exp):
        R.append((cells + [""] * (12 - len(cells)), exp))
    row(["30112876", "Baxter, Mrs Gillian", "30112876-2", "Active Assignment", "Community Matron - Care Homes",
         "421 EHCH North Hub", "Band 8a", "gillian.baxter" + dom,
         "Frailty; falls prevention; anticipatory care planning (ReSPECT)", "Happy to do joint visits with new starters",
         "", "NMC"],
        S("Gillian Baxter", "Gillian", "Baxter", "gillian.baxter" + dom, "Community Matron - Care Homes",
          "421 EHCH North Hub", ["Frailty", "falls prevention", "anticipatory care planning (ReSPECT)"],
          "Happy to do joint visits with new starters"))
    row(["30140021", "Osei, Mr Kofi", "30140021", "Active Assignment", "Advanced Clinical Practitioner",
         "421 EHCH North Hub", "Band 8a", "kofi.osei" + dom, "Tissue viability, diabetes, catheter care",
         "can offer teaching sessions to care home staff on pressure ulcers", "", "NMC"],
        S("Kofi Osei", "Kofi", "Osei", "kofi.osei" + dom, "Advanced Clinical Practitioner", "421 EHCH North Hub",
          ["Tissue viability", "diabetes", "catheter care"],
          "can offer teaching sessions to care home staff on pressure ulcers"))
    row(["30155410", "Lindqvist, Ms Hanna", "30155410", "Active Assignment", "Care Home Education Facilitator",
         "422 EHCH South Hub", "Band 7", "hanna.lindqvist" + dom, "• Dementia care\n• Oral health\n• Hydration",
         "Willing to run the monthly care home forum", "", "NMC"],
        S("Hanna Lindqvist", "Hanna", "Lindqvist", "hanna.lindqvist" + dom, "Care Home Education Facilitator",
          "422 EHCH South Hub", ["Dementia care", "Oral health", "Hydration"],
          "Willing to run the monthly care home forum"))
    row(["30160388", "Fernandes, Mr João", "30160388", "Active Assignment", "Physiotherapist - Care Homes",
         "423 EHCH Therapies", "Band 6", "", "Falls prevention; moving & handling; seating; speaks Portuguese", "",
         "", "HCPC"],
        S("João Fernandes", "João", "Fernandes", None, "Physiotherapist - Care Homes", "423 EHCH Therapies",
          ["Falls prevention", "moving & handling", "seating"], None))
    row(["30118745", "Khan, Mrs Rubina", "30118745", "Suspend Assignment", "Senior Staff Nurse",
         "422 EHCH South Hub", "Band 6", "rubina.khan" + dom, "End of life care; syringe drivers", "", "", "NMC"],
        S("Rubina Khan", "Rubina", "Khan", "rubina.khan" + dom, "Senior Staff Nurse", "422 EHCH South Hub",
          ["End of life care", "syringe drivers"], None))
    row(["30170092", "Pryce, Dr Ewart", "30170092", "Active Assignment", "GP with Extended Role - Care Homes",
         "420 EHCH Management", "Medical Sessional", "ewart.pryce" + dom,
         "Polypharmacy, deprescribing and medication reviews",
         "Happy to be contacted about STOMP and antipsychotic reviews", "", "GMC"],
        S("Ewart Pryce", "Ewart", "Pryce", "ewart.pryce" + dom, "GP with Extended Role - Care Homes",
          "420 EHCH Management", ["Polypharmacy", "deprescribing", "medication reviews"],
          "Happy to be contacted about STOMP and antipsychotic reviews"))
    row(["30098812", "Whitfield, Mrs Carol", "30098812", "Terminate Process Assignment", "Community Staff Nurse",
         "421 EHCH North Hub", "Band 5", "carol.whitfield" + dom, "Catheter care, continence", "", "31/08/2024", "NMC"],
        S("Carol Whitfield", "Carol", "Whitfield", "carol.whitfield" + dom, "Community Staff Nurse",
          "421 EHCH North Hub", ["Catheter care", "continence"], None, left=True, left_on="2024-08-31"))
    row([], BAD("blank row"))
    row(["", "VACANT", "", "", "Care Home Pharmacist (vacancy 2024-117)", "420 EHCH Management", "Band 8a", "", "",
         "", "", ""], BAD("vacant post"))
    row(["30181533", "Nowak, Miss Zofia", "30181533", "Active Assignment", "Healthcare Assistant - Care Homes",
         "423 EHCH Therapies", "Band 3", "", "Nutrition screening (MUST), Oral health", "happy to help with MUST training",
         "", ""],
        S("Zofia Nowak", "Zofia", "Nowak", None, "Healthcare Assistant - Care Homes", "423 EHCH Therapies",
          ["Nutrition screening (MUST)", "Oral health"], "happy to help with MUST training"))
    row(["30120967", "Achterberg, Mr Pieter", "30120967", "Active Assignment",
         "Mental Health Practitioner (Older Adults)", "424 EHCH In-Reach MH", "Band 6", "pieter.achterberg" + dom,
         "Behaviours that challenge in dementia\nDelirium\nSTOMP",
         "Can offer reflective practice for care home managers", "", "NMC"],
        S("Pieter Achterberg", "Pieter", "Achterberg", "pieter.achterberg" + dom,
          "Mental Health Practitioner (Older Adults)", "424 EHCH In-Reach MH",
          ["Behaviours that challenge in dementia", "Delirium", "STOMP"],
          "Can offer reflective practice for care home managers"))
    row(["30166204", "Okonkwo, Ms Adaeze", "30166204", "Active Assignment", "Dietitian", "423 EHCH Therapies",
         "Band 6", "adaeze.okonkwo" + dom, "Malnutrition; food first; IDDSI dysphagia diets", "", "", "HCPC"],
        S("Adaeze Okonkwo", "Adaeze", "Okonkwo", "adaeze.okonkwo" + dom, "Dietitian", "423 EHCH Therapies",
          ["Malnutrition", "food first", "IDDSI dysphagia diets"], None))
    row(["99999999", "TEST, Test", "99999999", "Active Assignment", "Test Position", "420 EHCH Management", "", "", "",
         "", "", ""], BAD("test row"))
    row(["30087730", "Morrison, Mr Duncan", "30087730", "Terminate Process Assignment", "Care Home Liaison Nurse",
         "422 EHCH South Hub", "Band 6", "", "RESTORE2, soft signs of deterioration", "", "Mar-24", "NMC"],
        S("Duncan Morrison", "Duncan", "Morrison", None, "Care Home Liaison Nurse", "422 EHCH South Hub",
          ["RESTORE2", "soft signs of deterioration"], None, left=True, left_on="2024-03-01"))
    row(["30112876", "Baxter, Mrs Gillian", "30112876-3", "Active Assignment", "Bank Community Matron",
         "499 Bank Staff", "Band 8a", "gillian.baxter" + dom,
         "Frailty; falls prevention; anticipatory care planning (ReSPECT)", "Happy to do joint visits with new starters",
         "", "NMC"], BAD("duplicate of row 2"))
    row(["30144518", "Thorne, Revd Samuel", "30144518", "Active Assignment", "Chaplain - Community", "425 Spiritual Care",
         "Band 6", "samuel.thorne" + dom, "Bereavement support; spiritual care at end of life",
         "willing to visit care homes for staff support after deaths", "", ""],
        S("Samuel Thorne", "Samuel", "Thorne", "samuel.thorne" + dom, "Chaplain - Community", "425 Spiritual Care",
          ["Bereavement support", "spiritual care at end of life"],
          "willing to visit care homes for staff support after deaths"))
    row(["30175690", "Adeyinka, Mr Tunde", "30175690", "Active Assignment", "Occupational Therapist",
         "423 EHCH Therapies", "Band 6", "tunde.adeyinka" + dom, "Seating & posture; sensory environments; equipment",
         "", "", "HCPC"],
        S("Tunde Adeyinka", "Tunde", "Adeyinka", "tunde.adeyinka" + dom, "Occupational Therapist", "423 EHCH Therapies",
          ["Seating & posture", "sensory environments", "equipment"], None))
    row(["30102254", "Grant, Mrs Eilidh", "30102254", "Active Assignment", "Team Leader - EHCH South",
         "422 EHCH South Hub", "Band 7", "eilidh.grant" + dom, "Leadership, QI, Red Bag scheme",
         "Happy to share our Red Bag pathway with other teams", "", "NMC"],
        S("Eilidh Grant", "Eilidh", "Grant", "eilidh.grant" + dom, "Team Leader - EHCH South", "422 EHCH South Hub",
          ["Leadership", "QI", "Red Bag scheme"], "Happy to share our Red Bag pathway with other teams"))
    row(["30178801", "Hussain, Mr Imran", "30178801", "Active Assignment", "Paramedic Practitioner (Care Homes)",
         "421 EHCH North Hub", "Band 7", "imran.hussain" + dom,
         "Falls response; remote monitoring (Whzan); verification of death", "", "", "HCPC"],
        S("Imran Hussain", "Imran", "Hussain", "imran.hussain" + dom, "Paramedic Practitioner (Care Homes)",
          "421 EHCH North Hub", ["Falls response", "remote monitoring (Whzan)", "verification of death"], None))
    row(["30133349", "Price, Ms Amanda (LEAVER)", "30133349", "Active Assignment", "Admin & Referrals Coordinator",
         "420 EHCH Management", "Band 4", "", "", "", "14/11/2024", ""],
        S("Amanda Price", "Amanda", "Price", None, "Admin & Referrals Coordinator", "420 EHCH Management", [], None,
          left=True, left_on="2024-11-14"))
    row(["30150076", "Lewis, Dr Megan", "30150076", "Active Assignment", "Consultant Geriatrician (Community)",
         "420 EHCH Management", "Consultant", "megan.lewis" + dom,
         "Comprehensive geriatric assessment; Parkinson’s; frailty", "Can offer MDT case reviews monthly", "", "GMC"],
        S("Megan Lewis", "Megan", "Lewis", "megan.lewis" + dom, "Consultant Geriatrician (Community)",
          "420 EHCH Management", ["Comprehensive geriatric assessment", "Parkinson’s", "frailty"],
          "Can offer MDT case reviews monthly"))
    row(["30162987", "Bianchi, Mrs Chiara", "30162987", "Active Assignment", "Speech & Language Therapist",
         "423 EHCH Therapies", "Band 7", "chiara.bianchi" + dom, "Dysphagia and communication in dementia; speaks Italian",
         "", "", "HCPC"],
        S("Chiara Bianchi", "Chiara", "Bianchi", "chiara.bianchi" + dom, "Speech & Language Therapist",
          "423 EHCH Therapies", ["Dysphagia", "communication in dementia"], None))
    row(["Extract from ESR BI 02/12/2024 – special interests & offers columns added by the team from the skills survey"],
        BAD("notes row"))
    write_csv(fname, header, R, "utf-8", bom="\ufeff")
    write_key(fname, "staff", 1, R)

# ---------------------------------------------------------------------------
# FILE 6: Northgate University Hospitals NHS FT (RNG) - Research & Development.
# Research Interests Register: Microsoft Lists (SharePoint) "Export to Excel", then edited.
# ---------------------------------------------------------------------------
def file6():
    fname = "northgate-RandD-research-interests-register.xlsx"
    header = ["ID", "Researcher name", "Job role", "Directorate / Specialty", "Email address", "ORCID iD",
              "GCP training date", "Research interests", "Happy to…", "Still with us?", "Created", "Created By",
              "Modified", "Modified By", "Item Type", "Path"]
    dom = "@northgateuh.nhs.uk"
    PATH = "sites/NUH-RandD/Lists/Research Interests Register"
    R = []
    n = [0]
    def row(cells, exp, created, cby):
        n[0] += 1
        if cells is None:
            R.append(([], exp)); return
        R.append(([n[0]] + cells + [created, cby, created, cby, "Item", PATH], exp))
    row(["Prof Helen Marchetti", "Professor of Cardiology / Consultant Cardiologist", "Cardiology",
         "helen.marchetti" + dom, "0000-0002-1825-0097", D(2023, 3, 14),
         "Heart failure; cardiac rehab; digital remote monitoring", "Happy to mentor early-career researchers", "Yes"],
        S("Helen Marchetti", "Helen", "Marchetti", "helen.marchetti" + dom,
          "Professor of Cardiology / Consultant Cardiologist", "Cardiology",
          ["Heart failure", "cardiac rehab", "digital remote monitoring"], "Happy to mentor early-career researchers"),
        D(2022, 9, 1, 10, 3), "Marchetti, Helen")
    row(["Dr Aisling Brennan", "Consultant Rheumatologist", "Rheumatology", "aisling.brennan" + dom,
         "https://orcid.org/0000-0001-5109-3700", "Mar-22", "Lupus, vasculitis and biologic therapies",
         "Willing to be PI for commercial studies", "Yes"],
        S("Aisling Brennan", "Aisling", "Brennan", "aisling.brennan" + dom, "Consultant Rheumatologist", "Rheumatology",
          ["Lupus", "vasculitis", "biologic therapies"], "Willing to be PI for commercial studies"),
        D(2022, 9, 2, 14, 40), "Brennan, Aisling")
    row(["Sam Okafor-Reid (Research Nurse, Band 6)", "Research Nurse", "Cancer Research Team",
         "sam.okafor-reid" + dom, "", D(2024, 6, 3), "Oncology trials; informed consent; sample processing",
         "", "Yes"],
        S("Sam Okafor-Reid", "Sam", "Okafor-Reid", "sam.okafor-reid" + dom, "Research Nurse", "Cancer Research Team",
          ["Oncology trials", "informed consent", "sample processing"], None),
        D(2022, 9, 5, 9, 12), "Okafor-Reid, Sam")
    row(["Test item", "test", "", "", "", None, "", "", ""], BAD("test row"), D(2022, 9, 5, 9, 30),
        "Admin, SharePoint")
    row(["Dr Rahul Menon", "Clinical Lecturer / StR Gastroenterology", "Gastroenterology", "rahul.menon" + dom,
         "0000-0003-4410-2291", "2021", "IBD\nMicrobiome\nFaecal transplant", "", "No – left for Leeds (Jan 2024)"],
        S("Rahul Menon", "Rahul", "Menon", "rahul.menon" + dom, "Clinical Lecturer / StR Gastroenterology",
          "Gastroenterology", ["IBD", "Microbiome", "Faecal transplant"], None, left=True, left_on="2024-01-01"),
        D(2022, 10, 11, 16, 2), "Menon, Rahul")
    row(["Ms Grace Adebayo", "R&D Governance Manager", "R&D Office", "grace.adebayo" + dom, "", D(2024, 1, 22),
         "Research governance; EDGE; study set-up", "Can offer advice on HRA approval and study set-up", "Yes"],
        S("Grace Adebayo", "Grace", "Adebayo", "grace.adebayo" + dom, "R&D Governance Manager", "R&D Office",
          ["Research governance", "EDGE", "study set-up"], "Can offer advice on HRA approval and study set-up"),
        D(2022, 10, 12, 8, 55), "Adebayo, Grace")
    row(None, BAD("blank row"), None, None)
    row(["Kowalski, Dr Piotr", "Consultant Radiologist", "Imaging", "piotr.kowalski" + dom, "0000-0002-7781-3306",
         D(2022, 11, 8), "AI in imaging, lung cancer screening", "Happy to collaborate on AI validation studies", "Yes"],
        S("Piotr Kowalski", "Piotr", "Kowalski", "piotr.kowalski" + dom, "Consultant Radiologist", "Imaging",
          ["AI in imaging", "lung cancer screening"], "Happy to collaborate on AI validation studies"),
        D(2022, 11, 8, 13, 21), "Kowalski, Piotr")
    row(["Dr Aisling Brennan", "Consultant Rheumatologist", "Rheumatology", "aisling.brennan" + dom,
         "0000-0001-5109-3700", "Mar-22", "Lupus; vasculitis; biologics", "Willing to be PI for commercial studies",
         "Yes"], BAD("duplicate of row 3"), D(2023, 1, 9, 11, 0), "Brennan, Aisling")
    row(["Mr Jonathan Ebbs", "Consultant Orthopaedic Surgeon", "Trauma & Orthopaedics", "jonathan.ebbs" + dom,
         "", None, "Hip fracture outcomes; surgical trials", "Keen to be a sub-investigator on surgical trials", "Yes"],
        S("Jonathan Ebbs", "Jonathan", "Ebbs", "jonathan.ebbs" + dom, "Consultant Orthopaedic Surgeon",
          "Trauma & Orthopaedics", ["Hip fracture outcomes", "surgical trials"],
          "Keen to be a sub-investigator on surgical trials"),
        D(2023, 2, 20, 15, 45), "Ebbs, Jonathan")
    row(["Dr Leila Haddadi", "Clinical Psychologist", "Psychological Medicine", "leila.haddadi" + dom,
         "0000-0001-9932-4410", D(2023, 9, 1), "Long COVID • fatigue • CBT-based interventions", "", "Yes"],
        S("Leila Haddadi", "Leila", "Haddadi", "leila.haddadi" + dom, "Clinical Psychologist", "Psychological Medicine",
          ["Long COVID", "fatigue", "CBT-based interventions"], None),
        D(2023, 3, 6, 10, 10), "Haddadi, Leila")
    row(["Oyelowo, Bisi", "Research Midwife", "Women’s Health Research", "bisi.oyelowo" + dom, "", "Sep-23",
         "Pre-eclampsia; obstetric anal sphincter injury", "happy to support recruitment in antenatal clinic",
         "Yes (mat leave till May)"],
        S("Bisi Oyelowo", "Bisi", "Oyelowo", "bisi.oyelowo" + dom, "Research Midwife", "Women’s Health Research",
          ["Pre-eclampsia", "obstetric anal sphincter injury"], "happy to support recruitment in antenatal clinic"),
        D(2023, 4, 17, 12, 30), "Oyelowo, Bisi")
    row(["Prof Daniel Ashcombe", "Professor of Respiratory Medicine", "Respiratory", "daniel.ashcombe" + dom,
         "0000-0002-5567-1180", D(2024, 2, 2), "COPD, pulmonary rehabilitation, breathlessness",
         "Can offer statistics support via the CTU", "Yes"],
        S("Daniel Ashcombe", "Daniel", "Ashcombe", "daniel.ashcombe" + dom, "Professor of Respiratory Medicine",
          "Respiratory", ["COPD", "pulmonary rehabilitation", "breathlessness"], "Can offer statistics support via the CTU"),
        D(2023, 5, 2, 9, 0), "Ashcombe, Daniel")
    row(["Dr Mei-Ling Tan", "Consultant Haematologist", "Haematology", "meiling.tan" + dom, "0000-0003-0021-8874",
         D(2022, 5, 10), "Myeloma; CAR-T; haematology trials", "Willing to be PI", "No - left Aug 2023"],
        S("Mei-Ling Tan", "Mei-Ling", "Tan", "meiling.tan" + dom, "Consultant Haematologist", "Haematology",
          ["Myeloma", "CAR-T", "haematology trials"], "Willing to be PI", left=True, left_on="2023-08-01"),
        D(2023, 5, 2, 9, 40), "Tan, Mei-Ling")
    row(["Tom Hollis", "Clinical Trials Pharmacist", "Pharmacy – Clinical Trials", "tom.hollis" + dom, "",
         "06/03/2024", "IMP management; trial randomisation systems", "", "Yes"],
        S("Tom Hollis", "Tom", "Hollis", "tom.hollis" + dom, "Clinical Trials Pharmacist", "Pharmacy – Clinical Trials",
          ["IMP management", "trial randomisation systems"], None),
        D(2023, 6, 14, 14, 5), "Hollis, Tom")
    row(["Research Fellow – VACANT (ARC-funded, starts Apr)", "Research Fellow", "Therapies Research", "", "", None,
         "", "", ""], BAD("vacant post"), D(2023, 7, 3, 11, 11), "Adebayo, Grace")
    row(["Siobhán Gallagher", "Band 7 Research Physiotherapist", "Therapies Research", "siobhan.gallagher" + dom,
         "0000-0002-3345-6789", D(2023, 12, 4), "Stroke rehab; upper-limb recovery; robotics",
         "Happy to supervise MSc projects", "Yes"],
        S("Siobhán Gallagher", "Siobhán", "Gallagher", "siobhan.gallagher" + dom, "Band 7 Research Physiotherapist",
          "Therapies Research", ["Stroke rehab", "upper-limb recovery", "robotics"], "Happy to supervise MSc projects"),
        D(2023, 9, 18, 10, 50), "Gallagher, Siobhán")
    row(["Dr Farid Rahimi", "Consultant in Emergency Medicine", "Emergency Department", "farid.rahimi" + dom,
         "0000-0001-2468-1357", D(2024, 9, 17), "Sepsis, major trauma and pre-hospital care", "", "Yes"],
        S("Farid Rahimi", "Farid", "Rahimi", "farid.rahimi" + dom, "Consultant in Emergency Medicine",
          "Emergency Department", ["Sepsis", "major trauma", "pre-hospital care"], None),
        D(2023, 11, 1, 8, 20), "Rahimi, Farid")
    row(["Patricia Nwosu", "Patient & Public Involvement Lead", "R&D Office", "patricia.nwosu" + dom, "", "n/a",
         "Patient and public involvement, health inequalities",
         "Can offer help writing lay summaries and recruiting PPI panels", "Yes"],
        S("Patricia Nwosu", "Patricia", "Nwosu", "patricia.nwosu" + dom, "Patient & Public Involvement Lead",
          "R&D Office", ["Patient and public involvement", "health inequalities"],
          "Can offer help writing lay summaries and recruiting PPI panels"),
        D(2024, 1, 15, 13, 13), "Nwosu, Patricia")
    row(["Dr Ewan Sutherland", "Consultant Neurologist", "Neurosciences", "ewan.sutherland" + dom,
         "0000-0002-8899-0011", D(2022, 7, 1), "Epilepsy; MS", "", "LEFT 30/06/2024"],
        S("Ewan Sutherland", "Ewan", "Sutherland", "ewan.sutherland" + dom, "Consultant Neurologist", "Neurosciences",
          ["Epilepsy", "MS"], None, left=True, left_on="2024-06-30"),
        D(2024, 2, 8, 16, 30), "Sutherland, Ewan")
    row(["Ruth Abernethy", "Research Data Manager", "R&D Office", "ruth.abernethy" + dom, "", D(2024, 4, 4),
         "REDCap; data management; GDPR for research", "happy to build REDCap databases for new studies", "Yes"],
        S("Ruth Abernethy", "Ruth", "Abernethy", "ruth.abernethy" + dom, "Research Data Manager", "R&D Office",
          ["REDCap", "data management", "GDPR for research"], "happy to build REDCap databases for new studies"),
        D(2024, 4, 4, 11, 45), "Abernethy, Ruth")

    wb = Workbook()
    ws = wb.active
    ws.title = "query"
    for j, h in enumerate(header, 1):
        ws.cell(1, j, h).font = Font(bold=True)
    for i, (cells, entry) in enumerate(R):
        for j, v in enumerate(cells, 1):
            if v is None or v == "":
                continue
            c = ws.cell(2 + i, j, v)
            if isinstance(v, D):
                c.number_format = "dd/mm/yyyy hh:mm" if j in (11, 13) else "dd/mm/yyyy"
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = f"A1:P{1 + len(R)}"
    for col, w in zip("ABCDEFGHIJKLMNOP", (5, 30, 36, 26, 34, 38, 14, 46, 44, 26, 17, 20, 17, 20, 8, 40)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))
    write_key(fname, "staff", 1, R)

FILES = [file1, file2, file3, file4, file5, file6]

if __name__ == "__main__":
    for f in FILES:
        f()
    print("written", len(FILES), "files")
