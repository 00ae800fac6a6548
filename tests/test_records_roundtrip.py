"""Property tests: every record survives JSON and back unchanged, whatever Unicode it holds."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kmcore import codec
from kmcore.records import RECORD_TYPES, Record, Technique
from records_strategies import STRATEGIES, captures

# Modest example counts keep the suite fast; the strategies cover every field of every type.
PROPERTY = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def _roundtrip(record: Record) -> Any:
    return codec.loads(codec.dumps(record), RECORD_TYPES)


@pytest.mark.parametrize("record_type", sorted(STRATEGIES))
def test_every_record_type_round_trips_through_json(record_type: str) -> None:
    @PROPERTY
    @given(STRATEGIES[record_type])
    def check(record: Record) -> None:
        assert _roundtrip(record) == record

    check()


@pytest.mark.parametrize("technique", list(Technique), ids=lambda t: t.value)
def test_every_technique_round_trips_through_json(technique: Technique) -> None:
    @settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(captures(technique))
    def check(record: Any) -> None:
        data = json.loads(codec.dumps(record))
        assert data["details"]["technique"] == technique.value
        again = _roundtrip(record)
        assert again == record
        assert again.technique == technique

    check()


@PROPERTY
@given(st.text(min_size=1, max_size=200).filter(lambda s: s.strip() != ""))
def test_titles_up_to_the_limit_round_trip(title: str) -> None:
    record = codec.from_dict(
        {"type": "lesson", "id": "lesson-x", "title": title, "statement": "s",
         "recommendation": "r", "polarity": "sustain"},
        RECORD_TYPES,
    )
    assert _roundtrip(record) == record
    assert record.label == title
