#!/usr/bin/env python3
"""Regenerates every file in this held-out corpus and its answer key.
All rows are held literally below. Run: python3 make_files.py"""
import csv, io, json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))

# ---------- key helpers ----------
def INN(title, summary, department, lead, email, stage, status_text, started, ref, savings):
    e = {"title": title, "summary": summary, "department": department,
         "lead": None if lead is None else {"name": lead, "email": email},
         "stage": stage, "status_text": status_text, "ref": ref, "savings_gbp": savings}
    if started is not None:
        e["started"] = started
    return {"good": True, "expected": e}

def STAFF(name, given, family, email, job_title, department, expertise, willing, left=False, left_on=None):
    e = {"name": name, "given_name": given, "family_name": family, "email": email,
         "job_title": job_title, "department": department, "expertise": expertise,
         "willing_to_text": willing}
    if left:
        e["employment_status"] = "left"
        if left_on:
            e["left_on"] = left_on
    return {"good": True, "expected": e}

def BAD(reason):
    return {"good": False, "reason": reason}

def resolve(rows, first_row):
    """rows: list of (cells, key, label). Returns {rownum: key}; 'duplicate of @label' resolved."""
    labels = {}
    for i, r in enumerate(rows):
        if len(r) > 2 and r[2]:
            labels[r[2]] = first_row + i
    out = {}
    for i, r in enumerate(rows):
        k = dict(r[1])
        if not k["good"] and "@" in k["reason"]:
            pre, lab = k["reason"].split("@")
            k["reason"] = pre + str(labels[lab])
        out[str(first_row + i)] = k
    return out

def write_key(fname, kind, header_row, rows, first_row, sheet=None):
    key = {"file": fname, "kind": kind, "header_row": header_row}
    if sheet:
        key["sheet"] = sheet
    key["rows"] = resolve(rows, first_row)
    with open(os.path.join(OUT, fname + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, indent=1, ensure_ascii=False)

def csv_text(all_rows, delim=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for r in all_rows:
        w.writerow(["" if c is None else c for c in r])
    return buf.getvalue()

def trim_trailing(r):
    r = list(r)
    return r

# =====================================================================
# FILE 1: Northmoor & Calder Valley NHS Foundation Trust (ODS RX7) -
# mental health trust, Community & Crisis Care Group. Life QI-style
# project export, re-saved from Excel as "CSV (Comma delimited)":
# cp1252, CRLF. Someone typed a title line above the export.
# =====================================================================
F1 = "ncv_crisis_community_qi_projects.csv"
F1_TITLE = [["Life QI export – Community & Crisis Care Group – downloaded 14/11/2024 (C. Ashworth)"], []]
F1_HEAD = ["Project ID", "Project title", "Aim statement", "Status", "Project lead", "Lead email",
           "Team members", "Start date", "Location", "Annual financial benefit (£)"]
D = "@ncvft.nhs.uk"
F1_ROWS = [
 (["10231", "Safety plan co-produced at first contact",
   "To increase the proportion of CRHT service users with a co-produced safety plan within 24 hours of referral from 40% to 90% by March 2024.",
   "PDSA cycle 3", "Dr Amara Okafor", "amara.okafor" + D, "Jo Pickles, Sam Whitely, Lorna Best (peer support worker)",
   "03/04/2023", "Crisis Resolution & Home Treatment (CRHT) – North", ""],
  INN("Safety plan co-produced at first contact",
      "To increase the proportion of CRHT service users with a co-produced safety plan within 24 hours of referral from 40% to 90% by March 2024.",
      "Crisis Resolution & Home Treatment (CRHT) – North", "Amara Okafor", "amara.okafor" + D,
      "testing", "PDSA cycle 3", "2023-04-03", "10231", None), "safety"),
 (["10245", "Crisis line call-back within the hour",
   "Every caller who can't get through to the crisis line gets a call back within 60 minutes, 24/7.",
   "live on both crisis lines", "Mark Fenwick (Band 7 team manager)", "", "Crisis line staff",
   "Jun-23", "Single Point of Access (SPA)", "n/a"],
  INN("Crisis line call-back within the hour",
      "Every caller who can't get through to the crisis line gets a call back within 60 minutes, 24/7.",
      "Single Point of Access (SPA)", "Mark Fenwick", None, "implemented", "live on both crisis lines",
      "2023-06-01", "10245", None)),
 (["10252", "Street triage car – evening shift extension",
   "Extend the joint police/mental health street triage car to 02:00 on Fri & Sat to cut s136 detentions.",
   "BAU now", "Kerry-Ann Lomas / PC Dave Hirst", "k.lomas" + D, "", "2022", "Street Triage", "£38,000"],
  INN("Street triage car – evening shift extension",
      "Extend the joint police/mental health street triage car to 02:00 on Fri & Sat to cut s136 detentions.",
      "Street Triage", "Kerry-Ann Lomas", "k.lomas" + D, "embedded", "BAU now", "2022-01-01", "10252", 38000)),
 (["10260", "Sleep hygiene group at Willow Lodge",
   "Weekly evening group for crisis house guests on sleep routines, caffeine and screens.",
   "on hold - staff shortages", "Ms Siobhán Kearney", "", "OT team", "Spring 2022", "Crisis House (Willow Lodge)", "TBC"],
  INN("Sleep hygiene group at Willow Lodge",
      "Weekly evening group for crisis house guests on sleep routines, caffeine and screens.",
      "Crisis House (Willow Lodge)", "Siobhán Kearney", None, "paused", "on hold - staff shortages",
      "2022-03-01", "10260", None)),
 (["10264", "Digital wellbeing check-ins for EIP",
   "Weekly text/app check-in for young people on the EIP caseload between visits.",
   "Idea - needs discussing at team meeting", "Tariq Mahmood", "tariq.mahmood" + D, "", "", "Early Intervention in Psychosis", ""],
  INN("Digital wellbeing check-ins for EIP",
      "Weekly text/app check-in for young people on the EIP caseload between visits.",
      "Early Intervention in Psychosis", "Tariq Mahmood", "tariq.mahmood" + D, "idea",
      "Idea - needs discussing at team meeting", None, "10264", None)),
 (["10270", "Perinatal peer support ‘bump buddies’",
   "Pairing new referrals with trained peer supporters who have lived experience of perinatal mental illness.",
   "evaluation written up – presented at QI forum Nov 23", "Hannah O’Driscoll", "hannah.odriscoll" + D,
   "Perinatal MH team", "01/09/2022", "Perinatal Mental Health", "nil"],
  INN("Perinatal peer support ‘bump buddies’",
      "Pairing new referrals with trained peer supporters who have lived experience of perinatal mental illness.",
      "Perinatal Mental Health", "Hannah O’Driscoll", "hannah.odriscoll" + D, "evaluated",
      "evaluation written up – presented at QI forum Nov 23", "2022-09-01", "10270", 0)),
 (["10271", "TEST project please ignore", "test", "Active", "QI Team", "", "", "", "", ""],
  BAD("test row")),
 (["10277", "Liaison psychiatry frequent attender plans",
   "Shared care plans for people attending ED 5+ times a year, agreed with ED consultants and GPs.",
   "rolled out to Calder General & Halden Royal", "Dr Priya Natarajan priya.natarajan" + D, "",
   "Liaison team, ED matrons", "Oct-22", "Psychiatric Liaison – Calder General", "c. £45k"],
  INN("Liaison psychiatry frequent attender plans",
      "Shared care plans for people attending ED 5+ times a year, agreed with ED consultants and GPs.",
      "Psychiatric Liaison – Calder General", "Priya Natarajan", "priya.natarajan" + D, "spreading",
      "rolled out to Calder General & Halden Royal", "2022-10-01", "10277", 45000)),
 ([""] * 10, BAD("blank row")),
 (["10283", "Text reminders for depot clinic",
   "Automated SMS reminder 48 hours before depot injection appointments to cut missed doses.",
   "bid submitted to Trust charity", "Nkechi Adeyemi (Band 6 CPN)", "nkechi.adeyemi" + D, "Depot clinic nurses",
   "12/02/2024", "Bridgeford CMHT", "£500 a month"],
  INN("Text reminders for depot clinic",
      "Automated SMS reminder 48 hours before depot injection appointments to cut missed doses.",
      "Bridgeford CMHT", "Nkechi Adeyemi", "nkechi.adeyemi" + D, "planning", "bid submitted to Trust charity",
      "2024-02-12", "10283", 6000)),
 (["10290", "Physical health checks in Older Adults CMHT",
   "Nurse-led annual physical health check for people on the OA CMHT caseload with SMI.",
   "scrapped - superseded by trustwide SMI health check programme", "Mr Neil Garside", "", "", "2021",
   "Older Adults CMHT (Calder)", ""],
  INN("Physical health checks in Older Adults CMHT",
      "Nurse-led annual physical health check for people on the OA CMHT caseload with SMI.",
      "Older Adults CMHT (Calder)", "Neil Garside", None, "stopped",
      "scrapped - superseded by trustwide SMI health check programme", "2021-01-01", "10290", None)),
 (["10301", "Safety plan co-produced at first contact",
   "To increase the proportion of CRHT service users with a co-produced safety plan within 24 hours of referral from 40% to 90% by March 2024.",
   "PDSA cycle 3", "Dr Amara Okafor", "amara.okafor" + D, "Jo Pickles, Sam Whitely", "03/04/2023",
   "Crisis Resolution & Home Treatment (CRHT) – North", ""],
  BAD("duplicate of row @safety")),
 (["10305", "Crisis café extended Friday hours",
   "Open the Halden crisis café until midnight on Fridays as an alternative to ED.",
   "Live", "Bev Sutcliffe", "bev.sutcliffe" + D, "Crisis café volunteers, Mind partners", "Jan-24",
   "Crisis Café – Halden", "TBC"],
  INN("Crisis café extended Friday hours",
      "Open the Halden crisis café until midnight on Fridays as an alternative to ED.",
      "Crisis Café – Halden", "Bev Sutcliffe", "bev.sutcliffe" + D, "implemented", "Live", "2024-01-01", "10305", None)),
 (["10311", "Trauma-informed language audit",
   "Audit of crisis care plans for stigmatising language, with a short guide for staff.",
   "Not started – awaiting approval from clinical governance", "Okonkwo, Emeka", "", "", "",
   "Crisis Resolution & Home Treatment (CRHT) – South", ""],
  INN("Trauma-informed language audit",
      "Audit of crisis care plans for stigmatising language, with a short guide for staff.",
      "Crisis Resolution & Home Treatment (CRHT) – South", "Emeka Okonkwo", None, "planning",
      "Not started – awaiting approval from clinical governance", None, "10311", None)),
 (["10315", "Phone-first appointments to reduce DNAs",
   "Offer a phone call before a first face-to-face appointment; book in only once contact made.",
   "PDSA 1 complete, starting PDSA 2", "Hughes, Gareth", "gareth.hughes" + D, "Admin team, duty workers",
   "17/01/2024", "Bridgeford CMHT", "£8,500"],
  INN("Phone-first appointments to reduce DNAs",
      "Offer a phone call before a first face-to-face appointment; book in only once contact made.",
      "Bridgeford CMHT", "Gareth Hughes", "gareth.hughes" + D, "testing", "PDSA 1 complete, starting PDSA 2",
      "2024-01-17", "10315", 8500)),
 (["10320", "Carers’ crisis card",
   "Wallet card for carers with crisis numbers, the care coordinator’s name and what to do out of hours.",
   "started in Bridgeford – now adopted by 3 other CMHTs", "Lynne Moorhouse", "lynne.moorhouse" + D,
   "Carers lead, Triangle of Care group", "May-22", "Bridgeford CMHT", "n/a"],
  INN("Carers’ crisis card",
      "Wallet card for carers with crisis numbers, the care coordinator’s name and what to do out of hours.",
      "Bridgeford CMHT", "Lynne Moorhouse", "lynne.moorhouse" + D, "spreading",
      "started in Bridgeford – now adopted by 3 other CMHTs", "2022-05-01", "10320", None)),
 (["10322", "Ligature risk walkround app",
   "Tablet app to record environmental ligature checks at Willow Lodge instead of paper.",
   "declined by Digital Board", "Craig Pennington", "", "Estates", "08/08/2023", "Crisis House (Willow Lodge)", "£2,400"],
  INN("Ligature risk walkround app",
      "Tablet app to record environmental ligature checks at Willow Lodge instead of paper.",
      "Crisis House (Willow Lodge)", "Craig Pennington", None, "stopped", "declined by Digital Board",
      "2023-08-08", "10322", 2400)),
 (["10330", "Home treatment medication boxes",
   "Locked, labelled medication boxes for people on home treatment so doses can be checked at each visit.",
   "embedded – standard practice since 2023", "Sister Julie Armitage", "julie.armitage" + D, "CRHT nurses, pharmacy",
   "14/06/2021", "Crisis Resolution & Home Treatment (CRHT) – North", "£0"],
  INN("Home treatment medication boxes",
      "Locked, labelled medication boxes for people on home treatment so doses can be checked at each visit.",
      "Crisis Resolution & Home Treatment (CRHT) – North", "Julie Armitage", "julie.armitage" + D, "embedded",
      "embedded – standard practice since 2023", "2021-06-14", "10330", 0)),
 (["10333", "Out-of-hours crisis text service",
   "A text-based crisis support option for people who can't or won't phone.",
   "proposed", "Aisha Begum; Tom Raistrick", "", "", "", "Single Point of Access (SPA)", "12k"],
  INN("Out-of-hours crisis text service",
      "A text-based crisis support option for people who can't or won't phone.",
      "Single Point of Access (SPA)", "Aisha Begum", None, "idea", "proposed", None, "10333", 12000)),
 ([""] * 10, BAD("blank row")),
 (["10340", "Welcome pack for Willow Lodge guests",
   "Printed and easy-read welcome pack: house rules, who's who, what happens on discharge.",
   "content agreed, ordering printing", "Ms Siobhán Kearney", "siobhan.kearney" + D, "Guests' forum", "Sep-24",
   "Crisis House (Willow Lodge)", "n/a"],
  INN("Welcome pack for Willow Lodge guests",
      "Printed and easy-read welcome pack: house rules, who's who, what happens on discharge.",
      "Crisis House (Willow Lodge)", "Siobhán Kearney", "siobhan.kearney" + D, "planning",
      "content agreed, ordering printing", "2024-09-01", "10340", None)),
 (["10346", "Reflective practice for street triage",
   "Monthly facilitated reflective practice for street triage clinicians and police officers.",
   "Evaluated – report on the QI hub", "Dr Ruth Ellwood (clinical psychologist)", "ruth.ellwood" + D, "",
   "02/03/2023", "Street Triage", ""],
  INN("Reflective practice for street triage",
      "Monthly facilitated reflective practice for street triage clinicians and police officers.",
      "Street Triage", "Ruth Ellwood", "ruth.ellwood" + D, "evaluated", "Evaluated – report on the QI hub",
      "2023-03-02", "10346", None)),
 (["10351", "Shared crisis plan with 111 option 2",
   "Crisis plans visible to NHS 111 mental health option so callers don't have to repeat their story.",
   "testing with 20 service users", "Adeel Hussain (Band 8a, digital lead)", "adeel.hussain" + D, "IT, SPA",
   "Aug-24", "Single Point of Access (SPA)", ""],
  INN("Shared crisis plan with 111 option 2",
      "Crisis plans visible to NHS 111 mental health option so callers don't have to repeat their story.",
      "Single Point of Access (SPA)", "Adeel Hussain", "adeel.hussain" + D, "testing",
      "testing with 20 service users", "2024-08-01", "10351", None)),
 (["", "Count of projects: 20", "", "", "", "", "", "", "", ""], BAD("total row")),
]

def make_f1():
    width = len(F1_HEAD)
    pad = lambda r: (list(r) + [""] * width)[:width]
    allrows = [pad(r) for r in F1_TITLE] + [F1_HEAD] + [pad(r[0]) for r in F1_ROWS]
    with open(os.path.join(OUT, F1), "wb") as f:
        f.write(csv_text(allrows).encode("cp1252"))
    hdr = len(F1_TITLE) + 1
    write_key(F1, "innovations", hdr, F1_ROWS, hdr + 1)

# =====================================================================
# FILE 2: St Brigid's Children's Hospital NHS Foundation Trust (ODS RQ4)
# SharePoint list "Innovation & Ideas Register" exported to Excel, then
# tidied a bit and saved as "CSV UTF-8 (Comma delimited)" - UTF-8 + BOM.
# People columns are SharePoint-style "Surname, Forename (SBCH)".
# =====================================================================
F2 = "sbch_innovation_ideas_register.csv"
F2_HEAD = ["ID", "Title", "Idea – what is it?", "Ward / Dept", "Idea owner", "Owner email", "Current position",
           "Date started", "Est. saving £/yr", "Item Type", "Path", "Created", "Created By", "Modified",
           "Modified By", "Version"]
E = "@stbrigids-ch.nhs.uk"
P = "sites/SBCHInnovation/Lists/Ideas Register"
def sp(id_, title, desc, dept, owner, email, pos, started, saving, created, cby, modified, mby, ver):
    return [id_, title, desc, dept, owner, email, pos, started, saving, "Item", P, created, cby, modified, mby, ver]
F2_ROWS = [
 (sp("3", "Distraction boxes for cannulation",
     "Boxes of light-up toys, bubbles and i-spy cards kept on the treatment room trolley.\nPlay team restock weekly.",
     "Surgical wards (Wards 7 & 8)", "Quigley, Aoife (SBCH)", "aoife.quigley" + E, "live on 2 wards", "06/03/2023",
     "", "01/03/2023 09:14", "Quigley, Aoife (SBCH)", "11/09/2023 16:02", "Kerr, Fiona (SBCH)", "4.0"),
  INN("Distraction boxes for cannulation",
      "Boxes of light-up toys, bubbles and i-spy cards kept on the treatment room trolley.\nPlay team restock weekly.",
      "Surgical wards (Wards 7 & 8)", "Aoife Quigley", "aoife.quigley" + E, "implemented", "live on 2 wards",
      "2023-03-06", "3", None)),
 (sp("4", "Test item", "testing the form - delete me", "", "Kerr, Fiona (SBCH)", "", "", "", "",
     "01/03/2023 09:40", "Kerr, Fiona (SBCH)", "01/03/2023 09:40", "Kerr, Fiona (SBCH)", "1.0"),
  BAD("test row")),
 (sp("7", "Pre-op ‘meet the theatre’ video",
     "3-minute video filmed in our own theatres so children (and parents) know what to expect before day surgery.",
     "Theatres & Day Surgery", "Mensah, Kwabena (SBCH);Lloyd, Ffion (SBCH)", "", "BAU now – link sent with every pre-op letter",
     "14/11/2022", "£6,000", "20/03/2023 11:21", "Mensah, Kwabena (SBCH)", "02/02/2024 10:05", "Mensah, Kwabena (SBCH)", "6.0"),
  INN("Pre-op ‘meet the theatre’ video",
      "3-minute video filmed in our own theatres so children (and parents) know what to expect before day surgery.",
      "Theatres & Day Surgery", "Kwabena Mensah", None, "embedded", "BAU now – link sent with every pre-op letter",
      "2022-11-14", "7", 6000), "video"),
 (sp("9", "Family-held PICU diary",
     "Nurses and families write in a diary during a PICU stay; given to the family at discharge to help with recovery and nightmares.",
     "PICU", "Ó Briain, Niamh (SBCH)", "niamh.obriain" + E, "PDSA cycle 2", "", "",
     "04/04/2023 08:30", "Ó Briain, Niamh (SBCH)", "19/10/2023 13:47", "Ó Briain, Niamh (SBCH)", "3.0"),
  INN("Family-held PICU diary",
      "Nurses and families write in a diary during a PICU stay; given to the family at discharge to help with recovery and nightmares.",
      "PICU", "Niamh Ó Briain", "niamh.obriain" + E, "testing", "PDSA cycle 2", None, "9", None)),
 (sp("12", "Oral syringe colour coding", "Purple oral syringes only for oral meds to prevent wrong-route errors.",
     "Paediatric Pharmacy", "Shah, Reena (SBCH)", "reena.shah" + E,
     "started on Puffin ward, now adopted by all inpatient wards + Halden DGH paeds", "Jan-22", "n/a",
     "05/04/2023 15:10", "Shah, Reena (SBCH)", "30/01/2024 09:00", "Shah, Reena (SBCH)", "5.0"),
  INN("Oral syringe colour coding", "Purple oral syringes only for oral meds to prevent wrong-route errors.",
      "Paediatric Pharmacy", "Reena Shah", "reena.shah" + E, "spreading",
      "started on Puffin ward, now adopted by all inpatient wards + Halden DGH paeds", "2022-01-01", "12", None)),
 (sp("15", "Virtual fracture clinic follow-up",
     "Simple buckle fractures get a phone call + leaflet instead of a return clinic visit.",
     "Children's ED / Fracture Clinic", "Doyle, Conor (SBCH)", "conor.doyle" + E,
     "Evaluated – 62% fewer return visits, paper submitted", "01/06/2022", "c. £30k",
     "12/04/2023 10:00", "Doyle, Conor (SBCH)", "22/05/2024 11:11", "Kerr, Fiona (SBCH)", "7.0"),
  INN("Virtual fracture clinic follow-up",
      "Simple buckle fractures get a phone call + leaflet instead of a return clinic visit.",
      "Children's ED / Fracture Clinic", "Conor Doyle", "conor.doyle" + E, "evaluated",
      "Evaluated – 62% fewer return visits, paper submitted", "2022-06-01", "15", 30000)),
 (sp("16", "Sensory-friendly waiting area", "Low-light corner with weighted blankets and ear defenders in Outpatients for autistic children.",
     "Outpatients", "Adebayo, Tolu (SBCH)", "", "needs funding – bid to League of Friends", "", "TBC",
     "13/04/2023 14:22", "Adebayo, Tolu (SBCH)", "13/04/2023 14:22", "Adebayo, Tolu (SBCH)", "1.0"),
  INN("Sensory-friendly waiting area",
      "Low-light corner with weighted blankets and ear defenders in Outpatients for autistic children.",
      "Outpatients", "Tolu Adebayo", None, "planning", "needs funding – bid to League of Friends", None, "16", None)),
 (sp("18", "Teen hangout space on Oncology Day Unit", "Separate area for 13–18s having treatment, with games console and charging points.",
     "Oncology Day Unit", "Whitfield, Grace (SBCH)", "grace.whitfield" + E, "on hold until the refurb", "Sep-23", "",
     "02/05/2023 12:00", "Whitfield, Grace (SBCH)", "15/12/2023 08:45", "Whitfield, Grace (SBCH)", "2.0"),
  INN("Teen hangout space on Oncology Day Unit",
      "Separate area for 13–18s having treatment, with games console and charging points.",
      "Oncology Day Unit", "Grace Whitfield", "grace.whitfield" + E, "paused", "on hold until the refurb",
      "2023-09-01", "18", None)),
 (sp("21", "Pre-op ‘meet the theatre’ video",
     "3 min video of our theatres for children coming in for day surgery.",
     "Theatres & Day Surgery", "Lloyd, Ffion (SBCH)", "ffion.lloyd" + E, "live", "14/11/2022", "£6,000",
     "09/05/2023 16:40", "Lloyd, Ffion (SBCH)", "09/05/2023 16:40", "Lloyd, Ffion (SBCH)", "1.0"),
  BAD("duplicate of row @video")),
 (sp("22", "Single-use vs reusable tourniquets", "Switch to wipeable reusable tourniquets in phlebotomy.",
     "Phlebotomy", "Harris, Dean (SBCH)", "", "scrapped – IPC said no", "", "£1,200",
     "11/05/2023 09:05", "Harris, Dean (SBCH)", "20/06/2023 10:30", "Harris, Dean (SBCH)", "2.0"),
  INN("Single-use vs reusable tourniquets", "Switch to wipeable reusable tourniquets in phlebotomy.",
      "Phlebotomy", "Dean Harris", None, "stopped", "scrapped – IPC said no", None, "22", 1200)),
 (sp("25", "Dietetics tube-feed training videos for parents",
     "Short videos on venting, bolus feeds and cleaning the extension set, so parents can re-watch at home.\n• 6 videos done\n• subtitles in Urdu and Polish next",
     "Dietetics", "Kowalczyk, Zofia (SBCH)", "zofia.kowalczyk" + E, "in use – on the Trust YouTube channel",
     "03/07/2023", "", "03/07/2023 13:13", "Kowalczyk, Zofia (SBCH)", "01/03/2024 14:14", "Kowalczyk, Zofia (SBCH)", "4.0"),
  INN("Dietetics tube-feed training videos for parents",
      "Short videos on venting, bolus feeds and cleaning the extension set, so parents can re-watch at home.\n• 6 videos done\n• subtitles in Urdu and Polish next",
      "Dietetics", "Zofia Kowalczyk", "zofia.kowalczyk" + E, "implemented", "in use – on the Trust YouTube channel",
      "2023-07-03", "25", None)),
 (sp("27", "Cardiac ward discharge checklist app", "Replace the paper discharge checklist on Puffin with an app linked to the EPR.",
     "Cardiac Ward (Puffin)", "Farouk, Yasmin (SBCH)", "", "Idea", "", "",
     "18/07/2023 10:10", "Farouk, Yasmin (SBCH)", "18/07/2023 10:10", "Farouk, Yasmin (SBCH)", "1.0"),
  INN("Cardiac ward discharge checklist app",
      "Replace the paper discharge checklist on Puffin with an app linked to the EPR.",
      "Cardiac Ward (Puffin)", "Yasmin Farouk", None, "idea", "Idea", None, "27", None)),
 (sp("30", "Physio ‘move more’ stickers",
     "Sticker chart rewards for post-op mobilising after spinal surgery.",
     "Physiotherapy", "Bennett, Sophie (SBCH)", "sophie.bennett" + E, "trialling on Ward 8 for 6 weeks", "Oct-23", "nil",
     "02/10/2023 08:00", "Bennett, Sophie (SBCH)", "06/11/2023 17:20", "Bennett, Sophie (SBCH)", "2.0"),
  INN("Physio ‘move more’ stickers", "Sticker chart rewards for post-op mobilising after spinal surgery.",
      "Physiotherapy", "Sophie Bennett", "sophie.bennett" + E, "testing", "trialling on Ward 8 for 6 weeks",
      "2023-10-01", "30", 0)),
 (sp("31", "Nurse-led allergy challenge clinic",
     "Band 7 nurses run supervised food challenges instead of consultant clinic slots.",
     "Outpatients – Allergy", "Sørensen, Maja (SBCH)", "maja.sorensen" + E, "approved by Division, recruiting 2 x band 7",
     "2024", "£45,000", "14/11/2023 11:30", "Sørensen, Maja (SBCH)", "04/04/2024 15:00", "Kerr, Fiona (SBCH)", "3.0"),
  INN("Nurse-led allergy challenge clinic",
      "Band 7 nurses run supervised food challenges instead of consultant clinic slots.",
      "Outpatients – Allergy", "Maja Sørensen", "maja.sorensen" + E, "planning",
      "approved by Division, recruiting 2 x band 7", "2024-01-01", "31", 45000)),
 ([""] * 16, BAD("blank row")),
 (["", "Rows below added by Fiona Kerr from the paper ideas box – Jan 2024"] + [""] * 14, BAD("notes row")),
 (sp("", "Bedside ‘about me’ boards", "Whiteboard above each bed: what I like to be called, what I'm scared of, my favourite things.",
     "Ward 4 – Neonatal Surgery", "Sister Pauline Greaves", "", "Implemented", "Mar-23", "", "", "", "", "", ""),
  INN("Bedside ‘about me’ boards",
      "Whiteboard above each bed: what I like to be called, what I'm scared of, my favourite things.",
      "Ward 4 – Neonatal Surgery", "Pauline Greaves", None, "implemented", "Implemented", "2023-03-01", None, None)),
 (sp("", "Parking permits for long-stay parents", "Weekly permit at reduced rate for parents of children in >7 days.",
     "Patient Experience", "Mr Alan Cheetham (Facilities) alan.cheetham" + E, "", "went to Exec – declined", "2023", "",
     "", "", "", "", ""),
  INN("Parking permits for long-stay parents",
      "Weekly permit at reduced rate for parents of children in >7 days.",
      "Patient Experience", "Alan Cheetham", "alan.cheetham" + E, "stopped", "went to Exec – declined", "2023-01-01", None, None)),
 (sp("", "Hospital passport for children with complex needs", "", "CAMHS Liaison / Learning Disability nurses",
     "Jess Tranter / Omar Saleh", "", "proposed at LD forum", "", "", "", "", "", "", ""),
  INN("Hospital passport for children with complex needs", None, "CAMHS Liaison / Learning Disability nurses",
      "Jess Tranter", None, "idea", "proposed at LD forum", None, None, None)),
 (sp("34", "Breastmilk fortifier pre-made syringes",
     "Pharmacy-prepared fortifier syringes for NICU step-down instead of ward mixing. Saves nurse time and waste.",
     "Paediatric Pharmacy", "Shah, Reena (SBCH)", "reena.shah" + E, "Complete, evaluation report to Medicines Safety Group Mar 24",
     "05/06/2023", "£500 a month", "01/02/2024 10:00", "Shah, Reena (SBCH)", "14/03/2024 12:12", "Shah, Reena (SBCH)", "3.0"),
  INN("Breastmilk fortifier pre-made syringes",
      "Pharmacy-prepared fortifier syringes for NICU step-down instead of ward mixing. Saves nurse time and waste.",
      "Paediatric Pharmacy", "Reena Shah", "reena.shah" + E, "evaluated",
      "Complete, evaluation report to Medicines Safety Group Mar 24", "2023-06-05", "34", 6000)),
 (sp("36", "Play specialist in Children’s ED at weekends", "Extend play service cover to Sat/Sun 10–6.",
     "Play Services", "Nwosu, Chiamaka (SBCH)", "chiamaka.nwosu" + E, "pilot running – 12 weekends", "02/03/2024", "",
     "20/02/2024 09:09", "Nwosu, Chiamaka (SBCH)", "20/05/2024 09:30", "Nwosu, Chiamaka (SBCH)", "2.0"),
  INN("Play specialist in Children’s ED at weekends", "Extend play service cover to Sat/Sun 10–6.",
      "Play Services", "Chiamaka Nwosu", "chiamaka.nwosu" + E, "testing", "pilot running – 12 weekends",
      "2024-03-02", "36", None)),
 (sp("38", "Transition clinic for 16+ with rheumatology",
     "Joint clinic with adult rheumatology from Halden Royal so young people meet their adult team before moving over.",
     "Outpatients – Rheumatology", "Dr Imran Qureshi", "imran.qureshi" + E, "running monthly since April – standard now", "Apr-21",
     "", "22/03/2024 14:00", "Qureshi, Imran (SBCH)", "22/03/2024 14:00", "Qureshi, Imran (SBCH)", "1.0"),
  INN("Transition clinic for 16+ with rheumatology",
      "Joint clinic with adult rheumatology from Halden Royal so young people meet their adult team before moving over.",
      "Outpatients – Rheumatology", "Imran Qureshi", "imran.qureshi" + E, "embedded",
      "running monthly since April – standard now", "2021-04-01", "38", None)),
]

def make_f2():
    rows = [F2_HEAD] + [r[0] for r in F2_ROWS]
    with open(os.path.join(OUT, F2), "wb") as f:
        f.write(b"\xef\xbb\xbf" + csv_text(rows).encode("utf-8"))
    write_key(F2, "innovations", 1, F2_ROWS, 2)

# =====================================================================
# FILE 3: Ashgrove Hospice (adult hospice, ODS-style code 8HX42)
# Clinical staff list merged from an ESR/HR extract and team returns.
# Saved from Excel as "Unicode Text (*.txt)": UTF-16 LE with BOM, TAB
# separated, CRLF. Leavers shown by a "LEAVER" prefix and/or a leaving date.
# =====================================================================
F3 = "ashgrove_hospice_staff_skills_list.txt"
F3_TITLE = [["Ashgrove Hospice – clinical staff & skills list (ESR extract 01/10/2024 merged with team returns) – please don’t sort!"], []]
F3_HEAD = ["Staff No", "Title", "Surname", "Forename", "Post", "Team", "Work e-mail",
           "Clinical interests / special skills", "Happy to help with…", "Leaving date", "HR notes"]
H = "@ashgrovehospice.nhs.uk"
F3_ROWS = [
 (["100231", "Mrs", "Whitlock", "Margaret", "Ward Sister (Band 7)", "Inpatient Unit", "margaret.whitlock" + H,
   "Syringe drivers; verification of death; symptom control", "Happy to teach syringe driver competencies to new starters", "", ""],
  STAFF("Margaret Whitlock", "Margaret", "Whitlock", "margaret.whitlock" + H, "Ward Sister (Band 7)", "Inpatient Unit",
        ["Syringe drivers", "verification of death", "symptom control"],
        "Happy to teach syringe driver competencies to new starters"), "whitlock"),
 (["100245", "Dr", "Anand", "Vikram", "Consultant in Palliative Medicine", "Medical", "vikram.anand" + H,
   "Breathlessness, MND, advance care planning", "Can offer teaching sessions for GP trainees", "", ""],
  STAFF("Vikram Anand", "Vikram", "Anand", "vikram.anand" + H, "Consultant in Palliative Medicine", "Medical",
        ["Breathlessness", "MND", "advance care planning"], "Can offer teaching sessions for GP trainees")),
 (["100250", "Dr", "MacLeod", "Fiona", "Specialty Doctor", "Medical", "fiona.macleod" + H,
   "Delirium and agitation at end of life; clinical ethics", "", "", "Works Tue–Thu"],
  STAFF("Fiona MacLeod", "Fiona", "MacLeod", "fiona.macleod" + H, "Specialty Doctor", "Medical",
        ["Delirium and agitation at end of life", "clinical ethics"], None)),
 (["100262", "Ms", "O’Neill", "Bridget", "LEAVER - Staff Nurse (Band 5)", "Inpatient Unit", "bridget.oneill" + H,
   "Wound care, mouth care", "", "31/03/2024", ""],
  STAFF("Bridget O’Neill", "Bridget", "O’Neill", "bridget.oneill" + H, "Staff Nurse (Band 5)", "Inpatient Unit",
        ["Wound care", "mouth care"], None, left=True, left_on="2024-03-31")),
 (["100270", "Miss", "Price-Owusu", "Zoë", "Family Support Practitioner", "Family Support & Bereavement", "zoe.price-owusu" + H,
   "Bereavement support for children\nMemory boxes\nSpeaks Twi", "Happy to talk to schools", "", ""],
  STAFF("Zoë Price-Owusu", "Zoë", "Price-Owusu", "zoe.price-owusu" + H, "Family Support Practitioner",
        "Family Support & Bereavement", ["Bereavement support for children", "Memory boxes"], "Happy to talk to schools")),
 (["100274", "Mr", "Lewandowski", "Piotr", "Healthcare Assistant", "Inpatient Unit", "",
   "• Mouth care\n• Moving & handling\n• Speaks Polish", "willing to be a moving and handling buddy for new HCAs", "", ""],
  STAFF("Piotr Lewandowski", "Piotr", "Lewandowski", None, "Healthcare Assistant", "Inpatient Unit",
        ["Mouth care", "Moving & handling"], "willing to be a moving and handling buddy for new HCAs")),
 ([""] * 11, BAD("blank row")),
 (["", "", "VACANT", "", "Clinical Nurse Specialist (Band 7)", "Community Palliative Care", "", "", "", "", "Out to advert Oct 24"],
  BAD("vacant post")),
 (["100281", "Mrs", "Hargreaves", "Julie", "Clinical Nurse Specialist (Band 7)", "Community Palliative Care", "see Outlook",
   "Heart failure palliative care, lymphoedema and wound care", "", "", ""],
  STAFF("Julie Hargreaves", "Julie", "Hargreaves", None, "Clinical Nurse Specialist (Band 7)", "Community Palliative Care",
        ["Heart failure palliative care", "lymphoedema", "wound care"], None)),
 (["100288", "Rev", "Fairbrother", "Keith", "Chaplain", "Spiritual Care", "keith.fairbrother" + H,
   "Funeral planning; non-religious ceremonies; reflective practice", "Can offer 1:1 support to staff after a difficult death", "", ""],
  STAFF("Keith Fairbrother", "Keith", "Fairbrother", "keith.fairbrother" + H, "Chaplain", "Spiritual Care",
        ["Funeral planning", "non-religious ceremonies", "reflective practice"],
        "Can offer 1:1 support to staff after a difficult death")),
 (["100290", "Mrs", "Chaudhry", "Sana", "Occupational Therapist (Band 6)", "Outpatients & Day Therapies", "sana.chaudhry" + H,
   "Fatigue management; equipment for home; anxiety management", "", "", "Maternity leave from Jan 25 – back Oct"],
  STAFF("Sana Chaudhry", "Sana", "Chaudhry", "sana.chaudhry" + H, "Occupational Therapist (Band 6)", "Outpatients & Day Therapies",
        ["Fatigue management", "equipment for home", "anxiety management"], None)),
 (["100295", "Mr", "Rowntree", "Paul", "Staff Nurse (Band 6)", "Hospice at Home", "paul.rowntree" + H,
   "Parkinson’s, dementia", "", "", "Seconded to ICB until March 2025"],
  STAFF("Paul Rowntree", "Paul", "Rowntree", "paul.rowntree" + H, "Staff Nurse (Band 6)", "Hospice at Home",
        ["Parkinson’s", "dementia"], None)),
 (["100301", "Mrs", "Ellis", "Karen", "Hospice at Home Nurse", "Hospice at Home", "karen.ellis" + H,
   "Last days of life care, family support", "", "Aug-24", ""],
  STAFF("Karen Ellis", "Karen", "Ellis", "karen.ellis" + H, "Hospice at Home Nurse", "Hospice at Home",
        ["Last days of life care", "family support"], None, left=True, left_on="2024-08-01")),
 (["100307", "Mrs", "Pryce", "Gwen", "Lymphoedema Practitioner", "Outpatients & Day Therapies", "gwen.pryce" + H,
   "lymphoedema, compression bandaging, MLD", "Happy to do a session for district nurses", "", ""],
  STAFF("Gwen Pryce", "Gwen", "Pryce", "gwen.pryce" + H, "Lymphoedema Practitioner", "Outpatients & Day Therapies",
        ["lymphoedema", "compression bandaging", "MLD"], "Happy to do a session for district nurses")),
 (["100310", "Mr", "Bakare", "Tunde", "Physiotherapist (Band 6)", "Outpatients & Day Therapies", "tunde.bakare" + H,
   "Fatigue management\nBreathlessness group\nfalls", "", "", ""],
  STAFF("Tunde Bakare", "Tunde", "Bakare", "tunde.bakare" + H, "Physiotherapist (Band 6)", "Outpatients & Day Therapies",
        ["Fatigue management", "Breathlessness group", "falls"], None)),
 (["999999", "", "TEST", "Test", "Test post", "", "", "", "", "", "delete - ESR test record"], BAD("test row")),
 (["100316", "Ms", "Brennan", "Aoife", "Social Worker", "Family Support & Bereavement", "aoife.brennan" + H,
   "Safeguarding adults & children; welfare benefits; SR1 forms", "", "", ""],
  STAFF("Aoife Brennan", "Aoife", "Brennan", "aoife.brennan" + H, "Social Worker", "Family Support & Bereavement",
        ["Safeguarding adults & children", "welfare benefits", "SR1 forms"], None)),
 (["100320", "Mr", "Thompson (LEAVER)", "Gary", "Healthcare Assistant", "Inpatient Unit", "",
   "Personal care, moving & handling", "", "", ""],
  STAFF("Gary Thompson", "Gary", "Thompson", None, "Healthcare Assistant", "Inpatient Unit",
        ["Personal care", "moving & handling"], None, left=True)),
 (["100324", "Mrs", "Hibbert", "Lorraine", "Education Facilitator", "Education", "lorraine.hibbert" + H,
   "ECHO network, simulation, communication skills training (SAGE & THYME)",
   "Happy to run SAGE & THYME for any team – just ask", "", ""],
  STAFF("Lorraine Hibbert", "Lorraine", "Hibbert", "lorraine.hibbert" + H, "Education Facilitator", "Education",
        ["ECHO network", "simulation", "communication skills training (SAGE & THYME)"],
        "Happy to run SAGE & THYME for any team – just ask")),
 (["100231", "Mrs", "Whitlock", "Margaret", "Ward Sister", "Inpatient Unit", "margaret.whitlock" + H,
   "syringe drivers, verification of death", "", "", "from IPU team return"],
  BAD("duplicate of row @whitlock")),
 (["100330", "Mr", "Ramesh", "Dev", "Pharmacist", "Pharmacy", "dev.ramesh" + H,
   "Opioid conversions, anticipatory medicines and syringe driver compatibility", "", "", ""],
  STAFF("Dev Ramesh", "Dev", "Ramesh", "dev.ramesh" + H, "Pharmacist", "Pharmacy",
        ["Opioid conversions", "anticipatory medicines", "syringe driver compatibility"], None)),
 (["100334", "Ms", "Nuttall", "Hollie", "LEAVER - Complementary Therapist", "Outpatients & Day Therapies", "hollie.nuttall" + H,
   "aromatherapy & reflexology", "", "30/06/2024", ""],
  STAFF("Hollie Nuttall", "Hollie", "Nuttall", "hollie.nuttall" + H, "Complementary Therapist", "Outpatients & Day Therapies",
        ["aromatherapy", "reflexology"], None, left=True, left_on="2024-06-30")),
 (["", "Bank staff below – from team returns, not in ESR yet (JH)", "", "", "", "", "", "", "", "", ""], BAD("notes row")),
 (["", "", "Achterberg", "Ingrid", "Bank RGN", "Inpatient Unit", "ingrid.achterberg" + H,
   "Tracheostomy care and NIV", "happy to cover nights", "", ""],
  STAFF("Ingrid Achterberg", "Ingrid", "Achterberg", "ingrid.achterberg" + H, "Bank RGN", "Inpatient Unit",
        ["Tracheostomy care", "NIV"], "happy to cover nights")),
 (["", "", "Murphy", "Declan", "Bank HCA", "Hospice at Home", "", "", "", "", ""],
  STAFF("Declan Murphy", "Declan", "Murphy", None, "Bank HCA", "Hospice at Home", [], None)),
 ([""] * 11, BAD("blank row")),
 (["", "", "Total headcount: 21", "", "", "", "", "", "", "", ""], BAD("total row")),
]

def make_f3():
    width = len(F3_HEAD)
    pad = lambda r: (list(r) + [""] * width)[:width]
    allrows = [pad(r) for r in F3_TITLE] + [F3_HEAD] + [pad(r[0]) for r in F3_ROWS]
    with open(os.path.join(OUT, F3), "wb") as f:
        f.write(b"\xff\xfe" + csv_text(allrows, delim="\t").encode("utf-16-le"))
    hdr = len(F3_TITLE) + 1
    write_key(F3, "staff", hdr, F3_ROWS, hdr + 1)

# =====================================================================
# FILE 4: Harrowfield Teaching Hospitals NHS Trust (ODS RH9) - the
# trust's own Library & Knowledge Service improvement/innovation log.
# Workbook with one sheet per financial year; latest ("2024-25") is the
# data. Title row, merged group headers, frozen panes, continuation rows
# (long description carried on to the row below), formula total row.
# =====================================================================
F4 = "harrowfield_lks_innovation_log.xlsx"
F4_SHEET = "2024-25"
F4_HEAD = ["Ref", "Date logged", "Idea / innovation", "What it involves", "Who’s leading", "Team",
           "Where we’re at", "£ saved (per yr)", "Comments"]
L = "@harrowfield.nhs.uk"
d = dt.datetime
CLIN3 = ("Librarian joins the Thursday consultant ward round on Ward 22 to pick up clinical questions at the bedside; "
         "answers turned round within 48 hours and fed back")
CLIN3b = "at the following week’s MDT. Also saves the juniors doing their own searches out of hours."
HL7 = "Half-day session on plain language, readability and teach-back for staff who write patient leaflets."
HL7b = "Feedback: 96% would recommend; readability check now built into the leaflet approval process."
F4_ROWS = [
 (["LKS/24/01", d(2024, 4, 8), "Evidence search requests via MS Forms",
   "Replace the emailed Word request form with an MS Form that feeds a Planner board so requests aren’t lost in the shared inbox.",
   "Rachel Okoro", "Clinical Librarians", "BAU now", None, ""],
  INN("Evidence search requests via MS Forms",
      "Replace the emailed Word request form with an MS Form that feeds a Planner board so requests aren’t lost in the shared inbox.",
      "Clinical Librarians", "Rachel Okoro", None, "embedded", "BAU now", "2024-04-08", "LKS/24/01", None)),
 (["LKS/24/02", d(2024, 4, 15), "Maternity current awareness bulletin",
   "Fortnightly KnowledgeShare bulletin for midwives and obstetricians.",
   "Tom Ashby (Band 5 Library Assistant)", "Outreach", "Live – 84 subscribers", None, "Ask Tom for the stats"],
  INN("Maternity current awareness bulletin", "Fortnightly KnowledgeShare bulletin for midwives and obstetricians.",
      "Outreach", "Tom Ashby", None, "implemented", "Live – 84 subscribers", "2024-04-15", "LKS/24/02", None), "mat"),
 (["LKS/24/03", d(2024, 5, 1), "Clinical librarian on Elderly Care ward rounds", CLIN3,
   "Dr Siân Bevan / Rachel Okoro", "Clinical Librarians", "PDSA 2 – extending to Ward 23", None, ""],
  INN("Clinical librarian on Elderly Care ward rounds", CLIN3 + " " + CLIN3b, "Clinical Librarians", "Siân Bevan", None,
      "testing", "PDSA 2 – extending to Ward 23", "2024-05-01", "LKS/24/03", None), "clin"),
 (["", None, "", CLIN3b, "", "", "", None, ""], BAD("continuation of row @clin")),
 (["LKS/24/04", "Jun-24", "Pop-up library on night shift",
   "Trolley of books + a laptop for OpenAthens sign-ups taken round the wards 2am–4am once a month.",
   "Mrs Joanne Tierney", "Outreach", "trialled on 3 wards, evaluation due Nov", None, "Night matron very supportive"],
  INN("Pop-up library on night shift",
      "Trolley of books + a laptop for OpenAthens sign-ups taken round the wards 2am–4am once a month.",
      "Outreach", "Joanne Tierney", None, "testing", "trialled on 3 wards, evaluation due Nov", "2024-06-01", "LKS/24/04", None)),
 (["LKS/24/05", d(2024, 6, 3), "AI-assisted search strategy checker",
   "Using a generative AI tool to peer-check search strategies before results go out.",
   "Ben Whitworth ben.whitworth" + L, "Digital Library", "on hold – waiting for IG / DPIA sign-off", "TBC", ""],
  INN("AI-assisted search strategy checker",
      "Using a generative AI tool to peer-check search strategies before results go out.",
      "Digital Library", "Ben Whitworth", "ben.whitworth" + L, "paused", "on hold – waiting for IG / DPIA sign-off",
      "2024-06-03", "LKS/24/05", None)),
 ([""] * 9, BAD("blank row")),
 (["LKS/24/06", d(2024, 7, 1), "Shared catalogue with Calder Valley LKS",
   "One library management system and catalogue with the neighbouring trust so staff can borrow from both.",
   "Helen Mistry (Library Services Manager)", "Library Management", "bid submitted to NHSE regional LKS fund", "c. £4k", ""],
  INN("Shared catalogue with Calder Valley LKS",
      "One library management system and catalogue with the neighbouring trust so staff can borrow from both.",
      "Library Management", "Helen Mistry", None, "planning", "bid submitted to NHSE regional LKS fund",
      "2024-07-01", "LKS/24/06", 4000)),
 (["LKS/24/07", d(2024, 7, 22), "Health literacy training for patient information leads", HL7,
   "Rachel Okoro", "Outreach", "Delivered x4, evaluation complete – report to Patient Experience Group", None, ""],
  INN("Health literacy training for patient information leads", HL7 + " " + HL7b, "Outreach", "Rachel Okoro", None,
      "evaluated", "Delivered x4, evaluation complete – report to Patient Experience Group", "2024-07-22", "LKS/24/07", None), "hl"),
 (["", None, "", HL7b, "", "", "", None, ""], BAD("continuation of row @hl")),
 (["LKS/24/08", "2024", "Book drop box at Halden site", "24/7 returns box outside the Halden library.",
   "Joanne Tierney", "Library Management", "installed and in use", 0, ""],
  INN("Book drop box at Halden site", "24/7 returns box outside the Halden library.", "Library Management",
      "Joanne Tierney", None, "implemented", "installed and in use", "2024-01-01", "LKS/24/08", 0)),
 (["LKS/24/09", d(2024, 8, 19), "TEST – ignore", "testing the drop-downs", "BW", "", "", None, ""], BAD("test row")),
 (["LKS/24/10", d(2024, 9, 2), "OpenAthens self-registration via ESR number",
   "Staff register for OpenAthens with their ESR number and get an account instantly instead of waiting for manual approval.",
   "Ben Whitworth", "Digital Library", "live for all staff since Sept", 1200, "saves approx 2 hrs/wk admin"],
  INN("OpenAthens self-registration via ESR number",
      "Staff register for OpenAthens with their ESR number and get an account instantly instead of waiting for manual approval.",
      "Digital Library", "Ben Whitworth", None, "implemented", "live for all staff since Sept", "2024-09-02", "LKS/24/10", 1200)),
 (["LKS/24/11", d(2024, 9, 16), "Evidence lunch & learn for junior doctors",
   "Monthly lunchtime session where FY1s bring a clinical question and we search and appraise it together.",
   "Dr Siân Bevan", "Clinical Librarians", "adopted by Calder Valley and Halden Royal FY programmes too", None, ""],
  INN("Evidence lunch & learn for junior doctors",
      "Monthly lunchtime session where FY1s bring a clinical question and we search and appraise it together.",
      "Clinical Librarians", "Siân Bevan", None, "spreading", "adopted by Calder Valley and Halden Royal FY programmes too",
      "2024-09-16", "LKS/24/11", None)),
 (["LKS/24/12", "Mar-25", "Knowledge mobilisation toolkit for wards",
   "Simple toolkit (huddle cards, after-action review template) so ward teams can share what they learn.",
   "Helen Mistry", "Knowledge Management", "idea – discuss at Dec team day", None, ""],
  INN("Knowledge mobilisation toolkit for wards",
      "Simple toolkit (huddle cards, after-action review template) so ward teams can share what they learn.",
      "Knowledge Management", "Helen Mistry", None, "idea", "idea – discuss at Dec team day", "2025-03-01", "LKS/24/12", None)),
 (["LKS/24/13", d(2024, 10, 7), "Self-service issue kiosk", "RFID self-issue kiosk in the main library for out-of-hours borrowing.",
   "Joanne Tierney", "Library Management", "scrapped – supplier quote too high", 3500, ""],
  INN("Self-service issue kiosk", "RFID self-issue kiosk in the main library for out-of-hours borrowing.",
      "Library Management", "Joanne Tierney", None, "stopped", "scrapped – supplier quote too high", "2024-10-07", "LKS/24/13", 3500)),
 (["LKS/24/14", d(2024, 10, 14), "Weekly ‘ask a librarian’ drop-in on Teams",
   "Open Teams call every Wednesday 12–1 for any search, referencing or OpenAthens question.",
   "Tom Ashby", "Outreach", "Running every Wednesday – part of the normal timetable now", None, ""],
  INN("Weekly ‘ask a librarian’ drop-in on Teams",
      "Open Teams call every Wednesday 12–1 for any search, referencing or OpenAthens question.",
      "Outreach", "Tom Ashby", None, "embedded", "Running every Wednesday – part of the normal timetable now",
      "2024-10-14", "LKS/24/14", None)),
 (["LKS/24/15", d(2024, 10, 21), "Maternity current awareness bulletin",
   "Fortnightly KnowledgeShare bulletin for midwives and obstetricians.", "Tom Ashby", "Outreach", "Live", None,
   "(entered twice?)"],
  BAD("duplicate of row @mat")),
 (["", None, "Rows below added by Ben W from the October team day flipchart", "", "", "", "", None, ""], BAD("notes row")),
 (["", None, "Patient & public lending at Halden", "Lending a small consumer health collection to patients and carers.",
   "Helen Mistry", "Library Management", "needs a policy & approval from Information Governance", "n/a", ""],
  INN("Patient & public lending at Halden", "Lending a small consumer health collection to patients and carers.",
      "Library Management", "Helen Mistry", None, "planning", "needs a policy & approval from Information Governance",
      None, None, None)),
 (["", None, "Knowledge café for Estates", "", "Tom Ashby & Joanne Tierney", "", "just an idea", None, ""],
  INN("Knowledge café for Estates", None, None, "Tom Ashby", None, "idea", "just an idea", None, None, None)),
 (["LKS/24/16", d(2024, 11, 4), "Evidence briefings for the Board",
   "One-page evidence briefings attached to Board papers on request.",
   "Helen Mistry", "Knowledge Management", "first two done; PDSA cycle 1", None, ""],
  INN("Evidence briefings for the Board", "One-page evidence briefings attached to Board papers on request.",
      "Knowledge Management", "Helen Mistry", None, "testing", "first two done; PDSA cycle 1", "2024-11-04", "LKS/24/16", None)),
 (["LKS/24/17", d(2024, 11, 18), "Digital literacy sessions for HCAs",
   "Short sessions on NHS email, ESR, e-learning and finding trust policies, for HCAs new to computers.",
   "Ms Priya Chandran (Band 4 Library Assistant) priya.chandran" + L, "Outreach", "recruiting volunteers to co-deliver",
   "£500 a month", ""],
  INN("Digital literacy sessions for HCAs",
      "Short sessions on NHS email, ESR, e-learning and finding trust policies, for HCAs new to computers.",
      "Outreach", "Priya Chandran", "priya.chandran" + L, "planning", "recruiting volunteers to co-deliver",
      "2024-11-18", "LKS/24/17", 6000)),
 ([""] * 9, BAD("blank row")),
 (["TOTAL", None, "=COUNTA(A4:A27)-2", "", "", "", "", "=SUM(H4:H27)", "number of ideas / £ saved"], BAD("total row")),
]
F4_OLD = {
 "2022-23": [
  ["LKS/22/01", d(2022, 5, 9), "Library induction video", "5-minute induction video for new starters.", "Rachel Okoro",
   "Outreach", "done", None, ""],
  ["LKS/22/02", d(2022, 9, 12), "Document supply via BL", "Switch to British Library on Demand.", "Joanne Tierney",
   "Library Management", "BAU", 800, ""],
  ["LKS/22/03", "Jan-23", "Ward-based journal clubs", "Librarian-supported journal clubs on 4 wards.", "Dr Siân Bevan",
   "Clinical Librarians", "ongoing", None, ""],
 ],
 "2023-24": [
  ["LKS/23/01", d(2023, 4, 17), "KnowledgeShare for Surgery", "Set up current awareness for the surgical division.",
   "Tom Ashby", "Outreach", "live", None, ""],
  ["LKS/23/02", d(2023, 6, 5), "Referencing workshop for nursing students", "", "Rachel Okoro", "Outreach",
   "moved to 24-25 log", None, ""],
  ["LKS/23/03", d(2023, 11, 20), "Library space refurbishment", "Quiet study pods.", "Helen Mistry",
   "Library Management", "completed", "n/a", ""],
  ["TOTAL", None, "=COUNTA(A4:A6)", "", "", "", "", "=SUM(H4:H6)", ""],
 ],
}

def f4_sheet(ws, title, rows):
    bold = Font(bold=True)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    for rng, txt in (("A2:D2", "THE IDEA"), ("E2:F2", "WHO"), ("G2:I2", "PROGRESS")):
        ws.merge_cells(rng)
        c = ws[rng.split(":")[0]]
        c.value = txt
        c.font = bold
        c.alignment = Alignment(horizontal="center")
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    for j, h in enumerate(F4_HEAD, 1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = bold
        c.fill = PatternFill("solid", fgColor="BDD7EE")
    for i, r in enumerate(rows):
        for j, v in enumerate(r, 1):
            if v in ("", None):
                continue
            c = ws.cell(row=4 + i, column=j, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if j == 8 and isinstance(v, (int, float)):
                c.number_format = '"£"#,##0'
            if j == 4:
                c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "C4"
    for j, w in enumerate([11, 12, 38, 60, 30, 20, 38, 14, 26], 1):
        ws.column_dimensions[get_column_letter(j)].width = w

def make_f4():
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in F4_OLD.items():
        f4_sheet(wb.create_sheet(name), f"Harrowfield LKS – Service Improvement & Innovation Log {name.replace('-', '–')}", rows)
    f4_sheet(wb.create_sheet(F4_SHEET), "Harrowfield LKS – Service Improvement & Innovation Log 2024–25",
             [r[0] for r in F4_ROWS])
    wb.active = len(wb.sheetnames) - 1
    wb.save(os.path.join(OUT, F4))
    write_key(F4, "innovations", 3, F4_ROWS, 4, sheet=F4_SHEET)

# =====================================================================
# FILE 5: Severn Vale Partnership NHS Trust (ODS RV8) - Wyvern Community
# Learning Disability Service "Who to ask" directory. Names are
# hyperlinks (display text = the person's name, target usually mailto:).
# Section heading rows, a leaver in strike-through, a vacant post.
# Each row: cells = (name_display, link_target, role, base, ask, offer, phone, email, notes)
# =====================================================================
F5 = "wyvern_cldt_who_to_ask.xlsx"
F5_HEAD = ["Name (click to email)", "Role", "Base / team", "Ask me about…", "What I can offer", "Phone / ext",
           "Email (if link doesn’t work)", "Notes"]
V = "@svp.nhs.uk"
N, S_ = "Wyvern CLDT – North (Kidderford)", "Wyvern CLDT – South (Bromsey)"
def m(x): return "mailto:" + x + V
F5_ROWS = [
 (("COMMUNITY NURSING",), BAD("section heading row")),
 (("Marsh, Helen", m("helen.marsh"), "Team Leader / Community LD Nurse (Band 7)", N,
   "Annual health checks; hospital passports; reasonable adjustments in acute care",
   "Happy to come to GP practice meetings to talk about annual health checks", "01905 555210", "", ""),
  STAFF("Helen Marsh", "Helen", "Marsh", "helen.marsh" + V, "Team Leader / Community LD Nurse (Band 7)", N,
        ["Annual health checks", "hospital passports", "reasonable adjustments in acute care"],
        "Happy to come to GP practice meetings to talk about annual health checks")),
 (("Callum Reid", m("callum.reid"), "Community LD Nurse (Band 6)", N,
   "Epilepsy\nRescue medication (buccal midazolam)\nSUDEP risk", "", "ext 4417", "", ""),
  STAFF("Callum Reid", "Callum", "Reid", "callum.reid" + V, "Community LD Nurse (Band 6)", N,
        ["Epilepsy", "Rescue medication (buccal midazolam)", "SUDEP risk"], None)),
 (("Sister Grace Mwangi", m("grace.mwangi"), "Specialist Epilepsy Nurse", S_,
   "• Epilepsy\n• VNS\n• Sleep problems", "can offer epilepsy awareness sessions for support providers", "ext 4420", "", ""),
  STAFF("Grace Mwangi", "Grace", "Mwangi", "grace.mwangi" + V, "Specialist Epilepsy Nurse", S_,
        ["Epilepsy", "VNS", "Sleep problems"], "can offer epilepsy awareness sessions for support providers"), "mwangi"),
 (("Jo Fenton", m("jo.fenton"), "Acute Liaison Nurse (LD)", "Kidderford Royal Hospital",
   "Hospital passports, reasonable adjustments, capacity & best interests",
   "can offer ward teaching on LD awareness / Oliver McGowan training", "01905 555388", "", ""),
  STAFF("Jo Fenton", "Jo", "Fenton", "jo.fenton" + V, "Acute Liaison Nurse (LD)", "Kidderford Royal Hospital",
        ["Hospital passports", "reasonable adjustments", "capacity & best interests"],
        "can offer ward teaching on LD awareness / Oliver McGowan training")),
 (("LEAVER Gemma Royle", m("gemma.royle"), "Community LD Nurse (Band 5) – left Jan 25", S_,
   "Constipation and bowel care, continence", "", "", "", "STRIKE"),
  STAFF("Gemma Royle", "Gemma", "Royle", "gemma.royle" + V, "Community LD Nurse (Band 5)", S_,
        ["Constipation and bowel care", "continence"], None, left=True, left_on="2025-01-01")),
 ((), BAD("blank row")),
 (("THERAPIES",), BAD("section heading row")),
 (("Tom Baptiste (Band 6 physio)", m("tom.baptiste"), "Physiotherapist", S_,
   "24-hour postural care; moving & handling; hydrotherapy", "willing to do joint visits with care homes", "ext 4431", "", ""),
  STAFF("Tom Baptiste", "Tom", "Baptiste", "tom.baptiste" + V, "Physiotherapist", S_,
        ["24-hour postural care", "moving & handling", "hydrotherapy"], "willing to do joint visits with care homes")),
 (("Amira Haddad", m("amira.haddad"), "Speech & Language Therapist (Band 7)", N,
   "Dysphagia, eating & drinking, IDDSI", "Happy to run IDDSI training for care providers", "ext 4435", "", ""),
  STAFF("Amira Haddad", "Amira", "Haddad", "amira.haddad" + V, "Speech & Language Therapist (Band 7)", N,
        ["Dysphagia", "eating & drinking", "IDDSI"], "Happy to run IDDSI training for care providers"), "haddad"),
 (("Rhys Morgan", "https://svpnhs.sharepoint.com/sites/WyvernCLDT/SitePages/Rhys-Morgan.aspx",
   "Speech & Language Therapist (Band 6)", S_, "Makaton, Easy Read and Talking Mats\nSpeaks Welsh", "", "ext 4436",
   "rhys.morgan" + V, ""),
  STAFF("Rhys Morgan", "Rhys", "Morgan", "rhys.morgan" + V, "Speech & Language Therapist (Band 6)", S_,
        ["Makaton", "Easy Read", "Talking Mats"], None)),
 (("Nadia Kowalski", m("nadia.kowalski"), "Occupational Therapist", N,
   "Sensory processing, daily living skills and assistive technology", "Happy to lend sensory kit – ask first", "", "", ""),
  STAFF("Nadia Kowalski", "Nadia", "Kowalski", "nadia.kowalski" + V, "Occupational Therapist", N,
        ["Sensory processing", "daily living skills", "assistive technology"], "Happy to lend sensory kit – ask first")),
 (("Vacant – Band 7 OT", None, "Occupational Therapist (Band 7)", S_, "", "", "", "", "Interviews Nov 24"),
  BAD("vacant post")),
 ((), BAD("blank row")),
 (("PSYCHOLOGY, PSYCHIATRY & BEHAVIOUR SUPPORT",), BAD("section heading row")),
 (("Dr Oluwaseun Adeyemi", m("oluwaseun.adeyemi"), "Consultant Psychiatrist (LD)", "Wyvern CLDT",
   "STOMP; autism & ADHD assessment in adults with LD; dementia in Down syndrome", "", "via secretary ext 4401", "", ""),
  STAFF("Oluwaseun Adeyemi", "Oluwaseun", "Adeyemi", "oluwaseun.adeyemi" + V, "Consultant Psychiatrist (LD)", "Wyvern CLDT",
        ["STOMP", "autism & ADHD assessment in adults with LD", "dementia in Down syndrome"], None)),
 (("Dr Claire Whitehouse (Clinical Psychologist)", m("claire.whitehouse"), "Principal Clinical Psychologist", "Wyvern CLDT",
   "Trauma-informed care; Bereavement & loss; Capacity assessments",
   "Can offer reflective practice for teams after an incident", "ext 4405", "", ""),
  STAFF("Claire Whitehouse", "Claire", "Whitehouse", "claire.whitehouse" + V, "Principal Clinical Psychologist", "Wyvern CLDT",
        ["Trauma-informed care", "Bereavement & loss", "Capacity assessments"],
        "Can offer reflective practice for teams after an incident")),
 (("Marcus Lindqvist", m("marcus.lindqvist"), "PBS Practitioner", "Intensive Support Team",
   "Positive Behaviour Support (PBS), restrictive practice reduction, functional assessment",
   "happy to mentor staff doing the PBS competence framework", "07700 900431", "", ""),
  STAFF("Marcus Lindqvist", "Marcus", "Lindqvist", "marcus.lindqvist" + V, "PBS Practitioner", "Intensive Support Team",
        ["Positive Behaviour Support (PBS)", "restrictive practice reduction", "functional assessment"],
        "happy to mentor staff doing the PBS competence framework")),
 (("Priya Rao", m("priya.rao"), "Assistant Psychologist", "Wyvern CLDT", "Accessible CBT, anxiety",
   "", "", "", "On maternity leave – back April 2025, contact Claire meanwhile"),
  STAFF("Priya Rao", "Priya", "Rao", "priya.rao" + V, "Assistant Psychologist", "Wyvern CLDT",
        ["Accessible CBT", "anxiety"], None)),
 (("Amira Haddad", m("amira.haddad"), "SLT", "Intensive Support Team", "dysphagia", "", "", "", "also covers IST on Fridays"),
  BAD("duplicate of row @haddad")),
 (("HEALTH FACILITATION & ADMIN",), BAD("section heading row")),
 (("Sue Pickering", m("sue.pickering"), "Health Facilitator", "Primary Care Liaison",
   "Annual health checks and cancer screening", "Can offer easy read screening invites and GP practice audits", "ext 4450", "", ""),
  STAFF("Sue Pickering", "Sue", "Pickering", "sue.pickering" + V, "Health Facilitator", "Primary Care Liaison",
        ["Annual health checks", "cancer screening"], "Can offer easy read screening invites and GP practice audits")),
 (("Ben Okafor ben.okafor" + V, None, "Health Facilitator (Band 5)", "Primary Care Liaison",
   "Health action plans & weight management", "", "ext 4451", "", "new starter Sept 24"),
  STAFF("Ben Okafor", "Ben", "Okafor", "ben.okafor" + V, "Health Facilitator (Band 5)", "Primary Care Liaison",
        ["Health action plans", "weight management"], None)),
 (("Test Person", "mailto:test.person" + V, "test", "", "", "", "", "", "delete"), BAD("test row")),
 (("Kath O’Brien", m("kath.obrien"), "Team Administrator", "Wyvern CLDT", "room bookings, duty rota, mileage claims",
   "", "ext 4400", "", ""),
  STAFF("Kath O’Brien", "Kath", "O’Brien", "kath.obrien" + V, "Team Administrator", "Wyvern CLDT",
        ["room bookings", "duty rota", "mileage claims"], None)),
 (("Mohammed Iqbal", m("mohammed.iqbal"), "Community LD Nurse (Band 6)", S_,
   "Diabetes, Autism", "Happy to be a preceptor for newly qualified nurses", "ext 4419", "", ""),
  STAFF("Mohammed Iqbal", "Mohammed", "Iqbal", "mohammed.iqbal" + V, "Community LD Nurse (Band 6)", S_,
        ["Diabetes", "Autism"], "Happy to be a preceptor for newly qualified nurses")),
]

def make_f5():
    wb = Workbook()
    ws = wb.active
    ws.title = "Who to ask"
    ws["A1"] = "Who to ask – Wyvern Community Learning Disability Team"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Click a name to e-mail them. Last tidied Sept 2024 (KO’B). Please tell Kath if your details change."
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    for j, h in enumerate(F5_HEAD, 1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="7030A0")
    for i, (cells, _k, *_l) in enumerate(F5_ROWS):
        r = 4 + i
        if len(cells) == 1:
            c = ws.cell(row=r, column=1, value=cells[0])
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="E4DFEC")
            continue
        if not cells:
            continue
        name, link, role, base, ask, offer, phone, email, notes = cells
        strike = notes == "STRIKE"
        if strike:
            notes = ""
        c = ws.cell(row=r, column=1, value=name)
        if link:
            c.hyperlink = link
            c.style = "Hyperlink"
        if strike:
            c.font = Font(strike=True, color="808080")
        for j, v in enumerate([role, base, ask, offer, phone, email, notes], 2):
            if v:
                cc = ws.cell(row=r, column=j, value=v)
                cc.alignment = Alignment(wrap_text=True, vertical="top")
                if strike:
                    cc.font = Font(strike=True, color="808080")
    ws.freeze_panes = "B4"
    for j, w in enumerate([34, 36, 30, 50, 44, 18, 26, 30], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    wb.save(os.path.join(OUT, F5))
    write_key(F5, "staff", 3, F5_ROWS, 4)


if __name__ == "__main__":
    make_f1(); make_f2(); make_f3(); make_f4(); make_f5()
    print("written")
