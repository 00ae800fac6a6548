"""Adoption registers: one row per site that took an innovation up.

A health innovation network, or a trust's spread team, logs every organisation or site that
adopts one of its innovations, so the same innovation appears once per site: "PDHIN-014 FeNO
testing in primary care | Calderbrook PCN", "PDHIN-014 FeNO testing ... | Holme Valley PCN".
A person reads one innovation there, whose first row is its entry (its status, dates and
saving as written there) and whose other rows are the sites it spread to: an innovation at
several sites is spreading; one at a single site is where that row says it has got to (its
adopting organisation is the one site using it, not "other organisations", D1302).

A file is read so only when it shows it: it has a column of adopting organisations, and an
entry (the same key, and the same title when both are mapped, case and spacing aside) is
repeated on a row naming another site -- another adopting organisation, or the same one
with another value in a column whose header names a place ("Site / PCN", "Practice") or that
the import does not read. A repeat naming the
same site in every cell it could differ in is still a duplicate. Decided before any row is
checked, as an import may save while it checks (D1031): the first row must know its sites
before it is saved.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

import attrs

from kmcore.io.tables import Row

__all__ = ["SPREAD_FROM", "SiteRows", "another_site_reason", "site_rows"]

#: The stages an innovation in use at its first site has: at several sites it is spreading.
SPREAD_FROM = frozenset({"implemented", "embedded", "evaluated", "spreading"})


@attrs.frozen
class SiteRows:
    """A per-site register's rows: which rows are another site of an entry, and each entry's
    rows (its first row and its other sites, in the file's order)."""

    #: the adopting organisations' column
    adopters: str
    #: row number of another site -> the entry's first row
    first_of: dict[int, int]
    #: the entry's first row number -> every row of the entry (first included)
    rows_of: dict[int, list[Row]]

    def cells_with_sites(self, row: Row) -> dict[str, object]:
        """*row*'s cells, and for an entry's first row its other sites' adopters too: what
        the row's record is made from, so a site added or taken away below changes the
        entry's digest and a re-import updates it (an unchanged first row alone would
        not)."""
        rows = self.rows_of.get(row.number)
        if not rows:
            return row.cells
        return {**row.cells, "\x00sites": [other.cells.get(self.adopters) for other in
                                            rows[1:]]}


def _fold(value: object) -> str:
    return " ".join(str(value).split()).casefold() if value is not None else ""


def site_rows(rows: Iterable[Row], naming: list[str], adopters: str,
              read: Collection[str]) -> SiteRows | None:
    """The rows of a per-site adoption register (see the module docstring), or None when
    the file is not one. *naming* are the headers that say which entry a row is (its key
    first, then its title), *adopters* the adopting organisations' header and *read* every
    header the import reads (the others may name the site)."""
    groups: dict[tuple[str, ...], list[Row]] = {}
    for row in rows:
        said = tuple(_fold(row.cells.get(h)) for h in naming)
        if not said[0]:
            continue
        groups.setdefault(said, []).append(row)
    first_of: dict[int, int] = {}
    rows_of: dict[int, list[Row]] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        seen: list[tuple[str, ...]] = []
        kept = [group[0]]
        for row in group:
            site = _site(row, adopters, read)
            if not site[0]:
                continue  # a repeat naming no adopter is no site: left to the usual checks
            if site in seen:
                continue  # the same site again: a duplicate, named as such
            if seen:
                first_of[row.number] = group[0].number
                kept.append(row)
            seen.append(site)
        if len(kept) > 1:
            rows_of[group[0].number] = kept
    if not first_of:
        return None
    return SiteRows(adopters, first_of, rows_of)


#: A header naming the place within an adopting organisation ("Site / PCN", "Practice",
#: "Ward", "Location"), whatever field it was read into.
_PLACE_HEADER = re.compile(r"\b(?:sites?|pcns?|practices?|locations?|places?|premises|"
                           r"venues?|wards?|units?|bases?|branch(?:es)?|hospitals?|"
                           r"homes?)\b", re.I)


def _site(row: Row, adopters: str, read: Collection[str]) -> tuple[str, ...]:
    """What names a row's site: its adopter, then the cells of columns that name a place
    or are not read."""
    return (_fold(row.cells.get(adopters)),
            *sorted(f"{h}\x00{_fold(v)}" for h, v in row.cells.items()
                    if h != adopters and (h not in read or _PLACE_HEADER.search(h))))


def another_site_reason(entry: str, first: int) -> str:
    """The message for a row that is another adopting site of the entry on row *first*."""
    return (f"another adopting site of {entry[:60]!r} (row {first}, the same innovation): "
            f"row {first} is the innovation's record and lists the organisation this row "
            "names among its adopters; not a record of its own")
