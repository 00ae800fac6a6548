"""A writers' lock that works across processes and machines on a shared drive.

``fcntl``/``flock`` locks are unreliable on SMB and NFS shares (they may be silently local to
one client), so the lock is a file created with ``O_CREAT | O_EXCL``: the file server decides
atomically who created it first, whichever machine asked. The file holds who took it (host,
process id, time and a random token) so that a waiter can tell a live holder from a dead one
and an error can say who is holding things up.

A lock whose holder died is broken:

* at once, when the holder ran on this machine and its process no longer exists;
* otherwise once it is older than ``stale_after`` seconds (writes take milliseconds), going by
  the time written in the file, or by how long this waiter has watched the very same lock.

Two waiters may decide together that a lock is stale. Breaking is therefore itself guarded by a
second exclusive-create file, and the breaker re-reads the lock under it and removes it only if
it is still the same stale lock, never a fresh one somebody took meanwhile.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import random
import secrets
import sys
import threading
import time
from pathlib import Path

import attrs

from kmcore.errors import StoreError
from kmcore.store._files import retry_on_windows

__all__ = ["FileLock", "LockBusy", "LockHolder", "pid_alive"]

log = logging.getLogger("kmcore.store")

_O_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation on os.write
# Locks taken by this process, one per lock file: threads (and several store objects on the same
# folder) queue here first, because the lock file cannot tell two threads of one process apart.
_THREAD_LOCKS: dict[str, threading.Lock] = {}
_THREAD_LOCKS_GUARD = threading.Lock()


@attrs.frozen
class LockHolder:
    """What a lock file says about who holds it; fields are None when it cannot be read yet."""

    host: str | None
    pid: int | None
    since: dt.datetime | None
    token: str | None
    #: The raw content and modification time: together they tell one lock from the next.
    raw: bytes
    mtime: float

    @property
    def identity(self) -> tuple[bytes, float]:
        return (self.raw, self.mtime)

    def describe(self) -> str:
        """``host PC-LIB-7 (process 4120) since 2025-03-31 14:00:02 UTC``, or what is known."""
        who = f"host {self.host}" if self.host else "an unknown program"
        if self.pid is not None:
            who += f" (process {self.pid})"
        when = self.since or dt.datetime.fromtimestamp(self.mtime, dt.UTC)
        return f"{who} since {when.strftime('%Y-%m-%d %H:%M:%S')} UTC"


def pid_alive(pid: int) -> bool:
    """True unless process *pid* on this machine is known not to exist."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0: existence check only
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by somebody else
    except OSError:
        return True  # cannot tell: assume alive, the stale timeout still applies
    return True


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import ctypes

    def _windows_pid_alive(pid: int) -> bool:
        # os.kill on Windows *terminates* the process, so ask the kernel instead.
        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return kernel32.GetLastError() != 87  # ERROR_INVALID_PARAMETER: no such process
        try:
            code = ctypes.c_ulong()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)

else:

    def _windows_pid_alive(pid: int) -> bool:  # pragma: no cover - never called off Windows
        return True


class LockBusy(StoreError):
    """Somebody else holds the lock and did not let go in time (not: the lock file could not
    be created, which is a disk or permission problem and says so)."""


def _hostname() -> str:
    """This machine's name, as ``socket.gethostname()`` says it (POSIX: the node name, read
    without importing the socket module, which every kmcore process would pay for)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


class FileLock:
    """An exclusive lock held by creating *path*; use as a context manager.

    :param timeout: seconds to wait before giving up with a :class:`StoreError`.
    :param stale_after: seconds after which a lock held by another machine (or by a process
        of this machine that cannot be checked) is taken to be abandoned and broken.
    """

    def __init__(self, path: Path, *, timeout: float = 30.0, stale_after: float = 30.0) -> None:
        self.path = path
        self.timeout = timeout
        self.stale_after = stale_after
        self._host = _hostname()
        self._token: str | None = None
        key = os.path.normcase(os.path.abspath(path))
        with _THREAD_LOCKS_GUARD:
            self._thread_lock = _THREAD_LOCKS.setdefault(key, threading.Lock())

    def __enter__(self) -> FileLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._token is not None

    def acquire(self) -> None:
        """Take the lock, waiting (with short, growing sleeps) for the holder to finish."""
        started = time.monotonic()
        if not self._thread_lock.acquire(timeout=max(self.timeout, 0.0)):
            raise self._timeout_error(None, "another thread of this program")
        try:
            self._acquire_file(started)
        except OSError as exc:
            self._thread_lock.release()
            raise self._cannot_lock(exc) from exc
        except BaseException:
            self._thread_lock.release()
            raise

    def release(self) -> None:
        """Give the lock back (only if the lock file is still ours)."""
        token, self._token = self._token, None
        if token is None:
            return
        try:
            holder = self.read_holder()
            if holder is not None and holder.token == token:
                retry_on_windows(os.unlink, self.path)
            elif holder is not None:
                # Somebody judged us stale and broke the lock: our write may have overlapped
                # theirs. Leave their lock alone and say so, so a slow share gets noticed.
                log.warning("lock %s was broken while held; now %s", self.path, holder.describe())
        finally:
            self._thread_lock.release()

    def read_holder(self) -> LockHolder | None:
        """Who holds the lock, or None when nobody does."""
        try:
            with open(self.path, "rb") as fh:
                raw = fh.read(4096)
                mtime = os.fstat(fh.fileno()).st_mtime
        except FileNotFoundError:
            return None
        except PermissionError:
            if os.name == "nt":  # being deleted right now: treat it as just released
                return None
            raise
        try:
            data = json.loads(raw.decode("utf-8"))
            since = dt.datetime.fromisoformat(data["since"])
            if since.tzinfo is None:
                since = since.replace(tzinfo=dt.UTC)
            return LockHolder(
                host=str(data["host"]), pid=int(data["pid"]), since=since,
                token=str(data["token"]), raw=raw, mtime=mtime,
            )
        except (ValueError, KeyError, TypeError):
            # Just created and not yet written, or damaged: known only by its file time.
            return LockHolder(host=None, pid=None, since=None, token=None, raw=raw, mtime=mtime)

    # --- internals -------------------------------------------------------------------------

    def _acquire_file(self, started: float) -> None:
        deadline = started + self.timeout
        delay = 0.001
        first_seen: dict[tuple[bytes, float], float] = {}
        made_folder = False
        retried_at_once = False
        while True:
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, 0o644)
            except FileExistsError:
                pass
            except FileNotFoundError:
                if made_folder:
                    raise
                self.path.parent.mkdir(parents=True, exist_ok=True)
                made_folder = True
                continue
            except PermissionError:
                # Windows also refuses to create a file whose deletion is still pending, which
                # just means "busy"; anywhere else, and on Windows past the deadline, it is a
                # folder we may not write to.
                if os.name != "nt" or time.monotonic() >= deadline:
                    raise
            else:
                self._token = self._write_holder(fd)
                return
            holder = self.read_holder()
            now = time.monotonic()
            if holder is not None:
                seen = first_seen.setdefault(holder.identity, now)
                if self._is_stale(holder, now - seen):
                    self._break(holder)
                    continue
            if now >= deadline:
                raise self._timeout_error(holder)
            if holder is None and not retried_at_once:
                retried_at_once = True
                continue  # released between our attempt and the read: try again at once
            retried_at_once = False
            # Jittered, growing sleeps: two waiters do not wake in step, and a long wait
            # does not hammer the file server.
            time.sleep(min(delay, max(deadline - now, 0.0)) * random.uniform(0.5, 1.5))
            delay = min(delay * 2, 0.05)

    def _write_holder(self, fd: int) -> str:
        token = secrets.token_hex(16)
        info = {
            "host": self._host,
            "pid": os.getpid(),
            "since": dt.datetime.now(dt.UTC).isoformat(),
            "token": token,
            "program": "kmcore",
        }
        try:
            try:
                os.write(fd, json.dumps(info).encode("utf-8"))
            finally:
                os.close(fd)
        except OSError:
            # Disk full or the share went away: do not leave an anonymous lock behind for
            # everybody else to wait out.
            with contextlib.suppress(OSError):
                os.unlink(self.path)
            raise
        # No fsync: after a power cut an empty lock file is judged by its file time instead.
        return token

    def _is_stale(self, holder: LockHolder, watched: float) -> bool:
        if (
            holder.host == self._host
            and holder.pid is not None
            and holder.pid != os.getpid()
            and not pid_alive(holder.pid)
        ):
            return True
        since = holder.since.timestamp() if holder.since else holder.mtime
        # Wall-clock age relies on the machines' clocks agreeing (domain PCs sync their time);
        # the time we have watched the same lock covers a holder whose clock runs behind.
        return time.time() - since > self.stale_after or watched > self.stale_after

    def _break(self, stale: LockHolder) -> None:
        breaker = self.path.with_name(self.path.name + ".break")
        try:
            fd = os.open(breaker, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, 0o644)
        except (FileExistsError, PermissionError):
            # Somebody else is breaking it. A breaker file left by a crash would block every
            # future break, so it too goes once it is old.
            with contextlib.suppress(OSError):
                if time.time() - breaker.stat().st_mtime > self.stale_after:
                    breaker.unlink()
            time.sleep(0.001)
            return
        os.close(fd)
        try:
            current = self.read_holder()
            if current is not None and current.identity == stale.identity:
                log.warning("breaking stale lock %s held by %s", self.path, stale.describe())
                with contextlib.suppress(FileNotFoundError):
                    retry_on_windows(os.unlink, self.path)
        finally:
            with contextlib.suppress(OSError):
                breaker.unlink()

    def _cannot_lock(self, exc: OSError) -> StoreError:
        return StoreError(
            f"could not create the lock file {self.path}: {exc.strerror or exc}",
            hint=(
                f"Saving needs a reachable drive with free space and permission to create and "
                f"delete files in {self.path.parent}; ask IT for write access if it is missing."
            ),
        )

    def _timeout_error(
        self, holder: LockHolder | None, unknown: str = "another program"
    ) -> LockBusy:
        who = holder.describe() if holder else unknown
        host = holder.host if holder and holder.host else "the computer named in it"
        return LockBusy(
            f"could not lock the knowledge base for writing: {self.path} is held by {who}, "
            f"and was not released within {self.timeout:g} s",
            hint=(
                "Another kmcore program is saving to this knowledge base. Try again in a "
                f"minute. If no kmcore program is running on {host}, delete {self.path} "
                "and try again."
            ),
        )
