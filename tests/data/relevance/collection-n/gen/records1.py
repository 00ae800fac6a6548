from lib import inn, les, story, aar, retro, peer, cafe, harvest

# ---------------- Clinical coding ----------------
CC = "Clinical Coding"
inn("cod_wardround", "praman", CC, "Clinical coders on the acute medical unit ward round lift coding depth",
    "Coding depth for emergency medical admissions was low: an average of 3.1 diagnoses per spell against a peer average of 4.8. Comorbidities such as chronic kidney disease, dementia and atrial fibrillation were written in the medical notes but never reached the coded record because coders worked from the discharge summary alone.",
    "Two senior clinical coders joined the morning consultant ward round on the acute medical unit (AMU) three days a week for six months. They read the clerking, asked the doctors to clarify the primary diagnosis where it was vague (e.g. 'off legs', 'collapse ?cause') and captured secondary diagnoses at source. Coding depth rose to 4.6 diagnoses per spell and the Charlson comorbidity score rose, which changed the expected mortality (SHMI) for the unit.",
    kw=["coding depth", "comorbidities", "AMU", "SHMI"], team=["glloyd"])
les("cod_dischsumm", "tashdown", CC, "E-discharge summaries leave out comorbidities the coders need",
    "In the annual coding audit, 38 of 200 spells lost a secondary diagnosis because the electronic discharge summary did not list long-term conditions that the patient was treated for during the stay.",
    "Add a mandatory 'long-term conditions treated this admission' box to the e-discharge template and teach FY1 doctors why it matters for the coded record.",
    kw=["clinical coding audit", "discharge summary", "secondary diagnoses"])
aar("cod_freeze", "praman", CC, "After action review: year-end coding freeze missed for 412 episodes",
    "Review why 412 finished consultant episodes (FCEs) were uncoded at the SUS year-end freeze date.",
    "All inpatient episodes for March coded by the flex and freeze deadline so that income and activity were reported in full.",
    "412 FCEs were uncoded at freeze, most from the surgical division where case notes had not been returned to the coding office.",
    "2026-04-22", why="Case notes were tied up in the outpatient clinics; two coders were off sick; no weekend overtime was agreed in time.",
    improve=["Agree overtime for the last two weekends of March by January", "Track un-returned notes daily from mid-March"],
    sustain=["Daily uncoded list sent to divisional managers"], parts=["tashdown", "glloyd", "mogundipe"],
    kw=["coding backlog", "SUS", "flex and freeze"])
inn("cod_query", "glloyd", CC, "One-click coding queries to doctors through the EPR inbox",
    "Coders raised queries about unclear diagnoses on paper slips left in pigeonholes. Half were never answered and the coder had to guess or code to a symptom.",
    "We built a 'coding query' message type in the electronic patient record so a coder can send a structured question (e.g. 'Type 1 or type 2 respiratory failure?') to the consultant's EPR inbox. Answers come back into the coder's worklist. Response rate went from 48% to 86% in three months.",
    kw=["coding query", "EPR", "clinical documentation"], team=["praman", "fkowal"])
story("cod_sepsis", CC, "£48,000 recovered after evidence search on sepsis coding standards",
      "Clinical coding manager", "Our coders were unsure how sepsis with a urinary source should be sequenced, and the Healthcare Resource Group (HRG) being generated looked too low for the length of stay.",
      "The clinical librarian searched the National Clinical Coding Standards, the coding clinic queries and two published audits, and wrote a two-page evidence summary comparing the sequencing rules.",
      "The coders re-coded 96 spells in line with the standard; the HRG changed for 31 and £48,000 of income was recovered. The summary is now part of coder induction.",
      kind="lks_impact_case_study", person="praman", working=["ejones"], kw=["HRG", "sepsis", "coding standards"])
les("cod_shortstay", "tashdown", CC, "Primary diagnosis errors cluster in short-stay spells",
    "The Data Security and Protection Toolkit coding audit found primary diagnosis accuracy of 86% overall but only 71% for zero-day and one-day stays, where the discharge summary is often blank.",
    "Code short-stay spells from the full case notes or the ED record, not from the discharge summary.",
    kw=["DSPT audit", "primary diagnosis", "short stay"])
retro("cod_remote", "praman", CC, "Retrospect: moving the clinical coding team to home working",
      "Look back on the move of 14 coders to hybrid home working.",
      ["Keep coding completeness above 98% at the flex date", "Give coders access to scanned notes and the encoder from home"], "2025-11-03",
      successes=[("Completeness held at 98.7%", "Scanned records were available in the EDM viewer the day after discharge")],
      improvements=[("New coders felt isolated and learnt more slowly", "Nobody sat next to them to answer quick questions")],
      recs=["Give every trainee coder an online buddy and a daily 15-minute huddle"], parts=["glloyd", "tashdown"], kw=["home working", "encoder"])
les("cod_trainee", "glloyd", CC, "Trainee coders: buddy plus ICD-10 and OPCS-4 workbook",
    "Trainees who had a named buddy and worked through the ICD-10 and OPCS-4 exercises before the Standards course passed the course first time.",
    "Give every trainee a buddy and the workbook in week one.", polarity="sustain", kw=["trainee coders", "ICD-10", "OPCS-4"])
les("cod_screens", "dmalik", "IT Services", "Dual screens for clinical coders speed up coding",
    "Coders reading scanned notes on one monitor and the encoder on a second coded about 15% more episodes a day than coders with a single laptop screen.",
    "Issue a second monitor to every coder, at home and in the office.", polarity="sustain", kw=["monitor", "dual screen", "coders"])
# distractors
story("dis_codeclub", "IT Services", "Code Club for staff children over the half-term holiday",
      "Parent working in IT", "Staff with children aged 8 to 12 struggled for childcare over the October half term.",
      "The IT team ran a two-day Code Club in the education centre: the children learnt to code simple games in Scratch and programmed micro:bit badges.",
      "Twenty-two children took part; eleven parents said they could work their shifts as normal. We will run it again at Easter.",
      person="dmalik", kw=["coding", "Scratch", "childcare"], distractor=True)
les("dis_colourcode", "spike", "Facilities - Housekeeping", "Colour-coded cloths and mops: a laminated chart stopped mix-ups",
    "New domestic staff were using blue cloths in toilets. The national colour coding (red for bathrooms, blue for general areas, green for kitchens, yellow for isolation rooms) was not displayed in the cleaners' cupboards.",
    "Put a laminated colour-code chart in every domestic cupboard and check it at induction.", kw=["colour coding", "cleaning"], distractor=True)

# ---------------- Health records ----------------
HR = "Health Records"
inn("rec_barcode", "lfenwick", HR, "Casenote tracking with barcode scanners cut missing notes in outpatient clinics",
    "6.2% of outpatient appointments had no case notes available at the start of clinic. Notes were 'somewhere in the building' but the tracking system showed the last location as the records library.",
    "Every casenote folder was given a barcode and each clinic, ward and office got a hand-held scanner. Staff scan notes in and out when they move them. The records library runs a 'missing notes' report at 3pm for the next day's clinics. Missing notes fell to 1.8% in four months.",
    kw=["casenote tracking", "missing notes", "outpatients"], team=["mogundipe"])
inn("rec_edm", "hcole", HR, "Scanning paper medical records into the electronic document management system",
    "The records library was full, off-site storage cost £180,000 a year and clinicians at Wensley waited a day for notes to be sent from Calderbrook.",
    "We scan each inpatient's paper record after discharge into the EDM system, where it can be viewed from any PC alongside the EPR. Current notes go to the scanning bureau within 48 hours; legacy notes are scanned when an appointment is booked. No new paper volumes are made for scanned patients.",
    kw=["EDM", "scanning", "paper-light", "case notes"], team=["mogundipe", "lfenwick"])
les("rec_staples", "hcole", HR, "Prepare notes before scanning: staples and sticky notes jam the scanners",
    "Prep took longer than scanning. Staples, treasury tags and sticky notes caused jams and missing pages.",
    "Budget prep time at twice the scanning time and train ward clerks to file without staples.", kw=["scanning", "document prep"])
aar("rec_flood", "mogundipe", HR, "After action review: water leak in the basement records library",
    "Learn from the burst pipe that soaked part of the records library.",
    "Records stored safely off the floor with leak detection in place.",
    "A pipe burst overnight; around 1,200 volumes on the bottom shelves were soaked. Freeze-drying saved most of them but 40 were unreadable.",
    "2025-02-14", why="The bottom shelves were at floor level and the leak alarm did not reach anyone at night.",
    improve=["Raise bottom shelves 15 cm", "Route the leak alarm to the site manager's bleep"], parts=["lfenwick", "kdunn"],
    kw=["records library", "business continuity"])
story("rec_sar", "Information Governance", "Subject access requests now answered within one month",
      "Information governance officer", "Only 54% of subject access requests (SARs) for health records met the one-month legal deadline under UK GDPR.",
      "We set up a triage rota, a tracker and standard letters, and the records team now pulls and scans the notes in week one.",
      "Compliance rose to 93% in six months and complaints to the ICO stopped.", person="abegum", kw=["SAR", "UK GDPR", "access to health records"])
les("rec_retention", "mogundipe", HR, "Check the Records Management Code of Practice before destroying notes",
    "A batch of notes was nearly destroyed although some belonged to patients in a long-running clinical negligence claim.",
    "Check retention periods and legal holds against the Records Management Code of Practice before any destruction run.", kw=["retention", "destruction", "records management"])
peer("rec_paperlite", "hcole", HR, "Peer assist: going paper-light in outpatient clinics",
     "Learn from a neighbouring trust before stopping paper case notes in outpatients.", "Health Records and Outpatients",
     "How do we stop sending paper notes to clinic without clinicians losing information?", "2025-06-10",
     insights=["Run a 'notes not pulled' pilot in two specialties first", "Let clinicians keep a paper continuation sheet for a month"],
     parts=["mogundipe", "lfenwick"], peers=["Dunmere Valley Hospitals NHS Trust"], kw=["paper-light", "outpatients", "EDM"])
les("rec_temps", "lfenwick", HR, "Temporary folders multiply when the main notes cannot be found",
    "Some patients had five temporary folders. Clinicians saw only part of the history.",
    "Merge temporary folders into the main record within a week and report patients with more than one temp.", kw=["temporary notes", "casenotes"])
les("rec_duplicates", "mogundipe", HR, "PAS housekeeping: merge duplicate patient registrations weekly",
    "Duplicate registrations on the patient administration system (PAS) meant results went to the wrong record. The weekly data housekeeping list had not been worked for months.",
    "Work the duplicate-registration list every week and check NHS number tracing before merging.", kw=["PAS", "duplicates", "data quality"])
# distractors
story("dis_parkrun", "Estates - Portering", "Porters' running club sets new personal records at parkrun",
      "Portering supervisor", "The portering team wanted a way to keep fit together after night shifts.",
      "We started a Saturday parkrun group and logged everyone's times on the staff room whiteboard.",
      "Eleven porters took part for a year; seven set personal records and the team raised £900 for the hospital charity.",
      person="gwhitlock", kw=["running", "records", "wellbeing"], distractor=True)
les("dis_trainrecs", "freid", "Clinical Systems Training", "Training records moved to the new learning management system",
    "Staff training records for EPR courses were kept in three spreadsheets and could not be reported on.",
    "Migrate training records to the learning management system before switching off the spreadsheets.", kw=["training records", "LMS"], distractor=True)

# ---------------- Patient flow and bed management ----------------
PF = "Patient Flow"
inn("flow_board", "iqureshi", "Acute Medicine", "Ten-minute board rounds with red and green days on medical wards",
    "Patients on the medical wards waited days for tests and decisions and nobody could say what each patient was waiting for.",
    "Each morning the consultant, nurse in charge, therapist and discharge coordinator stand at the ward whiteboard for a ten-minute board round. Each patient is called a red day (nothing happened that moved them towards going home) or a green day, and the reason for a red day is escalated the same morning. Part of the SAFER patient flow bundle.",
    kw=["board round", "red and green days", "SAFER"], team=["jmarsh"])
inn("flow_cld", "jmarsh", PF, "Criteria-led discharge lets nurses send patients home at weekends",
    "Weekend discharges were half the weekday rate because patients waited for a doctor to 'sign them off'.",
    "Consultants write clear discharge criteria on the ward round (e.g. 'home when eating and drinking, CRP falling, mobile with frame'). A trained nurse can discharge once the criteria are met, without waiting for a doctor. Weekend discharges rose 30%.",
    kw=["CLD", "weekend discharge", "nurse-led discharge"], team=["iqureshi"])
les("flow_bedmeeting", "rshah", PF, "Bed meetings overrun when every ward reads out every bed",
    "The 08:30 bed meeting took 45 minutes because wards read out their whole bed state.",
    "Use the electronic bed state on screen and only discuss exceptions: confirmed discharges, blocked beds and escalation.", kw=["bed meeting", "capacity", "bed state"])
inn("flow_ebms", "rshah", PF, "Electronic bed management system replaces the whiteboard in the site office",
    "The site team tracked bed availability on a whiteboard and by phoning wards, so the bed state was always an hour out of date.",
    "We introduced an electronic bed management system linked to the PAS. Ward clerks update expected discharges; the site office and ED see empty, dirty and blocked beds in real time on a wall screen. Time from 'bed requested' to 'bed allocated' fell from 94 to 51 minutes.",
    kw=["bed management", "capacity", "real-time bed state"], team=["nkowalski", "kdunn"])
story("flow_stranded", PF, "Long-stay reviews: stranded patients down by a third",
      "Director of operations", "At any time 180 patients had been in hospital seven days or more ('stranded') and 60 for 21 days or more ('super-stranded').",
      "Weekly long length of stay reviews on every ward, led by the head of patient flow with social care and community teams, unpicked delays one patient at a time.",
      "Stranded patients fell from 180 to 121 in five months and super-stranded from 60 to 38.",
      person="chudson", working=["jmarsh"], kw=["stranded patients", "length of stay", "delayed discharge"])
aar("flow_opel4", "kdunn", "Site Operations", "After action review: OPEL 4 on 6 January",
    "Learn from the day the Trust declared OPEL 4 (Operational Pressures Escalation Level 4).",
    "Full capacity protocol triggered early, extra patients placed on wards safely, ED handovers under an hour.",
    "We triggered the full capacity protocol at 14:00, not 10:00. 23 patients waited over 12 hours in ED and corridor care was used for six hours.",
    "2026-01-08", why="Discharges were not confirmed until mid-afternoon; two wards were closed with norovirus.",
    improve=["Trigger the full capacity protocol on forecast, not on breach"], parts=["chudson", "rshah", "hibbotson"],
    kw=["OPEL", "escalation", "full capacity protocol"])
les("flow_ttos", "jmarsh", PF, "Discharge before noon needs the TTOs written the day before",
    "Patients going home in the morning still left after 4pm because their take-home medicines (TTOs) were written on the day.",
    "Write TTOs and the discharge letter the afternoon before a planned discharge.", kw=["TTO", "discharge before noon"])
retro("flow_winter", "chudson", PF, "Retrospect: the winter escalation ward 2025/26",
      "Look back on opening 24 extra escalation beds for winter.", ["Open 24 escalation beds from December to March", "Staff them without agency nurses"], "2026-04-15",
      successes=[("Ward opened on time", "Estates and procurement had beds and equipment ready by November")],
      improvements=[("Half the shifts used agency staff", "Recruitment started too late")],
      recs=["Start recruiting for winter capacity in July"], parts=["rshah", "kdunn", "bcarter"], kw=["winter pressures", "escalation beds"])
peer("flow_edpeer", "chudson", PF, "Peer assist: flow from ED into the assessment units",
     "Before redesigning how patients move from ED to the medical and surgical assessment units.", "Patient Flow and Emergency Department",
     "Patients wait hours in ED for an assessment unit bed even when chairs are free.", "2025-09-18",
     insights=["Pull patients into assessment unit chairs ('fit to sit')", "Agree that the assessment unit takes the next patient without a phone call"],
     parts=["rshah", "iqureshi"], peers=["Holmbury General Hospital"], kw=["ED", "assessment unit", "fit to sit"])
les("flow_boarding", "kdunn", "Site Operations", "Boarding an extra patient on a ward: agree the rules first",
    "When we placed an extra patient in a ward corridor space at times of pressure, wards argued with the site team about which patients were suitable.",
    "Agree written boarding criteria with ward sisters before winter.", kw=["boarding", "escalation", "extra beds"])
les("flow_ward_moves", "rshah", PF, "Each ward move adds a day to length of stay",
    "Patients moved two or more times for non-clinical reasons stayed on average a day longer and had more falls.",
    "Count non-clinical ward moves after 10pm and report them at the bed meeting.", kw=["patient moves", "outliers", "bed management"])
# distractors
les("dis_waterflow", "nbarker", "Estates - Water Safety", "Flushing little-used outlets keeps water flow up and Legionella down",
    "Positive Legionella samples were found in showers in a closed ward where there was no water flow for weeks.",
    "Flush little-used taps and showers twice a week and record it on the flushing log.", kw=["Legionella", "water flow", "flushing"], distractor=True)
story("dis_flowerbeds", "Voluntary Services", "Volunteers plant raised flower beds in the courtyard garden",
      "Voluntary services manager", "The courtyard outside the discharge lounge was bare concrete.",
      "Volunteers built four raised beds and planted herbs and bulbs, with help from a local garden centre.",
      "Patients waiting in the lounge now sit outside in summer; staff eat lunch there too.", person="bames", kw=["garden", "flower beds", "volunteers"], distractor=True)
inn("dis_bedrental", "oadeyemi", "Procurement", "New contract for rented pressure-relieving mattresses and profiling beds",
    "Spend on rented specialist beds and mattresses had risen 40% and rented equipment stayed on wards long after patients needed it.",
    "Procurement re-tendered the bed and mattress rental contract with a 48-hour off-hire rule and a weekly report of rented equipment by ward. Spend fell by £92,000 in the first year.",
    kw=["bed rental", "mattresses", "contract"], team=["bcarter"], distractor=True)

# ---------------- Discharge lounge ----------------
DL = "Discharge Lounge"
inn("dl_pull", "mprice", DL, "Discharge lounge staff collect patients from the wards at 9am",
    "The discharge lounge sat half empty in the morning while wards waited for beds. Ward staff were too busy to bring patients down.",
    "Lounge staff now ring each ward at 08:45, ask for patients who are ready, and collect them with a wheelchair by 9am. Patients wait in the lounge for medicines and transport, freeing the ward bed for an admission from ED before lunch. Morning use of the lounge rose from 4 to 15 patients a day.",
    kw=["discharge lounge", "pull model", "morning discharges"], team=["jmarsh"])
les("dl_pharm", "mprice", DL, "A pharmacy technician based in the lounge cuts waits for take-home medicines",
    "Patients waited an average of 3 hours in the discharge lounge for their TTO medicines.",
    "Base a pharmacy technician in the lounge from 11 to 5 to chase and hand over medicines.", polarity="sustain", kw=["TTO", "discharge lounge", "medicines"])
story("dl_late", DL, "Lounge open until 10pm: fewer late-evening discharges from the wards",
      "Matron for patient flow", "Patients were discharged from wards after 9pm, and some arrived home in the dark to cold houses.",
      "We extended the discharge lounge hours to 10pm on weekdays with one nurse and one healthcare assistant.",
      "Ward discharges after 9pm fell from 14 a week to 3, and beds were released earlier for the night team.", kind="innovation_story", person="mprice", working=["chudson"],
      kw=["discharge lounge", "opening hours"])
aar("dl_stranded", "mprice", DL, "After action review: patient left in the discharge lounge after transport was cancelled",
    "Learn from an evening when a frail patient was left waiting in the lounge after it closed.",
    "Patient taken home by patient transport by 6pm.",
    "Transport was cancelled at 5pm without telling the lounge; the patient was taken back to a ward at 11pm.",
    "2025-10-02", why="The transport booking was on the ward's name, so the crew phoned the ward, not the lounge.",
    improve=["Book all lounge patients' transport under the lounge"], parts=["squinn", "lward"], kw=["patient transport", "discharge lounge"])
les("dl_meal", "rbianchi", "Catering", "Offer a hot meal to anyone waiting in the discharge lounge over four hours",
    "Patients waiting in the lounge missed the ward lunch and were only offered sandwiches.",
    "Send hot meals to the lounge on the ward trolley round.", polarity="improve", kw=["discharge lounge", "meals"])
story("dl_vinyl", DL, "A record player and vinyl records in the discharge lounge",
      "Volunteer", "Patients waiting in the lounge for hours were bored and anxious.",
      "A volunteer donated a record player and a box of 1950s and 60s vinyl records.",
      "Patients chat about the music and staff say the lounge is calmer.", person="bames", kw=["music", "volunteers", "vinyl"], distractor=True)

# ---------------- Patient transport ----------------
PT = "Patient Transport"
inn("pt_elig", "lward", PT, "An eligibility checker for non-emergency patient transport",
    "Two in five bookings for non-emergency patient transport (NEPTS) were for patients who did not meet the national eligibility criteria and could travel by car or taxi.",
    "We built a five-question eligibility checker into the online booking form based on the national criteria (medical need, mobility, distance). Patients who are not eligible are given information on the healthcare travel costs scheme and community transport. Eligible bookings rose from 60% to 88%.",
    kw=["NEPTS", "eligibility", "booking"], team=["squinn"])
les("pt_aborted", "lward", PT, "Aborted transport journeys: phone the patient the day before",
    "One in nine journeys was aborted because the patient was not ready, had cancelled the appointment or had already gone by taxi.",
    "Phone or text every patient the day before to confirm the journey.", kw=["aborted journeys", "outpatient transport"])
inn("pt_volunteer", "aroper", "Voluntary Services", "Volunteer car drivers take patients to outpatient appointments",
    "Patients not eligible for ambulance transport were missing appointments because there was no bus from their village.",
    "We recruited 18 volunteer drivers who use their own cars, paid mileage by the hospital charity, to take patients to and from outpatient clinics.",
    kw=["volunteer drivers", "outpatients", "community transport"], team=["lward"])
aar("pt_friday", "squinn", PT, "After action review: Friday discharges waiting for transport until late evening",
    "Understand why patients discharged on Fridays waited up to eight hours for hospital transport.",
    "Transport for discharges booked by noon and patients home by 6pm.",
    "Most discharge transport was booked after 2pm; the provider had only three crews after 4pm.",
    "2025-03-21", improve=["Book transport when the expected discharge date is set", "Agree extra Friday crews"],
    parts=["lward", "mprice", "jmarsh"], kw=["discharge transport", "Friday"])
retro("pt_tender", "squinn", PT, "Retrospect: re-tendering the non-emergency patient transport contract",
      "Look back on the procurement of a new patient transport service.", ["Let a five-year contract with better key performance indicators"], "2025-12-09",
      successes=[("Patients on the panel shaped the KPIs", "We recruited them through PALS")],
      improvements=[("Mobilisation was rushed", "Contract award slipped three months")],
      recs=["Allow six months to mobilise a transport contract"], parts=["oadeyemi", "lward", "cdean"], kw=["tender", "contract", "KPIs"])
les("pt_bariatric", "squinn", PT, "Bariatric patients need a separate transport booking and an equipment check",
    "A patient weighing 190 kg waited two days because the standard crew could not move them safely.",
    "Book bariatric transport as a separate journey type and confirm the vehicle and equipment the day before.", kw=["bariatric", "transport"])
story("pt_online", PT, "Ward clerks book patient transport online instead of by phone",
      "Ward clerk", "Booking transport by phone took 15 minutes a call and the line was engaged in the morning.",
      "The transport office set up online booking through the intranet with a confirmation e-mail.",
      "Booking time fell to three minutes; ward clerks no longer queue on the phone line.", person="lward", kw=["booking", "online"])
# distractors
les("dis_tube", "kdoyle", "Estates", "Pneumatic tube system: plan specimen transport for downtime",
    "When the pneumatic tube system failed for two days, specimens piled up on wards because no porter cover had been planned.",
    "Keep a downtime plan with porter runs every 30 minutes for specimen transport.", kw=["pneumatic tube", "specimens", "porters"], distractor=True)
inn("dis_shuttle", "pgrey", "Staff Travel", "Staff shuttle bus between Calderbrook and Wensley sites",
    "Staff working on both sites drove between them and parking at Wensley was full by 8am.",
    "A free shuttle bus every 30 minutes links the two hospitals and Calderbrook railway station. Staff show their ID pass to board.",
    kw=["staff travel", "shuttle", "parking"], distractor=True)
les("dis_parking", "pgrey", "Staff Travel", "Car parking permits: allocate by need, not by grade",
    "Staff complained that car parking permits went to managers while night staff could not park.",
    "Allocate staff parking permits on a points system (shift times, caring duties, distance) and sell daily tickets to others.", kw=["parking", "permits", "tickets"], distractor=True)
