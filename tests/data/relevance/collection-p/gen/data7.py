from lib import inn, story, lesson, aar, retro, peer, cafe
from ids import *
inn("inn-lrd-group-session","Pre-surgery diet group session two weeks before the operation",DIET,LOW,[MBE,ADE],["lrd"],
 "Patients got the pre-surgery diet sheet in the post and many phoned with the same questions: can I have coffee, what if I am hungry, what about my tablets.||A one-hour group session, in person or online, two weeks before the operation date explains the low calorie, low carbohydrate diet that shrinks the liver, with tasting of the shakes and soups and a question and answer session with the dietitian.", stage="implemented")
lesson("lesson-osa-rescreen-weight-gain","Repeat sleep apnoea screening if weight has gone up",BS,PAT,["osa"],
 "STOP-BANG done years earlier at tier 3 missed severe apnoea that developed as weight rose.||Repeat the screening at pre-assessment for every patient, whatever was found before.")
lesson("lesson-snoring-partner","Ask the partner about snoring and pauses in breathing",BS,SAT,["osa"],
 "Patients often do not know they stop breathing at night; one man's wife told us 'he stops breathing and then gasps'.||Ask partners about loud snoring, pauses in breathing and daytime sleepiness at pre-assessment.")
story("story-glp1-icb-rollout","ICB question on rolling out tirzepatide in primary care",T3,ALD,[BEL,NOV],["glp1","lks"],
 "The ICB asked the network how many people would be eligible for the new weight loss injections and what wraparound support is needed.||Evidence summary on NICE technology appraisal criteria and published uptake models, with the pharmacist's supply notes.||The network's paper was used in the ICB's phased rollout plan.")
aar("cap-aar-glp1-not-stopped","AAR: bariatric operation postponed because semaglutide was not stopped",BS,OYE,[CAR,NOV,PAT],["glp1"],
 "A patient on weekly semaglutide from a private provider was not asked about it.||Patients stop GLP-1 medicines in time before surgery.||The anaesthetist postponed the operation on the day because of delayed stomach emptying.||Pre-assessment medicines list did not prompt about private weight loss injections.", held="2025-10-22")
inn("inn-hydration-texts-bypass","Hydration text reminders after gastric bypass",BS,DES,[TIW,MBE],["bypass","erabs"],
 "Dehydration was the main reason for readmission after gastric bypass.||Texts on days 1 to 7 after discharge remind people to sip 1.5 litres a day and give the ward number.", stage="testing")
lesson("lesson-band-slip","Sudden intolerance of solids in a band patient is an emergency",BS,WHI,["band"],
 "A patient with a slipped gastric band was told to wait for the next fill clinic.||Anyone with a band who suddenly cannot keep solids or fluids down needs same-day review and the band emptied.")
inn("inn-vte-self-injection-teaching","Teaching patients to give their own blood-thinning injections",BS,TIW,[NOV],["vte"],
 "Patients going home on extended clot prevention injections were not confident to inject, and some stopped.||Nurses teach self-injection of low molecular weight heparin on the ward, with a video and sharps bin supplied.", stage="implemented")
aar("cap-aar-ward-puddings","AAR: sugary puddings on the post-op menu",DIET,OYE,[MBE,TIW],["dumping"],
 "Two bypass patients had dumping after eating puddings from the standard ward menu.||Post-op bariatric patients get the bariatric diet stage menu.||Catering sent the standard menu because the diet code was not on the board.||Diet stage code missing from the bedside board.", held="2025-05-28")
lesson("lesson-equip-bed-at-preassessment","Order the bariatric bed at pre-assessment",BS,GRI,["equip"],
 "Patients over 200 kg waited on trolleys because the bed was ordered on the day.||Record weight and order the right bed and chair at pre-assessment.")
story("story-stigma-patient-voice","'I was called non-compliant': a patient's story shared at induction",T3,QUI,[HAL],["stigma"],
 "A patient told us a letter described her as non-compliant when she had missed a session to care for her mother.||Her story is now told at staff induction, with her permission.||Staff say it changed how they write letters.", kind="learning_from_setback", asker_role="Patient")
inn("inn-tier3-adapted-groups","Culturally adapted group education in Urdu and Punjabi",T3,LOW,[ADE,QUI],["tier3"],
 "South Asian patients dropped out of the weight management programme more often.||Sessions delivered in Urdu and Punjabi with recipes from home cooking and family members welcome.", stage="evaluated")
lesson("lesson-peer-online-forum","A moderated online forum needs clear rules",T3,KER,["peer"],
 "Our online peer support forum had posts recommending unlicensed weight loss products.||Publish house rules and have a clinician check the forum weekly.")
lesson("lesson-pregnancy-vitamin-a","Check vitamin A before pregnancy after a bypass","Women's Services",FEN,["pregnancy","vits"],
 "Low and high vitamin A can both harm a baby; some women were taking extra over-the-counter vitamins.||Check vitamin A when a woman plans pregnancy after bariatric surgery and review her supplements.")
inn("inn-prehab-walking","Prehabilitation walking programme before bariatric surgery","Therapies",ACH,[CAR],["erabs"],
 "Fitness before surgery predicts recovery.||A step-count target and weekly phone check from the physio in the six weeks before the operation.", stage="testing")
lesson("lesson-leak-sepsis","A leak can look like a chest infection",BS,SHA,["leak"],
 "A patient with a staple line leak was treated for pneumonia for 24 hours because of left-sided chest pain and fever.||Any sepsis after bariatric surgery is a leak until proven otherwise; do a CT.")
story("story-hernia-ct-signs","Evidence summary on CT signs of internal hernia after bypass",BS,OKA,[BEL],["hernia","lks"],
 "The consultant asked which CT signs best predict an internal hernia after Roux-en-Y bypass.||Summary of diagnostic accuracy studies including the mesenteric swirl sign.||Shared with radiology; reports now comment on the swirl sign.")
lesson("lesson-regain-glp1","Weight loss medicine can help regain after a sleeve",BS,ALD,["regain","glp1"],
 "Several patients with weight regain after sleeve gastrectomy responded to GLP-1 treatment without further surgery.||Consider medication before revisional surgery.")
lesson("lesson-balloon-diet-stages","Diet stages after a gastric balloon",DIET,MBE,["balloon"],
 "Patients ate normally straight after balloon insertion and were sick.||Liquids for 3 days, then pureed food, before normal texture.")
inn("inn-b12-self-injection","B12 self-injection at home after gastric bypass",BS,FEN,[NOV],["vits","bypass"],
 "Three-monthly B12 injections meant a clinic visit each time and many were missed.||Patients who want to are taught to self-inject hydroxocobalamin at home and record it in the app.", stage="implemented")
lesson("lesson-scales-seated","Use seated scales for patients who cannot stand",BS,OSE,["scales"],
 "Frail patients after surgery were not weighed because they could not stand on the ward scale.||Use the seated or hoist scale and record which was used.")
story("story-revision-evidence","Evidence summary: sleeve to bypass conversion for reflux",BS,WHI,[BEL],["regain","sleeve","lks"],
 "Mr Whitlock asked for outcomes of converting a sleeve to a bypass for severe reflux or weight regain.||Search of cohort studies.||Conversion criteria added to the revisional surgery policy.")
# distractors added with two trap people
lesson("lesson-payroll-band-adjustments","Band adjustments after the banding review hit the wrong pay month","Finance",STO,["d_band"],
 "After the job evaluation review, band adjustments and back pay for 60 staff were keyed into the wrong pay month, so staff were taxed at a higher rate.||Agree the effective date with HR and run band adjustments in the month they apply.")
inn("inn-office-moves-crates","Crate system and moving and handling plan for department moves","Facilities",DOY,[GRI],["d_move"],
 "Office moves relied on staff carrying boxes and heavy filing cabinets, and two back injuries were reported.||Numbered plastic crates, a moving and handling risk assessment for each move, and porters for anything over 20 kg. Used for the tier 3 admin office move.", stage="implemented")
