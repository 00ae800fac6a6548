# Records, part C: distractors (topic words in another sense) and further topic records.
from common import R

RECS = [
# ================= DISTRACTORS =================
# crisis (staffing / business continuity / cost of living)
R("aar", "cap-aar-staffing-crisis-dayunit", "AAR: staffing crisis on the day unit during the August bank holiday",
  "Haemoglobinopathy Day Unit", ["p-blackwood", "p-mensah", "p-farrell"],
  "The day unit would run with four registered nurses over the bank holiday week.",
  "Sickness and two vacancies left two nurses; the unit closed early on three days and the rota crisis was escalated to the site manager.",
  "Annual leave was approved before the vacancy gap was known; bank shifts were not released early enough.", "staffing crisis,rota,bank holiday,escalation")
,
R("inn", "inn-business-continuity-crisis-cards", "Crisis management action cards for IT outages",
  "Emergency Planning", ["p-ellison", "p-griffiths"],
  "When the network's systems went down for 9 hours nobody knew who led the crisis response or where the downtime forms were.",
  "Laminated action cards for the incident lead, a crisis management cell rota and a quarterly desktop exercise.",
  "", "business continuity,crisis management,IT outage,downtime")
,
R("story", "story-cost-of-living-crisis-staff", "Cost of living crisis: a staff pantry and advice hub",
  "Workforce", ["p-blackwood", "p-danquah"],
  "Healthcare assistants told managers they were skipping meals because of the cost of living crisis.",
  "The charity funded a staff pantry and monthly money advice drop-ins with the credit union.",
  "Over 200 staff used the pantry in six months.", "cost of living,staff wellbeing")
,
# exchange (knowledge exchange, telephone exchange, exchange visit)
R("inn", "inn-knowledge-exchange-programme", "Knowledge exchange programme between the network's hospitals",
  "Library and Knowledge Service", ["p-whitfield", "p-mcgregor"],
  "Teams across the network repeated each other's mistakes because good practice stayed in one hospital.",
  "A quarterly knowledge exchange: teams present a project in ten minutes, followed by speed-networking and a shared lessons log. Exchange visits between sites are arranged on request.",
  "", "knowledge exchange,knowledge management,networking")
,
R("lesson", "lesson-telephone-exchange-upgrade", "Warn patients before the telephone exchange upgrade",
  "Digital Services", ["p-griffiths"],
  "The switchboard telephone exchange upgrade cut the day unit phone line for four hours and patients in pain could not get through.",
  "Publish a mobile number for the day unit before any telephone exchange work.", "improve", "telephone exchange,switchboard,phone line")
,
R("story", "story-exchange-visit-nurses-ghana", "Nurse exchange visit with a hospital in Kumasi",
  "Workforce", ["p-blackwood", "p-asante"],
  "Nurses wanted to learn from colleagues who care for large numbers of people with sickle cell disease with few resources.",
  "A two-week exchange visit funded by a travel scholarship; two nurses from each side swapped.",
  "Nurses brought back ideas for group education sessions.", "exchange visit,international,scholarship")
,
# transition (EPR transition, menopause 'transition', building move)
R("inn", "inn-epr-transition-plan", "Managing the transition to the new electronic patient record",
  "Digital Services", ["p-novak", "p-griffiths", "p-reid"],
  "The network moved from three patient administration systems to one EPR; clinics risked losing appointments and letters in the transition.",
  "A transition plan with super-users on every unit, data migration checks and a two-week period of reduced clinics around go-live.",
  "", "EPR,transition,go-live,digital,data migration")
,
R("lesson", "lesson-epr-transition-super-users", "Super-users made the EPR transition bearable",
  "Digital Services", ["p-novak"],
  "Units with a super-user on every shift during the system transition had fewer booking errors.",
  "Roster super-users on every shift for the first fortnight of any system transition.", "sustain", "EPR,super-users,transition")
,
R("retro", "cap-retro-move-to-new-building", "Retrospect: transition of the outpatient department to the new building",
  "Estates", ["p-ellison", "p-green", "p-walsh"],
  "Move all haemoglobinopathy outpatient clinics into the new Linden Building without cancelling appointments.",
  "Moved over one weekend with no clinics lost.",
  "Patients could not find the new entrance; signage came late.", "building move,relocation,estates")
,
# screening (recruitment screening, screen readers/display screens)
R("inn", "inn-volunteer-screening-fasttrack", "Faster screening of volunteers: DBS and references in two weeks",
  "Workforce", ["p-henderson"],
  "Volunteers for the peer support and ward visiting scheme waited ten weeks for pre-employment screening checks.",
  "Online DBS applications, reference requests sent automatically and a weekly screening clinic for ID checks.",
  "", "volunteers,DBS,pre-employment checks,screening,recruitment")
,
R("lesson", "lesson-display-screens-waiting-room", "Waiting room display screens must show the calling system",
  "Digital Services", ["p-griffiths"],
  "The new waiting room screens showed health promotion slides but not the patient calling display, so patients missed being called.",
  "Configure display screens to split between calling and information content.", "improve", "display screens,waiting room,IT")
,
R("story", "story-screen-reader-leaflets", "Making our patient leaflets work with screen readers",
  "Patient Experience", ["p-stewart", "p-griffiths"],
  "A visually impaired parent could not read our online leaflets with her screen reader.",
  "We converted PDFs to accessible web pages and tested them with screen-reader software.",
  "All 40 leaflets now pass accessibility checks.", "accessibility,screen reader,leaflets")
,
# carrier (courier/sample carriers)
R("inn", "inn-sample-carrier-boxes", "Sealed sample carrier boxes for transport between sites",
  "Portering and Transport", ["p-quinn", "p-demetriou"],
  "Blood samples sent between the specialist centre and Hythe Lane were leaking in ordinary bags.",
  "UN3373-compliant carrier boxes with a tracked courier log; porters sign at each handover.",
  "", "sample transport,courier,carrier boxes,porters")
,
R("lesson", "lesson-courier-carrier-contract", "Check the courier carrier contract covers weekends",
  "Portering and Transport", ["p-quinn"],
  "The contracted carrier did not run on Saturdays, so weekend samples sat in a fridge.",
  "Include weekend collections in the courier contract.", "improve", "courier,contract,weekend")
,
# trait (personality traits)
R("cafe", "cap-cafe-team-traits", "Team day: using personality traits to understand each other",
  "Organisational Development", ["p-campbell", "p-mensah", "p-asante", "p-okoro"],
  "How do our different personality traits affect the way we work together on a busy unit?",
  "People with reflective traits felt talked over at handover.",
  "Agreed a 'two-minute pause' in the morning meeting.", "personality,team building,traits,Insights")
,
# sequestration (carbon)
R("inn", "inn-carbon-sequestration-trees", "Tree planting for carbon sequestration on the Hythe Lane site",
  "Estates and Sustainability", ["p-tembo", "p-green"],
  "The network's green plan commits to net zero and to offsetting what cannot be cut.",
  "300 native trees planted on unused grassland, with estimates of carbon sequestration over 20 years and a wildflower meadow for staff wellbeing.",
  "", "carbon sequestration,net zero,green plan,trees")
,
# donor / match (charity)
R("story", "story-charity-match-funding", "Match funding from a local business doubled the family fun day appeal",
  "Kestrel Vale Health Charity", ["p-danquah"],
  "The charity wanted to raise £10,000 for family activities for children with sickle cell disease.",
  "A local firm offered match funding for every pound donors gave in September.",
  "£21,400 raised; 150 new donors signed up to the newsletter.", "fundraising,match funding,donors,charity")
,
R("lesson", "lesson-donor-thankyou", "Thank charity donors within 48 hours",
  "Kestrel Vale Health Charity", ["p-danquah"],
  "Donors who received a thank-you within two days were twice as likely to give again.",
  "Send thank-you messages to all donors within 48 hours.", "sustain", "donors,fundraising,stewardship")
,
# bank (staff bank)
R("inn", "inn-staff-bank-app", "Staff bank app fills day unit shifts faster",
  "Temporary Staffing", ["p-farrell"],
  "Bank shifts on the day unit were filled by phone; many were unfilled by the time agency was booked.",
  "Bank staff now see and book shifts in an app; the day unit releases shifts six weeks ahead.",
  "Bank fill rate rose from 55% to 81%.", "staff bank,temporary staffing,rota,shifts")
,
# pain (pain points in process)
R("retro", "cap-retro-booking-pain-points", "Retrospect: mapping the pain points in outpatient booking",
  "Service Improvement", ["p-morgan", "p-walsh"],
  "Find the pain points in how haemoglobinopathy clinic appointments are booked and rebooked.",
  "Process mapping found 14 hand-offs; the biggest pain point was letters sent to old addresses.",
  "We could not fix the booking system in the time.", "process mapping,pain points,booking,QI")
,
# cell (spreadsheet / prison cell / crisis cell)
R("lesson", "lesson-spreadsheet-merged-cells", "Merged cells broke the clinic list import",
  "Network Office", ["p-reid"],
  "Merged cells and colour coding in the clinic tracking spreadsheet broke the import into the new system.",
  "Keep tracking spreadsheets as plain tables: one row per patient, no merged cells.", "improve", "spreadsheet,data,Excel")
,
# chest (chest freezer)
R("lesson", "lesson-chest-freezer-alarm", "Chest freezer in the day unit kitchen needs a temperature alarm",
  "Haemoglobinopathy Day Unit", ["p-green"],
  "The chest freezer used for patient meals failed over a weekend and food was thrown away.",
  "Fit a remote temperature alarm to the kitchen chest freezer.", "improve", "freezer,kitchen,estates")
,
# hydration (staff hydration in heatwave)
R("inn", "inn-staff-hydration-stations", "Hydration stations for staff during the heatwave",
  "Workforce", ["p-blackwood", "p-green"],
  "Staff on the day unit and wards were not drinking during long shifts in the July heatwave.",
  "Water fountains and refillable bottles on each unit, plus break reminders.",
  "", "staff wellbeing,heatwave,water")
,
# cold (cold calling, cold room)
R("lesson", "lesson-cold-room-estates", "Cold rooms in the old wing: fix the heating before winter",
  "Estates", ["p-green"],
  "Radiators in the old wing failed in November and clinic rooms were cold.",
  "Service heating in the old wing every September.", "improve", "heating,estates,boilers")
,
# DNA (genetics)
R("inn", "inn-dna-lab-turnaround", "Faster DNA analysis for beta-thalassaemia mutations",
  "Molecular Genetics", ["p-adebayo"],
  "Turnaround for beta-globin gene sequencing was 21 days, too slow for prenatal decisions.",
  "A targeted DNA panel for the commonest mutations in our population, with sequencing only for unresolved cases.",
  "Median turnaround 6 days.", "DNA,genetic testing,beta-globin,sequencing,mutation")
,
# register (nursing register / attendance register)
R("lesson", "lesson-revalidation-register", "Remind nurses about revalidation before their register date",
  "Workforce", ["p-blackwood"],
  "Two nurses lapsed from the NMC register because revalidation reminders went to old email addresses.",
  "Send revalidation reminders to personal and work email 90 days before the register renewal date.", "improve", "revalidation,NMC register,nurses")
,
# PCA (personal care assistant)
R("inn", "inn-personal-care-assistants", "Personal care assistants (PCAs) support disabled patients at clinic",
  "Patient Experience", ["p-stewart"],
  "Patients who use personal assistants at home could not bring them into some clinical areas.",
  "Policy allowing personal care assistants (PCAs) to accompany patients, with a badge scheme.",
  "", "personal assistants,disability,PCA,carers")
,
# ACS (acute coronary syndrome)
R("lesson", "lesson-acs-troponin-ed", "ACS pathway: repeat troponin at 3 hours",
  "Emergency Department", ["p-ibrahim"],
  "Patients with suspected acute coronary syndrome (ACS) were discharged after one troponin.",
  "Follow the ACS pathway with a repeat high-sensitivity troponin at 3 hours.", "improve", "acute coronary syndrome,troponin,chest pain")
,
# trial (coffee trial)
R("coffee", "cap-coffee-trial-network", "Randomised coffee trial across the network",
  "Library and Knowledge Service", ["p-whitfield"],
  "Spring 2026",
  "different site, different profession",
  "Forty pairs met; a porter and a consultant started a project on patient transport.", "coffee trial,networking")
,
# iron (iron deficiency in pregnancy)
R("inn", "inn-antenatal-iron-deficiency", "Iron deficiency anaemia clinic for pregnant women",
  "Antenatal and Newborn Screening", ["p-osei"],
  "Iron deficiency anaemia in pregnancy was treated late; some women with thalassaemia trait were wrongly given iron.",
  "A midwife-led clinic checks ferritin before iron is started and refers women with low MCV and normal ferritin for haemoglobinopathy screening.",
  "", "iron deficiency,anaemia,pregnancy,ferritin")
,
# port (car park / port of arrival)
R("lesson", "lesson-parking-permits-patients", "Free parking permits for regular day unit patients",
  "Estates", ["p-green", "p-mensah"],
  "Patients attending every few weeks for transfusion were paying over £40 a month to park.",
  "Give free parking permits to anyone attending the day unit more than once a month.", "improve", "parking,car park,costs")
,
# ================= FURTHER TOPIC RECORDS =================
R("lesson", "lesson-pain-reassess-30min", "Reassess pain every 30 minutes until it is controlled",
  "Haemoglobinopathy Day Unit", ["p-mensah"],
  "Patients in crisis who had a second dose delayed beyond an hour had longer stays.",
  "Reassess pain score every 30 minutes after the first dose until pain is controlled.", "sustain", "pain score,reassessment")
,
R("inn", "inn-dayunit-top-up-transfusion", "Top-up transfusions moved from wards to the day unit",
  "Haemoglobinopathy Day Unit", ["p-mensah", "p-christodoulou", "p-demetriou"],
  "People with thalassaemia came in for an overnight stay for each blood transfusion.",
  "Regular top-up transfusions now run on the day unit, including Saturday sessions so people can keep working.",
  "", "transfusion,thalassaemia,day unit,weekend")
,
R("story", "story-thal-saturday-transfusions", "Saturday transfusion sessions let young adults stay in work and study",
  "Thalassaemia Service", ["p-christodoulou", "p-oduya"],
  "Young adults with thalassaemia said missing a day of college or work every three weeks for blood was holding them back.",
  "Saturday sessions on the day unit with a nurse trained in both transfusion and chelation review.",
  "Thirty patients moved to Saturdays; two kept jobs they had been at risk of losing.", "transfusion,thalassaemia,work,weekend")
,
R("aar", "cap-aar-wrong-blood-sample", "AAR: mislabelled group and save sample before a top-up",
  "Haemoglobinopathy Day Unit", ["p-whitfield", "p-demetriou", "p-asante"],
  "Every pre-transfusion sample is labelled at the bedside after positive patient identification.",
  "A sample was labelled from a printout of another patient; the lab rejected it.",
  "Pre-printed labels were used in a hurry.", "transfusion safety,sample labelling,WBIT")
,
R("inn", "inn-thal-endocrine-clinic", "Combined endocrine and thalassaemia clinic",
  "Thalassaemia Service", ["p-lambert", "p-christodoulou"],
  "Iron overload damages glands; patients had separate endocrine appointments months apart.",
  "A joint clinic checks growth, puberty, thyroid, diabetes and bone density once a year.",
  "", "endocrine,thalassaemia,iron overload,bone")
,
R("lesson", "lesson-chelation-switch-tablets", "Offer tablets before pumps where possible",
  "Thalassaemia Service", ["p-lambert"],
  "Switching teenagers from overnight infusions to once-daily tablets improved how many doses they took.",
  "Offer oral chelators first unless there is a clinical reason not to.", "sustain", "chelation,oral chelator,adolescents")
,
R("cop", "cap-cop-specialist-nurses", "Haemoglobinopathy specialist nurses' community of practice: spring meeting",
  "Community Sickle Cell and Thalassaemia Service", ["p-okoro", "p-diallo", "p-christodoulou", "p-baptiste", "p-kaur"],
  "Network haemoglobinopathy nurses' community of practice",
  "Sharing school care plan templates and the winter warmth packs.",
  "Case discussion: a teenager refusing chelation; preparing families for the move to adult clinics.", "specialist nurses,community of practice")
,
R("lesson", "lesson-transition-parents-session", "Parents need their own transition session",
  "Transition Service", ["p-baptiste"],
  "Parents who had managed everything for 16 years felt pushed out when their child moved to adult clinic.",
  "Hold a parents' evening for each group moving to adult services.", "improve", "parents,transition,young people")
,
R("inn", "inn-transition-thal", "Transition pathway extended to thalassaemia",
  "Transition Service", ["p-baptiste", "p-christodoulou", "p-lambert"],
  "The transition clinic only covered sickle cell; teenagers with thalassaemia moved with a letter.",
  "Teenagers with thalassaemia now join the joint clinic from 14, with chelation self-management goals in their readiness plan.",
  "", "transition,thalassaemia,adolescents,chelation")
,
R("story", "story-hu-pharmacist-saved", "Pharmacist-led dose titration saved consultant time",
  "Pharmacy", ["p-forde", "p-mcgregor"],
  "The pharmacist asked for evidence that pharmacist-led titration of hydroxyurea to maximum tolerated dose is safe.",
  "The library found a US programme and two UK service evaluations.",
  "Clinic launched; consultants freed 3 hours a week.", "hydroxyurea,maximum tolerated dose,pharmacist")
,
R("aar", "cap-aar-hu-blood-count", "AAR: low neutrophils missed on hydroxycarbamide",
  "Haemoglobinopathy Service", ["p-whitfield", "p-forde", "p-ahmed"],
  "Full blood count results for patients on hydroxycarbamide are checked within 48 hours and doses held if neutrophils are low.",
  "A low neutrophil count was not seen for ten days because the result went to a generic inbox.",
  "No named reviewer for monitoring bloods.", "hydroxycarbamide,neutropenia,monitoring,results")
,
R("inn", "inn-acs-children-education", "Teaching parents the warning signs of chest crisis",
  "Paediatric Haematology", ["p-diallo", "p-hassan"],
  "Parents brought children late with acute chest syndrome because they thought it was a cold.",
  "A fridge magnet listing danger signs: fast breathing, chest pain, fever, and when to call.",
  "", "acute chest syndrome,parents,warning signs,children")
,
R("lesson", "lesson-oxygen-saturation-baseline", "Know the patient's usual oxygen saturation",
  "Haemoglobinopathy Service", ["p-boateng"],
  "Some adults with sickle cell live with saturations of 94%, so a drop to 92% was missed as 'normal'.",
  "Record baseline oxygen saturation in the care plan.", "improve", "oxygen saturation,baseline,care plan")
,
R("peer", "cap-peer-dna-outreach", "Peer assist on reaching patients who never come to clinic",
  "Haemoglobinopathy Outpatients", ["p-whitfield", "p-walsh", "p-okoro", "p-oduya"],
  "About 60 adults with sickle cell have not been seen for over two years.",
  "Peers used community health days at churches and mosques and gave people an appointment there and then.",
  "Patient-led contact worked better than letters.", "lost to follow-up,outreach,engagement")
,
R("inn", "inn-lost-to-follow-up-recall", "Recall of adults lost to follow-up",
  "Haemoglobinopathy Outpatients", ["p-walsh", "p-reid", "p-okoro"],
  "The register showed adults with SCD who had no annual review for years.",
  "Data analyst produces a monthly list; community nurses and peer supporters try phone, text, GP and home visit.",
  "39 of 61 re-engaged.", "lost to follow-up,annual review,re-engagement")
,
R("story", "story-employer-letter", "A letter for employers helped a patient keep her job",
  "Community Sickle Cell and Thalassaemia Service", ["p-okoro"],
  "A patient was on a final warning for sickness absence caused by painful crises.",
  "The specialist nurse wrote to her employer explaining sickle cell disease and reasonable adjustments under the Equality Act.",
  "Her employer agreed flexible hours.", "employment,reasonable adjustments,work")
,
R("inn", "inn-pregnancy-scd-clinic", "Joint obstetric haematology clinic for pregnant women with sickle cell",
  "Haemoglobinopathy Service", ["p-adeyemi", "p-osei"],
  "Pregnant women with SCD have higher risks of crisis, clots and pre-eclampsia.",
  "A fortnightly joint clinic with a haematologist and obstetrician; plans for aspirin, thromboprophylaxis and transfusion.",
  "", "pregnancy,sickle cell,obstetric,transfusion")
,
R("lesson", "lesson-interpreters-screening", "Book interpreters for carrier results",
  "Antenatal and Newborn Screening", ["p-osei"],
  "Carrier results were explained through family members, including children.",
  "Book a professional interpreter for every screening result conversation.", "improve", "interpreters,screening results,communication")
,
R("story", "story-genetic-counselling-lit", "Evidence on telephone genetic counselling for at-risk couples",
  "Antenatal and Newborn Screening", ["p-osei", "p-mcgregor"],
  "The screening coordinator asked whether counselling by phone was as good as face to face for couples who both carry a haemoglobin variant.",
  "Evidence summary of trials of telephone counselling in genetic services.",
  "Phone counselling offered as an option; first appointments now within 5 days.", "genetic counselling,telephone,at-risk couples")
,
R("lesson", "lesson-newborn-result-weekend", "Newborn screening results confirmed on Friday waited till Monday",
  "Antenatal and Newborn Screening", ["p-kaur"],
  "Positive newborn blood spot results confirmed late on Friday were not passed on until Monday.",
  "Set up a weekend on-call route for screen positive newborn results.", "improve", "newborn screening,weekend,results")
,
R("inn", "inn-ed-sickle-alert-children", "Sickle alert on the children's ED board",
  "Paediatric Haematology", ["p-mwangi", "p-nwachukwu"],
  "Children with sickle cell disease were triaged as routine when they looked well.",
  "An alert on the paediatric ED tracking board prompts triage category 2, analgesia within 20 minutes and fever check.",
  "", "children,ED,alert,triage,pain")
,
R("lesson", "lesson-cannula-not-before-analgesia", "Do not wait for a cannula before giving pain relief",
  "Emergency Department", ["p-haque"],
  "Patients with difficult veins waited over an hour for IV access before any analgesia.",
  "Give subcutaneous or intranasal opioids if a cannula is not in within 15 minutes.", "improve", "cannula,IV access,analgesia,delay")
,
R("cafe", "cap-cafe-pain-ed-staff", "Knowledge cafe for ED staff: why do people with sickle cell wait for pain relief?",
  "Emergency Department", ["p-whitfield", "p-nwachukwu", "p-oduya", "p-haque"],
  "Why do people with sickle cell disease wait so long for pain relief in our department?",
  "Staff admitted doubts about pain they could not see; patients described being labelled.",
  "Pledges: use care plans, give first analgesia at triage.", "pain relief,ED,bias")
,
R("harvest", "cap-harvest-ed-champion", "Knowledge harvest with the ED sickle cell champion before sabbatical",
  "Emergency Department", ["p-nwachukwu", "p-whitfield", "p-ibrahim"],
  "Obinna is taking a year's sabbatical and leads the ED sickle cell work.",
  "How he runs weekly breach reviews, who maintains the PGD, how champions are recruited and the data sources for time to analgesia.",
  "", "ED,champions,time to analgesia")
,
R("lesson", "lesson-opioid-weaning-community", "Plan opioid weaning before discharge",
  "Acute Pain Team", ["p-haque", "p-okoro"],
  "Patients sent home on high doses of oral opioids after a crisis had no plan to reduce them.",
  "Give a written weaning plan and tell the community nurse on discharge.", "improve", "opioids,weaning,discharge")
,
R("inn", "inn-vitamin-d-thal", "Vitamin D and bone health checks for thalassaemia",
  "Thalassaemia Service", ["p-sesay", "p-lambert"],
  "Low vitamin D and osteoporosis were common in adults with thalassaemia.",
  "Dietitian review, vitamin D and calcium, DEXA every two years.",
  "", "vitamin D,bone,osteoporosis,nutrition")
]

RECS += [
R("inn", "inn-manual-exchange-children", "Manual partial exchange for small children",
  "Paediatric Haematology", ["p-hassan", "p-richards"],
  "Children too small for the cell separator still needed exchange transfusion after a stroke or for acute chest syndrome.",
  "A protocol for manual partial exchange (venesection and transfusion in cycles) on the children's ward, with apheresis nurses supporting.",
  "", "manual exchange,children,exchange transfusion")
,
R("lesson", "lesson-trait-sport", "Sickle cell trait and extreme exercise: advise, don't exclude",
  "Community Sickle Cell and Thalassaemia Service", ["p-okoro"],
  "A school barred a pupil with sickle cell trait from football after reading a news story.",
  "Explain that carriers can play sport; advise hydration and rest in extreme heat.", "improve", "sickle cell trait,carrier,sport,schools")
,
R("inn", "inn-leg-ulcer-clinic", "Leg ulcer clinic for adults with sickle cell",
  "Haemoglobinopathy Service", ["p-adeyemi", "p-okoro"],
  "Chronic ankle ulcers in SCD took many months to heal and patients saw several teams.",
  "A monthly joint clinic with tissue viability; compression where safe, and consideration of regular transfusion.",
  "", "leg ulcers,wound care,tissue viability")
,
R("lesson", "lesson-avn-hip-early-referral", "Refer hip pain early for MRI",
  "Haemoglobinopathy Service", ["p-ahmed"],
  "Avascular necrosis of the hip was diagnosed late in young adults whose pain was put down to crises.",
  "Refer persistent hip pain in SCD for MRI and orthopaedic opinion.", "improve", "avascular necrosis,hip,AVN")
,
R("story", "story-priapism-ed-protocol", "Evidence helped write an ED protocol for prolonged priapism",
  "Emergency Department", ["p-nwachukwu", "p-mcgregor"],
  "ED staff were unsure when to call urology for a man with sickle cell and an erection lasting over 4 hours.",
  "Evidence summary and the BSH guidance on priapism.",
  "Protocol now in the ED sickle cell folder.", "priapism,ED,protocol")
,
R("lesson", "lesson-alpha-thal-trait-iron", "Alpha thalassaemia trait is often mistaken for iron deficiency",
  "Antenatal and Newborn Screening", ["p-osei", "p-adebayo"],
  "Women with small red cells and normal ferritin were given iron for months; DNA testing later showed alpha thalassaemia trait.",
  "Check ferritin before prescribing iron and request DNA studies for alpha thalassaemia when indicated.", "improve", "alpha thalassaemia,trait,iron deficiency,MCV")
,
R("inn", "inn-hbh-information", "Information for families living with HbH disease",
  "Thalassaemia Service", ["p-christodoulou"],
  "Families with HbH disease (a form of alpha thalassaemia) had no written information.",
  "A leaflet and a family day covering infections, gallstones and when transfusion is needed.",
  "", "HbH disease,alpha thalassaemia,information")
,
R("aar", "cap-aar-crisis-overnight-ward", "AAR: patient in crisis moved three times overnight",
  "Haemoglobinopathy Service", ["p-whitfield", "p-mensah", "p-haque"],
  "A patient admitted in a painful sickle crisis should be cared for on the haematology ward.",
  "Because of bed pressures she was moved three times; her PCA was stopped twice and pain scores were not recorded for six hours.",
  "Outlying rules did not recognise patients on PCA as unsuitable to move.", "bed moves,pain crisis,PCA,outlier")
,
R("lesson", "lesson-chelation-dose-weight", "Re-weigh children every clinic before chelation dose changes",
  "Thalassaemia Service", ["p-christodoulou"],
  "Chelation doses were calculated on weights from months earlier.",
  "Weigh children at every clinic and recalculate chelator dose.", "improve", "chelation,children,dosing")
,
R("inn", "inn-dayunit-cannulation-ultrasound", "Ultrasound-guided cannulation on the day unit",
  "Haemoglobinopathy Day Unit", ["p-asante", "p-richards"],
  "Repeated failed cannulation delayed transfusions and IV pain relief.",
  "Two day unit nurses trained in ultrasound-guided cannulation; first-attempt success rose.",
  "", "cannulation,venous access,ultrasound")
,
# more distractors
R("lesson", "lesson-crisis-line-numbers", "Keep mental health crisis line numbers on the ward notice board",
  "Patient Experience", ["p-stewart"],
  "A relative in distress could not find the local crisis line number.",
  "Display the mental health crisis line number in every waiting area.", "improve", "crisis line,mental health,signposting")
,
R("inn", "inn-matching-mentors-new-starters", "Matching new starters with a buddy",
  "Organisational Development", ["p-campbell", "p-blackwood"],
  "New nurses left within a year saying they felt unsupported.",
  "A buddy scheme matching each new starter with an experienced colleague for 6 months.",
  "", "buddy,mentoring,retention,new starters")
,
R("story", "story-transfusion-of-funds-library", "Library budget transfer funded new e-books",
  "Library and Knowledge Service", ["p-mcgregor"],
  "The library needed up-to-date haematology textbooks but had no budget left.",
  "A year-end transfer of funds from the education budget paid for e-book licences.",
  "Staff now have remote access to 12 haematology e-books.", "library,e-books,budget")
,
R("lesson", "lesson-iron-steam-laundry", "Laundry: replace the ironing press in the linen room",
  "Estates", ["p-green"],
  "The old ironing press in the linen room kept tripping the electrics.",
  "Replace equipment at end of life rather than repairing it again.", "improve", "laundry,linen,equipment")
,
R("aar", "cap-aar-pain-points-switchover", "AAR: pain points in the phone system switchover",
  "Digital Services", ["p-griffiths", "p-walsh"],
  "The new telephony would go live with no loss of calls to clinics.",
  "Calls to the outpatient booking line dropped for two days; staff listed the pain points.",
  "Call routing was not tested with real numbers.", "telephony,switchover,pain points")
,
R("inn", "inn-exchange-of-rota-shifts", "Shift swap (exchange) board for day unit nurses",
  "Haemoglobinopathy Day Unit", ["p-farrell", "p-mensah"],
  "Nurses swapped shifts by text and the rota was often wrong.",
  "An online shift exchange board approved by the nurse in charge.",
  "", "rota,shift swap,exchange")
,
]

RECS += [
R("inn", "inn-heat-pump-day-unit", "Air source heat pump for the Marigold Day Unit",
  "Estates and Sustainability", ["p-green", "p-tembo"],
  "The day unit's gas boiler was at end of life and the unit was often too cold in the mornings, which patients noticed.",
  "An air source heat pump with zoned controls; the pump keeps treatment bays at 22 degrees from 7am.",
  "", "heat pump,heating,net zero,estates")
,
R("inn", "inn-day-unit-advice-line", "Patient advice line answered by day unit nurses",
  "Haemoglobinopathy Day Unit", ["p-mensah", "p-asante"],
  "Patients at home in early pain had nobody to ask whether to come in, so they waited until pain was severe and went to A&E.",
  "A dedicated advice line, 8am-8pm, answered by a day unit nurse who can book a same-day slot or advise on home painkillers and fluids. Out of hours calls divert to the haematology registrar.",
  "", "advice line,telephone,triage,pain")
,
R("story", "story-swimming-warm-pool", "Warm-water swimming lessons for children with sickle cell",
  "Community Sickle Cell and Thalassaemia Service", ["p-diallo", "p-danquah"],
  "Parents kept children with sickle cell out of school swimming because cold water can bring on a crisis.",
  "The charity paid for lessons in the hydrotherapy pool at 32 degrees; children learned front crawl and back stroke with a qualified teacher.",
  "Twenty children can now swim 25 metres; no crises linked to the sessions.", "swimming,exercise,cold,children")
,
R("lesson", "lesson-shared-drive-folders", "Tidy the shared drive before the migration",
  "Network Office", ["p-reid"],
  "Old copies of protocols on the shared drive were still being used after new versions were published.",
  "Archive superseded documents on the shared drive and link to the live version.", "improve", "shared drive,document control")
,
R("inn", "inn-donor-drive-university", "Student blood donor drive with the African-Caribbean societies",
  "Blood Donor Engagement", ["p-oyelaran", "p-ansah"],
  "Few young donors of Black heritage were registered, although they are the best match for many patients.",
  "A donor drive in freshers' week with the universities' African-Caribbean societies and young adults with sickle cell speaking.",
  "", "blood donors,students,universities,donor drive")
,
R("lesson", "lesson-silent-infarct-school", "Think of silent strokes when a child's school work slips",
  "Paediatric Haematology", ["p-hassan", "p-patel"],
  "Two children with falling school performance had silent cerebral infarcts on MRI despite normal TCD.",
  "Ask about school progress at every review and consider neuropsychology assessment and MRI.", "improve", "silent cerebral infarct,school,neuropsychology,stroke")
,
R("lesson", "lesson-gallstones-referral", "Gallstones: refer for elective surgery before an emergency",
  "Haemoglobinopathy Service", ["p-ahmed"],
  "Gallstones are common; patients waiting for surgery were admitted with cholecystitis.",
  "Refer symptomatic gallstones early for planned surgery with pre-operative transfusion.", "improve", "gallstones,surgery")
,
R("lesson", "lesson-transfusion-consent-regular", "Consent for regular transfusion needs revisiting yearly",
  "Haemoglobinopathy Day Unit", ["p-demetriou"],
  "Patients on long-term transfusion could not recall being told about iron loading or antibodies.",
  "Re-consent patients on regular transfusion at each annual review.", "improve", "consent,transfusion,annual review")
,
R("retro", "cap-retro-thal-awareness-day", "Retrospect: International Thalassaemia Day event",
  "Thalassaemia Service", ["p-whitfield", "p-christodoulou", "p-oduya"],
  "Raise awareness of thalassaemia carrier status in Cypriot, South Asian and Chinese communities.",
  "Over 200 visitors; 40 asked about carrier tests.",
  "No interpreters on the day.", "thalassaemia,awareness,carrier,community")
,
R("aar", "cap-aar-newborn-untraced", "AAR: baby with a positive newborn result could not be traced",
  "Antenatal and Newborn Screening", ["p-whitfield", "p-kaur", "p-okoro"],
  "A baby with a screen-positive result for sickle cell disease would be seen by 28 days.",
  "The family had moved and the address was wrong; the baby was found at 9 weeks through the health visitor.",
  "We relied on one address and did not check the child health record.", "newborn screening,untraced,safeguarding")
,
R("inn", "inn-retinopathy-screening-hbsc", "Eye screening for adults with HbSC",
  "Haemoglobinopathy Service", ["p-adeyemi"],
  "People with HbSC disease can develop proliferative retinopathy without symptoms.",
  "Annual retinal screening booked from the haemoglobinopathy clinic.",
  "", "retinopathy,HbSC,eye,screening")
,
R("lesson", "lesson-football-match-fundraiser", "Charity football match: book the pitch first",
  "Kestrel Vale Health Charity", ["p-danquah", "p-ansah"],
  "The staff versus patients charity football match was moved twice because the pitch was not booked.",
  "Book the venue before publicising any fundraising match.", "improve", "fundraising,football,events")
,
]
