CLAIMTAGS = {
 "Acute frailty": ["frailty"], "Comprehensive geriatric assessment": ["cga"], "Falls prevention": ["falls"], "Bed rails": ["bedrail"],
 "Bone health": ["bone"], "Osteoporosis": ["bone"], "Mobility": ["mob"], "Falls": ["falls"], "Delirium": ["delirium"], "Dementia": ["dementia"],
 "Continence": ["continence"], "Urinary catheters": ["catheter"], "Pressure ulcers": ["pressure"], "Wound care": ["wound"],
 "Pressure area care": ["pressure"], "Malnutrition": ["nutrition"], "Enteral feeding": ["tube"], "Dysphagia": ["dysphagia"],
 "Nasogastric tube safety": ["tube"], "Sedation": ["sedation"], "Mechanical ventilation": ["vent"], "Critical care outreach": ["outreach"],
 "Deteriorating patient": ["news"], "Central line infection": ["line"], "Tracheostomy care": ["trach"], "ICU rehabilitation": ["icurehab"],
 "Palliative care": ["palliative"], "End of life care": ["palliative"], "Syringe drivers": ["syringe"], "Patient experience": ["px"],
 "Complaints": ["complaints"], "Volunteers": ["volunteers"], "Spiritual care": ["chap"], "Chaplaincy": ["chap"], "Bereavement": ["bereave"],
 "Linen": ["linen"], "Cleaning": ["cleaning"], "Security": ["security"], "Literature searching": ["lks"], "Knowledge capture": ["falls", "frailty", "dementia", "pressure", "outreach", "vent"],
 "Falls from height": ["d_falls"], "Working at height": ["d_falls"], "Committee chairing": ["d_chair"], "Staff under pressure": ["d_pressure"],
 "Schwartz rounds": ["d_rounds"], "Telephone lines": ["d_line"], "Ventilation systems": ["d_vent"], "Pneumatic tube system": ["d_tube"],
 "Staff bank": ["d_bank"], "Tablet devices": ["d_pad"], "Ward screens": ["d_screen"], "Cost pressures": ["d_pressure", "d_settle"],
 "Gardens": ["d_falls", "d_bed", "dementia"], "Enhanced care": ["dementia"], "Ward leadership": ["falls", "frailty"], "Airway": ["trach", "vent"],
}
EXTRA_EVIDENCE = {
 ("lloyd", "Literature searching"): [],
 ("barker", "Continence"): [("con03", "S", "author")],
 ("harris", "Volunteers"): [("dem01", "I", "participant")],
 ("patel", "Sedation"): [("icu01", "I", "participant")],
 ("reyes", "Tracheostomy care"): [("icu05", "A", "participant")],
}
