"""The sync ledger on its own, and the store's file fingerprints it is compared with."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kmcore
from kmcore.errors import StoreError
from kmcore.store._verified import content_key
from kmcore.sync.ledger import JOURNAL, SNAPSHOT, Entry, Ledger
from test_sync_helpers import lesson


def _published(n: int) -> Entry:
    return Entry(record_type="lesson", state="published", content_hash=f"h{n}",
                 source_hash=f"s{n}", remote_ref=f"r{n}", remote_version="1",
                 fields=Entry.pack_fields({"title": "ab12", "summary": "cd34"}))


def test_entries_survive_a_reload_through_the_journal(tmp_path: Path) -> None:
    ledger = Ledger.open(tmp_path)
    ledger.set("a", _published(1))
    ledger.set("b", _published(2))
    ledger.set_cursor("42")
    ledger.set_pulled("form-1", "3")
    ledger.close()  # flushed, not compacted
    assert (tmp_path / JOURNAL).exists() and not (tmp_path / SNAPSHOT).exists()
    again = Ledger.open(tmp_path)
    assert again.entries == {"a": _published(1), "b": _published(2)}
    assert again.cursor == "42" and again.pulled == {"form-1": "3"}
    assert again.entries["a"].field_hashes() == {"title": "ab12", "summary": "cd34"}


def test_compaction_writes_a_snapshot_and_empties_the_journal(tmp_path: Path) -> None:
    ledger = Ledger.open(tmp_path)
    ledger.set("a", _published(1))
    ledger.set_config_key("k")
    ledger.compact()
    assert (tmp_path / JOURNAL).exists()  # a short journal is left to grow
    ledger.compact(force=True)
    assert not (tmp_path / JOURNAL).exists()
    data = json.loads((tmp_path / SNAPSHOT).read_text(encoding="utf-8"))
    assert data["format"] == 1 and data["config_key"] == "k" and "a" in data["entries"]
    again = Ledger.open(tmp_path)
    assert again.entries == {"a": _published(1)} and again.config_key == "k"


def test_an_intent_without_an_answer_marks_the_entry_uncertain(tmp_path: Path) -> None:
    ledger = Ledger.open(tmp_path)
    ledger.set("a", _published(1))
    ledger.compact(force=True)
    ledger.intend(["a", "new-one"])  # flushed at once; then the process "dies"
    again = Ledger.open(tmp_path)
    assert again.entries["a"].uncertain
    assert "new-one" not in again.entries  # an intent never claims anything was published


def test_a_damaged_line_stops_the_replay_and_later_writes_are_kept(tmp_path: Path) -> None:
    ledger = Ledger.open(tmp_path)
    ledger.set("a", _published(1))
    ledger.close()
    with open(tmp_path / JOURNAL, "ab") as fh:
        fh.write(b'{"k":"e","id":"b","e":{"t":"less')  # torn by a crash
    torn = Ledger.open(tmp_path)
    assert set(torn.entries) == {"a"}
    torn.set("c", _published(3))
    torn.close()
    assert set(Ledger.open(tmp_path).entries) == {"a", "c"}


def test_a_damaged_snapshot_is_an_error_with_a_hint(tmp_path: Path) -> None:
    (tmp_path / SNAPSHOT).write_text("{not json", encoding="utf-8")
    with pytest.raises(StoreError, match="damaged") as caught:
        Ledger.open(tmp_path)
    assert "move it aside" in (caught.value.hint or "")


def test_the_ledger_is_plain_json(tmp_path: Path) -> None:
    ledger = Ledger.open(tmp_path)
    ledger.set("a", _published(1))
    ledger.compact(force=True)
    data = json.loads((tmp_path / SNAPSHOT).read_bytes())  # never a pickle
    # Readable by anyone checking what was published where: the entry, under its record id.
    assert data["entries"] == {"a": {"t": "lesson", "st": "published", "h": "h1", "s": "s1",
                                     "r": "r1", "v": "1", "f": "title=ab12 summary=cd34"}}
    assert Ledger.open(tmp_path).entries["a"] == _published(1)


def test_store_fingerprints_hash_the_file_bytes(tmp_path: Path) -> None:
    with kmcore.init(tmp_path / "kb", name="K", organisation="T") as kb:
        kb.add(lesson(1))
        kb.add(lesson(2))
        store = kb.store
        prints = store.fingerprints()  # type: ignore[attr-defined]
        path = tmp_path / "kb" / "lessons" / "lesson-0001.json"
        assert prints["lesson-0001"] == ("lesson", content_key(path.read_bytes()))
        assert set(prints) == {"lesson-0001", "lesson-0002"}
        assert store.fingerprints("innovation") == {}  # type: ignore[attr-defined]
        path.write_text("{broken", encoding="utf-8")  # listed anyway: whoever reads it reports it
        assert "lesson-0001" in store.fingerprints("lesson")  # type: ignore[attr-defined]


def test_items_waiting_to_come_in_survive_the_journal_and_the_snapshot(tmp_path: Path) -> None:
    ledger = Ledger.open(tmp_path)
    why = {"reason": "title: must not be empty", "version": "2", "type": "lesson",
           "since": "2026-12-07"}
    ledger.set_waiting("list/7", why)
    ledger.set_waiting("list/8", why)
    ledger.set_waiting("list/8", None)
    ledger.close()
    replayed = Ledger.open(tmp_path)
    assert replayed.waiting == {"list/7": why}
    replayed.rewrite()
    replayed.close()
    assert Ledger.open(tmp_path).waiting == {"list/7": why}
