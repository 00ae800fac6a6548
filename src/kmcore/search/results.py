"""What a search returns: hits with their marked-up titles and snippets, the results
list, refresh reports, and candidates as ranked."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs
from markupsafe import Markup, escape

from kmcore.search.query import ParsedQuery
from kmcore.search.rank import (
    ExpandedQuery,
    Scored,
)
from kmcore.search.schema import _MARK_END, _MARK_START

__all__ = ["Hit", "Ranked", "RefreshReport", "SearchResults"]


def _one_line(text: str) -> str:
    # Indexed fields join a record's texts with newlines; a snippet reads better on one line.
    return " · ".join(part.strip() for part in text.split("\n") if part.strip())


def _marked_text(text: str, start: str, end: str) -> str:
    return _one_line(text).replace(_MARK_START, start).replace(_MARK_END, end)


def _marked_html(text: str) -> Markup:
    # Escape the record's text first, then turn the (control-character) markers into <mark>:
    # the markers cannot come from a record, because indexed text has control characters removed.
    escaped = str(escape(_one_line(text)))
    return Markup(escaped.replace(_MARK_START, "<mark>").replace(_MARK_END, "</mark>"))


@attrs.frozen
class Hit:
    """One search result.

    ``title_marked`` and ``snippet_marked`` carry the matched words between private markers;
    show them with :meth:`title_text`/:meth:`snippet_text` (plain, with brackets) or
    :meth:`title_html`/:meth:`snippet_html` (escaped HTML with ``<mark>``).
    """

    id: str
    type: str
    title: str
    score: float
    department: str
    date: str
    status: str
    visibility: str
    stage: str
    technique: str
    updated: str
    title_marked: str = ""
    snippet_marked: str = ""
    #: True when the record has only some of the query's words (it ranks after those with all).
    partial: bool = False
    #: Per query word: (the words, what matched them, where that alternative came from ("" for
    #: the word itself), its part of the score). See ``kmcore index --explain``.
    matched: tuple[tuple[str, str, str, float], ...] = ()
    #: The share of the query's words matched, and how close together (0-1).
    coverage: float = 0.0
    proximity: float = 0.0

    def title_text(self, start: str = "[", end: str = "]") -> str:
        return _marked_text(self.title_marked or self.title, start, end)

    def snippet_text(self, start: str = "[", end: str = "]") -> str:
        return _marked_text(self.snippet_marked, start, end)

    def title_html(self) -> Markup:
        return _marked_html(self.title_marked or self.title)

    def snippet_html(self) -> Markup:
        return _marked_html(self.snippet_marked)

    def as_dict(self) -> dict[str, Any]:
        """Plain data for JSON output (snippets with ``[`` ``]`` around matches)."""
        return {"id": self.id, "type": self.type, "title": self.title,
                "score": round(self.score, 4), "department": self.department,
                "date": self.date, "status": self.status, "visibility": self.visibility,
                "stage": self.stage, "technique": self.technique,
                "partial": self.partial, "snippet": self.snippet_text(),
                "matched": [{"words": words, "by": by, "source": source or "your words"}
                            for words, by, source, _part in self.matched]}


@attrs.frozen
class SearchResults:
    """The hits of one search, and how the query was understood.

    :ivar total: how many records match at least one searched word (before ``limit``).
    :ivar complete: how many of those match every word; they are ranked first.
    """

    query: ParsedQuery
    hits: tuple[Hit, ...]
    total: int
    complete: int = 0
    notes: tuple[str, ...] = ()
    #: People (directory profiles) matching the query, kept apart from the record ranking;
    #: only filled when the search asked for them (``people=``).
    people: tuple[Hit, ...] = ()
    #: The query with the alternatives it was widened with (see ``kmcore index --explain``).
    expanded: ExpandedQuery | None = None

    @property
    def relaxed(self) -> bool:
        """True when no record has every word, so only records with some of them are shown."""
        return self.complete == 0 and self.total > 0

    def __iter__(self) -> Iterator[Hit]:
        return iter(self.hits)

    def __len__(self) -> int:
        return len(self.hits)

    @property
    def ids(self) -> list[str]:
        return [h.id for h in self.hits]


@attrs.frozen
class RefreshReport:
    """What a refresh or rebuild did."""

    rebuilt: bool = False
    indexed: int = 0
    removed: int = 0
    reason: str = ""


@attrs.frozen
class Ranked:
    """A candidate record as ranked: its index row and its :class:`~kmcore.search.rank.Scored`
    breakdown."""

    n: int
    id: str
    type: str
    title: str
    department: str
    date: str
    status: str
    visibility: str
    stage: str
    technique: str
    updated: str
    score: float
    scored: Scored | None = None
