"""A full, read-only or forbidden disk, said in one line with what to do about it.

Writing can fail for reasons that have nothing to do with kmcore: the shared drive is full, a
folder is read-only (a CD, a locked-down share, OneDrive "online only"), or the account may
not create files there. Whatever was being written, the person needs the same three things:
which file or folder, which of those it was, and what to do. SQLite says the same things in
words rather than error numbers, so its messages are recognised too.
"""

from __future__ import annotations

import errno
import sqlite3

from kmcore.errors import StoreError

__all__ = ["DiskProblem", "as_store_error", "disk_problem"]

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY = {errno.EROFS}
_FORBIDDEN = {errno.EACCES, errno.EPERM}


class DiskProblem:
    """What went wrong, in words (``the disk is full``), and the hint for it."""

    def __init__(self, what: str, hint: str) -> None:
        self.what, self.hint = what, hint


def disk_problem(exc: BaseException, where: str = "that folder") -> DiskProblem | None:
    """A :class:`DiskProblem` when *exc* says the disk is full, read-only or forbidden."""
    code = exc.errno if isinstance(exc, OSError) else None
    text = str(exc).lower() if isinstance(exc, sqlite3.Error) else ""
    if code in _FULL or "database or disk is full" in text:
        return DiskProblem("the disk is full",
                           f"Free some space on the drive holding {where}, then run it again.")
    if code in _READ_ONLY or "readonly database" in text:
        return DiskProblem("the drive is read-only",
                           f"Use a copy of it on a drive you can write to, or ask IT to make "
                           f"{where} writable.")
    if code in _FORBIDDEN:
        return DiskProblem("permission was refused",
                           f"Ask IT for permission to create and change files in {where}, "
                           "or use a folder you may write to.")
    return None


def as_store_error(exc: BaseException, doing: str, where: str) -> StoreError | None:
    """``could not <doing>: the disk is full`` (a :class:`StoreError`), or None if *exc*
    is not a disk problem."""
    problem = disk_problem(exc, where)
    if problem is None:
        return None
    return StoreError(f"could not {doing}: {problem.what}", hint=problem.hint)
