"""A saving written in a sentence in a savings column ("we think it saves £4k a year on
taxis"): read with its period when it gives one, never from other prose columns, and never
when the sentence says the sum is spent (issue 15). The wording is invented."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import kmcore
from kmcore.io.cells import money_in_sentence
from kmcore.io.importer import import_file


@pytest.mark.parametrize(("cell", "amount", "cash"), [
    ("we think it saves £4k a year on taxis", "4000.00", True),
    ("roughly £350 per month in postage", "4200.00", True),
    ("Saves 1.5k p.a. on printing", "1500.00", True),
    ("£120/week of agency shifts avoided", "6240.00", False),
    ("could free up £6k a year of consultant time", "6000.00", False),
])
def test_a_sum_with_its_period_in_a_sentence(cell: str, amount: str, cash: bool) -> None:
    found = money_in_sentence(cell)
    assert found is not None and (found.amount, found.cash) == (Decimal(amount), cash)


@pytest.mark.parametrize("cell", [
    "maybe £200 once the kit is bought",  # no period: not read from a sentence
    "£150 to set up then £20 a month",  # two sums
    "costs £900 a year in licences",  # spent, not saved
    "saves 3 hours a week",  # not money
    "between £2k and £3k a year",  # a range
])
def test_no_single_saving_with_a_period_is_none(cell: str) -> None:
    assert money_in_sentence(cell) is None


def test_a_savings_column_reads_the_sentence_and_a_notes_column_does_not(
        tmp_path: Path) -> None:
    kb = kmcore.init(tmp_path / "kb", name="Test KB", organisation="Test Trust")
    path = tmp_path / "log.csv"
    path.write_text("Title,Description,Stage,Annual saving,Notes\n"
                    "Taxi pooling,Shared taxis for clinics,pilot,"
                    "we think it saves £4k a year on taxis,\n"
                    "Print less,Duplex by default,pilot,,could save £9k a year if rolled out\n",
                    encoding="utf-8")
    import_file(kb, path, "innovation")
    saved = {r.title: r.savings.cash_releasing_gbp if r.savings else None
             for r in kb.records("innovation")}
    assert saved == {"Taxi pooling": Decimal("4000.00"), "Print less": None}


@pytest.mark.parametrize("cell", ["nil (costs more)", "Nil [extra staff time]", "£0 (costs more)"])
def test_nothing_saved_with_a_note_why_is_a_saving_of_zero(cell: str) -> None:
    from kmcore.io.cells import parse_money

    found = parse_money(cell)
    assert found is not None and found.amount == 0

@pytest.mark.parametrize(("cell", "amount"), [
    # a sentence saying the sum is saved, with no period: the sum, as a bare figure would be
    # read (D1455); what is saved may be costs ("print costs")
    ("saves c. £2k print costs", "2000.00"),
    ("Saved about £450 on agency", "450.00"),
])
def test_a_sum_a_sentence_says_is_saved(cell: str, amount: str) -> None:
    found = money_in_sentence(cell)
    assert found is not None and found.amount == Decimal(amount)


@pytest.mark.parametrize("cell", [
    "costs £900, saves nurse time",  # the sum is what it costs
    "could save money once the £200 kit is bought",  # the sum is not what is saved
    "saves £2k or £3k",  # two sums
])
def test_a_sum_beside_the_word_save_that_is_not_the_saving(cell: str) -> None:
    assert money_in_sentence(cell) is None


@pytest.mark.parametrize("cell", ["nil (costs more)", "£0 (cost neutral)", "None - time only"])
def test_nothing_saved_with_a_note_is_a_saving_of_zero(cell: str) -> None:
    from kmcore.io.cells import parse_money

    found = parse_money(cell)
    assert found is not None and found.amount == Decimal("0.00")


def test_an_unsure_sum_is_the_sum() -> None:
    from kmcore.io.cells import parse_money

    found = parse_money("£5k?")  # its writer unsure of it, as "approx" says (D1456)
    assert found is not None and found.amount == Decimal("5000.00")


def test_a_grant_in_a_savings_column_is_no_saving(tmp_path: Path) -> None:
    """Money given to the project ("£4k (grant)", "Awarded £2,500") is not money it saves:
    left empty with a warning naming the cell (D1456); a cost column keeps its sum."""
    kb = kmcore.init(tmp_path / "kb", name="Test KB", organisation="Test Trust")
    path = tmp_path / "log.csv"
    path.write_text("Title,Description,Stage,Annual saving,Set-up cost\n"
                    "Taxi pooling,Shared taxis,pilot,£4k (grant),£4k (grant)\n"
                    "Print less,Duplex by default,pilot,Awarded £2500,\n"
                    "Bike loans,Bikes for staff,pilot,£3k,\n", encoding="utf-8")
    result = import_file(kb, path, "innovation")
    saved = {r.title: r.savings.cash_releasing_gbp if r.savings else None
             for r in kb.records("innovation")}
    assert saved == {"Taxi pooling": None, "Print less": None, "Bike loans": Decimal("3000.00")}
    said = [p for p in result.problems if "grant" in p.reason]
    assert [(p.row, p.severity) for p in said] == [(2, "warning"), (3, "warning")], [
        p.reason for p in result.problems]
    costs = {r.title: r.costs for r in kb.records("innovation")}
    assert costs["Taxi pooling"] is not None
