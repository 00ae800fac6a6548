"""Writing the html site's files: each one named in the journal before it is written.

:class:`PageWriter` holds rendered pages until :meth:`~PageWriter.flush`, which journals
their hashes (an *intent*, see :mod:`kmcore.publish.html.state`), then writes each atomically.
A file at a page's path that kmcore did not write is never replaced: the page is reported as
a problem instead. Aggregate pages (lists, feeds, search shards...) go through
:meth:`~PageWriter.emit`, which skips a page whose content kmcore last wrote unchanged.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from kmcore.errors import KmcoreError
from kmcore.publish.html.state import SiteState, page_hash
from kmcore.store._files import atomic_write

__all__ = ["PageWriter"]

#: A page waiting to be written: (site path, bytes, its record's entry or None for an
#: aggregate page, whether kmcore wrote that path before, the aggregate's previous hash).
_Pending = tuple[str, bytes, "dict[str, Any] | None", bool, "str | None"]


class PageWriter:
    """The files of one site folder, written crash-safely.

    :ivar writes: how many files were written or removed (tests and benchmarks read it).
    """

    def __init__(self, root: Path, state: SiteState) -> None:
        self.root = root
        self.state = state
        self.pending: list[_Pending] = []
        self.writes = 0

    def queue_page(self, rel_path: str, data: bytes, entry: dict[str, Any]) -> str:
        """Hold a record's page for the next flush; its hash (the entry's ``h`` is set by
        the caller, after this looked at whether kmcore wrote the page before)."""
        self.pending.append((rel_path, data, entry, bool(entry.get("h")), None))
        return page_hash(data)

    def emit(self, rel_path: str, data: bytes) -> None:
        """Hold an aggregate page for the next flush, unless kmcore last wrote exactly it."""
        pages = self.state.pages
        digest = page_hash(data)
        if pages.get(rel_path) == digest and (self.root / rel_path).exists():
            return
        self.pending.append((rel_path, data, None, rel_path in pages, pages.get(rel_path)))
        pages[rel_path] = digest
        self.state.journal_pages[rel_path] = digest
        self.state.dirty = True

    def remove(self, rel_path: str) -> None:
        """Delete a file kmcore wrote (already gone is fine)."""
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.root / rel_path)
            self.writes += 1

    def flush(self, *, raise_errors: bool = True) -> dict[str, str]:
        """Write the pages held so far. Their hashes are journalled first, so a page written
        by a run that dies before its entry is journalled is still known as kmcore's. A file
        kmcore did not write is never replaced. Answers ``{path: problem}``; with
        *raise_errors*, raises a :class:`KmcoreError` naming the first instead."""
        pending, self.pending = self.pending, []
        if not pending:
            return {}
        problems: dict[str, str] = {}
        writable = []
        for rel_path, data, entry, known, previous in pending:
            if self.state.owned(rel_path, known):
                writable.append((rel_path, data, entry, previous))
                continue
            problems[rel_path] = (f"left as it is: {self.root / rel_path} was not written "
                                  "by kmcore (move it away, then sync again)")
            if entry is None:  # the aggregate page stays unwritten: forget its new hash
                self.state.pages.pop(rel_path, None)
                self.state.journal_pages.pop(rel_path, None)
        if writable:
            self.state.note_intent({path: page_hash(data) for path, data, _e, _p in writable})
        for rel_path, data, entry, previous in writable:
            try:
                self.write(rel_path, data)
            except OSError as exc:
                problems[rel_path] = str(exc)
                if entry is None:
                    self._unwritten(rel_path, previous)
                continue
            if entry is not None:
                st = (self.root / rel_path).stat()
                entry["st"] = [st.st_size, st.st_mtime_ns]
        if problems and raise_errors:
            path, problem = sorted(problems.items())[0]
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            raise KmcoreError(f"the site {self.root} could not be finished: {path}: "
                              f"{problem}{more}",
                              hint="Fix what is named, then sync again: the rest is done.")
        return problems

    def _unwritten(self, rel_path: str, previous: str | None) -> None:
        """An aggregate page that could not be written: the next run writes it again."""
        if previous is None:
            self.state.pages.pop(rel_path, None)
        else:
            self.state.pages[rel_path] = previous
        self.state.journal_pages[rel_path] = previous

    def write(self, rel_path: str, data: bytes) -> str:
        """Replace one file atomically (its folder made if needed); its hash."""
        path = self.root / rel_path
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(str(path), data)
        self.writes += 1
        return page_hash(data)
