#!/usr/bin/env python3
"""Regenerates every file in this folder and its answer key.

All rows are held literally below.  Each data row is (cells, key) where key is
G(expected) for a good row or B(reason) for a bad one.  Reasons may contain
"{row:LABEL}" which is resolved to the Excel row number of the row labelled LABEL.
"""
import csv
import datetime as dt
import io
import json
import os
import re

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.date


def G(expected, label=None):
    return {"good": True, "expected": expected, "label": label}


def B(reason, label=None):
    return {"good": False, "reason": reason, "label": label}


def inn(title, summary, department, lead, email, stage, status_text, started, ref, savings):
    d = {
        "title": title,
        "summary": summary,
        "department": department,
        "lead": None if lead is None else {"name": lead, "email": email},
        "stage": stage,
        "status_text": status_text,
    }
    if started is not None:
        d["started"] = started
    d["ref"] = ref
    d["savings_gbp"] = savings
    return d


def st(given, family, email, job, dept, expertise, willing, left=False, left_on=None):
    d = {
        "name": f"{given} {family}",
        "given_name": given,
        "family_name": family,
        "email": email,
        "job_title": job,
        "department": dept,
        "expertise": expertise,
        "willing_to_text": willing,
    }
    if left:
        d["employment_status"] = "left"
        if left_on:
            d["left_on"] = left_on
    return d


def finish_key(fname, kind, header_row, numbered, sheet=None):
    """numbered: list of (excel_row, key)."""
    labels = {k["label"]: r for r, k in numbered if k.get("label")}
    rows = {}
    for r, k in numbered:
        if k["good"]:
            rows[str(r)] = {"good": True, "expected": k["expected"]}
        else:
            reason = re.sub(r"\{row:([^}]+)\}", lambda m: str(labels[m.group(1)]), k["reason"])
            rows[str(r)] = {"good": False, "reason": reason}
    out = {"file": fname, "kind": kind, "header_row": header_row}
    if sheet:
        out["sheet"] = sheet
    out["rows"] = rows
    with open(os.path.join(HERE, fname + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
        f.write("\n")


def write_delimited(fname, header, data, encoding, delimiter):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for cells, _ in data:
        cells = list(cells) + [""] * (len(header) - len(cells))
        w.writerow(["" if c is None else c for c in cells])
    text = buf.getvalue()
    path = os.path.join(HERE, fname)
    if encoding == "utf-16":
        raw = b"\xff\xfe" + text.encode("utf-16-le")
    elif encoding == "utf-8-sig":
        raw = text.encode("utf-8-sig")
    else:
        raw = text.encode(encoding)
    with open(path, "wb") as f:
        f.write(raw)
    return [(i + 2, k) for i, (_, k) in enumerate(data)]


# ---------------------------------------------------------------------------
# FILE 1 - North Mercia Pathology Network: laboratory improvement log (xlsx)
#   title rows, stage-number legend above the header, merged header groups,
#   frozen panes, blank rows, TEST row, notes row, duplicate under a new ref,
#   total row with formulas.
# ---------------------------------------------------------------------------
F1 = "NMPN_lab_improvement_log_2021-24.xlsx"
F1_HEADER = ["Log no.", "Date logged", "Lab / discipline", "Improvement", "What it involves",
             "Proposed by", "Email", "Stage (see key)", "Update / comments",
             "Est. saving £ p.a.", "Funding source"]
E = "@nmpn.nhs.uk"
F1_ROWS = [
    (["PN-001", D(2021, 3, 15), "Blood Sciences (RSH)", "Auto-verification of routine U&Es",
      "LIMS rules auto-release normal U&E and LFT results without BMS review; exceptions still go to the validation queue",
      "Dr Priya Ramanathan (Consultant Clinical Scientist)", "priya.ramanathan" + E, 5,
      "Live at RSH since Nov-21, PRH and Telford copied it in 2023", "£18,000", "Network capital"],
     G(inn("Auto-verification of routine U&Es",
           "LIMS rules auto-release normal U&E and LFT results without BMS review; exceptions still go to the validation queue",
           "Blood Sciences (RSH)", "Priya Ramanathan", "priya.ramanathan" + E, "spreading", "5",
           "2021-03-15", "PN-001", 18000), label="autover")),
    (["PN-002", "Mar-21", "Microbiology", "Electronic requesting for MRSA screens",
      "Move MRSA screen requests from paper forms to ICE order comms", "Hughes, Gareth", None, 4,
      "live on ICE, all adult wards", "c. £3k", None],
     G(inn("Electronic requesting for MRSA screens",
           "Move MRSA screen requests from paper forms to ICE order comms", "Microbiology",
           "Gareth Hughes", None, "implemented", "4", "2021-03-01", "PN-002", 3000))),
    (["PN-003", D(2021, 5, 4), "Cellular Pathology", "Barcode tracking of cassettes & blocks",
      "2D barcodes on cassettes scanned at grossing, processing and embedding so we always know where a block is",
      "Mrs Ann-Marie O’Keefe (Band 7 BMS)", "a.okeefe" + E, 2,
      "business case to capital panel Jan 22", "TBC", "Capital bid"],
     G(inn("Barcode tracking of cassettes & blocks",
           "2D barcodes on cassettes scanned at grossing, processing and embedding so we always know where a block is",
           "Cellular Pathology", "Ann-Marie O’Keefe", "a.okeefe" + E, "planning", "2",
           "2021-05-04", "PN-003", None))),
    ([], B("blank row")),
    (["PN-004", "2021", "Blood Transfusion", "Remote-issue blood fridge at Telford", None,
      "Tom Ashworth / Lucy Brennan", "tom.ashworth" + E, 3, "validation runs – 2 of 3 done",
      "£500 a month", None],
     G(inn("Remote-issue blood fridge at Telford", None, "Blood Transfusion", "Tom Ashworth",
           "tom.ashworth" + E, "testing", "3", "2021-01-01", "PN-004", 6000))),
    (["TEST", None, None, "test row – please ignore", "test", "test", None, 1],
     B("test row")),
    (["PN-005", D(2022, 1, 10), "Haematology", "Digital morphology for blood films",
      "Analyser pre-classifies cells so films can be reviewed on screen, including films from the other sites",
      "Dr Marek Nowak", "marek.nowak" + E, "P", "on hold – waiting for network LIMS go-live",
      "£22k", None],
     G(inn("Digital morphology for blood films",
           "Analyser pre-classifies cells so films can be reviewed on screen, including films from the other sites",
           "Haematology", "Marek Nowak", "marek.nowak" + E, "paused", "P", "2022-01-10",
           "PN-005", 22000))),
    (["PN-006", "03/02/2022", "Microbiology", "MALDI-TOF identification of yeasts",
      "Extend MALDI-TOF to yeast ID instead of biochemical strips – results about 24h sooner",
      "Siân Pritchard (Band 6 BMS)", None, "3 - PDSA 2", "second verification batch running",
      "£6,400", None],
     G(inn("MALDI-TOF identification of yeasts",
           "Extend MALDI-TOF to yeast ID instead of biochemical strips – results about 24h sooner",
           "Microbiology", "Siân Pritchard", None, "testing", "3 - PDSA 2", "2022-02-03",
           "PN-006", 6400))),
    (["PN-007", D(2022, 4, 25), "Point of Care Testing", "POCT HbA1c in community diabetes clinics",
      "Finger-prick HbA1c analysers in clinic so the result is there at the appointment",
      "Dr Rajesh Patel", "rajesh.patel" + E, 4, "live in 3 clinics", "n/a", "Diabetes network"],
     G(inn("POCT HbA1c in community diabetes clinics",
           "Finger-prick HbA1c analysers in clinic so the result is there at the appointment",
           "Point of Care Testing", "Rajesh Patel", "rajesh.patel" + E, "implemented", "4",
           "2022-04-25", "PN-007", None))),
    (["PN-008", "Jun-22", "Specimen Reception", "Tracked pods on the pneumatic tube",
      "RFID tags in pods so lost samples can be found", "Julie Marsh", None, "X",
      "scrapped – estates couldn't support the readers", "nil", None],
     G(inn("Tracked pods on the pneumatic tube", "RFID tags in pods so lost samples can be found",
           "Specimen Reception", "Julie Marsh", None, "stopped", "X", "2022-06-01", "PN-008", 0))),
    (["PN-009", D(2022, 9, 1), "Blood Sciences (PRH)", "Add-on tests requested through ICE",
      "Clinicians add tests to samples already in the lab via ICE instead of phoning",
      "Kate Lowe <kate.lowe@nmpn.nhs.uk>", None, 5, "rolled out across all 3 labs", "12k", None],
     G(inn("Add-on tests requested through ICE",
           "Clinicians add tests to samples already in the lab via ICE instead of phoning",
           "Blood Sciences (PRH)", "Kate Lowe", "kate.lowe" + E, "spreading", "5", "2022-09-01",
           "PN-009", 12000))),
    (["PN-010", "2023", "Cellular Pathology", "Digital pathology – remote reporting",
      "Scan slides so histopathologists can report from any site or from home",
      "Prof Helen Achterberg", "h.achterberg" + E, 2, "bid submitted to Cancer Alliance",
      "£40,000", "Cancer Alliance (bid)"],
     G(inn("Digital pathology – remote reporting",
           "Scan slides so histopathologists can report from any site or from home",
           "Cellular Pathology", "Helen Achterberg", "h.achterberg" + E, "planning", "2",
           "2023-01-01", "PN-010", 40000))),
    (["Rows below added by Blood Sciences team (KL) after the Oct 2023 away day"],
     B("notes row")),
    (["PN-011", D(2023, 10, 12), "Blood Sciences (RSH)", "Minimum retest interval for vitamin D",
      "ICE blocks a repeat vitamin D within 3 months unless the requester gives a reason",
      "Kate Lowe", "kate.lowe" + E, 4, "live – rejection comment added to report", "£9,500", None],
     G(inn("Minimum retest interval for vitamin D",
           "ICE blocks a repeat vitamin D within 3 months unless the requester gives a reason",
           "Blood Sciences (RSH)", "Kate Lowe", "kate.lowe" + E, "implemented", "4", "2023-10-12",
           "PN-011", 9500))),
    (["PN-012", D(2023, 10, 12), "Blood Sciences", "Autoverification of U&Es",
      "auto-release of normal U&Es", "Priya Ramanathan", "priya.ramanathan" + E, 4,
      "(already on log? – check)", "£18,000", None],
     B("duplicate of row {row:autover}")),
    (["PN-013", D(2023, 10, 20), "Haematology", "Consolidate coagulation reagents to one supplier",
      "Same reagent lots in all three labs so QC and reference ranges match",
      "Ravi Chandran", "ravi.chandran" + E, 1, "idea from away day", "TBC", None],
     G(inn("Consolidate coagulation reagents to one supplier",
           "Same reagent lots in all three labs so QC and reference ranges match", "Haematology",
           "Ravi Chandran", "ravi.chandran" + E, "idea", "1", "2023-10-20", "PN-013", None))),
    (["PN-014", D(2023, 11, 6), "Specimen Reception", "Green bags for urgent samples",
      "Urgent samples travel in green bags and are booked in first",
      "Julie Marsh (Reception Manager)", "julie.marsh" + E, 6,
      "in SOP now, audit shows 95% compliance", "n/a", None],
     G(inn("Green bags for urgent samples", "Urgent samples travel in green bags and are booked in first",
           "Specimen Reception", "Julie Marsh", "julie.marsh" + E, "embedded", "6", "2023-11-06",
           "PN-014", None))),
    (["PN-015", "Jan-24", "Microbiology", "Automated urine screening by flow cytometry",
      "Flow cytometry screens out negative urines so only likely positives are cultured",
      "Gareth Hughes", "gareth.hughes" + E, 3, "trial on RSH urines only", "£14k", None],
     G(inn("Automated urine screening by flow cytometry",
           "Flow cytometry screens out negative urines so only likely positives are cultured",
           "Microbiology", "Gareth Hughes", "gareth.hughes" + E, "testing", "3", "2024-01-01",
           "PN-015", 14000))),
    (["PN-016", None, "Immunology", "Clinical scientist triage of allergy requests", None,
      "Dr Fatima Idrissi", None, 1, None, None, None],
     G(inn("Clinical scientist triage of allergy requests", None, "Immunology", "Fatima Idrissi",
           None, "idea", "1", None, "PN-016", None))),
    ([], B("blank row")),
    (["Total logged", "=COUNTIF(A7:A25,\"PN-*\")", None, None, None, None, None, None, None,
      "=SUM(J7:J25)"],
     B("total row")),
]


def make_f1():
    wb = Workbook()
    ws = wb.active
    ws.title = "Log"
    bold = Font(bold=True)
    ws["A1"] = "North Mercia Pathology Network – Laboratory Improvement & Innovation Log"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Owner: Network Quality Team (Blood Sciences / Cell Path / Micro).  Last updated 14/11/2024 by RP"
    ws.merge_cells("A2:K2")
    legend = ["Stage key:", "1 = Idea", "2 = Planning / approval / kit on order", "3 = Trial / verification",
              "4 = Live in lab", "5 = Spread to other network labs", "6 = BAU (in SOPs)", "P = paused",
              "X = stopped"]
    for i, v in enumerate(legend):
        c = ws.cell(row=3, column=i + 1, value=v)
        c.font = Font(italic=True)
    groups = [("A5:E5", "THE IDEA"), ("F5:G5", "WHO"), ("H5:I5", "WHERE IT'S AT"), ("J5:K5", "£ MONEY")]
    fill = PatternFill("solid", fgColor="DDEBF7")
    for rng, text in groups:
        ws[rng.split(":")[0]] = text
        ws[rng.split(":")[0]].font = bold
        ws[rng.split(":")[0]].alignment = Alignment(horizontal="center")
        ws.merge_cells(rng)
    header_row = 6
    for i, h in enumerate(F1_HEADER):
        c = ws.cell(row=header_row, column=i + 1, value=h)
        c.font = bold
        c.fill = fill
    ws.freeze_panes = "A7"
    numbered = []
    r = header_row + 1
    for cells, key in F1_ROWS:
        for i, v in enumerate(cells):
            if v is None:
                continue
            c = ws.cell(row=r, column=i + 1, value=v)
            if isinstance(v, dt.date):
                c.number_format = "DD/MM/YYYY"
            if isinstance(v, str) and len(v) > 40:
                c.alignment = Alignment(wrap_text=True, vertical="top")
        numbered.append((r, key))
        r += 1
    widths = [9, 12, 20, 36, 50, 34, 28, 10, 40, 14, 18]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(os.path.join(HERE, F1))
    finish_key(F1, "innovations", header_row, numbered)


# ---------------------------------------------------------------------------
# FILE 2 - Fenland & Ouse Hospitals NHSFT (RF4) Research & Development Office:
#   ESR-style staff extract saved as Excel "Unicode Text" (UTF-16 LE, TAB).
#   Position = assignment number + title; "Surname, Title Forename" names;
#   second assignment for the same person; leavers via assignment status;
#   maternity leave; vacant post; ESR test record; footer line.
# ---------------------------------------------------------------------------
F2 = "RnD_Office_ESR_staff_extract_Nov2024.txt"
F2_HEADER = ["Employee Number", "Employee Name", "Position", "Organisation", "Assignment Status",
             "Work E-mail Address", "Research interests / expertise",
             "Happy to support colleagues with…", "Termination Date"]
E2 = "@fenlandouse.nhs.uk"
F2_ROWS = [
    (["10293847", "Okafor, Miss Chioma", "21034567 Senior Research Nurse", "R&D Clinical Research Facility",
      "Active Assignment", "chioma.okafor" + E2, "Oncology trials; phlebotomy & sample processing; GCP",
      "Happy to teach venepuncture for research bloods", ""],
     G(st("Chioma", "Okafor", "chioma.okafor" + E2, "Senior Research Nurse", "R&D Clinical Research Facility",
          ["Oncology trials", "phlebotomy & sample processing", "GCP"],
          "Happy to teach venepuncture for research bloods"), label="okafor")),
    (["10488120", "Whitlock, Dr James", "21034601 Research Delivery Manager", "R&D Office",
      "Active Assignment", "james.whitlock" + E2, "Portfolio management, study feasibility and EDGE",
      "Can offer 1:1 help with costing studies (iCT)", ""],
     G(st("James", "Whitlock", "james.whitlock" + E2, "Research Delivery Manager", "R&D Office",
          ["Portfolio management", "study feasibility", "EDGE"],
          "Can offer 1:1 help with costing studies (iCT)"))),
    (["10533982", "Kowalczyk, Mrs Agnieszka", "21034622 Research Governance Facilitator",
      "R&D Governance & Sponsorship", "Active Assignment", "agnieszka.kowalczyk" + E2,
      "Sponsorship, HRA/IRAS submissions, Amendments\nSpeaks Polish",
      "Willing to review IRAS forms before submission", ""],
     G(st("Agnieszka", "Kowalczyk", "agnieszka.kowalczyk" + E2, "Research Governance Facilitator",
          "R&D Governance & Sponsorship", ["Sponsorship", "HRA/IRAS submissions", "Amendments"],
          "Willing to review IRAS forms before submission"))),
    (["10602215", "Bamidele, Mr Oluwaseun", "21034650 Clinical Trials Pharmacist", "Pharmacy – Clinical Trials",
      "Active Assignment", "oluwaseun.bamidele" + E2,
      "• IMP management\n• Temperature excursions\n• Pharmacy trial set-up", "", ""],
     G(st("Oluwaseun", "Bamidele", "oluwaseun.bamidele" + E2, "Clinical Trials Pharmacist",
          "Pharmacy – Clinical Trials", ["IMP management", "Temperature excursions", "Pharmacy trial set-up"],
          None))),
    ([], B("blank row")),
    (["10677341", "Ferreira, Ms Inês", "21034671 Research Data Coordinator", "R&D Cancer Research Team",
      "Terminate Assignment", "ines.ferreira" + E2, "Data management, CRF design", "", "31-Jul-2024"],
     G(st("Inês", "Ferreira", "ines.ferreira" + E2, "Research Data Coordinator", "R&D Cancer Research Team",
          ["Data management", "CRF design"], None, left=True, left_on="2024-07-31"))),
    (["10712004", "Harrington, Prof Clare", "21034700 Director of Research & Innovation", "R&D Office",
      "Active Assignment", "clare.harrington" + E2,
      "Research strategy & funding; NIHR grant applications; Academic partnerships",
      "Happy to read draft grant applications (give me 4 weeks’ notice!)", ""],
     G(st("Clare", "Harrington", "clare.harrington" + E2, "Director of Research & Innovation", "R&D Office",
          ["Research strategy & funding", "NIHR grant applications", "Academic partnerships"],
          "Happy to read draft grant applications (give me 4 weeks’ notice!)"))),
    (["10733310", "Nguyen, Mr Bao", "21034712 Research Finance Officer", "R&D Office", "Active Assignment",
      "", "Study costings & invoicing, Excess treatment costs", "", ""],
     G(st("Bao", "Nguyen", None, "Research Finance Officer", "R&D Office",
          ["Study costings & invoicing", "Excess treatment costs"], None))),
    (["10293847", "Okafor, Miss Chioma", "21034790 Bank Research Nurse", "R&D Clinical Research Facility",
      "Active Assignment", "chioma.okafor" + E2, "", "", ""],
     B("duplicate of row {row:okafor} (same person, second (bank) assignment)")),
    (["10759901", "Lindqvist, Dr Astrid", "21034733 Consultant Rheumatologist / PI", "Rheumatology",
      "Active Assignment", "astrid.lindqvist" + E2,
      "Early phase studies, Inflammatory arthritis and Commercial trials", "Happy to mentor new PIs", ""],
     G(st("Astrid", "Lindqvist", "astrid.lindqvist" + E2, "Consultant Rheumatologist / PI", "Rheumatology",
          ["Early phase studies", "Inflammatory arthritis", "Commercial trials"], "Happy to mentor new PIs"))),
    (["10761188", "Mensah, Mrs Abena", "21034740 Research Nurse", "R&D Clinical Research Facility",
      "Maternity Leave", "abena.mensah" + E2, "Paediatric studies; Consent in young people", "", ""],
     G(st("Abena", "Mensah", "abena.mensah" + E2, "Research Nurse", "R&D Clinical Research Facility",
          ["Paediatric studies", "Consent in young people"], None))),
    (["10770045", "Thompson, Mr Daniel", "21034755 Research Facilitator", "R&D Office",
      "Terminate Assignment", "daniel.thompson" + E2, "Grant finding, Research design service liaison", "", ""],
     G(st("Daniel", "Thompson", "daniel.thompson" + E2, "Research Facilitator", "R&D Office",
          ["Grant finding", "Research design service liaison"], None, left=True))),
    (["", "VACANT", "21034799 Research Practitioner", "R&D Clinical Research Facility",
      "Vacant – out to advert", "", "", "", ""],
     B("vacant post")),
    (["10781234", "Dubois, Mr Étienne", "21034801 Research Practitioner", "R&D Clinical Research Facility",
      "Active Assignment", "etienne.dubois" + E2,
      "Dementia research; Care home studies; Join Dementia Research",
      "Willing to show new starters how to use JDR", ""],
     G(st("Étienne", "Dubois", "etienne.dubois" + E2, "Research Practitioner", "R&D Clinical Research Facility",
          ["Dementia research", "Care home studies", "Join Dementia Research"],
          "Willing to show new starters how to use JDR"))),
    (["10790021", "Al-Sayed, Dr Rania", "21034820 Clinical Research Fellow", "Cardiology", "Active Assignment",
      "rania.al-sayed" + E2, "Heart failure, Cardiac imaging",
      "Can offer shadowing in the cardiac research clinic", ""],
     G(st("Rania", "Al-Sayed", "rania.al-sayed" + E2, "Clinical Research Fellow", "Cardiology",
          ["Heart failure", "Cardiac imaging"], "Can offer shadowing in the cardiac research clinic"))),
    (["10800345", "MacLeod, Miss Kirsty", "21034833 Research Administrator", "R&D Office", "Active Assignment",
      "kirsty.macleod" + E2, "", "", ""],
     G(st("Kirsty", "MacLeod", "kirsty.macleod" + E2, "Research Administrator", "R&D Office", [], None))),
    (["99999999", "Test, Test", "00000000 Test Position", "R&D Office", "Active Assignment", "", "ESR test record",
      "", ""],
     B("test row")),
    (["10811111", "Patel-Rowe, Mrs Nisha", "21034845 Lead Research Nurse – Cancer", "R&D Cancer Research Team",
      "Active Assignment", "nisha.patel-rowe" + E2,
      "Haem-onc trials; Cell therapy; Nurse-led research clinics",
      "Happy to talk to nurses thinking about a research career", ""],
     G(st("Nisha", "Patel-Rowe", "nisha.patel-rowe" + E2, "Lead Research Nurse – Cancer",
          "R&D Cancer Research Team", ["Haem-onc trials", "Cell therapy", "Nurse-led research clinics"],
          "Happy to talk to nurses thinking about a research career"))),
    (["10822230", "O’Brien, Mr Seán", "21034860 Research Governance Manager", "R&D Governance & Sponsorship",
      "Terminate Assignment", "sean.obrien" + E2, "Audit & monitoring, Regulatory inspections (MHRA)", "",
      "31-Oct-2024"],
     G(st("Seán", "O’Brien", "sean.obrien" + E2, "Research Governance Manager", "R&D Governance & Sponsorship",
          ["Audit & monitoring", "Regulatory inspections (MHRA)"], None, left=True, left_on="2024-10-31"))),
    (["10830099", "Hussain, Ms Sadia", "21034875 Patient & Public Involvement Lead", "R&D Office",
      "Active Assignment", "sadia.hussain" + E2, "PPI, lay summaries and patient panels",
      "Willing to help write plain English summaries", ""],
     G(st("Sadia", "Hussain", "sadia.hussain" + E2, "Patient & Public Involvement Lead", "R&D Office",
          ["PPI", "lay summaries", "patient panels"], "Willing to help write plain English summaries"))),
    (["10841200", "Evans, Dr Rhys", "21034890 Consultant Anaesthetist / R&D Clinical Lead", "Anaesthetics",
      "Active Assignment", "rhys.evans" + E2, "Perioperative medicine\nRecruitment into surgical trials", "", ""],
     G(st("Rhys", "Evans", "rhys.evans" + E2, "Consultant Anaesthetist / R&D Clinical Lead", "Anaesthetics",
          ["Perioperative medicine", "Recruitment into surgical trials"], None))),
    (["Report run by ESR BI – Fenland & Ouse Hospitals (RF4) – 18/11/2024 09:14 – 21 rows"],
     B("notes row")),
]


def make_f2():
    numbered = write_delimited(F2, F2_HEADER, F2_ROWS, "utf-16", "\t")
    finish_key(F2, "staff", 1, numbered)


# ---------------------------------------------------------------------------
# FILE 3 - Severnside Community Health NHS Trust, Clinical Informatics & Digital
#   Innovation team: SharePoint list export, CSV UTF-8 with BOM, HTML leftovers.
# ---------------------------------------------------------------------------
F3 = "Digital_Innovation_Ideas_export.csv"
F3_HEADER = ["ID", "Title", "Describe your idea", "Service / Team", "Idea owner", "Owner e-mail",
             "Where is it up to?", "Start date (approx)", "Expected benefit £/yr", "Tags", "Created",
             "Created By", "Modified", "Modified By", "Item Type", "Path"]
E3 = "@severnside.nhs.uk"
P3 = "sites/DigitalInnovation/Lists/Ideas"
F3_ROWS = [
    (["3", "Video consultations for MSK physio follow-ups",
      "<div>Attend Anywhere video slots for follow-ups so patients don’t have to travel to Bridgnorth &amp; Ludlow clinics</div>",
      "MSK Physiotherapy", "Gemma Rowlands (Band 7 physio)", "gemma.rowlands" + E3, "BAU now", "01/04/2020",
      "£8,000", "Video;Outpatients", "02/03/2020 09:12", "Rowlands, Gemma", "11/01/2024 15:40",
      "Whitfield, Craig", "Item", P3],
     G(inn("Video consultations for MSK physio follow-ups",
           "Attend Anywhere video slots for follow-ups so patients don’t have to travel to Bridgnorth & Ludlow clinics",
           "MSK Physiotherapy", "Gemma Rowlands", "gemma.rowlands" + E3, "embedded", "BAU now", "2020-04-01",
           "3", 8000))),
    (["4", "Digital nursing observations on community hospital wards",
      "<div>Replace paper obs charts with handheld devices; NEWS2 calculated automatically<br>Phase 1 = Ward 2, Bishop’s Castle</div>",
      "Community Hospitals", "Dr Nadia Farouk", "", "Live on 2 wards", "Mar-21", "c. £4k", "Obs;NEWS2",
      "09/03/2021 11:02", "Farouk, Nadia", "30/06/2023 08:55", "Farouk, Nadia", "Item", P3],
     G(inn("Digital nursing observations on community hospital wards",
           "Replace paper obs charts with handheld devices; NEWS2 calculated automatically\nPhase 1 = Ward 2, Bishop’s Castle",
           "Community Hospitals", "Nadia Farouk", None, "implemented", "Live on 2 wards", "2021-03-01", "4",
           4000))),
    (["7", "Test item - ignore", "<p>test</p>", "", "SP Admin", "", "", "", "", "", "15/03/2021 16:20",
      "SharePoint App", "15/03/2021 16:20", "SharePoint App", "Item", P3],
     B("test row")),
    (["9", "e-Prescribing for community nurse prescribers",
      "<div>Nurse prescribers in district nursing prescribe on EMIS instead of FP10 pads&#160;– fewer transcription errors</div>",
      "District Nursing", "Jones, Bethan", "bethan.jones" + E3, "PDSA cycle 3", "14/09/2022", "TBC", "Prescribing",
      "01/09/2022 10:15", "Jones, Bethan", "04/10/2023 12:01", "Jones, Bethan", "Item", P3],
     G(inn("e-Prescribing for community nurse prescribers",
           "Nurse prescribers in district nursing prescribe on EMIS instead of FP10 pads – fewer transcription errors",
           "District Nursing", "Bethan Jones", "bethan.jones" + E3, "testing", "PDSA cycle 3", "2022-09-14", "9",
           None))),
    (["11", "Automated text reminders for podiatry appointments",
      "<p>SMS reminders 48h before the appointment from RiO &amp; option to cancel by replying</p>",
      "Podiatry", "Mark Tennant;Priya Shah", "mark.tennant" + E3, "Rolled out trustwide", "2021", "£500 a month",
      "SMS;DNA", "20/01/2021 09:00", "Tennant, Mark", "02/02/2023 10:10", "Whitfield, Craig", "Item", P3],
     G(inn("Automated text reminders for podiatry appointments",
           "SMS reminders 48h before the appointment from RiO & option to cancel by replying",
           "Podiatry", "Mark Tennant", "mark.tennant" + E3, "spreading", "Rolled out trustwide", "2021-01-01",
           "11", 6000))),
    (["12", "Crisis line call-back dashboard",
      "<div>Power BI view of missed crisis calls so the team can prioritise call-backs</div>",
      "Crisis Resolution &amp; Home Treatment", "Sam Okoro", "s.okoro" + E3, "on hold - staff shortages", "", "n/a",
      "Mental health;Power BI", "03/05/2022 14:22", "Okoro, Sam", "17/08/2023 09:31", "Okoro, Sam", "Item", P3],
     G(inn("Crisis line call-back dashboard",
           "Power BI view of missed crisis calls so the team can prioritise call-backs",
           "Crisis Resolution & Home Treatment", "Sam Okoro", "s.okoro" + E3, "paused", "on hold - staff shortages",
           None, "12", None))),
    (["15", "Speech recognition for clinic letters",
      "<div>Dragon Medical pilot for consultant psychiatrists<br>Aim: fewer typed letters and faster turnaround</div>",
      "Adult Mental Health", "Dr Alistair Grieve", "alistair.grieve" + E3,
      "Evaluation complete – report to Digital Board Nov 23", "05/06/2023", "£15,000", "Dictation",
      "22/05/2023 13:45", "Grieve, Alistair", "28/11/2023 17:02", "Grieve, Alistair", "Item", P3],
     G(inn("Speech recognition for clinic letters",
           "Dragon Medical pilot for consultant psychiatrists\nAim: fewer typed letters and faster turnaround",
           "Adult Mental Health", "Alistair Grieve", "alistair.grieve" + E3, "evaluated",
           "Evaluation complete – report to Digital Board Nov 23", "2023-06-05", "15", 15000), label="dragon")),
    (["16", "Secure wound photography in the EPR",
      "<div>Take wound photos on trust phones straight into the patient record instead of personal devices</div>",
      "Tissue Viability", "Lorraine Biddulph (TVN)", "", "bid submitted", "09/01/2023", "TBC", "Photography",
      "09/01/2023 10:00", "Biddulph, Lorraine", "13/03/2023 11:11", "Biddulph, Lorraine", "Item", P3],
     G(inn("Secure wound photography in the EPR",
           "Take wound photos on trust phones straight into the patient record instead of personal devices",
           "Tissue Viability", "Lorraine Biddulph", None, "planning", "bid submitted", "2023-01-09", "16", None))),
    (["17", "Speech recognition (Dragon) for letters",
      "<p>Can we get Dragon for psychiatry letters?</p>", "Adult Mental Health", "Grieve, Alistair",
      "alistair.grieve" + E3, "", "", "", "Dictation", "06/02/2024 08:30", "Grieve, Alistair",
      "06/02/2024 08:30", "Grieve, Alistair", "Item", P3],
     B("duplicate of row {row:dragon}")),
    (["19", "Robotic process automation for referral triage",
      "<div>RPA “bot” to register e-RS referrals on RiO<br>&nbsp;</div>", "Single Point of Access",
      "Craig Whitfield", "craig.whitfield" + E3, "Scrapped", "Aug-22", "£0", "RPA",
      "01/08/2022 09:09", "Whitfield, Craig", "12/12/2022 16:45", "Whitfield, Craig", "Item", P3],
     G(inn("Robotic process automation for referral triage", "RPA “bot” to register e-RS referrals on RiO",
           "Single Point of Access", "Craig Whitfield", "craig.whitfield" + E3, "stopped", "Scrapped",
           "2022-08-01", "19", 0))),
    (["21", "Patient-held digital care plans (CAMHS)",
      "<p>Young people can see and add to their own care plan in an app</p>", "CAMHS", "Zoë Hartley-Brown",
      "zoe.hartley-brown" + E3, "Idea - needs a clinical sponsor", "", "", "CAMHS;Apps", "14/02/2023 12:00",
      "Hartley-Brown, Zoë", "14/02/2023 12:00", "Hartley-Brown, Zoë", "Item", P3],
     G(inn("Patient-held digital care plans (CAMHS)",
           "Young people can see and add to their own care plan in an app", "CAMHS", "Zoë Hartley-Brown",
           "zoe.hartley-brown" + E3, "idea", "Idea - needs a clinical sponsor", None, "21", None))),
    (["22", "Falls sensor mats linked to nurse call", "", "Community Hospitals", "Sister Maureen Pugh",
      "maureen.pugh" + E3, "Ordering kit", "03/02/2023", "£2,500", "Falls", "30/01/2023 15:15",
      "Pugh, Maureen", "20/03/2023 10:00", "Pugh, Maureen", "Item", P3],
     G(inn("Falls sensor mats linked to nurse call", None, "Community Hospitals", "Maureen Pugh",
           "maureen.pugh" + E3, "planning", "Ordering kit", "2023-02-03", "22", 2500))),
    (["24", "Single sign-on for RiO and EMIS",
      "<div>Tap-in smartcard login so clinicians stop re-typing passwords between systems</div>",
      "Clinical Systems", "Hussain, Imran", "imran.hussain" + E3, "Live", "Nov-23", "time saving only",
      "Login;SSO", "02/10/2023 09:40", "Hussain, Imran", "05/12/2023 14:20", "Hussain, Imran", "Item", P3],
     G(inn("Single sign-on for RiO and EMIS",
           "Tap-in smartcard login so clinicians stop re-typing passwords between systems",
           "Clinical Systems", "Imran Hussain", "imran.hussain" + E3, "implemented", "Live", "2023-11-01", "24",
           None))),
    (["25", "Virtual ward remote monitoring (frailty)",
      "<div>Patients at home wear sensors &amp; readings go to the virtual ward hub</div>",
      "Frailty / Virtual Ward", "Dr Owen Price &amp; Kerry Lang", "owen.price" + E3, "Live – 40 beds",
      "01/10/2023", "£120,000", "Virtual ward", "11/09/2023 11:30", "Price, Owen", "02/05/2024 16:00",
      "Lang, Kerry", "Item", P3],
     G(inn("Virtual ward remote monitoring (frailty)",
           "Patients at home wear sensors & readings go to the virtual ward hub", "Frailty / Virtual Ward",
           "Owen Price", "owen.price" + E3, "implemented", "Live – 40 beds", "2023-10-01", "25", 120000))),
    (["27", "Digital inclusion tablet loan scheme",
      "<p>Loan tablets + data to patients who can&#39;t otherwise join video appointments</p>",
      "Digital Inclusion", "Ffion Morgan", "", "Taken up by Powys and Herefordshire trusts", "2022", "n/a",
      "Inclusion", "10/06/2022 10:30", "Morgan, Ffion", "15/04/2024 13:13", "Morgan, Ffion", "Item", P3],
     G(inn("Digital inclusion tablet loan scheme",
           "Loan tablets + data to patients who can't otherwise join video appointments", "Digital Inclusion",
           "Ffion Morgan", None, "spreading", "Taken up by Powys and Herefordshire trusts", "2022-01-01", "27",
           None))),
    (["28", "Electronic handover tool for community nursing",
      "<div>Structured SBAR handover inside EMIS for district nurse teams</div>", "District Nursing",
      "Bethan Jones", "bethan.jones" + E3, "PDSA cycle 1 on Oswestry team", "Jan-24", "", "Handover",
      "08/01/2024 08:05", "Jones, Bethan", "22/03/2024 15:25", "Jones, Bethan", "Item", P3],
     G(inn("Electronic handover tool for community nursing",
           "Structured SBAR handover inside EMIS for district nurse teams", "District Nursing", "Bethan Jones",
           "bethan.jones" + E3, "testing", "PDSA cycle 1 on Oswestry team", "2024-01-01", "28", None))),
    (["30", "QR codes for patient feedback", "<p>QR posters linking to Friends &amp; Family Test</p>",
      "Patient Experience", "Rachel Green", "", "Declined by Digital Design Authority", "", "", "Feedback",
      "19/02/2024 11:00", "Green, Rachel", "26/03/2024 10:30", "Whitfield, Craig", "Item", P3],
     G(inn("QR codes for patient feedback", "QR posters linking to Friends & Family Test", "Patient Experience",
           "Rachel Green", None, "stopped", "Declined by Digital Design Authority", None, "30", None))),
    (["31", "Auto-send discharge summaries to GP",
      "<div>Discharge summary from the community hospital EPR goes to the GP by MESH automatically</div>",
      "Community Hospitals", "Dr Nadia Farouk", "nadia.farouk" + E3, "Approved – awaiting EPR supplier slot",
      "01/02/2024", "TBC", "Discharge;Interop", "15/01/2024 09:50", "Farouk, Nadia", "20/02/2024 09:12",
      "Farouk, Nadia", "Item", P3],
     G(inn("Auto-send discharge summaries to GP",
           "Discharge summary from the community hospital EPR goes to the GP by MESH automatically",
           "Community Hospitals", "Nadia Farouk", "nadia.farouk" + E3, "planning",
           "Approved – awaiting EPR supplier slot", "2024-02-01", "31", None))),
    (["32", "Barcode medicines administration",
      "<div>Scan patient wristband and medicine before giving<br>Community hospital wards only</div>",
      "Pharmacy", "José Martín-Ruiz", "jose.martin-ruiz" + E3,
      "Evaluated – 60% fewer omitted doses, written up for BMJ Open Quality", "Mar-22", "£30,000",
      "Medicines;Barcode", "01/03/2022 10:00", "Martín-Ruiz, José", "18/07/2024 12:12", "Martín-Ruiz, José",
      "Item", P3],
     G(inn("Barcode medicines administration",
           "Scan patient wristband and medicine before giving\nCommunity hospital wards only", "Pharmacy",
           "José Martín-Ruiz", "jose.martin-ruiz" + E3, "evaluated",
           "Evaluated – 60% fewer omitted doses, written up for BMJ Open Quality", "2022-03-01", "32", 30000))),
    (["34", "Bed state app for community hospitals",
      "<p>Live bed board on a phone app for site managers &amp; the flow team</p>", "Patient Flow",
      "Kerry Lang", "kerry.lang" + E3, "Agreed at DCB, recruiting a project lead", "", "12k", "Flow",
      "03/06/2024 14:00", "Lang, Kerry", "01/08/2024 09:00", "Lang, Kerry", "Item", P3],
     G(inn("Bed state app for community hospitals",
           "Live bed board on a phone app for site managers & the flow team", "Patient Flow", "Kerry Lang",
           "kerry.lang" + E3, "planning", "Agreed at DCB, recruiting a project lead", None, "34", 12000))),
]


def make_f3():
    numbered = write_delimited(F3, F3_HEADER, F3_ROWS, "utf-8-sig", ",")
    finish_key(F3, "innovations", 1, numbered)


# ---------------------------------------------------------------------------
# FILE 4 - Kingsmead Urgent Treatment Centre (Avonvale Community Healthcare NHS
#   Trust): "who to ask" interests sheet.  First sheet is instructions, data on
#   the second; one interest per row with name/role/team/email/notes merged down.
# ---------------------------------------------------------------------------
F4 = "Kingsmead_UTC_who_to_ask.xlsx"
F4_SHEET = "Who to ask"
F4_HEADER = ["Name", "Role / band", "Team", "Email", "Special interest", "Happy to…", "Notes"]
E4 = "@avonvale.nhs.uk"
# Each person: (name, role, team, email, notes, [interest rows], willing, key, label)
# Interest rows become one spreadsheet row each; the person cells are merged down.
F4_PEOPLE = [
    ("Dr Kwame Asante", "GP (sessional)", "Medical", "kwame.asante" + E4, None,
     ["Minor injuries", "Dermatology", "Paediatric fever"], "Happy to do teaching sessions on skin lesions",
     G(st("Kwame", "Asante", "kwame.asante" + E4, "GP (sessional)", "Medical",
          ["Minor injuries", "Dermatology", "Paediatric fever"], "Happy to do teaching sessions on skin lesions"))),
    ("Sister Catriona MacDonald", "ENP (Band 7)", "Nursing", "catriona.macdonald" + E4, None,
     ["Wound closure & suturing"], "Can offer suturing sign-off for new ENPs",
     G(st("Catriona", "MacDonald", "catriona.macdonald" + E4, "ENP (Band 7)", "Nursing",
          ["Wound closure & suturing"], "Can offer suturing sign-off for new ENPs"))),
    ("Aoife Ní Bhriain", "ACP (Band 8a)", "Advanced Practice", "aoife.nibhriain" + E4, None,
     ["Fracture management", "Speaks Irish"], None,
     G(st("Aoife", "Ní Bhriain", "aoife.nibhriain" + E4, "ACP (Band 8a)", "Advanced Practice",
          ["Fracture management"], None))),
    "BLANK",
    ("Tomasz Zieliński", "Paramedic (Band 6)", "Paramedics", None, None,
     ["Head injury assessment", "Moving & handling", "Falls in older people"],
     "Willing to teach moving & handling to new starters",
     G(st("Tomasz", "Zieliński", None, "Paramedic (Band 6)", "Paramedics",
          ["Head injury assessment", "Moving & handling", "Falls in older people"],
          "Willing to teach moving & handling to new starters"))),
    ("Zoë Clarke (left 31/03/2024)", "Emergency Nurse Practitioner", "Nursing", "zoe.clarke" + E4, None,
     ["Eye injuries; foreign bodies"], None,
     G(st("Zoë", "Clarke", "zoe.clarke" + E4, "Emergency Nurse Practitioner", "Nursing",
          ["Eye injuries", "foreign bodies"], None, left=True, left_on="2024-03-31"))),
    ("VACANT", "Band 7 ENP", "Nursing", None, "out to advert Oct 24", [None], None, B("vacant post")),
    ("Raj Bhattacharya", "Radiographer", "Imaging", "raj.bhattacharya" + E4, None,
     ["X-ray requesting (IR(ME)R)", "Chest X-ray interpretation"],
     "Happy to run an IR(ME)R refresher for ENPs",
     G(st("Raj", "Bhattacharya", "raj.bhattacharya" + E4, "Radiographer", "Imaging",
          ["X-ray requesting (IR(ME)R)", "Chest X-ray interpretation"],
          "Happy to run an IR(ME)R refresher for ENPs"))),
    ("Hollis, Dawn", "Clinical Lead / Matron", "Management", "dawn.hollis" + E4, None,
     ["Safeguarding adults & children\nMental Capacity Act"],
     "Happy to be first port of call for safeguarding queries",
     G(st("Dawn", "Hollis", "dawn.hollis" + E4, "Clinical Lead / Matron", "Management",
          ["Safeguarding adults & children", "Mental Capacity Act"],
          "Happy to be first port of call for safeguarding queries"))),
    ("Mr Femi Adeyemi", "Receptionist / Care Navigator", "Reception", "femi.adeyemi" + E4, None,
     ["Streaming & redirection, NHS 111 booking"], None,
     G(st("Femi", "Adeyemi", "femi.adeyemi" + E4, "Receptionist / Care Navigator", "Reception",
          ["Streaming & redirection", "NHS 111 booking"], None))),
    ("Priya Nair", "HCA – LEFT Aug 23", "Nursing", None, None, ["Plastering", "ECGs"], None,
     G(st("Priya", "Nair", None, "HCA", "Nursing", ["Plastering", "ECGs"], None, left=True,
          left_on="2023-08-01"))),
    ("Dr Eleanor Fitzgerald-Hume", "Salaried GP", "Medical", "eleanor.fitzgerald-hume" + E4,
     "on mat leave until Jan ’25", ["• Paediatrics • Asthma • Sexual health"], None,
     G(st("Eleanor", "Fitzgerald-Hume", "eleanor.fitzgerald-hume" + E4, "Salaried GP", "Medical",
          ["Paediatrics", "Asthma", "Sexual health"], None))),
    ("test test", "test", None, None, None, ["test"], None, B("test row")),
    "NOTE:Rows below added by Dawn H after the September huddle",
    ("Siobhan Kelly", "Nursing Associate", "Nursing", "siobhan.kelly" + E4, None,
     ["Minor illness in children", "Catheter care"], None,
     G(st("Siobhan", "Kelly", "siobhan.kelly" + E4, "Nursing Associate", "Nursing",
          ["Minor illness in children", "Catheter care"], None))),
    ("Gabriel Okonkwo-Smith", "Paramedic Practitioner", "Paramedics", "gabriel.okonkwo-smith" + E4, None,
     ["Frequent attenders and social prescribing"],
     "Happy to talk about “making every contact count” at induction",
     G(st("Gabriel", "Okonkwo-Smith", "gabriel.okonkwo-smith" + E4, "Paramedic Practitioner", "Paramedics",
          ["Frequent attenders", "social prescribing"],
          "Happy to talk about “making every contact count” at induction"))),
    ("Lucía Romero", "ENP (Band 6) – rotational", "Nursing", "lucia.romero" + E4, None,
     ["Burns & scalds", "Minor head injury in children", "Plaster of Paris"],
     "Happy to buddy new Band 5s",
     G(st("Lucía", "Romero", "lucia.romero" + E4, "ENP (Band 6) – rotational", "Nursing",
          ["Burns & scalds", "Minor head injury in children", "Plaster of Paris"], "Happy to buddy new Band 5s"))),
    "BLANK",
    "TOTAL",
]


def make_f4():
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "READ ME"
    lines = [
        "Kingsmead UTC – Who to ask / special interests",
        "",
        "What this is: a list of who in the team has a special interest or extra skills, so you know who to ask on shift.",
        "How to add yourself: go to the ‘Who to ask’ tab, put your name once and one interest per line underneath (merge your name cells down).",
        "If you are happy to teach or support others, say so in the ‘Happy to…’ column.",
        "Leavers: please don’t delete – put (left + date) after the name, Dawn will tidy up.",
        "Questions: Dawn Hollis, Clinical Lead – dawn.hollis@avonvale.nhs.uk",
        "",
        "Key: ENP = Emergency Nurse Practitioner, ACP = Advanced Clinical Practitioner, HCA = Healthcare Assistant",
    ]
    for i, t in enumerate(lines):
        ws0.cell(row=i + 1, column=1, value=t)
    ws0["A1"].font = Font(bold=True, size=14)
    ws0.column_dimensions["A"].width = 120

    ws = wb.create_sheet(F4_SHEET)
    ws["A1"] = "Kingsmead UTC – who to ask / special interests (updated Sept 2024)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = "One interest per line under your name please. Ask Dawn if you can’t edit."
    ws["A2"].font = Font(italic=True)
    header_row = 3
    for i, h in enumerate(F4_HEADER):
        c = ws.cell(row=header_row, column=i + 1, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FCE4D6")
    ws.freeze_panes = "A4"
    numbered = []
    r = header_row + 1
    first_data = r
    for p in F4_PEOPLE:
        if p == "BLANK":
            numbered.append((r, B("blank row")))
            r += 1
            continue
        if p == "TOTAL":
            ws.cell(row=r, column=1, value="Total staff listed:")
            ws.cell(row=r, column=2, value=f"=COUNTA(A{first_data}:A{r - 2})")
            numbered.append((r, B("total row")))
            r += 1
            continue
        if isinstance(p, str) and p.startswith("NOTE:"):
            ws.cell(row=r, column=1, value=p[5:]).font = Font(italic=True)
            numbered.append((r, B("notes row")))
            r += 1
            continue
        name, role, team, email, notes, interests, willing, key = p
        top = r
        for j, interest in enumerate(interests):
            if interest is not None:
                c = ws.cell(row=r, column=5, value=interest)
                if "\n" in interest:
                    c.alignment = Alignment(wrap_text=True, vertical="top")
            if j > 0:
                numbered.append((r, B(f"continuation of row {top} (further interest of the same person)")))
            r += 1
        bottom = r - 1
        for col, val in ((1, name), (2, role), (3, team), (4, email), (6, willing), (7, notes)):
            if val is not None:
                c = ws.cell(row=top, column=col, value=val)
                c.alignment = Alignment(vertical="top", wrap_text=True)
                if "left" in (name + role).lower() and col == 1:
                    c.font = Font(strike=True, color="808080")
            if bottom > top:
                ws.merge_cells(start_row=top, start_column=col, end_row=bottom, end_column=col)
        numbered.insert(len(numbered) - (bottom - top), (top, key))
    numbered.sort(key=lambda x: x[0])
    for col, w in zip("ABCDEFG", [30, 30, 18, 34, 40, 48, 26]):
        ws.column_dimensions[col].width = w
    wb.active = 1
    wb.save(os.path.join(HERE, F4))
    finish_key(F4, "staff", header_row, numbered, sheet=F4_SHEET)


# ---------------------------------------------------------------------------
# FILE 5 - Dunmore Bay University Hospitals NHS Trust (RD7), Patient Safety Team:
#   safety improvement small grants tracker, Excel "CSV" (cp1252, CRLF).
# ---------------------------------------------------------------------------
F5 = "Patient_Safety_small_grants_tracker.csv"
F5_HEADER = ["Ref", "Date approved", "Ward / area", "Project name", "What’s it about?", "Applicant(s)",
             "Contact email", "Grant awarded (£)", "Where we’re at", "Saving per year (£)", "Comments"]
E5 = "@dunmorebay.nhs.uk"
F5_ROWS = [
    (["SIG-22-01", "Spring 2022", "Ward 14 (Elderly Care)", "Falls huddles at shift change",
      "Two-minute huddle at each handover to agree who is at high risk of falling and who is watching the bay",
      "Ms Leanne Roberts (Ward Manager)", "leanne.roberts" + E5, "£1,200", "BAU now – part of ward routine",
      "£9,000", "Falls down 30% in first 6 months"],
     G(inn("Falls huddles at shift change",
           "Two-minute huddle at each handover to agree who is at high risk of falling and who is watching the bay",
           "Ward 14 (Elderly Care)", "Leanne Roberts", "leanne.roberts" + E5, "embedded",
           "BAU now – part of ward routine", "2022-03-01", "SIG-22-01", 9000), label="falls")),
    (["SIG-22-02", "14/06/2022", "Maternity", "Triage safety huddle board",
      "Whiteboard in maternity triage showing waits, acuity and who needs review next",
      "Hannah Doyle / Grace Mbeki", "", "£850", "evaluated – reported to PSG June 23", "TBC", ""],
     G(inn("Triage safety huddle board",
           "Whiteboard in maternity triage showing waits, acuity and who needs review next", "Maternity",
           "Hannah Doyle", None, "evaluated", "evaluated – reported to PSG June 23", "2022-06-14", "SIG-22-02",
           None))),
    (["SIG-22-03", "Jul-22", "ED", "Sepsis grab bags",
      "Pre-packed bags with cultures, cannulas and fluids so the sepsis six starts within the hour",
      "Dr Oliver Stanton", "oliver.stanton" + E5, "£2,000", "live in ED majors & resus", "c. £4k", ""],
     G(inn("Sepsis grab bags",
           "Pre-packed bags with cultures, cannulas and fluids so the sepsis six starts within the hour", "ED",
           "Oliver Stanton", "oliver.stanton" + E5, "implemented", "live in ED majors & resus", "2022-07-01",
           "SIG-22-03", 4000))),
    (["SIG-22-04", "2022", "Pharmacy", "Insulin safety passports",
      "Patient-held passport recording insulin type and dose, checked on admission",
      "Thandiwe Moyo (Band 8a pharmacist)", "thandiwe.moyo" + E5, "£600", "rolled out trustwide", "n/a",
      "started on the diabetes ward (Ward 11)"],
     G(inn("Insulin safety passports",
           "Patient-held passport recording insulin type and dose, checked on admission", "Pharmacy",
           "Thandiwe Moyo", "thandiwe.moyo" + E5, "spreading", "rolled out trustwide", "2022-01-01",
           "SIG-22-04", None))),
    (["SIG-22-05", "", "Theatres", "Swab count whiteboards", "", "Mr Hamish Drummond", "", "£300", "scrapped",
      "£0", "replaced by the LocSSIPs work"],
     G(inn("Swab count whiteboards", None, "Theatres", "Hamish Drummond", None, "stopped", "scrapped", None,
           "SIG-22-05", 0))),
    ([], B("blank row")),
    (["Round 2 – 2023/24 (approved at Patient Safety Committee 12/04/2023)"], B("notes row")),
    (["SIG-23-01", "12/04/2023", "Ward 7 (Respiratory)", "Oxygen prescribing prompts on EPMA",
      "Pop-up on EPMA asks for target saturations whenever oxygen is prescribed", "Dr Chidi Eze",
      "chidi.eze" + E5, "£0 (digital team time)", "PDSA cycle 3", "TBC", ""],
     G(inn("Oxygen prescribing prompts on EPMA",
           "Pop-up on EPMA asks for target saturations whenever oxygen is prescribed", "Ward 7 (Respiratory)",
           "Chidi Eze", "chidi.eze" + E5, "testing", "PDSA cycle 3", "2023-04-12", "SIG-23-01", None))),
    (["SIG-23-02", "12/04/2023", "Paediatrics", "PEWS on e-obs",
      "Paediatric early warning score calculated in the e-obs system with escalation alerts",
      "Fionnuala Byrne", "fionnuala.byrne" + E5, "£3,500", "live on 2 wards", "", ""],
     G(inn("PEWS on e-obs",
           "Paediatric early warning score calculated in the e-obs system with escalation alerts", "Paediatrics",
           "Fionnuala Byrne", "fionnuala.byrne" + E5, "implemented", "live on 2 wards", "2023-04-12",
           "SIG-23-02", None))),
    (["SIG-23-03", "Apr-23", "Radiology", "NG tube X-ray confirmation proforma",
      "Standard proforma so reporters state clearly whether an NG tube is safe to use", "Williams, Carys",
      "carys.williams" + E5, "£450", "on hold - staff shortages", "£500 a month", ""],
     G(inn("NG tube X-ray confirmation proforma",
           "Standard proforma so reporters state clearly whether an NG tube is safe to use", "Radiology",
           "Carys Williams", "carys.williams" + E5, "paused", "on hold - staff shortages", "2023-04-01",
           "SIG-23-03", 6000))),
    (["TEST", "", "", "TEST - delete me", "", "", "", "", "", "", ""], B("test row")),
    (["SIG-23-04", "2023", "Critical Care", "Deteriorating patient in-situ simulation",
      "Monthly in-situ sim on the wards run by the critical care outreach team", "Sister Agnieszka Nowicka", "",
      "TBC", "bid submitted to Dunmore Bay Hospitals Charity", "", ""],
     G(inn("Deteriorating patient in-situ simulation",
           "Monthly in-situ sim on the wards run by the critical care outreach team", "Critical Care",
           "Agnieszka Nowicka", None, "planning", "bid submitted to Dunmore Bay Hospitals Charity", "2023-01-01",
           "SIG-23-04", None))),
    (["SIG-23-05", "19/06/2023", "Ward 14 (Elderly Care)", "Falls huddles at shift change",
      "as SIG-22-01 – asking for more money?", "Leanne Roberts", "leanne.roberts" + E5, "£500",
      "BAU", "", "duplicate? check with LR"],
     B("duplicate of row {row:falls}")),
    (["SIG-23-06", "19/06/2023", "Ward 20 (Surgery)", "Bay nursing for patients with delirium",
      "Enhanced observation: one nurse stays in the bay with patients at risk of delirium",
      "Ruth O'Sullivan (Band 6 RN)", "r.osullivan" + E5, "", "idea – applicant to resubmit with measures", "",
      ""],
     G(inn("Bay nursing for patients with delirium",
           "Enhanced observation: one nurse stays in the bay with patients at risk of delirium",
           "Ward 20 (Surgery)", "Ruth O'Sullivan", "r.osullivan" + E5, "idea",
           "idea – applicant to resubmit with measures", "2023-06-19", "SIG-23-06", None))),
    (["SIG-23-07", "03/08/2023", "Day Surgery", "Consent check at admission",
      "Tablet checklist confirms consent form, site marking and fasting before the patient leaves admissions",
      "Mr Ibrahim Khalil", "ibrahim.khalil" + E5, "£750", "Approved - ordering tablets", "", ""],
     G(inn("Consent check at admission",
           "Tablet checklist confirms consent form, site marking and fasting before the patient leaves admissions",
           "Day Surgery", "Ibrahim Khalil", "ibrahim.khalil" + E5, "planning", "Approved - ordering tablets",
           "2023-08-03", "SIG-23-07", None))),
    (["SIG-23-08", "Oct-23", "Emergency Department", "Frequent faller pathway",
      "ED refers people with 2+ falls in 6 months to the community falls team.\nSame-day phone call from the team.",
      "Jess Whitmore; Dr Anil Kapoor", "jess.whitmore" + E5, "£2,200",
      "Taken up by Ward 9 and Hartley Community Hospital", "£12k",
      "Presented at regional PS network\n– others asking for the pathway"],
     G(inn("Frequent faller pathway",
           "ED refers people with 2+ falls in 6 months to the community falls team.\nSame-day phone call from the team.",
           "Emergency Department", "Jess Whitmore", "jess.whitmore" + E5, "spreading",
           "Taken up by Ward 9 and Hartley Community Hospital", "2023-10-01", "SIG-23-08", 12000))),
    (["SIG-23-09", "11/12/2023", "Maternity", "PPH early-warning trolley",
      "Trolley with everything for a postpartum haemorrhage plus a laminated escalation card", "Grace Mbeki",
      "grace.mbeki" + E5, "£1,800", "evaluation complete – write-up for PSIRF learning event", "n/a", ""],
     G(inn("PPH early-warning trolley",
           "Trolley with everything for a postpartum haemorrhage plus a laminated escalation card", "Maternity",
           "Grace Mbeki", "grace.mbeki" + E5, "evaluated", "evaluation complete – write-up for PSIRF learning event",
           "2023-12-11", "SIG-23-09", None))),
    (["SIG-24-01", "Jan-24", "Ward 3 (Stroke)", "“Nil by mouth” dysphagia signs above beds",
      "Clear bedside signs showing swallow status after SLT assessment", "Emily Chau (Band 6 SLT)",
      "emily.chau" + E5, "£250", "BAU", "", ""],
     G(inn("“Nil by mouth” dysphagia signs above beds",
           "Clear bedside signs showing swallow status after SLT assessment", "Ward 3 (Stroke)", "Emily Chau",
           "emily.chau" + E5, "embedded", "BAU", "2024-01-01", "SIG-24-01", None))),
    (["SIG-24-02", "Feb-24", "Endoscopy", "Anticoagulant check at booking",
      "Booking clerks ask about blood thinners when the appointment is made", "Dr Marta Kowalska", "", "£0",
      "declined by panel – not a safety grant", "", ""],
     G(inn("Anticoagulant check at booking",
           "Booking clerks ask about blood thinners when the appointment is made", "Endoscopy", "Marta Kowalska",
           None, "stopped", "declined by panel – not a safety grant", "2024-02-01", "SIG-24-02", None))),
    (["SIG-24-03", "", "Trustwide", "Human factors training for Band 5 nurses",
      "Half-day human factors course using local incident stories", "Sam Ortiz", "sam.ortiz" + E5, "TBC",
      "planning – course dates being set", "", ""],
     G(inn("Human factors training for Band 5 nurses", "Half-day human factors course using local incident stories",
           "Trustwide", "Sam Ortiz", "sam.ortiz" + E5, "planning", "planning – course dates being set", None,
           "SIG-24-03", None))),
    (["TOTAL AWARDED", "", "", "", "", "", "", "£14,400", "", "", ""], B("total row")),
]


def make_f5():
    numbered = write_delimited(F5, F5_HEADER, F5_ROWS, "cp1252", ",")
    finish_key(F5, "innovations", 1, numbered)


if __name__ == "__main__":
    make_f1()
    make_f2()
    make_f3()
    make_f4()
    make_f5()
    print("written")
