"""The per-target ledger: what each target has been confirmed to hold, kept crash-safe.

One folder per target, ``<kb>/.kmcore/targets/<name>/``::

    ledger.json      the snapshot: every entry as of the end of the last successful run
    journal.jsonl    what happened since: one JSON line per confirmed item (or intent)
    lock             held while a sync to this target runs
    reports/         one JSON run report per run

Writes are cheap and safe. Each item the target confirms is appended to the journal as it
lands; the lines of one batch are flushed and fsync'd together before the next batch is sent.
On load the snapshot is read and the journal replayed over it; a line torn by a crash (no
newline, or not JSON) is ignored, and so is anything after it. At the end of a successful run
whose journal has grown long enough (see :meth:`Ledger.compact`) the entries are written to a
new snapshot (an atomic replace) and the journal is emptied.

Before a batch is sent, an *intent* line names the items about to go: if the process dies
before the target's answer is journalled, the next run knows the target may hold a newer copy
than the ledger says, and does not mistake its own lost write for somebody's edit. An intent
never claims that anything was published.

JSON only, never pickle: the ledger lives on a shared drive, and a pickle would let anyone who
can write there run code on every PC that syncs.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Iterable, Iterator, MutableMapping
from pathlib import Path
from typing import Any, Literal

import attrs

from kmcore.errors import StoreError
from kmcore.guard.pii import masked_text
from kmcore.store._files import atomic_write, fsync_file

__all__ = ["Entries", "Entry", "Ledger", "State", "target_folder"]

log = logging.getLogger("kmcore.sync")

_FORMAT = 1
SNAPSHOT = "ledger.json"
JOURNAL = "journal.jsonl"

#: ``published``: the target holds it; ``deleted``: withdrawn (a tombstone); ``held``: never
#: sent (not eligible, or blocked by a gate), remembered so an unchanged file is not re-checked.
State = Literal["published", "deleted", "held"]
_STATES = frozenset(("published", "deleted", "held"))


def target_folder(kb_root: Path, name: str) -> Path:
    """``<kb>/.kmcore/targets/<name>``: where a target's ledger, lock and reports live."""
    return kb_root / ".kmcore" / "targets" / name


@attrs.frozen(kw_only=True)
class Entry:
    """What the ledger knows about one record on one target.

    :ivar content_hash: hash of exactly what was published (after gates).
    :ivar source_hash: content key of the record file's bytes it was computed from.
    :ivar fields: a short hash per top-level field of what was published, to say what changed,
        packed as ``"name=hash name=hash"`` (one string loads far faster than a dict per
        entry; see :meth:`field_hashes`).
    :ivar held: why a ``held`` record was not sent: ``[gate, reason, path]`` triples.
    :ivar uncertain: an item was sent but no answer was recorded (a crash or lost response):
        the target may hold a newer copy than ``remote_version``.
    """

    record_type: str
    state: State
    content_hash: str = ""
    source_hash: str = ""
    remote_ref: str | None = None
    remote_version: str | None = None
    fields: str = ""
    held: tuple[tuple[str, str, str], ...] = ()
    title: str = ""  # of a held record, so reports can name it without reading it
    uncertain: bool = False

    def field_hashes(self) -> dict[str, str]:
        """:attr:`fields` unpacked: field name -> short hash."""
        return dict(part.split("=", 1) for part in self.fields.split() if "=" in part)

    @staticmethod
    def pack_fields(hashes: dict[str, str]) -> str:
        return " ".join(f"{k}={v}" for k, v in hashes.items())

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"t": self.record_type, "st": self.state}
        for key, value in (("h", self.content_hash), ("s", self.source_hash),
                           ("r", self.remote_ref), ("v", self.remote_version)):
            if value:
                data[key] = value
        if self.fields:
            data["f"] = self.fields
        if self.held:
            data["why"] = [list(h) for h in self.held]
        if self.title:
            # Masked again here: a title held in an older ledger may still show a number.
            data["n"] = masked_text(self.title)
        if self.uncertain:
            data["u"] = 1
        return data

    @classmethod
    def from_json(cls, data: Any) -> Entry:
        if type(data) is not dict or data.get("st") not in _STATES:
            raise ValueError("not a ledger entry")
        get = data.get
        why = get("why")
        return cls(
            record_type=str(data["t"]),
            state=data["st"],
            content_hash=str(get("h", "")),
            source_hash=str(get("s", "")),
            remote_ref=get("r"),
            remote_version=get("v"),
            fields=str(get("f", "")),
            held=tuple((str(g), str(r), str(p)) for g, r, p in why) if why else (),
            title=str(get("n", "")),
            uncertain=bool(get("u")),
        )


class Entries(MutableMapping[str, Entry]):
    """Record id -> :class:`Entry`, built from the snapshot's JSON only when asked for.

    A sync of 10,000 records where one changed looks at every entry's state, type and source
    hash but needs few whole entries: building 10,000 frozen objects on every load cost more
    than reading the file. The snapshot's dicts are kept as loaded (checked for a state and
    a type) and turned into an :class:`Entry` on first access; :meth:`quick_state` and
    :meth:`brief` answer from them without building anything.
    """

    __slots__ = ("_data",)

    def __init__(self, raw: dict[str, Any] | None = None) -> None:
        self._data: dict[str, Any] = raw if raw is not None else {}

    @classmethod
    def from_snapshot(cls, raw: Any) -> Entries:
        if type(raw) is not dict:
            raise ValueError("the entries are not a JSON object")
        for value in raw.values():
            if type(value) is not dict or value.get("st") not in _STATES or "t" not in value:
                raise ValueError("not a ledger entry")
        return cls(raw)

    def __getitem__(self, record_id: str) -> Entry:
        value = self._data[record_id]
        if type(value) is dict:
            value = self._data[record_id] = Entry.from_json(value)
        return value  # type: ignore[no-any-return]

    def __setitem__(self, record_id: str, entry: Entry) -> None:
        self._data[record_id] = entry

    def __delitem__(self, record_id: str) -> None:
        del self._data[record_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, record_id: object) -> bool:
        return record_id in self._data

    def __repr__(self) -> str:
        return f"Entries({dict(self.items())!r})"

    def quick_state(self, record_id: str, record_type: str, source_hash: str) -> str | None:
        """The entry's state if it was computed from exactly this file (*source_hash*) of
        this type and is not uncertain; else None. Builds no :class:`Entry`."""
        value = self._data.get(record_id)
        if value is None:
            return None
        if type(value) is dict:
            if (value.get("s") == source_hash and value.get("t") == record_type
                    and not value.get("u")):
                return str(value["st"])
            return None
        if (value.source_hash == source_hash and value.record_type == record_type
                and not value.uncertain):
            return str(value.state)
        return None

    def brief(self) -> Iterator[tuple[str, str, str]]:
        """Every (record id, state, record type), without building entries."""
        for record_id, value in self._data.items():
            if type(value) is dict:
                yield record_id, value["st"], str(value["t"])
            else:
                yield record_id, value.state, value.record_type

    def to_json(self, record_id: str) -> dict[str, Any]:
        """The entry as the snapshot stores it (an entry never built is written as read)."""
        value = self._data[record_id]
        return value if type(value) is dict else value.to_json()


class Ledger:
    """The ledger of one target; load it with :meth:`open`.

    :ivar entries: record id -> :class:`Entry`.
    :ivar cursor: the target's pull cursor (None before the first pull).
    :ivar config_key: identifies the gates and target settings the entries were computed
        under; when it changes every record is checked again.
    :ivar pulled: remote ref -> remote version of every item brought in by pull.
    :ivar waiting: remote ref -> why (``reason``, ``version``, ``type``, ``since``) of every
        item a pull could not bring in yet, reported every run until it comes in or is
        deleted on the target (the target's feed has moved past it).
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.entries: Entries = Entries()
        self.cursor: str | None = None
        self.config_key: str = ""
        self.pulled: dict[str, str] = {}
        self.waiting: dict[str, dict[str, str]] = {}
        #: ids applied on the target since its ``finish()`` last completed (a run killed or
        #: failed before finishing): the next run's ``finish()`` sees them as changed too.
        self.unfinished: set[str] = set()
        self._journal: Any = None  # open binary file while writing
        self._pending: list[bytes] = []
        self.dirty = False  # something was journalled since the last snapshot
        self._torn = False  # the journal ends in a line a crash cut short
        self._lines = 0  # lines in the journal file

    # --- loading ---------------------------------------------------------------------------

    @classmethod
    def open(cls, folder: Path) -> Ledger:
        """The ledger in *folder* (empty if there is none yet), journal replayed."""
        ledger = cls(folder)
        ledger._load_snapshot()
        ledger._replay()
        return ledger

    def _load_snapshot(self) -> None:
        path = self.folder / SNAPSHOT
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return
        except OSError as exc:
            raise StoreError(f"could not read the sync ledger {path}: {exc.strerror or exc}",
                             hint="Check that the knowledge base folder is reachable.") from exc
        try:
            data = json.loads(raw)
            if data.get("format") != _FORMAT:
                raise ValueError(f"unknown ledger format {data.get('format')!r}")
            self.entries = Entries.from_snapshot(data["entries"])
            self.cursor = data.get("cursor")
            self.config_key = str(data.get("config_key", ""))
            self.pulled = {str(k): str(v) for k, v in data.get("pulled", {}).items()}
            self.waiting = {str(k): {str(a): str(b) for a, b in v.items()}
                            for k, v in data.get("waiting", {}).items()}
            self.unfinished = {str(i) for i in data.get("unfinished", [])}
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise StoreError(
                f"the sync ledger {path} is damaged ({exc})",
                hint="Restore it from a backup. If that is not possible, move it aside: the next "
                "sync then treats every record as new, and targets, whose create is keyed by "
                "record id, update their copies rather than duplicate them.",
            ) from exc

    def _replay(self) -> None:
        path = self.folder / JOURNAL
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return
        lines = raw.split(b"\n")
        # The last element is what follows the final newline: b"" normally, a torn line after
        # a crash. Either way it is not a complete line.
        for line in lines[:-1]:
            self._lines += 1
            try:
                self._apply(json.loads(line))
            except (ValueError, KeyError, TypeError):
                log.warning("ignoring a damaged line in %s and everything after it", path)
                self._torn = True
                break
            self.dirty = True
        if lines[-1]:
            self._torn = self.dirty = True

    def _apply(self, data: dict[str, Any]) -> None:
        kind = data["k"]
        if kind == "e":
            self.entries[data["id"]] = Entry.from_json(data["e"])
        elif kind == "intent":
            for record_id in data["ids"]:
                entry = self.entries.get(record_id)
                if entry is not None and entry.state == "published":
                    self.entries[record_id] = attrs.evolve(entry, uncertain=True)
        elif kind == "cursor":
            self.cursor = data["cursor"]
        elif kind == "pulled":
            self.pulled[data["ref"]] = data["version"]
        elif kind == "waiting":
            if data["w"] is None:
                self.waiting.pop(data["ref"], None)
            else:
                self.waiting[data["ref"]] = dict(data["w"])
        elif kind == "config":
            self.config_key = data["key"]
        elif kind == "changed":
            self.unfinished.update(data["ids"])
        elif kind == "finished":
            self.unfinished.clear()
        else:
            raise KeyError(kind)

    # --- writing ---------------------------------------------------------------------------

    def set(self, record_id: str, entry: Entry) -> None:
        """Record an entry (journalled at the next :meth:`flush`)."""
        self.entries[record_id] = entry
        self._add({"k": "e", "id": record_id, "e": entry.to_json()})

    def intend(self, record_ids: Iterable[str]) -> None:
        """Note that these items are about to be sent; flushed at once."""
        ids = list(record_ids)
        if ids:
            self._add({"k": "intent", "ids": ids})
            self.flush()

    def set_cursor(self, cursor: str) -> None:
        self.cursor = cursor
        self._add({"k": "cursor", "cursor": cursor})

    def note_changed(self, record_ids: Iterable[str]) -> None:
        """Record ids applied on the target that its ``finish()`` has not seen yet."""
        ids = sorted(set(record_ids) - self.unfinished)
        if ids:
            self.unfinished.update(ids)
            self._add({"k": "changed", "ids": ids})

    def note_finished(self) -> None:
        """The target's ``finish()`` completed: it has seen every change."""
        if self.unfinished:
            self.unfinished.clear()
            self._add({"k": "finished"})

    def set_config_key(self, key: str) -> None:
        self.config_key = key
        self._add({"k": "config", "key": key})

    def set_pulled(self, remote_ref: str, version: str) -> None:
        self.pulled[remote_ref] = version
        self._add({"k": "pulled", "ref": remote_ref, "version": version})

    def set_waiting(self, remote_ref: str, why: dict[str, str] | None) -> None:
        """Note an item a pull could not bring in (*why*), or that it no longer waits."""
        if why is None:
            if self.waiting.pop(remote_ref, None) is None:
                return
        else:
            self.waiting[remote_ref] = dict(why)
        self._add({"k": "waiting", "ref": remote_ref, "w": why})

    def _add(self, data: dict[str, Any]) -> None:
        self._pending.append(
            json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"
        )
        self.dirty = True

    def flush(self) -> None:
        """Write the journalled lines and fsync them (once for the lot)."""
        if not self._pending:
            return
        if self._journal is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            path = self.folder / JOURNAL
            if self._torn:
                # Lines after a torn or damaged one would never be replayed: first write what
                # was replayed to a snapshot and start a fresh journal.
                self._write_snapshot()
                path.unlink(missing_ok=True)
                self._torn = False
                self._lines = 0
            self._journal = open(path, "ab")  # noqa: SIM115 - closed in close()
        self._journal.write(b"".join(self._pending))
        self._lines += len(self._pending)
        self._pending.clear()
        fsync_file(self._journal)

    def compact(self, *, force: bool = False) -> None:
        """At the end of a good run: write every entry to a new snapshot and empty the
        journal, once the journal is long enough for that to pay (or when *force*).

        Rewriting the snapshot costs time in proportion to the whole ledger, replaying the
        journal in proportion to its length; so a run that changed a few records leaves its
        lines in the journal, and the run that takes it past a tenth of the ledger's size
        (at least 200 lines) folds it in.
        """
        self.flush()
        if not self.dirty:
            return
        if not force and self._lines < max(200, len(self.entries) // 10):
            return
        self._write_snapshot()
        self._lines = 0
        if self._journal is not None:
            self._journal.close()
            self._journal = None
        with contextlib.suppress(FileNotFoundError):
            (self.folder / JOURNAL).unlink()
        self.dirty = False

    def rewrite(self) -> None:
        """Fold the journal into a new snapshot now, whatever its length: afterwards the
        folder holds only the current entries (erasure relies on this to drop every line
        that named a withdrawn record)."""
        self.dirty = True
        self.compact(force=True)

    def _write_snapshot(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        payload = {
            "format": _FORMAT,
            "config_key": self.config_key,
            "cursor": self.cursor,
            "pulled": self.pulled,
            "waiting": self.waiting,
            "unfinished": sorted(self.unfinished),
            "entries": {k: self.entries.to_json(k) for k in sorted(self.entries)},
        }
        data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        atomic_write(str(self.folder / SNAPSHOT), data)

    def close(self) -> None:
        """Flush and close the journal (without compacting)."""
        try:
            self.flush()
        finally:
            if self._journal is not None:
                self._journal.close()
                self._journal = None

    # --- reading ---------------------------------------------------------------------------

    def published(self) -> Iterator[tuple[str, Entry]]:
        """Every (record id, entry) the target holds."""
        entries = self.entries
        for record_id, state, _type in entries.brief():
            if state == "published":
                yield record_id, entries[record_id]

    def published_types(self) -> dict[str, str]:
        """Every record id the target holds -> its record type (no entries built)."""
        return {i: t for i, state, t in self.entries.brief() if state == "published"}
