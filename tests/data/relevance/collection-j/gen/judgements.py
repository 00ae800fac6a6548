"""Writes ../judgements.json and checks every id against ../kb."""
import json, glob, os
Q = []
def q(kind, query, two=(), one=()):
    r = {i: 2 for i in two}; r.update({i: 1 for i in one}); Q.append({"query": query, "kind": kind, "records": r})
THROMB2 = ["inn-dtn-prealert","inn-tnk-switch","story-clotbuster-night","cap-aar-thrombolysis-sim","lesson-weigh-before-tpa"]
# synonym
q("synonym","clot dissolving treatment for stroke",THROMB2,["inn-hasu-nurse-led-assessment","inn-thrombectomy-transfer"])
q("synonym","difficulty swallowing after a stroke",["inn-swallow-screen-nurses","story-thickened-fluids","inn-fees-clinic","lesson-nbm-hydration"],["story-pd-nil-by-mouth"])
q("synonym","feeding tube motor neurone disease",["lesson-peg-timing","cap-peer-rig"],["inn-niv-mnd","inn-mnd-one-stop"])
q("synonym","dizzy spells",["inn-bppv-clinic","story-vestibular-falls","lesson-balance-falls"])
q("synonym","noises in the ears",["inn-tinnitus-group"])
q("synonym","muscle stiffness after stroke",["inn-botox-clinic","lesson-tone-splints","inn-spasticity-intrathecal"],["cap-aar-baclofen-withdrawal"])
q("synonym","bed sores spinal injury",["inn-pressure-mapping","lesson-pressure-sore-transfer"],["lesson-cushion-review"])
q("synonym","water on the brain",["inn-shunt-card","story-hydrocephalus-nph","lesson-shunt-blocked-signs","lesson-shunt-mri"],["inn-evd-bundle"])
q("synonym","memory loss after head injury",["inn-pta-protocol","cap-aar-abi-absconding"],["story-agitation-low-stim","lesson-abi-family"])
q("synonym","breathing support at home for MND",["inn-niv-mnd"],["cap-peer-rig","inn-mnd-one-stop"])
q("synonym","transient ischaemic attack clinic",["inn-tia-7day","story-mini-stroke-gp"])
# acronym
q("acronym","DTN",["inn-dtn-prealert","story-clotbuster-night","inn-hasu-nurse-led-assessment"],["cap-aar-thrombolysis-sim","inn-tnk-switch","lesson-weigh-before-tpa","cap-aar-ssnap-drop"])
q("acronym","PEG",["lesson-peg-timing","cap-peer-rig"])
q("acronym","NIV",["inn-niv-mnd"],["cap-peer-rig"])
q("acronym","EVD",["inn-evd-bundle","lesson-evd-transfer-clamp","lesson-evd-level"],["inn-csdh-drain"])
q("acronym","AD spinal cord injury",["lesson-ad-card","story-ad-training-ed","lesson-ad-catheter"],["inn-bowel-programme"])
q("acronym","PTA",["inn-pta-protocol","cap-aar-abi-absconding"],["story-agitation-low-stim"])
q("acronym","FES",["inn-fes-foot-drop"])
q("acronym","SAH",["inn-sah-pathway","lesson-sah-sodium"])
q("acronym","DBS Parkinson's",["inn-dbs-service"])
q("acronym","mini stroke TIA",["inn-tia-7day","story-mini-stroke-gp"])
q("acronym","CI switch on",["inn-ci-switch-on"],["cap-aar-ci-fault","lesson-ci-batteries","story-ci-assessment"])
# spelling
q("spelling","subarachnoid hemorrhage",["inn-sah-pathway","lesson-sah-sodium"])
q("spelling","brain tumor",["story-brain-tumour-group"],["cap-retro-awake-crani"])
q("spelling","challenging behavior brain injury",["story-agitation-low-stim","lesson-abi-family"],["inn-pta-protocol","cap-aar-abi-absconding"])
q("spelling","thrombolisis",THROMB2,["inn-hasu-nurse-led-assessment","inn-thrombectomy-transfer"])
q("spelling","epilepsey rescue medication",["inn-buccal-midazolam-training"],["cap-aar-status-epilepticus"])
q("spelling","tracheostmy weaning",["inn-trach-weaning"],["cap-aar-trach-emergency"])
q("spelling","cochlear implnat",["inn-ci-switch-on","story-ci-assessment","cap-aar-ci-fault","lesson-ci-batteries"],["inn-baha"])
q("spelling","ischemic stroke clot retrieval",["inn-thrombectomy-transfer"],["inn-tnk-switch","inn-dtn-prealert"])
q("spelling","pediatric to adult epilepsy transition",["cap-peer-transition-epilepsy"])
q("spelling","Parkinsons disease medication timing",["inn-pd-meds-on-time","lesson-pd-late-doses"],["story-pd-nil-by-mouth"])
# phrase
q("phrase",'"door to needle"',["inn-dtn-prealert","story-clotbuster-night","inn-hasu-nurse-led-assessment"],["cap-aar-ssnap-drop","cap-aar-thrombolysis-sim","inn-tnk-switch","lesson-weigh-before-tpa"])
q("phrase",'"pressure ulcer"',["inn-pressure-mapping","lesson-pressure-sore-transfer"],["lesson-cushion-review"])
q("phrase",'"nil by mouth"',["lesson-nbm-hydration","story-pd-nil-by-mouth","inn-swallow-screen-nurses"],["story-thickened-fluids"])
q("phrase",'"voice banking"',["inn-voice-banking"],["inn-eye-gaze"])
q("phrase",'"hearing aid"',["inn-hearing-aid-postal","inn-care-home-hearing"],["inn-microsuction","inn-baha","lesson-deaf-awareness"])
q("phrase",'"foot drop"',["inn-fes-foot-drop"])
q("phrase",'"early supported discharge"',["inn-esd-stroke","lesson-esd-equipment"])
q("phrase",'"medicines on time"',["inn-pd-meds-on-time","lesson-pd-late-doses"],["story-pd-nil-by-mouth","inn-sah-pathway"])
q("phrase",'"wheelchair repairs"',["inn-wheelchair-repairs"],["inn-wheelchair-waits"])
# question
q("question","how can we get people with MND a wheelchair faster?",["inn-wheelchair-waits"],["inn-mnd-one-stop"])
q("question","what should I do if a spinal patient gets a pounding headache and very high blood pressure?",["lesson-ad-card","story-ad-training-ed","lesson-ad-catheter"])
q("question","when can patients drive again after a stroke or brain injury?",["inn-return-to-drive"],["story-first-fit-clinic","story-brain-tumour-group"])
q("question","how do we stop people with Parkinson's missing doses on the ward?",["inn-pd-meds-on-time","lesson-pd-late-doses"],["story-pd-nil-by-mouth"])
q("question","can care home staff give rescue medicine for a long seizure?",["inn-buccal-midazolam-training"],["cap-aar-status-epilepticus"])
q("question","how do I get my hearing aid fixed?",["inn-hearing-aid-postal"],["inn-care-home-hearing"])
q("question","how do we reduce infections from brain drains in intensive care?",["inn-evd-bundle"],["lesson-evd-transfer-clamp","lesson-evd-level"])
q("question","what helps agitated patients after a head injury?",["story-agitation-low-stim"],["lesson-abi-family","inn-pta-protocol"])
q("question","how can we get our stroke patients home sooner and keep their therapy going?",["inn-esd-stroke","lesson-esd-equipment"])
# distractor
q("distractor","improving arm function after stroke",["inn-upper-limb-robot"],["inn-botox-clinic","lesson-tone-splints"])
q("distractor","fits in care homes",["inn-buccal-midazolam-training"],["lesson-fits-first-aid-leaflet"])
q("distractor","hearing loss support",["lesson-deaf-awareness","inn-care-home-hearing","inn-hearing-aid-postal","inn-baha"],["lesson-hearing-loop-reception","story-ci-assessment","inn-ci-switch-on","cap-aar-ci-fault","inn-microsuction"])
q("distractor","balance problems",["inn-bppv-clinic","story-vestibular-falls","lesson-balance-falls"],["story-pd-dance"])
q("distractor","ventilation at home",["inn-niv-mnd"],["cap-peer-rig"])
q("distractor","blocked shunt",["lesson-shunt-blocked-signs","inn-shunt-card"],["lesson-shunt-mri","story-hydrocephalus-nph"])
q("distractor","nerve block",["inn-gon-block-clinic","lesson-gon-steroid"])
q("distractor","titanium plate",["inn-cranioplasty-pathway"])
q("distractor","high tone",["lesson-tone-splints","inn-botox-clinic","inn-spasticity-intrathecal"],["cap-aar-baclofen-withdrawal"])
q("distractor","driving assessment",["inn-return-to-drive"],["story-first-fit-clinic"])
q("distractor","chair assessment",["inn-wheelchair-waits"],["inn-postural-24h","inn-moulded-seating","cap-harvest-seating","lesson-powerchair-handover","lesson-tilt-in-space","cap-retro-wheelchair-voucher","lesson-cushion-review","story-powerchair-controls"])
q("distractor","swallow screen",["inn-swallow-screen-nurses"],["lesson-nbm-hydration"])
q("distractor","switch-on appointment",["inn-ci-switch-on"],["cap-aar-ci-fault"])
q("distractor","seizure first aid",["inn-first-aid-volunteers"],["inn-buccal-midazolam-training","cap-aar-status-epilepticus","lesson-fits-first-aid-leaflet"])

E = []
def e(topic, people, traps=()):
    E.append({"topic": topic, "people": people, "traps": list(traps)})
P = lambda s: "person-" + s
e("thrombolysis", {P("aoife-brannagh"):2, P("kwame-asante"):2})
e("clot busting", {P("kwame-asante"):2, P("aoife-brannagh"):2})
e("swallowing", {P("megan-tulloch"):2, P("harriet-quayle"):1})
e("dysphagia", {P("megan-tulloch"):2, P("harriet-quayle"):1, P("pete-sowerby"):1})
e("epilepsy", {P("lowri-pennant"):2, P("dev-raghunathan"):2, P("oluwaseun-adeyemi"):1})
e("fits", {P("lowri-pennant"):2, P("dev-raghunathan"):2, P("oluwaseun-adeyemi"):1}, [P("keziah-mwangi")])
e("nerve block", {P("fiona-mcbride"):2, P("dev-raghunathan"):1}, [P("gemma-fairweather"), P("owen-madoc"), P("jess-holroyd"), P("barry-stenhouse")])
e("pressure ulcers", {P("tomasz-wojcik"):2, P("marisol-vega"):1}, [P("barry-stenhouse"), P("ifeoma-nnadi")])
e("autonomic dysreflexia", {P("grace-okafor"):2, P("tomasz-wojcik"):1})
e("driving after brain injury", {P("niamh-doherty"):2}, [P("lina-petrosyan"), P("gemma-fairweather"), P("barry-stenhouse")])
e("MND", {P("sunita-bhamra"):2, P("harriet-quayle"):1, P("megan-tulloch"):1, P("marisol-vega"):1})
e("non-invasive ventilation", {P("sunita-bhamra"):2}, [P("terry-vaughan")])
e("Parkinson's", {P("callum-reid"):2, P("anjali-rao"):1})
e("DBS", {P("callum-reid"):2}, [P("zoe-kirkbride")])
e("shunt", {P("beatrix-lund"):2, P("ifeoma-nnadi"):1}, [P("barry-stenhouse")])
e("cranioplasty plate", {P("beatrix-lund"):2}, [P("abigail-thorne"), P("yusuf-dar")])
e("EVD", {P("ifeoma-nnadi"):2, P("hamish-drummond"):1}, [P("terry-vaughan")])
e("spasticity", {P("jonah-pettifer"):2, P("grace-okafor"):1}, [P("nadia-kowalczyk")])
e("muscle tone", {P("jonah-pettifer"):2, P("grace-okafor"):1}, [P("nadia-kowalczyk")])
e("wheelchair", {P("marisol-vega"):2, P("ade-okonkwo"):2, P("marjorie-keel"):1}, [P("terry-vaughan"), P("zoe-kirkbride"), P("martin-oyelaran")])
e("hearing aids", {P("elspeth-garroway"):2, P("priya-lakhani"):1, P("samir-haddad"):1}, [P("martin-oyelaran"), P("dafydd-pryce"), P("nadia-kowalczyk")])
e("cochlear implant", {P("samir-haddad"):2, P("priya-lakhani"):1}, [P("zoe-kirkbride"), P("ruth-lamont")])
e("balance", {P("wendy-ashdown"):2, P("priya-lakhani"):1}, [P("ian-fotheringham"), P("gemma-fairweather")])
e("stroke", {P("aoife-brannagh"):2, P("kwame-asante"):2, P("pete-sowerby"):2, P("jonah-pettifer"):1, P("megan-tulloch"):1}, [P("chloe-ambrose"), P("terry-vaughan"), P("martin-oyelaran")])
e("after action review", {P("ruth-lamont"):2})
e("literature search", {P("rosalind-achebe"):2})
e("volunteers", {P("zoe-kirkbride"):2, P("jess-holroyd"):1, P("dafydd-pryce"):1})
e("seating", {P("marjorie-keel"):2, P("marisol-vega"):2, P("ade-okonkwo"):1})
e("tinnitus", {P("priya-lakhani"):2})
e("PTA", {P("rhys-tregarthen"):2, P("niamh-doherty"):1})
e("staff wellbeing", {P("gemma-fairweather"):2, P("chloe-ambrose"):1, P("keziah-mwangi"):1})
e("hydrocephalus", {P("beatrix-lund"):2, P("ifeoma-nnadi"):1})
e("dizziness", {P("wendy-ashdown"):2, P("priya-lakhani"):1})

here = os.path.dirname(os.path.abspath(__file__))
ids = {json.load(open(f))["id"]: json.load(open(f)).get("type") for f in glob.glob(os.path.join(here, "..", "kb", "*", "*.json"))}
bad = [i for x in Q for i in x["records"] if i not in ids or ids[i] == "person"]
bad += [p for x in E for p in list(x["people"]) + x["traps"] if ids.get(p) != "person"]
assert not bad, bad
for x in E: assert not set(x["people"]) & set(x["traps"]), x
out = {"about": "Ashcombe Vale Neurosciences and Rehabilitation NHS FT (fictional): search and expert-finder test collection j",
       "grades": "2 = about the topic, 1 = partly relevant / useful neighbour, unlisted = not relevant",
       "queries": Q, "experts": E}
json.dump(out, open(os.path.join(here, "..", "judgements.json"), "w"), indent=1, ensure_ascii=False)
from collections import Counter
print(len(Q), Counter(x["kind"] for x in Q), len(E), sum(1 for x in E if x["traps"]))
