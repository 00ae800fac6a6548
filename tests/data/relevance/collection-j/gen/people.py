from lib import R
DOM="ashcombevale-neuro.nhs.example"
def person(pid, given, family, title, dept, overview, claims, willing=("be_contacted",), email=None):
    d = {"type":"person","id":pid,"given_name":given,"family_name":family,"display_name":f"{given} {family}",
         "job_title":title,"department":dept,"work_email": email or f"{given.lower()}.{family.lower().replace(' ','')}@{DOM}",
         "status":"published",
         "profile":{"overview":overview,"willing_to":list(willing),
           "expertise":[{"concept":{"label":lab},"level":lvl,"evidence":[{"record":r,"role":role} for r,role in ev]} for lab,lvl,ev in claims]}}
    R.append(d)
L="lead"; A="author"; P="participant"; F="facilitator"
person("person-aoife-brannagh","Aoife","Brannagh","Consultant stroke physician","Hyperacute Stroke Unit",
 "I lead the hyperacute stroke unit and our thrombolysis and thrombectomy referral pathways.",
 [("Thrombolysis","expert",[("inn-dtn-prealert",L),("inn-tnk-switch",L),("cap-aar-thrombolysis-sim",P)]),("Acute stroke","expert",[("inn-dtn-prealert",L)])],("be_contacted","speak","mentor"))
person("person-kwame-asante","Kwame","Asante","Stroke nurse specialist","Hyperacute Stroke Unit",
 "I carry the stroke bleep. Ask me about getting clot-busting treatment in quickly, day or night.",
 [("Door-to-needle time","expert",[("story-clotbuster-night",L),("inn-dtn-prealert",P),("lesson-weigh-before-tpa",A)]),("Thrombolysis","practitioner",[("inn-tnk-switch",P),("cap-aar-thrombolysis-sim",P)])])
person("person-megan-tulloch","Megan","Tulloch","Lead speech and language therapist","Speech and Language Therapy",
 "I help people who have trouble swallowing or talking after stroke, head injury or MND.",
 [("Dysphagia","expert",[("inn-swallow-screen-nurses",L),("story-thickened-fluids",L),("inn-fees-clinic",L),("lesson-nbm-hydration",A)]),("Communication aids","practitioner",[("inn-voice-banking",P)])],("be_contacted","peer_assist"))
person("person-harriet-quayle","Harriet","Quayle","Neurosciences dietitian","Nutrition and Dietetics",
 "I look after nutrition for people on our neuro wards, including tube feeding.",
 [("Gastrostomy feeding","expert",[("lesson-peg-timing",A)]),("Motor neurone disease","practitioner",[("inn-niv-mnd",P)])])
person("person-dev-raghunathan","Dev","Raghunathan","Consultant neurologist","Epilepsy Service",
 "Epilepsy and headache neurologist. I run the first seizure clinic and the chronic migraine service.",
 [("Epilepsy","expert",[("cap-aar-status-epilepticus",P),("inn-video-telemetry-beds",P)]),("Migraine","expert",[("story-migraine-cgrp",L),("inn-gon-block-clinic",P)])],("be_contacted","speak","review"))
person("person-lowri-pennant","Lowri","Pennant","Epilepsy nurse specialist","Epilepsy Service",
 "I support people who have fits and their families, and train carers in rescue medicines.",
 [("Epilepsy","expert",[("inn-buccal-midazolam-training",L),("story-sudep-conversations",L),("lesson-fits-first-aid-leaflet",A)]),("SUDEP","expert",[("story-sudep-conversations",L)])],("be_contacted","mentor"))
person("person-oluwaseun-adeyemi","Oluwaseun","Adeyemi","Principal clinical physiologist","Clinical Neurophysiology",
 "EEG and video telemetry.",[("Video EEG telemetry","expert",[("inn-video-telemetry-beds",L)])])
person("person-fiona-mcbride","Fiona","McBride","Headache nurse specialist","Headache Clinic",
 "I run the nerve block clinic for people with bad headaches.",
 [("Nerve blocks for headache","expert",[("inn-gon-block-clinic",L)]),("Medication overuse headache","practitioner",[("lesson-medication-overuse",A)])])
person("person-tomasz-wojcik","Tomasz","Wojcik","Senior sister, spinal injuries","Spinal Injuries Centre",
 "Skin and bowel care for people with spinal cord injury.",
 [("Pressure ulcer prevention","expert",[("inn-pressure-mapping",L)]),("Neurogenic bowel","expert",[("inn-bowel-programme",L)])],("be_contacted","peer_assist"))
person("person-grace-okafor","Grace","Okafor","Consultant in spinal cord injury","Spinal Injuries Centre",
 "Spinal cord injury medicine, especially autonomic dysreflexia.",
 [("Autonomic dysreflexia","expert",[("lesson-ad-card",A),("story-ad-training-ed",L)])],("be_contacted","speak"))
person("person-rhys-tregarthen","Rhys","Tregarthen","Consultant clinical neuropsychologist","Acquired Brain Injury Rehabilitation Unit",
 "Post-traumatic amnesia, agitation and behaviour after brain injury.",
 [("Post-traumatic amnesia","expert",[("inn-pta-protocol",L)]),("Agitation after brain injury","expert",[("story-agitation-low-stim",L)])])
person("person-niamh-doherty","Niamh","Doherty","Occupational therapist","Acquired Brain Injury Rehabilitation Unit",
 "I help people get back to everyday life after a brain injury: cooking, work, getting back behind the wheel.",
 [("Driving after brain injury","expert",[("inn-return-to-drive",L)]),("Post-traumatic amnesia","aware",[("inn-pta-protocol",P)])])
person("person-sunita-bhamra","Sunita","Bhamra","MND care coordinator","MND and Parkinson's Service",
 "Coordinating care for people with motor neurone disease from diagnosis.",
 [("Motor neurone disease","expert",[("inn-niv-mnd",L),("inn-voice-banking",L)]),("Non-invasive ventilation","practitioner",[("inn-niv-mnd",L)])],("be_contacted","peer_assist","speak"))
person("person-callum-reid","Callum","Reid","Parkinson's disease nurse specialist","MND and Parkinson's Service",
 "Parkinson's: getting medicines on time, and keeping people well in hospital.",
 [("Parkinson's disease","expert",[("inn-pd-meds-on-time",L),("story-pd-nil-by-mouth",L)])])
person("person-anjali-rao","Anjali","Rao","Lead neurosciences pharmacist","Pharmacy",
 "Medicines for neurological conditions.",[("Time-critical medicines","practitioner",[("inn-pd-meds-on-time",P)])])
person("person-beatrix-lund","Beatrix","Lund","Consultant neurosurgeon","Neurosurgery",
 "Hydrocephalus, shunts and cranial reconstruction.",
 [("Hydrocephalus and shunts","expert",[("inn-shunt-card",L),("lesson-shunt-mri",A)]),("Cranioplasty","expert",[("inn-cranioplasty-pathway",L)]),("Awake craniotomy","practitioner",[("cap-retro-awake-crani",P)])],("be_contacted","speak"))
person("person-ifeoma-nnadi","Ifeoma","Nnadi","Neuro-critical care practice educator","Neuro-critical Care Unit",
 "Teaching nurses about drains, ICP monitors and the sickest neuro patients.",
 [("External ventricular drains","expert",[("inn-evd-bundle",L),("lesson-evd-transfer-clamp",A)]),("Intracranial pressure monitoring","expert",[("inn-icp-monitoring-education",L)])],("be_contacted","mentor"))
person("person-hamish-drummond","Hamish","Drummond","Consultant in neuro-critical care","Neuro-critical Care Unit",
 "Neuro-intensive care.",[("Delirium","practitioner",[("story-delirium-nccu",L)]),("Tracheostomy weaning","expert",[("inn-trach-weaning",L)])])
person("person-jonah-pettifer","Jonah","Pettifer","Clinical specialist physiotherapist","Stroke Rehabilitation",
 "Stiff muscles, spasticity and walking after stroke.",
 [("Spasticity","expert",[("inn-botox-clinic",L),("lesson-tone-splints",A)]),("Foot drop","expert",[("inn-fes-foot-drop",L)])],("be_contacted","peer_assist"))
person("person-pete-sowerby","Pete","Sowerby","Stroke unit charge nurse","Stroke Rehabilitation",
 "I run the stroke rehab ward.",[("Stroke nursing","practitioner",[("inn-swallow-screen-nurses",P)])])
person("person-marisol-vega","Marisol","Vega","Clinical lead, wheelchair and posture service","Wheelchair and Posture Service",
 "Seating, posture and wheelchair provision.",
 [("Wheelchair services","expert",[("inn-wheelchair-waits",L)]),("Postural management","expert",[("inn-postural-24h",L),("inn-pressure-mapping",P)])],("be_contacted","peer_assist"))
person("person-ade-okonkwo","Ade","Okonkwo","Rehabilitation engineer","Wheelchair and Posture Service",
 "I set up and repair powered chairs and special controls.",
 [("Powered wheelchairs","expert",[("lesson-powerchair-handover",A),("inn-wheelchair-waits",P)])])
person("person-elspeth-garroway","Elspeth","Garroway","Head of adult audiology","Audiology and ENT",
 "Hearing aids for adults: fitting, repairs and follow-up.",
 [("Hearing aids","expert",[("inn-hearing-aid-postal",L)])],("be_contacted","speak"))
person("person-samir-haddad","Samir","Haddad","Cochlear implant audiologist","Audiology and ENT",
 "Cochlear implants from assessment to switch-on and rehabilitation.",
 [("Cochlear implants","expert",[("inn-ci-switch-on",L),("story-ci-assessment",L)])])
person("person-wendy-ashdown","Wendy","Ashdown","Vestibular physiotherapist","Audiology and ENT",
 "Dizziness and balance problems.",[("Vestibular rehabilitation","expert",[("inn-bppv-clinic",L),("lesson-balance-falls",A)])],("be_contacted","peer_assist"))
person("person-priya-lakhani","Priya","Lakhani","Consultant ENT surgeon","Audiology and ENT",
 "Ear surgery, tinnitus and balance.",[("Tinnitus","expert",[("inn-tinnitus-group",L)]),("Vestibular disorders","practitioner",[("inn-bppv-clinic",P)])])
person("person-gemma-fairweather","Gemma","Fairweather","Head of HR and wellbeing","HR and Wellbeing",
 "Staff wellbeing, recruitment and flexible working.",
 [("Staff wellbeing","expert",[("inn-staff-wellbeing-hub",L),("story-work-life-balance",L)]),("Recruitment","practitioner",[("inn-recruitment-drive",L),("story-nerves-interview",L)])])
person("person-martin-oyelaran","Martin","Oyelaran","Employee relations manager","HR and Wellbeing",
 "I support managers with disciplinary and grievance hearings.",
 [("Disciplinary hearings","expert",[("story-disciplinary-hearing",L)])])
person("person-zoe-kirkbride","Zoe","Kirkbride","Voluntary services manager","Volunteering",
 "I recruit and look after our 300 volunteers.",
 [("Volunteering","expert",[("inn-volunteer-befriending",L),("story-chair-yoga",L),("inn-xmas-switch-on",L)])],("be_contacted","speak"))
person("person-barry-stenhouse","Barry","Stenhouse","Transport and fleet manager","Transport",
 "Patient transport, pool cars and the fleet.",
 [("Patient transport","expert",[("inn-transport-dropoff",L),("inn-telematics-fleet",L),("lesson-pool-car-shunt",A)])])
person("person-lina-petrosyan","Lina","Petrosyan","IT infrastructure lead","IT Services",
 "Shared drives, cloud storage and data transfer.",
 [("Shared drive migration","expert",[("inn-shared-drive",L)]),("Data transfer","practitioner",[("lesson-transfer-data",A)])])
person("person-owen-madoc","Owen","Madoc","IT service desk manager","IT Services",
 "Screens, phones and room booking systems.",
 [("Computer screens","practitioner",[("inn-screen-refresh",L)]),("Telephony","practitioner",[("lesson-phone-lines-clinic",A)]),("Room booking","practitioner",[("inn-block-booking",L)])])
person("person-rosalind-achebe","Rosalind","Achebe","Clinical librarian","Knowledge and Library Service",
 "Literature searches and evidence summaries for clinical teams.",
 [("Literature searching","expert",[("story-thickened-fluids",P),("story-sudep-conversations",P),("story-ci-assessment",P)])],("be_contacted","review"))
person("person-terry-vaughan","Terry","Vaughan","Estates maintenance manager","Estates and Facilities",
 "Ventilation, drains and keeping the buildings running.",
 [("Building ventilation","expert",[("cap-aar-ventilation-failure",P)]),("Drainage","practitioner",[("lesson-blocked-drains",A)]),("Heat illness at work","practitioner",[("story-heatstroke-staff",L)])])
person("person-chloe-ambrose","Chloe","Ambrose","Wellbeing champion and swim club organiser","HR and Wellbeing",
 "I run the staff swim club. Ask me about improving your stroke in the pool.",
 [("Swimming stroke technique","practitioner",[("story-swim-club",L)])])
person("person-ian-fotheringham","Ian","Fotheringham","Management accountant","Finance",
 "Budgets and keeping the balance right.",[("Budget balance","expert",[("lesson-budget-balance",A)])])
person("person-keziah-mwangi","Keziah","Mwangi","Occupational health nurse","HR and Wellbeing",
 "Fit testing for masks, fit notes and return to work.",
 [("Fit testing","expert",[("lesson-fit-test-ffp3",A)]),("Fit notes","practitioner",[("inn-fit-notes",L)])])
person("person-dafydd-pryce","Dafydd","Pryce","Health and safety adviser","Estates and Facilities",
 "First aid and health and safety training.",[("First aid","expert",[("inn-first-aid-volunteers",L)])])
person("person-abigail-thorne","Abigail","Thorne","Catering manager","Catering","Patient food and plate waste.",[("Plate waste","practitioner",[("lesson-plate-waste",A)])])
person("person-nadia-kowalczyk","Nadia","Kowalczyk","Patient experience lead","Patient Experience","Complaints and the tone of our replies.",[("Complaints","expert",[("lesson-complaint-tone",A)])])
person("person-ruth-lamont","Ruth","Lamont","Knowledge manager","Knowledge and Library Service",
 "I facilitate after action reviews, retrospects and peer assists.",
 [("After action reviews","expert",[("cap-aar-thrombolysis-sim",F),("cap-aar-status-epilepticus",F),("cap-aar-ventilation-failure",F)]),("Retrospects","practitioner",[("cap-retro-awake-crani",F)])],("be_contacted","mentor","peer_assist"))
person("person-yusuf-dar","Yusuf","Dar","Car park and security manager","Estates and Facilities","Car parks and security.",[("Car parking","expert",[("inn-anpr-car-park",L)])])
person("person-jess-holroyd","Jess","Holroyd","Arts in health coordinator","Volunteering","Arts, music and writing for patients.",[("Arts in health","expert",[("story-writers-block",L)])])

def add_ev(pid, label, rec, role="lead", level="practitioner"):
    for d in R:
        if d["id"] == pid:
            for c in d["profile"]["expertise"]:
                if c["concept"]["label"].lower() == label.lower():
                    c["evidence"].append({"record": rec, "role": role}); return
            d["profile"]["expertise"].append({"concept": {"label": label}, "level": level, "evidence": [{"record": rec, "role": role}]}); return
    raise KeyError(pid)
try:
    from records3 import EXTRA
except ImportError:
    EXTRA = []
for e in EXTRA:
    add_ev(*e)
person("person-marjorie-keel","Marjorie","Keel","Senior seating therapist","Wheelchair and Posture Service",
 "I have fitted special seating for thirty years. Ask me about tricky body shapes.",
 [("Complex seating","expert",[("inn-moulded-seating",L),("lesson-tilt-in-space",A),("cap-harvest-seating","harvestee")])],("be_contacted","mentor"))
