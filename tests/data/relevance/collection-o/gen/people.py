from lib import person
N = "nursing_midwifery_registered"; M = "medical_dental"; A = "administrative_clerical"; E = "estates_ancillary"; S = "healthcare_scientists"; P = "add_prof_scientific_technical"; H = "allied_health_professionals"
person("person-aisha-rahman", "Aisha", "Rahman", "Consultant allergist", "Drug Allergy Service",
       "I lead the drug allergy service: penicillin allergy testing, drug challenges and helping wards sort out allergy labels that are wrong.",
       [("Penicillin allergy de-labelling", "expert", [("inn-direct-oral-amoxicillin", "lead"), ("inn-pen-delabel-wards", "co-lead"), ("story-lks-pen-fast", "requester")]),
        ("Drug allergy", "expert", [("inn-direct-oral-amoxicillin", "lead"), ("inn-drug-allergy-passport", "adviser")])], ("be_contacted", "speak", "peer_assist"), M)
person("person-sophie-adams", "Sophie", "Adams", "Drug allergy nurse specialist", "Drug Allergy Service",
       "I go round the wards taking allergy histories and doing amoxicillin challenges so people can have penicillin again.",
       [("Penicillin allergy", "expert", [("inn-pen-delabel-wards", "lead"), ("lesson-tell-gp-pen", "owner"), ("cap-aar-delabel-first-month", "participant"), ("cap-peer-assist-delabel-surgery", "peer")])],
       ("be_contacted", "peer_assist", "mentor"), N)
person("person-tom-greaves", "Tom", "Greaves", "Specialist pharmacist, allergy and immunology", "Pharmacy",
       "Pharmacist for the allergy and immunology services. Ask me about drug allergy records, immunoglobulin supply and medicines for the clinics.",
       [("Drug allergy documentation", "expert", [("lesson-allergy-free-text", "owner"), ("inn-drug-allergy-passport", "lead")]),
        ("Immunoglobulin supply", "practitioner", [("inn-ig-demand-panel", "team member")]),
        ("Penicillin allergy", "practitioner", [("inn-pen-delabel-wards", "team member")])], ("be_contacted", "review"), P)
person("person-megan-lloyd", "Megan", "Lloyd", "Allergy clinical nurse specialist", "Adult Allergy Service",
       "I teach patients how to use their adrenaline pens and run the nurse advice line. Anaphylaxis education is my thing.",
       [("Anaphylaxis", "expert", [("inn-aai-teach-back", "lead"), ("lesson-two-pens", "owner"), ("inn-ed-anaphylaxis-pathway", "clinical champion"), ("cap-aar-spt-anaphylaxis", "participant")]),
        ("Adrenaline auto-injectors", "expert", [("inn-aai-teach-back", "lead")]),
        ("Nurse advice line", "practitioner", [("inn-nurse-advice-line", "lead")])], ("be_contacted", "speak", "mentor"), N)
person("person-maria-santos", "Maria", "Santos", "Pharmacy technician", "Pharmacy",
       "I look after stock of adrenaline pens and trainer devices for the clinics.",
       [("Adrenaline pen stock", "practitioner", [("lesson-trainer-pens", "owner"), ("story-lks-aai-expiry", "requester"), ("inn-aai-teach-back", "team member")])], ("be_contacted",), P)
person("person-mark-devlin", "Mark", "Devlin", "Consultant in emergency medicine (allergy liaison)", "Emergency Department liaison",
       "Emergency medicine consultant and ED link for the allergy network.",
       [("Anaphylaxis in the emergency department", "expert", [("inn-ed-anaphylaxis-pathway", "lead")]),
        ("Hereditary angioedema emergencies", "aware", [("inn-hae-emergency-letter", "team member")])], ("be_contacted", "speak"), M)
person("person-andrew-pike", "Andrew", "Pike", "Consultant allergist", "Adult Allergy Service",
       "Perioperative allergy and latex allergy. I work closely with the anaesthetists.",
       [("Perioperative anaphylaxis", "expert", [("inn-perioperative-anaphylaxis", "lead")]),
        ("Latex allergy", "expert", [("inn-latex-pathway", "lead"), ("lesson-latex-balloons", "owner")])], ("be_contacted", "review"), M)
person("person-raj-bhatt", "Raj", "Bhatt", "HAE clinical nurse specialist", "Hereditary Angioedema Service",
       "I support people with hereditary angioedema to treat their own swellings at home.",
       [("Hereditary angioedema", "expert", [("inn-hae-home-icatibant", "lead"), ("lesson-bradykinin-no-adrenaline", "owner"), ("inn-hae-emergency-letter", "team member")]),
        ("Home self-treatment", "expert", [("inn-hae-home-icatibant", "lead")])], ("be_contacted", "mentor", "peer_assist"), N)
person("person-helen-marsh", "Helen", "Marsh", "Consultant immunologist", "Hereditary Angioedema Service",
       "Consultant immunologist, lead for the HAE service and the network's rare disease work.",
       [("HAE", "expert", [("inn-hae-emergency-letter", "lead"), ("inn-hae-home-icatibant", "co-lead"), ("story-lks-hae-prophylaxis", "requester"), ("lesson-hae-dental", "owner")])], ("be_contacted", "speak"), M)
person("person-ruth-abbott", "Ruth", "Abbott", "Patient partner", "Hereditary Angioedema Service",
       "I have lived with HAE for thirty years and help the team design services from the patient side.",
       [("Living with hereditary angioedema", "practitioner", [("inn-hae-home-icatibant", "patient partner")])], ("speak",), None)
person("person-oluwaseun-adeyemi", "Oluwaseun", "Adeyemi", "Consultant immunologist", "Clinical Immunology",
       "Primary immunodeficiency and immunoglobulin replacement. I also chair the immunoglobulin panel.",
       [("Primary immunodeficiency", "expert", [("story-lks-pid-warning-signs", "requester"), ("lesson-igg-trough", "owner"), ("inn-scig-home", "clinical champion")]),
        ("Immunoglobulin replacement", "expert", [("inn-ig-demand-panel", "lead"), ("lesson-igg-trough", "owner"), ("cap-retro-home-therapy", "participant")])], ("be_contacted", "speak", "review"), M)
person("person-claire-fenwick", "Claire", "Fenwick", "Immunology nurse specialist", "Clinical Immunology",
       "I train patients to give their immunoglobulin at home.",
       [("Home SCIG", "expert", [("inn-scig-home", "lead"), ("lesson-pump-refresher", "owner"), ("cap-retro-home-therapy", "participant")])], ("be_contacted", "mentor"), N)
person("person-ellie-morgan", "Ellie", "Morgan", "Day unit sister, immunology", "Clinical Immunology",
       "I run the chairs on the infusion day unit.",
       [("IVIG infusions", "practitioner", [("inn-ivig-chairs", "lead"), ("cap-retro-home-therapy", "participant")])], ("be_contacted",), N)
person("person-fiona-duggan", "Fiona", "Duggan", "Specialist allergy dietitian", "Food Allergy Service",
       "Dietitian for adults with food allergy. Milk ladders, reintroduction diets and eating out safely.",
       [("Food allergy diets", "expert", [("inn-milk-ladder-adults", "lead"), ("inn-peanut-oit", "team member"), ("inn-ofc-daycase", "team member")]),
        ("Cows' milk allergy", "expert", [("inn-milk-ladder-adults", "lead")])], ("be_contacted", "speak"), H)
person("person-sam-okafor", "Sam", "Okafor", "Consultant allergist, food allergy lead", "Food Allergy Service",
       "Food allergy in adults: food challenges and oral immunotherapy.",
       [("Oral food challenge", "expert", [("inn-ofc-daycase", "lead"), ("cap-bar-oit-launch", "participant")]),
        ("Oral immunotherapy", "expert", [("inn-peanut-oit", "lead"), ("lesson-tolerance-lost", "owner"), ("story-lks-oit-evidence", "requester")])], ("be_contacted", "speak", "peer_assist"), M)
person("person-gwen-pritchard", "Gwen", "Pritchard", "Sister, allergy day case unit", "Allergy Day Case Unit",
       "I run the day case unit where we do food and drug challenges.",
       [("Challenge testing", "practitioner", [("inn-ofc-daycase", "co-lead"), ("lesson-book-challenges-mornings", "owner"), ("cap-aar-baked-egg", "facilitator")])], ("be_contacted",), N)
person("person-ben-walsh", "Ben", "Walsh", "Transition nurse", "Food Allergy Service",
       "I help young people move from the children's allergy clinic to the adult clinic.",
       [("Transition to adult services", "expert", [("inn-transition-clinic", "lead")])], ("be_contacted", "speak"), N)
person("person-isabel-fox", "Isabel", "Fox", "Clinical psychologist", "Food Allergy Service",
       "I help people manage anxiety around food allergy and reactions.",
       [("Food allergy anxiety", "expert", [("lesson-anxiety-before-challenge", "owner"), ("inn-transition-clinic", "team member")])], ("be_contacted",), P)
person("person-ian-thorne", "Ian", "Thorne", "Allergy nurse specialist, immunotherapy", "Adult Allergy Service",
       "Bee and wasp sting allergy, venom immunotherapy.",
       [("Venom immunotherapy", "expert", [("inn-vit-cluster", "lead"), ("lesson-vit-dropout", "owner"), ("story-lks-venom-tryptase", "requester")])], ("be_contacted", "speak"), N)
person("person-lucy-barnes", "Lucy", "Barnes", "Consultant allergist", "Adult Allergy Service",
       "I run the urticaria clinic.",
       [("Chronic urticaria", "expert", [("inn-csu-omalizumab", "lead"), ("lesson-updose-antihistamines", "owner"), ("inn-uas7-form", "lead")])], ("be_contacted", "speak"), M)
person("person-nadia-hussain", "Nadia", "Hussain", "Allergy nurse specialist, rhinitis", "Adult Allergy Service",
       "Hay fever and allergen immunotherapy: tablets and injections.",
       [("Allergen immunotherapy", "expert", [("inn-slit-grass", "lead"), ("inn-scit-clinic", "lead"), ("lesson-slit-january", "owner"), ("story-lks-rhinitis", "requester")]),
        ("Urticaria", "practitioner", [("inn-csu-omalizumab", "team member")])], ("be_contacted", "mentor"), N)
person("person-lena-novak", "Lena", "Novak", "Research nurse", "Research and Development",
       "I support allergy trials.", [("Immunotherapy trials", "practitioner", [("inn-scit-clinic", "team member")])], ("be_contacted",), N)
person("person-harriet-king", "Harriet", "King", "Clinical scientist, allergy", "Adult Allergy Service",
       "I run skin prick testing and lung function for the allergy clinic.",
       [("Skin prick testing", "expert", [("inn-spt-scientist", "lead"), ("lesson-stop-antihistamines", "owner"), ("cap-aar-spt-anaphylaxis", "participant")])], ("be_contacted", "mentor"), S)
person("person-hamid-karimi", "Hamid", "Karimi", "Specialty registrar, allergy", "Adult Allergy Service",
       "Registrar in training, rotating through drug, food and perioperative allergy.",
       [("Drug allergy", "aware", [("inn-pen-delabel-wards", "team member")]), ("Perioperative anaphylaxis", "aware", [("inn-perioperative-anaphylaxis", "team member")]),
        ("Mould allergy", "aware", [("story-lks-mould", "requester")])], ("be_contacted",), M)
person("person-yvonne-bell", "Yvonne", "Bell", "Lead nurse, allergy and immunology", "Nursing",
       "Lead nurse for the network: workforce, standards and nursing governance.",
       [("Nursing workforce", "expert", [("story-career-ladder", "requester"), ("story-culture-shock", "requester")]),
        ("Specimen labelling", "practitioner", [("lesson-specimen-labels", "owner")])], ("be_contacted", "mentor"), N)
person("person-tariq-mahmood", "Tariq", "Mahmood", "Service manager", "Allergy and Immunology Management",
       "I manage outpatient access: referrals, advice and guidance, virtual clinics.",
       [("Advice and guidance", "expert", [("inn-advice-guidance", "lead")]), ("Virtual clinics", "practitioner", [("lesson-interpreters-video", "owner")])], ("be_contacted",), A)
person("person-jenny-clarke", "Jenny", "Clarke", "Booking coordinator", "Allergy and Immunology Management",
       "I book clinics and look after the phone lines.", [("Telephone advice line", "aware", [("inn-nurse-advice-line", "team member")])], ("be_contacted",), A)
person("person-kate-osborne", "Kate", "Osborne", "Clinical librarian", "Library and Knowledge Service",
       "I search the literature and write evidence summaries for the allergy and immunology teams.",
       [("Literature searching", "expert", [("story-lks-pen-fast", "librarian"), ("story-lks-hae-prophylaxis", "librarian"), ("story-lks-oit-evidence", "librarian"), ("story-lks-aai-expiry", "librarian")]),
        ("Evidence summaries", "expert", [("story-lks-pid-warning-signs", "librarian"), ("story-lks-rhinitis", "librarian"), ("story-lks-venom-tryptase", "librarian"), ("story-lks-mould", "librarian")])],
       ("be_contacted", "speak", "mentor"), P, lks=True)
person("person-david-ng", "David", "Ng", "Knowledge manager", "Library and Knowledge Service",
       "I facilitate after action reviews, retrospects and peer assists across the network.",
       [("After action reviews", "expert", [("cap-aar-delabel-first-month", "facilitator"), ("cap-aar-spt-anaphylaxis", "facilitator")]),
        ("Knowledge management", "expert", [("cap-retro-home-therapy", "facilitator"), ("cap-peer-assist-delabel-surgery", "facilitator"), ("cap-bar-oit-launch", "facilitator")])],
       ("be_contacted", "peer_assist", "speak", "mentor"), P, lks=True)
# trap people
person("person-joe-hartley", "Joe", "Hartley", "Sustainability officer", "Estates",
       "I look after the green plan and the rooftop hives. Happy to talk bees, wildflowers and carbon.",
       [("Beekeeping and hives", "expert", [("inn-rooftop-hives", "lead"), ("cap-cop-green-team", "facilitator")]), ("Sustainability", "expert", [("cap-cop-green-team", "facilitator")])], ("be_contacted", "speak"), E)
person("person-priya-sandhu", "Priya", "Sandhu", "Cyber security lead", "Digital Services",
       "Cyber security: phishing attacks, patching and device lockdown.",
       [("Cyber attack response", "expert", [("cap-aar-phishing", "facilitator"), ("lesson-downtime-packs", "owner")]), ("Patch management", "expert", [("inn-it-patching", "lead")]),
        ("USB port control", "practitioner", [("lesson-usb-ports", "owner")])], ("be_contacted",), A)
person("person-martin-cole", "Martin", "Cole", "Health and safety adviser", "Health and Safety",
       "Workplace safety: ladders, electrical safety, manual handling.",
       [("Ladder safety", "expert", [("lesson-step-ladder", "owner")]), ("Electric shock and PAT testing", "expert", [("lesson-electric-shock-kettle", "owner")])], ("be_contacted",), A)
person("person-shona-reid", "Shona", "Reid", "Security and violence reduction manager", "Security",
       "Zero tolerance of violence and aggression against staff.", [("Zero tolerance", "expert", [("inn-zero-tolerance", "lead")])], ("be_contacted",), E)
person("person-lee-armitage", "Lee", "Armitage", "Estates officer", "Estates",
       "Building condition, damp and mould, ventilation.", [("Damp and mould", "expert", [("inn-damp-mould-survey", "lead")])], ("be_contacted",), E)
person("person-zoe-fletcher", "Zoe", "Fletcher", "Staff wellbeing lead", "Staff Wellbeing",
       "Staff wellbeing: challenges, walking groups and keeping people well at work.", [("Step challenge", "expert", [("inn-step-challenge", "lead")])], ("be_contacted", "coffee_trial"), A)
person("person-carl-jennings", "Carl", "Jennings", "Mechanical engineer", "Estates",
       "Heating, pumps and plant rooms.", [("Heat pumps", "expert", [("inn-heat-pumps", "lead")])], ("be_contacted",), E)
person("person-amber-quinn", "Amber", "Quinn", "Communications officer", "Communications",
       "Website, pen portraits, media.", [("Pen portraits", "expert", [("inn-pen-portraits", "lead")])], ("be_contacted",), A)
person("person-olivia-grant", "Olivia", "Grant", "Service desk analyst", "Digital Services",
       "Printers, labels and clinic hardware.", [("Label printers", "expert", [("inn-label-printers", "lead")])], ("be_contacted",), A)
person("person-nathan-price", "Nathan", "Price", "Clinical engineer", "Clinical Engineering",
       "Medical devices, infusion pumps and alarm management.", [("Alarm desensitisation", "expert", [("inn-alarm-desensitisation", "lead")]), ("Infusion pumps", "practitioner", [("inn-alarm-desensitisation", "lead")])], ("be_contacted",), S)
person("person-paul-osei", "Paul", "Osei", "Occupational health nurse manager", "Occupational Health",
       "Staff immunisation, flu vaccination and sharps safety.",
       [("Staff immunity and vaccination", "expert", [("story-flu-immunity", "requester")]), ("Needlestick injuries", "practitioner", [("lesson-needlestick-resheathing", "owner")])], ("be_contacted",), N)
person("person-grace-whitfield", "Grace", "Whitfield", "Catering manager", "Catering and Hotel Services",
       "I make sure ward meals are labelled for allergens.", [("Food allergen labelling", "expert", [("inn-catering-allergen-labels", "lead")])], ("be_contacted",), E)
person("person-callum-ross", "Callum", "Ross", "Information analyst", "Performance and Information",
       "Dashboards and data for the allergy clinics.", [("Clinic dashboards", "practitioner", [("inn-uas7-form", "team member")])], ("be_contacted",), A)
