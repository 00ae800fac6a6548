"""Helpers that turn compact record specs into kmcore JSON records."""
import json, os

RECORDS = {}
PEOPLE = {}
SLT = "Speech and Language Therapy"
BP = [
    "Written up by the library and knowledge service from the team's notes.",
    "Shared at the SLT clinical governance meeting; contact the team via the SLT admin hub for the full protocol.",
    "This record will be reviewed in twelve months.",
    "Please get in touch with the named lead if you want to try this in your area.",
    "Thanks to everyone who gave their time to this piece of work.",
]


def _kw(d, kw, dept, summary, bp):
    if kw:
        d["keywords"] = list(kw)
    d["department"] = dept
    if summary:
        d["summary"] = summary
    d["status"] = "published"
    return d


def _add(rec):
    assert rec["id"] not in RECORDS, rec["id"]
    RECORDS[rec["id"]] = rec
    return rec


def bp(text, n):
    return text if n is None else text + " " + BP[n]


def inn(id, title, lead, problem, description, team=(), stage="implemented", kw=(), dept=SLT,
        summary=None, setting="acute", outcome=None, itype="clinical_practice", started="2024-03-01",
        klp=(), b=None, contact=None):
    d = {"type": "innovation", "id": id, "title": title, "lead": lead, "problem": problem,
         "description": bp(description, b), "stage": stage, "innovation_type": itype, "setting": setting,
         "started_on": started, "costs": {"industry_sponsorship": False}}
    if team:
        d["team"] = [{"person": t[0], "role": t[1]} if isinstance(t, tuple) else
                     {"person": t, "role": "team_member"} for t in team]
    if contact:
        d["contact"] = contact
    if outcome:
        d["outcomes"] = [{"domain": o[3] if len(o) > 3 else "clinical_effectiveness", "measure": o[0],
                          "baseline": o[1], "result": o[2]} for o in outcome]
    if klp:
        d["key_learning_points"] = list(klp)
    if stage in ("evaluated", "embedded", "spreading") and not outcome:
        d["evaluation"] = {"method": "Team review and service audit", "evidence_level": "audit",
                           "summary": "Audit of the first months showed the change was used as intended."}
    return _add(_kw(d, kw, dept, summary, b))


def lesson(id, title, statement, recommendation, polarity="improve", owner=None, context=None, kw=(),
           dept=SLT, category=None, summary=None, status="agreed", source=None, related=()):
    d = {"type": "lesson", "id": id, "title": title, "statement": statement,
         "recommendation": recommendation, "polarity": polarity, "lesson_status": status}
    if owner:
        d["owner"] = owner
    if context:
        d["context"] = context
    if category:
        d["category"] = category
    if source:
        d["source_capture"] = source
    if related:
        d["related_innovations"] = list(related)
    return _add(_kw(d, kw, dept, summary, None))


def story(id, title, kind, role, challenge, did, helped, asker=None, working_with=(), about=(),
          services=(), kw=(), dept=SLT, summary=None, impact=(), b=None):
    who = {"role": role}
    if asker:
        who["person"] = asker
    d = {"type": "story", "id": id, "title": title, "kind": kind, "who_asked": who,
         "challenge": challenge, "what_we_did": did, "how_it_helped": bp(helped, b)}
    if working_with:
        d["working_with"] = list(working_with)
    if about:
        d["about"] = list(about)
    if services:
        d["services_used"] = list(services)
    if impact:
        d["impact_categories"] = list(impact)
    return _add(_kw(d, kw, dept, summary, b))


def cap(id, title, details, held_on, purpose, facilitator=None, participants=(), insights=(), kw=(),
        dept=SLT, summary=None, lessons=(), context_refs=(), count=None):
    d = {"type": "capture_record", "id": id, "title": title, "details": details, "held_on": held_on,
         "purpose": purpose}
    if facilitator:
        d["facilitator"] = facilitator
    parts = []
    for p in participants:
        parts.append({"person": p} if p.startswith("person-") else {"role_label": p})
    if parts:
        d["participants"] = parts
    if count:
        d["participant_count"] = count
    if insights:
        d["insights"] = list(insights)
    if lessons:
        d["lessons"] = list(lessons)
    if context_refs:
        d["context_refs"] = list(context_refs)
    return _add(_kw(d, kw, dept, summary, None))


def aar(intended, actual, reasons=None, sustain=(), improve=(), next_time=()):
    d = {"technique": "after_action_review", "intended": intended, "actual": actual}
    if reasons:
        d["reasons_for_difference"] = reasons
    for k, v in (("sustain", sustain), ("improve", improve), ("next_time", next_time)):
        if v:
            d[k] = list(v)
    return d


def retro(objectives, achieved=(), successes=(), improvements=(), recs=(), score=None):
    d = {"technique": "retrospect", "objectives": list(objectives)}
    if achieved:
        d["achieved"] = list(achieved)
    if successes:
        d["successes"] = [{"point": p, "why": w} for p, w in successes]
    if improvements:
        d["improvements"] = [{"point": p, "why": w} for p, w in improvements]
    if recs:
        d["recommendations"] = list(recs)
    if score:
        d["satisfaction_score"] = score
    return d


def peer(host, problem, peers=(), options=(), feedback=None):
    d = {"technique": "peer_assist", "host_team": host, "problem_statement": problem}
    if peers:
        d["peers"] = [{"person": p} if p.startswith("person-") else {"organisation": {"name": p}} for p in peers]
    if options:
        d["options_insights"] = list(options)
    if feedback:
        d["feedback_to_peers"] = feedback
    return d


def cafe(question, themes=(), speaker=None, rounds=3, pledges=()):
    d = {"technique": "knowledge_cafe", "question": question, "rounds": rounds}
    if themes:
        d["themes"] = list(themes)
    if speaker:
        d["speaker"] = speaker
    if pledges:
        d["pledges"] = list(pledges)
    return d


def cop(community, agenda=(), artefacts=()):
    d = {"technique": "community_of_practice_meeting", "community": community}
    if agenda:
        d["agenda"] = list(agenda)
    if artefacts:
        d["artefacts"] = list(artefacts)
    return d


def harvest(harvestee, reason, areas=(), summary=None, successor=None, work=()):
    d = {"technique": "knowledge_harvest", "harvestee": harvestee, "reason": reason}
    if areas:
        d["knowledge_areas"] = [{"area": a, "priority": p, "transfer_method": m} for a, p, m in areas]
    if summary:
        d["interview_summary"] = summary
    if successor:
        d["successor"] = successor
    if work:
        d["work_in_hand"] = list(work)
    return d


def elicit(interviewee, area, qas):
    return {"technique": "elicitation_interview", "interviewee": interviewee, "knowledge_area": area,
            "questions_answers": [{"question": q, "answer": a} for q, a in qas]}


def person(id, given, family, title, dept, overview, claims, willing=("be_contacted",),
           group="allied_health_professionals", profession=None, site="Kestrelmoor Infirmary", memberships=()):
    email = f"{given.lower()}.{family.lower().replace(' ', '').replace(chr(39), '')}@kwvnhs.example"
    d = {"type": "person", "id": id, "given_name": given, "family_name": family,
         "display_name": f"{given} {family}", "job_title": title, "department": dept,
         "work_email": email, "staff_group": group, "site": site}
    if profession:
        d["profession"] = profession
    prof = {"overview": overview, "willing_to": list(willing), "last_confirmed_on": "2026-06-01",
            "expertise": []}
    for c in claims:
        label, level, ev = c
        prof["expertise"].append({"concept": {"label": label}, "level": level,
                                  "evidence": [{"record": r, "role": role} for r, role in ev]})
    if memberships:
        prof["memberships"] = [{"group": g, "role": r} for g, r in memberships]
    d["profile"] = prof
    assert id not in PEOPLE, id
    PEOPLE[id] = d
    return d


FOLDERS = {"innovation": "innovations", "lesson": "lessons", "story": "stories",
           "capture_record": "capture-records", "person": "people"}


def add_boilerplate():
    """Give about 40% of knowledge records one of the shared boilerplate sentences (stable choice by id)."""
    import zlib
    field = {"innovation": "description", "story": "how_it_helped", "lesson": "context", "capture_record": "purpose"}
    for rec in RECORDS.values():
        f = field[rec["type"]]
        text = rec.get(f, "")
        if any(b in text for b in BP):
            continue
        h = zlib.crc32(rec["id"].encode())
        if h % 5 < 2:
            n = (h // 5) % len(BP)
            if n == 1 and rec.get("department") != SLT:
                n = 4  # the SLT governance sentence only suits SLT records
            rec[f] = (text + " " + BP[n]).strip()


def write(kb):
    add_boilerplate()
    for rec in list(RECORDS.values()) + list(PEOPLE.values()):
        folder = os.path.join(kb, FOLDERS[rec["type"]])
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, rec["id"] + ".json"), "w") as f:
            json.dump(rec, f, indent=2, ensure_ascii=False)
            f.write("\n")
