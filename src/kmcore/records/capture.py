"""``CaptureRecord``: knowledge captured with one of the NHS Knowledge Mobilisation techniques.

Every capture shares the same frame (when, who, why, what came out of it: insights, lessons,
actions) and carries the technique's own answers in ``details``, one class per technique
(:class:`AfterActionReview`, :class:`Retrospect`...). In JSON the details are tagged with the
technique's name::

    "details": {"technique": "after_action_review", "intended": "...", "actual": "..."}

The frame is the one every technique of the NHS Knowledge Mobilisation Framework shares
(technique, phase, dates, facilitator, participants, purpose, outputs); the payloads follow
each technique's own steps, with these changes and reasons:

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
from typing import Any, ClassVar

import attrs

from kmcore import codec
from kmcore.records import _fields as f
from kmcore.records.base import KnowledgeRecord, OrgRef
from kmcore.records.vocab import (
    ActionStatus,
    Attendance,
    Confidentiality,
    HarvestReason,
    Mode,
    Phase,
    Priority,
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


# --- the technique payloads ------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class TechniqueDetails(f.Validated):
    """Base of the technique-specific details of a capture record; use one of its subclasses.

    :cvar technique: the technique the subclass records.
    :cvar default_confidentiality: the capture record's confidentiality when none is given.
    :cvar default_visibility: the capture record's visibility when none is given.
    """

    technique: ClassVar[Technique]
    default_confidentiality: ClassVar[Confidentiality] = Confidentiality.OPEN
    default_visibility: ClassVar[Visibility] = Visibility.ORGANISATION


@attrs.frozen(kw_only=True)
class AssessmentScore(f.Validated):
    """One area of a self-assessment and the score the team gave it."""

    area: str = f.text(required=True, limit=200, help="The area assessed")
    score: int | None = f.optional(int, "a whole number", checks=(f.non_negative,),
                                   help="The score given")
    out_of: int | None = f.optional(int, "a whole number", checks=(f.in_range(1, 1000),),
                                    help="The top of the scale, e.g. 4")
    note: str = f.text(limit=500, help="Why that score")

    def _cross_checks(self) -> Iterator[tuple[str, str, Any]]:
        if (
            isinstance(self.score, int)
            and isinstance(self.out_of, int)
            and self.score > self.out_of
        ):
            yield (".score", f"is more than out_of ({self.out_of})", self.score)


@attrs.frozen(kw_only=True)
class SelfAssessment(TechniqueDetails):
    """Learning before: a team scores itself (e.g. with the Evidence and Knowledge
    Self-assessment Tool) to find the gaps to work on."""

    technique = Technique.SELF_ASSESSMENT

    tool: str = f.text(limit=200, help="The tool and its version")
    scores: tuple[AssessmentScore, ...] = f.many(help="Scores by area")
    gaps: tuple[str, ...] = f.texts(limit=500, help="Gaps found, to work on")

    def _cross_checks(self) -> Iterator[tuple[str, str, Any]]:
        if not self.scores and not self.gaps:
            yield (".gaps", "a self-assessment needs scores or gaps", "")


@attrs.frozen(kw_only=True)
class Peer(f.Validated):
    """Somebody from outside the team who came to a peer assist to share experience."""

    person: str | None = f.ref("peer", ("person",), help="The peer (a person record)")
    organisation: OrgRef | None = f.part(OrgRef, help="Their organisation, if another one")
    brought: str = f.text(limit=500, help="The experience they brought")

    def _cross_checks(self) -> Iterator[tuple[str, str, Any]]:
        if not self.person and self.organisation is None:
            yield (".person", "a peer needs a person or an organisation", "")


@attrs.frozen(kw_only=True)
class PeerAssist(TechniqueDetails):
    """Learning before: peers who have done it before share what they know with a team that
    asked for help, before the team starts."""

    technique = Technique.PEER_ASSIST

    host_team: str = f.text(required=True, limit=200, help="The team that asked for help")
    problem_statement: str = f.text(required=True, limit=2000,
                                    help="What the team wants to learn about")
    peers: tuple[Peer, ...] = f.many(help="Who came to help")
    options_insights: tuple[str, ...] = f.texts(limit=1000, help="Options and insights offered")
    feedback_to_peers: str = f.text(limit=2000, help="What the team told the peers it will do")


@attrs.frozen(kw_only=True)
class BeforeActionReview(TechniqueDetails):
    """Learning before: just before starting, the team agrees its task and end state, predicts
    challenges and looks at lessons from similar work (``prior_lessons`` on the record)."""

    technique = Technique.BEFORE_ACTION_REVIEW

    task: str = f.text(required=True, limit=1000, help="What are we setting out to do?")
    end_state: str = f.text(required=True, limit=1000, help="What will success look like?")
    success_measures: tuple[str, ...] = f.texts(limit=300, help="How we will know")
    anticipated_challenges: tuple[str, ...] = f.texts(limit=500,
                                                      help="What challenges can we expect?")
    success_factors: tuple[str, ...] = f.texts(
        limit=500, help="What will make the biggest difference this time?"
    )


@attrs.frozen(kw_only=True)
class AppreciativeInquiry(TechniqueDetails):
    """Learning before: build on what works, through the 4-D cycle (discover, dream, design,
    destiny) around an affirmative topic."""

    technique = Technique.APPRECIATIVE_INQUIRY

    affirmative_topic: str = f.text(required=True, limit=300, help="The positive topic explored")
    discover: tuple[str, ...] = f.texts(limit=1000, help="Discover: times it went well")
    dream: tuple[str, ...] = f.texts(limit=1000, help="Dream: what might be")
    design: tuple[str, ...] = f.texts(limit=1000, help="Design: provocative propositions")
    destiny: tuple[str, ...] = f.texts(limit=1000, help="Destiny: what we will do")


@attrs.frozen(kw_only=True)
class AfterActionReview(TechniqueDetails):
    """Learning during: straight after a task, the four questions: what was supposed to happen,
    what actually happened, why they differed, and what we will do next time."""

    technique = Technique.AFTER_ACTION_REVIEW

    intended: str = f.text(required=True, limit=2000, help="What was supposed to happen?")
    actual: str = f.text(required=True, limit=2000, help="What actually happened?")
    reasons_for_difference: str = f.text(limit=2000, help="Why was there a difference?")
    sustain: tuple[str, ...] = f.texts(limit=500, help="What went well, to keep doing")
    improve: tuple[str, ...] = f.texts(limit=500, help="What to do better")
    next_time: tuple[str, ...] = f.texts(limit=500, help="What we will do next time")


@attrs.frozen(kw_only=True)
class KnowledgeCafe(TechniqueDetails):
    """Learning during: small-table conversations in rounds around one open question.
    Individual contributions are deliberately not attributed."""

    technique = Technique.KNOWLEDGE_CAFE

    question: str = f.text(required=True, limit=500, help="The open question posed")
    speaker: str | None = f.ref("speaker", ("person",), help="Who gave the introduction")
    rounds: int | None = f.optional(int, "a whole number", checks=(f.in_range(1, 10),),
                                    help="Number of conversation rounds")
    themes: tuple[str, ...] = f.texts(limit=500, help="Themes from the closing circle")
    pledges: tuple[str, ...] = f.texts(limit=500, help="Actions people pledged")


@attrs.frozen(kw_only=True)
class CoffeePair(f.Validated):
    """Two people matched to meet for coffee, and whether they did."""

    a: str = f.ref("paired", ("person",), required=True, help="One person")
    b: str = f.ref("paired", ("person",), required=True, help="The other person")
    met: bool | None = f.optional(bool, "true or false", help="Did they meet? Empty if not known")

    def _cross_checks(self) -> Iterator[tuple[str, str, Any]]:
        if isinstance(self.a, str) and self.a and self.a == self.b:
            yield (".b", "a person cannot be paired with themselves", self.b)


@attrs.frozen(kw_only=True)
class RandomisedCoffeeTrial(TechniqueDetails):
    """Learning during: people who would not otherwise meet are paired at random for half an
    hour. The pairs are person data, so the record may not be ``nhs`` or ``public``."""

    technique = Technique.RANDOMISED_COFFEE_TRIAL

    round_label: str = f.text(required=True, limit=100, help="e.g. 'Spring 2025'")
    signups: int | None = f.optional(int, "a whole number", checks=(f.non_negative,),
                                     help="How many signed up")
    matching_rules: tuple[str, ...] = f.texts(
        limit=300, help="e.g. 'different department', 'clinical with non-clinical'"
    )
    pairs: tuple[CoffeePair, ...] = f.many(help="Who was paired with whom")
    feedback_summary: str = f.text(limit=2000, help="What people said afterwards")


@attrs.frozen(kw_only=True)
class CommunityOfPracticeMeeting(TechniqueDetails):
    """Learning during: one meeting of a community of practice (a group sharing a concern that
    deepens its knowledge by meeting over time)."""

    technique = Technique.COMMUNITY_OF_PRACTICE_MEETING

    community: str = f.text(required=True, limit=200, help="The community of practice")
    agenda: tuple[str, ...] = f.texts(limit=300, help="What was discussed")
    artefacts: tuple[str, ...] = f.texts(limit=300,
                                         help="Tools, templates or stories shared or made")


@attrs.frozen(kw_only=True)
class Presenter(f.Validated):
    """A set member who brought an issue to an action learning set."""

    person: str | None = f.ref("presented", ("person",), help="Who presented (optional)")
    issue: str = f.text(required=True, limit=1000, help="The issue they brought")


@attrs.frozen(kw_only=True)
class ActionLearningSet(TechniqueDetails):
    """Learning during: a small set meets repeatedly; members bring issues, are questioned,
    commit to actions and report back. Confidential to the set: ``team`` confidentiality and
    ``private`` visibility by default."""

    technique = Technique.ACTION_LEARNING_SET
    default_confidentiality = Confidentiality.TEAM
    default_visibility = Visibility.PRIVATE

    set_name: str = f.text(required=True, limit=200, help="Which set")
    session_number: int | None = f.optional(int, "a whole number", checks=(f.in_range(1, 999),),
                                            help="Which meeting of the set")
    presenters: tuple[Presenter, ...] = f.many(help="Issues presented")
    report_backs: tuple[str, ...] = f.texts(limit=1000,
                                            help="Progress reported on earlier actions")


@attrs.frozen(kw_only=True)
class Fishbowl(TechniqueDetails):
    """Learning during: an inner circle talks while an outer circle listens, then asks."""

    technique = Technique.FISHBOWL

    prompt: str = f.text(required=True, limit=500, help="What the inner circle discussed")
    inner_circle: tuple[str, ...] = f.refs("inner_circle", ("person",),
                                           help="Who sat in the inner circle")
    outer_questions: tuple[str, ...] = f.texts(limit=500,
                                               help="Questions from the outer circle")


@attrs.frozen(kw_only=True)
class KnowledgeArea(f.Validated):
    """One area of a leaver's knowledge, and the plan to pass it on."""

    area: str = f.text(required=True, limit=300, help="What the knowledge is about")
    priority: Priority | None = f.choice(Priority, help="How urgent it is to pass on")
    audience: str = f.text(limit=300, help="Who needs to know")
    transfer_method: str = f.text(limit=300,
                                  help="How it will pass on: handover, shadowing, a guide...")
    status: ActionStatus = f.choice(ActionStatus, default=ActionStatus.OPEN,
                                    help="Whether it has been passed on")


@attrs.frozen(kw_only=True)
class KnowledgeHarvest(TechniqueDetails):
    """Learning after: before someone leaves or moves role, a facilitator draws out what they
    know and packages it for whoever comes next. ``team`` confidentiality by default."""

    technique = Technique.KNOWLEDGE_HARVEST
    default_confidentiality = Confidentiality.TEAM

    harvestee: str = f.ref("harvested_from", ("person",), required=True,
                           help="Whose knowledge is harvested")
    reason: HarvestReason = f.choice(HarvestReason, required=True, help="Why now")
    successor: str | None = f.ref("successor", ("person",), help="Who takes over")
    line_manager: str | None = f.ref("line_manager", ("person",), help="Their line manager")
    knowledge_areas: tuple[KnowledgeArea, ...] = f.many(help="What to pass on, and how")
    key_contacts: tuple[str, ...] = f.texts(limit=300, help="People and teams to know")
    work_in_hand: tuple[str, ...] = f.texts(limit=1000, help="Unfinished work, one per item")
    documents: tuple[str, ...] = f.texts(limit=500, help="Where the key documents are")
    interview_summary: str = f.text(limit=5000, help="What the interview drew out")

    def _cross_checks(self) -> Iterator[tuple[str, str, Any]]:
        if self.successor and self.successor == self.harvestee:
            yield (".successor", "is the harvestee; name who takes over", self.successor)


@attrs.frozen(kw_only=True)
class QuestionAnswer(f.Validated):
    """One question of an elicitation interview and what the interviewee said."""

    question: str = f.text(required=True, limit=500, help="The question")
    answer: str = f.text(limit=5000, help="The answer, in their words where possible")


@attrs.frozen(kw_only=True)
class ElicitationInterview(TechniqueDetails):
    """Learning after: a one-to-one that draws out tacit knowledge in one area, so it passes to
    a successor or the team."""

    technique = Technique.ELICITATION_INTERVIEW

    interviewee: str = f.ref("interviewed", ("person",), required=True,
                             help="Whose knowledge is drawn out")
    knowledge_area: str = f.text(required=True, limit=300, help="The area of knowledge")
    questions_answers: tuple[QuestionAnswer, ...] = f.many(help="Questions and answers")


@attrs.frozen(kw_only=True)
class ExitInterview(TechniqueDetails):
    """Learning after: a leaver's experience of working here, for HR. Always
    ``hr_confidential`` and ``private``; kept out of KM search."""

    technique = Technique.EXIT_INTERVIEW
    default_confidentiality = Confidentiality.HR_CONFIDENTIAL
    default_visibility = Visibility.PRIVATE

    leaver: str = f.ref("exit_interview_of", ("person",), required=True,
                        help="Who is leaving")
    leaving_on: dt.date | None = f.optional(dt.date, "a date", help="Their last day")
    reasons_for_leaving: tuple[str, ...] = f.texts(limit=500, help="Why they are leaving")
    what_worked: tuple[str, ...] = f.texts(limit=500, help="What was good about working here")
    what_to_improve: tuple[str, ...] = f.texts(limit=500, help="What should change")
    summary: str = f.text(limit=3000, help="Summary for HR")


@attrs.frozen(kw_only=True)
class ReasonedPoint(f.Validated):
    """A point made in a retrospect, with why."""

    point: str = f.text(required=True, limit=500, help="What happened")
    why: str = f.text(limit=1000, help="Why")


@attrs.frozen(kw_only=True)
class Retrospect(TechniqueDetails):
    """Learning after: at the end of a project, revisit the objectives, then what went well and
    why, what could have gone better and why, and recommendations for future projects."""

    technique = Technique.RETROSPECT

    objectives: tuple[str, ...] = f.texts(required=True, limit=500,
                                          help="What did we set out to do?")
    achieved: tuple[str, ...] = f.texts(limit=500, help="What we achieved")
    not_achieved: tuple[ReasonedPoint, ...] = f.many(help="What we did not achieve, and why")
    successes: tuple[ReasonedPoint, ...] = f.many(help="What went well, and why")
    improvements: tuple[ReasonedPoint, ...] = f.many(help="What could have gone better, and why")
    recommendations: tuple[str, ...] = f.texts(limit=1000, help="For future projects")
    satisfaction_score: int | None = f.optional(
        int, "a whole number from 1 to 10", checks=(f.in_range(1, 10),),
        help="How satisfied the team is, 1-10",
    )
    what_would_make_it_ten: str = f.text(limit=1000, help="What would have made it a 10")


@attrs.frozen(kw_only=True)
class LessonsLog(TechniqueDetails):
    """Learning after (and during): a running log of a project's lessons. The entries are the
    record's ``lessons`` (Lesson records), so each can be consulted on its own later."""

    technique = Technique.LESSONS_LOG

    project: str = f.text(required=True, limit=200, help="The project the log belongs to")
    period: str = f.text(limit=100, help="The period it covers, e.g. 'Apr 2024 - Mar 2025'")


#: Every technique's details class, by technique.
TECHNIQUE_DETAILS: dict[Technique, type[TechniqueDetails]] = {
    cls.technique: cls
    for cls in (
        SelfAssessment,
        PeerAssist,
        BeforeActionReview,
        AppreciativeInquiry,
        AfterActionReview,
        KnowledgeCafe,
        RandomisedCoffeeTrial,
        CommunityOfPracticeMeeting,
        ActionLearningSet,
        Fishbowl,
        KnowledgeHarvest,
        ElicitationInterview,
        ExitInterview,
        Retrospect,
        LessonsLog,
    )
}

codec.register_variants(
    TechniqueDetails, "technique", {t.value: cls for t, cls in TECHNIQUE_DETAILS.items()}
)


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
