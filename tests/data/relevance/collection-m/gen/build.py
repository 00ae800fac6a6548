"""Regenerate kb/ records from gen/data_*.py. Run: python gen/build.py"""
import json, os, sys, shutil, glob
HERE = os.path.dirname(os.path.abspath(__file__))
KB = os.path.join(HERE, '..', 'kb')
sys.path.insert(0, HERE)
DIRS = {'innovation': 'innovations', 'person': 'people', 'story': 'stories', 'capture_record': 'capture-records', 'lesson': 'lessons'}
DOM = 'kestrelvale-mtc.nhs.example'

RECS = []
PEOPLE = []

def split(t, n):
    parts = [p.strip() for p in t.split('|')]
    while len(parts) < n:
        parts.append(parts[-1])
    return parts

def base(rid, title, summary, dept, kw):
    d = {'id': rid, 'title': title, 'status': 'published', 'visibility': 'organisation'}
    if summary: d['summary'] = summary
    if dept: d['department'] = dept
    if kw: d['keywords'] = kw
    return d

def inn(rid, title, text, dept, kw=(), lead=None, team=(), summary='', stage='implemented'):
    d = base(rid, title, summary, dept, list(kw))
    p, desc = split(text, 2)
    d.update({'lead': lead, 'problem': p, 'description': desc, 'stage': stage, 'setting': 'acute', 'costs': {'industry_sponsorship': False}})
    if team: d['team'] = [{'person': t, 'role': 'team_member'} for t in team]
    RECS.append(('innovation', d))

def story(rid, title, text, dept, kw=(), asked=None, role='Staff member', working=(), summary='', kind='km_success_story'):
    d = base(rid, title, summary, dept, list(kw))
    c, w, h = split(text, 3)
    wa = {'role': role}
    if asked: wa['person'] = asked
    d.update({'kind': kind, 'who_asked': wa, 'challenge': c, 'what_we_did': w, 'how_it_helped': h})
    if working: d['working_with'] = list(working)
    RECS.append(('story', d))

def lesson(rid, title, text, dept, kw=(), owner=None, polarity='improve', summary='', context=''):
    d = base(rid, title, summary, dept, list(kw))
    s, r = split(text, 2)
    d.update({'statement': s, 'recommendation': r, 'polarity': polarity})
    if owner: d['owner'] = owner
    if context: d['context'] = context
    RECS.append(('lesson', d))

def aar(rid, title, text, dept, kw=(), fac=None, parts=(), held='2025-06-12', purpose='', summary='', insights=()):
    d = base(rid, title, summary, dept, list(kw))
    i, a, r = split(text, 3)
    d.update({'details': {'technique': 'after_action_review', 'intended': i, 'actual': a, 'reasons_for_difference': r},
              'held_on': held, 'purpose': purpose or 'After action review following ' + title[0].lower() + title[1:]})
    _cap(d, fac, parts, insights)

def retro(rid, title, text, dept, kw=(), fac=None, parts=(), held='2025-03-20', purpose='', summary='', insights=()):
    d = base(rid, title, summary, dept, list(kw))
    objs = [o.strip() for o in text.split('|')]
    d.update({'details': {'technique': 'retrospect', 'objectives': objs[:1], 'achieved': objs[1:2], 'recommendations': objs[2:]},
              'held_on': held, 'purpose': purpose or 'Retrospect at the end of the project.'})
    _cap(d, fac, parts, insights)

def peer(rid, title, text, dept, kw=(), fac=None, parts=(), held='2025-09-04', purpose='', summary='', insights=(), host=None):
    d = base(rid, title, summary, dept, list(kw))
    ps, opts = split(text, 2)
    d.update({'details': {'technique': 'peer_assist', 'host_team': host or dept or 'Team', 'problem_statement': ps,
              'options_insights': [o.strip() for o in opts.split(';') if o.strip()]},
              'held_on': held, 'purpose': purpose or 'Peer assist before starting the work.'})
    _cap(d, fac, parts, insights)

def _cap(d, fac, parts, insights):
    if fac: d['facilitator'] = fac
    if parts: d['participants'] = [{'person': p} for p in parts]
    if insights: d['insights'] = list(insights)
    RECS.append(('capture_record', d))

def person(pid, given, family, title, dept, overview, claims, willing=('be_contacted',), staff_group=None):
    d = {'id': pid, 'display_name': f'{given} {family}', 'given_name': given, 'family_name': family,
         'job_title': title, 'department': dept, 'status': 'published',
         'work_email': given.lower() + '.' + family.lower().replace(' ', '').replace("'", '') + '@' + DOM,
         'profile': {'overview': overview, 'willing_to': list(willing), 'expertise': []}}
    if staff_group: d['staff_group'] = staff_group
    for c in claims:
        label, level, ev = c
        d['profile']['expertise'].append({'concept': {'label': label}, 'level': level,
            'evidence': [{'record': r, 'role': role} for r, role in ev]})
    PEOPLE.append(('person', d))

if __name__ == '__main__':
    import build, data_records, data_people  # noqa: populate RECS and PEOPLE
    RECS, PEOPLE = build.RECS, build.PEOPLE
    for sub in DIRS.values():
        p = os.path.join(KB, sub)
        if os.path.isdir(p): shutil.rmtree(p)
        os.makedirs(p)
    ids = set()
    for typ, d in RECS + PEOPLE:
        assert d['id'] not in ids, d['id']
        ids.add(d['id']); d = {'type': typ, **d}
        with open(os.path.join(KB, DIRS[typ], d['id'] + '.json'), 'w') as f:
            json.dump(d, f, indent=2, ensure_ascii=False)
    print(len(RECS), 'records', len(PEOPLE), 'people')
