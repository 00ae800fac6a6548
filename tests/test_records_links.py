"""Links between records: dangling references and relation inverses."""

from __future__ import annotations

import datetime as dt
import typing
from collections.abc import Iterator
from typing import Any

import attrs

from kmcore.records import (
    RECORD_TYPES,
    REL_INVERSES,
    AfterActionReview,
    CaptureRecord,
    Innovation,
    Lesson,
    Link,
    Person,
    Stage,
    Story,
    StoryKind,
    TechniqueDetails,
    dangling_references,
    inverse_of,
)
from kmcore.records import Requester as Asker
from kmcore.records import _fields as f
from kmcore.records.capture import TECHNIQUE_DETAILS


def _kb() -> list[Any]:
    lead = Person(id="person-lead", display_name="Amara Okafor")
    inn = Innovation(id="inn-lounge", title="Discharge lounge", lead="person-lead",
                     problem="p", description="d", stage=Stage.TESTING)
    bar = CaptureRecord(id="cap-bar", title="BAR", held_on=dt.date(2025, 1, 1), purpose="p",
                        details=AfterActionReview(intended="i", actual="a"),
                        context_refs=("inn-lounge",))
    return [lead, inn, bar]


def test_a_consistent_collection_has_no_dangling_references() -> None:
    assert dangling_references(_kb()) == []


def test_missing_targets_are_reported_with_their_path() -> None:
    records = _kb()
    aar = CaptureRecord(id="cap-aar", title="AAR", held_on=dt.date(2025, 2, 1), purpose="p",
                        details=AfterActionReview(intended="i", actual="a"),
                        follows_up="cap-bar", lessons=("lesson-gone",),
                        links=(Link(rel="relates_to", target="inn-nowhere"),))
    found = dangling_references([*records, aar])
    assert [(r.id, ref.path, ref.target, why) for r, ref, why in found] == [
        ("cap-aar", "$.links[0]", "inn-nowhere", "no record has this id"),
        ("cap-aar", "$.lessons[0]", "lesson-gone", "no record has this id"),
    ]


def test_targets_of_the_wrong_type_are_reported() -> None:
    records = _kb()
    wrong = Innovation(id="inn-wrong", title="t", lead="inn-lounge", problem="p",
                       description="d", stage=Stage.IDEA)
    story = Story(id="story-x", title="t", kind=StoryKind.INNOVATION_STORY,
                  who_asked=Asker(role="Matron"), challenge="c", what_we_did="w",
                  how_it_helped="h", about=("person-lead",))
    found = dangling_references([*records, wrong, story])
    assert [(r.id, ref.rel, why) for r, ref, why in found] == [
        ("inn-wrong", "led_by", "points to an innovation, but led_by must point to a person"),
        ("story-x", "about", "points to a person, but about must point to an innovation, "
                             "a capture_record or a lesson"),
    ]


def test_evidence_may_point_at_any_type_of_record() -> None:
    from kmcore.records import ConceptRef, Evidence, ExpertiseClaim, ExpertiseProfile

    expert = Person(id="person-x", display_name="X", profile=ExpertiseProfile(expertise=(
        ExpertiseClaim(concept=ConceptRef(label="Sepsis"),
                       evidence=(Evidence(record="cap-bar"), Evidence(record="inn-lounge"))),
    )))
    assert dangling_references([*_kb(), expert]) == []


def _attrs_types(hint: Any) -> Iterator[type]:
    """The attrs classes inside a type hint (``tuple[Outcome, ...] | None`` -> Outcome)."""
    if isinstance(hint, type) and attrs.has(hint):
        yield hint
    for arg in typing.get_args(hint):
        yield from _attrs_types(arg)


def _rels(cls: type, seen: set[type]) -> Iterator[str]:
    if cls in seen:
        return
    seen.add(cls)
    hints = typing.get_type_hints(cls)
    for field in attrs.fields(cls):
        fi = f.info(field)
        if fi.rel:
            yield fi.rel
        for part in _attrs_types(hints[field.name]):
            yield from _rels(part, seen)


def test_every_relation_used_by_a_field_has_an_inverse() -> None:
    used: set[str] = set()
    roots = [*RECORD_TYPES.values(), *TECHNIQUE_DETAILS.values(), TechniqueDetails]
    for cls in roots:
        used.update(_rels(cls, set()))
    assert {"led_by", "produced", "consulted", "follows_up", "about", "evidenced_by"} <= used
    assert used <= set(REL_INVERSES), used - set(REL_INVERSES)


def test_inverses_go_both_ways() -> None:
    for rel, inverse in REL_INVERSES.items():
        assert REL_INVERSES[inverse] == rel
    assert inverse_of("led_by") == "leads"
    assert inverse_of("produced") == "produced_by"
    assert inverse_of("relates_to") == "relates_to"
    assert inverse_of("mentions") == "mentions_of"


def test_lesson_source_capture_is_the_inverse_of_produced() -> None:
    field = attrs.fields(Lesson).source_capture
    assert inverse_of(f.info(field).rel or "") == "produced"


def test_a_lead_left_empty_for_a_librarian_is_no_broken_link() -> None:
    """An import that cannot resolve a required lead leaves it empty and lists it in
    to_complete (D860); ``kmcore validate`` must not then call it a link to nowhere."""
    from kmcore import codec

    waiting = codec.from_dict({
        "type": "innovation", "schema_version": 1, "id": "inn-waiting", "revision": 1,
        "title": "Ward huddle board", "lead": "", "problem": "p", "description": "d",
        "stage": "testing", "to_complete": ["lead: required, empty in the file"]},
        RECORD_TYPES)
    assert [ref.target for ref in waiting.references()] == []
    assert dangling_references([*_kb(), waiting]) == []
    broken = attrs.evolve(waiting, lead="person-nobody")
    assert [reason for _, _, reason in dangling_references([*_kb(), broken])] == [
        "no record has this id"]
