"""Batch C: estates and facilities, medicines optimisation, primary care, screening, LKS, line/bank distractors."""
from helpers import inn, story, lesson, cap, aar, retro, peer_assist, bar, cop, cafe, harvest, elicit

ES = "Estates and Facilities"
inn("inn-estates-flushing", "Water safety: flushing little-used outlets with a ward-owned log",
    "person-ian-forsyth",
    "Legionella was found in a little-used shower on a side ward, and flushing records were patchy.",
    "Each ward owns a list of little-used outlets and flushes them daily for three minutes, logged on a QR code. "
    "The water safety group reviews the logs and temperature monitoring monthly.",
    dept=ES, stage="embedded", setting="corporate", itype="process_admin",
    kw=["legionella", "water safety", "flushing", "HTM 04-01"],
    outcomes=[("Positive legionella samples a year", "7", "1")], boilerplate=True)

inn("inn-estates-solar-led", "Solar panels and LED lighting cut the energy bill by £180,000 a year",
    "person-ian-forsyth",
    "Energy costs doubled and the trust's green plan commits to net zero for direct emissions by 2040.",
    "Solar panels on the multi-storey car park and an LED lighting replacement across all wards, funded by a public sector "
    "decarbonisation grant.",
    dept=ES, stage="evaluated", setting="corporate", itype="other", kw=["net zero", "energy", "sustainability", "green plan"],
    team=[("person-colin-pratt", "team_member")],
    outcomes=[("Electricity used a year", "9.1 GWh", "7.4 GWh")])

lesson("lesson-estates-generator-test", "Test the generators on load, with the wards warned",
       "During a planned power test the theatre UPS alarmed because theatres had not been told.",
       "Give theatres, ICU and the dialysis unit a week's notice of generator load tests and agree a time.",
       dept=ES, owner="person-ian-forsyth", kw=["generators", "power", "resilience"])

cap("cap-estates-boiler-retro", "Retrospect: replacing the 1970s boiler house",
    retro(["Replace three coal-era boilers with heat pumps and a gas backup without losing heating to wards"],
          achieved=["Heat pumps live in October"],
          improvements=[("Heating off in Ward 9 for a day", "Valve labels wrong on old drawings")],
          recs=["Survey pipework before relying on drawings"]),
    "2025-11-20", "End of project review.", facilitator="person-joel-brant",
    people=["person-ian-forsyth", "person-rob-sheard"], dept=ES, kw=["heat pumps", "boilers", "decarbonisation"])

inn("inn-facilities-finger-food", "Finger food menu and protected mealtimes for older patients",
    "person-carol-benn",
    "Older patients with dementia or delirium were leaving most of their meals and losing weight.",
    "Catering added a finger food menu, red trays for people who need help, and protected mealtimes with volunteers "
    "helping at lunch.",
    dept=ES, stage="embedded", kw=["nutrition", "malnutrition", "mealtimes", "dementia", "catering"],
    team=[("person-margaret-doyle", "clinical_champion")])

story("story-facilities-portering-app", "Porter task app gets patients to X-ray faster",
      "km_success_story", "Facilities manager",
      "Wards phoned the porters' lodge and jobs were written on a whiteboard; patients waited over an hour to go to X-ray or theatre.",
      "A task app on porters' phones lets wards request moves electronically and shows the nearest free porter.",
      "Median wait for a porter fell from 38 to 14 minutes.",
      dept=ES, asked_person="person-carol-benn", kw=["portering", "patient moves", "digital"])

lesson("lesson-laundry-ironer-guard", "Laundry roller ironer: finger guard checks every shift",
       "A laundry assistant trapped a glove in the flatwork ironer because the guard sensor had been taped over.",
       "Check the ironer guard and emergency stop at the start of every shift and never bypass sensors.",
       dept=ES, owner="person-carol-benn", kw=["laundry", "iron", "health and safety"])

# ---------------- Medicines optimisation (ICB, PCN, community pharmacy) ----------------
MO = "ICB Medicines Optimisation Team"
inn("inn-mo-doac-switch", "Switching people from warfarin to DOACs across the Vale practices",
    "person-amir-shah",
    "Over 1,200 people with atrial fibrillation were on warfarin, needing regular INR checks, many poorly controlled.",
    "PCN pharmacists reviewed everyone on warfarin for AF and, with consent, switched suitable patients to a direct oral "
    "anticoagulant, checking kidney function and weight to get the dose right.",
    dept=MO, stage="spreading", setting="primary_care", itype="clinical_practice",
    kw=["DOAC", "anticoagulation", "atrial fibrillation", "warfarin"],
    team=[("person-hannah-frost", "clinical_champion")],
    adopters=[("Upper Vale Primary Care Network", "U61204"), ("Kettlebridge Town PCN", "U61377")])

inn("inn-mo-smr-polypharmacy", "Structured medication reviews for people taking ten or more medicines",
    "person-amir-shah",
    "Older people on many medicines were falling, confused and being admitted with side effects.",
    "PCN clinical pharmacists invite people on 10+ medicines, or with frailty, for an SMR. They use STOPP/START and "
    "the anticholinergic burden score, and deprescribe with the patient's agreement.",
    dept=MO, stage="evaluated", setting="primary_care",
    kw=["SMR", "polypharmacy", "deprescribing", "frailty"],
    team=[("person-rachel-goode", "team_member")],
    outcomes=[("Medicines stopped per review", "", "2.3"), ("Patients on 10+ medicines", "2,950", "2,410")],
    boilerplate=True)

inn("inn-dms-referrals", "Discharge Medicines Service: referring patients to their community pharmacy",
    "person-rachel-goode",
    "Patients went home from hospital with changed medicines and their community pharmacy kept dispensing the old ones.",
    "Ward pharmacists send an electronic referral to the patient's chosen community pharmacy at discharge for people "
    "whose medicines changed. The community pharmacist checks the next prescription against the discharge summary and "
    "talks to the patient.",
    dept="Community Pharmacy", stage="implemented", setting="primary_care", itype="care_pathway",
    kw=["DMS", "transfer of care", "medicines reconciliation", "community pharmacy"],
    team=[("person-olu-martins", "co_lead"), ("person-amir-shah", "team_member")])

lesson("lesson-dms-weekend", "DMS referrals were missed at weekends",
       "Almost no referrals were sent on Saturdays and Sundays because the ward pharmacists were not on site.",
       "Let discharging nurses trigger the referral from the discharge checklist when no pharmacist is on the ward.",
       dept="Pharmacy", owner="person-olu-martins", kw=["DMS", "weekend discharge"], related=["inn-dms-referrals"])

inn("inn-ams-iv-to-oral", "IV to oral antibiotic switch at 48 hours",
    "person-olu-martins",
    "Patients stayed on intravenous antibiotics longer than needed, keeping cannulas in and delaying going home.",
    "A 48-hour antibiotic review sticker and a daily antimicrobial stewardship round prompt switching to tablets when "
    "the patient meets the IVOS criteria.",
    dept="Pharmacy", stage="evaluated", kw=["antimicrobial stewardship", "IVOS", "antibiotics", "AMS"],
    team=[("person-fiona-gale", "team_member")],
    outcomes=[("Patients switched by 72 hours", "44%", "71%")])

story("story-lks-delayed-antibiotics", "Evidence on delayed antibiotic prescribing for GPs",
      "lks_impact_case_study", "GP, Upper Vale PCN",
      "GPs wanted evidence they could share with patients about back-up (delayed) antibiotic prescriptions for coughs.",
      "The librarian found the Cochrane review and NICE NG120 and made a one-page patient-friendly summary.",
      "Practices used it in consultations; antibiotic prescribing for respiratory infections fell 9% in a year.",
      dept="Primary Care", asked_person="person-hannah-frost", working_with=["person-sarah-quinn"],
      services=["literature_search", "evidence_summary"], impacts=["changed_practice"],
      kw=["antibiotics", "AMR", "respiratory tract infection"])

inn("inn-mo-greener-inhalers", "Greener inhalers: moving patients to dry powder devices",
    "person-amir-shah",
    "Metered dose inhalers made up a large share of primary care's carbon footprint.",
    "Practices reviewed inhaler technique with asthma and COPD patients and offered dry powder inhalers where suitable, "
    "with inhaler recycling at community pharmacies.",
    dept=MO, stage="implemented", setting="primary_care", kw=["inhalers", "carbon footprint", "asthma", "COPD"],
    team=[("person-rachel-goode", "team_member")])

cap("cap-mo-pharmacy-cop", "PCN pharmacists' community of practice: deprescribing in frailty",
    cop("Vale PCN pharmacists' network",
        agenda=["Stopping medicines safely in frail older people", "Talking to families about stopping statins",
                "Anticholinergic burden tools"],
        artefacts=["Deprescribing conversation guide"]),
    "2025-05-21", "Monthly network meeting.", facilitator="person-amir-shah",
    people=["person-rachel-goode", "person-karen-pugh"], dept=MO, kw=["deprescribing", "frailty", "medicines review"])

# ---------------- Primary care / GP federation ----------------
PC = "Vale and Wolds GP Federation"
inn("inn-pcn-advice-guidance", "Advice and guidance: GPs ask a consultant before referring",
    "person-hannah-frost",
    "Outpatient waits were over a year for some specialties and many referrals could have been managed in general practice.",
    "GPs send a question through e-RS advice and guidance; consultants in gastroenterology, dermatology and renal reply "
    "within five working days.",
    dept=PC, stage="embedded", setting="primary_care", itype="care_pathway",
    kw=["A&G", "advice and guidance", "e-RS", "referrals"],
    team=[("person-daniel-pryce", "team_member"), ("person-claire-dunmore", "team_member")],
    outcomes=[("Advice requests that avoided a referral", "", "38%")])

inn("inn-pcn-care-navigation", "Care navigators in GP reception signpost to the right service",
    "person-mark-ellison",
    "Receptionists booked every caller with a GP.",
    "Reception teams were trained as care navigators to direct people to the practice pharmacist, physio first-contact "
    "practitioner, community pharmacy or social prescriber.",
    dept=PC, stage="embedded", setting="primary_care", itype="service_model", kw=["care navigation", "signposting", "reception"])

lesson("lesson-pcn-8am-phone-rush", "The 8am rush: cloud telephony with call-back stopped engaged tones",
       "Patients rang dozens of times at 8am and got engaged tones because practices had only four phone lines.",
       "Move practices to cloud telephony with queuing and call-back before adding more phone lines.",
       polarity="sustain", dept=PC, owner="person-mark-ellison", kw=["telephony", "phone lines", "access"])

# ---------------- Cancer screening ----------------
story("story-rad-breast-screening-van", "Mobile breast screening unit parks at village halls",
      "innovation_story", "Superintendent radiographer, breast screening",
      "Women in remote villages had to travel 30 miles for mammography and uptake was low.",
      "The breast screening programme's mobile unit now visits six village halls and a market on a three-year round.",
      "Uptake rose from 64% to 72% in the remote practices.",
      dept="Breast Screening", asked_person="person-gareth-owens", kw=["breast screening", "mammography", "mobile unit"])

inn("inn-pcn-cervical-screening-evenings", "Evening and Saturday smear test clinics",
    "person-hannah-frost",
    "Younger women said they could not get time off work for a smear test.",
    "Practice nurses run cervical screening on weekday evenings and Saturdays through the federation's extended access hubs, "
    "with text reminders and a self-sampling pilot.",
    dept=PC, stage="implemented", setting="primary_care", kw=["cervical screening", "smear", "HPV"],
    team=[("person-mark-ellison", "team_member")])

# ---------------- Lines: central lines vs phone lines vs line managers ----------------
lesson("lesson-ipc-central-line-review", "Ask 'does this line still need to be in?' every day",
       "Two central line associated bloodstream infections occurred in lines that had not been used for days.",
       "Review the need for every central venous catheter and PICC on the daily ward round and remove it if not needed.",
       dept="Infection Prevention and Control", owner="person-fiona-gale", kw=["CLABSI", "central venous catheter", "line infection"])

inn("inn-switchboard-upgrade", "New switchboard and direct dial lines for wards",
    "person-yvonne-castle",
    "Callers waited up to ten minutes for switchboard to answer and then could not get through to wards.",
    "A new telephony system gives every ward a direct dial line with a hunt group, and an automated directory for common "
    "requests. Bleeps were replaced for non-urgent calls.",
    dept="Telecoms", stage="implemented", setting="corporate", itype="digital", kw=["switchboard", "telephony", "phone lines"])

story("story-line-managers-programme", "Line managers' programme: new managers feel more confident",
      "km_success_story", "Learning and development lead",
      "New line managers said they had no preparation for managing sickness, rotas or difficult conversations.",
      "A six-module programme for first-line managers, with action learning.",
      "92% of participants felt more confident. Staff turnover in their teams fell.",
      dept="Learning and Development", asked_person="person-gail-rees", kw=["line management", "leadership", "managers"])

# ---------------- Bank distractors ----------------
inn("inn-staff-bank-app", "Staff bank app fills shifts faster",
    "person-nick-bramley",
    "Bank shifts were sent by text message to hundreds of staff and filled on a first-come basis.",
    "Bank workers book shifts on a phone app, get paid weekly and see shifts on all sites.",
    dept="Temporary Staffing", stage="embedded", setting="corporate", itype="digital", kw=["staff bank", "temporary staffing", "rostering"],
    outcomes=[("Bank fill rate", "61%", "83%")])

# ---------------- LKS ----------------
inn("inn-lks-clinical-librarian-rounds", "Clinical librarian joins frailty and renal MDTs",
    "person-sarah-quinn",
    "Clinicians had questions at MDTs but rarely asked the library afterwards.",
    "The clinical librarian attends the frailty and renal multidisciplinary meetings fortnightly, captures questions and "
    "returns evidence summaries within a week.",
    dept="Library and Knowledge Service", stage="evaluated", itype="lks_service",
    kw=["clinical librarian", "MDT", "evidence summaries"],
    outcomes=[("Questions answered a month", "4", "19")])

cap("cap-lks-coffee-trial", "Randomised coffee trial: spring round",
    {"technique": "randomised_coffee_trial", "round_label": "Spring 2025", "signups": 64,
     "matching_rules": ["different department", "clinical with non-clinical"],
     "feedback_summary": "Most pairs met; people learned about departments they never visit, such as the RO plant and the milk bank."},
    "2025-04-01", "Connect staff across the trust and partners.", facilitator="person-joel-brant", dept="Library and Knowledge Service",
    kw=["randomised coffee trial", "networking"])

story("story-lks-knowledge-harvest-value", "Knowledge harvesting before retirements kept know-how in the trust",
      "km_success_story", "Director of nursing",
      "Several long-serving specialists were due to retire within two years.",
      "The knowledge manager ran knowledge harvests and elicitation interviews, and stored the outputs in the knowledge base.",
      "Successors said the harvests cut their time to get up to speed by months.",
      dept="Library and Knowledge Service", working_with=["person-joel-brant"], services=["km_facilitation"],
      kw=["knowledge harvest", "succession planning"])
