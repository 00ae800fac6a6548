from lib import inn, story, lesson, cap, aar
AL = "Adult Allergy Service"; DA = "Drug Allergy Service"; IM = "Clinical Immunology"; LKS = "Library and Knowledge Service"
HAE = "Hereditary Angioedema Service"; FA = "Food Allergy Service"; DCU = "Allergy Day Case Unit"

# ---------- E. food allergy ----------
inn("inn-ofc-daycase", "Adult oral food challenges moved to the day case unit", "person-sam-okafor", FA,
    "Food challenges were done in an outpatient room with no bed and no nurse dedicated to the patient, so only two could be done a week.",
    "Oral food challenges (OFC) now run on the allergy day case unit: incremental doses every 20-30 minutes, observations before each dose, stopping criteria on a single sheet, and two hours' observation after the last dose. Four challenges a day are possible.",
    stage="evaluated", team=[("person-gwen-pritchard", "co_lead"), ("person-fiona-duggan", "team_member")], kw=["OFC", "food challenge", "day case"],
    outcomes=[("Food challenges per week", "2", "12"), ("Waiting time for food challenge", "34 weeks", "9 weeks")])
inn("inn-peanut-oit", "Peanut oral immunotherapy for young adults", "person-sam-okafor", FA,
    "Young adults with peanut allergy live with fear of accidental exposure, and many were asking about oral immunotherapy after reading about it online.",
    "A supervised programme gives slowly increasing daily amounts of peanut protein, with up-dosing visits every two weeks on the day unit, until a maintenance dose of 300 mg is reached. Patients keep a symptom diary, avoid exercise for two hours after a dose and have an action plan for reactions. The aim is desensitisation (protection against accidental bites), not cure.",
    stage="testing", team=[("person-fiona-duggan", "team_member"), ("person-ben-walsh", "team_member"), ("person-isabel-fox", "team_member")],
    kw=["OIT", "peanut allergy", "desensitisation"], subjects=["Desensitization, Immunologic", "Peanut Hypersensitivity"])
inn("inn-milk-ladder-adults", "A milk ladder for adults with cows' milk allergy", "person-fiona-duggan", FA,
    "Milk ladders are used widely for infants but adults with non-IgE or mild IgE cows' milk allergy had no structured way to reintroduce milk.",
    "The dietitian adapted the milk ladder for adults, starting with well-baked milk in biscuits and moving step by step to fresh milk, with a written guide and phone support.",
    stage="implemented", kw=["milk ladder", "CMPA", "dietetics"])
story("story-lks-oit-evidence", "What is the evidence for oral immunotherapy in adults?", LKS, "Consultant allergist",
      "The food allergy team wanted to know how safe and effective peanut OIT is for people over 16 before starting a pilot.",
      "The library did a literature search, appraised two systematic reviews and summarised quality-of-life and adverse reaction data.",
      "The pilot protocol includes the stopping rules and consent information drawn from the summary.", asked="person-sam-okafor",
      working=["person-kate-osborne"], services=["literature_search", "critical_appraisal"], impacts=["informed_decision"], about=["inn-peanut-oit"])
inn("inn-transition-clinic", "Young adult transition clinic for food allergy", "person-ben-walsh", FA,
    "Teenagers moving from the children's allergy service to adult care often got lost: 30% did not attend their first adult appointment.",
    "A joint clinic with the paediatric allergy team at 16, then an evening young adult clinic at 17-19 covering eating out, alcohol, university, carrying adrenaline and telling friends.",
    stage="implemented", team=[("person-isabel-fox", "team_member")], kw=["transition", "young adults", "food allergy"], itype="service_model")
lesson("lesson-anxiety-before-challenge", "Talk about anxiety before a food challenge", FA,
       "Several adults had challenges stopped for subjective symptoms that turned out to be anxiety, not allergy.",
       "Offer a pre-challenge conversation with the psychologist for people who score high on the anxiety questionnaire.", owner="person-isabel-fox", category="patient experience")
cap("cap-bar-oit-launch", "Before action review: launching peanut oral immunotherapy", FA, "before_action_review", "2025-09-01",
    "To agree what success looks like and what could go wrong before the first OIT patients start.",
    {"task": "Start five young adults on peanut OIT safely", "end_state": "Five patients on maintenance within 9 months with no adrenaline-treated reactions on the unit",
     "anticipated_challenges": ["Reactions after exercise", "Patients stopping daily doses"], "success_factors": ["Clear action plan", "Same nurse at every up-dosing visit"]},
    facilitator="person-david-ng", participants=["person-sam-okafor", "person-fiona-duggan", "person-gwen-pritchard", "person-ben-walsh"], context=["inn-peanut-oit"])
lesson("lesson-tolerance-lost", "Protection is lost when daily doses stop", FA,
       "Two patients who stopped their daily peanut dose for a month reacted when they restarted at the full dose.",
       "Tell patients that tolerance depends on daily dosing and restart under supervision after more than three missed days.", owner="person-sam-okafor", category="clinical")
aar("cap-aar-baked-egg", "After action review: reaction during a baked egg challenge", DCU, "2025-11-14",
    "A patient reacted at the fifth dose of a baked egg challenge.",
    "Complete the challenge to a full portion of cake.", "Urticaria and vomiting at dose five; treated with antihistamine, no adrenaline needed.",
    sustain=["Stopping criteria sheet worked"], improve=["Weigh portions in advance"], facilitator="person-gwen-pritchard",
    participants=["person-hamid-karimi", "Staff nurse, day case unit"])
# distractors: challenge, ladder, tolerance
inn("inn-step-challenge", "Staff step challenge raised £3,000 for the hospital charity", "person-zoe-fletcher", "Staff Wellbeing",
    "Staff sickness from musculoskeletal problems was rising and teams wanted something fun to do together.",
    "Sixty teams took part in a four-week step challenge with a leaderboard on the intranet.", stage="implemented", itype="other", kw=["wellbeing", "challenge"])
lesson("lesson-step-ladder", "Use the step ladder, not a chair, in the store room", "Health and Safety",
       "A nurse fell from a wheeled chair while reaching the top shelf of the clinic store room.",
       "Keep a step ladder in every store room and put heavy items on the lower shelves.", owner="person-martin-cole", category="health and safety")
inn("inn-zero-tolerance", "Zero tolerance of abuse at Ferncliffe reception", "person-shona-reid", "Security",
    "Reception staff reported 40 incidents of verbal abuse in a year.",
    "Zero tolerance posters, body-worn cameras for security officers and a warning letter process.", stage="implemented", itype="other", kw=["violence and aggression"])
story("story-career-ladder", "A career ladder for support workers in allergy clinics", "Nursing", "Lead nurse",
      "Healthcare support workers had no way to progress without leaving the service.",
      "We wrote competencies at bands 2, 3 and 4, including spirometry and skin prick testing assistance.",
      "Four support workers have moved up a band.", kind="km_success_story", asked="person-yvonne-bell", services=["other"], impacts=["service_development"])

# ---------- F. venom ----------
inn("inn-vit-cluster", "Cluster build-up for wasp venom immunotherapy", "person-ian-thorne", AL,
    "The conventional weekly up-dosing for venom immunotherapy took 15 visits.",
    "A cluster schedule gives two or three injections per visit, reaching maintenance in seven weeks. Patients have a cannula, observations and 60 minutes' wait after the last dose.",
    stage="implemented", kw=["VIT", "wasp", "bee venom", "immunotherapy"], subjects=["Insect Bites and Stings"])
story("story-beekeeper", "Beekeeper back at his hives after venom immunotherapy", AL, "Patient",
      "A retired teacher who kept bees had a severe reaction to a bee sting and was told to give up his hives.",
      "He had three years of bee venom injections ('allergy jabs') in our clinic, the last two years monthly.",
      "He has been stung twice since with only local swelling and still keeps six hives.", kind="innovation_story", services=["other"], impacts=["improved_patient_care"], about=["inn-vit-cluster"])
lesson("lesson-vit-dropout", "Patients drop out of venom immunotherapy in year two", AL,
       "A quarter of patients on VIT stopped attending in the second year, usually after a winter without stings.",
       "Send a reminder before each summer and explain why the full three years matters.", owner="person-ian-thorne", category="adherence")
story("story-lks-venom-tryptase", "Baseline tryptase and venom allergy: evidence for a new protocol", LKS, "Allergy nurse specialist",
      "Ian wanted to know whether a raised baseline tryptase should change how we do venom immunotherapy.",
      "The librarian searched for cohort studies on mastocytosis and venom reactions.",
      "The protocol now measures baseline tryptase in everyone before VIT and recommends lifelong treatment when it is raised.",
      asked="person-ian-thorne", working=["person-kate-osborne"], services=["literature_search"], impacts=["policy_or_guideline"])
# distractors
inn("inn-rooftop-hives", "Rooftop beehives on the Ferncliffe building", "person-joe-hartley", "Estates",
    "The network's green plan asked for more biodiversity on our sites.",
    "Two beehives were installed on the flat roof of the Ferncliffe building with wildflower planters. Staff volunteers help with inspections and the honey is sold for charity.",
    stage="implemented", itype="other", kw=["biodiversity", "bees", "green plan"])
cap("cap-cop-green-team", "Green team community of practice: spring meeting", "Estates", "community_of_practice_meeting", "2026-03-12",
    "Quarterly meeting of green champions across the network.",
    {"community": "Green champions network", "agenda": ["Rooftop hives update", "Heat pump performance", "Reducing paper letters"]},
    facilitator="person-joe-hartley", participants=["person-carl-jennings", "person-zoe-fletcher"], count=14,
    insights=["Honey sales raised £420", "Inspections need two trained volunteers"])

# ---------- G. urticaria ----------
inn("inn-csu-omalizumab", "Nurse-administered omalizumab clinic for chronic spontaneous urticaria", "person-lucy-barnes", AL,
    "Patients with chronic spontaneous urticaria not controlled on four-times-dose antihistamines waited months for a consultant to start omalizumab.",
    "Nurses now assess eligibility with the UAS7 score, give the first three injections in clinic and then train patients to self-inject at home.",
    stage="evaluated", team=[("person-nadia-hussain", "team_member")], kw=["CSU", "omalizumab", "urticaria"], subjects=["Chronic Urticaria"],
    outcomes=[("Median UAS7 at 12 weeks", "28", "6")])
story("story-hives-patient", "Six years of hives: one patient's story", AL, "Patient",
      "I had itchy welts most days, sometimes with swollen lips. My GP said it was nettle rash and gave me creams.",
      "At the allergy clinic they explained it was not an allergy to anything I ate, doubled my antihistamines and then started an injection every month.",
      "I have been clear for a year and I sleep through the night again.", kind="innovation_story", services=["other"], impacts=["improved_patient_care"], about=["inn-csu-omalizumab"])
lesson("lesson-updose-antihistamines", "Up-dose antihistamines before referral", AL,
       "Half of urticaria referrals had never tried a higher dose of a non-sedating antihistamine.",
       "Put the up-dosing advice in the referral guidance for GPs.", owner="person-lucy-barnes", category="referral")
inn("inn-uas7-form", "Patients score their hives weekly on a phone form", "person-lucy-barnes", AL,
    "Paper UAS7 diaries were rarely completed.", "An online form sends a text each evening; the score appears in the clinic dashboard built by the analyst.",
    stage="testing", team=[("person-callum-ross", "team_member")], itype="digital", kw=["UAS7", "digital", "urticaria"])

# ---------- H. hay fever immunotherapy ----------
inn("inn-slit-grass", "Grass pollen tablets started before the pollen season", "person-nadia-hussain", AL,
    "Patients with severe hay fever referred in spring were too late to start sublingual immunotherapy for that season.",
    "We now identify candidates from the winter clinic list and start grass pollen SLIT tablets by January, with the first dose observed in clinic.",
    stage="implemented", kw=["SLIT", "allergic rhinitis", "hay fever", "immunotherapy"])
inn("inn-scit-clinic", "Nurse-led subcutaneous immunotherapy injection clinic", "person-nadia-hussain", AL,
    "Doctors' clinics were filled with allergy injection appointments that needed only a nurse.",
    "A nurse-led SCIT clinic gives grass, tree pollen and house dust mite injections, with a one-hour wait and peak flow checks.",
    stage="implemented", team=[("person-lena-novak", "team_member")], kw=["SCIT", "desensitisation", "allergen immunotherapy"])
story("story-lks-rhinitis", "Evidence on house dust mite immunotherapy for asthma and rhinitis", LKS, "Allergy nurse specialist",
      "Nadia asked whether house dust mite tablets help asthma as well as rhinitis.",
      "The library searched and summarised the main trials and guidance.", "The clinic now offers HDM tablets to selected patients with both conditions.",
      asked="person-nadia-hussain", working=["person-kate-osborne"], services=["literature_search", "evidence_summary"], impacts=["changed_practice"])
lesson("lesson-slit-january", "Start grass tablets by January", AL,
       "Patients started after March had little benefit in the first summer.", "Start SLIT at least four months before the pollen season.",
       polarity="sustain", owner="person-nadia-hussain", category="clinical")
inn("inn-alarm-desensitisation", "Reducing alarm desensitisation on the infusion day unit", "person-nathan-price", "Clinical Engineering",
    "Nurses on the day unit had become desensitised to constant infusion pump alarms, and one occlusion alarm was silenced for 20 minutes.",
    "We reviewed alarm settings, removed duplicate alarms and set volumes by priority.", stage="implemented", itype="device_product", kw=["alarm fatigue", "infusion pumps"])

# ---------- J. skin prick testing ----------
inn("inn-spt-scientist", "Healthcare scientist-led skin prick testing clinic", "person-harriet-king", AL,
    "Skin prick tests were done by doctors at the end of consultations, so patients returned for results.",
    "Allergy healthcare scientists run SPT before the consultation, following a standard panel chosen from the referral letter, so the doctor sees the results on the day.",
    stage="embedded", kw=["SPT", "skin prick test", "healthcare scientist"])
lesson("lesson-stop-antihistamines", "Stop antihistamines before skin testing", AL,
       "One in eight skin prick testing appointments was wasted because patients were still taking antihistamines.",
       "Text patients a reminder to stop antihistamines five days before skin tests.", owner="person-harriet-king", category="patient information")
lesson("lesson-needlestick-resheathing", "Needlestick injury while resheathing in the vaccination clinic", "Occupational Health",
       "A vaccinator had a needlestick injury while resheathing a needle at a flu clinic.", "Never resheath; take a sharps bin to every vaccination point.",
       owner="person-paul-osei", category="health and safety")

# ---------- L. access ----------
inn("inn-advice-guidance", "Advice and guidance replies to GP allergy referrals within five days", "person-tariq-mahmood", "Allergy and Immunology Management",
    "Many allergy referrals could be managed in primary care with advice, but there was no way for GPs to ask.",
    "GPs send an advice and guidance request through the e-referral service; a consultant replies within five working days, and about 40% need no appointment.",
    stage="embedded", itype="care_pathway", kw=["A&G", "referral", "e-RS"], outcomes=[("Requests answered without referral", "n/a", "41%")])
inn("inn-nurse-advice-line", "Allergy nurse advice line for patients", "person-megan-lloyd", AL,
    "Patients rang the switchboard with questions and were passed around.",
    "A dedicated telephone line is staffed by an allergy nurse 9-12 weekdays; voicemails are answered the same day.",
    stage="implemented", team=[("person-jenny-clarke", "team_member")], itype="service_model", kw=["advice line", "telephone"])
lesson("lesson-interpreters-video", "Book interpreters for video clinics in advance", "Allergy and Immunology Management",
       "Video consultations were cancelled because telephone interpreters could not join the video platform.", "Book a video-enabled interpreter when the appointment is made.",
       owner="person-tariq-mahmood", category="access")

# ---------- K. latex, mould ----------
inn("inn-latex-pathway", "Latex-safe pathway for patients with latex allergy having surgery", "person-andrew-pike", AL,
    "Patients with latex allergy were placed first on the list but equipment still contained latex.",
    "A latex-safe checklist, a latex-free trolley and an alert on the booking system.", stage="implemented", kw=["latex allergy"])
lesson("lesson-latex-balloons", "No latex balloons at staff events", AL,
       "Latex balloons were used at the staff awards, and a nurse with latex allergy had to leave.", "Use foil balloons or none.", owner="person-andrew-pike", category="events")
story("story-lks-mould", "Mould sensitisation and damp housing: evidence for a housing letter", LKS, "Specialty registrar, allergy",
      "A patient with severe rhinitis and asthma symptoms lived in a damp flat; the registrar wanted evidence to support a housing letter.",
      "The librarian found studies linking indoor mould exposure with allergic symptoms.", "The letter was accepted and the family were rehoused.",
      asked="person-hamid-karimi", working=["person-kate-osborne"], services=["literature_search"], impacts=["improved_patient_care"])
inn("inn-damp-mould-survey", "Damp and mould survey of the Wyre Road clinic building", "person-lee-armitage", "Estates",
    "Staff reported black mould in two consulting rooms.", "A full survey, ventilation upgrades and a damp and mould reporting form on the estates helpdesk.",
    stage="implemented", itype="other", kw=["estates", "mould"])
lesson("lesson-staff-reaction-rostering", "Staff reaction to the new e-rostering system", "Workforce",
       "Staff reacted badly to e-rostering because requests were no longer agreed face to face.", "Keep a monthly rota conversation alongside the system.",
       owner="person-yvonne-bell", category="change management")
