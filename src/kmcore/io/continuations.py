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
(D1301). A lone title starting with a capital is left to the usual checks (an entry with only
a title).
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


def joined_rows(rows: Iterator[Row], prose: Collection[str], naming: Collection[str],
                joined: list[Joined], titles: Collection[str] = ()) -> Iterator[Row]:
    """*rows* with each continuation row joined to the entry above it. *prose* are the
    headers of long-text columns, *naming* those of the entry's title, name or key, *titles*
    those of its title (joined only when the lone cell goes on in lower case). Each row
    joined is appended to *joined* before the row it was joined to is yielded."""
    held: Row | None = None
    last = 0
    for row in rows:
        if held is not None and row.number == last + 1 and len(row.cells) == 1:
            [(header, text)] = row.cells.items()
            before = held.cells.get(header)
            carries_on = header in prose or (
                header in titles and isinstance(text, str) and text.strip()[:1].islower())
            if (carries_on and isinstance(text, str) and isinstance(before, str)
                    and not row.struck and any(h in held.cells for h in naming)):
                held = attrs.evolve(held, cells={
                    **held.cells, header: f"{before.rstrip()} {text.strip()}"})
                joined.append(Joined(row.number, held.number, header))
                last = row.number
                continue
        if held is not None:
            yield held
        held, last = row, row.number
    if held is not None:
        yield held
