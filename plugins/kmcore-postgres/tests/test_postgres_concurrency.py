"""Several processes writing the same records at once: every save lands or gets Conflict."""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import psycopg
import pytest
from kmcore_postgres import schema as layout
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


def _waiting_on_locks(conninfo: str) -> int:
    with psycopg.connect(conninfo, autocommit=True) as conn:
        row = conn.execute("SELECT count(*) FROM pg_stat_activity "
                           "WHERE wait_event_type = 'Lock'").fetchone()
    return int(row[0]) if row else 0


def _until(test: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + 30
    while not test():
        assert time.monotonic() < deadline, f"timed out waiting until {what}"
        time.sleep(0.05)


def test_an_unsharing_batch_racing_a_save_of_the_same_new_id_never_deadlocks(
        pg_server: TempServer, tmp_path: Path) -> None:
    """A batch narrows a shared record (its withdrawal trigger takes the feed lock, schema
    version 4) and creates an id that a single save, on another connection, creates at the
    same moment. A third connection holds the feed lock (a writer committing) while both
    queue, so the race is the same every run. Each save lands or gets Conflict; before
    D1490 the batch held the feed lock while waiting for the other's new id, which waited
    for the feed lock: "deadlock detected"."""
    import threading

    from pg_helpers import make_kb, schema_for

    import kmcore
    from kmcore.records.lesson import Lesson

    schema = schema_for(tmp_path)
    root = make_kb(tmp_path / "kb", pg_server, schema)

    def lesson(title: str, visibility: str = "nhs", **kw: Any) -> Lesson:
        return Lesson(title=title, statement="What happened.",  # type: ignore[arg-type]
                      recommendation="Do it again.", polarity="sustain",
                      visibility=visibility, **kw)

    with kmcore.open(root) as kb:
        shared = kb.add(lesson("Shared with the NHS"))
    outcomes: dict[str, str] = {}
    with kmcore.open(root) as kb_a, kmcore.open(root) as kb_b, \
            psycopg.connect(pg_server.conninfo()) as holder:
        # A writer holding the feed lock to its commit, as every save does.
        holder.execute("SELECT pg_advisory_xact_lock(hashtext(%s))",
                       (layout.feed_lock_key(schema),))

        def save(name: str, call: Callable[[], object]) -> None:
            try:
                call()
                outcomes[name] = "landed"
            except Conflict:
                outcomes[name] = "conflict"
            except Exception as exc:  # the failure the test is about, reported below
                outcomes[name] = f"{type(exc).__name__}: {exc}"

        batch = threading.Thread(target=save, args=("batch", lambda: kb_a.store.put_many([
            attrs.evolve(shared, visibility="organisation"),
            lesson("Made by the batch", id="lesson-made-twice")])))
        single = threading.Thread(target=save, args=("single", lambda: kb_b.store.put(
            lesson("Made by a colleague", id="lesson-made-twice"))))
        batch.start()
        _until(lambda: _waiting_on_locks(pg_server.conninfo()) >= 1, "the batch waits")
        single.start()
        _until(lambda: _waiting_on_locks(pg_server.conninfo()) >= 2, "both saves wait")
        holder.rollback()  # the feed lock is free: the two saves race on
        batch.join(timeout=60)
        single.join(timeout=60)
    assert sorted(outcomes.values()) == ["conflict", "landed"], outcomes
    with kmcore.open(root) as kb:
        made = kb.get("lesson-made-twice")
        now = kb.get(shared.id)
        feed = [(c.op, c.record_id) for c in kb.changes()[0]]
    if outcomes["batch"] == "landed":
        assert made.title == "Made by the batch" and now.visibility == "organisation"
    else:
        assert made.title == "Made by a colleague" and now.visibility == "nhs"
    assert feed.count(("put", "lesson-made-twice")) == 1


def test_a_save_the_server_breaks_off_for_a_deadlock_is_tried_again(
        pg_server: TempServer, pg_schema: str, tmp_path: Path) -> None:
    """Someone's own transaction (the owner's hand-written SQL) takes the feed lock and then
    a record's row, the opposite of kmcore's order, while a save holds the row and waits for
    the feed lock. The server breaks the deadlock by rolling the save back (its wait began
    first; the other connection's deadlock_timeout is long); the store runs it again, and it
    lands once the other transaction commits, rather than failing with "deadlock detected"
    (D1493)."""
    import threading

    settings = pg_server.store_table(schema=pg_schema)
    settings.pop("backend")
    outcome: list[str] = []
    with PostgresStore(tmp_path, CONTRACT_TYPES, settings=settings) as store:
        note = store.put(ContractNote(id="note-locked", title="Before"))
        with psycopg.connect(pg_server.conninfo(options="-c deadlock_timeout=60s")) as other:
            other.execute("SELECT pg_advisory_xact_lock(hashtext(%s))",
                          (layout.feed_lock_key(pg_schema),))

            def save() -> None:
                try:
                    store.put(attrs.evolve(note, title="After"))
                    outcome.append("landed")
                except Conflict:
                    outcome.append("conflict")
                except Exception as exc:  # the failure the test is about, reported below
                    outcome.append(f"{type(exc).__name__}: {exc}")

            def touch() -> None:
                other.execute(f'UPDATE "{pg_schema}".records SET updated_at = now() '
                              "WHERE id = 'note-locked'")

            saving = threading.Thread(target=save)
            saving.start()
            _until(lambda: _waiting_on_locks(pg_server.conninfo()) >= 1, "the save waits")
            touching = threading.Thread(target=touch)
            touching.start()
            touching.join(timeout=60)  # once the server has broken the deadlock
            assert not touching.is_alive()
            other.commit()
        saving.join(timeout=60)
        assert outcome == ["landed"]
        stored = store.get("contract_note", "note-locked")
        assert isinstance(stored, ContractNote)
        assert (stored.title, stored.revision) == ("After", 2)
        assert [c.revision for c in store.changes()[0]] == [1, 2]
