"""The import's readings of what people type: stage words, money, month-only dates, names,
rows that are not records, and headers with their confidence."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kmcore.io.cells import left_note, loose_date, not_a_record, parse_money, person_name
from kmcore.io.columns import ConversionError, columns_for
from kmcore.io.mapping import guess_mapping
from kmcore.io.values import ValueMatcher
from kmcore.records.innovation import Innovation
from kmcore.records.person import Person
from kmcore.records.vocab import Stage, WillingTo


@pytest.mark.parametrize(("word", "value", "method"), [
    ("Implemented", "implemented", "kmcore's word"),
    ("in planning", "planning", "librarians' word"),
    ("PDSA cycle 3", "testing", "librarians' word"),
    ("Pilot on ward 7", "testing", "read"),
    ("On hold - staffing", "paused", "read"),
    ("Complete & evaluated ", "evaluated", "librarians' word"),
    ("BAU", "embedded", "librarians' word"),
    ("Implemented - now BAU", "embedded", "read"),  # the last word on it wins
    ("Not progressed", "stopped", "librarians' word"),
    ("Implemted", "implemented", "similar spelling"),
])
def test_stage_words_trusts_use(word: str, value: str, method: str) -> None:
    choice = ValueMatcher(Stage).match(word)
    assert (choice.value, choice.method) == (value, method)


def test_an_unknown_word_is_unknown_and_a_persons_mapping_wins() -> None:
    assert ValueMatcher(Stage).match("Blue sky thinking").value == ""
    told = ValueMatcher(Stage, {"Blue sky thinking": "idea", "BAU": "implemented"})
    assert told.match("blue-sky thinking").value == "idea"
    assert told.match("BAU").method == "told" and told.match("BAU").value == "implemented"


def test_willing_to_phrases_take_their_first_verb() -> None:
    matcher = ValueMatcher(WillingTo, prefer="first")
    assert matcher.match("review care home training materials").value == "review"
    assert matcher.match("mentor junior doctors").value == "mentor"
    assert matcher.match("give talks").value == "speak"


@pytest.mark.parametrize(("cell", "amount", "cash"), [
    ("£38,000", "38000.00", True), ("approx £120k", "120000.00", True),
    ("12.5k", "12500.00", True), ("£14,000 pa", "14000.00", True),
    ("£2.5m", "2500000.00", True), ("£45k (time)", "45000.00", False),
    ("£30,000 (bed days)", "30000.00", False), (31500, "31500", True),
])
def test_money_as_people_type_it(cell: object, amount: str, cash: bool) -> None:
    money = parse_money(cell)
    assert money is not None and money.amount == Decimal(amount) and money.cash is cash


@pytest.mark.parametrize("cell", ["n/a", "N/A", "tbc", "TBC", "", "-", "unknown"])
def test_no_money_is_nothing_to_set(cell: str) -> None:
    assert parse_money(cell) is None


@pytest.mark.parametrize("cell", ["£0", "0", 0, "nil", "None", "£0.00", "zero", "£ -"])
def test_a_saving_of_nothing_is_zero_not_unknown(cell: object) -> None:
    money = parse_money(cell)
    assert money is not None and money.amount == 0 and money.cash


@pytest.mark.parametrize("cell", ["£5k-£10k", "2.1k bed days", "lots"])
def test_money_that_is_not_one_sum_is_refused_with_why(cell: str) -> None:
    with pytest.raises(ConversionError):
        parse_money(cell)


@pytest.mark.parametrize(("cell", "day"), [
    ("Apr 2020", dt.date(2020, 4, 1)), ("April 2020", dt.date(2020, 4, 1)),
    ("Jan-23", dt.date(2023, 1, 1)), ("06/2019", dt.date(2019, 6, 1)),
    ("Q3 2021", dt.date(2021, 7, 1)), ("Sept 2019", dt.date(2019, 9, 1)),
    ("03/04/2024", dt.date(2024, 4, 3)), ("tbc", None),
])
def test_dates_as_logs_write_them(cell: str, day: dt.date | None) -> None:
    assert loose_date(cell) == day


def test_a_date_that_does_not_exist_is_still_refused() -> None:
    with pytest.raises(ConversionError, match="not a real date"):
        loose_date("31/02/2024")
    with pytest.raises(ConversionError):
        loose_date("sometime in May")


@pytest.mark.parametrize(("cell", "name"), [
    ("Dr Amara Okafor", "Amara Okafor"), ("Sister Anne-Marie Doyle", "Anne-Marie Doyle"),
    ("Tom Fielding (ANP)", "Tom Fielding"),
    ("OKAFOR, Amara (CALDERBROOK HOSPITALS NHS TRUST)", "Amara Okafor"),
    ("Digital midwife \u2013 Amy Fox", "Amy Fox"), ("Charge Nurse Ben Oduya", "Ben Oduya"),
    ("Steph Ward", "Steph Ward"),
    ("HCA team", ""), ("Anon", ""), ("Smoking cessation lead", ""),
])
def test_person_names(cell: str, name: str) -> None:
    assert person_name(cell) == name


def test_leavers_in_a_job_title() -> None:
    assert left_note("Ward Clerk (retired Dec 23)") == ("Ward Clerk", dt.date(2023, 12, 1))
    assert left_note("Ward Clerk") is None


def test_rows_that_are_not_records() -> None:
    headers = ["Ref", "Title", "Lead"]
    assert "heading" in (not_a_record({"Ref": "2022/23"}, headers, "") or "")
    assert "header row again" in (not_a_record(
        {"Ref": "Ref", "Title": "Title", "Lead": "Lead"}, headers, "Title") or "")
    assert "totals" in (not_a_record({"Title": "TOTAL", "Ref": 12}, headers, "TOTAL") or "")
    assert "test entry" in (not_a_record(
        {"Title": "test", "Lead": "TEST RESPONSE - please ignore"}, headers, "test") or "")
    assert not_a_record({"Ref": "A1", "Title": "Night huddles"}, headers,
                        "Night huddles") is None


def test_headers_are_guessed_with_confidence_and_the_rest_not_imported() -> None:
    headers = ["Idea no.", "Project / Innovation", "Innovator(s)", "Email", "Ward / Dept",
               "Project status update", "Current status (free text)", "What problem does it solve?",
               "Brief description", "Outcomes / impact", "Savings (£ per year)", "ID",
               "Favourite colour"]
    mapping = guess_mapping("innovation", headers, columns_for(Innovation))
    got = {cm.header: (cm.field, cm.confidence) for cm in mapping.columns}
    assert got["Idea no."] == ("key", "high")
    assert got["Project / Innovation"] == ("title", "high")
    assert got["Innovator(s)"] == ("lead", "high") and got["Email"][0] == "lead"
    assert got["Ward / Dept"] == ("department", "high")
    assert got["Project status update"] == ("stage", "medium")  # holds "project status"
    assert got["Current status (free text)"] == ("", "")  # the stage is taken already
    assert got["Brief description"] == ("description", "medium")  # the only description
    assert got["Outcomes / impact"][0] == "evaluation.summary"
    assert got["Savings (£ per year)"] == ("savings.cash_releasing_gbp", "medium")
    assert got["ID"][0] == ""  # a second key column is not the record id
    assert got["Favourite colour"] == ("", "")


def test_staff_list_headers() -> None:
    headers = ["Name", "Job title", "Team", "E-mail address", "Areas of expertise",
               "What I'm happy to do"]
    mapping = guess_mapping("person", headers, columns_for(Person))
    assert [cm.field for cm in mapping.columns] == [
        "display_name", "job_title", "department", "work_email", "profile.expertise",
        "profile.willing_to"]


def test_a_test_word_in_the_title_and_a_cell_that_only_says_test_is_a_test_row() -> None:
    """'test champion' with a status of 'TEST' is someone trying the list out (D990); either
    alone proves nothing: 'Test and trace team' is a project, a 'TEST' status on a real
    project title is not enough, and 'Testing new dressings' is work."""
    headers = ["Name", "Role", "Status"]
    said = not_a_record({"Name": "trial champion test", "Role": "", "Status": "TEST"},
                        headers, "trial champion test")
    assert "test entry" in (said or "")
    assert "test entry" in (not_a_record(
        {"Title": "Example pathway", "Lead": "Ann Lee", "Notes": "dummy"},
        ["Title", "Lead", "Notes"], "Example pathway") or "")
    for title, status in (("Test and trace team", "Active"),
                          ("Testing new dressings", "Active"),
                          ("Falls huddles", "TEST")):
        assert not_a_record({"Title": title, "Lead": "Ann Lee", "Status": status},
                            ["Title", "Lead", "Status"], title) is None, title


def test_placeholder_names_on_a_staff_list_are_named_not_imported() -> None:
    """'Test Champion', 'Test User', 'Joe Bloggs', 'A N Other' in a staff list's name cell
    are no colleague (D990); real names and a log's 'Test lead' title are untouched."""
    headers = ["Name", "Role", "Email"]
    for name in ("Test Champion", "Test User", "Joe Bloggs", "Mr Fred Bloggs", "A N Other",
                 "Jane Doe"):
        said = not_a_record({"Name": name, "Role": "Nurse", "Email": "x@nhs.net"},
                            headers, name, person=True)
        assert "placeholder" in (said or "") or "test entry" in (said or ""), name
    for name in ("Joe Blogson", "Testa Marchetti", "Jo Test-Williams", "Jane Doherty"):
        assert not_a_record({"Name": name, "Role": "Nurse", "Email": "x@nhs.net"},
                            headers, name, person=True) is None, name
    assert not_a_record({"Title": "Test lead", "Lead": "Ann Lee"}, ["Title", "Lead"],
                        "Test lead") is None


def test_a_count_label_without_of_is_a_totals_row_but_a_numbered_title_is_not() -> None:
    headers = ["Name", "Falls", "Tissue viability"]
    row = {"Name": "No. nurses with each skill:", "Falls": "7", "Tissue viability": "3"}
    assert "totals row" in (not_a_record(row, headers, row["Name"], person=True) or "")
    titled = {"Name": "No. 7 clinic refit", "Falls": "7", "Tissue viability": "yes"}
    assert not_a_record(titled, headers, titled["Name"]) is None


@pytest.mark.parametrize(("cell", "name"), [
    ("Chaplain", ""), ("Volunteer", ""), ("Matron", ""),
    # a surname that is also a job stays a name
    ("Porter", "Porter"), ("Chaplain Ruth Ade", "Chaplain Ruth Ade")])
def test_a_job_alone_where_the_lead_goes_is_no_person(cell: str, name: str) -> None:
    assert person_name(cell) == name


def test_waiting_for_approval_is_planning_as_awaiting_approval_is():
    # "awaiting approval" was planning and "waiting for approval" a pause (D1203)
    from kmcore.io.values import ValueMatcher
    from kmcore.records.innovation import Stage

    matcher = ValueMatcher(Stage)
    for cell in ("Waiting for approval from the digital board", "waiting on sign-off",
                 "Not begun - waiting for funding"):
        assert matcher.match(cell).value == "planning", cell
    for cell in ("waiting for the new rota", "On hold - waiting for approval"):
        assert matcher.match(cell).value == "paused", cell


def test_a_note_saying_when_it_went_live_gives_the_implementation_date(tmp_path) -> None:
    """"went live 13/02/2023" in a Notes column the import does not read is the date the
    work was implemented (D1373); a plan to go live is not."""
    import kmcore
    from kmcore.io.importer import import_file

    log = tmp_path / "log.csv"
    log.write_text("Title,Lead,Description,Problem,Status,Notes\n"
                   "Ward clocks,Ann Bell,Clocks in every bay,Lost track of time,Live,"
                   "went live 13/02/2023 after a short trial\n"
                   "Quiet hours,Bob Hart,Lights down at 10,Noise at night,Planning,"
                   "to go live 01/04/2030\n", encoding="utf-8")
    kb = kmcore.init(tmp_path / "kb", name="KB", organisation="Trust")
    try:
        import_file(kb, log, "innovation")
        dates = {r.title: r.implemented_on for r in kb.records("innovation")}
        assert str(dates["Ward clocks"]) == "2023-02-13"
        assert dates["Quiet hours"] is None
    finally:
        kb.close()


@pytest.mark.parametrize(("cell", "day"), [
    # a financial year however it is written: its first day, 1 April (D1457)
    ("FY23/24", dt.date(2023, 4, 1)), ("FY 2023/24", dt.date(2023, 4, 1)),
    ("2023/2024", dt.date(2023, 4, 1)),
    # a month named in words makes the American order plain
    ("March 3, 2024", dt.date(2024, 3, 3)), ("Sept 14 2023", dt.date(2023, 9, 14)),
    # the middle or the end of a year: the first day of its second half or last quarter,
    # as a season or a quarter is read by its first month
    ("mid-2023", dt.date(2023, 7, 1)), ("mid 2023", dt.date(2023, 7, 1)),
    ("late 2023", dt.date(2023, 10, 1)), ("end of 2023", dt.date(2023, 10, 1)),
])
def test_more_dates_as_logs_write_them(cell: str, day: dt.date) -> None:
    assert loose_date(cell) == day


@pytest.mark.parametrize("cell", ["11/12", "FY23/25", "2023/2025", "mid-week"])
def test_two_numbers_that_are_no_financial_year_are_no_date(cell: str) -> None:
    with pytest.raises(ConversionError):
        loose_date(cell)
