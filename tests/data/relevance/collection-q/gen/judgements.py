"""Write ../judgements.json from the judged queries and expert topics below, and check every id exists."""
import json, os, glob
HERE = os.path.dirname(os.path.abspath(__file__))
OPAT = {"inn-opat-self-admin": 2, "inn-opat-elastomeric": 2, "story-opat-advice-line": 2, "story-opat-drip-at-home": 2,
        "cap-retro-opat-virtual-ward": 2, "cap-pa-opat-tarnside": 2, "inn-opat-ambulatory-clinic": 2, "lesson-opat-patient-selection": 2,
        "cap-aar-opat-first-pump-weekend": 2, "story-opat-lit-search-daptomycin": 2, "inn-opat-picc-nurse-led": 1, "lesson-opat-bloods-weekly": 1,
        "inn-opat-patient-passport": 1, "lesson-opat-homecare-contract": 1, "lesson-opat-line-flush": 1, "lesson-opat-teicoplanin-loading": 1, "lesson-opat-terse": 1,
        "lesson-sopat-carers": 2, "story-community-iv-ward12": 2, "cap-aar-opat-missed-dose": 2, "lesson-line-infection-bundle": 1}
NORO = {"cap-retro-noro-winter": 2, "inn-ipc-cohort-bays": 2, "story-ipc-care-homes-noro": 2, "lesson-noro-visitors": 2, "cap-aar-flu-outbreak-ward9": 1, "story-ward7-tummy-bug": 2, "lesson-outbreak-line-list": 1}
VOT = {"inn-tb-vot": 2, "lesson-tb-vot-phone-loans": 2, "lesson-tb-weekend-dot": 2, "cap-cop-tb-network": 1, "story-tb-outreach-tomasz": 1}
PPE = {"inn-hliu-buddy-doffing": 2, "story-ppe-video": 2, "lesson-hh-gloves": 1, "lesson-hliu-comms": 1, "inn-fit-test-programme": 1,
       "lesson-respirator-breaks": 1, "cap-aar-hcid-exercise": 1, "cap-retro-mpox": 1, "lesson-isolation-signage": 1, "lesson-fit-test-beards": 1, "cap-retro-covid-wave": 1, "inn-green-stewardship": 1,
       "inn-papr-loan-pool": 1, "lesson-doffing-drills": 2, "story-vhf-transfer": 1, "inn-ipc-az-app": 1}
TERM = {"inn-ipc-terminal-clean-tracker": 2, "lesson-ipc-hpv": 2, "inn-uvc-disinfection": 2, "lesson-mattress-audit": 1, "lesson-ipc-commodes": 1, "inn-ipc-cohort-bays": 1}
NEEDLE = {"inn-needlestick-hotline": 2, "cap-aar-needlestick-night": 2, "story-bbv-source-testing": 2, "lesson-sharps-bins": 2, "lesson-hepb-boosters": 1, "lesson-splash-reporting": 1}
SEPSIS = {"inn-sepsis-ward-trigger": 2, "story-bc-sepsis-six": 2, "cap-aar-sepsis-sim": 2, "story-bc-rapid-id": 2, "lesson-sepsis-paired-cultures": 1,
          "lesson-bc-two-sets": 1, "inn-gnbsi-catheter-passport": 1, "lesson-bc-volume": 1, "lesson-ams-carbapenem-restriction": 1, "inn-bc-24h-loading": 1,
          "lesson-sepsis-lactate": 2, "story-sepsis-relative": 2, "story-mrsa-free-year": 1, "lesson-line-infection-bundle": 1}
IVOS = {"inn-ams-ivos-criteria": 2, "cap-retro-ams-ivos-project": 2, "lesson-ams-oral-switch-bioavailability": 2, "inn-opat-ambulatory-clinic": 1,
        "inn-ams-72h-review": 1, "cap-retro-opat-virtual-ward": 1,
        "lesson-oral-step-down-endocarditis": 2, "cap-pa-ivos-tarnside": 2}
CPE = {"inn-cpe-admission-screening": 2, "lesson-cpe-letters": 2, "lesson-sink-traps": 2, "inn-ipc-isolation-priority-tool": 1, "inn-surveillance-dashboard": 1,
       "inn-uvc-disinfection": 1, "lesson-ams-carbapenem-restriction": 1, "story-ipc-superbug-lit": 1, "cap-cop-link-practitioners": 1, "lesson-cre-abroad": 2}
HCID = {"cap-aar-hcid-exercise": 2, "inn-hliu-buddy-doffing": 2, "cap-retro-mpox": 2, "cap-pa-hliu-network": 2, "lesson-hcid-waste": 2, "cap-aar-lassa-call": 2,
        "lesson-hcid-travel-question": 2, "lesson-hliu-comms": 1, "story-ppe-video": 1, "lesson-exposure-media": 1,
        "story-vhf-transfer": 2, "lesson-doffing-drills": 2}
AMR = {"story-ams-amr-teaching": 2, "cap-cafe-ams-week": 2, "story-typhoid-xdr": 2, "lesson-ams-carbapenem-restriction": 1, "inn-cpe-admission-screening": 1,
       "lesson-cpe-letters": 1, "story-ipc-superbug-lit": 1, "lesson-sink-traps": 1, "inn-ams-72h-review": 1, "story-theatre-of-spread": 1, "story-tb-mdr-lks": 1, "cap-harvest-edith-cole": 1, "inn-mrsa-decolonisation": 1, "lesson-cre-abroad": 1, "story-mrsa-free-year": 1}
CDIFF = {"inn-ipc-cdiff-ward-rounds": 2, "lesson-cdiff-stool-chart": 2, "inn-cdiff-two-stage-test": 2, "story-cdiff-fmt": 2, "inn-uvc-disinfection": 1,
         "inn-ipc-isolation-priority-tool": 1, "cap-aar-flu-outbreak-ward9": 1, "inn-surveillance-dashboard": 1, "lesson-cdiff-result-phoning": 2}
SOURCE_ISO = {"inn-isolation-wellbeing": 2, "cap-cafe-isolation-patients": 2, "story-isolation-patient": 2, "inn-ipc-isolation-priority-tool": 2,
              "lesson-side-room-doors": 2, "lesson-isolation-signage": 2, "inn-physio-isolation-resistance-bands": 2, "inn-neg-pressure-monitors": 1,
              "cap-retro-mpox": 1, "cap-aar-flu-outbreak-ward9": 1,
              "lesson-isolation-meals": 2, "inn-isolation-volunteer-calls": 2, "lesson-anteroom-doors": 1}
CONTACT = {"inn-tb-contact-tracing-tool": 2, "lesson-tb-interpreters": 2, "cap-aar-measles-ed": 2, "cap-aar-tb-school-screening": 2,
           "cap-harvest-edith-cole": 1, "story-tb-hostel": 1, "cap-aar-flu-outbreak-ward9": 1, "cap-aar-tb-ward-exposure": 2}
Q = [
 # synonym
 ("antibiotics through a drip at home", "synonym", OPAT),
 ("winter vomiting bug", "synonym", NORO),
 ("TB tablets watched over video call", "synonym", VOT),
 ("gowns masks and gloves", "synonym", PPE),
 ("deep clean after an infectious patient leaves the room", "synonym", TERM),
 ("staff winter jabs", "synonym", {"inn-flu-peer-vaccinators": 2, "lesson-flu-myths": 2, "cap-aar-flu-outbreak-ward9": 1, "lesson-hepb-boosters": 1, "lesson-chickenpox-staff": 1, "story-porters-flu": 2}),
 ("blood poisoning", "synonym", SEPSIS),
 ("stuck with a dirty needle", "synonym", NEEDLE),
 ("bugs growing in sink drains", "synonym", {"lesson-sink-traps": 2, "inn-legionella-flushing": 1}),
 # acronym
 ("OPAT", "acronym", OPAT),
 ("IVOS", "acronym", IVOS),
 ("VOT", "acronym", VOT),
 ("CPE", "acronym", CPE),
 ("HCID", "acronym", HCID),
 ("AMR", "acronym", AMR),
 ("C diff", "acronym", CDIFF),
 ("PPE", "acronym", PPE),
 ("LTBI", "acronym", {"inn-tb-latent-screening": 2, "story-tb-hostel": 1, "cap-aar-tb-school-screening": 1}),
 # spelling
 ("diarrhea C. difficile stool sample", "spelling", {"lesson-cdiff-stool-chart": 2, "inn-cdiff-two-stage-test": 2, "inn-ipc-cdiff-ward-rounds": 2, "story-cdiff-fmt": 1, "inn-ipc-isolation-priority-tool": 1, "lesson-cdiff-result-phoning": 2}),
 ("hemorrhagic fever exercise", "spelling", {"cap-aar-hcid-exercise": 2, "cap-aar-lassa-call": 1, "inn-hliu-buddy-doffing": 1, "lesson-hcid-travel-question": 1, "story-vhf-transfer": 1, "lesson-doffing-drills": 1}),
 ("MRSA decolonization", "spelling", {"inn-mrsa-decolonisation": 2, "story-ipc-superbug-lit": 2, "story-mrsa-free-year": 1}),
 ("tuberclosis contact tracing", "spelling", {"inn-tb-contact-tracing-tool": 2, "lesson-tb-interpreters": 2, "cap-aar-tb-school-screening": 2, "story-tb-hostel": 1, "cap-harvest-edith-cole": 1, "cap-aar-measles-ed": 1, "cap-aar-flu-outbreak-ward9": 1, "cap-aar-tb-ward-exposure": 2}),
 ("maleria in returning travelers", "spelling", {"inn-malaria-pathway": 2, "lesson-malaria-film-repeat": 2, "story-travel-vfr": 2, "cap-aar-lassa-call": 1, "cap-cafe-tropical": 1, "lesson-hcid-travel-question": 1, "lesson-dengue-advice": 1, "story-typhoid-xdr": 1, "inn-malaria-rdt": 2, "story-vhf-transfer": 1}),
 ("legionela water flushing", "spelling", {"inn-legionella-flushing": 2, "lesson-sink-traps": 1, "inn-tmv-temperature": 2, "lesson-isolation-valves": 1}),
 ("respirator fit testing program", "spelling", {"inn-fit-test-programme": 2, "lesson-fit-test-beards": 2, "lesson-respirator-breaks": 1, "cap-retro-covid-wave": 1, "inn-papr-loan-pool": 1}),
 ("hepatitis B immunization staff", "spelling", {"lesson-hepb-boosters": 2, "inn-needlestick-hotline": 1, "lesson-chickenpox-staff": 1, "inn-flu-peer-vaccinators": 1, "cap-aar-measles-ed": 1, "lesson-measles-staff-exclusion": 1}),
 # phrase
 ("\"hand hygiene\"", "phrase", {"inn-hh-peer-observers": 2, "story-hh-hca-champion": 2, "lesson-hh-gloves": 2, "cap-cop-link-practitioners": 1, "inn-surveillance-dashboard": 1, "lesson-sink-traps": 1, "lesson-gel-dispensers": 2}),
 ("\"contact tracing\"", "phrase", CONTACT),
 ("\"negative pressure\"", "phrase", {"inn-neg-pressure-monitors": 2, "lesson-ventilation-annual": 2, "cap-pa-hliu-network": 1, "lesson-anteroom-doors": 2}),
 ("\"IV to oral switch\"", "phrase", IVOS),
 ("\"returning traveller\"", "phrase", {"inn-malaria-pathway": 2, "cap-aar-hcid-exercise": 2, "cap-aar-lassa-call": 2, "story-typhoid-xdr": 2, "lesson-hcid-travel-question": 2, "lesson-malaria-film-repeat": 1, "cap-cafe-tropical": 1, "lesson-schisto": 1, "inn-malaria-rdt": 2, "story-vhf-transfer": 2}),
 ("\"terminal clean\"", "phrase", TERM),
 ("\"outbreak control\"", "phrase", {"lesson-ipc-outbreak-meeting-early": 2, "cap-retro-noro-winter": 2, "cap-aar-flu-outbreak-ward9": 2, "story-ipc-care-homes-noro": 2, "story-scabies-care-home": 2, "inn-ipc-cohort-bays": 1, "lesson-noro-visitors": 1, "cap-aar-measles-ed": 1, "story-tb-hostel": 1, "lesson-sink-traps": 1, "story-ward7-tummy-bug": 2, "lesson-outbreak-line-list": 2}),
 ("\"source isolation\"", "phrase", SOURCE_ISO),
 # question
 ("how can we stop patients in side rooms feeling lonely?", "question", {"inn-isolation-wellbeing": 2, "cap-cafe-isolation-patients": 2, "story-isolation-patient": 2, "inn-physio-isolation-resistance-bands": 1, "cap-retro-mpox": 1, "inn-isolation-volunteer-calls": 2, "lesson-isolation-meals": 1}),
 ("how do we reduce contaminated blood culture samples?", "question", {"inn-bc-contamination-packs": 2, "inn-bc-antt-training": 2, "lesson-bc-two-sets": 1, "lesson-bc-volume": 1, "lesson-bc-labels": 1}),
 ("what should happen when a nurse gets a needlestick injury at night?", "question", {"cap-aar-needlestick-night": 2, "inn-needlestick-hotline": 2, "story-bbv-source-testing": 2, "lesson-sharps-bins": 1, "lesson-hepb-boosters": 1, "lesson-splash-reporting": 1}),
 ("can TB patients be supported without daily home visits?", "question", VOT),
 ("which staff need a powered hood instead of a mask?", "question", {"lesson-fit-test-beards": 2, "inn-papr-loan-pool": 2, "lesson-respirator-breaks": 1, "inn-fit-test-programme": 1}),
 ("how do we keep a ward open during a norovirus outbreak?", "question", {"inn-ipc-cohort-bays": 2, "cap-retro-noro-winter": 2, "lesson-noro-visitors": 1, "story-ipc-care-homes-noro": 1, "story-ward7-tummy-bug": 1}),
 ("how long should an antibiotic course be?", "question", {"story-ams-lks-duration": 2, "lesson-ams-discharge-duration": 2, "inn-ams-surgical-prophylaxis": 2, "inn-ams-72h-review": 1, "lesson-ams-sticker-fatigue": 1, "inn-ams-procalcitonin": 1, "inn-ams-day3-timeout": 1}),
 ("what vaccines do pilgrims going to Hajj need?", "question", {"story-travel-hajj": 2, "inn-travel-yellow-fever": 1}),
 ("who do patients ring when their antibiotic pump stops at home?", "question", {"story-opat-advice-line": 2, "cap-aar-opat-first-pump-weekend": 1, "inn-opat-elastomeric": 1}),
 # distractor
 ("viral load", "distractor", {"story-bbv-source-testing": 2, "inn-needlestick-hotline": 1, "lesson-hepb-boosters": 1}),
 ("superbugs", "distractor", {"inn-cpe-admission-screening": 2, "lesson-cpe-letters": 2, "inn-mrsa-decolonisation": 2, "story-ipc-superbug-lit": 2, "story-ams-amr-teaching": 1, "lesson-sink-traps": 1, "story-typhoid-xdr": 1, "cap-cafe-ams-week": 1, "cap-cop-link-practitioners": 1, "lesson-cre-abroad": 2, "story-mrsa-free-year": 2}),
 ("cohort nursing", "distractor", {"inn-ipc-cohort-bays": 2, "cap-retro-noro-winter": 2, "cap-aar-flu-outbreak-ward9": 2, "cap-retro-covid-wave": 1, "story-ipc-care-homes-noro": 1, "story-ward7-tummy-bug": 1}),
 ("isolation", "distractor", dict(SOURCE_ISO, **{"inn-neg-pressure-monitors": 2, "cap-pa-hliu-network": 2, "lesson-ventilation-annual": 2, "cap-retro-mpox": 2,
      "cap-aar-measles-ed": 1, "inn-cpe-admission-screening": 1, "inn-cdiff-two-stage-test": 1, "inn-ipc-cdiff-ward-rounds": 1, "lesson-hliu-comms": 1,
      "inn-hliu-buddy-doffing": 1, "cap-aar-hcid-exercise": 1, "cap-aar-lassa-call": 1, "lesson-cpe-letters": 1,
      "lesson-anteroom-doors": 2, "inn-ipc-az-app": 1, "cap-aar-tb-ward-exposure": 1, "lesson-cdiff-result-phoning": 1, "story-vhf-transfer": 1})),
 ("spread of infection between wards", "distractor", {"cap-retro-noro-winter": 2, "inn-ipc-cohort-bays": 1, "lesson-ipc-outbreak-meeting-early": 1, "lesson-noro-visitors": 1, "cap-aar-flu-outbreak-ward9": 1, "story-ipc-superbug-lit": 1, "lesson-sink-traps": 1, "story-scabies-care-home": 1}),
 ("culture results", "distractor", {"story-bc-rapid-id": 2, "inn-bc-contamination-packs": 2, "inn-bc-24h-loading": 2, "lesson-bc-volume": 1, "lesson-bc-two-sets": 1, "story-ams-amr-teaching": 1, "cap-cafe-ams-week": 1, "lesson-sepsis-paired-cultures": 1, "inn-bc-antt-training": 1, "cap-aar-sepsis-sim": 1, "lesson-bc-labels": 1, "story-bc-sepsis-six": 1}),
 ("travel advice", "distractor", {"inn-travel-yellow-fever": 2, "lesson-travel-rabies": 2, "lesson-dengue-advice": 2, "story-travel-vfr": 2, "story-travel-hajj": 2, "lesson-schisto": 1, "story-typhoid-xdr": 1, "story-student-elective": 2}),
 ("resistance to antibiotics", "distractor", AMR),
 ("exposure to infection at work", "distractor", {"cap-aar-measles-ed": 2, "lesson-chickenpox-staff": 2, "inn-needlestick-hotline": 2, "cap-aar-needlestick-night": 2, "story-bbv-source-testing": 1, "lesson-hepb-boosters": 1, "lesson-sharps-bins": 1, "cap-aar-hcid-exercise": 1, "cap-aar-tb-ward-exposure": 2, "lesson-splash-reporting": 2, "lesson-measles-staff-exclusion": 2}),
 ("chest infection antibiotics stopping early", "synonym", {"inn-ams-procalcitonin": 2, "story-ams-lks-duration": 1, "inn-ams-72h-review": 1}),
 ("PAPR", "acronym", {"inn-papr-loan-pool": 2, "lesson-fit-test-beards": 2, "lesson-respirator-breaks": 1, "inn-fit-test-programme": 1}),
 ("BBV", "acronym", {"inn-needlestick-hotline": 2, "story-bbv-source-testing": 2, "lesson-hepb-boosters": 1, "cap-aar-needlestick-night": 1, "lesson-splash-reporting": 1}),
 ("why are side room doors always left open?", "question", {"lesson-side-room-doors": 2, "lesson-anteroom-doors": 1}),
 ("\"water safety\"", "phrase", {"inn-legionella-flushing": 2, "inn-tmv-temperature": 2, "lesson-isolation-valves": 2, "lesson-sink-traps": 1}),
 ("gastroenteritis outbrake in care homes", "spelling", {"story-ipc-care-homes-noro": 2, "story-scabies-care-home": 1, "story-ward7-tummy-bug": 1, "cap-retro-noro-winter": 1}),
 ("line infection", "distractor", {"lesson-sepsis-paired-cultures": 2, "cap-aar-sepsis-sim": 2, "lesson-opat-terse": 2, "lesson-line-infection-bundle": 2, "inn-opat-self-admin": 1, "story-mrsa-free-year": 1,
      "inn-opat-picc-nurse-led": 1, "lesson-opat-line-flush": 1, "lesson-ipc-cannula-vip": 1, "cap-cop-link-practitioners": 1, "inn-opat-patient-passport": 1}),
 ("incubation period staff exclusion", "distractor", {"lesson-measles-staff-exclusion": 2, "lesson-chickenpox-staff": 2, "cap-aar-measles-ed": 1}),
 ("screening on admission", "distractor", {"inn-cpe-admission-screening": 2, "inn-mrsa-decolonisation": 1, "lesson-cpe-letters": 1, "cap-cop-link-practitioners": 1, "cap-retro-covid-wave": 1, "lesson-hcid-travel-question": 1, "lesson-cre-abroad": 2, "cap-aar-tb-ward-exposure": 1}),
]
p = lambda s: "person-" + s
E = [
 ("OPAT", {p("adaeze-okonkwo"): 2, p("gethin-pryce"): 2, p("mei-lin-zhou"): 1, p("marta-kowalczyk"): 1, p("colm-reilly"): 1}, [p("paul-desai"), p("daniel-fenwick")]),
 ("home IV antibiotics", {p("gethin-pryce"): 2, p("adaeze-okonkwo"): 2, p("mei-lin-zhou"): 1, p("colm-reilly"): 1}, []),
 ("PICC lines", {p("gethin-pryce"): 2, p("colm-reilly"): 1, p("bronwen-tait"): 1}, [p("ian-fairclough"), p("harriet-moss")]),
 ("elastomeric pumps", {p("mei-lin-zhou"): 2, p("gethin-pryce"): 2}, [p("paul-desai"), p("martin-greaves")]),
 ("antimicrobial stewardship", {p("marta-kowalczyk"): 2, p("anya-petrova"): 2, p("hamish-dunbar"): 1, p("jonah-fry"): 1}, [p("zainab-yusuf"), p("paul-desai")]),
 ("antibiotic resistance", {p("hamish-dunbar"): 2, p("marta-kowalczyk"): 1, p("kwame-asante"): 1}, [p("rosa-delgado")]),
 ("IV to oral switch", {p("marta-kowalczyk"): 2, p("anya-petrova"): 1, p("jonah-fry"): 1}, [p("liam-beckett")]),
 ("TB", {p("priya-raman"): 2, p("edith-cole"): 2, p("sarah-whitcombe"): 1, p("tomasz-nowak"): 1}, []),
 ("video observed therapy", {p("priya-raman"): 2, p("tomasz-nowak"): 1}, [p("jasmine-carter"), p("rhiannon-ellis")]),
 ("contact tracing", {p("priya-raman"): 2, p("sarah-whitcombe"): 1, p("george-ndlovu"): 1, p("aoife-brennan"): 1}, [p("ian-fairclough")]),
 ("blood cultures", {p("hamish-dunbar"): 2, p("yusuf-mahmood"): 2, p("bronwen-tait"): 1}, [p("harriet-moss")]),
 ("sepsis", {p("bronwen-tait"): 2, p("anya-petrova"): 1}, []),
 ("C diff", {p("fiona-mcleish"): 2, p("kemi-adeyemi"): 1, p("hamish-dunbar"): 1}, []),
 ("cohorting patients", {p("fiona-mcleish"): 2, p("aoife-brennan"): 1, p("ana-ferreira"): 1, p("kemi-adeyemi"): 1}, [p("sophie-lang")]),
 ("norovirus", {p("aoife-brennan"): 2, p("fiona-mcleish"): 1, p("nadia-rahman"): 1, p("ana-ferreira"): 1, p("kemi-adeyemi"): 1}, []),
 ("hand hygiene", {p("kwame-asante"): 2, p("lowri-jenkins"): 1}, [p("zainab-yusuf")]),
 ("superbugs", {p("kwame-asante"): 2, p("hamish-dunbar"): 1, p("fiona-mcleish"): 1}, [p("liam-beckett")]),
 ("PPE", {p("rhiannon-ellis"): 2, p("samuel-achterberg"): 1, p("imran-sheikh"): 1, p("lowri-jenkins"): 1}, []),
 ("FFP3 fit testing", {p("samuel-achterberg"): 2, p("rhiannon-ellis"): 1}, [p("tom-hadley")]),
 ("HCID", {p("imran-sheikh"): 2, p("rhiannon-ellis"): 2, p("oliver-tran"): 1, p("kate-arnold"): 1}, [p("jasmine-carter")]),
 ("negative pressure rooms", {p("joe-marsh"): 2, p("fiona-mcleish"): 1}, []),
 ("patients feeling lonely in isolation", {p("niamh-gallagher"): 2, p("grace-obi"): 2}, [p("ella-winthrop")]),
 ("malaria", {p("chen-wei"): 2, p("oliver-tran"): 2, p("leila-haddad"): 1, p("kate-arnold"): 1}, []),
 ("travel vaccinations", {p("leila-haddad"): 2}, [p("gareth-rowe")]),
 ("needlestick injuries", {p("helen-sandoval"): 2, p("ravi-chandran"): 1}, [p("hugo-barnes")]),
 ("viral load", {p("ravi-chandran"): 2}, [p("jasmine-carter")]),
 ("terminal cleaning", {p("ana-ferreira"): 2, p("fiona-mcleish"): 1}, []),
 ("Legionella", {p("joe-marsh"): 2}, []),
 ("staff flu jab", {p("peter-lindqvist"): 2}, []),
 ("infection surveillance", {p("george-ndlovu"): 2, p("fiona-mcleish"): 1}, []),
 ("spread and adoption of innovations", {p("martin-greaves"): 2}, [p("aoife-brennan"), p("fiona-mcleish")]),
 ("culture change", {p("harriet-moss"): 2, p("rosa-delgado"): 1}, [p("hamish-dunbar"), p("yusuf-mahmood")]),
 ("isolation", {p("grace-obi"): 2, p("niamh-gallagher"): 2, p("fiona-mcleish"): 1, p("joe-marsh"): 1, p("rhiannon-ellis"): 1, p("imran-sheikh"): 1}, [p("ella-winthrop")]),
 ("admission screening for resistant bacteria", {p("kwame-asante"): 2, p("hamish-dunbar"): 1}, [p("liam-beckett")]),
 ("travel health", {p("leila-haddad"): 2, p("oliver-tran"): 1, p("chen-wei"): 1}, [p("gareth-rowe")]),
 ("bloodstream infections", {p("hamish-dunbar"): 2, p("bronwen-tait"): 1, p("yusuf-mahmood"): 1}, []),
 ("outbreaks", {p("aoife-brennan"): 2, p("fiona-mcleish"): 2, p("nadia-rahman"): 1, p("kemi-adeyemi"): 1, p("ana-ferreira"): 1}, [p("ella-winthrop")]),
 ("measles exposure", {p("helen-sandoval"): 2, p("aoife-brennan"): 1}, [p("hugo-barnes"), p("jasmine-carter")]),
 ("knowledge harvest", {p("daniel-fenwick"): 2}, [p("edith-cole")]),
]
if __name__ == "__main__":
    ids = set()
    for f in glob.glob(os.path.join(HERE, "..", "kb", "*", "*.json")):
        ids.add(json.load(open(f))["id"])
    out = {"about": "Kestrel Vale NHS FT regional infection services (ID unit, OPAT, TB, HLIU, IPC, AMS, travel clinic): judged search and expert-finder test collection",
           "grades": "2 = about the topic, 1 = partly relevant / useful neighbour, unlisted = not relevant",
           "queries": [{"query": q, "kind": k, "records": r} for q, k, r in Q],
           "experts": [{"topic": t, "people": pp, "traps": tr} for t, pp, tr in E]}
    missing = [i for q in out["queries"] for i in q["records"] if i not in ids] + \
              [i for e in out["experts"] for i in list(e["people"]) + e["traps"] if i not in ids]
    assert not missing, missing
    for e in out["experts"]:
        assert not set(e["people"]) & set(e["traps"]), e["topic"]
    from collections import Counter
    print(Counter(q["kind"] for q in out["queries"]), len(out["experts"]), "topics;", sum(1 for e in out["experts"] if e["traps"]), "with traps")
    json.dump(out, open(os.path.join(HERE, "..", "judgements.json"), "w"), indent=1, ensure_ascii=False)
