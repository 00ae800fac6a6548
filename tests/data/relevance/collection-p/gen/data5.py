from lib import inn, story, lesson, aar, retro, peer, cafe
from ids import *
# more band
lesson("lesson-band-erosion-signs","Late port-site infection can mean band erosion",BS,WHI,["band"],
 "A port-site infection years after banding turned out to be a band eroding into the stomach.||Refer any late port infection for endoscopy.")
story("story-band-legacy-recall","Recall of legacy gastric band patients lost to follow-up",BS,DES,[BOS],["band"],
 "We did not know how many people with a lap band fitted before 2015 were still being followed up.||The analyst pulled a list from theatre records; the CNS wrote to 312 people inviting a review.||141 replied; 38 had problems and were booked into clinic.", kind="km_success_story", asker_role="Bariatric CNS")
# more sleeve
lesson("lesson-sleeve-stricture","Persistent vomiting after a sleeve needs a contrast study",BS,OKA,["sleeve"],
 "A twisted sleeve (stricture) was missed for weeks because vomiting was put down to eating too fast.||Investigate vomiting that persists beyond 6 weeks after sleeve gastrectomy.")
inn("inn-stomach-stapling-faq","Plain-English leaflet: 'Is a sleeve the same as stomach stapling?'",BS,QUI,[OKA,KER],["sleeve","bypass"],
 "People on the waiting list used words like 'stomach stapling', 'having my stomach made smaller' and 'the op' and were confused by the clinical names.||Co-produced leaflet with the support group answering common questions about the two operations in everyday words: what is removed, what is rerouted, how much you can eat afterwards.", stage="implemented", kw=["leaflet","co-production"])
# more bypass
aar("cap-aar-bypass-readmission","AAR: readmissions after gastric bypass in January",BS,OYE,[OKA,TIW,MBE,FEN],["bypass","erabs"],
 "Five readmissions in one month after Roux-en-Y.||Fewer than 5% readmitted within 30 days.||Dehydration and nausea in most; one leak.||Patients were not drinking enough at home; no day-2 phone call over Christmas.", held="2025-02-03")
# more leak
lesson("lesson-leak-drain","Do not rely on the drain to show a leak",BS,SHA,["leak"],
 "Drain output was clear in two confirmed leaks.||Judge by the patient, heart rate and CRP, not the drain.")
inn("inn-leak-crp-day2","Day-2 CRP check before discharge of complex cases",BS,SHA,[TIW],["leak","erabs"],
 "Revisional cases had higher leak rates.||A CRP on the morning of day 2 for revisional and complex cases; values over 180 prompt a CT before discharge.", stage="testing")
# more dumping
lesson("lesson-dumping-ogtt","Never give a glucose tolerance drink after a bypass",DIET,HUG,["dumping","pregnancy"],
 "A pregnant woman with a gastric bypass collapsed after a glucose tolerance test drink.||Use capillary glucose monitoring instead.")
story("story-dumping-sugar-crash","'Why do I feel shaky after pudding?' - a patient's story",DIET,None,[MBE],["dumping"],
 "A patient told us she felt sweaty, shaky and had to lie down after eating cake at a birthday, six months after her operation.||The dietitian explained early and late dumping and they made a plan together.||She now eats protein first and avoids sweet food on its own; the episodes stopped.", kind="discovery_story", asker_role="Patient")
# more lrd
lesson("lesson-lrd-shakes-taste","Offer flavour choice for pre-op meal replacement shakes",DIET,LOW,["lrd"],
 "People gave up the pre-operative shakes because of the taste.||Offer at least three flavours and soup options.")
# more vits
aar("cap-aar-b12-missed","AAR: missed B12 injections after clinic move",BS,OYE,[FEN,NOV,ADE],["vits"],
 "B12 injection recalls failed when the clinic moved.||All patients recalled every 12 weeks.||41 patients missed injections.||The recall list sat in an old spreadsheet.", held="2025-05-07")
lesson("lesson-vits-thiamine","Give thiamine to anyone vomiting after surgery",BS,MBE,["vits","sleeve"],
 "A young man with prolonged vomiting after a sleeve developed Wernicke's encephalopathy.||Give IV thiamine (Pabrinex) before glucose to any patient vomiting for more than a few days after bariatric surgery.")
story("story-anemia-search","Iron deficiency after bariatric surgery: current awareness bulletin",LKS,FEN,[BEL],["vits","lks"],
 "The CNS wanted to keep up with research on anaemia after weight loss surgery.||A monthly current awareness bulletin on micronutrient deficiency after bariatric surgery.||The team updated the iron pathway twice after new studies.")
# more equip
lesson("lesson-equip-ct-table","Check the CT table weight limit before booking",BS,GRI,["equip","leak"],
 "A patient with a suspected leak could not be scanned because the CT table limit was lower than their weight.||Record scanner table limits in the bariatric equipment guide.")
inn("inn-equip-sling-labels","Colour-coded hoist slings by size",BS,OSE,[GRI],["equip"],
 "Staff picked the wrong sling size.||Slings labelled by colour and size with a chart on each hoist.", stage="implemented")
# more tier3
lesson("lesson-tier3-dna-text","Text reminders two days before groups",T3,ADE,["tier3"],
 "Most DNAs said they forgot.||Send a text 48 hours before every tier 3 group session.", polarity="sustain")
peer("cap-peer-tier3-digital","Peer assist: learning from a digital weight management programme",T3,OYE,[ALD,LOW,ADE],["tier3"],
 "We wanted to learn from a neighbouring network before adding an app to our programme.||How do we offer digital weight management without losing people who are not online?||Keep a phone option; give data vouchers; check digital confidence at the first session.", host="Tier 3 team")
inn("inn-tier3-eligibility-checker","Online eligibility checker for referrals to the weight management service",T3,ALD,[ADE],["tier3"],
 "Too many referrals did not meet criteria.||A short form on the GP referral system checks BMI, comorbidities and previous weight loss attempts before a referral can be sent.", stage="implemented", kw=["referral","BMI","eligibility"])
# more psych
lesson("lesson-psych-waiting-list","Offer psychology support while waiting, not only assessment",T3,HAL,["psych"],
 "People waiting months for surgery lost motivation.||Offer the emotional eating group to everyone on the waiting list.")
story("story-psych-comfort-eating","A patient on comfort eating and the group that helped",T3,None,[IBR],["psych","peer"],
 "A patient said he ate when bored or low, mostly at night.||He joined the six-week group.||He says he now notices the urge and can wait it out.", kind="discovery_story", asker_role="Patient")
# more scales
inn("inn-scales-home-weighing","Home weighing with connected scales for remote follow-up",T3,MOR,[HAR,ADE],["scales","tier3"],
 "Patients travelled up to 40 miles to be weighed at follow-up.||Bluetooth bathroom scales loaned to patients send a weight to the clinic dashboard before a phone appointment.", stage="testing")
# more balloon
aar("cap-aar-balloon-intolerance","AAR: early removal of a gastric balloon",BS,OYE,[WHI,NG,MBE],["balloon"],
 "A patient needed the balloon out after 5 days.||Nausea would settle within a week.||Vomiting and dehydration; admitted twice.||Anti-sickness plan and dietitian calls were not arranged in advance.", held="2025-09-30")
# more osa
lesson("lesson-osa-postop-monitoring","Continuous oximetry on the first night for treated OSA",BS,CAR,["osa"],
 "Patients with sleep apnoea who had opioids desaturated on the ward.||Monitor oxygen saturation continuously on the first night and avoid long-acting opioids.")
inn("inn-cpap-loan-clinic","CPAP loan and mask-fitting clinic for people waiting for surgery","Sleep and Respiratory Physiology",SAT,[PAT],["osa"],
 "People diagnosed with sleep apnoea waited months for a CPAP machine and some went into surgery untreated.||Weekly mask-fitting clinic with loan machines and remote data download to check use.", stage="implemented", kw=["CPAP","sleep apnoea"])
# more vte
aar("cap-aar-pe-after-discharge","AAR: pulmonary embolism after discharge",BS,OYE,[NOV,SHA,TIW],["vte"],
 "A patient was readmitted with a PE 10 days after sleeve gastrectomy.||Extended prophylaxis for high-risk patients.||He was not classed as high risk; injections not supplied.||Risk tool did not include BMI over 50.", held="2025-03-03")
# more glp1
story("story-glp1-muscle","Evidence on muscle loss with weight loss medication",T3,ALD,[BEL],["glp1","lks"],
 "Are patients on tirzepatide losing muscle as well as fat?||Search and summary on body composition studies.||The clinic added protein and strength advice.")
# more stigma
lesson("lesson-stigma-bp-cuffs","Use the right size blood pressure cuff",BS,MOR,["stigma","equip"],
 "Standard cuffs gave falsely high readings and patients were wrongly told their blood pressure was high.||Keep large and thigh cuffs in every clinic room.")
# more erabs
retro("cap-retro-erabs","Retrospect: ERABS implementation year one",BS,OYE,[CAR,TIW,ACH,OKA],["erabs"],
 "Review of the enhanced recovery programme for bariatric surgery.||Length of stay one night for most patients.||Anaesthetic consistency and ward ownership.||Build in a day-2 phone call from the start.")
# more peer
cafe("cap-cafe-peer-support","Knowledge cafe with the patient support group",T3,OYE,[KER,QUI,HAL,DES],["peer"],
 "Hearing from people who have had surgery.||What helped you most in the first year after your operation?||other patients; a named nurse to phone; honest information about loose skin and regain")
# more pregnancy
lesson("lesson-pregnancy-folic","Higher dose folic acid before pregnancy after surgery","Women's Services",FAR,["pregnancy","vits"],
 "Folate was low in women trying to conceive after bypass.||Advise 5 mg folic acid when planning a pregnancy.")
# more hernia / regain
story("story-hernia-gp-education","GP teaching on abdominal pain after gastric bypass",BS,SHA,[OKA],["hernia","bypass"],
 "GPs asked what to do when a bypass patient has tummy pain.||Fellow gave a webinar and a one-page guide.||GP calls to the bariatric team rose; two internal hernias were caught early.", kind="km_success_story", asker_role="GP lead")
lesson("lesson-regain-registry","Registry data shows regain starts at year three",BS,BOS,["regain"],
 "Network data submitted to the national registry showed weight regain from year three.||Keep some contact beyond two years.")
# general/mixed
story("story-nice-obesity-guideline","Evidence summary on the updated NICE obesity guideline",LKS,ALD,[BEL],["tier3","glp1","lks"],
 "Clinical lead asked what the updated NICE obesity guideline meant for our referral criteria.||Summary of changes with the lines that affect tier 3 and surgery.||Referral criteria updated.")
lesson("lesson-consent-interpreters","Book interpreters for pre-operative education sessions",BS,QUI,["sleeve"],
 "Patients with limited English did not understand the group education before surgery.||Book interpreters in advance.")
# more distractors
lesson("lesson-theatre-lift","Theatre lift out of action delays first case","Theatres",MAR,["d_lift"],
 "The theatre lift failed and the first list started an hour late.||Escalate lift faults to estates on-call.")
aar("cap-aar-data-leak","AAR: staff list leaked on social media","Information Governance",OYE,[BRE,KOW],["d_leak"],
 "A rota with staff phone numbers was posted online.||Rotas stay on the secure drive.||It was photographed and shared.||No guidance on photographing rotas.", held="2025-06-30")
lesson("lesson-it-recovery-password","Keep the recovery key for encrypted laptops","Digital Services",VAN,["d_recovery"],
 "Staff were locked out of laptops after updates.||The service desk keeps recovery keys.")
inn("inn-portion-budget-tracking","Monthly budget tracker for the surgical division","Finance",PEA,[],["d_plate"],
 "Managers could not see what portion of their budget was spent.||A one-page tracker.", stage="implemented")
lesson("lesson-badge-pouch","Wipe-clean ID badge pouches","Infection prevention",ELL,["d_pouch"],
 "Fabric badge pouches were hard to clean.||Use wipe-clean pouches.")
story("story-sleep-hygiene-staff","Sleep hygiene sessions for shift workers","Workforce",LIN,[BEL],["d_sleep"],
 "Shift workers reported poor sleep.||The librarian found evidence on sleep hygiene for shift workers; the wellbeing team ran sessions.||Staff rated sessions highly.", asker_role="Staff wellbeing lead")
