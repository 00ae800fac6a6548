#!/usr/bin/env python3
"""Regenerates every file in this folder plus its answer key (F.expected.json).

All rows are held literally below.  Each file is built by a function that
returns (rows, keys) where keys maps the Excel row number to the key entry.
"""
import csv
import io
import json
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

HERE = os.path.dirname(os.path.abspath(__file__))
D = datetime  # real Excel dates


def inn(title, summary, dept, lead_name, lead_email, stage, status_text, ref,
        savings, started=None):
    e = {"title": title, "summary": summary, "department": dept,
         "lead": ({"name": lead_name, "email": lead_email} if lead_name else None),
         "stage": stage, "status_text": status_text}
    if started:
        e["started"] = started
    e["ref"] = ref
    e["savings_gbp"] = savings
    return {"good": True, "expected": e}


def staff(name, given, family, email, job, dept, expertise, willing,
          left=False, left_on=None):
    e = {"name": name, "given_name": given, "family_name": family,
         "email": email, "job_title": job, "department": dept,
         "expertise": expertise, "willing_to_text": willing}
    if left:
        e["employment_status"] = "left"
        if left_on:
            e["left_on"] = left_on
    return {"good": True, "expected": e}


def bad(reason):
    return {"good": False, "reason": reason}


def write_key(fname, kind, header_row, keys, sheet=None):
    out = {"file": fname, "kind": kind, "header_row": header_row}
    if sheet:
        out["sheet"] = sheet
    out["rows"] = {str(k): v for k, v in sorted(keys.items())}
    with open(os.path.join(HERE, fname + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)


def csv_text(rows, delimiter=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n",
                   quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(["" if c is None else c for c in r])
    return buf.getvalue()


# ---------------------------------------------------------------------------
# FILE 1: Northdale Community Healthcare NHS Trust (RZ4) - Podiatry & MSK
# innovation log, xlsx, numeric stage 0-5 explained on 'Key' sheet, RAG,
# 'Last updated' date column, merged header groups, frozen panes.
# ---------------------------------------------------------------------------
F1 = "RZ4_podiatry_MSK_improvement_log.xlsx"
DOM1 = "@northdalecommunity.nhs.uk"


def file1():
    hdr = ["Ref no.", "Improvement / idea", "What it involves", "Team / clinic",
           "Project lead", "Lead e-mail", "Stage (0-5, see Key)", "RAG",
           "Last updated", "Date logged", "Est. annual saving (£)", "Comments"]
    data = []  # (cells, key)
    data.append((["NDP-001", "Nail surgery one-stop clinic",
                  "See, consent and treat ingrown toenails at the first appointment instead of three separate visits",
                  "Podiatry – nail surgery", "Mr Tom Hargreaves (Podiatric Surgeon)",
                  "tom.hargreaves" + DOM1, 5, "G", D(2023, 11, 14), D(2021, 3, 8), "£18,000",
                  "BAU since 2022"],
                 inn("Nail surgery one-stop clinic",
                     "See, consent and treat ingrown toenails at the first appointment instead of three separate visits",
                     "Podiatry – nail surgery", "Tom Hargreaves", "tom.hargreaves" + DOM1,
                     "embedded", "5", "NDP-001", 18000, "2021-03-08")))
    data.append((["NDP-002", "Self-referral web form for MSK physio",
                  "Online self-referral form on the trust website replacing GP referral letters",
                  "MSK Physiotherapy", "Okafor, Chidi", None, 3, "G", D(2023, 6, 2), "Sep-21",
                  "c. £4k", "Approx 40% of referrals now come this way"],
                 inn("Self-referral web form for MSK physio",
                     "Online self-referral form on the trust website replacing GP referral letters",
                     "MSK Physiotherapy", "Chidi Okafor", None, "implemented", "3", "NDP-002",
                     4000, "2021-09-01")))
    data.append((["NDP-003", "Diabetic foot triage hotline",
                  "Same-day phone line for GPs and district nurses to get urgent foot ulcer advice",
                  "Podiatry – high risk foot",
                  "Sinead Brennan sinead.brennan" + DOM1, None, 4, "G", D(2023, 10, 20),
                  D(2022, 1, 10), "TBC", "Evaluation report went to Q&S committee Oct 23"],
                 inn("Diabetic foot triage hotline",
                     "Same-day phone line for GPs and district nurses to get urgent foot ulcer advice",
                     "Podiatry – high risk foot", "Sinead Brennan", "sinead.brennan" + DOM1,
                     "evaluated", "4", "NDP-003", None, "2022-01-10")))
    data.append((["NDP-004", "Group exercise classes for knee OA (ESCAPE-pain)",
                  "6-week group education and exercise programme instead of 1:1 sessions",
                  "MSK Physio – Westgate", "Amy Lund / Rashid Patel", "amy.lund" + DOM1, 5, "G",
                  D(2024, 1, 9), "2021", "12k",
                  "Started at Westgate, now also running at Ashby and Kirkby"],
                 inn("Group exercise classes for knee OA (ESCAPE-pain)",
                     "6-week group education and exercise programme instead of 1:1 sessions",
                     "MSK Physio – Westgate", "Amy Lund", "amy.lund" + DOM1,
                     "spreading", "5", "NDP-004", 12000, "2021-01-01")))
    data.append(([None] * 12, bad("blank row")))
    data.append((["NDP-005", "Text message appointment reminders", None, "Podiatry",
                  "Mrs Janet Whitworth (Band 7 Podiatrist)", None, 2, "A", D(2023, 9, 1),
                  "03/02/2023", "£500 a month", "PDSA cycle 2 at Ashby"],
                 inn("Text message appointment reminders", None, "Podiatry",
                     "Janet Whitworth", None, "testing", "2", "NDP-005", 6000, "2023-02-03")))
    data.append((["NDP-006", "TEST - please ignore", "test", "Podiatry", "K Ferris", None, 0,
                  None, None, None, None, "testing the drop-downs"],
                 bad("test row")))
    data.append((["NDP-007", "Orthotics stock rationalisation",
                  "Reduce the range of off-the-shelf insoles held in clinics from 40 lines to 12",
                  "Podiatry / Orthotics", "Gareth Pryce", "gareth.pryce" + DOM1, "X", "Grey",
                  D(2023, 4, 18), D(2022, 6, 20), "n/a",
                  "Scrapped – procurement framework changed"],
                 inn("Orthotics stock rationalisation",
                     "Reduce the range of off-the-shelf insoles held in clinics from 40 lines to 12",
                     "Podiatry / Orthotics", "Gareth Pryce", "gareth.pryce" + DOM1,
                     "stopped", "X", "NDP-007", None, "2022-06-20")))
    data.append((["NDP-008", "Video physio follow-ups",
                  "Attend Anywhere video appointments for routine MSK follow-ups",
                  "MSK Physiotherapy", "Dr Helen Achterberg", None, "H", "R", D(2023, 12, 5),
                  "Spring 2022", None, "on hold - staff shortages and no webcams in Kirkby"],
                 inn("Video physio follow-ups",
                     "Attend Anywhere video appointments for routine MSK follow-ups",
                     "MSK Physiotherapy", "Helen Achterberg", None, "paused", "H", "NDP-008",
                     None, "2022-03-01")))
    data.append((["NDP-009", "Podiatry student-led clinic",
                  "Final-year students from Northdale University run a supervised routine nail care clinic on Fridays",
                  "Podiatry – Kirkby", "Lund, Amy", None, 1, "A", D(2023, 11, 1), D(2023, 9, 4),
                  "£0", "Awaiting university placement agreement"],
                 inn("Podiatry student-led clinic",
                     "Final-year students from Northdale University run a supervised routine nail care clinic on Fridays",
                     "Podiatry – Kirkby", "Amy Lund", None, "planning", "1", "NDP-009", 0,
                     "2023-09-04")))
    data.append((["NDP-010", "Hip & knee pre-hab leaflet",
                  "Plain-English exercise leaflet sent out with the hospital listing letter",
                  "MSK Physio", "Rashid Patel (Band 6 physio)", "r.patel" + DOM1, 0, None, None,
                  None, None, None],
                 inn("Hip & knee pre-hab leaflet",
                     "Plain-English exercise leaflet sent out with the hospital listing letter",
                     "MSK Physio", "Rashid Patel", "r.patel" + DOM1, "idea", "0", "NDP-010",
                     None)))
    data.append((["NDP-011", "Nail surgery one stop clinic",
                  "See and treat ingrown toenails at first appt", "Podiatry – nail surgery",
                  "Tom Hargreaves", "tom.hargreaves" + DOM1, 5, "G", D(2023, 11, 14),
                  D(2021, 3, 8), "£18,000", "same as 001?"],
                 bad("duplicate of row 5")))
    data.append((["Rows below added by K. Ferris (admin) from the June 2023 staff ideas day"] +
                 [None] * 11, bad("notes row")))
    data.append((["NDP-012", "Foot health checks in care homes",
                  "Podiatry assistants visit care homes quarterly to check residents’ feet and train carers",
                  "Podiatry – Community", "Kiran Bhatt", "kiran.bhatt" + DOM1, 2, "G",
                  D(2023, 12, 12), "Jul-23", "TBC", "trial in 3 homes"],
                 inn("Foot health checks in care homes",
                     "Podiatry assistants visit care homes quarterly to check residents’ feet and train carers",
                     "Podiatry – Community", "Kiran Bhatt", "kiran.bhatt" + DOM1, "testing", "2",
                     "NDP-012", None, "2023-07-01")))
    data.append((["NDP-013", "‘Back on Track’ back pain education sessions",
                  "Evening education sessions for people on the MSK waiting list",
                  "MSK Physio – Westgate", "Ms Eleanor D’Souza", None, 3, "G", D(2023, 10, 3),
                  D(2023, 1, 16), "c.£2,500", "Running monthly"],
                 inn("‘Back on Track’ back pain education sessions",
                     "Evening education sessions for people on the MSK waiting list",
                     "MSK Physio – Westgate", "Eleanor D’Souza", None, "implemented", "3",
                     "NDP-013", 2500, "2023-01-16")))
    data.append((["NDP-014", "Electronic gait analysis",
                  "Tablet video app to record gait assessments and share them with the patient",
                  "Podiatry – biomechanics", "Zoë Hartmann", "zoe.hartmann" + DOM1, 0, None,
                  None, "2024", "n/a", "needs funding – charity bid?"],
                 inn("Electronic gait analysis",
                     "Tablet video app to record gait assessments and share them with the patient",
                     "Podiatry – biomechanics", "Zoë Hartmann", "zoe.hartmann" + DOM1, "idea",
                     "0", "NDP-014", None, "2024-01-01")))
    data.append((["NDP-015", "First Contact Practitioner clinics in GP surgeries",
                  "MSK physios based in 4 PCNs seeing patients directly instead of the GP",
                  "MSK Physiotherapy", "Chidi Okafor", "chidi.okafor" + DOM1, 5, "G",
                  D(2023, 7, 7), D(2020, 10, 1), "£45,000", "BAU – PCNs fund the posts now"],
                 inn("First Contact Practitioner clinics in GP surgeries",
                     "MSK physios based in 4 PCNs seeing patients directly instead of the GP",
                     "MSK Physiotherapy", "Chidi Okafor", "chidi.okafor" + DOM1, "embedded", "5",
                     "NDP-015", 45000, "2020-10-01")))
    data.append((["NDP-016", "Verruca needling",
                  "Falknor’s needling technique under local anaesthetic for stubborn verrucae",
                  "Podiatry", "Miss Hannah Greaves", None, 4, "G", D(2023, 5, 22), "Nov-22", "£3k",
                  "Audit written up – 78% clearance at 12 wks"],
                 inn("Verruca needling",
                     "Falknor’s needling technique under local anaesthetic for stubborn verrucae",
                     "Podiatry", "Hannah Greaves", None, "evaluated", "4", "NDP-016", 3000,
                     "2022-11-01")))
    data.append(([None] * 12, bad("blank row")))
    data.append(([None] * 12, bad("blank row")))
    first, header_row = 5, 4
    last_data = first + len(data) - 1
    total = [None, "TOTAL projects logged", f"=COUNTA(A{first}:A{last_data})"] + [None] * 7 + \
        [f"=SUM(K{first}:K{last_data})", "(text savings not counted)"]
    data.append((total, bad("total row")))

    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement log"
    ws["A1"] = "Northdale Community Healthcare NHS Trust (RZ4) – Podiatry & MSK Physiotherapy Service Improvement Log"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Kept by Therapies admin team. Please don’t sort! Last reviewed Jan 2024"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "THE PROJECT"
    ws["E3"] = "PROGRESS"
    ws["K3"] = "BENEFITS"
    ws.merge_cells("A3:D3")
    ws.merge_cells("E3:J3")
    ws.merge_cells("K3:L3")
    for c in ("A3", "E3", "K3"):
        ws[c].font = Font(bold=True)
        ws[c].alignment = Alignment(horizontal="center")
        ws[c].fill = PatternFill("solid", fgColor="BDD7EE")
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=header_row, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    keys = {}
    for n, (cells, key) in enumerate(data):
        r = first + n
        for i, v in enumerate(cells, 1):
            if v is not None:
                c = ws.cell(row=r, column=i, value=v)
                if isinstance(v, datetime):
                    c.number_format = "dd/mm/yyyy"
        keys[r] = key
    ws.merge_cells(start_row=first + 12, start_column=1, end_row=first + 12, end_column=6)
    ws.freeze_panes = "C5"
    for col, w in zip("ABCDEFGHIJKL", (10, 38, 50, 24, 30, 32, 12, 7, 13, 12, 16, 40)):
        ws.column_dimensions[col].width = w

    k = wb.create_sheet("Key")
    rows = [["Stage", "Meaning"],
            [0, "Idea – logged, not yet discussed at service meeting"],
            [1, "Agreed – being scoped / waiting for approval, money or kit"],
            [2, "Trial – being tried out in one clinic (PDSA)"],
            [3, "Live – up and running in the clinic it was designed for"],
            [4, "Evaluated – results collected and written up"],
            [5, "Business as usual – part of how we work now"],
            ["H", "On hold"],
            ["X", "Closed – not taken forward"],
            [None, None],
            ["RAG", "G = on track, A = some issues, R = stuck, Grey = closed"]]
    for r in rows:
        k.append(r)
    k["A1"].font = Font(bold=True)
    k["B1"].font = Font(bold=True)
    k.column_dimensions["B"].width = 60
    wb.save(os.path.join(HERE, F1))
    write_key(F1, "innovations", header_row, keys, sheet="Improvement log")


# ---------------------------------------------------------------------------
# FILE 2: Wyvern Valley Hospitals NHS Foundation Trust (RWV) - Neonatal
# Intensive Care Unit staff list.  Excel "CSV" (cp1252, CRLF).  ESR legal
# name + preferred name columns, leavers, vacant post, mat leave, secondment.
# ---------------------------------------------------------------------------
F2 = "NICU_staff_list_Jan24.csv"
DOM2 = "@wyvernvalley.nhs.uk"


def file2():
    hdr = ["Legal name (ESR)", "Preferred name", "Post", "Area", "E-mail",
           "Link roles / special interests", "Can offer", "Comments"]
    data = []
    data.append((["ADEBAYO, Oluwaseun Grace", "Seun Adebayo", "Neonatal Sister (Band 7)",
                  "Intensive Care", "seun.adebayo" + DOM2,
                  "Breastfeeding & expressing; family integrated care; BLISS champion",
                  "Happy to teach breastmilk expressing to new starters", ""],
                 staff("Seun Adebayo", "Seun", "Adebayo", "seun.adebayo" + DOM2,
                       "Neonatal Sister (Band 7)", "Intensive Care",
                       ["Breastfeeding & expressing", "family integrated care", "BLISS champion"],
                       "Happy to teach breastmilk expressing to new starters")))
    data.append((["MCALLISTER, Fiona", "Fi McAllister", "Staff Nurse Band 5", "HDU", "",
                  "Skin care, cannulation", "", "on mat leave until Apr 2024"],
                 staff("Fi McAllister", "Fi", "McAllister", None, "Staff Nurse Band 5", "HDU",
                       ["Skin care", "cannulation"], None)))
    data.append((["NOWAK, Katarzyna", "Kasia Nowak", "Neonatal Nurse (QIS) Band 6", "Intensive Care",
                  "katarzyna.nowak" + DOM2, "Neonatal transport; developmental care\nSpeaks Polish",
                  "Willing to buddy new QIS students", ""],
                 staff("Kasia Nowak", "Kasia", "Nowak", "katarzyna.nowak" + DOM2,
                       "Neonatal Nurse (QIS) Band 6", "Intensive Care",
                       ["Neonatal transport", "developmental care"],
                       "Willing to buddy new QIS students")))
    data.append((["OKONKWO, Chukwuemeka", "Dr Emeka Okonkwo", "Consultant Neonatologist", "Medical",
                  "e.okonkwo" + DOM2, "Neonatal ventilation; cranial ultrasound; follow-up clinic",
                  "Happy to supervise QI projects", ""],
                 staff("Emeka Okonkwo", "Emeka", "Okonkwo", "e.okonkwo" + DOM2,
                       "Consultant Neonatologist", "Medical",
                       ["Neonatal ventilation", "cranial ultrasound", "follow-up clinic"],
                       "Happy to supervise QI projects")))
    data.append((["TEST, Test", "test", "", "", "", "", "", "test row - delete"],
                 bad("test row")))
    data.append((["", "", "", "", "", "", "", ""], bad("blank row")))
    data.append((["FERREIRA, Inês Maria", "Inês Ferreira", "Staff Nurse (Band 5)", "SCBU",
                  "ines.ferreira" + DOM2, "Kangaroo care, infection prevention & control", "", ""],
                 staff("Inês Ferreira", "Inês", "Ferreira", "ines.ferreira" + DOM2,
                       "Staff Nurse (Band 5)", "SCBU",
                       ["Kangaroo care", "infection prevention & control"], None)))
    data.append((["HOLLOWAY, Richard", "Rick Holloway", "ANNP", "Intensive Care",
                  "richard.holloway" + DOM2,
                  "• Long lines / PICCs\n• Resuscitation (NLS instructor)\n• Simulation",
                  "Can offer NLS teaching and sim sessions", ""],
                 staff("Rick Holloway", "Rick", "Holloway", "richard.holloway" + DOM2, "ANNP",
                       "Intensive Care",
                       ["Long lines / PICCs", "Resuscitation (NLS instructor)", "Simulation"],
                       "Can offer NLS teaching and sim sessions")))
    data.append((["PATEL, Anjali", "Anjali Patel", "Neonatal Pharmacist", "Pharmacy",
                  "anjali.patel" + DOM2, "TPN, antimicrobial stewardship",
                  "Happy to do drug calc teaching", "LEFT 30/06/2023"],
                 staff("Anjali Patel", "Anjali", "Patel", "anjali.patel" + DOM2,
                       "Neonatal Pharmacist", "Pharmacy", ["TPN", "antimicrobial stewardship"],
                       "Happy to do drug calc teaching", left=True, left_on="2023-06-30")))
    data.append((["VACANT", "", "Band 7 Practice Educator", "Education", "", "", "",
                  "Out to advert Nov 23"], bad("vacant post")))
    data.append((["BRIGHTWELL, Susan Jane", "Sue Brightwell", "Ward Manager – NICU (Band 8a)",
                  "Management", "sue.brightwell" + DOM2,
                  "Rostering; BAPM standards; family-centred care", "", ""],
                 staff("Sue Brightwell", "Sue", "Brightwell", "sue.brightwell" + DOM2,
                       "Ward Manager – NICU (Band 8a)", "Management",
                       ["Rostering", "BAPM standards", "family-centred care"], None)))
    data.append((["O'NEILL, Ciarán", "Ciarán O’Neill", "Registrar ST5", "Medical", "",
                  "Neonatal echo; PDA management", "", "Secondment to Bristol until March"],
                 staff("Ciarán O’Neill", "Ciarán", "O’Neill", None, "Registrar ST5", "Medical",
                       ["Neonatal echo", "PDA management"], None)))
    data.append((["ADEBAYO, Oluwaseun Grace", "Seun Adebayo", "Neonatal Sister (Band 7)",
                  "Intensive Care / Transitional Care", "seun.adebayo" + DOM2,
                  "Breastfeeding & expressing; family integrated care", "", "added twice?"],
                 bad("duplicate of row 2")))
    data.append((["KHAN, Mohammed Bilal", "Bilal Khan", "Healthcare Assistant Band 3",
                  "Transitional Care", "bilal.khan" + DOM2, "Newborn hearing screening", "", ""],
                 staff("Bilal Khan", "Bilal", "Khan", "bilal.khan" + DOM2,
                       "Healthcare Assistant Band 3", "Transitional Care",
                       ["Newborn hearing screening"], None)))
    data.append((["WHITE, Deborah", "Debbie White", "Staff Nurse Band 5 - LEAVER", "HDU", "",
                  "Discharge planning and home oxygen", "", "Leaver – Sept 23"],
                 staff("Debbie White", "Debbie", "White", None, "Staff Nurse Band 5", "HDU",
                       ["Discharge planning", "home oxygen"], None, left=True,
                       left_on="2023-09-01")))
    data.append((["LINDQVIST, Astrid", "Astrid Lindqvist", "Neonatal Dietitian", "AHP",
                  "astrid.lindqvist" + DOM2, "Preterm nutrition; growth monitoring; donor milk",
                  "Willing to speak at the parents’ group", ""],
                 staff("Astrid Lindqvist", "Astrid", "Lindqvist", "astrid.lindqvist" + DOM2,
                       "Neonatal Dietitian", "AHP",
                       ["Preterm nutrition", "growth monitoring", "donor milk"],
                       "Willing to speak at the parents’ group")))
    data.append((["MENSAH, Kwabena", "Kobby Mensah", "Clinical Psychologist (0.4 WTE)",
                  "Family support", "kwabena.mensah" + DOM2,
                  "Parental mental health, bereavement support",
                  "Happy to offer reflective practice sessions for staff", ""],
                 staff("Kobby Mensah", "Kobby", "Mensah", "kwabena.mensah" + DOM2,
                       "Clinical Psychologist (0.4 WTE)", "Family support",
                       ["Parental mental health", "bereavement support"],
                       "Happy to offer reflective practice sessions for staff")))
    data.append((["ROBERTS, Gwen", "Gwen Roberts", "Family Care Coordinator", "Family support",
                  "gwen.roberts" + DOM2, "", "", ""],
                 staff("Gwen Roberts", "Gwen", "Roberts", "gwen.roberts" + DOM2,
                       "Family Care Coordinator", "Family support", [], None)))
    data.append((["DUBOIS, Élodie", "Élodie Dubois", "Neonatal Physiotherapist", "AHP",
                  "elodie.dubois" + DOM2, "Positioning & handling; developmental follow-up",
                  "Can offer positioning training on induction", ""],
                 staff("Élodie Dubois", "Élodie", "Dubois", "elodie.dubois" + DOM2,
                       "Neonatal Physiotherapist", "AHP",
                       ["Positioning & handling", "developmental follow-up"],
                       "Can offer positioning training on induction")))
    data.append((["Updated by G. Roberts 12/01/2024 – please tell me about any changes", "", "",
                  "", "", "", "", ""], bad("notes row")))
    data.append((["FORSYTHE, Alasdair", "Dr Ali Forsythe", "Consultant Neonatologist (Clinical Lead)",
                  "Medical", "alasdair.forsythe" + DOM2,
                  "Quality improvement; neonatal transport; ethics",
                  "Happy to mentor trainees doing QI", ""],
                 staff("Ali Forsythe", "Ali", "Forsythe", "alasdair.forsythe" + DOM2,
                       "Consultant Neonatologist (Clinical Lead)", "Medical",
                       ["Quality improvement", "neonatal transport", "ethics"],
                       "Happy to mentor trainees doing QI")))
    data.append((["CHEN, Li", "Li Chen", "Staff Nurse Band 5", "SCBU", "li.chen" + DOM2, "", "",
                  "Retired 31/03/2024"],
                 staff("Li Chen", "Li", "Chen", "li.chen" + DOM2, "Staff Nurse Band 5", "SCBU", [],
                       None, left=True, left_on="2024-03-31")))
    data.append((["BAKER, Thomas", "Tom Baker", "Neonatal Nurse Band 6", "Intensive Care",
                  "tom.baker" + DOM2, "NLS; blood gas analysers (superuser) & BadgerNet", "", ""],
                 staff("Tom Baker", "Tom", "Baker", "tom.baker" + DOM2, "Neonatal Nurse Band 6",
                       "Intensive Care",
                       ["NLS", "blood gas analysers (superuser)", "BadgerNet"], None)))
    rows = [hdr] + [c for c, _ in data]
    with open(os.path.join(HERE, F2), "wb") as f:
        f.write(csv_text(rows).encode("cp1252"))
    write_key(F2, "staff", 1, {i + 2: k for i, (_, k) in enumerate(data)})


# ---------------------------------------------------------------------------
# FILE 3: Kingsmere Eye Hospital NHS Foundation Trust (RKE) - Outpatients &
# Glaucoma "Bright Ideas" Microsoft Forms export, saved as "CSV UTF-8"
# (UTF-8 with BOM, CRLF).  Respondent Email/Name columns + lead question.
# ---------------------------------------------------------------------------
F3 = "Bright_Ideas_OPD_Glaucoma_Forms_export.csv"
DOM3 = "@kingsmereeye.nhs.uk"


def file3():
    hdr = ["ID", "Start time", "Completion time", "Email", "Name",
           "What is your idea called?",
           "Describe your idea – what problem does it solve?",
           "Which service/clinic are you in?",
           "Who will lead it? (name + email if not you)",
           "Where is it up to?",
           "When did it start (or when will it)?",
           "Estimated saving per year (£)",
           "Anything else?"]
    data = []
    data.append((["1", "1/9/23 9:14:22", "1/9/23 9:21:47", "s.iqbal" + DOM3, "Sadia Iqbal",
                  "Virtual glaucoma monitoring clinic",
                  "Stable glaucoma patients have pressures, fields and OCT done by technicians and a consultant reviews the results remotely – frees up face-to-face slots",
                  "Glaucoma", "", "Live since Oct, 3 sessions a week", "01/10/2022", "£60,000", ""],
                 inn("Virtual glaucoma monitoring clinic",
                     "Stable glaucoma patients have pressures, fields and OCT done by technicians and a consultant reviews the results remotely – frees up face-to-face slots",
                     "Glaucoma", "Sadia Iqbal", "s.iqbal" + DOM3, "implemented",
                     "Live since Oct, 3 sessions a week", "1", 60000, "2022-10-01")))
    data.append((["2", "1/9/23 11:02:10", "1/9/23 11:02:58", "forms.admin" + DOM3, "Forms Admin",
                  "test", "testing the form works", "Outpatients", "", "", "", "", "please delete"],
                 bad("test row")))
    data.append((["3", "1/12/23 14:40:03", "1/12/23 14:52:31", "t.hussein" + DOM3, "Tariq Hussein",
                  "Pre-clinic drops station",
                  "Nurses put in dilating drops at check-in so patients are ready when they are called",
                  "Outpatients – General clinic", "Sister Grace Mwangi", "PDSA cycle 3", "Mar-23",
                  "TBC", "Grace is the nurse lead, I am the HCA helping"],
                 inn("Pre-clinic drops station",
                     "Nurses put in dilating drops at check-in so patients are ready when they are called",
                     "Outpatients – General clinic", "Grace Mwangi", None, "testing",
                     "PDSA cycle 3", "3", None, "2023-03-01")))
    data.append((["4", "1/16/23 8:05:44", "1/16/23 8:11:09", "h.brampton" + DOM3, "Holly Brampton",
                  "Large-print appointment letters by default for low vision patients",
                  "A flag on PAS so that patients on the low vision register automatically get 18pt letters",
                  "Low Vision / Outpatients", "me", "idea - not raised with IT yet", "", "n/a", ""],
                 inn("Large-print appointment letters by default for low vision patients",
                     "A flag on PAS so that patients on the low vision register automatically get 18pt letters",
                     "Low Vision / Outpatients", "Holly Brampton", "h.brampton" + DOM3, "idea",
                     "idea - not raised with IT yet", "4", None)))
    data.append((["5", "1/20/23 16:30:12", "1/20/23 16:44:50", "d.papadakis" + DOM3,
                  "Dimitrios Papadakis", "SLT laser first-line for ocular hypertension",
                  "Offer selective laser trabeculoplasty instead of drops as the first treatment for OHT and early glaucoma (as per the LiGHT trial)",
                  "Glaucoma", "Mr Dimitrios Papadakis d.papadakis" + DOM3,
                  "rolled out trustwide - now at Kingsmere, St Olave’s and the Harbour satellite",
                  "2021", "c. £25k", ""],
                 inn("SLT laser first-line for ocular hypertension",
                     "Offer selective laser trabeculoplasty instead of drops as the first treatment for OHT and early glaucoma (as per the LiGHT trial)",
                     "Glaucoma", "Dimitrios Papadakis", "d.papadakis" + DOM3, "spreading",
                     "rolled out trustwide - now at Kingsmere, St Olave’s and the Harbour satellite",
                     "5", 25000, "2021-01-01")))
    data.append((["6", "2/2/23 10:10:10", "2/2/23 10:19:37", "n.kowalczyk" + DOM3,
                  "Nadia Kowalczyk", "Glaucoma drops reminder app",
                  "Recommend a free phone app to help patients remember their drops",
                  "Glaucoma", "Nadia Kowalczyk (Band 6 nurse)",
                  "scrapped - IG wouldn't approve the app", "Jun-22", "", ""],
                 inn("Glaucoma drops reminder app",
                     "Recommend a free phone app to help patients remember their drops",
                     "Glaucoma", "Nadia Kowalczyk", "n.kowalczyk" + DOM3, "stopped",
                     "scrapped - IG wouldn't approve the app", "6", None, "2022-06-01")))
    data.append((["7", "2/6/23 12:01:55", "2/6/23 12:09:02", "f.ahmed" + DOM3, "Farah Ahmed",
                  "Nurse-led post-op cataract phone review",
                  "Replace the 4-week face-to-face post-op visit with a telephone call from a nurse for routine cataract patients",
                  "Cataract / Outpatients", "Ahmed, Farah", "BAU now", "2020", "£500 a month", ""],
                 inn("Nurse-led post-op cataract phone review",
                     "Replace the 4-week face-to-face post-op visit with a telephone call from a nurse for routine cataract patients",
                     "Cataract / Outpatients", "Farah Ahmed", "f.ahmed" + DOM3, "embedded",
                     "BAU now", "7", 6000, "2020-01-01")))
    data.append((["8", "2/6/23 15:22:41", "2/6/23 15:25:03", "s.iqbal" + DOM3, "Sadia Iqbal",
                  "Virtual glaucoma monitoring clinic (VGC)",
                  "Technician-led data collection with remote consultant review for stable glaucoma",
                  "Glaucoma", "", "live", "Oct-22", "£60k", "sorry think I submitted this twice"],
                 bad("duplicate of row 2")))
    data.append((["9", "3/1/23 9:48:19", "3/1/23 10:03:27", "b.ashworth" + DOM3, "Ben Ashworth",
                  "Visual field test scheduling by slot type",
                  "Book 24-2 and 10-2 field tests into different slot lengths to cut overruns in the fields room",
                  "Diagnostics – Visual Fields", "Ben Ashworth / Priya Nair",
                  "on hold - staff shortages", "Sept 2023", "", ""],
                 inn("Visual field test scheduling by slot type",
                     "Book 24-2 and 10-2 field tests into different slot lengths to cut overruns in the fields room",
                     "Diagnostics – Visual Fields", "Ben Ashworth", "b.ashworth" + DOM3, "paused",
                     "on hold - staff shortages", "9", None, "2023-09-01")))
    data.append((["10", "3/14/23 13:13:13", "3/14/23 13:29:40", "o.adeyemi" + DOM3,
                  "Olumide Adeyemi", "Eye casualty online triage",
                  "Patients fill in an online symptom form before coming to eye casualty; red-flag cases get called straight in, others get a booked slot",
                  "Eye Casualty (A&E)", "Dr Olumide Adeyemi", "bid submitted to Kingsmere Eye Charity",
                  "", "12k", "Bid went in 10/03/2023"],
                 inn("Eye casualty online triage",
                     "Patients fill in an online symptom form before coming to eye casualty; red-flag cases get called straight in, others get a booked slot",
                     "Eye Casualty (A&E)", "Olumide Adeyemi", "o.adeyemi" + DOM3, "planning",
                     "bid submitted to Kingsmere Eye Charity", "10", 12000)))
    data.append((["11", "4/3/23 11:20:00", "4/3/23 11:31:12", "anon" + DOM3, "Anonymous",
                  "Single-use tonometer prisms",
                  "Replace reusable Goldmann prisms with single-use tips to remove the disinfection step between patients",
                  "Outpatients", "Marek Zielinski marek.zielinski" + DOM3,
                  "evaluation complete – report to IPC committee, cost neutral", "Feb-22", "£0", ""],
                 inn("Single-use tonometer prisms",
                     "Replace reusable Goldmann prisms with single-use tips to remove the disinfection step between patients",
                     "Outpatients", "Marek Zielinski", "marek.zielinski" + DOM3, "evaluated",
                     "evaluation complete – report to IPC committee, cost neutral", "11", 0,
                     "2022-02-01")))
    data.append((["12", "4/18/23 14:00:31", "4/18/23 14:12:45", "s.iqbal" + DOM3, "Sadia Iqbal",
                  "Glaucoma patient education video",
                  "5-minute video in English, Urdu and Polish shown in the waiting area and on the website",
                  "Glaucoma", "", "being filmed – script signed off by patient panel", "2023",
                  "n/a", ""],
                 inn("Glaucoma patient education video",
                     "5-minute video in English, Urdu and Polish shown in the waiting area and on the website",
                     "Glaucoma", "Sadia Iqbal", "s.iqbal" + DOM3, "planning",
                     "being filmed – script signed off by patient panel", "12", None,
                     "2023-01-01")))
    data.append((["13", "5/2/23 17:45:09", "5/2/23 17:46:01", "j.pembridge" + DOM3, "Jo Pembridge",
                  "Shorter clinic letter templates", "", "", "", "", "", "", ""],
                 inn("Shorter clinic letter templates", None, None, "Jo Pembridge",
                     "j.pembridge" + DOM3, "idea", None, "13", None)))
    data.append((["14", "5/9/23 9:00:27", "5/9/23 9:15:54", "g.orourke" + DOM3, "Gemma O’Rourke",
                  "Self check-in kiosks",
                  "Touchscreen kiosks in main outpatients so patients don’t have to queue at reception",
                  "Outpatients", "Gemma O’Rourke (Outpatient Manager)",
                  "live in main OPD, evaluation due", "14/11/2022", "c. £15,000", ""],
                 inn("Self check-in kiosks",
                     "Touchscreen kiosks in main outpatients so patients don’t have to queue at reception",
                     "Outpatients", "Gemma O’Rourke", "g.orourke" + DOM3, "implemented",
                     "live in main OPD, evaluation due", "14", 15000, "2022-11-14")))
    data.append((["15", "6/21/23 10:33:48", "6/21/23 10:47:20", "l.crane" + DOM3, "Lucy Crane",
                  "Home pressure monitoring (iCare HOME)",
                  "Lend rebound tonometers to selected patients so they can take their own eye pressure readings at home",
                  "Glaucoma", "Prof. Helena Marsh", "trial with 20 patients", "Jan-24", "TBC",
                  "I'm the research fellow, Prof Marsh is PI"],
                 inn("Home pressure monitoring (iCare HOME)",
                     "Lend rebound tonometers to selected patients so they can take their own eye pressure readings at home",
                     "Glaucoma", "Helena Marsh", None, "testing", "trial with 20 patients", "15",
                     None, "2024-01-01")))
    data.append((["16", "10/4/23 12:12:12", "10/4/23 12:15:40", "r.shankar" + DOM3, "Ravi Shankar",
                  "Drinks voucher for long waits",
                  "Give patients who wait more than 2 hours in clinic a free hot drink voucher",
                  "Outpatients", "", "declined by ideas panel", "", "", ""],
                 inn("Drinks voucher for long waits",
                     "Give patients who wait more than 2 hours in clinic a free hot drink voucher",
                     "Outpatients", "Ravi Shankar", "r.shankar" + DOM3, "stopped",
                     "declined by ideas panel", "16", None)))
    data.append((["17", "11/13/23 15:05:26", "11/13/23 15:22:18", "d.papadakis" + DOM3,
                  "Dimitrios Papadakis", "Optometrist-led glaucoma referral refinement",
                  "Community optometrists repeat pressures and fields before referring, cutting false-positive referrals",
                  "Glaucoma / Community", "Dimitrios Papadakis",
                  "scheme agreed with ICB, contracts being drafted", "2024", "£30k", ""],
                 inn("Optometrist-led glaucoma referral refinement",
                     "Community optometrists repeat pressures and fields before referring, cutting false-positive referrals",
                     "Glaucoma / Community", "Dimitrios Papadakis", "d.papadakis" + DOM3,
                     "planning", "scheme agreed with ICB, contracts being drafted", "17", 30000,
                     "2024-01-01")))
    data.append((["18", "12/1/23 8:41:30", "12/1/23 8:55:02", "h.brampton" + DOM3, "Holly Brampton",
                  "High-contrast signage",
                  "Yellow/black signs and floor markings so partially sighted patients can find their way round outpatients",
                  "Estates / Outpatients", "Holly Brampton", "done – in place on all floors", "Jul-21",
                  "n/a", "Sight Loss Council helped choose colours"],
                 inn("High-contrast signage",
                     "Yellow/black signs and floor markings so partially sighted patients can find their way round outpatients",
                     "Estates / Outpatients", "Holly Brampton", "h.brampton" + DOM3, "implemented",
                     "done – in place on all floors", "18", None, "2021-07-01")))
    rows = [hdr] + [c for c, _ in data]
    with open(os.path.join(HERE, F3), "wb") as f:
        f.write(b"\xef\xbb\xbf" + csv_text(rows).encode("utf-8"))
    write_key(F3, "innovations", 1, {i + 2: k for i, (_, k) in enumerate(data)})


# ---------------------------------------------------------------------------
# FILE 4: Thamesbrook University Hospitals NHS Trust (RTB) - Haematology &
# Sickle Cell "who to ask" directory.  Excel "Unicode Text" (UTF-16 LE + BOM,
# TAB separated, CRLF).  Name – role – areas typed into ONE column.
# ---------------------------------------------------------------------------
F4 = "Haem_SickleCell_who_to_ask.txt"
DOM4 = "@thamesbrook.nhs.uk"


def file4():
    hdr = ["Person – role – what they know about", "Team", "Email", "Ext / bleep",
           "Happy to help with…", "Still in post?"]
    data = []
    data.append((["Dr Abena Owusu – Consultant Haematologist – sickle cell disease; transcranial doppler; transition clinic",
                  "Sickle Cell & Thalassaemia", "abena.owusu" + DOM4, "4471",
                  "Happy to teach on acute sickle crisis management", "yes"],
                 staff("Abena Owusu", "Abena", "Owusu", "abena.owusu" + DOM4,
                       "Consultant Haematologist", "Sickle Cell & Thalassaemia",
                       ["sickle cell disease", "transcranial doppler", "transition clinic"],
                       "Happy to teach on acute sickle crisis management")))
    data.append((["Marcus Fairweather – Haemoglobinopathy CNS – red cell exchange, iron chelation & hydroxycarbamide",
                  "Sickle Cell & Thalassaemia", "marcus.fairweather" + DOM4, "bleep 2290", "", "yes"],
                 staff("Marcus Fairweather", "Marcus", "Fairweather", "marcus.fairweather" + DOM4,
                       "Haemoglobinopathy CNS", "Sickle Cell & Thalassaemia",
                       ["red cell exchange", "iron chelation", "hydroxycarbamide"], None)))
    data.append((["Sister Joy Adeyemi-Clarke – Day Unit Sister – transfusion; venesection and PICC care",
                  "Haematology Day Unit", "joy.adeyemi-clarke" + DOM4, "4480",
                  "Can offer shadowing on the day unit for new starters", "yes"],
                 staff("Joy Adeyemi-Clarke", "Joy", "Adeyemi-Clarke", "joy.adeyemi-clarke" + DOM4,
                       "Day Unit Sister", "Haematology Day Unit",
                       ["transfusion", "venesection", "PICC care"],
                       "Can offer shadowing on the day unit for new starters")))
    data.append((["", "", "", "", "", ""], bad("blank row")))
    data.append((["Dr Rhys Llewellyn – Consultant Haematologist – anticoagulation, haemostasis & thrombosis",
                  "Haemostasis & Thrombosis", "rhys.llewellyn" + DOM4, "4502", "", "yes"],
                 staff("Rhys Llewellyn", "Rhys", "Llewellyn", "rhys.llewellyn" + DOM4,
                       "Consultant Haematologist", "Haemostasis & Thrombosis",
                       ["anticoagulation", "haemostasis & thrombosis"], None)))
    data.append((["Patel, Nisha – Specialist Pharmacist – DOACs; chemotherapy protocols",
                  "Pharmacy (Haem)", "nisha.patel" + DOM4, "4611",
                  "willing to check chemo prescriptions for trainees", "yes"],
                 staff("Nisha Patel", "Nisha", "Patel", "nisha.patel" + DOM4, "Specialist Pharmacist",
                       "Pharmacy (Haem)", ["DOACs", "chemotherapy protocols"],
                       "willing to check chemo prescriptions for trainees")))
    data.append((["TEST ENTRY – ignore", "", "", "", "", ""], bad("test row")))
    data.append((["Dr Abena Owusu – Consultant – sickle cell", "Sickle Cell", "abena.owusu" + DOM4,
                  "4471", "", "yes"], bad("duplicate of row 2")))
    data.append((["Kwame Boateng – Sickle Cell Support Worker – patient advocacy; school care plans",
                  "Sickle Cell & Thalassaemia", "", "07700 900412 (work mobile)",
                  "Can offer talks to community and faith groups", "yes"],
                 staff("Kwame Boateng", "Kwame", "Boateng", None, "Sickle Cell Support Worker",
                       "Sickle Cell & Thalassaemia", ["patient advocacy", "school care plans"],
                       "Can offer talks to community and faith groups")))
    data.append((["Dr Fiona Galbraith – Consultant (lymphoma) – lymphoma; CAR-T referrals",
                  "Haematology", "fiona.galbraith" + DOM4, "4499", "", "left Feb 24"],
                 staff("Fiona Galbraith", "Fiona", "Galbraith", "fiona.galbraith" + DOM4,
                       "Consultant (lymphoma)", "Haematology", ["lymphoma", "CAR-T referrals"],
                       None, left=True, left_on="2024-02-01")))
    data.append((["VACANT – Band 7 Haemoglobinopathy CNS (2nd post)", "Sickle Cell & Thalassaemia",
                  "", "", "", "recruiting"], bad("vacant post")))
    data.append((["Ewa Szymańska – Biomedical Scientist (Blood Transfusion Lab) – blood group serology\n• antibody investigation\n• Speaks Polish",
                  "Blood Transfusion Laboratory", "ewa.szymanska" + DOM4, "4720", "", "yes"],
                 staff("Ewa Szymańska", "Ewa", "Szymańska", "ewa.szymanska" + DOM4,
                       "Biomedical Scientist (Blood Transfusion Lab)", "Blood Transfusion Laboratory",
                       ["blood group serology", "antibody investigation"], None)))
    data.append((["Dr Tom Achebe – Haematology Registrar (ST4) – sickle cell; haemophilia",
                  "Haematology", "t.achebe" + DOM4, "bleep 1187", "", "yes – rotates Aug"],
                 staff("Tom Achebe", "Tom", "Achebe", "t.achebe" + DOM4,
                       "Haematology Registrar (ST4)", "Haematology", ["sickle cell", "haemophilia"],
                       None)))
    data.append((["Hannah Ostrowski – Clinical Psychologist – pain management in sickle cell, psychology of chronic illness",
                  "Sickle Cell & Thalassaemia", "hannah.ostrowski" + DOM4, "4476",
                  "Willing to run staff sessions on trauma-informed care", "yes"],
                 staff("Hannah Ostrowski", "Hannah", "Ostrowski", "hannah.ostrowski" + DOM4,
                       "Clinical Psychologist", "Sickle Cell & Thalassaemia",
                       ["pain management in sickle cell", "psychology of chronic illness"],
                       "Willing to run staff sessions on trauma-informed care")))
    data.append((["--- rows below copied in from the Thalassaemia team list (March) ---", "", "", "",
                  "", ""], bad("notes row")))
    data.append((["Leila Haddad – Thalassaemia CNS – iron overload monitoring; T2* MRI; transfusion",
                  "Thalassaemia", "leila.haddad" + DOM4, "4489", "", "mat leave till Oct"],
                 staff("Leila Haddad", "Leila", "Haddad", "leila.haddad" + DOM4, "Thalassaemia CNS",
                       "Thalassaemia", ["iron overload monitoring", "T2* MRI", "transfusion"], None)))
    data.append((["Mr Samuel Oyelaran – Apheresis Nurse Specialist – automated red cell exchange; stem cell harvest",
                  "Apheresis Unit", "samuel.oyelaran" + DOM4, "4733",
                  "happy to show ward staff how the Spectra Optia works", "yes"],
                 staff("Samuel Oyelaran", "Samuel", "Oyelaran", "samuel.oyelaran" + DOM4,
                       "Apheresis Nurse Specialist", "Apheresis Unit",
                       ["automated red cell exchange", "stem cell harvest"],
                       "happy to show ward staff how the Spectra Optia works")))
    data.append((["Dr Priyanka Menon – Consultant Haematologist – haemoglobinopathies; antenatal screening; genetics",
                  "Thalassaemia", "priyanka.menon" + DOM4, "4490", "Happy to supervise audits", "yes"],
                 staff("Priyanka Menon", "Priyanka", "Menon", "priyanka.menon" + DOM4,
                       "Consultant Haematologist", "Thalassaemia",
                       ["haemoglobinopathies", "antenatal screening", "genetics"],
                       "Happy to supervise audits")))
    data.append((["Grace Ndlovu – Haematology Day Unit Manager – rostering; patient experience",
                  "Haematology Day Unit", "grace.ndlovu" + DOM4, "4481", "", ""],
                 staff("Grace Ndlovu", "Grace", "Ndlovu", "grace.ndlovu" + DOM4,
                       "Haematology Day Unit Manager", "Haematology Day Unit",
                       ["rostering", "patient experience"], None)))
    data.append((["Owen Price – Band 6 Staff Nurse – chemotherapy administration (SACT passport), cannulation",
                  "Haematology Day Unit", "owen.price" + DOM4, "", "", "LEFT 15/12/2023"],
                 staff("Owen Price", "Owen", "Price", "owen.price" + DOM4, "Band 6 Staff Nurse",
                       "Haematology Day Unit",
                       ["chemotherapy administration (SACT passport)", "cannulation"], None,
                       left=True, left_on="2023-12-15")))
    data.append((["Amara Nwosu – Sickle Cell Research Nurse – clinical trials & NIHR portfolio studies",
                  "Research", "amara.nwosu" + DOM4, "4755", "", "yes"],
                 staff("Amara Nwosu", "Amara", "Nwosu", "amara.nwosu" + DOM4,
                       "Sickle Cell Research Nurse", "Research",
                       ["clinical trials", "NIHR portfolio studies"], None)))
    data.append((["Fatima Al-Sayed – Specialist Dietitian – nutrition in sickle cell", "",
                  "fatima.al-sayed" + DOM4, "", "", "yes"],
                 staff("Fatima Al-Sayed", "Fatima", "Al-Sayed", "fatima.al-sayed" + DOM4,
                       "Specialist Dietitian", None, ["nutrition in sickle cell"], None)))
    rows = [hdr] + [c for c, _ in data]
    with open(os.path.join(HERE, F4), "wb") as f:
        f.write(b"\xff\xfe" + csv_text(rows, delimiter="\t").encode("utf-16-le"))
    write_key(F4, "staff", 1, {i + 2: k for i, (_, k) in enumerate(data)})


# ---------------------------------------------------------------------------
# FILE 5: Severnside Mental Health NHS Foundation Trust (RSV) - Perinatal &
# Eating Disorders quarterly QI progress tracker, xlsx.  One row per project
# per quarter: the latest row is the project's current state, earlier rows
# of the same project are superseded.  Second sheet with closed projects.
# ---------------------------------------------------------------------------
F5 = "Perinatal_ED_QI_quarterly_tracker_2023-24.xlsx"
DOM5 = "@severnsidemh.nhs.uk"


def sup(ref, row):
    return bad(f"earlier quarterly update of {ref} (superseded by row {row})")


def file5():
    hdr = ["Proj #", "Quarter", "Date of update", "Project", "Aim / what we’re doing",
           "Service", "Lead", "Lead email", "RAG", "Progress this quarter", "Start date",
           "Est. cashable saving (£/yr)"]
    P01d = "Trained peer support workers with lived experience of perinatal mental illness support mums on the caseload"
    P02d = "FREED early intervention pathway: 18-25s with an eating disorder of under 3 years’ duration seen within 4 weeks"
    P04d = "Dietitian-led supported meal groups for adults in the community ED service"
    P06d = "Dashboard pulling MEED risk indicators (BMI, bloods, obs) from the EPR for ED patients"
    P08d = "Teaching sessions for GPs on spotting eating disorders and MEED risk"
    data = []
    # P01 - three quarterly rows (rows 4, 5, 6)
    data.append((["P01", "Q1 23/24", D(2023, 6, 28), "Perinatal peer support workers", P01d,
                  "Perinatal Community Team", "Dr Imogen Thackeray", "imogen.thackeray" + DOM5, "A",
                  "Recruiting 2 peer workers – interviews July", D(2022, 4, 1), "nil"],
                 sup("P01", 6)))
    data.append((["P01", "Q2 23/24", D(2023, 9, 27), "Perinatal peer support workers", "as above",
                  "Perinatal Community Team", "Dr Imogen Thackeray", "imogen.thackeray" + DOM5, "G",
                  "Peer workers in post, first 10 mums supported", D(2022, 4, 1), "nil"],
                 sup("P01", 6)))
    data.append((["P01", "Q3 23/24", D(2023, 12, 18), "Perinatal peer support workers", P01d,
                  "Perinatal Community Team", "Dr Imogen Thackeray", "imogen.thackeray" + DOM5, "G",
                  "BAU now – posts funded recurrently from April", D(2022, 4, 1), "nil"],
                 inn("Perinatal peer support workers", P01d, "Perinatal Community Team",
                     "Imogen Thackeray", "imogen.thackeray" + DOM5, "embedded",
                     "BAU now – posts funded recurrently from April", "P01", 0, "2022-04-01")))
    # P02 - rows 7, 8, 9
    data.append((["P02", "Q1 23/24", D(2023, 6, 30), "FREED pathway", P02d,
                  "Adult Eating Disorders Service", "Ollie Brandt (Band 7 CBT therapist)", None, "G",
                  "PDSA cycle 1 – 5 referrals seen", "Jan-23", "TBC"],
                 sup("P02", 9)))
    data.append((["P02", "Q2 23/24", D(2023, 9, 29), "FREED pathway", P02d,
                  "Adult Eating Disorders Service", "Ollie Brandt (Band 7 CBT therapist)", None, "G",
                  "PDSA cycle 3 – 4 week target met for 80%", "Jan-23", "TBC"],
                 sup("P02", 9)))
    data.append((["P02", "Q3 23/24", D(2023, 12, 20), "FREED pathway", P02d,
                  "Adult Eating Disorders Service", "Ollie Brandt (Band 7 CBT therapist)", None, "R",
                  "on hold – staff shortages (2 therapists on long-term sick)", "Jan-23", "TBC"],
                 inn("FREED pathway", P02d, "Adult Eating Disorders Service", "Ollie Brandt", None,
                     "paused", "on hold – staff shortages (2 therapists on long-term sick)", "P02",
                     None, "2023-01-01")))
    # P03 - one row (10)
    data.append((["P03", "Q2 23/24", D(2023, 9, 22), "Virtual visiting on the MBU",
                  "Tablets so partners and older siblings can video-call mums on the Mother & Baby Unit when they can’t visit",
                  "Mother & Baby Unit (Rowan Ward)", "Sister Bernadette Quinn", None, "G",
                  "live on ward, families using it most evenings", "Jun-22", "n/a"],
                 inn("Virtual visiting on the MBU",
                     "Tablets so partners and older siblings can video-call mums on the Mother & Baby Unit when they can’t visit",
                     "Mother & Baby Unit (Rowan Ward)", "Bernadette Quinn", None, "implemented",
                     "live on ward, families using it most evenings", "P03", None, "2022-06-01")))
    data.append((["TEST", "Q2 23/24", None, "test row", "test", None, None, None, None, None, None,
                  None], bad("test row")))
    # P04 - rows 12, 13
    data.append((["P04", "Q1 23/24", D(2023, 6, 26), "Dietetic-led meal support groups", P04d,
                  "Eating Disorders – Adult", "Sun-Hee Park / Maya Rosen", "sunhee.park" + DOM5, "G",
                  "evaluation complete – written up for trust QI showcase", "2021", "£7,500"],
                 sup("P04", 13)))
    data.append((["P04", "Q2 23/24", D(2023, 9, 25), "Dietetic-led meal support groups", P04d,
                  "Eating Disorders – Adult", "Sun-Hee Park / Maya Rosen", "sunhee.park" + DOM5, "G",
                  "now taken up by the CAMHS ED team and by Northfield NHS FT", "2021", "£7,500"],
                 inn("Dietetic-led meal support groups", P04d, "Eating Disorders – Adult",
                     "Sun-Hee Park", "sunhee.park" + DOM5, "spreading",
                     "now taken up by the CAMHS ED team and by Northfield NHS FT", "P04", 7500,
                     "2021-01-01")))
    data.append(([None] * 12, bad("blank row")))
    # P05 - row 15
    data.append((["P05", "Q3 23/24", D(2023, 12, 11), "Birth trauma pathway with maternity",
                  "Joint pathway with maternity for women with birth trauma / tokophobia",
                  "Perinatal Mental Health", "Róisín Fahy (roisin.fahy" + DOM5 + ")", None, "A",
                  "idea – discussed at LMNS board, needs funding", None, "TBC"],
                 inn("Birth trauma pathway with maternity",
                     "Joint pathway with maternity for women with birth trauma / tokophobia",
                     "Perinatal Mental Health", "Róisín Fahy", "roisin.fahy" + DOM5, "idea",
                     "idea – discussed at LMNS board, needs funding", "P05", None)))
    # P06 - rows 16, 17
    data.append((["P06", "Q2 23/24", D(2023, 9, 28), "MEED risk dashboard", P06d, "Eating Disorders",
                  "Dr Kofi Asante", "kofi.asante" + DOM5, "A", "bid submitted – trust digital fund",
                  "03/04/2023", None],
                 sup("P06", 17)))
    data.append((["P06", "Q3 23/24", D(2023, 12, 14), "MEED risk dashboard", P06d, "Eating Disorders",
                  "Dr Kofi Asante", "kofi.asante" + DOM5, "Grey",
                  "scrapped – the EPR upgrade does this anyway", "03/04/2023", None],
                 inn("MEED risk dashboard", P06d, "Eating Disorders", "Kofi Asante",
                     "kofi.asante" + DOM5, "stopped", "scrapped – the EPR upgrade does this anyway",
                     "P06", None, "2023-04-03")))
    # P07 - row 18, then pasted again in 19
    P07 = ["P07", "Q3 23/24", D(2023, 12, 6), "Dads’ and partners’ support group",
           "Monthly evening group for fathers and birth partners of women under the perinatal team",
           "Perinatal Community Team", "Okoro, Daniel", None, "G",
           "pilot group running in North locality", "Sept 23", "n/a"]
    data.append((P07, inn("Dads’ and partners’ support group",
                          "Monthly evening group for fathers and birth partners of women under the perinatal team",
                          "Perinatal Community Team", "Daniel Okoro", None, "testing",
                          "pilot group running in North locality", "P07", None, "2023-09-01")))
    data.append((list(P07), bad("duplicate of row 18")))
    # P08 - rows 20, 21, 22
    data.append((["P08", "Q1 23/24", D(2023, 6, 20), "GP education on eating disorders", P08d,
                  "Eating Disorders – Community", "Dr Harriet Vance", "harriet.vance" + DOM5, "G",
                  "planning first session in North locality with the training hub", D(2023, 2, 6),
                  "c. £10k"],
                 sup("P08", 22)))
    data.append((["P08", "Q2 23/24", D(2023, 9, 19), "GP education on eating disorders", P08d,
                  "Eating Disorders – Community", "Dr Harriet Vance", "harriet.vance" + DOM5, "G",
                  "3 sessions delivered in North locality", D(2023, 2, 6), "c. £10k"],
                 sup("P08", 22)))
    data.append((["P08", "Q3 23/24", D(2023, 12, 15), "GP education on eating disorders", P08d,
                  "Eating Disorders – Community", "Dr Harriet Vance", "harriet.vance" + DOM5, "G",
                  "rolled out trustwide – all 5 localities now have sessions", D(2023, 2, 6),
                  "c. £10k"],
                 inn("GP education on eating disorders", P08d, "Eating Disorders – Community",
                     "Harriet Vance", "harriet.vance" + DOM5, "spreading",
                     "rolled out trustwide – all 5 localities now have sessions", "P08", 10000,
                     "2023-02-06")))
    # P10 - row 23 (there is no P09 - number skipped)
    data.append((["P10", "Q3 23/24", D(2023, 12, 1), "Perinatal pharmacy advice clinic",
                  "Pharmacist clinic advising on psychotropic medicines in pregnancy & breastfeeding",
                  "Perinatal Mental Health", "Aisha Rahman (Specialist Pharmacist)",
                  "aisha.rahman" + DOM5, "G", "BAU now", "Nov 2020", "£350 a month"],
                 inn("Perinatal pharmacy advice clinic",
                     "Pharmacist clinic advising on psychotropic medicines in pregnancy & breastfeeding",
                     "Perinatal Mental Health", "Aisha Rahman", "aisha.rahman" + DOM5, "embedded",
                     "BAU now", "P10", 4200, "2020-11-01")))
    # P11 - row 24
    data.append((["P11", "Q3 23/24", D(2023, 12, 19), "Carers’ skills workshops (ED)",
                  "New Maudsley-style skills workshops for parents and carers of people with eating disorders",
                  "Eating Disorders (all ages)",
                  "Ngozi Eze-Williams <ngozi.eze-williams" + DOM5 + ">", None, "G",
                  "PDSA cycle 1 – 2 workshops run, feedback good", D(2023, 10, 17), None],
                 inn("Carers’ skills workshops (ED)",
                     "New Maudsley-style skills workshops for parents and carers of people with eating disorders",
                     "Eating Disorders (all ages)", "Ngozi Eze-Williams",
                     "ngozi.eze-williams" + DOM5, "testing",
                     "PDSA cycle 1 – 2 workshops run, feedback good", "P11", None, "2023-10-17")))
    # P12 - row 25
    data.append((["P12", "Q3 23/24", D(2023, 12, 19), "Spiritual care drop-in for MBU mothers",
                  "Chaplaincy drop-in on the Mother & Baby Unit for mums of any faith or none",
                  "Mother & Baby Unit (Rowan Ward)", "Rev. Matthew Oduya (Chaplain)",
                  "matthew.oduya" + DOM5, "G", "live on Rowan Ward – fortnightly", None, "£2k"],
                 inn("Spiritual care drop-in for MBU mothers",
                     "Chaplaincy drop-in on the Mother & Baby Unit for mums of any faith or none",
                     "Mother & Baby Unit (Rowan Ward)", "Matthew Oduya", "matthew.oduya" + DOM5,
                     "implemented", "live on Rowan Ward – fortnightly", "P12", 2000)))
    data.append(([None] * 12, bad("blank row")))
    data.append((["Q4 updates due 31 March – send to perinatal.qi" + DOM5 + " please"] + [None] * 11,
                 bad("notes row")))
    first, header_row = 4, 3
    data.append(([None, "Q3 count", f'=COUNTIF(B{first}:B25,"Q3 23/24")', "projects updated this quarter"]
                 + [None] * 8, bad("total row")))

    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker 23-24"
    ws["A1"] = "Severnside Mental Health NHS Foundation Trust – Perinatal & Eating Disorders QI Tracker 2023/24"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:L1")
    ws["A2"] = "One row per project per quarter – add a NEW row each quarter, don’t overwrite. Reported to Quality & Safety Committee."
    ws["A2"].font = Font(italic=True, color="C00000")
    ws.merge_cells("A2:L2")
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=header_row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="5B2C6F")
        c.alignment = Alignment(wrap_text=True)
    keys = {}
    for n, (cells, key) in enumerate(data):
        r = first + n
        for i, v in enumerate(cells, 1):
            if v is not None:
                c = ws.cell(row=r, column=i, value=v)
                if isinstance(v, datetime):
                    c.number_format = "dd-mmm-yy"
        keys[r] = key
    ws.freeze_panes = "E4"
    for col, w in zip("ABCDEFGHIJKL", (7, 10, 12, 34, 55, 30, 34, 32, 6, 50, 12, 16)):
        ws.column_dimensions[col].width = w

    z = wb.create_sheet("Closed 22-23")
    for r in [["Proj #", "Project", "Lead", "Outcome"],
              ["X01", "Weekend ED meal support (pilot)", "Maya Rosen", "Closed Mar 23 – merged into P04"],
              ["X02", "Perinatal text reminders", "Imogen Thackeray", "Closed – done via trust-wide system"]]:
        z.append(r)
    wb.save(os.path.join(HERE, F5))
    write_key(F5, "innovations", header_row, keys, sheet="Tracker 23-24")


BUILDERS = [file1, file2, file3, file4, file5]

if __name__ == "__main__":
    for b in BUILDERS:
        b()
    print("written:", ", ".join(b.__name__ for b in BUILDERS))
