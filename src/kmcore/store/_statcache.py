"""Remember each record file's content key beside its size, modification time and inode.

An unchanged sync must tell which of 10,000 record files changed in well under half a second,
and reading and hashing every file costs about 0.15 s of that. Like rsync's and git's quick
check, a file whose size, modification time (in nanoseconds) and inode are what they were when
it was last hashed is taken to hold the same bytes, so it is not read again. kmcore replaces
record files atomically, so each save gives a new inode as well as a new time.

Git's "racy" guard applies: a file modified in the same moment the list was written could
change again without its time moving, so entries whose modification time is within
:data:`RACY_SECONDS` of the moment they were recorded are never trusted and are re-read.

The list lives in ``.kmcore/fingerprints.json``. It is advisory, like ``verified.json``: a
missing, damaged or stale list costs time, never correctness, writes are atomic and need no
lock, and it is never used by ``kmcore validate``.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from kmcore.store._files import atomic_write

__all__ = ["RACY_SECONDS", "StatCache"]

_FILE = "fingerprints.json"
_FORMAT = 1
#: How close to the moment of recording a modification time must be to be distrusted.
RACY_SECONDS = 2.0
#: A lazy save skips rewriting the whole list for fewer new or re-read files than this:
#: hashing them again next time costs less than writing 10,000 entries now.
LAZY_MIN = 64

Signature = tuple[int, int, int]  # size, mtime_ns, inode


class StatCache:
    """``relative path -> (signature, content key)``, loaded once and saved if it changed."""

    def __init__(self, state_folder: Path, file_name: str = _FILE) -> None:
        # Other quick checks keep their own list (file_name) with their own values for keys.
        self._path = state_folder / file_name
        # path -> [size, mtime_ns, inode, key], as the file holds it: checked when looked up
        # rather than converted on load (10,000 entries, most never changing).
        self._entries: dict[str, list[Any]] = {}
        self._recorded_ns = 0
        self._loaded = False  # a list was read (else a save always writes one)
        self._load()
        self._seen: set[str] = set()
        self._changed = False
        self._misses = 0  # entries added, changed or distrusted since the last save

    def _load(self) -> None:
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
            if data.get("format") != _FORMAT:
                return
            recorded = int(data["recorded_ns"])
            entries = data["files"]
            if type(entries) is not dict:
                return
        except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError):
            return
        self._entries, self._recorded_ns = entries, recorded
        self._loaded = True

    def get(self, path: str, signature: Signature) -> str | None:
        """The content key recorded for *path*, if its signature still matches and is safe."""
        self._seen.add(path)
        found = self._entries.get(path)
        # A damaged entry (not a list of three whole numbers and a text) never matches.
        if (type(found) is not list or len(found) != 4 or type(found[3]) is not str
                or (found[0], found[1], found[2]) != signature):
            return None
        # Racy: modified so close to when we recorded it that a later change could share its
        # time; re-read such files.
        if signature[1] >= self._recorded_ns - int(RACY_SECONDS * 1e9):
            # Saving again records a later moment, after which this entry can be trusted.
            self._changed = True
            self._misses += 1
            return None
        key: str = found[3]
        return key

    def put(self, path: str, signature: Signature, key: str) -> None:
        self._seen.add(path)
        entry = [*signature, key]
        if self._entries.get(path) != entry:
            self._entries[path] = entry
            self._changed = True
            self._misses += 1

    def save(self, *, complete: bool, lazy: bool = False) -> None:
        """Write the list if it changed; after a *complete* listing drop vanished files.

        With *lazy*, a change to fewer than :data:`LAZY_MIN` entries (and no vanished file)
        of a list that was read is not written: those files are simply read and hashed
        again next time."""
        vanished = complete and bool(set(self._entries) - self._seen)
        if vanished:
            self._entries = {p: e for p, e in self._entries.items() if p in self._seen}
            self._changed = True
        if not self._changed or (lazy and self._loaded and not vanished
                                 and self._misses < LAZY_MIN):
            return
        now_ns = time.time_ns()
        payload = {
            "format": _FORMAT,
            "recorded_ns": now_ns,
            "files": self._entries,
        }
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(str(self._path), json.dumps(payload, separators=(",", ":")).encode())
        except OSError:
            return  # read-only share: still correct, just slower next time
        self._recorded_ns = now_ns
        self._changed = False
        self._misses = 0
        self._loaded = True
