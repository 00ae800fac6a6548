"""Build the kmcore KB for the search-i collection from gen/records*.txt and gen/people.py.
Run: python gen/build.py  (from /work/collections/search-i). Writes kb/<folder>/<id>.json and gen/idmap.json."""
import json, glob, os, re, hashlib, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KB = os.path.join(ROOT, "kb")
sys.path.insert(0, HERE)
from people import PEOPLE, DOMAIN

BOILER = [
    "This was shared at the network quality and governance meeting.",
    "Contact the team if you would like a copy of the standard operating procedure.",
    "The work was reported to the divisional board and is now business as usual.",
    "Thanks to everyone across the network who gave their time to this.",
    "Please get in touch if your department would like to try something similar.",
]
ABOUT = {"innovation": "inn", "story": "story", "lesson": "lesson", "capture": "cap"}
FOLDER = {"innovation": "innovations", "story": "stories", "lesson": "lessons", "capture": "capture-records"}
TECH = {"aar": "after_action_review", "retro": "retrospect", "peer": "peer_assist",
        "harvest": "knowledge_harvest", "cafe": "knowledge_cafe"}

def parse():
    recs = []
    for fn in sorted(glob.glob(os.path.join(HERE, "records*.txt"))):
        cur = None
        for line in open(fn, encoding="utf-8"):
            line = line.rstrip("\n")
            if line.startswith("@"):
                parts = line[1:].split()
                cur = {"_key": parts[0], "_type": parts[1], "_tech": parts[2] if len(parts) > 2 else None}
                recs.append(cur)
            elif line.strip() and cur is not None:
                k, _, v = line.partition(": ")
                cur[k.strip()] = v.strip()
    return recs

def lst(v, sep="|"):
    return [x.strip() for x in v.split(sep) if x.strip()] if v else []

def boil(key, text, n=2):
    h = int(hashlib.md5(key.encode()).hexdigest(), 16)
    if h % n == 0:
        return text + " " + BOILER[h % len(BOILER)]
    return text

def main():
    recs = parse()
    counters, idmap = {}, {}
    for r in recs:
        t = r["_type"]
        counters[t] = counters.get(t, 0) + 1
        idmap[r["_key"]] = f"{ABOUT[t]}-{counters[t]:03d}"
    assert len(idmap) == len(recs), "duplicate keys"
    for folder in FOLDER.values():
        os.makedirs(os.path.join(KB, folder), exist_ok=True)
        for f in glob.glob(os.path.join(KB, folder, "*.json")):
            os.remove(f)
    os.makedirs(os.path.join(KB, "people"), exist_ok=True)
    for f in glob.glob(os.path.join(KB, "people", "*.json")):
        os.remove(f)
    pids = {p["id"] for p in PEOPLE}
    roles = {}  # (person, record id) -> role
    def note(p, rid, role):
        if p:
            assert p in pids, (p, rid)
            roles.setdefault((p, rid), role)
    for r in recs:
        t, key, rid = r["_type"], r["_key"], idmap[r["_key"]]
        d = {"type": {"capture": "capture_record"}.get(t, t), "id": rid, "title": r["title"], "status": "published"}
        if r.get("summary"): d["summary"] = r["summary"]
        if r.get("dept"): d["department"] = r["dept"]
        if r.get("kw"): d["keywords"] = lst(r["kw"], ";")
        if t == "innovation":
            d["lead"] = r["lead"]; note(r["lead"], rid, "lead")
            team = lst(r.get("team"), ",")
            if team:
                d["team"] = [{"person": p, "role": "team_member"} for p in team]
                for p in team: note(p, rid, "team member")
            d["problem"] = r["problem"]
            d["description"] = boil(key, r["description"])
            d["stage"] = r.get("stage", "implemented")
            if r.get("eval"):
                d["evaluation"] = {"summary": r["eval"]}
            assert d["stage"] not in ("evaluated", "embedded") or r.get("eval"), key
            if r.get("klp"): d["key_learning_points"] = lst(r["klp"])
            d["costs"] = {"industry_sponsorship": False}
            d["setting"] = "corporate" if any(w in r.get("dept", "") for w in ("Estates", "Catering", "Car", "Travel", "Procurement", "Information", "Digital", "Temporary", "Organisational", "Waste", "Sustainability", "Communications", "Health and Safety", "Portering")) else "acute"
        elif t == "story":
            d["kind"] = r["kind"]
            wa = {"role": r["asked"]}
            if r.get("asked_person"):
                wa["person"] = r["asked_person"]; note(r["asked_person"], rid, "author")
            d["who_asked"] = wa
            d["challenge"] = r["challenge"]; d["what_we_did"] = r["did"]
            d["how_it_helped"] = boil(key, r["helped"])
            if r.get("working"):
                d["working_with"] = lst(r["working"], ",")
                for p in d["working_with"]: note(p, rid, "participant")
            if r.get("services"): d["services_used"] = lst(r["services"], ";")
            if r.get("impact"): d["impact_categories"] = lst(r["impact"], ";")
            if r.get("patients"): d["patients_affected"] = int(r["patients"])
        elif t == "lesson":
            d["statement"] = r["statement"]; d["recommendation"] = r["rec"]; d["polarity"] = r["polarity"]
            if r.get("context"): d["context"] = r["context"]
            if r.get("category"): d["category"] = r["category"]
            if r.get("owner"): d["owner"] = r["owner"]; note(r["owner"], rid, "author")
            if r.get("previously") == "yes": d["previously_identified"] = True
            d["lesson_status"] = "agreed"
        elif t == "capture":
            tech = TECH[r["_tech"]]
            det = {"technique": tech}
            if tech == "after_action_review":
                det["intended"] = r["intended"]; det["actual"] = r["actual"]
                if r.get("reasons"): det["reasons_for_difference"] = r["reasons"]
                for f in ("sustain", "improve"):
                    if r.get(f): det[f] = lst(r[f])
                if r.get("next"): det["next_time"] = lst(r["next"])
            elif tech == "retrospect":
                det["objectives"] = lst(r["objectives"])
                if r.get("achieved"): det["achieved"] = lst(r["achieved"])
                for f, k in (("successes", "successes"), ("improvements", "improvements")):
                    if r.get(k):
                        det[f] = [dict(zip(("point", "why"), [s.strip() for s in x.split("::")])) for x in lst(r[k])]
                if r.get("recs"): det["recommendations"] = lst(r["recs"])
            elif tech == "peer_assist":
                det["host_team"] = r["host"]; det["problem_statement"] = r["problem_statement"]
                if r.get("options"): det["options_insights"] = lst(r["options"])
            elif tech == "knowledge_harvest":
                det["harvestee"] = r["harvestee"]; det["reason"] = r["reason"]
                note(r["harvestee"], rid, "harvestee")
                if r.get("successor"): det["successor"] = r["successor"]
                if r.get("areas"): det["knowledge_areas"] = [{"area": a} for a in lst(r["areas"])]
                if r.get("summary_i"): det["interview_summary"] = r["summary_i"]
            elif tech == "knowledge_cafe":
                det["question"] = r["question"]
                if r.get("themes"): det["themes"] = lst(r["themes"])
            d["details"] = det
            d["held_on"] = r["held"]
            d["purpose"] = r["purpose"]
            if r.get("facilitator"):
                d["facilitator"] = r["facilitator"]; note(r["facilitator"], rid, "facilitator")
            parts = lst(r.get("parts"), ",")
            if parts:
                d["participants"] = [{"person": p} for p in parts]
                for p in parts: note(p, rid, "participant")
            if r.get("insights"): d["insights"] = lst(r["insights"])
            d["mode"] = "in_person"
        with open(os.path.join(KB, FOLDER[t], rid + ".json"), "w", encoding="utf-8") as f:
            json.dump(d, f, indent=2, ensure_ascii=False)
    # people
    for p in PEOPLE:
        d = {"type": "person", "id": p["id"], "display_name": p["display_name"], "given_name": p["given"],
             "family_name": p["family"], "job_title": p["job"], "department": p["dept"],
             "work_email": f'{p["given"].lower()}.{p["family"].lower().replace(" ", "").replace(chr(39), "")}@{DOMAIN}',
             "status": "published"}
        if p.get("lks"): d["is_lks_staff"] = True
        prof = {"overview": p["overview"], "willing_to": p.get("willing", ["be_contacted"]), "expertise": []}
        for label, level, keys in p["claims"]:
            ev = []
            for k in keys:
                rid = idmap[k]
                ev.append({"record": rid, "role": roles.get((p["id"], rid), "participant")})
            c = {"concept": {"label": label}, "level": level}
            if ev: c["evidence"] = ev
            prof["expertise"].append(c)
        d["profile"] = prof
        with open(os.path.join(KB, "people", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(d, f, indent=2, ensure_ascii=False)
    json.dump(idmap, open(os.path.join(HERE, "idmap.json"), "w"), indent=1)
    # check evidence: every claim's record involves the person
    for p in PEOPLE:
        for label, level, keys in p["claims"]:
            for k in keys:
                if (p["id"], idmap[k]) not in roles:
                    print("WARN evidence not linked on record:", p["id"], k)
    print(len(recs), "records,", len(PEOPLE), "people")

if __name__ == "__main__":
    main()
