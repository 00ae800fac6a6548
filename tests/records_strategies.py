"""Minimal valid record data and hypothesis strategies for the records tests."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from hypothesis import strategies as st

from kmcore import codec
from kmcore.ids import is_valid_id
from kmcore.records import (
    RECORD_TYPES,
    TECHNIQUE_DETAILS,
    AdoptingOrg,
    Adoption,
    AfterActionReview,
    CaptureRecord,
    Citation,
    CoffeePair,
    ConceptRef,
    Consent,
    Costs,
    Evaluation,
    Evidence,
    ExpertiseClaim,
    ExpertiseProfile,
    Innovation,
    KnowledgeArea,
    Lesson,
    Membership,
    Objection,
    OrgRef,
    Outcome,
    Participant,
    Person,
    Quote,
    Requester,
    Savings,
    StageChange,
    Story,
    TeamMember,
)
from kmcore.records import capture as cap
from kmcore.records.vocab import (
    ActionStatus,
    Attendance,
    CareSetting,
    Confidentiality,
    ConsentScope,
    EmploymentStatus,
    EvidenceLevel,
    ExpertiseBasis,
    ExpertiseLevel,
    HarvestReason,
    ImpactCategory,
    InnovationType,
    KmGoal,
    LessonPolarity,
    LessonStatus,
    Mode,
    OutcomeDomain,
    Phase,
    Priority,
    ServiceUsed,
    StaffGroup,
    Stage,
    Status,
    StoryKind,
    TeamRole,
    Technique,
    Visibility,
    WillingTo,
)

# --- minimal valid data, as JSON-shaped dicts -------------------------------------------------

MINIMAL: dict[str, dict[str, Any]] = {
    "innovation": {
        "type": "innovation", "id": "inn-test", "title": "Discharge lounge pilot",
        "lead": "person-lead", "problem": "Beds wait for patients to be collected.",
        "description": "A staffed lounge for patients waiting to go home.", "stage": "testing",
    },
    "person": {"type": "person", "id": "person-test", "display_name": "Robin Test"},
    "story": {
        "type": "story", "id": "story-test", "title": "Evidence search changed a pathway",
        "kind": "lks_impact_case_study", "who_asked": {"role": "Matron"},
        "challenge": "c", "what_we_did": "w", "how_it_helped": "h",
    },
    "capture_record": {
        "type": "capture_record", "id": "cap-test", "title": "AAR after the drill",
        "held_on": "2025-01-10", "purpose": "Learn from the sepsis drill",
        "details": {"technique": "after_action_review", "intended": "i", "actual": "a"},
    },
    "lesson": {
        "type": "lesson", "id": "lesson-test", "title": "Book rooms early",
        "statement": "s", "recommendation": "r", "polarity": "improve",
    },
}

#: The smallest valid details for each technique (required fields only).
MINIMAL_DETAILS: dict[str, dict[str, Any]] = {
    "self_assessment": {"gaps": ["No current-awareness bulletin for theatres"]},
    "peer_assist": {"host_team": "Discharge team", "problem_statement": "Weekend discharges"},
    "before_action_review": {"task": "Run the sepsis drill", "end_state": "Antibiotics < 1h"},
    "appreciative_inquiry": {"affirmative_topic": "Times handover went really well"},
    "after_action_review": {"intended": "i", "actual": "a"},
    "knowledge_cafe": {"question": "What stops us using evidence on the ward?"},
    "randomised_coffee_trial": {"round_label": "Spring 2025"},
    "community_of_practice_meeting": {"community": "Falls prevention CoP"},
    "action_learning_set": {"set_name": "New ward managers set"},
    "fishbowl": {"prompt": "What does good discharge look like?"},
    "knowledge_harvest": {"harvestee": "person-leaver", "reason": "retiring"},
    "elicitation_interview": {"interviewee": "person-expert", "knowledge_area": "Rota rules"},
    "exit_interview": {"leaver": "person-leaver"},
    "retrospect": {"objectives": ["Cut discharge delays"]},
    "lessons_log": {"project": "Electronic whiteboards"},
}


def minimal(record_type: str, **changes: Any) -> dict[str, Any]:
    """A deep copy of the minimal valid dict for *record_type*, with top-level *changes*."""
    data = copy.deepcopy(MINIMAL[record_type])
    data.update(changes)
    return data


def capture_with(technique: str, details: dict[str, Any] | None = None,
                 **changes: Any) -> dict[str, Any]:
    """Minimal capture data using *technique*, with extra detail fields and top-level changes."""
    payload = {"technique": technique, **MINIMAL_DETAILS[technique], **(details or {})}
    return minimal("capture_record", details=payload, **changes)


def load(data: dict[str, Any]) -> Any:
    """Build a record from JSON-shaped data through the codec (raises ValidationError)."""
    return codec.from_dict(data, RECORD_TYPES)


# --- hypothesis strategies ----------------------------------------------------------------------

# 30 code points is under every text limit in the record classes (the smallest is 35), so the
# strategies never trip a length rule; the limits have their own tests.
SHORT = 30
text = st.text(max_size=SHORT)
required_text = st.text(min_size=1, max_size=SHORT).filter(lambda s: s.strip() != "")
texts = st.lists(required_text, max_size=3).map(tuple)
ids = st.from_regex(r"[a-z0-9][a-z0-9_-]{0,30}[a-z0-9]", fullmatch=True).filter(is_valid_id)
dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))
money = st.decimals(min_value=0, max_value=10_000_000, places=2,
                    allow_nan=False, allow_infinity=False)
quantity = st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_infinity=False)
counts = st.integers(min_value=0, max_value=100_000)


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def enum_tuple(enum_cls: Any) -> st.SearchStrategy[tuple[Any, ...]]:
    return st.lists(st.sampled_from(list(enum_cls)), max_size=3, unique=True).map(tuple)


def ref_tuple() -> st.SearchStrategy[tuple[str, ...]]:
    return st.lists(ids, max_size=3).map(tuple)


concepts = st.builds(ConceptRef, label=required_text, scheme=st.sampled_from(["mesh", "local"]),
                     code=text)
orgs = st.builds(OrgRef, name=required_text,
                 ods_code=maybe(st.from_regex(r"[A-Z0-9]{1,9}", fullmatch=True)))


@st.composite
def knowledge_base_fields(draw: st.DrawFn) -> dict[str, Any]:
    """The fields every knowledge record shares, with arbitrary text."""
    return {
        "id": draw(ids),
        "title": draw(required_text),
        "summary": draw(text),
        "department": draw(text),
        "status": draw(st.sampled_from([s for s in Status if s != Status.PUBLISHED])),
        "review_due": draw(maybe(dates)),
        "subjects": tuple(draw(st.lists(concepts, max_size=2))),
        "keywords": draw(texts),
        "audience_staff_groups": draw(enum_tuple(StaffGroup)),
        "km_goals": draw(enum_tuple(KmGoal)),
        "qio_outcomes": tuple(draw(st.lists(st.integers(1, 6), max_size=3))),
        "licence": draw(text),
        "owner_org": draw(maybe(orgs)),
    }


@st.composite
def quotes(draw: st.DrawFn) -> Quote:
    return Quote(text=draw(required_text), person=draw(maybe(ids)), role=draw(text),
                 organisation=draw(text))


def _consent_for(quote: Quote | None) -> tuple[Consent, ...]:
    if quote is None or quote.person is None:
        return ()
    return (Consent(person=quote.person, scope=ConsentScope.QUOTE),)


@st.composite
def innovations(draw: st.DrawFn) -> Innovation:
    stage = draw(st.sampled_from(list(Stage)))
    outcomes = draw(st.lists(st.builds(
        Outcome, domain=maybe(st.sampled_from(list(OutcomeDomain))), measure=required_text,
        baseline=text, result=required_text, unit=text, period=text, source=text,
    ), max_size=2))
    evaluation = draw(maybe(st.builds(
        Evaluation, method=text, evidence_level=maybe(st.sampled_from(list(EvidenceLevel))),
        summary=required_text,
    )))
    order = stage.order
    if order is not None and order >= 4 and not outcomes and evaluation is None:
        outcomes = [Outcome(measure="Length of stay", result="9 days")]
    adopters = draw(st.lists(st.builds(AdoptingOrg, org=orgs, on=maybe(dates), status=text),
                             max_size=2))
    if stage == Stage.SPREADING and not adopters:
        adopters = [AdoptingOrg(org=OrgRef(name="Neighbouring Trust"))]
    sponsored = draw(maybe(st.booleans()))
    started = draw(maybe(dates))
    champion = draw(maybe(quotes()))
    return Innovation(
        **draw(knowledge_base_fields()),
        lead=draw(ids),
        team=tuple(draw(st.lists(st.builds(TeamMember, person=ids,
                                           role=st.sampled_from(list(TeamRole))), max_size=2))),
        contact=draw(maybe(ids)),
        problem=draw(required_text),
        description=draw(required_text),
        innovation_type=draw(maybe(st.sampled_from(list(InnovationType)))),
        setting=draw(maybe(st.sampled_from(list(CareSetting)))),
        stage=stage,
        stage_history=tuple(draw(st.lists(st.builds(
            StageChange, stage=st.sampled_from(list(Stage)), on=dates, note=text), max_size=2))),
        trl=draw(maybe(st.integers(1, 9))),
        started_on=started,
        implemented_on=None if started is None else draw(maybe(st.dates(min_value=started))),
        outcomes=tuple(outcomes),
        evaluation=evaluation,
        citations=tuple(draw(st.lists(st.builds(
            Citation, citation=required_text, doi=st.just("10.1136/bmj.n71") | st.just(""),
            pmid=st.sampled_from(["", "31978945"])), max_size=2))),
        costs=draw(maybe(st.builds(
            Costs, setup_gbp=maybe(money), running_gbp_per_year=maybe(money),
            funding_source=text, industry_sponsorship=st.just(sponsored),
            sponsorship_details=required_text if sponsored else text,
        ))),
        savings=draw(maybe(st.builds(
            Savings, cash_releasing_gbp=maybe(money), non_cash_gbp=maybe(money),
            staff_hours=maybe(quantity), basis=required_text,
        ))),
        key_learning_points=draw(texts),
        lessons=draw(ref_tuple()),
        adoption=Adoption(adopted_by=tuple(adopters), spread_potential=draw(text),
                          barriers=draw(texts), enablers=draw(texts)),
        related_guidance=draw(texts),
        champion_statement=champion,
        consents=_consent_for(champion),
    )


@st.composite
def people(draw: st.DrawFn) -> Person:
    status = draw(st.sampled_from(list(EmploymentStatus)))
    claims = draw(st.lists(st.builds(
        ExpertiseClaim, concept=concepts,
        level=maybe(st.sampled_from(list(ExpertiseLevel))),
        basis=st.just(ExpertiseBasis.SELF_DECLARED),
        evidence=st.lists(st.builds(Evidence, record=ids, role=text), max_size=2).map(tuple),
        since=maybe(dates),
    ), max_size=2))
    profile = draw(maybe(st.builds(
        ExpertiseProfile,
        visibility=st.sampled_from(list(Visibility)),
        overview=text,
        expertise=st.just(tuple(claims)),
        methods_experience=st.lists(concepts, max_size=2).map(tuple),
        populations=texts,
        settings=enum_tuple(CareSetting),
        languages=texts,
        willing_to=enum_tuple(WillingTo),
        memberships=st.lists(st.builds(Membership, group=required_text, role=text,
                                       since=maybe(dates)), max_size=2).map(tuple),
        informal=text,
        last_confirmed_on=maybe(dates),
        objection=maybe(st.builds(Objection, raised_on=dates, scope=text)),
    )))
    return Person(
        id=draw(ids),
        display_name=draw(required_text),
        given_name=draw(text),
        family_name=draw(text),
        job_title=draw(text),
        staff_group=draw(maybe(st.sampled_from(list(StaffGroup)))),
        profession=draw(text),
        department=draw(text),
        site=draw(text),
        employer=draw(maybe(orgs)),
        work_email=draw(st.sampled_from(["", "robin.test@nhs.example"])),
        phone=draw(text),
        orcid=draw(st.sampled_from([None, "0000-0002-1825-0097"])),
        employment_status=status,
        left_on=draw(dates) if status == EmploymentStatus.LEFT else draw(maybe(dates)),
        is_lks_staff=draw(st.booleans()),
        profile=profile,
        visibility=draw(st.sampled_from(list(Visibility))),
    )


@st.composite
def stories(draw: st.DrawFn) -> Story:
    anonymised = draw(st.booleans())
    quote = draw(maybe(quotes()))
    return Story(
        **draw(knowledge_base_fields()),
        kind=draw(st.sampled_from(list(StoryKind))),
        who_asked=Requester(
            person=None if anonymised else draw(maybe(ids)),
            role=draw(required_text),
            staff_group=draw(maybe(st.sampled_from(list(StaffGroup)))),
            department=draw(text),
        ),
        happened_on=draw(maybe(dates)),
        challenge=draw(required_text),
        what_we_did=draw(required_text),
        how_it_helped=draw(required_text),
        services_used=draw(enum_tuple(ServiceUsed)),
        impact_categories=draw(enum_tuple(ImpactCategory)),
        time_saved_hours=draw(maybe(quantity)),
        cost_saved_gbp=draw(maybe(money)),
        patients_affected=draw(maybe(counts)),
        quote=quote,
        consents=_consent_for(quote),
        working_with=draw(ref_tuple()),
        drivers=draw(texts),
        about=draw(ref_tuple()),
        anonymised=anonymised,
    )


def _details_strategy(technique: Technique) -> st.SearchStrategy[Any]:
    """Arbitrary details for *technique*, with text in every text field."""
    reasoned = st.lists(st.builds(cap.ReasonedPoint, point=required_text, why=text),
                        max_size=2).map(tuple)
    pair = st.builds(CoffeePair, a=st.just("person-a"), b=st.just("person-b"),
                     met=maybe(st.booleans()))
    builders: dict[Technique, st.SearchStrategy[Any]] = {
        Technique.SELF_ASSESSMENT: st.builds(
            cap.SelfAssessment, tool=text, gaps=texts.filter(bool),
            scores=st.lists(st.builds(cap.AssessmentScore, area=required_text,
                                      score=maybe(st.integers(0, 4)), out_of=st.just(4),
                                      note=text), max_size=2).map(tuple)),
        Technique.PEER_ASSIST: st.builds(
            cap.PeerAssist, host_team=required_text, problem_statement=required_text,
            peers=st.lists(st.builds(cap.Peer, person=ids, organisation=maybe(orgs),
                                     brought=text), max_size=2).map(tuple),
            options_insights=texts, feedback_to_peers=text),
        Technique.BEFORE_ACTION_REVIEW: st.builds(
            cap.BeforeActionReview, task=required_text, end_state=required_text,
            success_measures=texts, anticipated_challenges=texts, success_factors=texts),
        Technique.APPRECIATIVE_INQUIRY: st.builds(
            cap.AppreciativeInquiry, affirmative_topic=required_text, discover=texts,
            dream=texts, design=texts, destiny=texts),
        Technique.AFTER_ACTION_REVIEW: st.builds(
            AfterActionReview, intended=required_text, actual=required_text,
            reasons_for_difference=text, sustain=texts, improve=texts, next_time=texts),
        Technique.KNOWLEDGE_CAFE: st.builds(
            cap.KnowledgeCafe, question=required_text, speaker=maybe(ids),
            rounds=maybe(st.integers(1, 10)), themes=texts, pledges=texts),
        Technique.RANDOMISED_COFFEE_TRIAL: st.builds(
            cap.RandomisedCoffeeTrial, round_label=required_text, signups=maybe(counts),
            matching_rules=texts, pairs=st.lists(pair, max_size=2).map(tuple),
            feedback_summary=text),
        Technique.COMMUNITY_OF_PRACTICE_MEETING: st.builds(
            cap.CommunityOfPracticeMeeting, community=required_text, agenda=texts,
            artefacts=texts),
        Technique.ACTION_LEARNING_SET: st.builds(
            cap.ActionLearningSet, set_name=required_text,
            session_number=maybe(st.integers(1, 999)),
            presenters=st.lists(st.builds(cap.Presenter, person=maybe(ids),
                                          issue=required_text), max_size=2).map(tuple),
            report_backs=texts),
        Technique.FISHBOWL: st.builds(
            cap.Fishbowl, prompt=required_text, inner_circle=ref_tuple(),
            outer_questions=texts),
        Technique.KNOWLEDGE_HARVEST: st.builds(
            cap.KnowledgeHarvest, harvestee=st.just("person-leaver"),
            reason=st.sampled_from(list(HarvestReason)), successor=maybe(st.just("person-next")),
            line_manager=maybe(ids),
            knowledge_areas=st.lists(st.builds(
                KnowledgeArea, area=required_text, priority=maybe(st.sampled_from(list(Priority))),
                audience=text, transfer_method=text,
                status=st.sampled_from(list(ActionStatus))), max_size=2).map(tuple),
            key_contacts=texts, work_in_hand=texts, documents=texts, interview_summary=text),
        Technique.ELICITATION_INTERVIEW: st.builds(
            cap.ElicitationInterview, interviewee=ids, knowledge_area=required_text,
            questions_answers=st.lists(st.builds(cap.QuestionAnswer, question=required_text,
                                                 answer=text), max_size=2).map(tuple)),
        Technique.EXIT_INTERVIEW: st.builds(
            cap.ExitInterview, leaver=ids, leaving_on=maybe(dates), reasons_for_leaving=texts,
            what_worked=texts, what_to_improve=texts, summary=text),
        Technique.RETROSPECT: st.builds(
            cap.Retrospect, objectives=texts.filter(bool), achieved=texts,
            not_achieved=reasoned, successes=reasoned, improvements=reasoned,
            recommendations=texts, satisfaction_score=maybe(st.integers(1, 10)),
            what_would_make_it_ten=text),
        Technique.LESSONS_LOG: st.builds(cap.LessonsLog, project=required_text, period=text),
    }
    assert set(builders) == set(TECHNIQUE_DETAILS), "a technique has no strategy"
    return builders[technique]


@st.composite
def captures(draw: st.DrawFn, technique: Technique | None = None) -> CaptureRecord:
    chosen = technique or draw(st.sampled_from(list(Technique)))
    details = draw(_details_strategy(chosen))
    held_on = draw(dates)
    participants = draw(st.lists(st.builds(
        Participant, person=maybe(ids), role_label=required_text,
        staff_group=maybe(st.sampled_from(list(StaffGroup))),
        attendance=st.sampled_from(list(Attendance))), max_size=3))
    fields = draw(knowledge_base_fields())
    extra: dict[str, Any] = {}
    # Private-by-rule techniques keep their defaults; the others get any allowed value.
    if chosen not in (Technique.EXIT_INTERVIEW,):
        allowed = list(Visibility)
        if chosen == Technique.RANDOMISED_COFFEE_TRIAL:
            allowed = [Visibility.PRIVATE, Visibility.ORGANISATION]
        extra["visibility"] = draw(st.sampled_from(allowed))
        extra["confidentiality"] = draw(st.sampled_from(
            [Confidentiality.OPEN, Confidentiality.TEAM]
            + ([Confidentiality.HR_CONFIDENTIAL] if extra["visibility"] == Visibility.PRIVATE
               else [])
        ))
    return CaptureRecord(
        **fields,
        **extra,
        details=details,
        phase=draw(maybe(st.sampled_from(list(Phase)))),
        held_on=held_on,
        held_until=draw(maybe(st.dates(min_value=held_on, max_value=dt.date(2041, 1, 1)))),
        mode=draw(maybe(st.sampled_from(list(Mode)))),
        facilitator=draw(maybe(ids)),
        participants=tuple(participants),
        participant_count=draw(maybe(st.integers(len(participants), 500))),
        purpose=draw(required_text),
        context_refs=draw(ref_tuple()),
        insights=draw(texts),
        lessons=draw(ref_tuple()),
        prior_lessons=draw(ref_tuple()),
        actions=tuple(draw(st.lists(st.builds(
            cap.Action, description=required_text, owner=maybe(ids), due=maybe(dates),
            status=st.sampled_from(list(ActionStatus))), max_size=2))),
        follows_up=draw(maybe(st.just("cap-earlier-bar"))),
        recording_consent=draw(maybe(st.booleans())),
    )


@st.composite
def lessons(draw: st.DrawFn) -> Lesson:
    return Lesson(
        **draw(knowledge_base_fields()),
        statement=draw(required_text),
        recommendation=draw(required_text),
        polarity=draw(st.sampled_from(list(LessonPolarity))),
        lesson_status=draw(st.sampled_from(list(LessonStatus))),
        context=draw(text),
        trigger_event=draw(text),
        impact=draw(text),
        root_cause=draw(text),
        category=draw(text),
        applies_to_staff_groups=draw(enum_tuple(StaffGroup)),
        owner=draw(maybe(ids)),
        source_capture=draw(maybe(ids)),
        related_innovations=draw(ref_tuple()),
        previously_identified=draw(st.booleans()),
        early_warning=draw(text),
    )


STRATEGIES: dict[str, st.SearchStrategy[Any]] = {
    "innovation": innovations(),
    "person": people(),
    "story": stories(),
    "capture_record": captures(),
    "lesson": lessons(),
}

__all__ = [
    "MINIMAL",
    "MINIMAL_DETAILS",
    "STRATEGIES",
    "capture_with",
    "captures",
    "load",
    "minimal",
]
