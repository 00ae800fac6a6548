from lib import inn, les, story, aar, retro, peer, cafe, harvest

# ---- coding ----
les("cod_sdec", "glloyd", "Clinical Coding", "SDEC attendances were under-coded because coders could not see the ED system",
    "Same day emergency care spells were coded to symptoms only. Coders had no log-in to the emergency department system where the diagnosis was written.",
    "Give coders read-only access to the ED system and code SDEC activity from it.", kw=["SDEC", "ED", "access"])
aar("cod_icd", "tashdown", "Clinical Coding", "AAR: the new ICD-10 release loaded late into the encoder",
    "Review why the April classification update was not in the encoder on 1 April.",
    "Encoder updated and coders briefed before 1 April.", "The update arrived on 9 April; 600 spells had to be re-checked.",
    "2026-04-28", improve=["Ask the supplier for the release date in January"], parts=["praman"], kw=["ICD-10", "encoder", "classification"])
story("cod_fy1", "Clinical Coding", "Foundation doctors learn what the coders need from their notes",
      "Foundation programme director", "Doctors wrote 'SOB ?cause' and 'CP' in discharge letters and did not know the letters fed national statistics and the Trust's income.",
      "The coding auditor ran a 40-minute teaching session at FY1 induction with real (anonymised) examples: how a vague diagnosis becomes a symptom code, and how listing long-term conditions changes the expected mortality.",
      "Audits after teaching found fewer symptom-only diagnoses in letters written by the new doctors (22% down to 13%).", person="tashdown", kw=["documentation", "FY1 teaching", "discharge letters"])
les("cod_mainly", "praman", "Clinical Coding", "Code the condition mainly treated, not the presenting symptom",
    "Spells were coded to 'chest pain' when the notes showed the patient was treated for a pulmonary embolism.",
    "Read the whole spell and code the condition mainly treated as the primary diagnosis.", kw=["primary diagnosis", "coding standards"])
les("cod_abbrev", "glloyd", "Clinical Coding", "A glossary of local abbreviations for coders",
    "New coders misread abbreviations like DIB, CP, SOB, NOF and ACS.",
    "Keep a shared glossary of abbreviations used at the Trust and add to it weekly.", polarity="sustain", kw=["abbreviations", "glossary"])

# ---- health records ----
inn("rec_trolley", "lfenwick", "Health Records", "Lockable notes trolleys on every ward",
    "Patient case notes were left on open shelves at the nurses' station where visitors could read them.",
    "We bought lockable notes trolleys for every ward with a code lock, and the IG team checks them on walkabouts.",
    kw=["confidentiality", "case notes", "nurses' station"], team=["abegum"])
les("rec_pull48", "lfenwick", "Health Records", "Pull casenotes for clinics 48 hours ahead",
    "Pulling notes the day before left no time to find missing volumes.",
    "Pull clinic notes two working days ahead and chase any not found the same day.", polarity="sustain", kw=["casenotes", "clinic preparation", "availability"])
aar("rec_bus", "abegum", "Information Governance", "After action review: case notes left on the staff shuttle bus",
    "Learn from a bundle of patient records found on the inter-site shuttle bus.",
    "Notes moved between sites only in sealed, tracked transit bags.",
    "A doctor carried notes by hand between Calderbrook and Wensley and left them on the bus; the driver handed them in.",
    "2025-12-03", improve=["Remind all staff that notes travel only by the records van in sealed bags"], parts=["mogundipe", "pgrey"], kw=["information governance", "IG incident", "notes in transit"])
les("rec_qa", "hcole", "Health Records", "Scanning bureau quality checks: one batch in fifty",
    "Pages scanned upside down or missing were only found when a clinician needed them.",
    "Check one scanned batch in fifty page by page against the paper before destruction.", kw=["scanning", "quality assurance", "EDM"])
les("rec_offsite", "mogundipe", "Health Records", "Ending off-site storage needs a scanning plan for legacy notes",
    "We could not end the £180,000 off-site storage contract until legacy volumes were scanned or destroyed.",
    "Plan legacy scanning two years before an off-site storage contract ends.", kw=["off-site storage", "legacy records"])

# ---- flow ----
inn("flow_d2a", "chudson", "Patient Flow", "Discharge to assess: home first, then assessment",
    "Medically fit patients waited in hospital beds for social care assessments.",
    "Patients who no longer need an acute bed go home (or to a step-down bed) with short-term support, and their long-term needs are assessed there. 'Home first' is the default.",
    kw=["D2A", "home first", "delayed transfers of care"], team=["jmarsh"])
les("flow_edd", "jmarsh", "Patient Flow", "Set an expected date of discharge within 24 hours of admission",
    "Without an EDD, transport, TTOs and family were all arranged on the day.",
    "Set the EDD on the post-take round and review it daily on the board round.", kw=["EDD", "discharge planning"])
aar("flow_easter", "rshah", "Patient Flow", "After action review: discharges over the Easter bank holiday",
    "Find out why discharges fell by half over the four-day Easter weekend.",
    "Weekend discharges at 80% of weekday levels.", "Discharges ran at 45%; social care and pharmacy were closed on Good Friday.",
    "2026-04-10", improve=["Agree bank holiday cover with social care in February"], parts=["jmarsh", "kdunn"], kw=["bank holiday", "discharges"])
inn("flow_sdec", "iqureshi", "Acute Medicine", "Same day emergency care keeps patients out of a hospital bed",
    "Patients who could be treated in a day were admitted overnight because there was nowhere else to see them.",
    "An SDEC unit, open 8am to 10pm, takes ambulatory patients straight from triage. About a third of medical referrals now go home the same day.",
    kw=["SDEC", "ambulatory care", "admission avoidance"])
les("flow_socialcare", "chudson", "Patient Flow", "Long-stay reviews need social care in the room",
    "Reviews without a social worker ended with 'awaiting care package' and no action.",
    "Invite adult social care to every long length of stay review.", polarity="sustain", kw=["social care", "long length of stay"])

# ---- discharge lounge ----
les("dl_criteria", "mprice", "Discharge Lounge", "Agree who can and cannot go to the discharge lounge",
    "Wards sent patients who needed oxygen or were confused, and the lounge could not care for them safely.",
    "Publish simple lounge criteria and ring the lounge sister if unsure.", kw=["discharge lounge", "criteria"])
inn("dl_trolleys", "mprice", "Discharge Lounge", "Two trolleys in the lounge for frail patients who cannot sit for long",
    "Frail patients could not sit in a chair for hours, so wards kept them in their beds until transport came.",
    "We added two trolleys with pressure-relieving mattresses in a screened area of the lounge.",
    kw=["frail patients", "trolleys", "discharge lounge"])
cafe("dl_cafe", "mprice", "Discharge Lounge", "Knowledge café: why don't wards use the lounge?",
     "Find out what stops ward staff sending patients to the discharge lounge.", "What would make you send patients to the lounge earlier?", "2025-06-19",
     themes=["Wards don't trust the lounge with medicines", "Porters are slow in the morning", "Lounge criteria unclear"], kw=["discharge lounge", "engagement"])

# ---- transport ----
les("pt_escort", "lward", PT := "Patient Transport", "Flag patients with dementia who need an escort on transport",
    "A patient with dementia travelling alone got out of the vehicle at the wrong address.",
    "Record 'escort needed' on the booking for patients with cognitive impairment.", kw=["dementia", "escort", "transport booking"])
inn("pt_liaison", "squinn", "Patient Transport", "A transport liaison officer on the wards",
    "Crews arrived to find patients not ready, and wards did not know when crews would arrive.",
    "A transport liaison officer visits wards each morning, checks who is going home by ambulance car, and tells the crews when patients are ready.",
    kw=["transport liaison", "discharge", "crews"], team=["lward"])
story("pt_taxi", "Patient Transport", "A taxi account for evening discharges",
      "Night site manager", "Patients fit to go home after 8pm stayed overnight because no transport was available.",
      "The transport team set up a taxi account for patients who can travel seated without help.",
      "Over 200 bed nights were saved in the first year.", person="squinn", kw=["taxi", "evening discharge"])

# ---- site / night ----
inn("han_2am", "sokafor", "Hospital at Night", "A 2am check-in for the night team",
    "The night team did not meet after handover and problems built up unseen.",
    "A five-minute 2am check-in (by phone conference) of the night coordinator, registrar, site manager and outreach nurse reviews sick patients and outstanding jobs.",
    kw=["night team", "safety huddle"], team=["kdunn"])
les("han_grabbag", "kdunn", "Site Operations", "Site managers keep a major incident grab bag",
    "At a major incident alert, the site manager spent 20 minutes finding action cards and tabards.",
    "Keep a checked grab bag with action cards, tabards, radios and phone lists in the site office.", kw=["major incident", "site office", "emergency planning"])
retro("han_csw", "sokafor", "Hospital at Night", "Retrospect: clinical support workers on the night team",
      "Look back on a year of clinical support workers taking bloods and cannulas at night.", ["Free doctors from routine tasks at night"], "2025-10-30",
      successes=[("Doctors' routine jobs fell by 40%", "CSWs took blood and cannula tasks from the electronic task list")],
      improvements=[("Sickness left gaps", "Only four CSWs were trained")], parts=["evance"], kw=["clinical support workers", "night", "tasks"])

# ---- IPC ----
les("ipc_commode", "crhodes", "Infection Prevention and Control", "Commodes: clean after every use and tag them",
    "Commodes that looked clean had faecal contamination underneath during an audit.",
    "Clean the whole commode after every use, including underneath, and tag it 'I am clean'.", kw=["commodes", "cleaning", "C. diff"])
inn("ipc_gloves", "crhodes", "Infection Prevention and Control", "'Gloves off': cutting unnecessary glove use",
    "Nurses wore gloves for tasks that did not need them, skipping hand hygiene and adding to waste.",
    "A campaign showed when gloves are and are not needed. Glove orders fell by 21% and hand hygiene moments improved.",
    kw=["gloves", "hand hygiene", "sustainability"], team=["bcarter"])
aar("ipc_flu", "hibbotson", "Infection Prevention and Control", "After action review: influenza cluster in a medical bay",
    "Learn from five linked flu cases in one six-bedded bay.",
    "Symptomatic patients tested within two hours and the bay closed to admissions.",
    "Testing took a day; two patients were moved to other wards before results came back.",
    "2026-01-19", improve=["Point-of-care flu testing on the ward"], parts=["crhodes", "rshah"], kw=["influenza", "bay closure", "respiratory viruses"])
les("ipc_soap", "crhodes", "Infection Prevention and Control", "Winter vomiting bug: soap and water, not alcohol gel",
    "Staff relied on alcohol gel during an outbreak of D&V; alcohol does not kill norovirus.",
    "Wash hands with soap and water when caring for patients with vomiting or diarrhoea.", kw=["norovirus", "D&V", "hand washing"])
les("ipc_vip", "crhodes", "Infection Prevention and Control", "Record a VIP score for every cannula, every shift",
    "Cannulas stayed in for days without being checked.",
    "Score the visual infusion phlebitis (VIP) score every shift and remove cannulas not in use.", kw=["cannula", "VIP score", "phlebitis"])

# ---- catering ----
inn("cat_finger", "kholloway", "Nutrition and Dietetics", "Finger food menu for patients who struggle with cutlery",
    "Some patients could not manage a knife and fork and left their meals.",
    "We added a finger food menu (sandwiches, pieces of chicken, vegetable sticks, small cakes) that patients can eat with their hands.",
    kw=["finger food", "eating difficulties", "menu"], team=["rbianchi"])
les("cat_snacks", "rbianchi", "Catering", "A night snack trolley for patients who missed meals",
    "Patients admitted in the evening went without food until breakfast.",
    "Stock a snack box on every ward for night admissions.", kw=["snacks", "night", "missed meals"])
story("cat_waste", "Catering", "Weighing and publishing each ward's food waste",
      "Sustainability lead", "Plate waste and unserved meals cost the Trust an estimated £300,000 a year.",
      "Catering staff weigh returned food by ward each week and publish the figures on the intranet.",
      "Wards compete to reduce waste; the total fell by 18% in six months.", person="rbianchi", kw=["plate waste", "sustainability"])
les("cat_fridge", "ahaddad", "Facilities - Housekeeping", "Ward kitchen fridges: record the temperature twice a day",
    "Patient food in ward fridges was found above 8°C on a food hygiene inspection.",
    "Record fridge temperatures morning and evening and throw away unlabelled food.", kw=["food hygiene", "fridges", "ward kitchen"])

# ---- IT ----
inn("it_vsc", "dmalik", "IT Services", "Virtual smartcards for staff working remotely",
    "Coders and managers working from home could not use their smartcards on their laptops.",
    "We rolled out virtual smartcards so staff can authenticate to national systems without a card reader.",
    kw=["smartcard", "remote working"], team=["nkowalski"])
les("it_print", "nkowalski", "IT Service Desk", "Most service desk calls on wards are about printers",
    "A fifth of tickets from wards were printer jams, toner and label printers.",
    "Move ward printers to a managed print service with on-site engineers.", kw=["printers", "tickets", "managed print"])
story("it_chatbot", "IT Service Desk", "A chatbot answers 'how do I?' questions for the service desk",
      "Service desk analyst", "Simple questions clogged the phone queue.",
      "We set up a chatbot on the intranet with 120 answers written by the service desk.",
      "About 300 contacts a month are now answered by the chatbot.", person="nkowalski", kw=["chatbot", "self-service", "helpdesk"])
aar("it_ordercomms", "fkowal", "Clinical Systems Training", "After action review: order comms go-live for test requests",
    "Review the switch from paper request forms to electronic test ordering.",
    "All wards requesting blood tests and imaging electronically from day one.",
    "Two wards kept using paper because bank staff had not been trained.",
    "2025-09-08", improve=["Train bank staff before go-live"], parts=["nkowalski"], kw=["order comms", "EPR", "go-live"])

# ---- procurement ----
inn("proc_catalogue", "bcarter", "Procurement and Supplies", "Online catalogue ordering for ward managers",
    "Ward managers phoned stores and filled in paper requisitions for non-stock items.",
    "Wards order from an online catalogue with approved products and prices; orders go straight to suppliers or stores.",
    kw=["catalogue", "requisitions", "e-procurement"], team=["gturner"])
les("proc_expired", "gturner", "Stores", "Expired stock hides at the back of ward cupboards",
    "An audit found £23,000 of expired consumables on wards.",
    "Rotate stock first-in, first-out and check dates at each top-up.", kw=["expired stock", "FIFO", "waste"])
les("proc_social", "oadeyemi", "Procurement and Supplies", "Weight social value in every tender",
    "Contracts went to the cheapest bidder with no local jobs or carbon commitments.",
    "Give social value at least 10% of the tender score.", kw=["social value", "tenders"])

# ---- PALS and complaints ----
inn("pals_bulletin", "cdean", "Patient Experience", "A monthly 'learning from complaints' bulletin",
    "Wards did not hear what other wards had learnt from complaints.",
    "Each month we publish three anonymised complaints, what went wrong and what changed.",
    kw=["learning from complaints", "bulletin"], team=["yali"])
les("pals_outreach", "jmoss", "Patient Experience - PALS and Complaints", "PALS officers on the wards solve concerns before they become complaints",
    "Families only found PALS when they were already angry.",
    "PALS officers visit two wards a day and speak to families at visiting time.", polarity="sustain", kw=["PALS", "concerns", "early resolution"])
story("pals_interp", "Patient Experience - PALS and Complaints", "Fixing interpreter bookings after a run of PALS contacts",
      "PALS manager", "Families complained that interpreters did not turn up for discharge conversations.",
      "PALS and the interpreting service agreed a booking check the day before.",
      "Concerns about interpreters fell from 9 a month to 2.", person="jmoss", kw=["interpreters", "PALS"])
les("pals_plain", "yali", "Patient Experience - PALS and Complaints", "Write complaint responses in plain English",
    "Families said responses were full of jargon and acronyms.",
    "Write responses at reading age 12 and explain every abbreviation.", kw=["plain English", "response letters"])

# ---- more distractors ----
les("dis_awards", "gnewby", "Communications", "Spring round of the staff awards: nominations doubled",
    "Few staff nominated colleagues for the annual awards.",
    "Open a spring round with a one-line online nomination form.", kw=["staff awards", "recognition"], distractor=True)
les("dis_esd", "dmalik", "IT Services", "Electrostatic discharge damaged PCs stored in the stores",
    "Spare PC parts kept in the stores failed on installation.",
    "Store circuit boards in anti-static bags and use a wrist strap.", kw=["electrostatic discharge", "hardware"], distractor=True)
inn("dis_lounge", "tlyle", "Staff Wellbeing", "Refurbished staff lounge with a quiet room",
    "The staff rest room was shabby and used as a store.",
    "Charity funds refurbished the staff lounge with sofas, a kitchen and a quiet room.", kw=["staff lounge", "rest"], distractor=True)
les("dis_migration", "nkowalski", "IT Services", "Data transfer to the new system: test the migration twice",
    "The first data transfer from the old appointments system lost free-text comments.",
    "Run two full trial migrations and check samples before the live data transfer.", kw=["data migration", "transfer"], distractor=True)
story("dis_bookclub", "Library and Knowledge Service", "Night Owls: a book club for night staff",
      "Night staff nurse", "Night workers could never join the library's daytime book club.",
      "The library set up the Night Owls book club with books left at the site office and an online chat.",
      "Forty night staff joined.", person="ejones", working=["ejones"], kw=["book club", "night staff"], distractor=True)
les("dis_station", "pgrey", "Staff Travel", "Signs from the railway station to the hospital",
    "Visitors and new staff got lost walking from the railway station.",
    "Put finger-post signs on the walking route and a map on the website.", kw=["station", "wayfinding"], distractor=True)

# ---- extra records ----
inn("dis_bedtv", "oadeyemi", "Procurement and Supplies", "New bedside TV and telephone contract for patients",
    "Patients complained that the bedside TV and phone units were expensive and often broken.",
    "Procurement let a new contract with free TV until midday and free Wi-Fi for patients on every bed.",
    kw=["bedside TV", "Wi-Fi", "contract"], distractor=True)
les("dis_boardpapers", "gnewby", "Corporate Governance", "Trust Board papers: a one-page cover sheet for every report",
    "Board members said papers were too long to read before the public Board meeting.",
    "Start every Board paper with a one-page cover sheet: the ask, the risks and the decision needed.", kw=["Trust Board", "governance", "board papers"], distractor=True)
les("dis_idpass", "kdoyle", "Security", "Lost ID passes replaced the same day",
    "Staff who lost their ID pass could not get into car parks or wards for a week.",
    "Print replacement passes the same day in the security office.", kw=["ID pass", "security", "access control"], distractor=True)
les("ipc_mattress", "spike", "Facilities - Housekeeping", "Mattress audit: one in ten had contaminated foam",
    "Covers looked intact but the foam inside was stained in one mattress in ten.",
    "Unzip and check every mattress cover quarterly and condemn any with strike-through.", kw=["mattresses", "decontamination", "audit"])
story("flow_lay", "Patient Experience", "'I was ready to go home at ten and left at six': what patients told us about leaving hospital",
      "Patient experience lead", "In the inpatient survey, leaving hospital was the lowest scoring section: people waited all day for medicines, letters and a lift home.",
      "We ran listening events with 30 former patients and mapped their day of going home hour by hour.",
      "The waits people described shaped the discharge lounge pull model and the TTO-the-day-before rule.", person="cdean", working=["jmarsh"], kw=["patient experience", "going home"])
les("it_frozen", "nkowalski", "IT Service Desk", "'My screen has frozen': restart first, then ring",
    "A quarter of 'frozen screen' calls were fixed by a restart.",
    "Tell staff to restart the PC before calling the service desk, unless a patient record is open.", kw=["frozen screen", "restart", "service desk"])
