"""The Store protocol: what every place that holds records must offer.

The local-files store (:mod:`kmcore.store.local`) is the embedded default; other stores come
from plugins and must pass the same contract suite (:mod:`kmcore.testing.store_contract`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol, runtime_checkable

import attrs

from kmcore.errors import Problem
from kmcore.records.base import Record

if TYPE_CHECKING:
    from kmcore.audit import AuditEntry

__all__ = ["AuditingStore", "Change", "FileProblem", "Store", "put_many"]


@attrs.frozen(kw_only=True)
class Change:
    """One entry of a store's change feed.

    :ivar cursor: pass it to :meth:`Store.changes` to read what came after this entry.
    :ivar op: ``"put"`` (created or updated) or ``"delete"``.
    """

    cursor: str
    op: Literal["put", "delete"]
    record_type: str
    record_id: str
    revision: int
    at: dt.datetime


@attrs.frozen(kw_only=True)
class FileProblem:
    """A record that could not be read or is invalid, located in its file.

    :ivar path: the file, relative to the knowledge base folder where possible.
    :ivar line: the line the problem is on, when it can be told.
    """

    path: Path
    problem: Problem
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path.as_posix()}:{self.line}" if self.line else self.path.as_posix()
        return f"{where}: {self.problem}"


@runtime_checkable
class Store(Protocol):
    """Holds records; every write checks the revision it was based on.

    Revisions: a record read from the store carries its ``revision`` (1 or more; 0 means "not
    saved yet"). :meth:`put` with a record of revision 0 creates it (and raises
    :class:`~kmcore.errors.Conflict` if the id is taken, in any type); with revision N it
    updates, and raises ``Conflict`` unless the stored revision is still N (also when the
    record was deleted meanwhile). The record returned carries the new revision.

    Every id passed in is checked with :func:`kmcore.ids.check_id` before anything else, so a
    bad one raises :class:`~kmcore.errors.InvalidId`; an unknown record type name raises
    :class:`~kmcore.errors.NotFound`. Every implementation must pass the contract suite in
    :mod:`kmcore.testing.store_contract`.
    """

    def get(self, record_type: str, record_id: str) -> Record:
        """The record, or :class:`~kmcore.errors.NotFound`; a broken file raises ValidationError."""
        ...

    def locate(self, record_id: str) -> str:
        """The type name of the record with this id, or :class:`~kmcore.errors.NotFound`."""
        ...

    def put(self, record: Record) -> Record:
        """Create or update; return the record as stored (new ``revision``)."""
        ...

    def delete(
        self, record_type: str, record_id: str, *, expected_revision: int | None = None
    ) -> None:
        """Remove a record (NotFound if there is none); with ``expected_revision``, only if
        nobody changed it since (Conflict otherwise)."""
        ...

    def scan(
        self,
        record_type: str | None = None,
        *,
        on_error: Callable[[FileProblem], None] | None = None,
    ) -> Iterator[Record]:
        """Every readable record (of one type, or all), sorted by type name and then by id;
        each problem with an unreadable one goes to ``on_error`` and the rest carry on."""
        ...

    def check(self) -> Iterator[FileProblem]:
        """Every problem in every record file, with file and line, for ``kmcore validate``."""
        ...

    def changes(self, cursor: str | None = None) -> tuple[list[Change], str]:
        """Changes after *cursor* (all of them when None), oldest first, and the cursor to
        pass next time. Cursors are opaque strings; one this store did not hand out raises
        :class:`~kmcore.errors.StoreError`. An entry means "this record may have changed":
        consumers re-read the record and act on how it is now."""
        ...

    def close(self) -> None:
        """Release anything held open."""
        ...


@runtime_checkable
class AuditingStore(Store, Protocol):
    """A store that keeps the audit log itself (a database), so that each entry is written
    in the same transaction as the change it records: both land, or neither.

    The knowledge base sees it by :meth:`audit_entries` and then passes each write its
    entry, as ``audit=``: :meth:`put` and :meth:`delete` one entry per record,
    :meth:`put_many` one for the whole batch. ``kmcore log`` and a subject access request read
    :meth:`audit_entries`; an erasure calls :meth:`forget_id`, which must replace the
    person's id in the change feed and in the audit log, and their logins as the ``who`` of
    the entries they made.
    """

    def put(self, record: Record, *, audit: AuditEntry | None = None) -> Record:
        """As :meth:`Store.put`, writing *audit* in the same transaction."""
        ...

    def delete(self, record_type: str, record_id: str, *,
               expected_revision: int | None = None,
               audit: AuditEntry | None = None) -> None:
        """As :meth:`Store.delete`, writing *audit* in the same transaction."""
        ...

    def put_many(self, records: Iterable[Record], *,
                 audit: AuditEntry | None = None) -> list[Record]:
        """Save a batch as one transaction (see :func:`put_many`), with *audit* in it."""
        ...

    def audit_entries(self) -> Iterator[AuditEntry]:
        """Every audit log entry this role may read, oldest first."""
        ...

    def add_audit_entries(self, entries: list[AuditEntry]) -> int:
        """Append entries as they are, in one transaction (``kmcore store copy`` bringing the
        log of the folder along); return how many were added."""
        ...

    def forget_id(self, record_id: str, pseudonym: str, *,
                  actors: Collection[str] = ()) -> int:
        """Replace *record_id* by *pseudonym* in the change feed and the audit log (an
        erasure), and make *pseudonym* the ``who`` of every audit entry one of *actors* (the
        person's own logins) made, compared as :func:`kmcore.audit.actor_key` does; return
        how many entries changed."""
        ...


def put_many(store: Store, records: Iterable[Record], *,
             audit: AuditEntry | None = None,
             plain: Sequence[str | None] | None = None,
             handed_over: bool = False) -> list[Record]:
    """Save several records as one batch; return them as stored, in the order given.

    A store that offers ``put_many`` itself (the local-files store does: one lock, one change
    feed append and one flush to disk for the whole batch) is asked to; any other store gets
    the same outcome from one :meth:`Store.put` per record, so a store written against the
    contract keeps working without knowing about batches.

    Either way every record is checked as :meth:`Store.put` checks it. A store's own
    ``put_many`` checks the whole batch before writing any of it (a :class:`Conflict`
    leaves nothing written); the fallback writes records up to the one that conflicts.

    With *audit* (the batch's audit log entry), the store must keep the audit log itself
    (see :class:`AuditingStore`) and write the entry in the batch's transaction.

    *plain* (for each record the JSON text of what :func:`kmcore.codec.to_dict` gives for it,
    or None) is handed to a store whose ``put_many`` takes a ``plain`` argument, which may
    save it rather than make it again (D842, D843); other stores never see it.

    *handed_over*: nobody but the store holds these records once they are handed over (an
    import's, built for the batch), so a store whose ``put_many`` takes a ``handed_over``
    argument may give each its new revision in place, once the batch is saved, rather than
    copy it (D1173); what is returned is the same either way.
    """
    own = getattr(store, "put_many", None)
    extra: dict[str, Any] = {}
    if plain is not None and callable(own) and _takes(own, "plain"):
        extra["plain"] = plain
    if handed_over and callable(own) and _takes(own, "handed_over"):
        extra["handed_over"] = True
    if audit is not None:
        if not callable(own) or not callable(getattr(store, "audit_entries", None)):
            raise TypeError(f"{type(store).__name__} does not keep an audit log")
        return list(own(records, audit=audit, **extra))
    if callable(own):
        return list(own(records, **extra))
    return [store.put(record) for record in records]


def _takes(method: Callable[..., Any], name: str) -> bool:
    import inspect

    try:
        return name in inspect.signature(method).parameters
    except (TypeError, ValueError):
        return False
