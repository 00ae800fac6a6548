"""People named across columns, and "Surname, Forename" in one cell.

Staff lists from HR systems (ESR exports, rota tools) seldom have one name column: they have
``Title | Forename | Surname`` or ``First name | Last name``. When a file has no column for the
person's name but has a forename and a surname column, :func:`join_name_columns` adds one made
of the two ("Gavin Holloway"), shown in the preview as ``Forename + Surname``; the honorific
("Mr", "Dr") is left out of the name and never taken for the job title, which is what a bare
"Title" column would otherwise be guessed as. A middle name ("Middle Name" in Outlook and
Google contacts exports) and a suffix are parts of the name too but stay out of the joined
one: colleagues look a person up as forename and surname, as they know them.
(A name written surname first in one cell, "Holloway, Gavin", is turned round by
:func:`kmcore.io.cells.person_name`, as every name cell is.)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping

from kmcore.io.headers import qualifier_free
from kmcore.io.mapping import ColumnMapping, ImportMapping, normalise_header
from kmcore.io.tables import Row, Table

__all__ = ["NAME_PARTS", "as_a_name", "join_name_columns"]

#: The headers of the parts of a person's name, by part.
NAME_PARTS: dict[str, tuple[str, ...]] = {
    "honorific": ("title", "honorific", "salutation", "prefix", "courtesy title", "mr mrs",
                  "name prefix", "name title"),
    "forename": ("forename", "forenames", "first name", "first names", "firstname",
                 "given name", "given names", "christian name", "initials", "initial",
                 "first initial", "forename initial", "forename initials"),
    # the name a person goes by, which is how colleagues look for them
    "preferred": ("preferred name", "known as", "preferred first name", "preferred forename",
                  "prefers to be known as", "goes by"),
    "surname": ("surname", "last name", "lastname", "family name", "second name"),
    # Outlook and Google contacts exports: "First Name | Middle Name | Last Name"
    "middle": ("middle name", "middle names", "middle initial", "middle initials",
               "other names", "other forenames", "additional name", "additional names",
               "second forename"),
    "suffix": ("suffix", "name suffix", "post nominals", "postnominals"),
}

def _part_of(header: str) -> str:
    for key in (normalise_header(header), normalise_header(qualifier_free(header))):
        for part, words in NAME_PARTS.items():
            if key in words:
                return part
    return ""


def as_a_name(part: str) -> str:
    """A part of a name written in capitals (``WHITFIELD``, ``O'NEILL``: HR systems print
    surnames so) as a name; initials (``AJ``) and mixed case as written."""
    letters = re.sub(r"[^\w]|\d|_", "", part)
    if len(letters) > 2 and letters.isupper():
        return re.sub(r"[^\W\d_]+", lambda found: found.group(0).capitalize(), part.lower())
    return part


def join_name_columns(table: Table, mapping: ImportMapping, name_field: str,
                      guess: Callable[[list[str]], ImportMapping],
                      part_fields: Mapping[str, str] | None = None) -> ImportMapping:
    """When no column fills *name_field* but a forename and a surname column exist, add a
    column joining them to *table* (its rows are re-streamed with it) and return the mapping
    with it, the parts kept as "part of the name" (filling the fields *part_fields* gives
    for them, ``{"forename": "given_name", "surname": "family_name"}``; the honorific and
    parts without one fill nothing) and the other headers guessed again by *guess* without
    them (so "Role" fills the job title a "Title" column had claimed).
    Otherwise *mapping* unchanged."""
    # A column guessed for the name only because its header says "name" ("Middle Name") is a
    # part of it, not the name.
    if any(cm.field == name_field and not _part_of(cm.header) for cm in mapping.columns):
        return mapping
    parts: dict[str, str] = {}
    for header in table.headers:
        part = _part_of(header)
        if part and part not in parts:
            parts[part] = header
    if "forename" not in parts and "preferred" in parts:
        parts["forename"] = parts.pop("preferred")  # "Known as | Surname": the forename
    if "forename" not in parts or "surname" not in parts:
        return mapping
    preferred = parts.get("preferred")
    joined = f"{preferred or parts['forename']} + {parts['surname']}"
    rows = table.rows

    def cell(row: Row, header: str) -> str:
        return as_a_name(" ".join(str(row.cells.get(header, "")).split()))

    def with_name() -> Iterator[Row]:
        for row in rows:
            # The name they go by ("Liz"), else the forename ("Elizabeth"), and the surname.
            given = (cell(row, preferred) if preferred else "") or cell(row, parts["forename"])
            name = " ".join(p for p in (given, cell(row, parts["surname"])) if p)
            yield Row(row.number, {**row.cells, joined: name}) if name else row

    table.rows = with_name()
    table.headers = [*table.headers, joined]
    used = set(parts.values())
    again = {cm.header: cm for cm in guess([h for h in table.headers if h not in used]).columns}
    field_of = {header: (part_fields or {}).get(part, "") for part, header in parts.items()}
    columns = [ColumnMapping(cm.header, field_of[cm.header],
                             "name they go by" if cm.header == preferred else "part of the name")
               if cm.header in used else again.get(cm.header, cm) for cm in mapping.columns]
    columns.append(ColumnMapping(joined, name_field, "joined name parts"))
    return ImportMapping(mapping.record_type, columns, mapping.values, mapping.defaults)
