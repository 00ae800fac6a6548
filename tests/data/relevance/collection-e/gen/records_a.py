"""Batch A: renal, cancer services, maternity, neonatal, radiology, ED, and their distractors."""
from helpers import inn, story, lesson, cap, aar, retro, peer_assist, bar, cop, cafe, harvest, elicit

RENAL = "Renal Unit (Brook Ward)"

# ---------------- Renal ----------------
inn("inn-renal-home-hd", "Home haemodialysis programme: six patients now dialyse at home",
    "person-ruth-okonedo",
    "Many of our haemodialysis patients live more than 30 miles from the unit in Kettlebridge and spend "
    "up to 12 hours a week travelling for three sessions. Satellite chairs are full and transport is unreliable.",
    "We set up a home haemodialysis (home HD) training programme. Patients and a carer train on the unit for "
    "six to eight weeks on a compact machine, learn to needle their own fistula, and are signed off with a "
    "competency checklist. Estates and the water team check each home for plumbing and power. A named nurse phones "
    "weekly for the first month and patients can call the renal unit any time. Monthly bloods are taken at the "
    "nearest GP surgery and sent to our lab.",
    dept=RENAL, stage="evaluated", kw=["home haemodialysis", "home HD", "renal", "dialysis at home"],
    team=[("person-kerry-fenwick", "team_member"), ("person-daniel-pryce", "clinical_champion"),
          ("person-ian-forsyth", "team_member")],
    outcomes=[("Patients dialysing at home", "0", "6"), ("Travel hours saved per patient per week", "", "10 hours")],
    summary="Patients on haemodialysis who live far from the unit now train to do their treatment at home.",
    boilerplate=True)

inn("inn-renal-buttonhole", "Buttonhole needling for AV fistulas reduces pain and missed cannulation",
    "person-kerry-fenwick",
    "Patients told us needling their arteriovenous fistula was the worst part of dialysis. Failed cannulation "
    "led to swelling and shortened runs.",
    "We introduced the buttonhole technique for suitable patients: the same nurse creates a track over 2 weeks "
    "using sharp needles, then blunt needles are used in the same sites. Strict scab removal and skin cleaning "
    "protocol. Rope-ladder remains the default for new AVFs.",
    dept=RENAL, stage="embedded", kw=["AVF", "cannulation", "buttonhole", "vascular access"],
    team=[("person-ruth-okonedo", "team_member")],
    outcomes=[("Patient-reported needling pain (0-10)", "6.5", "3"), ("Missed cannulations per month", "11", "4")],
    klp=["Buttonhole needs a consistent needler while the track forms.",
         "Watch closely for infection: audit monthly."])

lesson("lesson-renal-fistula-checks", "Look, listen and feel before every dialysis session",
       "Two fistula thromboses were missed because the thrill and bruit were not checked before needling on busy mornings.",
       "Make the look-listen-feel check of the AV fistula part of the pre-dialysis safety checklist and record it.",
       context="Brook Ward haemodialysis unit, twilight shift.", dept=RENAL, owner="person-kerry-fenwick",
       kw=["fistula", "thrombosis", "vascular access"], category="clinical assessment")

story("story-renal-transport", "Fewer missed dialysis sessions after transport changes for kidney patients",
      "km_success_story", "Renal unit sister",
      "Kidney patients who need the machine three times a week were waiting up to two hours for hospital "
      "transport home after treatment, and some were missing sessions.",
      "The unit sister ran a peer assist with the transport provider and two patient representatives. We agreed "
      "fixed pick-up slots matched to each shift, and patients who can drive are reimbursed mileage.",
      "Average wait for transport home fell from 95 to 35 minutes. Missed sessions dropped from nine a month to two.",
      dept=RENAL, asked_person="person-ruth-okonedo", kw=["patient transport", "kidney", "dialysis"],
      impacts=["improved_patient_care", "time_saved"], about=["cap-renal-transport-peer-assist"])

cap("cap-renal-transport-peer-assist", "Peer assist: getting dialysis patients home on time",
    peer_assist("Renal Unit (Brook Ward)",
                "How can we stop patients waiting hours for transport after their dialysis run?",
                peers=[("person-mark-ellison", "Ran the GP federation's community transport booking hub")],
                options=["Book return journeys by shift, not by individual finish time",
                         "Mileage reimbursement for those who can drive",
                         "Share the weekly dialysis timetable with the transport control room"]),
    "2025-03-12", "Learn from others before redesigning non-emergency patient transport for the kidney unit.",
    facilitator="person-joel-brant", people=["person-ruth-okonedo", "person-mark-ellison"],
    roles=["Patient representative", "Transport provider duty manager"], dept=RENAL,
    kw=["transport", "haemodialysis"])

cap("cap-renal-water-aar", "After action review: water treatment plant alarm on the dialysis unit",
    aar("The reverse osmosis plant should supply treated water to all 14 dialysis stations, with a backup pump "
        "taking over within minutes if the main pump fails.",
        "The backup pump did not start. Twilight sessions were delayed by three hours and four patients were moved "
        "to the Eastmarch satellite unit.",
        "The backup had not been tested under load since the plant was serviced; the alarm went to an estates pager "
        "that was not being carried.",
        sustain=["Nurses moved patients quickly and kept them informed"],
        improve=["Monthly load test of backup pump", "Alarm to both estates and renal nurse in charge"],
        next_time=["Renal and estates joint drill twice a year"]),
    "2025-06-04", "Review the water plant failure while memories were fresh.",
    facilitator="person-joel-brant", people=["person-ruth-okonedo", "person-ian-forsyth", "person-daniel-pryce"],
    dept=RENAL, kw=["RO plant", "water treatment", "dialysis"])

inn("inn-aki-alerts", "AKI e-alerts reviewed by a pharmacist within 24 hours",
    "person-daniel-pryce",
    "Acute kidney injury was being picked up late on the wards and nephrotoxic medicines were carried on.",
    "The lab system flags AKI stage 2 and 3 creatinine rises. A ward pharmacist reviews each alert the same "
    "day, holds or adjusts ACE inhibitors, NSAIDs, metformin and gentamicin, and asks for fluid balance charts. "
    "Stage 3 alerts also go to the renal registrar.",
    dept="Renal Medicine", stage="evaluated", kw=["AKI", "e-alert", "creatinine", "medicines review"],
    team=[("person-olu-martins", "co_lead"), ("person-jo-baxter", "team_member")],
    outcomes=[("Alerts reviewed within 24h", "31%", "88%"), ("Progression to stage 3", "14%", "9%")])

lesson("lesson-aki-sick-day-rules", "Sick day rules cards: give them out with the medicines, not with the leaflet pile",
       "Patients remembered to pause their tablets when they were ill only when the pharmacist explained the card face to face.",
       "Community pharmacists should hand out the sick day guidance card at the counter when dispensing ACE inhibitors, ARBs, diuretics, metformin or SGLT2 inhibitors.",
       polarity="sustain", context="Joint work between the renal team and community pharmacies after AKI admissions in people with vomiting and diarrhoea.",
       dept="Medicines Optimisation", owner="person-rachel-goode", kw=["sick day rules", "AKI", "kidney injury"],
       related=["inn-aki-alerts"])

story("story-lks-renal-iron", "Evidence summary on IV iron dosing in dialysis changed the unit protocol",
      "lks_impact_case_study", "Consultant nephrologist",
      "The renal consultant asked whether proactive high-dose intravenous iron is better than reactive low-dose "
      "iron for anaemia in people on haemodialysis.",
      "The clinical librarian searched Medline, Embase and the Cochrane Library and wrote a two-page evidence summary, "
      "including the main randomised trial and NICE NG203 guidance on anaemia in chronic kidney disease.",
      "The unit moved to a proactive iron protocol, with fewer ESA (erythropoietin) doses needed.",
      dept=RENAL, asked_person="person-daniel-pryce", working_with=["person-sarah-quinn"],
      services=["literature_search", "evidence_summary"], impacts=["changed_practice", "cost_saved"],
      kw=["renal anaemia", "IV iron", "CKD"], boilerplate=True)

inn("inn-renal-exercise-bikes", "Pedal bikes on the dialysis unit: exercising during treatment",
    "person-ruth-okonedo",
    "Patients on haemodialysis lose strength and fitness; four hours in a chair three times a week makes it worse.",
    "With the renal physiotherapist we bought four bed-mounted cycle ergometers with charity money. Patients "
    "pedal for 20 to 30 minutes in the first two hours of their run. Contraindications and blood pressure "
    "limits are on a laminated card.",
    dept=RENAL, stage="testing", kw=["intradialytic exercise", "cycling", "physiotherapy"],
    itype="clinical_practice")

# distractor: fistula in another sense
inn("inn-colorectal-seton-clinic", "Nurse-supported seton clinic for anal fistula",
    "person-laura-keane",
    "Patients with a perianal fistula and a draining seton were coming back to theatre or to ED with questions about "
    "wound care and discharge from the wound.",
    "A monthly clinic run by the colorectal nurse and consultant reviews setons, wound discharge and pain, and "
    "plans definitive surgery. Patients get a direct phone number.",
    dept="General Surgery (Colorectal)", stage="implemented", kw=["fistula-in-ano", "seton", "colorectal"])

# ---------------- Cancer services ----------------
CDU = "Chemotherapy Day Unit (Lavender Suite)"
inn("inn-chemo-scalp-cooling", "Scalp cooling offered to every eligible chemotherapy patient",
    "person-mohammed-iqbal",
    "Hair loss is one of the most feared side effects of chemotherapy. Only one of our six chairs had a "
    "scalp cooling machine and patients were not always offered it.",
    "We bought two more cooling units with Macmillan and trust charity funding, trained all day unit nurses, "
    "and added 'scalp cooling discussed' to the pre-treatment checklist. Chair times were lengthened by 90 "
    "minutes for patients who cool.",
    dept=CDU, stage="evaluated", kw=["scalp cooling", "cold cap", "alopecia", "hair loss"],
    outcomes=[("Eligible patients offered cooling", "40%", "96%"), ("Patients keeping 50% or more of hair", "", "58%")],
    summary="More patients keep their hair during chemo because the cold cap is now offered to all who can have it.")

inn("inn-chemo-triage-line", "24-hour chemotherapy advice line using the UKONS triage tool",
    "person-sian-lloyd",
    "Patients on treatment who felt unwell at night rang the ward, ED or 111 and got different advice. Some with "
    "neutropenic sepsis were told to wait until morning.",
    "A single 24-hour telephone advice line is answered by trained oncology nurses using the UKONS triage "
    "tool, with red/amber/green actions. Calls are logged in the EPR. Red calls go straight to the acute "
    "oncology assessment bay or ED with a pre-alert.",
    dept="Acute Oncology", stage="embedded", kw=["acute oncology", "helpline", "triage", "UKONS"],
    team=[("person-mohammed-iqbal", "team_member"), ("person-emma-stocks", "clinical_champion")],
    outcomes=[("Calls using the triage tool", "52%", "100%"), ("Red calls seen within 1 hour", "", "91%")],
    boilerplate=True)

inn("inn-chemo-picc-service", "Nurse-led PICC insertion in the day unit",
    "person-mohammed-iqbal",
    "Patients needing a peripherally inserted central catheter waited up to two weeks for radiology, delaying "
    "their first cycle of chemotherapy.",
    "Two chemotherapy nurses trained in ultrasound-guided PICC insertion with ECG tip confirmation, so no "
    "check X-ray is needed. Lines are inserted in the treatment room on the day unit.",
    dept=CDU, stage="embedded", kw=["PICC", "central venous access", "vascular access device"],
    team=[("person-kerry-fenwick", "team_member"), ("person-priya-raman", "clinical_champion")],
    outcomes=[("Wait for PICC", "11 days", "2 days")])

lesson("lesson-neutropenic-sepsis-door-to-needle", "Antibiotics within the hour for neutropenic sepsis needs a pre-alert",
       "Patients on chemotherapy with a temperature were waiting in ED triage queues because ED did not know they were coming.",
       "The oncology advice line should pre-alert ED and send the patient to the assessment bay with a red card; ED gives the first antibiotic dose within 60 minutes.",
       context="Audit of 40 patients with suspected neutropenic fever arriving at ED.", dept="Acute Oncology",
       owner="person-sian-lloyd", kw=["neutropenic sepsis", "febrile neutropenia", "door to needle"],
       related=["inn-chemo-triage-line"])

story("story-chemo-cycle-booking", "Booking all chemo cycles at the first visit cut phone calls by half",
      "innovation_story", "Chemotherapy day unit coordinator",
      "Patients rang the day unit repeatedly to find out when their next cycle was booked, and admin staff spent hours a day on the phone.",
      "We now book every cycle of a regimen at the first appointment, with the blood test dates, and print a treatment calendar for the patient.",
      "Calls to the day unit fell by 52%. Patients say they can plan their lives around treatment.",
      dept=CDU, kw=["chemotherapy scheduling", "treatment calendar"], impacts=["time_saved", "improved_patient_care"],
      asked_person="person-mohammed-iqbal")

inn("inn-oral-sact-clinic", "Pharmacist-led oral SACT clinic",
    "person-zainab-kaur",
    "Patients on oral anticancer tablets such as capecitabine were seen in busy consultant clinics only to "
    "check toxicity before the next prescription.",
    "The oncology pharmacist runs a telephone and face-to-face clinic for people on oral SACT, checks bloods and "
    "toxicity, and prescribes the next cycle under a protocol.",
    dept="Oncology Pharmacy", stage="implemented", kw=["oral SACT", "capecitabine", "non-medical prescribing"],
    team=[("person-helen-marsh", "clinical_champion")])

lesson("lesson-chemo-extravasation-kits", "Keep an extravasation kit on every chair",
       "When a vesicant leaked into the tissues it took ten minutes to find the kit.",
       "Stock a sealed extravasation kit at each chair and check it with the daily checklist.",
       dept=CDU, owner="person-mohammed-iqbal", kw=["extravasation", "systemic anti-cancer therapy"])

story("story-radiotherapy-volunteer-drivers", "Volunteer drivers get rural patients to radiotherapy at Eastmarch",
      "innovation_story", "Macmillan cancer care coordinator",
      "Radiotherapy is given at our partner, Eastmarch Cancer Centre, 48 miles away. Patients having daily radiation treatment for "
      "four to six weeks struggled with cost and tiredness.",
      "With the League of Friends we recruited 22 volunteer drivers, paid mileage from charity funds and "
      "linked bookings to the Eastmarch treatment planning system.",
      "118 patients used the scheme in its first year. Nobody missed a fraction because of transport.",
      dept="Cancer Services", asked_person="person-sian-lloyd", kw=["radiotherapy", "travel", "volunteers"],
      impacts=["improved_patient_care"], boilerplate=True)

cap("cap-radiotherapy-retro-satellite", "Retrospect: bringing radiotherapy reviews closer to home",
    retro(["Run on-treatment radiotherapy review clinics at Marlowe Vale instead of Eastmarch",
           "Cut patient travel"],
          achieved=["Weekly virtual review clinic with Eastmarch clinical oncologists"],
          successes=[("Patients liked seeing the local nurse", "Continuity with the chemotherapy day unit team")],
          improvements=[("Video link failed often in the first month", "Firewall rules between the trusts")],
          recs=["Test cross-trust video links before go-live"]),
    "2025-09-18", "Learn from the first six months of the joint clinic.", facilitator="person-joel-brant",
    people=["person-helen-marsh", "person-sian-lloyd"], dept="Cancer Services", kw=["radiotherapy", "virtual clinic"])

cap("cap-acute-oncology-cafe", "Knowledge cafe: what should ED know about patients on cancer treatment?",
    cafe("What does a good first hour look like for a patient on chemotherapy or immunotherapy who comes to ED?",
         themes=["Immunotherapy side effects look like other illnesses", "Flag patients on SACT on the ED board",
                 "The advice line nurse can come down"],
         pledges=["ED teaching session on immunotherapy toxicity"], speaker="person-sian-lloyd"),
    "2025-02-20", "Share acute oncology knowledge with ED staff.", facilitator="person-joel-brant",
    people=["person-emma-stocks", "person-liam-osei", "person-sian-lloyd"], dept="Acute Oncology",
    kw=["acute oncology", "immunotherapy"])

# distractor: cycle (bike)
inn("inn-cycle-to-work", "Cycle to work scheme: uptake doubled after a pop-up bike shop",
    "person-colin-pratt",
    "Few staff used the salary sacrifice cycle to work scheme and the car park was full by 8am.",
    "A pop-up bike shop and 'Dr Bike' safety checks were held at both sites, with new secure cycle shelters and showers.",
    dept="Sustainability", stage="implemented", itype="process_admin", setting="corporate",
    kw=["cycle to work", "active travel", "staff travel"])

lesson("lesson-cycle-parking", "Put cycle shelters where people can see them",
       "The first shelter behind the boiler house was hardly used because staff felt unsafe there at night.",
       "Site cycle shelters near main entrances with lighting and CCTV.",
       dept="Sustainability", owner="person-colin-pratt", kw=["cycle parking", "estates"], category="estates")

# ---------------- Maternity ----------------
MAT = "Maternity (Heronsgate Birth Suite)"
inn("inn-mat-eras-caesarean", "Enhanced recovery after caesarean: most women home within 24 hours",
    "person-grace-adeyemi",
    "After a planned caesarean section women stayed two to three nights, often waiting for a catheter to come out, "
    "for a doctor's review or for take-home medicines.",
    "We adapted the ERAS pathway for elective C-section: eating and drinking within an hour, catheter out at six hours, "
    "walking the same day, pre-packed take-home analgesia and a midwife-led discharge checklist. Women are told at the "
    "pre-op clinic that they may go home the next day if they and baby are well.",
    dept=MAT, stage="evaluated", kw=["ERAS", "caesarean section", "C-section", "enhanced recovery"],
    team=[("person-andrew-kinsella", "co_lead"), ("person-lucy-harrington", "team_member")],
    outcomes=[("Median length of stay after elective caesarean", "52 hours", "26 hours"),
              ("Readmission within 7 days", "2.1%", "2.3%")],
    boilerplate=True)

inn("inn-mat-pph-drills", "Monthly in-situ drills for postpartum haemorrhage on the birth suite",
    "person-bethan-cole",
    "Our major obstetric haemorrhage rate was above the regional average and staff said they rarely practised the "
    "massive haemorrhage protocol with the lab and porters.",
    "Unannounced ten-minute PPH drills run monthly in a real birth room with a manikin, involving midwives, obstetricians, "
    "anaesthetists, the blood bank and porters. Each drill ends with a short debrief.",
    dept=MAT, stage="embedded", kw=["PPH", "obstetric haemorrhage", "skills drills", "PROMPT"],
    team=[("person-ben-carver", "team_member"), ("person-grace-adeyemi", "clinical_champion")],
    outcomes=[("Time to first unit of O negative blood in drills", "19 minutes", "8 minutes")])

lesson("lesson-mat-measure-blood-loss", "Weigh it, don't guess: measured blood loss after birth",
       "Estimated blood loss was under-reported by up to half, so escalation for bleeding after birth started late.",
       "Weigh all swabs and pads and use calibrated drapes for every birth; escalate at 1000 ml measured loss.",
       polarity="improve", dept=MAT, owner="person-bethan-cole",
       context="Review of three massive obstetric haemorrhages in 2024.", kw=["QBL", "postpartum bleeding"],
       related=["inn-mat-pph-drills"])

inn("inn-mat-outpatient-iol", "Outpatient induction of labour with a balloon catheter",
    "person-grace-adeyemi",
    "Women waiting for induction of labour spent one or two nights on the antenatal ward before labour started, and "
    "the ward was often full, delaying other inductions.",
    "Low-risk women having an induction at term have a balloon catheter inserted on the day assessment unit and go "
    "home overnight with a phone number, coming back the next morning for their waters to be broken.",
    dept=MAT, stage="implemented", kw=["IOL", "induction", "balloon catheter", "outpatient"],
    team=[("person-bethan-cole", "team_member")])

lesson("lesson-mat-induction-delays", "Delays in induction: a daily call between the labour ward and the antenatal ward",
       "Inductions were delayed by a day or more because nobody owned the list.",
       "Hold a 9am induction huddle led by the labour ward coordinator to agree who starts today.",
       dept=MAT, owner="person-grace-adeyemi", kw=["induction of labour", "flow"], polarity="improve",
       related=["inn-mat-outpatient-iol"])

story("story-mat-co-monitoring", "Carbon monoxide testing for every pregnant woman at booking",
      "km_success_story", "Midwife, public health",
      "Smoking in pregnancy was 14% locally, well above the national figure, and few women were referred to stop smoking help.",
      "Midwives test CO levels at booking and at 36 weeks and refer on an opt-out basis to the in-house tobacco "
      "dependence adviser.",
      "Referrals went up fourfold, and smoking at the time of delivery fell to 10%.",
      dept=MAT, kw=["smoking in pregnancy", "CO monitoring", "tobacco dependence"], impacts=["improved_patient_care"])

cap("cap-mat-mohaemorrhage-aar", "AAR: major obstetric haemorrhage with massive transfusion",
    aar("Massive haemorrhage protocol activated, blood in the room within 10 minutes, theatre within 30.",
        "Blood arrived in 22 minutes because the porter was sent to the wrong fridge; the woman went to theatre in 35 minutes and recovered well.",
        "The satellite blood fridge on the birth suite had been moved during refurbishment.",
        sustain=["Clear leadership from the coordinator", "Early call to the consultant anaesthetist"],
        improve=["Update the fridge location on the MOH flowchart"]),
    "2025-01-28", "Learn quickly after a serious haemorrhage after birth.", facilitator="person-bethan-cole",
    people=["person-ben-carver", "person-andrew-kinsella", "person-grace-adeyemi"], dept=MAT,
    kw=["obstetric haemorrhage", "massive transfusion", "blood fridge"])

story("story-lks-mat-vbac", "Literature search shaped a new birth-after-caesarean clinic",
      "lks_impact_case_study", "Consultant midwife",
      "The consultant midwife wanted evidence on how to counsel women about vaginal birth after a previous caesarean (VBAC).",
      "The library found the RCOG Green-top guideline, two systematic reviews and a decision aid, and summarised them.",
      "A monthly birth options clinic now uses the decision aid. 61% of women choosing VBAC achieved a vaginal birth.",
      dept=MAT, asked_person="person-grace-adeyemi", working_with=["person-sarah-quinn"],
      services=["literature_search", "evidence_summary"], impacts=["changed_practice", "service_development"],
      kw=["VBAC", "birth after caesarean"])

inn("inn-mat-donor-milk", "Donor breast milk for babies on the postnatal ward and SCBU",
    "person-lucy-harrington",
    "Small and sick babies whose mothers could not yet express enough were given formula.",
    "We joined the regional human milk bank network; screened donor milk is delivered frozen weekly and given "
    "under a consent and traceability protocol while the infant feeding team supports the mother to express.",
    dept="Infant Feeding Team", stage="implemented", kw=["donor milk", "milk bank", "breastfeeding", "infant feeding"],
    team=[("person-annie-mcbride", "team_member"), ("person-tom-whitaker", "clinical_champion")])

cap("cap-mat-birth-centre-retro", "Retrospect: reopening the Heronsgate midwife-led birth centre",
    retro(["Reopen the alongside birth centre after staffing closures", "Offer low-risk women a choice of place of birth"],
          achieved=["Open 24/7 since March", "212 births in six months"],
          successes=[("Midwives rotated in pairs", "Confidence built quickly")],
          improvements=[("Transfer criteria unclear at first", "Guideline written after opening")],
          recs=["Agree transfer criteria before opening"]),
    "2025-10-02", "Look back at the birth centre reopening project.", facilitator="person-joel-brant",
    people=["person-grace-adeyemi", "person-bethan-cole"], dept=MAT, kw=["birth centre", "midwifery-led care"])

# distractors: induction (staff), labour (workforce), delivery (medicines), bank (staff bank)
inn("inn-staff-induction-app", "Corporate induction moved to a phone app and a half-day welcome",
    "person-gail-rees",
    "New starters sat through two days of slides at corporate induction and many could not be released by wards.",
    "Mandatory modules are now in an app new starters complete in their first week; induction day is a half-day welcome "
    "with the chief executive, a site tour and meeting their buddy.",
    dept="Learning and Development", stage="embedded", itype="education_training", setting="corporate",
    kw=["induction", "new starters", "onboarding"],
    outcomes=[("Induction completed in first month", "71%", "97%")])

lesson("lesson-agency-labour-costs", "Agency labour costs fell when bank rates were published a week ahead",
       "Wards booked agency nurses at short notice because bank shifts were advertised too late.",
       "Publish bank shifts and enhanced rates seven days ahead so bank workers can plan.",
       polarity="sustain", dept="Temporary Staffing", owner="person-nick-bramley",
       kw=["agency", "labour costs", "staff bank", "workforce"], category="workforce")

inn("inn-pharmacy-home-delivery", "Medicines home delivery for housebound patients from community pharmacies",
    "person-rachel-goode",
    "Housebound patients in outlying villages relied on neighbours to collect prescriptions.",
    "Four community pharmacies share a delivery driver and route; deliveries are booked through the PCN.",
    dept="Community Pharmacy", stage="implemented", setting="primary_care", itype="service_model",
    kw=["delivery", "housebound", "prescriptions"])

# ---------------- Neonatal ----------------
SCBU = "Special Care Baby Unit (SCBU)"
inn("inn-neo-dextrose-gel", "Dextrose gel for low blood sugar in newborns keeps babies with their mothers",
    "person-tom-whitaker",
    "Babies at risk of neonatal hypoglycaemia (for example, infants of diabetic mothers) were often admitted to SCBU for "
    "IV glucose, separating them from their mothers.",
    "Midwives give 40% oral dextrose gel on the postnatal ward when the blood glucose is low, alongside a feed, and "
    "recheck in 30 minutes, following the BAPM framework.",
    dept=SCBU, stage="evaluated", kw=["hypoglycaemia", "dextrose gel", "term admissions", "ATAIN"],
    team=[("person-lucy-harrington", "team_member"), ("person-annie-mcbride", "team_member")],
    outcomes=[("Term admissions to SCBU for low blood glucose", "38 a year", "14 a year")])

inn("inn-neo-transitional-care", "Transitional care beds on the postnatal ward",
    "person-annie-mcbride",
    "Babies needing only tube feeds, phototherapy or antibiotics were admitted to the special care baby unit.",
    "Four transitional care cots on Kestrel postnatal ward, staffed by a neonatal nurse, let mothers stay with babies "
    "who need extra care.",
    dept=SCBU, stage="embedded", kw=["transitional care", "keeping mothers and babies together"],
    team=[("person-tom-whitaker", "co_lead")])

story("story-neo-kangaroo-care", "Skin-to-skin for preterm babies: parents stay longer on the unit",
      "innovation_story", "Neonatal sister",
      "Parents of premature babies said they felt like visitors and were afraid to hold babies with lines and monitors.",
      "The team introduced daily kangaroo care sessions with reclining chairs, a parent-held diary and privacy screens.",
      "Kangaroo care sessions per baby per week went from 1 to 5; breast milk at discharge rose from 46% to 63%.",
      dept=SCBU, asked_person="person-annie-mcbride", kw=["kangaroo care", "skin to skin", "family integrated care"])

lesson("lesson-neo-cooling-before-transfer", "Start passive cooling early for babies with suspected HIE while waiting for transfer",
       "A baby with suspected hypoxic ischaemic encephalopathy waited five hours for the transport team without cooling being started.",
       "Start passive cooling with rectal temperature monitoring as soon as HIE is suspected, on advice from the regional NICU.",
       dept=SCBU, owner="person-tom-whitaker", kw=["therapeutic hypothermia", "HIE", "neonatal transfer"])

cap("cap-neo-bba-aar", "AAR: baby born before arrival in the emergency department",
    aar("A baby born in the car park should get neonatal resuscitation in ED with the neonatal team present in 10 minutes.",
        "The neonatal team took 20 minutes because the ED fast bleep went to the general paediatric registrar on the children's ward.",
        sustain=["ED nurse dried and wrapped baby well; good thermal care"],
        improve=["Neonatal resuscitation trolley in ED was missing a size 0 mask"],
        next_time=["Add 'neonatal team' to the ED switchboard call script"]),
    "2025-05-15", "Review of an unplanned birth in ED.", facilitator="person-joel-brant",
    people=["person-tom-whitaker", "person-liam-osei", "person-annie-mcbride"], dept="Emergency Department",
    kw=["BBA", "newborn life support", "unplanned birth"])

inn("inn-neo-high-flow", "Nasal high flow on SCBU reduced transfers for breathing support",
    "person-tom-whitaker",
    "Babies with mild respiratory distress were transferred out to the regional unit for CPAP, away from their families.",
    "We introduced heated humidified high flow nasal cannula therapy with a clear escalation guide to CPAP and a "
    "phone review with the regional neonatal intensive care unit.",
    dept=SCBU, stage="implemented", kw=["high flow", "respiratory support", "CPAP", "neonatal ventilation"])

# distractor: ventilation / cooling in the estates sense
inn("inn-estates-theatre-ventilation", "Annual verification of operating theatre ventilation brought in-house",
    "person-rob-sheard",
    "Verification of theatre air handling units by contractors was booked late and theatres lost sessions.",
    "Two estates engineers trained as authorised persons for ventilation (HTM 03-01) and now verify air change rates "
    "and pressure cascades in all six theatres on a planned schedule agreed with the theatre manager.",
    dept="Estates", stage="implemented", setting="corporate", itype="process_admin",
    kw=["ventilation", "HTM 03-01", "air handling", "theatres"], team=[("person-nadia-hussain", "team_member")])

lesson("lesson-estates-chiller-heatwave", "Check chiller capacity before the summer: pharmacy store overheated",
       "During the July heatwave the pharmacy store rose above 25C when one chiller failed, and stock had to be quarantined.",
       "Service chillers in spring and fit remote temperature alarms to medicine stores.",
       dept="Estates", owner="person-rob-sheard", kw=["cooling", "chiller", "heatwave", "medicines storage"])

# ---------------- Radiology ----------------
RAD = "Radiology (Diagnostic Imaging)"
inn("inn-rad-reporting-radiographers", "Reporting radiographers clear the plain film backlog",
    "person-priya-raman",
    "Over 4,000 X-rays were waiting more than four weeks for a report, including chest films requested by GPs.",
    "Three radiographers completed postgraduate reporting training; they now report chest and musculoskeletal "
    "plain films, with consultant radiologist audit of 5%.",
    dept=RAD, stage="evaluated", kw=["X-ray reporting", "advanced practice", "backlog"],
    team=[("person-gareth-owens", "team_member")],
    outcomes=[("Plain films unreported after 4 weeks", "4,100", "120")])

inn("inn-rad-results-to-gps", "Imaging reports sent electronically to GP practices the same day",
    "person-gareth-owens",
    "GPs waited up to a week for posted radiology reports and patients rang their surgery asking for their scan results.",
    "Reports for GP-requested ultrasound, X-ray, CT and MRI now flow electronically into the practice clinical system as soon as "
    "they are verified. Urgent unexpected findings are also phoned through by the radiologist.",
    dept=RAD, stage="spreading", kw=["results", "GP", "electronic reporting", "interoperability"],
    team=[("person-hannah-frost", "clinical_champion")], itype="digital",
    adopters=[("Upper Vale Primary Care Network", "U61204"), ("Vale and Wolds GP Federation", "VWF01")],
    outcomes=[("Median time from report to GP inbox", "5 days", "same day")], boilerplate=True)

story("story-rad-gp-direct-ct", "GP direct access CT for vague symptoms finds cancers earlier",
      "innovation_story", "GP clinical director, Upper Vale PCN",
      "People with non-specific symptoms such as weight loss and tiredness did not fit any two-week-wait pathway and "
      "bounced between specialties.",
      "Under the non-specific symptoms pathway GPs can book a CT chest, abdomen and pelvis directly, reported within "
      "seven days, with a rapid diagnostic clinic for abnormal results.",
      "In the first year 310 patients were scanned and 24 cancers diagnosed, 60% at stage 1 or 2.",
      dept=RAD, asked_person="person-hannah-frost", kw=["direct access", "RDC", "non-specific symptoms", "CT"],
      about=["inn-rad-results-to-gps"])

lesson("lesson-rad-contrast-egfr", "Check kidney function before contrast CT in outpatients",
       "Outpatients with poor kidney function had contrast-enhanced CT without a recent eGFR.",
       "Require an eGFR within three months on CT requests for contrast scans and flag results below 30 to the radiologist.",
       dept=RAD, owner="person-priya-raman", kw=["contrast", "eGFR", "AKI", "CT"])

cap("cap-rad-mobile-mri-retro", "Retrospect: the mobile MRI scanner at Kettlebridge",
    retro(["Cut the MRI waiting list to six weeks using a leased mobile scanner"],
          achieved=["Waiting list from 19 to 7 weeks"],
          improvements=[("Power supply to the trailer pad failed twice", "Temporary cabling")],
          recs=["Estates to install a permanent hook-up before leasing again"]),
    "2025-08-06", "Look back at the mobile MRI project.", facilitator="person-joel-brant",
    people=["person-gareth-owens", "person-ian-forsyth"], dept=RAD, kw=["MRI", "waiting list", "mobile scanner"])

lesson("lesson-rad-failsafe-unexpected", "Failsafe for unexpected findings needs a named person, not a team inbox",
       "An incidental lung nodule reported on a CT for a fall was not followed up because the alert went to a shared inbox.",
       "Send alerts for unexpected significant findings to the named referrer and the radiology failsafe officer, and track to closure.",
       dept=RAD, owner="person-gareth-owens", kw=["failsafe", "incidental findings", "radiology results"])

# distractors: scanning paper notes, computer screens
inn("inn-records-scanning", "Scanning paper case notes into the electronic record",
    "person-alan-fitch",
    "Paper notes were lost between sites and filled three storerooms.",
    "Outpatient notes are scanned in the health records library 48 hours before clinic and indexed in the EPR. "
    "Scanning quality is checked on a 2% sample.",
    dept="Health Records", stage="embedded", itype="digital", setting="corporate",
    kw=["scanning", "digitisation", "case notes", "EPR"],
    outcomes=[("Clinics with paper notes pulled", "100%", "12%")])

story("story-dse-screen-assessments", "Display screen assessments cut neck and back pain in call handlers",
      "km_success_story", "Switchboard supervisor",
      "Switchboard and booking staff complained of eye strain and neck pain after long shifts at their screens.",
      "IT and occupational health ran display screen equipment (DSE) workstation assessments, raised monitors and "
      "provided second screens and headsets.",
      "Sickness absence for musculoskeletal problems in the team halved in six months.",
      dept="IT Services", asked_person="person-yvonne-castle", working_with=["person-tina-wragg"],
      kw=["DSE", "screens", "workstation", "ergonomics"])

lesson("lesson-it-privacy-screens", "Privacy filters on reception screens stop patients reading other patients' details",
       "Patients in the ED queue could read the names on the reception computer screen.",
       "Fit privacy filters to every public-facing screen and angle monitors away from queues.",
       dept="IT Services", owner="person-tina-wragg", kw=["privacy screen", "information governance"])

# ---------------- Emergency department ----------------
ED = "Emergency Department"
inn("inn-ed-sepsis-screening", "Sepsis screening at triage with NEWS2 and an ED sepsis nurse",
    "person-emma-stocks",
    "Only 58% of adults with red flag sepsis received antibiotics within an hour of arrival.",
    "Every adult with a NEWS2 of 5 or more, or a suspicion of infection, is screened with the sepsis tool at "
    "triage. A band 6 sepsis nurse on each day shift takes blood cultures and lactate, and antibiotics are kept in "
    "triage.",
    dept=ED, stage="evaluated", kw=["sepsis", "NEWS2", "triage", "blood cultures"],
    team=[("person-liam-osei", "co_lead"), ("person-fiona-gale", "team_member")],
    outcomes=[("Antibiotics within 1 hour for red flag sepsis", "58%", "86%")], boilerplate=True)

inn("inn-ed-streaming-gp", "Streaming walk-in patients to a GP at the front door",
    "person-liam-osei",
    "A third of walk-in patients in ED had problems a GP could see, adding to crowding.",
    "A senior nurse streams walk-in patients within 15 minutes of arrival; suitable patients see a GP from the "
    "federation's out-of-hours service in the co-located urgent treatment centre.",
    dept=ED, stage="embedded", itype="care_pathway", kw=["streaming", "UTC", "front door", "primary care"],
    team=[("person-mark-ellison", "co_lead")])

inn("inn-ed-high-intensity-users", "High intensity use service for people who come to ED very often",
    "person-emma-stocks",
    "Twenty people accounted for over 600 ED attendances in a year, often lonely, drinking or in housing crisis.",
    "A coordinator works one-to-one with people who attend most often, linking them with their GP, social prescribers, "
    "housing and alcohol services.",
    dept=ED, stage="evaluated", itype="service_model", kw=["frequent attenders", "HIU", "social prescribing"],
    outcomes=[("ED attendances by the cohort", "612", "241")])

cap("cap-ed-major-incident-aar", "AAR: major incident exercise on the A-road bypass",
    aar("Declare a major incident, open the major incident room, and receive 12 casualties within an hour.",
        "Staff call-in by text worked, but the ED was overwhelmed by walking wounded because the minor injuries "
        "area was not cleared quickly.",
        sustain=["Action cards were used"], improve=["Clear minors early", "Radios did not work in the X-ray corridor"]),
    "2025-04-09", "Learn from the trust's live major incident exercise.", facilitator="person-joel-brant",
    people=["person-emma-stocks", "person-liam-osei", "person-yvonne-castle"], dept=ED,
    kw=["major incident", "emergency planning", "EPRR"])

story("story-ed-corridor-care", "What we learned when corridor care became routine",
      "learning_from_setback", "ED matron",
      "During winter patients waited on trolleys in the ED corridor for many hours, and falls and pressure damage followed.",
      "The matron set up a corridor care standard: a named nurse per four patients, two-hourly checks, meals and pressure area care, "
      "and escalation to the site team.",
      "Harm did not disappear but pressure ulcers among long-waiters fell from 9 to 2 a month over the winter.",
      dept=ED, asked_person="person-liam-osei", kw=["corridor care", "crowding", "long waits"])

lesson("lesson-ed-triage-time", "Triage within 15 minutes needs a second triage nurse at peak times",
       "Triage waits exceeded an hour most evenings between 6pm and 10pm.",
       "Roster a second triage nurse from 4pm to midnight.",
       dept=ED, owner="person-liam-osei", kw=["triage", "Manchester Triage", "rostering"])

# distractor: IT helpdesk triage
inn("inn-it-helpdesk-triage", "Service desk triage: P1 IT faults fixed in under an hour",
    "person-tina-wragg",
    "Every call to the IT service desk went into one queue, so a broken ward computer waited behind password resets.",
    "Service desk analysts triage calls into priorities 1 to 4; clinical-area faults are P1 or P2. A self-service "
    "password reset portal took 30% of calls out of the queue.",
    dept="IT Services", stage="embedded", itype="digital", setting="corporate", kw=["IT service desk", "triage", "priorities"])
