"""Spreadsheet layouts the first corpora showed to be common kinds, not one file's quirks:
the real header under a title and a row of merged group labels, people named across
Title / Forename / Surname columns, a directorate beside a team, leavers said in a status or
notes column, list bookkeeping columns, and the cells people write around them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

import kmcore
from kmcore.io.cells import leaver_cell, parse_money, person_name, status_in_title
from kmcore.io.columns import columns_for
from kmcore.io.importer import Importer
from kmcore.io.mapping import guess_mapping, header_words
from kmcore.io.people import split_people
from kmcore.io.tables import read_table
from kmcore.records.innovation import Innovation


@pytest.fixture
def kb(tmp_path: Path) -> kmcore.KnowledgeBase:
    base = kmcore.init(tmp_path / "kb", name="Test", organisation="Test Trust")
    yield base
    base.close()


def _register(path: Path) -> Path:
    """A register with a merged title, a blank row, merged group labels, the header, a
    guidance row and two projects."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Hollowfield NHS Trust - innovation register"])
    ws.merge_cells("A1:G1")
    ws.append([])
    ws.append(["ABOUT THE IDEA", None, None, "WHO", None, "PROGRESS", None])
    ws.merge_cells("A3:C3")
    ws.merge_cells("D3:E3")
    ws.merge_cells("F3:G3")
    ws.append(["Ref", "Title of innovation", "Brief description", "Innovation lead",
               "Lead e-mail", "Current status", "Date started"])
    ws.append(["Ref", "Short title", "What is it?", "Name", "nhs.net please", "see list",
               "dd/mm/yyyy"])
    ws.append(["HF-1", "Falls huddle", "Daily huddle on falls", "Dr Amy Fox",
               "amy.fox@nhs.net", "Embedded", dt.datetime(2021, 3, 1)])
    ws.append(["HF-2", "Closed - Paper-free clinic", "Letters by e-mail", "Lee Jackson",
               "lee.jackson@nhs.net", None, "01/06/2022"])
    wb.save(path)
    return path


def test_the_header_is_found_under_a_title_and_merged_group_labels(tmp_path: Path) -> None:
    columns = columns_for(Innovation)
    table = read_table(_register(tmp_path / "reg.xlsx"),
                       known=header_words("innovation", columns))
    assert table.header_row == 4
    assert table.headers[:3] == ["Ref", "Title of innovation", "Brief description"]
    mapping = guess_mapping("innovation", table.headers, columns)
    assert mapping.field_for("Title of innovation") == "title"
    assert mapping.field_for("Date started") == "started_on"
    # Without the known words, the first row of text (the group labels) is the header.
    assert read_table(tmp_path / "reg.xlsx").header_row == 3


def test_a_register_under_group_labels_imports_and_names_its_guidance_row(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    result = kmcore.io.importer.import_file(kb, _register(tmp_path / "reg.xlsx"), "innovation")
    records = {r.reference: r for r in kb.records("innovation")}
    assert set(records) == {"HF-1", "HF-2"}
    assert records["HF-1"].title == "Falls huddle"
    assert records["HF-1"].started_on == dt.date(2021, 3, 1)
    # "Closed - ..." in the title gives the stage when the status cell is empty.
    assert records["HF-2"].stage.value == "stopped"
    assert records["HF-2"].title == "Closed - Paper-free clinic"
    assert 5 in {p.row for p in result.problems if p.severity == "error"}


def test_people_named_across_title_forename_and_surname_columns(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "staff.csv"
    path.write_text("Staff list (HR extract)\n"
                    "Staff no.,Title,Forename,Surname,Role,Email address\n"
                    "1001,Mrs,Denise,Carver,Clinical Navigator,denise.carver@nhs.net\n"
                    "1002,Dr,Nikhil,Varma,Medical Fellow,nikhil.varma@nhs.net\n",
                    encoding="utf-8")
    importer = Importer(kb, path, "person")
    mapping = importer.open()
    assert mapping.field_for("Title") == ""  # an honorific, never the job title
    assert mapping.field_for("Role") == "job_title"
    assert mapping.field_for("Forename + Surname") == "display_name"
    importer.prepare()
    importer.apply()
    people = {p.display_name: p for p in kb.records("person")}
    assert set(people) == {"Denise Carver", "Nikhil Varma"}
    assert people["Nikhil Varma"].job_title == "Medical Fellow"


def test_a_team_or_ward_column_is_the_department_over_a_directorate() -> None:
    mapping = guess_mapping("innovation", ["Title", "Directorate", "Team / ward"],
                            columns_for(Innovation))
    assert mapping.field_for("Team / ward") == "department"
    assert mapping.field_for("Directorate") == ""


def test_list_bookkeeping_columns_are_never_guessed() -> None:
    headers = ["ID", "Title", "Idea owner", "Date idea started", "Created", "Modified",
               "Item Type", "Path"]
    mapping = guess_mapping("innovation", headers, columns_for(Innovation))
    assert mapping.field_for("Idea owner") == "lead"
    assert mapping.field_for("Date idea started") == "started_on"
    for header in ("Created", "Modified", "Item Type", "Path"):
        assert mapping.field_for(header) == "", header


@pytest.mark.parametrize(("cell", "when"), [
    ("LEFT 03/24", (dt.date(2024, 3, 1),)), ("Leaver - 31/08/2024", (dt.date(2024, 8, 31),)),
    ("Leaver", (None,)), ("Retired", (None,)),
    ("left-handed suturing", None), ("Left knee clinic", None), ("Active Assignment", None),
])
def test_a_status_or_notes_cell_that_says_someone_left(cell: str, when: object) -> None:
    assert leaver_cell(cell) == when


def test_a_leaver_in_a_notes_column_is_imported_as_left(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "staff.csv"
    path.write_text("Name,Job title,Email,Notes\n"
                    "Ann Lee,Nurse,ann.lee@nhs.net,LEFT 03/24\n"
                    "Bob Ray,Porter,bob.ray@nhs.net,Joint work with estates\n", encoding="utf-8")
    kmcore.io.importer.import_file(kb, path, "person")
    people = {p.display_name: p for p in kb.records("person")}
    assert people["Ann Lee"].employment_status.value == "left"
    assert people["Ann Lee"].left_on == dt.date(2024, 3, 1)
    assert people["Bob Ray"].employment_status.value != "left"


@pytest.mark.parametrize(("text", "names"), [
    ("Jackson, Lee", ["Jackson, Lee"]),
    ("Mr Shah, Vikram (Dr)", ["Mr Shah, Vikram (Dr)"]),
    ("A Okafor, B Hughes", ["A Okafor", "B Hughes"]),
    ("Dr Raj Patel\nCCIO", ["Dr Raj Patel"]),
    ("Amy Fox\nBob Ray", ["Amy Fox", "Bob Ray"]),
])
def test_people_in_one_cell(text: str, names: list[str]) -> None:
    assert split_people(text) == names


@pytest.mark.parametrize(("cell", "name"), [
    ("Mr Shah, Vikram", "Vikram Shah"), ("Núñez, José", "José Núñez"),
    ("O\u2019Brien, Siobhán (Mrs)", "Siobhán O\u2019Brien"),
])
def test_surname_first_names_with_titles_and_accents(cell: str, name: str) -> None:
    assert person_name(cell) == name


@pytest.mark.parametrize(("cell", "amount", "cash"), [
    ("c.£3000", "3000.00", True), ("c.£5k", "5000.00", True),
    ("£180k (A&E attendances avoided)", "180000.00", False),
])
def test_more_money_as_people_type_it(cell: str, amount: str, cash: bool) -> None:
    money = parse_money(cell)
    assert money is not None and money.amount == Decimal(amount) and money.cash is cash


@pytest.mark.parametrize(("title", "said"), [
    ("Closed - Lithium monitoring app", ("Closed", "Lithium monitoring app")),
    ("[ON HOLD] Ward app", ("ON HOLD", "Ward app")),
    ("Closed loop insulin", None), ("Paused - see notes", None),
])
def test_a_status_written_before_the_title(title: str, said: object) -> None:
    assert status_in_title(title) == said


@pytest.mark.parametrize(("cells", "title", "why"), [
    ({"Name": "Vacancy - band 5", "Post": "Staff nurse"}, "Vacancy - band 5", "vacant post"),
    ({"Name": "TO BE APPOINTED", "Team": "Pharmacy"}, "TO BE APPOINTED", "vacant post"),
    ({"Name": "Head count", "Team": "12"}, "Head count", "totals row"),
    ({"Ref": "Grand total", "Savings": "£1.2m"}, "", "totals row"),  # no title: first cell
    # hyphenated or spaced: "SUB-TOTAL (schemes live/complete)" (D1401)
    ({"Scheme": "SUB-TOTAL (schemes live/complete)", "Saving": "£79,100"},
     "SUB-TOTAL (schemes live/complete)", "totals row"),
    ({"Scheme": "Sub total", "Saving": "£9,100"}, "Sub total", "totals row"),
    ({"Title": "Short name", "Started": "dd/mm/yy", "Status": "choose from the list"},
     "Short name", "guidance row"),
    # a name joined from two columns repeats its cells: still one cell filled
    ({"Surname": "Staff below from the March list", "First name + Surname":
      "Staff below from the March list"}, "Staff below from the March list", "one cell"),
    # a printout's page number copied in with the table (D1301)
    ({"Ref No": "Page 1 of 2"}, "", "page number"),
    ({"Title": "- 3 -"}, "- 3 -", "page number"),
    # the header again, with a PDF's line breaks in it
    ({"Project title": "Project\ntitle", "Current position": "Current\nposition"}, "",
     "header row again"),
])
def test_rows_that_are_not_records_say_why(cells: dict, title: str, why: str) -> None:
    from kmcore.io.cells import not_a_record

    assert why in (not_a_record(cells, list(cells), title) or "")


def test_a_person_or_project_is_not_taken_for_a_note_row() -> None:
    from kmcore.io.cells import not_a_record

    cells = {"Name": "Vacy Smith", "Post": "Nurse", "Started": "01/02/2020"}
    assert not_a_record(cells, list(cells), "Vacy Smith") is None
    cells = {"Title": "Counting falls", "Status": "Live", "Notes": "please see notes"}
    assert not_a_record(cells, list(cells), "Counting falls") is None
