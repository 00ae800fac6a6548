"""What cells mean beyond their words, as the import reads them: a sum for a shorter period
than a year, several areas in one cell, a name and an e-mail in one cell, a name marked as a
leaver's, and a test entry. Examples written for this test, not taken from any corpus."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import kmcore
from kmcore.io.areas import split_areas
from kmcore.io.cells import name_left, not_a_record, parse_money
from kmcore.io.importer import import_file


@pytest.mark.parametrize(("cell", "pounds"), [
    ("£250 a month", "3000.00"), ("£1.5k per month", "18000.00"), ("£40/wk", "2080.00"),
    ("£900 pcm", "10800.00"), ("£2k per quarter", "8000.00"), ("£75 weekly", "3900.00"),
    ("£3,000 a year", "3000.00"), ("£12k pa", "12000.00"),
])
def test_a_sum_for_a_month_week_or_quarter_is_made_a_years(cell: str, pounds: str) -> None:
    money = parse_money(cell)
    assert money is not None and money.amount == Decimal(pounds)


@pytest.mark.parametrize(("cell", "areas", "languages"), [
    # "&" binds: what follows completes what comes before
    ("Falls in care homes & hospices", ["Falls in care homes & hospices"], []),
    ("Stage 3 & stage 4 pressure ulcers", ["Stage 3 & stage 4 pressure ulcers"], []),
    ("Wound assessment & management", ["Wound assessment & management"], []),
    # ... unless it ends a comma list, or joins two things of their own
    ("Tracheostomy care, suction & humidification",
     ["Tracheostomy care", "suction", "humidification"], []),
    ("Spirometry & FeNO", ["Spirometry", "FeNO"], []),
    # a spaced slash joins two names for one area; three or more are a list
    ("Lymphoedema / compression therapy; stoma care",
     ["Lymphoedema / compression therapy", "stoma care"], []),
    ("Research / audit / service evaluation", ["Research", "audit", "service evaluation"],
     []),
    # several languages on one line are languages, not areas
    ("Continence\nSpeaks Urdu & Punjabi", ["Continence"], ["ur", "pa"]),
])
def test_areas_in_one_cell(cell: str, areas: list[str], languages: list[str]) -> None:
    found = split_areas(cell)
    assert (found.areas, found.languages) == (areas, languages)


@pytest.mark.parametrize(("name", "clean"), [
    ("Okoro *LEFT*", "Okoro"), ("Priya Shah (leaver)", "Priya Shah"),
    ("Tom Reed - retired", "Tom Reed"), ("Leftwich", None), ("Ann Left", None),
])
def test_a_name_marked_as_a_leavers(name: str, clean: str | None) -> None:
    assert name_left(name) == clean


@pytest.mark.parametrize("title", ["test record please delete", "TEST ITEM", "Do not use"])
def test_test_entries_are_not_records(title: str) -> None:
    cells = {"Title": title, "Status": "Idea"}
    assert "test entry" in (not_a_record(cells, list(cells), title) or "")


def test_a_name_and_an_email_in_one_lead_cell_are_one_person(tmp_path: Path) -> None:
    log = tmp_path / "log.csv"
    log.write_text("Title,Lead,Description,Problem,Status\n"
                   "Clocks,Sam Idowu sam.idowu@trust.nhs.uk,Clocks in bays,Confusion,Live\n"
                   "Lights,Dr Ruth Ames (ruth.ames@trust.nhs.uk),Night lights,Falls,Live\n",
                   encoding="utf-8")
    kb = kmcore.init(tmp_path / "kb", name="KB", organisation="Trust")
    try:
        result = import_file(kb, log, "innovation")
        assert result.valid == 2, result.problems
        people = {p.id: p for p in kb.records("person")}
        leads = {r.title: people[r.lead] for r in kb.records("innovation")}
        assert (leads["Clocks"].display_name, leads["Clocks"].work_email) == (
            "Sam Idowu", "sam.idowu@trust.nhs.uk")
        assert (leads["Lights"].display_name, leads["Lights"].work_email) == (
            "Ruth Ames", "ruth.ames@trust.nhs.uk")
    finally:
        kb.close()


def test_a_leaver_marked_in_the_name_with_the_date_in_the_comments(tmp_path: Path) -> None:
    staff = tmp_path / "staff.csv"
    staff.write_text("Surname,First name,Email,Comments\n"
                     "Okoro *LEFT*,Ada,ada.okoro@trust.nhs.uk,last day 28/02/2023\n"
                     "Bell,Ann,ann.bell@trust.nhs.uk,Seconded to ICB\n", encoding="utf-8")
    kb = kmcore.init(tmp_path / "kb", name="KB", organisation="Trust")
    try:
        import_file(kb, staff, "person")
        people = {p.display_name: p for p in kb.records("person")}
        assert set(people) == {"Ada Okoro", "Ann Bell"}
        assert str(people["Ada Okoro"].employment_status) == "left"
        assert people["Ada Okoro"].left_on.isoformat() == "2023-02-28"
        assert str(people["Ann Bell"].employment_status) != "left"
    finally:
        kb.close()


@pytest.mark.parametrize(("record_type", "header", "field"), [
    ("person", "Organisation", "department"), ("person", "Cost centre", "department"),
    ("person", "Other interests", "profile.expertise"),
    ("person", "Areas of special interest", "profile.expertise"),
    ("person", "Mentoring?", "profile.willing_to"),
    ("innovation", "Annual benefit (£)", "savings.cash_releasing_gbp"),
    ("innovation", "Benefit £ pa", "savings.cash_releasing_gbp"),
])
def test_more_headers_librarians_write(record_type: str, header: str, field: str) -> None:
    from kmcore.io.columns import columns_for
    from kmcore.io.mapping import guess_mapping
    from kmcore.records import RECORD_TYPES

    headers = ["Name" if record_type == "person" else "Title", "Areas of expertise", header]
    mapping = guess_mapping(record_type, headers, columns_for(RECORD_TYPES[record_type]))
    assert mapping.field_for(header) == field


@pytest.mark.parametrize(("email", "name"), [
    ("d.obrien@trust.nhs.uk", "Dara O\u2019Brien"),
    ("zoe.muller@trust.nhs.uk", "Zo\u00eb M\u00fcller"),
])
def test_an_email_spells_a_name_without_its_apostrophes_and_accents(email: str,
                                                                     name: str) -> None:
    from kmcore.io.parts import _spells

    assert _spells(email, name)


def test_a_leaver_in_the_status_column_with_the_date_in_the_notes(tmp_path: Path) -> None:
    staff = tmp_path / "staff.csv"
    staff.write_text("Name,Email,Status,Notes\n"
                     "Ali Hassan,ali.hassan@trust.nhs.uk,Leaver,Left 31/03/2024 - moved to UHB\n",
                     encoding="utf-8")
    kb = kmcore.init(tmp_path / "kb", name="KB", organisation="Trust")
    try:
        import_file(kb, staff, "person")
        [person] = kb.records("person")
        assert str(person.employment_status) == "left"
        assert person.left_on.isoformat() == "2024-03-31" and not person.to_complete
    finally:
        kb.close()


def test_an_optional_choice_nobody_can_place_is_left_empty_not_refused(tmp_path: Path) -> None:
    log = tmp_path / "log.csv"
    log.write_text("Title,Lead,Description,Problem,Status,Category\n"
                   "Clocks,Sam Idowu,Clocks in bays,Confusion,Live,Patient experience\n",
                   encoding="utf-8")
    kb = kmcore.init(tmp_path / "kb", name="KB", organisation="Trust")
    try:
        assert import_file(kb, log, "innovation", strict=True).valid == 0
        result = import_file(kb, log, "innovation")
        assert (result.valid, result.error_rows) == (1, 0)
        [record] = kb.records("innovation")
        assert record.innovation_type is None and not record.to_complete
        [warning] = [p for p in result.problems if p.field == "innovation_type"]
        assert warning.severity == "warning" and "(left empty)" in warning.reason
        assert result.unknown_values()[0][:2] == ("innovation_type", "Patient experience")
    finally:
        kb.close()
