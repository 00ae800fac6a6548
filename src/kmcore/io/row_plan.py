"""What an import works out once per mapping rather than once per row (D1040): for each
mapped column, how its cells are read (the key, a person's name, a leaver's note, a yes in
a "Happy to be contacted?" column, a tick in a skills matrix, or a cell to convert), and
which columns hold the title, the key and the prose a duplicate's note is never in.

A mapping is fixed once the rows are read, so the plan is built at the first row and kept
for as long as the import's mapping is the same object."""

from __future__ import annotations

from typing import NamedTuple

from kmcore.io.columns import Column
from kmcore.io.mapping import KEY, ColumnMapping, ImportMapping, later_wins

__all__ = ["CellStep", "RowPlan", "row_plan"]

# How a column's cells are read (see RowReader._read_cells)
READ_KEY = "key"  #: the row's key: the id is derived from it
READ_PERSON = "person"  #: names (and e-mails) of people, resolved after the other cells
READ_STATUS = "status"  #: employment status: "Leaver - 31/08/2024" is read with its date
READ_OFFER = "offer"  #: profile.willing_to: "Happy to be contacted?" Yes
READ_AREA = "area"  #: profile.expertise: a skills matrix's tick under an area's header
READ_CELL = "cell"  #: converted as its field's kind says


class CellStep(NamedTuple):
    """One mapped column, as each row's cell in it is read."""

    cm: ColumnMapping
    header: str
    field: str
    #: the field, and the part of it the column fills ("savings", "cash_releasing_gbp")
    head: str
    sub: str
    how: str


class RowPlan(NamedTuple):
    """The columns of one mapping, sorted out for reading rows (see the module docstring)."""

    mapping: ImportMapping
    #: the mapped columns in the file's order
    steps: tuple[CellStep, ...]
    #: the columns holding a row's title or a person's name, in the file's order
    title_headers: tuple[str, ...]
    #: (header, holds the title) of the columns a later row's note may name the row by
    key_headers: tuple[tuple[str, bool], ...]
    #: the title, description and summary columns (the rest are a row's notes)
    prose: frozenset[str]
    #: the columns of each choice mapped from several columns, in the file's order: where a
    #: row fills more than one, the last wins (a log's newer status column, D1050)
    later_groups: tuple[tuple[str, ...], ...]
    #: the columns a librarian mapped to one field in her order of preference: a row reads
    #: the first of them it fills, the others only where it is empty (D1412)
    prefer_groups: tuple[tuple[str, ...], ...] = ()
    #: the mapped fields whose cells fill parts (a list or an object of parts, as JSON)
    json_heads: frozenset[str] = frozenset()


def row_plan(mapping: ImportMapping, by_name: dict[str, Column]) -> RowPlan:
    """The plan for reading rows under *mapping* (*by_name*: the record type's columns)."""
    steps = []
    by_field: dict[str, list[str]] = {}
    preferred = {h for headers in mapping.prefer.values() for h in headers}
    for cm in mapping.used:
        if later_wins(cm.field, by_name) and cm.header not in preferred:
            by_field.setdefault(cm.field, []).append(cm.header)
        head, _, sub = cm.field.partition(".")
        steps.append(CellStep(cm, cm.header, cm.field, head, sub, _how(cm.field, by_name)))
    return RowPlan(
        mapping=mapping,
        steps=tuple(steps),
        title_headers=tuple(cm.header for cm in mapping.used
                            if cm.field in ("title", "display_name")),
        key_headers=tuple((cm.header, cm.field == "title") for cm in mapping.used
                          if cm.field in (KEY, "reference", "title")),
        prose=frozenset(cm.header for cm in mapping.columns
                        if cm.field in ("title", "description", "summary")),
        later_groups=tuple(tuple(h) for h in by_field.values() if len(h) > 1),
        prefer_groups=tuple(tuple(h) for h in mapping.prefer.values() if len(h) > 1),
        json_heads=frozenset(step.head for step in steps if step.head in by_name
                             and by_name[step.head].kind == "json"))


def _how(field: str, by_name: dict[str, Column]) -> str:
    if field == KEY:
        return READ_KEY
    head, _, sub = field.partition(".")
    column = by_name[head]
    if not sub and column.kind == "ref" and column.targets == ("person",):
        return READ_PERSON
    if head == "employment_status":
        return READ_STATUS
    if field == "profile.willing_to":
        return READ_OFFER
    if field == "profile.expertise":
        return READ_AREA
    return READ_CELL
