#!/usr/bin/env python3
"""Regenerates every file in this folder plus its answer key (F.expected.json).

Every data row is held literally below, next to its hand-written key entry.
Row numbers in the keys are worked out here from the position of each row,
so the keys and files can never drift apart.
"""
import csv
import io
import json
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- helpers
def inn(title, summary, department, lead_name, lead_email, stage, status_text,
        started, ref, savings):
    e = {"title": title, "summary": summary, "department": department,
         "lead": None if lead_name is None else {"name": lead_name, "email": lead_email},
         "stage": stage, "status_text": status_text, "ref": ref,
         "savings_gbp": savings}
    if started is not None:
        e["started"] = started
    return e


def staff(name, given, family, email, job, dept, expertise, willing,
          left=False, left_on=None):
    e = {"name": name, "given_name": given, "family_name": family,
         "email": email, "job_title": job, "department": dept,
         "expertise": expertise, "willing_to_text": willing}
    if left:
        e["employment_status"] = "left"
        if left_on:
            e["left_on"] = left_on
    return e


class Row:
    """cells: list of cell values (callables get the row number -> formula)."""
    def __init__(self, cells, good=None, bad=None, dup=None, label=None):
        self.cells, self.good, self.bad, self.dup, self.label = cells, good, bad, dup, label


def G(cells, expected, label=None):
    return Row(cells, good=expected, label=label)


def B(cells, reason):
    return Row(cells, bad=reason)


def D(cells, of_label):
    return Row(cells, dup=of_label)


def build_key(fname, kind, header_row, rows, sheet=None):
    labels, key = {}, {}
    for i, r in enumerate(rows):
        n = header_row + 1 + i
        if r.label:
            labels[r.label] = n
    for i, r in enumerate(rows):
        n = header_row + 1 + i
        if r.good is not None:
            key[str(n)] = {"good": True, "expected": r.good}
        elif r.dup is not None:
            key[str(n)] = {"good": False, "reason": "duplicate of row %d" % labels[r.dup]}
        else:
            key[str(n)] = {"good": False, "reason": r.bad}
    out = {"file": fname, "kind": kind, "header_row": header_row}
    if sheet:
        out["sheet"] = sheet
    out["rows"] = key
    with open(os.path.join(HERE, fname + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)


def cell_values(r, n):
    return [c(n) if callable(c) else c for c in r.cells]


def write_delimited(fname, header, rows, encoding, delimiter=","):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n",
                   quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for i, r in enumerate(rows):
        vals = cell_values(r, 2 + i)
        vals = vals + [""] * (len(header) - len(vals))
        w.writerow(["" if v is None else v for v in vals])
    text = buf.getvalue()
    if encoding == "utf-8-sig":
        data = text.encode("utf-8-sig")
    elif encoding == "utf-16":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        data = text.encode(encoding)
    with open(os.path.join(HERE, fname), "wb") as f:
        f.write(data)


BOLD = Font(bold=True)
GREY = PatternFill("solid", fgColor="D9D9D9")
WRAP = Alignment(wrap_text=True, vertical="top")


# =====================================================================
# FILE 1  Northmoor Community Dental Service - staff Dragons' Den sheet
# =====================================================================
F1 = "northmoor-cds-dragons-den-2023-24.xlsx"
F1_HEADER = ["Entry no.", "Date in", "Idea (short name)",
             "What’s the idea? (entrant’s summary)", "Clinic / team", "Entrant(s)",
             "CD", "SM", "DNL", "Pt rep", "Total /40", "£ asked", "£ awarded",
             "Outcome (panel’s words)", "Saving per yr (entrant’s estimate)"]
TOT = lambda n: "=SUM(G%d:J%d)" % (n, n)
F1_ROWS = [
    G(["DD23-01", datetime(2023, 5, 12), "Fluoride varnish ‘grab bags’ for domiciliary visits",
       "Pre-packed bags with varnish, applicators and leaflets so the dom team aren’t making up kits in the van",
       "Domiciliary team", "Kerry Ashworth (Dental Nurse)", 7, 8, 6, 9, TOT, "£650", 650,
       "Funded – in use on all dom visits since July", "c. £1.2k"],
      inn("Fluoride varnish ‘grab bags’ for domiciliary visits",
          "Pre-packed bags with varnish, applicators and leaflets so the dom team aren’t making up kits in the van",
          "Domiciliary team", "Kerry Ashworth", None, "implemented",
          "Funded – in use on all dom visits since July", "2023-05-12", "DD23-01", 1200)),
    G(["DD23-02", "12/05/2023", "Text reminders for GA waiting list",
       "Two-way SMS to check patients still want their general anaesthetic slot, to cut on-the-day cancellations",
       "Special Care – GA list", "Dr Imran Qureshi", 9, 9, 8, 8, TOT, "£3,500", 3500,
       "Funded. PDSA cycle 2 at Hollins Park", "£500 a month"],
      inn("Text reminders for GA waiting list",
          "Two-way SMS to check patients still want their general anaesthetic slot, to cut on-the-day cancellations",
          "Special Care – GA list", "Imran Qureshi", None, "testing",
          "Funded. PDSA cycle 2 at Hollins Park", "2023-05-12", "DD23-02", 6000), label="sms"),
    G(["DD23-03", datetime(2023, 5, 12), "Sensory-friendly clinic room",
       "Dimmable lights, weighted blanket and a visual timetable in one surgery for autistic patients and patients with learning disabilities",
       "Hollins Park clinic", "Samira Begum / Tom Fairclough", 8, 7, 9, 10, TOT, "£2,200", 1800,
       "Part funded (no ceiling projector). Room open – evaluation written up Feb 24 and went to CDS governance", "n/a"],
      inn("Sensory-friendly clinic room",
          "Dimmable lights, weighted blanket and a visual timetable in one surgery for autistic patients and patients with learning disabilities",
          "Hollins Park clinic", "Samira Begum", None, "evaluated",
          "Part funded (no ceiling projector). Room open – evaluation written up Feb 24 and went to CDS governance",
          "2023-05-12", "DD23-03", None)),
    B([], "blank row"),
    G(["DD23-04", "Jun-23", "Bilingual Urdu/Polish aftercare sheets",
       "Translated post-extraction aftercare leaflets with pictures", "Oral surgery",
       "Fairclough, Tom", 6, 6, 7, 8, TOT, "£400", 0,
       "Not funded – comms team can do it for free, go via them", "nil"],
      inn("Bilingual Urdu/Polish aftercare sheets",
          "Translated post-extraction aftercare leaflets with pictures", "Oral surgery",
          "Tom Fairclough", None, "stopped",
          "Not funded – comms team can do it for free, go via them", "2023-06-01", "DD23-04", 0)),
    G(["DD23-05", datetime(2023, 6, 23), "Paediatric “happy teeth” passport",
       "Little booklet children bring to every appointment – stickers and their own goals – to help anxious children",
       "Paediatrics", "Miss Laura Pennington", 8, 9, 8, 9, TOT, "1.5k", 1500,
       "Funded – rolled out to all 5 clinics and Wyvern CDS have asked for copies", "TBC"],
      inn("Paediatric “happy teeth” passport",
          "Little booklet children bring to every appointment – stickers and their own goals – to help anxious children",
          "Paediatrics", "Laura Pennington", None, "spreading",
          "Funded – rolled out to all 5 clinics and Wyvern CDS have asked for copies",
          "2023-06-23", "DD23-05", None)),
    B(["DD23-xx", None, "test", "test entry please ignore", None, "KA"], "test row"),
    G(["DD23-06", datetime(2023, 6, 23), "Suction tip recycling",
       "Swap single-use plastic saliva ejectors for the supplier’s take-back recycling scheme",
       "Decontamination / all clinics", "Gareth Lomax gareth.lomax@northmoorch.nhs.uk",
       5, 6, 4, 6, TOT, "£0", 0,
       "On hold – waiting on supplier contract renewal in 2025", "c. £800"],
      inn("Suction tip recycling",
          "Swap single-use plastic saliva ejectors for the supplier’s take-back recycling scheme",
          "Decontamination / all clinics", "Gareth Lomax", "gareth.lomax@northmoorch.nhs.uk",
          "paused", "On hold – waiting on supplier contract renewal in 2025",
          "2023-06-23", "DD23-06", 800)),
    G(["DD23-07", datetime(2023, 7, 7), "Chair-side tablets for consent",
       "Consent forms signed on a tablet instead of paper, saved straight to the dental record",
       "Oral surgery", "Mr Daniel Okafor (Specialty Dentist)", 9, 7, 7, 6, TOT, "£4,800", None,
       "Deferred – needs IG sign-off and digital team approval first", "£2k"],
      inn("Chair-side tablets for consent",
          "Consent forms signed on a tablet instead of paper, saved straight to the dental record",
          "Oral surgery", "Daniel Okafor", None, "planning",
          "Deferred – needs IG sign-off and digital team approval first",
          "2023-07-07", "DD23-07", 2000)),
    G(["DD23-08", "2023", "Weekend urgent dental triage rota",
       "Telephone triage by dental therapists at weekends so fewer patients turn up at A&E with toothache",
       "Urgent dental care", "Natarajan, Priya", 10, 9, 9, 9, TOT, "£12,000", 12000,
       "BAU now – in the rota permanently from April", "12k"],
      inn("Weekend urgent dental triage rota",
          "Telephone triage by dental therapists at weekends so fewer patients turn up at A&E with toothache",
          "Urgent dental care", "Priya Natarajan", None, "embedded",
          "BAU now – in the rota permanently from April", "2023-01-01", "DD23-08", 12000)),
    D(["DD23-09", datetime(2023, 7, 7), "SMS reminders for GA waiting list",
       "Text patients on the GA list to confirm they still want their slot", "Special Care",
       "Imran Qureshi", None, None, None, None, None, "£3,500", None,
       "Duplicate – already funded as DD23-02", None], "sms"),
    G(["DD23-10", datetime(2023, 7, 7), "Denture labelling kits for care homes",
       "Engraving/labelling kits so dentures in care homes don’t get lost or mixed up between residents",
       "Domiciliary team", "Sister Joan Whitaker", 7, 7, 8, 9, TOT, "£300", 300,
       "Trial in 2 care homes – PDSA 1", "approx £1,000/yr"],
      inn("Denture labelling kits for care homes",
          "Engraving/labelling kits so dentures in care homes don’t get lost or mixed up between residents",
          "Domiciliary team", "Joan Whitaker", None, "testing",
          "Trial in 2 care homes – PDSA 1", "2023-07-07", "DD23-10", 1000)),
    G(["DD23-11", "Sep-23", "Mouth care training for community hospital wards",
       "Short videos and bite-size sessions for ward staff on mouth care for patients who can’t brush their own teeth",
       "Oral health promotion", "Hannah Lees-Wright", 8, 8, 9, 9, TOT, "£1,200", 1200,
       "Funded – filming the videos now, sessions being booked", None],
      inn("Mouth care training for community hospital wards",
          "Short videos and bite-size sessions for ward staff on mouth care for patients who can’t brush their own teeth",
          "Oral health promotion", "Hannah Lees-Wright", None, "planning",
          "Funded – filming the videos now, sessions being booked", "2023-09-01", "DD23-11", None)),
    G(["DD23-12", datetime(2023, 9, 15), "Noise-cancelling headphones for anxious adults",
       "Headphones with calming playlists offered to adults with dental phobia during treatment",
       "Hollins Park clinic", "Tom Fairclough", 6, 5, 7, 8, TOT, "£250", None,
       "Scrapped – IPC said they can’t be cleaned properly between patients", None],
      inn("Noise-cancelling headphones for anxious adults",
          "Headphones with calming playlists offered to adults with dental phobia during treatment",
          "Hollins Park clinic", "Tom Fairclough", None, "stopped",
          "Scrapped – IPC said they can’t be cleaned properly between patients",
          "2023-09-15", "DD23-12", None)),
    G(["DD23-13", datetime(2023, 9, 15), "Shared calendar for interpreter bookings",
       "One Outlook calendar that every clinic uses to book interpreters, so we stop double booking them",
       "Admin team", "Beverley Nuttall (admin)", 7, 6, 6, 7, TOT, "£0", 0,
       "Approved – no money needed. Live in all clinics", "£300 a month"],
      inn("Shared calendar for interpreter bookings",
          "One Outlook calendar that every clinic uses to book interpreters, so we stop double booking them",
          "Admin team", "Beverley Nuttall", None, "implemented",
          "Approved – no money needed. Live in all clinics", "2023-09-15", "DD23-13", 3600)),
    B(["Entries below were late submissions – panel met again 14/11/23"], "notes row"),
    G(["DD23-14", datetime(2023, 11, 14), "Silver diamine fluoride for care home residents",
       "Using SDF to arrest decay in frail residents who can’t tolerate fillings, with a consent pathway for families",
       "Domiciliary team", "Dr Ewa Kowalczyk", 9, 8, 8, 9, TOT, "£2,000", 2000,
       "Waiting for Drug & Therapeutics Committee approval", "TBC"],
      inn("Silver diamine fluoride for care home residents",
          "Using SDF to arrest decay in frail residents who can’t tolerate fillings, with a consent pathway for families",
          "Domiciliary team", "Ewa Kowalczyk", None, "planning",
          "Waiting for Drug & Therapeutics Committee approval", "2023-11-14", "DD23-14", None)),
    G(["DD23-15", datetime(2023, 11, 14), "Trainee dental nurse buddy scheme",
       "Pairing each trainee dental nurse with a qualified buddy for their first 6 months",
       "Workforce / all clinics", "Kerry Ashworth", 7, 8, 8, 7, TOT, "£0", None,
       "Idea only – panel liked it, Kerry to write it up properly for next round", None],
      inn("Trainee dental nurse buddy scheme",
          "Pairing each trainee dental nurse with a qualified buddy for their first 6 months",
          "Workforce / all clinics", "Kerry Ashworth", None, "idea",
          "Idea only – panel liked it, Kerry to write it up properly for next round",
          "2023-11-14", "DD23-15", None)),
    G(["DD23-16", datetime(2023, 11, 14), "Recall interval audit tool",
       "Spreadsheet tool to check our recall intervals follow NICE guidance",
       "Clinical governance", "Dr Imran Qureshi", 6, 6, 5, 6, TOT, "£150", 150,
       "Audit done – results presented at Dec clinical governance day (68% compliant), report written", None],
      inn("Recall interval audit tool",
          "Spreadsheet tool to check our recall intervals follow NICE guidance",
          "Clinical governance", "Imran Qureshi", None, "evaluated",
          "Audit done – results presented at Dec clinical governance day (68% compliant), report written",
          "2023-11-14", "DD23-16", None)),
    B([None, None, "TOTALS", lambda n: "=COUNTA(C5:C%d)-2" % (n - 1), None, None,
       None, None, None, None, None, None, lambda n: "=SUM(M5:M%d)" % (n - 1)], "total row"),
    B(["Scores moderated by panel 20/11/23 – KA"], "notes row"),
]


def make_f1():
    wb = Workbook()
    ws = wb.active
    ws.title = "Scoring"
    ws["A1"] = "Northmoor Community Dental Service – Staff Dragons’ Den 2023/24"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:O1")
    ws["A2"] = ("Panel: Clinical Director (CD), Service Manager (SM), Dental Nurse Lead (DNL), "
                "patient representative. Each scores out of 10.")
    ws.merge_cells("A2:O2")
    for rng, txt in (("A3:F3", "ENTRY"), ("G3:K3", "Judges’ scores (out of 10 each)"),
                     ("L3:O3", "Panel decision")):
        ws[rng.split(":")[0]] = txt
        ws[rng.split(":")[0]].font = BOLD
        ws[rng.split(":")[0]].fill = GREY
        ws.merge_cells(rng)
    for c, h in enumerate(F1_HEADER, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.alignment = WRAP
    for i, r in enumerate(F1_ROWS):
        n = 5 + i
        for c, v in enumerate(cell_values(r, n), 1):
            if v is None:
                continue
            cell = ws.cell(row=n, column=c, value=v)
            if isinstance(v, datetime):
                cell.number_format = "dd/mm/yyyy"
            if c == 13 and isinstance(v, (int, float)):
                cell.number_format = "£#,##0"
            if c in (4, 14):
                cell.alignment = WRAP
    ws.freeze_panes = "D5"
    for col, w in zip("ABCDEFGHIJKLMNO", (10, 12, 34, 55, 22, 26, 5, 5, 5, 6, 9, 10, 10, 45, 16)):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("Panel & criteria")
    for r in (["Judge", "Role"], ["Dr Alun Pritchard", "Clinical Director"],
              ["Marcia Doyle", "Service Manager"], ["Kerry Ashworth", "Dental Nurse Lead (stood down for DD23-01/15)"],
              ["Mr Stan Holt", "Patient representative"], [],
              ["Criteria: patient benefit, cost, can it spread, staff wellbeing. Max £2k unless CD agrees."]):
        ws2.append(r)
    wb.save(os.path.join(HERE, F1))
    build_key(F1, "innovations", 4, F1_ROWS, sheet="Scoring")



# =====================================================================
# FILE 2  Calderbrook Hospitals NHS FT - IPC team Planner board export
#         (exported to Excel, two columns added by hand, saved as CSV UTF-8)
# =====================================================================
F2 = "calderbrook-ipc-ideas-planner-export.csv"
F2_HEADER = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To",
             "Created By", "Start Date", "Due Date", "Completed Date",
             "Completed Checklist Items", "Checklist Items", "Labels", "Description",
             "Area (added)", "Est. saving £/yr (added)"]
CHT = " (CALDERBROOK HOSPITALS NHS FOUNDATION TRUST)"
MOSS, CHAN, PATEL = "MOSS, Angela" + CHT, "CHANDRAN, Ravi" + CHT, "PATEL, Sunita" + CHT
ONEILL, HARG, MENSAH = "O'NEILL, Bernadette" + CHT, "HARGREAVES, Tom" + CHT, "MENSAH, Kwame" + CHT
KOW = "KOWALSKA, Agnieszka" + CHT
F2_ROWS = [
    G(["Xk3pQ9vL0aEeZ7mT2yHbGmUAFq1c", "Catheter passport for patients going home", "Live",
       "Completed", "Important", MOSS + ";" + CHAN, MOSS, "06/03/2023", "30/06/2023", "28/06/2023",
       "3/3", "Passport designed;Ward 12 pilot;Print order placed", "CAUTI;Urology",
       "Patient-held booklet recording catheter insertion date, reason and review date so district nurses know when it's due out.\nNow given out on all surgical wards.",
       "Surgical wards", ""],
      inn("Catheter passport for patients going home",
          "Patient-held booklet recording catheter insertion date, reason and review date so district nurses know when it's due out.\nNow given out on all surgical wards.",
          "Surgical wards", "Angela Moss", None, "implemented", "Live", "2023-03-06",
          "Xk3pQ9vL0aEeZ7mT2yHbGmUAFq1c", None), label="cath"),
    G(["bR7wN2kPq0yTtH4sVd9cJmUAKz6e", "Bare below the elbows peer audit on phones",
       "Testing (PDSA)", "In progress", "Medium", PATEL, MOSS, "14/08/2023", "29/02/2024", "",
       "2/4", "Form built;PDSA 1 Ward 3;PDSA 2 Ward 5;Review at IPCC", "Hand hygiene;Digital",
       "Microsoft Forms audit done on phones instead of paper – results go straight into a Power BI dashboard. PDSA cycle 2 running on Ward 5.",
       "Ward 3 & Ward 5", "£500 a month (paper + admin time)"],
      inn("Bare below the elbows peer audit on phones",
          "Microsoft Forms audit done on phones instead of paper – results go straight into a Power BI dashboard. PDSA cycle 2 running on Ward 5.",
          "Ward 3 & Ward 5", "Sunita Patel", None, "testing", "Testing (PDSA)", "2023-08-14",
          "bR7wN2kPq0yTtH4sVd9cJmUAKz6e", 6000)),
    G(["Lm0cT5xQw8eRrP2gAa7nFmUAH3dk", "Blood culture contamination bundle",
       "Spread to other areas", "In progress", "Urgent", ONEILL + ";" + PATEL + ";" + MENSAH, MOSS,
       "01/11/2022", "", "", "4/5",
       "Packs ordered;ANTT training ED;Baseline data;Re-audit;AMU + Eastfield roll-out",
       "Blood cultures;ED",
       "Dedicated blood culture packs and ANTT training in ED.\nContamination rate fell from 5.1% to 2.3% – now being rolled out to AMU and the Eastfield site.",
       "Emergency Department", "c. £45k (fewer false positives / bed days)"],
      inn("Blood culture contamination bundle",
          "Dedicated blood culture packs and ANTT training in ED.\nContamination rate fell from 5.1% to 2.3% – now being rolled out to AMU and the Eastfield site.",
          "Emergency Department", "Bernadette O'Neill", None, "spreading",
          "Spread to other areas", "2022-11-01", "Lm0cT5xQw8eRrP2gAa7nFmUAH3dk", 45000)),
    B([], "blank row"),
    B(["Qa1zW3sXe4dCrF5vTg6bYhMAn7uj", "Test task - ignore", "💡 Ideas", "Not started",
       "Medium", "", MOSS, "", "", "", "", "", "", "testing the export", "", ""], "test row"),
    G(["Hh8uJ2kL9mNbVc4xZa1sDmUAp0qw", "Glove awareness week (‘Gloves Off’)", "Done & evaluated",
       "Completed", "Medium", CHAN, CHAN, "05/06/2023", "30/06/2023", "10/10/2023", "3/3",
       "Baseline glove orders;Campaign week;Repeat audit + write-up", "Gloves;Sustainability",
       "Campaign to cut unnecessary non-sterile glove use. Before/after audit written up – glove orders down 18% on the 6 wards. Report went to Nursing & Midwifery Board Oct 23.",
       "Medicine division", "£9,600"],
      inn("Glove awareness week (‘Gloves Off’)",
          "Campaign to cut unnecessary non-sterile glove use. Before/after audit written up – glove orders down 18% on the 6 wards. Report went to Nursing & Midwifery Board Oct 23.",
          "Medicine division", "Ravi Chandran", None, "evaluated", "Done & evaluated",
          "2023-06-05", "Hh8uJ2kL9mNbVc4xZa1sDmUAp0qw", 9600)),
    G(["Pz5yG7hT1rEwQ3aS9dFgKmUAc2vb", "UV-C room decontamination robot",
       "Scoping / needs sign-off", "Not started", "Important", HARG, MOSS, "", "31/03/2024", "",
       "0/2", "Business case;Charity committee", "Environment;Capital bid",
       "Business case for a UV-C device for side rooms after C. diff cases. Bid submitted to charitable funds committee – waiting to hear.",
       "Estates & IPC", "TBC"],
      inn("UV-C room decontamination robot",
          "Business case for a UV-C device for side rooms after C. diff cases. Bid submitted to charitable funds committee – waiting to hear.",
          "Estates & IPC", "Tom Hargreaves", None, "planning", "Scoping / needs sign-off",
          None, "Pz5yG7hT1rEwQ3aS9dFgKmUAc2vb", None)),
    G(["Nc6vB8mK2jHgF4dS1aQwEmUAr9ty", "MRSA screening – PCR for elective ortho", "💡 Ideas",
       "Not started", "Low", MENSAH, MENSAH, "", "", "", "", "", "MRSA;Orthopaedics",
       "Idea from ortho pre-op: rapid PCR would let us admit on the day instead of waiting 48h for culture results. Need to cost it.",
       "Pre-op assessment", ""],
      inn("MRSA screening – PCR for elective ortho",
          "Idea from ortho pre-op: rapid PCR would let us admit on the day instead of waiting 48h for culture results. Need to cost it.",
          "Pre-op assessment", "Kwame Mensah", None, "idea", "💡 Ideas", None,
          "Nc6vB8mK2jHgF4dS1aQwEmUAr9ty", None)),
    D(["Tr2eW4qA6sDfG8hJ0kLzXmUAb1nm", "Catheter Passport (copy)", "Testing (PDSA)",
       "In progress", "Important", MOSS, CHAN, "06/03/2023", "", "", "1/3",
       "Passport designed;Ward 12 pilot;Print order placed", "CAUTI",
       "Copied card – patient-held catheter booklet", "Ward 12", ""], "cath"),
    G(["", "IPC link practitioner Teams channel", "Live", "Completed", "Medium", KOW, "",
       "Jan-23", "", "", "", "", "Education",
       "Teams channel for the 64 link practitioners to share alerts and audit results – replaced the old email cascade.",
       "Trustwide", ""],
      inn("IPC link practitioner Teams channel",
          "Teams channel for the 64 link practitioners to share alerts and audit results – replaced the old email cascade.",
          "Trustwide", "Agnieszka Kowalska", None, "implemented", "Live", "2023-01-01", None, None)),
    G(["Vb9nM1qW3eRtY5uI7oPaSmUAd4fg", "Norovirus bay closure decision tool", "Parked",
       "Not started", "Medium", HARG + ";" + MOSS, MOSS, "12/12/2022", "", "", "0/3",
       "Draft flowchart;Site managers feedback;Sign-off", "Norovirus;Bed management",
       "Flowchart for site managers on when to close a bay vs a whole ward. On hold – staff shortages over winter, pick up in spring.",
       "Site management", ""],
      inn("Norovirus bay closure decision tool",
          "Flowchart for site managers on when to close a bay vs a whole ward. On hold – staff shortages over winter, pick up in spring.",
          "Site management", "Tom Hargreaves", None, "paused", "Parked", "2022-12-12",
          "Vb9nM1qW3eRtY5uI7oPaSmUAd4fg", None)),
    G(["Ks3dF5gH7jKlZ9xC1vBnQmUAe6wr", "Chlorhexidine daily bathing for central line patients",
       "Binned", "Completed", "Medium", PATEL, PATEL, "20/02/2023", "", "30/05/2023", "", "",
       "Lines;Critical care",
       "Daily CHG wipe bathing trial in ICU. Scrapped – skin reactions in 3 patients and supplier problems.",
       "Critical Care", "n/a"],
      inn("Chlorhexidine daily bathing for central line patients",
          "Daily CHG wipe bathing trial in ICU. Scrapped – skin reactions in 3 patients and supplier problems.",
          "Critical Care", "Sunita Patel", None, "stopped", "Binned", "2023-02-20",
          "Ks3dF5gH7jKlZ9xC1vBnQmUAe6wr", None)),
    G(["Wq7eR9tY1uIoP3aSdF5gHmUAj8kl", "Safety cannula swap", "Spread to other areas",
       "Completed", "Important", ONEILL, ONEILL, "03/04/2022", "", "", "3/3",
       "Ward 9 trial;Procurement switch;Trustwide", "Sharps",
       "Swapped to safety (retractable) cannulas on Ward 9 after needlestick incidents. Rolled out trustwide Jan 2023 and Eastfield Community Hospital are copying us.",
       "Ward 9", "nil (costs more)"],
      inn("Safety cannula swap",
          "Swapped to safety (retractable) cannulas on Ward 9 after needlestick incidents. Rolled out trustwide Jan 2023 and Eastfield Community Hospital are copying us.",
          "Ward 9", "Bernadette O'Neill", None, "spreading", "Spread to other areas",
          "2022-04-03", "Wq7eR9tY1uIoP3aSdF5gHmUAj8kl", 0)),
    G(["Zx1cV3bN5mAsD7fG9hJkLmUAq2we", "Respiratory virus testing flowchart for ED",
       "Testing (PDSA)", "In progress", "Urgent", MENSAH + ";" + ONEILL, MOSS, "09/10/2023",
       "31/03/2024", "", "2/3", "PDSA cycle 1;PDSA cycle 2;PDSA cycle 3", "ED;Flu/COVID",
       "One-page flowchart for which patients get rapid flu/COVID/RSV PCR at the front door. PDSA cycle 3 running over winter.",
       "Emergency Department", "12k"],
      inn("Respiratory virus testing flowchart for ED",
          "One-page flowchart for which patients get rapid flu/COVID/RSV PCR at the front door. PDSA cycle 3 running over winter.",
          "Emergency Department", "Kwame Mensah", None, "testing", "Testing (PDSA)",
          "2023-10-09", "Zx1cV3bN5mAsD7fG9hJkLmUAq2we", 12000)),
    G(["Ed4rT6yU8iOpA0sDfGhJ2mUAz3xc", "Red/amber/green bay cleaning status boards", "💡 Ideas",
       "Not started", "Low", "", CHAN, "", "", "", "", "", "Environment",
       "Suggested at link practitioner day – magnetic boards showing when each bay was last cleaned. No owner yet.",
       "", ""],
      inn("Red/amber/green bay cleaning status boards",
          "Suggested at link practitioner day – magnetic boards showing when each bay was last cleaned. No owner yet.",
          None, None, None, "idea", "💡 Ideas", None, "Ed4rT6yU8iOpA0sDfGhJ2mUAz3xc", None)),
    G(["Gt5yH7uJ9kLzX1cVbN3mQmUAw4er", "C. diff antibiotic review prompt on EPR",
       "Scoping / needs sign-off", "In progress", "Important", MENSAH, MOSS, "15/01/2024", "",
       "", "1/3", "Spec agreed with micro;Digital team approval;Build + test", "C. diff;Antimicrobials",
       "Pop-up on e-prescribing at 72h for patients on high-risk antibiotics. Waiting for the digital team to approve the build.",
       "Pharmacy / Microbiology", "c. £20k"],
      inn("C. diff antibiotic review prompt on EPR",
          "Pop-up on e-prescribing at 72h for patients on high-risk antibiotics. Waiting for the digital team to approve the build.",
          "Pharmacy / Microbiology", "Kwame Mensah", None, "planning", "Scoping / needs sign-off",
          "2024-01-15", "Gt5yH7uJ9kLzX1cVbN3mQmUAw4er", 20000)),
    G(["Mj6kL8zX0cVbN2mQwE4rTmUAy5ui", "Mattress checks by housekeepers", "BAU",
       "Completed", "Medium", HARG, MOSS, "01/09/2021", "", "01/04/2022", "", "",
       "Environment;Facilities",
       "Housekeepers do the monthly mattress integrity checks instead of IPC nurses. Part of normal housekeeping duties since 2022.",
       "Facilities / Housekeeping", "£18,000"],
      inn("Mattress checks by housekeepers",
          "Housekeepers do the monthly mattress integrity checks instead of IPC nurses. Part of normal housekeeping duties since 2022.",
          "Facilities / Housekeeping", "Tom Hargreaves", None, "embedded", "BAU", "2021-09-01",
          "Mj6kL8zX0cVbN2mQwE4rTmUAy5ui", 18000)),
    G(["", "Mouth care to reduce hospital-acquired pneumonia", "Testing (PDSA)", "", "",
       "Angela Moss / Ravi Chandran", "", "Oct-23", "", "", "", "", "",
       "Copying the Mouth Care Matters approach on 2 elderly care wards to cut HAP.",
       "Elderly care (Wards 21 & 22)", "TBC"],
      inn("Mouth care to reduce hospital-acquired pneumonia",
          "Copying the Mouth Care Matters approach on 2 elderly care wards to cut HAP.",
          "Elderly care (Wards 21 & 22)", "Angela Moss", None, "testing", "Testing (PDSA)",
          "2023-10-01", None, None)),
    G(["", "Sepsis & IPC joint teaching on induction", "💡 Ideas", "", "",
       "Bernadette O'Neill bernadette.oneill@calderbrook.nhs.uk", "", "2024", "", "", "", "", "",
       "Joint 30-min slot with the sepsis team on nursing induction instead of two separate talks.",
       "Education / Practice Development", ""],
      inn("Sepsis & IPC joint teaching on induction",
          "Joint 30-min slot with the sepsis team on nursing induction instead of two separate talks.",
          "Education / Practice Development", "Bernadette O'Neill",
          "bernadette.oneill@calderbrook.nhs.uk", "idea", "💡 Ideas", "2024-01-01", None, None)),
    B([], "blank row"),
    B(["Total cards:", "18"], "total row"),
]


def make_f2():
    write_delimited(F2, F2_HEADER, F2_ROWS, "utf-8-sig")
    build_key(F2, "innovations", 1, F2_ROWS)


# =====================================================================
# FILE 3  Riverside & Wolds Hospitals NHS Trust - Estates green plan list
#         (Excel "CSV (comma delimited)": cp1252, CRLF)
# =====================================================================
F3 = "rwh-estates-green-plan-schemes.csv"
F3_HEADER = ["Ref", "Scheme", "What it involves", "Site / building", "Lead", "Lead email",
             "Green Plan area", "Start", "Where we're at", "Capital cost",
             "Annual saving (£)", "Carbon saving", "Notes"]
RW = "@rwhospitals.nhs.uk"
F3_ROWS = [
    G(["GP-001", "LED lighting upgrade – Main Outpatients",
       "Replace fluorescent tubes with LED panels and PIR sensors across OPD corridors and clinic rooms",
       "Castleford Road Hospital – OPD", "Martin Sewell (Energy Manager)", "martin.sewell" + RW,
       "Energy", "Spring 2022", "Complete – all floors done", "£86,000", "£21k", "38 tCO2e", ""],
      inn("LED lighting upgrade – Main Outpatients",
          "Replace fluorescent tubes with LED panels and PIR sensors across OPD corridors and clinic rooms",
          "Castleford Road Hospital – OPD", "Martin Sewell", "martin.sewell" + RW, "implemented",
          "Complete – all floors done", "2022-03-01", "GP-001", 21000)),
    G(["GP-002", "Desflurane decommissioning",
       "Remove desflurane vaporisers from theatres; switch to sevoflurane/TIVA",
       "Theatres", "Dr Helen Marsh (Consultant Anaesthetist) / Martin Sewell", "", "Anaesthetic gases",
       "2022", "Done. BAU now – no desflurane bought since Jul 22", "n/a", "£14,500",
       "c. 350 tonnes", "Big win – in the Green Plan annual report"],
      inn("Desflurane decommissioning",
          "Remove desflurane vaporisers from theatres; switch to sevoflurane/TIVA",
          "Theatres", "Helen Marsh", None, "embedded",
          "Done. BAU now – no desflurane bought since Jul 22", "2022-01-01", "GP-002", 14500)),
    G(["GP-003", "Solar PV – multi-storey car park canopy",
       "Solar canopy over the top deck of the car park, approx 400 kWp",
       "Castleford Road Hospital – car park", "Martin Sewell", "martin.sewell" + RW, "Energy", "",
       "Bid submitted to PSDS phase 3c – outcome due March", "£1.2m", "£95k", "120 t", ""],
      inn("Solar PV – multi-storey car park canopy",
          "Solar canopy over the top deck of the car park, approx 400 kWp",
          "Castleford Road Hospital – car park", "Martin Sewell", "martin.sewell" + RW, "planning",
          "Bid submitted to PSDS phase 3c – outcome due March", None, "GP-003", 95000)),
    G(["GP-004", "Reusable sharps bins",
       "Move from single-use to reusable sharps containers – supplier collects, empties and washes them",
       "Wolds Community Hospital (pilot)", "Sarah-Jane Pike", "sarah-jane.pike" + RW, "Waste",
       "03/02/2023", "Rolled out trustwide", "£0", "£500 a month", "18,400 kg", ""],
      inn("Reusable sharps bins",
          "Move from single-use to reusable sharps containers – supplier collects, empties and washes them",
          "Wolds Community Hospital (pilot)", "Sarah-Jane Pike", "sarah-jane.pike" + RW, "spreading",
          "Rolled out trustwide", "2023-02-03", "GP-004", 6000), label="sharps"),
    B([], "blank row"),
    G(["GP-005", "Cycle to work hub",
       "Secure bike shelter, lockers and showers by the staff entrance",
       "Wolds Community Hospital", "Priya Sandhu", "", "Travel", "Mar-23",
       "On hold – waiting for capital funding", "£40k", "n/a", "TBC", "Staff survey top ask"],
      inn("Cycle to work hub", "Secure bike shelter, lockers and showers by the staff entrance",
          "Wolds Community Hospital", "Priya Sandhu", None, "paused",
          "On hold – waiting for capital funding", "2023-03-01", "GP-005", None)),
    G(["GP-006", "Reusable theatre hats",
       "Cotton theatre caps laundered in-house instead of disposable bouffant hats",
       "Theatres", "Sister Claire Dunmore", "claire.dunmore" + RW, "Clinical", "01/06/2022",
       "PDSA cycle 3 – main theatres only", "£1,200", "c. £4k", "2.1 tCO2e", ""],
      inn("Reusable theatre hats",
          "Cotton theatre caps laundered in-house instead of disposable bouffant hats",
          "Theatres", "Claire Dunmore", "claire.dunmore" + RW, "testing",
          "PDSA cycle 3 – main theatres only", "2022-06-01", "GP-006", 4000)),
    G(["GP-007", "Heat pump – Estates workshop",
       "Replace the old gas boiler in the estates workshop with an air source heat pump",
       "Castleford Road Hospital – Estates", "Martin Sewell", "martin.sewell" + RW, "Energy", "2021",
       "Scrapped – building due for demolition", "£65,000", "", "", ""],
      inn("Heat pump – Estates workshop",
          "Replace the old gas boiler in the estates workshop with an air source heat pump",
          "Castleford Road Hospital – Estates", "Martin Sewell", "martin.sewell" + RW, "stopped",
          "Scrapped – building due for demolition", "2021-01-01", "GP-007", None)),
    B(["Rows below added by S-J Pike after Green Group 12/10/23"], "notes row"),
    G(["GP-008", "Inhaler switching & recycling",
       "Pharmacy-led switch from metered-dose to dry powder inhalers where clinically OK, plus inhaler return bins in pharmacy",
       "Pharmacy", "Aisha Rahman (Lead Pharmacist)", "aisha.rahman" + RW, "Medicines", "Oct-23",
       "Live in outpatient pharmacy", "£0", "£2k", "c.3 tonnes", ""],
      inn("Inhaler switching & recycling",
          "Pharmacy-led switch from metered-dose to dry powder inhalers where clinically OK, plus inhaler return bins in pharmacy",
          "Pharmacy", "Aisha Rahman", "aisha.rahman" + RW, "implemented",
          "Live in outpatient pharmacy", "2023-10-01", "GP-008", 2000)),
    D(["GP-009", "Reusable sharps containers (trustwide)",
       "Reusable sharps containers – supplier collects and washes", "Trustwide", "Pike, Sarah-Jane",
       "sarah-jane.pike" + RW, "Waste", "Feb-23", "Rolled out trustwide", "£0", "6k", "18.4 t",
       "same as GP-004?"], "sharps"),
    G(["GP-010", "Food waste digester",
       "On-site digester for kitchen food waste instead of sending it to landfill",
       "Castleford Road Hospital – Catering", "Gary Whitfield", "gary.whitfield" + RW, "Waste",
       "2024", "Idea – to cost up", "TBC", "TBC", "TBC", ""],
      inn("Food waste digester",
          "On-site digester for kitchen food waste instead of sending it to landfill",
          "Castleford Road Hospital – Catering", "Gary Whitfield", "gary.whitfield" + RW, "idea",
          "Idea – to cost up", "2024-01-01", "GP-010", None)),
    G(["GP-011", "Nitrous oxide manifold decommissioning",
       "Decommission the leaking piped nitrous oxide manifold and move to portable cylinders",
       "Maternity / Theatres", "Dr Helen Marsh", "", "Anaesthetic gases", "Jan-23",
       "Evaluation complete – 92% cut in N2O losses, written up for Green Group", "£8,000",
       "£7,500", "210 tCO2e", ""],
      inn("Nitrous oxide manifold decommissioning",
          "Decommission the leaking piped nitrous oxide manifold and move to portable cylinders",
          "Maternity / Theatres", "Helen Marsh", None, "evaluated",
          "Evaluation complete – 92% cut in N2O losses, written up for Green Group",
          "2023-01-01", "GP-011", 7500)),
    B(["TEST", "test", "", "", "", "", "", "", "TEST – delete"], "test row"),
    G(["GP-012", "Electric pool cars",
       "Replace 6 diesel pool cars with EVs and put in charge points at both sites",
       "Transport", "Kevin O’Driscoll", "kevin.odriscoll" + RW, "Travel", "September 2022",
       "Ordering – leases signed, cars arrive Feb", "£180k (lease)", "£12,000", "9.5 t CO2e", ""],
      inn("Electric pool cars",
          "Replace 6 diesel pool cars with EVs and put in charge points at both sites",
          "Transport", "Kevin O’Driscoll", "kevin.odriscoll" + RW, "planning",
          "Ordering – leases signed, cars arrive Feb", "2022-09-01", "GP-012", 12000)),
    G(["GP-013", "‘Turn it off’ campaign",
       "Staff campaign and stickers to switch off PCs, monitors and lights at night",
       "Wolds Community Hospital – admin floors", "Priya Sandhu", "priya.sandhu" + RW,
       "Engagement", "Spring 2023",
       "Started on Wolds admin floors; now taken up at Castleford Rd and by the ICB",
       "£600", "c. £4k", "12 tCO2e", ""],
      inn("‘Turn it off’ campaign",
          "Staff campaign and stickers to switch off PCs, monitors and lights at night",
          "Wolds Community Hospital – admin floors", "Priya Sandhu", "priya.sandhu" + RW,
          "spreading", "Started on Wolds admin floors; now taken up at Castleford Rd and by the ICB",
          "2023-03-01", "GP-013", 4000)),
    G(["GP-014", "Rainwater harvesting for vehicle wash",
       "Collect rainwater from the transport depot roof for washing vans and patient transport vehicles",
       "Transport depot", "Kevin O’Driscoll", "", "Water", "",
       "Not approved by capital panel – declined", "£22,000", "£1,100", "0.4 t", ""],
      inn("Rainwater harvesting for vehicle wash",
          "Collect rainwater from the transport depot roof for washing vans and patient transport vehicles",
          "Transport depot", "Kevin O’Driscoll", None, "stopped",
          "Not approved by capital panel – declined", None, "GP-014", 1100)),
    G(["GP-015", "Paper-light outpatient letters",
       "Digital letters through the patient portal, paper only on request",
       "Outpatients", "Donna Fairbairn", "donna.fairbairn" + RW, "Digital", "12/09/2023",
       "Live on 2 specialties (derm + ENT)", "£0", "£3,000 a month", "4,500 kg", ""],
      inn("Paper-light outpatient letters",
          "Digital letters through the patient portal, paper only on request",
          "Outpatients", "Donna Fairbairn", "donna.fairbairn" + RW, "implemented",
          "Live on 2 specialties (derm + ENT)", "2023-09-12", "GP-015", 36000)),
    G(["GP-016", "Walking meetings / remote meetings policy",
       "", "Trustwide", "", "", "Travel", "", "Suggested at Green Group – no lead yet", "", "", "",
       ""],
      inn("Walking meetings / remote meetings policy", None, "Trustwide", None, None, "idea",
          "Suggested at Green Group – no lead yet", None, "GP-016", None)),
    B([], "blank row"),
    B(["", "SUB-TOTAL (schemes live/complete)", "", "", "", "", "", "", "", "", "£79,100",
       "c. 615 t", ""], "total row"),
    B(["Carbon figures from SDU calculator – MS to double-check before board report"], "notes row"),
]


def make_f3():
    write_delimited(F3, F3_HEADER, F3_ROWS, "cp1252")
    build_key(F3, "innovations", 1, F3_ROWS)


# =====================================================================
# FILE 4  Pennine Vale Healthcare NHS Trust - SLT skills & interests matrix
# =====================================================================
F4 = "pennine-vale-slt-skills-matrix.xlsx"
F4_AREAS = ["Dysphagia", "Voice", "Dysfluency", "AAC", "Aphasia", "Head & neck cancer", "DLD",
            "Autism", "Selective mutism", "Cleft lip & palate", "Tracheostomy"]
F4_HEADER = (["Surname", "First name", "Band / post", "Team", "Email"] + F4_AREAS +
             ["Other interests (free text)", "Can offer…", "Notes"])
PV = "@pennvale.nhs.uk"


def marks(**m):
    """m maps area index -> mark; returns the 11 matrix cells."""
    cells = [None] * len(F4_AREAS)
    for k, v in m.items():
        cells[int(k[1:])] = v
    return cells


def srow(surname, first, band, team, email, matrix, other, offer, notes):
    return [surname, first, band, team, email] + matrix + [other, offer, notes]


F4_ROWS = [
    G(srow("Rees", "Dr Megan", "Consultant SLT (Band 8b)", "Adult acute", "megan.rees" + PV,
           marks(a0="Y", a1="x", a5="Y", a10="✓"), "Research; FEES",
           "Happy to supervise FEES competencies", None),
      staff("Megan Rees", "Megan", "Rees", "megan.rees" + PV, "Consultant SLT (Band 8b)",
            "Adult acute", ["Dysphagia", "Head & neck cancer", "Tracheostomy", "Research", "FEES"],
            "Happy to supervise FEES competencies")),
    G(srow("Okonkwo", "Chidi", "Band 7 Clinical Lead", "Adult community", "chidi.okonkwo" + PV,
           marks(a1="x", a3="✓", a4="Y"), "Supported conversation\nCommunication access training",
           "Can offer aphasia-friendly information training to other teams", None),
      staff("Chidi Okonkwo", "Chidi", "Okonkwo", "chidi.okonkwo" + PV, "Band 7 Clinical Lead",
            "Adult community", ["AAC", "Aphasia", "Supported conversation",
                                "Communication access training"],
            "Can offer aphasia-friendly information training to other teams")),
    G(srow("Byrne", "Siobhán", "Band 6", "Paediatrics – mainstream schools", None,
           marks(a6="Y", a7="Y", a8="✓", a9="x"), "Makaton, Signalong", None, None),
      staff("Siobhán Byrne", "Siobhán", "Byrne", None, "Band 6", "Paediatrics – mainstream schools",
            ["DLD", "Autism", "Selective mutism", "Makaton", "Signalong"], None), label="byrne"),
    G(srow("Fletcher", "James", "Band 5 (left Aug 23)", "Adult acute", "james.fletcher" + PV,
           marks(a0="Y"), None, None, None),
      staff("James Fletcher", "James", "Fletcher", "james.fletcher" + PV, "Band 5", "Adult acute",
            ["Dysphagia"], None, left=True, left_on="2023-08-01")),
    B([], "blank row"),
    G(srow("Kaur", "Jaspreet", "Band 6 – Specialist SLT", "Paediatrics – complex needs",
           "jaspreet.kaur" + PV, marks(a0="Y", a3="Y", a7="✓", a9="x"),
           "• Eye-gaze tech\n• PODD books\n• Paediatric feeding\n• Speaks Punjabi",
           "Willing to run AAC drop-ins for school staff", None),
      staff("Jaspreet Kaur", "Jaspreet", "Kaur", "jaspreet.kaur" + PV, "Band 6 – Specialist SLT",
            "Paediatrics – complex needs",
            ["Dysphagia", "AAC", "Autism", "Eye-gaze tech", "PODD books", "Paediatric feeding"],
            "Willing to run AAC drop-ins for school staff")),
    G(srow("Wilkinson", "Rob", "SLT Assistant (Band 4)", "Adult community", "rob.wilkinson" + PV,
           marks(a4="✓"), "Running conversation groups", None, None),
      staff("Rob Wilkinson", "Rob", "Wilkinson", "rob.wilkinson" + PV, "SLT Assistant (Band 4)",
            "Adult community", ["Aphasia", "Running conversation groups"], None)),
    B(srow("VACANT", None, "Band 6 Voice specialist (out to advert)", "Adult community", None,
           marks(), None, None, "Interviews 14 Feb"), "vacant post"),
    G(srow("Ahmed", "Dr Farah", "Principal SLT / Clinical Academic (8a)", "Research & Voice",
           "farah.ahmed" + PV, marks(a1="Y", a2="Y", a5="x"),
           "Transgender voice and communication; Laryngectomy",
           "Happy to mentor anyone thinking about a clinical PhD", "Seconded to university 2 days/wk"),
      staff("Farah Ahmed", "Farah", "Ahmed", "farah.ahmed" + PV,
            "Principal SLT / Clinical Academic (8a)", "Research & Voice",
            ["Voice", "Dysfluency", "Transgender voice and communication", "Laryngectomy"],
            "Happy to mentor anyone thinking about a clinical PhD")),
    G(srow("Lindqvist", "Anna", "Band 7", "Cleft team (regional)", "anna.lindqvist" + PV,
           marks(a1="✓", a9="Y"), "Velopharyngeal dysfunction, nasendoscopy", None,
           "Mat leave until Sept 24"),
      staff("Anna Lindqvist", "Anna", "Lindqvist", "anna.lindqvist" + PV, "Band 7",
            "Cleft team (regional)",
            ["Voice", "Cleft lip & palate", "Velopharyngeal dysfunction", "nasendoscopy"], None)),
    D(srow("Byrne", "Siobhan", "Band 6 SLT", "Paeds – schools", "siobhan.byrne" + PV,
           marks(a6="Y", a7="Y"), "Makaton", None, "old row? – check with SB"), "byrne"),
    G(srow("O'Sullivan", "Maeve", "Band 5 SLT", "Adult acute", "maeve.osullivan" + PV,
           marks(a0="✓", a10="x"), None, None, None),
      staff("Maeve O'Sullivan", "Maeve", "O'Sullivan", "maeve.osullivan" + PV, "Band 5 SLT",
            "Adult acute", ["Dysphagia"], None)),
    G(srow("Tan", "Wei Ling", "Band 7 – Dysfluency lead", "Paediatrics – dysfluency clinic",
           "weiling.tan" + PV, marks(a2="Y", a8="Y"), "Lidcombe Program & Palin PCI",
           "Happy to deliver stammering awareness sessions to schools", None),
      staff("Wei Ling Tan", "Wei Ling", "Tan", "weiling.tan" + PV, "Band 7 – Dysfluency lead",
            "Paediatrics – dysfluency clinic",
            ["Dysfluency", "Selective mutism", "Lidcombe Program", "Palin PCI"],
            "Happy to deliver stammering awareness sessions to schools")),
    G(srow("Harrison", "Gill", "Band 8a Service Manager", "Management", "gill.harrison" + PV,
           marks(), "Service improvement, QI coaching", None, None),
      staff("Gill Harrison", "Gill", "Harrison", "gill.harrison" + PV, "Band 8a Service Manager",
            "Management", ["Service improvement", "QI coaching"], None)),
    B(["New starters Jan 24 – please fill in your own row"], "notes row"),
    G(srow("Novák", "Petra", "Band 5 SLT (new starter)", "Adult community", "petra.novak" + PV,
           marks(a4="✓"), None, None, None),
      staff("Petra Novák", "Petra", "Novák", "petra.novak" + PV, "Band 5 SLT (new starter)",
            "Adult community", ["Aphasia"], None)),
    G(srow("Mensah", "Abena", "Band 6", "Paediatrics – early years", None,
           marks(a6="✓", a7="Y"), "Attention Autism; Hanen (It Takes Two to Talk)",
           "Can offer Hanen parent sessions", None),
      staff("Abena Mensah", "Abena", "Mensah", None, "Band 6", "Paediatrics – early years",
            ["DLD", "Autism", "Attention Autism", "Hanen (It Takes Two to Talk)"],
            "Can offer Hanen parent sessions")),
    G(srow("Clarke", "Tom", "Band 6", "Adult acute", "tom.clarke" + PV,
           marks(a0="Y", a5="✓"), None, None, "LEFT – now at Leeds"),
      staff("Tom Clarke", "Tom", "Clarke", "tom.clarke" + PV, "Band 6", "Adult acute",
            ["Dysphagia", "Head & neck cancer"], None, left=True)),
    B(srow("TEST", "Test", "test", None, None, marks(a0="Y"), None, None, None), "test row"),
    B([], "blank row"),
    B(["No. with interest (Y or ✓)", None, None, None, None] +
      [(lambda col: (lambda n: '=COUNTIF(%s5:%s%d,"Y")+COUNTIF(%s5:%s%d,"✓")'
                     % (col, col, n - 2, col, col, n - 2)))(chr(ord("F") + i))
       for i in range(len(F4_AREAS))], "total row"),
]


def make_f4():
    wb = Workbook()
    ws = wb.active
    ws.title = "Matrix"
    ws["A1"] = "Speech & Language Therapy – Clinical Skills and Special Interests Matrix"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:S1")
    ws["A2"] = ("Updated by M. Rees Jan 2024.  Y = competent/special interest   ✓ = interest   "
                "x = no   blank = not known.  PLEASE UPDATE YOUR OWN ROW")
    ws.merge_cells("A2:S2")
    for rng, txt in (("A3:E3", "Staff member"), ("F3:P3", "Clinical interest areas"),
                     ("Q3:S3", "In your own words")):
        c = ws[rng.split(":")[0]]
        c.value, c.font, c.fill = txt, BOLD, GREY
        ws.merge_cells(rng)
    for c, h in enumerate(F4_HEADER, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.alignment = Alignment(wrap_text=True, text_rotation=90 if 6 <= c <= 16 else 0,
                                   vertical="bottom")
    for i, r in enumerate(F4_ROWS):
        n = 5 + i
        for c, v in enumerate(cell_values(r, n), 1):
            if v is None:
                continue
            cell = ws.cell(row=n, column=c, value=v)
            if c >= 17:
                cell.alignment = WRAP
            if 6 <= c <= 16:
                cell.alignment = Alignment(horizontal="center")
    ws.freeze_panes = "F5"
    ws.column_dimensions["C"].width = 30
    ws.column_dimensions["D"].width = 28
    ws.column_dimensions["E"].width = 26
    for col in "QRS":
        ws.column_dimensions[col].width = 36
    k = wb.create_sheet("Key & CPD dates")
    for r in (["Mark", "Meaning"], ["Y", "Competent / special interest"],
              ["✓", "Interest – happy to be asked"], ["x", "No / not my area"],
              ["(blank)", "Not filled in"], [],
              ["Dysphagia CPD", "Tues 12 March, Seminar Rm 2"]):
        k.append(r)
    wb.save(os.path.join(HERE, F4))
    build_key(F4, "staff", 4, F4_ROWS, sheet="Matrix")


# =====================================================================
# FILE 5  Bramwell & District Hospitals NHS Trust - Endoscopy "who to ask"
#         (Excel "Unicode Text": UTF-16 LE with BOM, TAB separated)
# =====================================================================
F5 = "bramwell-endoscopy-who-to-ask.txt"
F5_HEADER = ["Name", "Job / grade", "Go to me for…", "Happy to…", "Email", "Ext / bleep", "Notes"]
BW = "@bramwell.nhs.uk"
CONS, NURS, BOOK, DECON = ("Consultant endoscopists", "Nursing team", "Bookings & admin",
                           "Decontamination (EDU)")
F5_ROWS = [
    B([CONS], "team sub-heading row"),
    G(["Dr Fiona MacLeod", "Consultant Gastroenterologist, Clinical Lead for Endoscopy",
       "ERCP; EUS; pancreaticobiliary", "Happy to teach on the JAG ERCP course",
       "fiona.macleod" + BW, "4471", ""],
      staff("Fiona MacLeod", "Fiona", "MacLeod", "fiona.macleod" + BW,
            "Consultant Gastroenterologist, Clinical Lead for Endoscopy", CONS,
            ["ERCP", "EUS", "pancreaticobiliary"], "Happy to teach on the JAG ERCP course")),
    G(["Mr Anil Varma (Colorectal Surgeon)", "Consultant Surgeon",
       "Bowel cancer screening (BCSP) colonoscopy, complex polypectomy, EMR", "", "", "4412",
       "Tues & Thurs lists only"],
      staff("Anil Varma", "Anil", "Varma", None, "Consultant Surgeon", CONS,
            ["Bowel cancer screening (BCSP) colonoscopy", "complex polypectomy", "EMR"], None)),
    G(["Dr Ngozi Eze", "Consultant Gastroenterologist", "IBD\nSmall bowel\nCapsule endoscopy",
       "Willing to supervise capsule reading for trainees", "ngozi.eze" + BW, "bleep 2231", ""],
      staff("Ngozi Eze", "Ngozi", "Eze", "ngozi.eze" + BW, "Consultant Gastroenterologist", CONS,
            ["IBD", "Small bowel", "Capsule endoscopy"],
            "Willing to supervise capsule reading for trainees")),
    B([], "blank row"),
    B([NURS], "team sub-heading row"),
    G(["Sister Grace Adeyemi", "Band 7 Unit Manager", "Rota, JAG accreditation, patient pathways",
       "", "grace.adeyemi" + BW, "4480", "Also speaks Yoruba"],
      staff("Grace Adeyemi", "Grace", "Adeyemi", "grace.adeyemi" + BW, "Band 7 Unit Manager", NURS,
            ["Rota", "JAG accreditation", "patient pathways"], None)),
    G(["O'Brien, Niamh", "Band 7 Nurse Endoscopist",
       "• Upper GI diagnostic OGD\n• Transnasal endoscopy\n• Barrett’s surveillance",
       "Happy to support nurses thinking about the nurse endoscopist programme",
       "niamh.obrien" + BW, "4475", ""],
      staff("Niamh O'Brien", "Niamh", "O'Brien", "niamh.obrien" + BW, "Band 7 Nurse Endoscopist",
            NURS, ["Upper GI diagnostic OGD", "Transnasal endoscopy", "Barrett’s surveillance"],
            "Happy to support nurses thinking about the nurse endoscopist programme")),
    G(["Tomasz Wiśniewski", "Band 6 Staff Nurse", "Sedation & recovery, Entonox, speaks Polish",
       "", "tomasz.wisniewski" + BW, "4476", ""],
      staff("Tomasz Wiśniewski", "Tomasz", "Wiśniewski", "tomasz.wisniewski" + BW,
            "Band 6 Staff Nurse", NURS, ["Sedation & recovery", "Entonox"], None)),
    G(["Chloé Martin", "Band 6 Staff Nurse – decontam link nurse", "Decontamination; scope tracking",
       "", "chloe.martin" + BW, "", "On maternity leave until April"],
      staff("Chloé Martin", "Chloé", "Martin", "chloe.martin" + BW,
            "Band 6 Staff Nurse – decontam link nurse", NURS,
            ["Decontamination", "scope tracking"], None)),
    G(["Ben Hollis <ben.hollis" + BW + ">", "Band 5 Staff Nurse",
       "Bowel prep advice and pre-assessment", "Can offer bowel prep teaching to ward staff", "",
       "4477", ""],
      staff("Ben Hollis", "Ben", "Hollis", "ben.hollis" + BW, "Band 5 Staff Nurse", NURS,
            ["Bowel prep advice", "pre-assessment"], "Can offer bowel prep teaching to ward staff")),
    G(["Kate Dunn", "Band 7 Nurse Endoscopist (left Mar-24)", "Lower GI, flexi sig", "",
       "kate.dunn" + BW, "", ""],
      staff("Kate Dunn", "Kate", "Dunn", "kate.dunn" + BW, "Band 7 Nurse Endoscopist", NURS,
            ["Lower GI", "flexi sig"], None, left=True, left_on="2024-03-01")),
    B(["Vacant – Band 6 JAG trainer post (out to advert)", "", "", "", "", "", ""], "vacant post"),
    B([BOOK], "team sub-heading row"),
    G(["Hussain, Mariam", "Endoscopy Booking Coordinator (Band 4)",
       "2WW bookings; surveillance recall lists",
       "Happy to show new staff the booking system (Lorenzo)", "mariam.hussain" + BW, "4490", ""],
      staff("Mariam Hussain", "Mariam", "Hussain", "mariam.hussain" + BW,
            "Endoscopy Booking Coordinator (Band 4)", BOOK,
            ["2WW bookings", "surveillance recall lists"],
            "Happy to show new staff the booking system (Lorenzo)"), label="mariam"),
    G(["Janet Pollard", "Admin Assistant", "", "", "", "4491", "Mornings only"],
      staff("Janet Pollard", "Janet", "Pollard", None, "Admin Assistant", BOOK, [], None)),
    D(["Mariam Hussain", "Booking Coordinator", "2WW bookings", "", "mariam.hussain" + BW, "4490",
       ""], "mariam"),
    B([DECON], "team sub-heading row"),
    G(["Peter Quinn (LEAVER)", "Decontamination Lead",
       "EDU validation, HTM 01-06, washer-disinfectors", "", "", "4495", ""],
      staff("Peter Quinn", "Peter", "Quinn", None, "Decontamination Lead", DECON,
            ["EDU validation", "HTM 01-06", "washer-disinfectors"], None, left=True)),
    G(["Lisa Cheung", "EDU Technician", "Scope repairs; loan scopes",
       "Can offer decontam induction for new nurses", "lisa.cheung" + BW, "4496", ""],
      staff("Lisa Cheung", "Lisa", "Cheung", "lisa.cheung" + BW, "EDU Technician", DECON,
            ["Scope repairs", "loan scopes"], "Can offer decontam induction for new nurses")),
    B(["Test user", "test", "", "", "", "", ""], "test row"),
    B([], "blank row"),
    B(["Last updated by G. Adeyemi 02/02/2024 – tell Grace if your details change"], "notes row"),
]


def make_f5():
    write_delimited(F5, F5_HEADER, F5_ROWS, "utf-16", delimiter="\t")
    build_key(F5, "staff", 1, F5_ROWS)

if __name__ == "__main__":
    make_f1()
    make_f2()
    make_f3()
    make_f4()
    make_f5()
    print("done")
