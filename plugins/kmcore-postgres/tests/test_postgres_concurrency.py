"""Several processes writing the same records at once: every save lands or gets Conflict."""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

import attrs
import pytest
from kmcore_postgres.store import PostgresStore
from kmcore_postgres.testing import TempServer

from kmcore.errors import Conflict
from kmcore.testing.store_contract import CONTRACT_TYPES, ContractNote

WRITERS = 6
ROUNDS = 40
RECORDS = 3


def _writer(settings: dict[str, Any], worker: int, queue: Any) -> None:
    landed = conflicts = 0
    with PostgresStore(".", CONTRACT_TYPES, settings=settings) as store:
        for i in range(ROUNDS):
            rid = f"note-{i % RECORDS}"
            current = store.get("contract_note", rid)
            assert isinstance(current, ContractNote)
            try:
                store.put(attrs.evolve(current, tags=(*current.tags, f"w{worker}-{i}")))
                landed += 1
            except Conflict:
                conflicts += 1
    queue.put((worker, landed, conflicts))


@pytest.mark.slow
def test_no_update_is_lost(pg_server: TempServer, pg_schema: str, tmp_path: Path) -> None:
    settings = pg_server.store_table(schema=pg_schema)
    settings.pop("backend")
    with PostgresStore(tmp_path, CONTRACT_TYPES, settings=settings) as store:
        for n in range(RECORDS):
            store.put(ContractNote(id=f"note-{n}", title=f"Note {n}"))
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    workers = [context.Process(target=_writer, args=(settings, w, queue))
               for w in range(WRITERS)]
    for process in workers:
        process.start()
    results = [queue.get(timeout=120) for _ in workers]
    for process in workers:
        process.join(timeout=60)
        assert process.exitcode == 0
    landed = sum(r[1] for r in results)
    assert landed + sum(r[2] for r in results) == WRITERS * ROUNDS
    assert landed >= RECORDS  # some writes land, whatever the timing
    with PostgresStore(tmp_path, CONTRACT_TYPES, settings=settings) as store:
        notes = [store.get("contract_note", f"note-{n}") for n in range(RECORDS)]
        # Every landed write added exactly one tag and one revision: none was overwritten.
        kept = sum(len(n.tags) for n in notes if isinstance(n, ContractNote))
        assert kept == landed
        assert sum(n.revision - 1 for n in notes) == landed
        puts = [c for c in store.changes()[0] if c.op == "put"]
        assert len(puts) == RECORDS + landed
        # The feed's order is the commit order: each record's revisions in sequence.
        for n in range(RECORDS):
            revisions = [c.revision for c in puts if c.record_id == f"note-{n}"]
            assert revisions == list(range(1, len(revisions) + 1))


def test_racing_batches_and_saves_lose_nothing_and_never_deadlock(
        pg_server: TempServer, pg_schema: str, tmp_path: Path) -> None:
    """Batches over the same records in different orders, racing single saves: each batch
    lands whole or raises Conflict (never a deadlock error), and no landed write is lost."""
    import random
    import threading

    settings = pg_server.store_table(schema=pg_schema)
    settings.pop("backend")
    ids = [f"note-{n}" for n in range(8)]
    outcomes: list[tuple[str, int]] = []  # ("batch"/"put", records written) per landed call
    failures: list[BaseException] = []
    with PostgresStore(tmp_path, CONTRACT_TYPES, settings=settings) as store:
        store.put_many([ContractNote(id=rid, title=rid) for rid in ids])
        _, cursor = store.changes()

        def work(worker: int) -> None:
            rng = random.Random(worker)
            for i in range(25):
                try:
                    chosen = rng.sample(ids, 4)
                    current = [store.get("contract_note", rid) for rid in chosen]
                    tagged = [attrs.evolve(n, tags=(*n.tags, f"w{worker}-{i}"))
                              for n in current if isinstance(n, ContractNote)]
                    try:
                        if i % 3 == 0:
                            store.put(tagged[0])
                            outcomes.append(("put", 1))
                        else:
                            store.put_many(tagged)
                            outcomes.append(("batch", len(tagged)))
                    except Conflict:
                        pass
                except BaseException as exc:  # reported below, with the thread's name
                    failures.append(exc)

        threads = [threading.Thread(target=work, args=(w,)) for w in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert not failures, failures
        assert any(kind == "batch" for kind, _ in outcomes)
        written = sum(n for _, n in outcomes)
        notes = [store.get("contract_note", rid) for rid in ids]
        # Each landed write added one tag and one revision to each record it held.
        assert sum(len(n.tags) for n in notes if isinstance(n, ContractNote)) == written
        assert sum(n.revision - 1 for n in notes) == written
        assert len(store.changes(cursor)[0]) == written
