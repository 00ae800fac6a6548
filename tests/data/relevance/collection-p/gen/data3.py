from lib import inn, story, lesson, aar, retro, peer, cafe
from ids import *
# ---- weight stigma / language
inn("inn-stigma-letters","Rewriting clinic letters in people-first language",T3,HAL,[QUI,MOR],["stigma"],
 "Patients complained that letters called them 'morbidly obese' and 'non-compliant'. Some said they felt judged and stopped attending.||We agreed a language guide (say 'person living with obesity', describe weight change not 'failure', avoid 'non-compliant') and rewrote the letter templates. Audit of 50 letters before and after.",
 stage="evaluated", kw=["weight stigma","language","letters","people-first"])
cafe("cap-cafe-weight-bias","Knowledge cafe: weight bias in our own services",T3,OYE,[HAL,QUI,MOR,KER,TIW],["stigma"],
 "Staff and patients talked about where people living with obesity feel judged.||Where do people feel judged when they use our services, and what can we change?||chairs with arms in waiting areas; gowns that fit; blood pressure cuffs in the right size; staff comments overheard")
lesson("lesson-stigma-gowns","Stock gowns that fit",BS,QUI,["stigma","equip"],
 "Patients were given two standard gowns tied together, which they found undignified.||Stock larger gowns on every ward that takes bariatric patients.")
story("story-stigma-training","Evidence helped build weight bias training for reception staff",T3,QUI,[BEL,HAL],["stigma","lks"],
 "The patient experience lead wanted training on weight bias that was based on evidence, not just opinion.||Search for weight bias reduction interventions in healthcare.||A 45 minute session for reception and admin staff; 120 staff trained in the first year.")
# ---- enhanced recovery
inn("inn-erabs-protocol","ERABS: enhanced recovery protocol for bariatric surgery",BS,CAR,[OKA,TIW,ACH,MBE],["erabs"],
 "Recovery after bariatric surgery varied by surgeon and anaesthetist, and nausea kept people in hospital.||ERABS bundle: carbohydrate drinks not used in diabetics, opioid-sparing anaesthesia, nausea prophylaxis, walking within 4 hours, fluids on the evening of surgery, and criteria-led discharge.",
 stage="embedded", kw=["ERABS","enhanced recovery","PONV"])
lesson("lesson-erabs-ponv","Nausea is the main barrier to going home",BS,CAR,["erabs"],
 "Most patients who stayed a second night did so because of sickness, not pain.||Give two anti-sickness drugs at induction and a third on the ward if needed.")
story("story-erabs-walk","Walking on the day of surgery: physiotherapy story","Therapies",ACH,[TIW],["erabs"],
 "The physiotherapist wanted patients up and walking on the day of the operation.||Walks to the ward door and back 4 hours after surgery, recorded on a board.||Most patients now walk the same day; they report feeling more in control.", kind="innovation_story", asker_role="Physiotherapist")
# ---- peer support
inn("inn-peer-buddy","Buddy scheme pairs new patients with people who have had surgery",T3,KER,[QUI],["peer"],
 "People on the waiting list had lots of questions that staff did not have time for, and some felt alone.||Trained volunteers who have had bariatric surgery phone a new patient monthly until six months after the operation.",
 stage="implemented", kw=["peer support","buddy","volunteers"])
story("story-peer-support-group","Monthly support group keeps people coming to follow-up",T3,KER,[QUI],["peer"],
 "People stopped coming to follow-up clinics after the first year.||Volunteers run an evening support group at the library with a guest speaker each month.||Attendance at 2-year follow-up rose; people say the group feels safe.", kind="km_success_story", asker_role="Patient volunteer")
lesson("lesson-peer-safeguarding","Volunteers need supervision and a safeguarding route",T3,QUI,["peer"],
 "A volunteer was told about self-harm on a buddy call and did not know who to tell.||Give every volunteer a named supervisor and a written safeguarding route.")
# ---- pregnancy after surgery
inn("inn-pregnancy-pathway","Joint pathway for pregnancy after bariatric surgery","Women's Services",FAR,[FEN,MBE],["pregnancy","vits"],
 "Women who became pregnant after bariatric surgery were not always flagged to the antenatal team; some had the standard glucose tolerance test, which can cause dumping.||A joint clinic between the obstetric physician and the bariatric CNS: extra nutrition bloods each trimester, higher folic acid, no oral glucose tolerance test (capillary glucose monitoring instead), and dietitian review.",
 stage="implemented", kw=["pregnancy","antenatal","OGTT","contraception"])
lesson("lesson-pregnancy-contraception","Advise waiting 12 to 18 months before conceiving",BS,FEN,["pregnancy"],
 "Several women became pregnant within months of surgery, during rapid weight loss. Fertility often improves sooner than people expect and the oral contraceptive pill may be less reliable after a bypass.||Discuss non-oral contraception before surgery.")
story("story-pregnancy-evidence","Evidence search on pregnancy outcomes after bariatric surgery","Women's Services",FAR,[BEL],["pregnancy","lks"],
 "What are the risks for the baby after the mother has had bariatric surgery?||Search of systematic reviews.||Findings shared with midwives; babies are now growth-scanned.")
# ---- internal hernia
lesson("lesson-hernia-pain-ct","Intermittent abdominal pain after a bypass can be an internal hernia",BS,OKA,["hernia","bypass"],
 "A woman had four A&E visits with colicky pain over a year after gastric bypass and was told it was constipation each time.||A&E should discuss any bypass patient with recurrent abdominal pain with the bariatric team; a normal CT does not exclude an internal hernia.")
aar("cap-aar-internal-hernia","AAR: delayed diagnosis of an internal hernia",BS,OYE,[OKA,SHA,DES],["hernia"],
 "Learning from a patient who needed a bowel resection.||Early diagnostic laparoscopy for suspected internal hernia.||Four A&E attendances before referral.||No alert on the record that the patient had a bypass.", held="2025-08-18")
# ---- weight regain / revision
inn("inn-regain-clinic","Weight regain clinic after bariatric surgery",BS,OKA,[MBE,HAL,ALD],["regain","glp1"],
 "Some people regain a lot of weight three to five years after surgery and feel they have failed.||An MDT clinic reviews eating, mood, anatomy (endoscopy if needed) and offers dietary support, psychology, medication or revisional surgery.",
 stage="testing", kw=["weight regain","revision"])
lesson("lesson-regain-expectations","Talk about regain before surgery",BS,HAL,["regain","psych"],
 "People who were not told that some regain is normal felt ashamed and disengaged.||Explain the usual weight curve at the first appointment.")
retro("cap-retro-revisional-audit","Retrospect: two years of revisional bariatric surgery",BS,OYE,[WHI,OKA,BOS],["regain","band"],
 "End of the revisional surgery audit.||Review outcomes of band-to-bypass and sleeve-to-bypass conversions.||Good data from the registry extract.||Agree revision criteria at MDT, not surgeon by surgeon.")
