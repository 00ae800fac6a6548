from lib import *

inn("inn-saliva-management",
    "Drooling clinic: a pathway for saliva management",
    "person-rhian-okafor",
    "People with Parkinson's, MND and after stroke were embarrassed by drooling (sialorrhoea) and some had "
    "chest infections from pooled saliva. Treatment was ad hoc.",
    "SLT, pharmacy and neurology agreed a stepped pathway: posture and swallow reminders first, then "
    "hyoscine patches or glycopyrronium, then botulinum toxin injections into the salivary glands.",
    team=["person-lucy-brennan"], stage="implemented",
    kw=["drooling", "saliva", "sialorrhoea", "botulinum toxin"])

inn("inn-head-neck-prehab",
    "Swallowing prehab before head and neck radiotherapy",
    "person-gareth-pennock",
    "People having radiotherapy for head and neck cancer lose swallowing function, and some never eat "
    "normally again.",
    "Every patient sees the SLT before treatment starts and is taught swallowing exercises (tongue base, "
    "Mendelsohn, effortful swallow) and jaw stretches for trismus, and keeps eating by mouth during treatment "
    "where possible. Dietitians join the same clinic.",
    team=["person-claire-dunmore"], stage="evaluated", setting="acute",
    kw=["head and neck cancer", "radiotherapy", "prehabilitation", "swallowing exercises", "trismus"],
    outcome=[("Patients still eating orally at 6 months (MDADI collected)", "58%", "74%")])

cap("cap-cop-slt-assistants",
    "SLT assistants network: scope of practice",
    cop("Trust SLT assistants network",
        agenda=["What assistants can and cannot do on dysphagia caseloads", "Competency sign-off for mealtime "
                "observations", "Band 4 apprenticeship"],
        artefacts=["Assistant scope of practice document"]),
    "2025-03-12", "Agree the scope of practice for SLT assistants.", facilitator="person-harriet-lomax",
    participants=["person-josie-hale", "person-harriet-lomax", "SLT assistants (community)"],
    kw=["SLT assistants", "scope of practice", "competencies"])

inn("inn-inpatient-referral-triage",
    "Electronic referral and triage for inpatient SLT",
    "person-harriet-lomax",
    "Referrals came by bleep, phone and paper; urgent swallow referrals waited behind routine ones.",
    "Referrals now come through the electronic record with a triage question set. Swallowing referrals for "
    "people who are nil by mouth are seen the same day.",
    team=["person-bethan-morgan"], stage="embedded", itype="process_admin",
    kw=["referrals", "triage", "inpatient SLT"],
    outcome=[("Urgent referrals seen within 24h", "61%", "93%")], b=1)

cap("cap-retro-waiting-list-validation",
    "Retrospect: community SLT waiting list validation",
    retro(["Contact everyone waiting over 18 weeks", "Remove people who no longer need SLT"],
          achieved=["612 people contacted", "Waiting list down by 140"],
          improvements=[("Letters were not accessible", "People with aphasia could not reply")],
          recs=["Use aphasia-friendly letters and a phone follow-up"], score=7),
    "2025-06-25", "Review the waiting list validation project.", facilitator="person-zara-hussain",
    participants=["person-harriet-lomax", "SLT admin team"], kw=["waiting list", "validation"])

lesson("lesson-trismus-jaw-stretch",
       "Start jaw stretches before radiotherapy, not after",
       "Patients who began jaw exercises after trismus appeared gained less mouth opening.",
       "Teach jaw stretching at the pre-treatment visit.", owner="person-gareth-pennock",
       kw=["trismus", "radiotherapy", "head and neck"], polarity="improve", related=["inn-head-neck-prehab"])

inn("inn-electrolarynx-loan",
    "Electrolarynx loan so nobody leaves hospital without a voice",
    "person-gareth-pennock",
    "After total laryngectomy, some people could not use their voice prosthesis for weeks and went home "
    "unable to talk on the phone.",
    "We keep four electrolarynx devices to lend and teach their use on the ward before discharge.",
    stage="implemented", kw=["electrolarynx", "laryngectomy", "voice"])

lesson("lesson-oesophageal-speech",
       "Oesophageal speech still suits some laryngectomees",
       "A few people who cannot manage a voice prosthesis learn oesophageal speech well with regular practice.",
       "Offer oesophageal voice teaching when valve voice is not possible.", polarity="sustain",
       owner="person-gareth-pennock", kw=["oesophageal speech", "laryngectomy", "alaryngeal voice"])

inn("inn-swallowing-awareness-day",
    "Swallowing awareness day stall in the main entrance",
    "person-chloe-aitken",
    "Staff and visitors knew little about swallowing difficulties.",
    "Once a year SLTs run a stall: taste thickened drinks, try the IDDSI tests, and learn the signs of "
    "dysphagia. We also run the #SwallowAware social media posts with the communications team.",
    team=["person-gemma-stirling", "person-josie-hale"], stage="embedded", itype="education_training",
    kw=["swallowing awareness", "dysphagia", "public engagement"],
    outcome=[("Visitors to the stall", "0", "310", "learning")])

story("story-pre-thickened-drinks-evidence",
      "Evidence on pre-thickened drinks informs the emergency department stock",
      "lks_impact_case_study", "Specialist dietitian",
      "Claire asked whether ready-thickened bottled drinks were safer than mixing powder in a busy emergency "
      "department.",
      "The librarian found two audits and a small trial, and guidance from IDDSI on ready-to-drink products.",
      "ED now stocks pre-thickened drinks in two levels; staff no longer mix powder at 3am.",
      asker="person-claire-dunmore", working_with=["person-ian-calloway"],
      services=["literature_search"], impact=["changed_practice"], kw=["pre-thickened drinks", "thickened fluids"],
      dept="Nutrition and Dietetics")

cap("cap-aar-weekend-swallow-cover",
    "AAR: first month of weekend swallow assessments",
    aar("One SLT on site Saturday and Sunday sees urgent swallow referrals.",
        "The SLT was overwhelmed on Saturdays and nobody was referred on Sundays.",
        "Wards saved referrals for the weekend; Sunday had no bleep number published.",
        improve=["Publish the weekend bleep", "Triage rules for weekend work"]),
    "2025-01-31", "Learn from the weekend SLT pilot.", facilitator="person-zara-hussain",
    participants=["person-harriet-lomax", "person-rhian-okafor", "person-chloe-aitken"],
    kw=["weekend", "swallow assessment", "seven-day service"])

lesson("lesson-weekend-nbm-friday",
       "Friday afternoon NBM decisions leave patients fasting all weekend",
       "Patients made nil by mouth late on Friday waited until Monday.",
       "Review every NBM patient before 3pm on Friday.", owner="person-rhian-okafor",
       kw=["nil by mouth", "weekend"], source="cap-aar-weekend-swallow-cover")

inn("inn-communication-passports",
    "Communication passports for inpatients with long-term communication difficulties",
    "person-fenella-cartwright",
    "Patients with aphasia, dysarthria or hearing and sight loss had to explain again and again how best to "
    "talk with them, if they could.",
    "A one-page communication passport kept at the bedside and on the record: 'how I communicate', 'how you "
    "can help me', 'yes and no for me look like'. It meets the Accessible Information Standard.",
    team=["person-daniel-osei"], stage="implemented",
    kw=["communication passport", "accessible information", "communication needs"])

lesson("lesson-check-hearing-aids-first",
       "Check hearing aids and glasses before a communication assessment",
       "Two patients were wrongly thought to have receptive aphasia; their hearing aids were in the drawer.",
       "Check glasses, hearing aids and dentures before any communication or swallow assessment.",
       owner="person-chloe-aitken", kw=["hearing aids", "communication assessment", "aphasia"])

inn("inn-voice-therapy-video-followup",
    "Voice therapy follow-up by video",
    "person-aileen-mcbride",
    "Voice patients took half a day off work for a 30-minute therapy review.",
    "Follow-up voice therapy sessions are offered by video; the first session stays face to face.",
    team=["person-kwame-asante"], stage="implemented", itype="digital",
    kw=["voice therapy", "video", "telehealth"])

story("story-teacher-throat-hurts",
      "'By Friday my throat hurts and my voice is gone'",
      "discovery_story", "Primary school teacher",
      "A teacher lost her voice most weeks and was thinking of leaving teaching.",
      "At a voice care workshop in her school she learnt to use a small amplifier, drink water and rest her voice "
      "at lunch.",
      "She says she has not lost her voice this term.", about=["inn-professional-voice-workshops"],
      working_with=["person-aileen-mcbride"], kw=["teacher", "voice", "sore throat"], impact=["improved_patient_care"])

lesson("lesson-vocal-fold-palsy-chest-xray",
       "New vocal fold palsy: make sure the chest X-ray is done",
       "A patient with a weak breathy voice from a vocal cord palsy waited months before the cause was looked for.",
       "Any new unilateral vocal fold palsy gets a chest X-ray and ENT review before voice therapy.",
       owner="person-ravi-menon", dept="ENT", kw=["vocal fold palsy", "vocal cord", "voice"])

inn("inn-gender-affirming-voice",
    "Gender-affirming voice and communication therapy",
    "person-aileen-mcbride",
    "Trans and non-binary people waited two years for voice therapy at the regional gender clinic.",
    "We offer a local group and one-to-one voice and communication therapy (pitch, resonance, intonation) "
    "in partnership with the gender service.",
    stage="testing", setting="community", kw=["voice feminisation", "gender-affirming voice", "pitch", "resonance"])

lesson("lesson-bilingual-aphasia-interpreter",
       "Assess aphasia in every language the person speaks",
       "A man with aphasia who spoke Punjabi and English was assessed in English only; his Punjabi was much better.",
       "Book an interpreter and assess in both languages before setting therapy goals.",
       owner="person-fenella-cartwright", kw=["bilingual aphasia", "interpreter", "language"])

inn("inn-cough-reflex-testing",
    "Cough reflex testing to pick up silent aspiration",
    "person-rhian-okafor",
    "Silent aspiration (no cough when food or drink goes the wrong way) is missed at the bedside.",
    "We are testing a nebulised citric acid cough reflex test alongside the clinical swallow assessment.",
    stage="testing", kw=["silent aspiration", "cough reflex test", "dysphagia"])

inn("inn-dysphagia-elearning-nurses",
    "Dysphagia e-learning for nurses and HCAs",
    "person-chloe-aitken",
    "Face-to-face dysphagia training reached only a quarter of ward staff.",
    "A 30-minute e-learning module: what dysphagia is, signs of aspiration, IDDSI, positioning, mouth care, "
    "and when to refer.", stage="embedded", itype="education_training",
    kw=["dysphagia", "e-learning", "nurses", "training"],
    outcome=[("Ward staff trained", "24%", "81%", "learning")])

lesson("lesson-pre-thickened-ed",
       "Keep pre-thickened drinks in ED and AMU",
       "Patients in ED waited hours for a drink because nobody could mix thickener correctly at night.",
       "Stock ready-thickened drinks at Level 2 and Level 3.", polarity="sustain", owner="person-claire-dunmore",
       dept="Nutrition and Dietetics", kw=["pre-thickened drinks", "emergency department"])

inn("inn-slt-front-door",
    "SLT at the front door: swallow assessments in the emergency department",
    "person-chloe-aitken",
    "Patients waited in ED unable to eat or drink until admitted to a ward and referred.",
    "An SLT works in ED and the acute medical unit from 8 till 6, picking up swallow problems early.",
    stage="testing", kw=["emergency department", "swallowing", "front door"])

lesson("lesson-fees-recordings-pacs",
       "Store FEES recordings on PACS, not laptops",
       "Video recordings of endoscopic swallow studies were kept on a laptop and one was lost.",
       "Upload every FEES recording to PACS before the end of the list.", owner="person-tomasz-wierzbicki",
       kw=["FEES", "recording", "information governance"], related=["inn-fees-bedside-service"])

inn("inn-fees-regional-training",
    "Regional flexible endoscopic evaluation of swallowing training programme",
    "person-rhian-okafor",
    "Only three SLTs in the region could do endoscopic swallow assessments and training places were scarce.",
    "We run a regional training course with ENT: theory day, supervised passes on volunteers, and a log of "
    "supervised studies before sign-off.",
    team=["person-ravi-menon"], stage="implemented", itype="education_training",
    kw=["endoscopic swallow assessment", "training", "competency"])

cap("cap-aar-voice-prosthesis-dislodged",
    "AAR: voice prosthesis dislodged during a change",
    aar("Routine change of a voice prosthesis in clinic.",
        "The old prosthesis slipped into the windpipe; the patient coughed it out.",
        "The grasping forceps were worn.", improve=["Check instruments before each clinic"]),
    "2025-09-09", "Learn from a near miss during a voice prosthesis change.", facilitator="person-zara-hussain",
    participants=["person-gareth-pennock", "person-ravi-menon", "person-bethan-morgan"],
    kw=["voice prosthesis", "near miss", "laryngectomy"], context_refs=["inn-voice-prosthesis-clinic"])

lesson("lesson-tep-leak-troubleshoot",
       "Leak through the valve or around it? Check before changing",
       "Some voice prostheses were changed when the leak was around the valve, which needs a different fix.",
       "Test with coloured water and look where it leaks before changing the valve.",
       owner="person-bethan-morgan", kw=["voice prosthesis", "leak", "TEP"])

story("story-talking-with-a-buzzer",
      "'I sound like a robot, but I can talk to my grandson'",
      "discovery_story", "Patient after throat surgery",
      "After his voice box was removed he could not talk and felt cut off.",
      "On the ward the SLT taught him to use a buzzer held against his neck.",
      "He rang his grandson the day he got home.", about=["inn-electrolarynx-loan"],
      working_with=["person-gareth-pennock"], kw=["electrolarynx", "talking"], impact=["improved_patient_care"])

inn("inn-communication-access-reception",
    "Communication access training for reception staff",
    "person-fenella-cartwright",
    "Reception staff did not know how to help people with speech or language difficulties.",
    "Reception and switchboard staff took the free Communication Access UK training, and receptions display "
    "the communication access symbol.",
    stage="implemented", itype="education_training", kw=["communication access", "reception staff"])

story("story-eye-gaze-evidence-search",
      "Literature search helps the AAC team choose an eye gaze system",
      "lks_impact_case_study", "Lead SLT, AAC",
      "Daniel wanted evidence on eye gaze systems for people with MND.",
      "The librarian searched and found user studies and the national AAC commissioning guidance.",
      "The team chose a system and wrote clearer referral criteria.", asker="person-daniel-osei",
      working_with=["person-ian-calloway"], services=["literature_search"], impact=["informed_decision"],
      kw=["eye gaze", "MND", "AAC"])

lesson("lesson-cuff-inflated-not-protective",
       "An inflated cuff does not stop aspiration",
       "Staff thought patients could eat safely with the cuff up; FEES showed aspiration past the cuff.",
       "Assess swallowing with the cuff deflated where possible.", owner="person-priya-lakhani",
       kw=["tracheostomy", "cuff", "aspiration"])

cap("cap-aar-blocked-trach-tube",
    "AAR: blocked trach tube on a night shift",
    aar("Patients with a tracheostomy have humidification and inner cannula checks every 4 hours.",
        "At 3am a patient's tube blocked with thick secretions; the nurse removed the inner cannula and he "
        "recovered.", "Humidifier had been switched off after a move.",
        sustain=["Nurse removed the inner cannula first"], improve=["Humidification on the transfer checklist"]),
    "2025-04-03", "Learn from a blocked tracheostomy tube.", facilitator="person-oluwaseun-bello",
    participants=["person-oluwaseun-bello", "Night staff nurse"], kw=["tracheostomy", "blocked tube", "humidification"])

# distractors
story("story-staff-choir",
      "Staff choir lifts spirits",
      "km_success_story", "Staff wellbeing lead",
      "Staff wanted something joyful after a hard winter.",
      "We started a staff choir that rehearses at lunchtime; no auditions, all voices welcome.",
      "Forty members sang at the carol service.", asker="person-sue-latham",
      kw=["choir", "singing", "wellbeing"], dept="Staff Wellbeing", impact=["service_development"])

inn("inn-bite-size-learning",
    "Bite-size learning videos for new starters",
    "person-amy-tran",
    "New starters could not get to long training sessions.",
    "Ten-minute bite-size videos on the intranet cover the EPR, email and rostering.",
    stage="implemented", itype="education_training", setting="corporate", dept="Digital Services",
    kw=["bite-size learning", "induction", "videos"])

inn("inn-fluid-balance-charts",
    "Electronic fluid balance charts",
    "person-maggie-thorne",
    "Paper fluid balance charts were incomplete in 60% of audits.",
    "Fluid intake and output is now recorded on the tablets at the bedside.",
    stage="implemented", dept="Kite Ward", itype="digital", kw=["fluid balance", "fluids", "charts"])

inn("inn-patient-flow-choke-points",
    "Finding the choke points in patient flow",
    "person-paul-whitaker",
    "Beds were blocked every afternoon.",
    "We mapped each step from decision to discharge and found the choke points: pharmacy for take-home "
    "medicines and transport booking.",
    stage="implemented", itype="process_admin", setting="acute", dept="Patient Flow",
    kw=["patient flow", "choke points", "discharge"])

lesson("lesson-discharge-lounge-swallow-advice",
       "Swallow advice must go with patients through the discharge lounge",
       "A patient on thickened fluids was given a normal cup of tea in the discharge lounge.",
       "Discharge lounge staff check the swallow advice section of the discharge checklist.",
       owner="person-paul-whitaker", dept="Patient Flow", kw=["discharge lounge", "thickened fluids"])

cap("cap-fishbowl-living-with-aphasia",
    "Fishbowl: people living with aphasia tell ward staff what helps",
    {"technique": "fishbowl", "prompt": "What helps and what gets in the way when you can't find your words in hospital?",
     "outer_questions": ["Should we finish your sentences?", "Do picture charts feel childish?"]},
    "2025-10-22", "Let ward staff hear directly from people with aphasia.", facilitator="person-fenella-cartwright",
    participants=["person-fenella-cartwright", "Aphasia group members", "Ward nurses"], count=26,
    kw=["aphasia", "patient experience", "fishbowl"])

lesson("lesson-huntingtons-swallow-review",
       "Review swallowing every six months in Huntington's disease",
       "People with Huntington's disease choked at home between yearly reviews.",
       "Offer six-monthly swallow reviews and teach carers the signs.", owner="person-marek-nowak",
       kw=["Huntington's disease", "swallowing", "choking"])

inn("inn-head-neck-mdadi-outcomes",
    "Routine swallowing outcome measures in head and neck cancer",
    "person-gareth-pennock",
    "We could not show what happened to patients' swallowing after treatment.",
    "We collect the MD Anderson Dysphagia Inventory (MDADI) and Performance Status Scale at set points.",
    stage="implemented", kw=["outcome measures", "MDADI", "head and neck", "swallowing"])

lesson("lesson-aac-family-training",
       "Train families alongside the person with the communication aid",
       "Devices were abandoned when family members did not know how to add vocabulary.",
       "Include at least one family member in every AAC training session.", polarity="improve",
       owner="person-daniel-osei", kw=["communication aid", "families", "training"])

cap("cap-cafe-dysphagia-mealtimes",
    "Knowledge cafe: making mealtimes safer on the wards",
    cafe("What would make mealtimes safer for people with swallowing difficulties?",
         themes=["Protected mealtimes are not protected", "Patients need to sit upright",
                 "Staff do not know who is on which diet"], speaker="person-josie-hale"),
    "2025-09-17", "Gather ideas from ward staff about mealtime safety.", facilitator="person-zara-hussain",
    participants=["person-josie-hale", "person-chloe-aitken", "Ward hosts", "HCAs"], count=20,
    kw=["mealtimes", "dysphagia", "protected mealtimes"])

inn("inn-mealtime-red-trays",
    "Red trays mark patients who need help or modified meals",
    "person-josie-hale",
    "Patients who needed help to eat or a special texture were missed at busy lunchtimes.",
    "Meals for patients on modified textures or who need help come on a red tray.",
    stage="implemented", itype="process_admin", kw=["red tray", "mealtimes", "modified diet"])
