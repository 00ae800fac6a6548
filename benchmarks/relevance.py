"""Ranking quality on independent judged collections, beside a plain textbook BM25 measured
in the same run over the same record texts (kmcore.search.relevance.PlainBM25).

Each collection is a folder with a knowledge base (``kb/``) and ``judgements.json``
(record queries with a kind and graded records; expertise topics with graded people and trap
people). Reported: nDCG@10 overall and per query kind; for experts, P@3 (graded people in the
top three over how many there could be) and how many trap people reached a top three.

Run by hand (never part of the test run):

    python benchmarks/relevance.py                       # every collection; rewrite the page
    python benchmarks/relevance.py --collection a --no-write --detail   # per-query figures
    python benchmarks/relevance.py --path /some/collection-x --no-write  # any such folder

``--path`` (repeatable) scores any folder of the same layout (``kb/`` and ``judgements.json``),
for instance a collection a trust judged itself; the page is rewritten only for the
collections in ``ABOUT``, so with ``--path`` the table is printed and the page left alone
unless ``--collection`` also names one of them.

Only the section between ``<!-- relevance:start -->`` and ``<!-- relevance:end -->`` in
docs/benchmarks.md is replaced.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
from pathlib import Path

from _common import ROOT, machine, replace_section

sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("KMCORE_LOAD_PLUGINS", "")

COLLECTIONS = ROOT / "tests" / "data" / "relevance"
ABOUT = {
    "a": "collection A (Northmoor, an acute teaching trust; used for tuning)",
    "b": "collection B (held out in the first round and scored once; used for tuning in the "
         "second)",
    "c": "collection C (held out: written during the second round by someone who had not "
         "seen the code, scored once after ranking, vocabulary and expert matching were "
         "frozen; tuned on in the third round)",
    "d": "collection D (held out: written during the third round by someone who had not seen "
         "the code, from a mental health, learning disability and community trust with a "
         "hospice, adult social care and a carers' centre; scored once, blind, on the merged "
         "code at the end of that round)",
    "e": "collection E (held out: written during the fourth round by someone who had not seen "
         "the code, from a rural district general hospital with maternity, cancer, renal and "
         "theatres services; scored once, blind, on the merged code at the end of that round)",
    "f": "collection F (held out: written during the fifth round by someone who had not seen "
         "the code, from an integrated care system with primary care, dental, optical, sexual "
         "health, an orthopaedic and spinal hospital and council public health; scored once, "
         "blind, on the merged code at the end of that round)",
    "g": "collection G (held out: written during the sixth round by someone who had not seen "
         "the code, from specialist heart and lung, eye, and burns and plastics hospitals with "
         "a regional workforce and education team; scored once, blind, on the merged code at "
         "the end of that round)",
    "h": "collection H (held out: written during the last round of the 2026-12-07 session by "
         "someone who had not seen the code, from a justice and inclusion health provider: "
         "prisons, homeless health, drug and alcohol services, NHS 111 and out-of-hours; "
         "scored once, blind, on the merged code at the end of that session)",
    "i": "collection I (held out: written during the first round of the 2026-12-07 evening "
         "session by someone who had not seen the code, from a diagnostics and clinical "
         "support provider: pathology, imaging, transfusion, genomics, medical physics, "
         "sterile services, estates and facilities; scored once, blind, on the merged code "
         "at the end of that round)",
    "j": "collection J (held out: written during the first round of the 2026-12-07 evening "
         "session by someone who had not seen the code, from a neurosciences and "
         "rehabilitation provider: stroke, neurosurgery, epilepsy, spinal injuries, brain "
         "injury, wheelchair services, audiology and ENT; scored once, blind, on the merged "
         "code at the end of the third round)",
    "k": "collection K (held out: written during the fourth round of the 2026-12-07 evening "
         "session by someone who had not seen the code, from an elective medical and "
         "surgical hub: endoscopy, liver, diabetes, dermatology, rheumatology, urology, "
         "gynaecology; scored once, blind, on the merged code at the end of that round)",
    "l": "collection L (held out: written during the fifth round of the 2026-12-07 evening "
         "session by someone who had not seen the code, from an older people's, frailty and "
         "critical care service with chaplaincy and facilities; scored once, blind, on the "
         "merged code at the end of that round)",
    "m": "collection M (held out: written during the first round of the 2026-12-07 night "
         "session by someone who had not seen the code, from a major trauma centre with "
         "vascular and plastic surgery, limb fitting, theatres and wound care; scored once, "
         "blind, on the merged code at the end of that round)",
    "n": "collection N (held out: written during the first round of the 2026-12-07 night "
         "session by someone who had not seen the code, from an acute trust's clinical "
         "support and corporate services: health records and coding, patient flow, "
         "transport, infection prevention, catering, IT, procurement and complaints; scored "
         "once, blind, on the merged code at the end of that round)",
    "o": "collection O (held out: written during the second round of the 2026-12-07 night "
         "session by someone who had not seen the code, in a setting they chose: an adult "
         "allergy and clinical immunology network with its library and corporate teams; "
         "scored once, blind, on the code at the end of that session)",
    "p": "collection P (held out: written during the 2026-12-07/08 night session by someone "
         "who had not seen the code, in a setting they chose: a bariatric surgery and "
         "specialist weight management network; scored once, blind, on the code at the end "
         "of that session)",
    "q": "collection Q (held out: written during the 2026-12-07/08 night session by someone "
         "who had not seen the code, in a setting they chose: regional infection services "
         "(infectious diseases ward, antibiotics at home, TB, isolation, infection "
         "prevention, stewardship, travel clinic); scored once, blind, on the code at the "
         "end of that session)",
    "r": "collection R (held out: written during the 2026-12-08 session by someone who had "
         "not seen the code, in a setting given to them: an adult speech and language "
         "therapy service (communication, swallowing, voice, tracheostomy and laryngectomy, "
         "communication aids); scored once, blind, on the code at the end of that session)",
    "s": "collection S (held out: written during the 2026-12-08 session by someone who had "
         "not seen the code, in a setting given to them: a regional sickle cell and "
         "thalassaemia network; scored once, blind, on the code at the end of that session)",
}


def run(folder: Path, detail: bool) -> tuple[object, object]:
    """(kmcore, plain BM25) scores on the collection in *folder*, printing per-query figures
    with *detail*."""
    import kmcore
    from kmcore.search.relevance import compare_on_collection, load_collection

    collection = load_collection(folder)
    with tempfile.TemporaryDirectory() as tmp:
        # A copy, so the index is built outside the repository.
        kb_dir = Path(tmp) / "kb"
        shutil.copytree(folder / "kb", kb_dir, ignore=shutil.ignore_patterns("cache"))
        with kmcore.open(kb_dir) as kb:
            mine, base = compare_on_collection(kb.search_index(), collection)
    if detail:
        for (query, kind, a), (_, _, b) in zip(mine.per_query, base.per_query, strict=True):
            flag = "  <" if a < b else ""
            print(f"  {kind:10} {a:.3f} {b:.3f}  {query}{flag}")
        for (topic, p, caught), (_, bp, bcaught) in zip(mine.per_topic, base.per_topic,
                                                        strict=True):
            print(f"  expert {p:.2f} {bp:.2f} {topic} traps={list(caught)} "
                  f"bm25traps={list(bcaught)}")
    return mine, base


def table(name: str, mine: object, base: object) -> str:
    from kmcore.search.relevance import CollectionScores

    assert isinstance(mine, CollectionScores) and isinstance(base, CollectionScores)
    lines = [f"**{ABOUT.get(name, name)}**: {sum(mine.queries_by_kind.values())} record "
             f"queries, {len(mine.per_topic)} expertise topics.", "",
             "| | kmcore | plain BM25 | difference |", "|---|---|---|---|",
             f"| nDCG@10, all queries | {mine.ndcg:.3f} | {base.ndcg:.3f} | "
             f"{mine.ndcg - base.ndcg:+.3f} |"]
    for kind, value in mine.ndcg_by_kind.items():
        other = base.ndcg_by_kind.get(kind, 0.0)
        lines.append(f"| nDCG@10, {kind} ({mine.queries_by_kind[kind]}) | {value:.3f} | "
                     f"{other:.3f} | {value - other:+.3f} |")
    lines.append(f"| experts P@3 | {mine.expert_p3:.3f} | {base.expert_p3:.3f} | "
                 f"{mine.expert_p3 - base.expert_p3:+.3f} |")
    lines.append(f"| trap people in a top 3 (topics affected) | {mine.traps_in_top3} "
                 f"({mine.topics_with_trap}) | {base.traps_in_top3} ({base.topics_with_trap})"
                 f" | |")
    return "\n".join(lines)


def collection_folder(text: str) -> Path:
    """An argparse type: a folder holding ``kb/`` and ``judgements.json``."""
    folder = Path(text).expanduser().resolve()
    missing = [part for part in ("kb", "judgements.json") if not (folder / part).exists()]
    if missing:
        raise argparse.ArgumentTypeError(f"{text}: no {' or '.join(missing)} in this folder")
    return folder


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--collection", action="append", choices=sorted(ABOUT),
                        help="Only this collection (repeatable); default: all present, "
                             "unless --path is given.")
    parser.add_argument("--path", action="append", type=collection_folder, default=[],
                        metavar="DIR", help="Also score the collection in DIR (kb/ and "
                        "judgements.json; repeatable). Printed, never written to the page.")
    parser.add_argument("--no-write", action="store_true", help="Print, do not edit the page.")
    parser.add_argument("--detail", action="store_true", help="Per-query figures too.")
    args = parser.parse_args(argv)
    names = args.collection or ([] if args.path else [
        n for n in sorted(ABOUT) if (COLLECTIONS / f"collection-{n}").is_dir()])
    sections = []
    for name in names:
        print(f"collection {name}:")
        mine, base = run(COLLECTIONS / f"collection-{name}", args.detail)
        text = table(name, mine, base)
        print(text)
        sections.append(text)
    for folder in args.path:
        print(f"collection at {folder}:")
        mine, base = run(folder, args.detail)
        print(table(str(folder), mine, base))
    if args.no_write or not sections:
        return
    body = (
        "## Search relevance on independent judged collections\n\n"
        f"Last run {dt.date.today().isoformat()} on {machine()} with "
        "`python benchmarks/relevance.py`. Each collection was written by someone who had not "
        "seen kmcore's ranking code, from another trust's point of view (its records, its "
        "staff's queries, graded judgements, expertise topics with trap people who share a "
        "word of the topic in another sense). The baseline is a plain textbook BM25 "
        "(k1 1.2, b 0.75; folded, stopworded, lightly stemmed words; no fields, synonyms or "
        "phrases) over the same record texts, measured in the same run; for experts, the "
        "same BM25 over one document per person (their claims, profile and the texts of their "
        "records). P@3 counts graded people in the first three over how many there could be.\n\n"
        + "\n\n".join(sections))
    replace_section("relevance", body)


if __name__ == "__main__":
    main()
