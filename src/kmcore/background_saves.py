"""Saving batches of records on one writer thread while the caller makes the next batch.

A bulk save (an import) alternates two kinds of work: making a batch (Python work: reading,
checking, building records) and writing it (mostly waiting: for a PostgreSQL server, which
runs in its own process, or for the disk to flush). :class:`BackgroundSaves` lets the two
overlap: :meth:`BackgroundSaves.save` gets the batch ready on the caller's thread, exactly as
:meth:`kmcore.KnowledgeBase.save_many` does, and hands it to **one** writer thread that
writes it with :func:`kmcore.store.base.put_many` (and the batch's audit entry) while the
caller goes on. It works with any store, through the public ``put_many``.

What stays as with ``save_many``, batch after batch (decision D1030):

* **Whole batches, in order.** One writer writes the batches one after another, in the order
  they were given; each is written as ``put_many`` writes it (one transaction for PostgreSQL,
  one lock and one flush for the local files). Once a batch fails, no later one is written.
* **Failures surface on the caller's thread**, unchanged (the same :class:`~kmcore.errors.
  Conflict` or :class:`~kmcore.errors.StoreError`, the same message): raised by the next
  :meth:`~BackgroundSaves.save` or by :meth:`~BackgroundSaves.close`.
* **Audit and change feed exact**: one audit entry per batch, with its counts, written by
  the store in the batch's transaction (or appended to the log file just after it, as
  ``save_many`` does); the plugins hear of each record on the caller's thread, in order,
  once its batch is written.
* **Memory bounded**: at most *depth* batches wait for the writer (and one is being
  written), whatever the number of batches; :meth:`~BackgroundSaves.save` waits for room.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kmcore.audit import AuditEntry
    from kmcore.kb import KnowledgeBase
    from kmcore.records.base import Record

__all__ = ["BackgroundSaves"]

_STOP = object()


@dataclass
class _Batch:
    """A batch made ready on the caller's thread, for the writer."""

    records: list[Record]
    previous: dict[str, Record | None]
    entry: AuditEntry
    plain: list[str | None] | None
    stored: list[Record] | None = None
    handed_over: bool = False


class BackgroundSaves:
    """Batches saved by one writer thread; see the module docstring.

    Use it as a context manager, or call :meth:`close` (a ``with`` block that ends in an
    exception drops the batches not yet started, waits for the one being written, and
    raises the caller's exception)::

        with kb.background_saves() as saves:
            for batch in batches:
                saves.save(batch, note="from log.xlsx", checked=True)
        # every batch written (or the first failure raised)

    :param depth: how many batches may wait for the writer (at least 1).
    """

    def __init__(self, kb: KnowledgeBase, *, depth: int = 1) -> None:
        self._kb = kb
        self._waiting: queue.Queue[object] = queue.Queue(maxsize=max(1, depth))
        self._written: queue.Queue[_Batch] = queue.Queue()
        self._failure: BaseException | None = None
        self._abandon = threading.Event()
        self._closed = False
        self.saved = 0  #: records written and heard of so far
        self._writer = threading.Thread(target=self._write_all, name="kmcore-batch-writer",
                                        daemon=True)
        self._writer.start()

    # --- the caller's side --------------------------------------------------------------------

    def save(self, records: Iterable[Record], *, note: str = "", checked: bool = False,
             plain: Sequence[str | None] | None = None, handed_over: bool = False) -> int:
        """Get a batch ready as :meth:`KnowledgeBase.save_many` does (same arguments) and
        hand it to the writer; return how many records have been written so far.
        *handed_over*: the caller holds the records no more, so a store may give them their
        new revisions in place (see :func:`kmcore.store.base.put_many`, D1173).

        Raises the failure of an earlier batch (nothing of that batch, and nothing after
        it, is written). Waits while *depth* batches are already waiting."""
        if self._closed:
            raise RuntimeError("these background saves are closed")
        self._raise_failure()
        ready = self._kb._batch_ready(records, note=note, checked=checked, plain=plain)
        if ready is not None:
            batch = _Batch(*ready, handed_over=handed_over)
            while True:
                self._hear_written()
                self._raise_failure()
                try:
                    self._waiting.put(batch, timeout=0.05)
                    break
                except queue.Full:
                    continue
        self._hear_written()
        return self.saved

    def close(self) -> int:
        """Wait until every batch is written, let the plugins hear of its records, and
        return how many records were saved; raise the first failure."""
        if not self._closed:
            self._closed = True
            self._waiting.put(_STOP)
            self._writer.join()
        self._hear_written()
        self._raise_failure()
        return self.saved

    def abandon(self) -> None:
        """Stop: drop the batches not yet started and wait for the one being written (it is
        written whole or not at all). Failures are not raised; the plugins still hear of
        what was written."""
        if self._closed:
            return
        self._closed = True
        self._abandon.set()
        while True:  # make room for the stop, dropping what waits
            try:
                self._waiting.get_nowait()
            except queue.Empty:
                break
        self._waiting.put(_STOP)
        self._writer.join()
        self._hear_written()

    def __enter__(self) -> BackgroundSaves:
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if kind is None:
            self.close()
        else:
            self.abandon()

    def _raise_failure(self) -> None:
        if self._failure is not None:
            failure, self._failure = self._failure, None
            self._abandon.set()
            raise failure

    def _hear_written(self) -> None:
        """Tell the plugins of each record of the batches written (the caller's thread)."""
        while True:
            try:
                batch = self._written.get_nowait()
            except queue.Empty:
                return
            assert batch.stored is not None
            self._kb._batch_heard(batch.stored, batch.previous)
            self.saved += len(batch.stored)

    # --- the writer's side --------------------------------------------------------------------

    def _write_all(self) -> None:
        while True:
            item = self._waiting.get()
            if item is _STOP:
                return
            assert isinstance(item, _Batch)
            if self._abandon.is_set() or self._failure is not None:
                continue  # an earlier batch failed, or the caller stopped: write no more
            try:
                item.stored = self._kb._batch_write(item.records, item.entry, item.plain,
                                                    handed_over=item.handed_over)
            except BaseException as exc:  # raised again on the caller's thread
                self._failure = exc
                continue
            self._written.put(item)

