"""People and their expertise profiles. Evidence points at records they led, wrote or took part in."""
from helpers import person

ICB = ("Marlowe and Wolds Integrated Care Board", "QM7")
FED = ("Vale and Wolds GP Federation", "VWF01")
ECC = ("Eastmarch Hospitals NHS Trust", "R8E")

person("person-ruth-okonedo", "Ruth", "Okonedo", "Renal Sister", "Renal Unit (Brook Ward)",
       "I look after our kidney patients on the unit and help people learn to do their own treatment at home. Happy to talk about anything to do with the machines, getting people here and home again, and keeping patients well between sessions.",
       [("Haemodialysis", "expert", [("inn-renal-home-hd", "lead"), ("inn-renal-exercise-bikes", "lead"), ("cap-renal-water-aar", "participant")]),
        ("Home dialysis training", "expert", [("inn-renal-home-hd", "lead"), ("cap-renal-home-pd", "participant")]),
        ("Patient transport", "practitioner", [("story-renal-transport", "requester"), ("cap-renal-transport-peer-assist", "participant")])],
       willing=("be_contacted", "peer_assist", "mentor"), staff_group="nursing_midwifery_registered")

person("person-daniel-pryce", "Daniel", "Pryce", "Consultant Nephrologist", "Renal Medicine",
       "Nephrologist covering the Brook Ward dialysis unit, acute kidney injury and renal anaemia. I also answer renal advice and guidance requests from GPs.",
       [("Acute kidney injury", "expert", [("inn-aki-alerts", "lead")]),
        ("Renal anaemia", "expert", [("story-lks-renal-iron", "requester")]),
        ("Nephrology", "expert", [("inn-renal-home-hd", "clinical champion"), ("cap-renal-water-aar", "participant")])],
       willing=("be_contacted", "speak", "review"), display="Dr Daniel Pryce", staff_group="medical_dental")

person("person-kerry-fenwick", "Kerry", "Fenwick", "Vascular Access Nurse Specialist", "Renal Unit (Brook Ward)",
       "Fistulas, grafts and lines: I plan and look after vascular access for dialysis and help the day unit with PICCs.",
       [("Arteriovenous fistula", "expert", [("inn-renal-buttonhole", "lead"), ("lesson-renal-fistula-checks", "owner"), ("cap-renal-nurses-cop", "facilitator")]),
        ("Cannulation", "expert", [("inn-renal-buttonhole", "lead")]),
        ("PICC lines", "practitioner", [("inn-chemo-picc-service", "team member")])],
       willing=("be_contacted", "peer_assist"), staff_group="nursing_midwifery_registered")

person("person-mohammed-iqbal", "Mohammed", "Iqbal", "Lead Chemotherapy Nurse", "Chemotherapy Day Unit (Lavender Suite)",
       "I run the chemotherapy day unit. Ask me about scalp cooling, PICC insertion, booking treatment and keeping patients safe on SACT.",
       [("Scalp cooling", "expert", [("inn-chemo-scalp-cooling", "lead")]),
        ("Chemotherapy", "expert", [("story-chemo-cycle-booking", "requester"), ("lesson-chemo-extravasation-kits", "owner"), ("inn-chemo-picc-service", "lead")]),
        ("PICC insertion", "expert", [("inn-chemo-picc-service", "lead")])],
       willing=("be_contacted", "mentor", "speak"), staff_group="nursing_midwifery_registered")

person("person-helen-marsh", "Helen", "Marsh", "Consultant Clinical Oncologist", "Cancer Services",
       "Clinical oncologist based at Eastmarch Cancer Centre, running radiotherapy and chemotherapy clinics at Marlowe Vale two days a week.",
       [("Radiotherapy", "expert", [("cap-radiotherapy-retro-satellite", "participant")]),
        ("Oral SACT", "aware", [("inn-oral-sact-clinic", "clinical champion")])],
       display="Dr Helen Marsh", employer=ECC, staff_group="medical_dental")

person("person-sian-lloyd", "Siân", "Lloyd", "Acute Oncology Nurse Specialist", "Acute Oncology",
       "I help patients who become unwell on cancer treatment: the 24-hour advice line, neutropenic sepsis, immunotherapy side effects, and getting people to radiotherapy.",
       [("Acute oncology", "expert", [("inn-chemo-triage-line", "lead"), ("cap-acute-oncology-cafe", "speaker")]),
        ("Neutropenic sepsis", "expert", [("lesson-neutropenic-sepsis-door-to-needle", "owner")]),
        ("Radiotherapy travel", "practitioner", [("story-radiotherapy-volunteer-drivers", "requester"), ("cap-radiotherapy-retro-satellite", "participant")])],
       willing=("be_contacted", "speak"), staff_group="nursing_midwifery_registered")

person("person-zainab-kaur", "Zainab", "Kaur", "Lead Oncology Pharmacist", "Oncology Pharmacy",
       "Oncology pharmacist and non-medical prescriber. I run the oral anticancer medicines clinic.",
       [("Oral SACT", "expert", [("inn-oral-sact-clinic", "lead")]),
        ("Non-medical prescribing", "practitioner", [("inn-oral-sact-clinic", "lead")])],
       staff_group="add_prof_scientific_technical")

person("person-grace-adeyemi", "Grace", "Adeyemi", "Consultant Midwife", "Maternity (Heronsgate Birth Suite)",
       "Consultant midwife. Birth choices, enhanced recovery after caesarean, induction of labour and the birth centre.",
       [("Caesarean section", "expert", [("inn-mat-eras-caesarean", "lead"), ("story-lks-mat-vbac", "requester")]),
        ("Induction of labour", "expert", [("inn-mat-outpatient-iol", "lead"), ("lesson-mat-induction-delays", "owner")]),
        ("Midwifery-led care", "practitioner", [("cap-mat-birth-centre-retro", "participant")])],
       willing=("be_contacted", "mentor", "speak"), staff_group="nursing_midwifery_registered")

person("person-bethan-cole", "Bethan", "Cole", "Practice Development Midwife", "Maternity (Heronsgate Birth Suite)",
       "I run skills drills and obstetric emergencies training for the birth suite.",
       [("Postpartum haemorrhage", "expert", [("inn-mat-pph-drills", "lead"), ("lesson-mat-measure-blood-loss", "owner"), ("cap-mat-mohaemorrhage-aar", "facilitator")]),
        ("Simulation training", "expert", [("inn-mat-pph-drills", "lead")])],
       willing=("be_contacted", "peer_assist", "speak"), staff_group="nursing_midwifery_registered")

person("person-lucy-harrington", "Lucy", "Harrington", "Infant Feeding Lead Midwife", "Infant Feeding Team",
       "Breastfeeding support, expressing, donor milk and Baby Friendly.",
       [("Infant feeding", "expert", [("inn-mat-donor-milk", "lead")]),
        ("Donor breast milk", "expert", [("inn-mat-donor-milk", "lead")]),
        ("Neonatal hypoglycaemia", "aware", [("inn-neo-dextrose-gel", "team member")])],
       staff_group="nursing_midwifery_registered")

person("person-tom-whitaker", "Tom", "Whitaker", "Consultant Paediatrician (Neonates)", "Special Care Baby Unit (SCBU)",
       "Neonatal lead for the special care baby unit: low blood sugar in newborns, breathing support, cooling before transfer, and keeping mothers and babies together.",
       [("Neonatal hypoglycaemia", "expert", [("inn-neo-dextrose-gel", "lead")]),
        ("Neonatal respiratory support", "expert", [("inn-neo-high-flow", "lead")]),
        ("Therapeutic hypothermia", "practitioner", [("lesson-neo-cooling-before-transfer", "owner")]),
        ("Transitional care", "practitioner", [("inn-neo-transitional-care", "co-lead")])],
       display="Dr Tom Whitaker", willing=("be_contacted", "review"), staff_group="medical_dental")

person("person-annie-mcbride", "Annie", "McBride", "Neonatal Sister", "Special Care Baby Unit (SCBU)",
       "I help parents of tiny and poorly babies to care for them: holding, skin to skin, feeding and getting ready for home.",
       [("Kangaroo care", "expert", [("story-neo-kangaroo-care", "requester")]),
        ("Transitional care", "expert", [("inn-neo-transitional-care", "lead")]),
        ("Family integrated care", "practitioner", [("story-neo-kangaroo-care", "requester")])],
       willing=("be_contacted", "mentor"), staff_group="nursing_midwifery_registered")

person("person-priya-raman", "Priya", "Raman", "Consultant Radiologist", "Radiology (Diagnostic Imaging)",
       "Radiologist with an interest in CT, reporting radiographer training and diagnostic pathways for suspected cancer.",
       [("CT", "expert", [("story-rad-gp-direct-ct", "lead radiologist"), ("lesson-rad-contrast-egfr", "owner")]),
        ("Reporting radiographers", "expert", [("inn-rad-reporting-radiographers", "lead")])],
       display="Dr Priya Raman", willing=("be_contacted", "review"), staff_group="medical_dental")

person("person-gareth-owens", "Gareth", "Owens", "Radiology Services Manager", "Radiology (Diagnostic Imaging)",
       "I manage imaging services: waiting lists, results to GPs, the mobile MRI and breast screening unit.",
       [("Imaging results communication", "expert", [("inn-rad-results-to-gps", "lead"), ("lesson-rad-failsafe-unexpected", "owner")]),
        ("MRI capacity", "practitioner", [("cap-rad-mobile-mri-retro", "participant")]),
        ("Breast screening", "practitioner", [("story-rad-breast-screening-van", "requester")])],
       staff_group="add_prof_scientific_technical")

person("person-jo-baxter", "Jo", "Baxter", "Blood Sciences Manager", "Pathology (Blood Sciences)",
       "Biomedical scientist. Sample quality, point-of-care testing and lab results.",
       [("Sample haemolysis", "expert", [("inn-path-haemolysed-samples", "lead")]),
        ("Point-of-care testing", "expert", [("inn-path-poct-inr", "lead")])],
       staff_group="healthcare_scientists")

person("person-femi-adebayo", "Femi", "Adebayo", "Lead Endoscopy Nurse", "Endoscopy Unit",
       "Endoscopy nurse lead: bowel prep, decontamination, JAG and bowel screening.",
       [("Bowel preparation", "expert", [("inn-endo-bowel-prep-calls", "lead")]),
        ("Bowel cancer screening", "expert", [("story-endo-bowel-screening-uptake", "requester")]),
        ("Endoscope decontamination", "practitioner", [("lesson-endo-scope-decontamination", "owner")]),
        ("JAG accreditation", "practitioner", [("cap-endo-jag-peer-assist", "host")])],
       staff_group="nursing_midwifery_registered")

person("person-claire-dunmore", "Claire", "Dunmore", "Consultant Gastroenterologist", "Endoscopy Unit",
       "Gastroenterologist and endoscopy clinical lead; lower GI cancer pathway with primary care.",
       [("Faecal immunochemical test", "expert", [("inn-endo-fit-pathway", "lead")]),
        ("Colonoscopy", "expert", [("cap-endo-jag-peer-assist", "peer")])],
       display="Dr Claire Dunmore", staff_group="medical_dental")

person("person-andrew-kinsella", "Andrew", "Kinsella", "Consultant Anaesthetist", "Theatres and Anaesthetics",
       "Anaesthetist. Preoperative assessment and anaemia, enhanced recovery, airway management and regional blocks.",
       [("Preoperative anaemia", "expert", [("inn-preop-anaemia-iv-iron", "lead")]),
        ("Enhanced recovery", "practitioner", [("inn-eras-colorectal", "co-lead"), ("inn-mat-eras-caesarean", "co-lead")]),
        ("Cell salvage", "practitioner", [("inn-mat-cell-salvage", "lead")]),
        ("Airway management", "expert", [("cap-anaesthesia-elicit-kinsella", "interviewee")]),
        ("Regional anaesthesia", "practitioner", [("lesson-theatres-stop-before-you-block", "owner")])],
       display="Dr Andrew Kinsella", willing=("be_contacted", "speak", "mentor"), staff_group="medical_dental")

person("person-nadia-hussain", "Nadia", "Hussain", "Theatre Manager", "Theatres and Anaesthetics",
       "I manage the six operating theatres and the day surgery unit: safety, sessions starting on time, and the team brief.",
       [("Surgical safety checklist", "expert", [("inn-theatres-team-brief", "lead")]),
        ("Theatre utilisation", "expert", [("cap-theatres-utilisation-bar", "participant")])],
       willing=("be_contacted", "peer_assist"), staff_group="nursing_midwifery_registered")

person("person-paul-greaves", "Paul", "Greaves", "Senior Operating Department Practitioner", "Theatres and Anaesthetics",
       "ODP in theatres and anaesthetics. Team briefs, time-outs, human factors.",
       [("Human factors in theatres", "practitioner", [("inn-theatres-team-brief", "co-lead"), ("cap-theatres-utilisation-bar", "participant")])],
       staff_group="allied_health_professionals")

person("person-laura-keane", "Laura", "Keane", "Consultant Colorectal Surgeon", "General Surgery (Colorectal)",
       "Colorectal surgeon. Enhanced recovery for bowel surgery, day case gallbladder surgery, and perianal disease including fistula-in-ano.",
       [("Colorectal surgery", "expert", [("inn-eras-colorectal", "lead")]),
        ("Anal fistula", "expert", [("inn-colorectal-seton-clinic", "lead")]),
        ("Day surgery", "practitioner", [("inn-day-surgery-laps", "lead")])],
       display="Ms Laura Keane", staff_group="medical_dental")

person("person-emma-stocks", "Emma", "Stocks", "Consultant in Emergency Medicine", "Emergency Department",
       "ED consultant. Sepsis, people who attend very often, and major incident planning.",
       [("Sepsis", "expert", [("inn-ed-sepsis-screening", "lead")]),
        ("High intensity users", "expert", [("inn-ed-high-intensity-users", "lead")]),
        ("Major incident planning", "practitioner", [("cap-ed-major-incident-aar", "participant")])],
       display="Dr Emma Stocks", staff_group="medical_dental")

person("person-liam-osei", "Liam", "Osei", "ED Matron", "Emergency Department",
       "Matron for the emergency department: triage, streaming, corridor care and flow.",
       [("Triage", "expert", [("lesson-ed-triage-time", "owner"), ("inn-ed-sepsis-screening", "co-lead")]),
        ("ED streaming", "expert", [("inn-ed-streaming-gp", "lead")]),
        ("Corridor care", "practitioner", [("story-ed-corridor-care", "requester")])],
       staff_group="nursing_midwifery_registered")

person("person-margaret-doyle", "Margaret", "Doyle", "Consultant Geriatrician", "Frailty and Elderly Care",
       "Geriatrician. Frailty at the front door, delirium and comprehensive geriatric assessment.",
       [("Frailty", "expert", [("inn-frailty-cfs-in-ed", "lead"), ("inn-frailty-sdec", "co-lead"), ("cap-frailty-harvest-doyle", "harvestee")]),
        ("Delirium", "expert", [("inn-delirium-4at", "lead"), ("story-lks-delirium-melatonin", "requester")]),
        ("Comprehensive geriatric assessment", "expert", [("cap-frailty-harvest-doyle", "harvestee")])],
       display="Dr Margaret Doyle", willing=("be_contacted", "mentor"), staff_group="medical_dental")

person("person-karen-pugh", "Karen", "Pugh", "Advanced Clinical Practitioner, Frailty", "Frailty and Elderly Care",
       "I see older people who are poorly and try to get them home the same day with the right help.",
       [("Frailty same day emergency care", "expert", [("inn-frailty-sdec", "lead")]),
        ("Care home support", "practitioner", [("inn-frailty-care-home-team", "lead")]),
        ("Discharge to assess", "practitioner", [("lesson-frailty-discharge-to-assess", "owner")]),
        ("Deprescribing", "aware", [("cap-mo-pharmacy-cop", "participant")])],
       willing=("be_contacted", "peer_assist"), staff_group="nursing_midwifery_registered")

person("person-steve-naylor", "Steve", "Naylor", "Falls Prevention Physiotherapist", "Frailty and Elderly Care",
       "Physio leading falls prevention on the wards.",
       [("Falls prevention", "expert", [("inn-falls-bay-nursing", "lead"), ("story-lks-frailty-falls-evidence", "requester")])],
       staff_group="allied_health_professionals")

person("person-jenny-tate", "Jenny", "Tate", "Tissue Viability Nurse Specialist", "Tissue Viability",
       "Pressure ulcer prevention, wounds and dressings. I coordinate the link nurse network.",
       [("Pressure ulcers", "expert", [("inn-tv-pressure-ulcer-ssku", "lead"), ("inn-tv-care-home-cushions", "lead"), ("lesson-tv-heels-in-ed", "owner"), ("cap-tv-cop", "facilitator")]),
        ("Wound care", "expert", [("story-wound-discharge", "adviser")])],
       willing=("be_contacted", "mentor", "speak"), staff_group="nursing_midwifery_registered")

person("person-ian-forsyth", "Ian", "Forsyth", "Head of Estates", "Estates and Facilities",
       "Estates: water safety, energy and net zero, power resilience and the big building projects.",
       [("Water safety", "expert", [("inn-estates-flushing", "lead"), ("cap-renal-water-aar", "participant")]),
        ("Net zero", "expert", [("inn-estates-solar-led", "lead"), ("cap-estates-boiler-retro", "participant")]),
        ("Power resilience", "practitioner", [("lesson-estates-generator-test", "owner")])],
       staff_group="estates_ancillary")

person("person-rob-sheard", "Rob", "Sheard", "Estates Engineer (Mechanical and Ventilation)", "Estates and Facilities",
       "Authorised person for ventilation. I look after air handling, chillers and cooling plant, including theatre ventilation.",
       [("Ventilation systems", "expert", [("inn-estates-theatre-ventilation", "lead")]),
        ("Cooling plant", "expert", [("lesson-estates-chiller-heatwave", "owner")])],
       staff_group="estates_ancillary")

person("person-carol-benn", "Carol", "Benn", "Facilities Manager", "Estates and Facilities",
       "Catering, portering, laundry and cleaning.",
       [("Patient catering", "expert", [("inn-facilities-finger-food", "lead")]),
        ("Portering", "expert", [("story-facilities-portering-app", "requester")]),
        ("Laundry", "practitioner", [("lesson-laundry-ironer-guard", "owner")])],
       staff_group="estates_ancillary")

person("person-amir-shah", "Amir", "Shah", "Lead Pharmacist, Medicines Optimisation", "ICB Medicines Optimisation Team",
       "ICB medicines optimisation lead: anticoagulation, polypharmacy and structured medication reviews, greener inhalers.",
       [("Anticoagulation", "expert", [("inn-mo-doac-switch", "lead"), ("inn-path-poct-inr", "team member")]),
        ("Polypharmacy", "expert", [("inn-mo-smr-polypharmacy", "lead"), ("cap-mo-pharmacy-cop", "facilitator")]),
        ("Greener inhalers", "practitioner", [("inn-mo-greener-inhalers", "lead")])],
       employer=ICB, email_domain="marlowewolds-icb.nhs.example", willing=("be_contacted", "speak"),
       staff_group="add_prof_scientific_technical")

person("person-rachel-goode", "Rachel", "Goode", "Community Pharmacist", "Community Pharmacy",
       "I run Goode's Pharmacy in Kettlebridge. Discharge Medicines Service referrals, sick day rules and home delivery of medicines.",
       [("Discharge Medicines Service", "expert", [("inn-dms-referrals", "lead")]),
        ("Sick day rules", "practitioner", [("lesson-aki-sick-day-rules", "owner")]),
        ("Medicines delivery", "practitioner", [("inn-pharmacy-home-delivery", "lead")])],
       employer=("Goode's Pharmacy, Kettlebridge", "FQ482"), email_domain="goodespharmacy.example",
       staff_group="add_prof_scientific_technical")

person("person-olu-martins", "Olu", "Martins", "Antimicrobial Pharmacist", "Pharmacy",
       "Hospital pharmacist for antimicrobial stewardship; I also lead discharge medicines referrals from the wards.",
       [("Antimicrobial stewardship", "expert", [("inn-ams-iv-to-oral", "lead"), ("inn-ipc-cdiff-isolation", "team member")]),
        ("Medicines at discharge", "practitioner", [("inn-dms-referrals", "co-lead"), ("lesson-dms-weekend", "owner")]),
        ("Acute kidney injury", "aware", [("inn-aki-alerts", "co-lead")])],
       staff_group="add_prof_scientific_technical")

person("person-hannah-frost", "Hannah", "Frost", "GP and Clinical Director", "Upper Vale Primary Care Network",
       "GP partner and PCN clinical director. Advice and guidance, cancer diagnosis in primary care, screening uptake.",
       [("Advice and guidance", "expert", [("inn-pcn-advice-guidance", "lead")]),
        ("Early cancer diagnosis", "expert", [("story-rad-gp-direct-ct", "requester"), ("inn-endo-fit-pathway", "co-lead")]),
        ("Cervical screening", "practitioner", [("inn-pcn-cervical-screening-evenings", "lead")])],
       display="Dr Hannah Frost", employer=("Upper Vale Primary Care Network", "U61204"), email_domain="uppervalepcn.nhs.example",
       staff_group="medical_dental")

person("person-mark-ellison", "Mark", "Ellison", "Operations Manager", "Vale and Wolds GP Federation",
       "Federation operations: extended access hubs, care navigation, GP telephony and the GP streaming service in ED.",
       [("Care navigation", "expert", [("inn-pcn-care-navigation", "lead")]),
        ("GP telephony", "practitioner", [("lesson-pcn-8am-phone-rush", "owner")]),
        ("Urgent treatment centre streaming", "practitioner", [("inn-ed-streaming-gp", "co-lead")])],
       employer=FED, email_domain="valewoldsfed.nhs.example", staff_group="administrative_clerical")

person("person-sarah-quinn", "Sarah", "Quinn", "Clinical Librarian", "Library and Knowledge Service",
       "Ask me for a literature search or evidence summary on anything clinical; I join the frailty and renal MDTs.",
       [("Literature searching", "expert", [("story-lks-renal-iron", "librarian"), ("story-lks-mat-vbac", "librarian"), ("story-lks-frailty-falls-evidence", "librarian"), ("story-lks-delayed-antibiotics", "librarian"), ("story-lks-delirium-melatonin", "librarian")]),
        ("Evidence summaries", "expert", [("inn-lks-clinical-librarian-rounds", "lead")])],
       lks=True, willing=("be_contacted", "review", "speak"), staff_group="add_prof_scientific_technical")

person("person-joel-brant", "Joel", "Brant", "Knowledge Manager", "Library and Knowledge Service",
       "I facilitate after action reviews, retrospects, peer assists and knowledge harvests.",
       [("After action reviews", "expert", [("cap-renal-water-aar", "facilitator"), ("cap-ed-major-incident-aar", "facilitator"), ("cap-neo-bba-aar", "facilitator")]),
        ("Knowledge harvesting", "expert", [("cap-frailty-harvest-doyle", "facilitator"), ("story-lks-knowledge-harvest-value", "credited")]),
        ("Retrospects", "expert", [("cap-rad-mobile-mri-retro", "facilitator"), ("cap-estates-boiler-retro", "facilitator")])],
       lks=True, willing=("be_contacted", "peer_assist", "coffee_trial"), staff_group="add_prof_scientific_technical")

person("person-fiona-gale", "Fiona", "Gale", "Infection Prevention and Control Nurse", "Infection Prevention and Control",
       "IPC nurse: C. diff, norovirus, line infections, blood culture technique.",
       [("Clostridioides difficile", "expert", [("inn-ipc-cdiff-isolation", "lead")]),
        ("Outbreak management", "expert", [("lesson-ipc-norovirus-bay-closure", "owner")]),
        ("Central line infection", "practitioner", [("lesson-ipc-central-line-review", "owner")]),
        ("Blood culture contamination", "practitioner", [("lesson-path-blood-culture-contamination", "owner")])],
       staff_group="nursing_midwifery_registered")

person("person-ben-carver", "Ben", "Carver", "Transfusion Practitioner", "Blood Transfusion",
       "Safe blood transfusion, patient blood management and sample labelling.",
       [("Blood transfusion", "expert", [("inn-transfusion-single-unit", "lead"), ("cap-mat-mohaemorrhage-aar", "participant")]),
        ("Patient blood management", "expert", [("inn-preop-anaemia-iv-iron", "co-lead"), ("inn-transfusion-single-unit", "lead")])],
       staff_group="healthcare_scientists")

# ---- trap people: they share a topic's word in another sense ----
person("person-derek-hollis", "Derek", "Hollis", "Payroll Officer", "Finance (Payroll)",
       "Payroll by day; I chair the Vale Players, the staff theatre group. Ask me about putting on a show, theatre bookings, set building or fundraising productions.",
       [("Amateur theatre", "expert", [("story-vale-players-panto", "requester"), ("cap-vale-players-retro", "facilitator")]),
        ("Payroll", "practitioner", [])],
       willing=("be_contacted", "coffee_trial"), staff_group="administrative_clerical")

person("person-tina-wragg", "Tina", "Wragg", "End User Computing Lead", "IT Services",
       "I look after screens, PCs and the service desk. Display screen assessments, privacy screens, dual screens, triage of IT calls, and AV in the lecture theatre.",
       [("Display screen equipment", "expert", [("story-dse-screen-assessments", "IT lead"), ("lesson-it-privacy-screens", "owner")]),
        ("IT service desk triage", "expert", [("inn-it-helpdesk-triage", "lead")]),
        ("Project scope management", "practitioner", [("lesson-epr-scope-creep", "owner")])],
       staff_group="administrative_clerical")

person("person-colin-pratt", "Colin", "Pratt", "Sustainable Travel Coordinator", "Sustainability",
       "Cycle to work, cycle shelters, car sharing and bus passes for staff.",
       [("Cycling", "expert", [("inn-cycle-to-work", "lead"), ("lesson-cycle-parking", "owner")]),
        ("Active travel", "expert", [("inn-cycle-to-work", "lead")])],
       staff_group="administrative_clerical")

person("person-mel-ashworth", "Mel", "Ashworth", "Staff Wellbeing Lead", "Staff Wellbeing",
       "Support for staff under pressure: burnout, stress, wellbeing hubs, walking groups.",
       [("Staff wellbeing", "expert", [("inn-wellbeing-pressure-hubs", "lead"), ("story-wellbeing-walk-falls", "requester")]),
        ("Work pressure and burnout", "expert", [("inn-wellbeing-pressure-hubs", "lead")])],
       staff_group="administrative_clerical")

person("person-gail-rees", "Gail", "Rees", "Learning and Development Lead", "Learning and Development",
       "Corporate induction, new starter onboarding and the line managers' programme.",
       [("Induction", "expert", [("inn-staff-induction-app", "lead")]),
        ("Line management development", "expert", [("story-line-managers-programme", "requester")])],
       staff_group="administrative_clerical")

person("person-nick-bramley", "Nick", "Bramley", "Temporary Staffing Manager", "Temporary Staffing",
       "I run the staff bank: bank shifts, agency labour and rostering.",
       [("Staff bank", "expert", [("inn-staff-bank-app", "lead"), ("lesson-agency-labour-costs", "owner")]),
        ("Agency labour", "practitioner", [("lesson-agency-labour-costs", "owner")])],
       staff_group="administrative_clerical")

person("person-yvonne-castle", "Yvonne", "Castle", "Switchboard and Telecoms Manager", "Telecoms",
       "Switchboard, phone lines, bleeps and major incident call-out.",
       [("Telephony", "expert", [("inn-switchboard-upgrade", "lead")]),
        ("Phone lines", "expert", [("inn-switchboard-upgrade", "lead")])],
       staff_group="administrative_clerical")

person("person-alan-fitch", "Alan", "Fitch", "Health Records Manager", "Health Records",
       "Health records, scanning of case notes and retention.",
       [("Document scanning", "expert", [("inn-records-scanning", "lead")]),
        ("Health records", "expert", [("inn-records-scanning", "lead")])],
       staff_group="administrative_clerical")
