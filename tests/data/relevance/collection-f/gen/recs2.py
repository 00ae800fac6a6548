from lib import *
PH = "Public Health, Wexcalder Council"
GP = "Calder Valley GP Federation"
# ---------- immunisation ----------
inn("inn-mmr-catchup","MMR catch-up clinics in community venues",PH,"person-sam-okoro",
 "Measles vaccine uptake at five years was 84% in Wexmoor East, far below 95%.",
 "Pop-up vaccination clinics in mosques, a community centre and a supermarket, with call and recall by practices and interpreters on hand.",kw=["measles","vaccination","uptake"],team=["person-lucy-fenwick"],setting="community")
inn("inn-flu-housebound","Housebound flu jabs by a PCN roving team","Moorside Surgery","person-lucy-fenwick",
 "Housebound patients waited until December for their flu vaccine.",
 "A PCN roving team vaccinates all housebound patients in September and October, and gives COVID and pneumococcal vaccines at the same visit.",kw=["influenza","vaccine"])
les("les-vaccine-fridge","Fridge failure over a bank holiday","Moorside Surgery","person-lucy-fenwick",
 "A vaccine fridge failed over the Easter weekend; £4,000 of vaccines were quarantined.",
 "Use a data logger with remote alarm and check the cold chain on the first working day.",kw=["cold chain"])
aar("cap-aar-flu-clinic","AAR: Saturday flu clinic at Moorside","Moorside Surgery","2025-10-05","person-olu-bankole",
 "Review the first mass flu clinic.",
 "900 vaccinations in 4 hours.","1,050 given; queue outside at 9am.",parts=["person-lucy-fenwick","person-gareth-howells"],sustain=["Volunteer marshals"],improve=["Timed slots"])
inn("inn-pharmacy-covid-booster","COVID booster in community pharmacies",
 "Desai Pharmacy","person-priti-desai","Older residents could not reach the vaccination centre.",
 "Walk-in COVID-19 booster sessions in four pharmacies, with home visits for the housebound via the PCN.",kw=["COVID-19","vaccination"])
sto("story-hpv-myths","Answering parents' questions about the HPV vaccine","Library and Knowledge Service","Immunisation coordinator",
 "School nurses were asked by parents whether the HPV jab was safe and needed good answers.",
 "Evidence summary and plain-language Q&A.","HPV vaccine consent forms returned rose from 71% to 80%.",who="person-sam-okoro",working=["person-helen-marsh"])
les("les-shingles-eligibility","Shingles vaccine eligibility confused patients",PH,"person-sam-okoro",
 "After the change to the shingles programme many over-70s thought they were no longer eligible.",
 "Send practices a one-page eligibility table at each programme change.")
inn("inn-imms-text-reminders","Text reminders for baby immunisations","Moorside Surgery","person-lucy-fenwick",
 "Did-not-attend rate for 8, 12 and 16 week immunisation appointments was 18%.",
 "Automated SMS reminders with a link to rebook, sent in the family's language.",kw=["childhood immunisation","SMS"],team=["person-neil-barraclough"])
# ---------- screening ----------
inn("inn-fit-kit-reminders","Phoning people who did not return their bowel screening kit",PH,"person-claire-denby",
 "Bowel cancer screening uptake was lowest in our most deprived practices.",
 "Care navigators phone people who have not returned the FIT kit after 8 weeks, explain the test and offer a replacement.",kw=["FIT","bowel cancer screening","inequalities"],team=["person-gareth-howells"],stage="evaluated")
inn("inn-cervical-self-sampling","Self-sampling for cervical screening for under-screened women",PH,"person-claire-denby",
 "Some women had never had a smear test because of embarrassment or past trauma.",
 "HPV self-sampling kits offered to people more than 5 years overdue, handed out by practice nurses and the sexual health service.",kw=["cervical screening","HPV"],team=["person-ellie-tranter"],stage="testing")
les("les-aaa-screening-venue","AAA screening clinic venue had no parking",PH,"person-claire-denby",
 "Men invited for abdominal aortic aneurysm scans at a town centre venue did not attend because there was nowhere to park.",
 "Check transport and parking before booking a screening venue.")
inn("inn-diabetic-eye-screening-dna","Diabetic eye screening at the optician's","Wexcalder Local Optical Committee","person-joe-whitlock",
 "Many people with diabetes missed retinal photography at the hospital.",
 "Retinopathy screening cameras in three high street optometry practices with evening slots.",kw=["retinopathy","diabetes"],setting="community")
retro("cap-retro-lung-health-check","Retrospect: targeted lung health checks, year one",PH,"2026-02-20","person-olu-bankole",
 "Review the first year of lung cancer screening in a mobile unit.",
 ["Invite ever-smokers aged 55-74","Find lung cancer early"],achieved=["52% uptake","18 cancers found, most stage 1-2"],recs=["Offer stop smoking support at the check"],parts=["person-claire-denby","person-jo-kettering"])
sto("story-screening-inequalities","Evidence on raising screening uptake in deprived areas","Library and Knowledge Service","Population health analyst",
 "Which interventions raise uptake of cancer screening in deprived communities?",
 "Literature search and rapid review.","Led to the FIT kit phone calls project.",who="person-aisha-rahman",working=["person-helen-marsh"])
les("les-smear-language","Patients still call it a smear test","Wexmoor Sexual Health and HIV Service","person-ellie-tranter",
 "Invitation letters that said 'cervical screening' were not recognised by some women.",
 "Use both words: 'cervical screening (smear test)'.",kw=["cervical screening"])
# ---------- dental ----------
CD = "Community Dental Service"
inn("inn-fluoride-varnish-schools","Supervised toothbrushing and fluoride varnish in primary schools",CD,"person-aled-morgan",
 "Tooth decay in five-year-olds in Wexmoor East was twice the national average.",
 "Daily supervised toothbrushing in 20 schools and fluoride varnish twice a year by dental therapists.",kw=["caries","oral health","children"],setting="community")
inn("inn-dental-ga-pooling","Pooled dental general anaesthetic lists",CD,"person-megan-oduya",
 "Adults with severe dental phobia or learning needs waited 60 weeks for extractions under GA.",
 "One pooled waiting list for dental general anaesthesia across two sites, with sedation assessed first.",kw=["general anaesthetic","extractions","special care"],setting="community")
les("les-dental-anxiety-sedation","Many anxious patients managed with IV sedation",CD,"person-megan-oduya",
 "Half of referrals for GA could be treated with intravenous sedation.",
 "Assess for sedation before listing for general anaesthesia.",polarity="sustain",kw=["dental anxiety","sedation"])
inn("inn-urgent-dental-access","Urgent dental care sessions for people without a dentist",CD,"person-megan-oduya",
 "People without an NHS dentist rang 111 with toothache and abscesses and ended up in ED.",
 "Ring-fenced urgent dental sessions in six practices bookable through the dental helpline.",kw=["toothache","NHS dentistry","access"])
aar("cap-aar-care-home-oral","AAR: mouth care training in care homes",CD,"2025-09-18","person-olu-bankole",
 "Review mouth care training sessions.","Train 2 staff in each of 30 care homes.","Reached 22 homes; turnover meant trained staff had left.",parts=["person-aled-morgan"])
sto("story-denture-loss","Lost dentures in the care home","Oral health promotion","Care home manager",
 "Residents' false teeth kept going missing in the laundry or after hospital stays.",
 "Aled brought denture marking kits and trained staff.","No lost dentures in six months.",kind="km_success_story",working=["person-aled-morgan"])
les("les-dental-recall-nice","Risk-based dental recall frees appointments",CD,"person-megan-oduya",
 "Low-risk adults were recalled every six months out of habit.",
 "Use NICE CG19 risk-based recall intervals up to 24 months.",polarity="sustain")
# ---------- sexual health / HIV ----------
SH = "Wexmoor Sexual Health and HIV Service"
inn("inn-prep-pharmacy","PrEP starts and repeats in community pharmacy",SH,"person-amaka-nwosu",
 "PrEP appointments at the clinic were full and people stopped taking it.",
 "Pre-exposure prophylaxis for HIV continued in three pharmacies after clinic initiation, with postal kidney and HIV tests.",kw=["pre-exposure prophylaxis","HIV prevention"],team=["person-priti-desai"],setting="community")
inn("inn-postal-sti-kits","Online postal STI testing",SH,"person-ellie-tranter",
 "Young people could not get clinic appointments for chlamydia and gonorrhoea tests.",
 "Order a kit online, return it by post, results by text. Positive results get a call from a health adviser.",kw=["chlamydia","gonorrhoea","online"],stage="embedded",setting="community")
les("les-hiv-opt-out","Opt-out HIV testing at GP registration finds new diagnoses",SH,"person-amaka-nwosu",
 "New patient registration bloods in high-prevalence practices found five new HIV diagnoses in a year.",
 "Keep opt-out HIV testing at registration in practices above 2 per 1,000 prevalence.",polarity="sustain")
inn("inn-larc-in-primary","LARC training hub for practice nurses and GPs",SH,"person-ellie-tranter",
 "Women waited months for coil or implant fitting because few GPs were trained.",
 "A training hub: supervised fitting of intrauterine devices and contraceptive implants in a sexual health clinic until signed off.",kw=["contraception","IUD","coil","implant"])
sto("story-hiv-peer","Just after my diagnosis: peer support for people newly diagnosed with HIV",SH,"Service user",
 "A man newly diagnosed said the clinic was kind but he wanted to talk to someone who had lived it.",
 "Peer support worker meets newly diagnosed people within two weeks.","Engagement in care at one year 98%.",kind="innovation_story",working=["person-marcus-lyle"])
peer("cap-peer-assist-chemsex","Peer assist: starting a chemsex support clinic",SH,"2026-04-02","person-olu-bankole",
 "Learn from a London clinic before opening a chemsex clinic.","Wexmoor Sexual Health","How to support men who use drugs in sex, with drug services.",
 insights=["Joint clinic with drug service","Evening hours"],parts=["person-amaka-nwosu","person-marcus-lyle"])
les("les-chlamydia-partner","Partner notification by text works",SH,"person-ellie-tranter",
 "Anonymous partner notification texts led to more partners being tested for chlamydia.",
 "Offer anonymous text partner notification to everyone with a positive STI result.",polarity="sustain")
# ---------- community pharmacy ----------
CP = "Desai Pharmacy"
inn("inn-pharmacy-first-uti","Pharmacy First for urinary tract infections",CP,"person-priti-desai",
 "Women with simple cystitis waited for a GP appointment.",
 "Under Pharmacy First, women 16-64 with uncomplicated UTI are assessed and supplied antibiotics by the pharmacist using a national protocol. GP receptionists refer directly.",kw=["UTI","cystitis","Pharmacy First"],team=["person-gareth-howells"])
inn("inn-bp-checks-pharmacy","Blood pressure checks in community pharmacy find undiagnosed hypertension",CP,"person-priti-desai",
 "Many people with high blood pressure do not know it.",
 "Free BP checks for over-40s, with ambulatory monitoring and results sent to the GP.",kw=["hypertension","case finding","cardiovascular"],stage="evaluated")
inn("inn-dms-referrals","Discharge Medicines Service referrals from St Aldhelm's","Local Pharmaceutical Committee","person-callum-reid",
 "Patients going home after joint replacement or spinal surgery had medicine changes their community pharmacy did not know about.",
 "The hospital pharmacy team send an electronic DMS referral to the patient's community pharmacy at discharge; the pharmacist checks new medicines such as anticoagulants and opioids.",kw=["DMS","medicines reconciliation","transfer of care"],team=["person-gemma-stott"])
les("les-nms-uptake","New Medicine Service missed when prescriptions came via EPS nominations","Local Pharmaceutical Committee","person-callum-reid",
 "Pharmacies did not spot new medicines on repeat EPS tokens, so NMS was not offered.",
 "Flag first-issue items in the PMR.")
aar("cap-aar-pharmacy-first-launch","AAR: Pharmacy First launch week",CP,"2026-02-08","person-olu-bankole",
 "Review the Pharmacy First launch across Wexmoor pharmacies.",
 "GP practices send minor illness patients to pharmacies.","Few referrals from practices; patients walked in instead.",parts=["person-priti-desai","person-callum-reid","person-gareth-howells"])
# ---------- medicines ----------
MO = "Medicines Optimisation, NHS Wexcalder ICB"
inn("inn-smr-frailty","Structured medication reviews for people on ten or more medicines","Calder North PCN","person-nadia-haq",
 "Polypharmacy causes falls and admissions in older people.",
 "The PCN pharmacist runs SMRs for patients on 10+ medicines, using STOPP/START and shared decision-making.",kw=["SMR","polypharmacy","deprescribing","frailty"],stage="evaluated")
inn("inn-opioid-taper","Opioid tapering clinic for persistent pain",MO,"person-gemma-stott",
 "High-dose opioid prescribing for chronic pain, including after spinal surgery, was above the national average.",
 "Pharmacist-led tapering clinics with pain psychology; GP search for patients over 120 mg morphine equivalent.",kw=["opioids","chronic pain","deprescribing"],team=["person-nadia-haq"])
inn("inn-antibiotic-stewardship-dental","Dental antibiotic prescribing feedback",MO,"person-gemma-stott",
 "Dentists prescribed antibiotics for toothache without infection.",
 "Quarterly feedback letters to dental practices with their antibiotic prescribing compared to peers.",kw=["AMS","antibiotics","dentistry"],team=["person-megan-oduya"])
les("les-gabapentinoid","Gabapentinoids often started and never reviewed","Calder North PCN","person-nadia-haq",
 "Pregabalin and gabapentin for sciatica were rarely reviewed.",
 "Add a review date when starting a gabapentinoid.")
sto("story-deprescribing-evidence","Deprescribing tools for PCN pharmacists","Library and Knowledge Service","PCN clinical pharmacist",
 "Nadia asked for the best evidence on deprescribing tools.","Evidence summary on STOPP/START and the NHS Scotland polypharmacy guidance.",
 "Used to design the SMR template.",who="person-nadia-haq",working=["person-helen-marsh"])
les("les-amoxicillin-shortage","Amoxicillin shortage alert too late",MO,"person-gemma-stott",
 "Pharmacies learned of the amoxicillin shortage from patients.",
 "Send shortage alerts to pharmacies and practices on the same day.")
# ---------- optometry ----------
LOC = "Wexcalder Local Optical Committee"
inn("inn-mecs","Minor eye conditions service in high street opticians",LOC,"person-joe-whitlock",
 "Red eyes, flashes and floaters went to GPs and eye casualty.",
 "MECS: optometrists see minor eye problems same-day or next day.",kw=["red eye","MECS","eye casualty"],stage="embedded",setting="community")
inn("inn-glaucoma-refinement","Glaucoma referral refinement",LOC,"person-joe-whitlock",
 "Most referrals for raised intraocular pressure were false positives.",
 "A second optometrist repeats the eye pressure test and fields before referral.",kw=["IOP","ocular hypertension"],setting="community")
les("les-cataract-post-op-optom","Post-cataract checks by optometrists",LOC,"person-joe-whitlock",
 "Patients travelled back to hospital for a routine check after cataract surgery.",
 "Do the 4-week post-op check at the patient's own optometrist.",polarity="sustain")
# ---------- population health ----------
POP = "Population Health, NHS Wexcalder ICB"
inn("inn-risk-stratification-ltc","Risk stratification to find people for proactive care",POP,"person-aisha-rahman",
 "PCNs did not know which patients were most likely to need unplanned care.",
 "A risk score from linked GP and hospital data lists the top 2% for each PCN's proactive care team.",kw=["PHM","risk stratification"],setting="corporate")
inn("inn-core20plus5-hypertension","Closing the hypertension gap in Core20 neighbourhoods",POP,"person-aisha-rahman",
 "Blood pressure control was worst in the most deprived 20% of the population.",
 "Practice-level dashboards, outreach BP checks and pharmacy follow-up in Core20PLUS5 neighbourhoods.",kw=["health inequalities","hypertension","Core20PLUS5"],team=["person-priti-desai"],setting="corporate")
les("les-data-quality-ethnicity","Ethnicity not recorded for one in five",POP,"person-aisha-rahman",
 "Inequality analysis was weakened because ethnicity was missing in 20% of GP records.",
 "Ask ethnicity at registration and at reviews.")
aar("cap-aar-inequalities-dashboard","AAR: launching the inequalities dashboard",POP,"2026-06-11","person-olu-bankole",
 "Review the launch of the health inequalities dashboard.","Every PCN using it monthly.","Six of nine PCNs using it.",parts=["person-aisha-rahman","person-ines-carvalho"])
# ---------- digital ----------
DG = "Digital, NHS Wexcalder ICB"
inn("inn-online-consultation-triage","Total triage with online consultation",GP,"person-imran-bashir",
 "Morning phone queues and inequitable access to GP appointments.",
 "All requests, online or by phone, go through one online consultation form and a clinician triages them.",kw=["online consultation","triage","access"],team=["person-neil-barraclough"])
inn("inn-nhs-app-messaging","Messages to patients through the NHS App",DG,"person-neil-barraclough",
 "SMS costs were high and links were not trusted.",
 "Practices send results and invitations through NHS App messaging.",kw=["NHS App"])
inn("inn-remote-bp-monitoring","Home blood pressure monitoring",DG,"person-victor-lang",
 "Patients came in just for BP readings.",
 "Patients submit home readings online; practices review them.",kw=["hypertension","remote monitoring"],team=["person-aisha-rahman"])
les("les-digital-exclusion","Digital-first left some patients behind",DG,"person-neil-barraclough",
 "Older and non-English-speaking patients could not use the online form.",
 "Keep a phone and walk-in route and offer digital champions.")
retro("cap-retro-eps-rollout","Retrospect: electronic repeat dispensing roll-out",DG,"2025-12-03","person-olu-bankole",
 "Look back on eRD roll-out.",["Move stable patients to electronic repeat dispensing"],achieved=["30% of repeats on eRD"],recs=["Involve pharmacies early"],parts=["person-neil-barraclough","person-callum-reid"])
# ---------- GP access ----------
inn("inn-same-day-hub","Same-day access hub for the PCN",GP,"person-imran-bashir",
 "Practices were overwhelmed by same-day requests.",
 "A hub staffed by GPs, ANPs and paramedics sees on-the-day minor illness for all practices in the PCN.",kw=["urgent care","access"],stage="evaluated")
inn("inn-care-navigation","Care navigation training for receptionists",GP,"person-gareth-howells",
 "Patients were booked with GPs when a pharmacist, physio or optician could help.",
 "Receptionists trained to signpost to Pharmacy First, FCP physios, MECS and self-referral services.",kw=["signposting","reception"])
les("les-phone-queue","The 8am phone line rush",GP,"person-gareth-howells",
 "Our phone line was jammed at 8am and callers gave up.",
 "Stagger appointment release and add call-back.")
inn("inn-fcp-msk","First contact physiotherapists in GP practices","Calder South PCN","person-tom-ashworth",
 "A fifth of GP appointments were musculoskeletal.",
 "Patients with joint and back pain book directly with an FCP.",kw=["MSK","FCP"],stage="embedded")
