"""Distractor records: topic words in another sense."""
from lib import inn, story, lesson, aar, retro, peer, cafe
from ids import *
W="Workforce"; EST="Estates"; FAC="Facilities"
# band (pay band)
inn("inn-band-banding-panel","Faster Agenda for Change banding panels for new roles",W,KOW,[FIT],["d_band"],
 "New job descriptions waited up to four months for a banding panel, holding up recruitment.||Fortnightly virtual panels with a trained job-matching pool; band outcome within 3 weeks.", stage="implemented", kw=["banding","Agenda for Change","job evaluation"])
lesson("lesson-band5-progression","Publish the band 5 to band 6 progression criteria",W,FIT,["d_band"],
 "Nurses did not know what they needed to do to move from band 5 to band 6, and some left.||Publish the criteria and discuss them at every appraisal.")
story("story-band-music","Staff band plays for patients at Christmas","Communications",GRA,[],["d_band"],
 "Staff asked for a way to lift spirits on the wards in December.||The Harrowmere staff band rehearsed carols and toured the wards, including Kestrel Ward.||Patients and staff said it was the highlight of the week.", kind="km_success_story", asker_role="Staff member")
# sleeve
inn("inn-sleeve-coffee-recycling","Cardboard cup sleeves dropped from the staff restaurant",EST,ELL,[],["d_sleeve"],
 "The restaurant used 40,000 cardboard cup sleeves a year.||Reusable cups with double walls replaced disposable cups and sleeves; discount for bringing your own cup.", stage="implemented", kw=["sustainability","single-use"])
lesson("lesson-sleeve-hivis","Roll down hi-vis sleeves near machinery",EST,MAR,["d_sleeve"],
 "A contractor's loose rolled-up sleeve caught in a floor polisher.||Wear sleeves down and fastened near machinery.")
# bypass
inn("inn-bypass-roadworks-shuttle","Shuttle bus during the Harrowmere bypass roadworks",FAC,ROE,[DRU],["d_bypass"],
 "Eight months of roadworks on the Harrowmere bypass added 40 minutes to staff and patient journeys.||Park and ride shuttle every 15 minutes from the Tolland retail park with priority for clinic patients.", stage="implemented", kw=["roadworks","shuttle","park and ride"])
lesson("lesson-bypass-switchboard","Publish a switchboard bypass number for urgent clinical calls","Digital Services",VAN,["d_bypass"],
 "When the switchboard failed, GPs could not reach on-call teams.||Give GPs a bypass number that goes straight to the site manager.")
# dumping / dump
inn("inn-flytipping-cameras","Cameras stop fly-tipping and dumping behind the estates yard",EST,ELL,[DRU],["d_dump"],
 "Mattresses and building waste were being dumped behind the estates yard, costing £9,000 a year to clear.||Motion cameras and a locked gate; fly-tipping reports to the council.", stage="evaluated", kw=["fly-tipping","waste"])
lesson("lesson-data-dump-registry","Check the monthly data dump before it goes to the registry","Performance and Information",BOS,["d_dump"],
 "The monthly data dump sent to the national registry included test patients.||Run the validation query before every submission.")
# leak
aar("cap-aar-roof-leak","AAR: roof leak closed the outpatient clinic corridor",EST,OYE,[MAR,ADE],["d_leak"],
 "Water came through the ceiling of the outpatient corridor in heavy rain.||Clinic would run as normal.||Half of clinics were moved at short notice; patients were not told in time.||No escalation plan for building leaks during clinic hours.", held="2025-10-14", kw=["leak","estates"])
lesson("lesson-data-leak-email","Use BCC for group emails to patients","Information Governance",BRE,["d_leak"],
 "A support group invitation was sent with every patient's email address visible: a data leak reported to the ICO.||Use BCC or the secure mailing tool for any email to more than one patient.")
inn("inn-leak-detection-water","Water leak detectors in the plant rooms",EST,MAR,[],["d_leak"],
 "Undetected pipe leaks flooded a plant room twice.||Wireless water leak sensors alert the estates helpdesk.", stage="implemented")
# scales
lesson("lesson-pay-scales-locum","Out-of-date pay scales in the locum rota tool",W,KOW,["d_scales"],
 "The rota tool was still using last year's pay scales, underpaying locums.||Update pay scales in every system on the day the pay award is published.")
story("story-rating-scales","Choosing a validated rating scale for the staff survey","Workforce",LIN,[BEL],["d_scales","d_sleep"],
 "The wellbeing lead wanted a validated rating scale to measure burnout.||The librarian found and compared scales (MBI, CBI, a single-item measure).||The Copenhagen Burnout Inventory was chosen.")
# balloon
story("story-balloon-race","Charity balloon race replaced with a seed-paper launch","Harrowmere Hospitals Charity",DOH,[ELL],["d_balloon"],
 "The annual balloon race raised money but drew complaints about litter and harm to wildlife.||The charity switched to a virtual balloon race with seed-paper tickets.||More money raised and no litter.", kind="km_success_story", asker_role="Charity manager")
# lift
lesson("lesson-lift-outage","Tell outpatients when the main lift is out of service",EST,MAR,["d_lift"],
 "The main lift broke for three days and patients with walking difficulties arrived to find no way up.||Text patients booked on upper floors when a lift is out of service.")
inn("inn-lift-spirits-choir","Staff choir to lift spirits during winter pressures",W,LIN,[],["d_lift"],
 "Staff morale was low after a hard winter.||Lunchtime choir open to all staff.", stage="implemented")
# supplement
lesson("lesson-recruitment-supplement","Recruitment and retention premium needs a review date",W,PEA,["d_supp"],
 "A recruitment and retention pay supplement for sonographers was still being paid years after the shortage ended.||Every pay supplement must have a review date.")
story("story-newsletter-supplement","Wellbeing supplement in the staff newsletter","Communications",GRA,[LIN],["d_supp","d_sleep"],
 "Staff wanted wellbeing information in one place.||An eight-page supplement with the staff newsletter covering sleep, rest breaks and support.||Read by over 2,000 staff.", kind="km_success_story", asker_role="Staff wellbeing lead")
# recovery
inn("inn-it-disaster-recovery","Twice-yearly IT disaster recovery tests","Digital Services",VAN,[BRE],["d_recovery"],
 "The last disaster recovery test was three years old.||Scheduled failover tests of the patient administration system twice a year.", stage="implemented", kw=["disaster recovery","business continuity"])
lesson("lesson-cost-recovery-overseas","Cost recovery for overseas visitors starts at booking","Finance",PEA,["d_recovery"],
 "Charges for overseas visitors having elective treatment were not recovered because eligibility was checked too late.||Check eligibility when the referral is booked.")
# sleep
inn("inn-sleep-pods-night-staff","Rest pods for night staff",W,LIN,[],["d_sleep"],
 "Night staff had nowhere to rest on breaks and some drove home exhausted.||Two rest pods and a quiet room for a 20 minute nap, bookable on night shift.", stage="evaluated", kw=["sleep","fatigue","night shift"])
# plate / portion
lesson("lesson-number-plate-permits","Register number plates for blue badge parking",FAC,DRU,["d_plate"],
 "Patients with blue badges got fines from the number plate recognition cameras.||Let patients register their plate at reception on arrival.")
lesson("lesson-budget-portion","Agree the portion of the budget held back for winter","Finance",PEA,["d_plate"],
 "A portion of the surgical budget was released too early and there was none left for winter.||Agree in April what portion is held back.")
# tier
lesson("lesson-tier-parking","Open the top tier of the multi-storey car park for staff",FAC,DRU,["d_tier"],
 "The top tier of the multi-storey sat empty while staff parked on verges.||Allocate the top tier to staff permits.")
# weight (other sense)
story("story-weighting-allowance","Getting the high cost area weighting right for new starters","Workforce",KOW,[PEA],["d_supp"],
 "New starters at the Tolland site were not being paid the outer London weighting.||HR and payroll checked every post at that site.||Back pay was paid to 14 staff.", kind="learning_from_setback", asker_role="HR business partner")
