"""Write judgements.json from gen/judge_spec.py; with --review, list every record that mentions
any review term but is left ungraded, so each can be read and confirmed not relevant."""
import json, sys
from collections import Counter
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from judge_spec import QUERIES, EXPERTS
from candidates import load, matches

ROOT = Path(__file__).resolve().parent.parent
recs = load()
people = {p.stem for p in (ROOT / "kb" / "people").glob("*.json")}
review = "--review" in sys.argv
out_q = []
for q, kind, terms, grades in QUERIES:
    grades = {k: v for k, v in grades.items() if v}
    for rid in grades: assert rid in recs, (q, rid)
    assert sum(1 for v in grades.values() if v == 2) >= 2, q
    if review:
        extra = {r: h for r, h in matches(terms, recs).items() if r not in grades}
        print(f"\n### {q} [{kind}] graded={len(grades)}")
        for r, (t, hits) in sorted(extra.items()):
            print(f"   - {r:42} {t[:60]:60} {hits}")
    out_q.append({"query": q, "kind": kind, "records": dict(sorted(grades.items(), key=lambda x: (-x[1], x[0])))})
out_e = []
for topic, ppl, traps in EXPERTS:
    for p in list(ppl) + traps: assert f"person-{p}" in people, p
    assert not set(ppl) & set(traps)
    out_e.append({"topic": topic, "people": {f"person-{p}": v for p, v in ppl.items()}, "traps": [f"person-{t}" for t in traps]})
doc = {"about": "Held-out judged collection for kmcore search and expert finding over a fictional NHS "
                "mental health, learning disability and community health knowledge base (Westmarsh). "
                "Held out: scored once at the end.",
       "grades": "2 = about the topic, 1 = partly relevant / useful neighbour, unlisted = not relevant",
       "queries": out_q, "experts": out_e}
(ROOT / "judgements.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
print(Counter(q["kind"] for q in out_q), len(out_q), "queries;", len(out_e), "topics;",
      len({t for e in out_e for t in e["traps"]}), "trap people")
