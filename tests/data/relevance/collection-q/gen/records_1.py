from build import I, S, L, AAR, RET, PA, HARV, CAFE, COP
from ids import *
D_OPAT = "OPAT service, Infectious Diseases"
# ---------------- OPAT ----------------
I("inn-opat-self-admin", PRYCE, "Patients taught to give their own IV antibiotics at home",
  "Patients on long courses of intravenous antibiotics stayed in hospital for weeks only because a nurse had to give each dose. Community nursing capacity for daily visits ran out most winters.",
  "The Outpatient Parenteral Antimicrobial Therapy (OPAT) team built a self-administration training programme. Suitable patients (or a carer) learn aseptic technique, flushing the midline or PICC, and connecting the dose over three supervised sessions on Heron Ward before discharge. A competency checklist is signed off by the OPAT nurse specialist and a copy goes home in the patient's folder. A 24-hour OPAT advice line number is printed on the folder. Patients come back weekly to the OPAT clinic for bloods and line care.",
  team=[(OKONKWO, "clinical_champion"), (ZHOU, "team_member"), (REILLY, "patient_partner")], dept=D_OPAT,
  kw=["OPAT", "self-administration", "home IV antibiotics"], stage="evaluated",
  outcome=[("Bed days saved per year", "0", "1,140"), ("Line infections per 1,000 catheter days", "0.9", "0.7")])
I("inn-opat-elastomeric", ZHOU, "Elastomeric pumps so one visit covers 24 hours of antibiotic",
  "Some antibiotics, for example flucloxacillin and piperacillin-tazobactam, need giving four times a day, which rules out home treatment.",
  "Pharmacy and the OPAT nurses set up continuous infusions using disposable elastomeric devices (balloon pumps) filled by the homecare compounding unit. The patient wears the pump in a bum bag; the district team or the patient changes it once a day. We checked stability data for each drug with the medicines information service and wrote a one-page sheet for patients on what to do if the balloon is not going down.",
  team=[(PRYCE, "co_lead"), (KOWAL, "team_member")], dept="Pharmacy homecare", kw=["elastomeric device", "continuous infusion", "OPAT"],
  stage="embedded")
I("inn-opat-picc-nurse-led", PRYCE, "Nurse-led PICC insertion for OPAT patients",
  "Patients waited up to six days for a peripherally inserted central catheter to be placed by interventional radiology, delaying discharge on to OPAT.",
  "Two OPAT nurses trained in ultrasound-guided PICC insertion with tip confirmation by ECG. A weekday list runs in the OPAT treatment room. Midlines are offered for courses under two weeks.",
  team=[(OKONKWO, "clinical_champion")], dept=D_OPAT, kw=["PICC", "vascular access", "midline"], stage="embedded",
  outcome=[("Median wait for a line", "6 days", "1 day")])
S("story-opat-advice-line", "innovation_story", "OPAT nurse specialist", "Out-of-hours advice line kept OPAT patients out of A&E",
  "Patients at home on IV antibiotics told us that when the pump alarmed at night, or the dressing over their line looked red, the only option was the emergency department.",
  "We set up a telephone advice line staffed by the Heron Ward nurse in charge overnight, with a flowchart for common problems: occluded line, leaking connector, fever, rash, pump not emptying.",
  "In the first six months the line took 212 calls; 81% were sorted on the phone and only 9 patients were sent to A&E. Patients said they felt safer going home.",
  person=PRYCE, dept=D_OPAT, kw=["telephone advice", "OPAT", "out of hours"])
L("lesson-opat-bloods-weekly", OKONKWO, "Weekly blood monitoring slipped when OPAT patients were seen by community teams",
  "Three patients on long-term glycopeptide treatment missed weekly vancomycin levels and renal function checks because nobody owned the result.",
  "Name the OPAT consultant as responsible for every monitoring result and put the weekly blood slot in the OPAT diary, not the GP's.",
  context="Found in the quarterly OPAT virtual ward round.", dept=D_OPAT, kw=["monitoring", "vancomycin levels"], category="governance")
L("lesson-opat-patient-selection", PRYCE, "Check the home set-up before agreeing home IV treatment",
  "A patient discharged for home intravenous antibiotics had no fridge space and nobody at home to help; the course was completed back on the ward.",
  "Use the OPAT home-suitability questions (fridge, phone signal, carer, access for the nurse) before accepting a referral.",
  dept=D_OPAT, kw=["referral criteria", "OPAT"], category="patient selection")
AAR("cap-aar-opat-first-pump-weekend", FENWICK, "AAR: first weekend of elastomeric pumps at home",
  "Review the first weekend when five patients went home with balloon pumps.",
  "Pumps delivered Friday by homecare, changed by patients daily, no admissions.",
  "Two pumps arrived late on Saturday; one patient ran out and was given a bolus dose in ED. The others went well.",
  why="Courier booked for Saturday not Friday; the order cut-off was not shared with the ward.",
  sustain=["Patient information sheet was clear"], improve=["Order pumps by Wednesday noon for weekend cover"],
  people=[PRYCE, ZHOU, "Homecare courier coordinator"], held="2024-11-18", dept=D_OPAT, kw=["elastomeric pump", "homecare"])
RET("cap-retro-opat-virtual-ward", FENWICK, "Retrospect: OPAT virtual ward first year",
  "Look back at the first year of running OPAT as a virtual ward with daily remote review.",
  ["Move OPAT patients onto the virtual ward dashboard", "Daily consultant review of observations", "Reduce readmissions"],
  successes=[("Daily huddle at 10:00 worked", "Everybody could see the list on one screen"), ("Readmissions fell", "Earlier switch to oral when CRP settled")],
  improvements=[("Remote monitoring kit was unreliable", "Bluetooth thermometers lost pairing with the tablets")],
  recs=["Agree who checks alerts at weekends before you start"], people=[OKONKWO, PRYCE, KOWAL, NDLOVU], dept=D_OPAT, kw=["virtual ward", "OPAT", "remote monitoring"])
S("story-opat-lit-search-daptomycin", "lks_impact_case_study", "OPAT consultant", "Evidence search supported once-daily options for home antibiotic therapy",
  "The OPAT lead wanted to know which once-daily antibiotics had evidence for bone and soft-tissue infections treated at home.",
  "The clinical librarian searched Medline, Embase and the BSAC OPAT good-practice recommendations and wrote a two-page evidence summary.",
  "The OPAT formulary was updated with two once-daily options, cutting nurse visits. Saved the consultant about 10 hours.",
  person=OKONKWO, working_with=[HALE], services=["literature_search", "evidence_summary"], kw=["OPAT formulary", "evidence summary"])
I("inn-opat-patient-passport", REILLY, "A patient-written 'line passport' for people going home with a PICC",
  "I went home with a line in my arm and every nurse asked me the same questions: when was it put in, how long is it, when was it last flushed.",
  "With the OPAT team I wrote a pocket booklet: line type, length, insertion date, dressing changes and flushes, signed at each visit. It's now given to every OPAT patient.",
  team=[(PRYCE, "co_lead")], dept=D_OPAT, kw=["patient partner", "PICC", "patient held record"], stage="implemented", type_="other")
L("lesson-opat-line-flush", PRYCE, "Short written guide on flushing reduced blocked lines",
  "Blocked midlines fell once patients and carers had a one-page picture guide to push-pause flushing.",
  "Give the picture guide at the first teaching session, not on the day of discharge.", polarity="sustain", dept=D_OPAT, kw=["line care", "flushing", "occlusion"])
PA("cap-pa-opat-tarnside", FENWICK, "Peer assist: setting up OPAT at Tarnside",
  "Help colleagues at Tarnside Hospitals who want to start an outpatient IV antibiotic service.",
  "Tarnside Hospitals acute medicine", "How do we start treating cellulitis patients with IV antibiotics at home instead of admitting them?",
  peers=[(OKONKWO, "Set-up of the Kestrel Vale OPAT service"), (PRYCE, "Nurse training and self-administration")],
  options=["Start with cellulitis on once-daily ceftriaxone", "Use a daily ambulatory clinic before home visits"], dept=D_OPAT, kw=["OPAT", "cellulitis", "ambulatory care"])
L("lesson-opat-homecare-contract", ZHOU, "Homecare contract did not cover bank holidays",
  "Our homecare provider contract excluded bank holiday deliveries so patients on compounded infusions had to come in over Easter.",
  "Check delivery days, including bank holidays, before signing a homecare contract.", dept="Pharmacy homecare", kw=["homecare", "contract"], category="procurement")
# ---------------- AMS ----------------
D_AMS = "Antimicrobial Stewardship team"
I("inn-ams-ivos-criteria", KOWAL, "IV to oral switch prompt on the electronic prescribing system",
  "Audit showed 38% of inpatients on intravenous antibiotics met criteria to switch to tablets but were still on IV at 72 hours.",
  "The antimicrobial stewardship (AMS) team added an IVOS prompt to the e-prescribing system: at 48 hours the prescriber sees the switch criteria (afebrile 24h, improving, able to swallow, no deep-seated infection) and must record switch or reason to continue. Pharmacists review the list each morning.",
  team=[(PETROVA, "team_member"), (FRY, "team_member")], dept=D_AMS, kw=["IVOS", "IV to oral switch", "e-prescribing"], stage="evaluated",
  outcome=[("Patients on IV past 72h meeting switch criteria", "38%", "17%"), ("Cannula days saved per month", "0", "410")])
I("inn-ams-72h-review", PETROVA, "'Start smart then focus' 72-hour antibiotic review sticker",
  "Antibiotic prescriptions were continued by default; the 48-72 hour review recommended nationally was rarely documented.",
  "A bright review sticker and a ward round prompt: stop, switch, change, continue or OPAT. The AMS nurse visits each ward weekly with the audit results.",
  team=[(KOWAL, "co_lead")], dept=D_AMS, kw=["antibiotic review", "Start Smart then Focus", "72 hour review"], stage="embedded")
L("lesson-ams-sticker-fatigue", PETROVA, "Stickers stop working after a few months",
  "Documentation of the 72-hour review rose to 80% then fell back to 55% within four months as the sticker became wallpaper.",
  "Pair paper prompts with face-to-face feedback on ward rounds and rotate the message.", dept=D_AMS, kw=["antibiotic review", "sustainability"])
S("story-ams-amr-teaching", "km_success_story", "Foundation year doctors", "Antimicrobial resistance teaching moved onto the ward round",
  "Junior doctors said AMR lectures at induction were forgotten by the first night shift.",
  "The antimicrobial pharmacist and a consultant microbiologist ran ten-minute 'bug-drug' teaching on the Tuesday ward round using that day's real culture results.",
  "Prescribers' scores on the antibiotic prescribing quiz rose from 54% to 78%. Broad-spectrum use fell on the two pilot wards.",
  working_with=[KOWAL, DUNBAR], dept=D_AMS, kw=["AMR", "antimicrobial resistance", "teaching"])
I("inn-ams-procalcitonin", DUNBAR, "Procalcitonin to help stop antibiotics early in lower respiratory tract infection",
  "Antibiotic courses for suspected chest infection were often continued for seven days even when the picture pointed to a viral cause.",
  "A procalcitonin (PCT) test at admission and day 3 for adults with suspected lower respiratory tract infection on the acute medical unit, with an algorithm: PCT under 0.25 discourages antibiotics. Stewardship pharmacists follow up.",
  team=[(KOWAL, "team_member")], dept="Microbiology", kw=["procalcitonin", "PCT", "biomarker"], stage="testing")
L("lesson-ams-gentamicin-levels", KOWAL, "Gentamicin levels taken at the wrong time gave false alarms",
  "Several gentamicin levels were drawn at the wrong time after the dose, so the nomogram advice was wrong and doses were withheld.",
  "Print the time of the dose on the level request and teach phlebotomists the 6-14 hour window.", dept=D_AMS, kw=["gentamicin", "therapeutic drug monitoring"])
CAFE("cap-cafe-ams-week", KOWAL, "Knowledge cafe for World AMR Awareness Week",
  "Open conversation with ward staff during World Antimicrobial Resistance Awareness Week.",
  "What stops us reviewing antibiotics at 72 hours?",
  themes=["Nobody feels they own the review", "Microbiology results arrive after the ward round", "Patients expect antibiotics"],
  people=[PETROVA, DUNBAR, FRY, "Ward sisters from six wards"], held="2024-11-20", dept=D_AMS, kw=["WAAW", "antibiotic review", "AMR"])
RET("cap-retro-ams-ivos-project", FENWICK, "Retrospect on the IV-to-oral switch project",
  "End of the IVOS quality improvement project.",
  ["Halve the proportion of patients on IV antibiotics who could switch", "Build the prompt into e-prescribing"],
  successes=[("Prompt went live on time", "IT colleagues joined the project group from the start")],
  improvements=[("Surgical wards were slow to take it up", "We did not have a surgical champion")],
  recs=["Recruit a champion on every specialty before launch"], people=[KOWAL, PETROVA, FRY, BECKETT], dept=D_AMS, kw=["IVOS", "oral switch"])
L("lesson-ams-oral-switch-bioavailability", FRY, "Some oral antibiotics are as good as IV",
  "Doctors worried tablets were 'weaker'; showing the bioavailability table (e.g. doxycycline, clindamycin, linezolid near 100%) changed minds.",
  "Include a bioavailability chart in IV-to-oral switch teaching.", polarity="sustain", dept=D_AMS, kw=["oral switch", "bioavailability"])
S("story-ams-lks-duration", "lks_impact_case_study", "Antimicrobial pharmacist", "Shorter antibiotic courses backed by evidence summary",
  "The stewardship team wanted evidence that five days is enough for community-acquired pneumonia before changing the guideline.",
  "The library did a literature search and critical appraisal of randomised trials of short-course antibiotic therapy.",
  "The trust antibiotic guideline was changed to five days for uncomplicated CAP, saving an estimated 3,000 doses a year.",
  person=KOWAL, working_with=[HALE], services=["literature_search", "critical_appraisal"], kw=["antibiotic duration", "pneumonia", "guideline"])
I("inn-ams-app-guideline", KOWAL, "Antibiotic guideline app for prescribers' phones",
  "The antimicrobial guideline was a 90-page PDF that nobody could open on a ward computer during a ward round.",
  "The AMS team put the empirical antibiotic guidance into a mobile app with a penicillin-allergy pathway, renal dose adjustment and a link to the microbiology on-call rota.",
  team=[(DUNBAR, "clinical_champion"), (BECKETT, "team_member")], dept=D_AMS, kw=["app", "antibiotic guideline", "mobile"], stage="spreading", type_="digital")
L("lesson-ams-carbapenem-restriction", DUNBAR, "Restricting carbapenems needs an out-of-hours route",
  "After meropenem became a restricted antibiotic, night doctors could not reach a microbiologist and treatment of septic patients was delayed.",
  "Any restricted-antibiotic policy must include an on-call authorisation route and a first dose without approval for sepsis.", dept="Microbiology", kw=["carbapenem", "restricted antibiotics", "meropenem"])
# ---------------- TB ----------------
D_TB = "Tarnside TB service"
I("inn-tb-vot", RAMAN, "Video observed therapy for TB patients instead of daily home visits",
  "Directly observed therapy (DOT) meant a TB outreach worker visiting every day; with 40 patients it used most of the team's time and patients found it intrusive.",
  "We started video observed therapy (VOT): patients record themselves taking their tablets on a secure smartphone app and the TB nurses watch the videos each day. Patients without a phone are loaned one. Missed videos trigger a call, then a visit.",
  team=[(NOWAK, "team_member"), (WHITCOMBE, "team_member")], dept=D_TB, kw=["VOT", "DOT", "tuberculosis", "adherence"], stage="evaluated",
  outcome=[("Doses observed", "71%", "90%"), ("Outreach miles per month", "2,300", "600")])
S("story-tb-outreach-tomasz", "innovation_story", "TB outreach worker", "Going to where people are: TB tablets on the night bus route",
  "Some of my patients work nights in warehouses and were never home when I called.",
  "I asked them where they would be, and started meeting two of them at the bus interchange at 6 a.m. with their tablets and a flask of tea.",
  "Both finished treatment. Now the team plans visits around work shifts, not office hours.",
  person=NOWAK, dept=D_TB, kw=["TB", "outreach", "treatment completion"])
I("inn-tb-contact-tracing-tool", RAMAN, "Spreadsheet tool for TB contact tracing",
  "Contact tracing after a case of infectious pulmonary TB meant lists kept on paper, so household and workplace contacts were lost between teams.",
  "A shared contact-tracing workbook lists each index case, close and casual contacts, IGRA and chest X-ray dates, and results. Links to the UKHSA health protection team are set out on the front sheet.",
  team=[(NDLOVU, "team_member")], dept=D_TB, kw=["contact tracing", "TB", "IGRA"], stage="implemented", type_="process_admin")
L("lesson-tb-interpreters", RAMAN, "Use professional interpreters, not family, for TB consent and contact lists",
  "A teenage son interpreting for his father left out two workplace contacts because he did not know about them.",
  "Book a professional interpreter for the first TB clinic visit and for the contact-tracing interview.", dept=D_TB, kw=["interpreters", "contact tracing"])
HARV("cap-harvest-edith-cole", FENWICK, "Knowledge harvest: Edith Cole, TB nurse, before retirement",
  "Capture 30 years of TB nursing knowledge before Edith retires.", COLE, "retiring",
  ["Managing multidrug-resistant TB at home", "Working with hostels and night shelters", "Tracing contacts in schools"],
  "Edith stressed relationships: knowing the manager of each hostel, ringing the school nurse before a letter goes out, and always telling patients the tablets turn their urine orange. For MDR-TB she keeps a laminated side-effect checklist.",
  successor=RAMAN, dept=D_TB, kw=["TB", "MDR-TB", "knowledge harvest"])
I("inn-tb-latent-screening", WHITCOMBE, "Latent TB infection testing for new entrants in the GP-registration pathway",
  "Many people arriving from high-incidence countries were never offered a test for latent TB infection.",
  "An IGRA blood test is offered at a weekly community clinic; positive results are seen in the TB clinic for chest X-ray and 3 months of rifampicin and isoniazid.",
  team=[(RAMAN, "clinical_champion")], dept=D_TB, kw=["LTBI", "latent TB", "IGRA", "new entrant screening"], stage="embedded")
AAR("cap-aar-tb-school-screening", RAMAN, "AAR: TB screening at a secondary school after a pupil case",
  "Review the screening of 180 pupils and staff after a pupil was diagnosed with pulmonary TB.",
  "Consent letters out in 48h, screening session in school within two weeks, results to parents in four weeks.",
  "Letters went out in 48 hours, but the press got hold of the story and parents rang the switchboard before we had a helpline ready.",
  why="Communications plan was drafted after the letter, not before.",
  improve=["Set up a parents' phone line before letters go out", "Agree press statement with UKHSA first"],
  people=[WHITCOMBE, NOWAK, CARTER, "School nurse"], held="2025-02-11", dept=D_TB, kw=["TB", "school", "contact screening"])
L("lesson-tb-orange-urine", COLE, "Warn patients that rifampicin colours urine and tears orange",
  "Two patients stopped their TB tablets because they thought the orange urine meant kidney damage.",
  "Tell every patient starting rifampicin about orange body fluids and staining of soft contact lenses.", polarity="sustain", dept=D_TB, kw=["rifampicin", "side effects", "adherence"])
S("story-tb-mdr-lks", "lks_impact_case_study", "TB nurse specialist", "Evidence on bedaquiline regimens for the MDR-TB team",
  "The TB team had its first patient with multidrug-resistant TB in five years and needed up-to-date treatment evidence quickly.",
  "The clinical librarian found the WHO consolidated guidance and recent trials of all-oral regimens and set up a current-awareness alert.",
  "The regimen was agreed at the national MDR-TB clinical advice service call with the evidence to hand.",
  person=RAMAN, working_with=[HALE], services=["literature_search", "current_awareness"], kw=["MDR-TB", "bedaquiline"])
COP("cap-cop-tb-network", RAMAN, "TB nurses network meeting: spring", "Quarterly meeting of TB nurses across the region.",
  "Regional TB nurses network", agenda=["VOT roll-out", "Cohort review of last quarter's cases", "BCG supply"],
  people=[NOWAK, WHITCOMBE, COLE], dept=D_TB, kw=["TB", "cohort review", "network"],
  insights=["Cohort review - going through every case notified in the quarter - keeps treatment completion visible"])
L("lesson-tb-vot-phone-loans", NOWAK, "Loaned phones for VOT need a returns process",
  "Six of twenty loaned smartphones were not returned after treatment finished.",
  "Agree a return date at the start and collect the phone at the last clinic visit.", dept=D_TB, kw=["VOT", "equipment loan"])
