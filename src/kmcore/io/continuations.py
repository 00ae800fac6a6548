"""Rows whose only filled cell carries on the long text of the row above.

A log kept in Excel has a wide "What it involves" column; when the text is long, people
press Enter at the end of the cell's visible space and type the rest into the same column of
the next row, leaving its other cells empty. Such a row is no entry of its own: its text is
the end of the row above's, so it is joined to it (with a space) and the row is named in the
report as joined, never dropped without a trace. Only a row directly below an entry (its
title or name filled), with nothing but a long-text column filled, and that column filled in
the entry too, is read so: a note in another column, a heading or a row after a blank one is
left to the usual checks.

A title broken across two rows (a log pasted from a PDF that split an entry at a page or a
line: "Reuse of single-patient" above "pulse oximeter probes") is joined the same way, but
only when the lone cell starts with a lower-case letter: a person starts a new entry's title
with a capital, and reads a line that carries on in lower case as the rest of the one above
(D1301). A lone title starting with a capital, or one below an entry whose own title starts
in lower case (a log typed in lower case), is left to the usual checks (an entry with only a
title). Several cells of one row are joined so when each is a long-text or title column's
going on in lower case (a PDF wrapped an entry's title and description onto a line of its
own), and the row gives no key.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

import attrs

from kmcore.io.tables import Row

__all__ = ["SHORT_TEXT_FIELDS", "Joined", "joined_rows"]

#: Text fields that hold a word or a line, never a paragraph run on from the row above.
SHORT_TEXT_FIELDS = frozenset({
    "title", "department", "licence", "reference", "display_name", "given_name",
    "family_name", "job_title", "profession", "site", "work_email", "phone", "orcid",
    "category"})


@attrs.frozen
class Joined:
    """A row read as the rest of an earlier row's text."""

    row: int
    into: int
    header: str
    #: how many cells of the row carried on the entry's text
    cells: int = 1


def joined_rows(rows: Iterator[Row], prose: Collection[str], naming: Collection[str],
                joined: list[Joined], titles: Collection[str] = ()) -> Iterator[Row]:
    """*rows* with each continuation row joined to the entry above it. *prose* are the
    headers of long-text columns, *naming* those of the entry's title, name or key, *titles*
    those of its title (joined only when the lone cell goes on in lower case). Each row
    joined is appended to *joined* before the row it was joined to is yielded."""
    held: Row | None = None
    last = 0
    for row in rows:
        if (held is not None and row.number == last + 1 and not row.struck
                and _carries_on(row, held, prose, naming, titles)):
            cells = dict(held.cells)
            for header, text in row.cells.items():
                cells[header] = f"{str(cells[header]).rstrip()} {str(text).strip()}"
            held = attrs.evolve(held, cells=cells)
            joined.append(Joined(row.number, held.number, next(iter(row.cells)),
                                 len(row.cells)))
            last = row.number
            continue
        if held is not None:
            yield held
        held, last = row, row.number
    if held is not None:
        yield held


def _carries_on(row: Row, held: Row, prose: Collection[str], naming: Collection[str],
                titles: Collection[str]) -> bool:
    """Whether *row* only carries on the text of *held*, the entry directly above it.

    One cell: a long-text column's, or a title going on in lower case. Several cells (a PDF
    that wrapped a title and a description of one entry onto a line of their own): each a
    long-text or title column's that the entry fills too, each going on in lower case, none
    the entry's key or name (D1301)."""
    if not row.cells or not any(h in held.cells for h in naming):
        return False
    several = len(row.cells) > 1
    for header, text in row.cells.items():
        if not isinstance(text, str) or not isinstance(held.cells.get(header), str):
            return False
        lower = text.strip()[:1].islower()
        if header in prose:
            if several and not lower:
                return False
        elif header in titles:
            # the entry's own title starting in lower case says the log is typed so, and a
            # lower-case title below is then an entry of its own
            if not lower or str(held.cells[header]).strip()[:1].islower():
                return False
        else:
            return False
    return True
