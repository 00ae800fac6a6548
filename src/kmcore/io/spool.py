"""Reading an import's spool back, one batch ahead of the batch being saved.

:meth:`kmcore.io.importer.Importer.apply` saves the spooled records in batches. Rebuilding a
batch from the spool is pure work (JSON text to records, touching nothing of the knowledge
base), while saving one mostly waits: for the disk, or for a database server. So a helper
thread rebuilds the next batch while the caller saves the current one, and the two overlap
(decision D341). Everything else stays on the caller's thread: the saves, the audit log,
the change feed and the plugins' hooks happen there, in the order of the spool, exactly as
without the helper.

Memory stays bounded: at most one batch waits in hand-over while the helper builds the next
(and the caller saves a third), whatever the size of the spool.
"""

from __future__ import annotations

import datetime as dt
import json
import queue
import threading
from collections.abc import Generator, Mapping
from pathlib import Path
from typing import Any

from kmcore import codec
from kmcore.records.base import OrgRef, Record

__all__ = ["BatchMaker", "SpooledBatch", "spooled_batches"]

_END = object()
_POLL = 0.1  # seconds between the helper's looks at whether the caller has stopped


class SpooledBatch(list[Record]):
    """A batch of spooled records; ``plain[i]`` is record *i*'s JSON text (the data
    :func:`kmcore.codec.to_dict` gives, keys in any order), when the spool held it (else
    None)."""

    plain: list[str | None]


def spooled_batches(path: Path, classes: Mapping[str, type[Record]], size: int, *,
                    owner: OrgRef | None = None) -> Generator[SpooledBatch, None, None]:
    """The records spooled in *path* (one JSON object per line, its ``record`` already
    checked when its row was read), in order, in lists of up to *size*.

    With *owner*, each new record (revision 0) comes with what
    :meth:`~kmcore.KnowledgeBase.save_many` would give it: *owner* if it names no owner, and
    the batch's time as its created and updated time where it has none. ``save_many`` then
    saves it as it is, rather than copying each record of an import to set them (D840).
    Such a record's JSON text (the spool's, which the row's check made with
    :func:`~kmcore.codec.to_dict`, with the same three added) comes in the batch's ``plain``,
    for a store that can take it instead of making it again (D842, D843).

    A failure reading the spool is raised here, in the caller's thread. Close the iterator
    (``contextlib.closing``) when stopping early: that stops the helper thread.
    """
    handover: queue.Queue[object] = queue.Queue(maxsize=1)
    stop = threading.Event()

    def give(item: object) -> bool:
        while not stop.is_set():
            try:
                handover.put(item, timeout=_POLL)
                return True
            except queue.Full:
                continue
        return False

    def read() -> None:
        try:
            maker = BatchMaker(classes, owner)
            batch = maker.new_batch()
            with path.open(encoding="utf-8") as spool:
                for line in spool:
                    maker.add(batch, line)
                    if len(batch) >= size:
                        if not give(batch):
                            return
                        batch = maker.new_batch()
            if batch and not give(batch):
                return
            give(_END)
        except BaseException as exc:  # handed to the caller, who raises it
            give(exc)

    helper = threading.Thread(target=read, name="kmcore-import-spool", daemon=True)
    helper.start()
    try:
        while True:
            item = handover.get()
            if item is _END:
                return
            if isinstance(item, BaseException):
                raise item
            yield item  # type: ignore[misc]  # only batches and the two above are handed over
    finally:
        stop.set()
        helper.join()


class BatchMaker:
    """Builds batches from spool lines, as :func:`spooled_batches` hands them over (with
    *owner*, a new record gets its owner and the batch's time, and its JSON text comes in
    ``plain``; D840-D843). Also used by an import that saves its batches as it checks its
    rows (D1031)."""

    def __init__(self, classes: Mapping[str, type[Record]], owner: OrgRef | None) -> None:
        self.classes = classes
        self.owner = owner
        self.owner_json = _json(codec.unstructure(owner)) if owner is not None else "null"
        self.now = _now()
        self.now_json = _json(codec.unstructure(self.now))

    def new_batch(self) -> SpooledBatch:
        """An empty batch, stamped with the time now."""
        self.now = _now()
        self.now_json = _json(codec.unstructure(self.now))
        batch = SpooledBatch()
        batch.plain = []
        return batch

    def add(self, batch: SpooledBatch, line: str) -> None:
        """Add the record of one spool line (and its JSON text, or None) to *batch*."""
        plain = json.loads(line)["record"]
        # Checked when the row was read: the rules need not run again.
        self.add_built(batch, line, plain, codec.from_dict(plain, self.classes,
                                                           check_rules=False))

    def add_built(self, batch: SpooledBatch, line: str, plain: dict[str, Any],
                  record: Record) -> None:
        """As :meth:`add`, for a record its caller built from *plain* (the dict *line*
        holds) and hands over: nobody else may hold *record*, which a new record's owner
        and times are set on in place. An import saving as it checks (D1031) hands over
        the record it validated, rather than having it read back from its line (D1170)."""
        text = None
        if self.owner is not None and record.revision == 0:
            _stamp(record, self.owner, self.now)
            text = _record_text(line)
        if text is not None and "revision" not in plain:
            # The same three added to the JSON text, as to_dict would write them (only
            # where the row had none, so no key is there twice).
            extra = "".join((
                "" if "owner_org" in plain else ',"owner_org":' + self.owner_json,
                "" if "created_at" in plain else ',"created_at":' + self.now_json,
                "" if "updated_at" in plain else ',"updated_at":' + self.now_json))
            text = text[:-1] + extra + "}"
        else:
            text = None
        batch.plain.append(text)
        batch.append(record)


#: How the importer writes a new record's spool line (``json.dumps`` of action and record).
_CREATE_HEAD = '{"action": "create", "record": '


def _record_text(line: str) -> str | None:
    """The record's own JSON text in a spool line of a new record, or None if the line is
    not in the importer's layout (the caller then has no text to hand over)."""
    line = line.rstrip("\n")
    if line.startswith(_CREATE_HEAD) and line.endswith("}}"):
        return line[len(_CREATE_HEAD):-1]
    return None


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _now() -> dt.datetime:
    # As KnowledgeBase.save_many's time: whole seconds, UTC.
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _stamp(record: Record, owner: OrgRef, now: dt.datetime) -> None:
    """Give a record just built here (nobody else holds it yet) its owner and times, in
    place: a copy of a record of ~50 fields to change three was about 13 µs a row (D840).
    No rule looks at these fields, so the record's check still holds."""
    if not record.owner_org:
        object.__setattr__(record, "owner_org", owner)
    if not record.created_at:
        object.__setattr__(record, "created_at", now)
    if not record.updated_at:
        object.__setattr__(record, "updated_at", now)
