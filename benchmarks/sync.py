"""Benchmarks for the sync engine: unchanged re-sync and one changed record among 10,000.

Run by hand (never part of the test run):

    python benchmarks/sync.py                 # measure; rewrite the Sync section of
                                              # docs/benchmarks.md
    python benchmarks/sync.py --records 2000 --no-write   # a quicker look

Targets measured: the ``fake-dir`` test target (JSON files in a folder) and, when it is
installed, the built-in ``html`` site. Each figure sits beside a baseline measured in the same
run: a bare loop that reads every record file and hashes its bytes, which is the least any
"what changed?" check must do without a ledger of file fingerprints.

Only the section between ``<!-- sync:start -->`` and ``<!-- sync:end -->`` in
docs/benchmarks.md is replaced; ``benchmarks/run.py`` owns the rest of the file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import attrs
from _common import DOC, ROOT, best, fmt, machine, replace_section

#: target name -> (backend, extra settings). Add a backend here to benchmark it too.
TARGETS: dict[str, tuple[str, dict[str, object]]] = {
    "fake": ("fake-dir", {"path": "published-fake", "batch_size": 100}),
    "site": ("html", {"path": "published-site"}),
}


def _build_kb(root: Path, count: int) -> list[tuple[str, str]]:
    """A knowledge base of *count* records (the sample data's mix, new ids), written as
    files directly (adding them one by one with kb.add is measured by benchmarks/run.py)."""
    import kmcore
    from kmcore import codec
    from kmcore.demo.sample import sample_records

    kb = kmcore.init(root, name="Benchmark KB", organisation="Benchmark Trust")
    folders = {name: spec.folder for name, spec in kb.types.items()}
    kb.close()
    sample = sample_records()
    published: list[tuple[str, str]] = []
    for i in range(count):
        record = sample[i % len(sample)]
        record = attrs.evolve(record, id=f"{record.id}-{i:05d}"[:80], revision=1)
        folder = root / folders[record.record_type]
        folder.mkdir(exist_ok=True)
        (folder / f"{record.id}.json").write_text(codec.dumps(record), encoding="utf-8")
        if record.record_type == "lesson" and str(record.status) == "published":
            published.append((record.record_type, record.id))
    return published


def _add_targets(root: Path, names: list[str]) -> None:
    lines = []
    for name in names:
        backend, settings = TARGETS[name]
        lines.append(f"\n[targets.{name}]\nbackend = \"{backend}\"")
        for key, value in settings.items():
            lines.append(f"{key} = {value!r}".replace("'", '"'))
    with open(root / "kmcore.toml", "a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def _bare_hash_loop(root: Path) -> None:
    """Baseline: read every record file and hash its bytes."""
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        for entry in os.scandir(folder):
            if entry.name.endswith(".json"):
                with open(entry.path, "rb") as fh:
                    hashlib.blake2b(fh.read(), digest_size=16).hexdigest()








def run(count: int, repeat: int) -> list[tuple[str, float, str, float, str]]:
    import kmcore
    from kmcore.plugins import get_plugins
    from kmcore.sync.engine import sync
    from kmcore.testing.fake_targets import use_fake_targets

    rows: list[tuple[str, float, str, float, str]] = []
    with tempfile.TemporaryDirectory(prefix="kmcore-bench-sync-") as tmp:
        root = Path(tmp) / "kb"
        published = _build_kb(root, count)
        available = [n for n in TARGETS if TARGETS[n][0] == "fake-dir"
                     or TARGETS[n][0] in get_plugins().backends("target")]
        _add_targets(root, available)
        base_label = f"bare loop: read + hash {count:,} files"

        def baseline() -> float:
            # Measured again beside every row: other work on the machine moves both.
            return best(lambda: _bare_hash_loop(root), repeat)

        with use_fake_targets():
            for name in available:
                backend = TARGETS[name][0]
                with kmcore.open(root) as kb:
                    start = time.perf_counter()
                    [first] = sync(kb, [name])
                    full = time.perf_counter() - start
                    assert first.ok, first.render_text()
                    rows.append((f"first sync of {count:,} records to `{backend}` "
                                 f"({first.counts['create']:,} published)", full, base_label,
                                 baseline(), "—"))

                    def unchanged(kb: kmcore.KnowledgeBase = kb, name: str = name) -> None:
                        [report] = sync(kb, [name])
                        gc.collect(0)  # see below
                        assert report.counts["unchanged"] and not report.applied

                    rows.append((f"unchanged re-sync of {count:,} records to `{backend}`",
                                 best(unchanged, repeat), base_label, baseline(), "≤ 0.5 s"))
                    times = []
                    for n in range(repeat):
                        record_type, record_id = published[(n * 37) % len(published)]
                        record = kb.get(record_id, record_type)
                        changed = attrs.evolve(record, title=f"{record.label} ({n})")  # type: ignore[call-arg]
                        kb.update(changed)
                        start = time.perf_counter()
                        [report] = sync(kb, [name])
                        # The run pauses the cyclic garbage collector; what it left for it
                        # is collected at the next allocation, which in a `kmcore sync`
                        # process is part of the run: count it here, not in kb.update.
                        gc.collect(0)
                        times.append(time.perf_counter() - start)
                        assert report.applied == 1, report.render_text()
                    rows.append((f"one changed record among {count:,}, to `{backend}`",
                                 statistics.median(times), base_label, baseline(), "≤ 0.3 s"))
        # The whole command, as a librarian runs it (interpreter start-up included). An
        # installed kmcore has its bytecode compiled (pip does it): so may this one, even where
        # the shell says not to write bytecode, and a first run (not timed) writes it.
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["KMCORE_LOAD_PLUGINS"] = ""
        script = ("import sys\nfrom kmcore.cli import main\n"
                  "from kmcore.testing.fake_targets import use_fake_targets\n"
                  "with use_fake_targets():\n    main(sys.argv[1:])\n")
        for name in available:
            cmd = [sys.executable, "-c", script, "--kb", str(root), "sync", name,
                   "--no-progress"]
            subprocess.run(cmd, check=True, capture_output=True, env=env)
            walls = []
            for _ in range(repeat):
                start = time.perf_counter()
                subprocess.run(cmd, check=True, capture_output=True, env=env)
                walls.append(time.perf_counter() - start)
            python = []
            for _ in range(repeat):
                start = time.perf_counter()
                subprocess.run([sys.executable, "-c", "pass"], check=True)
                python.append(time.perf_counter() - start)
            backend = TARGETS[name][0]
            rows.append((f"`kmcore sync {name}` (`{backend}`), unchanged, {count:,} records "
                         "(whole process)", statistics.median(walls), "`python -c pass`",
                         statistics.median(python), "≤ 0.35 s" if backend == "html" else "—"))
        rows.append(_leaver_check(root, repeat))
    return rows


def _leaver_check(root: Path, repeat: int) -> tuple[str, float, str, float, str]:
    """The leaver check every `kmcore sync` makes first, nothing changed since the last run,
    beside what it cost before it remembered each person file's answer: parsing them all."""
    import kmcore
    from kmcore.governance.leavers import leavers_due

    with kmcore.open(root) as kb:
        people = len(kb.store.ids("person"))
        leavers_due(kb)  # the list of answers, as the syncs above left it
        quick = best(lambda: leavers_due(kb), repeat)
        parse_all = best(lambda: list(kb.records("person")), repeat)
    return (f"leaver check before a sync, {people:,} people unchanged", quick,
            "parse every person file (the check before `.kmcore/leavers.json`)", parse_all,
            "—")


def _table(rows: list[tuple[str, float, str, float, str]]) -> str:
    lines = ["| measurement | kmcore | baseline | baseline time | ratio | goal |",
             "|---|---|---|---|---|---|"]
    for what, value, base, base_value, goal in rows:
        ratio = value / base_value if base_value else float("nan")
        lines.append(f"| {what} | {fmt(value)} | {base} | {fmt(base_value)} | "
                     f"{ratio:.2f}x | {goal} |")
    return "\n".join(lines)


def _write_doc(table: str, repeat: int, note: str = "") -> None:
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    section = f"""
## Sync

Measured by `python benchmarks/sync.py` (not part of the test run). The knowledge base holds
the sample data's mix of record types, so some records are published, some held back as
drafts and some blocked by the gates, as in real use. Re-sync figures are the best of
{repeat} runs of `kmcore.sync.engine.sync()` on an open knowledge base; "one changed record"
is the median of {repeat} runs, each after one record was edited with `kb.update`. Each timed
run includes collecting what it left for Python's cyclic garbage collector. The
baseline reads and hashes every record file, the least a change check can do without the
ledger's file fingerprints.

Last run: {now}, on {machine()}.{(chr(10) * 2 + note) if note else ""}

{table}

Why an unchanged sync is fast: the ledger remembers, for every record, a hash of the record
file it last decided on; the engine reads each file's bytes and hashes them
(`LocalFileStore.fingerprints`), and only a file whose hash differs is parsed, gated and
hashed as published (see docs/sync.md, "How it stays fast"). The whole-process rows add
Python's start-up and kmcore's imports, and the leaver check `kmcore sync` makes before it
publishes: that check remembers each person file's answer beside its size, time and inode
(`.kmcore/leavers.json`) and reads again only the files that changed, where it used to parse
every person file on every run (the last row).
"""
    replace_section("sync", section)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--note", default="",
                        help="a sentence to print under the date, e.g. how busy the machine was")
    args = parser.parse_args()
    os.environ.setdefault("KMCORE_LOAD_PLUGINS", "")
    table = _table(run(args.records, args.repeat))
    print(table)
    if not args.no_write:
        _write_doc(table, args.repeat, args.note)
        print(f"\nwrote the Sync section of {DOC.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
