"""The PostgreSQL store: records as JSONB rows, a change feed table, row-level security.

Every write is one call of a database function (see :mod:`kmcore_postgres.schema`) that checks
the revision and writes in one statement, adds the change feed row in the same transaction and
announces it with ``NOTIFY``; the transaction commits before :meth:`PostgresStore.put`
returns. Two editors saving the same record at once therefore get one success and one
:class:`~kmcore.errors.Conflict`, whichever machines they are on. A batch
(:meth:`PostgresStore.put_many`) is one transaction of a few set-based statements, all or
nothing.
"""

from __future__ import annotations

import contextlib
import json
import logging
import random
import re
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, TypeVar, cast

import psycopg
from psycopg import sql
from psycopg_pool import ConnectionPool, PoolTimeout

from kmcore_postgres import schema as layout
from kmcore_postgres._kmcore import (
    AuditEntry,
    Change,
    Conflict,
    FileProblem,
    NotFound,
    Problem,
    Record,
    RecordTypeSpec,
    StoreError,
    TargetCheck,
    ValidationError,
    actor_key,
    at_revision,
    check_id,
    codec,
)
from kmcore_postgres.settings import PostgresSettings

__all__ = ["PostgresStore", "connect", "database_error", "reason_of"]

log = logging.getLogger("kmcore.store")
R = TypeVar("R", bound=Record)
Conn = psycopg.Connection[tuple[Any, ...]]

_CURSOR = re.compile(r"pg1:([0-9a-f]{32}):(\d{1,18})\Z")
_CURSOR_HINT = (
    "Pass the cursor exactly as changes() returned it, or no cursor to read the whole feed "
    "(and treat every record as changed)."
)
_NOT_FOUND_HINT = "`kmcore list` shows the ids."
_SCAN_BATCH = 2000
#: How many times a write the server broke off to end a deadlock is tried (D1493).
_ATTEMPTS = 4


class _TryAgain(Exception):
    """The server rolled the transaction back to end a deadlock: run it again."""


#: A batch's change feed rows, in the batch's order, from one JSON array of
#: [type, id, revision, owner_org, visibility] (one parameter).
_FEED_INSERT = (
    "INSERT INTO {s}.changes (op, type, id, revision, owner_org, visibility) "
    "SELECT 'put', f.e ->> 0, f.e ->> 1, (f.e ->> 2)::integer, f.e ->> 3, "
    "f.e ->> 4 FROM jsonb_array_elements(%s::jsonb) WITH ORDINALITY AS f(e, n) "
    "ORDER BY f.n RETURNING seq")


def reason_of(exc: psycopg.Error) -> str:
    """The server's or libpq's reason for *exc*, on one line (never a password: libpq does
    not repeat them)."""
    if exc.diag and exc.diag.message_primary:
        return exc.diag.message_primary
    text = str(exc).strip()
    if not text:
        return type(exc).__name__
    first = text.splitlines()[0]
    # "connection failed: connection to server at "h", port 5432 failed: FATAL:  reason"
    for marker in ("FATAL:", "failed: "):
        if marker in first:
            first = first.rsplit(marker, 1)[1].strip() or first
            break
    return first


def database_error(exc: psycopg.Error, settings: PostgresSettings, what: str) -> StoreError:
    """A one-line StoreError for a failed database call, with what to do about it."""
    reason = reason_of(exc)
    if isinstance(exc, psycopg.errors.InsufficientPrivilege):
        return StoreError(
            f"{what}: the database refused it: {reason}",
            hint="Your database role may not do this: a trust's role reads its own and shared "
                 "records and changes only its own organisation's. A hub administrator gives "
                 "access with `kmcore postgres grant`; `kmcore doctor` shows what yours may do.",
        )
    if isinstance(exc, psycopg.OperationalError) \
            and "permission denied for database" in reason.lower():
        from kmcore_postgres.doctor import connection_hint

        return StoreError(f"{what}: {settings.describe()}: {reason}",
                          hint=connection_hint(reason))
    if isinstance(exc, psycopg.OperationalError):
        return StoreError(
            f"{what}: could not reach {settings.describe()}: {reason}",
            hint="Check the [store] settings in kmcore.toml, that the server is running and "
                 "reachable, and your password file or PGPASSWORD; `kmcore doctor` checks "
                 "each step.",
        )
    return StoreError(f"{what}: {reason}",
                      hint="Run `kmcore doctor`; if it passes, this may be a bug to report.")


def connect(settings: PostgresSettings, **kwargs: Any) -> Conn:
    """A new connection (autocommit off unless asked), errors turned into StoreError."""
    try:
        return psycopg.connect(settings.conninfo(), **kwargs)
    except psycopg.Error as exc:
        raise database_error(exc, settings, "could not open the knowledge base") from None


class PostgresStore:
    """Records in a PostgreSQL database (see the module doc and ``docs/postgres.md``).

    :param root: the knowledge base folder (holding ``kmcore.toml``); nothing is stored there.
    :param types: the record types it holds, by name.
    :param settings: the ``[store]`` table of ``kmcore.toml`` (without ``backend``), or
        :class:`~kmcore_postgres.settings.PostgresSettings`.

    Safe to use from several threads; every program (and machine) opens its own.
    """

    def __init__(
        self,
        root: Path | str,
        types: Mapping[str, RecordTypeSpec],
        *,
        settings: Mapping[str, Any] | PostgresSettings,
    ) -> None:
        self._root = Path(root)
        self.settings = (settings if isinstance(settings, PostgresSettings)
                         else PostgresSettings.from_mapping(settings, base=self._root))
        self._specs = dict(sorted(types.items()))
        self._classes = {name: spec.cls for name, spec in self._specs.items()}
        s = sql.Identifier(self.settings.schema)
        self._s = s
        self._closed = False
        self._listener: Conn | None = None
        with connect(self.settings) as conn:
            self._feed_id = self._check_schema(conn)
        self._pool: ConnectionPool[Conn] = ConnectionPool(
            self.settings.conninfo(), min_size=1, max_size=self.settings.pool_size,
            open=True, name=f"kmcore-{self.settings.schema}",
            timeout=float(self.settings.connect_timeout),
        )
        self._sql = {
            "get": sql.SQL("SELECT data FROM {s}.records WHERE id = %s AND type = %s"),
            "find": sql.SQL("SELECT type, revision, owner_org FROM {s}.records WHERE id = %s"),
            "put": sql.SQL("SELECT {s}.put_record(%s::jsonb, %s)"),
            "delete": sql.SQL("SELECT {s}.delete_record(%s, %s, %s)"),
            "ids": sql.SQL("SELECT id FROM {s}.records WHERE type = %s"),
            "signatures": sql.SQL(
                "SELECT id, revision, (extract(epoch FROM updated_at) * 1000000)::bigint "
                "FROM {s}.records WHERE type = %s"),
            "lock": sql.SQL("SELECT id FROM {s}.records WHERE id = ANY(%s) ORDER BY id "
                            "FOR UPDATE"),
            # A batch travels as one JSON array (one parameter), which psycopg passes on as
            # text: adapting a Python list per column costs more than the database's work.
            "update_many": sql.SQL(
                "UPDATE {s}.records AS r SET revision = (u.e ->> 'revision')::integer, "
                "data = u.e, updated_at = now() FROM jsonb_array_elements(%s::jsonb) AS u(e) "
                "WHERE r.id = u.e ->> 'id' AND r.type = u.e ->> 'type' "
                "AND r.revision = (u.e ->> 'revision')::integer - 1 "
                "RETURNING r.id, r.owner_org, r.visibility"),
            "insert_many": sql.SQL(
                "INSERT INTO {s}.records (id, type, revision, data) SELECT n.e ->> 'id', "
                "n.e ->> 'type', 1, n.e FROM jsonb_array_elements(%s::jsonb) AS n(e) "
                "ORDER BY n.e ->> 'id' ON CONFLICT (id) DO NOTHING "
                "RETURNING id, owner_org, visibility"),
            # The batch's feed rows, the NOTIFY of the last one's seq and (the second) the
            # batch's audit entry, in one statement: one round trip rather than three, and
            # one row back rather than a seq per record (D1341). A data-modifying WITH runs
            # whole whether or not its rows are read.
            "feed_many": sql.SQL(
                "WITH fed AS (" + _FEED_INSERT + ") "
                "SELECT pg_notify(%s, max(seq)::text) FROM fed"),
            "feed_many_audit": sql.SQL(
                "WITH fed AS (" + _FEED_INSERT + "), "
                "logged AS (INSERT INTO {s}.audit (entry) VALUES (%s::jsonb)) "
                "SELECT pg_notify(%s, max(seq)::text) FROM fed"),
            "scan": sql.SQL("SELECT type, id, data FROM {s}.records WHERE type = ANY(%s) "
                            "ORDER BY type, id"),
            "all": sql.SQL("SELECT type, id, data FROM {s}.records ORDER BY type, id"),
            # A withdrawal (schema version 4) is a delete to a reader who can no longer
            # read the record, and nothing to one who still can (its put row follows).
            "changes": sql.SQL(
                "SELECT seq, CASE WHEN op = 'withdraw' THEN 'delete' ELSE op END, type, id, "
                "revision, at FROM {s}.changes AS c WHERE seq > %s AND (op <> 'withdraw' "
                "OR NOT EXISTS (SELECT FROM {s}.records AS r WHERE r.id = c.id)) "
                "ORDER BY seq"),
            "last": sql.SQL("SELECT coalesce(max(seq), 0) FROM {s}.changes"),
            "audit": sql.SQL("INSERT INTO {s}.audit (entry) VALUES (%s::jsonb)"),
            "audit_read": sql.SQL("SELECT entry FROM {s}.audit ORDER BY seq"),
            "forget": sql.SQL("SELECT {s}.forget_id(%s, %s, %s::text[])"),
            "forget_unreached": sql.SQL("SELECT owner_org, entries, records FROM "
                                        "{s}.forget_unreached(%s, %s::text[])"),
            # The rows this role may change: the update policies' USING applies to FOR UPDATE.
            "writable": sql.SQL("SELECT id FROM {s}.records WHERE id = ANY(%s) FOR UPDATE"),
            "prints": sql.SQL("SELECT id, type, md5(data::text) FROM {s}.records "
                              "WHERE type = ANY(%s) ORDER BY id"),
        }
        self._sql = {k: cast(sql.SQL, v.format(s=s)) for k, v in self._sql.items()}

    @staticmethod
    def diagnose(root: Path, table: Mapping[str, Any]) -> Iterator[TargetCheck]:
        """``kmcore doctor``'s checks (see :mod:`kmcore_postgres.doctor`); needs no open
        store, so it can say why opening one fails."""
        from kmcore_postgres.doctor import diagnose

        return diagnose(root, table)

    def __repr__(self) -> str:
        return f"PostgresStore({self.settings.describe()!r})"

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema(self) -> str:
        """The schema holding this knowledge base's tables."""
        return self.settings.schema

    def _check_schema(self, conn: Conn) -> str:
        try:
            version = layout.schema_version(conn, self.settings.schema)
            feed_id = None
            if version:
                with conn.cursor() as cur:
                    cur.execute(sql.SQL("SELECT value FROM {s}.kmcore_meta WHERE key = "
                                        "'feed_id'").format(s=self._s))
                    row = cur.fetchone()
                    feed_id = row[0] if row else None
        except psycopg.Error as exc:
            raise database_error(exc, self.settings, "could not open the knowledge base") \
                from None
        where = self.settings.describe()
        if not version:
            raise StoreError(
                f"{where} has no kmcore tables yet",
                hint="An administrator creates them with `kmcore postgres migrate` (see the "
                     "IT guide, docs/postgres.md).",
            )
        if version < layout.LATEST:
            raise StoreError(
                f"{where} is at schema version {version}, older than this kmcore-postgres "
                f"(version {layout.LATEST})",
                hint="An administrator upgrades it with `kmcore postgres migrate` (back up "
                     "first: see docs/postgres.md).",
            )
        if version > layout.LATEST:
            raise StoreError(
                f"{where} is at schema version {version}, newer than this kmcore-postgres "
                f"understands (version {layout.LATEST})",
                hint="Upgrade kmcore-postgres: pip install --upgrade kmcore-postgres",
            )
        assert isinstance(feed_id, str)
        return feed_id

    # --- reading ---------------------------------------------------------------------------

    def get(self, record_type: str, record_id: str) -> Record:
        """The record; :class:`~kmcore.errors.NotFound` if there is none you may read."""
        spec = self._spec(record_type)
        record_id = check_id(record_id)
        with self._db(f"read {spec.name} {record_id!r}") as conn:
            row = conn.execute(self._sql["get"], (record_id, spec.name)).fetchone()
            if row is None:
                found = conn.execute(self._sql["find"], (record_id,)).fetchone()
                message = f"no {spec.name} has the id {record_id!r} in {self._where()}"
                if found is not None:
                    message += f" ({record_id!r} is a {found[0]})"
                raise NotFound(message, hint=_NOT_FOUND_HINT)
        return self._decode(spec.name, record_id, row[0])

    def locate(self, record_id: str) -> str:
        """The type name of the record with this id; :class:`~kmcore.errors.NotFound` if none."""
        record_id = check_id(record_id)
        with self._db(f"find {record_id!r}") as conn:
            row = conn.execute(self._sql["find"], (record_id,)).fetchone()
        if row is None:
            raise NotFound(f"no record has the id {record_id!r} in {self._where()}",
                           hint=_NOT_FOUND_HINT)
        return str(row[0])

    def scan(
        self,
        record_type: str | None = None,
        *,
        on_error: Callable[[FileProblem], None] | None = None,
    ) -> Iterator[Record]:
        """Every readable record, by type name and then by id, streamed from a server-side
        cursor (memory stays flat however many there are). A row that cannot be read as a
        record goes to *on_error* (default: a warning on the ``kmcore.store`` logger)."""
        names = [self._spec(record_type).name] if record_type is not None else list(self._specs)
        report = on_error if on_error is not None else _log_problem
        return self._scan(names, report)

    def _scan(self, names: list[str], report: Callable[[FileProblem], None]) -> Iterator[Record]:
        self._check_open()
        for type_name, record_id, data in self._rows(names):
            try:
                yield self._decode(type_name, record_id, data)
            except ValidationError as exc:
                for problem in exc.problems:
                    report(FileProblem(path=self._row_path(type_name, record_id),
                                       problem=problem))

    def _rows(self, names: list[str] | None) -> Iterator[tuple[str, str, Any]]:
        what = "read the records"
        try:
            with self._pool.connection() as conn, conn.transaction(), \
                    conn.cursor(name="kmcore_scan") as cur:
                cur.itersize = _SCAN_BATCH
                if names is None:
                    cur.execute(self._sql["all"])
                else:
                    cur.execute(self._sql["scan"], (names,))
                yield from cur
        except psycopg.Error as exc:
            raise database_error(exc, self.settings, f"could not {what}") from None

    def ids(self, record_type: str) -> set[str]:
        """The ids of every *record_type* record this role can read, in one query (the
        importer asks once instead of asking for each row's record)."""
        spec = self._spec(record_type)
        with self._db(f"list the {spec.name} ids") as conn:
            return {row[0] for row in conn.execute(self._sql["ids"], (spec.name,))}

    def signatures(self, record_type: str) -> dict[str, tuple[int, int, int]]:
        """Every *record_type* record's id -> (revision, the time it was last written in
        microseconds, 0), in one query: a record whose signature is unchanged has not been
        written since (the importer's ledger recognises unchanged rows by it). The time as
        well as the revision, since a record deleted and made again starts at revision 1."""
        spec = self._spec(record_type)
        with self._db(f"list the {spec.name} revisions") as conn:
            return {row[0]: (int(row[1]), int(row[2]), 0)
                    for row in conn.execute(self._sql["signatures"], (spec.name,))}

    def fingerprints(self, record_type: str | None = None) -> dict[str, tuple[str, str]]:
        """Every record's id -> (type name, a hash of its content), hashed by the server
        without sending or parsing the records (for the sync engine and the search index)."""
        names = [self._spec(record_type).name] if record_type is not None else list(self._specs)
        with self._db("list the records") as conn:
            rows = conn.execute(self._sql["prints"], (names,)).fetchall()
        return {rid: (type_name, key) for rid, type_name, key in rows}

    def check(self) -> Iterator[FileProblem]:
        """Every row that cannot be read as a record (edited by hand in the database, or of a
        record type whose plugin is not installed here), for ``kmcore validate``."""
        self._check_open()
        for type_name, record_id, data in self._rows(None):
            where = self._row_path(type_name, record_id)
            if type_name not in self._specs:
                yield FileProblem(path=where, problem=Problem(
                    "$.type", f"{type_name!r} is not a record type installed here; install "
                    "the plugin that adds it"))
                continue
            try:
                self._decode(type_name, record_id, data)
            except ValidationError as exc:
                for problem in exc.problems:
                    yield FileProblem(path=where, problem=problem)

    def changes(self, cursor: str | None = None) -> tuple[list[Change], str]:
        """Changes after *cursor* (all of them when None), oldest first, and the next cursor.
        Only changes to records this role may read are listed, and the withdrawal of a
        record it could read and no longer can (no longer shared), as a ``delete``."""
        after = self._parse_cursor(cursor)
        with self._db("read the change feed") as conn:
            if after:
                last = conn.execute(self._sql["last"]).fetchone()
                if last is None or after > int(last[0]):
                    raise StoreError(f"the change feed cursor {cursor!r} is ahead of the feed "
                                     f"in {self._where()}", hint=_CURSOR_HINT)
            rows = conn.execute(self._sql["changes"], (after,)).fetchall()
        found = [Change(cursor=self._cursor(seq), op=cast(Literal["put", "delete"], op),
                        record_type=type_name, record_id=rid, revision=revision, at=at)
                 for seq, op, type_name, rid, revision, at in rows]
        return found, (found[-1].cursor if found else self._cursor(after))

    def wait(self, cursor: str | None, timeout: float) -> tuple[list[Change], str]:
        """Like :meth:`changes`, but if there is nothing new yet, wait up to *timeout* seconds
        for a change to be committed (``LISTEN``): a long-running reader (the search index,
        an intranet app) follows the knowledge base live without polling."""
        listener = self._listen()
        found, next_cursor = self.changes(cursor)
        if found:
            return found, next_cursor
        try:
            for _ in listener.notifies(timeout=timeout, stop_after=1):
                break
        except psycopg.Error as exc:
            self._drop_listener()
            raise database_error(exc, self.settings, "could not wait for changes") from None
        return self.changes(cursor)

    def _listen(self) -> Conn:
        self._check_open()
        if self._listener is None or self._listener.closed:
            conn = connect(self.settings, autocommit=True)
            conn.execute(sql.SQL("LISTEN {c}").format(
                c=sql.Identifier(layout.channel(self.settings.schema))))
            self._listener = conn
        return self._listener

    def _drop_listener(self) -> None:
        if self._listener is not None:
            with contextlib.suppress(psycopg.Error):
                self._listener.close()
            self._listener = None

    # --- writing ---------------------------------------------------------------------------

    def put(self, record: R, *, audit: AuditEntry | None = None) -> R:
        """Create (``revision`` 0) or update (``revision`` N) a record; return it as stored.
        *audit* (the knowledge base's audit log entry for it) is written in the same
        transaction.

        Raises :class:`~kmcore.errors.Conflict` when creating an id already in use, or when
        the stored revision is no longer N; :class:`~kmcore.errors.StoreError` when this role
        may not write the record (another organisation's).
        """
        spec, record_id, expected = self._checked(record)
        stored = at_revision(record, expected + 1)
        text = _json(stored)

        def save(conn: Conn) -> None:
            row = conn.execute(self._sql["put"], (text, expected)).fetchone()
            if row is None or row[0] is None:
                conn.rollback()
                raise self._refused(conn, spec, record_id, expected, "update")
            if audit is not None:
                conn.execute(self._sql["audit"], (_entry_json(audit),))

        self._write(f"save {spec.name} {record_id!r}", save)
        return stored

    def put_many(self, records: Iterable[R], *, audit: AuditEntry | None = None,
                 plain: Sequence[str | None] | None = None,
                 handed_over: bool = False) -> list[R]:
        """Save a batch of records, each created (``revision`` 0) or updated (``revision`` N)
        as :meth:`put` would; return them as stored, in the order given. *audit* (one audit
        log entry for the whole batch) is written in the same transaction.

        The whole batch is one transaction of a few statements, however long it is: the rows
        to update are locked in id order, the new ones inserted by one ``INSERT ... ON
        CONFLICT DO NOTHING``, the others updated by one ``UPDATE ... FROM`` the batch whose
        ``WHERE revision = N`` is the revision check, and the change feed rows added by one
        ``INSERT`` in the batch's order. If any record was not written (a
        :class:`~kmcore.errors.Conflict`, or a record this role may not change) the
        transaction is rolled back: nothing of the batch is saved and the feed is unchanged.

        *plain* (optional): for each record the JSON text of the data ``codec.to_dict``
        gives for it (without its revision), or None; given, that text is saved (at the new
        revision) rather than made again from the record: the record's plain data and its
        JSON text were about half of a bulk save's own work (D842, D843). The server parses
        the text anyway (``jsonb``), so any key order and layout will do.

        *handed_over*: the caller holds these records no more (an import's), so once the
        batch is committed each is given its new revision in place and returned, rather than
        copied at it before (about 7 µs a record; D1173). A batch refused or failed leaves
        them as they were given.
        """
        planned: list[tuple[RecordTypeSpec, str, int, R, dict[str, Any] | str]] = []
        seen: set[str] = set()
        # The type is a class's (record_type is a class variable): looked up and checked
        # once per class of the batch, not per record (D1342).
        specs: dict[type, RecordTypeSpec] = {}
        for n, record in enumerate(records):
            spec, record_id, expected = self._checked(record, specs.get(type(record)))
            specs[type(record)] = spec
            if record_id in seen:
                raise StoreError(f"{spec.name} {record_id!r} is twice in one batch",
                                 hint="Save each record once per batch.")
            seen.add(record_id)
            stored = record if handed_over else at_revision(record, expected + 1)
            # Plain data now, JSON text below: one json.dumps for all the batch's rows rather
            # than one each, as its per-call cost was a share of a bulk save (D235).
            text = plain[n] if plain is not None and n < len(plain) else None
            planned.append((spec, record_id, expected, stored,
                            _at(codec.to_dict(stored), expected + 1, handed_over)
                            if text is None
                            # The revision last: the text has none (a new record's is 0,
                            # left out), so the key is there once.
                            else f'{text[:-1]},"revision":{expected + 1}}}'))
        if not planned:
            return []
        updates = sorted((p for p in planned if p[2] > 0), key=lambda p: p[1])
        creates = sorted((p for p in planned if p[2] == 0), key=lambda p: p[1])
        update_text = _json_array([p[4] for p in updates])
        create_text = _json_array([p[4] for p in creates])

        def save(conn: Conn) -> None:
            with conn.cursor() as cur:
                written: dict[str, tuple[str, str]] = {}
                # Every row lock before the feed lock (D1490): the rows to update locked in id
                # order, so two batches touching the same records queue rather than deadlock;
                # then the new ids inserted (which waits for another save creating the same id);
                # only then the UPDATE, whose withdrawal trigger (schema version 4) takes the feed
                # lock. Updating before inserting held the feed lock while waiting for a new id
                # that a single save had inserted and was waiting on the feed lock to finish.
                if updates:
                    cur.execute(self._sql["lock"], ([p[1] for p in updates],))
                if creates:
                    cur.execute(self._sql["insert_many"], (create_text,))
                    written.update((row[0], (row[1], row[2])) for row in cur.fetchall())
                if updates:
                    cur.execute(self._sql["update_many"], (update_text,))
                    written.update((row[0], (row[1], row[2])) for row in cur.fetchall())
                missing = next((p for p in planned if p[1] not in written), None)
                if missing is not None:
                    conn.rollback()
                    raise self._refused(conn, missing[0], missing[1], missing[2], "update")
                # The feed lock last, as put_record() takes it: this transaction then holds only
                # row locks while it waits, and the feed's seq order is its commit order.
                cur.execute("SELECT pg_advisory_xact_lock(hashtext(%s))",
                            (layout.feed_lock_key(self.settings.schema),))
                feed = json.dumps([(p[0].name, p[1], p[2] + 1, *written[p[1]]) for p in planned])
                channel = layout.channel(self.settings.schema)
                if audit is None:
                    cur.execute(self._sql["feed_many"], (feed, channel))
                else:
                    cur.execute(self._sql["feed_many_audit"], (feed, _entry_json(audit), channel))

        self._write(f"save a batch of {len(planned)} records", save)
        if handed_over:  # committed: each takes its new revision, as at_revision gives it
            for p in planned:
                object.__setattr__(p[3], "revision", p[2] + 1)
        return [p[3] for p in planned]

    def delete(
        self, record_type: str, record_id: str, *, expected_revision: int | None = None,
        audit: AuditEntry | None = None,
    ) -> None:
        """Remove a record; NotFound if there is none, Conflict if *expected_revision* is given
        and no longer the stored one. *audit* is written in the same transaction."""
        spec = self._spec(record_type)
        record_id = check_id(record_id)

        def remove(conn: Conn) -> None:
            row = conn.execute(self._sql["delete"],
                               (spec.name, record_id, expected_revision)).fetchone()
            if row is None or row[0] is None:
                conn.rollback()
                raise self._refused(conn, spec, record_id, expected_revision, "delete")
            if audit is not None:
                conn.execute(self._sql["audit"], (_entry_json(audit),))

        self._write(f"delete {spec.name} {record_id!r}", remove)

    def restore(self, records: Iterable[Record]) -> int:
        """Write records exactly as given, revisions included, creating or replacing each
        (for ``kmcore store copy``: a copy keeps every record's revision). All land in one
        transaction, or none; each gets a change feed entry. Returns how many were written."""
        count = 0
        rows: list[tuple[str, str, int, str]] = []
        for record in records:
            spec = self._spec_of(record)
            rid = check_id(record.id)
            if record.revision < 1:
                raise StoreError(f"{spec.name} {rid!r} has revision {record.revision}; only "
                                 "saved records can be copied", hint="Save it first.")
            rows.append((rid, spec.name, record.revision, _json(record)))
        if not rows:
            return 0
        insert = sql.SQL(
            "INSERT INTO {s}.records AS r (id, type, revision, data) "
            "VALUES (%s, %s, %s, %s::jsonb) ON CONFLICT (id) DO UPDATE SET type = "
            "excluded.type, revision = excluded.revision, data = excluded.data, "
            "updated_at = now()").format(s=self._s)
        feed = sql.SQL(
            "INSERT INTO {s}.changes (op, type, id, revision, owner_org, visibility) "
            "SELECT 'put', type, id, revision, owner_org, visibility FROM {s}.records "
            "WHERE id = ANY(%s) ORDER BY type, id").format(s=self._s)
        with self._db("copy records in") as conn, conn.cursor() as cur:
            # The feed lock first: this transaction writes many rows, and taking the lock
            # after a row lock could deadlock with a writer waiting for one of those rows.
            cur.execute("SELECT pg_advisory_xact_lock(hashtext(%s))",
                        (layout.feed_lock_key(self.settings.schema),))
            cur.executemany(insert, rows)
            cur.execute(feed, ([r[0] for r in rows],))
            cur.execute("SELECT pg_notify(%s, 'copy')", (layout.channel(self.settings.schema),))
            count = len(rows)
        return count

    def audit_entries(self) -> Iterator[AuditEntry]:
        """The audit log kept in the database, oldest first (a trust's role reads its own
        organisation's entries; a hub administrator every entry)."""
        with self._db("read the audit log") as conn:
            rows = conn.execute(self._sql["audit_read"]).fetchall()
        for (data,) in rows:
            data["fields"] = tuple(data.get("fields", ()))
            yield AuditEntry(**data)

    def add_audit_entries(self, entries: list[AuditEntry]) -> int:
        """Append *entries* as they are, oldest first, in one transaction (``kmcore store
        copy`` bringing the folder's audit log along); returns how many were added."""
        if not entries:
            return 0
        with self._db(f"copy {len(entries)} audit log entries in") as conn, \
                conn.cursor() as cur:
            cur.executemany(self._sql["audit"], [(_entry_json(e),) for e in entries])
        return len(entries)

    def forget_id(self, record_id: str, pseudonym: str, *,
                  actors: Collection[str] = ()) -> int:
        """Replace *record_id* by *pseudonym* in the change feed and the audit log, and make
        *pseudonym* the ``who`` of the audit entries one of *actors* made (the person's own
        logins, compared as :func:`kmcore.backend.actor_key` does), in one transaction
        (``kmcore person forget`` erasing a person whose id holds their name); returns how
        many entries changed. Every entry about the record is reached, whoever wrote it; the
        person's logins are replaced in the caller's organisation's entries and the hub
        administrators' (in every entry for a hub administrator). A trust's role may do it
        only for a record that was its own organisation's, and the database refuses it
        (StoreError) otherwise. If another organisation's entries still name one of the
        logins afterwards, a StoreError says which (the rest is erased and committed)."""
        record_id = check_id(record_id)
        keys = sorted({actor_key(a) for a in actors} - {""})
        what = f"erase {record_id!r} from the change feed and the audit log"
        with self._db(what) as conn:
            # The database function does it all, in this transaction: no kmcore role may
            # change the feed or the audit log itself (schema version 3, D1472), and a trust's
            # role cannot read the hub administrators' entries it must reach (D1491).
            row = conn.execute(self._sql["forget"], (record_id, pseudonym, keys)).fetchone()
            left = conn.execute(self._sql["forget_unreached"], (record_id, keys)).fetchall()
        if left:
            raise StoreError(
                f"erased {record_id!r} from the change feed and the audit log, but other "
                f"organisations' {_unreached(left)} still name the person, and your "
                "organisation's role may not change them",
                hint=f"Ask a hub administrator to run, signed in as one: SELECT "
                     f"{self.schema}.forget_id('{pseudonym}', '{pseudonym}', ARRAY[...]) "
                     "with the person's logins, lower-case and without a domain, in the "
                     "ARRAY; it reaches every organisation's entries.")
        return int(row[0]) if row and row[0] is not None else 0

    def check_forget_id(self, record_id: str, *, actors: Collection[str] = (),
                        records: Collection[str] = ()) -> None:
        """Raise :class:`~kmcore.errors.StoreError`, changing nothing, if the erasure of
        *record_id* could not be completed by this role: :meth:`forget_id` would be refused
        (a trust's role erasing a record that was not only its organisation's), one of
        *records* (those the erasure is to change) is another organisation's, or another
        organisation's records this role cannot read refer to *record_id*, or its audit
        entries name one of *actors* (the person's logins) as who. ``kmcore person forget``
        asks before it changes anything, so an erasure is never left half done nor reported
        complete when it is not."""
        record_id = check_id(record_id)
        keys = sorted({actor_key(a) for a in actors} - {""})
        what = f"erase {record_id!r} from the change feed and the audit log"
        with self._db(what) as conn:
            # The erasure itself, rolled back: the rule is the database function's own.
            try:
                conn.execute(self._sql["forget"], (record_id, "forgotten-000000000000", []))
            except psycopg.errors.InsufficientPrivilege as exc:
                conn.rollback()
                raise StoreError(
                    f"cannot erase {record_id!r} from the change feed and the audit log: "
                    f"{reason_of(exc)}; nothing was changed",
                    hint="Part of its history belongs to another organisation: ask a hub "
                         "administrator to run kmcore person forget for you.") from None
            conn.rollback()
            wanted = sorted(set(records))
            mine = {row[0] for row in conn.execute(self._sql["writable"], (wanted,))}
            conn.rollback()  # the row locks
            left = conn.execute(self._sql["forget_unreached"], (record_id, keys)).fetchall()
        theirs = [rid for rid in wanted if rid not in mine]
        problems = []
        if theirs:
            problems.append(f"the records {', '.join(theirs)} name the person but are "
                            "another organisation's")
        if left:
            problems.append(f"other organisations' {_unreached(left)} name the person")
        if problems:
            raise StoreError(
                f"cannot erase {record_id!r} completely: {'; '.join(problems)}, and your "
                "organisation's role may not change them; nothing was changed",
                hint="Ask a hub administrator to run kmcore person forget: theirs reaches "
                     "every organisation's records and audit entries.")

    def close(self) -> None:
        """Close the connections; calling it twice is fine."""
        if self._closed:
            return
        self._closed = True
        self._drop_listener()
        self._pool.close()

    # --- internals ---------------------------------------------------------------------------

    def _write(self, what: str, body: Callable[[Conn], None]) -> None:
        """Run *body* in one transaction (see :meth:`_db`). A transaction the server ended to
        break a deadlock, or for a serialisation failure, was rolled back whole, so it is run
        again from the start, up to :data:`_ATTEMPTS` times (D1493): a save then ends landed
        or with Conflict (its revision check is run again), never with the server's error.
        kmcore's own writes take their locks in one order (D1490); this covers a transaction
        of someone else's (the owner's hand-written SQL) taking them in another."""
        for attempt in range(1, _ATTEMPTS + 1):
            try:
                with self._db(what, retry=attempt < _ATTEMPTS) as conn:
                    body(conn)
                return
            except _TryAgain:
                log.info("could not %s (attempt %d): the server broke a deadlock; "
                         "trying again", what, attempt)
                time.sleep(random.uniform(0.01, 0.05) * attempt)

    @contextlib.contextmanager
    def _db(self, what: str, *, retry: bool = False) -> Iterator[Conn]:
        """A pooled connection whose transaction commits at the end of the block (rolled
        back if it raises); database failures become a StoreError saying what to do
        (*retry*: a deadlock or serialisation failure raises _TryAgain instead)."""
        self._check_open()
        try:
            with self._pool.connection() as conn:
                yield conn
        except (psycopg.errors.DeadlockDetected, psycopg.errors.SerializationFailure) as exc:
            if retry:
                raise _TryAgain from None
            raise StoreError(
                f"could not {what}: the database broke off this change to end a deadlock "
                f"with another one ({reason_of(exc)}), {_ATTEMPTS} times; nothing of it was "
                "saved", hint="Try again; if it keeps happening, look for a program holding "
                              "locks on the records for long (pg_stat_activity).") from None
        except PoolTimeout:
            raise StoreError(
                f"could not {what}: no connection to {self._where()} within "
                f"{self.settings.connect_timeout} s",
                hint="Check that the server is running and reachable (`kmcore doctor`), "
                     "or raise pool_size in [store] if many threads share this program.",
            ) from None
        except psycopg.Error as exc:
            raise database_error(exc, self.settings, f"could not {what}") from None

    def _refused(self, conn: Conn, spec: RecordTypeSpec, record_id: str,
                 expected: int | None, verb: str) -> Exception:
        """Why a write found nothing to change: a conflict, a missing record, or a record this
        role may read but not change."""
        found = conn.execute(self._sql["find"], (record_id,)).fetchone()
        if verb == "update" and expected == 0:
            what = f"a {found[0]} record" if found else "a record you cannot see"
            return Conflict(
                f"cannot create {spec.name} {record_id!r}: the id is already used by {what}",
                hint="Choose another id, or leave the id out to have one generated. To change "
                     "the existing record, read it, change it and save that.",
            )
        if found is None or found[0] != spec.name:
            if verb == "delete":
                message = f"no {spec.name} has the id {record_id!r} in {self._where()}"
                if found is not None:
                    message += f" ({record_id!r} is a {found[0]})"
                return NotFound(message, hint=_NOT_FOUND_HINT)
            now = f"it is now a {found[0]} record" if found else "it has been deleted since"
            return Conflict(
                f"cannot {verb} {spec.name} {record_id!r} (read at revision {expected}): {now}",
                hint="Re-read it; to bring it back, save it as a new record (revision 0).",
            )
        current = int(found[1])
        if expected is not None and current != expected:
            return Conflict(
                f"cannot {verb} {spec.name} {record_id!r}: it was read at revision {expected}, "
                f"but the stored record is at revision {current}; somebody else saved it "
                "meanwhile",
                hint="Re-read it, re-apply your change, and save again.",
            )
        owner = found[2] or "no organisation"
        return StoreError(
            f"cannot {verb} {spec.name} {record_id!r}: it belongs to {owner}, and your "
            "database role may change only its own organisation's records",
            hint="Ask the owning organisation, or a hub administrator, to make the change.",
        )

    def _decode(self, type_name: str, record_id: str, data: Any) -> Record:
        try:
            record = codec.from_dict(data, self._classes)
        except ValidationError as exc:
            raise ValidationError(str(self._row_path(type_name, record_id)), exc.problems,
                                  hint="Correct the row in the database, or delete the "
                                       "record.") from None
        if record.record_type != type_name or record.id != record_id:
            raise ValidationError(str(self._row_path(type_name, record_id)), [
                Problem("$", "the record's id or type does not match its row")])
        return record

    def _row_path(self, type_name: str, record_id: str) -> Path:
        return Path(self.settings.schema, "records", type_name, record_id)

    def _cursor(self, seq: int) -> str:
        return f"pg1:{self._feed_id}:{seq}"

    def _parse_cursor(self, cursor: str | None) -> int:
        if cursor is None:
            return 0
        match = _CURSOR.match(cursor) if isinstance(cursor, str) else None
        if match is None:
            raise StoreError(f"{cursor!r} is not a change feed cursor of this store",
                             hint=_CURSOR_HINT)
        if match.group(1) != self._feed_id:
            raise StoreError(
                f"the change feed cursor {cursor!r} belongs to another knowledge base or to "
                "a feed that was since recreated", hint=_CURSOR_HINT)
        return int(match.group(2))

    def _where(self) -> str:
        return self.settings.describe()

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError(f"the store at {self._where()} has been closed",
                             hint="Open the knowledge base again.")

    def _spec(self, record_type: str) -> RecordTypeSpec:
        self._check_open()
        spec = self._specs.get(record_type)
        if spec is None:
            known = ", ".join(self._specs) or "none"
            raise NotFound(
                f"this knowledge base has no record type {record_type!r} (it has: {known})",
                hint="Check the spelling, or install the plugin that adds that record type.",
            )
        return spec

    def _checked(self, record: Record, spec: RecordTypeSpec | None = None,
                 ) -> tuple[RecordTypeSpec, str, int]:
        """The record's type spec, its id and the revision it was read at, each checked
        (*spec*: the one this method gave for another record of the same class)."""
        if spec is None:
            spec = self._spec_of(record)
        record_id = check_id(record.id)
        expected = record.revision
        if type(expected) is not int or expected < 0:
            raise StoreError(
                f"{spec.name} {record_id!r} has revision {expected!r}; a revision is a whole "
                "number from 0",
                hint="Pass the record as the store returned it (0 for a new record).",
            )
        return spec, record_id, expected

    def _spec_of(self, record: Record) -> RecordTypeSpec:
        spec = self._spec(record.record_type)
        if type(record) is not spec.cls:
            raise StoreError(
                f"a {type(record).__name__} says it is a {spec.name!r} record, but this "
                f"knowledge base stores {spec.name!r} records as {spec.cls.__name__}",
                hint="Two plugins may be registering the same record type name.",
            )
        return spec


def _unreached(rows: list[tuple[Any, ...]]) -> str:
    """``audit entries or unshared records (RTH: 1 audit entry, 2 records)``, from
    forget_unreached's rows (organisation, entries, records)."""
    def counted(n: int, one: str, many: str) -> list[str]:
        return [f"{n} {one if n == 1 else many}"] if n else []

    each = "; ".join(
        f"{org or 'no organisation'}: " + ", ".join(
            counted(int(entries), "audit entry", "audit entries")
            + counted(int(records), "record it has not shared", "records it has not shared"))
        for org, entries, records in rows)
    return f"audit entries or unshared records ({each})"


def _entry_json(entry: AuditEntry) -> str:
    return _compact(entry.to_dict())


def _json(record: Record) -> str:
    return _compact(codec.to_dict(record))


def _json_array(items: list[dict[str, Any] | str]) -> str:
    """A JSON array of records given as plain data or as JSON text already: one json.dumps
    for all the plain data when there is no text (D235)."""
    if not any(isinstance(item, str) for item in items):
        return _compact(items)
    return "[" + ",".join(item if isinstance(item, str) else _compact(item)
                          for item in items) + "]"


def _compact(data: Any) -> str:
    """JSON text without spaces: jsonb keeps none of the layout, so none is sent."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _log_problem(problem: FileProblem) -> None:
    log.warning("skipping %s", problem)


def _at(data: dict[str, Any], revision: int, handed_over: bool) -> dict[str, Any]:
    """*data* (a record's to_dict) at *revision*: a record handed over still holds its
    revision before the batch (D1173), so its data is given the new one here."""
    if handed_over:
        data["revision"] = revision
    return data
