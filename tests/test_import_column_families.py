"""Column families the preview now guesses itself (D800-D804): run-together database headers,
a slashed header, a Microsoft Planner export, a contacts list's middle name, company and
notes. Every file here is invented, headed the way such an export is; each rule also has a
file where it must not fire."""

from __future__ import annotations

from pathlib import Path

import pytest

import kmcore
from import_helpers import guessed_columns
from kmcore.io.columns import columns_for
from kmcore.io.mapping import guess_mapping, normalise_header
from kmcore.records import Innovation


@pytest.fixture
def kb(tmp_path: Path) -> kmcore.KnowledgeBase:
    return kmcore.init(tmp_path / "kb", name="Test KB", organisation="Test Trust")


def _mapping(kb: kmcore.KnowledgeBase, tmp_path: Path, record_type: str,
             rows: list[list[str]]) -> dict[str, str]:
    return {cm.header: cm.field for cm in guessed_columns(kb, tmp_path, record_type, rows)}


@pytest.mark.parametrize(("header", "words"), [
    ("ProjRef", "proj ref"), ("SchemeTitle", "scheme title"), ("OwnerName", "owner name"),
    ("GMCNumber", "gmc number"), ("DateStarted", "date started"), ("RAG", "rag"),
    ("Ward / Dept", "ward dept"), ("NHSmail", "nhsmail"), ("NHSmail address", "nhsmail address"),
    ("Date of QI review", "date of qi review")])
def test_run_together_headers_are_split_into_words(header, words):
    assert normalise_header(header) == words


def test_an_access_export_s_headers_are_guessed(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [
        ["ProjID", "InnovTitle", "Summary", "DeptName", "OwnerName", "DateStarted"],
        ["17", "Bedside handover sheet", "One sheet handed over at the bed.", "Ward 4",
         "Sue Bell", "03/02/2023"]])
    assert found == {"ProjID": "key", "InnovTitle": "title", "Summary": "description",
                     "DeptName": "department", "OwnerName": "lead",
                     "DateStarted": "started_on"}


def test_a_slashed_header_is_read_by_the_part_that_names_a_field(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [
        ["Scheme", "What it is", "Owner", "Live date / date started"],
        ["Bedside handover", "One sheet handed over at the bed.", "Sue Bell", "03/02/2023"]])
    assert found["Live date / date started"] == "started_on"


def test_a_slashed_header_whose_field_is_taken_is_left_out(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [
        ["Scheme", "What it is", "Owner", "Start date", "Phase / start"],
        ["Bedside handover", "One sheet handed over at the bed.", "Sue Bell", "03/02/2023",
         "01/03/2023"]])
    assert found["Start date"] == "started_on"
    assert found["Phase / start"] != "started_on"


def test_a_slashed_header_of_short_words_is_not_guessed():
    mapping = guess_mapping("innovation", ["Idea title", "What it is", "Lead", "Yes / No"],
                            columns_for(Innovation))
    assert mapping.columns[-1].field == ""


PLANNER = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To",
           "Created By", "Created Date", "Start date", "Due date", "Late", "Completed Date",
           "Completed By", "Labels", "Description"]


def test_a_planner_export_s_columns_are_read_as_an_innovations_log(kb, tmp_path):
    found = _mapping(kb, tmp_path, "innovation", [PLANNER, [
        "AbC123xyzQ", "Falls huddle", "Live", "Completed", "Medium", "Ann Lee;Raj Patel",
        "Ann Lee", "2024-01-02", "2024-01-10", "2024-03-01", "false", "2024-02-20",
        "Ann Lee", "Ward 7;Therapies", "A five-minute huddle after every fall."]])
    assert found["Task ID"] == "key"
    assert found["Task Name"] == "title"
    assert found["Bucket Name"] == "stage"
    assert found["Assigned To"] == "lead"
    assert found["Labels"] == "department"
    assert found["Progress"] == ""  # the task's progress, not the idea's stage
    assert found["Completed Date"] == ""  # when the task was ticked off, not go-live
    assert found["Start date"] == "started_on"


def test_progress_and_labels_outside_a_planner_export_are_read_as_before():
    mapping = guess_mapping("innovation", ["Title", "Progress", "Labels"],
                            columns_for(Innovation))
    fields = {cm.header: cm.field for cm in mapping.columns}
    assert fields == {"Title": "title", "Progress": "stage", "Labels": "keywords"}


CONTACTS = ["Title", "First Name", "Middle Name", "Last Name", "Company", "Job Title",
            "E-mail Address", "Notes"]


def test_an_outlook_contacts_export_is_guessed(kb, tmp_path):
    found = _mapping(kb, tmp_path, "person", [
        CONTACTS,
        ["Dr", "Ann", "Marie", "Lee", "Riverside GP Federation", "GP",
         "ann.lee@example.nhs.uk", "Special interests: asthma; COPD"],
        ["", "Raj", "", "Patel", "Riverside GP Federation", "Pharmacist",
         "raj.patel@example.nhs.uk", "Polypharmacy, care homes, deprescribing"],
        ["", "Sue", "", "Bell", "Riverside GP Federation", "Nurse",
         "sue.bell@example.nhs.uk", "Wound care; leg ulcers"],
        ["", "Tom", "", "Ash", "Riverside GP Federation", "Paramedic",
         "tom.ash@example.nhs.uk", "Home visits, frailty"]])
    assert found["Middle Name"] == ""
    assert found["First Name"] == "given_name"
    assert found["Last Name"] == "family_name"
    assert found["First Name + Last Name"] == "display_name"
    assert found["Company"] == "employer.name"
    assert found["Notes"] == "profile.expertise"


def test_notes_that_are_not_lists_of_interests_stay_out(kb, tmp_path):
    found = _mapping(kb, tmp_path, "person", [
        CONTACTS,
        ["", "Ann", "", "Lee", "Riverside", "GP", "ann.lee@example.nhs.uk",
         "Interviews on the week of 18 November at the main site"],
        ["", "Raj", "", "Patel", "Riverside", "Pharmacist", "raj.patel@example.nhs.uk",
         "Back from leave at the start of next month so please ring then"],
        ["", "Sue", "", "Bell", "Riverside", "Nurse", "sue.bell@example.nhs.uk",
         "Moved to the Thursday clinic at the health centre this spring"]])
    assert found["Notes"] == ""


def test_a_planner_export_whose_buckets_are_no_stages_reads_the_progress(kb, tmp_path):
    rows = [PLANNER]
    for n, (bucket, progress) in enumerate([("Workstream A", "Completed"),
                                            ("Workstream B", "In progress"),
                                            ("Workstream A", "Not started")]):
        rows.append([f"Tk{n}abcdef", f"Task {n} for the falls work", bucket, progress,
                     "Medium", "Ann Lee", "Ann Lee", "2024-01-02", "", "", "false", "", "",
                     "Ward 7", "Something done about falls on the ward."])
    found = _mapping(kb, tmp_path, "innovation", rows)
    assert found["Bucket Name"] == ""
    assert found["Progress"] == "stage"
