"""A staff directory whose one column holds "Name - role - areas": the person, their job
title and what they know about in one cell, dash-separated (D1260)."""

from __future__ import annotations

import re

from kmcore.io.cells import person_name

__all__ = ["DirectoryCell", "directory_cell"]

#: A dash between spaces (en dash, em dash or hyphen): "Dr Ann Lee - Consultant - falls".
#: A hyphen inside a word ("Adeyemi-Clarke", "CAR-T") has no spaces round it.
_DASH = re.compile(r"\s+[\u2013\u2014-]\s+")


class DirectoryCell(tuple[str, str, str]):
    """The three parts of one directory cell: name, job title, areas."""

    @property
    def name(self) -> str:
        return self[0]

    @property
    def job_title(self) -> str:
        return self[1]

    @property
    def areas(self) -> str:
        return self[2]


def directory_cell(text: str) -> DirectoryCell | None:
    """*text* split into a person's name, job title and areas when it reads as "Name - role
    - areas" (the name a person's, not "VACANT" or "TEST ENTRY"); otherwise None."""
    parts = _DASH.split(text.strip(), maxsplit=2)
    if len(parts) != 3 or not all(p.strip() for p in parts):
        return None
    name = person_name(parts[0].strip())
    if not name:
        return None
    return DirectoryCell((parts[0].strip(), parts[1].strip(), parts[2].strip()))
