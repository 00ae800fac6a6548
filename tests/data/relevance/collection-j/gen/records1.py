from lib import inn, story, lesson, aar, retro, peer
HASU="Hyperacute Stroke Unit"; SR="Stroke Rehabilitation"; EP="Epilepsy Service"; HC="Headache Clinic"
SIC="Spinal Injuries Centre"; ABI="Acquired Brain Injury Rehabilitation Unit"; MND="MND and Parkinson's Service"
NS="Neurosurgery"; NCC="Neuro-critical Care Unit"; WPS="Wheelchair and Posture Service"; AUD="Audiology and ENT"
HR="HR and Wellbeing"; VOL="Volunteering"; TR="Transport"; IT="IT Services"; EST="Estates and Facilities"; LKS="Knowledge and Library Service"

# ---- thrombolysis / door to needle
inn("inn-dtn-prealert","Door-to-needle time down to 32 minutes with ambulance pre-alert and direct-to-CT","person-aoife-brannagh",HASU,
 "Our median door-to-needle time for thrombolysis was 58 minutes. Patients waited in the emergency department before going to the scanner.",
 "We agreed with the ambulance service that pre-alerted suspected stroke patients go straight from the ambulance trolley onto the CT table. The stroke registrar and a stroke nurse meet the crew at the door. Alteplase is drawn up in the scanner room once the CT head is reported as showing no bleed. We ran three PDSA cycles and timed every step.",
 kw=["thrombolysis","DTN","alteplase","CT"], team=["person-kwame-asante"], stage="embedded")
inn("inn-tnk-switch","Switching from alteplase to tenecteplase for clot-busting treatment","person-aoife-brannagh",HASU,
 "Alteplase needs a bolus and a one-hour infusion, which ties up a nurse and delays transfer to thrombectomy centres.",
 "We moved to single-bolus tenecteplase for eligible patients with acute ischaemic stroke, following national guidance. Pharmacy rewrote the thrombolysis protocol and the dose chart by weight band.",
 kw=["tenecteplase","thrombolysis","TNK"], team=["person-kwame-asante"])
story("story-clotbuster-night","A night shift where the stroke bleep worked as it should","Hyperacute Stroke Unit","Stroke nurse",
 "Out of hours, the stroke team worried that clot-busting drugs were given later at night than in the day.",
 "We looked at 12 months of SSNAP data with the informatics team and found night-time door-to-needle was 20 minutes slower. The stroke nurse now carries the thrombolysis bleep and starts the pathway without waiting for the registrar to arrive.",
 "Night-time times now match the day. More patients get clot-busting treatment within the hour.", person="person-kwame-asante", kw=["thrombolysis","out of hours"])
aar("cap-aar-thrombolysis-sim","After action review: thrombolysis simulation in the CT scanner",HASU,
 "To learn from an in-situ simulation of a stroke thrombolysis call.",
 "Patient from ambulance to scanner within 10 minutes, treatment decision by 20 minutes, bolus given by 25 minutes.",
 "The scanner was occupied by an outpatient and the weight scale on the trolley was not calibrated, so the dose was estimated.",
 improve=["Keep a calibrated trolley weigh scale in resus","Radiographer to hold the scanner for pre-alerts"],
 facilitator="person-ruth-lamont", people=["person-kwame-asante","person-aoife-brannagh"], kw=["simulation","thrombolysis"])
lesson("lesson-weigh-before-tpa","Weigh the patient before giving tPA","Hyperacute Stroke Unit",
 "Estimated weights led to alteplase doses up to 15% out. tPA is dosed by weight.",
 "Use the trolley weigh scale for every thrombolysis patient; do not guess.", owner="person-kwame-asante")
# ---- dysphagia
inn("inn-swallow-screen-nurses","Nurse-led swallow screen within four hours of arrival","person-megan-tulloch",SR,
 "Patients were kept nil by mouth for up to a day waiting for a speech and language therapist to assess their swallowing after stroke.",
 "We trained band 5 and 6 nurses on the stroke unit to do a bedside water swallow screen within four hours of admission. Patients who fail are referred to SALT for a full dysphagia assessment. Competencies are signed off by the SALT team and refreshed yearly.",
 kw=["dysphagia","swallow screen","nil by mouth"], team=["person-pete-sowerby"], stage="evaluated")
lesson("lesson-nbm-hydration","Nil by mouth patients became dehydrated while waiting","Stroke Rehabilitation",
 "Three patients kept NBM after a failed swallow screen had no fluids prescribed for over 12 hours.",
 "Prescribe IV or subcutaneous fluids at the time a patient is made nil by mouth.", owner="person-megan-tulloch")
story("story-thickened-fluids","Evidence search changes how we thicken drinks","Speech and Language Therapy","Speech and language therapist",
 "The SALT team wanted to know whether the IDDSI levels we use for thickened fluids after stroke were backed by evidence, as families said the drinks were unpleasant.",
 "The clinical librarian searched for studies on thickened fluids, aspiration pneumonia and patient acceptability, and wrote a two-page evidence summary.",
 "We changed our policy so that patients are reviewed for free water protocol after 48 hours. Fewer drinks are wasted and patients say they feel less thirsty.",
 kind="lks_impact_case_study", person="person-megan-tulloch", working_with=["person-rosalind-achebe"], kw=["dysphagia","IDDSI","thickened fluids"])
inn("inn-fees-clinic","FEES clinic for people with swallowing problems","person-megan-tulloch","Speech and Language Therapy",
 "Videofluoroscopy slots are limited and need a trip to imaging.",
 "We started a fibreoptic endoscopic evaluation of swallowing (FEES) clinic run by SALT with ENT support, so people with difficulty swallowing after stroke, MND or head injury can be seen on the ward.",
 kw=["FEES","dysphagia"], team=["person-priya-lakhani"])
# ---- epilepsy
inn("inn-buccal-midazolam-training","Rescue medication training for carers of people with epilepsy","person-lowri-pennant",EP,
 "Care homes and day centres were calling 999 for every prolonged seizure because staff were not trained to give buccal midazolam.",
 "The epilepsy nurse specialists ran short sessions for carers on recognising a prolonged seizure and giving rescue medication, with a written care plan for each person.",
 kw=["buccal midazolam","rescue medication","status epilepticus"], stage="embedded")
story("story-sudep-conversations","Talking about SUDEP at diagnosis","Epilepsy Service","Epilepsy nurse specialist",
 "Families told us nobody mentioned sudden unexpected death in epilepsy until after a bereavement.",
 "We asked the library for evidence on discussing SUDEP risk and used it to write a conversation guide and a risk checklist for clinics.",
 "Every newly diagnosed adult now has a documented SUDEP conversation. Families say it was hard to hear but they were glad to be told.",
 person="person-lowri-pennant", working_with=["person-rosalind-achebe"], kind="lks_impact_case_study", kw=["SUDEP"])
inn("inn-video-telemetry-beds","Home video telemetry to cut the wait for seizure monitoring","person-oluwaseun-adeyemi","Clinical Neurophysiology",
 "Inpatient video-EEG telemetry had a 30-week waiting list, and many people with suspected non-epileptic attacks waited as long as those with epilepsy.",
 "We loaned ambulatory EEG kits with a home video camera so attacks can be captured in the person's own home over five days.",
 kw=["video telemetry","EEG","ambulatory EEG"], team=["person-dev-raghunathan"])
lesson("lesson-fits-first-aid-leaflet","Patients call them fits: use their word in leaflets","Epilepsy Service",
 "Our seizure leaflets used only clinical terms. Patients and families mostly say fits, funny turns or blackouts.",
 "Write patient information with the words people use, and put the clinical term alongside.", polarity="improve", owner="person-lowri-pennant")
aar("cap-aar-status-epilepticus","After action review: status epilepticus on the ward",EP,
 "To learn from a patient who had a seizure lasting over 20 minutes on the neurology ward.",
 "Benzodiazepine within 5 minutes, second dose at 10, levetiracetam loaded by 20 minutes, anaesthetist called if still fitting.",
 "The first dose was given at 8 minutes because the rescue drug was in the controlled drugs cupboard and the key holder was on break.",
 improve=["Keep seizure rescue packs in the emergency trolley"], facilitator="person-ruth-lamont", people=["person-dev-raghunathan","person-lowri-pennant"], kw=["status epilepticus","seizure"])
# ---- headache
inn("inn-gon-block-clinic","Nurse-led greater occipital nerve block clinic","person-fiona-mcbride",HC,
 "People with cluster headache and chronic migraine waited months for a consultant slot for an occipital nerve block.",
 "We trained the headache nurse specialist to give greater occipital nerve blocks (local anaesthetic and steroid injection) under a patient group direction, in a weekly clinic.",
 kw=["GON block","nerve block","cluster headache","migraine"], team=["person-dev-raghunathan"], stage="evaluated")
story("story-migraine-cgrp","Getting the new migraine injections to the right people","Headache Clinic","Consultant neurologist",
 "We had to decide who should get anti-CGRP monoclonal antibodies for chronic migraine and how to measure response.",
 "The librarian found the NICE technology appraisals and trial data; we built a headache diary and a monthly migraine days check.",
 "Over 200 people started treatment; half now have at least 50% fewer migraine days.",
 person="person-dev-raghunathan", working_with=["person-rosalind-achebe"], kind="lks_impact_case_study", kw=["CGRP","migraine"])
lesson("lesson-medication-overuse","Medication overuse headache was missed in referrals","Headache Clinic",
 "A third of referrals to the headache clinic were people taking painkillers on more than 15 days a month.",
 "Ask about painkiller use in the referral form and send advice on medication overuse headache back to the referrer.", owner="person-fiona-mcbride")
# ---- spinal: pressure ulcers, AD, bowel
inn("inn-pressure-mapping","Pressure mapping to prevent sores in spinal cord injury","person-tomasz-wojcik",SIC,
 "Pressure ulcers are a serious risk for people with spinal cord injury who sit for long periods.",
 "We bought a pressure mapping mat and use it when setting up a patient's cushion and sitting tolerance. Nurses and the seating team check skin twice a day and turn patients in bed every three hours.",
 kw=["pressure ulcers","pressure mapping","skin"], team=["person-marisol-vega"], stage="evaluated")
lesson("lesson-ad-card","Autonomic dysreflexia cards must travel with the patient","Spinal Injuries Centre",
 "A patient with a T4 injury had a dangerous rise in blood pressure in another hospital's emergency department; staff there did not recognise AD.",
 "Give every patient with an injury at T6 or above an autonomic dysreflexia alert card and teach them to show it.", owner="person-grace-okafor")
story("story-ad-training-ed","Teaching our neighbours about autonomic dysreflexia","Spinal Injuries Centre","Consultant in spinal injuries",
 "Former patients were being treated in local emergency departments where the signs of autonomic dysreflexia (pounding headache, flushing, very high blood pressure) were not recognised.",
 "We made a ten-minute e-learning module and a laminated action card with the library's help and offered it to three local hospitals.",
 "All three emergency departments now have the card. Two patients reported being treated quickly.",
 person="person-grace-okafor", working_with=["person-rosalind-achebe"], kw=["autonomic dysreflexia","AD"])
inn("inn-bowel-programme","Bowel care programme for people with a spinal cord injury","person-tomasz-wojcik",SIC,
 "Neurogenic bowel was the most common complaint at annual review and the commonest trigger of AD.",
 "A structured bowel programme with digital stimulation, transanal irrigation options and a bowel diary, taught before discharge to patients and carers.",
 kw=["neurogenic bowel","bowel care"])
# ---- ABI
inn("inn-pta-protocol","Westmead PTA scale used daily after head injury","person-rhys-tregarthen",ABI,
 "Staff could not agree when patients had come out of post-traumatic amnesia, so therapy started at different times.",
 "We introduced daily Westmead post-traumatic amnesia scale testing at the same time each day, with a quiet room and fixed tester.",
 kw=["post-traumatic amnesia","PTA","traumatic brain injury"], team=["person-niamh-doherty"])
story("story-agitation-low-stim","Low stimulation room calms agitation after brain injury","Acquired Brain Injury Rehabilitation Unit","Clinical psychologist",
 "Patients in PTA after a traumatic brain injury were often agitated, and staff used one-to-one nursing and sometimes sedation.",
 "We made a low stimulation bay with dimmed light, no TV and one visitor at a time, and used the Agitated Behaviour Scale each shift.",
 "Agitated Behaviour Scale scores fell and sedation use halved over six months.", person="person-rhys-tregarthen", kw=["agitation","ABI","brain injury"])
inn("inn-return-to-drive","Return to driving assessment after brain injury or stroke","person-niamh-doherty",ABI,
 "Patients kept asking when they can drive again, and advice on the DVLA rules varied.",
 "OT-led pre-driving assessment covering vision, reaction time and cognition, with a clear DVLA information sheet and referral to a regional driving assessment centre for on-road tests.",
 kw=["driving","DVLA","occupational therapy"], team=["person-aoife-brannagh"])
# ---- MND / Parkinson's
inn("inn-niv-mnd","Early non-invasive ventilation for people with motor neurone disease","person-sunita-bhamra",MND,
 "People with MND were starting NIV late, often after an emergency admission with breathing problems.",
 "We check breathing (FVC and sniff nasal pressure) every three months in the MND clinic and discuss the breathing mask early. Respiratory physiologists set up NIV at home.",
 kw=["NIV","MND","respiratory"], team=["person-harriet-quayle"], stage="embedded")
inn("inn-voice-banking","Voice banking before speech is lost","person-sunita-bhamra",MND,
 "People with MND often lose their speech, and by the time a communication aid is needed it is too late to record their own voice.",
 "Speech and language therapists offer voice banking at diagnosis: the person records phrases so a synthetic voice can be built for their communication aid.",
 kw=["voice banking","AAC","communication aid"], team=["person-megan-tulloch"])
lesson("lesson-peg-timing","Offer a feeding tube before weight loss is severe","MND and Parkinson's Service",
 "Gastrostomy placed after 10% weight loss or when breathing was already weak carried higher risk.",
 "Discuss gastrostomy (PEG or RIG) early in MND, when weight loss reaches 5%.", owner="person-harriet-quayle")
inn("inn-pd-meds-on-time","Parkinson's medicines on time on every ward","person-callum-reid",MND,
 "People with Parkinson's disease were getting levodopa late on the wards, leading to stiffness, falls and swallowing problems.",
 "We added time-critical medication flags to the electronic prescribing system, allowed self-administration, and gave each ward a Parkinson's link nurse.",
 kw=["Parkinson's","time critical medication","levodopa"], team=["person-anjali-rao"], stage="evaluated")
story("story-pd-nil-by-mouth","When someone with Parkinson's cannot swallow tablets","MND and Parkinson's Service","Parkinson's nurse specialist",
 "A ward asked what to do for a patient with Parkinson's who was nil by mouth before surgery.",
 "The pharmacist and Parkinson's nurse wrote a guide to converting oral Parkinson's drugs to a rotigotine patch, with the library finding the dose-conversion evidence.",
 "The guide is now used across the trust; no missed-dose incidents since.", person="person-callum-reid", working_with=["person-rosalind-achebe"], kw=["Parkinson's","nil by mouth"])
# ---- neurosurgery
inn("inn-shunt-card","Shunt passport for people with hydrocephalus","person-beatrix-lund",NS,
 "People with a ventriculoperitoneal shunt turned up at other hospitals with headaches and vomiting, and nobody knew the valve type or setting.",
 "We give every patient a wallet card and app entry with shunt type, programmable valve setting and our on-call number.",
 kw=["VP shunt","hydrocephalus","shunt"], team=["person-ifeoma-nnadi"])
lesson("lesson-shunt-mri","Check programmable shunt valves after MRI","Neurosurgery",
 "A programmable valve setting changed during an MRI scan and the patient was readmitted with overdrainage.",
 "Re-check and reset the valve setting after every MRI.", owner="person-beatrix-lund")
inn("inn-cranioplasty-pathway","Cranioplasty pathway after decompressive craniectomy","person-beatrix-lund",NS,
 "Patients waited unpredictably for the bone flap or a titanium plate to be replaced after decompressive craniectomy, some over a year.",
 "A tracked pathway with a named coordinator, CT planning for custom titanium plates and a target of surgery within 6 months.",
 kw=["cranioplasty","titanium plate","craniectomy"])
retro("cap-retro-awake-crani","Retrospect: first year of awake craniotomy",NS,
 "To review the first year of awake craniotomy for tumours near speech areas.",
 ["Offer awake surgery to suitable patients","Keep speech function"], successes=["Speech therapist in theatre helped map language"],
 improvements=["Pre-op rehearsal with the patient was too short"], facilitator="person-ruth-lamont", people=["person-beatrix-lund","person-megan-tulloch"], kw=["awake craniotomy","theatre"])
# ---- neurocritical care
inn("inn-evd-bundle","EVD care bundle cuts drain infections","person-ifeoma-nnadi",NCC,
 "Infections linked to external ventricular drains were above the national average.",
 "A care bundle for EVDs: sterile sampling only when needed, daily dressing check, clamping rules for transfers, and a checklist at every shift handover.",
 kw=["EVD","external ventricular drain","infection"], team=["person-hamish-drummond"], stage="evaluated")
lesson("lesson-evd-transfer-clamp","Clamp the drain before moving the patient","Neuro-critical Care Unit",
 "An unclamped external ventricular drain over-drained during a transfer to CT.",
 "Clamp the EVD for every transfer and unclamp and re-level on return.", owner="person-ifeoma-nnadi")
inn("inn-icp-monitoring-education","ICP monitoring teaching for new critical care nurses","person-ifeoma-nnadi",NCC,
 "New nurses found intracranial pressure waveforms and cerebral perfusion pressure targets hard to interpret.",
 "Bedside teaching sessions with a simulator for raised intracranial pressure, and a pocket card of ICP and CPP targets.",
 kw=["ICP","intracranial pressure","education"])
story("story-delirium-nccu","Spotting delirium on the neuro ICU","Neuro-critical Care Unit","Consultant intensivist",
 "It is hard to tell delirium from the effects of brain injury in neuro-critical care.",
 "We adapted the CAM-ICU screening tool with the library's help and agreed when it is valid to use.",
 "Delirium is now screened twice daily and documented.", person="person-hamish-drummond", kw=["delirium","CAM-ICU"], working_with=["person-rosalind-achebe"])
inn("inn-trach-weaning","Tracheostomy weaning protocol for brain injury patients","person-hamish-drummond",NCC,
 "Tracheostomy decannulation was slow and varied between consultants.",
 "A multidisciplinary weaning protocol with physios and SALT, cuff deflation trials and a speaking valve.",
 kw=["tracheostomy","weaning","decannulation"], team=["person-megan-tulloch"])
# ---- spasticity / foot drop
inn("inn-botox-clinic","Botulinum toxin clinic for spasticity after stroke","person-jonah-pettifer",SR,
 "Arm and leg stiffness after stroke made dressing, hygiene and walking hard, and patients waited 20 weeks for injections.",
 "A physio-led clinic where botulinum toxin injections for spasticity are given with splinting and stretching. Goal attainment scaling measures the result.",
 kw=["spasticity","botulinum toxin","tone"], stage="embedded")
inn("inn-fes-foot-drop","Functional electrical stimulation for foot drop","person-jonah-pettifer",SR,
 "People with foot drop after stroke or MS trip and fall, and some dislike an ankle-foot orthosis.",
 "We offer a trial of a functional electrical stimulation device that stimulates the peroneal nerve to lift the foot when walking.",
 kw=["FES","foot drop","peroneal nerve"])
lesson("lesson-tone-splints","Splints alone do not manage high tone","Stroke Rehabilitation",
 "Patients with high muscle tone given a resting splint but no stretching plan had contractures at six months.",
 "Combine splinting with a daily stretching programme that carers can follow.", owner="person-jonah-pettifer")
# ---- wheelchair
inn("inn-wheelchair-waits","Cutting wheelchair waiting times with a triage clinic","person-marisol-vega",WPS,
 "Adults waited up to 26 weeks for a wheelchair assessment, and people with MND could not wait that long.",
 "We triage every referral within a week, fast-track people with a rapidly progressing condition, and hold a same-day assessment and handover clinic for standard chairs.",
 kw=["wheelchair","waiting list","fast track"], team=["person-ade-okonkwo"], stage="evaluated")
inn("inn-postural-24h","24-hour postural management for people with complex disability","person-marisol-vega",WPS,
 "Body shape changes were developing in people who spend long periods lying and sitting in poor positions.",
 "Seating, sleep systems and standing are planned together over 24 hours, with carers trained in positioning.",
 kw=["postural management","seating","sleep system"])
lesson("lesson-powerchair-handover","Test the powered chair at home before handover","Wheelchair and Posture Service",
 "Two powered wheelchairs would not fit through the client's doorway at home.",
 "Visit the home or ask for door widths before ordering a powered chair.", owner="person-ade-okonkwo")
# ---- audiology
inn("inn-hearing-aid-postal","Postal hearing aid repairs and batteries","person-elspeth-garroway",AUD,
 "People travelled long distances to our audiology drop-in just to get new tubing or hearing aid batteries.",
 "Patients can now post their hearing aid for repair and order batteries by phone or online. A volunteer runs a repair clinic in two libraries.",
 kw=["hearing aids","batteries","repairs"], stage="embedded")
inn("inn-ci-switch-on","Cochlear implant switch-on within 4 weeks of surgery","person-samir-haddad",AUD,
 "Adults waited 6 to 8 weeks after cochlear implant surgery before their device was activated.",
 "We book the switch-on appointment at the pre-op visit and the audiologist sees the patient on the ward where the wound allows.",
 kw=["cochlear implant","switch-on","CI"])
story("story-ci-assessment","Finding the evidence for cochlear implants in older adults","Audiology and ENT","Audiologist",
 "We were asked whether people over 80 benefit from cochlear implantation.",
 "The library did a search on outcomes of CIs in very old adults, including cognition and quality of life.",
 "We changed our referral advice so age alone is no barrier.", person="person-samir-haddad", working_with=["person-rosalind-achebe"], kind="lks_impact_case_study", kw=["cochlear implant","older people"])
inn("inn-bppv-clinic","One-stop dizziness clinic with Epley manoeuvre","person-wendy-ashdown",AUD,
 "People with vertigo were passed between GP, ENT and neurology.",
 "A vestibular physiotherapist sees people with dizziness, diagnoses benign paroxysmal positional vertigo and treats it with the Epley manoeuvre on the day. Others get vestibular rehabilitation exercises.",
 kw=["BPPV","vertigo","vestibular rehabilitation"], team=["person-priya-lakhani"], stage="evaluated")
lesson("lesson-balance-falls","Balance problems were not linked to falls clinics","Audiology and ENT",
 "Many patients referred for balance assessment had already fallen, but the falls team did not know.",
 "Share vestibular findings with the falls service.", owner="person-wendy-ashdown")
inn("inn-tinnitus-group","Group therapy for tinnitus","person-priya-lakhani",AUD,
 "One-to-one tinnitus counselling had a long wait.",
 "Six-week group sessions on sound therapy, sleep and CBT-based techniques for ringing in the ears.", kw=["tinnitus"])
