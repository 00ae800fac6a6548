#!/usr/bin/env python3
"""Regenerates every file in this corpus and its answer key. All rows are held literally below."""
import csv, io, json, os, re, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

def I(title, summary, dept, lead, email, stage, status_text, started, ref, savings):
    e = {"title": title, "summary": summary, "department": dept,
         "lead": None if lead is None else {"name": lead, "email": email},
         "stage": stage, "status_text": status_text, "ref": ref, "savings_gbp": savings}
    if started is not None:
        e["started"] = started
    return {"good": True, "expected": e}

def S(name, email, job, dept, expertise, willing, left=False, left_on=None):
    given, family = name.split(" ", 1)
    e = {"name": name, "given_name": given, "family_name": family, "email": email,
         "job_title": job, "department": dept, "expertise": expertise, "willing_to_text": willing}
    if left:
        e["employment_status"] = "left"
        if left_on:
            e["left_on"] = left_on
    return {"good": True, "expected": e}

def BAD(reason):
    return {"good": False, "reason": reason}

def build_key(fname, kind, header_row, rows, sheet=None):
    """rows: list of (label, cells, key). Reasons may contain {label} placeholders."""
    labels = {}
    for i, (lab, cells, key) in enumerate(rows):
        if lab:
            labels[lab] = header_row + 1 + i
    out = {}
    for i, (lab, cells, key) in enumerate(rows):
        k = json.loads(json.dumps(key))
        if not k["good"]:
            k["reason"] = re.sub(r"\{(\w+)\}", lambda m: str(labels[m.group(1)]), k["reason"])
        out[str(header_row + 1 + i)] = k
    d = {"file": fname, "kind": kind, "header_row": header_row}
    if sheet:
        d["sheet"] = sheet
    d["rows"] = out
    with open(os.path.join(OUT, fname + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)

def write_csv(fname, lines, encoding):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for l in lines:
        w.writerow(["" if c is None else c for c in l])
    with open(os.path.join(OUT, fname), "w", encoding=encoding, newline="") as f:
        f.write(buf.getvalue())

def write_unicode_txt(fname, lines):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\r\n")
    for l in lines:
        w.writerow(["" if c is None else c for c in l])
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(b"\xff\xfe" + buf.getvalue().encode("utf-16-le"))

# =====================================================================
# FILE 1  Wyvern Valley Hospitals NHS FT (RW9) - Pharmacy aseptic & medicines optimisation
#         Smartsheet export with programme heading rows (hierarchy), Health RAG/Blue
# =====================================================================
F1 = "wvh-pharmacy-smartsheet-projects.xlsx"
F1_HEAD = ["Row ID", "Project / Workstream", "What is it?", "Service area", "Project Lead",
           "Health", "% Complete", "Start Date", "Latest update", "Annual saving (£)",
           "Modified By", "Modified"]
MB_K = "k.morris@wyvernvalley.nhs.uk"
MB_P = "p.raghunathan@wyvernvalley.nhs.uk"
MB_L = "l.fairbrother@wyvernvalley.nhs.uk"
F1_ROWS = [
 ("h1", ["PRG-01", "ASEPTIC SERVICES UNIT – capacity & quality", None, "Aseptic Services Unit", "Gareth Hughes", "Green", 0.6, None, None, None, MB_K, D(2024,11,4,9,12)],
  BAD("programme heading row (group parent, not a project)"), 0),
 ("asu14", ["ASU-014", "Dose-banded 5-FU infusors made in batches", "Move 5-FU elastomeric infusors to dose-banded batches made in advance so the unit is not compounding same-day patient-specific doses.", "Aseptic Services Unit", "Priya Raghunathan (Lead Technician)", "Green", 0.6, D(2023,5,8), "PDSA cycle 3 - batch 4 validated", "£38,000", MB_P, D(2024,10,29,16,40)],
  I("Dose-banded 5-FU infusors made in batches", "Move 5-FU elastomeric infusors to dose-banded batches made in advance so the unit is not compounding same-day patient-specific doses.", "Aseptic Services Unit", "Priya Raghunathan", None, "testing", "PDSA cycle 3 - batch 4 validated", "2023-05-08", "ASU-014", 38000), 1),
 ("asu15", ["ASU-015", "Electronic worksheets in the clean room", "Replace paper worksheets with tablet-based electronic worksheets so second checks and batch records are captured electronically.", "Aseptic Services Unit", "Dr Tomasz Wójcik", "Amber", 0.35, "Sep-23", "on hold - waiting for IT validation slot", "TBC", MB_K, D(2024,9,2,11,5)],
  I("Electronic worksheets in the clean room", "Replace paper worksheets with tablet-based electronic worksheets so second checks and batch records are captured electronically.", "Aseptic Services Unit", "Tomasz Wójcik", None, "paused", "on hold - waiting for IT validation slot", "2023-09-01", "ASU-015", None), 1),
 ("asu16", ["ASU-016", "Isolator glove-change scheduling", "Glove change log moved off paper onto a shared sheet with automatic reminders to the shift lead.", "Aseptic Services Unit", "Hughes, Gareth", "Green", 1, D(2022,11,1), "BAU now – all 6 isolators", "nil", MB_K, D(2023,3,14,8,55)],
  I("Isolator glove-change scheduling", "Glove change log moved off paper onto a shared sheet with automatic reminders to the shift lead.", "Aseptic Services Unit", "Gareth Hughes", None, "embedded", "BAU now – all 6 isolators", "2022-11-01", "ASU-016", 0), 1),
 ("asu17", ["ASU-017", "Ready-to-administer vancomycin syringes for ITU", "Standard-strength vancomycin syringes made in ASU for ITU to cut ward preparation errors and nurse time.", "Aseptic Services Unit / Critical Care", "Priya Raghunathan / Ben Ashworth", "Green", 1, D(2022,6,13), "Now also supplying HDU and theatres at Royal Wyvern site", "c. £9k", MB_P, D(2024,6,20,14,2)],
  I("Ready-to-administer vancomycin syringes for ITU", "Standard-strength vancomycin syringes made in ASU for ITU to cut ward preparation errors and nurse time.", "Aseptic Services Unit / Critical Care", "Priya Raghunathan", None, "spreading", "Now also supplying HDU and theatres at Royal Wyvern site", "2022-06-13", "ASU-017", 9000), 1),
 ("t1", ["ASU-018", "test row - ignore", "testing the automation", None, "Kim Morris", "Blue", None, None, "TEST", None, MB_K, D(2023,1,9,10,0)],
  BAD("test row"), 1),
 ("h2", ["PRG-02", "MEDICINES OPTIMISATION – wards & discharge", None, "Medicines Optimisation", "Aisha Karim", "Amber", 0.55, None, None, None, MB_K, D(2024,11,4,9,13)],
  BAD("programme heading row (group parent, not a project)"), 0),
 ("mo31", ["MO-031", "Technician-led medicines reconciliation on AMU", "Pharmacy technicians complete med rec within 24h of admission on AMU using a structured template, pharmacist signs off exceptions only.", "Acute Medical Unit", "Sarah O’Donnell (Band 6 pharmacy technician)", "Blue", 1, D(2021,10,4), "Evaluated – 94% med rec <24h, report to MOC Jun 23", "£0", MB_K, D(2023,7,3,12,30)],
  I("Technician-led medicines reconciliation on AMU", "Pharmacy technicians complete med rec within 24h of admission on AMU using a structured template, pharmacist signs off exceptions only.", "Acute Medical Unit", "Sarah O’Donnell", None, "evaluated", "Evaluated – 94% med rec <24h, report to MOC Jun 23", "2021-10-04", "MO-031", 0), 1),
 ("mo32", ["MO-032", "TTO “fast-track” lane", "Dedicated dispensary lane for discharge prescriptions flagged before 11am so patients can go home before 2pm.", "Dispensary", "Mr Kwame Asante kwame.asante@wyvernvalley.nhs.uk", "Amber", 0.8, "03/02/2023", "live on 2 wards (Elm & Beech)", "£500 a month", MB_K, D(2024,8,19,15,45)],
  I("TTO “fast-track” lane", "Dedicated dispensary lane for discharge prescriptions flagged before 11am so patients can go home before 2pm.", "Dispensary", "Kwame Asante", "kwame.asante@wyvernvalley.nhs.uk", "implemented", "live on 2 wards (Elm & Beech)", "2023-02-03", "MO-032", 6000), 1),
 ("mo33", ["MO-033", "IV-to-oral antibiotic switch prompts", "Daily EPMA report flags patients on IV antibiotics >48h who meet oral switch criteria; ward pharmacist reviews on the round.", "Antimicrobial Stewardship", "Dr Aisha Karim", "Green", 1, "2020", "rolled out trustwide", "£21,500", MB_K, D(2022,4,1,9,0)],
  I("IV-to-oral antibiotic switch prompts", "Daily EPMA report flags patients on IV antibiotics >48h who meet oral switch criteria; ward pharmacist reviews on the round.", "Antimicrobial Stewardship", "Aisha Karim", None, "spreading", "rolled out trustwide", "2020-01-01", "MO-033", 21500), 1),
 ("mo34", ["MO-034", "Patient’s own drugs lockers on Ward 7", None, "Ward 7 (Care of the Elderly)", "Chloe Baptiste", "Red", 0.1, None, "scrapped - estates said no to wall fixings", "n/a", MB_K, D(2023,2,27,13,20)],
  I("Patient’s own drugs lockers on Ward 7", None, "Ward 7 (Care of the Elderly)", "Chloe Baptiste", None, "stopped", "scrapped - estates said no to wall fixings", None, "MO-034", None), 1),
 ("mo35", ["MO-035", "DOAC discharge counselling video", "Five-minute counselling video in six languages played on ward tablets before patients go home on a DOAC.", "Anticoagulation Service", "Nuala Ní Bhriain", "Amber", 0.2, "Spring 2024", "bid submitted to League of Friends", "TBC", MB_L, D(2024,5,2,10,10)],
  I("DOAC discharge counselling video", "Five-minute counselling video in six languages played on ward tablets before patients go home on a DOAC.", "Anticoagulation Service", "Nuala Ní Bhriain", None, "planning", "bid submitted to League of Friends", "2024-03-01", "MO-035", None), 1),
 ("mo36", ["MO-036", "TTO “fast-track” lane", "Dedicated dispensary lane for discharge prescriptions flagged before 11am so patients can go home before 2pm.", "Dispensary", "Kwame Asante", "Amber", 0.8, "03/02/2023", "live on 2 wards (Elm & Beech)", "£500 a month", MB_L, D(2024,8,20,9,1)],
  BAD("duplicate of row {mo32}"), 1),
 (None, [None]*12, BAD("blank row"), 0),
 ("h3", ["PRG-03", "HOMECARE & OUTPATIENTS", None, "Homecare / Outpatient Pharmacy", "Lucy Fairbrother", "Green", 0.7, None, None, None, MB_L, D(2024,11,4,9,14)],
  BAD("programme heading row (group parent, not a project)"), 0),
 ("hc7", ["HC-007", "Adalimumab biosimilar switch via homecare", "Switch eligible rheumatology & dermatology patients to the best-value biosimilar through the homecare provider, with a pharmacist phone consultation for each patient.", "Homecare team", "Lucy Fairbrother", "Blue", 1, D(2019,1,14), "Complete. Switch done 2019, savings audited by ICB", 412000, MB_L, D(2020,2,11,16,0)],
  I("Adalimumab biosimilar switch via homecare", "Switch eligible rheumatology & dermatology patients to the best-value biosimilar through the homecare provider, with a pharmacist phone consultation for each patient.", "Homecare team", "Lucy Fairbrother", None, "evaluated", "Complete. Switch done 2019, savings audited by ICB", "2019-01-14", "HC-007", 412000), 1),
 ("hc8", ["HC-008", "Outpatient prescription collection by QR text", "Patients get a text message with a QR code when their outpatient prescription is ready to collect, and scan it at the hatch.", "Outpatient Pharmacy", "Jamie Lee-Carter", "Green", 0.45, D(2024,1,15), "Testing with dermatology clinic only", "12k", MB_L, D(2024,10,1,11,11)],
  I("Outpatient prescription collection by QR text", "Patients get a text message with a QR code when their outpatient prescription is ready to collect, and scan it at the hatch.", "Outpatient Pharmacy", "Jamie Lee-Carter", None, "testing", "Testing with dermatology clinic only", "2024-01-15", "HC-008", 12000), 1),
 ("hc9", ["HC-009", "Clozapine point-of-care FBC in clinic", "Finger-prick full blood count in the outpatient clinic so patients get bloods done and clozapine supplied in one visit.", "Outpatient Pharmacy / Mental Health liaison", "Dr. Rhys Pritchard", "Amber", 0.05, None, "Idea from team away day – needs a business case", None, MB_L, D(2024,7,8,14,30)],
  I("Clozapine point-of-care FBC in clinic", "Finger-prick full blood count in the outpatient clinic so patients get bloods done and clozapine supplied in one visit.", "Outpatient Pharmacy / Mental Health liaison", "Rhys Pritchard", None, "idea", "Idea from team away day – needs a business case", None, "HC-009", None), 1),
 ("hc10", ["HC-010", "Methotrexate self-injection training packs", "Homecare nurse-led training pack and demo pens so patients start subcutaneous methotrexate at home rather than coming into clinic.", "Homecare team", "Okafor, Chinwe (Band 7)", "Green", 0.25, "Mar-24", "Ordering demo pens, SOP at governance in Jan", "£3,200", MB_L, D(2024,11,1,10,0)],
  I("Methotrexate self-injection training packs", "Homecare nurse-led training pack and demo pens so patients start subcutaneous methotrexate at home rather than coming into clinic.", "Homecare team", "Chinwe Okafor", None, "planning", "Ordering demo pens, SOP at governance in Jan", "2024-03-01", "HC-010", 3200), 1),
 (None, [None, "Rows below moved across from the old Excel tracker by K Morris, Dec 2023 – not all fields filled in", None, None, None, None, None, None, None, None, MB_K, D(2023,12,12,9,0)],
  BAD("notes row"), 0),
 ("old3", ["OLD-03", "Remote fridge temperature monitoring", "Wireless probes in all pharmacy fridges with text alerts to the on-call pharmacist when out of range.", "Pharmacy (all sites)", "Gareth Hughes", "Green", 1, "2018", "In use in ASU and dispensary, wards next year", "£2k pa stock losses avoided", MB_K, D(2023,12,12,9,5)],
  I("Remote fridge temperature monitoring", "Wireless probes in all pharmacy fridges with text alerts to the on-call pharmacist when out of range.", "Pharmacy (all sites)", "Gareth Hughes", None, "implemented", "In use in ASU and dispensary, wards next year", "2018-01-01", "OLD-03", 2000), 1),
 ("old4", ["OLD-04", "Gentamicin dosing calculator", "Spreadsheet calculator on the intranet for once-daily gentamicin doses and level timing.", "Pharmacy / Renal", "Helen Marsh (left 2022)", "Grey" , 1, "2016", "Superseded by EPMA calculator – retired", None, MB_K, D(2023,12,12,9,6)],
  I("Gentamicin dosing calculator", "Spreadsheet calculator on the intranet for once-daily gentamicin doses and level timing.", "Pharmacy / Renal", "Helen Marsh", None, "stopped", "Superseded by EPMA calculator – retired", "2016-01-01", "OLD-04", None), 1),
 (None, [None, "TOTAL annual savings (numeric cells only)", None, None, None, None, None, None, None, "=SUM(J3:J23)", None, None],
  BAD("total row"), 0),
]

def make_f1():
    wb = Workbook(); ws = wb.active; ws.title = "Pharmacy Projects 2024"
    ws.append(F1_HEAD)
    for c in ws[1]:
        c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="1F4E79")
    for lab, cells, key, indent in F1_ROWS:
        ws.append(cells)
        r = ws.max_row
        ws.cell(r, 2).alignment = Alignment(indent=2 * indent, wrap_text=True)
        if indent == 0 and cells[1]:
            ws.cell(r, 2).font = Font(bold=True)
        if isinstance(cells[6], (int, float)):
            ws.cell(r, 7).number_format = "0%"
        if isinstance(cells[7], dt.datetime):
            ws.cell(r, 8).number_format = "dd/mm/yy"
        ws.cell(r, 12).number_format = "dd/mm/yy hh:mm"
    ws.freeze_panes = "C2"
    for col, w in zip("ABCDEFGHIJKL", [9, 44, 60, 28, 32, 8, 11, 12, 42, 16, 32, 16]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, F1))
    build_key(F1, "innovations", 1, [(a, b, c) for a, b, c, d in F1_ROWS])


# =====================================================================
# FILE 2  Harrowvale NHS Trust (RHV) - Respiratory Virtual Ward
#         QI register exported from an Access-style database, coded statuses,
#         lookup sheet explaining the codes, title row + blank row above header
# =====================================================================
F2 = "harrowvale-RVW-QI-register-export.xlsx"
F2_HEAD = ["Proj_ID", "Project_Title", "Project_Description", "Team", "Lead_Name", "Lead_Email",
           "Status_Code", "Status_Comment", "Date_Registered", "Est_Saving_PA", "Created_By", "Last_Updated"]
F2_ROWS = [
 ("r1", ["RVW-001", "Pulse oximetry kit delivery by volunteer drivers", "Volunteer drivers deliver and collect sats probes and tablets to patients’ homes on the day they are admitted to the virtual ward.", "Respiratory Virtual Ward", "Marsh, Joel", "j.marsh@harrowvale.nhs.uk", "S5 - Sustain", "Standard process since mid 2022", D(2021,11,15), 8400, "JMARSH", D(2024,3,5,10,2)],
  I("Pulse oximetry kit delivery by volunteer drivers", "Volunteer drivers deliver and collect sats probes and tablets to patients’ homes on the day they are admitted to the virtual ward.", "Respiratory Virtual Ward", "Joel Marsh", "j.marsh@harrowvale.nhs.uk", "embedded", "S5 - Sustain", "2021-11-15", "RVW-001", 8400)),
 ("r2", ["RVW-002", "COPD rescue pack check call at 48 hours", "Band 5 nurse phones patients 48h after step-down to check rescue pack use and inhaler technique and escalate if needed.", "RVW – COPD pathway", "Hannah Price (Band 5 RN)", None, "S4 - Evaluation", "Readmissions down 18% at 90 days – evaluation report Sept 2023", D(2022,3,1), None, "HPRICE", D(2023,9,28,16,44)],
  I("COPD rescue pack check call at 48 hours", "Band 5 nurse phones patients 48h after step-down to check rescue pack use and inhaler technique and escalate if needed.", "RVW – COPD pathway", "Hannah Price", None, "evaluated", "S4 - Evaluation", "2022-03-01", "RVW-002", None)),
 ("r3", ["RVW-003", "Step-up admission direct from GP", "GPs can refer exacerbating patients straight onto the virtual ward via a single phone number, bypassing ED.", "Respiratory Virtual Ward", "Dr Emeka Okonjo", "emeka.okonjo@harrowvale.nhs.uk", "S6 - Spread", "Model adopted by Frailty VW and by Eastbrook PCN hubs", D(2021,9,6), 52000, "EOKONJO", D(2024,10,17,9,30)],
  I("Step-up admission direct from GP", "GPs can refer exacerbating patients straight onto the virtual ward via a single phone number, bypassing ED.", "Respiratory Virtual Ward", "Emeka Okonjo", "emeka.okonjo@harrowvale.nhs.uk", "spreading", "S6 - Spread", "2021-09-06", "RVW-003", 52000)),
 ("r4", ["RVW-004", "Remote spirometry for post-COVID follow-up", "Patients do home spirometry with a Bluetooth meter and video coaching instead of attending the lung function lab.", "Post-COVID Assessment Service", "Fiona Gallagher", "fiona.gallagher3@harrowvale.nhs.uk", "S2 - Testing", "PDSA cycle 2 – 12 patients so far", D(2023,10,2), None, "FGALLAGHER", D(2024,11,1,12,0)],
  I("Remote spirometry for post-COVID follow-up", "Patients do home spirometry with a Bluetooth meter and video coaching instead of attending the lung function lab.", "Post-COVID Assessment Service", "Fiona Gallagher", "fiona.gallagher3@harrowvale.nhs.uk", "testing", "S2 - Testing", "2023-10-02", "RVW-004", None)),
 ("r5", ["RVW-005", "Overnight remote-monitoring alerts to Hospital at Night", "Red-flag obs after 20:00 route to the Hospital at Night team's bleep instead of waiting for the morning board round.", "Respiratory Virtual Ward", "Sister Bethan Lloyd", "bethan.lloyd@harrowvale.nhs.uk", "S3 - Implementation", "live since Feb, all RVW patients", D(2023,6,12), 15000, "BLLOYD", D(2024,4,2,8,15)],
  I("Overnight remote-monitoring alerts to Hospital at Night", "Red-flag obs after 20:00 route to the Hospital at Night team's bleep instead of waiting for the morning board round.", "Respiratory Virtual Ward", "Bethan Lloyd", "bethan.lloyd@harrowvale.nhs.uk", "implemented", "S3 - Implementation", "2023-06-12", "RVW-005", 15000)),
 (None, ["RVW-006", "TEST PROJECT – please delete", "test", "IT", "Admin, QIDB", None, "S0 - Idea", "test record", D(2023,1,1), None, "ITADMIN", D(2023,1,1,0,0)],
  BAD("test row")),
 ("r7", ["RVW-007", "Home oxygen weaning protocol", "Nurse-led protocol to wean patients off short-term home oxygen while still on the virtual ward.", "Respiratory Virtual Ward", "Gallagher, Fiona", "fiona.gallagher3@harrowvale.nhs.uk", "S1 - Scoping", "Protocol drafted, awaiting Drugs & Therapeutics approval", D(2024,5,20), None, "FGALLAGHER", D(2024,9,9,15,0)],
  I("Home oxygen weaning protocol", "Nurse-led protocol to wean patients off short-term home oxygen while still on the virtual ward.", "Respiratory Virtual Ward", "Fiona Gallagher", "fiona.gallagher3@harrowvale.nhs.uk", "planning", "S1 - Scoping", "2024-05-20", "RVW-007", None)),
 ("r8", ["RVW-008", "Patient-held NEWS2 diary", None, "Respiratory Virtual Ward", None, None, "S0 - Idea", "raised at MDT by patient rep", D(2024,10,14), None, "JMARSH", D(2024,10,14,13,3)],
  I("Patient-held NEWS2 diary", None, "Respiratory Virtual Ward", None, None, "idea", "S0 - Idea", "2024-10-14", "RVW-008", None)),
 ("r9", ["RVW-009", "Tablet loan scheme for digitally excluded patients", "Loan of pre-configured 4G tablets to patients with no smartphone or broadband so they can be monitored at home.", "Respiratory Virtual Ward", "Joel Marsh / Hannah Price", "j.marsh@harrowvale.nhs.uk", "H - On hold", "on hold - staff shortages", D(2023,2,6), None, "JMARSH", D(2024,1,22,11,48)],
  I("Tablet loan scheme for digitally excluded patients", "Loan of pre-configured 4G tablets to patients with no smartphone or broadband so they can be monitored at home.", "Respiratory Virtual Ward", "Joel Marsh", "j.marsh@harrowvale.nhs.uk", "paused", "H - On hold", "2023-02-06", "RVW-009", None)),
 ("r10", ["RVW-010", "Bronchiectasis self-management app", "Commercial app for airway clearance reminders and symptom scoring, linked to the RVW dashboard.", "Respiratory Virtual Ward", "Dr Emeka Okonjo", None, "X - Closed", "scrapped – supplier went into administration", D(2022,8,1), None, "EOKONJO", D(2023,5,30,10,0)],
  I("Bronchiectasis self-management app", "Commercial app for airway clearance reminders and symptom scoring, linked to the RVW dashboard.", "Respiratory Virtual Ward", "Emeka Okonjo", None, "stopped", "X - Closed", "2022-08-01", "RVW-010", None)),
 ("r11", ["RVW-011", "Virtual pulmonary rehab taster sessions", "Two live-streamed physio sessions while on the virtual ward to get patients started on pulmonary rehab before discharge.", "Respiratory Physiotherapy", "Chen, Wei (Band 7 physio)", "wei.chen@harrowvale.nhs.uk", "s4 – evaluation", "uptake of full PR 41% vs 22% – written up for BTS abstract", D(2022,1,10), 0, "WCHEN", D(2023,12,1,9,9)],
  I("Virtual pulmonary rehab taster sessions", "Two live-streamed physio sessions while on the virtual ward to get patients started on pulmonary rehab before discharge.", "Respiratory Physiotherapy", "Wei Chen", "wei.chen@harrowvale.nhs.uk", "evaluated", "s4 – evaluation", "2022-01-10", "RVW-011", 0)),
 (None, [None]*12, BAD("blank row")),
 (None, ["** Projects below re-keyed from the 2020–21 spreadsheet – dates are approximate **", None, None, None, None, None, None, None, None, None, None, None],
  BAD("notes row")),
 ("r12", ["RVW-012", "Smoking cessation referral at admission", "Opt-out referral to the stop smoking service for every smoker admitted to the virtual ward.", "Respiratory Virtual Ward", "Hannah Price", None, "S5", "BAU", D(2020,1,1), None, "HPRICE", D(2022,2,2,14,0)],
  I("Smoking cessation referral at admission", "Opt-out referral to the stop smoking service for every smoker admitted to the virtual ward.", "Respiratory Virtual Ward", "Hannah Price", None, "embedded", "S5", "2020-01-01", "RVW-012", None)),
 ("r13", ["RVW-013", "Virtual ward discharge letter template", "Structured discharge letter so GPs get the same headings from every RVW clinician.", "Respiratory Virtual Ward", "Price, Hannah", "hannah.price@harrowvale.nhs.uk", "S3 - Implementation", "in use", None, None, "HPRICE", D(2022,2,2,14,5)],
  I("Virtual ward discharge letter template", "Structured discharge letter so GPs get the same headings from every RVW clinician.", "Respiratory Virtual Ward", "Hannah Price", "hannah.price@harrowvale.nhs.uk", "implemented", "S3 - Implementation", None, "RVW-013", None)),
 ("r14", ["RVW-014", "Home nebuliser loan tracking", "Barcoded nebulisers logged out and back in on the equipment system so none are lost when patients are discharged.", "Respiratory Virtual Ward / Medical Equipment Library", "Mr Dev Raman", "dev.raman@harrowvale.nhs.uk", "S5 - Sustain", "part of normal EBME process", D(2020,6,1), 3600, "JMARSH", D(2022,2,2,14,9)],
  I("Home nebuliser loan tracking", "Barcoded nebulisers logged out and back in on the equipment system so none are lost when patients are discharged.", "Respiratory Virtual Ward / Medical Equipment Library", "Dev Raman", "dev.raman@harrowvale.nhs.uk", "embedded", "S5 - Sustain", "2020-06-01", "RVW-014", 3600)),
 (None, ["RVW-015", "Pulse oximetry kit delivery by volunteer drivers", "Volunteer drivers deliver and collect sats probes and tablets to patients’ homes on the day they are admitted to the virtual ward.", "Respiratory Virtual Ward", "Joel Marsh", "j.marsh@harrowvale.nhs.uk", "S5 - Sustain", "re-entered – see RVW-001", D(2021,11,15), 8400, "HPRICE", D(2024,3,6,9,0)],
  BAD("duplicate of row {r1}")),
 ("r16", ["RVW-016", "Inhaler technique videos via QR code", "QR code sticker on every discharge pack links to manufacturer-neutral inhaler technique videos.", "RVW – COPD pathway", "Wei Chen", "wei.chen@harrowvale.nhs.uk", "S2 - Testing", "testing with 1 GP practice before wider roll-out", D(2024,7,1), 1200, "WCHEN", D(2024,10,30,16,16)],
  I("Inhaler technique videos via QR code", "QR code sticker on every discharge pack links to manufacturer-neutral inhaler technique videos.", "RVW – COPD pathway", "Wei Chen", "wei.chen@harrowvale.nhs.uk", "testing", "S2 - Testing", "2024-07-01", "RVW-016", 1200)),
 ("r17", ["RVW-017", "Joint RVW / community matron case review huddle", "Weekly 30-minute huddle to agree who holds frequent-admitter COPD patients after virtual ward discharge.", "Respiratory Virtual Ward & Community Matrons", "Sister Bethan Lloyd", "bethan.lloyd@harrowvale.nhs.uk", "S3 - Implementation", "weekly huddle live from Jan", D(2024,1,8), None, "BLLOYD", D(2024,6,3,8,0)],
  I("Joint RVW / community matron case review huddle", "Weekly 30-minute huddle to agree who holds frequent-admitter COPD patients after virtual ward discharge.", "Respiratory Virtual Ward & Community Matrons", "Bethan Lloyd", "bethan.lloyd@harrowvale.nhs.uk", "implemented", "S3 - Implementation", "2024-01-08", "RVW-017", None)),
 ("r18", ["RVW-018", "AI-assisted triage of home observations", "Risk-scoring algorithm to sort the morning obs list so the sickest patients are reviewed first.", "Respiratory Virtual Ward", "Dr Emeka Okonjo & Joel Marsh", "emeka.okonjo@harrowvale.nhs.uk", "S1 - Scoping", "EOI submitted to ICB innovation fund; DPIA started", D(2024,9,16), None, "EOKONJO", D(2024,11,12,17,20)],
  I("AI-assisted triage of home observations", "Risk-scoring algorithm to sort the morning obs list so the sickest patients are reviewed first.", "Respiratory Virtual Ward", "Emeka Okonjo", "emeka.okonjo@harrowvale.nhs.uk", "planning", "S1 - Scoping", "2024-09-16", "RVW-018", None)),
 (None, ["Projects on register:", "=COUNTA(A4:A23)", None, None, None, None, None, "Total est. saving PA:", None, "=SUM(J4:J23)", None, None],
  BAD("total row")),
 (None, ["Report generated by QIDB v2.3 – qryRegisterExport – 14/11/2024 10:31", None, None, None, None, None, None, None, None, None, None, None],
  BAD("notes row (report footer)")),
]
F2_LOOKUP = [
 ["Status_Code", "Meaning", "Use when…"],
 ["S0 - Idea", "Idea logged", "Suggested by anyone; not yet reviewed by the RVW QI panel"],
 ["S1 - Scoping", "Approved to scope", "Panel agreed it's worth doing; writing protocol, getting approvals, bidding for money, buying kit"],
 ["S2 - Testing", "Testing", "Small-scale test / PDSA on a few patients or one practice"],
 ["S3 - Implementation", "Implemented", "Live for the whole virtual ward caseload"],
 ["S4 - Evaluation", "Evaluated", "Outcomes measured and written up"],
 ["S5 - Sustain", "Sustained", "Business as usual – nobody thinks of it as a project any more"],
 ["S6 - Spread", "Spread", "Taken up by other teams, wards, PCNs or trusts"],
 ["H - On hold", "On hold", "Paused – give reason in Status_Comment"],
 ["X - Closed", "Closed", "Stopped / not progressed / withdrawn"],
]

def make_f2():
    wb = Workbook(); ws = wb.active; ws.title = "RVW_QI_Register"
    ws.append(["Respiratory Virtual Ward – QI & Innovation Register   (exported from QIDB 14/11/2024 by J. Marsh)"])
    ws.merge_cells("A1:L1"); ws["A1"].font = Font(bold=True, size=14)
    ws.append([])
    ws.append(F2_HEAD)
    for c in ws[3]:
        c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="D9D9D9")
    for lab, cells, key in F2_ROWS:
        ws.append(cells)
        r = ws.max_row
        if isinstance(cells[8], dt.datetime): ws.cell(r, 9).number_format = "dd/mm/yyyy"
        if isinstance(cells[9], (int, float)) or (isinstance(cells[9], str) and cells[9].startswith("=")):
            ws.cell(r, 10).number_format = '"£"#,##0.00'
        if isinstance(cells[11], dt.datetime): ws.cell(r, 12).number_format = "dd/mm/yyyy hh:mm"
    ws.freeze_panes = "C4"
    for col, w in zip("ABCDEFGHIJKL", [10, 44, 60, 30, 28, 32, 20, 44, 14, 14, 12, 17]):
        ws.column_dimensions[col].width = w
    lk = wb.create_sheet("Status lookup")
    for l in F2_LOOKUP: lk.append(l)
    for c in lk[1]: c.font = Font(bold=True)
    wb.save(os.path.join(OUT, F2))
    build_key(F2, "innovations", 3, F2_ROWS, sheet="RVW_QI_Register")


# =====================================================================
# FILE 3  Brackenford Community Healthcare NHS Trust (RBK) - Occupational Health & Wellbeing
#         Wellbeing champions SharePoint list export, CSV UTF-8 (BOM); one row per
#         champion area, so some people have several rows
# =====================================================================
F3 = "brackenford-wellbeing-champions.csv"
F3_HEAD = ["ID", "Champion name", "Role / band", "Base / team", "Wellbeing area", "What I’m happy to do",
           "Email", "Status", "Created", "Created By", "Modified"]
GT = "gemma.thornton@brackenford.nhs.uk"; OA = "olu.adeyemi@brackenford.nhs.uk"; MN = "marek.nowak@brackenford.nhs.uk"
F3_ROWS = [
 ("gt", ["1", "Gemma Thornton", "Occupational Health Nurse Advisor (Band 6)", "Occupational Health", "Menopause", "Happy to run the monthly menopause café and do 1:1 chats", GT, "Active", "14/03/2023 09:12", "Sian Roberts", "02/09/2024 11:40"],
  S("Gemma Thornton", GT, "Occupational Health Nurse Advisor (Band 6)", "Occupational Health", ["Menopause", "Mental Health First Aid", "Sleep & fatigue"], "Happy to run the monthly menopause café and do 1:1 chats")),
 (None, ["2", "Gemma Thornton", "Occupational Health Nurse Advisor (Band 6)", "Occupational Health", "Mental Health First Aid", "", GT, "Active", "14/03/2023 09:15", "Sian Roberts", "14/03/2023 09:15"],
  BAD("duplicate of row {gt} (same person, another champion area – merged into that row)")),
 (None, ["3", "Gemma Thornton", "Occupational Health Nurse Advisor (Band 6)", "Occupational Health", "Sleep & fatigue", "", GT, "Active", "14/03/2023 09:16", "Sian Roberts", "14/03/2023 09:16"],
  BAD("duplicate of row {gt} (same person, another champion area – merged into that row)")),
 ("oa", ["4", "Dr Olu Adeyemi", "Consultant Occupational Physician", "Occupational Health", "Long COVID – return to work", "Can offer case discussion for managers, Tuesdays 12–1", OA, "Active", "20/03/2023 14:02", "Sian Roberts", "20/03/2023 14:02"],
  S("Olu Adeyemi", OA, "Consultant Occupational Physician", "Occupational Health", ["Long COVID – return to work", "Shift work & sleep"], "Can offer case discussion for managers, Tuesdays 12–1")),
 ("mn", ["5", "Marek Nowak", "Estates Supervisor", "Estates & Facilities", "Men’s health; Financial wellbeing; speaks Polish", "willing to talk to teams at their huddles", MN, "Active", "03/04/2023 08:30", "Marek Nowak", "11/06/2024 16:05"],
  S("Marek Nowak", MN, "Estates Supervisor", "Estates & Facilities", ["Men’s health", "Financial wellbeing", "Domestic abuse awareness"], "willing to talk to teams at their huddles")),
 (None, ["6", "TEST", "test", "IT", "TEST entry – Sam (IT) checking form", "", "", "Active", "03/04/2023 10:00", "Sam Igwe", "03/04/2023 10:00"],
  BAD("test row")),
 ("ap", ["7", "Patel, Anjali", "Health Visitor (Band 7)", "0-19 Service – Brackenford North", "Carers support", "Happy to signpost to the carers’ staff network", "", "Maternity leave until Mar 25", "11/04/2023 12:21", "Anjali Patel", "30/10/2024 09:00"],
  S("Anjali Patel", None, "Health Visitor (Band 7)", "0-19 Service – Brackenford North", ["Carers support"], "Happy to signpost to the carers’ staff network")),
 ("ld", ["8", "Liam Docherty", "Physiotherapist - LEFT", "MSK Physiotherapy", "Physical activity; Couch to 5k", "Leads the Thursday lunchtime walking group", "liam.docherty@brackenford.nhs.uk", "Left 31/08/2024", "18/04/2023 13:45", "Liam Docherty", "02/09/2024 11:38"],
  S("Liam Docherty", "liam.docherty@brackenford.nhs.uk", "Physiotherapist", "MSK Physiotherapy", ["Physical activity", "Couch to 5k"], "Leads the Thursday lunchtime walking group", left=True, left_on="2024-08-31")),
 ("re", ["9", "Rachel Eze", "Band 5 Staff Nurse", "District Nursing – Westgate", "Mental Health First Aid", "happy to be a listening ear on late shifts", "rachel.eze@brackenford.nhs.uk", "Active", "02/05/2023 19:10", "Rachel Eze", "02/05/2023 19:10"],
  S("Rachel Eze", "rachel.eze@brackenford.nhs.uk", "Band 5 Staff Nurse", "District Nursing – Westgate", ["Mental Health First Aid"], "happy to be a listening ear on late shifts")),
 (None, ["10", "Marek Nowak", "Estates Supervisor", "Estates & Facilities", "Domestic abuse awareness", "", MN, "Active", "15/09/2023 10:30", "Sian Roberts", "15/09/2023 10:30"],
  BAD("duplicate of row {mn} (same person, another champion area – merged into that row)")),
 (None, [""] * 11, BAD("blank row")),
 (None, ["11", "VACANT – Estates night shift champion", "", "Estates & Facilities", "Sleep & shift work", "", "", "Vacant", "01/10/2023 09:00", "Sian Roberts", "01/10/2023 09:00"],
  BAD("vacant post")),
 ("ps", ["12", "Priya Sandhu", "Admin & Clerical Band 3", "Podiatry", "Menopause\nMenstrual health", "Happy to put up posters and run the stand at staff events", "priya.sandhu@brackenford.nhs.uk", "Active", "05/10/2023 15:55", "Priya Sandhu", "05/10/2023 15:55"],
  S("Priya Sandhu", "priya.sandhu@brackenford.nhs.uk", "Admin & Clerical Band 3", "Podiatry", ["Menopause", "Menstrual health"], "Happy to put up posters and run the stand at staff events")),
 ("tb", ["13", "Tom Brennan", "Paramedic Practitioner", "Urgent Community Response", "Bereavement & loss", "Can offer peer support after difficult calls (TRiM trained)", "tom.brennan@brackenford.nhs.uk", "Active", "12/10/2023 07:40", "Tom Brennan", "12/10/2023 07:40"],
  S("Tom Brennan", "tom.brennan@brackenford.nhs.uk", "Paramedic Practitioner", "Urgent Community Response", ["Bereavement & loss"], "Can offer peer support after difficult calls (TRiM trained)")),
 ("hd", ["14", "Ms Hélène Dubois", "Speech & Language Therapist", "Children’s SLT", "• Neurodiversity at work\n• Reasonable adjustments", "", "helene.dubois@brackenford.nhs.uk", "Active", "19/10/2023 12:00", "Hélène Dubois", "19/10/2023 12:00"],
  S("Hélène Dubois", "helene.dubois@brackenford.nhs.uk", "Speech & Language Therapist", "Children’s SLT", ["Neurodiversity at work", "Reasonable adjustments"], None)),
 ("sr", ["15", "Sian Roberts", "Wellbeing Lead", "Occupational Health & Wellbeing", "Financial wellbeing, Menopause, Schwartz Rounds", "Happy to help any team set up a wellbeing huddle", "sian.roberts@brackenford.nhs.uk", "Active", "01/11/2023 09:00", "Sian Roberts", "01/11/2023 09:00"],
  S("Sian Roberts", "sian.roberts@brackenford.nhs.uk", "Wellbeing Lead", "Occupational Health & Wellbeing", ["Financial wellbeing", "Menopause", "Schwartz Rounds"], "Happy to help any team set up a wellbeing huddle")),
 ("km", ["16", "Kofi Mensah", "Porter", "Facilities", "Men’s health and Mental Health First Aid", "", "kofi.mensah@brackenford.nhs.uk", "Active", "07/11/2023 06:55", "Kofi Mensah", "07/11/2023 06:55"],
  S("Kofi Mensah", "kofi.mensah@brackenford.nhs.uk", "Porter", "Facilities", ["Men’s health", "Mental Health First Aid"], None)),
 (None, ["", "NB list now kept on SharePoint – please don’t edit this copy. Queries to ohwellbeing@brackenford.nhs.uk", "", "", "", "", "", "", "", "", ""],
  BAD("notes row")),
 ("jw", ["18", "Jo Whitfield", "Band 6 Occupational Therapist (left Jan 24)", "Community Rehab", "Carers support", "", "jo.whitfield@brackenford.nhs.uk", "Active", "14/11/2023 10:10", "Jo Whitfield", "14/11/2023 10:10"],
  S("Jo Whitfield", "jo.whitfield@brackenford.nhs.uk", "Band 6 Occupational Therapist", "Community Rehab", ["Carers support"], None, left=True, left_on="2024-01-01")),
 ("ar", ["19", "Abdul Rahman", "HCA", "Inpatient Unit – Larchwood", "Faith & spiritual wellbeing; Speaks Bengali and Urdu", "willing to support colleagues who are fasting during Ramadan", "abdul.rahman2@brackenford.nhs.uk", "Active", "21/11/2023 14:30", "Abdul Rahman", "21/11/2023 14:30"],
  S("Abdul Rahman", "abdul.rahman2@brackenford.nhs.uk", "HCA", "Inpatient Unit – Larchwood", ["Faith & spiritual wellbeing"], "willing to support colleagues who are fasting during Ramadan")),
 (None, ["20", "Dr Olu Adeyemi", "Consultant Occupational Physician", "Occupational Health", "Shift work & sleep", "", OA, "Active", "08/01/2024 11:11", "Sian Roberts", "08/01/2024 11:11"],
  BAD("duplicate of row {oa} (same person, another champion area – merged into that row)")),
 ("ch", ["21", "Claire Hooper", "Team Leader", "Safeguarding Team", "Menopause", "", "", "Active", "15/01/2024 16:20", "Claire Hooper", "15/01/2024 16:20"],
  S("Claire Hooper", None, "Team Leader", "Safeguarding Team", ["Menopause"], None)),
 ("nk", ["22", "Nadia Kowalczyk", "Pharmacist (Band 8a)", "Medicines Management", "Financial wellbeing", "Happy to run budgeting & cost-of-living sessions", "nadia.kowalczyk@brackenford.nhs.uk", "On secondment to ICB", "29/01/2024 12:45", "Nadia Kowalczyk", "05/08/2024 09:30"],
  S("Nadia Kowalczyk", "nadia.kowalczyk@brackenford.nhs.uk", "Pharmacist (Band 8a)", "Medicines Management", ["Financial wellbeing"], "Happy to run budgeting & cost-of-living sessions")),
]

def make_f3():
    write_csv(F3, [F3_HEAD] + [c for _, c, _ in F3_ROWS], "utf-8-sig")
    build_key(F3, "staff", 1, F3_ROWS)


# =====================================================================
# FILE 4  Kingsmere University Hospitals NHS Trust (RKQ) - Nutrition & Dietetics
#         Joint clinical-academic staff list, Excel "Unicode Text" (UTF-16 LE, BOM, TAB)
#         title row + merged group row (Person / Contact / Research) above the field names
# =====================================================================
F4 = "kuh-dietetics-clinical-academic-staff.txt"
F4_TOP = [
 ["Nutrition & Dietetics – Clinical Academic and Research-Active Staff (updated Jan 2025 – owner Dr G. Mwangi)"] + [""] * 12,
 ["Person", "", "", "", "", "Contact", "", "", "Research", "", "", "", "Notes"],
]
F4_HEAD = ["Title", "Surname", "Forename", "Post / grade", "Clinical team", "Trust e-mail", "Uni e-mail", "Ext.",
           "Academic role", "Research & specialist interests", "Can help with…", "Higher degree", ""]
F4_ROWS = [
 ("fa", ["Dr", "Achterberg", "Femke", "Consultant Dietitian (Band 8c)", "Gastroenterology & IBD", "femke.achterberg@kuh.nhs.uk", "f.achterberg@kingsmere.ac.uk", "4417", "Honorary Associate Professor", "IBD nutrition; exclusive enteral nutrition; low FODMAP diet", "Happy to supervise MSc/MRes projects and review grant applications", "PhD", ""],
  S("Femke Achterberg", "femke.achterberg@kuh.nhs.uk", "Consultant Dietitian (Band 8c)", "Gastroenterology & IBD", ["IBD nutrition", "exclusive enteral nutrition", "low FODMAP diet"], "Happy to supervise MSc/MRes projects and review grant applications")),
 ("to", ["Mr", "Oyelaran", "Tunde", "Specialist Dietitian (Band 6)", "Renal", "tunde.oyelaran@kuh.nhs.uk", "", "4420", "NIHR pre-doctoral fellow 2024–25", "Renal nutrition, potassium education, plant-based diets in CKD", "", "MRes", "Left Trust 30/11/2024 – now at Leeds"],
  S("Tunde Oyelaran", "tunde.oyelaran@kuh.nhs.uk", "Specialist Dietitian (Band 6)", "Renal", ["Renal nutrition", "potassium education", "plant-based diets in CKD"], None, left=True, left_on="2024-11-30")),
 ("im", ["Mrs", "MacLeod", "Isla", "Advanced Practice Dietitian (Band 7)", "Critical Care", "isla.macleod@kuh.nhs.uk", "i.macleod@kingsmere.ac.uk", "4433", "Clinical Academic Lecturer (0.4 WTE)", "ICU nutrition\nIndirect calorimetry\nRefeeding syndrome", "Can offer indirect calorimetry training on the unit", "MSc", ""],
  S("Isla MacLeod", "isla.macleod@kuh.nhs.uk", "Advanced Practice Dietitian (Band 7)", "Critical Care", ["ICU nutrition", "Indirect calorimetry", "Refeeding syndrome"], "Can offer indirect calorimetry training on the unit")),
 ("ib", ["Ms", "Barros", "Inês", "Dietitian (Band 5)", "Paediatrics", "ines.barros@kuh.nhs.uk", "", "4409", "", "Paediatric food allergy\nFaltering growth\nSpeaks Portuguese & Spanish", "", "", ""],
  S("Inês Barros", "ines.barros@kuh.nhs.uk", "Dietitian (Band 5)", "Paediatrics", ["Paediatric food allergy", "Faltering growth"], None)),
 ("ah", ["Prof", "Hargreaves", "Alan", "Professor of Clinical Nutrition (joint appointment)", "Nutrition & Dietetics (University)", "", "a.hargreaves@kingsmere.ac.uk", "", "Head of Nutrition Research Group", "• Malnutrition screening (MUST)\n• Oral nutritional supplements\n• Care home nutrition", "Willing to act as external PhD examiner; happy to co-author", "PhD", "Trust honorary contract"],
  S("Alan Hargreaves", "a.hargreaves@kingsmere.ac.uk", "Professor of Clinical Nutrition (joint appointment)", "Nutrition & Dietetics (University)", ["Malnutrition screening (MUST)", "Oral nutritional supplements", "Care home nutrition"], "Willing to act as external PhD examiner; happy to co-author")),
 ("hk", ["Ms", "Kaur", "Harpreet", "Specialist Dietitian – Diabetes (Band 7) (LEFT 03/2024)", "Diabetes", "harpreet.kaur@kuh.nhs.uk", "", "4425", "", "Carbohydrate counting; DAFNE educator; Diabetes technology (pumps & CGM)", "", "PG Cert", ""],
  S("Harpreet Kaur", "harpreet.kaur@kuh.nhs.uk", "Specialist Dietitian – Diabetes (Band 7)", "Diabetes", ["Carbohydrate counting", "DAFNE educator", "Diabetes technology (pumps & CGM)"], None, left=True, left_on="2024-03-01")),
 (None, [""] * 13, BAD("blank row")),
 (None, ["", "VACANT", "", "Clinical Academic Dietitian (Band 7, 0.5 research) – recruiting", "Oncology & Haematology", "", "", "", "", "", "", "", "Advert closes 31/01/2025"],
  BAD("vacant post")),
 ("ms", ["Dr", "Sørensen", "Mette", "Macmillan Oncology Dietitian (Band 7)", "Oncology & Haematology", "mette.sorensen@kuh.nhs.uk", "m.sorensen@kingsmere.ac.uk", "4450", "Visiting Research Fellow", "Cancer cachexia, Head & neck cancer, Prehabilitation", "Happy to teach on the MSc oncology module", "PhD", "Maternity leave from Feb 2025"],
  S("Mette Sørensen", "mette.sorensen@kuh.nhs.uk", "Macmillan Oncology Dietitian (Band 7)", "Oncology & Haematology", ["Cancer cachexia", "Head & neck cancer", "Prehabilitation"], "Happy to teach on the MSc oncology module")),
 ("jw", ["Mr", "Whitaker", "James", "Dietetic Assistant Practitioner (Band 4)", "Community Nutrition Support", "james.whitaker@kuh.nhs.uk", "", "4402", "", "Home enteral feeding", "happy to help with data collection for audits", "", ""],
  S("James Whitaker", "james.whitaker@kuh.nhs.uk", "Dietetic Assistant Practitioner (Band 4)", "Community Nutrition Support", ["Home enteral feeding"], "happy to help with data collection for audits")),
 (None, ["", "zzTest", "Test", "test", "test", "test@kuh.nhs.uk", "", "", "", "test", "", "", "delete"],
  BAD("test row")),
 ("gm", ["Dr", "Mwangi", "Grace", "Dietetic Service Manager (Band 8b)", "Nutrition & Dietetics", "grace.mwangi@kuh.nhs.uk", "", "4400", "Honorary Lecturer", "Service evaluation; Workforce development", "Can offer mentoring for Band 6/7s thinking about a clinical doctorate", "DClinPrac", ""],
  S("Grace Mwangi", "grace.mwangi@kuh.nhs.uk", "Dietetic Service Manager (Band 8b)", "Nutrition & Dietetics", ["Service evaluation", "Workforce development"], "Can offer mentoring for Band 6/7s thinking about a clinical doctorate")),
 (None, ["", "Staff below are on the University’s honorary contract list – check with HR before adding anyone new", "", "", "", "", "", "", "", "", "", "", ""],
  BAD("notes row")),
 ("no", ["Ms", "O’Brien", "Niamh", "Specialist Dietitian (Band 6)", "Eating Disorders", "niamh.obrien@kuh.nhs.uk", "n.obrien@kingsmere.ac.uk", "", "PhD student (part-time)", "Eating disorders, ARFID and sports nutrition", "", "", ""],
  S("Niamh O’Brien", "niamh.obrien@kuh.nhs.uk", "Specialist Dietitian (Band 6)", "Eating Disorders", ["Eating disorders", "ARFID", "sports nutrition"], None)),
 ("cf", ["Mr", "Fraser", "Callum", "Specialist Dietitian (Band 7) – left Sept 2023", "Stroke", "callum.fraser@kuh.nhs.uk", "", "4438", "", "Dysphagia (IDDSI); Stroke nutrition", "", "MSc", ""],
  S("Callum Fraser", "callum.fraser@kuh.nhs.uk", "Specialist Dietitian (Band 7)", "Stroke", ["Dysphagia (IDDSI)", "Stroke nutrition"], None, left=True, left_on="2023-09-01")),
 (None, ["Dr", "Achterberg", "Femke", "Consultant Dietitian", "Gastro / IBD", "", "f.achterberg@kingsmere.ac.uk", "4417", "Hon. Assoc. Prof.", "IBD nutrition; exclusive enteral nutrition", "", "PhD", "added again by uni admin"],
  BAD("duplicate of row {fa}")),
 ("cn", ["Mrs", "Nwosu", "Chioma", "Dietitian (Band 6)", "Obesity / Tier 3 Weight Management", "chioma.nwosu@kuh.nhs.uk", "", "4461", "", "Tier 3 weight management; bariatric surgery; GLP-1 medicines", "Happy to present at journal club", "", ""],
  S("Chioma Nwosu", "chioma.nwosu@kuh.nhs.uk", "Dietitian (Band 6)", "Obesity / Tier 3 Weight Management", ["Tier 3 weight management", "bariatric surgery", "GLP-1 medicines"], "Happy to present at journal club")),
 ("wz", ["Ms", "Zhang", "Wen", "Research Dietitian (Band 6, fixed term)", "Clinical Research Facility", "wen.zhang@kuh.nhs.uk", "w.zhang@kingsmere.ac.uk", "4470", "", "Nutrition in clinical trials; Body composition (DXA, BIA)", "Can offer help with REDCap and trial paperwork", "MSc", ""],
  S("Wen Zhang", "wen.zhang@kuh.nhs.uk", "Research Dietitian (Band 6, fixed term)", "Clinical Research Facility", ["Nutrition in clinical trials", "Body composition (DXA, BIA)"], "Can offer help with REDCap and trial paperwork")),
 (None, ["", "Total research-active staff:", "15", "", "", "", "", "", "", "", "", "", ""],
  BAD("total row")),
]

def make_f4():
    write_unicode_txt(F4, F4_TOP + [F4_HEAD] + [c for _, c, _ in F4_ROWS])
    build_key(F4, "staff", 3, F4_ROWS)


# =====================================================================
# FILE 5  Tamar & Severn NHS Foundation Trust (RTV) - Severnside Sexual Health & HIV Service
#         Staff Innovation Fund bids log, Excel "CSV" (cp1252, CRLF); title + note rows above
#         the header; money asked for / awarded / saving in mixed styles; decision column
# =====================================================================
F5 = "severnside-SHHIV-innovation-fund-bids.csv"
F5_TOP = [
 ["Severnside Sexual Health & HIV – Staff Innovation Fund: bids log 2021–2025"] + [""] * 11,
 ["Panel meets quarterly. £ requested = what the applicant asked for, £ awarded = what panel agreed. Savings are the applicant’s estimate."] + [""] * 11,
]
F5_HEAD = ["Bid No.", "Date rec'd", "Project title", "What’s the idea?", "Clinic / team", "Applicant", "Applicant e-mail",
           "£ requested", "£ awarded", "Panel decision", "Progress (update Mar 25)", "Est. yearly saving"]
ZH = "zoe.hartley@tamarsevern.nhs.uk"; MB = "marcus.bell@tamarsevern.nhs.uk"; AN = "amara.nwachukwu@tamarsevern.nhs.uk"
F5_ROWS = [
 ("b1", ["IF21-01", "12/03/2021", "Online STI test kit ordering with postcode triage", "Patients order home STI kits online; their postcode and symptoms decide whether they get a kit posted or a clinic slot.", "Severnside Sexual Health – Online Services", "Zoë Hartley (Band 7 Health Adviser)", ZH, "£14,500", "£14,500", "Approved", "Rolled out to Bristol Rd & Gloucester clinics, now used by 2 neighbouring trusts", "c. £60k"],
  I("Online STI test kit ordering with postcode triage", "Patients order home STI kits online; their postcode and symptoms decide whether they get a kit posted or a clinic slot.", "Severnside Sexual Health – Online Services", "Zoë Hartley", ZH, "spreading", "Rolled out to Bristol Rd & Gloucester clinics, now used by 2 neighbouring trusts", "2021-03-12", "IF21-01", 60000)),
 ("b2", ["IF21-02", "12/03/2021", "Nurse-led PrEP clinic", "Band 6 nurses run PrEP starts and 3-monthly reviews under a PGD so doctors are freed up for complex cases.", "PrEP service", "Adebayo, Tolu", "", "£8k", "£8,000", "Approved", "BAU now", "£18,000"],
  I("Nurse-led PrEP clinic", "Band 6 nurses run PrEP starts and 3-monthly reviews under a PGD so doctors are freed up for complex cases.", "PrEP service", "Tolu Adebayo", None, "embedded", "BAU now", "2021-03-12", "IF21-02", 18000)),
 ("b3", ["IF21-03", "Mar-21", "Text reminders for overdue HIV bloods", "Automatic SMS to patients whose viral load bloods are more than 2 weeks overdue.", "HIV Outpatients", "Dr Simon Prothero", "s.prothero@tamarsevern.nhs.uk", "£1,200", "£0", "Declined", "", ""],
  I("Text reminders for overdue HIV bloods", "Automatic SMS to patients whose viral load bloods are more than 2 weeks overdue.", "HIV Outpatients", "Simon Prothero", "s.prothero@tamarsevern.nhs.uk", "stopped", "Declined", "2021-03-01", "IF21-03", None)),
 (None, ["IF21-04", "", "TEST - ignore (Ellie)", "", "", "", "", "£1", "", "", "", ""],
  BAD("test row")),
 ("b5", ["IF22-01", "2022", "Chemsex support pathway", "Joint pathway with the drug & alcohol service, including a weekly drop-in for people engaging in chemsex.", "Health Advisers / Drug & Alcohol liaison", "Marcus Bell / Zoë Hartley", MB, "£22,000", "£15k", "Approved – partial", "PDSA cycle 3 – drop-in moved to Thursdays", "TBC"],
  I("Chemsex support pathway", "Joint pathway with the drug & alcohol service, including a weekly drop-in for people engaging in chemsex.", "Health Advisers / Drug & Alcohol liaison", "Marcus Bell", MB, "testing", "PDSA cycle 3 – drop-in moved to Thursdays", "2022-01-01", "IF22-01", None)),
 ("b6", ["IF22-02", "Sept 2022", "Contraceptive implant fitting by HCAs", "Train Band 4 HCAs to fit and remove contraceptive implants under supervision to cut the waiting list.", "Contraception & Sexual Health (CaSH)", "Sister Grace Alderton", "", "£6,750", "", "Deferred to next round", "on hold – waiting for training places", "£500 a month"],
  I("Contraceptive implant fitting by HCAs", "Train Band 4 HCAs to fit and remove contraceptive implants under supervision to cut the waiting list.", "Contraception & Sexual Health (CaSH)", "Grace Alderton", None, "paused", "on hold – waiting for training places", "2022-09-01", "IF22-02", 6000)),
 ("b7", ["IF22-03", "14/11/2022", "Young people’s pop-up clinic at college", "Monthly pop-up sexual health clinic at Severnside College with walk-in testing and contraception.", "Young People’s Service", "Kerry Ng (Band 6 nurse) kerry.ng@tamarsevern.nhs.uk", "", "£3,000", "£3,000", "Approved", "Evaluated: 212 attendances, 31% first-ever test – report on intranet", "n/a"],
  I("Young people’s pop-up clinic at college", "Monthly pop-up sexual health clinic at Severnside College with walk-in testing and contraception.", "Young People’s Service", "Kerry Ng", "kerry.ng@tamarsevern.nhs.uk", "evaluated", "Evaluated: 212 attendances, 31% first-ever test – report on intranet", "2022-11-14", "IF22-03", None)),
 (None, [""] * 12, BAD("blank row")),
 ("b9", ["IF23-01", "03/02/2023", "Self-swab ‘grab bags’ in reception", "Asymptomatic patients pick up a self-swab bag at reception and leave without seeing a clinician.", "Severnside Sexual Health – Central clinic", "Ms Rosa Delgado", "rosa.delgado@tamarsevern.nhs.uk", "£2,400", "£2,400", "Approved", "live in Central clinic since May", "£9,600"],
  I("Self-swab ‘grab bags’ in reception", "Asymptomatic patients pick up a self-swab bag at reception and leave without seeing a clinician.", "Severnside Sexual Health – Central clinic", "Rosa Delgado", "rosa.delgado@tamarsevern.nhs.uk", "implemented", "live in Central clinic since May", "2023-02-03", "IF23-01", 9600)),
 ("b10", ["IF23-02", "03/02/2023", "Doxy-PEP feasibility study", "Offer doxycycline post-exposure prophylaxis to a small cohort of high-risk patients and measure STI rates.", "HIV & GUM medical team", "Prothero, Simon (Consultant GUM)", "", "£40,000", "n/a", "Not funded – refer to R&D", "scrapped, waiting for national guidance", ""],
  I("Doxy-PEP feasibility study", "Offer doxycycline post-exposure prophylaxis to a small cohort of high-risk patients and measure STI rates.", "HIV & GUM medical team", "Simon Prothero", None, "stopped", "scrapped, waiting for national guidance", "2023-02-03", "IF23-02", None)),
 ("b11", ["IF23-03", "Jun-23", "Partner notification by secure text", "Health advisers send anonymous partner notification messages through a secure texting platform instead of by letter.", "Health Advisers", "Marcus Bell", MB, "£5k", "£4,250", "Approved", "Platform ordered, IG sign-off awaited", "12k"],
  I("Partner notification by secure text", "Health advisers send anonymous partner notification messages through a secure texting platform instead of by letter.", "Health Advisers", "Marcus Bell", MB, "planning", "Platform ordered, IG sign-off awaited", "2023-06-01", "IF23-03", 12000)),
 (None, ["IF23-03", "Jun-23", "Partner notification by secure text", "Health advisers send anonymous partner notification messages through a secure texting platform instead of by letter.", "Health Advisers", "Marcus Bell", MB, "£5k", "£4,250", "Approved", "Platform ordered, IG sign-off awaited", "12k"],
  BAD("duplicate of row {b11}")),
 (None, ["Round 5 onwards – applications now come in on the MS Form, rows below copied in by EW", "", "", "", "", "", "", "", "", "", "", ""],
  BAD("notes row")),
 ("b14", ["IF24-01", "15/01/2024", "HIV peer navigator for newly diagnosed patients", "A peer navigator living with HIV supports people in their first 6 months after diagnosis, including first appointments.", "HIV Outpatients", "Dr Amara Nwachukwu", AN, "£18,000", "£18,000", "Approved", "Navigator in post since April; 23 patients supported", ""],
  I("HIV peer navigator for newly diagnosed patients", "A peer navigator living with HIV supports people in their first 6 months after diagnosis, including first appointments.", "HIV Outpatients", "Amara Nwachukwu", AN, "implemented", "Navigator in post since April; 23 patients supported", "2024-01-15", "IF24-01", None)),
 ("b15", ["IF24-02", "15/01/2024", "Condom & pregnancy test vending machine", "Vending machine at the bus station giving free condoms to C-Card holders and low-cost pregnancy tests.", "C-Card scheme", "Ellie Wainwright", "e.wainwright@tamarsevern.nhs.uk", "£7,999", "", "Awaiting panel", "bid submitted", ""],
  I("Condom & pregnancy test vending machine", "Vending machine at the bus station giving free condoms to C-Card holders and low-cost pregnancy tests.", "C-Card scheme", "Ellie Wainwright", "e.wainwright@tamarsevern.nhs.uk", "planning", "bid submitted", "2024-01-15", "IF24-02", None)),
 ("b16", ["IF24-03", "", "Booking chat-bot on the website", "Chat-bot on the service website that answers common questions and books appointments out of hours.", "Online Services", "Hartley, Zoë", "", "TBC", "", "Expression of interest only", "idea – needs costing", ""],
  I("Booking chat-bot on the website", "Chat-bot on the service website that answers common questions and books appointments out of hours.", "Online Services", "Zoë Hartley", None, "idea", "idea – needs costing", None, "IF24-03", None)),
 ("b17", ["IF24-04", "Oct-24", "Menopause reviews in HIV clinic", "Dedicated menopause review inside the HIV clinic for women aged 45+, rather than a separate referral.", "HIV Outpatients", "Dr Amara Nwachukwu & Sr Jo Pike", AN, "£4,000", "£4,000", "Approved", "Testing on the Tuesday clinic", "£0"],
  I("Menopause reviews in HIV clinic", "Dedicated menopause review inside the HIV clinic for women aged 45+, rather than a separate referral.", "HIV Outpatients", "Amara Nwachukwu", AN, "testing", "Testing on the Tuesday clinic", "2024-10-01", "IF24-04", 0)),
 ("b18", ["IF24-05", "Oct-24", "Video interpreter link on clinic iPads", "On-demand video interpreting on clinic iPads instead of booking telephone interpreters in advance.", "Severnside Sexual Health – all clinics", "Tolu Adebayo", "tolu.adebayo@tamarsevern.nhs.uk", "£1,500", "£1,500", "Approved", "Live at all 3 clinics", "£1,000 a month"],
  I("Video interpreter link on clinic iPads", "On-demand video interpreting on clinic iPads instead of booking telephone interpreters in advance.", "Severnside Sexual Health – all clinics", "Tolu Adebayo", "tolu.adebayo@tamarsevern.nhs.uk", "implemented", "Live at all 3 clinics", "2024-10-01", "IF24-05", 12000)),
 ("b19", ["IF24-06", "Nov-24", "Syphilis point-of-care testing in outreach", "Finger-prick syphilis tests for outreach sessions with sex workers and people experiencing homelessness.", "Outreach team", "Jess Kowal", "", "£2,300", "", "Withdrawn by applicant", "", ""],
  I("Syphilis point-of-care testing in outreach", "Finger-prick syphilis tests for outreach sessions with sex workers and people experiencing homelessness.", "Outreach team", "Jess Kowal", None, "stopped", "Withdrawn by applicant", "2024-11-01", "IF24-06", None)),
 (None, ["", "", "TOTALS", "", "", "", "", "£137,649", "£71,150", "", "", ""],
  BAD("total row")),
 (None, ["", "", "Fund remaining 2024/25: £12,350", "", "", "", "", "", "", "", "", ""],
  BAD("notes row")),
]

def make_f5():
    write_csv(F5, F5_TOP + [F5_HEAD] + [c for _, c, _ in F5_ROWS], "cp1252")
    build_key(F5, "innovations", 3, F5_ROWS)

#@@MORE@@

if __name__ == "__main__":
    for name, fn in sorted(globals().items()):
        if name.startswith("make_f") and callable(fn):
            fn()
    print("done")
