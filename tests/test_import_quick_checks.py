"""Quick paths of the import's row checks give the answers of the slow ones (D342)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kmcore.io.cells import _TEST_WORDS, _says_test

_WORDS = ["test response", "test entry", "please ignore", "ignore this", "dummy", "delete me",
          "do not use", "test line", "Please Delete",
          "testing the form", "TEST Entry", "Please IGNORE", "te\u017ft entry", "DUMMY", "tested"]


_BITS = [" ", "x", "ward 3", "é", "\u017f", "\u212a"]  # the long s; the Kelvin sign


@given(st.lists(st.sampled_from([*_WORDS, *_BITS]), max_size=6))
def test_the_quick_test_entry_check_agrees_with_the_pattern(parts: list[str]) -> None:
    text = "".join(parts)
    assert _says_test(text) == (_TEST_WORDS.search(text) is not None)


def test_a_test_entry_spelt_with_a_long_s_is_still_found() -> None:
    assert _says_test("te\u017ft entry") and _says_test("Please IGNORE")
    assert not _says_test("ward 3")


_CELL = st.one_of(st.text(), st.integers(), st.floats(allow_nan=False), st.none(),
                  st.dates(), st.booleans())


@given(st.dictionaries(st.text(), _CELL, max_size=8), st.text(max_size=20))
def test_a_rows_digest_is_the_one_written_through_json_dumps(
        cells: dict[str, object], settings: str) -> None:
    import hashlib
    import json

    from kmcore.io.ledger import row_digest

    text = json.dumps(sorted((k, repr(v)) for k, v in cells.items()), ensure_ascii=False)
    expected = hashlib.sha256(f"{settings}\x00{text}".encode()).hexdigest()[:32]
    assert row_digest(settings, cells) == expected


def test_a_rows_digest_with_keys_not_exactly_text_is_still_json_dumps() -> None:
    """D1380: the keys' types are looked at in one go; a key that is not exactly ``str``
    (a subclass, a number from a JSON list) still takes json.dumps' path, with the same
    digest."""
    import hashlib
    import json

    from kmcore.io.ledger import row_digest

    class Header(str):
        pass

    for cells in ({Header("Title"): "a", "Lead": "b"}, {1: "a", 2: 3}, {}):
        text = json.dumps(sorted((k, repr(v)) for k, v in cells.items()), ensure_ascii=False)
        expected = hashlib.sha256(f"s\x00{text}".encode()).hexdigest()[:32]
        assert row_digest("s", cells) == expected  # type: ignore[arg-type]


_LONG_BITS = ["Patients waited too long. ", "PATIENTS WAITED TOO LONG. ", "  ", "\t", "\n", "é",
              "\u017f", "\x07", " ward 3 "]


@given(st.lists(st.one_of(st.lists(st.sampled_from(_LONG_BITS), max_size=12).map("".join),
                          st.text(max_size=90), st.integers()), max_size=6))
def test_a_rows_distinct_texts_are_the_ones_folding_every_cell_gives(
        values: list[object]) -> None:
    """D1382: _folded's quick case written out for long cells keeps the same texts."""
    from kmcore.io.cells import _distinct_texts, _folded

    cells = {f"h{i}": v for i, v in enumerate(values)}
    once: dict[str, str] = {}
    for value in cells.values():
        text = str(value).strip()
        if text:
            once.setdefault(_folded(text), text)
    assert _distinct_texts(cells) == list(once.values())
