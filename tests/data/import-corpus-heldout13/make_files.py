#!/usr/bin/env python3
"""Regenerates every file in import-heldout13 and its answer key.
All rows are held literally below. Run: python3 make_files.py"""
import csv, io, json, os, datetime as dt
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime


def inn(title, summary, dept, lead_name, lead_email, stage, status, started, ref, sav):
    e = {"title": title, "summary": summary, "department": dept,
         "lead": None if lead_name is None else {"name": lead_name, "email": lead_email},
         "stage": stage, "status_text": status}
    if started is not None:
        e["started"] = started
    e["ref"] = ref
    e["savings_gbp"] = sav
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


def write_key(fname, kind, header_row, rows, sheet=None):
    k = {"file": fname, "kind": kind, "header_row": header_row}
    if sheet:
        k["sheet"] = sheet
    k["rows"] = {str(r): v for r, v in rows}
    with open(os.path.join(OUT, fname + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(k, f, indent=1, ensure_ascii=False)


def write_delimited(fname, header, data, encoding, delimiter=",", bom=False):
    """data: list of (cells, key). Header is row 1; row numbers count records."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    keys = []
    for i, (cells, key) in enumerate(data):
        cells = list(cells) + [""] * (len(header) - len(cells))
        w.writerow(cells)
        keys.append((i + 2, key))
    text = buf.getvalue()
    raw = text.encode(encoding)
    if bom:
        raw = (b"\xef\xbb\xbf" if encoding == "utf-8" else b"\xff\xfe") + raw
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(raw)
    return keys


# ---------------------------------------------------------------------------
# FILE 1: Northgate Regional Cancer Centre - monday.com style board export
# ---------------------------------------------------------------------------
def file1():
    fname = "nrcc_innovation_board_export.xlsx"
    E = "@northgatecancer.nhs.uk"
    header = ["Item", "Group", "Description", "Owner", "Owner email", "Status",
              "Status colour", "Start date", "Item ID", "Est. annual saving (£)", "Last updated"]
    rows = [
        # row 5
        (["Scalp cooling booking app", "Chemotherapy Day Unit",
          "Online slot booking for scalp cooling caps so patients aren't left waiting on the unit",
          "Dr Priya Nandakumar", "priya.nandakumar" + E, "Live on CDU", "Green",
          D(2023, 3, 6), 4410112, "£3,200", D(2026, 10, 2)],
         inn("Scalp cooling booking app",
             "Online slot booking for scalp cooling caps so patients aren't left waiting on the unit",
             "Chemotherapy Day Unit", "Priya Nandakumar", "priya.nandakumar" + E,
             "implemented", "Live on CDU", "2023-03-06", "4410112", 3200)),
        # row 6
        (["Acute oncology hotline triage tool (UKONS)", "Acute Oncology Service",
          "Electronic version of the UKONS 24hr triage tool for the hotline – auto-scores the call and prompts the advice to give",
          "Marsh, Gillian", None, "PDSA cycle 3", "Amber", "03/02/2023", 4410118, "TBC", D(2026, 9, 14)],
         inn("Acute oncology hotline triage tool (UKONS)",
             "Electronic version of the UKONS 24hr triage tool for the hotline – auto-scores the call and prompts the advice to give",
             "Acute Oncology Service", "Gillian Marsh", None, "testing", "PDSA cycle 3",
             "2023-02-03", "4410118", None)),
        # row 7
        (["Radiotherapy mask pre-fitting clinic", "Radiotherapy",
          "Radiographer-led clinic to fit head & neck masks a week before the planning CT",
          "Tom Okafor (Band 6 therapeutic radiographer)", "tom.okafor" + E, "BAU now", "Green",
          "Mar-23", 4410120, "12k", D(2025, 1, 20)],
         inn("Radiotherapy mask pre-fitting clinic",
             "Radiographer-led clinic to fit head & neck masks a week before the planning CT",
             "Radiotherapy", "Tom Okafor", "tom.okafor" + E, "embedded", "BAU now",
             "2023-03-01", "4410120", 12000)),
        # row 8
        ([None] * 11, bad("blank row")),
        # row 9
        (["TEST ITEM - please ignore", "Chemotherapy Day Unit", "test", None, None,
          "Working on it", "Grey", None, 4410121, None, D(2026, 11, 30)],
         bad("test row")),
        # row 10
        (["PROSTATE PSA REMOTE FOLLOW-UP", "UROLOGY ONCOLOGY",
          "PATIENT-INITIATED FOLLOW UP FOR STABLE PROSTATE PATIENTS USING THE PSA TRACKER",
          "MR ANDREW KEOGH", None, "ROLLED OUT TO BREAST & COLORECTAL TOO", "Green",
          "2021", 4410097, "£500 a month", D(2024, 6, 3)],
         inn("PROSTATE PSA REMOTE FOLLOW-UP",
             "PATIENT-INITIATED FOLLOW UP FOR STABLE PROSTATE PATIENTS USING THE PSA TRACKER",
             "UROLOGY ONCOLOGY", "ANDREW KEOGH", None, "spreading",
             "ROLLED OUT TO BREAST & COLORECTAL TOO", "2021-01-01", "4410097", 6000)),
        # row 11
        (["Chemo at home \u2013 oral SACT counselling videos", "Pharmacy (oncology)",
          "Short videos in 6 languages explaining oral SACT side-effects, sent by text before cycle 1",
          "R\u00f3is\u00edn N\u00ed Bhriain <roisin.nibhriain" + E + ">", None,
          "Evaluation written up \u2013 presented at BOPA", "Green", D(2022, 9, 12), 4410101,
          "c. £4k", D(2025, 11, 7)],
         inn("Chemo at home \u2013 oral SACT counselling videos",
             "Short videos in 6 languages explaining oral SACT side-effects, sent by text before cycle 1",
             "Pharmacy (oncology)", "R\u00f3is\u00edn N\u00ed Bhriain", "roisin.nibhriain" + E,
             "evaluated", "Evaluation written up \u2013 presented at BOPA", "2022-09-12", "4410101", 4000)),
        # row 12
        (["Lymphoedema self-measurement kit", "Lymphoedema Service",
          "Tape measure kit + app so patients can record limb volume at home between clinics",
          "Hannah Pryce / Joel Stirling", "hannah.pryce" + E, "On hold - staff shortages", "Red",
          "Spring 2022", 4410093, "n/a", D(2023, 2, 1)],
         inn("Lymphoedema self-measurement kit",
             "Tape measure kit + app so patients can record limb volume at home between clinics",
             "Lymphoedema Service", "Hannah Pryce", "hannah.pryce" + E, "paused",
             "On hold - staff shortages", "2022-03-01", "4410093", None)),
        # row 13
        (["Volunteer wayfinding \u201cMeet & Greet\u201d at main entrance", "Patient Experience",
          "Volunteers meet first-time patients at the entrance and walk them to clinic", "Sister Brenda O\u2019Hare",
          None, "Idea \u2013 needs sign off from estates", "Grey", None, 4410125, None, D(2026, 8, 19)],
         inn("Volunteer wayfinding \u201cMeet & Greet\u201d at main entrance",
             "Volunteers meet first-time patients at the entrance and walk them to clinic",
             "Patient Experience", "Brenda O\u2019Hare", None, "idea",
             "Idea \u2013 needs sign off from estates", None, "4410125", None)),
        # row 14: same item re-entered under a new ID
        (["Acute Oncology hotline triage tool (UKONS) ", "Acute Oncology Service",
          "UKONS triage tool on the hotline", "Gillian Marsh", "gillian.marsh" + E, "PDSA cycle 3",
          "Amber", "03/02/2023", 4410131, "TBC", D(2026, 11, 2)],
         bad("duplicate of row 6")),
        # row 15
        (["Haematology ambulatory care pathway", "Haematology",
          "Outpatient management of low-risk neutropenic sepsis and planned transfusions through the ambulatory unit instead of admission",
          "Prof. Daniel Achterberg", "daniel.achterberg" + E, "Bid submitted to charity", "Amber",
          D(2024, 1, 15), 4410127, "£45,000", D(2026, 7, 11)],
         inn("Haematology ambulatory care pathway",
             "Outpatient management of low-risk neutropenic sepsis and planned transfusions through the ambulatory unit instead of admission",
             "Haematology", "Daniel Achterberg", "daniel.achterberg" + E, "planning",
             "Bid submitted to charity", "2024-01-15", "4410127", 45000)),
        # row 16
        (["Electronic holistic needs assessment (eHNA) in clinic", "Cancer Support Service",
          "Tablet eHNA completed in the waiting room, care plan printed for the CNS",
          "Siobhan Carey (Macmillan CNS Band 7)", "siobhan.carey" + E, "Rolled out trustwide", "Green",
          D(2021, 6, 1), 4410089, "£0", D(2024, 3, 28)],
         inn("Electronic holistic needs assessment (eHNA) in clinic",
             "Tablet eHNA completed in the waiting room, care plan printed for the CNS",
             "Cancer Support Service", "Siobhan Carey", "siobhan.carey" + E, "spreading",
             "Rolled out trustwide", "2021-06-01", "4410089", 0)),
        # row 17
        (["Digital SACT consent", "Chemotherapy Day Unit",
          "Move paper SACT consent forms to e-consent on tablets", "Dr Mark Elphick", None,
          "Scrapped \u2013 supplier pulled out", "Red", "2022", 4410085, "nil", D(2023, 5, 5)],
         inn("Digital SACT consent", "Move paper SACT consent forms to e-consent on tablets",
             "Chemotherapy Day Unit", "Mark Elphick", None, "stopped",
             "Scrapped \u2013 supplier pulled out", "2022-01-01", "4410085", 0)),
        # row 18
        (["Items below moved across from the old QI spreadsheet by KT, Oct 2026 \u2013 IDs not assigned yet"]
         + [None] * 10, bad("notes row")),
        # row 19
        (["Weekend PICC line service", "Vascular Access Team",
          "Nurse-led PICC insertion on Saturdays to avoid delayed SACT starts", "Kerry-Ann Whitlock",
          "kerry-ann.whitlock" + E, "Planning \u2013 ordering ultrasound machine", "Amber",
          D(2023, 10, 2), None, "£18k", None],
         inn("Weekend PICC line service",
             "Nurse-led PICC insertion on Saturdays to avoid delayed SACT starts",
             "Vascular Access Team", "Kerry-Ann Whitlock", "kerry-ann.whitlock" + E, "planning",
             "Planning \u2013 ordering ultrasound machine", "2023-10-02", None, 18000)),
        # row 20
        (["Radiotherapy patient text reminders", "Radiotherapy",
          "Automated SMS reminders 48 hrs before planning scans", "Lewis, Imogen", "imogen.lewis" + E,
          "Stuck \u2013 IG refused, closed", "Red", "14/06/2021", None, None, None],
         inn("Radiotherapy patient text reminders",
             "Automated SMS reminders 48 hrs before planning scans", "Radiotherapy",
             "Imogen Lewis", "imogen.lewis" + E, "stopped", "Stuck \u2013 IG refused, closed",
             "2021-06-14", None, None)),
        # row 21
        (["Prehabilitation before lung surgery", "Thoracic Oncology",
          "Exercise & nutrition programme for 4 weeks before lung resection",
          "Megan Tasker (Band 6 physio)", "megan.tasker" + E,
          "Results in \u2013 2 fewer bed days avg, report went to Q&S", "Green", D(2022, 4, 4), None,
          "£27,500", None],
         inn("Prehabilitation before lung surgery",
             "Exercise & nutrition programme for 4 weeks before lung resection",
             "Thoracic Oncology", "Megan Tasker", "megan.tasker" + E, "evaluated",
             "Results in \u2013 2 fewer bed days avg, report went to Q&S", "2022-04-04", None, 27500)),
        # row 22
        (["Cancer care navigators for under-served groups", "Cancer Alliance hub",
          "Community navigators helping people from deprived areas attend screening and first appointments",
          "Ade Bankole / Farah Iqbal", None, "Agreed at exec \u2013 recruiting", "Amber", "Apr-24",
          None, "TBC", None],
         inn("Cancer care navigators for under-served groups",
             "Community navigators helping people from deprived areas attend screening and first appointments",
             "Cancer Alliance hub", "Ade Bankole", None, "planning", "Agreed at exec \u2013 recruiting",
             "2024-04-01", None, None)),
        # row 23
        (["Virtual ward for immunotherapy toxicity", "Acute Oncology Service",
          "Remote monitoring of patients on immunotherapy with a wearable and a daily symptom check",
          "Dr. Chinedu Eze", "chinedu.eze" + E, "Pilot on Ward 7", "Amber", D(2024, 5, 20), None,
          "c. £60k", None],
         inn("Virtual ward for immunotherapy toxicity",
             "Remote monitoring of patients on immunotherapy with a wearable and a daily symptom check",
             "Acute Oncology Service", "Chinedu Eze", "chinedu.eze" + E, "testing", "Pilot on Ward 7",
             "2024-05-20", None, 60000)),
        # row 24
        (["Lung nodule AI triage", "Radiology / Lung MDT", None, "Dr Eleni Papadakis", None, "Idea",
          "Grey", None, None, None, None],
         inn("Lung nodule AI triage", None, "Radiology / Lung MDT", "Eleni Papadakis", None, "idea",
             "Idea", None, None, None)),
        # row 25
        ([None] * 11, bad("blank row")),
        # row 26
        (["Total", None, None, None, None, None, None, None, None, "=SUM(J5:J24)", None],
         bad("total row")),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Innovation board"
    ws["A1"] = "NRCC Innovation & Improvement board (monday.com export)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Exported 02/12/2026 09:14 by k.thorne \u2013 Northgate Regional Cancer Centre (RNG27)"
    for rng, label in [("A3:C3", "ITEM"), ("D3:E3", "OWNER"), ("F3:H3", "PROGRESS"), ("I3:K3", "ADMIN / £")]:
        ws.merge_cells(rng)
        c = ws[rng.split(":")[0]]
        c.value = label
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center")
    for j, h in enumerate(header, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="0073EA")
    keys = []
    for i, (cells, key) in enumerate(rows):
        r = 5 + i
        for j, v in enumerate(cells, 1):
            if v is None:
                continue
            c = ws.cell(row=r, column=j, value=v)
            if isinstance(v, D):
                c.number_format = "DD/MM/YYYY"
        keys.append((r, key))
    ws.freeze_panes = "B5"
    for j, w in enumerate([42, 24, 60, 36, 38, 34, 12, 12, 10, 18, 14], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    wb.save(os.path.join(OUT, fname))
    write_key(fname, "innovations", 4, keys)


# ---------------------------------------------------------------------------
# FILE 2: Severnvale renal unit + satellite dialysis units - skills register
# Excel "CSV" (cp1252, CRLF); yes/blank column per skill
# ---------------------------------------------------------------------------
def file2():
    fname = "Renal_skills_register_SDUs.csv"
    E = "@svh.nhs.uk"
    skills = ["Buttonhole cannulation", "Home HD training", "PD", "Transplant work-up",
              "Anaemia management", "Water treatment / RO plant"]
    header = ["Name", "Band/Role", "Base", "E-mail"] + skills + [
        "Other skills / interests", "Happy to help with", "Notes"]

    def row(name, role, base, email, marks, other, helpw, notes):
        # marks: 6-char string, '.' = blank, otherwise index into value list
        vals = {"Y": "Yes", "y": "yes", "1": "Y", ".": ""}
        return [name, role, base, email] + [vals[m] for m in marks] + [other, helpw, notes]

    def sk(marks):
        return [s for s, m in zip(skills, marks) if m != "."]

    data = [
        # row 2
        (row("Adeyemi, Olawale", "Charge Nurse Band 6", "Ashby Satellite Unit",
             "Ola Adeyemi <olawale.adeyemi" + E + ">", "Y...YY",
             "Needle-phobic patients; fistula care", "Happy to teach buttonhole technique to new starters", ""),
         staff("Olawale Adeyemi", "Olawale", "Adeyemi", "olawale.adeyemi" + E, "Charge Nurse Band 6",
               "Ashby Satellite Unit", sk("Y...YY") + ["Needle-phobic patients", "fistula care"],
               "Happy to teach buttonhole technique to new starters")),
        # row 3
        (row("Sr Joanne Whitcombe", "Home Therapies Lead (Band 7)", "Main unit \u2013 Home Therapies",
             "joanne.whitcombe" + E, ".YY...", "Assisted PD\nHome HD troubleshooting",
             "can offer shadowing days for satellite staff", ""),
         staff("Joanne Whitcombe", "Joanne", "Whitcombe", "joanne.whitcombe" + E,
               "Home Therapies Lead (Band 7)", "Main unit \u2013 Home Therapies",
               sk(".YY...") + ["Assisted PD", "Home HD troubleshooting"],
               "can offer shadowing days for satellite staff")),
        # row 4
        (row("Dr Tom\u00e1s Ferreira", "Consultant Nephrologist", "Renal Medicine", "t.ferreira" + E, "...yy.",
             "Renal anaemia, transplant assessment & glomerulonephritis",
             "Willing to give teaching at the satellite units\u2019 study days", "Speaks Portuguese & Spanish"),
         staff("Tom\u00e1s Ferreira", "Tom\u00e1s", "Ferreira", "t.ferreira" + E, "Consultant Nephrologist",
               "Renal Medicine", sk("...yy.") + ["Renal anaemia", "transplant assessment", "glomerulonephritis"],
               "Willing to give teaching at the satellite units\u2019 study days")),
        # row 5
        (row("KINGSLEY, MAUREEN", "HCA BAND 3", "DUNFORD SDU", "", "Y.....", "PATIENT TRANSPORT LIAISON", "", ""),
         staff("MAUREEN KINGSLEY", "MAUREEN", "KINGSLEY", None, "HCA BAND 3", "DUNFORD SDU",
               sk("Y.....") + ["PATIENT TRANSPORT LIAISON"], None)),
        # row 6
        (row("Priya Raman", "Renal Dietitian", "Nutrition & Dietetics (renal)", "priya.raman" + E, "..Y...",
             "\u2022 Potassium & phosphate education\n\u2022 Tube feeding on HD\n\u2022 Diabetes and dialysis",
             "Happy to run diet sessions for patient groups", ""),
         staff("Priya Raman", "Priya", "Raman", "priya.raman" + E, "Renal Dietitian",
               "Nutrition & Dietetics (renal)",
               sk("..Y...") + ["Potassium & phosphate education", "Tube feeding on HD", "Diabetes and dialysis"],
               "Happy to run diet sessions for patient groups")),
        # row 7
        ([""] * len(header), bad("blank row")),
        # row 8
        (row("TEST TEST", "test", "test", "test" + E, "Y.....", "test", "", "delete me"), bad("test row")),
        # row 9
        (row("Gareth Pugh (left)", "Dialysis Technician", "Renal Technical Services", "gareth.pugh" + E,
             ".....Y", "RO plant maintenance; Fresenius 5008 machines", "", "Left 31/03/2025"),
         staff("Gareth Pugh", "Gareth", "Pugh", "gareth.pugh" + E, "Dialysis Technician",
               "Renal Technical Services", sk(".....Y") + ["RO plant maintenance", "Fresenius 5008 machines"],
               None, left=True, left_on="2025-03-31")),
        # row 10
        (row("VACANT \u2013 Band 7 Satellite Unit Manager", "", "Kingsmere SDU", "", "......", "", "",
             "Advert out Nov 26"), bad("vacant post")),
        # row 11
        (row("Chloe Brennan", "Staff Nurse Band 5 \u2013 LEAVER", "Kingsmere SDU", "chloe.brennan" + E,
             "Y.....", "", "", "left Aug-24"),
         staff("Chloe Brennan", "Chloe", "Brennan", "chloe.brennan" + E, "Staff Nurse Band 5", "Kingsmere SDU",
               sk("Y....."), None, left=True, left_on="2024-08-01")),
        # row 12
        (row("Fiona MacLeod", "Renal Pharmacist 8a", "Pharmacy", "fiona.macleod" + E, "...YY.",
             "Immunosuppression, renal drug dosing and sick day rules",
             "happy to answer drug dosing queries by e-mail", "Mat leave until April 2027"),
         staff("Fiona MacLeod", "Fiona", "MacLeod", "fiona.macleod" + E, "Renal Pharmacist 8a", "Pharmacy",
               sk("...YY.") + ["Immunosuppression", "renal drug dosing", "sick day rules"],
               "happy to answer drug dosing queries by e-mail")),
        # row 13
        (row("Ben Ashworth", "Staff Nurse Band 5", "Ashby Satellite Unit", "", "1.....", "Moving & handling", "", ""),
         staff("Ben Ashworth", "Ben", "Ashworth", None, "Staff Nurse Band 5", "Ashby Satellite Unit",
               sk("1.....") + ["Moving & handling"], None)),
        # row 14
        (row("Achebe, Ngozi", "Renal Social Worker", "Renal Psychosocial Team",
             "Ngozi Achebe <ngozi.achebe" + E + ">", "......",
             "Benefits advice \u2013 dialysis patients; advance care planning",
             "Willing to talk at staff huddles about support for carers", ""),
         staff("Ngozi Achebe", "Ngozi", "Achebe", "ngozi.achebe" + E, "Renal Social Worker",
               "Renal Psychosocial Team", ["Benefits advice \u2013 dialysis patients", "advance care planning"],
               "Willing to talk at staff huddles about support for carers")),
        # row 15
        (row("Dr Sunil Varghese", "Consultant Nephrologist / Clinical Director", "Renal Medicine",
             "sunil.varghese" + E, "..Y...", "Vascular access, PD catheter insertion", "",
             "Dunford SDU consultant lead"),
         staff("Sunil Varghese", "Sunil", "Varghese", "sunil.varghese" + E,
               "Consultant Nephrologist / Clinical Director", "Renal Medicine",
               sk("..Y...") + ["Vascular access", "PD catheter insertion"], None)),
        # row 16
        (row("Olawale Adeyemi", "Charge Nurse", "Ashby SDU", "olawale.adeyemi" + E, "Y.....", "", "",
             "added again by JW"), bad("duplicate of row 2")),
        # row 17
        (row("Rhiannon Hughes", "Clinical Nurse Specialist \u2013 Transplant", "Renal Transplant Team",
             "rhiannon.hughes" + E, "...y..", "Live donor work-up; pre-emptive listing",
             "can offer a half-day teaching session on transplant work-up", ""),
         staff("Rhiannon Hughes", "Rhiannon", "Hughes", "rhiannon.hughes" + E,
               "Clinical Nurse Specialist \u2013 Transplant", "Renal Transplant Team",
               sk("...y..") + ["Live donor work-up", "pre-emptive listing"],
               "can offer a half-day teaching session on transplant work-up")),
        # row 18
        (row("Zo\u00eb Marchetti", "Dialysis Assistant Band 3", "Dunford SDU", "zoe.marchetti" + E, "Y.....",
             "Infection prevention & control link", "happy to do hand hygiene audits", ""),
         staff("Zo\u00eb Marchetti", "Zo\u00eb", "Marchetti", "zoe.marchetti" + E, "Dialysis Assistant Band 3",
               "Dunford SDU", sk("Y.....") + ["Infection prevention & control link"],
               "happy to do hand hygiene audits")),
        # row 19
        (row("Peter O\u2019Donnell", "Band 6 Renal Nurse", "Kingsmere SDU", "peter.odonnell" + E, ".Y....",
             "Sick day guidance; happy to mentor new starters", "", "On secondment to Home Therapies until Mar 2027"),
         staff("Peter O\u2019Donnell", "Peter", "O\u2019Donnell", "peter.odonnell" + E, "Band 6 Renal Nurse",
               "Kingsmere SDU", sk(".Y....") + ["Sick day guidance"], "happy to mentor new starters")),
        # row 20
        (["Rows below added by MK from the Dunford induction list Sept 2026 \u2013 skills not checked yet"]
         + [""] * (len(header) - 1), bad("notes row")),
        # row 21
        (row("Alisha Begum", "HCA Band 2", "Dunford SDU", "alisha.begum" + E, "......", "Patient education", "", ""),
         staff("Alisha Begum", "Alisha", "Begum", "alisha.begum" + E, "HCA Band 2", "Dunford SDU",
               ["Patient education"], None)),
        # row 22
        (row("Dr H\u00e9l\u00e8ne Dubois", "Renal Registrar ST5", "Renal Medicine", "helene.dubois" + E, "...Y..",
             "Nephrology research; POCUS for fluid status", "Willing to supervise audit projects", "Speaks French"),
         staff("H\u00e9l\u00e8ne Dubois", "H\u00e9l\u00e8ne", "Dubois", "helene.dubois" + E, "Renal Registrar ST5",
               "Renal Medicine", sk("...Y..") + ["Nephrology research", "POCUS for fluid status"],
               "Willing to supervise audit projects")),
        # row 23
        (row("Marcus Lindqvist", "Satellite Unit Manager Band 7", "Ashby Satellite Unit", "marcus.lindqvist" + E,
             "Y...YY", "Rostering/e-roster; quality improvement", "", ""),
         staff("Marcus Lindqvist", "Marcus", "Lindqvist", "marcus.lindqvist" + E, "Satellite Unit Manager Band 7",
               "Ashby Satellite Unit", sk("Y...YY") + ["Rostering/e-roster", "quality improvement"], None)),
        # row 24
        (row("Sarah Jenkins", "Staff Nurse Band 5", "Kingsmere SDU", "sarah.jenkins" + E, "Y.....", "", "", "LEFT"),
         staff("Sarah Jenkins", "Sarah", "Jenkins", "sarah.jenkins" + E, "Staff Nurse Band 5", "Kingsmere SDU",
               sk("Y....."), None, left=True)),
        # row 25
        (["TOTAL (yes per skill)", "", "", "", "10", "3", "3", "5", "5", "3", "", "", ""], bad("total row")),
    ]
    keys = write_delimited(fname, header, data, "cp1252")
    write_key(fname, "staff", 1, keys)


# ---------------------------------------------------------------------------
# FILE 3: HMP Blackmoor prison healthcare - ESR-style extract with local
# interests column. Excel "Unicode Text" (UTF-16 LE + BOM, TAB separated)
# ---------------------------------------------------------------------------
def file3():
    fname = "HMP_Blackmoor_HC_ESR_extract_Dec26.txt"
    E = "@wdch.nhs.uk"
    header = ["Employee Number", "Employee Name", "Assignment Number", "Position Title", "Organisation",
              "Assignment Status", "Assignment Category", "Staff Group", "Latest Start Date", "Termination Date",
              "Work Email Address", "Special Interests (local)"]
    MH = "HMP Blackmoor Mental Health In-Reach"
    PC = "HMP Blackmoor Primary Care"
    SM = "HMP Blackmoor Substance Misuse Service"
    PH = "HMP Blackmoor Pharmacy"
    MG = "HMP Blackmoor Healthcare Management"
    data = [
        # row 2
        (["30114587", "Kowalski, Marta Mrs", "30114587", "Registered Mental Health Nurse Band 6", MH,
          "Active Assignment", "Permanent", "Nursing and Midwifery Registered", "04/09/2019", "",
          "marta.kowalski" + E, "\u2022 ACCT reviews (self-harm)\n\u2022 Dual diagnosis\n\u2022 Speaks Polish"],
         staff("Marta Kowalski", "Marta", "Kowalski", "marta.kowalski" + E,
               "Registered Mental Health Nurse Band 6", MH, ["ACCT reviews (self-harm)", "Dual diagnosis"], None)),
        # row 3
        (["30098812", "Okoro, Chidi Dr.", "30098812", "Specialty Doctor \u2013 Substance Misuse", SM,
          "Active Assignment", "Permanent", "Medical and Dental", "01/02/2021", "", "chidi.okoro" + E,
          "Opioid substitution therapy, hepatitis C treatment in custody and naloxone training. Happy to teach the GP trainees."],
         staff("Chidi Okoro", "Chidi", "Okoro", "chidi.okoro" + E, "Specialty Doctor \u2013 Substance Misuse", SM,
               ["Opioid substitution therapy", "hepatitis C treatment in custody", "naloxone training"],
               "Happy to teach the GP trainees.")),
        # row 4
        (["30077410", "Harrington, Paul Mr", "30077410", "Head of Healthcare", MG, "Active Assignment",
          "Permanent", "Administrative and Clerical", "12/06/2017", "", "paul.harrington" + E,
          "CQC/HMIP inspections; clinical governance"],
         staff("Paul Harrington", "Paul", "Harrington", "paul.harrington" + E, "Head of Healthcare", MG,
               ["CQC/HMIP inspections", "clinical governance"], None)),
        # row 5
        (["30120355", "Ali, Yasmin Miss", "30120355", "Pharmacy Technician Band 5", PH, "Terminate Process",
          "Fixed Term Temp", "Additional Professional Scientific and Technical", "07/03/2022", "31/10/2025",
          "yasmin.ali" + E, "In-possession medication risk assessments"],
         staff("Yasmin Ali", "Yasmin", "Ali", "yasmin.ali" + E, "Pharmacy Technician Band 5", PH,
               ["In-possession medication risk assessments"], None, left=True, left_on="2025-10-31")),
        # row 6
        (["30131902", "Mensah, Kwabena Mr", "30131902", "Healthcare Assistant Band 3", PC, "Active Assignment",
          "Permanent", "Additional Clinical Services", "15/01/2024", "", "", ""],
         staff("Kwabena Mensah", "Kwabena", "Mensah", None, "Healthcare Assistant Band 3", PC, [], None)),
        # row 7
        ([""] * 12, bad("blank row")),
        # row 8
        (["99999999", "Test, Employee", "99999999", "TEST POSITION", PC, "Active Assignment", "Permanent",
          "Administrative and Clerical", "01/01/2026", "", "esr.test" + E, "test"], bad("test row")),
        # row 9
        (["30088123", "Fairclough, Dawn Mrs", "30088123", "Advanced Nurse Practitioner Band 8a", PC,
          "Suspend Assignment", "Permanent", "Nursing and Midwifery Registered", "03/10/2016", "",
          "dawn.fairclough" + E, "Long-term conditions (diabetes, COPD)\nMinor injuries\nwilling to mentor ANP trainees"],
         staff("Dawn Fairclough", "Dawn", "Fairclough", "dawn.fairclough" + E,
               "Advanced Nurse Practitioner Band 8a", PC, ["Long-term conditions (diabetes, COPD)", "Minor injuries"],
               "willing to mentor ANP trainees")),
        # row 10: second (bank) assignment for the same person
        (["30114587", "Kowalski, Marta Mrs", "30114587-2", "Bank Registered Mental Health Nurse", MH,
          "Active Assignment", "Bank", "Nursing and Midwifery Registered", "01/04/2023", "",
          "marta.kowalski" + E, ""], bad("duplicate of row 2")),
        # row 11
        (["30127764", "Byrne, Se\u00e1n Mr", "30127764", "Paramedic \u2013 Reception Screening",
          "HMP Blackmoor Reception & Primary Care", "Active Assignment", "Permanent", "Allied Health Professionals",
          "19/06/2023", "", "sean.byrne" + E, "Reception health screening; first night assessments; ILS instructor"],
         staff("Se\u00e1n Byrne", "Se\u00e1n", "Byrne", "sean.byrne" + E, "Paramedic \u2013 Reception Screening",
               "HMP Blackmoor Reception & Primary Care",
               ["Reception health screening", "first night assessments", "ILS instructor"], None)),
        # row 12
        (["30101276", "Nakamura-Ellis, Hana Ms", "30101276", "Clinical Psychologist 8b", MH, "Active Assignment",
          "Permanent", "Additional Professional Scientific and Technical", "05/07/2021", "",
          "hana.nakamura-ellis" + E,
          "Trauma-informed care, PTSD and personality disorder (OPD pathway). Can offer reflective practice sessions for officers."],
         staff("Hana Nakamura-Ellis", "Hana", "Nakamura-Ellis", "hana.nakamura-ellis" + E,
               "Clinical Psychologist 8b", MH, ["Trauma-informed care", "PTSD", "personality disorder (OPD pathway)"],
               "Can offer reflective practice sessions for officers.")),
        # row 13
        (["30069954", "PRICE, DEREK MR", "30069954", "DENTAL NURSE", "HMP BLACKMOOR DENTAL SUITE",
          "ACTIVE ASSIGNMENT", "PERMANENT", "ADDITIONAL CLINICAL SERVICES", "22/11/2015", "", "derek.price" + E,
          "DENTAL DECONTAMINATION, ORAL HEALTH PROMOTION"],
         staff("DEREK PRICE", "DEREK", "PRICE", "derek.price" + E, "DENTAL NURSE", "HMP BLACKMOOR DENTAL SUITE",
               ["DENTAL DECONTAMINATION", "ORAL HEALTH PROMOTION"], None)),
        # row 14
        (["30116640", "Oyelaran, Funmi Mrs", "30116640", "Primary Care Nurse Band 5", PC, "Terminate Process",
          "Permanent", "Nursing and Midwifery Registered", "10/01/2022", "", "funmi.oyelaran" + E, "BBV testing"],
         staff("Funmi Oyelaran", "Funmi", "Oyelaran", "funmi.oyelaran" + E, "Primary Care Nurse Band 5", PC,
               ["BBV testing"], None, left=True)),
        # row 15
        (["", "VACANT", "", "Mental Health Nurse Band 5", MH, "", "", "", "", "", "",
          "post out to advert \u2013 closes 19/12"], bad("vacant post")),
        # row 16
        (["30133018", "Delaney, Aoife Ms", "30133018", "Occupational Therapist Band 6", MH, "Active Assignment",
          "Permanent", "Allied Health Professionals", "02/09/2024", "", "aoife.delaney" + E,
          "Sensory approaches; daily living skills for release. Happy to run sessions for wing staff"],
         staff("Aoife Delaney", "Aoife", "Delaney", "aoife.delaney" + E, "Occupational Therapist Band 6", MH,
               ["Sensory approaches", "daily living skills for release"], "Happy to run sessions for wing staff")),
        # row 17
        (["30092245", "Whitlock, Graham Mr", "30092245", "Healthcare Manager \u2013 Nights", PC,
          "Terminate Process", "Permanent", "Nursing and Midwifery Registered", "14/04/2020", "28/02/2026",
          "graham.whitlock" + E, "Emergency response (Code Blue/Red)"],
         staff("Graham Whitlock", "Graham", "Whitlock", "graham.whitlock" + E, "Healthcare Manager \u2013 Nights", PC,
               ["Emergency response (Code Blue/Red)"], None, left=True, left_on="2026-02-28")),
        # row 18
        (["30109931", "Singh, Manpreet Mr", "30109931", "Pharmacist Independent Prescriber 8a", PH,
          "Active Assignment", "Permanent", "Additional Professional Scientific and Technical", "06/12/2021", "",
          "manpreet.singh" + E,
          "Medicines reconciliation on reception\nTradeable medicines / diversion\nSpeaks Punjabi and Hindi"],
         staff("Manpreet Singh", "Manpreet", "Singh", "manpreet.singh" + E, "Pharmacist Independent Prescriber 8a",
               PH, ["Medicines reconciliation on reception", "Tradeable medicines / diversion"], None)),
        # row 19
        (["30128870", "Gallagher, Niamh Miss", "30128870", "Substance Misuse Recovery Worker", SM,
          "Active Assignment", "Fixed Term Temp", "Additional Clinical Services", "01/08/2023", "",
          "niamh.gallagher" + E, "Peer mentor scheme; recovery caf\u00e9s; harm reduction"],
         staff("Niamh Gallagher", "Niamh", "Gallagher", "niamh.gallagher" + E, "Substance Misuse Recovery Worker", SM,
               ["Peer mentor scheme", "recovery caf\u00e9s", "harm reduction"], None)),
        # row 20
        (["30124406", "Adebayo, Tunde Dr", "30124406", "Salaried GP", PC, "Active Assignment", "Permanent",
          "Medical and Dental", "03/04/2023", "", "Dr Tunde Adebayo <tunde.adebayo" + E + ">",
          "Minor surgery; men\u2019s health"],
         staff("Tunde Adebayo", "Tunde", "Adebayo", "tunde.adebayo" + E, "Salaried GP", PC,
               ["Minor surgery", "men\u2019s health"], None)),
        # row 21
        (["30119087", "Hollis, Rebecca Mrs", "30119087", "Administrator Band 4", MG, "Active Assignment",
          "Permanent", "Administrative and Clerical", "21/02/2022", "", "rebecca.hollis" + E,
          "SystmOne reporting \u2013 happy to show people how to run searches"],
         staff("Rebecca Hollis", "Rebecca", "Hollis", "rebecca.hollis" + E, "Administrator Band 4", MG,
               ["SystmOne reporting"], "happy to show people how to run searches")),
        # row 22
        (["30130112", "Turner, Lucy Miss", "30130112", "Mental Health Nurse Band 5", MH, "Suspend Assignment",
          "Permanent", "Nursing and Midwifery Registered", "11/09/2023", "", "lucy.turner" + E,
          "Eating disorders; women\u2019s mental health"],
         staff("Lucy Turner", "Lucy", "Turner", "lucy.turner" + E, "Mental Health Nurse Band 5", MH,
               ["Eating disorders", "women\u2019s mental health"], None)),
        # row 23
        (["", "Special Interests column added locally by LKS from staff survey responses, Jan 2026 \u2013 not held in ESR"]
         + [""] * 10, bad("notes row")),
        # row 24
        (["Record count: 21"] + [""] * 11, bad("total row")),
    ]
    keys = write_delimited(fname, header, data, "utf-16-le", delimiter="\t", bom=True)
    write_key(fname, "staff", 1, keys)


# ---------------------------------------------------------------------------
# FILE 4: Eastfield clinical engineering / medical devices projects log,
# exported from a PDF report into Excel then saved as "CSV UTF-8" (BOM).
# Cells are broken with line feeds where the PDF wrapped; one row split
# across a page break; the page header repeated; page footers.
# ---------------------------------------------------------------------------
def file4():
    fname = "MPCE_projects_log_from_PDF.csv"
    E = "@eastfield.nhs.uk"
    header = ["Ref No", "Project\ntitle", "What it does", "Section", "Project lead", "Lead e-mail",
              "Current\nposition", "Date raised", "Yearly saving\n\u00a3"]
    data = [
        # row 2
        (["CE-001", "Smart infusion pump drug library\nrollout",
          "Loads the agreed drug library onto all\nvolumetric pumps so dose limits are en-\nforced",
          "EBME Workshop", "Karen Oduya (Band 7 Clinical Scientist)", "karen.oduya" + E,
          "BAU \u2013 business as usual since\n2023", "14/03/2021", "\u00a312,000"],
         inn("Smart infusion pump drug library rollout",
             "Loads the agreed drug library onto all volumetric pumps so dose limits are enforced",
             "EBME Workshop", "Karen Oduya", "karen.oduya" + E, "embedded",
             "BAU \u2013 business as usual since 2023", "2021-03-14", "CE-001", 12000)),
        # row 3
        (["CE-002", "Dialysis machine water\ntesting app",
          "Tablet form for the daily chlorine/chloramine checks at the satellite units", "Renal Technical",
          "Mr Ravi Chandran", "", "PDSA cycle 2", "Jun-22", "TBC"],
         inn("Dialysis machine water testing app",
             "Tablet form for the daily chlorine/chloramine checks at the satellite units", "Renal Technical",
             "Ravi Chandran", None, "testing", "PDSA cycle 2", "2022-06-01", "CE-002", None)),
        # row 4
        (["CE-003", "Bed rental reduction",
          "Track hired-in pressure mattresses with RFID tags so they go back to the supplier on",
          "EBME Workshop", "Hill, Jonathan", "jonathan.hill" + E, "Evaluation done \u2013 report on\nintranet",
          "2022", "c. \u00a335k"],
         inn("Bed rental reduction",
             "Track hired-in pressure mattresses with RFID tags so they go back to the supplier on time and we stop paying rental",
             "EBME Workshop", "Jonathan Hill", "jonathan.hill" + E, "evaluated",
             "Evaluation done \u2013 report on intranet", "2022-01-01", "CE-003", 35000)),
        # row 5: rest of row 4's description, split by the PDF
        (["", "", "time and we stop paying rental", "", "", "", "", "", ""],
         bad("continuation of row 4 (cell split by PDF export)")),
        # row 6
        (["CE-004", "3D-printed splints for\nhand therapy",
          "Scan-and-print alternative to hand-made thermoplastic hand splints", "Rehabilitation Engineering",
          "Dr Ifeoma Nwachukwu / Lee Garside", "i.nwachukwu" + E, "Trial with 10 patients", "09/01/2024",
          "\u00a3500 a month"],
         inn("3D-printed splints for hand therapy",
             "Scan-and-print alternative to hand-made thermoplastic hand splints", "Rehabilitation Engineering",
             "Ifeoma Nwachukwu", "i.nwachukwu" + E, "testing", "Trial with 10 patients", "2024-01-09",
             "CE-004", 6000)),
        # row 7
        (["CE-005", "Ventilator humidifier chamber\nreuse", "Reprocess humidifier chambers instead of single use",
          "Critical Care Equipment", "Alan Pritchard", "", "scrapped \u2013 infection control said no", "2021", "n/a"],
         inn("Ventilator humidifier chamber reuse", "Reprocess humidifier chambers instead of single use",
             "Critical Care Equipment", "Alan Pritchard", None, "stopped",
             "scrapped \u2013 infection control said no", "2021-01-01", "CE-005", None)),
        # row 8
        (["Page 1 of 2", "", "", "", "", "", "", "", ""], bad("notes row (PDF page footer)")),
        # row 9
        (list(header), bad("repeated header row (PDF page 2)")),
        # row 10: page-break overlap repeats CE-005
        (["CE-005", "Ventilator humidifier chamber\nreuse", "Reprocess humidifier chambers instead of single use",
          "Critical Care Equipment", "Alan Pritchard", "", "scrapped \u2013 infection control said no", "2021", "n/a"],
         bad("duplicate of row 7")),
        # row 11
        (["CE-006", "Equipment library for\ncommunity nursing",
          "Central loan pool for syringe drivers and pumps so district nurses don\u2019t keep their own stock",
          "Equipment Library", "Sandra Whyte <sandra.whyte" + E + ">", "", "Live \u2013 3 community teams\nusing it",
          "Mar-23", "\u00a322k"],
         inn("Equipment library for community nursing",
             "Central loan pool for syringe drivers and pumps so district nurses don\u2019t keep their own stock",
             "Equipment Library", "Sandra Whyte", "sandra.whyte" + E, "implemented",
             "Live \u2013 3 community teams using it", "2023-03-01", "CE-006", 22000)),
        # row 12
        (["CE-007", "Defib pads expiry\ntracker",
          "Barcode scan of resus trolley pads with e-mail alerts 30 days before expiry", "EBME Workshop",
          "Karen Oduya", "karen.oduya" + E, "Adopted by Northbrook and St Anne\u2019s trusts", "2020", ""],
         inn("Defib pads expiry tracker",
             "Barcode scan of resus trolley pads with e-mail alerts 30 days before expiry", "EBME Workshop",
             "Karen Oduya", "karen.oduya" + E, "spreading", "Adopted by Northbrook and St Anne\u2019s trusts",
             "2020-01-01", "CE-007", None)),
        # row 13
        (["CE-008", "MRI-safe equipment\nlabelling",
          "Standard MR Safe / Conditional / Unsafe labels on all kit entering Zone 4", "Medical Physics \u2013 MRI",
          "Prof. Gwen Ellery", "gwen.ellery" + E, "On hold \u2013 waiting for\nMRI replacement", "12/05/2023", "n/a"],
         inn("MRI-safe equipment labelling",
             "Standard MR Safe / Conditional / Unsafe labels on all kit entering Zone 4", "Medical Physics \u2013 MRI",
             "Gwen Ellery", "gwen.ellery" + E, "paused", "On hold \u2013 waiting for MRI replacement",
             "2023-05-12", "CE-008", None)),
        # row 14
        (["CE-009", "BATTERY SWAP PROGRAMME FOR\nSYRINGE DRIVERS",
          "PLANNED REPLACEMENT OF BATTERIES AT 2 YEARS INSTEAD OF ON FAILURE", "EBME WORKSHOP", "TONY MARSDEN", "",
          "IDEA \u2013 TO DISCUSS AT\nDEPT MEETING", "", "TBC"],
         inn("BATTERY SWAP PROGRAMME FOR SYRINGE DRIVERS",
             "PLANNED REPLACEMENT OF BATTERIES AT 2 YEARS INSTEAD OF ON FAILURE", "EBME WORKSHOP", "TONY MARSDEN",
             None, "idea", "IDEA \u2013 TO DISCUSS AT DEPT MEETING", None, "CE-009", None)),
        # row 15
        (["CE-010", "Tele-monitoring of\nhome dialysis machines",
          "Remote alarm logs from home HD machines sent to the renal tech team", "Renal Technical",
          "Chandran, Ravi", "ravi.chandran" + E, "Bid submitted \u2013 Trust\ncharity small grants", "Nov-24",
          "\u00a38,500"],
         inn("Tele-monitoring of home dialysis machines",
             "Remote alarm logs from home HD machines sent to the renal tech team", "Renal Technical",
             "Ravi Chandran", "ravi.chandran" + E, "planning", "Bid submitted \u2013 Trust charity small grants",
             "2024-11-01", "CE-010", 8500)),
        # row 16
        (["CE-011", "Medical device training\npassport",
          "Single record of device competencies for nursing staff, linked to ESR", "Clinical Engineering Training",
          "Bethan Lloyd (Band 6 device trainer)", "bethan.lloyd" + E, "Live in ED and AMU", "05/02/2024", ""],
         inn("Medical device training passport",
             "Single record of device competencies for nursing staff, linked to ESR", "Clinical Engineering Training",
             "Bethan Lloyd", "bethan.lloyd" + E, "implemented", "Live in ED and AMU", "2024-02-05", "CE-011", None)),
        # row 17
        (["CE-012", "Reuse of single-patient",
          "Clean and refurbish single-patient-use pulse oximeter probes through an approved reprocessor",
          "EBME Workshop", "Mr Alan Pritchard", "alan.pritchard" + E,
          "Evaluated \u2013 saving confirmed, report to\nMDSG", "2023", "\u00a314,300"],
         inn("Reuse of single-patient pulse oximeter probes",
             "Clean and refurbish single-patient-use pulse oximeter probes through an approved reprocessor",
             "EBME Workshop", "Alan Pritchard", "alan.pritchard" + E, "evaluated",
             "Evaluated \u2013 saving confirmed, report to MDSG", "2023-01-01", "CE-012", 14300)),
        # row 18
        (["", "pulse oximeter probes", "", "", "", "", "", "", ""],
         bad("continuation of row 17 (cell split by PDF export)")),
        # row 19
        (["CE-013", "Theatre equipment\ntracking (RTLS)", "Real-time location tags on theatre kit so it can be found quickly",
          "Theatres Equipment", "Mei Ling Chow", "meiling.chow" + E, "Business case being\nwritten", "Jan-25",
          "c. \u00a340k"],
         inn("Theatre equipment tracking (RTLS)", "Real-time location tags on theatre kit so it can be found quickly",
             "Theatres Equipment", "Mei Ling Chow", "meiling.chow" + E, "planning", "Business case being written",
             "2025-01-01", "CE-013", 40000)),
        # row 20
        (["CE-014", "Ultrasound probe\ncrack testing", "In-house probe leak/crack tester instead of sending probes away",
          "Medical Physics \u2013 Ultrasound", "Dr Sam Whitfield", "", "working well, now part of\nroutine PPM",
          "2019", "\u00a39k"],
         inn("Ultrasound probe crack testing", "In-house probe leak/crack tester instead of sending probes away",
             "Medical Physics \u2013 Ultrasound", "Sam Whitfield", None, "embedded",
             "working well, now part of routine PPM", "2019-01-01", "CE-014", 9000)),
        # row 21
        (["", "Total yearly saving identified", "", "", "", "", "", "", "\u00a3152,300"], bad("total row")),
        # row 22
        ([""] * 9, bad("blank row")),
        # row 23
        (["Page 2 of 2", "", "", "", "", "", "", "", ""], bad("notes row (PDF page footer)")),
    ]
    keys = write_delimited(fname, header, data, "utf-8", bom=True)
    write_key(fname, "innovations", 1, keys)


# ---------------------------------------------------------------------------
# FILE 5: Pennine & Dales Health Innovation Network - adoption & spread
# register (one row per adopting site). xlsx, two sheets.
# ---------------------------------------------------------------------------
def file5():
    fname = "PDHIN_adoption_spread_register.xlsx"
    E = "@pdhin.nhs.uk"
    header = ["Innov. ref", "Innovation", "What is it?", "Programme / workstream", "Adopting organisation",
              "Site / PCN", "Where it\u2019s got to", "Go-live", "HIN lead", "Lead\u2019s e-mail",
              "Cash-releasing saving (\u00a3 p.a.)", "Comments"]
    FENO = ("PDHIN-014", "FeNO testing in primary care",
            "Fractional exhaled nitric oxide test to confirm asthma diagnosis in GP practices", "Respiratory")
    BP = ("PDHIN-021", "BP@home remote monitoring",
          "Blood pressure monitors lent to people with hypertension; readings submitted online to the practice",
          "CVD prevention")
    HUD = ("PDHIN-033", "Safety huddles in care homes",
           "Daily 10-minute huddle tool for care home staff to spot deterioration early (RESTORE2)",
           "Patient Safety Collaborative")
    ECG = ("PDHIN-030", "Mobile ECG for AF detection",
           "Handheld single-lead ECG devices used in flu clinics and community pharmacies to pick up atrial fibrillation",
           "CVD prevention")
    rows = [
        # row 5
        (list(FENO) + ["Calder & Holme ICB", "Calderbrook PCN", "Live \u2013 2 practices", D(2023, 3, 13),
                       "Dr Amira Haddad", "amira.haddad" + E, "\u00a34,800", "first site"],
         inn(FENO[1], FENO[2], FENO[3], "Amira Haddad", "amira.haddad" + E, "spreading",
             "Live \u2013 2 practices", "2023-03-13", FENO[0], 4800)),
        # row 6
        (list(FENO) + ["Calder & Holme ICB", "Holme Valley PCN", "live", "Sep-23", "Amira Haddad",
                       "amira.haddad" + E, "\u00a33,100", None],
         bad("duplicate of row 5 (same innovation, another adopting site)")),
        # row 7
        (list(BP) + ["Calder & Holme ICB", "Calderbrook PCN", "BAU now", "2022", "Hussain, Imran",
                     "imran.hussain" + E, "12k", None],
         inn(BP[1], BP[2], BP[3], "Imran Hussain", "imran.hussain" + E, "spreading", "BAU now", "2022-01-01",
             BP[0], 12000)),
        # row 8
        (list(FENO) + ["Airedale & Craven ICP", "Airedale North PCN", "Training booked", "Jan-24", "Amira Haddad",
                       None, "TBC", "devices on order"],
         bad("duplicate of row 5 (same innovation, another adopting site)")),
        # row 9
        ([None] * 12, bad("blank row")),
        # row 10
        (list(BP) + ["Wharfe Valley PCN", "Otley & Pool practices", "live on 3 practices", D(2023, 11, 6),
                     "Imran Hussain", "imran.hussain" + E, "\u00a36,000", None],
         bad("duplicate of row 7 (same innovation, another adopting site)")),
        # row 11
        (["PDHIN-025", "ADHD objective assessment (QbCheck)",
          "Online objective ADHD test for children\u2019s services to shorten diagnosis waits", "Mental health / CYP",
          "Dales Community Health NHS Trust", "Harrogate CAMHS", "Pilot \u2013 PDSA cycle 2", D(2024, 4, 22),
          "Jo Featherstone (Band 7 programme manager)", None, "TBC", None],
         inn("ADHD objective assessment (QbCheck)",
             "Online objective ADHD test for children\u2019s services to shorten diagnosis waits",
             "Mental health / CYP", "Jo Featherstone", None, "testing", "Pilot \u2013 PDSA cycle 2", "2024-04-22",
             "PDHIN-025", None)),
        # row 12
        (["TEST", "TEST \u2013 do not use", "checking the drop-down", None, None, None, "Live", None, None, None,
          None, None], bad("test row")),
        # row 13
        (list(ECG) + ["Pennine Community Pharmacy Group", "12 pharmacies", "Evaluation complete \u2013 report on website",
                      "2021", "Dr Amira Haddad", None, "n/a", "see evaluation report Nov 22"],
         inn(ECG[1], ECG[2], ECG[3], "Amira Haddad", None, "evaluated", "Evaluation complete \u2013 report on website",
             "2021-01-01", ECG[0], None)),
        # row 14
        (list(HUD) + ["Independent care homes", "Ashgrove Care Home, Halifax", "Rolled out \u2013 huddles daily",
                      "Oct-22", "Gemma Royle <gemma.royle" + E + ">", None, "\u00a32,000", None],
         inn(HUD[1], HUD[2], HUD[3], "Gemma Royle", "gemma.royle" + E, "spreading", "Rolled out \u2013 huddles daily",
             "2022-10-01", HUD[0], 2000)),
        # row 15
        (list(HUD) + ["Independent care homes", "Moorview Lodge", "withdrew \u2013 manager left", "Jan-23",
                      "Gemma Royle", None, None, None],
         bad("duplicate of row 14 (same innovation, another adopting site)")),
        # row 16
        (list(HUD) + ["Independent care homes", "Beech House, Keighley", "live", D(2023, 5, 2), "Gemma Royle",
                      "gemma.royle" + E, "\u00a32,000", None],
         bad("duplicate of row 14 (same innovation, another adopting site)")),
        # row 17
        (["PDHIN-036", "Digital wound care app", "Smartphone wound photos measured automatically and shared with the tissue viability team",
          "Community services", "Calder Community NHS Trust", "District nursing \u2013 South", "Bid submitted \u2013 awaiting outcome",
          "03/07/2024", "Ms Lauren Pickles / Dev Sharma", "lauren.pickles" + E, "\u00a331,000", None],
         inn("Digital wound care app",
             "Smartphone wound photos measured automatically and shared with the tissue viability team",
             "Community services", "Lauren Pickles", "lauren.pickles" + E, "planning",
             "Bid submitted \u2013 awaiting outcome", "2024-07-03", "PDHIN-036", 31000)),
        # row 18
        (["Rows below added from the 2025/26 pipeline spreadsheet (LP, April 2026)"] + [None] * 11,
         bad("notes row")),
        # row 19
        (["PDHIN-040", "Virtual fracture clinic", "Minor fractures managed by phone/video review instead of a face-to-face clinic",
          "Elective recovery", "Airedale & Craven Hospitals NHS FT", "Orthopaedics",
          "Withdrawn \u2013 site chose another supplier", "Feb-25", "Okafor, Daniel", "daniel.okafor" + E, "n/a", None],
         inn("Virtual fracture clinic",
             "Minor fractures managed by phone/video review instead of a face-to-face clinic", "Elective recovery",
             "Daniel Okafor", "daniel.okafor" + E, "stopped", "Withdrawn \u2013 site chose another supplier",
             "2025-02-01", "PDHIN-040", None)),
        # row 20
        (["PDHIN-042", "SOCIAL PRESCRIBING E-REFERRAL", "ELECTRONIC REFERRAL FROM GP SYSTEMS TO LINK WORKERS",
          "COMMUNITY", "CALDER & HOLME ICB", "TBC", "EXPRESSION OF INTEREST ONLY", None, "MARK ELLISON", None, "TBC",
          None],
         inn("SOCIAL PRESCRIBING E-REFERRAL", "ELECTRONIC REFERRAL FROM GP SYSTEMS TO LINK WORKERS", "COMMUNITY",
             "MARK ELLISON", None, "idea", "EXPRESSION OF INTEREST ONLY", None, "PDHIN-042", None)),
        # row 21
        (["PDHIN-028", "Pharmacy blood pressure check referral",
          "GP practices refer patients to community pharmacy for BP checks", "CVD prevention",
          "Pennine Community Pharmacy Group", "All branches", "Paused \u2013 contract renegotiation", "2023",
          "Imran Hussain", "imran.hussain" + E, None, None],
         inn("Pharmacy blood pressure check referral", "GP practices refer patients to community pharmacy for BP checks",
             "CVD prevention", "Imran Hussain", "imran.hussain" + E, "paused", "Paused \u2013 contract renegotiation",
             "2023-01-01", "PDHIN-028", None)),
        # row 22: same adoption entered again by someone else
        (["PDHIN-030a", "Mobile ECG for AF detection ", "Handheld ECG in pharmacies", "CVD prevention",
          "Pennine Community Pharmacy Group", "12 pharmacies", "Evaluated", "2021", "Amira Haddad",
          "amira.haddad" + E, None, "dup? AH to check"], bad("duplicate of row 13")),
        # row 23
        (["PDHIN-045", "Strength & balance video library",
          "Online falls-prevention exercise videos prescribed by the falls team", "Ageing well",
          "Calder Community NHS Trust", "Falls Prevention Team", "Live \u2013 in use by the falls team",
          D(2025, 6, 2), "Kirsty Dunn", "kirsty.dunn" + E, "\u00a30", None],
         inn("Strength & balance video library",
             "Online falls-prevention exercise videos prescribed by the falls team", "Ageing well", "Kirsty Dunn",
             "kirsty.dunn" + E, "implemented", "Live \u2013 in use by the falls team", "2025-06-02", "PDHIN-045", 0)),
        # row 24
        (["PDHIN-044", "Low-carbon inhaler switch", "Practice searches and reviews to move suitable patients to dry powder inhalers",
          "Greener NHS", "Wharfe Valley PCN", "All 6 practices", "Live in all 6 practices", "Mar-25",
          "Priyanka Desai", None, "\u00a31,200", None],
         inn("Low-carbon inhaler switch",
             "Practice searches and reviews to move suitable patients to dry powder inhalers", "Greener NHS",
             "Priyanka Desai", None, "implemented", "Live in all 6 practices", "2025-03-01", "PDHIN-044", 1200)),
        # row 25
        (["PDHIN-046", "Sepsis screening at ambulance handover", "Paramedics complete a sepsis screen that the ED triage nurse receives on handover",
          "Patient Safety Collaborative", "Yorkshire Dales Ambulance Service NHS Trust", "Skipton & Settle stations",
          "PDSA cycle 1 on 2 stations", "2025", "Tom Beresford", "tom.beresford" + E, "TBC", None],
         inn("Sepsis screening at ambulance handover",
             "Paramedics complete a sepsis screen that the ED triage nurse receives on handover",
             "Patient Safety Collaborative", "Tom Beresford", "tom.beresford" + E, "testing",
             "PDSA cycle 1 on 2 stations", "2025-01-01", "PDHIN-046", None)),
        # row 26
        ([None] * 12, bad("blank row")),
        # row 27
        ([None, "No. of adoptions", "=COUNTA(B5:B25)-3", None, None, None, None, None, None, None,
          "=SUM(K5:K25)", "(excl. test/notes)"], bad("total row")),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Adoption register"
    ws["A1"] = "Pennine & Dales Health Innovation Network \u2013 Adoption & Spread Register 2022\u201326"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Owner: Adoption team (PDHIN). Please don\u2019t sort without selecting ALL columns!"
    ws["A2"].font = Font(italic=True, color="C00000")
    for rng, label in [("A3:D3", "INNOVATION"), ("E3:H3", "ADOPTING SITE"), ("I3:J3", "HIN CONTACT"),
                       ("K3:L3", "VALUE / NOTES")]:
        ws.merge_cells(rng)
        c = ws[rng.split(":")[0]]
        c.value = label
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center")
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    for j, h in enumerate(header, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True)
    keys = []
    for i, (cells, key) in enumerate(rows):
        r = 5 + i
        for j, v in enumerate(cells, 1):
            if v is None:
                continue
            c = ws.cell(row=r, column=j, value=v)
            if isinstance(v, D):
                c.number_format = "mmm-yy" if j == 8 and v.day == 1 else "DD/MM/YYYY"
        keys.append((r, key))
    ws.freeze_panes = "C5"
    for j, w in enumerate([11, 34, 55, 24, 34, 26, 34, 11, 30, 30, 16, 24], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    lk = wb.create_sheet("Lookups")
    lk.append(["Status options (not enforced)", "Workstreams"])
    for a, b in [("Expression of interest", "Respiratory"), ("Planning", "CVD prevention"),
                 ("Pilot", "Patient Safety Collaborative"), ("Live", "Mental health / CYP"),
                 ("BAU", "Community services"), ("Paused", "Elective recovery"), ("Withdrawn", "Greener NHS"),
                 (None, "Ageing well")]:
        lk.append([a, b])
    wb.save(os.path.join(OUT, fname))
    write_key(fname, "innovations", 4, keys, sheet="Adoption register")


FILES = [file1, file2, file3, file4, file5]

if __name__ == "__main__":
    for f in FILES:
        f()
    print("written:", len(FILES), "files")
