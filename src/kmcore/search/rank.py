"""How a query is widened (synonyms, acronyms, spellings) and how candidates are ranked.

**Expansion.** Runs of the query's plain words are looked up in the vocabularies (the
librarian's synonyms file, acronyms defined in the records, then the shipped vocabulary),
longest first: in "heart attack rehab" the two words "heart attack" are one concept, whose
alternatives ("myocardial infarction") then satisfy both words. A quoted phrase is looked up
whole. Each alternative carries a weight below 1 (the user's own words count 1) and where it
came from, for ``kmcore index --explain``.

**Ranking.** SQLite finds the candidates (every query word, or an alternative of it, must
match; then records with only some of them); each candidate is scored here, from the record's
stemmed words kept in the index:

* per query word, the best of its alternatives, weight x BM25F: term frequencies from the
  fields (title 3, summary 2, subject terms 2, body 1, people 1), each normalised by its own
  length, added up *before* one saturation (k1 = 1.2), so a word in the title cannot outweigh
  the other words of the query;
* IDF from the whole index; an alternative never gets a higher IDF than the word it stands for;
* x the square of the share of the query's words the record has, each word counted by its
  IDF (coordination: missing a rare word costs more than missing a common one);
* x up to 1.3 for the query's words close together (proximity: the shortest stretch of a
  field holding them all, within one sentence or clause: "Staff voices: hearing what the
  survey said" does not have "hearing voices" together); a record with only some of the
  words gets it for those it has, times the square of their share of the query.
"""

from __future__ import annotations

import math
import re
import sqlite3
import threading
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Sequence

import attrs

from kmcore.search._text import STOPWORDS, variants
from kmcore.search.query import ParsedQuery, Term
from kmcore.search.questions import SOFT_WEIGHT
from kmcore.search.vocabulary import (
    PLAIN,
    SAME_TERM,
    WEIGHT_SPELLING,
    WEIGHT_SYNONYM,
    Alternative,
    Vocabulary,
    gap_pattern,
    key_stem,
    lookup_all,
    term_key,
)
from kmcore.search.word_forms import base_forms

__all__ = [
    "FIELDS",
    "FIELD_WEIGHTS",
    "WEIGHT_OTHER_FORM",
    "WRITTEN_AS",
    "Choice",
    "ExpandedQuery",
    "Scored",
    "activity_forms",
    "adjective_forms",
    "agent_forms",
    "expand",
    "score_candidates",
    "stems_of",
    "written_forms",
]

FIELDS = ("title", "summary", "subjects", "body", "people")
FIELD_WEIGHTS = (3.0, 2.0, 2.0, 1.0, 1.0)
_B = (0.5, 0.6, 0.5, 0.75, 0.5)
_K1 = 1.2
_PROXIMITY = 0.3
#: Positions in the proximity measure are moved this far apart per sentence, so that words
#: in different sentences (or clauses) of a field are never "close together".
_SENTENCE_GAP = 1000
_COORDINATION = 2.0
#: From this many query words on, records with most of them are ranked with those with all
#: (a question typed in full rarely has every word in the record that answers it).
SOFT_FROM = 3
_MAX_SPAN = 4
#: A hyphenated word and the plain words after it are looked up as one term: off, no gain
#: held out (D1524).
HYPHENATED_SPANS = False
#: A quoted phrase's words within this many words of each other count as a near match.
NEAR_WORDS = 6
WEIGHT_NEAR = 0.5
#: A quoted phrase's words, each on its own, add this share of their score to the phrase's.
PHRASE_WORDS = 0.3
#: A query's word naming an activity ("screening", "housing", "training") matched in a record
#: only through the stem it shares with a thing ("screens", "houses", "trains") counts this
#: much: the index's stemmer joins the two, and they are often two senses (D662).
WEIGHT_OTHER_FORM = 0.6
_ACTIVITY_ENDING = "ing"
_ACTIVITY_MIN = 6
#: A noun and its adjective in "-al" that the stemmer joins ("clinic" and "clinical",
#: "medic" and "medical", "behaviour" and "behavioural") name different things as often as an
#: activity and a thing do: a record with only the other one has the word at
#: :data:`WEIGHT_OTHER_FORM` (D1130).
_ADJECTIVE_ENDINGS = ("al", "als", "ally")
#: The nouns whose adjective in "-al" is in common use and means another thing: "clinic",
#: "medic", "critic", "physic"; "behaviour".
_NOUN_ENDINGS = ("ic", "our")
#: Whether a word written with a hyphen or a digit is also sought in its other written forms
#: ("glp-1" as "glp1", "covid19" as "covid 19"; see :func:`written_forms`, D1390).
WRITTEN_FORMS = True
#: A word and its number written together ("covid19", "news2", "glp1"): letters, then digits.
_LETTERS_DIGITS = re.compile(r"([a-z]{2,})([0-9]+)")
#: Longest word made by joining a hyphenated term's parts ("x-ray" -> "xray").
_JOINED_MAX = 12
#: How such a form's source begins ("written as covid 19").
WRITTEN_AS = "written as"
#: Whether a vocabulary term that is one word with common words ("feeling down", "the runs")
#: stands for its set only where the query has it so typed (D1432).
COLLAPSED_AS_TYPED = True
#: A synonym's own acronym ("VTE" for "venous thromboembolism", reached from "blood
#: clots") counts this share of the synonym (0 turns it off); chosen by leave-one-collection-
#: out (D1435).
ALTERNATIVE_ACRONYM = 0.8
#: Whether two query words are also sought as the one word the records write them as
#: ("needle ... stick" as "needlestick", "washing ... hands" as "handwashing"; D1431).
#: Off: it did not hold up leave-one-collection-out (D1403).
JOINED_WORDS = False
#: How much such a joined word counts when the query has its parts apart or the other way
#: round (typed side by side in its order it is the word itself, at ``WEIGHT_SPELLING``).
WEIGHT_JOINED_APART = WEIGHT_SYNONYM
#: ... and typed side by side in its order ("bed sores" for "bedsores").
WEIGHT_JOINED_BESIDE = WEIGHT_SPELLING
#: Shortest part, longest joined word, for :meth:`_Expansion.joined_words`.
_JOIN_PART_MIN = 3
_JOIN_MAX = 16
#: How a joined word's source begins ("written together as needlestick").
WRITTEN_TOGETHER = "written together as"
#: A record with a quoted phrase only as its words close together scores at most this share
#: of the lowest-scoring record with the phrase as written (see :func:`_near_below_phrase`).
_NEAR_BELOW = 0.95


class _Porter:
    """Porter stems exactly as the index's FTS5 tokenizer makes them, so that what kmcore
    scores and what SQLite matched agree ("prevention" and "preventing" are both "prevent").
    SQLite is asked once per new word (in batches, through an in-memory FTS5 table and its
    vocabulary); the answers are kept for the process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._stems: dict[str, str] = {}

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(w, tokenize='porter unicode61 "
                     "remove_diacritics 2')")
        conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, instance)")
        return conn

    def __call__(self, words: Sequence[str]) -> list[str]:
        stems = self._stems
        missing = [w for w in dict.fromkeys(words) if w not in stems]
        if missing:
            with self._lock:
                conn = self._conn = self._conn or self._open()
                conn.execute("DELETE FROM t")
                conn.executemany("INSERT INTO t(rowid, w) VALUES (?, ?)",
                                 enumerate(missing, start=1))
                found: dict[int, str] = {}
                for term, doc in conn.execute("SELECT term, doc FROM v"):
                    found.setdefault(int(doc), term)
                for number, word in enumerate(missing, start=1):
                    stems[word] = found.get(number, word)
        return [stems[w] for w in words]


#: The index's stemmer, for words outside SQLite.
porter = _Porter()


def stems_of(tokens: Sequence[str]) -> str:
    """Folded words as the index keeps them for ranking: Porter stems joined by spaces."""
    return " ".join(porter(tokens))


@attrs.frozen
class Choice:
    """One way a query word can be matched: the word itself (weight 1) or an alternative."""

    term: Term
    weight: float = 1.0
    source: str = ""

    @property
    def text(self) -> str:
        return self.term.text

    @property
    def own(self) -> bool:
        return not self.source

    def stems(self) -> tuple[frozenset[str], ...]:
        if self.term.plain:
            return tuple(frozenset(porter([w])) for w in self.term.words)
        return tuple(frozenset(porter(variants(w))) for w in self.term.words)


@attrs.frozen
class ExpandedQuery:
    """A parsed query with, for each of its groups, every way it can be matched."""

    parsed: ParsedQuery
    choices: tuple[tuple[Choice, ...], ...]
    notes: tuple[str, ...] = ()
    #: (query words, alternative, source, weight) for each alternative added, for --explain.
    added: tuple[tuple[str, str, str, float], ...] = ()
    #: (query word, form) for each form of a query word a vocabulary lists as the same term
    #: and the index's stemmer joins already ("falls" for "falling"), so not added.
    same_forms: tuple[tuple[str, str], ...] = ()

    @property
    def size(self) -> int:
        return len(self.choices)

    def group_fts(self, index: int) -> str:
        options = [c.term.fts() for c in self.choices[index]]
        return options[0] if len(options) == 1 else "(" + " OR ".join(options) + ")"

    def positive(self, *, match_all: bool = True) -> str:
        joiner = " AND " if match_all else " OR "
        return joiner.join(self.group_fts(i) for i in range(self.size))

    def group_text(self, index: int) -> str:
        return " OR ".join(c.text for c in self.choices[index] if c.own)


class _Expansion:
    """The alternatives gathered for one query, group by group (see :func:`expand`)."""

    def __init__(self, parsed: ParsedQuery, vocabularies: Sequence[Vocabulary],
                 common: Callable[[str], bool]) -> None:
        self.parsed = parsed
        self.vocabularies = vocabularies
        self.common = common
        self.choices: list[list[Choice]] = [[Choice(t) for t in group] for group in parsed.groups]
        self.added: list[tuple[str, str, str, float]] = []
        self.same_forms: list[tuple[str, str]] = []
        #: Positions already read as part of a concept of several words next to each other.
        self.spanned: set[int] = set()

    def lookup(self, words: tuple[str, ...], gaps: tuple[bool, ...] | None = None
               ) -> list[Alternative]:
        found = lookup_all(self.vocabularies, words,
                           capitals=all(w in self.parsed.capitals for w in words), gaps=gaps,
                           typed=self.parsed.typed if COLLAPSED_AS_TYPED else None)
        if not found and len(words) > 1 and all(len(w) == 1 and w.isalpha() for w in words):
            # "A&E", "R&D", "Q&A": the index splits them into letters, the vocabularies
            # know them as one acronym ("ae"), which letters joined by "&" always are; or
            # as written with its break ("h n" for "H@N", "c o" for "C/O"), as the
            # vocabularies keep an acronym so written (D1135).
            found = lookup_all(self.vocabularies, (" ".join(words),), capitals=True)
            seen = {alt.words for alt in found}
            found += [alt for alt in lookup_all(self.vocabularies, ("".join(words),),
                                                capitals=True) if alt.words not in seen]
        return found

    def add(self, positions: Sequence[int], alternatives: list[Alternative], label: str
            ) -> None:
        own = set(term_key(label).split())
        for alt in alternatives:
            if alt.source.endswith(SAME_TERM) and len(positions) == 1 and porter(
                    alt.words) == porter(self.parsed.groups[positions[0]][0].words):
                # "falling" for "falls": the index's stemmer joins them already
                self.same_forms.append((label, alt.text))
                continue
            several = len(positions) > 1 or len(self.parsed.groups[positions[0]][0].words) > 1
            if several and set(term_key(alt.words).split()) <= own:
                # "end of life" offered for "end of life care" is part of the query, not
                # another way of saying it: it must not stand in for "care". Nor is "huddle"
                # another way of saying the quoted "safety huddle".
                continue
            for i in positions:
                if all(c.term.words != alt.words for c in self.choices[i]):
                    self.choices[i].append(Choice(Term(words=alt.words, plain=True),
                                                  alt.weight, alt.source))
            self.added.append((label, alt.text, alt.source, alt.weight))
            self.alternative_acronyms(positions, alt, label)

    def alternative_acronyms(self, positions: Sequence[int], alt: Alternative,
                             label: str) -> None:
        """A synonym of several words also brings the acronyms the vocabularies give it, below
        it (:data:`ALTERNATIVE_ACRONYM`): "blood clots" reaches "venous thromboembolism", and
        through it "VTE", which many records write alone (D1435). Only acronyms of three
        letters or more that are always expanded (not also a word, not two letters), and
        never one of the query's own words: "DBS testing" has "dried blood spot testing" for
        an alternative, whose acronym "DBS" would let the query's "DBS" (the disclosure
        check) stand for "testing" too."""
        if not ALTERNATIVE_ACRONYM or len(alt.words) < 2 or not alt.source.endswith("synonym"):
            return
        key = term_key(alt.words)
        own = set(term_key(label).split()) | set(label.split())
        for vocab in self.vocabularies:
            for short in vocab.expands_to.get(key, ())[:2]:
                known = vocab.acronyms.get(short)
                if (known is None or known[1] != PLAIN or " " in short or len(short) < 3
                        or short in own):
                    continue
                weight = alt.weight * ALTERNATIVE_ACRONYM
                for i in positions:
                    if all(c.term.words != (short,) for c in self.choices[i]):
                        self.choices[i].append(Choice(Term(words=(short,), plain=True), weight,
                                                      f"{alt.source}: acronym of {alt.text}"))
                self.added.append((label, short, f"acronym of {alt.text}", weight))

    def near_phrases(self) -> None:
        """A quoted phrase also matches its words close together (in any order), below the
        phrase itself: "hospital discharge" finds "discharged from hospital"."""
        for i, group in enumerate(self.parsed.groups):
            term = group[0]
            if len(group) == 1 and len(term.words) > 1 and not term.prefix:
                content = tuple(w for w in term.words if w not in STOPWORDS)
                if len(content) >= 2:
                    self.choices[i].append(Choice(Term(words=content, near=NEAR_WORDS),
                                                  WEIGHT_NEAR, "its words close together"))

    def written_forms(self) -> None:
        """A term with a hyphen or a number ("glp-1", "covid19") also matches its other
        written forms ("glp1", "covid 19") nearly as itself, and what the vocabularies list
        for those forms: records and vocabularies write such terms each way."""
        for i, group in enumerate(self.parsed.groups):
            term = group[0]
            if len(group) != 1 or term.prefix:
                continue
            for form in written_forms(term.words):
                text = " ".join(form)
                self.add(range(i, i + 1), [Alternative(form, WEIGHT_SPELLING,
                                                       f"{WRITTEN_AS} {text}")], term.text)
                self.add(range(i, i + 1), self.lookup(form), text)

    def written_apart(self, plain: list[bool]) -> None:
        """Words typed apart that are one term written together ("NEWS 2" for "NEWS2",
        "covid 19", "x ray"): a word and the number after it, or a letter and the word after
        it, side by side, also match the two run together, as :meth:`written_forms` does for
        a hyphenated term. (Not a number and the word after it: "2 diabetes" is no term.)"""
        groups = self.parsed.groups
        for i in range(len(plain) - 1):
            if not (plain[i] and plain[i + 1]) or i + 1 in self.parsed.gaps:
                continue
            words = (groups[i][0].words[0], groups[i + 1][0].words[0])
            if not ((words[0].isalpha() and words[1].isdigit())
                    or (len(words[0]) == 1 and words[0].isalpha() and words[1].isalpha())):
                continue
            k = range(i, i + 2)
            for form in written_forms(words):
                text = " ".join(form)
                self.add(k, [Alternative(form, WEIGHT_SPELLING, f"{WRITTEN_AS} {text}")],
                         " ".join(words))
                self.add(k, self.lookup(form), text)

    def joined_words(self, plain: list[bool], known: Callable[[str], bool]) -> None:
        """Two plain words that records write as one ("needle" and "stuck" as "needlestick",
        "washing your hands" as "handwashing", "bed sores" as "bedsores"): the joined word
        stands for both, as itself when typed side by side in its order, below it
        (:data:`WEIGHT_JOINED_APART`) when apart or the other way round. Not two words side
        by side joined the other way round: "care home" is not "homecare"."""
        if not JOINED_WORDS:
            return
        groups = self.parsed.groups
        parts: dict[int, list[str]] = {}
        for i, is_plain in enumerate(plain):
            word = groups[i][0].words[0]
            if (is_plain and word.isalpha() and word not in STOPWORDS
                    and word not in self.parsed.soft and len(word) >= _JOIN_PART_MIN):
                forms = list(base_forms(word))
                if word.endswith("s") and not word.endswith("ss") and len(word) > 4:
                    forms.append(word[:-1])  # "hands" -> "hand"washing
                parts[i] = forms
        pairs = [(i, j, a + b) for i, first in parts.items() for j, second in parts.items()
                 if i != j and not (j == i - 1 and i not in self.parsed.gaps)
                 for a in first for b in second if len(a + b) <= _JOIN_MAX]
        porter([joined for _, _, joined in pairs])  # one batch for the stemmer, not one each
        seen: set[str] = set()
        for i, j, joined in pairs:
            shortest = min(len(f) for f in parts[i])
            if joined in seen or len(porter([joined])[0]) <= shortest or not known(joined):
                # (The stemmer cuts some made-up words back to a part: "sugareating" is
                # "sugar" to it, which is no joined word.)
                continue
            seen.add(joined)
            beside = j == i + 1 and j not in self.parsed.gaps
            weight = WEIGHT_JOINED_BESIDE if beside else WEIGHT_JOINED_APART
            positions = sorted((i, j))
            self.add(positions, [Alternative((joined,), weight, f"{WRITTEN_TOGETHER} {joined}")],
                     f"{groups[i][0].words[0]} {groups[j][0].words[0]}")
            # What the vocabularies list for the joined word, below it.
            self.add(positions, [attrs.evolve(alt, weight=alt.weight * weight)
                                 for alt in self.lookup((joined,))], joined)

    def single_group(self, i: int) -> None:
        """A group that is not a plain word (a quoted phrase) is looked up whole."""
        group = self.parsed.groups[i]
        if len(group) == 1 and not group[0].prefix:
            self.add(range(i, i + 1), self.lookup(group[0].words, gap_pattern(group[0].words)),
                     group[0].text)

    def hyphenated_span(self, i: int, plain: list[bool]) -> None:
        """A hyphenated word typed without quotation marks ("long-term") is a phrase group of
        its own; a term of its words and the plain words after it ("long term pain") is
        looked up too, longest first, and stands for all of them (D1524)."""
        groups = self.parsed.groups
        term = groups[i][0]
        if len(groups[i]) != 1 or term.prefix or term.words in self.parsed.quoted:
            return
        end = i + 1
        while end < len(plain) and plain[end] and end - i < _MAX_SPAN:
            end += 1
        for stop in range(end, i + 1, -1):
            words = term.words + tuple(groups[k][0].words[0] for k in range(i + 1, stop))
            alts = self.lookup(words)
            if alts:
                self.add(range(i, stop), alts, " ".join(words))
                return

    def run(self, i: int, end: int) -> int:
        """Look up the plain words from *i* (before *end*), longest span first; returns
        where the next look-up starts."""
        groups = self.parsed.groups
        for span in range(min(_MAX_SPAN, end - i), 0, -1):
            words = tuple(groups[k][0].words[0] for k in range(i, i + span))
            if span == 1 and (self.common(words[0]) or words[0] in self.parsed.soft):
                continue
            # Where the query had common words between these ("care at home"), a term
            # without them there ("care home") is another concept.
            alts = self.lookup(words, tuple(k in self.parsed.gaps for k in range(i + 1, i + span))
                               if span > 1 else None)
            if not alts:
                continue
            self.add(range(i, i + span), alts, " ".join(words))
            if span > 1:
                self.spanned.update(range(i, i + span))
                # Each word of the concept keeps its own alternatives too ("falls" in
                # "falls prevention" is also "accidental falls").
                for k in range(i, i + span):
                    word = groups[k][0].words
                    if not self.common(word[0]) and word[0] not in self.parsed.soft:
                        self.add(range(k, k + 1), self.lookup(word), word[0])
            return i + span
        return i + 1

    def scattered(self, plain: list[bool]) -> None:
        """A term of three or more words whose words the query has apart or in another
        order ("a machine to help me breathe in my sleep at night" has the words of "machine
        help breathe night") is that term too, looked up as if typed in the term's order."""
        where: dict[str, int] = {}
        for k, is_plain in enumerate(plain):
            word = self.parsed.groups[k][0].words[0]
            if is_plain and word not in STOPWORDS and word not in self.parsed.soft:
                where.setdefault(key_stem(word), k)
        if len(where) < 3:
            return
        seen: set[str] = set()
        for vocabulary in self.vocabularies:
            index = vocabulary.scattered_keys()
            for stem in where:
                for key in index.get(stem, ()):
                    parts = key.split()
                    if key in seen or not all(s in where for s in parts):
                        continue
                    seen.add(key)
                    positions = [where[s] for s in dict.fromkeys(parts)]
                    if positions == list(range(positions[0], positions[0] + len(positions))):
                        continue  # next to each other in the term's order: the span look-up's
                    if self.spanned.issuperset(positions):
                        # Every word is already part of a concept read side by side
                        # ("learning disabilities", "health checks"): that reading stands.
                        continue
                    order = {k: n for n, k in enumerate(positions)}
                    if any(order.get(k + 1) == n - 1 for k, n in order.items()):
                        # Two words side by side the other way round are another concept:
                        # "care home support" is not "home care support".
                        continue
                    words = tuple(self.parsed.groups[k][0].words[0] for k in positions)
                    alts = self.lookup(words)
                    if alts:
                        self.add(sorted(positions), alts, " ".join(words))

def written_forms(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The other ways people write a term that holds a hyphen or a number, which the index
    keeps as other tokens: "glp-1" (the words ``glp 1``) is also "glp1", "x-ray" also "xray";
    "covid19" is also "covid 19", "news2" also "news 2". Empty for other terms."""
    found: list[tuple[str, ...]] = []
    if not WRITTEN_FORMS:
        return found
    if len(words) in (2, 3) and all(w not in STOPWORDS for w in words):
        joined = "".join(words)
        # Only short parts that are written together as often as apart: a letter, a number,
        # or an abbreviation with its number ("x-ray", "glp-1", "covid-19", "sars-cov-2").
        if len(joined) <= _JOINED_MAX and any(len(w) == 1 or w.isdigit() for w in words):
            found.append((joined,))
    elif len(words) == 1:
        split = _LETTERS_DIGITS.fullmatch(words[0])
        if split:
            found.append((split.group(1), split.group(2)))
    return found


def expand(parsed: ParsedQuery, vocabularies: Sequence[Vocabulary],
           common: Callable[[str], bool] = lambda word: False,
           known: Callable[[str], bool] | None = None) -> ExpandedQuery:
    """Each group of *parsed* with its alternatives from *vocabularies* (first one wins).
    A single word for which *common* is true ("patient", in most records) is not widened on
    its own: its alternatives would change no ranking, and cost time. *known* tells whether
    any record has a word: with it, two query words the records write as one word are
    sought as that word too (:meth:`_Expansion.joined_words`; without it, they are not)."""
    work = _Expansion(parsed, vocabularies, common)
    work.near_phrases()
    work.written_forms()
    plain = [len(g) == 1 and not g[0].prefix and len(g[0].words) == 1 for g in parsed.groups]
    work.written_apart(plain)
    if known is not None:
        work.joined_words(plain, known)
    # Runs of plain single words ("heart attack rehab"), looked up longest span first.
    i = 0
    while i < len(plain):
        if not plain[i]:
            work.single_group(i)
            if HYPHENATED_SPANS:
                work.hyphenated_span(i, plain)
            i += 1
            continue
        end = i
        while end < len(plain) and plain[end]:
            end += 1
        i = work.run(i, end)
    work.scattered(plain)
    return ExpandedQuery(parsed=parsed, choices=tuple(tuple(c) for c in work.choices),
                         added=tuple(work.added), same_forms=tuple(work.same_forms))


@attrs.frozen
class Scored:
    """A candidate's score and how it was made up."""

    n: int
    score: float
    coverage: float
    proximity: float
    #: per group: (query words, the choice that matched best, its source, its part of the score)
    matched: tuple[tuple[str, str, str, float], ...]
    #: The share of the query's words matched, each counted by its IDF.
    weighted: float = 1.0


def _occurrences(tokens: list[str], positions: dict[str, list[int]],
                 stems: tuple[frozenset[str], ...], prefix: str, near: int = 0) -> list[int]:
    """Where the choice (one word or several in a row) starts in *tokens*."""
    if prefix:
        return [i for i, t in enumerate(tokens) if t.startswith(prefix)]
    first = [p for s in stems[0] if s in positions for p in positions[s]]
    if not first:
        return first
    if len(stems) == 1:
        return first
    if near:
        others = [sorted(p for s in opts for p in positions.get(s, ())) for opts in stems[1:]]
        return [p for p in first
                if all(any(abs(q - p) <= near for q in where) for where in others)]
    found = []
    for p in first:
        if p + len(stems) <= len(tokens) and all(
                tokens[p + k] in stems[k] for k in range(1, len(stems))):
            found.append(p)
    return found


def _shortest_span(hits: list[tuple[int, int]], groups: int) -> int:
    """The fewest tokens holding at least one position of each of *groups* groups."""
    hits.sort()
    count: dict[int, int] = defaultdict(int)
    have = 0
    best = 0
    left = 0
    for pos, group in hits:
        if count[group] == 0:
            have += 1
        count[group] += 1
        while have == groups:
            span = pos - hits[left][0] + 1
            best = span if not best or span < best else best
            g = hits[left][1]
            count[g] -= 1
            if count[g] == 0:
                have -= 1
            left += 1
    return best


class _Doc:
    """A candidate's fields as stems. Which query stems each field has, and how often, is
    worked out with set and count (in C); positions only where a phrase or the proximity
    bonus needs them, for all the query's stems in a field in one pass."""

    def __init__(self, fields: Sequence[str], wanted: set[str]) -> None:
        self.tokens = [f.split() for f in fields[:len(FIELDS)]]
        # After the fields, optionally: where each field's sentences start, as the index
        # keeps them ("3 17|5||12 40|", see kmcore.search.building).
        breaks = fields[len(FIELDS)] if len(fields) > len(FIELDS) else ""
        self.starts: list[list[int]] = [
            [int(p) for p in part.split()] for part in breaks.split("|")] if breaks else []
        self.wanted = wanted
        self.counts: list[dict[str, int]] = []
        self.present: set[str] = set()
        for toks in self.tokens:
            bag = wanted.intersection(toks)
            self.counts.append({s: toks.count(s) for s in bag})
            self.present |= bag
        self._positions: list[dict[str, list[int]] | None] = [None] * len(self.tokens)

    def at(self, field: int, stem: str) -> list[int]:
        if stem not in self.counts[field]:
            return []
        found = self._positions[field]
        if found is None:
            found = defaultdict(list)
            have = self.counts[field]
            for i, t in enumerate(self.tokens[field]):
                if t in have:
                    found[t].append(i)
            self._positions[field] = found
        return found[stem]


@attrs.frozen
class _Prepared:
    """One choice of one query group, with what scoring it needs worked out once per query."""

    group: int
    choice: Choice
    stems: tuple[frozenset[str], ...]
    first: frozenset[str]
    prefix: str
    #: weight x IDF (an alternative's IDF capped at its group's own word's).
    factor: float
    #: A single word without prefix: its term frequency is a count lookup.
    simple: bool
    #: One word of a quoted phrase: adds to the phrase's score where the phrase matched,
    #: never matches on its own (see :data:`PHRASE_WORDS`).
    support: bool = False
    #: The forms of a query word naming an activity ("screening", "screenings") as a record
    #: must write it to count in full (see :data:`WEIGHT_OTHER_FORM`); empty for other words.
    forms: frozenset[str] = frozenset()
    #: With *forms*, the other words sharing its stem whose presence (without *forms*) makes
    #: the record's match the other word: a noun's adjective in "-al" ("clinical" for
    #: "clinic") or the reverse. Empty: any other form of the stem does.
    others: frozenset[str] = frozenset()


def _prepare(query: ExpandedQuery, idf: Callable[[Choice], float]
             ) -> tuple[list[_Prepared], list[float]]:
    prepared = []
    group_idf = []
    for g, group in enumerate(query.choices):
        own_idf = max((idf(c) for c in group if c.own), default=0.0)
        # A question's generic word ("cut", "help") counts little in the score and in the
        # coordination: the record that answers the question rarely words its aim so.
        soft = SOFT_WEIGHT if g < len(query.parsed.groups) and query.parsed.is_soft(
            query.parsed.groups[g]) else 1.0
        group_idf.append((own_idf or 1.0) * soft)
        same = _same_forms(query, g)
        for choice in group:
            prefix = choice.term.words[0] if choice.term.prefix else ""
            weight_idf = idf(choice) if choice.own else min(idf(choice), own_idf or idf(choice))
            forms, others = _own_forms(choice, same)
            stems = choice.stems() if not prefix else ()
            prepared.append(_Prepared(
                group=g, choice=choice, stems=stems, first=stems[0] if stems else frozenset(),
                prefix=prefix, factor=choice.weight * weight_idf * soft,
                simple=not prefix and len(stems) == 1, forms=forms, others=others))
        prepared += _phrase_words(g, group[0], idf)
    return prepared, group_idf


def _same_forms(query: ExpandedQuery, g: int) -> frozenset[str]:
    """The single words the vocabularies gave group *g* as another spelling or form of its
    own word ("falls", "fall" for "falling")."""
    own = query.group_text(g)
    return frozenset(form for word, form in query.same_forms if word == own and " " not in form)


def _own_forms(choice: Choice, same: frozenset[str]
               ) -> tuple[frozenset[str], frozenset[str]]:
    """``forms`` and ``others`` of :class:`_Prepared` for *choice*."""
    forms = activity_forms(choice, same)
    if forms:
        return forms, frozenset()
    mine, other = adjective_forms(choice, same)
    return (mine, other) if mine else agent_forms(choice)


def agent_forms(choice: Choice) -> tuple[frozenset[str], frozenset[str]]:
    """For a word in "-ment" naming an action that the stemmer joins to the person doing it
    ("management" and "managers"), typed or in a vocabulary alternative ("site
    management"): the forms of the action a record must write somewhere to have the word in
    full, and the person's forms, whose presence alone makes the match the person (D1222).
    Empty for any other choice."""
    term = choice.term
    none: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    if term.prefix or term.near:
        return none
    for word in term.words:
        if len(word) < 8 or not word.endswith("ment") or not word.isalpha():
            continue
        base = word[:-4]
        agent = base + "r" if base.endswith("e") else base + "er"
        if len(set(porter([word, agent]))) == 1:
            return (frozenset({word, word + "s"}), frozenset({agent, agent + "s"}))
    return none


def adjective_forms(choice: Choice, same_forms: frozenset[str] = frozenset()
                    ) -> tuple[frozenset[str], frozenset[str]]:
    """For the user's own single word that is a noun ("clinic", "clinics") or its adjective
    in "-al" ("clinical"), both cut to one stem by the stemmer: the forms a record must write
    to have that word, and the forms of the other one (see :data:`_ADJECTIVE_ENDINGS`).
    Empty for any other choice, and where the stemmer keeps the two apart."""
    term = choice.term
    none: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    if not choice.own or term.prefix or term.near or len(term.words) != 1:
        return none
    word = term.words[0]
    if len(word) < 5 or not word.isalpha():
        return none
    if word.endswith("al"):
        noun = word[:-2]
        if not noun.endswith(_NOUN_ENDINGS):
            return none  # "hospital" is no "hospit"
        mine: tuple[str, ...] = (word, word + "s", word + "ly")
        other: tuple[str, ...] = (noun, noun + "s")
    else:
        noun = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
        if not noun.endswith(_NOUN_ENDINGS):
            # Most nouns the stemmer would join to an "-al" form have no such adjective in
            # use ("patient", "record", "prevention"): not worth reading the records' words.
            return none
        mine = (noun, noun + "s")
        other = tuple(noun + e for e in _ADJECTIVE_ENDINGS)
    if len(set(porter([mine[0], other[0]]))) != 1:
        return none
    return (frozenset({v for m in mine for v in variants(m)} | same_forms),
            frozenset(v for o in other for v in variants(o)))


def activity_forms(choice: Choice, same_forms: frozenset[str] = frozenset()) -> frozenset[str]:
    """For the user's own single word naming an activity ("screening"), the forms a record
    must write to have that word and not only its stem: its spellings, singular and plural
    ("screening", "screenings"), and *same_forms*, which a vocabulary lists as the same term
    ("falls" for "falling"). Empty for any other choice."""
    term = choice.term
    if not choice.own or term.prefix or term.near or len(term.words) != 1:
        return frozenset()
    word = term.words[0]
    if len(word) < _ACTIVITY_MIN or not word.endswith(_ACTIVITY_ENDING) or not word.isalpha():
        return frozenset()
    return frozenset({f for v in variants(word) for f in (v, v + "s")} | same_forms)


def _phrase_words(g: int, choice: Choice, idf: Callable[[Choice], float]) -> list[_Prepared]:
    """The words of a quoted phrase, each scored on its own for :data:`PHRASE_WORDS` of its
    weight: of two records with the phrase, the one that is more about its words comes
    first, as a bag-of-words ranking would put it."""
    term = choice.term
    if not choice.own or term.prefix or term.near or len(term.words) < 2:
        return []
    out = []
    for word in dict.fromkeys(w for w in term.words if w not in STOPWORDS):
        single = Choice(Term(words=(word,)))
        stems = single.stems()
        out.append(_Prepared(group=g, choice=single, stems=stems, first=stems[0], prefix="",
                             factor=PHRASE_WORDS * idf(single), simple=True, support=True))
    return out


def _pseudo_tf(item: _Prepared, doc: _Doc, norms: list[float]) -> float:
    """The choice's term frequency over the fields, each weighted and length-normalised."""
    pseudo = 0.0
    for f, have in enumerate(doc.counts):
        if not item.prefix and item.first.isdisjoint(have):
            continue
        if item.simple:
            tf = sum(have.get(st, 0) for st in item.first)
        else:
            where = {st: doc.at(f, st) for opts in item.stems for st in opts}
            tf = len(_occurrences(doc.tokens[f], where, item.stems, item.prefix,
                                  item.choice.term.near))
        if tf:
            pseudo += FIELD_WEIGHTS[f] * tf / norms[f]
    return pseudo


def _best_parts(prepared: list[_Prepared], doc: _Doc, norms: list[float],
                written: frozenset[str] | None = None
                ) -> tuple[dict[int, tuple[float, Choice]], dict[int, list[_Prepared]]]:
    """Per query group, the best-scoring choice the record has (and every choice it has).
    *written*: the record's words as written (folded), where the query has a word naming an
    activity; a record without any of that word's own forms has it at
    :data:`WEIGHT_OTHER_FORM`."""
    present = doc.present
    best: dict[int, tuple[float, Choice]] = {}
    used: dict[int, list[_Prepared]] = defaultdict(list)
    support: dict[int, float] = defaultdict(float)
    for item in prepared:
        if not item.prefix and (item.first.isdisjoint(present) or (
                len(item.stems) > 1 and any(o.isdisjoint(present) for o in item.stems[1:]))):
            continue
        pseudo = _pseudo_tf(item, doc, norms)
        if pseudo <= 0:
            continue
        part = item.factor * pseudo * (_K1 + 1) / (_K1 + pseudo)
        if item.forms and written is not None and item.forms.isdisjoint(written) and (
                not item.others or not item.others.isdisjoint(written)):
            part *= WEIGHT_OTHER_FORM
        g = item.group
        if item.support:
            support[g] += part
            continue
        used[g].append(item)
        if g not in best or part > best[g][0]:
            best[g] = (part, item.choice)
    for g, extra in support.items():
        if g in best:
            best[g] = (best[g][0] + extra, best[g][1])
    return best, used


def _proximity(doc: _Doc, used: dict[int, list[_Prepared]], size: int) -> float:
    """1 when the query's words are side by side in some field, less the further apart; 0
    when they are never in one sentence of a field."""
    proximity = 0.0
    for f, have in enumerate(doc.counts):
        if any(all(item.first.isdisjoint(have) for item in items)
               for items in used.values()):
            continue  # some word of the query is not in this field
        starts = doc.starts[f] if f < len(doc.starts) else []
        hits = [(p + _SENTENCE_GAP * bisect_right(starts, p) if starts else p, g)
                for g, items in used.items() for item in items
                for st in item.first for p in doc.at(f, st)]
        if len({g for _, g in hits}) == size:
            span = _shortest_span(hits, size)
            if span and span < _SENTENCE_GAP:
                proximity = max(proximity, min(1.0, size / span))
    return proximity


def score_candidates(query: ExpandedQuery, docs: dict[int, Sequence[str]],
                     idf: Callable[[Choice], float], averages: Sequence[float],
                     written: Callable[[], dict[int, frozenset[str]]] | None = None
                     ) -> dict[int, Scored]:
    """Score each candidate (rowid -> its five fields as stem strings, optionally followed by
    where each field's sentences start, as the index's ``toks.breaks`` keeps them); see the
    module. *written* gives each candidate's words as written (folded); it is called only
    when the query has a word naming an activity (:func:`activity_forms`)."""
    prepared, group_idf = _prepare(query, idf)
    wanted = {s for item in prepared for opts in item.stems for s in opts}
    size = query.size
    idf_total = sum(group_idf)
    texts = [query.group_text(g) for g in range(size)]
    scale = [(1 - _B[f], _B[f] / (averages[f] or 1.0)) for f in range(len(FIELDS))]
    words_written = written() if written is not None and any(
        item.forms for item in prepared) else {}
    out: dict[int, Scored] = {}
    near_only: set[int] = set()
    as_written: set[int] = set()
    for n, fields in docs.items():
        doc = _Doc(fields, wanted)
        if not doc.present and not any(item.prefix for item in prepared):
            continue
        norms = [a + b * len(toks) for (a, b), toks in zip(scale, doc.tokens, strict=True)]
        best, used = _best_parts(prepared, doc, norms, words_written.get(n))
        if not best:
            continue
        # Coordination by IDF: missing a rare word of the query costs more than a common one.
        weighted = sum(group_idf[g] for g in best) / idf_total
        if size > 1 and len(best) == size:
            proximity = _proximity(doc, used, size)
        elif len(used) >= 2:
            # Some of the words, those close together: "health visitor" of "health visitor
            # referral" side by side counts, by the share of the query it is (squared, as
            # the coordination is).
            proximity = _proximity(doc, used, len(used)) * (len(used) / size) ** 2
        else:
            proximity = 0.0
        total = sum(part for part, _ in best.values())
        score = total * weighted ** _COORDINATION * (1 + _PROXIMITY * proximity)
        matched = tuple((texts[g], best[g][1].text, best[g][1].source, best[g][0])
                        for g in sorted(best))
        out[n] = Scored(n=n, score=score, coverage=len(best) / size, proximity=proximity,
                        matched=matched, weighted=weighted)
        if any(choice.term.near for _, choice in best.values()):
            near_only.add(n)
        elif any(len(choice.term.words) > 1 for _, choice in best.values() if choice.own):
            as_written.add(n)
    return _near_below_phrase(out, near_only, as_written)


def _near_below_phrase(scored: dict[int, Scored], near_only: set[int], as_written: set[int]
                       ) -> dict[int, Scored]:
    """*scored* with the records that have a quoted phrase only as its words close together
    (*near_only*) placed below every record having a phrase as written (*as_written*) and as
    many of the query's words: scaled down together, so their order among themselves stays.
    A near match can score higher on its own (its words several times in a title against the
    phrase once in the body), but a person who quoted the words asked for them as written."""
    if not near_only:
        return scored
    for coverage in {s.coverage for n, s in scored.items() if n in near_only}:
        floor = min((s.score for n, s in scored.items()
                     if n in as_written and s.coverage == coverage), default=0.0)
        top = max(s.score for n, s in scored.items()
                  if n in near_only and s.coverage == coverage)
        if floor <= 0 or top < floor:
            continue
        shrink = _NEAR_BELOW * floor / top
        for n in near_only:
            found = scored[n]
            if found.coverage == coverage:
                scored[n] = attrs.evolve(found, score=found.score * shrink)
    return scored


def bm25_idf(df: int, docs: int) -> float:
    """Robertson-Spärck Jones IDF, kept positive."""
    return math.log(1 + (docs - df + 0.5) / (df + 0.5))
