"""Pulled items that cannot be valid records yet, brought in flagged incomplete.

A list item made through SharePoint's own new-item form may hold only a Title: refusing it
would drop what a member of staff submitted. Instead it comes in as a draft whose
``to_complete`` lists every problem (the same flag ``kmcore import`` sets, D151), so the
``incomplete`` gate holds it back from every target and ``kmcore review incomplete`` lists it
until a librarian completes it (or deletes the draft).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from kmcore import codec
from kmcore.errors import ValidationError
from kmcore.records.base import Record

__all__ = ["flagged_incomplete"]

#: What names the record: never waived (a draft nobody can recognise helps nobody).
_NEVER_WAIVED = frozenset({"type", "id", "title", "display_name", "status", "provenance"})
_BLANK: tuple[Any, ...] = (None, "", [], ())


def flagged_incomplete(data: Mapping[str, Any], exc: ValidationError,
                       classes: Mapping[str, type[Record]], *, retry: bool = True) -> Record:
    """The record *data* makes with what refused it (*exc*) listed in ``to_complete``.

    A required field left empty is kept empty and flagged; a rule across fields is flagged
    (the record waives it while flagged).

    :raises ValidationError: something a flag cannot cover is wrong (a missing title, a
        value of the wrong kind, a record type without ``to_complete``), with every problem
        found, those the empty fields had hidden included.
    """
    cls = classes.get(str(data.get("type")))
    if cls is None or "to_complete" not in attrs.fields_dict(cls):
        raise exc
    fields = attrs.fields_dict(cls)
    filled = dict(data)
    missing: list[str] = []
    for problem in exc.problems:
        path = problem.path.removeprefix("$.")
        head = path.split(".")[0].split("[")[0]
        if head in _NEVER_WAIVED:
            raise exc
        if path == head and head in fields and data.get(head) in _BLANK:
            filled[head] = () if fields[head].default == () else ""
            missing.append(f"{head}: required, left empty on the target")
        else:
            missing.append(f"{path}: {problem.reason}")
    try:
        return codec.from_dict({**filled, "to_complete": missing}, classes,
                               subject=exc.subject)
    except ValidationError as again:
        # Some rules run only once every field is present: problems found now were hidden
        # behind the empty fields; flag them too, or say all of them.
        every = ValidationError(exc.subject, [*exc.problems, *(
            p for p in again.problems if p.path not in {q.path for q in exc.problems})])
        if retry and len(every.problems) > len(exc.problems):
            return flagged_incomplete(data, every, classes, retry=False)
        raise every from None
