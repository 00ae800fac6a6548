"""Links between records: finding broken ones, and the inverse name of every relation.

Records point at each other by id through reference fields (an innovation's ``lead`` is a
``led_by`` link to a person) and through ``links`` (typed edges such as ``relates_to``).
:meth:`Record.references <kmcore.records.base.Record.references>` lists them for one record;
this module checks them across a collection.
"""

from __future__ import annotations

from collections.abc import Iterable

from kmcore.records.base import Record, Reference

__all__ = ["NO_SUCH_RECORD", "REL_INVERSES", "dangling_references", "inverse_of",
           "reference_problem"]

NO_SUCH_RECORD = "no record has this id"

#: The inverse name of each relation, read from the other end ("person-a leads inn-b" for
#: "inn-b led_by person-a"); for JSON-LD exports and "what points here" lists. Symmetric
#: relations are their own inverse. Every relation a built-in record field uses is here.
REL_INVERSES: dict[str, str] = {
    # every record
    "created_by": "created",
    "consent_of": "consented_on",
    "supersedes": "superseded_by",
    "replaced_by": "replaces",
    "relates_to": "relates_to",
    # innovation
    "led_by": "leads",
    "team_member": "on_team_of",
    "contact": "contact_for",
    "has_lesson": "lesson_of",
    "quotes": "quoted_in",
    # story
    "requested_by": "requested",
    "working_with": "credited_on",
    "about": "subject_of",
    # capture record
    "concerns": "discussed_in",
    "facilitated_by": "facilitated",
    "attended_by": "attended",
    "produced": "produced_by",
    "consulted": "consulted_by",
    "follows_up": "followed_up_by",
    "owned_by": "owns",
    # technique details
    "peer": "peer_at",
    "speaker": "spoke_at",
    "paired": "paired_in",
    "presented": "presented_at",
    "inner_circle": "in_inner_circle_of",
    "harvested_from": "harvested_in",
    "successor": "successor_in",
    "line_manager": "line_manager_in",
    "interviewed": "interviewed_in",
    "exit_interview_of": "had_exit_interview",
    # person
    "evidenced_by": "evidences",
    "endorsed_by": "endorsed",
    # lesson
    "validated_by": "validated",
}
# Make the mapping work in both directions, so the inverse of an inverse is the original.
REL_INVERSES.update({inverse: rel for rel, inverse in list(REL_INVERSES.items())})


def inverse_of(rel: str) -> str:
    """The inverse relation name; an unknown relation reads as ``<rel>_of``."""
    return REL_INVERSES.get(rel, f"{rel}_of")


def _a(noun: str) -> str:
    return f"an {noun}" if noun[:1] in "aeiou" else f"a {noun}"


def _expected(types: tuple[str, ...]) -> str:
    names = [_a(t) for t in types]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def dangling_references(records: Iterable[Record]) -> list[tuple[Record, Reference, str]]:
    """Every reference in *records* that points nowhere, or at the wrong type of record.

    Returns ``(record, reference, reason)`` triples in the order the records and their fields
    come; the reason is :data:`NO_SUCH_RECORD` or, for instance, "points to an innovation, but
    led_by must point to a person". References are checked only against *records*, so pass the
    whole knowledge base.
    """
    collected = list(records)
    type_of = {record.id: record.record_type for record in collected}
    found: list[tuple[Record, Reference, str]] = []
    for record in collected:
        for ref in record.references():
            reason = reference_problem(ref, type_of.get(ref.target))
            if reason is not None:
                found.append((record, ref, reason))
    return found


def reference_problem(ref: Reference, target_type: str | None) -> str | None:
    """What is wrong with *ref*, whose target is a record of *target_type* (None: there is
    no such record); None when nothing is."""
    if target_type is None:
        return NO_SUCH_RECORD
    if ref.allowed_types and target_type not in ref.allowed_types:
        return (f"points to {_a(target_type)}, but {ref.rel} must point to "
                f"{_expected(ref.allowed_types)}")
    return None
