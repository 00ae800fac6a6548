"""Remember which record files already passed every rule, so scans need not re-check them.

Reading 10,000 records must take well under a second, and running every field rule on every
record is the largest part of that. Rules depend only on a file's bytes and on the rule code,
so a file whose content hash was seen to pass, under the same rule code, passes again: the
scan still parses and type-checks it, but skips the rules.

The list lives in ``.kmcore/verified.json`` as JSON (never pickle: on a shared drive a pickle
would let anyone with write access run code on every PC that opens the knowledge base). It is
advisory: a missing, stale or unreadable list only costs time, writes to it are atomic and need
no lock (two writers lose one's additions, which the next scan finds again), and
``kmcore validate`` never uses it. Somebody able to edit the list could hide an invalid file
from scans, but they could as easily edit the record itself.
"""

from __future__ import annotations

import hashlib
import importlib
import inspect
import json
import os
from collections.abc import Mapping
from pathlib import Path

from kmcore.specs import RecordTypeSpec
from kmcore.store._files import atomic_write

__all__ = ["VerifiedFiles", "content_key"]

_FILE = "verified.json"
_FORMAT = 1


def content_key(raw: bytes) -> str:
    """A short, collision-resistant name for a file's exact bytes."""
    return hashlib.blake2b(raw, digest_size=16).hexdigest()


def _rules_key(specs: Mapping[str, RecordTypeSpec]) -> str:
    """Changes whenever the rule code might have: kmcore's version or any record module."""
    from kmcore import __version__

    parts = [__version__]
    for name in sorted(specs):
        cls = specs[name].cls
        try:
            source = inspect.getfile(cls)
            stamp = os.stat(source).st_mtime_ns
        except (TypeError, OSError):
            source, stamp = "?", 0
        parts.append(f"{name}={cls.__module__}.{cls.__qualname__}@{source}:{stamp}")
    # The record base and field rules apply to every type.
    for module in ("kmcore.records._fields", "kmcore.records.base", "kmcore.codec"):
        try:
            loaded = importlib.import_module(module)
            parts.append(f"{module}:{os.stat(inspect.getfile(loaded)).st_mtime_ns}")
        except (TypeError, OSError):
            parts.append(f"{module}:?")
    return hashlib.blake2b("\n".join(parts).encode(), digest_size=16).hexdigest()


class VerifiedFiles:
    """The set of content keys known to pass every rule under the current rule code."""

    def __init__(self, state_folder: Path, specs: Mapping[str, RecordTypeSpec]) -> None:
        self._path = state_folder / _FILE
        self._rules = _rules_key(specs)
        self._known: set[str] = self._load()
        self._seen: set[str] = set()
        self._added = False

    def _load(self) -> set[str]:
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return set()
        if (
            not isinstance(data, dict)
            or data.get("format") != _FORMAT
            or data.get("rules") != self._rules
            or not isinstance(data.get("files"), list)
        ):
            return set()
        return {k for k in data["files"] if isinstance(k, str)}

    def __contains__(self, key: str) -> bool:
        if key in self._known:
            self._seen.add(key)
            return True
        return False

    def add(self, key: str) -> None:
        """Note that a file with this content key passed every rule."""
        self._known.add(key)
        self._seen.add(key)
        self._added = True

    def save(self, *, complete: bool) -> None:
        """Write the list if it changed; after a *complete* scan, drop keys no file has now."""
        keys = self._seen if complete else self._known
        if not self._added and not (complete and keys != self._known):
            return
        payload = {"format": _FORMAT, "rules": self._rules, "files": sorted(keys)}
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(str(self._path), json.dumps(payload, separators=(",", ":")).encode())
        except OSError:
            return  # a read-only share: scans stay correct, just slower
        self._known = set(keys)
        self._added = False
