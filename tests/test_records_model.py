"""The record classes as a whole: documented, helpful, and their convenience properties."""

from __future__ import annotations

import datetime as dt
import typing
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

import kmcore.records as records
from kmcore.errors import ValidationError
from kmcore.records import (
    RECORD_TYPES,
    TECHNIQUE_DETAILS,
    ConceptRef,
    Consent,
    ConsentScope,
    EmploymentStatus,
    ExpertiseBasis,
    ExpertiseClaim,
    ExpertiseProfile,
    Innovation,
    Objection,
    Person,
    Record,
    Stage,
)
from kmcore.records import _fields as f


def _attrs_types(hint: Any) -> Iterator[type]:
    if isinstance(hint, type) and attrs.has(hint):
        yield hint
    for arg in typing.get_args(hint):
        yield from _attrs_types(arg)


def _all_classes() -> list[type]:
    found: list[type] = []
    todo: list[type] = [*RECORD_TYPES.values(), *TECHNIQUE_DETAILS.values()]
    while todo:
        cls = todo.pop()
        if cls in found:
            continue
        found.append(cls)
        hints = typing.get_type_hints(cls)
        for field in attrs.fields(cls):
            todo.extend(_attrs_types(hints[field.name]))
    return found


def test_all_classes_reachable_from_the_records_are_exported() -> None:
    exported = [getattr(records, n) for n in records.__all__]
    missing = [c.__name__ for c in _all_classes() if c not in exported]
    assert missing == []


@pytest.mark.parametrize("cls", _all_classes(), ids=lambda c: c.__name__)
def test_every_class_is_frozen_keyword_only_and_documented(cls: type) -> None:
    assert cls.__doc__ and cls.__doc__.strip()
    assert all(a.kw_only for a in attrs.fields(cls))
    assert attrs.has(cls)
    assert cls.__setattr__ is not object.__setattr__  # frozen


@pytest.mark.parametrize("cls", _all_classes(), ids=lambda c: c.__name__)
def test_every_new_field_has_help_text_and_rules(cls: type) -> None:
    for field in attrs.fields(cls):
        fi = f.info(field)
        assert fi.help, f"{cls.__name__}.{field.name} has no help text"
        # Fields kmcore manages (revision, timestamps, provenance) are never typed in.
        assert fi.checks or fi.managed, f"{cls.__name__}.{field.name} has no rules"


def test_every_record_type_name_and_prefix() -> None:
    assert {n: c.id_prefix for n, c in RECORD_TYPES.items()} == {
        "innovation": "inn", "person": "person", "story": "story",
        "capture_record": "cap", "lesson": "lesson",
    }
    for name, cls in RECORD_TYPES.items():
        assert issubclass(cls, Record)
        assert cls.record_type == name


def test_generated_ids_use_the_prefix() -> None:
    person = Person(display_name="Amara Okafor")
    assert person.id.startswith("person-")
    assert person.label == "Amara Okafor"


def _person(**changes: Any) -> Person:
    return Person(id="person-a", display_name="A", **changes)


def test_hidden_from_directory() -> None:
    profile = ExpertiseProfile(overview="Ask me about sepsis")
    assert _person().hidden_from_directory  # no profile: not opted in
    assert not _person(profile=profile).hidden_from_directory
    assert _person(profile=profile, employment_status=EmploymentStatus.LEFT,
                   left_on=dt.date(2025, 1, 31)).hidden_from_directory
    objected = attrs.evolve(profile, objection=Objection(raised_on=dt.date(2025, 2, 1)))
    assert _person(profile=objected).hidden_from_directory


def test_person_who_has_left_needs_a_date_in_python_too() -> None:
    with pytest.raises(ValidationError) as caught:
        _person(employment_status=EmploymentStatus.LEFT)
    assert [p.path for p in caught.value.problems] == ["$.left_on"]


def test_inferred_claim_without_evidence_is_refused_when_built() -> None:
    with pytest.raises(ValidationError):
        ExpertiseClaim(concept=ConceptRef(label="Sepsis"), basis=ExpertiseBasis.INFERRED)


def test_innovation_contact_defaults_to_the_lead() -> None:
    inn = Innovation(id="inn-a", title="t", lead="person-lead", problem="p",
                     description="d", stage=Stage.IDEA)
    assert inn.contact_person == "person-lead"
    assert attrs.evolve(inn, contact="person-c").contact_person == "person-c"


def test_has_consent_ignores_withdrawn_consent() -> None:
    inn = Innovation(id="inn-a", title="t", lead="person-lead", problem="p", description="d",
                     stage=Stage.IDEA, consents=(
                         Consent(person="person-q", scope=ConsentScope.QUOTE,
                                 withdrawn_on=dt.date(2025, 1, 1)),))
    assert not inn.has_consent("person-q", "quote")


def test_vocabulary_values_are_plain_text() -> None:
    assert str(Stage.EVALUATED) == "evaluated"
    assert f"{Stage.EVALUATED}" == "evaluated"
    as_text: str = Stage.EVALUATED  # members are str, so they compare equal to their value
    assert as_text == "evaluated"
    assert Stage.SPREADING.order == 6
    assert Stage.PAUSED.order is None
