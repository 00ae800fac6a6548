"""The audit log: who changed which record, when, and through what.

Every add, update and delete made through a :class:`~kmcore.kb.KnowledgeBase` appends one
JSON line to ``.kmcore/audit.log`` in the knowledge base: the time (UTC), who (the operating
system login, or ``KMCORE_ACTOR``, or what the program set as :attr:`KnowledgeBase.actor`),
through what (``kmcore import``, ``kmcore sync``, ``python``), the operation, the record's type,
id and new revision, and the names of the fields that changed — never their values, so the
log does not become a second copy of personal data.

The file is only ever appended to (``O_APPEND``, one ``write`` per line, flushed to disk),
so lines from two processes never interleave. The one exception is erasure
(``kmcore person forget``), which must remove a person's id from everywhere; it rewrites the
log with the id replaced by a pseudonym, and says so in a line of its own.
``kmcore log`` reads it.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from kmcore.store._files import atomic_write

if TYPE_CHECKING:
    from kmcore.events import RecordChange

__all__ = ["AUDIT_FILE", "AuditEntry", "actor_key", "append_entry", "changed_fields",
           "copy_entries", "current_actor", "read_entries", "replace_actor"]

AUDIT_FILE = Path(".kmcore") / "audit.log"
_SKIP = frozenset({"revision", "created_at", "updated_at"})


def current_actor() -> str:
    """Who is making changes: ``KMCORE_ACTOR`` if set, else the operating system login."""
    actor = os.environ.get("KMCORE_ACTOR", "").strip()
    if actor:
        return actor
    try:
        return getpass.getuser()
    except Exception:  # no login name (a service account without one): say so
        return "unknown"


@attrs.frozen(kw_only=True)
class AuditEntry:
    """One line of the audit log."""

    at: str
    who: str
    via: str
    op: str
    type: str
    #: the record's id; "" for a batch (``op`` "batch"), whose ``note`` says how many
    id: str = ""
    revision: int | None = None
    fields: tuple[str, ...] = ()
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        data = attrs.asdict(self)
        data["fields"] = list(self.fields)
        return {k: v for k, v in data.items() if v not in (None, "", [])}

    def text(self) -> str:
        """``2025-01-06 09:00  jsmith  kmcore import  update innovation inn-x (r3): stage``"""
        when = self.at.replace("T", " ")[:16]
        what = " ".join(w for w in (self.op, self.type, self.id) if w) + (
            f" (r{self.revision})" if self.revision else "")
        tail = f": {', '.join(self.fields)}" if self.fields else ""
        note = f" — {self.note}" if self.note else ""
        return f"{when}  {self.who}  {self.via}  {what}{tail}{note}"


def changed_fields(change: RecordChange) -> tuple[str, ...]:
    """The names of the fields an update changed (all set fields for an add)."""
    from kmcore import codec

    new = codec.to_dict(change.record) if change.record is not None else {}
    old = codec.to_dict(change.previous) if change.previous is not None else {}
    names = sorted((set(new) | set(old)) - _SKIP - {"type", "schema_version", "id"})
    if change.op == "delete":
        return ()
    return tuple(n for n in names if new.get(n) != old.get(n))


def append_entry(root: Path, entry: AuditEntry) -> None:
    """Append *entry* to the knowledge base's audit log, durably."""
    append_entries(root, [entry])


def append_entries(root: Path, entries: list[AuditEntry]) -> None:
    """Append several entries in one write, durably (a batch, or a copy of another store's
    log)."""
    if not entries:
        return
    path = root / AUDIT_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(_line(e.to_dict()) for e in entries)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
    try:
        os.write(fd, text.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


def _line(data: dict[str, Any]) -> str:
    """One entry as the log keeps it: compact JSON on one line."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def copy_entries(root: Path, source: Any, destination: Any) -> int:
    """Carry the audit log along when ``kmcore store copy`` moves the records: from
    ``.kmcore/audit.log`` into a store that keeps the log itself (see
    :class:`kmcore.store.base.AuditingStore`), or from such a store into the file. Entries
    the destination already has are skipped (so a copy run again adds nothing twice); returns
    how many were copied. Nothing is copied between two stores that both use the file."""
    def keeps_log(store: Any) -> bool:
        return callable(getattr(store, "audit_entries", None))

    if keeps_log(source) == keeps_log(destination):
        return 0
    have = (list(destination.audit_entries()) if keeps_log(destination)
            else list(read_entries(root)))
    given = list(source.audit_entries()) if keeps_log(source) else list(read_entries(root))
    missing = _missing(given, have)
    if keeps_log(destination):
        destination.add_audit_entries(missing)
    else:
        append_entries(root, missing)
    return len(missing)


def _missing(given: Iterable[AuditEntry], have: Iterable[AuditEntry]) -> list[AuditEntry]:
    """The entries of *given* that *have* lacks, counting repeats (two identical entries in
    one second are two changes)."""
    counts: dict[str, int] = {}
    for entry in have:
        k = _key(entry)
        counts[k] = counts.get(k, 0) + 1
    missing = []
    for entry in given:
        k = _key(entry)
        if counts.get(k, 0):
            counts[k] -= 1
        else:
            missing.append(entry)
    return missing


def _key(entry: AuditEntry) -> str:
    return json.dumps(entry.to_dict(), sort_keys=True)


def merged_entries(root: Path, kept: Iterable[AuditEntry]) -> list[AuditEntry]:
    """A store's own audit log *kept* together with the folder's ``.kmcore/audit.log``
    entries it lacks (those written before the store kept the log: an older schema, or
    before ``kmcore store copy``), oldest first."""
    stored = list(kept)
    older = _missing(read_entries(root), stored)
    if not older:
        return stored
    return sorted([*older, *stored], key=lambda e: e.at)  # stable: ties keep their order


def entry_for(change: RecordChange, *, who: str, via: str) -> AuditEntry:
    record = change.record or change.previous
    return AuditEntry(
        at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        who=who, via=via, op=change.op, type=change.record_type, id=change.record_id,
        revision=change.record.revision if change.record is not None else (
            record.revision if record is not None else None),
        fields=changed_fields(change),
    )


def read_entries(root: Path) -> Iterator[AuditEntry]:
    """Every entry, oldest first; a damaged line is skipped (and cannot hide the others)."""
    path = root / AUDIT_FILE
    try:
        fh = path.open(encoding="utf-8")
    except FileNotFoundError:
        return
    with fh:
        for line in fh:
            try:
                data = json.loads(line)
                data["fields"] = tuple(data.get("fields", ()))
                yield AuditEntry(**data)
            except (json.JSONDecodeError, TypeError):
                continue


def actor_key(who: str) -> str:
    """*who* as an erasure compares it with a person's logins (:func:`replace_actor`):
    lower-cased, without a Windows domain or a path (``NHS\\AOkafor`` -> ``aokafor``)."""
    return who.strip().replace("/", "\\").rsplit("\\", 1)[-1].strip().lower()


def replace_actor(root: Path, actors: Iterable[str], new: str) -> int:
    """Rewrite the log with *new* as the ``who`` of every entry one of *actors* made (an
    erasure: the person's own logins, see :func:`kmcore.governance.names.login_names`,
    compared by :func:`actor_key`); returns the entries changed."""
    keys = {actor_key(a) for a in actors} - {""}
    if not keys:
        return 0

    def edit(line: str) -> str | None:
        data = _parsed(line)
        if data is not None and isinstance(data.get("who"), str) and \
                actor_key(data["who"]) in keys:
            data["who"] = new
            return _line(data)
        return None

    return _rewrite(root, edit)


def replace_id(root: Path, old: str, new: str) -> int:
    """Rewrite the log with record id *old* replaced by *new* (erasure); lines changed."""

    def edit(line: str) -> str | None:
        if old not in line:
            return None
        data = _parsed(line)
        if data is not None and data.get("id") == old:
            data["id"] = new
            return _line(data)
        return line.replace(old, new)

    return _rewrite(root, edit)


def _parsed(line: str) -> dict[str, Any] | None:
    try:
        data = json.loads(line)
    except json.JSONDecodeError:
        return None
    return data if isinstance(data, dict) else None


def _rewrite(root: Path, edit: Callable[[str], str | None]) -> int:
    """Rewrite the log whole (atomically) with each line *edit* returns a new text for;
    the lines changed. An erasure's rewrite: nothing of the old lines is left behind."""
    path = root / AUDIT_FILE
    if not path.exists():
        return 0
    changed = 0
    out = []
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        edited = edit(line)
        if edited is not None:
            line = edited
            changed += 1
        out.append(line)
    if changed:
        atomic_write(str(path), "".join(out).encode("utf-8"))
    return changed
