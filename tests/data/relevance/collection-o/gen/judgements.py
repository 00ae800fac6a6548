"""Writes ../judgements.json and checks every id exists."""
import json, os, glob
HERE = os.path.dirname(os.path.abspath(__file__))
KB = os.path.join(HERE, '..', 'kb')
def g(two=(), one=()):
    d = {r: 2 for r in two}; d.update({r: 1 for r in one}); return d

URT2 = ["inn-csu-omalizumab", "story-hives-patient", "lesson-updose-antihistamines", "inn-uas7-form", "cap-cafe-itch"]
URT1 = ["lesson-angioedema-with-hives"]
AAI2 = ["inn-aai-teach-back", "story-lks-aai-expiry", "lesson-two-pens", "lesson-trainer-pens", "inn-pen-expiry-texts", "story-wedding-throat"]
AAI1 = ["inn-ed-anaphylaxis-pathway", "inn-anaphylaxis-register", "inn-sting-advice-leaflet", "cap-fishbowl-living-risk"]
SCIG2 = ["inn-scig-home", "cap-aar-first-home-scig", "cap-retro-home-therapy", "cap-log-home-therapy", "inn-fscig", "lesson-pump-refresher",
         "lesson-pump-loan", "story-lks-scig-ivig-qol", "story-antibody-patient"]
SCIG1 = ["lesson-implanted-ports", "inn-immunology-phone-clinic", "inn-ivig-chairs"]
HAE2 = ["inn-hae-home-icatibant", "inn-hae-emergency-letter", "story-lks-hae-prophylaxis", "lesson-bradykinin-no-adrenaline", "lesson-hae-dental",
        "cap-harvest-hae-nurse", "story-face-swells", "lesson-hae-homecare-stock", "inn-hae-support-day", "lesson-self-cannulation"]
HAE1 = ["inn-ace-angioedema", "lesson-angioedema-with-hives"]
VIT2 = ["inn-vit-cluster", "lesson-vit-dropout", "story-lks-venom-tryptase", "cap-peer-assist-vit", "lesson-beekeepers-dose", "story-beekeeper", "story-wasp-shots"]
VIT1 = ["inn-sting-advice-leaflet"]
SPT2 = ["inn-spt-scientist", "lesson-stop-antihistamines", "lesson-lancet-supply", "cap-aar-spt-anaphylaxis"]
SPT1 = ["inn-intradermal-drug", "inn-ara-h2"]
PEN2 = ["inn-pen-delabel-wards", "inn-direct-oral-amoxicillin", "story-forty-years-penicillin", "story-fewer-broad-spectrum", "lesson-tell-gp-pen",
        "inn-preop-pen-testing", "cap-aar-delabel-first-month", "cap-peer-assist-delabel-surgery", "story-lks-pen-fast"]
PEN1 = ["lesson-pen-fast-pharmacists", "inn-cephalosporin-guide", "inn-intradermal-drug", "inn-drug-allergy-passport", "lesson-allergy-free-text", "cap-cafe-antibiotic-allergy"]
OFC2 = ["inn-ofc-daycase", "lesson-anxiety-before-challenge", "cap-aar-baked-egg", "cap-elicit-challenge-day", "cap-retro-challenge-unit", "lesson-weigh-doses", "lesson-cross-contact-kitchen"]
OFC1 = ["inn-ara-h2", "lesson-book-challenges-mornings", "inn-reaction-record-form"]

Q = []
def q(text, kind, rec): Q.append({"query": text, "kind": kind, "records": rec})
# synonym
q("allergy jabs for hay fever", "synonym", g(["inn-scit-clinic", "story-hayfever-exams", "lesson-peak-flow-before-injection", "cap-aar-scit-reaction"],
  ["inn-slit-grass", "lesson-slit-january", "inn-hdm-tablets", "lesson-slit-mouth-itch", "story-lks-rhinitis", "inn-pollen-alerts"]))
q("nettle rash clinic", "synonym", g(URT2, URT1))
q("teaching patients to use their epipen", "synonym", g(["inn-aai-teach-back", "story-wedding-throat"],
  ["lesson-trainer-pens", "lesson-two-pens", "inn-ed-anaphylaxis-pathway", "inn-anaphylaxis-register", "inn-pen-expiry-texts", "story-lks-aai-expiry", "cap-fishbowl-living-risk", "inn-sting-advice-leaflet"]))
q("giving antibody treatment at home", "synonym", g(SCIG2, SCIG1))
q("lips and tongue swelling without itching", "synonym", g(["lesson-bradykinin-no-adrenaline", "inn-ace-angioedema", "inn-hae-emergency-letter", "story-face-swells", "inn-hae-home-icatibant"],
  ["lesson-angioedema-with-hives", "lesson-hae-dental", "story-lks-hae-prophylaxis", "cap-harvest-hae-nurse", "inn-hae-support-day", "lesson-self-cannulation", "lesson-hae-homecare-stock"]))
q("patients wrongly recorded as allergic to antibiotics", "synonym", g(PEN2 + ["cap-cafe-antibiotic-allergy", "lesson-allergy-free-text", "inn-non-beta-lactam-dpt"],
  ["lesson-pen-fast-pharmacists", "inn-cephalosporin-guide", "inn-intradermal-drug", "inn-drug-allergy-passport", "lesson-nsaid-hypersensitivity", "inn-drug-allergy-elearning"]))
q("bee sting allergy treatment", "synonym", g(VIT2, ["inn-sting-advice-leaflet"]))
q("severe allergic reaction in A&E", "synonym", g(["inn-ed-anaphylaxis-pathway", "lesson-observe-six-hours", "lesson-tryptase-night", "story-lks-epinephrine-dose"],
  ["inn-hae-emergency-letter", "story-wedding-throat", "lesson-antihistamine-vs-adrenaline", "inn-anaphylaxis-register"]))
# acronym
q("HAE", "acronym", g(HAE2, HAE1))
q("SCIG", "acronym", g(SCIG2, SCIG1))
q("AAI training", "acronym", g(["inn-aai-teach-back", "story-wedding-throat", "lesson-trainer-pens", "lesson-two-pens"],
  ["inn-ed-anaphylaxis-pathway", "inn-anaphylaxis-register", "inn-pen-expiry-texts", "story-lks-aai-expiry", "inn-anaphylaxis-simulation"]))
q("OIT", "acronym", g(["inn-peanut-oit", "cap-bar-oit-launch", "lesson-tolerance-lost", "lesson-exercise-after-dose", "story-lks-oit-evidence"], []))
q("VIT", "acronym", g(VIT2, VIT1))
q("CSU", "acronym", g(URT2, URT1))
q("SPT", "acronym", g(SPT2, SPT1))
q("PID", "acronym", g(["inn-scig-home", "story-lks-pid-warning-signs", "inn-vaccine-response-pathway", "lesson-cvid-bronchiectasis", "inn-infection-diary-app", "lesson-igg-trough", "story-antibody-patient"],
  ["inn-ivig-chairs", "inn-ig-demand-panel", "story-lks-current-awareness", "cap-retro-home-therapy", "inn-immunology-phone-clinic", "inn-fscig"]))
# spelling
q("anaphylaxsis in clinic", "spelling", g(["cap-aar-spt-anaphylaxis", "inn-anaphylaxis-simulation", "lesson-antihistamine-vs-adrenaline"],
  ["inn-aai-teach-back", "lesson-two-pens", "inn-anaphylaxis-register", "cap-aar-scit-reaction", "inn-perioperative-anaphylaxis", "inn-ed-anaphylaxis-pathway"]))
q("epinephrine autoinjector", "spelling", g(AAI2, AAI1 + ["story-lks-epinephrine-dose"]))
q("hereditary angiodema", "spelling", g(HAE2, HAE1))
q("desensitization", "spelling", g(["inn-peanut-oit", "inn-aspirin-desensitisation", "inn-scit-clinic"],
  ["inn-vit-cluster", "inn-slit-grass", "inn-hdm-tablets", "cap-retro-challenge-unit", "lesson-tolerance-lost", "cap-bar-oit-launch"]))
q("allergy under anesthesia", "spelling", g(["inn-perioperative-anaphylaxis", "story-lks-chlorhexidine"], ["lesson-local-anaesthetic", "inn-latex-pathway"]))
q("immunoglobin shortage", "spelling", g(["inn-ig-demand-panel", "lesson-ig-product-switch"], ["lesson-igg-trough"]))
q("utricaria treatment", "spelling", g(URT2, URT1))
q("penicilin allergy testing", "spelling", g(["inn-direct-oral-amoxicillin", "inn-pen-delabel-wards", "inn-preop-pen-testing", "inn-intradermal-drug", "story-lks-pen-fast",
  "cap-aar-delabel-first-month", "cap-peer-assist-delabel-surgery", "story-forty-years-penicillin"],
  ["lesson-tell-gp-pen", "story-fewer-broad-spectrum", "lesson-pen-fast-pharmacists", "inn-cephalosporin-guide", "inn-drug-allergy-passport", "lesson-book-challenges-mornings"]))
# phrase
q("\"penicillin allergy\"", "phrase", g(PEN2 + ["inn-cephalosporin-guide", "inn-intradermal-drug"], ["lesson-pen-fast-pharmacists", "inn-drug-allergy-passport", "lesson-allergy-free-text", "cap-cafe-antibiotic-allergy"]))
q("\"oral food challenge\"", "phrase", g(OFC2, OFC1))
q("\"home therapy\"", "phrase", g(SCIG2 + ["inn-hae-home-icatibant"], SCIG1 + ["lesson-hae-homecare-stock", "lesson-self-cannulation", "story-face-swells", "inn-csu-omalizumab"]))
q("\"adrenaline pen\"", "phrase", g(AAI2, AAI1))
q("\"venom immunotherapy\"", "phrase", g(VIT2, VIT1))
q("\"skin prick test\"", "phrase", g(SPT2, SPT1))
q("\"milk ladder\"", "phrase", g(["inn-milk-ladder-adults", "cap-cop-dietitians"], ["inn-sesame-challenge"]))
q("\"allergy label\"", "phrase", g(["inn-pen-delabel-wards", "lesson-allergy-free-text", "lesson-tell-gp-pen", "story-fewer-broad-spectrum", "story-forty-years-penicillin",
  "cap-cafe-antibiotic-allergy", "cap-aar-delabel-first-month", "cap-peer-assist-delabel-surgery", "inn-preop-pen-testing"],
  ["inn-drug-allergy-passport", "inn-non-beta-lactam-dpt", "lesson-nsaid-hypersensitivity", "inn-direct-oral-amoxicillin"]))
# question
q("how can patients with hereditary angioedema treat their attacks at home?", "question", g(["inn-hae-home-icatibant", "lesson-self-cannulation", "lesson-hae-homecare-stock", "cap-harvest-hae-nurse", "story-face-swells"],
  ["inn-hae-emergency-letter", "inn-hae-support-day", "lesson-bradykinin-no-adrenaline", "story-lks-hae-prophylaxis"]))
q("what should we do if a patient reacts to an allergy injection?", "question", g(["cap-aar-scit-reaction", "lesson-peak-flow-before-injection"],
  ["lesson-antihistamine-vs-adrenaline", "inn-reaction-record-form", "inn-scit-clinic", "inn-anaphylaxis-simulation"]))
q("how can we cut the waiting list for food challenges?", "question", g(["inn-ofc-daycase", "inn-ara-h2", "cap-retro-challenge-unit"],
  ["cap-elicit-challenge-day", "lesson-book-challenges-mornings", "inn-direct-oral-amoxicillin"]))
q("who gets immunoglobulin when there is a national shortage?", "question", g(["inn-ig-demand-panel"], ["lesson-ig-product-switch", "lesson-igg-trough", "inn-vaccine-response-pathway"]))
q("how do we help teenagers move from the children's allergy clinic to adult care?", "question", g(["inn-transition-clinic", "lesson-transition-first-appointment"], []))
q("is an out of date adrenaline pen still safe to use?", "question", g(["story-lks-aai-expiry"], ["inn-pen-expiry-texts"]))
q("why are skin test appointments wasted?", "question", g(["lesson-stop-antihistamines"], ["lesson-lancet-supply", "inn-spt-scientist"]))
q("can a patient with a penicillin allergy have a cephalosporin?", "question", g(["inn-cephalosporin-guide"], ["inn-pen-delabel-wards", "inn-direct-oral-amoxicillin", "inn-intradermal-drug"]))
# distractor
q("hives", "distractor", g(URT2, URT1))
q("treating attacks", "distractor", g(["inn-hae-home-icatibant", "story-face-swells", "lesson-self-cannulation", "lesson-hae-homecare-stock"],
  ["inn-hae-emergency-letter", "lesson-hae-dental", "lesson-bradykinin-no-adrenaline", "cap-harvest-hae-nurse", "story-lks-hae-prophylaxis"]))
q("pen training", "distractor", g(["inn-aai-teach-back"], ["lesson-trainer-pens", "story-wedding-throat", "inn-anaphylaxis-register", "lesson-two-pens"]))
q("ladder for reintroducing foods", "distractor", g(["inn-milk-ladder-adults", "cap-cop-dietitians"], ["inn-sesame-challenge"]))
q("challenge testing on the day unit", "distractor", g(["inn-ofc-daycase", "cap-retro-challenge-unit", "cap-elicit-challenge-day", "lesson-book-challenges-mornings", "lesson-weigh-doses",
  "cap-aar-baked-egg", "lesson-cross-contact-kitchen", "inn-reaction-record-form"],
  ["inn-direct-oral-amoxicillin", "inn-non-beta-lactam-dpt", "lesson-anxiety-before-challenge", "inn-aspirin-desensitisation"]))
q("building tolerance to peanut", "distractor", g(["inn-peanut-oit", "lesson-tolerance-lost"], ["cap-bar-oit-launch", "lesson-exercise-after-dose", "story-lks-oit-evidence"]))
q("anaphylactic shock treatment", "distractor", g(["cap-aar-spt-anaphylaxis", "lesson-antihistamine-vs-adrenaline", "inn-ed-anaphylaxis-pathway", "lesson-two-pens", "lesson-observe-six-hours"],
  ["story-wedding-throat", "inn-anaphylaxis-simulation", "inn-aai-teach-back", "story-lks-epinephrine-dose", "inn-perioperative-anaphylaxis"]))
q("pump problems at home", "distractor", g(["lesson-pump-refresher", "lesson-pump-loan"], ["inn-scig-home", "cap-retro-home-therapy", "cap-aar-first-home-scig"]))
q("mould allergy", "distractor", g(["story-lks-mould"], []))

E = []
def e(topic, people, traps=()): E.append({"topic": topic, "people": people, "traps": list(traps)})
e("penicillin allergy", {"person-aisha-rahman": 2, "person-sophie-adams": 2, "person-tom-greaves": 1, "person-hamid-karimi": 1}, ["person-priya-sandhu", "person-amber-quinn"])
e("adrenaline pens", {"person-megan-lloyd": 2, "person-maria-santos": 2, "person-mark-devlin": 1}, ["person-amber-quinn", "person-priya-sandhu"])
e("hives", {"person-lucy-barnes": 2, "person-nadia-hussain": 1}, ["person-joe-hartley", "person-amber-quinn"])
e("HAE", {"person-helen-marsh": 2, "person-raj-bhatt": 2, "person-ruth-abbott": 1, "person-mark-devlin": 1, "person-ellie-morgan": 1}, ["person-priya-sandhu"])
e("home immunoglobulin", {"person-claire-fenwick": 2, "person-oluwaseun-adeyemi": 1, "person-ellie-morgan": 1}, ["person-carl-jennings", "person-nathan-price"])
e("oral immunotherapy", {"person-sam-okafor": 2, "person-fiona-duggan": 1, "person-isabel-fox": 1, "person-ben-walsh": 1}, ["person-shona-reid"])
e("bee stings", {"person-ian-thorne": 2}, ["person-joe-hartley"])
e("skin prick testing", {"person-harriet-king": 2, "person-megan-lloyd": 1}, ["person-paul-osei"])
e("food challenges", {"person-sam-okafor": 2, "person-gwen-pritchard": 2, "person-fiona-duggan": 1, "person-isabel-fox": 1}, ["person-zoe-fletcher"])
e("anaphylaxis", {"person-megan-lloyd": 2, "person-mark-devlin": 2, "person-andrew-pike": 1, "person-harriet-king": 1, "person-maria-santos": 1})
e("anaphylactic shock", {"person-megan-lloyd": 2, "person-mark-devlin": 2, "person-andrew-pike": 1}, ["person-martin-cole", "person-yvonne-bell"])
e("milk ladder", {"person-fiona-duggan": 2}, ["person-martin-cole", "person-yvonne-bell"])
e("desensitisation", {"person-sam-okafor": 2, "person-nadia-hussain": 2, "person-aisha-rahman": 1, "person-ian-thorne": 1}, ["person-nathan-price"])
e("mould allergy", {"person-hamid-karimi": 1, "person-kate-osborne": 1}, ["person-lee-armitage"])
e("allergy labels", {"person-aisha-rahman": 2, "person-sophie-adams": 2, "person-tom-greaves": 2}, ["person-olivia-grant", "person-grace-whitfield"])
e("hay fever", {"person-nadia-hussain": 2, "person-lena-novak": 1})
e("literature searches", {"person-kate-osborne": 2})
e("after action reviews", {"person-david-ng": 2, "person-gwen-pritchard": 1, "person-nadia-hussain": 1, "person-priya-sandhu": 1})
e("PID", {"person-oluwaseun-adeyemi": 2, "person-claire-fenwick": 1, "person-ellie-morgan": 1})
e("urticaria", {"person-lucy-barnes": 2, "person-nadia-hussain": 1})
e("transition to adult services", {"person-ben-walsh": 2, "person-isabel-fox": 1}, ["person-olivia-grant"])
e("drug allergy", {"person-aisha-rahman": 2, "person-tom-greaves": 2, "person-hamid-karimi": 2, "person-sophie-adams": 1})
e("latex allergy", {"person-andrew-pike": 2})
e("allergy during surgery", {"person-andrew-pike": 2, "person-hamid-karimi": 1, "person-kate-osborne": 1})
e("immunoglobulin shortage", {"person-oluwaseun-adeyemi": 2, "person-tom-greaves": 2})
e("VIT", {"person-ian-thorne": 2}, ["person-joe-hartley"])
e("advice and guidance referrals", {"person-tariq-mahmood": 2})
e("anaphylaxis in A&E", {"person-mark-devlin": 2, "person-megan-lloyd": 1})
e("swelling attacks", {"person-raj-bhatt": 2, "person-helen-marsh": 2, "person-ruth-abbott": 1}, ["person-priya-sandhu"])
e("tolerance", {"person-sam-okafor": 2}, ["person-shona-reid", "person-harriet-king"])

out = {"about": "Judged test collection for an invented NHS adult allergy and clinical immunology network (Calderbrook and Wyre): records, people, queries and expertise topics",
       "grades": "2 = about the topic, 1 = partly relevant / useful neighbour, unlisted = not relevant", "queries": Q, "experts": E}
ids = {os.path.basename(f)[:-5] for f in glob.glob(KB + '/*/*.json')}
people = {os.path.basename(f)[:-5] for f in glob.glob(KB + '/people/*.json')}
bad = []
for x in Q:
    bad += [r for r in x["records"] if r not in ids or r in people]
for x in E:
    bad += [p for p in list(x["people"]) + x["traps"] if p not in people]
    assert not set(x["people"]) & set(x["traps"]), x
assert not bad, bad
from collections import Counter
print(Counter(x["kind"] for x in Q), len(Q), "queries", len(E), "topics", sum(1 for x in E if x["traps"]), "with traps")
json.dump(out, open(os.path.join(HERE, '..', 'judgements.json'), 'w'), indent=1, ensure_ascii=False)
