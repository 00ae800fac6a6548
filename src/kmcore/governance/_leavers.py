"""Which person files may hold a leaver's profile, without parsing every person on every run.

``kmcore sync`` checks for leavers' profiles whose retention has ended before it publishes
anything. Parsing every person file for that cost a quarter of a second per 3,000 people on
every sync, almost always to find that nothing had changed. Like the sync engine's own quick
check (store/_statcache.py), each person file's answer ("a leaver with a profile" or not) is
remembered beside its size, modification time and inode in ``.kmcore/leavers.json``; only
files whose signature changed (or that were saved too close to when the list was written to
be trusted) are read again. The list is advisory: missing, damaged or stale, it costs time,
never a wrong answer, and the caller still checks every candidate it names on the record
itself.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kmcore.errors import KmcoreError
from kmcore.store._statcache import StatCache

if TYPE_CHECKING:
    from kmcore.kb import KnowledgeBase
    from kmcore.records.base import Record

__all__ = ["CACHE_FILE", "leaver_candidates"]

CACHE_FILE = "leavers.json"
_LEAVER = "L"  # a leaver with a profile: the one answer that needs the record read again
_OTHER = "-"
_SUFFIX = ".json"


def leaver_candidates(kb: KnowledgeBase, is_leaver: Callable[[Record], bool]) -> list[str] | None:
    """Ids of the person files that held a leaver's profile when last read, re-reading only
    changed files; None when the store is not a folder of files (then read every person).

    :param is_leaver: the test the caller applies (kept in one place, the caller's).
    """
    from kmcore.store.local import STATE_FOLDER, LocalFileStore

    store = kb.store
    if type(store) is not LocalFileStore or "person" not in kb.types:
        return None
    folder = Path(kb.root) / kb.types["person"].folder
    try:
        with os.scandir(folder) as listing:
            entries = [e for e in listing
                       if e.name.endswith(_SUFFIX) and not e.name.startswith(".")]
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError:
        return None  # unreadable folder: let the full scan report it
    cache = StatCache(Path(kb.root) / STATE_FOLDER, CACHE_FILE)
    found: list[str] = []
    for entry in entries:
        stem = entry.name[: -len(_SUFFIX)]
        try:
            st = entry.stat()
        except OSError:
            continue  # deleted since it was listed
        signature = (st.st_size, st.st_mtime_ns, st.st_ino)
        mark = cache.get(entry.name, signature)
        if mark is None:
            try:
                record = kb.get(stem, "person")
            except KmcoreError:
                mark = _OTHER  # unreadable or misnamed: kb.records() skips it too
            else:
                mark = _LEAVER if is_leaver(record) else _OTHER
            cache.put(entry.name, signature, mark)
        if mark == _LEAVER:
            found.append(stem)
    cache.save(complete=True, lazy=True)
    return sorted(found)
