"""kmcore.fields: the kind of every record field, for import/export and backends alike."""

from __future__ import annotations

import pytest

from kmcore.fields import field_kind, field_kinds
from kmcore.records.innovation import Innovation, TeamMember
from kmcore.records.person import Person
from kmcore.records.vocab import Stage


@pytest.mark.parametrize(("cls", "name", "kind", "many"), [
    (Innovation, "id", "id", False),
    (Innovation, "title", "text", False),
    (Innovation, "keywords", "text", True),
    (Innovation, "stage", "choice", False),
    (Innovation, "km_goals", "choice", True),
    (Innovation, "review_due", "date", False),
    (Innovation, "created_at", "datetime", False),
    (Innovation, "trl", "int", False),
    (Innovation, "lead", "reference", False),
    (Innovation, "lessons", "reference", True),
    (Innovation, "subjects", "concept", True),
    (Innovation, "links", "link", True),
    (Innovation, "team", "part", True),
    (Person, "is_lks_staff", "bool", False),
])
def test_each_field_has_its_kind(cls: type, name: str, kind: str, many: bool) -> None:
    found = field_kind(cls, name)
    assert (found.kind, found.many) == (kind, many)


def test_choices_carry_their_vocabulary_and_text_its_limit() -> None:
    stage = field_kind(Innovation, "stage")
    assert stage.choices is Stage and stage.vocabulary == tuple(s.value for s in Stage)
    assert field_kind(Innovation, "title").max_length == 200
    assert field_kind(Innovation, "keywords").vocabulary == ()


def test_references_and_parts_say_what_they_point_at() -> None:
    lead = field_kind(Innovation, "lead")
    assert lead.targets == ("person",) and lead.relation
    assert field_kind(Innovation, "team").part is TeamMember
    assert field_kind(Innovation, "costs").kind == "part"
    money = [f.name for f in field_kinds(field_kind(Innovation, "costs").part or object)
             if f.kind == "money"]
    assert "setup_gbp" in money
    assert field_kind(Innovation, "created_at").managed


def test_an_unknown_field_is_a_key_error() -> None:
    with pytest.raises(KeyError, match="no field 'nope'"):
        field_kind(Innovation, "nope")
