#!/usr/bin/env python
"""Writes 5 messy NHS-style spreadsheets plus hand-made answer keys.

Every data row is written out literally below, next to its hand-judged key.
Text fields that the key copies "as written" (title, summary, department,
status_text, job_title ...) are taken from the literal cell (trimmed); the
judged fields (lead name, stage, dates, savings, expertise lists, leaver
status, good/bad) are written by hand.

Re-run:  python make_files.py
"""
import csv
import datetime as dt
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.date
COPY = object()          # "take it from the cell as written"


# --------------------------------------------------------------------------
# key helpers
# --------------------------------------------------------------------------
def G(name, stage, started=None, savings=None, email=COPY, label=None):
    """Good innovation row."""
    return dict(kind="good", name=name, stage=stage, started=started,
                savings=savings, email=email, label=label)


def S(given, family, expertise, left=None, email=COPY, job_title=COPY,
      label=None):
    """Good staff row. left: None (current), True (left, no date) or ISO date."""
    return dict(kind="good", given=given, family=family, expertise=expertise,
                left=left, email=email, job_title=job_title, label=label)


def B(reason, dup_of=None):
    return dict(kind="bad", reason=reason, dup_of=dup_of)


def txt(v):
    if v is None:
        return None
    if isinstance(v, str):
        v = v.strip()
        return v or None
    return str(v)


def build_key(fname, kind, header_row, rows, cols):
    """rows: list of (cells, key). cols: field -> column index."""
    out = {"file": fname, "kind": kind, "header_row": header_row, "rows": {}}
    labels = {}
    for i, (cells, key) in enumerate(rows):
        if key.get("label"):
            labels[key["label"]] = header_row + 1 + i
    for i, (cells, key) in enumerate(rows):
        rn = header_row + 1 + i
        if key["kind"] == "bad":
            reason = key["reason"]
            if key["dup_of"]:
                reason = "%s (duplicate of row %d)" % (reason, labels[key["dup_of"]])
            out["rows"][str(rn)] = {"good": False, "reason": reason}
            continue
        c = lambda f: txt(cells[cols[f]]) if f in cols else None
        if kind == "innovations":
            email = c("email") if key["email"] is COPY else key["email"]
            e = {
                "ref": c("ref"),
                "title": c("title"),
                "summary": c("summary"),
                "department": c("department"),
                "lead": {"name": key["name"], "email": email},
                "stage": key["stage"],
                "status_text": c("status"),
            }
            if key["started"]:
                e["started"] = key["started"]
            e["savings_gbp"] = key["savings"]
        else:
            email = c("email") if key["email"] is COPY else key["email"]
            jt = c("job_title") if key["job_title"] is COPY else key["job_title"]
            w = c("willing")
            if w is not None and w.lower() in ("n/a", "na"):
                w = None
            e = {
                "name": key["given"] + " " + key["family"],
                "given_name": key["given"],
                "family_name": key["family"],
                "email": email,
                "job_title": jt,
                "department": c("department"),
                "expertise": key["expertise"],
                "willing_to_text": w,
            }
            if key["left"]:
                e["employment_status"] = "left"
                if key["left"] is not True:
                    e["left_on"] = key["left"]
        out["rows"][str(rn)] = {"good": True, "expected": e}
    with open(os.path.join(HERE, fname + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    return out


# ==========================================================================
# FILE 1  R&I pipeline (.xlsx) -- Northmoor Valley NHS Foundation Trust
# ==========================================================================
F1 = "NVFT_RandI_innovation_pipeline_2022-25.xlsx"
F1_HEAD = ["Ref No.", "Project name", "Description", "Directorate",
           "Project lead", "Lead e-mail", "Current status", "Start",
           "Est. annual saving", "Notes"]
NV = "@northmoorvalley.nhs.uk"
F1_ROWS = [
    (["RI-22-001", "Virtual fracture clinic",
      "Replace routine face-to-face fracture follow-up with a consultant-led virtual review and a phone call to the patient.",
      "Surgery & Critical Care", "Mr Tomasz Wójcik\nConsultant Orthopaedic Surgeon",
      "t.wojcik" + NV, "Live - BAU since Sept", D(2022, 4, 11), "£42,000",
      "Evaluated by CSU 2023"],
     G("Tomasz Wójcik", "embedded", "2022-04-11", 42000)),
    (["RI-22-002", "Pressure ulcer photo app",
      "Ward nurses photograph category 2+ pressure damage on a trust iPad; TVN team review remotely instead of visiting.",
      "Medicine", "Priya Raman\nLead Nurse, Tissue Viability", "p.raman" + NV,
      "pilot on Ward 7 & 9", "03/02/2023", "12k", None],
     G("Priya Raman", "testing", "2023-02-03", 12000)),
    (["RI-22-003", "Discharge lounge text reminders",
      "Automated SMS to patients' relatives the evening before a planned discharge, to cut waits in the discharge lounge.",
      "Operations", "Gareth Pugh", None, "idea stage - needs IG sign off", None,
      "TBC", "Raised at Innovation Forum Nov 22"],
     G("Gareth Pugh", "idea", None, None)),
    (["RI-22-004", "AI chest X-ray triage",
      "Evaluate an AI tool that flags suspected lung cancer on GP-requested chest X-rays so they are reported same day.",
      "Clinical Support Services", "Dr Helen Achterberg\nConsultant Radiologist",
      "h.achterberg" + NV, "Evaluation complete, report to Board Jun 24", "Mar-23",
      "n/a", "Funded by Cancer Alliance"],
     G("Helen Achterberg", "evaluated", "2023-03-01", None)),
    (["RI-23-005", "Frailty hot clinic",
      "Same-day geriatrician clinic for frail older people referred by GPs and paramedics, avoiding an ED attendance.",
      "Medicine", "Dr Olumide Bankole", "o.bankole" + NV,
      "Running 2 days/wk - hoping to extend to 5", "2023", "c.£4k",
      "figure from finance Q3 review"],
     G("Olumide Bankole", "implemented", "2023-01-01", 4000, label="frailty")),
    (["RI-23-006", "Paperless theatre lists",
      "Move theatre list scheduling from printed sheets to the e-theatre system with a tablet in each theatre.",
      "Surgery & Critical Care", "Jo Fairweather\nTheatre Manager",
      "jo.fairweather" + NV, "on hold (EPR upgrade)", D(2023, 5, 2), "£0", None],
     G("Jo Fairweather", "paused", "2023-05-02", 0)),
    ([None] * 10, B("blank row")),
    (["RI-23-007", "Nurse-led IV iron clinic",
      "Transfer IV iron infusions for pre-op anaemia from the day case unit to a nurse-led clinic in outpatients.",
      "Surgery & Critical Care", "Sister Amanda Kerr", "a.kerr" + NV,
      "Implemented Oct 23", "01/10/2023", 8500, None],
     G("Amanda Kerr", "implemented", "2023-10-01", 8500)),
    (["RI-23-008", "Sepsis e-learning for HCAs",
      "Short e-learning module on recognising sepsis and NEWS2 for healthcare assistants.",
      "Nursing & Quality (Corporate)", "Beth Lowry", None,
      "Stopped - replaced by national module", "Jun-23", "n/a", None],
     G("Beth Lowry", "stopped", "2023-06-01", None)),
    (["RI-23-009", "Remote monitoring for heart failure",
      "Bluetooth scales and BP cuffs for heart failure patients at home; community HF nurses review readings daily.",
      "Medicine", "Dr Fiona MacLeod\nHF Consultant", "fiona.macleod2" + NV,
      "Spread to Riverside & Ashby community teams", D(2022, 9, 1), "£65,000",
      "Originally HF-01 in old tracker"],
     G("Fiona MacLeod", "spreading", "2022-09-01", 65000)),
    (["RI-23-010", "Paediatric pain 'Buzzy' devices",
      "Vibrating cold devices to reduce needle pain in children having bloods taken on the Children's Assessment Unit.",
      "Women & Children", "Kate O'Donnell\nHospital Play Specialist",
      "k.odonnell" + NV, "Testing - PDSA cycle 2", "14/08/2023", None, None],
     G("Kate O'Donnell", "testing", "2023-08-14", None)),
    (["TEST", "TEST - please ignore", "test", None, "Admin", None, None, None,
      None, "delete me"],
     B("test row")),
    (["RI-23-011", "Midwife-led induction at home",
      "Outpatient balloon induction of labour for low-risk women, who go home overnight instead of staying on the antenatal ward.",
      "Women & Children", "Rachel Stenhouse", "r.stenhouse" + NV,
      "Business case in draft", None, "£18,500", None],
     G("Rachel Stenhouse", "planning", None, 18500)),
    (["RI-24-001", "Frailty Hot Clinic",
      "Same day geriatrician clinic for frail patients referred by GP/paramedics.",
      "Medicine", "Olumide Bankole", "o.bankole" + NV, "Running 2 days a week",
      D(2023, 1, 9), "£4,000", "re-entered for 24/25 tracker"],
     B("duplicate: same idea under a new ref", dup_of="frailty")),
    (["RI-23-013", "Medicines reconciliation by pharmacy technicians",
      "Pharmacy technicians complete medicines reconciliation within 24h of admission on AMU, freeing pharmacist time.",
      "Clinical Support Services", "Imran Siddiqui\nChief Pharmacy Technician",
      "imran.siddiqui" + NV, "Embedded - part of AMU SOP", D(2021, 11, 15),
      "£22k", None],
     G("Imran Siddiqui", "embedded", "2021-11-15", 22000)),
    (["RI-23-014", "Bladder scanner loan scheme",
      "Shared booking of bladder scanners across the medical wards to reduce unnecessary catheterisation.",
      "Medicine", "Lucy Hamer", None, "Idea - to discuss at NMAC", None, "TBC",
      None],
     G("Lucy Hamer", "idea", None, None)),
    (["RI-23-015", "Outpatient letters in plain English",
      "Rewrite outpatient clinic letter templates to a reading age of 11 and address them to the patient, copying the GP.",
      "Operations", "Dr Sanjay Mehta\nClinical Director, Outpatients",
      "s.mehta" + NV, "Templates live in Dermatology + ENT, audit pending",
      "Jan-24", "n/a", None],
     G("Sanjay Mehta", "implemented", "2024-01-01", None)),
    (["RI-24-002", "Staff wellbeing hub app",
      "Trust-branded app signposting staff to wellbeing, occupational health and financial support.",
      "Workforce & OD", "Hannah Iqbal", "h.iqbal" + NV,
      "Withdrawn - supplier went bust", D(2022, 2, 1), "£0", None],
     G("Hannah Iqbal", "stopped", "2022-02-01", 0)),
    (["RI-24-003", "Electronic observations in ED",
      "Handheld e-obs in the Emergency Department with automatic NEWS2 escalation alerts to the nurse in charge.",
      "Urgent & Emergency Care", "Dr Chris Adeyemi", "chris.adeyemi" + NV,
      "Go live planned Sept 24 - kit ordered", 2024, None, None],
     G("Chris Adeyemi", "planning", "2024-01-01", None)),
    (["RI-24-004", "Group physio for knee replacement",
      "Pre-op \"knee school\" group sessions replacing 1:1 pre-op physio appointments for elective TKR patients.",
      "Surgery & Critical Care", "Sean Mulholland\nClinical Lead Physiotherapist",
      "s.mulholland" + NV, "trialling w/ 3 cohorts so far", "22/01/2024",
      "£7,200", None],
     G("Sean Mulholland", "testing", "2024-01-22", 7200)),
    (["RI-24-005", "Dementia activity boxes",
      "Themed reminiscence boxes for patients with dementia on the elderly care wards, kept stocked by volunteers.",
      "Medicine", "Marjorie Ellis (volunteer co-ord)", None,
      "Up and running on all 6 COTE wards + now Ashby Community Hosp.", "Oct-22",
      "n/a", "Lovely feedback from families"],
     G("Marjorie Ellis", "spreading", "2022-10-01", None)),
    (["RI-24-006", "Clinic room utilisation dashboard",
      "Power BI dashboard showing booked vs actually used outpatient clinic rooms by session.",
      "Operations", "Ade Ogunleye", "ade.ogunleye" + NV,
      "Paused - BI team capacity", "03/04/2024", "c.£10k", None],
     G("Ade Ogunleye", "paused", "2024-04-03", 10000)),
    (["RI-24-007", "Tongue-tie clinic self-referral",
      "Online self-referral form for parents to the infant feeding tongue-tie clinic, replacing GP/HV referral.",
      "Women & Children", "Rachel Stenhouse", "r.stenhouse" + NV,
      "evaluated - 6 month audit presented at W&C governance", D(2023, 6, 5),
      "£3.5k", None],
     G("Rachel Stenhouse", "evaluated", "2023-06-05", 3500)),
    (["RI-24-008", "Greener anaesthetic gases",
      "Decommission desflurane and the piped nitrous oxide manifold; switch to sevoflurane and TIVA.",
      "Surgery & Critical Care", "Dr Emma Thorne\nConsultant Anaesthetist & Green Lead",
      "e.thorne" + NV, "Done - desflurane removed Jan 24, N2O manifold capped",
      "Sep-23", "£500 a month", "saving is drug cost only\nnot carbon"],
     G("Emma Thorne", "implemented", "2023-09-01", 6000)),
    ([None, "Rows below added from Innovation Forum Mar 24 – not yet validated",
      None, None, None, None, None, None, None, None],
     B("notes row")),
    ([None, "Patient-held hospital passports for people with a learning disability",
      "Standard hospital passport completed with the patient and carer, kept with the patient and scanned to EPR on admission.",
      "Nursing & Quality (Corporate)", "Liz Carmody\nLD Liaison Nurse", None,
      "just an idea", None, None, None],
     G("Liz Carmody", "idea", None, None)),
    ([None, "Chatbot for outpatient FAQs",
      "Website chatbot answering appointment, parking and clinic letter questions out of hours.",
      "Operations", "Gareth Pugh", "g.pugh" + NV, "Scoping with Digital team",
      "Mar-24", "TBC", None],
     G("Gareth Pugh", "planning", "2024-03-01", None)),
    ([None] * 10, B("blank row")),
    ([None, "TOTAL", None, None, None, None, None, None, "=SUM(I4:I30)", None],
     B("total row (formula)")),
    ([None, "No. of projects", None, None, None, None, None, None,
      "=COUNTA(A4:A30)", None],
     B("count row (formula)")),
]
F1_COLS = dict(ref=0, title=1, summary=2, department=3, lead=4, email=5,
               status=6, start=7, saving=8)


def write_f1():
    wb = Workbook()
    ws = wb.active
    ws.title = "Pipeline 24-25"
    ws["A1"] = "Northmoor Valley NHS Foundation Trust – Research & Innovation Pipeline 2022–25"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    for rng, label in (("A2:D2", "PROJECT"), ("E2:F2", "LEAD"),
                       ("G2:H2", "PROGRESS"), ("I2:J2", "FINANCE / COMMENTS")):
        ws[rng.split(":")[0]] = label
        ws[rng.split(":")[0]].font = Font(bold=True)
        ws[rng.split(":")[0]].alignment = Alignment(horizontal="center")
        ws.merge_cells(rng)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for j, h in enumerate(F1_HEAD, 1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill
    for i, (cells, _) in enumerate(F1_ROWS):
        r = 4 + i
        for j, v in enumerate(cells, 1):
            if v is None:
                continue
            c = ws.cell(row=r, column=j, value=v)
            if isinstance(v, dt.date):
                c.number_format = "dd/mm/yyyy"
            if j == 9 and isinstance(v, (int, float)):
                c.number_format = '"£"#,##0'
            if isinstance(v, str) and "\n" in v:
                c.alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEFGHIJ", (11, 34, 60, 24, 30, 30, 34, 12, 14, 30)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C4"
    wb.save(os.path.join(HERE, F1))


# ==========================================================================
# FILE 2  Charity small grants, Excel "CSV" (cp1252, CRLF)
# ==========================================================================
F2 = "WDH_Charity_small_grants_tracker.csv"
F2_HEAD = ["Grant code", "Scheme", "What the money is for", "Ward / unit",
           "Applicant", "Contact", "Where we’re at", "Kick-off",
           "Saving per year", "Trustees’ remarks"]
WD = "@wessexdowns.nhs.uk"
F2_ROWS = [
    (["SG-2021-01", "Café-style dining on Beech Ward",
      "Tables, tablecloths and proper crockery so patients on the stroke unit can eat together at lunchtime.",
      "Beech Ward (Stroke)", "Renée Marchetti", "renee.marchetti" + WD,
      "Up and running – patients love it", "12/05/2021", "£0",
      "Lovely photos for the newsletter"],
     G("Renée Marchetti", "implemented", "2021-05-12", 0, label="cafe")),
    (["SG-2021-02", "Sensory room for children’s outpatients",
      "Bubble tube, fibre-optic lights and soft play in the old store room next to Paeds OPD.",
      "Children’s Outpatients", "Sister Claire O’Neill", "c.oneill" + WD,
      "Completed & evaluated – parent survey 94% positive", "Sept 2021", "n/a", ""],
     G("Claire O’Neill", "evaluated", "2021-09-01", None)),
    (["SG-2021-03", "Ward-based exercise bikes",
      "Pedal exercisers for elderly care wards to keep patients moving during their admission (“bed rest is bad rest”).",
      "Elderly Care – Hazel & Rowan", "Tom Ashdown, Physio", "tom.ashdown" + WD,
      "Trialled on Hazel, now on Rowan + Juniper too", "2021", "£2,400", ""],
     G("Tom Ashdown", "spreading", "2021-01-01", 2400)),
    (["SG-2022-01", "Hearing loops for outpatient reception",
      "Portable induction loops for all the main outpatient reception desks.",
      "Outpatients", "Dawn Fletcher", "", "Installed Feb 22", "Feb-22", "£0", ""],
     G("Dawn Fletcher", "implemented", "2022-02-01", 0)),
    ([""] * 10, B("blank row")),
    (["SG-2022-02", "Bereavement memory boxes",
      "Keepsake boxes (handprints, lock of hair, photos) for families after a death on ICU.",
      "Critical Care", "Dr Aoife Brennan (aoife.brennan" + WD + ")", "",
      "Part of routine ICU care now – bereavement nurse restocks monthly",
      "03/03/2022", "n/a", "Re-order through charity office"],
     G("Aoife Brennan", "embedded", "2022-03-03", None,
       email="aoife.brennan" + WD)),
    (["SG-2022-03", "Relatives’ overnight recliner chairs",
      "Six reclining chairs so relatives can stay overnight with patients at the end of life.",
      "Palliative Care", "Mary-Jo Pennington", "mj.pennington" + WD,
      "Ordered – awaiting delivery", "Jun-22", "TBC", ""],
     G("Mary-Jo Pennington", "planning", "2022-06-01", None)),
    (["SG-2022-04", "Music for dementia",
      "iPods with personalised playlists (‘Playlist for Life’) for patients living with dementia.",
      "Elderly Care – Hazel & Rowan", "Tom Ashdown", "tom.ashdown" + WD,
      "Pilot on Hazel – 10 patients so far", "14/09/2022", "", ""],
     G("Tom Ashdown", "testing", "2022-09-14", None)),
    (["SG-2022-05", "Reusable named theatre caps",
      "Named, washable theatre caps for all theatre staff – saves c. 30,000 paper caps a year.",
      "Main Theatres", "Lewis Grant", "l.grant" + WD,
      "Done. Now standard in Main & Day Theatres", "2022", "£1,850", ""],
     G("Lewis Grant", "embedded", "2022-01-01", 1850)),
    (["SG-2022-06", "TEST – please ignore", "test", "", "Admin", "", "", "", "", ""],
     B("test row")),
    (["SG-2023-01", "Doula support for vulnerable women",
      "Funding for volunteer doulas for women with no birth partner.",
      "Maternity", "Precious Mensah", "p.mensah" + WD,
      "On hold – volunteer coordinator post vacant", "01/04/2023", "c.£3k", ""],
     G("Precious Mensah", "paused", "2023-04-01", 3000)),
    (["SG-2023-02", "Garden for the mental health unit",
      "Raised beds and seating in the Willow Unit courtyard for patient horticulture groups.",
      "Willow Unit (MH)", "Gethin Morgan", "gethin.morgan" + WD,
      "Planning – quotes being obtained", "", "TBC", ""],
     G("Gethin Morgan", "planning", None, None)),
    (["SG-2023-03", "Café-style dining on Beech ward",
      "Tables, cloths & crockery so stroke patients can eat together.",
      "Beech Ward (Stroke)", "Renée Marchetti", "renee.marchetti" + WD,
      "Running – see 2021 grant", "12/05/2021", "£0",
      "Resubmitted for extra crockery – same scheme"],
     B("duplicate: same scheme under a new grant code", dup_of="cafe")),
    (["SG-2023-04", "Sleep kits for inpatients",
      "Eye masks and ear plugs for inpatients to reduce night-time disturbance and delirium.",
      "Medical wards", "Kasia Nowak", "kasia.nowak" + WD,
      "idea only – to go to next trustees’ meeting", "", "", ""],
     G("Kasia Nowak", "idea", None, None)),
    (["SG-2023-05", "Virtual reality distraction in burns dressing clinic",
      "VR headsets for children having dressing changes, to reduce the need for sedation.",
      "Plastics & Burns", "Dr Rohan Iyer", "r.iyer" + WD,
      "Trial finished, evaluation report submitted to trustees Mar 24",
      "Oct-23", "£5,000", ""],
     G("Rohan Iyer", "evaluated", "2023-10-01", 5000)),
    (["SG-2023-06", "Multi-faith prayer mats & texts",
      "Prayer mats, qibla compass and multi-faith texts for the Quiet Room.",
      "Chaplaincy", "Rev. Susan Hale", "", "Delivered", "2023", "n/a", ""],
     G("Susan Hale", "implemented", "2023-01-01", None)),
    (["Rows below added by PALS team", "", "", "", "", "", "", "", "", ""],
     B("notes row")),
    (["", "Large-print menus",
      "Large-print and picture menus for patients with sight loss or a learning disability.",
      "Catering / Facilities", "Anwen Price", "a.price" + WD,
      "Idea from patient feedback – not yet costed", "", "", ""],
     G("Anwen Price", "idea", None, None)),
    (["", "Free parking for carers of patients with dementia",
      "Charity to fund parking permits for John’s Campaign carers.",
      "PALS", "Anwen Price", "a.price" + WD,
      "Stopped – Trust now funds carer parking centrally", "Jan-23", "£0", ""],
     G("Anwen Price", "stopped", "2023-01-01", 0)),
    (["SG-2024-01", "Breast-feeding support packs",
      "Packs with nipple cream, breast pads and a leaflet for new mothers on the postnatal ward.",
      "Maternity", "Precious Mensah", "p.mensah" + WD,
      "Rolled out to postnatal ward & birth centre; community midwives next",
      "06/02/2024", "n/a", ""],
     G("Precious Mensah", "spreading", "2024-02-06", None)),
    (["SG-2024-02", "Wheelchair weighing scales",
      "Chair scales for the dietetics clinic so wheelchair users can be weighed.",
      "Nutrition & Dietetics", "Zoë Harcourt", "zoe.harcourt" + WD,
      "Business case with Estates – awaiting sign-off", "", "£600", ""],
     G("Zoë Harcourt", "planning", None, 600)),
    (["SG-2024-03", "Ward 3 Christmas lights", "Christmas decorations.",
      "Ward 3", "Kevin Doyle", "",
      "Not approved – trustees declined (not a charitable purpose)", "", "n/a", ""],
     G("Kevin Doyle", "stopped", None, None)),
    (["SG-2024-04", "Walking aids library",
      "Loan store of frames and sticks for discharge, to prevent delays waiting for community equipment.",
      "Therapies", "Mariam Haddad", "m.haddad" + WD,
      "Testing on AMU – 2 months in", "15/01/2024", "12k",
      "Saving = bed days\nCheck with finance"],
     G("Mariam Haddad", "testing", "2024-01-15", 12000)),
    ([""] * 10, B("blank row")),
    (["TOTAL", "", "", "", "", "", "", "", "£25,850", ""], B("total row")),
]
F2_COLS = dict(ref=0, title=1, summary=2, department=3, lead=4, email=5,
               status=6, start=7, saving=8)


def write_csv(path, head, rows, encoding, delimiter=",", bom=""):
    with open(path, "w", encoding=encoding, newline="") as f:
        if bom:
            f.write(bom)
        w = csv.writer(f, delimiter=delimiter, lineterminator="\r\n")
        w.writerow(head)
        for cells, _ in rows:
            w.writerow(["" if v is None else v for v in cells])


# ==========================================================================
# FILE 3  SharePoint list export, CSV UTF-8 with BOM
# ==========================================================================
F3 = "PD Ideas (SharePoint export).csv"
F3_HEAD = ["Title", "Idea summary", "Service", "Idea owner", "Owner email",
           "Progress", "Date begun", "Benefit £/yr", "ID", "Created",
           "Created By", "Modified", "Modified By", "Item Type", "Path"]
CT = "@carricktamar.nhs.uk"
SP = "sites/PracticeDevelopment/Lists/PD Ideas"


def sp(title, summ, svc, owner, mail, prog, begun, ben, idn, cr, crby, mod,
       modby):
    return [title, summ, svc, owner, mail, prog, begun, ben, str(idn), cr, crby,
            mod, modby, "Item", SP]


F3_ROWS = [
    (sp("Leg ulcer clinic - hub model",
        "Move leg ulcer patients who can travel from home visits to a weekly hub clinic at Polwenna Community Hospital.",
        "District Nursing – East", "Treloar, Jenna", "jenna.treloar" + CT,
        "Live in East locality since Jan", "09/01/2023", "£14,000", 3,
        "05/12/2022 10:14", "Treloar, Jenna", "21/03/2023 16:02", "Treloar, Jenna"),
     G("Jenna Treloar", "implemented", "2023-01-09", 14000, label="legulcer")),
    (sp("Teach insulin self-administration",
        "Teach suitable patients and families to give their own insulin so DN visits can be stopped.",
        "District Nursing – West", "Penrose, Mark", "", "Idea", "", "", 4,
        "06/12/2022 09:40", "Penrose, Mark", "06/12/2022 09:40", "Penrose, Mark"),
     G("Mark Penrose", "idea", None, None)),
    (sp("Digital handover sheet",
        "Replace the paper handover sheet on Polwenna Ward with a printed summary generated from the EPR.",
        "Polwenna Ward", "Kowalczyk, Agnieszka", "a.kowalczyk" + CT,
        "Testing w/ night staff", "20/03/2023", "TBC", 5,
        "10/01/2023 13:22", "Kowalczyk, Agnieszka", "02/05/2023 08:15",
        "Kowalczyk, Agnieszka"),
     G("Agnieszka Kowalczyk", "testing", "2023-03-20", None)),
    (sp("TEST", "test please ignore", "", "Bray, Lisa", "", "", "", "", 6,
        "11/01/2023 11:05", "Bray, Lisa", "11/01/2023 11:05", "Bray, Lisa"),
     B("test row")),
    (sp("Catheter passport",
        "Patient-held catheter passport recording insertion date, type and review dates, shared between DN, GP and hospital.",
        "Continence Service", "Chenoweth, Ruth", "r.chenoweth" + CT,
        "Evaluated – audit showed 40% fewer CAUTIs", "01/06/2022", "3,200", 7,
        "16/01/2023 15:30", "Chenoweth, Ruth", "14/06/2023 10:01",
        "Chenoweth, Ruth"),
     G("Ruth Chenoweth", "evaluated", "2022-06-01", 3200, label="catheter")),
    (sp("Falls huddles",
        "Five-minute falls huddle after every inpatient fall to agree immediate actions with the team.",
        "Polwenna Ward", "Kowalczyk, Agnieszka", "",
        "Embedded in daily safety huddle", "15/11/2021", "n/a", 8,
        "16/01/2023 15:41", "Bray, Lisa", "16/01/2023 15:41", "Bray, Lisa"),
     G("Agnieszka Kowalczyk", "embedded", "2021-11-15", None)),
    (sp("Wound photo consent via app",
        "Record patient consent for wound photographs in the community app rather than on a paper form.",
        "Tissue Viability", "Jago, Morwenna", "m.jago" + CT,
        "Paused – waiting for IG / DPIA", "02/05/2023", "£0", 9,
        "02/02/2023 12:12", "Jago, Morwenna", "19/07/2023 14:55", "Jago, Morwenna"),
     G("Morwenna Jago", "paused", "2023-05-02", 0)),
    (sp("", "", "", "", "", "", "", "", 10, "03/02/2023 08:59", "Hicks, Jenny",
        "03/02/2023 08:59", "Hicks, Jenny"),
     B("empty list item")),
    (sp("Community IV antibiotics (OPAT)",
        "Nurse-led outpatient parenteral antibiotic therapy at home, avoiding admission for cellulitis and UTI.",
        "Community IV Team", "Hocking, Simon", "s.hocking" + CT,
        "Now in Kernow PCN & Tamar PCN areas, rolling out to St Breock next",
        "04/07/2022", "£38,000", 11, "06/02/2023 10:30", "Hocking, Simon",
        "01/11/2023 09:12", "Bray, Lisa"),
     G("Simon Hocking", "spreading", "2022-07-04", 38000)),
    (sp("Catheter Passport", "Patient held catheter record.",
        "Continence Service", "Chenoweth, Ruth", "", "Evaluated", "01/06/2022",
        "3,200", 12, "20/02/2023 14:02", "Chenoweth, Ruth", "20/02/2023 14:02",
        "Chenoweth, Ruth"),
     B("duplicate: same idea entered again", dup_of="catheter")),
    (sp("Self-rostering for community nurses",
        "Team-based self-rostering for DN teams using the e-roster app.",
        "District Nursing – East", "Treloar, Jenna", "",
        "Stopped – staff voted against", "01/09/2023", "n/a", 13,
        "01/03/2023 11:45", "Treloar, Jenna", "30/11/2023 17:20", "Treloar, Jenna"),
     G("Jenna Treloar", "stopped", "2023-09-01", None)),
    (sp("Bowel care pathway for spinal injury patients",
        "Shared pathway and competency pack for digital bowel care in people with spinal cord injury at home.",
        "District Nursing – West", "Penhaligon-Rowe, Tamsin",
        "t.penhaligon-rowe" + CT,
        "Planning - pathway drafted, going to CQRG in Oct", "", "unknown", 14,
        "14/03/2023 09:10", "Penhaligon-Rowe, Tamsin", "22/08/2023 13:33",
        "Penhaligon-Rowe, Tamsin"),
     G("Tamsin Penhaligon-Rowe", "planning", None, None)),
    (sp("*** Items below migrated from old Excel tracker (2020) ***", "", "", "",
        "", "", "", "", 15, "20/03/2023 10:00", "Bray, Lisa", "20/03/2023 10:00",
        "Bray, Lisa"),
     B("notes row")),
    (sp("Hydration stations",
        "Water jugs with coloured lids and a ward hydration round at 10:00 and 15:00.",
        "Polwenna Ward", "Rosewarne, Beth", "", "Done 2020, part of routine now",
        "01/02/2020", "", 16, "20/03/2023 10:02", "Bray, Lisa",
        "20/03/2023 10:02", "Bray, Lisa"),
     G("Beth Rosewarne", "embedded", "2020-02-01", None)),
    (sp("Palliative 'just in case' box checklist",
        "Checklist for DNs to check anticipatory medicines boxes at every palliative visit.",
        "Palliative Care Team", "Nancarrow, Dr Eleanor", "e.nancarrow" + CT,
        "Checklist trialled on 12 patients", "10/10/2020", "", 17,
        "20/03/2023 10:04", "Bray, Lisa", "20/03/2023 10:04", "Bray, Lisa"),
     G("Eleanor Nancarrow", "testing", "2020-10-10", None)),
    (sp("Phlebotomy in GP surgeries",
        "Community phlebotomists run sessions in GP surgeries so housebound lists are kept for those who really need them.",
        "Phlebotomy", "Sweet, Carol", "carol.sweet" + CT, "Implemented",
        "01/04/2020", "£9,500", 18, "20/03/2023 10:05", "Bray, Lisa",
        "20/03/2023 10:05", "Bray, Lisa"),
     G("Carol Sweet", "implemented", "2020-04-01", 9500)),
    (sp("Community nurse bike scheme",
        "E-bikes for nurses with town-centre caseloads instead of pool cars.",
        "District Nursing – East", "Trewin, Daniel", "",
        "Needs funding - bid going to charity", "", "approx £2000", 19,
        "20/03/2023 10:07", "Bray, Lisa", "04/04/2023 12:00", "Trewin, Daniel"),
     G("Daniel Trewin", "planning", None, 2000)),
    (sp("Lymphoedema self-care videos",
        "Short videos on self-bandaging and skin care for patients with lymphoedema.",
        "Lymphoedema Service", "Opie, Siân", "sian.opie" + CT,
        "Filming done, videos live on trust YouTube", "13/06/2023", "£0", 20,
        "25/04/2023 15:15", "Opie, Siân", "10/10/2023 11:11", "Opie, Siân"),
     G("Siân Opie", "implemented", "2023-06-13", 0)),
    (sp("Leg Ulcer Clinic – hub model",
        "Weekly leg ulcer hub clinic at Polwenna.", "District Nursing – East",
        "Treloar, Jenna", "jenna.treloar" + CT, "Live", "09/01/2023", "14000",
        21, "02/05/2023 09:30", "Treloar, Jenna", "02/05/2023 09:30",
        "Treloar, Jenna"),
     B("duplicate: same idea entered again", dup_of="legulcer")),
    (sp("Frailty MDT with the PCN",
        "Monthly frailty MDT between community nursing, therapies and the PCN clinical pharmacist.",
        "Community Frailty", "Hicks, Jenny", "", "Early idea", "", "", 22,
        "12/09/2023 14:48", "Hicks, Jenny", "12/09/2023 14:48", "Hicks, Jenny"),
     G("Jenny Hicks", "idea", None, None)),
    (sp("Pressure-relieving cushion loan",
        "Short-term loan of pressure-relieving cushions from the therapy store while waiting for equipment service delivery.",
        "Community Therapies", "Tregarthen, Alun", "", "Testing", "05/02/2024",
        "", 23, "05/02/2024 10:20", "Tregarthen, Alun", "05/02/2024 10:20",
        "Tregarthen, Alun"),
     G("Alun Tregarthen", "testing", "2024-02-05", None)),
    (sp("Discharge to assess beds at Polwenna",
        "Four discharge-to-assess beds at Polwenna so acute patients can be assessed for care needs out of hospital.",
        "Polwenna Ward", "Ross, Kieran", "kieran.ross" + CT,
        "Paused over winter – beds needed for escalation", "01/10/2023", "£56,000",
        24, "20/02/2024 16:40", "Ross, Kieran", "21/02/2024 08:05", "Ross, Kieran"),
     G("Kieran Ross", "paused", "2023-10-01", 56000)),
]
F3_COLS = dict(title=0, summary=1, department=2, lead=3, email=4, status=5,
               start=6, saving=7, ref=8)


# ==========================================================================
# FILE 4  Therapies skills matrix (.xlsx) -- Hartwell & Stour Valley NHS FT
# ==========================================================================
F4 = "Therapies skills matrix HSV.xlsx"
F4_HEAD = ["Asg No.", "Surname", "First name", "Post", "Team / base", "NHSmail",
           "Clinical expertise", "Also interested in", "Happy to help with…",
           "End date", "Remarks"]
HS = "@hartwellstour.nhs.uk"
F4_ROWS = [
    (["24500117", "Okonkwo-Smith", "Adaeze",
      "Band 7 Clinical Specialist Physiotherapist", "MSK Outpatients – Hartwell",
      "adaeze.okonkwo-smith" + HS, "Spinal pain; hypermobility, persistent pain",
      "Pilates-based rehab",
      "Happy to help with spinal CPD sessions & student placements", None, None],
     S("Adaeze", "Okonkwo-Smith",
       ["Spinal pain", "hypermobility", "persistent pain", "Pilates-based rehab"])),
    (["24500231", "Fenwick", "Graham", "Band 6 Occupational Therapist",
      "Community Rehab – Stour", "g.fenwick" + HS,
      "Falls & frailty\nmoving & handling", "Telecare", "n/a", None, None],
     S("Graham", "Fenwick", ["Falls", "frailty", "moving & handling", "Telecare"])),
    (["24500342", "Ní Bhriain", "Siobhán", "Highly Specialist SLT",
      "Adult SLT – Acute", "siobhan.nibhriain" + HS,
      "Dysphagia\nTracheostomy weaning\nBSL signer", None,
      "Happy to help with trache competencies on ICU", None, None],
     S("Siobhán", "Ní Bhriain", ["Dysphagia", "Tracheostomy weaning"],
       label="siobhan")),
    (["24500410", "Patel", "Nikhil", "Band 5 Physiotherapist (rotational)",
      "Inpatient Physio", "nikhil.patel3" + HS, "Respiratory",
      "sports injuries and running", None, None, "rotates to MSK in April"],
     S("Nikhil", "Patel", ["Respiratory", "sports injuries", "running"])),
    (["24500533", "Whitlock", "Sarah", "Dietitian Band 6",
      "Nutrition & Dietetics", "sarah.whitlock" + HS,
      "Diabetes & weight management; renal", None,
      "Happy to help with carb counting training for ward staff", None,
      "Mat leave until Feb 25"],
     S("Sarah", "Whitlock", ["Diabetes", "weight management", "renal"])),
    ([None] * 11, B("blank row")),
    (["24500618", "Ahmed", "Farzana", "Band 7 Paediatric OT",
      "Children's Therapies", "f.ahmed" + HS, "Sensory processing, handwriting",
      "Autism; developmental coordination disorder (DCD)",
      "Happy to help with sensory diets, parent workshops", D(2024, 3, 31), None],
     S("Farzana", "Ahmed", ["Sensory processing", "handwriting", "Autism",
                            "developmental coordination disorder (DCD)"],
       left="2024-03-31")),
    (["24500702", "McAllister", "Ross", "Therapy Technician", "Inpatient Physio",
      "ross.mcallister" + HS, "Moving & handling, equipment provision", None,
      "Happy to help with M&H training", None, "Left Trust Aug 2023"],
     S("Ross", "McAllister", ["Moving & handling", "equipment provision"],
       left="2023-08-01")),
    (["24500815", "Kowalski", "Marta", "Band 6 SLT", "Children's Therapies", None,
      "Stammering / fluency", "Bilingual assessment\nSpeaks Polish",
      "Polish-speaking families – happy to advise", None, None],
     S("Marta", "Kowalski", ["Stammering / fluency", "Bilingual assessment"])),
    (["24500920", "Dawes", "Eleanor", "Clinical Lead Occupational Therapist",
      "Hand Therapy", "e.dawes" + HS, "Hand therapy and splinting", None,
      "Happy to help with splinting queries", None, "Retired 31/01/2024"],
     S("Eleanor", "Dawes", ["Hand therapy", "splinting"], left="2024-01-31")),
    (["24501004", "Osei", "Kwame", "Band 7 Respiratory Physiotherapist",
      "Pulmonary Rehab", "kwame.osei" + HS,
      "COPD & pulmonary rehab, oxygen assessment", "Long Covid",
      "Happy to help with inhaler technique teaching", None, None],
     S("Kwame", "Osei", ["COPD", "pulmonary rehab", "oxygen assessment",
                         "Long Covid"])),
    (["TEST", "TEST", "please ignore", None, None, None, "test", None, None,
      None, None],
     B("test row")),
    (["24501117", "Harrington", "Beatrice", "Consultant Therapist (Stroke)",
      "Stroke Unit", "b.harrington" + HS,
      "Stroke rehab; upper limb; spasticity management", "Clinical research",
      "Happy to help with stroke research projects, MSc supervision", None, None],
     S("Beatrice", "Harrington", ["Stroke rehab", "upper limb",
                                  "spasticity management", "Clinical research"],
       label="harrington")),
    (["24509988", "Harrington", "Beatrice",
      "Consultant Therapist (Stroke) – secondment", "Stroke Unit",
      "b.harrington" + HS, "Stroke rehab, upper limb", None, None, None,
      "2nd assignment (research secondment)"],
     B("duplicate: same person under a new assignment number",
       dup_of="harrington")),
    (["24501230", "Lloyd", "Gwenllian", "Band 6 Dietitian",
      "Nutrition & Dietetics", "gwen.lloyd" + HS,
      "Enteral feeding, home enteral nutrition (HEN)\nParenteral nutrition",
      None, None, None, "LEAVER"],
     S("Gwenllian", "Lloyd", ["Enteral feeding",
                              "home enteral nutrition (HEN)",
                              "Parenteral nutrition"], left=True)),
    (["24501345", "Brennan", "Declan", "Band 7 OT – Mental Health",
      "Older Adults MH", "declan.brennan" + HS,
      "Dementia and cognitive assessment", "Sensory integration & autism",
      "happy to help w/ cognitive screening training", None, None],
     S("Declan", "Brennan", ["Dementia", "cognitive assessment",
                             "Sensory integration", "autism"])),
    (["24501456", "Chowdhury", "Rehana", "Band 5 Dietitian",
      "Nutrition & Dietetics", None,
      "Eating and drinking difficulties in dementia",
      "Food first / oral nutritional supplements", None, None, None],
     S("Rehana", "Chowdhury", ["Eating and drinking difficulties in dementia",
                               "Food first / oral nutritional supplements"])),
    (["24501567", "Turner", "Jack", "Band 6 Physiotherapist", "Amputee Rehab",
      "jack.turner" + HS,
      "Amputee rehab; prosthetic gait training; moving & handling",
      "Wheelchair skills", "N/A", None, None],
     S("Jack", "Turner", ["Amputee rehab", "prosthetic gait training",
                          "moving & handling", "Wheelchair skills"])),
    ([None, "Rows below added by SLT team lead (Jan 24) – still to check Asg Nos",
      None, None, None, None, None, None, None, None, None],
     B("notes row")),
    ([None, "Adeyemi", "Folake", "Band 7 Specialist SLT – Voice",
      "Adult SLT – Outpatients", "folake.adeyemi" + HS, "Voice and AAC",
      "Head & neck cancer", "Happy to help with laryngectomy care teaching",
      None, None],
     S("Folake", "Adeyemi", ["Voice", "AAC", "Head & neck cancer"])),
    ([None, "Hughes", "Megan", "SLT Assistant", "Adult SLT – Acute", None,
      "Dysphagia screening", None, None, None, "left - moved to Sirona"],
     S("Megan", "Hughes", ["Dysphagia screening"], left=True)),
    ([None, "Ni Bhriain", "Siobhan", "Highly Specialist SLT", "Adult SLT – Acute",
      "siobhan.nibhriain" + HS, "Dysphagia, trache", None, None, None, None],
     B("duplicate: same person entered again (no fada)", dup_of="siobhan")),
    (["24501678", "Kaur", "Simran", "Band 6 OT", "Acute OT – Hartwell General",
      "simran.kaur" + HS,
      "Discharge planning, home assessments, moving & handling",
      "Splinting for burns", "Happy to help with home visit checklists", None,
      None],
     S("Simran", "Kaur", ["Discharge planning", "home assessments",
                          "moving & handling", "Splinting for burns"])),
    (["24501789", "O'Sullivan", "Padraig", "Physiotherapy Team Lead",
      "Community Rehab – Stour", "p.osullivan" + HS,
      "Falls prevention & vestibular rehab", "Leadership / clinical supervision",
      "Happy to help with falls training, vestibular assessments",
      D(2023, 6, 30), "Left"],
     S("Padraig", "O'Sullivan", ["Falls prevention", "vestibular rehab",
                                 "Leadership / clinical supervision"],
       left="2023-06-30")),
    (["24501890", "Mistry", "Hetal", "Band 7 Dietitian – Paediatrics",
      "Children's Therapies", "hetal.mistry" + HS,
      "Paediatric allergy\nFaltering growth\nKetogenic diet", "Speaks Gujarati",
      "Happy to help with cow's milk allergy queries", None, None],
     S("Hetal", "Mistry", ["Paediatric allergy", "Faltering growth",
                           "Ketogenic diet"])),
    (["24501901", "Bailey", "Chris", "Band 6 Physiotherapist",
      "MSK Outpatients – Hartwell", "chris.bailey" + HS, "Shoulders & knees",
      "Running injuries", None, None, None],
     S("Chris", "Bailey", ["Shoulders", "knees", "Running injuries"])),
    ([None, "VACANT", None, "Band 6 SLT", "Adult SLT – Acute", None, None, None,
      None, None, "Out to advert"],
     B("vacant post, no person")),
    ([None] * 11, B("blank row")),
    ([None, "Headcount", "=COUNTA(B3:B29)", None, None, None, None, None, None,
      None, None],
     B("headcount row (formula)")),
    (["24502012", "Sandhu", "Amrit",
      "Occupational Therapy Assistant Practitioner",
      "Acute OT – Hartwell General", "amrit.sandhu" + HS,
      "Equipment provision & moving & handling", None,
      "Happy to help with equipment orders", None, "new starter Feb 24"],
     S("Amrit", "Sandhu", ["Equipment provision", "moving & handling"])),
]
F4_COLS = dict(job_title=3, department=4, email=5, willing=8)


def write_f4():
    wb = Workbook()
    ws = wb.active
    ws.title = "Skills matrix"
    ws["A1"] = "Therapies Skills Matrix – Hartwell & Stour Valley NHS FT (team leads please keep updated)"
    ws["A1"].font = Font(bold=True, size=13)
    for j, h in enumerate(F4_HEAD, 1):
        c = ws.cell(row=2, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="005EB8")
    for i, (cells, _) in enumerate(F4_ROWS):
        r = 3 + i
        for j, v in enumerate(cells, 1):
            if v is None:
                continue
            c = ws.cell(row=r, column=j, value=v)
            if isinstance(v, dt.date):
                c.number_format = "dd/mm/yyyy"
            if isinstance(v, str) and "\n" in v:
                c.alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEFGHIJK", (11, 16, 12, 38, 28, 34, 44, 34, 44, 12, 30)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "D3"
    wb.save(os.path.join(HERE, F4))


# ==========================================================================
# FILE 5  Medical staff special interests, Excel "Unicode Text" (UTF-16 LE)
# ==========================================================================
F5 = "Medical staff special interests MFH.txt"
F5_HEAD = ["Name", "Grade", "Specialty", "Email", "Special interests",
           "Teaching / advice offered"]
MF = "@millbrookfarrow.nhs.uk"
F5_ROWS = [
    (["Dr Okafor, Chidi", "Consultant", "Gastroenterology",
      "chidi.okafor" + MF, "IBD; capsule endoscopy; nutrition",
      "Happy to teach FY doctors on endoscopy list"],
     S("Chidi", "Okafor", ["IBD", "capsule endoscopy", "nutrition"],
       label="okafor")),
    (["Margaret Hollis", "Consultant (Professor)", "Respiratory Medicine",
      "m.hollis" + MF,
      "Interstitial lung disease, sleep apnoea & home ventilation",
      "Advice on ILD referrals – email me"],
     S("Margaret", "Hollis", ["Interstitial lung disease", "sleep apnoea",
                              "home ventilation"])),
    (["Miss Desai, Anjali", "Consultant", "General Surgery (Breast)",
      "anjali.desai" + MF, "Oncoplastic breast surgery", "Medical student tutor"],
     S("Anjali", "Desai", ["Oncoplastic breast surgery"])),
    (["Rhys ap Gwilym", "Specialty Doctor", "Emergency Medicine",
      "rhys.apgwilym" + MF, "Point-of-care ultrasound (POCUS); major trauma",
      "POCUS teaching sessions – monthly"],
     S("Rhys", "ap Gwilym", ["Point-of-care ultrasound (POCUS)", "major trauma"])),
    ([""] * 6, B("blank row")),
    (["Dr Lindqvist, Ingrid", "Consultant", "Anaesthetics",
      "i.lindqvist" + MF, "Regional anaesthesia\nObstetric anaesthesia",
      "Happy to help with regional blocks teaching"],
     S("Ingrid", "Lindqvist", ["Regional anaesthesia", "Obstetric anaesthesia"])),
    (["Dr Mahmood, Tariq", "Associate Specialist", "Care of the Elderly", "",
      "Parkinson's disease & movement disorders, falls", "n/a"],
     S("Tariq", "Mahmood", ["Parkinson's disease", "movement disorders",
                            "falls"])),
    (["Dr Adeyemi-Clarke, Joanna", "ST6", "Paediatrics",
      "joanna.adeyemi-clarke" + MF, "Neonatology and paediatric safeguarding",
      "Simulation training"],
     S("Joanna", "Adeyemi-Clarke", ["Neonatology", "paediatric safeguarding"])),
    (["Oliver Trask", "Consultant (left 09/2024)", "Cardiology",
      "oliver.trask" + MF, "Heart failure, devices", "Echo teaching"],
     S("Oliver", "Trask", ["Heart failure", "devices"], left="2024-09-01",
       job_title="Consultant")),
    (["TEST - please ignore", "", "", "", "", ""], B("test row")),
    (["Dr Okafor, Chidi", "Consultant", "Gastroenterology", "c.okafor" + MF,
      "IBD", ""],
     B("duplicate: same person entered again", dup_of="okafor")),
    (["Prof Nwosu, Emeka", "Consultant", "Renal Medicine", "emeka.nwosu" + MF,
      "Transplant; AKI", "Renal advice line Mon–Fri"],
     S("Emeka", "Nwosu", ["Transplant", "AKI"])),
    (["Dr Fitzgerald, Saoirse", "Clinical Fellow", "Obstetrics & Gynaecology",
      "saoirse.fitzgerald" + MF, "Early pregnancy, colposcopy", ""],
     S("Saoirse", "Fitzgerald", ["Early pregnancy", "colposcopy"])),
    (["Rows below added by Medical Staffing Jan 2024", "", "", "", "", ""],
     B("notes row")),
    (["Dr Hassan, Layla", "Consultant", "Dermatology", "l.hassan" + MF,
      "Skin cancer / dermoscopy; teledermatology", "Dermoscopy teaching for GPs"],
     S("Layla", "Hassan", ["Skin cancer / dermoscopy", "teledermatology"])),
    (["Dr Bergström, Nils", "Specialty Doctor", "Psychiatry (Liaison)",
      "nils.bergstrom" + MF, "Self-harm, eating disorders",
      "Happy to give advice on capacity assessments"],
     S("Nils", "Bergström", ["Self-harm", "eating disorders"])),
    (["Peter Okoye", "FY2", "Acute Medicine", "peter.okoye" + MF,
      "Medical education", ""],
     S("Peter", "Okoye", ["Medical education"])),
    (["Dr Chaudhry, Amina", "Consultant", "Microbiology", "amina.chaudhry" + MF,
      "Antimicrobial stewardship & OPAT", "Antibiotic advice via bleep 4471"],
     S("Amina", "Chaudhry", ["Antimicrobial stewardship", "OPAT"])),
    (["Headcount", "", "", "", "", "16"], B("headcount row")),
    (["Dr Whitaker, James", "Consultant", "Urology", "james.whitaker" + MF,
      "Stone disease; robotic surgery", "Happy to help with FY teaching"],
     S("James", "Whitaker", ["Stone disease", "robotic surgery"])),
    (["Dr Ogunbiyi, Tolu", "ST4", "General Surgery", "",
      "Colorectal, emergency surgery", "n/a"],
     S("Tolu", "Ogunbiyi", ["Colorectal", "emergency surgery"])),
    ([""] * 6, B("blank row")),
    (["Dr Sharma, Vikram", "Consultant", "Neurology", "vikram.sharma" + MF,
      "Epilepsy & headache", "Epilepsy advice & guidance, first fit clinic"],
     S("Vikram", "Sharma", ["Epilepsy", "headache"])),
]
F5_COLS = dict(job_title=1, department=2, email=3, willing=5)


def main():
    write_f1()
    build_key(F1, "innovations", 3, F1_ROWS, F1_COLS)
    write_csv(os.path.join(HERE, F2), F2_HEAD, F2_ROWS, "cp1252")
    build_key(F2, "innovations", 1, F2_ROWS, F2_COLS)
    write_csv(os.path.join(HERE, F3), F3_HEAD, F3_ROWS, "utf-8-sig")
    build_key(F3, "innovations", 1, F3_ROWS, F3_COLS)
    write_f4()
    build_key(F4, "staff", 2, F4_ROWS, F4_COLS)
    write_csv(os.path.join(HERE, F5), F5_HEAD, F5_ROWS, "utf-16-le",
              delimiter="\t", bom="\ufeff")
    build_key(F5, "staff", 1, F5_ROWS, F5_COLS)
    print("written")


if __name__ == "__main__":
    main()
