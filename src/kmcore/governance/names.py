"""How a person is recognised in text and in kmcore's files: their names, e-mail and id.

Used to find them (:func:`kmcore.governance.people.mentions`), to erase them
(:func:`kmcore.governance.people.forget`) and, after the syncs that withdraw them, to clean
each target's own files (:mod:`kmcore.governance.traces`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only annotations: the settling after every sync reads no person
    from kmcore.records.person import Person

__all__ = ["REMOVED", "id_pattern", "name_patterns", "name_strings", "stored_patterns"]

#: What a person's name becomes wherever it is erased.
REMOVED = "[name removed]"


def name_patterns(person: Person) -> list[re.Pattern[str]]:
    """What counts as the person's name in free text, longest first."""
    full = {person.display_name.strip()}
    if person.given_name and person.family_name:
        full.add(f"{person.given_name} {person.family_name}")
    parts = {person.given_name, person.family_name, *person.display_name.split()}
    return patterns(full, parts, person.work_email)


def patterns(full: set[str], parts: Iterable[str | None],
             email: str | None) -> list[re.Pattern[str]]:
    patterns = [re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, name.split())) + r"(?!\w)",
                           re.IGNORECASE) for name in sorted(full, key=len, reverse=True)
                if name]
    # A given or family name on its own ("ask Amara", "Dr Okafor"): capitalised, whole word,
    # so that "Ben" never eats the "ben" of "benefit" or of another person's id.
    for part in sorted((p for p in parts if p and len(p) >= 3 and p[0].isupper()), key=len,
                       reverse=True):
        patterns.append(re.compile(r"(?<!\w)" + re.escape(part) + r"(?!\w)"))
    if email:
        patterns.insert(0, re.compile(re.escape(email), re.IGNORECASE))
    return patterns


def stored_patterns(names: list[str]) -> list[re.Pattern[str]]:
    """The same patterns as :func:`name_patterns`, from a pending erasure's saved names
    (the person record is gone by then)."""
    email = next((n for n in names if "@" in n), None)
    full = {n.strip() for n in names if n != email and len(n.split()) > 1}
    parts: set[str | None] = {n.strip() for n in names if n != email and n.strip() not in full}
    parts.update(word for name in full for word in name.split())
    return patterns(full, parts, email)


def name_strings(person: Person) -> list[str]:
    names = {person.display_name, f"{person.given_name} {person.family_name}".strip(),
             person.given_name, person.family_name, person.work_email}
    return sorted(n for n in names if n and n.strip())


def login_names(person: Person) -> list[str]:
    """What the audit log's ``who`` may hold when this person made a change themselves: their
    work e-mail and its part before the @ (an NHS login and ``KMCORE_ACTOR`` are usually one
    of these), their display name and full name. An erasure replaces each entry whose ``who``
    is one of them (:func:`kmcore.audit.actor_key`) with the pseudonym."""
    names = {person.display_name, f"{person.given_name} {person.family_name}"}
    if person.work_email:
        names |= {person.work_email, person.work_email.split("@", 1)[0]}
    return sorted(n.strip() for n in names if len(n.strip()) >= 3)


def id_pattern(person_id: str) -> re.Pattern[str]:
    """The id as a whole id: ``person-jo`` must not match inside ``person-jo-bloggs``."""
    return re.compile(r"(?<![\w-])" + re.escape(person_id) + r"(?![\w-])")
