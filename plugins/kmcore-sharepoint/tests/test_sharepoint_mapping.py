"""The field mapping round-trips every record of the demo data, and typed columns win over the
JSON copy when staff edit them."""

from __future__ import annotations

import attrs
from kmcore import codec
from kmcore.demo.sample import sample_records
from kmcore.records.innovation import Innovation
from kmcore.records.lesson import Lesson
from kmcore.specs import RecordTypeSpec
from kmcore.testing.plugins import make_plugins

from kmcore_sharepoint.mapping import DATA_COLUMN, KEY_COLUMN, schema_for


def _types() -> dict[str, RecordTypeSpec]:
    return dict(make_plugins().record_types())


def test_every_sample_record_round_trips_through_its_list_item() -> None:
    specs = _types()
    classes = {name: spec.cls for name, spec in specs.items()}
    records = sample_records()
    assert {r.record_type for r in records} >= {"innovation", "person", "story", "lesson"}
    for record in records:
        schema = schema_for(type(record), specs[record.record_type].plural, people=True)
        fields = schema.to_fields(record, lambda person: None)
        assert fields[KEY_COLUMN] == record.id and fields[DATA_COLUMN]
        back = codec.from_dict(schema.to_data(fields), classes)
        assert back == record, record.id


def test_typed_columns_win_and_a_form_item_needs_no_json() -> None:
    specs = _types()
    classes = {name: spec.cls for name, spec in specs.items()}
    innovation = next(r for r in sample_records() if isinstance(r, Innovation))
    schema = schema_for(Innovation, "Innovations")
    fields = schema.to_fields(innovation)
    fields["KmStage"] = "spreading" if innovation.stage.value != "spreading" else "testing"
    fields["KmTrl"] = 7
    fields["Title"] = "Renamed in SharePoint"
    edited = codec.from_dict(schema.to_data(fields), classes, check_rules=False)
    assert isinstance(edited, Innovation)
    assert edited.stage.value == fields["KmStage"] and edited.trl == 7
    assert edited.title == "Renamed in SharePoint"
    assert edited.outcomes == innovation.outcomes  # kept from the JSON copy

    lesson_schema = schema_for(Lesson, "Lessons")
    data = lesson_schema.to_data({"Title": "From the form", "KmStatement": "s",
                                  "KmRecommendation": "r", "KmPolarity": "improve",
                                  "KmKeywords": "one\ntwo", "KmPreviouslyIdentified": True})
    assert data == {"type": "lesson", "title": "From the form", "statement": "s",
                    "recommendation": "r", "polarity": "improve",
                    "keywords": ["one", "two"], "previously_identified": True}


def test_multi_choice_and_person_columns_are_written_as_graph_expects() -> None:
    lesson = next(r for r in sample_records() if isinstance(r, Lesson)
                  and r.applies_to_staff_groups)
    schema = schema_for(Lesson, "Lessons", people=True)
    fields = schema.to_fields(attrs.evolve(lesson, owner="person-x"),
                              lambda person: "42" if person == "person-x" else None)
    assert fields["KmAppliesToStaffGroups@odata.type"] == "Collection(Edm.String)"
    assert fields["KmOwner"] == "person-x" and fields["KmOwnerPersonLookupId"] == 42
    assert all(not k.endswith("LookupId") or isinstance(v, int | None)
               for k, v in fields.items())
