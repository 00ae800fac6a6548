import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import load_records, TYPEDIR
recs = load_records(); byshort = {r['short']: r for r in recs}
def T(tag, top=2):
    """records tagged with tag: strength 2 -> top, 1 -> 1"""
    out = {}
    for r in recs:
        v = r['tags'].get(tag)
        if v: out[r['id']] = min(top, v) if v == 1 else top
    return out
def T2(tag):
    return {r['id']: 2 for r in recs if r['tags'].get(tag) == 2}
def S(*shorts, g=2):
    return {byshort[s]['id']: g for s in shorts}
def M(*ds):
    out = {}
    for d in ds:
        for k, v in d.items(): out[k] = max(out.get(k, 0), v)
    return out
def only(d, g):  # cap grades
    return {k: min(v, g) for k, v in d.items()}
Q = [
 ("stopping old people falling over", "synonym", T('falls')),
 ("bedsores", "synonym", T('pressure')),
 ("thin bones after a broken hip", "synonym", T('bone')),
 ("acute confusion in older patients", "synonym", M(T('delirium'))),
 ("wet beds and bladder problems", "synonym", T('continence')),
 ("swallowing difficulties", "synonym", T('dysphagia')),
 ("dying patients last days", "synonym", T('palliative')),
 ("breathing machine weaning", "synonym", M(S('icu01', 'icu03', 'icu15'), S('icu04', 'icu14', 'icu12', 'pal09', g=1))),
 ("CGA", "acronym", T('cga')),
 ("MUST", "acronym", M(only(T2('nutrition'), 1), S('nut01', 'nut13'))),
 ("CAUTI", "acronym", T('catheter')),
 ("CLABSI", "acronym", T('line')),
 ("NEWS2", "acronym", T('news')),
 ("RASS", "acronym", M(only(T('sedation'), 1), S('icu01'))),
 ("AFU", "acronym", M(S('fra01', 'fra02', 'fra05', 'fra06', 'fra08', 'fra10', 'fra11', 'fra04'), S('fra03', 'fra09', 'pal05', 'fra07', g=1))),
 ("CCOT", "acronym", T('outreach')),
 ("NG tube", "acronym", {**T('tube'), **S('nut09', g=1)}),
 ("pressure ulser prevention", "spelling", T('pressure')),
 ("deliruim screening", "spelling", M(only(T2('delirium'), 1), S('del01', 'icu11'))),
 ("dementia behavior", "spelling", T('dementia')),
 ("incontinance pads", "spelling", M(only(T('continence'), 1), S('con02', 'con05'))),
 ("trachiostomy safety", "spelling", T('trach')),
 ("osteoperosis treatment", "spelling", T('bone')),
 ("paliative care", "spelling", T('palliative')),
 ("color contrast dementia ward", "spelling", M(S('dem06'), S('dem07', 'dem02', g=1))),
 ('"protected mealtimes"', "phrase", M(S('nut03'), S('nut02', 'nut10', 'dem04', g=1))),
 ('"bed rails"', "phrase", M(S('fal04'), S('fal08', g=1))),
 ('"end of life"', "phrase", T('palliative')),
 ('"pressure ulcer"', "phrase", T('pressure')),
 ('"This is me"', "phrase", M(S('dem01'), S('dem03', 'dem04', 'dem02', g=1))),
 ('"sedation hold"', "phrase", M(S('icu01'), only(T('sedation'), 1))),
 ('"spiritual care"', "phrase", T('chap')),
 ('"critical care outreach"', "phrase", T('outreach')),
 ("how can we stop catheters causing infections?", "question", M(T('catheter'), S('icu07', 'icu08', g=1))),
 ("what helps patients with dementia eat more?", "question", M(S('nut02', 'dem04'), only(T('nutrition'), 1))),
 ("how do we get frail patients home quicker from A&E?", "question", M(S('fra01', 'fra05', 'fra09', 'fra04'), S('fra02', 'fra06', 'fra08', 'fra10', 'fra11', 'fra07', 'fra03', 'fal11', g=1))),
 ("who do I call when a patient on the ward is getting worse?", "question", M(T('outreach'), T('news'))),
 ("how do we support families after a death?", "question", M(T('bereave'), S('pal03', 'chp04', g=1))),
 ("what should we do after a patient falls?", "question", M(S('fal05', 'fal12', 'fal13'), only(T('falls'), 1))),
 ("how do we stop NG tubes going in the wrong place?", "question", M(S('nut06', 'nut07'), only(T('tube'), 1))),
 ("how can ICU survivors get help after they go home?", "question", T('icurehab')),
 ("falls", "distractor", T('falls')),
 ("pressure", "distractor", T('pressure')),
 ("ventilation", "distractor", T('vent')),
 ("line infections", "distractor", T('line')),
 ("tube feeding", "distractor", T('tube')),
 ("toileting rounds", "distractor", M(S('fal10'), S('con03', 'con02', g=1))),
 ("walking frame", "distractor", M(S('fal03'), S('fal11', g=1))),
 ("chair and bed sensor pads", "distractor", M(S('fal08'), S('fal04', g=1))),
 ("volunteers", "distractor", T('volunteers')),
 ("outreach", "distractor", T('outreach')),
 ("line", "distractor", M(T('line'))),
]
E = [
 ("falls", {"okafor": 2, "pryce": 2, "murray": 1}, ["stone", "hughes", "price"]),
 ("falls prevention", {"okafor": 2, "pryce": 2, "murray": 1}, ["stone"]),
 ("delirium", {"nair": 2, "hartley": 2, "grant": 1}, []),
 ("dementia", {"nair": 2, "moss": 2, "murray": 1, "hughes": 1}, []),
 ("pressure ulcers", {"osei": 2, "fenwick": 2}, ["ito", "price", "stone"]),
 ("pressure", {"osei": 2, "fenwick": 2}, ["ito", "price", "stone"]),
 ("continence", {"quinn": 2, "barker": 1}, []),
 ("continence pads", {"quinn": 2, "barker": 1}, ["lewis", "novak"]),
 ("bone health", {"lindqvist": 2}, []),
 ("frailty", {"ahmed": 2, "murray": 1}, []),
 ("CGA", {"ahmed": 2}, []),
 ("sedation", {"grant": 2, "patel": 2}, []),
 ("ventilation", {"grant": 2, "banerjee": 1}, ["carr", "ito"]),
 ("tube feeding", {"walsh": 2, "dubois": 1}, ["carr"]),
 ("central lines", {"reyes": 2}, ["bishop"]),
 ("critical care outreach", {"kowalski": 2}, []),
 ("NEWS2", {"kowalski": 2}, []),
 ("end of life care", {"doyle": 2, "fraser": 2, "evans": 1, "rahman": 1}, []),
 ("syringe driver", {"fraser": 2}, []),
 ("spiritual care", {"rahman": 2, "evans": 2}, []),
 ("bereavement", {"evans": 2, "rahman": 1}, []),
 ("complaints", {"adeyemi": 2}, ["price", "whitfield"]),
 ("volunteers", {"harris": 2, "evans": 1}, ["hughes", "rahman"]),
 ("outreach", {"kowalski": 2}, ["rahman"]),
 ("delirium screening", {"hartley": 2, "nair": 2, "grant": 1}, ["moss", "lewis"]),
 ("linen", {"kerr": 2}, []),
 ("security", {"novak": 2}, []),
 ("bed rails", {"okafor": 2}, ["hughes", "okoro"]),
 ("swallowing", {"singh": 2}, []),
 ("malnutrition", {"dubois": 2, "harris": 1}, []),
 ("tracheostomy", {"banerjee": 2, "reyes": 1}, []),
 ("life after intensive care", {"mensah": 2, "kowalski": 1}, []),
 ("patient experience", {"adeyemi": 2, "harris": 1}, ["whitfield"]),
]
def main():
    out = {"about": "Elmbrook and Wendle Valley NHS Trust (fictional): older people's, frailty and critical care services with patient experience, chaplaincy and facilities; search and expert-finder test collection",
           "grades": "2 = about the topic, 1 = partly relevant / useful neighbour, unlisted = not relevant",
           "queries": [{"query": q, "kind": k, "records": r} for q, k, r in Q],
           "experts": [{"topic": t, "people": {"person-" + p: g for p, g in ps.items()}, "traps": ["person-" + x for x in tr]} for t, ps, tr in E]}
    kbdir = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'kb')
    ids = set()
    for d, _, fs in os.walk(kbdir):
        for f in fs:
            if f.endswith('.json'): ids.add(f[:-5])
    for q in out['queries']:
        assert q['records'], q
        for r in q['records']: assert r in ids, r
    for e in out['experts']:
        for p in list(e['people']) + e['traps']: assert p in ids, p
    json.dump(out, open(os.path.join(kbdir, '..', 'judgements.json'), 'w'), indent=1)
    from collections import Counter
    print(Counter(q['kind'] for q in out['queries']), len(out['experts']), sum(1 for e in out['experts'] if e['traps']))
if __name__ == '__main__': main()
