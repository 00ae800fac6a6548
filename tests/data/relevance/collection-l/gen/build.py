import json, os, shutil, re, random
random.seed(7)
HERE = os.path.dirname(os.path.abspath(__file__))
KB = os.path.join(HERE, '..', 'kb')
DOM = 'elmbrook.nhs.example'
ORG = {"name": "Elmbrook and Wendle Valley NHS Trust", "ods_code": "RX7W"}
BOIL = ["This was discussed at the Older People's Quality and Safety Group.",
        "Shared at the trust learning forum and on the intranet.",
        "Contact the team via the directory if you would like to know more.",
        "Written up with support from the Library and Knowledge Service.",
        "The team would like to thank patients and families who gave feedback."]
TYPEDIR = {'I': ('innovation', 'innovations', 'inn'), 'L': ('lesson', 'lessons', 'lesson'),
           'S': ('story', 'stories', 'story'), 'A': ('capture_record', 'capture-records', 'cap'),
           'R': ('capture_record', 'capture-records', 'cap'), 'P': ('capture_record', 'capture-records', 'cap')}

def rid(short, t):
    return f"{TYPEDIR[t][2]}-{short}"

def load_people():
    out = []
    for line in open(os.path.join(HERE, 'people.txt')):
        if not line.strip() or line.startswith('#'): continue
        pid, given, fam, job, dept, ov, will, claims = line.rstrip('\n').split('|')
        out.append(dict(pid=pid, given=given, fam=fam, job=job, dept=dept, ov=ov, will=will.split(','),
                        claims=[c.split(':') for c in claims.split(';')]))
    return out

def load_records():
    out = []
    for line in open(os.path.join(HERE, 'records.txt')):
        if not line.strip() or line.startswith('#'): continue
        parts = line.rstrip('\n').split('|')
        short, t, lead, dept, title, text, tags = parts[:7]
        extra = parts[7] if len(parts) > 7 else ''
        tg = {}
        for x in filter(None, tags.split(',')):
            k, _, v = x.partition(':'); tg[k] = int(v or 2)
        out.append(dict(id=rid(short, t), short=short, t=t, lead=lead, dept=dept, title=title, text=text, tags=tg, extra=extra))
    return out

def sentences(text):
    s = re.split(r'(?<=[.!?])\s+', text.strip())
    return [x for x in s if x]

def build():
    people = load_people(); recs = load_records()
    pids = {p['pid'] for p in people}
    if os.path.isdir(KB):
        for d in ['innovations', 'lessons', 'stories', 'capture-records', 'people']:
            shutil.rmtree(os.path.join(KB, d), ignore_errors=True)
    for r in recs:
        typ, folder, _ = TYPEDIR[r['t']]
        os.makedirs(os.path.join(KB, folder), exist_ok=True)
        lead = 'person-' + r['lead']; assert r['lead'] in pids, r
        ss = sentences(r['text']); first = ss[0]; rest = ' '.join(ss[1:]) or first
        body = r['text']
        if random.random() < 0.4: body = body + ' ' + random.choice(BOIL)
        kw = [k for k in r['tags'] if not k.startswith('d_')]
        d = {"type": typ, "id": r['id'], "title": r['title'], "department": r['dept'], "status": "published",
             "owner_org": ORG, "created_by": lead}
        if random.random() < 0.5: d["summary"] = first
        if r['t'] == 'I':
            d.update(lead=lead, problem=first, description=body, stage=random.choice(['testing', 'implemented', 'implemented', 'idea', 'planning']), costs={'industry_sponsorship': False},
                     setting='corporate' if r['dept'] in ('Estates', 'Facilities', 'IM&T', 'Workforce', 'Finance', 'Trust Board', 'Workforce Wellbeing') else 'acute')
        elif r['t'] == 'L':
            d.update(statement=body, recommendation=ss[-1] if len(ss) > 1 else 'Share this with the team at handover.',
                     polarity=random.choice(['sustain', 'improve']), owner=lead, category=r['dept'])
        elif r['t'] == 'S':
            d.update(kind='lks_impact_case_study' if r['tags'].get('lks') else 'innovation_story',
                     who_asked={"role": "Member of staff, " + r['dept']}, challenge=first, what_we_did=rest,
                     how_it_helped=body if len(ss) > 2 else 'The team changed practice and shared the learning with other wards.')
            if r['tags'].get('lks'): d['working_with'] = ['person-lloyd']
        else:
            d.update(held_on='2026-0%d-1%d' % (random.randint(1, 9), random.randint(0, 9)), purpose=first,
                     facilitator='person-chen' if r['lead'] != 'chen' else 'person-chen',
                     participants=[{"person": lead}])
            if r['t'] == 'A':
                d['details'] = {"technique": "after_action_review", "intended": first, "actual": body,
                                "sustain": ["Good teamwork once the issue was recognised."], "improve": [ss[-1]]}
            elif r['t'] == 'R':
                d['details'] = {"technique": "retrospect", "objectives": [first[:500]], "achieved": [x[:500] for x in (ss[1:] or [first])]}
            else:
                d['details'] = {"technique": "peer_assist", "host_team": r['dept'], "problem_statement": body}
        if kw: d['keywords'] = kw[:3] if random.random() < 0.6 else []
        if not d.get('keywords'): d.pop('keywords', None)
        if r['extra']: d.update(json.loads(r['extra']))
        json.dump(d, open(os.path.join(KB, folder, r['id'] + '.json'), 'w'), indent=2)
    # people
    os.makedirs(os.path.join(KB, 'people'), exist_ok=True)
    from claimmap import CLAIMTAGS, EXTRA_EVIDENCE
    for p in people:
        claims = []
        for c in p['claims']:
            label, level = c[0], c[1]
            tags = CLAIMTAGS.get(label, [])
            ev = [{"record": r['id'], "role": "lead"} for r in recs if r['lead'] == p['pid'] and any(t in r['tags'] for t in tags)]
            ev += [{"record": rid(s, t), "role": role} for (s, t, role) in EXTRA_EVIDENCE.get((p['pid'], label), [])]
            if not ev:
                ev = [{"record": r['id'], "role": "lead"} for r in recs if r['lead'] == p['pid']][:2]
            claims.append({"concept": {"label": label}, "level": level, "evidence": ev})
        d = {"type": "person", "id": "person-" + p['pid'], "given_name": p['given'], "family_name": p['fam'],
             "display_name": f"{p['given']} {p['fam']}", "job_title": p['job'], "department": p['dept'],
             "work_email": f"{p['given'].split()[-1].lower()}.{p['fam'].lower()}@{DOM}",
             "profile": {"overview": p['ov'], "expertise": claims, "willing_to": p['will']}}
        json.dump(d, open(os.path.join(KB, 'people', d['id'] + '.json'), 'w'), indent=2)
    return people, recs

if __name__ == '__main__':
    p, r = build(); print(len(p), 'people', len(r), 'records')
