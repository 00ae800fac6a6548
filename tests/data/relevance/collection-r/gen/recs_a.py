from lib import *

# ---------------- A. FEES (fibreoptic endoscopic evaluation of swallowing) ----------------
inn("inn-fees-bedside-service",
    "Bedside FEES service halves the wait for an instrumental swallow assessment",
    "person-rhian-okafor",
    "Inpatients with suspected silent aspiration waited on average 9 days for a videofluoroscopy slot, many "
    "stayed nil by mouth or on a modified diet longer than they needed to, and some were too unwell to travel "
    "to the X-ray department at all.",
    "We set up a ward-based Fibreoptic Endoscopic Evaluation of Swallowing (FEES) service run by two "
    "competency-signed SLTs with ENT support. A portable nasendoscope stack on a trolley is booked through the "
    "SLT admin hub; the SLT passes the scope, the patient is given coloured food and drink of different IDDSI "
    "levels, and the recording is reviewed jointly. We wrote a competency framework following the RCSLT position "
    "paper, a consent leaflet in plain English and a report template that goes into the electronic record the "
    "same day. Lists run Tuesday and Thursday mornings on the medical wards at Kestrelmoor Infirmary.",
    team=[("person-ravi-menon", "clinical_champion"), "person-tomasz-wierzbicki", "person-bethan-morgan"],
    stage="evaluated", kw=["FEES", "dysphagia", "instrumental assessment", "nasendoscopy"],
    summary="Ward-based fibreoptic endoscopic evaluation of swallowing for patients who cannot wait for, or travel to, videofluoroscopy.",
    outcome=[("Days from referral to instrumental swallow assessment", "9", "4"),
             ("Patients kept nil by mouth over 72 hours awaiting assessment", "31%", "12%", "patient_safety")],
    klp=["Agree scope decontamination slots with the endoscopy unit before the first list.",
         "Keep two trained SLTs per list so that one can hold the scope and one can feed."], b=1)

cap("cap-aar-fees-first-list", "After action review: first ward FEES list on Heron Ward",
    aar("Four patients assessed with FEES on Heron Ward between 9 and 12, reports on the record by 2pm.",
        "Three patients assessed; the fourth had pulled out her NG tube and the ward needed the bay for a "
        "re-passing. Reports went on by 3.30pm because the laptop would not connect to the ward Wi-Fi.",
        "We had not checked the ward's own plans for the morning and had no offline report template.",
        sustain=["Having the ENT registrar on the end of a phone for the first list",
                 "Coloured jelly and green-dyed water made residue easy to see on the recording"],
        improve=["Ring the nurse in charge the day before", "Keep a paper report template in the trolley"]),
    "2024-05-14", "Learn from the first bedside FEES list before the service went live on all medical wards.",
    facilitator="person-zara-hussain",
    participants=["person-rhian-okafor", "person-ravi-menon", "person-bethan-morgan", "Nurse in charge, Heron Ward"],
    kw=["FEES", "after action review"], context_refs=["inn-fees-bedside-service"])

lesson("lesson-fees-scope-decontam",
       "Book the scope decontamination slot before the FEES list, not after",
       "On two early lists the endoscope came back from decontamination late and the list started an hour behind.",
       "Book the decontamination turnaround with the endoscopy unit when the FEES list is booked.",
       owner="person-rhian-okafor", category="equipment", kw=["FEES", "endoscope", "decontamination"],
       related=["inn-fees-bedside-service"], source="cap-aar-fees-first-list")

story("story-fees-business-case-evidence",
      "Evidence summary helps secure a second nasendoscope for the swallow service",
      "lks_impact_case_study", "Consultant speech and language therapist",
      "Rhian needed evidence comparing fibreoptic endoscopic evaluation of swallowing with videofluoroscopy for "
      "a business case: detection of aspiration and penetration, patient comfort, cost, and use in people who "
      "cannot sit upright.",
      "The clinical librarian searched MEDLINE, CINAHL and the Cochrane Library, screened 140 hits and wrote a "
      "four-page evidence summary with a table of diagnostic accuracy studies.",
      "The business case for a second scope stack (GBP 28,000) was approved by the divisional board. "
      "Rhian said the summary saved her two weeks of evenings.",
      asker="person-rhian-okafor", working_with=["person-ian-calloway"], about=["inn-fees-bedside-service"],
      services=["literature_search", "evidence_summary"], impact=["informed_decision", "service_development"],
      kw=["FEES", "videofluoroscopy", "evidence summary", "business case"], b=0)

cap("cap-peer-endoscopic-swallow-trach",
    "Peer assist: endoscopic swallow assessment for patients with a tracheostomy",
    peer("Kestrelmoor SLT tracheostomy team",
         "We want to use fibreoptic endoscopic evaluation of swallowing with patients who have a tracheostomy, "
         "including during cuff deflation trials, and want to learn from a team that already does it.",
         peers=["Elmsworth Hospitals NHS Trust SLT department"],
         options=["Do the endoscopic assessment with the cuff down and a speaking valve on where tolerated",
                  "Look at secretion management first; a Murray secretion scale score helps decide",
                  "Agree with the physio who suctions if the patient desaturates"]),
    "2025-01-22", "Learn from Elmsworth before extending endoscopic swallow assessment to tracheostomy patients.",
    facilitator="person-zara-hussain",
    participants=["person-priya-lakhani", "person-rhian-okafor", "person-oluwaseun-bello", "person-tom-reddaway"],
    kw=["tracheostomy", "swallowing", "peer assist"])

lesson("lesson-nasendoscopy-topical-spray",
       "Ask about topical anaesthetic before endoscopic swallow assessment",
       "Two patients declined the endoscopic swallow test because nobody had explained the nose spray option. "
       "Some units avoid topical anaesthetic because it may change sensation in the throat.",
       "Explain the choice of lidocaine nasal spray in the consent conversation and record what was agreed.",
       owner="person-tomasz-wierzbicki", category="consent", kw=["nasendoscopy", "consent", "anaesthetic"])

# distractors: fees / scope
inn("inn-study-leave-fees-portal", "Online study leave portal pays course fees in 10 days instead of 6 weeks",
    "person-nigel-ashby",
    "Staff paid conference and course fees on their own cards and waited six weeks or more to be reimbursed. "
    "Paper forms went missing between managers and the education centre.",
    "We moved study leave requests onto an online portal. Managers approve on their phone, the education "
    "finance team pays course fees direct to the provider, and staff can see where their request is. Fees over "
    "GBP 500 go to the panel that meets fortnightly.",
    stage="embedded", itype="process_admin", setting="corporate", dept="Education Centre",
    kw=["study leave", "course fees", "reimbursement"],
    outcome=[("Days to pay course fees", "42", "10", "efficiency_cost")], b=3)

lesson("lesson-conference-fees-refunds",
       "Check refund terms before booking conference fees",
       "We lost GBP 1,900 of conference fees last year when staff could not attend because of rota changes.",
       "Book refundable or transferable tickets, and name a colleague who can take the place.",
       owner="person-nigel-ashby", dept="Education Centre", category="finance",
       kw=["conference fees", "study leave"])

lesson("lesson-epr-project-scope-creep",
       "Freeze the scope of each EPR release before testing starts",
       "The therapy documentation release grew from 6 forms to 19 because new requests were accepted after "
       "testing began; go-live slipped by four months.",
       "Agree and freeze the project scope at the design sign-off and put later requests into the next release.",
       owner="person-amy-tran", dept="Digital Services", category="project management",
       kw=["EPR", "scope", "project management"])

# ---------------- B. Videofluoroscopy ----------------
inn("inn-vfs-joint-clinic",
    "Joint radiographer and SLT videofluoroscopy clinic with same-day reports",
    "person-tomasz-wierzbicki",
    "Videofluoroscopic swallow study (VFSS) lists were cancelled when a radiologist was not free, and reports "
    "took up to three weeks to reach the referrer.",
    "An advanced practitioner radiographer and a highly specialist SLT now run the videofluoroscopy clinic "
    "together without a radiologist in the room, following a local protocol agreed with the imaging "
    "directorate. The radiographer screens and manages dose; the SLT leads the swallow trials with barium of "
    "standard thickness. The SLT writes a structured report straight after the list. Patients come from the "
    "wards, the head and neck clinic and community teams.",
    team=["person-nadia-farouk", "person-rhian-okafor"], stage="evaluated",
    kw=["videofluoroscopy", "VFSS", "VFS", "dysphagia", "radiographer"],
    outcome=[("Lists cancelled per quarter", "7", "1", "efficiency_cost"),
             ("Days from study to report", "15", "1")], b=None)

lesson("lesson-vfs-barium-recipes",
       "Standard barium recipes stop confusion between thickness levels",
       "Barium mixed by eye on the day did not match the IDDSI level written on the report, so the ward was given "
       "the wrong advice about drinks.",
       "Use the laminated barium recipe card for each IDDSI level and flow-test every batch before the study.",
       polarity="improve", owner="person-nadia-farouk", category="equipment",
       kw=["videofluoroscopy", "barium", "IDDSI"], related=["inn-vfs-joint-clinic"], dept="Radiology")

cap("cap-aar-vfs-seating",
    "AAR: videofluoroscopy chair did not fit a patient in a wheelchair",
    aar("Complete the swallow study for a patient who uses a tilt-in-space wheelchair.",
        "The fluoroscopy chair could not take his weight and his own chair did not fit between the C-arm and the "
        "table, so the study was abandoned after 20 minutes.",
        "Seating needs were not asked about on the referral form.",
        sustain=["The radiographer stopped early and kept dose low"],
        improve=["Add a seating question to the VFS referral", "Trial the hospital's bariatric imaging chair"]),
    "2025-03-04", "Understand why a booked videofluoroscopy could not be done.",
    facilitator="person-zara-hussain",
    participants=["person-tomasz-wierzbicki", "person-nadia-farouk", "Porter, imaging"],
    kw=["videofluoroscopy", "seating", "wheelchair"], context_refs=["inn-vfs-joint-clinic"])

story("story-vfs-reports-gps",
      "Clearer swallow X-ray reports mean GPs stop ringing us",
      "km_success_story", "Practice manager, Wyvern Vale GP federation",
      "GP surgeries told us they could not understand our videofluoroscopy reports: the advice was buried in "
      "jargon about penetration-aspiration scale scores and bolus residue.",
      "Tomasz and the team rewrote the report so that the first box says in plain words what the person can eat "
      "and drink and what to watch for. The technical findings follow below.",
      "Calls from surgeries asking what a report means fell from about 12 a month to 2.",
      working_with=["person-tomasz-wierzbicki"], about=["inn-vfs-joint-clinic"],
      impact=["time_saved", "improved_patient_care"], kw=["videofluoroscopy", "reports", "GP"], b=4)

# ---------------- C. Thickened fluids / IDDSI / texture ----------------
inn("inn-iddsi-ward-kitchens",
    "Moving every ward kitchen to the IDDSI framework in six weeks",
    "person-claire-dunmore",
    "The trust still used old national descriptors (stage 1, 2, 3 and 'syrup', 'custard' consistency) alongside "
    "the International Dysphagia Diet Standardisation Initiative, so patients moving between wards and care homes "
    "got different food and drink textures.",
    "Dietetics, SLT and catering agreed a go-live date. We relabelled thickener tins and menus with IDDSI level "
    "numbers and colours, trained housekeepers and ward hosts in the flow test and fork pressure test, and gave "
    "each ward a pocket card. SLT assistants visited every ward at lunch in the first fortnight.",
    team=["person-josie-hale", "person-rhian-okafor", ("person-lucy-brennan", "team_member")], stage="embedded",
    kw=["IDDSI", "texture modified diet", "thickened fluids", "catering"],
    outcome=[("Wards using IDDSI labels only", "4 of 22", "22 of 22")], dept="Nutrition and Dietetics")

inn("inn-thickener-prescribing-pharmacy",
    "One thickener on formulary and pharmacy-labelled tins for every patient",
    "person-lucy-brennan",
    "Three brands of thickening powder were in use with different scoop sizes. Nurses borrowed tins between "
    "patients and drinks were made to the wrong thickness.",
    "We moved to a single gum-based thickener on the formulary. Pharmacy labels each tin with the patient's "
    "name, the IDDSI level (for example Level 2 mildly thick) and the number of scoops per 200ml. The thickener "
    "is now prescribed on the drug chart so that it is signed for like any other medicine.",
    team=["person-claire-dunmore", "person-rhian-okafor"], stage="implemented", dept="Pharmacy",
    kw=["thickener", "thickening powder", "prescribing", "formulary"])

lesson("lesson-thickener-scoop-sizes",
       "Scoops are not interchangeable between thickener brands",
       "A patient on mildly thick drinks was given moderately thick fluids because the nurse used a scoop from "
       "another brand's tin.",
       "Keep the scoop in its own tin and throw away loose scoops.", owner="person-lucy-brennan",
       kw=["thickener", "scoop", "drinks"], dept="Pharmacy", related=["inn-thickener-prescribing-pharmacy"])

cap("cap-aar-thin-fluids-near-miss",
    "AAR after a patient was given un-thickened tea",
    aar("Patient on Level 3 (moderately thick) fluids receives only thickened drinks.",
        "A bank healthcare assistant gave normal tea at the afternoon round. The patient coughed; no harm followed.",
        "The bedside sign had been taken down during a bed move and the handover sheet did not say 'thickened'.",
        sustain=["The patient's daughter spoke up straight away"],
        improve=["Swallow advice goes on the electronic whiteboard, not only the bedside sign",
                 "Drinks trolley has a 'check before you pour' tag"]),
    "2025-06-11", "Learn from a near miss with drink consistency.",
    facilitator="person-zara-hussain",
    participants=["person-josie-hale", "person-maggie-thorne", "Ward manager, Kite Ward", "Bank HCA"],
    kw=["thickened fluids", "near miss", "dysphagia"])

story("story-thicker-drinks-at-home",
      "Helping families make drinks thicker at home",
      "discovery_story", "Carer of a man going home from hospital",
      "'They told me Dad's drinks need to be thicker, like single cream, but nobody showed me how and the "
      "powder went lumpy.' Families were going home with a tin and a leaflet they found hard to follow.",
      "Our assistant made a two-minute phone video showing how to stir the powder into juice, milk and tea, "
      "and how to check it with a syringe. We now show it to every family before the person goes home.",
      "Families say they feel confident; the community team gets fewer worried phone calls in the first week.",
      working_with=["person-josie-hale"], kw=["drinks", "carers", "going home"], dept=SLT,
      impact=["improved_patient_care"])

lesson("lesson-iddsi-fork-test",
       "Teach the fork pressure test at the servery, not in the classroom",
       "Housekeepers who were shown the fork and spoon tests on real minced and moist and pureed meals at the "
       "servery used them; those taught in a classroom did not.",
       "Do IDDSI food texture training at mealtimes with the food on the ward.", polarity="sustain",
       owner="person-josie-hale", kw=["IDDSI", "fork pressure test", "pureed", "minced and moist"],
       related=["inn-iddsi-ward-kitchens"])

inn("inn-picture-menu-texture",
    "Picture menu for soft, minced and pureed meals",
    "person-josie-hale",
    "Patients on a texture-modified diet were offered the same three dishes every day because staff could not "
    "tell which dishes came in which texture.",
    "We photographed every meal at each texture and made a picture menu. Patients point to what they want.",
    team=["person-claire-dunmore"], stage="implemented", kw=["texture modified", "menu", "mealtimes"],
    itype="process_admin", summary="Short and sweet: photos of every dish at every texture.")

lesson("lesson-documentation-consistency",
       "Consistency of clinic letter layout across departments",
       "Our audit of 400 outpatient letters found no consistency in where the diagnosis, actions and follow-up "
       "sat on the page; GPs missed actions.",
       "Use the trust letter template so that actions for the GP are always in the first box.",
       owner="person-dawn-heywood", dept="Medical Secretaries", category="documentation",
       kw=["letters", "consistency", "documentation audit"])

# ---------------- D. Tracheostomy ----------------
inn("inn-cuff-deflation-protocol",
    "Cuff deflation and speaking valve protocol gets patients with a tracheostomy talking sooner",
    "person-priya-lakhani",
    "Patients with a cuffed tracheostomy tube on the wards often went weeks without voice because nobody felt "
    "confident to deflate the cuff outside the SLT's working hours.",
    "With the tracheostomy nurse specialist and respiratory physiotherapy we wrote a stepwise protocol: "
    "readiness checklist, first cuff deflation with the SLT and physio present, then nurse-led cuff-down "
    "periods building to a one-way speaking valve (Passy Muir or similar). The protocol includes what to do if "
    "the patient cannot breathe around the tube and a bed-head sign saying whether the cuff is up or down. "
    "Training was given on every ward that takes tracheostomy patients.",
    team=[("person-oluwaseun-bello", "co_lead"), "person-tom-reddaway"], stage="evaluated",
    kw=["tracheostomy", "cuff deflation", "speaking valve", "one-way valve", "communication"],
    outcome=[("Days from tracheostomy to first voice", "19", "8", "patient_experience")],
    klp=["Never fit a one-way valve with the cuff inflated."], b=1)

inn("inn-trach-bedhead-boxes",
    "Bedhead emergency boxes for every patient with a trach",
    "person-oluwaseun-bello",
    "In an emergency staff were hunting for a spare tube, tracheal dilators and suction catheters.",
    "Every patient with a tracheostomy now has a sealed box at the bedhead with a spare tube of the same size and "
    "one smaller, an inner cannula, dilators and the NTSP bedhead sign. Boxes are checked every shift.",
    stage="embedded", dept="Respiratory Nursing", kw=["tracheostomy", "trach", "emergency", "spare tube"],
    outcome=[("Shifts with a complete emergency box (audit)", "58%", "97%", "patient_safety")])

cap("cap-retro-trach-ward-round",
    "Retrospect: first year of the weekly tracheostomy ward round",
    retro(["See every ward patient with a tracheostomy once a week as a team",
           "Cut the time to decannulation", "Get more patients speaking and eating"],
          achieved=["Every patient seen weekly", "Median time to decannulation down from 24 to 17 days"],
          successes=[("Same four faces every week", "Ward staff knew who to ask")],
          improvements=[("Weekend gaps", "No SLT or trach nurse at weekends, so cuff deflation stalled on Fridays")],
          recs=["Keep the round on Wednesdays", "Add a pharmacist for secretion-drying medicines"], score=8),
    "2025-09-30", "Look back at the first year of the tracheostomy round.",
    facilitator="person-zara-hussain",
    participants=["person-priya-lakhani", "person-oluwaseun-bello", "person-tom-reddaway", "person-lucy-brennan"],
    kw=["tracheostomy", "ward round", "decannulation"])

lesson("lesson-valve-cuff-up-incident",
       "A speaking valve must never go on with the cuff up",
       "A patient became distressed and breathless when a one-way valve was placed by a visiting agency nurse "
       "while the cuff was still inflated.",
       "Use the bed-head sign and the red valve tag; only staff who have done the trach training fit valves.",
       owner="person-priya-lakhani", category="patient safety",
       kw=["speaking valve", "cuff", "tracheostomy", "incident"], related=["inn-cuff-deflation-protocol"])

story("story-first-words-six-weeks",
      "'I told my wife I loved her': first words after six weeks with a tracheostomy",
      "innovation_story", "Ward sister, Kite Ward",
      "Mr D had been unable to speak for six weeks after a long illness left him with a tracheostomy. He wrote "
      "notes, but his hands shook.",
      "Under the new protocol, the SLT and physio deflated his cuff and tried a one-way valve on the first visit. "
      "He tolerated it for 20 minutes.",
      "He spoke to his wife on the phone that evening. Staff said it changed how the whole bay felt.",
      about=["inn-cuff-deflation-protocol"], kw=["tracheostomy", "voice", "patient experience"],
      impact=["improved_patient_care"])

cap("cap-elicit-trach-emergencies",
    "Elicitation interview: what an experienced trach nurse knows about emergencies",
    elicit("person-oluwaseun-bello", "Tracheostomy emergencies on general wards",
           [("What is the first thing you look at?", "Is the patient breathing, and through what? Look, listen, "
             "feel at the mouth and at the tube. Then call for help early."),
            ("What do new staff get wrong?", "They try to re-insert a displaced tube blind. Oxygen to face and "
             "stoma first, then call the airway team."),
            ("What about blocked tubes?", "Take out the inner cannula before anything else; most blockages are "
             "in the inner tube.")]),
    "2025-11-18", "Capture Oluwaseun's know-how before he moves to a regional role.",
    facilitator="person-zara-hussain", participants=["person-oluwaseun-bello"],
    kw=["tracheostomy", "emergency", "airway"])

lesson("lesson-trach-weaning-physio",
       "Secretion load decides the pace of weaning, not the calendar",
       "Patients with heavy secretions who were pushed to decannulate on a fixed timetable were re-cannulated.",
       "Use the suction frequency and cough strength scores to pace weaning from the trach.",
       owner="person-tom-reddaway", dept="Physiotherapy", kw=["weaning", "decannulation", "secretions"],
       polarity="improve")

# distractors: valve / cuff / tube
inn("inn-swallow-ward-heating-valves",
    "Thermostatic radiator valves on Swallow Ward cut complaints about cold bays",
    "person-bryn-tudor",
    "Swallow Ward, one of the older Nightingale wards, had bays at 16C while the nurses' station was at 26C. "
    "The old valves were stuck open or shut.",
    "Estates replaced 38 radiator valves with thermostatic ones, balanced the heating circuit and fitted "
    "temperature loggers in each bay.",
    stage="implemented", itype="other", setting="corporate", dept="Estates and Facilities",
    kw=["Swallow Ward", "heating", "valves", "estates"], b=4)

cap("cap-aar-pneumatic-tube-outage",
    "AAR: pneumatic tube system down for 30 hours",
    aar("Samples and medicines sent by pneumatic tube reach pathology and pharmacy within 5 minutes.",
        "A carrier jammed in the main diverter; the tube system was down for 30 hours and porters ran samples by "
        "hand.",
        "No spare diverter on site and the maintenance contract did not cover weekends.",
        improve=["Keep a spare diverter", "Agree a runner rota in advance"]),
    "2025-02-17", "Learn from the pneumatic tube outage.", facilitator="person-zara-hussain",
    participants=["person-bryn-tudor", "Portering manager", "Pharmacy dispensary lead"],
    dept="Estates and Facilities", kw=["pneumatic tube", "estates", "business continuity"])

lesson("lesson-bp-cuff-cleaning",
       "Blood pressure cuffs are missed in bed-space cleaning",
       "ATP swabs found blood pressure cuffs were the dirtiest item in the bed space.",
       "Add BP cuffs and pulse oximeter probes to the daily cleaning checklist and use single-patient cuffs in isolation.",
       owner="person-julia-fenwick", dept="Infection Prevention and Control", category="infection control",
       kw=["blood pressure cuff", "cleaning", "IPC"])
