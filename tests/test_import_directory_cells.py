"""Staff directories and logs as librarians keep them in Excel: names linked to an e-mail
(``mailto:``), a name and an address typed in one cell, a leaver's marker before the name,
a description running on into the row below, a workbook with one sheet per year, a post
marked as a leaver's (issue 15, the twelfth held-out corpus's lessons).

The wording here is invented, so that it tests the rules rather than one corpus's cells."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Font

import kmcore
from kmcore.io.cells import name_cell_leaver, person_name
from kmcore.io.importer import import_file
from kmcore.io.tables import read_table
from kmcore.io.xlsx_links import mailto_links


@pytest.fixture
def kb(tmp_path: Path) -> kmcore.KnowledgeBase:
    return kmcore.init(tmp_path / "kb", name="Test KB", organisation="Test Trust")


@pytest.mark.parametrize(("cell", "name"), [
    ("Priya Nandra priya.nandra@trust.nhs.uk", "Priya Nandra"),
    ("Nandra, Priya <priya.nandra@trust.nhs.uk>", "Priya Nandra"),
    ("Dr Owen Tate (mailto:o.tate@nhs.net)", "Owen Tate"),
    ("Owen Tate - o.tate@nhs.net", "Owen Tate"),
    ("o.tate@nhs.net", ""),  # an address alone names nobody by name
])
def test_an_email_beside_a_name_is_not_part_of_the_name(cell: str, name: str) -> None:
    assert person_name(cell) == name


@pytest.mark.parametrize(("cell", "name"), [
    ("LEAVER Tariq Bell", "Tariq Bell"),
    ("LEFT - Tariq Bell", "Tariq Bell"),
    ("RETIRED Mary-Jo Keane", "Mary-Jo Keane"),
])
def test_a_leaver_marker_in_capitals_before_a_name(cell: str, name: str) -> None:
    assert person_name(cell) == name
    said = name_cell_leaver(cell)
    assert said is not None and said[0] == name


def test_a_name_in_capitals_is_not_a_leaver_marker() -> None:
    assert name_cell_leaver("LEFT HAND CLINIC") is None
    assert person_name("Left Ventricle Team") == ""


def _directory(path: Path) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Contacts"
    ws.append(["Staff contacts - click a name to e-mail"])
    ws.append(["Name", "Post", "Topics", "Backup e-mail"])
    ws.append(["Nandra, Priya", "Dietitian", "Enteral feeding", None])
    ws["A3"].hyperlink = "mailto:Priya.Nandra@trust.nhs.uk?subject=Question"
    ws.append(["Owen Tate", "Pharmacist", "Antimicrobials", "owen.tate@trust.nhs.uk"])
    ws["A4"].hyperlink = "https://intranet.example/people/owen-tate"
    ws.append(["Lola Reyes lola.reyes@trust.nhs.uk", "Physio", "Falls", None])
    ws.append(["LEAVER Tariq Bell", "OT", "Seating", None])
    ws["A6"].hyperlink = "mailto:tariq.bell@trust.nhs.uk"
    ws["A6"].font = Font(strike=True)
    ws.append(["Test Person", "Tester", None, None])
    ws["A7"].hyperlink = "mailto:test.person@trust.nhs.uk"
    book.save(path)
    return path


def test_mailto_links_are_read_by_cell(tmp_path: Path) -> None:
    links = mailto_links(_directory(tmp_path / "d.xlsx"), "xl/worksheets/sheet1.xml")
    # the web link is no e-mail; the query after the address is not part of it
    assert links == {(3, 1): "priya.nandra@trust.nhs.uk", (6, 1): "tariq.bell@trust.nhs.uk",
                     (7, 1): "test.person@trust.nhs.uk"}


def test_a_sheet_without_links_has_none(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Name", "Post"])
    book.save(tmp_path / "plain.xlsx")
    assert mailto_links(tmp_path / "plain.xlsx", "xl/worksheets/sheet1.xml") == {}


def test_a_linked_name_gives_the_person_their_email(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = _directory(tmp_path / "contacts.xlsx")
    table = read_table(path)
    assert any("link to an e-mail address" in note for note in table.notes), table.notes
    result = import_file(kb, path, "person")
    people = {p.display_name: p for p in kb.records("person")}
    assert {n: p.work_email for n, p in people.items()} == {
        "Priya Nandra": "priya.nandra@trust.nhs.uk",
        "Owen Tate": "owen.tate@trust.nhs.uk",  # the link is a web page: the backup column
        "Lola Reyes": "lola.reyes@trust.nhs.uk",  # typed beside the name
        "Tariq Bell": "tariq.bell@trust.nhs.uk"}
    assert people["Tariq Bell"].employment_status == "left"
    # the trial person is named as such, linked or not
    assert any(p.row == 7 and "placeholder" in p.reason for p in result.problems)


def _yearly_log(path: Path, titles: list[str]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for n, title in enumerate(titles):
        ws = book.create_sheet(title)
        ws.append(["Ref", "Idea", "Lead", "Status"])
        ws.append([f"Q/{n}/1", f"Idea from {title}", "Ann Lee", "live"])
    book.save(path)
    return path


@pytest.mark.parametrize("titles", [
    ["FY 2022-23", "FY 2024-25", "FY 2023-24"],  # the newest need not be the last tab
    ["2023", "2024", "2025"],
])
def test_the_newest_year_sheet_is_read_and_the_others_are_named(
        tmp_path: Path, titles: list[str]) -> None:
    table = read_table(_yearly_log(tmp_path / "log.xlsx", titles),
                       known=lambda h: h in ("Ref", "Idea", "Lead", "Status"))
    newest = max(titles, key=lambda t: t[-5:])
    assert table.sheet == newest
    [note] = [n for n in table.notes if "sheet" in n]
    assert "newest" in note and all(repr(t) in note for t in titles if t != newest)


def test_a_workbook_read_on_its_first_sheet_names_the_others(tmp_path: Path) -> None:
    table = read_table(_yearly_log(tmp_path / "log.xlsx", ["Log", "Lookups 2024"]),
                       known=lambda h: h in ("Ref", "Idea", "Lead", "Status"))
    assert table.sheet == "Log"
    assert any("'Lookups 2024'" in n and "--sheet" in n for n in table.notes), table.notes


def test_a_lead_column_joining_two_people_or_giving_an_email_is_guessed(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_text("Ref,Idea,Who takes it forward,Status\n"
                    "A1,Bedside handover,Ann Lee / Raj Shah,live\n"
                    "A2,Quiet hour,Raj Shah & Ann Lee,live\n"
                    "A3,Ward library,Tom Ode tom.ode@trust.nhs.uk,live\n"
                    "A4,Falls huddle,Ann Lee,live\n"
                    "A5,Sleep packs,Dr Ivy Chen,live\n", encoding="utf-8")
    import_file(kb, path, "innovation")
    leads = {r.title: kb.get(r.lead).display_name for r in kb.records("innovation")}
    assert leads == {"Bedside handover": "Ann Lee", "Quiet hour": "Raj Shah",
                     "Ward library": "Tom Ode", "Falls huddle": "Ann Lee",
                     "Sleep packs": "Ivy Chen"}


def _log_with_runs_on(path: Path) -> Path:
    path.write_text(
        "Ref,Idea,Description,Lead,Status\n"
        "K1,Bedside handover,Nurses hand over at the bedside so that,Ann Lee,live\n"
        ",,patients hear the plan. Trialled on two wards.,,\n"
        ",,A third line of the same text.,,\n"
        "K2,Quiet hour,Lights down after lunch.,Raj Shah,live\n"
        "\n"
        ",,A note typed after a blank row,,\n"
        "K3,Sleep packs,Eye masks and ear plugs.,Ivy Chen,live\n"
        ",Moved to the estates log,,,\n", encoding="utf-8")
    return path


def test_a_row_carrying_on_the_text_above_is_joined_to_it(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = _log_with_runs_on(tmp_path / "log.csv")
    result = import_file(kb, path, "innovation")
    texts = {r.title: r.description for r in kb.records("innovation")}
    assert texts["Bedside handover"] == (
        "Nurses hand over at the bedside so that patients hear the plan. Trialled on two "
        "wards. A third line of the same text.")
    assert texts["Quiet hour"] == "Lights down after lunch."
    said = {p.row: p for p in result.problems}
    assert said[3].severity == said[4].severity == "merged"
    assert "row 2" in said[3].reason and "joined" in said[3].reason
    # after a blank row, or in another column: not the text running on, so the usual checks
    assert said[7].severity == "error" and said[9].severity == "error"
    assert result.joined == 2 and "2 rows joined to the row above" in result.summary()
    assert result.rows == 7  # every filled row below the header is counted once
    # a second import of the same file finds nothing changed and says the same of the rows
    again = import_file(kb, path, "innovation")
    assert again.counts["unchanged"] == 3 and again.joined == 2


@pytest.mark.parametrize(("post", "title"), [
    ("LEAVER - Occupational Therapist (Band 6)", "Occupational Therapist (Band 6)"),
    ("Left: Ward Clerk", "Ward Clerk"),
    ("LEAVER Healthcare Assistant", "Healthcare Assistant"),
    ("[LEFT] Porter", "Porter"),
])
def test_a_leaver_marker_before_the_post_is_not_part_of_the_job_title(
        kb: kmcore.KnowledgeBase, tmp_path: Path, post: str, title: str) -> None:
    path = tmp_path / "staff.csv"
    path.write_text(f"Name,Post,Email\nIvy Chen,{post},ivy.chen@trust.nhs.uk\n"
                    "Raj Shah,Left Ventricle Specialist Nurse,raj.shah@trust.nhs.uk\n",
                    encoding="utf-8")
    import_file(kb, path, "person")
    people = {p.display_name: p for p in kb.records("person")}
    assert people["Ivy Chen"].job_title == title
    assert people["Ivy Chen"].employment_status == "left"
    assert people["Raj Shah"].job_title == "Left Ventricle Specialist Nurse"
    assert people["Raj Shah"].employment_status != "left"


@pytest.mark.parametrize(("cell", "areas"), [
    # in a list, a qualifier after the second side is said of both: one area
    ("Anxiety and low mood in new parents, sleep", ["Anxiety and low mood in new parents",
                                                     "sleep"]),
    ("Falls; delirium & restlessness at end of life",
     ["Falls", "delirium & restlessness at end of life"]),
    # one item alone may still name two
    ("Dysphagia and voice problems in Parkinson's", ["Dysphagia",
                                                      "voice problems in Parkinson's"]),
    # no qualifier: a subject named alone still separates in a list
    ("Asthma & COPD; oxygen", ["Asthma", "COPD", "oxygen"]),
])
def test_a_qualifier_after_and_in_a_list_item_is_said_of_both(
        cell: str, areas: list[str]) -> None:
    from kmcore.io.areas import split_areas

    assert split_areas(cell).areas == areas


@pytest.mark.parametrize(("cell", "names"), [
    ("Ní Dhomhnaill, Orla (Trust)", ["Orla Ní Dhomhnaill"]),
    ("De Souza, Marco (Estates);Park, Jin (Estates)", ["Marco De Souza", "Jin Park"]),
    ("Ann Lee, Raj Shah", ["Ann Lee", "Raj Shah"]),  # a short given name is no particle
])
def test_a_surname_with_a_particle_written_first(cell: str, names: list[str]) -> None:
    from kmcore.io.people import split_people

    assert [person_name(p) for p in split_people(cell)] == names


@pytest.mark.parametrize(("text", "stage"), [
    # an evaluation still to come after a trial: the trial is where the work is
    ("piloted in two clinics, evaluation due spring", "testing"),
    ("Tested on Ward 4 - evaluation planned for June", "testing"),
    # said alone, or after going live: done, not yet measured
    ("Evaluation due in March", "implemented"),
    ("Live - awaiting evaluation", "implemented"),
    # part of the usual run of things now
    ("Held every Friday - part of the normal rota now", "embedded"),
    ("weekly since May \u2013 standard now", "embedded"),
])
def test_a_status_saying_what_comes_next_or_that_it_is_usual(text: str, stage: str) -> None:
    from kmcore.io.values import ValueMatcher
    from kmcore.records.innovation import Stage

    choice = ValueMatcher(Stage).match(text)
    assert choice.value == stage, choice


def test_an_entry_logged_again_by_someone_on_its_team_is_named_a_repeat(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    path.write_text("ID,Title,Owner,Status\n"
                    "11,Bedside handover,Ann Lee; Raj Shah,live\n"
                    "12,Quiet hour,Raj Shah,live\n"
                    "13,Sleep packs,Ivy Chen,live\n"
                    "14,Bedside handover,Raj Shah,live\n"
                    "15,Sleep packs,Tom Ode,pilot\n", encoding="utf-8")
    result = import_file(kb, path, "innovation")
    said = {p.row: p.reason for p in result.problems if p.severity == "error"}
    # logged again by the co-owner: named, not imported twice
    assert list(said) == [5] and said[5].startswith("repeats row 2"), said
    # the same title from somebody not named on the first is not taken for it
    assert sorted(r.title for r in kb.records("innovation")) == [
        "Bedside handover", "Quiet hour", "Sleep packs", "Sleep packs"]
    # imported again, the first row comes from the ledger and still tells the repeat
    again = import_file(kb, path, "innovation")
    assert [p.row for p in again.problems if p.severity == "error"] == [5]


@pytest.mark.parametrize(("text", "stage"), [
    # a numbered test cycle taken to one more place by its team: still a test
    ("PDSA 4 - extending to the day unit", "testing"),
    ("Cycle 2 \u2013 now on Ward 5 too", "testing"),
    # taken up by others, or the cycle finished first: spread
    ("PDSA 3 - adopted by two other trusts", "spreading"),
    ("Trialled on Ward 1 - extended to Wards 2 and 3", "spreading"),
])
def test_a_numbered_test_cycle_taken_to_one_more_place(text: str, stage: str) -> None:
    from kmcore.io.values import ValueMatcher
    from kmcore.records.innovation import Stage

    assert ValueMatcher(Stage).match(text).value == stage


def test_a_name_column_holding_name_role_and_areas_is_split(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    """A "who to ask" list writes "Name - role - areas" in one column (D1260): the name,
    job title and areas of expertise are each put in their field, and the preview says so;
    a titled name ("Matron ...") is a person; a post without a person stays out."""
    path = tmp_path / "who knows what.csv"
    path.write_text(
        "Who \u2013 job \u2013 topics,E-mail\n"
        "Matron Ada Quill \u2013 Ward Matron \u2013 falls prevention; pressure ulcers,"
        "a.quill@t.nhs.uk\n"
        "\"Bram Oduya - Renal Pharmacist - dialysis dosing, transplant drugs\",b.oduya@t.nhs.uk\n"
        "VACANT \u2013 Band 6 Nurse (new post),\n", encoding="utf-8")
    told = {"Who \u2013 job \u2013 topics": "display_name", "E-mail": "work_email"}
    result = import_file(kb, path, "person", overrides=told)
    people = {p.display_name: p for p in kb.records("person")}
    assert set(people) == {"Ada Quill", "Bram Oduya"}
    assert people["Ada Quill"].job_title == "Ward Matron"
    assert [e.concept.label for e in people["Ada Quill"].profile.expertise] == [
        "falls prevention", "pressure ulcers"]
    assert people["Bram Oduya"].job_title == "Renal Pharmacist"
    assert [e.concept.label for e in people["Bram Oduya"].profile.expertise] == [
        "dialysis dosing", "transplant drugs"]
    assert any("Name - role - areas" in n for n in result.notes)
