"""A real target backend for tests: :class:`DirectoryTarget` keeps published items as JSON
files in a folder, so tests (and other processes) can look at exactly what it holds.

It behaves as the target contract (:mod:`kmcore.sync.model`) requires (create idempotent by
record id, one result per item, versions for conflict detection, a change feed for pull) and
can misbehave on demand, as remote services do: see :class:`Faults`. Register it for a test::

    from kmcore.testing.fake_targets import use_fake_targets

    def test_publish(kb_with_target):
        with use_fake_targets():
            reports = kmcore.sync.sync(kb)       # [targets.t] backend = "fake-dir"

Its settings, in ``kmcore.toml``::

    [targets.t]
    backend = "fake-dir"
    path = "published"      # folder, relative to the knowledge base (required)
    batch_size = 10         # items per apply() call
    versions = true         # answer remote_versions() (conflict detection); false: None
    feed = true             # offer a change feed for pull; false: pull() answers None

The folder::

    items/<record id>.json  one file per published item (written atomically)
    writes.log              one line per item written or deleted: count them to prove that a
                            sync wrote nothing
    finish.json             how many times finish() was called, and with what
    feed.jsonl              the change feed (see :meth:`DirectoryTarget.submit` and
                            :meth:`DirectoryTarget.edit_remotely`)
    faults.json             failure modes still to happen (see :class:`Faults`)

Set ``KMCORE_FAKE_KILL_AFTER=N`` in the environment and the process kills itself with SIGKILL
right after the N-th item it writes, before answering: the worst moment for the engine, which
the kill-and-resume test uses. ``KMCORE_FAKE_NO_FSYNC=1`` skips the fake's own fsync calls
(its files are still replaced atomically, which is all a killed process needs; the engine's
ledger is fsync'd regardless).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from kmcore import codec
from kmcore.errors import ConfigError
from kmcore.hookspecs import hookimpl
from kmcore.specs import BackendSpec
from kmcore.store._files import atomic_write
from kmcore.sync.model import Item, ItemResult, PulledItem, SyncContext, TargetConfig

if TYPE_CHECKING:
    from kmcore.kb import KnowledgeBase
    from kmcore.plugins import Plugins

__all__ = [
    "BACKEND_NAME",
    "KILL_AFTER_ENV",
    "DirectoryTarget",
    "FakeTargetsPlugin",
    "Faults",
    "use_fake_targets",
]

BACKEND_NAME = "fake-dir"
KILL_AFTER_ENV = "KMCORE_FAKE_KILL_AFTER"
NO_FSYNC_ENV = "KMCORE_FAKE_NO_FSYNC"
_REF_PREFIX = "item-"
_written_in_process = 0  # items written by this process, for KMCORE_FAKE_KILL_AFTER


@attrs.define(kw_only=True)
class Faults:
    """Failure modes a :class:`DirectoryTarget` folder will show, each a number of times.

    :ivar throttle: the next N ``apply`` calls write nothing and answer every item with a
        retryable "throttled" error (HTTP 429 in real life).
    :ivar lose: record id -> N: the item is applied, but the answer is lost: it comes back
        failed and retryable ("timed out"), N times.
    :ivar lose_batches: the next N ``apply`` calls apply every item and then raise
        ``TimeoutError`` instead of answering.
    :ivar fail: record id -> N: the item is refused (not retryable), N times; the rest of its
        batch goes ahead (a partial batch failure).
    :ivar finish_fail: the next N ``finish`` calls raise (a site that could not be rebuilt).
    """

    throttle: int = 0
    lose: dict[str, int] = attrs.field(factory=dict)
    lose_batches: int = 0
    fail: dict[str, int] = attrs.field(factory=dict)
    finish_fail: int = 0

    @classmethod
    def load(cls, folder: Path) -> Faults:
        try:
            data = json.loads((folder / "faults.json").read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        return cls(**data)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write(str(folder / "faults.json"), json.dumps(attrs.asdict(self)).encode())

    @staticmethod
    def take(counts: dict[str, int], key: str) -> bool:
        if counts.get(key, 0) > 0:
            counts[key] -= 1
            return True
        return False


class DirectoryTarget:
    """A target that publishes into a folder of JSON files; see the module docstring."""

    def __init__(self, config: TargetConfig, kb: KnowledgeBase) -> None:
        self.config = config
        path = config.settings.get("path")
        if not isinstance(path, str) or not path:
            raise ConfigError(
                f"kmcore.toml: $.targets.{config.name}.path: is required: the folder to "
                "publish into", hint='Add path = "published".',
            )
        self.folder = Path(kb.root, path)
        self.batch_size = int(config.settings.get("batch_size", 10))
        self.versions = bool(config.settings.get("versions", True))
        self.feed = bool(config.settings.get("feed", True))
        self.finished: list[SyncContext] = []
        self.closed = False

    def __repr__(self) -> str:
        return f"DirectoryTarget({self.config.name!r}, {str(self.folder)!r})"

    # --- the Target protocol ---------------------------------------------------------------

    def apply(self, items: Sequence[Item]) -> list[ItemResult]:
        faults = Faults.load(self.folder)
        if faults.throttle > 0:
            faults.throttle -= 1
            faults.save(self.folder)
            return [ItemResult(record_id=i.record_id, ok=False, retryable=True,
                               error="the target is busy (throttled); try again later")
                    for i in items]
        results = []
        for item in items:
            if Faults.take(faults.fail, item.record_id):
                faults.save(self.folder)
                results.append(ItemResult(record_id=item.record_id, ok=False,
                                          error="the target refused this item"))
                continue
            try:
                result = self._apply_one(item)
            except Exception as exc:  # never raise for one bad item
                result = ItemResult(record_id=item.record_id, ok=False, error=str(exc))
            if result.ok and Faults.take(faults.lose, item.record_id):
                faults.save(self.folder)
                result = ItemResult(record_id=item.record_id, ok=False, retryable=True,
                                    error="timed out waiting for the target's answer")
            results.append(result)
        if faults.lose_batches > 0:
            faults.lose_batches -= 1
            faults.save(self.folder)
            raise TimeoutError("the connection dropped before the target answered")
        return results

    def remote_versions(self, refs: Sequence[str]) -> Mapping[str, str] | None:
        if not self.versions:
            return None
        found = {}
        for ref in refs:
            data = self._read(ref.removeprefix(_REF_PREFIX))
            if data is not None:
                found[ref] = str(data["version"])
        return found

    def finish(self, context: SyncContext) -> None:
        faults = Faults.load(self.folder)
        if faults.finish_fail > 0:
            faults.finish_fail -= 1
            faults.save(self.folder)
            raise OSError("the index pages could not be written")
        self.finished.append(context)
        path = self.folder / "finish.json"
        try:
            calls = json.loads(path.read_text(encoding="utf-8"))["calls"]
        except (FileNotFoundError, ValueError, KeyError):
            calls = 0
        info = {"calls": calls + 1, "published": sorted(context.published),
                "changed": sorted(context.changed)}
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write(str(path), json.dumps(info).encode())

    def pull(self, cursor: str | None) -> tuple[list[PulledItem], str] | None:
        if not self.feed:
            return None
        start = int(cursor) if cursor else 0
        entries = _read_lines(self.folder / "feed.jsonl")
        items = [
            PulledItem(remote_ref=e["remote_ref"], remote_version=e["version"],
                       data=e["data"], record_id=e.get("record_id"))
            for e in entries[start:]
        ]
        return items, str(len(entries))

    def close(self) -> None:
        self.closed = True

    # --- internals -------------------------------------------------------------------------

    def _path(self, record_id: str) -> Path:
        return self.folder / "items" / f"{record_id}.json"

    def _read(self, record_id: str) -> dict[str, Any] | None:
        try:
            return json.loads(self._path(record_id).read_text(encoding="utf-8"))  # type: ignore[no-any-return]
        except (FileNotFoundError, ValueError):
            return None

    def _apply_one(self, item: Item) -> ItemResult:
        existing = self._read(item.record_id)
        ref = _REF_PREFIX + item.record_id
        if item.op in ("update", "delete") and existing is not None and self.versions and (
            item.remote_version is not None and str(existing["version"]) != item.remote_version
        ):
            return ItemResult(record_id=item.record_id, ok=False, conflict=True,
                              error="changed on the target since the version given")
        if item.op == "delete":
            if existing is not None:
                self._path(item.record_id).unlink()
                self._wrote("delete", item.record_id)
            return ItemResult(record_id=item.record_id, ok=True, remote_ref=ref)
        if item.op == "update" and existing is None:
            return ItemResult(record_id=item.record_id, ok=False,
                              error="there is no such item on the target")
        if item.record is None:
            return ItemResult(record_id=item.record_id, ok=False, error="no record to publish")
        # create is idempotent by record id: a second create updates the one copy.
        version = int(existing["version"]) + 1 if existing else 1
        data = {"record_id": item.record_id, "record_type": item.record_type,
                "remote_ref": ref, "version": version, "content_hash": item.content_hash,
                "data": codec.to_dict(item.record)}
        self._path(item.record_id).parent.mkdir(parents=True, exist_ok=True)
        _write(self._path(item.record_id),
               json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
        self._wrote(item.op, item.record_id)
        return ItemResult(record_id=item.record_id, ok=True, remote_ref=ref,
                          remote_version=str(version))

    def _wrote(self, op: str, record_id: str) -> None:
        global _written_in_process
        with open(self.folder / "writes.log", "ab") as fh:
            fh.write(f"{op} {record_id}\n".encode())
        _written_in_process += 1
        limit = os.environ.get(KILL_AFTER_ENV)
        if limit and _written_in_process >= int(limit):
            os.kill(os.getpid(), signal.SIGKILL)  # pragma: no cover - dies here

    # --- for tests: looking at and changing the target from outside -----------------------

    @staticmethod
    def items(folder: Path) -> dict[str, dict[str, Any]]:
        """Every item the target folder holds, by record id."""
        found = {}
        for path in sorted((folder / "items").glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            found[data["record_id"]] = data
        return found

    @staticmethod
    def writes(folder: Path) -> list[str]:
        """Every write so far, oldest first (``"create inn-1"``, ``"delete st-2"``)."""
        try:
            return (folder / "writes.log").read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []

    @staticmethod
    def finish_info(folder: Path) -> dict[str, Any]:
        try:
            return json.loads((folder / "finish.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]
        except FileNotFoundError:
            return {"calls": 0}

    @staticmethod
    def edit_remotely(folder: Path, record_id: str, **changes: Any) -> str:
        """Edit an item as somebody on the target would: new version, changed fields, and an
        entry in the change feed. Returns the new version."""
        path = folder / "items" / f"{record_id}.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        data["version"] = int(data["version"]) + 1
        data["data"].update(changes)
        atomic_write(str(path), json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
        _append(folder / "feed.jsonl", {"remote_ref": data["remote_ref"],
                                        "version": str(data["version"]),
                                        "record_id": record_id, "data": data["data"]})
        return str(data["version"])

    @staticmethod
    def submit(folder: Path, remote_ref: str, data: Mapping[str, Any],
               version: str = "1") -> None:
        """An item created on the target (a form submission), for pull to bring in."""
        _append(folder / "feed.jsonl", {"remote_ref": remote_ref, "version": version,
                                        "data": dict(data)})

    @staticmethod
    def set_faults(folder: Path, faults: Faults) -> None:
        faults.save(folder)

    @staticmethod
    def faults(folder: Path) -> Faults:
        return Faults.load(folder)


def _write(path: Path, data: bytes) -> None:
    if os.environ.get(NO_FSYNC_ENV):
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
    else:
        atomic_write(str(path), data)


def _append(path: Path, data: Mapping[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "ab") as fh:
        fh.write(json.dumps(data, ensure_ascii=False).encode("utf-8") + b"\n")


def _read_lines(path: Path) -> list[dict[str, Any]]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return []
    return [json.loads(line) for line in raw.split(b"\n") if line.strip()]


class FakeTargetsPlugin:
    """Registers :class:`DirectoryTarget` as the target backend ``fake-dir``."""

    @hookimpl
    def kmcore_register_backends(self, register: Any) -> None:
        register(BackendSpec(
            name=BACKEND_NAME, kind="target",
            factory="kmcore.testing.fake_targets:DirectoryTarget",
            description="Test target: JSON files in a folder, with injectable failures.",
        ))


@contextlib.contextmanager
def use_fake_targets(plugins: Plugins | None = None) -> Iterator[Plugins]:
    """Register the ``fake-dir`` backend for the duration of a ``with`` block."""
    from kmcore.testing.plugins import register_plugin

    with register_plugin(FakeTargetsPlugin(), name="kmcore-fake-targets",
                         plugins=plugins) as registered:
        yield registered
