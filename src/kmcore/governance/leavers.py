"""Leavers: out of the directory at once, their expertise profile removed after a while.

``kmcore person leave`` marks a person as gone; ``[governance] leaver_profile_days`` (default
90) later, :func:`purge_leaver_profiles` (run by ``kmcore sync`` and ``kmcore person
purge-leavers``) removes the profile. The person record stays, so the records they worked on
keep their name as historical attribution.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from kmcore.errors import KmcoreError
from kmcore.kb import KnowledgeBase
from kmcore.records.base import Record
from kmcore.records.vocab import EmploymentStatus
from kmcore.textfile import read_text

# The person class and the people helpers are imported where they are used: the leaver check
# every ``kmcore sync`` makes first usually reads no person at all (see _leavers.py), and
# need not build the record classes.
if TYPE_CHECKING:
    from kmcore.records.person import Person

__all__ = ["leave", "leaver_retention_days", "leavers_due", "purge_leaver_profiles"]


def leave(kb: KnowledgeBase, person_id: str, on: dt.date) -> Person:
    """Mark a person as having left on *on*: out of the directory at once (their profile is
    kept until the retention period ends, then :func:`purge_leaver_profiles` removes it)."""
    from kmcore.governance.people import person_named
    from kmcore.records.person import Person

    person = person_named(kb, person_id)
    changed = attrs.evolve(person, employment_status=EmploymentStatus.LEFT, left_on=on)
    stored = kb.update(changed)
    assert isinstance(stored, Person)
    return stored


def leaver_retention_days(kb: KnowledgeBase) -> int:
    """``[governance] leaver_profile_days`` in kmcore.toml (default 90)."""
    import tomllib

    from kmcore.retention import GovernanceSettings

    try:
        data = tomllib.loads(read_text(Path(kb.root) / "kmcore.toml"))
    except (OSError, ValueError):  # unreadable: kmcore.open() already said why
        return 90
    return GovernanceSettings.from_table(data.get("governance", {})).leaver_profile_days


def leavers_due(kb: KnowledgeBase, today: dt.date | None = None,
                days: int | None = None) -> list[tuple[Person, dt.date]]:
    """People who left and still have a profile, with the date it is (or was) due to go."""
    from kmcore.governance._leavers import leaver_candidates

    today = today or dt.date.today()
    days = leaver_retention_days(kb) if days is None else days
    # Only the person files that changed are read again (see governance/_leavers.py); the
    # candidates are then read whole and checked again here.
    candidates = leaver_candidates(kb, _has_leaver_profile)
    people: Iterable[Record] = (kb.records("person") if candidates is None
                                else _people(kb, candidates))
    due = []
    for person in people:
        if _has_leaver_profile(person):
            from kmcore.records.person import Person

            assert isinstance(person, Person) and person.left_on is not None
            due.append((person, person.left_on + dt.timedelta(days=days)))
    return sorted(due, key=lambda pair: pair[1])


def _has_leaver_profile(record: Record) -> bool:
    if record.record_type != "person":
        return False
    from kmcore.records.person import Person

    return (isinstance(record, Person) and record.employment_status == EmploymentStatus.LEFT
            and record.profile is not None and record.left_on is not None)


def _people(kb: KnowledgeBase, ids: list[str]) -> Iterator[Record]:
    for person_id in ids:
        try:
            yield kb.get(person_id, "person")
        except KmcoreError:
            continue  # deleted or broken since the list was made: as kb.records() would


def purge_leaver_profiles(kb: KnowledgeBase, today: dt.date | None = None,
                          days: int | None = None) -> list[str]:
    """Remove the expertise profile of everyone who left more than *days* ago; their ids."""
    today = today or dt.date.today()
    removed = []
    for person, when in leavers_due(kb, today, days):
        if when <= today:
            kb.update(attrs.evolve(person, profile=None))
            removed.append(person.id)
    return removed
