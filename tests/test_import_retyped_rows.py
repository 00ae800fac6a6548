"""Rows a log or staff list holds that are not what they seem, and the preview showing what
was read (issue 15, after the fourth held-out corpus): an entry typed again in other words
under a new reference, test entries labelled only by their title, leavers and e-mails
written into the name cell, a role in brackets or a surname-first name among several people,
a column of the places a project runs in, and status sentences that deny or defer a stage.

The wording is invented, in the styles trusts' logs and staff lists use, so that it tests
the rules rather than one corpus's cells."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kmcore
from clihelp import run_cli
from kmcore.io.areas import split_areas
from kmcore.io.cells import name_cell_leaver, not_a_record
from kmcore.io.importer import import_file
from kmcore.io.people import split_people
from kmcore.io.values import ValueMatcher
from kmcore.records.innovation import Stage


@pytest.fixture
def kb(tmp_path: Path) -> kmcore.KnowledgeBase:
    return kmcore.init(tmp_path / "kb", name="Test KB", organisation="Test Trust")


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _errors(result: object) -> dict[int, str]:
    return {p.row: p.reason for p in result.problems  # type: ignore[attr-defined]
            if p.severity == "error"}


# --- an entry typed again in other words --------------------------------------------------

LOG = ("Ref,Project,Lead,Lead email,Started,Status\n"
       "K-01,Bedside handover board,Dr Ivo Marsh,ivo.marsh@kv.nhs.uk,14/03/2022,Live\n"
       "K-02,Bladder scanner loan,Joan Platt,,2021,Live\n"
       "{row4}\n")


@pytest.mark.parametrize("row4", [
    # the same lead, the same start, the title's words all in the first one's
    "K-09,Bedside handover boards (surgical wards),Ivo Marsh,,14/03/2022,Live",
    "K-09,Handover board - bedside,Ivo Marsh (Consultant),ivo.marsh@kv.nhs.uk,2022,Live",
])
def test_an_entry_retyped_in_other_words_is_named_as_a_repeat(
        kb: kmcore.KnowledgeBase, tmp_path: Path, row4: str) -> None:
    path = _write(tmp_path, "log.csv", LOG.format(row4=row4))
    result = import_file(kb, path, "innovation")
    assert "repeats row 2" in _errors(result).get(4, ""), result.problems
    assert len(list(kb.records("innovation"))) == 2


@pytest.mark.parametrize("row4", [
    # another year: the idea started again in other words is another project (the same
    # title and lead are one entry whatever the year: the older rule)
    "K-09,Handover board - bedside,Ivo Marsh,,2024,Live",
    # another lead
    "K-09,Bedside handover board,Joan Platt,,14/03/2022,Live",
    # a title that says more than the other (two words more: one may be a retyped note)
    "K-09,Bedside handover board for relatives and carers,Ivo Marsh,,14/03/2022,Live",
])
def test_a_like_entry_that_differs_in_year_lead_or_words_is_imported(
        kb: kmcore.KnowledgeBase, tmp_path: Path, row4: str) -> None:
    path = _write(tmp_path, "log.csv", LOG.format(row4=row4))
    result = import_file(kb, path, "innovation")
    assert 4 not in _errors(result), result.problems
    assert len(list(kb.records("innovation"))) == 3


def test_a_retyped_entry_stays_named_when_the_file_is_imported_again(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    """The first row comes back unchanged from the import ledger on a re-import: the
    repeat must still be found against it."""
    row4 = "K-09,Bedside handover boards (surgical wards),Ivo Marsh,,14/03/2022,Live"
    path = _write(tmp_path, "log.csv", LOG.format(row4=row4))
    import_file(kb, path, "innovation")
    again = import_file(kb, path, "innovation")
    assert "repeats row 2" in _errors(again).get(4, ""), again.problems
    assert len(list(kb.records("innovation"))) == 2


# --- test entries ---------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Test, Test", "TEST - please ignore", "Test \u2013 keep (used for the newsletter merge)",
    "test user", "xx / TEST"])
def test_a_title_of_nothing_but_test_words_is_a_test_entry(title: str) -> None:
    why = not_a_record({"Name": title, "Role": "Porter"}, ["Name", "Role"], title)
    assert why is not None and "test entry" in why


@pytest.mark.parametrize("title", [
    "Test of change: hydration rounds", "Testing kit for sepsis", "Test results app",
    "Bladder scanner test"])
def test_a_real_title_with_the_word_test_is_kept(title: str) -> None:
    assert not_a_record({"Title": title, "Lead": "Ann Bell"}, ["Title", "Lead"], title) is None


# --- the name cell: leavers, e-mails, several people -----------------------------------------

@pytest.mark.parametrize(("cell", "name", "when"), [
    ("RETIRED - Joan Platt", "Joan Platt", None),
    ("Ivo Marsh (left Feb 23)", "Ivo Marsh", "2023-02-01"),
    ("Sunita Rao (retired May 2025)", "Sunita Rao", "2025-05-01"),
    ("Cai Roberts [leaver]", "Cai Roberts", None),
])
def test_a_name_cell_that_says_its_person_left(cell: str, name: str, when: str | None) -> None:
    found = name_cell_leaver(cell)
    assert found is not None and found[0] == name
    assert (found[1].isoformat() if found[1] else None) == when


@pytest.mark.parametrize("cell", ["Ann Left", "Tom Leftwich (ANP)", "Jo Ode - left wing"])
def test_a_name_that_only_holds_the_word_is_no_leaver(cell: str) -> None:
    assert name_cell_leaver(cell) is None


def test_leavers_and_e_mails_in_the_name_cell_come_in_and_show_in_the_preview(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = _write(tmp_path, "staff.csv",
                  "Name,Job title,Email\n"
                  "RETIRED - Joan Platt,Ward Clerk,joan.platt@kv.nhs.uk\n"
                  "Ivo Marsh (left Feb 23),Porter,\n"
                  "Nia Hale \u2013 nia.hale@kv.nhs.uk,Pharmacist,\n"
                  "Ben Osei,Porter,ben.osei@kv.nhs.uk\n")
    result = import_file(kb, path, "person")
    people = {p.display_name: p for p in kb.records("person")}
    assert set(people) == {"Joan Platt", "Ivo Marsh", "Nia Hale", "Ben Osei"}
    assert str(people["Joan Platt"].employment_status.value) == "left"
    assert str(people["Ivo Marsh"].employment_status.value) == "left"
    assert people["Ivo Marsh"].left_on.isoformat() == "2023-02-01"
    assert str(people["Ben Osei"].employment_status.value) != "left"
    assert people["Nia Hale"].work_email == "nia.hale@kv.nhs.uk"
    shown = result.values["employment_status"]
    assert shown["Ivo Marsh (left Feb 23)"].choice.value == "left"
    assert "'Name'" in shown["Ivo Marsh (left Feb 23)"].choice.detail
    assert "2023-02-01" in shown["Ivo Marsh (left Feb 23)"].choice.detail
    assert shown["RETIRED - Joan Platt"].count == 1


@pytest.mark.parametrize(("cell", "people"), [
    ("Sam Ode (Charge Nurse, Ward 5 and Ward 6)", ["Sam Ode"]),
    ("Pike, Aaron & Jo Whitfield", ["Pike, Aaron", "Jo Whitfield"]),
    ("Jo Whitfield / Pike, Aaron", ["Jo Whitfield", "Pike, Aaron"]),
    ("Dr A Brennan (a.brennan@kv.nhs.uk)", ["Dr A Brennan (a.brennan@kv.nhs.uk)"]),
    ("Okafor, Chidi (Kestrel and Vale NHS Trust)", ["Okafor, Chidi"]),
])
def test_people_cells_with_bracketed_roles_and_surname_first_names(
        cell: str, people: list[str]) -> None:
    assert split_people(cell) == people


# --- expertise ------------------------------------------------------------------------------

@pytest.mark.parametrize(("cell", "areas"), [
    ("Splinting & bracing; gait", ["Splinting & bracing", "gait"]),
    ("Suturing and dressing", ["Suturing", "dressing"]),
    ("Wound dressing & casting", ["Wound dressing", "casting"]),
])
def test_two_bare_ing_words_tied_by_an_ampersand_are_one_area(
        cell: str, areas: list[str]) -> None:
    assert split_areas(cell).areas == areas


# --- status sentences ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "stage"), [
    ("Proposal \u2013 not yet piloted", "idea"),
    ("Kit ordered \u2013 then pilot on Ward 4", "planning"),
    ("Live on Ward 4, gathering data for the evaluation", "implemented"),
    ("Piloted then rolled out to all wards", "spreading"),
    # waiting for a decision undoes nothing done; waiting alone says where it is
    ("Funding bid submitted - awaiting panel in May", "planning"),
    ("Running on Ward 2 - awaiting funding to extend", "implemented"),
    ("Awaiting panel", "idea"),
    ("Trialled on Ward 4 - awaiting evaluation", "implemented"),
])
def test_status_sentences_that_deny_or_defer_a_stage(text: str, stage: str) -> None:
    choice = ValueMatcher(Stage).match(text)
    assert choice.value == stage, choice


# --- where a project runs, and who took it up -------------------------------------------------

ADOPTION = ("Ref,Title,Service,Status,{header}\n"
            "P1,Dysphagia placemats,Speech and Language Therapy,Evaluation complete,{cell}\n")


@pytest.mark.parametrize(("header", "cell", "stage"), [
    # the places inside the trust where it runs
    ("Wards using it", "Ash; Elm", "evaluated"),
    ("Adopted by (sites)", "North site", "evaluated"),
    # the record's own team
    ("Adopted by", "SLT; Speech and Language Therapy North", "evaluated"),
    # another organisation
    ("Adopted by", "Vale Community Health NHS Trust", "spreading"),
])
def test_only_adopters_outside_the_team_make_a_live_project_spreading(
        kb: kmcore.KnowledgeBase, tmp_path: Path, header: str, cell: str, stage: str) -> None:
    path = _write(tmp_path, "log.csv", ADOPTION.format(header=header, cell=cell))
    result = import_file(kb, path, "innovation",
                         overrides={header: "adoption.adopted_by"})
    assert not _errors(result), result.problems
    (record,) = kb.records("innovation")
    assert str(record.stage.value) == stage


def test_a_lists_created_by_column_is_bookkeeping(kb: kmcore.KnowledgeBase,
                                                  tmp_path: Path) -> None:
    path = _write(tmp_path, "export.csv",
                  "ID,Title,Status,Created,Created By,Modified By\n"
                  "4,Dysphagia placemats,Live,01/02/2024 09:00,\"Hale, Nia\",\"Hale, Nia\"\n")
    result = import_file(kb, path, "innovation", dry_run=True)
    fields = {cm.header: cm.field for cm in result.mapping.columns}
    assert fields["Created By"] == "" and fields["Created"] == ""


# --- kmcore types TYPE: the hint the preview gives for values ----------------------------------

def test_types_with_a_type_lists_its_fields_and_choice_values(tmp_path: Path) -> None:
    run_cli(["init", str(tmp_path / "kb"), "--name", "T", "--organisation", "T"])
    shown = run_cli(["--kb", str(tmp_path / "kb"), "types", "innovation"])
    assert shown.code == 0, shown.err
    stage = next(line for line in shown.out.splitlines() if line.startswith("stage "))
    assert "idea" in stage and "spreading" in stage and "stopped" in stage
    as_json = run_cli(["--kb", str(tmp_path / "kb"), "types", "person", "--json"])
    fields = {f["field"]: f for f in json.loads(as_json.out)}
    assert "be_contacted" in fields["profile.willing_to"]["values"]
    assert fields["employment_status"]["values"] == ["current", "left", "unknown"]
    unknown = run_cli(["--kb", str(tmp_path / "kb"), "types", "widget"])
    assert unknown.code == 1 and "widget" in unknown.err


def test_a_row_struck_through_in_excel_is_a_leaver(kb: kmcore.KnowledgeBase,
                                                   tmp_path: Path) -> None:
    """Some lists strike a leaver's row through rather than saying so; the date, when a
    cell gives one, still comes from it."""
    import openpyxl
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "Role", "Notes"])
    sheet.append(["Cai Roberts", "Porter", ""])
    sheet.append(["Nia Hale", "Pharmacist", "Finished 31/01/2025"])
    sheet.append(["Ben Osei", "Porter", "Leaver 28/02/2025"])
    for row in (3, 4):
        for cell in sheet[row]:
            cell.font = Font(strike=True)
    path = tmp_path / "list.xlsx"
    book.save(path)
    result = import_file(kb, path, "person")
    people = {p.display_name: p for p in kb.records("person")}
    assert str(people["Cai Roberts"].employment_status.value) != "left"
    assert str(people["Nia Hale"].employment_status.value) == "left"
    assert str(people["Ben Osei"].employment_status.value) == "left"
    assert people["Ben Osei"].left_on.isoformat() == "2025-02-28"
    shown = result.values["employment_status"]
    assert "struck through in 'Name'" in shown["Nia Hale"].choice.detail


# --- the same entry again, its lead remembered less fully or its row saying so -------------

@pytest.mark.parametrize("row4", [
    # the lead by initial and surname, without the e-mail: the same title
    "K-09,Bedside handover board,Dr I Marsh,,2022,Live",
    # ... and the title retyped with a dash: the same start
    "K-09,Bedside Handover Board - surgical,I. Marsh,,14/03/2022,Live",
    # someone else typed it in again, and the row says it is a repeat
    "K-09,Bedside handover board,Joan Platt,,,duplicate - see K-01",
    "K-09,Bedside handover board,Joan Platt,,,Entered twice",
])
def test_the_same_entry_again_by_initial_or_saying_it_is_a_repeat(
        kb: kmcore.KnowledgeBase, tmp_path: Path, row4: str) -> None:
    path = _write(tmp_path, "log.csv", LOG.format(row4=row4))
    result = import_file(kb, path, "innovation")
    assert "repeats row 2" in _errors(result).get(4, ""), result.problems
    assert len(list(kb.records("innovation"))) == 2
    again = import_file(kb, path, "innovation")  # the first row from the ledger
    assert "repeats row 2" in _errors(again).get(4, ""), again.problems


@pytest.mark.parametrize("row4", [
    # another person of the surname (another initial)
    "K-09,Bedside handover board,Dr A Marsh,,2022,Live",
    # another lead's entry of the same title, not said to be a repeat
    "K-09,Bedside handover board,Joan Platt,,,Live on ward 4",
    # said to be a duplicate, but of nothing with its title
    "K-09,Pharmacy hatch queue tickets,Joan Platt,,,dup of K-03",
])
def test_a_like_entry_by_another_person_or_not_said_to_repeat_is_imported(
        kb: kmcore.KnowledgeBase, tmp_path: Path, row4: str) -> None:
    path = _write(tmp_path, "log.csv", LOG.format(row4=row4))
    result = import_file(kb, path, "innovation")
    assert 4 not in _errors(result), result.problems
    assert len(list(kb.records("innovation"))) == 3


# --- an entry made again "for more of the same", saying it is a duplicate -------------------

@pytest.mark.parametrize(("row4", "repeat"), [
    # another lead and year, the first title with a note in brackets, and a note saying so
    ("K-09,Bladder scanner loan (second scanner),Amir Vance,,2024,Duplicate - merge", True),
    ("K-09,Bladder scanner loan [relaunch],Joan Platt,,2023,dup of the 2021 one?", True),
    # the same bracketed title without a word of repeating: a project of its own
    ("K-09,Bladder scanner loan (second scanner),Amir Vance,,2024,Live", False),
])
def test_a_bracketed_retitle_saying_it_is_a_duplicate_is_named(
        kb: kmcore.KnowledgeBase, tmp_path: Path, row4: str, repeat: bool) -> None:
    path = _write(tmp_path, "log.csv", LOG.format(row4=row4))
    result = import_file(kb, path, "innovation")
    assert ("repeats row 3" in _errors(result).get(4, "")) == repeat, result.problems
    assert len(list(kb.records("innovation"))) == (2 if repeat else 3)


def test_a_row_left_out_gives_no_e_mail_to_a_lead_an_earlier_row_named(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = _write(tmp_path, "log.csv",
                  "Ref,Project,Lead,Lead email,Started,Status\n"
                  "K-01,Tea round for carers,Nell Ormond,,2021,Live\n"
                  "K-02,Tea round for carers,Nell Ormond,nell.ormond@kv.nhs.uk,2021,Live\n"
                  "K-03,Quiet hour,Ivo Marsh,,2022,Live\n")
    result = import_file(kb, path, "innovation")
    assert "repeats row 2" in _errors(result).get(3, ""), result.problems
    [nell] = [p for p in kb.records("person") if p.display_name == "Nell Ormond"]
    assert not nell.work_email


# --- a repeat the row's own note names, the key first (D1504) ------------------------------

@pytest.mark.parametrize(("note", "repeat"), [
    ("see K-01 \u2013 same project, logged twice", True),
    ("K-01: same idea", True),
    ("see K-01 (entered again)", True),
    # the key beside "same project" that goes on to name something else is no repeat
    ("see K-01, same project lead", False),
    ("Phase 2 of K-01, same project board", False),
])
def test_a_note_naming_the_key_then_saying_it_is_the_same_work(
        kb: kmcore.KnowledgeBase, tmp_path: Path, note: str, repeat: bool) -> None:
    path = _write(tmp_path, "log.csv", LOG.format(
        row4=f"K-09,Handover whiteboards by the bed,Ivo Marsh,,2024,{note}"))
    result = import_file(kb, path, "innovation")
    assert ("repeats row 2" in _errors(result).get(4, "")) is repeat, result.problems
