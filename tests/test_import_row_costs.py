"""The per-row work an import saves (D1330-D1332) gives the answers of the work it replaces."""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from kmcore.io import importer, ledger, twins
from kmcore.io.shared_people import mate_keys

_BITS = ["Falls", " ", "w/", "W/", "w/o", "w/out", "(", ")", "(ED)", "care homes", "ward 3",
         "\u2019s", "é", "\u017f", "\uff08", "/", "slings", "of", "the", "2"]
_TEXT = st.lists(st.sampled_from(_BITS), max_size=8).map("".join) | st.text(max_size=30)


def _title_words_before(title: str) -> frozenset[str]:
    """twins._title_words as it was before D1332: both patterns run on every title."""
    plain = title if title.isascii() else unicodedata.normalize("NFKC", title)
    text = twins._BRACKETED.sub(" ", plain.casefold())
    text = twins._WITH.sub(lambda m: "without " if m[1] else "with ", text)
    words = set()
    for word in twins._WORDS.findall(text.replace("\u2019", "'")):
        if word in twins._STOP:
            continue
        words.add(word[:-1] if len(word) > 3 and word.endswith("s") else word)
    return frozenset(words)


@given(_TEXT)
def test_a_titles_words_are_those_both_patterns_gave(title: str) -> None:
    assert twins._title_words(title) == _title_words_before(title)


_WORDS = re.compile(r"[^\W_]+")


def _plain_before(text: str) -> str:
    """shared_people's own copy of the plain title before D1330."""
    plain = text if text.isascii() else unicodedata.normalize("NFKC", text)
    return " ".join(_WORDS.findall(plain.casefold()))


@given(_TEXT)
def test_the_plain_title_remembered_is_the_one_made_each_time(title: str) -> None:
    assert twins._plain(title) == _plain_before(title)
    assert twins._plain(title) == _plain_before(title)  # the second time from memory


def test_mates_keys_are_made_from_the_plain_title_as_before() -> None:
    import hashlib

    record = {"title": "Falls (ED) w/out delay", "lead": "person-a",
              "team": [{"person": "person-b"}]}
    expected = ["M" + hashlib.blake2b(f"{_plain_before(record['title'])}\x00{p}".encode(),
                                      digest_size=8).hexdigest()
                for p in ("person-a", "person-b")]
    assert mate_keys(record, str) == expected


_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(),
                     lambda inner: st.lists(inner, max_size=3)
                     | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=8)


@given(_JSON)
def test_the_spool_and_ledger_lines_are_json_dumps_text(data: Any) -> None:
    expected = json.dumps(data, ensure_ascii=False)
    assert importer._JSON_TEXT(data) == expected
    assert ledger._JSON_TEXT(data) == expected


def _texts_before(obj: Any, path: str, out: list[tuple[str, str]]) -> None:
    """The texts pii.texts gave before D1333, walked plainly: every field that may hold text,
    an enum's value never, parts and lists walked into."""
    import datetime as dt
    import decimal
    import enum

    import attrs

    from kmcore.guard import pii

    def value_texts(value: Any, here: str) -> None:
        if isinstance(value, str):
            if value and not isinstance(value, enum.Enum):
                out.append((here, value))
        elif type(value) in (type(None), int, float, bool, dt.date, dt.datetime,
                             decimal.Decimal):
            return
        elif type(value) is tuple:
            for i, item in enumerate(value):
                value_texts(item, f"{here}[{i}]")
        elif attrs.has(type(value)):
            _texts_before(value, here, out)

    for name in pii._text_fields(type(obj)):
        value_texts(getattr(obj, name), f"{path}.{name}")


from records_strategies import captures, innovations, lessons, people, stories  # noqa: E402


@given(st.one_of(innovations(), people(), stories(), captures(), lessons()))
def test_a_records_texts_are_those_a_plain_walk_finds(record: Any) -> None:
    from kmcore.guard import pii
    from kmcore.guard.pii import texts

    expected: list[tuple[str, str]] = []
    _texts_before(record, "$", expected)
    assert list(texts(record)) == expected
    assert list(texts(record)) == expected  # again, each enum class now passed over at once
    with_digits: list[tuple[str, str]] = []
    pii._collect(record, "$", with_digits, digits_only=True)  # what scan_record scans
    assert with_digits == [(p, t) for p, t in expected if re.search(r"\d", t)]


def test_a_key_masked_for_its_id_is_not_scanned_again_as_the_reference(monkeypatch: Any) -> None:
    """D1334: masking a text (a row's key, for its id) and scanning a record share the texts
    found clean; a text holding an identifier is masked and scanned every time."""
    from kmcore import pii_text
    from kmcore.guard import pii
    from kmcore.records.lesson import Lesson

    monkeypatch.setattr(pii_text, "CLEAN_TEXTS", set())
    monkeypatch.setattr(pii, "_CLEAN", pii_text.CLEAN_TEXTS)
    scanned: list[str] = []
    real = pii_text.scan_text

    def counting(text: str, path: str = "$", *, salt: str = "") -> list[Any]:
        scanned.append(text)
        return real(text, path, salt=salt)

    monkeypatch.setattr(pii_text, "scan_text", counting)
    monkeypatch.setattr(pii, "scan_text", counting)
    nhs = "INN-9434765919"
    assert pii_text.masked_text("INN-000123") == "INN-000123"
    assert pii_text.masked_text(nhs) != nhs
    lesson = Lesson(id="lesson-1", title="Ward 12", statement="Moved ward 12",  # type: ignore[arg-type]
                    recommendation=nhs, polarity="sustain", keywords=("INN-000123",))
    found = pii.scan_record(lesson)
    assert scanned.count("INN-000123") == 1  # masked once; the record's copy settled
    assert scanned.count(nhs) == 2
    assert [f.path for f in found] == ["$.recommendation"]
    assert pii_text.masked_text(nhs) != nhs and scanned.count(nhs) == 3


_NOTES = st.lists(st.lists(st.sampled_from(
    ["Same as GI-03?", "dup of INN-004", "sa", "me as QI-6", "copy", " of IH-2", "\n", " ",
     "see idea 1", "Ward 3", "S\u017fame as GI-03", "logged twice - see 12", "x" * 290,
     "clone of A-1", "é"]), max_size=4).map("".join), max_size=5)


@given(_NOTES)
def test_the_keys_notes_name_are_those_each_note_gave(notes: list[str]) -> None:
    """D1335: looking at the notes joined first gives what looking at each gave."""
    expected = [key for t in notes if len(t) <= 300 for key in twins._named_repeats(t)]
    expected += [twins.key_form(m[1]) for t in notes if (m := twins._ONLY_SEE.fullmatch(t))]
    assert twins.repeated_keys(notes) == expected
