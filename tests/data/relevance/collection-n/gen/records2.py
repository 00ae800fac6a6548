from lib import inn, les, story, aar, retro, peer, cafe, harvest

# ---------------- Site operations and hospital at night ----------------
SO = "Site Operations"
inn("han_tasklist", "sokafor", "Hospital at Night", "Electronic task list replaces bleeps for the hospital at night team",
    "At night one FY1 doctor could receive 60 bleeps a shift. Most were routine jobs (cannulas, fluid charts, TTOs) and urgent calls were lost in the noise.",
    "Ward staff log non-urgent jobs on an electronic task list in the EPR; the night nurse practitioner coordinator triages and allocates them to doctors and clinical support workers. Urgent calls still go by bleep. Bleeps per doctor per night fell by 55%.",
    kw=["hospital at night", "H@N", "task management", "bleeps"], team=["evance", "fkowal"])
aar("han_handover", "evance", "Hospital at Night", "After action review: the 21:30 night handover that ran 40 minutes",
    "Why the evening handover from day to night teams overran.",
    "A 15-minute handover of sick and unstable patients to the night team.",
    "The handover covered every patient on the list and took 40 minutes; two urgent calls waited.",
    "2025-08-14", improve=["Use a handover list of sick, unstable and jobs outstanding only"], parts=["sokafor"], kw=["handover", "night team"])
les("han_news2", "sokafor", "Hospital at Night", "Night nurse practitioners triage task requests by NEWS2 score",
    "Tasks for deteriorating patients were queued behind routine jobs.",
    "Ask for the NEWS2 score with every task request and see scores of 5 or more first.", polarity="sustain", kw=["NEWS2", "deterioration", "night"])
story("han_radio", SO, "Site managers' radios kept the hospital running during the telephone outage",
      "Clinical site manager", "The switchboard and internal phone lines were down for seven hours after a cable was cut.",
      "Site managers gave hand-held radios to ED, ICU and each ward block and ran the bed meeting by radio.",
      "No patient harm was reported and the radio plan is now in the business continuity plan.", person="kdunn", kw=["business continuity", "radios", "phone outage"])
peer("han_wensley", "sokafor", "Hospital at Night", "Peer assist: starting a hospital at night service at Wensley",
     "Before starting a hospital at night model at the smaller site.", "Wensley site medical and nursing leads",
     "How do we run a night team with fewer doctors and longer distances between wards?", "2025-05-12",
     insights=["Base the coordinator centrally", "Use advanced clinical practitioners for cover"], parts=["evance", "kdunn"], kw=["hospital at night", "Wensley"])
les("han_huddle", "kdunn", SO, "Site safety huddles at 08:00 and 20:00 let site managers see the whole hospital",
    "Site managers learnt of staffing gaps and sick patients piecemeal through the night.",
    "Hold a 15-minute site safety huddle at each shift change covering staffing, acuity, beds and flow.", polarity="sustain", kw=["site safety huddle", "site management"])
harvest("han_harvest", "ejones", SO, "Knowledge harvest: retiring senior clinical site manager",
        "Capture 22 years of site management know-how before Brenda Holt retires.", "bholt", "retiring", "2025-07-01",
        areas=["Running the bed meeting", "Escalation contacts for social care out of hours", "Managing major incidents at night"],
        summary="Brenda explained how she reads the bed state, who to call in social care at 2am, and how to run the site when the hospital is on OPEL 3 or 4.",
        kw=["site management", "escalation", "out of hours"])
# distractors
inn("dis_intranet", "gnewby", "Communications", "Intranet site redesign: staff find policies in two clicks",
    "Staff could not find policies on the old intranet site and phoned the service desk instead.",
    "We rebuilt the intranet site with a search box, an A to Z of departments and a policy library.",
    kw=["intranet", "website", "site navigation"], distractor=True)
les("dis_restpods", "tlyle", "Staff Wellbeing", "Night shift rest: sleep pods for staff breaks",
    "Night staff had nowhere quiet to rest on their breaks.",
    "Provide rest areas with reclining chairs or sleep pods near the wards and protect break time.", kw=["night shift", "fatigue", "wellbeing"], distractor=True)
les("dis_buildsite", "kdoyle", "Estates", "Building site next to Ward 9: agree noise hours with the contractor",
    "Patients and neighbours complained about drilling on the new car park building site at 7am.",
    "Agree quiet hours with contractors and tell wards in advance.", kw=["construction", "noise complaints", "building site"], distractor=True)

# ---------------- Infection prevention and control ----------------
IP = "Infection Prevention and Control"
inn("ipc_bays", "hibbotson", IP, "Norovirus: closing bays instead of whole wards",
    "Whole-ward closures for diarrhoea and vomiting cost 1,400 bed days in one winter.",
    "The IPC team now closes only the affected bay, with a door or partition, dedicated staff and enhanced cleaning, and keeps the rest of the ward open. Bay closure decisions are made at the 10am outbreak meeting.",
    kw=["norovirus", "D&V", "bay closure", "outbreak"], team=["crhodes", "spike"])
inn("ipc_mrsa", "crhodes", IP, "Electronic prompt raises MRSA screening on admission",
    "Only 71% of elective and emergency admissions were screened for meticillin-resistant Staphylococcus aureus within 24 hours.",
    "We added a screening prompt to the admission clerking in the EPR and a daily list of unscreened patients for the ward. Compliance reached 94%.",
    kw=["MRSA", "screening", "admission"], team=["fkowal"])
les("ipc_cdiff", "crhodes", IP, "C. difficile: send a stool sample within two hours of new diarrhoea",
    "Samples for Clostridioides difficile were sent a day late, and patients were not isolated until the result.",
    "Isolate on the first loose stool and send the sample within two hours.", kw=["C. diff", "diarrhoea", "isolation"])
aar("ipc_cpe", "hibbotson", IP, "After action review: CPE outbreak on a surgical ward",
    "Review how we handled four linked cases of carbapenemase-producing Enterobacterales.",
    "Cases isolated in side rooms and contacts screened within 48 hours.",
    "Side rooms were full; two contacts were moved to other wards before screening.",
    "2025-09-30", improve=["Stop moving contacts until screened", "Escalate side-room shortages at the bed meeting"],
    parts=["crhodes", "rshah", "fgrant"], kw=["CPE", "outbreak", "side rooms"])
story("ipc_handhyg", IP, "Patients ask staff: 'Have you cleaned your hands?'",
      "Lead nurse IPC", "Hand hygiene audits by ward staff showed 98% compliance, but observers from outside saw far lower.",
      "We gave patients a card inviting them to ask staff whether they had cleaned their hands, and used independent observers.",
      "Observed compliance rose from 72% to 89% on the pilot wards.", person="hibbotson", kw=["hand hygiene", "audit"])
les("ipc_fit", "crhodes", IP, "Keep an FFP3 fit testing register by ward",
    "During an outbreak we could not tell which staff had been fit tested for which respirator mask.",
    "Keep a ward-level fit testing register and retest when the mask model changes.", kw=["FFP3", "fit testing", "respirators"])
inn("ipc_sideroom", "rshah", PF if False else "Patient Flow", "Side room allocation tool ranks who most needs isolation",
    "With 40 side rooms and up to 70 patients needing isolation, decisions at the bed meeting were inconsistent.",
    "An isolation priority score (e.g. C. difficile and norovirus highest, MRSA colonised lower) is shown on the bed management system, so site managers allocate side rooms to the patients who most need them.",
    kw=["side rooms", "isolation", "bed management"], team=["hibbotson"])
retro("ipc_hpv", "hibbotson", IP, "Retrospect: hydrogen peroxide vapour decontamination after the outbreak",
      "Look back on the first deep clean of a whole ward with HPV.", ["Decontaminate Ward 12 after CPE in three days"], "2025-11-20",
      successes=[("Ward reopened on day three", "Housekeeping had emptied the ward the night before")],
      improvements=[("Curtains were missed", "Nobody owned changing curtains")], parts=["spike", "crhodes"], kw=["deep clean", "HPV", "decontamination"])
les("ipc_curtains", "spike", "Facilities - Housekeeping", "Disposable bed curtains: change on a schedule and whenever soiled",
    "Fabric curtains round beds were changed only twice a year and were often visibly dirty.",
    "Use disposable curtains dated at hanging, change every three months and after any infectious patient.", kw=["curtains", "cleaning", "infection control"])
cafe("ipc_cafe", "hibbotson", IP, "Knowledge café: keeping wards open during winter viruses",
     "Share ideas across wards on managing flu, COVID-19 and norovirus without closing beds.", "How do we keep beds open when winter bugs arrive?", "2025-10-15",
     themes=["Test early", "Cohort in bays", "Visitors and masks"], kw=["winter", "flu", "norovirus"])
# distractors
aar("dis_ransom", "mbell", "IT Services", "After action review: computer virus outbreak drill",
    "Practise our response to a ransomware attack spreading through the network.",
    "Infected devices isolated within 30 minutes and clinical systems kept running.",
    "It took 90 minutes to isolate the infected PCs because the switch room key could not be found.",
    "2025-06-25", improve=["Keep switch room keys in the site office"], parts=["nkowalski", "dmalik"], kw=["cyber security", "virus", "isolation"], distractor=True)
les("dis_dse", "yplatt", "Health and Safety", "Display screen equipment assessments for home workers",
    "Staff working from home on laptops reported neck and back pain.",
    "Complete a DSE self-assessment for every home worker and provide a separate screen and keyboard.", kw=["DSE", "display screen", "ergonomics"], distractor=True)
les("dis_dbs", "tlyle", "Recruitment", "Pre-employment screening: start DBS checks at offer",
    "New starters waited six weeks for DBS checks to come back.",
    "Start Disclosure and Barring Service checks the day the offer is made.", kw=["screening", "DBS", "recruitment"], distractor=True)
story("dis_lonely", "Staff Wellbeing", "Buddy calls ease isolation for staff working permanent nights",
      "Night staff nurse", "Staff on permanent nights felt cut off from their teams and from the Trust.",
      "The wellbeing team set up monthly night-time visits and a buddy phone call scheme.",
      "Staff said they felt less isolated and two stayed who had planned to leave.", person="tlyle", kw=["isolation", "loneliness", "night staff"], distractor=True)

# ---------------- Catering and ward housekeeping ----------------
CT = "Catering"
inn("cat_redtray", "kholloway", "Nutrition and Dietetics", "Red tray scheme shows who needs help to eat",
    "Patients who needed help with meals had trays left out of reach and taken away untouched.",
    "Patients at risk of malnutrition (MUST score 2 or more) get their meal on a red tray. Staff know a red tray means help with eating and a food record. Ward housekeepers check red trays before clearing.",
    kw=["red tray", "malnutrition", "MUST", "mealtimes"], team=["ahaddad"])
inn("cat_protected", "rbianchi", CT, "Protected mealtimes: no ward rounds or tests between 12 and 1",
    "Meals were interrupted by ward rounds, therapy and portering for tests.",
    "All wards protect 12:00 to 13:00 and 17:00 to 18:00. Non-urgent activity stops and staff help patients eat.",
    kw=["protected mealtimes", "nutrition"], team=["kholloway"])
les("cat_allergen", "rbianchi", CT, "Print all 14 allergens on every menu tray ticket",
    "A patient with a sesame allergy was served a bread roll because the tray ticket only showed 'nut free'.",
    "Print all 14 regulated allergens on the tray ticket from the meal ordering system.", kw=["allergens", "tray ticket", "food safety"])
inn("cat_tablets", "rbianchi", CT, "Bedside meal ordering on tablets cut food waste",
    "Patients chose meals a day ahead on paper menus; a third of meals were wasted because patients had moved or changed their minds.",
    "Ward hosts take orders on tablets at the bedside two hours before service. Orders go straight to the kitchen. Unserved meals fell from 31% to 12%.",
    kw=["food waste", "menu", "meal ordering"], team=["dmalik", "ahaddad"])
story("cat_housekeepers", "Facilities - Housekeeping", "Ward housekeepers give nurses back an hour a shift",
      "Ward sister", "Nurses were stocking cupboards, ordering linen and chasing meals.",
      "Each ward got a housekeeper who manages cleaning, linen, meals and stock top-up.",
      "Nurses saved about an hour a shift, and the ward cleanliness score rose from 92% to 98%.", person="ahaddad", working=["spike"], kw=["ward housekeeper", "cleaning", "linen"])
aar("cat_iddsi", "kholloway", "Nutrition and Dietetics", "After action review: wrong texture meal served to a patient with dysphagia",
    "Learn from a patient on a level 5 minced and moist diet being served a regular meal.",
    "Texture-modified meals served as prescribed by speech and language therapy.",
    "The diet code on the bedside board had not been updated and the meal was ordered from the standard menu.",
    "2025-04-09", improve=["Show IDDSI level on the meal ordering tablet"], parts=["rbianchi", "ahaddad"], kw=["dysphagia", "IDDSI", "texture modified"])
les("cat_hydration", "ahaddad", "Facilities - Housekeeping", "Drinks rounds at 10, 2 and 6 and a coloured jug for fluid charts",
    "Patients on fluid charts were not offered drinks between meals.",
    "Run three drinks rounds a day and use a blue jug lid for patients on fluid balance charts.", polarity="sustain", kw=["hydration", "drinks round"])
retro("cat_inhouse", "rbianchi", CT, "Retrospect: bringing patient catering back in-house",
      "Look back on ending the outsourced catering contract.", ["Cook fresh food on site", "Keep cost per patient day under £12"], "2025-09-05",
      successes=[("Patient food scores rose", "Cooked-fresh menus")], improvements=[("Kitchen equipment failures", "Old equipment was not surveyed before transfer")],
      parts=["oadeyemi", "kholloway"], kw=["catering contract", "in-house"])
# distractors
les("dis_email", "gnewby", "Communications", "Inbox housekeeping: managers clear e-mail with the four Ds",
    "Managers had thousands of unread e-mails and missed urgent ones.",
    "Teach delete, do, delegate, defer and set folders for each project.", kw=["e-mail", "housekeeping", "time management"], distractor=True)
les("dis_intray", "yplatt", "Health and Safety", "Manual handling of heavy trays in the pharmacy stores",
    "Staff strained their backs lifting full plastic tote trays from floor level.",
    "Store heavy trays between knee and shoulder height.", kw=["manual handling", "trays"], distractor=True)

# ---------------- IT service desk and clinical systems training ----------------
IT = "IT Services"
inn("it_spr", "nkowalski", "IT Service Desk", "Self-service password reset cut service desk calls by a quarter",
    "Password resets were 28% of calls to the IT service desk and staff at night waited for the morning shift.",
    "Staff enrol their mobile number and reset their network password themselves, 24 hours a day. Calls fell by 26%.",
    kw=["password reset", "service desk", "self-service"], team=["dmalik"])
inn("it_floorwalk", "fkowal", "Clinical Systems Training", "Floorwalkers in purple tabards supported the EPR go-live",
    "Staff were anxious about the electronic patient record go-live and the service desk could not cope with 'how do I' calls.",
    "For four weeks 60 floorwalkers (super-users and trainers) in purple tabards walked the wards 24/7 answering questions and raising tickets for faults.",
    kw=["EPR go-live", "floorwalkers", "super-users"], team=["nkowalski"])
les("it_categories", "nkowalski", "IT Service Desk", "Too many ticket categories mean misrouted tickets",
    "With 214 categories, a third of service desk tickets went to the wrong resolver team.",
    "Cut categories to 30 and let the service desk analyst, not the caller, choose them.", kw=["ITSM", "tickets", "categories"])
story("it_docs", "Clinical Systems Training", "New doctors ready on day one with e-learning and a 90-minute session",
      "Medical education manager", "Resident doctors starting in August had half a day of EPR training and still could not prescribe.",
      "Clinical systems trainers made e-learning modules to do before starting and a 90-minute hands-on session on prescribing and ordering tests.",
      "All 96 new doctors had smartcards and EPR access on day one; prescribing queries to the service desk halved.", person="fkowal", kw=["EPR training", "smartcard", "induction"])
aar("it_downtime", "nkowalski", "IT Service Desk", "After action review: EPR downtime on a Saturday night",
    "Learn from a five-hour unplanned outage of the electronic patient record.",
    "Wards switch to downtime forms and the read-only copy within 15 minutes.",
    "Half the wards could not find downtime forms; the read-only viewer had not been updated for a week.",
    "2025-11-15", improve=["Check downtime boxes monthly", "Refresh the read-only copy nightly"], parts=["sokafor", "fkowal", "kdunn"], kw=["downtime", "business continuity", "EPR"])
les("it_superusers", "fkowal", "Clinical Systems Training", "Ward super-users need protected time",
    "Super-users trained for go-live could not help colleagues because they were counted in the numbers.",
    "Give each super-user two hours a month of protected time.", kw=["super-users", "EPR"])
peer("it_bank", "fkowal", "Clinical Systems Training", "Peer assist: EPR training for bank and agency staff",
     "Learn how other trusts train temporary staff on the EPR.", "Clinical Systems Training",
     "Bank and agency nurses arrive for a shift without EPR training or log-ins.", "2025-07-22",
     insights=["A 30-minute 'essentials' log-in", "Agency log-ins issued by the site office"], peers=["Holmbury General Hospital"], kw=["bank staff", "agency", "training"])
inn("it_tapgo", "dmalik", IT, "Tap-and-go log-in on shared ward computers",
    "Nurses spent minutes logging in to shared PCs, and screens were left logged in.",
    "Staff tap their ID badge to log in and out; the screen locks when they walk away.", kw=["single sign-on", "log-in", "screen lock"], team=["nkowalski"])
# distractors
story("dis_raffle", "Hospital Charity", "Raffle tickets for the summer ball raised £6,000",
      "Charity fundraiser", "The hospital charity wanted to raise money for the garden.",
      "Staff sold raffle tickets on the wards and the IT team set up online ticket sales.",
      "£6,000 raised for the garden and the discharge lounge.", person="pgrey", kw=["fundraising", "tickets"], distractor=True)

# ---------------- Procurement and stores ----------------
PR = "Procurement and Supplies"
inn("proc_topup", "bcarter", PR, "Ward stock top-up by materials management staff",
    "Nurses spent about four hours a week ordering and putting away supplies and wards ran out of items.",
    "Materials management assistants count stock against an agreed imprest list and top up each ward twice a week. Nurses no longer order routine supplies.",
    kw=["stock top-up", "imprest", "supplies"], team=["gturner"])
inn("proc_kanban", "bcarter", PR, "Two-bin kanban cards for ward consumables",
    "Wards over-ordered to avoid running out, leaving expired stock.",
    "Each item has two bins; when the first is empty the kanban card is put on the board and the item is re-ordered automatically.",
    kw=["kanban", "two-bin", "stock control"])
les("proc_gloves", "oadeyemi", PR, "Product changes need a clinical evaluation first",
    "Switching to cheaper gloves led to tears and complaints from nurses within weeks.",
    "Trial any product switch on two wards with a clinical procurement nurse before a full change.", kw=["product standardisation", "gloves", "clinical evaluation"])
aar("proc_ivfluid", "oadeyemi", PR, "After action review: national shortage of IV fluids",
    "Learn from a two-week national supply disruption of intravenous fluid bags.",
    "Mutual aid and daily stock counts keep every ward supplied.",
    "Stock was held in ward cupboards and no one knew what the Trust had.",
    "2025-01-20", improve=["Count ward stock daily during any disruption"], parts=["bcarter", "gturner"], kw=["supply chain", "shortage"])
retro("proc_nopo", "oadeyemi", "Finance and Procurement", "Retrospect: introducing a 'no purchase order, no pay' policy",
      "Look back on the move to raising a purchase order before buying.", ["Every invoice matched to a purchase order"], "2025-03-31",
      successes=[("Invoices matched rose to 91%", "Suppliers were told clearly")], improvements=[("Urgent repairs delayed", "No emergency route")],
      parts=["gturner"], kw=["purchase orders", "invoices", "finance"])
les("proc_loadingbay", "gturner", "Stores", "Book delivery slots to stop lorries queuing at the loading bay",
    "Lorries queued on the service road and blocked ambulances because all deliveries arrived before 9am.",
    "Give suppliers booked delivery slots for the loading bay.", kw=["loading bay", "deliveries", "goods in"])
story("proc_tourniquet", PR, "Evidence summary on reusable and single-use tourniquets",
      "Head of procurement", "Procurement wanted to know if single-use tourniquets cut infection risk enough to justify the cost.",
      "The library produced an evidence summary of studies on contamination of reusable tourniquets.",
      "The Trust switched to single-use tourniquets in high-risk areas only, saving £14,000 compared with a full switch.",
      kind="lks_impact_case_study", person="oadeyemi", working=["ejones"], kw=["evidence summary", "tourniquets", "infection"])
les("proc_imprest", "bcarter", PR, "Imprest lists drift: review ward stock levels every quarter",
    "Ward imprest lists were set two years ago and no longer matched what the ward used.",
    "Review imprest lists quarterly with the ward housekeeper.", kw=["imprest", "stock levels"])

# ---------------- Complaints and PALS ----------------
PA = "Patient Experience - PALS and Complaints"
inn("pals_call", "yali", PA, "A phone call within three days before any complaint letter",
    "Complaint responses took 58 working days and complainants felt ignored.",
    "The complaints officer phones every complainant within three days to agree the issues, the outcome they want and how they want the answer (letter, meeting or call). Many are resolved by phone.",
    kw=["complaints", "early resolution"], team=["jmoss"])
inn("pals_desk", "jmoss", PA, "PALS drop-in desk in the main entrance",
    "The Patient Advice and Liaison Service office was on the second floor and hard to find.",
    "We moved PALS to a desk in the main entrance staffed 9 to 4, with volunteers helping with directions.",
    kw=["PALS", "patient advice"], team=["bames"])
les("pals_lrm", "yali", PA, "Local resolution meetings work best with the clinician in the room",
    "Meetings run without the consultant or ward sister left families with unanswered questions.",
    "Ask the clinician to attend local resolution meetings and send notes within a week.", polarity="sustain", kw=["local resolution", "complaints"])
story("pals_property", PA, "Lost property bags for dentures, glasses and hearing aids",
      "PALS manager", "PALS received 15 complaints a month about lost dentures, glasses and hearing aids.",
      "Housekeepers and PALS designed labelled bags given to every patient on admission and at transfer.",
      "Lost property concerns fell by two thirds.", person="jmoss", working=["ahaddad"], kw=["lost property", "dentures", "PALS"])
aar("pals_phso", "yali", PA, "After action review: a complaint upheld by the Ombudsman",
    "Learn from a complaint about a delayed discharge that the Parliamentary and Health Service Ombudsman upheld.",
    "Complaint resolved locally.", "The family received three different answers and went to the PHSO, which upheld it.",
    "2025-05-28", improve=["One named case handler for each complaint"], parts=["jmoss", "jmarsh"], kw=["PHSO", "ombudsman"])
les("pals_themes", "cdean", "Patient Experience", "PALS themes: car parking and transport top the list",
    "A third of PALS contacts were about car parking, hospital transport and directions.",
    "Share PALS themes quarterly with estates and the transport team.", kw=["PALS themes", "parking", "transport"])
retro("pals_backlog", "yali", PA, "Retrospect: clearing the complaints backlog",
      "Look back on clearing 140 overdue complaints.", ["Clear all complaints over 6 months old"], "2025-08-08",
      successes=[("Backlog cleared in 10 weeks", "Divisions had weekly deadlines")], parts=["jmoss", "cdean"], kw=["backlog", "complaints"])
cafe("pals_apology", "cdean", "Patient Experience", "Knowledge café: what does a good apology look like?",
     "Help staff write meaningful apologies in complaint responses.", "What makes an apology feel genuine?", "2025-04-24",
     themes=["Say sorry early", "Be specific"], kw=["apology", "duty of candour"])
# distractors
les("dis_triage", "lshore", "Emergency Department", "Record the presenting complaint in the patient's own words at triage",
    "Triage notes used vague codes like 'unwell adult'.",
    "Write the presenting complaint in the patient's words alongside the triage category.", kw=["triage", "presenting complaint"], distractor=True)
