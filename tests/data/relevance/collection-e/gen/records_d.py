"""Batch D: more records per topic in other words (lay language, acronyms), and more distractors."""
from helpers import inn, story, lesson, cap, aar, retro, peer_assist, bar, cop, cafe, harvest, elicit

RENAL = "Renal Unit (Brook Ward)"
cap("cap-renal-home-pd", "Peer assist: assisted peritoneal dialysis in patients' homes",
    peer_assist(RENAL, "Can we offer PD at home to older patients who cannot do the exchanges themselves?",
                peers=[("person-karen-pugh", "Community frailty team links"), ("person-daniel-pryce", "PD prescribing")],
                options=["Healthcare assistants visit to set up the overnight machine", "Start with four patients",
                         "Agree with district nurses who responds to alarms"]),
    "2025-09-03", "Learn from others before starting assisted PD.", facilitator="person-joel-brant",
    people=["person-ruth-okonedo", "person-karen-pugh", "person-daniel-pryce"], dept=RENAL,
    kw=["peritoneal dialysis", "APD", "home therapies"])

story("story-renal-patient-voice", "\"The machine is my lifeline\": a patient's view of three days a week on the unit",
      "discovery_story", "Patient representative, kidney patients' association",
      "A patient who has had kidney failure for six years told the unit's away day what it is like to have her blood cleaned by "
      "the machine three afternoons a week, and what makes a good or bad day.",
      "Staff listened, then redesigned the welcome: same chair where possible, the nurse says who is needling today, and "
      "the tea round comes in the first hour.",
      "Patients' experience scores rose and two patients asked to learn to put their own needles in.",
      dept=RENAL, kw=["patient experience", "kidney failure"], impacts=["improved_patient_care"])

lesson("lesson-renal-missed-session-potassium", "High potassium after a missed session: call the patient the same day",
       "Two patients were admitted with dangerously high potassium after missing a dialysis session over a bank holiday.",
       "Phone any patient who misses a session the same day and offer an extra slot; check potassium if they have missed two.",
       dept=RENAL, owner="person-ruth-okonedo", kw=["hyperkalaemia", "missed dialysis"])

inn("inn-renal-satellite-fenbridge", "Satellite renal replacement therapy unit at Fenbridge Community Hospital",
    "person-daniel-pryce",
    "Patients in the east of the county travelled over an hour each way for haemodialysis at Kettlebridge.",
    "A nurse-led eight-station satellite unit opened in Fenbridge Community Hospital, with remote consultant review "
    "and a shared water treatment plant maintained by our estates team.",
    dept="Renal Medicine", stage="implemented", itype="service_model", kw=["RRT", "satellite unit", "HD"],
    team=[("person-ruth-okonedo", "team_member"), ("person-ian-forsyth", "team_member")])

CDU = "Chemotherapy Day Unit (Lavender Suite)"
story("story-chemo-cold-cap-patient", "\"I kept my hair\": a patient on the cooling cap",
      "discovery_story", "Patient, breast cancer",
      "A woman starting treatment for breast cancer was dreading losing her hair and nearly refused treatment.",
      "The day unit nurse fitted a cooling cap for each infusion and explained what to expect: the first 15 minutes are cold, "
      "then it eases.",
      "She kept most of her hair through six cycles and now talks to new patients in the support group.",
      dept=CDU, kw=["cold cap", "hair loss", "breast cancer"], about=["inn-chemo-scalp-cooling"])

lesson("lesson-chemo-immunotherapy-colitis", "Diarrhoea on immunotherapy is colitis until proved otherwise",
       "A patient on checkpoint inhibitors with diarrhoea was treated for gastroenteritis and came back with severe colitis.",
       "Grade diarrhoea in any patient on immunotherapy with the advice line tool and start steroids early on oncology advice.",
       dept="Acute Oncology", owner="person-sian-lloyd", kw=["immunotherapy", "immune-related adverse events", "colitis"])

cap("cap-chemo-dose-banding-aar", "AAR: chemotherapy prescribed for the wrong cycle day",
    aar("Day 8 doses should be prescribed only after blood results are checked.",
        "A day 1 dose was prescribed on day 8 of cycle 3 because the e-prescribing regimen was not updated; the pharmacist caught it.",
        sustain=["Pharmacist screening caught the error"], improve=["Regimen builds double-checked by two pharmacists"]),
    "2025-07-17", "Learn from a near miss in SACT prescribing.", facilitator="person-joel-brant",
    people=["person-zainab-kaur", "person-mohammed-iqbal"], dept=CDU, kw=["e-prescribing", "near miss", "SACT"])

MAT = "Maternity (Heronsgate Birth Suite)"
story("story-mat-section-home-next-day", "Home the day after my section",
      "discovery_story", "Mother, feedback to the maternity voices partnership",
      "A mother wrote about her planned operation to deliver her second baby: last time she stayed three nights after the section.",
      "This time she was eating an hour after the operation, the catheter was out by teatime and she walked to the bathroom that evening.",
      "She went home the next afternoon with her painkillers already packed and said she felt in control.",
      dept=MAT, kw=["patient experience", "planned birth"], about=["inn-mat-eras-caesarean"])

lesson("lesson-mat-ctg-fresh-eyes", "Fresh eyes on the CTG every hour",
       "A deteriorating fetal heart trace was missed during a long labour because only one midwife reviewed it.",
       "A second midwife or doctor reviews the CTG hourly and signs the fresh eyes sticker.",
       dept=MAT, owner="person-bethan-cole", kw=["CTG", "fetal monitoring", "intrapartum"])

inn("inn-mat-continuity-rural", "Continuity of carer teams for women in the Upper Vale villages",
    "person-grace-adeyemi",
    "Women in remote villages saw a different midwife at every appointment and travelled far for scans.",
    "Two teams of six midwives each care for a group of women through pregnancy, birth and after, with antenatal clinics "
    "in GP surgeries.",
    dept=MAT, stage="testing", itype="service_model", setting="community", kw=["continuity of carer", "rural", "midwifery"])

lesson("lesson-neo-warm-in-theatre", "Keep babies born by caesarean warm in theatre",
       "Babies born by caesarean section were often cold on arrival on the postnatal ward because the theatre was kept cool for the surgeons.",
       "Warm the theatre to 23C before the birth, use a hat and skin-to-skin in theatre, and check the baby's temperature within an hour.",
       dept="Special Care Baby Unit (SCBU)", owner="person-annie-mcbride", kw=["neonatal hypothermia", "thermal care", "operating theatre"])

RAD = "Radiology (Diagnostic Imaging)"
story("story-rad-waiting-for-results", "Waiting for my scan results: a patient's story",
      "learning_from_setback", "Patient, via PALS",
      "A man had an ultrasound for a lump and was told the results would go to his GP. Three weeks later his surgery had nothing.",
      "PALS and the radiology manager traced the report: it was verified but had gone to a GP practice he had left.",
      "Reports now go to the practice on the NHS Spine record at the time of reporting, and patients are told how long to wait.",
      dept=RAD, asked_person="person-gareth-owens", kw=["ultrasound", "results", "PALS"], about=["inn-rad-results-to-gps"])

inn("inn-rad-cdc", "Community diagnostic centre at Fenbridge: tests closer to home",
    "person-gareth-owens",
    "Patients waited months for scans and travelled to Kettlebridge for each test.",
    "The CDC offers CT, MRI, ultrasound, X-ray, echocardiograms and phlebotomy in one building, with GP direct access and "
    "evening slots.",
    dept=RAD, stage="implemented", itype="service_model", setting="community", kw=["CDC", "diagnostics", "direct access"],
    team=[("person-priya-raman", "team_member"), ("person-jo-baxter", "team_member")])

cap("cap-rad-cdc-bar", "Before action review: opening the community diagnostic centre",
    bar("Open a community diagnostic centre in Fenbridge with CT, MRI and tests for GPs.",
        "500 tests a week within three months; GP requests reported within 7 days.",
        challenges=["Recruiting radiographers", "IT links to GP systems"]),
    "2025-01-14", "Plan the opening.", facilitator="person-joel-brant",
    people=["person-gareth-owens", "person-priya-raman", "person-hannah-frost"], dept=RAD, kw=["CDC", "diagnostic hub"])

FR = "Frailty and Elderly Care"
inn("inn-frailty-virtual-ward", "Hospital at home for frail older people (frailty virtual ward)",
    "person-karen-pugh",
    "Some older people deteriorate in hospital; many could be treated safely at home.",
    "A virtual ward for up to 20 people: ACPs and nurses visit daily, with remote monitoring of oxygen levels and a "
    "consultant-led board round. Step-up referrals come from GPs and ED.",
    dept=FR, stage="implemented", itype="service_model", kw=["virtual ward", "hospital at home", "step-up care"],
    team=[("person-margaret-doyle", "clinical_champion"), ("person-mark-ellison", "team_member")])

story("story-frailty-mum-not-herself", "\"Mum wasn't herself\": a daughter's story about sudden confusion",
      "learning_from_setback", "Daughter of a patient, via the complaints team",
      "A daughter told staff her mother had become muddled and sleepy overnight; she was told it was her dementia.",
      "Her mother had an infection and was acutely confused. The ward now asks families 'is this new?' and uses the family's knowledge on the 'know me' board.",
      "Staff training now includes this story; families report feeling listened to.",
      dept=FR, kw=["confusion", "older people", "listening to families"], about=["inn-delirium-4at"])

TV = "Tissue Viability"
story("story-tv-bedsores-family", "Bed sores at home: a family's question led to a new leaflet",
      "km_success_story", "Son of a patient",
      "A man asked why his father got a bed sore on his heel during a short stay and how to stop it happening at home.",
      "The tissue viability nurse wrote a plain-English leaflet on pressure sores: moving often, checking heels, "
      "cushions and when to call the district nurse.",
      "The leaflet is now given at discharge to everyone at risk.",
      dept=TV, asked_person="person-jenny-tate", kw=["pressure sores", "patient information", "heels"])

TH = "Theatres and Anaesthetics"
lesson("lesson-theatres-swab-count", "Retained swab: counts must be done aloud by two people at each stage",
       "A swab was left inside a patient after a count was done silently by one person during a staff handover.",
       "Do counts aloud with two people, and never hand over the scrub role during closure.",
       dept=TH, owner="person-paul-greaves", kw=["retained foreign object", "never event", "swab count"],
       related=["inn-theatres-team-brief"])

inn("inn-anaes-digital-preop", "Online pre-op questionnaire: only the right patients come to pre-assessment clinic",
    "person-andrew-kinsella",
    "Every surgical patient came to a face-to-face pre-assessment clinic, and fit patients took up slots needed by complex ones.",
    "Patients complete a health questionnaire online or by phone when listed for surgery. Nurses triage answers: fit patients "
    "get a phone call, others see the anaesthetist. Blood tests and anaemia checks are ordered early.",
    dept=TH, stage="evaluated", itype="digital", kw=["preoperative assessment", "pre-assessment", "POA", "questionnaire"],
    team=[("person-nadia-hussain", "team_member")],
    outcomes=[("Face-to-face pre-assessment appointments", "100%", "45%")])

EN = "Endoscopy Unit"
story("story-endo-camera-test-prep", "Getting ready for the camera test: what patients told us about the bowel prep drink",
      "discovery_story", "Patient panel",
      "Patients said the laxative drink before their camera test was the worst part and the instructions were confusing.",
      "A patient panel rewrote the instructions with pictures of a clear stool and a day-by-day diet, and a nurse phones beforehand.",
      "Fewer people had to come back for a repeat test.",
      dept=EN, kw=["patient information", "bowel cleansing"], about=["inn-endo-bowel-prep-calls"])

lesson("lesson-endo-fit-kits-not-returned", "A third of FIT kits were never returned: give a stamped envelope and a reminder",
       "Patients referred urgently with bowel symptoms did not send back the stool sample kit, so referrals stalled.",
       "Practices hand over the FIT kit with a pre-paid envelope and text a reminder after seven days; track unreturned kits.",
       dept=EN, owner="person-claire-dunmore", kw=["FIT", "faecal immunochemical test", "safety netting"],
       related=["inn-endo-fit-pathway"])

PA = "Pathology (Blood Sciences)"
inn("inn-path-courier-routes", "Re-planned courier routes get GP blood samples to the lab before they spoil",
    "person-jo-baxter",
    "Samples from outlying surgeries arrived late in the afternoon and potassium results were falsely high.",
    "Pathology and transport redesigned the van routes with two collections a day and temperature-controlled boxes.",
    dept=PA, stage="implemented", itype="process_admin", kw=["specimen transport", "courier", "sample quality"])

lesson("lesson-path-gp-ferritin", "Low ferritin in GP results should trigger a search for a cause",
       "Patients with iron deficiency anaemia were given iron tablets repeatedly without investigation.",
       "Add an interpretive comment to low ferritin results in adults recommending FIT and coeliac screening.",
       dept=PA, owner="person-jo-baxter", kw=["iron deficiency", "anaemia", "ferritin"])

MO = "ICB Medicines Optimisation Team"
lesson("lesson-mo-doac-dosing-kidney", "DOAC doses need rechecking when kidney function falls",
       "Audit found 1 in 8 people on a DOAC had the wrong dose for their creatinine clearance.",
       "Recalculate creatinine clearance at every annual review and after any AKI episode.",
       dept=MO, owner="person-amir-shah", kw=["DOAC", "renal dosing", "creatinine clearance"], related=["inn-mo-doac-switch"])

inn("inn-ams-penicillin-delabelling", "Penicillin allergy de-labelling on the surgical wards",
    "person-olu-martins",
    "One in ten inpatients had a penicillin allergy label, most of them wrong, so they got broader antibiotics.",
    "Pharmacists take a structured allergy history and, for low-risk patients, offer a direct oral penicillin challenge.",
    dept="Pharmacy", stage="testing", kw=["penicillin allergy", "AMS"])

inn("inn-pcn-social-prescribing", "Social prescribing link workers in every PCN",
    "person-mark-ellison",
    "GPs saw many people whose problems were loneliness, debt or housing.",
    "Link workers take referrals from GPs, ED and the frailty team and connect people to community groups and advice.",
    dept="Vale and Wolds GP Federation", stage="embedded", setting="primary_care", itype="service_model",
    kw=["social prescribing", "loneliness", "link workers"])

# ---- more distractors ----
lesson("lesson-qi-pdsa-cycles", "Small PDSA cycles beat big-bang changes",
       "Teams that tested changes in small plan-do-study-act cycles on one ward kept the gains; teams that rolled out everywhere at once did not.",
       "Start with one PDSA cycle on one shift, then scale.",
       polarity="sustain", dept="Quality Improvement", kw=["PDSA", "quality improvement", "testing changes"])

inn("inn-ed-waiting-room-screens", "Waiting time screens in the ED waiting room",
    "person-tina-wragg",
    "Patients in the waiting room did not know how long they would wait and kept asking reception.",
    "Large screens show the current wait to be seen, updated every 15 minutes from the ED system, with health messages.",
    dept="IT Services", stage="implemented", itype="digital", kw=["digital signage", "screens", "waiting times"],
    team=[("person-liam-osei", "team_member")])

lesson("lesson-kitchen-fats-discharge", "Fats discharged down kitchen drains blocked the main sewer",
       "Grease from the main kitchen was discharged to drain and blocked the sewer outside the maternity entrance.",
       "Service the grease traps monthly and train catering staff to scrape plates to waste.",
       dept="Estates and Facilities", owner="person-carol-benn", kw=["drains", "grease trap", "trade effluent"])

lesson("lesson-post-room-deliveries", "Parcel deliveries to wards: one drop point per floor",
       "Couriers wandered through clinical areas looking for wards to deliver parcels.",
       "All deliveries go to the post room; porters take them to one drop point per floor twice a day.",
       dept="Estates and Facilities", owner="person-carol-benn", kw=["deliveries", "post room", "security"])

story("story-board-livestream", "Board meetings livestreamed: more staff and public watching",
      "km_success_story", "Trust board secretary",
      "Only a handful of people attended public board meetings in the boardroom.",
      "Board meetings are now livestreamed on the trust website with questions taken by e-mail.",
      "An average of 140 people watch each stream.",
      dept="Corporate Affairs", kw=["board", "livestream", "transparency"])

cap("cap-sepsis-older-cafe", "Knowledge cafe: spotting sepsis in older people who don't look septic",
    cafe("How do we spot sepsis in frail older people who have no fever?",
         themes=["New confusion may be the only sign", "Low temperature is a red flag", "Ask the family what is normal"],
         pledges=["Add frailty prompts to the sepsis screening tool"]),
    "2025-11-27", "Bring ED and frailty teams together on sepsis.", facilitator="person-joel-brant",
    people=["person-emma-stocks", "person-karen-pugh", "person-margaret-doyle"], dept="Emergency Department",
    kw=["sepsis", "frailty", "older people"])
