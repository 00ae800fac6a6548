"""The local-files store: one readable JSON file per record, safe on a shared network drive.

Layout, inside the knowledge base folder (*root*)::

    lessons/lesson-01j9....json      one pretty-printed UTF-8 JSON file per record,
    innovations/cardiac-rehab.json   in its record type's folder, named after its id
    .kmcore/lock                     held while somebody is saving (see below)
    .kmcore/changes.jsonl            the change feed

Guarantees, and how they are kept:

* **No half-written records.** A record is written to a temporary file in the same folder,
  fsync'd, and renamed over the old one (:func:`os.replace` is atomic), so a crash or a
  power cut leaves the old version or the new one, never a mix.
* **No lost updates.** Each record carries a ``revision``. Saving checks that the stored
  revision is still the one the change was based on, and the check and the write happen
  together under the writers' lock, so two librarians saving the same record at once get one
  success and one :class:`~kmcore.errors.Conflict`.
* **One writer at a time, across machines.** The lock is a file created exclusively
  (``O_CREAT | O_EXCL``), which file servers decide atomically where ``flock`` locks are not
  reliable (SMB, NFS). A lock left by a crashed program is broken; see
  :mod:`kmcore.store._lock`. Reading never takes the lock.
* **No lost changes.** Each save appends to the change feed (fsync'd) *before* it replaces the
  record file. A crash between the two leaves an entry for a change that did not happen, which
  is harmless: consumers treat an entry as "this record may have changed, read it again" and
  must take the record as it is now (or its absence) as the truth. The reverse order could lose
  a change for good.
* **One bad file does not stop the rest.** :meth:`LocalFileStore.scan` reports a corrupt or
  hand-mangled file and carries on; :meth:`LocalFileStore.check` lists every problem with its
  file and line.

Records hand-made without a ``revision`` are read as revision 1: in this store revision 0
always means "not saved yet", so such a record can be updated like any other.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TypeVar

import attrs

from kmcore import codec
from kmcore.errors import Conflict, NotFound, Problem, StoreError, ValidationError
from kmcore.ids import check_id
from kmcore.records.base import Record
from kmcore.specs import RecordClasses, RecordTypeSpec
from kmcore.store._batch import put_many
from kmcore.store._check import check_files
from kmcore.store._decode import decode_record
from kmcore.store._feed import ChangeFeed
from kmcore.store._files import atomic_write, read_bytes, retry_on_windows
from kmcore.store._fingerprints import fingerprint_files, remove_leftovers
from kmcore.store._layout import check_folder, record_ids, record_signatures, record_stems
from kmcore.store._lock import FileLock
from kmcore.store._problems import MAX_RECORD_BYTES as MAX_RECORD_BYTES  # importable from here
from kmcore.store._problems import SUFFIX as _SUFFIX
from kmcore.store._problems import Broken
from kmcore.store._verified import VerifiedFiles
from kmcore.store.base import Change, FileProblem
from kmcore.textfile import decode_text

__all__ = ["LocalFileStore"]

log = logging.getLogger("kmcore.store")

R = TypeVar("R", bound=Record)

STATE_FOLDER = ".kmcore"
_NOT_FOUND_HINT = "`kmcore list` shows the ids."


class LocalFileStore:
    """Records as JSON files in a folder on this PC or a shared network drive.

    :param root: the knowledge base folder. It need not exist yet: folders are made on the
        first save.
    :param types: the record types it holds, by name (the plugin registry's record types).
    :param lock_timeout: seconds a save waits for another writer before raising
        :class:`~kmcore.errors.StoreError`.
    :param stale_lock_after: seconds after which a lock left by another machine is taken to be
        abandoned and broken (a lock left by a dead process on this machine goes at once).

    Safe to use from several threads and processes, and from several machines at once.
    """

    #: Saving a batch here is the interpreter's own work (each file encoded, written and
    #: renamed), holding the lock the row checks need: an import saving while it checks gains
    #: nothing over checking first and saving after, so it does the latter (D1190).
    overlaps_checking: bool = False

    def __init__(
        self,
        root: Path | str,
        types: Mapping[str, RecordTypeSpec],
        *,
        lock_timeout: float = 30.0,
        stale_lock_after: float = 30.0,
    ) -> None:
        self._root = Path(os.path.abspath(root))
        self._root_str = str(self._root)
        self._specs: dict[str, RecordTypeSpec] = {}
        self._folders: dict[str, str] = {}  # type name -> absolute, normalised folder path
        self.duplicate_ids: dict[str, list[str]] = {}  # see fingerprints()
        seen_folders: dict[str, str] = {}
        for name, spec in sorted(types.items()):
            check_folder(name, spec)
            # casefold: shared drives ignore case, so "Lessons" and "lessons" are one folder.
            folder_key = spec.folder.casefold()
            if folder_key in seen_folders:
                raise StoreError(
                    f"record types {seen_folders[folder_key]!r} and {name!r} both use the "
                    f"folder {spec.folder!r}",
                    hint="Give each record type its own folder.",
                )
            seen_folders[folder_key] = name
            self._specs[name] = spec
            self._folders[name] = os.path.normpath(os.path.join(self._root_str, spec.folder))
        # Each type's folder ending in a separator, by type name: _locate runs for every new
        # record of a batch, and so spares itself a sort and a path join each time.
        self._locate_in = [(name, os.path.join(self._folders[name], ""))
                           for name in sorted(self._folders)]
        # Looked up when a record is decoded: a scan that reads none imports no record class.
        self._classes: Mapping[str, type[Record]] = RecordClasses(self._specs)
        state = self._root / STATE_FOLDER
        self._lock = FileLock(state / "lock", timeout=lock_timeout, stale_after=stale_lock_after)
        self._feed = ChangeFeed(state / "changes.jsonl")
        self._closed = False

    def __repr__(self) -> str:
        return f"LocalFileStore({self._root_str!r}, types={sorted(self._specs)!r})"

    def __enter__(self) -> LocalFileStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def root(self) -> Path:
        """The knowledge base folder (absolute)."""
        return self._root

    @property
    def lock_path(self) -> Path:
        """The writers' lock file, for messages and for ``kmcore doctor``."""
        return self._lock.path

    def path_of(self, record_type: str, record_id: str) -> Path:
        """Where the record's file is (or would be); the id is checked first."""
        spec = self._spec(record_type)
        return Path(self._path(spec, check_id(record_id)))

    # --- reading ---------------------------------------------------------------------------

    def get(self, record_type: str, record_id: str) -> Record:
        """The record; :class:`~kmcore.errors.NotFound` if there is none.

        A file that exists but cannot be used raises :class:`~kmcore.errors.ValidationError`
        naming the file (relative to the knowledge base folder) and its problems.
        """
        self._check_open()
        spec = self._spec(record_type)
        record_id = check_id(record_id)
        path = self._path(spec, record_id)
        try:
            raw = read_bytes(path)
        except FileNotFoundError:
            raise self._not_found(spec, record_id) from None
        except OSError as exc:
            raise self._unreadable(path, exc) from exc
        try:
            return self._decode(spec, record_id, raw)
        except Broken as broken:
            raise self._invalid_file(path, broken) from None

    def locate(self, record_id: str) -> str:
        """The type name of the record with this id; :class:`~kmcore.errors.NotFound` if none."""
        self._check_open()
        record_id = check_id(record_id)
        found = self._locate(record_id)
        if found is None:
            raise NotFound(
                f"no record has the id {record_id!r} in {self._root_str}", hint=_NOT_FOUND_HINT
            )
        return found

    def scan(
        self,
        record_type: str | None = None,
        *,
        on_error: Callable[[FileProblem], None] | None = None,
    ) -> Iterator[Record]:
        """Every readable record, by type name and then by id.

        :param record_type: only this type (:class:`~kmcore.errors.NotFound` if unknown).
        :param on_error: called with one :class:`FileProblem` per problem in a file that
            cannot be used (the file is then skipped); by default problems are logged as
            warnings on the ``kmcore.store`` logger.

        Files that are not ``*.json`` or start with a dot (temporary files) are ignored.
        No lock is taken: a record saved during the scan appears in its old or new version.
        """
        self._check_open()
        names = [self._spec(record_type).name] if record_type is not None else sorted(self._specs)
        report = on_error if on_error is not None else _log_problem
        return self._scan(names, report)

    def _scan(self, names: list[str], report: Callable[[FileProblem], None]) -> Iterator[Record]:
        verified = VerifiedFiles(self._root / STATE_FOLDER, self._specs)
        for name in names:
            spec = self._specs[name]
            folder = self._folders[name]
            for stem in record_stems(folder):
                path = os.path.join(folder, stem + _SUFFIX)
                try:
                    raw = read_bytes(path)
                except FileNotFoundError:
                    continue  # deleted since the folder was listed
                except OSError as exc:  # a folder named x.json, no permission...
                    problem = Problem("$", f"could not be read: {exc.strerror or exc}")
                    report(FileProblem(path=self._relative(path), problem=problem))
                    continue
                try:
                    yield self._decode(spec, stem, raw, verified)
                except Broken as broken:
                    rel = self._relative(path)
                    for problem, line in broken.problems:
                        report(FileProblem(path=rel, problem=problem, line=line))
        # Only a scan that ran to the end knows which files exist now.
        verified.save(complete=len(names) == len(self._specs))

    def ids(self, record_type: str) -> set[str]:
        """The ids of every record file of *record_type*, from the folder listing alone
        (nothing is read: cheap even for 100,000 records)."""
        self._check_open()
        return record_ids(self._folders[self._spec(record_type).name])

    def signatures(self, record_type: str) -> dict[str, tuple[int, int, int]]:
        """Every record file's id -> (size, modification time in ns, inode), from one listing
        of the folder: a file whose signature is unchanged has not been written since. For the
        importer's ledger (:mod:`kmcore.io.ledger`); nothing is read."""
        self._check_open()
        return record_signatures(self._folders[self._spec(record_type).name])

    def fingerprints(self, record_type: str | None = None) -> dict[str, tuple[str, str]]:
        """Every record file's id -> (type name, content key of its exact bytes), unparsed.

        For the sync engine, which compares these with what it published last time and reads
        (parses, gates) only the records whose files changed. Files are read but not decoded,
        so an unreadable or invalid file is listed too: whoever reads it finds the problem.
        No lock is taken; a file saved meanwhile appears in its old or new version.
        """
        self._check_open()
        names = [self._spec(record_type).name] if record_type is not None else sorted(self._specs)
        found, twice, leftovers = fingerprint_files(
            self._root / STATE_FOLDER, self._specs, self._folders, names)
        if leftovers:  # temporary files of a killed save: removed under the writers' lock
            remove_leftovers(leftovers, self._lock)
        # Ids found in more than one type's folder by this call, with their files (relative
        # to the knowledge base): only one of each is in the answer; the sync refuses them.
        self.duplicate_ids = twice
        return dict(sorted(found.items()))

    def check(self) -> Iterator[FileProblem]:
        """Every problem in every record file, with the file (relative to the knowledge base
        folder) and the line, for ``kmcore validate``.

        Besides invalid JSON and invalid fields it finds a file whose name is not the id inside
        it, a record in another type's folder, and an id used by files in two folders.
        """
        self._check_open()
        yield from check_files(self._root_str, self._specs, self._folders, self._classes)

    def changes(self, cursor: str | None = None) -> tuple[list[Change], str]:
        """Changes after *cursor* (all of them when None), oldest first, and the next cursor.

        Each entry means "this record may have changed since": read the record to see how it
        is now. After a crash an entry may name a change that never landed; consumers must
        take that in their stride (an update with unchanged content, a delete of a record that
        still exists: re-read and act on what is there). A cursor that this store did not hand
        out raises :class:`~kmcore.errors.StoreError`.
        """
        self._check_open()
        return self._feed.read(cursor)

    # --- writing ---------------------------------------------------------------------------

    def put(self, record: R) -> R:
        """Create (``revision`` 0) or update (``revision`` N) a record; return it as stored.

        The record returned is ``attrs.evolve(record, revision=N + 1)``, exactly what was
        written. Raises :class:`~kmcore.errors.Conflict` when creating an id already used by a
        record of any type, or when updating a record whose stored revision is no longer N
        (somebody else saved it, or deleted it, meanwhile).
        """
        self._check_open()
        spec = self._spec_of(record)
        record_id = check_id(record.id)
        expected = record.revision
        if type(expected) is not int or expected < 0:
            raise StoreError(
                f"{spec.name} {record_id!r} has revision {expected!r}; a revision is a whole "
                "number from 0",
                hint="Pass the record as the store returned it (0 for a new record).",
            )
        path = self._path(spec, record_id)
        # Build and encode before taking the lock: evolve re-checks the record's rules, and
        # the lock should be held for the file operations only.
        stored = attrs.evolve(record, revision=expected + 1)
        data = codec.dumps(stored).encode("utf-8")
        with self._write_lock():
            if expected == 0:
                taken = self._locate(record_id)
                if taken is not None:
                    raise Conflict(
                        f"cannot create {spec.name} {record_id!r}: the id is already used by a "
                        f"{taken} record",
                        hint=(
                            "Choose another id, or leave the id out to have one generated. To "
                            "change the existing record, read it, change it and save that."
                        ),
                    )
            else:
                current = self._stored_revision(spec, record_id, path)
                if current != expected:
                    raise self._stale(spec, record_id, expected, current, "update")
            with self._saving(f"save {spec.name} {record_id!r}", path):
                os.makedirs(os.path.dirname(path), exist_ok=True)
                self._feed.append("put", spec.name, record_id, stored.revision)
                atomic_write(path, data)
        return stored

    def put_many(self, records: Iterable[Record]) -> list[Record]:
        """Save a batch of records (each created or updated as :meth:`put` would); return them
        as stored, in the order given.

        One lock for the batch, every revision checked before anything is written (a
        :class:`~kmcore.errors.Conflict` or a bad record leaves the store as it was), one
        change-feed append for the batch, and one flush to disk for the batch instead of two
        per record. Each record file is still written whole and renamed into place, so a crash
        during the batch leaves some records saved and the others as they were, never a torn
        file; running the same batch again (with the revisions as they are now) completes it.
        The change feed has one entry per record, written before any record file changes.
        """
        return put_many(self, records)

    def delete(
        self, record_type: str, record_id: str, *, expected_revision: int | None = None
    ) -> None:
        """Remove a record; :class:`~kmcore.errors.NotFound` if there is none.

        With *expected_revision*, only if the stored revision is still that one
        (:class:`~kmcore.errors.Conflict` otherwise). Without it a record whose file is
        broken can be deleted too.
        """
        self._check_open()
        spec = self._spec(record_type)
        record_id = check_id(record_id)
        path = self._path(spec, record_id)
        with self._write_lock():
            if expected_revision is not None:
                current = self._stored_revision(spec, record_id, path)
                if current is None:
                    raise self._not_found(spec, record_id)
                if current != expected_revision:
                    raise self._stale(spec, record_id, expected_revision, current, "delete")
            else:
                try:
                    current = self._stored_revision(spec, record_id, path)
                except ValidationError:
                    current = 0  # broken file: the revision is unknown, the delete goes ahead
                if current is None:
                    raise self._not_found(spec, record_id)
            with self._saving(f"delete {spec.name} {record_id!r}", path):
                self._feed.append("delete", spec.name, record_id, current)
                # Gone already only if somebody deleted it by hand meanwhile: same outcome.
                with contextlib.suppress(FileNotFoundError):
                    retry_on_windows(os.unlink, path)

    def restore(self, records: Iterable[Record]) -> int:
        """Write records exactly as given, revisions included, creating or replacing each
        (for ``kmcore store copy``, which keeps every record's revision). Each gets a change
        feed entry and is written atomically; a record of the same id in another type's folder
        is removed. Returns how many were written."""
        self._check_open()
        prepared: list[tuple[RecordTypeSpec, str, str, bytes]] = []
        for record in records:
            spec = self._spec_of(record)
            record_id = check_id(record.id)
            if type(record.revision) is not int or record.revision < 1:
                raise StoreError(
                    f"{spec.name} {record_id!r} has revision {record.revision!r}; only saved "
                    "records can be copied",
                    hint="Save it first.",
                )
            path = self._path(spec, record_id)
            prepared.append((spec, record_id, path, codec.dumps(record).encode("utf-8")))
        with self._write_lock():
            for spec, record_id, path, data in prepared:
                with self._saving(f"save {spec.name} {record_id!r}", path):
                    other = self._locate(record_id)
                    os.makedirs(os.path.dirname(path), exist_ok=True)
                    revision = json.loads(data)["revision"]
                    self._feed.append("put", spec.name, record_id, revision)
                    atomic_write(path, data)
                    if other is not None and other != spec.name:
                        retry_on_windows(os.unlink, self._path(self._specs[other], record_id))
        return len(prepared)

    def close(self) -> None:
        """Stop using the store. Nothing is held open between calls, so this only marks it
        closed; calling it twice is fine."""
        self._closed = True

    # --- internals: names and paths -----------------------------------------------------------

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError(
                f"the store at {self._root_str} has been closed",
                hint="Open the knowledge base again.",
            )

    def _spec(self, record_type: str) -> RecordTypeSpec:
        spec = self._specs.get(record_type)
        if spec is None:
            known = ", ".join(sorted(self._specs)) or "none"
            raise NotFound(
                f"this knowledge base has no record type {record_type!r} (it has: {known})",
                hint="Check the spelling, or install the plugin that adds that record type.",
            )
        return spec

    def _spec_of(self, record: Record) -> RecordTypeSpec:
        spec = self._spec(record.record_type)
        if type(record) is not spec.cls:
            raise StoreError(
                f"a {type(record).__name__} says it is a {spec.name!r} record, but this "
                f"knowledge base stores {spec.name!r} records as {spec.cls.__name__}",
                hint="Two plugins may be registering the same record type name.",
            )
        return spec

    def _path(self, spec: RecordTypeSpec, record_id: str) -> str:
        folder = self._folders[spec.name]
        path = os.path.normpath(os.path.join(folder, record_id + _SUFFIX))
        # Defence in depth: check_id already refuses anything path-like, but a file name built
        # from outside input must provably land in its type's folder, whatever slipped past.
        # The check is lexical (normpath), not os.path.realpath: an IT team may well make a
        # type folder a link to another disk, and resolving would refuse that for no gain.
        if os.path.dirname(path) != folder:
            raise StoreError(
                f"refusing to use {path!r}: it is outside the folder {folder!r}",
                hint="This is a bug in kmcore or a plugin; please report it.",
            )
        return path

    def _relative(self, path: str) -> Path:
        return Path(os.path.relpath(path, self._root_str))

    def _locate(self, record_id: str) -> str | None:
        file_name = record_id + _SUFFIX
        for name, folder in self._locate_in:
            if os.path.isfile(folder + file_name):
                return name
        return None

    @contextlib.contextmanager
    def _write_lock(self) -> Iterator[None]:
        # The FileLock also queues this process's threads (and other store objects on the same
        # folder) before they reach the lock file, which cannot tell them apart.
        with self._lock:
            yield

    @contextlib.contextmanager
    def _saving(self, what: str, path: str) -> Iterator[None]:
        """Turn a file-system failure while writing into a StoreError that says what to do."""
        try:
            yield
        except OSError as exc:
            raise StoreError(
                f"could not {what} to {path}: {exc.strerror or exc}",
                hint=(
                    "Check that the drive is reachable, has free space, and that you may "
                    f"change files in {self._root_str}; the record is unchanged."
                ),
            ) from exc

    # --- internals: decoding ------------------------------------------------------------------

    def _decode(
        self, spec: RecordTypeSpec, stem: str, raw: bytes, verified: VerifiedFiles | None = None
    ) -> Record:
        """The record in *raw*, read from ``<spec.folder>/<stem>.json``; :class:`Broken` if
        it cannot be used (see :mod:`kmcore.store._decode`)."""
        return decode_record(spec, stem, raw, self._specs, self._classes, verified)

    def _stored_revision(self, spec: RecordTypeSpec, record_id: str, path: str) -> int | None:
        """The revision of the stored record, or None when there is none."""
        try:
            raw = read_bytes(path)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise self._unreadable(path, exc) from exc
        try:
            data = json.loads(decode_text(raw))  # TextEncodingError is a ValueError
            revision = data.get("revision", 0)
            if type(revision) is not int:
                raise ValueError(revision)
        except (ValueError, AttributeError):
            try:
                self._decode(spec, record_id, raw)
            except Broken as broken:
                raise self._invalid_file(path, broken) from None
            raise  # pragma: no cover - _decode cannot succeed where json.loads failed
        return max(revision, 1)

    # --- internals: errors --------------------------------------------------------------------

    def _not_found(self, spec: RecordTypeSpec, record_id: str) -> NotFound:
        message = f"no {spec.name} has the id {record_id!r} in {self._root_str}"
        other = self._locate(record_id)
        if other is not None and other != spec.name:
            message += f" ({record_id!r} is a {other})"
        return NotFound(message, hint=_NOT_FOUND_HINT)

    def _stale(
        self, spec: RecordTypeSpec, record_id: str, expected: int, current: int | None, verb: str
    ) -> Conflict:
        if current is None:
            where = self._locate(record_id)
            now = f"it is now a {where} record" if where else "it has been deleted since"
            return Conflict(
                f"cannot {verb} {spec.name} {record_id!r} (read at revision {expected}): {now}",
                hint="Re-read it; to bring it back, save it as a new record (revision 0).",
            )
        return Conflict(
            f"cannot {verb} {spec.name} {record_id!r}: it was read at revision {expected}, but "
            f"the stored record is at revision {current}; somebody else saved it meanwhile",
            hint="Re-read it, re-apply your change, and save again.",
        )

    def _invalid_file(self, path: str, broken: Broken) -> ValidationError:
        rel = self._relative(path).as_posix()
        problems = [
            attrs.evolve(p, reason=f"{p.reason} (line {line})") if line else p
            for p, line in broken.problems
        ]
        return ValidationError(
            rel,
            problems,
            hint=f"Fix {rel} in a text editor (`kmcore validate` lists every problem), "
            "or delete it.",
        )

    def _unreadable(self, path: str, exc: OSError) -> StoreError:
        return StoreError(
            f"could not read {path}: {exc.strerror or exc}",
            hint="Check that the folder is reachable and that you may read it.",
        )


def _log_problem(problem: FileProblem) -> None:
    log.warning("skipping %s", problem)

