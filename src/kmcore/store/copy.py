"""Copy every record from one store to another, losslessly, resumably, verified.

``kmcore store copy --to postgres`` moves a knowledge base from its folder of files into a
database (and ``--to local`` back out). Every record is written exactly as it is, revision
included, through the destination's ``restore`` method (see
:meth:`kmcore.store.local.LocalFileStore.restore`), in batches.

* **Resumable.** Records already in the destination with the same content are skipped, so a
  copy stopped half-way (killed, a lost connection) is finished by running it again; each
  batch lands whole or not at all in a database, and each file is replaced atomically.
* **Verified.** Afterwards both stores are read again and compared record by record: the same
  ids, types and content hashes (SHA-256 of each record's canonical JSON). Any difference
  raises :class:`~kmcore.errors.StoreError`; so does a record the source could not read.
* **No stale copy left behind**, with ``move``: once verified, the records are deleted from
  the source, so an erasure or a correction made in the new store cannot miss an old copy.
  Before the first delete, the verified list of what was moved (ids and content hashes) is
  written to a *journal* file; it is removed once every delete is done. A move stopped while
  deleting (killed, a lost connection) leaves the journal behind: every later copy refuses
  until the same move is run again, which checks the destination still holds each journal
  record exactly and only then finishes the deletes. Without it, the source looked like a
  store missing records, and ``--prune`` would have deleted the only copies (D1474).
* **Nothing mixed in.** A destination holding records the source does not have is refused,
  unless ``prune`` is set (then they are deleted), so a copy never silently merges two
  knowledge bases.
* **Other organisations' records are not the copy's business.** In a database shared by
  several organisations (a hub), the destination also holds what other trusts share. Given
  the copying knowledge base's ``organisation``, records in the destination owned by another
  organisation are neither counted as "records the source does not have", nor pruned, nor
  compared; a source record whose id is another organisation's different record there is
  refused before anything is written (D1473).

The change feed is not copied: the destination gets one entry per record written, which is
what every reader of a feed needs (each entry means "read this record again"). The audit log
goes along when one of the two stores keeps it itself (a database; see
:func:`kmcore.audit.copy_entries`, which ``kmcore store copy`` calls after the records).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs

from kmcore import codec
from kmcore.errors import StoreError
from kmcore.records.base import Record
from kmcore.store.base import FileProblem, Store

__all__ = ["CopyResult", "Inventory", "content_hash", "copy_store", "inventory"]

#: Records per destination write (one transaction in a database).
BATCH = 500


def content_hash(record: Record) -> str:
    """SHA-256 of the record's canonical JSON (keys sorted): equal for equal records, in
    whichever store they are kept."""
    text = json.dumps(codec.to_dict(record), sort_keys=True, ensure_ascii=False,
                      separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@attrs.frozen
class Inventory:
    """What a store holds: id -> (type name, content hash), and the records it could not read."""

    records: dict[str, tuple[str, str]]
    problems: list[FileProblem]
    #: id -> the owning organisation's ODS code, for records that have one.
    owners: dict[str, str] = attrs.field(factory=dict)

    def counts(self) -> dict[str, int]:
        """Records per type name."""
        found: dict[str, int] = {}
        for type_name, _ in self.records.values():
            found[type_name] = found.get(type_name, 0) + 1
        return dict(sorted(found.items()))

    def digest(self) -> str:
        """One hash over every (id, type, content hash): equal inventories, equal digests."""
        whole = hashlib.sha256()
        for record_id, (type_name, key) in sorted(self.records.items()):
            whole.update(f"{record_id}\t{type_name}\t{key}\n".encode())
        return whole.hexdigest()


def inventory(store: Store) -> Inventory:
    """Read every record of *store* and hash it."""
    problems: list[FileProblem] = []
    found: dict[str, tuple[str, str]] = {}
    owners: dict[str, str] = {}
    for record in store.scan(on_error=problems.append):
        found[record.id] = (record.record_type, content_hash(record))
        owner = getattr(record, "owner_org", None)
        if owner is not None and owner.ods_code:
            owners[record.id] = owner.ods_code
    return Inventory(found, problems, owners)


def _others(found: Inventory, keep: set[str], organisation: str | None) -> set[str]:
    """The ids in *found*, outside *keep*, owned by an organisation other than
    *organisation* (a record owned by none counts as the copying organisation's)."""
    return {rid for rid, owner in found.owners.items()
            if rid not in keep and owner != organisation}


@attrs.frozen
class CopyResult:
    """What a copy did, and the verified state of both stores afterwards."""

    copied: int
    unchanged: int
    pruned: int
    counts: dict[str, int]
    digest: str
    moved: bool = False
    #: records in the destination owned by other organisations, left alone
    others: int = 0


def _restore_of(store: Store) -> Callable[[list[Record]], Any]:
    method = getattr(store, "restore", None)
    if method is None:
        raise StoreError(
            f"{store!r} cannot take a copy: it has no restore() method",
            hint="Copy into the local store or a store backend that supports copying.",
        )
    restore: Callable[[list[Record]], Any] = method
    return restore


def _batches(records: Iterator[Record], size: int) -> Iterator[list[Record]]:
    batch: list[Record] = []
    for record in records:
        batch.append(record)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def copy_store(
    source: Store,
    destination: Store,
    *,
    prune: bool = False,
    move: bool = False,
    batch_size: int = BATCH,
    progress: Callable[[int], None] | None = None,
    organisation: str | None = None,
    journal: Path | None = None,
    direction: str = "",
) -> CopyResult:
    """Copy every record of *source* into *destination*; see the module doc.

    :param prune: delete records in the destination that the source does not have (without
        it, such records make the copy refuse to start).
    :param move: once the copy is verified, delete the records from *source*, so no stale
        copy is left behind (where an erasure or a correction would not reach it).
    :param progress: called with the number of records written so far after each batch.
    :param organisation: the ODS code of the organisation copying (the knowledge base's):
        records in the destination owned by any other organisation are left alone, never
        pruned nor compared.
    :param journal: the file recording a move's deletes while they run (see the module
        doc); *direction* (e.g. ``local -> postgres``) names the move in it and in messages.
    """
    if journal is not None and journal.exists():
        return _finish_move(source, destination, journal, direction, move=move,
                            organisation=organisation)
    restore = _restore_of(destination)
    before = inventory(destination)
    wanted = inventory(source)
    _refuse_problems(wanted, "source")
    clash = sorted(rid for rid in set(wanted.records) & set(before.owners)
                   if before.owners[rid] != organisation
                   and before.records[rid] != wanted.records[rid])
    if clash:
        raise StoreError(
            f"{len(clash)} records of the source have the id of a record that "
            f"{before.owners[clash[0]]} keeps in the destination (for example {clash[0]!r}); "
            "copying them would overwrite another organisation's records",
            hint="Nothing was copied. Give the source's records other ids, or ask the hub "
                 "administrator which organisation each belongs to.",
        )
    others = _others(before, set(wanted.records), organisation)
    extra = sorted(set(before.records) - set(wanted.records) - others)
    if extra and not prune:
        raise StoreError(
            f"the destination holds {len(extra)} records that the source does not have "
            f"(for example {extra[0]!r}); a copy does not merge two knowledge bases",
            hint="Copy into an empty store, or pass --prune to delete those records from "
                 "the destination (only your organisation's: other organisations' records "
                 "are never touched).",
        )
    for record_id in extra:
        destination.delete(before.records[record_id][0], record_id)
    todo = {rid for rid, entry in wanted.records.items() if before.records.get(rid) != entry}
    copied = 0
    pending = (r for r in source.scan() if r.id in todo)
    for batch in _batches(pending, batch_size):
        restore(batch)
        copied += len(batch)
        if progress is not None:
            progress(copied)
    after = inventory(destination)
    _refuse_problems(after, "destination")
    left_alone = _others(after, set(wanted.records), organisation)
    scoped = {rid: entry for rid, entry in after.records.items() if rid not in left_alone}
    if scoped != wanted.records:
        differing = sorted(set(scoped.items()) ^ set(wanted.records.items()))
        raise StoreError(
            f"the copy does not match its source: {len(differing)} differences (for example "
            f"{differing[0][0]!r}); the source changed during the copy, or the destination "
            "did not keep a record exactly",
            hint="Run the copy again while nobody edits; it only writes what differs.",
        )
    if move:
        if journal is not None:
            _write_journal(journal, direction, wanted.records)
        for record_id, (type_name, _) in sorted(wanted.records.items()):
            source.delete(type_name, record_id)
        if journal is not None:
            journal.unlink()
    return CopyResult(copied=copied, unchanged=len(wanted.records) - copied, pruned=len(extra),
                      counts=wanted.counts(), digest=wanted.digest(), moved=move,
                      others=len(left_alone))


def _refuse_problems(found: Inventory, which: str) -> None:
    if found.problems:
        first = found.problems[0]
        raise StoreError(
            f"{len(found.problems)} problems in records of the {which} that could not be "
            f"read (first: {first}); they would be lost in the copy",
            hint="Fix them first: `kmcore validate` lists every one.",
        )


def _write_journal(journal: Path, direction: str, records: dict[str, tuple[str, str]]) -> None:
    """The verified list of what a move is about to delete from its source, written whole
    (a temporary file renamed over it) before the first delete."""
    journal.parent.mkdir(parents=True, exist_ok=True)
    temporary = journal.with_name(journal.name + ".tmp")
    with open(temporary, "w", encoding="utf-8") as fh:
        json.dump({"format": "kmcore-store-move/1", "direction": direction,
                   "records": {rid: list(entry) for rid, entry in sorted(records.items())}},
                  fh, ensure_ascii=False)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(temporary, journal)


def _finish_move(source: Store, destination: Store, journal: Path, direction: str, *,
                 move: bool, organisation: str | None) -> CopyResult:
    """A move was stopped while deleting from its source: finish it, if this is the same move
    and the destination still holds every moved record exactly; refuse anything else."""
    try:
        data = json.loads(journal.read_text(encoding="utf-8"))
        moved = {rid: (str(e[0]), str(e[1])) for rid, e in data["records"].items()}
        was = str(data["direction"])
    except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise StoreError(f"{journal} (the record of an unfinished move) cannot be read: {exc}",
                         hint="Check both stores by hand (`kmcore list`), then delete the "
                              "file.") from None
    if not move or was != direction:
        raise StoreError(
            f"a move ({was}) was stopped while deleting the records from where they came "
            "from; until it is finished a copy could take the records it had deleted for "
            "missing, and --prune would delete the only copies",
            hint=f"Finish it first: kmcore store copy --to {was.rsplit(' ', 1)[-1]} --move "
                 "(it checks the records are all there before deleting anything).",
        )
    held = inventory(destination)
    _refuse_problems(held, "destination")
    missing = sorted(rid for rid, entry in moved.items() if held.records.get(rid) != entry)
    if missing:
        raise StoreError(
            f"{len(missing)} of the moved records are no longer in the destination as they "
            f"were copied (for example {missing[0]!r}); nothing more was deleted",
            hint=f"Do not delete anything by hand; compare both stores, then remove {journal} "
                 "and copy again.",
        )
    left = inventory(source)
    changed = sorted(rid for rid in moved if rid in left.records
                     and left.records[rid] != moved[rid])
    for record_id, (type_name, key) in sorted(moved.items()):
        if left.records.get(record_id) == (type_name, key):
            source.delete(type_name, record_id)
    journal.unlink()
    if changed:
        raise StoreError(
            f"finished the move, but {len(changed)} records were changed where they came "
            f"from after it was copied (for example {changed[0]!r}) and were kept there",
            hint="Compare each with the destination's copy and delete the stale one by hand.",
        )
    counts: dict[str, int] = {}
    for type_name, _ in moved.values():
        counts[type_name] = counts.get(type_name, 0) + 1
    whole = Inventory(moved, [])
    return CopyResult(copied=0, unchanged=len(moved), pruned=0, counts=dict(sorted(counts.items())),
                      digest=whole.digest(), moved=True,
                      others=len(_others(held, set(moved), organisation)))
