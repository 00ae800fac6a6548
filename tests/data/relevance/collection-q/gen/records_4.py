from build import I, S, L, AAR, RET, PA, HARV, CAFE, COP
from ids import *
# ---------------- DISTRACTORS: same words, other senses ----------------
S("story-comms-viral-post", "km_success_story", "Communications team", "Our recruitment video went viral",
  "We needed 30 healthcare assistants for the new winter wards and adverts were not working.",
  "The digital communications officer made a 40-second video of staff dancing in the corridor, posted it on social media and asked staff to share it.",
  "It went viral: 1.2 million views and 400 applications in two weeks.", person=CARTER, dept="Communications", kw=["social media", "viral", "recruitment"])
L("lesson-comms-viral-backlash", CARTER, "A post that goes viral can go the wrong way",
  "A light-hearted post about a 'bug hunt' at the staff awards spread quickly and drew complaints that we were mocking infection.",
  "Check any post with an infection theme with the IPC team before publishing.", dept="Communications", kw=["social media", "reputation"])
I("inn-it-eprescribing-bugs", BECKETT, "Weekly bug triage for the e-prescribing system",
  "Software bugs in the electronic prescribing and medicines administration system were logged in three places and some waited months.",
  "A weekly 30-minute bug triage call with pharmacy, nursing and the supplier ranks each defect by patient-safety risk. The screen freeze on the drug round was fixed first.",
  team=[(KOWAL, "team_member")], dept="Digital services", kw=["software bugs", "EPMA", "defects", "screen freeze"], stage="implemented", type_="digital")
L("lesson-it-screens-wards", BECKETT, "New ward computer screens were too small to read drug charts",
  "The 19-inch screens bought for the ward drug round made the prescription chart unreadable without scrolling.",
  "Test screens with nurses on a real drug round before ordering.", dept="Digital services", kw=["screens", "hardware", "usability"])
I("inn-preceptorship-cohorts", LANG, "Preceptorship in cohorts for newly registered nurses",
  "Newly qualified nurses starting at different times got patchy support and a third left within a year.",
  "New registrants now start in three cohorts a year. Each cohort has 12 study days, a named preceptor and action learning sets. A cohort WhatsApp group gives peer support.",
  dept="Practice education", kw=["preceptorship", "cohort", "newly qualified nurses", "retention"], stage="evaluated", type_="education_training",
  outcome=[("Leavers in first year", "33%", "14%")])
RET("cap-retro-ina-cohort", LANG, "Retrospect: international nurse cohort 3", "End of the induction programme for the third cohort of internationally educated nurses.",
  ["OSCE pass first time", "Settle nurses and families into the area"],
  successes=[("All 18 passed the OSCE", "Mock OSCEs every fortnight")], improvements=[("Housing took too long", "Accommodation booked after arrival")],
  recs=["Book accommodation before the cohort flies in"], people=[LANG], dept="Practice education", kw=["international recruitment", "cohort", "OSCE"])
I("inn-spread-adoption-toolkit", GREAVES, "Spread and adoption toolkit for trust innovations",
  "Good ideas worked on one ward and never spread to the next.",
  "The innovation team wrote a spread toolkit: a one-page 'recipe' for each innovation, a named spread agent, and a check of what must stay the same versus what can adapt. We spread three innovations to Tarnside Hospitals this way.",
  dept="Innovation and Improvement", kw=["spread", "adoption", "scale up"], stage="spreading", type_="service_model")
I("inn-innovation-incubator", GREAVES, "Staff innovation incubator",
  "Staff had ideas but no time or help to develop them.",
  "Six-month incubation programme: protected time one day a month, a coach, and pump-priming money of up to £5,000 per idea from the charity.",
  team=[(DESAI, "team_member")], dept="Innovation and Improvement", kw=["incubator", "incubation", "innovation", "pump priming"], stage="implemented", type_="service_model")
CAFE("cap-cafe-just-culture", MOSS, "Knowledge cafe: building a just culture", "Explore how staff feel after incidents.",
  "What would make you feel safe to report a mistake?", themes=["Fear of blame", "Managers respond differently", "Feedback after reporting is rare"],
  people=[DELGADO, "Staff from 9 departments"], dept="Organisational Development", kw=["just culture", "speaking up", "culture"])
I("inn-od-culture-survey", MOSS, "Team culture conversations after the staff survey",
  "Staff survey scores on culture and being listened to were the lowest in the region.",
  "Every team with low scores has a facilitated 'culture conversation' and picks three actions. The OD team checks back after six months.",
  dept="Organisational Development", kw=["culture", "staff survey", "organisational culture"], stage="implemented", type_="service_model")
I("inn-staff-travel-car-share", ROWE, "Car sharing and shuttle bus to cut staff travel costs",
  "Staff travel between the three sites cost £180,000 a year in mileage and parking was full by 8 a.m.",
  "A car-share app matched staff by shift and postcode; an inter-site shuttle bus runs every 30 minutes. Staff travel policy updated.",
  dept="Travel and transport", kw=["staff travel", "car sharing", "parking"], stage="implemented", type_="process_admin")
L("lesson-travel-expenses", ROWE, "Travel expense claims delayed by paper forms",
  "Paper travel claims took six weeks to pay.", "Move travel and expenses claims online.", dept="Travel and transport", kw=["travel expenses", "claims"])
I("inn-staff-loneliness-nights", WINTHROP, "Night-shift connect: tackling social isolation among night staff",
  "Night staff told the wellbeing survey they felt isolated and cut off from colleagues and from the rest of the hospital.",
  "A night wellbeing cart, a monthly night-time breakfast with the executive team, and a peer-support rota so nobody works a whole night without a break buddy.",
  dept="Staff wellbeing", kw=["social isolation", "loneliness", "night shift", "staff wellbeing"], stage="implemented", type_="service_model")
L("lesson-lone-working", WINTHROP, "Lone workers need a check-in system",
  "Community staff working alone in isolated rural areas had no way to raise the alarm.", "Issue lone-worker devices and a check-in call at the end of each visit.",
  dept="Staff wellbeing", kw=["lone working", "isolation", "staff safety"])
L("lesson-resistance-to-change", DELGADO, "Resistance to change fell when staff shaped the new rota",
  "The new e-rostering rules met strong resistance until ward staff were asked to design the rules themselves.",
  "Involve the people affected in designing the change from the start.", polarity="sustain", dept="Transformation office", kw=["resistance to change", "change management", "e-rostering"])
I("inn-contact-centre", FAIRCLOUGH, "Single point of contact for outpatient appointments",
  "Patients rang up to six numbers to change an appointment and a third of calls were abandoned.",
  "One contact centre number with call-back, and a contact-us web form. Switchboard staff trained to answer common queries.",
  dept="Contact centre and switchboard", kw=["contact centre", "single point of contact", "telephone"], stage="implemented", type_="process_admin")
L("lesson-switchboard-lines", FAIRCLOUGH, "Phone lines crashed during the snow",
  "When staff rang in sick during the snow, the switchboard lines were overwhelmed and urgent calls waited.",
  "Set up a separate absence line and a recorded message in severe weather.", dept="Contact centre and switchboard", kw=["phone lines", "business continuity", "switchboard"])
L("lesson-pharmacy-quarantine", KAPOOR, "Quarantine area for recalled medicines was in the wrong place",
  "Stock awaiting a recall decision was kept in quarantine next to usable stock and one box was issued.",
  "Keep quarantined stock in a locked, labelled cage away from the dispensary.", dept="Pharmacy stores", kw=["quarantine", "medicines recall", "stock control"])
L("lesson-courier-carrier", KAPOOR, "New carrier lost urgent parcels between sites",
  "The new courier carrier did not know the site layout and urgent medicines went to the wrong building.",
  "Give couriers a site map and a named contact at each site.", dept="Pharmacy stores", kw=["courier", "carrier", "deliveries"])
I("inn-staff-fitness-testing", HADLEY, "Free fitness testing and health checks for staff",
  "Staff wanted to get fitter but did not know where to start.",
  "The staff gym offers a fitness test (grip strength, step test, BMI, blood pressure) and a 12-week plan. Fit for the Future challenge between departments.",
  dept="Staff wellbeing", kw=["fitness testing", "staff health", "physical activity"], stage="implemented", type_="service_model")
I("inn-green-stewardship", YUSUF, "Green plan: environmental stewardship of energy and waste",
  "The trust's carbon footprint had to fall to meet the Greener NHS targets.",
  "Energy stewards on each ward switch off equipment, and waste is segregated into recycling, offensive and clinical streams. 'Gloves off' campaign reduced unnecessary glove use by a third, with the IPC team's agreement.",
  team=[(ASANTE, "team_member")], dept="Sustainability", kw=["sustainability", "stewardship", "net zero", "waste", "gloves"], stage="implemented", type_="service_model")
L("lesson-dust-exposure", BARNES, "Dust exposure during building work needs COSHH assessment",
  "Contractors drilling in a corridor exposed staff to dust and noise without a COSHH assessment.",
  "Require a COSHH and noise assessment before any work in occupied areas.", dept="Health and Safety", kw=["COSHH", "dust exposure", "noise exposure"])
L("lesson-finance-pump-priming", DESAI, "Pump-priming funds need an exit plan",
  "Three projects funded with pump-priming money stopped when the money ran out because no business case followed.",
  "Ask for the recurrent funding plan before releasing pump-priming money.", dept="Finance", kw=["pump priming", "funding", "business case"])
S("story-morale-booster", "km_success_story", "Ward manager", "A morale booster for the winter: thank-you cards from patients",
  "Staff morale was low after a hard winter.", "We pinned patients' thank-you cards on a 'wall of kindness' and read one at every handover.",
  "Staff said it was a real booster; sickness absence on the ward fell slightly.", person=OBI, dept="Heron Ward (infectious diseases)", kw=["morale", "staff wellbeing"])
L("lesson-host-team-peer-assist", FENWICK, "The host team should write the peer assist question",
  "Peer assists went off track when the facilitator wrote the question instead of the host team.",
  "Ask the host team to agree the problem statement before peers are invited.", polarity="sustain", dept="Knowledge and Library Services", kw=["peer assist", "host team", "facilitation"])
L("lesson-clearance-backlog", FAIRCLOUGH, "Clearing the letters backlog with overtime did not last",
  "The clearance of the clinic letter backlog with weekend overtime worked for a month, then the backlog returned.",
  "Fix the underlying typing capacity before funding backlog clearance.", dept="Contact centre and switchboard", kw=["backlog clearance", "clinic letters"])
L("lesson-exposure-media", CARTER, "Media exposure of the HLIU needs one spokesperson",
  "When national news covered our isolation unit, three different staff gave interviews with different messages.",
  "Name one spokesperson and route all media requests through communications.", dept="Communications", kw=["media", "press", "HLIU"])
S("story-theatre-of-spread", "km_success_story", "Innovation manager", "How the 'bug-drug' teaching idea spread to three trusts",
  "We wanted to know how innovations spread between trusts in the network.",
  "The innovation team tracked one innovation - ward-round antibiotic teaching - as it was taken up by Tarnside Hospitals and two others.",
  "Spread needed a named spread agent in each trust and a one-page recipe; money mattered less than people.", person=GREAVES, working_with=[GREAVES], dept="Innovation and Improvement", kw=["spread", "adoption", "network"])
