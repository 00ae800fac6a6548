# People: P(id, given, family, job_title, department, overview, claims, willing)
# claims: [(label, level, [record ids])]
DOMAIN = "kvhn.nhs.example"
SPEC = []


def P(pid, given, family, title, dept, overview, claims, willing=("be_contacted",), display=None):
    SPEC.append(dict(pid=pid, given=given, family=family, title=title, dept=dept,
                     overview=overview, claims=claims, willing=list(willing), display=display))


P("p-adeyemi", "Folake", "Adeyemi", "Consultant haematologist and network clinical lead", "Haemoglobinopathy Service",
  "I lead the adult sickle cell and thalassaemia service and the network. Ask me about red cell exchange, care plans and hydroxycarbamide.",
  [("Red cell exchange", "expert", ["inn-automated-rce-programme", "cap-peer-rce-satellite", "lesson-hyperhaemolysis-recognise"]),
   ("Individualised care plans", "expert", ["inn-individual-care-plans-epr", "lesson-care-plan-review-annual", "cap-aar-care-plan-not-found"]),
   ("Hydroxycarbamide", "practitioner", ["lesson-hu-fertility-conversation", "inn-hu-nurse-led-clinic"]),
   ("Sickle cell disease in pregnancy", "expert", ["inn-pregnancy-scd-clinic"])],
  ("be_contacted", "speak", "mentor"), display="Dr Folake Adeyemi")
P("p-mensah", "Kwabena", "Mensah", "Lead nurse, Marigold Day Unit", "Haemoglobinopathy Day Unit",
  "I run the day unit where people come in with a painful crisis or for their transfusions.",
  [("Sickle cell pain crisis", "expert", ["inn-dayunit-direct-admission", "story-dayunit-bed-days", "lesson-pain-reassess-30min", "inn-pca-dayunit"]),
   ("Day unit care", "expert", ["inn-dayunit-direct-admission", "inn-dayunit-top-up-transfusion"])],
  ("be_contacted", "peer_assist"))
P("p-okoro", "Chidinma", "Okoro", "Community sickle cell and thalassaemia specialist nurse", "Community Sickle Cell and Thalassaemia Service",
  "I visit families at home and in schools. I look after people who live with sickle cell in the community and chase up those we lose touch with.",
  [("Community specialist nursing", "expert", ["inn-home-iv-fluids", "story-care-plan-passport", "lesson-lone-working-home-visits", "cap-cop-specialist-nurses"]),
   ("Missed appointments and re-engagement", "practitioner", ["inn-was-not-brought", "lesson-dna-not-discharge", "inn-lost-to-follow-up-recall"]),
   ("Newborn follow-up", "practitioner", ["story-newborn-first-visit", "inn-spleen-palpation-parents"])],
  ("be_contacted", "coffee_trial"))
P("p-hassan", "Yusuf", "Hassan", "Consultant paediatric haematologist", "Paediatric Haematology",
  "Children's haematologist. I lead our TCD programme and the children's side of transition.",
  [("Transcranial Doppler screening", "expert", ["inn-tcd-community-clinic", "lesson-tcd-reminders", "cap-aar-tcd-abnormal-delay", "inn-tcd-portable-machine"]),
   ("Fever and infection in children with sickle cell", "expert", ["inn-fever-pathway-children", "lesson-sequestration-transfusion-small"]),
   ("Transition", "practitioner", ["inn-transition-clinic-joint", "cap-retro-transition-pilot"]),
   ("Hydroxyurea in children", "practitioner", ["story-hu-uptake-parents"])],
  ("be_contacted", "speak"), display="Dr Yusuf Hassan")
P("p-christodoulou", "Eleni", "Christodoulou", "Thalassaemia clinical nurse specialist", "Thalassaemia Service",
  "Thalassaemia nurse for many years. I help people and families with iron chelation, pumps and tablets.",
  [("Iron chelation", "expert", ["inn-chelation-adherence-texts", "lesson-desferal-pump-training", "cap-harvest-thal-nurse", "cap-peer-chelation-combination"]),
   ("Thalassaemia transfusion", "practitioner", ["story-thal-saturday-transfusions", "inn-dayunit-top-up-transfusion"])],
  ("be_contacted", "mentor"))
P("p-baptiste", "Marcia", "Baptiste", "Transition nurse specialist", "Transition Service",
  "I help teenagers and young adults move from the children's team to adult care.",
  [("Transition to adult services", "expert", ["inn-transition-clinic-joint", "story-transition-young-person", "lesson-transition-first-adult-appt", "inn-university-transition-letters", "lesson-transition-parents-session", "inn-transition-thal"])],
  ("be_contacted", "peer_assist", "speak"))
P("p-nwachukwu", "Obinna", "Nwachukwu", "Consultant in emergency medicine; ED sickle cell champion", "Emergency Department",
  "ED consultant. I lead our work to get pain relief to people with sickle cell within 30 minutes.",
  [("Time to analgesia in ED", "expert", ["inn-ed-analgesia-30min", "lesson-pgd-triage-opioid", "cap-retro-ed-champions", "cap-harvest-ed-champion"]),
   ("Ambulance pre-alert", "practitioner", ["inn-ambulance-prealert"])],
  ("be_contacted", "speak"), display="Dr Obinna Nwachukwu")
P("p-richards", "Hannah", "Richards", "Apheresis nurse manager", "Apheresis Unit",
  "I manage the apheresis unit: automated red cell exchanges and venous access.",
  [("Automated red cell exchange", "expert", ["inn-automated-rce-programme", "lesson-hbs-target-check", "cap-aar-rce-machine-fault", "cap-peer-rce-satellite"]),
   ("Venous access and ports", "expert", ["inn-vascath-ports", "lesson-port-infection-bundle"])],
  ("be_contacted", "peer_assist"))
P("p-patel", "Anjali", "Patel", "Clinical psychologist", "Clinical Psychology",
  "Psychologist for the haemoglobinopathy service. I help people cope with pain, fatigue and living with a long-term condition.",
  [("Pain coping and psychology", "expert", ["inn-pain-coping-group", "inn-pain-diary-app", "lesson-home-pain-undercounted"]),
   ("Stigma in sickle cell care", "practitioner", ["lesson-dont-call-drug-seeking", "story-racism-training"]),
   ("Adolescent psychology", "practitioner", ["lesson-transition-seen-alone"])],
  ("be_contacted", "review"), display="Dr Anjali Patel")
P("p-osei", "Abena", "Osei", "Antenatal and newborn screening coordinator", "Antenatal and Newborn Screening",
  "Midwife and screening coordinator for sickle cell and thalassaemia screening in pregnancy.",
  [("Antenatal sickle cell and thalassaemia screening", "expert", ["inn-foq-digital", "inn-partner-testing-fasttrack", "lesson-foq-missing-reason", "cap-peer-antenatal-gp"]),
   ("Counselling at-risk couples", "expert", ["inn-pnd-counselling-clinic", "story-genetic-counselling-lit", "lesson-interpreters-screening"]),
   ("Iron deficiency in pregnancy", "practitioner", ["inn-antenatal-iron-deficiency"])],
  ("be_contacted", "speak"))
P("p-kaur", "Simran", "Kaur", "Newborn screening liaison nurse", "Antenatal and Newborn Screening",
  "I pass on newborn blood spot results to families and to the specialist team.",
  [("Newborn blood spot screening", "expert", ["story-carrier-counselling-leaflet", "story-newborn-first-visit", "lesson-newborn-result-weekend"])],
  ("be_contacted",))
P("p-demetriou", "Andreas", "Demetriou", "Transfusion practitioner", "Transfusion Laboratory",
  "I work in the blood bank and make sure our patients get well-matched blood.",
  [("Blood matching and alloimmunisation", "expert", ["inn-extended-phenotype", "lesson-rce-order-blood-early", "lesson-hyperhaemolysis-recognise"]),
   ("Blood bank stock", "practitioner", ["cap-aar-ro-shortage", "cap-aar-wrong-blood-sample"])],
  ("be_contacted", "review"))
P("p-ahmed", "Imran", "Ahmed", "Haematology specialty registrar", "Haemoglobinopathy Service",
  "Registrar with an interest in acute chest syndrome.",
  [("Acute chest syndrome", "practitioner", ["lesson-acs-early-signs", "story-acs-audit-lit", "cap-aar-acs-icu-transfer", "inn-incentive-spirometry"])],
  ("be_contacted",), display="Dr Imran Ahmed")
P("p-oduya", "Grace", "Oduya", "Peer support coordinator (lived experience)", "Patient Experience",
  "I have sickle cell myself. I coordinate our peer mentors and make sure patients' voices are heard.",
  [("Peer support", "expert", ["inn-peer-mentors-ward", "inn-pain-coping-group", "story-transition-young-person"]),
   ("Patient voice", "expert", ["cap-cafe-patient-voice", "story-racism-training", "story-care-plan-passport"]),
   ("Blood donation outreach", "aware", ["story-blood-donor-church"])],
  ("be_contacted", "speak", "coffee_trial"))
P("p-forde", "Tamsin", "Forde", "Lead pharmacist, haemoglobinopathies", "Pharmacy",
  "Pharmacist. Medicines for sickle cell and thalassaemia: hydroxycarbamide, chelators, opioids.",
  [("Hydroxycarbamide monitoring", "expert", ["inn-hu-nurse-led-clinic", "lesson-hu-pharmacy-supply", "story-hu-pharmacist-saved", "cap-aar-hu-blood-count"]),
   ("Chelation medicines", "practitioner", ["cap-peer-chelation-combination"]),
   ("Vaccination for hyposplenism", "practitioner", ["inn-vaccination-catchup"])],
  ("be_contacted", "review"))
P("p-boateng", "Kofi", "Boateng", "Respiratory physiotherapist", "Therapies",
  "Physio. I help people in hospital with their breathing to stop chest problems.",
  [("Incentive spirometry", "expert", ["inn-incentive-spirometry", "lesson-oxygen-saturation-baseline"]),
   ("Acute chest syndrome prevention", "practitioner", ["inn-incentive-spirometry", "cap-aar-acs-icu-transfer"])],
  ("be_contacted",))
P("p-sesay", "Fatmata", "Sesay", "Specialist dietitian", "Therapies",
  "Dietitian for adults with sickle cell and thalassaemia: fluids, vitamin D, eating well.",
  [("Hydration advice", "expert", ["lesson-hydration-advice-concrete"]),
   ("Bone health and vitamin D", "practitioner", ["inn-vitamin-d-thal"])],
  ("be_contacted",))
P("p-mcgregor", "Fiona", "McGregor", "Clinical librarian", "Library and Knowledge Service",
  "Clinical librarian for the haemoglobinopathy network: literature searches and evidence summaries.",
  [("Literature searching", "expert", ["story-dayunit-bed-days", "story-pain-lit-search-intranasal", "story-hu-evidence-infants", "story-deferiprone-neutropenia", "story-transition-lit-review"]),
   ("Evidence summaries", "expert", ["story-manual-vs-auto-exchange", "story-acs-audit-lit", "story-genetic-counselling-lit"])],
  ("be_contacted", "review"))
P("p-whitfield", "Owen", "Whitfield", "Knowledge manager", "Library and Knowledge Service",
  "I run the knowledge exchange programme and facilitate after action reviews, peer assists and knowledge harvests.",
  [("Knowledge exchange", "expert", ["inn-knowledge-exchange-programme"]),
   ("After action reviews", "expert", ["cap-aar-ed-breach-march", "cap-aar-rce-machine-fault", "cap-aar-acs-icu-transfer"]),
   ("Peer assists and knowledge harvesting", "expert", ["cap-peer-rce-satellite", "cap-harvest-thal-nurse", "cap-harvest-ed-champion"])],
  ("be_contacted", "speak", "mentor"))
P("p-novak", "Petra", "Novak", "Digital transformation lead", "Digital Services",
  "I led the transition to our new electronic patient record.",
  [("EPR transition", "expert", ["inn-epr-transition-plan", "lesson-epr-transition-super-users"]),
   ("Shared care record", "practitioner", ["inn-individual-care-plans-epr"])],
  ("be_contacted", "speak"))
P("p-griffiths", "Rhys", "Griffiths", "IT service desk team leader", "Digital Services",
  "I look after screens, phones and kit across the network. If your display screen or telephone exchange is playing up, call me.",
  [("Display screens", "expert", ["lesson-display-screens-waiting-room", "story-screen-reader-leaflets"]),
   ("Telephone exchange", "practitioner", ["lesson-telephone-exchange-upgrade"]),
   ("Text message systems", "practitioner", ["inn-text-reminders-dna"])],
  ("be_contacted",))
P("p-henderson", "Carol", "Henderson", "Recruitment and volunteer screening officer", "Workforce",
  "I do pre-employment screening: DBS, references and ID checks for staff and volunteers.",
  [("Screening of volunteers", "expert", ["inn-volunteer-screening-fasttrack"]),
   ("Pre-employment screening", "expert", ["inn-volunteer-screening-fasttrack"])],
  ("be_contacted",))
P("p-blackwood", "Martin", "Blackwood", "Workforce and rostering manager", "Workforce",
  "Rotas, staffing crisis escalation and staff wellbeing.",
  [("Staffing crisis escalation", "expert", ["cap-aar-staffing-crisis-dayunit"]),
   ("Staff wellbeing", "practitioner", ["story-cost-of-living-crisis-staff", "inn-staff-hydration-stations"]),
   ("Exchange visits", "aware", ["story-exchange-visit-nurses-ghana"])],
  ("be_contacted",))
P("p-ellison", "Joanne", "Ellison", "Emergency planning and business continuity manager", "Emergency Planning",
  "Crisis management, business continuity and major incident planning.",
  [("Crisis management", "expert", ["inn-business-continuity-crisis-cards"]),
   ("Service relocation", "practitioner", ["cap-retro-move-to-new-building"])],
  ("be_contacted", "speak"))
P("p-tembo", "Chipo", "Tembo", "Sustainability lead", "Estates and Sustainability",
  "Green plan, net zero and carbon sequestration projects.",
  [("Carbon sequestration", "expert", ["inn-carbon-sequestration-trees"])],
  ("be_contacted", "speak"))
P("p-danquah", "Esi", "Danquah", "Charity fundraising manager", "Kestrel Vale Health Charity",
  "I look after our donors and appeals, including match funding.",
  [("Donor stewardship", "expert", ["lesson-donor-thankyou", "story-charity-match-funding"]),
   ("Match funding", "expert", ["story-charity-match-funding"]),
   ("Charity-funded warmth packs", "aware", ["story-cold-weather-packs"])],
  ("be_contacted",))
P("p-farrell", "Liam", "Farrell", "Staff bank coordinator", "Temporary Staffing",
  "I run the staff bank and fill shifts.",
  [("Staff bank", "expert", ["inn-staff-bank-app", "cap-aar-staffing-crisis-dayunit"])],
  ("be_contacted",))
P("p-quinn", "Niamh", "Quinn", "Portering and courier services supervisor", "Portering and Transport",
  "Porters, couriers and sample carriers between our sites.",
  [("Sample carriers and couriers", "expert", ["inn-sample-carrier-boxes", "lesson-courier-carrier-contract"])],
  ("be_contacted",))
P("p-adebayo", "Tunde", "Adebayo", "Clinical scientist, molecular genetics", "Molecular Genetics",
  "I run DNA testing for haemoglobin disorders, including prenatal diagnosis.",
  [("DNA testing for haemoglobinopathies", "expert", ["inn-dna-lab-turnaround", "lesson-pnd-sample-transport"]),
   ("Prenatal diagnosis", "expert", ["inn-pnd-counselling-clinic", "lesson-pnd-sample-transport"])],
  ("be_contacted", "review"), display="Dr Tunde Adebayo")
P("p-walsh", "Siobhan", "Walsh", "Outpatient services manager", "Haemoglobinopathy Outpatients",
  "I manage clinic bookings. I work on getting people to their appointments.",
  [("Reducing DNAs", "expert", ["inn-text-reminders-dna", "lesson-dna-not-discharge", "story-evening-clinic", "cap-peer-dna-outreach"]),
   ("Lost to follow-up recall", "expert", ["inn-lost-to-follow-up-recall"])],
  ("be_contacted", "peer_assist"))
P("p-ibrahim", "Amina", "Ibrahim", "Consultant in emergency medicine", "Emergency Department",
  "ED consultant. I lead the ACS (acute coronary syndrome) and chest pain pathway.",
  [("ACS pathway", "expert", ["lesson-acs-troponin-ed"]),
   ("Chest pain", "expert", ["lesson-acs-troponin-ed"])],
  ("be_contacted",), display="Dr Amina Ibrahim")
P("p-morgan", "Delyth", "Morgan", "Service improvement lead", "Service Improvement",
  "QI coach. I help teams find the pain points in their processes.",
  [("Process mapping and pain points", "expert", ["cap-retro-booking-pain-points"])],
  ("be_contacted", "mentor"))
P("p-campbell", "Jamie", "Campbell", "Organisational development facilitator", "Organisational Development",
  "Team development using personality traits and profiling.",
  [("Personality traits in teams", "expert", ["cap-cafe-team-traits"])],
  ("be_contacted", "speak"))
P("p-ansah", "Yaw", "Ansah", "Youth worker", "Transition Service",
  "I work with young people aged 16 to 25 who are moving to the adult clinic. Gaming nights, group chat, help with college.",
  [("Youth work with young adults", "expert", ["inn-transition-whatsapp-group", "cap-cafe-growing-up-scd"]),
   ("Transition", "practitioner", ["cap-retro-transition-pilot", "inn-transition-whatsapp-group"])],
  ("be_contacted", "coffee_trial"))
P("p-lambert", "Peter", "Lambert", "Consultant haematologist, thalassaemia lead", "Thalassaemia Service",
  "Thalassaemia lead. Iron overload, MRI monitoring and chelation choices.",
  [("Iron overload", "expert", ["inn-t2star-mri-pathway", "lesson-ferritin-not-enough", "inn-ntdt-iron-review", "inn-thal-endocrine-clinic"]),
   ("Iron chelation", "expert", ["story-deferiprone-neutropenia", "lesson-chelation-switch-tablets", "cap-peer-chelation-combination"])],
  ("be_contacted", "speak", "review"), display="Dr Peter Lambert")
P("p-asante", "Matilda", "Asante", "Staff nurse", "Haemoglobinopathy Day Unit",
  "Staff nurse on the day unit.",
  [("Pain management on the day unit", "practitioner", ["inn-dayunit-direct-admission", "cap-aar-ed-breach-march"]),
   ("Apheresis", "aware", ["cap-aar-rce-machine-fault"])],
  ("coffee_trial",))
P("p-diallo", "Mariama", "Diallo", "Community specialist nurse (north sector)", "Community Sickle Cell and Thalassaemia Service",
  "Community nurse. Schools, winter advice and keeping children with sickle cell well.",
  [("School care plans", "expert", ["inn-school-care-plans", "cap-harvest-community-nurse"]),
   ("Cold weather and crisis triggers", "expert", ["story-cold-weather-packs"]),
   ("Acute chest syndrome warning signs for parents", "practitioner", ["inn-acs-children-education"])],
  ("be_contacted",))
P("p-reid", "Callum", "Reid", "Network data analyst", "Network Office",
  "Data for the network: the National Haemoglobinopathy Register, dashboards and spreadsheets.",
  [("National Haemoglobinopathy Register", "expert", ["inn-nhr-data-quality", "lesson-annual-review-template"]),
   ("Spreadsheets", "practitioner", ["lesson-spreadsheet-merged-cells"])],
  ("be_contacted",))
P("p-yilmaz", "Deniz", "Yilmaz", "Consultant anaesthetist", "Anaesthetics",
  "Anaesthetist. Surgery for people with sickle cell and venous access devices.",
  [("Pre-operative transfusion", "expert", ["story-manual-vs-auto-exchange"]),
   ("Implanted ports", "practitioner", ["inn-vascath-ports"])],
  ("be_contacted",), display="Dr Deniz Yilmaz")
P("p-haque", "Rashida", "Haque", "Acute pain nurse specialist", "Acute Pain Team",
  "Acute pain nurse. PCA pumps, opioids and pain plans.",
  [("Patient-controlled analgesia", "expert", ["inn-pca-dayunit", "lesson-pca-sedation-obs"]),
   ("Opioid safety", "expert", ["lesson-opioid-weaning-community", "lesson-cannula-not-before-analgesia"]),
   ("Hospital at home pain care", "practitioner", ["inn-home-iv-fluids"])],
  ("be_contacted", "review"))
P("p-stewart", "Moira", "Stewart", "Patient experience manager", "Patient Experience",
  "Complaints, patient feedback and accessibility.",
  [("Patient experience", "expert", ["cap-cafe-patient-voice", "inn-peer-mentors-ward"]),
   ("Personal care assistants", "practitioner", ["inn-personal-care-assistants"]),
   ("Accessible information", "practitioner", ["story-screen-reader-leaflets"])],
  ("be_contacted",))
P("p-green", "Tom", "Green", "Estates officer", "Estates",
  "Heating, cold rooms, freezers, car parks.",
  [("Heating and cold rooms", "expert", ["lesson-cold-room-estates"]),
   ("Car parking", "practitioner", ["lesson-parking-permits-patients"])],
  ("be_contacted",))
P("p-oyelaran", "Bisi", "Oyelaran", "Blood donor engagement officer", "Blood Donor Engagement",
  "I recruit blood donors from Black heritage communities so patients get well-matched blood.",
  [("Blood donor recruitment", "expert", ["story-blood-donor-church", "lesson-donor-second-visit"])],
  ("be_contacted", "speak"),
)
P("p-mwangi", "Wanjiru", "Mwangi", "Paediatric specialty registrar", "Paediatric Haematology",
  "Paediatric registrar; interested in transition and children's emergency care in sickle cell.",
  [("Transition evidence", "practitioner", ["story-transition-lit-review"]),
   ("Children's sickle cell emergencies", "practitioner", ["inn-ed-sickle-alert-children", "inn-fever-pathway-children"]),
   ("Hydroxycarbamide in infants", "aware", ["story-hu-evidence-infants"])],
  ("be_contacted",), display="Dr Wanjiru Mwangi")


def email(s):
    return (s["given"][0] + "." + s["family"]).lower().replace("'", "") + "@" + DOMAIN
