"""Built-in plugin: the publication gates every knowledge base has (``kmcore.gates.builtin``).

One ``kmcore_before_publish`` implementation runs the gates of :data:`GATES` in order, each on
its own: a gate that raises blocks the record ("gate pii failed: ...") and the next still
runs. They are pure functions of the record and the target's configuration (the sync engine
caches on that). What each gate does, and why, is in ``docs/privacy.md``:

``status``
    knowledge records go only in the target's ``statuses`` (default: ``published``).
``visibility``
    private records never leave; a record whose visibility does not reach the target's
    audience is not sent (``organisation`` only never goes to an ``nhs`` or ``public`` target);
    a person's profile must reach it too; coffee trials never go NHS-wide or public.
``confidentiality``
    exit interviews, and captures that are ``hr_confidential`` or ``team``, never leave.
``person``
    people who left, objected (UK GDPR Article 21) or have no opt-in profile are not sent.
``consent``
    a quote attributed to a person without an active ``quote`` consent is removed; a
    recording without recording consent is removed; the record still goes.
``pii``
    every open PII guard flag (:mod:`kmcore.guard.pii`) blocks the record from every target.
``clearances``
    ``pii_cleared`` (the review's fingerprints and notes) is internal: it is left out.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import attrs

from kmcore.gates.decision import PublishDecision
from kmcore.gates.evaluation import failure_reason
from kmcore.guard.pii import open_findings
from kmcore.hookspecs import hookimpl
from kmcore.records._fields import deferred_validation
from kmcore.records.base import KnowledgeRecord
from kmcore.records.parts import Quote
from kmcore.records.vocab import (
    Confidentiality,
    ConsentScope,
    EmploymentStatus,
    Status,
    Technique,
    Visibility,
)

__all__ = ["GATES", "kmcore_before_publish"]

log = logging.getLogger("kmcore.guard")

Gate = Callable[[PublishDecision], None]

_NOT_YET = {Status.DRAFT, Status.SUBMITTED, Status.IN_REVIEW}


def status_gate(decision: PublishDecision) -> None:
    """Knowledge records go only in the target's statuses (people have no editorial status)."""
    record = decision.original
    if not isinstance(record, KnowledgeRecord):
        return
    allowed = tuple(str(s) for s in getattr(decision.target, "statuses", ("published",)))
    status = str(record.status)
    if status in allowed:
        return
    if record.status in _NOT_YET and "published" in allowed:
        reason = f"not published yet (status {status})"
    else:
        reason = f"status {status}: this target takes only {' or '.join(allowed)} records"
    decision.block("status", reason, path="$.status")


def visibility_gate(decision: PublishDecision) -> None:
    """The record (and a person's profile) must be visible to everybody the target reaches."""
    record, target = decision.original, decision.target
    audience = Visibility(target.audience)
    visibility = record.visibility
    if visibility == Visibility.PRIVATE:
        decision.block("visibility", "private: private records never leave this machine",
                       path="$.visibility")
    elif visibility.rank < audience.rank:
        decision.block(
            "visibility",
            f"visible to {visibility} only; target {target.name!r} reaches {audience}",
            path="$.visibility",
        )
    profile = getattr(record, "profile", None)
    profile_visibility = getattr(profile, "visibility", None)
    if isinstance(profile_visibility, Visibility) and profile_visibility.rank < audience.rank:
        decision.block(
            "visibility",
            f"the expertise profile is visible to {profile_visibility} only; "
            f"target {target.name!r} reaches {audience}",
            path="$.profile.visibility",
        )
    details = getattr(record, "details", None)
    technique = getattr(details, "technique", None)
    if technique == Technique.RANDOMISED_COFFEE_TRIAL and audience.rank >= Visibility.NHS.rank:
        decision.block("visibility", "a randomised coffee trial lists who met whom: never "
                       "published NHS-wide or publicly", path="$.details")


def confidentiality_gate(decision: PublishDecision) -> None:
    """Exit interviews and HR- or team-confidential captures never leave."""
    record = decision.original
    technique = getattr(getattr(record, "details", None), "technique", None)
    confidentiality = getattr(record, "confidentiality", None)
    if technique == Technique.EXIT_INTERVIEW:
        decision.block("confidentiality", "an exit interview never leaves this machine",
                       path="$.details")
    elif confidentiality == Confidentiality.HR_CONFIDENTIAL:
        decision.block("confidentiality", "HR-confidential: never leaves this machine",
                       path="$.confidentiality")
    elif confidentiality == Confidentiality.TEAM:
        decision.block("confidentiality", "team-confidential: its content stays with the team "
                       "(set confidentiality to open to publish it)", path="$.confidentiality")


def person_gate(decision: PublishDecision) -> None:
    """People are published only as far as they agreed.

    * Someone who objected to being listed (UK GDPR Article 21) is not published at all.
    * Someone with an opted-in expertise profile is published whole (the directory entry).
    * Anyone else (no profile, or a leaver) is published as a *name card* only: name, job
      title, department, site and staff group, so that an innovation can still name its lead
      and a lesson its owner (work identity, under public task: historical attribution is
      kept for leavers). Contact details, ORCID and any profile are dropped;
      no directory entry is made.
    """
    record = decision.original
    if record.record_type != "person":
        return
    profile = getattr(record, "profile", None)
    left = getattr(record, "employment_status", None) == EmploymentStatus.LEFT
    if profile is not None and getattr(profile, "objection", None) is not None:
        decision.block("person", "has objected to being listed (UK GDPR Article 21)",
                       path="$.profile.objection")
    elif left or profile is None:
        card = attrs.evolve(record, work_email="", phone="", orcid=None, profile=None)  # type: ignore[call-arg]
        why = "has left" if left else "has no expertise profile"
        decision.replace(card, f"name card only: {why}, so no contact details or directory entry")


def consent_gate(decision: PublishDecision) -> None:
    """Remove quotes without an active quote consent, and recordings without consent."""
    record = decision.record
    if not isinstance(record, KnowledgeRecord):
        return
    changes: dict[str, Any] = {}
    notes: list[str] = []
    for field in attrs.fields(type(record)):
        quote = getattr(record, field.name)
        if not isinstance(quote, Quote) or not quote.person:
            continue
        if record.has_consent(quote.person, ConsentScope.QUOTE):
            continue
        withdrawn = any(c.person == quote.person and c.scope == ConsentScope.QUOTE
                        for c in record.consents)
        changes[field.name] = None
        why = "consent withdrawn" if withdrawn else "no quote consent"
        notes.append(f"{field.name.replace('_', ' ')} removed: {why}")
    attachments = record.attachments
    if getattr(record, "recording_consent", True) is not True:
        kept = tuple(a for a in attachments if a.kind.strip().lower() != "recording")
        if len(kept) != len(attachments):
            changes["attachments"] = kept
            notes.append("recording removed: no recording consent")
    if changes:
        # The stored record was valid; the copy is checked by the engine's own rules, not here
        # (a validation error must not turn a redaction into a crash).
        with deferred_validation():
            replacement = attrs.evolve(record, **changes)
        decision.replace(replacement, "; ".join(notes))


def pii_gate(decision: PublishDecision) -> None:
    """Every open PII guard flag in the stored record blocks it, saying where, never what."""
    record = decision.original
    for finding in open_findings(record):
        decision.block(
            "pii",
            f"{finding.describe()} ({finding.confidence} confidence): "
            f"check it with `kmcore review {record.id}`",
            path=finding.path, position=finding.position,
        )


def clearances_gate(decision: PublishDecision) -> None:
    """Review clearances (fingerprints, reviewers' notes) are internal: leave them out."""
    if decision.record.pii_cleared:
        with deferred_validation():
            stripped = attrs.evolve(decision.record, pii_cleared=())
        decision.replace(stripped, "PII review clearances left out (internal)")


def incomplete_gate(decision: PublishDecision) -> None:
    """A record flagged incomplete by an import (``to_complete``) is held back until what it
    lacks is filled in; once it is, the stale list is internal and left out."""
    record = decision.original
    flagged = getattr(record, "to_complete", ())
    if not flagged or not isinstance(decision.record, KnowledgeRecord):
        return
    failing = {path.lstrip(".") for path, _, _ in record._cross_checks()}
    blank = {name for name in (item.split(":", 1)[0].strip() for item in flagged)
             if getattr(record, name, "x") in ("", None, ())}
    missing = [item for item in flagged
               if item.split(":", 1)[0].strip() in failing | blank]
    if missing:
        decision.block("incomplete", "needs completing: " + "; ".join(missing)
                       + " (`kmcore review incomplete` lists them)", path="$.to_complete")
        return
    with deferred_validation():
        stripped = attrs.evolve(decision.record, to_complete=())
    decision.replace(stripped, "import's to-complete list left out (all filled in)")


#: The built-in gates, in the order they run: (name, gate).
GATES: tuple[tuple[str, Gate], ...] = (
    ("status", status_gate),
    ("visibility", visibility_gate),
    ("confidentiality", confidentiality_gate),
    ("person", person_gate),
    ("consent", consent_gate),
    ("pii", pii_gate),
    ("incomplete", incomplete_gate),
    ("clearances", clearances_gate),
)


@hookimpl
def kmcore_before_publish(decision: PublishDecision) -> None:
    """Run every built-in gate; one that raises blocks the record (fail closed)."""
    for name, gate in GATES:
        try:
            gate(decision)
        except Exception as exc:
            reason = failure_reason(name, exc)
            log.warning("built-in gate %r failed for %s %r on target %r: %s", name,
                        decision.original.record_type, decision.original.id,
                        decision.target.name, reason)
            decision.block(name, reason)
