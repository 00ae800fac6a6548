"""Programme heading rows in a log of projects: a row heading the projects below it (D1422).

A project sheet kept with a hierarchy (a Smartsheet or Project export, a tracker grouped by
programme) has a row for each programme above its projects: "ASEPTIC SERVICES UNIT -
capacity & quality", with a lead and a roll-up of the projects' progress, but no description
and no status of its own, as the programme's projects carry those. A person reads it as a
heading. Imported, it became an entry awaiting a status (D1372 brings a row with a title and
a lead but no status in at ``idea``, flagged).

What tells it from a genuine entry whose status was left empty: its title is written as a
heading (in capitals, "HOMECARE & OUTPATIENTS", or in bold in an xlsx sheet whose rows are
not bold) **and** it leaves empty both the description and the status, which the log's
columns ask for and a genuine entry fills at least one of. A genuine entry with no status
has a description (or is not written as a heading), so it still comes in at ``idea``.
"""

from __future__ import annotations

import re

__all__ = ["heading_title", "programme_heading_reason"]

#: a word in capitals, of letters (an acronym is short; a heading's words are not all short)
_CAPS_WORD = re.compile(r"[A-Z][A-Z'\u2019]+")
#: what may stand between a heading's words: "&", "-", "/", "and"
_JOINER = re.compile(r"[&/+\-\u2013\u2014,:()]+|and|AND|of|OF")


def heading_title(title: str) -> bool:
    """Whether *title* is written as a heading: it opens with two words in capitals or
    more, two of them of five letters or more ("ASEPTIC SERVICES UNIT - capacity",
    "HOMECARE & OUTPATIENTS"; not "MRSA PCR screening", whose capitals are acronyms)."""
    caps: list[str] = []
    for word in title.split():
        if _CAPS_WORD.fullmatch(word):
            caps.append(word)
        elif not _JOINER.fullmatch(word):
            break
    return len(caps) >= 2 and sum(len(w) >= 5 for w in caps) >= 2


def programme_heading_reason(title: str, how: str) -> str:
    """The message for a programme heading row; *how* says how its title is written."""
    return (f"a programme or section heading ({title[:50]!r}, {how}, with no description "
            "or status of its own): it heads the rows below it, not a record")
