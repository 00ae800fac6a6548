"""The title, the department and the name a person goes by, recognised from the cells where
no header names them (kmcore.io.column_contents, D1291-D1292). Each sheet is invented here,
headed with words no list of headers holds; each rule also has sheets where it must NOT
fire (a real title column, a notes column of long text, a column of people)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

import kmcore
from import_helpers import guessed_columns
from kmcore.io.column_contents import (
    CELLS_OVER_A_HEADER,
    DEPARTMENT_FROM_CELLS,
    DESCRIPTION_FROM_CELLS,
    DIRECTORY_CELLS,
    EMAIL_IN_CELLS,
    EXPERTISE_FROM_CELLS,
    JOB_FROM_CELLS,
    NAMED_PLACES,
    NOT_WHAT_ITS_HEADER_SAYS,
    PREFERRED_NAME,
    SITE_OF_TEAMS,
    STAGE_FROM_CELLS,
    START_FROM_CELLS,
    TITLE_FROM_CELLS,
)
from kmcore.io.importer import Importer, import_file


@pytest.fixture
def kb(tmp_path: Path) -> kmcore.KnowledgeBase:
    return kmcore.init(tmp_path / "kb", name="Test KB", organisation="Test Trust")


def _mapping(kb: kmcore.KnowledgeBase, tmp_path: Path, record_type: str,
             rows: list[list[str]]) -> dict[str, tuple[str, str]]:
    return {cm.header: (cm.field, cm.method)
            for cm in guessed_columns(kb, tmp_path, record_type, rows)}


DESCRIPTIONS = [
    "Patients book their own slot online so the unit phones fewer people each week.",
    "A nurse-led telephone line triages calls using a scored tool before admission.",
    "Masks are fitted at a separate clinic a week before treatment starts.",
    "Volunteers meet patients at the main entrance and walk them to their clinic.",
    "A checklist on the ward makes sure every line is reviewed daily."]

#: A board export headed "Item" and "Group": no header names the title or the team.
BOARD = [
    ["Item", "Group", "Details", "Owner", "Status"],
    ["Slot booking app", "Chemotherapy Day Unit", DESCRIPTIONS[0], "Ann Lee", "Live"],
    ["Hotline triage tool", "Acute Oncology Service", DESCRIPTIONS[1], "Raj Shah", "Pilot"],
    ["Mask pre-fitting clinic", "Radiotherapy", DESCRIPTIONS[2], "Sam Cole", "Idea"],
    ["Meet and greet at the entrance", "Patient Experience", DESCRIPTIONS[3], "Ann Lee",
     "Live"],
    ["Daily line review checklist", "Chemotherapy Day Unit", DESCRIPTIONS[4], "Raj Shah",
     "Pilot"],
    ["Weekend line service", "Acute Oncology Service", DESCRIPTIONS[1], "Jo Hart", "Idea"]]


def test_short_distinct_names_are_the_title_and_repeated_teams_the_department(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", BOARD)
    assert found["Item"] == ("title", TITLE_FROM_CELLS)
    assert found["Group"] == ("department", DEPARTMENT_FROM_CELLS)


def test_the_guessed_title_and_department_come_in(kb, tmp_path):
    path = tmp_path / "board.csv"
    path.write_text("\n".join(",".join(f'"{c}"' for c in row) for row in BOARD),
                    encoding="utf-8")
    import_file(kb, path, "innovation")
    records = {r.title: r for r in kb.records("innovation")}
    assert records["Mask pre-fitting clinic"].department == "Radiotherapy"
    assert len(records) == 6


def test_a_real_title_column_is_kept(kb, tmp_path):
    rows = [["Project title", "Item", *BOARD[0][1:]]] + [
        [f"Project {i}", row[0], *row[1:]] for i, row in enumerate(BOARD[1:])]
    found = _mapping(kb, tmp_path, "innovation", rows)
    assert found["Project title"][0] == "title"
    assert found["Item"][0] == ""


def test_a_real_department_column_is_kept(kb, tmp_path):
    rows = [["Item", "Group", "Ward", *BOARD[0][2:]]] + [
        [row[0], row[1], "Ward 7", *row[2:]] for row in BOARD[1:]]
    found = _mapping(kb, tmp_path, "innovation", rows)
    assert found["Ward"][0] == "department"
    assert found["Group"][0] == ""


def test_a_notes_column_of_long_text_is_no_title(kb, tmp_path):
    rows = [["Jottings", "Group", "Owner", "Status"]] + [
        [DESCRIPTIONS[i % 5] + f" Seen {i}.", row[1], row[3], row[4]]
        for i, row in enumerate(BOARD[1:])]
    found = _mapping(kb, tmp_path, "innovation", rows)
    assert found["Jottings"][0] != "title"


def test_people_dates_and_codes_are_no_title(kb, tmp_path):
    rows = [["Who", "When", "Code", "Details"],
            ["Ann Lee", "01/02/2023", "AB-001", DESCRIPTIONS[0]],
            ["Raj Shah", "03/04/2023", "AB-002", DESCRIPTIONS[1]],
            ["Sam Cole", "05/06/2023", "AB-003", DESCRIPTIONS[2]]]
    found = _mapping(kb, tmp_path, "innovation", rows)
    assert all(field != "title" for field, _ in found.values())


def test_different_short_words_are_no_department(kb, tmp_path):
    # a column of priorities repeats, but names no team: not the department
    rows = [["Item", "Priority", "Details"]] + [
        [row[0], ("High", "Low", "High", "Medium", "Low", "High")[i], row[2]]
        for i, row in enumerate(BOARD[1:])]
    found = _mapping(kb, tmp_path, "innovation", rows)
    assert found["Priority"][0] == ""


def test_a_column_of_hospitals_is_no_department(kb, tmp_path):
    rows = [["Item", "Place", "Details"]] + [
        [row[0], ("St Mary's Hospital", "Kingsmere Hospital", "St Mary's Hospital",
                  "Ashby Community Hospital", "Kingsmere Hospital", "St Mary's Hospital")[i],
         row[2]] for i, row in enumerate(BOARD[1:])]
    found = _mapping(kb, tmp_path, "innovation", rows)
    assert found["Place"][0] != "department"


STAFF = [["Name", "Role", "Base", "E-mail"],
         ["Ann Lee", "Charge Nurse", "Ashby Satellite Unit", "ann.lee@x.nhs.uk"],
         ["Raj Shah", "Consultant", "Renal Medicine", "raj.shah@x.nhs.uk"],
         ["Sam Cole", "Pharmacist", "Pharmacy", "sam.cole@x.nhs.uk"],
         ["Jo Hart", "Staff Nurse", "Ashby Satellite Unit", "jo.hart@x.nhs.uk"],
         ["Kim Ng", "Dietitian", "Nutrition & Dietetics", "kim.ng@x.nhs.uk"]]


def test_a_staff_lists_base_naming_teams_is_the_department(kb, tmp_path):
    found = _mapping(kb, tmp_path, "person", STAFF)
    assert found["Base"] == ("department", SITE_OF_TEAMS)


def test_a_staff_lists_base_naming_hospitals_stays_the_site(kb, tmp_path):
    rows = [STAFF[0]] + [[*row[:2], hospital, row[3]] for row, hospital in zip(
        STAFF[1:], ("Kingsmere Hospital", "St Mary's Hospital", "Kingsmere Hospital",
                    "Ashby Community Hospital", "St Mary's Hospital"), strict=True)]
    found = _mapping(kb, tmp_path, "person", rows)
    assert found["Base"][0] == "site"


def test_a_base_beside_a_department_column_stays_the_site(kb, tmp_path):
    rows = [[*STAFF[0], "Department"]] + [[*row, "Renal"] for row in STAFF[1:]]
    found = _mapping(kb, tmp_path, "person", rows)
    assert found["Base"][0] == "site"
    assert found["Department"][0] == "department"


def test_the_preferred_name_beats_the_payroll_name(kb, tmp_path):
    rows = [["Legal name (ESR)", "Preferred name", "Post"],
            ["ADEBAYO, Oluwaseun Grace", "Seun Adebayo", "Sister"],
            ["HOLLOWAY, Richard", "Rick Holloway", "Consultant"],
            ["WHITE, Deborah", "Debbie White", "Nurse"]]
    found = _mapping(kb, tmp_path, "person", rows)
    assert found["Preferred name"] == ("display_name", PREFERRED_NAME)
    assert found["Legal name (ESR)"][0] == ""


def test_a_preferred_first_name_alone_does_not_replace_the_name(kb, tmp_path):
    # "Known as" holding first names only: the full name column stays the name
    rows = [["Full name (ESR)", "Known as", "Post"],
            ["ADEBAYO, Oluwaseun Grace", "Seun", "Sister"],
            ["HOLLOWAY, Richard", "Rick", "Consultant"],
            ["WHITE, Deborah", "Debbie", "Nurse"]]
    found = _mapping(kb, tmp_path, "person", rows)
    assert found["Known as"][0] != "display_name"


def test_a_stage_headed_date_column_is_no_stage(kb, tmp_path):
    # "Date of update" holds the phrase "update" (a stage header) but names a date
    rows = [["Project", "Date of update", "Progress this quarter", "Details"],
            ["Peer support", "28/06/2023", "Recruiting peer workers", DESCRIPTIONS[0]],
            ["Meal plans", "28/06/2023", "On hold", DESCRIPTIONS[1]]]
    found = _mapping(kb, tmp_path, "innovation", rows)
    assert found["Date of update"][0] != "stage"
    assert found["Progress this quarter"][0] == "stage"


def test_a_directory_column_of_name_job_and_areas_is_the_name(kb, tmp_path):
    rows = [["Person \u2013 role \u2013 what they know about", "Team"],
            ["Dr Abena Owusu \u2013 Consultant \u2013 sickle cell; apheresis", "Haem"],
            ["Tom Reid \u2013 Specialist Nurse \u2013 transfusion, iron", "Haem"],
            ["VACANT \u2013 Band 6 \u2013 tbc", "Haem"],
            ["Lily Chan \u2013 Pharmacist \u2013 chemotherapy checks", "Haem"]]
    found = _mapping(kb, tmp_path, "person", rows)
    assert found["Person \u2013 role \u2013 what they know about"] == (
        "display_name", DIRECTORY_CELLS)


def test_dashed_notes_are_no_directory_column(kb, tmp_path):
    rows = [["Name", "Notes"],
            ["Abena Owusu", "Rota \u2013 nights \u2013 swap with Tom"],
            ["Tom Reid", "Leave \u2013 August \u2013 two weeks"]]
    found = _mapping(kb, tmp_path, "person", rows)
    assert found["Name"][0] == "display_name"
    assert found["Notes"][0] != "display_name"


def test_a_column_of_sentences_is_the_description(kb, tmp_path):
    rows = [["Idea", "Blurb", "Owner"]] + [
        [row[0], DESCRIPTIONS[i % 5], row[3]] for i, row in enumerate(BOARD[1:])]
    found = _mapping(kb, tmp_path, "innovation", rows)
    assert found["Blurb"] == ("description", DESCRIPTION_FROM_CELLS)


def test_a_notes_column_of_sentences_is_no_description(kb, tmp_path):
    rows = [["Idea", "Notes", "Owner"]] + [
        [row[0], DESCRIPTIONS[i % 5], row[3]] for i, row in enumerate(BOARD[1:])]
    found = _mapping(kb, tmp_path, "innovation", rows)
    assert found["Notes"][0] != "description"


def test_sentences_beside_a_description_column_stay_out(kb, tmp_path):
    rows = [["Idea", "Description", "Blurb"]] + [
        [row[0], "Short one.", DESCRIPTIONS[i % 5]] for i, row in enumerate(BOARD[1:])]
    found = _mapping(kb, tmp_path, "innovation", rows)
    assert found["Description"][0] == "description"
    assert found["Blurb"][0] == ""


def test_a_column_of_jobs_is_the_job_title(kb, tmp_path):
    rows = [["Name", "Does what", "E-mail"],
            ["Ann Lee", "Charge Nurse Band 6", "ann.lee@x.nhs.uk"],
            ["Raj Shah", "Consultant Nephrologist", "raj.shah@x.nhs.uk"],
            ["Sam Cole", "Renal Pharmacist", "sam.cole@x.nhs.uk"]]
    found = _mapping(kb, tmp_path, "person", rows)
    assert found["Does what"] == ("job_title", JOB_FROM_CELLS)


def test_a_job_column_beside_a_role_column_stays_out(kb, tmp_path):
    rows = [["Name", "Role", "Cover"],
            ["Ann Lee", "Charge Nurse", "Staff Nurse on duty"],
            ["Raj Shah", "Consultant", "Registrar on call"],
            ["Sam Cole", "Pharmacist", "Duty pharmacist"]]
    found = _mapping(kb, tmp_path, "person", rows)
    assert found["Role"][0] == "job_title"
    assert found["Cover"][0] == ""


UPDATES = ["Pilot on Hazel ward - 10 patients so far", "On hold - post vacant",
           "Up and running, patients love it", "Idea only - to go to the next meeting",
           "Rolled out to two more wards", "Stopped - the trust funds it centrally"]


def test_a_column_of_progress_updates_is_the_stage(kb, tmp_path):
    rows = [["Idea", "Misc", "Details"]] + [
        [row[0], UPDATES[i], row[2]] for i, row in enumerate(BOARD[1:])]
    found = _mapping(kb, tmp_path, "innovation", rows)
    assert found["Misc"] == ("stage", STAGE_FROM_CELLS)


def test_progress_updates_in_a_notes_column_are_no_stage(kb, tmp_path):
    rows = [["Idea", "Notes", "Details"]] + [
        [row[0], UPDATES[i], row[2]] for i, row in enumerate(BOARD[1:])]
    found = _mapping(kb, tmp_path, "innovation", rows)
    assert found["Notes"][0] != "stage"


def test_the_only_column_of_dates_is_the_start(kb, tmp_path):
    rows = [["Idea", "Day one", "Details"]] + [
        [row[0], f"0{i + 1}/03/2023", row[2]] for i, row in enumerate(BOARD[1:])]
    found = _mapping(kb, tmp_path, "innovation", rows)
    assert found["Day one"] == ("started_on", START_FROM_CELLS)


def test_two_columns_of_dates_or_an_end_date_are_no_start(kb, tmp_path):
    rows = [["Idea", "Day one", "Wrap-up", "Details"]] + [
        [row[0], f"0{i + 1}/03/2023", f"0{i + 1}/09/2023", row[2]]
        for i, row in enumerate(BOARD[1:])]
    found = _mapping(kb, tmp_path, "innovation", rows)
    assert found["Day one"][0] != "started_on" and found["Wrap-up"][0] != "started_on"
    rows = [["Idea", "Completed", "Details"]] + [
        [row[0], f"0{i + 1}/09/2023", row[2]] for i, row in enumerate(BOARD[1:])]
    found = _mapping(kb, tmp_path, "innovation", rows)
    assert found["Completed"][0] != "started_on"


def test_a_staff_list_of_people_from_many_teams_finds_the_team(kb, tmp_path):
    # every person in a different team (no value repeats): short names of services
    rows = [["Name", "Misc", "E-mail"],
            ["Ann Lee", "Tissue Viability", "ann.lee@x.nhs.uk"],
            ["Raj Shah", "Older Adults CMHT", "raj.shah@x.nhs.uk"],
            ["Sam Cole", "Pharmacy", "sam.cole@x.nhs.uk"],
            ["Jo Hart", "Diabetes Team", "jo.hart@x.nhs.uk"]]
    found = _mapping(kb, tmp_path, "person", rows)
    assert found["Misc"] == ("department", DEPARTMENT_FROM_CELLS)


def test_addresses_beside_names_are_the_email(kb, tmp_path):
    rows = [["Name", "Misc"],
            ["Ann Lee", "Ann Lee <ann.lee@x.nhs.uk>"],
            ["Raj Shah", "raj.shah@x.nhs.uk"],
            ["Sam Cole", "Sam Cole <sam.cole@x.nhs.uk>"]]
    found = _mapping(kb, tmp_path, "person", rows)
    assert found["Misc"] == ("work_email", EMAIL_IN_CELLS)
    path = tmp_path / "staff.csv"
    path.write_text("\n".join(",".join(f'"{c}"' for c in row) for row in rows),
                    encoding="utf-8")
    import_file(kb, path, "person")
    emails = {p.display_name: p.work_email for p in kb.records("person")}
    assert emails["Ann Lee"] == "ann.lee@x.nhs.uk"


def test_notes_naming_two_addresses_are_no_email(kb, tmp_path):
    rows = [["Name", "E-mail", "Misc"],
            ["Ann Lee", "ann.lee@x.nhs.uk", "cc ann@x.nhs.uk and b@x.nhs.uk"],
            ["Raj Shah", "raj.shah@x.nhs.uk", "cc raj@x.nhs.uk"]]
    found = _mapping(kb, tmp_path, "person", rows)
    assert found["E-mail"][0] == "work_email"
    assert found["Misc"][0] == ""


def test_a_trackers_title_repeated_with_its_key_is_the_title(kb, tmp_path):
    # a row per project per quarter: the titles repeat as the keys do
    rows = [["Ref no", "Misc", "Details"]]
    for quarter in range(3):
        rows += [[f"P0{i}", row[0], f"Q{quarter + 1}: " + row[2]]
                 for i, row in enumerate(BOARD[1:4])]
    found = _mapping(kb, tmp_path, "innovation", rows)
    assert found["Misc"] == ("title", TITLE_FROM_CELLS)


def test_a_repeated_column_without_a_key_is_no_title(kb, tmp_path):
    rows = [["Misc", "Details"]]
    for quarter in range(3):
        rows += [[row[0], f"Q{quarter + 1}: " + row[2]] for row in BOARD[1:4]]
    found = _mapping(kb, tmp_path, "innovation", rows)
    assert found["Misc"][0] != "title"


def test_a_header_in_a_logs_own_words_under_group_labels_is_the_header(kb, tmp_path):
    # the group labels' own words ("Who", "Progress") are known, the header's mostly not
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["THE PROJECT", None, None, None, "WHO", None, "PROGRESS", None])
    sheet.append(["No.", "Misc", "Blurb", "Patch", "Who leads", "Mail", "Where",
                  "Day one"])
    for i, row in enumerate(BOARD[1:]):
        sheet.append([f"AB-{i:03}", row[0], row[2], row[1], row[3],
                      f"{row[3].replace(' ', '.').lower()}@x.nhs.uk", UPDATES[i],
                      f"0{i + 1}/03/2023"])
    path = tmp_path / "log.xlsx"
    book.save(path)
    mapping = Importer(kb, path, "innovation").open()
    fields = {cm.header: cm.field for cm in mapping.columns}
    assert fields["Misc"] == "title" and fields["Blurb"] == "description"
    assert fields["Patch"] == "department" and fields["Where"] == "stage"
    assert fields["Day one"] == "started_on"


def test_a_dense_row_of_labels_above_the_header_is_not_skipped_wrongly(kb, tmp_path):
    # two header-like rows of the same width: the one with more known words stays the header
    rows = [["Project", "Lead", "Status", "Description"],
            ["Ref", "Name", "Stage", "What it is"],
            ["Slot booking app", "Ann Lee", "Pilot", DESCRIPTIONS[0]]]
    found = _mapping(kb, tmp_path, "innovation", rows)
    assert found["Project"][0] == "title"


def test_a_title_beside_a_terse_description_is_the_title(kb, tmp_path):
    # names of projects a little longer than the one-line descriptions beside them
    rows = [["Misc", "Brief description"],
            ["Recovery College online courses", "Courses"],
            ["Safewards on acute inpatient wards", "Safewards"],
            ["Physical health checks for people with SMI", "Checks"]]
    found = _mapping(kb, tmp_path, "innovation", rows)
    assert found["Misc"] == ("title", TITLE_FROM_CELLS)


def test_a_column_listing_topics_is_the_expertise(kb, tmp_path):
    rows = [["Name", "E-mail", "Misc"],
            ["Ann Lee", "ann.lee@x.nhs.uk", "Leg ulcers; compression bandaging; Doppler"],
            ["Raj Shah", "raj.shah@x.nhs.uk", "Falls prevention, vestibular rehab"],
            ["Sam Cole", "sam.cole@x.nhs.uk", "Polypharmacy"],
            ["Jo Hart", "jo.hart@x.nhs.uk", "• Enteral feeding • Dysphagia"]]
    found = _mapping(kb, tmp_path, "person", rows)
    assert found["Misc"] == ("profile.expertise", EXPERTISE_FROM_CELLS)


def test_offers_notes_and_a_named_expertise_column_are_not_taken(kb, tmp_path):
    rows = [["Name", "Special interests", "Misc", "Notes"],
            ["Ann Lee", "Leg ulcers", "Happy to teach, buddy", "Leg ulcers; Doppler"],
            ["Raj Shah", "Falls", "Can offer shadowing; teaching", "Falls, rehab"],
            ["Sam Cole", "Polypharmacy", "Happy to mentor", "Polypharmacy; care homes"]]
    found = _mapping(kb, tmp_path, "person", rows)
    assert found["Special interests"][0] == "profile.expertise"
    assert found["Misc"][0] != "profile.expertise"
    assert found["Notes"][0] != "profile.expertise"


def test_two_columns_of_lists_leave_the_choice_to_the_librarian(kb, tmp_path):
    rows = [["Name", "Misc", "Tongues"],
            ["Ann Lee", "Leg ulcers; Doppler", "Polish; French"],
            ["Raj Shah", "Falls, rehab", "Urdu; Punjabi"],
            ["Sam Cole", "Polypharmacy; care homes", "Spanish; Italian"]]
    found = _mapping(kb, tmp_path, "person", rows)
    assert found["Misc"][0] != "profile.expertise" and found["Tongues"][0] != (
        "profile.expertise")


#: A Microsoft Forms export whose idea's name is asked in words no list holds ("Misc"),
#: beside a question holding "idea" (a weak match for the title) answered in sentences.
_ASKED = "Describe your idea \u2013 what problem does it solve?"
FORM = [["ID", "Start time", "Completion time", "Email", "Name", "Misc", _ASKED,
         "Where is it up to?"]] + [
    [str(n), "1/9/23 9:14:22", "1/9/23 9:21:47", f"p{n}@x.nhs.uk", person, title,
     DESCRIPTIONS[n - 1], stage]
    for n, (person, title, stage) in enumerate([
        ("Ann Lee", "Slot booking app", "Live"),
        ("Raj Shah", "Hotline triage tool", "Pilot"),
        ("Sam Cole", "Mask pre-fitting clinic", "Idea"),
        ("Jo Hart", "Meet and greet at the entrance", "Live")], start=1)]


def test_a_weak_title_match_of_sentences_gives_way_to_the_cells(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", FORM)
    assert found["Misc"] == ("title", CELLS_OVER_A_HEADER)
    # the freed question is read by its cells: the description
    assert found[_ASKED][0] == "description"


def test_a_weak_title_match_whose_cells_are_titles_is_kept(kb, tmp_path):
    rows = [[c if c != _ASKED else "Your idea in brief" for c in FORM[0]]] + [
        [*r[:5], r[5] + " notes", r[5] + " v2", r[7]] for r in FORM[1:]]
    found = _mapping(kb, tmp_path, "innovation", rows)
    assert found["Your idea in brief"][0] == "title"
    assert found["Misc"] == ("", "")


def test_a_strong_title_header_is_never_overridden_by_cells(kb, tmp_path):
    rows = [[c if c != _ASKED else "Title" for c in FORM[0]], *FORM[1:]]
    found = _mapping(kb, tmp_path, "innovation", rows)
    assert found["Title"][0] == "title"
    assert found["Misc"][0] == ""


def test_two_columns_of_titles_leave_a_weak_match_alone(kb, tmp_path):
    rows = [FORM[0] + ["Phase two"]] + [[*r, r[5] + " (phase 2)"] for r in FORM[1:]]
    found = _mapping(kb, tmp_path, "innovation", rows)
    assert found[_ASKED][0] == "title"


#: An ESR extract whose job column is headed "Misc" beside its "Grade" (a job synonym).
ESR = [["Full Name", "Misc", "Grade", "Work E-mail"],
       ["Lee, Ann", "Community Matron", "Band 8a", "ann.lee@x.nhs.uk"],
       ["Shah, Raj", "Advanced Clinical Practitioner", "Band 8a", "raj.shah@x.nhs.uk"],
       ["Cole, Sam", "Care Home Education Facilitator", "Band 7", "sam.cole@x.nhs.uk"],
       ["Hart, Jo", "Staff Nurse", "AfC Band 5", "jo.hart@x.nhs.uk"]]


def test_a_grade_column_gives_way_to_a_column_of_jobs(kb, tmp_path):
    found = _mapping(kb, tmp_path, "person", ESR)
    assert found["Misc"] == ("job_title", CELLS_OVER_A_HEADER)
    assert found["Grade"] == ("", NOT_WHAT_ITS_HEADER_SAYS)


def test_a_grade_column_alone_stays_the_job_title(kb, tmp_path):
    rows = [[r[0], r[2], r[3]] for r in ESR]
    found = _mapping(kb, tmp_path, "person", rows)
    assert found["Grade"][0] == "job_title"


def test_a_job_title_header_of_grades_is_not_overridden(kb, tmp_path):
    rows = [["Full Name", "Misc", "Job title", "Work E-mail"], *ESR[1:]]
    found = _mapping(kb, tmp_path, "person", rows)
    assert found["Job title"][0] == "job_title"
    assert found["Misc"][0] == ""


#: A rehab wards' log whose wards are named for birds, under a header no list holds.
BIRDS = [["Idea", "Misc", "Who"],
         ["Breakfast club", "Kestrel", "Kate Morland"],
         ["Get up, get dressed, get moving", "Kestrel + Heron", "Anne Cooke"],
         ["Weekend exercise group", "Heron", "Dave Pollard"],
         ["Falls huddle at handover", "Kestrel", "Priya Nair"],
         ["Step counters", "Heron", "Dave Pollard"],
         ["Reusable slide sheets", "Heron", "Wendy Tran"]]


def test_a_few_capitalised_names_repeated_are_the_department(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", BIRDS)
    assert found["Misc"] == ("department", NAMED_PLACES)


@pytest.mark.parametrize("values", [
    ["High", "Low", "High", "Medium", "Low", "High"],            # a choice
    ["Patient Safety", "Cost Saving", "Patient Safety", "Sustainability", "Cost Saving",
     "Patient Safety"],                                            # themes
    ["Ann Lee", "Raj Shah", "Ann Lee", "Raj Shah", "Ann Lee", "Raj Shah"],  # people
    ["Kestrel", "Heron", "Osprey", "Kite", "Merlin", "Falcon"],  # never repeated
    ["Kingsmere Hospital", "Ashby House", "Kingsmere Hospital", "Ashby House",
     "Kingsmere Hospital", "Ashby House"],                        # sites
    ["Kestrel", "Kestrel", "Kestrel", "Kestrel", "Kestrel", "Kestrel"],  # one value
    ["kestrel", "heron", "kestrel", "heron", "kestrel", "heron"]])  # not capitalised
def test_other_repeated_columns_are_no_named_places(kb, tmp_path, values):
    rows = [BIRDS[0]] + [[r[0], v, r[2]] for r, v in zip(BIRDS[1:], values, strict=True)]
    found = _mapping(kb, tmp_path, "innovation", rows)
    assert found["Misc"][0] != "department"


def test_named_places_under_a_header_of_a_kind_are_no_department(kb, tmp_path):
    rows = [["Idea", "Type", "Who"]] + [r for r in BIRDS[1:]]
    found = _mapping(kb, tmp_path, "innovation", rows)
    assert found["Type"][0] != "department"


def test_two_columns_of_named_places_are_left_to_the_librarian(kb, tmp_path):
    rows = [[*BIRDS[0], "Misc 2"]] + [[*r, ("Oak", "Ash")[n % 2]]
                                      for n, r in enumerate(BIRDS[1:])]
    found = _mapping(kb, tmp_path, "innovation", rows)
    assert found["Misc"][0] != "department" and found["Misc 2"][0] != "department"


def test_specialties_are_teams_by_their_endings(kb, tmp_path):
    rows = [["Name", "Misc", "E-mail"],
            ["Ann Lee", "Microbiology", "ann.lee@x.nhs.uk"],
            ["Raj Shah", "Anaesthetics", "raj.shah@x.nhs.uk"],
            ["Sam Cole", "Geriatrics", "sam.cole@x.nhs.uk"],
            ["Jo Hart", "Nephrology", "jo.hart@x.nhs.uk"]]
    found = _mapping(kb, tmp_path, "person", rows)
    assert found["Misc"] == ("department", DEPARTMENT_FROM_CELLS)


#: An ESR extract with its team headed "Misc" beside the division above it ("Org L3").
ORG = [["Name", "Org L3", "Misc", "E-mail"],
       ["Ann Lee", "Medicine Division", "Respiratory", "ann.lee@x.nhs.uk"],
       ["Raj Shah", "Medicine Division", "Cardiology", "raj.shah@x.nhs.uk"],
       ["Sam Cole", "Surgery Division", "General Surgery", "sam.cole@x.nhs.uk"],
       ["Jo Hart", "Surgery Division", "Theatres", "jo.hart@x.nhs.uk"],
       ["Al Peck", "Medicine Division", "Respiratory", "al.peck@x.nhs.uk"]]


def test_of_two_team_columns_the_narrower_is_the_department(kb, tmp_path):
    found = _mapping(kb, tmp_path, "person", ORG)
    assert found["Misc"] == ("department", DEPARTMENT_FROM_CELLS)
    assert found["Org L3"] == ("", "broader than the department")


def test_two_team_columns_that_do_not_nest_are_left_alone(kb, tmp_path):
    rows = [ORG[0]] + [[*r[:1], "Surgery Division" if n == 0 else r[1], *r[2:]]
                       for n, r in enumerate(ORG[1:])]
    found = _mapping(kb, tmp_path, "person", rows)
    assert found["Misc"][0] != "department" and found["Org L3"][0] != "department"


def test_a_column_of_teams_is_no_rival_for_a_weak_title(kb, tmp_path):
    # all different and over 2.5 words: they read as titles too
    teams = ["Ravenscroft Ward (acute)", "Willow Ward (older adults)", "Crisis Team North",
             "Community Pharmacy Team"]
    rows = [[*FORM[0], "Misc 2"]] + [[*r, t] for r, t in zip(FORM[1:], teams, strict=True)]
    found = _mapping(kb, tmp_path, "innovation", rows)
    assert found["Misc"] == ("title", CELLS_OVER_A_HEADER)
    assert found["Misc 2"][0] == "department"



#: A board whose status of short updates is headed "Misc" beside its "Status colour".
RAG_BOARD = [["Item", "Misc", "Status colour"],
             ["Slot booking app", "Live on CDU", "Green"],
             ["Hotline triage tool", "On hold - staff shortages", "Red"],
             ["Mask pre-fitting clinic", "Pilot on Ward 7", "Amber"],
             ["Meet and greet", "Rolled out trustwide", "Green"],
             ["Line review checklist", "Idea - needs sign off", "Amber"]]


def test_a_column_of_rag_colours_gives_the_stage_to_the_updates(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", RAG_BOARD)
    assert found["Misc"] == ("stage", CELLS_OVER_A_HEADER)
    assert found["Status colour"] == ("", NOT_WHAT_ITS_HEADER_SAYS)


def test_a_weak_stage_match_of_words_is_kept(kb, tmp_path):
    rows = [[r[0], r[1], r[1]] for r in RAG_BOARD]
    rows[0] = ["Item", "Misc", "Status colour"]
    found = _mapping(kb, tmp_path, "innovation", rows)
    assert found["Status colour"][0] == "stage"
    assert found["Misc"][0] != "stage"


#: A skills list with a row per person per skill, its skill column headed "Misc".
PER_SKILL = [["Staff member", "Misc", "Email"],
             ["Ann Lee", "MSK ultrasound", "ann.lee@x.nhs.uk"],
             ["Ann Lee", "Sports injuries", "ann.lee@x.nhs.uk"],
             ["Ann Lee", "Guided injections", "ann.lee@x.nhs.uk"],
             ["Raj Shah", "Cardiac MRI", "raj.shah@x.nhs.uk"],
             ["Raj Shah", "CT colonography", "raj.shah@x.nhs.uk"],
             ["Sam Cole", "Breast screening", "sam.cole@x.nhs.uk"]]


def test_one_topic_a_row_beside_repeated_people_is_the_expertise(kb, tmp_path):
    found = _mapping(kb, tmp_path, "person", PER_SKILL)
    assert found["Misc"] == ("profile.expertise", EXPERTISE_FROM_CELLS)


def test_one_topic_a_row_with_each_person_once_is_not_the_expertise(kb, tmp_path):
    names = ["Ann Lee", "Raj Shah", "Sam Cole", "Jo Hart", "Kim Ng", "Al Peck"]
    rows = [PER_SKILL[0]] + [[n, r[1], n.lower().replace(" ", ".") + "@x.nhs.uk"]
                             for n, r in zip(names, PER_SKILL[1:], strict=True)]
    found = _mapping(kb, tmp_path, "person", rows)
    assert found["Misc"][0] != "profile.expertise"


def test_the_preview_says_the_cells_took_the_field_from_a_weak_header(tmp_path):
    import csv

    from clihelp import run_cli

    run_cli(["init", str(tmp_path / "kb"), "--name", "T", "--organisation", "T"])
    staff = tmp_path / "esr.csv"
    with staff.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(ESR)
    shown = run_cli(["--kb", str(tmp_path / "kb"), "import", str(staff), "--type", "person",
                     "--dry-run"])
    text = " ".join(shown.out.split())  # the preview's table may wrap its cells
    assert "another column's header had a word of it, but not its cells" in text, shown.out
    assert "its header has a word of a field whose cells are another column's" in text
