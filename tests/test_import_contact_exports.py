"""Address-book exports and what staff type into their "Notes": split name columns with a
middle name, a labelled list of interests, and an offer written beside the interests."""

from __future__ import annotations

from pathlib import Path

import pytest

import kmcore
from kmcore.io.areas import split_areas
from kmcore.io.importer import import_file


@pytest.fixture
def kb(tmp_path: Path) -> kmcore.KnowledgeBase:
    return kmcore.init(tmp_path / "kb", name="Test KB", organisation="Test Trust")


@pytest.mark.parametrize("headers", [
    ("Title", "First Name", "Middle Name", "Last Name", "Suffix"),  # Outlook
    ("Name Prefix", "Given Name", "Additional Name", "Family Name", "Name Suffix"),  # Google
])
def test_a_contacts_export_joins_forename_and_surname_leaving_the_middle_name_out(
        kb: kmcore.KnowledgeBase, tmp_path: Path, headers: tuple[str, ...]) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(",".join([*headers, "Department", "Job Title", "E-mail Address"]) + "\n"
                    "Dr,Priya,Kaur,Sandhu,MBE,Eastgate PCN,GP Partner,priya.sandhu@nhs.net\n"
                    ",Owen,,Price,,Eastgate PCN,Practice Nurse,owen.price@nhs.net\n",
                    encoding="utf-8")
    result = import_file(kb, path, "person")
    assert result.error_rows == 0
    got = {(p.display_name, p.given_name, p.family_name, p.work_email, p.job_title)
           for p in kb.records("person")}
    assert got == {("Priya Sandhu", "Priya", "Sandhu", "priya.sandhu@nhs.net", "GP Partner"),
                   ("Owen Price", "Owen", "Price", "owen.price@nhs.net", "Practice Nurse")}


@pytest.mark.parametrize(("cell", "areas", "offers"), [
    ("Special interests: diabetes; menopause; minor surgery\nHappy to supervise GP registrars",
     ["diabetes", "menopause", "minor surgery"], ["Happy to supervise GP registrars"]),
    ("Minor illness; paediatric fever; can offer teaching on sepsis red flags",
     ["Minor illness", "paediatric fever"], ["can offer teaching on sepsis red flags"]),
    ("Expertise - wound care, leg ulcers\nI'm happy to run sessions, for any team",
     ["wound care", "leg ulcers"], ["I'm happy to run sessions, for any team"]),
    ("Happy hour planning; care of the dying", ["Happy hour planning", "care of the dying"],
     []),
])
def test_an_offer_beside_the_interests_is_an_offer_not_an_area(
        cell: str, areas: list[str], offers: list[str]) -> None:
    found = split_areas(cell)
    assert (found.areas, found.offers) == (areas, offers)


def test_an_offer_in_the_notes_comes_in_as_what_the_person_is_happy_to_do(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "staff.csv"
    path.write_text('Name,Email,Expertise\nAmy Cole,amy.cole@nhs.net,"Cardiology; ECG '
                    'interpretation\nWilling to mentor new-to-practice GPs"\n', encoding="utf-8")
    assert import_file(kb, path, "person").error_rows == 0
    (amy,) = kb.records("person")
    assert [c.concept.label for c in amy.profile.expertise] == ["Cardiology",
                                                                "ECG interpretation"]
    assert [str(w) for w in amy.profile.willing_to] == ["mentor"]


@pytest.mark.parametrize(("cell", "day"), [
    ("06/09/2021 00:00:00", "2021-09-06"),  # Access, day first as in the UK
    ("06/09/2021 14:30", "2021-09-06"),
    ("2021-09-06T00:00:00", "2021-09-06"),
    ("2021-09-06 00:00:00", "2021-09-06"),
    ("2021-09-06T14:30:00.250+01:00", "2021-09-06"),
    ("03/Feb/23 10:15 AM", "2023-02-03"),  # Jira
    ("6 Sep 2021 00:00", "2021-09-06"),
])
def test_a_date_with_a_time_of_day_reads_as_the_date(cell: str, day: str) -> None:
    from kmcore.io.cells import loose_date

    found = loose_date(cell)
    assert found is not None and found.isoformat() == day


def test_an_access_export_s_date_times_fill_the_start(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "log.txt"
    path.write_text("Ref\tTitle\tDescription\tProblem\tLead\tStage\tStarted\n"
                    "K1\tFluoride varnish clinic\tVarnish at check-ups\tCaries in children\t"
                    "Ann Lee\tLive\t06/09/2021 00:00:00\n", encoding="utf-16")
    assert import_file(kb, path, "innovation").error_rows == 0
    (item,) = kb.records("innovation")
    assert str(item.started_on) == "2021-09-06"


def test_a_section_heading_in_a_split_name_staff_list_is_named_not_imported(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "who.csv"
    path.write_text("Surname,Forename,Job title,Email,Expertise\n"
                    "OCCUPATIONAL THERAPY,,,,\n"
                    "Lewis,Mair,OT Band 6,mair.lewis@nhs.net,Hand therapy\n"
                    ",SPEECH & LANGUAGE THERAPY,,,\n"
                    "Brown,Tess,Lead SLT,tess.brown@nhs.net,AAC\n", encoding="utf-8")
    result = import_file(kb, path, "person")
    assert sorted(p.display_name for p in kb.records("person")) == ["Mair Lewis", "Tess Brown"]
    why = {p.row: p.reason for p in result.problems if p.field == "row"}
    assert set(why) == {2, 4} and all("section heading" in m for m in why.values())


@pytest.mark.parametrize("title", ["test task pls ignore", "TEST CARD - don't action",
                                   "Test submission"])
def test_a_planner_s_test_task_is_no_record(kb: kmcore.KnowledgeBase, tmp_path: Path,
                                            title: str) -> None:
    from kmcore.io.cells import not_a_record

    cells = {"Task ID": "Qa1sW2", "Task Name": title, "Bucket": "Ideas", "Assigned To": "Jo Penn"}
    assert "test entry" in (not_a_record(cells, list(cells), title) or "")


@pytest.mark.parametrize("title", ["Test of change: falls huddles", "Point-of-care testing project",
                                   "Testing for sepsis in the ED"])
def test_a_project_about_testing_is_a_record(title: str) -> None:
    from kmcore.io.cells import not_a_record

    cells = {"Task ID": "A1", "Task Name": title, "Bucket": "Live", "Notes": "testing the idea"}
    assert not_a_record(cells, list(cells), title) is None


def test_a_word_after_and_that_is_no_offer_finishes_the_offer_before_it(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "staff.csv"
    path.write_text("Name,Email,Happy to\n"
                    "Al Bryce,al.bryce@nhs.net,Willing to run casting workshops for ED and "
                    "physios\n"
                    "Cy Hart,cy.hart@nhs.net,teach and mentor\n", encoding="utf-8")
    result = import_file(kb, path, "person")
    assert result.error_rows == 0
    words = set(result.values["profile.willing_to"])
    assert "run casting workshops for ED and physios" in words and "physios" not in words
    people = {p.display_name: p.profile for p in kb.records("person")}
    assert sorted(str(w) for w in people["Cy Hart"].willing_to) == ["mentor", "speak"]


def test_a_second_object_after_and_is_part_of_the_offer_before_it(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    """"and the food bank" is a second thing to point people to, not an offer (D991);
    "and mentor new starters" starts with what is done: a second offer."""
    path = tmp_path / "staff.csv"
    path.write_text("Name,Email,Happy to\n"
                    "Al Bryce,al.bryce@nhs.net,Happy to point people to the carers centre "
                    "and the local food bank\n"
                    "Cy Hart,cy.hart@nhs.net,teach and mentor new starters\n",
                    encoding="utf-8")
    result = import_file(kb, path, "person")
    words = set(result.values["profile.willing_to"])
    assert "point people to the carers centre and the local food bank" in words
    assert "the local food bank" not in words
    people = {p.display_name: p.profile for p in kb.records("person")}
    assert "mentor" in [str(w) for w in people["Cy Hart"].willing_to]


def test_a_status_word_with_the_date_in_another_column_is_not_shown_undated(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "staff.csv"
    path.write_text("Name,Email,Status,Date left\n"
                    "Kwame Mensah,kwame.mensah@nhs.net,Left,30/06/2024\n"
                    "Johan Pretorius,johan.p@nhs.net,Left,\n", encoding="utf-8")
    result = import_file(kb, path, "person")
    left = result.values["employment_status"]["Left"]
    assert left.count == 2 and "no date given" not in left.choice.detail
    path.write_text("Name,Email,Status,Date left\n"
                    "Kwame Mensah,kwame.mensah@nhs.net,Left,30/06/2024\n", encoding="utf-8")
    detail = import_file(kb, path, "person", dry_run=True).values[
        "employment_status"]["Left"].choice.detail
    assert "left on 2024-06-30" in detail


@pytest.mark.parametrize(("cell", "areas"), [
    ("Cervical screening sample taker & trainer; travel health",
     ["Cervical screening sample taker & trainer", "travel health"]),
    ("Anxiety & depression (IAPT step 2), perinatal mental health",
     ["Anxiety & depression (IAPT step 2)", "perinatal mental health"]),
    # the same shapes with a second area after the conjunction still split
    ("Hand therapy and splinting", ["Hand therapy", "splinting"]),
    ("Systematic reviews, evidence synthesis & referencing",
     ["Systematic reviews", "evidence synthesis", "referencing"]),
    ("Falls & frailty; moving & handling", ["Falls", "frailty", "moving & handling"]),
    # an abbreviation spelling the subject before it is that subject's standard (D992)
    ("Nutrition; Swallowing & IDDSI", ["Nutrition", "Swallowing & IDDSI"]),
    ("Audit; Thrombosis & VTE", ["Audit", "Thrombosis & VTE"]),
    ("Respiratory; Asthma & COPD", ["Respiratory", "Asthma", "COPD"]),
    ("Renal, Sepsis & AKI", ["Renal", "Sepsis", "AKI"]),
])
def test_and_inside_an_area_a_role_or_a_shared_bracket(
        cell: str, areas: list[str]) -> None:
    assert split_areas(cell).areas == areas


@pytest.mark.parametrize(("cell", "offer"), [
    ("Willing to run casting workshops for ED", "speak"),
    ("Happy to teach on OPAT study days", "speak"),
    ("Happy to have students", "mentor"),
    ("rotational band 5s can shadow ESP clinic", "mentor"),
])
def test_workshops_study_days_students_and_shadowing_are_offers(
        kb: kmcore.KnowledgeBase, tmp_path: Path, cell: str, offer: str) -> None:
    path = tmp_path / "staff.csv"
    path.write_text(f"Name,Email,Can offer\nAl Bryce,al.bryce@nhs.net,{cell}\n",
                    encoding="utf-8")
    assert import_file(kb, path, "person").error_rows == 0
    (person,) = kb.records("person")
    assert [str(w) for w in person.profile.willing_to] == [offer]


def test_a_section_heading_in_an_innovations_log_is_named_as_one() -> None:
    from kmcore.io.cells import not_a_record

    cells = {"Ref": "", "Title": "WORKFORCE & WELLBEING PROJECTS", "Lead": "", "Status": ""}
    why = not_a_record({h: v for h, v in cells.items() if v}, list(cells),
                       "WORKFORCE & WELLBEING PROJECTS")
    assert why is not None and "section heading" in why
    # a lone cell in ordinary writing is still named, as a note
    why = not_a_record({"Title": "Rows below added by hand"}, list(cells),
                       "Rows below added by hand")
    assert why is not None and "only one cell" in why
