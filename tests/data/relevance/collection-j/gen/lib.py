"""Helpers that turn compact record specs into kmcore JSON files."""
import json, os, random
R = []   # all records
random.seed(7)
BOILER = [
    "The Knowledge and Library Service helped with a literature search at the start.",
    "Templates are on the intranet; ask the team if you cannot find them.",
    "We would be happy to share what we learned with other teams.",
    "This was discussed at the divisional quality meeting.",
    "Staff feedback was collected informally throughout.",
    "",
    "",
    "",
]
def bp():
    return random.choice(BOILER)

def inn(id, title, lead, dept, problem, desc, kw=(), stage="implemented", team=(), summary=None):
    d = {"type": "innovation", "id": id, "title": title, "lead": lead, "department": dept,
         "problem": problem, "description": (desc + " " + bp()).strip(), "stage": stage,
         "status": "published", "costs": {"industry_sponsorship": False}}
    if kw: d["keywords"] = list(kw)
    if team: d["team"] = [{"person": p, "role": "team_member"} for p in team]
    if summary: d["summary"] = summary
    if stage in ("evaluated", "embedded", "spreading"):
        d["evaluation"] = {"summary": "Audit before and after the change; see description.", "evidence_level": "audit"}
    R.append(d)

def story(id, title, dept, role, challenge, did, helped, kind="km_success_story", person=None, kw=(), working_with=()):
    who = {"role": role}
    if person: who["person"] = person
    d = {"type": "story", "id": id, "title": title, "department": dept, "kind": kind, "who_asked": who,
         "challenge": challenge, "what_we_did": (did + " " + bp()).strip(), "how_it_helped": helped, "status": "published"}
    if kw: d["keywords"] = list(kw)
    if working_with: d["working_with"] = list(working_with)
    R.append(d)

def lesson(id, title, dept, statement, rec, polarity="improve", owner=None, kw=(), context=None):
    d = {"type": "lesson", "id": id, "title": title, "department": dept, "statement": statement,
         "recommendation": rec, "polarity": polarity, "status": "published"}
    if owner: d["owner"] = owner
    if kw: d["keywords"] = list(kw)
    if context: d["context"] = context
    R.append(d)

def _cap(id, title, dept, purpose, details, held_on, facilitator=None, people=(), kw=(), insights=()):
    d = {"type": "capture_record", "id": id, "title": title, "department": dept, "purpose": purpose,
         "details": details, "held_on": held_on, "status": "published"}
    if facilitator: d["facilitator"] = facilitator
    if people: d["participants"] = [{"person": p} for p in people]
    if kw: d["keywords"] = list(kw)
    if insights: d["insights"] = list(insights)
    R.append(d)

def aar(id, title, dept, purpose, intended, actual, improve=(), held_on="2025-03-12", **k):
    _cap(id, title, dept, purpose, {"technique": "after_action_review", "intended": intended, "actual": actual,
         "improve": list(improve)}, held_on, **k)

def retro(id, title, dept, purpose, objectives, successes=(), improvements=(), held_on="2025-06-20", **k):
    _cap(id, title, dept, purpose, {"technique": "retrospect", "objectives": list(objectives),
         "successes": [{"point": s} for s in successes], "improvements": [{"point": s} for s in improvements]}, held_on, **k)

def peer(id, title, dept, purpose, host, problem, insights=(), held_on="2025-02-04", **k):
    _cap(id, title, dept, purpose, {"technique": "peer_assist", "host_team": host, "problem_statement": problem,
         "options_insights": list(insights)}, held_on, **k)

FOLDER = {"innovation": "innovations", "story": "stories", "lesson": "lessons", "capture_record": "capture-records", "person": "people"}
def write(kb):
    ids = set()
    for d in R:
        assert d["id"] not in ids, d["id"]
        ids.add(d["id"])
        f = os.path.join(kb, FOLDER[d["type"]], d["id"] + ".json")
        os.makedirs(os.path.dirname(f), exist_ok=True)
        with open(f, "w") as fh:
            json.dump(d, fh, indent=2, ensure_ascii=False)
    return ids
