"""The same thing entered twice under another number: what makes two rows one record.

A log kept for years gets the same idea typed in again under a new reference ("INN-013" for
"INN-001"), and an ESR extract lists a person once per assignment number. The row's key then
differs, so its id does too, and only what the row *says* shows it is a repeat:

* a record with a title and a lead (an innovation, a story...): the same title (case,
  spacing and punctuation aside) led by the same person;
* a person: the same work e-mail and family name (a team mailbox is shared by several);
* retyped from memory (:func:`near_key`): the same lead, the same year started (when both
  rows give one), and the words of one title all among the other's, which has at most one
  word more (three more, for a title of three words or more whose two descriptions share
  their words) (a note in brackets and little words aside: "Red Bag scheme" and "Red Bag
  scheme (care homes)"; "Sepsis screening e-tool" and "Sepsis e-screening tool").

:func:`twin_key` gives that for one record; the importer names the second row as a
duplicate of the first instead of importing the idea or the person twice.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from typing import Any

__all__ = ["NearTwins", "bare_title_key", "key_form", "named_repeat_reason", "near_key",
           "repeated_keys", "said_repeat_reason", "says_repeat", "title_key", "twin_key",
           "twin_reason"]

_WORDS = re.compile(r"[^\W_]+")


# A row's title is made plain for its twin key, its title key and its mates' keys
# (shared_people): remembered by value, so once a row rather than three times (D1330).
@lru_cache(maxsize=256)
def _plain(text: str) -> str:
    # ASCII is its own NFKC form: a row's title is seldom anything else (D600)
    plain = text if text.isascii() else unicodedata.normalize("NFKC", text)
    return " ".join(_WORDS.findall(plain.casefold()))


def twin_key(record: dict[str, Any], lead_form: str | None = None) -> str | None:
    """What another row saying the same thing would share with *record* (plain data), or
    None when the record says too little to tell (no lead, no e-mail). A short digest
    (``T`` or ``E`` and 16 hex digits), so that remembering one for each of 100,000 rows, in
    memory and in the import ledger, stays small. *lead_form* is how the lead is compared
    (:meth:`kmcore.io.people.People.name_form`: "J Pickering" and "Joanne Pickering" alike);
    the lead's id without it."""
    title, lead = record.get("title"), record.get("lead")
    if isinstance(title, str) and isinstance(lead, str) and title.strip() and lead:
        return _digest("T", f"{_plain(title)}\x00{lead_form or lead}")
    email, name = record.get("work_email"), record.get("display_name")
    if (record.get("type") == "person" and isinstance(email, str) and email.strip()
            and isinstance(name, str) and _plain(name)):
        # With the family name: two people on one team mailbox are not one person, while
        # "Dr A Mehta" and "Anjali Mehta" at one address are.
        return _digest("E", f"{email.strip().casefold()}\x00{_plain(name).split()[-1]}")
    return None


def _digest(kind: str, text: str) -> str:
    return kind + hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def twin_reason(key: str, first_row: int) -> str:
    """The message for a row that repeats *first_row* under another number."""
    what = "the same title and lead" if key.startswith("T") else (
        "the same e-mail and family name")
    return (f"repeats row {first_row} ({what}, under another number): the same entry typed "
            "twice, so it is left out; if they are two different ones, make them differ (a "
            "title, or the e-mail) and import again")


#: words a retyped title may add or drop without naming another thing
_STOP = frozenset({"a", "an", "and", "the", "of", "for", "to", "in", "on", "at", "with", "by",
                   "from", "new", "our", "project", "scheme", "pilot", "trial"})


_WITH = re.compile(r"\bw/\s*(o(?:ut)?\b)?")
_BRACKETED = re.compile(r"\([^)]*\)")


def _title_words(title: str) -> frozenset[str]:
    # a note in brackets ("(care homes)", "(ED)") says where, not what
    plain = title if title.isascii() else unicodedata.normalize("NFKC", title)
    # (each pattern only where its first character is: nearly every title has neither, and
    # this runs for every row; D1332)
    text = plain.casefold()
    if "(" in text:
        text = _BRACKETED.sub(" ", text)
    # shorthand typed in a hurry: "w/out" and "w/o" are "without", "w/" is "with"
    if "/" in text:
        text = _WITH.sub(lambda m: "without " if m[1] else "with ", text)
    words = set()
    for word in _WORDS.findall(text.replace("\u2019", "'")):
        if word in _STOP:
            continue
        words.add(word[:-1] if len(word) > 3 and word.endswith("s") else word)
    return frozenset(words)


def near_key(record: dict[str, Any], lead_form: str | None = None) -> str | None:
    """What :class:`NearTwins` compares for *record*: its lead (as *lead_form*, see
    :func:`twin_key`), the year it started and its title's words, as one text (kept in the
    import ledger); None without a title and lead."""
    title, lead = record.get("title"), record.get("lead")
    if not (isinstance(title, str) and isinstance(lead, str) and lead):
        return None
    lead = lead_form or lead
    copied = _COPIED.search(title)
    words = _title_words(_COPIED.sub(" ", title) if copied else title)
    if len(words) < 2:
        return None  # "Falls": too little to tell a retyped entry from another
    started = record.get("started_on")
    year = started[:4] if isinstance(started, str) else ""
    told = record.get("description")
    said = _said_words(told) if isinstance(told, str) else ""
    key = f"{lead}\x00{year}\x00{' '.join(sorted(words))}\x00{said}"
    # a card copied on the board says so: its title may be any shorter form (D1425)
    return f"{key}\x00copy" if copied else key


#: A title saying it is a copy of another card or entry, as boards and Windows name one:
#: "Catheter passport (copy)", "Falls huddle - Copy", "Copy of Falls huddle".
_COPIED = re.compile(r"[(\[]\s*(?:copy|copied)\s*(?:\d+\s*)?[)\]]\s*$|"
                     r"\s[-\u2013]\s*copy(?:\s*\(\d+\))?\s*$|^\s*copy of\s", re.I)


#: the most words of a description kept to compare (the key is remembered for every row)
_SAID_WORDS = 12


def _said_words(text: str) -> str:
    """The first few words of a description that say something (three letters or more,
    little words aside), as one text."""
    out: dict[str, None] = {}
    # Run for every row, on long prose: ASCII is its own NFKC form, and a word said again
    # changes nothing (only the first sighting counts), so each distinct word is looked at
    # once, in the order first said (D600).
    plain = text if text.isascii() else unicodedata.normalize("NFKC", text)
    for word in dict.fromkeys(_WORDS.findall(plain.casefold())):
        if len(word) >= 3 and word not in _STOP and not word.isdigit():
            out.setdefault(word[:-1] if len(word) > 3 and word.endswith("s") else word)
            if len(out) == _SAID_WORDS:
                break
    return " ".join(out)


class NearTwins:
    """The rows seen so far by lead, to find a row retyped with its title worded a little
    differently (see the module docstring). A lead's rows are kept apart by the numbers
    their titles hold: titles numbered apart are never repeats (:func:`_within`), so a log
    of many numbered entries by one lead compares each row with few others, not all."""

    # (year, title words, description words, row): the words as tuples of shared strings,
    # made sets only to compare; a set per row was most of the memory an import of 100,000
    # rows grows by (D720)
    _Seen = list[tuple[str, tuple[str, ...], tuple[str, ...], int]]

    def __init__(self) -> None:
        self._by_lead: dict[str, dict[tuple[str, ...], NearTwins._Seen]] = {}
        self._words: dict[str, str] = {}  # one copy of each word, lead and year

    def first(self, key: str, row: int) -> int | None:
        """The earlier row that *key* (a :func:`near_key`) repeats, or None; either way
        *row* is remembered under it."""
        lead, year, text, *rest = key.split("\x00")  # ledgers before D488: no description
        copied = rest[1:] == ["copy"]
        pool = self._words
        kept = tuple([pool.setdefault(w, w) for w in text.split()])
        kept_said = tuple([pool.setdefault(w, w) for w in rest[0].split()]) if rest else ()
        words, said = frozenset(kept), frozenset(kept_said)
        numbers = tuple(sorted([w for w in words if w.isdigit()]))  # (a list: D1380)
        buckets = self._by_lead.setdefault(pool.setdefault(lead, lead), {})
        # a numbered title may repeat one with the same numbers or none; one without
        # numbers, any
        candidates = ([buckets.get(numbers, []), buckets.get((), [])] if numbers
                      else list(buckets.values()))
        found = next((at for seen in candidates for their_year, theirs, their_said, at in seen
                      if at != row and (not year or not their_year or year == their_year)
                      and _within(words, frozenset(theirs), same_said=_same_said(
                          said, frozenset(their_said)), copied=copied)),
                     None)
        buckets.setdefault(numbers, []).append((pool.setdefault(year, year), kept, kept_said,
                                                row))
        return found


def _within(one: frozenset[str], other: frozenset[str], *, same_said: bool = False,
            copied: bool = False) -> bool:
    """The words of one title all in the other's, which has at most one word more: a
    retyped entry drops or adds a word ("ward"), a different project says more. When the
    two descriptions also say the same thing, a title retyped from memory may say up to
    three words more ("Diabetes group consultations", "Group consultations for type 2
    diabetes"), when the shorter still has three words. *one* saying it is a copy
    ("Catheter passport (copy)") may leave out any number of the other's words (D1425)."""
    small, large = (one, other) if len(one) <= len(other) else (other, one)
    numbers = [{w for w in words if w.isdigit()} for words in (small, large)]
    if all(numbers) and numbers[0] != numbers[1]:
        return False  # "Phase 2 rollout" and "Phase 3 rollout": numbered apart
    if copied and one is small:
        return small <= large
    extra = 3 if same_said and len(small) >= 3 else 1
    return small <= large and len(large) - len(small) <= extra


def _same_said(one: frozenset[str], other: frozenset[str]) -> bool:
    """Two descriptions sharing at least three words that say something, and a third of
    the shorter's: the same thing described twice."""
    shared = len(one & other)
    return shared >= 3 and shared * 3 >= min(len(one), len(other))


#: What a row says of itself when it is the same entry again: "dup - see INN-004",
#: "Duplicate", "entered twice", "submitted twice", "re-registered by mistake", "already
#: logged".
_SAYS_REPEAT = re.compile(
    r"\b(?:dup(?:e|licate[ds]?)?|(?:entered|submitted|logged|registered|added|typed|sent|"
    r"put\s+in)\s+twice|re-?(?:registered|submitted|entered|logged)|double[\s-]?(?:entry|"
    r"entered|counted)|already\s+(?:logged|registered|submitted|entered|on\s+(?:the\s+)?"
    r"(?:log|register|list|tracker)))\b", re.I)


def says_repeat(texts: list[str]) -> bool:
    """Whether a row's short cells (status, notes: 120 characters or fewer) say it is an
    entry made again ("dup - see INN-004", "entered twice")."""
    return any(len(t) <= 120 and _SAYS_REPEAT.search(t) for t in texts)


def title_key(record: dict[str, Any]) -> str | None:
    """A record's title as a row repeating it would write it (case, spacing and
    punctuation aside), as a short digest; None without a title of two words or more."""
    title = record.get("title")
    if not isinstance(title, str):
        return None
    plain = _plain(title)
    if len(plain.split()) < 2:
        return None
    return _digest("S", plain)


_TRAILING_NOTE = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")


def bare_title_key(record: dict[str, Any]) -> str | None:
    """:func:`title_key` of the title less a bracketed note at its end ("Hoist slings
    (more slings)", "Step clinic (relaunch)"): how an entry typed in again for more of the
    same is told from the first; None when the title has no such note."""
    title = record.get("title")
    if not isinstance(title, str) or not _TRAILING_NOTE.search(title):
        return None
    return title_key({"title": _TRAILING_NOTE.sub("", title)})


def said_repeat_reason(first_row: int) -> str:
    """The message for a row that says it repeats one and has *first_row*'s title."""
    return (f"repeats row {first_row} (the same title, and the row says it is a duplicate): "
            "left out; if it is a different entry, change what the row says and import again")


def near_reason(first_row: int) -> str:
    """The message for a row that repeats *first_row* in other words."""
    return (f"repeats row {first_row} (the same lead and start, and the words of one title "
            "are all in the other's): the same entry typed twice, so it is left out; if "
            "they are two different ones, make the titles differ and import again")


#: a note naming the entry a row repeats: "Same as GI-03?", "dup of INN-004", "duplicate -
#: see MEDOPT-112", "copy of QI-6", "clone of ..."
_NAMES_REPEAT = re.compile(
    r"\b(?:same\s+(?:as|idea\s+as)|dup(?:e|licate[ds]?)?(?:\s+of|\s*[-:\u2013\u2014]?\s*see)?|"
    r"(?:copy|clone|repeat)\s+of|(?:entered|submitted|logged)\s+(?:twice|again)\s*[-:(]?"
    r"\s*see)\s*[:\-\u2013\u2014]?\s*(?:row\s+|item\s+|no\.?\s*|#\s*)?"
    r"([A-Za-z]{0,10}[-_/ ]?\d{1,8}[A-Za-z]?)\b", re.I)


# A pure function of its text, called on every row's key and notes; an import's keys and
# notes repeat ("see INN-004" on many rows, the same status word), so remembered by value.
@lru_cache(maxsize=65536)
def key_form(key: str) -> str:
    """A row's key as a note would name it, case, spacing and separators aside, and
    leading zeros of its number too ("GI-03", "gi 3" and "GI-003" are one)."""
    return _LEADING_ZEROS.sub("", _KEY_SEPARATORS.sub("", key.casefold()))


_KEY_SEPARATORS = re.compile(r"[\s\-_/.#]+")
_LEADING_ZEROS = re.compile(r"(?<=[^\d])0+(?=\d)|^0+(?=\d)")


#: a cell that is nothing but a pointer to another entry: "see idea 1", "see #4", "see no. 12"
#: (a status column's whole answer; in a longer note, "see idea 1 for costs" is a cross-
#: reference, not a repeat; D942)
_ONLY_SEE = re.compile(r"\s*\(?\s*(?:see|as)\s+(?:idea|entry|item|row|ref|no\.?|number|#)\s*"
                       r"#?\s*([A-Za-z]{0,10}[-_/ ]?\d{1,8}[A-Za-z]?)\s*[).!?]*\s*", re.I)


def repeated_keys(texts: list[str]) -> list[str]:
    """The keys a row's notes name as the entry it repeats ("Same as GI-03?" ->
    ``["gi3"]``, as :func:`key_form` writes them; a cell saying only "see idea 1"); short
    notes only (300 characters)."""
    # long prose is never looked up (it is unique to its row: remembering it costs more)
    short = [t for t in texts if len(t) <= 300]
    # One look at all of them first: none of the pattern's words (none holds a line break)
    # in the notes joined by line breaks is none in any note, nearly every row (D1335).
    found = [key for t in short if _may_name_repeat(t)
             for key in _named_repeats(t)] if _may_name_repeat("\n".join(short)) else []
    found += [key_form(m[1]) for t in texts if (m := _ONLY_SEE.fullmatch(t))]
    return found


#: a word every match of _NAMES_REPEAT holds, lower-cased
_NAMES_REPEAT_WORDS = ("same", "dup", "copy", "clone", "repeat", "entered", "submitted",
                       "logged")


def _may_name_repeat(text: str) -> bool:
    """Whether *text* may hold a match of _NAMES_REPEAT: most notes hold none of its words,
    and saying so costs less than searching (or remembering) them (D1041). Only ASCII text
    is told apart so: with IGNORECASE a pattern's "s" matches the long s (U+017F) too."""
    if not text.isascii():
        return True
    low = text.lower()
    for word in _NAMES_REPEAT_WORDS:  # noqa: SIM110 - a loop: any() of a generator costs more
        if word in low:
            return True
    return False


@lru_cache(maxsize=65536)
def _named_repeats(text: str) -> tuple[str, ...]:
    """The keys one short note names as repeated; by value, as a log's status words,
    leads and wards repeat from row to row."""
    found = [key_form(m[1]) for m in _NAMES_REPEAT.finditer(text)]
    return tuple(found or [key_form(m[1]) for m in _DUPLICATE_THEN_KEY.finditer(text)]
                 or [key_form(m[1]) for m in _KEY_THEN_SAME.finditer(text)])


#: "Duplicate - already funded as DD23-02", "dup, was logged as QI-6": a row saying it is a
#: duplicate, then naming the entry a few words on (D1427; only a key an earlier row has
#: counts, as for every named repeat)
_DUPLICATE_THEN_KEY = re.compile(
    r"\bdup(?:e|licate[ds]?)?\b[^.;!?\n]{0,40}?\b(?:as|of|see|with|under)\s+"
    r"(?:row\s+|item\s+|no\.?\s*|#\s*)?([A-Za-z]{0,10}[-_/ ]?\d{1,8}(?:[-_/]\d{1,8})?[A-Za-z]?)\b",
    re.I)


#: "see QI-23-07 - same project, logged twice", "QI-6: same idea": a key, then a few words
#: on, that the row is the same work as it (D1504). "same project" must end its phrase, so
#: "see QI-6, same project lead" names a colleague, not a repeat.
_KEY_THEN_SAME = re.compile(
    r"(?:^|\b(?:see|as|with)\s+)(?:row\s+|item\s+|no\.?\s*|#\s*)?"
    r"([A-Za-z]{0,10}[-_/ ]?\d{1,8}(?:[-_/]\d{1,8})?[A-Za-z]?)\b[^.;!?\n]{0,12}?"
    r"(?:\bsame\s+(?:project|idea|thing|entry|item|work|scheme|bid|application|one)"
    r"(?=\s*(?:[,.;:!?)\-\u2013\u2014]|$))|\b(?:logged|entered|submitted|added)\s+"
    r"(?:twice|again)\b|\bdup(?:e|licate[ds]?)?\b)", re.I)


def named_repeat_reason(first_row: int, said: str) -> str:
    """The message for a row whose note names an earlier row as the one it repeats."""
    return (f"repeats row {first_row} (a note on the row says so: {said[:60]!r}): left out; "
            "if it is a different entry, change the note and import again")
