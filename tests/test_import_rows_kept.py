"""Rows a person would call good come in, whatever else is wrong with them, and every other
row is named (issue 15, the eighth blind corpus): a mistyped value in an optional field is
left out with a warning rather than refusing the row; a leaver's date in a "Still with us?"
answer; words that name nobody in a person cell; a leaver's mark against a stale status;
vacant posts; retyped duplicates; totals rows.

The wording is invented, in the styles of research registers, Jira exports, ESR extracts and
ideas logs, to test the rules rather than one corpus's cells."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import kmcore
from kmcore.io.cells import leaver_cell
from kmcore.io.importer import import_file


@pytest.fixture
def kb(tmp_path: Path) -> kmcore.KnowledgeBase:
    return kmcore.init(tmp_path / "kb", name="Test KB", organisation="Test Trust")


def _people(kb: kmcore.KnowledgeBase) -> dict[str, kmcore.Record]:
    return {p.display_name: p for p in kb.records("person")}


REGISTER = ("Name,Job title,ORCID iD,Email,Research interests\n"
            "Ana Ruiz,Physiotherapist,0000-0002-1825-0098,ana.ruiz@nhs.net,Falls\n"
            "Ben Hale,Nurse,https://orcid.org/0000-0002-1825-0097,ben.hale@nhs,Sepsis\n"
            "Cy Moor,Pharmacist,0000-0002-1825-0097,cy.moor@nhs.net,Deprescribing\n"
            ",Dietitian,0000-0002-1825-0098,,Nutrition\n")


def test_a_mistyped_optional_value_is_left_out_with_a_warning_not_the_row(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    path.write_text(REGISTER, encoding="utf-8")
    result = import_file(kb, path, "person")
    people = _people(kb)
    assert set(people) == {"Ana Ruiz", "Ben Hale", "Cy Moor"}
    assert people["Ana Ruiz"].orcid is None and people["Ana Ruiz"].work_email == (
        "ana.ruiz@nhs.net")
    assert people["Ben Hale"].work_email == "" and people["Ben Hale"].orcid == (
        "https://orcid.org/0000-0002-1825-0097")
    assert people["Cy Moor"].orcid == "0000-0002-1825-0097"
    warned = {(p.row, p.column, p.value) for p in result.problems if p.severity == "warning"}
    assert (2, "ORCID iD", "0000-0002-1825-0098") in warned
    assert (3, "Email", "ben.hale@nhs") in warned
    said = next(p for p in result.problems if p.row == 2 and p.column == "ORCID iD")
    assert "check character" in said.reason and "left out" in said.reason
    # a required field is still required: the row with no name is refused, and named
    assert any(p.row == 5 and p.severity == "error" for p in result.problems)


def test_strict_still_refuses_a_mistyped_optional_value(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    path.write_text(REGISTER, encoding="utf-8")
    result = import_file(kb, path, "person", strict=True)
    assert any(p.row == 2 and p.column == "ORCID iD" and p.severity == "error"
               for p in result.problems)
    assert "Ana Ruiz" not in _people(kb)


def test_a_leaver_with_no_date_comes_in_flagged_for_the_date(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "faculty.csv"
    path.write_text("Name,Role,Status\nAna Ruiz (left),Nurse,\nBen Hale,Nurse,Left\n",
                    encoding="utf-8")
    result = import_file(kb, path, "person")
    people = _people(kb)
    for name in ("Ana Ruiz", "Ben Hale"):
        assert people[name].employment_status.value == "left"
        assert people[name].left_on is None
        assert any(item.startswith("left_on") for item in people[name].to_complete)
    assert not [p for p in result.problems if p.severity == "error"]


@pytest.mark.parametrize(("cell", "when"), [
    ("No \u2013 left for Leeds (Jan 2024)", dt.date(2024, 1, 1)),
    ("No - left Aug 2023", dt.date(2023, 8, 1)),
    ("no: retired 31/03/2024", dt.date(2024, 3, 31)),
])
def test_a_still_with_us_answer_no_then_the_leaving_note(cell: str, when: dt.date) -> None:
    assert leaver_cell(cell) == (when,)


@pytest.mark.parametrize("cell", ["No", "No - on secondment", "Yes (mat leave till May)"])
def test_a_still_with_us_answer_without_leaving_is_no_leaver(cell: str) -> None:
    assert leaver_cell(cell) is None


def test_the_header_pasted_again_in_a_staff_list_with_name_parts_is_named(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "skills.csv"
    head = "Forename,Surname,Role,Email address\n"
    path.write_text(head + "Ana,Ruiz,Nurse,ana.ruiz@nhs.net\n" + head
                    + "Ben,Hale,Porter,ben.hale@nhs.net\n", encoding="utf-8")
    result = import_file(kb, path, "person")
    assert set(_people(kb)) == {"Ana Ruiz", "Ben Hale"}
    assert any(p.row == 3 and "header row again" in p.reason for p in result.problems)


@pytest.mark.parametrize("cell", ["Unassigned", "TBC", "tba", "nobody", "None", "n/a", "-",
                                  "(vacant)", "Not assigned", "To be appointed"])
def test_words_that_name_nobody_make_no_person(cell: str) -> None:
    from kmcore.io.cells import names_nobody

    assert names_nobody(cell)


@pytest.mark.parametrize("cell", ["Una Signoretti", "Nia Noone", "Tobias Bc", "Ann Lee"])
def test_names_are_not_taken_for_nobody(cell: str) -> None:
    from kmcore.io.cells import names_nobody

    assert not names_nobody(cell)


def test_an_unassigned_issue_has_no_lead_and_makes_no_person(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "jira.csv"
    path.write_text("Issue key,Summary,Assignee,Status\n"
                    "RX-1,Insulin passport,Ann Lee,In Progress\n"
                    "RX-2,Opioid stewardship,Unassigned,In Progress\n"
                    "RX-3,Antibiotic timeouts,TBC,In Progress\n", encoding="utf-8")
    result = import_file(kb, path, "innovation", create_people=True, overrides={
        "Issue key": "key", "Summary": "title", "Assignee": "lead", "Status": "stage"})
    assert {p.display_name for p in kb.records("person")} == {"Ann Lee"}
    leads = {i.title: i.lead for i in kb.records("innovation")}
    assert not leads["Opioid stewardship"] and not leads["Antibiotic timeouts"]
    assert not any("group or a role" in p.reason for p in result.problems)


def test_a_leavers_mark_or_a_past_leaving_date_wins_over_a_stale_active_status(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "esr.csv"
    path.write_text("Full Name,Assignment Status,Position Title,Actual Termination Date\n"
                    '"Price, Ms Amanda (LEAVER)",Active Assignment,Coordinator,14/11/2024\n'
                    '"Hale, Mr Ben",Active Assignment,Porter,01/02/2024\n'
                    '"Lee, Ms Ann (leaver)",Active Assignment,Nurse,\n'
                    '"Moor, Mr Cy",Active Assignment,Nurse,\n'
                    '"Ruiz, Ms Ana",Active Assignment,Nurse,31/12/2099\n', encoding="utf-8")
    import_file(kb, path, "person", overrides={"Assignment Status": "employment_status"})
    people = {p.display_name: (p.employment_status.value, p.left_on)
              for p in kb.records("person")}
    assert people == {"Amanda Price": ("left", dt.date(2024, 11, 14)),
                      "Ben Hale": ("left", dt.date(2024, 2, 1)),
                      "Ann Lee": ("left", None),
                      "Cy Moor": ("current", None),
                      "Ana Ruiz": ("current", dt.date(2099, 12, 31))}


def test_vacant_posts_in_a_staff_list_are_named_not_people(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "staff.csv"
    path.write_text("Name,Role,Team\n"
                    "Ann Lee,Nurse,Ward 1\n"
                    "Research Fellow \u2013 VACANT (starts Apr),Research Fellow,R&D\n"
                    "Vacant post,Nurse,Ward 2\n"
                    "Band 6 nurse (vacancy),Nurse,Ward 3\n"
                    "post vacant \u2013 recruiting,Porter,Estates\n", encoding="utf-8")
    result = import_file(kb, path, "person")
    assert {p.display_name for p in kb.records("person")} == {"Ann Lee"}
    named = {p.row for p in result.problems if "vacant post" in p.reason}
    assert named == {3, 4, 5, 6}


def test_a_vacant_word_in_a_project_title_is_still_a_project(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_text("Idea,Lead,Status\nReducing vacant bed days,Ann Lee,Pilot\n",
                    encoding="utf-8")
    import_file(kb, path, "innovation", create_people=True)
    assert [i.title for i in kb.records("innovation")] == ["Reducing vacant bed days"]


def _ideas_box(path: Path, *, note: str | None) -> Path:
    import openpyxl
    from openpyxl.comments import Comment

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Ideas"
    sheet.append(["Idea #", "Idea", "Champion", "Progress", "£ saved / yr"])
    sheet.append(["IB-01", "Reusable sharps bins", "Sister Megan Doyle", "Trial", 500])
    sheet.append(["IB-02", "Paperless clinic letters", "Raj Malhotra", "Live", 6000])
    sheet.append(["IB-03", "Reusable sharps containers", "Megan Doyle", "trial", None])
    sheet.append([None, None, None, None, None])
    sheet.append(["Ideas received", "=COUNTA(A2:A4)", None, "Total saved \u2192",
                  "=SUM(E2:E4)"])
    if note is not None:
        sheet["A4"].comment = Comment(note, "KB")
    book.save(path)
    return path


MAPPING = {"Idea #": "key", "Idea": "title", "Champion": "lead", "Progress": "stage"}


def test_a_note_on_a_cell_naming_the_entry_a_row_repeats_names_it_a_duplicate(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = _ideas_box(tmp_path / "ideas.xlsx", note="Same as IB-1? \u2013 KB")
    result = import_file(kb, path, "innovation", create_people=True, overrides=MAPPING)
    assert sorted(i.title for i in kb.records("innovation")) == [
        "Paperless clinic letters", "Reusable sharps bins"]
    said = next(p for p in result.problems if p.row == 4)
    assert said.severity == "error" and "repeats row 2" in said.reason
    assert "Same as IB-1?" in said.reason


def test_without_the_note_a_like_titled_entry_is_its_own(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = _ideas_box(tmp_path / "ideas.xlsx", note="Follows on from IB-01")
    import_file(kb, path, "innovation", create_people=True, overrides=MAPPING)
    assert len(list(kb.records("innovation"))) == 3


def test_a_totals_row_without_a_title_is_named_a_total(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = _ideas_box(tmp_path / "ideas.xlsx", note=None)
    result = import_file(kb, path, "innovation", create_people=True, overrides=MAPPING)
    assert [p.reason for p in result.problems if p.row == 6] == [
        "a totals row: not a record"]


@pytest.mark.parametrize(("note", "keys"), [
    ("Same as GI-03?", ["gi3"]), ("dup of INN-004", ["inn4"]),
    ("duplicate - see MEDOPT-112", ["medopt112"]), ("Same as before", []),
    ("Builds on GI-03", []), ("same idea as QI 6", ["qi6"]),
])
def test_the_keys_a_note_names_as_repeated(note: str, keys: list[str]) -> None:
    from kmcore.io.twins import repeated_keys

    assert repeated_keys([note]) == keys


@pytest.mark.parametrize(("cells", "title", "total"), [
    ({"Ref": "Ideas received", "Status": "Total saved \u2192"}, "Ideas received", True),
    ({"Ref": "GI-20", "Status": "Grand total:"}, "Walking meetings", True),
    ({"Ref": "GI-21", "Dept": "Total hip replacement pathway"}, "Enhanced recovery", False),
])
def test_totals_rows_by_their_labels(cells: dict[str, str], title: str, total: bool) -> None:
    from kmcore.io.cells import not_a_record

    said = not_a_record({**cells, "Idea": title}, [*cells, "Idea"], title)
    assert (said == "a totals row: not a record") is total


def test_a_note_naming_an_earlier_code_taken_for_the_title_still_names_the_repeat(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    # the preview may take the "Idea #" column for the title: "GI-01" is then the title
    path = _ideas_box(tmp_path / "ideas.xlsx", note="Same as IB-01?")
    result = import_file(kb, path, "innovation", create_people=True, overrides={
        "Idea #": "title", "Idea": "description", "Champion": "lead", "Progress": "stage"})
    assert any(p.row == 4 and "repeats row 2" in p.reason for p in result.problems)


def test_a_changed_row_of_a_record_waiting_to_be_completed_updates_it(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    # an evaluated project with no outcome comes in flagged; its row edited in the log and
    # imported again updates it, still flagged, instead of being refused (D1304)
    path = tmp_path / "log.csv"
    header = "Ref,Innovation,Description,Status,Lead\n"
    path.write_text(header + "R-3,Mobile ECG,Handheld ECG in pharmacies,Evaluation complete,"
                    "Amira Haddad\n", encoding="utf-8")
    import_file(kb, path, "innovation")
    path.write_text(header + "R-3,Mobile ECG,Handheld ECG in pharmacies and GP surgeries,"
                    "Evaluation complete,Amira Haddad\n", encoding="utf-8")
    again = import_file(kb, path, "innovation")
    assert again.counts["update"] == 1 and not again.problems, [
        p.text() for p in again.problems]
    [record] = kb.records("innovation")
    assert record.description == "Handheld ECG in pharmacies and GP surgeries"
    assert any(flag.startswith("outcomes") for flag in record.to_complete)
