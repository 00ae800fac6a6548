"""The local store's change feed: an append-only JSON-lines file.

The first line is a header naming the feed with a random id; every later line is one change::

    {"kmcore_feed": 1, "feed_id": "3f2a...", "created": "2025-03-31T14:00:00Z"}
    {"op": "put", "type": "lesson", "id": "lesson-01j...", "revision": 2, "at": "2025-..."}

A cursor is ``1:<feed id>:<byte offset>`` (the layout version, the feed it belongs to, and
where to read on). Callers treat it as opaque. Carrying the feed id means a cursor kept from a
feed that was since deleted and recreated, or from another knowledge base, is refused instead
of silently skipping or repeating changes.

Appends happen under the store's writer lock. A crash can cut the last line short; readers
never consume a line without its newline, and the next writer first ends such a torn line so
that it becomes one malformed line (skipped, with a warning) instead of corrupting the next one.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import secrets
from pathlib import Path
from typing import Any, Literal

from kmcore.errors import StoreError
from kmcore.store._files import atomic_write, fsync_file
from kmcore.store.base import Change

__all__ = ["ChangeFeed"]

log = logging.getLogger("kmcore.store")

_LAYOUT = 1
_CURSOR_RE = re.compile(r"1:([0-9a-f]{32})?:(\d{1,18})\Z")
_CURSOR_HINT = (
    "Pass the cursor exactly as changes() returned it, or no cursor to read the whole feed "
    "(and treat every record as changed)."
)


def _utc_text(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


class ChangeFeed:
    """Append to and read the feed file at *path* (``.kmcore/changes.jsonl``)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    # --- writing (the caller holds the store's writer lock) -----------------------------------

    def append(
        self, op: Literal["put", "delete"], record_type: str, record_id: str, revision: int
    ) -> None:
        """Add one entry and fsync it before returning, so it survives a crash that follows."""
        self.append_many([(op, record_type, record_id, revision)])

    def append_many(
        self, entries: list[tuple[Literal["put", "delete"], str, str, int]]
    ) -> None:
        """Add one entry per ``(op, type, id, revision)``, in one write and one fsync."""
        at = _utc_text(dt.datetime.now(dt.UTC))
        line = b"".join(
            json.dumps({"op": op, "type": record_type, "id": record_id, "revision": revision,
                        "at": at}, ensure_ascii=False).encode("utf-8") + b"\n"
            for op, record_type, record_id, revision in entries)
        try:
            fh = open(self.path, "r+b")  # noqa: SIM115 - closed by the with below
        except FileNotFoundError:
            self._create()
            fh = open(self.path, "r+b")  # noqa: SIM115
        with fh:
            size = fh.seek(0, os.SEEK_END)
            if size:
                fh.seek(size - 1)
                if fh.read(1) != b"\n":
                    line = b"\n" + line  # end a line torn by a crash (see the module doc)
            fh.seek(0, os.SEEK_END)
            fh.write(line)
            fsync_file(fh)

    def _create(self) -> None:
        # Written whole and renamed into place, so the header can never be half there.
        self.path.parent.mkdir(parents=True, exist_ok=True)
        header = {
            "kmcore_feed": _LAYOUT,
            "feed_id": secrets.token_hex(16),
            "created": _utc_text(dt.datetime.now(dt.UTC)),
        }
        atomic_write(str(self.path), json.dumps(header).encode("utf-8") + b"\n")

    # --- reading (no lock) ------------------------------------------------------------------

    def read(self, cursor: str | None) -> tuple[list[Change], str]:
        """Changes after *cursor* (all when None) and the cursor to pass next time."""
        want_feed, offset = _parse_cursor(cursor)
        try:
            fh = open(self.path, "rb")  # noqa: SIM115 - closed by the with below
        except FileNotFoundError:
            if offset == 0 and not want_feed:
                return [], _cursor("", 0)
            raise StoreError(
                f"the change feed {self.path} is missing, but the cursor points into it",
                hint="The feed was deleted. " + _CURSOR_HINT,
            ) from None
        with fh:
            header = fh.readline()
            feed_id = self._feed_id(header)
            if want_feed and want_feed != feed_id:
                raise StoreError(
                    f"cursor {cursor!r} belongs to another change feed than {self.path}; "
                    "the feed was recreated, or the cursor came from another knowledge base",
                    hint=_CURSOR_HINT,
                )
            size = os.fstat(fh.fileno()).st_size
            if offset > size:
                raise StoreError(
                    f"cursor {cursor!r} points past the end of the change feed {self.path} "
                    f"({size} bytes); the feed was cut short",
                    hint=_CURSOR_HINT,
                )
            start = max(offset, len(header))
            if start > len(header):
                fh.seek(start - 1)
                if fh.read(1) != b"\n":
                    raise StoreError(
                        f"cursor {cursor!r} does not point at the start of an entry in {self.path}",
                        hint=_CURSOR_HINT,
                    )
            fh.seek(start)
            data = fh.read()
        changes: list[Change] = []
        pos = start
        # The piece after the last newline is a line still being written, or torn by a crash:
        # it is left for a later read and the cursor stops before it.
        for raw in data.split(b"\n")[:-1]:
            end = pos + len(raw) + 1
            change = _parse_entry(raw, _cursor(feed_id, end))
            if change is None:
                log.warning("skipping a malformed line at byte %d of %s", pos, self.path)
            else:
                changes.append(change)
            pos = end
        return changes, _cursor(feed_id, pos)

    def _feed_id(self, header: bytes) -> str:
        try:
            data = json.loads(header)
            feed_id = data["feed_id"]
            if data["kmcore_feed"] != _LAYOUT or not re.fullmatch(r"[0-9a-f]{32}", feed_id):
                raise ValueError(feed_id)
        except (ValueError, KeyError, TypeError):
            raise StoreError(
                f"the change feed {self.path} does not start with a kmcore feed header",
                hint=(
                    "Move the file aside; the next save starts a new feed, and programs that "
                    "follow the feed will read every record again."
                ),
            ) from None
        return str(feed_id)


def _cursor(feed_id: str, offset: int) -> str:
    return f"{_LAYOUT}:{feed_id}:{offset}"


def _parse_cursor(cursor: str | None) -> tuple[str, int]:
    if cursor is None:
        return "", 0
    match = _CURSOR_RE.match(cursor) if isinstance(cursor, str) else None
    if match is None or (not match.group(1) and match.group(2) != "0"):
        shown = cursor if not isinstance(cursor, str) or len(cursor) <= 80 else cursor[:77] + "..."
        raise StoreError(
            f"{shown!r} is not a change-feed cursor of this store",
            hint=_CURSOR_HINT,
        )
    return match.group(1) or "", int(match.group(2))


def _parse_entry(raw: bytes, cursor: str) -> Change | None:
    try:
        data: Any = json.loads(raw)
        op = data["op"]
        revision = data["revision"]
        if op not in ("put", "delete") or type(revision) is not int:
            return None
        at = dt.datetime.fromisoformat(data["at"])
        if at.tzinfo is None:
            at = at.replace(tzinfo=dt.UTC)
        return Change(
            cursor=cursor, op=op, record_type=str(data["type"]), record_id=str(data["id"]),
            revision=revision, at=at,
        )
    except (ValueError, KeyError, TypeError):
        return None
