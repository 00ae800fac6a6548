from lib import inn, story, lesson, aar, retro, peer, cafe, _cap
from ids import *
_cap("cap-harvest-whitlock-band","Knowledge harvest: Mr Whitlock's gastric band know-how before retirement",BS,OYE,[WHI,DES,NG],["band","balloon"],
 "James Whitlock retires next year and is the last surgeon with long experience of adjustable gastric bands.","2025-10-01",["knowledge harvest","gastric band"],
 {"technique":"knowledge_harvest","harvestee":WHI,"reason":"retiring","successor":OKA,
  "knowledge_areas":[{"area":"Judging band fill volume by symptoms","priority":"high","transfer_method":"shadowing in band adjustment clinic"},
                     {"area":"Managing slipped and eroded bands","priority":"high","transfer_method":"written guide"},
                     {"area":"Intragastric balloon list","priority":"medium","transfer_method":"handover to Dr Ng"}],
  "interview_summary":"Most band problems are too much fluid, not too little. Listen for night cough and regurgitation. Slips present with sudden intolerance of solids and need same-day review."})
_cap("cap-elicit-mbeki-dumping","Elicitation interview: how the dietitian tells early from late dumping",DIET,OYE,[MBE],["dumping"],
 "To capture the specialist dietitian's tacit knowledge about dumping syndrome for new dietitians.","2025-08-11",[],
 {"technique":"elicitation_interview","interviewee":MBE,"knowledge_area":"Dumping syndrome after bariatric surgery",
  "questions_answers":[{"question":"How do you tell early from late dumping?","answer":"Timing. Early is within half an hour: bloating, palpitations, needing to lie down. Late is two or three hours after, shaky and sweaty, and is a low blood sugar."},
                       {"question":"When do you refer to endocrinology?","answer":"If there are hypos despite diet changes, or any loss of consciousness, or they drive for a living."}]})
_cap("cap-cop-bariatric-nurses","Bariatric nurses community of practice: spring meeting",BS,DES,[FEN,TIW,MOR,PAT],["leak","vits","stigma"],
 "Quarterly meeting of nurses across the network.","2025-04-24",[],
 {"technique":"community_of_practice_meeting","community":"Bariatric nursing community of practice",
  "agenda":["red flags after surgery","annual bloods and GP shared care","weighing with dignity"],"artefacts":["red flag pocket card"]})
inn("inn-red-flag-pocket-card","Red flag pocket card for nurses caring for bariatric patients",BS,DES,[TIW],["leak","hernia"],
 "Nurses on non-bariatric wards did not know the warning signs after weight loss surgery.||A pocket card: fast pulse, breathlessness, shoulder-tip pain, vomiting, pain after eating in bypass patients (think internal hernia), and who to call.", stage="spreading", kw=["red flags","nursing"])
lesson("lesson-ae-alert","Flag bariatric surgery on the electronic record",BS,SHA,["hernia","leak"],
 "A&E teams did not know patients had had a bypass.||Add an alert to the electronic patient record for every bariatric operation.")
inn("inn-one-stop-preassessment","One-stop pre-assessment for bariatric surgery","Pre-operative Assessment",PAT,[CAR,MBE,SAT],["osa","lrd"],
 "Patients attended up to five appointments before surgery.||One morning: bloods, ECG, STOP-BANG, anaesthetic review, dietitian check of the liver reducing diet plan, and oximetry kit handed out.", stage="evaluated")
story("story-long-day-surgery","From five visits to one: a patient's view of pre-assessment","Pre-operative Assessment",None,[PAT],["osa","lrd"],
 "A patient who works shifts had to take five days off for appointments before her operation.||She was one of the first through the one-stop clinic.||One day off; she said it made the operation feel real and organised.", kind="innovation_story", asker_role="Patient")
lesson("lesson-loose-skin","Talk about loose skin before surgery",BS,HAL,["psych","regain"],
 "Many people were distressed by loose skin after big weight loss and had not been warned.||Discuss loose skin and what the NHS can and cannot offer at the first appointment.")
inn("inn-protein-first","'Protein first' eating guidance after surgery",DIET,MBE,[LOW],["dumping","vits"],
 "People were eating carbohydrates first and feeling unwell, and protein intake was low.||Simple plate guide: protein first, then vegetables, small amount of starch; no drinks for 30 minutes.", stage="implemented")
lesson("lesson-hair-loss","Reassure about hair loss at three to six months",DIET,MBE,["vits"],
 "Hair thinning caused alarm.||Explain it is common, usually temporary, and check protein, iron and zinc.")
inn("inn-ward-bariatric-champions","Bariatric champions on every surgical ward",BS,TIW,[GRI,OSE],["equip","erabs"],
 "Bariatric patients are sometimes placed on other wards when Kestrel is full.||A trained champion on each surgical ward knows the equipment, red flags and diet stages.", stage="implemented")
aar("cap-aar-outlier-patient","AAR: bariatric patient outlying on orthopaedic ward",BS,OYE,[TIW,GRI,OSE],["equip","leak"],
 "A patient on another ward after surgery had no bariatric chair and the red flag chart was not used.||Same standard of care on any ward.||Equipment and chart missing.||No champion on that ward.", held="2025-01-09")
lesson("lesson-network-mdt-video","Video MDT lets Tolland Vale present cases",BS,OKA,["tier3","regain"],
 "Tolland Vale clinicians could not travel to the weekly MDT.||Run the MDT on video with a shared case list.", polarity="sustain")
story("story-weight-loss-surgery-faq-search","Literature search for the 'weight loss op' patient FAQ",LKS,QUI,[BEL],["sleeve","bypass","lks"],
 "The patient experience lead needed reliable figures for a patient FAQ about weight loss operations.||Search for registry outcome figures and patient information standards.||FAQ published with figures and sources.")
lesson("lesson-smoking-marginal-ulcer","Stop smoking before and after a bypass",BS,OKA,["bypass"],
 "Smokers had more marginal ulcers after gastric bypass.||Require smoking cessation before surgery and support after.")
inn("inn-apnoea-app","Sleep apnoea symptom checker in the patient app","Sleep and Respiratory Physiology",SAT,[ADE],["osa"],
 "People did not recognise apnoea symptoms such as snoring, daytime sleepiness and morning headaches.||Checker questions in the patient app prompt a referral.", stage="idea")
lesson("lesson-glp1-pre-tier3","People starting injections still need diet support",T3,ALD,["glp1","tier3"],
 "People prescribed weight loss jabs privately came to tier 3 with nausea and poor eating.||Offer dietitian review to anyone starting a GLP-1 medicine.")
# distractors
story("story-leaking-roof-library","Books saved when the library roof leaked",LKS,BEL,[MAR],["d_leak"],
 "Rain came through the library roof over the journals.||Estates and library staff moved stock overnight.||No books lost.", kind="km_success_story", asker_role="Clinical librarian")
lesson("lesson-scales-of-pay-bank","Bank staff paid on the wrong scale point","Workforce",KOW,["d_scales"],
 "Bank staff were paid at the bottom of the scale regardless of experience.||Check scale point at registration.")
inn("inn-recovery-college-staff","Staff recovery and resilience sessions after a difficult winter","Workforce",LIN,[],["d_recovery","d_sleep"],
 "Staff were exhausted after winter.||Recovery sessions on rest, sleep and talking.", stage="implemented")
