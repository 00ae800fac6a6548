"""Reading what people type into a search box, and turning it into a safe FTS5 query.

The query language is the one search boxes have taught everybody:

* ``falls prevention`` — records with both words (any form: "fall", "falling");
* ``"bed sensors"`` — the words next to each other, in that order;
* ``hospitali*`` — words starting with "hospitali";
* ``sepsis OR lactate`` — either word;
* ``-norovirus`` or ``NOT norovirus`` — leave out records with the word.

Nothing a person types ever reaches SQLite as syntax: every word is re-written as an FTS5
string (``"falls"``), so quotes, ``*`` in odd places, ``NEAR``, parentheses, ``:``, SQL
fragments and emoji are either understood as above or searched as plain words. Whatever had to
be set aside is explained in :attr:`ParsedQuery.notes`; :func:`parse_query` never raises.
"""

from __future__ import annotations

import itertools
import re

import attrs

from kmcore.search._text import STOPWORDS, variants, words
from kmcore.search.questions import is_question, soft_words

__all__ = ["MAX_QUERY_CHARS", "MAX_TERMS", "ParsedQuery", "Term", "parse_query"]

#: Longer queries are cut to this many characters (a pasted document is not a query).
MAX_QUERY_CHARS = 1000
#: At most this many words and phrases are searched; the rest are ignored (and said so).
MAX_TERMS = 24
_MAX_PHRASE_VARIANTS = 8


@attrs.frozen
class Term:
    """One thing to look for: a word, a phrase (several words in order) or a prefix."""

    words: tuple[str, ...]
    prefix: bool = False
    negated: bool = False
    #: Not a phrase: the words within this many words of each other, in any order (0: off).
    near: int = 0
    #: Searched as written, without spelling variants (alternatives from a vocabulary, which
    #: lists the spellings it knows itself).
    plain: bool = False

    @property
    def text(self) -> str:
        if self.near:
            return " … ".join(self.words)
        shown = " ".join(self.words)
        shown = f'"{shown}"' if len(self.words) > 1 else shown
        return ("-" if self.negated else "") + shown + ("*" if self.prefix else "")

    def fts(self) -> str:
        """This term as an FTS5 expression, with spelling variants OR-ed together."""
        if self.near:
            # NEAR takes plain phrases, so only each word's own spelling is used here.
            return "NEAR(" + " ".join(_quote(w) for w in self.words) + f", {self.near})"
        if self.prefix:
            # Prefixes are not expanded: a partial word has no reliable spelling variants.
            return _quote(" ".join(self.words)) + "*"
        if self.plain:
            return _quote(" ".join(self.words))
        options = [variants(w) for w in self.words]
        combos = list(itertools.islice(itertools.product(*options), _MAX_PHRASE_VARIANTS))
        alternatives = [_quote(" ".join(combo)) for combo in combos]
        return alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")"


@attrs.frozen
class ParsedQuery:
    """A query as kmcore understood it.

    :ivar groups: what every result must match: each group is a list of terms, any one of which
        will do (``sepsis OR lactate`` is one group of two terms).
    :ivar excluded: terms no result may match.
    :ivar notes: what was set aside or changed, in plain words, to show beside the results.
    """

    groups: tuple[tuple[Term, ...], ...] = ()
    excluded: tuple[Term, ...] = ()
    notes: tuple[str, ...] = ()
    #: Words typed in capitals ("ED", "POCT"): an acronym that is also an ordinary word is
    #: expanded only when typed so.
    capitals: frozenset[str] = frozenset()
    #: In a natural question ("how do we cut theatre cancellations?"), its generic words
    #: ("cut"), which count for little (:mod:`kmcore.search.questions`).
    soft: frozenset[str] = frozenset()
    #: The groups with a common word left out just before them ("at" in "care at home"), so
    #: that the vocabulary can tell "care at home" from "care home".
    gaps: frozenset[int] = frozenset()
    #: The query's words as typed, common words included ("feeling", "down"), so that the
    #: vocabulary can tell "feeling down" (low mood) from "feeling" alone.
    typed: tuple[str, ...] = ()
    #: The words of each phrase typed in quotation marks (two words or more), as against a
    #: hyphenated word ("follow-up"), which is searched as a phrase too.
    quoted: frozenset[tuple[str, ...]] = frozenset()

    def is_soft(self, group: tuple[Term, ...]) -> bool:
        """True for a group that is one of the question's generic words on its own."""
        term = group[0]
        return (len(group) == 1 and len(term.words) == 1 and not term.prefix
                and term.words[0] in self.soft)

    @property
    def empty(self) -> bool:
        """True when there is nothing to search for (only punctuation, emoji, exclusions...)."""
        return not self.groups

    @property
    def text(self) -> str:
        """The query as searched, in the query language (for "searched for: ..." lines)."""
        parts = [" OR ".join(t.text for t in group) for group in self.groups]
        parts += [t.text for t in self.excluded]
        return " ".join(parts)

    @property
    def highlight_words(self) -> tuple[str, ...]:
        """Every searched word, for highlighting outside SQLite."""
        return tuple(w for group in self.groups for t in group for w in t.words)

    def fts(self, *, match_all: bool = True) -> str:
        """The FTS5 MATCH expression: every group (or, with ``match_all=False``, any group),
        minus the excluded terms. Only call it when :attr:`empty` is false."""
        body = self.positive(match_all=match_all)
        if self.excluded:
            body = f"({body}) NOT ({self.negative()})"
        return body

    def positive(self, *, match_all: bool = True) -> str:
        """The FTS5 expression for what results must match, without the exclusions."""
        joiner = " AND " if match_all else " OR "
        return joiner.join(_group_fts(g) for g in self.groups)

    def negative(self) -> str:
        """The FTS5 expression matching any excluded term ("" when there are none)."""
        return " OR ".join(t.fts() for t in self.excluded)


def _group_fts(group: tuple[Term, ...]) -> str:
    return group[0].fts() if len(group) == 1 else "(" + " OR ".join(t.fts() for t in group) + ")"


def _quote(text: str) -> str:
    # An FTS5 string: double quotes inside are doubled. Our words never hold any (they are
    # \w runs), but the rule is kept so this stays safe whatever calls it.
    return '"' + text.replace('"', '""') + '"'


# A token of the raw query: a quoted phrase (closed or not), or a run of non-space characters.
_TOKEN = re.compile(r'(-?)"([^"]*)("?)|(\S+)')


def _query_text(raw: object, notes: list[str]) -> str:
    """*raw* as text to read: cut to :data:`MAX_QUERY_CHARS`, brackets taken out, an open
    quote noted."""
    text = raw if isinstance(raw, str) else ("" if raw is None else str(raw))
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS]
        notes.append(f"The query was cut to its first {MAX_QUERY_CHARS} characters.")
    if "(" in text or ")" in text:
        text = text.replace("(", " ").replace(")", " ")
        notes.append("Brackets are not used for grouping here; the words inside were searched.")
    if text.count('"') % 2:
        notes.append("A quotation mark was not closed; the phrase runs to the end of the query.")
    return text


# An English contraction or possessive at the end of a word typed outside quotes ("can't",
# "patient's", "we're"), straight or curly apostrophe, before any closing punctuation.
_NEGATIVE = re.compile(r"(?i)n['\u2019]t(?=[^\w*]*$)")
_CLITIC = re.compile(r"(?i)(?<=[^\W_])['\u2019](?:s|re|ve|ll|d|m)(?=[^\w*]*$)")
#: Negatives whose first part is not the word itself ("ca" of "can't").
_NEGATIVE_BASE = {"ca": "can", "wo": "will", "sha": "shall"}


def _uncontracted(bare: str) -> str:
    """*bare* without a contraction or possessive ending: "can't" is "can", "don't" "do",
    "patient's" "patient". The index splits at the apostrophe, so "can't" would otherwise be
    searched as the phrase "can t" (found in no record, or only where someone wrote "can't"),
    and "carer's" would miss "carers"."""
    negative = _NEGATIVE.search(bare)
    if negative and negative.start() > 0:
        base = bare[:negative.start()]
        return _NEGATIVE_BASE.get(base.casefold(), base) + bare[negative.end():]
    return _CLITIC.sub("", bare)


def _bare_term(bare: str, notes: list[str]) -> tuple[str, list[str], bool, bool]:
    """A word outside quotes: ``(the token without a leading minus, its words, a prefix
    search, a minus said to leave it out)``."""
    minus_sign = bare.startswith("-") and len(bare) > 1
    if minus_sign:
        bare = bare[1:]
    prefix = bare.endswith("*")
    found = words(_uncontracted(bare))
    if prefix and (len(found) != 1 or len(found[0]) < 2):
        if found:
            notes.append(f"'{bare}' cannot be searched as a prefix; searched as words.")
        prefix = False
    return bare, found, prefix, minus_sign


def _settled(groups: list[list[Term]], excluded: list[Term], dropped_common: list[str],
             notes: list[str], text: str) -> tuple[list[list[Term]], list[Term]]:
    """The terms to search after the limits: common words left out (or searched when they
    are all there is), at most :data:`MAX_TERMS` of each, no search of exclusions alone."""
    if dropped_common and groups:
        notes.append("Left out common words: " + ", ".join(dict.fromkeys(dropped_common)) + ".")
    elif dropped_common:
        # Only common words: search them after all, rather than nothing ("what is it for").
        groups = [[Term(words=(w,))] for w in dict.fromkeys(dropped_common)]
    if len(groups) > MAX_TERMS:
        notes.append(f"Only the first {MAX_TERMS} words or phrases were searched.")
        groups = groups[:MAX_TERMS]
    if len(excluded) > MAX_TERMS:
        excluded = excluded[:MAX_TERMS]
    if excluded and not groups:
        notes.append("A search needs at least one word to look for, not only words to leave out.")
        excluded = []
    if not groups and not notes and text.strip():
        notes.append("The query has no letters or digits to search for.")
    return groups, excluded


def parse_query(raw: object) -> ParsedQuery:
    """Understand *raw* (anything: ``None``, a number, 10,000 characters of emoji) as a query.

    Never raises. Notes explain every change: a quote left open, parentheses ignored, words
    too common or too many to search, a query cut to :data:`MAX_QUERY_CHARS` characters.
    """
    notes: list[str] = []
    text = _query_text(raw, notes)

    groups: list[list[Term]] = []
    excluded: list[Term] = []
    dropped_common: list[str] = []
    capitals: set[str] = set()
    pending_or = False
    pending_not = False
    gaps: set[int] = set()
    gap = False
    typed: list[str] = []
    quoted: set[tuple[str, ...]] = set()
    for match in _TOKEN.finditer(text):
        minus, phrase, _closing, bare = match.groups()
        negated = pending_not
        pending_not = False
        if bare is not None:
            if bare == "OR":
                pending_or = bool(groups)
                continue
            if bare == "AND":
                continue
            if bare == "NOT":
                pending_not = True
                continue
            bare, found, prefix, minus_sign = _bare_term(bare, notes)
            negated = negated or minus_sign
        else:
            negated = negated or minus == "-"
            found = words(phrase)
            prefix = False
        raw_words = re.findall(r"[^\W_]+", bare if bare is not None else phrase)
        capitals.update(w.casefold() for w in raw_words if len(w) >= 2 and w.isupper())
        if not found:
            continue
        if not negated:
            typed.extend(found)
        if len(found) == 1 and not prefix and found[0] in STOPWORDS and not negated:
            dropped_common.append(found[0])
            gap = True
            continue
        term = Term(words=tuple(found), prefix=prefix, negated=negated)
        if phrase is not None and len(found) > 1 and not negated:
            quoted.add(term.words)
        if negated:
            excluded.append(term)
        elif pending_or and groups:
            groups[-1].append(term)
        else:
            if gap:
                gaps.add(len(groups))
            groups.append([term])
        gap = False
        pending_or = False

    searched = bool(groups)
    groups, excluded = _settled(groups, excluded, dropped_common, notes, text)
    if not searched:
        gaps = set()  # only common words, searched after all: nothing was left out
    first = words(text)[:1]
    soft: frozenset[str] = frozenset()
    if first and is_question(text, first[0]):
        soft = soft_words([g[0].words[0] for g in groups
                           if len(g) == 1 and len(g[0].words) == 1 and not g[0].prefix])
    return ParsedQuery(
        groups=tuple(tuple(g) for g in groups), excluded=tuple(excluded), notes=tuple(notes),
        capitals=frozenset(capitals), soft=soft, gaps=frozenset(gaps), typed=tuple(typed),
        quoted=frozenset(quoted),
    )
