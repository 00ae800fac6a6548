#!/usr/bin/env python3
"""Regenerates every file in this folder plus its answer key. All rows are held literally below."""
import csv, io, json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

def L(name, email=None):
    return {"name": name, "email": email}

def inn(title, summary, dept, lead, stage, status_text, ref, savings, started=None):
    e = {"title": title, "summary": summary, "department": dept, "lead": lead,
         "stage": stage, "status_text": status_text, "ref": ref, "savings_gbp": savings}
    if started is not None:
        e["started"] = started
    return {"good": True, "expected": e}

def staff(name, given, family, email, job, dept, expertise, willing, left=None, left_on=None):
    e = {"name": name, "given_name": given, "family_name": family, "email": email,
         "job_title": job, "department": dept, "expertise": expertise, "willing_to_text": willing}
    if left:
        e["employment_status"] = "left"
        if left_on:
            e["left_on"] = left_on
    return {"good": True, "expected": e}

def bad(reason):
    return {"good": False, "reason": reason}

def write_key(fname, kind, header_row, rows_with_keys, first_data_row, sheet=None):
    keys = {}
    for i, (_cells, k) in enumerate(rows_with_keys):
        keys[str(first_data_row + i)] = k
    out = {"file": fname, "kind": kind, "header_row": header_row}
    if sheet:
        out["sheet"] = sheet
    out["rows"] = keys
    with open(os.path.join(HERE, fname + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)

def write_delimited(fname, header, rows, encoding, delimiter, bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for cells, _k in rows:
        w.writerow(["" if c is None else c for c in cells])
    text = buf.getvalue()
    with open(os.path.join(HERE, fname), "wb") as f:
        if encoding == "utf-16-le":
            f.write(b"\xff\xfe")
            f.write(text.encode("utf-16-le"))
        elif bom:
            f.write(b"\xef\xbb\xbf" + text.encode("utf-8"))
        else:
            f.write(text.encode(encoding))

# ---------------------------------------------------------------------------
# FILE 1: Brightwater Hospitals Charity - Innovation Fund applications tracker (xlsx)
# ---------------------------------------------------------------------------
F1 = "brightwater_charity_innovation_fund_tracker.xlsx"
F1_HEADER = ["App No.", "Date rec'd", "Project title", "What the money is for", "Ward / dept",
             "Applicant", "Applicant e-mail", "Panel decision", "Where it's up to",
             "Amount awarded (£)", "Paid to date (£)", "Est. saving per year"]
F1_ROWS = [
 (["BHC-IF-001", D(2022, 4, 11), "Sensory boxes for dementia patients",
   "Fidget muffs, rummage boxes and music players for patients with dementia on the elderly care wards to reduce agitation and PRN sedation.",
   "Elderly Care – Rowan & Birch wards", "Sister Joanne Pike", "joanne.pike@brightwater.nhs.uk", "Approved in full",
   "Rolled out to all 4 elderly care wards", 3200, 3200, "n/a"],
  inn("Sensory boxes for dementia patients",
      "Fidget muffs, rummage boxes and music players for patients with dementia on the elderly care wards to reduce agitation and PRN sedation.",
      "Elderly Care – Rowan & Birch wards", L("Joanne Pike", "joanne.pike@brightwater.nhs.uk"), "spreading",
      "Rolled out to all 4 elderly care wards", "BHC-IF-001", None, "2022-04-11")),
 (["BHC-IF-002", D(2022, 5, 3), "Bladder scanner for ED",
   "Second bladder scanner so ED doesn't have to borrow from AMU; fewer unnecessary catheters.",
   "Emergency Department", "Dr Kwame Asante (ED consultant)", None, "Approved", "In use in ED since Sept",
   "£8,950", "£8,950", "c. £2k"],
  inn("Bladder scanner for ED", "Second bladder scanner so ED doesn't have to borrow from AMU; fewer unnecessary catheters.",
      "Emergency Department", L("Kwame Asante"), "implemented", "In use in ED since Sept", "BHC-IF-002", 2000, "2022-05-03")),
 (["BHC-IF-003", "14/06/2022", "Virtual reality headsets for paediatric cannulation",
   "VR distraction headsets for children having bloods/cannulas.", "Paediatrics (Starfish Ward)",
   "Okafor, Chidinma", "c.okafor@brightwater.nhs.uk", "Approved – part funded (2 headsets not 4)",
   "Evaluation done, report to Sept panel – big drop in play specialist call-outs", 2400, 2400, "TBC"],
  inn("Virtual reality headsets for paediatric cannulation", "VR distraction headsets for children having bloods/cannulas.",
      "Paediatrics (Starfish Ward)", L("Chidinma Okafor", "c.okafor@brightwater.nhs.uk"), "evaluated",
      "Evaluation done, report to Sept panel – big drop in play specialist call-outs", "BHC-IF-003", None, "2022-06-14")),
 (["BHC-IF-004", D(2022, 6, 20), "TEST - ignore", "test entry Lucy", None, "Lucy", None, None, None, None, None, None],
  bad("test row")),
 (["BHC-IF-005", D(2022, 7, 1), "Hydration trolley project",
   "Volunteer-run drinks trolley doing 2-hourly rounds to cut AKI and UTIs on surgical wards.",
   "Surgery – Ward 7", "Mr Tomasz Nowak / Ellie Grant", "tomasz.nowak@brightwater.nhs.uk", "Approved",
   "Trial on Ward 7 – PDSA cycle 2", "£1,500", "£750", None],
  inn("Hydration trolley project", "Volunteer-run drinks trolley doing 2-hourly rounds to cut AKI and UTIs on surgical wards.",
      "Surgery – Ward 7", L("Tomasz Nowak", "tomasz.nowak@brightwater.nhs.uk"), "testing",
      "Trial on Ward 7 – PDSA cycle 2", "BHC-IF-005", None, "2022-07-01")),
 ([None] * 12, bad("blank row")),
 (["BHC-IF-006", "Aug-22", "Staff wellbeing “calm room”",
   "Convert old store room on level 2 into a quiet room for staff breaks.", "Estates / HR wellbeing",
   "Amira Haddad amira.haddad@brightwater.nhs.uk", None, "Declined",
   "Declined – panel felt this is core trust funding, not charity", 0, 0, "n/a"],
  inn("Staff wellbeing “calm room”", "Convert old store room on level 2 into a quiet room for staff breaks.",
      "Estates / HR wellbeing", L("Amira Haddad", "amira.haddad@brightwater.nhs.uk"), "stopped",
      "Declined – panel felt this is core trust funding, not charity", "BHC-IF-006", None, "2022-08-01")),
 (["BHC-IF-007", D(2022, 9, 12), "Discharge lounge comfort packs",
   "Packs with toiletries, snacks and a leaflet for patients waiting in the discharge lounge.", "Discharge Lounge",
   "Mrs Beverley Cole (Band 7)", "beverley.cole@brightwater.nhs.uk", "Approved", "BAU now – funded from ward budget from 2023",
   750, 750, "£0"],
  inn("Discharge lounge comfort packs", "Packs with toiletries, snacks and a leaflet for patients waiting in the discharge lounge.",
      "Discharge Lounge", L("Beverley Cole", "beverley.cole@brightwater.nhs.uk"), "embedded",
      "BAU now – funded from ward budget from 2023", "BHC-IF-007", 0, "2022-09-12")),
 (["BHC-IF-008", D(2022, 10, 5), "Electronic falls sensor mats",
   "Wireless sensor mats that alert the nurse station when a high-risk patient stands.", "Elderly Care – Rowan Ward",
   "Sister Joanne Pike", "joanne.pike@brightwater.nhs.uk", "Deferred to Jan panel",
   "On hold – awaiting IT security sign-off for the wireless kit", "TBC", None, "£500 a month"],
  inn("Electronic falls sensor mats", "Wireless sensor mats that alert the nurse station when a high-risk patient stands.",
      "Elderly Care – Rowan Ward", L("Joanne Pike", "joanne.pike@brightwater.nhs.uk"), "paused",
      "On hold – awaiting IT security sign-off for the wireless kit", "BHC-IF-008", 6000, "2022-10-05")),
 (["BHC-IF-009", D(2022, 11, 21), "Maternity birth-room mood lighting",
   "Colour-changing lighting and speakers in 2 birth rooms on Delivery Suite.", "Maternity – Delivery Suite",
   "Róisín Ó Briain (Midwife)", "roisin.obriain@brightwater.nhs.uk", "Approved",
   "Kit ordered, estates fitting in Feb", "£6,200", "£3,100", "n/a"],
  inn("Maternity birth-room mood lighting", "Colour-changing lighting and speakers in 2 birth rooms on Delivery Suite.",
      "Maternity – Delivery Suite", L("Róisín Ó Briain", "roisin.obriain@brightwater.nhs.uk"), "planning",
      "Kit ordered, estates fitting in Feb", "BHC-IF-009", None, "2022-11-21")),
 (["Rows below added by Lucy (fund officer) after the Jan 2023 panel", None, None, None, None, None, None, None, None, None, None, None],
  bad("notes row")),
 (["BHC-IF-010", D(2023, 1, 16), "Hand-held ultrasound for IV access",
   "Portable ultrasound probe so the vascular access team can place lines on the ward first time.", "Vascular Access Team",
   "Dr Priya Raman", "priya.raman@brightwater.nhs.uk", "Approved – match funded by division",
   "Live on 3 wards, audit of first-time success rate under way", "12k", "12k", "c. £4k"],
  inn("Hand-held ultrasound for IV access", "Portable ultrasound probe so the vascular access team can place lines on the ward first time.",
      "Vascular Access Team", L("Priya Raman", "priya.raman@brightwater.nhs.uk"), "implemented",
      "Live on 3 wards, audit of first-time success rate under way", "BHC-IF-010", 4000, "2023-01-16")),
 (["BHC-IF-011", D(2023, 1, 30), "Sensory boxes for dementia patients (extra boxes)",
   "Fidget muffs, rummage boxes and music players for patients with dementia on the elderly care wards to reduce agitation and PRN sedation.",
   "Elderly Care – Rowan & Birch wards", "Sister Joanne Pike", "joanne.pike@brightwater.nhs.uk", "Not considered – same as IF-001",
   "Duplicate of 001, Lucy to merge", None, None, None],
  bad("duplicate of row 5")),
 (["BHC-IF-012", "2023", "Pets as Therapy visits – stroke unit",
   "Monthly visits from registered therapy dogs for long-stay stroke patients.", "Stroke Unit",
   "Harriet Blake", None, "Awaiting panel", "Bid submitted, infection control view requested", None, None, None],
  inn("Pets as Therapy visits – stroke unit", "Monthly visits from registered therapy dogs for long-stay stroke patients.",
      "Stroke Unit", L("Harriet Blake"), "planning", "Bid submitted, infection control view requested", "BHC-IF-012", None, "2023-01-01")),
 (["BHC-IF-013", D(2023, 3, 2), "Patient-held 'About Me' passports for learning disability",
   "Printed and laminated passports so LD patients arrive with their preferences and communication needs.",
   "Learning Disability Liaison", "Gareth Lloyd (LD liaison nurse) / Sam Idowu", "gareth.lloyd@brightwater.nhs.uk",
   "Approved", "Now standard practice – in the admission pack trustwide", "£900", "£900", "nil"],
  inn("Patient-held 'About Me' passports for learning disability",
      "Printed and laminated passports so LD patients arrive with their preferences and communication needs.",
      "Learning Disability Liaison", L("Gareth Lloyd", "gareth.lloyd@brightwater.nhs.uk"), "embedded",
      "Now standard practice – in the admission pack trustwide", "BHC-IF-013", 0, "2023-03-02")),
 (["BHC-IF-014", "Spring 2023", "Garden for the renal unit",
   "Turn the courtyard outside dialysis into a garden patients can use between sessions.", "Renal",
   "Dr Femi Adeyemi", "femi.adeyemi@brightwater.nhs.uk", "Declined",
   "Scrapped – courtyard earmarked for new build", None, None, None],
  inn("Garden for the renal unit", "Turn the courtyard outside dialysis into a garden patients can use between sessions.",
      "Renal", L("Femi Adeyemi", "femi.adeyemi@brightwater.nhs.uk"), "stopped",
      "Scrapped – courtyard earmarked for new build", "BHC-IF-014", None)),
 (["BHC-IF-015", D(2023, 6, 8), "Digital pain diaries in the pain clinic",
   None, "Pain Management", "Lewis, Owen", "owen.lewis@brightwater.nhs.uk", "Approved",
   "Pilot with 20 patients, 2nd PDSA cycle", "£2,750", "£1,000", "12 clinic slots a month freed – £ TBC"],
  inn("Digital pain diaries in the pain clinic", None, "Pain Management", L("Owen Lewis", "owen.lewis@brightwater.nhs.uk"),
      "testing", "Pilot with 20 patients, 2nd PDSA cycle", "BHC-IF-015", None, "2023-06-08")),
 (["BHC-IF-016", D(2023, 9, 18), "Neonatal family room refresh",
   "Sofa beds, fridge and kettle for parents of babies in NICU staying overnight.", "Neonatal Unit",
   "Miss Hannah Ellery", None, "Approved", "Completed, parent survey done – 94% said it helped them stay",
   "£4,100", "£4,100", "n/a"],
  inn("Neonatal family room refresh", "Sofa beds, fridge and kettle for parents of babies in NICU staying overnight.",
      "Neonatal Unit", L("Hannah Ellery"), "evaluated", "Completed, parent survey done – 94% said it helped them stay",
      "BHC-IF-016", None, "2023-09-18")),
 (["BHC-IF-017", D(2023, 11, 1), "Reusable tourniquets & cuff covers",
   "Swap single-use tourniquets for washable ones in outpatients – also reduces plastic waste.", "Outpatients",
   "Nadia Rahman", "nadia.rahman@brightwater.nhs.uk", "Approved",
   "Adopted by Kingsmead Community Hospital too after Green Plan showcase", 1200, 1200, "£3,600"],
  inn("Reusable tourniquets & cuff covers",
      "Swap single-use tourniquets for washable ones in outpatients – also reduces plastic waste.", "Outpatients",
      L("Nadia Rahman", "nadia.rahman@brightwater.nhs.uk"), "spreading",
      "Adopted by Kingsmead Community Hospital too after Green Plan showcase", "BHC-IF-017", 3600, "2023-11-01")),
 (["BHC-IF-018", D(2024, 1, 22), "Chaplaincy quiet boxes for end of life care",
   "Boxes with battery candles, prayer cards for several faiths and a memory keepsake for families.",
   "Chaplaincy & Bereavement", "Rev. Martin Osei", "martin.osei@brightwater.nhs.uk", "New – for April panel",
   "Idea stage, costing it up", None, None, None],
  inn("Chaplaincy quiet boxes for end of life care",
      "Boxes with battery candles, prayer cards for several faiths and a memory keepsake for families.",
      "Chaplaincy & Bereavement", L("Martin Osei", "martin.osei@brightwater.nhs.uk"), "idea",
      "Idea stage, costing it up", "BHC-IF-018", None, "2024-01-22")),
 ([None] * 12, bad("blank row")),
]
F1_TOTAL = bad("total row")

def make_f1():
    wb = Workbook()
    ws = wb.active
    ws.title = "Applications 22-24"
    ws["A1"] = "Brightwater Hospitals Charity – Innovation Fund 2022–24"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Applications tracker – panel meets quarterly. Keep the amber rows updated please! (Lucy, fund officer)"
    ws["A3"] = "Application"; ws.merge_cells("A3:G3")
    ws["H3"] = "Panel"; ws.merge_cells("H3:I3")
    ws["J3"] = "Finance"; ws.merge_cells("J3:L3")
    for c in ("A3", "H3", "J3"):
        ws[c].font = Font(bold=True); ws[c].alignment = Alignment(horizontal="center")
    for i, h in enumerate(F1_HEADER, 1):
        cell = ws.cell(row=4, column=i, value=h); cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FFD9E1F2")
    r = 5
    for cells, _k in F1_ROWS:
        for i, v in enumerate(cells, 1):
            c = ws.cell(row=r, column=i, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        r += 1
    total_row = r
    ws.cell(row=total_row, column=1, value="TOTAL")
    ws.cell(row=total_row, column=3, value=f"=COUNTA(C5:C{total_row-1})&\" applications\"")
    ws.cell(row=total_row, column=10, value=f"=SUM(J5:J{total_row-1})")
    ws.cell(row=total_row, column=11, value=f"=SUM(K5:K{total_row-1})")
    ws.freeze_panes = "D5"
    for col, w in zip("ABCDEFGHIJKL", (12, 12, 40, 60, 28, 30, 34, 26, 50, 14, 14, 18)):
        ws.column_dimensions[col].width = w
    # second sheet: panel dates (not data)
    ws2 = wb.create_sheet("Panel dates")
    ws2.append(["Panel", "Date", "Chair"])
    ws2.append(["Q1", D(2023, 1, 12), "Chair of Charity Committee"])
    ws2.append(["Q2", D(2023, 4, 13), "Chair of Charity Committee"])
    wb.save(os.path.join(HERE, F1))
    write_key(F1, "innovations", 4, F1_ROWS + [(None, F1_TOTAL)], 5, sheet="Applications 22-24")

# ---------------------------------------------------------------------------
# FILE 2: Fenwick & Dale NHS FT - IPC link practitioner list (Excel "CSV", cp1252, CRLF)
# ---------------------------------------------------------------------------
F2 = "fenwick_dale_ipc_link_practitioners.csv"
F2_HEADER = ["Surname", "First name", "Ward / area", "Role", "Email", "Link since", "Refresher due",
             "IPC interests", "Happy to help with", "Notes"]
E2 = "@fenwickdale.nhs.uk"
F2_ROWS = [
 (["Achterberg", "Ingrid", "Ward 3 (Acute Medicine)", "Staff Nurse Band 5", "ingrid.achterberg" + E2, "03/2021", "03/2024",
   "hand hygiene; ANTT; C. diff", "Happy to do hand hygiene audits for Ward 4 too", ""],
  staff("Ingrid Achterberg", "Ingrid", "Achterberg", "ingrid.achterberg" + E2, "Staff Nurse Band 5", "Ward 3 (Acute Medicine)",
        ["hand hygiene", "ANTT", "C. diff"], "Happy to do hand hygiene audits for Ward 4 too")),
 (["Mensah", "Kofi", "ITU", "Senior Staff Nurse (Band 6)", "kofi.mensah" + E2, "2019", "Overdue!",
   "CVC/line care, VAP bundle, MRSA screening", "Can offer teaching on line care at induction", ""],
  staff("Kofi Mensah", "Kofi", "Mensah", "kofi.mensah" + E2, "Senior Staff Nurse (Band 6)", "ITU",
        ["CVC/line care", "VAP bundle", "MRSA screening"], "Can offer teaching on line care at induction")),
 (["Pritchard", "Siân", "Theatres", "ODP", "", "Jan-22", "Jan-25",
   "surgical site infection & wound care", "", "Speaks Welsh"],
  staff("Siân Pritchard", "Siân", "Pritchard", None, "ODP", "Theatres",
        ["surgical site infection", "wound care"], None)),
 (["Dubois", "Élodie", "Ward 9 (Care of the Elderly)", "HCA Band 3", "elodie.dubois" + E2, "2022", "2025",
   "cleaning & decontamination; commodes; norovirus outbreaks", "Willing to be the outbreak contact on nights", ""],
  staff("Élodie Dubois", "Élodie", "Dubois", "elodie.dubois" + E2, "HCA Band 3", "Ward 9 (Care of the Elderly)",
        ["cleaning & decontamination", "commodes", "norovirus outbreaks"], "Willing to be the outbreak contact on nights")),
 (["", "", "", "", "", "", "", "", "", ""], bad("blank row")),
 (["O’Neill", "Patrick", "Emergency Dept", "Charge Nurse", "patrick.oneill" + E2, "05/06/2020", "05/06/2023",
   "PPE / FIT testing, sepsis", "Happy to FIT test ED & AMU staff", ""],
  staff("Patrick O’Neill", "Patrick", "O’Neill", "patrick.oneill" + E2, "Charge Nurse", "Emergency Dept",
        ["PPE", "FIT testing", "sepsis"], "Happy to FIT test ED & AMU staff")),
 (["Begum", "Shirin", "Maternity – Labour Ward", "Midwife (LEFT)", "shirin.begum" + E2, "2021", "",
   "GBS; breast milk handling", "", "Left the trust 31/03/2024 – need new link for labour ward"],
  staff("Shirin Begum", "Shirin", "Begum", "shirin.begum" + E2, "Midwife", "Maternity – Labour Ward",
        ["GBS", "breast milk handling"], None, left=True, left_on="2024-03-31")),
 (["VACANT", "", "Ward 12 (Orthopaedics)", "Link practitioner", "", "", "", "", "", "Manager to nominate someone – chased Sept"],
  bad("vacant post")),
 (["Kowalczyk", "Marta", "Renal Unit", "Dialysis Nurse Band 6", "marta.kowalczyk" + E2, "2018", "12/2023",
   "blood borne viruses and dialysis line infections", "Can offer BBV update sessions", "Speaks Polish"],
  staff("Marta Kowalczyk", "Marta", "Kowalczyk", "marta.kowalczyk" + E2, "Dialysis Nurse Band 6", "Renal Unit",
        ["blood borne viruses", "dialysis line infections"], "Can offer BBV update sessions")),
 (["Hughes", "Gwen", "Children’s Ward", "Play Specialist", "", "Sep-23", "Sep-26",
   "hand hygiene for kids/families; toy cleaning", "Happy to make posters for families", "On mat leave until Aug"],
  staff("Gwen Hughes", "Gwen", "Hughes", None, "Play Specialist", "Children’s Ward",
        ["hand hygiene for kids/families", "toy cleaning"], "Happy to make posters for families")),
 (["TEST", "TEST", "test", "test", "", "", "", "", "", "delete me – Dawn"], bad("test row")),
 (["Ahmed", "Yusuf", "Endoscopy", "Decontamination Lead", "yusuf.ahmed" + E2, "2017", "2024",
   "scope decontamination, water safety & legionella", "", ""],
  staff("Yusuf Ahmed", "Yusuf", "Ahmed", "yusuf.ahmed" + E2, "Decontamination Lead", "Endoscopy",
        ["scope decontamination", "water safety & legionella"], None)),
 (["Mensah", "Kofi", "ITU", "Senior Staff Nurse (Band 6)", "kofi.mensah" + E2, "2019", "2025",
   "line care, VAP", "", "re-added by mistake?"],
  bad("duplicate of row 3")),
 (["Fairweather", "Lorna", "Community Nursing – North", "District Nurse", "lorna.fairweather" + E2, "2020", "2023",
   "catheter care (CAUTI); wound swabs", "", "** left – moved to Sheffield Mar-24 **"],
  staff("Lorna Fairweather", "Lorna", "Fairweather", "lorna.fairweather" + E2, "District Nurse", "Community Nursing – North",
        ["catheter care (CAUTI)", "wound swabs"], None, left=True, left_on="2024-03-01")),
 (["Nakamura", "Ken", "Pharmacy", "Antimicrobial Pharmacist", "ken.nakamura" + E2, "2022", "2025",
   "antimicrobial stewardship; IV to oral switch; C. diff reviews", "Can offer 'Start Smart Then Focus' teaching on request", ""],
  staff("Ken Nakamura", "Ken", "Nakamura", "ken.nakamura" + E2, "Antimicrobial Pharmacist", "Pharmacy",
        ["antimicrobial stewardship", "IV to oral switch", "C. diff reviews"], "Can offer 'Start Smart Then Focus' teaching on request")),
 (["Osei-Bonsu", "Abena", "Outpatients", "Nurse Associate", "abena.osei-bonsu" + E2, "2023", "2026",
   "", "", "new this year"],
  staff("Abena Osei-Bonsu", "Abena", "Osei-Bonsu", "abena.osei-bonsu" + E2, "Nurse Associate", "Outpatients", [], None)),
 (["Grant", "Callum", "Estates", "Domestic Supervisor", "callum.grant" + E2, "2021", "2024",
   "cleaning standards & audits; bed space turnaround", "Willing to join ward IPC walkrounds", "seconded to the new build project till Dec"],
  staff("Callum Grant", "Callum", "Grant", "callum.grant" + E2, "Domestic Supervisor", "Estates",
        ["cleaning standards & audits", "bed space turnaround"], "Willing to join ward IPC walkrounds")),
 (["Whitmore", "Jess", "Ward 5 (Surgery)", "Staff Nurse (left)", "", "2019", "2022",
   "MRSA decolonisation", "", "left, not sure when"],
  staff("Jess Whitmore", "Jess", "Whitmore", None, "Staff Nurse", "Ward 5 (Surgery)",
        ["MRSA decolonisation"], None, left=True)),
 (["Lindqvist", "Anders", "Microbiology", "Biomedical Scientist", "anders.lindqvist" + E2, "2020", "2026",
   "typing of outbreak strains, CPE screening, blood culture contamination", "Happy to explain lab results to link staff", ""],
  staff("Anders Lindqvist", "Anders", "Lindqvist", "anders.lindqvist" + E2, "Biomedical Scientist", "Microbiology",
        ["typing of outbreak strains", "CPE screening", "blood culture contamination"], "Happy to explain lab results to link staff")),
 (["", "", "", "", "", "", "", "", "", ""], bad("blank row")),
 (["Total links: 17", "", "", "", "", "", "", "", "", "(incl. leavers – Dawn to tidy)"], bad("total row")),
]

def make_f2():
    write_delimited(F2, F2_HEADER, F2_ROWS, "cp1252", ",")
    write_key(F2, "staff", 1, F2_ROWS, 2)

# ---------------------------------------------------------------------------
# FILE 3: Thornbury & Wensley Community Healthcare - SLT clinical specialisms grid
#         (Excel "Unicode Text": UTF-16 LE with BOM, TAB separated)
# ---------------------------------------------------------------------------
F3 = "thornbury_wensley_SLT_specialisms_grid.txt"
F3_GRID = ["Dysphagia", "Voice", "AAC", "Stammering", "DLD", "Head & Neck"]
F3_HEADER = ["Clinician", "Band / post", "Team", "E-mail"] + F3_GRID + ["Other specialisms", "Can offer (2nd opinions, supervision etc.)"]
E3 = "@twch.nhs.uk"
def g(*flags):
    return list(flags) + [""] * (6 - len(flags))
F3_ROWS = [
 (["Dr Amelia Stroud", "Consultant SLT / Clinical Lead", "Adult Acquired", "amelia.stroud" + E3] + g("✓", "✓", "", "", "", "✓") +
  ["Laryngectomy, FEES", "Happy to give 2nd opinions on complex swallows"],
  staff("Amelia Stroud", "Amelia", "Stroud", "amelia.stroud" + E3, "Consultant SLT / Clinical Lead", "Adult Acquired",
        ["Dysphagia", "Voice", "Head & Neck", "Laryngectomy", "FEES"], "Happy to give 2nd opinions on complex swallows")),
 (["Patel, Rina", "Band 7 Specialist SLT", "Paediatrics – Community", "rina.patel" + E3] + g("", "", "Y", "", "Y") +
  ["• selective mutism\n• Makaton tutor", "Can offer Makaton foundation training to schools"],
  staff("Rina Patel", "Rina", "Patel", "rina.patel" + E3, "Band 7 Specialist SLT", "Paediatrics – Community",
        ["AAC", "DLD", "selective mutism", "Makaton tutor"], "Can offer Makaton foundation training to schools")),
 (["Tom Fairclough", "Band 6 SLT", "Adult Acquired", ""] + g("Y", "", "", "", "", "") +
  ["aphasia and cognitive communication", ""],
  staff("Tom Fairclough", "Tom", "Fairclough", None, "Band 6 SLT", "Adult Acquired",
        ["Dysphagia", "aphasia", "cognitive communication"], None)),
 (["Ms Ngozi Eze", "Band 8a Team Lead", "Paediatrics – Special Schools", "ngozi.eze" + E3] + g("yes", "", "yes (lead)", "", "yes") +
  ["autism, eating & drinking in cerebral palsy", "Willing to supervise Band 5s and students"],
  staff("Ngozi Eze", "Ngozi", "Eze", "ngozi.eze" + E3, "Band 8a Team Lead", "Paediatrics – Special Schools",
        ["Dysphagia", "AAC", "DLD", "autism", "eating & drinking in cerebral palsy"], "Willing to supervise Band 5s and students")),
 ([""] * 12, bad("blank row")),
 (["Hannah Lindgren (left Aug-23)", "Band 6 SLT", "Stroke Rehab Unit", "hannah.lindgren" + E3] + g("✓", "", "✓") +
  ["", ""],
  staff("Hannah Lindgren", "Hannah", "Lindgren", "hannah.lindgren" + E3, "Band 6 SLT", "Stroke Rehab Unit",
        ["Dysphagia", "AAC"], None, left=True, left_on="2023-08-01")),
 (["McAllister, Fraser", "Band 7 Specialist SLT", "Fluency Clinic", "fraser.mcallister" + E3] + g("", "", "", "✓✓") +
  ["Lidcombe; Palin PCI; adult stammering groups", "Happy to run the stammering awareness session at Grand Round"],
  staff("Fraser McAllister", "Fraser", "McAllister", "fraser.mcallister" + E3, "Band 7 Specialist SLT", "Fluency Clinic",
        ["Stammering", "Lidcombe", "Palin PCI", "adult stammering groups"], "Happy to run the stammering awareness session at Grand Round")),
 (["Band 6 vacancy – out to advert", "Band 6 SLT", "Paediatrics – Community", ""] + g() + ["", ""],
  bad("vacant post")),
 (["Zofia Wiśniewska", "Band 5 SLT (rotation)", "Adult Acquired", "zofia.wisniewska" + E3] + g("✓") +
  ["", ""],
  staff("Zofia Wiśniewska", "Zofia", "Wiśniewska", "zofia.wisniewska" + E3, "Band 5 SLT (rotation)", "Adult Acquired",
        ["Dysphagia"], None)),
 (["Mr Daniel Achebe", "Band 7 Specialist SLT", "ENT / Voice Clinic", "daniel.achebe" + E3] + g("", "✓", "", "", "", "✓") +
  ["Transgender voice & communication\nMuscle tension dysphonia", "Can offer joint clinics with ENT"],
  staff("Daniel Achebe", "Daniel", "Achebe", "daniel.achebe" + E3, "Band 7 Specialist SLT", "ENT / Voice Clinic",
        ["Voice", "Head & Neck", "Transgender voice & communication", "Muscle tension dysphonia"], "Can offer joint clinics with ENT")),
 (["Rhiannon Evans", "SLT Assistant (Band 4)", "Paediatrics – Community", "rhiannon.evans" + E3] + g("", "", "", "", "") +
  ["Attention Autism groups, social communication; speaks Welsh", "Happy to run Attention Autism groups in nurseries"],
  staff("Rhiannon Evans", "Rhiannon", "Evans", "rhiannon.evans" + E3, "SLT Assistant (Band 4)", "Paediatrics – Community",
        ["Attention Autism groups", "social communication"], "Happy to run Attention Autism groups in nurseries")),
 (["TEST USER", "", "", "test@twch.nhs.uk"] + g("x", "x", "x", "x", "x", "x") + ["testing the ticks", ""],
  bad("test row")),
 (["Claire Brennan", "Band 7 Specialist SLT – Neuro", "Community Neuro Rehab", "claire.brennan" + E3] + g("✓", "✓", "✓") +
  ["MND, Parkinson’s (LSVT LOUD certified), voice banking", "Happy to advise on voice banking referrals"],
  staff("Claire Brennan", "Claire", "Brennan", "claire.brennan" + E3, "Band 7 Specialist SLT – Neuro", "Community Neuro Rehab",
        ["Dysphagia", "Voice", "AAC", "MND", "Parkinson’s (LSVT LOUD certified)", "voice banking"], "Happy to advise on voice banking referrals")),
 (["Stroud, Amelia", "Consultant SLT", "Adult Acquired", "amelia.stroud" + E3] + g("✓", "✓") + ["", ""],
  bad("duplicate of row 2")),
 (["Imran Siddiqui", "Band 6 SLT", "Learning Disabilities Team", "imran.siddiqui" + E3] + g("✓", "", "✓") +
  ["Accessible information / easy read; Intensive Interaction", "Can offer easy-read checking for other teams"],
  staff("Imran Siddiqui", "Imran", "Siddiqui", "imran.siddiqui" + E3, "Band 6 SLT", "Learning Disabilities Team",
        ["Dysphagia", "AAC", "Accessible information / easy read", "Intensive Interaction"], "Can offer easy-read checking for other teams")),
 (["Beatriz Álvarez", "Band 6 SLT – secondment to ICB until Mar", "Paediatrics – Special Schools", "beatriz.alvarez" + E3] + g("", "", "", "", "✓") +
  ["Bilingual language assessment (Spanish/English)", ""],
  staff("Beatriz Álvarez", "Beatriz", "Álvarez", "beatriz.alvarez" + E3, "Band 6 SLT – secondment to ICB until Mar", "Paediatrics – Special Schools",
        ["DLD", "Bilingual language assessment (Spanish/English)"], None)),
 (["Gordon Tait", "Band 7 Specialist SLT (LEFT – retired 30/06/2023)", "Head & Neck Cancer", ""] + g("✓", "✓", "", "", "", "✓") +
  ["surgical voice restoration", ""],
  staff("Gordon Tait", "Gordon", "Tait", None, "Band 7 Specialist SLT", "Head & Neck Cancer",
        ["Dysphagia", "Voice", "Head & Neck", "surgical voice restoration"], None, left=True, left_on="2023-06-30")),
 (["Lucy Marsh", "Band 5 SLT", "Stroke Rehab Unit", "lucy.marsh" + E3] + g("✓") + ["", ""],
  staff("Lucy Marsh", "Lucy", "Marsh", "lucy.marsh" + E3, "Band 5 SLT", "Stroke Rehab Unit", ["Dysphagia"], None)),
 (["No. clinicians with each specialism:", "", "", ""] + ["8", "5", "6", "1", "4", "3"] + ["", ""],
  bad("total row")),
]

def make_f3():
    write_delimited(F3, F3_HEADER, F3_ROWS, "utf-16-le", "\t")
    write_key(F3, "staff", 1, F3_ROWS, 2)

# ---------------------------------------------------------------------------
# FILE 4: North Lonsdale Integrated Diabetes Service - QI action log from meeting minutes
#         (Excel "CSV UTF-8": UTF-8 with BOM, CRLF)
# ---------------------------------------------------------------------------
F4 = "north_lonsdale_diabetes_QI_action_log.csv"
F4_HEADER = ["Mtg date", "Action no.", "Improvement idea / project", "Minute / detail", "Owner(s)", "Owner e-mail",
             "Team", "Progress (in owner’s words)", "Savings £ p.a."]
E4 = "@lonsdalebay.nhs.uk"
F4_ROWS = [
 (["12/01/2023", "DM-23-01", "Virtual foot triage clinic",
   "Podiatry to triage new foot ulcer referrals from photos sent by practice nurses, so only urgent ones come to the MDT foot clinic.",
   "Aoife Gallagher (Band 7 podiatrist)", "aoife.gallagher" + E4, "Diabetes Foot MDT", "PDSA cycle 3 – photo quality still an issue", "£18,000"],
  inn("Virtual foot triage clinic",
      "Podiatry to triage new foot ulcer referrals from photos sent by practice nurses, so only urgent ones come to the MDT foot clinic.",
      "Diabetes Foot MDT", L("Aoife Gallagher", "aoife.gallagher" + E4), "testing", "PDSA cycle 3 – photo quality still an issue",
      "DM-23-01", 18000, "2023-01-12")),
 (["12/01/2023", "DM-23-02", "Group education for newly diagnosed T2 (DESMOND catch-up)",
   "Evening virtual sessions to clear the DESMOND waiting list.", "Dr Sunita Varma / Paul Hendry", "", "Diabetes Specialist Nursing",
   "BAU now – runs monthly", "n/a"],
  inn("Group education for newly diagnosed T2 (DESMOND catch-up)", "Evening virtual sessions to clear the DESMOND waiting list.",
      "Diabetes Specialist Nursing", L("Sunita Varma"), "embedded", "BAU now – runs monthly", "DM-23-02", None, "2023-01-12")),
 (["Mar-23", "DM-23-05", "CGM for inpatients on insulin infusions",
   "Use Libre sensors instead of hourly finger-pricks on VRIII. Needs sign-off from medicines committee.",
   "Mbeki, Thandiwe", "thandiwe.mbeki" + E4, "Inpatient Diabetes Team", "Paper to Medicines Mgmt Cttee in May", "TBC"],
  inn("CGM for inpatients on insulin infusions",
      "Use Libre sensors instead of hourly finger-pricks on VRIII. Needs sign-off from medicines committee.",
      "Inpatient Diabetes Team", L("Thandiwe Mbeki", "thandiwe.mbeki" + E4), "planning", "Paper to Medicines Mgmt Cttee in May",
      "DM-23-05", None, "2023-03-01")),
 (["", "", "", "", "", "", "", "", ""], bad("blank row")),
 (["Mar-23", "DM-23-06", "Hypo boxes on every ward",
   "Standard red hypo box with glucose gel, juice and the flowchart, checked weekly like the resus trolley.\nLinked to NaDIA harms.",
   "Thandiwe Mbeki thandiwe.mbeki" + E4, "", "Inpatient Diabetes Team", "rolled out trustwide – now in Dudley Road site too", "c. £3k"],
  inn("Hypo boxes on every ward",
      "Standard red hypo box with glucose gel, juice and the flowchart, checked weekly like the resus trolley.\nLinked to NaDIA harms.",
      "Inpatient Diabetes Team", L("Thandiwe Mbeki", "thandiwe.mbeki" + E4), "spreading",
      "rolled out trustwide – now in Dudley Road site too", "DM-23-06", 3000, "2023-03-01")),
 (["Actions carried forward from previous minutes (2022) – kept for reference", "", "", "", "", "", "", "", ""],
  bad("notes row")),
 (["2022", "DM-22-14", "Text reminders for retinal screening",
   "Automated SMS 1 week before eye screening appointment to cut DNAs.", "Kerry-Ann Douglas", "kerry-ann.douglas" + E4,
   "Diabetic Eye Screening", "Evaluated – DNAs down from 14% to 8%, write-up sent to ICB", "£500 a month"],
  inn("Text reminders for retinal screening", "Automated SMS 1 week before eye screening appointment to cut DNAs.",
      "Diabetic Eye Screening", L("Kerry-Ann Douglas", "kerry-ann.douglas" + E4), "evaluated",
      "Evaluated – DNAs down from 14% to 8%, write-up sent to ICB", "DM-22-14", 6000, "2022-01-01")),
 (["2022", "DM-22-17", "Insulin pen needle safety",
   "Swap to safety pen needles for district nurses.", "Gary Whitlock", "", "Community Diabetes",
   "scrapped – supplier issues, DNs using existing stock", "nil"],
  inn("Insulin pen needle safety", "Swap to safety pen needles for district nurses.", "Community Diabetes",
      L("Gary Whitlock"), "stopped", "scrapped – supplier issues, DNs using existing stock", "DM-22-17", 0, "2022-01-01")),
 (["04/05/2023", "DM-23-09", "Diabetes in pregnancy – joint antenatal clinic",
   "One-stop clinic with obstetrician, DSN, dietitian and midwife on the same morning.", "Dr Lars Eriksen (consultant)",
   "lars.eriksen" + E4, "Antenatal Diabetes", "live – running weekly since July", "TBC"],
  inn("Diabetes in pregnancy – joint antenatal clinic",
      "One-stop clinic with obstetrician, DSN, dietitian and midwife on the same morning.", "Antenatal Diabetes",
      L("Lars Eriksen", "lars.eriksen" + E4), "implemented", "live – running weekly since July", "DM-23-09", None, "2023-05-04")),
 (["04/05/2023", "DM-23-10", "Foot checks by HCAs in care homes",
   "Train care home HCAs to do the annual foot risk check.", "Aoife Gallagher", "aoife.gallagher" + E4, "Community Diabetes",
   "On hold – staff shortages in podiatry", ""],
  inn("Foot checks by HCAs in care homes", "Train care home HCAs to do the annual foot risk check.", "Community Diabetes",
      L("Aoife Gallagher", "aoife.gallagher" + E4), "paused", "On hold – staff shortages in podiatry", "DM-23-10", None, "2023-05-04")),
 (["06/07/2023", "DM-23-14", "Virtual foot triage clinic (carried fwd from DM-23-01)",
   "Podiatry to triage new foot ulcer referrals from photos – see DM-23-01.", "A Gallagher", "", "Diabetes Foot MDT",
   "PDSA 3", ""],
  bad("duplicate of row 2")),
 (["06/07/2023", "DM-23-15", "Structured education for T1 teens (transition)",
   "Young adult clinic with youth worker for 16–25s moving from paeds.", "Nikhil Joshi / Dr Sunita Varma", "nikhil.joshi" + E4,
   "Young Adult Diabetes", "idea – NJ to scope with paeds", ""],
  inn("Structured education for T1 teens (transition)", "Young adult clinic with youth worker for 16–25s moving from paeds.",
      "Young Adult Diabetes", L("Nikhil Joshi", "nikhil.joshi" + E4), "idea", "idea – NJ to scope with paeds", "DM-23-15", None, "2023-07-06")),
 (["", "DM-23-16", "Dietitian-led low calorie diet referrals",
   "GP practices referring eligible patients to the NHS Type 2 Path to Remission programme via the dietitians.",
   "Ruth Okonjo (dietitian)", "ruth.okonjo" + E4, "Diabetes Dietetics", "Live in 6 GP practices, spreading to rest of PCN in autumn", "12k"],
  inn("Dietitian-led low calorie diet referrals",
      "GP practices referring eligible patients to the NHS Type 2 Path to Remission programme via the dietitians.",
      "Diabetes Dietetics", L("Ruth Okonjo", "ruth.okonjo" + E4), "spreading",
      "Live in 6 GP practices, spreading to rest of PCN in autumn", "DM-23-16", 12000, None)),
 (["TEST", "TEST", "test row pls ignore", "", "", "", "", "", ""], bad("test row")),
 (["07/09/2023", "DM-23-19", "Perioperative diabetes pathway",
   "Pre-op HbA1c optimisation clinic so elective surgery isn't cancelled on the day.", "Eriksen, Lars", "lars.eriksen" + E4,
   "Inpatient Diabetes Team", "Business case submitted – waiting on finance", "£25,000"],
  inn("Perioperative diabetes pathway", "Pre-op HbA1c optimisation clinic so elective surgery isn't cancelled on the day.",
      "Inpatient Diabetes Team", L("Lars Eriksen", "lars.eriksen" + E4), "planning",
      "Business case submitted – waiting on finance", "DM-23-19", 25000, "2023-09-07")),
 (["Autumn 2023", "DM-23-22", "Libre training videos in Urdu, Polish & Romanian",
   "Short videos for patients starting Libre, made with the community champions.", "Shazia Iqbal (DSN)", "",
   "Diabetes Specialist Nursing", "Videos made, now standard part of Libre starts", "n/a"],
  inn("Libre training videos in Urdu, Polish & Romanian", "Short videos for patients starting Libre, made with the community champions.",
      "Diabetes Specialist Nursing", L("Shazia Iqbal"), "embedded", "Videos made, now standard part of Libre starts", "DM-23-22", None)),
 (["11/01/2024", "DM-24-01", "Email advice line for practice nurses",
   "Shared DSN inbox answering practice nurse queries within 2 working days.", "Paul Hendry", "paul.hendry" + E4,
   "Community Diabetes", "Trial with 3 practices for 3 months", "£0"],
  inn("Email advice line for practice nurses", "Shared DSN inbox answering practice nurse queries within 2 working days.",
      "Community Diabetes", L("Paul Hendry", "paul.hendry" + E4), "testing", "Trial with 3 practices for 3 months", "DM-24-01", 0, "2024-01-11")),
 (["11/01/2024", "DM-24-02", "Ketone meters for DKA risk patients at discharge", "", "Thandiwe Mbeki", "thandiwe.mbeki" + E4,
   "Inpatient Diabetes Team", "proposed – to discuss at Feb meeting", ""],
  inn("Ketone meters for DKA risk patients at discharge", None, "Inpatient Diabetes Team",
      L("Thandiwe Mbeki", "thandiwe.mbeki" + E4), "idea", "proposed – to discuss at Feb meeting", "DM-24-02", None, "2024-01-11")),
 (["", "", "", "", "", "", "", "", ""], bad("blank row")),
 (["", "", "Total open actions", "", "", "", "", "11", ""], bad("total row")),
]

def make_f4():
    write_delimited(F4, F4_HEADER, F4_ROWS, "utf-8", ",", bom=True)
    write_key(F4, "innovations", 1, F4_ROWS, 2)

# ---------------------------------------------------------------------------
# FILE 5: St Aldhelm's Community Hospital (Wessex Vale Community NHS Trust) rehab wards ideas log
#         (xlsx kept on the shared drive since 2019, columns added over time; 2 sheets)
# ---------------------------------------------------------------------------
F5 = "st_aldhelms_rehab_wards_ideas_log.xlsx"
F5_SHEET = "Ideas log"
F5_HEADER = ["Date", "Idea", "Who", "Ward", "Status", "Ref (from 2021)", "What it involves", "Lead e-mail",
             "Latest status (2021 on)", "£ saving / yr (added 2023)", "Spread to / other notes"]
E5 = "@wessexvale.nhs.uk"
F5_ROWS = [
 ([D(2019, 3, 4), "Breakfast club", "Kate Morland (OT)", "Kestrel", "running Tues & Thurs", None, None, None, None, None, None],
  inn("Breakfast club", None, "Kestrel", L("Kate Morland"), "implemented", "running Tues & Thurs", None, None, "2019-03-04")),
 ([D(2019, 6, 17), "Get up, get dressed, get moving", "Sister Anne-Marie Cooke", "Kestrel + Heron", "started", None, None, None,
   "BAU now on both wards, and taken up by Fernbank community hospital in 2022", None, "Fernbank CH (Wessex Vale)"],
  inn("Get up, get dressed, get moving", None, "Kestrel + Heron", L("Anne-Marie Cooke"), "spreading",
      "BAU now on both wards, and taken up by Fernbank community hospital in 2022", None, None, "2019-06-17")),
 (["Sept 2019", "Physio-led weekend exercise group", "Dave Pollard", "Heron", "on hold - staff shortages", None, None, None, None, None, None],
  inn("Physio-led weekend exercise group", None, "Heron", L("Dave Pollard"), "paused", "on hold - staff shortages", None, None, "2019-09-01")),
 ([None] * 11, bad("blank row")),
 ([D(2020, 1, 13), "Discharge to assess checklist", "Lamb, Georgina", "Heron", "scrapped (covid)", None, None, None, None, None,
   "replaced by ICB D2A pathway"],
  inn("Discharge to assess checklist", None, "Heron", L("Georgina Lamb"), "stopped", "scrapped (covid)", None, None, "2020-01-13")),
 (["2020", "Video calls for families during lockdown", "Chaplain / activities co-ordinator", "Both wards", "iPads donated by League of Friends", None,
   None, None, "Stopped once visiting came back", None, None],
  inn("Video calls for families during lockdown", None, "Both wards", None, "stopped", "Stopped once visiting came back", None, None, "2020-01-01")),
 (["--- columns F to I added by Priya (practice educator) Jan 2021 – please fill them in for new ideas ---", None, None, None, None,
   None, None, None, None, None, None],
  bad("notes row")),
 ([D(2021, 2, 8), "Falls huddle at handover", "Priya Nair (Practice Educator)", "Kestrel", None, "SAH-21-01",
   "2-minute huddle at each handover naming patients at high falls risk and the plan for each.", "priya.nair" + E5,
   "PDSA cycle 3 – trying at night handover now", None, None],
  inn("Falls huddle at handover", "2-minute huddle at each handover naming patients at high falls risk and the plan for each.",
      "Kestrel", L("Priya Nair", "priya.nair" + E5), "testing", "PDSA cycle 3 – trying at night handover now", "SAH-21-01", None, "2021-02-08")),
 ([D(2021, 5, 24), "Patient-held goal boards", "J. Okoro / K. Morland", "Kestrel + Heron", None, "SAH-21-02",
   "Whiteboards by each bed with the patient's own rehab goals in their words, updated at MDT.", "",
   "live on 2 wards", None, None],
  inn("Patient-held goal boards", "Whiteboards by each bed with the patient's own rehab goals in their words, updated at MDT.",
      "Kestrel + Heron", L("J. Okoro"), "implemented", "live on 2 wards", "SAH-21-02", None, "2021-05-24")),
 (["Spring 2022", "Step counters for rehab patients", "Dave Pollard (Band 6 physio)", "Heron", None, "SAH-22-01",
   "Wrist step counters so patients can see daily activity; aim 2000 steps before discharge.", "dave.pollard" + E5,
   "Evaluated – average steps up 40%, poster at regional AHP conference", "£0", None],
  inn("Step counters for rehab patients", "Wrist step counters so patients can see daily activity; aim 2000 steps before discharge.",
      "Heron", L("Dave Pollard", "dave.pollard" + E5), "evaluated",
      "Evaluated – average steps up 40%, poster at regional AHP conference", "SAH-22-01", 0)),
 ([D(2022, 7, 11), "TEST ROW", "test", None, None, "SAH-TEST", "testing the new columns", None, None, None, None],
  bad("test row")),
 ([D(2022, 9, 5), "Therapy assistants doing 7-day rehab", "Nair, Priya", "Kestrel + Heron", None, "SAH-22-02",
   "Rotate two therapy assistants onto weekends so rehab doesn't stop Friday to Monday.", "priya.nair" + E5,
   "Needs funding – bid to Wessex Vale charity in", "c. £40k (bed days)", None],
  inn("Therapy assistants doing 7-day rehab", "Rotate two therapy assistants onto weekends so rehab doesn't stop Friday to Monday.",
      "Kestrel + Heron", L("Priya Nair", "priya.nair" + E5), "planning", "Needs funding – bid to Wessex Vale charity in", "SAH-22-02",
      40000, "2022-09-05")),
 ([D(2023, 1, 9), "Get up get dressed get moving (relaunch)", "Anne-Marie Cooke", "Kestrel", None, "SAH-23-01",
   "Relaunch of GUGDGM – same as 2019 idea", "annemarie.cooke" + E5, "BAU", None, "dup of 2019 row? – AMC"],
  bad("duplicate of row 4")),
 ([D(2023, 3, 20), "Medicines self-administration before discharge", "Tariq Aziz (pharmacy technician)", "Kestrel", None, "SAH-23-02",
   "Patients who will self-medicate at home take over their own meds in a locked bedside drawer for the last week of stay.",
   "tariq.aziz" + E5, "Policy approved by Medicines Cttee, lockers being fitted", "TBC", None],
  inn("Medicines self-administration before discharge",
      "Patients who will self-medicate at home take over their own meds in a locked bedside drawer for the last week of stay.",
      "Kestrel", L("Tariq Aziz", "tariq.aziz" + E5), "planning", "Policy approved by Medicines Cttee, lockers being fitted",
      "SAH-23-02", None, "2023-03-20")),
 (["Mar-23", "Reusable slide sheets", "Wendy Tran", "Heron", None, "SAH-23-03",
   "Washable slide sheets instead of single-use for moving & handling.", "wendy.tran" + E5,
   "Now standard on both wards", "£150 a month", None],
  inn("Reusable slide sheets", "Washable slide sheets instead of single-use for moving & handling.", "Heron",
      L("Wendy Tran", "wendy.tran" + E5), "embedded", "Now standard on both wards", "SAH-23-03", 1800, "2023-03-01")),
 ([D(2023, 8, 14), "Dementia-friendly day room", "Kate Morland kate.morland" + E5, "Kestrel", None, "SAH-23-04",
   "Redecorate the day room with contrasting colours, clock and signage.", None,
   "Bid submitted to League of Friends", None, None],
  inn("Dementia-friendly day room", "Redecorate the day room with contrasting colours, clock and signage.", "Kestrel",
      L("Kate Morland", "kate.morland" + E5), "planning", "Bid submitted to League of Friends", "SAH-23-04", None, "2023-08-14")),
 ([D(2024, 2, 5), "Virtual ward step-down", "Dr Hamid Karimi", "Heron", None, "SAH-24-01",
   "Step patients down to the virtual ward 2–3 days earlier with remote obs.", "hamid.karimi" + E5,
   "Idea – to discuss at March governance", "n/a", None],
  inn("Virtual ward step-down", "Step patients down to the virtual ward 2–3 days earlier with remote obs.", "Heron",
      L("Hamid Karimi", "hamid.karimi" + E5), "idea", "Idea – to discuss at March governance", "SAH-24-01", None, "2024-02-05")),
 ([D(2024, 4, 15), "Carers’ teach-back sessions", "Wendy Tran / Priya Nair", None, None, "SAH-24-02",
   "Family carers practise transfers with the therapist before discharge.", "wendy.tran" + E5,
   "rolled out trustwide – all 4 community hospitals", "12k", "Fernbank, Ashcombe, Lydford"],
  inn("Carers’ teach-back sessions", "Family carers practise transfers with the therapist before discharge.", None,
      L("Wendy Tran", "wendy.tran" + E5), "spreading", "rolled out trustwide – all 4 community hospitals", "SAH-24-02", 12000, "2024-04-15")),
 ([None] * 11, bad("blank row")),
]
F5_TOTAL = bad("total row")

def make_f5():
    wb = Workbook()
    rm = wb.active
    rm.title = "Read me"
    rm["A1"] = "Kestrel & Heron rehab wards – ideas log"
    rm["A3"] = "Add new ideas at the bottom of the 'Ideas log' tab. Don't delete old rows, mark them scrapped."
    rm["A4"] = "Questions: Priya Nair, practice educator"
    ws = wb.create_sheet(F5_SHEET)
    ws["A1"] = "KESTREL & HERON REHAB – IDEAS LOG (do not delete columns!!)"
    ws["A1"].font = Font(bold=True, size=13)
    for i, h in enumerate(F5_HEADER, 1):
        c = ws.cell(row=2, column=i, value=h); c.font = Font(bold=True)
    r = 3
    for cells, _k in F5_ROWS:
        for i, v in enumerate(cells, 1):
            c = ws.cell(row=r, column=i, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "d-mmm-yy"
            if i == 7:
                c.alignment = Alignment(wrap_text=True)
        r += 1
    ws.cell(row=r, column=1, value="No. of ideas")
    ws.cell(row=r, column=2, value=f"=COUNTA(B3:B{r-1})")
    ws.freeze_panes = "C3"
    for col, w in zip("ABCDEFGHIJK", (12, 40, 30, 16, 28, 12, 60, 30, 50, 18, 30)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, F5))
    write_key(F5, "innovations", 2, F5_ROWS + [(None, F5_TOTAL)], 3, sheet=F5_SHEET)

if __name__ == "__main__":
    make_f1()
    make_f2()
    make_f3()
    make_f4()
    make_f5()
