"""The PII guard's detectors (kmcore.guard.pii).

Numbers here are synthetic: the 9... band (never issued to patients, kept for test patients:
test fixtures use it) or numbers computed at test time from made-up prefixes, never a real
patient's number copied from anywhere.
"""

from __future__ import annotations

import datetime as dt
import random
import re

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kmcore import pii_text
from kmcore.guard import pii
from kmcore.guard.pii import (
    clear,
    fingerprint,
    is_valid_nhs_number,
    masked_excerpt,
    nhs_check_digit,
    nhs_number_range,
    open_findings,
    scan_record,
    scan_text,
    texts,
)
from kmcore.records.base import PiiClearance
from records_strategies import load, minimal


def complete(nine: str) -> str:
    """Nine digits plus their modulus-11 check digit (the prefix must have one)."""
    check = nhs_check_digit(nine)
    assert check is not None, nine
    return nine + str(check)


def first_valid(prefix: str) -> str:
    """The first ten-digit number starting with *prefix* that has a valid check digit."""
    for tail in range(10 ** (9 - len(prefix))):
        nine = prefix + str(tail).zfill(9 - len(prefix))
        if nhs_check_digit(nine) is not None:
            return complete(nine)
    raise AssertionError(prefix)


TEST_NUMBER = "9434765919"  # synthetic: in the 9... band, never issued
OTHER_TEST_NUMBER = first_valid("99900000")


def spaced(number: str, sep: str = " ") -> str:
    return f"{number[:3]}{sep}{number[3:6]}{sep}{number[6:]}"


def kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.confidence) for f in scan_text(text, "$.summary", salt="rec")]


# --- the check digit and the ranges -----------------------------------------------------------


def test_check_digit_follows_the_modulus_11_rule() -> None:
    assert nhs_check_digit("943476591") == 9
    assert is_valid_nhs_number(TEST_NUMBER)
    assert not is_valid_nhs_number("9434765918")  # last digit changed
    assert not is_valid_nhs_number("943476591")  # nine digits
    assert not is_valid_nhs_number("94347659a9")
    # A remainder of 1 gives check 10: no valid number has that prefix.
    nine = next(str(n) for n in range(999000000, 999001000) if nhs_check_digit(str(n)) is None)
    assert all(not is_valid_nhs_number(nine + str(d)) for d in range(10))
    # Check 11 becomes 0.
    zero = next(str(n) for n in range(999000000, 999001000) if nhs_check_digit(str(n)) == 0)
    assert is_valid_nhs_number(zero + "0")


@pytest.mark.parametrize(("number", "expected"), [
    ("0012345678", None),  # unallocated
    ("0101001234", "chi"),  # 01/01/00 + 4 digits
    ("3102501234", None),  # 31/02 is no date: not a CHI number
    ("3500000000", "northern_ireland"),
    ("4500000000", "england_wales_iom"),
    ("6500000000", "england_wales_iom"),
    ("5500000000", None),  # not issued
    ("8100000000", "ireland_ihi"),
    ("8700000000", None),
    ("9990000000", "test"),
])
def test_allocated_ranges(number: str, expected: str | None) -> None:
    assert nhs_number_range(number) == expected


# --- NHS numbers in text ----------------------------------------------------------------------


@pytest.mark.parametrize("written", [
    TEST_NUMBER, spaced(TEST_NUMBER), spaced(TEST_NUMBER, "-"), spaced(TEST_NUMBER, "\u00a0"),
    f"{TEST_NUMBER[:3]} {TEST_NUMBER[3:6]}-{TEST_NUMBER[6:]}",
])
def test_nhs_numbers_are_found_plain_spaced_or_hyphenated(written: str) -> None:
    text = f"Seen in clinic, {written}, follow up."
    (finding,) = scan_text(text, "$.summary", salt="rec")
    assert finding.kind == "nhs_number"
    assert finding.path == "$.summary"
    assert finding.position == text.index(written[0:3])
    assert finding.length == len(written)
    assert finding.confidence == "medium"
    assert finding.describe() == (f"possible NHS number in $.summary at character "
                                  f"{finding.position + 1}")


@pytest.mark.parametrize("text", [
    f"1{TEST_NUMBER}", f"{TEST_NUMBER}0", f"12{spaced(TEST_NUMBER)}", f"{spaced(TEST_NUMBER)}7",
    f"ref 4{TEST_NUMBER[:3]} {TEST_NUMBER[3:6]} {TEST_NUMBER[6:]}",
])
def test_digit_runs_touching_other_digits_are_not_nhs_numbers(text: str) -> None:
    assert kinds(text) == []


def test_a_number_separated_from_other_digits_by_a_space_is_still_found() -> None:
    assert kinds(f"batch 12 {TEST_NUMBER} 34") == [("nhs_number", "medium")]


def test_invalid_check_digits_are_not_flagged_without_a_cue() -> None:
    assert kinds("order 9434765918 shipped") == []
    assert kinds(f"order {TEST_NUMBER} shipped") == [("nhs_number", "medium")]


@pytest.mark.parametrize("phone", [
    "020 7946 0958", "01632 960001", "07700 900123", "0117 496 0123", "07700900123",
    f"0{TEST_NUMBER}", f"+44 {spaced(TEST_NUMBER)}", f"+44 (0) {spaced(TEST_NUMBER)}",
    f"+44{TEST_NUMBER}", f"0044 {spaced(TEST_NUMBER)}",
])
def test_uk_phone_numbers_are_not_flagged(phone: str) -> None:
    assert kinds(f"Call the team on {phone} for advice") == []


@pytest.mark.parametrize("cue", [
    "NHS no", "NHS No.", "NHS number:", "nhs num", "NHS#", "MRN", "hospital number",
    "Hosp no", "patient", "Patient's", "DOB 12/03/1956,",
])
def test_cue_words_raise_confidence(cue: str) -> None:
    found = scan_text(f"{cue} {spaced(OTHER_TEST_NUMBER)}", "$.x", salt="rec")
    assert [(f.kind, f.confidence) for f in found if f.kind == "nhs_number"] == [
        ("nhs_number", "high")]


def test_a_cue_after_the_number_counts_too() -> None:
    assert kinds(f"{TEST_NUMBER} (NHS number)") == [("nhs_number", "high")]


def test_a_cue_far_away_does_not() -> None:
    text = "NHS number rules are explained in the policy; " + "x" * 40 + f" order {TEST_NUMBER}"
    assert kinds(text) == [("nhs_number", "medium")]


def test_a_mistyped_number_next_to_a_strong_cue_is_low_confidence() -> None:
    assert kinds("NHS number: 943 476 5918") == [("nhs_number", "low")]
    assert kinds("patient 943 476 5918") == []  # "patient" alone is not enough for that


def test_unallocated_ranges_are_flagged_only_next_to_a_strong_cue() -> None:
    unissued = first_valid("55")
    assert kinds(f"order {unissued}") == []
    assert kinds(f"NHS no {unissued}") == [("nhs_number", "low")]


def test_every_allocated_range_is_detected() -> None:
    for prefix in ("35", "45", "65", "75", "81", "999"):
        number = first_valid(prefix)
        assert kinds(f"ref {number}") == [("nhs_number", "medium")], prefix


# --- Scottish CHI numbers -----------------------------------------------------------------------


def test_chi_numbers_need_a_valid_date_and_check_digit() -> None:
    chi = first_valid("010100")  # 01/01/00
    assert kinds(f"ref {chi}") == [("chi_number", "medium")]
    assert kinds(f"CHI {chi}") == [("chi_number", "high")]
    assert kinds(f"Community Health Index: {chi}") == [("chi_number", "high")]
    not_a_date = first_valid("310200")  # 31/02
    assert kinds(f"ref {not_a_date}") == []


def test_chi_shaped_numbers_with_a_bad_check_digit_need_the_cue() -> None:
    chi = first_valid("150360")
    wrong = chi[:9] + str((int(chi[9]) + 1) % 10)
    assert kinds(f"ref {wrong}") == []
    assert kinds(f"CHI: {wrong}") == [("chi_number", "low")]


def test_lower_case_chi_is_not_a_cue() -> None:
    chi = first_valid("150360")
    wrong = chi[:9] + str((int(chi[9]) + 1) % 10)
    assert kinds(f"the chi-squared value {wrong}") == []
    assert kinds(f"chi-squared test, sample {chi}") == [("chi_number", "medium")]


# --- dates of birth -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "DOB: 12/03/1956", "D.O.B. 12.03.56", "dob 12-3-1956", "date of birth 1956-03-12",
    "Date of birth: 12 March 1956", "birth date 12th Mar 1956", "DOB March 12, 1956",
    "12/03/1956 (DOB)",
])
def test_dates_next_to_a_birth_cue_are_flagged(text: str) -> None:
    assert kinds(text) == [("date_of_birth", "high")]


def test_born_is_a_weaker_cue() -> None:
    assert kinds("she was born on 3 May 1948 in Leeds") == [("date_of_birth", "medium")]


@pytest.mark.parametrize("text", [
    "Held on 12/03/2024 in the library", "Review due 2026-01-31",
    "The idea was born in 2019", "DOB 31/02/1956", "DOB 12/13/1956",
])
def test_other_dates_are_not_flagged(text: str) -> None:
    assert kinds(text) == []


def test_dates_of_birth_fingerprint_on_the_date_not_the_spelling() -> None:
    a = scan_text("DOB 12/03/1956", "$.x", salt="rec")[0]
    b = scan_text("date of birth 12 March 1956", "$.x", salt="rec")[0]
    assert a.fingerprint == b.fingerprint


# --- postcodes ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "confidence"), [
    ("The patient lives at 12 High Street, Leeds LS1 4AB.", "high"),
    ("Resident of SW1A 1AA", "high"),
    ("home: M1 1AE", "high"),
    ("Address: Harefield UB9 6JH", "medium"),
    ("postcode cr2 6xh", "medium"),
    ("Address W1A 0AX", "medium"),
])
def test_full_postcodes_after_a_cue_are_flagged(text: str, confidence: str) -> None:
    assert kinds(text) == [("postcode", confidence)]


@pytest.mark.parametrize("text", [
    "Royal Brompton Hospital, Sydney Street, London SW3 6NP",  # a site: no cue
    "address: Leeds LS1",  # outward code only
    "address: QA1 1AA",  # Q never starts a postcode
    "address: LS1 4CB",  # C never appears in the inward code
    "address: SW3 6NPX",
])
def test_other_postcodes_are_not_flagged(text: str) -> None:
    assert kinds(text) == []


# --- what a finding holds -------------------------------------------------------------------------


def test_a_finding_never_holds_the_value() -> None:
    text = f"Patient NHS no {spaced(TEST_NUMBER)} seen"
    (finding,) = scan_text(text, "$.summary", salt="rec")
    shown = repr(finding) + repr(finding.to_dict()) + finding.describe()
    assert TEST_NUMBER not in re.sub(r"\D", "", shown.replace(finding.fingerprint, ""))
    assert TEST_NUMBER[3:] not in shown
    assert finding.fingerprint.startswith("pii1-") and len(finding.fingerprint) == 29


def test_fingerprints_depend_on_record_path_kind_and_value() -> None:
    base = fingerprint("rec", "$.summary", "nhs_number", TEST_NUMBER)
    assert base == fingerprint("rec", "$.summary", "nhs_number", TEST_NUMBER)
    assert base != fingerprint("rec2", "$.summary", "nhs_number", TEST_NUMBER)
    assert base != fingerprint("rec", "$.title", "nhs_number", TEST_NUMBER)
    assert base != fingerprint("rec", "$.summary", "nhs_number", OTHER_TEST_NUMBER)
    # The spelling does not matter: spaced and plain are the same number.
    plain = scan_text(f"no {TEST_NUMBER}", "$.s", salt="r")[0]
    hyphenated = scan_text(f"number {spaced(TEST_NUMBER, '-')} here", "$.s", salt="r")[0]
    assert plain.fingerprint == hyphenated.fingerprint


def test_masked_excerpt_shows_only_the_last_two_characters() -> None:
    text = f"Seen today. Patient NHS no {spaced(TEST_NUMBER)}, bed 12, ward 7B."
    (finding,) = scan_text(text, "$.summary", salt="rec")
    excerpt = masked_excerpt(text, finding, width=15)
    assert excerpt == "…Patient NHS no ••• ••• ••19, bed ••, ward…"
    assert masked_excerpt(text, finding, width=40).endswith(", bed ••, ward •B.")
    assert masked_excerpt(text, finding, width=200).startswith("Seen today.")


# --- whole records --------------------------------------------------------------------------------


def test_every_free_text_field_is_walked_with_its_path() -> None:
    record = load(minimal(
        "capture_record", summary="s", keywords=["one", "two"],
        details={"technique": "after_action_review", "intended": "i", "actual": "a",
                 "reasons_for_difference": "d"},
        participants=[{"person": "person-a"}, {"role_label": "Staff nurse"}],
        facilitator="person-f",
    ))
    paths = dict(texts(record))
    assert paths["$.summary"] == "s"
    assert paths["$.keywords[1]"] == "two"
    assert paths["$.details.actual"] == "a"
    assert paths["$.participants[1].role_label"] == "Staff nurse"
    # Ids, references to other records and vocabulary values are not free text.
    assert "$.id" not in paths and "$.facilitator" not in paths
    assert "$.participants[0].person" not in paths
    assert "$.status" not in paths and "$.details.technique" not in paths


def test_scan_record_finds_numbers_in_nested_fields() -> None:
    record = load(minimal(
        "capture_record",
        details={"technique": "after_action_review", "intended": "i",
                 "actual": f"Bed 4 patient, NHS number {spaced(TEST_NUMBER)}."},
    ))
    (finding,) = scan_record(record)
    assert (finding.kind, finding.path, finding.confidence) == (
        "nhs_number", "$.details.actual", "high")
    assert finding.position == len("Bed 4 patient, NHS number ")


def test_a_clearance_stops_only_that_exact_value_in_that_field() -> None:
    record = load(minimal("lesson", statement=f"Order {TEST_NUMBER} arrived late"))
    (finding,) = open_findings(record)
    cleared = clear(record, [finding], by="Robin Test", on=dt.date(2026, 11, 26),
                    note="a supplier's order number")
    assert cleared.pii_cleared == (PiiClearance(
        fingerprint=finding.fingerprint, cleared_by="Robin Test",
        cleared_on=dt.date(2026, 11, 26), note="a supplier's order number"),)
    assert open_findings(cleared) == []
    # Another number added to the same field flags again; the cleared one stays cleared.
    edited = attrs.evolve(cleared, statement=cleared.statement + f"; then {OTHER_TEST_NUMBER}")
    (again,) = open_findings(edited)
    assert again.position == edited.statement.index(OTHER_TEST_NUMBER)
    # The same number moved to another field is a new flag.
    moved = attrs.evolve(cleared, statement="Order arrived late",
                         context=f"Order {TEST_NUMBER}")
    assert [f.path for f in open_findings(moved)] == ["$.context"]


def test_clearing_again_drops_clearances_for_text_that_is_gone() -> None:
    record = load(minimal("lesson", statement=f"Order {TEST_NUMBER}"))
    cleared = clear(record, open_findings(record), by="A", on=dt.date(2026, 1, 1))
    edited = attrs.evolve(cleared, statement=f"Order {OTHER_TEST_NUMBER}")
    recleared = clear(edited, open_findings(edited), by="B", on=dt.date(2026, 1, 2))
    assert [c.cleared_by for c in recleared.pii_cleared] == ["B"]


def test_random_order_numbers_without_cues_are_medium_at_most() -> None:
    """The false-positive rate docs/privacy.md quotes: about 6 in 100 random ten-digit
    numbers pass the check digit and fall in an allocated range; all are medium, none high."""
    rng = random.Random(20261126)
    flagged = []
    trials = 20_000
    for _ in range(trials):
        number = str(rng.randrange(10**9, 10**10))
        flagged += scan_text(f"Purchase order {number} was delivered", "$.x", salt="r")
    rate = len(flagged) / trials
    assert 0.05 < rate < 0.07, rate
    assert {f.confidence for f in flagged} == {"medium"}


def test_text_without_digits_is_skipped_quickly() -> None:
    assert scan_text("No numbers at all, patient NHS number address DOB", "$.x") == []
    assert pii.KIND_LABELS["chi_number"] == "CHI number"


def test_a_cue_belongs_to_the_nearest_number_only() -> None:
    text = f"Patient NHS no {spaced(TEST_NUMBER)}; order {OTHER_TEST_NUMBER} for beds"
    assert kinds(text) == [("nhs_number", "high"), ("nhs_number", "medium")]
    text = f"order {OTHER_TEST_NUMBER}, {TEST_NUMBER} (NHS number)"
    assert kinds(text) == [("nhs_number", "medium"), ("nhs_number", "high")]


_FRAGMENTS = ["NHS no ", spaced(TEST_NUMBER), TEST_NUMBER, OTHER_TEST_NUMBER, "DOB ",
              "12/03/1956", "12 March 1956", "lives at ", "LS1 4AB", "address ", " ", "0", "7",
              "+44 ", "-", "patient ", "born ", "CHI ", "\n", ", ", "x", "é"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=25).map("".join))
def test_scanning_any_text_never_raises_and_excerpts_never_show_a_value(text: str) -> None:
    findings = list(scan_text(text, "$.x", salt="r"))
    # In the order they occur, and every one inside the text it was found in.
    starts = [f.position for f in findings]
    assert starts == sorted(starts)
    for finding in findings:
        assert finding.path == "$.x"
        assert finding.position >= 0 and finding.position + finding.length <= len(text)
        value = text[finding.position:finding.position + finding.length]
        assert finding.length > 0 and value.strip() == value
        excerpt = masked_excerpt(text, finding)
        assert value not in excerpt
        assert value not in repr(finding)


# --- the quick pre-checks: a text they pass over holds nothing the full patterns find ---------

_HINTED_SAMPLES = [
    "NHS no 943 476 5919", "9434765919", "943-476-5919", "943.476.5919",
    "943\u00a0476\u00a05919", "call 0117 496 0123", "ref 1234567890123", "lives at BS1 5TR",
    "postcode ls1 4ap", "home: SW1A 1AA", "address EC1A1BB, flat 2", "M1 1AE",
]


@pytest.mark.parametrize("text", _HINTED_SAMPLES)
def test_number_hint_is_found_in_every_number_match(text: str) -> None:
    for match in pii_text._NUMBER.finditer(text):
        assert pii_text._NUMBER_HINT.search(match.group(0))


@pytest.mark.parametrize("text", _HINTED_SAMPLES)
def test_inward_hint_is_found_in_every_postcode_match(text: str) -> None:
    for match in pii_text._POSTCODE.finditer(text):
        assert pii_text._INWARD_HINT.search(text, match.start())


def test_the_hints_skip_prose_without_numbers_or_postcodes() -> None:
    prose = "Patients on ward 12 waited too long for item 4521. " * 3
    assert not pii_text._NUMBER_HINT.search(prose)
    assert not pii_text._INWARD_HINT.search(prose)
    assert pii.scan_text(prose) == []


@settings(max_examples=300)
@given(st.text(alphabet="0123456789 .-\u00a0ABDLNSWabdx", max_size=30))
def test_the_hints_never_hide_a_match(text: str) -> None:
    if pii_text._NUMBER.search(text):
        assert pii_text._NUMBER_HINT.search(text)
    if pii_text._POSTCODE.search(text):
        assert pii_text._INWARD_HINT.search(text)


_CUE_SAMPLES = [
    "DOB 01/02/1980", "d.o.b. 1/2/80", "D O B: 01/02/1980", "Date of Birth 01/02/1980",
    "birthdate 1980-02-01", "born 1 Feb 1980", "Lives at BS1 5TR", "living in LS1 4AP",
    "resident of M1 1AE", "home SW1A 1AA", "patient's BS1 5TR", "Address: EC1A 1BB",
    "postcode M1 1AE", "post code M1 1AE", "\u212aelvin born 1980",
]


@pytest.mark.parametrize("text", _CUE_SAMPLES)
def test_the_cue_pre_checks_pass_every_text_a_cue_is_in(text: str) -> None:
    if pii_text._DOB_CUE.search(text):
        assert pii_text._may_hold(text, pii_text._DOB_CUE_WORDS, pii_text._DOB_CUE_SHORT)
    if pii_text._HOME_CUE.search(text) or pii_text._ADDRESS_CUE.search(text):
        assert pii_text._may_hold(text, pii_text._POSTCODE_CUE_WORDS)


def test_the_cue_pre_checks_leave_non_ascii_text_to_the_cues() -> None:
    # Case-insensitive patterns match letters lower() does not give: "LIVE" with a Kelvin
    # sign is no concern, but the check must not decide what it cannot see.
    assert pii_text._may_hold("b\u0131rth", pii_text._DOB_CUE_WORDS, pii_text._DOB_CUE_SHORT)
    assert not pii_text._may_hold("Patients waited on ward 12", pii_text._DOB_CUE_WORDS,
                                  pii_text._DOB_CUE_SHORT)
    assert not pii_text._may_hold("We changed the process for item 4521",
                                  pii_text._POSTCODE_CUE_WORDS)


@settings(max_examples=300)
@given(st.text(alphabet="DOBdob. \nbirthBIRTHnaelvsdcpmAT", max_size=24))
def test_the_cue_pre_checks_never_hide_a_cue(text: str) -> None:
    if pii_text._DOB_CUE.search(text):
        assert pii_text._may_hold(text, pii_text._DOB_CUE_WORDS, pii_text._DOB_CUE_SHORT)
    if pii_text._HOME_CUE.search(text) or pii_text._ADDRESS_CUE.search(text):
        assert pii_text._may_hold(text, pii_text._POSTCODE_CUE_WORDS)
