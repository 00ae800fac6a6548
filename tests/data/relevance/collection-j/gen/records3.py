from lib import inn, story, lesson, aar, retro, peer
from records1 import HASU,SR,EP,HC,SIC,ABI,MND,NS,NCC,WPS,AUD,HR,VOL,TR,IT,EST,LKS
EXTRA = []
def X(pid, label, rec, role="lead", level="practitioner"): EXTRA.append((pid, label, rec, role, level))

# ---- TIA / stroke more
inn("inn-tia-7day","Seven-day TIA clinic with same-day scanning","person-aoife-brannagh",HASU,
 "People with a transient ischaemic attack waited up to a week to be seen, at high risk of a full stroke.",
 "A daily rapid-access clinic for suspected TIA with carotid Doppler and MRI on the same day, and antiplatelets started by the referrer.", kw=["TIA","transient ischaemic attack"])
X("person-aoife-brannagh","TIA","inn-tia-7day")
story("story-mini-stroke-gp","After a mini-stroke: faster advice for GPs",HASU,"Stroke consultant",
 "GPs were unsure whether to refer people with brief warning symptoms (what patients call a mini-stroke) to the emergency department or the clinic.",
 "We set up an advice line and a one-page referral guide.", "GPs now refer directly; most are seen within 24 hours.", person="person-aoife-brannagh", kw=["TIA"])
X("person-aoife-brannagh","TIA","story-mini-stroke-gp")
inn("inn-esd-stroke","Early supported discharge for stroke survivors","person-pete-sowerby",SR,
 "Patients with mild to moderate stroke stayed on the rehab ward when they could have carried on therapy at home.",
 "An early supported discharge team of physios, OTs, SALT and rehab assistants gives the same intensity of therapy at home for up to six weeks.", kw=["ESD","early supported discharge"], stage="embedded")
X("person-pete-sowerby","Early supported discharge","inn-esd-stroke","lead","expert")
lesson("lesson-esd-equipment","Equipment must be at home before an ESD discharge",SR,
 "Two patients went home on early supported discharge before their commode and rails were fitted.", "Confirm equipment delivery before the discharge date.", owner="person-pete-sowerby")
X("person-pete-sowerby","Early supported discharge","lesson-esd-equipment","author")
inn("inn-aphasia-cafe","Aphasia café for people who lost words after a stroke","person-megan-tulloch","Speech and Language Therapy",
 "People with aphasia felt isolated after discharge.", "A monthly café run by SALT and volunteers where people with aphasia practise conversation.", kw=["aphasia","communication"], team=["person-zoe-kirkbride"])
X("person-megan-tulloch","Aphasia","inn-aphasia-cafe","lead","expert")
inn("inn-upper-limb-robot","Robot-assisted arm therapy on the stroke unit","person-jonah-pettifer",SR,
 "Patients got too few arm repetitions in therapy sessions.", "A robotic arm trainer lets patients practise hundreds of repetitions with gaming feedback.", kw=["upper limb","robotics"], stage="testing")
story("story-stroke-mood","Screening mood after stroke",SR,"Clinical psychologist",
 "Low mood and anxiety after stroke were being missed on the rehab ward.", "We chose a mood screening tool for people with aphasia after a literature search.", "All patients are now screened at 6 weeks.", person="person-rhys-tregarthen", working_with=["person-rosalind-achebe"], kind="lks_impact_case_study", kw=["mood","depression"])
inn("inn-thrombectomy-transfer","Faster transfer for thrombectomy","person-kwame-asante",HASU,
 "Patients with a large vessel occlusion needing mechanical thrombectomy waited for an inter-hospital transfer.",
 "CT angiography at the front door and a direct call to the thrombectomy centre; the stroke nurse travels with the patient. Thrombolysis is started before leaving where eligible.", kw=["thrombectomy","LVO","CTA"])
X("person-kwame-asante","Thrombectomy","inn-thrombectomy-transfer")
aar("cap-aar-ssnap-drop","After action review: our SSNAP score dropped",HASU,
 "To understand why the unit fell from an A to a C grade.", "Stay at SSNAP level A.", "Staffing gaps on therapy meant assessments were late; door-to-needle times were fine.",
 improve=["Protect therapy time"], facilitator="person-ruth-lamont", people=["person-aoife-brannagh","person-pete-sowerby"], kw=["SSNAP","audit"])
X("person-ruth-lamont","After action reviews","cap-aar-ssnap-drop","facilitator")
lesson("lesson-fast-campaign","Public FAST message brought more mimics",HASU,
 "After the FAST campaign, more stroke mimics (migraine, seizures, low blood sugar) came to the unit.", "Plan stroke mimic pathways before awareness campaigns.", owner="person-aoife-brannagh")
# ---- SAH / neurosurgery more
inn("inn-sah-pathway","Subarachnoid haemorrhage pathway with nimodipine checks","person-beatrix-lund",NS,
 "Patients with aneurysmal subarachnoid haemorrhage (SAH) missed nimodipine doses and had variable timing of coiling.",
 "A pathway with nimodipine on the drug chart as time critical, coiling within 48 hours and daily checks for vasospasm.", kw=["SAH","aneurysm","nimodipine","coiling"])
X("person-beatrix-lund","Subarachnoid haemorrhage","inn-sah-pathway","lead","expert")
lesson("lesson-sah-sodium","Watch sodium after a brain bleed","Neurosurgery",
 "Low sodium after subarachnoid haemorrhage was treated with fluid restriction, which made vasospasm worse.", "Do not fluid restrict after SAH; seek advice.", owner="person-hamish-drummond")
X("person-hamish-drummond","Subarachnoid haemorrhage","lesson-sah-sodium","author")
story("story-brain-tumour-group","Brain tumour support group starts online","Neuro-oncology","Clinical nurse specialist",
 "People with a brain tumour and their families lived far away and could not attend the support group.", "We moved the group online and recorded short talks on fatigue, seizures and driving.", "Attendance trebled.", person="person-beatrix-lund", kw=["brain tumour","glioma","support group"])
X("person-beatrix-lund","Brain tumour","story-brain-tumour-group")
inn("inn-csdh-drain","Bedside drain for chronic subdural haematoma","person-beatrix-lund",NS,
 "Elderly patients with chronic subdural haematoma had recurrence after burr hole surgery.", "Subdural drain left for 48 hours after burr holes, with nursing rules on drain height.", kw=["chronic subdural haematoma","CSDH","burr hole","drain"])
inn("inn-spinal-daycase","Day-case lumbar decompression","person-beatrix-lund",NS,
 "Patients stayed two nights after simple lumbar spinal surgery.", "Enhanced recovery: early mobilisation, local anaesthetic in the wound and nurse-led discharge the same day.", kw=["enhanced recovery","day case","spinal surgery"])
lesson("lesson-who-checklist-neuro","Use the surgical safety checklist to confirm the side","Neurosurgery",
 "A near miss where the wrong side was marked for a burr hole.", "Check imaging side at the WHO checklist sign-in.", owner="person-beatrix-lund")
retro("cap-retro-neuronav","Retrospect: introducing neuronavigation",NS,"To review the new navigation system project.",
 ["Install and train staff on navigation"], successes=["Company training was good"], improvements=["IT network delays held up go-live"], facilitator="person-ruth-lamont", people=["person-beatrix-lund","person-lina-petrosyan"])
X("person-ruth-lamont","Retrospects","cap-retro-neuronav","facilitator")
# ---- NCC more
story("story-organ-donation","Family conversations about organ donation",NCC,"Specialist nurse for organ donation",
 "Consent rates for organ donation after brain stem death were low.", "Collaborative approach with the specialist nurse present for every family conversation.", "Consent rose from 50% to 72%.", person="person-hamish-drummond", kw=["organ donation","brain stem death"])
X("person-hamish-drummond","Organ donation","story-organ-donation")
lesson("lesson-sedation-hold","Sedation holds need an ICP plan","Neuro-critical Care Unit",
 "Daily sedation holds in patients with raised intracranial pressure caused ICP spikes.", "Agree with the consultant before any sedation hold in patients with an ICP monitor.", owner="person-ifeoma-nnadi")
X("person-ifeoma-nnadi","Intracranial pressure monitoring","lesson-sedation-hold","author")
aar("cap-aar-trach-emergency","After action review: displaced tracheostomy tube",NCC,
 "To learn from a trach tube that came out on the ward.", "Emergency trach algorithm followed, bedside box with spare tube.", "The spare tube was the wrong size.",
 improve=["Check bedside trach box every shift"], facilitator="person-ruth-lamont", people=["person-hamish-drummond","person-ifeoma-nnadi"], kw=["tracheostomy","emergency"])
X("person-hamish-drummond","Tracheostomy weaning","cap-aar-trach-emergency","participant")
# ---- epilepsy more
inn("inn-valproate-review","Valproate safety reviews for women and girls","person-dev-raghunathan",EP,
 "Not every woman of childbearing potential on sodium valproate had an annual risk acknowledgement form.", "Epilepsy nurses and pharmacy review every woman on valproate and document the annual risk discussion.", kw=["valproate","pregnancy prevention"], team=["person-anjali-rao","person-lowri-pennant"])
X("person-dev-raghunathan","Epilepsy","inn-valproate-review")
inn("inn-vns-clinic","Vagus nerve stimulator clinic","person-dev-raghunathan",EP,
 "People with drug-resistant epilepsy and a VNS travelled to London for device checks.", "A local clinic checks and adjusts vagus nerve stimulators with the epilepsy nurse.", kw=["VNS","vagus nerve stimulation","drug-resistant epilepsy"])
story("story-first-fit-clinic","First seizure clinic: seen within two weeks",EP,"Consultant neurologist",
 "People who had their first fit waited months and were told not to drive meanwhile.", "A first seizure clinic with EEG on the same day.", "Median wait fell to 11 days.", person="person-dev-raghunathan", kw=["first seizure","driving"])
lesson("lesson-ketogenic-diet","Ketogenic diet needs a dietitian from the start",EP,
 "Adults started on a ketogenic diet for epilepsy without dietitian support stopped within a month.", "Only start a ketogenic diet with dietitian follow-up.", owner="person-harriet-quayle")
X("person-harriet-quayle","Ketogenic diet","lesson-ketogenic-diet","author")
peer("cap-peer-transition-epilepsy","Peer assist: transition clinic for young people with epilepsy",EP,
 "To learn from another trust before starting a joint transition clinic.", "Epilepsy Service", "How to move young people from children's to adult epilepsy care without losing them.",
 insights=["Hold joint clinics for a year","Give young people their own appointment time without parents"], facilitator="person-ruth-lamont", people=["person-lowri-pennant"], kw=["transition"])
X("person-ruth-lamont","Peer assists","cap-peer-transition-epilepsy","facilitator")
X("person-lowri-pennant","Epilepsy","cap-peer-transition-epilepsy","participant")
# ---- headache more
inn("inn-iih-pathway","Idiopathic intracranial hypertension weight management pathway","person-fiona-mcbride",HC,
 "People with IIH had repeated lumbar punctures and visual problems.", "A joint headache and eye clinic, weight management support and fewer lumbar punctures.", kw=["IIH","idiopathic intracranial hypertension","lumbar puncture"])
X("person-fiona-mcbride","Idiopathic intracranial hypertension","inn-iih-pathway")
inn("inn-headache-advice-line","Headache advice line for GPs","person-fiona-mcbride",HC,
 "Many headache referrals could be managed in primary care.", "A nurse advice line and advice-and-guidance replies to GP referrals.", kw=["advice and guidance","referrals"])
# ---- spinal more
inn("inn-isc-teaching","Teaching intermittent self-catheterisation before discharge","person-tomasz-wojcik",SIC,
 "Patients went home unsure how to manage their bladder.", "Nurse-led teaching of intermittent self-catheterisation with a video and practice sessions.", kw=["neurogenic bladder","catheter","ISC"])
X("person-tomasz-wojcik","Bladder management","inn-isc-teaching")
inn("inn-sci-peer-mentors","Peer mentors who live with spinal cord injury","person-grace-okafor",SIC,
 "Newly injured patients wanted to talk to someone who had been through it.", "Trained peer mentors who use wheelchairs visit the unit weekly.", kw=["peer support","spinal cord injury"], team=["person-zoe-kirkbride"])
X("person-grace-okafor","Spinal cord injury rehabilitation","inn-sci-peer-mentors","lead","expert")
lesson("lesson-pressure-sore-transfer","Pressure sores developed on the ambulance trolley",SIC,
 "Patients transferred from other hospitals arrived with new sores after hours on a hard trolley.", "Ask referring hospitals to use a pressure-relieving mattress for transfers.", owner="person-tomasz-wojcik", kw=["pressure damage"])
X("person-tomasz-wojcik","Pressure ulcer prevention","lesson-pressure-sore-transfer","author")
retro("cap-retro-sci-goal-planning","Retrospect: goal planning in the spinal unit",SIC,"To review the new goal-planning meetings.",
 ["Patient-led goals for every patient"], successes=["Patients chaired their own meetings"], improvements=["Too many staff at each meeting"], facilitator="person-ruth-lamont", people=["person-grace-okafor","person-tomasz-wojcik"])
X("person-grace-okafor","Spinal cord injury rehabilitation","cap-retro-sci-goal-planning","participant")
lesson("lesson-ad-catheter","Blocked catheters are the commonest AD trigger",SIC,
 "Most episodes of autonomic dysreflexia on the unit were caused by a blocked or kinked catheter.", "In AD, sit the patient up and check the catheter first.", owner="person-tomasz-wojcik", kw=["autonomic dysreflexia","catheter"])
X("person-tomasz-wojcik","Autonomic dysreflexia","lesson-ad-catheter","author")
# ---- ABI more
inn("inn-vocational-abi","Vocational rehabilitation to get people back to work after brain injury","person-niamh-doherty",ABI,
 "Few people returned to work after a brain injury, and employers did not understand fatigue.", "An OT-led vocational service with workplace visits and a phased return plan.", kw=["vocational rehabilitation","return to work","fatigue"])
X("person-niamh-doherty","Vocational rehabilitation","inn-vocational-abi","lead","expert")
story("story-fatigue-abi","Managing fatigue after head injury",ABI,"Occupational therapist",
 "Patients said tiredness after their head injury was the worst problem and nobody explained it.", "A group on pacing and energy management, built on evidence the library found.", "Fatigue scores improved for most of the group.", person="person-niamh-doherty", working_with=["person-rosalind-achebe"], kind="lks_impact_case_study", kw=["fatigue"])
X("person-niamh-doherty","Fatigue management","story-fatigue-abi")
lesson("lesson-abi-family","Families need to hear about behaviour changes early",ABI,
 "Families were shocked by personality and behaviour changes after brain injury.", "Give families information on behaviour change in the first week.", owner="person-rhys-tregarthen")
X("person-rhys-tregarthen","Agitation after brain injury","lesson-abi-family","author")
aar("cap-aar-abi-absconding","After action review: patient left the unit in PTA",ABI,
 "To learn from a confused patient who walked out of the unit.", "Patients in post-traumatic amnesia are supervised and the door is monitored.", "The door alarm was silenced during a delivery.",
 improve=["Deliveries through the back entrance"], facilitator="person-ruth-lamont", people=["person-rhys-tregarthen"], kw=["missing patient","PTA"])
X("person-rhys-tregarthen","Post-traumatic amnesia","cap-aar-abi-absconding","participant")
# ---- MND / PD more
inn("inn-mnd-one-stop","One-stop MND clinic","person-sunita-bhamra",MND,
 "People with motor neurone disease came to hospital for separate appointments with five professionals.", "Neurologist, nurse, dietitian, physio, SALT and wheelchair service see the person in one morning.", kw=["MND","multidisciplinary clinic"], team=["person-harriet-quayle","person-marisol-vega"])
X("person-marisol-vega","Motor neurone disease","inn-mnd-one-stop","team member","aware")
peer("cap-peer-rig","Peer assist: radiologically inserted gastrostomy for MND",MND,
 "To learn how another centre places feeding tubes safely in people with weak breathing.", "MND and Parkinson's Service", "How to insert a RIG when a patient cannot lie flat.",
 insights=["Use NIV during the procedure","Book early"], facilitator="person-ruth-lamont", people=["person-harriet-quayle","person-sunita-bhamra"], kw=["RIG","gastrostomy"])
X("person-harriet-quayle","Gastrostomy feeding","cap-peer-rig","participant")
X("person-ruth-lamont","Peer assists","cap-peer-rig","facilitator")
inn("inn-eye-gaze","Eye-gaze communication aids loan bank","person-sunita-bhamra",MND,
 "People losing hand function and speech waited months for an eye-gaze device.", "A loan bank of eye-gaze computers with fast set-up by the communication aid team.", kw=["eye gaze","AAC","communication aid"])
inn("inn-dbs-service","Deep brain stimulation assessment pathway","person-callum-reid",MND,
 "People with advanced Parkinson's waited two years for DBS assessment.", "Nurse-led screening for deep brain stimulation, with levodopa challenge tests done locally.", kw=["DBS","deep brain stimulation","Parkinson's"], team=["person-beatrix-lund"])
X("person-callum-reid","Deep brain stimulation","inn-dbs-service")
story("story-pd-dance","Dance classes for people with Parkinson's",MND,"Physiotherapist",
 "People with Parkinson's wanted exercise that was fun.", "Weekly dance classes with a trained teacher and volunteers.", "Participants reported better balance and mood.", person="person-callum-reid", kw=["Parkinson's","exercise","dance"])
lesson("lesson-pd-late-doses","Late Parkinson's doses clustered at drug rounds",MND,
 "Levodopa doses were late because they were given during the main drug round.", "Give time-critical Parkinson's medicines at the patient's own times, not at round times.", owner="person-anjali-rao", kw=["missed doses"])
X("person-anjali-rao","Time-critical medicines","lesson-pd-late-doses","author")
# ---- wheelchair more
inn("inn-wheelchair-repairs","In-house wheelchair repair service","person-ade-okonkwo",WPS,
 "The repair contractor took up to three weeks to fix wheelchairs, leaving people housebound.", "Our own rehabilitation engineers repair chairs with a 48-hour target for urgent repairs.", kw=["wheelchair repairs"])
X("person-ade-okonkwo","Wheelchair repairs","inn-wheelchair-repairs","lead","expert")
lesson("lesson-cushion-review","Review pressure-relieving cushions every year",WPS,
 "Worn cushions caused skin damage in long-term wheelchair users.", "Check cushions at the annual review.", owner="person-marisol-vega")
X("person-marisol-vega","Wheelchair services","lesson-cushion-review","author")
story("story-powerchair-controls","A head control let him drive his own powered chair",WPS,"Rehabilitation engineer",
 "A man with high spinal cord injury could not use a joystick.", "We fitted a head array control and trained him over three weeks.", "He can now move around independently.", person="person-ade-okonkwo", kw=["powered wheelchair","controls"])
X("person-ade-okonkwo","Powered wheelchairs","story-powerchair-controls")
retro("cap-retro-wheelchair-voucher","Retrospect: personal wheelchair budgets",WPS,"To review the first year of personal wheelchair budgets.",
 ["Offer choice of chair"], successes=["People chose lighter chairs"], improvements=["Paperwork was confusing"], facilitator="person-ruth-lamont", people=["person-marisol-vega"])
X("person-marisol-vega","Wheelchair services","cap-retro-wheelchair-voucher","participant")
# ---- audiology more
inn("inn-microsuction","Nurse-led ear wax removal by microsuction","person-elspeth-garroway",AUD,
 "Wax blocked hearing aid fittings and GPs stopped syringing.", "Audiology nurses offer microsuction before hearing aid appointments.", kw=["ear wax","microsuction"])
inn("inn-care-home-hearing","Hearing checks and aid care in care homes","person-elspeth-garroway",AUD,
 "Care home residents' hearing aids were lost, broken or had flat batteries.", "Audiology staff train care home staff to clean, fit and store hearing aids.", kw=["care homes","hearing aids","dementia"])
lesson("lesson-deaf-awareness","Deaf awareness for ward staff",AUD,
 "Patients with hearing loss said staff spoke from behind masks and turned away.", "Offer deaf awareness training and clear masks on every ward.", owner="person-elspeth-garroway")
inn("inn-baha","Bone-anchored hearing implant service","person-priya-lakhani",AUD,
 "People with conductive hearing loss or single-sided deafness travelled out of area for a bone conduction implant.", "Local surgery and fitting for bone-anchored hearing devices.", kw=["BAHA","bone anchored hearing aid","implant"], team=["person-samir-haddad"])
X("person-priya-lakhani","Bone-anchored hearing devices","inn-baha")
aar("cap-aar-ci-fault","After action review: cochlear implant processor fault",AUD,
 "A patient's implant processor failed over a bank holiday.", "Patients have a spare processor and a contact route.", "No spare had been issued; patient had no hearing for 4 days.",
 improve=["Issue spare processors at switch-on"], facilitator="person-ruth-lamont", people=["person-samir-haddad"], kw=["cochlear implant"])
X("person-samir-haddad","Cochlear implants","cap-aar-ci-fault","participant")
story("story-vestibular-falls","Dizzy and falling: joining up with the falls team",AUD,"Vestibular physiotherapist",
 "Older people with dizziness were falling at home.", "Joint clinic with the falls team for balance testing and vestibular rehabilitation.", "Falls halved in those treated.", person="person-wendy-ashdown", kw=["falls","dizziness","vestibular"])
X("person-wendy-ashdown","Vestibular rehabilitation","story-vestibular-falls")
# ---- corporate more
inn("inn-epr-go-live","Electronic patient record go-live on neuro wards","person-lina-petrosyan",IT,
 "Paper notes were lost between wards.", "Phased EPR go-live with super users on each ward.", kw=["EPR","digital"])
lesson("lesson-cyber-phishing","Phishing test caught a third of staff",IT,"A simulated phishing email was clicked by 33% of staff.","Run short cyber security training every year.", owner="person-lina-petrosyan")
inn("inn-staff-shuttle","Staff shuttle bus between sites","person-barry-stenhouse",TR,"Staff struggled to get between the main site and the spinal centre.","A free shuttle bus every 30 minutes.", kw=["staff travel"])
inn("inn-ev-fleet","Electric vehicles for community visits","person-barry-stenhouse",TR,"Fleet emissions were high.","Electric pool cars and charging points.", kw=["electric vehicles","net zero"])
inn("inn-volunteer-wayfinding","Volunteer wayfinders at the main entrance","person-zoe-kirkbride",VOL,"Patients got lost.","Volunteers in purple tabards guide visitors.", kw=["volunteers","wayfinding"])
lesson("lesson-volunteer-dbs","DBS checks for volunteers took too long",VOL,"New volunteers waited 10 weeks for checks.","Start the DBS check at interview.", owner="person-zoe-kirkbride", kw=["DBS check","recruitment"])
inn("inn-sickness-absence","Supporting managers with sickness absence","person-gemma-fairweather",HR,"Sickness absence was 6%.","Monthly clinics with HR and occupational health for managers.", kw=["sickness absence"])
X("person-gemma-fairweather","Staff wellbeing","inn-sickness-absence")
# ---- distractors more
story("story-balance-sheet","Year-end balance sheet closed on time","Finance","Finance director",
 "Year-end accounts were late.","A close-down timetable.","Accounts signed off in May.", person="person-ian-fotheringham", kw=["finance"])
X("person-ian-fotheringham","Budget balance","story-balance-sheet")
lesson("lesson-stroke-of-the-pen","New rota policy changed overnight",HR,
 "With a stroke of the pen the on-call rota policy changed and staff were not consulted.","Consult staff side before changing rota policy.", owner="person-martin-oyelaran", kw=["rota","policy"])
inn("inn-implant-managers","Implanting QI coaches in corporate teams","person-ruth-lamont","Quality Improvement",
 "Corporate teams did little improvement work.","QI coaches were implanted into finance, HR and IT for six months.", kw=["quality improvement","coaching"])
X("person-ruth-lamont","Quality improvement coaching","inn-implant-managers")
story("story-drop-in-it","IT drop-in sessions for new starters",IT,"IT trainer",
 "New starters could not log in on day one.","Weekly IT drop-in sessions in the library.","Fewer service desk calls.", person="person-owen-madoc", kw=["IT training","new starters"])
lesson("lesson-hearing-loop-reception","Hearing loop at reception was switched off","Patient Experience",
 "The induction hearing loop at main reception had been switched off for months.","Check the loop weekly.", owner="person-nadia-kowalczyk", kw=["hearing loop","accessibility"])
X("person-nadia-kowalczyk","Accessibility","lesson-hearing-loop-reception","author")
