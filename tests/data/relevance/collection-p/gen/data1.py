from lib import inn, story, lesson, aar, retro, peer, cafe
from ids import *
# ---- band: adjustable gastric band
inn("inn-band-fill-clinic","Nurse-led band adjustment clinic cuts wait for fills from 14 weeks to 3",BS,DES,[WHI,NG],["band"],
 "Patients with a laparoscopic adjustable gastric band (LAGB) waited up to 14 weeks for a fill because every adjustment went through the consultant clinic. Some had stopped losing weight, others had a band that was too tight and were vomiting.||We set up a nurse-led band adjustment clinic on Tuesday mornings. The CNS accesses the port with a Huber needle, adds or removes saline in 0.5 ml steps and checks the patient can drink water comfortably before leaving. Anyone with a port that cannot be felt is booked for a fill under X-ray screening with the surgical care practitioner. A protocol and competency pack were signed off by the bariatric MDT.",
 stage="evaluated", kw=["gastric band","LAGB","fill","port"])
lesson("lesson-band-too-tight","Check for obstruction before adding fluid to a gastric band",BS,DES,["band"],
 "Two patients were given a band fill when their real complaint was food sticking and night-time regurgitation: the band was already too tight.||Ask about regurgitation, heartburn at night and eating only soft food before any fill; if present, take fluid out rather than add it.||Band adjustment clinic, 2024.", kw=["gastric band","adjustment"])
story("story-band-removal-evidence","Evidence summary on band removal versus conversion helped MDT agree a policy",BS,WHI,[BEL],["band","regain","lks"],
 "Mr Whitlock asked whether patients whose gastric band had failed should have it removed alone or be converted to a sleeve or bypass in the same operation.||The clinical librarian searched Medline, Embase and the Cochrane Library and produced a two-page evidence summary comparing one-stage and two-stage conversion after failed adjustable gastric banding.||The MDT adopted a two-stage approach for eroded bands and one-stage conversion for slipped or intolerant bands. The summary is now linked from the revisional surgery policy.",
 kw=["band removal","conversion","revisional surgery"], asker_role="Consultant surgeon")
aar("cap-aar-band-port-flip","AAR: flipped access port at fill clinic",BS,OYE,[DES,NG,WHI],["band"],
 "Review after a patient's band port could not be accessed three times.||Band fill in clinic as usual.||The port had flipped; the patient was sent home without a fill and had to return for a fill under fluoroscopy.||No process for quickly booking screening slots; port position was not documented at the last visit.", held="2024-10-03", kw=["port","band fill"])
inn("inn-band-patient-passport","Gastric band passport for people with a band fitted elsewhere",BS,DES,[],["band"],
 "People arrive with bands fitted abroad or privately with no record of the band type or fill volume.||A wallet-sized passport records band make, maximum volume, current fill and date of the last adjustment. Given at every adjustment.", stage="implemented", kw=["band passport"])
lesson("lesson-band-pregnancy-deflate","Think about loosening the band in pregnancy sickness",BS,FEN,["band","pregnancy"],
 "A woman with a gastric band and severe vomiting in early pregnancy was not referred to us for three weeks.||Tell maternity teams that band fluid can be removed if vomiting is persistent, and give them the CNS phone number.", kw=["gastric band","pregnancy"])
# ---- sleeve gastrectomy
inn("inn-sleeve-day-one-discharge","Day-one discharge after laparoscopic sleeve gastrectomy",BS,OKA,[TIW,CAR,ACH],["sleeve","erabs"],
 "Patients having a laparoscopic sleeve gastrectomy (LSG) stayed a median of three nights, mainly out of habit, which blocked beds on Kestrel Ward.||We introduced criteria-led discharge on the morning after surgery: pain controlled on oral analgesia, drinking 1 litre, walking the corridor, normal observations and heart rate under 100. The ward nurses discharge against the criteria without waiting for the surgical round.",
 stage="embedded", kw=["sleeve gastrectomy","LSG","length of stay","discharge"])
story("story-sleeve-reflux","Reflux after sleeve: evidence search changed our consent conversation",BS,OKA,[BEL],["sleeve","lks"],
 "The consultant wanted to know how often people get new or worse acid reflux (GORD) after a sleeve, to give accurate figures in the consent discussion.||Literature search and appraisal of long-term cohort studies and the registry report.||The consent form now quotes the range of new reflux after sleeve gastrectomy and patients with bad reflux are steered towards a bypass.",
 kw=["reflux","GORD","sleeve","consent"], asker_role="Consultant bariatric surgeon")
lesson("lesson-sleeve-staple-line","Reinforce the staple line education for new registrars",BS,OKA,["sleeve","leak"],
 "A staple line leak after sleeve gastrectomy presented on day 3 with only a fast heart rate.||Teach that tachycardia over 120 after a sleeve is a leak until proven otherwise, and document it in the registrar induction.", kw=["staple line","sleeve","tachycardia"])
retro("cap-retro-sleeve-pathway","Retrospect: first year of the sleeve pathway redesign",BS,OYE,[OKA,TIW,MBE,CAR],["sleeve","erabs"],
 "End-of-year look back at the new pathway for vertical sleeve gastrectomy.||Cut length of stay and cancellations for sleeve patients.||Criteria-led discharge worked because ward nurses owned it.||Get dietetic sign-off earlier so the pre-op diet is not the last-minute hold-up.", held="2025-02-14")
inn("inn-sleeve-video-consent","Consent video for sleeve gastrectomy in five languages",BS,OKA,[QUI],["sleeve"],
 "Consent conversations were long and inconsistent, and many patients had English as a second language.||We filmed a 12 minute video explaining what the operation does, risks and the lifelong changes to eating, with subtitles in Polish, Urdu, Punjabi, Romanian and Portuguese.", stage="testing")
# ---- gastric bypass
inn("inn-bypass-hypo-card","Hypo card for people after gastric bypass",BS,HUG,[MBE,FEN],["bypass","dumping"],
 "People who had a Roux-en-Y gastric bypass were coming to A&E with shakiness and confusion two hours after meals, and staff were treating them as having diabetes.||A credit-card sized alert explains late dumping (post-bypass hypoglycaemia), how to treat it with a small amount of sugar followed by protein, and who to call. Endocrinology review for anyone with repeated episodes.",
 stage="implemented", kw=["RYGB","hypoglycaemia","late dumping"])
story("story-oagb-evidence","One anastomosis gastric bypass: evidence review for the new procedure panel",BS,OKA,[BEL],["bypass","lks"],
 "The surgeons wanted to offer the one anastomosis gastric bypass (OAGB, also called mini gastric bypass) and the new procedures panel asked for evidence on bile reflux and malnutrition.||Rapid evidence review of trials and IFSO statements, with a table of outcomes compared with Roux-en-Y.||The panel approved OAGB with a requirement for annual nutrition bloods and a registry entry for every case.",
 kw=["OAGB","mini gastric bypass","new procedures"], asker_role="Consultant bariatric surgeon")
lesson("lesson-rygb-nsaid","No anti-inflammatories after a bypass",BS,NOV,["bypass"],
 "A patient bought ibuprofen over the counter 4 years after a gastric bypass and developed a marginal ulcer that bled.||Tell every bypass patient, in writing, to avoid NSAIDs for life and copy the GP letter to the community pharmacy.", kw=["NSAID","marginal ulcer","RYGB"])
peer("cap-peer-bypass-nutrition","Peer assist: setting up bypass nutrition clinics with Tolland Vale",DIET,OYE,[MBE,FEN,NOV],["bypass","vits"],
 "Tolland Vale asked us to help before they took on long-term follow-up of gastric bypass patients.||How to run nutrition follow-up after Roux-en-Y gastric bypass with limited dietitian time.||Use a nurse-led bloods clinic with dietitian review only for abnormal results.", host="Tolland Vale dietetics")
inn("inn-rygb-petersen-closure","Routine closure of mesenteric defects during Roux-en-Y gastric bypass",BS,OKA,[SHA],["bypass","hernia"],
 "We had six internal hernias in two years after laparoscopic RYGB, two needing bowel resection.||All surgeons now close Petersen's space and the jejunojejunostomy mesenteric defect with non-absorbable sutures. Audit of internal hernia rates at 2 years.", stage="evaluated")
# ---- leaks
inn("inn-leak-early-warning","Bariatric early warning chart spots leaks a day sooner",BS,TIW,[OKA,SHA,DES],["leak"],
 "Standard NEWS2 scores often stayed low in bariatric patients with an anastomotic or staple line leak because blood pressure holds up until late.||We added a bariatric red flag box to the observation chart: heart rate over 110, new shoulder-tip or left chest pain, needing more oxygen, or feeling that something is wrong. Any one triggers a registrar review within 30 minutes and a CT with oral contrast.",
 stage="evaluated", kw=["anastomotic leak","NEWS2","red flags","tachycardia"])
aar("cap-aar-missed-leak","After action review: leak recognised late at the weekend",BS,OYE,[TIW,SHA,OKA,DES],["leak"],
 "To learn from a leak after gastric bypass that was recognised 30 hours after the first warning signs.||The patient would be reviewed by the surgical registrar when the heart rate rose.||The rise was put down to pain and anxiety; the covering team did not know bariatric patients.||Weekend cover is general surgery; no bariatric-specific handover.", held="2024-05-20", kw=["leak","weekend"])
lesson("lesson-leak-handover","Hand over every post-op bariatric patient by name at weekends",BS,TIW,["leak"],
 "The late-recognised leak happened partly because weekend general surgical cover did not know which patients had bariatric surgery.||Add a bariatric section to the weekend handover list with day of surgery and red flags.", source="cap-aar-missed-leak")
story("story-leak-ct-protocol","Evidence on CT versus contrast swallow for suspected leak",BS,SHA,[BEL],["leak","lks"],
 "The fellow asked whether a water-soluble contrast swallow is good enough to rule out a leak after bariatric surgery.||Search of diagnostic accuracy studies; summary table of sensitivity.||The unit changed to CT with oral contrast as first test; swallow studies are now only used for specific questions.", asker_role="Bariatric surgical fellow")
lesson("lesson-leak-patient-phone","Patients must know to phone if they feel unwell after going home",BS,DES,["leak","erabs"],
 "A patient sent home on day one sat at home with fever and abdominal pain for two days before calling.||Give every patient the 24-hour ward number and a list of warning signs at discharge, and phone them on day 2.", polarity="improve")
# ---- dumping
inn("inn-dumping-diary","Food and symptom diary for dumping syndrome",DIET,MBE,[HUG],["dumping"],
 "Patients described feeling hot, sweaty and faint after eating, but did not link it to sugary food or drinking with meals.||A one-week diary with prompts (what you ate, drinks with meals, symptoms in the first 30 minutes and at 2 to 3 hours) helps separate early dumping from late dumping. The dietitian uses the Sigstad score in clinic.", stage="implemented")
lesson("lesson-dumping-drinks","Separating drinks from meals reduces early dumping",DIET,MBE,["dumping"],
 "Most early dumping symptoms in our clinic settled once people stopped drinking with meals and avoided sugary drinks.||Tell patients to wait 30 minutes after eating before drinking.", polarity="sustain")
story("story-dumping-acarbose","Evidence on acarbose for late dumping helped avoid a readmission",DIET,HUG,[BEL],["dumping","bypass","lks"],
 "Dr Hughes had a patient with repeated hypos after gastric bypass despite diet changes.||Evidence summary on drug treatments for post-bariatric hypoglycaemia.||A trial of acarbose stopped the hypos; the patient avoided a further admission.", asker_role="Consultant endocrinologist")
cafe("cap-cafe-dumping","Knowledge cafe: what patients call dumping",DIET,OYE,[MBE,HUG,KER,FEN],["dumping","peer"],
 "Cafe with patients and staff to agree plain words for dumping syndrome.||What words do patients use when they have dumping, and how do we explain it?||People say 'sugar crash', 'going wobbly' and 'the sweats'; use them in leaflets; patients want to know it is common")
# ---- liver reducing diet
inn("inn-lrd-text-reminders","Text reminders improve adherence to the liver reducing diet",DIET,MBE,[PAT,ADE],["lrd"],
 "Surgeons reported a large, heavy liver at operation in about 1 in 8 patients, making the stomach hard to reach. Many admitted they had not kept to the two-week pre-operative diet.||Patients get a text every three days during the liver reducing diet (LRD) with a tip and a reminder of why it matters. Pre-assessment asks about the diet and weighs the patient on admission.",
 stage="evaluated", kw=["LRD","liver shrinkage","pre-op diet"])
lesson("lesson-lrd-diabetes","Reduce insulin before starting the pre-op diet",DIET,MBE,["lrd"],
 "A patient on insulin had a serious hypo on day 2 of the low calorie pre-operative diet.||Anyone on insulin or sulfonylureas needs a medication plan from the diabetes team before starting the liver shrinking diet.")
story("story-lrd-milk-diet","Milk diet or meal replacement? Search settles the pre-op diet choice",DIET,MBE,[BEL],["lrd","lks"],
 "The dietitians wanted to know whether a milk-based diet works as well as meal replacement shakes for shrinking the liver before bariatric surgery.||Literature search and short summary of the small trials.||Both options are now offered; patients choose. Cost per patient fell because milk is cheaper.")
aar("cap-aar-lrd-cancellation","AAR: three cancellations for liver size in one month",BS,OYE,[MBE,OKA,PAT],["lrd"],
 "Three operations were abandoned or converted in one month because the liver was too big.||All patients would complete a two-week LRD.||Two started it late because their dates changed; one did not understand it.||Date changes were not passed to dietetics.", held="2025-01-22")
lesson("lesson-lrd-date-change","Tell dietetics when an operation date moves",BS,ADE,["lrd"],
 "If the date moves the liver reducing diet has to move too.||Add dietetics to the list of people notified of every date change.")
# ---- vitamins and lifelong follow-up
inn("inn-annual-bloods-gp","Shared-care annual blood tests with GPs after bariatric surgery",BS,FEN,[NOV,MBE],["vits"],
 "After two years of hospital follow-up most patients are discharged to their GP, and many were not having annual bloods. We saw people with low B12, anaemia and low vitamin D years later.||A shared-care template goes to the GP at discharge with the bloods needed each year (full blood count, ferritin, folate, B12, vitamin D, calcium, PTH, and for malabsorptive procedures vitamin A and zinc), the supplements to continue and when to refer back.",
 stage="spreading", kw=["lifelong follow-up","micronutrients","GP","B12"])
lesson("lesson-vits-chewable","Chewable multivitamins improve adherence",DIET,MBE,["vits"],
 "People stopped taking their multivitamin because the tablets were large and hard to swallow after surgery.||Recommend a chewable or soluble multivitamin for the first months.", polarity="sustain")
story("story-b12-injection","Evidence on oral versus injected B12 after bypass",DIET,NOV,[BEL],["vits","bypass","lks"],
 "Can patients take B12 tablets instead of three-monthly injections after a gastric bypass?||Evidence summary on B12 absorption after bypass.||Injections remain standard after bypass; oral B12 is acceptable after sleeve with monitoring. Saved nurse time for sleeve patients.")
inn("inn-iron-infusion-pathway","Iron infusion pathway for iron deficiency anaemia after bariatric surgery",BS,FEN,[NOV],["vits"],
 "Iron deficiency is common after bypass and many people cannot absorb or tolerate iron tablets.||Direct referral from the CNS to the day unit for an intravenous iron infusion when ferritin stays low despite oral iron for three months.", stage="implemented", kw=["iron","anaemia","ferritin"])
lesson("lesson-vitd-loading","Vitamin D loading dose before surgery",DIET,MBE,["vits"],
 "Half of our pre-op patients had low vitamin D.||Check vitamin D at tier 3 and load before surgery.")
