"""Cells merged down over several rows of an Excel sheet read as a person reads them: a
person's name written once beside several lines makes every line that person's (D1510)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

import kmcore
from kmcore.io.importer import import_file
from kmcore.io.tables import read_table
from kmcore.io.xlsx_merges import merged_down


@pytest.fixture
def kb(tmp_path: Path) -> kmcore.KnowledgeBase:
    return kmcore.init(tmp_path / "kb", name="Test KB", organisation="Test Trust")


def _who_to_ask(tmp_path: Path) -> Path:
    """A who-to-ask list, one interest per line, each person's cells merged down."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Who to ask"
    ws.append(["Who to ask on shift"])
    ws.merge_cells("A1:E1")
    ws.append(["Name", "Role", "Email", "Special interest", "Happy to"])
    ws.append(["Dr Ann Kowal", "GP", "ann.kowal@t.nhs.uk", "Minor injuries",
               "Happy to teach skin lesions"])
    ws.append([None, None, None, "Dermatology", None])
    ws.append([None, None, None, "Paediatric fever", None])
    ws.append(["Ian Bash", "Paramedic", "ian.bash@t.nhs.uk", "Head injury", None])
    ws.append([None, None, None, "Speaks Irish", None])
    ws.append([None, None, None, None, None])  # drawn taller: nothing of its own
    ws.append(["Lee Ray", "Nurse", "lee.ray@t.nhs.uk", "Catheter care", None])
    for column in "ABCE":
        ws.merge_cells(f"{column}3:{column}5")
    for column in "ABC":
        ws.merge_cells(f"{column}6:{column}8")
    path = tmp_path / "who to ask.xlsx"
    book.save(path)
    return path


def _areas(kb: kmcore.KnowledgeBase) -> dict[str, list[str]]:
    return {p.display_name: sorted(c.concept.label for c in p.profile.expertise)
            for p in kb.records("person") if p.profile}


def test_the_merges_are_read_from_the_sheet(tmp_path: Path) -> None:
    path = _who_to_ask(tmp_path)
    merges = merged_down(path, "xl/worksheets/sheet1.xml")
    # (the title merged across columns only is not a merge down)
    assert sorted(merges.cover) == [4, 5, 7, 8]
    assert sorted(merges.cover[4]) == [(0, 3), (1, 3), (2, 3), (4, 3)]


def test_a_merged_cell_is_read_into_every_line_it_spans(tmp_path: Path) -> None:
    rows = {r.number: r for r in read_table(_who_to_ask(tmp_path)).rows}
    assert rows[5].cells["Name"] == "Dr Ann Kowal"
    assert rows[5].cells["Happy to"] == "Happy to teach skin lesions"
    assert rows[5].continues == 3 and rows[3].continues is None
    assert rows[7].cells["Email"] == "ian.bash@t.nhs.uk"
    # a line the merges alone would fill is no line of its own
    assert 8 not in rows


def test_a_persons_lines_under_a_merged_name_add_to_that_person(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    result = import_file(kb, _who_to_ask(tmp_path), "person")
    assert _areas(kb) == {"Ann Kowal": ["Dermatology", "Minor injuries", "Paediatric fever"],
                          "Ian Bash": ["Head injury"],
                          "Lee Ray": ["Catheter care"]}
    named = {p.row: p.reason for p in result.problems}
    assert set(named) == {4, 5, 7}
    assert named[4].startswith("continues row 3 (Ann Kowal, whose cells are merged down")
    assert named[7].startswith("continues row 6 (Ian Bash")
    # a language on a person's second line is theirs too
    (ian,) = [p for p in kb.records("person") if p.display_name == "Ian Bash"]
    assert ian.profile.languages == ("ga",)


def test_a_merged_department_over_several_entries_is_each_entrys(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["Department", "Title", "Description"])
    ws.append(["Pharmacy", "Robot dispensing", "A robot picks the packs"])
    ws.append([None, "Ward stock top-up", "Stock topped up by technicians"])
    ws.merge_cells("A2:A3")
    path = tmp_path / "log.xlsx"
    book.save(path)
    rows = list(read_table(path).rows)
    assert [r.cells.get("Department") for r in rows] == ["Pharmacy", "Pharmacy"]
