#!/usr/bin/env python3
"""Regenerates all five held-out files and their answer keys. Every row is literal below."""
import csv, io, json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

def inn(title, summary, dept, lead, email, stage, status_text, started, ref, savings):
    e = {"title": title, "summary": summary, "department": dept,
         "lead": ({"name": lead, "email": email} if lead else None),
         "stage": stage, "status_text": status_text, "ref": ref, "savings_gbp": savings}
    if started:
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

def write_key(fname, kind, header_row, rows, sheet=None):
    k = {"file": fname, "kind": kind, "header_row": header_row}
    if sheet:
        k["sheet"] = sheet
    k["rows"] = {str(n): v for n, v in rows}
    with open(os.path.join(OUT, fname + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(k, f, indent=1, ensure_ascii=False)

# =====================================================================
# FILE 1: Critical care outreach team QI log (xlsx, 2 sheets)
# Westmoor Valley Hospitals NHS Foundation Trust (RW7X) @wvh.nhs.uk
# =====================================================================
def file1():
    fname = "WVH_CCOT_QI_register.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "QI Register"
    ws["A1"] = "Westmoor Valley Hospitals NHS FT (RW7X) – Critical Care Outreach Team"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quality Improvement register – maintained by CCOT band 7s. Please add updates with the date in front, newest at the bottom."
    # merged header groups row 3
    ws["A3"] = "THE PROJECT"; ws.merge_cells("A3:D3")
    ws["E3"] = "WHO"; ws.merge_cells("E3:F3")
    ws["G3"] = "PROGRESS"; ws.merge_cells("G3:J3")
    for c in ("A3", "E3", "G3"):
        ws[c].font = Font(bold=True); ws[c].alignment = Alignment(horizontal="center")
    header = ["QI no.", "Project", "What’s involved", "Ward / area", "Project lead",
              "Lead e-mail", "Date registered", "RAG / stage", "Est. saving p.a. (£)", "Comments & updates"]
    H = 4
    for i, h in enumerate(header, 1):
        c = ws.cell(H, i, h); c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
    ws.freeze_panes = "C5"
    R = []  # (cells, key)
    R += [(["CCOT-001", "NEWS2 escalation sticker", "Bright sticker for obs charts prompting the nurse to call outreach at NEWS2 ≥5 and record time of call.",
            "Medical wards", "Sister Hannah Greenway", "hannah.greenway@wvh.nhs.uk", D(2021, 3, 15), "Embedded – BAU now", 0,
            "15/03/21 registered\n02/06/21 trial on Ward 12 done\n10/01/22 on all adult charts, part of standard practice"],
           inn("NEWS2 escalation sticker", "Bright sticker for obs charts prompting the nurse to call outreach at NEWS2 ≥5 and record time of call.",
               "Medical wards", "Hannah Greenway", "hannah.greenway@wvh.nhs.uk", "embedded", "Embedded – BAU now", "2021-03-15", "CCOT-001", 0))]
    R += [(["CCOT-002", "Outreach follow-up after ICU step-down", "Every patient discharged from ICU is reviewed by CCOT within 12h and again at 48h, using a new proforma.",
            "ICU / all wards", "Dr Tomasz Wiśniewski", None, D(2021, 9, 1), "Evaluated - report to CC governance Nov 22", "£18,000",
            "01/09/21 start\n14/04/22 audit of 120 pts – readmissions to ICU down from 9% to 5%\n22/11/22 write-up presented"],
           inn("Outreach follow-up after ICU step-down", "Every patient discharged from ICU is reviewed by CCOT within 12h and again at 48h, using a new proforma.",
               "ICU / all wards", "Tomasz Wiśniewski", None, "evaluated", "Evaluated - report to CC governance Nov 22", "2021-09-01", "CCOT-002", 18000))]
    R += [([None] * 10, bad("blank row"))]
    R += [(["CCOT-003", "Sepsis grab bags", "Pre-packed bags with blood culture bottles, lactate syringe, cannula kit and sepsis 6 checklist kept on each ward.",
            "ED & AMU", "Kwame Asante (Band 6 CCOT)", "kwame.asante@wvh.nhs.uk", "Mar-22", "Rolled out trustwide", "12k",
            "Mar-22 ED + AMU\nSep-22 asked for by surgical wards\n05/01/23 all 22 inpatient wards now stocked"],
           inn("Sepsis grab bags", "Pre-packed bags with blood culture bottles, lactate syringe, cannula kit and sepsis 6 checklist kept on each ward.",
               "ED & AMU", "Kwame Asante", "kwame.asante@wvh.nhs.uk", "spreading", "Rolled out trustwide", "2022-03-01", "CCOT-003", 12000))]
    R += [(["CCOT-004", "Deteriorating patient simulation for HCAs", "Monthly 90-minute in-situ sim for healthcare assistants recognising and escalating deterioration.",
            "Surgical wards", "Wright, Imogen", "imogen.wright@wvh.nhs.uk", D(2022, 5, 9), "PDSA cycle 3", None,
            "09/05/22 first session Ward 4\n20/09/22 changed to 60 mins after feedback (cycle 2)\n16/02/23 cycle 3 – adding bleep practice"],
           inn("Deteriorating patient simulation for HCAs", "Monthly 90-minute in-situ sim for healthcare assistants recognising and escalating deterioration.",
               "Surgical wards", "Imogen Wright", "imogen.wright@wvh.nhs.uk", "testing", "PDSA cycle 3", "2022-05-09", "CCOT-004", None))]
    R += [(["CCOT-005", "Tracheostomy bed-head signs", "Green/red signs above bed showing airway type, tube size and emergency plan (NTSP style).",
            "Ward 9 (ENT) & Ward 14", "Priyanka Desai", None, D(2022, 7, 18), "live on 2 wards", "TBC",
            "18/07/22 signs printed\n01/09/22 in use Ward 9 and Ward 14"],
           inn("Tracheostomy bed-head signs", "Green/red signs above bed showing airway type, tube size and emergency plan (NTSP style).",
               "Ward 9 (ENT) & Ward 14", "Priyanka Desai", None, "implemented", "live on 2 wards", "2022-07-18", "CCOT-005", None))]
    R += [(["TEST", "test row - ignore", "test", "test", "Hannah G", None, None, None, None, "delete me"], bad("test row"))]
    R += [(["CCOT-006", "Electronic outreach referral via e-obs", "Auto-referral to CCOT bleep when NEWS2 ≥7 is entered on the e-obs system instead of a phone call.",
            "Trustwide", "Mr Daniel O’Connell / Kwame Asante", "daniel.oconnell@wvh.nhs.uk", "2023", "on hold - digital team capacity", "c. £4k",
            "Jan 23 spec agreed with digital\n30/06/23 paused until EPR upgrade"],
           inn("Electronic outreach referral via e-obs", "Auto-referral to CCOT bleep when NEWS2 ≥7 is entered on the e-obs system instead of a phone call.",
               "Trustwide", "Daniel O’Connell", "daniel.oconnell@wvh.nhs.uk", "paused", "on hold - digital team capacity", "2023-01-01", "CCOT-006", 4000))]
    R += [(["CCOT-007", "Family-initiated escalation (Call 4 Concern)", "Relatives and patients can phone outreach directly if worried about deterioration; posters & leaflets on wards.",
            "Adult inpatient wards", "Grace Mbeki", "grace.mbeki@wvh.nhs.uk", D(2023, 2, 1), "Bid submitted to hospital charity", "n/a",
            "01/02/23 idea agreed at CCOT away day\n14/03/23 charity bid £6,500 for posters + phone"],
           inn("Family-initiated escalation (Call 4 Concern)", "Relatives and patients can phone outreach directly if worried about deterioration; posters & leaflets on wards.",
               "Adult inpatient wards", "Grace Mbeki", "grace.mbeki@wvh.nhs.uk", "planning", "Bid submitted to hospital charity", "2023-02-01", "CCOT-007", None))]
    R += [(["CCOT-008", "Night-time outreach huddle", "10-minute 22:00 huddle with site manager and medical registrar to flag at-risk patients overnight.",
            "Hospital at Night", "Dr Femi Adeyemi", None, D(2023, 4, 3), "Live – every night since April", "nil",
            "03/04/23 started\n01/06/23 attendance 85%"],
           inn("Night-time outreach huddle", "10-minute 22:00 huddle with site manager and medical registrar to flag at-risk patients overnight.",
               "Hospital at Night", "Femi Adeyemi", None, "implemented", "Live – every night since April", "2023-04-03", "CCOT-008", 0))]
    R += [(["CCOT-003a", "Sepsis grab bags", "Pre-packed bags with blood culture bottles, lactate syringe, cannula kit and sepsis 6 checklist kept on each ward.",
            "ED & AMU", "Kwame Asante (Band 6 CCOT)", "kwame.asante@wvh.nhs.uk", "Mar-22", "Rolled out trustwide", "12k",
            "re-entered by mistake? see CCOT-003"],
           bad("duplicate of row 8"))]
    R += [(["CCOT-009", "Fluid balance chart redesign", "Single-page 24h fluid chart with running totals and prompts for catheter output.",
            "Renal & Ward 6", "Miss Aoife Byrne (Band 6)", "aoife.byrne@wvh.nhs.uk", "06/09/2023", "Scrapped – replaced by EPR fluid module", None,
            "06/09/23 draft chart\n12/12/23 stopped, EPR going live"],
           inn("Fluid balance chart redesign", "Single-page 24h fluid chart with running totals and prompts for catheter output.",
               "Renal & Ward 6", "Aoife Byrne", "aoife.byrne@wvh.nhs.uk", "stopped", "Scrapped – replaced by EPR fluid module", "2023-09-06", "CCOT-009", None))]
    R += [(["CCOT-010", "Outreach teaching for FY1s", "Fortnightly 'sick patient' teaching on ABCDE assessment for foundation doctors in their first month.",
            "Medical education", "Wright, Imogen", "imogen.wright@wvh.nhs.uk", D(2023, 8, 2), "Standard part of FY1 induction now", 0,
            "02/08/23 ran with new FY1s\nAug-24 repeated, in induction programme"],
           inn("Outreach teaching for FY1s", "Fortnightly 'sick patient' teaching on ABCDE assessment for foundation doctors in their first month.",
               "Medical education", "Imogen Wright", "imogen.wright@wvh.nhs.uk", "embedded", "Standard part of FY1 induction now", "2023-08-02", "CCOT-010", 0))]
    R += [(["CCOT-011", "AKI alert response bundle", None, "Renal", "Priyanka Desai", None, D(2023, 11, 20), "idea – to discuss at Jan team meeting", None, None],
           inn("AKI alert response bundle", None, "Renal", "Priyanka Desai", None, "idea", "idea – to discuss at Jan team meeting", "2023-11-20", "CCOT-011", None))]
    R += [([None, "Rows below added by Grace M from the 2024 away day list", None, None, None, None, None, None, None, None], bad("notes row"))]
    R += [(["CCOT-012", "Outreach support to Maternity HDU", "CCOT to review all level 2 obstetric patients daily; joint MEOWS/NEWS2 escalation guide.",
            "Maternity", "Grace Mbeki (Band 7) grace.mbeki@wvh.nhs.uk", None, D(2024, 1, 15), "Pilot on Delivery Suite – PDSA 1", "TBC",
            "15/01/24 agreed with Head of Midwifery\n01/03/24 pilot started"],
           inn("Outreach support to Maternity HDU", "CCOT to review all level 2 obstetric patients daily; joint MEOWS/NEWS2 escalation guide.",
               "Maternity", "Grace Mbeki", "grace.mbeki@wvh.nhs.uk", "testing", "Pilot on Delivery Suite – PDSA 1", "2024-01-15", "CCOT-012", None))]
    R += [(["CCOT-013", "Post-ICU clinic", "Nurse-led follow-up clinic at 8 weeks after ICU discharge for patients ventilated >4 days.",
            "Critical care", "Dr Tomasz Wiśniewski", "tomasz.wisniewski@wvh.nhs.uk", "Apr-24", "Needs funding – business case drafted", "£500 a month",
            "Apr-24 case drafted\n18/07/24 waiting for finance sign-off"],
           inn("Post-ICU clinic", "Nurse-led follow-up clinic at 8 weeks after ICU discharge for patients ventilated >4 days.",
               "Critical care", "Tomasz Wiśniewski", "tomasz.wisniewski@wvh.nhs.uk", "planning", "Needs funding – business case drafted", "2024-04-01", "CCOT-013", 6000))]
    R += [(["CCOT-014", "Oxygen prescribing audit & stickers", "Target saturation stickers for drug charts plus quarterly audit of O2 prescribing.",
            "Respiratory", "Kwame Asante", "kwame.asante@wvh.nhs.uk", D(2024, 5, 20), "Adopted by Bramley Community Hospital too", "£2,400",
            "20/05/24 live on resp wards\n30/09/24 Bramley CH asked for the sticker – sent artwork"],
           inn("Oxygen prescribing audit & stickers", "Target saturation stickers for drug charts plus quarterly audit of O2 prescribing.",
               "Respiratory", "Kwame Asante", "kwame.asante@wvh.nhs.uk", "spreading", "Adopted by Bramley Community Hospital too", "2024-05-20", "CCOT-014", 2400))]
    R += [(["CCOT-015", "Early warning for delirium (4AT at NEWS2 ≥3)", "Prompt on e-obs to complete a 4AT when NEWS2 reaches 3 in over-65s.",
            "Elderly care", "Ms Chloé Martin", None, None, "Proposed", None, None],
           inn("Early warning for delirium (4AT at NEWS2 ≥3)", "Prompt on e-obs to complete a 4AT when NEWS2 reaches 3 in over-65s.",
               "Elderly care", "Chloé Martin", None, "idea", "Proposed", None, "CCOT-015", None))]
    R += [(["CCOT-016", "Outreach WhatsApp-style handover", "Secure Teams channel for CCOT shift handover replacing paper list.",
            "CCOT", "Hannah Greenway", "hannah.greenway@wvh.nhs.uk", D(2024, 6, 10), "Completed – evaluation written up, staff survey 92% prefer it", "£1,200",
            "10/06/24 started\n28/10/24 evaluation done"],
           inn("Outreach WhatsApp-style handover", "Secure Teams channel for CCOT shift handover replacing paper list.",
               "CCOT", "Hannah Greenway", "hannah.greenway@wvh.nhs.uk", "evaluated", "Completed – evaluation written up, staff survey 92% prefer it", "2024-06-10", "CCOT-016", 1200))]
    R += [([None] * 10, bad("blank row"))]
    R += [([None, "Total projects", None, None, None, None, None, None, "=SUM(I5:I26)", None], bad("total row"))]
    first = H + 1
    rows_keys = []
    for i, (cells, key) in enumerate(R):
        r = first + i
        for j, v in enumerate(cells, 1):
            if v is None:
                continue
            c = ws.cell(r, j, v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if j == 10:
                c.alignment = Alignment(wrap_text=True, vertical="top")
        rows_keys.append((r, key))
    # fix total formula to correct range / make second total cell count
    tr = rows_keys[-1][0]
    ws.cell(tr, 2, "Total projects")
    ws.cell(tr, 3, f"=COUNTA(A{first}:A{tr-2})")
    ws.cell(tr, 9, f"=SUM(I{first}:I{tr-2})")
    for col, w in zip("ABCDEFGHIJ", [10, 34, 50, 20, 26, 28, 14, 30, 14, 50]):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("Lookups")
    for i, v in enumerate(["Stage", "Idea", "Planning", "PDSA", "Live", "BAU", "On hold", "Stopped"], 1):
        ws2.cell(i, 1, v)
    wb.save(os.path.join(OUT, fname))
    # sanity: the duplicate points at CCOT-003
    assert [r for r, k in rows_keys if k.get("expected", {}).get("ref") == "CCOT-003"] == [8]
    write_key(fname, "innovations", H, rows_keys, sheet="QI Register")

# =====================================================================
# FILE 2: 0-19 HV & school nursing staff directory, Outlook export, Excel CSV cp1252 CRLF
# Harrowdene Community Healthcare NHS Trust (RY9H) @harrowdene.nhs.uk
# =====================================================================
def file2():
    fname = "Harrowdene_0-19_address_book_export.csv"
    header = ["Display Name", "Title", "Department", "Office", "Business Phone", "E-mail Address", "Special interests / can help colleagues with"]
    R = []
    R += [(["Okafor, Ngozi (HCH)", "Health Visitor Team Leader", "0-19 Service - Health Visiting North", "Fenwick Clinic", "01632 960114", "ngozi.okafor@harrowdene.nhs.uk",
            "Perinatal mental health; infant feeding; safeguarding supervision. Happy to supervise student HVs"],
           staff("Ngozi Okafor", "Ngozi", "Okafor", "ngozi.okafor@harrowdene.nhs.uk", "Health Visitor Team Leader", "0-19 Service - Health Visiting North",
                 ["Perinatal mental health", "infant feeding", "safeguarding supervision"], "Happy to supervise student HVs"))]
    R += [(["Pearce, Rebecca (HCH)", "School Nurse (Band 6)", "0-19 Service - School Nursing East", "Linden House", "01632 960227", "rebecca.pearce@harrowdene.nhs.uk",
            "Continence, enuresis clinics & emotional health in secondary schools"],
           staff("Rebecca Pearce", "Rebecca", "Pearce", "rebecca.pearce@harrowdene.nhs.uk", "School Nurse (Band 6)", "0-19 Service - School Nursing East",
                 ["Continence", "enuresis clinics", "emotional health in secondary schools"], None))]
    R += [(["Begum, Shazia (HCH)", "Community Nursery Nurse", "0-19 Service - Health Visiting North", "Fenwick Clinic", "01632 960118", "shazia.begum@harrowdene.nhs.uk",
            "Sleep; toilet training; speech & language development. Speaks Bengali and Sylheti"],
           staff("Shazia Begum", "Shazia", "Begum", "shazia.begum@harrowdene.nhs.uk", "Community Nursery Nurse", "0-19 Service - Health Visiting North",
                 ["Sleep", "toilet training", "speech & language development"], None))]
    R += [(["Dr Hughes, Owain (HCH)", "Named Doctor Safeguarding Children", "Safeguarding Children Team", "Trust HQ", "01632 960301", "owain.hughes@harrowdene.nhs.uk",
            "Fabricated or induced illness, child protection medicals. Can offer case discussion sessions for 0-19 teams"],
           staff("Owain Hughes", "Owain", "Hughes", "owain.hughes@harrowdene.nhs.uk", "Named Doctor Safeguarding Children", "Safeguarding Children Team",
                 ["Fabricated or induced illness", "child protection medicals"], "Can offer case discussion sessions for 0-19 teams"))]
    R += [(["", "", "", "", "", "", ""], bad("blank row"))]
    R += [(["Nowak, Katarzyna (HCH)", "Specialist Community Public Health Nurse – HV", "0-19 Service - Health Visiting South", "Orchard Children’s Centre", "01632 960142", "katarzyna.nowak@harrowdene.nhs.uk",
            "Infant feeding (IBCLC)\nTongue-tie assessment\nSpeaks Polish"],
           staff("Katarzyna Nowak", "Katarzyna", "Nowak", "katarzyna.nowak@harrowdene.nhs.uk", "Specialist Community Public Health Nurse – HV", "0-19 Service - Health Visiting South",
                 ["Infant feeding (IBCLC)", "Tongue-tie assessment"], None))]
    R += [(["Fletcher, James (HCH)", "School Nurse", "0-19 Service - School Nursing West", "Marsh Lane Health Centre", "01632 960233", "",
            "Young people’s sexual health, C-Card and drug & alcohol awareness"],
           staff("James Fletcher", "James", "Fletcher", None, "School Nurse", "0-19 Service - School Nursing West",
                 ["Young people’s sexual health", "C-Card", "drug & alcohol awareness"], None))]
    R += [(["Adebayo, Folake (HCH)", "Health Visitor", "0-19 Service - Health Visiting South", "Orchard Children’s Centre", "01632 960145", "folake.adebayo@harrowdene.nhs.uk",
            "Maternal mental health, Solihull Approach facilitator; willing to run Solihull groups for other teams"],
           staff("Folake Adebayo", "Folake", "Adebayo", "folake.adebayo@harrowdene.nhs.uk", "Health Visitor", "0-19 Service - Health Visiting South",
                 ["Maternal mental health", "Solihull Approach facilitator"], "willing to run Solihull groups for other teams"))]
    R += [(["zz Marsh, Colin (left)", "School Nurse Team Leader - LEFT 31/08/2024", "0-19 Service - School Nursing East", "Linden House", "", "",
            "Epilepsy; anaphylaxis training for school staff"],
           staff("Colin Marsh", "Colin", "Marsh", None, "School Nurse Team Leader", "0-19 Service - School Nursing East",
                 ["Epilepsy", "anaphylaxis training for school staff"], None, left=True, left_on="2024-08-31"))]
    R += [(["Test, User (HCH)", "TEST ACCOUNT", "IT", "", "", "test.user@harrowdene.nhs.uk", ""], bad("test row"))]
    R += [(["Clarke, Danielle (HCH)", "Health Visitor – on maternity leave until Mar 2025", "0-19 Service - Health Visiting North", "Fenwick Clinic", "01632 960121", "danielle.clarke@harrowdene.nhs.uk",
            "Domestic abuse (DA champion) • Healthy Start • Family Nurse Partnership links"],
           staff("Danielle Clarke", "Danielle", "Clarke", "danielle.clarke@harrowdene.nhs.uk", "Health Visitor – on maternity leave until Mar 2025", "0-19 Service - Health Visiting North",
                 ["Domestic abuse (DA champion)", "Healthy Start", "Family Nurse Partnership links"], None))]
    R += [(["Mahmood, Tariq (HCH)", "Immunisation Nurse (Band 5)", "School Aged Immunisation Service", "Marsh Lane Health Centre", "01632 960250", "tariq.mahmood@harrowdene.nhs.uk",
            "School immunisation programme; consent queries. Speaks Urdu & Punjabi"],
           staff("Tariq Mahmood", "Tariq", "Mahmood", "tariq.mahmood@harrowdene.nhs.uk", "Immunisation Nurse (Band 5)", "School Aged Immunisation Service",
                 ["School immunisation programme", "consent queries"], None))]
    R += [(["VACANT - Band 6 School Nurse (0.6 WTE)", "School Nurse", "0-19 Service - School Nursing West", "Marsh Lane Health Centre", "", "", ""], bad("vacant post"))]
    R += [(["Okafor, Ngozi (HCH)", "Health Visitor Team Leader", "0-19 Service - Health Visiting North", "Fenwick Clinic", "01632 960114", "ngozi.okafor@harrowdene.nhs.uk",
            "Perinatal mental health; infant feeding; safeguarding supervision. Happy to supervise student HVs"],
           bad("duplicate of row 2"))]
    R += [(["Sørensen, Ingrid (HCH)", "Practice Educator 0-19", "0-19 Service - Education & Development", "Trust HQ", "01632 960310", "ingrid.sorensen@harrowdene.nhs.uk",
            "Preceptorship, SCPHN practice assessor training. Happy to do teaching on the ASQ-3"],
           staff("Ingrid Sørensen", "Ingrid", "Sørensen", "ingrid.sorensen@harrowdene.nhs.uk", "Practice Educator 0-19", "0-19 Service - Education & Development",
                 ["Preceptorship", "SCPHN practice assessor training"], "Happy to do teaching on the ASQ-3"))]
    R += [(["Whitfield, Amy (HCH)", "Health Visitor", "0-19 Service - Health Visiting South", "Orchard Children’s Centre", "01632 960147", "amy.whitfield@harrowdene.nhs.uk",
            ""],
           staff("Amy Whitfield", "Amy", "Whitfield", "amy.whitfield@harrowdene.nhs.uk", "Health Visitor", "0-19 Service - Health Visiting South", [], None))]
    R += [(["Osei, Kofi (HCH)", "School Nurse (Band 6) – left Oct-23", "0-19 Service - School Nursing West", "Marsh Lane Health Centre", "", "",
            "Asthma in schools; diabetes care plans"],
           staff("Kofi Osei", "Kofi", "Osei", None, "School Nurse (Band 6)", "0-19 Service - School Nursing West",
                 ["Asthma in schools", "diabetes care plans"], None, left=True, left_on="2023-10-01"))]
    R += [(["Doyle, Siobhán (HCH)", "Community Staff Nurse", "0-19 Service - Health Visiting North", "Fenwick Clinic", "01632 960125", "siobhan.doyle@harrowdene.nhs.uk",
            "Weaning and introducing solids, oral health"],
           staff("Siobhán Doyle", "Siobhán", "Doyle", "siobhan.doyle@harrowdene.nhs.uk", "Community Staff Nurse", "0-19 Service - Health Visiting North",
                 ["Weaning and introducing solids", "oral health"], None))]
    R += [(["Grant, Marcus (HCH)", "0-19 Service Manager", "0-19 Service Management", "Trust HQ", "01632 960300", "marcus.grant@harrowdene.nhs.uk",
            "Service redesign; Healthy Child Programme commissioning"],
           staff("Marcus Grant", "Marcus", "Grant", "marcus.grant@harrowdene.nhs.uk", "0-19 Service Manager", "0-19 Service Management",
                 ["Service redesign", "Healthy Child Programme commissioning"], None))]
    R += [(["Iqbal, Nadia (HCH)", "Family Health Worker", "0-19 Service - School Nursing East", "Linden House", "01632 960229", "nadia.iqbal@harrowdene.nhs.uk",
            "Healthy weight (NCMP follow-ups) and school readiness"],
           staff("Nadia Iqbal", "Nadia", "Iqbal", "nadia.iqbal@harrowdene.nhs.uk", "Family Health Worker", "0-19 Service - School Nursing East",
                 ["Healthy weight (NCMP follow-ups)", "school readiness"], None))]
    R += [(["Thompson, Bethan (HCH)", "Specialist School Nurse – Special Schools", "0-19 Service - School Nursing East", "Linden House", "01632 960231", "bethan.thompson@harrowdene.nhs.uk",
            "Gastrostomy care; complex needs; Makaton. Can offer buddying for new starters"],
           staff("Bethan Thompson", "Bethan", "Thompson", "bethan.thompson@harrowdene.nhs.uk", "Specialist School Nurse – Special Schools", "0-19 Service - School Nursing East",
                 ["Gastrostomy care", "complex needs", "Makaton"], "Can offer buddying for new starters"))]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    keys = []
    for i, (cells, key) in enumerate(R):
        w.writerow(cells); keys.append((i + 2, key))
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(buf.getvalue().encode("cp1252"))
    write_key(fname, "staff", 1, keys)

# =====================================================================
# FILE 3: Community hospital inpatient rehab wards projects, yearly blocks, CSV UTF-8 with BOM
# Kennet & Wylye Community Health NHS Trust (RK4W), St Aldhelm's Community Hospital @kwch.nhs.uk
# =====================================================================
def file3():
    fname = "St_Aldhelms_rehab_wards_projects.csv"
    header = ["Ref", "Ward", "Project name", "What it is", "Who’s leading", "Kicked off", "Where we’re at", "£ saved per year", "Notes"]
    E = [""] * 9
    R = []
    R += [(["2022/23 PROJECTS", "", "", "", "", "", "", "", ""], bad("notes row - year sub-header"))]
    R += [(["SA22-01", "Kingfisher Ward", "Rehab gym open at weekends", "Therapy assistants run a 2-hour open gym session on Sat & Sun so patients keep up their exercise programme.",
            "Laura Bennett (Band 6 physio)", "03/05/2022", "BAU now", "n/a", "Kingfisher + Heron both do it"],
           inn("Rehab gym open at weekends", "Therapy assistants run a 2-hour open gym session on Sat & Sun so patients keep up their exercise programme.",
               "Kingfisher Ward", "Laura Bennett", None, "embedded", "BAU now", "2022-05-03", "SA22-01", None))]
    R += [(["SA22-02", "Heron Ward", "Get Up Get Dressed Get Moving", "Patients dressed in own clothes by 10am and eat lunch at the dining table – reduces deconditioning.",
            "Sister Ruth Evans", "Jun-22", "Spread to Wren Ward and Malmesbury Community Hospital", "£8,500", ""],
           inn("Get Up Get Dressed Get Moving", "Patients dressed in own clothes by 10am and eat lunch at the dining table – reduces deconditioning.",
               "Heron Ward", "Ruth Evans", None, "spreading", "Spread to Wren Ward and Malmesbury Community Hospital", "2022-06-01", "SA22-02", 8500))]
    R += [(["SA22-03", "Kingfisher Ward", "Falls sensor mats review", "Check which sensor mats are actually used and replace old ones with wireless chair/bed sensors.",
            "Hollis, Mark", "2022", "Evaluated – falls down 22%, report went to Falls Group", "£3,000", "Mark moving to Wren soon"],
           inn("Falls sensor mats review", "Check which sensor mats are actually used and replace old ones with wireless chair/bed sensors.",
               "Kingfisher Ward", "Mark Hollis", None, "evaluated", "Evaluated – falls down 22%, report went to Falls Group", "2022-01-01", "SA22-03", 3000))]
    R += [(["SA22-04", "Wren Ward", "Discharge to assess huddle", "Daily 9:15 huddle with social work and community team to agree discharge pathway for each medically optimised patient.",
            "Anita Kowalczyk (OT lead) / Ruth Evans", "14/11/2022", "scrapped - replaced by system-wide transfer of care hub", "TBC", ""],
           inn("Discharge to assess huddle", "Daily 9:15 huddle with social work and community team to agree discharge pathway for each medically optimised patient.",
               "Wren Ward", "Anita Kowalczyk", None, "stopped", "scrapped - replaced by system-wide transfer of care hub", "2022-11-14", "SA22-04", None))]
    R += [(E[:], bad("blank row"))]
    R += [(["2023/24 PROJECTS", "", "", "", "", "", "", "", ""], bad("notes row - year sub-header"))]
    R += [(header[:], bad("repeated header row"))]
    R += [(["SA23-01", "Heron Ward", "Patient-held rehab goals board", "Whiteboard by each bed with patient’s own goals in their words, updated at weekly MDT.",
            "Ruth Evans ruth.evans@kwch.nhs.uk", "Apr-23", "live on Heron, Kingfisher to follow", "nil", ""],
           inn("Patient-held rehab goals board", "Whiteboard by each bed with patient’s own goals in their words, updated at weekly MDT.",
               "Heron Ward", "Ruth Evans", "ruth.evans@kwch.nhs.uk", "implemented", "live on Heron, Kingfisher to follow", "2023-04-01", "SA23-01", 0))]
    R += [(["SA23-02", "Wren Ward", "Medication self-administration", "Patients preparing for discharge manage their own medicines from a locked bedside cabinet with pharmacy assessment.",
            "Mr Joseph Addo (Pharmacist)", "18/09/2023", "PDSA cycle 2 – 6 patients so far", "c. £1.5k", "needs new cabinets"],
           inn("Medication self-administration", "Patients preparing for discharge manage their own medicines from a locked bedside cabinet with pharmacy assessment.",
               "Wren Ward", "Joseph Addo", None, "testing", "PDSA cycle 2 – 6 patients so far", "2023-09-18", "SA23-02", 1500))]
    R += [(["SA23-03", "Kingfisher Ward", "Volunteer mealtime companions", "Trained volunteers help with feeding and chat at lunch and tea for patients at risk of malnutrition.",
            "Laura Bennett (Band 6 physio)", "", "on hold - staff shortages", "£0", "volunteer training paused"],
           inn("Volunteer mealtime companions", "Trained volunteers help with feeding and chat at lunch and tea for patients at risk of malnutrition.",
               "Kingfisher Ward", "Laura Bennett", None, "paused", "on hold - staff shortages", None, "SA23-03", 0))]
    R += [(["SA23-04", "All wards", "Frailty-friendly night routine", "Lights down at 22:00, noise audit, earplugs and eye masks, no routine obs between 00:00 and 06:00 unless NEWS2 ≥3.",
            "Dr Eleanor Fitzgerald", "Oct-23", "Rolled out to all 3 wards", "TBC", ""],
           inn("Frailty-friendly night routine", "Lights down at 22:00, noise audit, earplugs and eye masks, no routine obs between 00:00 and 06:00 unless NEWS2 ≥3.",
               "All wards", "Eleanor Fitzgerald", None, "implemented", "Rolled out to all 3 wards", "2023-10-01", "SA23-04", None))]
    R += [(["SA23-05", "Heron Ward", "TEST ENTRY", "test", "test", "", "", "", "ignore - testing the form"], bad("test row"))]
    R += [(["SA23-06", "Wren Ward", "Exercise videos on the ward TV", "Loop of 10-minute seated exercise videos made by our physios shown on the day room TV.",
            "Hollis, Mark", "02/02/2024", "Idea – asked IT if possible", "", ""],
           inn("Exercise videos on the ward TV", "Loop of 10-minute seated exercise videos made by our physios shown on the day room TV.",
               "Wren Ward", "Mark Hollis", None, "idea", "Idea – asked IT if possible", "2024-02-02", "SA23-06", None))]
    R += [(E[:], bad("blank row"))]
    R += [(["2024/25 PROJECTS", "", "", "", "", "", "", "", ""], bad("notes row - year sub-header"))]
    R += [(header[:], bad("repeated header row"))]
    R += [(["SA24-01", "Kingfisher Ward", "Rehab gym open at weekends", "Therapy assistants run a 2-hour open gym session on Sat & Sun so patients keep up their exercise programme.",
            "Laura Bennett (Band 6 physio)", "03/05/2022", "BAU now", "n/a", "carried over from last year"],
           bad("duplicate of row 3"))]
    R += [(["SA24-02", "Heron Ward", "Stroke rehab upper-limb group", "Twice-weekly group therapy using GRASP programme for patients after stroke.",
            "Nguyen, Thi Lan", "15/04/2024", "funding bid submitted to League of Friends", "£4k", "bid for £2,300 of equipment"],
           inn("Stroke rehab upper-limb group", "Twice-weekly group therapy using GRASP programme for patients after stroke.",
               "Heron Ward", "Thi Lan Nguyen", None, "planning", "funding bid submitted to League of Friends", "2024-04-15", "SA24-02", 4000))]
    R += [(["SA24-03", "Wren Ward", "Digital pressure ulcer photography", "Wound photos taken on ward iPad and uploaded to the record for TVN review, instead of waiting for a visit.",
            "Mrs Beatrice Ogunleye", "Jul-24", "Trial on Wren – first month data in", "£6,000", ""],
           inn("Digital pressure ulcer photography", "Wound photos taken on ward iPad and uploaded to the record for TVN review, instead of waiting for a visit.",
               "Wren Ward", "Beatrice Ogunleye", None, "testing", "Trial on Wren – first month data in", "2024-07-01", "SA24-03", 6000))]
    R += [(["SA24-04", "All wards", "Carers’ passport", "Named carers can visit any time and join therapy sessions, with a passport card.",
            "Ruth Evans ruth.evans@kwch.nhs.uk", "2024", "Approved at Nov governance, printing cards", "n/a", ""],
           inn("Carers’ passport", "Named carers can visit any time and join therapy sessions, with a passport card.",
               "All wards", "Ruth Evans", "ruth.evans@kwch.nhs.uk", "planning", "Approved at Nov governance, printing cards", "2024-01-01", "SA24-04", None))]
    R += [(["SA24-05", "Kingfisher Ward", "Continence promotion – no routine pads", "Prompted toileting every 2 hours and removal of routine pad use on admission assessment.",
            "Dr Eleanor Fitzgerald", "09/09/2024", "Evaluation complete - written up for the trust QI showcase", "£500 a month", ""],
           inn("Continence promotion – no routine pads", "Prompted toileting every 2 hours and removal of routine pad use on admission assessment.",
               "Kingfisher Ward", "Eleanor Fitzgerald", None, "evaluated", "Evaluation complete - written up for the trust QI showcase", "2024-09-09", "SA24-05", 6000))]
    R += [(["SA24-06", "Heron Ward", "Music for rehab", None, "Anita Kowalczyk", "Nov-24", "proposed at ward meeting", "", ""],
           inn("Music for rehab", None, "Heron Ward", "Anita Kowalczyk", None, "idea", "proposed at ward meeting", "2024-11-01", "SA24-06", None))]
    R += [(["", "", "Total projects this sheet: 15", "", "", "", "", "", ""], bad("total row"))]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    keys = []
    for i, (cells, key) in enumerate(R):
        w.writerow(["" if c is None else c for c in cells]); keys.append((i + 2, key))
    assert keys[1][0] == 3
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(buf.getvalue().encode("utf-8-sig"))
    write_key(fname, "innovations", 1, keys)

# =====================================================================
# FILE 4: Voluntary services & patient experience ideas box, Excel Unicode Text (UTF-16LE BOM, TAB)
# Calderbrook Teaching Hospitals NHS Trust (RC8B) @calderbrook.nhs.uk
# =====================================================================
def file4():
    fname = "Calderbrook_VS_PX_ideas_box.txt"
    header = ["Card no.", "Date in box", "The idea", "What the card said", "Suggested by", "Area it’s about", "Picked up by", "What happened", "Saving (if known)"]
    R = []
    R += [(["IB-101", "12/01/2023", "Hearing loop at main reception", "\"Please can you get a hearing loop at the front desk, my dad couldn’t hear a thing\"",
            "Visitor", "Main Reception", "Paul Ashworth", "Installed Mar 23 – in use", "n/a"],
           inn("Hearing loop at main reception", "\"Please can you get a hearing loop at the front desk, my dad couldn’t hear a thing\"",
               "Main Reception", "Paul Ashworth", None, "implemented", "Installed Mar 23 – in use", "2023-01-12", "IB-101", None))]
    R += [(["IB-102", "Jan-23", "Volunteer ward guides", "“It took me 20 minutes to find Ward 30 – could someone walk people there?”",
            "Patient (outpatient)", "Voluntary Services", "Mrs Joanne Whitaker (Voluntary Services Manager)", "BAU now – 14 volunteer wayfinders on rota", "nil"],
           inn("Volunteer ward guides", "“It took me 20 minutes to find Ward 30 – could someone walk people there?”",
               "Voluntary Services", "Joanne Whitaker", None, "embedded", "BAU now – 14 volunteer wayfinders on rota", "2023-01-01", "IB-102", 0))]
    R += [(["IB-103", "03/02/2023", "Free parking for carers of long-stay patients", "Carer of patient on ITU for 6 weeks – parking costs £12/day.",
            "Carer", "Estates / Car parking", "Rahul Mehta rahul.mehta@calderbrook.nhs.uk", "Carers’ parking concession rolled out across both hospital sites and copied by Calder CCG community sites", "TBC"],
           inn("Free parking for carers of long-stay patients", "Carer of patient on ITU for 6 weeks – parking costs £12/day.",
               "Estates / Car parking", "Rahul Mehta", "rahul.mehta@calderbrook.nhs.uk", "spreading",
               "Carers’ parking concession rolled out across both hospital sites and copied by Calder CCG community sites", "2023-02-03", "IB-103", None))]
    R += [(["", "", "", "", "", "", "", "", ""], bad("blank row"))]
    R += [(["IB-104", "2023", "Bedside phone chargers", "Can you have chargers on the wards, mine died and I couldn't call my wife",
            "Patient, Ward 22", "Ward 22", "Paul Ashworth", "Charity bid submitted (£1,800)", "n/a"],
           inn("Bedside phone chargers", "Can you have chargers on the wards, mine died and I couldn't call my wife",
               "Ward 22", "Paul Ashworth", None, "planning", "Charity bid submitted (£1,800)", "2023-01-01", "IB-104", None))]
    R += [(["IB-105", "Mar-23", "Chaplaincy ‘quiet room’ open 24/7", "", "Staff member (anon)", "Chaplaincy",
            "Rev. Samuel Odhiambo", "declined – security concerns overnight", ""],
           inn("Chaplaincy ‘quiet room’ open 24/7", None, "Chaplaincy", "Samuel Odhiambo", None, "stopped",
               "declined – security concerns overnight", "2023-03-01", "IB-105", None))]
    R += [(["IB-106", "17/04/2023", "Knitted twiddle muffs for dementia patients", "Volunteer knitting group offered to make twiddle muffs for confused patients.",
            "Volunteer", "Elderly care wards", "Joanne Whitaker / Lucy Barnes", "Live on 4 wards – knitting group makes 20 a month", "c. £300"],
           inn("Knitted twiddle muffs for dementia patients", "Volunteer knitting group offered to make twiddle muffs for confused patients.",
               "Elderly care wards", "Joanne Whitaker", None, "implemented", "Live on 4 wards – knitting group makes 20 a month", "2023-04-17", "IB-106", 300))]
    R += [(["", "cards below typed up by Maria (admin) Sept 2023 – some dates missing", "", "", "", "", "", "", ""], bad("notes row"))]
    R += [(["IB-107", "", "Menu in other languages", "Menus only in English – my mum reads Gujarati.",
            "Relative", "Catering", "Ms Lucy Barnes, Patient Experience Lead", "Trial of picture menus on Ward 7 – feedback forms out", "TBC"],
           inn("Menu in other languages", "Menus only in English – my mum reads Gujarati.",
               "Catering", "Lucy Barnes", None, "testing", "Trial of picture menus on Ward 7 – feedback forms out", None, "IB-107", None))]
    R += [(["IB-108", "", "Welcome pack for new volunteers", "New volunteer – first day confusing, no one knew I was coming.",
            "Volunteer", "Voluntary Services", "Whitaker, Joanne", "Done – pack evaluated with 30 new volunteers, report to PX committee", "£0"],
           inn("Welcome pack for new volunteers", "New volunteer – first day confusing, no one knew I was coming.",
               "Voluntary Services", "Joanne Whitaker", None, "evaluated", "Done – pack evaluated with 30 new volunteers, report to PX committee", None, "IB-108", 0))]
    R += [(["TEST", "01/01/2023", "test", "test card", "", "", "", "", ""], bad("test row"))]
    R += [(["IB-109", "Oct-23", "Dog therapy visits", "Pets as Therapy dogs on children’s ward please!",
            "Parent", "Children’s Ward", "Lucy Barnes", "on hold - infection control review", "n/a"],
           inn("Dog therapy visits", "Pets as Therapy dogs on children’s ward please!",
               "Children’s Ward", "Lucy Barnes", None, "paused", "on hold - infection control review", "2023-10-01", "IB-109", None))]
    R += [(["IB-110", "06/11/2023", "Hospital radio requests via QR code", "Scan a code on the bedside to request a song on hospital radio.",
            "Volunteer (hospital radio)", "Hospital Radio", "Dr Ifeoma Nwosu", "new idea – passed to comms", ""],
           inn("Hospital radio requests via QR code", "Scan a code on the bedside to request a song on hospital radio.",
               "Hospital Radio", "Ifeoma Nwosu", None, "idea", "new idea – passed to comms", "2023-11-06", "IB-110", None))]
    R += [(["IB-111", "04/12/2023", "Discharge lounge tea trolley", "Waited 5 hours in discharge lounge with no drink offered.",
            "Patient", "Discharge Lounge", "Paul Ashworth", "volunteer tea round running weekdays – now part of the volunteer rota", "£0"],
           inn("Discharge lounge tea trolley", "Waited 5 hours in discharge lounge with no drink offered.",
               "Discharge Lounge", "Paul Ashworth", None, "embedded", "volunteer tea round running weekdays – now part of the volunteer rota", "2023-12-04", "IB-111", 0))]
    R += [(["IB-112", "22/01/2024", "Feedback kiosks in outpatients", "Touch-screen Friends & Family Test kiosk so we don’t need paper cards.",
            "Staff (OPD)", "Outpatients", "Rahul Mehta", "PDSA 1 in ENT clinic – 3 weeks in", "saves c. £2k print costs"],
           inn("Feedback kiosks in outpatients", "Touch-screen Friends & Family Test kiosk so we don’t need paper cards.",
               "Outpatients", "Rahul Mehta", None, "testing", "PDSA 1 in ENT clinic – 3 weeks in", "2024-01-22", "IB-112", 2000))]
    R += [(["IB-113", "Feb-24", "Hearing loop at main reception", "Hearing loop at reception desk please",
            "Visitor", "Main Reception", "Paul Ashworth", "already done – see IB-101", ""],
           bad("duplicate of row 2"))]
    R += [(["IB-114", "11/03/2024", "Chatty café for lonely patients", "Volunteers run a weekly café in the day room for long-stay patients.",
            "Volunteer", "Ward 14 & 15", "Joanne Whitaker", "Approved – recruiting volunteers", "TBC"],
           inn("Chatty café for lonely patients", "Volunteers run a weekly café in the day room for long-stay patients.",
               "Ward 14 & 15", "Joanne Whitaker", None, "planning", "Approved – recruiting volunteers", "2024-03-11", "IB-114", None))]
    R += [(["IB-115", "Spring 2024", "Big print signage", "Signs too small to read for people with sight loss.",
            "Patient (RNIB member)", "Estates", "", "not taken forward", ""],
           inn("Big print signage", "Signs too small to read for people with sight loss.",
               "Estates", None, None, "stopped", "not taken forward", "2024-03-01", "IB-115", None))]
    R += [(["IB-116", "02/05/2024", "Patient stories at Board", "", "PX team", "Patient Experience",
            "Lucy Barnes", "Rolled out – now standing item at every Trust Board", ""],
           inn("Patient stories at Board", None, "Patient Experience", "Lucy Barnes", None, "embedded",
               "Rolled out – now standing item at every Trust Board", "2024-05-02", "IB-116", None))]
    R += [(["", "", "", "", "", "", "", "", ""], bad("blank row"))]
    R += [(["", "Cards logged: 16", "", "", "", "", "", "", ""], bad("total row"))]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\r\n")
    w.writerow(header)
    keys = []
    for i, (cells, key) in enumerate(R):
        w.writerow(cells); keys.append((i + 2, key))
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(b"\xff\xfe" + buf.getvalue().encode("utf-16-le"))
    write_key(fname, "innovations", 1, keys)

# =====================================================================
# FILE 5: Postgraduate medical education centre teaching faculty list (xlsx, 2 sheets)
# Northfleet & Darent Hospitals NHS Trust (RN5D) @ndh.nhs.uk
# =====================================================================
def file5():
    fname = "NDH_PGMEC_teaching_faculty_2024-25.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Faculty"
    ws["A1"] = "Northfleet & Darent Hospitals NHS Trust – Postgraduate Medical Education Centre"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Teaching faculty 2024/25 — please tell the PGMEC office (pgmec@ndh.nhs.uk) of any changes"
    header = ["Name", "Grade / role", "Specialty", "NHS.net / trust email", "Topics they teach", "Also happy to…", "Status"]
    H = 3
    for i, h in enumerate(header, 1):
        c = ws.cell(H, i, h); c.font = Font(bold=True)
    ws.freeze_panes = "B4"
    R = []
    R += [(["Dr Aisha Rahman", "Consultant Acute Physician; Foundation Programme Director", "Acute Medicine", "aisha.rahman@ndh.nhs.uk",
            "1. Acute kidney injury\n2. Sepsis recognition\n3. Reading an ABG", "Happy to be an educational supervisor for FY2s", "Active"],
           staff("Aisha Rahman", "Aisha", "Rahman", "aisha.rahman@ndh.nhs.uk", "Consultant Acute Physician; Foundation Programme Director", "Acute Medicine",
                 ["Acute kidney injury", "Sepsis recognition", "Reading an ABG"], "Happy to be an educational supervisor for FY2s"))]
    R += [(["Mr Jonathan Pryce-Edwards", "Consultant Orthopaedic Surgeon", "Trauma & Orthopaedics", "j.pryce-edwards@ndh.nhs.uk",
            "1. Fractured neck of femur pathway\n2. Compartment syndrome", "", "Active"],
           staff("Jonathan Pryce-Edwards", "Jonathan", "Pryce-Edwards", "j.pryce-edwards@ndh.nhs.uk", "Consultant Orthopaedic Surgeon", "Trauma & Orthopaedics",
                 ["Fractured neck of femur pathway", "Compartment syndrome"], None))]
    R += [(["Chen, Wei (Dr)", "ST6 Anaesthetics", "Anaesthetics", "wei.chen@ndh.nhs.uk",
            "1) Airway management\n2) Pre-op assessment\n3) Human factors & simulation", "Can offer sim faculty sessions monthly", "Active"],
           staff("Wei Chen", "Wei", "Chen", "wei.chen@ndh.nhs.uk", "ST6 Anaesthetics", "Anaesthetics",
                 ["Airway management", "Pre-op assessment", "Human factors & simulation"], "Can offer sim faculty sessions monthly"))]
    R += [(["Dr Gabriela Souza", "Consultant Paediatrician", "Paediatrics", "",
            "1. Febrile child\n2. Safeguarding for trainees\n3. Neonatal resuscitation (NLS instructor)", "", "On maternity leave from Sept 2024"],
           staff("Gabriela Souza", "Gabriela", "Souza", None, "Consultant Paediatrician", "Paediatrics",
                 ["Febrile child", "Safeguarding for trainees", "Neonatal resuscitation (NLS instructor)"], None))]
    R += [([None] * 7, bad("blank row"))]
    R += [(["Prof. Richard Haldane", "Consultant Cardiologist; Director of Medical Education", "Cardiology", "richard.haldane@ndh.nhs.uk",
            "1. ECG interpretation\n2. Chest pain\n3. Heart failure\n4. Careers in cardiology", "Willing to mentor trainees applying for IMT", "Active"],
           staff("Richard Haldane", "Richard", "Haldane", "richard.haldane@ndh.nhs.uk", "Consultant Cardiologist; Director of Medical Education", "Cardiology",
                 ["ECG interpretation", "Chest pain", "Heart failure", "Careers in cardiology"], "Willing to mentor trainees applying for IMT"))]
    R += [(["Ms Niamh O’Sullivan", "Clinical Skills Facilitator (Band 7)", "Clinical Skills & Simulation", "niamh.osullivan@ndh.nhs.uk",
            "1. Cannulation & venepuncture\n2. Catheterisation\n3. Blood cultures", "Happy to run drop-in skills sessions on request", "Active"],
           staff("Niamh O’Sullivan", "Niamh", "O’Sullivan", "niamh.osullivan@ndh.nhs.uk", "Clinical Skills Facilitator (Band 7)", "Clinical Skills & Simulation",
                 ["Cannulation & venepuncture", "Catheterisation", "Blood cultures"], "Happy to run drop-in skills sessions on request"))]
    R += [(["Dr Oluwaseun Bakare", "Consultant Psychiatrist (liaison)", "Liaison Psychiatry", "oluwaseun.bakare@ndh.nhs.uk",
            "1. Delirium vs dementia\n2. Mental Capacity Act in practice", "", "LEFT – July 2024"],
           staff("Oluwaseun Bakare", "Oluwaseun", "Bakare", "oluwaseun.bakare@ndh.nhs.uk", "Consultant Psychiatrist (liaison)", "Liaison Psychiatry",
                 ["Delirium vs dementia", "Mental Capacity Act in practice"], None, left=True, left_on="2024-07-01"))]
    R += [(["Dr Hamish MacLeod", "Consultant Gastroenterologist", "Gastroenterology", "hamish.macleod@ndh.nhs.uk",
            "1. Upper GI bleed\n2. Decompensated liver disease\n3. Refeeding syndrome", "", "Active"],
           staff("Hamish MacLeod", "Hamish", "MacLeod", "hamish.macleod@ndh.nhs.uk", "Consultant Gastroenterologist", "Gastroenterology",
                 ["Upper GI bleed", "Decompensated liver disease", "Refeeding syndrome"], None))]
    R += [(["TEST - delete", "", "", "", "1. test", "", ""], bad("test row"))]
    R += [(["VACANT – Clinical Tutor (0.2 WTE)", "Clinical Tutor", "PGMEC", "", "", "", "Out to advert Nov 2024"], bad("vacant post"))]
    R += [(["Miss Sarah Lindqvist", "Consultant Obstetrician & Gynaecologist", "Obstetrics & Gynaecology", "sarah.lindqvist@ndh.nhs.uk",
            "1. Early pregnancy problems\n2. Post-partum haemorrhage\n3. Consent", "Happy to host O&G taster days", "Active"],
           staff("Sarah Lindqvist", "Sarah", "Lindqvist", "sarah.lindqvist@ndh.nhs.uk", "Consultant Obstetrician & Gynaecologist", "Obstetrics & Gynaecology",
                 ["Early pregnancy problems", "Post-partum haemorrhage", "Consent"], "Happy to host O&G taster days"))]
    R += [(["Dr Aisha Rahman", "Consultant Acute Physician; Foundation Programme Director", "Acute Medicine", "aisha.rahman@ndh.nhs.uk",
            "1. Acute kidney injury\n2. Sepsis recognition\n3. Reading an ABG", "Happy to be an educational supervisor for FY2s", "Active"],
           bad("duplicate of row 4"))]
    R += [(["Mr Declan Fitzpatrick", "Associate Specialist, General Surgery", "General Surgery", "declan.fitzpatrick@ndh.nhs.uk",
            "1. The acute abdomen\n2. Surgical sieve for FY1s", "", "Retired Mar-24"],
           staff("Declan Fitzpatrick", "Declan", "Fitzpatrick", "declan.fitzpatrick@ndh.nhs.uk", "Associate Specialist, General Surgery", "General Surgery",
                 ["The acute abdomen", "Surgical sieve for FY1s"], None, left=True, left_on="2024-03-01"))]
    R += [(["Dr Mei-Ling Tan", "GP Trainer / Clinical Teaching Fellow", "Primary Care Interface", "meiling.tan@ndh.nhs.uk",
            "1. Writing a good discharge summary\n2. Polypharmacy & deprescribing\n3. Communicating with GPs", "Can offer teaching-the-teacher workshops", "Active"],
           staff("Mei-Ling Tan", "Mei-Ling", "Tan", "meiling.tan@ndh.nhs.uk", "GP Trainer / Clinical Teaching Fellow", "Primary Care Interface",
                 ["Writing a good discharge summary", "Polypharmacy & deprescribing", "Communicating with GPs"], "Can offer teaching-the-teacher workshops"))]
    R += [(["Dr Andrzej Zieliński", "Specialty Doctor, Emergency Medicine", "Emergency Department", "andrzej.zielinski@ndh.nhs.uk",
            "1. Major trauma primary survey\n2. Head injury & CT rules\n3. Paediatric minor injuries", "", "Secondment to HEE until Aug 2025"],
           staff("Andrzej Zieliński", "Andrzej", "Zieliński", "andrzej.zielinski@ndh.nhs.uk", "Specialty Doctor, Emergency Medicine", "Emergency Department",
                 ["Major trauma primary survey", "Head injury & CT rules", "Paediatric minor injuries"], None))]
    R += [(["Mrs Patricia Okonkwo", "Lead Pharmacist – Education & Training", "Pharmacy", "patricia.okonkwo@ndh.nhs.uk",
            "1. Safe prescribing (PSA prep)\n2. Insulin & anticoagulants", "Happy to do PSA revision sessions each spring", "Active"],
           staff("Patricia Okonkwo", "Patricia", "Okonkwo", "patricia.okonkwo@ndh.nhs.uk", "Lead Pharmacist – Education & Training", "Pharmacy",
                 ["Safe prescribing (PSA prep)", "Insulin & anticoagulants"], "Happy to do PSA revision sessions each spring"))]
    R += [(["Dr Rhys Llewellyn", "Consultant Respiratory Physician", "Respiratory Medicine", "rhys.llewellyn@ndh.nhs.uk",
            "1. Chest X-ray interpretation\n2. NIV basics\n3. Pleural procedures", "", "Active"],
           staff("Rhys Llewellyn", "Rhys", "Llewellyn", "rhys.llewellyn@ndh.nhs.uk", "Consultant Respiratory Physician", "Respiratory Medicine",
                 ["Chest X-ray interpretation", "NIV basics", "Pleural procedures"], None))]
    R += [(["Dr Fatima Al-Sayed", "ST4 Geriatric Medicine", "Elderly Care", "fatima.al-sayed@ndh.nhs.uk",
            "1. Falls assessment\n2. Comprehensive geriatric assessment\n3. End of life care", "Willing to co-ordinate the FY1 bleep-holder sim", "Active"],
           staff("Fatima Al-Sayed", "Fatima", "Al-Sayed", "fatima.al-sayed@ndh.nhs.uk", "ST4 Geriatric Medicine", "Elderly Care",
                 ["Falls assessment", "Comprehensive geriatric assessment", "End of life care"], "Willing to co-ordinate the FY1 bleep-holder sim"))]
    R += [(["Total active faculty", None, None, None, None, None, None], bad("total row"))]
    first = H + 1
    keys = []
    for i, (cells, key) in enumerate(R):
        r = first + i
        for j, v in enumerate(cells, 1):
            if v is None or v == "":
                continue
            c = ws.cell(r, j, v)
            if j == 5:
                c.alignment = Alignment(wrap_text=True, vertical="top")
        keys.append((r, key))
    tr = keys[-1][0]
    ws.cell(tr, 2, f'=COUNTIF(G{first}:G{tr-1},"Active")')
    for col, w in zip("ABCDEFG", [28, 40, 26, 30, 44, 40, 28]):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("Session rota")
    ws2.append(["Week", "Session", "Faculty"])
    ws2.append(["1", "ECG interpretation", "Prof Haldane"])
    ws2.append(["2", "Airway management", "Dr Chen"])
    wb.save(os.path.join(OUT, fname))
    write_key(fname, "staff", H, keys, sheet="Faculty")

if __name__ == "__main__":
    file1(); file2(); file3(); file4(); file5()
    print("written")
