"""Query by query, why kmcore's ranking and the plain BM25 baseline differ on judged
collections; and whether a ranking setting helps on collections it was not chosen on.

Two uses (run by hand, never part of the test run):

    # every question query of every collection: both top tens, with grades, each kmcore
    # result's score by query word (and the alternative that matched), the judged records
    # that either ranker leaves out; --below: only the queries where kmcore is below BM25
    python benchmarks/relevance_diff.py --kind question --below

    # a ranking constant tried at several values, leave-one-collection-out: for each
    # collection, the value best on the other fourteen is scored on it
    python benchmarks/relevance_diff.py --kind question \\
        --try kmcore.search.rank._PROXIMITY=0.3 --try kmcore.search.rank._PROXIMITY=0.6

With ``--try``, the first setting should be the current value (the baseline). Each setting is
``module.NAME=value`` (a Python literal; several joined by ``,,``); it is set for the run
and put back after. The objective is the mean, over the training collections, of the
kind's mean nDCG@10 in each (with ``--worst``: the lowest margin over BM25 of any kind in any
of them, the issue's "never below BM25 on any kind"); every kind is reported per
collection, before and after, so that a setting that helps the kind asked for and costs
another shows it.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

from relevance import ABOUT, COLLECTIONS, collection_folder

Scores = dict[tuple[str, str], float]  # (collection, kind or "all") -> mean nDCG@10
#: Before a kind in :data:`Scores`: the plain BM25's figure.
BM25 = "bm25 "


@contextmanager
def opened(folders: dict[str, Path]) -> Iterator[dict[str, tuple[Any, Any, Any]]]:
    """Each collection's (search index, plain BM25, judged collection), built once in a
    temporary copy of its knowledge base."""
    import kmcore
    from kmcore.search.relevance import (
        KNOWLEDGE_TYPES,
        PlainBM25,
        _record_texts,
        load_collection,
    )

    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        found = {}
        for name, folder in folders.items():
            kb_dir = Path(tmp) / name / "kb"
            shutil.copytree(folder / "kb", kb_dir, ignore=shutil.ignore_patterns("cache"))
            kb = stack.enter_context(kmcore.open(kb_dir))
            index = kb.search_index()
            index.refresh()
            found[name] = (index, PlainBM25(_record_texts(index, KNOWLEDGE_TYPES)),
                           load_collection(folder))
        yield found


def scores(collections: dict[str, tuple[Any, Any, Any]], kind: str, below: bool,
           show: bool) -> Scores:
    """Mean nDCG@10 per (collection, kind) and (collection, "all"), and with *show* the
    per-query comparison of every query of *kind* (only those below BM25 with *below*)."""
    from kmcore.search.index import Filters
    from kmcore.search.relevance import KNOWLEDGE_TYPES, ndcg

    filters = Filters(types=KNOWLEDGE_TYPES)
    sums: dict[tuple[str, str], list[float]] = {}
    for name, (index, bm25, collection) in collections.items():
        titles = dict(index.conn.execute("SELECT id, title FROM docs"))
        for item in collection.queries:
            found = index.search(item.query, filters, limit=10, refresh=False)
            mine = list(found.ids)
            value = ndcg(mine, item.records, 10)
            base = bm25.rank(item.query, 10)
            other = ndcg(base, item.records, 10)
            for key, got in (((name, item.kind), value), ((name, "all"), value),
                             ((name, BM25 + item.kind), other), ((name, BM25 + "all"), other)):
                sums.setdefault(key, []).append(got)
            if not show or item.kind != kind:
                continue
            if below and value >= other:
                continue
            print(f"\n== {name} {item.kind} kmcore {value:.3f} BM25 {other:.3f}  {item.query}")
            if found.expanded is not None:
                added = "; ".join(f"{w} -> {alt} ({weight:.1f})"
                                  for w, alt, _, weight in found.expanded.added)
                print(f"   soft words: {', '.join(sorted(found.expanded.parsed.soft)) or '-'}"
                      f"   alternatives: {added or '-'}")
            for place, hit in enumerate(found.hits, start=1):
                at = base.index(hit.id) + 1 if hit.id in base else "-"
                parts = ", ".join(f"{w}={alt if alt == w else alt + '*'} {part:.2f}"
                                  for w, alt, _, part in hit.matched)
                print(f"   k{place:<2} grade {item.records.get(hit.id, 0)} bm25@{at!s:2} "
                      f"{hit.score:6.2f} words {hit.coverage:.2f}  {hit.title[:56]}  [{parts}]")
            for place, rid in enumerate(base, start=1):
                if rid not in mine and item.records.get(rid, 0):
                    print(f"   b{place:<2} grade {item.records[rid]} not in kmcore's ten  "
                          f"{titles.get(rid, rid)[:70]}")
            for rid, grade in item.records.items():
                if rid not in mine and rid not in base:
                    print(f"   --  grade {grade} in neither ten  {titles.get(rid, rid)[:70]}")
    return {key: sum(v) / len(v) for key, v in sums.items()}


@contextmanager
def setting(text: str) -> Iterator[None]:
    """Module constants set as *text* says (``mod.NAME=value,,mod.OTHER=value``), then put
    back."""
    old = []
    try:
        for part in filter(None, text.split(",,")):
            name, _, value = part.partition("=")
            module_name, _, attr = name.strip().rpartition(".")
            module = importlib.import_module(module_name)
            if not hasattr(module, attr):
                raise SystemExit(f"{name}: no such setting in {module_name}")
            old.append((module, attr, getattr(module, attr)))
            setattr(module, attr, ast.literal_eval(value.strip()))
        yield
    finally:
        for module, attr, value in reversed(old):
            setattr(module, attr, value)


def cross_validate(results: dict[str, Scores], names: list[str], kind: str,
                   worst: bool = False) -> None:
    """Leave one collection out: the setting best on the others (ties: the first, the
    baseline), scored on it; printed beside the in-sample best. Best is the highest mean of
    *kind*, or with *worst* the highest lowest margin over BM25 of any kind on any of the
    collections (the issue's "never below BM25 on any kind"), then the higher mean."""
    baseline = next(iter(results))
    kinds = sorted({k for _, k in results[baseline] if not k.startswith(BM25)})

    def margin(label: str, among: list[str]) -> float:
        return min(results[label][(n, k)] - results[label][(n, BM25 + k)]
                   for n in among for k in kinds if k != "all" and (n, k) in results[label])

    def objective(label: str, among: list[str]) -> float:
        if worst:
            return margin(label, among)
        return sum(results[label][(n, kind)] for n in among) / len(among)

    what = "the lowest kind-minus-BM25" if worst else f"mean of {kind}"
    print(f"\nIn sample, over {len(names)} collections ({what}; {kind} mean; worst margin):")
    for label in results:
        mean = sum(results[label][(n, kind)] for n in names) / len(names)
        print(f"  {objective(label, names):.4f}  {mean:.4f}  {margin(label, names):+.4f}  "
              f"{label or '(as it is)'}")
    held = {}
    for name in names:
        rest = [n for n in names if n != name]
        # Ties (on the worst margin, often set by one query kind of one collection) go to
        # the higher mean of the kind, then to the baseline.
        held[name] = max(results, key=lambda label: (
            round(objective(label, rest), 6),
            round(sum(results[label][(n, kind)] for n in rest) / len(rest), 6),
            label == baseline))
    print("\nLeave one collection out (the setting chosen on the others):")
    for name in names:
        label = held[name]
        changes = ", ".join(f"{k} {results[baseline][(name, k)]:.3f}->"
                            f"{results[label][(name, k)]:.3f}" for k in kinds
                            if abs(results[label][(name, k)] - results[baseline][(name, k)])
                            >= 0.0005)
        print(f"  {name}: {label or '(as it is)'}  {changes or 'no change'}")
    for k in (kind, "all"):
        before = sum(results[baseline][(n, k)] for n in names) / len(names)
        after = sum(results[held[n]][(n, k)] for n in names) / len(names)
        print(f"  {k}: {before:.4f} as it is, {after:.4f} cross-validated")
    lowest = min(results[held[n]][(n, k)] - results[held[n]][(n, BM25 + k)]
                 for n in names for k in kinds if k != "all" and (n, k) in results[held[n]])
    print(f"  lowest kind-minus-BM25, cross-validated: {lowest:+.4f} "
          f"(as it is {margin(baseline, names):+.4f})")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--collection", action="append", choices=sorted(ABOUT),
                        help="Only this collection (repeatable); default: all present.")
    parser.add_argument("--path", action="append", type=collection_folder, default=[],
                        metavar="DIR", help="Also this collection folder (repeatable).")
    parser.add_argument("--kind", default="question", help="Query kind (default question).")
    parser.add_argument("--below", action="store_true",
                        help="Show only the queries where kmcore is below BM25.")
    parser.add_argument("--worst", action="store_true",
                        help="With --try: choose by the lowest margin over BM25 of any kind "
                             "on the training collections, not by the kind's mean.")
    parser.add_argument("--try", dest="settings", action="append", default=[],
                        metavar="MOD.NAME=VALUE",
                        help="A setting to cross-validate (repeatable; first = baseline).")
    args = parser.parse_args(argv)
    names = args.collection or ([] if args.path else [
        n for n in sorted(ABOUT) if (COLLECTIONS / f"collection-{n}").is_dir()])
    folders = {n: COLLECTIONS / f"collection-{n}" for n in names}
    folders.update({str(p): p for p in args.path})
    with opened(folders) as collections:
        if not args.settings:
            scores(collections, args.kind, args.below, show=True)
            return
        results = {}
        for text in args.settings:
            with setting(text):
                results[text] = scores(collections, args.kind, args.below, show=False)
            print(f"ran {text}", file=sys.stderr)
        cross_validate(results, list(folders), args.kind, args.worst)


if __name__ == "__main__":
    main()
