"""Columns that fill one part of a list of parts ("Outcome" -> ``outcomes.result``).

A record's outcomes, team, citations and attachments are lists of small objects. A log keeps
one of each per row, in a column or two: "Outcome measure" and "Outcome", or only "Impact".
A column mapped to a part of such a list fills that part of an item of the list, one item
per row:

* columns for different parts of the same list ("Outcome measure" -> ``outcomes.measure``,
  "Result" -> ``outcomes.result``) fill the same item;
* a column for a part the item already has ("Impact", a second ``outcomes.result``) starts
  the next item;
* an item whose naming part no column fills is named by its column's header
  (:data:`NAMED_BY_HEADER`): an outcome needs a measure, and a log's "Outcome" or "Time
  saved (hours)" column says what was measured in its header, the result in the cell.

So a librarian's ``--map "Outcome=outcomes.result"`` (or ``=outcomes``) brings each row's
outcome in, measured by "Outcome", without a warning on every row (D1410).
"""

from __future__ import annotations

from typing import Any

__all__ = ["NAMED_BY_HEADER", "OBJECT_CELL_PART", "PLAIN_CELL_PART", "add_to_items", "finish_items"]

#: list field -> the part an item is named by, taken from the column's header when no column
#: fills it (what the header says was measured; what the linked file is)
NAMED_BY_HEADER: dict[str, str] = {"outcomes": "measure", "attachments": "title"}

#: list field -> the part a plain cell fills when a column is mapped to the whole list
#: ("Outcome=outcomes": the cell is the result, the header the measure)
PLAIN_CELL_PART: dict[str, str] = {"outcomes": "result", "citations": "citation",
                                   "attachments": "url", "actions": "description"}

#: object field -> the part a plain cell fills when a column is mapped to the whole object
#: ("Evaluation=evaluation": the cell is its summary). An object with no such part (costs,
#: savings) is refused once, when the mapping is read, naming its parts.
OBJECT_CELL_PART: dict[str, str] = {
    "evaluation": "summary", "champion_statement": "text", "quote": "text",
    "owner_org": "name", "employer": "name", "adoption": "adopted_by",
    "profile": "expertise", "savings": "cash_releasing_gbp"}

#: marks the part an item was given from a header (a column may still fill it)
_FROM_HEADER = "\x00from-header"


def add_to_items(items: list[Any], head: str, sub: str, value: Any, header: str) -> None:
    """Put one column's *value* for ``head.sub`` into the row's *items* (see the module
    docstring): the last item unless it has *sub* already, else a new one."""
    last = items[-1] if items and isinstance(items[-1], dict) else None
    if last is None or (sub in last and last.get(_FROM_HEADER) != sub):
        last = {}
        items.append(last)
    last[sub] = value
    if last.get(_FROM_HEADER) == sub:
        del last[_FROM_HEADER]  # a column filled what the header stood in for
    named_by = NAMED_BY_HEADER.get(head)
    if named_by and named_by != sub and named_by not in last:
        last[named_by] = header.strip()
        last[_FROM_HEADER] = named_by


def finish_items(items: list[Any]) -> None:
    """Drop the marks :func:`add_to_items` left on the row's items."""
    for item in items:
        if isinstance(item, dict):
            item.pop(_FROM_HEADER, None)
