"""Writes ../README.md with current counts."""
import json, glob, os, collections
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.join(HERE, "..")
c = collections.Counter(json.load(open(f))["type"] for f in glob.glob(os.path.join(ROOT, "kb", "*", "*.json")))
t = json.load(open(os.path.join(HERE, "tags.json")))
nd = sum(1 for v in t.values() if all(x.startswith("d_") or x == "km" for x in v))
j = json.load(open(os.path.join(ROOT, "judgements.json")))
kinds = collections.Counter(q["kind"] for q in j["queries"])
nrec = sum(v for k, v in c.items() if k != "person")
txt = f"""# search-p: bariatric surgery and specialist weight management network

Independent judged test collection for kmcore search and the "who knows about this?" expert finder.
Written from the users' side; every judgement was made by reading the records (with `gen/grep.py`
to find every record using a synonym, spelling or acronym), never by running kmcore search/experts.

## Setting (fictional)
**Harrowmere and Tolland NHS Foundation Trust (ODS-like code R9H)**, the Harrowmere Bariatric and Weight
Management Network: the bariatric surgery service (Kestrel Ward; sleeve gastrectomy, Roux-en-Y and one
anastomosis gastric bypass, legacy adjustable gastric bands, intragastric balloons, revisional surgery),
the Tier 3 specialist weight management programme (obesity medicine, GLP-1 medicines clinic, group
education, psychology), bariatric dietetics, pre-assessment and the sleep/respiratory physiology service
for pre-operative sleep apnoea, plus the partner Tolland Vale Community Health Services (R8T).
Corporate/estates/finance/HR/charity staff appear only as the source of distractors and trap people.
E-mail domain `htft.nhs.example`. All people, names and codes are invented.

## Counts
- Knowledge records: {nrec} ({c['innovation']} innovations, {c['story']} stories, {c['lesson']} lessons,
  {c['capture_record']} capture records: after action reviews, retrospects, peer assists, knowledge cafes,
  a knowledge harvest, an elicitation interview, a community of practice meeting).
- Distractor records (a topic word in another sense): {nd} (~{round(100*nd/nrec)}%).
- People: {c['person']}, all with expertise profiles; evidence on each claim points at the records the person
  led, wrote, asked for, facilitated or took part in (generated from the record definitions, so it is exact).
- Queries: {len(j['queries'])} ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}).
- Expert topics: {len(j['experts'])}, {sum(1 for e in j['experts'] if e['traps'])} with traps.

## Polysemous words and distractors
| word | bariatric sense | other senses used in distractors / trap people |
|---|---|---|
| band / band adjustment | adjustable gastric band, band fills and adjustments | Agenda for Change pay band, banding panels (HR, staff side), payroll "band adjustments", the staff band (music), "weight-banded dosing" |
| moving and handling | moving and handling heavier patients | moving and handling of crates and furniture in office moves |
| sleeve | sleeve gastrectomy | cardboard coffee-cup sleeves (sustainability), hi-vis sleeves (estates) |
| bypass | gastric bypass | Harrowmere bypass roadworks (travel), switchboard bypass number (IT) |
| dumping | dumping syndrome | fly-tipping/dumping (sustainability), monthly registry "data dump" (analyst) |
| leak | anastomotic / staple line leak | roof and water leaks (estates), data leaks (IG) |
| scales | weighing scales | pay scales, scale points, rating scales |
| balloon | intragastric balloon | charity balloon race |
| lift | hoists / lifting patients | passenger lifts out of service, choir "to lift spirits" |
| supplement | vitamin and mineral supplements | pay supplements / RRP, newsletter supplement, London weighting |
| recovery | enhanced recovery (ERABS) | IT disaster recovery, cost recovery, staff recovery sessions, laptop recovery keys |
| sleep | sleep apnoea, sleep studies | sleep pods and sleep hygiene for night staff |
| portion / plate / tier | portion control plates, Tier 3 | portion of the budget, number plates, car-park tiers |

## Language variation built in
Lay and clinical wording side by side: "stomach stapling"/"having my stomach made smaller" vs sleeve gastrectomy;
"weight loss jabs/injections" vs GLP-1 receptor agonists, semaglutide, tirzepatide; "sugar crash", "the sweats",
"shaky after pudding" vs late dumping / post-bypass hypoglycaemia; "liver shrinking diet", "pre-op diet",
"milk diet" vs liver reducing diet (LRD); "blood clot prevention" vs VTE prophylaxis / LMWH / enoxaparin;
"comfort eating" vs emotional eating / binge eating disorder (BED). Acronyms bare in some records and
expanded in others (LRD, OSA, RYGB/Roux-en-Y, OAGB, LSG, LAGB, ERABS, PONV, IGB, CPAP, VTE, DNA).
British spelling throughout (anaemia, hypoglycaemia, apnoea, anaesthetist, programme, behaviour), so the
spelling queries use US forms or typos. Boilerplate sentences shared by many records (network
improvement programme; LKS support; "notes were written up by the knowledge manager"). Lengths vary from
two-sentence lessons to long innovations, a knowledge harvest and an elicitation interview.

## Judgement calls
- Grade 2 = the record is about the query's topic; 1 = a neighbour (e.g. for "RYGB", records about
  bypass-specific complications such as B12 or alcohol; for "\\"weight stigma\\"", weighing in private and
  right-sized BP cuffs). Distractor records are never graded.
- "stomach stapling" is judged as the sleeve gastrectomy (plus the FAQ that explains both operations);
  bypass records are not graded although bypass also uses staples.
- "lift and hoist" grades the patient-handling records; the lift-width lesson (beds not fitting the lift)
  is relevant (2) because it is about transferring bariatric patients, unlike the lift-outage distractors.
- "\\"support group\\"": the IG lesson about a support-group invitation sent without BCC is graded 1 (useful to
  whoever runs the group) even though it is filed under information governance.
- Phrase queries: the exact phrase occurs only in some relevant records ("liver reducing diet" vs "pre-op diet",
  "liver shrinking diet"; "enhanced recovery" vs "ERABS", "criteria-led discharge"; "moving and handling" vs
  "hoist", "transfer").
- Expert topics: grade 2 = leads/owns several evidence records; 1 = real but thinner evidence. Traps claim
  the same word in another sense (HR "banding", estates "leaks" and "lifts", IG "data leaks", IT "support"
  and "disaster recovery", finance "cost recovery"/"pay supplements", travel "bypass", charity "balloon race",
  wellbeing "sleep" for night staff, car-park "tier"). The clinical librarian (evidence on 15+ records across
  topics) and knowledge manager (facilitator of most captures) are deliberately not graded for clinical topics.

## Regenerate
`python3 gen/build.py && python3 gen/judgements.py && python3 gen/readme.py` then
`kmcore --kb kb validate`. Records are defined in `gen/data*.py` (helpers in `gen/lib.py`), people in
`gen/people.py` (claim evidence computed from each record's internal topic tags), judgements in
`gen/judgements.py`. `gen/tags.json` lists the internal topic tags (d_* = distractor sense) used while judging.
"""
open(os.path.join(ROOT, "README.md"), "w").write(txt)
print("README written")
