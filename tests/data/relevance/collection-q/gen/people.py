from build import P
from ids import *
N = "nursing_midwifery_registered"; M = "medical_dental"; A = "administrative_clerical"; S_ = "add_prof_scientific_technical"
P("adaeze-okonkwo", "Adaeze", "Okonkwo", "Consultant in infectious diseases, OPAT lead", "Infectious Diseases",
  "I lead the OPAT service and see adults with complex infections on Heron Ward and in clinic.",
  [("Outpatient parenteral antimicrobial therapy (OPAT)", "expert", [("inn-opat-self-admin", "clinical champion"), ("lesson-opat-bloods-weekly", "owner"), ("cap-retro-opat-virtual-ward", "participant"), ("cap-pa-opat-tarnside", "peer"), ("story-opat-lit-search-daptomycin", "requester")]),
   ("Virtual wards", "practitioner", [("cap-retro-opat-virtual-ward", "participant")])], ("be_contacted", "peer_assist", "speak"), M)
P("gethin-pryce", "Gethin", "Pryce", "OPAT clinical nurse specialist", "OPAT service",
  "I teach patients to do their own IV antibiotics at home and look after their lines.",
  [("Home IV antibiotics", "expert", [("inn-opat-self-admin", "lead"), ("story-opat-advice-line", "lead"), ("lesson-opat-patient-selection", "owner")]),
   ("PICC and midline insertion", "expert", [("inn-opat-picc-nurse-led", "lead"), ("lesson-opat-line-flush", "owner"), ("inn-opat-patient-passport", "co-lead")]),
   ("Elastomeric pumps", "practitioner", [("inn-opat-elastomeric", "co-lead"), ("cap-aar-opat-first-pump-weekend", "participant")])], ("be_contacted", "mentor", "peer_assist"), N)
P("marta-kowalczyk", "Marta", "Kowalczyk", "Consultant antimicrobial pharmacist", "Antimicrobial Stewardship team",
  "Antimicrobial stewardship: making sure patients get the right antibiotic, dose and duration, and no more.",
  [("Antimicrobial stewardship", "expert", [("inn-ams-ivos-criteria", "lead"), ("inn-ams-app-guideline", "lead"), ("cap-cafe-ams-week", "facilitator"), ("story-ams-lks-duration", "requester"), ("lesson-ams-gentamicin-levels", "owner")]),
   ("IV to oral switch", "expert", [("inn-ams-ivos-criteria", "lead"), ("cap-retro-ams-ivos-project", "participant")]),
   ("Antimicrobial resistance", "practitioner", [("story-ams-amr-teaching", "co-teacher")]),
   ("OPAT antibiotic choice", "practitioner", [("inn-opat-elastomeric", "team member")])], ("be_contacted", "speak", "review"), S_)
P("hamish-dunbar", "Hamish", "Dunbar", "Consultant microbiologist", "Microbiology",
  "Consultant microbiologist. Ask me about blood cultures, resistant organisms and difficult antibiotic decisions.",
  [("Blood cultures and bacteraemia", "expert", [("lesson-bc-volume", "owner"), ("story-bc-rapid-id", "lead"), ("inn-bc-contamination-packs", "clinical champion")]),
   ("Antimicrobial resistance (AMR)", "expert", [("story-ams-amr-teaching", "co-teacher"), ("lesson-ams-carbapenem-restriction", "owner"), ("inn-ams-procalcitonin", "lead")]),
   ("CPE", "aware", [("inn-cpe-admission-screening", "team member")])], ("be_contacted", "review"), M)
P("priya-raman", "Priya", "Raman", "TB clinical nurse specialist", "Tarnside TB service",
  "I run the TB nursing team: treatment support, video observed therapy and contact tracing.",
  [("Tuberculosis", "expert", [("inn-tb-vot", "lead"), ("lesson-tb-interpreters", "owner"), ("cap-cop-tb-network", "facilitator"), ("story-tb-mdr-lks", "requester")]),
   ("Video observed therapy (VOT)", "expert", [("inn-tb-vot", "lead")]),
   ("Contact tracing", "expert", [("inn-tb-contact-tracing-tool", "lead"), ("cap-aar-tb-school-screening", "facilitator")])], ("be_contacted", "mentor", "peer_assist"), N)
P("tomasz-nowak", "Tomasz", "Nowak", "TB outreach worker", "Tarnside TB service",
  "I take TB tablets to people who find it hard to get to clinic, wherever they are.",
  [("Helping people finish TB treatment", "practitioner", [("story-tb-outreach-tomasz", "lead"), ("lesson-tb-vot-phone-loans", "owner"), ("inn-tb-vot", "team member")])], ("be_contacted", "coffee_trial"), "additional_clinical_services")
P("fiona-mcleish", "Fiona", "McLeish", "Lead nurse, infection prevention and control", "Infection Prevention and Control",
  "I lead the IPC nursing team. Outbreaks, C. diff, side-room decisions and cohorting are my daily work.",
  [("Clostridioides difficile (C. diff)", "expert", [("inn-ipc-cdiff-ward-rounds", "lead")]),
   ("Cohort nursing and bay closures", "expert", [("inn-ipc-cohort-bays", "lead"), ("cap-aar-flu-outbreak-ward9", "facilitator")]),
   ("Isolation and side room prioritisation", "expert", [("inn-ipc-isolation-priority-tool", "lead")]),
   ("Outbreak management", "practitioner", [("cap-retro-noro-winter", "participant"), ("cap-aar-flu-outbreak-ward9", "facilitator"), ("story-ipc-superbug-lit", "requester")])], ("be_contacted", "speak"), N)
P("kwame-asante", "Kwame", "Asante", "Infection prevention and control nurse", "Infection Prevention and Control",
  "IPC nurse. I run the link practitioner network, hand hygiene audits and screening for resistant bugs.",
  [("Hand hygiene", "expert", [("inn-hh-peer-observers", "lead"), ("cap-cop-link-practitioners", "facilitator")]),
   ("CPE screening", "expert", [("inn-cpe-admission-screening", "lead"), ("lesson-cpe-letters", "owner")]),
   ("MRSA decolonisation", "practitioner", [("inn-mrsa-decolonisation", "lead")]),
   ("Peripheral cannula care", "practitioner", [("lesson-ipc-cannula-vip", "owner")])], ("be_contacted", "mentor"), N)
P("rhiannon-ellis", "Rhiannon", "Ellis", "Charge nurse, High Level Isolation Unit", "High Level Isolation Unit",
  "Charge nurse on the HLIU. I train staff in PPE donning and doffing for high consequence infections.",
  [("PPE donning and doffing", "expert", [("inn-hliu-buddy-doffing", "lead"), ("story-ppe-video", "lead"), ("lesson-hliu-comms", "owner")]),
   ("High consequence infectious diseases (HCID)", "expert", [("cap-aar-hcid-exercise", "participant"), ("cap-retro-mpox", "participant"), ("cap-pa-hliu-network", "participant")]),
   ("Fit testing", "aware", [("inn-fit-test-programme", "team member")])], ("be_contacted", "speak", "peer_assist"), N)
P("samuel-achterberg", "Samuel", "Achterberg", "Respiratory protection and fit testing coordinator", "Respiratory protection team",
  "I make sure staff have an FFP3 respirator or hood that fits them.",
  [("FFP3 fit testing", "expert", [("inn-fit-test-programme", "lead"), ("lesson-fit-test-beards", "owner")]),
   ("PPE", "practitioner", [("inn-hliu-buddy-doffing", "team member")])], ("be_contacted",), "additional_clinical_services")
P("leila-haddad", "Leila", "Haddad", "Travel health nurse", "Travel and Tropical Medicine Clinic",
  "I see people before they travel abroad: jabs, malaria tablets and advice.",
  [("Travel vaccinations", "expert", [("inn-travel-yellow-fever", "lead"), ("lesson-travel-rabies", "owner")]),
   ("Malaria prevention in VFR travellers", "practitioner", [("story-travel-vfr", "lead")])], ("be_contacted", "speak"), N)
P("oliver-tran", "Oliver", "Tran", "Specialty registrar, infectious diseases and tropical medicine", "Travel and Tropical Medicine Clinic",
  "ID registrar with an interest in tropical medicine and fever in returning travellers.",
  [("Fever in the returning traveller", "expert", [("inn-malaria-pathway", "lead"), ("cap-cafe-tropical", "facilitator")]),
   ("Malaria", "practitioner", [("inn-malaria-pathway", "lead")]),
   ("HCID exercises", "aware", [("cap-aar-hcid-exercise", "participant")])], ("be_contacted", "speak"), M)
P("bronwen-tait", "Bronwen", "Tait", "Sepsis nurse practitioner", "Sepsis and outreach",
  "I help wards and ED spot sepsis early and treat it fast.",
  [("Sepsis", "expert", [("inn-sepsis-ward-trigger", "lead"), ("story-bc-sepsis-six", "lead"), ("cap-aar-sepsis-sim", "facilitator")]),
   ("Blood cultures", "practitioner", [("lesson-sepsis-paired-cultures", "owner"), ("inn-bc-contamination-packs", "team member")])], ("be_contacted", "speak"), N)
P("yusuf-mahmood", "Yusuf", "Mahmood", "Phlebotomy team leader", "Phlebotomy",
  "I run the phlebotomy team. We take the blood, including blood cultures, for the wards.",
  [("Blood culture contamination", "expert", [("inn-bc-contamination-packs", "lead"), ("lesson-bc-labels", "owner")])], ("be_contacted",), "additional_clinical_services")
P("catriona-hale", "Catriona", "Hale", "Clinical librarian, infection services", "Knowledge and Library Services",
  "Clinical librarian for the infection services: literature searches, evidence summaries and current awareness.",
  [("Literature searching", "expert", [("story-opat-lit-search-daptomycin", "librarian"), ("story-ams-lks-duration", "librarian"), ("story-tb-mdr-lks", "librarian"), ("story-ipc-superbug-lit", "librarian")])], ("be_contacted", "review"), A)
P("daniel-fenwick", "Daniel", "Fenwick", "Knowledge manager", "Knowledge and Library Services",
  "I facilitate after action reviews, retrospects, peer assists and knowledge harvests.",
  [("Knowledge capture (AAR, retrospect, peer assist)", "expert", [("cap-aar-opat-first-pump-weekend", "facilitator"), ("cap-retro-opat-virtual-ward", "facilitator"), ("cap-pa-opat-tarnside", "facilitator"), ("cap-harvest-edith-cole", "facilitator"), ("lesson-host-team-peer-assist", "owner")])], ("be_contacted", "mentor", "peer_assist"), A)
P("grace-obi", "Grace", "Obi", "Ward manager, Heron Ward", "Heron Ward (infectious diseases)",
  "I manage Heron Ward, our infectious diseases ward with 20 single rooms.",
  [("Caring for patients in isolation", "expert", [("inn-isolation-wellbeing", "co-lead"), ("story-isolation-patient", "lead"), ("lesson-isolation-signage", "owner")])], ("be_contacted", "coffee_trial"), N)
P("niamh-gallagher", "Niamh", "Gallagher", "Occupational therapist, infection services", "Heron Ward (infectious diseases)",
  "I help patients who are stuck in a side room for weeks keep busy, keep moving and keep in touch.",
  [("Wellbeing of patients in source isolation", "expert", [("inn-isolation-wellbeing", "lead"), ("cap-retro-mpox", "participant")])], ("be_contacted",), "allied_health_professionals")
P("ravi-chandran", "Ravi", "Chandran", "Consultant virologist", "Virology",
  "Consultant virologist: blood-borne viruses, viral load testing and advice after sharps injuries.",
  [("Blood-borne viruses", "expert", [("story-bbv-source-testing", "lead"), ("lesson-hepb-boosters", "owner")]),
   ("Needlestick injuries", "practitioner", [("inn-needlestick-hotline", "clinical champion")])], ("be_contacted", "review"), M)
P("helen-sandoval", "Helen", "Sandoval", "Occupational health nurse", "Occupational Health",
  "I look after staff who have had a sharps injury or splash, from the first phone call to the last blood test.",
  [("Needlestick and sharps injuries", "expert", [("inn-needlestick-hotline", "lead"), ("lesson-sharps-bins", "owner")]),
   ("Staff exposed to measles and chickenpox", "practitioner", [("lesson-chickenpox-staff", "owner"), ("lesson-measles-staff-exclusion", "owner"), ("cap-aar-measles-ed", "participant")])], ("be_contacted",), N)
P("joe-marsh", "Joe", "Marsh", "Authorising engineer, ventilation and water", "Estates",
  "Estates engineer. Ventilation for isolation rooms, water safety and Legionella.",
  [("Negative pressure isolation rooms", "expert", [("inn-neg-pressure-monitors", "lead"), ("lesson-ventilation-annual", "owner"), ("cap-pa-hliu-network", "participant")]),
   ("Water safety and Legionella", "expert", [("inn-legionella-flushing", "lead"), ("lesson-sink-traps", "owner")])], ("be_contacted",), "estates_ancillary")
P("ana-ferreira", "Ana", "Ferreira", "Domestic services supervisor", "Domestic services",
  "I supervise the cleaning teams, including deep cleans after infections.",
  [("Terminal cleaning", "expert", [("inn-ipc-terminal-clean-tracker", "lead"), ("lesson-ipc-hpv", "owner"), ("lesson-ipc-commodes", "owner")]),
   ("Norovirus cleaning", "practitioner", [("cap-retro-noro-winter", "participant"), ("inn-ipc-cohort-bays", "team member")])], ("be_contacted",), "estates_ancillary")
P("mei-lin-zhou", "Mei-Lin", "Zhou", "Senior pharmacy technician, homecare", "Pharmacy homecare",
  "I arrange medicines delivered to patients at home, including antibiotic pumps.",
  [("Elastomeric devices", "expert", [("inn-opat-elastomeric", "lead"), ("cap-aar-opat-first-pump-weekend", "participant")]),
   ("Homecare medicines", "practitioner", [("lesson-opat-homecare-contract", "owner")])], ("be_contacted",), S_)
P("imran-sheikh", "Imran", "Sheikh", "Consultant in infectious diseases, HCID lead", "High Level Isolation Unit",
  "I lead our high consequence infectious disease preparedness: Ebola, Lassa, MERS and friends.",
  [("High consequence infectious diseases", "expert", [("cap-aar-hcid-exercise", "facilitator"), ("cap-retro-mpox", "facilitator"), ("cap-pa-hliu-network", "peer")]),
   ("PPE for HCID", "practitioner", [("inn-hliu-buddy-doffing", "clinical champion")])], ("be_contacted", "speak"), M)
P("kate-arnold", "Kate", "Arnold", "Matron, emergency department", "Emergency Department",
  "ED matron.",
  [("Travel history at triage", "practitioner", [("lesson-hcid-travel-question", "owner"), ("inn-malaria-pathway", "clinical champion")])], ("be_contacted",), N)
P("colm-reilly", "Colm", "Reilly", "Patient partner", "OPAT service",
  "I had twelve weeks of IV antibiotics at home after a spinal infection and now help the team see things from the patient's side.",
  [("Living with a PICC line at home", "practitioner", [("inn-opat-patient-passport", "lead"), ("inn-opat-self-admin", "patient partner")])], ("be_contacted", "speak"))
P("lowri-jenkins", "Lowri", "Jenkins", "Healthcare assistant and hand hygiene champion", "Ward 12",
  "I'm the one on Ward 12 who nags everyone to wash their hands properly.",
  [("Hand washing", "practitioner", [("story-hh-hca-champion", "lead"), ("lesson-hh-gloves", "owner"), ("inn-hh-peer-observers", "team member")])], ("be_contacted", "coffee_trial"), "additional_clinical_services")
P("george-ndlovu", "George", "Ndlovu", "Information analyst, infection prevention", "IPC information",
  "I build the infection surveillance dashboards and keep the data clean.",
  [("Infection surveillance data", "expert", [("inn-surveillance-dashboard", "lead"), ("lesson-surveillance-definitions", "owner")]),
   ("Contact tracing records", "aware", [("inn-tb-contact-tracing-tool", "team member")])], ("be_contacted",), A)
P("anya-petrova", "Anya", "Petrova", "Antimicrobial stewardship nurse", "Antimicrobial Stewardship team",
  "AMS nurse. I visit wards to review antibiotic prescriptions with the teams.",
  [("72-hour antibiotic review", "expert", [("inn-ams-72h-review", "lead"), ("lesson-ams-sticker-fatigue", "owner")]),
   ("IV to oral switch", "practitioner", [("inn-ams-ivos-criteria", "team member"), ("cap-retro-ams-ivos-project", "participant")]),
   ("Sepsis", "aware", [("inn-sepsis-ward-trigger", "team member")])], ("be_contacted",), N)
P("peter-lindqvist", "Peter", "Lindqvist", "Staff vaccination lead", "Occupational Health",
  "I run the staff flu and COVID vaccination campaigns.",
  [("Staff flu vaccination", "expert", [("inn-flu-peer-vaccinators", "lead"), ("lesson-flu-myths", "owner")])], ("be_contacted", "speak"), N)
P("aoife-brennan", "Aoife", "Brennan", "Consultant nurse, infection prevention", "Infection Prevention and Control",
  "Consultant nurse and deputy DIPC. I chair outbreak meetings and look at how infections spread between wards.",
  [("Outbreak control", "expert", [("lesson-ipc-outbreak-meeting-early", "owner"), ("cap-retro-noro-winter", "facilitator")]),
   ("Norovirus", "expert", [("cap-retro-noro-winter", "facilitator"), ("inn-ipc-cohort-bays", "co-lead")])], ("be_contacted", "speak", "mentor"), N)
P("kemi-adeyemi", "Kemi", "Adeyemi", "Matron, surgical wards", "Surgical wards",
  "Matron for four surgical wards.",
  [("C. diff on surgical wards", "practitioner", [("lesson-cdiff-stool-chart", "owner"), ("inn-ipc-cdiff-ward-rounds", "clinical champion")]),
   ("Managing outbreaks on the ward", "aware", [("cap-aar-flu-outbreak-ward9", "participant")])], ("be_contacted",), N)
P("jonah-fry", "Jonah", "Fry", "Foundation year 2 doctor", "Acute Medicine",
  "FY2 doctor; I did the audit behind the IV to oral switch prompt.",
  [("IV to oral antibiotic switch audit", "aware", [("lesson-ams-oral-switch-bioavailability", "owner"), ("inn-ams-ivos-criteria", "team member")])], ("be_contacted",), M)
P("sarah-whitcombe", "Sarah", "Whitcombe", "TB nurse, latent TB programme", "Tarnside TB service",
  "I run the latent TB testing clinics in the community.",
  [("Latent TB infection testing", "expert", [("inn-tb-latent-screening", "lead")]),
   ("TB contact screening", "practitioner", [("cap-aar-tb-school-screening", "participant")])], ("be_contacted",), N)
P("chen-wei", "Chen", "Wei", "Consultant in tropical medicine", "Travel and Tropical Medicine Clinic",
  "Consultant in tropical and travel medicine: malaria, schistosomiasis and other imported infections.",
  [("Malaria", "expert", [("lesson-malaria-film-repeat", "owner"), ("inn-malaria-pathway", "co-lead")]),
   ("Imported infections", "expert", [("lesson-schisto", "owner"), ("cap-cafe-tropical", "participant")])], ("be_contacted", "review"), M)
P("edith-cole", "Edith", "Cole", "Senior TB nurse (retiring 2026)", "Tarnside TB service",
  "Thirty years a TB nurse. Ask me about MDR-TB, hostels and tracing contacts in schools before I go.",
  [("TB nursing", "expert", [("cap-harvest-edith-cole", "harvestee"), ("lesson-tb-orange-urine", "owner")]),
   ("MDR-TB", "expert", [("cap-harvest-edith-cole", "harvestee")])], ("be_contacted", "mentor"), N)
P("nadia-rahman", "Nadia", "Rahman", "Community infection prevention nurse", "Community IPC",
  "I support care homes with infection control and outbreaks.",
  [("Care home outbreaks", "expert", [("story-ipc-care-homes-noro", "lead")])], ("be_contacted",), N)
# ---------------- trap people ----------------
P("jasmine-carter", "Jasmine", "Carter", "Digital communications officer", "Communications",
  "I run our social media. I know what makes a post go viral, and what to do when it goes viral for the wrong reasons.",
  [("Viral social media content", "expert", [("story-comms-viral-post", "lead"), ("lesson-comms-viral-backlash", "owner")]),
   ("Media exposure and press", "practitioner", [("lesson-exposure-media", "owner"), ("cap-aar-tb-school-screening", "participant")])], ("be_contacted", "speak"), A)
P("liam-beckett", "Liam", "Beckett", "EPMA systems analyst", "Digital services",
  "I fix bugs in the e-prescribing system and sort out screens and hardware on the wards.",
  [("Software bugs and defect triage", "expert", [("inn-it-eprescribing-bugs", "lead")]),
   ("Ward computer screens", "practitioner", [("lesson-it-screens-wards", "owner")]),
   ("E-prescribing prompts", "aware", [("cap-retro-ams-ivos-project", "participant"), ("inn-ams-app-guideline", "team member")])], ("be_contacted",), A)
P("sophie-lang", "Sophie", "Lang", "Preceptorship lead", "Practice education",
  "I support newly registered and international nurses through our preceptorship cohorts.",
  [("Cohort-based preceptorship", "expert", [("inn-preceptorship-cohorts", "lead"), ("cap-retro-ina-cohort", "facilitator")])], ("be_contacted", "mentor"), N)
P("martin-greaves", "Martin", "Greaves", "Head of innovation and improvement", "Innovation and Improvement",
  "I help good ideas spread: spread and adoption, the staff innovation incubator, and scaling up across the network.",
  [("Spread and adoption", "expert", [("inn-spread-adoption-toolkit", "lead"), ("story-theatre-of-spread", "lead")]),
   ("Innovation incubation", "expert", [("inn-innovation-incubator", "lead")])], ("be_contacted", "speak", "mentor"), A)
P("harriet-moss", "Harriet", "Moss", "Organisational development lead", "Organisational Development",
  "Culture is my job: just culture, team culture conversations, speaking up.",
  [("Culture change", "expert", [("inn-od-culture-survey", "lead"), ("cap-cafe-just-culture", "facilitator")])], ("be_contacted", "speak"), A)
P("gareth-rowe", "Gareth", "Rowe", "Travel and transport manager", "Travel and transport",
  "Staff travel, parking, the shuttle bus and car sharing.",
  [("Staff travel", "expert", [("inn-staff-travel-car-share", "lead"), ("lesson-travel-expenses", "owner")])], ("be_contacted",), A)
P("ella-winthrop", "Ella", "Winthrop", "Staff wellbeing lead", "Staff wellbeing",
  "I look after staff wellbeing, especially people who feel isolated: night workers and lone workers.",
  [("Social isolation and loneliness among staff", "expert", [("inn-staff-loneliness-nights", "lead"), ("lesson-lone-working", "owner")])], ("be_contacted", "coffee_trial"), A)
P("paul-desai", "Paul", "Desai", "Finance business partner", "Finance",
  "Finance partner for innovation and clinical support. Good stewardship of public money; pump-priming and business cases.",
  [("Pump-priming funding", "practitioner", [("lesson-finance-pump-priming", "owner"), ("inn-innovation-incubator", "team member")])], ("be_contacted",), A)
P("rosa-delgado", "Rosa", "Delgado", "Change manager", "Transformation office",
  "I help teams through change and work with resistance rather than against it.",
  [("Resistance to change", "expert", [("lesson-resistance-to-change", "owner"), ("cap-cafe-just-culture", "participant")])], ("be_contacted",), A)
P("ian-fairclough", "Ian", "Fairclough", "Contact centre and switchboard manager", "Contact centre and switchboard",
  "I run the switchboard, the phone lines and the single point of contact for outpatients.",
  [("Contact centre", "expert", [("inn-contact-centre", "lead"), ("lesson-switchboard-lines", "owner"), ("lesson-clearance-backlog", "owner")])], ("be_contacted",), A)
P("neha-kapoor", "Neha", "Kapoor", "Pharmacy stores manager", "Pharmacy stores",
  "I run pharmacy stores: stock, recalls, quarantine and couriers.",
  [("Medicines quarantine and recalls", "expert", [("lesson-pharmacy-quarantine", "owner"), ("lesson-courier-carrier", "owner")])], ("be_contacted",), S_)
P("tom-hadley", "Tom", "Hadley", "Staff health and fitness coordinator", "Staff wellbeing",
  "I run the staff gym, fitness testing and the Fit for the Future challenge.",
  [("Fitness testing", "expert", [("inn-staff-fitness-testing", "lead")])], ("be_contacted", "coffee_trial"), "additional_clinical_services")
P("zainab-yusuf", "Zainab", "Yusuf", "Sustainability manager", "Sustainability",
  "Environmental stewardship: energy, waste and the Greener NHS plan.",
  [("Environmental stewardship", "expert", [("inn-green-stewardship", "lead")])], ("be_contacted", "speak"), A)
P("hugo-barnes", "Hugo", "Barnes", "Health and safety advisor", "Health and Safety",
  "COSHH, noise, dust and other workplace exposures.",
  [("Workplace exposure (COSHH)", "expert", [("lesson-dust-exposure", "owner")])], ("be_contacted",), A)
P("isla-murray", "Isla", "Murray", "Outreach librarian", "Knowledge and Library Services",
  "Current awareness bulletins and search training for staff.",
  [("Current awareness", "practitioner", [("story-tb-mdr-lks", "librarian")])], ("be_contacted", "review"), A)
# evidence added when records_6 was written
from build import PEOPLE
EXTRA = {
 "person-gethin-pryce": [(0, "lesson-sopat-carers", "owner"), (0, "story-community-iv-ward12", "lead"), (1, "lesson-line-infection-bundle", "owner")],
 "person-adaeze-okonkwo": [(0, "cap-aar-opat-missed-dose", "facilitator")],
 "person-rhiannon-ellis": [(0, "lesson-doffing-drills", "owner")],
 "person-imran-sheikh": [(0, "story-vhf-transfer", "lead")],
 "person-samuel-achterberg": [(0, "inn-papr-loan-pool", "lead")],
 "person-joe-marsh": [(0, "lesson-anteroom-doors", "owner"), (1, "inn-tmv-temperature", "lead")],
 "person-chen-wei": [(0, "inn-malaria-rdt", "lead")],
 "person-helen-sandoval": [(0, "lesson-splash-reporting", "owner")],
 "person-peter-lindqvist": [(0, "story-porters-flu", "vaccination lead")],
 "person-niamh-gallagher": [(0, "inn-isolation-volunteer-calls", "lead")],
 "person-kwame-asante": [(1, "lesson-cre-abroad", "owner")],
 "person-marta-kowalczyk": [(1, "lesson-oral-step-down-endocarditis", "owner"), (1, "cap-pa-ivos-tarnside", "peer")],
 "person-anya-petrova": [(0, "inn-ams-day3-timeout", "lead")],
 "person-bronwen-tait": [(0, "lesson-sepsis-lactate", "owner"), (0, "story-sepsis-relative", "lead")],
 "person-yusuf-mahmood": [(0, "inn-bc-antt-training", "lead")],
 "person-priya-raman": [(0, "lesson-tb-sputum", "owner"), (2, "cap-aar-tb-ward-exposure", "facilitator")],
 "person-aoife-brennan": [(0, "lesson-outbreak-line-list", "owner")],
 "person-leila-haddad": [(0, "story-student-elective", "lead")],
 "person-liam-beckett": [(1, "lesson-it-screen-lock", "owner")],
}
for _p in PEOPLE:
    for _i, _r, _role in EXTRA.get(_p["id"], []):
        _p["profile"]["expertise"][_i].setdefault("evidence", []).append({"record": _r, "role": _role})
