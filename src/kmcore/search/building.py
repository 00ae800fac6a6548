"""Building the search index and keeping it current (see :mod:`kmcore.search.index`)."""

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
from typing import TYPE_CHECKING, Any, Self

import attrs

from kmcore.errors import KmcoreError, NotFound, StoreError, ValidationError
from kmcore.records.base import Record
from kmcore.search._text import sentence_starts, words
from kmcore.search.extract import IndexEntry, extract
from kmcore.search.filters import _CONFIDENTIAL_WORD
from kmcore.search.rank import (
    FIELDS,
    stems_of,
)
from kmcore.search.results import RefreshReport
from kmcore.search.schema import _DDL, _DEFAULT_AVERAGES, _SCHEMA, INDEX_FILE
from kmcore.search.vocabulary import (
    Vocabulary,
    defined_acronyms,
)

if TYPE_CHECKING:
    from kmcore.kb import KnowledgeBase

__all__ = ["IndexFile"]

log = logging.getLogger("kmcore.search")


class IndexFile:
    """The index's SQLite file: opening it (building it when missing, unreadable or from
    another version), keeping it current from the store's change feed, and writing records
    into it. :class:`~kmcore.search.index.SearchIndex` adds searching."""

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

    def __enter__(self) -> Self:
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
        # Where each field's sentences start, so that the proximity bonus only counts words
        # close together within one sentence.
        breaks = "|".join(" ".join(map(str, sentence_starts(f))) for f in fields)
        conn.execute("INSERT INTO toks VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (n, *(stems_of(words(f)) for f in fields), breaks))
        # Acronyms the record defines ("point-of-care testing (POCT)") widen searches.
        defined = dict.fromkeys(defined_acronyms(f"{entry.title}\n{entry.summary}\n"
                                                 f"{entry.body}"))
        conn.executemany("INSERT INTO defs VALUES (?, ?, ?)",
                         [(n, abbr, expansion) for abbr, expansion in defined])
        terms = [(n, "subject", s) for s in dict.fromkeys(entry.subjects)]
        terms += [(n, "staff_group", g) for g in entry.staff_groups]
        terms += [(n, "facet", s) for s in dict.fromkeys(
            stems_of(words(" ".join(entry.facet_words))).split())]
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


def _updated(record: Record) -> str:
    moment = record.updated_at or record.created_at
    return moment.astimezone(dt.UTC).isoformat() if moment is not None else ""
