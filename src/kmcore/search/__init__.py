"""Search, the expertise finder, connections between records, and digests.

Everything here reads a derived SQLite index (``.kmcore/cache/search.sqlite3``) that is
rebuilt from the store whenever it is missing or stale; see ``docs/search.md``.
"""

from __future__ import annotations

from kmcore.search.index import Filters, Hit, RefreshReport, SearchIndex, SearchResults
from kmcore.search.query import ParsedQuery, parse_query

__all__ = [
    "Filters",
    "Hit",
    "ParsedQuery",
    "RefreshReport",
    "SearchIndex",
    "SearchResults",
    "parse_query",
]
