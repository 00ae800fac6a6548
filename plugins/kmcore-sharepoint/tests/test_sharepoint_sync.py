"""Whole syncs through the engine against the fake Graph: faults, lost answers, conflicts,
items added in SharePoint, and the cost of a re-sync."""

from __future__ import annotations

import datetime as dt
import random

import attrs
import pytest
from kmcore import codec
from kmcore.records.lesson import Lesson
from kmcore.records.vocab import LessonPolarity, StaffGroup, Status
from kmcore.sync import engine

from kmcore_sharepoint.mapping import schema_for
from kmcore_sharepoint.testing import FaultConfig
from sharepoint_world import World

_WRITES = ("POST items", "PATCH item-fields", "DELETE item")


def _lessons(count: int, seed: int = 7) -> list[Lesson]:
    rng = random.Random(seed)
    groups = list(StaffGroup)
    out = []
    for n in range(count):
        out.append(Lesson(
            id=f"lesson-bulk-{n:05d}",
            title=f"Lesson {n}: {rng.choice(['Handover', 'Theatre lists', 'Discharge'])}",
            statement=f"What we learned, number {n}.\nA second line, with 'quotes' & <b>.",
            recommendation="Book the room when the date is set.",
            polarity=rng.choice(list(LessonPolarity)),
            status=Status.PUBLISHED,
            keywords=tuple(f"tag{rng.randrange(20)}" for _ in range(rng.randrange(3))),
            applies_to_staff_groups=tuple(rng.sample(groups, rng.randrange(3))),
            review_due=dt.date(2027, 1, 1) + dt.timedelta(days=n % 365) if n % 3 else None,
            previously_identified=bool(n % 2),
            category="" if n % 5 else "communication",
        ))
    return out


def _writes(counts: dict[str, int]) -> int:
    return sum(counts.get(k, 0) for k in _WRITES)


def _published(world: World, records: list[Lesson]) -> None:
    kb = world.open()
    try:
        for record in records:
            kb.add(record)
    finally:
        kb.close()


def test_2000_records_with_faults_and_lost_answers_land_exactly_once(world: World) -> None:
    records = _lessons(2000)
    _published(world, records)
    world.write_target(concurrency=2)
    fake = world.fake
    fake.faults.rate = 0.10
    fake.faults.lose_rate = 0.10
    fake.faults.retry_after = 0.02
    fake.faults.seed = 1234

    kb = world.open()
    try:
        reports = engine.sync(kb)
        for _ in range(3):  # anything left retryable goes on the next runs
            if all(r.ok for r in reports):
                break
            reports = engine.sync(kb)
    finally:
        kb.close()
    [report] = reports
    assert report.ok, report.render_text()
    counts = fake.counts
    assert counts.get("faults_injected", 0) > 100, counts  # the faults really happened
    assert counts.get("lost_responses", 0) > 3, counts
    assert fake.retry_after_violations == []

    items = fake.items(world.site, "Lessons")
    assert len(items) == 2000
    by_key = {i.fields["KmKey"]: i for i in items}
    assert set(by_key) == {r.id for r in records}
    schema = schema_for(Lesson, "Lessons")
    kb = world.open()
    try:
        for record in records:
            stored = kb.get(record.id)
            fields = by_key[record.id].fields
            assert schema.same_values(schema.to_fields(stored), fields), record.id
            back = codec.from_dict(schema.to_data(fields), kb.classes)
            assert attrs.evolve(back, revision=stored.revision, created_at=stored.created_at,
                                updated_at=stored.updated_at) == stored
    finally:
        kb.close()

    # Re-sync: nothing is written, and it costs almost nothing.
    fake.faults.rate = fake.faults.lose_rate = 0.0
    fake.reset_counts()
    [again] = world.sync()
    assert again.ok, again.render_text()
    assert again.counts["unchanged"] == 2000
    assert _writes(fake.counts) == 0
    assert fake.counts.get("graph", 0) <= 3, fake.counts


def test_an_item_edited_in_sharepoint_is_a_conflict_and_not_overwritten(world: World) -> None:
    records = _lessons(3)
    _published(world, records)
    world.write_target()
    kb = world.open()
    try:
        [first] = engine.sync(kb)
        assert first.ok, first.render_text()
        item = next(i for i in world.fake.items(world.site, "Lessons")
                    if i.fields["KmKey"] == "lesson-bulk-00001")
        world.fake.edit_item(world.site, "Lessons", item.id,
                             {"KmStatement": "Edited by the ward manager in SharePoint."})
        stored = kb.get("lesson-bulk-00001")
        kb.update(attrs.evolve(stored, recommendation="A new recommendation from the KB."))
        [second] = engine.sync(kb)
    finally:
        kb.close()
    outcome = next(o for o in second.items if o.record_id == "lesson-bulk-00001")
    assert outcome.status == "conflict", second.render_text()
    held = next(i for i in world.fake.items(world.site, "Lessons") if i.id == item.id)
    assert held.fields["KmStatement"] == "Edited by the ward manager in SharePoint."
    assert "A new recommendation" not in str(held.fields)
    # The edit itself came back as a draft copy linked to the record, for review.
    copies = [p for p in second.pulled if p.status == "copied"]
    assert len(copies) == 1 and copies[0].remote_ref.endswith(f"/{item.id}")


def test_an_item_added_in_the_list_comes_back_as_a_draft(world: World) -> None:
    _published(world, _lessons(2))
    world.write_target()
    kb = world.open()
    try:
        [first] = engine.sync(kb)
        assert first.ok, first.render_text()
        added = world.fake.add_item(world.site, "Lessons", {
            "Title": "Ward 7 huddle board",
            "KmStatement": "A visible huddle board cut missed handovers.",
            "KmRecommendation": "Put the board where the handover happens.",
            "KmPolarity": "sustain",
            "KmAppliesToStaffGroups": ["nursing_midwifery_registered"],
        })
        [second] = engine.sync(kb)
        assert second.ok, second.render_text()
        [pulled] = [p for p in second.pulled if p.status == "created"]
        assert pulled.remote_ref.endswith(f"/{added.id}")
        draft = kb.get(pulled.record_id)
    finally:
        kb.close()
    assert isinstance(draft, Lesson)
    assert draft.status == Status.DRAFT
    assert draft.title == "Ward 7 huddle board"
    assert draft.statement == "A visible huddle board cut missed handovers."
    assert draft.polarity == LessonPolarity.SUSTAIN
    assert draft.provenance.source == "pulled"
    assert draft.provenance.source_ref == f"intranet:{pulled.remote_ref}"


def test_a_stale_delta_token_restarts_and_finds_new_items(world: World) -> None:
    _published(world, _lessons(2))
    world.write_target()
    kb = world.open()
    try:
        assert engine.sync(kb)[0].ok
        world.fake.expire_delta_tokens(world.site, "Lessons")
        world.fake.add_item(world.site, "Lessons", {
            "Title": "After the token expired", "KmStatement": "s", "KmRecommendation": "r",
            "KmPolarity": "improve"})
        [report] = engine.sync(kb)
    finally:
        kb.close()
    assert report.ok, report.render_text()
    assert [p.status for p in report.pulled] == ["created"]


def test_a_deleted_record_removes_its_item(world: World) -> None:
    _published(world, _lessons(3))
    world.write_target()
    kb = world.open()
    try:
        assert engine.sync(kb)[0].ok
        kb.delete("lesson-bulk-00002")
        [report] = engine.sync(kb)
    finally:
        kb.close()
    assert report.ok and report.counts["delete"] == 1, report.render_text()
    keys = {i.fields["KmKey"] for i in world.fake.items(world.site, "Lessons")}
    assert keys == {"lesson-bulk-00000", "lesson-bulk-00001"}


def test_rate_limit_headers_slow_the_client_down_without_violations(world: World) -> None:
    _published(world, _lessons(60))
    world.write_target(concurrency=1)
    world.fake.faults.rate_limit = 100
    world.fake.faults.rate_window = 1.0
    [report] = world.sync()
    assert report.ok, report.render_text()
    assert len(world.fake.items(world.site, "Lessons")) == 60
    assert world.fake.retry_after_violations == []


def test_traffic_is_decorated_and_every_call_has_a_client_request_id(world: World) -> None:
    _published(world, _lessons(2))
    world.write_target()
    kb = world.open()
    try:
        assert engine.sync(kb)[0].ok
    finally:
        kb.close()
    log = world.fake.request_log
    assert log
    assert all("ISV|kmcore|kmcore-sharepoint/" in e["user_agent"] for e in log)
    assert all(e["client_request_id"] for e in log)
    assert FaultConfig().rate == 0.0


def test_person_references_fill_a_lookup_column_beside_the_text(world: World) -> None:
    from kmcore.records.person import Person

    person = Person(id="person-ada-lovelace", display_name="Ada Lovelace",
                    status=Status.PUBLISHED)
    lesson = attrs.evolve(_lessons(1)[0], owner="person-ada-lovelace")
    _published(world, [lesson])
    kb = world.open()
    try:
        kb.add(person)
    finally:
        kb.close()
    world.write_target(record_types=["lesson", "person"])
    kb = world.open()
    try:
        [first] = engine.sync(kb)
        assert first.ok, first.render_text()
        people = world.fake.list_named(world.site, "People")
        lookup = world.fake.list_named(world.site, "Lessons").column("KmOwnerPerson")
        assert lookup is not None and lookup.facet == "lookup"
        assert lookup.settings["listId"] == people.id
        stored = kb.get(lesson.id)
        kb.update(attrs.evolve(stored, category="handover"))
        [second] = engine.sync(kb)
    finally:
        kb.close()
    assert second.ok, second.render_text()
    [item] = world.fake.items(world.site, "Lessons")
    [ada] = world.fake.items(world.site, "People")
    assert item.fields["KmOwner"] == "person-ada-lovelace"  # the text column: always there
    assert item.fields["KmOwnerPersonLookupId"] == int(ada.id)


def test_retry_after_as_an_http_date_is_honoured(world: World) -> None:
    records = _lessons(5)
    _published(world, records)
    world.write_target(record_types=["lesson"])
    kb = world.open()
    try:
        assert engine.sync(kb)[0].ok
        for record in records:
            kb.update(attrs.evolve(kb.get(record.id), category="changed"))
        # Dates have whole seconds, so each fault costs a second or two: two are enough, and
        # planned, so the test sees them whatever order the requests go in.
        world.fake.faults.fail_next = 2
        world.fake.faults.errors = (429, 503)
        world.fake.faults.retry_after = 0.2
        world.fake.faults.retry_after_format = "http-date"
        world.fake.faults.seed = 5
        [report] = engine.sync(kb)
    finally:
        kb.close()
    assert report.ok, report.render_text()
    assert report.counts["update"] == 5
    assert world.fake.counts.get("faults_injected", 0) == 2
    assert world.fake.retry_after_violations == []
    assert {i.fields["KmCategory"] for i in world.fake.items(world.site, "Lessons")} == {
        "changed"}


def test_waiting_is_bounded_and_the_item_is_left_for_the_next_run(world: World) -> None:
    import time

    _published(world, _lessons(3))
    world.write_target(max_wait_seconds=2)
    kb = world.open()
    try:
        engine.sync(kb, dry_run=True)  # nothing sent
        world.fake.faults.rate = 1.0
        world.fake.faults.errors = (429,)
        world.fake.faults.retry_after = 120  # far beyond the bound
        started = time.monotonic()
        [report] = engine.sync(kb)
        elapsed = time.monotonic() - started
    finally:
        kb.close()
    assert elapsed < 15
    assert not report.ok
    assert "throttled" in report.render_text().lower() or "429" in report.render_text()
    assert world.fake.retry_after_violations == []


def test_a_dry_run_in_between_never_makes_a_sync_miss_an_added_item(world: World) -> None:
    _published(world, _lessons(2))
    world.write_target()
    kb = world.open()
    try:
        assert engine.sync(kb)[0].ok
        world.fake.add_item(world.site, "Lessons", {
            "Title": "Seen first by a dry run", "KmStatement": "s", "KmRecommendation": "r",
            "KmPolarity": "improve"})
        [dry] = engine.sync(kb, dry_run=True)
        assert [p.status for p in dry.pulled] == ["planned"]
        [real] = engine.sync(kb)
        [quiet] = engine.sync(kb)
    finally:
        kb.close()
    assert [p.status for p in real.pulled] == ["created"], real.render_text()
    assert quiet.pulled == []


def test_a_long_run_of_503s_says_the_app_may_be_blocked(world: World) -> None:
    from kmcore.errors import RateLimited

    from kmcore_sharepoint.auth import TokenProvider
    from kmcore_sharepoint.graph import GraphClient


    settings = world.parsed(world.settings(max_wait_seconds=1))
    client = GraphClient(settings, TokenProvider(settings))
    world.fake.faults.rate, world.fake.faults.errors = 1.0, (503,)
    world.fake.faults.retry_after = 0.1
    try:
        with pytest.raises(RateLimited) as caught:
            client.get_json("/sites/example.sharepoint.com:/sites/KnowledgeHub",
                            "finding the site")
    finally:
        client.close()
    assert "Message Center" in (caught.value.hint or "")
    assert world.fake.retry_after_violations == []
