from lib import inn, story, lesson, cap, aar
AL = "Adult Allergy Service"; DA = "Drug Allergy Service"; IM = "Clinical Immunology"; LKS = "Library and Knowledge Service"
HAE = "Hereditary Angioedema Service"; FA = "Food Allergy Service"; DCU = "Allergy Day Case Unit"

# ---------- A. penicillin / drug allergy ----------
inn("inn-pen-delabel-wards", "Nurse-led penicillin allergy de-labelling on the medical wards", "person-sophie-adams", DA,
    "About one in ten inpatients has a penicillin allergy recorded, but when we looked most of these were childhood rashes, nausea or 'mum said so'. A wrong penicillin label means second-line antibiotics, longer stays and more C. difficile.",
    "A drug allergy nurse visits the acute medical wards three mornings a week. She takes a structured allergy history, scores it with the PEN-FAST tool and, for low-risk histories, offers a direct oral amoxicillin challenge on the ward with observation for an hour. Where the history is higher risk the patient is booked into the drug allergy clinic for skin testing. When the label is removed we update the electronic record, write to the GP and give the patient a letter. Ward pharmacists refer patients using a bleep and a short referral form.",
    stage="evaluated", team=[("person-aisha-rahman", "co_lead"), ("person-tom-greaves", "team_member"), ("person-hamid-karimi", "team_member")],
    kw=["penicillin allergy", "delabelling", "antimicrobial stewardship", "PEN-FAST"], subjects=["Drug Hypersensitivity", "Penicillins"],
    outcomes=[("Penicillin labels removed", "0 a month", "31 a month"), ("Patients switched to first-line antibiotics", "n/a", "84%")],
    learning=["Ward pharmacists are the best referrers.", "Write to the GP the same day or the label comes back."], started="2024-09-02")
inn("inn-direct-oral-amoxicillin", "Direct oral challenge with amoxicillin for low-risk penicillin allergy histories", "person-aisha-rahman", DA,
    "Skin testing before every penicillin challenge used a clinic slot and a nurse for 90 minutes, and the waiting list for drug allergy testing was 40 weeks.",
    "We adopted a direct oral challenge (no skin testing first) for adults whose penicillin reaction history scores low risk on PEN-FAST: a single dose of amoxicillin 500 mg with 60 minutes' observation, followed by a phone call at five days to ask about delayed rashes. Higher-risk histories, anaphylaxis and severe cutaneous reactions still go down the full skin test route. The protocol was agreed with the antimicrobial pharmacists and the drugs and therapeutics committee.",
    stage="embedded", team=[("person-sophie-adams", "team_member"), ("person-gwen-pritchard", "team_member")],
    kw=["drug provocation test", "amoxicillin", "penicillin"], outcomes=[("Waiting time for penicillin allergy testing", "40 weeks", "11 weeks")], started="2024-01-15")
story("story-lks-pen-fast", "Evidence search supported a switch to direct oral penicillin challenges", DA, "Consultant allergist",
      "Dr Rahman wanted to know whether it was safe to challenge low-risk penicillin allergy patients without skin testing first, and whether the PEN-FAST decision rule had been validated outside Australia.",
      "The clinical librarian ran a literature search across Medline, Embase and the Cochrane Library, screened 212 results and wrote a two-page evidence summary with the main validation studies and the randomised trial of direct oral challenge.",
      "The summary went to the drugs and therapeutics committee with the new protocol, which was approved first time. 'It saved me at least two evenings,' said the consultant.",
      asked="person-aisha-rahman", working=["person-kate-osborne"], services=["literature_search", "evidence_summary"],
      impacts=["informed_decision", "policy_or_guideline", "time_saved"], about=["inn-direct-oral-amoxicillin"])
lesson("lesson-allergy-free-text", "Free-text allergy entries hide what the reaction actually was", DA,
       "Most drug allergy entries in the electronic patient record were free text such as 'PEN' or 'allergic to antibiotics' with no reaction type, so we could not tell intolerance from true allergy.",
       "Make reaction type and date mandatory fields when anyone records a drug allergy.", owner="person-tom-greaves",
       context="Found during the ward de-labelling audit; 61% of 300 entries had no reaction recorded.", category="documentation", related=["inn-pen-delabel-wards"])
aar("cap-aar-delabel-first-month", "After action review: first month of ward de-labelling", DA, "2024-10-04",
    "To learn from the first month of the ward penicillin de-labelling service before extending it.",
    "Twenty ward patients a week assessed and, where low risk, challenged on the ward.",
    "Nine a week in the first fortnight, rising to eighteen. Two challenges were stopped because the patient had been moved to another ward.",
    why="Referrals depended on one enthusiastic pharmacist; bed moves were not flagged.",
    sustain=["Same-day letter to the GP", "One-hour observation on the ward"], improve=["Flag patients as 'do not move' during the challenge hour"],
    facilitator="person-david-ng", participants=["person-sophie-adams", "person-gwen-pritchard", "person-tom-greaves", "Ward pharmacist, AMU"], context=["inn-pen-delabel-wards"])
lesson("lesson-tell-gp-pen", "Tell the GP the same day when a penicillin allergy is removed", DA,
       "Three patients whose penicillin allergy had been disproved were re-labelled within six months because their GP record still said 'penicillin allergy'.",
       "Send the GP a standard letter on the day of the challenge and ask the practice to code the allergy as resolved.",
       owner="person-sophie-adams", category="communication", related=["inn-pen-delabel-wards"])
inn("inn-drug-allergy-passport", "A wallet card for patients after drug allergy testing", "person-tom-greaves", DA,
    "Patients told us that after testing they were never sure what to say when a new doctor asked 'any allergies?'.",
    "A credit-card sized 'drug allergy passport' lists the drugs tested, the result (allergic / not allergic / tolerated) and safe alternatives. It is printed in clinic and a copy is scanned to the record.",
    stage="implemented", kw=["drug allergy", "patient information"], itype="process_admin")
cap("cap-peer-assist-delabel-surgery", "Peer assist: taking penicillin de-labelling into surgical pre-assessment", DA, "peer_assist", "2025-05-20",
    "The pre-operative assessment team wanted to remove penicillin allergy labels before elective operations so that patients get first-line prophylaxis.",
    {"host_team": "Pre-operative assessment", "problem_statement": "How do we assess and de-label penicillin allergy in the six weeks before surgery without adding clinic visits?",
     "peers": [{"person": "person-sophie-adams", "brought": "Ward de-labelling experience"}, {"organisation": {"name": "Wyre Valley Hospitals", "ods_code": "ZW4"}, "brought": "Their pre-op amoxicillin challenge pathway"}],
     "options_insights": ["Use the pre-op nurse's appointment for the history and PEN-FAST score", "Challenge on the same day as bloods"]},
    facilitator="person-david-ng", participants=["person-sophie-adams", "Pre-op assessment sister"], context=["inn-pen-delabel-wards"])
story("story-fewer-broad-spectrum", "Fewer broad-spectrum antibiotics after wrong penicillin allergy labels were removed", DA, "Antimicrobial pharmacist",
      "Our antimicrobial stewardship figures showed high use of teicoplanin and clarithromycin on medical wards, much of it because of a recorded amoxycillin or penicillin allergy.",
      "The drug allergy team and pharmacy audited 120 patients de-labelled in the first six months and followed what antibiotics they were given afterwards.",
      "78% of de-labelled patients later received a penicillin when they needed an antibiotic, with no serious reactions. The antibiotic cost saving is estimated at £18,000 a year.",
      kind="innovation_story", services=["other"], impacts=["improved_patient_care", "cost_saved"], about=["inn-pen-delabel-wards"])
lesson("lesson-book-challenges-mornings", "Book drug challenges in the morning", DCU,
       "Afternoon drug provocation tests overran because delayed reactions needed observation beyond the unit's closing time.",
       "Book all drug challenges to start before 11:00.", owner="person-gwen-pritchard", category="scheduling")
# distractors: label
inn("inn-label-printers", "New label printers in outpatients cut reprinted labels by half", "person-olivia-grant", "Digital Services",
    "Reception staff at Ferncliffe outpatients were reprinting patient ID labels several times a day because the old thermal printers jammed and smudged barcodes.",
    "We replaced 14 label printers, set up a default label template per clinic and moved printer support to the service desk. The allergy and immunology clinics were the first to go live.",
    stage="implemented", itype="digital", kw=["labels", "printers", "outpatients"])
lesson("lesson-specimen-labels", "Unlabelled specimens sent from the immunology clinic were rejected", IM,
       "Eight blood samples in one month were rejected because the tube labels were handwritten or missing, so patients had to come back.",
       "Label every tube at the chair from the printed label sheet, never in advance.", owner="person-yvonne-bell", category="patient safety")
inn("inn-catering-allergen-labels", "Allergen labels on every ward meal tray", "person-grace-whitfield", "Catering and Hotel Services",
    "A patient with a sesame allergy was served a meal containing tahini because the menu card did not show allergens.",
    "Every hot and cold meal now carries a printed label listing the 14 major allergens it contains, and ward hosts check the patient's diet code before handing over a tray. Staff had allergen awareness training.",
    stage="implemented", itype="process_admin", kw=["allergens", "food labelling", "catering"])

# ---------- B. anaphylaxis and adrenaline auto-injectors ----------
inn("inn-aai-teach-back", "Teach-back training for adrenaline auto-injector use", "person-megan-lloyd", AL,
    "When we asked patients to show us how to use their adrenaline pen, fewer than half could do it correctly, and many had never been shown.",
    "Every patient prescribed an adrenaline auto-injector (AAI) now has a 15-minute session with a nurse using a trainer device and the teach-back method: the patient demonstrates, we correct, they demonstrate again. We cover when to use it (anaphylaxis signs: breathing, throat tightness, collapse), carrying two devices, lying down with legs raised and calling 999. The session is repeated at every follow-up.",
    stage="evaluated", team=[("person-maria-santos", "team_member")], kw=["AAI", "anaphylaxis", "patient education"],
    outcomes=[("Patients demonstrating correct technique", "46%", "91%")], itype="education_training")
inn("inn-ed-anaphylaxis-pathway", "Emergency department anaphylaxis pathway with timed tryptase", "person-mark-devlin", "Emergency Department liaison",
    "People treated for anaphylactic reactions in the emergency department were often sent home without a mast cell tryptase level, an adrenaline pen or a referral to the allergy clinic.",
    "A one-page pathway sits in the ED resus area: take tryptase as soon as possible, again at 1-2 hours and at 24 hours or later; observe for at least six hours after adrenaline; prescribe two adrenaline auto-injectors and show the patient how to use them; refer to allergy using the e-referral. The allergy nurses audit ED attendances coded as anaphylaxis each month.",
    stage="embedded", team=[("person-megan-lloyd", "clinical_champion")], kw=["anaphylaxis", "tryptase", "emergency department"], subjects=["Anaphylaxis"],
    outcomes=[("Patients referred to allergy after ED anaphylaxis", "38%", "87%")])
story("story-lks-aai-expiry", "Can out-of-date adrenaline pens still be used? An evidence summary for pharmacy", LKS, "Pharmacy technician",
      "Patients kept asking whether an expired epinephrine autoinjector is better than nothing, and pharmacy wanted a consistent answer.",
      "The library searched for studies on the adrenaline content of expired auto-injectors and summarised them in a one-page answer.",
      "Pharmacy and the allergy nurses now give the same advice: use an expired pen if it is the only one available, and replace pens before they expire. An expiry text reminder is being tested.",
      asked="person-maria-santos", working=["person-kate-osborne"], services=["literature_search", "evidence_summary"], impacts=["informed_decision", "changed_practice"])
lesson("lesson-two-pens", "Prescribe two adrenaline pens, always", AL,
       "Patients who had a second reaction before help arrived needed a second dose of adrenaline; those with one pen had none.",
       "Prescribe and teach two auto-injectors for every patient at risk of anaphylaxis.", polarity="sustain", owner="person-megan-lloyd", category="clinical")
aar("cap-aar-spt-anaphylaxis", "After action review: anaphylaxis during skin prick testing in clinic", AL, "2025-02-11",
    "A patient developed anaphylaxis 10 minutes after skin prick testing to a food panel. The team met the next day to learn from it.",
    "Routine skin prick testing with a standard food panel; results read at 15 minutes.",
    "The patient became wheezy and hypotensive. Adrenaline was given at 4 minutes from the first symptom. The emergency box was complete but the oxygen cylinder was nearly empty.",
    why="The cylinder check was on the weekly list, not the daily list.",
    sustain=["Adrenaline given quickly by the healthcare scientist", "Clear role allocation"], improve=["Daily check of oxygen and suction in every testing room"],
    facilitator="person-david-ng", participants=["person-harriet-king", "person-megan-lloyd", "person-hamid-karimi"])
inn("inn-perioperative-anaphylaxis", "Investigating suspected anaphylaxis under general anaesthesia", "person-andrew-pike", AL,
    "Patients who reacted during an operation waited months to be told which drug was responsible, and some had their surgery cancelled indefinitely.",
    "A joint clinic with the anaesthetists sees patients with suspected perioperative anaphylaxis within 8 weeks. The anaesthetic chart and tryptase results are reviewed before the visit; we skin test to the neuromuscular blocking agents, antibiotics and chlorhexidine given, and write a clear plan for future anaesthesia.",
    stage="implemented", team=[("person-hamid-karimi", "team_member")], kw=["anaesthesia", "neuromuscular blocking agents", "chlorhexidine"])
lesson("lesson-trainer-pens", "Keep trainer pens apart from real adrenaline pens", AL,
       "A trainer device was handed to a patient in place of a live auto-injector because both were stored in the same drawer.",
       "Store trainer devices in a separate labelled box in the teaching room only.", owner="person-maria-santos", category="equipment")
# distractors: pen, shock
inn("inn-pen-portraits", "Pen portraits of our consultants on the network website", "person-amber-quinn", "Communications",
    "Patients told us they wanted to know who they would be seeing before their first appointment.",
    "Each consultant and nurse specialist wrote a short pen portrait with a photo, which the communications team edited and published on the website.",
    stage="implemented", itype="other", kw=["website", "communications"])
lesson("lesson-electric-shock-kettle", "Electric shock from an untested kettle in the clinic kitchen", "Health and Safety",
       "A receptionist received a minor electric shock from a kettle that staff had brought from home and that had never been PAT tested.",
       "Only use portable electrical equipment that has a current PAT test sticker.", owner="person-martin-cole", category="health and safety")
story("story-culture-shock", "Easing the culture shock for internationally educated nurses", "Nursing", "Lead nurse, allergy and immunology",
      "Nurses joining us from overseas described a culture shock: unfamiliar abbreviations, informal first names, and being unsure when to escalate.",
      "We set up a buddy scheme, a glossary of local abbreviations and monthly coffee mornings.",
      "All six nurses recruited in 2025 stayed beyond their first year.", kind="km_success_story", asked="person-yvonne-bell", services=["other"], impacts=["service_development"])

# ---------- C. hereditary angioedema ----------
inn("inn-hae-home-icatibant", "Home self-treatment of swelling attacks in hereditary angioedema", "person-raj-bhatt", HAE,
    "People with HAE were travelling to hospital for every attack, waiting in ED for C1 inhibitor, and sometimes having a tracheostomy-risk throat swelling while they waited.",
    "The HAE nurse trains patients and a family member to give icatibant subcutaneously or C1 esterase inhibitor intravenously at home at the first sign of an attack. Training takes three visits; patients keep an attack diary and phone the nurse after every treatment. Stock is delivered by homecare.",
    stage="evaluated", team=[("person-helen-marsh", "co_lead"), ("person-ruth-abbott", "patient_partner")],
    kw=["HAE", "C1 inhibitor", "icatibant", "home therapy"], subjects=["Angioedemas, Hereditary"],
    outcomes=[("Median time from attack onset to treatment", "5.5 hours", "40 minutes"), ("ED attendances for HAE", "46 a year", "9 a year")])
inn("inn-hae-emergency-letter", "HAE emergency letter and ED alert so attacks are not treated as allergy", "person-helen-marsh", HAE,
    "Emergency staff gave adrenaline, antihistamine and steroids to patients with hereditary angio-oedema, none of which work for bradykinin swelling.",
    "Every patient carries a letter explaining their diagnosis and what to give, and an alert is placed on the ED system. The ED liaison consultant added HAE to the ED anaphylaxis teaching.",
    stage="implemented", team=[("person-mark-devlin", "team_member"), ("person-raj-bhatt", "team_member")], kw=["HAE", "emergency department", "alert"])
story("story-lks-hae-prophylaxis", "Evidence summary on long-term prophylaxis for hereditary angioedema", LKS, "Consultant immunologist",
      "Dr Marsh needed to compare the newer preventive treatments (lanadelumab, berotralstat, C1 inhibitor) for a business case.",
      "The librarian searched for trials, NICE technology appraisals and cost data and produced a comparison table.",
      "The business case was approved and eleven patients started prophylaxis.", asked="person-helen-marsh", working=["person-kate-osborne"],
      services=["literature_search", "evidence_summary"], impacts=["informed_decision", "improved_patient_care"])
lesson("lesson-bradykinin-no-adrenaline", "Bradykinin swelling does not respond to adrenaline", HAE,
       "A patient with hereditary angio-oedema was given three doses of adrenaline for tongue swelling with no effect before C1 inhibitor was found.",
       "When swelling has no hives and no itch, think of bradykinin angio-oedema and give the patient's own emergency plan.", owner="person-raj-bhatt", category="clinical")
lesson("lesson-hae-dental", "Plan short-term prophylaxis before dental work", HAE,
       "Two attacks of facial swelling followed dental extractions done without warning the HAE team.",
       "Give dental teams the HAE letter and arrange pre-procedure C1 inhibitor.", owner="person-helen-marsh", category="clinical")
# distractors: attack, patch, port
aar("cap-aar-phishing", "After action review: phishing attack on the booking mailbox", "Digital Services", "2025-07-02",
    "A phishing e-mail led to a compromised booking mailbox; we reviewed our response.",
    "Suspicious e-mail reported and quarantined within an hour.",
    "Two staff clicked the link; the attack was contained after four hours when the account was reset.",
    sustain=["Fast reporting by the booking team"], improve=["Multi-factor authentication on shared mailboxes"],
    facilitator="person-priya-sandhu", participants=["Booking team leader", "Service desk analyst"])
inn("inn-it-patching", "A monthly patching window for clinic computers", "person-priya-sandhu", "Digital Services",
    "Security patches were installed during clinics, restarting PCs in the middle of consultations.",
    "Patches now install on the second Tuesday evening of each month; clinic PCs are left on and logged off.", stage="implemented", itype="digital", kw=["cyber security", "patch"])
lesson("lesson-downtime-packs", "Keep paper downtime packs for a cyber attack", "Digital Services",
       "During a regional ransomware attack clinics could not see appointment lists.",
       "Print next-day clinic lists each evening and keep paper downtime packs in each clinic.", owner="person-priya-sandhu", category="business continuity")
lesson("lesson-usb-ports", "Blocked USB ports stopped the spirometer download", "Digital Services",
       "When USB ports were locked down for security, the spirometer in the allergy clinic could no longer export results.",
       "Check medical devices before applying port lockdown policies.", owner="person-priya-sandhu", category="equipment")

# ---------- D. immunoglobulin / primary immunodeficiency ----------
inn("inn-scig-home", "Home subcutaneous immunoglobulin training programme", "person-claire-fenwick", IM,
    "Patients with primary antibody deficiency came to hospital every three to four weeks for intravenous immunoglobulin, losing a day of work or school each time.",
    "The immunology nurse specialist runs a six-session training programme so that patients can give subcutaneous immunoglobulin (SCIG) at home with a small syringe driver pump. Patients learn aseptic technique, site rotation, pump set-up and what to do about local reactions; competence is signed off before they go home, and the homecare company delivers product and consumables.",
    stage="embedded", team=[("person-oluwaseun-adeyemi", "clinical_champion")], kw=["SCIG", "immunoglobulin", "home therapy", "PID"], subjects=["Primary Immunodeficiency Diseases", "Immunoglobulins"],
    outcomes=[("Patients on home therapy", "12", "58")])
inn("inn-ivig-chairs", "Moving IVIG infusions into a chair-based day unit", "person-ellie-morgan", IM,
    "Intravenous immunoglobulin infusions were given on beds in a ward bay, competing with inpatient admissions.",
    "We moved IVIG to six reclining chairs in the day unit with rate-escalation protocols, booked in two sessions a day.", stage="implemented",
    kw=["IVIG", "day unit"], outcomes=[("Cancelled infusions", "7 a month", "1 a month")])
story("story-lks-pid-warning-signs", "Warning signs of primary immunodeficiency: teaching pack for GPs", LKS, "Consultant immunologist",
      "Dr Adeyemi felt patients with antibody deficiency were diagnosed years late after repeated chest infections and wanted an evidence-based teaching session.",
      "The librarian found studies on diagnostic delay and on the warning-signs lists and built a reading list and slides.",
      "The session was given at three GP education events; referrals with 'recurrent infections' rose the following quarter.",
      asked="person-oluwaseun-adeyemi", working=["person-kate-osborne"], services=["literature_search", "training"], impacts=["education_cpd"])
lesson("lesson-igg-trough", "Check the trough IgG before changing the dose", IM,
       "Doses of immunoglobulin were increased after infections without a trough IgG level, which led to unnecessary use of a scarce product.",
       "Measure trough IgG and review the infection diary before any dose change.", owner="person-oluwaseun-adeyemi", category="clinical")
cap("cap-retro-home-therapy", "Retrospect: two years of home immunoglobulin therapy", IM, "retrospect", "2026-01-20",
    "To look back on the home SCIG programme before applying for funding to expand it.",
    {"objectives": ["Move half of immunoglobulin patients to home therapy", "Keep infection rates the same"],
     "achieved": ["58 patients at home", "No rise in serious infections"],
     "improvements": [{"point": "Homecare deliveries missed twice", "why": "Single delivery contract with no escalation route"}],
     "recommendations": ["Name a homecare link nurse", "Offer a pump refresher after long gaps"], "satisfaction_score": 8},
    facilitator="person-david-ng", participants=["person-claire-fenwick", "person-oluwaseun-adeyemi", "person-ellie-morgan"], context=["inn-scig-home"])
lesson("lesson-pump-refresher", "Patients forget pump settings after long breaks", IM,
       "Patients who stopped home infusions for a holiday or illness made errors with the syringe driver when restarting.",
       "Offer a short refresher visit before restarting home infusions after a gap of more than eight weeks.", owner="person-claire-fenwick", category="training")
inn("inn-ig-demand-panel", "Immunoglobulin demand management panel during supply shortages", "person-oluwaseun-adeyemi", IM,
    "National shortages of immunoglobulin meant we had to prioritise which patients received it.",
    "A monthly panel of immunology, neurology and haematology reviews every new request against the national commissioning criteria and the prioritisation colour bands.",
    stage="embedded", team=[("person-tom-greaves", "team_member")], kw=["immunoglobulin", "shortage", "prioritisation"])
story("story-antibody-patient", "'I used to be off work every month with a chest infection'", IM, "Patient",
      "Before my diagnosis I had pneumonia three times in two years. Nobody told me my body wasn't making enough antibodies.",
      "The immunology team started me on an infusion every few weeks in hospital and then taught me to give my top-up injections at home with a little pump.",
      "I haven't had a hospital admission since and I do my treatment on Sunday evenings in front of the telly.",
      kind="innovation_story", services=["other"], impacts=["improved_patient_care"], about=["inn-scig-home"])
# distractors: pump, immunity
inn("inn-heat-pumps", "Air source heat pumps at Ferncliffe outpatients", "person-carl-jennings", "Estates",
    "The gas boilers at the outpatient building were at the end of their life and accounted for a third of its carbon emissions.",
    "Four air source heat pumps replaced the boilers, funded by a public sector decarbonisation grant.", stage="implemented", itype="other", kw=["net zero", "heat pump"])
story("story-flu-immunity", "78% of staff vaccinated against flu", "Occupational Health", "Occupational health manager",
      "Staff flu vaccine uptake had fallen to 52% and there were outbreaks of flu among staff in January.",
      "Peer vaccinators visited every clinic with a trolley; myth-busting posters explained how vaccines build immunity.",
      "Uptake reached 78%, the best in the region.", kind="km_success_story", asked="person-paul-osei", services=["other"], impacts=["service_development"])
