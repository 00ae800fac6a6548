"""Team sub-heading rows: a row holding only a team's name above that team's rows (D1421).

A staff list or log kept without a department column often groups its rows under a line
holding only the team's name ("Nursing team", "Bookings & admin", "OCCUPATIONAL THERAPY"),
and a person reads that line as the department of every row below it, up to the next such
line. The importer names the heading row (it is not a record) and gives its text as the
department of the rows under it, when no column of the file is mapped to the department.

What makes a lone cell a team's name rather than a note or a section of another kind: it is
short (a name, not a sentence: at most six words, no full stop, colon or date), in the
row's first or title cell, and does not say what a note says ("updated", "please", "rows
below", "see"...) or who the rows below are rather than their team ("Retired / left", "On
maternity leave"), what stage the rows are at ("Completed", "On hold") or which year they
belong to ("2023/24"). In a log of projects a heading more often names a programme, a theme
or a year than a team, so there the text must also say it is a team ("Upper GI team",
"Ward 7", "Pharmacy department").
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["team_heading", "team_heading_reason"]

#: words of a note, a request or a marker rather than a team's name
_NOTE_WORDS = re.compile(
    r"\b(?:updated?|last|note[sd]?|nb|please|pls|added|below|above|see|key|legend|total|"
    r"tbc|tbd|check|ignore|test|copy|archived?|new starters?|leavers?|vacan(?:t|cies)|"
    r"left|retired|inactive|on leave|maternity|secondments?|seconded|"
    r"email|e-mail|contact|queries|kept|do not|don't|don\u2019t|list)\b", re.I)

#: what stage a group of rows is at: "Completed", "On hold", "Live projects", "Ideas"
_STAGE_WORDS = re.compile(
    r"\b(?:complete[d]?|closed|done|finished|live|current|active|open|on hold|paused|"
    r"parked|stopped|cancelled|ideas?|proposed|pipeline|in progress|ongoing|planning|"
    r"planned|pilot(?:s|ing)?|testing|implemented|embedded|business as usual|bau|"
    r"evaluat\w*|spread\w*|scoping|backlog|future|previous|past|old|former)\b", re.I)

#: a year or period: "2023", "2023/24", "Q1", "April 2024"
_PERIOD = re.compile(r"\b(?:19|20)\d\d\b|\bq[1-4]\b|\b\d{1,2}[/.-]\d{1,2}\b", re.I)

#: words saying a heading names a team, for a log of projects
_TEAM_WORDS = re.compile(
    r"\b(?:team|teams|unit|units|ward|wards|service|services|department|dept|clinic|"
    r"clinics|directorate|division|care group|theatres?|pharmacy|therapies|nursing|"
    r"practice|surgery|hub|centre|center|laboratory|lab|labs)\b", re.I)


def team_heading(cells: dict[str, Any], headers: list[str], title_header: str | None, *,
                 log: bool = False) -> str | None:
    """The team a sub-heading row names, or None. *cells* is the row's cells (header ->
    value), *headers* the table's, *title_header* the column holding the row's title or
    name; *log*: the rows are projects (not people), where the heading must say it is a
    team."""
    filled = [(h, str(v).strip()) for h, v in cells.items()
              if v is not None and not isinstance(v, bool) and str(v).strip()]
    texts = {t for _, t in filled}
    if len(texts) != 1:
        return None
    text = texts.pop()
    places = {h for h, _ in filled}
    first = headers[0] if headers else None
    # (a name joined from two columns holds the heading in either: "Surname + Forename")
    if not places & {first, title_header} and not (
            title_header and any(h in title_header for h in places)):
        return None
    words = text.split()
    if (not 1 <= len(words) <= 6 or len(text) > 60 or not text[0].isalpha()
            or text.endswith((".", ":", "?", "!")) or ":" in text or "@" in text
            or _NOTE_WORDS.search(text) or _STAGE_WORDS.search(text) or _PERIOD.search(text)):
        return None
    if log and not _TEAM_WORDS.search(text):
        return None
    return " ".join(words)


def team_heading_reason(team: str) -> str:
    """The message for a team sub-heading row."""
    return (f"a section heading naming a team ({team[:60]!r}), not a record: the rows "
            "below it, to the next such heading, are given it as their department")
