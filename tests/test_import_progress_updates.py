"""A progress tracker with a row per project per update (issue 15, after the fourteenth
held-out corpus): the latest update of a key is the record, the earlier ones are named as
its history with the row that supersedes them, and rows repeating a key with nothing to
show they are successive updates are still duplicates.

The wording is invented, in the style of trusts' quarterly QI trackers."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest

import kmcore
from kmcore.io.importer import import_file
from kmcore.io.tables import Row
from kmcore.io.updates import superseded_rows
from kmcore.records.base import Record
from kmcore.records.innovation import Innovation


@pytest.fixture
def kb(tmp_path: Path) -> kmcore.KnowledgeBase:
    return kmcore.init(tmp_path / "kb", name="Test KB", organisation="Test Trust")


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "tracker.csv"
    path.write_text(text, encoding="utf-8")
    return path


TRACKER = ("Ref,{when},Project,Lead,Status\n"
           "W-1,{a},Falls huddles,Ann Lee,Idea\n"
           "W-2,{a},Hydration trolley,Bo Chan,Live\n"
           "W-1,{b},Falls huddles,Ann Lee,Pilot\n"
           "W-1,{c},Falls huddles,Ann Lee,Live\n")


@pytest.mark.parametrize(("when", "a", "b", "c"), [
    ("Qtr", "Q3 2022/23", "Q4 2022/23", "Q1 2023/24"),
    ("Date of update", "15/09/2023", "12/12/2023", "20/03/2024"),
    ("As at", "2023-09-15", "2023-12-12", "2024-03-20"),
])
def test_the_latest_update_of_a_key_is_the_record(
        kb: kmcore.KnowledgeBase, tmp_path: Path, when: str, a: str, b: str, c: str) -> None:
    path = _write(tmp_path, TRACKER.format(when=when, a=a, b=b, c=c))
    result = import_file(kb, path, "innovation")
    named = {p.row: p.reason for p in result.problems}
    assert "superseded by row 5" in named.get(2, ""), result.problems
    assert "superseded by row 5" in named.get(4, ""), result.problems
    assert result.error_rows == 0 and result.valid == 2
    stages = {i.title: str(i.stage.value) for i in kb.records("innovation")}
    assert stages == {"Falls huddles": "implemented", "Hydration trolley": "implemented"}


def test_updates_out_of_file_order_keep_the_latest(tmp_path: Path) -> None:
    rows = [Row(2, {"Ref": "A", "Quarter": "Q2 23/24"}),
            Row(3, {"Ref": "A", "Quarter": "Q1 23/24"}),
            Row(4, {"Ref": "a ", "Quarter": "Q3 23/24"})]
    assert superseded_rows(rows, "Ref", ["Ref", "Quarter"]) == {2: 4, 3: 4}


@pytest.mark.parametrize(("header", "a", "b"), [
    ("Notes", "Q1 23/24", "Q2 23/24"),  # not a column that names the update
    ("Quarter", "Q1 23/24", "Q1 23/24"),  # the same update twice: a duplicate
    ("Quarter", "Q1 23/24", ""),  # one repeat says nothing of when
])
def test_repeats_that_are_not_successive_updates_stay_duplicates(
        kb: kmcore.KnowledgeBase, tmp_path: Path, header: str, a: str, b: str) -> None:
    path = _write(tmp_path, f"Ref,{header},Project,Lead,Status\n"
                            f"W-1,{a},Falls huddles,Ann Lee,Idea\n"
                            f"W-1,{b},Falls huddles,Ann Lee,Live\n")
    result = import_file(kb, path, "innovation")
    errors = {p.row: p.reason for p in result.problems if p.severity == "error"}
    assert "repeats row 2" in errors.get(3, ""), result.problems
    assert [str(i.stage.value) for i in kb.records("innovation")] == ["idea"]


def test_saving_while_checking_never_saves_an_earlier_update(
        kb: kmcore.KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """D1031: an import that saves as it checks decides which rows are earlier updates
    before the first is saved, so the record is saved once, from the latest row."""
    from kmcore.io.importer import Importer
    from kmcore.store.local import LocalFileStore

    monkeypatch.setattr(LocalFileStore, "overlaps_checking", True)
    saved: list[str] = []
    put_many = LocalFileStore.put_many

    def counting(self: LocalFileStore, records: Iterable[Record]) -> list[Record]:
        kept = list(records)
        saved.extend(r.title for r in kept if isinstance(r, Innovation))
        return put_many(self, kept)

    monkeypatch.setattr(LocalFileStore, "put_many", counting)
    path = _write(tmp_path, TRACKER.format(when="Quarter", a="Q1 23/24", b="Q2 23/24",
                                           c="Q3 23/24"))
    importer = Importer(kb, path, "innovation")
    importer.open()
    assert importer.saves_while_checking
    result = importer.prepare(save=True)
    assert result.applied and result.valid == 2, result.problems
    # each record saved once: no earlier update saved first and overwritten
    assert sorted(saved) == ["Falls huddles", "Hydration trolley"], saved
    falls = next(i for i in kb.records("innovation") if i.title == "Falls huddles")
    assert str(falls.stage.value) == "implemented"


def test_a_new_quarter_added_later_updates_the_record(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    """Imported again with the next quarter's row added, the row that was the latest is
    now an earlier update (whatever the import remembered of it) and the new one updates
    the record."""
    text = TRACKER.format(when="Quarter", a="Q1 23/24", b="Q2 23/24", c="Q3 23/24")
    import_file(kb, _write(tmp_path, text), "innovation")
    text += "W-1,Q4 23/24,Falls huddles,Ann Lee,Stopped\n"
    result = import_file(kb, _write(tmp_path, text), "innovation")
    named = {p.row: p.reason for p in result.problems}
    assert all("superseded by row 6" in named.get(n, "") for n in (2, 4, 5)), named
    assert result.error_rows == 0, result.problems
    assert (result.counts["update"], result.counts["unchanged"]) == (1, 1), result.counts
    stages = {i.title: str(i.stage.value) for i in kb.records("innovation")}
    assert stages["Falls huddles"] == "stopped"
