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
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
from markupsafe import Markup, escape

from kmcore.errors import KmcoreError, NotFound, StoreError, ValidationError
from kmcore.records.base import Record
from kmcore.records.vocab import StaffGroup, Stage, Status, Visibility
from kmcore.search._text import light_stem, variants, words
from kmcore.search.extract import IndexEntry, extract
from kmcore.search.query import ParsedQuery, Term, parse_query

if TYPE_CHECKING:
    from kmcore.kb import KnowledgeBase

__all__ = ["INDEX_FILE", "Filters", "Hit", "RefreshReport", "SearchFilters", "SearchIndex",
           "SearchResults"]

log = logging.getLogger("kmcore.search")

#: Where the index lives, relative to the knowledge base folder.
INDEX_FILE = Path(".kmcore") / "cache" / "search.sqlite3"
_SCHEMA = "2"
_TOKENIZER = "porter unicode61 remove_diacritics 2"
#: BM25 column weights: title, summary, subjects (terms, keywords, technique), body, people.
_WEIGHTS = (10.0, 5.0, 4.0, 1.0, 2.0)
_BM25 = "bm25(fts, " + ", ".join(str(w) for w in _WEIGHTS) + ")"
_MARK_START, _MARK_END = "\x02", "\x03"
#: How many BM25 candidates are re-scored with the title and summary bonuses.
_CANDIDATES = 100
#: Above this many matches, candidates come from title, summary and subject matches first.
_LARGE = 5000
_TITLE_BONUS = 1.0
_LEAD_BONUS = 0.4

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
CREATE VIRTUAL TABLE fts USING fts5(title, summary, subjects, body, people,
    tokenize='{_TOKENIZER}', prefix='2 3');
CREATE VIRTUAL TABLE claims_fts USING fts5(text, tokenize='{_TOKENIZER}');
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
                "partial": self.partial, "snippet": self.snippet_text()}


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
        search unless this is true (domain.md §9.5: excluded from KM search by default).
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

    # --- opening, closing, rebuilding ---------------------------------------------------------

    def close(self) -> None:
        """Close the database file (the index is kept for next time)."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

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
                             [("schema", _SCHEMA), ("cursor", cursor)])
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
        return RefreshReport(rebuilt=True, indexed=len(records))

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
        conn.execute("DELETE FROM terms WHERE n = ?", (row[0],))
        conn.execute("DELETE FROM docs WHERE n = ?", (row[0],))
        return 1

    # --- searching ------------------------------------------------------------------------

    def search(self, query: str | ParsedQuery, filters: Filters | None = None, *,
               limit: int = 10, offset: int = 0, refresh: bool = True,
               today: dt.date | None = None) -> SearchResults:
        """Records matching *query* (see :mod:`kmcore.search.query`), best first.

        Records with every word come first; records with only some of the words follow them
        (marked :attr:`Hit.partial`), so a search for "falls prevention" still shows the
        falls lesson that never says "prevention", below the records that say both. Within
        each part, ranking is BM25 with the title weighted above the summary, subject terms
        and body, re-scored with title and summary bonuses (see :meth:`_ranked`); records past
        their ``review_due`` date, and withdrawn or archived ones, rank a little lower.

        Never raises for a query, only for filters with values kmcore does not know
        (:class:`KmcoreError`).
        """
        parsed = query if isinstance(query, ParsedQuery) else parse_query(query)
        where = (filters or Filters()).sql(self.kb)
        if refresh:
            self.refresh()
        if parsed.empty:
            note = parsed.notes or ("Type a word to search for.",)
            return SearchResults(query=parsed, hits=(), total=0, notes=tuple(note))
        limit = max(0, min(int(limit), 1000))
        offset = max(0, int(offset))
        today_text = (today or dt.date.today()).isoformat()
        notes = list(parsed.notes)
        try:
            complete = self._count(self._expr(parsed, where), where)
            total = complete
            if len(parsed.groups) > 1:
                total = self._count(self._expr(parsed, where, match_all=False), where)
            if complete == 0 and total:
                notes.append("No record has all of the words; showing records with any "
                             "of them, those with most first.")
            hits: list[Hit] = []
            if offset < complete:
                rows = self._ranked(parsed, where, min(limit, complete - offset), offset,
                                    today_text, expected=complete)
                hits = self._hits(parsed, rows)
            wanted = limit - len(hits)
            if wanted > 0 and total > complete:
                # The rest: records with some of the words but not all.
                rest = self._ranked(parsed, where, wanted, max(0, offset - complete),
                                    today_text, match_all=False, not_every=True,
                                    expected=total - complete)
                hits += [attrs.evolve(h, partial=True) for h in self._hits(parsed, rest)]
        except sqlite3.OperationalError as exc:  # pragma: no cover - parse_query prevents it
            log.warning("search %r failed in SQLite: %s", parsed.text, exc)
            return SearchResults(query=parsed, hits=(), total=0, notes=(
                *notes, "The query could not be searched; try plain words."))
        return SearchResults(query=parsed, hits=tuple(hits), total=total, complete=complete,
                             notes=tuple(notes))

    def _expr(self, parsed: ParsedQuery, where: _Where, *, match_all: bool = True,
              head: bool = False, not_every: bool = False) -> str:
        """The MATCH expression: the query's words (only in the title, summary and subject
        terms with *head*), minus excluded words, minus records with every word (with
        *not_every*), minus confidential records unless the filters include them."""
        positive = parsed.positive(match_all=match_all)
        if head:
            positive = f"{{title summary subjects}} : ({positive})"
        minus = [parsed.negative()] if parsed.excluded else []
        if not_every:
            minus.append(parsed.positive(match_all=True))
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

    def _ranked(self, parsed: ParsedQuery, where: _Where, limit: int, offset: int,
                today: str, *, match_all: bool = True, not_every: bool = False,
                expected: int | None = None) -> list[Any]:
        """Rows ``(n, id, type, title, department, date, status, visibility, stage, technique,
        updated, score)`` best first.

        FTS5's BM25 divides by the length of the whole record, so a long innovation with the
        word in its title would rank below a short lesson that mentions it once. The best
        :data:`_CANDIDATES` by BM25 are therefore re-scored: BM25 (scaled to the best one) plus
        a bonus for each query group found in the title, and a smaller one for the summary and
        subject terms. Stale (past ``review_due``), withdrawn and archived records are then
        marked down.

        BM25 costs a look-up per matching record. When more than :data:`_LARGE` records
        match, the candidates are drawn from the records matching in their title, summary or
        subject terms (the ones the bonuses put first anyway), as long as there are enough of
        them for the page asked for.
        """
        wanted = max(_CANDIDATES, offset + limit)
        expression = self._expr(parsed, where, match_all=match_all, not_every=not_every)
        if expected is not None and expected > _LARGE:
            head = self._expr(parsed, where, match_all=match_all, head=True,
                              not_every=not_every)
            if self._count(head, where) >= offset + limit:
                expression = head
        if not where.docs_needed:
            found = self.conn.execute(
                f"SELECT rowid, -{_BM25} AS s FROM fts WHERE fts MATCH ? "
                f"ORDER BY s DESC LIMIT ?", (expression, wanted)).fetchall()
            ns = [n for n, _ in found]
            docs = {row[0]: row for row in self.conn.execute(
                f"SELECT n, id, type, title, department, date, status, visibility, stage, "
                f"technique, updated, review_due FROM docs WHERE n IN "
                f"({','.join('?' * len(ns))})", ns)} if ns else {}
            rows = [(*docs[n][:11], s, docs[n][11]) for n, s in found if n in docs]
        else:
            rows = list(self.conn.execute(
                f"SELECT d.n, d.id, d.type, d.title, d.department, d.date, d.status, "
                f"d.visibility, d.stage, d.technique, d.updated, -{_BM25} AS s, d.review_due "
                f"FROM fts JOIN docs d ON d.n = fts.rowid WHERE fts MATCH ? AND {where.sql} "
                f"ORDER BY s DESC, d.id LIMIT ?", [expression, *where.params, wanted]))
        if not rows:
            return []
        top = max(float(r[11]) for r in rows) or 1.0
        bonus = dict.fromkeys((r[0] for r in rows), 0.0)
        if parsed.groups:
            # Which query groups are in each candidate's title and summary is worked out here,
            # in Python, from the stored text: asking FTS5 with a column filter per group walks
            # each word's whole posting list again, which cost more than the search itself.
            marks = ",".join("?" * len(rows))
            tests = [_matchers(group) for group in parsed.groups]
            for n, title, summary, subjects in self.conn.execute(
                    f"SELECT rowid, title, summary, subjects FROM fts WHERE rowid IN ({marks})",
                    [r[0] for r in rows]):
                in_title = _StemSet(title)
                in_lead = _StemSet(f"{summary}\n{subjects}")
                for test in tests:
                    if in_title.has(test):
                        bonus[n] += _TITLE_BONUS / len(tests)
                    if in_lead.has(test):
                        bonus[n] += _LEAD_BONUS / len(tests)

        def factor(row: Any) -> float:
            stale = 0.8 if row[12] and row[12] < today else 1.0
            return stale * (0.7 if row[6] in ("withdrawn", "archived") else 1.0)

        scored = [(*r[:11], (float(r[11]) / top + bonus[r[0]]) * factor(r)) for r in rows]
        scored.sort(key=lambda r: (-r[11], r[1]))
        return scored[offset:offset + limit]

    def _hits(self, parsed: ParsedQuery, rows: list[Any]) -> list[Hit]:
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
                [parsed.positive(match_all=False), *[r[0] for r in rows]])
        }
        hits = []
        for n, rid, type_, title, dept, date, status, vis, stage, technique, updated, score in rows:
            title_m, summary_m, body_m = snippets.get(n, (title, "", ""))
            snippet = next((s for s in (body_m, summary_m) if _MARK_START in s),
                           body_m or summary_m)
            hits.append(Hit(id=rid, type=type_, title=title, score=float(score),
                            department=dept, date=date, status=status, visibility=vis,
                            stage=stage, technique=technique, updated=updated,
                            title_marked=title_m, snippet_marked=snippet))
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


# A query term as the bonus test needs it: a prefix, or each word's possible stems.
_Matcher = tuple[str, tuple[frozenset[str], ...]]


def _matchers(group: tuple[Term, ...]) -> list[_Matcher]:
    return [(t.words[0], ()) if t.prefix else
            ("", tuple(frozenset(light_stem(v) for v in variants(w)) for w in t.words))
            for t in group]


class _StemSet:
    """The words of a text, stemmed and spelling-folded, to test query groups against."""

    def __init__(self, text: str) -> None:
        self.words = words(text)
        self.stems = {light_stem(w) for w in self.words}

    def has(self, matchers: list[_Matcher]) -> bool:
        for prefix, stems in matchers:
            if prefix:
                if any(w.startswith(prefix) for w in self.words):
                    return True
            elif all(not options.isdisjoint(self.stems) for options in stems):
                return True
        return False


def _updated(record: Record) -> str:
    moment = record.updated_at or record.created_at
    return moment.astimezone(dt.UTC).isoformat() if moment is not None else ""
