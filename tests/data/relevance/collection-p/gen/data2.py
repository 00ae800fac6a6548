from lib import inn, story, lesson, aar, retro, peer, cafe
from ids import *
# ---- bariatric equipment, moving and handling
inn("inn-bariatric-kit-store","One bariatric equipment store with a 30-minute delivery promise","Health and Safety",GRI,[HAR,OSE],["equip"],
 "Wards could not find bariatric beds, wide commodes and hoists rated for heavier patients. Staff improvised, and two staff injuries were reported in a year.||A central store holds bariatric beds, wide wheelchairs, commodes, a standing hoist with extra-large slings and a bariatric trolley. Porters deliver within 30 minutes of a call. Each item shows its safe working load.",
 stage="embedded", kw=["bariatric equipment","hoist","safe working load","moving and handling"])
lesson("lesson-equip-swl","Check the safe working load before transfer",BS,GRI,["equip"],
 "A standard commode was used for a patient who weighed more than its safe working load; it gave way, though nobody was hurt.||Always check the safe working load label against the patient's latest weight before using equipment.")
aar("cap-aar-plus-size-transfer","AAR: moving a 260 kg patient from A&E to the ward",BS,OYE,[GRI,OSE,TIW,CLA],["equip"],
 "Learn from a difficult transfer of a very heavy patient.||Patient moved on a bariatric bed within an hour.||It took four hours; the bed did not fit the lift and the trolley had to be borrowed from Tolland Vale.||No plan for patients over 250 kg; lift door width not known.", held="2025-04-08", kw=["plus-size","transfer","bed"])
story("story-equip-home-discharge","Wider doorways: OT home visit avoided a delayed discharge","Therapies",CLA,[GRI],["equip"],
 "A man weighing 210 kg was ready to go home after surgery but could not get through his bathroom door with a standard frame.||The occupational therapist arranged a home visit and ordered a wider frame and bath board rated for his weight.||He went home the same week instead of waiting for a care package.", kind="km_success_story", asker_role="Ward manager")
inn("inn-moving-handling-training","Bariatric moving and handling training for ward staff","Health and Safety",GRI,[ACH],["equip"],
 "Ward staff had only generic manual handling training.||Half-day practical course on moving and handling larger patients: slide sheets, hoisting with extra-large slings, rolling, and getting someone up from the floor.", stage="implemented")
lesson("lesson-equip-lift-width","Measure lift and door widths on the transfer route",BS,GRI,["equip"],
 "Bariatric beds did not fit the older lift in the Tolland wing.||Map transfer routes for bariatric beds, including lift door widths, and keep them with the equipment store.", source="cap-aar-plus-size-transfer")
# ---- tier 3
inn("inn-tier3-virtual-groups","Virtual group sessions in tier 3 cut DNAs by a third",T3,ADE,[LOW,ALD],["tier3"],
 "About 30% of people booked into tier 3 group education did not attend, often because of work or travel.||We moved six of the twelve group sessions online in the evening, with a phone check-in for anyone who missed one. Face-to-face sessions kept for weighing and the first and last meetings.",
 stage="evaluated", kw=["tier 3","DNA","virtual groups","did not attend"])
retro("cap-retro-tier3-redesign","Retrospect: redesign of the specialist weight management programme",T3,OYE,[ALD,LOW,HAL,ADE,MOR],["tier3"],
 "Look back at the first year of the redesigned tier 3 programme.||A 12-month MDT weight management programme with dietetic, psychology, physical activity and medical input.||Mixing group sessions with one-to-one reviews kept people engaged.||Agree the referral criteria with the ICB before launch.")
lesson("lesson-tier3-referral-criteria","Unclear referral criteria flooded the tier 3 waiting list",T3,ALD,["tier3"],
 "GPs referred anyone with a BMI over 35 because the criteria were unclear, and the wait went to 18 months.||Publish criteria with the ICB and return referrals that do not meet them with advice.")
story("story-tier3-portion-plates","Portion control plates: evidence summary for the group education team",T3,LOW,[BEL],["tier3","lks"],
 "Do portion control plates help people lose weight?||Evidence summary of the few trials.||Small benefit; plates are now shown in group but not bought for everyone.")
inn("inn-tier3-physical-activity","Chair-based activity sessions in the weight management programme",T3,LOW,[ACH],["tier3"],
 "Many participants in the specialist weight management service found gym-based activity off-putting or painful.||Weekly chair-based exercise session run by a physiotherapist with a handout for home.", stage="testing")
# ---- psychology
inn("inn-psych-screen-questionnaire","Psychology screening questionnaire before bariatric surgery",T3,HAL,[IBR],["psych"],
 "Every patient had a full psychology assessment before surgery, creating an eight-month wait.||A questionnaire (binge eating scale, PHQ-9, GAD-7, alcohol use) sorts patients: those with no concerns see the psychologist once; those with possible binge eating disorder or low mood get the full assessment.",
 stage="evaluated", kw=["psychological assessment","binge eating","questionnaire"])
inn("inn-emotional-eating-group","Emotional eating group for people waiting for surgery",T3,IBR,[HAL],["psych"],
 "Comfort eating and eating when stressed were common among people on the surgical pathway.||Six-week group using CBT techniques: noticing triggers, urge surfing, and planning alternatives.", stage="implemented")
lesson("lesson-psych-alcohol","Ask about alcohol after surgery",T3,HAL,["psych","bypass"],
 "Two patients developed problem drinking a few years after gastric bypass; nobody had asked at follow-up.||Ask about alcohol at every follow-up and explain that alcohol hits harder after a bypass.")
story("story-psych-bed-evidence","Binge eating disorder and surgery outcomes: what the evidence says",T3,HAL,[BEL],["psych","lks"],
 "Should binge eating disorder delay bariatric surgery?||Literature search and appraisal.||The service no longer excludes people with BED but requires treatment first.")
# ---- scales and weighing
inn("inn-scales-platform","Wheelchair platform scales in every clinic room",T3,MOR,[HAR],["scales","stigma"],
 "People who use wheelchairs or cannot stand on a small scale were not weighed, or were sent to another building. Some found it humiliating.||We bought wheelchair platform scales rated to 350 kg and moved weighing into a private room. Staff ask permission before weighing and do not read the number out unless asked.",
 stage="implemented", kw=["weighing scales","weighing","dignity"])
lesson("lesson-scales-calibration","Uncalibrated scales gave wrong weights for drug doses","Clinical Engineering",HAR,["scales"],
 "A ward scale was reading 4 kg light; it had missed its annual calibration.||Add every scale to the medical devices asset list and label it with the calibration due date.")
aar("cap-aar-weighing-audit","AAR: audit of weights recorded on admission",BS,OYE,[MOR,HAR,OSE],["scales","vte"],
 "Drug doses such as low molecular weight heparin depend on weight; we checked whether weights were measured or guessed.||Every patient weighed on admission.||One in five weights was estimated or copied from clinic letters.||Ward scale broken for two weeks; no spare.", held="2025-07-01")
lesson("lesson-scales-weigh-privately","Weigh people in private, not in the corridor",T3,MOR,["scales","stigma"],
 "Patients told us being weighed in the corridor put them off coming back.||Always weigh in a private room.", polarity="improve")
# ---- intragastric balloon
inn("inn-balloon-service","Endoscopic intragastric balloon for patients too high risk for surgery",BS,WHI,[NG],["balloon"],
 "Some patients with a very high BMI were too high risk for an anaesthetic and operation.||Endoscopic insertion of a fluid-filled gastric balloon for six months to bring weight down before surgery.", stage="testing", kw=["IGB","balloon"])
lesson("lesson-balloon-removal-date","Book balloon removal at the time of insertion",BS,WHI,["balloon"],
 "One intragastric balloon stayed in for nine months because no removal was booked.||Book the removal endoscopy on the day the balloon goes in.")
story("story-balloon-evidence","Evidence for swallowable gastric balloons",BS,WHI,[BEL],["balloon","lks"],
 "Is a swallowable balloon safe enough to offer without endoscopy?||Search and summary including MHRA alerts.||The team decided not to offer swallowable devices yet.")
# ---- sleep apnoea
inn("inn-osa-stopbang","STOP-BANG screening for sleep apnoea at pre-assessment","Pre-operative Assessment",PAT,[CAR,SAT],["osa"],
 "Undiagnosed obstructive sleep apnoea in bariatric patients can cause breathing problems after an anaesthetic, and some operations were cancelled on the day.||All bariatric patients complete STOP-BANG at pre-assessment. A score of 5 or more triggers home overnight oximetry and, if positive, CPAP started at least 6 weeks before surgery.",
 stage="embedded", kw=["OSA","STOP-BANG","CPAP","sleep study"])
lesson("lesson-osa-bring-cpap","Patients must bring their CPAP machine into hospital",BS,CAR,["osa"],
 "A patient left his CPAP machine at home and desaturated overnight after surgery.||Tell patients at pre-assessment to bring their mask and machine, and check on admission.")
story("story-osa-oximetry","Faster sleep studies: evidence for home oximetry","Sleep and Respiratory Physiology",SAT,[BEL],["osa","lks"],
 "The sleep service wanted to replace hospital sleep studies with home oximetry for pre-op patients.||Evidence summary on accuracy of overnight oximetry for moderate to severe obstructive sleep apnoea.||Home oximetry is now first line; waiting time for a sleep study fell from 12 weeks to 3.")
aar("cap-aar-osa-cancellation","AAR: surgery cancelled for untreated sleep apnoea",BS,OYE,[CAR,PAT,SAT],["osa"],
 "An operation was cancelled on the day because the anaesthetist found severe untreated OSA.||Screening at pre-assessment would find it.||The questionnaire was done at tier 3 two years earlier and not repeated.||Screening results were not refreshed when weight went up.", held="2024-11-12")
# ---- VTE
inn("inn-vte-extended-prophylaxis","Extended blood clot prevention after bariatric surgery",BS,NOV,[SHA,TIW],["vte"],
 "Two patients had a pulmonary embolism in the month after surgery, after in-hospital prophylaxis only.||Weight-adjusted low molecular weight heparin for 14 days after discharge for higher risk patients, with the first dose taught on the ward.",
 stage="evaluated", kw=["VTE","LMWH","thromboprophylaxis","pulmonary embolism"])
lesson("lesson-vte-dose-weight","Dose enoxaparin on actual weight",BS,NOV,["vte","scales"],
 "Standard doses of enoxaparin were given to patients over 150 kg.||Use the weight-banded dosing table and a measured weight.")
story("story-vte-evidence","Evidence summary: how long should thromboprophylaxis continue after bariatric surgery?",BS,SHA,[BEL],["vte","lks"],
 "The fellow was writing a guideline on venous thromboembolism prevention.||Search of guidelines (NICE NG89, ASMBS) and cohort studies.||The guideline adopted extended prophylaxis for high-risk groups.")
# ---- GLP-1 / medicines
inn("inn-glp1-clinic","Specialist weight loss medicine clinic (semaglutide and tirzepatide)",T3,ALD,[NOV,MOR],["glp1"],
 "New weight loss injections were recommended by NICE but demand outstripped supply and GPs were unsure who should prescribe.||A nurse and pharmacist led clinic inside tier 3 starts semaglutide or tirzepatide alongside diet and activity support, titrates the dose and monitors side effects such as nausea and constipation.",
 stage="implemented", kw=["GLP-1","semaglutide","tirzepatide","weight loss injections"])
lesson("lesson-glp1-shortage","Plan for supply shortages of weight loss injections",T3,NOV,["glp1"],
 "Supply problems left patients mid-titration without pens.||Agree a plan with community pharmacies before starting new patients.")
story("story-glp1-before-surgery","Evidence on stopping GLP-1 medicines before an anaesthetic",BS,CAR,[BEL],["glp1","osa","lks"],
 "Do people on GLP-1 receptor agonists need to stop them before surgery because of slow stomach emptying?||Search for guidance and case reports of aspiration.||Local guidance now tells patients when to stop before a bariatric operation.")
cafe("cap-cafe-weight-loss-jabs","Knowledge cafe: weight loss jabs and the future of surgery",T3,OYE,[ALD,OKA,NOV,HAL],["glp1","tier3"],
 "Staff discussion on how new medicines change the pathway.||Will injections replace surgery for some patients?||Most staff expect both; surgery still needed for some; worry about regain when injections stop")
