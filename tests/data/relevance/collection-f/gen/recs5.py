from lib import *
PH = "Public Health, Wexcalder Council"
SH = "Wexmoor Sexual Health and HIV Service"
EST = "Estates, St Aldhelm's"
les("les-norovirus-diarrhoea","Care home diarrhoea and vomiting outbreak: pharmacy advice line helped","Desai Pharmacy","person-priti-desai",
 "During a norovirus outbreak, care homes rang GPs for advice on diarrhoea, oral rehydration and which medicines to pause (sick day rules).",
 "Give care homes a pharmacy advice line and sick day rules cards before winter.",polarity="sustain",kw=["gastroenteritis","sick day rules"])
inn("inn-orthopaedic-triage","Physios screen orthopaedic referrals before clinic","Calder South PCN","person-tom-ashworth",
 "Half of the patients referred to orthopaedic outpatients did not need a surgeon.",
 "Advanced practice physiotherapists screen all routine orthopaedic referrals and see patients in an interface clinic first; only those who want and may benefit from surgery go on to St Aldhelm's.",kw=["MSK interface","referral triage"],team=["person-rhian-caddick"],setting="community")
aar("cap-aar-vaccination-hub","AAR: closing the mass vaccination hub",PH,"2025-07-09","person-olu-bankole",
 "Review the closure of the Wexmoor vaccination hub and the move to practices and pharmacies.",
 "No drop in COVID vaccine uptake after closure.","Uptake fell in over-80s in two PCNs; housebound lists were incomplete.",parts=["person-sam-okoro","person-priti-desai","person-lucy-fenwick"],improve=["Hand over housebound lists early"])
les("les-hepatitis-b-vaccine","Hepatitis B vaccine courses left unfinished",SH,"person-ellie-tranter",
 "Half of people starting hepatitis B vaccination at the clinic never had their third dose.",
 "Use the accelerated schedule and text reminders.",kw=["hepatitis B","vaccination"])
inn("inn-hep-c-pharmacy","Hepatitis C testing in pharmacies with needle exchange",SH,"person-priti-desai",
 "People who inject drugs rarely came to clinic for hepatitis C tests.",
 "Dried blood spot testing in needle exchange pharmacies with fast-track treatment.",kw=["hepatitis C","harm reduction"],setting="community")
les("les-knee-oa-classes","Exercise classes for knee osteoarthritis delayed surgery","Calder South PCN","person-tom-ashworth",
 "People with worn-out knees on the waiting list for a knee replacement improved so much in ESCAPE-pain classes that some came off the list.",
 "Offer group exercise for knee osteoarthritis before referral for joint replacement.",polarity="sustain",kw=["osteoarthritis","ESCAPE-pain","arthroplasty"])
inn("inn-joint-injection-clinic","Steroid joint injection clinic run by the first contact physio","Calder South PCN","person-tom-ashworth",
 "Patients waited for GP or hospital appointments for shoulder and knee injections.",
 "The FCP runs a weekly injection clinic for shoulder, knee and hand joints in the practice.",kw=["corticosteroid injection","MSK"])
les("les-ceiling-plaster","Plaster fell from the consulting room ceiling",EST,"person-mark-tolley",
 "A leak caused ceiling plaster to fall in a consulting room at Moorside Surgery.",
 "Report roof leaks the same day to estates.",kw=["estates","leak"])
les("les-fume-extraction","Dental lab fume extraction fans failed",EST,"person-mark-tolley",
 "The local exhaust ventilation in the dental laboratory failed its inspection, so technicians could not work.",
 "Book LEV extraction tests annually.",kw=["LEV","dental laboratory","ventilation"])
sto("story-brace-winter","Bracing for winter pressures across primary care","Communications, NHS Wexcalder ICB","ICB director",
 "The system needed to prepare GP practices and pharmacies for winter pressures.",
 "The communications team ran a 'Brace for winter' campaign on using pharmacies and NHS 111.",
 "Pharmacy consultations up 20% over winter.",kind="km_success_story",working=["person-harvey-nolan"])
inn("inn-hub-fit-out","Fitting out the new health hub building",EST,"person-mark-tolley",
 "The new Wexmoor health hub needed rooms for GPs, dentists and sexual health.",
 "Estates fitted out the building with shared clinical rooms.",kw=["estates","building"],setting="corporate")
inn("inn-eye-tests-homeless","Eye tests and glasses for people who are homeless","Wexcalder Local Optical Committee","person-joe-whitlock",
 "People sleeping rough had not had an eye test for years and could not read forms.",
 "Monthly eye tests at the day centre with free glasses.",kw=["homelessness","inclusion health","spectacles"],setting="community")
les("les-preop-hba1c","HbA1c above 69 delayed joint replacement","Pre-op assessment, St Aldhelm's","person-dev-rana",
 "People with poorly controlled diabetes were cancelled at pre-op assessment for their hip or knee replacement.",
 "Check HbA1c in primary care before referral and optimise diabetes early.",kw=["diabetes","pre-operative","arthroplasty"])
les("les-prep-stock","PrEP stock-outs at pharmacies",SH,"person-amaka-nwosu",
 "Pharmacies ran out of PrEP tablets and people missed doses.",
 "Share monthly PrEP demand figures with pharmacies.",kw=["PrEP","supply"])
sto("story-vaping-before-surgery","Can smokers use e-cigarettes before surgery?","Library and Knowledge Service","Pre-operative assessment sister",
 "Dev asked whether vaping was safe to recommend to smokers waiting for spinal fusion or joint replacement, and whether nicotine itself affects bone healing.",
 "The librarian searched for trials and reviews on e-cigarettes, nicotine and wound and bone healing and summarised the evidence and the NCSCT position.",
 "The pre-op team now recommends switching to vaping or NRT with behavioural support; the leaflet was updated.",who="person-dev-rana",working=["person-helen-marsh"],kw=["e-cigarettes","tobacco dependence"])
les("les-trapped-nerve","Patients with a trapped nerve were told to rest","Calder South PCN","person-tom-ashworth",
 "People with sciatica from a trapped nerve had been told to rest in bed, which made things worse.",
 "Advise staying active, and give red-flag advice.",kw=["sciatica"])
les("les-njr-compliance","National Joint Registry consent forms went missing",
 "Operating theatres, St Aldhelm's","person-sian-pugh",
 "NJR data was incomplete because consent forms were lost between pre-op and theatre.",
 "Record NJR consent electronically at pre-op.",kw=["NJR","arthroplasty","data"])
