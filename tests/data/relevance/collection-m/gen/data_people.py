# People and their expertise profiles. Claims: (label, level, [(record-id, role), ...])
from build import person
P = person
P('person-okafor', 'Chidi', 'Okafor', 'Consultant in Emergency Medicine and Trauma Team Leader', 'Major Trauma Service',
  'I lead the trauma team in Resus. Ask me about trauma calls, the major haemorrhage protocol, TXA and hot debriefs.',
  [('Trauma team activation', 'expert', [('inn-trauma-call-tiers', 'lead'), ('inn-hot-debrief', 'lead'), ('lesson-trauma-tabards', 'owner')]),
   ('Major haemorrhage protocol', 'expert', [('inn-mhp-grab-box', 'lead'), ('cap-aar-mhp-activation', 'facilitator'), ('cap-aar-night-trauma-call', 'facilitator')]),
   ('Tranexamic acid', 'practitioner', [('inn-txa-prompt', 'lead')]),
   ('Hypothermia in trauma', 'practitioner', [('inn-trauma-warming', 'lead')])], ['be_contacted', 'speak', 'mentor'])
P('person-brennan', 'Siobhan', 'Brennan', 'Major Trauma Coordinator', 'Major Trauma Service',
  'I follow our major trauma patients from Resus to home and make sure nothing gets missed.',
  [('Rehabilitation prescription', 'expert', [('inn-rehab-prescription', 'lead')]),
   ('Tertiary survey', 'expert', [('inn-tertiary-survey', 'lead'), ('lesson-tertiary-weekend', 'owner')]),
   ('Bleeding control training', 'practitioner', [('inn-hemorrhage-course', 'lead')]),
   ('Digital trauma booklet', 'practitioner', [('inn-trauma-booklet-tablet', 'lead')])], ['be_contacted', 'peer_assist'])
P('person-haddad', 'Karim', 'Haddad', 'Consultant Trauma Surgeon', 'Major Trauma Service',
  'Trauma surgeon: damage control surgery, pelvic binders, haemorrhage control and compartment syndrome.',
  [('Pelvic binder', 'expert', [('inn-pelvic-binder', 'lead'), ('lesson-binder-too-high', 'owner')]),
   ('Compartment syndrome', 'expert', [('inn-compartment-monitoring', 'lead')]),
   ('Whole blood and massive transfusion', 'practitioner', [('inn-hemorrhage-abstract', 'lead'), ('cap-aar-mhp-activation', 'participant')])], ['be_contacted', 'speak'])
P('person-lindqvist', 'Freya', 'Lindqvist', 'Ward Manager, Major Trauma Ward K4', 'Major Trauma Ward (K4)',
  'I run the trauma ward. Our patients stay a long time, so skin, ribs, handover and staff wellbeing all matter.',
  [('Rib fracture care on the ward', 'practitioner', [('inn-rib-fracture-bundle', 'team member'), ('cap-peer-rib-fractures', 'participant')]),
   ('Ward handover', 'practitioner', [('lesson-txa-second-dose', 'owner')]),
   ('Crash trolley checks', 'practitioner', [('lesson-crash-trolley-checks', 'owner')]),
   ('Staff wellbeing', 'aware', [('lesson-staff-under-pressure', 'owner')])], ['be_contacted', 'coffee_trial'])
P('person-mensah', 'Kwame', 'Mensah', 'Consultant Vascular Surgeon', 'Vascular Surgery',
  'Vascular surgeon. Leg bypass, carotid surgery, aneurysms and saving legs with the foot team.',
  [('Bypass surgery', 'expert', [('inn-graft-surveillance', 'team member'), ('inn-foot-vascular-mdt', 'lead'), ('cap-retro-graft-surveillance', 'participant')]),
   ('Carotid endarterectomy and shunting', 'expert', [('inn-carotid-selective-shunt', 'lead'), ('lesson-stump-pressure-carotid', 'owner')]),
   ('Ruptured AAA', 'expert', [('inn-raaa-pathway', 'lead'), ('cap-aar-raaa-night', 'participant')]),
   ('Chronic limb-threatening ischaemia', 'expert', [('inn-clti-hot-clinic', 'lead')])], ['be_contacted', 'speak', 'review'])
P('person-pryce', 'Gwen', 'Pryce', 'Vascular Nurse Specialist', 'Vascular Surgery',
  'I look after people with poor circulation in their legs, before and after their operations.',
  [('Graft surveillance', 'expert', [('inn-graft-surveillance', 'lead'), ('cap-retro-graft-surveillance', 'participant')]),
   ('Claudication exercise', 'expert', [('inn-claudication-exercise', 'lead')]),
   ('Groin wound care', 'practitioner', [('lesson-groin-wound-infection', 'owner')]),
   ('Patient information', 'practitioner', [('lesson-lay-evidence-graft', 'owner'), ('story-smoking-bypass-evidence', 'requester')])], ['be_contacted', 'peer_assist'])
P('person-rahman', 'Aisha', 'Rahman', 'Lead Podiatrist, Diabetic Foot Service', 'Diabetic Foot Service',
  'I lead the foot team for people with diabetes: ulcers, casting, Charcot and the hot foot clinic.',
  [('Total contact casting', 'expert', [('inn-tcc-clinic', 'lead'), ('cap-peer-tcc-start', 'participant')]),
   ('Diabetic foot ulcers', 'expert', [('inn-hot-foot-clinic', 'lead'), ('lesson-inpatient-foot-checks', 'owner'), ('inn-foot-vascular-mdt', 'team member')]),
   ('Charcot foot', 'expert', [('inn-charcot-pathway', 'lead')])], ['be_contacted', 'mentor', 'peer_assist'])
P('person-doyle', 'Ciaran', 'Doyle', 'Podiatrist', 'Diabetic Foot Service',
  'Podiatrist in the foot clinic. I put on and change the casts and do the photo reviews.',
  [('Total contact casting', 'practitioner', [('inn-tcc-clinic', 'team member'), ('lesson-cast-heel-sore', 'owner'), ('cap-peer-tcc-start', 'participant')]),
   ('Remote wound monitoring', 'practitioner', [('inn-foot-photo-monitoring', 'lead')]),
   ('Offloading', 'practitioner', [('story-offloading-evidence', 'requester')])], ['be_contacted', 'coffee_trial'])
P('person-nakamura', 'Emi', 'Nakamura', 'Consultant Plastic Surgeon', 'Plastic Surgery',
  'Reconstructive plastic surgeon: free flaps for limb trauma, hand surgery and skin cover.',
  [('Free flap reconstruction', 'expert', [('inn-flap-return-theatre', 'lead'), ('inn-flap-obs-chart', 'team member'), ('cap-aar-flap-loss', 'participant')]),
   ('Hand surgery', 'practitioner', [('inn-hand-trauma-clinic', 'team member'), ('cap-retro-walant', 'participant')]),
   ('Degloving injuries', 'practitioner', [('story-degloving', 'clinician')])], ['be_contacted', 'speak'])
P('person-fairbairn', 'Hamish', 'Fairbairn', 'Plastics Ward Sister (Flap Nurse)', 'Plastic Surgery',
  'I teach nurses how to look after flaps and skin grafts on the plastics ward.',
  [('Flap monitoring', 'expert', [('inn-flap-obs-chart', 'lead'), ('lesson-flap-warm-room', 'owner'), ('cap-aar-flap-loss', 'participant')]),
   ('Skin graft donor sites', 'expert', [('inn-ssg-donor-site', 'lead'), ('story-skin-from-thigh', 'clinician')]),
   ('Leech therapy', 'practitioner', [('inn-leech-therapy', 'lead')])], ['be_contacted', 'mentor'])
P('person-oyelaran', 'Tola', 'Oyelaran', 'Clinical Specialist Hand Therapist', 'Hand Therapy',
  'Hand therapist. Splints, tendon repairs and getting hands working again.',
  [('Splinting', 'expert', [('inn-flexor-early-active', 'lead'), ('lesson-splint-swelling', 'owner'), ('inn-orthotic-splints-ward', 'team member')]),
   ('Flexor tendon rehabilitation', 'expert', [('inn-flexor-early-active', 'lead')]),
   ('Hand therapy waiting times', 'practitioner', [('cap-peer-hand-therapy-waits', 'participant')])], ['be_contacted', 'peer_assist'])
P('person-szabo', 'Marta', 'Szabo', 'Hand Therapist', 'Hand Therapy',
  'I run the scar clinic and help with hand therapy splints.',
  [('Scar management', 'expert', [('inn-scar-clinic', 'lead')]),
   ('Splinting', 'practitioner', [('inn-flexor-early-active', 'team member')])], ['be_contacted'])
P('person-yates', 'Mia', 'Yates', 'Specialty Registrar, Plastic Surgery', 'Plastic Surgery',
  'Registrar running the hand trauma clinic and wide-awake hand surgery.',
  [('Hand trauma', 'expert', [('inn-hand-trauma-clinic', 'lead')]),
   ('WALANT', 'expert', [('cap-retro-walant', 'participant'), ('lesson-walant-tourniquet', 'owner')])], ['be_contacted', 'speak'])
P('person-mcardle', 'Rory', 'McArdle', 'Senior Prosthetist', 'Limb Fitting Centre',
  'Prosthetist at the limb centre. I make and fit artificial legs and arms: sockets, liners, suspension.',
  [('Prosthetic sockets', 'expert', [('inn-vacuum-socket', 'lead'), ('inn-socket-3d-scan', 'lead'), ('lesson-socket-weight-change', 'owner')]),
   ('Limb fitting centre relocation', 'practitioner', [('cap-retro-limb-centre-move', 'participant')])], ['be_contacted', 'peer_assist'])
P('person-whitlock', 'Helen', 'Whitlock', 'Consultant in Rehabilitation Medicine', 'Limb Fitting Centre',
  'I lead amputee rehabilitation: seeing people before amputation, phantom pain and getting back to life.',
  [('Amputee rehabilitation', 'expert', [('inn-pre-amputation-assessment', 'lead'), ('lesson-bka-aka-level', 'owner'), ('cap-peer-amputee-peer-support', 'participant')]),
   ('Phantom limb pain', 'expert', [('inn-mirror-therapy', 'lead')])], ['be_contacted', 'speak', 'mentor'])
P('person-adeyemi', 'Bisi', 'Adeyemi', 'Amputee Physiotherapist', 'Limb Fitting Centre',
  'Physio for people who have lost a leg. Early walking, stump care and getting ready for a prosthesis.',
  [('Stump care', 'expert', [('inn-stump-care-leaflet', 'lead'), ('lesson-shrinker-timing', 'owner')]),
   ('Early walking aids', 'expert', [('inn-early-walking-aid', 'lead'), ('story-new-leg', 'clinician')]),
   ('Phantom limb pain', 'aware', [('inn-mirror-therapy', 'team member')])], ['be_contacted', 'coffee_trial'])
P('person-kowalczyk', 'Piotr', 'Kowalczyk', 'Orthotist', 'Orthotics',
  'Orthotist: braces, insoles, AFOs and splints that support limbs rather than replace them.',
  [('Orthoses', 'expert', [('inn-afo-same-day', 'lead'), ('inn-orthotic-splints-ward', 'lead')]),
   ('Diabetic footwear', 'expert', [('inn-diabetic-insoles', 'lead')])], ['be_contacted'])
P('person-thorne', 'Janet', 'Thorne', 'Wheelchair Service Manager', 'Wheelchair Service',
  'I manage the wheelchair service: assessments, the waiting list, repairs and powered chairs.',
  [('Wheelchair service', 'expert', [('inn-wheelchair-triage', 'lead'), ('cap-aar-wheelchair-repairs', 'participant'), ('story-powerchair-amputee', 'requester')])], ['be_contacted', 'peer_assist'])
P('person-gill', 'Harpreet', 'Gill', 'Rehabilitation Engineer', 'Wheelchair Service',
  'I set up wheelchairs and cushions so people sit well and do not get sores.',
  [('Wheelchair seating and cushions', 'expert', [('inn-pressure-cushion-mapping', 'lead'), ('inn-wheelchair-triage', 'team member')]),
   ('3D scanning', 'practitioner', [('inn-socket-3d-scan', 'team member')])], ['be_contacted'])
P('person-castellano', 'Luca', 'Castellano', 'Consultant Anaesthetist', 'Theatres and Recovery',
  'Anaesthetist with an interest in regional anaesthesia, rib fracture blocks and safe theatres.',
  [('Regional anaesthesia', 'expert', [('inn-block-room', 'lead'), ('inn-rib-fracture-bundle', 'lead'), ('cap-aar-wrong-side-block', 'participant')]),
   ('Rib fractures', 'expert', [('inn-rib-fracture-bundle', 'lead'), ('story-rib-block-evidence', 'requester'), ('cap-peer-rib-fractures', 'participant')])], ['be_contacted', 'speak', 'review'])
P('person-okonjo', 'Ngozi', 'Okonjo', 'Theatre Manager', 'Theatres and Recovery',
  'I manage the operating theatres: safety checklists, team briefs, lists and never events.',
  [('Theatre safety', 'expert', [('inn-who-checklist-audit', 'lead'), ('inn-team-brief', 'lead'), ('cap-aar-wrong-side-block', 'facilitator')]),
   ('Theatre scheduling', 'expert', [('inn-theatre-late-starts', 'lead'), ('cap-retro-trauma-list', 'participant')]),
   ('Limb retention', 'aware', [('lesson-chaplain-limb-theatre', 'owner')])], ['be_contacted', 'peer_assist'])
P('person-halloran', 'Patrick', 'Halloran', 'Charge Nurse, Recovery (PACU)', 'Theatres and Recovery',
  'Recovery charge nurse. Keeping people warm, comfortable and safe after their operation.',
  [('Post-anaesthesia recovery', 'expert', [('inn-recovery-warming', 'lead'), ('inn-recovery-handover', 'lead'), ('cap-peer-ponv', 'participant')]),
   ('Perioperative hypothermia', 'expert', [('inn-recovery-warming', 'lead'), ('inn-trauma-warming', 'team member')])], ['be_contacted', 'mentor'])
P('person-begum', 'Rukhsana', 'Begum', 'Senior Operating Department Practitioner', 'Theatres and Recovery',
  'ODP: scrub and anaesthetics. Swab counts, tourniquets, keeping the team safe.',
  [('Tourniquet safety', 'expert', [('inn-tourniquet-timer', 'lead'), ('story-anaesthesia-evidence', 'requester')]),
   ('Swab counts', 'expert', [('lesson-swab-count', 'owner')])], ['be_contacted'])
P('person-macleod', 'Isla', 'MacLeod', 'Tissue Viability Nurse Consultant', 'Wound Clinic',
  'I lead tissue viability: wounds, dressings, vacuum therapy and pressure ulcers.',
  [('Negative pressure wound therapy', 'expert', [('inn-npwt-pathway', 'lead'), ('lesson-npwt-discharge-home', 'owner'), ('cap-aar-npwt-alarm', 'facilitator')]),
   ('Wound dressings', 'expert', [('inn-dressing-formulary', 'lead')]),
   ('Pressure ulcers', 'expert', [('inn-heel-pressure-ulcers', 'lead'), ('story-bed-sore', 'clinician')])], ['be_contacted', 'speak', 'mentor'])
P('person-ferreira', 'Ana', 'Ferreira', 'Wound Clinic Nurse', 'Wound Clinic',
  'Nurse in the leg ulcer and wound clinic. I do a lot of bandaging.',
  [('Leg ulcers', 'expert', [('inn-leg-ulcer-compression', 'lead')]),
   ('Compression bandaging', 'practitioner', [('inn-leg-ulcer-compression', 'lead'), ('inn-lymph-leg-wraps', 'team member')]),
   ('Wound exudate', 'practitioner', [('lesson-exudate-maceration', 'owner')])], ['be_contacted'])
P('person-hughes', 'Bethan', 'Hughes', 'Lymphoedema Clinical Nurse Specialist', 'Lymphoedema Service',
  'I help people whose arms or legs stay swollen: compression, skin care and self-massage.',
  [('Lymphoedema', 'expert', [('inn-compression-garments', 'lead'), ('inn-sld-self-care', 'lead'), ('lesson-lymphedema-abstract', 'owner'), ('lesson-cellulitis-rescue-pack', 'owner')]),
   ('Compression garments', 'expert', [('inn-compression-garments', 'lead'), ('inn-lymph-leg-wraps', 'lead')])], ['be_contacted', 'speak'])
P('person-ashworth', 'Tom', 'Ashworth', 'Lead Chaplain', 'Chaplaincy and Spiritual Care',
  'I lead the chaplaincy team. We are here for patients, families and staff of any faith or none.',
  [('Spiritual care', 'expert', [('inn-chaplain-trauma-oncall', 'lead'), ('inn-staff-spiritual-care', 'lead')]),
   ('Bereavement support', 'expert', [('story-bereaved-family', 'chaplain'), ('inn-chaplain-trauma-oncall', 'lead')])], ['be_contacted', 'speak'])
P('person-siddiqui', 'Yusuf', 'Siddiqui', 'Muslim Chaplain', 'Chaplaincy and Spiritual Care',
  'Muslim chaplain. Faith needs in hospital, prayer space and what happens to an amputated limb.',
  [('Faith needs and limb retention', 'expert', [('lesson-limb-retention-faith', 'owner'), ('inn-multifaith-room', 'lead')])], ['be_contacted'])
P('person-parkes', 'Linda', 'Parkes', 'Voluntary Services Manager', 'Voluntary Services',
  'I look after our 400 volunteers: ward buddies, meet and greet, drivers and peer supporters.',
  [('Volunteers', 'expert', [('inn-ward-buddies', 'lead'), ('inn-meet-and-greet', 'lead'), ('inn-volunteer-drivers', 'lead'), ('cap-retro-volunteer-recruitment', 'participant')]),
   ('Peer support', 'practitioner', [('cap-peer-amputee-peer-support', 'facilitator')])], ['be_contacted', 'mentor'])
P('person-quinlan', 'Maeve', 'Quinlan', 'Volunteer Coordinator', 'Voluntary Services',
  'Volunteer coordinator, and I run the Kestrel Players, our staff theatre group. I cast the panto every year!',
  [('Theatre group and stage productions', 'expert', [('story-players-lecture-theatre', 'organiser'), ('story-panto-cast', 'organiser')]),
   ('Volunteer recruitment', 'practitioner', [('cap-retro-volunteer-recruitment', 'participant')])], ['be_contacted', 'speak', 'coffee_trial'])
P('person-stubbs', 'Gary', 'Stubbs', 'Car Parking and Security Manager', 'Car Parking and Security',
  'I run the car parks and security: permits, concessions, barriers and anything that goes wrong outside.',
  [('Car parking', 'expert', [('inn-parking-concessions', 'lead'), ('inn-anpr-parking', 'lead'), ('lesson-blue-badge-limb-centre', 'owner')]),
   ('Car park incidents: shunts and crashes', 'practitioner', [('lesson-car-park-shunt', 'owner')]),
   ('Car park drainage', 'practitioner', [('lesson-car-park-drainage', 'owner')]),
   ('Bypass roadworks and traffic', 'practitioner', [('lesson-road-bypass-parking', 'owner')])], ['be_contacted'])
P('person-osei', 'Kofi', 'Osei', 'Portering Services Supervisor', 'Portering',
  'I run the porters. Moving patients, blood and samples safely around the hospital.',
  [('Portering', 'expert', [('inn-porter-app', 'lead'), ('inn-theatre-porter-team', 'lead'), ('lesson-porter-response', 'owner')]),
   ('Patient transfers', 'expert', [('lesson-porter-ct-escort', 'owner'), ('lesson-theatre-lift-breakdown', 'owner')])], ['be_contacted'])
P('person-leach', 'Darren', 'Leach', 'Lift and Escalator Engineer', 'Estates',
  'I maintain the hospital lifts. If you are stuck in a lift, I am the one who gets you out.',
  [('Lifts', 'expert', [('cap-aar-lift-entrapment', 'facilitator')])], ['be_contacted'])
P('person-moyo', 'Tendai', 'Moyo', 'Manual Handling Adviser', 'Manual Handling',
  'I train staff in moving and handling: hoists, slide sheets and lifting patients safely.',
  [('Patient lifting and hoists', 'expert', [('inn-hoist-training', 'lead'), ('lesson-ppe-hoist-slings', 'owner'), ('lesson-bariatric-transfer', 'owner')])], ['be_contacted', 'speak'])
P('person-fenwick', 'Sam', 'Fenwick', 'IT Service Desk Lead', 'IT Services',
  'IT service desk: screens, log-ins, system crashes, backups and data recovery.',
  [('Disaster recovery and backups', 'expert', [('lesson-server-recovery', 'owner'), ('lesson-it-major-incident', 'owner')]),
   ('Image compression and storage', 'practitioner', [('inn-image-compression', 'lead')]),
   ('Screens and AV', 'practitioner', [('inn-lecture-theatre-av', 'lead'), ('lesson-screen-time-out', 'owner')])], ['be_contacted'])
P('person-garrow', 'Alan', 'Garrow', 'Grounds and Gardens Team Leader', 'Estates and Grounds',
  'Gardener. Trees, stumps, grafting fruit trees and keeping the grounds safe.',
  [('Tree safety and stump removal', 'expert', [('lesson-tree-limb-storm', 'owner'), ('inn-stump-grinding', 'lead')]),
   ('Grafting fruit trees', 'expert', [('story-grafting-garden', 'lead')])], ['be_contacted', 'coffee_trial'])
P('person-pemberton', 'Clare', 'Pemberton', 'Finance Business Partner', 'Finance',
  'Finance business partner for the surgical division. Budgets, business cases and the recovery plan.',
  [('Financial recovery', 'expert', [('inn-financial-recovery', 'lead')]),
   ('Business cases', 'practitioner', [('inn-porters-five-forces', 'lead')])], ['be_contacted'])
P('person-dunmore', 'Keith', 'Dunmore', 'Electrical Services Manager', 'Estates',
  'Electrician: electrical safety, PAT testing of sockets and appliances.',
  [('Electrical sockets and PAT testing', 'expert', [('inn-socket-pat-testing', 'lead')])], ['be_contacted'])
P('person-royce', 'Vanessa', 'Royce', 'Non-executive Director', 'Corporate Governance',
  'I chair the quality committee and mentor new chairs of meetings.',
  [('Chairing meetings', 'expert', [('story-chairing-committee', 'requester')])], ['mentor', 'speak'])
P('person-bramwell', 'Grace', 'Bramwell', 'Head of Patient Experience', 'Patient Experience',
  'Patient experience: complaints, dignity, the dressing gown appeal and calm conversations training.',
  [('Patient experience', 'expert', [('story-dressing-gown-appeal', 'lead'), ('story-reception-calm', 'lead')]),
   ('Staff wellbeing activities', 'aware', [('lesson-chair-yoga', 'owner')])], ['be_contacted'])
P('person-bell', 'Nadia', 'Bell', 'Clinical Librarian', 'Library and Knowledge Service',
  'Clinical librarian for surgery and trauma. I search the evidence so you do not have to.',
  [('Literature searching', 'expert', [('story-rib-block-evidence', 'librarian'), ('story-offloading-evidence', 'librarian'), ('story-smoking-bypass-evidence', 'librarian'), ('story-anaesthesia-evidence', 'librarian')]),
   ('Podcasts and current awareness', 'practitioner', [('inn-lks-podcast', 'lead')])], ['be_contacted', 'review'])
P('person-crowther', 'Owen', 'Crowther', 'Knowledge Manager', 'Library and Knowledge Service',
  'I facilitate after action reviews, retrospects and peer assists for any team.',
  [('After action reviews', 'expert', [('cap-aar-major-incident-exercise', 'facilitator'), ('cap-aar-raaa-night', 'facilitator'), ('cap-aar-flap-loss', 'facilitator'), ('cap-aar-toe-amputation', 'facilitator')]),
   ('Retrospects and peer assists', 'expert', [('cap-retro-k4-opening', 'facilitator'), ('cap-peer-tcc-start', 'facilitator'), ('cap-retro-walant', 'facilitator')])], ['be_contacted', 'peer_assist'])
