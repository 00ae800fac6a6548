from lib import inn, story, lesson, cap, aar, add_ev
AL = "Adult Allergy Service"; DA = "Drug Allergy Service"; IM = "Clinical Immunology"; LKS = "Library and Knowledge Service"
HAE = "Hereditary Angioedema Service"; FA = "Food Allergy Service"; DCU = "Allergy Day Case Unit"

lesson("lesson-weigh-doses", "Weigh challenge doses", DCU, "Doses estimated by eye varied.", "Weigh every dose.", owner="person-gwen-pritchard")
add_ev("person-gwen-pritchard", "Challenge testing", "lesson-weigh-doses", "owner")
inn("inn-non-beta-lactam-dpt", "Drug provocation tests for non-beta-lactam antibiotics", "person-hamid-karimi", DA,
    "Patients labelled allergic to several antibiotics (macrolides, quinolones, co-trimoxazole) had very few options left for infections.",
    "A registrar-led list on the day unit does graded drug provocation tests to one antibiotic at a time, supervised by a consultant, so that each patient leaves with at least one safe oral antibiotic.",
    stage="testing", team=[("person-aisha-rahman", "clinical_champion"), ("person-gwen-pritchard", "team_member")], kw=["DPT", "antibiotic allergy", "multiple drug allergy"])
add_ev("person-hamid-karimi", "Drug allergy", "inn-non-beta-lactam-dpt", "lead")
lesson("lesson-local-anaesthetic", "True allergy to local anaesthetic is very rare", AL,
       "Most reactions blamed on dental local anaesthetic were fainting, anxiety or adrenaline effects.",
       "Offer a subcutaneous challenge with the local anaesthetic rather than avoiding all dental treatment.", owner="person-andrew-pike", category="clinical")
add_ev("person-andrew-pike", "Perioperative anaphylaxis", "lesson-local-anaesthetic", "owner")
story("story-lks-chlorhexidine", "Chlorhexidine allergy: hidden sources in hospital products", LKS, "Consultant allergist",
      "Dr Pike needed a list of hospital products containing chlorhexidine for a patient who reacted during surgery.",
      "The library searched product databases, case reports and the national audit of perioperative anaphylaxis.",
      "A 'chlorhexidine-free' checklist is now used for patients with this allergy.", asked="person-andrew-pike", working=["person-kate-osborne"], services=["literature_search", "document_supply"], impacts=["patient_safety_risk_reduced"])
add_ev("person-kate-osborne", "Literature searching", "story-lks-chlorhexidine", "librarian")
inn("inn-mast-cell-clinic", "Joint clinic for mast cell disorders", "person-lucy-barnes", AL,
    "Patients with mastocytosis or mast cell activation were seen in several clinics with no shared plan.",
    "A monthly joint allergy and haematology clinic with baseline tryptase, KIT testing referral and an emergency plan for each patient.",
    stage="implemented", team=[("person-helen-marsh", "team_member")], kw=["mastocytosis", "tryptase", "mast cell"])
add_ev("person-lucy-barnes", "Mast cell disorders", "inn-mast-cell-clinic", "lead")
cap("cap-retro-challenge-unit", "Retrospect: one year of the allergy day case unit", DCU, "retrospect", "2025-12-09",
    "Looking back on the first year of challenges on the day case unit.",
    {"objectives": ["Quadruple the number of food and drug challenges", "No serious incidents"], "achieved": ["From 2 to 12 challenges a week", "No serious incidents"],
     "not_achieved": [{"point": "Evening lists for working patients", "why": "No nurse cover after 17:00"}],
     "successes": [{"point": "Single stopping-criteria sheet", "why": "Everyone used the same rules"}], "recommendations": ["Share the unit with drug desensitisation lists"], "satisfaction_score": 8},
    facilitator="person-david-ng", participants=["person-gwen-pritchard", "person-sam-okafor", "person-aisha-rahman"], context=["inn-ofc-daycase"])
add_ev("person-gwen-pritchard", "Challenge testing", "cap-retro-challenge-unit", "participant")
inn("inn-drug-allergy-elearning", "Drug allergy e-learning for foundation doctors", "person-hamid-karimi", DA,
    "New doctors did not know how to take an allergy history or record a reaction.",
    "A 20-minute e-learning module with three cases; completion is part of induction.", stage="implemented", itype="education_training", kw=["education", "drug allergy", "induction"])
add_ev("person-hamid-karimi", "Drug allergy", "inn-drug-allergy-elearning", "lead")
lesson("lesson-self-cannulation", "Learning to self-cannulate for C1 inhibitor takes longer than we planned", HAE,
       "Patients needed five or six sessions, not three, before they could reliably put in their own cannula.",
       "Plan six training sessions for intravenous home treatment and offer icatibant injections meanwhile.", owner="person-raj-bhatt", category="training", related=["inn-hae-home-icatibant"])
add_ev("person-raj-bhatt", "Home self-treatment", "lesson-self-cannulation", "owner")
lesson("lesson-ig-product-switch", "Tell patients before switching immunoglobulin brand", "Pharmacy",
       "Patients had more headaches and felt unwell after an unannounced switch of immunoglobulin product during a shortage.",
       "Tell patients in advance and give the first dose of a new product in hospital.", owner="person-tom-greaves", category="medicines")
add_ev("person-tom-greaves", "Immunoglobulin supply", "lesson-ig-product-switch", "owner")
cap("cap-elicit-challenge-day", "Elicitation interview: running a challenge day", DCU, "elicitation_interview", "2026-05-14",
    "To capture how the day unit sister plans and runs a day of food and drug challenges.",
    {"interviewee": "person-gwen-pritchard", "knowledge_area": "Planning and running a day of food and drug challenges",
     "questions_answers": [{"question": "How do you decide the order of patients?", "answer": "Highest-risk challenges first thing, drug challenges before 11, food challenges staggered by half an hour."},
                           {"question": "What do new nurses get wrong?", "answer": "Waiting too long to stop a challenge when the symptoms are objective."}]},
    facilitator="person-david-ng")
add_ev("person-gwen-pritchard", "Challenge testing", "cap-elicit-challenge-day", "interviewee")
cap("cap-log-home-therapy", "Lessons log: home immunoglobulin therapy project", IM, "lessons_log", "2026-01-20",
    "Running log of lessons from the home therapy project.", {"project": "Home immunoglobulin therapy", "period": "Apr 2024 - Jan 2026"},
    facilitator="person-claire-fenwick", context=["inn-scig-home"])
add_ev("person-claire-fenwick", "Home SCIG", "cap-log-home-therapy", "owner")
lesson("lesson-wifi-patchy", "Patchy Wi-Fi in the outpatient building", "Digital Services",
       "Video consultations dropped out in rooms with patchy Wi-Fi.", "Survey Wi-Fi coverage before choosing rooms for video clinics.", owner="person-olivia-grant", category="IT")
add_ev("person-olivia-grant", "Wi-Fi", "lesson-wifi-patchy", "owner")
story("story-nuts-and-bolts", "The nuts and bolts of a business case: library training for managers", LKS, "Service manager",
      "Managers asked for help finding evidence and costings for business cases.",
      "The library ran a one-hour session on the nuts and bolts of finding evidence, cost data and benchmarking.",
      "Twelve managers attended; two business cases used the sources.", asked="person-tariq-mahmood", working=["person-kate-osborne"], services=["training"], impacts=["education_cpd"])
add_ev("person-kate-osborne", "Literature searching", "story-nuts-and-bolts", "trainer")
lesson("lesson-fridge-tolerance", "Allergen extract fridge went out of tolerance over a weekend", AL,
       "The clinic fridge holding allergen extracts and adrenaline drifted to 11°C over a weekend; £4,000 of stock was discarded.",
       "Fit remote temperature alarms to every clinic fridge.", owner="person-harriet-king", category="equipment")
inn("inn-chain-reaction", "Chain reaction: a 'pass it on' scheme for good ideas", "person-zoe-fletcher", "Staff Wellbeing",
    "Good ideas from one team rarely reached others.", "Each team that receives a thank-you card passes an idea on to another team.", stage="implemented", itype="other", kw=["staff engagement"])
add_ev("person-zoe-fletcher", "Staff engagement", "inn-chain-reaction", "lead")
story("story-wasp-shots", "Wasp allergy shots: a gardener's story", AL, "Patient",
      "I'm a gardener and a wasp sting put me in intensive care. I thought I'd have to give up my job.",
      "The nurse started me on weekly shots of wasp venom, building up over seven weeks, then monthly.",
      "I've been stung since and only had a red lump. I carry my pens just in case.", kind="innovation_story", services=["other"], impacts=["improved_patient_care"], about=["inn-vit-cluster"])
inn("inn-hdm-tablets", "House dust mite tablets for allergic asthma and rhinitis", "person-nadia-hussain", AL,
    "Some patients with dust mite allergy had rhinitis and asthma that stayed poorly controlled despite inhalers and nasal sprays.",
    "Selected patients start a daily house dust mite sublingual tablet, first dose observed, with review at three and twelve months.", stage="implemented", kw=["HDM", "sublingual immunotherapy", "asthma"])
add_ev("person-nadia-hussain", "Allergen immunotherapy", "inn-hdm-tablets", "lead")
lesson("lesson-slit-mouth-itch", "Warn patients about mouth itching with immunotherapy tablets", AL,
       "Patients stopped their sublingual tablets in the first week because of mouth itching they had not been warned about.",
       "Explain that mouth itching is common and usually settles within two weeks.", owner="person-nadia-hussain", category="patient information")
add_ev("person-nadia-hussain", "Allergen immunotherapy", "lesson-slit-mouth-itch", "owner")
inn("inn-anaphylaxis-register", "A register of patients with previous anaphylaxis for annual review", "person-megan-lloyd", AL,
    "Patients with a history of anaphylaxis were discharged after one visit and never had their pens or action plans reviewed.",
    "A simple register in the clinic system prompts a yearly telephone review of pens, action plan and training.", stage="implemented", itype="process_admin", kw=["anaphylaxis", "register", "follow-up"])
add_ev("person-megan-lloyd", "Anaphylaxis", "inn-anaphylaxis-register", "lead")
story("story-lks-epinephrine-dose", "Second dose of adrenaline: how often is it needed?", LKS, "Emergency medicine consultant",
      "Mark asked how often anaphylaxis needs a second dose of adrenaline, for ED teaching.",
      "The librarian searched for cohort studies and the Resuscitation Council guidance.", "The figure (around one in ten) is now in the ED teaching slides.", asked="person-mark-devlin",
      working=["person-kate-osborne"], services=["literature_search"], impacts=["education_cpd"])
add_ev("person-mark-devlin", "Anaphylaxis in the emergency department", "story-lks-epinephrine-dose", "requester")
cap("cap-als-nurse-specialists", "Action learning set: allergy nurse specialists, session 4", AL, "action_learning_set", "2025-11-03",
    "Nurse specialists supporting each other with service development issues.", {"set_name": "Allergy nurse specialists", "session_number": 4,
     "presenters": [{"person": "person-megan-lloyd", "issue": "How to protect time for patient education when clinics are overbooked"}]},
    facilitator="person-yvonne-bell", participants=["person-megan-lloyd", "person-ian-thorne", "person-nadia-hussain", "person-raj-bhatt"])
lesson("lesson-transition-first-appointment", "Young adults miss their first adult clinic appointment", FA,
       "A third of 17-year-olds moved from paediatric allergy did not attend their first appointment in the adult clinic.",
       "Send appointments by text to the young person, not the parent, and offer evening slots.", owner="person-ben-walsh", category="access", related=["inn-transition-clinic"])
add_ev("person-ben-walsh", "Transition to adult services", "lesson-transition-first-appointment", "owner")
inn("inn-sesame-challenge", "Open sesame? Reintroducing sesame after a negative test", "person-fiona-duggan", FA,
    "Adults told they were 'probably not allergic' to sesame kept avoiding it.", "A supported reintroduction plan with a hummus ladder and phone follow-up.",
    stage="implemented", kw=["sesame", "reintroduction"])
add_ev("person-fiona-duggan", "Food allergy diets", "inn-sesame-challenge", "lead")
lesson("lesson-antihistamine-vs-adrenaline", "Antihistamine first delays adrenaline", AL,
       "In three clinic reactions staff gave an antihistamine and waited before giving adrenaline.", "Give adrenaline first for any sign of anaphylaxis; antihistamines are for skin symptoms only.",
       owner="person-megan-lloyd", category="clinical")
add_ev("person-megan-lloyd", "Anaphylaxis", "lesson-antihistamine-vs-adrenaline", "owner")
inn("inn-immunology-phone-clinic", "Immunology nurse telephone reviews between clinic visits", "person-claire-fenwick", IM,
    "Patients on immunoglobulin replacement travelled up to 60 miles for routine reviews.", "Alternate reviews are done by phone, with trough IgG taken by the homecare nurse.",
    stage="implemented", itype="service_model", kw=["telephone clinic", "immunoglobulin"])
add_ev("person-claire-fenwick", "Home SCIG", "inn-immunology-phone-clinic", "lead")
lesson("lesson-exposure-to-allergen-at-work", "Ask about allergen exposure at work", AL,
       "A baker's asthma and rhinitis were treated for years before anyone asked about flour exposure at work.",
       "Include a question about job and workplace exposures in every allergy history.", owner="person-hamid-karimi", category="history taking")
add_ev("person-hamid-karimi", "Occupational allergy", "lesson-exposure-to-allergen-at-work", "owner", "aware")
story("story-bike-cycle", "Cycle to work scheme: 40 new riders", "Staff Wellbeing", "Staff wellbeing lead",
      "Staff wanted to cycle but bikes were expensive.", "We promoted the salary sacrifice cycle scheme and added secure bike shelters.", "Forty staff joined the scheme.",
      kind="km_success_story", asked="person-zoe-fletcher", services=["other"], impacts=["service_development"])
inn("inn-reaction-record-form", "A standard form for recording reactions during challenges and injections", "person-gwen-pritchard", DCU,
    "Reactions on the day unit and in the injection clinic were written up differently by each nurse, making audit impossible.",
    "One form records time, dose, symptoms by organ system, treatment and outcome; it feeds the monthly reaction audit.", stage="implemented", itype="process_admin", kw=["reaction", "audit", "documentation"])
add_ev("person-gwen-pritchard", "Challenge testing", "inn-reaction-record-form", "lead")
lesson("lesson-pump-loan", "Keep spare syringe drivers for SCIG", IM,
       "Two patients missed doses while their home infusion pumps were away for repair.", "Keep three loan pumps in the immunology office.", owner="person-ellie-morgan", category="equipment")
add_ev("person-ellie-morgan", "IVIG infusions", "lesson-pump-loan", "owner")
