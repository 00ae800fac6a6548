"""Write ../judgements.json. Judgements were made by reading the records (helped by gen/g.py greps)."""
import json, os

def R(two=(), one=()):
    d = {r: 2 for r in two}
    d.update({r: 1 for r in one})
    return d

VFS = ["inn-vfs-joint-clinic", "lesson-vfs-barium-recipes", "cap-aar-vfs-seating", "story-vfs-reports-gps",
       "lesson-vfs-screening-time", "story-xray-video-swallow"]
FEES = ["inn-fees-bedside-service", "cap-aar-fees-first-list", "lesson-fees-scope-decontam",
        "story-fees-business-case-evidence", "cap-peer-endoscopic-swallow-trach", "lesson-nasendoscopy-topical-spray",
        "inn-fees-regional-training", "lesson-fees-recordings-pacs", "story-camera-up-the-nose"]
THICK = ["inn-thickener-prescribing-pharmacy", "lesson-thickener-scoop-sizes", "cap-aar-thin-fluids-near-miss",
         "story-thicker-drinks-at-home", "story-pre-thickened-drinks-evidence", "lesson-pre-thickened-ed",
         "inn-iddsi-ward-kitchens"]
STAMMER = ["inn-adult-stammering-group", "story-stammer-job-interview", "lesson-stammering-phone-avoidance",
           "lesson-stammering-reasonable-adjustments", "story-stuck-on-words"]
LARYNX = ["inn-laryngectomy-passport", "inn-voice-prosthesis-clinic", "lesson-hme-home-delivery", "story-new-voices-club",
          "cap-harvest-gareth-voice-restoration", "lesson-stoma-covers-shower", "cap-aar-neck-breather-arrest-call",
          "inn-electrolarynx-loan", "lesson-oesophageal-speech", "story-talking-with-a-buzzer",
          "cap-aar-voice-prosthesis-dislodged", "lesson-tep-leak-troubleshoot", "inn-handsfree-valve-laryngectomy",
          "cap-peer-laryngectomy-emergency-ed"]
MOUTH = ["inn-mouth-care-champions", "lesson-suction-toothbrush", "story-oral-care-evidence", "lesson-nbm-more-mouth-care"]
EDAR = ["inn-edar-guidance", "cap-cafe-risk-feeding", "story-mum-wanted-tea", "lesson-edar-record-travels"]
TELE = ["inn-video-therapy-community", "lesson-remote-swallow-assessment-camera", "cap-retro-telehealth-pilot",
        "story-no-more-long-drive", "inn-voice-therapy-video-followup"]
AAC = ["inn-aac-loan-library", "story-eye-gaze-tells-us", "cap-peer-eye-gaze-hub", "lesson-aac-devices-flat",
       "cap-retro-aac-tablet-procurement", "lesson-aac-family-training", "lesson-aac-core-vocabulary",
       "story-eye-gaze-evidence-search", "story-talking-computer"]
VOICE = ["inn-joint-voice-clinic", "inn-professional-voice-workshops", "story-choir-singer-lost-voice",
         "story-teacher-throat-hurts", "cap-cafe-looking-after-voice", "lesson-vocal-fold-palsy-chest-xray"]
MND = ["inn-voice-banking-mnd", "lesson-mnd-refer-early-voice-banking", "cap-cop-mnd-mdt", "story-eye-gaze-tells-us",
       "story-eye-gaze-evidence-search", "story-talking-computer"]
VALVE_TRACH = ["inn-cuff-deflation-protocol", "lesson-valve-cuff-up-incident", "lesson-speaking-valve-oxygen",
               "story-first-words-six-weeks", "lesson-little-cap-on-trach"]
CAREHOME = ["inn-care-home-dysphagia-training", "cap-aar-choking-care-home", "story-care-home-coughing-meals",
            "inn-swallow-plan-care-home-discharge"]
PROSTH = ["inn-voice-prosthesis-clinic", "cap-aar-voice-prosthesis-dislodged", "lesson-tep-leak-troubleshoot",
          "cap-harvest-gareth-voice-restoration"]

Q = []
def q(text, kind, records):
    Q.append({"query": text, "kind": kind, "records": records})

# ---- synonym ----
q("modified barium swallow", "synonym", R(VFS, ["inn-fees-bedside-service", "story-fees-business-case-evidence"]))
q("slurred speech", "synonym", R(["inn-alphabet-pacing-boards", "lesson-dysarthria-real-conversation",
                                  "story-they-think-im-drunk"],
                                 ["inn-communication-passports", "inn-loud-and-proud-group", "story-dad-voice-so-quiet",
                                  "lesson-apraxia-of-speech"]))
q("thick drinks", "synonym", R(THICK, ["lesson-discharge-lounge-swallow-advice", "story-mum-wanted-tea",
                                       "lesson-vfs-barium-recipes", "inn-medicines-swallowing-guide",
                                       "inn-swallowing-awareness-day"]))
q("stutter", "synonym", R(STAMMER))
q("voice box removed", "synonym", R(LARYNX, ["inn-head-neck-prehab"]))
q("oral hygiene", "synonym", R(MOUTH, ["cap-aar-aspiration-pneumonia-review", "inn-dysphagia-elearning-nurses",
                                       "inn-edar-guidance", "cap-cafe-risk-feeding"]))
q("risk feeding", "synonym", R(EDAR))
q("telemedicine for speech therapy", "synonym",
  R(TELE + ["inn-aphasia-app-home-practice"], ["lesson-lsvt-intensity-community", "lesson-stammering-phone-avoidance"]))
q("speech generating device", "synonym",
  R(AAC, ["inn-voice-banking-mnd", "inn-ward-communication-boards", "inn-alphabet-pacing-boards",
          "inn-early-communication-trach", "lesson-mnd-refer-early-voice-banking", "cap-cop-mnd-mdt",
          "inn-electrolarynx-loan"]))
q("losing my voice", "synonym",
  R(VOICE, ["lesson-voice-therapy-text-reminders", "lesson-globus-reassurance", "lesson-voice-rest-after-surgery",
            "inn-voice-therapy-video-followup", "inn-loud-and-proud-group", "story-dad-voice-so-quiet"]))

q("camera test for swallowing", "synonym", R(FEES, ["lesson-remote-swallow-assessment-camera"]))
q("talking computer", "synonym", R(AAC, ["inn-voice-banking-mnd"]))
q("getting stuck on words", "synonym", R(STAMMER, ["story-husband-cant-find-words"]))

# ---- acronym ----
q("FEES", "acronym", R(FEES, ["cap-self-assessment-dysphagia-competency", "lesson-cuff-inflated-not-protective"]))
q("VFS", "acronym", R(VFS, ["inn-fees-bedside-service", "story-fees-business-case-evidence"]))
q("AAC", "acronym", R(AAC, ["inn-voice-banking-mnd", "inn-ward-communication-boards", "inn-alphabet-pacing-boards",
                            "inn-early-communication-trach", "lesson-mnd-refer-early-voice-banking", "cap-cop-mnd-mdt"]))
q("EDAR", "acronym", R(EDAR))
q("MND", "acronym", R(MND, ["inn-saliva-management", "inn-alphabet-pacing-boards"]))
q("HME", "acronym", R(["lesson-hme-home-delivery"], ["inn-laryngectomy-passport", "cap-harvest-gareth-voice-restoration",
                                                     "cap-aar-blocked-trach-tube"]))
q("TEP", "acronym", R(PROSTH, ["inn-handsfree-valve-laryngectomy", "inn-laryngectomy-passport", "story-new-voices-club",
                               "lesson-oesophageal-speech"]))
q("NBM", "acronym", R(["lesson-nbm-missed-medicines", "lesson-nbm-more-mouth-care", "lesson-weekend-nbm-friday",
                       "inn-nurse-swallow-screen"],
                      ["inn-inpatient-referral-triage", "inn-fees-bedside-service", "inn-edar-guidance",
                       "lesson-edar-record-travels", "cap-aar-weekend-swallow-cover"]))
q("LSVT", "acronym", R(["inn-loud-and-proud-group", "lesson-lsvt-intensity-community", "story-dad-voice-so-quiet"]))
q("ACV", "acronym", R(["inn-above-cuff-vocalisation", "story-acv-evidence-search"], ["inn-cuff-deflation-protocol"]))

# ---- spelling ----
q("esophageal speech", "spelling", R(["lesson-oesophageal-speech"],
                                     ["inn-voice-prosthesis-clinic", "inn-electrolarynx-loan", "story-new-voices-club"]))
q("disphagia care homes", "spelling", R(CAREHOME, ["lesson-huntingtons-swallow-review", "lesson-aac-devices-flat"]))
q("laryngectomey emergency", "spelling",
  R(["inn-laryngectomy-passport", "cap-aar-neck-breather-arrest-call", "cap-peer-laryngectomy-emergency-ed"],
    ["cap-elicit-trach-emergencies", "lesson-stoma-covers-shower"]))
q("trachiostomy speaking valve", "spelling",
  R(VALVE_TRACH + ["inn-early-communication-trach"],
    ["inn-above-cuff-vocalisation", "cap-peer-endoscopic-swallow-trach", "inn-handsfree-valve-laryngectomy",
     "story-acv-evidence-search"]))
q("anesthetic spray nasendoscopy", "spelling",
  R(["lesson-nasendoscopy-topical-spray"], ["inn-fees-bedside-service", "inn-fees-regional-training"]))
q("thickner scoops", "spelling", R(["lesson-thickener-scoop-sizes", "inn-thickener-prescribing-pharmacy"],
                                   ["cap-aar-thin-fluids-near-miss", "story-thicker-drinks-at-home",
                                    "inn-iddsi-ward-kitchens"]))
q("pureed food menu with color pictures", "spelling",
  R(["inn-picture-menu-texture"], ["inn-mealtime-red-trays", "inn-iddsi-ward-kitchens", "lesson-iddsi-fork-test"]))
q("aphasia therapy program at home", "spelling",
  R(["inn-aphasia-app-home-practice"], ["inn-conversation-partner-volunteers", "inn-video-therapy-community",
                                        "story-husband-cant-find-words", "story-no-more-long-drive"]))
q("stamering group", "spelling", R(["inn-adult-stammering-group", "story-stammer-job-interview",
                                    "lesson-stammering-reasonable-adjustments", "story-stuck-on-words"], ["lesson-stammering-phone-avoidance"]))
q("vocal hygene", "spelling", R(["inn-joint-voice-clinic", "inn-professional-voice-workshops",
                                 "cap-cafe-looking-after-voice", "story-teacher-throat-hurts"],
                                ["story-choir-singer-lost-voice", "lesson-voice-rest-after-surgery"]))

# ---- phrase ----
q('"cuff deflation"', "phrase",
  R(["inn-cuff-deflation-protocol", "inn-above-cuff-vocalisation", "story-first-words-six-weeks",
     "lesson-valve-cuff-up-incident"],
    ["cap-peer-endoscopic-swallow-trach", "cap-retro-trach-ward-round", "lesson-cuff-inflated-not-protective",
     "lesson-speaking-valve-oxygen", "story-acv-evidence-search"]))
q('"eating and drinking with acknowledged risks"', "phrase", R(EDAR))
q('"voice banking"', "phrase", R(["inn-voice-banking-mnd", "lesson-mnd-refer-early-voice-banking"],
                                 ["cap-cop-mnd-mdt", "story-talking-computer"]))
q('"speaking valve"', "phrase",
  R(VALVE_TRACH, ["inn-early-communication-trach", "inn-handsfree-valve-laryngectomy",
                  "cap-peer-endoscopic-swallow-trach", "inn-above-cuff-vocalisation"]))
q('"conversation partner"', "phrase",
  R(["inn-conversation-partner-volunteers"], ["cap-cop-aphasia-network", "lesson-ward-sca-champions",
                                              "story-husband-cant-find-words"]))
q('"mouth care"', "phrase", R(MOUTH, ["cap-aar-aspiration-pneumonia-review", "inn-dysphagia-elearning-nurses",
                                      "inn-edar-guidance", "cap-cafe-risk-feeding"]))
q('"communication board"', "phrase",
  R(["inn-ward-communication-boards", "inn-alphabet-pacing-boards", "inn-early-communication-trach"],
    ["inn-communication-passports", "cap-peer-eye-gaze-hub"]))
q('"swallow screen"', "phrase", R(["inn-nurse-swallow-screen", "cap-aar-aspiration-pneumonia-review"],
                                  ["inn-dysphagia-elearning-nurses", "inn-slt-front-door"]))
q('"voice prosthesis" leak', "phrase",
  R(["inn-voice-prosthesis-clinic", "lesson-tep-leak-troubleshoot", "cap-harvest-gareth-voice-restoration"],
    ["cap-aar-voice-prosthesis-dislodged", "inn-handsfree-valve-laryngectomy"]))

# ---- question ----
q("how can patients with a tracheostomy talk?", "question",
  R(["inn-cuff-deflation-protocol", "inn-above-cuff-vocalisation", "inn-early-communication-trach",
     "story-first-words-six-weeks", "lesson-little-cap-on-trach"],
    ["lesson-valve-cuff-up-incident", "lesson-speaking-valve-oxygen", "story-acv-evidence-search",
     "inn-ward-communication-boards"]))
q("what should staff do when a neck breather stops breathing?", "question",
  R(["inn-laryngectomy-passport", "cap-aar-neck-breather-arrest-call", "cap-peer-laryngectomy-emergency-ed",
     "cap-elicit-trach-emergencies"],
    ["inn-trach-bedhead-boxes", "cap-aar-blocked-trach-tube"]))
q("how can families help someone with aphasia at home?", "question",
  R(["story-husband-cant-find-words", "inn-conversation-partner-volunteers", "inn-aphasia-app-home-practice"],
    ["inn-aphasia-choir", "story-no-more-long-drive", "inn-video-therapy-community"]))
q("can tablets be crushed for people who can't swallow?", "question",
  R(["inn-medicines-swallowing-guide"], ["lesson-nbm-missed-medicines"]))
q("where can we borrow a communication aid quickly?", "question",
  R(["inn-aac-loan-library", "story-eye-gaze-tells-us"],
    ["lesson-aac-devices-flat", "cap-retro-aac-tablet-procurement", "inn-electrolarynx-loan",
     "story-talking-computer"]))
q("how do we reduce aspiration pneumonia on the wards?", "question",
  R(["inn-mouth-care-champions", "cap-aar-aspiration-pneumonia-review", "story-oral-care-evidence",
     "inn-nurse-swallow-screen"],
    ["lesson-nbm-more-mouth-care", "inn-cough-reflex-testing", "lesson-sit-upright-meals",
     "inn-dysphagia-elearning-nurses", "lesson-cuff-inflated-not-protective", "inn-saliva-management"]))
q("how do we stop care home residents choking?", "question",
  R(CAREHOME, ["lesson-huntingtons-swallow-review", "lesson-sit-upright-meals"]))
q("why do patients get the wrong thickness of drink?", "question",
  R(["lesson-thickener-scoop-sizes", "cap-aar-thin-fluids-near-miss", "inn-thickener-prescribing-pharmacy",
     "lesson-discharge-lounge-swallow-advice"],
    ["lesson-vfs-barium-recipes", "inn-iddsi-ward-kitchens", "story-thicker-drinks-at-home", "lesson-pre-thickened-ed"]))
q("my dad's Parkinson's has made his voice really quiet, what can help?", "question",
  R(["story-dad-voice-so-quiet", "inn-loud-and-proud-group"], ["lesson-lsvt-intensity-community"]))

# ---- distractor ----
q("valve leaking", "distractor", R(["inn-voice-prosthesis-clinic", "lesson-tep-leak-troubleshoot",
                                    "cap-harvest-gareth-voice-restoration"], ["inn-handsfree-valve-laryngectomy"]))
q("cuff inflated", "distractor", R(["lesson-valve-cuff-up-incident", "lesson-cuff-inflated-not-protective",
                                    "inn-above-cuff-vocalisation", "inn-cuff-deflation-protocol"],
                                   ["story-acv-evidence-search", "story-first-words-six-weeks"]))
q("tube blocked", "distractor", R(["cap-aar-blocked-trach-tube", "cap-elicit-trach-emergencies"],
                                  ["story-tube-feeding-home", "inn-trach-bedhead-boxes"]))
q("voice fatigue", "distractor", R(["inn-professional-voice-workshops", "cap-cafe-looking-after-voice",
                                    "story-teacher-throat-hurts"],
                                   ["inn-joint-voice-clinic", "story-choir-singer-lost-voice"]))
q("voice pitch", "distractor", R(["inn-gender-affirming-voice"], ["inn-joint-voice-clinic"]))
q("communication training for ward staff", "distractor",
  R(["lesson-ward-sca-champions", "inn-ward-communication-boards", "cap-fishbowl-living-with-aphasia"],
    ["inn-communication-access-reception", "inn-communication-passports", "lesson-check-hearing-aids-first",
     "inn-early-communication-trach"]))
q("prosthesis change", "distractor", R(PROSTH))
q("aspiration risk", "distractor",
  R(["inn-cough-reflex-testing", "inn-edar-guidance", "cap-cafe-risk-feeding", "cap-aar-aspiration-pneumonia-review"],
    ["lesson-cuff-inflated-not-protective", "inn-fees-bedside-service", "inn-mouth-care-champions",
     "story-oral-care-evidence", "story-mum-wanted-tea", "story-fees-business-case-evidence",
     "inn-dysphagia-elearning-nurses"]))
q("speech recognition", "distractor", R(["inn-speech-recognition-clinic-letters"]))
q("tablet apps for therapy", "distractor", R(["inn-aphasia-app-home-practice"],
                                             ["cap-retro-aac-tablet-procurement", "inn-aac-loan-library"]))
q("fluency clinic", "distractor", R(STAMMER))
q("loud voice", "distractor", R(["inn-loud-and-proud-group", "story-dad-voice-so-quiet", "lesson-lsvt-intensity-community"]))

# ---- experts ----
E = []
def e(topic, people, traps=()):
    E.append({"topic": topic, "people": people, "traps": list(traps)})

e("FEES", {"person-rhian-okafor": 2, "person-ravi-menon": 1, "person-tomasz-wierzbicki": 1},
  ["person-nigel-ashby", "person-ian-calloway", "person-zara-hussain"])
e("videofluoroscopy", {"person-tomasz-wierzbicki": 2, "person-nadia-farouk": 2, "person-rhian-okafor": 1},
  ["person-zara-hussain"])
e("thickened fluids", {"person-lucy-brennan": 2, "person-claire-dunmore": 2, "person-josie-hale": 1})
e("drink consistency", {"person-lucy-brennan": 2, "person-claire-dunmore": 2, "person-josie-hale": 1},
  ["person-dawn-heywood"])
e("tracheostomy", {"person-priya-lakhani": 2, "person-oluwaseun-bello": 2, "person-tom-reddaway": 1},
  ["person-zara-hussain"])
e("trach tubes", {"person-oluwaseun-bello": 2, "person-priya-lakhani": 2, "person-tom-reddaway": 1},
  ["person-bryn-tudor"])
e("speaking valves", {"person-priya-lakhani": 2, "person-oluwaseun-bello": 1, "person-gareth-pennock": 1},
  ["person-leon-carver", "person-bryn-tudor"])
e("laryngectomy", {"person-gareth-pennock": 2, "person-peter-quarrie": 1, "person-ravi-menon": 1,
                   "person-bethan-morgan": 1, "person-oluwaseun-bello": 1}, ["person-zara-hussain"])
e("stoma care for neck breathers", {"person-gareth-pennock": 2, "person-peter-quarrie": 1,
                                    "person-oluwaseun-bello": 1}, ["person-sandra-okoye"])
e("voice prosthesis", {"person-gareth-pennock": 2, "person-ravi-menon": 1, "person-bethan-morgan": 1},
  ["person-rob-whitlock"])
e("voice", {"person-aileen-mcbride": 2, "person-ravi-menon": 2, "person-marek-nowak": 1, "person-daniel-osei": 1,
            "person-gareth-pennock": 1}, ["person-leon-carver", "person-george-mbeki", "person-dawn-heywood"])
e("hoarseness", {"person-aileen-mcbride": 2, "person-ravi-menon": 2})
e("aphasia", {"person-fenella-cartwright": 2, "person-kwame-asante": 1})
e("language problems after a stroke", {"person-fenella-cartwright": 2, "person-kwame-asante": 1},
  ["person-fatima-rahman"])
e("communication support for patients who can't speak", {"person-daniel-osei": 2, "person-fenella-cartwright": 1,
                                                         "person-priya-lakhani": 1, "person-marek-nowak": 1},
  ["person-gemma-stirling"])
e("AAC", {"person-daniel-osei": 2, "person-anita-sharma": 1, "person-moira-gillespie": 1}, ["person-amy-tran"])
e("eye gaze", {"person-moira-gillespie": 2, "person-daniel-osei": 1, "person-anita-sharma": 1})
e("MND", {"person-daniel-osei": 2, "person-marek-nowak": 1, "person-claire-dunmore": 1})
e("ALS communication", {"person-daniel-osei": 2, "person-marek-nowak": 1}, ["person-carl-jennings"])
e("communication boards", {"person-daniel-osei": 2, "person-marek-nowak": 1},
  ["person-owen-parry"])
e("LSVT LOUD", {"person-marek-nowak": 2, "person-aileen-mcbride": 1}, ["person-maggie-thorne"])
e("fluency", {"person-siobhan-doyle": 2}, ["person-amy-tran", "person-fatima-rahman"])
e("risk feeding", {"person-elin-pryce": 2, "person-rhian-okafor": 1})
e("mouth care", {"person-maggie-thorne": 2, "person-chloe-aitken": 1}, ["person-hannah-cole"])
e("aspiration pneumonia", {"person-chloe-aitken": 2, "person-maggie-thorne": 1, "person-rhian-okafor": 1},
  ["person-hannah-cole"])
e("choking in care homes", {"person-edward-finch": 2}, ["person-paul-whitaker"])
e("tube feeding", {"person-claire-dunmore": 2, "person-rhian-okafor": 1}, ["person-bryn-tudor"])
e("crushing tablets", {"person-lucy-brennan": 2}, ["person-amy-tran"])
e("video therapy", {"person-kwame-asante": 2, "person-siobhan-doyle": 1, "person-aileen-mcbride": 1,
                    "person-marek-nowak": 1, "person-fenella-cartwright": 1})
e("head and neck cancer swallowing", {"person-gareth-pennock": 2, "person-claire-dunmore": 1})
e("drooling", {"person-rhian-okafor": 2, "person-lucy-brennan": 1})
e("speaking up", {"person-leon-carver": 2}, ["person-priya-lakhani"])
e("course fees", {"person-nigel-ashby": 2}, ["person-rhian-okafor"])
e("swallow screen", {"person-chloe-aitken": 2, "person-maggie-thorne": 1}, ["person-bryn-tudor"])
e("IDDSI", {"person-claire-dunmore": 2, "person-josie-hale": 2, "person-nadia-farouk": 1, "person-lucy-brennan": 1})
e("dysphagia", {"person-rhian-okafor": 2, "person-chloe-aitken": 1, "person-edward-finch": 1,
                "person-claire-dunmore": 1, "person-tomasz-wierzbicki": 1, "person-elin-pryce": 1,
                "person-josie-hale": 1, "person-lucy-brennan": 1})
e("swallowing", {"person-rhian-okafor": 2, "person-chloe-aitken": 1, "person-tomasz-wierzbicki": 1,
                 "person-edward-finch": 1, "person-gareth-pennock": 1}, ["person-bryn-tudor"])
e("dysarthria", {"person-marek-nowak": 2, "person-daniel-osei": 1})
e("literature searches", {"person-ian-calloway": 2})

out = {"about": "Kestrelmoor and Wyvern Vale NHS FT adult speech and language therapy service (fictional): "
                "knowledge records, people, judged queries and expertise topics",
       "grades": "2 = about the topic, 1 = partly relevant / useful neighbour, unlisted = not relevant",
       "queries": Q, "experts": E}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "judgements.json")
json.dump(out, open(path, "w"), indent=1, ensure_ascii=False)
print(len(Q), "queries,", len(E), "topics")
