"""Capture records: the 15 technique payloads, their JSON shape, defaults and properties."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import attrs
import pytest

from kmcore import codec
from kmcore.errors import ValidationError
from kmcore.records import (
    RECORD_TYPES,
    TECHNIQUE_DETAILS,
    AfterActionReview,
    CaptureRecord,
    Confidentiality,
    Phase,
    Technique,
    TechniqueDetails,
    Visibility,
)
from kmcore.records import _fields as f
from records_strategies import MINIMAL_DETAILS, capture_with, load


def test_every_technique_has_a_details_class_registered_under_its_name() -> None:
    assert set(TECHNIQUE_DETAILS) == set(Technique)
    assert set(MINIMAL_DETAILS) == {t.value for t in Technique}
    for technique, cls in TECHNIQUE_DETAILS.items():
        assert cls.technique is technique
        assert issubclass(cls, TechniqueDetails)
        assert cls.__doc__, f"{cls.__name__} needs a docstring"


@pytest.mark.parametrize("technique", list(Technique), ids=lambda t: t.value)
def test_minimal_payload_round_trips_with_its_tag(technique: Technique) -> None:
    record = load(capture_with(technique.value))
    assert isinstance(record.details, TECHNIQUE_DETAILS[technique])
    assert record.technique is technique
    assert record.effective_phase is technique.phase
    data = json.loads(codec.dumps(record))
    assert data["details"] == {"technique": technique.value, **MINIMAL_DETAILS[technique.value]}
    assert codec.loads(codec.dumps(record), RECORD_TYPES) == record


@pytest.mark.parametrize("technique", list(Technique), ids=lambda t: t.value)
def test_required_payload_fields_are_reported_when_missing(technique: Technique) -> None:
    cls = TECHNIQUE_DETAILS[technique]
    required = [a.name for a in attrs.fields(cls) if f.info(a).required]
    for name in required:
        details = {k: v for k, v in MINIMAL_DETAILS[technique.value].items() if k != name}
        data = capture_with(technique.value)
        data["details"] = {"technique": technique.value, **details}
        with pytest.raises(ValidationError) as caught:
            load(data)
        assert f"$.details.{name}" in [p.path for p in caught.value.problems]


def test_aar_marks_intended_and_actual_required() -> None:
    required = {a.name for a in attrs.fields(AfterActionReview) if f.info(a).required}
    assert required == {"intended", "actual"}


FULL_EXAMPLES: dict[str, dict[str, Any]] = {
    "self_assessment": {"tool": "Evidence and Knowledge Self-assessment Tool 2024",
                        "scores": [{"area": "Searching", "score": 2, "out_of": 4,
                                    "note": "Few staff trained"}],
                        "gaps": ["No theatre bulletin"]},
    "peer_assist": {"host_team": "Discharge team", "problem_statement": "Weekend discharges",
                    "peers": [{"person": "person-peer",
                               "organisation": {"name": "Eastfield NHS Trust",
                                                "ods_code": "R9Z"},
                               "brought": "Ran a 7-day discharge team"}],
                    "options_insights": ["Pharmacy on Saturdays"],
                    "feedback_to_peers": "We will trial Saturday TTOs"},
    "before_action_review": {"task": "Run the drill", "end_state": "Antibiotics in 1 hour",
                             "success_measures": ["Door to needle < 60 min"],
                             "anticipated_challenges": ["Night staffing"],
                             "success_factors": ["Sepsis trolley checked"]},
    "appreciative_inquiry": {"affirmative_topic": "Great handovers", "discover": ["Ward 4"],
                             "dream": ["Every handover safe"], "design": ["SBAR card"],
                             "destiny": ["Pilot on 2 wards"]},
    "after_action_review": {"intended": "i", "actual": "a", "reasons_for_difference": "r",
                            "sustain": ["Huddle"], "improve": ["Paging"],
                            "next_time": ["Test bleeps first"]},
    "knowledge_cafe": {"question": "q", "speaker": "person-speaker", "rounds": 3,
                       "themes": ["Time"], "pledges": ["Ask the library"]},
    "randomised_coffee_trial": {"round_label": "Spring 2025", "signups": 52,
                                "matching_rules": ["different department"],
                                "pairs": [{"a": "person-a", "b": "person-b", "met": True}],
                                "feedback_summary": "Most met"},
    "community_of_practice_meeting": {"community": "Falls CoP", "agenda": ["Bed sensors"],
                                      "artefacts": ["Post-fall huddle card"]},
    "action_learning_set": {"set_name": "Ward managers", "session_number": 4,
                            "presenters": [{"person": "person-a", "issue": "Rota gaps"}],
                            "report_backs": ["Met HR"]},
    "fishbowl": {"prompt": "p", "inner_circle": ["person-a", "person-b"],
                 "outer_questions": ["Who signs off?"]},
    "knowledge_harvest": {"harvestee": "person-leaver", "reason": "retiring",
                          "successor": "person-next", "line_manager": "person-boss",
                          "knowledge_areas": [{"area": "Tissue viability formulary",
                                               "priority": "high", "audience": "TV team",
                                               "transfer_method": "Shadowing",
                                               "status": "done"}],
                          "key_contacts": ["Procurement lead"], "work_in_hand": ["Audit"],
                          "documents": ["S:/TV/formulary"], "interview_summary": "s"},
    "elicitation_interview": {"interviewee": "person-expert", "knowledge_area": "Rota rules",
                              "questions_answers": [{"question": "What only you know?",
                                                     "answer": "The bank rules"}]},
    "exit_interview": {"leaver": "person-leaver", "leaving_on": "2025-03-31",
                       "reasons_for_leaving": ["Relocating"], "what_worked": ["Team"],
                       "what_to_improve": ["Parking"], "summary": "s"},
    "retrospect": {"objectives": ["o"], "achieved": ["a"],
                   "not_achieved": [{"point": "p", "why": "w"}],
                   "successes": [{"point": "p"}], "improvements": [{"point": "p", "why": "w"}],
                   "recommendations": ["r"], "satisfaction_score": 8,
                   "what_would_make_it_ten": "More time"},
    "lessons_log": {"project": "Whiteboards", "period": "Apr 2024 - Mar 2025"},
}


@pytest.mark.parametrize("technique", list(Technique), ids=lambda t: t.value)
def test_full_payload_round_trips(technique: Technique) -> None:
    data = capture_with(technique.value, FULL_EXAMPLES[technique.value])
    record = load(data)
    again = codec.loads(codec.dumps(record), RECORD_TYPES)
    assert again == record
    assert json.loads(codec.dumps(again))["details"] == {"technique": technique.value,
                                                          **FULL_EXAMPLES[technique.value]}


@pytest.mark.parametrize(("technique", "confidentiality", "visibility"), [
    (Technique.ACTION_LEARNING_SET, Confidentiality.TEAM, Visibility.PRIVATE),
    (Technique.KNOWLEDGE_HARVEST, Confidentiality.TEAM, Visibility.ORGANISATION),
    (Technique.EXIT_INTERVIEW, Confidentiality.HR_CONFIDENTIAL, Visibility.PRIVATE),
    (Technique.AFTER_ACTION_REVIEW, Confidentiality.OPEN, Visibility.ORGANISATION),
    (Technique.RANDOMISED_COFFEE_TRIAL, Confidentiality.OPEN, Visibility.ORGANISATION),
])
def test_defaults_follow_the_technique(technique: Technique, confidentiality: Confidentiality,
                                       visibility: Visibility) -> None:
    details = TECHNIQUE_DETAILS[technique](**_python_details(technique))
    record = CaptureRecord(title="t", held_on=dt.date(2025, 1, 1), purpose="p", details=details)
    assert record.confidentiality is confidentiality
    assert record.visibility is visibility
    # Defaults are left out of the JSON and come back the same from it.
    data = json.loads(codec.dumps(record))
    assert "confidentiality" not in data
    assert "visibility" not in data
    assert codec.loads(codec.dumps(record), RECORD_TYPES) == record


def test_an_explicit_confidentiality_overrides_the_default_and_is_kept() -> None:
    record = load(capture_with("action_learning_set", confidentiality="open",
                               visibility="organisation"))
    assert record.confidentiality is Confidentiality.OPEN
    data = json.loads(codec.dumps(record))
    assert data["confidentiality"] == "open"
    assert codec.loads(codec.dumps(record), RECORD_TYPES) == record


def _python_details(technique: Technique) -> dict[str, Any]:
    # The minimal JSON details converted to Python values (only tuples need care).
    return {k: tuple(v) if isinstance(v, list) else v
            for k, v in MINIMAL_DETAILS[technique.value].items()}


def test_phase_override_and_effective_phase() -> None:
    record = load(capture_with("after_action_review", phase="after"))
    assert record.phase is Phase.AFTER
    assert record.effective_phase is Phase.AFTER
    assert load(capture_with("after_action_review")).effective_phase is Phase.DURING


def test_details_must_be_a_technique_class_not_the_base() -> None:
    with pytest.raises(ValidationError) as caught:
        CaptureRecord(title="t", held_on=dt.date(2025, 1, 1), purpose="p",
                      details=TechniqueDetails())
    assert [p.path for p in caught.value.problems] == ["$.details"]


def test_details_of_the_wrong_kind_are_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        CaptureRecord(title="t", held_on=dt.date(2025, 1, 1), purpose="p",
                      details="after_action_review")  # type: ignore[arg-type]
    assert caught.value.problems[0].path == "$.details"
    assert "must be a TechniqueDetails" in caught.value.problems[0].reason


def test_references_inside_details_are_listed() -> None:
    record = load(capture_with("knowledge_harvest", FULL_EXAMPLES["knowledge_harvest"]))
    found = {(r.rel, r.target, r.path) for r in record.references()}
    assert ("harvested_from", "person-leaver", "$.details.harvestee") in found
    assert ("successor", "person-next", "$.details.successor") in found
