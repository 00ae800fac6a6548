from lib import inn, story, lesson, aar, retro, peer, _cap
from records1 import HASU,SR,EP,HC,SIC,ABI,MND,NS,NCC,WPS,AUD,HR,VOL,TR,IT,EST,LKS
from records3 import X
# long record
inn("inn-hasu-nurse-led-assessment","Stroke nurses assess suspected stroke at the front door and start the pathway","person-kwame-asante",HASU,
 "When the unit moved to a hub model, the number of suspected stroke arrivals doubled. Registrars were called to every pre-alert, often while busy on the ward, and patients waited in the corridor. About a third of pre-alerts turned out to be stroke mimics such as seizures, migraine with aura, functional weakness or low blood sugar.",
 "We developed a competency framework so that band 6 and 7 stroke nurses could assess pre-alerted patients at the door using the NIHSS and the ROSIER score, request CT and CT angiography, and start the thrombolysis checklist before the registrar arrives. The programme had three parts. First, classroom teaching on stroke syndromes, mimics and the NIHSS, with video cases. Second, twenty supervised assessments signed off by a consultant. Third, monthly case review where we look at every patient whose treatment took longer than 45 minutes from arrival. "
 "We also changed the bleep system so the nurse gets the pre-alert first, and agreed with radiology that a nurse-requested CT head is accepted without a doctor's signature. We audited 200 consecutive pre-alerts. Median door-to-CT time fell from 19 to 9 minutes, and door-to-needle from 41 to 33 minutes. Nurses said they felt more confident and valued, and two have since become advanced clinical practitioners. The main barrier was cover at night when only one trained nurse was on shift; we now roster at least one competent nurse per shift. "
 "Other hyperacute units in the region have asked for our competency pack. We shared it through the regional stroke network.",
 kw=["stroke nurse","NIHSS","front door","pre-alert"], team=["person-aoife-brannagh"], stage="spreading")
import lib; lib.R[-1]["adoption"] = {"adopted_by": [{"org": {"name": "Brackenmoor Hospitals NHS Trust", "ods_code": "R9B"}, "status": "piloting"}]}
lesson("lesson-mimics","A third of stroke pre-alerts were mimics",HASU,
 "Seizures, migraine and functional disorders made up a third of stroke calls.","Teach front-door staff to recognise common stroke mimics.", owner="person-kwame-asante")
_cap("cap-harvest-seating","Knowledge harvest: retiring seating therapist",WPS,
 "Capture what our senior seating therapist knows before she retires.",
 {"technique":"knowledge_harvest","harvestee":"person-marjorie-keel","reason":"retiring","successor":"person-marisol-vega",
  "knowledge_areas":[{"area":"Complex seating for people with severe body shape asymmetry","priority":"high"},{"area":"Moulded seat inserts and postural supports","priority":"high"},{"area":"Working with care homes on 24 hour posture","priority":"medium"}],
  "interview_summary":"Marjorie explained how she measures pelvic obliquity and windswept hips, how she decides between a modular and a moulded seat, and why the first fitting should always be in the person's own chair at home. She keeps a notebook of supplier contacts and tricks for tilt-in-space chairs."},
 "2025-09-15", facilitator="person-ruth-lamont", people=["person-marjorie-keel","person-marisol-vega"], kw=["seating","posture","tilt-in-space"])
X("person-ruth-lamont","Knowledge harvesting","cap-harvest-seating","facilitator")
X("person-marisol-vega","Postural management","cap-harvest-seating","successor")
lesson("lesson-tilt-in-space","Tilt-in-space chairs need carer training",WPS,
 "Carers used the tilt to restrain residents rather than for comfort.","Train carers on why and when to tilt.", owner="person-marjorie-keel")
inn("inn-moulded-seating","Moulded seating for people with complex body shapes","person-marjorie-keel",WPS,
 "Standard cushions did not support people with severe scoliosis.","Shape-capture moulded seats made locally.", kw=["moulded seat","scoliosis","seating"])
# terse ones
lesson("lesson-ci-batteries","CI batteries: order before you run out",AUD,"Patients ran out of implant batteries.","Send reminders.", owner="person-samir-haddad")
X("person-samir-haddad","Cochlear implants","lesson-ci-batteries","author")
lesson("lesson-gon-steroid","Steroid in nerve blocks",HC,"Adding steroid made little difference for some.","Audit outcomes by block type.", owner="person-fiona-mcbride")
X("person-fiona-mcbride","Nerve blocks for headache","lesson-gon-steroid","author")
lesson("lesson-evd-level","Zero the drain at the tragus",NCC,"Drains levelled at different points gave wrong readings.","Always level at the tragus.", owner="person-ifeoma-nnadi")
X("person-ifeoma-nnadi","External ventricular drains","lesson-evd-level","author")
lesson("lesson-shunt-blocked-signs","Teach families the signs of a blocked shunt",NS,
 "Families did not recognise headache, vomiting and drowsiness as shunt malfunction.","Give every family a shunt malfunction symptom sheet.", owner="person-beatrix-lund")
X("person-beatrix-lund","Hydrocephalus and shunts","lesson-shunt-blocked-signs","author")
story("story-hydrocephalus-nph","Walking again after a shunt for normal pressure hydrocephalus",NS,"Neurosurgeon",
 "An older man with unsteady walking, memory problems and incontinence had been told it was old age.",
 "A lumbar drain trial showed improvement and he had a VP shunt.","He now walks to the shops. We set up an NPH clinic.", person="person-beatrix-lund", kw=["NPH","normal pressure hydrocephalus"])
X("person-beatrix-lund","Hydrocephalus and shunts","story-hydrocephalus-nph")
inn("inn-spasticity-intrathecal","Intrathecal baclofen pump service","person-jonah-pettifer",SR,
 "Severe spasticity after spinal cord injury and MS did not respond to tablets or injections.","Trial and implant of intrathecal baclofen pumps, refilled in a nurse clinic.", kw=["baclofen pump","spasticity","implant"], team=["person-grace-okafor"])
X("person-grace-okafor","Spasticity","inn-spasticity-intrathecal","team member","practitioner")
aar("cap-aar-baclofen-withdrawal","After action review: baclofen pump alarm missed",SIC,
 "To learn from a pump refill date that was missed.","Pump refilled before the low reservoir alarm.","Refill was booked late and the patient had withdrawal symptoms with rebound stiffness.",
 improve=["Book the next refill at each visit"], facilitator="person-ruth-lamont", people=["person-jonah-pettifer","person-grace-okafor"], kw=["intrathecal baclofen"])
X("person-jonah-pettifer","Spasticity","cap-aar-baclofen-withdrawal","participant")
story("story-aphasia-friendly-letters","Aphasia-friendly appointment letters",SR,"Speech and language therapist",
 "People with communication difficulties after stroke could not read our clinic letters.","SALT rewrote the letters with pictures and short sentences.","DNA rate fell.", person="person-megan-tulloch", kw=["aphasia","accessible information"])
X("person-megan-tulloch","Aphasia","story-aphasia-friendly-letters")
# distractors
story("story-staff-choir","Voices of the Vale: the staff choir",VOL,"Arts coordinator",
 "Staff wanted a way to relax together.","A weekly staff choir with a voice coach.","The choir sang at the lights switch-on.", person="person-jess-holroyd", kw=["choir","music"])
X("person-jess-holroyd","Arts in health","story-staff-choir")
lesson("lesson-lift-seized","Lift motor seized over the weekend",EST,"The lift to the spinal unit seized and wheelchair users were stuck on the ward.","Have an out-of-hours lift engineer contract.", owner="person-terry-vaughan", kw=["lifts"])
X("person-terry-vaughan","Lifts","lesson-lift-seized","author")
inn("inn-aid-convoy","Staff donation drive for humanitarian aid","person-zoe-kirkbride",VOL,"Staff wanted to help refugees.","A donation drive collected aid parcels.", kw=["charity","donations"])
lesson("lesson-block-c-roof","Block C roof leak damaged IT kit",EST,"Water came through the Block C roof onto the server room.","Inspect flat roofs every autumn.", owner="person-terry-vaughan")
story("story-winter-pressures","Winter pressures: the discharge lounge",HR,"Site manager",
 "Winter pressures meant beds were full and staff felt the pressure.","A discharge lounge opened for patients waiting for transport.","Beds freed earlier in the day.", person="person-barry-stenhouse", kw=["winter","bed flow"])
lesson("lesson-bank-fill-drop","Drop in bank shift fill rates in August",HR,"Bank fill rates dropped during school holidays.","Plan the summer rota in April.", owner="person-gemma-fairweather")
inn("inn-transfer-window","Patient transfer booking window for outpatients","person-barry-stenhouse",TR,
 "Transport bookings were made too late.","A booking window of 48 hours with online requests.", kw=["transport booking"])
lesson("lesson-nerve-centre","Site nerve centre needs one phone number",EST,"The bed management 'nerve centre' had three phone numbers.","Use one number.", owner="person-barry-stenhouse")
