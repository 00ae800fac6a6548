from lib import *
IT = "Digital Services, Calder Valley GP Federation"
inn("inn-dse-screens","Display screen equipment assessments done online",IT,"person-theo-marchetti",
 "Staff with new home-working setups had no DSE assessment; back and neck complaints rose.",
 "An online display screen equipment self-assessment, with IT sending second screens, monitor arms and headsets where needed.",kw=["DSE","screens","home working"],setting="corporate")
inn("inn-waiting-room-screens","Patient call screens in waiting rooms",IT,"person-theo-marchetti",
 "Patients missed being called because receptionists shouted names.",
 "Digital call screens show patient initials and room; the screens also show health messages, including reminders about bowel cancer screening and flu jabs.",kw=["screens","waiting room"])
les("les-screen-sharing-teams","Screen sharing froze during the virtual MDT",IT,"person-theo-marchetti",
 "Sharing x-ray images by screen share in Teams froze on practice Wi-Fi.",
 "Share images through the viewer link, not screen share.",kw=["Teams","screen share"])
aar("cap-fire-drill-smoke","AAR: fire evacuation drill with smoke machine","Estates, St Aldhelm's","2026-01-22","person-olu-bankole",
 "Review the ward fire drill.","Evacuate the ward horizontally in 10 minutes.","Took 16 minutes; smoke machine set off a second zone.",parts=["person-gail-pryce"],kw=["fire safety","smoke"])
les("les-smoke-detector-pharmacy","Toaster set off the smoke detector and emptied the pharmacy","Estates, St Aldhelm's","person-gail-pryce",
 "A toaster in the staff room triggered the smoke alarm three times in a month.",
 "Move the toaster and fit a heat detector in kitchens.",kw=["fire alarm","smoke"])
aar("cap-spine-outage","AAR: NHS Spine outage on a Monday morning",
 "Digital, NHS Wexcalder ICB","2026-03-02","person-olu-bankole",
 "Review how practices and pharmacies coped when the Spine was down.",
 "Business continuity plans used; prescriptions still issued.","Pharmacies could not download EPS prescriptions for 3 hours; PDS lookups failed.",parts=["person-dan-whitcombe","person-callum-reid"],kw=["Spine","EPS","business continuity"])
les("les-spine-smartcards","Smartcard access to Spine for locums","Digital, NHS Wexcalder ICB","person-dan-whitcombe",
 "Locum GPs could not access the Spine because their smartcard roles were not set.",
 "Assign RBAC roles before the first shift.",kw=["smartcard","Spine"])
inn("inn-joint-commissioning","Joint commissioning of community equipment","Joint Commissioning, NHS Wexcalder ICB","person-rosa-kellerman",
 "The council and NHS bought equipment separately.",
 "A pooled budget and one joint contract for community equipment under a section 75 agreement.",kw=["joint working","pooled budget"],setting="corporate")
sto("story-joint-training-day","Joint training day for council and NHS staff","Joint Commissioning","Joint commissioning manager",
 "Council and NHS staff did not understand each other's roles.",
 "A joint training day with mixed tables.","Staff said they now knew who to call.",kind="km_success_story",working=["person-rosa-kellerman"])
retro("cap-staff-quit-survey","Retrospect: why staff quit in their first year","People Team, NHS Wexcalder ICB","2026-04-15","person-olu-bankole",
 "Look back on the first-year leavers project.",["Understand why new starters quit","Cut first-year leavers by 20%"],achieved=["Buddy scheme"],recs=["Exit conversations at six months"],parts=["person-liam-fairbrother"])
inn("inn-stay-conversations","Stay conversations to keep experienced staff","People Team, NHS Wexcalder ICB","person-liam-fairbrother",
 "Experienced nurses and receptionists were quitting.",
 "Managers hold stay conversations about flexible working.",kw=["retention"],setting="corporate")
les("les-weighted-capitation","Weighted capitation underfunds our deprived practices","Finance, NHS Wexcalder ICB","person-yvonne-bell",
 "The Carr-Hill weighting does not fully reflect deprivation.",
 "Use local weighting for PCN enhanced services.",kw=["allocations","funding formula"])
sto("story-panto-cast","Staff pantomime cast raises £3,000","Staff Wellbeing, St Aldhelm's","Arts and wellbeing coordinator",
 "Staff wanted something fun in winter.","The staff amateur theatre group put on a pantomime with a cast of 30 staff, from porters to surgeons.","£3,000 raised for the hospital charity.",kind="km_success_story",working=["person-carys-evans"])
inn("inn-vision-strategy","Launching the ICB's 2030 vision","Communications, NHS Wexcalder ICB","person-harvey-nolan",
 "Staff did not know the system's vision.","Roadshows and a short film about the 2030 vision and strategy.",kw=["vision","strategy"],setting="corporate")
les("les-equity-lens","Write every plan through an equity lens","Communications, NHS Wexcalder ICB","person-harvey-nolan",
 "Plans were written without considering who would miss out.",
 "Use an equity lens checklist.",kw=["equity"])
inn("inn-data-extraction","Automated data extraction from GP systems","Population Health, NHS Wexcalder ICB","person-ines-carvalho",
 "Manual data extraction from practices took weeks.","Nightly extraction into the ICB warehouse.",kw=["data extraction","warehouse"],setting="corporate")
les("les-boiler-pressure","Boiler pressure loss closed the hydrotherapy pool","Estates, St Aldhelm's","person-mark-tolley",
 "Pressure dropped in the main boiler and the hydrotherapy pool was closed for a week.",
 "Add the pressure system to the planned maintenance schedule.",kw=["pressure systems","estates"])
sto("story-staff-pressure-wellbeing","Supporting reception staff under pressure","People Team","Practice manager",
 "Receptionists were under huge pressure from abuse on the phones.",
 "Wellbeing sessions and a de-escalation course.","Sickness absence fell.",kind="km_success_story",working=["person-zara-lewin"])
les("les-wifi-booster","Wi-Fi booster fixed the pharmacy consultation room",IT,"person-theo-marchetti",
 "The consultation room had no Wi-Fi signal.","Fit a booster before the room is used for video consultations.",kw=["Wi-Fi","booster"])
les("les-crown-procurement","Crown Commercial Service framework saved tender time","Finance, NHS Wexcalder ICB","person-yvonne-bell",
 "A full tender for telephony would take months.","Use a CCS framework call-off.",polarity="sustain",kw=["procurement"])
les("les-filling-rota","Filling rota gaps with a staff bank","People Team, NHS Wexcalder ICB","person-liam-fairbrother",
 "Last-minute rota gaps in the same-day hub.","Use the federation staff bank.",kw=["rota","bank staff"])
inn("inn-orthodontic-braces","Orthodontic braces: IOTN triage of referrals","Orthodontics, Community Dental Service","person-farah-siddiqui",
 "Long waits for NHS braces.","Referrals triaged using IOTN; only grades 4-5 accepted.",kw=["orthodontics","braces"],setting="community")
