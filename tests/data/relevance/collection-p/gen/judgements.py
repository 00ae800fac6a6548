"""Queries and expert topics, judged by reading the records. Writes ../judgements.json."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
def g(two=(), one=()):
    d = {r: 2 for r in two}; d.update({r: 1 for r in one}); return d
SLEEVE = g(["inn-sleeve-day-one-discharge","story-sleeve-reflux","lesson-sleeve-staple-line","cap-retro-sleeve-pathway","inn-sleeve-video-consent","lesson-sleeve-stricture","inn-stomach-stapling-faq"],
           ["story-weight-loss-surgery-faq-search","lesson-vits-thiamine"])
GLP1 = g(["inn-glp1-clinic","lesson-glp1-shortage","story-glp1-before-surgery","cap-cafe-weight-loss-jabs","story-glp1-muscle","lesson-glp1-pre-tier3"],
         ["inn-regain-clinic","story-nice-obesity-guideline"])
DUMP = g(["inn-dumping-diary","lesson-dumping-drinks","story-dumping-acarbose","cap-cafe-dumping","inn-bypass-hypo-card","story-dumping-sugar-crash","cap-elicit-mbeki-dumping"],
         ["lesson-dumping-ogtt","inn-protein-first","inn-pregnancy-pathway"])
LRD = g(["inn-lrd-text-reminders","lesson-lrd-diabetes","story-lrd-milk-diet","cap-aar-lrd-cancellation","lesson-lrd-date-change","lesson-lrd-shakes-taste"],
        ["inn-one-stop-preassessment","cap-retro-sleeve-pathway"])
VTE = g(["inn-vte-extended-prophylaxis","lesson-vte-dose-weight","story-vte-evidence","cap-aar-pe-after-discharge"],["cap-aar-weighing-audit"])
EQUIP = g(["inn-bariatric-kit-store","lesson-equip-swl","cap-aar-plus-size-transfer","inn-moving-handling-training","inn-equip-sling-labels"],
          ["story-equip-home-discharge","lesson-equip-lift-width","inn-ward-bariatric-champions","cap-aar-outlier-patient","lesson-equip-ct-table"])
OSA = g(["inn-osa-stopbang","lesson-osa-bring-cpap","story-osa-oximetry","cap-aar-osa-cancellation","lesson-osa-postop-monitoring","inn-cpap-loan-clinic","inn-apnoea-app"],
        ["inn-one-stop-preassessment"])
BYPASS = g(["inn-bypass-hypo-card","lesson-rygb-nsaid","cap-peer-bypass-nutrition","inn-rygb-petersen-closure","cap-aar-bypass-readmission","lesson-smoking-marginal-ulcer","lesson-hernia-pain-ct","story-hernia-gp-education"],
           ["story-oagb-evidence","story-b12-injection","lesson-psych-alcohol","story-dumping-acarbose","inn-stomach-stapling-faq","story-weight-loss-surgery-faq-search","cap-aar-internal-hernia","lesson-dumping-ogtt","cap-aar-missed-leak","inn-iron-infusion-pathway","lesson-pregnancy-contraception","lesson-pregnancy-folic","cap-retro-revisional-audit","lesson-ae-alert","inn-red-flag-pocket-card"])
ERABS = g(["inn-erabs-protocol","lesson-erabs-ponv","story-erabs-walk","cap-retro-erabs","inn-sleeve-day-one-discharge"],
          ["cap-retro-sleeve-pathway","lesson-leak-patient-phone","cap-aar-bypass-readmission","inn-ward-bariatric-champions","inn-leak-crp-day2"])
BALLOON = g(["inn-balloon-service","lesson-balloon-removal-date","story-balloon-evidence","cap-aar-balloon-intolerance"],["cap-harvest-whitlock-band"])
PREG = g(["inn-pregnancy-pathway","lesson-pregnancy-contraception","story-pregnancy-evidence","lesson-pregnancy-folic","lesson-band-pregnancy-deflate"],["lesson-dumping-ogtt"])
STIGMA = g(["inn-stigma-letters","cap-cafe-weight-bias","story-stigma-training","lesson-stigma-gowns"],
           ["inn-scales-platform","lesson-scales-weigh-privately","lesson-stigma-bp-cuffs","lesson-regain-expectations","cap-cop-bariatric-nurses"])
BAND = g(["inn-band-fill-clinic","lesson-band-too-tight","cap-aar-band-port-flip","inn-band-patient-passport","cap-harvest-whitlock-band","lesson-band-erosion-signs","story-band-legacy-recall","story-band-removal-evidence"],
         ["lesson-band-pregnancy-deflate","cap-retro-revisional-audit"])
LEAK = g(["inn-leak-early-warning","cap-aar-missed-leak","lesson-leak-handover","story-leak-ct-protocol","lesson-leak-patient-phone","lesson-leak-drain","inn-leak-crp-day2","lesson-sleeve-staple-line","inn-red-flag-pocket-card"],
         ["cap-cop-bariatric-nurses","lesson-ae-alert","lesson-equip-ct-table","cap-aar-outlier-patient","cap-aar-bypass-readmission","inn-ward-bariatric-champions"])
PEER = g(["story-peer-support-group","inn-peer-buddy","cap-cafe-peer-support","lesson-peer-safeguarding"],["inn-stomach-stapling-faq","cap-cafe-dumping","story-psych-comfort-eating"])
VITS = g(["lesson-vits-chewable","inn-annual-bloods-gp","lesson-vitd-loading","story-b12-injection"],
         ["inn-pregnancy-pathway","story-anemia-search","inn-iron-infusion-pathway","lesson-vits-thiamine","lesson-pregnancy-folic","cap-peer-bypass-nutrition","lesson-hair-loss","inn-protein-first","cap-aar-b12-missed"])
HERNIA = g(["lesson-hernia-pain-ct","cap-aar-internal-hernia","story-hernia-gp-education","inn-rygb-petersen-closure","lesson-ae-alert"],["inn-red-flag-pocket-card","lesson-rygb-nsaid","lesson-smoking-marginal-ulcer"])
# records added in data7
LRD["inn-lrd-group-session"]=2
OSA.update({"lesson-osa-rescreen-weight-gain":2,"lesson-snoring-partner":2})
GLP1.update({"story-glp1-icb-rollout":2,"cap-aar-glp1-not-stopped":2,"lesson-regain-glp1":1})
BYPASS.update({"inn-hydration-texts-bypass":2,"inn-b12-self-injection":1})
ERABS.update({"inn-hydration-texts-bypass":1,"inn-prehab-walking":1})
BAND["lesson-band-slip"]=2
VTE["inn-vte-self-injection-teaching"]=2
DUMP["cap-aar-ward-puddings"]=2
EQUIP["lesson-equip-bed-at-preassessment"]=2
STIGMA["story-stigma-patient-voice"]=2
PEER["lesson-peer-online-forum"]=2
PREG["lesson-pregnancy-vitamin-a"]=2
VITS.update({"inn-b12-self-injection":2,"lesson-pregnancy-vitamin-a":1})
LEAK["lesson-leak-sepsis"]=2
HERNIA["story-hernia-ct-signs"]=2
BALLOON["lesson-balloon-diet-stages"]=2
SLEEVE["story-revision-evidence"]=1
Q = []
def q(kind, query, recs): Q.append({"query": query, "kind": kind, "records": dict(recs)})
# synonym
q("synonym","stomach stapling",SLEEVE)
q("synonym","weight loss jabs",GLP1)
q("synonym","sugar crash after eating",DUMP)
q("synonym","shrinking the liver before the operation",LRD)
q("synonym","blood clots after weight loss surgery",VTE)
q("synonym","comfort eating",g(["inn-emotional-eating-group","story-psych-comfort-eating"],["inn-psych-screen-questionnaire","story-psych-bed-evidence","lesson-psych-waiting-list"]))
q("synonym","heavy duty hoists and wide wheelchairs",{**EQUIP, "inn-scales-platform": 1})
q("synonym","putting weight back on years after the operation",g(["inn-regain-clinic","lesson-regain-expectations","lesson-regain-registry","lesson-regain-glp1"],["story-revision-evidence","cap-retro-revisional-audit","story-band-removal-evidence","cap-cafe-peer-support"]))
q("synonym","snoring and stopping breathing at night",OSA)
# acronym
q("acronym","LRD",LRD)
q("acronym","OSA",OSA)
q("acronym","VTE prophylaxis",VTE)
q("acronym","RYGB",BYPASS)
q("acronym","ERABS",ERABS)
q("acronym","IGB",BALLOON)
q("acronym","CPAP",g(["lesson-osa-bring-cpap","inn-cpap-loan-clinic","inn-osa-stopbang"],["lesson-osa-postop-monitoring","cap-aar-osa-cancellation","story-osa-oximetry"]))
q("acronym","LMWH dosing",g(["lesson-vte-dose-weight","inn-vte-extended-prophylaxis"],["inn-vte-self-injection-teaching","cap-aar-weighing-audit","cap-aar-pe-after-discharge","story-vte-evidence"]))
q("acronym","PONV",g(["lesson-erabs-ponv","inn-erabs-protocol"],["cap-aar-balloon-intolerance","cap-aar-bypass-readmission"]))
# spelling
q("spelling","anemia after gastric bypass",g(["inn-iron-infusion-pathway","story-anemia-search"],["inn-annual-bloods-gp","story-b12-injection","cap-peer-bypass-nutrition"]))
q("spelling","hypoglycemia after bypass",g(["inn-bypass-hypo-card","story-dumping-acarbose","cap-elicit-mbeki-dumping"],["story-dumping-sugar-crash","inn-dumping-diary","lesson-dumping-ogtt"]))
q("spelling","gastric sleve",SLEEVE)
q("spelling","bariatic equipment",{**EQUIP, "inn-scales-platform": 1, "lesson-stigma-gowns": 1, "lesson-stigma-bp-cuffs": 1, "inn-scales-home-weighing": 1})
q("spelling","sleep apnea screening",g(["inn-osa-stopbang","cap-aar-osa-cancellation","story-osa-oximetry","inn-one-stop-preassessment","lesson-osa-rescreen-weight-gain","lesson-snoring-partner"],["inn-apnoea-app","inn-cpap-loan-clinic","lesson-osa-bring-cpap","lesson-osa-postop-monitoring"]))
q("spelling","dietician liver diet",LRD)
q("spelling","dumpping syndrome",DUMP)
q("spelling","pregancy after weight loss surgery",PREG)
# phrase
q("phrase","\"liver reducing diet\"",LRD)
q("phrase","\"dumping syndrome\"",DUMP)
q("phrase","\"moving and handling\"",EQUIP)
q("phrase","\"weight stigma\"",STIGMA)
q("phrase","\"lifelong follow-up\"",g(["inn-annual-bloods-gp","cap-peer-bypass-nutrition"],["cap-aar-b12-missed","story-band-legacy-recall","story-peer-support-group","lesson-regain-registry","lesson-psych-alcohol","lesson-rygb-nsaid"]))
q("phrase","\"enhanced recovery\"",ERABS)
q("phrase","\"band adjustment\"",g(["inn-band-fill-clinic","lesson-band-too-tight","cap-aar-band-port-flip","inn-band-patient-passport","cap-harvest-whitlock-band"],["lesson-band-pregnancy-deflate","story-band-legacy-recall","lesson-band-slip"]))
q("phrase","\"support group\"",{**PEER, "lesson-data-leak-email": 1})
# question
q("question","how do we spot a leak early after bariatric surgery?",LEAK)
q("question","what blood tests do patients need every year after surgery?",g(["inn-annual-bloods-gp"],["cap-peer-bypass-nutrition","inn-iron-infusion-pathway","story-b12-injection","cap-cop-bariatric-nurses","inn-pregnancy-pathway","story-oagb-evidence","cap-aar-b12-missed"]))
q("question","how can we weigh wheelchair users with dignity?",g(["inn-scales-platform","lesson-scales-weigh-privately"],["cap-cop-bariatric-nurses","cap-cafe-weight-bias","lesson-scales-calibration","lesson-scales-seated"]))
q("question","is it safe to get pregnant after a gastric bypass?",PREG)
q("question","how do we reduce did not attends in the weight management groups?",g(["inn-tier3-virtual-groups","lesson-tier3-dna-text"],["cap-peer-tier3-digital","cap-retro-tier3-redesign","story-peer-support-group","inn-tier3-adapted-groups"]))
q("question","why do bypass patients keep coming to A&E with tummy pain?",HERNIA)
q("question","how should we talk to patients about their weight without upsetting them?",STIGMA)
q("question","what should we do when someone with sleep apnoea comes in for their operation?",g(["lesson-osa-bring-cpap","lesson-osa-postop-monitoring","cap-aar-osa-cancellation"],["inn-osa-stopbang","inn-cpap-loan-clinic","lesson-osa-rescreen-weight-gain"]))
# distractor
q("distractor","band problems",BAND)
q("distractor","sleeve complications",g(["lesson-sleeve-staple-line","lesson-sleeve-stricture","story-sleeve-reflux"],["lesson-vits-thiamine","story-revision-evidence","inn-sleeve-day-one-discharge","cap-retro-sleeve-pathway","inn-sleeve-video-consent","inn-stomach-stapling-faq"]))
q("distractor","bypass follow-up",g(["cap-peer-bypass-nutrition","story-b12-injection","lesson-psych-alcohol","lesson-rygb-nsaid","inn-b12-self-injection"],["inn-hydration-texts-bypass","inn-annual-bloods-gp","inn-bypass-hypo-card","story-hernia-gp-education","lesson-smoking-marginal-ulcer","inn-iron-infusion-pathway"]))
q("distractor","leak",LEAK)
q("distractor","scales calibration",g(["lesson-scales-calibration"],["cap-aar-weighing-audit","inn-scales-platform","inn-scales-home-weighing","lesson-vte-dose-weight"]))
q("distractor","balloon",BALLOON)
q("distractor","supplements after surgery",VITS)
q("distractor","recovery after surgery",ERABS)
q("distractor","sleep study",g(["story-osa-oximetry","inn-osa-stopbang"],["inn-cpap-loan-clinic","cap-aar-osa-cancellation","inn-one-stop-preassessment","inn-apnoea-app","lesson-snoring-partner","lesson-osa-rescreen-weight-gain"]))
q("distractor","lift and hoist",g(["inn-bariatric-kit-store","inn-moving-handling-training","inn-equip-sling-labels","lesson-equip-lift-width","cap-aar-plus-size-transfer"],["lesson-equip-swl","story-equip-home-discharge","inn-ward-bariatric-champions","lesson-equip-bed-at-preassessment","lesson-scales-seated"]))
# extra queries
q("synonym","gastric band tightening",g(["inn-band-fill-clinic","lesson-band-too-tight","cap-harvest-whitlock-band"],["cap-aar-band-port-flip","inn-band-patient-passport","lesson-band-slip","lesson-band-pregnancy-deflate"]))
q("acronym","OAGB",g(["story-oagb-evidence"]))
q("spelling","esophageal reflux after sleeve",g(["story-sleeve-reflux","story-revision-evidence"],["story-oagb-evidence"]))
q("question","who do I call when a band patient can't keep food down?",g(["lesson-band-slip","lesson-band-too-tight","cap-harvest-whitlock-band"],["inn-band-fill-clinic","lesson-band-pregnancy-deflate","story-band-removal-evidence"]))
q("phrase","\"safe working load\"",g(["lesson-equip-swl","inn-bariatric-kit-store"],["story-equip-home-discharge","lesson-equip-ct-table","inn-scales-platform","lesson-equip-bed-at-preassessment","inn-equip-sling-labels"]))
q("distractor","portion control",g(["story-tier3-portion-plates"],["inn-protein-first"]))
q("question","how do patients get their B12 after a bypass?",g(["story-b12-injection","inn-b12-self-injection","cap-aar-b12-missed"],["inn-annual-bloods-gp","cap-peer-bypass-nutrition"]))
# ---- expert topics
from ids import *
E = []
def e(topic, people, traps=()): E.append({"topic": topic, "people": people, "traps": list(traps)})
e("gastric band", {WHI: 2, DES: 2, NG: 1}, [KOW, FIT, STO])
e("band adjustments", {DES: 2, NG: 1, WHI: 1}, [STO, FIT, KOW])
e("sleeve gastrectomy", {OKA: 2, TIW: 1, CAR: 1}, [ELL, MAR])
e("gastric bypass", {OKA: 2, HUG: 1, FEN: 1, NOV: 1, MBE: 1, DES: 1}, [ROE, VAN])
e("bypass", {OKA: 2, HUG: 1, FEN: 1, NOV: 1, MBE: 1, DES: 1}, [ROE, VAN])
e("anastomotic leak", {OKA: 2, TIW: 2, SHA: 2, DES: 1}, [MAR, BRE])
e("leaks", {TIW: 2, OKA: 2, SHA: 2, DES: 1}, [MAR, BRE])
e("dumping syndrome", {MBE: 2, HUG: 2}, [ELL, BOS])
e("liver reducing diet", {MBE: 2, PAT: 1, LOW: 1}, [])
e("bariatric equipment", {GRI: 2, OSE: 1, CLA: 1, HAR: 1}, [MAR])
e("moving and handling", {GRI: 2, OSE: 1, ACH: 1}, [DOY])
e("lifting patients", {GRI: 2, OSE: 1, ACH: 1}, [MAR, LIN, DRU])
e("weighing scales", {MOR: 2, HAR: 2, OSE: 1}, [KOW, LIN])
e("gastric balloon", {WHI: 2, NG: 1}, [DOH, GRA])
e("sleep apnoea", {CAR: 2, SAT: 2, PAT: 2}, [LIN])
e("OSA", {CAR: 2, SAT: 2, PAT: 2}, [LIN])
e("VTE", {NOV: 2, SHA: 2, TIW: 1}, [])
e("weight loss injections", {ALD: 2, NOV: 2, MOR: 1}, [])
e("weight stigma", {HAL: 2, QUI: 2, MOR: 1}, [KOW, PEA])
e("enhanced recovery", {CAR: 2, TIW: 2, ACH: 1, OKA: 1}, [VAN, PEA])
e("support groups", {KER: 2, QUI: 2}, [VAN])
e("pregnancy after weight loss surgery", {FEN: 2, FAR: 2, MBE: 1}, [])
e("vitamin supplements", {FEN: 2, MBE: 2, NOV: 1}, [PEA, GRA])
e("binge eating", {HAL: 2, IBR: 1}, [])
e("tier 3", {ALD: 2, LOW: 2, ADE: 1, MOR: 1}, [DRU])
e("internal hernia", {OKA: 2, SHA: 1}, [])
e("weight regain", {OKA: 2, HAL: 1, WHI: 1, ALD: 1}, [])
e("literature search", {BEL: 2}, [])
e("after action review", {OYE: 2}, [])
e("sleep", {SAT: 2, CAR: 1, PAT: 1}, [LIN])
e("recovery", {CAR: 2, TIW: 2, ACH: 1, OKA: 1}, [VAN, PEA, LIN])
e("scales", {MOR: 2, HAR: 2, OSE: 1}, [KOW, LIN])
json.dump({"about": "Harrowmere and Tolland NHS FT bariatric surgery and specialist weight management network: judged search and expert-finder test collection (search-p).",
           "grades": "2 = about the topic, 1 = partly relevant / useful neighbour, unlisted = not relevant",
           "queries": Q, "experts": E}, open(os.path.join(HERE, "..", "judgements.json"), "w"), indent=1)
print(len(Q), "queries,", len(E), "topics")
