"""Progress trackers: one row per project per update.

A quarterly tracker repeats a project's key on a row for each quarter ("P01, Q1 23/24",
"P01, Q2 23/24", ...). The rows are not duplicates: each is the project as it stood at
that update, and the latest is the record. Which rows are earlier updates is decided
before any row is checked or saved (an import may save as it checks, D1031), so an
earlier update is never saved first and overwritten; it is named instead, with the row
that supersedes it.

Rows are only read as updates when the file says they are: a column whose header names
the update ("Quarter", "Date of update", "As at") holds a value on every repeat of the
key, and those values all differ and can be put in order. Otherwise repeats stay
duplicates, as before.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from kmcore.io.tables import Row

__all__ = ["earlier_update_reason", "superseded_rows", "update_columns"]

#: headers naming when a row's update was made
_UPDATE_HEADER = re.compile(
    r"^\s*(?:quarter|qtr|reporting\s+(?:quarter|period)|period|as\s+(?:at|of)|"
    r"(?:date\s+of\s+)?(?:last\s+)?update(?:d)?(?:\s+(?:date|on))?|"
    r"date\s+(?:of\s+)?(?:last\s+)?update(?:d)?|update\s+date|progress\s+date)\s*:?\s*$",
    re.IGNORECASE)

#: "Q1 23/24", "Q3 2023-24", "2023/24 Q2", "Q4 2023"
_QUARTER = re.compile(
    r"^\s*(?:q(?P<q1>[1-4])\s*(?P<y1>\d{2,4})(?:\s*[-/]\s*\d{2,4})?|"
    r"(?P<y2>\d{2,4})(?:\s*[-/]\s*\d{2,4})?\s*q(?P<q2>[1-4]))\s*$", re.IGNORECASE)


def update_columns(headers: Iterable[str]) -> list[str]:
    """The headers that name when a row's update was made, in the file's order."""
    return [h for h in headers if _UPDATE_HEADER.match(h or "")]


def _order(value: Any) -> tuple[int, Any] | None:
    """A value an update column holds, as something to put in order, or None."""
    if isinstance(value, dt.datetime):
        return (1, value)
    if isinstance(value, dt.date):
        return (1, dt.datetime.combine(value, dt.time()))
    text = str(value).strip()
    match = _QUARTER.match(text)
    if match:
        year = int(match.group("y1") or match.group("y2"))
        year += 2000 if year < 100 else 0
        return (0, (year, int(match.group("q1") or match.group("q2"))))
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d %b %Y", "%d %B %Y",
                "%Y-%m-%d %H:%M:%S"):
        try:
            return (1, dt.datetime.strptime(text, fmt))
        except ValueError:
            continue
    return None


def superseded_rows(rows: list[Row], key_header: str,
                    headers: Iterable[str]) -> dict[int, int]:
    """For rows that are earlier updates of a key a later update repeats: row number ->
    the row number of the latest update (the record). Empty when the file does not show
    its repeats as successive updates."""
    columns = update_columns(headers)
    if not columns:
        return {}
    groups: dict[str, list[Row]] = {}
    for row in rows:
        key = row.cells.get(key_header)
        if key is None or str(key).strip() == "":
            continue
        groups.setdefault(str(key).strip().casefold(), []).append(row)
    earlier: dict[int, int] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        latest = _latest(group, columns)
        if latest is None:
            continue
        for row in group:
            if row is not latest:
                earlier[row.number] = latest.number
    return earlier


def _latest(group: list[Row], columns: list[str]) -> Row | None:
    """The latest update among rows repeating one key, by the first update column that
    orders them all (every value read, all different, of one kind); None if none does."""
    for column in columns:
        orders = [_order(row.cells[column]) if column in row.cells else None
                  for row in group]
        if any(o is None for o in orders):
            continue
        kinds = {o[0] for o in orders if o is not None}
        values = [o[1] for o in orders if o is not None]
        if len(kinds) != 1 or len(set(values)) != len(values):
            continue
        return max(zip(values, group, strict=True), key=lambda pair: pair[0])[1]
    return None


def earlier_update_reason(key: str, latest_row: int) -> str:
    """The message for a row that is an earlier update of *key*."""
    return (f"an earlier update of {key[:60]!r} (superseded by row {latest_row}, a later "
            f"update of the same entry): row {latest_row} is the record, this row is its "
            "history and was not imported")
