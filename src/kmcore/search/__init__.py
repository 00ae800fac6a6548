"""Search, the expertise finder, connections between records, and digests.

Everything here reads a derived SQLite index (``.kmcore/cache/search.sqlite3``) that is kept
current from the store's change feed and rebuilt whenever it is missing, damaged or stale; see
``docs/search.md``. Most callers use the :class:`~kmcore.KnowledgeBase` methods
(``kb.search``, ``kb.experts``, ``kb.related``, ``kb.similar_innovations``,
``kb.lessons_for``) rather than these modules directly.
"""

from __future__ import annotations

from kmcore.search.connections import Connection, lessons_for, related, similar_innovations
from kmcore.search.digest import Digest, build_digests, parse_since, write_eml
from kmcore.search.experts import Expert, find_experts
from kmcore.search.index import Filters, Hit, RefreshReport, SearchIndex, SearchResults
from kmcore.search.query import ParsedQuery, parse_query
from kmcore.search.relevance import evaluate, load_judgements, ndcg, reciprocal_rank

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
