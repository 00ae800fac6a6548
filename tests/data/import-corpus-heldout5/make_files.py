#!/usr/bin/env python3
"""Regenerates every file in this folder and its answer key.
All rows are held literally below. Run: python3 make_files.py"""
import csv, io, json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

def inn(title, summary, dept, lead, email, stage, status, started, ref, savings):
    e = {"title": title, "summary": summary, "department": dept,
         "lead": None if lead is None else {"name": lead, "email": email},
         "stage": stage, "status_text": status, "ref": ref, "savings_gbp": savings}
    if started is not None:
        e["started"] = started
    return {"good": True, "expected": e}

def staff(name, given, family, email, job, dept, expertise, willing, left=False, left_on=None):
    e = {"name": name, "given_name": given, "family_name": family, "email": email,
         "job_title": job, "department": dept, "expertise": expertise, "willing_to_text": willing}
    if left:
        e["employment_status"] = "left"
        if left_on:
            e["left_on"] = left_on
    return {"good": True, "expected": e}

def bad(reason):
    return {"good": False, "reason": reason}

def resolve(rows, first_row):
    """rows: list of (label, cells, key). Replace '@label' in reasons with row numbers."""
    nums = {}
    for i, (lab, cells, key) in enumerate(rows):
        if lab:
            nums[lab] = first_row + i
    out = {}
    for i, (lab, cells, key) in enumerate(rows):
        if not key["good"] and "@" in key["reason"]:
            pre, lab2 = key["reason"].split("@")
            key = {"good": False, "reason": pre + str(nums[lab2])}
        out[str(first_row + i)] = key
    return out

def write_key(fname, kind, header_row, rows, first_row, sheet=None):
    k = {"file": fname, "kind": kind, "header_row": header_row}
    if sheet:
        k["sheet"] = sheet
    k["rows"] = resolve(rows, first_row)
    with open(os.path.join(OUT, fname + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(k, f, indent=2, ensure_ascii=False)

def write_delim(fname, header, rows, encoding, delimiter=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for lab, cells, key in rows:
        cells = list(cells) + [""] * (len(header) - len(cells))
        w.writerow(cells)
    text = buf.getvalue()
    path = os.path.join(OUT, fname)
    if encoding == "utf-8-sig":
        data = text.encode("utf-8-sig")
    elif encoding == "utf-16":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        data = text.encode(encoding)
    with open(path, "wb") as f:
        f.write(data)

BLANK = None  # marker for blank row cells

# ---------------------------------------------------------------------------
# FILE 1: Pennine Vale Ambulance Service NHS Trust (R9P) - QI project register, xlsx
# ---------------------------------------------------------------------------
F1 = "pvas_qi_project_register.xlsx"
F1_HEAD = ["QI Ref", "Project title", "What's the idea / aim", "Directorate / Team", "Project lead",
           "Lead email", "Date registered", "RAG", "Progress update", "Est. annual saving (£)", "Notes"]
F1_ROWS = [
 ("falls", ["QI-001", "Falls pick-up without conveyance",
   "Dedicated falls response car (paramedic + technician) with lifting chair so uninjured fallers can be lifted and left safely at home with a referral to the community falls team instead of being conveyed to ED.",
   "Clinical Operations – Falls Response", "Dr Amira Haddad", "a.haddad@pvas.nhs.uk", D(2021, 4, 12), "Green",
   "Rolled out trustwide, BAU since Jan 23", "£210,000", "Featured in AACE bulletin"],
  inn("Falls pick-up without conveyance",
      "Dedicated falls response car (paramedic + technician) with lifting chair so uninjured fallers can be lifted and left safely at home with a referral to the community falls team instead of being conveyed to ED.",
      "Clinical Operations – Falls Response", "Amira Haddad", "a.haddad@pvas.nhs.uk", "embedded",
      "Rolled out trustwide, BAU since Jan 23", "2021-04-12", "QI-001", 210000)),
 (None, ["QI-002", "Mental health nurse in EOC",
   "Band 7 MH nurse sits in the Emergency Operations Centre to give telephone advice on MH calls and divert from ambulance dispatch where safe.",
   "Emergency Operations Centre (EOC)", "Kowalski, Marta (Band 7 MH nurse)", None, "Mar-22", "Amber",
   "PDSA cycle 3 – running Tues/Weds evenings only", "TBC", None],
  inn("Mental health nurse in EOC",
      "Band 7 MH nurse sits in the Emergency Operations Centre to give telephone advice on MH calls and divert from ambulance dispatch where safe.",
      "Emergency Operations Centre (EOC)", "Marta Kowalski", None, "testing",
      "PDSA cycle 3 – running Tues/Weds evenings only", "2022-03-01", "QI-002", None)),
 (None, ["QI-003", "Hear & Treat callback script",
   "Structured clinician callback script for Cat 3/4 calls waiting over 1 hr, to re-triage and close with self-care advice where appropriate.",
   "Clinical Hub", "Steve O'Neill / Priya Natarajan", None, D(2021, 9, 1), "Green",
   "Evaluated – report to Quality Committee Oct 22", "c. £45k", "Priya now left"],
  inn("Hear & Treat callback script",
      "Structured clinician callback script for Cat 3/4 calls waiting over 1 hr, to re-triage and close with self-care advice where appropriate.",
      "Clinical Hub", "Steve O'Neill", None, "evaluated",
      "Evaluated – report to Quality Committee Oct 22", "2021-09-01", "QI-003", 45000)),
 (None, [BLANK], bad("blank row")),
 (None, ["QI-004", "Bariatric lifting cushion on every DCA",
   "Put an inflatable bariatric lifting cushion on every double-crewed ambulance so crews don't wait for HART/fire for bariatric lifts.",
   "Fleet & Equipment", "Mr Gareth Pryce (Fleet Manager)", "gareth.pryce@pvas.nhs.uk", "2022", "Red",
   "On hold - staff shortages / no capital until 25/26", "n/a", None],
  inn("Bariatric lifting cushion on every DCA",
      "Put an inflatable bariatric lifting cushion on every double-crewed ambulance so crews don't wait for HART/fire for bariatric lifts.",
      "Fleet & Equipment", "Gareth Pryce", "gareth.pryce@pvas.nhs.uk", "paused",
      "On hold - staff shortages / no capital until 25/26", "2022-01-01", "QI-004", None)),
 (None, ["QI-005", "TEST – please ignore", "test row for drop-downs", "QI Hub", "JT", None, D(2022, 5, 3), "Green",
   "test", None, "delete me"], bad("test row")),
 (None, ["QI-006", "Cardiac arrest hot debrief huddles",
   "10-minute structured hot debrief after every resuscitation attempt, led by the senior clinician on scene, with TRiM signposting.",
   "Clinical Education", "Sister Jo Barnes", "jo.barnes@pvas.nhs.uk", D(2023, 1, 16), "Green",
   "Live in North & East divisions", "£0", "South division asked to join 2025"],
  inn("Cardiac arrest hot debrief huddles",
      "10-minute structured hot debrief after every resuscitation attempt, led by the senior clinician on scene, with TRiM signposting.",
      "Clinical Education", "Jo Barnes", "jo.barnes@pvas.nhs.uk", "implemented",
      "Live in North & East divisions", "2023-01-16", "QI-006", 0)),
 (None, ["QI-007", "Frequent caller case management",
   "Multi-agency care plans for the top 50 high-intensity callers, shared with GP, police and MH teams.",
   "Patient Safety / High Intensity Use", "Tunde Adeyemi tunde.adeyemi@pvas.nhs.uk", None, "Spring 2022", "Green",
   "Adopted by 2 neighbouring ambulance trusts via the AHSN", "£3,500 a month", None],
  inn("Frequent caller case management",
      "Multi-agency care plans for the top 50 high-intensity callers, shared with GP, police and MH teams.",
      "Patient Safety / High Intensity Use", "Tunde Adeyemi", "tunde.adeyemi@pvas.nhs.uk", "spreading",
      "Adopted by 2 neighbouring ambulance trusts via the AHSN", "2022-03-01", "QI-007", 42000)),
 (None, ["QI-008", "ePR photo upload for wounds",
   "Allow crews to attach wound/pressure damage photos to the electronic patient record for community nurse referral.",
   "Digital / ePR team", "Laura Fenwick", None, None, None,
   "idea – needs IG sign-off first", None, None],
  inn("ePR photo upload for wounds",
      "Allow crews to attach wound/pressure damage photos to the electronic patient record for community nurse referral.",
      "Digital / ePR team", "Laura Fenwick", None, "idea",
      "idea – needs IG sign-off first", None, "QI-008", None)),
 (None, ["QI-009", "Hospital handover cohorting area",
   "Ambulance-staffed cohort area at Holmebridge General ED so crews can hand over 4 patients to 2 staff and return to the road.",
   "Ops – Urgent Care", "Dr. Sarah-Jane Whitlock", "sj.whitlock@pvas.nhs.uk", D(2023, 11, 6), "Red",
   "Scrapped - acute trust withdrew support", "n/a", None],
  inn("Hospital handover cohorting area",
      "Ambulance-staffed cohort area at Holmebridge General ED so crews can hand over 4 patients to 2 staff and return to the road.",
      "Ops – Urgent Care", "Sarah-Jane Whitlock", "sj.whitlock@pvas.nhs.uk", "stopped",
      "Scrapped - acute trust withdrew support", "2023-11-06", "QI-009", None)),
 (None, ["QI-010", "Welfare vehicle for long-wait crews",
   "Converted van taking hot food, drinks and toilets to crews held outside EDs for over 2 hours.",
   "Wellbeing Team", "Hughes, Bethan", "bethan.hughes@pvas.nhs.uk", "03/02/2023", "Amber",
   "Bid submitted to Charity Committee", None, None],
  inn("Welfare vehicle for long-wait crews",
      "Converted van taking hot food, drinks and toilets to crews held outside EDs for over 2 hours.",
      "Wellbeing Team", "Bethan Hughes", "bethan.hughes@pvas.nhs.uk", "planning",
      "Bid submitted to Charity Committee", "2023-02-03", "QI-010", None)),
 (None, ["Rows below added by Clinical Hub (transferred from old spreadsheet Jul 24) – JT"], bad("notes row")),
 (None, ["QI-011", "Paediatric pain scale stickers",
   "Wong-Baker faces pain scale sticker inside every paediatric response bag to improve pain scoring in under-12s.",
   "Clinical Hub", "Ms Chloë Martin (Band 6 paramedic)", "chloe.martin@pvas.nhs.uk", D(2024, 2, 1), "Amber",
   "Trial on 3 stations – PDSA 1 done", "n/a", None],
  inn("Paediatric pain scale stickers",
      "Wong-Baker faces pain scale sticker inside every paediatric response bag to improve pain scoring in under-12s.",
      "Clinical Hub", "Chloë Martin", "chloe.martin@pvas.nhs.uk", "testing",
      "Trial on 3 stations – PDSA 1 done", "2024-02-01", "QI-011", None)),
 (None, ["QI-012", "Sepsis pre-alert screening tool",
   "NEWS2-based sepsis screening on the ePR that triggers a pre-alert to the receiving ED.",
   "Clinical Quality", "Prof. Ian Mackenzie", "ian.mackenzie@pvas.nhs.uk", "2019", "Green",
   "BAU now", "12k", None],
  inn("Sepsis pre-alert screening tool",
      "NEWS2-based sepsis screening on the ePR that triggers a pre-alert to the receiving ED.",
      "Clinical Quality", "Ian Mackenzie", "ian.mackenzie@pvas.nhs.uk", "embedded",
      "BAU now", "2019-01-01", "QI-012", 12000)),
 (None, ["QI-014", "Falls pick up w/out conveyance",
   "Falls car with lifting chair - lift and leave uninjured fallers + refer to community falls team",
   "Clinical Ops", "Amira Haddad", "a.haddad@pvas.nhs.uk", D(2021, 4, 1), "Green",
   "BAU", "£210k", "same as QI-001?"], bad("duplicate of row @falls")),
 (None, ["QI-015", "Tourniquet training for community first responders",
   "Give CFR groups catastrophic haemorrhage training and a tourniquet in every CFR kit.",
   "Community Resilience", "Dean Whitaker", None, D(2023, 6, 19), "Amber",
   "Agreed at QI panel, ordering kit", "TBC", None],
  inn("Tourniquet training for community first responders",
      "Give CFR groups catastrophic haemorrhage training and a tourniquet in every CFR kit.",
      "Community Resilience", "Dean Whitaker", None, "planning",
      "Agreed at QI panel, ordering kit", "2023-06-19", "QI-015", None)),
 (None, ["QI-016", "Remote clinical triage for care homes",
   "Care homes video-call a Clinical Hub paramedic before dialling 999 for non-injured fallers and minor illness.",
   "Clinical Hub", "Dr Amira Haddad", "a.haddad@pvas.nhs.uk", D(2024, 5, 13), "Green",
   "Evaluation complete – 31% fewer conveyances, write-up on intranet", "£500 a month", None],
  inn("Remote clinical triage for care homes",
      "Care homes video-call a Clinical Hub paramedic before dialling 999 for non-injured fallers and minor illness.",
      "Clinical Hub", "Amira Haddad", "a.haddad@pvas.nhs.uk", "evaluated",
      "Evaluation complete – 31% fewer conveyances, write-up on intranet", "2024-05-13", "QI-016", 6000)),
 (None, ["QI-017", "Low-acuity transport using taxis", None, "Ops", None, None, None, None,
   "proposed at Oct away day", None, None],
  inn("Low-acuity transport using taxis", None, "Ops", None, None, "idea",
      "proposed at Oct away day", None, "QI-017", None)),
 (None, [BLANK], bad("blank row")),
 ("total", ["Total projects", "=COUNTA(B5:B22)"], bad("total row")),
]

def make_f1():
    wb = Workbook(); ws = wb.active; ws.title = "QI Register"
    ws["A1"] = "Pennine Vale Ambulance Service NHS Trust – Quality Improvement Project Register 2021–2024"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Maintained by QI Hub (qi.hub@pvas.nhs.uk). Last updated 14/11/2024 (JT). Please do not re-sort!"
    groups = [("A3:D3", "PROJECT DETAILS"), ("E3:G3", "OWNERSHIP"), ("H3:J3", "PROGRESS & BENEFITS")]
    fill = PatternFill("solid", fgColor="DDEBF7")
    for rng, txt in groups:
        ws.merge_cells(rng); c = ws[rng.split(":")[0]]; c.value = txt
        c.font = Font(bold=True); c.alignment = Alignment(horizontal="center"); c.fill = fill
    for j, h in enumerate(F1_HEAD, 1):
        c = ws.cell(row=4, column=j, value=h); c.font = Font(bold=True); c.fill = fill
    r = 5
    for lab, cells, key in F1_ROWS:
        for j, v in enumerate(cells, 1):
            if v is None:
                continue
            c = ws.cell(row=r, column=j, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        r += 1
    ws.freeze_panes = "C5"
    for j, w in enumerate([9, 34, 60, 28, 30, 28, 14, 8, 40, 16, 24], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    wb.save(os.path.join(OUT, F1))
    write_key(F1, "innovations", 4, F1_ROWS, 5)

make_f1()

# ---------------------------------------------------------------------------
# FILE 2: Haverleigh and Dunmore Partnership NHS Foundation Trust (RH4) - "who to ask" directory, CSV UTF-8 (BOM)
# ---------------------------------------------------------------------------
F2 = "hdp_who_to_ask_directory.csv"
F2_HEAD = ["Staff member", "Job title", "Service / team", "Email address", "Areas of interest / expertise",
           "What I can offer", "Other languages", "Status"]
F2_ROWS = [
 ("bankole", ["Dr Olumide Bankole", "Consultant Psychiatrist", "Early Intervention in Psychosis", "o.bankole@hdp.nhs.uk",
   "Psychosis; clozapine; physical health in SMI", "Happy to teach junior doctors on clozapine monitoring", "Yoruba", ""],
  staff("Olumide Bankole", "Olumide", "Bankole", "o.bankole@hdp.nhs.uk", "Consultant Psychiatrist",
        "Early Intervention in Psychosis", ["Psychosis", "clozapine", "physical health in SMI"],
        "Happy to teach junior doctors on clozapine monitoring")),
 (None, ["Sarah McAllister", "Clinical Psychologist (8a)", "Perinatal Mental Health", "s.mcallister@hdp.nhs.uk",
   "Perinatal anxiety, EMDR, compassion focused therapy", "Can offer reflective practice sessions", "", ""],
  staff("Sarah McAllister", "Sarah", "McAllister", "s.mcallister@hdp.nhs.uk", "Clinical Psychologist (8a)",
        "Perinatal Mental Health", ["Perinatal anxiety", "EMDR", "compassion focused therapy"],
        "Can offer reflective practice sessions")),
 (None, ["Kaminski, Piotr", "Mental Health Nurse B6", "Acute Inpatients – Rowan Ward", "p.kaminski@hdp.nhs.uk",
   "Safewards\nReducing restrictive practice\nBreakaway training", "Willing to mentor new starters", "Speaks Polish", ""],
  staff("Piotr Kaminski", "Piotr", "Kaminski", "p.kaminski@hdp.nhs.uk", "Mental Health Nurse B6",
        "Acute Inpatients – Rowan Ward", ["Safewards", "Reducing restrictive practice", "Breakaway training"],
        "Willing to mentor new starters")),
 (None, [], bad("blank row")),
 (None, ["Aoife Brennan", "Occupational Therapist", "Older Adults CMHT", "",
   "Cognitive stimulation therapy; moving & handling; sensory integration", "", "", "Maternity leave until Jun 25"],
  staff("Aoife Brennan", "Aoife", "Brennan", None, "Occupational Therapist", "Older Adults CMHT",
        ["Cognitive stimulation therapy", "moving & handling", "sensory integration"], None)),
 (None, ["Mr Dev Raghunathan", "Pharmacist – Band 8a", "Pharmacy", "d.raghunathan@hdp.nhs.uk",
   "• Lithium monitoring\n• Rapid tranquillisation\n• Prescribing in pregnancy",
   "Happy to answer medicines queries by email", "Tamil", "Left 31/03/2024"],
  staff("Dev Raghunathan", "Dev", "Raghunathan", "d.raghunathan@hdp.nhs.uk", "Pharmacist – Band 8a", "Pharmacy",
        ["Lithium monitoring", "Rapid tranquillisation", "Prescribing in pregnancy"],
        "Happy to answer medicines queries by email", left=True, left_on="2024-03-31")),
 (None, ["TEST ENTRY", "test", "LKS", "lks@hdp.nhs.uk", "testing the form", "", "", "delete"], bad("test row")),
 (None, ["Hannah O’Connor", "Peer Support Worker", "Crisis Resolution & Home Treatment", "hannah.oconnor@hdp.nhs.uk",
   "Lived experience; recovery colleges; co-production", "Happy to co-facilitate workshops", "", ""],
  staff("Hannah O’Connor", "Hannah", "O’Connor", "hannah.oconnor@hdp.nhs.uk", "Peer Support Worker",
        "Crisis Resolution & Home Treatment", ["Lived experience", "recovery colleges", "co-production"],
        "Happy to co-facilitate workshops")),
 (None, ["Dr. Fatima Qureshi (Specialty Doctor)", "Specialty Doctor", "Liaison Psychiatry", "f.qureshi@hdp.nhs.uk",
   "Self-harm, liaison psychiatry and eating disorders. Speaks Urdu", "", "Urdu", ""],
  staff("Fatima Qureshi", "Fatima", "Qureshi", "f.qureshi@hdp.nhs.uk", "Specialty Doctor", "Liaison Psychiatry",
        ["Self-harm", "liaison psychiatry", "eating disorders"], None)),
 (None, ["VACANT – Band 7 Team Lead", "Team Lead B7", "Home Treatment Team North", "", "", "", "", "Advert out"],
  bad("vacant post")),
 (None, ["Gwen Ellis-Pryor", "Art Psychotherapist", "Adult Psychology & Psychotherapy", "g.ellis-pryor@hdp.nhs.uk",
   "Art therapy\nTrauma-informed care\nGroup work", "Can offer taster sessions for teams", "Welsh", ""],
  staff("Gwen Ellis-Pryor", "Gwen", "Ellis-Pryor", "g.ellis-pryor@hdp.nhs.uk", "Art Psychotherapist",
        "Adult Psychology & Psychotherapy", ["Art therapy", "Trauma-informed care", "Group work"],
        "Can offer taster sessions for teams")),
 (None, ["Tomasz Wójcik", "Healthcare Support Worker", "Forensic – Larch Unit", "t.wojcik@hdp.nhs.uk",
   "Physical health checks; ECGs", "", "Polish", "LEAVER"],
  staff("Tomasz Wójcik", "Tomasz", "Wójcik", "t.wojcik@hdp.nhs.uk", "Healthcare Support Worker",
        "Forensic – Larch Unit", ["Physical health checks", "ECGs"], None, left=True)),
 (None, ["Olumide Bankole", "Consultant Psychiatrist (EIP)", "EIP", "o.bankole@hdp.nhs.uk",
   "psychosis, clozapine", "Happy to teach on clozapine", "", "added again by mistake?"], bad("duplicate of row @bankole")),
 (None, ["Ruth Adebayo-Clarke", "Social Worker (AMHP)", "Community Mental Health Team – West", "r.adebayo-clarke@hdp.nhs.uk",
   "Mental Health Act; safeguarding adults & children", "Willing to talk to students about the AMHP role", "", ""],
  staff("Ruth Adebayo-Clarke", "Ruth", "Adebayo-Clarke", "r.adebayo-clarke@hdp.nhs.uk", "Social Worker (AMHP)",
        "Community Mental Health Team – West", ["Mental Health Act", "safeguarding adults & children"],
        "Willing to talk to students about the AMHP role")),
 (None, ["Marcus Leigh", "Dietitian", "Eating Disorders Service", "m.leigh@hdp.nhs.uk",
   "ARFID; refeeding; sports nutrition", "Happy to teach on refeeding syndrome", "", "On secondment to ICB till 2025"],
  staff("Marcus Leigh", "Marcus", "Leigh", "m.leigh@hdp.nhs.uk", "Dietitian", "Eating Disorders Service",
        ["ARFID", "refeeding", "sports nutrition"], "Happy to teach on refeeding syndrome")),
 (None, ["Priya Sandhu", "Nurse Consultant – Dual Diagnosis", "Addictions", "priya.sandhu@hdp.nhs.uk",
   "Dual diagnosis, motivational interviewing, naloxone training", "Can offer naloxone training for any team", "Punjabi", ""],
  staff("Priya Sandhu", "Priya", "Sandhu", "priya.sandhu@hdp.nhs.uk", "Nurse Consultant – Dual Diagnosis", "Addictions",
        ["Dual diagnosis", "motivational interviewing", "naloxone training"], "Can offer naloxone training for any team")),
 (None, ["Jamie Fraser", "Assistant Psychologist", "CAMHS – Neurodevelopmental", "j.fraser@hdp.nhs.uk",
   "Autism assessment (ADOS-2)", "", "", "left Aug-23"],
  staff("Jamie Fraser", "Jamie", "Fraser", "j.fraser@hdp.nhs.uk", "Assistant Psychologist", "CAMHS – Neurodevelopmental",
        ["Autism assessment (ADOS-2)"], None, left=True, left_on="2023-08-01")),
 (None, ["Notes: please update your own entry – email lks@hdp.nhs.uk if you want removing"], bad("notes row")),
 (None, ["Siân Hughes", "Speech & Language Therapist", "Learning Disabilities", "sian.hughes@hdp.nhs.uk",
   "Dysphagia; Makaton; accessible information", "Happy to make Easy Read versions of leaflets", "Welsh", ""],
  staff("Siân Hughes", "Siân", "Hughes", "sian.hughes@hdp.nhs.uk", "Speech & Language Therapist", "Learning Disabilities",
        ["Dysphagia", "Makaton", "accessible information"], "Happy to make Easy Read versions of leaflets")),
 (None, ["Okafor, Chinedu", "Ward Manager", "PICU", "chinedu.okafor@hdp.nhs.uk", "", "", "Igbo", ""],
  staff("Chinedu Okafor", "Chinedu", "Okafor", "chinedu.okafor@hdp.nhs.uk", "Ward Manager", "PICU", [], None)),
]
write_delim(F2, F2_HEAD, F2_ROWS, "utf-8-sig")
write_key(F2, "staff", 1, F2_ROWS, 2)

# ---------------------------------------------------------------------------
# FILE 3: Lune & Wyre Primary Care Federation (Y0L7W) - Microsoft Forms "Share your idea" responses, xlsx
# ---------------------------------------------------------------------------
F3 = "lunewyre_fed_ideas_form_responses.xlsx"
F3_HEAD = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time",
           "Your name and role", "Which practice or team are you based at?", "Name of your idea / project",
           "Describe it in a few sentences", "Where has it got to?", "When did you start?",
           "Roughly how much could it save per year? (£)", "Can we share this in the federation newsletter?"]
def _t(y, mo, d, h, mi, s=0): return D(y, mo, d, h, mi, s)
F3_ROWS = [
 (None, [1, _t(2023, 3, 1, 9, 12, 44), _t(2023, 3, 1, 9, 19, 2), "nisha.patel7@nhs.net",
   "PATEL, Nisha (BRACKENFIELD MEDICAL PRACTICE)", None, "Nisha Patel, practice nurse", "Brackenfield Medical Practice",
   "Text reminders for cervical screening non-responders",
   "Personalised AccuRx text with a booking link sent to women 3 months overdue, plus a second text in their first language.",
   "Running since Jan, uptake up 11% so far", "Jan 2023", "not sure", "Yes"],
  inn("Text reminders for cervical screening non-responders",
      "Personalised AccuRx text with a booking link sent to women 3 months overdue, plus a second text in their first language.",
      "Brackenfield Medical Practice", "Nisha Patel", "nisha.patel7@nhs.net", "implemented",
      "Running since Jan, uptake up 11% so far", "2023-01-01", "1", None)),
 (None, [2, _t(2023, 3, 1, 11, 0, 5), _t(2023, 3, 1, 11, 0, 40), "fed.admin@nhs.net", "FED ADMIN (LUNE & WYRE FEDERATION)",
   None, "test", "test", "test test", "testing the form works", "test", None, None, "No"], bad("test row")),
 ("oduya", [3, _t(2023, 3, 2, 13, 45, 10), _t(2023, 3, 2, 13, 58, 31), "t.oduya@nhs.net",
   "ODUYA, Tom (WYRE BANK SURGERY)", None, "Dr Tom Oduya - GP partner", "Wyre Bank Surgery",
   "Group consultations for type 2 diabetes",
   "90-minute group clinics for 10-12 patients with HbA1c over 58, run by GP + HCA facilitator, instead of individual reviews.",
   "Pilot - 2 cohorts done, PDSA cycle 3 planned", "Sept 22", "c. £4k", "Yes"],
  inn("Group consultations for type 2 diabetes",
      "90-minute group clinics for 10-12 patients with HbA1c over 58, run by GP + HCA facilitator, instead of individual reviews.",
      "Wyre Bank Surgery", "Tom Oduya", "t.oduya@nhs.net", "testing",
      "Pilot - 2 cohorts done, PDSA cycle 3 planned", "2022-09-01", "3", 4000)),
 (None, [4, _t(2023, 3, 6, 8, 2, 51), _t(2023, 3, 6, 8, 6, 13), "anonymous", None, None,
   "prefer not to say (reception)", "Fellside Health Centre", "Care navigation signposting cards",
   "Laminated cards at reception listing pharmacy first, self-referral physio and IAPT so we can signpost quicker.",
   "just an idea!", None, None, "Yes"],
  inn("Care navigation signposting cards",
      "Laminated cards at reception listing pharmacy first, self-referral physio and IAPT so we can signpost quicker.",
      "Fellside Health Centre", None, None, "idea", "just an idea!", None, "4", None)),
 (None, [5, _t(2023, 3, 9, 15, 30, 0), _t(2023, 3, 9, 15, 41, 22), "g.thornton@nhs.net",
   "THORNTON, Gemma (LUNE & WYRE PCN)", None, "Gemma Thornton (clinical pharmacist, PCN)", "PCN pharmacy team",
   "Structured medication reviews for care home residents",
   "PCN pharmacists do an SMR for every care home resident each year with deprescribing focus (PPIs, antipsychotics, falls-risk drugs).",
   "BAU now across all 6 practices", "2021", "£18,000", "Yes"],
  inn("Structured medication reviews for care home residents",
      "PCN pharmacists do an SMR for every care home resident each year with deprescribing focus (PPIs, antipsychotics, falls-risk drugs).",
      "PCN pharmacy team", "Gemma Thornton", "g.thornton@nhs.net", "embedded",
      "BAU now across all 6 practices", "2021-01-01", "5", 18000)),
 (None, [6, _t(2023, 4, 12, 12, 15, 3), _t(2023, 4, 12, 12, 27, 48), "k.holt1@nhs.net",
   "HOLT, Karen (WYRE BANK SURGERY)", _t(2023, 5, 2, 9, 1, 0), "Karen Holt & Lee Barraclough (practice managers)",
   "Wyre Bank Surgery / Fellside", "Shared phlebotomy hub",
   "One phlebotomy hub for two practices with early-morning slots, shared HCA rota and single courier pick-up.",
   "bid submitted to ICB primary care fund", "Mar-24", "12k", "Not yet"],
  inn("Shared phlebotomy hub",
      "One phlebotomy hub for two practices with early-morning slots, shared HCA rota and single courier pick-up.",
      "Wyre Bank Surgery / Fellside", "Karen Holt", "k.holt1@nhs.net", "planning",
      "bid submitted to ICB primary care fund", "2024-03-01", "6", 12000)),
 (None, [7, _t(2023, 4, 20, 19, 5, 33), _t(2023, 4, 20, 19, 9, 9), "t.oduya@nhs.net",
   "ODUYA, Tom (WYRE BANK SURGERY)", None, "Tom Oduya GP", "Wyre Bank",
   "Diabetes group consultations", "Group clinics for T2DM instead of 1:1 reviews (sorry think I already sent this)",
   "PDSA 3", "Sep 2022", "4k", "Yes"], bad("duplicate of row @oduya")),
 (None, [8, _t(2023, 5, 3, 10, 44, 0), _t(2023, 5, 3, 10, 52, 17), "hollie.marsh@nhs.net",
   "MARSH, Hollie (BRACKENFIELD MEDICAL PRACTICE)", None, "Hollie Marsh, HCA", "Brackenfield Medical Practice",
   "Frailty walking group",
   "Weekly supported walk from the surgery car park for patients with mild frailty, with a strength & balance session every 4th week.",
   "On hold - staff shortages", "Spring 2023", "n/a", "Yes"],
  inn("Frailty walking group",
      "Weekly supported walk from the surgery car park for patients with mild frailty, with a strength & balance session every 4th week.",
      "Brackenfield Medical Practice", "Hollie Marsh", "hollie.marsh@nhs.net", "paused",
      "On hold - staff shortages", "2023-03-01", "8", None)),
 (None, [9, _t(2023, 6, 14, 7, 58, 12), _t(2023, 6, 14, 8, 3, 40), "imran.siddiqui2@nhs.net",
   "SIDDIQUI, Imran (LUNE VALLEY MEDICAL GROUP)", None, "Dr. Imran Siddiqui", "Lune Valley Medical Group",
   "Online consultation triage rota",
   "Duty GP and ANP split the online consultation inbox by clinical priority in 2-hourly blocks.",
   "scrapped - new telephony system replaced it", "06/2022", "nil", "No"],
  inn("Online consultation triage rota",
      "Duty GP and ANP split the online consultation inbox by clinical priority in 2-hourly blocks.",
      "Lune Valley Medical Group", "Imran Siddiqui", "imran.siddiqui2@nhs.net", "stopped",
      "scrapped - new telephony system replaced it", "2022-06-01", "9", 0)),
 (None, [None], bad("blank row")),
 (None, ["Responses below copied in from paper forms handed in at PLT 12/10/23 (LB)"], bad("notes row")),
 (None, [10, _t(2023, 10, 12, 14, 0, 0), _t(2023, 10, 12, 14, 0, 0), None, None, None,
   "Zofia Nowak (ANP)", "Fellside Health Centre", "ANP-led minor illness clinic",
   "Same-day minor illness clinic run entirely by ANPs with GP on-call for escalation, freeing 30 GP appointments a week.",
   "Live at Fellside, Wyre Bank now copying it", "2022", "£500 a month", "Yes"],
  inn("ANP-led minor illness clinic",
      "Same-day minor illness clinic run entirely by ANPs with GP on-call for escalation, freeing 30 GP appointments a week.",
      "Fellside Health Centre", "Zofia Nowak", None, "spreading",
      "Live at Fellside, Wyre Bank now copying it", "2022-01-01", "10", 6000)),
 (None, [11, _t(2023, 10, 12, 14, 0, 0), _t(2023, 10, 12, 14, 0, 0), None, None, None,
   "Ben Carter – social prescriber", "PCN social prescribing", "Green social prescribing allotment",
   "Patients with low mood or loneliness referred to a PCN allotment plot run with the local Mind.",
   "Evaluated with UCLan, report attached", "April 2021", "TBC", "Yes"],
  inn("Green social prescribing allotment",
      "Patients with low mood or loneliness referred to a PCN allotment plot run with the local Mind.",
      "PCN social prescribing", "Ben Carter", None, "evaluated",
      "Evaluated with UCLan, report attached", "2021-04-01", "11", None)),
 (None, [12, _t(2023, 11, 2, 16, 20, 1), _t(2023, 11, 2, 16, 31, 45), "ruth.kelleher@nhs.net",
   "KELLEHER, Ruth (LUNE VALLEY MEDICAL GROUP)", None, "Ruth Kelleher, GPN", "Lune Valley Medical Group",
   "In-house leg ulcer clinic",
   "Weekly compression/leg ulcer clinic at the practice so patients don't travel to the district nurse hub.",
   "Agreed at partners mtg – recruiting HCA", None, "£7,500", "Yes"],
  inn("In-house leg ulcer clinic",
      "Weekly compression/leg ulcer clinic at the practice so patients don't travel to the district nurse hub.",
      "Lune Valley Medical Group", "Ruth Kelleher", "ruth.kelleher@nhs.net", "planning",
      "Agreed at partners mtg – recruiting HCA", None, "12", 7500)),
 (None, [13, _t(2023, 11, 20, 12, 5, 0), _t(2023, 11, 20, 12, 9, 59), "aisha.rahman@nhs.net",
   "RAHMAN, Aisha (BRACKENFIELD MEDICAL PRACTICE)", None, "Dr Aisha Rahman", "Brackenfield Medical Practice",
   "Monthly frailty MDT huddle", None, "Proposed at Sept PLT", None, None, "Yes"],
  inn("Monthly frailty MDT huddle", None, "Brackenfield Medical Practice", "Aisha Rahman", "aisha.rahman@nhs.net",
      "idea", "Proposed at Sept PLT", None, "13", None)),
 (None, [14, _t(2024, 1, 8, 9, 30, 22), _t(2024, 1, 8, 9, 44, 7), "owen.pritchard@nhs.net",
   "PRITCHARD, Owen (LUNE & WYRE FEDERATION)", None, "Owen Pritchard (Digital & Transformation Lead)",
   "Federation digital team", "NHS App promotion week",
   "Pop-up stands in all 6 waiting rooms helping patients download and verify the NHS App.",
   "Done – uptake +900 users, written up for the board", "11/2023", "£0", "Yes"],
  inn("NHS App promotion week",
      "Pop-up stands in all 6 waiting rooms helping patients download and verify the NHS App.",
      "Federation digital team", "Owen Pritchard", "owen.pritchard@nhs.net", "evaluated",
      "Done – uptake +900 users, written up for the board", "2023-11-01", "14", 0)),
 (None, [15, _t(2024, 7, 15, 13, 2, 30), _t(2024, 7, 15, 13, 8, 2), "nisha.patel7@nhs.net",
   "PATEL, Nisha (BRACKENFIELD MEDICAL PRACTICE)", None, "Nisha Patel, practice nurse", "Brackenfield Medical Practice",
   "Text reminders for childhood immunisations",
   "Same AccuRx approach as the smear texts but for 12-month and pre-school boosters.",
   "testing on 1 practice", "Jul-24", None, "Yes"],
  inn("Text reminders for childhood immunisations",
      "Same AccuRx approach as the smear texts but for 12-month and pre-school boosters.",
      "Brackenfield Medical Practice", "Nisha Patel", "nisha.patel7@nhs.net", "testing",
      "testing on 1 practice", "2024-07-01", "15", None)),
]

def make_f3():
    wb = Workbook(); ws = wb.active; ws.title = "Sheet1"
    for j, h in enumerate(F3_HEAD, 1):
        ws.cell(row=1, column=j, value=h).font = Font(bold=True)
    r = 2
    for lab, cells, key in F3_ROWS:
        for j, v in enumerate(cells, 1):
            if v is None:
                continue
            c = ws.cell(row=r, column=j, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "m/d/yy h:mm:ss"
        r += 1
    for j in range(1, len(F3_HEAD) + 1):
        ws.column_dimensions[get_column_letter(j)].width = 22
    wb.save(os.path.join(OUT, F3))
    write_key(F3, "innovations", 1, F3_ROWS, 2)

make_f3()

# ---------------------------------------------------------------------------
# FILE 4: NHS Calder and Marsh Integrated Care Board (QX7) - SharePoint list export, Excel "CSV" (cp1252, CRLF)
# ---------------------------------------------------------------------------
F4 = "cm_icb_spread_adoption_tracker.csv"
F4_HEAD = ["ID", "Title", "Scheme description", "Programme", "Innovation owner", "Owner email", "Adoption status",
           "Project start", "Annual benefit (£)", "Item Type", "Path", "Created", "Created By", "Modified", "Modified By"]
_P = "sites/Transformation/Lists/Spread and Adoption"
F4_ROWS = [
 ("vw", ["3", "Virtual ward for frailty",
   "Hospital-at-home for frail older people with remote monitoring and daily consultant-led board round, step-up from community or step-down from acute.",
   "Urgent & Emergency Care", "Dr Helen Ashworth", "helen.ashworth@cmicb.nhs.uk",
   "Live in Calder place, Marsh place adopting from Jan", "01/04/2022", "£1.2m", "Item", _P,
   "14/03/2022 10:22", "Jo Pike", "02/10/2024 16:05", "Jo Pike"],
  inn("Virtual ward for frailty",
      "Hospital-at-home for frail older people with remote monitoring and daily consultant-led board round, step-up from community or step-down from acute.",
      "Urgent & Emergency Care", "Helen Ashworth", "helen.ashworth@cmicb.nhs.uk", "spreading",
      "Live in Calder place, Marsh place adopting from Jan", "2022-04-01", "3", 1200000)),
 (None, ["4", "Digital weight management referral",
   "GP practices refer adults with BMI 30+ and diabetes or hypertension to a 12-week app-based weight management programme.",
   "Prevention & Health Inequalities", "Raj Mistry (Programme Manager)", "",
   "BAU – commissioned recurrently", "Sep-21", "n/a", "Item", _P,
   "14/03/2022 10:40", "Jo Pike", "11/01/2023 09:12", "Raj Mistry"],
  inn("Digital weight management referral",
      "GP practices refer adults with BMI 30+ and diabetes or hypertension to a 12-week app-based weight management programme.",
      "Prevention & Health Inequalities", "Raj Mistry", None, "embedded",
      "BAU – commissioned recurrently", "2021-09-01", "4", None)),
 (None, ["6", "TEST ITEM DO NOT USE", "test", "", "Jo Pike", "", "test", "", "", "Item", _P,
   "15/03/2022 08:01", "Jo Pike", "15/03/2022 08:01", "Jo Pike"], bad("test row")),
 (None, ["7", "Community pharmacy BP checks – case finding",
   "Opportunistic blood pressure checks for over-40s in community pharmacies with ambulatory monitoring and referral to GP if raised.",
   "Primary Care", "Ng, Caroline", "c.ng@cmicb.nhs.uk",
   "Live in 84 community pharmacies", "2023", "c. £90k", "Item", _P,
   "03/02/2023 14:55", "Caroline Ng", "20/09/2024 11:30", "Caroline Ng"],
  inn("Community pharmacy BP checks – case finding",
      "Opportunistic blood pressure checks for over-40s in community pharmacies with ambulatory monitoring and referral to GP if raised.",
      "Primary Care", "Caroline Ng", "c.ng@cmicb.nhs.uk", "implemented",
      "Live in 84 community pharmacies", "2023-01-01", "7", 90000)),
 (None, ["9", "Heart failure remote monitoring",
   "Patients with HF take daily weight, BP and symptoms on a tablet; HF nurses review alerts and adjust diuretics remotely.",
   "Long Term Conditions", "Prof Daniel Osei / Jenna Lord", "daniel.osei@cmicb.nhs.uk",
   "Evaluation complete (see attached) – 22% fewer HF admissions", "14/06/2021", "£340,000", "Item", _P,
   "22/06/2021 12:00", "Daniel Osei", "05/05/2023 10:10", "Jenna Lord"],
  inn("Heart failure remote monitoring",
      "Patients with HF take daily weight, BP and symptoms on a tablet; HF nurses review alerts and adjust diuretics remotely.",
      "Long Term Conditions", "Daniel Osei", "daniel.osei@cmicb.nhs.uk", "evaluated",
      "Evaluation complete (see attached) – 22% fewer HF admissions", "2021-06-14", "9", 340000)),
 (None, ["10", "AI chest X-ray triage",
   "AI reporting tool flags suspected lung cancer on GP-requested chest X-rays for same-day radiologist review.",
   "Diagnostics", "Sophie Varga", "sophie.varga@cmicb.nhs.uk",
   "Business case to go to Exec in Q3 – needs funding", "", "TBC", "Item", _P,
   "07/08/2023 15:16", "Sophie Varga", "07/08/2024 15:16", "Sophie Varga"],
  inn("AI chest X-ray triage",
      "AI reporting tool flags suspected lung cancer on GP-requested chest X-rays for same-day radiologist review.",
      "Diagnostics", "Sophie Varga", "sophie.varga@cmicb.nhs.uk", "planning",
      "Business case to go to Exec in Q3 – needs funding", None, "10", None)),
 (None, [], bad("blank row")),
 (None, ["12", "Social prescribing link worker hub",
   "One place-based hub for social prescribing link workers so VCSE referrals are triaged once rather than by each PCN.",
   "Population Health", "Mrs Elaine Turnbull elaine.turnbull@cmicb.nhs.uk", "",
   "on hold – awaiting ICB restructure", "Mar-23", "£2,000 a month", "Item", _P,
   "01/03/2023 09:00", "Elaine Turnbull", "18/07/2024 13:47", "Jo Pike"],
  inn("Social prescribing link worker hub",
      "One place-based hub for social prescribing link workers so VCSE referrals are triaged once rather than by each PCN.",
      "Population Health", "Elaine Turnbull", "elaine.turnbull@cmicb.nhs.uk", "paused",
      "on hold – awaiting ICB restructure", "2023-03-01", "12", 24000)),
 (None, ["13", "Virtual Ward - Frailty",
   "Hospital at home for frail older people (copied from old list after migration)",
   "UEC", "Helen Ashworth", "helen.ashworth@cmicb.nhs.uk",
   "Live in Calder, Marsh adopting", "April 2022", "£1.2m", "Item", _P,
   "09/05/2023 11:02", "Jo Pike", "09/05/2023 11:02", "Jo Pike"], bad("duplicate of row @vw")),
 (None, ["15", "Children’s asthma friendly schools",
   "School staff trained in inhaler technique and asthma action plans, with emergency inhalers and a named school nurse.",
   "Children & Young People", "Dr Kwame Asante", "kwame.asante@cmicb.nhs.uk",
   "Spread to 3rd place via CYP network – 41 schools signed up", "Sept 2022", "", "Item", _P,
   "12/09/2022 10:30", "Kwame Asante", "01/11/2024 08:55", "Kwame Asante"],
  inn("Children’s asthma friendly schools",
      "School staff trained in inhaler technique and asthma action plans, with emergency inhalers and a named school nurse.",
      "Children & Young People", "Kwame Asante", "kwame.asante@cmicb.nhs.uk", "spreading",
      "Spread to 3rd place via CYP network – 41 schools signed up", "2022-09-01", "15", None)),
 (None, ["16", "Stop smoking in pregnancy incentives",
   "Shopping vouchers for pregnant smokers who stay CO-verified smoke-free at 4 and 12 weeks after quit date.",
   "Maternity (LMNS)", "Amy Fielding (LMNS midwife)", "amy.fielding@cmicb.nhs.uk",
   "PDSA cycle 2 in Marsh maternity unit", "03/01/2024", "£0", "Item", _P,
   "03/01/2024 10:00", "Amy Fielding", "30/09/2024 17:22", "Amy Fielding"],
  inn("Stop smoking in pregnancy incentives",
      "Shopping vouchers for pregnant smokers who stay CO-verified smoke-free at 4 and 12 weeks after quit date.",
      "Maternity (LMNS)", "Amy Fielding", "amy.fielding@cmicb.nhs.uk", "testing",
      "PDSA cycle 2 in Marsh maternity unit", "2024-01-03", "16", 0)),
 (None, ["18", "Drone delivery of pathology samples",
   "Drone flights carrying urgent pathology samples between Marsh community hospital and the Calder General lab.",
   "Digital & Innovation", "Mark O'Hagan", "", "Declined by panel – cost/benefit", "2024", "n/a", "Item", _P,
   "19/02/2024 14:41", "Mark O'Hagan", "22/04/2024 09:03", "Jo Pike"],
  inn("Drone delivery of pathology samples",
      "Drone flights carrying urgent pathology samples between Marsh community hospital and the Calder General lab.",
      "Digital & Innovation", "Mark O'Hagan", None, "stopped",
      "Declined by panel – cost/benefit", "2024-01-01", "18", None)),
 (None, ["19", "Care home hydration champions", "", "Care Sector Support", "Gill Harrow", "g.harrow@cmicb.nhs.uk",
   "idea from care home forum – to be scoped", "", "", "Item", _P,
   "04/03/2024 12:12", "Gill Harrow", "04/03/2024 12:12", "Gill Harrow"],
  inn("Care home hydration champions", None, "Care Sector Support", "Gill Harrow", "g.harrow@cmicb.nhs.uk", "idea",
      "idea from care home forum – to be scoped", None, "19", None)),
 (None, ["20", "Wound care formulary switch",
   "Single ICB-wide wound care formulary with direct supply to community nurses instead of FP10 prescribing.",
   "Medicines Optimisation", "Peter Lindqvist, Lead Pharmacist", "peter.lindqvist@cmicb.nhs.uk",
   "Embedded – part of standard formulary since 2023", "Jan-22", "£65k", "Item", _P,
   "10/01/2022 09:45", "Peter Lindqvist", "06/06/2024 10:00", "Peter Lindqvist"],
  inn("Wound care formulary switch",
      "Single ICB-wide wound care formulary with direct supply to community nurses instead of FP10 prescribing.",
      "Medicines Optimisation", "Peter Lindqvist", "peter.lindqvist@cmicb.nhs.uk", "embedded",
      "Embedded – part of standard formulary since 2023", "2022-01-01", "20", 65000)),
 (None, ["22", "SDEC direct access for paramedics",
   "Paramedics can phone the Same Day Emergency Care consultant and take suitable patients straight to SDEC, bypassing ED.",
   "Urgent & Emergency Care", "Dr Helen Ashworth", "helen.ashworth@cmicb.nhs.uk",
   "Live at Calder General since Nov", "Nov-23", "£25,000", "Item", _P,
   "20/11/2023 08:30", "Helen Ashworth", "15/10/2024 14:14", "Helen Ashworth"],
  inn("SDEC direct access for paramedics",
      "Paramedics can phone the Same Day Emergency Care consultant and take suitable patients straight to SDEC, bypassing ED.",
      "Urgent & Emergency Care", "Helen Ashworth", "helen.ashworth@cmicb.nhs.uk", "implemented",
      "Live at Calder General since Nov", "2023-11-01", "22", 25000)),
 (None, ["23", "Menopause clinic in primary care",
   "GP with extended role runs a menopause clinic from a PCN hub as part of the women’s health hub model.",
   "Women’s Health Hub", "Dr Zara Khan (GPwSI)", "zara.khan@cmicb.nhs.uk",
   "Women’s health hub pilot – testing in 2 PCNs", "Spring 2024", "TBC", "Item", _P,
   "02/04/2024 11:11", "Zara Khan", "12/11/2024 16:40", "Zara Khan"],
  inn("Menopause clinic in primary care",
      "GP with extended role runs a menopause clinic from a PCN hub as part of the women’s health hub model.",
      "Women’s Health Hub", "Zara Khan", "zara.khan@cmicb.nhs.uk", "testing",
      "Women’s health hub pilot – testing in 2 PCNs", "2024-03-01", "23", None)),
 (None, ["", "Total schemes: 13", "", "", "", "", "", "", "£1.73m+"], bad("total row")),
]
write_delim(F4, F4_HEAD, F4_ROWS, "cp1252")
write_key(F4, "innovations", 1, F4_ROWS, 2)

# ---------------------------------------------------------------------------
# FILE 5: Royal Kingsmere Orthopaedic Hospital NHS FT (RK0) - ESR / e-roster extract, Excel "Unicode Text" (UTF-16 LE, TAB)
# ---------------------------------------------------------------------------
F5 = "rkoh_esr_staff_interests_extract.txt"
F5_HEAD = ["Assignment Number", "Full Name", "Position Title", "Organisation", "Staff Group", "Work Email Address",
           "Assignment Status", "Termination Date", "Interests/Skills (from e-Roster profile)", "Happy to support with"]
F5_ROWS = [
 (None, ["20045671", "Okonkwo, Adaeze Dr", "Consultant Orthopaedic Surgeon", "RK0 Hip & Knee Arthroplasty",
   "Medical and Dental", "a.okonkwo@rkoh.nhs.uk", "Active Assignment", "",
   "Revision hip arthroplasty; periprosthetic fractures; robotic-assisted TKR", "Happy to supervise audit projects"],
  staff("Adaeze Okonkwo", "Adaeze", "Okonkwo", "a.okonkwo@rkoh.nhs.uk", "Consultant Orthopaedic Surgeon",
        "RK0 Hip & Knee Arthroplasty", ["Revision hip arthroplasty", "periprosthetic fractures", "robotic-assisted TKR"],
        "Happy to supervise audit projects")),
 ("barker", ["20051102", "Barker, Lucy Miss", "Physiotherapist Band 6", "RK0 Therapies – Physiotherapy Inpatients",
   "Allied Health Professionals", "lucy.barker@rkoh.nhs.uk", "Active Assignment", "",
   "Enhanced recovery\nHydrotherapy\nACL rehab", "Can offer hydrotherapy induction for new staff"],
  staff("Lucy Barker", "Lucy", "Barker", "lucy.barker@rkoh.nhs.uk", "Physiotherapist Band 6",
        "RK0 Therapies – Physiotherapy Inpatients", ["Enhanced recovery", "Hydrotherapy", "ACL rehab"],
        "Can offer hydrotherapy induction for new staff")),
 (None, ["20038890", "Mensah, Kofi Mr", "Staff Nurse Band 5", "RK0 Ward 3 – Spinal",
   "Nursing and Midwifery Registered", "k.mensah@rkoh.nhs.uk", "Terminate Assignment", "30/09/2024",
   "Spinal cord injury care, pressure ulcer prevention", ""],
  staff("Kofi Mensah", "Kofi", "Mensah", "k.mensah@rkoh.nhs.uk", "Staff Nurse Band 5", "RK0 Ward 3 – Spinal",
        ["Spinal cord injury care", "pressure ulcer prevention"], None, left=True, left_on="2024-09-30")),
 (None, ["20051102-2", "Barker, Lucy Miss", "Physiotherapist Band 6 (Bank)", "RK0 Bank – AHP",
   "Allied Health Professionals", "lucy.barker@rkoh.nhs.uk", "Active Assignment", "",
   "Enhanced recovery\nHydrotherapy\nACL rehab", ""], bad("duplicate of row @barker")),
 (None, ["20060214", "Ferreira, João Mr", "Theatre Practitioner Band 5 (ODP)", "RK0 Main Theatres",
   "Allied Health Professionals", "j.ferreira@rkoh.nhs.uk", "Active Assignment", "",
   "Orthopaedic scrub, robotic theatre (MAKO), laser safety. Speaks Portuguese", "Willing to run scrub skills sessions"],
  staff("João Ferreira", "João", "Ferreira", "j.ferreira@rkoh.nhs.uk", "Theatre Practitioner Band 5 (ODP)",
        "RK0 Main Theatres", ["Orthopaedic scrub", "robotic theatre (MAKO)", "laser safety"],
        "Willing to run scrub skills sessions")),
 (None, ["", "VACANCY – Band 7 Advanced Practitioner", "Advanced Practitioner Band 7", "RK0 Orthopaedic Outpatients",
   "Allied Health Professionals", "", "Vacant", "", "", ""], bad("vacant post")),
 (None, ["20012376", "Hargreaves, Moira Sister", "Ward Sister Band 7", "RK0 Ward 5 – Paediatric Orthopaedics",
   "Nursing and Midwifery Registered", "m.hargreaves@rkoh.nhs.uk", "Active Assignment", "",
   "Paediatric orthopaedics • Limb reconstruction • Pin site care", "Happy to teach pin site care"],
  staff("Moira Hargreaves", "Moira", "Hargreaves", "m.hargreaves@rkoh.nhs.uk", "Ward Sister Band 7",
        "RK0 Ward 5 – Paediatric Orthopaedics", ["Paediatric orthopaedics", "Limb reconstruction", "Pin site care"],
        "Happy to teach pin site care")),
 (None, ["20009951", "Lindgren, Erik Prof", "Consultant Spinal Surgeon / Professor of Orthopaedics", "RK0 Spinal Surgery",
   "Medical and Dental", "e.lindgren@rkoh.nhs.uk", "Active Assignment", "",
   "Scoliosis & deformity; research methods", "Willing to mentor staff applying for research fellowships"],
  staff("Erik Lindgren", "Erik", "Lindgren", "e.lindgren@rkoh.nhs.uk",
        "Consultant Spinal Surgeon / Professor of Orthopaedics", "RK0 Spinal Surgery",
        ["Scoliosis & deformity", "research methods"], "Willing to mentor staff applying for research fellowships")),
 (None, [], bad("blank row")),
 (None, ["20047730", "Patel, Rakesh Mr", "Orthotist Band 7", "RK0 Orthotics", "Allied Health Professionals", "",
   "Active Assignment", "", "Bespoke spinal bracing and foot orthoses", ""],
  staff("Rakesh Patel", "Rakesh", "Patel", None, "Orthotist Band 7", "RK0 Orthotics",
        ["Bespoke spinal bracing", "foot orthoses"], None)),
 (None, ["99999999", "Test, Roster User", "Test Position", "RK0 Test Org", "Admin and Clerical",
   "roster.test@rkoh.nhs.uk", "Active Assignment", "", "test", ""], bad("test row")),
 (None, ["20066108", "Nakamura, Emi Dr", "Clinical Fellow ST3+", "RK0 Upper Limb", "Medical and Dental",
   "emi.nakamura@rkoh.nhs.uk", "Terminate Assignment", "04/08/2023", "Shoulder arthroscopy, elbow trauma", ""],
  staff("Emi Nakamura", "Emi", "Nakamura", "emi.nakamura@rkoh.nhs.uk", "Clinical Fellow ST3+", "RK0 Upper Limb",
        ["Shoulder arthroscopy", "elbow trauma"], None, left=True, left_on="2023-08-04")),
 (None, ["20040017", "Cole, Bethany Mrs", "Occupational Therapist Band 6", "RK0 Therapies – Occupational Therapy",
   "Allied Health Professionals", "b.cole@rkoh.nhs.uk", "Suspend Assignment – Maternity Leave", "",
   "Hand therapy; splinting; moving & handling", "Happy to do moving & handling refreshers"],
  staff("Bethany Cole", "Bethany", "Cole", "b.cole@rkoh.nhs.uk", "Occupational Therapist Band 6",
        "RK0 Therapies – Occupational Therapy", ["Hand therapy", "splinting", "moving & handling"],
        "Happy to do moving & handling refreshers")),
 (None, ["20031562", "Achterberg, Willem Mr", "Lead Pharmacist – Surgery & Anaesthetics", "RK0 Pharmacy",
   "Add Prof Scientific and Technic", "w.achterberg@rkoh.nhs.uk", "Active Assignment", "",
   "Anticoagulation (VTE prophylaxis)\nAntimicrobial stewardship", "Can offer teaching on VTE prophylaxis"],
  staff("Willem Achterberg", "Willem", "Achterberg", "w.achterberg@rkoh.nhs.uk",
        "Lead Pharmacist – Surgery & Anaesthetics", "RK0 Pharmacy",
        ["Anticoagulation (VTE prophylaxis)", "Antimicrobial stewardship"], "Can offer teaching on VTE prophylaxis")),
 (None, ["20058843", "Murphy, Siobhán Ms", "Radiographer Band 6", "RK0 Imaging", "Allied Health Professionals",
   "s.murphy@rkoh.nhs.uk", "Active Assignment", "", "MRI; DEXA; radiation protection supervisor", ""],
  staff("Siobhán Murphy", "Siobhán", "Murphy", "s.murphy@rkoh.nhs.uk", "Radiographer Band 6", "RK0 Imaging",
        ["MRI", "DEXA", "radiation protection supervisor"], None)),
 (None, ["20070391", "O'Driscoll, Kieran Mr", "Healthcare Support Worker Band 3", "RK0 Ward 2 – Elective Hip & Knee",
   "Additional Clinical Services", "k.odriscoll@rkoh.nhs.uk", "Active Assignment", "", "", ""],
  staff("Kieran O'Driscoll", "Kieran", "O'Driscoll", "k.odriscoll@rkoh.nhs.uk", "Healthcare Support Worker Band 3",
        "RK0 Ward 2 – Elective Hip & Knee", [], None)),
 (None, ["20022678", "Adeyemi-Hart, Grace Dr", "Consultant Anaesthetist", "RK0 Anaesthetics", "Medical and Dental",
   "g.adeyemi-hart@rkoh.nhs.uk", "Active Assignment", "",
   "Regional anaesthesia & nerve blocks; perioperative medicine; ultrasound", "Happy to teach ultrasound-guided blocks"],
  staff("Grace Adeyemi-Hart", "Grace", "Adeyemi-Hart", "g.adeyemi-hart@rkoh.nhs.uk", "Consultant Anaesthetist",
        "RK0 Anaesthetics", ["Regional anaesthesia & nerve blocks", "perioperative medicine", "ultrasound"],
        "Happy to teach ultrasound-guided blocks")),
 (None, ["20064420", "Woźniak, Agnieszka Miss", "Sterile Services Technician", "RK0 Sterile Services (HSDU)",
   "Estates and Ancillary", "", "Terminate Assignment", "", "Decontamination, instrument tracking", ""],
  staff("Agnieszka Woźniak", "Agnieszka", "Woźniak", None, "Sterile Services Technician", "RK0 Sterile Services (HSDU)",
        ["Decontamination", "instrument tracking"], None, left=True)),
 (None, ["Record count: 17"], bad("total row")),
]
write_delim(F5, F5_HEAD, F5_ROWS, "utf-16", delimiter="\t")
write_key(F5, "staff", 1, F5_ROWS, 2)

# ---------------------------------------------------------------------------
# FILE 6: Fenmoor Integrated Sexual Health Service (Fenmoor Community Healthcare NHS Trust, RF3C) - link practitioners & champions list, xlsx (2 sheets)
# ---------------------------------------------------------------------------
F6 = "fenmoor_sexual_health_champions.xlsx"
F6_SHEET = "Champions 2024"
F6_HEAD = ["Name", "Job role", "Clinic / hub", "Link role(s) & special interests", "Happy to…", "E-mail", "Comments"]
F6_ROWS = [
 ("doyle", ["Sister Kerry Doyle", "Senior Sexual Health Nurse B7", "Fenmoor Central Clinic",
   "Contraception (LARC fitting & removal); PrEP; safeguarding", "Happy to supervise LoC IUT trainees",
   "k.doyle@fenmoorch.nhs.uk", None],
  staff("Kerry Doyle", "Kerry", "Doyle", "k.doyle@fenmoorch.nhs.uk", "Senior Sexual Health Nurse B7",
        "Fenmoor Central Clinic", ["Contraception (LARC fitting & removal)", "PrEP", "safeguarding"],
        "Happy to supervise LoC IUT trainees")),
 (None, ["Adewale, Funmi", "Health Adviser", "Outreach team", "Partner notification\nChemsex\nYoung people’s services",
   "Can offer PN training to new HAs", "funmi.adewale@fenmoorch.nhs.uk", None],
  staff("Funmi Adewale", "Funmi", "Adewale", "funmi.adewale@fenmoorch.nhs.uk", "Health Adviser", "Outreach team",
        ["Partner notification", "Chemsex", "Young people’s services"], "Can offer PN training to new HAs")),
 (None, ["Dr Rhiannon Price (Associate Specialist)", "Associate Specialist", "Fenmoor Central Clinic",
   "HIV, psychosexual medicine", None, "r.price@fenmoorch.nhs.uk", "On sabbatical Jan–Mar 25"],
  staff("Rhiannon Price", "Rhiannon", "Price", "r.price@fenmoorch.nhs.uk", "Associate Specialist",
        "Fenmoor Central Clinic", ["HIV", "psychosexual medicine"], None)),
 (None, ["Tom Baxter", "HCA (left Sept 24)", "Northgate Hub", "Phlebotomy, chlamydia screening", None,
   "tom.baxter@fenmoorch.nhs.uk", None],
  staff("Tom Baxter", "Tom", "Baxter", "tom.baxter@fenmoorch.nhs.uk", "HCA", "Northgate Hub",
        ["Phlebotomy", "chlamydia screening"], None, left=True, left_on="2024-09-01")),
 (None, [None], bad("blank row")),
 (None, ["VACANT (Band 6 nurse – maternity cover)", "Staff Nurse B6", "Northgate Hub", None, None, None,
   "recruitment paused"], bad("vacant post")),
 (None, ["Magdalena Kowalczyk", "Staff Nurse B6", "Northgate Hub", "Infection prevention & control; sharps safety",
   "Willing to do IPC audits for other hubs", "m.kowalczyk@fenmoorch.nhs.uk", "Speaks Polish"],
  staff("Magdalena Kowalczyk", "Magdalena", "Kowalczyk", "m.kowalczyk@fenmoorch.nhs.uk", "Staff Nurse B6",
        "Northgate Hub", ["Infection prevention & control", "sharps safety"], "Willing to do IPC audits for other hubs")),
 (None, ["Priyanka Desai", "Clinical Support Worker", "Young People’s Clinic (Fenmoor Youth)",
   "C-Card scheme; chlamydia screening; youth engagement", "Happy to run C-Card training", None, None],
  staff("Priyanka Desai", "Priyanka", "Desai", None, "Clinical Support Worker", "Young People’s Clinic (Fenmoor Youth)",
        ["C-Card scheme", "chlamydia screening", "youth engagement"], "Happy to run C-Card training")),
 (None, ["TEST – Kerry", "test", "test", "test", None, None, "checking the drop-down works"], bad("test row")),
 (None, ["Mr Samuel Oyelaran", "Consultant in GU Medicine", "Fenmoor Central Clinic", "HIV medicine • PEP/PrEP • Research",
   "Can offer teaching on HIV for GP trainees", "s.oyelaran@fenmoorch.nhs.uk", "Clinical lead"],
  staff("Samuel Oyelaran", "Samuel", "Oyelaran", "s.oyelaran@fenmoorch.nhs.uk", "Consultant in GU Medicine",
        "Fenmoor Central Clinic", ["HIV medicine", "PEP/PrEP", "Research"], "Can offer teaching on HIV for GP trainees")),
 (None, ["Kerry Doyle", "Senior SH Nurse", "Central", "LARC; PrEP", None, "k.doyle@fenmoorch.nhs.uk",
   "added twice?"], bad("duplicate of row @doyle")),
 (None, ["Ellie Marchetti", "Band 5 Staff Nurse", "Northgate Hub", "Domestic abuse; FGM",
   "willing to be a buddy for new starters", "ellie.marchetti@fenmoorch.nhs.uk", "mat leave from Dec"],
  staff("Ellie Marchetti", "Ellie", "Marchetti", "ellie.marchetti@fenmoorch.nhs.uk", "Band 5 Staff Nurse", "Northgate Hub",
        ["Domestic abuse", "FGM"], "willing to be a buddy for new starters")),
 (None, ["** Rows below are from the old Lakeside list – need checking **"], bad("notes row")),
 (None, ["Hussain, Tariq", "Pharmacist", "Lakeside Clinic", "PGD sign-off, antimicrobial prescribing", None,
   "t.hussain@fenmoorch.nhs.uk", None],
  staff("Tariq Hussain", "Tariq", "Hussain", "t.hussain@fenmoorch.nhs.uk", "Pharmacist", "Lakeside Clinic",
        ["PGD sign-off", "antimicrobial prescribing"], None)),
 (None, ["Bev Lomax", "Receptionist/Admin", "Lakeside Clinic", None, None, None, "retired Mar-24"],
  staff("Bev Lomax", "Bev", "Lomax", None, "Receptionist/Admin", "Lakeside Clinic", [], None,
        left=True, left_on="2024-03-01")),
 (None, ["Dr Nkechi Obi", "Specialty Doctor", "Lakeside Clinic", "Contraception, menopause, vulval dermatology",
   "Happy to teach letter of competence in SDI", "n.obi@fenmoorch.nhs.uk", None],
  staff("Nkechi Obi", "Nkechi", "Obi", "n.obi@fenmoorch.nhs.uk", "Specialty Doctor", "Lakeside Clinic",
        ["Contraception", "menopause", "vulval dermatology"], "Happy to teach letter of competence in SDI")),
 (None, ["Josie Fairbrother", "Health Adviser", "Outreach team", "Sex work outreach; harm reduction; trans & non-binary health",
   None, "j.fairbrother@fenmoorch.nhs.uk", None],
  staff("Josie Fairbrother", "Josie", "Fairbrother", "j.fairbrother@fenmoorch.nhs.uk", "Health Adviser", "Outreach team",
        ["Sex work outreach", "harm reduction", "trans & non-binary health"], None)),
 (None, ["Total champions", "=COUNTA(A4:A20)-5"], bad("total row")),
]

def make_f6():
    wb = Workbook(); ws = wb.active; ws.title = F6_SHEET
    ws["A1"] = "Fenmoor Sexual Health – Link Practitioners & Champions List (updated Oct 2024)"
    ws["A1"].font = Font(bold=True, size=13)
    fill = PatternFill("solid", fgColor="FCE4D6")
    for rng, txt in [("A2:C2", "STAFF"), ("D2:E2", "CHAMPION ROLES"), ("F2:G2", "CONTACT / NOTES")]:
        ws.merge_cells(rng); c = ws[rng.split(":")[0]]; c.value = txt
        c.font = Font(bold=True); c.alignment = Alignment(horizontal="center"); c.fill = fill
    for j, h in enumerate(F6_HEAD, 1):
        c = ws.cell(row=3, column=j, value=h); c.font = Font(bold=True); c.fill = fill
    r = 4
    for lab, cells, key in F6_ROWS:
        for j, v in enumerate(cells, 1):
            if v is None:
                continue
            c = ws.cell(row=r, column=j, value=v)
            if isinstance(v, str) and "\n" in v:
                c.alignment = Alignment(wrap_text=True)
        r += 1
    ws.freeze_panes = "B4"
    for j, w in enumerate([30, 30, 30, 50, 40, 32, 30], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws2 = wb.create_sheet("Training dates")
    for row in [["Session", "Date", "Trainer", "Places"],
                ["LARC update", D(2024, 11, 14), "Kerry Doyle", 8],
                ["PN refresher", D(2024, 12, 3), "Funmi Adewale", 12],
                ["C-Card for youth workers", D(2025, 1, 22), "Priyanka Desai", 15]]:
        ws2.append(row)
    for c in ws2["B"][1:]:
        c.number_format = "dd/mm/yyyy"
    wb.save(os.path.join(OUT, F6))
    write_key(F6, "staff", 3, F6_ROWS, 4, sheet=F6_SHEET)

make_f6()
print("done")
