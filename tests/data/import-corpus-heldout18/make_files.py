#!/usr/bin/env python3
"""Regenerates every file in this folder and its answer key (F.expected.json).

Every row is held literally below.  Each data row is paired with its hand-made
reading: either the judgement fields for a good row, or ("bad", reason).
Verbatim fields (title, summary, department, ref, status text) are copied from
the named cell of the same row (trimmed) so that they cannot drift from the
file; all judgement fields (lead, stage, start date, savings, names, expertise,
leaver status) are written out by hand.
"""
import csv
import io
import json
import os
from datetime import datetime, date

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))


def s(v):
    """cell value -> trimmed string or None"""
    if v is None:
        return None
    v = str(v).strip()
    return v or None


def lead(name, email=None):
    return {"name": name, "email": email}


# --- generic key builder ----------------------------------------------------

def build_rows(data, header_row, verbatim):
    """data: list of (label, cells, reading).  reading is ("bad", reason) or a
    dict of hand-made fields.  verbatim: dict field -> column index copied
    (trimmed) from the cells.  Returns (rows_dict, label->rownum)."""
    labels = {}
    for i, (label, cells, reading) in enumerate(data):
        if label:
            labels[label] = header_row + 1 + i
    out = {}
    for i, (label, cells, reading) in enumerate(data):
        rn = header_row + 1 + i
        if isinstance(reading, tuple):
            reason = reading[1]
            if reason.startswith("dup:"):
                reason = "duplicate of row %d" % labels[reason[4:]]
            out[str(rn)] = {"good": False, "reason": reason}
        else:
            exp = {}
            for f, col in verbatim.items():
                if f not in reading:
                    exp[f] = s(cells[col]) if col < len(cells) else None
            exp.update(reading)
            out[str(rn)] = {"good": True, "expected": exp}
    return out


def write_key(fname, kind, header_row, rows, sheet=None):
    key = {"file": fname, "kind": kind, "header_row": header_row}
    if sheet:
        key["sheet"] = sheet
    key["rows"] = rows
    with open(os.path.join(HERE, fname + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=2)


def pad(rows, width):
    return [list(r) + [""] * (width - len(r)) for r in rows]


def write_delimited(path, rows, delimiter, encoding, bom):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n",
                   quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(["" if c is None else c for c in r])
    text = buf.getvalue()
    with open(path, "wb") as f:
        if encoding == "utf-16-le":
            f.write(b"\xff\xfe")
        elif bom:
            f.write(b"\xef\xbb\xbf")
        f.write(text.encode(encoding))


BAD = lambda reason: ("bad", reason)


def inn(lead_, stage, status_text=None, started=None, savings=None, **extra):
    d = {"lead": lead_, "stage": stage, "savings_gbp": savings}
    if status_text is not None:
        d["status_text"] = status_text
    if started is not None:
        d["started"] = started
    d.update(extra)
    return d


def staff(given, family, email, job_title, expertise, willing=None, left=None, **extra):
    d = {"name": given + " " + family, "given_name": given, "family_name": family,
         "email": email, "job_title": job_title, "expertise": expertise,
         "willing_to_text": willing}
    if left is not None:
        d["employment_status"] = "left"
        if left != "":
            d["left_on"] = left
    d.update(extra)
    return d


# =============================================================================
# FILE 1 - NorthMoor Ambulance Service NHS Trust (RZ4), Emergency Operations
# Centre.  Microsoft Forms export of the "EOC Bright Ideas" form, with two
# columns the innovation team added on the right.  xlsx, one sheet.
# =============================================================================
F1 = "EOC_Bright_Ideas_form_responses.xlsx"
NM = "@northmoorambulance.nhs.uk"
F1_HEAD = ["Id", "Start time", "Completion time", "Email", "Name",
           "What would you call your idea?",
           "Tell us about your idea \u2013 what problem does it solve and how would it work?",
           "Which EOC team or function do you work in?",
           "Who will lead the idea? If it isn\u2019t you, please give their name and email address.",
           "If you know it, roughly how much could this save each year (\u00a3)?",
           "Triage outcome (Innovation team use)",
           "Innovation team notes"]


def dt(y, m, d, hh=9, mm=0, ss=0):
    return datetime(y, m, d, hh, mm, ss)


F1_DATA = [
    ("t1", [1, dt(2023, 1, 9, 10, 14, 22), dt(2023, 1, 9, 10, 21, 5), "l.pryce" + NM,
            "Pryce, Lowri (NorthMoor Ambulance)", "test", "testing the form please ignore",
            "Innovation", "", "", "TEST \u2013 delete", "LP testing form before launch"],
     BAD("test row")),
    ("r3", [2, dt(2023, 1, 11, 8, 2, 41), dt(2023, 1, 11, 8, 19, 3), "d.okafor" + NM,
            "Daniel Okafor", "Hear & Treat callback prompt cards",
            "Laminated prompt cards on each clinical navigator desk with the questions to ask when "
            "calling back Cat 5 patients, so nothing gets missed and callbacks are quicker.",
            "Clinical Hub", "Me", "Not sure", "Trialled on nights \u2013 PDSA cycle 2", ""],
     inn(lead("Daniel Okafor", "d.okafor" + NM), "testing", started="2023-01-11")),
    ("r4", [3, dt(2023, 1, 16, 14, 40, 0), dt(2023, 1, 16, 14, 55, 12), "s.mcallister" + NM,
            "McAllister, Shona (NorthMoor Ambulance)",
            "Welfare check-in for call handlers after traumatic calls",
            "After a cardiac arrest, child death or other distressing call the team leader does a "
            "5 minute check-in with the call handler before they go back on the phones.",
            "EMD Call Handling \u2013 Bay 2",
            "Sarah Whitfield (Team Leader) sarah.whitfield" + NM, "n/a",
            "Live across all EOC bays", "Linked to TRiM"],
     inn(lead("Sarah Whitfield", "sarah.whitfield" + NM), "implemented", started="2023-01-16")),
    ("r5", [4, dt(2023, 2, 2, 19, 3, 7), dt(2023, 2, 2, 19, 11, 50), "t.wisniewski" + NM,
            "Wi\u015bniewski, Tomasz (NorthMoor Ambulance)",
            "Auto-populate ePCR incident number from CAD",
            "Crews have to type the CAD incident number into the ePCR by hand and get it wrong. "
            "Push it across automatically when the resource is allocated.",
            "Dispatch", "", "\u00a312,000",
            "Declined by IT \u2013 not supported by CAD supplier", ""],
     inn(lead("Tomasz Wi\u015bniewski", "t.wisniewski" + NM), "stopped",
         started="2023-02-02", savings=12000)),
    ("r6", [5, dt(2023, 2, 20, 11, 30, 0), dt(2023, 2, 20, 11, 48, 26), "priya.raman" + NM,
            "Priya Raman", "Frequent caller flag review huddle",
            "Weekly 20 minute huddle between the frequent caller team and clinical hub to review "
            "who has been flagged and agree care plans with GPs and mental health teams.",
            "Frequent Caller Team", "Me and Gemma Hartley", "c. \u00a34k",
            "BAU now \u2013 weekly huddle every Tuesday", ""],
     inn(lead("Priya Raman", "priya.raman" + NM), "embedded", started="2023-02-20",
         savings=4000)),
    ("b1", [None] * 12, BAD("blank row (response cleared)")),
    ("r8", [7, dt(2023, 3, 6, 7, 55, 10), dt(2023, 3, 6, 8, 10, 44), "m.denholm" + NM,
            "Mark Denholm",
            "Falls response \u2013 Level 1 lifting cushions for CFRs",
            "Give community first responders lifting cushions so non-injured fallers can be got "
            "up without waiting hours for an ambulance.",
            "Community Response / CFR", "Mark Denholm", "\u00a3500 a month",
            "Bid submitted to NorthMoor Charity", ""],
     inn(lead("Mark Denholm", "m.denholm" + NM), "planning", started="2023-03-06",
         savings=6000)),
    ("d8", [8, dt(2023, 3, 6, 8, 12, 2), dt(2023, 3, 6, 8, 20, 15), "m.denholm" + NM,
            "Mark Denholm", "Falls response - lifting cushions for CFRs",
            "Lifting cushions for CFRs so fallers are not left on the floor (sent twice sorry)",
            "Community Response / CFR", "Mark Denholm", "\u00a3500 a month",
            "Duplicate of 7", ""],
     BAD("dup:r8")),
    ("r10", [9, dt(2023, 4, 18, 13, 5, 0), dt(2023, 4, 18, 13, 16, 31), "h.greaves" + NM,
             "Hannah Greaves",
             "Call handler refresher micro-learning (5 minute videos)",
             "Short videos on the protocols people get wrong most often, watched during quiet "
             "periods instead of a full day of refresher training.",
             "EOC Training & Education", "Dr Hannah Greaves", "TBC",
             "Idea \u2013 to go to ideas panel in June", ""],
     inn(lead("Hannah Greaves", "h.greaves" + NM), "idea", started="2023-04-18")),
    ("r11", [10, dt(2023, 5, 3, 22, 41, 9), dt(2023, 5, 3, 23, 2, 55), "ruth.ellington" + NM,
             "Ruth Ellington", "Mental health nurse in the clinical hub",
             "A mental health nurse on the clinical hub 2pm\u2013midnight to speak to callers in "
             "crisis and arrange community support instead of sending an ambulance.",
             "Clinical Hub", "", "\u00a385,000",
             "Evaluated \u2013 report to Q&S committee Dec 23, 31% fewer conveyances", ""],
     inn(lead("Ruth Ellington", "ruth.ellington" + NM), "evaluated", started="2023-05-03",
         savings=85000)),
    ("r12", [11, dt(2023, 6, 12, 9, 20, 0), dt(2023, 6, 12, 9, 33, 18), "c.moffat" + NM,
             "Craig Moffat", "Stand-by point heat map for dispatchers",
             "A live heat map of demand against where vehicles are on standby, so dispatchers can "
             "move resources before the calls come in.",
             "Dispatch", "Craig Moffat / Aisha Bello", "12k",
             "on hold \u2013 waiting for BI analyst", ""],
     inn(lead("Craig Moffat", "c.moffat" + NM), "paused", started="2023-06-12",
         savings=12000)),
    ("r13", [12, dt(2023, 7, 21, 15, 0, 12), dt(2023, 7, 21, 15, 6, 40), "j.osei-bonsu" + NM,
             "Jemima Osei-Bonsu",
             "Interpreter line quick-dial on all EMD consoles",
             "One-touch button to conference in the interpreting service instead of looking up "
             "the number and PIN every time.",
             "EMD Call Handling", "me", "nil",
             "Done \u2013 in use on all consoles since Sept", ""],
     inn(lead("Jemima Osei-Bonsu", "j.osei-bonsu" + NM), "implemented", started="2023-07-21",
         savings=0)),
    ("r14", [13, dt(2023, 9, 4, 10, 10, 10), dt(2023, 9, 4, 10, 30, 2), "r.hale" + NM,
             "Rebecca Hale",
             "Hospital handover delay dashboard on EOC video wall",
             "Show live handover times at each ED on the video wall so the tactical commander "
             "can see where crews are stuck and divert.",
             "Tactical / Ops Management",
             "Gareth Lloyd-Evans gareth.lloyd-evans" + NM, "",
             "Rolled out to West and Central EOCs too", ""],
     inn(lead("Gareth Lloyd-Evans", "gareth.lloyd-evans" + NM), "spreading",
         started="2023-09-04")),
    ("r15", [14, dt(2023, 10, 10, 6, 45, 0), dt(2023, 10, 10, 7, 1, 19), "n.chowdhury" + NM,
             "Nasreen Chowdhury",
             "Cat 2 segmentation \u2013 clinician review of lower acuity Cat 2",
             "Clinicians ring back lower acuity Category 2 calls (e.g. some chest pains, strokes "
             "over 24h) to check whether they really need a blue-light response.",
             "Clinical Hub", "", "Unknown \u2013 mostly hours saved", "PDSA cycle 3", ""],
     inn(lead("Nasreen Chowdhury", "n.chowdhury" + NM), "testing", started="2023-10-10")),
    ("r16", [15, dt(2023, 11, 15, 3, 12, 0), dt(2023, 11, 15, 3, 17, 45), "k.fitzgerald" + NM,
             "Kieran Fitzgerald", "Night shift healthy eating fridge",
             "A fridge of healthy snacks for night staff paid for by the welfare fund.",
             "Welfare / Wellbeing group", "", "\u00a30",
             "Not taken forward \u2013 no space in EOC kitchen", ""],
     inn(lead("Kieran Fitzgerald", "k.fitzgerald" + NM), "stopped", started="2023-11-15",
         savings=0)),
    ("r17", [16, dt(2024, 1, 8, 16, 22, 0), dt(2024, 1, 8, 16, 40, 31), "s.roberts2" + NM,
             "Si\u00e2n Roberts", "What3words prompt in call script",
             "Prompt call handlers to ask for a what3words location when the caller can\u2019t "
             "give an address (hillwalkers, beaches, farmland).",
             "EMD Call Handling", "Si\u00e2n Roberts", "n/a",
             "Approved \u2013 script change request with clinical governance", ""],
     inn(lead("Si\u00e2n Roberts", "s.roberts2" + NM), "planning", started="2024-01-08")),
    ("r18", [17, dt(2024, 2, 14, 12, 0, 0), dt(2024, 2, 14, 12, 9, 9), "a.bello" + NM,
             "Aisha Bello",
             "Auto text message to patients waiting for an ambulance",
             "An automatic SMS to lower-category patients with the worsening advice and a number "
             "to ring back, to cut down repeat calls.",
             "Clinical Hub", "me", "TBC",
             "Trial on 1 desk (Cat 3/4 welfare calls)", ""],
     inn(lead("Aisha Bello", "a.bello" + NM), "testing", started="2024-02-14")),
    ("r19", [18, dt(2024, 3, 1, 20, 50, 0), dt(2024, 3, 1, 20, 58, 3), "l.hanley" + NM,
             "Liam Hanley", "Dispatcher rest break rota app",
             "Small app that shows who is due a break so the dispatch supervisor doesn\u2019t "
             "have to keep a paper list.",
             "Dispatch", "", "", "", ""],
     inn(lead("Liam Hanley", "l.hanley" + NM), "idea", status_text=None,
         started="2024-03-01")),
    ("r20", [19, dt(2024, 4, 22, 9, 0, 0), dt(2024, 4, 22, 9, 25, 0), "f.adeyemi" + NM,
             "Femi Adeyemi", "Bariatric resource decision tool",
             "A decision tool for dispatchers on when to send the bariatric vehicle and extra "
             "crews, based on weight, location and access.",
             "Clinical Hub", "Dr Femi Adeyemi (Consultant Paramedic)", "c. \u00a320k",
             "Evaluation complete \u2013 written up for AACE conference", ""],
     inn(lead("Femi Adeyemi", "f.adeyemi" + NM), "evaluated", started="2024-04-22",
         savings=20000)),
    ("r21", [20, dt(2024, 5, 30, 14, 14, 14), dt(2024, 5, 30, 14, 30, 0), "priya.raman" + NM,
             "Priya Raman", "Shared EOC/111 frequent caller list",
             "One shared list of frequent callers and their care plans used by both 999 and "
             "111 so callers get the same response whichever number they ring.",
             "Frequent Caller Team", "me", "\u00a32,500",
             "Adopted by 111 and two neighbouring ambulance trusts", ""],
     inn(lead("Priya Raman", "priya.raman" + NM), "spreading", started="2024-05-30",
         savings=2500)),
    ("n1", [None, None, None, None, None,
            "Responses below keyed in from the old paper forms by Innovation team (JB) "
            "\u2013 Start time = date written on the form", None, None, None, None, None, None],
     BAD("notes row")),
    ("p1", ["P1", date(2022, 11, 1), date(2022, 11, 1), "", "Bernadette Quinn",
            "Colour-coded tabards for EOC roles in a major incident",
            "Different coloured tabards for the tactical commander, loggist, and hospital "
            "liaison so people walking into the EOC know who is who.",
            "Tactical / Ops Management", "", "n/a",
            "Standard practice \u2013 in major incident plan", "paper form"],
     inn(lead("Bernadette Quinn", None), "embedded", started="2022-11-01")),
    ("p2", ["P2", date(2022, 12, 5), date(2022, 12, 5), "", "Alun Price",
            "Paper backup dispatch sheets redesign",
            "Redesign the paper fallback sheets so they match the CAD screens.",
            "Dispatch", "", "", "scrapped \u2013 CAD fallback system replaced it", "paper form"],
     inn(lead("Alun Price", None), "stopped", started="2022-12-05")),
    ("p3", ["P3", "2022", "2022", "", "Kerry Ashdown",
            "Critical care desk callback log",
            "A shared log of every critical care desk callback so the HEMS team can see what "
            "happened to patients they were tasked to.",
            "Critical Care Desk", "", "", "live", "paper form \u2013 no day/month on it"],
     inn(lead("Kerry Ashdown", None), "implemented", started="2022-01-01")),
]

F1_VERB = {"ref": 0, "title": 5, "summary": 6, "department": 7, "status_text": 10}


def make_f1():
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(F1_HEAD)
    for c in ws[1]:
        c.font = Font(bold=True)
    for _, cells, _ in F1_DATA:
        ws.append(cells)
    for row in ws.iter_rows(min_row=2):
        for c in row[1:3]:
            if isinstance(c.value, datetime):
                c.number_format = "m/d/yy h:mm:ss"
            elif isinstance(c.value, date):
                c.number_format = "dd/mm/yyyy"
        for c in row:
            c.alignment = Alignment(wrap_text=False)
    widths = [6, 18, 18, 34, 36, 40, 70, 28, 45, 22, 40, 30]
    for i, wdt in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = wdt
    wb.save(os.path.join(HERE, F1))
    # Forms "ref" is the response Id, written as a string
    rows = build_rows(F1_DATA, 1, F1_VERB)
    write_key(F1, "innovations", 1, rows)


# =============================================================================
# FILE 2 - Harrowfield Teaching Hospitals NHS Trust (RH7), Imaging Directorate
# (radiology).  Staff special-interests list, Surname / Forename / Title in
# separate columns and interests over "Interest 1..3".  Excel "CSV" (cp1252,
# CRLF), two title rows and a blank row above the header.
# =============================================================================
F2 = "Radiology_staff_special_interests_Oct24.csv"
HF = "@harrowfield.nhs.uk"
F2_TITLE = [["Harrowfield Teaching Hospitals NHS Trust \u2013 Imaging Directorate"],
            ["Staff special interests list (updated Oct 2024 \u2013 KP). Please tell Karen if yours changes!"],
            []]
F2_HEAD = ["Surname", "Forename", "Title", "Post / Band", "Modality / Section", "E-mail",
           "Interest 1", "Interest 2", "Interest 3", "Happy to help with\u2026", "Comments"]
F2_DATA = [
    ("adebayo", ["Adebayo", "Funmi", "Dr", "Consultant Radiologist", "Neuroradiology",
                 "f.adebayo" + HF, "Stroke imaging", "CT perfusion", "Teaching FRCR candidates",
                 "Happy to teach registrars on CT perfusion", ""],
     staff("Funmi", "Adebayo", "f.adebayo" + HF, "Consultant Radiologist",
           ["Stroke imaging", "CT perfusion", "Teaching FRCR candidates"],
           "Happy to teach registrars on CT perfusion")),
    (None, ["Brennan", "Ciar\u00e1n", "Mr", "Advanced Practitioner Radiographer (Band 7)",
            "Plain film reporting", "c.brennan" + HF, "MSK reporting", "Chest X-ray reporting",
            "", "Can offer shadowing for trainee reporting radiographers", ""],
     staff("Ciar\u00e1n", "Brennan", "c.brennan" + HF, "Advanced Practitioner Radiographer (Band 7)",
           ["MSK reporting", "Chest X-ray reporting"],
           "Can offer shadowing for trainee reporting radiographers")),
    (None, ["Chaudhry", "Imran", "Dr", "Consultant Radiologist", "Interventional", "",
            "Embolisation; fibroid embolisation (UAE)", "Vascular access", "", "", ""],
     staff("Imran", "Chaudhry", None, "Consultant Radiologist",
           ["Embolisation", "fibroid embolisation (UAE)", "Vascular access"])),
    (None, ["Dawson", "Kelly", "Mrs", "Superintendent Radiographer \u2013 CT", "CT",
            "k.dawson" + HF, "Cardiac CT", "Radiation protection", "Dose audit", "", ""],
     staff("Kelly", "Dawson", "k.dawson" + HF, "Superintendent Radiographer \u2013 CT",
           ["Cardiac CT", "Radiation protection", "Dose audit"])),
    (None, ["Evans", "Rhian", "Ms", "Sonographer (Band 7)", "Ultrasound", "r.evans" + HF,
            "Obstetric ultrasound", "Gynae scanning", "Speaks Welsh", "", ""],
     staff("Rhian", "Evans", "r.evans" + HF, "Sonographer (Band 7)",
           ["Obstetric ultrasound", "Gynae scanning"])),
    (None, ["Fairclough", "Tom", "Mr", "Radiographer (Band 5)", "General / A&E",
            "t.fairclough" + HF, "", "", "", "", ""],
     staff("Tom", "Fairclough", "t.fairclough" + HF, "Radiographer (Band 5)", [])),
    (None, ["Gallagher", "Niamh", "Dr", "Consultant Radiologist \u2013 LEFT", "Breast",
            "n.gallagher" + HF, "Breast MRI", "Screening", "", "",
            "Left 31/08/2024 \u2013 moved to Belfast Trust"],
     staff("Niamh", "Gallagher", "n.gallagher" + HF, "Consultant Radiologist",
           ["Breast MRI", "Screening"], left="2024-08-31")),
    (None, ["Hussain", "Zara", "Miss", "Assistant Practitioner", "General / A&E",
            "z.hussain" + HF, "Moving & handling", "Cannulation", "",
            "Willing to help train new APs on cannulation", ""],
     staff("Zara", "Hussain", "z.hussain" + HF, "Assistant Practitioner",
           ["Moving & handling", "Cannulation"], "Willing to help train new APs on cannulation")),
    (None, [""] * 11, BAD("blank row")),
    (None, ["VACANT", "", "", "Consultant Radiologist (MSK)", "MSK", "", "", "", "", "",
            "Advertised Sept 24 \u2013 interviews Nov"],
     BAD("vacant post")),
    (None, ["Ivanova", "Elena", "Dr", "Specialty Registrar ST4", "Training scheme",
            "e.ivanova" + HF, "Ultrasound and MRI", "Research", "Speaks Bulgarian & Russian",
            "", ""],
     staff("Elena", "Ivanova", "e.ivanova" + HF, "Specialty Registrar ST4",
           ["Ultrasound", "MRI", "Research"])),
    (None, ["Jones", "Bethan", "Mrs", "Radiology Department Manager", "Management",
            "b.jones3" + HF, "Service improvement", "Health & safety", "Business cases",
            "Happy to advise on business cases", ""],
     staff("Bethan", "Jones", "b.jones3" + HF, "Radiology Department Manager",
           ["Service improvement", "Health & safety", "Business cases"],
           "Happy to advise on business cases")),
    (None, ["Kaur", "Simran", "Ms", "Radiographer (Band 6)", "MRI", "s.kaur" + HF,
            "MRI safety", "Cardiac MRI", "", "", "On maternity leave until Mar 2025"],
     staff("Simran", "Kaur", "s.kaur" + HF, "Radiographer (Band 6)",
           ["MRI safety", "Cardiac MRI"])),
    (None, ["Lambert", "Oliver", "Dr", "Consultant Radiologist", "Oncology imaging",
            "o.lambert" + HF, "Lung cancer staging, PET-CT", "MDT coordination", "", "", ""],
     staff("Oliver", "Lambert", "o.lambert" + HF, "Consultant Radiologist",
           ["Lung cancer staging", "PET-CT", "MDT coordination"])),
    (None, ["Murphy", "Se\u00e1n", "Mr", "PACS Manager", "PACS / IT", "s.murphy" + HF, "PACS",
            "Image sharing between trusts", "Cyber security",
            "Can offer PACS training for new starters", ""],
     staff("Se\u00e1n", "Murphy", "s.murphy" + HF, "PACS Manager",
           ["PACS", "Image sharing between trusts", "Cyber security"],
           "Can offer PACS training for new starters")),
    (None, ["Adebayo", "Funmi", "Dr", "Consultant Radiologist", "Neuroradiology",
            "f.adebayo" + HF, "Stroke imaging", "CT perfusion", "", "", "dup? KP to check"],
     BAD("dup:adebayo")),
    (None, ["Nowak", "Katarzyna", "Ms", "Reporting Radiographer", "Plain film reporting",
            "k.nowak" + HF, "Chest X-ray reporting", "", "", "", "Speaks Polish"],
     staff("Katarzyna", "Nowak", "k.nowak" + HF, "Reporting Radiographer",
           ["Chest X-ray reporting"])),
    (None, ["O'Neill", "Declan", "Mr", "Radiology Nurse (Band 6)", "Interventional",
            "d.oneill" + HF, "Sedation", "WHO checklist / safety briefings", "", "",
            "Secondment to Cath Lab until Jan 25"],
     staff("Declan", "O'Neill", "d.oneill" + HF, "Radiology Nurse (Band 6)",
           ["Sedation", "WHO checklist / safety briefings"])),
    (None, ["Patel", "Anjali", "Dr", "Consultant Radiologist", "Cardiac", "a.patel" + HF,
            "Cardiac CT", "Cardiac MRI", "AI in imaging",
            "Happy to talk to anyone about AI reporting tools", ""],
     staff("Anjali", "Patel", "a.patel" + HF, "Consultant Radiologist",
           ["Cardiac CT", "Cardiac MRI", "AI in imaging"],
           "Happy to talk to anyone about AI reporting tools")),
    (None, ["Quinn", "Matthew", "Mr", "Radiographer (Band 5) ** LEFT Jun 2024 **", "CT", "",
            "CT head protocols", "", "", "", ""],
     staff("Matthew", "Quinn", None, "Radiographer (Band 5)", ["CT head protocols"],
           left="2024-06-01")),
    (None, ["Roberts", "Gwen", "Mrs", "Imaging Assistant", "General / A&E", "g.roberts" + HF,
            "Patient experience", "Dementia friends champion", "", "", ""],
     staff("Gwen", "Roberts", "g.roberts" + HF, "Imaging Assistant",
           ["Patient experience", "Dementia friends champion"])),
    (None, ["TEST", "Test", "", "test", "", "", "", "", "", "", ""], BAD("test row")),
    (None, ["Shah", "Vikram", "Dr", "Clinical Director \u2013 Radiology", "Management",
            "v.shah" + HF, "Neuro IR", "Thrombectomy", "Leadership & management",
            "Willing to mentor new consultants", ""],
     staff("Vikram", "Shah", "v.shah" + HF, "Clinical Director \u2013 Radiology",
           ["Neuro IR", "Thrombectomy", "Leadership & management"],
           "Willing to mentor new consultants")),
    (None, ["Total staff listed", "22", "", "", "", "", "", "", "", "", ""], BAD("total row")),
]


def make_f2():
    w = len(F2_HEAD)
    hdr = len(F2_TITLE) + 1
    allrows = pad(F2_TITLE, w) + [F2_HEAD] + pad([c for _, c, _ in F2_DATA], w)
    write_delimited(os.path.join(HERE, F2), allrows, ",", "cp1252", False)
    rows = build_rows(F2_DATA, hdr, {"department": 4})
    write_key(F2, "staff", hdr, rows)

# =============================================================================
# FILE 3 - Calderbrook Hospitals NHS Foundation Trust (RC5), Main Theatres &
# Day Surgery.  QI project tracker with merged title/group rows, frozen panes,
# RAG colour column, "% complete", a formula total row, and two extra sheets.
# =============================================================================
F3 = "Theatres_QI_tracker_v7_FINAL.xlsx"
F3_SHEET = "Tracker 2023-25"
CB = "@calderbrook.nhs.uk"
F3_HEAD = ["QI No.", "Project", "What are we trying to achieve?", "Theatre / Area",
           "Project lead", "Lead e-mail", "Kicked off", "RAG", "% complete",
           "Where we\u2019re at", "Est. annual saving (\u00a3)", "Comments"]
F3_DATA = [
    (None, ["QI-23-01", "Reducing late starts \u2013 \u2018first patient in by 08:45\u2019",
            "Get the first patient into the anaesthetic room by 08:45 on every list by fixing "
            "the 08:00 team brief, porter requests and consent-on-the-day.",
            "Main Theatres (all)", "Mr Jonathan Pike (Consultant Orthopaedic Surgeon)",
            "jonathan.pike" + CB, date(2023, 1, 9), "G", 1.0,
            "BAU now \u2013 on the theatre utilisation dashboard", 45000, ""],
     inn(lead("Jonathan Pike", "jonathan.pike" + CB), "embedded", started="2023-01-09",
         savings=45000)),
    (None, ["QI-23-02", "Swab count whiteboard redesign",
            "New standard whiteboard layout for swab, needle and instrument counts to cut "
            "count discrepancies.",
            "Day Surgery Unit", "Sister Joanne Kerr", "", "03/02/2023", "G", 1.0,
            "Rolled out trustwide incl. maternity theatres", "n/a", ""],
     inn(lead("Joanne Kerr", None), "spreading", started="2023-02-03")),
    (None, ["QI-23-03", "Reusable theatre hats",
            "Swap disposable bouffant hats for named reusable cloth hats laundered on site.",
            "Main Theatres", "Kerry Walsh (Band 6 ODP) kerry.walsh" + CB, "", "Mar-23", "G",
            0.9, "Evaluated \u2013 61,000 disposable hats saved in year 1; report on intranet",
            "c. \u00a34k", "Green theatres group"],
     inn(lead("Kerry Walsh", "kerry.walsh" + CB), "evaluated", started="2023-03-01",
         savings=4000)),
    (None, ["QI-23-04",
            "Green theatres \u2013 switching off anaesthetic gas scavenging out of hours",
            "Put the AGSS and theatre ventilation on timers so they switch to set-back when "
            "theatres are empty overnight and at weekends.",
            "Main Theatres", "Dr Amir Haddad / Dr Lucy Fenwick", "amir.haddad" + CB, 2023, "A",
            0.6, "Live in theatres 1\u20136, estates fixing timers on 7\u201312", "\u00a312k", ""],
     inn(lead("Amir Haddad", "amir.haddad" + CB), "implemented", started="2023-01-01",
         savings=12000)),
    (None, ["QI-23-05", "Pre-op fasting \u2013 \u2018Sip til Send\u2019",
            "Let elective patients keep sipping clear fluids until they are sent for, instead "
            "of nil by mouth from midnight.",
            "Pre-assessment / Day Surgery", "Fenwick, Lucy", "", "Spring 2023", "G", 1.0,
            "Standard practice now \u2013 written into pre-op fasting policy", "nil", ""],
     inn(lead("Lucy Fenwick", None), "embedded", started="2023-03-01", savings=0)),
    (None, [None] * 12, BAD("blank row")),
    (None, ["QI-23-06", "Theatre list booking via e-booking",
            "Surgeons book cases onto lists electronically rather than on paper booking forms "
            "faxed to scheduling.",
            "Theatre Admin / Scheduling", "Marcus Bell", "marcus.bell" + CB, date(2023, 6, 12),
            "R", 0.2, "on hold - staff shortages in scheduling team", "TBC", ""],
     inn(lead("Marcus Bell", "marcus.bell" + CB), "paused", started="2023-06-12")),
    ("drugtray", ["QI-23-07", "Anaesthetic room drug tray standardisation",
                  "Same drug tray layout in every anaesthetic room, with pre-filled syringes "
                  "where available, to reduce drug errors.",
                  "Main Theatres", "Helen O\u2019Rourke (Lead Anaesthetic Nurse)", "",
                  date(2023, 7, 1), "A", 0.45, "PDSA cycle 3 \u2013 testing in theatres 3 & 4",
                  "\u00a38,500", ""],
     inn(lead("Helen O\u2019Rourke", None), "testing", started="2023-07-01", savings=8500)),
    (None, ["QI-23-08", "Day case lap chole same-day discharge pathway",
            "Nurse-led discharge pathway so laparoscopic cholecystectomy patients can go home "
            "the same day.",
            "Day Surgery Unit", "Mr Rajesh Iyer", "r.iyer" + CB, date(2023, 9, 18), "G", 0.75,
            "Pathway live \u2013 58% same day discharge vs 20% baseline", "\u00a3500 a month", ""],
     inn(lead("Rajesh Iyer", "r.iyer" + CB), "implemented", started="2023-09-18",
         savings=6000)),
    (None, ["QI-23-09", "WHO checklist \u2018Stop moment\u2019 audit app",
            "Tablet app to audit compliance with the WHO checklist stop moments.",
            "Main Theatres", "TBC", "", "Oct-23", "R", 0,
            "scrapped \u2013 duplicated the trust audit app", "", ""],
     inn(None, "stopped", started="2023-10-01")),
    (None, ["QI-24-01", "Robotic surgery list utilisation",
            "Increase robot lists from 6 to 9 a week by training a second robotic team and "
            "adding a second console.",
            "Main Theatres \u2013 Robotic (Th 9)", "Mr David Osei / Ms Clare Dunmore", "",
            date(2024, 1, 15), "A", 0.3,
            "Bid submitted to Calderbrook Charity for 2nd console", "\u00a3120,000", ""],
     inn(lead("David Osei", None), "planning", started="2024-01-15", savings=120000)),
    (None, ["QI-24-02", "Anaesthetic room drug trays (standardised layout)",
            "Standard drug tray layout in all anaesthetic rooms.",
            "Main Theatres", "Helen O\u2019Rourke", "", date(2024, 2, 1), "A", 0.45,
            "see QI-23-07 \u2013 same project, logged twice", "", ""],
     BAD("dup:drugtray")),
    (None, ["QI-24-03", "Theatre staff wellbeing hub",
            "Turn the old stores room into a quiet rest space for theatre staff on long lists.",
            "Theatres (all)", "Paula Nwachukwu (Band 7 Theatre Manager)",
            "p.nwachukwu" + CB, date(2024, 3, 4), "G", 0.5,
            "Room agreed, ordering furniture", "n/a", ""],
     inn(lead("Paula Nwachukwu", "p.nwachukwu" + CB), "planning", started="2024-03-04")),
    (None, ["QI-24-04", "Scrub nurse first assistant training",
            "Train experienced scrub practitioners as surgical first assistants.",
            "Main Theatres", "Sister Joanne Kerr", "", "Apr-24", "A", 0.1,
            "Idea \u2013 needs funding from education budget", "TBC", ""],
     inn(lead("Joanne Kerr", None), "idea", started="2024-04-01")),
    (None, ["QI-TEST", "test row \u2013 delete", "", "", "", "", "", "", "", "", "", ""],
     BAD("test row")),
    (None, ["QI-24-05", "Orthopaedic implant stock tracking (barcode scanning)",
            "Scan implants at the point of use so stock is reordered automatically and "
            "implant records go straight into the patient record.",
            "Main Theatres \u2013 Orthopaedics", "Ms Sarah Lindqvist", "sarah.lindqvist" + CB,
            date(2024, 5, 20), "G", 0.8,
            "Live on ortho lists; spinal and plastics teams now using it too",
            "\u00a330,000 per year", ""],
     inn(lead("Sarah Lindqvist", "sarah.lindqvist" + CB), "spreading", started="2024-05-20",
         savings=30000)),
    (None, ["QI-24-06", "Post-op nausea & vomiting bundle",
            "Risk score at pre-op and a standard antiemetic bundle to cut PONV in recovery.",
            "Recovery / PACU", "Dr Nadia Karim", "", date(2024, 6, 3), "G", 0.6,
            "Trial in recovery on 2 lists a week", "", ""],
     inn(lead("Nadia Karim", None), "testing", started="2024-06-03")),
    (None, ["QI-24-07",
            "Reducing on-the-day cancellations \u2013 pre-op phone call 48h before",
            "A nurse rings every patient 48 hours before surgery to check they are fit, fasted "
            "correctly and have transport home.",
            "Pre-assessment", "Tracey Holt", "tracey.holt" + CB, date(2024, 7, 8), "G", 1.0,
            "Complete \u2013 evaluation written up, 34% fewer on-the-day cancellations",
            "\u00a367k", ""],
     inn(lead("Tracey Holt", "tracey.holt" + CB), "evaluated", started="2024-07-08",
         savings=67000)),
    (None, ["QI-24-08", "Surgical smoke evacuation",
            "Smoke extraction for diathermy in all theatres.",
            "Main Theatres", "Kerry Walsh (Band 6 ODP)", "", None, "A", 0.05,
            "proposed at governance Sept \u2013 not yet agreed", "TBC", ""],
     inn(lead("Kerry Walsh", None), "idea")),
    (None, [None] * 12, BAD("blank row")),
    (None, ["Rows below added by Day Surgery (PN) \u2013 Oct 24", None, None, None, None,
            None, None, None, None, None, None, None],
     BAD("notes row")),
    (None, ["DSU-01", "Day surgery discharge lounge",
            "Use the DSU waiting area as a discharge lounge so recovered patients free up "
            "trolley spaces while they wait for lifts home.",
            "Day Surgery Unit", "Nwachukwu, Paula", "", date(2024, 9, 2), "A", 0.25,
            "Pilot Tuesdays & Thursdays", "", ""],
     inn(lead("Paula Nwachukwu", None), "testing", started="2024-09-02")),
    (None, ["DSU-02", "Patient-chosen music in DSU theatres",
            "Patients pick a playlist for their operation under local/regional anaesthetic to "
            "reduce anxiety.",
            "Day Surgery Unit", "Chloe Barnes", "", "Oct-24", "G", 0,
            "not started \u2013 bid in with charity, waiting for decision", "\u00a30", ""],
     inn(lead("Chloe Barnes", None), "planning", started="2024-10-01", savings=0)),
    (None, ["TOTAL", None, None, None, None, None, None, None, "=AVERAGE(I5:I27)", None,
            "=SUM(K5:K27)", None],
     BAD("total row")),
]

RAG_FILL = {"R": "FFC7CE", "A": "FFEB9C", "G": "C6EFCE"}


def make_f3():
    wb = Workbook()
    ws = wb.active
    ws.title = F3_SHEET
    ws["A1"] = "Main Theatres & Day Surgery \u2013 Quality Improvement Project Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:L1")
    ws["A2"] = "Owner: Theatres Governance Lead | last updated 14/10/2024 | RAG key on \u2018Drop-downs\u2019 tab"
    ws.merge_cells("A2:L2")
    groups = [("A3", "A3:D3", "PROJECT"), ("E3", "E3:F3", "WHO"),
              ("G3", "G3:J3", "PROGRESS"), ("K3", "K3:L3", "BENEFITS")]
    for cell, rng, txt in groups:
        ws[cell] = txt
        ws[cell].font = Font(bold=True, color="FFFFFF")
        ws[cell].fill = PatternFill("solid", fgColor="1F4E79")
        ws[cell].alignment = Alignment(horizontal="center")
        ws.merge_cells(rng)
    for i, h in enumerate(F3_HEAD, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.alignment = Alignment(wrap_text=True, vertical="top")
    for k, (_, cells, _) in enumerate(F3_DATA):
        r = 5 + k
        for i, v in enumerate(cells, 1):
            c = ws.cell(row=r, column=i, value=v)
            if i == 7 and isinstance(v, date):
                c.number_format = "dd/mm/yyyy"
            if i == 9 and v is not None and v != "":
                c.number_format = "0%"
            if i == 11 and isinstance(v, (int, float)):
                c.number_format = '"\u00a3"#,##0'
            if i == 8 and v in RAG_FILL:
                c.fill = PatternFill("solid", fgColor=RAG_FILL[v])
            if i in (2, 3, 10):
                c.alignment = Alignment(wrap_text=True, vertical="top")
    last = 4 + len(F3_DATA)
    ws.cell(row=last, column=1).font = Font(bold=True)
    ws.cell(row=last, column=11).number_format = '"\u00a3"#,##0'
    ws.cell(row=last, column=9).number_format = "0%"
    ws.freeze_panes = "C5"
    for i, wdt in enumerate([10, 40, 55, 26, 34, 30, 12, 6, 10, 45, 16, 20], 1):
        ws.column_dimensions[get_column_letter(i)].width = wdt
    # archive sheet (older projects, not part of the key)
    ar = wb.create_sheet("Archive 2019-22")
    ar.append(["QI No.", "Project", "Lead", "Outcome"])
    ar.append(["QI-19-03", "Theatre sock amnesty", "K Walsh", "closed"])
    ar.append(["QI-20-01", "COVID donning/doffing buddy", "J Kerr", "stood down 2021"])
    ar.append(["QI-21-04", "Recovery pain scores e-obs", "N Karim", "moved to Digital team"])
    dd = wb.create_sheet("Drop-downs")
    for row in [["RAG", "Meaning"], ["G", "on track"], ["A", "some issues"],
                ["R", "stalled / at risk"]]:
        dd.append(row)
    wb.save(os.path.join(HERE, F3))
    rows = build_rows(F3_DATA, 4, {"ref": 0, "title": 1, "summary": 2, "department": 3,
                                     "status_text": 9})
    write_key(F3, "innovations", 4, rows, sheet=F3_SHEET)

# =============================================================================
# FILE 4 - St Aldhelm's University Hospitals NHS Trust (RA3), Health Records &
# Clinical Coding.  "Who to ask" directory; one cell holds
# "Surname, Forename (Job title)".  Excel "Unicode Text" (UTF-16 LE with BOM,
# TAB separated, CRLF; cells with line breaks quoted).
# =============================================================================
F4 = "HealthRecords_Coding_who_to_ask.txt"
SA = "@staldhelms.nhs.uk"
F4_TITLE = [["Health Records & Clinical Coding \u2013 Who to ask (please keep up to date!)"],
            []]
F4_HEAD = ["Staff member (Surname, Forename (Role))", "Team", "Ext.", "Email address",
           "Ask me about\u2026", "I\u2019m happy to\u2026", "Status / notes"]
F4_DATA = [
    ("marijke", ["Achterberg, Marijke (Clinical Coding Manager)", "Clinical Coding", "4410",
                 "marijke.achterberg" + SA, "ICD-10; OPCS-4; Coding audit",
                 "Happy to run coding refresher sessions for junior doctors", ""],
     staff("Marijke", "Achterberg", "marijke.achterberg" + SA, "Clinical Coding Manager",
           ["ICD-10", "OPCS-4", "Coding audit"],
           "Happy to run coding refresher sessions for junior doctors")),
    (None, ["Bhatt, Nikhil (Senior Clinical Coder \u2013 ACC)", "Clinical Coding", "4412",
            "nikhil.bhatt" + SA,
            "\u2022 Cancer coding\n\u2022 Oncology & haematology\n\u2022 Chemotherapy regimens",
            "Can offer 1:1 support with coding cancer MDT outcomes", ""],
     staff("Nikhil", "Bhatt", "nikhil.bhatt" + SA, "Senior Clinical Coder \u2013 ACC",
           ["Cancer coding", "Oncology & haematology", "Chemotherapy regimens"],
           "Can offer 1:1 support with coding cancer MDT outcomes")),
    (None, ["Cartwright, Pauline (Health Records Manager)", "Health Records", "4301",
            "pauline.cartwright" + SA,
            "Subject access requests, retention schedules and record destruction",
            "Willing to talk to ward clerks about casenote tracking", ""],
     staff("Pauline", "Cartwright", "pauline.cartwright" + SA, "Health Records Manager",
           ["Subject access requests", "retention schedules", "record destruction"],
           "Willing to talk to ward clerks about casenote tracking")),
    (None, ["Doherty, Aoife (Clinical Coder)", "Clinical Coding", "4415", "",
            "Orthopaedics\nTrauma coding", "", "Maternity leave \u2013 back April 2025"],
     staff("Aoife", "Doherty", None, "Clinical Coder", ["Orthopaedics", "Trauma coding"])),
    (None, ["Ellis, Graham (Records Library Supervisor)", "Health Records \u2013 Library",
            "4305", "graham.ellis" + SA,
            "Casenote tracking (iPM); Off-site storage & retrieval", "",
            "LEFT \u2013 retired 28/06/2024"],
     staff("Graham", "Ellis", "graham.ellis" + SA, "Records Library Supervisor",
           ["Casenote tracking (iPM)", "Off-site storage & retrieval"], left="2024-06-28")),
    (None, ["", "", "", "", "", "", ""], BAD("blank row")),
    (None, ["Fernandes, Ricardo (Data Quality Lead)", "Data Quality", "4420",
            "ricardo.fernandes" + SA,
            "NHS number tracing & PDS, duplicate registrations, SUS data quality dashboard",
            "Happy to help services check their activity data before it goes to SUS", ""],
     staff("Ricardo", "Fernandes", "ricardo.fernandes" + SA, "Data Quality Lead",
           ["NHS number tracing & PDS", "duplicate registrations",
            "SUS data quality dashboard"],
           "Happy to help services check their activity data before it goes to SUS")),
    (None, ["VACANT (Clinical Coding Trainer)", "Clinical Coding", "4416", "", "", "",
            "Out to advert \u2013 Marijke covering training meanwhile"],
     BAD("vacant post")),
    (None, ["Gupta, Dr Sunita (Clinical Coding Clinical Lead)", "Clinical Coding", "",
            "sunita.gupta" + SA,
            "Clinical engagement with coding; comorbidity capture (Charlson)",
            "happy to meet consultants about their documentation", "1 PA a week"],
     staff("Sunita", "Gupta", "sunita.gupta" + SA, "Clinical Coding Clinical Lead",
           ["Clinical engagement with coding", "comorbidity capture (Charlson)"],
           "happy to meet consultants about their documentation")),
    (None, ["Hughes, Tom (Clinical Coder) <tom.hughes" + SA + ">", "Clinical Coding", "4418",
            "", "Cardiology and Respiratory", "", ""],
     staff("Tom", "Hughes", "tom.hughes" + SA, "Clinical Coder", ["Cardiology", "Respiratory"])),
    (None, ["Iqbal, Sadia (Medical Secretary Team Leader)", "Medical Secretaries", "4330",
            "sadia.iqbal" + SA, "Dictation (BigHand), clinic letters, typing turnaround", "",
            "Speaks Urdu and Punjabi"],
     staff("Sadia", "Iqbal", "sadia.iqbal" + SA, "Medical Secretary Team Leader",
           ["Dictation (BigHand)", "clinic letters", "typing turnaround"])),
    (None, ["Jenkins, Lowri (Apprentice Clinical Coder)", "Clinical Coding", "",
            "lowri.jenkins" + SA, "", "", "Started Sept 24"],
     staff("Lowri", "Jenkins", "lowri.jenkins" + SA, "Apprentice Clinical Coder", [])),
    (None, ["Achterberg, Marijke (Clinical Coding Manager)", "Clinical Coding", "4411",
            "marijke.achterberg" + SA, "ICD-10, OPCS-4", "", "new ext?"],
     BAD("dup:marijke")),
    (None, ["Kowalczyk, Pawe\u0142 (Health Records Officer)", "Health Records \u2013 Scanning",
            "4308", "pawel.kowalczyk" + SA, "EDM scanning; Prep & QA of scanned notes", "",
            "Secondment to EPR project until Mar 25"],
     staff("Pawe\u0142", "Kowalczyk", "pawel.kowalczyk" + SA, "Health Records Officer",
           ["EDM scanning", "Prep & QA of scanned notes"])),
    (None, ["Lennox, Fiona (Head of Information Governance & Health Records)",
            "Information Governance", "4300", "fiona.lennox" + SA,
            "GDPR / UK GDPR\nSubject access requests\nRecords management policy",
            "Happy to review your team\u2019s record keeping procedures", ""],
     staff("Fiona", "Lennox", "fiona.lennox" + SA,
           "Head of Information Governance & Health Records",
           ["GDPR / UK GDPR", "Subject access requests", "Records management policy"],
           "Happy to review your team\u2019s record keeping procedures")),
    (None, ["TEST ENTRY \u2013 ignore", "", "", "test@test.com", "", "", ""],
     BAD("test row")),
    (None, ["Mensah, Kwame (Clinical Coder)", "Clinical Coding", "4417", "kwame.mensah" + SA,
            "Urology; Renal", "", "left Aug 2024"],
     staff("Kwame", "Mensah", "kwame.mensah" + SA, "Clinical Coder", ["Urology", "Renal"],
           left="2024-08-01")),
    (None, ["Norris, Debbie (Outpatient Records Coordinator)", "Health Records \u2013 Outpatients",
            "4320", "debbie.norris" + SA, "Clinic preparation; temporary notes",
            "Can offer training on the tracking system for new receptionists", ""],
     staff("Debbie", "Norris", "debbie.norris" + SA, "Outpatient Records Coordinator",
           ["Clinic preparation", "temporary notes"],
           "Can offer training on the tracking system for new receptionists")),
    (None, ["O\u2019Brien, Siobh\u00e1n (Clinical Coding Auditor)", "Clinical Coding", "4413",
            "siobhan.obrien" + SA,
            "\u2022 Coding audit (approved auditor)\n\u2022 Payment by Results / HRGs\n"
            "\u2022 Depth of coding",
            "Willing to do mini-audits for specialties on request", ""],
     staff("Siobh\u00e1n", "O\u2019Brien", "siobhan.obrien" + SA, "Clinical Coding Auditor",
           ["Coding audit (approved auditor)", "Payment by Results / HRGs", "Depth of coding"],
           "Willing to do mini-audits for specialties on request")),
    (None, ["Pryce, Gethin (Deputy Health Records Manager)", "Health Records", "4302",
            "gethin.pryce" + SA, "Health records storage & retrieval", "",
            "Acting HR Manager from Nov"],
     staff("Gethin", "Pryce", "gethin.pryce" + SA, "Deputy Health Records Manager",
           ["Health records storage & retrieval"])),
    (None, ["Total staff: 18", "", "", "", "", "", ""], BAD("total row")),
]


def make_f4():
    w = len(F4_HEAD)
    hdr = len(F4_TITLE) + 1
    allrows = pad(F4_TITLE, w) + [F4_HEAD] + pad([c for _, c, _ in F4_DATA], w)
    write_delimited(os.path.join(HERE, F4), allrows, "\t", "utf-16-le", True)
    rows = build_rows(F4_DATA, hdr, {"department": 1})
    write_key(F4, "staff", hdr, rows)

# =============================================================================
# FILE 5 - Eastmarsh Hospitals NHS Trust (RE6), Hyper-Acute Stroke Unit.
# QI projects grouped under status heading rows instead of a status column.
# Excel "CSV UTF-8" (UTF-8 with BOM, CRLF), one title row above the header.
# For these rows status_text is the heading the row sits under.
# =============================================================================
F5 = "HASU_QI_projects_by_status.csv"
EM = "@eastmarsh.nhs.uk"
F5_TITLE = [["HASU & Stroke Unit \u2013 QI / improvement projects (keep under the right heading!)"]]
F5_HEAD = ["Ref", "Project name", "Aim / what it involves", "Ward/area",
           "Lead (name & email)", "Date started", "Update", "Cost saving (\u00a3/yr)"]


def hasu(status, lead_, stage, started=None, savings=None):
    return inn(lead_, stage, status_text=status, started=started, savings=savings)


C, P, H, S, I = ("COMPLETED", "IN PROGRESS", "ON HOLD", "STOPPED / NOT TAKEN FORWARD",
                 "IDEAS (not started)")
F5_DATA = [
    (None, [C], BAD("section heading row (COMPLETED)")),
    (None, ["HASU-01", "Door-to-needle under 30 minutes",
            "Ambulance pre-alert, CT table held free and thrombolysis given in the CT scanner "
            "room rather than back on the unit.",
            "HASU / ED resus", "Dr Aled Morgan aled.morgan" + EM, "2021",
            "Now BAU \u2013 median DTN 27 mins", "n/a"],
     hasu(C, lead("Aled Morgan", "aled.morgan" + EM), "embedded", started="2021-01-01")),
    (None, ["HASU-02", "Swallow screen within 4 hours \u2013 nurse-led",
            "Train all HASU band 5/6 nurses to do the swallow screen so patients are not kept "
            "nil by mouth waiting for SLT.",
            "HASU", "Sister Megan Pugh (Band 7)", "Mar-22",
            "Evaluated \u2013 SSNAP swallow domain up from C to A; poster at UKSF 2022", ""],
     hasu(C, lead("Megan Pugh", None), "evaluated", started="2022-03-01")),
    (None, ["HASU-03", "Stroke passport for patients going home",
            "A patient-held booklet with their stroke type, medicines, risk factors and who to "
            "contact, filled in before discharge.",
            "HASU / Stroke rehab (Ward 14)", "Lisa Tranter (Band 6 OT), lisa.tranter" + EM,
            "Spring 2022",
            "Taken up by Wyeford Community Hospital and 2 other trusts in the ISDN", ""],
     hasu(C, lead("Lisa Tranter", "lisa.tranter" + EM), "spreading", started="2022-03-01")),
    (None, ["HASU-04", "Video triage of suspected stroke with paramedics",
            "Paramedics video-call the stroke consultant from the patient\u2019s home so "
            "mimics can be kept out of the HASU.",
            "HASU / Ambulance liaison", "Dr Aled Morgan / Dr Rosa Lindgren", "01/09/2022",
            "Live 24/7 since Jan 23", "\u00a340,000"],
     hasu(C, lead("Aled Morgan", None), "implemented", started="2022-09-01", savings=40000)),
    (None, [], BAD("blank row")),
    (None, [P], BAD("section heading row (IN PROGRESS)")),
    (None, ["HASU-07", "Early supported discharge referral in Nerve Centre",
            "Electronic ESD referral from the HASU board round instead of the paper form, so "
            "the community team picks patients up a day sooner.",
            "HASU", "Jade Whitlock <jade.whitlock" + EM + ">", "Jan-24",
            "PDSA cycle 2 \u2013 testing on weekday discharges", "\u00a318,000"],
     hasu(P, lead("Jade Whitlock", "jade.whitlock" + EM), "testing", started="2024-01-01",
          savings=18000)),
    ("physio", ["HASU-08", "Hyperacute physio assessment 7 days a week",
                "Physio assessment within 24 hours of admission, including weekends.",
                "HASU \u2013 Therapies", "Owen Griffiths (Band 7 physio)", "03/04/2023",
                "Business case approved, recruiting 1 WTE Band 6", "c. \u00a325k"],
     hasu(P, lead("Owen Griffiths", None), "planning", started="2023-04-03", savings=25000)),
    (None, ["HASU-09", "Mouth care bundle to prevent stroke-associated pneumonia",
            "Twice-daily mouth care with a checklist on the bedside chart for every patient who "
            "fails the swallow screen.",
            "HASU", "Megan Pugh", "Oct-23", "live on HASU and ASU beds", ""],
     hasu(P, lead("Megan Pugh", None), "implemented", started="2023-10-01")),
    (None, ["HASU-10", "Thrombectomy transfer checklist",
            "Standard checklist and grab bag for transferring patients to the regional "
            "thrombectomy centre.",
            "HASU / ED", "Lindgren, Rosa (Dr)", "2024", "Trial on 10 transfers so far", "TBC"],
     hasu(P, lead("Rosa Lindgren", None), "testing", started="2024-01-01")),
    (None, ["HASU-08", "Hyperacute physio 7-day service",
            "7 day physio on HASU", "HASU \u2013 Therapies", "Owen Griffiths", "Apr-23",
            "see above", ""],
     BAD("dup:physio")),
    (None, ["HASU-11", "AF detection \u2013 72 hr Holter fitted on HASU",
            "Fit 72 hour Holter monitors before discharge for all ischaemic strokes instead of "
            "waiting 8 weeks for an outpatient slot.",
            "HASU / Cardiology", "Dr Chidi Okonkwo", "Jun-24",
            "Bid submitted to Eastmarsh Hospitals Charity for 6 monitors", "\u00a3500 a month"],
     hasu(P, lead("Chidi Okonkwo", None), "planning", started="2024-06-01", savings=6000)),
    (None, ["rows added by JW 12/9/24"], BAD("notes row")),
    (None, ["HASU-12", "Stroke nurse in-reach to ED triage",
            "HASU nurse goes to ED triage for every FAST-positive walk-in.",
            "ED / HASU", "", "Aug-24", "Agreed at stroke board, rota being drawn up", ""],
     hasu(P, None, "planning", started="2024-08-01")),
    (None, [], BAD("blank row")),
    (None, [H], BAD("section heading row (ON HOLD)")),
    (None, ["HASU-05", "Patient-held BP diary app",
            "App for TIA clinic patients to send home BP readings to the stroke nurses.",
            "HASU / TIA clinic", "Dr Chidi Okonkwo", "2022",
            "on hold \u2013 app supplier went into administration", ""],
     hasu(H, lead("Chidi Okonkwo", None), "paused", started="2022-01-01")),
    (None, ["HASU-06", "Bedside speech & language picture boards",
            "Picture communication boards at every bed for patients with aphasia.",
            "HASU \u2013 SLT", "Hollie Marsh (SLT)", "Nov-22", "Paused \u2013 SLT vacancies",
            "\u00a30"],
     hasu(H, lead("Hollie Marsh", None), "paused", started="2022-11-01", savings=0)),
    (None, [S], BAD("section heading row (STOPPED / NOT TAKEN FORWARD)")),
    (None, ["HASU-13", "Remote CT reading by stroke consultants from home",
            "Home reporting workstations so the on-call stroke consultant can see CTs without "
            "coming in.",
            "HASU", "Dr Aled Morgan", "", "Not taken forward \u2013 regional network doing "
            "this instead", "n/a"],
     hasu(S, lead("Aled Morgan", None), "stopped")),
    (None, ["x", "test", "", "", "", "", "", ""], BAD("test row")),
    (None, ["HASU-14", "Stroke ward volunteer \u2018Meal buddies\u2019",
            "Volunteers help patients with one-sided weakness at lunchtime.",
            "Ward 14 (stroke rehab)", "Gill Ashworth", "2023",
            "Scrapped \u2013 volunteer service couldn\u2019t staff it", "nil"],
     hasu(S, lead("Gill Ashworth", None), "stopped", started="2023-01-01", savings=0)),
    (None, [I], BAD("section heading row (IDEAS)")),
    (None, ["HASU-15", "Automated SSNAP data capture from EPR",
            "Pull SSNAP audit fields straight from the EPR so the audit team stop re-keying "
            "them.",
            "HASU / Stroke audit", "Jade Whitlock", "", "Idea raised at away day", "TBC"],
     hasu(I, lead("Jade Whitlock", None), "idea")),
    (None, ["HASU-16", "Carer training before discharge \u2013 moving & handling",
            "Therapists teach family carers safe transfers before the patient goes home.",
            "Ward 14", "Owen Griffiths", "", "To discuss with matron", ""],
     hasu(I, lead("Owen Griffiths", None), "idea")),
    (None, ["", "Total projects: 16"], BAD("total row")),
]


def make_f5():
    w = len(F5_HEAD)
    hdr = len(F5_TITLE) + 1
    allrows = pad(F5_TITLE, w) + [F5_HEAD] + pad([c for _, c, _ in F5_DATA], w)
    write_delimited(os.path.join(HERE, F5), allrows, ",", "utf-8", True)
    rows = build_rows(F5_DATA, hdr, {"ref": 0, "title": 1, "summary": 2, "department": 3})
    write_key(F5, "innovations", hdr, rows)

if __name__ == "__main__":
    make_f1()
    for name in list(globals()):
        if name.startswith("make_f") and name != "make_f1":
            globals()[name]()
