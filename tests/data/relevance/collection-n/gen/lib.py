"""Helpers to build the collection's records from compact definitions."""
import itertools, random

REC = []        # knowledge records, in order
NICK = {}       # nickname -> id
LEAD = {}       # nickname -> [(person nick, role)]
DISTRACTOR = set()
_counter = itertools.count(101)
_rng = random.Random(7)

BOILER = [
    "Added to the knowledge base by the library and knowledge service from the improvement hub log.",
    "Contact the lead for the full report and any templates.",
    "Shared at the Trust's monthly learning forum.",
    "Names of patients and staff have been removed.",
    "Please get in touch if you want to try this in your own area.",
]

def P(nick):
    return "person-" + nick

def _id(prefix, nick):
    assert nick not in NICK, nick
    i = f"{prefix}-{next(_counter)}"
    NICK[nick] = i
    return i

def _boiler(text):
    if _rng.random() < 0.45:
        text = text + " " + _rng.choice(BOILER)
    return text

def _common(d, dept, kw, distractor, nick, people):
    if dept: d["department"] = dept
    if kw: d["keywords"] = kw
    if distractor: DISTRACTOR.add(nick)
    LEAD[nick] = people
    REC.append(d)

def inn(nick, lead, dept, title, problem, description, stage="implemented", kw=(), team=(), distractor=False, summary=None):
    d = {"type": "innovation", "id": _id("inn", nick), "title": title, "lead": P(lead),
         "problem": problem, "description": _boiler(description), "stage": stage,
         "setting": "acute"}
    if summary: d["summary"] = summary
    if stage in ("evaluated", "embedded", "spreading"):
        d["evaluation"] = {"method": "Before and after audit", "evidence_level": "before_after"} if False else None
        d.pop("evaluation")
        d["stage"] = "implemented"
    if team: d["team"] = [{"person": P(t), "role": "team_member"} for t in team]
    _common(d, dept, list(kw), distractor, nick, [(lead, "lead")] + [(t, "team member") for t in team])

def les(nick, owner, dept, title, statement, recommendation, polarity="improve", kw=(), context=None, distractor=False):
    d = {"type": "lesson", "id": _id("les", nick), "title": title, "statement": _boiler(statement),
         "recommendation": recommendation, "polarity": polarity}
    if owner: d["owner"] = P(owner)
    if context: d["context"] = context
    _common(d, dept, list(kw), distractor, nick, [(owner, "owner")] if owner else [])

def story(nick, dept, title, role, challenge, did, helped, kind="km_success_story", person=None, working=(), kw=(), distractor=False):
    who = {"role": role}
    if person: who["person"] = P(person)
    d = {"type": "story", "id": _id("story", nick), "title": title, "kind": kind, "who_asked": who,
         "challenge": challenge, "what_we_did": _boiler(did), "how_it_helped": helped}
    if working: d["working_with"] = [P(w) for w in working]
    ppl = ([(person, "author")] if person else []) + [(w, "author") for w in working]
    _common(d, dept, list(kw), distractor, nick, ppl)

def _parts(parts):
    return [{"person": P(p)} for p in parts]

def aar(nick, fac, dept, title, purpose, intended, actual, held_on, why=None, improve=(), sustain=(), parts=(), kw=(), distractor=False):
    det = {"technique": "after_action_review", "intended": intended, "actual": actual}
    if why: det["reasons_for_difference"] = why
    if improve: det["improve"] = list(improve)
    if sustain: det["sustain"] = list(sustain)
    d = {"type": "capture_record", "id": _id("cap", nick), "title": title, "details": det,
         "held_on": held_on, "purpose": _boiler(purpose), "facilitator": P(fac)}
    if parts: d["participants"] = _parts(parts)
    _common(d, dept, list(kw), distractor, nick, [(fac, "facilitator")] + [(p, "participant") for p in parts])

def retro(nick, fac, dept, title, purpose, objectives, held_on, successes=(), improvements=(), recs=(), parts=(), kw=(), distractor=False):
    det = {"technique": "retrospect", "objectives": list(objectives)}
    if successes: det["successes"] = [{"point": a, "why": b} for a, b in successes]
    if improvements: det["improvements"] = [{"point": a, "why": b} for a, b in improvements]
    if recs: det["recommendations"] = list(recs)
    d = {"type": "capture_record", "id": _id("cap", nick), "title": title, "details": det,
         "held_on": held_on, "purpose": _boiler(purpose), "facilitator": P(fac)}
    if parts: d["participants"] = _parts(parts)
    _common(d, dept, list(kw), distractor, nick, [(fac, "facilitator")] + [(p, "participant") for p in parts])

def peer(nick, fac, dept, title, purpose, host, problem, held_on, insights=(), parts=(), peers=(), kw=(), distractor=False):
    det = {"technique": "peer_assist", "host_team": host, "problem_statement": problem}
    if insights: det["options_insights"] = list(insights)
    if peers: det["peers"] = [{"person": P(p[0]), "brought": p[1]} if isinstance(p, tuple) else {"organisation": {"name": p}} for p in peers]
    d = {"type": "capture_record", "id": _id("cap", nick), "title": title, "details": det,
         "held_on": held_on, "purpose": _boiler(purpose), "facilitator": P(fac)}
    if parts: d["participants"] = _parts(parts)
    ppl = [(fac, "facilitator")] + [(p, "participant") for p in parts] + [(p[0], "peer") for p in peers if isinstance(p, tuple)]
    _common(d, dept, list(kw), distractor, nick, ppl)

def cafe(nick, fac, dept, title, purpose, question, held_on, themes=(), kw=(), distractor=False):
    det = {"technique": "knowledge_cafe", "question": question, "speaker": P(fac)}
    if themes: det["themes"] = list(themes)
    d = {"type": "capture_record", "id": _id("cap", nick), "title": title, "details": det,
         "held_on": held_on, "purpose": _boiler(purpose), "facilitator": P(fac)}
    _common(d, dept, list(kw), distractor, nick, [(fac, "speaker")])

def harvest(nick, fac, dept, title, purpose, harvestee, reason, held_on, areas=(), summary=None, kw=()):
    det = {"technique": "knowledge_harvest", "harvestee": P(harvestee), "reason": reason}
    if areas: det["knowledge_areas"] = [{"area": a} for a in areas]
    if summary: det["interview_summary"] = summary
    d = {"type": "capture_record", "id": _id("cap", nick), "title": title, "details": det,
         "held_on": held_on, "purpose": purpose, "facilitator": P(fac)}
    _common(d, dept, list(kw), False, nick, [(harvestee, "harvestee"), (fac, "facilitator")])
