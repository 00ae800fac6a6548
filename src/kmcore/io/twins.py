"""The same thing entered twice under another number: what makes two rows one record.

A log kept for years gets the same idea typed in again under a new reference ("INN-013" for
"INN-001"), and an ESR extract lists a person once per assignment number. The row's key then
differs, so its id does too, and only what the row *says* shows it is a repeat:

* a record with a title and a lead (an innovation, a story...): the same title (case,
  spacing and punctuation aside) led by the same person;
* a person: the same work e-mail and family name (a team mailbox is shared by several).

:func:`twin_key` gives that for one record; the importer names the second row as a
duplicate of the first instead of importing the idea or the person twice.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

__all__ = ["twin_key", "twin_reason"]

_WORDS = re.compile(r"[^\W_]+")


def _plain(text: str) -> str:
    return " ".join(_WORDS.findall(unicodedata.normalize("NFKC", text).casefold()))


def twin_key(record: dict[str, Any]) -> str | None:
    """What another row saying the same thing would share with *record* (plain data), or
    None when the record says too little to tell (no lead, no e-mail)."""
    title, lead = record.get("title"), record.get("lead")
    if isinstance(title, str) and isinstance(lead, str) and title.strip() and lead:
        return f"title+lead\x00{_plain(title)}\x00{lead}"
    email, name = record.get("work_email"), record.get("display_name")
    if (record.get("type") == "person" and isinstance(email, str) and email.strip()
            and isinstance(name, str) and _plain(name)):
        # With the family name: two people on one team mailbox are not one person, while
        # "Dr A Mehta" and "Anjali Mehta" at one address are.
        return f"email\x00{email.strip().casefold()}\x00{_plain(name).split()[-1]}"
    return None


def twin_reason(key: str, first_row: int, first_id: str) -> str:
    """The message for a row that repeats *first_row* under another number."""
    what = ("the same title and lead" if key.startswith("title+lead")
            else "the same e-mail and family name")
    return (f"repeats row {first_row} ({what} as {first_id}, under another number): the "
            "same entry typed twice, so it is left out; if they are two different ones, "
            "make them differ (a title, or the e-mail) and import again")
