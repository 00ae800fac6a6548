"""Batches saved on one writer thread (KnowledgeBase.background_saves, D1030) and an import
that saves as it checks (D1031): failures come back as save_many raises them, whole batches
only, the audit and the change feed exact."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any

import attrs
import pytest

import kmcore
from clihelp import run_cli
from kmcore.errors import Conflict, StoreError
from kmcore.io import importer as module
from kmcore.io.importer import Importer, import_file
from kmcore.records.lesson import Lesson


def _lesson(n: int) -> Lesson:
    return Lesson(title=f"Lesson {n}", statement=f"What happened {n}.",  # type: ignore[arg-type]
                  recommendation=f"Do it again {n}.", polarity="sustain")


def _heard(kb: kmcore.KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """(op, id) of each record the plugins are told of, and on which thread it was told."""
    heard: list[tuple[str, str]] = []
    real = kb._notify

    def notify(op: str, record: Any, previous: Any) -> None:
        assert threading.current_thread() is threading.main_thread()
        heard.append((op, (record or previous).id))
        real(op, record, previous)

    monkeypatch.setattr(kb, "_notify", notify)
    return heard


def _batches(kb: kmcore.KnowledgeBase) -> list[str]:
    return [e.note for e in kb.audit_entries() if e.op == "batch"]


def test_batches_are_saved_in_order_with_one_audit_entry_each(
        kb: kmcore.KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    heard = _heard(kb, monkeypatch)
    lessons = [_lesson(n) for n in range(9)]
    with kb.background_saves() as saves:
        for start in range(0, 9, 3):
            saves.save(lessons[start:start + 3], note="from test")
        assert saves.close() == 9
    assert kb.count("lesson") == 9
    assert _batches(kb) == ["3 records in one batch: 3 added, 0 updated; from test"] * 3
    assert [i for _, i in heard] == [r.id for r in lessons]
    assert [c.record_id for c in kb.changes()[0]] == [r.id for r in lessons]


def test_a_conflict_in_the_writer_is_raised_as_save_many_raises_it_and_stops_the_rest(
        kb: kmcore.KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    first = kb.add(_lesson(0))
    kb.update(attrs.evolve(first, title="Edited meanwhile"))  # revision 2 now
    stale = attrs.evolve(first, title="Edited from an old copy")  # still revision 1
    with pytest.raises(Conflict) as direct:
        kb.save_many([stale])  # what a plain save_many says, for comparison
    feed_before = len(kb.changes()[0])
    heard = _heard(kb, monkeypatch)
    ok = [_lesson(n) for n in range(1, 4)]
    later = [_lesson(n) for n in range(4, 7)]
    with pytest.raises(Conflict) as caught, kb.background_saves() as saves:
        saves.save(ok, note="batch 1")
        saves.save([_lesson(10), stale], note="batch 2")  # conflicts: nothing of it saved
        saves.save(later, note="batch 3")  # may be queued already: never written
        saves.close()
    assert str(caught.value) == str(direct.value)
    assert caught.value.hint == direct.value.hint
    stored = {r.id for r in kb.records("lesson")}
    assert stored == {first.id, *(r.id for r in ok)}
    assert kb.get(first.id, "lesson").title == "Edited meanwhile"
    assert [n for n in _batches(kb) if "batch" in n.split("; ")[-1]] == [
        "3 records in one batch: 3 added, 0 updated; batch 1"]
    assert len(kb.changes()[0]) == feed_before + 3
    assert [i for _, i in heard] == [r.id for r in ok]


def test_the_callers_failure_writes_nothing_more(kb: kmcore.KnowledgeBase) -> None:
    with pytest.raises(KeyError), kb.background_saves() as saves:
        saves.save([_lesson(n) for n in range(3)], note="one")
        raise KeyError("the spreadsheet went away")
    # the batch handed over is written whole or not at all; nothing after it
    assert kb.count("lesson") in (0, 3)
    assert len(_batches(kb)) == kb.count("lesson") // 3


def test_closed_saves_take_no_more(kb: kmcore.KnowledgeBase) -> None:
    saves = kb.background_saves()
    assert saves.close() == 0
    with pytest.raises(RuntimeError, match="closed"):
        saves.save([_lesson(1)])


# --- an import that saves as it checks -------------------------------------------------------


def _sheet(path: Path, rows: int) -> Path:
    path.write_text("Title,Statement,Recommendation,Polarity\n" + "".join(
        f"Lesson {n},What happened {n}.,Do it again {n}.,sustain\n" for n in range(rows)),
        encoding="utf-8")
    return path


@pytest.fixture
def overlapping(monkeypatch: pytest.MonkeyPatch) -> None:
    """The local-files store taken as one whose saving overlaps the checks (a database's,
    waiting on its server), so that these tests reach saving while checking (D1031); the
    local store itself checks first and saves after (D1190)."""
    from kmcore.store.local import LocalFileStore

    monkeypatch.setattr(LocalFileStore, "overlaps_checking", True)


def test_the_local_files_store_checks_every_row_before_saving(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    """D1190: its saving is the interpreter's own work, which saving while checking would
    only set against the checks; the result is the same once applied."""
    importer = Importer(kb, _sheet(tmp_path / "log.csv", 3), "lesson")
    importer.open()
    assert not importer.saves_while_checking
    result = importer.prepare(save=True)
    assert not result.applied and kb.count("lesson") == 0
    assert importer.apply().applied and kb.count("lesson") == 3
    assert import_file(kb, tmp_path / "log.csv", "lesson").counts["unchanged"] == 3


@pytest.mark.usefixtures("overlapping")
def test_an_import_saves_while_checking_when_it_may(kb: kmcore.KnowledgeBase, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(module, "BATCH", 4)
    sheet = _sheet(tmp_path / "log.csv", 10)
    saved_before_the_last_row: list[int] = []

    def on_row(n: int) -> None:
        if n == 10:  # the first two batches are handed over: the writer saves them now
            deadline = time.monotonic() + 10
            while kb.count("lesson") < 8 and time.monotonic() < deadline:
                time.sleep(0.01)
            saved_before_the_last_row.append(kb.count("lesson"))

    importer = Importer(kb, sheet, "lesson")
    importer.open()
    assert importer.saves_while_checking
    result = importer.prepare(save=True, on_row=on_row)
    assert result.applied and result.counts["create"] == 10
    assert saved_before_the_last_row == [8]
    assert kb.count("lesson") == 10
    assert _batches(kb) == [f"{n} records in one batch: {n} added, 0 updated; from log.csv"
                            for n in (4, 4, 2)]
    assert module.interrupted_import(kb) is None
    again = import_file(kb, sheet, "lesson")
    assert again.counts == {"create": 0, "update": 0, "unchanged": 10}


@pytest.mark.parametrize("options", [{"strict": True}, {}])
@pytest.mark.usefixtures("overlapping")
def test_strict_and_person_imports_check_every_row_first(
        kb: kmcore.KnowledgeBase, tmp_path: Path, options: dict[str, Any]) -> None:
    if options:
        importer = Importer(kb, _sheet(tmp_path / "log.csv", 3), "lesson", **options)
    else:
        staff = tmp_path / "staff.csv"
        staff.write_text("Name,Email\nAmara Okafor,amara@nhs.net\n", encoding="utf-8")
        importer = Importer(kb, staff, "person")
    importer.open()
    assert not importer.saves_while_checking
    result = importer.prepare(save=True)
    assert not result.applied and kb.count(importer.record_type) == 0
    assert importer.apply().applied


def test_a_dry_run_writes_nothing(kb: kmcore.KnowledgeBase, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(module, "BATCH", 2)
    result = import_file(kb, _sheet(tmp_path / "log.csv", 5), "lesson", dry_run=True)
    assert not result.applied and result.counts["create"] == 5
    assert kb.count("lesson") == 0 and _batches(kb) == []
    assert module.interrupted_import(kb) is None


@pytest.mark.usefixtures("overlapping")
def test_a_store_failure_while_checking_is_the_same_one_line_error_and_exit_code(
        kb: kmcore.KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A store error in the writer thread ends the import as it did when saving came after
    checking: the same message and exit code, whole batches only, and running the import
    again completes it."""
    monkeypatch.setattr(module, "BATCH", 4)
    sheet = _sheet(tmp_path / "log.csv", 10)
    root = str(kb.root)
    kb.close()
    calls = {"n": 0}
    from kmcore.store.local import LocalFileStore

    real = LocalFileStore.put_many

    def failing(self: LocalFileStore, records: Any, **kw: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 2:
            raise StoreError("could not write lessons/x.json: disk full",
                             hint="Free some space and run the import again.")
        return real(self, records, **kw)

    monkeypatch.setattr(LocalFileStore, "put_many", failing)
    args = ["--kb", root, "import", str(sheet), "--type", "lesson", "--yes", "--no-progress"]
    run = run_cli(args)
    assert run.code == 1, run
    assert "could not write lessons/x.json: disk full" in run.err
    assert "Traceback" not in run.err
    with kmcore.open(root) as opened:
        assert opened.count("lesson") == 4
        assert module.interrupted_import(opened) is not None
        assert len(_batches(opened)) == 1
    monkeypatch.setattr(LocalFileStore, "put_many", real)
    run = run_cli(args)
    assert run.code == 0, run
    assert "6 new, 0 updated, 4 unchanged" in run.out
    with kmcore.open(root) as opened:
        assert opened.count("lesson") == 10 and module.interrupted_import(opened) is None
        feed = [c.record_id for c in opened.changes()[0]]
        assert len(feed) == len(set(feed)) == 10
    data = json.loads(run_cli([*args, "--json"]).out)
    assert data["counts"] == {"create": 0, "update": 0, "unchanged": 10}


@pytest.mark.usefixtures("overlapping")
def test_an_import_saving_as_it_checks_saves_the_records_it_built_as_two_steps_would(
        kb: kmcore.KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """D1170: the batch takes the record each row built, not one read back from its spool
    line; what is saved is what the two steps (spool, then apply) save."""
    from kmcore import codec
    from kmcore.io.spool import BatchMaker

    monkeypatch.setattr(module, "BATCH", 3)
    sheet = tmp_path / "log.csv"
    sheet.write_text(
        "Title,Statement,Recommendation,Polarity,Keywords\n"
        "Lesson 1,What happened 1.,Do it again 1.,sustain,estates; wards\n"
        "Lesson 2,\"Ward 4 , NHS 943 476 5919 \"\" said \"\"\",Do it again 2.,improve,\n"
        "Lesson 3,What happened 3.,,sustain,\n"  # incomplete: no recommendation
        "Lesson 4,Wörds beyond ASCII — 4,Do it again 4.,not a polarity,flow\n"
        "Lesson 5,What happened 5.,Do it again 5.,sustain,\n", encoding="utf-8")
    two_steps = kmcore.init(tmp_path / "two", name="Two", organisation="Test Trust",
                            ods_code="RX1")
    first = Importer(two_steps, sheet, "lesson")
    first.open()
    first.prepare()
    first.apply()

    def read_back(*args: Any) -> None:
        raise AssertionError("a built record was read back from its spool line")

    monkeypatch.setattr(BatchMaker, "add", read_back)
    importer = Importer(kb, sheet, "lesson")
    importer.open()
    assert importer.prepare(save=True).applied

    def saved(where: kmcore.KnowledgeBase) -> list[dict[str, Any]]:
        times = ("created_at", "updated_at")
        return [{k: v for k, v in codec.to_dict(r).items() if k not in times}
                for r in sorted(where.records("lesson"), key=lambda r: r.id)]

    assert len(saved(kb)) == 5
    assert saved(kb) == saved(two_steps)
    two_steps.close()
