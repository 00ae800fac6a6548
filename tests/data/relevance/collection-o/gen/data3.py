from lib import inn, story, lesson, cap, aar, add_ev
AL = "Adult Allergy Service"; DA = "Drug Allergy Service"; IM = "Clinical Immunology"; LKS = "Library and Knowledge Service"
HAE = "Hereditary Angioedema Service"; FA = "Food Allergy Service"; DCU = "Allergy Day Case Unit"

# ---- A more drug allergy ----
inn("inn-preop-pen-testing", "Penicillin allergy testing in pre-operative assessment", "person-sophie-adams", DA,
    "Patients with a penicillin 'allergy' were given clindamycin or teicoplanin prophylaxis for their operations, which is less effective and riskier.",
    "Following a peer assist, pre-op nurses score the allergy history with PEN-FAST at the pre-assessment visit. Low-risk patients have an oral amoxicillin test dose the same morning as their bloods; the result is added to the anaesthetic record.",
    stage="testing", team=[("person-aisha-rahman", "clinical_champion")], kw=["pre-operative assessment", "penicillin", "surgical prophylaxis"])
add_ev("person-sophie-adams", "Penicillin allergy", "inn-preop-pen-testing", "lead")
add_ev("person-aisha-rahman", "Penicillin allergy de-labelling", "inn-preop-pen-testing", "clinical champion")
lesson("lesson-pen-fast-pharmacists", "Pharmacists need a short practice session before using PEN-FAST", DA,
       "Ward pharmacists scored the same histories differently until they had practised on ten example cases.",
       "Run a 30-minute case-based session before anyone new uses the PEN-FAST score.", owner="person-tom-greaves", category="training")
add_ev("person-tom-greaves", "Penicillin allergy", "lesson-pen-fast-pharmacists", "owner")
cap("cap-cafe-antibiotic-allergy", "Knowledge café: why do so many patients think they are allergic to antibiotics?", DA, "knowledge_cafe", "2025-03-18",
    "To hear from ward staff, pharmacists and GPs about why suspected antibiotic allergy is so common and what stops us checking it.",
    {"question": "Why do so many patients believe they are allergic to antibiotics, and what stops us checking?", "speaker": "person-aisha-rahman", "rounds": 3,
     "themes": ["Rashes in childhood infections get blamed on amoxicillin", "Nobody feels they own the label", "Fear of causing a reaction"],
     "pledges": ["Pharmacists to ask 'what happened?' for every antibiotic allergy"]},
    facilitator="person-david-ng", count=26)
add_ev("person-aisha-rahman", "Drug allergy", "cap-cafe-antibiotic-allergy", "speaker")
add_ev("person-david-ng", "Knowledge management", "cap-cafe-antibiotic-allergy", "facilitator")
story("story-forty-years-penicillin", "'Forty years thinking I couldn't have penicillin'", DA, "Patient",
      "I was told as a little girl that I was allergic to penicillin because I came out in spots. Every time I had a chest infection I got the second-choice tablets.",
      "The nurse on the ward asked me lots of questions and then gave me a tablet of amoxicillin and watched me for an hour.",
      "Nothing happened. My records now say I can have penicillin, and my GP has changed my notes too.", kind="innovation_story", services=["other"], impacts=["improved_patient_care"], about=["inn-pen-delabel-wards"])
inn("inn-cephalosporin-guide", "Which cephalosporin? A guide for patients with penicillin allergy", "person-tom-greaves", DA,
    "Prescribers avoided all cephalosporins in anyone with a penicillin allergy, even though cross-reactivity depends on side chains.",
    "A one-page side-chain chart on the intranet shows which cephalosporins are safe to give for each type of penicillin reaction.", stage="implemented", itype="clinical_practice", kw=["cross-reactivity", "beta-lactam", "cephalosporins"])
add_ev("person-tom-greaves", "Drug allergy documentation", "inn-cephalosporin-guide", "lead")
lesson("lesson-nsaid-hypersensitivity", "NSAID reactions are usually not true allergy", DA,
       "Many patients labelled 'allergic to ibuprofen' have cross-reactive NSAID hypersensitivity and can take paracetamol and often a COX-2 inhibitor.",
       "Record the type of NSAID reaction and test with a COX-2 inhibitor in the day unit before banning all painkillers.", owner="person-aisha-rahman", category="clinical")
add_ev("person-aisha-rahman", "Drug allergy", "lesson-nsaid-hypersensitivity", "owner")
inn("inn-aspirin-desensitisation", "Aspirin desensitisation for aspirin-exacerbated respiratory disease", "person-aisha-rahman", DA,
    "Patients with nasal polyps, asthma and aspirin sensitivity (AERD or Samter's triad) had repeated polyp surgery.",
    "A two-day aspirin desensitisation protocol on the day unit, followed by daily high-dose aspirin, agreed with the ENT surgeons.",
    stage="testing", team=[("person-gwen-pritchard", "team_member")], kw=["AERD", "desensitization", "aspirin"])
add_ev("person-aisha-rahman", "Drug allergy", "inn-aspirin-desensitisation", "lead")
# distractor: pen test, challenge fund
lesson("lesson-pen-test-passwords", "Pen test found weak passwords on clinic systems", "Digital Services",
       "An external penetration (pen) test found shared and weak passwords on three clinic systems.",
       "Use named accounts and a password manager for every clinical system.", owner="person-priya-sandhu", category="cyber security")
add_ev("person-priya-sandhu", "Penetration testing", "lesson-pen-test-passwords", "owner")
story("story-challenge-fund", "Innovation challenge fund: three winning ideas funded", "Research and Innovation", "Head of research and innovation",
      "Staff had ideas but no small pots of money to test them.",
      "We ran a Dragons' Den style innovation challenge with £15,000 from the charity. Twenty-two ideas were pitched.",
      "Three projects were funded, including text reminders for expiring adrenaline pens.", kind="km_success_story", services=["other"], impacts=["service_development"])

# ---- B more anaphylaxis ----
story("story-wedding-throat", "'My throat closed up at a wedding'", AL, "Patient",
      "I ate a canapé with cashew in it and within minutes my lips swelled, my throat felt tight and I collapsed.",
      "The allergy clinic tested me, confirmed a cashew allergy, gave me two adrenaline pens and a nurse showed me how to use them until I could do it without thinking.",
      "Last summer I had a reaction at a barbecue and used my pen straight away. The paramedics said it probably saved my life.", kind="innovation_story", services=["other"], impacts=["improved_patient_care"], about=["inn-aai-teach-back"])
lesson("lesson-observe-six-hours", "Observe for six hours after adrenaline for anaphylaxis", "Emergency Department liaison",
       "A patient discharged from ED two hours after adrenaline returned with a biphasic reaction.",
       "Keep people who needed adrenaline for anaphylaxis under observation for at least six hours.", owner="person-mark-devlin", category="clinical")
add_ev("person-mark-devlin", "Anaphylaxis in the emergency department", "lesson-observe-six-hours", "owner")
inn("inn-anaphylaxis-simulation", "Monthly anaphylaxis simulation in the allergy clinics", "person-megan-lloyd", AL,
    "Serious reactions in clinic are rare, so staff rarely practise managing them.",
    "A ten-minute in-situ simulation on the first Monday of each month, using a manikin, real equipment and the clinic's emergency box, followed by a short debrief.",
    stage="embedded", team=[("person-harriet-king", "team_member")], itype="education_training", kw=["simulation", "anaphylaxis", "emergency drill"])
add_ev("person-megan-lloyd", "Anaphylaxis", "inn-anaphylaxis-simulation", "lead")
add_ev("person-harriet-king", "Clinic emergencies", "inn-anaphylaxis-simulation", "team member", "aware")
cap("cap-fishbowl-living-risk", "Fishbowl: living with the risk of a severe allergic reaction", AL, "fishbowl", "2025-06-05",
    "Patients and staff talked about what it is like to live with the risk of anaphylaxis every day.",
    {"prompt": "What helps you live with the risk of a serious allergic reaction?", "inner_circle": ["person-ruth-abbott", "person-megan-lloyd", "person-isabel-fox"],
     "outer_questions": ["How do you tell new friends?", "What do you do when you forget your pens?"]},
    facilitator="person-david-ng", count=30, insights=["Carrying the pens is a social burden", "People want permission to use adrenaline early"])
add_ev("person-isabel-fox", "Food allergy anxiety", "cap-fishbowl-living-risk", "inner circle")
lesson("lesson-tryptase-night", "Tryptase samples missed at night", "Emergency Department liaison",
       "Half of ED anaphylaxis presentations overnight had no tryptase sample because the tube type was not stocked in resus.",
       "Stock tryptase tubes in resus and add the test to the anaphylaxis order set.", owner="person-mark-devlin", category="equipment")
add_ev("person-mark-devlin", "Anaphylaxis in the emergency department", "lesson-tryptase-night", "owner")
inn("inn-pen-expiry-texts", "Text reminders before adrenaline pens expire", "person-maria-santos", "Pharmacy",
    "Many patients carried expired auto-injectors because they did not notice the date.",
    "Patients opt in when their AAI is dispensed; the system sends a text a month before expiry. Funded by the innovation challenge fund.",
    stage="testing", itype="digital", kw=["AAI", "expiry", "SMS"])
add_ev("person-maria-santos", "Adrenaline pen stock", "inn-pen-expiry-texts", "lead")

# ---- C more HAE ----
cap("cap-harvest-hae-nurse", "Knowledge harvest: HAE nursing before role change", HAE, "knowledge_harvest", "2026-04-22",
    "Raj is moving to a network lead role; we captured what he knows about running the HAE home treatment service.",
    {"harvestee": "person-raj-bhatt", "reason": "role_change", "successor": "person-ellie-morgan", "line_manager": "person-yvonne-bell",
     "knowledge_areas": [{"area": "Training patients to self-cannulate for C1 inhibitor", "priority": "high", "transfer_method": "shadowing"},
                         {"area": "Homecare ordering for icatibant and C1-INH", "priority": "high", "transfer_method": "guide"}],
     "interview_summary": "Most of the know-how is in judging when a patient is ready to treat alone, and in the relationships with homecare and ED."},
    facilitator="person-david-ng")
add_ev("person-raj-bhatt", "Hereditary angioedema", "cap-harvest-hae-nurse", "harvestee")
add_ev("person-ellie-morgan", "Hereditary angioedema", "cap-harvest-hae-nurse", "successor", "aware")
inn("inn-ace-angioedema", "Pathway for ACE inhibitor-induced angioedema", "person-helen-marsh", HAE,
    "Patients with tongue and lip swelling caused by ACE inhibitors were often labelled as allergic and kept on the drug.",
    "The pathway tells ED and GPs to stop the ACE inhibitor, avoid restarting it, and refer recurrent cases to the angioedema clinic; C1 inhibitor levels are checked to exclude hereditary or acquired angio-oedema.",
    stage="implemented", team=[("person-mark-devlin", "team_member")], kw=["angioedema", "ACE inhibitor", "bradykinin"])
add_ev("person-helen-marsh", "HAE", "inn-ace-angioedema", "lead")
story("story-face-swells", "'My face swells up and nobody knew why'", HAE, "Patient",
      "For years I had swellings of my hands, face and tummy. The tummy attacks were so painful I had two operations for suspected appendicitis.",
      "At the immunology clinic a blood test showed low C4 and C1 inhibitor and they diagnosed hereditary angioedema. The nurse taught me to inject my own treatment.",
      "Now I treat a swelling within half an hour at home and I have not been admitted for three years.", kind="innovation_story", services=["other"], impacts=["improved_patient_care"], about=["inn-hae-home-icatibant"])
lesson("lesson-hae-homecare-stock", "Check HAE patients' home stock before holidays", HAE,
       "A patient ran out of icatibant on holiday because homecare deliveries stopped over Christmas.",
       "Check every patient has two doses at home before bank holidays and travel.", owner="person-raj-bhatt", category="homecare")
add_ev("person-raj-bhatt", "Home self-treatment", "lesson-hae-homecare-stock", "owner")
inn("inn-hae-support-day", "Annual HAE patient and family day", "person-ruth-abbott", HAE,
    "People with hereditary angioedema felt isolated; most had never met anyone else with the condition.",
    "A patient partner and the HAE team run an annual day with talks, a self-injection refresher and time for families to meet.",
    stage="embedded", team=[("person-raj-bhatt", "co_lead"), ("person-helen-marsh", "team_member")], itype="service_model", kw=["patient support", "HAE"])
add_ev("person-ruth-abbott", "Living with hereditary angioedema", "inn-hae-support-day", "lead")
# distractor: hive intranet, panic
inn("inn-hive-intranet", "Relaunch of The Hive staff intranet", "person-amber-quinn", "Communications",
    "Staff could not find policies on the old intranet.",
    "The Hive was rebuilt with a search box, team pages and a news feed; each department has a page owner.", stage="implemented", itype="digital", kw=["intranet", "The Hive"])
add_ev("person-amber-quinn", "The Hive intranet", "inn-hive-intranet", "lead")

# ---- D more immunology ----
aar("cap-aar-first-home-scig", "After action review: first patient to start home SCIG after the training programme", IM, "2024-06-10",
    "To review the first discharge to home subcutaneous immunoglobulin.",
    "Patient confident after six sessions; homecare delivery in place for the first home infusion.",
    "The delivery arrived a day late and the patient had to come in for one more infusion.", why="Homecare registration forms were sent late.",
    sustain=["Competency sign-off"], improve=["Send homecare forms at session two"], facilitator="person-david-ng",
    participants=["person-claire-fenwick", "person-ellie-morgan"], context=["inn-scig-home"])
add_ev("person-claire-fenwick", "Home SCIG", "cap-aar-first-home-scig", "participant")
lesson("lesson-implanted-ports", "Think twice before an implanted port for immunoglobulin", IM,
       "Two patients with implanted ports for IVIG developed line infections, one needing admission.",
       "Prefer subcutaneous immunoglobulin over an implanted port when venous access is difficult.", owner="person-claire-fenwick", category="clinical")
add_ev("person-claire-fenwick", "Home SCIG", "lesson-implanted-ports", "owner")
story("story-lks-scig-ivig-qol", "Quality of life on subcutaneous versus intravenous immunoglobulin", LKS, "Immunology nurse specialist",
      "Claire wanted evidence to show commissioners that home subcutaneous treatment improves quality of life.",
      "The librarian searched for comparative studies and patient-reported outcome data and wrote a summary.",
      "The evidence supported the funding case for expanding home therapy.", asked="person-claire-fenwick", working=["person-kate-osborne"],
      services=["literature_search", "evidence_summary"], impacts=["informed_decision", "service_development"], about=["inn-scig-home"])
add_ev("person-kate-osborne", "Evidence summaries", "story-lks-scig-ivig-qol", "librarian")
inn("inn-vaccine-response-pathway", "Test vaccine responses before starting immunoglobulin", "person-oluwaseun-adeyemi", IM,
    "Some patients were started on immunoglobulin replacement without proof that they could not make antibodies.",
    "Patients with low IgG and recurrent infections are given pneumococcal and tetanus vaccines and specific antibody levels are measured four to six weeks later before any decision on replacement therapy.",
    stage="embedded", kw=["specific antibody deficiency", "vaccine responses", "CVID"])
add_ev("person-oluwaseun-adeyemi", "Primary immunodeficiency", "inn-vaccine-response-pathway", "lead")
lesson("lesson-cvid-bronchiectasis", "CVID patients need chest surveillance", IM,
       "Patients with common variable immunodeficiency developed bronchiectasis that was picked up late.",
       "Arrange baseline CT and yearly lung function for everyone with CVID.", owner="person-oluwaseun-adeyemi", category="clinical")
inn("inn-fscig", "Facilitated subcutaneous immunoglobulin for patients with few infusion sites", "person-claire-fenwick", IM,
    "Some patients found weekly SCIG with multiple needle sites hard to keep up.",
    "Hyaluronidase-facilitated SCIG allows a monthly infusion at a single site. Patients are trained over two visits.", stage="implemented", kw=["fSCIG", "hyaluronidase"])
add_ev("person-claire-fenwick", "Home SCIG", "inn-fscig", "lead")
inn("inn-infection-diary-app", "Infection diary for antibody deficiency patients", "person-ellie-morgan", IM,
    "Infection histories at review appointments relied on memory.",
    "Patients record infections, antibiotics and days off work in a simple diary app, reviewed before each clinic.", stage="testing", itype="digital", team=[("person-callum-ross", "team_member")], kw=["PID", "diary"])
add_ev("person-ellie-morgan", "IVIG infusions", "inn-infection-diary-app", "lead")
# distractor: roof drip
lesson("lesson-roof-drip", "Roof drip over the day unit corridor", "Estates",
       "Water dripping through a ceiling tile outside the infusion day unit caused a slip.",
       "Report drips to the estates helpdesk straight away and put out a wet floor sign.", owner="person-lee-armitage", category="estates")
add_ev("person-lee-armitage", "Building leaks", "lesson-roof-drip", "owner")
story("story-photo-shoot", "Photo shoot for the new patient leaflets", "Communications", "Communications officer",
      "Our leaflets used stock photos that did not look like our patients.",
      "We held a photo shoot in the clinics with volunteer patients and staff.", "Twelve leaflets were refreshed.", kind="km_success_story",
      asked="person-amber-quinn", services=["other"], impacts=["service_development"])

# ---- E more food allergy ----
inn("inn-chef-card", "Chef cards for eating out with a food allergy", "person-fiona-duggan", FA,
    "Adults with food allergies told us eating out was their biggest worry.",
    "A printed and phone version of a 'chef card' in six languages that lists the foods to avoid and asks about cross-contact in the kitchen.",
    stage="implemented", itype="other", kw=["eating out", "food allergy"])
add_ev("person-fiona-duggan", "Food allergy diets", "inn-chef-card", "lead")
lesson("lesson-cross-contact-kitchen", "Cross-contact in the day unit kitchen", DCU,
       "A patient having a challenge to hazelnut was nearly given toast spread from a jar used for peanut butter.",
       "Use single-portion packs for all challenge foods and keep allergen foods in a separate labelled cupboard.", owner="person-gwen-pritchard", category="patient safety")
add_ev("person-gwen-pritchard", "Challenge testing", "lesson-cross-contact-kitchen", "owner")
story("story-first-restaurant", "First restaurant meal in ten years", FA, "Patient",
      "I have a severe peanut and tree nut allergy and stopped eating out after a bad reaction.",
      "The dietitian gave me a chef card and practised with me how to ask staff about nuts. The psychologist helped with the panic.",
      "I went out for my birthday and ordered from the menu for the first time in ten years.", kind="innovation_story", services=["other"], impacts=["improved_patient_care"], about=["inn-chef-card"])
cap("cap-cop-dietitians", "Adult food allergy dietitians network: quarterly meeting", FA, "community_of_practice_meeting", "2025-10-08",
    "Share practice between dietitians working with adults with food allergy across the region.",
    {"community": "Regional adult food allergy dietitians network", "agenda": ["Milk ladder for adults", "Alpha-gal syndrome", "Eating disorders and food allergy"], "artefacts": ["Adult milk ladder leaflet"]},
    facilitator="person-fiona-duggan", count=18)
add_ev("person-fiona-duggan", "Cows' milk allergy", "cap-cop-dietitians", "facilitator")
inn("inn-ara-h2", "Component testing (Ara h 2) to avoid unnecessary peanut challenges", "person-sam-okafor", FA,
    "Many adults with a positive peanut skin test were only sensitised, not allergic, but needed a challenge to prove it.",
    "We added peanut component testing (Ara h 2) to the blood tests; low results go straight to a home introduction plan and high results avoid a challenge.",
    stage="evaluated", kw=["component resolved diagnostics", "peanut", "sensitisation"], outcomes=[("Peanut challenges avoided", "0", "38 in a year")])
add_ev("person-sam-okafor", "Oral food challenge", "inn-ara-h2", "lead")
story("story-lks-alpha-gal", "Red meat allergy after tick bites: a question from clinic", LKS, "Specialty registrar, allergy",
      "A patient had hives and collapse hours after eating lamb; the registrar wondered about alpha-gal syndrome.",
      "The library found case series and UK data on alpha-gal (galactose-alpha-1,3-galactose) allergy and tick exposure.",
      "The patient was tested and diagnosed; the team wrote a local leaflet.", asked="person-hamid-karimi", working=["person-kate-osborne"], services=["literature_search"], impacts=["improved_patient_care"])
add_ev("person-hamid-karimi", "Food allergy", "story-lks-alpha-gal", "requester", "aware")
add_ev("person-kate-osborne", "Literature searching", "story-lks-alpha-gal", "librarian")
lesson("lesson-exercise-after-dose", "No exercise for two hours after an OIT dose", FA,
       "One young adult had a reaction while running shortly after his daily peanut dose.",
       "Repeat the 'rest for two hours' rule at every up-dosing visit.", owner="person-sam-okafor", category="clinical", related=["inn-peanut-oit"])
add_ev("person-sam-okafor", "Oral immunotherapy", "lesson-exercise-after-dose", "owner")
# distractors
story("story-ladder-participation", "Climbing the ladder of participation with our patient panel", "Patient Experience", "Patient experience lead",
      "Patients were consulted late, after decisions had been made.", "We used Arnstein's ladder of participation to review how we involve patients.",
      "Patients now co-chair the service design group.", kind="km_success_story", services=["other"], impacts=["service_development"])
inn("inn-epr-transition", "Transition to the new electronic patient record in outpatients", "person-olivia-grant", "Digital Services",
    "Outpatient clinics were moving from paper notes to the new EPR.", "A phased transition with floor-walkers in each clinic and a super-user in every team.", stage="implemented", itype="digital", kw=["EPR", "go-live"])
add_ev("person-olivia-grant", "EPR transition", "inn-epr-transition", "lead")

# ---- F more venom ----
cap("cap-peer-assist-vit", "Peer assist: starting venom immunotherapy at Wyre Valley", AL, "peer_assist", "2025-12-03",
    "Wyre Valley Hospitals asked for help to set up their own VIT service.",
    {"host_team": "Wyre Valley allergy clinic", "problem_statement": "How to run venom immunotherapy safely with one nurse.",
     "peers": [{"person": "person-ian-thorne", "brought": "Seven years running the cluster VIT schedule"}], "options_insights": ["Start with wasp only", "Use the cluster schedule with a second nurse on the first day"]},
    facilitator="person-david-ng", participants=["person-ian-thorne"], context=["inn-vit-cluster"])
add_ev("person-ian-thorne", "Venom immunotherapy", "cap-peer-assist-vit", "peer")
lesson("lesson-beekeepers-dose", "Beekeepers need a higher maintenance venom dose", AL,
       "Beekeepers stung many times a season still reacted on the standard 100 microgram maintenance dose.",
       "Consider 200 micrograms maintenance for beekeepers and other highly exposed people.", owner="person-ian-thorne", category="clinical")
add_ev("person-ian-thorne", "Venom immunotherapy", "lesson-beekeepers-dose", "owner")
inn("inn-sting-advice-leaflet", "What to do if you are stung: advice for people waiting for allergy tests", "person-ian-thorne", AL,
    "Patients referred after a severe sting reaction waited 12 weeks with no advice.",
    "A leaflet sent with the appointment letter covers avoiding wasps, when to use an adrenaline pen and what to do after a sting.", stage="implemented", itype="other", kw=["insect sting", "patient information"])

# ---- G more urticaria ----
lesson("lesson-angioedema-with-hives", "Swelling with hives is not hereditary angioedema", AL,
       "Patients with urticaria and lip swelling were referred to the HAE clinic and waited months.",
       "If there are hives, send the referral to the urticaria clinic, not the HAE service.", owner="person-lucy-barnes", category="referral")
add_ev("person-lucy-barnes", "Chronic urticaria", "lesson-angioedema-with-hives", "owner")
cap("cap-cafe-itch", "Knowledge café: living with chronic itch", AL, "knowledge_cafe", "2026-02-10",
    "Patients with chronic spontaneous urticaria and staff shared what helps with the itch and sleep.",
    {"question": "What helps you live with chronic itch and hives?", "speaker": "person-lucy-barnes", "rounds": 2, "themes": ["Sleep", "Work", "Being believed"]},
    facilitator="person-david-ng", count=20)
add_ev("person-lucy-barnes", "Chronic urticaria", "cap-cafe-itch", "speaker")

# ---- H more rhinitis ----
aar("cap-aar-scit-reaction", "After action review: systemic reaction after a grass pollen injection", AL, "2025-04-29",
    "A patient developed wheeze 20 minutes after a maintenance grass pollen immunotherapy injection.",
    "Routine maintenance injection with a 60-minute wait.", "Wheeze and urticaria at 20 minutes, treated with IM adrenaline; full recovery.",
    why="The patient had had a cold and their asthma was not controlled; the pre-injection check did not ask.",
    sustain=["Adrenaline given within two minutes"], improve=["Check peak flow and recent asthma symptoms before every injection"],
    facilitator="person-nadia-hussain", participants=["person-lena-novak", "Staff nurse, allergy clinic"], context=["inn-scit-clinic"])
add_ev("person-nadia-hussain", "Allergen immunotherapy", "cap-aar-scit-reaction", "facilitator")
lesson("lesson-peak-flow-before-injection", "Check peak flow before every immunotherapy injection", AL,
       "Uncontrolled asthma is the main risk factor for systemic reactions to allergy injections.",
       "Do not give an injection if peak flow is below 80% of best.", owner="person-nadia-hussain", category="clinical")
story("story-hayfever-exams", "'The hay fever jabs let me sit my exams'", AL, "Patient",
      "Every June my eyes streamed and my nose was blocked; I failed my A-levels the first time.",
      "The allergy clinic gave me injections over the winter for three years.", "I sat my exams the next year with hardly any symptoms.", kind="innovation_story", services=["other"], impacts=["improved_patient_care"], about=["inn-scit-clinic"])
inn("inn-pollen-alerts", "High pollen count text alerts for patients on immunotherapy", "person-lena-novak", AL,
    "Patients did not know when to take extra precautions during high pollen days.", "An opt-in text alert when the local pollen forecast is high.", stage="idea", itype="digital", kw=["pollen", "SMS"])
add_ev("person-lena-novak", "Immunotherapy trials", "inn-pollen-alerts", "lead")
# distractor
lesson("lesson-trigger-tool", "Global trigger tool audit missed harms in outpatients", "Patient Safety",
       "The global trigger tool review of inpatient notes did not pick up harm in day case and outpatient settings.",
       "Adapt the trigger list for outpatient and day case records.", owner="person-yvonne-bell", category="patient safety")
story("story-media-exposure", "Handling media exposure after a news story about waiting times", "Communications", "Communications officer",
      "A local newspaper ran a story about allergy waiting times.", "Communications prepared a statement and a spokesperson briefing.", "Coverage was balanced; the story was not picked up nationally.",
      kind="learning_from_setback", asked="person-amber-quinn", services=["other"], impacts=["informed_decision"])
add_ev("person-amber-quinn", "Media handling", "story-media-exposure", "lead")

# ---- J skin testing ----
inn("inn-intradermal-drug", "Intradermal testing for beta-lactam allergy", "person-harriet-king", DA,
    "Higher-risk penicillin allergy histories needed intradermal tests, which only doctors did.", "Clinical scientists trained to do intradermal drug testing under a protocol.",
    stage="implemented", team=[("person-aisha-rahman", "clinical_champion")], kw=["intradermal", "skin testing", "beta-lactam"])
add_ev("person-harriet-king", "Skin prick testing", "inn-intradermal-drug", "lead")
lesson("lesson-lancet-supply", "Keep a second supplier for skin prick lancets", AL,
       "Skin test clinics were cancelled for a week when the lancet supplier ran out.", "Approve a second supplier for lancets and allergen extracts.", owner="person-harriet-king", category="supplies")
add_ev("person-harriet-king", "Skin prick testing", "lesson-lancet-supply", "owner")

# ---- KM / LKS / access ----
story("story-lks-current-awareness", "A monthly immunology current awareness bulletin", LKS, "Consultant immunologist",
      "Consultants could not keep up with new papers on primary immunodeficiency and immunoglobulin.", "The library set up a monthly bulletin of new papers and guidance.",
      "Read by 40 staff; two papers changed local practice.", working=["person-kate-osborne"], services=["current_awareness"], impacts=["education_cpd"])
add_ev("person-kate-osborne", "Current awareness", "story-lks-current-awareness", "librarian", "expert")
cap("cap-rct-spring", "Randomised coffee trial: spring 2026", LKS, "randomised_coffee_trial", "2026-04-01",
    "Connect staff across the network who would not normally meet.", {"round_label": "Spring 2026", "signups": 48, "matching_rules": ["different department"],
    "pairs": [{"a": "person-joe-hartley", "b": "person-ian-thorne", "met": True}, {"a": "person-priya-sandhu", "b": "person-raj-bhatt", "met": True}],
    "feedback_summary": "The beekeeper and the venom nurse are planning a talk together."}, facilitator="person-david-ng")
cap("cap-cafe-virtual-clinics", "Knowledge café: what makes a good video consultation?", "Allergy and Immunology Management", "knowledge_cafe", "2025-01-22",
    "To learn what worked in video and telephone clinics.", {"question": "What makes a good remote consultation in allergy?", "themes": ["You cannot skin test on video", "Good for follow-up and results"]},
    facilitator="person-david-ng", count=22)
add_ev("person-tariq-mahmood", "Virtual clinics", "cap-cafe-virtual-clinics", "participant")
lesson("lesson-referral-triage-template", "Referral template cut rejected allergy referrals", "Allergy and Immunology Management",
       "A third of allergy referrals lacked the information needed to triage them.", "Use the structured referral template with reaction history and medicines.",
       polarity="sustain", owner="person-tariq-mahmood", category="referral")
add_ev("person-tariq-mahmood", "Advice and guidance", "lesson-referral-triage-template", "owner")
cap("cap-self-assessment-lks", "Evidence and knowledge self-assessment: allergy and immunology", LKS, "self_assessment", "2025-02-03",
    "Teams scored how well they use evidence and knowledge.", {"tool": "Evidence and Knowledge Self-assessment Tool v2", "scores": [{"area": "Learning after", "score": 2, "out_of": 4}], "gaps": ["Lessons are not shared between sites"]},
    facilitator="person-david-ng", count=12)
