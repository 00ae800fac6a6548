from lib import *

lesson("lesson-speaking-valve-oxygen",
       "Use the oxygen adaptor when a speaking valve goes on",
       "A patient's oxygen was disconnected when the one-way valve was fitted because the ward had no adaptor.",
       "Keep valve oxygen adaptors in the trach emergency box.", owner="person-priya-lakhani",
       kw=["speaking valve", "oxygen", "tracheostomy"])

inn("inn-above-cuff-vocalisation",
    "Above cuff vocalisation for patients who cannot tolerate cuff deflation",
    "person-priya-lakhani",
    "Some patients with a tracheostomy cannot have their cuff let down for long, so they cannot use a valve "
    "and cannot talk.",
    "We are trialling above cuff vocalisation (ACV): gentle airflow through the subglottic port lets the person "
    "make a voice with the cuff still inflated.",
    team=["person-oluwaseun-bello"], stage="testing",
    kw=["above cuff vocalisation", "ACV", "tracheostomy", "voice"])

story("story-acv-evidence-search",
      "Evidence search on talking with the cuff up",
      "lks_impact_case_study", "Clinical specialist SLT, tracheostomy",
      "Priya asked whether there was evidence that above cuff airflow is safe and helps people talk.",
      "The librarian searched and summarised case series and a small trial.",
      "The trial protocol cites the summary and was approved by the clinical governance group.",
      asker="person-priya-lakhani", working_with=["person-ian-calloway"], about=["inn-above-cuff-vocalisation"],
      services=["literature_search", "evidence_summary"], impact=["research_support"],
      kw=["above cuff vocalisation", "evidence"])

inn("inn-early-communication-trach",
    "Talking from day one: early communication plans for patients with a trach",
    "person-priya-lakhani",
    "Patients with a new tracheostomy could not call for help or say they were in pain.",
    "On day one each patient gets a communication plan: a call bell they can reach, a picture and letter "
    "board, lip-reading tips for staff, and a date for the first valve trial.",
    team=["person-daniel-osei"], stage="implemented",
    kw=["tracheostomy", "communication", "communication board", "talking"])

lesson("lesson-stammering-reasonable-adjustments",
       "Workplace adjustments help people who stammer",
       "Group members were not asking employers for adjustments such as extra time in meetings.",
       "Share the Equality Act adjustments leaflet in session three.", polarity="improve",
       owner="person-siobhan-doyle", kw=["stammering", "workplace", "adjustments"])

inn("inn-aphasia-choir",
    "Singing for people with aphasia: the Wyvern Vale aphasia choir",
    "person-fenella-cartwright",
    "Some people who cannot speak after a stroke can still sing familiar songs.",
    "A weekly choir for people with aphasia and their partners, led by a music therapist with SLT support. "
    "Songs are chosen to practise everyday words.",
    stage="implemented", setting="community", kw=["aphasia", "singing", "choir", "music"])

lesson("lesson-aphasia-group-transport",
       "Transport makes or breaks community aphasia groups",
       "Attendance fell by half when the community bus stopped.",
       "Plan transport before starting any group.", owner="person-fenella-cartwright",
       kw=["aphasia", "groups", "transport"])

inn("inn-swallow-plan-care-home-discharge",
    "Swallow care plans go to the care home with the patient",
    "person-edward-finch",
    "Residents came back from hospital with new eating and drinking advice that the care home never saw.",
    "The SLT discharge summary now includes a one-page swallow care plan in plain words, sent to the home "
    "the day before discharge.",
    stage="implemented", setting="community", kw=["care homes", "discharge", "swallowing advice"])

story("story-care-home-coughing-meals",
      "'Our residents were coughing at every meal'",
      "km_success_story", "Care home manager",
      "Staff at a care home were worried about residents coughing at mealtimes and did not know when to refer.",
      "The community SLT ran training and set up a monthly drop-in call.",
      "Referrals became more appropriate and two hospital admissions with chest infections were avoided.",
      working_with=["person-edward-finch"], about=["inn-care-home-dysphagia-training"],
      kw=["care home", "coughing", "meals"], impact=["improved_patient_care"])

lesson("lesson-sit-upright-meals",
       "Sit people fully upright for every meal and drink",
       "Many patients were eating half lying down in bed.",
       "Sit people upright at 90 degrees and keep them upright for 30 minutes after eating.",
       polarity="sustain", owner="person-josie-hale", kw=["positioning", "mealtimes", "swallowing"])

cap("cap-self-assessment-dysphagia-competency",
    "Self-assessment: dysphagia competencies across the SLT team",
    {"technique": "self_assessment", "tool": "RCSLT dysphagia competency framework (local version)",
     "scores": [{"area": "Clinical swallow assessment", "score": 4, "out_of": 4},
                {"area": "Tracheostomy", "score": 2, "out_of": 4},
                {"area": "Instrumental assessment", "score": 2, "out_of": 4}],
     "gaps": ["Not enough staff trained for trach work", "FEES training waits"]},
    "2024-11-20", "Find gaps in dysphagia skills across the team.", facilitator="person-harriet-lomax",
    participants=["person-harriet-lomax", "person-rhian-okafor", "SLT team"], count=19,
    kw=["dysphagia", "competencies", "self-assessment"])

lesson("lesson-vfs-screening-time",
       "Keep screening time short in swallow studies",
       "Screening times varied threefold between lists.",
       "Agree the trial sequence before the study and pulse the fluoroscopy.", owner="person-nadia-farouk",
       dept="Radiology", kw=["videofluoroscopy", "radiation dose", "screening time"])

lesson("lesson-nbm-more-mouth-care",
       "Nil by mouth patients need more mouth care, not less",
       "Patients who were not eating or drinking had dry, coated mouths because mouth care was linked to meals.",
       "Give mouth care at least four times a day to NBM patients.", owner="person-maggie-thorne",
       kw=["nil by mouth", "mouth care"], dept="Kite Ward")

cap("cap-aar-aspiration-pneumonia-review",
    "Case review: ten patients with aspiration pneumonia on the acute medical unit",
    aar("Patients at risk of aspiration are screened and managed before pneumonia develops.",
        "Six of ten patients had no swallow screen recorded before eating; four had poor oral hygiene noted.",
        "Screens were done but not documented; mouth care was not prioritised.",
        improve=["Swallow screen as a required field on admission", "Mouth care in the ward safety huddle"]),
    "2025-12-03", "Learn from a cluster of aspiration pneumonias.", facilitator="person-chloe-aitken",
    participants=["person-chloe-aitken", "person-rhian-okafor", "person-maggie-thorne", "Acute physician"],
    kw=["aspiration pneumonia", "swallow screen", "mouth care"])

lesson("lesson-voice-rest-after-surgery",
       "Clear voice rest instructions after vocal fold surgery",
       "Patients were given different voice rest advice by different staff after microlaryngoscopy.",
       "Use one written voice rest plan agreed by ENT and SLT.", owner="person-aileen-mcbride",
       kw=["voice rest", "vocal fold surgery", "voice"])

inn("inn-handsfree-valve-laryngectomy",
    "Hands-free speaking valves for laryngectomees",
    "person-gareth-pennock",
    "People with a voice prosthesis must press a finger over their stoma to speak, which is hard at work.",
    "We trial hands-free valves that close automatically when the person speaks, fitted on an adhesive "
    "baseplate.",
    stage="testing", kw=["hands-free valve", "laryngectomy", "voice prosthesis", "stoma"])

lesson("lesson-apraxia-of-speech",
       "Apraxia of speech needs different therapy from aphasia",
       "People with apraxia of speech were given language therapy that did not help their speech planning.",
       "Assess for apraxia separately and use speech motor practice.", owner="person-fenella-cartwright",
       kw=["apraxia of speech", "aphasia", "therapy"])

lesson("lesson-aac-core-vocabulary",
       "Start communication aids with core vocabulary",
       "People given devices full of topic pages used them less than those started on a core word layout.",
       "Set up new AAC devices with a core vocabulary page first.", polarity="sustain",
       owner="person-daniel-osei", kw=["AAC", "core vocabulary"])

cap("cap-peer-laryngectomy-emergency-ed",
    "Peer assist: the emergency department learns about neck breathers",
    peer("Emergency department nursing team",
         "How should we recognise and manage patients who breathe through a neck stoma?",
         peers=["person-gareth-pennock", "person-oluwaseun-bello"],
         options=["Look, listen and feel at the neck as well as the mouth", "Tracheostomy and laryngectomy "
                  "are different: a laryngectomy stoma cannot be used to intubate via the mouth"]),
    "2025-05-06", "Prepare ED staff for laryngectomy and tracheostomy emergencies.",
    facilitator="person-zara-hussain",
    participants=["person-gareth-pennock", "person-oluwaseun-bello", "ED nurses"],
    kw=["laryngectomy", "tracheostomy", "emergency department", "neck breather"])

story("story-they-think-im-drunk",
      "'In the shop they think I'm drunk'",
      "discovery_story", "Community patient with MS",
      "A woman with multiple sclerosis said her speech had become unclear and shop staff treated her as if she "
      "had been drinking. She stopped going out alone.",
      "The community SLT worked on slowing down, exaggerating the ends of words and using a card that "
      "explains her speech difficulty.",
      "She shops on her own again and uses the card when she needs to.", working_with=["person-marek-nowak"],
      kw=["unclear speech", "multiple sclerosis", "confidence"], impact=["improved_patient_care"])

lesson("lesson-dysarthria-real-conversation",
       "Dysarthria practice works best in real conversations",
       "Drill exercises for dysarthria did not carry over into everyday talk with family.",
       "Build each session around a real conversation task with a family member present.",
       polarity="improve", owner="person-marek-nowak", kw=["dysarthria", "motor speech", "carry-over"])

story("story-camera-up-the-nose",
      "'They put a tiny camera up his nose and watched him swallow'",
      "discovery_story", "Son of a patient on Heron Ward",
      "His father had been on nothing by mouth for five days and was too poorly to go down to X-ray.",
      "The speech therapist brought a tiny camera on a thin tube to the bedside, passed it through his nose, and "
      "they watched on the screen while he had yoghurt and green-coloured water.",
      "Within the hour they knew he could have soft food and thickened drinks. 'He cried when the tea came.'",
      about=["inn-fees-bedside-service"], working_with=["person-rhian-okafor"],
      kw=["swallow test", "camera", "bedside"], impact=["improved_patient_care"])

story("story-xray-video-swallow",
      "'We watched a video X-ray of Mum swallowing'",
      "discovery_story", "Daughter of a community patient",
      "Her mother kept getting chest infections and nobody could say why.",
      "At the hospital she sat in a special chair and swallowed drinks and biscuit mixed with a white liquid "
      "while the radiographer took a moving X-ray. The therapist showed them the pictures straight away.",
      "They saw the drink going the wrong way. Mum now tucks her chin down and has thicker drinks, and has "
      "had no chest infection since.", about=["inn-vfs-joint-clinic"], working_with=["person-tomasz-wierzbicki"],
      kw=["X-ray", "swallowing", "chest infections"], impact=["improved_patient_care"])

story("story-talking-computer",
      "'Grandad's talking computer says his jokes for him'",
      "discovery_story", "Grandson of a man with MND",
      "His grandad could not speak any more and the family could not understand him.",
      "The therapist lent him a talking computer he types on. It speaks in a voice recorded from his own.",
      "He tells his old jokes at Sunday lunch again.", about=["inn-aac-loan-library", "inn-voice-banking-mnd"],
      working_with=["person-daniel-osei"], kw=["talking computer", "family"], impact=["improved_patient_care"])

lesson("lesson-little-cap-on-trach",
       "Families need to know what the little cap on the trach is for",
       "A visitor took off the small cap on her husband's trach tube, the one that lets him talk, thinking it "
       "was blocking his breathing.",
       "Explain the valve to families at the first trial and put the bed-head sign where visitors can see it.",
       owner="person-priya-lakhani", kw=["families", "trach", "talking"])

story("story-stuck-on-words",
      "'I get stuck on words, especially my own name'",
      "discovery_story", "Adult referred by his GP",
      "A 34-year-old delivery driver said he had always got stuck on words, worst on the phone and saying his "
      "name, and had started avoiding customers.",
      "He joined the evening group and learnt to ease out of blocks and to stop swapping words.",
      "He now answers the depot phone. He says meeting others like him mattered most.",
      about=["inn-adult-stammering-group"], working_with=["person-siobhan-doyle"],
      kw=["getting stuck", "blocks", "phone"], impact=["improved_patient_care"])
