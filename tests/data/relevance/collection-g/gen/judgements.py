"""Write judgements.json and check every id exists. Run: python gen/judgements.py"""
import json, os, glob
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(HERE, '..')
CF = {k: 2 for k in "inn-cf-home-iv inn-cf-modulator lesson-cf-cross-infection story-cf-transition inn-cf-physio-app lesson-cf-diabetes".split()}
CAT = {k: 2 for k in "inn-cataract-one-stop inn-cataract-high-volume lesson-cataract-biometry inn-cataract-nurse-led story-cataract-anxiety lesson-posterior-capsule retro-cataract-hub".split()}
CAT.update({"story-eye-theatre": 1, "story-sim-eyes": 1, "lesson-iop-spikes": 1})
GLA = {k: 2 for k in "lesson-iop-spikes inn-glaucoma-virtual inn-glaucoma-drops lesson-iop-followup inn-glaucoma-slt story-glaucoma-driving".split()}
AMD = {k: 2 for k in "inn-amd-injections inn-amd-treat-extend lesson-amd-capacity lesson-injection-endophthalmitis".split()}
AMD.update({"inn-oct-community": 1})
ECMO = {k: 2 for k in "inn-awake-ecls inn-ecmo-retrieval inn-ecmo-sim lesson-ecmo-cannula aar-ecmo-transfer retro-tx-ecmo-bridge pa-ecmo-centre lesson-ecmo-anticoag".split()}
ECMO.update({"inn-pressure-ulcer": 1})
REHAB = {"inn-cardiac-rehab-online": 2, "story-rehab-women": 2, "lesson-rehab-language": 2, "inn-cardiac-surgery-prehab": 1}
RET = {k: 2 for k in "inn-stay-conversations inn-flexible-working story-retention-legacy inn-exit-data story-menopause inn-retire-return".split()}
RET.update({"inn-preceptorship": 1, "story-rota-pressure": 1, "lesson-preceptor-time": 1, "inn-line-manager": 1})
PU = {"inn-pressure-ulcer": 2, "lesson-prone-position": 2, "lesson-niv-mask": 2}
Q = [
 # synonym
 ("water tablets at home for swollen ankles", "synonym", {"story-hf-diuretic": 2, "inn-hf-weight": 2, "story-hf-virtual-ward": 2, "inn-hf-nurse-phone": 1, "lesson-hf-potassium": 1}),
 ("eye jabs", "synonym", AMD),
 ("machine that helps you breathe at night at home", "synonym", {"inn-home-ventilation": 2, "lesson-niv-mask": 2, "aar-ventilator-fail": 2, "inn-sleep-cpap": 1, "inn-cpap-driving": 1}),
 ("irregular heartbeat", "synonym", {"inn-afib-clinic": 2, "story-ablation-video": 2, "inn-ecg-patch": 2, "lesson-af-anticoag": 2, "aar-pacing-wire": 1, "inn-icd-remote": 1}),
 ("cloudy lens operation", "synonym", CAT),
 ("blood thinners", "synonym", {"lesson-af-anticoag": 2, "lesson-ecmo-anticoag": 2, "inn-afib-clinic": 1, "inn-vte-prevention": 1}),
 ("bed sores", "synonym", PU),
 ("keeping nurses from quitting", "synonym", RET),
 # acronym
 ("ECMO", "acronym", ECMO),
 ("AMD", "acronym", dict(AMD, **{"story-magnifier": 1})),
 ("OSA", "acronym", {"inn-sleep-cpap": 2, "inn-sleep-home-study": 2, "inn-cpap-driving": 2, "story-snoring": 2}),
 ("CF", "acronym", CF),
 ("NIV", "acronym", {"lesson-niv-mask": 2, "aar-ventilator-fail": 2, "inn-home-ventilation": 2}),
 ("COPD", "acronym", {"inn-copd-pr": 2, "story-breathless-app": 2, "lesson-oxygen-fire": 1, "story-inhaler-green": 1}),
 ("DESP", "acronym", {"inn-diabetic-eye": 2, "story-dr-screening-young": 2, "story-dr-laser": 2}),
 ("CABG", "acronym", {"inn-cabg-enhanced": 2, "inn-cardiac-surgery-prehab": 2, "story-anaemia-clinic": 1, "inn-transfusion": 1, "lesson-wrong-site": 1, "retro-surgery-scheduling": 1, "lesson-sternal-wound": 1}),
 ("VAD", "acronym", {"story-lvad": 2, "inn-lvad-driveline": 2}),
 # spelling
 ("anemia before heart surgery", "spelling", {"story-anaemia-clinic": 2, "inn-transfusion": 2}),
 ("anesthesia for lung surgery pain", "spelling", {"inn-anaesthesia-block": 2, "lesson-thoracic-drain": 1, "inn-ebus": 1}),
 ("pediatric burns", "spelling", {"inn-paeds-burns": 2, "inn-burns-scald-campaign": 2, "story-burns-camp": 2, "inn-burns-dressing": 1}),
 ("glaucomma", "spelling", GLA),
 ("cystic fibrosys", "spelling", CF),
 ("catarct surgery", "spelling", CAT),
 ("rehabilitaion after heart attack", "spelling", REHAB),
 ("heart failure medication optimization", "spelling", {"inn-hf-nurse-phone": 2, "lesson-hf-potassium": 1, "story-hf-diuretic": 1}),
 # phrase
 ("\"enhanced recovery\"", "phrase", {"inn-cabg-enhanced": 2, "inn-tavi-pathway": 1, "inn-cardiac-surgery-prehab": 1}),
 ("\"virtual clinic\"", "phrase", {"inn-home-ventilation": 2, "inn-glaucoma-virtual": 2, "inn-ild-mdt": 1, "story-hf-virtual-ward": 1, "inn-hf-nurse-phone": 1, "inn-cataract-nurse-led": 1}),
 ("\"in situ simulation\"", "phrase", {"inn-sim-insitu": 2, "aar-sim-debrief": 2, "aar-cardiac-arrest-csu": 1}),
 ("\"home sleep study\"", "phrase", {"inn-sleep-home-study": 2}),
 ("\"remote monitoring\"", "phrase", {"inn-icd-remote": 2, "inn-hf-weight": 2, "inn-home-ventilation": 2, "inn-ecg-patch": 1, "inn-glaucoma-virtual": 1, "story-hf-virtual-ward": 2}),
 ("\"stay conversations\"", "phrase", {"inn-stay-conversations": 2, "inn-exit-data": 1, "story-retention-legacy": 1}),
 ("\"one-stop clinic\"", "phrase", {"inn-cataract-one-stop": 2, "story-dr-screening-young": 1, "inn-eclo-pathway": 1}),
 ("\"surgical site infection\"", "phrase", {"lesson-sternal-wound": 2, "inn-lvad-driveline": 1, "lesson-wound-discharge": 1}),
 # question
 ("how can we get more people to finish cardiac rehab?", "question", {"inn-cardiac-rehab-online": 2, "story-rehab-women": 2, "lesson-rehab-language": 2}),
 ("how do we stop people missing their diabetic eye screening?", "question", {"inn-diabetic-eye": 2, "story-dr-screening-young": 2, "story-dr-laser": 1}),
 ("how can we reduce waiting times for cataract surgery?", "question", {"inn-cataract-one-stop": 2, "inn-cataract-high-volume": 2, "retro-cataract-hub": 2, "story-eye-theatre": 2, "inn-cataract-nurse-led": 1}),
 ("what support do nurses recruited from abroad need when they arrive?", "question", {"retro-intl-cohort": 2, "inn-intl-recruitment": 2, "lesson-intl-accommodation": 2, "story-intl-welcome": 2, "story-osce-prep": 2, "inn-tb-screening": 1, "pa-intl-recruit": 1, "inn-intl-ahp": 1}),
 ("how do we avoid transferring small burns to the burns unit?", "question", {"inn-burns-telemed": 2, "pa-burns-network": 1, "lesson-burns-fluid": 1}),
 ("what should we do if a patient bleeds after heart surgery?", "question", {"aar-theatre-return": 2, "aar-cardiac-arrest-csu": 1, "inn-transfusion": 1}),
 ("how can heart failure patients avoid going back into hospital?", "question", {"inn-hf-weight": 2, "inn-hf-nurse-phone": 2, "lesson-hf-discharge": 2, "story-hf-diuretic": 2, "story-hf-virtual-ward": 2, "inn-hf-palliative": 1, "lesson-hf-potassium": 1}),
 ("how do we use the apprenticeship levy?", "question", {"lesson-levy": 2, "inn-nursing-apprenticeship": 2, "inn-tnap": 1, "inn-hca-apprentice": 1, "retro-apprenticeship": 1}),
 # distractor
 ("theatre safety checklist", "distractor", {"aar-theatre-return": 2, "lesson-wrong-site": 2, "lesson-cataract-biometry": 2, "story-theatre-nurses": 1, "retro-surgery-scheduling": 1}),
 ("eye screening", "distractor", {"inn-diabetic-eye": 2, "story-dr-screening-young": 2, "story-dr-laser": 2}),
 ("pressure ulcers", "distractor", PU),
 ("central line infection", "distractor", {"inn-central-line": 2, "inn-cf-home-iv": 1, "inn-lvad-driveline": 1}),
 ("discharge from hospital delays", "distractor", {"inn-discharge-lounge": 2, "lesson-hf-discharge": 1, "inn-tavi-pathway": 1}),
 ("theatre nurses", "distractor", {"story-theatre-nurses": 2, "story-eye-theatre": 1, "story-cataract-anxiety": 1}),
 ("fire risk with home oxygen", "distractor", {"lesson-oxygen-fire": 2}),
 ("wound discharge", "distractor", {"lesson-wound-discharge": 2, "lesson-sternal-wound": 1, "inn-lvad-driveline": 1}),
 ("staff retention", "distractor", RET),
 ("valve replacement", "distractor", {"inn-tavi-pathway": 2, "inn-heart-valve-clinic": 1, "inn-cabg-enhanced": 1, "aar-theatre-return": 1}),
 ("transplant rejection", "distractor", {"lesson-tx-rejection-biopsy": 2, "inn-heart-tx-clinic": 1}),
 ("chest drain", "distractor", {"lesson-thoracic-drain": 2}),
 ("heart damage from chemo", "synonym", {"inn-oncology-heart": 2}),
 ("rehab for sight loss", "distractor", {"inn-low-vision": 2, "story-magnifier": 2, "inn-eclo-pathway": 1, "story-low-vision-falls": 1}),
]
E = [
 ("ECMO", {"p-okafor": 2, "p-morgan": 1}, []),
 ("theatre safety", {"p-ngata": 2, "p-ahmed": 1}, ["p-fenwick", "p-hart"]),
 ("eye screening", {"p-rahman": 2, "p-patel": 2}, ["p-stone", "p-roberts"]),
 ("pressure ulcers", {"p-walsh": 2, "p-young": 2}, ["p-evans", "p-taylor"]),
 ("heart failure", {"p-adeyemi": 2}, []),
 ("central lines", {"p-walsh": 2}, ["p-ward"]),
 ("cardiac rehab", {"p-hughes": 2, "p-green": 1}, ["p-obrien"]),
 ("sleep apnoea", {"p-sato": 2}, []),
 ("cystic fibrosis", {"p-murphy": 2, "p-green": 1}, []),
 ("pacemakers", {"p-banerjee": 2, "p-iqbal": 2}, []),
 ("transplant", {"p-kowalski": 2, "p-moreau": 1, "p-okafor": 1}, []),
 ("glaucoma", {"p-osei": 2, "p-singh": 2}, []),
 ("macular degeneration", {"p-rahman": 2, "p-jackson": 1}, []),
 ("burns", {"p-mensah": 2, "p-obrien": 2, "p-grant": 1}, ["p-hart", "p-fenwick"]),
 ("preceptorship", {"p-bennett": 2}, []),
 ("apprenticeships", {"p-chowdhury": 2}, []),
 ("simulation", {"p-dubois": 2, "p-okafor": 1}, []),
 ("international nurses", {"p-nair": 2}, ["p-roberts"]),
 ("staff retention", {"p-evans": 2, "p-bennett": 1}, ["p-fox"]),
 ("retention", {"p-evans": 2, "p-bennett": 1}, ["p-fox"]),
 ("recovery after heart surgery", {"p-ngata": 2, "p-hughes": 1}, ["p-hall"]),
 ("heart valves", {"p-clarke": 2, "p-ngata": 1}, ["p-hart"]),
 ("PDSA cycles", {"p-hall": 2}, ["p-taylor"]),
 ("display screen assessment", {"p-roberts": 2, "p-stone": 2}, ["p-rahman", "p-patel"]),
 ("staff theatre group", {"p-fenwick": 2}, ["p-ngata", "p-ahmed"]),
 ("cataract", {"p-ahmed": 2, "p-dubois": 1}, []),
 ("COPD", {"p-lindqvist": 2, "p-green": 2}, []),
 ("discharge planning", {"p-khan": 2, "p-adeyemi": 1}, ["p-grant"]),
 ("telephone advice line", {"p-ward": 2}, ["p-walsh"]),
 ("fire safety", {"p-hart": 2, "p-fenwick": 1, "p-lindqvist": 1}, ["p-mensah"]),
 ("blood pressure checks", {"p-roberts": 2}, ["p-osei", "p-walsh"]),
 ("literature search", {"p-lee": 2}, []),
 ("AF", {"p-banerjee": 2, "p-iqbal": 1}, []),
 ("scars", {"p-grant": 2, "p-obrien": 2}, []),
]
ids = {os.path.basename(f)[:-5] for f in glob.glob(os.path.join(OUT, "kb", "*", "*.json"))}
bad = [i for _, _, r in Q for i in r if i not in ids] + [i for _, p, t in E for i in list(p) + t if i not in ids]
assert not bad, bad
from collections import Counter
print(Counter(k for _, k, _ in Q), len(Q), len(E), sum(1 for e in E if e[2]))
json.dump({"about": "Northgate specialist heart & lung, eye, burns/plastics hospitals and regional workforce team: judged search and expert-finder collection (search-g)",
           "grades": "2 = about the topic, 1 = partly relevant / useful neighbour, unlisted = not relevant",
           "queries": [{"query": q, "kind": k, "records": r} for q, k, r in Q],
           "experts": [{"topic": t, "people": p, "traps": tr} for t, p, tr in E]},
          open(os.path.join(OUT, "judgements.json"), "w"), indent=1)
