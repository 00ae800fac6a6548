"""kmcore.store.copy between two local-files stores, and the [store] selection in kmcore.toml."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

import kmcore
from kmcore.config import load_settings, store_selection
from kmcore.errors import ConfigError, NotFound, StoreError
from kmcore.store.copy import content_hash, copy_store, inventory
from kmcore.store.local import LocalFileStore
from kmcore.testing.store_contract import CONTRACT_TYPES, make_lesson, make_note


def filled(root: Path, count: int) -> LocalFileStore:
    store = LocalFileStore(root, CONTRACT_TYPES)
    store.restore([attrs.evolve(make_note(f"note-{n:03d}", title=f"Note {n} ✓"), revision=n + 1)
                   for n in range(count)])
    store.put(make_lesson("lesson-a"))
    return store


def test_restore_keeps_revisions_and_feeds_each_record(tmp_path: Path) -> None:
    store = filled(tmp_path / "a", 3)
    assert store.get("contract_note", "note-002").revision == 3
    assert [(c.record_id, c.revision) for c in store.changes()[0]] == [
        ("note-000", 1), ("note-001", 2), ("note-002", 3), ("lesson-a", 1)]
    # A record restored under another type replaces the old one: ids stay unique.
    store.restore([attrs.evolve(make_lesson("note-000"), revision=4)])
    assert store.locate("note-000") == "lesson"
    with pytest.raises(NotFound):
        store.get("contract_note", "note-000")
    with pytest.raises(StoreError):
        store.restore([make_note("note-new")])  # revision 0: never saved


def test_copy_is_exact_resumable_and_verified(tmp_path: Path) -> None:
    source = filled(tmp_path / "a", 12)
    destination = LocalFileStore(tmp_path / "b", CONTRACT_TYPES)
    # A copy that stopped part-way: some records there already, one of them outdated.
    destination.restore([source.get("contract_note", f"note-{n:03d}") for n in range(5)])
    stale = source.get("contract_note", "note-001")
    source.put(attrs.evolve(stale, body="changed after"))
    seen: list[int] = []
    result = copy_store(source, destination, batch_size=3, progress=seen.append)
    assert (result.copied, result.unchanged, result.pruned) == (9, 4, 0)
    assert seen == [3, 6, 9]
    assert result.counts == {"contract_note": 12, "lesson": 1}
    assert inventory(destination).records == inventory(source).records
    assert destination.get("contract_note", "note-001") == source.get("contract_note",
                                                                       "note-001")
    assert result.digest == inventory(destination).digest()
    again = copy_store(source, destination)
    assert (again.copied, again.unchanged) == (0, 13)


def test_copy_refuses_to_merge_unless_pruning(tmp_path: Path) -> None:
    source = filled(tmp_path / "a", 2)
    destination = LocalFileStore(tmp_path / "b", CONTRACT_TYPES)
    destination.put(make_note("note-stranger"))
    with pytest.raises(StoreError) as caught:
        copy_store(source, destination)
    assert "1 records that the source does not have" in str(caught.value)
    assert "--prune" in (caught.value.hint or "")
    result = copy_store(source, destination, prune=True)
    assert result.pruned == 1
    with pytest.raises(NotFound):
        destination.get("contract_note", "note-stranger")


def test_copy_refuses_a_source_with_unreadable_records(tmp_path: Path) -> None:
    source = filled(tmp_path / "a", 2)
    (tmp_path / "a" / "contract-notes" / "note-broken.json").write_text("{", encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        copy_store(source, LocalFileStore(tmp_path / "b", CONTRACT_TYPES))
    assert "could not be read" in str(caught.value)
    assert "kmcore validate" in (caught.value.hint or "")


def test_content_hash_ignores_key_order_not_content() -> None:
    note = attrs.evolve(make_note("note-a"), revision=1)
    assert content_hash(note) == content_hash(attrs.evolve(note))
    assert content_hash(note) != content_hash(attrs.evolve(note, body="x"))


def test_store_selection(tmp_path: Path) -> None:
    kmcore.init(tmp_path / "kb").close()
    settings_file = tmp_path / "kb" / "kmcore.toml"
    assert store_selection(load_settings(tmp_path / "kb")) == ("local", {})
    original = settings_file.read_text(encoding="utf-8")
    settings_file.write_text(original + '\n[store]\nbackend = "other"\nhost = "db"\n',
                             encoding="utf-8")
    assert store_selection(load_settings(tmp_path / "kb")) == ("other", {"host": "db"})
    with pytest.raises(NotFound):  # nobody provides it
        kmcore.open(tmp_path / "kb")
    settings_file.write_text('store = "postgres"\n' + original, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        store_selection(load_settings(tmp_path / "kb"))
    assert "$.store: must be a table" in str(caught.value)


def test_store_copy_command_needs_a_configured_store(tmp_path: Path) -> None:
    from clihelp import run_cli

    kmcore.init(tmp_path / "kb").close()
    run = run_cli(["--kb", str(tmp_path / "kb"), "store", "copy", "--to", "postgres"])
    assert run.code == 1
    assert "no [store] backend other than the local files" in run.err


def test_an_interrupted_move_is_finished_only_after_checking_the_destination(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A move stopped while deleting from its source leaves its journal: every other copy is
    refused (--prune would delete the only copies), and finishing it first checks that the
    destination still holds each moved record exactly (D1474)."""
    source = filled(tmp_path / "a", 6)
    destination = LocalFileStore(tmp_path / "b", CONTRACT_TYPES)
    journal = tmp_path / "a" / ".kmcore" / "store-move.json"
    deleted: list[str] = []
    real_delete = LocalFileStore.delete

    def dies_after_two(self: LocalFileStore, record_type: str, record_id: str,
                       **kwargs: object) -> None:
        if self is source and len(deleted) == 2:
            raise KeyboardInterrupt  # as if killed
        deleted.append(record_id)
        real_delete(self, record_type, record_id)  # type: ignore[arg-type]

    monkeypatch.setattr(LocalFileStore, "delete", dies_after_two)
    with pytest.raises(KeyboardInterrupt):
        copy_store(source, destination, move=True, journal=journal, direction="a -> b")
    monkeypatch.setattr(LocalFileStore, "delete", real_delete)
    assert journal.exists() and len(inventory(source).records) == 5
    for prune, move in ((True, False), (False, False)):
        with pytest.raises(StoreError, match="stopped while deleting"):
            copy_store(source, destination, prune=prune, move=move, journal=journal,
                       direction="a -> b")
    with pytest.raises(StoreError, match="stopped while deleting"):  # the other way
        copy_store(destination, source, prune=True, move=True, journal=journal,
                   direction="b -> a")
    assert len(inventory(destination).records) == 7
    # The destination lost one meanwhile: nothing more is deleted from the source.
    destination.delete("contract_note", "note-005")
    with pytest.raises(StoreError, match="no longer in the destination"):
        copy_store(source, destination, move=True, journal=journal, direction="a -> b")
    assert len(inventory(source).records) == 5
    destination.restore([source.get("contract_note", "note-005")])
    result = copy_store(source, destination, move=True, journal=journal, direction="a -> b")
    assert result.moved and sum(result.counts.values()) == 7
    assert inventory(source).records == {} and not journal.exists()
    assert len(inventory(destination).records) == 7
