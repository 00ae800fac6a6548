"""Regenerate kb/ records from records.txt and people.txt. Run: python gen/build.py"""
import json, os, random, glob
HERE = os.path.dirname(os.path.abspath(__file__))
KB = os.path.join(HERE, '..', 'kb')
random.seed(7)
ORG = {"name": "Northgate Specialist Hospitals NHS Foundation Trust", "ods_code": "R9X"}
BOILER = ["This work was shared at the trust's quality improvement showcase.",
          "Contact the team if you would like to adopt this approach.",
          "Thanks to everyone on the unit who made this happen.",
          "The library and knowledge service supported the evidence review.",
          "Further details are on the intranet page."]
FOLDER = {"innovation": "innovations", "person": "people", "story": "stories",
          "capture_record": "capture-records", "lesson": "lessons"}

def write(rec):
    d = os.path.join(KB, FOLDER[rec["type"]]); os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, rec["id"] + ".json"), "w") as f:
        json.dump(rec, f, indent=2, ensure_ascii=False)

import re
def aar_details(text):
    m = re.match(r"Intended: (.*?) Actual: (.*?)(?: (Next time .*))?$", text)
    if not m:
        return {"technique": "after_action_review", "intended": text, "actual": text}
    d = {"technique": "after_action_review", "intended": m.group(1), "actual": m.group(2)}
    if m.group(3):
        d["next_time"] = [m.group(3)]
    return d

def rows(name):
    for line in open(os.path.join(HERE, name), encoding="utf-8"):
        line = line.rstrip("\n")
        if line and not line.startswith("#"):
            yield line.split("|")

for sub in FOLDER.values():
    for f in glob.glob(os.path.join(KB, sub, "*.json")): os.remove(f)

for i, (rid, typ, lead, dept, title, text) in enumerate(rows("records.txt")):
    typ = typ.replace("distractor-", "")
    extra = (" " + BOILER[i % len(BOILER)]) if i % 3 else ""
    sents = [s.strip() + "." for s in text.split(". ") if s.strip()]
    sents = [s[:-1] if s.endswith("..") else s for s in sents]
    first, rest = sents[0], " ".join(sents[1:]) or sents[0]
    base = {"id": rid, "title": title, "department": dept, "status": "published",
            "summary": first}
    if typ == "inn":
        r = dict(base, type="innovation", lead=lead, problem=first, description=(rest + extra),
                 stage="implemented", setting="acute", costs={"industry_sponsorship": False})
    elif typ == "story":
        r = dict(base, type="story", kind="innovation_story" if i % 2 else "lks_impact_case_study",
                 who_asked={"person": lead}, challenge=first, what_we_did=rest,
                 how_it_helped=(sents[-1] + extra))
    elif typ == "lesson":
        r = dict(base, type="lesson", statement=first, recommendation=(sents[-1] if len(sents) > 1 else first),
                 polarity="improve" if i % 2 else "sustain", owner=lead, context=(text + extra))
    elif typ == "aar":
        parts = {k.strip().lower(): v for k, v in (p.split(":", 1) for p in text.split(". ") if ":" in p)}
        r = dict(base, type="capture_record", held_on="2025-0%d-1%d" % (1 + i % 9, i % 9), facilitator=lead,
                 purpose="After action review. " + title.split(": ", 1)[-1],
                 participants=[{"person": lead}],
                 details=aar_details(text))
    elif typ == "retro":
        r = dict(base, type="capture_record", held_on="2025-0%d-2%d" % (1 + i % 9, i % 9), facilitator=lead,
                 purpose="Retrospect at the end of the project.", participants=[{"person": lead}],
                 details={"technique": "retrospect", "objectives": [first], "achieved": sents[1:] or [first]})
    elif typ == "pa":
        r = dict(base, type="capture_record", held_on="2025-0%d-0%d" % (1 + i % 9, 1 + i % 8), facilitator=lead,
                 purpose="Peer assist before starting. " + first, participants=[{"person": lead}],
                 details={"technique": "peer_assist", "host_team": dept, "problem_statement": text})
    else:
        raise SystemExit("bad type " + typ)
    write(r)

for pid, given, family, job, dept, overview, claims, willing in rows("people.txt"):
    exp = []
    for c in claims.split(";"):
        label, recs = c.split("=")
        exp.append({"concept": {"label": label}, "level": "expert",
                    "evidence": [{"record": x, "role": "lead"} for x in recs.split(",") if x]})
    write({"type": "person", "id": pid, "given_name": given, "family_name": family,
           "display_name": given + " " + family, "job_title": job, "department": dept,
           "work_email": "%s.%s@northgate-nhs.example" % (given.lower().replace("é", "e"), family.lower()),
           "status": "published",
           "profile": {"overview": overview, "expertise": exp, "willing_to": willing.split(",")}})
