"""Related subjects for the expertise finder: who knows about a neighbouring topic.

Someone graded a useful person to ask often never names the topic: the microbiologist for
"hand hygiene", the geriatrician who runs advance care planning for "end of life care". The
shipped families (``kmcore/search/data/related.txt``, written for kmcore by its developers)
group topics whose experts know about each other's: a service or body system and its parts.
:func:`related_terms` gives, for a topic naming one term of a family (as a phrase, in the
user's words or an alternative of them), the family's other terms; the expert finder
(:mod:`kmcore.search.experts`) then counts people who describe *themselves* with one of them
(a claim, their job title or department, their profile's own words), far below a direct match.
Records are not read: a record sharing a neighbouring word is weak evidence, and its people
are the ones who most often share a word in another sense.

Terms are compared as sequences of Porter stems without stopwords, the way the index keeps
words, so "Pressure sores" in a profile finds the term "pressure sore".
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from importlib import resources

from kmcore.search._text import STOPWORDS, words
from kmcore.search.rank import ExpandedQuery, porter

__all__ = ["families", "is_subject", "phrase_key", "related_terms"]

_DATA = "related.txt"


@functools.cache
def _stopword_stems() -> frozenset[str]:
    return frozenset(porter(sorted(STOPWORDS)))


def phrase_key(text: str) -> str:
    """*text* as a space-padded sequence of stems without stopwords (" pressur sore "), so
    one key contains another exactly when its words occur there together, in order."""
    stop = _stopword_stems()
    stems = [s for s in porter([w for w in words(text) if w not in STOPWORDS]) if s not in stop]
    return f" {' '.join(stems)} " if stems else ""


def _parse(text: str) -> tuple[tuple[tuple[str, str], ...], ...]:
    found = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        terms: list[tuple[str, str]] = []
        for term in line.split("|"):
            key = phrase_key(term.strip())
            if key and all(key != k for k, _ in terms):
                terms.append((key, term.strip()))
        if len(terms) > 1:
            found.append(tuple(terms))
    return tuple(found)


@functools.cache
def families() -> tuple[tuple[tuple[str, str], ...], ...]:
    """The shipped families, each a tuple of (key, term as written); read once."""
    data = resources.files("kmcore.search").joinpath("data", _DATA).read_text(encoding="utf-8")
    return _parse(data)


@functools.cache
def _subjects() -> frozenset[str]:
    return frozenset(key for family in families() for key, _term in family)


def is_subject(text: str) -> bool:
    """True when *text* as a whole is a term of a shipped family: a subject people are
    experts in ("Sepsis", "Pressure sores"), not a qualifier ("recognition")."""
    return phrase_key(text) in _subjects()


def _topic_keys(query: ExpandedQuery) -> tuple[str, set[str]]:
    """The topic in the user's words, and its alternatives, as phrase keys."""
    own = " ".join(w for group in query.choices for c in group if not c.source
                   for w in c.term.words)
    alternatives = {phrase_key(" ".join(c.term.words)) for group in query.choices
                    for c in group if c.source}
    return phrase_key(own), alternatives - {""}


def related_terms(query: ExpandedQuery,
                  known: Iterable[tuple[tuple[str, str], ...]] | None = None
                  ) -> dict[str, tuple[str, str]]:
    """The terms related to *query*'s topic: {key: (term as written, the family term the
    topic named)}. A family counts when one of its terms occurs in the topic as a phrase,
    or is an alternative of part of it; its terms the topic itself contains are left out
    (they are direct matches)."""
    topic, alternatives = _topic_keys(query)
    if not topic:
        return {}
    out: dict[str, tuple[str, str]] = {}
    for family in (families() if known is None else known):
        named = next((term for key, term in family if key in topic or key in alternatives),
                     None)
        if named is None:
            continue
        for key, term in family:
            if key not in topic and key not in alternatives and key not in out:
                out[key] = (term, named)
    return out
