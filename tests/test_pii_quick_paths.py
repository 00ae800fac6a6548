"""The patient-identifier scan's quick paths give what the plain walk gives (D342)."""

from __future__ import annotations

import enum
import re
from typing import Any

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kmcore.guard.pii import _collect, _text_fields, texts
from kmcore.pii_text import (
    _INWARD_HINT,
    _INWARD_HINT_ASCII,
    _NUMBER_HINT,
    _NUMBER_HINT_ASCII,
    _dates_of_birth,
    _numbers,
    _postcodes,
    scan_text,
)
from kmcore.records.base import Record
from records_strategies import captures, innovations, people, stories


def _walk(obj: Any, path: str) -> list[tuple[str, str]]:
    """Every text in *obj*, the plain way: each text field by getattr, parts and lists too."""
    out: list[tuple[str, str]] = []

    def value(v: Any, here: str) -> None:
        if isinstance(v, enum.Enum):
            return
        if isinstance(v, str):
            if v:
                out.append((here, v))
        elif isinstance(v, tuple):
            for i, item in enumerate(v):
                value(item, f"{here}[{i}]")
        elif attrs.has(type(v)):
            out.extend(_walk(v, here))

    for name in _text_fields(type(obj)):
        value(getattr(obj, name), f"{path}.{name}")
    return out


@settings(max_examples=40)
@given(record=st.one_of(innovations(), people(), stories(), captures()))
def test_every_text_of_a_record_is_found_as_the_plain_walk_finds_it(record: Record) -> None:
    assert list(texts(record)) == _walk(record, "$")


@given(st.text(alphabet="0123456789 .-\u00a0a\u0663", max_size=20))
def test_the_number_hint_is_the_pattern_it_replaced(text: str) -> None:
    old = re.compile(r"\d{3}[ \u00a0.-]?\d{3}")
    assert (_NUMBER_HINT.search(text) is None) == (old.search(text) is None)


_ASCII_PROSE = st.text(alphabet="0123456789 .-\t\nabdkrsxzABDKRSXZ,()/", max_size=30)


@given(_ASCII_PROSE)
def test_the_ascii_quick_checks_are_the_patterns_they_stand_for(text: str) -> None:
    # On ASCII text the [0-9] and two-case forms find exactly what \d and IGNORECASE find.
    for fast, slow in ((_NUMBER_HINT_ASCII, _NUMBER_HINT), (_INWARD_HINT_ASCII, _INWARD_HINT)):
        found, meant = fast.search(text), slow.search(text)
        assert (found and found.span()) == (meant and meant.span())


def test_beyond_ascii_the_quick_checks_still_let_other_digits_through() -> None:
    # Arabic-Indic digits are digits to \d: such a text gets the full checks, as before.
    text = "NHS no \u0669\u0664\u0663 \u0664\u0667\u0666 \u0665\u0669\u0661\u0669"
    assert [f.kind for f in scan_text(text)] == ["nhs_number"]


@settings(max_examples=40)
@given(record=st.one_of(innovations(), people(), stories(), captures()))
def test_the_texts_a_scan_reads_are_those_holding_a_digit(record: Record) -> None:
    # The scan asks only for texts with a digit (D702): the plain walk's, filtered.
    found: list[tuple[str, str]] = []
    _collect(record, "$", found, digits_only=True)
    assert found == [(path, text) for path, text in _walk(record, "$")
                     if re.search(r"\d", text)]


# Pieces that wake each detector, or nearly do: numbers (valid, mistyped, phone-like), cues
# for each kind, dates, postcodes and inward codes, and non-ASCII letters (the Kelvin sign
# lower-cases to k).
_PIECES = ["NHS no ", "943 476 5919", "9434765919", "943-476-5918", "+44 ", "CHI ", "0101011234",
           "DOB ", "D.O.B", "d o b ", "12/03/1956", "12 March 1956", "born ", "date of birth ",
           "lives at ", "BS1 4DJ", "bs14dj", "1st ", "patient ", "address ", "home ", "postcode",
           "Ward 4 ", "x", " ", ".", "\u00a0", "\u00c4", "\u212a", "\n", "7"]


def _each_detector(text: str) -> list[Any]:
    """scan_text as it was: every detector asked, each making its own quick checks."""
    if not re.search(r"\d", text):
        return []
    found = [*_numbers(text, "$.summary", "inn-1"), *_dates_of_birth(text, "$.summary", "inn-1"),
             *_postcodes(text, "$.summary", "inn-1")]
    return sorted(found, key=lambda f: (f.position, f.kind))


@example("Patient lives at BS1 4DJ, NHS no 943 476 5919, D.O.B 12/03/1956")
@settings(max_examples=300)
@given(st.lists(st.sampled_from(_PIECES), max_size=10).map("".join))
def test_the_quick_checks_made_once_find_what_each_detector_finds(text: str) -> None:
    assert scan_text(text, "$.summary", salt="inn-1") == _each_detector(text)


def test_a_short_text_found_clean_is_not_scanned_again(monkeypatch: Any) -> None:
    """D1171: the same short text in another field of another record is settled from the
    texts found clean, and a text holding an identifier is still scanned each time."""
    from kmcore.guard import pii
    from kmcore.records.lesson import Lesson

    monkeypatch.setattr(pii, "_CLEAN", set())
    scanned: list[str] = []
    real = pii.scan_text

    def counting(text: str, path: str = "$", *, salt: str = "") -> list[Any]:
        scanned.append(text)
        return real(text, path, salt=salt)

    monkeypatch.setattr(pii, "scan_text", counting)
    long = "We moved ward 12 to the new block in week 3. " * 4

    def lesson(n: int) -> Lesson:
        return Lesson(id=f"lesson-{n}", title="Ward 12", statement=long,  # type: ignore[arg-type]
                      recommendation="NHS number 943 476 5919 on the form", polarity="sustain",
                      keywords=("Ward 12",))

    first, second = pii.scan_record(lesson(1)), pii.scan_record(lesson(2))
    assert scanned.count("Ward 12") == 1  # the title, then the keyword: scanned once
    assert scanned.count(long) == 2  # too long to keep
    assert scanned.count("NHS number 943 476 5919 on the form") == 2
    assert [f.path for f in first] == [f.path for f in second] == ["$.recommendation"]
    assert first[0].fingerprint != second[0].fingerprint  # each record's own


@settings(max_examples=200)
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=4).map("".join), max_size=6))
def test_scanning_records_with_the_clean_texts_kept_finds_what_a_fresh_scan_finds(
        titles: list[str]) -> None:
    from kmcore.guard import pii
    from kmcore.records.lesson import Lesson

    said = [f"x {t}" for t in titles]  # never blank, which a record refuses
    for n, title in enumerate(said):
        record = Lesson(id=f"lesson-{n}", title=title,  # type: ignore[arg-type]
                        statement=said[0], recommendation="r", polarity="sustain",
                        keywords=tuple(said))
        fresh = [f for path, text in texts(record) for f in scan_text(text, path,
                                                                       salt=record.id)]
        assert pii.scan_record(record) == fresh


def test_the_cue_words_scan_text_writes_out_are_the_detectors_own() -> None:
    """D1442: scan_text asks for these words in line; the detectors' tuples must stay them."""
    from kmcore.pii_text import _DOB_CUE_WORDS, _POSTCODE_CUE_WORDS

    assert _DOB_CUE_WORDS == ("birth", "born")
    assert _POSTCODE_CUE_WORDS == ("liv", "resid", "home", "patient", "address", "post")


@pytest.mark.parametrize("word", ["Birth", "BORN", "Lives", "resident", "HOME", "patients",
                                  "Address", "postcode"])
def test_each_cue_word_alone_lets_its_detector_look(word: str) -> None:
    """A text holding one cue word (any case) and what its detector needs is scanned as each
    detector alone scans it."""
    for text in (f"{word}: 12/03/1984", f"{word} at LS1 4AB", f"{word} 943 476 5919"):
        assert scan_text(text, "$.summary", salt="inn-1") == _each_detector(text)
