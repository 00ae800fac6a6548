"""The sample knowledge base: big enough, complete, valid, linked, fictional and repeatable."""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any, TypeVar

import pytest

from kmcore import codec
from kmcore.demo.sample import ODS_CODE, ORGANISATION, sample_records
from kmcore.records import (
    RECORD_TYPES,
    CaptureRecord,
    Innovation,
    Lesson,
    Person,
    Record,
    Stage,
    Story,
    Technique,
    Visibility,
    dangling_references,
)
from kmcore.records._fields import collect_problems
from kmcore.records.identifiers import is_valid_email

R = TypeVar("R", bound=Record)


@pytest.fixture(scope="module")
def records() -> list[Record]:
    return sample_records()


def _of(records: list[Record], cls: type[R]) -> list[R]:
    return [r for r in records if isinstance(r, cls)]


def _index(records: list[Record]) -> dict[str, Any]:
    return {r.id: r for r in records}


def test_at_least_80_records_of_every_type(records: list[Record]) -> None:
    assert len(records) >= 80
    counts = Counter(r.record_type for r in records)
    assert set(counts) == set(RECORD_TYPES)
    assert all(n >= 5 for n in counts.values()), counts


def test_every_technique_is_used(records: list[Record]) -> None:
    used = {c.technique for c in _of(records, CaptureRecord)}
    assert used == set(Technique)


def test_ids_are_unique_and_readable(records: list[Record]) -> None:
    ids = [r.id for r in records]
    assert len(ids) == len(set(ids))
    for record in records:
        assert record.id.startswith(record.id_prefix + "-"), record.id


def test_every_record_is_valid_and_survives_json(records: list[Record]) -> None:
    for record in records:
        assert collect_problems(record) == [], record.id
        assert codec.loads(codec.dumps(record), RECORD_TYPES) == record


def test_no_dangling_references(records: list[Record]) -> None:
    assert [(r.id, ref.path, ref.target, why)
            for r, ref, why in dangling_references(records)] == []


def test_deterministic_across_calls(records: list[Record]) -> None:
    again = sample_records()
    assert again == records
    assert [codec.dumps(r) for r in again] == [codec.dumps(r) for r in records]
    assert all(r.created_at is not None and r.updated_at is not None for r in records)


def test_the_trust_is_the_owner_everywhere(records: list[Record]) -> None:
    for record in records:
        assert record.owner_org is not None
        assert (record.owner_org.name, record.owner_org.ods_code) == (ORGANISATION, ODS_CODE)


def test_people_are_fictional(records: list[Record]) -> None:
    for person in _of(records, Person):
        if person.work_email:
            assert is_valid_email(person.work_email)
            # .example is reserved (RFC 2606): these addresses can never reach anybody.
            assert person.work_email.endswith("@nhs.example"), person.work_email
        # ORCID's documented example iD is the only one used, and it is not a real person's.
        assert person.orcid in (None, "0000-0002-1825-0097")


def test_no_patient_identifiers_anywhere(records: list[Record]) -> None:
    text = "\n".join(codec.dumps(r) for r in records)
    # NHS numbers are 10 digits (often 3-3-4); nothing in the sample looks like one.
    assert not re.search(r"(?<!\d)\d{3}[ -]?\d{3}[ -]?\d{4}(?!\d)", text)
    assert "NHS number" not in text and "date of birth" not in text.lower()


def test_links_tell_the_learning_loop(records: list[Record]) -> None:
    by_id = _index(records)
    captures = _of(records, CaptureRecord)
    # Every lesson's source capture lists it among the lessons it produced.
    for lesson in _of(records, Lesson):
        assert lesson.source_capture is not None
        assert lesson.id in by_id[lesson.source_capture].lessons, lesson.id
    # BARs consult earlier lessons; AARs and retrospects follow up a BAR.
    bars = [c for c in captures if c.technique is Technique.BEFORE_ACTION_REVIEW]
    assert bars and all(c.prior_lessons for c in bars)
    followers = [c for c in captures if c.follows_up and
                 by_id[c.follows_up].technique is Technique.BEFORE_ACTION_REVIEW]
    assert {c.technique for c in followers} >= {Technique.AFTER_ACTION_REVIEW,
                                                Technique.RETROSPECT}
    # Consulted lessons were learned before the capture that consulted them.
    for capture in captures:
        for lesson_id in capture.prior_lessons:
            source = by_id[by_id[lesson_id].source_capture]
            assert source.held_on <= capture.held_on, (capture.id, lesson_id)
    # Stories are about innovations; innovations are led by people.
    assert any(by_id[t].record_type == "innovation"
               for s in _of(records, Story) for t in s.about)
    assert all(by_id[i.lead].record_type == "person" for i in _of(records, Innovation))


def test_expertise_is_evidenced_by_records(records: list[Record]) -> None:
    by_id = _index(records)
    evidence = [e.record for p in _of(records, Person) if p.profile
                for claim in p.profile.expertise for e in claim.evidence]
    assert len(evidence) >= 10
    assert {by_id[rid].record_type for rid in evidence} >= {"innovation", "capture_record",
                                                            "story"}


def test_variety_of_stages_statuses_and_visibilities(records: list[Record]) -> None:
    stages = {i.stage for i in _of(records, Innovation)}
    assert len(stages) >= 6 and Stage.SPREADING in stages and Stage.PAUSED in stages
    assert len({r.status for r in records}) >= 5
    assert {r.visibility for r in records} == set(Visibility)


def test_privacy_cases_are_present(records: list[Record]) -> None:
    people = _of(records, Person)
    assert any(p.hidden_from_directory and p.profile is not None and p.left_on for p in people)
    assert any(p.profile is not None and p.profile.objection for p in people)
    assert any(s.anonymised for s in _of(records, Story))
    exits = [c for c in _of(records, CaptureRecord) if c.technique is Technique.EXIT_INTERVIEW]
    assert exits and all(c.visibility is Visibility.PRIVATE for c in exits)


def test_sample_json_is_plain(records: list[Record]) -> None:
    data = json.loads(codec.dumps(records[0]))
    assert data["type"] == "person"
    assert data["id"] == "person-amara-okafor"
