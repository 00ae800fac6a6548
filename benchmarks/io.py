"""Benchmark for ``kmcore import``: 100,000 spreadsheet rows, time and peak memory.

Run by hand (never part of the test run):

    python benchmarks/io.py                  # measure; rewrite the Import section of
                                             # docs/benchmarks.md
    python benchmarks/io.py --rows 5000 --no-write   # a quicker look

Each measurement runs in a fresh Python process, so its peak memory (the process's maximum
resident set size, from ``wait4``) is its own. Two baselines are measured in the same run:
the plainest thing that could be done with the file (``csv.reader`` reading it, row by row,
and nothing else), and, with ``--baseline-src DIR``, the importer of another kmcore source
tree (``DIR/src``; e.g. ``git archive <commit> src | tar -x -C DIR``) importing the same file
into its own knowledge base, first time and again. Then this kmcore checks every row
(``--dry-run``: convert, resolve the lead, validate, spool) and imports it for real (check,
then save in batches: one lock, one feed append and one flush to disk per batch), and again
(unchanged rows recognised from the import ledger).

Only the section between ``<!-- import:start -->`` and ``<!-- import:end -->`` in
docs/benchmarks.md is replaced.
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, fmt, machine, replace_section

_BASELINE = """
import csv, sys
with open(sys.argv[1], encoding="utf-8", newline="") as fh:
    n = sum(1 for _ in csv.reader(fh))
print(n)
"""

_IMPORT = """
import sys, kmcore
from kmcore.io.importer import import_file
kb = kmcore.open(sys.argv[1])
result = import_file(kb, sys.argv[2], "innovation", dry_run=sys.argv[3] == "dry")
assert result.error_rows == 0, result.problems[:3]
print(result.summary())
"""


def make_file(path: Path, rows: int) -> None:
    stages = ["idea", "Planning", "testing", "Implemented"]
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Ref", "Project title", "Project lead", "Dept/ward", "Status",
                         "The problem", "What was done", "Go-live date", "Tags"])
        for i in range(rows):
            writer.writerow([
                f"INN-{i:06d}", f"Improvement number {i} on ward {i % 40}",
                "Amara Okafor", f"Ward {i % 40}", stages[i % 4],
                f"Patients on ward {i % 40} waited too long for item {i}. " * 3,
                f"We changed the process for item {i} and measured it. " * 5,
                f"{1 + i % 28:02d}/{1 + i % 12:02d}/2024", "flow; discharge; nursing",
            ])


def run(script: str, *args: str, src: str | None = None) -> tuple[float, int, str]:
    """Wall seconds, peak RSS in KiB and output of ``python -c script args`` in a fresh process
    (with *src* first on the module path: another kmcore to measure)."""
    start = time.perf_counter()
    env = {**os.environ, "KMCORE_LOAD_PLUGINS": ""}
    if src is not None:
        env["PYTHONPATH"] = src
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    proc = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                            env=env)
    assert proc.stdout is not None
    out = proc.stdout.read().decode()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    if proc.returncode:
        raise SystemExit(f"benchmark step failed ({proc.returncode}): {out}")
    return wall, usage.ru_maxrss, out.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--no-write", action="store_true", help="print, do not edit the doc")
    parser.add_argument("--baseline-src", help="another kmcore checkout (or `git archive` of "
                        "one) whose importer to measure on the same file, e.g. main's")
    parser.add_argument("--baseline-label", default="the previous importer",
                        help="what to call it in the table")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    import kmcore
    from kmcore.records.person import Person

    with tempfile.TemporaryDirectory(prefix="kmcore-bench-io-") as tmp:
        data = Path(tmp) / "log.csv"
        make_file(data, args.rows)
        size_mb = data.stat().st_size / 1e6
        kb_path = Path(tmp) / "kb"
        old_kb = Path(tmp) / "kb-baseline"
        for path in (kb_path, old_kb):
            with kmcore.init(path, name="Bench", organisation="Bench Trust") as kb:
                kb.add(Person(id="person-amara-okafor", display_name="Amara Okafor"))
        base = run(_BASELINE, str(data))
        old_first = old_again = None
        if args.baseline_src:
            src = str(Path(args.baseline_src) / "src")
            old_first = run(_IMPORT, str(old_kb), str(data), "real", src=src)
            old_again = run(_IMPORT, str(old_kb), str(data), "real", src=src)
        dry = run(_IMPORT, str(kb_path), str(data), "dry")
        real = run(_IMPORT, str(kb_path), str(data), "real")
        again = run(_IMPORT, str(kb_path), str(data), "real")
    assert "unchanged" in again[2], again[2]

    def line(what: str, measured: tuple[float, int, str], note: str) -> str:
        wall, rss, _ = measured
        ratio = wall / base[0]
        return (f"| {what} | {fmt(wall)} | {ratio:,.0f} times | {rss / 1024:,.0f} MiB | {note} |")

    section = "\n".join([
        f"### Import: {args.rows:,} spreadsheet rows ({size_mb:.0f} MB of CSV)",
        "",
        f"Last run: {time.strftime('%Y-%m-%d')} on {machine()}. `python benchmarks/io.py`.",
        "Each step runs in a fresh process; memory is its peak resident set size.",
        "",
        "| step | time | vs baseline | peak memory | what it does |",
        "|---|---|---|---|---|",
        line("baseline: `csv.reader` alone", base, "reads the file, nothing else"),
        *([line(f"baseline: {args.baseline_label}, first time", old_first,
                "the same file imported by that checkout's importer"),
           line(f"baseline: {args.baseline_label}, again", old_again,
                "the same file again with that checkout's importer")]
          if old_first and old_again else []),
        line("`kmcore import --dry-run`", dry,
             "every row converted, its lead resolved, validated and spooled; nothing saved"),
        line("`kmcore import` (first time)", real,
             "the same, then saved in batches of 2,000 (one lock, feed append, flush to "
             "disk and audit entry per batch)"),
        line("`kmcore import` again", again,
             "unchanged rows recognised from the import ledger: nothing converted or written"),
        "",
        *([f"Against {args.baseline_label} measured in the same run: first import "
           f"{old_first[0] / real[0]:.1f} times as fast, re-import "
           f"{old_again[0] / again[0]:.1f} times as fast.", ""]
          if old_first and old_again else []),
        "Rows are streamed and valid records are spooled to a temporary file between "
        "checking and saving, so the records themselves are never all in memory; what is "
        "kept for each row (its import-ledger entry, the keys that find an entry repeated "
        "under a new number) does grow with the file: compare the "
        f"{args.rows:,}-row figures with a `--rows 20000` run.",
    ])
    print(section)
    if not args.no_write:
        replace_section("import", section)


if __name__ == "__main__":
    main()
