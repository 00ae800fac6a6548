# Source texts for the Kestrel Vale MTC collection. '|' separates the parts of a record's text.
from build import inn, story, lesson, aar, retro, peer
BP1 = 'This record was added by the Library and Knowledge Service from the team\'s own write-up.'
BP2 = 'Contact the lead for the full report, audit data and any templates.'
BP3 = 'Shared at the Trust Learning Forum.'
MT = 'Major Trauma Service'
K4 = 'Major Trauma Ward (K4)'
VS = 'Vascular Surgery'
DF = 'Diabetic Foot Service'

# ---------------- A. Major trauma ----------------
inn('inn-trauma-call-tiers', 'Two-tier trauma call cut unnecessary full team activations by a third',
    'Every pre-alert from the ambulance service triggered a full trauma team activation, pulling an anaesthetist, surgeon and radiographer away from theatres for patients who often had minor injuries. Staff called it "crying wolf" and response times to genuine calls were slipping.|'
    'We introduced a two-tier trauma call. A Level 1 trauma call (full team) is made on mechanism plus physiology criteria; a Level 2 call brings the ED consultant, a trauma nurse and the trauma registrar. The trauma team leader can upgrade to Level 1 at any time. Criteria cards are on the wall of Resus and on the red phone. We audited three months before and after. ' + BP2,
    MT, ['trauma call', 'trauma team activation', 'pre-alert', 'TTL'], lead='person-okafor', team=['person-haddad', 'person-brennan'],
    summary='A Level 1 / Level 2 trauma call replaced the single all-or-nothing activation.')
inn('inn-mhp-grab-box', 'Major haemorrhage "grab box" gets blood to the bleeding patient in under ten minutes',
    'When the major haemorrhage protocol was activated in Resus, the first pack of red cells and plasma took a median of 19 minutes to arrive. Porters were sent without knowing what to collect.|'
    'A cool box with four units of O negative red cells and two of thawed plasma now sits in the blood fridge beside Resus. The runner takes the box and a pre-printed MHP request. Once the massive haemorrhage pack is called, the lab issues Pack 1 straight away. The box is checked every shift by the Resus coordinator. ' + BP1,
    MT, ['MHP', 'massive haemorrhage', 'blood products', 'Resus'], lead='person-okafor', team=['person-osei'],
    summary='Time to first blood products fell from 19 to 8 minutes.')
inn('inn-txa-prompt', 'TXA prompt on the trauma booklet: tranexamic acid given within the hour',
    'Audit showed that only 61% of bleeding trauma patients got tranexamic acid within an hour of injury, and the second dose (the 8-hour infusion) was often forgotten after transfer to the ward.|'
    'We added a TXA box to the front page of the trauma booklet with the time of injury, time of the bolus and a tick for the infusion. The ward handover sheet on K4 now carries the same line. Pre-hospital teams tell us on the pre-alert whether TXA was given. ' + BP3,
    MT, ['TXA', 'tranexamic acid', 'bleeding'], lead='person-okafor', stage='testing')
inn('inn-pelvic-binder', 'Pelvic binder at the right level: training with a marker on the greater trochanters',
    'CT scans showed that about a third of the pelvic binders applied before arrival or in Resus sat too high, over the iliac crests, where they do nothing to close an open-book pelvic fracture.|'
    'The trauma surgeons made a short video and a laminated card: find the greater trochanters, put the binder there, not at the waist. We ran ten-minute sessions in Resus with a mannequin and a skin marker. Pre-hospital colleagues took the card onto their vehicles. Re-audit of binder position on the trauma CT is done by the registrar each month.',
    MT, ['pelvic binder', 'pelvic fracture', 'haemorrhage control'], lead='person-haddad', team=['person-okafor'])
inn('inn-rib-fracture-bundle', 'Rib fracture bundle on K4: early blocks, physio and a score on arrival',
    'Older patients with several broken ribs were deteriorating on the ward with chest infections. Pain relief was left to oral morphine and nobody owned the pathway.|'
    'Every patient with three or more rib fractures, or any rib fracture over 65, now gets a STUMBL score in ED. A score over 15 triggers a call to the acute pain team for a serratus anterior plane block or an erector spinae catheter, physiotherapy within 12 hours and incentive spirometry hourly while awake. The ward nurses on K4 check the bundle at every handover. Pneumonia rates are being tracked.',
    K4, ['rib fractures', 'chest wall injury', 'regional anaesthesia', 'serratus anterior block'], lead='person-castellano', team=['person-lindqvist', 'person-brennan'])
inn('inn-tertiary-survey', 'Tertiary survey checklist finds missed injuries before discharge',
    'After a weekend admission, a patient went home from the trauma ward with an undiagnosed scaphoid fracture. The tertiary survey was being done inconsistently.|'
    'A one-page tertiary survey checklist is completed within 24 hours of admission and again when the patient is awake and talking. The major trauma coordinators chase any missing surveys every morning.',
    K4, ['tertiary survey', 'missed injuries'], lead='person-brennan', team=['person-lindqvist'])
inn('inn-rehab-prescription', 'Rehabilitation prescription for every major trauma patient',
    'Patients left the major trauma centre with no written plan for their rehab and the local hospitals and community teams had to start again.|'
    'Every patient with an Injury Severity Score over 8 gets a rehabilitation prescription: injuries, what they can do now, physio, OT, psychology and equipment needs, and who to call. A copy goes to the patient and to the receiving team. ' + BP1,
    MT, ['rehabilitation prescription', 'major trauma', 'repatriation'], lead='person-brennan', team=['person-whitlock'])
inn('inn-trauma-warming', 'Keeping trauma patients warm from the door: warmed fluids and a hot Resus bay',
    'Hypothermia on arrival is part of the lethal triad with acidosis and coagulopathy, and our arrival temperatures were often below 35.|'
    'Resus bay 1 is kept at 25 degrees when a trauma pre-alert comes in. Blankets and a forced-air warmer are put on the trolley and all fluids and blood go through the rapid infuser warmer. Recovery staff lent us their warming kit and know-how.',
    MT, ['hypothermia', 'warming', 'lethal triad'], lead='person-okafor', team=['person-halloran'])
aar('cap-aar-major-incident-exercise', 'Live major incident exercise "Operation Kestrel"',
    'Receive 20 simulated casualties from a coach crash on the ring road, run triage at the front door and open the second trauma team within 30 minutes.|'
    'Triage went well but the second trauma team took 52 minutes to assemble. The bleep system sent the call to the wrong rota. Car parking at the front door was blocked by staff cars.|'
    'The rota in the switchboard system was out of date; nobody had owned clearing the ambulance bays.',
    MT, ['major incident', 'mass casualty', 'exercise', 'trauma team'], fac='person-crowther', parts=['person-okafor', 'person-haddad', 'person-stubbs', 'person-osei'], held='2025-05-14',
    insights=['Switchboard rotas must be checked monthly.', 'Security to clear the ambulance bays on a major incident declaration.'])
aar('cap-aar-night-trauma-call', 'Night-time trauma call: delay in blood reaching Resus',
    'Major haemorrhage protocol activated at 02:10 for a motorcyclist; blood at the bedside within 10 minutes.|'
    'First blood arrived at 02:31. The single night porter was on a ward transfer and the grab box had not been restocked after the previous patient.|'
    'Restocking the grab box was nobody\'s job after hours.',
    MT, ['major haemorrhage', 'MHP', 'night', 'porters'], fac='person-okafor', parts=['person-osei', 'person-halloran'], held='2025-08-02')
lesson('lesson-binder-too-high', 'Pelvic binders were being placed too high',
    'Binders placed over the iliac crests instead of the greater trochanters do not reduce pelvic volume.|Put the binder at the level of the greater trochanters and check its position on the trauma CT.',
    MT, ['pelvic binder'], owner='person-haddad')
lesson('lesson-txa-second-dose', 'The TXA infusion gets lost at ward handover',
    'The tranexamic acid bolus was given in ED but the 8-hour infusion was missed in a quarter of patients moved to K4.|Put the TXA infusion on the ward handover sheet and the drug chart at the same time as the bolus.',
    K4, ['TXA', 'handover'], owner='person-lindqvist')
lesson('lesson-trauma-tabards', 'Role tabards make the trauma team leader obvious',
    'With twelve people in Resus, nobody knew who was leading. Coloured tabards with role names fixed it within a week.|Keep tabards on the Resus wall and put them on before the patient arrives.',
    MT, ['trauma team', 'human factors'], owner='person-okafor', polarity='sustain')
story('story-rib-block-evidence', 'Evidence search helped launch rib fracture blocks on the trauma ward',
    'Dr Castellano asked the library what evidence there was for serratus anterior blocks compared with epidurals for broken ribs in older trauma patients, to make the case to the pain committee.|'
    'The clinical librarian searched Medline, Embase and the Cochrane Library, appraised two trials and a systematic review and wrote a two-page evidence summary.|'
    'The pain committee approved the rib fracture bundle at its next meeting. The summary saved an estimated 12 hours of consultant time.',
    'Library and Knowledge Service', ['rib fractures', 'evidence summary', 'regional anaesthesia'], asked='person-castellano', role='Consultant anaesthetist', working=['person-bell'], kind='lks_impact_case_study')
retro('cap-retro-k4-opening', 'Opening the major trauma ward K4',
    'Open a 28-bed major trauma ward with its own coordinators and therapy team by April.|Ward opened on time with 24 beds staffed.|Recruit the therapy team before the nurses, not after.|Agree the medical cover for weekends before opening.',
    K4, ['major trauma ward', 'service change'], fac='person-crowther', parts=['person-lindqvist', 'person-brennan', 'person-parkes'], held='2024-07-10')
peer('cap-peer-rib-fractures', 'Peer assist: setting up a rib fracture pathway',
    'How do other major trauma centres run an older-adult rib fracture pathway and who holds the bleep for the blocks?|'
    'Give the pathway to the acute pain team, not the surgeons; Use the STUMBL score; Physiotherapy at weekends is the weak link; Count pneumonia and ICU admissions, not just pain scores',
    K4, ['rib fractures', 'chest injury'], fac='person-crowther', parts=['person-castellano', 'person-lindqvist'], host='Major Trauma Ward (K4)')
lesson('lesson-tertiary-weekend', 'Tertiary surveys slip at weekends',
    'Half the missed tertiary surveys were for Friday and Saturday admissions.|Weekend registrar completes outstanding tertiary surveys on the Sunday ward round.',
    K4, ['tertiary survey'], owner='person-brennan')
inn('inn-trauma-booklet-tablet', 'Digital trauma booklet on Resus tablets',
    'Paper trauma booklets were lost between ED, CT and theatres.|The scribe nurse completes the booklet on a wall-mounted tablet screen. Timings for the primary survey, CT, blood and TXA are captured automatically. IT supported the build.',
    MT, ['trauma booklet', 'digital', 'scribe'], lead='person-brennan', team=['person-fenwick'], stage='testing')
story('story-motorcyclist-journey', '"They told me what was happening at every step": a motorcyclist\'s story',
    'Jack, 34, came off his motorbike on the moor road. He had a broken pelvis, a crushed hand and a torn artery in his leg.|'
    'He was met by the trauma team, had his bleeding stopped, his leg artery repaired by the vascular surgeons and his hand fixed by the plastic surgeons over three operations. The trauma coordinator met his partner every day.|'
    'Jack went home after five weeks with a rehabilitation prescription. He said the coordinator was the one person who always knew what was happening.',
    MT, ['patient story', 'major trauma', 'polytrauma'], asked='person-brennan', role='Major trauma coordinator', kind='innovation_story')
lesson('lesson-it-major-incident', 'An IT "major incident" needs a clinical lead in the room',
    'When the patient record system crashed for six hours, the IT major incident call had no clinician on it and wards did not know to switch to paper.|Add the on-call site manager and a clinical lead to every IT major incident bridge call.',
    'IT Services', ['IT outage', 'major incident', 'system crash', 'downtime'], owner='person-fenwick')
lesson('lesson-crash-trolley-checks', 'Daily crash trolley checks were being signed but not done',
    'Two crash trolleys on K4 had expired defibrillator pads although the check sheet was signed.|Use a tagged, sealed crash trolley and check the seal number daily, with a full check weekly.',
    K4, ['resuscitation', 'crash trolley', 'defibrillator'], owner='person-lindqvist')

# ---------------- B. Vascular ----------------
inn('inn-graft-surveillance', 'Duplex surveillance clinic for leg bypass grafts',
    'Vein bypass grafts in the leg can narrow silently in the first year and fail without warning, and once a graft has occluded the chance of saving the leg drops.|'
    'Patients who have a femoro-popliteal or femoro-distal bypass using their own vein are booked for duplex ultrasound at 6 weeks, 3, 6 and 12 months in a nurse-led clinic. Any stenosis with a velocity ratio over 3.5 goes to the vascular MDT for angioplasty. ' + BP2,
    VS, ['bypass graft', 'graft surveillance', 'duplex', 'peripheral arterial disease'], lead='person-pryce', team=['person-mensah'],
    summary='Nurse-led graft surveillance picked up 14 failing grafts in its first year.')
inn('inn-clti-hot-clinic', 'Hot clinic for chronic limb-threatening ischaemia',
    'Patients with rest pain or tissue loss from poor circulation waited weeks for a routine vascular appointment, and some lost the leg.|'
    'A daily vascular hot clinic sees people with chronic limb-threatening ischaemia (CLTI, once called critical limb ischaemia) within 5 days of referral, with same-day duplex and a plan for revascularisation within 2 weeks. The diabetic foot team can book directly.',
    VS, ['CLTI', 'critical limb ischaemia', 'revascularisation', 'amputation prevention'], lead='person-mensah', team=['person-pryce', 'person-rahman'])
inn('inn-carotid-selective-shunt', 'Selective shunting in carotid surgery guided by stump pressure',
    'All patients having carotid endarterectomy under general anaesthetic were routinely shunted, which adds its own risks of embolism and arterial injury.|'
    'Surgeons now measure the internal carotid stump pressure after clamping and only insert a shunt when it is below 40 mmHg or the patient is awake and shows a deficit. Most operations are now done under local anaesthetic with the patient talking to the anaesthetist.',
    VS, ['carotid endarterectomy', 'shunt', 'stump pressure', 'local anaesthetic'], lead='person-mensah', team=['person-castellano'])
lesson('lesson-groin-wound-infection', 'Groin wounds after bypass break down when patients sit folded',
    'Groin wound infection after leg bypass was 14%; most were in patients with a large abdominal apron who sat in a chair for long periods.|Use a negative pressure dressing on high-risk groin incisions and teach patients to avoid sitting folded for long periods.',
    VS, ['groin wound', 'surgical site infection', 'bypass'], owner='person-pryce')
inn('inn-raaa-pathway', 'Ruptured AAA: one call from the front door to the vascular theatre',
    'Patients with a ruptured abdominal aortic aneurysm were waiting for CT reports and theatre while the team was paged one at a time.|'
    'A single "ruptured triple A" call alerts the vascular surgeon, interventional radiologist, anaesthetist and theatre coordinator. Permissive hypotension is used until the aorta is controlled. ' + BP3,
    VS, ['ruptured AAA', 'abdominal aortic aneurysm', 'EVAR'], lead='person-mensah', team=['person-okonjo'])
aar('cap-aar-raaa-night', 'AAR: ruptured aneurysm at 3am',
    'Patient in the vascular theatre within 30 minutes of arrival.|Took 55 minutes: the emergency theatre was occupied by a trauma laparotomy and the second team had to be called in.|No plan for two emergencies at once.',
    VS, ['ruptured AAA', 'theatres', 'emergency'], fac='person-crowther', parts=['person-mensah', 'person-okonjo', 'person-castellano'], held='2025-02-19')
inn('inn-compartment-monitoring', 'Compartment syndrome checks after leg revascularisation and tibial fractures',
    'A patient developed compartment syndrome in the calf after a femoral artery repair and needed a late fasciotomy.|'
    'Nurses on the vascular ward and K4 now do hourly neurovascular observations with a pain-on-passive-stretch check for 24 hours after revascularisation or a tibial fracture, and call the registrar on any change.',
    VS, ['compartment syndrome', 'fasciotomy', 'neurovascular observations'], lead='person-haddad', team=['person-pryce', 'person-lindqvist'])
inn('inn-claudication-exercise', 'Supervised exercise classes for people with leg pain when walking',
    'People with intermittent claudication were offered surgery or angioplasty before they had tried exercise, which NICE recommends first.|'
    'Twice-weekly supervised walking classes for 12 weeks in the hospital gym, run by the vascular nurses and a physio. Patients keep a walking diary.',
    VS, ['claudication', 'supervised exercise', 'peripheral arterial disease'], lead='person-pryce')
story('story-smoking-bypass-evidence', 'Evidence summary on stopping smoking before leg bypass',
    'The vascular nurse specialist wanted evidence to include in the pre-operative leaflet about smoking and graft failure.|The library produced an evidence summary of cohort studies.|The leaflet now quotes figures patients understand; the stop-smoking referral rate doubled.',
    'Library and Knowledge Service', ['smoking cessation', 'bypass graft'], asked='person-pryce', role='Vascular nurse specialist', working=['person-bell'], kind='lks_impact_case_study')
lesson('lesson-heparin-infusion', 'Heparin infusions after vascular surgery need one chart',
    'Two different heparin charts were in use.|Use the single trust heparin chart.',
    VS, ['heparin', 'anticoagulation'], owner='person-pryce')
lesson('lesson-road-bypass-parking', 'Roadworks on the town bypass sent visitors to the wrong car park',
    'When the eastern bypass closed for resurfacing, sat-navs sent visitors through the staff car park and the barrier queues blocked the ambulance route.|Put temporary signs on the bypass diversion and tell patients in appointment letters which entrance to use.',
    'Car Parking and Security', ['bypass', 'roadworks', 'car parking', 'signage'], owner='person-stubbs')
lesson('lesson-epr-bypass', 'Staff were bypassing the EPR login with shared cards',
    'On busy shifts staff used a colleague\'s smartcard to bypass the log-in screen.|Use tap-and-go log-in on shared workstations so nobody needs to bypass it.',
    'IT Services', ['information governance', 'smartcard', 'login'], owner='person-fenwick')
lesson('lesson-car-park-shunt', 'Low-speed shunts at the multi-storey barrier',
    'Eleven minor shunts in three months happened where drivers queue at the multi-storey barrier on the slope.|Move the ticket machine to the flat and paint a yellow box.',
    'Car Parking and Security', ['car park', 'collisions', 'shunt'], owner='person-stubbs')

# ---------------- C. Diabetic foot ----------------
inn('inn-tcc-clinic', 'Total contact casting clinic heals plantar foot ulcers faster',
    'Neuropathic ulcers on the sole of the foot in people with diabetes were taking months to heal because patients kept walking on them in ordinary shoes.|'
    'The podiatry team trained in total contact casting (TCC). A well-padded fibreglass cast is applied in the foot clinic and changed weekly. Patients who cannot have a cast get a removable knee-high offloading walker made irremovable with a tie. We measured time to healing against the year before. ' + BP1,
    DF, ['total contact cast', 'TCC', 'offloading', 'diabetic foot ulcer', 'DFU'], lead='person-rahman', team=['person-doyle'],
    summary='Median healing time for plantar ulcers fell from 18 to 9 weeks.')
inn('inn-hot-foot-clinic', '"Hot foot" rapid access clinic: seen within one working day',
    'People with diabetes and a new foot ulcer, infection or a hot swollen foot were waiting up to three weeks to be seen, and some arrived with a foot that could not be saved.|'
    'A rapid access diabetic foot clinic takes referrals from GPs, district nurses and ED and sees patients within one working day. The multidisciplinary foot team (podiatry, diabetes, vascular, orthotics) is in the same room on Tuesdays and Fridays.',
    DF, ['rapid access', 'diabetic foot', 'foot ulcer', 'MDT'], lead='person-rahman', team=['person-mensah', 'person-kowalczyk'])
inn('inn-foot-vascular-mdt', 'Joint podiatry and vascular MDT for the diabetic foot',
    'Patients with diabetic foot ulcers and poor circulation were passed between podiatry and vascular clinics for months.|'
    'A weekly joint MDT reviews every ulcer that has not improved in 4 weeks, with toe pressures and duplex results. Angioplasty or bypass is planned in the meeting.',
    DF, ['MDT', 'diabetic foot', 'peripheral arterial disease', 'revascularisation'], lead='person-mensah', team=['person-rahman', 'person-pryce'])
lesson('lesson-cast-heel-sore', 'Check the heel at every cast change',
    'A patient in a total contact cast developed a new heel ulcer under the cast because padding had compressed.|Remove and inspect the whole foot at every weekly cast change and add heel padding.',
    DF, ['total contact cast', 'pressure ulcer'], owner='person-doyle')
inn('inn-charcot-pathway', 'Hot swollen foot? Think Charcot: pathway and immobilisation',
    'Charcot neuroarthropathy was being mistaken for cellulitis or a sprain and the foot collapsed before it was immobilised.|'
    'Any person with diabetes and neuropathy with a hot swollen foot is immobilised in a cast or boot the same day and has an X-ray and MRI. Temperature difference between feet is measured each visit.',
    DF, ['Charcot foot', 'neuroarthropathy', 'immobilisation', 'cast'], lead='person-rahman', team=['person-doyle'], stage='testing')
story('story-offloading-evidence', 'Offloading evidence summary settles the boot versus cast debate',
    'The foot team disagreed about whether removable walkers were as good as casts.|The clinical librarian searched for trials and guidelines and summarised them for the team.|The team agreed non-removable offloading first-line; the evidence summary is now part of new podiatrist induction.',
    'Library and Knowledge Service', ['offloading', 'diabetic foot ulcer'], asked='person-doyle', role='Podiatrist', working=['person-bell'], kind='lks_impact_case_study')
inn('inn-foot-photo-monitoring', 'Phone photos for remote review of foot ulcers',
    'Patients travelling an hour for a 5-minute wound check.|District nurses send photos through the secure app and a podiatrist reviews them within 48 hours.',
    DF, ['telehealth', 'wound photography', 'diabetic foot'], lead='person-doyle', stage='testing')
lesson('lesson-inpatient-foot-checks', 'Inpatients with diabetes need a foot check on admission',
    'Three patients on the trauma ward developed heel ulcers because nobody had noticed their neuropathy.|Do a foot risk check within 24 hours of admission for every inpatient with diabetes and give heel offloading to those at risk.',
    K4, ['diabetic foot', 'heel ulcer', 'inpatient'], owner='person-rahman')
aar('cap-aar-toe-amputation', 'AAR: minor amputation delayed by theatre list',
    'Toe amputation for osteomyelitis within 48 hours of decision.|Done on day 6; the patient was bumped three times from the emergency list by trauma cases.|Minor amputations have no protected time.',
    DF, ['minor amputation', 'osteomyelitis', 'theatre list'], fac='person-crowther', parts=['person-rahman', 'person-okonjo'], held='2025-04-03')
story('story-panto-cast', 'The Kestrel Players\' panto cast raises £4,200 for the League of Friends',
    'The staff drama group wanted to do something for the hospital charity.|Maeve Quinlan cast 22 staff and volunteers in "Cinderella" in the lecture theatre; rehearsals ran for eight weeks.|Three sell-out nights raised £4,200 for ward equipment.',
    'Voluntary Services', ['drama group', 'fundraising', 'panto', 'cast'], asked='person-quinlan', role='Volunteer coordinator', kind='km_success_story')
inn('inn-lks-podcast', 'Theatre Talk: a library podcast for theatre staff',
    'Theatre staff cannot get to library sessions.|A 15-minute monthly podcast with the clinical librarian and a guest, on new evidence for theatre practice. Listen in the car.',
    'Library and Knowledge Service', ['podcast', 'current awareness'], lead='person-bell')
lesson('lesson-shop-footfall', 'Hospital shop footfall dropped after the entrance moved',
    'Volunteer-run shop takings fell by a third when the main entrance moved.|Put a sign at the new entrance.',
    'Voluntary Services', ['volunteers', 'shop', 'footfall'], owner='person-parkes')

# ---------------- D. Plastic surgery and hand therapy ----------------
PS = 'Plastic Surgery'
HT = 'Hand Therapy'
inn('inn-flap-obs-chart', 'Hourly free flap observation chart with a traffic-light escalation',
    'After microvascular free tissue transfer, the first 48 hours decide whether the flap survives. Observations on the plastics ward were written in different places and a congested flap was missed overnight.|'
    'A single flap observation chart records colour, capillary refill, temperature, turgor and hand-held Doppler signal hourly for 24 hours, then 2-hourly. Any amber sign means a call to the plastics registrar within 15 minutes; red means straight back to theatre. Flap nurses teach every new starter. ' + BP2,
    PS, ['free flap', 'flap monitoring', 'Doppler', 'microsurgery'], lead='person-fairbairn', team=['person-nakamura'],
    summary='No flap losses from delayed recognition since the chart was introduced.')
inn('inn-flap-return-theatre', 'Compromised flap goes back to theatre within the hour',
    'Flap salvage succeeds only if the blocked vessel is re-explored quickly, but compromised flaps were waiting behind elective lists.|'
    'A returning free flap is a category 1 emergency on the theatre booking system. The consultant is called directly. Leeches and heparin are stocked on the ward for venous congestion while theatre is prepared.',
    PS, ['free flap', 'flap salvage', 're-exploration', 'theatre'], lead='person-nakamura', team=['person-okonjo', 'person-fairbairn'])
lesson('lesson-flap-warm-room', 'Keep flap patients warm and well filled',
    'Cold, dry patients shut down their peripheral vessels and flaps suffer.|Keep side rooms for flap patients at 24 degrees and watch fluid balance and urine output hourly.',
    PS, ['free flap', 'warming'], owner='person-fairbairn', polarity='sustain')
inn('inn-ssg-donor-site', 'Skin graft donor sites: leave the dressing alone for ten days',
    'Donor sites from split-skin grafts on the thigh were being taken down on day 3, which was painful and slowed healing.|'
    'A single alginate-and-film dressing is left untouched for 10 days unless it leaks. Patients go home with a leaflet. For the graft itself, a tie-over bolster is used and the first look is at day 5 in the dressing clinic.',
    PS, ['skin graft', 'split-skin graft', 'donor site', 'dressing'], lead='person-fairbairn', team=['person-macleod'])
inn('inn-hand-trauma-clinic', 'One-stop hand trauma clinic: see, decide and operate the same day',
    'Hand injuries from ED waited a week for a plastics clinic and again for theatre, and many could have been fixed under local anaesthetic straight away.|'
    'A daily hand trauma clinic assesses cut tendons, nerve injuries, fingertip injuries and fractures, with a procedure room next door for same-day repair under WALANT. Hand therapy is in the same corridor for splints.',
    PS, ['hand trauma', 'hand injury', 'WALANT', 'tendon repair'], lead='person-yates', team=['person-nakamura', 'person-oyelaran'])
inn('inn-flexor-early-active', 'Early active motion after flexor tendon repair with a new thermoplastic splint',
    'Patients whose finger tendons had been repaired were kept immobile in a bulky plaster backslab and ended up with stiff fingers.|'
    'Hand therapists now make a custom thermoplastic dorsal blocking splint within 3 days of surgery and start a controlled early active motion programme. Patients have therapy weekly for 12 weeks. Rupture rates are audited.',
    HT, ['flexor tendon', 'splint', 'early active motion', 'hand therapy'], lead='person-oyelaran', team=['person-szabo'])
inn('inn-scar-clinic', 'Therapist-led scar management clinic',
    'Patients were left with tight, raised scars after hand and skin graft surgery.|A weekly clinic offers scar massage teaching, silicone, pressure garments and splints for contracture.',
    HT, ['scar management', 'silicone', 'pressure garments'], lead='person-szabo')
lesson('lesson-splint-swelling', 'A splint that fitted on day 3 may be too tight on day 4',
    'Two patients came back with swollen, numb fingers from a splint made when the hand was less swollen.|Tell patients to elevate the hand and come back the same day if the splint feels tight.',
    HT, ['splint', 'swelling'], owner='person-oyelaran')
peer('cap-peer-hand-therapy-waits', 'Peer assist: cutting the wait for hand therapy',
    'Our hand therapy wait for new patients was 6 weeks; other units see post-op patients in 3 days.|Triage on the day of referral; Group classes for stable fractures; Therapy assistants making simple splints',
    HT, ['hand therapy', 'waiting list'], fac='person-crowther', parts=['person-oyelaran', 'person-szabo'])
story('story-degloving', '"Half the skin on my hand was gone": a degloving injury',
    'Priya caught her hand in a roller at work and the skin was pulled off the back of her hand and fingers.|The plastic surgeons covered the hand with a groin flap and later a skin graft; the hand therapists made her splints and a pressure glove.|Six months later she is back at work.',
    PS, ['degloving', 'patient story', 'hand injury'], asked='person-nakamura', role='Consultant plastic surgeon', kind='innovation_story')
aar('cap-aar-flap-loss', 'AAR: free flap lost after a weekend transfer',
    'Flap checked hourly and any change escalated.|The patient moved wards on Saturday; observations went 4-hourly and the venous congestion was noticed 6 hours late.|Receiving ward did not know the flap chart.',
    PS, ['free flap', 'flap failure', 'ward transfer'], fac='person-crowther', parts=['person-fairbairn', 'person-nakamura'], held='2024-11-09')
retro('cap-retro-walant', 'Wide-awake hand surgery: one year on',
    'Move 60% of hand operations out of main theatres to wide-awake local anaesthetic no tourniquet (WALANT).|Reached 54%.|Use the procedure room for all simple tendon repairs.|Book a hand therapist into the list.',
    PS, ['WALANT', 'local anaesthetic', 'hand surgery', 'tourniquet'], fac='person-crowther', parts=['person-yates', 'person-nakamura', 'person-begum'], held='2025-10-01')
inn('inn-leech-therapy', 'Leeches on the ward: a protocol for venous congestion',
    'Medicinal leeches were ordered ad hoc and nursing staff were unsure how to use them.|Protocol with antibiotic cover, leech storage and disposal, and teaching.',
    PS, ['leech therapy', 'venous congestion', 'flap'], lead='person-fairbairn', stage='implemented')
story('story-reception-calm', '"No need to get in a flap": calm conversations training for reception staff',
    'Receptionists at the outpatients desk faced angry visitors about parking and delays.|Patient experience ran half-day sessions on de-escalation.|Complaints about staff attitude halved.',
    'Patient Experience', ['de-escalation', 'customer care', 'reception'], asked='person-bramwell', role='Head of patient experience', kind='km_success_story')
story('story-grafting-garden', 'Hard graft in the healing garden: volunteers plant a heritage orchard',
    'The grounds team wanted the healing garden to be somewhere patients would actually sit.|Volunteers and the gardeners grafted heritage apple varieties onto rootstock and planted twelve trees.|Patients from the limb centre now use the garden paths for walking practice.',
    'Estates and Grounds', ['gardening', 'volunteers', 'grafting', 'healing garden'], asked='person-garrow', role='Grounds team leader', kind='km_success_story')
lesson('lesson-hand-hygiene-audit', 'Hand hygiene audits done by the ward itself always score 100%',
    'Self-audit of hand hygiene scored 100% while peer audit scored 71%.|Audit each other\'s wards.',
    'Infection Prevention', ['hand hygiene', 'audit'], owner='person-lindqvist')

# ---------------- E. Limb fitting, amputee rehab, orthotics, wheelchairs ----------------
LF = 'Limb Fitting Centre'
inn('inn-vacuum-socket', 'Elevated vacuum sockets for above-knee amputees with volume changes',
    'Transfemoral amputees whose residual limb changed size through the day had a loose, rubbing socket and skin breakdown, and many stopped wearing the prosthesis.|'
    'The prosthetists trialled an elevated vacuum suspension system with a sealed liner for 15 users. Fit was checked at 2, 6 and 12 weeks and users scored comfort and wear time.',
    LF, ['prosthetic socket', 'vacuum suspension', 'transfemoral', 'above-knee amputation'], lead='person-mcardle', team=['person-whitlock'], stage='testing',
    summary='Trial of vacuum suspension for above-knee prosthesis users.')
inn('inn-socket-3d-scan', 'Scanning the residual limb instead of plaster casting for prosthetic sockets',
    'Taking a plaster cast of the stump for every new socket is messy, takes an hour and the mould has to go to the workshop.|'
    'We use a hand-held 3D scanner to capture the shape of the residual limb, modify it on screen and carve the test socket. Plaster casting is kept for complex limbs. ' + BP1,
    LF, ['prosthetics', 'socket', '3D scanning', 'casting', 'CAD/CAM'], lead='person-mcardle', team=['person-gill'])
inn('inn-early-walking-aid', 'Walking within a week of amputation with an early walking aid',
    'After a below-knee or above-knee amputation, patients waited 6 to 8 weeks for a first prosthesis and lost strength and confidence.|'
    'Amputee physiotherapists use a pneumatic post-amputation mobility aid (PPAM aid) in the gym from day 5 to 10 after surgery, once the wound allows. It also helps control swelling of the stump.',
    LF, ['PPAM aid', 'early walking aid', 'amputee rehabilitation', 'physiotherapy'], lead='person-adeyemi', team=['person-whitlock'])
inn('inn-stump-care-leaflet', 'Looking after your stump: a leaflet written with amputees',
    'Patients said our leaflet talked about "residual limb management" and they did not understand it.|'
    'Six amputee volunteers rewrote it with us in plain words: washing and checking your stump every day, using the shrinker sock, what a rubbing socket looks like, and when to call the limb centre. Photos show real stumps.',
    LF, ['stump care', 'residual limb', 'patient information', 'amputee'], lead='person-adeyemi', team=['person-parkes'])
inn('inn-mirror-therapy', 'Mirror therapy group for phantom limb pain',
    'Up to 80% of amputees have phantom limb pain or sensations and medication alone helps few of them.|'
    'A weekly group with the rehab consultant and a physiotherapist teaches mirror therapy and graded motor imagery, with a review of neuropathic pain medicines. Patients record pain scores.',
    LF, ['phantom limb pain', 'mirror therapy', 'neuropathic pain'], lead='person-whitlock', team=['person-adeyemi'])
inn('inn-pre-amputation-assessment', 'Seeing people before their amputation, not after',
    'Patients facing a planned leg amputation (often after failed bypass or a diabetic foot infection) first met the limb centre weeks after surgery.|'
    'The rehabilitation consultant and amputee physio now see every planned major amputation before surgery: level of amputation, home, goals, prehab exercises, and a visit to the limb centre. Vascular surgeons refer from the MDT.',
    LF, ['pre-amputation', 'prehabilitation', 'amputation level', 'vascular'], lead='person-whitlock', team=['person-adeyemi', 'person-mensah'])
lesson('lesson-shrinker-timing', 'Start the stump shrinker when the wound allows, not at the first fitting',
    'Residual limbs were still swollen at the first casting appointment and sockets needed remaking.|Fit a compression shrinker sock as soon as the surgeon agrees and measure limb volume weekly.',
    LF, ['stump oedema', 'shrinker', 'compression sock'], owner='person-adeyemi')
inn('inn-afo-same-day', 'Same-day ankle-foot orthoses for foot drop',
    'People with foot drop waited 8 weeks for an orthosis and tripped in the meantime.|The orthotist fits an off-the-shelf AFO the same day in clinic and a custom one where needed later.',
    'Orthotics', ['AFO', 'ankle-foot orthosis', 'foot drop', 'orthotics'], lead='person-kowalczyk')
inn('inn-diabetic-insoles', 'Custom insoles and footwear for people with healed diabetic foot ulcers',
    'Half of healed foot ulcers come back within a year.|The orthotist joins the foot clinic to provide custom insoles and footwear the week the ulcer heals, measured with in-shoe pressure mapping.',
    'Orthotics', ['insoles', 'therapeutic footwear', 'diabetic foot', 'ulcer recurrence'], lead='person-kowalczyk', team=['person-rahman'])
inn('inn-wheelchair-triage', 'Wheelchair service waiting list triage halves the wait for urgent chairs',
    'The wheelchair service had 410 people waiting, some for 30 weeks, including people being discharged from the trauma ward who could not go home without a chair.|'
    'Referrals are now triaged within 3 days into urgent (end of life, discharge-dependent, pressure ulcer risk), priority and routine. A stock of ready-to-issue chairs covers urgent needs.',
    'Wheelchair Service', ['wheelchair', 'waiting list', 'triage', 'discharge'], lead='person-thorne', team=['person-gill'])
inn('inn-pressure-cushion-mapping', 'Pressure mapping for wheelchair cushions',
    'Full-time wheelchair users with a previous pressure ulcer were getting cushions chosen by eye.|'
    'The rehabilitation engineer uses a pressure-mapping mat to choose and set up cushions, and shows the user the map. Used for all high-risk users since spring.',
    'Wheelchair Service', ['pressure ulcer prevention', 'seating', 'cushion', 'pressure mapping'], lead='person-gill', team=['person-thorne', 'person-macleod'])
story('story-powerchair-amputee', 'A powered chair got Derek back to his allotment',
    'Derek lost both legs to vascular disease and could not push a manual wheelchair up his lane.|The wheelchair service assessed him for an outdoor powered chair and his limb centre team fitted short prostheses for transfers.|He is back at his allotment and says it "gave me my life back".',
    'Wheelchair Service', ['powered wheelchair', 'bilateral amputee', 'patient story'], asked='person-thorne', role='Wheelchair service manager', kind='innovation_story')
aar('cap-aar-wheelchair-repairs', 'AAR: changing the wheelchair repair contractor',
    'New approved repairer in place on 1 April with no gap in repairs.|Backlog of 90 repairs; users waited up to three weeks with broken chairs.|Handover of open jobs was not in the contract.',
    'Wheelchair Service', ['wheelchair repairs', 'contract'], fac='person-crowther', parts=['person-thorne', 'person-gill'], held='2025-05-28')
retro('cap-retro-limb-centre-move', 'Moving the limb fitting centre to the rehabilitation building',
    'Move the limb fitting centre, workshop and gym without cancelling clinics.|Done over one weekend with two days of reduced clinics.|Measure the workshop extraction before moving.|Check Blue Badge bays and drop-off for users.',
    LF, ['limb fitting', 'relocation', 'prosthetics workshop'], fac='person-crowther', parts=['person-mcardle', 'person-whitlock', 'person-stubbs'], held='2024-09-30')
peer('cap-peer-amputee-peer-support', 'Peer assist: setting up amputee peer support volunteers',
    'We want experienced amputees to visit new amputees on the wards. How have other centres done it safely?|Recruit through the limb centre, not the general volunteer advert; Train volunteers on what not to say about pain and prostheses; Pair by amputation level and age',
    LF, ['peer support', 'amputee', 'volunteers'], fac='person-parkes', parts=['person-whitlock', 'person-adeyemi'], host='Limb Fitting Centre')
lesson('lesson-socket-weight-change', 'A few kilos can ruin a socket fit',
    'Users who gained or lost weight after discharge came back with sores.|Weigh prosthesis users at every visit and tell them to call if their socket gets loose or tight.',
    LF, ['socket fit', 'prosthesis', 'skin problems'], owner='person-mcardle')
lesson('lesson-limb-retention-faith', 'Ask about faith wishes for an amputated limb before surgery',
    'A Muslim patient\'s family were distressed to learn the amputated leg had been incinerated; their faith asks for burial.|At the pre-amputation visit, ask whether the patient wants the limb kept for burial and tell the chaplaincy and theatres.',
    LF, ['amputation', 'faith', 'burial', 'chaplaincy'], owner='person-siddiqui', context='Raised by the chaplaincy after a complaint.')
inn('inn-socket-pat-testing', 'PAT testing of electrical sockets and appliances moved onto a barcode app',
    'Electrical safety testing of sockets and portable appliances was recorded on paper and appliances were missed.|Estates electricians scan a barcode on each item and socket; overdue items show on a dashboard.',
    'Estates', ['PAT testing', 'electrical safety', 'sockets'], lead='person-dunmore')
lesson('lesson-tree-limb-storm', 'A falling tree limb closed the car park after Storm Ivo',
    'A large limb fell from an oak onto two cars in the visitors\' car park.|Survey trees near car parks every autumn and after named storms.',
    'Estates and Grounds', ['trees', 'storm', 'car park safety'], owner='person-garrow')
inn('inn-stump-grinding', 'Tree stumps ground out to make room for extra parking',
    'Old tree stumps were stopping us marking out 30 more bays.|The grounds team ground out the stumps and replanted elsewhere.',
    'Estates and Grounds', ['tree stumps', 'car parking', 'grounds'], lead='person-garrow')
story('story-chairing-committee', 'Chairing a better patient safety committee meeting',
    'The quality committee chair found meetings ran over by an hour.|The library supplied papers on effective board meetings and the chair introduced a consent agenda.|Meetings now end on time.',
    'Corporate Governance', ['chairing meetings', 'governance'], asked='person-royce', role='Non-executive director', working=['person-bell'], kind='lks_impact_case_study')

# ---------------- F. Theatres and recovery ----------------
TH = 'Theatres and Recovery'
inn('inn-team-brief', 'Five-minute team brief before every theatre list',
    'Lists started late and equipment problems were found with the patient already asleep.|'
    'Every list starts with a team brief at 08:15: the whole team introduces itself, goes through each patient, equipment and implants, and any concerns. A debrief at the end records what went wrong for the theatre manager to fix. ' + BP3,
    TH, ['team brief', 'debrief', 'human factors', 'surgical safety'], lead='person-okonjo', team=['person-castellano', 'person-begum'])
inn('inn-who-checklist-audit', 'Observational audit of the WHO surgical safety checklist',
    'Our checklist compliance was 99% on paper but staff said the time out was often rushed or done with the surgeon scrubbing.|'
    'Trained observers watch 20 cases a month and score whether each step of the World Health Organization Surgical Safety Checklist (sign in, time out, sign out) was done with the whole team engaged. Results go to the theatre governance meeting.',
    TH, ['WHO checklist', 'surgical safety checklist', 'time out', 'never events'], lead='person-okonjo')
lesson('lesson-swab-count', 'Count swabs aloud with two people, every time',
    'A swab count discrepancy at the end of a trauma laparotomy needed an X-ray on table.|Do counts aloud with the scrub practitioner and circulator together, and write them on the whiteboard.',
    TH, ['swab count', 'retained swab', 'never events'], owner='person-begum')
inn('inn-tourniquet-timer', 'Tourniquet timer on the theatre wall screen',
    'Limb tourniquets were occasionally left inflated over two hours on long trauma and hand cases.|'
    'The tourniquet inflation time now shows on the theatre wall screen with a prompt to the surgeon at 60 and 90 minutes. ODPs record times on the care plan.',
    TH, ['tourniquet', 'limb surgery', 'ODP'], lead='person-begum', team=['person-fenwick'])
inn('inn-recovery-warming', 'Warming bundle in recovery cuts post-op hypothermia',
    'Patients arriving in recovery from long trauma and plastics cases were cold, shivering and slow to wake. Inadvertent perioperative hypothermia also harms flaps and wounds.|'
    'Temperature is measured on arrival in the post-anaesthesia care unit (PACU) and every 15 minutes. Anyone below 36 degrees gets forced-air warming and does not go to the ward until 36. Theatre starts warming before induction.',
    TH, ['perioperative hypothermia', 'PACU', 'recovery', 'warming'], lead='person-halloran', team=['person-castellano'])
inn('inn-recovery-handover', 'Structured anaesthetist-to-recovery handover',
    'Recovery nurses were told little about blocks, airway difficulties or blood loss.|A printed handover card follows the patient: airway, drugs, block, fluids, blood loss, analgesia plan, concerns. The anaesthetist stays until the nurse says "I have the patient".',
    TH, ['handover', 'recovery', 'PACU'], lead='person-halloran', team=['person-castellano'])
aar('cap-aar-wrong-side-block', 'AAR: near miss with a wrong-side nerve block',
    'Block performed on the marked left arm after a "stop before you block" check.|The needle was almost inserted on the right; the ODP stopped it.|The arrow was covered by the drape; the check was skipped as the patient was sedated.',
    TH, ['wrong-site block', 'stop before you block', 'never events', 'regional anaesthesia'], fac='person-okonjo', parts=['person-castellano', 'person-begum'], held='2025-07-22')
inn('inn-block-room', 'Block room for regional anaesthesia',
    'Nerve blocks done in the anaesthetic room delayed list starts.|A dedicated block room with an ultrasound machine lets blocks be done while the previous patient is in theatre.',
    TH, ['regional anaesthesia', 'nerve block', 'theatre efficiency'], lead='person-castellano')
inn('inn-theatre-late-starts', 'Fewer late starts: patients sent for at 07:45',
    'First cases started 35 minutes late on average.|Porters send for the first patient at 07:45 and the ward has them ready. Late starts are reviewed each week.',
    TH, ['theatre utilisation', 'late starts', 'porters', 'productivity'], lead='person-okonjo', team=['person-osei'])
retro('cap-retro-trauma-list', 'Retrospect: a dedicated daytime trauma list',
    'Move trauma operations out of the night into a daytime trauma list.|Night operating for trauma fell by 40%.|Protect a slot for flap returns and vascular emergencies.',
    TH, ['emergency list', 'trauma theatre', 'CEPOD'], fac='person-crowther', parts=['person-okonjo', 'person-haddad', 'person-castellano'], held='2025-01-15')
peer('cap-peer-ponv', 'Peer assist: reducing sickness after operations',
    'Post-operative nausea and vomiting delays recovery discharge; what do other PACUs do?|Risk score in pre-op; Two antiemetics for high-risk patients; Fluids and early drinking',
    TH, ['PONV', 'nausea', 'recovery'], fac='person-crowther', parts=['person-halloran'])
lesson('lesson-theatre-lift-breakdown', 'When the theatre lift is down, plan the route before the patient is asleep',
    'The bed lift between theatres and K4 failed during a list and a patient waited 40 minutes in recovery for a porter and a route.|Agree an alternative route with portering and estates whenever a lift is out of service.',
    TH, ['lifts', 'patient transfer', 'porters', 'recovery'], owner='person-osei')
story('story-players-lecture-theatre', 'Kestrel Players take to the lecture theatre stage',
    'The staff drama group needed a place to rehearse and perform.|The education centre let them use the main lecture theatre in the evenings, with the AV team helping with lighting.|The group now has 40 members from every department and performs twice a year.',
    'Voluntary Services', ['drama group', 'lecture theatre', 'staff wellbeing'], asked='person-quinlan', role='Volunteer coordinator', kind='km_success_story')
inn('inn-lecture-theatre-av', 'Self-service AV in the lecture theatres',
    'Teaching in the lecture theatre was delayed while IT set up the projector.|One-touch panels and a laminated guide in each theatre; hybrid cameras added.',
    'IT Services', ['lecture theatre', 'AV', 'hybrid teaching'], lead='person-fenwick')
inn('inn-financial-recovery', 'Financial recovery plan: ward-level budget dashboards',
    'The trust was asked to deliver a financial recovery plan with £9 million of savings.|Every budget holder gets a monthly dashboard and a finance business partner.',
    'Finance', ['financial recovery', 'budget', 'savings'], lead='person-pemberton')
lesson('lesson-server-recovery', 'Test the backup recovery, not just the backup',
    'When the file server crashed, recovery from backup took 19 hours because the restore had never been tested.|Test a full restore every quarter.',
    'IT Services', ['disaster recovery', 'backup', 'server crash'], owner='person-fenwick')
lesson('lesson-parking-debt-recovery', 'Parking fine debt recovery letters upset bereaved families',
    'Families of patients who died in the trauma unit received parking charge debt recovery letters.|Check the ward exemption list before any debt recovery letter is sent.',
    'Car Parking and Security', ['parking charges', 'debt recovery', 'bereavement'], owner='person-stubbs')

# ---------------- G. Wound clinic and lymphoedema ----------------
WC = 'Wound Clinic'
LY = 'Lymphoedema Service'
inn('inn-npwt-pathway', 'Negative pressure wound therapy pathway from ward to home',
    'Topical negative pressure (vacuum) dressings were started without a plan for who would change them, and patients stayed in hospital waiting for a pump.|'
    'The tissue viability team wrote an NPWT pathway: indications, contraindications (untreated osteomyelitis, exposed vessels), choice of pump, dressing changes three times a week, and a portable pump with district nurse handover for home. Staff on K4 and the vascular ward are trained and signed off.',
    WC, ['NPWT', 'negative pressure wound therapy', 'VAC', 'tissue viability'], lead='person-macleod', team=['person-ferreira'],
    summary='A pathway so that patients go home on a portable vacuum pump.')
inn('inn-dressing-formulary', 'A wound dressing formulary halved the number of products on the shelves',
    'Wards stocked over 200 different dressings and many were used for the wrong wound.|'
    'The tissue viability nurses wrote a formulary of 40 dressings with a picture guide by wound type: dry, sloughy, heavily exuding, infected, cavity. Procurement stopped supplying off-formulary products without approval. ' + BP1,
    WC, ['dressings', 'wound care formulary', 'tissue viability', 'procurement'], lead='person-macleod')
inn('inn-wound-photos', 'Wound photography with consent on the trust app',
    'Wounds were described in words that meant different things to different nurses.|Photos are taken on trust devices with a measuring scale and stored in the record. Files are compressed before upload.',
    WC, ['wound photography', 'wound assessment'], lead='person-macleod', team=['person-fenwick'])
inn('inn-leg-ulcer-compression', 'Leg ulcer clinic: full assessment and compression within two weeks',
    'People with leg ulcers were having dressings for months without a Doppler or compression.|'
    'The wound clinic does a full leg ulcer assessment with ankle-brachial pressure index (ABPI) and starts strong compression bandaging or hosiery for venous ulcers. Patients with poor circulation go to the vascular clinic.',
    WC, ['leg ulcer', 'compression bandaging', 'ABPI', 'venous ulcer'], lead='person-ferreira', team=['person-pryce'])
lesson('lesson-npwt-discharge-home', 'Order the portable NPWT pump before the day of discharge',
    'Three patients stayed an extra two days waiting for a portable vacuum pump to be delivered.|Order the portable pump when discharge is first planned and book the district nurses.',
    WC, ['NPWT', 'discharge planning'], owner='person-macleod')
lesson('lesson-exudate-maceration', 'Heavy wound discharge needs a more absorbent dressing, not more frequent changes',
    'Wounds with heavy exudate had macerated skin around them despite daily changes.|Use a superabsorbent dressing and protect the skin edge with a barrier film.',
    WC, ['exudate', 'maceration', 'dressings'], owner='person-ferreira')
inn('inn-heel-pressure-ulcers', 'Heel offloading boots for immobile trauma patients',
    'Patients in traction or with spinal precautions developed heel pressure ulcers (bed sores) on the trauma ward.|'
    'Every patient with a Waterlow score over 15 on K4 gets heel offloading boots and 2-hourly position changes. The tissue viability nurse reviews all category 2 or worse pressure damage within 24 hours.',
    K4, ['pressure ulcers', 'heel', 'offloading', 'tissue viability'], lead='person-macleod', team=['person-lindqvist'])
inn('inn-compression-garments', 'Made-to-measure compression garments fitted in one visit',
    'People with lymphoedema of the arm or leg waited three visits for measuring, ordering and fitting of compression garments.|'
    'The lymphoedema nurses measure and order at the first appointment with a supplier who delivers to the patient\'s home in 10 days, with a video call to check fit.',
    LY, ['lymphoedema', 'compression garments', 'hosiery'], lead='person-hughes')
inn('inn-sld-self-care', 'Teaching simple lymphatic drainage for self-care',
    'Manual lymphatic drainage (MLD) by a therapist is not available long-term.|Patients and carers learn simple lymphatic drainage (SLD), skin care and exercises in a group, with a video to take home.',
    LY, ['MLD', 'manual lymphatic drainage', 'self-management', 'lymphoedema'], lead='person-hughes')
story('story-swollen-leg', '"My leg kept swelling after my bypass": finding the lymphoedema clinic',
    'Mr Evans had a swollen leg for a year after his femoral bypass and was told it was "just fluid".|The vascular nurse referred him to the lymphoedema service for compression and skin care.|The swelling went down by a third and he can wear his own shoes.',
    LY, ['leg swelling', 'lymphoedema', 'bypass', 'patient story'], asked='person-pryce', role='Vascular nurse specialist', kind='innovation_story')
aar('cap-aar-npwt-alarm', 'AAR: vacuum dressing alarm ignored overnight',
    'NPWT pump alarms answered within 30 minutes.|A leak alarm was silenced and the dressing left off suction for 8 hours.|Staff did not know how to fix a leak.',
    WC, ['NPWT', 'device alarm'], fac='person-macleod', parts=['person-lindqvist'], held='2025-03-11')
lesson('lesson-cellulitis-rescue-pack', 'Give lymphoedema patients an antibiotic rescue pack',
    'Cellulitis in a swollen limb often started at weekends and patients went to ED.|Give patients with recurrent cellulitis a rescue pack and a leaflet.',
    LY, ['cellulitis', 'lymphoedema', 'antibiotics'], owner='person-hughes')
lesson('lesson-car-park-drainage', 'Blocked drainage flooded the lower car park',
    'Leaves blocked the car park drainage gullies and the lower deck flooded twice in November.|Clear gullies monthly from October to January.',
    'Car Parking and Security', ['car park', 'drainage', 'flooding'], owner='person-stubbs')
inn('inn-image-compression', 'Image compression halves storage for clinical photos',
    'Clinical photographs filled the shared drive.|IT applied lossless compression to photo uploads; clinicians saw no difference.',
    'IT Services', ['image compression', 'storage', 'clinical photography'], lead='person-fenwick')
story('story-dressing-gown-appeal', 'Dressing gown appeal for trauma patients with no belongings',
    'Patients arriving after road accidents often had no clothes or dressing gown.|Patient experience ran a dressing gown and pyjama appeal with local businesses.|Over 300 gowns donated; K4 keeps a stock.',
    'Patient Experience', ['dressing gowns', 'donations', 'dignity'], asked='person-bramwell', role='Head of patient experience', kind='km_success_story')
lesson('lesson-staff-under-pressure', 'Staff under pressure need a break room that is not a corridor',
    'The wellbeing survey on K4 showed staff under constant pressure took breaks in the corridor.|Protect a staff room on every ward.',
    K4, ['staff wellbeing', 'pressure', 'breaks'], owner='person-lindqvist')

# ---------------- H. Chaplaincy, volunteers, parking, porters ----------------
CH = 'Chaplaincy and Spiritual Care'
VOL = 'Voluntary Services'
CP = 'Car Parking and Security'
PT = 'Portering'
inn('inn-chaplain-trauma-oncall', 'A chaplain on call for families in the trauma unit',
    'Families arriving after a sudden serious injury or death waited alone in the relatives\' room.|'
    'The chaplaincy offers a 24-hour on-call chaplain who is paged with every Level 1 trauma call where family are present. Chaplains of all faiths and none support families, help with religious needs around dying, and follow up with bereaved families.',
    CH, ['spiritual care', 'chaplaincy', 'bereavement', 'families'], lead='person-ashworth', team=['person-siddiqui'])
inn('inn-multifaith-room', 'A multi-faith prayer room with washing facilities',
    'Muslim staff and patients\' families were praying in corridors.|A multi-faith room with ablution facilities opened near the main entrance.',
    CH, ['prayer room', 'faith', 'multi-faith'], lead='person-siddiqui')
story('story-bereaved-family', '"Someone sat with us all night": chaplaincy after a fatal crash',
    'The parents of a 19-year-old killed in a car crash arrived at 2am.|The on-call chaplain stayed with them, arranged for them to see their son and helped with the coroner.|The family wrote that they would never forget it.',
    CH, ['bereavement', 'chaplaincy', 'sudden death'], asked='person-ashworth', role='Lead chaplain', kind='km_success_story')
lesson('lesson-chaplain-referral', 'Ward staff did not know how to call a chaplain',
    'Survey: 40% of nurses did not know how to call the chaplain out of hours.|Put the chaplaincy number on every ward board.',
    CH, ['chaplaincy', 'referral'], owner='person-ashworth')
inn('inn-ward-buddies', 'Ward buddy volunteers on the major trauma ward',
    'Long-stay trauma patients were bored, lonely and low.|Volunteer ward buddies visit K4 three afternoons a week to chat, play cards, help with menus and phone calls.',
    VOL, ['volunteers', 'ward buddies', 'loneliness'], lead='person-parkes', team=['person-lindqvist'])
inn('inn-meet-and-greet', 'Meet-and-greet volunteers help people find their way',
    'Patients got lost between the car park and clinics.|Volunteers in purple tabards meet people at the main entrance and limb centre entrance and walk them to clinics.',
    VOL, ['wayfinding', 'volunteers', 'meet and greet'], lead='person-parkes')
retro('cap-retro-volunteer-recruitment', 'Retrospect: recruiting 100 new volunteers',
    'Recruit 100 volunteers in a year, including young people.|Recruited 84; 30 under 25.|Speed up DBS checks.|Offer evening roles.',
    VOL, ['volunteer recruitment'], fac='person-crowther', parts=['person-parkes', 'person-quinlan'], held='2025-11-12')
inn('inn-parking-concessions', 'Free parking for relatives of long-stay trauma patients',
    'Families of patients on the trauma ward were paying over £100 a week to park.|Relatives of patients staying more than 7 days, and of patients at end of life, get a free permit from the ward.',
    CP, ['parking concessions', 'relatives', 'car parking'], lead='person-stubbs', team=['person-bramwell'])
inn('inn-anpr-parking', 'Barrier-free parking with number plate recognition',
    'Barrier queues backed up onto the main road.|ANPR cameras replaced barriers; people pay on exit or online.',
    CP, ['ANPR', 'car parking', 'number plate recognition'], lead='person-stubbs')
lesson('lesson-blue-badge-limb-centre', 'Blue Badge bays must be next to the limb centre door',
    'Amputees were walking 200 metres from the nearest disabled parking.|Keep 10 Blue Badge bays next to the limb centre and wheelchair service entrance.',
    CP, ['disabled parking', 'Blue Badge', 'accessibility'], owner='person-stubbs')
inn('inn-porter-app', 'Electronic porter requests replace the phone',
    'Wards phoned the porters\' lodge and jobs were lost.|Jobs are requested on a tablet app; porters get them on handsets and the lodge sees where everyone is.',
    PT, ['portering', 'porter requests', 'patient transport'], lead='person-osei', team=['person-fenwick'])
lesson('lesson-porter-ct-escort', 'Trauma patients going to CT need a nurse as well as a porter',
    'A trauma patient deteriorated in the CT lift with only a porter present.|A registered nurse escorts every trauma patient to CT.',
    PT, ['patient transfer', 'escort', 'porters', 'CT'], owner='person-osei')
aar('cap-aar-lift-entrapment', 'AAR: patient trapped in the bed lift',
    'Lift engineers release anyone trapped within 30 minutes.|A patient and porter were trapped for 75 minutes; the lift contractor was 40 miles away.|Contract did not require an engineer on site.',
    'Estates', ['lifts', 'entrapment', 'lift maintenance'], fac='person-leach', parts=['person-osei'], held='2025-06-30')
inn('inn-hoist-training', 'Hoist and patient handling training on the trauma ward',
    'Staff hurt their backs moving heavy patients in traction.|The manual handling adviser runs monthly hoist and slide sheet training on K4; each bay has a ceiling hoist.',
    'Manual Handling', ['hoist', 'manual handling', 'moving and handling'], lead='person-moyo', team=['person-lindqvist'])
lesson('lesson-bariatric-transfer', 'Bariatric transfers need planning before the porters arrive',
    'A 180 kg patient could not be moved to theatre because no bariatric bed was available.|Check the bariatric equipment list at admission.',
    'Manual Handling', ['bariatric', 'patient handling'], owner='person-moyo')
story('story-porter-ale', 'Volunteers\' beer festival raises money with a local porter',
    'The League of Friends wanted a summer fundraiser.|A local brewery made "Kestrel Porter", a dark ale, for a beer festival in the staff car park.|£3,100 raised for the volunteers\' fund.',
    VOL, ['fundraising', 'beer festival', 'porter'], asked='person-parkes', role='Voluntary services manager', kind='km_success_story')
inn('inn-porters-five-forces', 'Business case for a consumables supplies hub using Porter\'s Five Forces',
    'Procurement costs for consumables kept rising.|Finance used Porter\'s Five Forces to analyse supplier power.',
    'Finance', ['business case', 'strategy', 'procurement'], lead='person-pemberton', stage='planning')
lesson('lesson-lift-share', 'Car share scheme: staff offered a lift need a matching app',
    'Staff wanting a lift to work could not find colleagues on the same shift.|Use the car share app with shift filters.',
    CP, ['car share', 'lift share', 'staff travel'], owner='person-stubbs')

# ---------------- I. More records: lay, terse, imported, variant spellings ----------------
story('story-new-leg', '"Learning to walk on my new leg": Sue\'s story',
    'Sue had her left leg removed below the knee after an infection in her foot that would not heal.|She met the limb centre team before her operation, practised in the gym with an air-bag walking aid and got her first artificial leg seven weeks later. A volunteer who had lost his own leg visited her on the ward.|She now walks her dog every day and volunteers herself.',
    LF, ['patient story', 'artificial leg', 'walking'], asked='person-adeyemi', role='Amputee physiotherapist', kind='innovation_story')
story('story-bed-sore', '"Nobody told me about bed sores": a relative\'s story',
    'Mrs Khan\'s father, in hospital for weeks with a broken hip and pelvis, got a sore on his heel and bottom.|The tissue viability nurse met the family, explained what had happened, and the ward now shows families how to check skin.|The ward added skin checks to the relatives\' leaflet.',
    K4, ['patient story', 'bed sores', 'relatives'], asked='person-macleod', role='Tissue viability nurse consultant', kind='learning_from_setback')
story('story-skin-from-thigh', '"They took skin from my thigh to cover my arm"',
    'After a crush injury Tom\'s forearm had a large raw area.|The plastic surgeons moved a thin layer of skin from his thigh to cover it. The thigh hurt more than the arm, so the team changed how they dress the thigh.|Both areas healed in three weeks.',
    PS, ['patient story', 'crush injury'], asked='person-fairbairn', role='Plastics ward sister', kind='innovation_story')
story('story-swollen-arm-lay', '"My arm felt heavy and tight": getting help for long-term swelling',
    'Grace had a swollen arm for two years after her elbow was badly broken and operated on several times.|Her physiotherapist referred her to the specialist swelling clinic; she was measured for a sleeve and taught self-massage.|Her arm is smaller and she can wear her rings again.',
    LY, ['patient story', 'swelling', 'arm'], asked='person-hughes', role='Specialist nurse', kind='innovation_story')
inn('inn-hemorrhage-course', 'Bleeding control course for porters, security and volunteers',
    'Stab and crash victims sometimes collapse in the car park or the front entrance before reaching ED.|Trauma nurses teach non-clinical staff to pack a wound and apply a tourniquet and pressure, with "bleed kits" at entrances.',
    MT, ['bleeding control', 'bleed kit', 'tourniquet', 'first aid'], lead='person-brennan', team=['person-osei', 'person-stubbs', 'person-parkes'])
inn('inn-hemorrhage-abstract', 'Conference abstract: early hemorrhage control and whole blood in civilian trauma',
    'Imported from the visiting fellow\'s conference abstract (US English kept). Exsanguinating hemorrhage remains the leading preventable cause of death after trauma.|We describe our first 40 patients given low-titer whole blood in the trauma bay as part of the massive transfusion protocol, with time to first unit and 24-hour mortality.',
    MT, ['whole blood', 'massive transfusion', 'hemorrhage'], lead='person-haddad', stage='testing')
lesson('lesson-lymphedema-abstract', 'Lymphedema after lower-limb trauma is under-recognized',
    'Visiting fellow\'s audit (US spelling kept): 1 in 8 patients with open tibial fractures and soft-tissue loss had chronic leg edema at one year; few were referred.|Screen for limb swelling at the 6-month fracture clinic and refer to the lymphoedema service.',
    LY, ['lymphedema', 'edema', 'open fracture'], owner='person-hughes')
aar('cap-aar-mhp-activation', 'AAR: first use of the new MHP',
    'Massive haemorrhage protocol activated; Pack 1 at the bedside within 10 min; ratio 1:1 red cells to plasma.|Pack 1 in 8 minutes; Pack 2 was delayed because the lab was not told the patient had gone to theatre.|Nobody updated the lab on the patient\'s location.',
    MT, ['MHP', 'massive transfusion', 'blood bank'], fac='person-okafor', parts=['person-haddad', 'person-okonjo', 'person-osei'], held='2025-01-28',
    insights=['The runner must tell the lab every time the patient moves.'])
peer('cap-peer-tcc-start', 'Peer assist: starting a total contact casting service',
    'We want to start TCC in our foot clinic. What training and kit do we need, and who should not have a cast?|Send two podiatrists to a casting course and do 20 supervised casts; Avoid casting where there is ischaemia or uncontrolled infection; Have a cast saw and a plan for out-of-hours problems',
    DF, ['total contact cast', 'TCC', 'offloading'], fac='person-crowther', parts=['person-rahman', 'person-doyle'], held='2023-10-05')
retro('cap-retro-graft-surveillance', 'Retrospect: first year of the graft surveillance clinic',
    'Run a nurse-led duplex surveillance service for all vein bypass grafts.|92% of patients attended all scans.|Book scans at discharge.|Text reminders for rural patients.',
    VS, ['graft surveillance', 'bypass', 'duplex'], fac='person-crowther', parts=['person-pryce', 'person-mensah'], held='2025-09-18')
lesson('lesson-bka-aka-level', 'Knee-saving amputation matters for walking',
    'Our BKA patients walked with a prosthesis far more often than AKA patients.|Discuss keeping the knee at the MDT whenever the circulation allows.',
    LF, ['BKA', 'AKA', 'amputation level'], owner='person-whitlock')
lesson('lesson-tvn-referrals', 'TVN referrals: photo first',
    'TVN team spent hours visiting wounds that needed no specialist review.|Ask wards to send a wound photo with each TVN referral.',
    WC, ['TVN', 'referrals'], owner='person-macleod')
inn('inn-hot-debrief', 'Hot debrief after every trauma call',
    'Staff went home upset after difficult resuscitations with no chance to talk.|A 5-minute hot debrief (TAKE STOCK prompt card) after every Level 1 call, run by the trauma team leader; the chaplain or psychologist joins after a death.',
    MT, ['hot debrief', 'staff wellbeing', 'trauma team'], lead='person-okafor', team=['person-ashworth'])
inn('inn-staff-spiritual-care', 'Spiritual care for staff: a quiet space and Schwartz-style rounds',
    'Staff in the trauma unit carry distress from what they see.|Chaplains hold monthly reflective rounds and a drop-in in the chapel.',
    CH, ['staff support', 'spiritual care', 'reflective practice'], lead='person-ashworth')
inn('inn-volunteer-drivers', 'Volunteer drivers take amputees to limb centre appointments',
    'Patients missed appointments because they could not drive.|Volunteer drivers with their own cars take limb centre patients to and from appointments.',
    VOL, ['volunteer drivers', 'transport', 'limb centre'], lead='person-parkes', team=['person-mcardle'])
lesson('lesson-porter-response', 'Urgent porter jobs: 15 minutes',
    'Urgent porter jobs took 32 minutes on average at night.|Keep one porter free for urgent jobs at night.',
    PT, ['porters', 'response times'], owner='person-osei')
inn('inn-theatre-porter-team', 'Dedicated theatre porters',
    'Theatre lists waited for general porters.|Two porters are based in theatres from 07:30 to 20:00.',
    PT, ['theatre porters', 'patient transfers'], lead='person-osei', team=['person-okonjo'])
lesson('lesson-ppe-hoist-slings', 'One sling per patient',
    'Shared hoist slings spread infection.|Issue named single-patient slings.',
    'Manual Handling', ['hoist', 'slings', 'infection'], owner='person-moyo')
story('story-wheelchair-discharge', 'A loan chair got a trauma patient home a week early',
    'A patient on K4 was ready to go home but had no wheelchair.|The wheelchair service used its new urgent stock and delivered a chair in two days.|Seven bed days saved.',
    'Wheelchair Service', ['wheelchair', 'discharge'], asked='person-lindqvist', role='Ward manager', kind='km_success_story')
lesson('lesson-chair-yoga', 'Chair yoga at lunchtime was popular with office staff',
    'Thirty admin staff came to weekly chair yoga.|Keep it and add an evening session.',
    'Staff Wellbeing', ['chair yoga', 'staff wellbeing'], owner='person-bramwell', polarity='sustain')
lesson('lesson-lay-evidence-graft', 'Explain a "graft" in plain words in leaflets',
    'Patients confused a bypass graft with a skin graft.|Say "a new blood vessel made from your own vein" in vascular leaflets.',
    VS, ['patient information', 'bypass graft', 'plain English'], owner='person-pryce')
inn('inn-orthotic-splints-ward', 'Orthotic resting splints for trauma patients with nerve injuries',
    'Patients with brachial plexus or radial nerve injuries were developing contractures on the ward.|The orthotist and hand therapist provide resting splints and wrist-hand orthoses within 48 hours.',
    'Orthotics', ['resting splint', 'orthosis', 'nerve injury', 'contracture'], lead='person-kowalczyk', team=['person-oyelaran'])
lesson('lesson-walant-tourniquet', 'WALANT: wait 25 minutes for the adrenaline',
    'Early incisions bled because the local anaesthetic with adrenaline had not had time to work.|Inject in clinic and wait 25 minutes before starting.',
    PS, ['WALANT', 'local anaesthetic', 'adrenaline'], owner='person-yates')
aar('cap-aar-cast-saw', 'AAR: cast saw injury in the fracture clinic',
    'Cast removal without injury.|A patient\'s skin was cut by a blunt saw blade.|Blades were not changed on schedule.',
    'Fracture Clinic', ['cast saw', 'plaster cast removal', 'fracture clinic'], fac='person-crowther', parts=['person-doyle'], held='2025-02-06')
lesson('lesson-stump-pressure-carotid', 'Record stump pressure on the carotid op note',
    'Stump pressures were measured but not written down.|Add a stump pressure field to the carotid operation note.',
    VS, ['carotid', 'stump pressure'], owner='person-mensah')
inn('inn-lymph-leg-wraps', 'Adjustable wrap compression for people who cannot pull on stockings',
    'Older patients with leg swelling could not get compression stockings on.|Velcro adjustable wraps that patients can put on themselves.',
    LY, ['adjustable compression wraps', 'lymphoedema', 'leg swelling'], lead='person-hughes', team=['person-ferreira'])
lesson('lesson-chaplain-limb-theatre', 'Theatres need to know when a limb is to be kept',
    'Theatres sent an amputated limb to incineration despite a request on the ward.|Put limb retention on the WHO checklist sign-out.',
    TH, ['amputation', 'limb retention', 'checklist'], owner='person-okonjo')
story('story-anaesthesia-evidence', 'Library helped the anaesthetists update the tourniquet guidance',
    'The theatre team needed current evidence on safe tourniquet times and pressures for limb surgery.|The librarian searched for guidelines and reviews.|The guidance was updated and the theatre wall screen prompt introduced.',
    'Library and Knowledge Service', ['tourniquet', 'anaesthesia', 'guideline'], asked='person-begum', role='ODP', working=['person-bell'], kind='lks_impact_case_study')
lesson('lesson-shunt-trains', 'Rail engineering works: staff shuttle bus needed',
    'Shunting work on the branch line cancelled early trains for staff.|Run a shuttle bus from the city station.',
    CP, ['rail', 'staff travel'], owner='person-stubbs')
inn('inn-splinter-bench', 'Volunteers replace splintered garden benches',
    'Wooden benches in the healing garden were splintered.|Volunteers replaced them with recycled plastic benches.',
    'Estates and Grounds', ['benches', 'garden', 'volunteers'], lead='person-garrow')
lesson('lesson-screen-time-out', 'Computer screens time out during long operations',
    'Theatre PCs locked during cases.|Set theatre PCs to a longer time-out.',
    'IT Services', ['screen lock', 'PC'], owner='person-fenwick')
inn('inn-discharge-lounge', 'Discharge lounge frees trauma beds before 11am',
    'Patients ready to go home waited on the ward for transport and medicines, blocking beds for trauma admissions.|Patients move to the discharge lounge by 10am with a porter; volunteers serve tea and the pharmacy delivers medicines there.',
    PT, ['discharge lounge', 'patient flow', 'porters'], lead='person-osei', team=['person-parkes'])
