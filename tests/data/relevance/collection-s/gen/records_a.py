# Records, part A: pain crisis, care plans, red cell exchange, hydroxycarbamide, iron, transition.
# R(kind, id, title, dept, people, a, b, c="", kw="")
# kinds: inn, story, lesson, aar, retro, peer, cafe, harvest
from common import R

RECS = [
# ---------------- A. pain crisis / analgesia ----------------
R("inn", "inn-ed-analgesia-30min", "Time to first painkiller in ED cut from 74 to 28 minutes for people in sickle cell crisis",
  "Emergency Department", ["p-nwachukwu", "p-mensah", "p-haque"],
  "Adults with sickle cell disease arriving in a painful crisis waited on average 74 minutes for their first dose of analgesia in our emergency department, against the NICE standard of 30 minutes. Patients told us they felt disbelieved and were sometimes treated as drug seeking.",
  "We introduced a 'sickle cell alert' on the triage screen, a patient group direction so that triage nurses can give the first dose of an opioid, and a laminated flowchart in resus and majors. Each breach is reviewed weekly by the ED sickle cell champion and fed back to the nurse in charge. Day unit nurses ran ten-minute teaching at the ED huddle.",
  "Audit of 212 attendances showed median time to analgesia of 28 minutes after six months.", "time to analgesia,vaso-occlusive crisis,NICE CG143,opioid,triage")
,
R("lesson", "lesson-pgd-triage-opioid", "Let triage nurses give the first opioid dose under a PGD",
  "Emergency Department", ["p-nwachukwu"],
  "Waiting for a doctor to prescribe was the single biggest delay to pain relief for patients with a vaso-occlusive crisis in ED.",
  "Put a patient group direction in place so a trained triage nurse can give the first dose of analgesia within 30 minutes of arrival.", "sustain", "PGD,analgesia,pain crisis")
,
R("aar", "cap-aar-ed-breach-march", "AAR: three long waits for pain relief in ED over one weekend",
  "Emergency Department", ["p-whitfield", "p-nwachukwu", "p-asante", "p-mensah"],
  "Each patient with sickle cell pain would get their first analgesic dose within 30 minutes and be reviewed against their individual care plan.",
  "Over one March weekend three patients waited over 90 minutes. The department was at OPEL 4, the care plans could not be found on the new system and agency staff did not know the PGD existed.",
  "Escalation pressure meant the sickle cell alert was ignored; agency staff are not covered by our induction.", "analgesia delay,VOC,after action review")
,
R("inn", "inn-dayunit-direct-admission", "Direct access to the Marigold Day Unit for uncomplicated painful episodes",
  "Haemoglobinopathy Day Unit", ["p-mensah", "p-adeyemi", "p-asante"],
  "Many patients with an uncomplicated sickle pain episode went to ED, waited for hours and were admitted for two or three days.",
  "Patients known to the service can now phone the day unit from 8am and come straight in. They get assessed, given analgesia within 15 minutes and observed for up to 8 hours. Most go home the same day with a follow-up call from the community nurses.",
  "", "day unit,ambulatory care,painful episode,admission avoidance")
,
R("story", "story-dayunit-bed-days", "Over 400 bed days saved in a year by treating painful crises on the day unit",
  "Haemoglobinopathy Day Unit", ["p-mensah", "p-mcgregor"],
  "The day unit lead nurse needed evidence that ambulatory management of acute pain in sickle cell disease was safe, to convince the directorate to fund longer opening hours.",
  "The clinical librarian searched for studies of day hospital and infusion centre models for vaso occlusive episodes, and summarised four cohort studies and a service evaluation from another centre.",
  "The business case was approved; the unit now opens until 8pm. 412 bed days were saved in the first year.", "day hospital,bed days,VOE")
,
R("inn", "inn-pca-dayunit", "Patient controlled analgesia started on the day unit rather than on the ward",
  "Haemoglobinopathy Day Unit", ["p-haque", "p-mensah", "p-forde"],
  "Patients needing a PCA for severe sickle pain had to wait for a ward bed before the pump could be set up, sometimes for 6 hours.",
  "The acute pain team trained day unit nurses to set up and monitor PCA pumps with a standard morphine or oxycodone protocol, including sedation scores and naloxone. Patients now start PCA within an hour and move to the ward with the pump running.",
  "", "PCA,patient-controlled analgesia,opioid,pump")
,
R("lesson", "lesson-pca-sedation-obs", "Hourly sedation scores must continue when a PCA patient transfers",
  "Acute Pain Team", ["p-haque"],
  "A patient on a morphine PCA transferred from the day unit to the ward had no sedation score recorded for three hours.",
  "Make the sedation and respiratory rate checks part of the handover sheet for any patient moving with a PCA.", "improve", "PCA,opioid safety,handover")
,
R("story", "story-pain-lit-search-intranasal", "Evidence on intranasal diamorphine for children in sickle crisis changed our paediatric ED guideline",
  "Paediatric Haematology", ["p-hassan", "p-mcgregor"],
  "Paediatric ED staff asked whether intranasal diamorphine was safe and effective as the first painkiller for children with a sickle cell pain crisis, as cannulation was delaying relief.",
  "Literature search and evidence summary covering trials and audits of intranasal opioids in children's emergency departments.",
  "The guideline now offers intranasal diamorphine at triage; median time to first analgesia in children fell to 19 minutes.", "intranasal,children,pain crisis,paediatric ED")
,
R("lesson", "lesson-dont-call-drug-seeking", "Language matters: 'drug seeking' in notes follows patients",
  "Haemoglobinopathy Service", ["p-patel"],
  "Stigmatising words in the notes, such as 'drug seeking' or 'frequent flyer', were copied into later attendances and delayed pain relief.",
  "Audit notes for stigmatising language and teach staff to describe behaviour and pain scores instead.", "improve", "stigma,racism,pain,documentation")
,
R("retro", "cap-retro-ed-champions", "Retrospect: one year of the ED sickle cell champions network",
  "Emergency Department", ["p-whitfield", "p-nwachukwu", "p-haque", "p-oduya"],
  "Have a trained sickle cell champion on every ED shift and bring time to analgesia under 30 minutes.",
  "Champions on 80% of shifts; patient partners co-delivered the training, which staff rated highly.",
  "Champion turnover with rotating junior doctors was high; we lost momentum in the summer.", "champions,ED,pain crisis,training")
,
R("inn", "inn-pain-diary-app", "A pain diary app so patients can show their home pain pattern at clinic",
  "Haemoglobinopathy Service", ["p-patel", "p-oduya"],
  "Most painful episodes are managed at home and clinicians never see them, so hydroxycarbamide and other treatment decisions are made without the full picture.",
  "Patients record pain score, medicines taken and triggers on a free app; a one-page summary is brought to clinic. Twenty-two patients piloted it.",
  "", "pain diary,home pain,self-management,app")
,
R("lesson", "lesson-home-pain-undercounted", "Home-managed pain was four times what we recorded",
  "Haemoglobinopathy Service", ["p-patel"],
  "When patients kept diaries, the number of painful days at home was about four times the number of hospital attendances.",
  "Ask about pain managed at home at every review, not only hospital visits.", "sustain", "pain,self-management")
,
R("peer", "cap-peer-ed-pathway-westmoor", "Peer assist: how Westmoor Hospital got sickle pain relief under 30 minutes",
  "Emergency Department", ["p-whitfield", "p-nwachukwu", "p-ibrahim"],
  "Our ED wants to learn how a neighbouring district hospital sustained fast analgesia for people with sickle cell disease in crisis.",
  "Westmoor used a bleep-free 'red flag' on the ambulance pre-alert and a standing PGD.",
  "Their nurses keep a copy of each patient's personalised care plan in a folder at triage as a back up when the system is down.", "peer assist,analgesia,ED")
,
R("inn", "inn-ambulance-prealert", "Ambulance pre-alert for people in sickle crisis",
  "Emergency Department", ["p-nwachukwu"],
  "Crews had no way to tell ED that a patient was in a sickle crisis so analgesia could be ready.",
  "Crews now use a 'sickle crisis' pre-alert code and ED prepares the patient's care plan before arrival.",
  "", "pre-alert,ambulance,crisis")
,
# ---------------- B. individualised care plans ----------------
R("inn", "inn-individual-care-plans-epr", "Individualised care plans visible to every ED in the network",
  "Haemoglobinopathy Service", ["p-adeyemi", "p-nwachukwu", "p-novak"],
  "Each patient's personalised pain plan (usual analgesia, doses that work, allergies) was a paper letter that ED staff often could not find.",
  "We wrote individualised care plans for 380 adults, agreed with each patient, and loaded them as an alert on the shared care record so any ED in the network can open them. Plans are reviewed every year at annual review.",
  "", "individualised care plan,ICP,personalised care plan,shared care record")
,
R("story", "story-care-plan-passport", "Patients carry their own 'sickle passport'",
  "Community Sickle Cell and Thalassaemia Service", ["p-okoro", "p-oduya"],
  "Patients told us they had to explain their condition from scratch at every hospital, especially when away from home.",
  "Community nurses and the peer support group designed a wallet-sized passport with the patient's diagnosis, baseline haemoglobin, usual painkillers and the specialist team's number.",
  "Over 300 passports issued. One patient on holiday in Scotland was given his usual analgesia within 20 minutes after showing it.", "passport,patient-held record,care plan")
,
R("lesson", "lesson-care-plan-review-annual", "Care plans go stale unless reviewed at the annual review",
  "Haemoglobinopathy Service", ["p-adeyemi"],
  "A third of individual care plans audited listed doses that the patient no longer used.",
  "Tie the care plan review to the annual review clinic letter.", "improve", "care plan,annual review")
,
R("aar", "cap-aar-care-plan-not-found", "After action review: care plan could not be found at a neighbouring trust",
  "Haemoglobinopathy Service", ["p-whitfield", "p-adeyemi", "p-okoro"],
  "A patient attending Westmoor ED should have had their personalised pain plan opened from the shared record.",
  "Westmoor staff did not have access rights to the shared care record, and the patient waited two hours for pain relief.",
  "Access to the record had been agreed in principle but never set up for locum staff.", "care plan,access,shared record")
,
# ---------------- C. red cell exchange / apheresis ----------------
R("inn", "inn-automated-rce-programme", "Automated red cell exchange programme for adults with recurrent crises",
  "Apheresis Unit", ["p-richards", "p-adeyemi", "p-demetriou"],
  "Manual exchange transfusion took most of a day, needed two nurses and lowered HbS unreliably. Adults with frequent crises or previous stroke needed a better option.",
  "We set up a regular automated red cell exchange (RCE) service using a cell separator on the apheresis unit. Patients come every 4-6 weeks; target HbS below 30%. Blood is extended-phenotype matched with the transfusion lab.",
  "Fifty-four patients on the programme; admissions for painful crisis fell by 60% in the first year.", "red cell exchange,RCE,apheresis,HbS,erythrocytapheresis")
,
R("lesson", "lesson-rce-order-blood-early", "Order extended-phenotyped blood for exchange five days ahead",
  "Apheresis Unit", ["p-demetriou"],
  "Three automated exchanges were cancelled because matched units were not available on the day.",
  "Request blood for each red cell exchange at least five working days before the session.", "improve", "blood ordering,red cell exchange,phenotype")
,
R("inn", "inn-vascath-ports", "Implanted ports for patients on long-term exchange transfusion",
  "Apheresis Unit", ["p-richards", "p-yilmaz"],
  "Patients on regular exchanges had poor veins after years of cannulation and some sessions failed.",
  "We agreed criteria for dual-lumen implanted ports placed by the anaesthetic team, with a care bundle to prevent line infection and thrombosis.",
  "", "venous access,port,exchange transfusion,cannulation")
,
R("lesson", "lesson-port-infection-bundle", "Port infections dropped when we used one care bundle",
  "Apheresis Unit", ["p-richards"],
  "Using one accessing and flushing bundle across apheresis and day unit cut port infections from five to one in a year.",
  "Use the same port care bundle in every area that accesses the device.", "sustain", "port,infection,venous access")
,
R("aar", "cap-aar-rce-machine-fault", "AAR: cell separator fault mid-exchange",
  "Apheresis Unit", ["p-whitfield", "p-richards", "p-asante"],
  "A routine automated exchange transfusion for a patient with a history of stroke.",
  "The apheresis machine alarmed mid-procedure and could not be restarted; the patient needed a manual top-up transfusion and rebooking.",
  "No second machine and no engineer cover after 3pm.", "apheresis,machine,red cell exchange")
,
R("story", "story-manual-vs-auto-exchange", "Evidence summary helped choose automated over manual exchange for pre-operative transfusion",
  "Apheresis Unit", ["p-yilmaz", "p-mcgregor"],
  "An anaesthetist asked whether patients with HbSS having major surgery should have top-up transfusion or a full exchange beforehand.",
  "The LKS summarised the TAPS trial and later observational data on pre-operative transfusion in sickle cell disease.",
  "The peri-operative guideline was updated: top-up for most, exchange for high-risk surgery.", "pre-operative transfusion,surgery,TAPS")
,
R("peer", "cap-peer-rce-satellite", "Peer assist before opening a satellite red cell exchange clinic",
  "Apheresis Unit", ["p-whitfield", "p-richards", "p-demetriou", "p-adeyemi"],
  "We plan to run automated red cell exchanges at Hythe Lane so patients in the south do not travel 40 miles.",
  "Peers from a London centre said staffing two trained apheresis nurses per session is non-negotiable.",
  "Blood transport and cold chain between the lab and the satellite must be validated first.", "satellite,exchange,apheresis")
,
R("lesson", "lesson-hbs-target-check", "Check post-exchange HbS every time",
  "Apheresis Unit", ["p-richards"],
  "We assumed the machine-predicted HbS was reached; post-procedure checks showed it was missed in 1 in 8 exchanges.",
  "Send a post-exchange HbS sample after every procedure.", "improve", "HbS,exchange")
,
# ---------------- D. hydroxycarbamide ----------------
R("inn", "inn-hu-nurse-led-clinic", "Nurse-led hydroxycarbamide monitoring clinic",
  "Haemoglobinopathy Service", ["p-forde", "p-mensah", "p-adeyemi"],
  "Patients on hydroxycarbamide need blood counts every 8-12 weeks and dose titration; consultant clinics were full, so monitoring slipped.",
  "A pharmacist and nurse run a monitoring clinic with a titration protocol to maximum tolerated dose, checking neutrophils, MCV and HbF. Bloods can be taken at community clinics.",
  "", "hydroxycarbamide,hydroxyurea,HU,disease-modifying,titration,HbF")
,
R("story", "story-hu-uptake-parents", "More families start hydroxyurea after a parent-led information evening",
  "Paediatric Haematology", ["p-hassan", "p-oduya"],
  "Only 40% of eligible children with HbSS were taking hydroxyurea; parents worried about cancer and fertility.",
  "Parents whose children take the medicine co-led information evenings with the paediatric consultant, using a plain-language leaflet.",
  "Uptake rose to 68% in eighteen months.", "hydroxyurea,children,parents,uptake")
,
R("lesson", "lesson-hu-fertility-conversation", "Raise fertility early when offering hydroxycarbamide",
  "Haemoglobinopathy Service", ["p-adeyemi"],
  "Young men stopped hydroxycarbamide when they read about sperm counts online before anyone had discussed it with them.",
  "Discuss fertility and sperm banking at the first hydroxycarbamide conversation.", "improve", "hydroxycarbamide,fertility")
,
R("story", "story-hu-evidence-infants", "Literature search on starting HU in infants from 9 months",
  "Paediatric Haematology", ["p-mwangi", "p-mcgregor"],
  "The paediatric registrar needed the evidence for offering hydroxycarbamide to all children with HbSS from nine months.",
  "Search of BABY HUG and later studies, with an evidence table.",
  "Offer now made routinely at the nine-month review.", "hydroxycarbamide,infants,BABY HUG")
,
R("lesson", "lesson-hu-pharmacy-supply", "Community pharmacies rarely stock liquid hydroxycarbamide",
  "Pharmacy", ["p-forde"],
  "Families were sent away from community pharmacies because liquid hydroxycarbamide is a specials product.",
  "Supply the oral liquid from the hospital pharmacy with a home delivery option.", "improve", "hydroxycarbamide,supply,pharmacy")
,
# ---------------- E. iron chelation / overload ----------------
R("inn", "inn-chelation-adherence-texts", "Weekly text nudges improved chelation adherence in young adults with thalassaemia",
  "Thalassaemia Service", ["p-christodoulou", "p-lambert"],
  "Young adults with transfusion-dependent thalassaemia often missed doses of deferasirox, and ferritin rose.",
  "Opt-in weekly text message reminders with a monthly call from the thalassaemia nurse; a simple sticker chart for the first three months.",
  "Median ferritin fell from 2,400 to 1,650 micrograms per litre over a year.", "chelation,deferasirox,adherence,ferritin,TDT,iron overload")
,
R("inn", "inn-t2star-mri-pathway", "Annual T2* MRI booked automatically for everyone on regular transfusions",
  "Thalassaemia Service", ["p-lambert", "p-christodoulou"],
  "Cardiac and liver iron scans were booked ad hoc and some patients had none for three years.",
  "The thalassaemia coordinator keeps a list of everyone on regular transfusion; T2* MRI of heart and liver is requested at the annual review and results go on the iron overload dashboard.",
  "", "T2*,MRI,cardiac iron,liver iron,iron overload")
,
R("lesson", "lesson-desferal-pump-training", "Families need hands-on practice with desferrioxamine pumps",
  "Thalassaemia Service", ["p-christodoulou"],
  "Families shown the subcutaneous desferrioxamine pump only once at clinic made mistakes at home and stopped using it.",
  "Give two practice sessions and a home visit when starting overnight desferrioxamine.", "improve", "desferrioxamine,Desferal,pump,chelation")
,
R("harvest", "cap-harvest-thal-nurse", "Knowledge harvest: thirty years of thalassaemia nursing before retirement",
  "Thalassaemia Service", ["p-christodoulou", "p-whitfield", "p-lambert"],
  "Eleni is retiring after three decades with the thalassaemia service and holds much of the know-how on chelation and family support.",
  "She described how she tailors chelation choice to each family (tablets, pumps, combinations), spots falling adherence from small signs, and which endocrine and fertility contacts to use.",
  "", "knowledge harvest,chelation,thalassaemia,retirement")
,
R("story", "story-deferiprone-neutropenia", "Evidence review on deferiprone monitoring reduced unnecessary weekly blood tests",
  "Thalassaemia Service", ["p-lambert", "p-mcgregor"],
  "The thalassaemia lead asked whether weekly full blood counts were still needed after a year on deferiprone.",
  "The librarian found the product licence, two cohort studies and the UK Thalassaemia Society standards.",
  "Monitoring changed to fortnightly after 12 months with stable counts, saving about 600 clinic visits a year.", "deferiprone,neutropenia,chelation,monitoring")
,
R("lesson", "lesson-ferritin-not-enough", "Ferritin alone misled us about heart iron",
  "Thalassaemia Service", ["p-lambert"],
  "Two patients with modest ferritin had significant cardiac iron on T2* MRI.",
  "Do not rely on ferritin alone; keep annual T2* imaging for everyone on regular transfusion.", "sustain", "ferritin,cardiac iron,T2*")
,
R("inn", "inn-ntdt-iron-review", "Iron review clinic for non-transfusion-dependent thalassaemia",
  "Thalassaemia Service", ["p-lambert"],
  "People with NTDT load iron from gut absorption but had no routine review.",
  "An annual clinic checks liver iron by MRI and starts chelation when needed.",
  "", "NTDT,HbH,iron overload")
,
R("peer", "cap-peer-chelation-combination", "Peer assist on combination chelation for severe cardiac iron",
  "Thalassaemia Service", ["p-whitfield", "p-lambert", "p-christodoulou", "p-forde"],
  "How should we manage patients with severe heart iron loading who cannot tolerate high-dose single agents?",
  "Peers used deferiprone with desferrioxamine and intensive nurse contact.",
  "Cardiology input and weekly counts were essential in the first month.", "combination chelation,cardiac iron")
,
# ---------------- F. transition ----------------
R("inn", "inn-transition-clinic-joint", "Joint transition clinic with paediatric and adult haematologists",
  "Transition Service", ["p-baptiste", "p-hassan", "p-adeyemi"],
  "Young people with sickle cell disease moved to adult care at 16-18 with one letter and often disengaged; several were first seen by adult services in ED.",
  "A joint clinic every month where the young person meets the adult team alongside their paediatrician from age 14. A transition nurse uses the Ready Steady Go questionnaires and sees the young person alone for part of each visit.",
  "", "transition,young people,adolescent,adult services,Ready Steady Go")
,
R("story", "story-transition-young-person", "'I knew who I was going to': a young man's move to adult care",
  "Transition Service", ["p-baptiste", "p-oduya"],
  "A 17-year-old who had missed half his paediatric appointments was due to move to the adult service.",
  "The transition nurse met him at college, introduced him to an adult peer mentor and booked his first adult appointment for after school hours.",
  "He has attended every adult appointment since and now manages his own prescriptions.", "transition,young adult,peer mentor,engagement")
,
R("lesson", "lesson-transition-first-adult-appt", "Losing young people at the first adult appointment",
  "Transition Service", ["p-baptiste"],
  "A quarter of young people did not attend their first appointment in adult services.",
  "Book the first adult appointment before the last paediatric one and phone the young person the day before.", "improve", "transition,DNA,first appointment")
,
R("inn", "inn-transition-whatsapp-group", "Young adults' group chat run by the youth worker",
  "Transition Service", ["p-ansah", "p-baptiste"],
  "Teenagers moving to adult care felt alone and did not use the adult clinic's phone line.",
  "A moderated group chat for 16-25 year olds, with monthly meet-ups (bowling, gaming) where the transition nurse drops in.",
  "", "young people,youth work,peer support,transition")
,
R("retro", "cap-retro-transition-pilot", "Retrospect on the transition pilot year",
  "Transition Service", ["p-whitfield", "p-baptiste", "p-hassan", "p-ansah", "p-patel"],
  "Move every 16-18 year old with SCD or thalassaemia to adult care with a completed readiness assessment.",
  "Joint clinics and the youth worker made the biggest difference; young people liked being seen alone.",
  "Psychology was only available to a few; school exam periods clashed with clinic dates.", "transition,retrospect,adolescents")
,
R("story", "story-transition-lit-review", "Evidence on transition models for sickle cell disease informed the business case for a transition nurse",
  "Transition Service", ["p-mwangi", "p-mcgregor"],
  "The paediatric registrar asked for evidence that structured transition programmes reduce emergency use in young adults with SCD.",
  "Literature search covering transition programmes in haemoglobinopathies and other long-term conditions; critical appraisal of two cohort studies.",
  "Evidence used in the business case for a permanent transition nurse post.", "transition,evidence,young adults,business case")
,
R("lesson", "lesson-transition-seen-alone", "See young people on their own for part of the appointment",
  "Transition Service", ["p-patel"],
  "Young people raised worries about sex, alcohol and pain medicines only when seen without their parents.",
  "From 14, offer part of every appointment without a parent present.", "sustain", "adolescent,confidentiality,transition")
,
R("cafe", "cap-cafe-growing-up-scd", "Knowledge cafe: what does a good move from children's to adult care look like?",
  "Transition Service", ["p-whitfield", "p-baptiste", "p-oduya", "p-ansah"],
  "What would make moving from the children's haematology team to the adult team feel safe?",
  "Young people want to meet adult staff early and have one named person to ring.",
  "Parents worry about letting go; they need their own session.", "knowledge cafe,growing up,adult care")
,
R("inn", "inn-university-transition-letters", "Letters for students moving away to university",
  "Transition Service", ["p-baptiste", "p-okoro"],
  "Students with sickle cell disease moving to university had no local haematology team or care plan.",
  "Before September the transition nurse writes to the university health service and the nearest specialist centre with the student's care plan.",
  "", "university,students,transition,care plan")
]
