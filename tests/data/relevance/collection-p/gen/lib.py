"""Helpers: turn compact record definitions into kmcore JSON files."""
import json, os, shutil
ORG = {"name": "Harrowmere and Tolland NHS Foundation Trust", "ods_code": "R9H"}
RECORDS = []   # dicts with internal keys _tags, _people
BOILER = {
 "inn": "This work is part of the Harrowmere Bariatric and Weight Management Network improvement programme.",
 "story": "The library and knowledge service supports the network with literature searches and evidence summaries.",
 "cap": "Notes were written up by the knowledge manager and shared on the network intranet page.",
}
def _segs(text, n):
    parts = [p.strip() for p in text.split("||")]
    while len(parts) < n:
        parts.append(parts[-1])
    return parts

def inn(id, title, dept, lead, team, tags, text, stage="implemented", kw=(), summary=None, boiler=True):
    problem, desc = _segs(text, 2)[:2]
    if boiler: desc = desc + " " + BOILER["inn"]
    r = {"type": "innovation", "id": id, "title": title, "department": dept, "lead": lead,
         "problem": problem, "description": desc, "stage": stage, "status": "published",
         "team": [{"person": p, "role": "team_member"} for p in team], "keywords": list(kw)}
    if stage in ("evaluated", "embedded", "spreading"):
        r["evaluation"] = {"method": "Before-and-after audit", "evidence_level": "audit", "summary": desc[:300]}
    if stage == "spreading":
        r["adoption"] = {"adopted_by": [{"org": {"name": "Tolland Vale Community Health Services", "ods_code": "R8T"}}]}
    r["costs"] = {"industry_sponsorship": False}
    if summary: r["summary"] = summary
    r["_tags"] = list(tags); r["_people"] = {lead: "lead", **{p: "team member" for p in team}}
    RECORDS.append(r)

def story(id, title, dept, asker, working, tags, text, kind="lks_impact_case_study", kw=(), boiler=True, asker_role="Clinician"):
    ch, did, helped = _segs(text, 3)[:3]
    if boiler and kind == "lks_impact_case_study": did = did + " " + BOILER["story"]
    r = {"type": "story", "id": id, "title": title, "department": dept, "kind": kind,
         "who_asked": {"person": asker, "role": asker_role} if asker else {"role": asker_role},
         "challenge": ch, "what_we_did": did, "how_it_helped": helped, "status": "published",
         "working_with": list(working), "keywords": list(kw)}
    r["_tags"] = list(tags); r["_people"] = {**({asker: "requester"} if asker else {}), **{p: "author" for p in working}}
    RECORDS.append(r)

def lesson(id, title, dept, owner, tags, text, polarity="improve", kw=(), source=None, rel=()):
    st, rec, ctx = _segs(text, 3)[:3]
    r = {"type": "lesson", "id": id, "title": title, "department": dept, "owner": owner,
         "statement": st, "recommendation": rec, "polarity": polarity, "status": "published", "keywords": list(kw)}
    if ctx != rec: r["context"] = ctx
    if source: r["source_capture"] = source
    if rel: r["related_innovations"] = list(rel)
    r["_tags"] = list(tags); r["_people"] = {owner: "author"}
    RECORDS.append(r)

def aar(id, title, dept, fac, parts, tags, text, held="2025-06-12", kw=()):
    purpose, intended, actual, why = _segs(text, 4)[:4]
    _cap(id, title, dept, fac, parts, tags, purpose + " " + BOILER["cap"], held, kw,
         {"technique": "after_action_review", "intended": intended, "actual": actual, "reasons_for_difference": why})

def retro(id, title, dept, fac, parts, tags, text, held="2025-03-20", kw=()):
    purpose, objectives, went_well, recs = _segs(text, 4)[:4]
    _cap(id, title, dept, fac, parts, tags, purpose + " " + BOILER["cap"], held, kw,
         {"technique": "retrospect", "objectives": [objectives], "successes": [{"point": went_well}], "recommendations": [recs]})

def peer(id, title, dept, fac, parts, tags, text, held="2025-09-04", kw=(), host="Bariatric surgical team"):
    purpose, problem, insight = _segs(text, 3)[:3]
    _cap(id, title, dept, fac, parts, tags, purpose, held, kw,
         {"technique": "peer_assist", "host_team": host, "problem_statement": problem, "options_insights": [insight]})

def cafe(id, title, dept, fac, parts, tags, text, held="2025-11-19", kw=()):
    purpose, question, themes = _segs(text, 3)[:3]
    _cap(id, title, dept, fac, parts, tags, purpose, held, kw,
         {"technique": "knowledge_cafe", "question": question, "themes": [t.strip() for t in themes.split(";")]})

def _cap(id, title, dept, fac, parts, tags, purpose, held, kw, details):
    r = {"type": "capture_record", "id": id, "title": title, "department": dept, "details": details,
         "held_on": held, "facilitator": fac, "purpose": purpose, "status": "published",
         "participants": [{"person": p} for p in parts], "keywords": list(kw)}
    r["_tags"] = list(tags) + ["km"]; r["_people"] = {fac: "facilitator", **{p: "participant" for p in parts}}
    RECORDS.append(r)

FOLDER = {"innovation": "innovations", "story": "stories", "lesson": "lessons", "capture_record": "capture-records", "person": "people"}

def write(kb, people):
    for f in FOLDER.values():
        d = os.path.join(kb, f)
        shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    ids = set()
    for r in RECORDS:
        assert r["id"] not in ids, r["id"]; ids.add(r["id"])
        out = {k: v for k, v in r.items() if not k.startswith("_") and v not in ([], None, "")}
        out["schema_version"] = 1
        if out["type"] == "story" and not out.get("working_with"): out.pop("working_with", None)
        json.dump(out, open(os.path.join(kb, FOLDER[r["type"]], r["id"] + ".json"), "w"), indent=2)
    for p in people:
        json.dump(p, open(os.path.join(kb, "people", p["id"] + ".json"), "w"), indent=2)
