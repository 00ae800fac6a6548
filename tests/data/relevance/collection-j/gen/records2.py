from lib import inn, story, lesson, aar, retro, peer
from records1 import *
# ---- distractors
story("story-swim-club","Staff swim club: learning front crawl stroke at lunchtime",HR,"Wellbeing champion",
 "Staff wanted exercise that was kind to joints.", "We booked the hydrotherapy pool for a lunchtime swim club with a coach who teaches breaststroke and front crawl stroke technique.",
 "Forty staff joined; many said their stroke improved and their stress fell.", person="person-chloe-ambrose", kw=["swimming","wellbeing"])
lesson("lesson-fit-test-ffp3","Fit testing for FFP3 masks must be repeated when the model changes",HR,
 "Staff passed a fit test on one FFP3 mask but the supplier changed the model.", "Repeat fit testing whenever the respirator model changes.", owner="person-keziah-mwangi", kw=["fit testing","FFP3"])
inn("inn-fit-notes","Faster fit notes and return to work for staff","person-keziah-mwangi",HR,
 "Managers were unsure how to support staff returning with a fit note.", "Occupational health wrote a phased return guide and a manager's checklist for fit notes.", kw=["fit note","return to work"])
inn("inn-shared-drive","Moving the shared drive to cloud storage","person-lina-petrosyan",IT,
 "The S: drive was full and files were lost.", "We migrated the shared drive to cloud storage team by team, with a clean-up week before each move.", kw=["shared drive","cloud","migration"])
story("story-disciplinary-hearing","Making disciplinary hearings fairer and quicker",HR,"Employee relations manager",
 "Disciplinary hearings took months to arrange and staff felt unsupported.", "We introduced a just culture check before any hearing and trained panel chairs.",
 "Fewer cases reach a hearing; average time to a hearing fell from 14 to 6 weeks.", person="person-martin-oyelaran", kw=["disciplinary","hearing","just culture"])
inn("inn-first-aid-volunteers","First aid training for volunteers","person-dafydd-pryce",VOL,
 "Volunteers in the café and on reception did not know what to do if someone collapsed.", "A half-day first aid course for all volunteers, including CPR and what to do if someone has a seizure in public areas.", kw=["first aid","volunteers"], team=["person-zoe-kirkbride"])
lesson("lesson-budget-balance","Balance the budget monthly, not at year end","Finance",
 "Departments found overspends too late to act.", "Review the budget balance with each manager every month.", owner="person-ian-fotheringham", kw=["budget"])
story("story-work-life-balance","Flexible rostering improves work-life balance",HR,"Ward manager",
 "Nurses on the spinal unit said their work-life balance was poor.", "We used self-rostering and team-based flexible working.", "Turnover fell and staff survey scores improved.", person="person-gemma-fairweather", kw=["flexible working","wellbeing"])
lesson("lesson-plate-waste","Plate waste fell when patients chose meals on the day","Catering",
 "Patients ordered meals a day ahead and much was left on the plate.", "Offer same-day meal choice with pictures on a tablet.", owner="person-abigail-thorne", kw=["catering","food waste"])
inn("inn-anpr-car-park","Number plate recognition in the staff car park","person-yusuf-dar",EST,
 "Staff permits were shared and patients could not park.", "Automatic number plate recognition cameras replaced paper permits.", kw=["car park","ANPR"])
lesson("lesson-pool-car-shunt","Report minor shunts in pool cars the same day",TR,
 "A pool car had a low-speed shunt in the car park and the damage was found a week later.", "Drivers must report any shunt or scrape before returning the keys.", owner="person-barry-stenhouse", kw=["pool car","vehicle damage"])
inn("inn-transport-dropoff","Drop-off point and shuttle for outpatient transport","person-barry-stenhouse",TR,
 "Outpatients on hospital transport were dropped at the main entrance far from the clinics.", "A covered drop-off point by the rehabilitation wing and a shuttle buggy driven by volunteers.", kw=["patient transport","shuttle"])
lesson("lesson-complaint-tone","Tone of voice in complaint responses matters","Patient Experience",
 "Complainants said our letters sounded defensive.", "Read replies aloud and check the tone before sending.", owner="person-nadia-kowalczyk", kw=["complaints"])
aar("cap-aar-ventilation-failure","After action review: theatre ventilation failure",EST,
 "To learn from the failure of an air handling unit serving neurosurgical theatres.",
 "Planned maintenance without cancelling operations.", "The ventilation failed for 3 hours and two operations were postponed.",
 improve=["Keep a spare fan motor on site"], facilitator="person-ruth-lamont", people=["person-terry-vaughan"], kw=["ventilation","air handling","estates"])
lesson("lesson-blocked-drains","Blocked drains in the hydrotherapy changing rooms",EST,
 "Hair and tape caused repeated blocked drains and flooding.", "Fit drain guards and check them weekly.", owner="person-terry-vaughan", kw=["drains","hydrotherapy"])
story("story-writers-block","Creative writing group beats writer's block",VOL,"Arts coordinator",
 "Patients on long rehabilitation stays said they were bored.", "Volunteers run a weekly creative writing group; the first session was on writer's block.", "Patients wrote an anthology.", person="person-jess-holroyd", kw=["arts","creative writing"])
inn("inn-block-booking","Block booking outpatient rooms to cut clinic cancellations","person-owen-madoc","Outpatients",
 "Clinics were cancelled because rooms were double booked.", "Rooms are now block booked by specialty for a year, with a room-release rule.", kw=["room booking","outpatients"])
lesson("lesson-seized-castors","Seized castors on shower chairs",EST,
 "Shower chair castors seized after a few months because of limescale.", "Rinse and lubricate shower chair castors every week.", owner="person-terry-vaughan", kw=["shower chair","equipment"])
story("story-chair-yoga","Chair yoga for volunteers and staff",VOL,"Volunteer coordinator",
 "Older volunteers wanted gentle exercise.", "A weekly chair-based yoga class in the chapel.", "Volunteers feel more connected.", person="person-zoe-kirkbride", kw=["yoga","volunteers"])
inn("inn-screen-refresh","Computer screen refresh for clinics","person-owen-madoc",IT,
 "Old monitors in clinic rooms were too small to view scans and letters side by side.", "We replaced 300 computer screens with dual screens in clinic rooms.", kw=["screens","monitors"])
lesson("lesson-phone-lines-clinic","Patients could not get through on the clinic phone lines",IT,
 "Clinic phone lines were engaged all morning.", "Add a call queue and text message reminders.", owner="person-owen-madoc", kw=["telephones"])
story("story-nerves-interview","Overcoming interview nerves: a coaching scheme",HR,"Healthcare assistant",
 "Healthcare assistants applying for nurse training said nerves let them down at interview.", "HR and wellbeing ran mock interviews and coaching.", "Eight of ten were offered places.", person="person-gemma-fairweather", kw=["careers","interviews"])
inn("inn-telematics-fleet","Vehicle telematics for the patient transport fleet","person-barry-stenhouse",TR,
 "We did not know where transport vehicles were or why journeys overran.", "Telematics boxes track each vehicle's route, idling and harsh braking.", kw=["telematics","fleet"])
story("story-heatstroke-staff","Keeping staff safe from heat stroke in the laundry",EST,"Estates manager",
 "During the heatwave laundry staff felt faint.", "We moved shifts earlier and gave cool water and breaks; the library found guidance on heat illness at work.", "No staff were taken ill.", person="person-terry-vaughan", kw=["heatwave","heat illness"], working_with=["person-rosalind-achebe"])
inn("inn-recruitment-drive","Recruitment drive for healthcare support workers","person-gemma-fairweather",HR,
 "We had 40 healthcare support worker vacancies.", "A recruitment drive with open days and same-day offers.", kw=["recruitment"])
inn("inn-xmas-switch-on","Christmas lights switch-on raises charity funds","person-zoe-kirkbride",VOL,
 "The charity wanted a community event.", "A lights switch-on with the staff choir and a raffle.", kw=["charity","events"], team=["person-jess-holroyd"])
lesson("lesson-transfer-data","Check data transfer agreements before sharing spreadsheets",IT,
 "A spreadsheet was sent to a supplier without a data sharing agreement.", "Check the data transfer agreement with the IG team first.", owner="person-lina-petrosyan", kw=["information governance"])
# ---- more corporate (real topics)
inn("inn-volunteer-befriending","Volunteer befrienders on the long-stay rehab wards","person-zoe-kirkbride",VOL,
 "Patients on the spinal and brain injury units stay for months and feel lonely.", "Trained volunteer befrienders visit weekly and run games and music sessions.", kw=["volunteers","loneliness"])
inn("inn-staff-wellbeing-hub","Staff wellbeing hub and psychological support","person-gemma-fairweather",HR,
 "Staff burnout and sickness absence were high after winter pressures.", "A wellbeing hub with rest space, peer support, and fast access to psychological therapy for staff.", kw=["wellbeing","burnout","sickness absence"], stage="evaluated")
