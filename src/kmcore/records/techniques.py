"""The technique-specific details of a capture record: one class per knowledge-capture technique.

Each class is what its technique records beyond the frame every capture shares
(:mod:`kmcore.records.capture`): a retrospect's what went well and what did not, a coffee
trial's pairs, a knowledge harvest's areas... They are stored inside the capture record as
``details``, tagged with their ``technique``, and :data:`TECHNIQUE_DETAILS` finds the class for
a technique. Why each technique has the fields it has is in the capture record's notes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any, ClassVar

import attrs

from kmcore import codec
from kmcore.records import _fields as f
from kmcore.records.base import OrgRef
from kmcore.records.vocab import (
    ActionStatus,
    Confidentiality,
    HarvestReason,
    Priority,
    Technique,
    Visibility,
)

__all__ = [
    "TECHNIQUE_DETAILS",
    "ActionLearningSet",
    "AfterActionReview",
    "AppreciativeInquiry",
    "AssessmentScore",
    "BeforeActionReview",
    "CoffeePair",
    "CommunityOfPracticeMeeting",
    "ElicitationInterview",
    "ExitInterview",
    "Fishbowl",
    "KnowledgeArea",
    "KnowledgeCafe",
    "KnowledgeHarvest",
    "LessonsLog",
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
