"""Write judgements.json and check every id exists. Run: python gen/judgements.py"""
import json, os, glob
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
Q = []
def q(query, kind, **records):
    Q.append({"query": query, "kind": kind, "records": {k.replace("_", "-"): v for k, v in records.items()}})
E = []
def e(topic, people, traps=()):
    E.append({"topic": topic, "people": people, "traps": list(traps)})

# ---- queries ----
OST_ALL = dict(inn_005=2, inn_006=2, sto_001=2, inn_026=2, inn_065=2, inn_094=2, inn_116=2, inn_095=2, retro_001=2, inn_123=1, inn_096=1)
HCV_TEST = dict(inn_012=2, inn_066=2, inn_041=2, sto_002=2, pa_001=2, inn_112=2, inn_113=1, inn_013=1, aar_005=1, inn_130=1, inn_055=1, inn_096=1)
NALOX = dict(inn_007=2, inn_008=2, aar_001=2, inn_087=2, inn_088=2, les_013=2, inn_099=1, inn_096=1, inn_015=1, inn_113=1)
ETOH_W = dict(inn_009=2, inn_010=2, aar_004=2, inn_122=2, les_002=2, pa_002=1, inn_103=1, inn_097=1, inn_001=1, inn_002=1)
# synonym
q("heroin replacement injection", "synonym", inn_005=2, inn_006=2, sto_001=2, inn_123=1, inn_065=1, inn_094=1, inn_116=1, inn_026=1, inn_095=1, retro_001=1)
q("overdose kits", "synonym", **NALOX)
q("coming off drink at home", "synonym", inn_009=2, aar_004=2, les_002=2, inn_122=1, inn_010=1, inn_103=1, pa_002=1)
q("people sleeping on the street", "synonym", inn_015=2, inn_114=2, inn_130=2, inn_062=1, inn_087=1, inn_072=1, sto_003=1)
q("liver scan for heavy drinkers", "synonym", inn_073=2, inn_009=1)
q("immunisation for new undergraduates", "synonym", inn_045=2)
q("soldiers with flashbacks", "synonym", inn_022=2, inn_077=2, inn_104=2, les_011=2, inn_021=1)
q("tummy bug in the hostel", "synonym", inn_071=2, les_008=2)
# acronym
q("OST", "acronym", **OST_ALL)
q("HCV", "acronym", **dict(HCV_TEST, inn_013=2, les_005=2, inn_130=2))
q("IPRA", "acronym", inn_003=2, les_001=2, inn_004=2, inn_090=2, les_010=2, inn_097=1, inn_083=1)
q("ACCT", "acronym", inn_038=2, inn_060=2, inn_119=2, inn_037=1, les_001=1, inn_097=1, inn_091=1, inn_068=1, inn_001=1)
q("SWEP", "acronym", inn_062=2)
q("PTSD", "acronym", inn_022=2, inn_077=2, inn_104=2, les_011=2, inn_092=1)
q("DPIA", "acronym", les_006=2, inn_056=2)
q("SCRA", "acronym", sto_005=2, inn_035=2, inn_084=2, cap_001=2)
q("BBV testing", "acronym", inn_041=2, inn_066=2, pa_001=2, inn_012=2, inn_113=1, inn_013=1, inn_096=1, sto_002=1, inn_112=1)
# spelling
q("hepatitis C tesing", "spelling", **HCV_TEST)
q("alcohol withdrawl", "spelling", **ETOH_W)
q("norovirus diarrhea", "spelling", inn_071=2, les_008=2)
q("anemia in older prisoners", "spelling", inn_074=2, inn_118=1)
q("esophageal varices", "spelling", inn_073=2)
q("methodone", "spelling", inn_094=2, inn_065=2, inn_005=2, sto_001=2, inn_116=2, inn_123=1, inn_006=1, inn_026=1, inn_095=1)
q("student counseling", "spelling", inn_075=2, inn_046=2, inn_047=1, inn_076=1)
q("tuberculosis screning", "spelling", inn_072=2)
# phrase
q("\"reception screening\"", "phrase", inn_001=2, inn_002=2, les_004=2, aar_002=2, inn_061=2, inn_066=1, inn_010=1, inn_097=1, inn_116=1, inn_132=1, inn_003=1, inn_051=1)
q("\"medicines in possession\"", "phrase", inn_003=2, les_001=2, inn_004=2, inn_090=2, les_010=2, inn_083=1, inn_097=1)
q("\"through the gate\"", "phrase", inn_026=2, retro_001=2, inn_096=2, inn_064=2, inn_008=1, inn_027=2, inn_121=1, inn_131=1, pa_002=1, inn_056=1)
q("\"take-home naloxone\"", "phrase", inn_007=2, inn_088=2, inn_008=2, inn_087=2, les_013=1, aar_001=1, inn_099=1, inn_096=1)
q("\"clinical assessment service\"", "phrase", inn_016=2, inn_111=2, aar_003=1)
q("\"home detox\"", "phrase", inn_009=2, aar_004=2, les_002=2, inn_122=1)
q("\"mental health in-reach\"", "phrase", inn_037=2, inn_070=2, inn_120=2, inn_121=2, inn_104=1, inn_038=1)
q("\"veteran friendly\" GP", "phrase", inn_021=2, inn_051=1)
# question
q("how do we stop people overdosing after they leave prison?", "question", inn_008=2, inn_026=2, inn_096=2, inn_064=1, inn_027=1, retro_001=1, inn_007=1, inn_065=1, pa_002=1)
q("how can we get more homeless people treated for hep C?", "question", inn_012=2, inn_013=2, sto_002=2, inn_041=2, inn_130=2, inn_113=1, inn_112=1, inn_055=1, aar_005=1)
q("what should we do when the outreach van breaks down?", "question", inn_033=2, aar_005=2, inn_055=1)
q("how do we stop tablets being traded on the wings?", "question", inn_004=2, inn_083=2, les_010=2, inn_003=2, inn_006=2, inn_090=1)
q("how can we cut 111 call-back waits on bank holidays?", "question", aar_003=2, inn_048=1, inn_016=1, inn_057=1)
q("what do I do if there is a data breach?", "question", inn_106=2, les_003=1)
q("how do we help veterans who end up in prison?", "question", inn_051=2, inn_104=2, inn_131=2)
q("how do we keep students safe when they drop out of university?", "question", inn_076=2, inn_107=1)
q("what support is there for prison healthcare staff after a death in custody?", "question", inn_092=2, inn_068=1)
# distractor
q("methadone script", "distractor", inn_005=2, inn_026=2, inn_065=2, inn_094=2, inn_116=2, sto_001=1, inn_095=1, inn_006=1)
q("DBS testing", "distractor", inn_012=2, inn_066=2, inn_041=1, inn_013=1)
q("prison release planning", "distractor", inn_096=2, inn_026=2, inn_027=2, inn_008=2, retro_001=2, inn_121=2, inn_131=2, inn_064=2, inn_056=2, les_003=1, pa_002=1, inn_079=1)
q("detox clinic", "distractor", inn_009=2, aar_004=2, les_002=2, inn_010=2, pa_002=2, inn_122=1, inn_103=1)
q("supplier tender", "distractor", inn_031=2, inn_108=2, inn_053=1)
q("health screening", "distractor", inn_001=2, inn_002=2, inn_061=2, les_004=2, aar_002=2, inn_072=2, inn_073=2, inn_066=1, inn_047=1, inn_118=1, inn_074=1)
q("drug recovery", "distractor", inn_034=2, inn_043=2, inn_064=2, inn_115=2, inn_125=1, inn_096=1)
q("wound discharge", "distractor", inn_023=2, inn_063=1, cap_003=1, inn_093=1)
q("breach reporting", "distractor", inn_106=2, les_003=2)
q("spice on the wings", "distractor", inn_035=2, inn_084=2, cap_001=2, sto_005=2, inn_043=1)
q("complaints about prison healthcare", "distractor", inn_039=2, inn_105=2, inn_057=1)

# ---- experts ----
e("opioid substitution", {"person-okafor": 2, "person-mensah": 2, "person-fenwick": 1, "person-adeyemi": 1, "person-kaur": 1}, ["person-lowe"])
e("naloxone", {"person-thorne": 2, "person-kaur": 1, "person-bello": 1}, ["person-ellery"])
e("hep C", {"person-mcbride": 2, "person-obi": 2, "person-hale": 1})
e("detox", {"person-rahman": 2, "person-okafor": 2, "person-fenwick": 1}, ["person-vance"])
e("methadone scripts", {"person-okafor": 2, "person-mensah": 2, "person-kaur": 1, "person-fenwick": 1}, ["person-quill", "person-abara"])
e("reception screening", {"person-hale": 2, "person-hussain": 1, "person-kaur": 1, "person-ward": 1}, ["person-baptiste"])
e("release from prison", {"person-kaur": 2, "person-costa": 1, "person-lindqvist": 1}, ["person-baptiste", "person-ellery"])
e("dried blood spot testing", {"person-mcbride": 2, "person-obi": 1, "person-hale": 1}, ["person-harcourt"])
e("tendering", {"person-ashworth": 2, "person-lowe": 1}, ["person-osei"])
e("drug and alcohol recovery", {"person-costa": 2, "person-fenwick": 1}, ["person-dunn", "person-ridley", "person-baptiste"])
e("spice", {"person-fenwick": 2}, ["person-whitlock"])
e("TB screening", {"person-bello": 2, "person-delacroix": 1}, ["person-baptiste", "person-whitlock", "person-vance"])
e("PTSD", {"person-holt": 2, "person-fairweather": 1})
e("veterans", {"person-fairweather": 2, "person-holt": 1, "person-whitlock": 1})
e("111", {"person-barnes": 2, "person-parry": 1, "person-abara": 1, "person-osei": 1})
e("out of hours GP", {"person-osei": 2, "person-barnes": 1})
e("subject access requests", {"person-greaves": 2, "person-kowalski": 2})
e("data breach", {"person-greaves": 2, "person-kowalski": 1}, ["person-kaur"])
e("complaints", {"person-moran": 2}, ["person-barnes"])
e("fleet", {"person-ridley": 2, "person-trent": 1})
e("ACCT", {"person-gray": 2, "person-lindqvist": 1, "person-hale": 1, "person-ward": 1})
e("mental health in-reach", {"person-lindqvist": 2, "person-holt": 1})
e("student wellbeing", {"person-nwosu": 2, "person-iqbal": 2})
e("homeless hostels", {"person-delacroix": 2, "person-mcbride": 1, "person-bello": 1})
e("wound care", {"person-delacroix": 2}, ["person-gray"])
e("medicines in possession", {"person-adeyemi": 2, "person-hale": 2, "person-fenwick": 1})
e("literature search", {"person-sato": 2, "person-morley": 2})
e("alcohol withdrawal", {"person-rahman": 2, "person-okafor": 1, "person-fenwick": 1}, ["person-nwosu", "person-kowalski"])
e("meningitis jabs for students", {"person-iqbal": 2})
e("discharge from the forces", {"person-fairweather": 2}, ["person-delacroix"])

def main():
    ids = set()
    for f in glob.glob(os.path.join(ROOT, "kb", "*", "*.json")):
        ids.add(json.load(open(f))["id"])
    for x in Q:
        for r in x["records"]:
            assert r in ids, (x["query"], r)
    for x in E:
        for p in list(x["people"]) + x["traps"]:
            assert p in ids, (x["topic"], p)
            assert not (p in x["people"] and p in x["traps"])
    out = {"about": "Wayfarer Justice and Inclusion Health CIC: prison healthcare, inclusion health, drug and alcohol, 111/OOH, veterans, student health and corporate teams (fictional)",
           "grades": "2 = about the topic, 1 = partly relevant / useful neighbour, unlisted = not relevant",
           "queries": Q, "experts": E}
    json.dump(out, open(os.path.join(ROOT, "judgements.json"), "w"), indent=1, ensure_ascii=False)
    from collections import Counter
    print(len(Q), "queries", Counter(x["kind"] for x in Q), len(E), "topics", sum(1 for x in E if x["traps"]), "with traps")

if __name__ == "__main__":
    main()
