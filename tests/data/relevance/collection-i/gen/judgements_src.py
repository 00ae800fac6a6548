"""Queries and expert topics, judged by reading the records (keys from gen/records*.txt).
Run gen/make_judgements.py to translate keys to record ids and write judgements.json."""
Q = []
def q(kind, text, **grades):
    # grades: key=2|1 ; keys with '-' are given via the rel dict
    Q.append((kind, text, grades))

# ---------------- synonym ----------------
Q += [
 ("synonym", "burst red cells in blood samples", {"hae12": 2, "hae1": 2, "hae2": 2, "hae3": 2, "hae8": 2, "hae9": 1, "hae4": 1}),
 ("synonym", "kidney damage from scan dye", {"con2": 2, "con3": 1}),
 ("synonym", "fear of needles", {"hae7": 2, "hae5": 1}),
 ("synonym", "cleaning and sterilising surgical instruments", {"ssd10": 2, "ssd9": 1, "ssd1": 2, "ssd2": 2, "ssd4": 2, "ssd6": 2, "ssd8": 2, "ssd5": 1, "ssd7": 1, "ssd3": 1}),
 ("synonym", "finger prick test for warfarin patients", {"poc3": 2, "poc1": 1, "poc2": 1}),
 ("synonym", "dye leaking into the arm during a CT scan", {"con1": 2, "con5": 1}),
 ("synonym", "putting rubbish in the right bag", {"was8": 2, "was1": 2, "was6": 1}),
 ("synonym", "can't find pumps and monitors on the wards", {"ce9": 1, "ce2": 2, "ce7": 2, "ce6": 1, "ce1": 1}),
 ("synonym", "patients panicking inside the scanner tunnel", {"mri4": 2}),
 ("synonym", "DNA test to diagnose rare conditions in sick babies", {"gen1": 2, "gen6": 2, "gen2": 1, "gen4": 1}),
 ("synonym", "going without food before a procedure", {"cat6": 2, "cat1": 2, "cat5": 2}),
]
# ---------------- acronym ----------------
Q += [
 ("acronym", "MHP", {"tx1": 2, "tx2": 2, "tx5": 1, "tx9": 1}),
 ("acronym", "POCT", {"poc6": 2, "poc1": 2, "poc2": 2, "poc3": 2, "poc4": 2, "poc5": 2, "qa1": 1}),
 ("acronym", "WGS", {"gen1": 2, "gen6": 1, "gen4": 1}),
 ("acronym", "IRMER audit", {"rad1": 2, "rad3": 1, "rad2": 1, "poc5": 1}),
 ("acronym", "HSDU", {"ssd11": 1, "ssd10": 2, "ssd9": 2, "ssd1": 2, "ssd2": 2, "ssd4": 2, "ssd5": 2, "ssd6": 2, "ssd7": 1, "ssd8": 2, "ssd3": 1}),
 ("acronym", "COSHH", {"hs2": 2, "cp7": 2}),
 ("acronym", "DPIA", {"ig4": 2, "rep5": 1}),
 ("acronym", "EWD", {"ssd11": 2, "ssd3": 2, "ssd6": 1, "ssd8": 1}),
 ("acronym", "PTS pod carriers", {"por1": 2, "hae2": 2, "por2": 2}),
 ("acronym", "ICS in theatre", {"tx13": 1, "tx5": 2}),
 ("acronym", "SAR requests for x-ray images", {"ig6": 1, "ig3": 2}),
 ("acronym", "WBIT", {"tx6": 2}),
]
# ---------------- spelling ----------------
Q += [
 ("spelling", "hemolysis", {"hae12": 2, "hae1": 2, "hae2": 2, "hae3": 2, "hae8": 2, "hae9": 1, "hae4": 1}),
 ("spelling", "anemia before surgery", {"tx13": 2, "tx7": 2}),
 ("spelling", "hemorrhage protocol", {"tx1": 2, "tx2": 2, "tx5": 1, "tx9": 1}),
 ("spelling", "sterilization", {"ssd10": 1, "ssd9": 1, "ssd1": 2, "ssd2": 2, "ssd4": 2, "ssd8": 1, "ssd6": 1, "ssd5": 1}),
 ("spelling", "DYPD genotyping", {"gen5": 2}),
 ("spelling", "ultrasond waiting times", {"ce8": 1, "us4": 2, "us1": 2, "us3": 1}),
 ("spelling", "contrast extravastion", {"con1": 2, "con5": 1}),
 ("spelling", "color contrast signs", {"dis-con1": 2, "dis-con2": 1}),
 ("spelling", "pediatric genome testing", {"gen6": 2, "gen1": 2, "gen2": 1}),
 ("spelling", "cytolgy", {"cp5": 2}),
]
# ---------------- phrase ----------------
Q += [
 ("phrase", "\"major haemorrhage\"", {"tx1": 2, "tx2": 2, "tx5": 1, "tx9": 1}),
 ("phrase", "\"blood culture contamination\"", {"cul1": 2, "cul7": 2, "cul2": 1, "cul6": 1}),
 ("phrase", "\"sample rejection\"", {"pro5": 1, "hae12": 2, "hae1": 2, "hae4": 2, "hae8": 2, "hae10": 2, "gen3": 1, "cp2": 1}),
 ("phrase", "\"reporting backlog\"", {"rep7": 1, "rep1": 2, "rep4": 2, "rep5": 2, "rep3": 1, "rep2": 1, "rep6": 1, "dis-ir1": 1}),
 ("phrase", "\"offensive waste\"", {"was8": 2, "was1": 2}),
 ("phrase", "\"wrong blood in tube\"", {"tx6": 2}),
 ("phrase", "\"MRI safety\"", {"mri6": 2, "mri1": 2, "mri2": 2, "mri3": 2, "mri5": 2, "con4": 1}),
 ("phrase", "\"asset register\"", {"ce9": 2, "ce1": 2, "ce3": 2, "ce4": 2, "ce6": 2, "ce2": 1}),
 ("phrase", "\"pneumatic tube\"", {"por1": 2, "por2": 2, "hae2": 2}),
]
# ---------------- question ----------------
Q += [
 ("question", "how do we stop platelets expiring on the shelf?", {"tx14": 1, "tx3": 2, "tx4": 1, "tx12": 1}),
 ("question", "how can we reduce needlestick injuries for phlebotomists?", {"hs6": 1, "hs1": 2, "hs5": 2, "was6": 1}),
 ("question", "should patients stop metformin before a contrast scan?", {"con3": 2, "con2": 1}),
 ("question", "can anyone do a DVT scan at the weekend?", {"us3": 2}),
 ("question", "how do we get x-ray results to GPs quicker?", {"rep7": 2, "rep3": 2, "rep1": 2, "rep5": 1, "rep4": 1}),
 ("question", "what happens if the steam to the sterilisers fails?", {"ssd4": 2, "ssd8": 1}),
 ("question", "why are so many blood samples from home visits rejected?", {"hae12": 1, "hae8": 2, "hae10": 1, "hae1": 1, "hae4": 1}),
 ("question", "can a patient with a pacemaker have an MRI?", {"mri6": 1, "mri1": 2, "mri3": 1, "mri2": 1}),
 ("question", "how can the labs use less electricity?", {"was9": 2, "was2": 2}),
 ("question", "how do we make sure samples for genetic tests are in the right tube?", {"gen8": 2, "gen3": 2, "hae10": 1}),
]
# ---------------- distractor ----------------
Q += [
 ("distractor", "blood bank", {"tx14": 1, "tx15": 1, "tx3": 2, "tx4": 2, "tx12": 2, "tx9": 2, "tx1": 1, "tx8": 1, "tx10": 1}),
 ("distractor", "blood cultures", {"cul8": 2, "cul1": 2, "cul2": 2, "cul7": 2, "cul4": 2, "cul3": 1, "cul6": 1}),
 ("distractor", "contrast reaction", {"con7": 2, "con4": 2, "con1": 1, "con2": 1}),
 ("distractor", "plain film reporting", {"rep7": 2, "rep1": 2, "rep3": 2, "rep6": 2, "rep5": 2, "rep4": 1}),
 ("distractor", "cell salvage", {"tx13": 1, "tx5": 2}),
 ("distractor", "batch tracking of sterilised instruments", {"ssd1": 2, "ssd2": 2, "ssd3": 1}),
 ("distractor", "steriliser cycle failure", {"ssd2": 2, "ssd4": 1}),
 ("distractor", "sample transport to the lab", {"pro5": 2, "hae12": 2, "cul8": 1, "por1": 2, "hae4": 2, "hae2": 2, "hae1": 1, "hae8": 1, "hae10": 1, "por2": 1, "por4": 1, "hae3": 1}),
 ("distractor", "slide scanning", {"cp8": 2, "cp1": 2, "cp6": 2}),
 ("distractor", "magnetic field safety", {"mri6": 1, "mri2": 2, "mri1": 2, "mri3": 2, "mri5": 1}),
 ("distractor", "agar plates", {"cul9": 2, "cul5": 2}),
]

# ---------------- expert topics ----------------
EXPERTS = [
 ("blood bank", {"person-bramwell": 2, "person-haddad": 1}, ["person-achebe", "person-forsyth"]),
 ("contrast", {"person-greaves": 2, "person-kowalczyk": 1}, ["person-mistry", "person-finch"]),
 ("blood cultures", {"person-lindqvist": 2, "person-chowdhury": 1}, ["person-ngata"]),
 ("just culture", {"person-ngata": 2, "person-doyle": 1}, ["person-lindqvist", "person-chowdhury"]),
 ("x-ray film reporting", {"person-osei": 2, "person-doyle": 1}, ["person-harper", "person-finch"]),
 ("slide scanning", {"person-patel": 2, "person-grant": 1}, ["person-finch", "person-baptiste"]),
 ("sterilisation batch tracking", {"person-bailey": 2, "person-moreau": 1}, ["person-baptiste"]),
 ("steriliser cycle", {"person-bailey": 2}, ["person-oconnell", "person-keane"]),
 ("sample quality", {"person-okafor": 2, "person-pryce": 1}, ["person-boyd", "person-ngata"]),
 ("MRI screening", {"person-kowalczyk": 2, "person-fenwick": 1}, ["person-finch"]),
 ("cell salvage", {"person-haddad": 2}, ["person-finch", "person-hughes"]),
 ("magnetic field", {"person-kowalczyk": 2}, ["person-harper", "person-finch"]),
 ("tendering", {"person-forsyth": 2}, ["person-pryce"]),
 ("waste", {"person-quinn": 2, "person-hughes": 2}, ["person-okafor"]),
 ("parking", {"person-oconnell": 2}, ["person-lambert"]),
 ("haemolysis", {"person-okafor": 2, "person-pryce": 1, "person-walsh": 1}, []),
 ("radiation protection", {"person-fenwick": 2}, []),
 ("WGS", {"person-rahman": 2, "person-evans": 1}, []),
 ("near-patient testing", {"person-nakamura": 2}, []),
 ("infusion pumps", {"person-whitfield": 2, "person-sandhu": 2}, []),
 ("IG", {"person-adeyemi": 2}, []),
 ("needlestick injuries", {"person-benton": 2, "person-pryce": 1, "person-quinn": 1}, []),
 ("porters", {"person-walsh": 2, "person-benton": 1}, []),
 ("patient food", {"person-baptiste": 2, "person-yilmaz": 1}, []),
 ("endoscope decontamination", {"person-moreau": 2, "person-bailey": 1}, []),
 ("reporting backlog", {"person-osei": 2, "person-doyle": 2}, []),
 ("transfusion", {"person-haddad": 2, "person-bramwell": 2, "person-ivanova": 1}, ["person-achebe"]),
 ("UKAS", {"person-keane": 2}, []),
 ("sonography", {"person-castillo": 2}, []),
 ("kidney check before contrast", {"person-greaves": 2}, ["person-mistry"]),
 ("the pod system", {"person-walsh": 2}, ["person-doyle"]),
 ("x-ray dye", {"person-greaves": 2, "person-kowalczyk": 1}, ["person-mistry", "person-harper"]),
 ("scope washing", {"person-moreau": 2, "person-bailey": 1}, []),
 ("bloods", {"person-pryce": 2, "person-okafor": 1}, []),
 ("consent for genetic tests", {"person-evans": 2, "person-rahman": 1}, []),
]
