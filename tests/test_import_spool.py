"""Reading an import's spool back one batch ahead (kmcore.io.spool)."""

from __future__ import annotations

import contextlib
import json
import threading
from pathlib import Path

import pytest

from kmcore import codec
from kmcore.io.spool import spooled_batches
from kmcore.testing.store_contract import CONTRACT_TYPES, make_note


def _spool(path: Path, count: int) -> list[str]:
    ids = [f"note-{n:04d}" for n in range(count)]
    with path.open("w", encoding="utf-8") as fh:
        for rid in ids:
            fh.write(json.dumps({"action": "create",
                                 "record": codec.to_dict(make_note(rid))}) + "\n")
    return ids


def _helpers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "kmcore-import-spool"]


def test_every_spooled_record_comes_back_in_order_in_batches(tmp_path: Path) -> None:
    ids = _spool(tmp_path / "spool.jsonl", 7)
    batches = list(spooled_batches(tmp_path / "spool.jsonl", CONTRACT_TYPES_CLASSES, 3))
    assert [len(b) for b in batches] == [3, 3, 1]
    assert [r.id for b in batches for r in b] == ids
    assert batches[0][0] == make_note("note-0000")
    assert not _helpers()


def test_an_empty_spool_gives_no_batch(tmp_path: Path) -> None:
    (tmp_path / "spool.jsonl").write_text("", encoding="utf-8")
    assert list(spooled_batches(tmp_path / "spool.jsonl", CONTRACT_TYPES_CLASSES, 3)) == []


def test_a_broken_line_is_raised_in_the_callers_thread_after_the_batches_before_it(
        tmp_path: Path) -> None:
    path = tmp_path / "spool.jsonl"
    _spool(path, 4)
    with path.open("a", encoding="utf-8") as fh:
        fh.write('{"action": "create", "record": \n')  # cut short
    got: list[int] = []
    with pytest.raises(json.JSONDecodeError):
        for batch in spooled_batches(path, CONTRACT_TYPES_CLASSES, 2):
            got.append(len(batch))
    assert got == [2, 2]
    assert not _helpers()


def test_stopping_early_stops_the_helper_and_holds_at_most_one_batch_ahead(
        tmp_path: Path) -> None:
    path = tmp_path / "spool.jsonl"
    _spool(path, 50)
    with contextlib.closing(spooled_batches(path, CONTRACT_TYPES_CLASSES, 5)) as batches:
        first = next(batches)
        assert len(first) == 5
    assert not _helpers()


def test_a_missing_spool_is_an_oserror_in_the_callers_thread(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        list(spooled_batches(tmp_path / "gone.jsonl", CONTRACT_TYPES_CLASSES, 5))


CONTRACT_TYPES_CLASSES = {name: spec.cls for name, spec in CONTRACT_TYPES.items()}


def test_with_an_owner_new_records_come_with_it_and_their_batchs_time(tmp_path: Path) -> None:
    """What save_many would give them, so it need not copy each record to set it (D840)."""
    from kmcore.records.base import OrgRef

    path = tmp_path / "spool.jsonl"
    _spool(path, 3)
    other = OrgRef(name="Other Trust", ods_code="RX1")
    with path.open("a", encoding="utf-8") as fh:  # one already owned and dated: kept as it is
        owned = codec.to_dict(make_note("note-0003"))
        owned.update(owner_org=codec.unstructure(other), created_at="2024-01-02T03:04:05Z")
        fh.write(json.dumps({"action": "create", "record": owned}) + "\n")
    owner = OrgRef(name="Bench Trust", ods_code="RT3")
    batches = list(spooled_batches(path, CONTRACT_TYPES_CLASSES, 2, owner=owner))
    records = [r for b in batches for r in b]
    assert [r.owner_org for r in records] == [owner, owner, owner, other]
    assert all(r.created_at is not None and r.updated_at is not None for r in records)
    assert records[0].created_at is records[1].created_at  # one time per batch
    assert records[3].created_at.isoformat() == "2024-01-02T03:04:05+00:00"
    assert records[3].updated_at == records[2].updated_at
    # Without an owner, nothing is added (a plain reading of the spool).
    plain = [r for b in spooled_batches(path, CONTRACT_TYPES_CLASSES, 2) for r in b]
    assert plain[0].owner_org is None and plain[0].created_at is None


def test_with_an_owner_each_new_records_json_text_is_its_to_dict(tmp_path: Path) -> None:
    """The JSON text handed to the store (D842, D843) is exactly what to_dict makes of the
    record as save_many saves it; a record already saved has none (save_many changes it)."""
    from kmcore.records.base import OrgRef

    path = tmp_path / "spool.jsonl"
    _spool(path, 3)
    with path.open("a", encoding="utf-8") as fh:
        saved = codec.to_dict(make_note("note-0003"))
        saved["revision"] = 2
        fh.write(json.dumps({"action": "update", "record": saved}) + "\n")
    owner = OrgRef(name="Bench Trust", ods_code="RT3")
    batches = list(spooled_batches(path, CONTRACT_TYPES_CLASSES, 2, owner=owner))
    pairs = [(r, d) for b in batches for r, d in zip(b, b.plain, strict=True)]
    assert [d is None for _, d in pairs] == [False, False, False, True]
    for record, text in pairs[:3]:
        assert text is not None and json.loads(text) == codec.to_dict(record)
