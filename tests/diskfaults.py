"""Make a folder behave as if it were on a read-only or full drive, for one test.

Tests run as any user (root in CI ignores file permissions) and cannot mount drives, so the
calls kmcore writes through (``open`` for writing, ``os.open`` with a create or write flag,
``os.mkdir``, ``os.replace``, ``os.rename``) are made to fail with the errno a real drive
gives, for paths under the folder only. Reading is untouched.
"""

from __future__ import annotations

import builtins
import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_STRERROR = {errno.EROFS: "Read-only file system", errno.ENOSPC: "No space left on device",
             errno.EACCES: "Permission denied"}


@contextmanager
def failing_writes(monkeypatch: pytest.MonkeyPatch, folder: Path,
                   code: int = errno.EROFS) -> Iterator[None]:
    """Every write under *folder* fails with *code* (EROFS, ENOSPC or EACCES)."""
    root = os.path.realpath(folder)

    def under(path: Any) -> bool:
        try:
            full = os.path.realpath(os.fspath(path))
        except TypeError:
            return False  # a file descriptor
        return full == root or full.startswith(root + os.sep)

    def fail(path: Any) -> None:
        raise OSError(code, _STRERROR[code], os.fspath(path))

    real_open, real_os_open = builtins.open, os.open
    real_mkdir, real_replace, real_rename = os.mkdir, os.replace, os.rename

    def fake_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(c in mode for c in "wax+") and under(file):
            fail(file)
        return real_open(file, mode, *args, **kwargs)

    def fake_os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & _WRITE_FLAGS and under(path):
            fail(path)
        return real_os_open(path, flags, *args, **kwargs)

    def fake_mkdir(path: Any, *args: Any, **kwargs: Any) -> None:
        if under(path) and not os.path.isdir(path):
            fail(path)
        real_mkdir(path, *args, **kwargs)

    def fake_replace(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
        if under(dst):
            fail(dst)
        real_replace(src, dst, *args, **kwargs)

    def fake_rename(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
        if under(dst):
            fail(dst)
        real_rename(src, dst, *args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(builtins, "open", fake_open)
        patch.setattr(os, "open", fake_os_open)
        patch.setattr(os, "mkdir", fake_mkdir)
        patch.setattr(os, "replace", fake_replace)
        patch.setattr(os, "rename", fake_rename)
        yield
