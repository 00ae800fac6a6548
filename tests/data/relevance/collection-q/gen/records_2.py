from build import I, S, L, AAR, RET, PA, HARV, CAFE, COP
from ids import *
D_IPC = "Infection Prevention and Control"
# ---------------- blood cultures / sepsis ----------------
I("inn-bc-contamination-packs", MAHMOOD, "Blood culture collection packs cut contaminated samples",
  "One in twelve blood culture sets grew skin organisms such as coagulase-negative staphylococci. False positives led to extra antibiotics, repeat tests and longer stays.",
  "The phlebotomy team and microbiology put together a single pack: chlorhexidine 2% in alcohol applicator, bottle-top wipes, a diversion tube and a laminated step card. Bottles are filled aerobic first. Staff were assessed on technique at the bedside.",
  team=[(DUNBAR, "clinical_champion"), (TAIT, "team_member")], dept="Phlebotomy", kw=["blood cultures", "contamination", "phlebotomy"], stage="evaluated",
  outcome=[("Blood culture contamination rate", "8.1%", "2.6%")])
L("lesson-bc-volume", DUNBAR, "Underfilled blood culture bottles miss bacteraemia",
  "Weighing bottles showed most adult sets held under 5 ml per bottle against the 8-10 ml recommended.",
  "Mark the fill line on the bottle and teach staff to fill to it; feed back bottle volumes monthly.", dept="Microbiology", kw=["blood culture volume", "bacteraemia"])
S("story-bc-sepsis-six", "innovation_story", "Sepsis nurse", "Cultures before antibiotics: getting the Sepsis Six right in the emergency department",
  "Only half of septic patients had blood cultures taken before their first antibiotic dose.",
  "The sepsis nurse practitioner worked with ED to put blood culture bottles in every resus bay and added a tick box to the sepsis screening tool.",
  "Cultures before antibiotics rose to 86%. Time to first antibiotic dose did not get longer.",
  person=TAIT, dept="Emergency Department", kw=["sepsis", "Sepsis Six", "blood cultures"])
I("inn-sepsis-ward-trigger", TAIT, "NEWS2-linked sepsis trigger on the wards",
  "Deteriorating patients with infection on general wards were recognised late.",
  "A NEWS2 score of 5 or more with suspected infection now triggers the sepsis screening tool in the electronic observations system and bleeps the outreach nurse. Antibiotics within one hour for red flag sepsis.",
  team=[(PETROVA, "team_member")], dept="Sepsis and outreach", kw=["sepsis", "NEWS2", "deterioration"], stage="embedded", type_="digital")
AAR("cap-aar-sepsis-sim", TAIT, "AAR after in-situ sepsis simulation on Heron Ward",
  "Learn from a simulated septic patient with a PICC line on the infectious diseases ward.",
  "Recognise line sepsis, take peripheral and line cultures, give antibiotics within the hour.",
  "Antibiotics were given at 52 minutes, but only line cultures were taken, no peripheral set.",
  why="Staff thought one set from the PICC was enough.",
  improve=["Teach paired peripheral and line cultures for suspected line infection"], people=[OBI, PRYCE, "Staff nurses x4"], held="2025-04-22", kw=["sepsis", "simulation", "line infection"])
L("lesson-sepsis-paired-cultures", TAIT, "Take paired cultures when a line infection is suspected",
  "Differential time to positivity between line and peripheral blood cultures helps decide whether a PICC must come out.",
  "Always take one peripheral and one line set, labelled, at the same time.", dept="Sepsis and outreach", kw=["catheter-related bloodstream infection", "CRBSI", "blood cultures"])
S("story-bc-rapid-id", "km_success_story", "Consultant microbiologist", "Rapid identification of positive blood cultures speeds up the right antibiotic",
  "Positive blood cultures took up to 48 hours to be identified, and patients stayed on broad-spectrum antibiotics meanwhile.",
  "Microbiology introduced MALDI-TOF identification direct from positive bottles and a phone call to the ward from the infection consultant with advice.",
  "Time to targeted therapy fell from 52 to 21 hours on average.", person=DUNBAR, dept="Microbiology", kw=["bacteraemia", "rapid diagnostics", "blood stream infection"])
L("lesson-bc-labels", MAHMOOD, "Unlabelled blood culture bottles are rejected",
  "Eleven bottle sets in a month were rejected by the laboratory for missing labels, meaning repeat venepuncture.",
  "Label bottles at the bedside before filling, never in the treatment room.", dept="Phlebotomy", kw=["blood cultures", "labelling", "specimen rejection"])
# ---------------- IPC: C diff, cohorting, norovirus, outbreaks ----------------
I("inn-ipc-cdiff-ward-rounds", MCLEISH, "Weekly C. diff ward round with microbiology and pharmacy",
  "Clostridioides difficile infection rates had risen for two years and each case review was done weeks later.",
  "A weekly ward round reviews every patient with C. difficile toxin-positive stool: treatment (oral vancomycin or fidaxomicin), proton pump inhibitor review, antibiotic review, isolation and cleaning. The post-infection review is done at the bedside the same week.",
  team=[(DUNBAR, "team_member"), (KOWAL, "team_member"), (ADEYEMI, "clinical_champion")], dept=D_IPC, kw=["C diff", "CDI", "Clostridium difficile"], stage="evaluated",
  outcome=[("Hospital-onset CDI cases per year", "61", "39")])
L("lesson-cdiff-stool-chart", ADEYEMI, "Bristol stool chart entries were missing when diarrhoea started",
  "Delayed stool samples came from poor recording: loose stools were not charted, so nobody sent a sample within 24 hours.",
  "Chart every bowel movement using the Bristol stool chart and send a sample on the first type 6-7 stool.", dept="Surgical wards", kw=["diarrhoea", "stool sample", "C difficile"])
I("inn-ipc-cohort-bays", MCLEISH, "Cohort bays for norovirus instead of closing whole wards",
  "Every norovirus outbreak closed a whole ward for a week or more and beds were lost across the hospital.",
  "The IPC team wrote a bay-closure approach: symptomatic patients are cohorted in a bay with the doors shut, dedicated staff and equipment, and the rest of the ward stays open. Terminal clean of the bay 48 hours after the last symptoms.",
  team=[(BRENNAN, "co_lead"), (FERREIRA, "team_member")], dept=D_IPC, kw=["cohorting", "norovirus", "bay closure"], stage="embedded",
  outcome=[("Bed days lost to norovirus per winter", "620", "210")])
RET("cap-retro-noro-winter", BRENNAN, "Retrospect: norovirus season 2024-25",
  "Look back on the winter vomiting bug season.",
  ["Keep wards open where possible", "Stop spread between wards"],
  successes=[("Bay closures worked on 7 of 9 wards", "Ward managers knew the cohorting rules")],
  improvements=[("Staff moved between wards", "Bank staff were deployed across closed and open areas"), ("Visitors came in with symptoms", "Signs were not at the main entrance")],
  recs=["Keep bank staff on one ward during an outbreak", "Put 'stay away if you have D&V' signs at entrances"],
  people=[MCLEISH, FERREIRA, ADEYEMI, OBI], held="2025-04-30", dept=D_IPC, kw=["norovirus", "outbreak", "D&V", "winter vomiting"])
S("story-ipc-care-homes-noro", "km_success_story", "Care home manager", "Care homes got through norovirus without hospital admissions",
  "Care homes in the Tarn Valley had repeated outbreaks of sickness and diarrhoea and sent residents to hospital.",
  "The community infection prevention nurse visited each home with an outbreak pack: posters, stool sample kits, a daily case log and advice on closing units to admissions.",
  "Admissions from care homes with outbreaks fell from 19 to 4 in the season.", person=RAHMAN, dept="Community IPC", kw=["care homes", "gastroenteritis", "outbreak"])
L("lesson-ipc-outbreak-meeting-early", BRENNAN, "Call the outbreak meeting on day one",
  "In the 2023 Klebsiella cluster we waited for typing results before calling the outbreak control meeting, and three more patients were colonised.",
  "Call an outbreak meeting as soon as two linked cases are suspected; typing can follow.", dept=D_IPC, kw=["outbreak control", "Klebsiella", "cluster"])
AAR("cap-aar-flu-outbreak-ward9", MCLEISH, "AAR: influenza outbreak on Ward 9",
  "Review the flu outbreak that affected 7 patients and 4 staff.",
  "Isolate symptomatic patients, test contacts, antivirals within 48 hours.",
  "Side rooms were all full with C. diff patients so flu patients were cohorted in bay B; two contacts were not given prophylaxis.",
  improve=["Prioritise side rooms using the isolation priority tool", "Pharmacy to stock oseltamivir on ward"],
  people=[ADEYEMI, ASANTE, KOWAL, LINDQVIST], held="2025-01-15", dept=D_IPC, kw=["influenza", "outbreak", "side rooms"])
I("inn-ipc-isolation-priority-tool", MCLEISH, "Side room priority tool",
  "There are 42 side rooms and often 60 patients who 'need' one.",
  "A scoring tool ranks patients by infection risk (for example diarrhoea, open TB, CPE, chickenpox score highest; historic MRSA lower). Bed managers use it at every site meeting.",
  dept=D_IPC, kw=["isolation", "side rooms", "prioritisation"], stage="implemented", type_="process_admin")
L("lesson-ipc-hpv", FERREIRA, "Hydrogen peroxide vapour needs the room sealed properly",
  "An HPV decontamination cycle failed because the air vent was not taped.",
  "Use the room-sealing checklist and check indicators after every HPV cycle.", dept="Domestic services", kw=["HPV", "decontamination", "terminal clean"])
I("inn-ipc-terminal-clean-tracker", FERREIRA, "Terminal clean tracker on the bed management board",
  "Beds stayed empty for hours because nobody knew when the terminal clean after an infectious patient was finished.",
  "Domestic supervisors update the bed board when the clean starts and ends. Rooms cleaned with chlorine or HPV are flagged so the ward knows the type of clean.",
  team=[(MCLEISH, "clinical_champion")], dept="Domestic services", kw=["terminal cleaning", "bed board"], stage="implemented", type_="process_admin")
L("lesson-ipc-commodes", FERREIRA, "Commodes were the dirtiest item in the audit",
  "ATP swabs found 40% of 'clean' commodes contaminated underneath the seat.",
  "Use the 'I am clean' tape and check under the seat on commode audits.", dept="Domestic services", kw=["commodes", "cleaning audit", "equipment cleaning"])
# ---------------- hand hygiene, MRSA, CPE ----------------
I("inn-hh-peer-observers", ASANTE, "Hand hygiene audits by peers from other wards",
  "Our hand hygiene audits always scored 98-100% because staff audited their own ward and everybody knew when it happened.",
  "Link practitioners swap wards and observe the 5 moments of hand hygiene for 20 minutes unannounced. Results go to the ward manager the same day with one thing to praise and one to fix.",
  team=[(JENKINS, "team_member")], dept=D_IPC, kw=["hand hygiene", "5 moments", "audit"], stage="embedded",
  outcome=[("Observed compliance (independent audit)", "71%", "88%")])
S("story-hh-hca-champion", "innovation_story", "Healthcare assistant", "Hand washing games at tea break on our ward",
  "I noticed people rubbed the gel in for two seconds and walked off.",
  "I borrowed the UV light box from the infection team and let colleagues see the bits they missed on their thumbs and fingertips. We made it a tea-break competition.",
  "Everyone on the ward had a go; our audit went up and two other wards borrowed the box.", person=JENKINS, dept="Ward 12", kw=["hand washing", "UV box", "hand gel"])
I("inn-cpe-admission-screening", ASANTE, "Admission screening for carbapenemase-producing organisms",
  "Patients transferred from hospitals abroad or from known CPE areas were not screened and two unexpected CPE cases were found on medical wards.",
  "A CPE risk question at admission (hospital abroad or in a known CPE area in the last 12 months, or previous CPE) triggers a rectal swab and pre-emptive side room. Results in 48 hours by PCR.",
  team=[(DUNBAR, "team_member")], dept=D_IPC, kw=["CPE", "carbapenemase", "rectal screening", "Enterobacterales"], stage="implemented")
L("lesson-cpe-letters", ASANTE, "Patients found to carry CPE need a letter to take home",
  "A patient known to carry a carbapenem-resistant organism was readmitted elsewhere and not isolated because nobody there knew.",
  "Give every CPE-positive patient a carrier card and letter, and put an alert on the GP record.", dept=D_IPC, kw=["CPE", "alert card", "carrier"])
I("inn-mrsa-decolonisation", ASANTE, "MRSA decolonisation started at pre-admission",
  "Patients found MRSA positive at pre-admission started decolonisation on the ward, too late to help.",
  "Pre-admission swabs are chased by the IPC team and positive patients get mupirocin nasal ointment and chlorhexidine body wash posted home to start five days before admission.",
  dept=D_IPC, kw=["MRSA", "decolonisation", "meticillin-resistant Staphylococcus aureus"], stage="embedded")
L("lesson-hh-gloves", JENKINS, "Gloves are not a substitute for hand hygiene",
  "Staff wore the same gloves between patients and thought they were protected.",
  "Teach 'gloves off, hands cleaned' at every glove change.", dept=D_IPC, kw=["gloves", "hand hygiene", "PPE"])
S("story-ipc-superbug-lit", "lks_impact_case_study", "IPC lead nurse", "Evidence on chlorhexidine washing to stop superbugs spreading",
  "The IPC lead asked whether daily chlorhexidine bathing reduces resistant bacteria on high-risk wards.",
  "The librarian searched for systematic reviews and summarised the evidence on universal decolonisation.",
  "The team decided not to introduce universal washing but to target known MRSA carriers, avoiding £18,000 a year.",
  person=MCLEISH, working_with=[HALE], services=["literature_search", "evidence_summary"], kw=["chlorhexidine bathing", "MRSA", "resistant organisms"])
COP("cap-cop-link-practitioners", ASANTE, "IPC link practitioners meeting", "Monthly meeting of ward infection control link nurses.",
  "IPC link practitioner network", agenda=["Hand hygiene peer audit results", "CPE screening compliance", "Cannula care bundle"],
  people=[JENKINS, ADEYEMI, "Link nurses from 14 wards"], dept=D_IPC, kw=["link practitioners", "infection control"])
L("lesson-ipc-cannula-vip", ASANTE, "VIP scores were recorded but cannulas not removed",
  "Visual infusion phlebitis (VIP) scores were charted but cannulas with a score of 2 stayed in.",
  "Add 'remove if not needed or VIP 2+' to the cannula sticker and check at every ward round.", dept=D_IPC, kw=["peripheral cannula", "phlebitis", "VIP score"])
