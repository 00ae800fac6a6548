"""Staff lists' leavers and skills matrices as people write them: a leaving month with a
two-digit year ("LEFT 09/23", "left 9/23", "leaver 09.2023") wherever the list says it, a
"yes" before the leaving note in a "Leaver?" column, and the words of a tick matrix that mean
a person has the skill or does not have it yet (issue 15).

The wording is invented, in the styles of ward link-nurse matrices and network directories,
to test the rules rather than one corpus's cells."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import kmcore
from kmcore.io.cells import leaver_cell, name_cell_leaver
from kmcore.io.importer import import_file


@pytest.fixture
def kb(tmp_path: Path) -> kmcore.KnowledgeBase:
    return kmcore.init(tmp_path / "kb", name="Test KB", organisation="Test Trust")


@pytest.mark.parametrize(("cell", "name", "when"), [
    ("Tom Reyes - LEFT 09/23", "Tom Reyes", dt.date(2023, 9, 1)),
    ("Tom Reyes \u2013 left 9/23", "Tom Reyes", dt.date(2023, 9, 1)),
    ("Reyes, Tom - Left Sep-23", "Reyes, Tom", dt.date(2023, 9, 1)),
    ("Tom Reyes (leaver 09.2023)", "Tom Reyes", dt.date(2023, 9, 1)),
    ("Tom Reyes (left 09.23)", "Tom Reyes", dt.date(2023, 9, 1)),
    ("Tom Reyes - leaver", "Tom Reyes", None),
    ("Tom Reyes *LEFT 09/23*", "Tom Reyes", dt.date(2023, 9, 1)),
    ("Reyes *leaver*, Tom", "Reyes, Tom", None),
])
def test_a_name_cell_gives_the_leaving_month_with_a_two_digit_year(
        cell: str, name: str, when: dt.date | None) -> None:
    assert name_cell_leaver(cell) == (name, when)


@pytest.mark.parametrize("cell", ["Tom Reyes - left side of ward", "Tom Reyes", "Tom Left"])
def test_a_name_cell_without_a_leaving_note_is_no_leaver(cell: str) -> None:
    assert name_cell_leaver(cell) is None


@pytest.mark.parametrize(("cell", "when"), [
    ("Yes \u2013 left Oct 2023", dt.date(2023, 10, 1)),
    ("yes - leaver 10/23", dt.date(2023, 10, 1)),
    ("Y (left 10.2023)", dt.date(2023, 10, 1)),
    ("leaver 10.2023", dt.date(2023, 10, 1)),
    ("left in autumn 2023", dt.date(2023, 9, 1)),
    ("Yes, left", None),
])
def test_a_leaver_column_answered_yes_then_when(cell: str, when: dt.date | None) -> None:
    assert leaver_cell(cell) == (when,)


@pytest.mark.parametrize("cell", ["Yes", "Yesterday", "No \u2013 on a career break",
                                  "Yes - job share"])
def test_a_yes_alone_or_another_note_says_no_leaving_date(cell: str) -> None:
    assert leaver_cell(cell) is None


def test_a_staff_list_imports_the_two_digit_year_leaving_month(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "directory.csv"
    path.write_text("Name,Job title,Leaver?,Interests\n"
                    "Tom Reyes - LEFT 09/23,Porter,,Patient transport\n"
                    "Ada Quinn,Librarian,Yes - left Oct 2023,Literature searching\n"
                    "Cy Moor,Librarian,No,Current awareness\n"
                    "Ivy Cole *LEFT 05/23*,Porter,,Portering\n", encoding="utf-8")
    import_file(kb, path, "person")
    people = {p.display_name: (p.employment_status.value, p.left_on)
              for p in kb.records("person")}
    assert people == {"Tom Reyes": ("left", dt.date(2023, 9, 1)),
                      "Ada Quinn": ("left", dt.date(2023, 10, 1)),
                      "Cy Moor": ("current", None),
                      "Ivy Cole": ("left", dt.date(2023, 5, 1))}


@pytest.mark.parametrize(("cell", "area"), [
    ("\u2714", "Falls prevention"), ("x", "Falls prevention"), ("Yes", "Falls prevention"),
    ("Level 3", "Falls prevention"), ("Lead", "Falls prevention"),
    ("Trained 11/22", "Falls prevention"), ("\u2713 (2021)", "Falls prevention"),
    ("Working towards", None), ("in training", None), ("Training", None),
    ("Booked on course", None), ("planned 2025", None), ("Expired 01/23", None),
    ("Not yet", None), ("No", None), ("0", None), ("-", None),
])
def test_a_tick_matrix_cell_has_the_skill_or_not_yet(cell: str, area: str | None) -> None:
    from kmcore.io.parts import area_in_header

    assert area_in_header("Falls prevention", cell) == area


def test_a_not_yet_word_in_the_expertise_column_itself_is_left_to_the_area_reader() -> None:
    from kmcore.io.parts import area_in_header

    # under "Special interests" the cell names its own areas: only a plain no is none
    assert area_in_header("Special interests", "Training needs analysis") == (
        "Training needs analysis")


def test_a_skills_matrix_person_in_training_has_no_expertise_in_it(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "matrix.csv"
    path.write_text("Name,Falls prevention,Delirium,Special interests\n"
                    "Ana Ruiz,Working towards,\u2714,Frailty\n"
                    "Ben Hale,Lead,booked,\n", encoding="utf-8")
    import_file(kb, path, "person", overrides={"Falls prevention": "profile.expertise",
                                               "Delirium": "profile.expertise"})
    areas = {p.display_name: [e.concept.label for e in p.profile.expertise]
             for p in kb.records("person") if p.profile}
    assert areas == {"Ana Ruiz": ["Delirium", "Frailty"], "Ben Hale": ["Falls prevention"]}


@pytest.mark.parametrize(("cell", "area"), [
    # a tick or a yes with a note after it
    ("Y (2021)", "Falls prevention"), ("yes - refresher due", "Falls prevention"),
    ("x 2020", "Falls prevention"), ("Yes, lead", "Falls prevention"),
    # a date alone: when they trained
    ("11/2022", "Falls prevention"), ("Feb-22", "Falls prevention"),
    # a tick whose note says it lapsed or is not done yet
    ("Y (lapsed)", None), ("Yes - working towards", None), ("\u2714 (expired 2022)", None),
    # words that only begin like a yes are the cell's own
    ("Yoga for staff", "Yoga for staff"),
])
def test_a_tick_with_a_note_or_a_date(cell: str, area: str | None) -> None:
    from kmcore.io.parts import area_in_header

    assert area_in_header("Falls prevention", cell) == area


@pytest.mark.parametrize(("cell", "when"), [
    # the date, then a note set off by a dash or bracket
    ("Left the organisation 30/09/2024 \u2013 post to be advertised", dt.date(2024, 9, 30)),
    ("retired 12/2022 (came back as bank)", dt.date(2022, 12, 1)),
    # the whole note starred to stand out
    ("*** left \u2013 gone to Bristol Nov-23 ***", dt.date(2023, 11, 1)),
    ("**Retired Feb 2022**", dt.date(2022, 2, 1)),
])
def test_a_notes_cell_says_when_its_person_left_before_or_within_a_note(
        cell: str, when: dt.date) -> None:
    assert leaver_cell(cell) == (when,)


@pytest.mark.parametrize("cell", ["Left knee clinic 2023 - Tuesdays",
                                  "Left side 2022 (bay 3)"])
def test_a_date_and_a_note_after_other_words_do_not_make_a_leaver(cell: str) -> None:
    assert leaver_cell(cell) is None


def test_a_job_title_marked_left_then_retired_gives_the_date() -> None:
    from kmcore.io.cells import left_note

    assert left_note("Senior Dietitian (LEFT \u2013 retired 31/05/2022)") == (
        "Senior Dietitian", dt.date(2022, 5, 31))
    assert left_note("Porter (left - moved on)") == ("Porter", None)


def test_a_job_saying_left_wins_over_a_status_still_saying_active(tmp_path: Path) -> None:
    kb = kmcore.init(tmp_path / "kb", name="Test KB", organisation="Test Trust")
    path = tmp_path / "champions.csv"
    path.write_text("Champion name,Role,Email,Status\n"
                    "Jo Whitfield,Band 6 OT (left Jan 24),jo.w@t.nhs.uk,Active\n"
                    "Al Bryce,Porter,al.bryce@t.nhs.uk,Active\n", encoding="utf-8")
    import_file(kb, path, "person")
    people = {p.display_name: (p.job_title, p.employment_status, p.left_on)
              for p in kb.records("person")}
    assert people["Jo Whitfield"] == ("Band 6 OT", "left", dt.date(2024, 1, 1))
    assert people["Al Bryce"][1] == "current"

@pytest.mark.parametrize(("cell", "name"), [
    # a directory's sort-to-the-bottom z's before a name that also carries a leaver's note
    # (D1453)
    ("zz Marsh, Colin (left)", "Marsh, Colin"),
    ("ZZ Ann Lee - LEFT 09/23", "Ann Lee"),
])
def test_a_leavers_name_loses_the_zs_that_sort_it_last(cell: str, name: str) -> None:
    assert name_cell_leaver(cell)[0] == name


def test_a_job_titles_leaving_note_wins_over_a_status_still_saying_active(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    """A list's "Active" lags, a hand-written "(left Jan 24)" does not (D1454); a job title
    without a note leaves the status as the column says."""
    src = tmp_path / "champions.csv"
    src.write_text("Name,Role / band,Status,Email\n"
                   "Jo Whitfield,Band 6 Occupational Therapist (left Jan 24),Active,"
                   "jo.whitfield@trust.nhs.uk\n"
                   "Sam Ode,Band 5 Staff Nurse,Active,sam.ode@trust.nhs.uk\n",
                   encoding="utf-8")
    import_file(kb, src, "person")
    people = {p.display_name: p for p in kb.records("person")}
    jo = people["Jo Whitfield"]
    assert (jo.job_title, jo.employment_status.value, jo.left_on) == (
        "Band 6 Occupational Therapist", "left", dt.date(2024, 1, 1))
    assert people["Sam Ode"].employment_status.value == "current"


@pytest.mark.parametrize(("cell", "found"), [
    # a leaver's mark in asterisks after a job title, as lists star a name (D1458)
    ("Staff Nurse *LEFT*", ("Staff Nurse", None)),
    ("Staff Nurse *left 03/24*", ("Staff Nurse", dt.date(2024, 3, 1))),
    # starred words that are no leaver's mark say nothing of leaving
    ("Staff Nurse *new*", None),
])
def test_a_job_title_starred_as_a_leavers(cell: str, found: object) -> None:
    from kmcore.io.cells import left_note

    assert left_note(cell) == found


@pytest.mark.parametrize(("cell", "title"), [
    # an ESR assignment or post number kept beside the job is not part of it (D1458)
    ("Staff Nurse [12345678-2]", "Staff Nurse"),
    ("Physiotherapist - 20345678", "Physiotherapist"),
    ("Band 6 Nurse (Asg No. 12345678)", "Band 6 Nurse"),
    ("Band 6 Nurse (assignment 2)", "Band 6 Nurse"),
    # ESR's position name starts with the position number (D1500)
    ("21034567 Senior Research Nurse", "Senior Research Nurse"),
    ("21034567-2 - Porter", "Porter"),
    ("21034567 | Ward Clerk", "Ward Clerk"),
    # numbers that belong to the job stay
    ("2nd on call Registrar", "2nd on call Registrar"),
    ("111 Call Handler", "111 Call Handler"),
    ("Band 8a Pharmacist", "Band 8a Pharmacist"),
    ("ST4 Registrar", "ST4 Registrar"),
    ("Nurse (0.6 WTE)", "Nurse (0.6 WTE)"),
])
def test_a_job_title_without_its_assignment_number(cell: str, title: str) -> None:
    from kmcore.io.cells import job_title_alone

    assert job_title_alone(cell) == title


def test_an_esr_position_name_comes_in_as_the_job_alone(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    # ESR's "Position" puts the position number before the job's words (D1500)
    path = tmp_path / "esr.txt"
    path.write_text("Employee Name\tPosition\n"
                    "\"Reyes, Mr Tom\"\t21034567 Senior Research Nurse\n"
                    "\"Hale, Dr Ben\"\tBand 6 Physiotherapist\n", encoding="utf-16")
    import_file(kb, path, "person")
    titles = {p.display_name: p.job_title for p in kb.records("person")}
    assert titles == {"Tom Reyes": "Senior Research Nurse", "Ben Hale": "Band 6 Physiotherapist"}


def test_a_leavers_dated_note_in_the_name_does_not_make_it_a_group(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    # the note's "31/03/2024" has slashes, which part people in a name cell (D1502)
    path = tmp_path / "who.csv"
    path.write_text("Name,Role\nZo\u00eb Clarke (left 31/03/2024),Emergency Nurse Practitioner\n"
                    "Ana Ruiz / Ben Hale,Porters\n", encoding="utf-8")
    import_file(kb, path, "person")
    people = {p.display_name: (p.employment_status, p.left_on) for p in kb.records("person")}
    assert people["Zo\u00eb Clarke"] == ("left", dt.date(2024, 3, 31))
    assert "Ana Ruiz" in people and len(people) == 2
