"""``KnowledgeBase``: the facade trust developers use from intranet code.

>>> import kmcore
>>> with kmcore.open("path/to/kb") as kb:                     # doctest: +SKIP
...     for innovation in kb.query("innovation", stage="implemented"):
...         print(innovation.title)

Records are frozen: change one with :func:`attrs.evolve` and pass it to :meth:`update`, which
refuses it with :class:`~kmcore.errors.Conflict` if somebody saved the record meanwhile.
"""

from __future__ import annotations

import datetime as dt
import difflib
import logging
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar, cast, overload

import attrs

from kmcore.config import KBSettings, find_kb_root, load_settings, write_settings
from kmcore.errors import ConfigError, KmcoreError, NotFound, Problem, ValidationError
from kmcore.ids import check_id
from kmcore.records._fields import collect_problems
from kmcore.records.base import OrgRef, Record
from kmcore.store.base import AuditingStore, Change, FileProblem, Store, put_many

if TYPE_CHECKING:
    from kmcore.audit import AuditEntry
    from kmcore.background_saves import BackgroundSaves
    from kmcore.plugins import Plugins
    from kmcore.search.connections import Connection
    from kmcore.search.experts import Expert
    from kmcore.search.index import SearchIndex, SearchResults
    from kmcore.specs import RecordTypeSpec
    from kmcore.sync.model import TargetConfig

__all__ = ["KnowledgeBase", "init", "open", "open_store"]

R = TypeVar("R", bound=Record)
_log = logging.getLogger("kmcore.kb")
PathLike = str | os.PathLike[str]


def _now() -> dt.datetime:
    # Whole seconds keep files readable; ordering within a second comes from revisions.
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


class KnowledgeBase:
    """A knowledge base: a store of records plus its settings and plugins.

    Build one with :func:`kmcore.open` or :func:`kmcore.init` rather than directly.
    """

    def __init__(self, root: Path, settings: KBSettings, store: Store, plugins: Plugins) -> None:
        self.root = root
        self.settings = settings
        self.store = store
        self.plugins = plugins
        #: Who the audit log names for changes made through this object (default: the
        #: operating system login, or ``KMCORE_ACTOR``), and through what (``kmcore import``).
        from kmcore.audit import current_actor

        self.actor: str = current_actor()
        self.via: str = "python"
        #: Record files that could not be read during the last iteration (see :meth:`records`).
        self.unreadable: list[FileProblem] = []
        self._search_index: SearchIndex | None = None

    # --- context manager ------------------------------------------------------------------

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Release the store. The knowledge base cannot be used afterwards."""
        if self._search_index is not None:
            self._search_index.close()
            self._search_index = None
        self.store.close()

    def __repr__(self) -> str:
        return f"<KnowledgeBase {self.settings.name!r} at {self.root}>"

    # --- record types ----------------------------------------------------------------------

    @property
    def types(self) -> dict[str, RecordTypeSpec]:
        """The record types this knowledge base can hold, by name (built-ins and plugins')."""
        return self.plugins.record_types()

    @property
    def classes(self) -> Mapping[str, type[Record]]:
        """The record classes by type name, as :func:`kmcore.codec.from_dict` wants them
        (each class is imported when it is first looked up)."""
        from kmcore.specs import RecordClasses

        return RecordClasses(self.types)

    def type_spec(self, name: str) -> RecordTypeSpec:
        """The spec of record type *name*; :class:`NotFound` with suggestions if unknown."""
        types = self.types
        if name in types:
            return types[name]
        by_folder = {spec.folder: spec for spec in types.values()}
        if name in by_folder:  # "innovations" is what people type after seeing the folders
            return by_folder[name]
        guess = difflib.get_close_matches(name, [*types, *by_folder], n=1)
        hint = f"Did you mean '{guess[0]}'? " if guess else ""
        raise NotFound(
            f"there is no record type called {name!r}",
            hint=f"{hint}Known types: {', '.join(sorted(types))}.",
        )

    # --- reading ---------------------------------------------------------------------------

    def get(self, record_id: str, record_type: str | None = None) -> Record:
        """The record with this id (of any type unless *record_type* is given)."""
        check_id(record_id)
        if record_type is None:
            record_type = self.store.locate(record_id)
        return self.store.get(self.type_spec(record_type).name, record_id)

    def records(self, record_type: str | None = None) -> Iterator[Record]:
        """Every readable record, of one type or all; unreadable files go to :attr:`unreadable`.

        A corrupt file never stops the iteration: ``kmcore validate`` reports it in full.
        """
        self.unreadable = []
        name = self.type_spec(record_type).name if record_type else None
        yield from self.store.scan(name, on_error=self.unreadable.append)

    __iter__ = records

    @overload
    def query(self, record_type: type[R], /, *, where: Callable[[R], bool] | None = ...,
              **filters: Any) -> list[R]: ...
    @overload
    def query(self, record_type: str | None = ..., /, *,
              where: Callable[[Record], bool] | None = ..., **filters: Any) -> list[Record]: ...

    def query(self, record_type: Any = None, /, *, where: Any = None, **filters: Any) -> list[Any]:
        """Records of a type (a name like ``"innovation"`` or the class) matching every filter.

        A filter compares a field with a value; for list fields (``keywords``, ``team``...) it
        matches when the value is one of the items. ``where`` takes any predicate::

            kb.query("innovation", stage="implemented", department="Cardiology")
            kb.query(Story, where=lambda s: (s.time_saved_hours or 0) > 10)
        """
        if isinstance(record_type, type) and issubclass(record_type, Record):
            record_type = record_type.record_type
        specs = [self.type_spec(record_type)] if record_type else list(self.types.values())
        for key in filters:
            if not any(key in attrs.fields_dict(s.cls) or hasattr(s.cls, key) for s in specs):
                fields = sorted({f for s in specs for f in attrs.fields_dict(s.cls)})
                guess = difflib.get_close_matches(key, fields, n=1)
                raise KmcoreError(
                    f"cannot filter on {key!r}: no {record_type or 'record'} has that field",
                    hint=f"Did you mean '{guess[0]}'?" if guess else "See docs/records.md.",
                )
        found = []
        for record in self.records(record_type):
            if all(_matches(record, key, value) for key, value in filters.items()) and (
                where is None or where(record)
            ):
                found.append(record)
        return found

    def count(self, record_type: str | None = None) -> int:
        """How many readable records there are (of one type, or all)."""
        return sum(1 for _ in self.records(record_type))

    # --- searching -------------------------------------------------------------------------

    def search_index(self) -> SearchIndex:
        """The search index (``.kmcore/cache/search.sqlite3``), opened on first use; built
        from the records if it is missing, damaged or out of date. See docs/search.md."""
        if self._search_index is None:
            from kmcore.search.index import SearchIndex

            self._search_index = SearchIndex(self)
        return self._search_index

    def search(self, query: str, *, limit: int = 10, offset: int = 0, people: int = 0,
               **filters: Any) -> SearchResults:
        """Records matching *query*, best first, with highlighted snippets.

        Filters are :class:`kmcore.search.Filters` fields: ``types``, ``stage``,
        ``department``, ``organisation``, ``subject``, ``staff_group``, ``date_from``,
        ``date_to``, ``updated_since``, ``visibility``, ``status``, ``include_confidential``::

            kb.search("falls prevention", types="innovation", stage="implemented")

        People are not ranked among the records unless ``types`` asks for them; with
        *people* > 0, up to that many matching people come back apart, in
        ``results.people``.
        """
        from kmcore.search.index import Filters

        return self.search_index().search(query, _filters(Filters, filters), limit=limit,
                                          offset=offset, people=people)

    def experts(self, query: str, *, limit: int = 10,
                audience: TargetConfig | None = None) -> list[Expert]:
        """People to ask about *query*, best first, each with the evidence for them
        (declared and endorsed expertise, and the records they are linked to).

        Without *audience* this is the librarian's view: evidence may cite drafts and private
        records. With it (a target's configuration), only what the publication gates would
        publish to that target is shown (see :meth:`Expert.for_audience`).
        """
        from kmcore.search.experts import find_experts

        found = find_experts(self.search_index(), query,
                             limit=limit if audience is None else max(limit * 3, limit + 20))
        if audience is None:
            return found
        shown = [e for e in (x.for_audience(self, audience) for x in found) if e is not None]
        return shown[:limit]

    def related(self, record: Record | str, *, limit: int = 10) -> list[Connection]:
        """Records related to *record* (shared subjects, people, links, telling words), each
        with the reasons."""
        from kmcore.search.connections import related

        target = record if isinstance(record, Record) else self.get(record)
        return related(self.search_index(), target, limit=limit)

    def similar_innovations(self, record: Record, *, limit: int = 5) -> list[Connection]:
        """Innovations already recorded that look like *record* (saved or not): the
        "similar innovation already recorded?" check."""
        from kmcore.search.connections import similar_innovations

        return similar_innovations(self.search_index(), record, limit=limit)

    def lessons_for(self, record: Record | str, *, limit: int = 10) -> list[Connection]:
        """Lessons from earlier work that apply to a Before Action Review, Peer Assist or
        other capture record ("learning before doing")."""
        from kmcore.search.connections import lessons_for

        target = record if isinstance(record, Record) else self.get(record)
        return lessons_for(self.search_index(), target, limit=limit)

    # --- writing ---------------------------------------------------------------------------

    def add(self, record: R) -> R:
        """Save a new record and return it as stored (with its revision and timestamps).

        Fills ``owner_org`` from the knowledge base's settings when left out. Raises
        :class:`ValidationError` listing every problem, or :class:`~kmcore.errors.Conflict`
        if the id is already taken.
        """
        self._check_known(record)
        if record.revision != 0:
            raise KmcoreError(
                f"{record.record_type} {record.id!r} was read from a store (revision "
                f"{record.revision}), so it cannot be added again",
                hint="Use update() to change it, or evolve(record, id=new_id(), revision=0) "
                "to copy it.",
            )
        now = _now()
        record = attrs.evolve(
            record,
            owner_org=record.owner_org or self._default_org(),
            # Given timestamps are kept, so imported records keep their history.
            created_at=record.created_at or now,
            updated_at=record.updated_at or now,
        )
        self._validate(record)
        stored = self._put(record, None)
        self._emit("add", stored, None)
        return stored  # type: ignore[return-value]  # put() returns the same class it was given

    def update(self, record: R) -> R:
        """Save a changed record; the revision it carries must still be the stored one."""
        self._check_known(record)
        if record.revision == 0:
            raise KmcoreError(
                f"{record.record_type} {record.id!r} has never been saved (revision 0)",
                hint="Use add() for new records.",
            )
        previous = self.store.get(record.record_type, record.id)
        record = attrs.evolve(record, updated_at=_now())
        self._validate(record)
        stored = self._put(record, previous)
        self._emit("update", stored, previous)
        return stored  # type: ignore[return-value]  # put() returns the same class it was given

    def save_many(self, records: Iterable[Record], *, note: str = "",
                  checked: bool = False,
                  plain: Sequence[str | None] | None = None) -> list[Record]:
        """Save a batch of records at once: those at revision 0 are added, the others updated.

        For bulk work such as an import. Each record is checked as :meth:`add` and
        :meth:`update` check it, and the store saves the batch together
        (:func:`kmcore.store.base.put_many`: with the local store one lock and one flush to
        disk for the whole batch). The audit log gets **one** entry for the batch, with how
        many records it added and updated and *note* (say where they came from); the
        change feed still has one entry per record, and plugins hear of each record.

        :param checked: the records were validated just before (as an import does for each
            row): their rules are not run a second time.
        :param plain: for each record, the JSON text of exactly the data
            :func:`kmcore.codec.to_dict` gives for it (keys in any order), or None: a store
            that takes it (PostgreSQL) saves that rather than making it again (D842, D843).
            Dropped for a record this method changes.
        """
        ready = self._batch_ready(records, note=note, checked=checked, plain=plain)
        if ready is None:
            return []
        batch, previous, entry, known_plain = ready
        stored = self._batch_write(batch, entry, known_plain)
        self._batch_heard(stored, previous)
        return stored

    def background_saves(self, *, depth: int = 1) -> BackgroundSaves:
        """Save batches on one writer thread while the caller makes the next (an import):
        :meth:`BackgroundSaves.save` takes what :meth:`save_many` takes, and each batch is
        saved as ``save_many`` saves it, in order; a failure is raised on the caller's
        thread by the next ``save`` or by ``close`` (see :mod:`kmcore.background_saves`)."""
        from kmcore.background_saves import BackgroundSaves

        return BackgroundSaves(self, depth=depth)

    # The three steps of save_many, apart for BackgroundSaves: ready (the caller's thread),
    # write (the writer thread), heard (the caller's thread again).

    def _batch_ready(self, records: Iterable[Record], *, note: str, checked: bool,
                     plain: Sequence[str | None] | None,
                     ) -> tuple[list[Record], dict[str, Record | None], AuditEntry,
                                list[str | None] | None] | None:
        """A batch checked and stamped as save_many saves it, with the revisions it replaces,
        its audit entry and the JSON texts a store may take; None for an empty batch."""
        from kmcore.records._fields import replaced

        batch: list[Record] = []
        previous: dict[str, Record | None] = {}
        now = _now()
        # One OrgRef for the whole batch (it is frozen, so records may share it): building
        # it again for each record cost about a second per 100,000 rows (decision D235).
        default_org: OrgRef | None = None
        # A class's type is known or not for the whole batch: looked up once per class, not
        # per record (a copy of the registry each time, ~5 µs a row of an import; D841).
        known: set[type] = set()
        given = list(plain) if plain is not None else None
        plains: list[str | None] = []
        for n, record in enumerate(records):
            data = given[n] if given is not None and n < len(given) else None
            if type(record) not in known:
                self._check_known(record)
                known.add(type(record))
            # Owner and timestamps do not change what the rules say: checked once, below
            # (replaced() is attrs.evolve without rebuilding the record).
            if record.revision == 0:
                # A record that already has all three (an import's, D840) is saved as it is.
                if not (record.owner_org and record.created_at and record.updated_at):
                    if not record.owner_org and default_org is None:
                        default_org = self._default_org()
                    record = replaced(
                        record, owner_org=record.owner_org or default_org,
                        created_at=record.created_at or now,
                        updated_at=record.updated_at or now)
                    data = None
                previous[record.id] = None
            else:
                previous[record.id] = self.store.get(record.record_type, record.id)
                record = replaced(record, updated_at=now)
                data = None
            if not checked:
                self._validate(record)
            batch.append(record)
            plains.append(data)
        if not batch:
            return None
        entry = self._batch_entry(batch, previous, note)
        known_plain = plains if any(d is not None for d in plains) else None
        return batch, previous, entry, known_plain

    def _batch_write(self, batch: list[Record], entry: AuditEntry,
                     plain: list[str | None] | None, *,
                     handed_over: bool = False) -> list[Record]:
        """Write a batch made ready and its audit entry (any thread); return it as stored.
        *handed_over*: as :func:`kmcore.store.base.put_many` takes it (D1173)."""
        if self._audit_in_store:
            return put_many(self.store, batch, audit=entry, plain=plain,
                            handed_over=handed_over)
        stored = put_many(self.store, batch, plain=plain, handed_over=handed_over)
        from kmcore.audit import append_entry

        append_entry(self.root, entry)
        return stored

    def _batch_heard(self, stored: list[Record], previous: dict[str, Record | None]) -> None:
        """Tell the plugins of each record of a batch written."""
        for record in stored:
            before = previous.get(record.id)
            self._notify("add" if before is None else "update", record, before)

    def _batch_entry(self, batch: list[Record], previous: dict[str, Record | None],
                     note: str) -> AuditEntry:
        from kmcore.audit import AuditEntry

        added = sum(1 for r in batch if previous.get(r.id) is None)
        types = sorted({r.record_type for r in batch})
        text = (f"{len(batch)} records in one batch: {added} added, "
                f"{len(batch) - added} updated")
        return AuditEntry(
            at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
            who=self.actor, via=self.via, op="batch", type=", ".join(types), id="",
            note=f"{text}; {note}" if note else text)

    def delete(self, record: Record | str, *, expected_revision: int | None = None) -> None:
        """Delete a record (given as a record, whose revision is checked, or as an id)."""
        if isinstance(record, Record):
            record_type, record_id = record.record_type, record.id
            expected_revision = record.revision if expected_revision is None else expected_revision
        else:
            record_id = check_id(record)
            record_type = self.store.locate(record_id)
        previous = self.store.get(record_type, record_id)
        if self._audit_in_store:
            entry = self._entry("delete", None, previous)
            cast(AuditingStore, self.store).delete(
                record_type, record_id, expected_revision=expected_revision, audit=entry)
        else:
            self.store.delete(record_type, record_id, expected_revision=expected_revision)
            self._append_audit("delete", None, previous)
        self._notify("delete", None, previous)

    # --- checking --------------------------------------------------------------------------

    def referrers(self, record_id: str) -> list[Record]:
        """Records that point at *record_id* (through a reference field or a link)."""
        return [r for r in self.records() if any(ref.target == record_id for ref in r.references())]

    def validate(self) -> list[FileProblem]:
        """Every problem in the knowledge base: unreadable or invalid files, dangling links."""
        from kmcore.records.links import dangling_references

        problems = list(self.store.check())
        readable = list(self.records())
        for record, reference, reason in dangling_references(readable):
            folder = self.types[record.record_type].folder
            problems.append(
                FileProblem(
                    path=Path(folder) / f"{record.id}.json",
                    problem=Problem(reference.path, reason, repr(reference.target)),
                )
            )
        return problems

    def audit_entries(self) -> Iterator[AuditEntry]:
        """The audit log, oldest first: from the store when it keeps it (a database), with
        any older entries still in ``.kmcore/audit.log``; else from that file (see
        :mod:`kmcore.audit`)."""
        from kmcore.audit import merged_entries, read_entries

        if self._audit_in_store:
            # Entries from before the store kept the log stay in the folder: shown too.
            return iter(merged_entries(self.root,
                                       cast(AuditingStore, self.store).audit_entries()))
        return read_entries(self.root)

    def changes(self, cursor: str | None = None) -> tuple[list[Change], str]:
        """The store's change feed after *cursor* (see :meth:`kmcore.store.base.Store.changes`)."""
        return self.store.changes(cursor)

    # --- helpers ---------------------------------------------------------------------------

    def _default_org(self) -> OrgRef:
        return OrgRef(name=self.settings.organisation, ods_code=self.settings.ods_code)

    def _check_known(self, record: Record) -> None:
        if not isinstance(record, Record):
            raise KmcoreError(
                f"expected a kmcore record, got {type(record).__name__}",
                hint="Build one of the record classes, e.g. kmcore.Innovation(...).",
            )
        self.type_spec(record.record_type)

    def _validate(self, record: Record) -> None:
        problems = collect_problems(record)
        if problems:
            raise ValidationError(f"{record.record_type} {record.id!r}", problems)

    @property
    def _audit_in_store(self) -> bool:
        """Whether the store keeps the audit log itself (a database writes each entry in the
        same transaction as the change it records); otherwise it is ``.kmcore/audit.log``."""
        return callable(getattr(self.store, "audit_entries", None))

    def _entry(self, op: str, record: Record | None, previous: Record | None) -> AuditEntry:
        from kmcore.audit import entry_for
        from kmcore.events import RecordChange

        subject = record or previous
        assert subject is not None  # one of the two always exists
        return entry_for(RecordChange(
            op=op,  # type: ignore[arg-type]
            record_type=subject.record_type, record_id=subject.id, record=record,
            previous=previous), who=self.actor, via=self.via)

    def _append_audit(self, op: str, record: Record | None, previous: Record | None) -> None:
        from kmcore.audit import append_entry

        append_entry(self.root, self._entry(op, record, previous))

    def _put(self, record: Record, previous: Record | None) -> Record:
        """Save one record and its audit entry (in the store's own transaction when it keeps
        the audit log, else appended to the file once the record is saved)."""
        op = "add" if previous is None else "update"
        if not self._audit_in_store:
            stored = self.store.put(record)
            self._append_audit(op, stored, previous)
            return stored
        # The entry names the revision the write will give the record.
        entry = attrs.evolve(self._entry(op, record, previous), revision=record.revision + 1)
        return cast(AuditingStore, self.store).put(record, audit=entry)

    def _emit(self, op: str, record: Record | None, previous: Record | None) -> None:
        self._notify(op, record, previous)

    def _notify(self, op: str, record: Record | None, previous: Record | None) -> None:
        if not self.plugins.listens("kmcore_record_changed"):
            return  # nobody to tell: no change to make for each record saved (D1172)
        from kmcore.events import RecordChange

        subject = record or previous
        assert subject is not None
        self._notify_change(RecordChange(
            op=op,  # type: ignore[arg-type]
            record_type=subject.record_type, record_id=subject.id, record=record,
            previous=previous))

    def _notify_change(self, change: Any) -> None:
        # The write is already durable: a failing listener is reported, never undoes it.
        for failure in self.plugins.notify_record_changed(kb=self, change=change):
            _log.warning(
                "plugin %r failed in kmcore_record_changed for %s %r: %s",
                failure.plugin, change.record_type, change.record_id, failure.error,
            )


def _filters(cls: Any, given: dict[str, Any]) -> Any:
    known = set(attrs.fields_dict(cls))
    unknown = sorted(set(given) - known)
    if unknown:
        guess = difflib.get_close_matches(unknown[0], sorted(known), n=1)
        raise KmcoreError(
            f"cannot filter a search on {unknown[0]!r}",
            hint=(f"Did you mean '{guess[0]}'? " if guess else "")
            + "Search filters: " + ", ".join(sorted(known)) + ".",
        )
    return cls(**given)


def _matches(record: Record, key: str, wanted: Any) -> bool:
    actual = getattr(record, key, None)
    if isinstance(actual, tuple) and not isinstance(wanted, tuple):
        return any(
            _same(item, wanted) or getattr(item, "person", None) == wanted for item in actual
        )
    return _same(actual, wanted)


def _same(actual: Any, wanted: Any) -> bool:
    """Equal, or equal as text: filters typed on a command line arrive as strings."""
    if actual == wanted:
        return True
    if not isinstance(wanted, str) or actual is None:
        return False
    if isinstance(actual, bool):
        return wanted.lower() == str(actual).lower()
    if isinstance(actual, int | float | dt.date):
        return str(actual) == wanted or (isinstance(actual, dt.date) and
                                         actual.isoformat() == wanted)
    return False


# --- opening and creating ------------------------------------------------------------------


def _build(root: Path, settings: KBSettings) -> KnowledgeBase:
    from kmcore.plugins import get_plugins

    plugins = get_plugins()
    plugins.load()
    store = open_store(root, settings, plugins)
    return KnowledgeBase(root, settings, store, plugins)


def open_store(
    root: Path, settings: KBSettings, plugins: Plugins, *, backend: str | None = None
) -> Store:
    """The store named by ``[store] backend`` in kmcore.toml (or *backend*), built by its
    plugin. The local store is built as ``factory(root, types)``; any other as
    ``factory(root, types, settings=...)`` with the rest of the ``[store]`` table, which it
    checks itself. Asking for ``local`` when another store is configured gives the local
    store (``kmcore store copy`` reads and writes both)."""
    from kmcore.config import store_selection

    configured, options = store_selection(settings)
    name = backend or configured
    spec = plugins.backend(name, kind="store")
    factory = plugins.load_factory(spec)
    if name == "local":
        store: Store = factory(root, plugins.record_types())
    else:
        if name != configured:
            raise ConfigError(
                f"the {name!r} store is not configured in {root / 'kmcore.toml'}",
                hint=f'Add a [store] table with backend = "{name}" and its settings.',
            )
        store = factory(root, plugins.record_types(), settings=options)
    return store


def open(path: PathLike | None = None) -> KnowledgeBase:
    """Open the knowledge base at *path* (or the nearest one above the current folder)."""
    start = Path(path) if path is not None else Path.cwd()
    if path is not None and not start.exists():
        raise NotFound(
            f"{start} does not exist",
            hint=f"Create a knowledge base there with: kmcore init {start}",
        )
    if path is not None and not start.is_dir():
        hint = (f"Open the folder that holds it: kmcore.open({str(start.parent)!r})"
                if start.name == "kmcore.toml" else
                "Give the knowledge base's folder (the one holding kmcore.toml).")
        raise ConfigError(f"{start} is a file, not a knowledge base folder", hint=hint)
    root = start.resolve() if path is not None else find_kb_root(start)
    if root is None:
        raise ConfigError(
            f"no knowledge base here: neither {start} nor a folder above it has a kmcore.toml",
            hint="Pass --kb PATH, set KMCORE_KB, or create one with: kmcore init PATH",
        )
    return _build(root, load_settings(root))


def init(
    path: PathLike,
    *,
    name: str = "Knowledge base",
    organisation: str = "My NHS organisation",
    ods_code: str | None = None,
) -> KnowledgeBase:
    """Create a knowledge base in *path* (created if missing; it must not already be one)."""
    root = Path(path).resolve()
    if root.exists() and not root.is_dir():
        raise ConfigError(f"{root} is a file, not a folder",
                          hint="Give a new or empty folder for the knowledge base.")
    if (root / "kmcore.toml").exists():
        raise ConfigError(
            f"{root} is already a knowledge base", hint=f"Open it with kmcore.open({str(root)!r})."
        )
    settings = KBSettings(name=name, organisation=organisation, ods_code=ods_code)
    # Check the settings before anything touches the disk, so a mistake leaves nothing behind.
    from kmcore.records.identifiers import ods_problem

    if not name.strip() or not organisation.strip():
        raise ConfigError("a knowledge base needs a name and an organisation")
    if ods_code is not None and ods_problem(ods_code):
        raise ConfigError(f"ODS code {ods_code!r} {ods_problem(ods_code)}")
    root.mkdir(parents=True, exist_ok=True)
    write_settings(root, settings)
    return _build(root, load_settings(root))
