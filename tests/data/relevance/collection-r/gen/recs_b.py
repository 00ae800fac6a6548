from lib import *

# ---------------- E. Laryngectomy / voice prosthesis / stoma ----------------
inn("inn-laryngectomy-passport",
    "Neck breather passport and bed signs for patients after total laryngectomy",
    "person-gareth-pennock",
    "People who have had a total laryngectomy breathe only through their neck stoma. On admission to wards that "
    "rarely see them, staff have put oxygen masks on the face and tried to intubate through the mouth.",
    "We gave every laryngectomee a wallet-sized passport and the national green bed-head sign, and put an "
    "alert on the electronic record. The passport shows the size of their voice prosthesis, their HME and who to "
    "call. We taught the resuscitation team and the emergency department how to give oxygen to the stoma.",
    team=["person-ravi-menon", ("person-peter-quarrie", "patient_partner"), "person-carl-jennings"],
    stage="embedded", kw=["laryngectomy", "neck breather", "stoma", "emergency", "airway"],
    outcome=[("Wards with neck breather signs in stock", "3", "all adult wards", "patient_safety")], b=3)

inn("inn-voice-prosthesis-clinic",
    "SLT-led voice prosthesis changing clinic",
    "person-gareth-pennock",
    "People with a surgical voice restoration (SVR) valve waited for an ENT clinic slot when their prosthesis "
    "leaked, and some went back to nil by mouth because drinks leaked through the valve into the windpipe.",
    "We set up a weekly open-access clinic where an advanced SLT changes tracheoesophageal (TE) voice prostheses "
    "and checks the TEP site. Patients can ring a direct line if the valve leaks. An ENT consultant reviews "
    "anyone with granulation or an enlarged puncture.",
    team=["person-ravi-menon", "person-bethan-morgan"], stage="evaluated", setting="acute",
    kw=["voice prosthesis", "TEP", "surgical voice restoration", "laryngectomy", "valve"],
    outcome=[("Days from leak to valve change", "11", "2", "patient_safety")])

lesson("lesson-hme-home-delivery",
       "HME supplies: set up home delivery before discharge",
       "Three laryngectomees ran out of heat moisture exchanger cassettes in their first month at home.",
       "Register for home delivery of HMEs and baseplates before the patient leaves hospital.",
       owner="person-gareth-pennock", kw=["HME", "laryngectomy", "discharge"], category="supplies")

story("story-new-voices-club",
      "New Voices: a club run by laryngectomees for laryngectomees",
      "km_success_story", "Patient partner",
      "Peter had his voice box removed in 2019 and found there was no local support group; the nearest was 60 "
      "miles away.",
      "With Gareth he started a monthly club in the hospital's education centre. Members practise speaking "
      "with their valves and electrolarynx, swap tips on stoma covers and showering, and visit people before "
      "their operation.",
      "Around 25 people come each month. New patients say meeting someone who talks well after surgery is what "
      "helped most.",
      asker="person-peter-quarrie", working_with=["person-gareth-pennock"],
      kw=["laryngectomy", "peer support", "voice box removed"], impact=["improved_patient_care"])

cap("cap-harvest-gareth-voice-restoration",
    "Knowledge harvest: surgical voice restoration know-how before Gareth moves to the network role",
    harvest("person-gareth-pennock", "role_change",
            areas=[("Troubleshooting leaking voice prostheses", "high", "shadowing in clinic"),
                   ("Ordering and stock of prostheses and HMEs", "medium", "written guide"),
                   ("Pre-operative counselling for total laryngectomy", "high", "joint visits")],
            summary="Gareth described how he tells a leak through the valve from a leak around it, when to "
                    "downsize, and which suppliers will send a prosthesis next day.",
            successor="person-bethan-morgan"),
    "2026-02-10", "Keep surgical voice restoration expertise in the team.", facilitator="person-zara-hussain",
    participants=["person-gareth-pennock", "person-bethan-morgan", "person-harriet-lomax"],
    kw=["laryngectomy", "voice prosthesis", "knowledge harvest"])

lesson("lesson-stoma-covers-shower",
       "Shower guards protect a laryngectomy stoma",
       "A patient inhaled water while showering at home; he had been given a stoma cover but not a shower guard.",
       "Give and demonstrate a shower guard for the neck stoma before discharge.",
       owner="person-gareth-pennock", kw=["stoma", "laryngectomy", "shower guard"], category="patient safety")

cap("cap-aar-neck-breather-arrest-call",
    "AAR: oxygen given by face mask to a neck breather at a cardiac arrest call",
    aar("The arrest team gives oxygen through the stoma of a patient who has had a laryngectomy.",
        "The team put a face mask on; oxygen saturation did not improve until the outreach nurse spotted the "
        "stoma under a dressing.",
        "No bed-head sign; the stoma was covered; the team had not had the neck breather teaching.",
        improve=["Green neck breather signs kept on every ward", "Teach it on every ALS course in the trust"]),
    "2024-10-08", "Learn from an emergency in a patient who breathes through a neck stoma.",
    facilitator="person-zara-hussain",
    participants=["person-carl-jennings", "person-gareth-pennock", "Critical care outreach nurse"],
    kw=["laryngectomy", "emergency", "resuscitation"], context_refs=["inn-laryngectomy-passport"])

# distractors: stoma / prosthesis
inn("inn-stoma-bag-home-delivery",
    "Stoma nurses cut waste in colostomy and ileostomy bag prescriptions",
    "person-sandra-okoye",
    "Patients with a new colostomy or ileostomy were over-ordering stoma bags and flanges; cupboards were full "
    "of unused stock.",
    "The colorectal stoma care nurses review every patient's appliance at six weeks and set a monthly quantity "
    "with the dispensing appliance contractor.",
    stage="implemented", dept="Colorectal Nursing", setting="community",
    kw=["stoma care", "colostomy", "ileostomy", "prescribing"])

inn("inn-limb-prosthesis-scanning",
    "3D scanning for lower limb prosthesis sockets",
    "person-rob-whitlock",
    "Plaster casting for a prosthetic socket took two visits and patients found it messy.",
    "The prosthetics and orthotics team now scan the residual limb with a handheld 3D scanner and design the "
    "socket on screen; the first fitting is in one visit.",
    stage="testing", itype="device_product", dept="Prosthetics and Orthotics",
    kw=["prosthesis", "amputation", "3D scanning", "socket"])

# ---------------- F. Voice clinic / voice therapy ----------------
inn("inn-joint-voice-clinic",
    "One-stop voice clinic: ENT and SLT see hoarse patients together",
    "person-aileen-mcbride",
    "People with a hoarse voice (dysphonia) saw ENT, waited 14 weeks for voice therapy, and often came back to "
    "ENT because nobody had explained the findings.",
    "A consultant laryngologist and a specialist voice SLT now see patients together. The laryngeal "
    "examination uses stroboscopy; the SLT records the voice for acoustic analysis (pitch range, jitter, "
    "maximum phonation time) and starts therapy the same day when the cause is muscle tension dysphonia. "
    "Patients leave with a vocal hygiene plan.",
    team=[("person-ravi-menon", "co_lead")], stage="evaluated", setting="acute",
    kw=["voice clinic", "dysphonia", "hoarseness", "laryngoscopy", "voice therapy"],
    outcome=[("Weeks from referral to first voice therapy", "14", "0"),
             ("Voice Handicap Index change after therapy", "n/a", "median 18 point improvement", "patient_experience")],
    b=2)

inn("inn-professional-voice-workshops",
    "Voice care workshops for teachers and call handlers",
    "person-aileen-mcbride",
    "A third of new voice clinic referrals were professional voice users: teachers, call centre staff and "
    "fitness instructors with vocal fatigue and recurrent hoarseness.",
    "We ran two-hour workshops in schools and at the council contact centre: warm-ups, hydration, breath "
    "support, amplification, and when to see a GP. Each person got a voice care card.",
    stage="implemented", setting="community", itype="education_training",
    kw=["voice care", "vocal fatigue", "professional voice users", "teachers"])

lesson("lesson-voice-therapy-text-reminders",
       "Text reminders cut missed voice therapy sessions",
       "Did not attend rates in voice therapy fell from 22% to 9% after we added a text reminder two days before.",
       "Keep two-day text reminders for voice therapy.", polarity="sustain", owner="person-aileen-mcbride",
       kw=["voice therapy", "DNA", "reminders"], status="embedded")

story("story-choir-singer-lost-voice",
      "A choir singer gets her voice back",
      "discovery_story", "Patient, community choir member",
      "'My voice kept going croaky and I lost it completely after every rehearsal. I was scared it was something "
      "serious.'",
      "She was seen in the one-stop clinic: her vocal folds were healthy but she was squeezing her throat to sing. "
      "Six sessions of therapy taught her to relax and breathe.",
      "She sang a solo at Christmas. She says she wishes she had asked for help years earlier.",
      about=["inn-joint-voice-clinic"], working_with=["person-aileen-mcbride"], kw=["voice", "singing"],
      impact=["improved_patient_care"])

cap("cap-cafe-looking-after-voice",
    "Knowledge cafe: looking after your voice at work",
    cafe("What makes it hard for staff who talk all day to look after their voices?",
         themes=["Dry air on wards and in the contact centre", "Masks make people shout",
                 "Nobody tells you voice strain is a work health issue"],
         speaker="person-aileen-mcbride",
         pledges=["Water bottles allowed at the switchboard desk", "Voice care on the induction slides"]),
    "2025-04-29", "Share voice care tips with staff who use their voice all day.",
    facilitator="person-zara-hussain", participants=["person-aileen-mcbride", "Switchboard operators",
                                                     "Outpatient receptionists"], count=18,
    kw=["voice care", "staff health", "knowledge cafe"])

lesson("lesson-globus-reassurance",
       "Globus: a clear explanation at the first visit saves repeat referrals",
       "Patients with a lump-in-the-throat feeling (globus) kept being re-referred when the normal examination "
       "was not explained.",
       "Give the globus leaflet and explain the findings in the voice clinic before the patient leaves.",
       owner="person-ravi-menon", dept="ENT", kw=["globus", "throat", "voice clinic"], polarity="improve")

# distractors: voice / speaking / speech recognition / fatigue / pitch / loud
inn("inn-freedom-to-speak-up-champions",
    "Speak Up champions in every department",
    "person-leon-carver",
    "Staff survey results showed only 52% of staff felt safe speaking up about concerns. Many did not know "
    "who the Freedom to Speak Up Guardian was.",
    "We recruited 60 Speak Up champions, gave them a day's training in listening, and put their photos on "
    "every staff room door. Concerns can be raised anonymously through the Guardian.",
    stage="embedded", itype="service_model", setting="corporate", dept="Freedom to Speak Up",
    kw=["speaking up", "Freedom to Speak Up", "staff voice", "culture"],
    outcome=[("Staff who feel safe speaking up", "52%", "64%", "staff_experience")])

inn("inn-your-voice-pulse-survey",
    "'Your Voice' quarterly pulse survey gives teams results they can act on",
    "person-leon-carver",
    "The annual staff survey came too late for managers to act on.",
    "A ten-question quarterly pulse survey, 'Your Voice', gives each team its own results within two weeks.",
    stage="implemented", itype="process_admin", setting="corporate", dept="Organisational Development",
    kw=["staff voice", "survey", "engagement"])

story("story-patient-voice-panel",
      "Patient voice panel reshapes the outpatient letter",
      "km_success_story", "Head of patient experience",
      "Patients said our letters were confusing and we wanted patients' voices heard in redesigning them.",
      "A panel of twelve patients met four times, read real letters and rewrote the template with us.",
      "The new letter went trust-wide; complaints about letters fell by half.",
      asker="person-george-mbeki", kw=["patient voice", "patient experience", "letters"],
      dept="Patient Experience", impact=["service_development"])

inn("inn-speech-recognition-clinic-letters",
    "Speech recognition software turns round clinic letters in two days",
    "person-dawn-heywood",
    "Consultants' dictated letters sat in typing pools for up to three weeks.",
    "We rolled out cloud speech recognition: clinicians speak into a headset and the software types the letter; "
    "secretaries correct and send. Voice profiles are trained in a 15-minute session.",
    stage="embedded", itype="digital", setting="corporate", dept="Medical Secretaries",
    kw=["speech recognition", "voice recognition", "dictation", "letters"],
    outcome=[("Days from clinic to letter sent", "19", "2", "efficiency_cost")])

lesson("lesson-night-shift-fatigue",
       "Protected rest breaks reduce fatigue on night shifts",
       "Staff on nights who took a protected 30-minute rest break reported less fatigue and fewer near misses on "
       "the drive home.",
       "Roster protected breaks on nights and provide rest rooms with recliners.", polarity="sustain",
       owner="person-sue-latham", dept="Staff Wellbeing", kw=["fatigue", "night shifts", "wellbeing"])

inn("inn-dragons-den-pitch",
    "Dragons' Den: staff pitch ideas for small grants",
    "person-marcus-bell",
    "Good ideas from frontline staff were lost because there was no simple route to a small amount of money.",
    "Twice a year staff pitch an idea in three minutes to a panel of 'dragons'. Winners get up to GBP 5,000 and "
    "coaching from the innovation hub.",
    stage="embedded", itype="other", setting="corporate", dept="Innovation Hub",
    kw=["pitch", "innovation", "small grants", "Dragons' Den"],
    outcome=[("Ideas pitched per year", "0", "34", "staff_experience")])

inn("inn-noise-at-night",
    "Quiet at night: cutting ward noise so patients sleep",
    "person-maggie-thorne",
    "Patients said alarms were too loud and staff conversations kept them awake.",
    "We turned down alarm volumes where safe, put soft-close bins in, dimmed lights at 11pm and offered "
    "earplugs and eye masks.",
    stage="implemented", itype="clinical_practice", dept="Kite Ward", kw=["noise", "sleep", "loud alarms"])

# ---------------- G. Aphasia / conversation partners ----------------
inn("inn-conversation-partner-volunteers",
    "Volunteer conversation partners for people living with aphasia",
    "person-fenella-cartwright",
    "People with aphasia after a stroke or brain tumour often become isolated once therapy ends; family "
    "members say friends stop visiting because talking is hard.",
    "We trained 30 volunteers in Supported Conversation for Adults with Aphasia techniques: writing key words, "
    "using gesture and drawing, checking understanding and giving time. Each volunteer visits one person at "
    "home or in a cafe every fortnight for six months.",
    team=["person-kwame-asante"], stage="evaluated", setting="community",
    kw=["aphasia", "conversation partner", "supported conversation", "volunteers"],
    outcome=[("Communication confidence (patient rated, 0-10)", "3", "6", "patient_experience")], b=4)

inn("inn-aphasia-friendly-letters",
    "Aphasia-friendly appointment letters",
    "person-fenella-cartwright",
    "Appointment letters were dense text; people with aphasia missed appointments because they could not "
    "read them, which also breaches the Accessible Information Standard.",
    "We made an aphasia-friendly letter template: short sentences, key words in bold, a picture of the building "
    "and the clinician, and a large date. The patient's communication needs are flagged on the record.",
    team=["person-fatima-rahman", "person-dawn-heywood"], stage="implemented", setting="community",
    itype="process_admin", kw=["aphasia", "accessible information", "letters"])

cap("cap-cop-aphasia-network",
    "Wyvern Vale aphasia network: spring meeting",
    cop("Wyvern Vale aphasia community of practice",
        agenda=["Group therapy after discharge", "Using the conversation partner scheme",
                "Return to work for younger people with aphasia"],
        artefacts=["Aphasia-friendly letter template", "Group therapy session plans"]),
    "2025-05-21", "Share practice across hospital and community aphasia therapists.",
    facilitator="person-fenella-cartwright",
    participants=["person-fenella-cartwright", "person-kwame-asante", "person-bethan-morgan",
                  "Stroke Association coordinator"], kw=["aphasia", "community of practice"])

story("story-husband-cant-find-words",
      "'He knows what he wants to say but the words won't come'",
      "discovery_story", "Wife of a man with word-finding difficulties",
      "After his stroke her husband could understand her but could not find his words, and got angry. She did "
      "not know how to help without finishing his sentences.",
      "A community SLT showed her how to give him time, offer choices written down and use a photo book of "
      "family and places.",
      "They now go out for coffee together again. She says the written choices changed everything.",
      working_with=["person-fenella-cartwright"], kw=["word finding", "stroke", "carers", "language"],
      impact=["improved_patient_care"])

lesson("lesson-ward-sca-champions",
       "Supported conversation training sticks when each ward has a champion",
       "Ward staff trained in supported conversation for people with language difficulties stopped using the "
       "techniques within three months unless a ward champion kept them going.",
       "Train at least two communication champions per ward and refresh yearly.", polarity="improve",
       owner="person-fenella-cartwright", kw=["supported conversation", "SCA", "ward staff", "communication"])

inn("inn-aphasia-app-home-practice",
    "Home practice on tablets with aphasia therapy apps",
    "person-kwame-asante",
    "People with aphasia only got an hour of therapy a week; the evidence says intensity matters.",
    "We lend iPads loaded with naming and reading therapy apps. The SLT sets the exercises remotely and checks "
    "progress weekly by video.",
    team=["person-fenella-cartwright", "person-amy-tran"], stage="testing", setting="community",
    itype="digital", kw=["aphasia", "apps", "tablet", "home practice", "telehealth"])

# distractors: communication / language
inn("inn-staff-newsletter-redesign",
    "Internal communication: a new weekly staff bulletin people actually read",
    "person-gemma-stirling",
    "All-staff emails were ignored; only 18% were opened.",
    "The communications team replaced them with one weekly bulletin with a clear layout and short stories.",
    stage="embedded", itype="process_admin", setting="corporate", dept="Communications",
    kw=["communication", "staff bulletin", "internal comms"],
    outcome=[("Open rate", "18%", "61%", "staff_experience")])

lesson("lesson-comms-plan-for-service-change",
       "Write the communication plan before announcing a service change",
       "When the outpatient move was announced before the communication plan was ready, patients heard it from "
       "social media first.",
       "Agree a communication plan with the comms team at least four weeks before any public announcement.",
       owner="person-gemma-stirling", dept="Communications", kw=["communication plan", "service change"])

inn("inn-telephone-interpreting",
    "On-demand telephone and video interpreting in 200 languages",
    "person-fatima-rahman",
    "Staff waited hours for face-to-face interpreters; family members were used to interpret.",
    "A contract for on-demand telephone and video interpreting: staff dial a number and choose the language.",
    stage="embedded", itype="service_model", setting="corporate", dept="Interpreting and Translation",
    kw=["interpreting", "language", "translation"],
    outcome=[("Median wait for an interpreter", "3 hours", "2 minutes", "equity")])

lesson("lesson-english-fluency-ask",
       "Ask, do not assume, about fluency in English",
       "Staff judged patients' fluency in English from a short chat and did not book interpreters for "
       "consent conversations.",
       "Ask every patient which language they prefer for health conversations and record it.",
       owner="person-fatima-rahman", dept="Interpreting and Translation", kw=["fluency", "language", "interpreters"])

# ---------------- H. Parkinson's / dysarthria ----------------
inn("inn-loud-and-proud-group",
    "'Loud and Proud' maintenance group after LSVT LOUD",
    "person-marek-nowak",
    "People with Parkinson's disease got quieter again within months of finishing intensive LSVT LOUD therapy.",
    "A monthly community group keeps up the loud voice exercises: daily practice sheets, a sound level meter, "
    "singing and reading aloud. Carers join in.",
    stage="embedded", setting="community", team=["person-aileen-mcbride"],
    kw=["Parkinson's", "LSVT LOUD", "voice", "hypophonia"],
    outcome=[("Average speech loudness at 6 months (dB at 30cm)", "64", "71")])

lesson("lesson-lsvt-intensity-community",
       "Four sessions a week is hard in the community: use video for two",
       "We could not deliver LSVT's four sessions a week for four weeks with travel time in a rural patch.",
       "Deliver two sessions face to face and two by video each week.", polarity="improve",
       owner="person-marek-nowak", kw=["LSVT", "Parkinson's", "video therapy"])

inn("inn-alphabet-pacing-boards",
    "Alphabet and pacing boards for people with severe dysarthria",
    "person-marek-nowak",
    "People whose speech was very slurred after motor neurone disease, stroke or Parkinson's were not understood "
    "by ward staff and family.",
    "We made a simple kit: an alphabet board (the person points to the first letter of each word as they say it) "
    "and a pacing board that slows speech down. Staff get a one-page guide.",
    team=["person-daniel-osei"], stage="implemented", setting="community",
    kw=["dysarthria", "alphabet board", "pacing board", "slurred speech", "communication"])

story("story-dad-voice-so-quiet",
      "'Dad's voice has gone so quiet we can't hear him at dinner'",
      "discovery_story", "Daughter of a man with Parkinson's",
      "Her father's voice had become quiet and flat. He had stopped joining in conversations at family meals.",
      "He did four weeks of intensive therapy to 'think loud', then joined the monthly group.",
      "'We can hear him again. He tells his terrible jokes at dinner.'",
      about=["inn-loud-and-proud-group"], working_with=["person-marek-nowak"], kw=["Parkinson's", "voice"],
      impact=["improved_patient_care"])
