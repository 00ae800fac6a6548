"""Queries and expert topics with graded judgements. Run: python3 judgements.py (writes ../judgements.json
and checks that every id exists)."""
import json, os, glob

# ---- shared relevance sets (judged by reading; see README) ----
RCE = {"inn-automated-rce-programme": 2, "cap-peer-rce-satellite": 2, "cap-aar-rce-machine-fault": 2,
       "lesson-rce-order-blood-early": 2, "lesson-hbs-target-check": 2, "inn-manual-exchange-children": 2,
       "story-manual-vs-auto-exchange": 2, "inn-vascath-ports": 1, "cap-aar-acs-icu-transfer": 1,
       "cap-aar-ro-shortage": 1, "story-acs-audit-lit": 1, "lesson-port-infection-bundle": 1}
CHELATION = {"inn-chelation-adherence-texts": 2, "lesson-desferal-pump-training": 2, "cap-harvest-thal-nurse": 2,
             "story-deferiprone-neutropenia": 2, "cap-peer-chelation-combination": 2,
             "lesson-chelation-switch-tablets": 2, "lesson-chelation-dose-weight": 2,
             "inn-ntdt-iron-review": 1, "inn-t2star-mri-pathway": 1, "lesson-ferritin-not-enough": 1,
             "inn-transition-thal": 1, "story-thal-saturday-transfusions": 1, "cap-cop-specialist-nurses": 1,
             "inn-thal-endocrine-clinic": 1}
TRANSITION = {"inn-transition-clinic-joint": 2, "story-transition-young-person": 2,
              "lesson-transition-first-adult-appt": 2, "inn-transition-whatsapp-group": 2,
              "cap-retro-transition-pilot": 2, "story-transition-lit-review": 2, "lesson-transition-seen-alone": 2,
              "cap-cafe-growing-up-scd": 2, "inn-university-transition-letters": 2,
              "lesson-transition-parents-session": 2, "inn-transition-thal": 2, "cap-cop-specialist-nurses": 1}
ED_ANALGESIA = {"inn-ed-analgesia-30min": 2, "lesson-pgd-triage-opioid": 2, "cap-aar-ed-breach-march": 2,
                "cap-peer-ed-pathway-westmoor": 2, "cap-retro-ed-champions": 2, "story-pain-lit-search-intranasal": 2,
                "cap-cafe-pain-ed-staff": 2, "lesson-cannula-not-before-analgesia": 2, "cap-harvest-ed-champion": 2,
                "inn-ed-sickle-alert-children": 2, "inn-ambulance-prealert": 1, "inn-day-unit-advice-line": 1, "inn-individual-care-plans-epr": 1,
                "cap-aar-care-plan-not-found": 1, "lesson-dont-call-drug-seeking": 1, "inn-dayunit-direct-admission": 1}
PAIN_CRISIS = dict(ED_ANALGESIA)
PAIN_CRISIS.update({"inn-dayunit-direct-admission": 2, "story-dayunit-bed-days": 2, "inn-pca-dayunit": 2,
                    "lesson-pain-reassess-30min": 2, "cap-aar-crisis-overnight-ward": 2, "inn-home-iv-fluids": 2,
                    "inn-ambulance-prealert": 2, "cap-harvest-ed-champion": 1, "inn-ed-sickle-alert-children": 1,
                    "lesson-pca-sedation-obs": 1, "inn-pain-diary-app": 1, "lesson-home-pain-undercounted": 1,
                    "inn-pain-coping-group": 1, "inn-peer-mentors-ward": 1, "story-cold-weather-packs": 1,
                    "inn-incentive-spirometry": 1, "lesson-opioid-weaning-community": 1,
                    "inn-automated-rce-programme": 1, "cap-cafe-patient-voice": 1, "story-care-plan-passport": 1,
                    "inn-day-unit-advice-line": 2})
DNA_ATTEND = {"inn-text-reminders-dna": 2, "lesson-dna-not-discharge": 2, "inn-was-not-brought": 2,
              "story-evening-clinic": 2, "lesson-transition-first-adult-appt": 2, "cap-peer-dna-outreach": 2,
              "inn-lost-to-follow-up-recall": 2, "lesson-tcd-reminders": 1, "story-transition-young-person": 1}
TCD = {"inn-tcd-community-clinic": 2, "lesson-tcd-reminders": 2, "cap-aar-tcd-abnormal-delay": 2,
       "inn-tcd-portable-machine": 2, "inn-was-not-brought": 1, "lesson-silent-infarct-school": 1}
ACS = {"inn-incentive-spirometry": 2, "lesson-acs-early-signs": 2, "story-acs-audit-lit": 2,
       "cap-aar-acs-icu-transfer": 2, "inn-acs-children-education": 2, "lesson-oxygen-saturation-baseline": 1,
       "inn-manual-exchange-children": 1}
HU = {"inn-hu-nurse-led-clinic": 2, "story-hu-uptake-parents": 2, "lesson-hu-fertility-conversation": 2,
      "story-hu-evidence-infants": 2, "lesson-hu-pharmacy-supply": 2, "story-hu-pharmacist-saved": 2,
      "cap-aar-hu-blood-count": 2, "inn-pain-diary-app": 1}
CARRIER = {"inn-partner-testing-fasttrack": 2, "story-carrier-counselling-leaflet": 2, "lesson-trait-not-disease": 2,
           "lesson-trait-sport": 2, "lesson-interpreters-screening": 2, "lesson-alpha-thal-trait-iron": 2,
           "inn-pnd-counselling-clinic": 1, "story-genetic-counselling-lit": 1, "inn-antenatal-iron-deficiency": 1,
           "cap-retro-thal-awareness-day": 1}
ANTENATAL = {"inn-foq-digital": 2, "inn-partner-testing-fasttrack": 2, "lesson-foq-missing-reason": 2,
             "cap-peer-antenatal-gp": 2, "inn-pnd-counselling-clinic": 2, "lesson-interpreters-screening": 2,
             "story-genetic-counselling-lit": 1, "lesson-pnd-sample-transport": 1, "lesson-alpha-thal-trait-iron": 1,
             "inn-antenatal-iron-deficiency": 1, "story-carrier-counselling-leaflet": 1}
NEWBORN = {"cap-aar-newborn-untraced": 2, "story-carrier-counselling-leaflet": 2, "story-newborn-first-visit": 2, "lesson-newborn-result-weekend": 2,
           "lesson-trait-not-disease": 1}

Q = []


def q(query, kind, records):
    Q.append({"query": query, "kind": kind, "records": dict(records)})


# ---------------- synonym ----------------
q("blood swap treatment for sickle cell", "synonym", RCE)
q("iron removal medicine", "synonym", CHELATION)
q("teenagers moving up to the grown-up clinic", "synonym", TRANSITION)
q("faster painkillers in A&E", "synonym", ED_ANALGESIA)
q("heel prick test results", "synonym", NEWBORN)
q("yearly head scan to check stroke risk in kids", "synonym", TCD)
q("patients not turning up to clinic", "synonym", DNA_ATTEND)
q("breathing exercises to prevent chest complications", "synonym",
  {"inn-incentive-spirometry": 2, "lesson-oxygen-saturation-baseline": 1, "lesson-acs-early-signs": 1,
   "inn-acs-children-education": 1, "cap-aar-acs-icu-transfer": 1})
q("help for people with long-term pain to cope", "synonym",
  {"inn-pain-coping-group": 2, "inn-pain-diary-app": 1, "lesson-home-pain-undercounted": 1,
   "lesson-psychology-referral-route": 1, "lesson-opioid-weaning-community": 1})

# ---------------- acronym ----------------
q("RCE", "acronym", RCE)
q("TCD", "acronym", TCD)
q("ACS", "acronym", ACS)  # lesson-acs-troponin-ed (acute coronary syndrome) deliberately unlisted
q("HU", "acronym", HU)
q("FOQ", "acronym", {"inn-foq-digital": 2, "lesson-foq-missing-reason": 2, "inn-partner-testing-fasttrack": 1,
                     "cap-peer-antenatal-gp": 1})
q("PCA", "acronym", {"inn-pca-dayunit": 2, "lesson-pca-sedation-obs": 2, "cap-aar-crisis-overnight-ward": 2,
                     "lesson-opioid-weaning-community": 1})  # inn-personal-care-assistants unlisted
q("NHR", "acronym", {"inn-nhr-data-quality": 2, "lesson-annual-review-template": 1,
                     "inn-lost-to-follow-up-recall": 1, "inn-extended-phenotype": 1})
q("VOC", "acronym", PAIN_CRISIS)
q("DNA rates", "acronym", DNA_ATTEND)  # genetic DNA records unlisted

# ---------------- spelling ----------------
q("thalassemia iron chelation", "spelling", CHELATION)
q("hydroxycarbimide", "spelling", HU)
q("pediatric hematology fever", "spelling",
  {"inn-fever-pathway-children": 2, "lesson-penicillin-adherence": 1, "inn-spleen-palpation-parents": 1,
   "inn-ed-sickle-alert-children": 1, "inn-vaccination-catchup": 1})
q("anemia carrier screening in pregnancy", "spelling", ANTENATAL)
q("deferoxamine pump", "spelling", {"lesson-desferal-pump-training": 2, "cap-peer-chelation-combination": 2,
                                     "lesson-chelation-switch-tablets": 1, "cap-harvest-thal-nurse": 1,
                                     "inn-chelation-adherence-texts": 1})
q("sickel cell pain crisis", "spelling", PAIN_CRISIS)
q("hemoglobinopathy register", "spelling", {"inn-nhr-data-quality": 2, "lesson-annual-review-template": 1,
                                             "inn-extended-phenotype": 1, "inn-lost-to-follow-up-recall": 1})
q("transcranial dopler", "spelling", TCD)
q("splenic sequestation", "spelling", {"inn-spleen-palpation-parents": 2, "lesson-sequestration-transfusion-small": 2,
                                        "inn-fever-pathway-children": 1, "inn-vaccination-catchup": 1})

# ---------------- phrase ----------------
q('"red cell exchange"', "phrase", RCE)
q('"individualised care plan"', "phrase",
  {"inn-individual-care-plans-epr": 2, "lesson-care-plan-review-annual": 2, "cap-aar-care-plan-not-found": 2,
   "story-care-plan-passport": 1, "cap-peer-ed-pathway-westmoor": 1, "cap-cafe-patient-voice": 1,
   "cap-cafe-pain-ed-staff": 1, "inn-ambulance-prealert": 1, "cap-aar-ed-breach-march": 1,
   "inn-university-transition-letters": 1, "lesson-oxygen-saturation-baseline": 1, "inn-school-care-plans": 1})
q('"time to analgesia"', "phrase", ED_ANALGESIA)
q('"lost to follow-up"', "phrase", {"inn-lost-to-follow-up-recall": 2, "cap-peer-dna-outreach": 2,
                                    "lesson-dna-not-discharge": 1, "inn-was-not-brought": 1,
                                    "inn-text-reminders-dna": 1, "lesson-transition-first-adult-appt": 1})
q('"iron overload"', "phrase",
  {"inn-t2star-mri-pathway": 2, "lesson-ferritin-not-enough": 2, "inn-ntdt-iron-review": 2,
   "inn-thal-endocrine-clinic": 2, "inn-chelation-adherence-texts": 2, "cap-peer-chelation-combination": 2,
   "lesson-desferal-pump-training": 1, "story-deferiprone-neutropenia": 1, "lesson-chelation-switch-tablets": 1,
   "cap-harvest-thal-nurse": 1, "lesson-chelation-dose-weight": 1, "lesson-transfusion-consent-regular": 1})
q('"sickle cell trait"', "phrase", CARRIER)
q('"partner testing"', "phrase", {"inn-partner-testing-fasttrack": 2, "inn-pnd-counselling-clinic": 1,
                                  "story-genetic-counselling-lit": 1, "cap-peer-antenatal-gp": 1})
q('"pain crisis"', "phrase", PAIN_CRISIS)

# ---------------- question ----------------
q("how do we stop young people dropping out when they move to adult care?", "question", TRANSITION)
q("how can we get pain relief to sickle cell patients faster in the emergency department?", "question", ED_ANALGESIA)
q("what helps patients stick to their chelation?", "question",
  {"inn-chelation-adherence-texts": 2, "lesson-desferal-pump-training": 2, "lesson-chelation-switch-tablets": 2,
   "cap-harvest-thal-nurse": 2, "cap-cop-specialist-nurses": 1, "inn-transition-thal": 1,
   "cap-peer-chelation-combination": 1})
q("how do we make sure matched blood is available for exchanges?", "question",
  {"lesson-rce-order-blood-early": 2, "cap-aar-ro-shortage": 2, "inn-extended-phenotype": 2,
   "story-blood-donor-church": 2, "lesson-donor-second-visit": 1, "inn-automated-rce-programme": 1,
   "inn-donor-drive-university": 1,
   "cap-aar-acs-icu-transfer": 1, "cap-peer-rce-satellite": 1})
q("how can parents spot a serious problem early at home?", "question",
  {"inn-spleen-palpation-parents": 2, "inn-acs-children-education": 2, "inn-fever-pathway-children": 1,
   "lesson-desferal-pump-training": 1})
q("what can schools do to support a child with sickle cell?", "question",
  {"inn-school-care-plans": 2, "cap-harvest-community-nurse": 2, "lesson-trait-sport": 1, "lesson-silent-infarct-school": 1,
   "story-swimming-warm-pool": 1,
   "cap-cop-specialist-nurses": 1, "lesson-penicillin-adherence": 1})
q("how do we get more people from Black communities to give blood?", "question",
  {"story-blood-donor-church": 2, "lesson-donor-second-visit": 2, "inn-donor-drive-university": 2,
   "cap-aar-ro-shortage": 1})
q("how can we cut hospital admissions for painful crises?", "question",
  {"inn-dayunit-direct-admission": 2, "story-dayunit-bed-days": 2, "inn-home-iv-fluids": 2,
   "inn-automated-rce-programme": 2, "story-cold-weather-packs": 1, "inn-hu-nurse-led-clinic": 1,
   "story-hu-uptake-parents": 1, "inn-pca-dayunit": 1, "inn-pain-coping-group": 1,
   "inn-day-unit-advice-line": 1})

# ---------------- distractor ----------------
q("exchange transfusion", "distractor", RCE)
q("transition planning", "distractor", TRANSITION)
q("sickle cell screening", "distractor", dict(ANTENATAL, **NEWBORN, **{"inn-tcd-community-clinic": 1,
                                                                      "inn-retinopathy-screening-hbsc": 1}))
q("carrier results", "distractor", CARRIER)
q("splenic sequestration", "distractor", {"inn-spleen-palpation-parents": 2,
                                          "lesson-sequestration-transfusion-small": 2,
                                          "inn-fever-pathway-children": 1, "inn-vaccination-catchup": 1})
q("managing a sickle crisis on the day unit", "distractor",
  {"inn-dayunit-direct-admission": 2, "lesson-pain-reassess-30min": 2, "cap-aar-crisis-overnight-ward": 1,
   "inn-pca-dayunit": 1, "story-dayunit-bed-days": 1})
q("blood bank matched units", "distractor", {"inn-extended-phenotype": 2, "lesson-rce-order-blood-early": 2,
                                             "cap-aar-ro-shortage": 2, "cap-aar-wrong-blood-sample": 1,
                                             "lesson-hyperhaemolysis-recognise": 1})
q("new blood donors", "distractor", {"story-blood-donor-church": 2, "lesson-donor-second-visit": 2,
                                     "inn-donor-drive-university": 2,
                                     "cap-aar-ro-shortage": 1})
q("DNA testing for thalassaemia", "distractor", {"inn-dna-lab-turnaround": 2, "inn-pnd-counselling-clinic": 2,
                                                "lesson-pnd-sample-transport": 2, "lesson-alpha-thal-trait-iron": 2})
q("cold weather", "distractor", {"story-cold-weather-packs": 2, "inn-school-care-plans": 1,
                                 "story-swimming-warm-pool": 1,
                                 "cap-cop-specialist-nurses": 1})
q("hydration advice", "distractor", {"lesson-hydration-advice-concrete": 2, "inn-school-care-plans": 1,
                                     "inn-malaria-travel-advice": 1, "lesson-trait-sport": 1, "inn-home-iv-fluids": 1})
q("infusion pump", "distractor", {"inn-pca-dayunit": 2, "lesson-pca-sedation-obs": 2,
                                   "lesson-desferal-pump-training": 2, "cap-aar-crisis-overnight-ward": 1,
                                   "lesson-chelation-switch-tablets": 1, "cap-harvest-thal-nurse": 1})
q("stroke prevention in children", "distractor", dict(TCD, **{"inn-manual-exchange-children": 1,
                                                             "lesson-silent-infarct-school": 1,
                                                             "inn-automated-rce-programme": 1}))
q("donor drive", "distractor", {"inn-donor-drive-university": 2, "story-blood-donor-church": 2,
                                "lesson-donor-second-visit": 1})
q("who can patients ring when their pain starts at home?", "question",
  {"inn-day-unit-advice-line": 2, "inn-dayunit-direct-admission": 2, "lesson-telephone-exchange-upgrade": 1,
   "inn-home-iv-fluids": 1})
q("pain points", "distractor", {"cap-retro-booking-pain-points": 2, "cap-aar-pain-points-switchover": 2})

# ---------------- experts ----------------
E = []


def e(topic, people, traps=()):
    E.append({"topic": topic, "people": dict(people), "traps": list(traps)})


e("red cell exchange", {"p-richards": 2, "p-adeyemi": 2, "p-demetriou": 1, "p-hassan": 1, "p-yilmaz": 1},
  ["p-whitfield", "p-griffiths", "p-farrell"])
e("exchange transfusion", {"p-richards": 2, "p-adeyemi": 2, "p-demetriou": 1, "p-hassan": 1, "p-yilmaz": 1},
  ["p-whitfield", "p-griffiths", "p-blackwood"])
e("transition", {"p-baptiste": 2, "p-hassan": 1, "p-ansah": 1, "p-mwangi": 1, "p-patel": 1},
  ["p-novak", "p-ellison"])
e("screening", {"p-osei": 2, "p-kaur": 2, "p-hassan": 1, "p-adebayo": 1}, ["p-henderson", "p-griffiths"])
e("sickle cell pain crisis", {"p-mensah": 2, "p-nwachukwu": 2, "p-haque": 1, "p-patel": 1, "p-asante": 1},
  ["p-blackwood", "p-ellison", "p-morgan"])
e("iron chelation", {"p-christodoulou": 2, "p-lambert": 2, "p-forde": 1}, ["p-green", "p-osei"])
e("TCD", {"p-hassan": 2, "p-okoro": 1, "p-mwangi": 1})
e("ACS", {"p-ahmed": 2, "p-boateng": 2, "p-diallo": 1, "p-hassan": 1}, ["p-ibrahim"])
e("hydroxyurea", {"p-forde": 2, "p-adeyemi": 1, "p-hassan": 1, "p-mensah": 1, "p-mwangi": 1})
e("missed appointments", {"p-walsh": 2, "p-okoro": 1, "p-baptiste": 1})
e("DNA rates", {"p-walsh": 2, "p-okoro": 1, "p-baptiste": 1}, ["p-adebayo"])
e("prenatal diagnosis", {"p-adebayo": 2, "p-osei": 2, "p-hassan": 1})
e("blood donors", {"p-oyelaran": 2, "p-oduya": 1}, ["p-danquah"])
e("blood bank", {"p-demetriou": 2}, ["p-farrell"])
e("sickle cell trait", {"p-osei": 2, "p-kaur": 2, "p-okoro": 1}, ["p-campbell"])
e("carrier testing", {"p-osei": 2, "p-kaur": 1, "p-okoro": 1}, ["p-quinn"])
e("splenic sequestration", {"p-hassan": 2, "p-okoro": 1}, ["p-tembo"])
e("PCA pumps", {"p-haque": 2, "p-mensah": 1, "p-forde": 1}, ["p-stewart"])
e("peer support", {"p-oduya": 2, "p-patel": 1, "p-ansah": 1, "p-stewart": 1}, ["p-whitfield"])
e("individualised care plans", {"p-adeyemi": 2, "p-okoro": 1, "p-diallo": 1, "p-nwachukwu": 1, "p-novak": 1})
e("community sickle cell nursing", {"p-okoro": 2, "p-diallo": 2, "p-christodoulou": 1})
e("psychology", {"p-patel": 2})
e("National Haemoglobinopathy Register", {"p-reid": 2, "p-adeyemi": 1})
e("cold weather triggers", {"p-diallo": 2}, ["p-green"])
e("venous access", {"p-richards": 2, "p-yilmaz": 1, "p-asante": 1})
e("time to analgesia", {"p-nwachukwu": 2, "p-haque": 1, "p-mensah": 1, "p-mwangi": 1})
e("hydration", {"p-sesay": 2, "p-diallo": 1, "p-okoro": 1}, ["p-blackwood"])
e("iron overload", {"p-lambert": 2, "p-christodoulou": 2}, ["p-osei", "p-green"])
e("looking after kids with sickle cell at school", {"p-diallo": 2, "p-okoro": 1})


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    kb = os.path.join(here, "..", "kb")
    ids = {os.path.basename(f)[:-5] for f in glob.glob(kb + "/*/*.json")}
    people = {i for i in ids if i.startswith("p-")}
    bad = []
    for x in Q:
        bad += [r for r in x["records"] if r not in ids or r in people]
    for x in E:
        bad += [p for p in list(x["people"]) + x["traps"] if p not in people]
        assert not set(x["people"]) & set(x["traps"]), x["topic"]
    assert not bad, bad
    out = {"about": "Kestrel Vale Haemoglobinopathy Network (fictional sickle cell and thalassaemia network): "
                    "judged search queries and expert topics",
           "grades": "2 = about the topic, 1 = partly relevant / useful neighbour, unlisted = not relevant",
           "queries": Q, "experts": E}
    json.dump(out, open(os.path.join(here, "..", "judgements.json"), "w"), indent=1, ensure_ascii=False)
    from collections import Counter
    print(len(Q), "queries", Counter(x["kind"] for x in Q), len(E), "topics,", sum(1 for x in E if x["traps"]), "with traps")


if __name__ == "__main__":
    main()
