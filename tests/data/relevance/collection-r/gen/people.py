from lib import *

AHP = "allied_health_professionals"
W = ("be_contacted", "peer_assist", "mentor", "speak")

person("person-rhian-okafor", "Rhian", "Okafor", "Consultant Speech and Language Therapist (Dysphagia)", SLT,
       "I lead adult dysphagia services across the hospital: instrumental assessment, especially FEES, "
       "complex swallowing decisions and drooling.",
       [("FEES (fibreoptic endoscopic evaluation of swallowing)", "expert",
         [("inn-fees-bedside-service", "lead"), ("cap-aar-fees-first-list", "participant"),
          ("lesson-fees-scope-decontam", "owner"), ("story-fees-business-case-evidence", "requester"),
          ("story-camera-up-the-nose", "therapist")]),
        ("Dysphagia", "expert", [("inn-fees-bedside-service", "lead"), ("inn-saliva-management", "lead"),
                                 ("inn-edar-guidance", "team member")]),
        ("Drooling and saliva management", "expert", [("inn-saliva-management", "lead")])],
       willing=W, profession="Speech and language therapist")

person("person-tomasz-wierzbicki", "Tomasz", "Wierzbicki", "Highly Specialist SLT, Videofluoroscopy", SLT,
       "I run the videofluoroscopy clinic with radiography and write most of the swallow X-ray reports.",
       [("Videofluoroscopy", "expert", [("inn-vfs-joint-clinic", "lead"), ("cap-aar-vfs-seating", "participant"),
                                        ("story-vfs-reports-gps", "author"), ("story-xray-video-swallow", "therapist")]),
        ("Instrumental swallow assessment", "practitioner",
         [("inn-fees-bedside-service", "team member"), ("lesson-nasendoscopy-topical-spray", "owner")])],
       profession="Speech and language therapist")

person("person-priya-lakhani", "Priya", "Lakhani", "Clinical Specialist SLT, Tracheostomy", SLT,
       "I help people with a tracheostomy get their voice back and eat again: cuff deflation, speaking valves "
       "and swallowing with a trach.",
       [("Tracheostomy", "expert", [("inn-cuff-deflation-protocol", "lead"), ("cap-retro-trach-ward-round", "participant"),
                                    ("cap-peer-endoscopic-swallow-trach", "participant")]),
        ("Cuff deflation and speaking valves", "expert", [("inn-cuff-deflation-protocol", "lead"),
                                                          ("lesson-valve-cuff-up-incident", "owner"),
                                                          ("lesson-little-cap-on-trach", "owner")])],
       willing=W, profession="Speech and language therapist")

person("person-gareth-pennock", "Gareth", "Pennock", "Clinical Specialist SLT, Head and Neck", SLT,
       "Head and neck SLT for 20 years. Laryngectomy, surgical voice restoration and swallowing after "
       "head and neck cancer treatment. Moving to the regional network role in 2026.",
       [("Laryngectomy", "expert", [("inn-laryngectomy-passport", "lead"), ("cap-aar-neck-breather-arrest-call", "participant"),
                                    ("lesson-hme-home-delivery", "owner"), ("lesson-stoma-covers-shower", "owner")]),
        ("Voice prosthesis / surgical voice restoration", "expert",
         [("inn-voice-prosthesis-clinic", "lead"), ("cap-harvest-gareth-voice-restoration", "harvestee")]),
        ("Head and neck cancer swallowing", "expert", [("inn-head-neck-prehab", "lead")])],
       willing=W, profession="Speech and language therapist",
       memberships=[("Wyvern Vale head and neck network", "SLT lead")])

person("person-aileen-mcbride", "Aileen", "McBride", "Specialist Voice SLT", SLT,
       "I treat voice problems: hoarseness, muscle tension dysphonia, professional voice users.",
       [("Voice disorders (dysphonia)", "expert", [("inn-joint-voice-clinic", "lead"),
                                                   ("lesson-voice-therapy-text-reminders", "owner"),
                                                   ("story-choir-singer-lost-voice", "therapist")]),
        ("Vocal health for professional voice users", "expert", [("inn-professional-voice-workshops", "lead"),
                                                                 ("cap-cafe-looking-after-voice", "speaker")])],
       profession="Speech and language therapist")

person("person-daniel-osei", "Daniel", "Osei", "Lead SLT, AAC and Neurology", SLT,
       "I make sure people who cannot speak have a way to communicate: AAC, communication aids, voice banking, "
       "communication boards. Most of my patients have MND.",
       [("Augmentative and alternative communication (AAC)", "expert",
         [("inn-aac-loan-library", "lead"), ("cap-peer-eye-gaze-hub", "participant"),
          ("lesson-aac-devices-flat", "owner"), ("cap-retro-aac-tablet-procurement", "participant"),
          ("story-talking-computer", "therapist")]),
        ("Voice banking in MND", "expert", [("inn-voice-banking-mnd", "lead"), ("lesson-mnd-refer-early-voice-banking", "owner"),
                                           ("cap-cop-mnd-mdt", "facilitator")]),
        ("Low-tech communication boards", "expert", [("inn-ward-communication-boards", "lead"),
                                                     ("inn-alphabet-pacing-boards", "team member")])],
       willing=W + ("review",), profession="Speech and language therapist")

person("person-fenella-cartwright", "Fenella", "Cartwright", "Highly Specialist SLT, Aphasia (Community)", SLT,
       "I work with people who have lost language after a stroke or brain injury, and their families.",
       [("Aphasia", "expert", [("inn-conversation-partner-volunteers", "lead"), ("cap-cop-aphasia-network", "facilitator"),
                               ("story-husband-cant-find-words", "therapist"), ("inn-aphasia-friendly-letters", "lead")]),
        ("Supported conversation training", "expert", [("lesson-ward-sca-champions", "owner"),
                                                       ("inn-conversation-partner-volunteers", "lead")])],
       willing=W, profession="Speech and language therapist", site="Wyvern Vale Community Therapy Hub")

person("person-josie-hale", "Josie", "Hale", "SLT Assistant Practitioner", SLT,
       "I help on the wards at mealtimes, make sure people get the right drinks and food, and show families "
       "how to make drinks thicker.",
       [("Modified food and drink (IDDSI)", "practitioner",
         [("inn-picture-menu-texture", "lead"), ("lesson-iddsi-fork-test", "owner"),
          ("story-thicker-drinks-at-home", "author"), ("inn-iddsi-ward-kitchens", "team member")]),
        ("SLT assistants", "practitioner", [("cap-cop-slt-assistants", "participant")])],
       group="additional_clinical_services", profession="SLT assistant")

person("person-marek-nowak", "Marek", "Nowak", "Specialist SLT, Community Neurology", SLT,
       "Parkinson's and progressive neurological conditions in the community. LSVT LOUD certified.",
       [("Parkinson's voice (LSVT LOUD)", "expert", [("inn-loud-and-proud-group", "lead"),
                                                      ("lesson-lsvt-intensity-community", "owner"),
                                                      ("story-dad-voice-so-quiet", "therapist")]),
        ("Dysarthria", "expert", [("inn-alphabet-pacing-boards", "lead"), ("lesson-dysarthria-real-conversation", "owner"),
                                  ("story-they-think-im-drunk", "therapist")])],
       profession="Speech and language therapist", site="Wyvern Vale Community Therapy Hub")

person("person-siobhan-doyle", "Siobhan", "Doyle", "Specialist SLT, Adult Fluency", SLT,
       "I work with adults who stammer.",
       [("Stammering", "expert", [("inn-adult-stammering-group", "lead"), ("story-stammer-job-interview", "therapist"),
                                  ("lesson-stammering-phone-avoidance", "owner"), ("story-stuck-on-words", "therapist")]),
        ("Video therapy", "practitioner", [("inn-video-therapy-community", "team member"),
                                           ("cap-retro-telehealth-pilot", "participant")])],
       profession="Speech and language therapist", site="Wyvern Vale Community Therapy Hub")

person("person-harriet-lomax", "Harriet", "Lomax", "Head of Speech and Language Therapy", SLT,
       "I manage the adult SLT service across hospital and community: waiting lists, staffing, referrals.",
       [("SLT service management", "expert", [("inn-inpatient-referral-triage", "lead"),
                                              ("cap-retro-waiting-list-validation", "participant")]),
        ("Workforce planning", "practitioner", [("cap-harvest-gareth-voice-restoration", "line manager")])],
       willing=("be_contacted", "mentor"), profession="Speech and language therapist")

person("person-kwame-asante", "Kwame", "Asante", "Specialist SLT, Digital and Telehealth", SLT,
       "Video therapy, apps and remote working for our community patients.",
       [("Telehealth / video therapy", "expert", [("inn-video-therapy-community", "lead"),
                                                  ("cap-retro-telehealth-pilot", "participant"),
                                                  ("lesson-remote-swallow-assessment-camera", "owner")]),
        ("Aphasia therapy apps", "practitioner", [("inn-aphasia-app-home-practice", "lead")])],
       profession="Speech and language therapist", site="Wyvern Vale Community Therapy Hub")

person("person-elin-pryce", "Elin", "Pryce", "Specialist SLT, Acute Medicine", SLT,
       "I support people and families making hard choices about eating and drinking when swallowing is unsafe.",
       [("Eating and drinking with acknowledged risks (EDAR)", "expert",
         [("inn-edar-guidance", "lead"), ("cap-cafe-risk-feeding", "speaker"), ("lesson-edar-record-travels", "owner"),
          ("story-mum-wanted-tea", "therapist")])],
       profession="Speech and language therapist")

person("person-bethan-morgan", "Bethan", "Morgan", "Speech and Language Therapist (rotational)", SLT,
       "Newly qualified, rotating through acute, head and neck and community.",
       [("Voice prosthesis changes", "aware", [("inn-voice-prosthesis-clinic", "team member"),
                                               ("cap-harvest-gareth-voice-restoration", "successor")]),
        ("FEES", "aware", [("cap-aar-fees-first-list", "participant")])],
       profession="Speech and language therapist")

person("person-chloe-aitken", "Chloe", "Aitken", "Specialist SLT, Acute Medical Unit", SLT,
       "Swallowing on the acute medical unit; I train nurses in the swallow screen and mouth care.",
       [("Swallow screening by nurses", "expert", [("inn-nurse-swallow-screen", "lead")]),
        ("Mouth care", "practitioner", [("inn-mouth-care-champions", "team member"), ("lesson-suction-toothbrush", "owner")]),
        ("Aspiration pneumonia prevention", "practitioner", [("inn-mouth-care-champions", "team member"),
                                                             ("inn-nurse-swallow-screen", "lead")])],
       profession="Speech and language therapist")

person("person-edward-finch", "Edward", "Finch", "Community SLT, Care Homes", SLT,
       "I visit care homes and help staff keep residents safe when eating and drinking.",
       [("Care home dysphagia training", "expert", [("inn-care-home-dysphagia-training", "lead"),
                                                    ("cap-aar-choking-care-home", "facilitator")])],
       profession="Speech and language therapist", site="Wyvern Vale Community Therapy Hub")

person("person-ravi-menon", "Ravi", "Menon", "Consultant ENT Surgeon and Laryngologist", "ENT",
       "Laryngology: voice, airway and swallowing. I work closely with SLT in the voice clinic and on FEES.",
       [("Laryngology and voice", "expert", [("inn-joint-voice-clinic", "co-lead"), ("lesson-globus-reassurance", "owner")]),
        ("FEES", "practitioner", [("inn-fees-bedside-service", "clinical champion"),
                                  ("cap-aar-fees-first-list", "participant")]),
        ("Surgical voice restoration", "practitioner", [("inn-voice-prosthesis-clinic", "team member"),
                                                        ("inn-laryngectomy-passport", "team member")])],
       group="medical_dental", profession="ENT surgeon")

person("person-claire-dunmore", "Claire", "Dunmore", "Specialist Dietitian, Nutrition Support", "Nutrition and Dietetics",
       "Tube feeding, texture modified diets and nutrition for people with swallowing problems.",
       [("Tube feeding (NG and PEG)", "expert", [("inn-nasal-bridle", "lead"), ("lesson-peg-decisions-mdt", "owner"),
                                                 ("story-tube-feeding-home", "dietitian")]),
        ("IDDSI and texture modified diets", "expert", [("inn-iddsi-ward-kitchens", "lead"),
                                                        ("inn-picture-menu-texture", "team member")])],
       profession="Dietitian")

person("person-oluwaseun-bello", "Oluwaseun", "Bello", "Tracheostomy Clinical Nurse Specialist", "Respiratory Nursing",
       "I look after patients with a trach on the wards and teach staff what to do in an emergency.",
       [("Tracheostomy care", "expert", [("inn-trach-bedhead-boxes", "lead"), ("cap-elicit-trach-emergencies", "interviewee"),
                                         ("inn-cuff-deflation-protocol", "co-lead"), ("cap-retro-trach-ward-round", "participant")])],
       group="nursing_midwifery_registered", profession="Nurse")

person("person-maggie-thorne", "Maggie", "Thorne", "Ward Sister, Kite Ward", "Kite Ward",
       "I run a busy medical ward. Keen on mouth care and making sure patients sleep.",
       [("Mouth care", "expert", [("inn-mouth-care-champions", "lead"), ("story-oral-care-evidence", "requester")]),
        ("Ward noise at night", "practitioner", [("inn-noise-at-night", "lead")]),
        ("Board rounds", "practitioner", [("inn-ward-board-round", "lead")])],
       group="nursing_midwifery_registered", profession="Nurse")

person("person-nadia-farouk", "Nadia", "Farouk", "Advanced Practitioner Radiographer", "Radiology",
       "Fluoroscopy and swallow studies with the SLT team.",
       [("Videofluoroscopy", "expert", [("inn-vfs-joint-clinic", "team member"), ("lesson-vfs-barium-recipes", "owner"),
                                        ("cap-aar-vfs-seating", "participant")])],
       group="add_prof_scientific_technical", profession="Radiographer")

person("person-lucy-brennan", "Lucy", "Brennan", "Lead Pharmacist, Medicines Safety", "Pharmacy",
       "Medicines for people who have trouble swallowing, thickeners on the drug chart, critical medicines.",
       [("Medicines and swallowing difficulties", "expert", [("inn-medicines-swallowing-guide", "lead"),
                                                             ("lesson-nbm-missed-medicines", "owner")]),
        ("Thickener prescribing", "expert", [("inn-thickener-prescribing-pharmacy", "lead"),
                                            ("lesson-thickener-scoop-sizes", "owner")])],
       group="add_prof_scientific_technical", profession="Pharmacist")

person("person-ian-calloway", "Ian", "Calloway", "Clinical Librarian", "Library and Knowledge Service",
       "I do literature searches and evidence summaries for the therapies and nursing.",
       [("Literature searching", "expert", [("story-fees-business-case-evidence", "librarian"),
                                            ("story-oral-care-evidence", "librarian")])],
       group="administrative_clerical", profession="Librarian")
PEOPLE["person-ian-calloway"]["is_lks_staff"] = True

person("person-zara-hussain", "Zara", "Hussain", "Knowledge Manager", "Library and Knowledge Service",
       "I facilitate after action reviews, retrospects and knowledge harvests across the trust.",
       [("After action reviews", "expert", [("cap-aar-fees-first-list", "facilitator"),
                                            ("cap-aar-thin-fluids-near-miss", "facilitator")]),
        ("Knowledge harvesting", "expert", [("cap-harvest-gareth-voice-restoration", "facilitator"),
                                            ("cap-elicit-trach-emergencies", "facilitator")])],
       group="administrative_clerical", profession="Knowledge manager")
PEOPLE["person-zara-hussain"]["is_lks_staff"] = True

person("person-peter-quarrie", "Peter", "Quarrie", "Patient Partner (laryngectomee)", "Patient Partnership",
       "I had my voice box out in 2019. I run the New Voices club and visit people before their operation.",
       [("Living with a laryngectomy", "expert", [("story-new-voices-club", "founder"),
                                                  ("inn-laryngectomy-passport", "patient partner")])],
       group="additional_clinical_services", willing=("be_contacted", "speak"))

person("person-anita-sharma", "Anita", "Sharma", "Specialist Occupational Therapist", "Occupational Therapy",
       "Seating, positioning and access to equipment, including switches and eye gaze for communication aids.",
       [("Access methods for AAC", "practitioner", [("cap-peer-eye-gaze-hub", "participant"),
                                                   ("inn-aac-loan-library", "team member"),
                                                   ("story-eye-gaze-tells-us", "OT")])],
       profession="Occupational therapist")

person("person-moira-gillespie", "Moira", "Gillespie", "Clinical Scientist, Rehabilitation Engineering",
       "Rehabilitation Engineering",
       "Eye gaze, switch access and environmental controls.",
       [("Eye gaze technology", "expert", [("cap-peer-eye-gaze-hub", "participant"), ("inn-aac-loan-library", "team member")])],
       group="healthcare_scientists", profession="Clinical scientist")

person("person-tom-reddaway", "Tom", "Reddaway", "Respiratory Physiotherapist", "Physiotherapy",
       "Chest physio, suction and weaning people with a tracheostomy.",
       [("Tracheostomy weaning", "practitioner", [("lesson-trach-weaning-physio", "owner"),
                                                 ("inn-cuff-deflation-protocol", "team member"),
                                                 ("cap-retro-trach-ward-round", "participant")])],
       profession="Physiotherapist")

# ---------------- trap people ----------------
person("person-gemma-stirling", "Gemma", "Stirling", "Head of Communications", "Communications",
       "Internal and external communication: staff bulletin, media, communication plans for service changes.",
       [("Communication", "expert", [("inn-staff-newsletter-redesign", "lead"),
                                     ("lesson-comms-plan-for-service-change", "owner")])],
       group="administrative_clerical", site="Trust Headquarters")

person("person-leon-carver", "Leon", "Carver", "Freedom to Speak Up Guardian", "Freedom to Speak Up",
       "I help staff speak up and make sure their voice is heard.",
       [("Speaking up", "expert", [("inn-freedom-to-speak-up-champions", "lead")]),
        ("Staff voice", "expert", [("inn-your-voice-pulse-survey", "lead")])],
       group="administrative_clerical", site="Trust Headquarters")

person("person-bryn-tudor", "Bryn", "Tudor", "Senior Estates Engineer", "Estates and Facilities",
       "Heating, valves, pneumatic tube system and ward refurbishments.",
       [("Heating valves", "expert", [("inn-swallow-ward-heating-valves", "lead")]),
        ("Pneumatic tube system", "expert", [("cap-aar-pneumatic-tube-outage", "participant")])],
       group="estates_ancillary", site="Kestrelmoor Infirmary")

person("person-sandra-okoye", "Sandra", "Okoye", "Colorectal Stoma Care Nurse Specialist", "Colorectal Nursing",
       "Stoma care for people with a colostomy or ileostomy.",
       [("Stoma care", "expert", [("inn-stoma-bag-home-delivery", "lead")])],
       group="nursing_midwifery_registered", profession="Nurse")

person("person-nigel-ashby", "Nigel", "Ashby", "Education Funding Officer", "Education Centre",
       "Study leave, course fees and conference fees.",
       [("Course fees", "expert", [("inn-study-leave-fees-portal", "lead"), ("lesson-conference-fees-refunds", "owner")])],
       group="administrative_clerical")

person("person-amy-tran", "Amy", "Tran", "Digital Devices Lead", "Digital Services",
       "Tablets, phones and device management; EPR projects; digital skills.",
       [("Tablet devices", "expert", [("inn-tablets-e-observations", "lead"),
                                      ("cap-retro-aac-tablet-procurement", "participant")]),
        ("Digital fluency", "expert", [("inn-digital-fluency-programme", "lead")]),
        ("Medical device register", "practitioner", [("lesson-medical-device-recall-register", "owner")]),
        ("EPR project scope", "practitioner", [("lesson-epr-project-scope-creep", "owner")])],
       group="administrative_clerical", site="Trust Headquarters")

person("person-carl-jennings", "Carl", "Jennings", "Senior Resuscitation Officer", "Resuscitation",
       "Resus training, ALS and ILS courses, cardiac arrest audits.",
       [("Advanced Life Support (ALS)", "expert", [("cap-aar-als-course-cancelled", "participant")]),
        ("Resuscitation", "expert", [("cap-aar-neck-breather-arrest-call", "participant")])],
       group="nursing_midwifery_registered", profession="Nurse")

person("person-fatima-rahman", "Fatima", "Rahman", "Interpreting and Translation Services Manager",
       "Interpreting and Translation",
       "Interpreters, language support and translated information.",
       [("Language interpreting", "expert", [("inn-telephone-interpreting", "lead"), ("lesson-english-fluency-ask", "owner")]),
        ("Accessible information", "practitioner", [("inn-aphasia-friendly-letters", "team member")])],
       group="administrative_clerical", site="Trust Headquarters")

person("person-rob-whitlock", "Rob", "Whitlock", "Senior Prosthetist", "Prosthetics and Orthotics",
       "Limb prostheses and sockets for people after amputation.",
       [("Prosthesis fitting", "expert", [("inn-limb-prosthesis-scanning", "lead")])],
       group="add_prof_scientific_technical", profession="Prosthetist")

person("person-dawn-heywood", "Dawn", "Heywood", "Medical Secretaries Manager", "Medical Secretaries",
       "Clinic letters, speech recognition, dictation and documentation standards.",
       [("Speech recognition", "expert", [("inn-speech-recognition-clinic-letters", "lead")]),
        ("Documentation consistency", "practitioner", [("lesson-documentation-consistency", "owner")]),
        ("Recording meetings", "aware", [("lesson-teams-meeting-recording-consent", "owner")])],
       group="administrative_clerical")

person("person-marcus-bell", "Marcus", "Bell", "Innovation Hub Manager", "Innovation Hub",
       "Helping staff pitch ideas and get small grants.",
       [("Pitching ideas", "expert", [("inn-dragons-den-pitch", "lead")])],
       group="administrative_clerical", site="Trust Headquarters")

person("person-julia-fenwick", "Julia", "Fenwick", "Infection Prevention and Control Nurse",
       "Infection Prevention and Control", "Cleaning, equipment decontamination and audits.",
       [("Equipment cleaning", "expert", [("lesson-bp-cuff-cleaning", "owner")])],
       group="nursing_midwifery_registered", profession="Nurse")

person("person-owen-parry", "Owen", "Parry", "Trust Board Secretary", "Corporate Governance",
       "Board papers and governance.", [("Board governance", "expert", [("lesson-board-paper-template", "owner")])],
       group="administrative_clerical", site="Trust Headquarters")

person("person-sue-latham", "Sue", "Latham", "Staff Wellbeing Lead", "Staff Wellbeing",
       "Staff wellbeing: fatigue, rest and recovery.",
       [("Staff fatigue", "expert", [("lesson-night-shift-fatigue", "owner")])],
       group="administrative_clerical")

person("person-hannah-cole", "Hannah", "Cole", "Recruitment and Retention Manager", "Human Resources",
       "Recruitment, careers and retention.",
       [("Career aspirations", "expert", [("inn-career-aspirations-conversations", "lead")]),
        ("Recruitment", "expert", [("story-word-of-mouth-recruitment", "requester")])],
       group="administrative_clerical")

person("person-george-mbeki", "George", "Mbeki", "Head of Patient Experience", "Patient Experience",
       "Making sure the patient voice shapes our services.",
       [("Patient voice", "expert", [("story-patient-voice-panel", "requester")])],
       group="administrative_clerical")

person("person-paul-whitaker", "Paul", "Whitaker", "Patient Flow Manager", "Patient Flow",
       "Bed flow, discharge lounge and finding the choke points that hold patients up.",
       [("Patient flow", "expert", [("inn-patient-flow-choke-points", "lead"),
                                    ("lesson-discharge-lounge-swallow-advice", "owner")])],
       group="administrative_clerical")
