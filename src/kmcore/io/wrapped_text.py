"""Text a PDF (or a narrow column) wrapped onto new lines, read back as the words written.

A log pasted from a PDF keeps the PDF's line breaks inside cells: ``"Smart infusion pump drug
library\\nrollout"``, ``"... so dose limits are en-\\nforced"``. A person reads a title as one
line and a word broken at a line's end with a hyphen as one word. :func:`unwrap` does the
same:

* a hyphen at a line's end between letters, with a lower-case letter after the break, is a
  word broken by the wrap and is taken out (``en-\\nforced`` -> ``enforced``) when what is
  before it is no word of its own (one to three letters that are not a prefix written with
  a hyphen, such as ``co-``, ``re-``, ``e-``) or what is after it is only an ending
  (``manage-\\nment``, ``implementa-\\ntion``); otherwise the hyphen is the compound's own
  and kept (``single-\\npatient`` -> ``single-patient``);
* in a one-line field (a title, a name) every other line break is a space.

Text without a line break is returned as it is (the check is one ``in``).
"""

from __future__ import annotations

import re

__all__ = ["unwrap"]

#: Prefixes people write with a hyphen ("co-production", "re-audit", "e-referral").
_HYPHEN_PREFIXES = frozenset({
    "co", "re", "pre", "non", "sub", "e", "x", "ex", "pro", "de", "mid", "bi", "tri", "anti",
    "post", "self", "semi", "multi", "inter", "intra", "cross", "over", "under", "day", "one",
    "two", "all", "in", "out", "up", "on", "off", "end", "far", "low", "top", "new", "mis"})
#: Endings a word is broken before: what comes after the hyphen is no word of its own.
_ENDINGS = frozenset({
    "ment", "ments", "tion", "tions", "sion", "sions", "ing", "ings", "ed", "ly", "ness",
    "ity", "ities", "ance", "ances", "ence", "ences", "able", "ible", "al", "ally", "er",
    "ers", "ised", "ized", "ise", "ize", "ises", "izes", "ation", "ations", "ative", "ive",
    "ous", "ful", "less", "ist", "ists", "ism", "ic", "ical", "ial", "ient", "ients"})
_BROKEN = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[a-z])")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)$")
_WORD_AFTER = re.compile(r"^([^\W\d_]+)")
_LINE_BREAK = re.compile(r"[ \t]*(?:\r\n|\r|\n)[ \t]*")


def _broken_word(before: str, after: str) -> bool:
    """Whether ``before-`` at a line's end and ``after`` on the next are one word."""
    head = _WORD_BEFORE.search(before)
    tail = _WORD_AFTER.search(after)
    if head is None or tail is None:
        return False
    left, right = head.group(1).casefold(), tail.group(1).casefold()
    return (len(left) <= 3 and left not in _HYPHEN_PREFIXES) or right in _ENDINGS


def unwrap(text: str, one_line: bool = False) -> str:
    """*text* with the words a wrap broke joined again and, for a one-line field
    (*one_line*), its line breaks made spaces (see the module docstring)."""
    if "\n" not in text and "\r" not in text:
        return text
    out: list[str] = []
    last = 0
    for found in _BROKEN.finditer(text):
        before, after = text[last:found.start()], text[found.end():]
        out.append(before)
        out.append("" if _broken_word(text[:found.start()], after) else "-")
        last = found.end()
    out.append(text[last:])
    joined = "".join(out)
    return _LINE_BREAK.sub(" ", joined) if one_line else joined
