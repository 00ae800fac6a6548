#!/usr/bin/env python3
"""Regenerates every file in this folder and its answer key (F.expected.json).
All rows are held literally below. Run: python3 make_files.py"""
import csv, io, json, os
from datetime import datetime, date

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

HERE = os.path.dirname(os.path.abspath(__file__))


# ---------- key helpers ----------
def inn(title, summary, dept, lead, email, stage, status_text, started, ref, savings):
    d = {"title": title, "summary": summary, "department": dept,
         "lead": None if lead is None else {"name": lead, "email": email},
         "stage": stage, "status_text": status_text, "ref": ref, "savings_gbp": savings}
    if started is not None:
        d["started"] = started
    return {"good": True, "expected": d}


def staff(name, given, family, email, job, dept, expertise, willing, left=False, left_on=None):
    d = {"name": name, "given_name": given, "family_name": family, "email": email,
         "job_title": job, "department": dept, "expertise": expertise, "willing_to_text": willing}
    if left:
        d["employment_status"] = "left"
        if left_on:
            d["left_on"] = left_on
    return {"good": True, "expected": d}


def bad(reason):
    return {"good": False, "reason": reason}


BLANK = bad("blank row")


def write_key(fname, kind, preamble_len, body, sheet=None):
    header_row = preamble_len + 1
    rows = {}
    for i, (cells, k) in enumerate(body):
        rows[str(header_row + 1 + i)] = k
    key = {"file": fname, "kind": kind, "header_row": header_row}
    if sheet:
        key["sheet"] = sheet
    key["rows"] = rows
    with open(os.path.join(HERE, fname + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, indent=1, ensure_ascii=False)


def write_delimited(fname, header, body, encoding, delimiter=",", bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for cells, _ in body:
        cells = list(cells) + [""] * (len(header) - len(cells))
        w.writerow(cells)
    text = buf.getvalue()
    data = text.encode(encoding)
    if bom:
        data = ("\ufeff".encode(encoding)) + data
    with open(os.path.join(HERE, fname), "wb") as f:
        f.write(data)


# =====================================================================
# FILE 1  St Aldhelm's University Hospitals NHS FT (R9K) - Nursing,
#         Midwifery & AHP Directorate QI project register (.xlsx)
# =====================================================================
F1 = "StAldhelms_NMAHP_QI_Register_2021-24.xlsx"
F1_PRE = [
    ["Nursing, Midwifery & AHP Directorate – Quality Improvement Project Register (R9K)"],
    ["Maintained by Practice Development Team (pdt.qi@staldhelms.nhs.uk). Last updated 14/11/2024 – please do not sort!"],
    ["Project details", None, None, None, None, None, "Progress", None, None, "Impact", None],
]
F1_HEAD = ["QI Ref", "Project title", "What are we trying to do?", "Ward / Dept", "Project lead",
           "Date registered", "RAG", "Current status", "Lessons learned", "Est. annual saving (£)", "Exec sponsor"]
F1_BODY = [
    (["NQI-001", "Safety huddles on Ward 12",
      "Daily 10-minute safety huddle at 08:30 to flag patients at risk of falls, pressure damage and deterioration.",
      "Ward 12 (Acute Medicine)", "Sister Joanne Pickering", datetime(2021, 3, 8), "G",
      "BAU now – huddles daily at 08:30", "Keep it short; matron attendance helped", "n/a", "Director of Nursing"],
     inn("Safety huddles on Ward 12",
         "Daily 10-minute safety huddle at 08:30 to flag patients at risk of falls, pressure damage and deterioration.",
         "Ward 12 (Acute Medicine)", "Joanne Pickering", None, "embedded", "BAU now – huddles daily at 08:30",
         "2021-03-08", "NQI-001", None)),
    (["NQI-002", "Falls sensor mats pilot",
      "Bed and chair sensor mats for patients at high risk of falls, alerting staff when the patient stands.",
      "Ward 20 (Elderly Care)", "Okafor, Chidi (Band 6)", "03/02/2022", "A",
      "PDSA cycle 3", "Mats go missing between wards – label them", "c. £4k", "Deputy DoN"],
     inn("Falls sensor mats pilot",
         "Bed and chair sensor mats for patients at high risk of falls, alerting staff when the patient stands.",
         "Ward 20 (Elderly Care)", "Chidi Okafor", None, "testing", "PDSA cycle 3", "2022-02-03", "NQI-002", 4000)),
    (["NQI-003", "Red trays for patients needing help at mealtimes",
      "Red trays and jugs so anyone can see at a glance which patients need help or encouragement to eat and drink.",
      "Nutrition & Dietetics", "Mrs Priya Lindqvist", "Mar-22", "Green",
      "rolled out trustwide", "Simple, cheap, staff like it", None, "Chief Nurse"],
     inn("Red trays for patients needing help at mealtimes",
         "Red trays and jugs so anyone can see at a glance which patients need help or encouragement to eat and drink.",
         "Nutrition & Dietetics", "Priya Lindqvist", None, "spreading", "rolled out trustwide", "2022-03-01",
         "NQI-003", None)),
    ([], BLANK),
    (["NQI-004", "Electronic fluid balance charts",
      "Replace paper fluid charts with e-charts on the bedside observations devices.",
      "Critical Care", "Dr Tomasz Nowak tomasz.nowak@staldhelms.nhs.uk", datetime(2022, 6, 1), "Amber",
      "on hold - staff shortages", "Need IT build time agreed up front", "TBC", "CCIO"],
     inn("Electronic fluid balance charts",
         "Replace paper fluid charts with e-charts on the bedside observations devices.",
         "Critical Care", "Tomasz Nowak", "tomasz.nowak@staldhelms.nhs.uk", "paused", "on hold - staff shortages",
         "2022-06-01", "NQI-004", None)),
    (["NQI-005", "Mouth care matters champions",
      "Mouth care champion on every elderly care ward, oral health assessment on admission and mouth care packs.",
      "Elderly Care wards 20–24", "Helen Marsh / Darren Achebe", "Spring 2022", "G",
      "live on 2 wards", "", "", "Deputy DoN"],
     inn("Mouth care matters champions",
         "Mouth care champion on every elderly care ward, oral health assessment on admission and mouth care packs.",
         "Elderly Care wards 20–24", "Helen Marsh", None, "implemented", "live on 2 wards", "2022-03-01",
         "NQI-005", None)),
    (["NQI-006", "Nurse-led discharge for day-case patients",
      "Nurses discharge day-case patients against agreed criteria instead of waiting for the surgeon’s review.",
      "Day Surgery Unit", "Ms Grace Oduya", 2023, "Green",
      "Evaluation complete – report to NMAHP board Jan 24", "Criteria need annual review", 12000, "Chief Nurse"],
     inn("Nurse-led discharge for day-case patients",
         "Nurses discharge day-case patients against agreed criteria instead of waiting for the surgeon’s review.",
         "Day Surgery Unit", "Grace Oduya", None, "evaluated", "Evaluation complete – report to NMAHP board Jan 24",
         "2023-01-01", "NQI-006", 12000)),
    (["TEST", "test", "test test - ignore", "", "", "", "", "", "", "", ""], bad("test row")),
    (["NQI-007", "Pressure ulcer ‘SSKIN’ bundle refresh",
      "Refreshed SSKIN bundle with a new turning clock and a pocket card for HCAs.",
      "Tissue Viability", "Amira Haddad (Band 7 TVN)", datetime(2023, 1, 16), "G",
      "Adopted by Community & 2 other trusts in ICS", "Involve HCAs in the design", "£500 a month", "Chief Nurse"],
     inn("Pressure ulcer ‘SSKIN’ bundle refresh",
         "Refreshed SSKIN bundle with a new turning clock and a pocket card for HCAs.",
         "Tissue Viability", "Amira Haddad", None, "spreading", "Adopted by Community & 2 other trusts in ICS",
         "2023-01-16", "NQI-007", 6000)),
    (["NQI-008", "Sepsis screening e-prompt",
      "Pop-up prompt in the ED system when NEWS2 is 5 or more to start the sepsis screening tool.",
      "Emergency Department", "O’Sullivan, Niamh", "11/09/2023", "R",
      "scrapped - duplicated Trust digital work", "Check with Digital before starting!", "nil", "CCIO"],
     inn("Sepsis screening e-prompt",
         "Pop-up prompt in the ED system when NEWS2 is 5 or more to start the sepsis screening tool.",
         "Emergency Department", "Niamh O’Sullivan", None, "stopped", "scrapped - duplicated Trust digital work",
         "2023-09-11", "NQI-008", 0)),
    (["NQI-009", "Bedside handover using SBAR",
      None, "Ward 7 (General Surgery)", "Kwame Mensah", None, "",
      "idea - to discuss at Nov QI forum", "", "", ""],
     inn("Bedside handover using SBAR", None, "Ward 7 (General Surgery)", "Kwame Mensah", None, "idea",
         "idea - to discuss at Nov QI forum", None, "NQI-009", None)),
    (["NQI-010", "Safety Huddles - Ward 12",
      "Daily safety huddle on Ward 12 (re-registered by mistake)",
      "Ward 12", "J Pickering", datetime(2021, 3, 8), "G", "BAU", "", "", ""],
     bad("duplicate of row 5")),
    (["Rows below added by J. Pickering after Matrons' meeting 12/10/23"], bad("notes row")),
    (["NQI-011", "Hydration stations on Maternity",
      "Water stations and labelled jugs for women in labour and on the postnatal ward.",
      "Maternity – Delivery Suite", "Miss Chloe Barnes", "Oct-23", "A",
      "bid submitted to Charity", "", "£1,200", "Director of Midwifery"],
     inn("Hydration stations on Maternity",
         "Water stations and labelled jugs for women in labour and on the postnatal ward.",
         "Maternity – Delivery Suite", "Chloe Barnes", None, "planning", "bid submitted to Charity", "2023-10-01",
         "NQI-011", 1200)),
    (["NQI-012", "Student nurse ‘buddy’ scheme",
      "Each first-year student nurse gets a third-year buddy for their first placement.",
      "Practice Education", "Prof Alan Whitcombe", datetime(2023, 11, 1), "G",
      "Agreed at NMAHP board, recruiting buddies", "", "n/a", "Chief Nurse"],
     inn("Student nurse ‘buddy’ scheme",
         "Each first-year student nurse gets a third-year buddy for their first placement.",
         "Practice Education", "Alan Whitcombe", None, "planning", "Agreed at NMAHP board, recruiting buddies",
         "2023-11-01", "NQI-012", None)),
    (["NQI-013", "Virtual ward nursing observations",
      "Patients on the respiratory virtual ward record their own obs at home with nurse review twice a day.",
      "Respiratory", "Bola Adeyemi (Band 8a ANP)", "2024", "G", "live", "", "18k", "COO"],
     inn("Virtual ward nursing observations",
         "Patients on the respiratory virtual ward record their own obs at home with nurse review twice a day.",
         "Respiratory", "Bola Adeyemi", None, "implemented", "live", "2024-01-01", "NQI-013", 18000)),
    (["NQI-014", "Reducing agency spend via internal bank incentives",
      "Enhanced bank rates for hard-to-fill shifts booked 4+ weeks ahead, replacing agency nurses.",
      "Nursing Workforce", "Sarah-Jane Holt sarah-jane.holt@staldhelms.nhs.uk", datetime(2024, 2, 5), "G",
      "Evaluated – saved c.£40k in Q1–Q2, writing up", "Finance sign-off early", "£80,000", "Director of Nursing"],
     inn("Reducing agency spend via internal bank incentives",
         "Enhanced bank rates for hard-to-fill shifts booked 4+ weeks ahead, replacing agency nurses.",
         "Nursing Workforce", "Sarah-Jane Holt", "sarah-jane.holt@staldhelms.nhs.uk", "evaluated",
         "Evaluated – saved c.£40k in Q1–Q2, writing up", "2024-02-05", "NQI-014", 80000)),
    ([], BLANK),
    (["Total projects", "=COUNTA(B5:B21)", None, None, None, None, None, None, None, "=SUM(J5:J21)"],
     bad("total row")),
]


def make_file1():
    wb = Workbook()
    ws = wb.active
    ws.title = "QI Register"
    for r in F1_PRE:
        ws.append(r)
    ws.merge_cells("A1:K1")
    ws.merge_cells("A2:K2")
    ws.merge_cells("A3:F3")
    ws.merge_cells("G3:I3")
    ws.merge_cells("J3:K3")
    ws["A1"].font = Font(bold=True, size=14)
    for c in ("A3", "G3", "J3"):
        ws[c].font = Font(bold=True)
        ws[c].alignment = Alignment(horizontal="center")
        ws[c].fill = PatternFill("solid", fgColor="DDEBF7")
    ws.append(F1_HEAD)
    for c in ws[4]:
        c.font = Font(bold=True)
    for cells, _ in F1_BODY:
        ws.append(cells if cells else [None])
    for row in ws.iter_rows(min_row=5):
        for c in row:
            if isinstance(c.value, datetime):
                c.number_format = "dd/mm/yyyy"
    ws.freeze_panes = "C5"
    for col, w in zip("ABCDEFGHIJK", (9, 38, 60, 24, 30, 14, 7, 38, 32, 14, 18)):
        ws.column_dimensions[col].width = w
    rag = {"G": "C6EFCE", "Green": "C6EFCE", "A": "FFEB9C", "Amber": "FFEB9C", "R": "FFC7CE"}
    for row in ws.iter_rows(min_row=5, min_col=7, max_col=7):
        for c in row:
            if c.value in rag:
                c.fill = PatternFill("solid", fgColor=rag[c.value])
    ws2 = wb.create_sheet("RAG key")
    for r in [["RAG", "Meaning"], ["G / Green", "On track"], ["A / Amber", "Some issues"],
              ["R / Red", "Stopped or serious problems"]]:
        ws2.append(r)
    wb.save(os.path.join(HERE, F1))
    write_key(F1, "innovations", len(F1_PRE), F1_BODY, sheet="QI Register")


# =====================================================================
# FILE 2  Northmoor Partnership NHS FT (RZ8) - mental health & learning
#         disability trust. Microsoft Forms "Bright Ideas" responses,
#         saved from Excel as CSV UTF-8 (BOM, CRLF)
# =====================================================================
F2 = "Northmoor_Bright_Ideas_Form_responses.csv"
F2_HEAD = ["ID", "Start time", "Completion time", "Email", "Name", "Your name", "Your email (if different)",
           "Which team or service are you in?", "What’s your idea called?",
           "Describe your idea – what problem does it solve?", "When did it start? (leave blank if it hasn’t)",
           "Estimated saving per year (£)", "Hub ref", "Where it’s at (Innovation Hub use only)", "Hub notes"]
F2_BODY = [
    (["1", "02/05/2022 09:14", "02/05/2022 09:31", "lena.kowalski@northmoor.nhs.uk", "Kowalski, Lena",
      "Lena Kowalski", "", "Ravenscroft Ward (acute adult)", "Sensory boxes for de-escalation",
      "Boxes of sensory items (weighted blanket, fidgets, ear defenders) kept on the ward so staff can offer them "
      "before restraint is considered.\nCo-produced with our service user group.",
      "Jan 2022", "about £300 to set up", "IH-22-001", "Live on Ravenscroft – restraint down 18%", ""],
     inn("Sensory boxes for de-escalation",
         "Boxes of sensory items (weighted blanket, fidgets, ear defenders) kept on the ward so staff can offer them "
         "before restraint is considered.\nCo-produced with our service user group.",
         "Ravenscroft Ward (acute adult)", "Lena Kowalski", "lena.kowalski@northmoor.nhs.uk", "implemented",
         "Live on Ravenscroft – restraint down 18%", "2022-01-01", "IH-22-001", None)),
    (["2", "03/05/2022 12:00", "03/05/2022 12:01", "anonymous", "", "TEST PLEASE IGNORE", "", "test",
      "testing the form", "test", "", "", "", "", "Hub admin testing – delete"], bad("test row")),
    (["3", "18/05/2022 14:02", "18/05/2022 14:09", "mo.rahman@northmoor.nhs.uk", "Rahman, Mohammed",
      "Mo Rahman (CPN, Band 6)", "", "Community Mental Health Team – West", "Text reminders for depot clinic",
      "Automated SMS reminders 48 hrs before depot injection appointments to cut DNAs.", "",
      "could save £9k a year in wasted nurse time", "IH-22-002", "PDSA cycle 2 – testing with West CMHT only", ""],
     inn("Text reminders for depot clinic",
         "Automated SMS reminders 48 hrs before depot injection appointments to cut DNAs.",
         "Community Mental Health Team – West", "Mo Rahman", "mo.rahman@northmoor.nhs.uk", "testing",
         "PDSA cycle 2 – testing with West CMHT only", None, "IH-22-002", 9000)),
    (["4", "23/05/2022 20:41", "23/05/2022 21:02", "anonymous", "", "Dr Femi Adebayo",
      "f.adebayo@northmoor.nhs.uk", "Learning Disability Liaison", "Easy-read hospital passport app",
      "A digital version of the easy read hospital passport that people with a learning disability can carry "
      "on their phone and show to A&E staff.", "Spring 2022", "TBC", "IH-22-003",
      "Bid submitted to NHS Charities Together", ""],
     inn("Easy-read hospital passport app",
         "A digital version of the easy read hospital passport that people with a learning disability can carry "
         "on their phone and show to A&E staff.", "Learning Disability Liaison", "Femi Adebayo",
         "f.adebayo@northmoor.nhs.uk", "planning", "Bid submitted to NHS Charities Together", "2022-03-01",
         "IH-22-003", None)),
    (["5", "18/05/2022 14:11", "18/05/2022 14:13", "mo.rahman@northmoor.nhs.uk", "Rahman, Mohammed",
      "Mo Rahman", "", "CMHT West", "Text reminders for depot clinic",
      "SMS reminders before depot appointments", "", "", "", "", "dup of IH-22-002 (submitted twice)"],
     bad("duplicate of row 4")),
    (["6", "07/07/2022 11:40", "07/07/2022 11:58", "s.nakamura-price@northmoor.nhs.uk", "Nakamura-Price, Siân",
      "Siân Nakamura-Price", "", "Older Adults CMHT", "Memory clinic group post-diagnosis sessions",
      "Six-week group for people newly diagnosed with dementia and their carers, replacing some 1:1 follow-ups.",
      "2021", "£14,500 (fewer 1:1 appts)", "IH-22-004", "BAU now - runs every quarter", ""],
     inn("Memory clinic group post-diagnosis sessions",
         "Six-week group for people newly diagnosed with dementia and their carers, replacing some 1:1 follow-ups.",
         "Older Adults CMHT", "Siân Nakamura-Price", "s.nakamura-price@northmoor.nhs.uk", "embedded",
         "BAU now - runs every quarter", "2021-01-01", "IH-22-004", 14500)),
    (["7", "22/09/2022 16:55", "22/09/2022 17:03", "innovation.hub@northmoor.nhs.uk", "Innovation Hub (shared)",
      "Zoë Fairbrother & Tom Ellery", "", "Psychology – Eating Disorders", "Peer mentor scheme for ED recovery",
      "Trained peer mentors with lived experience meet patients weekly during step-down from inpatient care.",
      "Oct-22", "n/a", "IH-22-005", "on hold - peer workers’ contracts not agreed",
      "Zoë asked the Hub to submit this for her"],
     inn("Peer mentor scheme for ED recovery",
         "Trained peer mentors with lived experience meet patients weekly during step-down from inpatient care.",
         "Psychology – Eating Disorders", "Zoë Fairbrother", None, "paused",
         "on hold - peer workers’ contracts not agreed", "2022-10-01", "IH-22-005", None)),
    ([], BLANK),
    (["8", "03/01/2023 10:10", "03/01/2023 10:22", "j.okonkwo@northmoor.nhs.uk", "Okonkwo, Jude", "Jude Okonkwo",
      "jude.okonkwo2@northmoor.nhs.uk", "Estates & Facilities", "Ligature-reduced door hinges",
      "Replace standard hinges with continuous anti-ligature hinges on en-suite doors.", "", "£0",
      "IH-23-001", "Rolled out to all 6 inpatient sites", "Started on Juniper Ward in 2021"],
     inn("Ligature-reduced door hinges",
         "Replace standard hinges with continuous anti-ligature hinges on en-suite doors.",
         "Estates & Facilities", "Jude Okonkwo", "jude.okonkwo2@northmoor.nhs.uk", "spreading",
         "Rolled out to all 6 inpatient sites", None, "IH-23-001", 0)),
    (["9", "14/02/2023 08:47", "14/02/2023 09:15", "r.dsouza@northmoor.nhs.uk", "D'Souza, Rhea", "Rhea D'Souza", "",
      "Crisis Resolution & Home Treatment", "Crisis café evening rota",
      "Evening drop-in crisis café run with a local charity as an alternative to A&E.", "03/02/2023",
      "£2k a month in avoided admissions", "IH-23-002", "Evaluation complete – report to Quality Committee", ""],
     inn("Crisis café evening rota",
         "Evening drop-in crisis café run with a local charity as an alternative to A&E.",
         "Crisis Resolution & Home Treatment", "Rhea D'Souza", "r.dsouza@northmoor.nhs.uk", "evaluated",
         "Evaluation complete – report to Quality Committee", "2023-02-03", "IH-23-002", 24000)),
    (["10", "20/03/2023 13:30", "20/03/2023 13:41", "p.obrien@northmoor.nhs.uk", "O'Brien, Padraig",
      "Padraig O’Brien", "", "Forensic Services – Hazelwood Unit", "Therapeutic gardening group",
      "Patients grow vegetables in the secure garden; the produce is used in the OT kitchen.", "Mar-23", "nil",
      "IH-23-003", "idea – needs security sign-off", ""],
     inn("Therapeutic gardening group",
         "Patients grow vegetables in the secure garden; the produce is used in the OT kitchen.",
         "Forensic Services – Hazelwood Unit", "Padraig O’Brien", "p.obrien@northmoor.nhs.uk", "idea",
         "idea – needs security sign-off", "2023-03-01", "IH-23-003", 0)),
    (["11", "04/05/2023 12:12", "04/05/2023 12:20", "a.costa@northmoor.nhs.uk", "Costa, Ana", "Ana Costa", "",
      "Perinatal Mental Health", "Video consultations for perinatal mums",
      "Offering video appointments to mums who struggle to travel with a newborn.", "2023", "c. £6k",
      "IH-23-004", "Live - all perinatal caseload offered video", ""],
     inn("Video consultations for perinatal mums",
         "Offering video appointments to mums who struggle to travel with a newborn.",
         "Perinatal Mental Health", "Ana Costa", "a.costa@northmoor.nhs.uk", "implemented",
         "Live - all perinatal caseload offered video", "2023-01-01", "IH-23-004", 6000)),
    (["12", "19/06/2023 15:25", "19/06/2023 15:49", "g.mwangi@northmoor.nhs.uk", "Mwangi, Grace",
      "Grace Mwangi (Ward Manager)", "", "Juniper Ward (PICU)", "Safewards model",
      "Using the 10 Safewards interventions to reduce conflict and containment:\n• calm down methods\n"
      "• mutual help meeting\n• discharge messages", "Sep-21", "TBC", "IH-23-005",
      "Adopted by 4 other wards after Juniper", ""],
     inn("Safewards model",
         "Using the 10 Safewards interventions to reduce conflict and containment:\n• calm down methods\n"
         "• mutual help meeting\n• discharge messages", "Juniper Ward (PICU)", "Grace Mwangi",
         "g.mwangi@northmoor.nhs.uk", "spreading", "Adopted by 4 other wards after Juniper", "2021-09-01",
         "IH-23-005", None)),
    (["13", "30/08/2023 09:05", "30/08/2023 09:12", "h.lindgren@northmoor.nhs.uk", "Lindgren, Hanna",
      "Hanna Lindgren", "", "Talking Therapies", "Chatbot for self-referral",
      "Online chatbot to take self-referrals out of hours.", "", "12k", "IH-23-006",
      "scrapped – IG concerns, supplier pulled out", ""],
     inn("Chatbot for self-referral", "Online chatbot to take self-referrals out of hours.", "Talking Therapies",
         "Hanna Lindgren", "h.lindgren@northmoor.nhs.uk", "stopped", "scrapped – IG concerns, supplier pulled out",
         None, "IH-23-006", 12000)),
    (["14", "11/10/2023 17:45", "11/10/2023 17:59", "b.achterberg@northmoor.nhs.uk", "Achterberg, Bram",
      "Bram Achterberg", "", "Learning Disability Intensive Support Team", "STOMP medication reviews",
      "Pharmacist-led reviews to stop over-medication of people with a learning disability, autism or both.",
      "01/04/2022", "£500 a month (drug costs)", "IH-23-007",
      "Agreed by Medicines Committee – recruiting pharmacist", ""],
     inn("STOMP medication reviews",
         "Pharmacist-led reviews to stop over-medication of people with a learning disability, autism or both.",
         "Learning Disability Intensive Support Team", "Bram Achterberg", "b.achterberg@northmoor.nhs.uk",
         "planning", "Agreed by Medicines Committee – recruiting pharmacist", "2022-04-01", "IH-23-007", 6000)),
    (["15", "02/01/2024 10:00", "02/01/2024 10:31", "k.osei@northmoor.nhs.uk", "Osei, Kofi", "Kofi Osei", "",
      "Liaison Psychiatry", "Frequent attender care plans shared with ED",
      "Joint care plans for people who often attend A&E in crisis, shared on the ED system.", "Nov-23", "",
      "IH-24-001", "testing with 5 patients", ""],
     inn("Frequent attender care plans shared with ED",
         "Joint care plans for people who often attend A&E in crisis, shared on the ED system.",
         "Liaison Psychiatry", "Kofi Osei", "k.osei@northmoor.nhs.uk", "testing", "testing with 5 patients",
         "2023-11-01", "IH-24-001", None)),
    (["16", "15/02/2024 14:40", "15/02/2024 14:41", "anonymous", "", "", "", "Not sure", "more staff", "", "",
      "", "", "", "Not an idea – no contact details, closed"], bad("not an innovation (no idea, no contact)")),
    (["17", "28/03/2024 11:11", "28/03/2024 11:35", "j.ramirez@northmoor.nhs.uk", "Ramírez, José", "José Ramírez",
      "", "Digital Team", "Digital observations (e-obs) on inpatient wards",
      "Handheld devices for recording NEWS2 and physical health obs on the mental health wards.", "Jan-24",
      "£30,000", "IH-24-002", "Live on 3 of 12 wards, rollout continuing", ""],
     inn("Digital observations (e-obs) on inpatient wards",
         "Handheld devices for recording NEWS2 and physical health obs on the mental health wards.",
         "Digital Team", "José Ramírez", "j.ramirez@northmoor.nhs.uk", "implemented",
         "Live on 3 of 12 wards, rollout continuing", "2024-01-01", "IH-24-002", 30000)),
    (["18", "10/06/2024 09:30", "10/06/2024 09:44", "e.thornton@northmoor.nhs.uk", "Thornton, Eve", "Eve Thornton",
      "", "Ravenscroft Ward (acute adult)", "Sensory boxes for de-escalation",
      "We have sensory boxes on Ravenscroft – could other wards have them too?", "", "", "IH-24-003",
      "dup – see IH-22-001", "passed to Lena"], bad("duplicate of row 2")),
    (["19", "22/07/2024 16:20", "22/07/2024 16:26", "l.baptiste@northmoor.nhs.uk", "Baptiste, Louis",
      "Louis Baptiste", "", "Chaplaincy & Spiritual Care", "Multi-faith quiet room booking",
      "Online booking for the multi-faith quiet rooms so patients and families can reserve time.", "", "n/a",
      "IH-24-004", "just an idea at the moment", ""],
     inn("Multi-faith quiet room booking",
         "Online booking for the multi-faith quiet rooms so patients and families can reserve time.",
         "Chaplaincy & Spiritual Care", "Louis Baptiste", "l.baptiste@northmoor.nhs.uk", "idea",
         "just an idea at the moment", None, "IH-24-004", None)),
]


def make_file2():
    write_delimited(F2, F2_HEAD, F2_BODY, "utf-8", bom=True)
    write_key(F2, "innovations", 0, F2_BODY)


# =====================================================================
# FILE 3  Severn Vale Community Health NHS Trust (RS6) - staff special
#         interests list, saved from Excel as plain "CSV" (cp1252, CRLF)
# =====================================================================
F3 = "SevernVale_staff_special_interests.csv"
F3_HEAD = ["Surname", "First name", "Job title / band", "Team", "Base", "Special interests / skills",
           "Happy to help with…", "Email", "Notes"]
SV = "@severnvale.nhs.uk"
F3_BODY = [
    (["Appleby", "Margaret", "District Nursing Sister (Band 6)", "District Nursing – North", "Ledbury Clinic",
      "Leg ulcers; compression bandaging; Doppler assessment", "Happy to teach Doppler to new starters",
      "margaret.appleby" + SV, ""],
     staff("Margaret Appleby", "Margaret", "Appleby", "margaret.appleby" + SV, "District Nursing Sister (Band 6)",
           "District Nursing – North", ["Leg ulcers", "compression bandaging", "Doppler assessment"],
           "Happy to teach Doppler to new starters")),
    (["Boateng", "Kwesi", "Physiotherapist, Band 6", "Community Rehab Team", "Stroud Hospital",
      "Falls prevention, vestibular rehab, Otago exercise programme", "can offer joint visits",
      "k.boateng" + SV, ""],
     staff("Kwesi Boateng", "Kwesi", "Boateng", "k.boateng" + SV, "Physiotherapist, Band 6", "Community Rehab Team",
           ["Falls prevention", "vestibular rehab", "Otago exercise programme"], "can offer joint visits")),
    (["TEST", "TEST", "", "", "", "test", "", "", "delete me"], bad("test row")),
    (["Carrington", "Dr Elspeth", "Consultant Community Geriatrician", "Frailty Service", "Cirencester",
      "Frailty\nDelirium\nAdvance care planning", "Willing to supervise trainees on frailty projects",
      "elspeth.carrington" + SV, ""],
     staff("Elspeth Carrington", "Elspeth", "Carrington", "elspeth.carrington" + SV,
           "Consultant Community Geriatrician", "Frailty Service", ["Frailty", "Delirium", "Advance care planning"],
           "Willing to supervise trainees on frailty projects")),
    (["Nowicka", "Agnieszka", "Speech & Language Therapist (Band 7)", "Adult SLT", "Gloucester",
      "Dysphagia and tracheostomy care. Speaks Polish",
      "Happy to help with assessments for Polish-speaking patients", "agnieszka.nowicka" + SV, ""],
     staff("Agnieszka Nowicka", "Agnieszka", "Nowicka", "agnieszka.nowicka" + SV,
           "Speech & Language Therapist (Band 7)", "Adult SLT", ["Dysphagia", "tracheostomy care"],
           "Happy to help with assessments for Polish-speaking patients")),
    (["Delaney", "Fiona", "Health Visitor – LEFT", "0-19 Public Health Nursing", "Tewkesbury",
      "Breastfeeding support; perinatal mental health", "", "", "Left 31/03/2024"],
     staff("Fiona Delaney", "Fiona", "Delaney", None, "Health Visitor", "0-19 Public Health Nursing",
           ["Breastfeeding support", "perinatal mental health"], None, left=True, left_on="2024-03-31")),
    ([], BLANK),
    (["VACANT", "", "Band 6 Community Matron", "Long Term Conditions", "Stroud Hospital", "", "", "",
      "recruiting – advert closes 30/9"], bad("vacant post")),
    (["Evans", "Rhys", "Podiatrist (Band 5)", "Podiatry", "Forest of Dean", "Diabetic foot & nail surgery", "",
      "rhys.evans" + SV, ""],
     staff("Rhys Evans", "Rhys", "Evans", "rhys.evans" + SV, "Podiatrist (Band 5)", "Podiatry",
           ["Diabetic foot", "nail surgery"], None)),
    (["Fairweather", "Louise", "Occupational Therapist", "Community Rehab Team", "Stroud Hospital",
      "Moving & handling, Equipment provision, Seating and posture", "Happy to run moving & handling refreshers",
      "louise.fairweather" + SV, "on maternity leave until Jan 2025"],
     staff("Louise Fairweather", "Louise", "Fairweather", "louise.fairweather" + SV, "Occupational Therapist",
           "Community Rehab Team", ["Moving & handling", "Equipment provision", "Seating and posture"],
           "Happy to run moving & handling refreshers")),
    (["Ghosh", "Anjali", "Clinical Lead Pharmacist", "Medicines Optimisation", "Brockworth HQ",
      "• Polypharmacy\n• Deprescribing\n• Care home medicines", "Happy to do lunchtime teaching on deprescribing",
      "anjali.ghosh" + SV, ""],
     staff("Anjali Ghosh", "Anjali", "Ghosh", "anjali.ghosh" + SV, "Clinical Lead Pharmacist",
           "Medicines Optimisation", ["Polypharmacy", "Deprescribing", "Care home medicines"],
           "Happy to do lunchtime teaching on deprescribing")),
    (["Hartley", "Sam", "Continence Nurse Specialist", "Bladder & Bowel Service", "Cheltenham",
      "Continence, catheter care and bowel management", "", "sam.hartley" + SV, ""],
     staff("Sam Hartley", "Sam", "Hartley", "sam.hartley" + SV, "Continence Nurse Specialist",
           "Bladder & Bowel Service", ["Continence", "catheter care", "bowel management"], None)),
    (["Igwe", "Chinedu", "Tissue Viability Nurse (Band 7)", "Tissue Viability", "Gloucester",
      "Pressure ulcer prevention; wound care; Infection prevention and control",
      "Can offer wound care training for care homes", "c.igwe" + SV, ""],
     staff("Chinedu Igwe", "Chinedu", "Igwe", "c.igwe" + SV, "Tissue Viability Nurse (Band 7)", "Tissue Viability",
           ["Pressure ulcer prevention", "wound care", "Infection prevention and control"],
           "Can offer wound care training for care homes")),
    (["Jarvis", "Bethan", "Community Staff Nurse", "District Nursing – South", "Stonehouse",
      "Palliative care and dementia", "", "", "left the trust Jun-24"],
     staff("Bethan Jarvis", "Bethan", "Jarvis", None, "Community Staff Nurse", "District Nursing – South",
           ["Palliative care", "dementia"], None, left=True, left_on="2024-06-01")),
    (["Appleby", "Margaret", "District Nursing Sister", "District Nursing - North", "Ledbury",
      "Leg ulcers, Doppler", "", "margaret.appleby" + SV, "added twice?"], bad("duplicate of row 2")),
    (["Khan", "Imran", "Children’s Community Nurse (Band 6)", "Children’s Community Nursing", "Gloucester",
      "Complex care; gastrostomy feeding; epilepsy rescue medication", "willing to mentor student nurses",
      "imran.khan" + SV, ""],
     staff("Imran Khan", "Imran", "Khan", "imran.khan" + SV, "Children’s Community Nurse (Band 6)",
           "Children’s Community Nursing", ["Complex care", "gastrostomy feeding", "epilepsy rescue medication"],
           "willing to mentor student nurses")),
    (["Lambert", "Rosie", "Dietitian", "Nutrition & Dietetics", "Cheltenham",
      "Home enteral feeding\nMalnutrition screening (MUST)", "Happy to teach MUST to care home staff",
      "rosie.lambert" + SV, "seconded to ICB 2 days/wk"],
     staff("Rosie Lambert", "Rosie", "Lambert", "rosie.lambert" + SV, "Dietitian", "Nutrition & Dietetics",
           ["Home enteral feeding", "Malnutrition screening (MUST)"], "Happy to teach MUST to care home staff")),
    (["Morgan", "Dr Huw", "GP with Special Interest (Dermatology)", "Community Dermatology", "Cirencester",
      "Dermatology; skin cancer triage", "", "huw.morgan" + SV, ""],
     staff("Huw Morgan", "Huw", "Morgan", "huw.morgan" + SV, "GP with Special Interest (Dermatology)",
           "Community Dermatology", ["Dermatology", "skin cancer triage"], None)),
    (["Ndlovu", "Thandiwe", "Band 7 Respiratory Physiotherapist", "Community Respiratory Team", "Stroud Hospital",
      "COPD, pulmonary rehab, home oxygen assessment", "can offer shadowing for new band 5s",
      "thandiwe.ndlovu" + SV, ""],
     staff("Thandiwe Ndlovu", "Thandiwe", "Ndlovu", "thandiwe.ndlovu" + SV, "Band 7 Respiratory Physiotherapist",
           "Community Respiratory Team", ["COPD", "pulmonary rehab", "home oxygen assessment"],
           "can offer shadowing for new band 5s")),
    (["O'Neill", "Ciara", "Band 8a Advanced Clinical Practitioner", "Urgent Community Response", "Gloucester",
      "Urgent care; Frailty; IV therapy", "", "ciara.oneill" + SV, ""],
     staff("Ciara O'Neill", "Ciara", "O'Neill", "ciara.oneill" + SV, "Band 8a Advanced Clinical Practitioner",
           "Urgent Community Response", ["Urgent care", "Frailty", "IV therapy"], None)),
    (["Patel", "Nisha", "Admin Team Leader", "Business Support", "Brockworth HQ", "SystmOne reporting, rostering",
      "Happy to help anyone with SystmOne searches", "nisha.patel" + SV, ""],
     staff("Nisha Patel", "Nisha", "Patel", "nisha.patel" + SV, "Admin Team Leader", "Business Support",
           ["SystmOne reporting", "rostering"], "Happy to help anyone with SystmOne searches")),
    (["Total staff listed: 17", "", "", "", "", "", "", "", "(Aug 2024)"], bad("total row")),
]


def make_file3():
    write_delimited(F3, F3_HEAD, F3_BODY, "cp1252")
    write_key(F3, "staff", 0, F3_BODY)


# =====================================================================
# FILE 4  Ashgrove Children's Hospital NHS FT (RA7) - link nurse &
#         champions matrix with ticks (.xlsx, 2 sheets)
# =====================================================================
F4 = "Ashgrove_Link_Nurse_Champions_Matrix_2024.xlsx"
F4_PRE = [
    ["Ashgrove Children’s Hospital – Link Nurse & Champions Matrix 2024"],
    ["✓ = trained & active link nurse. Please e-mail Practice Education (practice.education@ashgrovechildrens.nhs.uk) with any changes."],
    ["Staff", None, None, None, "Link roles", None, None, None, None, None, None, "Other", None],
]
F4_HEAD = ["Staff name", "Post", "Ward / area", "E-mail", "Pain", "Tissue Viability", "Infection Prevention & Control",
           "Safeguarding", "Sepsis", "Moving & Handling", "Diabetes", "Other special interests", "Happy to…"]
AC = "@ashgrovechildrens.nhs.uk"


def m(name, post, ward, email, ticks, other, happy):
    """ticks: dict column-name -> mark"""
    cols = F4_HEAD[4:11]
    return [name, post, ward, email] + [ticks.get(c) for c in cols] + [other, happy]


F4_BODY = [
    (m("Hollie Benson", "Staff Nurse Band 5", "Puffin Ward (General Paeds)", "hollie.benson" + AC,
       {"Pain": "✓", "Sepsis": "✓"}, "Play-based distraction",
       "Happy to be a contact for new starters on pain scores"),
     staff("Hollie Benson", "Hollie", "Benson", "hollie.benson" + AC, "Staff Nurse Band 5",
           "Puffin Ward (General Paeds)", ["Pain", "Sepsis", "Play-based distraction"],
           "Happy to be a contact for new starters on pain scores")),
    (m("Sister Marisol Reyes", "Ward Sister (Band 7)", "PICU", "marisol.reyes" + AC,
       {"Infection Prevention & Control": "✓", "Safeguarding": "✔"}, "Tracheostomy care; long-term ventilation",
       None),
     staff("Marisol Reyes", "Marisol", "Reyes", "marisol.reyes" + AC, "Ward Sister (Band 7)", "PICU",
           ["Infection Prevention & Control", "Safeguarding", "Tracheostomy care", "long-term ventilation"], None)),
    (m("Duffy, Connor", "Staff Nurse", "Kestrel Ward (Surgery)", None,
       {"Tissue Viability": "Y", "Moving & Handling": "Y"}, None, "willing to teach M&H at induction"),
     staff("Connor Duffy", "Connor", "Duffy", None, "Staff Nurse", "Kestrel Ward (Surgery)",
           ["Tissue Viability", "Moving & Handling"], "willing to teach M&H at induction")),
    ([], BLANK),
    (m("Ayesha Siddiqui (mat leave)", "Clinical Nurse Specialist – Diabetes", "Diabetes Team",
       "ayesha.siddiqui" + AC, {"Diabetes": "✓"}, "Insulin pumps, CGM", None),
     staff("Ayesha Siddiqui", "Ayesha", "Siddiqui", "ayesha.siddiqui" + AC, "Clinical Nurse Specialist – Diabetes",
           "Diabetes Team", ["Diabetes", "Insulin pumps", "CGM"], None)),
    (m("Beth Carver - LEFT 06/24", "Staff Nurse Band 6", "Puffin Ward (General Paeds)", "beth.carver" + AC,
       {"Pain": "✓"}, None, None),
     staff("Beth Carver", "Beth", "Carver", "beth.carver" + AC, "Staff Nurse Band 6", "Puffin Ward (General Paeds)",
           ["Pain"], None, left=True, left_on="2024-06-01")),
    (m("VACANT", "Band 6 Sepsis Link (post to be filled)", "Emergency Department", None, {}, None, None),
     bad("vacant post")),
    (m("Oluwaseun Adeleke", "Play Specialist", "Outpatients", "oluwaseun.adeleke" + AC, {"Pain": "yes"},
       "Needle phobia; procedural preparation", "Happy to run sessions on distraction techniques"),
     staff("Oluwaseun Adeleke", "Oluwaseun", "Adeleke", "oluwaseun.adeleke" + AC, "Play Specialist", "Outpatients",
           ["Pain", "Needle phobia", "procedural preparation"], "Happy to run sessions on distraction techniques")),
    (m("TEST ENTRY", "test", "test", None, {"Pain": "✓"}, None, None), bad("test row")),
    (m("Gareth Pryce", "Charge Nurse (Band 6)", "Emergency Department", "gareth.pryce" + AC,
       {"Infection Prevention & Control": "in training", "Safeguarding": "✓", "Sepsis": "✓"}, "Major trauma", None),
     staff("Gareth Pryce", "Gareth", "Pryce", "gareth.pryce" + AC, "Charge Nurse (Band 6)", "Emergency Department",
           ["Safeguarding", "Sepsis", "Major trauma"], None)),
    (m("Dr Leah Finnegan", "Paediatric Registrar (ST5)", "Kestrel Ward (Surgery)", "leah.finnegan" + AC,
       {"Pain": "✓"}, "Acute pain, regional anaesthesia", None),
     staff("Leah Finnegan", "Leah", "Finnegan", "leah.finnegan" + AC, "Paediatric Registrar (ST5)",
           "Kestrel Ward (Surgery)", ["Pain", "Acute pain", "regional anaesthesia"], None)),
    (m("Hollie Benson", "SN", "Puffin", "hollie.benson" + AC, {"Pain": "✓"}, None, None),
     bad("duplicate of row 5")),
    (m("Priya Raman", "Staff Nurse (Band 5)", "Neonatal Unit", "priya.raman" + AC,
       {"Tissue Viability": "✓", "Infection Prevention & Control": "✓"},
       "Breastfeeding\nSkin-to-skin / kangaroo care", None),
     staff("Priya Raman", "Priya", "Raman", "priya.raman" + AC, "Staff Nurse (Band 5)", "Neonatal Unit",
           ["Tissue Viability", "Infection Prevention & Control", "Breastfeeding", "Skin-to-skin / kangaroo care"],
           None)),
    (m("Mr Tobias Grant", "Advanced Nurse Practitioner", "Surgical Day Unit", "tobias.grant" + AC,
       {"Moving & Handling": "✓"}, "Pre-op assessment", "Can offer teaching on pre-op checklists"),
     staff("Tobias Grant", "Tobias", "Grant", "tobias.grant" + AC, "Advanced Nurse Practitioner", "Surgical Day Unit",
           ["Moving & Handling", "Pre-op assessment"], "Can offer teaching on pre-op checklists")),
    (m("Nkechi Eze", "Healthcare Assistant", "Puffin Ward (General Paeds)", None,
       {"Tissue Viability": "✓", "Moving & Handling": "✓"}, None, None),
     staff("Nkechi Eze", "Nkechi", "Eze", None, "Healthcare Assistant", "Puffin Ward (General Paeds)",
           ["Tissue Viability", "Moving & Handling"], None)),
    (m("Róisín Maguire (left)", "Staff Nurse Band 5", "PICU", "roisin.maguire" + AC, {"Sepsis": "✓"}, None, None),
     staff("Róisín Maguire", "Róisín", "Maguire", "roisin.maguire" + AC, "Staff Nurse Band 5", "PICU", ["Sepsis"],
           None, left=True)),
    (m("Chen, Wei", "Staff Nurse Band 6", "Neonatal Unit", "wei.chen" + AC,
       {"Safeguarding": "✓", "Diabetes": "✓"}, "Neonatal hypoglycaemia", None),
     staff("Wei Chen", "Wei", "Chen", "wei.chen" + AC, "Staff Nurse Band 6", "Neonatal Unit",
           ["Safeguarding", "Diabetes", "Neonatal hypoglycaemia"], None)),
    (m("Fatima Al-Mansouri", "Practice Educator", "Practice Education", "fatima.al-mansouri" + AC, {},
       "Simulation, Human factors, Preceptorship", "Happy to help with simulation training"),
     staff("Fatima Al-Mansouri", "Fatima", "Al-Mansouri", "fatima.al-mansouri" + AC, "Practice Educator",
           "Practice Education", ["Simulation", "Human factors", "Preceptorship"],
           "Happy to help with simulation training")),
    (m("Jacob Whitfield", "Staff Nurse", "Kestrel Ward (Surgery)", "jacob.whitfield" + AC,
       {"Pain": "✓", "Infection Prevention & Control": "✓"}, None, None),
     staff("Jacob Whitfield", "Jacob", "Whitfield", "jacob.whitfield" + AC, "Staff Nurse", "Kestrel Ward (Surgery)",
           ["Pain", "Infection Prevention & Control"], None)),
    ([], BLANK),
    (["No. of link nurses", None, None, None] + [f"=COUNTA({c}5:{c}23)" for c in "EFGHIJK"], bad("total row")),
]


def make_file4():
    wb = Workbook()
    ws = wb.active
    ws.title = "2024 matrix"
    for r in F4_PRE:
        ws.append(r)
    ws.merge_cells("A1:M1")
    ws.merge_cells("A2:M2")
    ws.merge_cells("A3:D3")
    ws.merge_cells("E3:K3")
    ws.merge_cells("L3:M3")
    ws["A1"].font = Font(bold=True, size=14)
    for c in ("A3", "E3", "L3"):
        ws[c].font = Font(bold=True)
        ws[c].alignment = Alignment(horizontal="center")
        ws[c].fill = PatternFill("solid", fgColor="FCE4D6")
    ws.append(F4_HEAD)
    for c in ws[4]:
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="top")
    for cells, _ in F4_BODY:
        ws.append(cells if cells else [None])
    ws.freeze_panes = "E5"
    for col, w in zip("ABCDEFGHIJKLM", (28, 34, 28, 36, 7, 10, 12, 12, 7, 10, 9, 36, 44)):
        ws.column_dimensions[col].width = w
    grey = Font(strike=True, color="808080")
    for r in (10, 20):  # leavers greyed out and struck through
        for c in ws[r]:
            c.font = grey
    ws2 = wb.create_sheet("Instructions")
    for r in [["How to use this matrix"], ["Tick (✓) when the link nurse has done the study day."],
              ["Write 'in training' if booked but not yet done."], ["Strike through leavers – don't delete them."]]:
        ws2.append(r)
    wb.save(os.path.join(HERE, F4))
    write_key(F4, "staff", len(F4_PRE), F4_BODY, sheet="2024 matrix")


# =====================================================================
# FILE 5  Wrekin Valley Hospice - Small Grants & Innovation Fund tracker,
#         saved from Excel as "Unicode Text" (UTF-16 LE + BOM, TAB, CRLF)
# =====================================================================
F5 = "WrekinValley_Hospice_small_grants_tracker.txt"
F5_HEAD = ["Grant no.", "Project name", "What it is", "Team", "Applicant", "Applicant e-mail", "Date in",
           "£ requested", "Panel decision / progress", "Saving (£ p.a.)", "Notes"]
WV = "@wvhospice.nhs.uk"
F5_BODY = [
    (["SG/21/01", "Aromatherapy hand massage for inpatients",
      "Trained volunteers offer a 15-minute hand massage to IPU patients and their relatives.", "In-Patient Unit",
      "Mrs Gillian Forsyth", "gillian.forsyth" + WV, "14/06/2021", "£1,800",
      "Approved - BAU now, volunteers rota'd weekly", "n/a", ""],
     inn("Aromatherapy hand massage for inpatients",
         "Trained volunteers offer a 15-minute hand massage to IPU patients and their relatives.", "In-Patient Unit",
         "Gillian Forsyth", "gillian.forsyth" + WV, "embedded", "Approved - BAU now, volunteers rota'd weekly",
         "2021-06-14", "SG/21/01", None)),
    (["SG/21/02", "Memory boxes for bereaved children",
      "Memory boxes and an age-appropriate bereavement pack for the children of patients.", "Family Support Team",
      "Rev. Andrew Kilbride", "", "Sep-21", "£650", "Live – used by Family Support for every family with under-18s",
      "£0", ""],
     inn("Memory boxes for bereaved children",
         "Memory boxes and an age-appropriate bereavement pack for the children of patients.", "Family Support Team",
         "Andrew Kilbride", None, "implemented", "Live – used by Family Support for every family with under-18s",
         "2021-09-01", "SG/21/02", 0)),
    (["SG/21/03", "Syringe driver training app",
      "E-learning module for community nurses on setting up and checking syringe drivers.", "Education",
      "Dr Meera Pillai / Jo Tranter", "meera.pillai" + WV, "2021", "£5,000",
      "Adopted by 3 district nursing teams and the local acute trust", "c. £3k (less face-to-face training)", ""],
     inn("Syringe driver training app",
         "E-learning module for community nurses on setting up and checking syringe drivers.", "Education",
         "Meera Pillai", "meera.pillai" + WV, "spreading",
         "Adopted by 3 district nursing teams and the local acute trust", "2021-01-01", "SG/21/03", 3000)),
    ([], BLANK),
    (["SG/22/01", "Hospice at Home night sitting pilot",
      "Healthcare assistants sit overnight with dying patients at home so family carers can sleep.",
      "Hospice at Home", "Carla Montgomery (Band 6)", "carla.montgomery" + WV, "Mar-22", "£24,000",
      "PDSA cycle 3 – extended to north locality", "£2k a month (avoided admissions)", ""],
     inn("Hospice at Home night sitting pilot",
         "Healthcare assistants sit overnight with dying patients at home so family carers can sleep.",
         "Hospice at Home", "Carla Montgomery", "carla.montgomery" + WV, "testing",
         "PDSA cycle 3 – extended to north locality", "2022-03-01", "SG/22/01", 24000)),
    (["SG/22/02", "TEST", "test", "", "", "", "", "", "", "", "ignore – testing the export"], bad("test row")),
    (["SG/22/03", "Wellbeing garden",
      "Redesigned garden with raised beds and wheelchair-accessible paths for patients and families.", "Estates",
      "Hamish Dunlop", "", "Spring 2022", "£12k", "on hold - waiting for planning permission", "n/a", ""],
     inn("Wellbeing garden",
         "Redesigned garden with raised beds and wheelchair-accessible paths for patients and families.", "Estates",
         "Hamish Dunlop", None, "paused", "on hold - waiting for planning permission", "2022-03-01", "SG/22/03",
         None)),
    (["SG/22/04", "Virtual reality relaxation headsets",
      "VR headsets with guided relaxation scenes to ease anxiety and breathlessness.", "Day Therapy",
      "Naomi Whitlock", "naomi.whitlock" + WV, "05/10/2022", "£2,400",
      "Evaluation complete – poster at Hospice UK conference", "nil", ""],
     inn("Virtual reality relaxation headsets",
         "VR headsets with guided relaxation scenes to ease anxiety and breathlessness.", "Day Therapy",
         "Naomi Whitlock", "naomi.whitlock" + WV, "evaluated", "Evaluation complete – poster at Hospice UK conference",
         "2022-10-05", "SG/22/04", 0)),
    (["SG/22/05", "Out-of-hours advice line for carers",
      "24/7 phone line staffed by IPU nurses for carers looking after patients at home.", "In-Patient Unit",
      "Sister Bernadette Okoro", "", "Nov-22", "£500 a month", "Scrapped – not enough nurses overnight", "", ""],
     inn("Out-of-hours advice line for carers",
         "24/7 phone line staffed by IPU nurses for carers looking after patients at home.", "In-Patient Unit",
         "Bernadette Okoro", None, "stopped", "Scrapped – not enough nurses overnight", "2022-11-01", "SG/22/05",
         None)),
    (["SG/23/01", "Dementia-friendly signage",
      "Clear pictorial signs and contrasting colours across the IPU and Day Hospice.", "Estates", "Hamish Dunlop",
      "hamish.dunlop" + WV, "2023", "£3,200", "bid submitted", "n/a", ""],
     inn("Dementia-friendly signage", "Clear pictorial signs and contrasting colours across the IPU and Day Hospice.",
         "Estates", "Hamish Dunlop", "hamish.dunlop" + WV, "planning", "bid submitted", "2023-01-01", "SG/23/01",
         None)),
    (["Rows below added by Fundraising after the May 2023 panel", "", "", "", "", "", "", "", "", "", ""],
     bad("notes row")),
    (["SG/23/02", "Therapy dog visits", "Visits from a registered therapy dog two afternoons a week.",
      "Day Therapy", "Naomi Whitlock", "naomi.whitlock" + WV, "12/05/2023", "£0 (volunteer)",
      "Live on IPU and Day Therapy", "", "Pets As Therapy insurance in place"],
     inn("Therapy dog visits", "Visits from a registered therapy dog two afternoons a week.", "Day Therapy",
         "Naomi Whitlock", "naomi.whitlock" + WV, "implemented", "Live on IPU and Day Therapy", "2023-05-12",
         "SG/23/02", None)),
    (["SG/23/03", "Advance care planning conversations training",
      "Half-day training for care home staff on starting advance care planning conversations.", "Education",
      "Jo Tranter", "jo.tranter" + WV, "Jun-23", "£4,750", "approved – booking venues", "TBC", ""],
     inn("Advance care planning conversations training",
         "Half-day training for care home staff on starting advance care planning conversations.", "Education",
         "Jo Tranter", "jo.tranter" + WV, "planning", "approved – booking venues", "2023-06-01", "SG/23/03", None)),
    (["SG/23/04", "Electronic patient-held record",
      "Shared digital record patients can show to any professional visiting them at home.", "Clinical Systems",
      "Ahmed Farouk", "ahmed.farouk" + WV, "", "TBC", "Idea — to present at next panel", "TBC", ""],
     inn("Electronic patient-held record",
         "Shared digital record patients can show to any professional visiting them at home.", "Clinical Systems",
         "Ahmed Farouk", "ahmed.farouk" + WV, "idea", "Idea — to present at next panel", None, "SG/23/04", None)),
    (["SG/23/05", "Syringe driver training app", "e-learning for community nurses on syringe drivers", "Education",
      "Dr M Pillai", "", "2021", "£5,000", "see SG/21/03", "", "entered twice"], bad("duplicate of row 4")),
    (["SG/23/06", "Lymphoedema clinic in the community",
      "Monthly lymphoedema clinic at the GP surgery in Bridgnorth so patients don’t travel to the hospice.",
      "Lymphoedema Service", "Elin Rhys-Jones", "elin.rhys-jones" + WV, "01/09/2023", "£6,300",
      "Live – 2 clinics a month", "£7,200", ""],
     inn("Lymphoedema clinic in the community",
         "Monthly lymphoedema clinic at the GP surgery in Bridgnorth so patients don’t travel to the hospice.",
         "Lymphoedema Service", "Elin Rhys-Jones", "elin.rhys-jones" + WV, "implemented", "Live – 2 clinics a month",
         "2023-09-01", "SG/23/06", 7200)),
    (["SG/24/01", "Compassionate Neighbours",
      "Trained community volunteers befriend isolated people living with a life-limiting illness.",
      "Community Engagement", "Tariq Mahmood", "tariq.mahmood" + WV, "Jan-24", "£9,000",
      "Rolled out across all 4 localities; 2 other hospices copying it", "n/a", ""],
     inn("Compassionate Neighbours",
         "Trained community volunteers befriend isolated people living with a life-limiting illness.",
         "Community Engagement", "Tariq Mahmood", "tariq.mahmood" + WV, "spreading",
         "Rolled out across all 4 localities; 2 other hospices copying it", "2024-01-01", "SG/24/01", None)),
    (["SG/24/02", "Bedside tablets for video calls", "Tablets so patients can video-call family who can’t visit.",
      "In-Patient Unit", "Mrs Gillian Forsyth", "gillian.forsyth" + WV, "19/02/2024", "£1,100", "BAU now", "", ""],
     inn("Bedside tablets for video calls", "Tablets so patients can video-call family who can’t visit.",
         "In-Patient Unit", "Gillian Forsyth", "gillian.forsyth" + WV, "embedded", "BAU now", "2024-02-19",
         "SG/24/02", None)),
    (["SG/24/03", "Staff wellbeing ‘Schwartz Rounds’", "Monthly Schwartz Rounds for all hospice staff and volunteers.",
      "HR & Wellbeing", "Lucy Pemberton-Ward", "", "Apr-24", "£3,000 p.a.",
      "declined by panel – funded centrally instead", "n/a", ""],
     inn("Staff wellbeing ‘Schwartz Rounds’", "Monthly Schwartz Rounds for all hospice staff and volunteers.",
         "HR & Wellbeing", "Lucy Pemberton-Ward", None, "stopped", "declined by panel – funded centrally instead",
         "2024-04-01", "SG/24/03", None)),
    (["SG/24/04", "Music therapy sessions",
      "Weekly music therapy for IPU patients from an HCPC-registered music therapist.", "In-Patient Unit",
      "Dr Meera Pillai", "meera.pillai" + WV, "Jul-24", "£7,800", "agreed – recruiting music therapist", "", ""],
     inn("Music therapy sessions", "Weekly music therapy for IPU patients from an HCPC-registered music therapist.",
         "In-Patient Unit", "Meera Pillai", "meera.pillai" + WV, "planning", "agreed – recruiting music therapist",
         "2024-07-01", "SG/24/04", None)),
    ([], BLANK),
    (["TOTAL", "", "", "", "", "", "", "£86,600", "", "", "16 grants (excl. test/dup)"], bad("total row")),
]


def make_file5():
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(F5_HEAD)
    for cells, _ in F5_BODY:
        w.writerow(list(cells) + [""] * (len(F5_HEAD) - len(cells)))
    with open(os.path.join(HERE, F5), "wb") as f:
        f.write(b"\xff\xfe" + buf.getvalue().encode("utf-16-le"))
    write_key(F5, "innovations", 0, F5_BODY)


# =====================================================================
# FILE 6  Thames & Chiltern LKS Network - "Who to ask" directory,
#         SharePoint list exported to Excel (.xlsx, table, one sheet)
# =====================================================================
F6 = "TCLKS_Network_Who_to_Ask.xlsx"
F6_HEAD = ["ID", "Title", "Library / LKS service", "Job title", "Email", "Ask me about…", "I’m happy to…",
           "Leaver?", "Created", "Created By", "Modified", "Modified By", "Item Type", "Path"]
RBH, CCH, TVMH, SWH, BUX, NET = ("@rbh.nhs.uk", "@chilterncommunity.nhs.uk", "@tvmh.nhs.uk", "@swh.nhs.uk",
                                 "@bucksacute.nhs.uk", "@tclksnetwork.nhs.uk")
LIB_RBH = "Royal Berkhamsted Hospital Library"
LIB_CCH = "Chiltern Community Health – Knowledge Service"
LIB_TVMH = "Thames Valley Mental Health Library"
LIB_SWH = "Slough & Windsor Hospitals Library"
LIB_BUX = "Buckinghamshire Acute Trust Library"
LIB_NET = "Network office (regional)"
PATH = "sites/TCLKSNetwork/Lists/WhoToAsk"


def sp(i, title, lib, job, email, ask, happy, leaver, created, cby, modified=None, mby=None):
    return [i, title, lib, job, email, ask, happy, leaver, created, cby, modified or created, mby or cby,
            "Item", PATH]


F6_BODY = [
    (sp(1, "Whitaker, Joanna", LIB_RBH, "Head of Library & Knowledge Services", "joanna.whitaker" + RBH,
        "Evidence searching; Knowledge mobilisation; Service planning", "Happy to mentor new library managers", None,
        datetime(2022, 1, 10, 9, 30), "Whitaker, Joanna", datetime(2024, 3, 2, 14, 5), "Harris, Della"),
     staff("Joanna Whitaker", "Joanna", "Whitaker", "joanna.whitaker" + RBH, "Head of Library & Knowledge Services",
           LIB_RBH, ["Evidence searching", "Knowledge mobilisation", "Service planning"],
           "Happy to mentor new library managers")),
    (sp(2, "Oyelaran, Tunde", LIB_CCH, "Clinical Librarian", "tunde.oyelaran" + CCH,
        "Literature searching, critical appraisal, Rapid evidence summaries", "Can offer critical appraisal teaching (CASP)",
        None, datetime(2022, 1, 10, 11, 2), "Oyelaran, Tunde"),
     staff("Tunde Oyelaran", "Tunde", "Oyelaran", "tunde.oyelaran" + CCH, "Clinical Librarian", LIB_CCH,
           ["Literature searching", "critical appraisal", "Rapid evidence summaries"],
           "Can offer critical appraisal teaching (CASP)")),
    (sp(3, "Test item", None, None, None, "testing list", None, None, datetime(2022, 1, 11, 8, 0), "Harris, Della"),
     bad("test row")),
    (sp(4, "Fernández, Lucía", LIB_TVMH, "Knowledge & Library Services Manager", "lucia.fernandez" + TVMH,
        "Copyright & licensing\nOpenAthens administration\nEbooks",
        "Happy to answer copyright queries from anyone in the network", None, datetime(2022, 2, 3, 10, 15),
        "Fernández, Lucía"),
     staff("Lucía Fernández", "Lucía", "Fernández", "lucia.fernandez" + TVMH, "Knowledge & Library Services Manager",
           LIB_TVMH, ["Copyright & licensing", "OpenAthens administration", "Ebooks"],
           "Happy to answer copyright queries from anyone in the network")),
    (sp(5, "Brennan, Patrick", LIB_RBH, "Library Assistant", "patrick.brennan" + RBH,
        "Interlibrary loans, document supply", None, "Yes – left Feb 2024", datetime(2022, 2, 3, 10, 40),
        "Brennan, Patrick", datetime(2024, 2, 28, 9, 0), "Whitaker, Joanna"),
     staff("Patrick Brennan", "Patrick", "Brennan", "patrick.brennan" + RBH, "Library Assistant", LIB_RBH,
           ["Interlibrary loans", "document supply"], None, left=True, left_on="2024-02-01")),
    (sp(6, "Dr Harriet Moss", LIB_NET, "Knowledge Mobilisation Lead", "harriet.moss" + NET,
        "• Knowledge mobilisation\n• After action reviews\n• Randomised coffee trials",
        "Willing to facilitate knowledge cafés for any trust in the region", None, datetime(2022, 3, 14, 13, 20),
        "Moss, Harriet"),
     staff("Harriet Moss", "Harriet", "Moss", "harriet.moss" + NET, "Knowledge Mobilisation Lead", LIB_NET,
           ["Knowledge mobilisation", "After action reviews", "Randomised coffee trials"],
           "Willing to facilitate knowledge cafés for any trust in the region")),
    (sp(7, "Okafor-Bright, Esther", LIB_SWH, "Outreach Librarian", "esther.okaforbright" + SWH,
        "Health literacy; Current awareness bulletins; Teaching", "Happy to run health literacy training", None,
        datetime(2022, 5, 9, 15, 45), "Okafor-Bright, Esther"),
     staff("Esther Okafor-Bright", "Esther", "Okafor-Bright", "esther.okaforbright" + SWH, "Outreach Librarian",
           LIB_SWH, ["Health literacy", "Current awareness bulletins", "Teaching"],
           "Happy to run health literacy training")),
    (sp(8, "VACANT – Clinical Librarian (maternity)", LIB_SWH, "Clinical Librarian (Band 6)", None, None, None, None,
        datetime(2023, 6, 1, 9, 0), "Okafor-Bright, Esther"), bad("vacant post")),
    (sp(9, "Sandhu, Gurpreet", LIB_TVMH, "Senior Library Assistant", "g.sandhu" + TVMH,
        "Reading Well / bibliotherapy and Discovery systems", None, None, datetime(2022, 6, 20, 12, 0),
        "Fernández, Lucía"),
     staff("Gurpreet Sandhu", "Gurpreet", "Sandhu", "g.sandhu" + TVMH, "Senior Library Assistant", LIB_TVMH,
           ["Reading Well / bibliotherapy", "Discovery systems"], None)),
    (sp(10, "Whitaker, Joanna", LIB_RBH, "Head of LKS", "joanna.whitaker" + RBH, "Evidence searching", None, None,
        datetime(2022, 7, 4, 16, 30), "Whitaker, Joanna"), bad("duplicate of row 2")),
    (sp(11, "Zieliński, Łukasz", LIB_BUX, "Systems Librarian", "lukasz.zielinski" + BUX,
        "LMS (Koha); link resolvers; Data & analytics; Speaks Polish", "Can offer help setting up Koha reports", None,
        datetime(2022, 9, 12, 10, 10), "Zieliński, Łukasz"),
     staff("Łukasz Zieliński", "Łukasz", "Zieliński", "lukasz.zielinski" + BUX, "Systems Librarian", LIB_BUX,
           ["LMS (Koha)", "link resolvers", "Data & analytics"], "Can offer help setting up Koha reports")),
    (sp(12, "Hughes, Bronwen", LIB_CCH, "Library Services Manager", "bronwen.hughes" + CCH,
        "Procurement, NHS Knowledge and Library Hub, Evidence for commissioning", "Happy to share tender documents",
        "No – on secondment to NHS England until 2025", datetime(2022, 10, 3, 9, 5), "Hughes, Bronwen",
        datetime(2024, 5, 1, 11, 0), "Oyelaran, Tunde"),
     staff("Bronwen Hughes", "Bronwen", "Hughes", "bronwen.hughes" + CCH, "Library Services Manager", LIB_CCH,
           ["Procurement", "NHS Knowledge and Library Hub", "Evidence for commissioning"],
           "Happy to share tender documents")),
    (sp(13, "Adebayo-Lewis, Kemi", LIB_RBH, "Clinical Librarian", None,
        "Searching for NICE guideline updates, systematic review support", "willing to co-author search strategies",
        None, datetime(2023, 1, 16, 14, 0), "Whitaker, Joanna"),
     staff("Kemi Adebayo-Lewis", "Kemi", "Adebayo-Lewis", None, "Clinical Librarian", LIB_RBH,
           ["Searching for NICE guideline updates", "systematic review support"],
           "willing to co-author search strategies")),
    (sp(14, "Price, Owen", LIB_BUX, "Library Manager", "owen.price" + BUX, "Space & environment, Library quality (QIF)",
        None, "Left 31/08/2024", datetime(2023, 2, 2, 9, 30), "Price, Owen", datetime(2024, 9, 2, 8, 45),
        "Zieliński, Łukasz"),
     staff("Owen Price", "Owen", "Price", "owen.price" + BUX, "Library Manager", LIB_BUX,
           ["Space & environment", "Library quality (QIF)"], None, left=True, left_on="2024-08-31")),
    (sp(15, "Dlamini, Sipho", LIB_NET, "Digital Content Officer", "sipho.dlamini" + NET,
        "Web & intranet content; Social media; Accessibility", None, None, datetime(2023, 3, 20, 10, 0),
        "Moss, Harriet"),
     staff("Sipho Dlamini", "Sipho", "Dlamini", "sipho.dlamini" + NET, "Digital Content Officer", LIB_NET,
           ["Web & intranet content", "Social media", "Accessibility"], None)),
    (sp(16, "Ross, Morag", LIB_TVMH, "Outreach Librarian", "morag.ross" + TVMH, "Patient & public information",
        "Happy to visit wards to promote the library", None, datetime(2023, 4, 11, 13, 0), "Ross, Morag"),
     staff("Morag Ross", "Morag", "Ross", "morag.ross" + TVMH, "Outreach Librarian", LIB_TVMH,
           ["Patient & public information"], "Happy to visit wards to promote the library")),
    (sp(17, "Carmichael, Ewan", LIB_SWH, "Library Apprentice", "ewan.carmichael" + SWH, None, None, None,
        datetime(2023, 9, 4, 9, 15), "Okafor-Bright, Esther"),
     staff("Ewan Carmichael", "Ewan", "Carmichael", "ewan.carmichael" + SWH, "Library Apprentice", LIB_SWH, [], None)),
    (sp(18, "Nakamura, Yuki", LIB_RBH, "Knowledge Specialist (Band 7)", "yuki.nakamura" + RBH,
        "Evidence summaries for Board papers; Horizon scanning", "Can offer evidence summaries on request", None,
        datetime(2023, 11, 6, 11, 25), "Nakamura, Yuki"),
     staff("Yuki Nakamura", "Yuki", "Nakamura", "yuki.nakamura" + RBH, "Knowledge Specialist (Band 7)", LIB_RBH,
           ["Evidence summaries for Board papers", "Horizon scanning"], "Can offer evidence summaries on request")),
    (sp(19, "Harris, Della", LIB_NET, "Network Administrator", "della.harris" + NET,
        "Training bookings; Events calendar", None, None, datetime(2024, 1, 8, 9, 0), "Harris, Della"),
     staff("Della Harris", "Della", "Harris", "della.harris" + NET, "Network Administrator", LIB_NET,
           ["Training bookings", "Events calendar"], None)),
    (sp(20, "Ngata, Aroha", LIB_BUX, "Clinical Librarian", "aroha.ngata" + BUX,
        "Critical care literature\nSearch skills teaching", "Happy to cover searches when colleagues are on leave",
        "No (maternity leave from Oct 2024)", datetime(2024, 4, 15, 10, 30), "Ngata, Aroha"),
     staff("Aroha Ngata", "Aroha", "Ngata", "aroha.ngata" + BUX, "Clinical Librarian", LIB_BUX,
           ["Critical care literature", "Search skills teaching"], "Happy to cover searches when colleagues are on leave")),
]


def make_file6():
    from openpyxl.worksheet.table import Table, TableStyleInfo
    wb = Workbook()
    ws = wb.active
    ws.title = "owssvr"
    ws.append(F6_HEAD)
    for cells, _ in F6_BODY:
        ws.append(cells)
    for row in ws.iter_rows(min_row=2):
        for c in row:
            if isinstance(c.value, datetime):
                c.number_format = "dd/mm/yyyy hh:mm"
    last = 1 + len(F6_BODY)
    t = Table(displayName="Table1", ref=f"A1:N{last}")
    t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(t)
    for col, w in zip("ABCDEFGHIJKLMN", (5, 30, 40, 36, 36, 50, 50, 30, 17, 20, 17, 20, 8, 36)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, F6))
    write_key(F6, "staff", 0, F6_BODY)


FILES = [make_file1, make_file2, make_file3, make_file4, make_file5, make_file6]

if __name__ == "__main__":
    for fn in FILES:
        fn()
    print("written", len(FILES), "files")
