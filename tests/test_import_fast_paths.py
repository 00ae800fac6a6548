"""The importer's per-row short cuts (D600) give what the plain way gives, on text chosen to
trip them: beyond ASCII (NFKC forms, the long s that casefolds to "s", the Kelvin sign),
words said again, notes in brackets."""

from __future__ import annotations

import re
import unicodedata

import pytest

from kmcore.guard.pii import masked_text
from kmcore.io import cells, identity, importer, twins

TEXTS = [
    "We changed the process for item 7 and measured it. We changed the process again.",
    "Sepsis screening e-tool (ED) for wards; screening screens SCREENING",
    "Te\u017ft entry",  # the long s: casefolds to "test"
    "\u212aelvin-rated TEST, please ignore",  # the Kelvin sign
    "\uff46\uff55\uff4c\uff4c \uff34\uff45\uff53\uff54 words",  # fullwidth: NFKC makes ASCII
    "Red Bag scheme (care homes) w/out delays w/o cost w/ staff",
    "test",
    "Test, Test",
    "TEST - Kerry (do not delete)",
    "Test of change: falls",
    "Contestable contest",
    "Caf\u00e9 des r\u00eaves \u2019s nurses' notes 2024 2024 12 alpha beta gamma delta "
    "epsilon zeta eta theta iota kappa lambda mu",
    "NHS no 943 476 5919 for the patient",
    "Dr Amara O'Kafor \u2013 Caf\u00e9 \ufb01sh (INN-001)",
    "",
]


def _said_words_plain(text: str) -> str:
    out: dict[str, None] = {}
    for word in twins._WORDS.findall(unicodedata.normalize("NFKC", text).casefold()):
        if len(word) >= 3 and word not in twins._STOP and not word.isdigit():
            out.setdefault(word[:-1] if len(word) > 3 and word.endswith("s") else word)
            if len(out) == twins._SAID_WORDS:
                break
    return " ".join(out)


def _title_words_plain(title: str) -> frozenset[str]:
    text = re.sub(r"\([^)]*\)", " ", unicodedata.normalize("NFKC", title).casefold())
    text = twins._WITH.sub(lambda m: "without " if m[1] else "with ", text)
    words = set()
    for word in twins._WORDS.findall(text.replace("\u2019", "'")):
        if word in twins._STOP:
            continue
        words.add(word[:-1] if len(word) > 3 and word.endswith("s") else word)
    return frozenset(words)


def _test_title_plain(title: str) -> bool:
    words = re.findall(r"[^\W\d_]+", re.sub(r"\([^)]*\)", " ", title).casefold())
    return ("test" in words and len(words) <= 8
            and all(word in cells._TEST_TITLE_WORDS for word in words))


@pytest.mark.parametrize("text", TEXTS)
def test_short_cuts_agree_with_the_plain_way(text: str) -> None:
    assert twins._said_words(text) == _said_words_plain(text)
    assert twins._plain(text) == " ".join(
        twins._WORDS.findall(unicodedata.normalize("NFKC", text).casefold()))
    assert twins._title_words(text) == _title_words_plain(text)
    assert cells._test_title(text) == _test_title_plain(text)
    assert cells._says_test(text) == (cells._TEST_WORDS.search(text) is not None)
    assert importer._masked(text) == masked_text(text)
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    assert identity.slug(text) == re.sub(r"[^a-z0-9]+", "-", plain.lower().replace(
        "'", "")).strip("-")[:40].strip("-")


def test_the_long_s_still_makes_a_test_title() -> None:
    # "te\u017ft" (the long s) casefolds to "test": the quick check must not settle it as no test
    assert cells._test_title("Te\u017ft")
    assert not cells._test_title("Tea trolley")


@pytest.mark.parametrize("title", TEXTS)
@pytest.mark.parametrize("other", ["Ward 3", "please ignore", "Test", "do not use", "n/a"])
def test_a_rows_quick_look_agrees_with_every_check(title: str, other: str) -> None:
    texts = [t for t in dict.fromkeys([title.strip(), other]) if t]
    short = [t for t in texts if len(t) <= 80]
    checks = (title.strip().lower() in ("test", "testing") or cells._test_title(title)
              or any(cells._says_test(t) for t in short) or cells._test_named(title, texts))
    if cells._no_test_word(title, short):
        assert not checks
