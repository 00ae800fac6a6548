"""The local store's batch write (:meth:`LocalFileStore.put_many`): one lock, one check of
every revision, one change-feed append and one flush to disk for a whole batch of records.

A function of the store rather than a method so that the store's module stays small; it uses
the store's own checks and error messages, so a batch fails exactly as single saves do.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING

from kmcore import codec
from kmcore.errors import Conflict, StoreError
from kmcore.ids import check_id
from kmcore.records._fields import replaced
from kmcore.records.base import Record
from kmcore.specs import RecordTypeSpec
from kmcore.store._files import retry_on_windows, sync_files, sync_folders, write_temp

if TYPE_CHECKING:
    from kmcore.store.local import LocalFileStore

__all__ = ["put_many"]


def put_many(store: LocalFileStore, records: Iterable[Record]) -> list[Record]:
    """Save a batch of records in *store*; see :meth:`LocalFileStore.put_many`."""
    store._check_open()
    planned: list[tuple[RecordTypeSpec, str, Record, bytes, str]] = []
    seen: set[str] = set()
    for record in records:
        spec = store._spec_of(record)
        record_id = check_id(record.id)
        expected = record.revision
        if type(expected) is not int or expected < 0:
            raise StoreError(
                f"{spec.name} {record_id!r} has revision {expected!r}; a revision is a "
                "whole number from 0",
                hint="Pass the record as the store returned it (0 for a new record).",
            )
        if record_id in seen:
            raise StoreError(f"{spec.name} {record_id!r} is twice in one batch",
                             hint="Save each record once per batch.")
        seen.add(record_id)
        # A new revision number changes no rule's answer: no need to rebuild the record.
        stored = replaced(record, revision=expected + 1)
        planned.append((spec, record_id, stored, codec.dumps(stored).encode("utf-8"),
                        store._path(spec, record_id)))
    if not planned:
        return []
    with store._write_lock():
        for spec, record_id, stored, _, path in planned:
            expected = stored.revision - 1
            if expected == 0:
                taken = store._locate(record_id)
                if taken is not None:
                    raise Conflict(
                        f"cannot create {spec.name} {record_id!r}: the id is already used "
                        f"by a {taken} record",
                        hint="Nothing in this batch was saved. Read the existing record "
                        "and update it instead.",
                    )
            else:
                current = store._stored_revision(spec, record_id, path)
                if current != expected:
                    raise store._stale(spec, record_id, expected, current, "update")
        first_path = planned[0][4]
        with store._saving(f"save a batch of {len(planned)} records", first_path):
            for folder in {os.path.dirname(p[4]) for p in planned}:
                os.makedirs(folder, exist_ok=True)
            # The feed first (as put does), so no change can land unannounced.
            store._feed.append_many(
                [("put", spec.name, rid, stored.revision)
                 for spec, rid, stored, _, _ in planned])
            temps: list[tuple[str, str]] = []
            renamed = 0
            try:
                # Written inside the try: a failure half-way (a full disk) removes the
                # temporary files already written, not only those of a failed rename.
                for _, _, _, data, path in planned:
                    temps.append((write_temp(path, data), path))
                sync_files([tmp for tmp, _ in temps], store._root_str)
                for tmp, path in temps:
                    retry_on_windows(os.replace, tmp, path)
                    renamed += 1
            finally:
                # Remove only the temporary files a failure left behind (trying to remove the
                # renamed ones as well cost one failing system call per record).
                for tmp, _ in temps[renamed:]:
                    with contextlib.suppress(OSError):
                        os.unlink(tmp)
            sync_folders({os.path.dirname(p[4]) for p in planned})
    return [stored for _, _, stored, _, _ in planned]

