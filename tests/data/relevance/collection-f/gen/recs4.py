from lib import *
SA = "Arthroplasty unit"
PH = "Public Health, Wexcalder Council"
GP = "Calder Valley GP Federation"
CD = "Community Dental Service"
SH = "Wexmoor Sexual Health and HIV Service"
les("les-hip-precautions","Dropping routine hip precautions after posterior approach THA","Rehabilitation, St Aldhelm's","person-beth-lorimer",
 "Strict hip precautions (no bending past 90 degrees, raised toilet seats) after total hip arthroplasty did not reduce dislocation and delayed return to normal activity.",
 "Stop blanket hip precautions; give individual advice where the surgeon asks for it.",polarity="sustain",kw=["THA","dislocation","occupational therapy"])
peer("cap-peer-assist-day-case-knee","Peer assist before starting day-case partial knee replacement",SA,"2026-06-25","person-olu-bankole",
 "Learn from a unit already sending unicompartmental knee replacement patients home the same day.",
 "St Aldhelm's arthroplasty team","How to select patients, manage pain overnight and staff the late discharge for UKR.",
 insights=["Nerve block plus periarticular infiltration","Physio on the late shift","Phone call at 8am next day"],parts=["person-rhian-caddick","person-beth-lorimer","person-sian-pugh"],kw=["UKR","day surgery"])
sto("story-nerve-block","Adductor canal block evidence changed anaesthesia for knee replacement","Library and Knowledge Service","Consultant anaesthetist",
 "The anaesthetists wanted to know whether an adductor canal block gave as good pain relief as a femoral nerve block without leg weakness after total knee arthroplasty.",
 "Search of Cochrane, Medline and Embase and a critical appraisal of two meta-analyses, presented at the anaesthesia department meeting.",
 "The regional anaesthesia protocol was changed; patients walk earlier and falls on the ward after knee surgery fell.",working=["person-helen-marsh"],kw=["regional anaesthesia","analgesia","TKA"])
les("les-wound-ooze","Wound discharge after hip replacement caused unnecessary readmissions",SA,"person-rhian-caddick",
 "Patients who rang about a leaking wound after hip surgery were told to attend ED, and several were readmitted for a dry wound.",
 "Give a wound ooze advice line and photo review by the arthroplasty nurse before asking patients to come in.",context="A persistent serous discharge from the wound is common in the first week after THR and is usually managed with dressings.",kw=["wound","surgical site infection"])
inn("inn-back-pain-app","Self-management app for people with a bad back","Calder South PCN","person-tom-ashworth",
 "People with back ache were waiting weeks to see someone and got conflicting advice.",
 "A digital self-management programme (exercises, pacing, sleep and work advice) offered by the FCP and the spinal MDT to people with low back pain who do not need surgery.",kw=["back pain","self-management","digital"],team=["person-oluwaseun-adeyemi"],stage="testing")
inn("inn-myoelectric-hand","Myoelectric hands for upper limb amputees","Prosthetics and orthotics, St Aldhelm's","person-kofi-mensah",
 "People who had lost a hand had only cosmetic or body-powered options.",
 "A funded pathway for multi-grip myoelectric prostheses ('bionic hands') with occupational therapy training.",kw=["upper limb","prosthesis"],setting="acute")
les("les-diabetic-foot-insoles","Custom insoles for diabetic feet need review every six months","Prosthetics and orthotics, St Aldhelm's","person-hannah-quayle",
 "Two people with diabetic neuropathy developed foot ulcers under worn orthotic insoles.",
 "Review custom foot orthoses for high-risk diabetic feet every six months.",kw=["diabetic foot","orthoses"])
les("les-smokefree-grounds","People still smoke at the front entrance","Public Health, Wexcalder Council","person-jo-kettering",
 "Patients and visitors smoke at the main entrance of St Aldhelm's despite the smoke-free site policy.",
 "Offer NRT on admission and a friendly 'can I help you quit?' approach rather than enforcement.",kw=["tobacco","smoke-free"])
inn("inn-quit-line","Stop smoking support by phone line",PH,"person-jo-kettering",
 "Smokers in rural villages could not get to weekly sessions.",
 "A telephone line with a named adviser, carbon monoxide readings by home monitor and NRT posted out.",kw=["stop smoking service","telephone"])
les("les-vaping-youth","Disposable vapes in secondary schools",PH,"person-jo-kettering",
 "Schools reported pupils vaping disposable e-cigarettes in toilets.",
 "Vapes are for adult smokers trying to quit; work with trading standards on underage sales.",kw=["vaping","young people"])
inn("inn-glp1-pathway","Weight-loss injections: a primary care pathway for tirzepatide","Medicines Optimisation, NHS Wexcalder ICB","person-nadia-haq",
 "Demand for GLP-1 and GIP weight-loss injections rose sharply after NICE TA1026, and practices had no agreed way to prioritise patients or provide the wraparound care that NICE requires.",
 "We wrote a primary care pathway for tirzepatide for obesity. Patients are prioritised in the cohorts set by NHS England, starting with BMI 40 or more plus several weight-related conditions. Before the first injection the patient has a structured conversation with a PCN pharmacist or nurse about realistic weight loss, side effects such as nausea, constipation and gallstones, contraception for women of childbearing age and what happens when the medicine stops. Wraparound care (diet, physical activity and behavioural support) is provided by the council's tier 2 digital programme, with dietitian input from the tier 3 service for those who need it. Doses are titrated every four weeks. The PCN pharmacist reviews weight, HbA1c, blood pressure and side effects at 3 and 6 months, and stops treatment if less than 5% of body weight has been lost at six months. Prescriptions go through EPS to the patient's nominated community pharmacy, which also gives injection technique advice and sharps bins. We tested the pathway in two PCNs first.",
 kw=["obesity","GLP-1","Mounjaro","weight management"],team=["person-ruth-abiodun","person-gemma-stott"],stage="testing")
les("les-weight-scales","Surgery scales only went up to 150 kg","Calder North PCN","person-nadia-haq",
 "Several patients could not be weighed at the practice because the scales stopped at 150 kg.",
 "Buy bariatric scales (to 300 kg) and a large BP cuff for each PCN.",kw=["bariatric","equipment"])
sto("story-parkrun-practice","Our surgery became a parkrun practice","Moorside Surgery","Practice nurse",
 "Patients wanted to get fitter and lose weight but said gyms were expensive.",
 "The practice linked with the local parkrun; staff volunteer and GPs social prescribe a walk or jog on Saturday.",
 "Forty patients have taken part; several say they have lost weight and feel less lonely.",kind="km_success_story",who="person-lucy-fenwick",working=["person-patrick-doyle"])
les("les-rsv-vaccine-older","RSV vaccine for 75-79s: tell people it is one dose only",PH,"person-sam-okoro",
 "Patients thought the new respiratory syncytial virus vaccine was yearly like the flu jab.",
 "Say clearly in invitations that RSV vaccination is a single dose.",kw=["RSV","vaccination","older people"])
les("les-vaccine-hesitancy","Listen first with parents who are unsure about vaccines",PH,"person-sam-okoro",
 "Leaflets did not change the minds of hesitant parents; a conversation with a trusted nurse did.",
 "Train practice nurses in motivational conversations about vaccination.",polarity="sustain",kw=["hesitancy","MMR","jabs"])
inn("inn-breast-screening-van","Breast screening van in supermarket car parks",PH,"person-claire-denby",
 "Women in the east of the county had to travel to the hospital for their mammogram and many did not go.",
 "The mobile breast screening unit now parks at two supermarkets on a rota. Invitations give the location and free parking. Sexual health and stop smoking staff have joined some days.",kw=["mammography","breast cancer screening","mobile unit"],setting="community")
les("les-fit-threshold","Lowering the FIT threshold raised colonoscopy demand",PH,"person-claire-denby",
 "When the bowel cancer screening FIT threshold was lowered, the endoscopy unit was not ready for the extra colonoscopies.",
 "Model endoscopy demand with the provider before any change to the screening threshold.",kw=["bowel screening","colonoscopy"])
les("les-dbs-checks","Pre-employment screening delayed new starters","People Team, NHS Wexcalder ICB","person-liam-fairbrother",
 "New staff waited eight weeks for DBS and reference checks before starting.",
 "Start pre-employment screening checks at conditional offer.",kw=["recruitment","DBS"])
inn("inn-domiciliary-dental","Dental visits at home for people who cannot get to a surgery",CD,"person-megan-oduya",
 "Housebound people and care home residents could not get dental treatment.",
 "A domiciliary dentist and dental nurse visit with portable equipment for examinations, denture repairs and simple extractions.",kw=["domiciliary","care homes","dentures"],setting="community")
sto("story-dental-asylum","Getting dental care for people seeking asylum",CD,"Refugee support worker",
 "People in the asylum hotel had dental pain and could not register with a dentist.",
 "Megan arranged sessions at the community dental clinic with interpreters.",
 "Sixty people treated; no ED attendances for toothache from the hotel in three months.",kind="km_success_story",working=["person-megan-oduya"])
les("les-hiv-late-diagnosis","Review every late HIV diagnosis",SH,"person-amaka-nwosu",
 "Several people diagnosed with HIV at a CD4 count below 350 had seen their GP with indicator conditions.",
 "Review each late diagnosis and feed back missed testing opportunities to primary care.",kw=["HIV testing","missed opportunities"])
inn("inn-emergency-contraception-pharmacy","Free emergency contraception and the pill from pharmacies",SH,"person-ellie-tranter",
 "Young women could not get the morning after pill at weekends.",
 "Pharmacies supply emergency hormonal contraception free and start oral contraception under a PGD.",kw=["EHC","contraception"],team=["person-priti-desai"],setting="community")
les("les-syphilis-rise","Syphilis cases doubled: test more widely",SH,"person-amaka-nwosu",
 "Infectious syphilis diagnoses doubled in two years, many in heterosexual people.",
 "Include syphilis in every STI screen and postal kit.",kw=["STI","syphilis"])
les("les-thrush-discharge","Leaflet on vaginal discharge reduced repeat visits",SH,"person-ellie-tranter",
 "Many clinic visits were for normal discharge or thrush.",
 "Give a leaflet on what is normal discharge and when to self-treat.",polarity="sustain",kw=["vaginal discharge","candida"])
les("les-pharmacy-closures","Pharmacy closures left a town without late opening",CP:="Local Pharmaceutical Committee","person-callum-reid",
 "Two pharmacies closed and the town had no pharmacy open after 6pm.",
 "Review pharmaceutical needs assessment gaps when a pharmacy closes.",kw=["PNA","access"])
inn("inn-green-inhalers","Switching to low-carbon inhalers","Medicines Optimisation, NHS Wexcalder ICB","person-gemma-stott",
 "Metered dose inhalers are a large part of primary care's carbon footprint.",
 "Practices review asthma and COPD patients and switch suitable ones to dry powder inhalers.",kw=["net zero","asthma","COPD"])
inn("inn-low-vision","Low vision service in optometry practices","Wexcalder Local Optical Committee","person-joe-whitlock",
 "People with poor eyesight from macular degeneration waited a year for magnifiers.",
 "Optometrists assess for low vision aids and link people to sight loss charities.",kw=["sight loss","magnifiers","AMD"],setting="community")
les("les-community-champions","Community champions explained the health checks better than letters","Population Health, NHS Wexcalder ICB","person-aisha-rahman",
 "In Wexmoor East, uptake of NHS Health Checks and screening rose where paid community champions spoke to people.",
 "Fund community champions for Core20PLUS5 neighbourhoods.",polarity="sustain",kw=["health inequalities","engagement"])
inn("inn-cloud-telephony","Cloud telephony ends the engaged tone","Digital, NHS Wexcalder ICB","person-neil-barraclough",
 "Patients got an engaged tone when ringing the surgery.",
 "Cloud-based telephony with queue position, call-back and call data for practices.",kw=["telephony","access"],team=["person-gareth-howells"])
les("les-online-form-capacity","Closing the online form at capacity backfired",GP,"person-imran-bashir",
 "Switching off online consultation at 10am pushed patients back onto the phones.",
 "Keep the online consultation form open all day and triage by need.")
inn("inn-social-prescribing","Social prescribing link workers for loneliness and money worries",GP,"person-gareth-howells",
 "GP appointments were used for problems that were not medical.",
 "Link workers take referrals from reception and GPs for loneliness, debt and housing.",kw=["social prescribing"])
les("les-hand-gel-recall","Recall of a batch of hand sanitiser","Estates, St Aldhelm's","person-mark-tolley",
 "A supplier recall notice for hand gel was not acted on for two weeks.",
 "Route every product recall notice to one inbox with a named owner.",kw=["product recall","safety alert"])
les("les-mobile-phones-clinic","Patients filming consultations on mobile phones",GP:="Digital Services, Calder Valley GP Federation","person-theo-marchetti",
 "Staff were unsure what to do when patients recorded them on their phones.",
 "Publish a policy on mobile phones and recording in practices.",kw=["mobile phones","recording"])
sto("story-knowledge-hub","Knowledge hub brings ICS guidance into one place","Library and Knowledge Service","ICB director",
 "Staff could not find the latest local pathways.",
 "The LKS built a knowledge hub on the intranet with pathways, evidence summaries and the expertise directory.",
 "Used 4,000 times a month.",kind="km_success_story",working=["person-helen-marsh","person-olu-bankole"])
