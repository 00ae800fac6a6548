"""The search index: a derived SQLite database (FTS5, BM25) beside the store.

Where it lives: ``<kb>/.kmcore/cache/search.sqlite3``. The store never looks in ``.kmcore``
for records, and nothing in the file is the source of truth: delete it at any time and the
next search builds it again from the records.

How it stays current: the index keeps the store's change-feed cursor (``meta.cursor``). Every
search first reads the feed after that cursor and re-indexes just the records named there,
in one transaction with the new cursor, so a crash leaves the old cursor and the same changes
are applied again (indexing is idempotent). A cursor the store refuses (the feed was deleted or
recreated), an index from another kmcore version, or a file SQLite cannot read is rebuilt from
scratch, silently: a derived index is never worth an error. Records edited by hand (in a text
editor, not through kmcore) are not in the feed; ``kmcore index`` (:meth:`SearchIndex.refresh`
with ``thorough=True``) compares every file's content key with the one indexed and catches them.

Rebuilds write a new file beside the old and rename it into place, so a rebuild after an
erasure leaves no trace of the erased record in free pages of the old file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
from markupsafe import Markup, escape

from kmcore._gcpause import no_gc
from kmcore.errors import KmcoreError, NotFound, StoreError, ValidationError
from kmcore.records.base import Record
from kmcore.records.vocab import StaffGroup, Stage, Status, Visibility
from kmcore.search._text import STOPWORDS, variants, words
from kmcore.search.extract import IndexEntry, extract
from kmcore.search.query import ParsedQuery, Term, parse_query
from kmcore.search.rank import (
    FIELDS,
    NEAR_WORDS,
    SOFT_FROM,
    Choice,
    ExpandedQuery,
    Scored,
    bm25_idf,
    expand,
    porter,
    score_candidates,
    stems_of,
)
from kmcore.search.vocabulary import (
    SYNONYMS_FILE,
    WEIGHT_CORRECTION,
    Vocabulary,
    defined_acronyms,
    edit_distance,
    read_synonyms_file,
    shipped,
)

if TYPE_CHECKING:
    from kmcore.kb import KnowledgeBase

__all__ = ["INDEX_FILE", "Filters", "Hit", "RefreshReport", "SearchFilters", "SearchIndex",
           "SearchResults"]

log = logging.getLogger("kmcore.search")

#: Where the index lives, relative to the knowledge base folder.
INDEX_FILE = Path(".kmcore") / "cache" / "search.sqlite3"
_SCHEMA = "4"
_TOKENIZER = "porter unicode61 remove_diacritics 2"
#: BM25 column weights: title, summary, subjects (terms, keywords, technique), body, people.
_WEIGHTS = (10.0, 5.0, 4.0, 1.0, 2.0)
_BM25 = "bm25(fts, " + ", ".join(str(w) for w in _WEIGHTS) + ")"
_MARK_START, _MARK_END = "\x02", "\x03"
#: How many candidates (by FTS5's BM25) are re-scored by kmcore.search.rank.
_CANDIDATES = 50
#: Above this many matches, candidates come from title, summary and subject matches first.
_LARGE = 5000
#: A word in more than this share of the records (with at least _COMMON_MIN records) is not
#: widened on its own (see kmcore.search.rank.expand).
_COMMON_SHARE = 0.2
_COMMON_MIN = 500
#: Field lengths (in words) assumed until an index has measured its own.
_DEFAULT_AVERAGES = (8.0, 25.0, 8.0, 150.0, 3.0)

_DDL = f"""
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE docs(
    n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, title TEXT NOT NULL,
    summary TEXT NOT NULL, status TEXT NOT NULL, visibility TEXT NOT NULL,
    confidential INTEGER NOT NULL, stage TEXT NOT NULL, technique TEXT NOT NULL,
    phase TEXT NOT NULL, department TEXT NOT NULL, department_key TEXT NOT NULL,
    org_name TEXT NOT NULL, date TEXT NOT NULL, created TEXT NOT NULL, updated TEXT NOT NULL,
    review_due TEXT NOT NULL);
CREATE INDEX docs_type ON docs(type);
CREATE INDEX docs_updated ON docs(updated);
CREATE TABLE terms(n INTEGER NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL);
CREATE INDEX terms_kv ON terms(kind, value);
CREATE INDEX terms_n ON terms(n);
CREATE TABLE assoc(owner TEXT NOT NULL, person TEXT NOT NULL, record TEXT NOT NULL,
    role TEXT NOT NULL, weight REAL NOT NULL, from_profile INTEGER NOT NULL);
CREATE INDEX assoc_owner ON assoc(owner);
CREATE INDEX assoc_record ON assoc(record);
CREATE INDEX assoc_person ON assoc(person);
CREATE TABLE links(src TEXT NOT NULL, rel TEXT NOT NULL, dst TEXT NOT NULL);
CREATE INDEX links_src ON links(src);
CREATE INDEX links_dst ON links(dst);
CREATE TABLE people(id TEXT PRIMARY KEY, name TEXT NOT NULL, hidden INTEGER NOT NULL,
    job_title TEXT NOT NULL, department TEXT NOT NULL, email TEXT NOT NULL,
    visibility TEXT NOT NULL, willing TEXT NOT NULL);
CREATE TABLE claims(k INTEGER PRIMARY KEY, person TEXT NOT NULL, label TEXT NOT NULL,
    basis TEXT NOT NULL, level TEXT NOT NULL, endorsed_by TEXT NOT NULL,
    evidence TEXT NOT NULL);
CREATE INDEX claims_person ON claims(person);
CREATE TABLE files(id TEXT PRIMARY KEY, key TEXT NOT NULL);
CREATE TABLE toks(n INTEGER PRIMARY KEY, title TEXT NOT NULL, summary TEXT NOT NULL,
    subjects TEXT NOT NULL, body TEXT NOT NULL, people TEXT NOT NULL);
CREATE TABLE defs(n INTEGER NOT NULL, abbr TEXT NOT NULL, expansion TEXT NOT NULL);
CREATE INDEX defs_n ON defs(n);
CREATE VIRTUAL TABLE fts USING fts5(title, summary, subjects, body, people,
    tokenize='{_TOKENIZER}', prefix='2 3');
CREATE VIRTUAL TABLE claims_fts USING fts5(text, tokenize='{_TOKENIZER}');
CREATE VIRTUAL TABLE fts_words USING fts5vocab(fts, row);
"""


# --- results ---------------------------------------------------------------------------------


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


# --- filters ---------------------------------------------------------------------------------


def _seq(value: str | Iterable[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,) if value.strip() else ()
    return tuple(str(v) for v in value if str(v).strip())


def _enum_values(name: str, values: tuple[str, ...], allowed: Iterable[Any]) -> tuple[str, ...]:
    known = [str(a.value) for a in allowed]
    for value in values:
        if str(value) not in known:
            raise KmcoreError(
                f"the {name} filter {value!r} is not one of kmcore's {name} values",
                hint="Use one of: " + ", ".join(known) + ".",
            )
    return tuple(str(v) for v in values)


def _day(name: str, value: dt.date | str | None) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise KmcoreError(
            f"the {name} filter {value!r} is not a date",
            hint="Write dates as YYYY-MM-DD, e.g. 2025-03-31.",
        ) from None


#: Indexed (in the subjects column) with HR-confidential records only; see Filters.sql.
_CONFIDENTIAL_WORD = "kmcorehrconfidentialrecord"


@attrs.frozen
class _Where:
    """Filters as SQL over ``docs d``, and whether confidential records are left out."""

    sql: str
    params: list[Any]
    no_confidential: bool

    @property
    def docs_needed(self) -> bool:
        return self.sql != "1"

    def also(self, clause: str) -> _Where:
        return _Where(f"{self.sql} AND {clause}", self.params, self.no_confidential)


@attrs.frozen(kw_only=True)
class Filters:
    """Which records a search may return. Every filter given must match; a filter given
    several values matches any of them. Text filters ignore case.

    :ivar types: record type names (``innovation``) or folders (``innovations``).
    :ivar stage: innovation stages (``implemented``...).
    :ivar department: exact department names.
    :ivar organisation: owning organisation (or a person's employer), by name or ODS code.
    :ivar subject: subject terms, by label (``Accidental Falls``) or code (``D000058``).
    :ivar staff_group: ESR staff groups the record is for (or a person's staff group).
    :ivar date_from: / :ivar date_to: the record's own date (a capture's ``held_on``,
        otherwise the day it was created), inclusive.
    :ivar updated_since: only records saved at or after this moment (digests use it).
    :ivar visibility: ``private``, ``organisation``, ``nhs``, ``public``.
    :ivar status: editorial status (``published``...).
    :ivar include_confidential: HR-confidential captures (exit interviews) are left out of
        search unless this is true (exit interviews stay out of KM search by default).
    """

    types: tuple[str, ...] = attrs.field(default=(), converter=_seq)
    stage: tuple[str, ...] = attrs.field(default=(), converter=_seq)
    department: tuple[str, ...] = attrs.field(default=(), converter=_seq)
    organisation: tuple[str, ...] = attrs.field(default=(), converter=_seq)
    subject: tuple[str, ...] = attrs.field(default=(), converter=_seq)
    staff_group: tuple[str, ...] = attrs.field(default=(), converter=_seq)
    date_from: dt.date | str | None = None
    date_to: dt.date | str | None = None
    updated_since: dt.datetime | dt.date | str | None = None
    visibility: tuple[str, ...] = attrs.field(default=(), converter=_seq)
    status: tuple[str, ...] = attrs.field(default=(), converter=_seq)
    include_confidential: bool = False

    def sql(self, kb: KnowledgeBase | None) -> _Where:
        """The WHERE clauses (over ``docs d``) and their parameters; bad values raise
        :class:`KmcoreError` naming the filter and what it accepts."""
        clauses: list[str] = []
        params: list[Any] = []

        def among(column: str, values: Sequence[str]) -> None:
            if values:
                clauses.append(f"{column} IN ({','.join('?' * len(values))})")
                params.extend(values)

        def term(kind: str, values: Sequence[str]) -> None:
            if values:
                marks = ",".join("?" * len(values))
                clauses.append(f"EXISTS (SELECT 1 FROM terms t WHERE t.n = d.n AND "
                               f"t.kind = '{kind}' AND t.value IN ({marks}))")
                params.extend(v.casefold().strip() for v in values)

        types = self.types
        if kb is not None and types:
            types = tuple(kb.type_spec(t).name for t in types)
        among("d.type", types)
        among("d.stage", _enum_values("stage", self.stage, Stage))
        among("d.department_key", [v.casefold().strip() for v in self.department])
        term("org", self.organisation)
        term("subject", self.subject)
        term("staff_group", _enum_values("staff group", self.staff_group, StaffGroup))
        among("d.visibility", _enum_values("visibility", self.visibility, Visibility))
        among("d.status", _enum_values("status", self.status, Status))
        start, end = _day("date_from", self.date_from), _day("date_to", self.date_to)
        if start and end and end < start:
            raise KmcoreError(f"the date range {start} to {end} ends before it starts",
                              hint="Swap the two dates.")
        if start:
            clauses.append("d.date >= ?")
            params.append(start)
        if end:
            clauses.append("d.date <= ?")
            params.append(end)
        if self.updated_since:
            since = self.updated_since
            text = since.astimezone(dt.UTC).isoformat() if isinstance(since, dt.datetime) \
                else _day("updated_since", since)
            clauses.append("d.updated >= ?")
            params.append(text)
        # HR-confidential records carry a marker word in the index, so leaving them out is part
        # of the full-text query and an unfiltered search needs no join with the docs table.
        return _Where(" AND ".join(clauses) or "1", params, not self.include_confidential)


#: The name :mod:`kmcore` exports :class:`Filters` under.
SearchFilters = Filters


# --- the index -------------------------------------------------------------------------------


class SearchIndex:
    """The search index of a knowledge base. Get it with :meth:`KnowledgeBase.search_index`
    (or build one directly: ``SearchIndex(kb)``).

    Every search refreshes the index from the change feed first; pass ``refresh=False`` when
    you have just refreshed. Close it when done (the knowledge base closes its own).
    """

    def __init__(self, kb: KnowledgeBase, path: Path | None = None) -> None:
        self.kb = kb
        self.path = Path(path) if path is not None else kb.root / INDEX_FILE
        self._conn: sqlite3.Connection | None = None
        # Set when opening had to build the index, so the next refresh can say so.
        self._built_on_open: RefreshReport | None = None
        self._compact_after = False
        # The file this connection has open: another process's rebuild renames a new file
        # into place, and a long-lived process must notice and reopen (see refresh()).
        self._identity: tuple[int, int] | None = None
        # Bumped whenever the indexed records change: document frequencies, field lengths and
        # the acronyms records define are cached per generation.
        self._generation = 0
        self._cache_generation = -1
        self._df: dict[str, int] = {}
        self._averages: tuple[float, ...] = _DEFAULT_AVERAGES
        self._defined: Vocabulary | None = None
        self._librarian: tuple[tuple[int, int] | None, Vocabulary, list[str]] | None = None

    # --- opening, closing, rebuilding ---------------------------------------------------------

    def close(self) -> None:
        """Close the database file (the index is kept for next time)."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self._generation += 1

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def conn(self) -> sqlite3.Connection:
        """The open database, opened (and built, if need be) on first use."""
        if self._conn is None:
            self._open()
        assert self._conn is not None
        return self._conn

    def _file_identity(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return (st.st_dev, st.st_ino)

    def _connect(self, path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(str(path), timeout=30.0, isolation_level=None)
        # DELETE journal, not WAL: WAL needs shared memory, which network drives lack.
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("PRAGMA secure_delete=ON")  # removed rows are zeroed, not left in pages
        return conn

    def _open(self) -> None:
        if self.path.exists():
            try:
                conn = self._connect(self.path)
                row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
                if row is not None and row[0] == _SCHEMA:
                    self._conn = conn
                    self._identity = self._file_identity()
                    return
                conn.close()
                log.info("search index %s is from another version; rebuilding", self.path)
            except sqlite3.DatabaseError as exc:
                log.warning("search index %s cannot be read (%s); rebuilding", self.path, exc)
        self._built_on_open = self.rebuild()

    def rebuild(self) -> RefreshReport:
        """Build the index from scratch from every record, into a new file that replaces the
        old one. Use it after an erasure: nothing of the old file survives."""
        with self._disk_errors("build"):
            return self._rebuild()

    @contextlib.contextmanager
    def _disk_errors(self, doing: str) -> Iterator[None]:
        """A full, read-only or forbidden disk as one clear :class:`StoreError`."""
        from kmcore.diskerrors import as_store_error

        try:
            yield
        except (OSError, sqlite3.Error) as exc:
            problem = as_store_error(exc, f"{doing} the search index {self.path}",
                                     str(self.path.parent))
            if problem is None:
                raise
            raise problem from exc

    def _rebuild(self) -> RefreshReport:
        self.close()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # The cursor is taken before the records are read: a change saved during the scan is
        # applied again by the next refresh, never missed.
        try:
            cursor = self._current_cursor()
        except StoreError as exc:
            # A damaged change feed is the store's problem (``kmcore doctor`` reports it);
            # the index is built anyway and follows the feed again once it can be read.
            log.warning("building the search index without the change feed: %s", exc)
            cursor = ""
        fingerprints = self._fingerprints()
        records = list(self.kb.store.scan(on_error=lambda problem: None))
        fd, tmp_name = tempfile.mkstemp(prefix=".search-", suffix=".tmp", dir=self.path.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            conn = self._connect(tmp)
            conn.executescript(_DDL)
            conn.execute("BEGIN")
            self._index_records(conn, records)
            conn.executemany("INSERT INTO files VALUES (?, ?)",
                             [(k, v[1]) for k, v in fingerprints.items()])
            conn.executemany("INSERT INTO meta VALUES (?, ?)",
                             [("schema", _SCHEMA), ("cursor", cursor),
                              ("averages", json.dumps(self._measure(conn)))])
            conn.execute("COMMIT")
            conn.execute("INSERT INTO fts(fts) VALUES ('optimize')")
            conn.close()
            self._swap_in(tmp)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        self._conn = self._connect(self.path)
        self._identity = self._file_identity()
        self._generation += 1
        return RefreshReport(rebuilt=True, indexed=len(records))

    @staticmethod
    def _measure(conn: sqlite3.Connection) -> list[float]:
        """Average length in words of each ranked field (BM25F normalises by it)."""
        row = conn.execute(
            "SELECT count(*), " + ", ".join(
                f"sum(length({f}) - length(replace({f}, ' ', '')) + (length({f}) > 0))"
                for f in FIELDS) + " FROM toks").fetchone()
        count = row[0] or 0
        if not count:
            return list(_DEFAULT_AVERAGES)
        return [max(1.0, (total or 0) / count) for total in row[1:]]

    def _swap_in(self, tmp: Path) -> None:
        """Put the new index file *tmp* in place of the old one.

        A rename is atomic and leaves nothing of the old file. Windows refuses to replace a
        file another process has open (a colleague's search, say); then the new database is
        copied page by page over the old one with SQLite's backup API, in one transaction
        that also truncates the file, so no old page survives there either.
        """
        try:
            os.replace(tmp, self.path)
            return
        except OSError as exc:
            log.info("could not replace %s (%s); copying the new index over it", self.path, exc)
        source = sqlite3.connect(str(tmp))
        target = sqlite3.connect(str(self.path), timeout=30.0)
        try:
            source.backup(target)
        finally:
            source.close()
            target.close()
        with contextlib.suppress(OSError):
            tmp.unlink()

    def _current_cursor(self) -> str:
        _, cursor = self.kb.changes(None)
        return cursor

    def _fingerprints(self) -> dict[str, tuple[str, str]]:
        method = getattr(self.kb.store, "fingerprints", None)
        if method is None:
            return {}
        found: dict[str, tuple[str, str]] = method()
        return found

    def remove(self, record_ids: Iterable[str]) -> int:
        """Take records out of the index now (for an erasure), and compact the index so their
        words do not linger in its pages. A removed person's name also goes from the records
        that name them (until the person is indexed again). Returns how many were indexed."""
        ids = list(dict.fromkeys(record_ids))
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            people = self._people_among(conn, ids)
            removed = sum(self._delete(conn, rid) for rid in ids)
            # Records that name a removed person are indexed again without the name.
            self._reindex_naming(conn, people, skip=set(ids))
            conn.executemany("DELETE FROM files WHERE id = ?", [(rid,) for rid in ids])
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        self._generation += 1
        self._compact(conn)
        return removed

    def delete_file(self) -> None:
        """Remove the index file altogether (it is rebuilt on the next search)."""
        self.close()
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    # --- keeping current ------------------------------------------------------------------

    def refresh(self, *, thorough: bool = False) -> RefreshReport:
        """Apply the store's changes since the last refresh; with *thorough*, also find
        record files changed by hand (compares every file's content key)."""
        if self._conn is not None and self._file_identity() != self._identity:
            self.close()  # rebuilt (or deleted) by another process: open the file there now
        conn = self.conn
        built, self._built_on_open = self._built_on_open, None
        try:
            with self._disk_errors("update"):
                report = self._refresh(conn, thorough)
            if built is not None and not report.rebuilt:
                report = attrs.evolve(built, indexed=built.indexed + report.indexed,
                                      removed=report.removed)
            return report
        except sqlite3.DatabaseError as exc:
            log.warning("search index %s failed (%s); rebuilding", self.path, exc)
            report = self.rebuild()
            return attrs.evolve(report, reason=f"the index could not be read: {exc}")

    def _refresh(self, conn: sqlite3.Connection, thorough: bool) -> RefreshReport:
        row = conn.execute("SELECT value FROM meta WHERE key = 'cursor'").fetchone()
        cursor = row[0] if row else None
        try:
            changes, next_cursor = self.kb.changes(cursor or None)
        except StoreError as exc:
            if not cursor:
                # The feed itself cannot be read: search what the index holds.
                log.warning("search index not refreshed: %s", exc)
                return RefreshReport(reason=f"the change feed cannot be read: {exc.message}")
            report = self.rebuild()
            return attrs.evolve(report, reason=f"the change feed was replaced: {exc.message}")
        wanted: dict[str, str] = {c.record_id: c.record_type for c in changes}
        current: dict[str, tuple[str, str]] = {}
        gone: list[str] = []
        if thorough:
            current = self._fingerprints()
            known = dict(conn.execute("SELECT id, key FROM files"))
            for rid, (type_name, key) in current.items():
                if known.get(rid) != key:
                    wanted[rid] = type_name
            gone = [rid for rid in known if rid not in current]
        if not wanted and not gone and next_cursor == cursor and not thorough:
            return RefreshReport()
        conn.execute("BEGIN IMMEDIATE")
        try:
            indexed, removed = self._apply(conn, wanted, gone)
            if thorough:
                conn.execute("DELETE FROM files")
                conn.executemany("INSERT INTO files VALUES (?, ?)",
                                 [(k, v[1]) for k, v in current.items()])
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('cursor', ?)", (next_cursor,))
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # SQLite may have rolled back already (disk full)
                conn.execute("ROLLBACK")
            raise
        self._generation += 1
        if self._compact_after:
            # A person was deleted (an erasure, a leaver purged): FTS5 keeps deleted words in
            # its segments until they are merged, so merge now rather than leave their name.
            self._compact(conn)
            self._compact_after = False
        return RefreshReport(indexed=indexed, removed=removed)

    def _compact(self, conn: sqlite3.Connection) -> None:
        conn.execute("INSERT INTO fts(fts) VALUES ('optimize')")
        conn.execute("INSERT INTO claims_fts(claims_fts) VALUES ('optimize')")
        conn.execute("VACUUM")

    def _apply(self, conn: sqlite3.Connection, wanted: dict[str, str],
               gone: list[str]) -> tuple[int, int]:
        records: list[Record] = []
        removed = 0
        people_gone = self._people_among(conn, [*gone, *wanted])
        for rid in gone:
            removed += self._delete(conn, rid)
        for rid, type_name in wanted.items():
            try:
                records.append(self.kb.store.get(type_name, rid))
            except (NotFound, ValidationError, KmcoreError):
                # Deleted, moved to another type, or a broken file: out of the index until it
                # can be read again (``kmcore validate`` reports broken files).
                removed += self._delete(conn, rid)
        kept = {r.id for r in records}
        # A person renamed or deleted changes the "people" text of every record naming them.
        renamed = [r.id for r in records if r.record_type == "person" and self._name_changed(
            conn, r)] + [p for p in people_gone if p not in kept]
        before = {r.id: self._person_state(conn, r.id) for r in records
                  if r.record_type == "person"}
        for record in records:
            self._delete(conn, record.id)
        self._index_records(conn, records)
        self._reindex_naming(conn, renamed, skip=set(wanted))
        # Personal data that went (a person deleted or renamed, a profile hidden or cut down:
        # an erasure, an objection, a leaver) must not linger in FTS5's segments, which keep
        # deleted words until merged: merge after this refresh.
        self._compact_after = bool(renamed) or any(
            _less(state, self._person_state(conn, pid)) for pid, state in before.items())
        return len(records), removed

    def _person_state(self, conn: sqlite3.Connection, person_id: str) -> tuple[int, int]:
        """(shown in the directory, number of claims and profile rows) of an indexed person."""
        row = conn.execute("SELECT hidden FROM people WHERE id = ?", (person_id,)).fetchone()
        claims = conn.execute("SELECT count(*) FROM claims WHERE person = ?",
                              (person_id,)).fetchone()[0]
        return (0 if row is None or row[0] else 1, int(claims))

    def _people_among(self, conn: sqlite3.Connection, ids: Sequence[str]) -> list[str]:
        found = []
        for rid in ids:
            if conn.execute("SELECT 1 FROM people WHERE id = ?", (rid,)).fetchone():
                found.append(rid)
        return found

    def _reindex_naming(self, conn: sqlite3.Connection, people: Sequence[str],
                        skip: set[str]) -> None:
        """Index again the records that name any of *people* (their names changed or went)."""
        if not people:
            return
        marks = ",".join("?" * len(people))
        linked = [rid for (rid,) in conn.execute(
            f"SELECT DISTINCT src FROM links WHERE dst IN ({marks})", list(people))
            if rid not in skip]
        again = []
        for rid in linked:
            with contextlib.suppress(KmcoreError):
                again.append(self.kb.get(rid))
        for record in again:
            self._delete(conn, record.id)
        self._index_records(conn, again)

    def _name_changed(self, conn: sqlite3.Connection, person: Record) -> bool:
        row = conn.execute("SELECT name FROM people WHERE id = ?", (person.id,)).fetchone()
        return row is None or row[0] != getattr(person, "display_name", "")

    # --- writing entries ------------------------------------------------------------------

    def _index_records(self, conn: sqlite3.Connection, records: Sequence[Record]) -> None:
        # A full build reads every name at once; a refresh of a few records looks up only the
        # names it needs (reading 30,000 names for one changed record took most of its time).
        names = _Names(conn, preload=len(records) > 1000)
        people = [r for r in records if r.record_type == "person"]
        for person in people:
            names[person.id] = getattr(person, "display_name", person.id)
        # People first, so records indexed in the same batch find their names.
        for record in [*people, *(r for r in records if r.record_type != "person")]:
            self._insert(conn, extract(record, names), names, record)

    def _insert(self, conn: sqlite3.Connection, entry: IndexEntry, names: Mapping[str, str],
                record: Record) -> None:
        if entry.type == "person":
            profile = getattr(record, "profile", None)
            conn.execute(
                "INSERT OR REPLACE INTO people VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (entry.id, entry.title, int(entry.person_hidden), entry.summary,
                 entry.department, getattr(record, "work_email", "") or "",
                 str(profile.visibility.value) if profile is not None else "",
                 json.dumps([str(w.value) for w in profile.willing_to]) if profile else "[]"),
            )
            for claim in entry.claims:
                cur = conn.execute(
                    "INSERT INTO claims(person, label, basis, level, endorsed_by, evidence) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (entry.id, claim.label, claim.basis, claim.level,
                     json.dumps(list(claim.endorsed_by)), json.dumps(list(claim.evidence))))
                conn.execute("INSERT INTO claims_fts(rowid, text) VALUES (?, ?)",
                             (cur.lastrowid, claim.label))
            if entry.profile_text:
                cur = conn.execute(
                    "INSERT INTO claims(person, label, basis, level, endorsed_by, evidence) "
                    "VALUES (?, ?, 'profile', '', '[]', '[]')", (entry.id, "profile"))
                conn.execute("INSERT INTO claims_fts(rowid, text) VALUES (?, ?)",
                             (cur.lastrowid, entry.profile_text))
            if entry.person_hidden and (getattr(record, "profile", None) is not None
                                        or str(getattr(record, "employment_status", "")) ==
                                        "left"):
                # Left or objected: kept as a name for attribution, not searchable as a person.
                return
        conn.executemany(
            "INSERT INTO assoc VALUES (?, ?, ?, ?, ?, ?)",
            [(entry.id, a.person, a.record, a.role, a.weight, int(a.from_profile))
             for a in entry.associations],
        )
        conn.executemany("INSERT INTO links VALUES (?, ?, ?)",
                         [(entry.id, rel, dst) for rel, dst in entry.links])
        cur = conn.execute(
            "INSERT INTO docs(id, type, title, summary, status, visibility, confidential, stage,"
            " technique, phase, department, department_key, org_name, date, created, updated,"
            " review_due) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (entry.id, entry.type, entry.title, entry.summary, entry.status, entry.visibility,
             int(entry.confidential), entry.stage, entry.technique, entry.phase,
             entry.department, entry.department.casefold().strip(), entry.org_name, entry.date,
             entry.created, _updated(record), entry.review_due),
        )
        n = cur.lastrowid
        people_text = "\n".join(names.get(p, "") for p in entry.people)
        subjects_text = entry.subjects_text
        if entry.confidential:
            subjects_text = f"{subjects_text}\n{_CONFIDENTIAL_WORD}"
        conn.execute(
            "INSERT INTO fts(rowid, title, summary, subjects, body, people) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (n, entry.title, entry.summary, subjects_text, entry.body, people_text),
        )
        fields = (entry.title, entry.summary, entry.subjects_text, entry.body, people_text)
        conn.execute("INSERT INTO toks VALUES (?, ?, ?, ?, ?, ?)",
                     (n, *(stems_of(words(f)) for f in fields)))
        # Acronyms the record defines ("point-of-care testing (POCT)") widen searches.
        defined = dict.fromkeys(defined_acronyms(f"{entry.title}\n{entry.summary}\n"
                                                 f"{entry.body}"))
        conn.executemany("INSERT INTO defs VALUES (?, ?, ?)",
                         [(n, abbr, expansion) for abbr, expansion in defined])
        terms = [(n, "subject", s) for s in dict.fromkeys(entry.subjects)]
        terms += [(n, "staff_group", g) for g in entry.staff_groups]
        terms += [(n, "org", o.casefold()) for o in (entry.org_name, getattr(
            getattr(record, "employer", None) or record.owner_org, "ods_code", None) or "") if o]
        conn.executemany("INSERT INTO terms VALUES (?, ?, ?)", terms)

    def _delete(self, conn: sqlite3.Connection, record_id: str) -> int:
        row = conn.execute("SELECT n FROM docs WHERE id = ?", (record_id,)).fetchone()
        conn.execute("DELETE FROM assoc WHERE owner = ?", (record_id,))
        conn.execute("DELETE FROM links WHERE src = ?", (record_id,))
        was_person = conn.execute("DELETE FROM people WHERE id = ?", (record_id,)).rowcount
        for (k,) in conn.execute("SELECT k FROM claims WHERE person = ?", (record_id,)).fetchall():
            conn.execute("DELETE FROM claims_fts WHERE rowid = ?", (k,))
        conn.execute("DELETE FROM claims WHERE person = ?", (record_id,))
        if row is None:
            return int(was_person > 0)
        conn.execute("DELETE FROM fts WHERE rowid = ?", (row[0],))
        conn.execute("DELETE FROM toks WHERE n = ?", (row[0],))
        conn.execute("DELETE FROM defs WHERE n = ?", (row[0],))
        conn.execute("DELETE FROM terms WHERE n = ?", (row[0],))
        conn.execute("DELETE FROM docs WHERE n = ?", (row[0],))
        return 1

    # --- searching ------------------------------------------------------------------------

    def search(self, query: str | ParsedQuery, filters: Filters | None = None, *,
               limit: int = 10, offset: int = 0, refresh: bool = True,
               today: dt.date | None = None, people: int = 0) -> SearchResults:
        """Records matching *query* (see :mod:`kmcore.search.query`), best first.

        Each word is widened with its alternatives (synonyms, acronyms and their expansions,
        from the shipped vocabulary, the knowledge base's ``synonyms.txt`` and acronyms the
        records define; see :mod:`kmcore.search.rank`), which count less than the word itself.
        Records with every word (or an alternative of it) come first; records with only some
        of the words follow them (marked :attr:`Hit.partial`). A quoted phrase that no record
        has word for word is searched as its words, closest together first, and a note says so.

        People are not mixed into the records: with *people* > 0, up to that many matching
        directory profiles are returned apart, in :attr:`SearchResults.people` (unless the
        filters ask for the ``person`` type, when they are ranked like records).

        Never raises for a query, only for filters with values kmcore does not know
        (:class:`KmcoreError`).
        """
        parsed = query if isinstance(query, ParsedQuery) else parse_query(query)
        filters = filters or Filters()
        where = filters.sql(self.kb)
        if refresh:
            self.refresh()
        if parsed.empty:
            note = parsed.notes or ("Type a word to search for.",)
            return SearchResults(query=parsed, hits=(), total=0, notes=tuple(note))
        limit = max(0, min(int(limit), 1000))
        offset = max(0, int(offset))
        today_text = (today or dt.date.today()).isoformat()
        notes = list(parsed.notes)
        record_where = where if filters.types else where.also("d.type != 'person'")
        try:
            parsed, fallback_notes = self._phrase_fallback(parsed, record_where)
            notes += fallback_notes
            expanded = self.expand(parsed)
            notes += expanded.notes
            complete = self._count(self._expr(expanded, record_where), record_where)
            # Records with some of the words: a quoted phrase counts as its words here, so
            # "hand hygiene audit" is followed by records on hand hygiene without an audit.
            loose = self._loosen(expanded)
            total = complete
            if loose.size > 1:
                total = self._count(self._expr(loose, record_where, match_all=False),
                                    record_where)
            if complete == 0 and total:
                notes.append("No record has all of the words; showing records with any "
                             "of them, those with most first.")
            hits: list[Hit] = []
            if expanded.size >= SOFT_FROM:
                # Many words (often a question): one ranking, records with most of the
                # words (by IDF) alongside those with all of them.
                if complete >= max(_CANDIDATES, offset + limit):
                    # Enough records have every word to fill the candidates: those with
                    # only some (which count less, by coordination) need not be ranked.
                    rows = self._ranked(expanded, record_where, limit, offset, today_text,
                                        expected=complete)
                else:
                    rows = self._ranked(expanded, record_where, limit, offset, today_text,
                                        match_all=False, expected=total, with_complete=True)
                hits = [attrs.evolve(h, partial=h.coverage < 1.0)
                        for h in self._hits(expanded, rows)]
            else:
                if offset < complete:
                    rows = self._ranked(expanded, record_where, min(limit, complete - offset),
                                        offset, today_text, expected=complete)
                    hits = self._hits(expanded, rows)
                wanted = limit - len(hits)
                if wanted > 0 and total > complete:
                    # The rest: records with some of the words but not all.
                    rest = self._ranked(loose, record_where, wanted,
                                        max(0, offset - complete), today_text,
                                        match_all=False, expected=total - complete,
                                        exclude=expanded.positive(match_all=True))
                    hits += [attrs.evolve(h, partial=True)
                             for h in self._hits(loose, rest)]
            found_people: list[Hit] = []
            if people > 0 and not filters.types:
                person_where = where.also("d.type = 'person'")
                rows = self._ranked(expanded, person_where, people, 0, today_text,
                                    match_all=expanded.size == 1)
                found_people = self._hits(expanded, [r for r in rows if r.scored is None
                                                     or r.scored.coverage == 1.0])
        except sqlite3.OperationalError as exc:  # pragma: no cover - parse_query prevents it
            log.warning("search %r failed in SQLite: %s", parsed.text, exc)
            return SearchResults(query=parsed, hits=(), total=0, notes=(
                *notes, "The query could not be searched; try plain words."))
        return SearchResults(query=parsed, hits=tuple(hits), total=total, complete=complete,
                             notes=tuple(notes), people=tuple(found_people), expanded=expanded)

    # --- widening the query ----------------------------------------------------------------

    def _fresh_caches(self) -> None:
        if self._cache_generation != self._generation:
            self._df = {}
            self._defined = None
            row = self.conn.execute("SELECT value FROM meta WHERE key = 'averages'").fetchone()
            try:
                self._averages = tuple(json.loads(row[0])) if row else _DEFAULT_AVERAGES
            except (ValueError, TypeError):
                self._averages = _DEFAULT_AVERAGES
            self._cache_generation = self._generation

    def vocabularies(self) -> list[Vocabulary]:
        """Where alternatives come from, first choice first: the knowledge base's
        ``synonyms.txt``, acronyms its records define, the vocabulary kmcore ships."""
        self._fresh_caches()
        found = [self.librarian_synonyms()[0]]
        if self._defined is None:
            defined = Vocabulary("defined in the records")
            pairs: dict[str, list[str]] = {}
            for abbr, expansion in self.conn.execute(
                    "SELECT abbr, expansion FROM defs GROUP BY abbr, expansion "
                    "ORDER BY count(*) DESC"):
                pairs.setdefault(abbr, []).append(expansion)
            for abbr, expansions in pairs.items():
                defined.add_acronym(abbr, expansions[:3])
            self._defined = defined
        found.append(self._defined)
        found.append(shipped())
        return found

    def librarian_synonyms(self) -> tuple[Vocabulary, list[str]]:
        """The knowledge base's ``synonyms.txt`` (re-read when it changes) and its problems."""
        path = self.kb.root / SYNONYMS_FILE
        try:
            st = path.stat()
            stamp: tuple[int, int] | None = (st.st_mtime_ns, st.st_size)
        except OSError:
            stamp = None
        if self._librarian is None or self._librarian[0] != stamp:
            vocab, problems = read_synonyms_file(path)
            for problem in problems:
                log.warning("%s: %s", path, problem)
            self._librarian = (stamp, vocab, problems)
        return self._librarian[1], self._librarian[2]

    def expand(self, parsed: ParsedQuery) -> ExpandedQuery:
        """*parsed* with each word's alternatives (see :mod:`kmcore.search.rank`), and, for a
        word no record has ("delerium"), the closest word the records do have."""
        total = max(1, self._doc_total())
        expanded = expand(parsed, self.vocabularies(), common=lambda word: self._choice_df(
            Choice(Term(words=(word,)))) > _COMMON_SHARE * total and total >= _COMMON_MIN)
        choices = [list(group) for group in expanded.choices]
        notes: list[str] = []
        added = list(expanded.added)
        for group in choices:
            term = group[0].term
            if (len(group) > 1 or term.prefix or len(term.words) != 1
                    or self._choice_df(group[0]) > 0):
                continue
            word = term.words[0]
            better = self._closest_word(word)
            if better:
                group.append(Choice(Term(words=(better,)), WEIGHT_CORRECTION,
                                    "spelling correction"))
                added.append((word, better, "spelling correction", WEIGHT_CORRECTION))
                notes.append(f"No record has '{word}'; searched for '{better}' instead.")
        if not notes:
            return expanded
        return attrs.evolve(expanded, choices=tuple(tuple(g) for g in choices),
                            notes=tuple(notes), added=tuple(added))

    def _closest_word(self, word: str) -> str:
        """The word the records use that is closest to *word* (a typo), or ""."""
        if len(word) < 4 or not word.isalpha():
            return ""
        limit = 1 if len(word) <= 5 else 2
        best: tuple[int, int, str] | None = None
        # The index's own word list (Porter stems, as FTS5 keeps them), same first letter.
        for stem, docs in self.conn.execute(
                "SELECT term, doc FROM fts_words WHERE term >= ? AND term < ?",
                (word[0], chr(ord(word[0]) + 1))):
            if len(stem) < 4 or abs(len(stem) - len(word)) > 3 or not stem.isalpha():
                continue
            # A stem is often a word cut short ("cathet" for "catheter").
            distance = min(edit_distance(word, stem),
                           edit_distance(word[:len(stem)], stem) if len(stem) < len(word)
                           else limit + 1)
            if distance <= limit:
                candidate = (distance, -int(docs), stem)
                if best is None or candidate < best:
                    best = candidate
        if best is None:
            return ""
        # Show and search a word as the records write it, not the stem.
        row = self.conn.execute(
            "SELECT highlight(fts, 0, char(2), char(3)) || ' ' || "
            "highlight(fts, 1, char(2), char(3)) || ' ' || highlight(fts, 3, char(2), char(3)) "
            "FROM fts WHERE fts MATCH ? LIMIT 1", (_quote_word(best[2]),)).fetchone()
        found = re.search("\x02([^\x03]+)\x03", row[0]) if row else None
        surface = words(found.group(1)) if found else []
        return surface[0] if surface else ""

    def _phrase_fallback(self, parsed: ParsedQuery, where: _Where
                         ) -> tuple[ParsedQuery, list[str]]:
        """Say so when no record (among those searched) has a quoted phrase word for word:
        records with its words close together are shown (an alternative every phrase has);
        when there are none either, the phrase is searched as its words."""
        notes: list[str] = []
        groups: list[tuple[Term, ...]] = []
        changed = False
        for group in parsed.groups:
            term = group[0]
            if len(group) == 1 and len(term.words) > 1 and not term.prefix and \
                    not self._count(f"({term.fts()})", where):
                content = tuple(w for w in term.words if w not in STOPWORDS)
                near = Term(words=content, near=NEAR_WORDS)
                if len(content) >= 2 and self._count(f"({near.fts()})", where):
                    notes.append(f"No record has the exact phrase {term.text}; showing records "
                                 f"with its words close together.")
                    groups.append(group)
                    continue
                notes.append(f"No record has the exact phrase {term.text} or its words close "
                             f"together; showing records with its words.")
                groups += [(Term(words=(w,)),) for w in content or term.words]
                changed = True
            else:
                groups.append(group)
        if not changed:
            return parsed, notes
        return attrs.evolve(parsed, groups=tuple(groups)), notes

    def _df_of(self, expression: str) -> int:
        self._fresh_caches()
        found = self._df.get(expression)
        if found is None:
            found = int(self.conn.execute("SELECT count(*) FROM fts WHERE fts MATCH ?",
                                          (expression,)).fetchone()[0])
            self._df[expression] = found
        return found

    def _idf(self, choice: Choice) -> float:
        return bm25_idf(self._choice_df(choice), self._doc_total())

    def _choice_df(self, choice: Choice) -> int:
        """How many records have *choice*, for its IDF. Read from FTS5's own word list (one
        look-up per stem, not a count over the records): a word's spellings count as its
        most common one, a phrase as its rarest word (an upper bound, near enough for IDF)."""
        term = choice.term
        if term.prefix or term.near:
            return self._df_of(term.fts())
        self._fresh_caches()
        found = []
        for word in term.words:
            stems = porter(variants(word))
            counts = []
            for stem in stems:
                key = f"\x00{stem}"
                df = self._df.get(key)
                if df is None:
                    row = self.conn.execute("SELECT doc FROM fts_words WHERE term = ?",
                                            (stem,)).fetchone()
                    df = self._df[key] = int(row[0]) if row else 0
                counts.append(df)
            found.append(max(counts, default=0))
        return min(found, default=0)

    def _doc_total(self) -> int:
        self._fresh_caches()
        found = self._df.get("")
        if found is None:
            found = int(self.conn.execute("SELECT count(*) FROM toks").fetchone()[0])
            self._df[""] = found
        return found

    # --- ranking -----------------------------------------------------------------------------

    def _loosen(self, query: ExpandedQuery) -> ExpandedQuery:
        """*query* with each quoted phrase split into its words (for "some of the words")."""
        if not any(len(g) == 1 and len(g[0].words) > 1 and not g[0].prefix
                   for g in query.parsed.groups):
            return query
        groups: list[tuple[Term, ...]] = []
        for group in query.parsed.groups:
            term = group[0]
            if len(group) == 1 and len(term.words) > 1 and not term.prefix:
                content = [w for w in term.words if w not in STOPWORDS] or list(term.words)
                groups += [(Term(words=(w,)),) for w in content]
            else:
                groups.append(group)
        return self.expand(attrs.evolve(query.parsed, groups=tuple(groups)))

    def _expr(self, query: ExpandedQuery, where: _Where, *, match_all: bool = True,
              head: str = "", not_every: bool = False, exclude: str = "") -> str:
        """The MATCH expression: the query's words or their alternatives (only in the columns
        *head* names, e.g. "title summary subjects"), minus excluded words, minus records with
        every word (with *not_every*) or matching *exclude*, minus confidential records unless
        the filters include them."""
        positive = query.positive(match_all=match_all)
        if head:
            positive = f"{{{head}}} : ({positive})"
        minus = [query.parsed.negative()] if query.parsed.excluded else []
        if not_every:
            minus.append(query.positive(match_all=True))
        if exclude:
            minus.append(exclude)
        if where.no_confidential:
            minus.append(f'"{_CONFIDENTIAL_WORD}"')
        expression = f"({positive})"
        if minus:
            expression += " NOT (" + " OR ".join(f"({m})" for m in minus) + ")"
        return expression

    def _count(self, expression: str, where: _Where) -> int:
        if not where.docs_needed:
            row = self.conn.execute("SELECT count(*) FROM fts WHERE fts MATCH ?",
                                    (expression,)).fetchone()
        else:
            row = self.conn.execute(
                f"SELECT count(*) FROM fts JOIN docs d ON d.n = fts.rowid "
                f"WHERE fts MATCH ? AND {where.sql}", [expression, *where.params]).fetchone()
        return int(row[0])

    def _ranked(self, query: ParsedQuery | ExpandedQuery, where: _Where, limit: int,
                offset: int, today: str, *, match_all: bool = True, not_every: bool = False,
                expected: int | None = None, with_complete: bool = False,
                exclude: str = "") -> list[Ranked]:
        """Candidates best first (a :class:`ParsedQuery` is ranked without alternatives).

        SQLite's FTS5 BM25 picks the best :data:`_CANDIDATES` (or enough for the page asked
        for); :func:`kmcore.search.rank.score_candidates` scores them again (BM25F with
        per-field length normalisation and one saturation, coordination, proximity, the
        alternatives' weights). Stale (past ``review_due``), withdrawn and archived records
        are then marked down.

        FTS5's BM25 costs a look-up per matching record. When more than :data:`_LARGE`
        records match, the candidates are drawn from the records matching in their title,
        summary or subject terms, as long as there are enough of them for the page.
        *with_complete* adds the best candidates with every word to those with any.
        """
        if isinstance(query, ParsedQuery):
            query = ExpandedQuery(parsed=query, choices=tuple(
                tuple(Choice(t) for t in group) for group in query.groups))
        if not query.size:
            return []
        wanted = max(_CANDIDATES, offset + limit)
        expression = self._expr(query, where, match_all=match_all, not_every=not_every,
                                exclude=exclude)
        if expected is not None and expected > _LARGE:
            # Narrowest first: records with the words in their title, then in their title,
            # summary or subject terms, as long as there are enough for the page.
            for columns in ("title", "title summary subjects"):
                head = self._expr(query, where, match_all=match_all, head=columns,
                                  not_every=not_every, exclude=exclude)
                if self._count(head, where) >= max(offset + limit, _CANDIDATES // 2):
                    expression = head
                    break
        expressions = [expression]
        if with_complete:
            expressions.append(self._expr(query, where, match_all=True))
        if not where.docs_needed:
            ns = list(dict.fromkeys(n for e in expressions for (n,) in self.conn.execute(
                f"SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY {_BM25} LIMIT ?",
                (e, wanted))))
            docs = {row[0]: row for row in self.conn.execute(
                f"SELECT n, id, type, title, department, date, status, visibility, stage, "
                f"technique, updated, review_due FROM docs WHERE n IN "
                f"({','.join('?' * len(ns))})", ns)} if ns else {}
            rows = [docs[n] for n in ns if n in docs]
        else:
            unique: dict[int, Any] = {}
            for e in expressions:
                for row in self.conn.execute(
                        f"SELECT d.n, d.id, d.type, d.title, d.department, d.date, d.status, "
                        f"d.visibility, d.stage, d.technique, d.updated, d.review_due "
                        f"FROM fts JOIN docs d ON d.n = fts.rowid WHERE fts MATCH ? AND "
                        f"{where.sql} ORDER BY {_BM25}, d.id LIMIT ?",
                        [e, *where.params, wanted]):
                    unique.setdefault(row[0], row)
            rows = list(unique.values())
        if not rows:
            return []
        self._fresh_caches()
        marks = ",".join("?" * len(rows))
        # Scoring builds many small lists; the collections they would trigger walk every
        # object in the process and cost more than the scoring.
        with no_gc():
            texts = {row[0]: row[1:] for row in self.conn.execute(
                f"SELECT n, title, summary, subjects, body, people FROM toks "
                f"WHERE n IN ({marks})", [r[0] for r in rows])}
            scored = score_candidates(query, texts, self._idf, self._averages)

        def factor(row: Any) -> float:
            stale = 0.8 if row[11] and row[11] < today else 1.0
            return stale * (0.7 if row[6] in ("withdrawn", "archived") else 1.0)

        ranked = []
        for row in rows:
            found_score = scored.get(row[0])
            value = (found_score.score if found_score else 0.0) * factor(row)
            ranked.append(Ranked(n=row[0], id=row[1], type=row[2], title=row[3],
                                 department=row[4], date=row[5], status=row[6],
                                 visibility=row[7], stage=row[8], technique=row[9],
                                 updated=row[10], score=value, scored=found_score))
        ranked.sort(key=lambda r: (-r.score, r.id))
        return ranked[offset:offset + limit]

    def _hits(self, query: ExpandedQuery, rows: list[Ranked]) -> list[Hit]:
        if not rows:
            return []
        # Snippets are made only for the rows shown (making them is the costly part).
        marks = ",".join("?" * len(rows))
        snippets = {
            n: (title, summary, body) for n, title, summary, body in self.conn.execute(
                f"SELECT rowid, highlight(fts, 0, char(2), char(3)), "
                f"snippet(fts, 1, char(2), char(3), '…', 24), "
                f"snippet(fts, 3, char(2), char(3), '…', 24) "
                f"FROM fts WHERE fts MATCH ? AND rowid IN ({marks})",
                [query.positive(match_all=False), *[r.n for r in rows]])
        }
        hits = []
        for r in rows:
            title_m, summary_m, body_m = snippets.get(r.n, (r.title, "", ""))
            snippet = next((s for s in (body_m, summary_m) if _MARK_START in s),
                           body_m or summary_m)
            scored = r.scored
            hits.append(Hit(id=r.id, type=r.type, title=r.title, score=float(r.score),
                            department=r.department, date=r.date, status=r.status,
                            visibility=r.visibility, stage=r.stage, technique=r.technique,
                            updated=r.updated, title_marked=title_m, snippet_marked=snippet,
                            matched=scored.matched if scored else (),
                            coverage=scored.coverage if scored else 0.0,
                            proximity=scored.proximity if scored else 0.0))
        return hits

    # --- reading helpers for the finder, connections and digests --------------------------------

    def doc_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM docs").fetchone()[0])

    def docs(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Index rows by record id (title, type, date, status...) for the ids given."""
        wanted = list(dict.fromkeys(ids))
        found: dict[str, dict[str, Any]] = {}
        for chunk in range(0, len(wanted), 500):
            part = wanted[chunk:chunk + 500]
            cur = self.conn.execute(
                f"SELECT * FROM docs WHERE id IN ({','.join('?' * len(part))})", part)
            columns = [c[0] for c in cur.description]
            for row in cur:
                item = dict(zip(columns, row, strict=True))
                found[item["id"]] = item
        return found


def _less(before: tuple[int, int], after: tuple[int, int]) -> bool:
    return after[0] < before[0] or after[1] < before[1]


class _Names(dict[str, str]):
    """Person id -> display name, from the index's people table, looked up on demand."""

    def __init__(self, conn: sqlite3.Connection, *, preload: bool) -> None:
        super().__init__(conn.execute("SELECT id, name FROM people") if preload else ())
        self._conn = None if preload else conn
        self._missing: set[str] = set()

    def _load(self, key: object) -> bool:
        if self._conn is None or not isinstance(key, str) or key in self._missing:
            return False
        row = self._conn.execute("SELECT name FROM people WHERE id = ?", (key,)).fetchone()
        if row is None:
            self._missing.add(key)
            return False
        self[key] = row[0]
        return True

    def __contains__(self, key: object) -> bool:
        return super().__contains__(key) or self._load(key)

    def get(self, key: str, default: Any = None) -> Any:
        _ = key in self  # loads the name on demand
        return super().get(key, default)


def _quote_word(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _updated(record: Record) -> str:
    moment = record.updated_at or record.created_at
    return moment.astimezone(dt.UTC).isoformat() if moment is not None else ""
