"""Batch B: frailty, tissue viability, theatres and anaesthetics, endoscopy, pathology, IPC, transfusion."""
from helpers import inn, story, lesson, cap, aar, retro, peer_assist, bar, cop, cafe, harvest, elicit

FR = "Frailty and Elderly Care"
inn("inn-frailty-sdec", "Frailty same day emergency care unit: older people home the same day",
    "person-karen-pugh",
    "Frail older people waited in ED for a bed and many were admitted overnight when they could have gone home with support.",
    "A frailty SDEC unit, open 8am to 8pm, takes people scoring 5 or more on the Clinical Frailty Scale from ED and GPs. "
    "A geriatrician, ACP, therapist and social worker complete a comprehensive geriatric assessment and arrange support at home.",
    dept=FR, stage="evaluated", itype="service_model",
    kw=["frailty", "SDEC", "CGA", "Clinical Frailty Scale", "admission avoidance"],
    team=[("person-margaret-doyle", "co_lead"), ("person-steve-naylor", "team_member")],
    outcomes=[("Frail patients discharged same day", "21%", "48%")], boilerplate=True)

inn("inn-frailty-cfs-in-ed", "Every over-65 in ED gets a Clinical Frailty Scale score",
    "person-margaret-doyle",
    "Frailty was not recognised at the front door, so older people went down the standard medical pathway.",
    "Triage nurses record the Rockwood CFS for all patients aged 65 and over; a score of 5+ triggers the frailty team.",
    dept=FR, stage="embedded", kw=["CFS", "frailty screening", "older people"],
    team=[("person-liam-osei", "team_member"), ("person-karen-pugh", "team_member")])

inn("inn-delirium-4at", "4AT delirium screening and a 'know me' board for confused older patients",
    "person-margaret-doyle",
    "Delirium was missed in about two thirds of older inpatients, and families said staff did not know their relative.",
    "All patients 65+ have a 4AT on admission and daily. Families fill in a 'know me' board with likes, routines and "
    "what helps when the person is confused or frightened. Volunteers offer companionship at meal times.",
    dept=FR, stage="implemented", kw=["delirium", "4AT", "acute confusion", "dementia"],
    team=[("person-karen-pugh", "team_member")])

lesson("lesson-frailty-discharge-to-assess", "Discharge to assess works only when the care package starts the same day",
       "Older people sent home under discharge to assess were readmitted when the first home care visit did not happen until the next day.",
       "Do not discharge under pathway 1 until the first care visit is confirmed for the day of discharge.",
       dept=FR, owner="person-karen-pugh", kw=["D2A", "hospital discharge", "home care", "readmission"],
       context="Review of 30 readmissions within 7 days among frail older people.")

inn("inn-falls-bay-nursing", "Cohort bay nursing for patients at high risk of falling",
    "person-steve-naylor",
    "Inpatient falls on the elderly care wards were the highest in the trust and some caused hip fractures.",
    "Patients at high risk of falls are cohorted in a bay with a nurse or HCA always present. Lying and standing blood "
    "pressure and a medicines review are done within 24 hours. Physiotherapists see people within a day.",
    dept=FR, stage="evaluated", kw=["falls", "inpatient falls", "bay nursing", "enhanced observation"],
    team=[("person-margaret-doyle", "clinical_champion")],
    outcomes=[("Inpatient falls per 1,000 bed days", "8.1", "5.6")])

story("story-lks-frailty-falls-evidence", "Librarian's search on falls sensors saved buying kit that does not work",
      "lks_impact_case_study", "Falls prevention physiotherapist",
      "The falls lead was asked to buy bed and chair sensor alarms for every ward and wanted to know if they prevent falls.",
      "The clinical librarian searched for trials and reviews; the evidence showed sensor alarms did not reduce falls in hospital.",
      "The trust spent the money on more staff presence in high-risk bays instead, saving £38,000 on sensors.",
      dept=FR, asked_person="person-steve-naylor", working_with=["person-sarah-quinn"],
      services=["literature_search", "critical_appraisal"], impacts=["informed_decision", "cost_saved"],
      kw=["falls prevention", "sensor alarms"])

cap("cap-frailty-harvest-doyle", "Knowledge harvest: Dr Doyle's years running the frailty service",
    harvest("person-margaret-doyle", "retiring",
            ["How the frailty SDEC was set up and funded", "Relationships with social care and the GP federation",
             "Teaching on comprehensive geriatric assessment"],
            summary="Dr Doyle described how the frailty service grew from a single ACP in ED to a same day unit, which "
                    "agreements with adult social care matter most, and how she teaches CGA to new doctors.",
            successor="person-karen-pugh"),
    "2025-11-10", "Capture what Dr Doyle knows before she retires.", facilitator="person-joel-brant",
    people=["person-margaret-doyle", "person-karen-pugh"], dept=FR, kw=["frailty", "succession", "older people"])

# distractor: falls (waterfall walk) and discharge (wound)
story("story-wellbeing-walk-falls", "Staff walking group to Ashby Falls raises £2,400 for the staff hardship fund",
      "km_success_story", "Staff wellbeing lead",
      "Staff told the wellbeing survey they wanted more ways to get outside and meet colleagues from other departments.",
      "A monthly Saturday walking group, with the last walk of the year to Ashby Falls, was sponsored by colleagues.",
      "Forty staff took part and raised £2,400. Several said it helped them cope with work pressure.",
      dept="Staff Wellbeing", asked_person="person-mel-ashworth", kw=["walking group", "wellbeing", "fundraising"])

TV = "Tissue Viability"
inn("inn-tv-pressure-ulcer-ssku", "SSKIN bundle and red tray mattresses cut hospital-acquired pressure ulcers",
    "person-jenny-tate",
    "Category 2 and above hospital-acquired pressure ulcers averaged 14 a month, mostly heels and sacrum.",
    "Every patient has a Purpose-T risk assessment within six hours. Those at risk get the SSKIN bundle (surface, skin "
    "inspection, keep moving, incontinence, nutrition), heel offloading boots and a dynamic mattress ordered through a "
    "red tray system that estates deliver within four hours.",
    dept=TV, stage="evaluated", kw=["pressure ulcers", "SSKIN", "Purpose T", "heel offloading"],
    team=[("person-karen-pugh", "team_member")],
    outcomes=[("Category 2+ hospital-acquired pressure ulcers per month", "14", "6")], boilerplate=True)

lesson("lesson-tv-heels-in-ed", "Bed sores start in ED: check heels of long-waiters",
       "Three patients developed heel pressure damage while waiting over 12 hours on ED trolleys.",
       "Use pressure-relieving trolley mattresses and heel checks two-hourly for anyone waiting over four hours in ED.",
       dept=TV, owner="person-jenny-tate", kw=["pressure damage", "ED", "heels"])

cap("cap-tv-cop", "Tissue viability link nurse community of practice: moisture lesions or pressure damage?",
    cop("Tissue viability link nurses",
        agenda=["Telling moisture-associated skin damage from category 2 pressure ulcers", "Photographing wounds safely",
                "Datix reporting of skin damage"],
        artefacts=["Photo guide to moisture lesions vs pressure ulcers"]),
    "2025-07-03", "Quarterly meeting of the link nurse network.", facilitator="person-jenny-tate",
    roles=["Link nurse, Ward 4", "Link nurse, Ward 9", "Link nurse, Frailty SDEC"], dept=TV,
    kw=["pressure ulcer", "moisture lesion", "skin damage"])

story("story-wound-discharge", "Leaking surgical wounds: a dressing change that stopped daily visits",
      "innovation_story", "Surgical ward sister",
      "Patients with heavily exuding abdominal wounds needed dressing changes twice a day because discharge soaked through.",
      "Tissue viability advised super-absorbent dressings and, for some, negative pressure wound therapy.",
      "Dressing changes fell to twice a week and patients were fitter for going home sooner.",
      dept=TV, asked_person="person-jenny-tate", kw=["wound exudate", "NPWT", "dressings"])

# distractor: pressure (staff)
inn("inn-wellbeing-pressure-hubs", "Wellbeing hubs for staff under pressure",
    "person-mel-ashworth",
    "Staff survey scores for burnout and 'feeling under pressure at work' were the worst in the region.",
    "Quiet rooms with hot drinks, a wobble room and drop-in psychological support on both sites. Team leaders learn "
    "how to spot stress.",
    dept="Staff Wellbeing", stage="implemented", setting="corporate", itype="service_model",
    kw=["staff wellbeing", "burnout", "stress"])

lesson("lesson-estates-water-pressure", "Low water pressure on the top floor: booster pumps need a service contract",
       "Wards on the fourth floor lost water pressure at peak times when a booster pump failed and had no maintenance contract.",
       "Put all booster pumps on the planned maintenance schedule with a named contractor.",
       dept="Estates", owner="person-ian-forsyth", kw=["water pressure", "pumps", "planned maintenance"])

# ---------------- Theatres & anaesthetics ----------------
TH = "Theatres and Anaesthetics"
inn("inn-theatres-team-brief", "Whole-team brief and debrief on every operating list",
    "person-nadia-hussain",
    "Never events in 2023 (a wrong-site block and a retained swab) showed the WHO surgical safety checklist was being done as a tick box.",
    "Every list starts with a whole-team brief at 8am with the surgeon, anaesthetist, ODPs and scrub nurses, and ends with a "
    "debrief. Sign-in, time-out and sign-out are read aloud. Compliance is observed, not just audited from forms.",
    dept=TH, stage="embedded", kw=["WHO checklist", "safer surgery", "never events", "team brief"],
    team=[("person-paul-greaves", "co_lead"), ("person-andrew-kinsella", "clinical_champion")],
    outcomes=[("Observed full compliance with time-out", "62%", "95%")])

lesson("lesson-theatres-stop-before-you-block", "Stop before you block: a second check before regional anaesthesia",
       "A wrong-side nerve block happened when the time-out was done long before the block.",
       "Do a 'stop before you block' check with the ODP immediately before needle insertion.",
       dept=TH, owner="person-andrew-kinsella", kw=["regional anaesthesia", "wrong site", "never event"],
       related=["inn-theatres-team-brief"])

inn("inn-preop-anaemia-iv-iron", "Preoperative anaemia clinic gives IV iron before major surgery",
    "person-andrew-kinsella",
    "One in three patients having major elective surgery was anaemic at preoperative assessment and many needed a blood transfusion.",
    "Patients with low haemoglobin at pre-assessment are tested for iron deficiency and offered intravenous iron at least "
    "three weeks before surgery, as part of patient blood management.",
    dept=TH, stage="evaluated", kw=["anaemia", "IV iron", "patient blood management", "pre-op assessment"],
    team=[("person-ben-carver", "co_lead")],
    outcomes=[("Red cell transfusion in major elective surgery", "24%", "11%")], boilerplate=True)

inn("inn-day-surgery-laps", "Day-case laparoscopic cholecystectomy as the default",
    "person-laura-keane",
    "Most gallbladder operations were booked as overnight stays.",
    "Lap chole is now listed as day case unless there is a clear reason not to. Anaesthetic protocol avoids long-acting "
    "opioids; nurse-led discharge from the day surgery unit.",
    dept="Day Surgery Unit", stage="embedded", kw=["day case", "cholecystectomy", "BADS"],
    team=[("person-andrew-kinsella", "team_member")],
    outcomes=[("Day case rate", "34%", "78%")])

inn("inn-eras-colorectal", "Enhanced recovery for bowel surgery: prehab and early feeding",
    "person-laura-keane",
    "Length of stay after colorectal resection was 9 days.",
    "The ERAS programme includes prehabilitation exercise, carbohydrate drinks before surgery, no routine drains, early "
    "mobilisation and eating on day one.",
    dept="General Surgery (Colorectal)", stage="embedded", kw=["ERAS", "enhanced recovery after surgery", "prehabilitation"],
    team=[("person-andrew-kinsella", "co_lead")],
    outcomes=[("Median length of stay", "9 days", "5 days")])

cap("cap-theatres-utilisation-bar", "BAR: getting theatre sessions to start on time",
    bar("Start 90% of morning lists by 8:30am within 3 months.",
        "Knife-to-skin by 8:45 on most lists, no cancellations for late starts.",
        challenges=["Patients not consented in advance", "Porters not available at 8am"],
        factors=["Send for the first patient during the team brief"]),
    "2025-02-03", "Plan the late starts improvement project.", facilitator="person-joel-brant",
    people=["person-nadia-hussain", "person-paul-greaves", "person-carol-benn"], dept=TH,
    kw=["theatre utilisation", "late starts", "productivity"])

cap("cap-anaesthesia-elicit-kinsella", "Elicitation interview: difficult airway in a rural hospital",
    elicit("person-andrew-kinsella", "Managing the unexpected difficult airway out of hours",
           [("What do you check before an out-of-hours intubation?",
             "The difficult airway trolley, that the videolaryngoscope is charged, and who can come - at night there is one anaesthetist on site."),
            ("What would you tell a new consultant?", "Call early. The second anaesthetist is 40 minutes away.")]),
    "2025-06-22", "Capture tacit know-how on airway management.", facilitator="person-joel-brant",
    people=["person-andrew-kinsella"], dept=TH, kw=["airway", "anaesthesia", "intubation"])

# distractors: theatre as drama group, lecture theatre
story("story-vale-players-panto", "Vale Players staff theatre group's panto raises funds for the SCBU",
      "km_success_story", "Chair, Vale Players staff theatre group",
      "The staff drama group wanted to bring colleagues together after a hard winter and raise money for the baby unit.",
      "Forty staff from porters to consultants rehearsed Cinderella for ten weeks and staged three nights at the Kettlebridge "
      "Corn Exchange theatre.",
      "The panto raised £5,100 for the special care baby unit and was sold out.",
      dept="Staff Engagement", asked_person="person-derek-hollis", kw=["drama", "pantomime", "theatre group", "fundraising"])

lesson("lesson-lecture-theatre-av", "Lecture theatre AV: test the hybrid set-up before grand round",
       "The refurbished education centre lecture theatre microphones did not work with Teams for the first grand round.",
       "Book an AV test 24 hours before any hybrid event in the lecture theatre.",
       dept="Education Centre", owner="person-tina-wragg", kw=["lecture theatre", "hybrid meetings", "AV"])

cap("cap-vale-players-retro", "Retrospect: Vale Players summer production",
    retro(["Put on a summer play with new members"], achieved=["Two performances"],
          improvements=[("Rehearsals clashed with rotas", "Shift workers could not commit")],
          recs=["Rehearse on two different evenings"]),
    "2025-08-30", "Review the drama group's summer show.", facilitator="person-derek-hollis",
    people=["person-derek-hollis"], dept="Staff Engagement", kw=["theatre", "drama", "staff engagement"])

# ---------------- Endoscopy ----------------
EN = "Endoscopy Unit"
inn("inn-endo-bowel-prep-calls", "Bowel prep phone calls halve inadequate colonoscopies",
    "person-femi-adebayo",
    "One in seven colonoscopies was repeated because the bowel was not clean enough.",
    "An endoscopy nurse phones every patient three days before their colonoscopy to go through the low residue diet and "
    "the split-dose laxative regime, with picture leaflets in six languages.",
    dept=EN, stage="evaluated", kw=["bowel preparation", "colonoscopy", "patient education"],
    outcomes=[("Inadequate bowel preparation", "14%", "6%")])

inn("inn-endo-fit-pathway", "FIT-led pathway for suspected bowel cancer referrals from GPs",
    "person-claire-dunmore",
    "Urgent suspected colorectal cancer referrals rose by 40% and most patients did not have cancer.",
    "GPs send a faecal immunochemical test with every urgent referral for lower GI symptoms. Patients with FIT under 10 "
    "and no red flags are safety-netted in primary care; others go straight to test.",
    dept=EN, stage="spreading", itype="care_pathway", kw=["FIT", "2WW", "lower GI", "colorectal cancer"],
    team=[("person-hannah-frost", "co_lead"), ("person-femi-adebayo", "team_member")],
    adopters=[("Upper Vale Primary Care Network", "U61204")],
    outcomes=[("Colonoscopies avoided per year", "", "420")])

story("story-endo-bowel-screening-uptake", "Bowel cancer screening uptake rises after GP practice text reminders",
      "innovation_story", "Bowel screening practitioner",
      "Uptake of the home test kit in the bowel cancer screening programme was 58% in the most deprived villages.",
      "GP practices sent text reminders and the screening practitioner ran stalls at farmers' markets showing how to do the kit.",
      "Uptake rose to 66% in the target practices.",
      dept=EN, asked_person="person-femi-adebayo", kw=["bowel screening", "BCSP", "inequalities"])

lesson("lesson-endo-scope-decontamination", "Track every endoscope through decontamination with a barcode",
       "A scope was used before its drying cabinet cycle was complete because the paper log was missed.",
       "Use barcode tracking so an endoscope cannot be issued until its decontamination record is complete.",
       dept=EN, owner="person-femi-adebayo", kw=["decontamination", "traceability", "JAG"])

cap("cap-endo-jag-peer-assist", "Peer assist: preparing for JAG accreditation",
    peer_assist("Endoscopy Unit", "What do JAG assessors look for, and how do we get our evidence ready?",
                peers=[("person-claire-dunmore", "Led JAG at previous trust")],
                options=["Start the patient experience survey now", "Use the GRS quarterly"]),
    "2025-03-27", "Learn from a unit that passed JAG recently.", facilitator="person-joel-brant",
    people=["person-femi-adebayo", "person-claire-dunmore"], dept=EN, kw=["JAG", "accreditation", "GRS"])

# distractor: scope (project scope), capsule
lesson("lesson-epr-scope-creep", "EPR project: agree scope before design workshops",
       "The electronic patient record replacement slipped six months because new requirements kept being added in design workshops.",
       "Freeze the project scope and handle new requests through change control.",
       dept="Digital Programme", owner="person-tina-wragg", kw=["scope", "project management", "EPR"])

# ---------------- Pathology ----------------
PA = "Pathology (Blood Sciences)"
inn("inn-path-haemolysed-samples", "Fewer haemolysed blood samples from ED after phlebotomy training",
    "person-jo-baxter",
    "One in ten ED potassium samples was haemolysed and had to be repeated, delaying decisions.",
    "Biomedical scientists and the ED practice educator taught needle size, tourniquet time and not syringing through "
    "cannulas. The lab reports haemolysis rates by clinical area weekly.",
    dept=PA, stage="evaluated", kw=["haemolysis", "sample rejection", "phlebotomy", "potassium"],
    team=[("person-liam-osei", "team_member")],
    outcomes=[("Haemolysed ED samples", "10.4%", "4.1%")])

inn("inn-path-poct-inr", "Point-of-care INR testing in GP surgeries for anticoagulation",
    "person-jo-baxter",
    "Patients on warfarin travelled to the hospital for INR checks.",
    "Fingerprick INR testing was set up in seven GP surgeries with pathology-led quality control and training.",
    dept=PA, stage="spreading", setting="primary_care", kw=["POCT", "INR", "warfarin", "anticoagulation"],
    team=[("person-amir-shah", "team_member")],
    adopters=[("Vale and Wolds GP Federation", "VWF01")])

lesson("lesson-path-blood-culture-contamination", "Blood culture contamination falls with dedicated kits",
       "Contaminated blood cultures led to unnecessary antibiotics and longer stays.",
       "Use a dedicated blood culture pack with chlorhexidine and take cultures from a fresh venepuncture, not an existing cannula.",
       polarity="sustain", dept="Microbiology", owner="person-fiona-gale",
       kw=["blood cultures", "contamination", "sepsis"])

lesson("lesson-path-specimen-labelling", "Unlabelled samples: label at the bedside, every time",
       "Transfusion samples were rejected for labelling errors, delaying blood for patients.",
       "Label samples at the bedside from the patient's wristband, never pre-label tubes.",
       dept=PA, owner="person-ben-carver", kw=["WBIT", "sample labelling", "transfusion"])

# distractor: culture (staff culture)
cap("cap-culture-cafe", "Knowledge cafe: what makes our culture feel safe to speak up?",
    cafe("What helps you speak up when something is not right?",
         themes=["Leaders who thank people for raising concerns", "Freedom to Speak Up guardian visibility",
                 "Civility saves lives"],
         pledges=["Team leaders to end huddles with 'anything worrying you?'"]),
    "2025-10-16", "Part of the trust's culture and leadership programme.", facilitator="person-joel-brant",
    people=["person-mel-ashworth", "person-gail-rees"], dept="Organisational Development",
    kw=["culture", "speaking up", "psychological safety"])

# ---------------- IPC and transfusion ----------------
inn("inn-ipc-cdiff-isolation", "C. diff: isolate on first loose stool, not on the result",
    "person-fiona-gale",
    "Clostridioides difficile cases rose, and patients with diarrhoea stayed in bays until results came back.",
    "Any patient with unexplained diarrhoea (type 6-7 stool) is isolated straight away, using the SIGHT mnemonic. "
    "Antimicrobial prescribing is reviewed with the AMS pharmacist.",
    dept="Infection Prevention and Control", stage="embedded", kw=["C. difficile", "CDI", "isolation", "SIGHT"],
    team=[("person-olu-martins", "team_member")],
    outcomes=[("Hospital-onset C. difficile cases", "31", "17")])

lesson("lesson-ipc-norovirus-bay-closure", "Close bays, not wards, in norovirus outbreaks",
       "Closing whole wards for vomiting and diarrhoea outbreaks cost hundreds of bed days.",
       "Close affected bays only, with enhanced cleaning and cohort staffing, and reopen 48 hours after the last symptoms.",
       polarity="sustain", dept="Infection Prevention and Control", owner="person-fiona-gale",
       kw=["norovirus", "outbreak", "winter vomiting bug"])

inn("inn-transfusion-single-unit", "Single-unit transfusion policy: 'why give two when one will do?'",
    "person-ben-carver",
    "Stable patients routinely got two units of red cells when one would have been enough.",
    "A single-unit policy for non-bleeding patients, with reassessment and a repeat haemoglobin before a second unit. "
    "Decision support in the electronic blood ordering.",
    dept="Blood Transfusion", stage="embedded", kw=["blood transfusion", "red cells", "patient blood management"],
    outcomes=[("Red cell units issued a month", "610", "470")])
