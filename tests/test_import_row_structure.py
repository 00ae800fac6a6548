"""Rows read by where they stand: a team sub-heading giving the rows below it their
department (D1421), and a programme's heading row over its projects (D1422). Files invented
here, in the shapes trusts keep."""

from __future__ import annotations

from pathlib import Path

import pytest

import kmcore
from kmcore.io.importer import import_file
from kmcore.io.team_headings import team_heading


@pytest.fixture
def kb(tmp_path: Path) -> kmcore.KnowledgeBase:
    return kmcore.init(tmp_path / "kb", name="Test KB", organisation="Test Trust")


WHO_TO_ASK = ("Name\tJob\tAsk me about\tEmail\n"
              "Consultants\t\t\t\n"
              "Dr Ann Lee\tConsultant\tERCP; EUS\tann.lee@t.nhs.uk\n"
              "Raj Gill\tConsultant\tIBD\traj.gill@t.nhs.uk\n"
              "\t\t\t\n"
              "Nursing team\t\t\t\n"
              "Sister Mo Ward\tBand 7\tSedation\tmo.ward@t.nhs.uk\n"
              "Bookings & admin\t\t\t\n"
              "Jan Pike\tBooking clerk\t2WW bookings\tjan.pike@t.nhs.uk\n"
              "Last updated by G. Adeyemi 02/02/2024 - tell Grace of changes\t\t\t\n")


def _departments(kb: kmcore.KnowledgeBase) -> dict[str, str]:
    return {p.display_name: p.department for p in kb.records("person")}


def test_a_team_sub_heading_gives_the_rows_below_it_their_department(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "who to ask.txt"
    path.write_text(WHO_TO_ASK, encoding="utf-16")
    result = import_file(kb, path, "person")
    assert _departments(kb) == {"Ann Lee": "Consultants", "Raj Gill": "Consultants",
                                "Mo Ward": "Nursing team", "Jan Pike": "Bookings & admin"}
    why = {p.row: p.reason for p in result.problems}
    assert {r for r, m in why.items() if "naming a team" in m} == {2, 6, 8}
    assert "naming a team" not in why[10]  # the note at the foot is not a team
    # again, unchanged: the same departments, nothing saved
    again = import_file(kb, path, "person")
    assert again.counts["create"] == again.counts["update"] == 0
    assert _departments(kb)["Jan Pike"] == "Bookings & admin"


def test_a_renamed_team_heading_updates_the_rows_below_it_on_reimport(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "who to ask.txt"
    path.write_text(WHO_TO_ASK, encoding="utf-16")
    import_file(kb, path, "person")
    path.write_text(WHO_TO_ASK.replace("Bookings & admin", "Admin team"), encoding="utf-16")
    result = import_file(kb, path, "person")
    assert result.counts["update"] == 1
    assert _departments(kb)["Jan Pike"] == "Admin team"


def test_a_department_column_wins_over_sub_headings(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "staff.csv"
    path.write_text("Name,Department,Email\n"
                    "Nursing team,,\n"
                    "Mo Ward,Endoscopy,mo.ward@t.nhs.uk\n"
                    "Jan Pike,,jan.pike@t.nhs.uk\n", encoding="utf-8")
    import_file(kb, path, "person")
    assert _departments(kb) == {"Mo Ward": "Endoscopy", "Jan Pike": ""}


def test_a_team_heading_in_a_log_of_projects_gives_their_department(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_text("Project,Lead,Status,Description\n"
                    "Upper GI team,,,\n"
                    "Straight-to-test OGD,Dr Ann Lee,Live,Patients booked straight to test\n"
                    "COMPLETED PROJECTS,,,\n"
                    "Nurse-led dilatation,Raj Gill,Complete,Nurses run dilatation lists\n",
                    encoding="utf-8")
    result = import_file(kb, path, "innovation")
    assert {r.title: r.department for r in kb.records("innovation")} == {
        "Straight-to-test OGD": "Upper GI team",
        # "Completed projects" is a stage, not a team: the team above still holds
        "Nurse-led dilatation": "Upper GI team"}
    assert {p.row for p in result.problems if p.field == "row"} == {2, 4}


@pytest.mark.parametrize(("cells", "log", "team"), [
    ({"Name": "Nursing team"}, False, "Nursing team"),
    ({"Name": "Decontamination (EDU)"}, False, "Decontamination (EDU)"),
    ({"Name": "OCCUPATIONAL THERAPY"}, False, "OCCUPATIONAL THERAPY"),
    ({"Name": "Ward 7"}, True, "Ward 7"),
    ({"Name": "Workforce & wellbeing projects"}, True, None),  # a theme, in a log
    ({"Name": "New starters Jan 24 - please fill in your own row"}, False, None),
    ({"Name": "Rows below added by hand"}, False, None),
    ({"Name": "2023/24"}, False, None),
    ({"Name": "On hold"}, False, None),
    ({"Name": "Retired / left"}, False, None),  # who they are, not a team
    ({"Name": "On maternity leave"}, False, None),
    ({"Notes": "Nursing team"}, False, None),  # not in the row's first or name cell
    ({"Name": "Nursing team", "Notes": "x"}, False, None),
])
def test_what_reads_as_a_team_heading(cells: dict[str, str], log: bool,
                                      team: str | None) -> None:
    assert team_heading(cells, ["Name", "Job", "Notes"], "Name", log=log) == team


PROJECTS_HEADER = ["Row ID", "Project", "What is it?", "Project Lead", "Latest update"]
PROJECTS = [
    ["PRG-01", "ASEPTIC SERVICES UNIT \u2013 capacity & quality", None, "Gareth Hughes", None],
    ["ASU-14", "Dose-banded infusors", "Dose-banded 5-FU infusors made in batches",
     "Priya Rao", "PDSA cycle 3"],
    ["ASU-15", "Electronic worksheets", "Paperless worksheets in the unit", "Tom Wojcik",
     None],
    ["PRG-02", "Medicines optimisation on the wards", None, "Aisha Karim", None],
    ["MO-31", "Technician-led med rec", "Technicians complete med rec on AMU", "Sam Odell",
     "Evaluated and written up"],
    ["MO-32", "NHS APP LINKS", None, "Kwame Asante", "Live on two wards"],
]


def _titles(kb: kmcore.KnowledgeBase) -> dict[str, str]:
    return {r.title: r.stage for r in kb.records("innovation")}


def _why(result: object) -> dict[int, str]:
    return {p.row: p.reason for p in result.problems  # type: ignore[attr-defined]
            if p.field == "row"}


def test_a_programme_heading_in_capitals_is_named_not_imported(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    import csv

    path = tmp_path / "projects.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([PROJECTS_HEADER, *PROJECTS])
    result = import_file(kb, path, "innovation")
    # the capitals heading is named; the mixed-case one (no bold in a CSV) comes in as an
    # entry awaiting a status, as any row with a title and a lead (D1372)
    assert "programme or section heading" in _why(result)[2]
    assert set(_titles(kb)) == {"Dose-banded infusors", "Electronic worksheets",
                                "Medicines optimisation on the wards",
                                "Technician-led med rec", "NHS APP LINKS"}
    # a genuine entry with no status (it has a description) still comes in at idea
    assert _titles(kb)["Electronic worksheets"] == "idea"


def test_a_programme_heading_in_bold_is_named_not_imported(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    ws = book.active
    ws.append(PROJECTS_HEADER)
    for values in PROJECTS:
        ws.append(values)
    for row in (2, 5):
        ws.cell(row, 2).font = Font(bold=True)
    path = tmp_path / "projects.xlsx"
    book.save(path)
    result = import_file(kb, path, "innovation")
    why = _why(result)
    assert "in capitals" in why[2] and "in bold" in why[5]
    assert set(_titles(kb)) == {"Dose-banded infusors", "Electronic worksheets",
                                "Technician-led med rec", "NHS APP LINKS"}


@pytest.mark.parametrize(("title", "heading"), [
    ("ASEPTIC SERVICES UNIT \u2013 capacity & quality", True),
    ("HOMECARE & OUTPATIENTS", True),
    ("MEDICINES OPTIMISATION \u2013 wards & discharge", True),
    ("MRSA PCR screening", False),  # acronyms, not a heading
    ("NHS App links", False),
    ("Falls huddles", False),
])
def test_what_reads_as_a_heading_title(title: str, heading: bool) -> None:
    from kmcore.io.programme_headings import heading_title

    assert heading_title(title) is heading


def _matrix(tmp_path: Path, rows: list[list[object]]) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["Name", "Email", "Dysphagia", "Voice", "Cleft lip & palate", "AAC"])
    for values in rows:
        ws.append(values)
    path = tmp_path / "matrix.xlsx"
    book.save(path)
    return path


def _areas(kb: kmcore.KnowledgeBase) -> dict[str, list[str]]:
    return {p.display_name: [c.concept.label for c in p.profile.expertise]
            for p in kb.records("person") if p.profile}


def test_a_matrix_marking_y_and_ticks_reads_its_x_as_no(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = _matrix(tmp_path, [
        ["Meg Rees", "meg@t.nhs.uk", "Y", "x", None, "\u2713"],
        ["Chidi Oko", "chidi@t.nhs.uk", None, "\u2713", "x", "Y"],
        ["Anna Lind", "anna@t.nhs.uk", "x", None, "Y", None]])
    import_file(kb, path, "person")
    assert _areas(kb) == {"Meg Rees": ["Dysphagia", "AAC"], "Chidi Oko": ["Voice", "AAC"],
                          "Anna Lind": ["Cleft lip & palate"]}


def test_a_matrix_marking_with_x_alone_reads_x_as_a_tick(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = _matrix(tmp_path, [
        ["Meg Rees", "meg@t.nhs.uk", "x", None, None, "x"],
        ["Chidi Oko", "chidi@t.nhs.uk", None, "x", "x", None],
        ["Anna Lind", "anna@t.nhs.uk", "X", None, "x", None]])
    import_file(kb, path, "person")
    assert _areas(kb) == {"Meg Rees": ["Dysphagia", "AAC"],
                          "Chidi Oko": ["Voice", "Cleft lip & palate"],
                          "Anna Lind": ["Dysphagia", "Cleft lip & palate"]}


def test_a_person_typed_again_without_the_accent_is_a_duplicate(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "staff.csv"
    path.write_text("Name,Team,Email,Interests\n"
                    "Siobh\u00e1n Byrne,Paediatrics - schools,,DLD; Makaton\n"
                    "Ian Bash,Radiology,ian.bash@t.nhs.uk,CT colonography\n"
                    "Siobhan Byrne,Paeds,siobhan.byrne@t.nhs.uk,Makaton\n", encoding="utf-8")
    result = import_file(kb, path, "person")
    assert sorted(p.display_name for p in kb.records("person")) == ["Ian Bash",
                                                                      "Siobh\u00e1n Byrne"]
    assert [p.reason[:12] for p in result.problems if p.row == 4] == ["repeats row "]


@pytest.mark.parametrize("copy", ["Catheter passport (copy)", "Catheter passport - Copy",
                                  "Copy of Catheter passport"])
def test_a_card_copied_on_the_board_is_a_duplicate_of_its_first(
        kb: kmcore.KnowledgeBase, tmp_path: Path, copy: str) -> None:
    path = tmp_path / "board.csv"
    path.write_text("Task Name,Lead,Start Date,Bucket Name,Description\n"
                    "Catheter passport for patients going home,Angela Moss,06/03/2023,Live,"
                    "A patient-held booklet\n"
                    "Hand hygiene audits,Ravi Chand,01/02/2023,Live,Monthly audits\n"
                    f"{copy},Angela Moss,06/03/2023,Testing,Copied card\n", encoding="utf-8")
    result = import_file(kb, path, "innovation")
    assert len(list(kb.records("innovation"))) == 2
    assert [p.reason[:12] for p in result.problems if p.row == 4] == ["repeats row "]


def test_a_shorter_title_by_the_same_lead_without_a_copy_mark_is_its_own_entry(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "board.csv"
    path.write_text("Task Name,Lead,Start Date,Bucket Name,Description\n"
                    "Catheter passport for patients going home,Angela Moss,06/03/2023,Live,"
                    "A patient-held booklet\n"
                    "Catheter passport,Angela Moss,06/03/2023,Testing,For the wards\n",
                    encoding="utf-8")
    import_file(kb, path, "innovation")
    assert len(list(kb.records("innovation"))) == 2


def test_a_row_saying_it_is_a_duplicate_of_a_key_a_few_words_on_repeats_it(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "panel.csv"
    path.write_text("Entry no.,Idea,Entrant,Outcome\n"
                    "DD23-02,Text reminders for the GA list,Imran Qureshi,Funded. PDSA cycle 2\n"
                    "DD23-03,Fluoride varnish clinic,Ann Lee,Idea only\n"
                    "DD23-09,SMS reminders for GA patients,Imran Qureshi,"
                    "Duplicate \u2013 already funded as DD23-02\n", encoding="utf-8")
    result = import_file(kb, path, "innovation")
    assert len(list(kb.records("innovation"))) == 2
    assert [p.reason[:15] for p in result.problems if p.row == 4] == ["repeats row 2 ("]
