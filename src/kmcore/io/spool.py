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

import json
import queue
import threading
from collections.abc import Generator, Mapping
from pathlib import Path

from kmcore import codec
from kmcore.records.base import Record

__all__ = ["spooled_batches"]

_END = object()
_POLL = 0.1  # seconds between the helper's looks at whether the caller has stopped


def spooled_batches(path: Path, classes: Mapping[str, type[Record]],
                    size: int) -> Generator[list[Record], None, None]:
    """The records spooled in *path* (one JSON object per line, its ``record`` already
    checked when its row was read), in order, in lists of up to *size*.

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
            batch: list[Record] = []
            with path.open(encoding="utf-8") as spool:
                for line in spool:
                    # Checked when the row was read: the rules need not run again.
                    batch.append(codec.from_dict(json.loads(line)["record"], classes,
                                                 check_rules=False))
                    if len(batch) >= size:
                        if not give(batch):
                            return
                        batch = []
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
