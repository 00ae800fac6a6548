"""The local store's batch write (put_many) and the pretty JSON text every record file holds."""

from __future__ import annotations

import datetime as dt
import enum
import json
import os
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kmcore import _json_text as json_text
from kmcore import codec
from kmcore._json_text import pretty_json
from kmcore.errors import StoreError
from kmcore.records._fields import replaced
from kmcore.records.base import Record
from kmcore.store import _batch
from kmcore.store.local import LocalFileStore
from kmcore.testing.store_contract import CONTRACT_TYPES, make_lesson, make_note
from records_strategies import captures, innovations, people, stories


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalFileStore]:
    with LocalFileStore(tmp_path / "kb", CONTRACT_TYPES, lock_timeout=5.0) as opened:
        yield opened


def _all_files(root: Path) -> list[str]:
    return sorted(p.name for p in root.rglob("*") if p.is_file() and ".kmcore" not in p.parts)


# --- the JSON text ---------------------------------------------------------------------------

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(_JSON)
def test_pretty_json_is_exactly_what_json_dumps_writes(value: object) -> None:
    assert pretty_json(value) == json.dumps(value, indent=2, ensure_ascii=False)


class _Text(str):
    pass


class _Word(enum.StrEnum):
    IDEA = "idea"


class _Number(enum.IntEnum):
    ONE = 1


class _Dict(dict[str, object]):
    pass


@pytest.mark.parametrize("value", [
    {"a": (1, 2.5, float("nan"), float("inf"), -float("inf"))},
    {1: "a key that is not text", "b": None},
    {"a": _Text("a subclass of str"), _Text("key"): _Word.IDEA, "n": _Number.ONE},
    _Dict(a=[_Dict(), 1.5]),
    [{}, [], "é \u2028 \" \\ \n \x00"],
    {"nested": {"deep": [True, False, {"x": -0.0}]}},
])
def test_pretty_json_handles_the_unusual_as_json_dumps_does(value: object) -> None:
    assert pretty_json(value) == json.dumps(value, indent=2, ensure_ascii=False)


def test_pretty_json_fails_as_json_dumps_does() -> None:
    loop: list[object] = []
    loop.append(loop)
    for value in ({"a": object()}, loop):
        with pytest.raises((TypeError, ValueError)) as mine:
            pretty_json(value)
        with pytest.raises(type(mine.value), match=str(mine.value)[:20]):
            json.dumps(value, indent=2, ensure_ascii=False)


def test_a_record_file_is_written_in_the_same_layout_as_before(store: LocalFileStore) -> None:
    (saved,) = store.put_many([make_note("note-a")])
    text = store.path_of(saved.record_type, "note-a").read_text(encoding="utf-8")
    assert text == json.dumps(codec.to_dict(saved), indent=2, ensure_ascii=False) + "\n"
    assert text == codec.dumps(saved)


# --- the batch write -------------------------------------------------------------------------

def test_a_batch_that_fails_half_way_through_writing_leaves_no_file(
        store: LocalFileStore, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    real = _batch.write_temp
    written: list[str] = []

    def fill_the_disk_on_the_third(path: str, data: bytes) -> str:
        if len(written) == 2:
            raise OSError(28, "No space left on device")
        written.append(real(path, data))
        return written[-1]

    monkeypatch.setattr(_batch, "write_temp", fill_the_disk_on_the_third)
    with pytest.raises(StoreError, match="No space left"):
        store.put_many([make_note(f"note-{i}") for i in range(5)])
    assert len(written) == 2
    assert _all_files(tmp_path / "kb") == []  # neither records nor temporary files


def test_a_successful_batch_removes_nothing(
        store: LocalFileStore, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # Every temporary file was renamed into place, so there is nothing to clean up: no
    # system call is spent trying to remove it again.
    removed: list[str] = []
    real_unlink = os.unlink

    def counting_unlink(path: str, *args: object, **kwargs: object) -> None:
        if str(path).endswith(".tmp"):  # not the lock file, which is removed on release
            removed.append(str(path))
        real_unlink(path)

    monkeypatch.setattr(_batch.os, "unlink", counting_unlink)
    stored = store.put_many([make_note("note-a"), make_lesson("lesson-b")])
    assert removed == []
    assert [r.revision for r in stored] == [1, 1]
    assert _all_files(tmp_path / "kb") == ["lesson-b.json", "note-a.json"]



@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(record=st.one_of(innovations(), people(), stories(), captures()))
def test_every_kind_of_record_is_written_as_json_dumps_would_without_falling_back(
        record: Record, monkeypatch: pytest.MonkeyPatch) -> None:
    # The fast path must cover everything records are made of (vocabulary words included),
    # or it saves nothing.
    expected = json.dumps(codec.to_dict(record), indent=2, ensure_ascii=False) + "\n"

    def no_fallback(*args: object, **kwargs: object) -> str:
        raise AssertionError("fell back to json.dumps")

    with monkeypatch.context() as patched:
        patched.setattr(json_text.json, "dumps", no_fallback)
        assert codec.dumps(record) == expected



@settings(max_examples=30)
@given(record=st.one_of(innovations(), people(), stories(), captures()))
def test_a_replaced_copy_equals_what_attrs_evolve_makes(record: Record) -> None:
    now = dt.datetime(2026, 12, 7, 13, 45, tzinfo=dt.UTC)
    for changes in ({"revision": 7}, {"created_at": now, "updated_at": now, "revision": 1}):
        copy = replaced(record, **changes)
        expected = attrs.evolve(record, **changes)
        assert copy == expected
        assert type(copy) is type(record)
        assert copy is not record
        assert codec.dumps(copy) == codec.dumps(expected)


def test_a_replaced_field_with_a_converter_is_converted_as_attrs_evolve_does() -> None:
    record = make_note("note-a")
    copy = replaced(record, pii_cleared=[])  # converted to a tuple
    assert copy == attrs.evolve(record, pii_cleared=[])
    assert copy.pii_cleared == ()


@attrs.frozen(slots=False)
class _Plain:
    a: int
    b: str = "b"


def test_replaced_copies_a_class_without_slots_as_attrs_evolve_does() -> None:
    # The copier sets slots directly; a class without slots takes the other way.
    original = _Plain(a=1, b="x")
    copy = replaced(original, a=2)
    assert copy == _Plain(a=2, b="x") and copy is not original
    assert replaced(original) == original


@given(record=innovations())
@settings(max_examples=10)
def test_a_replaced_copy_shares_no_state_with_the_original(record: Record) -> None:
    copy = replaced(record, revision=record.revision + 1)
    assert record.revision + 1 == copy.revision
    assert attrs.evolve(copy, revision=record.revision) == record


def test_each_time_is_written_as_its_own_even_when_one_is_repeated() -> None:
    # codec remembers the last time it wrote (a batch shares one): never another's text.
    early = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    late = dt.datetime(2026, 12, 7, 13, 45, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    texts = [codec.unstructure(t) for t in (early, early, late, late, early)]
    assert texts == ["2026-01-02T03:04:05Z", "2026-01-02T03:04:05Z", "2026-12-07T12:45:00Z",
                     "2026-12-07T12:45:00Z", "2026-01-02T03:04:05Z"]
    note = make_note("note-a")
    a = replaced(note, created_at=early, updated_at=late)
    b = replaced(note, created_at=late, updated_at=early)
    assert (codec.to_dict(a)["created_at"], codec.to_dict(b)["created_at"]) == (
        "2026-01-02T03:04:05Z", "2026-12-07T12:45:00Z")
