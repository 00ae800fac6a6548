"""A target's own state file: small JSON kept beside the ledger, written atomically under a lock.

Backends remember ids they were given (a site id, list ids, a delta link) in
``.kmcore/targets/NAME/<file>.json``. :class:`StateFile` reads it once, lets the backend change
the dict, and writes it back so that a crash leaves the old or the new file, never half of
one; the write happens under a cross-machine lock so two processes syncing the same target
from two PCs cannot interleave. The file carries a ``version`` (the layout's): a file from a
newer kmcore is refused rather than misread, and a file from an older layout, or one that
belongs to something else (``owner`` differs, e.g. another site), starts afresh. A file
without a ``version`` is layout 1, and one without an ``owner`` is taken as this owner's.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kmcore.errors import StoreError
from kmcore.store._files import atomic_write
from kmcore.store._lock import FileLock

__all__ = ["StateFile"]


class StateFile:
    """``path``, a JSON object holding a backend's remembered state.

    :param path: the file (its folder is created on the first save).
    :param version: the layout this backend writes; older files start afresh, newer are
        refused.
    :param owner: what the state is about (a site address); a file about another starts
        afresh, so ids of one site are never used against another.
    """

    def __init__(self, path: Path, *, version: int = 1, owner: str | None = None) -> None:
        self.path = path
        self.version = version
        self.owner = owner
        self._data: dict[str, Any] | None = None

    @property
    def data(self) -> dict[str, Any]:
        """The state (read on first use; empty when there is none yet). Change it freely,
        then :meth:`save`."""
        if self._data is None:
            self._data = self._read()
        return self._data

    def _read(self) -> dict[str, Any]:
        try:
            found = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (ValueError, UnicodeDecodeError):
            return {}  # damaged: the ids it held are found again on the next run
        if not isinstance(found, dict):
            return {}
        version = found.pop("version", 1)
        owner = found.pop("owner", None)
        if isinstance(version, int) and version > self.version:
            raise StoreError(
                f"{self.path} was written by a newer version of this backend "
                f"(layout {version}; this one reads up to {self.version})",
                hint="Upgrade the backend plugin on this computer to match the others.")
        if version != self.version or (owner is not None and owner != self.owner):
            return {}
        return found

    def save(self) -> None:
        """Write the state back, atomically, holding the state file's lock."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        body = {"version": self.version, **({"owner": self.owner} if self.owner else {}),
                **self.data}
        text = json.dumps(body, indent=1, sort_keys=True, default=str) + "\n"
        with FileLock(self.path.with_name(self.path.name + ".lock"), timeout=30.0):
            atomic_write(str(self.path), text.encode("utf-8"))

    def update(self, change: Callable[[dict[str, Any]], None]) -> None:
        """Re-read the file under its lock, apply *change*, and write it: for state that
        several processes add to (read-modify-write without losing another's change)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with FileLock(self.path.with_name(self.path.name + ".lock"), timeout=30.0):
            self._data = self._read()
            change(self._data)
            body = {"version": self.version, **({"owner": self.owner} if self.owner else {}),
                    **self._data}
            text = json.dumps(body, indent=1, sort_keys=True, default=str) + "\n"
            atomic_write(str(self.path), text.encode("utf-8"))
