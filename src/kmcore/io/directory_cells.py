"""A staff directory whose one column holds "Name - role - areas": the person, their job
title and what they know about in one cell, dash-separated (D1260)."""

from __future__ import annotations

import re

from kmcore.io.cells import POST_NOMINALS, person_name

__all__ = ["DirectoryCell", "bracketed_job", "directory_cell"]

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


#: "Name (what is in brackets)" at the end of a cell; the bracket may hold one of its own,
#: "(Radiographer (CT))".
_BRACKET_LAST = re.compile(r"^(?P<name>[^()]*\S)\s*\((?P<inner>[^()]*(?:\([^()]*\)[^()]*)*)\)\s*$")
#: Letters after a name that are no job of their own (a "GP" or "HCA" is one).
_LETTERS_ONLY = frozenset(POST_NOMINALS) - {
    "GP", "GPN", "GPwSI", "GPwER", "HCA", "APP", "PA", "ANP", "ACP", "AHP", "NMP"}
_ADDRESS_LAST = re.compile(r"\s*[<(\[]?\s*(?:mailto:)?[\w.'+-]+@[\w-]+(?:\.[\w-]+)+\s*[>)\]]?\s*$")
#: Words of a job besides those a name column is checked for (:func:`cells._a_job`).
_MORE_JOB_WORDS = re.compile(
    r"\b(?:supervisor|leader|secretary|auditor|coder|analyst|engineer|porter|facilitator|"
    r"fellow|trainee|apprentice|adviser|advisor|lecturer|tutor|accountant|buyer|"
    r"housekeeper|controller|planner|developer|researcher|radiographer|optometrist|"
    r"orthoptist|audiologist|podiatrist|sonographer|phlebotomist|counsellor|"
    r"co-?ordinator|deputy|senior|principal)\b", re.I)


def bracketed_job(text: str) -> tuple[str, str] | None:
    """``"Achterberg, Marijke (Clinical Coding Manager)"`` -> ``("Achterberg, Marijke",
    "Clinical Coding Manager")``: a "who to ask" list's name cell with the person's job in
    brackets after the name (D1503). None when the bracket is no job: a leaver's note
    ("(left 31/03/2024)"), a title or letters ("(Dr)", "(RGN)"), a team ("(Pharmacy)"),
    pronouns or days; or when what is before it is no person's name."""
    from kmcore.io.cells import _a_job, name_cell_leaver

    # "Hughes, Tom (Clinical Coder) <tom.hughes@trust.nhs.uk>": the address pasted from
    # Outlook after it (read from the cell as written, D1090) is no part of name or job
    found = _BRACKET_LAST.match(_ADDRESS_LAST.sub("", text).strip())
    if found is None:
        return None
    name, inner = found["name"].strip(" ,-\u2013"), " ".join(found["inner"].split())
    if not inner or not person_name(name) or name_cell_leaver(text) is not None:
        return None
    if not (_a_job(inner) or _MORE_JOB_WORDS.search(inner)):
        return None
    if all(w.strip(".,") in _LETTERS_ONLY for w in inner.split()):
        return None  # "(RGN)", "(MBChB, FRCP)": letters after the name, not the job
    return name, inner
