"""Batch E: a few more records that cross topics (lines, pressure, labour, triage, camera tests)."""
from helpers import inn, story, lesson, cap, aar, retro, peer_assist, bar, cop, cafe, harvest, elicit

lesson("lesson-renal-tunnelled-line-infection", "Tunnelled dialysis catheter infections: treat the exit site as a sterile dressing",
       "Bloodstream infections in patients dialysing through a tunnelled neck line were linked to dressings changed without an aseptic technique.",
       "Use aseptic non-touch technique and chlorhexidine for every catheter dressing change, and plan a fistula early so lines come out sooner.",
       dept="Renal Unit (Brook Ward)", owner="person-kerry-fenwick", kw=["tunnelled catheter", "bacteraemia", "vascular access"])

lesson("lesson-mat-pph-txa", "Give TXA early in PPH",
       "In our haemorrhage reviews tranexamic acid was given late, after the second litre of blood loss.",
       "Give tranexamic acid 1 g IV at 1000 ml measured blood loss, as on the PPH drill card.",
       dept="Maternity (Heronsgate Birth Suite)", owner="person-bethan-cole", kw=["tranexamic acid", "TXA", "PPH"],
       related=["inn-mat-pph-drills"])

cap("cap-mat-labour-ward-cop", "Labour ward coordinators' community of practice",
    cop("Labour ward coordinators",
        agenda=["Escalation when the birth suite is full", "Induction of labour list and staffing", "Using the acuity tool"],
        artefacts=["Escalation flowchart for the birth suite"]),
    "2025-06-11", "Bi-monthly meeting of labour ward coordinators.", facilitator="person-bethan-cole",
    people=["person-grace-adeyemi"], roles=["Labour ward coordinator (x5)"], dept="Maternity (Heronsgate Birth Suite)",
    kw=["labour ward", "escalation", "acuity"])

lesson("lesson-frailty-lying-standing-bp", "Lying and standing blood pressure for everyone over 65 who has fallen",
       "Postural hypotension was found in a third of older patients admitted after a fall but was rarely measured.",
       "Measure lying and standing blood pressure within 24 hours for all patients over 65 at risk of falls, and review medicines that lower blood pressure.",
       dept="Frailty and Elderly Care", owner="person-steve-naylor", kw=["postural hypotension", "blood pressure", "falls"],
       related=["inn-falls-bay-nursing"])

inn("inn-endo-colon-capsule", "Colon capsule endoscopy: a pill camera instead of colonoscopy for some patients",
    "person-claire-dunmore",
    "Endoscopy capacity could not keep up with demand for colonoscopy.",
    "Selected patients swallow a capsule camera at home after bowel preparation; images are read by trained nurse readers and "
    "those with findings go on to colonoscopy.",
    dept="Endoscopy Unit", stage="testing", itype="device_product", kw=["CCE", "capsule", "lower GI"],
    team=[("person-femi-adebayo", "team_member")])

inn("inn-rad-ai-chest-xray", "AI prioritisation of chest X-rays from GP surgeries",
    "person-priya-raman",
    "Chest X-rays requested by GPs for suspected lung cancer waited in the same queue as routine films.",
    "An AI tool flags chest X-rays with possible lung nodules or masses, which go to the top of the reporting list; results "
    "with a suspicious finding are reported within 24 hours and the GP is told the same day.",
    dept="Radiology (Diagnostic Imaging)", stage="testing", itype="digital", kw=["artificial intelligence", "chest X-ray", "lung cancer", "worklist"],
    team=[("person-gareth-owens", "team_member")])

lesson("lesson-path-pneumatic-tube", "Pneumatic tube speed setting was haemolysing samples",
       "Haemolysis rates from the frailty unit rose after the pneumatic tube was re-routed and the carrier speed increased.",
       "Check sample quality after any change to the air tube system and use soft-landing settings for blood samples.",
       dept="Pathology (Blood Sciences)", owner="person-jo-baxter", kw=["air tube", "haemolysis", "estates"])

story("story-lks-maternity-bulletin", "Maternity current awareness bulletin keeps midwives up to date",
      "lks_impact_case_study", "Head of midwifery",
      "Midwives had no time to keep track of new guidelines and reports such as MBRRACE.",
      "The library produces a monthly two-page bulletin of new evidence on maternity and neonatal care.",
      "The bulletin led to two guideline updates, including the PPH guideline.",
      dept="Library and Knowledge Service", working_with=["person-sarah-quinn"], services=["current_awareness"],
      impacts=["education_cpd", "policy_or_guideline"], kw=["current awareness", "maternity"])

story("story-scbu-parent-rooms", "Parents' rooms next to SCBU mean families can stay",
      "km_success_story", "Neonatal sister",
      "Families from distant villages slept in cars or drove home at night while their baby was in special care.",
      "Two disused offices were converted into parents' bedrooms with charity money from the Vale Players panto and the League of Friends.",
      "Thirty-one families stayed in the first year; mothers could breastfeed at night.",
      dept="Special Care Baby Unit (SCBU)", asked_person="person-annie-mcbride", kw=["family accommodation", "neonatal"])

lesson("lesson-ed-ambulance-handover-cohort", "Cohorting ambulance arrivals released crews but needs its own nurse",
       "A cohort area for patients arriving by ambulance freed crews quickly, but patients were not triaged on time when the cohort nurse was pulled into majors.",
       "Staff the cohort area with a dedicated nurse who is never redeployed, and triage every arrival within 15 minutes.",
       dept="Emergency Department", owner="person-liam-osei", kw=["handover delays", "cohorting", "triage"])
