"""Fingerprints of the local store's record files, for the sync engine: each file's id, type
and content key, from its exact bytes, without parsing it.

Listing the folders also finds temporary files left by a save that was killed half-way; the
store removes them (:func:`remove_leftovers`) under the writers' lock.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Mapping
from pathlib import Path

from kmcore.errors import KmcoreError
from kmcore.specs import RecordTypeSpec
from kmcore.store._files import TEMP_NAME, read_bytes, retry_on_windows
from kmcore.store._lock import FileLock
from kmcore.store._problems import SUFFIX as _SUFFIX
from kmcore.store._statcache import StatCache
from kmcore.store._verified import content_key

__all__ = ["Fingerprints", "fingerprint_files", "remove_leftovers"]

log = logging.getLogger("kmcore.store")

#: What :func:`fingerprint_files` finds: id -> (type name, content key); ids found in more
#: than one type's folder, with their files; temporary files left behind (absolute paths).
Fingerprints = tuple[dict[str, tuple[str, str]], dict[str, list[str]], list[str]]


def fingerprint_files(
    state: Path,
    specs: Mapping[str, RecordTypeSpec],
    folders: Mapping[str, str],
    names: list[str],
) -> Fingerprints:
    """Fingerprint every record file of the types *names*, by type name and then as listed.

    *state* is the store's state folder (where the stat cache lives); *folders* maps each
    type name in *specs* to its absolute folder. An id in two folders is answered with the
    later type's file and reported among the duplicates.
    """
    found: dict[str, tuple[str, str]] = {}
    twice: dict[str, list[str]] = {}  # id -> its files, for an id used in two folders
    # Files unchanged since they were last hashed (same size, time and inode) are not read
    # again: see store/_statcache.py for why that is safe.
    cache = StatCache(state)
    leftovers: list[str] = []
    for name in names:
        folder = folders[name]
        try:
            with os.scandir(folder) as listing:
                entries = []
                for e in listing:
                    if not e.name.startswith("."):
                        if e.name.endswith(_SUFFIX):
                            entries.append(e)
                    elif TEMP_NAME.fullmatch(e.name):
                        leftovers.append(e.path)
        except (FileNotFoundError, NotADirectoryError):
            continue
        for entry in entries:
            stem = entry.name[: -len(_SUFFIX)]
            rel = f"{name}/{entry.name}"
            try:
                st = entry.stat()
                signature = (st.st_size, st.st_mtime_ns, st.st_ino)
                key = cache.get(rel, signature)
                if key is None:
                    key = content_key(read_bytes(entry.path))
                    cache.put(rel, signature, key)
            except OSError:
                continue  # deleted since listed, or a folder named x.json: scan reports it
            if stem in found:
                first = f"{specs[found[stem][0]].folder}/{entry.name}"
                twice.setdefault(stem, [first]).append(
                    f"{specs[name].folder}/{entry.name}")
            found[stem] = (name, key)
    cache.save(complete=len(names) == len(specs), lazy=True)
    return found, twice, leftovers


def remove_leftovers(paths: list[str], lock: FileLock) -> None:
    """Remove temporary files left by a save that was killed half-way. Under the
    writers' lock, so none of them can belong to a save still going on (a temporary file
    exists only while its writer holds the lock)."""
    try:
        with lock:
            for path in paths:
                with contextlib.suppress(FileNotFoundError):
                    retry_on_windows(os.unlink, path)
                log.info("removed %s, left by a save that was interrupted", path)
    except (KmcoreError, OSError) as exc:  # busy or read-only: the next scan tries again
        log.debug("could not remove leftover temporary files: %s", exc)
