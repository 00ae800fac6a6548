from lib import *

# ---------------- I. AAC / MND / eye gaze ----------------
inn("inn-aac-loan-library",
    "Communication aid loan library: a device in the person's hands within a week",
    "person-daniel-osei",
    "People who suddenly lost speech waited months for a funded communication aid; by then many had given up.",
    "We built a loan library of 40 AAC devices: text-to-speech tablets, voice output communication aids "
    "(VOCAs), switches, a mounting kit and two eye gaze systems. An SLT assesses, lends the closest match "
    "within a week and trains the person and family. Devices are tracked on a spreadsheet and cleaned between "
    "users. People needing complex high-tech AAC are referred on to the regional specialised AAC hub.",
    team=["person-anita-sharma", "person-moira-gillespie"], stage="evaluated", setting="community",
    kw=["AAC", "augmentative and alternative communication", "communication aid", "VOCA", "loan"],
    outcome=[("Days from assessment to device", "96", "6")], b=3)

inn("inn-voice-banking-mnd",
    "Voice banking and message banking for people with MND",
    "person-daniel-osei",
    "People with motor neurone disease (MND, known as ALS in North America) often lose their speech. "
    "If they record their voice early, their communication aid can later speak in their own voice.",
    "Everyone newly diagnosed with MND is offered voice banking and message banking at their first SLT visit. "
    "We lend a good headset microphone, help them record phrases at home, and build the synthetic voice onto "
    "their device when they need it. Message banking keeps favourite sayings, jokes and 'I love you' in their "
    "real voice.",
    team=["person-marek-nowak"], stage="implemented", setting="community",
    kw=["voice banking", "message banking", "MND", "motor neurone disease", "AAC"])

cap("cap-peer-eye-gaze-hub",
    "Peer assist with the regional AAC hub on eye gaze access",
    peer("Kestrelmoor community SLT and OT", "How do we assess for eye gaze access and set it up at home "
         "without waiting for the specialised hub?",
         peers=["North Wyvern Specialised AAC Hub"],
         options=["Assess positioning and seating first", "Calibrate in the light the person will use it in",
                  "Start with a low-tech eye transfer (E-Tran) frame while waiting"]),
    "2025-07-08", "Learn how the specialised hub assesses eye gaze.", facilitator="person-zara-hussain",
    participants=["person-moira-gillespie", "person-anita-sharma", "person-daniel-osei"],
    kw=["eye gaze", "AAC", "access", "peer assist"])

lesson("lesson-aac-devices-flat",
       "Communication aids come back flat: add a charging routine",
       "Loaned AAC devices were found flat in care homes and unused for days.",
       "Put a charging routine on the care plan and a 'charge me' tag on the charger.",
       owner="person-daniel-osei", kw=["AAC", "charging", "care homes"], category="equipment")

inn("inn-ward-communication-boards",
    "Low-tech communication boards on every acute ward",
    "person-daniel-osei",
    "Patients who cannot speak for a while, after surgery or with a tracheostomy, could not tell nurses about "
    "pain, thirst or needing the toilet.",
    "Every ward now has wipe-clean communication boards: pictures for common needs, a pain scale, an alphabet "
    "chart and yes/no. Nurses learnt to use them in a ten-minute huddle.",
    team=["person-maggie-thorne"], stage="embedded", setting="acute",
    kw=["communication board", "communication chart", "low-tech AAC", "ward"],
    outcome=[("Wards with boards in stock", "2", "24", "patient_experience")])

story("story-eye-gaze-tells-us",
      "'Now she can tell us with her eyes'",
      "innovation_story", "Husband of a woman with MND",
      "His wife could no longer speak or use her hands. They were using yes/no blinks and both were exhausted.",
      "The SLT and OT lent an eye gaze device from the loan library within a week and set it up on her "
      "wheelchair.",
      "She writes messages, emails her sister and chose the music for their anniversary.",
      about=["inn-aac-loan-library"], working_with=["person-daniel-osei", "person-anita-sharma"],
      kw=["eye gaze", "MND", "communication aid"], impact=["improved_patient_care"])

cap("cap-retro-aac-tablet-procurement",
    "Retrospect: buying 20 tablets for text-to-speech",
    retro(["Buy 20 tablets with text-to-speech apps for the loan library", "Set them up so they cannot be locked "
           "by trust security settings"],
          achieved=["20 tablets in use"],
          improvements=[("Security profile locked the speech app", "Digital services had not been told the "
                         "devices were for patients"), ("Cases were too heavy", "We chose on price")],
          recs=["Involve digital services before ordering", "Let two users trial cases first"], score=6),
    "2025-10-14", "Look back at the tablet purchase for AAC.", facilitator="person-zara-hussain",
    participants=["person-daniel-osei", "person-amy-tran", "person-anita-sharma"],
    kw=["AAC", "tablets", "procurement"])

lesson("lesson-mnd-refer-early-voice-banking",
       "Refer people with MND for voice banking at diagnosis",
       "Half the people referred for voice banking in 2024 already had speech too weak to record.",
       "Offer voice banking at the diagnosis appointment, not when speech changes.", owner="person-daniel-osei",
       kw=["MND", "voice banking", "referral"], related=["inn-voice-banking-mnd"])

cap("cap-cop-mnd-mdt",
    "MND care network meeting: communication and swallowing",
    cop("Wyvern Vale MND care network",
        agenda=["Timing of gastrostomy discussions", "Voice banking uptake", "Eye gaze access"]),
    "2025-11-05", "Regional MDT learning on communication and swallowing in motor neurone disease.",
    facilitator="person-daniel-osei",
    participants=["person-daniel-osei", "person-claire-dunmore", "person-marek-nowak", "MND nurse specialist"],
    kw=["MND", "motor neurone disease", "gastrostomy", "communication"])

# distractors: tablet / device / ALS / board
inn("inn-tablets-e-observations",
    "Handheld tablets for e-observations at the bedside",
    "person-amy-tran",
    "Nurses wrote observations on paper and typed them in later; early warning scores were late.",
    "We gave each ward 10 rugged tablets so that observations go straight into the electronic record and "
    "the NEWS2 score is calculated at the bedside.",
    stage="embedded", itype="digital", setting="acute", dept="Digital Services",
    kw=["tablets", "e-observations", "NEWS2", "devices"],
    outcome=[("Observations entered late", "38%", "4%", "patient_safety")])

lesson("lesson-medical-device-recall-register",
       "A single device register makes recalls quick",
       "When an infusion pump recall came, it took four days to find all pumps because devices were listed on "
       "separate spreadsheets.",
       "Keep every medical device on the asset register with its location.", owner="person-amy-tran",
       dept="Digital Services", kw=["medical devices", "recall", "asset register"])

cap("cap-aar-als-course-cancelled",
    "AAR: ALS course cancelled at short notice",
    aar("Run the two-day Advanced Life Support (ALS) course for 24 doctors and nurses.",
        "The course was cancelled two days before because two instructors were off sick.",
        "No reserve instructor list.", improve=["Keep a reserve instructor list", "Book faculty 8 weeks ahead"]),
    "2025-03-19", "Learn why the ALS course was cancelled.", facilitator="person-zara-hussain",
    participants=["person-carl-jennings", "Resuscitation training administrator"], dept="Resuscitation",
    kw=["ALS", "advanced life support", "resuscitation training"])

lesson("lesson-board-paper-template",
       "Board papers: one page summary first",
       "Trust board members said they could not find the decision being asked of them in long papers.",
       "Every board paper starts with a one-page summary stating the decision needed.",
       owner="person-owen-parry", dept="Corporate Governance", kw=["board papers", "governance"])

inn("inn-ward-board-round",
    "Ten o'clock board round on Kite Ward",
    "person-maggie-thorne",
    "Discharges were planned late in the day.",
    "A 15-minute board round at the ward whiteboard every morning: each patient's plan, expected date of "
    "discharge and blockers.",
    stage="implemented", dept="Kite Ward", itype="process_admin", kw=["board round", "discharge", "flow"])

# ---------------- K. Stammering ----------------
inn("inn-adult-stammering-group",
    "Group therapy for adults who stammer",
    "person-siobhan-doyle",
    "Adults who stammer waited a year for one-to-one therapy and many felt alone with it.",
    "An eight-week evening group blends stammering modification, avoidance reduction and acceptance and "
    "commitment approaches. Members practise phone calls and ordering in cafes together, and are linked to "
    "the national self-help association.",
    stage="evaluated", setting="community",
    kw=["stammering", "fluency", "dysfluency", "group therapy"],
    outcome=[("Overall impact of stammering (OASES) score", "3.4", "2.6", "patient_experience")], b=4)

story("story-stammer-job-interview",
      "'I stopped hiding my stammer in job interviews'",
      "discovery_story", "Group member",
      "He had turned down two interviews because he dreaded blocking on his name.",
      "In the group he practised saying 'I have a stammer, so give me a moment' at the start of an interview.",
      "He got the job. He now helps run the group.", working_with=["person-siobhan-doyle"],
      about=["inn-adult-stammering-group"], kw=["stammer", "employment"], impact=["improved_patient_care"])

lesson("lesson-stammering-phone-avoidance",
       "Offer video, not phone, for first contact with people who stammer",
       "Several adults who stammer did not ring to opt in, because phone calls are what they avoid most.",
       "Let people opt in by text or email, and offer video appointments.", owner="person-siobhan-doyle",
       kw=["stammering", "opt in", "telephone"])

inn("inn-digital-fluency-programme",
    "Digital fluency programme for admin staff",
    "person-amy-tran",
    "Admin staff lacked confidence with the new EPR and shared drives.",
    "Short bite-size sessions and digital champions to build fluency with everyday tools.",
    stage="implemented", itype="education_training", setting="corporate", dept="Digital Services",
    kw=["digital fluency", "training", "digital skills"])

# ---------------- L. Eating and drinking with acknowledged risks ----------------
inn("inn-edar-guidance",
    "Eating and drinking with acknowledged risks: a trust guideline and decision record",
    "person-elin-pryce",
    "Some patients choose to keep eating and drinking normally even though they are at risk of aspiration. "
    "Decisions were made on ward rounds with no record of what was discussed, and patients were left nil by "
    "mouth for days while the team argued.",
    "We wrote a guideline and a one-page EDAR decision record based on the RCSLT guidance. The patient (or a "
    "best interests meeting under the Mental Capacity Act) agrees the food and drink that matter most to them, "
    "the risks they accept, and how staff will make it as safe as possible: upright posture, mouth care, "
    "slow pace. The SLT and the consultant sign it and it travels with the patient.",
    team=["person-rhian-okafor", "person-lucy-brennan"], stage="implemented",
    kw=["EDAR", "eating and drinking with acknowledged risks", "risk feeding", "capacity", "dysphagia"])

cap("cap-cafe-risk-feeding",
    "Knowledge cafe: supporting people who choose to eat and drink at risk",
    cafe("How do we support someone to keep eating and drinking when we know it isn't safe?",
         themes=["'Risk feeding' sounds harsh; families prefer 'comfort eating and drinking'",
                 "Doctors worry about blame if the patient gets a chest infection",
                 "Mouth care matters even more"],
         speaker="person-elin-pryce"),
    "2024-09-26", "Open up a hard conversation about risk feeding across professions.",
    facilitator="person-zara-hussain", participants=["person-elin-pryce", "person-rhian-okafor",
                                                     "Consultant physician", "Ward nurses"], count=22,
    kw=["risk feeding", "comfort feeding", "aspiration"])

story("story-mum-wanted-tea",
      "'Mum just wanted a proper cup of tea'",
      "discovery_story", "Daughter of a patient",
      "Her mother had been on thickened drinks for weeks and refused them. She was losing weight and was "
      "miserable. The family knew she might choke on normal drinks but said tea was what she lived for.",
      "The SLT met the family and the consultant. They agreed she could have normal tea, sitting upright, "
      "with someone with her, and wrote it down so every shift knew.",
      "She drank again and went home a week later. Her daughter said they felt listened to.",
      about=["inn-edar-guidance"], working_with=["person-elin-pryce"], kw=["tea", "choking", "family", "choice"],
      impact=["improved_patient_care"])

lesson("lesson-edar-record-travels",
       "The acknowledged-risks decision must travel with the patient",
       "A patient with an agreed eating at risk plan was made nil by mouth again on transfer because the receiving "
       "ward had not seen the decision.",
       "Scan the decision record into the EPR and add an alert.", owner="person-elin-pryce",
       kw=["eating at risk", "transfer", "documentation"], related=["inn-edar-guidance"])

# ---------------- M. Tube feeding ----------------
inn("inn-nasal-bridle",
    "Nasal bridles stop NG tubes being pulled out",
    "person-claire-dunmore",
    "Confused patients pulled out their nasogastric (NG) feeding tubes, sometimes several times a day, with "
    "an X-ray each time to check position.",
    "Dietitians and nutrition nurses now fit a nasal bridle to secure the tube for patients who have "
    "pulled out two or more tubes.",
    team=["person-rhian-okafor"], stage="evaluated", dept="Nutrition and Dietetics",
    kw=["NG tube", "nasogastric", "bridle", "enteral feeding"],
    outcome=[("Tube re-passes per patient", "3.1", "0.4", "patient_safety")])

lesson("lesson-peg-decisions-mdt",
       "Discuss gastrostomy early and with the whole team",
       "Decisions about a PEG (percutaneous endoscopic gastrostomy) were being made in a rush before discharge.",
       "Start the feeding tube conversation early, with the patient, family, SLT, dietitian and consultant together.",
       owner="person-claire-dunmore", dept="Nutrition and Dietetics",
       kw=["PEG", "gastrostomy", "feeding tube", "decision making"])

story("story-tube-feeding-home",
      "Going home with a feeding tube",
      "km_success_story", "Community dietitian",
      "Families were frightened about managing a feeding tube at home.",
      "We made a home tube feeding pack and the first home visit is the day after discharge.",
      "No readmissions for blocked tubes in six months.", working_with=["person-claire-dunmore"],
      kw=["tube feeding", "home", "enteral"], dept="Nutrition and Dietetics", impact=["improved_patient_care"])

# ---------------- N. Mouth care ----------------
inn("inn-mouth-care-champions",
    "Mouth care champions cut hospital-acquired pneumonia",
    "person-maggie-thorne",
    "Mouth care was often missed for patients who were nil by mouth or had swallowing problems. Dirty mouths "
    "carry bacteria that can be breathed into the lungs.",
    "Each ward trained a mouth care champion with the SLT team. We introduced a mouth care assessment, "
    "toothbrushes and non-foaming toothpaste at every bed, and a twice-daily check on the care round.",
    team=["person-chloe-aitken"], stage="evaluated", dept="Kite Ward",
    kw=["mouth care", "oral hygiene", "pneumonia", "nursing"],
    outcome=[("Hospital-acquired pneumonia per 1,000 bed days", "2.4", "1.5", "patient_safety")], b=4)

lesson("lesson-suction-toothbrush",
       "Suction toothbrushes for people who can't spit",
       "Patients with poor swallows were coughing during mouth care because water pooled in the mouth.",
       "Use a suction toothbrush and a small amount of water for patients who cannot spit.",
       polarity="sustain", owner="person-chloe-aitken", kw=["oral care", "suction toothbrush"])

story("story-oral-care-evidence",
      "Evidence on oral care and aspiration pneumonia shapes the new mouth care policy",
      "lks_impact_case_study", "Ward sister and mouth care lead",
      "Maggie asked for evidence on whether oral care reduces pneumonia in hospital patients, and which products "
      "to use.",
      "The clinical librarian searched for systematic reviews and summarised them, including the Cochrane "
      "review on oral care in hospital and guidance from NICE on oral health.",
      "The policy now cites the evidence; the board funded toothbrushes for every bed.",
      asker="person-maggie-thorne", working_with=["person-ian-calloway"], about=["inn-mouth-care-champions"],
      services=["literature_search", "evidence_summary"], impact=["policy_or_guideline"],
      kw=["oral care", "aspiration pneumonia", "evidence"], b=0)

# distractors: mouth / aspiration
story("story-word-of-mouth-recruitment",
      "Word of mouth fills healthcare assistant vacancies",
      "km_success_story", "Recruitment manager",
      "HCA vacancies stayed open for months.",
      "We offered a refer-a-friend bonus and open days run by current HCAs.",
      "Word of mouth brought in 40% of new HCAs.", asker="person-hannah-cole",
      kw=["recruitment", "word of mouth"], dept="Human Resources", impact=["service_development"])

inn("inn-career-aspirations-conversations",
    "Career aspiration conversations for band 2-4 staff",
    "person-hannah-cole",
    "Support staff said nobody asked about their aspirations, and many left.",
    "Every band 2-4 member of staff is offered a career conversation with a trained coach about their "
    "aspirations and routes into apprenticeships.",
    stage="implemented", itype="service_model", setting="corporate", dept="Human Resources",
    kw=["aspirations", "careers", "retention"])

# ---------------- O. Swallow screening / care homes / medicines ----------------
inn("inn-nurse-swallow-screen",
    "Nurse-led bedside swallow screen on the acute medical unit",
    "person-chloe-aitken",
    "Patients admitted with a chest infection or drowsiness were kept nil by mouth overnight until an SLT "
    "could see them, or were fed without any check.",
    "We trained registered nurses to do a bedside water swallow screen within four hours of admission. "
    "Patients who pass eat and drink; those who fail stay nil by mouth and are referred to SLT.",
    team=["person-maggie-thorne"], stage="embedded",
    kw=["swallow screen", "bedside swallow test", "nil by mouth", "dysphagia", "nurses"],
    outcome=[("Patients nil by mouth over 24h awaiting SLT", "41", "9")])

inn("inn-care-home-dysphagia-training",
    "Eating and drinking training for care home staff",
    "person-edward-finch",
    "Care homes referred residents to SLT after choking episodes, and staff did not know the signs of "
    "swallowing difficulty.",
    "A two-hour session in each home: signs of dysphagia, safe positioning, what IDDSI levels mean, "
    "and what to do if someone chokes.",
    stage="implemented", setting="community", itype="education_training",
    kw=["care homes", "dysphagia", "choking", "training"])

cap("cap-aar-choking-care-home",
    "AAR: choking incident at Hollybank care home",
    aar("Resident on soft and bite-sized diet eats safely at lunch.",
        "The resident was given a sandwich by a visitor and choked; staff did back blows and he recovered.",
        "Visitors had not been told about his diet.",
        sustain=["Staff responded correctly with back blows"],
        improve=["Diet sign in the room for visitors"]),
    "2025-08-12", "Learn from a choking incident in a care home.", facilitator="person-edward-finch",
    participants=["person-edward-finch", "Hollybank care home manager"],
    kw=["choking", "care home", "dysphagia"])

lesson("lesson-nbm-missed-medicines",
       "Nil by mouth does not mean no medicines",
       "Patients made nil by mouth for swallowing problems missed doses of Parkinson's medicines.",
       "When a patient is made NBM, ask pharmacy the same day for another route for critical medicines.",
       owner="person-lucy-brennan", dept="Pharmacy", kw=["NBM", "nil by mouth", "medicines", "Parkinson's"])

inn("inn-medicines-swallowing-guide",
    "Guide to medicines for people who can't swallow tablets",
    "person-lucy-brennan",
    "Nurses crushed tablets that should not be crushed, or mixed them into thickened drinks without advice.",
    "Pharmacy wrote a guide: which tablets can be crushed or dispersed, liquid alternatives, patches, and "
    "how to give medicines to patients on thickened fluids or via feeding tubes.",
    team=["person-rhian-okafor"], stage="implemented", dept="Pharmacy",
    kw=["crushing tablets", "medicines", "swallowing difficulties", "liquid medicines"])

# ---------------- P. Telehealth ----------------
inn("inn-video-therapy-community",
    "Video therapy for community speech and language therapy",
    "person-kwame-asante",
    "Community SLTs spent up to two hours a day driving across a rural patch; patients waited.",
    "We offered video appointments for therapy and reviews using the trust's video consultation platform. "
    "Patients choose. The SLT checks there is someone at home if swallowing is being assessed.",
    team=["person-siobhan-doyle", "person-fenella-cartwright"], stage="evaluated", setting="community",
    itype="digital", kw=["telehealth", "video consultations", "remote therapy", "telepractice"],
    outcome=[("Therapist travel hours per week", "38", "21", "efficiency_cost")])

lesson("lesson-remote-swallow-assessment-camera",
       "Remote swallow assessments need a carer to hold the camera",
       "On video we could not see the person's throat and face while they drank.",
       "Ask a carer to hold the phone side-on at neck height, or do the swallow assessment in person.",
       owner="person-kwame-asante", kw=["video", "swallow assessment", "telehealth"])

cap("cap-retro-telehealth-pilot",
    "Retrospect: six-month virtual therapy pilot",
    retro(["Offer virtual appointments to all community SLT patients", "Cut travel"],
          achieved=["44% of appointments by video"],
          successes=[("People with aphasia liked shorter sessions at home", "Less tiring")],
          improvements=[("Poor broadband in the hills", "We had no dongles to lend")],
          recs=["Lend 4G dongles", "Keep face to face for first assessments"], score=7),
    "2025-02-27", "Review the virtual therapy pilot.", facilitator="person-zara-hussain",
    participants=["person-kwame-asante", "person-siobhan-doyle", "person-fenella-cartwright"],
    kw=["virtual therapy", "telehealth"], context_refs=["inn-video-therapy-community"])

story("story-no-more-long-drive",
      "No more two-hour round trip for therapy",
      "innovation_story", "Community patient",
      "A farmer with aphasia had to be driven 45 minutes each way for 45 minutes of therapy.",
      "He now has his sessions on a laptop in the farmhouse kitchen.",
      "He has not missed a session since.", about=["inn-video-therapy-community"],
      working_with=["person-kwame-asante"], kw=["video", "rural"], impact=["time_saved"])

# distractor: recording
lesson("lesson-teams-meeting-recording-consent",
       "Ask before you record a Teams meeting",
       "A recorded Teams meeting was shared widely including staff who had not agreed to be recorded.",
       "Ask for consent at the start of a meeting and delete recordings after 30 days.",
       owner="person-dawn-heywood", dept="Information Governance", kw=["recording", "meetings", "consent"])
