"""The same entry typed again by someone else on its team.

A register where anyone may log an idea gets the same one twice: the lead logs "Pre-op
theatre video" naming a colleague as co-owner, and the colleague logs it again under a new
number as their own. The title is the same, the lead is not, so :func:`kmcore.io.twins.twin_key`
(title and lead) does not match; what the two rows share is the title and a person named on
both (the later row's lead among the earlier row's team, or the other way round).
:func:`mate_keys` gives a record's keys for that: one per person it names, each with the
title, as short digests (remembered for every row, and in the import ledger).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

# the title made plain as the twin and title keys make it, remembered for the row (D1330)
from kmcore.io.twins import _plain

__all__ = ["mate_keys", "mate_reason"]


def mate_keys(record: dict[str, Any], form: Callable[[str], str]) -> list[str]:
    """``title + person`` keys of *record*, one for its lead and each of its team; [] when
    it has no title or no lead. *form* is how a person is compared
    (:meth:`kmcore.io.people.People.name_form`)."""
    title, lead = record.get("title"), record.get("lead")
    if not isinstance(title, str) or not isinstance(lead, str) or not lead:
        return []
    plain = _plain(title)
    if not plain:
        return []
    team = [m.get("person") for m in record.get("team") or () if isinstance(m, dict)]
    people = [lead, *(p for p in team if isinstance(p, str) and p and p != lead)]
    return ["M" + hashlib.blake2b(f"{plain}\x00{form(p)}".encode(), digest_size=8).hexdigest()
            for p in people]


def mate_reason(first_row: int) -> str:
    """The message for a row that repeats *first_row* under another number and owner."""
    return (f"repeats row {first_row} (the same title, with a person named on both, under "
            "another number): the same entry logged again by someone on its team, so it is "
            "left out; if they are two different ones, make the titles differ and import "
            "again")
