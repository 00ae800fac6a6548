"""The bulk write path (an import's batches) on the real server: what it costs and what it
writes in the same transaction."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from kmcore_postgres.store import PostgresStore
from kmcore_postgres.testing import TempServer

import kmcore.records._fields as record_rules
from kmcore.testing.store_contract import CONTRACT_TYPES, ContractNote


def test_a_batch_does_not_check_the_records_rules_again(
        pg_server: TempServer, pg_schema: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The records were checked when they were built; giving them their new revision must
    not run every field rule again (it was the store's largest cost on an import)."""
    notes = [ContractNote(id=f"note-{n:03d}", title=f"Note {n}") for n in range(50)]
    calls = 0
    real = record_rules.collect_problems

    def counting(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += isinstance(args[0], ContractNote)  # the record itself, not a part of it
        return real(*args, **kwargs)

    monkeypatch.setattr(record_rules, "collect_problems", counting)
    with PostgresStore(tmp_path, CONTRACT_TYPES,
                       settings=pg_server.store_table(schema=pg_schema)) as store:
        stored = store.put_many(notes)
        assert calls == 0
        assert [n.revision for n in stored] == [1] * 50
        again = store.put_many(stored)
        assert calls == 0
        assert [n.revision for n in again] == [2] * 50
        assert store.get("contract_note", "note-007") == again[7]


def test_a_batch_saves_the_plain_data_it_is_given_rather_than_making_it_again(
        pg_server: TempServer, pg_schema: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """An import hands over each record's JSON text, which it already has (D842, D843): the
    store saves that, at the new revision, and makes it from the record only where none is
    given."""
    from kmcore_postgres import store as pg_store

    from kmcore import codec

    notes = [ContractNote(id=f"note-{n:03d}", title=f"Nöte {n}") for n in range(4)]
    plain: list[str | None] = [json.dumps(codec.to_dict(n), ensure_ascii=False)
                               for n in notes]
    plain[3] = None
    made: list[str] = []
    real = codec.to_dict

    def counting(record: Any) -> dict[str, Any]:
        made.append(record.id)
        return real(record)

    monkeypatch.setattr(pg_store.codec, "to_dict", counting)
    with PostgresStore(tmp_path, CONTRACT_TYPES,
                       settings=pg_server.store_table(schema=pg_schema)) as store:
        stored = store.put_many(notes, plain=plain)
        assert made == ["note-003"]
        assert [n.revision for n in stored] == [1] * 4
        monkeypatch.setattr(pg_store.codec, "to_dict", real)
        assert [store.get("contract_note", n.id) for n in notes] == stored


def test_a_batch_handed_over_takes_its_new_revisions_in_place_once_committed(
        pg_server: TempServer, pg_schema: str, tmp_path: Path) -> None:
    """D1173: records nobody else holds (an import's) are not copied at their new revision;
    they take it once the batch is saved, and a batch refused leaves them as given."""
    from kmcore.errors import Conflict
    from kmcore.store.base import put_many

    notes = [ContractNote(id=f"note-{n:03d}", title=f"Note {n}") for n in range(5)]
    with PostgresStore(tmp_path, CONTRACT_TYPES,
                       settings=pg_server.store_table(schema=pg_schema)) as store:
        stored = put_many(store, notes, handed_over=True)
        assert all(s is n for s, n in zip(stored, notes, strict=True))
        assert [n.revision for n in notes] == [1] * 5
        assert [store.get("contract_note", n.id) for n in notes] == stored
        # the same records again, as updates; one of them stale: nothing saved, none changed
        again = [attrs.evolve(n, title=f"{n.title}, edited") for n in stored]
        again[3] = attrs.evolve(again[3], revision=7)
        with pytest.raises(Conflict):
            put_many(store, again, handed_over=True)
        assert [n.revision for n in again] == [1, 1, 1, 7, 1]
        assert store.get("contract_note", "note-000").title == "Note 0"
        # and a store asked without it copies, as before
        fresh = [ContractNote(id=f"other-{n}", title="x") for n in range(2)]
        copied = put_many(store, fresh)
        assert [n.revision for n in fresh] == [0, 0]
        assert [n.revision for n in copied] == [1, 1]


def test_a_batch_writes_its_feed_in_order_one_notify_of_the_last_seq_and_its_audit_entry(
        pg_server: TempServer, pg_schema: str, tmp_path: Path) -> None:
    """D1341: the feed rows, the NOTIFY and the audit entry go in one statement; each is
    still what it was: a feed row per record in the batch's order, one NOTIFY whose payload
    is the batch's last seq, the entry once (and none when not given)."""
    import psycopg
    from kmcore_postgres import schema as layout
    from psycopg import sql

    from kmcore.audit import AuditEntry

    entry = AuditEntry(at="2026-12-08T00:00:00Z", who="ann", via="test", op="batch",
                       type="contract_note", id="", note="3 records in one batch")
    with psycopg.connect(pg_server.conninfo(), autocommit=True) as listener, \
            PostgresStore(tmp_path, CONTRACT_TYPES,
                          settings=pg_server.store_table(schema=pg_schema)) as store:
        listener.execute(sql.SQL("LISTEN {c}").format(
            c=sql.Identifier(layout.channel(pg_schema))))
        notes = [ContractNote(id=i, title=i) for i in ("note-c", "note-a", "note-b")]
        store.put_many(notes, audit=entry)
        store.put_many([ContractNote(id="note-d", title="d")])
        changes, _ = store.changes()
        assert [(c.record_id, c.revision) for c in changes] == [
            ("note-c", 1), ("note-a", 1), ("note-b", 1), ("note-d", 1)]
        seqs = [int(c.cursor.rsplit(":", 1)[1]) for c in changes]
        payloads = [n.payload for n in listener.notifies(timeout=2, stop_after=2)]
        assert payloads == [str(seqs[2]), str(seqs[3])]
        assert list(store.audit_entries()) == [entry]
