#!/usr/bin/env python3
"""Regenerates every file in this folder, plus its answer key (F.expected.json).
All rows are held literally below.  Run: python3 make_files.py"""
import csv, io, json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime


def inn(title, summary, dept, lead, email, stage, status, started, ref, sav):
    e = {"title": title, "summary": summary, "department": dept,
         "lead": None if lead is None else {"name": lead, "email": email},
         "stage": stage, "status_text": status, "ref": ref, "savings_gbp": sav}
    if started is not None:
        e["started"] = started
    return e


def st(name, email, job, dept, expertise, willing, left=False, left_on=None):
    given, family = name.split(" ", 1)
    e = {"name": name, "given_name": given, "family_name": family, "email": email,
         "job_title": job, "department": dept, "expertise": expertise,
         "willing_to_text": willing}
    if left:
        e["employment_status"] = "left"
        if left_on:
            e["left_on"] = left_on
    return e


def build_key(fname, kind, header_row, rows, sheet=None):
    """rows: list of (cells, key, label). key = dict (good) or str reason.
    reason 'dup:LABEL' -> 'duplicate of row N'."""
    labels = {}
    for i, (cells, key, label) in enumerate(rows):
        if label:
            labels[label] = header_row + 1 + i
    out = {"file": fname, "kind": kind, "header_row": header_row}
    if sheet:
        out["sheet"] = sheet
    out["rows"] = {}
    for i, (cells, key, label) in enumerate(rows):
        n = header_row + 1 + i
        if isinstance(key, dict):
            out["rows"][str(n)] = {"good": True, "expected": key}
        else:
            if key.startswith("dup:"):
                key = "duplicate of row %d" % labels[key[4:]]
            out["rows"][str(n)] = {"good": False, "reason": key}
    with open(os.path.join(HERE, fname + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)


def write_delimited(fname, header, rows, delim, enc):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for cells, key, label in rows:
        cells = list(cells) + [""] * (len(header) - len(cells))
        w.writerow(["" if c is None else c for c in cells])
    text = buf.getvalue()
    if enc == "cp1252":
        data = text.encode("cp1252")
    elif enc == "utf-8-sig":
        data = b"\xef\xbb\xbf" + text.encode("utf-8")
    elif enc == "utf-16":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    with open(os.path.join(HERE, fname), "wb") as f:
        f.write(data)


def put_xlsx_rows(ws, header_row, rows, date_cols, date_fmt="dd/mm/yyyy"):
    for i, (cells, key, label) in enumerate(rows):
        r = header_row + 1 + i
        for j, v in enumerate(cells):
            if v is None or v == "":
                continue
            c = ws.cell(row=r, column=j + 1, value=v)
            if isinstance(v, (dt.datetime, dt.date)):
                c.number_format = date_fmt
            if isinstance(v, str) and "\n" in v:
                c.alignment = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# FILE 1  Hartsmere UTC staff ideas & improvement log  (.xlsx, innovations)
# Hartsmere and Vale Community Health NHS Trust (RZ7)
# ---------------------------------------------------------------------------
F1 = "hartsmere_utc_ideas_log.xlsx"
F1_HEADER = ["Idea No.", "Idea", "What it involves", "Area", "Put forward by / lead",
             "Email", "Date raised", "Where we’re at", "Est. saving (£ per yr)", "Comments"]
F1_ROWS = [
    (["UTC-001", "See and Treat stream for minors",
      "Separate ENP-led stream for minor injuries at peak times to cut waits", "Minors",
      "Sister Joanne Pryce", "j.pryce@hartsmere.nhs.uk", D(2022, 3, 14), "BAU now", "nil",
      "Part of the standard rota since summer 22"],
     inn("See and Treat stream for minors",
         "Separate ENP-led stream for minor injuries at peak times to cut waits", "Minors",
         "Joanne Pryce", "j.pryce@hartsmere.nhs.uk", "embedded", "BAU now", "2022-03-14",
         "UTC-001", 0), "seeandtreat"),
    (["UTC-002", "Streaming nurse at front door",
      "Band 6 nurse at reception to redirect suitable patients to GP / pharmacy",
      "Reception / Streaming", "Tom Okafor (Band 6 ANP)", "", "03/02/2023", "PDSA cycle 3", "TBC",
      "Weekday 10–6 only so far"],
     inn("Streaming nurse at front door",
         "Band 6 nurse at reception to redirect suitable patients to GP / pharmacy",
         "Reception / Streaming", "Tom Okafor", None, "testing", "PDSA cycle 3", "2023-02-03",
         "UTC-002", None), None),
    (["UTC-003", "Fracture clinic direct booking",
      "Book patients straight into the virtual fracture clinic from the UTC instead of ED review",
      "X-ray & Minors", "Dr Priya Raman priya.raman@hartsmere.nhs.uk", "", "Mar-23",
      "rolled out trustwide – both UTCs and ED now using it", "c. £4k", ""],
     inn("Fracture clinic direct booking",
         "Book patients straight into the virtual fracture clinic from the UTC instead of ED review",
         "X-ray & Minors", "Priya Raman", "priya.raman@hartsmere.nhs.uk", "spreading",
         "rolled out trustwide – both UTCs and ED now using it", "2023-03-01", "UTC-003", 4000), None),
    ([], "blank row", None),
    (["UTC-004", "Paediatric waiting area distraction boxes",
      "Boxes of toys, colouring and books for children waiting, funded by League of Friends",
      "Paeds", "Hannah Lowe / Graham Tse", "", "Spring 2022", "live", "n/a", "Boxes need restocking"],
     inn("Paediatric waiting area distraction boxes",
         "Boxes of toys, colouring and books for children waiting, funded by League of Friends",
         "Paeds", "Hannah Lowe", None, "implemented", "live", "2022-03-01", "UTC-004", None), None),
    (["UTC-005", "Self check-in kiosk",
      "Touchscreen check-in so walk-ins don’t queue at reception", "Reception",
      "Mr Daniel Hewitt", "d.hewitt@hartsmere.nhs.uk", 2023, "bid submitted to charity", "TBC",
      "Kiosk quote £12,000"],
     inn("Self check-in kiosk", "Touchscreen check-in so walk-ins don’t queue at reception",
         "Reception", "Daniel Hewitt", "d.hewitt@hartsmere.nhs.uk", "planning",
         "bid submitted to charity", "2023-01-01", "UTC-005", None), None),
    (["UTC-006", "Wound care formulary card",
      "Pocket card of agreed dressings to stop over-ordering of expensive dressings", "Minors",
      "Okafor, Tom", "", D(2021, 11, 1),
      "Evaluated – audit showed 30% less dressing spend, report to governance Nov 22",
      "£500 a month", ""],
     inn("Wound care formulary card",
         "Pocket card of agreed dressings to stop over-ordering of expensive dressings", "Minors",
         "Tom Okafor", None, "evaluated",
         "Evaluated – audit showed 30% less dressing spend, report to governance Nov 22",
         "2021-11-01", "UTC-006", 6000), None),
    (["TEST", "TEST - ignore", "testing the drop-down", "", "JP", "", "", "", "", ""],
     "test row", None),
    (["UTC-007", "Pharmacy First referral pathway",
      "Refer suitable minor illness patients to community pharmacy under Pharmacy First",
      "Streaming", "Aisha Begum (Band 7 pharmacist)", "a.begum@hartsmere.nhs.uk", "Jan 2024",
      "on hold - staff shortages", "12k", ""],
     inn("Pharmacy First referral pathway",
         "Refer suitable minor illness patients to community pharmacy under Pharmacy First",
         "Streaming", "Aisha Begum", "a.begum@hartsmere.nhs.uk", "paused",
         "on hold - staff shortages", "2024-01-01", "UTC-007", 12000), None),
    (["UTC-008", "Night GP cover rota app", "", "Medical staffing", "Dr Rhys Whitfield", "", "",
      "scrapped – trust bought an e-rostering system instead", "n/a", ""],
     inn("Night GP cover rota app", None, "Medical staffing", "Rhys Whitfield", None, "stopped",
         "scrapped – trust bought an e-rostering system instead", None, "UTC-008", None), None),
    (["UTC-009", "Plaster room stock top-up",
      "Kanban cards for plaster room stock so we never run out of casting tape", "Plaster room",
      "Sister Joanne Pryce", "j.pryce@hartsmere.nhs.uk", D(2022, 6, 20),
      "live in plaster room, minors looking at copying", "c. £1,500", ""],
     inn("Plaster room stock top-up",
         "Kanban cards for plaster room stock so we never run out of casting tape", "Plaster room",
         "Joanne Pryce", "j.pryce@hartsmere.nhs.uk", "implemented",
         "live in plaster room, minors looking at copying", "2022-06-20", "UTC-009", 1500), None),
    (["UTC-010", "See and Treat stream for minors", "ENP stream for minors at peak times",
      "Minors", "J Pryce", "", D(2022, 3, 14), "BAU", "", "dup? same as 001"],
     "dup:seeandtreat", None),
    (["UTC-011", "Frailty screening at triage",
      "Clinical Frailty Scale recorded at triage for everyone over 65", "Triage",
      "Marta Kowalczyk", "m.kowalczyk@hartsmere.nhs.uk", D(2024, 5, 7),
      "idea - needs discussing at governance", "TBC", ""],
     inn("Frailty screening at triage",
         "Clinical Frailty Scale recorded at triage for everyone over 65", "Triage",
         "Marta Kowalczyk", "m.kowalczyk@hartsmere.nhs.uk", "idea",
         "idea - needs discussing at governance", "2024-05-07", "UTC-011", None), None),
    (["Rows below added by J. Pryce after the away day, Sept 24"], "notes row", None),
    (["UTC-012", "Hot drinks trolley for long waiters",
      "Volunteers offer hot drinks to patients waiting over 4 hours", "Waiting room",
      "Graham Tse", "", "Sep-24", "proposed", "", ""],
     inn("Hot drinks trolley for long waiters",
         "Volunteers offer hot drinks to patients waiting over 4 hours", "Waiting room",
         "Graham Tse", None, "idea", "proposed", "2024-09-01", "UTC-012", None), None),
    (["UTC-013", "Ear irrigation in UTC",
      "Stop sending wax cases back to GP: train 2 nurses in microsuction", "Minors",
      "Lowe, Hannah", "", D(2024, 9, 12), "Needs funding for microsuction kit - bid going to charity",
      2400, ""],
     inn("Ear irrigation in UTC",
         "Stop sending wax cases back to GP: train 2 nurses in microsuction", "Minors",
         "Hannah Lowe", None, "planning", "Needs funding for microsuction kit - bid going to charity",
         "2024-09-12", "UTC-013", 2400), None),
    (["UTC-014", "Tetanus status prompt on SystmOne",
      "Pop-up template so tetanus status is asked for every wound", "Minors / IT", "Tom Okafor", "",
      "12/09/2024", "trial on nights", "", ""],
     inn("Tetanus status prompt on SystmOne",
         "Pop-up template so tetanus status is asked for every wound", "Minors / IT", "Tom Okafor",
         None, "testing", "trial on nights", "2024-09-12", "UTC-014", None), None),
    (["UTC-015", "Virtual ward step-up referral",
      "Direct referral from UTC to the virtual ward instead of sending to ED for admission",
      "Whole UTC", "Dr Priya Raman", "priya.raman@hartsmere.nhs.uk", D(2023, 10, 2),
      "live; being copied by Westbury UTC and both MIUs", 45000, "Figure from ICB business case"],
     inn("Virtual ward step-up referral",
         "Direct referral from UTC to the virtual ward instead of sending to ED for admission",
         "Whole UTC", "Priya Raman", "priya.raman@hartsmere.nhs.uk", "spreading",
         "live; being copied by Westbury UTC and both MIUs", "2023-10-02", "UTC-015", 45000), None),
    (["UTC-016", "Staff room refurb", "Make the staff room usable – new sofas, fridge, lockers",
      "Staff wellbeing", "Joanne Pryce & Aisha Begum", "", 2023, "done", "£0", "Charity paid"],
     inn("Staff room refurb", "Make the staff room usable – new sofas, fridge, lockers",
         "Staff wellbeing", "Joanne Pryce", None, "implemented", "done", "2023-01-01", "UTC-016", 0),
     None),
    ([], "blank row", None),
    (["TOTAL identified savings", "", "", "", "", "", "", "", "=SUM(I5:I23)", ""], "total row", None),
    (["No. of ideas", "=COUNTA(B5:B23)"], "total row", None),
]


def make_f1():
    wb = Workbook()
    ws = wb.active
    ws.title = "Ideas log"
    ws["A1"] = "Hartsmere Urgent Treatment Centre – Staff Ideas & Improvement Log"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Hartsmere and Vale Community Health NHS Trust (RZ7) · kept by UTC practice development lead · last updated 14/10/2024"
    ws.merge_cells("A2:J2")
    for rng, txt in (("A3:D3", "THE IDEA"), ("E3:F3", "WHO"), ("G3:J3", "PROGRESS")):
        ws[rng.split(":")[0]] = txt
        ws[rng.split(":")[0]].font = Font(bold=True)
        ws[rng.split(":")[0]].alignment = Alignment(horizontal="center")
        ws.merge_cells(rng)
    for j, h in enumerate(F1_HEADER):
        c = ws.cell(row=4, column=j + 1, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    put_xlsx_rows(ws, 4, F1_ROWS, None)
    for r in range(5, 5 + len(F1_ROWS)):
        c = ws.cell(row=r, column=9)
        if isinstance(c.value, (int, float)) or (isinstance(c.value, str) and c.value.startswith("=")):
            c.number_format = '"£"#,##0'
    ws.freeze_panes = "C5"
    for col, w in zip("ABCDEFGHIJ", (10, 34, 50, 18, 30, 28, 12, 40, 16, 30)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, F1))
    build_key(F1, "innovations", 4, F1_ROWS)


# ---------------------------------------------------------------------------
# FILE 2  Kingsbridge & Weald dietitians' special interests list (.csv cp1252, staff)
# Kingsbridge & Weald Hospitals NHS Foundation Trust (RKW)
# ---------------------------------------------------------------------------
F2 = "kwh_dietetics_special_interests.csv"
F2_HEADER = ["Surname", "First name", "Band / Role", "Team", "Special interests",
             "Happy to help with…", "E-mail", "Notes"]
F2_ROWS = [
    (["Ashworth", "Claire", "Head of Nutrition & Dietetics (Band 8b)", "Management",
      "Service development; Dysphagia & IDDSI", "", "c.ashworth@kwh.nhs.uk", "keeps this list"],
     st("Claire Ashworth", "c.ashworth@kwh.nhs.uk", "Head of Nutrition & Dietetics (Band 8b)",
        "Management", ["Service development", "Dysphagia & IDDSI"], None), None),
    (["Bello", "Funmi", "Band 7 Diabetes Specialist Dietitian", "Diabetes",
      "Type 1 diabetes, carb counting, insulin pumps",
      "Happy to teach carb counting to ward nurses", "f.bello@kwh.nhs.uk", ""],
     st("Funmi Bello", "f.bello@kwh.nhs.uk", "Band 7 Diabetes Specialist Dietitian", "Diabetes",
        ["Type 1 diabetes", "carb counting", "insulin pumps"],
        "Happy to teach carb counting to ward nurses"), "bello"),
    (["Nowak", "Agnieszka", "Band 6 Dietitian", "Gastro",
      "IBS & low FODMAP\nCoeliac disease\nSpeaks Polish",
      "can offer FODMAP training for new starters", "a.nowak@kwh.nhs.uk", ""],
     st("Agnieszka Nowak", "a.nowak@kwh.nhs.uk", "Band 6 Dietitian", "Gastro",
        ["IBS & low FODMAP", "Coeliac disease"], "can offer FODMAP training for new starters"), None),
    (["Fournier", "Renée", "Band 7 Renal Dietitian", "Renal",
      "CKD; haemodialysis; renal transplant", "", "r.fournier@kwh.nhs.uk", ""],
     st("Renée Fournier", "r.fournier@kwh.nhs.uk", "Band 7 Renal Dietitian", "Renal",
        ["CKD", "haemodialysis", "renal transplant"], None), None),
    ([], "blank row", None),
    (["Oduya", "Samuel", "Band 5 Dietitian (rotational)", "Acute wards",
      "• Enteral feeding\n• Refeeding syndrome", "", "", ""],
     st("Samuel Oduya", None, "Band 5 Dietitian (rotational)", "Acute wards",
        ["Enteral feeding", "Refeeding syndrome"], None), None),
    (["Patel", "Meera", "Band 7 Paediatric Dietitian", "Paediatrics",
      "Cow’s milk allergy (CMPA), faltering growth & ketogenic diet",
      "Willing to supervise students", "m.patel@kwh.nhs.uk", "Mat leave until Mar-25"],
     st("Meera Patel", "m.patel@kwh.nhs.uk", "Band 7 Paediatric Dietitian", "Paediatrics",
        ["Cow’s milk allergy (CMPA)", "faltering growth", "ketogenic diet"],
        "Willing to supervise students"), None),
    (["Hughes", "Gareth", "Band 6 Dietitian – LEFT 31/08/2024", "Stroke", "Stroke, dysphagia", "",
      "g.hughes@kwh.nhs.uk", ""],
     st("Gareth Hughes", "g.hughes@kwh.nhs.uk", "Band 6 Dietitian", "Stroke",
        ["Stroke", "dysphagia"], None, left=True, left_on="2024-08-31"), None),
    (["TEST", "TEST", "", "", "", "", "test@kwh.nhs.uk", "ignore – checking mail merge"],
     "test row", None),
    (["Brennan", "Siobhán", "Band 8a Macmillan Oncology Dietitian", "Oncology",
      "Head & neck cancer; cachexia; PEG/RIG feeding", "Happy to do joint clinics with SLT",
      "s.brennan@kwh.nhs.uk", ""],
     st("Siobhán Brennan", "s.brennan@kwh.nhs.uk", "Band 8a Macmillan Oncology Dietitian",
        "Oncology", ["Head & neck cancer", "cachexia", "PEG/RIG feeding"],
        "Happy to do joint clinics with SLT"), None),
    (["VACANT – Band 6 Community Dietitian (out to advert)", "", "Band 6", "Community", "", "", "",
      "interviews Dec"],
     "vacant post", None),
    (["Mensah", "Kwame", "Dietetic Assistant Practitioner (Band 4)", "Community",
      "Care home nutrition; MUST screening", "Can offer MUST training sessions for care homes",
      "k.mensah@kwh.nhs.uk", ""],
     st("Kwame Mensah", "k.mensah@kwh.nhs.uk", "Dietetic Assistant Practitioner (Band 4)",
        "Community", ["Care home nutrition", "MUST screening"],
        "Can offer MUST training sessions for care homes"), None),
    (["Lindqvist", "Ingrid", "Band 7 Critical Care Dietitian", "ICU",
      "Critical care nutrition and parenteral nutrition", "", "i.lindqvist@kwh.nhs.uk",
      "Left Dec 2023 - moved back to Sweden"],
     st("Ingrid Lindqvist", "i.lindqvist@kwh.nhs.uk", "Band 7 Critical Care Dietitian", "ICU",
        ["Critical care nutrition", "parenteral nutrition"], None, left=True, left_on="2023-12-01"),
     None),
    (["BELLO", "Funmi", "Diabetes Specialist Dietitian", "Diabetes", "type 1, pumps", "", "", ""],
     "dup:bello", None),
    (["O’Connor", "Ciara", "Band 6 Dietitian", "Weight management",
      "Obesity and eating disorders",
      "Happy to talk to GP practices about tier 3 referrals", "c.oconnor@kwh.nhs.uk", ""],
     st("Ciara O’Connor", "c.oconnor@kwh.nhs.uk", "Band 6 Dietitian", "Weight management",
        ["Obesity", "eating disorders"], "Happy to talk to GP practices about tier 3 referrals"),
     None),
    (["Khan", "Dr Imran", "Research Dietitian (Band 7, 0.4 WTE)", "Research & Audit",
      "Clinical audit; Malnutrition; Statistics",
      "willing to help anyone with a service evaluation or audit", "i.khan2@kwh.nhs.uk", ""],
     st("Imran Khan", "i.khan2@kwh.nhs.uk", "Research Dietitian (Band 7, 0.4 WTE)",
        "Research & Audit", ["Clinical audit", "Malnutrition", "Statistics"],
        "willing to help anyone with a service evaluation or audit"), None),
    (["Williams", "Beth", "Band 5 Dietitian", "Outpatients", "", "", "b.williams@kwh.nhs.uk",
      "Seconded to ICB until Apr 25"],
     st("Beth Williams", "b.williams@kwh.nhs.uk", "Band 5 Dietitian", "Outpatients", [], None),
     None),
    (["Thompson-Reid", "Alex", "Band 6 Dietitian", "Diabetes / Gastro",
      "Diabetes in pregnancy; Plant-based diets; Sports nutrition",
      "Happy to run the antenatal diabetes education group", "a.thompson-reid@kwh.nhs.uk", ""],
     st("Alex Thompson-Reid", "a.thompson-reid@kwh.nhs.uk", "Band 6 Dietitian",
        "Diabetes / Gastro", ["Diabetes in pregnancy", "Plant-based diets", "Sports nutrition"],
        "Happy to run the antenatal diabetes education group"), None),
    (["Updated by CA 12/11/24 – please tell me if your interests change!"], "notes row", None),
    (["Fraser", "Moira", "Band 7 Home Enteral Feeding Dietitian", "Community / HEF",
      "Home enteral feeding, tube troubleshooting, care home training",
      "Can offer teaching on tube care to district nurses", "m.fraser@kwh.nhs.uk",
      "Retired 30/06/2024"],
     st("Moira Fraser", "m.fraser@kwh.nhs.uk", "Band 7 Home Enteral Feeding Dietitian",
        "Community / HEF", ["Home enteral feeding", "tube troubleshooting", "care home training"],
        "Can offer teaching on tube care to district nurses", left=True, left_on="2024-06-30"),
     None),
    (["Adeyemi", "Tolu", "Band 6 Dietitian", "Acute wards",
      "Oral nutritional supplements\nFood allergy\nSpeaks Yoruba", "", "t.adeyemi@kwh.nhs.uk", ""],
     st("Tolu Adeyemi", "t.adeyemi@kwh.nhs.uk", "Band 6 Dietitian", "Acute wards",
        ["Oral nutritional supplements", "Food allergy"], None), None),
]


def make_f2():
    write_delimited(F2, F2_HEADER, F2_ROWS, ",", "cp1252")
    build_key(F2, "staff", 1, F2_ROWS)


# ---------------------------------------------------------------------------
# FILE 3  Castlemoor EPR / digital team Trello board export (.csv UTF-8 BOM, innovations)
# Castlemoor Teaching Hospitals NHS Trust (RCM)
# ---------------------------------------------------------------------------
F3 = "castlemoor_epr_trello_export.csv"
F3_HEADER = ["Card #", "Card Name", "Card URL", "Description", "Labels", "Members", "List Name",
             "Clinical area", "Est. annual benefit (£)", "Start Date", "Due Date",
             "Last Activity Date", "Archived"]


def url(n, name):
    slug = "".join(ch.lower() if ch.isalnum() else "-" for ch in name).strip("-")
    while "--" in slug:
        slug = slug.replace("--", "-")
    return "https://trello.com/c/%s/%d-%s" % (("Xk%dQp" % n)[:8], n, slug[:40].strip("-"))


def t3(n, name, desc, labels, members, lst, area, benefit, start, due, last, archived="false"):
    return [str(n), name, url(n, name), desc, labels, members, lst, area, benefit, start, due,
            last, archived]


F3_ROWS = [
    (t3(101, "Electronic fluid balance charts",
        "Replace paper fluid charts with an EPR flowsheet; running totals and alert at midnight.",
        "Nursing (green), Flowsheets (blue)", "Ellie Marsh, Dev Chauhan", "Pilot",
        "Wards 7 & 8 (Surgery)", "TBC", "2024-02-05T09:00:00.000Z", "2024-12-20T17:00:00.000Z",
        "2024-11-28T14:12:33.412Z"),
     inn("Electronic fluid balance charts",
         "Replace paper fluid charts with an EPR flowsheet; running totals and alert at midnight.",
         "Wards 7 & 8 (Surgery)", "Ellie Marsh", None, "testing", "Pilot", "2024-02-05", "101",
         None), "fluid"),
    (t3(102, "Sepsis alert (NEWS2 ≥5)",
        "Best practice advisory fires when NEWS2 ≥5 and infection is suspected; links to sepsis order set.",
        "Patient safety (red)", "Dr Owen Barker", "Live", "Emergency Department", "£80,000",
        "2023-06-01T00:00:00.000Z", "", "2024-10-02T08:45:10.001Z"),
     inn("Sepsis alert (NEWS2 ≥5)",
         "Best practice advisory fires when NEWS2 ≥5 and infection is suspected; links to sepsis order set.",
         "Emergency Department", "Owen Barker", None, "implemented", "Live", "2023-06-01", "102",
         80000), None),
    (t3(103, "Auto-send discharge letters to GP via MESH",
        "Discharge summaries go electronically to the GP practice on sign-off.\nNo more printing and posting.\nHanded to service desk for support.",
        "Interoperability (purple)", "Marcus Bell", "BAU / Handed over", "Whole trust", "£30k", "",
        "", "2024-03-11T10:00:00.000Z"),
     inn("Auto-send discharge letters to GP via MESH",
         "Discharge summaries go electronically to the GP practice on sign-off.\nNo more printing and posting.\nHanded to service desk for support.",
         "Whole trust", "Marcus Bell", None, "embedded", "BAU / Handed over", None, "103", 30000),
     None),
    (t3(104, "TEST CARD please ignore", "testing power-up", "", "", "Ideas / Backlog", "", "", "", "",
        "2024-01-03T09:00:00.000Z"),
     "test row", None),
    (t3(105, "Barcode blood sample labelling",
        "Positive patient ID at the bedside: scan wristband, print sample labels from the handheld.",
        "Patient safety (red), Pathology (orange)", "Dev Chauhan", "Spread – rolling out to all wards",
        "Pathology / Wards", "c. £25k", "2022-11-14T00:00:00.000Z", "2025-03-31T00:00:00.000Z",
        "2024-11-30T16:20:00.000Z"),
     inn("Barcode blood sample labelling",
         "Positive patient ID at the bedside: scan wristband, print sample labels from the handheld.",
         "Pathology / Wards", "Dev Chauhan", None, "spreading", "Spread – rolling out to all wards",
         "2022-11-14", "105", 25000), None),
    (t3(106, "Voice recognition for clinic letters", "", "Outpatients (yellow)", "", "Ideas / Backlog",
        "Outpatients", "", "", "", "2024-07-19T11:02:00.000Z"),
     inn("Voice recognition for clinic letters", None, "Outpatients", None, None, "idea",
         "Ideas / Backlog", None, "106", None), None),
    (t3(107, "Maternity EPR module",
        "Replace the standalone maternity system with the EPR maternity module. Business case approved, procurement under way.",
        "Maternity (pink)", "Grace Achterberg, Ellie Marsh", "Scoping", "Maternity", "TBC",
        "2024-09-01T00:00:00.000Z", "2025-09-30T00:00:00.000Z", "2024-11-21T09:30:00.000Z"),
     inn("Maternity EPR module",
         "Replace the standalone maternity system with the EPR maternity module. Business case approved, procurement under way.",
         "Maternity", "Grace Achterberg", None, "planning", "Scoping", "2024-09-01", "107", None),
     None),
    (t3(108, "Electronic fluid balance charts (copy)",
        "Replace paper fluid charts with an EPR flowsheet; running totals and alert at midnight.",
        "Nursing (green), Flowsheets (blue)", "Ellie Marsh", "In build", "Wards 7 & 8 (Surgery)",
        "TBC", "2024-02-05T09:00:00.000Z", "", "2024-02-06T10:00:00.000Z"),
     "dup:fluid", None),
    (t3(109, "Paediatric weight-based prescribing order sets",
        "Order sets that calculate doses from the child’s recorded weight.",
        "Pharmacy (orange), Paeds (pink)", "Dr Nadia Farouk", "In build", "Children’s ward", "n/a",
        "2024-04-15T00:00:00.000Z", "2025-01-31T00:00:00.000Z", "2024-11-29T13:00:00.000Z"),
     inn("Paediatric weight-based prescribing order sets",
         "Order sets that calculate doses from the child’s recorded weight.", "Children’s ward",
         "Nadia Farouk", None, "planning", "In build", "2024-04-15", "109", None), None),
    (t3(110, "Patient portal – appointment letters",
        "Send outpatient appointment letters to the patient portal instead of by post. Benefits report signed off at Digital Board Oct-24: 38% fewer letters printed.",
        "Outpatients (yellow), Patient portal (sky)", "Priya Nandakumar", "Benefits review",
        "Outpatients", "£2,000 a month", "2023-01-09T00:00:00.000Z", "",
        "2024-10-24T15:40:00.000Z"),
     inn("Patient portal – appointment letters",
         "Send outpatient appointment letters to the patient portal instead of by post. Benefits report signed off at Digital Board Oct-24: 38% fewer letters printed.",
         "Outpatients", "Priya Nandakumar", None, "evaluated", "Benefits review", "2023-01-09",
         "110", 24000), None),
    (t3(111, "Bed management dashboard", "Real-time bed state dashboard for the site team.",
        "Flow (lime)", "Tom Ridley", "Parked – waiting on data warehouse", "Patient flow", "TBC",
        "2024-01-08T00:00:00.000Z", "", "2024-05-14T12:00:00.000Z"),
     inn("Bed management dashboard", "Real-time bed state dashboard for the site team.",
         "Patient flow", "Tom Ridley", None, "paused", "Parked – waiting on data warehouse",
         "2024-01-08", "111", None), None),
    (t3(112, "Smartcard tap-and-go on ward PCs",
        "Single sign-on so staff tap their smartcard instead of logging in each time.",
        "Infrastructure (black)", "Marcus Bell", "Won’t do – cost", "IT / All wards", "£0",
        "2023-05-02T00:00:00.000Z", "", "2023-12-01T09:00:00.000Z"),
     inn("Smartcard tap-and-go on ward PCs",
         "Single sign-on so staff tap their smartcard instead of logging in each time.",
         "IT / All wards", "Marcus Bell", None, "stopped", "Won’t do – cost", "2023-05-02", "112", 0),
     None),
    (t3(113, "Electronic observations (eObs) on handhelds",
        "Nurses record obs on handheld devices straight into the EPR. Wards 4 & 5, PDSA cycle 2.",
        "Nursing (green), Devices (grey)", "Ellie Marsh", "Pilot", "Medicine", "12k",
        "2024-06-03T00:00:00.000Z", "2025-02-28T00:00:00.000Z", "2024-12-02T08:00:00.000Z"),
     inn("Electronic observations (eObs) on handhelds",
         "Nurses record obs on handheld devices straight into the EPR. Wards 4 & 5, PDSA cycle 2.",
         "Medicine", "Ellie Marsh", None, "testing", "Pilot", "2024-06-03", "113", 12000), None),
    (t3(114, "Allergy status mandatory field",
        "Prescribing is blocked until allergy status has been recorded.", "Pharmacy (orange)",
        "Hamid Qureshi (Lead Pharmacist)", "Live", "Pharmacy", "", "2023-09-18T00:00:00.000Z", "",
        "2024-02-02T10:00:00.000Z"),
     inn("Allergy status mandatory field",
         "Prescribing is blocked until allergy status has been recorded.", "Pharmacy",
         "Hamid Qureshi", None, "implemented", "Live", "2023-09-18", "114", None), None),
    (t3(115, "Retire the fax machines",
        "Replace fax with NHSmail / MESH for all referrals in and out.", "Interoperability (purple)",
        "Marcus Bell", "BAU / Handed over", "Whole trust", "£4,800", "2021-10-01T00:00:00.000Z", "",
        "2022-09-30T10:00:00.000Z"),
     inn("Retire the fax machines", "Replace fax with NHSmail / MESH for all referrals in and out.",
         "Whole trust", "Marcus Bell", None, "embedded", "BAU / Handed over", "2021-10-01", "115",
         4800), None),
    (t3(116, "Clinical noting templates for physio",
        "Structured templates for MSK physio notes. Business case going to Digital Board Jan-25.",
        "Therapies (teal)", "Grace Achterberg", "Scoping", "Therapies", "TBC", "", "",
        "2024-11-11T10:00:00.000Z"),
     inn("Clinical noting templates for physio",
         "Structured templates for MSK physio notes. Business case going to Digital Board Jan-25.",
         "Therapies", "Grace Achterberg", None, "planning", "Scoping", None, "116", None), None),
    (t3(117, "Print wristbands from EPR at ED triage",
        "Was ED only; AMU and SDEC now printing wristbands from the EPR too.",
        "Patient safety (red)", "Dr Owen Barker", "Spread – rolling out to all wards", "ED / AMU", "",
        "2023-02-20T00:00:00.000Z", "", "2024-09-09T10:00:00.000Z"),
     inn("Print wristbands from EPR at ED triage",
         "Was ED only; AMU and SDEC now printing wristbands from the EPR too.", "ED / AMU",
         "Owen Barker", None, "spreading", "Spread – rolling out to all wards", "2023-02-20", "117",
         None), None),
    (t3(118, "Scan old paper case notes",
        "Digitise legacy case notes to free up the medical records library.", "Records (brown)",
        "Tom Ridley", "Ideas / Backlog", "Medical Records", "£150,000", "", "",
        "2024-08-01T10:00:00.000Z"),
     inn("Scan old paper case notes",
         "Digitise legacy case notes to free up the medical records library.", "Medical Records",
         "Tom Ridley", None, "idea", "Ideas / Backlog", None, "118", 150000), None),
    (t3(119, "Discharge lounge e-whiteboard",
        "Electronic whiteboard in the discharge lounge fed from the EPR.", "Flow (lime)", "",
        "Won’t do – cost", "Flow", "n/a", "2022-03-07T00:00:00.000Z", "", "2022-07-01T10:00:00.000Z",
        "true"),
     inn("Discharge lounge e-whiteboard",
         "Electronic whiteboard in the discharge lounge fed from the EPR.", "Flow", None, None,
         "stopped", "Won’t do – cost", "2022-03-07", "119", None), None),
    (t3(120, "EPR downtime procedure refresh",
        "Updated downtime packs and read-only viewers on every ward after the January outage.",
        "Infrastructure (black)", "Dev Chauhan, Marcus Bell", "Live", "Whole trust", "",
        "2024-01-22T00:00:00.000Z", "", "2024-04-30T10:00:00.000Z"),
     inn("EPR downtime procedure refresh",
         "Updated downtime packs and read-only viewers on every ward after the January outage.",
         "Whole trust", "Dev Chauhan", None, "implemented", "Live", "2024-01-22", "120", None), None),
    (t3(121, "Ward round checklist in EPR", "", "Surgery (navy)", "Dr Nadia Farouk", "In build",
        "Surgery", "", "", "", "2024-12-01T10:00:00.000Z"),
     inn("Ward round checklist in EPR", None, "Surgery", "Nadia Farouk", None, "planning", "In build",
         None, "121", None), None),
]


def make_f3():
    write_delimited(F3, F3_HEADER, F3_ROWS, ",", "utf-8-sig")
    build_key(F3, "innovations", 1, F3_ROWS)


# ---------------------------------------------------------------------------
# FILE 4  Fenwick Valley wellbeing champions list (.txt UTF-16 LE tab, staff)
# Fenwick Valley NHS Foundation Trust (RFV) – Occupational Health & Staff Wellbeing
# ---------------------------------------------------------------------------
F4 = "fenwick_wellbeing_champions.txt"
F4_HEADER = ["Champion", "Role", "Dept/Ward", "Site", "Email address", "Trained (date)",
             "Areas I can support with", "What I can offer", "Status"]
F4_ROWS = [
    (["Rebecca Hale", "Occupational Health Nurse Adviser", "Occupational Health", "Fenwick General",
      "r.hale@fenwickvalley.nhs.uk", "12/01/2023", "Menopause support; Mental Health First Aid; Sleep",
      "Happy to run menopause cafés", "Active"],
     st("Rebecca Hale", "r.hale@fenwickvalley.nhs.uk", "Occupational Health Nurse Adviser",
        "Occupational Health", ["Menopause support", "Mental Health First Aid", "Sleep"],
        "Happy to run menopause cafés"), "hale"),
    (["Łukasz Wiśniewski", "Porter", "Facilities – Portering", "Fenwick General", "", "03/2023",
      "Men’s mental health\nFinancial wellbeing\nSpeaks Polish", "Can offer a listening ear on nights",
      "Active"],
     st("Łukasz Wiśniewski", None, "Porter", "Facilities – Portering",
        ["Men’s mental health", "Financial wellbeing"], "Can offer a listening ear on nights"), None),
    (["Dr Amara Nwosu", "ST5 Anaesthetics", "Anaesthetics", "Valley Community Hospital",
      "a.nwosu@fenwickvalley.nhs.uk", "2022", "TRiM, post-incident debriefs & peer support",
      "Willing to lead hot debriefs after serious incidents", "Active"],
     st("Amara Nwosu", "a.nwosu@fenwickvalley.nhs.uk", "ST5 Anaesthetics", "Anaesthetics",
        ["TRiM", "post-incident debriefs", "peer support"],
        "Willing to lead hot debriefs after serious incidents"), None),
    ([], "blank row", None),
    (["Siân Morgan-Jones", "HCA (Band 3)", "Ward 12", "Fenwick General", "", "Spring 2023",
      "Healthy eating, couch to 5K running group", "Happy to run the Tuesday lunchtime walk",
      "Mat leave from Oct 24"],
     st("Siân Morgan-Jones", None, "HCA (Band 3)", "Ward 12",
        ["Healthy eating", "couch to 5K running group"], "Happy to run the Tuesday lunchtime walk"),
     None),
    (["Patel, Nikhil", "Physiotherapist (Band 6)", "MSK Physiotherapy", "Valley Community Hospital",
      "n.patel@fenwickvalley.nhs.uk", "14/06/2023", "Back care • Desk ergonomics • Moving & handling",
      "Can offer DSE workstation checks", "Active"],
     st("Nikhil Patel", "n.patel@fenwickvalley.nhs.uk", "Physiotherapist (Band 6)",
        "MSK Physiotherapy", ["Back care", "Desk ergonomics", "Moving & handling"],
        "Can offer DSE workstation checks"), None),
    (["Zoë Marchetti", "Chaplain", "Chaplaincy & Spiritual Care", "Fenwick General",
      "z.marchetti@fenwickvalley.nhs.uk", "01/09/2022", "Bereavement support\nSpiritual care",
      "happy to visit teams after the death of a colleague", "Left trust 03/2024"],
     st("Zoë Marchetti", "z.marchetti@fenwickvalley.nhs.uk", "Chaplain", "Chaplaincy & Spiritual Care",
        ["Bereavement support", "Spiritual care"],
        "happy to visit teams after the death of a colleague", left=True, left_on="2024-03-01"), None),
    (["test champion", "test", "", "", "ohadmin@fenwickvalley.nhs.uk", "", "", "", "TEST"],
     "test row", None),
    (["Vacant – Estates champion needed", "", "Estates & Facilities", "Valley Community Hospital", "",
      "", "", "", "please ask your manager"],
     "vacant post", None),
    (["Gemma Fairclough", "Ward Manager", "Ward 3 – Elderly Care", "Fenwick General",
      "g.fairclough@fenwickvalley.nhs.uk", "07/02/2024", "Schwartz Rounds facilitator; Team resilience",
      "Willing to facilitate Schwartz Rounds", "Active"],
     st("Gemma Fairclough", "g.fairclough@fenwickvalley.nhs.uk", "Ward Manager",
        "Ward 3 – Elderly Care", ["Schwartz Rounds facilitator", "Team resilience"],
        "Willing to facilitate Schwartz Rounds"), None),
    (["Rebecca Hale", "OH Nurse Adviser", "OH", "Fenwick General", "r.hale@fenwickvalley.nhs.uk",
      "19/11/2024", "Menopause", "", "Active – refresher"],
     "dup:hale", None),
    (["Mr Tunde Bakare", "Consultant Orthopaedic Surgeon", "Trauma & Orthopaedics",
      "Valley Community Hospital", "t.bakare@fenwickvalley.nhs.uk", "2023",
      "Men’s health and prostate awareness", "", "Stepped down as champion Jan 24"],
     st("Tunde Bakare", "t.bakare@fenwickvalley.nhs.uk", "Consultant Orthopaedic Surgeon",
        "Trauma & Orthopaedics", ["Men’s health", "prostate awareness"], None), None),
    (["Farah Siddiqui", "Band 7 Psychological Wellbeing Practitioner", "Staff Psychology & Wellbeing",
      "Fenwick General", "f.siddiqui@fenwickvalley.nhs.uk", "10/11/2021",
      "Anxiety; trauma-informed care; CBT skills",
      "Can offer 1:1 sessions for staff – self-referral", "Active"],
     st("Farah Siddiqui", "f.siddiqui@fenwickvalley.nhs.uk",
        "Band 7 Psychological Wellbeing Practitioner", "Staff Psychology & Wellbeing",
        ["Anxiety", "trauma-informed care", "CBT skills"],
        "Can offer 1:1 sessions for staff – self-referral"), None),
    (["--- Champions below trained in the Nov 2024 cohort (added by OH admin) ---"], "notes row", None),
    (["Chen, Wei", "Pharmacy Technician", "Pharmacy", "Fenwick General", "w.chen@fenwickvalley.nhs.uk",
      "19/11/2024", "Cost of living support, Carers’ support",
      "Happy to signpost to Citizens Advice and the hardship fund", "Active"],
     st("Wei Chen", "w.chen@fenwickvalley.nhs.uk", "Pharmacy Technician", "Pharmacy",
        ["Cost of living support", "Carers’ support"],
        "Happy to signpost to Citizens Advice and the hardship fund"), None),
    (["Olivia Brandt", "Receptionist", "Outpatients", "Valley Community Hospital",
      "o.brandt@fenwickvalley.nhs.uk", "19/11/2024", "", "", "Active"],
     st("Olivia Brandt", "o.brandt@fenwickvalley.nhs.uk", "Receptionist", "Outpatients", [], None),
     None),
    (["Sister Mary Quinlan", "Senior Sister", "Emergency Department", "Fenwick General",
      "m.quinlan@fenwickvalley.nhs.uk", "19/11/2024", "Menopause; Domestic abuse awareness",
      "Happy to be a contact for ED night staff", "Active"],
     st("Mary Quinlan", "m.quinlan@fenwickvalley.nhs.uk", "Senior Sister", "Emergency Department",
        ["Menopause", "Domestic abuse awareness"], "Happy to be a contact for ED night staff"), None),
    (["Jonas Eriksen", "Estates Electrician", "Estates & Facilities", "Valley Community Hospital", "",
      "19/11/2024", "Suicide prevention (Zero Suicide Alliance trained)",
      "Willing to be a named contact for estates staff", "Active"],
     st("Jonas Eriksen", None, "Estates Electrician", "Estates & Facilities",
        ["Suicide prevention (Zero Suicide Alliance trained)"],
        "Willing to be a named contact for estates staff"), None),
    (["Harriet Cole", "Administrator - left", "Finance", "Fenwick General", "h.cole@fenwickvalley.nhs.uk",
      "05/05/2022", "Financial wellbeing", "", ""],
     st("Harriet Cole", "h.cole@fenwickvalley.nhs.uk", "Administrator", "Finance",
        ["Financial wellbeing"], None, left=True), None),
    (["Dr Ifeoma Obi (ifeoma.obi@fenwickvalley.nhs.uk)", "Consultant Occupational Physician",
      "Occupational Health", "Both sites", "", "2021",
      "Long COVID return to work; Fitness for work assessments; Neurodiversity at work",
      "Can offer case discussion for managers", "Active"],
     st("Ifeoma Obi", "ifeoma.obi@fenwickvalley.nhs.uk", "Consultant Occupational Physician",
        "Occupational Health",
        ["Long COVID return to work", "Fitness for work assessments", "Neurodiversity at work"],
        "Can offer case discussion for managers"), None),
]


def make_f4():
    write_delimited(F4, F4_HEADER, F4_ROWS, "\t", "utf-16")
    build_key(F4, "staff", 1, F4_ROWS)


# ---------------------------------------------------------------------------
# FILE 5  Ashcombe medical education QI showcase – abstracts & judging (.xlsx, innovations)
# Ashcombe & Stour Valley Hospitals NHS Trust (RAS)
# ---------------------------------------------------------------------------
F5 = "ashcombe_qi_showcase_2024.xlsx"
F5_SHEET = "Abstracts & scores"
F5_HEADER = ["Poster no.", "Project title", "Abstract (max 250 words)", "Specialty",
             "Presenting doctor (grade)", "Email", "Project started", "Stage reached (as submitted)",
             "Judge 1 (KM)", "Judge 2 (RS)", "Judge 3 (AP)", "Total /30", "Outcome",
             "£ saving claimed (annual)"]


def p5(no, title, abstract, spec, who, email, started, stage, s1, s2, s3, outcome, saving, r):
    total = "=SUM(I%d:K%d)" % (r, r) if s1 != "" else ""
    return [no, title, abstract, spec, who, email, started, stage, s1, s2, s3, total, outcome, saving]


def f5_rows():
    R = 5  # first data row
    rows = []

    def add(cells_fn, key, label=None):
        r = R + len(rows)
        rows.append((cells_fn(r), key, label))

    add(lambda r: p5("P01", "Reducing unnecessary coag screens in ED",
                     "Baseline audit found 62% of coagulation requests in ED had no indication. We added an EPR prompt and teaching at induction; over 3 PDSA cycles requests fell by 40%.",
                     "Emergency Medicine", "Dr Hannah Ochieng (FY2)", "h.ochieng@ashcombe.nhs.uk",
                     D(2023, 8, 1), "Re-audit done, results presented at ED governance",
                     8, 7, 9, "1st prize", "£11,000", r),
        inn("Reducing unnecessary coag screens in ED",
            "Baseline audit found 62% of coagulation requests in ED had no indication. We added an EPR prompt and teaching at induction; over 3 PDSA cycles requests fell by 40%.",
            "Emergency Medicine", "Hannah Ochieng", "h.ochieng@ashcombe.nhs.uk", "evaluated",
            "Re-audit done, results presented at ED governance", "2023-08-01", "P01", 11000), "coag")
    add(lambda r: p5("P02", "VTE assessment compliance on surgical wards",
                     "VTE risk assessment within 14 h of admission was 71%. Ward-round checklist item and weekly feedback to teams.",
                     "General Surgery", "Dr Joseph Evans / Dr Kiran Lim", "", "Oct 2023", "PDSA cycle 3",
                     6, 6, 7, "Commended", "n/a", r),
        inn("VTE assessment compliance on surgical wards",
            "VTE risk assessment within 14 h of admission was 71%. Ward-round checklist item and weekly feedback to teams.",
            "General Surgery", "Joseph Evans", None, "testing", "PDSA cycle 3", "2023-10-01", "P02", None))
    add(lambda r: p5("P03", "Handover proforma for weekend medical cover",
                     "Structured Friday handover proforma for weekend jobs so patients are not missed.",
                     "Acute Medicine", "Ng, Dr Rachel (CT1)", "r.ng@ashcombe.nhs.uk", 2023,
                     "Now standard practice – in the junior doctor induction pack", 7, 8, 7, "2nd prize",
                     "nil", r),
        inn("Handover proforma for weekend medical cover",
            "Structured Friday handover proforma for weekend jobs so patients are not missed.",
            "Acute Medicine", "Rachel Ng", "r.ng@ashcombe.nhs.uk", "embedded",
            "Now standard practice – in the junior doctor induction pack", "2023-01-01", "P03", 0))
    add(lambda r: p5("P04", "Sticker prompt for delirium screening (4AT)",
                     "Bright sticker on the clerking proforma prompting a 4AT for everyone over 65.",
                     "Care of the Elderly", "Dr Tomasz Zieliński (FY1)", "t.zielinski@ashcombe.nhs.uk",
                     D(2024, 1, 15), "trial on one ward (Ward 9)", 5, 6, 6, "", "TBC", r),
        inn("Sticker prompt for delirium screening (4AT)",
            "Bright sticker on the clerking proforma prompting a 4AT for everyone over 65.",
            "Care of the Elderly", "Tomasz Zieliński", "t.zielinski@ashcombe.nhs.uk", "testing",
            "trial on one ward (Ward 9)", "2024-01-15", "P04", None))
    add(lambda r: [], "blank row")
    add(lambda r: p5("P05", "Paediatric Sepsis 6 in SDEC",
                     "Adapted the paediatric Sepsis 6 bundle for same-day emergency care with a grab bag and timer.",
                     "Paediatrics", "Dr Aoife Brennan (ST3)", "", "Nov-22",
                     "Adopted by both sites and shared with the regional paeds network", 9, 8, 8,
                     "Highly commended", "", r),
        inn("Paediatric Sepsis 6 in SDEC",
            "Adapted the paediatric Sepsis 6 bundle for same-day emergency care with a grab bag and timer.",
            "Paediatrics", "Aoife Brennan", None, "spreading",
            "Adopted by both sites and shared with the regional paeds network", "2022-11-01", "P05", None))
    add(lambda r: p5("P06", "Discharge summary quality", "", "Medicine", "Dr Sam Whitaker (IMT2)",
                     "s.whitaker@ashcombe.nhs.uk", "", "Abandoned – rotated before data collection", "",
                     "", "", "Withdrawn", "", r),
        inn("Discharge summary quality", None, "Medicine", "Sam Whitaker", "s.whitaker@ashcombe.nhs.uk",
            "stopped", "Abandoned – rotated before data collection", None, "P06", None))
    add(lambda r: p5("P07", "Reducing unnecessary coag screens in ED",
                     "Resubmitted – see P01", "Emergency Medicine", "Dr H Ochieng", "h.ochieng@ashcombe.nhs.uk",
                     D(2023, 8, 1), "Re-audit done", "", "", "", "Duplicate entry", "", r),
        "dup:coag")
    add(lambda r: p5("P08", "Green bags for patients’ own medicines",
                     "Reintroduce green bags so patients’ own medicines travel with them from ED to the ward.",
                     "Pharmacy / AMU", "Dr Leila Haddad (FY2)", "l.haddad@ashcombe.nhs.uk", "03/04/2024",
                     "Bid submitted to charity for £1,200 of bags", 6, 5, 6, "", "c. £3k", r),
        inn("Green bags for patients’ own medicines",
            "Reintroduce green bags so patients’ own medicines travel with them from ED to the ward.",
            "Pharmacy / AMU", "Leila Haddad", "l.haddad@ashcombe.nhs.uk", "planning",
            "Bid submitted to charity for £1,200 of bags", "2024-04-03", "P08", 3000))
    add(lambda r: p5("P09", "Shorter fasting before theatre",
                     "Sip-til-send policy so day-case patients can drink water until called to theatre.",
                     "Anaesthetics", "Dr Ben Adeyinka", "b.adeyinka@ashcombe.nhs.uk", "Feb-24",
                     "Sip til send live in day surgery unit", 8, 8, 9, "3rd prize", "£500 a month", r),
        inn("Shorter fasting before theatre",
            "Sip-til-send policy so day-case patients can drink water until called to theatre.",
            "Anaesthetics", "Ben Adeyinka", "b.adeyinka@ashcombe.nhs.uk", "implemented",
            "Sip til send live in day surgery unit", "2024-02-01", "P09", 6000))
    add(lambda r: p5("P10", "TEST – do not judge", "test", "", "", "", "", "", "", "", "", "", "", r),
        "test row")
    add(lambda r: ["Late submissions below – accepted by Dr Kaur (DME)"], "notes row")
    add(lambda r: p5("P11", "Oxygen prescribing on drug charts",
                     "Only 38% of patients on oxygen had a target saturation prescribed.",
                     "Respiratory", "Dr Chloé Martin (CT2)", "", "", "on hold - waiting for EPR O2 module",
                     6, 7, 6, "", "", r),
        inn("Oxygen prescribing on drug charts",
            "Only 38% of patients on oxygen had a target saturation prescribed.", "Respiratory",
            "Chloé Martin", None, "paused", "on hold - waiting for EPR O2 module", None, "P11", None))
    add(lambda r: p5("P12", "Teaching programme for FY1 prescribing",
                     "Weekly 30-minute prescribing sessions for FY1s run by ward pharmacists.",
                     "Medical Education", "Dr Priyanka Das (FY2) priyanka.das@ashcombe.nhs.uk", "",
                     D(2023, 9, 6), "BAU now", 7, 7, 7, "Commended", "n/a", r),
        inn("Teaching programme for FY1 prescribing",
            "Weekly 30-minute prescribing sessions for FY1s run by ward pharmacists.",
            "Medical Education", "Priyanka Das", "priyanka.das@ashcombe.nhs.uk", "embedded", "BAU now",
            "2023-09-06", "P12", None))
    add(lambda r: p5("P13", "QR codes for antibiotic guidelines on ward PCs",
                     "Proposed QR stickers on ward computers linking to the antimicrobial guidelines app.",
                     "Microbiology", "Dr Owen Price (FY1)", "o.price@ashcombe.nhs.uk", 2024,
                     "idea only - not started yet", "", "", "", "Not judged (idea)", "", r),
        inn("QR codes for antibiotic guidelines on ward PCs",
            "Proposed QR stickers on ward computers linking to the antimicrobial guidelines app.",
            "Microbiology", "Owen Price", "o.price@ashcombe.nhs.uk", "idea", "idea only - not started yet",
            "2024-01-01", "P13", None))
    add(lambda r: p5("P14", "Post-fall huddle proforma",
                     "Five-minute huddle and proforma after every inpatient fall on the orthogeriatric ward.",
                     "Orthogeriatrics", "Mr Daniel Osei (CT2 surgery)", "d.osei@ashcombe.nhs.uk",
                     D(2023, 3, 1),
                     "completed evaluation – falls with harm down from 9 to 4, write-up submitted to BMJ Open Quality",
                     8, 9, 8, "Highly commended", "£18k", r),
        inn("Post-fall huddle proforma",
            "Five-minute huddle and proforma after every inpatient fall on the orthogeriatric ward.",
            "Orthogeriatrics", "Daniel Osei", "d.osei@ashcombe.nhs.uk", "evaluated",
            "completed evaluation – falls with harm down from 9 to 4, write-up submitted to BMJ Open Quality",
            "2023-03-01", "P14", 18000))
    add(lambda r: p5("P15", "Blood culture contamination rates",
                     "Contamination rate 6.1% vs 3% target; ANTT refresher and dedicated blood culture packs.",
                     "Emergency Medicine", "Dr Ruth Abara (ST4)", "r.abara@ashcombe.nhs.uk",
                     D(2023, 11, 20), "PDSA 2 underway", 7, 6, 7, "", "12k", r),
        inn("Blood culture contamination rates",
            "Contamination rate 6.1% vs 3% target; ANTT refresher and dedicated blood culture packs.",
            "Emergency Medicine", "Ruth Abara", "r.abara@ashcombe.nhs.uk", "testing", "PDSA 2 underway",
            "2023-11-20", "P15", 12000))
    add(lambda r: p5("P16", "Nasogastric tube position checks",
                     "New NG tube insertion and position-check sticker for the medical notes.",
                     "Gastroenterology", "Dr Isla Robertson (FY2)", "i.robertson@ashcombe.nhs.uk", "Jan-24",
                     "waiting for approval from Patient Safety Group", 5, 5, 6, "", "TBC", r),
        inn("Nasogastric tube position checks",
            "New NG tube insertion and position-check sticker for the medical notes.", "Gastroenterology",
            "Isla Robertson", "i.robertson@ashcombe.nhs.uk", "planning",
            "waiting for approval from Patient Safety Group", "2024-01-01", "P16", None))
    add(lambda r: [], "blank row")
    last = R + len(rows) - 2
    add(lambda r: ["No. of posters", "=COUNTA(B5:B%d)" % last], "total row")
    add(lambda r: ["Average total", "", "", "", "", "", "", "", "", "", "", "=AVERAGE(L5:L%d)" % last],
        "total row")
    return rows


F5_ROWS = f5_rows()


def make_f5():
    wb = Workbook()
    ws = wb.active
    ws.title = F5_SHEET
    ws["A1"] = "Foundation & Core Trainees QI Showcase – 21 June 2024"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:N1")
    ws["A2"] = "Ashcombe & Stour Valley Hospitals NHS Trust (RAS) – Medical Education Department. Judges’ initials: KM, RS, AP."
    ws.merge_cells("A2:N2")
    ws["A3"] = "Submission"
    ws.merge_cells("A3:H3")
    ws["I3"] = "Panel scores (out of 10)"
    ws.merge_cells("I3:L3")
    ws["M3"] = "Result"
    ws.merge_cells("M3:N3")
    for a in ("A3", "I3", "M3"):
        ws[a].font = Font(bold=True)
        ws[a].alignment = Alignment(horizontal="center")
    for j, h in enumerate(F5_HEADER):
        c = ws.cell(row=4, column=j + 1, value=h)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True)
    put_xlsx_rows(ws, 4, F5_ROWS, None)
    for r in range(5, 5 + len(F5_ROWS)):
        c = ws.cell(row=r, column=7)
        if isinstance(c.value, dt.datetime) and c.value.day == 1 and c.value.month in (8, 3):
            c.number_format = "mmm-yy"
        elif isinstance(c.value, int):
            c.number_format = "0"
    ws.freeze_panes = "C5"
    for col, w in zip("ABCDEFGHIJKLMN", (9, 40, 60, 20, 32, 30, 13, 40, 8, 8, 8, 9, 18, 16)):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("Judges & criteria")
    for row in (["Judge", "Initials", "Role"],
                ["Dr Karen Mallory", "KM", "Director of Medical Education"],
                ["Ms Rachel Simmons", "RS", "QI Lead, Improvement Hub"],
                ["Dr Arjun Pillai", "AP", "Consultant Anaesthetist"],
                [],
                ["Criteria: problem & aim (2), method / PDSA (3), data (3), sustainability (2)"]):
        ws2.append(row)
    wb.save(os.path.join(HERE, F5))
    build_key(F5, "innovations", 4, F5_ROWS, sheet=F5_SHEET)


if __name__ == "__main__":
    make_f1(); make_f2(); make_f3(); make_f4(); make_f5()
    print("written")
