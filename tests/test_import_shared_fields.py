"""Two columns a librarian maps to one field (`--map` or the saved mapping): a list takes the
values of both in column order, each once; a person is named by a name column and an e-mail
column together; a text field joins both with a blank line; a choice takes the later column
a row fills (a log that moved its stage to a new status column); a field holding one value of
another kind (a date, a number) is refused in the preview, naming both columns. Nothing is
dropped silently."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

import kmcore
from clihelp import run_cli
from kmcore.errors import KmcoreError
from kmcore.io.importer import Importer


@pytest.fixture
def kb(tmp_path: Path) -> kmcore.KnowledgeBase:
    return kmcore.init(tmp_path / "kb", name="Test KB", organisation="Test Trust")


def _write(path: Path, rows: list[list[str]]) -> Path:
    """*rows* (headers first) as the .csv or .xlsx *path* names."""
    if path.suffix == ".csv":
        with path.open("w", encoding="utf-8", newline="") as out:
            csv.writer(out).writerows(rows)
        return path
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append([cell or None for cell in row])  # an empty cell, as Excel leaves it
    book.save(path)
    return path


STAFF = [["Name", "Email", "Areas of expertise", "Also interested in"],
         ["Gareth Lloyd", "gareth.lloyd@nhs.net", "Urgent care; minor injuries",
          "Wound care, URGENT CARE"],
         ["Ann Lee", "ann.lee@nhs.net", "", "Diabetes"]]


def _areas(kb: kmcore.KnowledgeBase) -> dict[str, list[str]]:
    return {p.display_name: [c.concept.label for c in p.profile.expertise]
            for p in kb.records("person")}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("told", [("Also interested in",),
                                  ("Areas of expertise", "Also interested in")])
def test_two_columns_mapped_to_expertise_merge_through_the_cli(
        kb: kmcore.KnowledgeBase, tmp_path: Path, suffix: str, told: tuple[str, ...]) -> None:
    path = _write(tmp_path / f"staff{suffix}", STAFF)
    maps = [arg for header in told for arg in ("--map", f"{header}=profile.expertise")]
    run = run_cli(["--kb", str(kb.root), "import", str(path), "--type", "person", *maps,
                   "--yes", "--no-progress"])
    assert run.code == 0, run.out + run.err
    shown = [line.split() for line in run.out.splitlines()]
    # The preview shows both columns filling the field (the guessed one is not "replaced").
    assert sum(1 for words in shown if "profile.expertise" in words) == 2
    assert _areas(kb) == {"Gareth Lloyd": ["Urgent care", "minor injuries", "Wound care"],
                          "Ann Lee": ["Diabetes"]}


LOG = [["Title", "Background", "What we did", "Tags", "Topics", "Lead", "Lead email",
        "Team", "Also on the team", "Staff", "Also for", "Stage"],
       ["Virtual ward", "Beds were full.", "We set up a virtual ward.", "frailty; beds",
        "Beds, remote monitoring", "Ann Lee", "ann.lee@nhs.net", "Bob Ray", "Cy Dee; Bob Ray",
        "Nursing", "Docs", "idea"],
       ["Discharge lounge", "", "A lounge for patients going home.", "", "", "Bob Ray",
        "bob.ray@nhs.net", "", "", "", "", "idea"]]

LOG_MAP = {"Background": "description", "What we did": "description", "Tags": "keywords",
           "Topics": "keywords", "Lead": "lead", "Lead email": "lead", "Team": "team",
           "Also on the team": "team", "Staff": "audience_staff_groups",
           "Also for": "audience_staff_groups", "Stage": "stage"}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_two_columns_for_one_field_through_the_importer(
        kb: kmcore.KnowledgeBase, tmp_path: Path, suffix: str) -> None:
    path = _write(tmp_path / f"log{suffix}", LOG)
    importer = Importer(kb, path, "innovation", overrides=LOG_MAP,
                        values={"audience_staff_groups": {"Docs": "medical_dental"}},
                        defaults={"keywords": "general", "audience_staff_groups": "students"})
    mapping = importer.open()
    assert [cm.header for cm in mapping.used if cm.field == "description"] == [
        "Background", "What we did"]
    result = importer.prepare()
    importer.apply()
    assert result.error_rows == 0, result.problems
    found = {r.title: r for r in kb.records("innovation")}
    ward, lounge = found["Virtual ward"], found["Discharge lounge"]
    # A text field joins its columns in column order, with a blank line between them.
    assert ward.description == "Beds were full.\n\nWe set up a virtual ward."
    assert lounge.description == "A lounge for patients going home."
    # A list takes both columns' values in column order, each once whatever its case.
    assert list(ward.keywords) == ["frailty", "beds", "remote monitoring"]
    people = {p.display_name: p for p in kb.records("person")}
    assert [m.person for m in ward.team] == [people["Bob Ray"].id, people["Cy Dee"].id]
    # --map-value reads the second column's word; --default fills only when both are empty.
    assert [g.value for g in ward.audience_staff_groups] == ["nursing_midwifery_registered",
                                                             "medical_dental"]
    assert list(lounge.keywords) == ["general"]
    assert [g.value for g in lounge.audience_staff_groups] == ["students"]
    # The name and the e-mail column together name the lead; a new person gets the e-mail.
    assert ward.lead == people["Ann Lee"].id
    assert people["Ann Lee"].work_email == "ann.lee@nhs.net"
    assert people["Bob Ray"].work_email == "bob.ray@nhs.net"


def test_the_lead_is_told_apart_by_the_email_column_mapped_with_it(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    for email in ("ann.lee@nhs.net", "ann.lee2@nhs.net"):
        kb.add(kmcore.codec.from_dict({"type": "person", "display_name": "Ann Lee",
                                       "work_email": email}, kb.classes))
    path = _write(tmp_path / "log.csv", [["Title", "Who", "Contact", "What", "Stage"],
                                         ["Ward huddles", "Ann Lee", "ann.lee2@nhs.net",
                                          "Daily huddles", "idea"]])
    importer = Importer(kb, path, "innovation", overrides={"Who": "lead", "Contact": "lead",
                                                           "What": "description"})
    importer.open()
    result = importer.prepare()
    importer.apply()
    assert result.error_rows == 0, result.problems
    [record] = kb.records("innovation")
    assert kb.get(record.lead, "person").work_email == "ann.lee2@nhs.net"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_two_columns_for_a_one_value_field_are_refused_naming_both(
        kb: kmcore.KnowledgeBase, tmp_path: Path, suffix: str) -> None:
    path = _write(tmp_path / f"log{suffix}", [["Title", "What", "Began", "Opened"],
                                              ["Huddles", "Daily", "2024-01-03", "2024-02-05"]])
    run = run_cli(["--kb", str(kb.root), "import", str(path), "--type", "innovation",
                   "--map", "Began=started_on", "--map", "Opened=started_on", "--dry-run"])
    assert run.code == 1
    assert "'Began' and 'Opened' are both mapped to 'started_on'" in run.err
    assert "--map 'Opened='" in run.err
    with pytest.raises(KmcoreError, match="'Began' and 'Opened'"):
        Importer(kb, path, "innovation", overrides={"Began": "started_on",
                                                    "Opened": "started_on"}).open()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_two_status_columns_for_the_stage_take_the_later_filled_one(
        kb: kmcore.KnowledgeBase, tmp_path: Path, suffix: str) -> None:
    path = _write(tmp_path / f"log{suffix}", [
        ["Title", "What", "Old state", "Current state"],
        ["Tea trolley", "Afternoon drinks round", "on hold", ""],
        ["Bedside goals", "Goals on boards", "", "being piloted"],
        ["Quiet hour", "Lights down after lunch", "idea", "now business as usual"]])
    importer = Importer(kb, path, "innovation", overrides={"Old state": "stage",
                                                           "Current state": "stage"})
    importer.open()
    result = importer.prepare()
    importer.apply()
    assert result.error_rows == 0, result.problems
    stages = {r.title: str(r.stage) for r in kb.records("innovation")}
    assert stages == {"Tea trolley": "paused", "Bedside goals": "testing",
                      "Quiet hour": "embedded"}


@pytest.mark.parametrize("saved_headers", [("Also interested in",),
                                           ("Areas of expertise", "Also interested in")])
def test_a_saved_mapping_with_two_columns_for_one_list_merges_them(
        kb: kmcore.KnowledgeBase, tmp_path: Path, saved_headers: tuple[str, ...]) -> None:
    path = _write(tmp_path / "staff.xlsx", STAFF)
    saved = tmp_path / "staff.toml"
    # A header the file does not mention is guessed: the guess stays beside the saved one.
    lines = [f'"{header}" = "profile.expertise"' for header in saved_headers]
    saved.write_text('type = "person"\n\n[columns]\n' + "\n".join(lines) + "\n",
                     encoding="utf-8")
    importer = Importer(kb, path, "person", mapping=saved)
    importer.open()
    importer.prepare()
    importer.apply()
    assert _areas(kb)["Gareth Lloyd"] == ["Urgent care", "minor injuries", "Wound care"]


def test_a_saved_mapping_keeps_both_status_columns_for_the_stage(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    from kmcore.io.mapping import save_mapping

    path = _write(tmp_path / "log.csv", [
        ["Title", "What", "Old state", "Current state"],
        ["Tea trolley", "Drinks round", "on hold", ""],
        ["Quiet hour", "Lights down", "idea", "now business as usual"]])
    first = Importer(kb, path, "innovation", overrides={"Old state": "stage",
                                                        "Current state": "stage"})
    saved = save_mapping(first.open(), tmp_path / "mapping.toml")
    text = saved.read_text(encoding="utf-8")
    assert '"Old state" = "stage"' in text and '"Current state" = "stage"' in text
    again = Importer(kb, path, "innovation", mapping=saved)
    assert [cm.header for cm in again.open().used if cm.field == "stage"] == [
        "Old state", "Current state"]
    result = again.prepare()
    again.apply()
    assert result.error_rows == 0, result.problems
    assert {r.title: str(r.stage) for r in kb.records("innovation")} == {
        "Tea trolley": "paused", "Quiet hour": "embedded"}


def test_the_preview_shows_a_later_status_column_beside_the_old_one(
        kb: kmcore.KnowledgeBase, tmp_path: Path) -> None:
    path = _write(tmp_path / "log.csv", [
        ["Title", "Description", "Status", "Position now"],
        ["Tea trolley", "Drinks round", "on hold", ""],
        ["Quiet hour", "Lights down", "idea", ""],
        ["Bed boards", "Goals by the bed", "", "being piloted"],
        ["Step counts", "Wrist counters", "", "now standard"]])
    run = run_cli(["--kb", str(kb.root), "import", str(path), "--type", "innovation",
                   "--dry-run"])
    line = next(x for x in run.out.splitlines() if x.startswith("Position now"))
    assert "stage" in line and "a later status column: read where filled, else 'Status'" in line
    # every row has its stage, old rows from the old column (the lead is what is missing)
    assert "stage: is required" not in run.out
