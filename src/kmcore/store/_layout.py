"""The local store's folders: what a record type's folder may be called, and which files in
it are record files."""

from __future__ import annotations

import contextlib
import os

from kmcore.errors import StoreError
from kmcore.specs import RecordTypeSpec
from kmcore.store._problems import SUFFIX as _SUFFIX

__all__ = ["check_folder", "record_ids", "record_signatures", "record_stems"]


def record_stems(folder: str) -> list[str]:
    """Ids of the record files in *folder*, sorted; [] when the folder does not exist.

    ``os.scandir`` gives names without a stat call per file; temporary files (``.x.tmp``),
    hidden files and anything not ``*.json`` are skipped.
    """
    try:
        with os.scandir(folder) as entries:
            names = [
                e.name[: -len(_SUFFIX)]
                for e in entries
                if e.name.endswith(_SUFFIX) and not e.name.startswith(".")
            ]
    except (FileNotFoundError, NotADirectoryError):
        return []
    names.sort()
    return names


def record_ids(folder: str) -> set[str]:
    """Ids of the record files in *folder*, from the listing alone; empty when the folder does
    not exist."""
    try:
        with os.scandir(folder) as listing:
            return {e.name[: -len(_SUFFIX)] for e in listing
                    if e.name.endswith(_SUFFIX) and not e.name.startswith(".")}
    except (FileNotFoundError, NotADirectoryError):
        return set()


def record_signatures(folder: str) -> dict[str, tuple[int, int, int]]:
    """Each record file's id in *folder* -> (size, modification time in ns, inode), from one
    listing; a file that vanishes meanwhile is left out. Nothing is read."""
    found: dict[str, tuple[int, int, int]] = {}
    try:
        with os.scandir(folder) as listing:
            for entry in listing:
                if entry.name.endswith(_SUFFIX) and not entry.name.startswith("."):
                    with contextlib.suppress(OSError):
                        st = entry.stat()
                        found[entry.name[: -len(_SUFFIX)]] = (
                            st.st_size, st.st_mtime_ns, st.st_ino)
    except (FileNotFoundError, NotADirectoryError):
        pass
    return found


def check_folder(name: str, spec: RecordTypeSpec) -> None:
    """Refuse a record type registered under another name, or whose folder is not one plain,
    visible folder name inside the knowledge base."""
    if spec.name != name:
        raise StoreError(
            f"record type registered as {name!r} says its name is {spec.name!r}",
            hint="Register each RecordTypeSpec under its own name.",
        )
    folder = spec.folder
    if (
        not folder
        or folder in (".", "..")
        or folder.startswith(".")
        or any(sep in folder for sep in ("/", "\\", ":"))
    ):
        raise StoreError(
            f"record type {name!r} has the folder {folder!r}; a folder must be one plain name "
            "inside the knowledge base (not hidden, no slashes)",
            hint="Fix the RecordTypeSpec that registers this record type.",
        )
