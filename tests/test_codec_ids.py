"""A record's id is always written, and writing a record never makes a fresh id."""

from __future__ import annotations

import pytest

from kmcore import codec
from kmcore.records import base
from kmcore.records.innovation import Innovation
from kmcore.records.person import Person


def test_writing_a_record_makes_no_fresh_id(monkeypatch: pytest.MonkeyPatch) -> None:
    record = Person(id="person-amara-okafor", display_name="Amara Okafor")
    made: list[str] = []
    monkeypatch.setattr(base, "new_id", lambda prefix="": made.append(prefix) or "x")
    plain = codec.to_dict(record)
    assert made == []
    assert plain["id"] == "person-amara-okafor"
    assert codec.unstructure(record)["id"] == "person-amara-okafor"


def test_a_generated_id_is_written_and_read_back() -> None:
    record = Innovation(title="Fast bleep", problem="Slow", description="Faster",
                        stage="idea", lead="person-amara-okafor")
    plain = codec.to_dict(record)
    assert plain["id"] == record.id and plain["id"].startswith("inn-")
    assert list(plain)[:3] == ["type", "schema_version", "id"]
    assert codec.from_dict(plain, {"innovation": Innovation}) == record
