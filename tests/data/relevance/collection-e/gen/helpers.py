"""Helpers that turn compact record definitions into kmcore JSON files.

Regenerate the whole knowledge base with:  python gen/build.py
"""
import itertools
import zlib

DOMAIN = "mvh.nhs.example"
BOILER = [
    "Shared through the Library and Knowledge Service so other teams can learn from it.",
    "Discussed at the Quality and Safety Committee and added to the trust learning library.",
    "If you would like to try this in your area, contact the team through the intranet.",
    "This work supports the trust's Patient Safety Incident Response Framework (PSIRF) priorities.",
    "Please contact the lead named on this record rather than the LKS for clinical questions.",
]
_b = itertools.count()


def boiler():
    return BOILER[next(_b) % len(BOILER)]


RECORDS = []


def _common(r, dept=None, kw=None, summary=None, subjects=None, status="published"):
    # about a third of the records also carry one of the shared boilerplate sentences
    if zlib.crc32(r["id"].encode()) % 3 == 0:
        field = {"innovation": "description", "story": "how_it_helped", "lesson": "context",
                 "capture_record": "purpose"}[r["type"]]
        if not any(b in r.get(field, "") for b in BOILER):
            r[field] = (r.get(field, "") + " " + boiler()).strip()
    if dept:
        r["department"] = dept
    if kw:
        r["keywords"] = kw
    if summary:
        r["summary"] = summary
    if subjects:
        r["subjects"] = [{"label": s, "scheme": "local"} for s in subjects]
    r["status"] = status
    RECORDS.append(r)
    return r


def inn(id, title, lead, problem, description, dept=None, stage="implemented", team=(), kw=None,
        summary=None, itype="clinical_practice", setting="acute", outcomes=None, klp=None,
        adopters=None, subjects=None, boilerplate=False, contact=None):
    if boilerplate:
        description = description + " " + boiler()
    r = {"type": "innovation", "id": id, "title": title, "lead": lead, "problem": problem,
         "description": description, "stage": stage, "innovation_type": itype, "setting": setting,
         "costs": {"industry_sponsorship": False}}
    if team:
        r["team"] = [{"person": p, "role": role} for p, role in team]
    if contact:
        r["contact"] = contact
    if outcomes:
        r["outcomes"] = [dict(zip(("measure", "baseline", "result"), o)) for o in outcomes]
    elif stage in ("evaluated", "embedded", "spreading"):
        r["evaluation"] = {"summary": "Team review of local data before and after the change; see description.",
                           "evidence_level": "before_after"}
    if klp:
        r["key_learning_points"] = klp
    if stage == "spreading":
        r["adoption"] = {"adopted_by": [{"org": {"name": n, "ods_code": c}} for n, c in (adopters or [("Vale and Wolds GP Federation", "VWF01")])]}
    return _common(r, dept, kw, summary, subjects)


def story(id, title, kind, asked, challenge, did, helped, dept=None, kw=None, summary=None,
          working_with=(), about=(), services=None, impacts=None, asked_person=None, subjects=None,
          boilerplate=False):
    if boilerplate:
        helped = helped + " " + boiler()
    who = {"role": asked}
    if asked_person:
        who["person"] = asked_person
    r = {"type": "story", "id": id, "title": title, "kind": kind, "who_asked": who,
         "challenge": challenge, "what_we_did": did, "how_it_helped": helped}
    if working_with:
        r["working_with"] = list(working_with)
    if about:
        r["about"] = list(about)
    if services:
        r["services_used"] = services
    if impacts:
        r["impact_categories"] = impacts
    return _common(r, dept, kw, summary, subjects)


def lesson(id, title, statement, recommendation, polarity="improve", context=None, dept=None,
           owner=None, kw=None, summary=None, category=None, related=(), source=None, subjects=None,
           root_cause=None):
    r = {"type": "lesson", "id": id, "title": title, "statement": statement,
         "recommendation": recommendation, "polarity": polarity}
    if context:
        r["context"] = context
    if owner:
        r["owner"] = owner
    if category:
        r["category"] = category
    if related:
        r["related_innovations"] = list(related)
    if source:
        r["source_capture"] = source
    if root_cause:
        r["root_cause"] = root_cause
    return _common(r, dept, kw, summary, subjects)


def cap(id, title, details, held_on, purpose, facilitator=None, people=(), roles=(), dept=None,
        insights=None, kw=None, summary=None, context_refs=(), lessons=(), subjects=None, mode="in_person"):
    r = {"type": "capture_record", "id": id, "title": title, "details": details, "held_on": held_on,
         "purpose": purpose, "mode": mode}
    if facilitator:
        r["facilitator"] = facilitator
    parts = [{"person": p} for p in people] + [{"role_label": rl} for rl in roles]
    if parts:
        r["participants"] = parts
    if insights:
        r["insights"] = insights
    if context_refs:
        r["context_refs"] = list(context_refs)
    if lessons:
        r["lessons"] = list(lessons)
    return _common(r, dept, kw, summary, subjects)


def aar(intended, actual, why=None, sustain=None, improve=None, next_time=None):
    d = {"technique": "after_action_review", "intended": intended, "actual": actual}
    if why:
        d["reasons_for_difference"] = why
    if sustain:
        d["sustain"] = sustain
    if improve:
        d["improve"] = improve
    if next_time:
        d["next_time"] = next_time
    return d


def retro(objectives, achieved=None, successes=None, improvements=None, recs=None):
    d = {"technique": "retrospect", "objectives": objectives}
    if achieved:
        d["achieved"] = achieved
    if successes:
        d["successes"] = [{"point": p, "why": w} for p, w in successes]
    if improvements:
        d["improvements"] = [{"point": p, "why": w} for p, w in improvements]
    if recs:
        d["recommendations"] = recs
    return d


def peer_assist(host, problem, peers=(), options=None):
    d = {"technique": "peer_assist", "host_team": host, "problem_statement": problem}
    if peers:
        d["peers"] = [{"person": p, "brought": b} for p, b in peers]
    if options:
        d["options_insights"] = options
    return d


def bar(task, end_state, challenges=None, factors=None):
    d = {"technique": "before_action_review", "task": task, "end_state": end_state}
    if challenges:
        d["anticipated_challenges"] = challenges
    if factors:
        d["success_factors"] = factors
    return d


def cop(community, agenda=None, artefacts=None):
    d = {"technique": "community_of_practice_meeting", "community": community}
    if agenda:
        d["agenda"] = agenda
    if artefacts:
        d["artefacts"] = artefacts
    return d


def cafe(question, themes=None, pledges=None, speaker=None):
    d = {"technique": "knowledge_cafe", "question": question}
    if themes:
        d["themes"] = themes
    if pledges:
        d["pledges"] = pledges
    if speaker:
        d["speaker"] = speaker
    return d


def harvest(harvestee, reason, areas, summary=None, successor=None):
    d = {"technique": "knowledge_harvest", "harvestee": harvestee, "reason": reason,
         "knowledge_areas": [{"area": a} for a in areas]}
    if summary:
        d["interview_summary"] = summary
    if successor:
        d["successor"] = successor
    return d


def elicit(interviewee, area, qas):
    return {"technique": "elicitation_interview", "interviewee": interviewee, "knowledge_area": area,
            "questions_answers": [{"question": q, "answer": a} for q, a in qas]}


PEOPLE = []


def person(id, given, family, title, dept, overview, claims, willing=("be_contacted",), display=None,
           staff_group=None, employer=None, email_domain=DOMAIN, lks=False, populations=None):
    claims_out = []
    for label, level, evidence in claims:
        c = {"concept": {"label": label}, "level": level}
        if evidence:
            c["evidence"] = [{"record": rid, "role": role} for rid, role in evidence]
        claims_out.append(c)
    r = {"type": "person", "id": id, "given_name": given, "family_name": family,
         "display_name": display or f"{given} {family}", "job_title": title, "department": dept,
         "work_email": f"{given.lower().replace(' ', '')}.{family.lower().replace(' ', '').replace(chr(39), '')}@{email_domain}",
         "profile": {"overview": overview, "expertise": claims_out, "willing_to": list(willing)}}
    if staff_group:
        r["staff_group"] = staff_group
    if employer:
        r["employer"] = {"name": employer[0], "ods_code": employer[1]}
    if lks:
        r["is_lks_staff"] = True
    if populations:
        r["profile"]["populations"] = populations
    PEOPLE.append(r)
    return r
