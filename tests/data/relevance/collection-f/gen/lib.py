import json, os, hashlib
KB = os.path.join(os.path.dirname(__file__), '..', 'kb')
ORG = {"name": "NHS Wexcalder Integrated Care Board", "ods_code": "QX9"}
BOILER = ["Shared at the Wexcalder ICS learning and improvement network.",
          "Contact the lead for the full report and any templates.",
          "This record was checked by the Wexcalder knowledge and library team.",
          "Figures are local audit data and have not been peer reviewed."]
RECS = {}
def _b(rid, text):
    h = int(hashlib.md5(rid.encode()).hexdigest(), 16) % 6
    return text + (" " + BOILER[h] if h < 4 else "")
def _base(rid, title, dept, kw, summary=None):
    d = {"id": rid, "title": title, "department": dept}
    if kw: d["keywords"] = kw
    if summary: d["summary"] = summary
    return d
def inn(rid, title, dept, lead, problem, description, kw=(), team=(), stage="implemented", summary=None, setting="primary_care", ev=None):
    d = _base(rid, title, dept, list(kw), summary); d["type"] = "innovation"
    d.update(lead=lead, problem=problem, description=_b(rid, description), stage=stage, setting=setting)
    if team: d["team"] = [{"person": p, "role": "team_member"} for p in team]
    if stage in ("evaluated", "embedded", "spreading"):
        d["evaluation"] = {"method": "Before-and-after audit", "evidence_level": "before_after", "summary": ev or "Local audit before and after the change; the team reports the results above."}
    RECS[rid] = d
def les(rid, title, dept, owner, statement, recommendation, polarity="improve", context=None, kw=(), summary=None):
    d = _base(rid, title, dept, list(kw), summary); d["type"] = "lesson"
    d.update(statement=statement, recommendation=recommendation, polarity=polarity)
    if owner: d["owner"] = owner
    if context: d["context"] = _b(rid, context)
    RECS[rid] = d
def sto(rid, title, dept, who_role, challenge, did, helped, kind="lks_impact_case_study", who=None, working=(), kw=(), summary=None):
    d = _base(rid, title, dept, list(kw), summary); d["type"] = "story"
    wa = {"role": who_role}
    if who: wa["person"] = who
    d.update(kind=kind, who_asked=wa, challenge=challenge, what_we_did=did, how_it_helped=_b(rid, helped))
    if working: d["working_with"] = list(working)
    RECS[rid] = d
def aar(rid, title, dept, held_on, fac, purpose, intended, actual, parts=(), sustain=(), improve=(), kw=(), summary=None):
    d = _base(rid, title, dept, list(kw), summary); d["type"] = "capture_record"
    d.update(held_on=held_on, purpose=purpose, details={"technique": "after_action_review", "intended": intended, "actual": _b(rid, actual), "sustain": list(sustain), "improve": list(improve)})
    if fac: d["facilitator"] = fac
    if parts: d["participants"] = [{"person": p} for p in parts]
    RECS[rid] = d
def retro(rid, title, dept, held_on, fac, purpose, objectives, achieved=(), recs=(), parts=(), kw=(), summary=None):
    d = _base(rid, title, dept, list(kw), summary); d["type"] = "capture_record"
    d.update(held_on=held_on, purpose=purpose, details={"technique": "retrospect", "objectives": list(objectives), "achieved": list(achieved), "recommendations": list(recs)})
    if fac: d["facilitator"] = fac
    if parts: d["participants"] = [{"person": p} for p in parts]
    RECS[rid] = d
def peer(rid, title, dept, held_on, fac, purpose, host, problem, insights=(), parts=(), kw=(), summary=None):
    d = _base(rid, title, dept, list(kw), summary); d["type"] = "capture_record"
    d.update(held_on=held_on, purpose=purpose, details={"technique": "peer_assist", "host_team": host, "problem_statement": problem, "options_insights": list(insights)})
    if fac: d["facilitator"] = fac
    if parts: d["participants"] = [{"person": p} for p in parts]
    RECS[rid] = d
FOLDER = {"innovation": "innovations", "lesson": "lessons", "story": "stories", "capture_record": "capture-records", "person": "people"}
def people_in(d):
    out = {}
    for k in ("lead", "owner", "facilitator"):
        if d.get(k): out[d[k]] = {"lead": "lead", "owner": "owner", "facilitator": "facilitator"}[k]
    for t in d.get("team", []): out.setdefault(t["person"], "team member")
    for p in d.get("participants", []): out.setdefault(p["person"], "participant")
    if d.get("who_asked", {}).get("person"): out.setdefault(d["who_asked"]["person"], "asked the question")
    for p in d.get("working_with", []): out.setdefault(p, "author")
    return out
