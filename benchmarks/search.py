"""Benchmarks for search: index build, query latency and incremental update, at 10,000 and
100,000 records, each beside a same-run baseline (a naive scan with ``in``); and the ranking
quality on the hand-judged relevance set (nDCG@10 and MRR).

Run by hand (never part of the test run):

    python benchmarks/search.py                      # both sizes; rewrite the Search section
    python benchmarks/search.py --sizes 2000 --no-write   # a quick look

Records are copies of the sample trust's 90 records with their ids (and every reference
between them) renamed per copy, written straight to the record folders as an import would.
The baseline keeps every record's text in memory, lower-cased, and answers a query by
checking each record with ``word in text`` for every word (no ranking): "build" for it is
reading and parsing every record file into that list.

Only the section between ``<!-- search:start -->`` and ``<!-- search:end -->`` in
docs/benchmarks.md is replaced.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import ROOT, fmt, machine, replace_section

sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("KMCORE_LOAD_PLUGINS", "")

QUERIES = [
    "falls prevention", "sepsis", "sepsis drill", "antibiotics within the hour",
    "electronic whiteboards", "patient flow bed managers", "discharge medicines", "TTOs",
    "swallowing difficulties", "frailty virtual ward", "pressure ulcers", "tissue viability",
    "norovirus outbreak", "point of care lactate", "evidence huddles", "literature search",
    "knowledge cafe", "randomized coffee trial", "after action review", "retrospect",
    "organization knowledge mobilization", '"bed sensors"', "apprais*", "handover",
    "night staff", "whiteboards -riverside", "sepsis OR lactate", "Wi-Fi screens",
    "ward", "training before go-live",
]


def _write_records(root: Path, count: int) -> None:
    """*count* records as JSON files (copies of the sample, ids renamed per copy)."""
    from kmcore import codec
    from kmcore.demo.sample import sample_records

    sample = sample_records()
    texts = [json.dumps(codec.to_dict(r), ensure_ascii=False) for r in sample]
    import kmcore

    with kmcore.open(root) as kb:
        folders = {name: spec.folder for name, spec in kb.types.items()}
    ids = sorted({r.id for r in sample}, key=len, reverse=True)
    for folder in folders.values():
        (root / folder).mkdir(exist_ok=True)
    written = 0
    copy = 0
    while written < count:
        for record, text in zip(sample, texts, strict=True):
            renamed = text
            for record_id in ids:
                renamed = renamed.replace(f'"{record_id}"', f'"{record_id}-c{copy}"')
            new_id = f"{record.id}-c{copy}"
            (root / folders[record.record_type] / f"{new_id}.json").write_text(
                renamed, encoding="utf-8")
            written += 1
            if written == count:
                break
        copy += 1


def _baseline_build(kb: Any) -> list[tuple[str, str]]:
    from kmcore import codec

    out = []
    for record in kb.store.scan():
        text = json.dumps(codec.to_dict(record), ensure_ascii=False).lower()
        out.append((record.id, text))
    return out


def _baseline_query(texts: list[tuple[str, str]], query: str) -> list[str]:
    words = [w.strip('"*-').lower() for w in query.split() if w not in ("OR",)]
    return [rid for rid, text in texts if all(w in text for w in words if w)][:10]


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def measure(size: int, workdir: Path) -> dict[str, Any]:
    import attrs

    import kmcore
    from kmcore.demo.sample import ODS_CODE, ORGANISATION

    root = workdir / f"kb-{size}"
    kmcore.init(root, name="Bench", organisation=ORGANISATION, ods_code=ODS_CODE).close()
    _write_records(root, size)
    out: dict[str, Any] = {"size": size}
    with kmcore.open(root) as kb:
        # The first scan checks every record's rules and remembers the files it verified;
        # both the index and the baseline then read the same, already-verified files.
        start = time.perf_counter()
        texts = _baseline_build(kb)
        out["first_scan"] = time.perf_counter() - start
        start = time.perf_counter()
        texts = _baseline_build(kb)
        out["baseline_build"] = time.perf_counter() - start
        index = kb.search_index()
        start = time.perf_counter()
        report = index.rebuild()
        out["build"] = time.perf_counter() - start
        out["indexed"] = report.indexed
        out["index_bytes"] = index.path.stat().st_size

        for query in QUERIES:  # warm the page cache and the statement cache
            index.search(query)
        timings: list[float] = []
        base: list[float] = []
        cpu: list[float] = []
        base_cpu: list[float] = []
        for _ in range(3):
            for query in QUERIES:
                start, start_cpu = time.perf_counter(), time.thread_time()
                index.search(query, limit=10)
                timings.append(time.perf_counter() - start)
                cpu.append(time.thread_time() - start_cpu)
                start, start_cpu = time.perf_counter(), time.thread_time()
                _baseline_query(texts, query)
                base.append(time.perf_counter() - start)
                base_cpu.append(time.thread_time() - start_cpu)
        out["p50"], out["p95"] = _percentile(timings, 50), _percentile(timings, 95)
        out["base_p50"], out["base_p95"] = _percentile(base, 50), _percentile(base, 95)
        # CPU time as well: on a shared machine, wall time includes waiting for a core.
        out["cpu_p95"], out["base_cpu_p95"] = _percentile(cpu, 95), _percentile(base_cpu, 95)
        out["load"] = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0

        updates: list[float] = []
        base_updates: list[float] = []
        target = next(r for r in kb.store.scan("lesson"))
        for n in range(5):
            target = kb.update(attrs.evolve(target, statement=f"{target.statement} edit {n}"))
            start = time.perf_counter()
            refreshed = index.refresh()
            updates.append(time.perf_counter() - start)
            assert refreshed.indexed == 1, refreshed
            # The naive equivalent: re-read the changed record and replace its text.
            start = time.perf_counter()
            from kmcore import codec

            fresh = kb.get(target.id)
            text = json.dumps(codec.to_dict(fresh), ensure_ascii=False).lower()
            for i, (rid, _) in enumerate(texts):
                if rid == fresh.id:
                    texts[i] = (rid, text)
                    break
            base_updates.append(time.perf_counter() - start)
        out["update"] = statistics.median(updates)
        out["base_update"] = statistics.median(base_updates)
    return out


def relevance() -> Any:
    from kmcore.search.relevance import evaluate, load_judgements
    from search_sample import sample_kb

    with tempfile.TemporaryDirectory() as tmp, sample_kb(Path(tmp) / "kb") as kb:
        return evaluate(kb.search_index(),
                        load_judgements(ROOT / "tests" / "data" / "search_relevance.json"))


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}x" if b else "—"


def render(results: list[dict[str, Any]], scores: Any) -> str:
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    rows = []
    for r in results:
        size = f"{r['size']:,}"
        rows.append(f"| index build, {size} records ({r['indexed']:,} indexed; "
                    f"{r['index_bytes'] / 1e6:.0f} MB) | {fmt(r['build'])} | read and parse "
                    f"every record into memory | {fmt(r['baseline_build'])} | "
                    f"{_ratio(r['build'], r['baseline_build'])} | — |")
        goal = "≤ 20 ms" if r["size"] <= 10_000 else "≤ 50 ms"
        rows.append(f"| query p50, {size} records | {r['p50'] * 1000:.1f} ms | `in` scan, "
                    f"no ranking | {r['base_p50'] * 1000:.1f} ms | "
                    f"{_ratio(r['p50'], r['base_p50'])} | — |")
        rows.append(f"| query p95, {size} records | {r['p95'] * 1000:.1f} ms | `in` scan, "
                    f"no ranking | {r['base_p95'] * 1000:.1f} ms | "
                    f"{_ratio(r['p95'], r['base_p95'])} | {goal} |")
        if "cpu_p95" in r:
            rows.append(f"| query p95 CPU time, {size} records | {r['cpu_p95'] * 1000:.1f} ms | "
                        f"`in` scan, no ranking | {r['base_cpu_p95'] * 1000:.1f} ms | "
                        f"{_ratio(r['cpu_p95'], r['base_cpu_p95'])} | — |")
        rows.append(f"| incremental update after one change, {size} records | "
                    f"{r['update'] * 1000:.1f} ms | re-read the record, replace its text | "
                    f"{r['base_update'] * 1000:.1f} ms | "
                    f"{_ratio(r['update'], r['base_update'])} | ≤ 50 ms |")
    first = ", ".join(f"{r['size']:,}: {fmt(r['first_scan'])}" for r in results)
    load = ", ".join(f"{r['size']:,}: {r['load']:.1f}" for r in results if r.get("load"))
    if load:
        first += (f"; load average while querying ({load}) on {os.cpu_count()} cores: compare "
                  f"with the baseline in the same run, not with other runs")
    return f"""## Search

Measured by `python benchmarks/search.py` (not part of the test run). Records are copies of
the sample trust's 90 records (all five types) with ids and links renamed per copy, written
straight into the record folders. Query latency is over {len(QUERIES)} queries (words,
phrases, prefixes, OR, exclusions; three rounds, after one warm-up round), each a full
`SearchIndex.search` call including its change-feed check, query expansion, re-scoring and
snippets; "CPU time" is the thread's own time for the same calls (on a shared machine the
wall time also counts waiting for a core). "Incremental update"
is `refresh()` after one `kb.update()` (median of 5): reading the feed, re-indexing the record,
committing. The baseline, in the same run, holds every record's JSON text lower-cased in
memory and answers with `word in text` over all of it (no ranking, snippets, stemming or
spelling variants); its "build" is reading and parsing every record file.

Last run: {now}, on {machine()}. The index build reads records already verified by a first
scan (first scan, which checks every record's rules: {first}).

| measurement | kmcore | baseline | baseline time | ratio | goal |
|---|---|---|---|---|---|
{chr(10).join(rows)}

Ranking quality on the hand-judged relevance set (`tests/data/search_relevance.json`,
{scores.record_queries} record queries, {scores.expert_queries} with judged experts; see
docs/search.md):

| ranking | nDCG@10 | MRR | floor in tests/test_search_relevance.py |
|---|---|---|---|
| record search | {scores.record_ndcg:.3f} | {scores.record_mrr:.3f} | nDCG 0.85, MRR 0.90 |
| expertise finder | {scores.expert_ndcg:.3f} | {scores.expert_mrr:.3f} | nDCG 0.85, MRR 0.85 |

The copies repeat one vocabulary, so a query matches the same share of the records at both
sizes: "sepsis" is in 9 of the sample's 90 records, so in about 10,000 of the 100,000, and
"ward" in about 36,700. Real collections are more varied, so their queries usually match fewer.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            print(f"measuring {size:,} records...", file=sys.stderr, flush=True)
            results.append(measure(size, Path(tmp)))
            print(json.dumps(results[-1], default=str), file=sys.stderr, flush=True)
    section = render(results, relevance())
    print(section)
    if not args.no_write:
        replace_section("search", section)


if __name__ == "__main__":
    main()
