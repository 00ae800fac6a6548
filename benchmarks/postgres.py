"""Benchmark for the PostgreSQL store (kmcore-postgres), beside the local-files store.

Run by hand (never part of the test run); it starts its own PostgreSQL server (durable:
fsync and synchronous commit on, as in production) in a temporary folder:

    python benchmarks/postgres.py                      # measure; rewrite the PostgreSQL
                                                       # section of docs/benchmarks.md
    python benchmarks/postgres.py --records 10000 --import-rows 2000 --no-write   # quicker
    python benchmarks/postgres.py --quiet              # only the summary table on screen

What it measures, each beside the local-files store in the same run:

* **Writers racing**: 8 processes each read-modify-write records drawn from a small shared set,
  so they collide. Every write must either land or raise ``Conflict``; afterwards the landed
  writes are counted back from the records themselves (each landed write adds one tag and one
  revision), so a lost update would show as a shortfall.
* ``get`` latency (p50, p95) of random records, and a full scan, on a store of ``--records``.
* ``kmcore store copy --to postgres`` of a ``--records`` folder (copy and verification).
* ``kmcore import`` of ``--import-rows`` spreadsheet rows into each store, beside a
  ``--dry-run`` of the same file (every row checked, nothing saved: the floor any store
  starts from).
* Change-feed lag: from a save returning (committed) to a reader blocked in ``wait()``
  (``LISTEN``) having the change in hand.
* Sizes: the table and its indexes, and the folder, per 100,000 records.

Only the section between ``<!-- postgres:start -->`` and ``<!-- postgres:end -->`` in
docs/benchmarks.md is replaced.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from _common import ROOT, fmt, machine, replace_section

WRITERS = 8
HOT_RECORDS = 20
QUIET = False


def say(*parts: object) -> None:
    """Progress for the person watching (not with ``--quiet``)."""
    if not QUIET:
        print(*parts, flush=True)


def _lesson(n: int) -> Any:
    from kmcore.records.base import OrgRef
    from kmcore.records.lesson import Lesson

    return Lesson(
        id=f"lesson-{n:06d}", revision=1, title=f"Lesson {n}: booking rooms for ward moves",
        statement=f"When ward {n % 40} moved, booking the room early avoided a clash. " * 4,
        recommendation="Book the room as soon as the date is set, and confirm it a week "
                       "before. " * 3,
        polarity="sustain", keywords=("estates", "wards", f"ward-{n % 40}"),
        owner_org=OrgRef(name="Bench Trust", ods_code="RT3"), status="published",
    )


def make_folder(root: Path, count: int) -> None:
    """A knowledge base folder of *count* lessons, written directly (setup, not measured)."""
    import kmcore
    from kmcore import codec

    kmcore.init(root, name="Bench", organisation="Bench Trust", ods_code="RT3").close()
    folder = root / "lessons"
    folder.mkdir(exist_ok=True)
    for n in range(count):
        record = _lesson(n)
        (folder / f"{record.id}.json").write_text(codec.dumps(record), encoding="utf-8")


def add_store_table(root: Path, table: dict[str, Any]) -> None:
    import json

    lines = ["[store]"] + [f"{k} = {json.dumps(v) if isinstance(v, str) else v}"
                           for k, v in table.items()]
    text = (root / "kmcore.toml").read_text(encoding="utf-8")
    (root / "kmcore.toml").write_text("\n".join(lines) + "\n\n" + text, encoding="utf-8")


# --- writers racing ------------------------------------------------------------------------


def _racer(kind: str, where: str, settings: dict[str, Any], worker: int, rounds: int,
           start: Any, queue: Any) -> None:
    import attrs

    from kmcore.errors import Conflict
    from kmcore.testing.store_contract import CONTRACT_TYPES

    store: Any
    if kind == "postgres":
        from kmcore_postgres.store import PostgresStore

        store = PostgresStore(where, CONTRACT_TYPES, settings=settings)
    else:
        from kmcore.store.local import LocalFileStore

        store = LocalFileStore(where, CONTRACT_TYPES)
    rng = random.Random(worker)
    landed = conflicts = 0
    start.wait()
    began = time.perf_counter()
    for i in range(rounds):
        rid = f"note-{rng.randrange(HOT_RECORDS):03d}"
        current = store.get("contract_note", rid)
        try:
            store.put(attrs.evolve(current, tags=(*current.tags, f"w{worker}-{i}")))
            landed += 1
        except Conflict:
            conflicts += 1
    queue.put((landed, conflicts, time.perf_counter() - began))
    store.close()


def race(kind: str, where: str, settings: dict[str, Any], rounds: int) -> dict[str, Any]:
    from kmcore.testing.store_contract import CONTRACT_TYPES, ContractNote

    store: Any
    if kind == "postgres":
        from kmcore_postgres.store import PostgresStore

        store = PostgresStore(where, CONTRACT_TYPES, settings=settings)
    else:
        from kmcore.store.local import LocalFileStore

        store = LocalFileStore(where, CONTRACT_TYPES)
    for n in range(HOT_RECORDS):
        store.put(ContractNote(id=f"note-{n:03d}", title=f"Note {n}"))
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    start = context.Event()
    workers = [context.Process(target=_racer, args=(kind, where, settings, w, rounds, start,
                                                    queue)) for w in range(WRITERS)]
    for process in workers:
        process.start()
    time.sleep(2.0)  # let every process import and connect before the start signal
    began = time.perf_counter()
    start.set()
    results = [queue.get(timeout=600) for _ in workers]
    wall = time.perf_counter() - began
    for process in workers:
        process.join()
    landed = sum(r[0] for r in results)
    conflicts = sum(r[1] for r in results)
    notes = [store.get("contract_note", f"note-{n:03d}") for n in range(HOT_RECORDS)]
    kept_tags = sum(len(n.tags) for n in notes)
    kept_revisions = sum(n.revision - 1 for n in notes)
    store.close()
    assert landed + conflicts == WRITERS * rounds
    return {"landed": landed, "conflicts": conflicts, "kept_tags": kept_tags,
            "kept_revisions": kept_revisions, "wall": wall,
            "lost": landed - kept_tags}


# --- reads -----------------------------------------------------------------------------------


def get_latencies(store: Any, count: int, samples: int) -> tuple[float, float]:
    rng = random.Random(7)
    times = []
    for _ in range(samples):
        rid = f"lesson-{rng.randrange(count):06d}"
        began = time.perf_counter()
        store.get("lesson", rid)
        times.append(time.perf_counter() - began)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95)]


def scan_time(store: Any, count: int) -> float:
    began = time.perf_counter()
    n = sum(1 for _ in store.scan("lesson"))
    wall = time.perf_counter() - began
    assert n == count, (n, count)
    return wall


def feed_lag(store: Any, writer: Any, samples: int) -> tuple[float, float]:
    """Seconds from a save returning to a reader in ``wait()`` having it (p50, p95)."""
    import attrs

    _, cursor = store.changes()
    lags: list[float] = []
    got = threading.Event()
    arrived: list[float] = []

    def reader() -> None:
        nonlocal cursor
        while len(arrived) < samples:
            found, cursor = store.wait(cursor, timeout=10)
            if found:
                arrived.append(time.perf_counter())
                got.set()

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    record = writer.get("lesson", "lesson-000000")
    for i in range(samples):
        got.clear()
        time.sleep(0.02)  # the reader is back in wait()
        record = writer.put(attrs.evolve(record, summary=f"edit {i}"))
        committed = time.perf_counter()
        assert got.wait(10), "the listening reader was not woken"
        lags.append(arrived[-1] - committed)
    thread.join(timeout=10)
    lags.sort()
    return statistics.median(lags), lags[int(len(lags) * 0.95)]


# --- processes -------------------------------------------------------------------------------


def timed_cli(*args: str) -> tuple[float, str]:
    began = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "kmcore.cli", *args], capture_output=True,
                          text=True, env={**os.environ, "KMCORE_LOAD_PLUGINS": "postgres"})
    wall = time.perf_counter() - began
    if proc.returncode not in (0,):
        raise SystemExit(f"kmcore {' '.join(args)} failed ({proc.returncode}): "
                         f"{proc.stderr.strip()[-800:]}")
    return wall, proc.stdout


def _io_benchmark() -> Any:
    """benchmarks/io.py, for its spreadsheet maker (its name shadows the standard library's
    io module, so it is loaded by path)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_io", ROOT / "benchmarks" / "io.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def folder_size(root: Path) -> int:
    return sum(p.stat().st_size for p in (root / "lessons").glob("*.json"))


def only_import(count: int) -> None:
    """The import step alone: ``--dry-run`` (checking every row, saving nothing: the floor
    any store starts from), then a real import into the local files and into PostgreSQL,
    in the same run, each in a fresh knowledge base."""
    sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import psycopg
    from kmcore_postgres import schema as layout
    from kmcore_postgres.testing import TempServer

    import kmcore
    from kmcore.records.person import Person

    with TempServer(durable=True) as server, \
            tempfile.TemporaryDirectory(prefix="kmcore-bench-pg-") as tmp:
        work = Path(tmp)
        data = work / "log.csv"
        _io_benchmark().make_file(data, count)
        times: dict[str, float] = {}
        for kind in ("dry-run", "local", "postgres"):
            root = work / f"import-{kind}"
            kmcore.init(root, name="Bench", organisation="Bench Trust", ods_code="RT3").close()
            if kind == "postgres":
                with psycopg.connect(server.conninfo()) as conn:
                    layout.migrate(conn, "imp")
                table = server.store_table(schema="imp")
                add_store_table(root, table)
            with kmcore.open(root) as kb:
                kb.add(Person(id="person-amara-okafor", display_name="Amara Okafor"))
            extra = ("--dry-run",) if kind == "dry-run" else ()
            # The CPU time of the kmcore process too: on a shared machine the wall time
            # mostly says how long it waited for a core (the server's own is not counted).
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            times[kind], out = timed_cli("--kb", str(root), "import", str(data), "--type",
                                         "innovation", "--yes", "--no-progress", *extra)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
            print("import", kind, f"{times[kind]:.1f} s", f"(CPU {cpu:.1f} s)",
                  out.strip().splitlines()[-1:], flush=True)
        print(f"load average (5 min): {os.getloadavg()[1]:.1f} on {os.cpu_count()} cores")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--import-rows", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=200, help="writes per racing process")
    parser.add_argument("--no-write", action="store_true", help="print, do not edit the doc")
    parser.add_argument("--quiet", "-q", action="store_true",
                        help="print only the summary table (no progress, no notes)")
    parser.add_argument("--only-import", action="store_true",
                        help="measure only the import (dry run, local files, PostgreSQL) and "
                        "print it; the doc is not edited")
    args = parser.parse_args()
    global QUIET
    QUIET = args.quiet
    if args.only_import:
        only_import(args.import_rows)
        return
    sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import psycopg
    from kmcore_postgres import schema as layout
    from kmcore_postgres.store import PostgresStore
    from kmcore_postgres.testing import TempServer

    import kmcore
    from kmcore.store.local import LocalFileStore

    rows: list[str] = []
    notes: list[str] = []
    with TempServer(durable=True) as server, \
            tempfile.TemporaryDirectory(prefix="kmcore-bench-pg-") as tmp:
        work = Path(tmp)

        def schema(name: str) -> dict[str, Any]:
            with psycopg.connect(server.conninfo()) as conn:
                layout.migrate(conn, name)
            table = server.store_table(schema=name)
            table.pop("backend")
            return table

        # 1. writers racing
        local_race = race("local", str(work / "race"), {}, args.rounds)
        pg_race = race("postgres", str(work), schema("race"), args.rounds)
        for result in (local_race, pg_race):
            assert result["lost"] == 0 and result["kept_revisions"] == result["landed"], result
        say("race", local_race, pg_race)

        # 2. a folder of --records, copied into PostgreSQL
        folder = work / "kb"
        make_folder(folder, args.records)
        add_store_table(folder, {"backend": "postgres", **schema("kb")})
        copy_wall, copy_out = timed_cli("--kb", str(folder), "store", "copy", "--to",
                                        "postgres")
        assert f"same {args.records} records" in copy_out, copy_out
        say("copy", copy_wall)
        # baseline for the copy: reading the folder alone, as the copy must
        with kmcore.open(folder) as kb:
            types = kb.types
        local = LocalFileStore(folder, types)
        local_scan = min(scan_time(local, args.records) for _ in range(2))
        settings = schema("kb")
        pg = PostgresStore(folder, types, settings=settings)
        pg_scan = min(scan_time(pg, args.records) for _ in range(2))
        local_get = get_latencies(local, args.records, 2000)
        pg_get = get_latencies(pg, args.records, 2000)
        say("reads", local_scan, pg_scan, local_get, pg_get)

        # 3. change-feed lag
        writer = PostgresStore(folder, types, settings=settings)
        lag = feed_lag(pg, writer, 200)
        writer.close()
        say("lag", lag)

        # 4. sizes
        with psycopg.connect(server.conninfo()) as conn:
            sizes = conn.execute(
                "SELECT pg_table_size('kb.records'), pg_indexes_size('kb.records'), "
                "pg_total_relation_size('kb.changes')").fetchone()
        assert sizes is not None
        table_bytes, index_bytes, feed_bytes = (int(x) for x in sizes)
        files_bytes = folder_size(folder)
        pg.close()

        # 5. import --import-rows into each store
        make_file = _io_benchmark().make_file
        data = work / "log.csv"
        make_file(data, args.import_rows)
        import_times = {}
        for kind in ("dry-run", "local", "postgres"):
            root = work / f"import-{kind}"
            kmcore.init(root, name="Bench", organisation="Bench Trust", ods_code="RT3").close()
            if kind == "postgres":
                add_store_table(root, {"backend": "postgres", **schema("imp")})
            from kmcore.records.person import Person

            with kmcore.open(root) as kb:
                kb.add(Person(id="person-amara-okafor", display_name="Amara Okafor"))
            extra = ("--dry-run",) if kind == "dry-run" else ()
            wall, _ = timed_cli("--kb", str(root), "import", str(data), "--type",
                                "innovation", "--yes", "--no-progress", *extra)
            import_times[kind] = wall
            say("import", kind, wall)
        with psycopg.connect(server.conninfo()) as conn:
            audit_row = conn.execute("SELECT count(*) FROM imp.audit").fetchone()
        audit_entries = int(audit_row[0]) if audit_row else 0

    per = 100_000 / args.records
    mib = 1024 * 1024

    def ratio(a: float, b: float) -> str:
        return f"{a / b:.2f}x" if b else "—"

    pg_share = import_times["postgres"] - import_times["dry-run"]
    local_share = import_times["local"] - import_times["dry-run"]
    pg_rate = pg_race["landed"] / pg_race["wall"]
    local_rate = local_race["landed"] / local_race["wall"]

    rows = [
        "| measurement | PostgreSQL | local files (same run) | ratio |",
        "|---|---|---|---|",
        f"| {WRITERS} processes racing on {HOT_RECORDS} records ({WRITERS * args.rounds:,} "
        f"read-modify-writes): landed / conflicts | {pg_race['landed']:,} / "
        f"{pg_race['conflicts']:,} | {local_race['landed']:,} / {local_race['conflicts']:,} "
        "| — |",
        f"| the same: writes landed per second | {pg_rate:,.0f} | {local_rate:,.0f} | "
        f"{ratio(pg_rate, local_rate)} |",
        f"| the same: updates lost (landed minus counted back) | {pg_race['lost']} | "
        f"{local_race['lost']} | — |",
        f"| `get` of a random record, p50 ({args.records:,} records) | "
        f"{pg_get[0] * 1000:.2f} ms | {local_get[0] * 1000:.2f} ms | "
        f"{ratio(pg_get[0], local_get[0])} |",
        f"| `get`, p95 | {pg_get[1] * 1000:.2f} ms | {local_get[1] * 1000:.2f} ms | "
        f"{ratio(pg_get[1], local_get[1])} |",
        f"| scan of {args.records:,} records | {fmt(pg_scan)} | {fmt(local_scan)} | "
        f"{ratio(pg_scan, local_scan)} |",
        f"| `kmcore import` of {args.import_rows:,} spreadsheet rows | "
        f"{fmt(import_times['postgres'])} | {fmt(import_times['local'])} | "
        f"{ratio(import_times['postgres'], import_times['local'])} |",
        f"| the same, `--dry-run` (rows checked, nothing saved: every store's floor) | "
        f"{fmt(import_times['dry-run'])} | — | — |",
        f"| the same, the store's own share (import minus dry run) | {fmt(pg_share)} | "
        f"{fmt(local_share)} | {ratio(pg_share, local_share)} |",
        f"| `kmcore store copy --to postgres` of {args.records:,} records (copy + verify) | "
        f"{fmt(copy_wall)} | scan of the folder: {fmt(local_scan)} | "
        f"{ratio(copy_wall, local_scan)} |",
        f"| change-feed lag, save returned → listening reader has it (p50 / p95) | "
        f"{lag[0] * 1000:.1f} / {lag[1] * 1000:.1f} ms | — (no live feed; readers poll) | — |",
        f"| size per 100,000 records: table / indexes / change feed | "
        f"{table_bytes * per / mib:,.0f} / {index_bytes * per / mib:,.0f} / "
        f"{feed_bytes * per / mib:,.0f} MiB | record files: {files_bytes * per / mib:,.0f} MiB "
        f"(bytes, before file-system blocks) | — |",
    ]
    notes = [
        "No update was lost on either store: every landed write is found again as one tag and "
        "one revision on its record, and every other attempt got `Conflict` (the benchmark "
        "stops if the counts differ). The local store's writers queue on its lock file; "
        "PostgreSQL lets them run side by side, so more read-modify-writes meet a revision "
        "saved meanwhile and are refused, which is the right answer, not a loss.",
        "A `get` is a round trip to the server (here over a local socket; add the network's "
        "round trip at a hub), where the local store reads one small file from the page "
        "cache. A scan streams from a server-side cursor, 2,000 rows per fetch, and decodes "
        "each record as the local store does.",
        "The importer saves 2,000 rows per batch (`KnowledgeBase.save_many`), which this "
        "store writes as one transaction of a few set-based statements: the records, their "
        f"change feed rows and one audit log entry for the batch ({audit_entries:,} entries "
        "in the database after the import). The dry run checks every row and saves nothing: "
        "what is left above it is the store's own share. Each import runs in a fresh process "
        "and a fresh knowledge base.",
        "The copy reads the folder twice (to take stock, then to copy) and the database "
        "once more after writing (to verify), hashes every record on both sides, and writes "
        "500 records per transaction.",
    ]
    goal = (f"The goal is {args.import_rows:,} rows in 30 s or less: "
            + ("met." if import_times["postgres"] <= 30 else
               f"not met in this run; the dry run alone took {fmt(import_times['dry-run'])}.")
            if args.import_rows == 100_000 else
            "The goal (100,000 rows in 30 s or less) is checked at the default size, or alone "
            "with `--only-import`.")
    notes.append(goal)
    load = os.getloadavg()[1]
    notes.append(f"Other jobs shared the machine: the load average over the last 5 minutes of "
                 f"the run was {load:.1f} on {os.cpu_count()} cores, which slows the long "
                 "steps (the imports) of both stores alike.")
    section = "\n".join([
        "## PostgreSQL store (kmcore-postgres)",
        "",
        f"Last run: {time.strftime('%Y-%m-%d')} on {machine()}. `python benchmarks/postgres.py"
        + (f" --records {args.records} --import-rows {args.import_rows}"
           if (args.records, args.import_rows) != (100_000, 100_000) else "") + "`.",
        "The server is PostgreSQL 15 started by the benchmark on the same machine, durable "
        "(fsync and synchronous commit on), reached over its Unix socket; the local-files "
        "store is on the same disk. Both run in the same run, one after the other.",
        "",
        *rows,
        "",
        "\n\n".join(notes),
    ])
    print("\n".join(rows) if QUIET else section)
    if not args.no_write:
        replace_section("postgres", section)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
