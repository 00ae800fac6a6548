import json, os, glob, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KB = os.path.join(HERE, '..', 'kb')
def g(two=(), one=()):
    d = {r: 2 for r in two}; d.update({r: 1 for r in one if r not in d}); return d
ARTHRO = ["inn-joint-school","inn-day-case-hip","les-tkr-anaemia","cap-aar-arthroplasty-cancellations","story-eras-evidence",
 "inn-virtual-joint-followup","les-dvt-prophylaxis","inn-knee-prehab","les-new-knee-driving","inn-weight-before-knee",
 "les-hip-precautions","cap-peer-assist-day-case-knee","story-nerve-block","les-wound-ooze","les-preop-hba1c","les-njr-compliance"]
HIP = ["inn-day-case-hip","les-dvt-prophylaxis","les-hip-precautions","les-wound-ooze"]
KNEE = ["les-tkr-anaemia","inn-knee-prehab","story-eras-evidence","les-new-knee-driving","story-nerve-block","cap-peer-assist-day-case-knee"]
BOTH = ["inn-joint-school","inn-virtual-joint-followup","inn-weight-before-knee","les-preop-hba1c","cap-aar-arthroplasty-cancellations","les-njr-compliance"]
SMOKE = ["inn-very-brief-advice","inn-vape-swap","inn-stop-smoking-ortho-preop","les-nrt-supply","cap-aar-quit-campaign","story-cytisine",
 "les-co-monitor","les-smokefree-grounds","inn-quit-line","story-vaping-before-surgery"]
SMOKE1 = ["les-vaping-youth","cap-retro-lung-health-check","inn-knee-prehab"]
IMMS = ["inn-mmr-catchup","inn-flu-housebound","les-vaccine-fridge","cap-aar-flu-clinic","inn-pharmacy-covid-booster","story-hpv-myths",
 "les-shingles-eligibility","inn-imms-text-reminders","les-rsv-vaccine-older","les-vaccine-hesitancy","cap-aar-vaccination-hub","les-hepatitis-b-vaccine"]
SCREEN = ["inn-fit-kit-reminders","inn-cervical-self-sampling","les-aaa-screening-venue","inn-diabetic-eye-screening-dna","cap-retro-lung-health-check",
 "story-screening-inequalities","les-smear-language","inn-breast-screening-van","les-fit-threshold"]
WEIGHT = ["inn-tier2-digital-weight","cap-peer-assist-tier3","inn-weight-before-knee","inn-glp1-pathway","les-weight-stigma","inn-weigh-in-barbers"]
WEIGHT1 = ["story-walking-group","story-parkrun-practice","les-bmi-recording","les-weight-scales","inn-knee-prehab"]
SPINE = ["inn-spinal-mdt-virtual","inn-sciatica-pathway","inn-spinal-rehab-gym","cap-retro-scoliosis-bracing","les-cauda-equina","story-spinal-cord-stimulator"]
SPINE1 = ["les-back-pain-imaging","inn-back-pain-app","les-trapped-nerve","inn-opioid-taper","inn-stop-smoking-ortho-preop","story-vaping-before-surgery","inn-dms-referrals"]
LIMB = ["inn-limb-fitting-clinic","les-socket-fit","story-amputee-peer","inn-myoelectric-hand"]
OPTOM = ["inn-mecs","inn-glaucoma-refinement","les-cataract-post-op-optom","inn-diabetic-eye-screening-dna","inn-low-vision","inn-eye-tests-homeless"]
LBP = ["inn-spinal-mdt-virtual","inn-back-pain-app","les-back-pain-imaging","les-cauda-equina"]
LBP1 = ["inn-sciatica-pathway","les-trapped-nerve","inn-fcp-msk","story-spinal-cord-stimulator","inn-spinal-rehab-gym","inn-orthopaedic-triage"]
Q = []
def q(text, kind, rec): Q.append({"query": text, "kind": kind, "records": rec})
# ---- synonym ----
q("lumbago", "synonym", g(LBP, LBP1))
q("giving up cigarettes", "synonym", g(SMOKE, SMOKE1))
q("childhood vaccinations", "synonym", g(["inn-imms-text-reminders","inn-mmr-catchup","les-vaccine-hesitancy"], ["story-hpv-myths","les-vaccine-fridge"]))
q("opticians", "synonym", g(OPTOM))
q("false teeth", "synonym", g(["story-denture-loss","inn-domiciliary-dental"], ["cap-aar-care-home-oral"]))
q("weight loss jabs", "synonym", g(["inn-glp1-pathway","cap-peer-assist-tier3"], ["inn-tier2-digital-weight"]))
q("bionic arm", "synonym", g(["inn-myoelectric-hand"], ["inn-limb-fitting-clinic","story-amputee-peer","les-socket-fit"]))
q("high blood pressure", "synonym", g(["inn-bp-checks-pharmacy","inn-core20plus5-hypertension","inn-remote-bp-monitoring"], ["inn-weigh-in-barbers","cap-aar-arthroplasty-cancellations"]))
q("worn out knees", "synonym", g(KNEE + ["les-knee-oa-classes"], BOTH + ["inn-joint-injection-clinic"]))
# ---- acronym ----
q("THR", "acronym", g(HIP, BOTH + ["inn-joint-school"]))
q("TKR", "acronym", g(KNEE, BOTH + ["les-knee-oa-classes"]))
q("PrEP", "acronym", g(["inn-prep-pharmacy","les-prep-stock"], ["les-hiv-opt-out","les-hiv-late-diagnosis"]))
q("long acting reversible contraception", "acronym", g(["inn-larc-in-primary"], ["inn-emergency-contraception-pharmacy"]))
q("SMR", "acronym", g(["inn-smr-frailty","story-deprescribing-evidence"], ["les-gabapentinoid","inn-opioid-taper"]))
q("NRT", "acronym", g(["les-nrt-supply","inn-stop-smoking-ortho-preop","inn-quit-line","les-smokefree-grounds"], ["inn-vape-swap","story-vaping-before-surgery","story-cytisine","inn-very-brief-advice"]))
q("MSK", "acronym", g(["inn-fcp-msk","inn-joint-injection-clinic","inn-orthopaedic-triage"], ["les-back-pain-imaging","inn-back-pain-app","les-knee-oa-classes","inn-care-navigation","inn-spinal-mdt-virtual","les-trapped-nerve"]))
q("STI", "acronym", g(["inn-postal-sti-kits","les-chlamydia-partner","les-syphilis-rise"], ["les-hepatitis-b-vaccine","inn-hep-c-pharmacy","les-thrush-discharge","les-hiv-opt-out","inn-prep-pharmacy"]))
q("PHM", "acronym", g(["inn-risk-stratification-ltc","inn-core20plus5-hypertension","cap-aar-inequalities-dashboard"], ["les-data-quality-ethnicity","les-bmi-recording","les-community-champions","story-screening-inequalities","inn-data-extraction"]))
# ---- spelling ----
q("anemia before knee surgery", "spelling", g(["les-tkr-anaemia"], ["les-preop-hba1c"]))
q("anesthesia", "spelling", g(["story-nerve-block","inn-dental-ga-pooling","les-dental-anxiety-sedation"], ["inn-day-case-hip","cap-peer-assist-day-case-knee"]))
q("diarrhea outbreak care home", "spelling", g(["les-norovirus-diarrhoea"]))
q("orthopedic referrals", "spelling", g(["inn-orthopaedic-triage"], ["inn-spinal-mdt-virtual","inn-fcp-msk","les-knee-oa-classes"]))
q("immunization", "spelling", g(IMMS))
q("glaucomma", "spelling", g(["inn-glaucoma-refinement"], ["inn-mecs"]))
q("prothesis", "spelling", g(LIMB))
q("hemoglobin A1c before surgery", "spelling", g(["les-preop-hba1c"], ["les-tkr-anaemia"]))
# ---- phrase ----
q("\"enhanced recovery\"", "phrase", g(["inn-joint-school","inn-day-case-hip","story-eras-evidence"], ["cap-peer-assist-day-case-knee","story-nerve-block","inn-knee-prehab"]))
q("\"joint replacement\"", "phrase", g(ARTHRO, ["les-knee-oa-classes","inn-orthopaedic-triage","inn-dms-referrals","story-vaping-before-surgery"]))
q("\"weight management\"", "phrase", g(WEIGHT, WEIGHT1))
q("\"cervical screening\"", "phrase", g(["inn-cervical-self-sampling","les-smear-language"], ["story-screening-inequalities"]))
q("\"online consultation\"", "phrase", g(["inn-online-consultation-triage","les-online-form-capacity","les-digital-exclusion"], ["inn-nhs-app-messaging","inn-cloud-telephony","les-phone-queue"]))
q("\"Pharmacy First\"", "phrase", g(["inn-pharmacy-first-uti","cap-aar-pharmacy-first-launch"], ["inn-care-navigation","story-brace-winter"]))
q("\"health inequalities\"", "phrase", g(["inn-core20plus5-hypertension","cap-aar-inequalities-dashboard","les-data-quality-ethnicity","les-community-champions","story-screening-inequalities"],
  ["inn-fit-kit-reminders","inn-mmr-catchup","inn-eye-tests-homeless","story-dental-asylum","les-equity-lens","inn-risk-stratification-ltc"]))
q("\"spinal surgery\"", "phrase", g(["inn-spinal-rehab-gym","inn-sciatica-pathway","inn-spinal-mdt-virtual"], ["les-cauda-equina","cap-retro-scoliosis-bracing","inn-opioid-taper","inn-stop-smoking-ortho-preop","story-vaping-before-surgery","inn-dms-referrals","story-spinal-cord-stimulator"]))
# ---- question ----
q("how can we get more people to send back their bowel cancer test kit?", "question", g(["inn-fit-kit-reminders","story-screening-inequalities"], ["les-fit-threshold","les-community-champions"]))
q("what should we do if the vaccine fridge breaks down?", "question", g(["les-vaccine-fridge"]))
q("how do we stop patients queuing on the phone at 8am?", "question", g(["les-phone-queue","inn-cloud-telephony","inn-online-consultation-triage"], ["les-online-form-capacity","inn-same-day-hub","inn-care-navigation"]))
q("who can fit a coil or a contraceptive implant?", "question", g(["inn-larc-in-primary"], ["inn-emergency-contraception-pharmacy"]))
q("is it ok for smokers to vape before their operation?", "question", g(["story-vaping-before-surgery","inn-stop-smoking-ortho-preop"], ["inn-vape-swap","les-vaping-youth","inn-knee-prehab"]))
q("where can people without an NHS dentist get help with toothache?", "question", g(["inn-urgent-dental-access","story-dental-asylum"], ["inn-domiciliary-dental","inn-antibiotic-stewardship-dental"]))
q("how do we cut waits for back pain referrals to the spinal surgeons?", "question", g(["inn-spinal-mdt-virtual","inn-orthopaedic-triage","inn-sciatica-pathway"], ["inn-back-pain-app","inn-fcp-msk","les-back-pain-imaging"]))
q("why do patients stop their blood thinners after a hip operation?", "question", g(["les-dvt-prophylaxis"], ["cap-aar-arthroplasty-cancellations","inn-dms-referrals"]))
q("what helps amputees keep their artificial leg comfortable in hot weather?", "question", g(["les-socket-fit"], ["inn-limb-fitting-clinic","story-amputee-peer"]))
# ---- distractor ----
q("screening", "distractor", g(SCREEN, ["les-hiv-opt-out"]))
q("smoking", "distractor", g(SMOKE, SMOKE1))
q("spine surgery", "distractor", g(SPINE, SPINE1))
q("blood pressure", "distractor", g(["inn-bp-checks-pharmacy","inn-core20plus5-hypertension","inn-remote-bp-monitoring"], ["inn-weigh-in-barbers","cap-aar-arthroplasty-cancellations"]))
q("tooth extraction", "distractor", g(["inn-dental-ga-pooling"], ["inn-domiciliary-dental","les-dental-anxiety-sedation"]))
q("help people quit", "distractor", g(SMOKE, SMOKE1))
q("plaster cast", "distractor", g(["cap-aar-3d-scanning"]))
q("back brace", "distractor", g(["cap-retro-scoliosis-bracing"], ["les-orthotic-waiting"]))
q("hospital discharge medicines", "distractor", g(["inn-dms-referrals"], ["les-nms-uptake","inn-day-case-hip"]))
q("weight", "distractor", g(WEIGHT, WEIGHT1))
q("low vision", "distractor", g(["inn-low-vision"], ["inn-eye-tests-homeless"]))
q("booster jab", "distractor", g(["inn-pharmacy-covid-booster"], ["cap-aar-vaccination-hub","inn-flu-housebound"]))
q("replacement joints", "distractor", g(ARTHRO, ["les-knee-oa-classes"]))
E = []
def e(topic, people, traps=()):
    E.append({"topic": topic, "people": {"person-" + k: v for k, v in people.items()}, "traps": ["person-" + t for t in traps]})
e("screening", {"claire-denby": 2, "joe-whitlock": 1, "ellie-tranter": 1}, ["theo-marchetti", "liam-fairbrother"])
e("smoking cessation", {"jo-kettering": 2, "dev-rana": 1, "priti-desai": 1}, ["gail-pryce"])
e("spinal surgery", {"oluwaseun-adeyemi": 2, "beth-lorimer": 1}, ["dan-whitcombe"])
e("joint replacement", {"rhian-caddick": 2, "beth-lorimer": 1, "dev-rana": 1, "sian-pugh": 1}, ["rosa-kellerman"])
e("blood pressure", {"priti-desai": 2, "victor-lang": 2, "aisha-rahman": 1}, ["mark-tolley", "zara-lewin"])
e("teeth", {"megan-oduya": 2, "aled-morgan": 2, "farah-siddiqui": 1})
e("tooth extraction", {"megan-oduya": 2}, ["ines-carvalho", "mark-tolley"])
e("HIV", {"amaka-nwosu": 2, "marcus-lyle": 2, "ellie-tranter": 1}, ["olu-bankole"])
e("PrEP", {"amaka-nwosu": 2, "priti-desai": 1})
e("weight", {"ruth-abiodun": 2, "patrick-doyle": 1, "nadia-haq": 1, "rhian-caddick": 1}, ["yvonne-bell"])
e("COVID boosters", {"priti-desai": 2, "sam-okoro": 1, "lucy-fenwick": 1}, ["theo-marchetti"])
e("vaccination", {"sam-okoro": 2, "lucy-fenwick": 2, "priti-desai": 1, "ellie-tranter": 1})
e("artificial limbs", {"kofi-mensah": 2, "hannah-quayle": 1})
e("scoliosis brace", {"hannah-quayle": 2, "oluwaseun-adeyemi": 1}, ["farah-siddiqui", "harvey-nolan"])
e("painful joints", {"tom-ashworth": 2, "rhian-caddick": 1, "beth-lorimer": 1}, ["rosa-kellerman"])
e("eyesight problems", {"joe-whitlock": 2}, ["harvey-nolan"])
e("quit", {"jo-kettering": 2}, ["liam-fairbrother"])
e("theatre lists", {"sian-pugh": 2, "rhian-caddick": 1}, ["carys-evans"])
e("spine problems", {"oluwaseun-adeyemi": 2, "tom-ashworth": 1, "beth-lorimer": 1}, ["dan-whitcombe"])
e("community pharmacy", {"priti-desai": 2, "callum-reid": 2, "nadia-haq": 1, "gemma-stott": 1})
e("DMS", {"callum-reid": 2, "gemma-stott": 1})
e("SMR", {"nadia-haq": 2, "gemma-stott": 1})
e("antibiotics", {"gemma-stott": 2, "priti-desai": 1, "megan-oduya": 1})
e("population health", {"aisha-rahman": 2, "ines-carvalho": 1})
e("online consultation", {"neil-barraclough": 2, "imran-bashir": 2, "gareth-howells": 1})
e("GP phone lines", {"gareth-howells": 2, "neil-barraclough": 2, "imran-bashir": 1})
e("rehab", {"beth-lorimer": 2, "kofi-mensah": 1, "tom-ashworth": 1})
e("literature search", {"helen-marsh": 2, "olu-bankole": 1})
e("AAR", {"olu-bankole": 2})
e("sexual health", {"ellie-tranter": 2, "amaka-nwosu": 2, "marcus-lyle": 1})
e("mouth care in care homes", {"aled-morgan": 2, "megan-oduya": 1})
out = {"about": "Wexcalder ICS (fictional) primary, community and public health care plus a specialist orthopaedic and spinal hospital: judged search and expert-finder collection",
       "grades": "2 = about the topic, 1 = partly relevant / useful neighbour, unlisted = not relevant", "queries": Q, "experts": E}
ids = {json.load(open(f))["id"] for f in glob.glob(KB + "/*/*.json")}
bad = [(x["query"], r) for x in Q for r in x["records"] if r not in ids]
bad += [(x["topic"], p) for x in E for p in list(x["people"]) + x["traps"] if p not in ids]
bad += [(x["topic"], p) for x in E for p in x["traps"] if p in x["people"]]
assert not bad, bad
assert len({x["query"] for x in Q}) == len(Q)
json.dump(out, open(os.path.join(HERE, "..", "judgements.json"), "w"), indent=1, ensure_ascii=False)
from collections import Counter
print(len(Q), Counter(x["kind"] for x in Q), len(E), "topics", sum(1 for x in E if x["traps"]), "with traps")
