from build import I, S, L, AAR, RET, PA, HARV, CAFE, COP
from ids import *
D_OPAT = "OPAT service, Infectious Diseases"; D_IPC = "Infection Prevention and Control"; D_AMS = "Antimicrobial Stewardship team"
D_TB = "Tarnside TB service"; D_TRAV = "Travel and Tropical Medicine Clinic"; D_HLIU = "High Level Isolation Unit"
L("lesson-sopat-carers", PRYCE, "S-OPAT works only if the carer is trained too",
  "Two patients on self-administered outpatient antimicrobial therapy were readmitted when they became too unwell to give their own doses and nobody at home had been trained.",
  "Train a second person (carer or family member) for every S-OPAT patient where possible.", dept=D_OPAT, kw=["S-OPAT", "carers"])
S("story-community-iv-ward12", "innovation_story", "Ward 12 sister", "Ward 12's first patient home on parenteral antibiotics",
  "We had a man with a deep abscess who was medically fit but needed six more weeks of intravenous treatment; he was desperate to go home to his dog.",
  "The infection team assessed him, a midline was placed the next morning, and community IV therapy was arranged with a daily nurse visit.",
  "He went home four weeks early. The ward now refers suitable patients on day one.", person=PRYCE, dept="Ward 12", kw=["community IV therapy", "early discharge"])
AAR("cap-aar-opat-missed-dose", OKONKWO, "AAR: a missed antibiotic dose in the community", "Review why a patient at home missed a day of ertapenem.",
  "Daily dose given at home by the visiting nurse.", "No visit was made on Sunday; the patient missed a dose and rang the ward on Monday.",
  why="The visit was booked on a rota that did not cover weekends.", improve=["OPAT coordinator checks weekend visits every Friday"],
  people=[PRYCE, "District nursing team leader"], held="2025-01-27", dept=D_OPAT, kw=["missed dose", "OPAT", "weekend"])
L("lesson-cdiff-result-phoning", DUNBAR, "Phone positive Clostridium difficile toxin results to the ward",
  "Toxin-positive stool results sat unseen on the system overnight and the patient stayed in a bay.",
  "The laboratory phones every toxin-positive result to the nurse in charge, who isolates the patient within two hours.", dept="Microbiology", kw=["toxin result", "stool"])
S("story-ward7-tummy-bug", "learning_from_setback", "Ward 7 manager", "How a tummy bug closed Ward 7 for eleven days",
  "It started with one lady being sick after lunch. By the weekend nine patients and five staff had sickness and diarrhoea.",
  "We closed to admissions, moved well patients out, and the infection team helped us with the cleaning and the case list. Later tests confirmed viral gastroenteritis.",
  "We learned to shut the bay on day one, not wait for results. It is now in our ward handbook.", person=ADEYEMI, dept="Ward 7", kw=["sickness bug", "ward closure"])
L("lesson-gel-dispensers", JENKINS, "Empty hand rub dispensers at the bedside",
  "A third of alcohol gel pumps at bed ends were empty on a spot check, so staff skipped cleaning their hands.",
  "Make refilling gel dispensers part of the housekeeper's daily round.", dept="Ward 12", kw=["alcohol hand rub", "gel dispensers"])
I("inn-papr-loan-pool", ACHTER, "A loan pool of powered respirator hoods",
  "Staff who could not be fit tested to any disposable mask were being moved off respiratory wards.",
  "Twenty PAPR hoods are kept in a loan pool with batteries, cleaning wipes and a sign-out sheet; staff are trained to use and clean them.",
  dept="Respiratory protection team", kw=["PAPR", "powered hood", "RPE"], stage="implemented", type_="device_product")
L("lesson-tb-sputum", RAMAN, "Three early-morning sputum samples", "Single sputum samples missed smear-positive Mycobacterium tuberculosis in two patients.",
  "Send three sputum samples, including an early-morning one, for every suspected pulmonary case.", dept=D_TB, kw=["sputum", "mycobacteria", "diagnosis"])
AAR("cap-aar-tb-ward-exposure", RAMAN, "AAR: infectious TB found after five days on an open ward",
  "Review a patient with smear-positive pulmonary TB who was nursed in a six-bed bay for five days.",
  "Suspected TB isolated on admission.", "Chest X-ray changes were missed and the patient coughed on an open bay for five days. 23 patients and 14 staff were exposed and followed up.",
  why="Cough and weight loss were put down to a chest infection.", improve=["Add a TB question to the admission proforma", "Occupational health to follow up exposed staff"],
  people=[SANDOVAL, MCLEISH, WHITCOMBE], held="2025-10-02", dept=D_TB, kw=["TB exposure", "follow-up", "missed diagnosis"])
S("story-vhf-transfer", "km_success_story", "HCID lead", "Safe transfer of a patient with suspected viral haemorrhagic fever",
  "A man returned from Guinea with fever and was assessed as high risk for Ebola at a district hospital 40 miles away.",
  "The HCID team agreed transfer with a specialist ambulance team, prepared the HLIU and briefed staff on donning and doffing.",
  "Transfer went to plan; tests were negative for VHF and he had malaria.", person=SHEIKH, dept=D_HLIU, kw=["VHF", "Ebola", "transfer"])
L("lesson-doffing-drills", ELLIS, "Quarterly doffing drills keep skills alive", "Staff who had not practised for six months made more errors taking off protective equipment.",
  "Run a doffing drill with every HLIU nurse each quarter.", polarity="sustain", dept=D_HLIU, kw=["doffing", "drills", "skills decay"])
I("inn-bc-antt-training", MAHMOOD, "Aseptic non-touch technique training for blood culture takers",
  "Doctors and nurses taking blood cultures had never been assessed on technique, and false positives were common out of hours.",
  "All staff who take blood cultures complete ANTT e-learning and a practical sign-off by phlebotomy; a skin-flora 'false positive' is fed back to the person who took it.",
  team=[(DUNBAR, "team_member")], dept="Phlebotomy", kw=["ANTT", "aseptic technique", "skin contaminants"], stage="implemented", type_="education_training")
L("lesson-sepsis-lactate", TAIT, "Check lactate early", "A normal blood pressure hid septic shock in a young patient whose lactate was 5.",
  "Take a venous lactate with the first set of bloods in anyone with suspected sepsis.", dept="Sepsis and outreach", kw=["lactate", "septic shock"])
S("story-sepsis-relative", "discovery_story", "Relative", "'Nobody said the word sepsis': a wife's story",
  "My husband had a urine infection that turned into blood poisoning. I kept telling them he wasn't himself.",
  "The sepsis nurse met me and we made a short film about listening to families.",
  "The film is shown at every nurse induction and a 'could it be sepsis?' card is given to relatives.", person=TAIT, dept="Sepsis and outreach", kw=["patient story", "families"])
I("inn-ams-day3-timeout", PETROVA, "Antibiotic time-out on the day-3 surgical ward round",
  "Surgical patients were left on antibiotics started in theatre recovery long after they were needed.",
  "On day 3 the surgical team pauses for a 60-second antibiotic time-out: indication, cultures, stop date. The AMS nurse joins twice a week.",
  team=[(KOWAL, "team_member")], dept=D_AMS, kw=["antibiotic time-out", "surgery", "review"], stage="implemented")
L("lesson-oral-step-down-endocarditis", KOWAL, "Oral step-down works for selected endocarditis patients",
  "After the POET trial we moved stable endocarditis patients from intravenous to oral antibiotics after two weeks; none relapsed.",
  "Consider oral step-down at the endocarditis MDT for stable patients.", polarity="sustain", dept=D_AMS, kw=["endocarditis", "oral step-down", "POET"])
PA("cap-pa-ivos-tarnside", FENWICK, "Peer assist: moving from drips to tablets at Tarnside", "Tarnside's medical wards asked how we cut IV antibiotic use.",
  "Tarnside Hospitals medical wards", "How did you get doctors to change intravenous antibiotics to tablets sooner?",
  peers=[(KOWAL, "IVOS prompt on e-prescribing"), (FRY, "Audit method")], options=["Start with a point-prevalence audit", "Pharmacist-led switch on ward rounds"],
  dept=D_AMS, kw=["oral switch", "peer assist"])
L("lesson-cre-abroad", ASANTE, "Ask every patient about hospital treatment abroad",
  "A patient who had surgery in Turkey carried a carbapenem-resistant Enterobacterales (CRE) strain that was found only after transfer to a bay.",
  "Ask the 'hospital abroad in the last year?' question at admission and swab before placing in a bay.", dept=D_IPC, kw=["CRE", "medical tourism", "admission screening"])
S("story-mrsa-free-year", "km_success_story", "IPC lead nurse", "A year without a hospital-onset MRSA bloodstream infection",
  "The trust had four MRSA bacteraemias the year before, each traced to a line or cannula.",
  "Cannula care bundles, decolonisation of known carriers and weekly line audits.", "Twelve months with none; celebrated at the board.",
  person=MCLEISH, dept=D_IPC, kw=["MRSA bacteraemia", "zero tolerance"])
I("inn-ipc-az-app", NDLOVU, "Infection control A-Z on the staff app",
  "Staff rang the IPC team many times a day asking which precautions an infection needs.",
  "An A-Z of infections in the staff app gives the type of isolation, PPE, cleaning and how long precautions last.",
  team=[(MCLEISH, "clinical_champion")], dept="IPC information", kw=["app", "precautions", "A-Z"], stage="implemented", type_="digital")
L("lesson-anteroom-doors", MARSH, "Open ante-room doors break the pressure cascade",
  "Alarm logs showed airborne isolation rooms lost negative pressure whenever both the ante-room doors were open together.",
  "Keep one ante-room door shut at all times; fit door interlocks.", dept="Estates: ventilation", kw=["ante-room", "airborne isolation", "door interlock"])
I("inn-malaria-rdt", CHEN, "Malaria rapid tests at night",
  "At night there was no biomedical scientist trained in blood films, so travellers back from sub-Saharan Africa with fever waited until morning.",
  "A malaria rapid diagnostic test is run out of hours with films confirmed next morning; positive results go straight to the ID registrar.",
  team=[(TRAN, "team_member")], dept=D_TRAV, kw=["RDT", "Plasmodium falciparum", "out of hours"], stage="implemented")
S("story-student-elective", "km_success_story", "Medical school elective lead", "Pre-travel clinic for students going on elective abroad",
  "Medical students going on electives in Africa and Asia arrived with no vaccines or HIV post-exposure advice.",
  "The travel nurse ran group pre-travel sessions covering vaccines, malaria tablets, PEP starter packs and personal safety.",
  "All 46 students had a plan before they flew.", person=HADDAD, dept=D_TRAV, kw=["electives", "students", "pre-travel advice"])
L("lesson-splash-reporting", SANDOVAL, "Blood splashes to the eye go unreported",
  "A survey found most staff who had a blood splash to the eyes or mouth did not report it, thinking only needle injuries counted.",
  "Teach that splashes are exposures too and follow the same pathway.", dept="Occupational Health", kw=["splash injury", "mucocutaneous exposure"])
I("inn-tmv-temperature", MARSH, "Monthly water temperature checks at sentinel outlets",
  "Hot water in the older wing ran below 50 degrees, a Legionella risk.",
  "Sentinel taps are checked monthly and thermostatic mixing valves serviced yearly; results are reported to the water safety group.",
  dept="Estates: water safety", kw=["water temperature", "TMV", "water safety group"], stage="embedded", type_="process_admin")
S("story-porters-flu", "km_success_story", "Portering manager", "Porters' flu vaccine uptake doubled",
  "Only 30% of porters had the flu vaccine; many worked nights and never saw the clinic.",
  "A peer vaccinator from the portering team offered jabs in the porters' lodge at shift change.", "Uptake rose to 64%.",
  person=LINDQVIST, dept="Portering", kw=["flu vaccine", "porters"])
L("lesson-isolation-meals", OBI, "Patients in side rooms got cold meals", "Meals for patients behind closed doors were served last and often cold.",
  "Serve side-room patients first and check they can reach the tray.", dept="Heron Ward (infectious diseases)", kw=["mealtimes", "side rooms", "nutrition"])
I("inn-isolation-volunteer-calls", GALLAGHER, "Volunteers phone patients kept in isolation",
  "Patients in long-term source isolation had few visitors and told us the days were long and lonely.",
  "Trained volunteers phone each isolated patient daily for a chat and bring books and puzzles to the door.",
  team=[(OBI, "team_member")], dept="Heron Ward (infectious diseases)", kw=["volunteers", "loneliness", "telephone befriending"], stage="testing")
# ---- distractors ----
L("lesson-it-screen-lock", BECKETT, "Shared ward computers left unlocked", "Screens on shared computers were left logged in with patient records open.",
  "Set a two-minute screen lock and use tap-in smartcards.", dept="Digital services", kw=["screen lock", "information governance"])
S("story-hcsw-apprentice-cohort", "km_success_story", "Practice education", "First cohort of support worker apprentices qualifies",
  "We needed more healthcare support workers and wanted to grow our own.",
  "A cohort of 20 apprentices started together with a shared timetable and buddy scheme.", "18 qualified; 16 stayed.",
  person=LANG, dept="Practice education", kw=["apprenticeship", "cohort"])
L("lesson-isolation-valves", MARSH, "Mislabelled isolation valves left a dead leg in the water system",
  "Closed isolation valves during a refurbishment left a length of pipe with stagnant water, which then tested positive for Legionella.",
  "Label every isolation valve and review the schematic after any change.", dept="Estates: water safety", kw=["isolation valves", "dead legs", "schematics"])
S("story-travel-bursary", "km_success_story", "Nurse", "Travel bursary took our poster to the international conference",
  "I had a poster accepted but no money to travel.", "The charity travel bursary paid my flights and fees.",
  "We won a poster prize and made contacts with two other trusts.", person=ROWE, dept="Charity", kw=["travel bursary", "conference"])
L("lesson-outbreak-line-list", BRENNAN, "Start the outbreak line list on day one",
  "In the Ward 7 outbreak the line list of cases was reconstructed from notes a week later, losing onset times.",
  "Open a line list (case, ward, bed, onset date, symptoms, sample) as soon as two cases are suspected.", dept=D_IPC, kw=["line list", "outbreak investigation"])
L("lesson-gel-pump-procurement", KAPOOR, "Cheaper gel pumps leaked", "A switch to cheaper hand gel pump bottles saved money but they leaked in transit.",
  "Test samples before switching suppliers.", dept="Pharmacy stores", kw=["procurement", "gel", "pump bottles"])
