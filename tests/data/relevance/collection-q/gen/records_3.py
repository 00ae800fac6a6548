from build import I, S, L, AAR, RET, PA, HARV, CAFE, COP
from ids import *
D_HLIU = "High Level Isolation Unit"
# ---------------- HCID, PPE, fit testing ----------------
I("inn-hliu-buddy-doffing", ELLIS, "Trained observer for every PPE doffing in the isolation unit",
  "Self-contamination while taking off personal protective equipment is the highest-risk moment when caring for a patient with a high consequence infectious disease.",
  "Every removal of PPE in the High Level Isolation Unit is now led by a trained doffing buddy who reads the steps aloud from a checklist and watches for breaches. Donning is also checked by a buddy. Buddies complete a half-day course and a quarterly drill.",
  team=[(SHEIKH, "clinical_champion"), (ACHTER, "team_member")], dept=D_HLIU, kw=["doffing", "donning", "PPE", "HCID", "buddy system"], stage="embedded")
AAR("cap-aar-hcid-exercise", SHEIKH, "AAR: Exercise Kestrel Sentinel, suspected viral haemorrhagic fever",
  "Live exercise of a returning traveller with fever and bleeding arriving at the emergency department.",
  "Identify, isolate and transfer the patient to the HLIU within 60 minutes; no staff exposures.",
  "The patient was isolated in ED in 12 minutes but transfer took 95 minutes because the lift key could not be found. One simulated PPE breach during doffing.",
  why="Lift override key kept by security, not ED; the doffing area was too small.",
  improve=["Lift key in the HCID grab box", "Mark out a bigger doffing zone with floor tape"], sustain=["ED triage question about travel worked"],
  people=[ELLIS, ARNOLD, TRAN, MARSH, "Security officer"], held="2025-05-14", dept=D_HLIU, kw=["HCID", "VHF", "Ebola", "exercise", "returning traveller"])
L("lesson-hcid-travel-question", ARNOLD, "Ask every febrile patient about travel at triage",
  "In the exercise the travel question at ED triage identified the risk within minutes.",
  "Keep the 'travelled abroad in the last 21 days?' question on the triage screen.", polarity="sustain", dept="Emergency Department", kw=["triage", "travel history", "HCID"])
I("inn-fit-test-programme", ACHTER, "FFP3 fit testing programme with a rolling database",
  "During the pandemic we lost track of who had been fit tested to which respirator, and a supply change left staff without a mask that fitted.",
  "A fit testing team tests staff on at least two models of FFP3 respirator using quantitative (Portacount) testing, records results on a database linked to ESR, and alerts managers when retesting is due or a model is discontinued.",
  team=[(ELLIS, "team_member")], dept="Respiratory protection team", kw=["fit testing", "FFP3", "respirator", "RPE"], stage="embedded",
  outcome=[("Clinical staff fit tested to two models", "34%", "81%")])
L("lesson-fit-test-beards", ACHTER, "Staff with beards need a powered hood, not a mask",
  "Several staff who keep beards for religious reasons failed FFP3 fit tests and were moved away from respiratory patients.",
  "Offer powered air-purifying respirator (PAPR) hoods and training so nobody is excluded.", dept="Respiratory protection team", kw=["PAPR", "fit testing", "beards", "equality"])
S("story-ppe-video", "km_success_story", "HLIU charge nurse", "Short films on putting on and taking off PPE",
  "Staff on general wards were confused about which PPE to wear for which infection.",
  "The HLIU nurses filmed three 2-minute videos: standard precautions, airborne precautions, and HCID level. They play on the ward training screens.",
  "Over 1,200 views in three months and fewer calls to the IPC team about PPE.", person=ELLIS, dept=D_HLIU, kw=["PPE", "training video", "airborne precautions"])
RET("cap-retro-mpox", SHEIKH, "Retrospect: our first mpox patients",
  "Look back at caring for the first three mpox patients when it was still classed as an HCID.",
  ["Safe care with no staff infections", "Clear communication with UKHSA"],
  successes=[("No staff infections", "Doffing buddies on every shift")],
  improvements=[("Waste stream unclear", "Category A waste contract not in place"), ("Patients felt lonely in isolation", "Long stays with no visitors")],
  recs=["Have the waste contract ready in advance", "Plan for patients' wellbeing on long isolation stays"],
  people=[ELLIS, GALLAGHER, FERREIRA, MARSH], held="2024-09-09", dept=D_HLIU, kw=["mpox", "HCID", "isolation"])
PA("cap-pa-hliu-network", FENWICK, "Peer assist from another unit in the national HLIU network",
  "Learn from another high-level isolation unit before refurbishing our own.",
  "Kestrel Vale HLIU", "What would you do differently if you were designing the layout of a high-level isolation unit again?",
  peers=[(SHEIKH, "Kestrel Vale HCID lead")], options=["Separate clean and dirty corridors", "Window into the doffing room", "Space for a lab analyser inside the unit"],
  people=[ELLIS, MARSH], held="2025-07-02", dept=D_HLIU, kw=["HLIU", "design", "isolation unit"])
L("lesson-hliu-comms", ELLIS, "Radios fail inside the isolation suite",
  "Staff in PPE could not hear each other over the hood motor and handheld radios.",
  "Use the intercom with a whiteboard and agreed hand signals.", dept=D_HLIU, kw=["communication", "PPE", "HLIU"])
# ---------------- isolation rooms, ventilation, loneliness ----------------
I("inn-neg-pressure-monitors", MARSH, "Pressure monitors outside every negative pressure isolation room",
  "Nobody could tell at a glance if a negative pressure room was working; two rooms had been positive for weeks after a fan fault.",
  "Estates fitted differential pressure displays with a red/green light and alarm outside each airborne isolation room (negative pressure with ante-room). Readings are logged to the building management system and checked daily by the ward.",
  team=[(MCLEISH, "team_member")], dept="Estates: ventilation", kw=["negative pressure", "ventilation", "isolation room", "HTM 03-01"], stage="implemented", type_="device_product")
L("lesson-ventilation-annual", MARSH, "Annual ventilation verification found wrong air changes",
  "Verification of the isolation suites found air change rates below the design figure after a ceiling repair.",
  "Re-verify ventilation after any building work in isolation rooms, not only annually.", dept="Estates: ventilation", kw=["air changes", "ventilation verification"])
I("inn-isolation-wellbeing", GALLAGHER, "Activity boxes and video calls for patients kept in side rooms",
  "Patients in source isolation for infection told us they felt forgotten, bored and low; some left against advice.",
  "The ward occupational therapist made wipeable activity boxes (puzzles, tablets, radios) and set up daily video calls with family. Staff do a 'two-minute chat' every time they go in. We measure mood with a simple smiley scale.",
  team=[(OBI, "co_lead")], dept="Heron Ward (infectious diseases)", kw=["isolation", "loneliness", "wellbeing", "side room"], stage="evaluated",
  outcome=[("Patients reporting feeling lonely", "64%", "31%")])
S("story-isolation-patient", "discovery_story", "Patient", "Three weeks behind a door: a patient's story of isolation",
  "I had TB and was in a side room for three weeks. The worst thing was the silence; people came in masked, did what they had to and left.",
  "The ward manager asked me to tell my story at the nurses' study day. They changed how they talk to people in isolation.",
  "Staff now explain why the door stays shut and come in just to talk.", person=OBI, dept="Heron Ward (infectious diseases)", kw=["isolation", "patient experience", "TB"])
L("lesson-isolation-signage", OBI, "Door signs should say what PPE to wear, not the diagnosis",
  "Signs naming the infection broke confidentiality and confused visitors.",
  "Use the coloured precaution signs (contact, droplet, airborne) with PPE pictures only.", dept="Heron Ward (infectious diseases)", kw=["isolation signage", "confidentiality", "precautions"])
# ---------------- travel, tropical ----------------
D_TRAV = "Travel and Tropical Medicine Clinic"
I("inn-malaria-pathway", TRAN, "Same-day pathway for returning travellers with fever",
  "Returning travellers with fever waited hours in ED and malaria films were sometimes not sent.",
  "A returning traveller fever pathway: ED triage asks about travel, bloods include malaria rapid test and thick and thin films, and the ID registrar reviews within an hour. Falciparum malaria with danger signs goes on IV artesunate.",
  team=[(CHEN, "co_lead"), (ARNOLD, "clinical_champion")], dept=D_TRAV, kw=["malaria", "returning traveller", "fever", "artesunate"], stage="embedded")
L("lesson-malaria-film-repeat", CHEN, "One negative malaria film does not rule it out",
  "A patient with falciparum malaria had a negative first film and was sent home.",
  "Repeat films at 12-24 hours, three in total, before excluding malaria.", dept=D_TRAV, kw=["malaria", "blood film", "diagnosis"])
S("story-travel-vfr", "innovation_story", "Travel nurse", "Reaching families visiting friends and relatives abroad",
  "People going 'home' to visit friends and relatives (VFR travellers) rarely came for malaria tablets or jabs, and most of our malaria cases were in this group.",
  "The travel nurse ran drop-in sessions at two community centres and a mosque before the summer holidays, with translated leaflets.",
  "Requests for malaria prophylaxis from the postcodes doubled; malaria admissions in the next season fell from 14 to 8.",
  person=HADDAD, dept=D_TRAV, kw=["VFR", "malaria prevention", "travel vaccination"])
I("inn-travel-yellow-fever", HADDAD, "Online pre-travel assessment before yellow fever vaccination",
  "Travel clinic appointments were 40 minutes long, mostly spent taking the itinerary and history.",
  "Travellers fill in an online risk assessment before the appointment; the nurse reviews it and the visit focuses on vaccines (yellow fever, typhoid, hepatitis A, rabies) and advice.",
  dept=D_TRAV, kw=["travel health", "yellow fever", "vaccination", "pre-travel"], stage="implemented", type_="digital")
L("lesson-travel-rabies", HADDAD, "Travellers underestimate rabies risk from dogs and monkeys",
  "Three travellers in one year needed post-exposure rabies treatment after animal bites abroad.",
  "Discuss animal bites and offer pre-exposure rabies vaccine to long-stay and remote travellers.", dept=D_TRAV, kw=["rabies", "animal bites", "travel advice"])
CAFE("cap-cafe-tropical", TRAN, "Tropical medicine teaching cafe", "Share cases between ED, acute medicine and the ID team.",
  "What makes us miss a tropical diagnosis?", themes=["Not asking about travel", "Eosinophilia not followed up", "Schistosomiasis in swimmers from Lake Malawi"],
  people=[CHEN, ARNOLD, HADDAD], dept=D_TRAV, kw=["tropical medicine", "education"])
L("lesson-schisto", CHEN, "Screen freshwater swimmers for schistosomiasis",
  "A group of students who swam in Lake Malawi all had schistosoma serology positive at 3 months.",
  "Offer serology 6-12 weeks after freshwater exposure in endemic areas.", dept=D_TRAV, kw=["schistosomiasis", "bilharzia", "serology"])
# ---------------- needlestick / BBV ----------------
I("inn-needlestick-hotline", SANDOVAL, "24-hour sharps injury pathway for staff",
  "Staff with a needlestick injury at night waited until occupational health opened, missing the window for post-exposure prophylaxis.",
  "Staff ring one number 24/7; ED sees them as a priority, takes a baseline blood sample, risk-assesses the source and starts HIV PEP if needed within an hour. Occupational health follows up for hepatitis B and C testing at 6, 12 and 24 weeks.",
  team=[(CHANDRAN, "clinical_champion")], dept="Occupational Health", kw=["needlestick", "sharps injury", "PEP", "blood-borne virus"], stage="embedded")
L("lesson-sharps-bins", SANDOVAL, "Overfilled sharps bins caused injuries",
  "Four of last year's sharps injuries were from bins filled above the line.",
  "Close sharps bins at the fill line and check temporary closures at every shift.", dept="Occupational Health", kw=["sharps bins", "sharps injury"])
S("story-bbv-source-testing", "km_success_story", "Consultant virologist", "Faster source patient testing after needlestick injuries",
  "Staff worried for days waiting for the source patient's HIV, hepatitis B and hepatitis C results.",
  "Virology set up an urgent source-testing request with results the same day, including HCV antigen and HIV viral load where known positive.",
  "Most staff now know the source result within 8 hours; fewer start PEP unnecessarily.", person=CHANDRAN, dept="Virology", kw=["needlestick", "source testing", "viral load", "hepatitis"])
L("lesson-hepb-boosters", CHANDRAN, "Check hepatitis B immunity in staff before an injury happens",
  "Several injured staff had never had their hepatitis B antibody level checked after vaccination.",
  "Check anti-HBs after the primary course and offer a booster to low responders.", dept="Virology", kw=["hepatitis B", "vaccination", "staff immunity"])
# ---------------- water safety, cleaning ----------------
I("inn-legionella-flushing", MARSH, "Flushing log for little-used outlets",
  "Little-used taps and showers in side rooms were a Legionella and Pseudomonas risk.",
  "Wards flush outlets that are not used daily for two minutes, log it on a QR-coded sheet, and estates check the logs weekly. Water samples from high-risk units quarterly.",
  team=[(MCLEISH, "team_member")], dept="Estates: water safety", kw=["Legionella", "water safety", "Pseudomonas", "flushing"], stage="embedded", type_="process_admin")
L("lesson-sink-traps", MARSH, "Sink drains can harbour resistant bacteria",
  "A cluster of CPE on one ward was linked to hand-wash sink drains where staff poured drinks.",
  "Never pour fluids down hand-wash sinks; keep sinks for hand washing only.", dept="Estates: water safety", kw=["sinks", "drains", "CPE", "water"])
# ---------------- staff flu vaccination ----------------
I("inn-flu-peer-vaccinators", LINDQVIST, "Peer vaccinators took the flu jab to night shifts",
  "Staff flu vaccination uptake was 52%, lowest among night staff and support workers.",
  "We trained 60 peer vaccinators to give the flu vaccine on their own wards, including a 2 a.m. trolley round.",
  dept="Occupational Health", kw=["flu vaccination", "staff", "peer vaccinators", "influenza"], stage="evaluated",
  outcome=[("Frontline staff flu vaccine uptake", "52%", "71%")])
L("lesson-flu-myths", LINDQVIST, "Answer 'the jab gives you flu' in person",
  "Leaflets did not change minds; short conversations with a trusted colleague did.",
  "Let peer vaccinators answer myths face to face.", polarity="sustain", dept="Occupational Health", kw=["vaccine hesitancy", "flu jab"])
# ---------------- surveillance ----------------
I("inn-surveillance-dashboard", NDLOVU, "Live infection surveillance dashboard for ward managers",
  "Infection data (C. diff, MRSA and E. coli bacteraemia, CPE) came out as a monthly PDF a month late.",
  "A live dashboard pulls lab results every night and shows each ward its cases, days since last case and hand hygiene score.",
  team=[(MCLEISH, "clinical_champion")], dept="IPC information", kw=["surveillance", "dashboard", "infection data"], stage="implemented", type_="digital")
L("lesson-surveillance-definitions", NDLOVU, "Agree case definitions before building a dashboard",
  "Our dashboard counted community-onset cases as hospital cases for three months.",
  "Write down the case definitions (hospital onset, community onset) with the IPC team first.", dept="IPC information", kw=["case definitions", "surveillance", "data quality"])
