"""Regenerate kb/ record files from the source texts in gen/records_*.py and gen/people.py.
Run: python gen/build.py   (from the collection folder). Then kmcore --kb kb validate."""
import json, os, random, shutil, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__))
KB = os.path.join(HERE, "..", "kb")
sys.path.insert(0, HERE)
R = []  # records
rnd = random.Random(7)
DOM = "kestrelvale-nhs.example"
BOILER = [
    "Written up with help from the Library and Knowledge Service so other teams can use it.",
    "Shared at the Regional Infection Network learning event.",
    "For the current version of the protocol see the Infection Services intranet page.",
    "Please contact the team if you want to try this in your own area.",
    "This is a summary; the full report is held by the team.",
]
def boil(t):
    if rnd.random() < 0.45:
        t = t.rstrip() + " " + rnd.choice(BOILER)
    return t
def base(id_, type_, title, summary, dept, kw):
    d = {"type": type_, "id": id_, "title": title, "status": "published", "visibility": "organisation"}
    if summary: d["summary"] = summary
    if dept: d["department"] = dept
    if kw: d["keywords"] = kw
    return d
def I(id_, lead, title, problem, description, team=(), dept="", kw=(), summary="", stage="implemented", type_="clinical_practice", outcome=None):
    d = base(id_, "innovation", title, summary, dept, list(kw))
    d.update(lead=lead, problem=problem, description=boil(description), stage=stage, innovation_type=type_, setting="acute", costs={"industry_sponsorship": False})
    if team: d["team"] = [{"person": p, "role": r} for p, r in team]
    if outcome:
        d["outcomes"] = [{"measure": m, "baseline": b, "result": r} for m, b, r in outcome]
    if stage in ("evaluated", "embedded", "spreading") and not outcome:
        d["evaluation"] = {"summary": "Before-and-after audit by the team; see description.", "evidence_level": "audit"}
    if stage == "spreading":
        d["adoption"] = {"adopted_by": [{"org": {"name": "Tarnside Hospitals NHS Trust", "ods_code": "R8T"}, "status": "adopted"}]}
    R.append(d)
def S(id_, kind, role, title, challenge, did, helped, person=None, working_with=(), dept="", kw=(), summary="", services=()):
    d = base(id_, "story", title, summary, dept, list(kw))
    wa = {"role": role}
    if person: wa["person"] = person
    d.update(kind=kind, who_asked=wa, challenge=challenge, what_we_did=boil(did), how_it_helped=helped)
    if working_with: d["working_with"] = list(working_with)
    if services: d["services_used"] = list(services)
    R.append(d)
def L(id_, owner, title, statement, recommendation, polarity="improve", context="", dept="", kw=(), summary="", category=""):
    d = base(id_, "lesson", title, summary, dept, list(kw))
    d.update(statement=statement, recommendation=recommendation, polarity=polarity, lesson_status="agreed")
    if owner: d["owner"] = owner
    if context: d["context"] = boil(context)
    if category: d["category"] = category
    R.append(d)
def _cap(id_, title, purpose, details, fac, people, held, dept, kw, summary, insights):
    d = base(id_, "capture_record", title, summary, dept, list(kw))
    d.update(details=details, held_on=held, purpose=purpose)
    if fac: d["facilitator"] = fac
    if people: d["participants"] = [{"person": p} if p.startswith("person-") else {"role_label": p} for p in people]
    if insights: d["insights"] = list(insights)
    R.append(d)
def AAR(id_, fac, title, purpose, intended, actual, why="", sustain=(), improve=(), people=(), held="2025-03-10", dept="", kw=(), summary="", insights=()):
    det = {"technique": "after_action_review", "intended": intended, "actual": boil(actual)}
    if why: det["reasons_for_difference"] = why
    if sustain: det["sustain"] = list(sustain)
    if improve: det["improve"] = list(improve)
    _cap(id_, title, purpose, det, fac, people, held, dept, kw, summary, insights)
def RET(id_, fac, title, purpose, objectives, successes=(), improvements=(), recs=(), people=(), held="2025-06-01", dept="", kw=(), summary="", insights=()):
    det = {"technique": "retrospect", "objectives": list(objectives)}
    if successes: det["successes"] = [{"point": p, "why": w} for p, w in successes]
    if improvements: det["improvements"] = [{"point": p, "why": w} for p, w in improvements]
    if recs: det["recommendations"] = list(recs)
    _cap(id_, title, purpose, det, fac, people, held, dept, kw, summary, insights)
def PA(id_, fac, title, purpose, host, problem, peers=(), options=(), people=(), held="2025-01-20", dept="", kw=(), summary="", insights=()):
    det = {"technique": "peer_assist", "host_team": host, "problem_statement": problem}
    if peers: det["peers"] = [{"person": p, "brought": b} for p, b in peers]
    if options: det["options_insights"] = list(options)
    _cap(id_, title, purpose, det, fac, people, held, dept, kw, summary, insights)
def HARV(id_, fac, title, purpose, harvestee, reason, areas, summary_text, successor=None, held="2025-09-15", dept="", kw=(), summary=""):
    det = {"technique": "knowledge_harvest", "harvestee": harvestee, "reason": reason,
           "knowledge_areas": [{"area": a, "priority": "high"} for a in areas], "interview_summary": summary_text}
    if successor: det["successor"] = successor
    _cap(id_, title, purpose, det, fac, [harvestee], held, dept, kw, summary, ())
def CAFE(id_, fac, title, purpose, question, themes=(), people=(), held="2025-05-05", dept="", kw=(), summary=""):
    det = {"technique": "knowledge_cafe", "question": question}
    if themes: det["themes"] = list(themes)
    _cap(id_, title, purpose, det, fac, people, held, dept, kw, summary, ())
def COP(id_, fac, title, purpose, community, agenda=(), people=(), held="2025-04-04", dept="", kw=(), summary="", insights=()):
    det = {"technique": "community_of_practice_meeting", "community": community}
    if agenda: det["agenda"] = list(agenda)
    _cap(id_, title, purpose, det, fac, people, held, dept, kw, summary, insights)

PEOPLE = []
def P(slug, given, family, title, dept, overview, claims, willing=("be_contacted",), staff_group=None):
    pid = "person-" + slug
    d = {"type": "person", "id": pid, "display_name": f"{given} {family}", "given_name": given, "family_name": family,
         "job_title": title, "department": dept, "work_email": f"{given.lower().replace(' ','')}.{family.lower().replace(' ','').replace(chr(39),'')}@{DOM}",
         "status": "published"}
    if staff_group: d["staff_group"] = staff_group
    prof = {"overview": overview, "willing_to": list(willing), "last_confirmed_on": "2025-10-01", "expertise": []}
    for label, level, ev in claims:
        c = {"concept": {"label": label}, "level": level}
        if ev: c["evidence"] = [{"record": r, "role": role} for r, role in ev]
        prof["expertise"].append(c)
    d["profile"] = prof
    PEOPLE.append(d)

if __name__ == "__main__":
    import importlib
    for m in sorted(glob.glob(os.path.join(HERE, "records_*.py"))) + [os.path.join(HERE, "people.py")]:
        name = os.path.basename(m)[:-3]
        spec = importlib.util.spec_from_file_location(name, m)
        mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    import build as B
    R, PEOPLE = B.R, B.PEOPLE
    folders = {"innovation": "innovations", "story": "stories", "lesson": "lessons", "capture_record": "capture-records", "person": "people"}
    for f in folders.values():
        shutil.rmtree(os.path.join(KB, f), ignore_errors=True); os.makedirs(os.path.join(KB, f))
    ids = set()
    for d in R + PEOPLE:
        assert d["id"] not in ids, d["id"]; ids.add(d["id"])
        with open(os.path.join(KB, folders[d["type"]], d["id"] + ".json"), "w") as fh:
            json.dump(d, fh, indent=2, ensure_ascii=False)
    # check references
    pids = {p["id"] for p in PEOPLE}
    bad = []
    def walk(x):
        if isinstance(x, dict):
            for v in x.values(): walk(v)
        elif isinstance(x, list):
            for v in x: walk(v)
        elif isinstance(x, str) and x.startswith("person-") and x not in pids and " " not in x: bad.append(x)
    walk(R)
    for p in PEOPLE:
        for c in p["profile"]["expertise"]:
            for e in c.get("evidence", []):
                if e["record"] not in ids: bad.append(e["record"])
    print(len(R), "records;", len(PEOPLE), "people; bad refs:", sorted(set(bad)))
