from lib import *
SA = "Arthroplasty unit"
# ---------- hip and knee replacement ----------
inn("inn-joint-school","Joint school: one morning class before hip or knee replacement",SA,"person-rhian-caddick",
 "Patients coming in for total hip or knee replacement did not know what to expect, arrived without walking aids and stayed longer than planned.",
 "We run a monthly joint school at St Aldhelm's: surgeon, physio, OT and a pre-op nurse explain the operation, enhanced recovery, exercises and going home. Patients bring a relative or friend as their coach. Sessions are also recorded for those who cannot come.",
 kw=["arthroplasty","patient education","ERAS"],team=["person-beth-lorimer","person-dev-rana"],setting="acute")
inn("inn-day-case-hip","Same-day discharge after total hip arthroplasty",SA,"person-rhian-caddick",
 "Length of stay after THR was 3.4 days although many fit patients were ready sooner.",
 "Selected patients (ASA 1-2, support at home) have their new hip in the morning list, are mobilised by physio within four hours using a spinal anaesthetic and local infiltration analgesia, and go home the same evening. Telephone call next morning. 112 patients in the first year; readmission 2%.",
 kw=["THR","day case","enhanced recovery after surgery"],team=["person-beth-lorimer","person-sian-pugh"],stage="evaluated",setting="acute")
les("les-tkr-anaemia","Check haemoglobin at the first pre-op visit for knee replacement","Pre-op assessment, St Aldhelm's","person-dev-rana",
 "Anaemic patients were found too late to treat before TKR and several needed transfusion after their operation.",
 "Take an FBC and ferritin at listing so iron deficiency anaemia can be treated with IV iron at least four weeks before surgery.",
 context="Audit of 80 total knee replacements: 14% had Hb below 120 g/L on the day.",kw=["anaemia","TKR","patient blood management"])
aar("cap-aar-arthroplasty-cancellations","AAR: on-the-day cancellations on the hip and knee lists","Operating theatres, St Aldhelm's","2026-03-12","person-olu-bankole",
 "Understand why six arthroplasty cases were cancelled on the day in one week.",
 "Full lists; patients admitted, consented and operated on as booked.",
 "Six joint replacement patients cancelled: two had raised blood pressure on the day, two had not stopped anticoagulants, one had a chest infection, one list overran.",
 parts=["person-sian-pugh","person-rhian-caddick","person-dev-rana"],sustain=["Pre-op phone call three days before"],improve=["Share anticoagulant plan with GP practice","Recheck BP in pre-op not only on the day"])
sto("story-eras-evidence","Evidence search shaped the enhanced recovery pathway for knee replacements","Library and Knowledge Service","Consultant orthopaedic surgeon",
 "The arthroplasty team wanted evidence on enhanced recovery for knee replacement, especially early mobilisation and tourniquet use.",
 "The clinical librarian searched Medline, Embase and the Cochrane Library and wrote a two-page evidence summary.",
 "The summary was used to rewrite the ERAS protocol; mobilisation on the day of surgery went from 40% to 78%.",
 who="person-rhian-caddick",working=["person-helen-marsh"],kw=["ERAS","literature search"])
inn("inn-virtual-joint-followup","Virtual one-year review after joint replacement using PROMs",SA,"person-rhian-caddick",
 "Routine one-year clinic visits after hip and knee replacements were mostly normal and used 1,200 appointments a year.",
 "Patients complete the Oxford Hip or Knee Score online or by post, and an x-ray at their local hospital if needed. An advanced practitioner reviews results; only those with poor scores or concerns are seen face to face.",
 kw=["PROMs","follow-up","arthroplasty"],stage="embedded",setting="acute")
les("les-dvt-prophylaxis","Patients stopped aspirin early after hip replacement","Pre-op assessment, St Aldhelm's","person-dev-rana",
 "Telephone follow-up found a third of patients stopped VTE prophylaxis before 28 days after THR because the label said 'for pain'.",
 "Give a written blood clot prevention plan and explain why aspirin is being taken.",kw=["VTE","thromboprophylaxis","DVT"])
inn("inn-knee-prehab","Prehab: six weeks of exercise before knee replacement","Rehabilitation, St Aldhelm's","person-beth-lorimer",
 "Deconditioned patients struggled to get going after TKR.",
 "A six-week prehabilitation programme of strengthening classes at two leisure centres, started when the patient is listed. Includes advice on weight and stopping smoking.",
 kw=["prehabilitation","TKR","exercise"],team=["person-rhian-caddick"],setting="community")
les("les-new-knee-driving","When can I drive with my new knee?","Rehabilitation, St Aldhelm's","person-beth-lorimer",
 "Patients asked us again and again when they could drive after their knee op.",
 "Put the driving advice in the discharge leaflet.",polarity="improve")
# ---------- spinal ----------
SP = "Spinal unit, St Aldhelm's"
inn("inn-spinal-mdt-virtual","Virtual spinal MDT for GP back pain referrals",SP,"person-oluwaseun-adeyemi",
 "Many referrals for low back pain to the spinal surgeons did not need surgery and waited 30 weeks.",
 "A weekly virtual multidisciplinary meeting with a spinal surgeon, a physio and a pain specialist reviews GP and FCP referrals, sends advice back within a week and books only surgical candidates into clinic.",
 kw=["back pain","MDT","referral management"],team=["person-tom-ashworth"],stage="evaluated",setting="acute")
inn("inn-sciatica-pathway","Fast-track sciatica pathway for lumbar disc prolapse",SP,"person-oluwaseun-adeyemi",
 "Patients with severe sciatica waited months for an MRI and an opinion.",
 "Direct-access MRI for people with radicular leg pain over six weeks, reviewed by a spinal practitioner; microdiscectomy offered within 8 weeks where indicated.",
 kw=["sciatica","microdiscectomy","radiculopathy"],setting="acute")
retro("cap-retro-scoliosis-bracing","Retrospect: scoliosis brace clinic move to St Aldhelm's","Prosthetics and orthotics, St Aldhelm's","2025-11-20","person-olu-bankole",
 "Look back on moving the adolescent idiopathic scoliosis bracing clinic into the orthotics department.",
 ["Fit spinal braces within four weeks of decision","Improve wear time"],achieved=["Average 3 weeks to fit","Wear-time sensors in 60% of braces"],recs=["Book the orthotist into the spinal clinic"],parts=["person-hannah-quayle","person-oluwaseun-adeyemi"])
les("les-cauda-equina","Cauda equina safety-netting cards for GPs",SP,"person-oluwaseun-adeyemi",
 "Two people with cauda equina syndrome presented late because warning signs were not explained.",
 "Give every patient with back pain and sciatica a red-flag card on bladder, bowel and saddle numbness.",kw=["CES","red flags","back pain"])
sto("story-spinal-cord-stimulator","Evidence summary on spinal cord stimulation for persistent back pain","Library and Knowledge Service","Pain consultant",
 "The pain team needed the evidence on spinal cord stimulators for failed back surgery syndrome for a business case.",
 "Literature search and summary of NICE TA159 and recent trials.",
 "The business case was approved for 12 implants a year.",working=["person-helen-marsh"],kw=["neuromodulation","chronic pain"])
inn("inn-spinal-rehab-gym","Group rehabilitation after lumbar spinal surgery","Rehabilitation, St Aldhelm's","person-beth-lorimer",
 "One-to-one physio after decompression and fusion was not available for weeks.",
 "Twice-weekly circuit class in the hospital gym from two weeks after spinal surgery, with education on returning to work.",
 kw=["spinal fusion","physiotherapy"],setting="acute")
les("les-back-pain-imaging","Fewer scans for non-specific low back pain","Calder South PCN","person-tom-ashworth",
 "Most MRI requests for non-specific LBP did not change management.",
 "Follow NICE NG59: no routine imaging; use STarT Back to stratify.",polarity="sustain",kw=["lumbar","MRI"])
# ---------- prosthetics/orthotics ----------
PO = "Prosthetics and orthotics, St Aldhelm's"
inn("inn-limb-fitting-clinic","Outreach limb fitting clinic in Wexmoor",PO,"person-kofi-mensah",
 "Amputees travelled 40 miles to the limb centre for small prosthetic adjustments.",
 "Monthly outreach clinic in Wexmoor community hospital for socket adjustments, new liners and artificial leg reviews.",kw=["amputee","prosthesis"],setting="community")
les("les-socket-fit","Sockets get loose in hot weather","Prosthetics and orthotics, St Aldhelm's","person-kofi-mensah",
 "During the heatwave many prosthesis users had sore stumps and loose sockets.",
 "Send sock-ply advice before summer.")
inn("inn-insoles-self-referral","Self-referral for insoles and foot orthoses",PO,"person-hannah-quayle",
 "GP appointments were used only to get a referral for insoles.",
 "Patients with an existing foot orthosis can re-refer themselves online for a repeat pair.",kw=["foot orthoses","self-referral"],setting="community")
aar("cap-aar-3d-scanning","AAR: first month of 3D scanning for ankle-foot orthoses",PO,"2026-05-06","person-olu-bankole",
 "Learn from the first month of scanning instead of plaster casting for AFOs.",
 "Scan 30 patients, no re-makes.","28 scanned; 4 re-makes because of scan position.",parts=["person-hannah-quayle"],improve=["Standard positioning jig"],kw=["AFO","casting"])
sto("story-amputee-peer","Meeting someone who had been there: amputee peer mentoring","Prosthetics and orthotics","Patient",
 "A new below-knee amputee said nobody had told him what life would be like with a false leg.",
 "Kofi set up peer mentoring with experienced limb users.",
 "Twenty new amputees matched; all said it helped.",kind="innovation_story",working=["person-kofi-mensah"])
les("les-orthotic-waiting","Orthotic repairs clogged the new patient list","Prosthetics and orthotics, St Aldhelm's","person-hannah-quayle",
 "Repairs to braces and splints were booked as new appointments, hiding the real wait.",
 "Run a separate drop-in repair slot.")
# ---------- smoking ----------
PH = "Public Health, Wexcalder Council"
inn("inn-very-brief-advice","Very brief advice on smoking in every GP consultation",PH,"person-jo-kettering",
 "Only a third of smokers recorded in GP records had been offered help to stop.",
 "30-minute VBA training (Ask, Advise, Act) for GPs, nurses and receptionists, and a template that refers to the stop smoking service in one click.",
 kw=["VBA","tobacco"],team=["person-imran-bashir"])
inn("inn-vape-swap","Swap to Stop: free vape kits through pharmacies",PH,"person-jo-kettering",
 "Quit rates with patches and gum alone had plateaued.",
 "Adult smokers can collect a free e-cigarette starter kit from 12 community pharmacies with behavioural support for 12 weeks.",
 kw=["e-cigarettes","vaping","quit"],team=["person-priti-desai"],stage="evaluated")
inn("inn-stop-smoking-ortho-preop","Stop smoking before your operation at St Aldhelm's","Pre-op assessment, St Aldhelm's","person-dev-rana",
 "Smokers have more wound infections and non-union after spinal fusion and fractures.",
 "Every smoker listed for surgery is offered an in-house tobacco dependence adviser, NRT on the ward and follow-up by the council service.",
 kw=["tobacco dependence","NRT","spinal fusion"],team=["person-jo-kettering"],setting="acute")
les("les-nrt-supply","Keep NRT stock for voucher patients","Desai Pharmacy","person-priti-desai",
 "Patients with a stop smoking voucher were turned away because the pharmacy had run out of patches.",
 "Agree a minimum stock of nicotine replacement therapy with the service.")
aar("cap-aar-quit-campaign","AAR: Stoptober 2025 campaign",PH,"2025-11-10","person-olu-bankole",
 "Review the October quit smoking campaign.",
 "500 sign-ups to the stop smoking service.","312 sign-ups; social media worked, radio did not.",parts=["person-jo-kettering","person-harvey-nolan"])
sto("story-cytisine","Cytisine evidence summary for the stop smoking service","Library and Knowledge Service","Stop smoking adviser",
 "Jo asked whether cytisine was as effective as varenicline now that varenicline was unavailable.",
 "Evidence summary of trials and NCSCT guidance.","Service added cytisine to its offer.",who="person-jo-kettering",working=["person-helen-marsh"])
les("les-co-monitor","CO monitor calibration lapsed","Public Health, Wexcalder Council","person-jo-kettering",
 "Carbon monoxide readings were unreliable because monitors had not been calibrated.",
 "Put calibration dates on the CO monitor asset list.")
# ---------- weight ----------
inn("inn-tier2-digital-weight","Digital tier 2 weight management programme",PH,"person-ruth-abiodun",
 "Face-to-face groups suited few working-age adults.",
 "A 12-week app-based weight management programme with a coach, offered to adults with BMI over 30 (27.5 for some ethnic groups).",kw=["obesity","healthy weight","digital"],stage="evaluated")
inn("inn-weigh-in-barbers","Health checks in barbershops",PH,"person-patrick-doyle",
 "Men in Calder South do not come to health checks.",
 "Health trainers sit in three barbershops on Saturdays, check weight, waist and blood pressure and sign men up for a football-based programme.",kw=["men's health","weight"],setting="community")
les("les-weight-stigma","Use person-first language about weight",PH,"person-ruth-abiodun",
 "People dropped out after letters called them 'obese'.",
 "Say 'living with obesity' and ask permission to talk about weight.",kw=["stigma","obesity"])
inn("inn-weight-before-knee","Weight support before hip and knee replacement",SA,"person-rhian-caddick",
 "Patients with very high BMI were told to lose weight before surgery with no help to do it.",
 "Referral from the orthopaedic clinic to tier 2/3 weight management and prehab, rather than a BMI cut-off.",kw=["BMI","arthroplasty","obesity"],team=["person-ruth-abiodun"],setting="acute")
peer("cap-peer-assist-tier3","Peer assist: setting up tier 3 specialist weight management",PH,"2026-01-15","person-olu-bankole",
 "Learn from other systems before commissioning a tier 3 service including GLP-1 medicines.",
 "Wexcalder obesity programme","How to run a specialist weight service with semaglutide and tirzepatide demand.",
 insights=["Cap caseload","Dietitian and psychologist essential"],parts=["person-ruth-abiodun","person-gemma-stott"])
sto("story-walking-group","Pounds lost and friends made: Tuesday walking group","Healthy Lifestyles Team","Local resident",
 "A woman told Patrick she wanted to slim down but couldn't face a gym.",
 "Patrick started a Tuesday walk from the library.","Twenty regulars; most lost a few pounds.",kind="km_success_story",working=["person-patrick-doyle"])
les("les-bmi-recording","BMI missing for a third of adults","Population Health, NHS Wexcalder ICB","person-aisha-rahman",
 "A third of adult GP records had no BMI in five years.",
 "Record height and weight at every NHS Health Check and long-term condition review.",kw=["data quality","obesity"])
