"""Batch F: harder cases - other words for the same things, and more distractors."""
from helpers import inn, story, lesson, cap, aar, retro, peer_assist, bar, cop, cafe, harvest, elicit

inn("inn-renal-transplant-workup", "One-stop kidney transplant work-up clinic",
    "person-daniel-pryce",
    "People with failing kidneys waited over a year to be listed for a transplant because tests were booked one at a time.",
    "A one-stop clinic books echo, chest X-ray, bloods, tissue typing and the anaesthetic review on a single day before referral "
    "to the regional transplant centre.",
    dept="Renal Medicine", stage="implemented", itype="care_pathway", kw=["transplant", "CKD 5", "pre-emptive listing"])

story("story-renal-holiday-hd", "Holiday HD: patients get a week away again",
      "km_success_story", "Renal unit receptionist",
      "Patients on HD thought they could never go on holiday because they need treatment three times a week.",
      "The unit now books holiday sessions at units near the coast and sends the patient's prescription and blood results ahead.",
      "Fourteen patients had a holiday last summer; one went to see a new grandchild in Cornwall.",
      dept="Renal Unit (Brook Ward)", kw=["holiday dialysis", "quality of life"])

cap("cap-renal-nurses-cop", "Renal nurses' community: cannulating new AVFs",
    cop("Regional renal nurses' network",
        agenda=["First cannulation of a new AVF: when and who", "Ultrasound-guided needling", "Rope ladder vs buttonhole"],
        artefacts=["First cannulation checklist", "Access surveillance chart"]),
    "2025-10-08", "Share access practice between the hub and satellite units.", facilitator="person-kerry-fenwick",
    people=["person-ruth-okonedo"], roles=["Satellite unit charge nurse", "Eastmarch vascular access nurse"],
    dept="Renal Unit (Brook Ward)", kw=["vascular access", "cannulation", "haemodialysis"])

inn("inn-tv-care-home-cushions", "Pressure-relieving cushions and training for care homes",
    "person-jenny-tate",
    "Care home residents were arriving in ED with category 3 and 4 pressure injuries.",
    "The ICB funded pressure-relieving cushions and mattresses for 12 care homes, and tissue viability trained carers in "
    "skin checks and repositioning with the 'react to red' campaign.",
    dept="Tissue Viability", stage="implemented", setting="community", kw=["pressure injury", "care homes", "react to red"])

story("story-ed-blood-poisoning", "\"They said it was blood poisoning\": a family's story of sepsis in ED",
      "learning_from_setback", "Son of a patient, via PALS",
      "A man brought his father to ED with a high temperature and shivering. He waited two hours before anyone recognised blood poisoning.",
      "The family's story is now used in ED induction and sepsis training, with a 'could it be sepsis?' prompt for relatives on the waiting room posters.",
      "Staff say the story makes the red flags stick.",
      dept="Emergency Department", kw=["sepsis", "patient story", "red flags"], about=["inn-ed-sepsis-screening"])

inn("inn-mat-cell-salvage", "Cell salvage at caesarean birth for women at high risk of bleeding",
    "person-andrew-kinsella",
    "Women at risk of major bleeding at caesarean, such as those with placenta praevia, often needed donor blood.",
    "Intraoperative cell salvage is set up for every high-risk caesarean, with trained ODPs on each shift and a leucocyte "
    "filter for reinfusion.",
    dept="Theatres and Anaesthetics", stage="embedded", kw=["cell salvage", "obstetric haemorrhage", "placenta praevia"],
    team=[("person-ben-carver", "team_member"), ("person-paul-greaves", "team_member")])

lesson("lesson-ed-hip-fracture-block", "Fascia iliaca block in ED for hip fractures",
       "Older people with a broken hip waited hours for pain relief and many became delirious.",
       "ED clinicians trained to give a fascia iliaca block within an hour of diagnosing a fractured neck of femur.",
       polarity="sustain", dept="Emergency Department", owner="person-emma-stocks", kw=["hip fracture", "NOF", "regional anaesthesia"])

inn("inn-pharmacy-bp-checks", "Blood pressure checks in community pharmacies find undiagnosed hypertension",
    "person-rachel-goode",
    "Many people with high blood pressure did not know it; GP appointments were hard to get.",
    "Community pharmacies offer free blood pressure checks to over-40s and ambulatory monitoring for those with high readings, "
    "sending results to the GP.",
    dept="Community Pharmacy", stage="implemented", setting="primary_care", kw=["hypertension", "blood pressure", "case finding"])

inn("inn-mat-anaemia-pregnancy", "IV iron clinic for anaemia in pregnancy",
    "person-grace-adeyemi",
    "Women with iron deficiency at 28 weeks were still anaemic at birth, raising the risk from bleeding after birth.",
    "Women not responding to tablets get intravenous iron in the maternity day unit by 34 weeks.",
    dept="Maternity (Heronsgate Birth Suite)", stage="implemented", kw=["anaemia in pregnancy", "IV iron", "ferritin"],
    team=[("person-ben-carver", "team_member")])

story("story-dementia-play", "A touring theatre company's play about dementia for ward staff",
      "km_success_story", "Dementia lead nurse",
      "Staff on the medical wards asked for dementia training that was not another e-learning module.",
      "A touring theatre company performed a short play about a man with dementia admitted to hospital, followed by discussion.",
      "240 staff attended over four performances; 90% said they would change how they speak to patients with dementia.",
      dept="Education Centre", kw=["dementia awareness", "drama", "training"])

lesson("lesson-it-lock-screen", "Lock your screen when you walk away",
       "A ward computer left logged in was used by another person to view records.",
       "Lock the screen (Windows key + L) every time you leave a computer, and set auto-lock to five minutes.",
       dept="IT Services", owner="person-tina-wragg", kw=["screen lock", "information governance", "cyber security"])

lesson("lesson-pharmacy-vaccine-fridge", "Vaccine fridge cold chain breach: two thermometers and a daily log",
       "A vaccine fridge on the frailty unit was found at 12C after a weekend and stock was wasted.",
       "Use a data-logging thermometer in every medicines fridge and check and record min/max temperatures daily.",
       dept="Pharmacy", owner="person-olu-martins", kw=["cold chain", "fridge", "vaccines"])

story("story-lks-delirium-melatonin", "Evidence review on melatonin for preventing delirium",
      "lks_impact_case_study", "Consultant geriatrician",
      "The frailty team asked whether melatonin prevents delirium in older people admitted to hospital.",
      "The clinical librarian searched and appraised the trials; the evidence was mixed and low certainty.",
      "The team decided not to add melatonin to the bundle and to focus on sleep hygiene and early mobilisation instead.",
      dept="Frailty and Elderly Care", asked_person="person-margaret-doyle", working_with=["person-sarah-quinn"],
      services=["literature_search", "critical_appraisal"], impacts=["informed_decision"], kw=["delirium", "melatonin"])

inn("inn-frailty-care-home-team", "Care home support team: fewer 999 calls from care homes",
    "person-karen-pugh",
    "Care homes called 999 for residents who could have been treated where they live.",
    "A frailty ACP and nurse visit the 18 local care homes weekly, plan ahead with residents and families, and take calls from "
    "care home staff before they phone 999.",
    dept="Frailty and Elderly Care", stage="evaluated", setting="community", itype="service_model",
    kw=["care homes", "advance care planning", "admission avoidance"],
    outcomes=[("ED attendances from care homes a month", "64", "41")])

lesson("lesson-chemo-port-flush", "Implanted ports: flush every four weeks when not in use",
       "Two implanted ports blocked in patients on treatment breaks because flushes were missed.",
       "Book port flushes four-weekly in the day unit diary for every patient with a port, including those on breaks.",
       dept="Chemotherapy Day Unit (Lavender Suite)", owner="person-mohammed-iqbal", kw=["implanted port", "central venous access device"])

lesson("lesson-neo-jaundice-phototherapy", "Phototherapy for jaundice on the postnatal ward keeps babies with mothers",
       "Babies needing phototherapy for jaundice were moved to SCBU.",
       "Give single phototherapy in transitional care cots on the postnatal ward and use the SCBU only for double phototherapy.",
       polarity="sustain", dept="Special Care Baby Unit (SCBU)", owner="person-annie-mcbride", kw=["jaundice", "phototherapy"],
       related=["inn-neo-transitional-care"])
