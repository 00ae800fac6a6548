from build import I, S, L, AAR, RET, PA, HARV, CAFE, COP
from ids import *
D_OPAT = "OPAT service, Infectious Diseases"; D_IPC = "Infection Prevention and Control"; D_AMS = "Antimicrobial Stewardship team"
D_TB = "Tarnside TB service"; D_TRAV = "Travel and Tropical Medicine Clinic"; D_HLIU = "High Level Isolation Unit"
# ---- OPAT (lay words, terse) ----
S("story-opat-drip-at-home", "innovation_story", "Patient", "Having my drip at home meant I could see my grandchildren",
  "I had an infected hip joint and was told I would need antibiotics through a drip for six weeks. I thought it meant six weeks in hospital.",
  "The nurses showed me and my daughter how to do the drip ourselves through the tube in my arm. A nurse came once a week to check it and take bloods.",
  "I went home after nine days instead of six weeks. I felt in control.", person=REILLY, dept=D_OPAT, kw=["patient story", "antibiotics at home"])
I("inn-opat-ambulatory-clinic", OKONKWO, "Daily ambulatory antibiotic clinic for cellulitis",
  "Adults with cellulitis needing IV treatment were admitted just to get a once-daily dose.",
  "Patients come to the ambulatory clinic each morning for ceftriaxone or teicoplanin, then go home. Once the redness recedes they switch to tablets.",
  team=[(PRYCE, "team_member")], dept=D_OPAT, kw=["cellulitis", "ambulatory", "once daily"], stage="embedded")
L("lesson-opat-teicoplanin-loading", KOWAL, "Teicoplanin loading doses were missed on transfer to OPAT",
  "Patients moving from ward to OPAT sometimes restarted teicoplanin without loading doses, giving low levels.",
  "Write the loading schedule on the OPAT referral form.", dept=D_OPAT, kw=["teicoplanin", "dosing", "OPAT referral"])
L("lesson-opat-terse", PRYCE, "Dressings: weekly, and whenever wet or loose", "Line dressings lifting in the shower caused two exit-site infections.",
  "Give shower sleeves to all patients with lines.", dept=D_OPAT, kw=["PICC dressing", "exit site"])
# ---- AMS ----
I("inn-ams-surgical-prophylaxis", KOWAL, "Single-dose surgical antibiotic prophylaxis",
  "Audit found antibiotic prophylaxis continued for 3-5 days after clean surgery in a third of cases.",
  "The AMS team agreed single-dose prophylaxis with surgeons, changed the order set and gives each surgical team a monthly report.",
  team=[(DUNBAR, "team_member")], dept=D_AMS, kw=["surgical prophylaxis", "antibiotic duration"], stage="implemented")
L("lesson-ams-uti-dipstick", PETROVA, "Do not dipstick older people for UTI",
  "Urine dipsticks in over-65s led to antibiotics for asymptomatic bacteriuria.",
  "Use the symptom-based UTI tool, not dipsticks, in people over 65.", dept=D_AMS, kw=["urinary tract infection", "dipstick", "asymptomatic bacteriuria"])
L("lesson-ams-discharge-duration", KOWAL, "Discharge prescriptions doubled the antibiotic course",
  "Patients were sent home with a full 7-day pack on top of 5 days already given in hospital.",
  "State the stop date, not the duration, on every antibiotic discharge prescription.", dept=D_AMS, kw=["antibiotic course length", "discharge prescription"])
S("story-typhoid-xdr", "km_success_story", "ID consultant", "Extensively drug-resistant typhoid in a returning traveller",
  "A young man back from Pakistan had typhoid resistant to ceftriaxone and ciprofloxacin.",
  "Microbiology, the ID team and the travel clinic agreed meropenem then oral azithromycin, and the travel clinic updated its typhoid vaccine advice.",
  "He recovered; the case is now used in antimicrobial resistance teaching.", person=TRAN, dept=D_TRAV, kw=["typhoid", "XDR", "antimicrobial resistance", "enteric fever"])
# ---- TB ----
L("lesson-tb-bcg-supply", RAMAN, "BCG vaccine shortages need a waiting list", "During the BCG shortage babies eligible for vaccination were lost to follow-up.",
  "Keep a BCG waiting list and recall when supply returns.", dept=D_TB, kw=["BCG", "vaccine supply"])
S("story-tb-hostel", "km_success_story", "TB nurse", "Chest X-ray and TB checks at the night shelter",
  "A cluster of TB cases was linked to a night shelter and men there did not attend clinic.",
  "The TB team ran screening sessions on site with a mobile X-ray unit and hot food.",
  "112 people screened; 3 active cases and 9 latent infections found and treated.", person=COLE, dept=D_TB, kw=["tuberculosis", "screening", "outreach"])
L("lesson-tb-weekend-dot", NOWAK, "Weekend doses were missed under directly observed treatment",
  "With no weekend outreach, patients on DOT took weekend tablets unobserved and some did not take them.",
  "Use VOT or three-times-weekly dosing so weekends are covered.", dept=D_TB, kw=["DOT", "directly observed therapy", "adherence"])
# ---- blood cultures / lab ----
I("inn-bc-24h-loading", DUNBAR, "Blood culture bottles loaded into the incubator around the clock",
  "Bottles taken at night sat in a porter's tray until morning, delaying incubation by up to 12 hours.",
  "A satellite blood culture incubator in ED lets bottles be loaded on arrival 24/7, and porters collect from wards hourly.",
  team=[(MAHMOOD, "team_member")], dept="Microbiology", kw=["blood culture", "incubator", "time to positivity"], stage="evaluated",
  outcome=[("Median time from collection to incubation", "9.5 hours", "1.2 hours")])
L("lesson-bc-two-sets", DUNBAR, "One set of blood cultures is not enough", "Single sets miss a third of bacteraemias and cannot tell contamination from true infection.",
  "Take two sets from separate sites before antibiotics.", dept="Microbiology", kw=["blood cultures", "two sets"])
# ---- IPC ----
I("inn-cdiff-two-stage-test", DUNBAR, "Two-stage C. difficile testing with GDH and toxin",
  "Toxin-only testing missed cases and PCR-only testing over-called colonisation.",
  "Stool samples are screened for GDH antigen, then toxin; GDH-positive toxin-negative patients are isolated as possible carriers but not treated.",
  dept="Microbiology", kw=["Clostridioides difficile", "GDH", "toxin testing", "diagnostics"], stage="embedded")
S("story-cdiff-fmt", "km_success_story", "Infectious diseases consultant", "Faecal transplant for recurrent C. diff",
  "A woman had her fourth bout of Clostridium difficile diarrhoea in six months and was housebound.",
  "We arranged faecal microbiota transplant through a regional stool bank after a literature search on outcomes.",
  "No recurrence at one year.", person=OKONKWO, working_with=[HALE], dept="Infectious Diseases", kw=["FMT", "recurrent CDI", "faecal microbiota transplant"])
L("lesson-noro-visitors", BRENNAN, "Tell visitors to stay away 48 hours after sickness and diarrhoea",
  "Two ward outbreaks began with a visitor who had been vomiting the day before.",
  "Use text messages and entrance signs to ask visitors with D&V to stay away for 48 hours.", dept=D_IPC, kw=["norovirus", "visitors", "D&V"])
L("lesson-side-room-doors", MCLEISH, "Side room doors were propped open", "Audits found a third of isolation room doors open, often so staff could watch patients at risk of falls.",
  "Use the falls-risk assessment to decide between isolation and observation, and record the decision.", dept=D_IPC, kw=["isolation", "side rooms", "falls"])
I("inn-uvc-disinfection", FERREIRA, "UV-C disinfection robot after terminal cleans",
  "HPV took four hours per room and kept rooms closed.",
  "A UV-C robot is used after the manual chlorine clean for rooms vacated by C. diff or CPE patients; cycle time 20 minutes.",
  team=[(MCLEISH, "team_member")], dept="Domestic services", kw=["UV-C", "ultraviolet", "room decontamination"], stage="testing", type_="device_product")
S("story-scabies-care-home", "km_success_story", "Care home manager", "Ending a scabies outbreak in a care home",
  "Itchy rashes spread through residents and staff for three months.",
  "The community IPC nurse arranged simultaneous treatment of all residents and staff on one day, and laundry at 60 degrees.",
  "No new cases after six weeks.", person=RAHMAN, dept="Community IPC", kw=["scabies", "care home", "outbreak"])
L("lesson-mattress-audit", ASANTE, "Mattress audits found hidden contamination", "A quarter of mattresses had strike-through when the cover was unzipped.",
  "Unzip and check mattresses at every terminal clean.", dept=D_IPC, kw=["mattresses", "equipment", "audit"])
I("inn-gnbsi-catheter-passport", ASANTE, "Catheter passport to cut E. coli bloodstream infections",
  "Half of our hospital-onset E. coli bacteraemias were linked to urinary catheters.",
  "A catheter passport records insertion reason and date with a daily 'does it still need to be in?' check, and a HOUDINI removal prompt.",
  team=[(NDLOVU, "team_member")], dept=D_IPC, kw=["Gram-negative bloodstream infection", "E. coli", "urinary catheter", "CAUTI"], stage="implemented")
AAR("cap-aar-measles-ed", BRENNAN, "AAR: measles exposure in the emergency department",
  "Review after a child with measles waited two hours in the ED waiting room.",
  "Identify rash and fever at triage and isolate immediately.",
  "The child was not isolated; 64 patients and 11 staff were exposed and needed contact tracing and immunity checks.",
  why="Triage screen did not prompt about rash; no side room free.",
  improve=["Add rash-and-fever prompt to triage", "Check staff MMR immunity on appointment"],
  people=[ARNOLD, SANDOVAL, LINDQVIST, RAHMAN], held="2025-03-03", dept=D_IPC, kw=["measles", "exposure", "contact tracing", "MMR"])
L("lesson-chickenpox-staff", SANDOVAL, "Staff with no chickenpox history were exposed on the ward",
  "Non-immune staff cared for a patient with shingles and had to be excluded from work days 8-21.",
  "Check varicella immunity at pre-employment and vaccinate non-immune staff.", dept="Occupational Health", kw=["chickenpox", "varicella", "staff immunity", "shingles"])
RET("cap-retro-covid-wave", BRENNAN, "Retrospect: COVID-19 winter wave 2022", "Capture learning from the last big COVID-19 wave.",
  ["Keep patients safe from hospital-onset COVID", "Keep staff well"],
  successes=[("Testing on admission picked up cases early", "Rapid PCR in ED")],
  improvements=[("Bays were mixed", "Patients moved before results came back"), ("Staff were exhausted", "Long periods in FFP3 masks")],
  recs=["Do not move patients until results are back", "Plan mask breaks"], people=[MCLEISH, ACHTER, WINTHROP], held="2023-04-20", dept=D_IPC, kw=["COVID-19", "SARS-CoV-2", "nosocomial"])
L("lesson-respirator-breaks", ACHTER, "Long shifts in respirators hurt", "Staff wearing FFP3 respirators for hours had pressure marks on the nose and headaches.",
  "Schedule a break every two hours and offer hoods for long shifts.", dept="Respiratory protection team", kw=["FFP3", "skin damage", "mask breaks"])
# ---- HCID ----
L("lesson-hcid-waste", SHEIKH, "Category A waste needs a contract in place before a patient arrives",
  "During the mpox cases we could not get Category A waste collected for four days.", "Keep a standing Category A waste contract for the HLIU.",
  dept=D_HLIU, kw=["clinical waste", "Category A", "HCID"])
AAR("cap-aar-lassa-call", SHEIKH, "AAR: suspected Lassa fever referral", "Review a night-time referral of a returning traveller from Sierra Leone with fever.",
  "Risk assess by phone, test for malaria first, admit to HLIU if high risk.",
  "Malaria test was positive within 90 minutes; the patient was treated on Heron Ward without HLIU admission.",
  sustain=["Malaria-first approach"], people=[TRAN, ELLIS, CHANDRAN], held="2025-08-12", dept=D_HLIU, kw=["Lassa fever", "VHF", "malaria", "risk assessment"])
# ---- Travel ----
S("story-travel-hajj", "innovation_story", "Travel nurse", "Hajj and Umrah vaccine clinic at the mosque",
  "Pilgrims need the meningitis ACWY vaccine certificate for Saudi Arabia and many were going without advice.",
  "The travel nurse held evening vaccine clinics at the mosque in the weeks before Hajj, with advice on heat and MERS.",
  "240 pilgrims vaccinated; positive feedback from the imam.", person=HADDAD, dept=D_TRAV, kw=["Hajj", "meningococcal vaccine", "MERS", "travel health"])
L("lesson-dengue-advice", CHEN, "Dengue is rising in travellers to South-East Asia", "Most dengue cases in our clinic had no advice on mosquito bite avoidance.",
  "Cover day-biting mosquitoes and DEET in every pre-travel consultation.", dept=D_TRAV, kw=["dengue", "mosquito", "bite avoidance"])
# ---- needlestick ----
AAR("cap-aar-needlestick-night", SANDOVAL, "AAR: needlestick injury on a night shift", "Review the response to a nurse's needlestick injury at 03:00.",
  "Baseline bloods, source testing and PEP decision within one hour.",
  "PEP decision took four hours because the source patient consent form could not be found.",
  improve=["Put source-testing consent form in the sharps injury pack"], people=[CHANDRAN, "Night site manager"], held="2025-06-19", dept="Occupational Health",
  kw=["needlestick", "PEP", "night shift"])
# ---- KM and LKS ----
S("story-lks-ipc-bulletin", "lks_impact_case_study", "IPC team", "Monthly infection evidence bulletin for the IPC and AMS teams",
  "The IPC team had no time to keep up with new guidance and journals.",
  "The outreach librarian set up a monthly current awareness bulletin on infection prevention, stewardship and outbreaks.",
  "Two guidance changes were picked up early; 40 subscribers.", working_with=[MURRAY], services=["current_awareness"], dept="Knowledge and Library Services", kw=["current awareness", "bulletin"])
CAFE("cap-cafe-isolation-patients", FENWICK, "Knowledge cafe: what is it like to be kept in isolation?", "Bring staff and former patients together about source isolation.",
  "How can we make isolation less isolating?", themes=["Explain why", "Windows and phones matter", "Touch and time"],
  people=[OBI, GALLAGHER, REILLY, "Former patients x3"], held="2025-02-26", dept="Heron Ward (infectious diseases)", kw=["isolation", "patient experience"])
# ---- more distractors ----
L("lesson-it-virus-phishing", BECKETT, "A computer virus came in through a fake invoice email",
  "A phishing email with a 'invoice' attachment installed a virus on two finance PCs.", "Run phishing simulations and report suspicious emails.",
  dept="Digital services", kw=["cyber security", "computer virus", "phishing"])
L("lesson-electrical-isolation", MARSH, "Electrical isolation before maintenance was not confirmed",
  "An electrician started work on a circuit that had not been isolated and locked off.", "Use lock-off and permit to work for every electrical isolation.",
  dept="Estates", kw=["electrical isolation", "permit to work", "lock-off"])
L("lesson-line-manager-appraisals", MOSS, "Appraisals happen when line managers have protected time",
  "Appraisal rates were lowest where line managers had 20+ direct reports.", "Cap direct reports at 12 per line manager.", dept="Organisational Development", kw=["appraisal", "line management"])
I("inn-webinar-hosting", FENWICK, "Hosting lunchtime webinars for the regional network",
  "Staff across the region could not travel to learning events.",
  "The knowledge team hosts monthly lunchtime webinars; recordings are kept on the intranet. The first topics were OPAT, TB and hand hygiene.",
  dept="Knowledge and Library Services", kw=["webinar", "hosting", "virtual learning"], stage="implemented", type_="lks_service")
L("lesson-screen-reader", MURRAY, "Library PDFs failed with screen readers", "Scanned PDFs could not be read by staff using screen readers.",
  "Provide accessible text versions of all library guides.", dept="Knowledge and Library Services", kw=["accessibility", "screen reader"])
I("inn-physio-isolation-resistance-bands", GALLAGHER, "Resistance band exercises for patients in isolation rooms",
  "Patients isolated for weeks lost strength and mobility because they could not walk to the gym.",
  "Each side room has a single-patient resistance band and an exercise sheet; the therapist does video-guided sessions through the window.",
  dept="Heron Ward (infectious diseases)", kw=["exercise", "deconditioning", "isolation"], stage="implemented", type_="clinical_practice")
L("lesson-travel-clinic-parking", ROWE, "Travel clinic patients could not find parking", "Patients arriving for travel vaccines were late because the clinic car park was for staff only.",
  "Give travel clinic patients a visitor parking permit with their appointment letter.", dept="Travel and transport", kw=["parking", "travel clinic"])
S("story-outbreak-of-kindness", "km_success_story", "Volunteer coordinator", "An outbreak of kindness: volunteers' knitted twiddle muffs",
  "Volunteers wanted to help wards during the pandemic.",
  "The volunteer knitting group made twiddle muffs and blankets for the wards.",
  "Over 600 items given out.", person=WINTHROP, dept="Voluntary services", kw=["volunteers", "knitting"])
