# Records, part B: screening, TCD, ACS, DNA, community, psychology, blood supply, data, infection.
from common import R

RECS = [
# ---------------- G. antenatal and newborn screening, carriers ----------------
R("inn", "inn-foq-digital", "Digital family origin questionnaire at booking",
  "Antenatal and Newborn Screening", ["p-osei", "p-griffiths"],
  "Paper family origin questionnaires (FOQ) were missing or incomplete for one in six antenatal samples, so the lab could not interpret the haemoglobinopathy result.",
  "Women complete the FOQ on a tablet at the booking appointment; it is sent with the sample request. Translated versions in six languages.",
  "", "FOQ,family origin questionnaire,antenatal screening,booking")
,
R("inn", "inn-partner-testing-fasttrack", "Fast-track partner testing when a pregnant woman is a carrier",
  "Antenatal and Newborn Screening", ["p-osei", "p-kaur"],
  "When a pregnant woman was found to carry sickle cell or a thalassaemia gene, only half of partners were tested before 12 weeks, limiting the couple's choices.",
  "The screening coordinator phones the woman within 3 working days and offers a walk-in partner test at any antenatal clinic or the community hub.",
  "Partner testing by 12+6 weeks rose from 51% to 79%.", "partner testing,carrier,sickle cell trait,antenatal,SCT screening")
,
R("story", "story-carrier-counselling-leaflet", "A plain-English leaflet for parents told their baby is a carrier",
  "Antenatal and Newborn Screening", ["p-kaur", "p-oduya"],
  "Parents receiving a newborn blood spot result saying their baby carries sickle cell (has sickle cell trait) were frightened and confused.",
  "The newborn screening team and peer supporters rewrote the result letter and leaflet, tested with ten families.",
  "Calls to the screening office from worried parents halved.", "newborn screening,heel prick,carrier result,sickle cell trait,letter")
,
R("lesson", "lesson-foq-missing-reason", "Missing FOQs came from one booking pathway",
  "Antenatal and Newborn Screening", ["p-osei"],
  "Almost all missing family origin questionnaires came from women booked by telephone.",
  "Add the FOQ to the telephone booking script.", "improve", "FOQ,booking")
,
R("inn", "inn-pnd-counselling-clinic", "Same-week counselling clinic for couples at risk",
  "Antenatal and Newborn Screening", ["p-osei", "p-adebayo", "p-hassan"],
  "Couples who were both carriers waited up to three weeks to discuss prenatal diagnosis.",
  "A counselling slot every week with the screening coordinator and a haematologist; CVS or amniocentesis is arranged and DNA analysis is done at the regional molecular lab.",
  "", "prenatal diagnosis,PND,at-risk couples,CVS,DNA analysis")
,
R("lesson", "lesson-pnd-sample-transport", "Prenatal diagnosis samples must go by named courier",
  "Molecular Genetics", ["p-adebayo"],
  "A CVS sample sent by routine transport arrived too late for DNA extraction.",
  "Send every prenatal diagnosis sample by named courier with a phone call to the lab.", "improve", "prenatal diagnosis,DNA,sample transport")
,
R("story", "story-newborn-first-visit", "Newborns with sickle cell seen by specialist nurse within 28 days",
  "Community Sickle Cell and Thalassaemia Service", ["p-kaur", "p-okoro"],
  "Babies with a screen-positive result for sickle cell disease were waiting six weeks for their first contact.",
  "The screening office now emails the community team the same day a result is confirmed; a specialist nurse visits at home and starts penicillin.",
  "98% of babies seen by 28 days last year.", "newborn screening,screen positive,penicillin,home visit")
,
R("peer", "cap-peer-antenatal-gp", "Peer assist: getting antenatal screening offered at 8 weeks",
  "Antenatal and Newborn Screening", ["p-whitfield", "p-osei"],
  "Too many women are screened for sickle cell and thalassaemia after 10 weeks of pregnancy.",
  "A neighbouring unit lets women self-refer online to midwifery, which brings booking forward.",
  "Pharmacies displaying posters about early booking helped in areas of high prevalence.", "antenatal screening,early booking,10 weeks")
,
R("lesson", "lesson-trait-not-disease", "Some adults do not know they carry the trait",
  "Community Sickle Cell and Thalassaemia Service", ["p-okoro"],
  "Adults attending for other reasons often did not know their own carrier status although they were screened as babies.",
  "Offer carrier result letters to young people at 16 and explain what trait means for future pregnancies.", "improve", "trait,carrier,sickle cell trait")
,
# ---------------- H. TCD ----------------
R("inn", "inn-tcd-community-clinic", "Transcranial Doppler screening in the community for children with HbSS",
  "Paediatric Haematology", ["p-hassan", "p-okoro"],
  "Only 62% of children with sickle cell anaemia had their annual transcranial Doppler (TCD) scan to check stroke risk.",
  "Trained nurses run TCD scanning at a Saturday community clinic, with results checked by the consultant. Children with abnormal velocities are offered regular transfusion.",
  "Annual TCD coverage rose to 91%.", "TCD,transcranial Doppler,stroke risk,children,screening")
,
R("lesson", "lesson-tcd-reminders", "Families forget the yearly brain scan",
  "Paediatric Haematology", ["p-hassan"],
  "Families did not realise the yearly Doppler scan of the head was as important as clinic.",
  "Send the TCD appointment with a short explanation and a reminder text a week before.", "improve", "TCD,reminders,stroke")
,
R("aar", "cap-aar-tcd-abnormal-delay", "AAR: abnormal TCD result not acted on for five weeks",
  "Paediatric Haematology", ["p-whitfield", "p-hassan", "p-mwangi"],
  "An abnormal transcranial Doppler velocity should lead to a repeat scan within 2 weeks and discussion of a transfusion programme.",
  "The report sat in a locum's inbox; the child was recalled after five weeks.",
  "Results went to the requester, not a team inbox.", "TCD,abnormal result,stroke prevention")
,
R("inn", "inn-tcd-portable-machine", "Portable TCD machine shared across two sites",
  "Paediatric Haematology", ["p-hassan"],
  "Only one site had a Doppler machine.",
  "A portable machine, bought with charity funds, moves between sites by rota.",
  "", "TCD,equipment,charity")
,
# ---------------- I. acute chest syndrome ----------------
R("inn", "inn-incentive-spirometry", "Incentive spirometry for every adult admitted in sickle crisis",
  "Haemoglobinopathy Service", ["p-boateng", "p-ahmed"],
  "Acute chest syndrome developed in 1 in 8 adults admitted with a painful crisis, often on day 2-3.",
  "Physiotherapists give every admitted patient an incentive spirometer, teach ten breaths every two hours while awake and check use on rounds.",
  "", "acute chest syndrome,ACS,incentive spirometry,physiotherapy")
,
R("lesson", "lesson-acs-early-signs", "Chest pain plus falling oxygen in a sickle patient is acute chest until proven otherwise",
  "Haemoglobinopathy Service", ["p-ahmed"],
  "Two cases of acute chest syndrome were initially treated as chest infection on a general ward.",
  "Escalate any new chest signs or oxygen saturation fall in sickle cell patients to the haematology registrar.", "improve", "acute chest syndrome,escalation")
,
R("story", "story-acs-audit-lit", "Audit of acute chest syndrome management against BSH guidance",
  "Haemoglobinopathy Service", ["p-ahmed", "p-mcgregor"],
  "The registrar needed the current British Society for Haematology guideline and recent evidence on ACS before an audit.",
  "LKS supplied the guideline, two reviews on antibiotics and transfusion in ACS and a search of local incident reports.",
  "Audit found delayed exchange transfusion in 3 of 14 cases; pathway changed.", "ACS,audit,BSH guideline")
,
R("aar", "cap-aar-acs-icu-transfer", "After action review of an ACS patient transferred to intensive care",
  "Haemoglobinopathy Service", ["p-whitfield", "p-ahmed", "p-richards", "p-boateng"],
  "A patient with acute chest syndrome should have had urgent exchange transfusion within 6 hours.",
  "Exchange was delayed 14 hours waiting for matched blood and an apheresis nurse; she needed ITU care.",
  "No out-of-hours apheresis rota.", "acute chest syndrome,exchange transfusion,out of hours")
,
# ---------------- J. DNA / appointments ----------------
R("inn", "inn-text-reminders-dna", "Two-way text reminders cut missed clinic appointments",
  "Haemoglobinopathy Outpatients", ["p-walsh", "p-griffiths"],
  "Did-not-attend rates in haemoglobinopathy clinics were 24%, the highest in the directorate.",
  "Two-way SMS reminders 7 days and 2 days before appointments; patients can reply to cancel or rebook. Non-responders get a call from the clinic coordinator.",
  "DNA rate fell to 13%.", "did not attend,DNA,missed appointments,SMS reminders")
,
R("lesson", "lesson-dna-not-discharge", "Do not discharge people with SCD for missed appointments",
  "Haemoglobinopathy Outpatients", ["p-walsh", "p-okoro"],
  "The general outpatient rule of discharging after two DNAs left high-risk patients without follow-up.",
  "Patients with a haemoglobinopathy who miss appointments are referred to the community nurse, not discharged.", "improve", "DNA,was not brought,safeguarding")
,
R("inn", "inn-was-not-brought", "'Was not brought' follow-up for children who miss clinic",
  "Paediatric Haematology", ["p-okoro", "p-hassan"],
  "Children missing clinic and TCD appointments were recorded as DNA with no follow-up.",
  "We record 'was not brought'; the community nurse calls the family within a week and considers safeguarding.",
  "", "was not brought,children,missed appointments")
,
R("story", "story-evening-clinic", "Evening clinic means people can come after work",
  "Haemoglobinopathy Outpatients", ["p-walsh", "p-adeyemi"],
  "Working adults said they could not take time off for daytime clinic.",
  "A Thursday evening clinic from 5 to 8pm.",
  "Non-attendance at evening clinic is 6%.", "evening clinic,attendance")
,
# ---------------- K. community nursing / self care ----------------
R("inn", "inn-school-care-plans", "School care plans for every child with sickle cell",
  "Community Sickle Cell and Thalassaemia Service", ["p-diallo", "p-okoro"],
  "Teachers did not know that children with sickle cell need water bottles, toilet access and to stay warm.",
  "Community nurses visit schools each September, write a care plan with the school nurse and give a talk to staff.",
  "", "schools,education,hydration,care plan")
,
R("story", "story-cold-weather-packs", "Winter warmth packs cut cold-triggered crises",
  "Community Sickle Cell and Thalassaemia Service", ["p-diallo", "p-danquah"],
  "Families in poorly heated homes reported more painful crises in winter; cold is a well-known trigger.",
  "Charity-funded packs (thermal blanket, gloves, hot water bottle cover, advice on fuel grants) given out by community nurses from November.",
  "180 packs delivered; families reported fewer winter crises.", "cold weather,winter,triggers,fuel poverty")
,
R("lesson", "lesson-hydration-advice-concrete", "Tell people how much to drink, not just 'drink plenty'",
  "Community Sickle Cell and Thalassaemia Service", ["p-sesay"],
  "Patients told 'keep hydrated' did not know what that meant in practice.",
  "Give a daily fluid target in litres and a marked water bottle.", "improve", "hydration,fluids,self-care")
,
R("inn", "inn-home-iv-fluids", "Hospital at home fluids and analgesia pilot",
  "Community Sickle Cell and Thalassaemia Service", ["p-okoro", "p-haque"],
  "Some patients with moderate pain only needed fluids and oral opioids but were admitted.",
  "Community nurses visited twice a day with subcutaneous fluids and oral analgesia for up to three days.",
  "", "hospital at home,community,pain,fluids")
,
R("harvest", "cap-harvest-community-nurse", "Knowledge harvest with the north sector community nurse before her move",
  "Community Sickle Cell and Thalassaemia Service", ["p-diallo", "p-whitfield", "p-okoro"],
  "Mariama is moving to the south sector team and holds the relationships with local schools and faith groups.",
  "Which schools need a visit first, which churches host health days, how she manages home visits safely, and her spreadsheet of families due for review.",
  "", "community,schools,handover")
,
R("lesson", "lesson-lone-working-home-visits", "Lone working app for community nurses",
  "Community Sickle Cell and Thalassaemia Service", ["p-okoro"],
  "A nurse was stuck in a flat with an aggressive relative and nobody knew where she was.",
  "Use the lone-working app on every home visit.", "improve", "lone working,home visits,safety")
,
R("inn", "inn-malaria-travel-advice", "Travel clinic advice for patients visiting family abroad",
  "Community Sickle Cell and Thalassaemia Service", ["p-okoro", "p-forde"],
  "Patients travelling to West Africa were not taking malaria prophylaxis and some came back very unwell.",
  "A pre-travel checklist: malaria tablets, vaccinations, hydration on the flight and a letter for overseas doctors.",
  "", "travel,malaria,flying,hydration")
,
R("story", "story-priapism-info", "Finding clear information on priapism for teenage boys",
  "Community Sickle Cell and Thalassaemia Service", ["p-diallo", "p-mcgregor"],
  "A community nurse wanted age-appropriate information about priapism for boys with sickle cell; existing leaflets were written for adults.",
  "The librarian found resources from two patient charities and a review of stuttering priapism management.",
  "Nurse used them to write a short card for teenage boys.", "priapism,information,young people")
,
# ---------------- L. psychology / peer support / voice ----------------
R("inn", "inn-pain-coping-group", "Group sessions teaching pain coping skills",
  "Clinical Psychology", ["p-patel", "p-oduya"],
  "Many adults live with chronic pain as well as acute crises and had no psychological support.",
  "Six-week CBT-based group on pacing, relaxation and managing flare-ups, co-facilitated by a peer supporter.",
  "Pain interference scores improved in 14 of 18 completers.", "chronic pain,CBT,coping,psychology")
,
R("inn", "inn-peer-mentors-ward", "Peer mentors visit people admitted in crisis",
  "Patient Experience", ["p-oduya", "p-stewart"],
  "People admitted with a painful crisis said they felt isolated and not believed.",
  "Trained peer mentors with sickle cell visit the wards twice a week and feed back concerns to the ward manager.",
  "", "peer support,lived experience,inpatients")
,
R("story", "story-racism-training", "Training on racism and sickle cell care changed how nurses talk to patients",
  "Haemoglobinopathy Service", ["p-oduya", "p-patel", "p-mcgregor"],
  "After the 'No One's Listening' inquiry, ward staff asked what they could do differently.",
  "The LKS pulled together the inquiry, patient stories and research on racism in pain management; patients co-delivered training.",
  "Over 300 staff trained; complaints about attitude fell.", "racism,stigma,No One's Listening,training")
,
R("lesson", "lesson-psychology-referral-route", "Self-referral to psychology works better",
  "Clinical Psychology", ["p-patel"],
  "Patients rarely took up psychology when referred by doctors but did when they could self-refer.",
  "Keep a self-referral route to the haemoglobinopathy psychologist.", "sustain", "psychology,self-referral")
,
R("cafe", "cap-cafe-patient-voice", "Knowledge cafe with patients: what would make the ward feel safe?",
  "Patient Experience", ["p-stewart", "p-oduya", "p-mensah"],
  "What would make you feel safe and listened to when you are admitted in pain?",
  "Being believed about pain; staff knowing the care plan; not waiting for a cannula.",
  "Pledges: ward link nurses, peer mentor visits, pain reassessment within 30 minutes.", "patient voice,ward,pain,listening")
,
R("inn", "inn-fatigue-group", "Managing fatigue in thalassaemia group",
  "Clinical Psychology", ["p-patel", "p-christodoulou"],
  "Adults with thalassaemia described tiredness before transfusion as their biggest problem at work.",
  "Group on energy pacing and talking to employers.",
  "", "fatigue,thalassaemia,employment")
,
# ---------------- M. blood supply / matching ----------------
R("inn", "inn-extended-phenotype", "Extended red cell phenotype on the register for every patient",
  "Transfusion Laboratory", ["p-demetriou", "p-reid"],
  "Patients with sickle cell disease develop antibodies (alloimmunisation) when given blood that is not matched beyond ABO and RhD.",
  "Every patient has an extended red cell phenotype or genotype recorded; the lab issues Rh and K matched units and flags antibody history across the network.",
  "", "alloimmunisation,phenotype,Rh,K matched,blood matching")
,
R("lesson", "lesson-hyperhaemolysis-recognise", "Recognise hyperhaemolysis after transfusion",
  "Transfusion Laboratory", ["p-demetriou", "p-adeyemi"],
  "A patient's haemoglobin fell below pre-transfusion level a week after transfusion and it was treated as a crisis.",
  "Check for delayed haemolytic transfusion reaction when haemoglobin falls after a recent transfusion.", "improve", "hyperhaemolysis,DHTR,transfusion reaction")
,
R("story", "story-blood-donor-church", "Blood donor sessions at three churches recruited 400 new Black heritage donors",
  "Blood Donor Engagement", ["p-oyelaran", "p-oduya"],
  "Ro-positive blood, common in donors of Black heritage, is needed for patients on regular transfusion but supply was short.",
  "Donor sessions at churches and a community festival with patients telling their stories.",
  "412 new donors; 38% were Ro type.", "blood donors,Ro,donation,Black heritage,community engagement")
,
R("lesson", "lesson-donor-second-visit", "New donors need a nudge to come back",
  "Blood Donor Engagement", ["p-oyelaran"],
  "Half the new donors from community sessions never gave a second time.",
  "Text new donors within a month with their next local session.", "improve", "blood donors,retention")
,
R("aar", "cap-aar-ro-shortage", "AAR: Ro blood shortage over Christmas",
  "Transfusion Laboratory", ["p-whitfield", "p-demetriou", "p-richards"],
  "Matched units would be available for every planned exchange over the holiday.",
  "Four exchanges were postponed; two patients were admitted in crisis.",
  "Holiday donor sessions were cancelled and stock was not ring-fenced.", "blood shortage,Ro,exchange")
,
# ---------------- N. data / register ----------------
R("inn", "inn-nhr-data-quality", "National Haemoglobinopathy Register returns complete for the first time",
  "Network Office", ["p-reid", "p-adeyemi"],
  "Our NHR entries were incomplete, so annual review and transfusion data did not reflect the work done.",
  "A data analyst matched clinic lists with the register quarterly and trained clinic staff to complete the annual review form.",
  "", "NHR,National Haemoglobinopathy Register,data quality,annual review")
,
R("lesson", "lesson-annual-review-template", "One annual review template across the network",
  "Network Office", ["p-reid"],
  "Three different annual review forms made register returns inconsistent.",
  "Use one annual review template in every clinic.", "improve", "annual review,template,data")
,
# ---------------- O. infection / fever / spleen ----------------
R("inn", "inn-fever-pathway-children", "Fever pathway for children with sickle cell: antibiotics within an hour",
  "Paediatric Haematology", ["p-hassan", "p-mwangi"],
  "Children with sickle cell disease and fever are at risk of overwhelming infection because their spleen does not work, yet antibiotics were delayed.",
  "Open access to the children's assessment unit and a fever proforma with antibiotics within 60 minutes.",
  "", "fever,sepsis,hyposplenism,children,antibiotics")
,
R("lesson", "lesson-penicillin-adherence", "Penicillin prophylaxis stops quietly in school-age children",
  "Paediatric Haematology", ["p-okoro"],
  "Repeat prescription records showed a third of 8-12 year olds had not collected penicillin V for months.",
  "Check penicillin collection at every community visit.", "improve", "penicillin,prophylaxis,adherence")
,
R("inn", "inn-spleen-palpation-parents", "Teaching parents to feel for an enlarged spleen",
  "Paediatric Haematology", ["p-okoro", "p-hassan"],
  "Splenic sequestration can kill young children within hours, and parents are the first to notice.",
  "Community nurses teach parents at home to feel their child's tummy daily when unwell and to come straight in if the spleen is bigger.",
  "", "splenic sequestration,spleen,parents,education")
,
R("lesson", "lesson-sequestration-transfusion-small", "Give small volumes in sequestration",
  "Paediatric Haematology", ["p-hassan"],
  "Blood returns from the spleen as the sequestration resolves; a large transfusion caused hyperviscosity in one child.",
  "Transfuse small volumes in acute splenic sequestration.", "improve", "splenic sequestration,transfusion")
,
R("inn", "inn-vaccination-catchup", "Vaccination catch-up for adults without a working spleen",
  "Haemoglobinopathy Service", ["p-forde", "p-okoro"],
  "Many adults with SCD had not had pneumococcal, meningococcal or flu vaccines.",
  "Vaccinations given at annual review on the day unit.",
  "", "vaccination,hyposplenism,pneumococcal,flu")
]
