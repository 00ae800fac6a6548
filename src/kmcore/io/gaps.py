"""What a mapping leaves out: the columns nothing reads and the fields nothing fills.

A librarian confirms an import from its preview, and fixes only what the preview shows her.
So beside the guessed mapping, the preview says plainly which of the file's columns will not
be read (with no field matched) and which of the fields a record of the type is looked up by
(an innovation's title, lead and stage; a person's name, e-mail and expertise) no column
fills, each with the ``--map`` line that fixes it.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from kmcore.io.columns import Column
from kmcore.io.headers import BOOKKEEPING
from kmcore.io.mapping import ImportMapping, normalise_header

__all__ = ["MAIN_FIELDS", "Gaps", "mapping_gaps"]

#: The fields, by record type, a record is found and judged by: worth a column of their own.
MAIN_FIELDS: dict[str, tuple[str, ...]] = {
    "innovation": ("title", "lead", "stage", "description"),
    "person": ("display_name", "work_email", "profile.expertise"),
}

#: What each main field is, for the preview.
FIELD_WORDS = {
    "title": "the innovation's name", "lead": "the person leading it",
    "stage": "how far it has got", "description": "what it is",
    "display_name": "the person's name", "work_email": "their e-mail",
    "profile.expertise": "what they know about",
}


@attrs.frozen
class Gaps:
    """The columns left unread and the main fields left empty by a mapping."""

    #: headers no field was matched for (a list's own bookkeeping columns aside)
    not_read: tuple[str, ...]
    #: main fields no column (and no default) fills
    unfilled: tuple[str, ...]


def mapping_gaps(mapping: ImportMapping, columns: Mapping[str, Column]) -> Gaps:
    """What *mapping* leaves out, for the record type whose *columns* are given."""
    not_read = tuple(cm.header for cm in mapping.columns
                     if not cm.field and not cm.method
                     and normalise_header(cm.header) not in BOOKKEEPING)
    filled = {cm.field for cm in mapping.columns if cm.field}
    filled |= {field.partition(".")[0] for field in filled}
    filled |= set(mapping.defaults)
    # Only the main fields: a required field a log rarely has (an innovation's problem)
    # comes in to complete, and is listed by the first records and `kmcore review`.
    wanted = [f for f in MAIN_FIELDS.get(mapping.record_type, ())
              if f.partition(".")[0] in columns]
    if "display_name" in filled:
        filled.add("given_name")
        filled.add("family_name")
    unfilled = tuple(f for f in wanted if f not in filled)
    return Gaps(not_read, unfilled)
