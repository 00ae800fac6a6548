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

import hashlib
import re
import unicodedata
from typing import Any

__all__ = ["twin_key", "twin_reason"]

_WORDS = re.compile(r"[^\W_]+")


def _plain(text: str) -> str:
    return " ".join(_WORDS.findall(unicodedata.normalize("NFKC", text).casefold()))


def twin_key(record: dict[str, Any]) -> str | None:
    """What another row saying the same thing would share with *record* (plain data), or
    None when the record says too little to tell (no lead, no e-mail). A short digest
    (``T`` or ``E`` and 16 hex digits), so that remembering one for each of 100,000 rows, in
    memory and in the import ledger, stays small."""
    title, lead = record.get("title"), record.get("lead")
    if isinstance(title, str) and isinstance(lead, str) and title.strip() and lead:
        return _digest("T", f"{_plain(title)}\x00{lead}")
    email, name = record.get("work_email"), record.get("display_name")
    if (record.get("type") == "person" and isinstance(email, str) and email.strip()
            and isinstance(name, str) and _plain(name)):
        # With the family name: two people on one team mailbox are not one person, while
        # "Dr A Mehta" and "Anjali Mehta" at one address are.
        return _digest("E", f"{email.strip().casefold()}\x00{_plain(name).split()[-1]}")
    return None


def _digest(kind: str, text: str) -> str:
    return kind + hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def twin_reason(key: str, first_row: int) -> str:
    """The message for a row that repeats *first_row* under another number."""
    what = "the same title and lead" if key.startswith("T") else (
        "the same e-mail and family name")
    return (f"repeats row {first_row} ({what}, under another number): the same entry typed "
            "twice, so it is left out; if they are two different ones, make them differ (a "
            "title, or the e-mail) and import again")
