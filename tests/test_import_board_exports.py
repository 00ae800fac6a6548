"""Column families the eighth corpus's librarian had to correct, now guessed by the preview
itself (D880-D884): a Jira or Azure DevOps export, an ideas box ("Idea #", "The idea", "More
detail", "Site / building", "Reviewed by"), a staff list whose name column is headed by a role
noun ("Faculty member"), a yes/no question about staying ("Still with us?"). Every file here
is invented, headed the way such an export is; each rule also has a file where it must not
fire."""

from __future__ import annotations

from pathlib import Path

import pytest

import kmcore
from import_helpers import guessed_columns
from kmcore.io.columns import columns_for
from kmcore.io.mapping import custom_field_name, guess_mapping, normalise_header
from kmcore.records import Innovation, Person


@pytest.fixture
def kb(tmp_path: Path) -> kmcore.KnowledgeBase:
    return kmcore.init(tmp_path / "kb", name="Test KB", organisation="Test Trust")


def _mapping(kb: kmcore.KnowledgeBase, tmp_path: Path, record_type: str,
             rows: list[list[str]]) -> dict[str, str]:
    return {cm.header: cm.field for cm in guessed_columns(kb, tmp_path, record_type, rows)}


JIRA = ["Issue Type", "Issue key", "Issue id", "Summary", "Assignee", "Reporter", "Priority",
        "Status", "Created", "Updated", "Resolved", "Labels", "Labels",
        "Custom field (Directorate team)", "Custom field (Annual savings £)",
        "Description"]


def test_a_jira_export_s_columns_are_read_as_an_innovations_log(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [JIRA, [
        "Task", "QI-7", "40211", "Discharge lounge pull list", "Omar Haddad (Band 7)",
        "Lucy Ward", "High", "Pilot on Ward 3", "14/Mar/23 10:02 AM", "02/Jun/24 4:15 PM", "",
        "flow", "discharge", "Patient Flow", "£4,500", "A pull list run at 9am."]])
    assert found["Summary"] == "title"
    assert found["Issue key"] == "key"
    assert found["Issue id"] == ""  # Jira's internal number, not the one quoted
    assert found["Assignee"] == "lead"
    assert found["Reporter"] == ""  # who typed the ticket in
    assert found["Created"] == "started_on"
    assert found["Updated"] == "" and found["Resolved"] == "" and found["Issue Type"] == ""
    assert found["Status"] == "stage"
    assert found["Labels"] == "keywords" and found["Labels 2"] == "keywords"
    assert found["Custom field (Directorate team)"] == "department"
    assert found["Custom field (Annual savings £)"] == "savings.cash_releasing_gbp"
    assert found["Description"] == "description"


def test_an_azure_devops_export_s_columns_are_read_as_an_innovations_log(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [
        ["ID", "Work Item Type", "Title", "Assigned To", "State", "Reason", "Area Path",
         "Tags", "Created Date", "Changed Date"],
        ["1042", "Product Backlog Item", "E-referral triage bot", "Nia Cole <nia.cole@x.nhs.uk>",
         "Active", "Implementation started", "Digital\\Outpatients", "triage; ai",
         "03/01/2024 09:00", "05/06/2024 11:30"]])
    assert found == {"ID": "key", "Work Item Type": "", "Title": "title",
                     "Assigned To": "lead", "State": "stage", "Reason": "",
                     "Area Path": "department", "Tags": "keywords",
                     "Created Date": "started_on", "Changed Date": ""}


def test_a_custom_field_of_its_own_takes_the_start_before_created(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [
        ["Issue key", "Summary", "Status", "Created", "Custom field (Start date)"],
        ["QI-1", "Falls huddle", "Live", "01/Feb/23 9:00 AM", "01/04/2023"]])
    assert found["Custom field (Start date)"] == "started_on"
    assert found["Created"] == ""


def test_summary_and_created_outside_a_board_export_are_read_as_before():
    fields = {cm.header: cm.field for cm in guess_mapping(
        "innovation", ["Title", "Summary", "Created", "Status"], columns_for(Innovation)
    ).columns}
    assert fields == {"Title": "title", "Summary": "description", "Created": "",
                      "Status": "stage"}


@pytest.mark.parametrize(("header", "name"), [
    ("Custom field (Team)", "Team"), ("custom field (Annual saving £)", "Annual saving £"),
    ("Team (custom)", "Team (custom)"), ("Custom field", "Custom field")])
def test_a_jira_custom_field_is_guessed_by_its_own_name(header, name):
    assert custom_field_name(header) == name


def test_a_repeated_list_header_adds_to_the_same_list(kb, tmp_path):
    found = _mapping(kb, tmp_path, "person", [
        ["Name", "Expertise", "Expertise", "Grade", "Grade"],
        ["Ann Lee", "falls", "delirium", "Band 6", "Band 7"]])
    assert found["Expertise 2"] == "profile.expertise"
    assert found["Grade 2"] == ""  # one job title: the second is left for the librarian


def test_an_ideas_box_s_headers(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [
        ["Idea #", "The idea", "More detail", "Site / building", "Idea champion",
         "Reviewed by", "Approved by"],
        ["GI-04", "Reusable theatre hats", "Swap paper hats for washable ones.", "Main theatres",
         "Kay Ross", "KB", "JT"]])
    assert found == {"Idea #": "key", "The idea": "title", "More detail": "description",
                     "Site / building": "department", "Idea champion": "lead",
                     "Reviewed by": "", "Approved by": ""}


def test_a_hash_reads_as_number():
    assert normalise_header("Ref #") == "ref no"
    assert normalise_header("#") == "no"


@pytest.mark.parametrize("header", ["Faculty member", "Team member", "Champion", "Coach",
                                    "Member", "Staff member"])
def test_a_staff_list_headed_by_a_role_noun_names_its_people(kb, tmp_path, header):
    found = _mapping(kb, tmp_path, "person", [
        [header, "Role", "Email"],
        ["Dr Ana Silva", "Consultant", "ana.silva@x.nhs.uk"],
        ["Tom Reid", "Charge nurse", "tom.reid@x.nhs.uk"]])
    assert found[header] == "display_name"


def test_a_role_noun_inside_a_question_is_no_name(kb, tmp_path):
    found = _mapping(kb, tmp_path, "person", [
        ["Surname", "Forename", "Knowledge champion? (Y/N)", "Member since"],
        ["Silva", "Ana", "Y", "2021"], ["Reid", "Tom", "N", "2019"]])
    assert found["Knowledge champion? (Y/N)"] != "display_name"
    assert found["Member since"] != "display_name"


@pytest.mark.parametrize("header", ["Still with us?", "Still in post?", "Current?",
                                    "Still here?", "Still employed?"])
def test_a_question_about_staying_is_the_employment_status(header):
    fields = {cm.header: cm.field for cm in guess_mapping(
        "person", ["Name", header], columns_for(Person)).columns}
    assert fields[header] == "employment_status"


def _commented_workbook(path: Path) -> Path:
    import openpyxl
    from openpyxl.comments import Comment

    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["Idea #", "The idea", "Progress update"])
    ws.append(["GI-1", "Solar car park", "see comment"])
    ws.append(["GI-2", "Reusable hats", "Live"])
    ws.append(["GI-3", "Bike shelter", "(See note)"])
    ws["C2"].comment = Comment("Declined at Green Board: no capital", "KB")
    ws["C3"].comment = Comment("Ordered 400 hats in May", "KB")
    book.save(path)
    return path


def test_a_cell_pointing_to_its_comment_is_read_as_the_comment(tmp_path):
    from kmcore.io.tables import read_table

    table = read_table(_commented_workbook(tmp_path / "box.xlsx"))
    progress = [row.cells.get("Progress update") for row in table.rows]
    # the comment replaces only a cell that points to it; one with no comment stays as is
    assert progress == ["Declined at Green Board: no capital", "Live", "(See note)"]
    assert any("2 cell comments" in note and "C2" in note for note in table.notes)


def test_a_sheet_without_comments_says_nothing_of_them(tmp_path):
    import openpyxl

    from kmcore.io.tables import read_table

    book = openpyxl.Workbook()
    book.active.append(["Title", "Status"])
    book.active.append(["Hats", "see comment"])
    book.save(tmp_path / "plain.xlsx")
    table = read_table(tmp_path / "plain.xlsx")
    assert [row.cells.get("Status") for row in table.rows] == ["see comment"]
    assert not any("comment" in note for note in table.notes)


@pytest.mark.parametrize(("ref", "where"), [("A1", (1, 1)), ("F12", (12, 6)),
                                            ("AA3", (3, 27))])
def test_cell_references_both_ways(ref, where):
    from kmcore.io.cell_comments import cell_name, cell_position

    assert cell_position(ref) == where and cell_name(*where) == ref


@pytest.mark.parametrize(("ref", "where"), [("$F$12", (12, 6)), (" b7 ", (7, 2)),
                                            ("F", None), ("12", None), ("ABCD1", None)])
def test_absolute_and_loose_cell_references(ref, where):
    from kmcore.io.cell_comments import cell_position

    assert cell_position(ref) == where


@pytest.mark.parametrize(("cell", "value"), [
    ("Active \u2013 expertise TBC", "current"), ("Left - date TBC", "left"), ("TBC", "unknown"),
    ("Status TBC", "unknown")])
def test_a_tbc_about_something_else_leaves_the_state_named(cell, value):
    from kmcore.io.values import ValueMatcher
    from kmcore.records.person import EmploymentStatus

    assert ValueMatcher(EmploymentStatus).match(cell).value == value


@pytest.mark.parametrize(("cell", "value"), [
    ("Won't do", "stopped"), ("Awaiting capital panel", "planning")])
def test_board_column_stage_words(cell, value):
    from kmcore.io.values import ValueMatcher
    from kmcore.records.innovation import Stage

    assert ValueMatcher(Stage).match(cell).value == value


@pytest.mark.parametrize(("cells", "field"), [
    (["Dr Ana Silva", "Tom Reid"], "display_name"), (["Y", "N"], "profile.willing_to")])
def test_a_mentor_column_is_the_name_when_its_cells_are_names(kb, tmp_path, cells, field):
    found = _mapping(kb, tmp_path, "person", [
        ["Mentor", "Role", "Email"],
        [cells[0], "Consultant", "ana.silva@x.nhs.uk"],
        [cells[1], "Charge nurse", "tom.reid@x.nhs.uk"]])
    assert found["Mentor"] == field
