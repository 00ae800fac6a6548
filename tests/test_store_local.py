"""The local-files store: the contract suite, plus what only a folder of files can get wrong."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from pathlib import Path

import attrs
import pytest

from kmcore import codec
from kmcore.errors import Conflict, NotFound, StoreError, ValidationError
from kmcore.records.base import Record
from kmcore.specs import RecordTypeSpec
from kmcore.store import local as local_module
from kmcore.store.base import FileProblem
from kmcore.store.local import LocalFileStore
from kmcore.testing.store_contract import (
    CONTRACT_TYPES,
    ContractNote,
    StoreContract,
    get_lesson,
    get_note,
    make_lesson,
    make_note,
)


class TestLocalFileStoreContract(StoreContract):
    def make_store(self, tmp_path: Path, types: Mapping[str, RecordTypeSpec]) -> LocalFileStore:
        return LocalFileStore(tmp_path / "kb", types, lock_timeout=5.0)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "kb"


@pytest.fixture
def store(root: Path) -> Iterator[LocalFileStore]:
    with LocalFileStore(root, CONTRACT_TYPES, lock_timeout=5.0) as opened:
        yield opened


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def _write_lock(root: Path, **info: object) -> Path:
    lock = root / ".kmcore" / "lock"
    lock.parent.mkdir(parents=True, exist_ok=True)
    lock.write_text(json.dumps(info), encoding="utf-8")
    return lock


def _now_text(delta: float = 0.0) -> str:
    return (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=delta)).isoformat()


# --- layout -----------------------------------------------------------------------------------


def test_one_pretty_json_file_per_record(store: LocalFileStore, root: Path) -> None:
    stored = store.put(make_lesson("lesson-a", title="Café"))
    path = root / "lessons" / "lesson-a.json"
    raw = path.read_bytes()
    assert raw == codec.dumps(stored).encode("utf-8")
    assert b"\r" not in raw  # "\n" line ends on every platform
    assert "Café".encode() in raw  # readable UTF-8, not \u escapes
    assert json.loads(raw)["revision"] == 1
    assert store.path_of("lesson", "lesson-a") == path
    assert _files(root / ".kmcore") == ["changes.jsonl"]  # the lock is gone again


def test_folders_are_created_lazily(root: Path) -> None:
    with LocalFileStore(root, CONTRACT_TYPES) as store:
        assert list(store.scan()) == []
        assert store.changes()[0] == []
        assert list(store.check()) == []
        assert not root.exists()


@pytest.mark.parametrize("folder", ["", ".", "..", "../up", "a/b", "a\\b", ".kmcore", "c:x"])
def test_record_type_folders_must_be_plain_names(root: Path, folder: str) -> None:
    spec = attrs.evolve(CONTRACT_TYPES["lesson"], folder=folder)
    with pytest.raises(StoreError, match="folder"):
        LocalFileStore(root, {"lesson": spec})


@pytest.mark.parametrize("folder", ["lessons", "Lessons"])  # shares ignore case
def test_record_types_need_their_own_folders(root: Path, folder: str) -> None:
    note = attrs.evolve(CONTRACT_TYPES["contract_note"], folder=folder)
    with pytest.raises(StoreError, match="both use the folder"):
        LocalFileStore(root, {"lesson": CONTRACT_TYPES["lesson"], "contract_note": note})


def test_closed_store_refuses_work(store: LocalFileStore) -> None:
    store.close()
    with pytest.raises(StoreError, match="closed"):
        get_lesson(store, "lesson-a")


# --- atomic replace -----------------------------------------------------------------------------


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_crash_during_write_keeps_the_old_record(
    store: LocalFileStore, root: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    first = store.put(make_lesson("lesson-a", title="Old"))
    before = (root / "lessons" / "lesson-a.json").read_bytes()

    def crash(*args: object) -> None:
        raise OSError(5, "simulated crash")

    with monkeypatch.context() as patch:
        patch.setattr(os, failing, crash)
        with pytest.raises(StoreError, match="could not save lesson 'lesson-a'") as caught:
            store.put(attrs.evolve(first, title="New"))
    assert "simulated crash" in str(caught.value) and "unchanged" in (caught.value.hint or "")

    assert (root / "lessons" / "lesson-a.json").read_bytes() == before
    assert _files(root / "lessons") == ["lesson-a.json"]  # no temporary file left behind
    assert [get_lesson(store, r.id).title for r in store.scan()] == ["Old"]
    assert not store.lock_path.exists()
    # The feed already holds the change that never landed: harmless by design, consumers
    # re-read the record and find revision 1 unchanged.
    assert [c.revision for c in store.changes()[0]] == [1, 2]
    # And the store carries on: the same update succeeds now.
    assert store.put(attrs.evolve(first, title="New")).revision == 2


def test_litter_from_a_hard_crash_is_ignored(store: LocalFileStore, root: Path) -> None:
    store.put(make_lesson("lesson-a"))
    folder = root / "lessons"
    (folder / ".lesson-b.json.3f9a2c.tmp").write_text('{"half": ', encoding="utf-8")
    (folder / ".hidden.json").write_text("{", encoding="utf-8")
    (folder / "readme.txt").write_text("notes", encoding="utf-8")
    (folder / "desktop.ini").write_text("[x]", encoding="utf-8")
    problems: list[FileProblem] = []
    assert [r.id for r in store.scan(on_error=problems.append)] == ["lesson-a"]
    assert problems == []
    assert list(store.check()) == []


# --- the lock -------------------------------------------------------------------------------------


def test_lock_of_a_dead_process_on_this_host_is_broken_at_once(root: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    pid = int(dead.stdout)
    lock = _write_lock(root, host=socket.gethostname(), pid=pid, since=_now_text(), token="t")
    with LocalFileStore(root, CONTRACT_TYPES, lock_timeout=10, stale_lock_after=60) as store:
        started = time.monotonic()
        store.put(make_note("note-a"))
        assert time.monotonic() - started < 2
    assert not lock.exists()


def test_old_lock_from_another_host_is_broken(root: Path) -> None:
    lock = _write_lock(root, host="PC-LIB-7", pid=4120, since=_now_text(-3600), token="t")
    with LocalFileStore(root, CONTRACT_TYPES, lock_timeout=10, stale_lock_after=30) as store:
        store.put(make_note("note-a"))
    assert not lock.exists()


def test_unreadable_old_lock_is_broken_by_its_file_time(root: Path) -> None:
    lock = _write_lock(root)
    lock.write_bytes(b"")  # a holder that died between creating and writing it
    os.utime(lock, (time.time() - 3600, time.time() - 3600))
    with LocalFileStore(root, CONTRACT_TYPES, lock_timeout=10) as store:
        store.put(make_note("note-a"))
    assert not lock.exists()


def test_lock_watched_longer_than_stale_timeout_is_broken(root: Path) -> None:
    # The holder's clock runs an hour fast: its time says "fresh", but we watched it too long.
    lock = _write_lock(root, host="PC-LIB-7", pid=4120, since=_now_text(3600), token="t")
    with LocalFileStore(root, CONTRACT_TYPES, lock_timeout=10, stale_lock_after=0.3) as store:
        started = time.monotonic()
        store.put(make_note("note-a"))
        assert 0.3 <= time.monotonic() - started < 5
    assert not lock.exists()


def test_lock_timeout_says_who_holds_it_and_what_to_do(root: Path) -> None:
    lock = _write_lock(root, host="PC-LIB-7", pid=4120, since=_now_text(), token="t")
    with LocalFileStore(root, CONTRACT_TYPES, lock_timeout=0.3, stale_lock_after=60) as store:
        started = time.monotonic()
        with pytest.raises(StoreError) as caught:
            store.put(make_note("note-a"))
        assert time.monotonic() - started < 3
    message = str(caught.value)
    assert str(lock) in message
    assert "PC-LIB-7" in message and "4120" in message
    hint = caught.value.hint or ""
    assert "PC-LIB-7" in hint and str(lock) in hint and "delete" in hint
    assert lock.exists()  # somebody else's live lock is left alone
    assert not (root / "contract-notes").exists()


def test_folder_without_write_permission_is_explained(
    store: LocalFileStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")

    with monkeypatch.context() as patch:
        patch.setattr(os, "open", refuse)  # only the lock uses os.open
        with pytest.raises(StoreError, match="could not create the lock file") as caught:
            store.put(make_note("note-a"))
    assert "write access" in (caught.value.hint or "")


def test_failed_lock_write_leaves_no_lock(
    store: LocalFileStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*args: object) -> int:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(os, "write", disk_full)  # only the lock uses os.write
        with pytest.raises(StoreError, match="No space"):
            store.put(make_note("note-a"))
    assert not store.lock_path.exists()
    assert store.put(make_note("note-a")).revision == 1


def test_reads_take_no_lock(store: LocalFileStore, root: Path) -> None:
    store.put(make_note("note-a"))
    _write_lock(root, host="PC-LIB-7", pid=4120, since=_now_text(), token="t")
    quick = LocalFileStore(root, CONTRACT_TYPES, lock_timeout=0.1, stale_lock_after=60)
    assert get_note(quick, "note-a").id == "note-a"
    assert quick.locate("note-a") == "contract_note"
    assert [r.id for r in quick.scan()] == ["note-a"]
    assert list(quick.check()) == []
    assert len(quick.changes()[0]) == 1
    with pytest.raises(StoreError):
        quick.delete("contract_note", "note-a")


def test_lock_is_released_after_a_refused_write(store: LocalFileStore) -> None:
    store.put(make_note("note-a"))
    with pytest.raises(Conflict):
        store.put(make_note("note-a"))
    with pytest.raises(NotFound):
        store.delete("contract_note", "nobody")
    assert not store.lock_path.exists()


# --- broken files ------------------------------------------------------------------------------

BROKEN_JSON = """{
  "type": "lesson",
  "id": "broken",
  "title": "Missing comma"
  "statement": "x"
}
"""

BAD_FIELDS = """{
  "type": "lesson",
  "schema_version": 1,
  "id": "bad-fields",
  "revision": 3,
  "titel": "Typo in the key",
  "statement": "Fine",
  "recommendation": "Fine",
  "polarity": "sustain",
  "keywords": [
    "ok",
    5
  ]
}
"""


BAD_VALUES = """{
  "type": "lesson",
  "id": "bad-values",
  "title": "Valid JSON, broken rules",
  "statement": "Fine",
  "recommendation": "Fine",
  "polarity": "maybe",
  "subjects": [
    {
      "label": "Falls"
    },
    {
      "label": ""
    }
  ]
}
"""


def _seed_broken(store: LocalFileStore, root: Path) -> None:
    store.put(make_lesson("lesson-a"))
    store.put(make_lesson("lesson-z"))
    (root / "lessons" / "broken.json").write_text(BROKEN_JSON, encoding="utf-8")
    (root / "lessons" / "bad-fields.json").write_text(BAD_FIELDS, encoding="utf-8")
    (root / "lessons" / "bad-values.json").write_text(BAD_VALUES, encoding="utf-8")


def test_check_reports_corrupt_json_and_invalid_fields_with_lines(
    store: LocalFileStore, root: Path
) -> None:
    _seed_broken(store, root)
    found = {(p.path.as_posix(), p.line, p.problem.path) for p in store.check()}
    assert found == {
        ("lessons/broken.json", 5, "$"),  # the decoder's line: the missing comma
        ("lessons/bad-fields.json", 1, "$.title"),  # missing: the record's own line
        ("lessons/bad-fields.json", 6, "$.titel"),  # unknown key: the key's line
        ("lessons/bad-fields.json", 12, "$.keywords[1]"),
        ("lessons/bad-values.json", 7, "$.polarity"),
        ("lessons/bad-values.json", 13, "$.subjects[1].label"),
    }
    text = "\n".join(str(p) for p in store.check())
    assert "lessons/broken.json:5: $: is not valid JSON" in text
    assert "did you mean 'title'" in text


def test_scan_reports_broken_files_and_yields_the_rest(store: LocalFileStore, root: Path) -> None:
    _seed_broken(store, root)
    problems: list[FileProblem] = []
    assert [r.id for r in store.scan(on_error=problems.append)] == ["lesson-a", "lesson-z"]
    assert {p.path.as_posix() for p in problems} == {
        "lessons/broken.json", "lessons/bad-fields.json", "lessons/bad-values.json",
    }
    assert len(problems) == 6  # one per problem
    assert all(p.line for p in problems)


def test_scan_logs_problems_when_nobody_listens(
    store: LocalFileStore, root: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _seed_broken(store, root)
    with caplog.at_level("WARNING", logger="kmcore.store"):
        assert len(list(store.scan())) == 2
    assert "lessons/broken.json:5" in caplog.text


def test_get_of_a_broken_file_names_it(store: LocalFileStore, root: Path) -> None:
    _seed_broken(store, root)
    with pytest.raises(ValidationError) as caught:
        get_lesson(store, "bad-values")
    assert "lessons/bad-values.json" in str(caught.value)
    assert "(line 7)" in str(caught.value)
    assert "lessons/bad-values.json" in (caught.value.hint or "")
    with pytest.raises(ValidationError, match=r"lessons/broken\.json"):
        get_lesson(store, "broken")


def test_broken_file_can_be_deleted_but_not_updated(store: LocalFileStore, root: Path) -> None:
    _seed_broken(store, root)
    with pytest.raises(ValidationError):
        store.put(attrs.evolve(make_lesson("broken"), revision=1))
    with pytest.raises(ValidationError):
        store.delete("lesson", "broken", expected_revision=1)
    store.delete("lesson", "broken")
    assert not (root / "lessons" / "broken.json").exists()
    assert store.changes()[0][-1].op == "delete"


def _record_text(record: Record, **changes: object) -> str:
    data = codec.to_dict(record)
    data.update(changes)
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def test_check_finds_misplaced_misnamed_and_duplicate_files(
    store: LocalFileStore, root: Path
) -> None:
    store.put(make_lesson("lesson-a"))
    notes = root / "contract-notes"
    notes.mkdir(parents=True)
    # A lesson saved in the notes folder; a file renamed by hand; an id used twice.
    (notes / "stray.json").write_text(_record_text(make_lesson("stray")), encoding="utf-8")
    (notes / "renamed.json").write_text(_record_text(make_note("original")), encoding="utf-8")
    (notes / "lesson-a.json").write_text(_record_text(make_note("lesson-a")), encoding="utf-8")
    (notes / "Bad Name.json").write_text(_record_text(make_note("bad-name")), encoding="utf-8")
    problems = list(store.check())
    by_file = {p.path.as_posix(): p for p in problems}
    assert set(by_file) == {
        "contract-notes/stray.json", "contract-notes/renamed.json",
        "contract-notes/lesson-a.json", "contract-notes/Bad Name.json", "lessons/lesson-a.json",
    }
    stray = by_file["contract-notes/stray.json"]
    assert stray.problem.path == "$.type" and stray.line == 2
    assert "'lessons' folder" in stray.problem.reason
    renamed = by_file["contract-notes/renamed.json"]
    assert renamed.problem.path == "$.id" and renamed.line == 4
    assert "original.json" in renamed.problem.reason
    assert "lessons/lesson-a.json" in by_file["contract-notes/lesson-a.json"].problem.reason
    assert "contract-notes/lesson-a.json" in by_file["lessons/lesson-a.json"].problem.reason
    assert "not a usable id" in by_file["contract-notes/Bad Name.json"].problem.reason
    # scan skips what check flags, so no record turns up under a name get() cannot find.
    seen: list[FileProblem] = []
    assert [r.id for r in store.scan("contract_note", on_error=seen.append)] == ["lesson-a"]


def test_missing_id_is_flagged_not_invented(store: LocalFileStore, root: Path) -> None:
    folder = root / "contract-notes"
    folder.mkdir(parents=True)
    (folder / "note-a.json").write_text('{\n  "type": "contract_note"\n}\n', encoding="utf-8")
    [problem] = list(store.check())
    assert problem.problem.path == "$.id" and "note-a" in problem.problem.reason


def test_encoding_problems(store: LocalFileStore, root: Path) -> None:
    folder = root / "contract-notes"
    folder.mkdir(parents=True)
    text = _record_text(make_note("with-bom", title="Notepad ✓"))
    (folder / "with-bom.json").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (folder / "latin-1.json").write_bytes(
        _record_text(make_note("latin-1", title="Café")).encode("latin-1")
    )
    [problem] = list(store.check())
    assert problem.path.as_posix() == "contract-notes/latin-1.json"
    assert "UTF-8" in problem.problem.reason and problem.line == 5
    assert get_note(store, "with-bom").title == "Notepad ✓"


def test_hand_made_record_without_revision_reads_as_revision_1(
    store: LocalFileStore, root: Path
) -> None:
    folder = root / "contract-notes"
    folder.mkdir(parents=True)
    (folder / "by-hand.json").write_text(
        '{"type": "contract_note", "id": "by-hand", "title": "Typed in"}', encoding="utf-8"
    )
    record = get_note(store, "by-hand")
    assert record.revision == 1
    assert [r.revision for r in store.scan()] == [1]
    assert store.put(attrs.evolve(record, title="Edited")).revision == 2


# --- change feed ---------------------------------------------------------------------------


def test_torn_last_line_is_ignored_then_skipped(store: LocalFileStore, root: Path) -> None:
    store.put(make_note("note-a"))
    feed = root / ".kmcore" / "changes.jsonl"
    with feed.open("ab") as fh:
        fh.write(b'{"op": "put", "type": "contr')  # a crash in the middle of an append
    changes, cursor = store.changes()
    assert [c.record_id for c in changes] == ["note-a"]
    assert store.changes(cursor) == ([], cursor)
    store.put(make_note("note-b"))  # the next writer ends the torn line first
    later, _ = store.changes(cursor)
    assert [c.record_id for c in later] == ["note-b"]
    assert [c.record_id for c in store.changes()[0]] == ["note-a", "note-b"]


def test_malformed_feed_lines_are_skipped(store: LocalFileStore, root: Path) -> None:
    store.put(make_note("note-a"))
    with (root / ".kmcore" / "changes.jsonl").open("ab") as fh:
        fh.write(b'not json\n{"op": "rename", "type": "x", "id": "y", "revision": 1, "at": 1}\n')
    store.put(make_note("note-b"))
    assert [c.record_id for c in store.changes()[0]] == ["note-a", "note-b"]


def test_cursor_from_another_feed_is_refused(store: LocalFileStore, root: Path) -> None:
    store.put(make_note("note-a"))
    _, cursor = store.changes()
    (root / ".kmcore" / "changes.jsonl").unlink()
    with pytest.raises(StoreError, match="missing"):
        store.changes(cursor)
    store.put(make_note("note-b"))  # a new feed, with a new id
    with pytest.raises(StoreError, match="another change feed") as caught:
        store.changes(cursor)
    assert "no cursor" in (caught.value.hint or "")


def test_cursor_not_at_an_entry_or_past_the_end_is_refused(store: LocalFileStore) -> None:
    store.put(make_note("note-a"))
    _, cursor = store.changes()
    version, feed_id, offset = cursor.split(":")
    with pytest.raises(StoreError, match="past the end"):
        store.changes(f"{version}:{feed_id}:{int(offset) + 1000}")
    with pytest.raises(StoreError, match="start of an entry"):
        store.changes(f"{version}:{feed_id}:{int(offset) - 3}")
    with pytest.raises(StoreError, match="not a change-feed cursor"):
        store.changes(f"{version}::{offset}")


def test_feed_header_damage_is_explained(store: LocalFileStore, root: Path) -> None:
    store.put(make_note("note-a"))
    (root / ".kmcore" / "changes.jsonl").write_text("hello\n", encoding="utf-8")
    with pytest.raises(StoreError, match="feed header") as caught:
        store.changes()
    assert "Move the file aside" in (caught.value.hint or "")


# --- ids and paths -------------------------------------------------------------------------------


def test_paths_stay_inside_the_type_folder_even_if_id_checks_fail(
    store: LocalFileStore, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (root / "secret.json").parent.mkdir(parents=True, exist_ok=True)
    (root / "secret.json").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(local_module, "check_id", lambda candidate, **_: candidate)
    for sneaky in ("../secret", "../../etc/passwd", "a/../../secret", "sub/x"):
        with pytest.raises(StoreError, match="outside the folder"):
            get_lesson(store, sneaky)
        with pytest.raises(StoreError, match="outside the folder"):
            store.delete("lesson", sneaky)
    assert (root / "secret.json").exists()


def test_conflict_messages_name_both_revisions(store: LocalFileStore) -> None:
    first = store.put(make_note("note-a"))
    store.put(attrs.evolve(store.put(attrs.evolve(first, body="x")), body="y"))
    with pytest.raises(Conflict) as caught:
        store.put(attrs.evolve(first, body="z"))
    assert "revision 1" in str(caught.value) and "revision 3" in str(caught.value)
    assert caught.value.hint == "Re-read it, re-apply your change, and save again."
    with pytest.raises(Conflict, match="already used by a contract_note"):
        store.put(make_lesson("note-a"))


def test_not_found_says_where_else_the_id_is(store: LocalFileStore) -> None:
    store.put(make_note("note-a"))
    with pytest.raises(NotFound, match="is a contract_note") as caught:
        get_lesson(store, "note-a")
    assert "kmcore list" in (caught.value.hint or "")


def test_put_refuses_a_record_of_another_class_under_a_known_type_name(
    store: LocalFileStore,
) -> None:
    @attrs.frozen(kw_only=True)
    class Impostor(ContractNote):
        pass

    with pytest.raises(StoreError, match="Impostor"):
        store.put(Impostor(id="x"))


def test_two_store_objects_in_one_process_share_the_lock(root: Path) -> None:
    import threading

    stores = [LocalFileStore(root, CONTRACT_TYPES) for _ in range(2)]
    errors: list[BaseException] = []

    def work(index: int) -> None:
        try:
            for i in range(40):
                stores[index].put(make_note(f"t{index}-{i:02d}"))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(list(stores[0].scan())) == 80
    assert len(stores[0].changes()[0]) == 80


# --- several processes at once -------------------------------------------------------------------

_WORKER = """
import os, sys, time
import attrs
from kmcore.errors import Conflict
from kmcore.testing.store_contract import CONTRACT_TYPES, make_note
from kmcore.store.local import LocalFileStore

root, name, mode, count, go = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
store = LocalFileStore(root, CONTRACT_TYPES, lock_timeout=60)
print("ready", flush=True)
while not os.path.exists(go):
    time.sleep(0.001)
for i in range(count):
    if mode == "add":
        store.put(make_note(f"{name}-{i:04d}", title=name))
    else:  # race: everybody updates race-i from revision 1
        try:
            store.put(attrs.evolve(make_note(f"race-{i:04d}", body=name), revision=1))
            print("won", i, flush=True)
        except Conflict:
            print("lost", i, flush=True)
"""


def _run_workers(root: Path, tmp_path: Path, mode: str, count: int) -> list[str]:
    go = tmp_path / "go"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _WORKER, str(root), name, mode, str(count), str(go)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for name in ("alice", "bob")
    ]
    for proc in procs:  # both imported and waiting: start them together
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
    go.touch()
    outputs = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        outputs.append(out)
    return outputs


@pytest.mark.slow
def test_two_processes_adding_at_once_lose_nothing(root: Path, tmp_path: Path) -> None:
    _run_workers(root, tmp_path, "add", 500)
    store = LocalFileStore(root, CONTRACT_TYPES)
    problems: list[FileProblem] = []
    records = list(store.scan(on_error=problems.append))
    assert problems == []
    assert len(records) == 1000
    assert {r.title for r in records if isinstance(r, ContractNote)} == {"alice", "bob"}
    assert all(r.revision == 1 for r in records)
    assert list(store.check()) == []
    changes, _ = store.changes()
    assert len(changes) == 1000 and all(c.op == "put" for c in changes)
    assert {c.record_id for c in changes} == {r.id for r in records}
    assert not store.lock_path.exists()
    assert not (store.lock_path.parent / "lock.break").exists()
    assert _files(root / "contract-notes") == sorted(f"{r.id}.json" for r in records)


@pytest.mark.slow
def test_two_processes_updating_the_same_record_one_wins(root: Path, tmp_path: Path) -> None:
    rounds = 100
    store = LocalFileStore(root, CONTRACT_TYPES)
    for i in range(rounds):
        store.put(make_note(f"race-{i:04d}"))
    alice, bob = _run_workers(root, tmp_path, "race", rounds)
    results = {
        name: dict(line.split(" ")[::-1] for line in out.split("\n") if line and line != "ready")
        for name, out in (("alice", alice), ("bob", bob))
    }
    for i in range(rounds):
        outcome = {results["alice"][str(i)], results["bob"][str(i)]}
        assert outcome == {"won", "lost"}, i
        winner = "alice" if results["alice"][str(i)] == "won" else "bob"
        record = get_note(store, f"race-{i:04d}")
        assert (record.revision, record.body) == (2, winner)
    assert not store.lock_path.exists()
    assert len(store.changes()[0]) == 2 * rounds


_LOCK_WORKER = """
import os, sys, time
from pathlib import Path
from kmcore.store._lock import FileLock

lock_path, marker, count, go = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
lock = FileLock(lock_path, timeout=60, stale_after=30)
print("ready", flush=True)
while not os.path.exists(go):
    time.sleep(0.001)
for _ in range(count):
    with lock:
        # Inside the lock nobody else may be inside: an exclusive marker proves it.
        fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        os.close(fd)
        os.unlink(marker)
"""


@pytest.mark.slow
@pytest.mark.parametrize("stale_start", [False, True])
def test_lock_excludes_other_processes(tmp_path: Path, stale_start: bool) -> None:
    lock_path = tmp_path / "state" / "lock"
    if stale_start:
        # Both processes find a lock left by a dead program and race to break it.
        lock_path.parent.mkdir()
        lock_path.write_text(json.dumps(
            {"host": "PC-GONE", "pid": 1, "since": _now_text(-3600), "token": "old"}
        ), encoding="utf-8")
    go = tmp_path / "go"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _LOCK_WORKER, str(lock_path), str(tmp_path / "inside"),
             "300", str(go)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for _ in range(2)
    ]
    for proc in procs:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
    go.touch()
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err  # a FileExistsError here means two holders at once
    assert not lock_path.exists()


def test_ids_lists_a_types_records_without_reading_them(tmp_path: Path) -> None:
    import kmcore
    from kmcore.records.lesson import Lesson
    from kmcore.records.vocab import LessonPolarity

    with kmcore.init(tmp_path / "kb", name="KB", organisation="Trust") as kb:
        for i in range(3):
            kb.add(Lesson(id=f"lesson-{i}", title="t", statement="s", recommendation="r",
                          polarity=LessonPolarity.IMPROVE))
        (tmp_path / "kb" / "lessons" / "lesson-1.json").write_text("{broken", encoding="utf-8")
        assert kb.store.ids("lesson") == {"lesson-0", "lesson-1", "lesson-2"}  # type: ignore[attr-defined]
        assert kb.store.ids("innovation") == set()  # type: ignore[attr-defined]
