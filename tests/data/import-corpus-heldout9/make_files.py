#!/usr/bin/env python3
"""Regenerate every file in this corpus plus its answer key (<file>.expected.json).
All rows are held literally below. Run: python3 make_files.py"""
import csv, io, json, os
from datetime import datetime
import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
TITLES = ("Dr", "Mr", "Mrs", "Ms", "Miss", "Sister", "Prof", "Rev")

# ---------------------------------------------------------------- key helpers
def inn(title, summary, department, lead_name, lead_email, stage, status_text,
        started, ref, savings):
    e = {"title": title, "summary": summary, "department": department,
         "lead": None if lead_name is None else {"name": lead_name, "email": lead_email},
         "stage": stage, "status_text": status_text, "ref": ref, "savings_gbp": savings}
    if started is not None:
        e["started"] = started
    return {"good": True, "expected": e}

def staff(name, email, job_title, department, expertise, willing=None,
          left=False, left_on=None, given=None, family=None):
    if given is None:
        given, family = name.split(" ", 1)
    e = {"name": name, "given_name": given, "family_name": family, "email": email,
         "job_title": job_title, "department": department, "expertise": expertise,
         "willing_to_text": willing}
    if left:
        e["employment_status"] = "left"
        if left_on:
            e["left_on"] = left_on
    return {"good": True, "expected": e}

def bad(reason):
    return {"good": False, "reason": reason}

class R:
    """One data row: cells + key (+ optional label so other rows can refer to it)."""
    def __init__(self, cells, key, label=None):
        self.cells, self.key, self.label = cells, key, label

def build_key(fname, kind, header_row, first_data_row, rows, sheet=None):
    labels = {}
    for i, r in enumerate(rows):
        if r.label:
            labels[r.label] = first_data_row + i
    out = {}
    for i, r in enumerate(rows):
        k = dict(r.key)
        if not k["good"]:
            k["reason"] = k["reason"].format(**labels)
        out[str(first_data_row + i)] = k
    key = {"file": fname, "kind": kind, "header_row": header_row}
    if sheet:
        key["sheet"] = sheet
    key["rows"] = out
    with open(os.path.join(HERE, fname + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, indent=1, ensure_ascii=False)

def csv_text(header, rows, delimiter=",", lineterminator="\r\n"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=lineterminator)
    w.writerow(header)
    for r in rows:
        w.writerow(r.cells)
    return buf.getvalue()

BLANK_CSV = []

# ====================================================================== FILE 1
# Northmoor Hospitals NHS Foundation Trust (RNM) - ED & Acute Medical Unit
# QI "project on a page" tracker, xlsx, title rows, merged group header row.
def file1():
    fname = "northmoor_ED_AMU_QI_tracker.xlsx"
    D = "northmoor.nhs.uk"
    sub = ["QI ref", "Project title", "Aim / what we're doing", "Ward / area",
           "Name", "Email", "Measures", "Change ideas", "Start",
           "Where we’re at", "Est. saving (£/yr)"]
    rows = [
        R(["ED-QI-01", "Sepsis Six in the first hour",
           "Get IV antibiotics to 90% of red-flag sepsis patients within 60 minutes of arrival.",
           "ED Majors", "Dr Priya Raman", f"priya.raman@{D}",
           "% antibiotics < 60 min; time to first lactate",
           "Sepsis trolley in majors; triage screening prompt on Symphony; weekly feedback to nurses",
           datetime(2022, 3, 1), "BAU now - in induction pack", "n/a"],
          inn("Sepsis Six in the first hour",
              "Get IV antibiotics to 90% of red-flag sepsis patients within 60 minutes of arrival.",
              "ED Majors", "Priya Raman", f"priya.raman@{D}", "embedded",
              "BAU now - in induction pack", "2022-03-01", "ED-QI-01", None)),
        R(["ED-QI-02", "Frailty front door screening",
           "Clinical Frailty Scale recorded at triage for all over-65s so frail patients go straight to the frailty team.",
           "AMU", "Sister Jo Kettering (Band 7)", None,
           "% over-65s with CFS recorded; LOS for CFS 6+",
           "CFS on triage card\nFrailty nurse in reception 10-6", "Mar-23", "PDSA cycle 3", "TBC"],
          inn("Frailty front door screening",
              "Clinical Frailty Scale recorded at triage for all over-65s so frail patients go straight to the frailty team.",
              "AMU", "Jo Kettering", None, "testing", "PDSA cycle 3", "2023-03-01",
              "ED-QI-02", None)),
        R(["ED-QI-03", "Ambulance handover cohort area",
           "Cohort up to 6 ambulance patients in the old plaster room with one nurse + HCA so crews can leave.",
           "ED", "Marcus Bell / Hannah Yip", f"marcus.bell@{D}",
           "Handover times > 30 / > 60 min", "Cohort nurse rota; handover SOP with EMAS",
           "03/02/2023", "live since Jan, handovers mostly <30 min", "£48,000"],
          inn("Ambulance handover cohort area",
              "Cohort up to 6 ambulance patients in the old plaster room with one nurse + HCA so crews can leave.",
              "ED", "Marcus Bell", f"marcus.bell@{D}", "implemented",
              "live since Jan, handovers mostly <30 min", "2023-02-03", "ED-QI-03", 48000)),
        R([None] * 11, bad("blank row")),
        R(["ED-QI-04", "Discharge lounge early transfer",
           "Patients medically fit for discharge moved to the discharge lounge by 10am to free AMU beds.",
           "AMU", "Okafor, Chidi", "c.okafor@" + D,
           "% transfers before 10am; AMU bed occupancy at noon",
           "Board round at 8.30; TTOs written the night before",
           datetime(2023, 6, 12), "rolled out to Ward 12 and 14 too", "12k"],
          inn("Discharge lounge early transfer",
              "Patients medically fit for discharge moved to the discharge lounge by 10am to free AMU beds.",
              "AMU", "Chidi Okafor", "c.okafor@" + D, "spreading",
              "rolled out to Ward 12 and 14 too", "2023-06-12", "ED-QI-04", 12000),
          label="disch"),
        R(["TEST", "TEST - ignore", "testing the drop-down", None, "test", None,
           None, None, None, "idea", None], bad("test row")),
        R(["ED-QI-05", "Paediatric pain score at triage",
           "Wong-Baker faces pain score and analgesia given at triage for children with limb injuries.",
           "Paeds ED", "Dr Aoife Ní Bhriain", f"aoife.nibhriain@{D}",
           "% children with pain score; time to analgesia",
           "Faces chart on triage desk; PGD for triage nurses to give ibuprofen",
           "Spring 2022", "evaluated – poster at RCEM 2023", "nil"],
          inn("Paediatric pain score at triage",
              "Wong-Baker faces pain score and analgesia given at triage for children with limb injuries.",
              "Paeds ED", "Aoife Ní Bhriain", f"aoife.nibhriain@{D}", "evaluated",
              "evaluated – poster at RCEM 2023", "2022-03-01", "ED-QI-05", 0)),
        R(["ED-QI-06", "AMU SAFER board round huddle",
           "Consultant-led 15 minute board round using SAFER, with EDD set for every patient.",
           "AMU", "Mr Tom Ashdown (ANP)", None, "% patients with EDD",
           "Huddle board; standard script", 2023, "on hold - staff shortages", None],
          inn("AMU SAFER board round huddle",
              "Consultant-led 15 minute board round using SAFER, with EDD set for every patient.",
              "AMU", "Tom Ashdown", None, "paused", "on hold - staff shortages",
              "2023-01-01", "ED-QI-06", None)),
        R(["ED-QI-07", "Mental health liaison fast-track",
           "Direct referral to liaison psychiatry from triage for known MH patients.",
           "ED", "Dr Femi Adebayo", f"femi.adebayo@{D}", "Time to MH assessment",
           "Triage flag", datetime(2022, 11, 1),
           "scrapped - commissioner pulled funding", "£0"],
          inn("Mental health liaison fast-track",
              "Direct referral to liaison psychiatry from triage for known MH patients.",
              "ED", "Femi Adebayo", f"femi.adebayo@{D}", "stopped",
              "scrapped - commissioner pulled funding", "2022-11-01", "ED-QI-07", 0)),
        R(["ED-QI-08", "Falls bundle in CDU", None, "ED CDU", None, None, None,
           "Lying/standing BP, bed rails check", None, "idea - raised at governance", None],
          inn("Falls bundle in CDU", None, "ED CDU", None, None, "idea",
              "idea - raised at governance", None, "ED-QI-08", None)),
        R(["ED-QI-09", "SDEC direct referral from GPs",
           "GPs can book suitable patients straight into Same Day Emergency Care instead of sending them via ED.",
           "SDEC", "Ruth Adeyemi ruth.adeyemi@" + D, None,
           "% GP referrals going to SDEC", "Referral line; booking slots",
           datetime(2024, 1, 8), "bid submitted to hospital charity", "c. £4k"],
          inn("SDEC direct referral from GPs",
              "GPs can book suitable patients straight into Same Day Emergency Care instead of sending them via ED.",
              "SDEC", "Ruth Adeyemi", "ruth.adeyemi@" + D, "planning",
              "bid submitted to hospital charity", "2024-01-08", "ED-QI-09", 4000)),
        R(["ED-QI-04a", "Discharge lounge early transfer",
           "Patients medically fit for discharge moved to discharge lounge by 10am.",
           "AMU", "Chidi Okafor", "c.okafor@" + D, None, None,
           datetime(2023, 6, 12), "see ED-QI-04", None],
          bad("duplicate of row {disch}")),
        R(["Rows below added by AMU team (KH) Sept 2024", None, None, None, None,
           None, None, None, None, None, None], bad("notes row")),
        R(["AMU-01", "Ambulatory DVT pathway",
           "Suspected DVT patients scanned and treated as outpatients rather than admitted.",
           "AMU", "Kirsty Hale", f"kirsty.hale@{D}", "Admissions avoided per month",
           "DOAC starter pack; next-day scan slots", datetime(2024, 9, 2),
           "live on AMU", "£500 a month"],
          inn("Ambulatory DVT pathway",
              "Suspected DVT patients scanned and treated as outpatients rather than admitted.",
              "AMU", "Kirsty Hale", f"kirsty.hale@{D}", "implemented", "live on AMU",
              "2024-09-02", "AMU-01", 6000)),
        R(["AMU-02", "Nurse-led IV to oral antibiotic switch at 48h",
           "Nurses prompt IVOST review at 48 hours using a checklist on the drug chart.",
           "Ward 7 (AMU)", "Deepa Choudhury (Band 6 pharmacist)", None,
           "Days of IV therapy", "Sticker on drug chart", "Oct-24",
           "trial on ward 7", "TBC"],
          inn("Nurse-led IV to oral antibiotic switch at 48h",
              "Nurses prompt IVOST review at 48 hours using a checklist on the drug chart.",
              "Ward 7 (AMU)", "Deepa Choudhury", None, "testing", "trial on ward 7",
              "2024-10-01", "AMU-02", None)),
        R(["AMU-03", "Electronic NEWS2 escalation alerts",
           "Automatic bleep to outreach when NEWS2 is 7 or more.",
           "AMU", "Dr Sam Whitlock", f"sam.whitlock@{D}", "Time to review for NEWS2 ≥7",
           "eObs alert; outreach bleep", datetime(2022, 5, 16),
           "rolled out trustwide", "n/a"],
          inn("Electronic NEWS2 escalation alerts",
              "Automatic bleep to outreach when NEWS2 is 7 or more.",
              "AMU", "Sam Whitlock", f"sam.whitlock@{D}", "spreading",
              "rolled out trustwide", "2022-05-16", "AMU-03", None)),
        R(["AMU-04", "Hot clinic for chest pain",
           "Next-day rapid access clinic for low-risk chest pain after a single troponin.",
           "AMU", "Kirsty Hale", f"kirsty.hale@{D}", None, None, None,
           "agreed at CSU board – recruiting nurse", "TBC"],
          inn("Hot clinic for chest pain",
              "Next-day rapid access clinic for low-risk chest pain after a single troponin.",
              "AMU", "Kirsty Hale", f"kirsty.hale@{D}", "planning",
              "agreed at CSU board – recruiting nurse", None, "AMU-04", None)),
        R(["AMU-05", "Reducing corridor care",
           "Full-capacity protocol so no patient waits on a trolley in the AMU corridor more than 1 hour.",
           "AMU", "Mrs Linda Okoro", None, "Corridor hours per week",
           "Full capacity protocol; bed bureau huddle", datetime(2023, 12, 1),
           "evaluation complete - report to board Oct 24", None],
          inn("Reducing corridor care",
              "Full-capacity protocol so no patient waits on a trolley in the AMU corridor more than 1 hour.",
              "AMU", "Linda Okoro", None, "evaluated",
              "evaluation complete - report to board Oct 24", "2023-12-01", "AMU-05", None)),
        R(["AMU-06", "Hydration stations for frail patients", None, "AMU",
           "Kirsty Hale / volunteer team", None, "AKI incidence",
           "Jugs & coloured cups", datetime(2024, 11, 4), "PDSA 1 started", None],
          inn("Hydration stations for frail patients", None, "AMU", "Kirsty Hale",
              None, "testing", "PDSA 1 started", "2024-11-04", "AMU-06", None)),
        R(["AMU-07", "Take-home medication packs",
           "Pre-packed TTO packs for the 10 commonest discharge meds, so pharmacy isn't the wait.",
           "AMU", "Deepa Choudhury", f"deepa.choudhury@{D}", "Discharge before noon %",
           "Pre-packs kept in AMU pharmacy cupboard", "2022", "BAU", "£9,500"],
          inn("Take-home medication packs",
              "Pre-packed TTO packs for the 10 commonest discharge meds, so pharmacy isn't the wait.",
              "AMU", "Deepa Choudhury", f"deepa.choudhury@{D}", "embedded", "BAU",
              "2022-01-01", "AMU-07", 9500)),
        R([None] * 11, bad("blank row")),
        R(["Total projects", "=COUNTA(A5:A24)", None, None, None, None, None,
           None, None, None, None], bad("total row")),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "QI Tracker"
    ws["A1"] = "Emergency Department & AMU – Quality Improvement Projects 2022–24"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Maintained by ED Practice Development team – last updated 14/11/2024. Please don't sort!"
    groups = [("Project", 1, 3), ("Area", 4, 4), ("Lead", 5, 6),
              ("Project on a page", 7, 8), ("Progress", 9, 10), ("£", 11, 11)]
    for text, c1, c2 in groups:
        ws.cell(row=3, column=c1, value=text).font = Font(bold=True)
        ws.cell(row=3, column=c1).alignment = Alignment(horizontal="center")
        if c2 > c1:
            ws.merge_cells(start_row=3, start_column=c1, end_row=3, end_column=c2)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for c, h in enumerate(sub, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill
    for i, r in enumerate(rows):
        for c, v in enumerate(r.cells, 1):
            if v is None:
                continue
            cell = ws.cell(row=5 + i, column=c, value=v)
            if isinstance(v, datetime):
                cell.number_format = "dd/mm/yyyy"
            if isinstance(v, str) and "\n" in v:
                cell.alignment = Alignment(wrap_text=True)
    ws.freeze_panes = "C5"
    for col, w in zip("ABCDEFGHIJK", [10, 34, 50, 12, 28, 30, 30, 40, 12, 36, 14]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fname))
    build_key(fname, "innovations", 4, 5, rows)

# ====================================================================== FILE 2
# Calderbrook Teaching Hospitals NHS Trust - Radiology department
# "long" skills list: one row per person per skill. Excel "CSV UTF-8" (BOM, CRLF).
def file2():
    fname = "calderbrook_radiology_skills_list.csv"
    D = "calderbrook.nhs.uk"
    header = ["Staff member", "Role / band", "Section", "Skill / special interest",
              "Email", "Happy to help?", "Notes"]
    dup = "duplicate of row {%s} (same person – extra area belongs to that person)"
    AK = "Consultant Radiologist"
    rows = [
        R(["Dr Anna Kowalska", AK, "MSK", "MSK ultrasound", f"anna.kowalska@{D}",
           "Happy to teach MSK ultrasound to registrars and sonographers", ""],
          staff("Anna Kowalska", f"anna.kowalska@{D}", AK, "MSK",
                ["MSK ultrasound", "Sports injuries", "Ultrasound-guided injections"],
                "Happy to teach MSK ultrasound to registrars and sonographers"), label="ak"),
        R(["Dr Anna Kowalska", AK, "MSK", "Sports injuries", f"anna.kowalska@{D}", "", ""],
          bad(dup % "ak")),
        R(["Kowalska, Anna", AK, "MSK", "Ultrasound-guided injections", "", "", ""],
          bad(dup % "ak")),
        R(["Bashir, Imran", "Advanced Practitioner Radiographer (Band 7)", "CT",
           "CT colonography", f"imran.bashir@{D}", "Can offer shadowing for Band 5s", ""],
          staff("Imran Bashir", f"imran.bashir@{D}", "Advanced Practitioner Radiographer (Band 7)",
                "CT", ["CT colonography", "Cardiac CT"], "Can offer shadowing for Band 5s"),
          label="ib"),
        R(["Imran Bashir", "Advanced Practitioner Radiographer (Band 7)", "CT",
           "Cardiac CT", f"imran.bashir@{D}", "", ""], bad(dup % "ib")),
        R(["Lucy Marsh", "Sonographer, Band 7", "Ultrasound",
           "Obstetric scanning; early pregnancy", f"lucy.marsh@{D}", "", ""],
          staff("Lucy Marsh", f"lucy.marsh@{D}", "Sonographer, Band 7", "Ultrasound",
                ["Obstetric scanning", "early pregnancy", "Fetal anomaly scanning"]),
          label="lm"),
        R(["Lucy Marsh", "Sonographer, Band 7", "Ultrasound", "Fetal anomaly scanning",
           f"lucy.marsh@{D}", "", ""], bad(dup % "lm")),
        R(["", "", "", "", "", "", ""], bad("blank row")),
        R(["Chinonso Eze", "Band 6 Radiographer (MRI)", "MRI", "MRI safety", f"c.eze@{D}",
           "Willing to be MR safety champion for the night team", ""],
          staff("Chinonso Eze", f"c.eze@{D}", "Band 6 Radiographer (MRI)", "MRI",
                ["MRI safety", "Cardiac MRI"],
                "Willing to be MR safety champion for the night team"), label="ce"),
        R(["Chinonso Eze", "Band 6 Radiographer (MRI)", "MRI", "Speaks Igbo", f"c.eze@{D}", "", ""],
          bad(dup % "ce" + "; language only, not expertise")),
        R(["Chinonso Eze", "Band 6 Radiographer (MRI)", "MRI", "Cardiac MRI", f"c.eze@{D}", "",
           "doing PgCert"], bad(dup % "ce")),
        R(["Dr Siobhán O'Hare", "Consultant Interventional Radiologist", "IR",
           "Uterine fibroid embolisation", f"siobhan.ohare@{D}", "", "LEFT 31/08/2024"],
          staff("Siobhán O'Hare", f"siobhan.ohare@{D}", "Consultant Interventional Radiologist",
                "IR", ["Uterine fibroid embolisation", "Vascular access (PICC / Hickman lines)"],
                left=True, left_on="2024-08-31"), label="so"),
        R(["Dr Siobhán O'Hare", "Consultant Interventional Radiologist", "IR",
           "Vascular access (PICC / Hickman lines)", f"siobhan.ohare@{D}", "", "LEFT 31/08/2024"],
          bad(dup % "so")),
        R(["TEST", "test", "", "test skill", "", "", "delete me"], bad("test row")),
        R(["Tom Fairweather", "PACS Manager", "PACS / IT",
           "PACS administration, image sharing between trusts", f"tom.fairweather@{D}", "", ""],
          staff("Tom Fairweather", f"tom.fairweather@{D}", "PACS Manager", "PACS / IT",
                ["PACS administration", "image sharing between trusts", "Health & safety"]),
          label="tf"),
        R(["Tom Fairweather", "PACS Manager", "PACS / IT", "Health & safety",
           f"tom.fairweather@{D}", "", "H&S rep for Imaging"], bad(dup % "tf")),
        R(["Grace Mensah", "Radiology Department Assistant", "General X-ray",
           "Dementia-friendly imaging", "",
           "Willing to run dementia champion sessions for new starters", ""],
          staff("Grace Mensah", None, "Radiology Department Assistant", "General X-ray",
                ["Dementia-friendly imaging"],
                "Willing to run dementia champion sessions for new starters")),
        R(["VACANT – Band 8a Radiology Services Manager", "", "Management", "", "", "",
           "interviews Jan"], bad("vacant post")),
        R(["Priya Nandakumar", "Reporting Radiographer (Band 8a)", "Plain film",
           "Chest X-ray reporting", f"priya.nandakumar@{D}", "", "Mat leave until Mar 25"],
          staff("Priya Nandakumar", f"priya.nandakumar@{D}", "Reporting Radiographer (Band 8a)",
                "Plain film", ["Chest X-ray reporting", "Appendicular skeleton reporting"]),
          label="pn"),
        R(["Priya Nandakumar", "Reporting Radiographer (Band 8a)", "Plain film",
           "Appendicular skeleton reporting", f"priya.nandakumar@{D}", "", "Mat leave until Mar 25"],
          bad(dup % "pn")),
        R(["Martin Drysdale", "Superintendent Radiographer (LEFT)", "Fluoroscopy",
           "Fluoroscopy dose optimisation", "", "", "retired"],
          staff("Martin Drysdale", None, "Superintendent Radiographer", "Fluoroscopy",
                ["Fluoroscopy dose optimisation", "Radiation protection supervisor"],
                left=True), label="md"),
        R(["Martin Drysdale", "Superintendent Radiographer (LEFT)", "Fluoroscopy",
           "Radiation protection supervisor", "", "", ""], bad(dup % "md")),
        R(["Dr Rhys Pritchard", AK, "Neuro", "Head & neck imaging", f"rhys.pritchard@{D}",
           "Happy to do the Tuesday teaching slot", ""],
          staff("Rhys Pritchard", f"rhys.pritchard@{D}", AK, "Neuro",
                ["Head & neck imaging", "Stroke thrombectomy imaging"],
                "Happy to do the Tuesday teaching slot"), label="rp"),
        R(["Dr Rhys Pritchard", AK, "Neuro", "Stroke thrombectomy imaging",
           f"rhys.pritchard@{D}", "", ""], bad(dup % "rp")),
        R(["Joanna Wiśniewska", "Radiographer Band 5", "General X-ray", "", "",
           "Happy to help with Polish-speaking patients", "new starter Sept"],
          staff("Joanna Wiśniewska", None, "Radiographer Band 5", "General X-ray", [],
                "Happy to help with Polish-speaking patients")),
        R(["Naveed Akhtar", "Clinical Lead Radiographer – Breast", "Breast screening",
           "• Mammography\n• Stereotactic biopsy", f"naveed.akhtar@{D}", "", ""],
          staff("Naveed Akhtar", f"naveed.akhtar@{D}", "Clinical Lead Radiographer – Breast",
                "Breast screening", ["Mammography", "Stereotactic biopsy"])),
    ]
    text = csv_text(header, rows)
    with open(os.path.join(HERE, fname), "wb") as f:
        f.write(b"\xef\xbb\xbf" + text.encode("utf-8"))
    build_key(fname, "staff", 1, 2, rows)

# ====================================================================== FILE 3
# Riverside & Fenland Partnership NHS FT - Recovery College & Peer Support team
# Google Forms responses sheet downloaded from Google Sheets as CSV (UTF-8, no BOM).
def file3():
    fname = "RFPT_recovery_college_peer_skills_form_responses.csv"
    D = "rfpt.nhs.uk"
    header = ["Timestamp", "Email address", "Your name", "Job title / role",
              "Team or service",
              "What topics, skills or lived experience could you share with colleagues?",
              "Is there anything you'd be willing to do? (e.g. co-facilitate a course, mentor a new peer worker)",
              "Anything else?"]
    ZA_exp = "Co-production\nCourse design\nWorking with Experts by Experience"
    ZA_w = "Happy to mentor anyone setting up a new course"
    DO_exp = "Lived experience of psychosis, “Hearing Voices” groups and WRAP"
    rows = [
        R(["07/03/2024 09:14:22", f"test@{D}", "Test Test", "test", "test", "test", "", ""],
          bad("test row")),
        R(["07/03/2024 11:02:51", f"zoe.achterberg@{D}", "Zoë Achterberg",
           "Recovery College Manager", "Recovery College", ZA_exp, ZA_w, ""],
          staff("Zoë Achterberg", f"zoe.achterberg@{D}", "Recovery College Manager",
                "Recovery College",
                ["Co-production", "Course design", "Working with Experts by Experience"], ZA_w),
          label="za"),
        R(["07/03/2024 12:40:03", f"d.okonkwo@{D}", "Daniel Okonkwo",
           "Peer Support Worker (Band 4)", "Peer Support – Community", DO_exp,
           "Willing to co-facilitate the Understanding Psychosis course", ""],
          staff("Daniel Okonkwo", f"d.okonkwo@{D}", "Peer Support Worker (Band 4)",
                "Peer Support – Community",
                ["Lived experience of psychosis", "“Hearing Voices” groups", "WRAP"],
                "Willing to co-facilitate the Understanding Psychosis course"), label="do"),
        R(["08/03/2024 08:55:10", "", "Sarah Lindqvist", "Peer Support Worker",
           "Peer Support – Inpatient (Willow Ward)",
           "Self-harm recovery; supporting families & carers", "", ""],
          staff("Sarah Lindqvist", None, "Peer Support Worker",
                "Peer Support – Inpatient (Willow Ward)",
                ["Self-harm recovery", "supporting families & carers"])),
        R(["08/03/2024 14:21:37", f"zoe.achterberg@{D}", "Zoë Achterberg",
           "Recovery College Manager", "Recovery College", ZA_exp, ZA_w,
           "Sorry think I submitted twice!"], bad("duplicate of row {za}")),
        R(["11/03/2024 10:05:44", f"m.farouk@{D}", "Dr Mona Farouk", "Clinical Psychologist",
           "Recovery College",
           "• Compassion focused therapy\n• Trauma-informed care\n• Tree of Life",
           "I can offer a 1 hour CFT taster for staff teams", ""],
          staff("Mona Farouk", f"m.farouk@{D}", "Clinical Psychologist", "Recovery College",
                ["Compassion focused therapy", "Trauma-informed care", "Tree of Life"],
                "I can offer a 1 hour CFT taster for staff teams")),
        R(["12/03/2024 16:30:00", f"k.brennan@{D}", "Kieran Brennan", "Peer Trainer",
           "Recovery College", "Employment & volunteering, benefits advice", "",
           "Speaks Irish (a bit!)"],
          staff("Kieran Brennan", f"k.brennan@{D}", "Peer Trainer", "Recovery College",
                ["Employment & volunteering", "benefits advice"])),
        R(["", "", "", "", "", "", "", ""], bad("blank row (response cleared)")),
        R(["14/03/2024 09:12:09", f"a.mistry@{D}", "Anjali Mistry",
           "Occupational Therapist (Band 6)", "Recovery College",
           "Sensory approaches and mindfulness", "happy to run mindfulness taster sessions", ""],
          staff("Anjali Mistry", f"a.mistry@{D}", "Occupational Therapist (Band 6)",
                "Recovery College", ["Sensory approaches", "mindfulness"],
                "happy to run mindfulness taster sessions")),
        R(["15/03/2024 13:47:28", f"j.hallworth@{D}", "Jess Hallworth - LEFT Apr 24",
           "Peer Support Lead", "Peer Support Team",
           "Supervision for peer workers; Recovery Star; lived experience of eating disorders",
           "Can offer reflective practice for peer workers across the trust", ""],
          staff("Jess Hallworth", f"j.hallworth@{D}", "Peer Support Lead", "Peer Support Team",
                ["Supervision for peer workers", "Recovery Star",
                 "lived experience of eating disorders"],
                "Can offer reflective practice for peer workers across the trust",
                left=True, left_on="2024-04-01")),
        R(["18/03/2024 11:11:11", f"r.asante@{D}", "Richard Asante", "Volunteer Coordinator",
           "Recovery College", "Recruiting and supporting volunteers", "", ""],
          staff("Richard Asante", f"r.asante@{D}", "Volunteer Coordinator", "Recovery College",
                ["Recruiting and supporting volunteers"])),
        R(["19/03/2024 15:03:52", f"t.nguyen@{D}", "Thu Nguyen",
           "Peer Support Worker (secondment to Crisis Team until Sept)", "Peer Support – Crisis",
           "Crisis recovery plans\nDigital inclusion (helping people get online)", "", ""],
          staff("Thu Nguyen", f"t.nguyen@{D}",
                "Peer Support Worker (secondment to Crisis Team until Sept)",
                "Peer Support – Crisis",
                ["Crisis recovery plans", "Digital inclusion (helping people get online)"])),
        R(["21/03/2024 10:20:15", f"h.pemberton@{D}", "Rev Helen Pemberton", "Chaplain",
           "Spiritual Care", "Spirituality and recovery, bereavement",
           "happy to co-deliver the Hope & Spirituality course", ""],
          staff("Helen Pemberton", f"h.pemberton@{D}", "Chaplain", "Spiritual Care",
                ["Spirituality and recovery", "bereavement"],
                "happy to co-deliver the Hope & Spirituality course")),
        R(["25/03/2024 09:00:41", f"g.costa@{D}", "Gabriel Costa", "Peer Support Worker (Band 3)",
           "Peer Support – Community", "Lived experience of addiction & recovery", "",
           "Fluent Portuguese"],
          staff("Gabriel Costa", f"g.costa@{D}", "Peer Support Worker (Band 3)",
                "Peer Support – Community", ["Lived experience of addiction & recovery"])),
        R(["02/04/2024 14:18:26", f"l.wright@{D}", "Dr Laura Wright", "Consultant Psychiatrist",
           "Early Intervention in Psychosis", "Medication and recovery; shared decision making",
           "Willing to co-present the Medication course with a peer trainer", ""],
          staff("Laura Wright", f"l.wright@{D}", "Consultant Psychiatrist",
                "Early Intervention in Psychosis",
                ["Medication and recovery", "shared decision making"],
                "Willing to co-present the Medication course with a peer trainer")),
        R(["03/04/2024 16:45:00", f"test2@{D}", "test again - please delete", "", "", "x", "", ""],
          bad("test row")),
        R(["09/04/2024 12:12:12", f"s.baptiste@{D}", "Simone Baptiste",
           "Recovery College Administrator", "Recovery College", "", "",
           "Not really, just admin :)"],
          staff("Simone Baptiste", f"s.baptiste@{D}", "Recovery College Administrator",
                "Recovery College", [])),
        R(["15/04/2024 10:33:19", f"d.okonkwo@{D}", "Daniel Okonkwo", "Peer Support Worker",
           "Peer Support – Community", "Psychosis (lived experience), Hearing Voices, WRAP",
           "co-facilitating Understanding Psychosis", "updated version"],
          bad("duplicate of row {do}")),
        R(["22/04/2024 09:09:09", f"p.oyelaran@{D}", "Precious Oyelaran", "Peer Support Worker",
           "Peer Support – Inpatient",
           "Black mental health & racial trauma; Hair care on wards (it matters!)",
           "Happy to talk at team meetings", ""],
          staff("Precious Oyelaran", f"p.oyelaran@{D}", "Peer Support Worker",
                "Peer Support – Inpatient",
                ["Black mental health & racial trauma", "Hair care on wards (it matters!)"],
                "Happy to talk at team meetings")),
        R(["30/04/2024 13:27:45", f"m.kaur@{D}", "Manpreet Kaur", "Trainee Peer Support Worker",
           "Peer Support Team", "Carers' experience", "", "Speaks Punjabi"],
          staff("Manpreet Kaur", f"m.kaur@{D}", "Trainee Peer Support Worker",
                "Peer Support Team", ["Carers' experience"])),
    ]
    text = csv_text(header, rows, lineterminator="\n")
    with open(os.path.join(HERE, fname), "wb") as f:
        f.write(text.encode("utf-8"))
    build_key(fname, "staff", 1, 2, rows)

# ====================================================================== FILE 4
# Westmarsh Community Health NHS Trust - Health Visiting & School Nursing
# ideas scheme log kept by a volunteer. Excel "CSV (Comma delimited)": cp1252, CRLF.
def file4():
    fname = "Westmarsh HV & SN ideas log.csv"
    D = "westmarsh.nhs.uk"
    header = ["Idea No", "Date Rec'd", "IDEA", "more detail", "team", "Who", "email",
              "whats happening", "Saving £"]
    rows = [
        R(["1", "03/02/2023", "Text reminders for 2yr reviews",
           "Send SMS 1 week before the 2-2½ yr review to cut DNAs", "HV north",
           "Julie Parkes (HV)", f"j.parkes@{D}", "trialling in 2 clinics", "3k"],
          inn("Text reminders for 2yr reviews",
              "Send SMS 1 week before the 2-2½ yr review to cut DNAs", "HV north",
              "Julie Parkes", f"j.parkes@{D}", "testing", "trialling in 2 clinics",
              "2023-02-03", "1", 3000), label="sms"),
        R(["2", "Mar-23", "school drop in clinic",
           "weekly lunchtime drop in at secondary schools for yr 9-11", "SN", "Sam Tully", "",
           "Up and running in all 6 high schools", ""],
          inn("school drop in clinic",
              "weekly lunchtime drop in at secondary schools for yr 9-11", "SN", "Sam Tully",
              None, "implemented", "Up and running in all 6 high schools", "2023-03-01", "2",
              None)),
        R(["3", "2023", "Breastfeeding peer supporters at 10-14 day visit", "", "HV Team South",
           "Mrs K. Osei", "", "with mgr", "TBC"],
          inn("Breastfeeding peer supporters at 10-14 day visit", None, "HV Team South",
              "K. Osei", None, "idea", "with mgr", "2023-01-01", "3", None)),
        R(["4", "14/04/2023", "Digital red book",
           "parents use the eRedbook app instead of the paper PCHR", "Health Visiting",
           "Amara Lindo / Beth Cole", f"amara.lindo@{D}", "Approved - waiting on IT", "n/a"],
          inn("Digital red book", "parents use the eRedbook app instead of the paper PCHR",
              "Health Visiting", "Amara Lindo", f"amara.lindo@{D}", "planning",
              "Approved - waiting on IT", "2023-04-14", "4", None)),
        R(["", "", "", "", "", "", "", "", ""], bad("blank row")),
        R(["5", "May-23", "Vision screening in reception yr – use orthoptic assistants", "",
           "school nursing", "Ruth Gallagher", "",
           "not taken fwd – orthoptics said no capacity", ""],
          inn("Vision screening in reception yr – use orthoptic assistants", None,
              "school nursing", "Ruth Gallagher", None, "stopped",
              "not taken fwd – orthoptics said no capacity", "2023-05-01", "5", None)),
        R(["6", "12/06/2023", "ASQ-3 online",
           "parents fill in the Ages & Stages questionnaire online before the visit", "HV",
           "Pritchett, Dawn", f"d.pritchett@{D}", "on hold til new yr (IT)", "£500 a month"],
          inn("ASQ-3 online",
              "parents fill in the Ages & Stages questionnaire online before the visit", "HV",
              "Dawn Pritchett", f"d.pritchett@{D}", "paused", "on hold til new yr (IT)",
              "2023-06-12", "6", 6000)),
        R(["TEST", "", "test idea pls ignore", "", "", "volunteer", "", "", ""],
          bad("test row")),
        R(["7", "Jul-23", "Weaning workshops in family hubs",
           "group sessions instead of 1:1 weaning advice", "HV north", "Julie Parkes",
           f"j.parkes@{D}", "DONE - now part of core offer", "c. £4k"],
          inn("Weaning workshops in family hubs", "group sessions instead of 1:1 weaning advice",
              "HV north", "Julie Parkes", f"j.parkes@{D}", "embedded",
              "DONE - now part of core offer", "2023-07-01", "7", 4000)),
        R(["8", "01/09/2023", "Enuresis clinic led by school nurses", "", "SN", "Sam Tully",
           f"s.tully@{D}", "Pilot in Westmarsh locality, PDSA 2", ""],
          inn("Enuresis clinic led by school nurses", None, "SN", "Sam Tully", f"s.tully@{D}",
              "testing", "Pilot in Westmarsh locality, PDSA 2", "2023-09-01", "8", None)),
        R(["9", "2023", "Text reminders for 2 year reviews", "SMS 1 week before", "HV North",
           "Julie Parkes", "", "see idea 1", ""], bad("duplicate of row {sms}")),
        R(["10", "20/10/2023", "Emotional health support via ChatHealth",
           "text messaging service for 11-19s run by school nurses", "School Nursing",
           "Leon Fraser (band 6 SN)", f"leon.fraser@{D}",
           "Evaluated – 2023/24 report done, 92% said helpful", "£0"],
          inn("Emotional health support via ChatHealth",
              "text messaging service for 11-19s run by school nurses", "School Nursing",
              "Leon Fraser", f"leon.fraser@{D}", "evaluated",
              "Evaluated – 2023/24 report done, 92% said helpful", "2023-10-20", "10", 0)),
        R(["11", "Nov-23", "Perinatal MH screening at 6-8wk",
           "Whooley questions asked at every 6-8 week contact", "HV", "Amara Lindo",
           f"amara.lindo@{D}", "taken up by Eastfield & Brookvale trusts too", ""],
          inn("Perinatal MH screening at 6-8wk", "Whooley questions asked at every 6-8 week contact",
              "HV", "Amara Lindo", f"amara.lindo@{D}", "spreading",
              "taken up by Eastfield & Brookvale trusts too", "2023-11-01", "11", None)),
        R(["** ideas below logged by Margaret (vol) from Jan 24 **", "", "", "", "", "", "", "", ""],
          bad("notes row")),
        R(["12", "08/01/2024", "Car park passes for HVs at GP surgeries", "", "hv south",
           "Beth Cole", "", "raised at team mtg", "nil"],
          inn("Car park passes for HVs at GP surgeries", None, "hv south", "Beth Cole", None,
              "idea", "raised at team mtg", "2024-01-08", "12", 0)),
        R(["13", "Feb-24", "Bilingual welcome packs",
           "welcome packs in Polish, Romanian, Urdu & Arabic", "HV", "Mrs Zofia Nowak",
           f"z.nowak@{D}", "bid in to charity", "£1,200"],
          inn("Bilingual welcome packs", "welcome packs in Polish, Romanian, Urdu & Arabic", "HV",
              "Zofia Nowak", f"z.nowak@{D}", "planning", "bid in to charity", "2024-02-01",
              "13", 1200)),
        R(["14", "2024", "NCMP height & weight entry on tablets", "", "SN", "Leon Fraser",
           f"leon.fraser@{D}", "live in all schools since Sept", "12k"],
          inn("NCMP height & weight entry on tablets", None, "SN", "Leon Fraser",
              f"leon.fraser@{D}", "implemented", "live in all schools since Sept",
              "2024-01-01", "14", 12000)),
        R(["15", "11/03/2024", "“Dads’ groups”", "evening group for new dads", "HV north",
           "Tom Harker", "", "scrapped - low uptake", "n/a"],
          inn("“Dads’ groups”", "evening group for new dads", "HV north", "Tom Harker", None,
              "stopped", "scrapped - low uptake", "2024-03-11", "15", None)),
        R(["16", "Apr-24", "Safe sleep video for antenatal contacts", "", "Health visiting",
           "Julie Parkes", f"j.parkes@{D}", "being filmed w/ comms team", "TBC"],
          inn("Safe sleep video for antenatal contacts", None, "Health visiting",
              "Julie Parkes", f"j.parkes@{D}", "planning", "being filmed w/ comms team",
              "2024-04-01", "16", None)),
        R(["17", "", "Share school nurse duty line across 2 localities", "", "Sch Nursing", "",
           "", "on hold", ""],
          inn("Share school nurse duty line across 2 localities", None, "Sch Nursing", None,
              None, "paused", "on hold", None, "17", None)),
        R(["18", "03/06/2024", "Infant feeding clinic at the library",
           "drop-in at Westmarsh central library", "HV South", "Beth Cole", f"b.cole@{D}",
           "rolled out to 3 more libraries", ""],
          inn("Infant feeding clinic at the library", "drop-in at Westmarsh central library",
              "HV South", "Beth Cole", f"b.cole@{D}", "spreading",
              "rolled out to 3 more libraries", "2024-06-03", "18", None)),
        R(["", "", "", "", "", "", "", "", ""], bad("blank row")),
        R(["TOTAL IDEAS: 18", "", "", "", "", "", "", "", ""], bad("total row")),
    ]
    text = csv_text(header, rows)
    with open(os.path.join(HERE, fname), "wb") as f:
        f.write(text.encode("cp1252"))
    build_key(fname, "innovations", 1, 2, rows)

# ====================================================================== FILE 5
# St Brannock's Hospital NHS Trust - Patient Experience & Volunteering team
# charity small grants tracker, saved as Excel "Unicode Text": UTF-16 LE BOM, TAB, CRLF.
def file5():
    fname = "StBrannocks_PX_volunteering_small_grants.txt"
    D = "stbrannocks.nhs.uk"
    header = ["Ref", "Scheme", "Description", "Ward / Dept", "Applicant", "Applicant e-mail",
              "Grant £", "Est. annual saving", "Decision / progress", "Applied"]
    rows = [
        R(["PX-001", "Twiddlemuffs for dementia patients",
           "Volunteers knit twiddlemuffs for patients living with dementia on the elderly care wards",
           "Ward 9 (Elderly care)", "Margaret Hollis (Volunteer)", "", "£150", "n/a",
           "in use on Ward 9 since May", "14/03/2022"],
          inn("Twiddlemuffs for dementia patients",
              "Volunteers knit twiddlemuffs for patients living with dementia on the elderly care wards",
              "Ward 9 (Elderly care)", "Margaret Hollis", None, "implemented",
              "in use on Ward 9 since May", "2022-03-14", "PX-001", None)),
        R(["PX-002", "Patient radio on bedside tablets", "Hospital radio streamed to bedside tablets",
           "Patient Experience", "Dr Olu Bankole", f"o.bankole@{D}", "£2,400", "TBC",
           "declined by panel", "Apr-22"],
          inn("Patient radio on bedside tablets", "Hospital radio streamed to bedside tablets",
              "Patient Experience", "Olu Bankole", f"o.bankole@{D}", "stopped",
              "declined by panel", "2022-04-01", "PX-002", None)),
        R(["PX-003", "Mealtime companions",
           "Trained volunteers help patients to eat and drink at lunchtime.\nFrees up HCA time.",
           "Wards 4, 5 & 9", "Sister Hannah Price", f"hannah.price@{D}", "£3,000",
           "£500 a month (less agency HCA)", "now standard on all medical wards", "2022"],
          inn("Mealtime companions",
              "Trained volunteers help patients to eat and drink at lunchtime.\nFrees up HCA time.",
              "Wards 4, 5 & 9", "Hannah Price", f"hannah.price@{D}", "embedded",
              "now standard on all medical wards", "2022-01-01", "PX-003", 6000)),
        R(["PX-004", "Chaplaincy quiet room refresh", "", "Chaplaincy", "Rev Peter Amis", "",
           "£5,000", "nil", "Awarded – builders booked for Jan", "Oct-22"],
          inn("Chaplaincy quiet room refresh", None, "Chaplaincy", "Peter Amis", None,
              "planning", "Awarded – builders booked for Jan", "2022-10-01", "PX-004", 0)),
        R([""] * 10, bad("blank row")),
        R(["TEST", "test", "", "", "", "", "0", "", "", ""], bad("test row")),
        R(["PX-005", "Bedside “Get to know me” boards",
           "Whiteboards by each bed with the patient’s preferred name, likes and dislikes",
           "Patient Experience Team", "Chloé Dubois", f"chloe.dubois@{D}", "£800", "n/a",
           "PDSA 2 on Ward 3", "2023"],
          inn("Bedside “Get to know me” boards",
              "Whiteboards by each bed with the patient’s preferred name, likes and dislikes",
              "Patient Experience Team", "Chloé Dubois", f"chloe.dubois@{D}", "testing",
              "PDSA 2 on Ward 3", "2023-01-01", "PX-005", None), label="gtkm"),
        R(["PX-006", "Volunteer drivers for discharge",
           "Volunteers drive patients home when hospital transport isn't available – saves taxis and bed days",
           "Volunteering Services", "Watts, Graham", f"graham.watts@{D}", "£7,500", "18k",
           "evaluated – see report to PX committee", "06/02/2023"],
          inn("Volunteer drivers for discharge",
              "Volunteers drive patients home when hospital transport isn't available – saves taxis and bed days",
              "Volunteering Services", "Graham Watts", f"graham.watts@{D}", "evaluated",
              "evaluated – see report to PX committee", "2023-02-06", "PX-006", 18000)),
        R(["PX-007", "Friends & Family Test QR codes",
           "QR code posters so patients can give FFT feedback on their phones",
           "Patient Experience", f"Chloé Dubois chloe.dubois@{D}", "", "£300", "",
           "adopted by 2 neighbouring trusts", "Mar-23"],
          inn("Friends & Family Test QR codes",
              "QR code posters so patients can give FFT feedback on their phones",
              "Patient Experience", "Chloé Dubois", f"chloe.dubois@{D}", "spreading",
              "adopted by 2 neighbouring trusts", "2023-03-01", "PX-007", None)),
        R(["PX-005b", "Get to know me boards", "", "Ward 3", "Chloe Dubois", "", "£800", "",
           "same as PX-005", "2023"], bad("duplicate of row {gtkm}")),
        R(["PX-008", "Ward 12 garden", "Raised beds and seating in the courtyard for stroke rehab",
           "Ward 12 (Stroke rehab)", "Mr Dev Sharma (OT)", "", "c. £4k", "n/a",
           "on hold - estates review", "Spring 2023"],
          inn("Ward 12 garden", "Raised beds and seating in the courtyard for stroke rehab",
              "Ward 12 (Stroke rehab)", "Dev Sharma", None, "paused", "on hold - estates review",
              "2023-03-01", "PX-008", None)),
        R(["PX-009", "Hearing loops on reception desks", "", "Outpatients",
           "Amy Chen / Luke Ford", f"amy.chen@{D}", "£1,100", "", "ordering via procurement",
           "17/07/2023"],
          inn("Hearing loops on reception desks", None, "Outpatients", "Amy Chen",
              f"amy.chen@{D}", "planning", "ordering via procurement", "2023-07-17", "PX-009",
              None)),
        R(["PX-010", "Patient stories programme", "Filmed patient stories shown at each Board",
           "Patient Experience", "Ms Chloé Dubois", "", "£0", "£0", "live – 1 story per Board",
           "09/01/2024"],
          inn("Patient stories programme", "Filmed patient stories shown at each Board",
              "Patient Experience", "Chloé Dubois", None, "implemented",
              "live – 1 story per Board", "2024-01-09", "PX-010", 0)),
        R(["Applications below are the 2024/25 round", "", "", "", "", "", "", "", "", ""],
          bad("notes row")),
        R(["PX-011", "Dementia-friendly signage", "", "Estates / Patient Experience",
           "Graham Watts", f"graham.watts@{D}", "£4,200", "", "idea – to go to next panel", ""],
          inn("Dementia-friendly signage", None, "Estates / Patient Experience", "Graham Watts",
              f"graham.watts@{D}", "idea", "idea – to go to next panel", None, "PX-011", None)),
        R(["PX-012", "Young volunteers programme (16-18)",
           "Sixth formers volunteer 2 hours a week on wards", "Volunteering Services",
           "Kemi Adeyinka", f"k.adeyinka@{D}", "£10,000", "", "recruiting first cohort", "May-24"],
          inn("Young volunteers programme (16-18)", "Sixth formers volunteer 2 hours a week on wards",
              "Volunteering Services", "Kemi Adeyinka", f"k.adeyinka@{D}", "planning",
              "recruiting first cohort", "2024-05-01", "PX-012", None)),
        R(["PX-013", "Comfort packs for ED",
           "Toiletries & phone chargers for patients staying in ED overnight",
           "Emergency Department", "Sister Hannah Price", f"hannah.price@{D}", "£900", "n/a",
           "scrapped – ED got its own funding", "Jun-24"],
          inn("Comfort packs for ED", "Toiletries & phone chargers for patients staying in ED overnight",
              "Emergency Department", "Hannah Price", f"hannah.price@{D}", "stopped",
              "scrapped – ED got its own funding", "2024-06-01", "PX-013", None)),
        R(["PX-014", "Therapy dog visits", "Pets As Therapy dog visits to the children's ward",
           "Puffin Ward (Paeds)", "Kemi Adeyinka", f"k.adeyinka@{D}", "£250", "",
           "trial on Puffin Ward", "05/08/2024"],
          inn("Therapy dog visits", "Pets As Therapy dog visits to the children's ward",
              "Puffin Ward (Paeds)", "Kemi Adeyinka", f"k.adeyinka@{D}", "testing",
              "trial on Puffin Ward", "2024-08-05", "PX-014", None)),
        R(["PX-015", "Multi-faith prayer mats & calendars", "", "Chaplaincy", "Rev Peter Amis", "",
           "£180", "nil", "BAU now", "Sep-24"],
          inn("Multi-faith prayer mats & calendars", None, "Chaplaincy", "Peter Amis", None,
              "embedded", "BAU now", "2024-09-01", "PX-015", 0)),
        R([""] * 10, bad("blank row")),
        R(["TOTAL", "", "", "", "", "", "£36,780", "", "", ""], bad("total row")),
    ]
    text = csv_text(header, rows, delimiter="\t")
    with open(os.path.join(HERE, fname), "wb") as f:
        f.write(b"\xff\xfe" + text.encode("utf-16-le"))
    build_key(fname, "innovations", 1, 2, rows)

# ====================================================================== FILE 6
# NHS North Pennines Improvement Hub (regional) - improvement faculty directory,
# SharePoint list "Export to Excel" re-saved as .xlsx, with a second Lookups sheet.
def file6():
    fname = "NPIH_improvement_faculty_directory.xlsx"
    D = "npih.nhs.uk"
    header = ["ID", "Title", "Job Title", "Team / organisation", "Work e-mail",
              "Improvement expertise", "Offer to the network", "Status", "Created",
              "Created By", "Modified"]
    def meta(c, by, m):
        return [c, by, m]
    rows = [
        R([1, "Dr Helen Brierley", "Associate Director of Improvement", "Hub leadership team",
           f"helen.brierley@{D}", "Model for Improvement\nLarge scale change\nCoaching",
           "Happy to coach senior leaders and execs", "Active"]
          + meta(datetime(2022, 4, 4, 9, 12), "Karen Whitfield", datetime(2024, 6, 3, 14, 1)),
          staff("Helen Brierley", f"helen.brierley@{D}", "Associate Director of Improvement",
                "Hub leadership team", ["Model for Improvement", "Large scale change", "Coaching"],
                "Happy to coach senior leaders and execs"), label="hb"),
        R([2, "Waqar Hussain", "Improvement Advisor (Band 8a)", "Hub – Acute collaborative",
           f"waqar.hussain@{D}", "SPC charts; measurement for improvement; Life QI",
           "Can offer monthly SPC clinics", "Active"]
          + meta(datetime(2022, 4, 4, 9, 20), "Karen Whitfield", datetime(2023, 1, 9, 10, 0)),
          staff("Waqar Hussain", f"waqar.hussain@{D}", "Improvement Advisor (Band 8a)",
                "Hub – Acute collaborative",
                ["SPC charts", "measurement for improvement", "Life QI"],
                "Can offer monthly SPC clinics")),
        R([3, "Fiona McAllister", "Improvement Facilitator", "Hub – Primary care", None,
           "Demand & capacity, process mapping", None, "Active"]
          + meta(datetime(2022, 4, 5, 11, 3), "Karen Whitfield", datetime(2022, 4, 5, 11, 3)),
          staff("Fiona McAllister", None, "Improvement Facilitator", "Hub – Primary care",
                ["Demand & capacity", "process mapping"])),
        R([4, "TEST ITEM", None, None, None, "test", None, None]
          + meta(datetime(2022, 4, 5, 11, 30), "Liam O’Rourke", datetime(2022, 4, 5, 11, 30)),
          bad("test row")),
        R([5, "Okonjo, Ifeoma", "Quality Improvement Lead (secondment from Tyneford FT)",
           "Hub – Mental health collaborative", f"ifeoma.okonjo@{D}",
           "• Co-production • Lived experience partners", "willing to buddy new QI leads",
           "Seconded in"]
          + meta(datetime(2022, 9, 12, 8, 45), "Helen Brierley", datetime(2024, 2, 1, 16, 20)),
          staff("Ifeoma Okonjo", f"ifeoma.okonjo@{D}",
                "Quality Improvement Lead (secondment from Tyneford FT)",
                "Hub – Mental health collaborative",
                ["Co-production", "Lived experience partners"], "willing to buddy new QI leads")),
        R([6, "Gareth Lewis (LEFT)", "Data Analyst", "Hub analytics", f"gareth.lewis@{D}",
           "Power BI and SQL", None, "Left – 03/2024"]
          + meta(datetime(2022, 10, 3, 9, 0), "Karen Whitfield", datetime(2024, 3, 28, 12, 0)),
          staff("Gareth Lewis", f"gareth.lewis@{D}", "Data Analyst", "Hub analytics",
                ["Power BI", "SQL"], left=True, left_on="2024-03-01")),
        R([7, "Dr Helen Brierley", "Associate Director of Improvement", "Hub leadership team",
           f"helen.brierley@{D}", "Model for Improvement, coaching", None, "Active"]
          + meta(datetime(2023, 1, 16, 10, 10), "Liam O’Rourke", datetime(2023, 1, 16, 10, 10)),
          bad("duplicate of row {hb}")),
        R([8, "VACANT – Improvement Advisor (Band 7)", None, "Hub – Primary care", None, None,
           None, "Vacant"]
          + meta(datetime(2023, 2, 1, 9, 0), "Karen Whitfield", datetime(2024, 5, 1, 9, 0)),
          bad("vacant post")),
        R([9, "Prof Janet Osei-Bonsu", "Clinical Director", "Hub leadership team",
           f"j.osei-bonsu@{D}", "Patient safety\nHuman factors\nSafety culture",
           "Happy to speak at trust Boards about safety culture", "Active"]
          + meta(datetime(2023, 2, 6, 13, 30), "Helen Brierley", datetime(2023, 2, 6, 13, 30)),
          staff("Janet Osei-Bonsu", f"j.osei-bonsu@{D}", "Clinical Director",
                "Hub leadership team", ["Patient safety", "Human factors", "Safety culture"],
                "Happy to speak at trust Boards about safety culture")),
        R([10, "Liam O’Rourke", "Project Support Officer (Band 4)", "Hub business support",
           f"liam.orourke@{D}", None, None, "Active"]
          + meta(datetime(2023, 3, 1, 8, 30), "Karen Whitfield", datetime(2023, 3, 1, 8, 30)),
          staff("Liam O’Rourke", f"liam.orourke@{D}", "Project Support Officer (Band 4)",
                "Hub business support", [])),
        R([11, "Marta Šimková", "Improvement Coach", "Hub – Acute collaborative",
           f"marta.simkova@{D}", "Lean & flow; Kaizen events; Speaks Czech and Slovak",
           "Can offer 2 days/month to run rapid improvement events", "Active"]
          + meta(datetime(2023, 5, 15, 10, 0), "Waqar Hussain", datetime(2024, 1, 8, 9, 45)),
          staff("Marta Šimková", f"marta.simkova@{D}", "Improvement Coach",
                "Hub – Acute collaborative", ["Lean & flow", "Kaizen events"],
                "Can offer 2 days/month to run rapid improvement events")),
        R([12, "zz Paul Grant", "Senior Improvement Advisor", "Hub – Acute collaborative",
           f"paul.grant@{D}", "Theory of constraints, Flow", None,
           "Left the hub (retired) Dec 2023"]
          + meta(datetime(2022, 4, 4, 9, 30), "Karen Whitfield", datetime(2023, 12, 22, 15, 0)),
          staff("Paul Grant", f"paul.grant@{D}", "Senior Improvement Advisor",
                "Hub – Acute collaborative", ["Theory of constraints", "Flow"],
                left=True, left_on="2023-12-01")),
        R([13, "Nadia Rahman", "Improvement Advisor", "Hub – Maternity & neonatal",
           f"nadia.rahman@{D}", "Maternity safety, PDSA", None, "Maternity leave"]
          + meta(datetime(2023, 6, 5, 11, 0), "Helen Brierley", datetime(2024, 7, 1, 9, 0)),
          staff("Nadia Rahman", f"nadia.rahman@{D}", "Improvement Advisor",
                "Hub – Maternity & neonatal", ["Maternity safety", "PDSA"])),
        R([14, "Chris Beddows", "Clinical Fellow (ST5 Anaesthetics)", "Hub fellowship programme",
           f"chris.beddows@{D}", "Perioperative care\nGIRFT data",
           "Happy to support trainees with QI projects for their portfolios", "Active"]
          + meta(datetime(2023, 8, 7, 9, 0), "Helen Brierley", datetime(2023, 8, 7, 9, 0)),
          staff("Chris Beddows", f"chris.beddows@{D}", "Clinical Fellow (ST5 Anaesthetics)",
                "Hub fellowship programme", ["Perioperative care", "GIRFT data"],
                "Happy to support trainees with QI projects for their portfolios")),
        R([15, "Dr Sunita Varma", "GP Clinical Lead (2 sessions)", "Hub – Primary care",
           f"sunita.varma@{D}", "Population health management; health inequalities", None,
           "Active"]
          + meta(datetime(2023, 9, 4, 14, 0), "Fiona McAllister", datetime(2023, 9, 4, 14, 0)),
          staff("Sunita Varma", f"sunita.varma@{D}", "GP Clinical Lead (2 sessions)",
                "Hub – Primary care",
                ["Population health management", "health inequalities"])),
        R([16, "Adewale, Tunde", "Patient Partner", "Hub – Patient partners",
           f"tunde.adewale@{D}", "Lived experience of kidney dialysis",
           "willing to sit on interview panels", "Active"]
          + meta(datetime(2023, 10, 2, 10, 0), "Ifeoma Okonjo", datetime(2023, 10, 2, 10, 0)),
          staff("Tunde Adewale", f"tunde.adewale@{D}", "Patient Partner",
                "Hub – Patient partners", ["Lived experience of kidney dialysis"],
                "willing to sit on interview panels")),
        R([17, "Rosie Hammond", "Improvement Facilitator (Band 6)",
           "Hub – Mental health collaborative", None,
           "Appreciative inquiry\nLiberating Structures", None, "Active"]
          + meta(datetime(2024, 1, 15, 9, 0), "Ifeoma Okonjo", datetime(2024, 1, 15, 9, 0)),
          staff("Rosie Hammond", None, "Improvement Facilitator (Band 6)",
                "Hub – Mental health collaborative",
                ["Appreciative inquiry", "Liberating Structures"])),
        R([18, "Karen Whitfield", "Programme Manager", "Hub – Spread & adoption",
           f"karen.whitfield@{D}", "Spread and adoption, evaluation",
           "Happy to review spread plans before they go to panel", "Active"]
          + meta(datetime(2022, 4, 4, 9, 0), "Karen Whitfield", datetime(2024, 4, 2, 11, 0)),
          staff("Karen Whitfield", f"karen.whitfield@{D}", "Programme Manager",
                "Hub – Spread & adoption", ["Spread and adoption", "evaluation"],
                "Happy to review spread plans before they go to panel")),
        R([19, "Sam Okafor", "Improvement Advisor", "Hub – Acute collaborative",
           f"sam.okafor@{D}", "Measurement for improvement", None, "Left 31/07/2024"]
          + meta(datetime(2023, 4, 3, 9, 0), "Waqar Hussain", datetime(2024, 8, 1, 8, 30)),
          staff("Sam Okafor", f"sam.okafor@{D}", "Improvement Advisor",
                "Hub – Acute collaborative", ["Measurement for improvement"],
                left=True, left_on="2024-07-31")),
        R([None] * 11, bad("blank row")),
        R(["Exported from SharePoint 02/09/2024 – edit the list, not this file!", None, None,
           None, None, None, None, None, None, None, None], bad("notes row")),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Faculty"
    for c, h in enumerate(header, 1):
        ws.cell(row=1, column=c, value=h).font = Font(bold=True)
    for i, r in enumerate(rows):
        for c, v in enumerate(r.cells, 1):
            if v is None:
                continue
            cell = ws.cell(row=2 + i, column=c, value=v)
            if isinstance(v, datetime):
                cell.number_format = "dd/mm/yyyy hh:mm"
            if isinstance(v, str) and "\n" in v:
                cell.alignment = Alignment(wrap_text=True)
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = "A1:K20"
    lk = wb.create_sheet("Lookups")
    lk["A1"] = "Status"
    for i, s in enumerate(["Active", "Seconded in", "Maternity leave", "Left", "Vacant"], 2):
        lk.cell(row=i, column=1, value=s)
    lk["C1"] = "Teams"
    for i, s in enumerate(["Hub leadership team", "Hub – Acute collaborative",
                           "Hub – Primary care", "Hub – Mental health collaborative",
                           "Hub – Maternity & neonatal", "Hub analytics"], 2):
        lk.cell(row=i, column=3, value=s)
    wb.save(os.path.join(HERE, fname))
    build_key(fname, "staff", 1, 2, rows, sheet="Faculty")

if __name__ == "__main__":
    file1()
    file2()
    file3()
    file4()
    file5()
    file6()
