"""Benchmarks for the ``html`` site target: a full build of 10,000 records, and incremental runs.

Run by hand (never part of the test run):

    python benchmarks/site.py                 # measure; rewrite the Site section of
                                              # docs/benchmarks.md
    python benchmarks/site.py --records 2000 --no-write   # a quicker look

The target is driven directly, as the sync engine drives it (``apply`` in batches, then
``finish``), so the figures are the site's own cost; ``benchmarks/sync.py`` measures whole
syncs, engine included. The baseline, measured in the same run, renders the same records'
pages with a bare jinja2 loop (one template, title, summary and the text fields, no links,
lists, feeds, search index or JSON-LD) and writes them with a plain ``write_bytes``.

Only the section between ``<!-- site:start -->`` and ``<!-- site:end -->`` in
docs/benchmarks.md is replaced.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import attrs
from _common import DOC, ROOT, best, fmt, machine, replace_section

_BARE = """<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>{{ r.label }}</title></head><body><main><h1>{{ r.label }}</h1>
{% for name, value in texts %}<h2>{{ name }}</h2><p>{{ value }}</p>{% endfor %}
</main></body></html>"""


def _records(count: int) -> list[Any]:
    """*count* publishable records: copies of the sample, with ids (and every reference
    between them) renamed per copy, so links resolve as in a real knowledge base."""
    from kmcore import codec
    from kmcore.demo.sample import sample_records
    from kmcore.records import RECORD_TYPES
    from kmcore.records.vocab import Visibility

    sample = [r for r in sample_records() if r.visibility.rank >= Visibility.ORGANISATION.rank]
    texts = [json.dumps(codec.to_dict(r)) for r in sample]
    ids = sorted({r.id for r in sample}, key=len, reverse=True)
    out: list[Any] = []
    copy = 0
    while len(out) < count:
        for text in texts:
            renamed = text
            for record_id in ids:
                renamed = renamed.replace(f'"{record_id}"', f'"{record_id}-c{copy}"')
            out.append(codec.from_dict(json.loads(renamed), RECORD_TYPES, check_rules=False))
            if len(out) == count:
                break
        copy += 1
    return out


def _target(kb: Any, path: Path) -> Any:
    from kmcore.publish.html import HtmlSiteTarget
    from kmcore.sync.model import TargetConfig

    return HtmlSiteTarget(TargetConfig(name="bench", backend="html",
                                       settings={"path": str(path)}), kb)


def _items(records: list[Any], op: str = "create") -> list[Any]:
    from kmcore.sync.model import Item

    return [Item(op=op, record_type=r.record_type, record_id=r.id, record=r,  # type: ignore[arg-type]
                 content_hash=str(n)) for n, r in enumerate(records)]


def _full_build(kb: Any, path: Path, records: list[Any]) -> Any:
    from kmcore.sync.model import SyncContext

    if path.exists():
        shutil.rmtree(path)
    target = _target(kb, path)
    items = _items(records)
    for start in range(0, len(items), target.batch_size):
        results = target.apply(items[start:start + target.batch_size])
        assert all(r.ok for r in results)
    published = {r.id: r for r in records}
    target.finish(SyncContext(kb=kb, published=published, changed=frozenset(published)))
    target.close()
    return target


def _bare_loop(path: Path, records: list[Any]) -> None:
    import jinja2

    if path.exists():
        shutil.rmtree(path)
    template = jinja2.Environment(autoescape=True).from_string(_BARE)
    path.mkdir(parents=True)
    for record in records:
        texts = [(f.name, getattr(record, f.name)) for f in attrs.fields(type(record))
                 if isinstance(getattr(record, f.name), str) and getattr(record, f.name)]
        (path / f"{record.id}.html").write_bytes(
            template.render(r=record, texts=texts).encode("utf-8"))








Row = tuple[str, float, str, float, str]


def run(count: int, repeat: int) -> tuple[list[Row], dict[str, int]]:
    import kmcore
    from kmcore.sync.model import SyncContext

    rows: list[Row] = []
    notes: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="kmcore-bench-site-") as tmp:
        kb = kmcore.init(Path(tmp) / "kb", name="Benchmark hub", organisation="Benchmark Trust")
        records = _records(count)
        published = {r.id: r for r in records}
        site = Path(tmp) / "site"
        bare = Path(tmp) / "bare"
        base = best(lambda: _bare_loop(bare, records), repeat)
        base_label = f"bare jinja2 loop: {count:,} record pages, plain writes"
        full_times = []
        target: Any = None
        for _ in range(repeat):
            start = time.perf_counter()
            target = _full_build(kb, site, records)
            full_times.append(time.perf_counter() - start)
        notes["full build: files written"] = target.writes
        notes["site files"] = sum(1 for p in site.rglob("*") if p.is_file())
        rows.append((f"full site build, {count:,} records", min(full_times), base_label, base,
                     "—"))

        def unchanged() -> None:
            again = _target(kb, site)
            again.finish(SyncContext(kb=kb, published=published, changed=frozenset()))
            again.close()
            assert again.writes == 0

        rows.append((f"finish with nothing changed, {count:,} records (files written: 0)",
                     best(unchanged, repeat), base_label, base, "≤ 0.5 s"))
        times, writes = [], []
        for n in range(repeat):
            record = records[(n * 37) % len(records)]
            changed = attrs.evolve(record, **{
                "display_name" if record.record_type == "person" else "title":
                    f"{record.label} ({n})"})
            published[changed.id] = changed
            start = time.perf_counter()
            one = _target(kb, site)
            [result] = one.apply(_items([changed], op="update"))
            one.finish(SyncContext(kb=kb, published=published,
                                   changed=frozenset({changed.id})))
            one.close()
            times.append(time.perf_counter() - start)
            assert result.ok
            writes.append(one.writes)
        notes["one changed record: files written (median)"] = int(statistics.median(writes))
        rows.append((f"one changed record among {count:,} (apply + finish)",
                     statistics.median(times), base_label, base, "≤ 0.3 s"))
        kb.close()
    return rows, notes


def _table(rows: list[Row]) -> str:
    lines = ["| measurement | kmcore | baseline | baseline time | ratio | goal |",
             "|---|---|---|---|---|---|"]
    for what, value, base, base_value, goal in rows:
        ratio = value / base_value if base_value else float("nan")
        lines.append(f"| {what} | {fmt(value)} | {base} | {fmt(base_value)} | "
                     f"{ratio:.2f}x | {goal} |")
    return "\n".join(lines)


def _write_doc(table: str, notes: dict[str, int], repeat: int) -> None:
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    counts = "; ".join(f"{k}: {v:,}" for k, v in notes.items())
    section = f"""
## Site (`html` target)

Measured by `python benchmarks/site.py` (not part of the test run), driving the target as
the sync engine does (`apply` in batches of 200, then `finish`); whole syncs through the
engine are in the Sync section. The records are copies of the sample data's publishable
records with their ids and links renamed per copy. The full build is the best of {repeat};
"one changed record" is the median of {repeat} runs, each a fresh target object (so the
manifest is read from disk, as in a new `kmcore sync`). The baseline renders the same
records' pages with a bare jinja2 loop and writes them without the atomic replace.

Last run: {now}, on {machine()}. {counts}.

{table}

Where the time goes in a full build: every page is written with an atomic replace and an
fsync (a power cut never leaves a half-written page that the ledger thinks is published),
pages show linked records' titles in both directions, and the lists, feeds, search index and
directory are built from the manifest's cards. An incremental run reads the manifest,
rewrites the changed page, re-renders only pages whose linked titles changed, and writes the
list, feed, home page and search index only if their bytes changed.
"""
    replace_section("site", section)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    os.environ.setdefault("KMCORE_LOAD_PLUGINS", "")
    rows, notes = run(args.records, args.repeat)
    table = _table(rows)
    print(table)
    print(notes)
    if not args.no_write:
        _write_doc(table, notes, args.repeat)
        print(f"\nwrote the Site section of {DOC.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
