"""``CaptureRecord``: knowledge captured with one of the NHS Knowledge Mobilisation techniques.

Every capture shares the same frame (when, who, why, what came out of it: insights, lessons,
actions) and carries the technique's own answers in ``details``, one class per technique
(:class:`AfterActionReview`, :class:`Retrospect`...). In JSON the details are tagged with the
technique's name::

    "details": {"technique": "after_action_review", "intended": "...", "actual": "..."}

The frame is the one every technique of the NHS Knowledge Mobilisation Framework shares
(technique, phase, dates, facilitator, participants, purpose, outputs); the payloads
(:mod:`kmcore.records.techniques`) follow each technique's own steps, with these changes and
reasons:

* A BAR's ``purpose`` and a harvest's ``facilitators`` are the record's own ``purpose`` and
  ``facilitator``; a lessons log's ``entries`` are the record's ``lessons`` (Lesson records);
  a retrospect's ``project_ref`` and a peer assist's project are ``context_refs``. One place
  for each fact.
* A community of practice is named in its meeting's details (``community``); kmcore has no
  community-of-practice record type yet, so membership lives on people's profiles.
* A knowledge harvest's ``output_asset_ref`` waits for a knowledge-asset record type; until
  then the harvest's outputs are its lessons and attachments.
* A self-assessment's ``scores{}`` map is a list of :class:`AssessmentScore` (area, score,
  out of), because the tool's own structure was not available and areas differ between tools.
* Actions are on the frame (``actions``), so the AAR's ``next_time`` and the peer assist's
  agreed actions do not need owners of their own: give an action an owner there.

Confidentiality and visibility defaults follow the technique: each field's default is
computed from the details (confidentiality ``team`` for action learning sets and knowledge
harvests, ``hr_confidential`` for exit interviews, ``open`` otherwise; visibility ``private``
for exit interviews and action learning sets, ``organisation`` otherwise). That was chosen over
the two alternatives: a classmethod constructor would be bypassed by plain construction,
:func:`attrs.evolve` and JSON files that leave the field out, and a validation rule would forbid
an action learning set from agreeing to share openly. Where a default is not enough, rules
enforce: an exit interview must be ``hr_confidential`` and ``private``; anything
``hr_confidential`` must be ``private``; a randomised coffee trial (it lists who met whom) must
not be ``nhs`` or ``public``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import attrs

from kmcore.records import _fields as f
from kmcore.records.base import KnowledgeRecord
from kmcore.records.techniques import (
    TECHNIQUE_DETAILS,
    ActionLearningSet,
    AfterActionReview,
    AppreciativeInquiry,
    AssessmentScore,
    BeforeActionReview,
    CoffeePair,
    CommunityOfPracticeMeeting,
    ElicitationInterview,
    ExitInterview,
    Fishbowl,
    KnowledgeArea,
    KnowledgeCafe,
    KnowledgeHarvest,
    LessonsLog,
    Peer,
    PeerAssist,
    Presenter,
    QuestionAnswer,
    RandomisedCoffeeTrial,
    ReasonedPoint,
    Retrospect,
    SelfAssessment,
    TechniqueDetails,
)
from kmcore.records.vocab import (
    ActionStatus,
    Attendance,
    Confidentiality,
    Mode,
    Phase,
    StaffGroup,
    Technique,
    Visibility,
)

__all__ = [
    "TECHNIQUE_DETAILS",
    "Action",
    "ActionLearningSet",
    "AfterActionReview",
    "AppreciativeInquiry",
    "AssessmentScore",
    "BeforeActionReview",
    "CaptureRecord",
    "CoffeePair",
    "CommunityOfPracticeMeeting",
    "ElicitationInterview",
    "ExitInterview",
    "Fishbowl",
    "KnowledgeArea",
    "KnowledgeCafe",
    "KnowledgeHarvest",
    "LessonsLog",
    "Participant",
    "Peer",
    "PeerAssist",
    "Presenter",
    "QuestionAnswer",
    "RandomisedCoffeeTrial",
    "ReasonedPoint",
    "Retrospect",
    "SelfAssessment",
    "TechniqueDetails",
]


# --- the frame every capture shares ----------------------------------------------------------


@attrs.frozen(kw_only=True)
class Participant(f.Validated):
    """Somebody who took part: a person record, or just a role ("Staff nurse, Ward 7")."""

    person: str | None = f.ref("attended_by", ("person",), help="The participant (a person)")
    role_label: str = f.text(limit=200, help="Their role, when no person record is named")
    staff_group: StaffGroup | None = f.choice(StaffGroup, help="ESR staff group")
    attendance: Attendance = f.choice(Attendance, default=Attendance.ATTENDED,
                                      help="attended, apologies or invited")

    def _cross_checks(self) -> Iterator[tuple[str, str, Any]]:
        label = self.role_label if isinstance(self.role_label, str) else ""
        if not self.person and not label.strip():
            yield (".role_label", "a participant needs a person or a role_label", "")


@attrs.frozen(kw_only=True)
class Action(f.Validated):
    """Something somebody agreed to do, with an owner and a due date."""

    description: str = f.text(required=True, limit=1000, help="What will be done")
    owner: str | None = f.ref("owned_by", ("person",), help="Who will do it")
    due: dt.date | None = f.optional(dt.date, "a date", help="By when")
    status: ActionStatus = f.choice(ActionStatus, default=ActionStatus.OPEN,
                                    help="open, done or dropped")


def _default_confidentiality(record: CaptureRecord) -> Confidentiality:
    """The technique's usual confidentiality (see the TechniqueDetails table)."""
    # Runs inside __init__ after ``details`` is set (it is declared earlier), so the default
    # follows the technique however the record is built: in Python, by evolve, or from JSON.
    found = getattr(type(record.details), "default_confidentiality", Confidentiality.OPEN)
    return found if isinstance(found, Confidentiality) else Confidentiality.OPEN


def _default_visibility(record: CaptureRecord) -> Visibility:
    """The technique's usual visibility (see the TechniqueDetails table)."""
    found = getattr(type(record.details), "default_visibility", Visibility.ORGANISATION)
    return found if isinstance(found, Visibility) else Visibility.ORGANISATION


@attrs.frozen(kw_only=True)
class CaptureRecord(KnowledgeRecord):
    """One use of a knowledge-capture technique: an After Action Review after a sepsis drill,
    a Peer Assist before a new discharge pathway, a knowledge harvest before a specialist
    nurse retires...

    ``details`` holds the technique's own answers (:class:`AfterActionReview`...), and
    :attr:`technique` and :attr:`effective_phase` are read from it. The frame links the capture
    to the work (``context_refs`` -> innovations), to the lessons it produced (``lessons``) and
    consulted (``prior_lessons``), and to an earlier capture it follows up (an AAR or retrospect
    following a Before Action Review: ``follows_up``). Rules checked:

    * every participant is a person or at least a role;
    * ``held_until`` is not before ``held_on``; ``participant_count`` is not below the number
      of participants listed as attended;
    * an exit interview is ``hr_confidential`` and ``private``; anything ``hr_confidential`` is
      ``private``; a randomised coffee trial is not ``nhs`` or ``public``;
    * a capture with a recording attached has ``recording_consent`` true;
    * a capture does not follow itself up.
    """

    record_type = "capture_record"
    id_prefix = "cap"

    details: TechniqueDetails = f.part(
        TechniqueDetails, required=True, help="The technique and its own answers"
    )
    phase: Phase | None = f.choice(
        Phase, help="before, during or after; empty means the technique's usual phase"
    )
    held_on: dt.date = f.required_value(dt.date, "a date", help="When it was held")
    held_until: dt.date | None = f.optional(dt.date, "a date",
                                            help="Last day, for captures over several days")
    mode: Mode | None = f.choice(Mode, help="in_person, virtual or hybrid")
    facilitator: str | None = f.ref("facilitated_by", ("person",), help="Who facilitated")
    participants: tuple[Participant, ...] = f.many(help="Who took part")
    participant_count: int | None = f.optional(
        int, "a whole number", checks=(f.non_negative,),
        help="How many took part, when they are not all listed",
    )
    purpose: str = f.text(required=True, limit=1000, help="Why it was held")
    context_refs: tuple[str, ...] = f.refs("concerns", ("innovation",),
                                           help="The innovations or projects it concerns")
    insights: tuple[str, ...] = f.texts(limit=1000, help="What came out of it")
    lessons: tuple[str, ...] = f.refs("produced", ("lesson",), help="Lessons it produced")
    prior_lessons: tuple[str, ...] = f.refs("consulted", ("lesson",),
                                            help="Earlier lessons it drew on")
    actions: tuple[Action, ...] = f.many(help="Actions agreed, with owners")
    follows_up: str | None = f.ref("follows_up", ("capture_record",),
                                   help="An earlier capture this one follows (e.g. the BAR)")
    confidentiality: Confidentiality = f.choice(
        Confidentiality,
        default=attrs.Factory(_default_confidentiality, takes_self=True),
        help="How far the content may travel; defaults to the technique's usual level",
    )
    # Redefines Record.visibility only to make its default follow the technique (private for
    # exit interviews and action learning sets); the values and meaning are unchanged.
    visibility: Visibility = f.choice(
        Visibility,
        default=attrs.Factory(_default_visibility, takes_self=True),
        help="Who may see it; defaults to the technique's usual audience",
    )
    recording_consent: bool | None = f.optional(
        bool, "true or false", help="Did everyone agree to it being recorded? Empty if not asked"
    )

    @property
    def technique(self) -> Technique:
        """The technique used, read from :attr:`details`."""
        return self.details.technique

    @property
    def effective_phase(self) -> Phase:
        """:attr:`phase` when given, otherwise the phase the toolkit files the technique under."""
        return self.phase if isinstance(self.phase, Phase) else self.technique.phase

    def _cross_checks(self) -> Iterator[tuple[str, str, Any]]:
        technique = getattr(type(self.details), "technique", None)
        if not isinstance(technique, Technique):
            technique = None
        if isinstance(self.details, TechniqueDetails) and (
            technique is None or TECHNIQUE_DETAILS.get(technique) is not type(self.details)
        ):
            yield (".details", "must be the details of one technique, e.g. AfterActionReview",
                   type(self.details).__name__)
        yield from self._date_and_count_checks()
        yield from self._privacy_checks(technique)
        if self.follows_up is not None and self.follows_up == self.id:
            yield (".follows_up", "a capture cannot follow itself up", self.follows_up)

    def _date_and_count_checks(self) -> Iterator[tuple[str, str, Any]]:
        if (
            isinstance(self.held_on, dt.date)
            and isinstance(self.held_until, dt.date)
            and self.held_until < self.held_on
        ):
            yield (".held_until", "is before held_on", self.held_until.isoformat())
        if isinstance(self.participant_count, int) and isinstance(self.participants, tuple):
            attended = sum(
                1 for p in self.participants
                if isinstance(p, Participant) and p.attendance == Attendance.ATTENDED
            )
            if self.participant_count < attended:
                yield (
                    ".participant_count",
                    f"is less than the {attended} participants listed as attended",
                    self.participant_count,
                )

    def _privacy_checks(self, technique: Technique | None) -> Iterator[tuple[str, str, Any]]:
        if technique == Technique.EXIT_INTERVIEW:
            if self.confidentiality != Confidentiality.HR_CONFIDENTIAL:
                yield (".confidentiality",
                       "an exit interview must be hr_confidential (it is for HR, not KM search)",
                       str(self.confidentiality))
            if self.visibility != Visibility.PRIVATE:
                yield (".visibility", "an exit interview must be private", str(self.visibility))
        elif (
            self.confidentiality == Confidentiality.HR_CONFIDENTIAL
            and self.visibility != Visibility.PRIVATE
        ):
            yield (".visibility", "an hr_confidential capture must be private",
                   str(self.visibility))
        if technique == Technique.RANDOMISED_COFFEE_TRIAL and self.visibility in (
            Visibility.NHS, Visibility.PUBLIC
        ):
            yield (
                ".visibility",
                "a randomised coffee trial lists who met whom (person data), so it must not "
                "be nhs or public",
                str(self.visibility),
            )
        recorded = any(
            getattr(a, "kind", "").strip().lower() == "recording"
            for a in (self.attachments if isinstance(self.attachments, tuple) else ())
        )
        if recorded and self.recording_consent is not True:
            yield (
                ".recording_consent",
                "a capture with a recording attached needs recording_consent true",
                self.recording_consent,
            )
