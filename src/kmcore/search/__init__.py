"""Search, the expertise finder, connections between records, and digests.

Everything here reads a derived SQLite index (``.kmcore/cache/search.sqlite3``) that is kept
current from the store's change feed and rebuilt whenever it is missing, damaged or stale; see
``docs/search.md``. Most callers use the :class:`~kmcore.KnowledgeBase` methods
(``kb.search``, ``kb.experts``, ``kb.related``, ``kb.similar_innovations``,
``kb.lessons_for``) rather than these modules directly.

Names are loaded on first use, so ``kmcore search`` does not import jinja2 (for digests).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_WHERE: dict[str, str] = {
    "Connection": "connections",
    "lessons_for": "connections",
    "related": "connections",
    "similar_innovations": "connections",
    "Digest": "digest",
    "build_digests": "digest",
    "parse_since": "digest",
    "write_eml": "digest",
    "Expert": "experts",
    "find_experts": "experts",
    "Filters": "index",
    "Hit": "index",
    "RefreshReport": "index",
    "SearchIndex": "index",
    "SearchResults": "index",
    "ParsedQuery": "query",
    "parse_query": "query",
    "evaluate": "relevance",
    "load_judgements": "relevance",
    "ndcg": "relevance",
    "reciprocal_rank": "relevance",
}

__all__ = [
    "Connection",
    "Digest",
    "Expert",
    "Filters",
    "Hit",
    "ParsedQuery",
    "RefreshReport",
    "SearchIndex",
    "SearchResults",
    "build_digests",
    "evaluate",
    "find_experts",
    "lessons_for",
    "load_judgements",
    "ndcg",
    "parse_query",
    "parse_since",
    "reciprocal_rank",
    "related",
    "similar_innovations",
    "write_eml",
]


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module 'kmcore.search' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"kmcore.search.{where}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from kmcore.search.connections import (
        Connection,
        lessons_for,
        related,
        similar_innovations,
    )
    from kmcore.search.digest import Digest, build_digests, parse_since, write_eml
    from kmcore.search.experts import Expert, find_experts
    from kmcore.search.index import Filters, Hit, RefreshReport, SearchIndex, SearchResults
    from kmcore.search.query import ParsedQuery, parse_query
    from kmcore.search.relevance import evaluate, load_judgements, ndcg, reciprocal_rank
