"""Helpers that turn compact record specs into kmcore JSON files."""
import json, os, random
KB = os.path.join(os.path.dirname(__file__), '..', 'kb')
ORG = {"name": "Calderbrook and Wyre Allergy and Immunology Network", "ods_code": "ZQ7"}
DOM = "cwain.nhs.example"
FOLDER = {"innovation": "innovations", "person": "people", "story": "stories",
          "capture_record": "capture-records", "lesson": "lessons"}
RECORDS = []
PEOPLE = []
BOILER = [
    "Written up by the library and knowledge service from the team's notes.",
    "Contact the lead for the full report and any templates.",
    "Figures are from local audit and have not been independently checked.",
    "Shared under the network's open learning policy.",
    "Please get in touch if you would like to try this in your own service.",
]
rnd = random.Random(7)

def boil(text, n=None):
    if n is None:
        n = rnd.choice([0, 0, 1, 1, 2])
    extra = rnd.sample(BOILER, n)
    return (text + (" " + " ".join(extra) if extra else "")).strip()

def person(pid, given, family, title, dept, overview, claims, willing=("be_contacted",), group=None, lks=False, memberships=()):
    """claims: list of (label, level, [(record, role), ...])"""
    rec = {"type": "person", "id": pid, "display_name": f"{given} {family}", "given_name": given,
           "family_name": family, "job_title": title, "department": dept,
           "work_email": f"{given.lower()}.{family.lower().replace(' ', '').replace(chr(39), '')}@{DOM}",
           "status": "published", "is_lks_staff": lks,
           "profile": {"overview": overview,
                       "expertise": [{"concept": {"label": lab, "scheme": "local"}, "level": lvl,
                                      "evidence": [{"record": r, "role": ro} for r, ro in ev]}
                                     for lab, lvl, ev in claims],
                       "willing_to": list(willing),
                       "memberships": [{"group": g, "role": r} for g, r in memberships],
                       "last_confirmed_on": "2026-06-01"}}
    if group:
        rec["staff_group"] = group
    PEOPLE.append(rec)

def _common(rid, typ, title, dept, summary, kw, subjects):
    r = {"type": typ, "id": rid, "title": title, "status": "published", "owner_org": ORG}
    if dept: r["department"] = dept
    if summary: r["summary"] = summary
    if kw: r["keywords"] = list(kw)
    if subjects: r["subjects"] = [{"label": s, "scheme": "local"} for s in subjects]
    return r

def inn(rid, title, lead, dept, problem, description, stage="implemented", team=(), summary=None, kw=(),
        subjects=(), itype="clinical_practice", outcomes=(), evaluation=None, learning=(), started="2025-03-01"):
    r = _common(rid, "innovation", title, dept, summary, kw, subjects)
    r.update({"lead": lead, "problem": problem, "description": boil(description), "stage": stage,
              "innovation_type": itype, "setting": "acute", "started_on": started,
              "costs": {"industry_sponsorship": False}})
    if team: r["team"] = [{"person": p, "role": ro} for p, ro in team]
    if outcomes: r["outcomes"] = [{"measure": m, "baseline": b, "result": res} for m, b, res in outcomes]
    if evaluation: r["evaluation"] = {"summary": evaluation, "evidence_level": "audit"}
    if stage in ("evaluated", "embedded") and not outcomes and not evaluation:
        r["evaluation"] = {"summary": "Local review by the team; see description.", "evidence_level": "anecdotal"}
    if learning: r["key_learning_points"] = list(learning)
    RECORDS.append(r)

def story(rid, title, dept, role, challenge, did, helped, kind="lks_impact_case_study", asked=None,
          working=(), summary=None, kw=(), subjects=(), services=("literature_search",), impacts=("informed_decision",), about=()):
    r = _common(rid, "story", title, dept, summary, kw, subjects)
    wa = {"role": role}
    if asked: wa["person"] = asked
    r.update({"kind": kind, "who_asked": wa, "challenge": challenge, "what_we_did": boil(did),
              "how_it_helped": helped, "services_used": list(services), "impact_categories": list(impacts)})
    if working: r["working_with"] = list(working)
    if about: r["about"] = list(about)
    RECORDS.append(r)

def lesson(rid, title, dept, statement, recommendation, polarity="improve", owner=None, context=None,
           kw=(), subjects=(), summary=None, category=None, source=None, related=()):
    r = _common(rid, "lesson", title, dept, summary, kw, subjects)
    r.update({"statement": statement, "recommendation": recommendation, "polarity": polarity})
    if owner: r["owner"] = owner
    if context: r["context"] = boil(context)
    if category: r["category"] = category
    if source: r["source_capture"] = source
    if related: r["related_innovations"] = list(related)
    RECORDS.append(r)

def cap(rid, title, dept, technique, held_on, purpose, details, facilitator=None, participants=(),
        insights=(), kw=(), subjects=(), summary=None, context=(), count=None):
    r = _common(rid, "capture_record", title, dept, summary, kw, subjects)
    d = {"technique": technique}; d.update(details)
    r.update({"details": d, "held_on": held_on, "purpose": purpose, "mode": "in_person"})
    if facilitator: r["facilitator"] = facilitator
    if participants:
        r["participants"] = [{"person": p} if p.startswith("person-") else {"role_label": p} for p in participants]
    if count: r["participant_count"] = count
    if insights: r["insights"] = list(insights)
    if context: r["context_refs"] = list(context)
    RECORDS.append(r)

def aar(rid, title, dept, held_on, purpose, intended, actual, why=None, sustain=(), improve=(), **kw):
    d = {"intended": intended, "actual": actual}
    if why: d["reasons_for_difference"] = why
    if sustain: d["sustain"] = list(sustain)
    if improve: d["improve"] = list(improve)
    cap(rid, title, dept, "after_action_review", held_on, purpose, d, **kw)

def write_all():
    import shutil
    for f in FOLDER.values():
        p = os.path.join(KB, f)
        if os.path.isdir(p): shutil.rmtree(p)
        os.makedirs(p)
    ids = set()
    for r in RECORDS + PEOPLE:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        with open(os.path.join(KB, FOLDER[r["type"]], r["id"] + ".json"), "w") as fh:
            json.dump(r, fh, indent=2, ensure_ascii=False)
    return ids

def add_ev(pid, label, record, role, level="practitioner"):
    p = next(x for x in PEOPLE if x["id"] == pid)
    for c in p["profile"]["expertise"]:
        if c["concept"]["label"] == label:
            c["evidence"].append({"record": record, "role": role}); return
    p["profile"]["expertise"].append({"concept": {"label": label, "scheme": "local"}, "level": level, "evidence": [{"record": record, "role": role}]})
