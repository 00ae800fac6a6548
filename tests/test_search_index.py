"""The search index: building, keeping current from the change feed, filters, snippets,
spelling variants and stemming, and rebuilding when it is missing, damaged or stale."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

from kmcore.errors import KmcoreError
from kmcore.kb import KnowledgeBase
from kmcore.records.innovation import Innovation
from kmcore.records.vocab import Stage
from kmcore.search import index as index_module
from kmcore.search.index import INDEX_FILE, Filters
from search_sample import sample_kb


@pytest.fixture
def kb(tmp_path: Path) -> Iterator[KnowledgeBase]:
    with sample_kb(tmp_path / "kb") as opened:
        yield opened


def ids(results: object) -> list[str]:
    return [h.id for h in results]  # type: ignore[attr-defined]


def test_index_is_built_on_first_search_in_the_cache_folder(kb: KnowledgeBase) -> None:
    path = kb.root / INDEX_FILE
    assert not path.exists()
    results = kb.search("sepsis")
    assert path.exists()
    assert results.total >= 5
    assert "inn-sepsis-screening-ed" in ids(results)[:3]


def test_title_outranks_body(kb: KnowledgeBase) -> None:
    # "Norovirus" is in the AAR's title; other records mention it only in passing or not at all.
    assert ids(kb.search("norovirus"))[0] == "cap-aar-norovirus"


def test_stemming_and_both_spellings(kb: KnowledgeBase) -> None:
    # The records say "organisational" and "organisation"; people type either spelling.
    british = set(ids(kb.search("organisation", limit=50)))
    american = set(ids(kb.search("organization", limit=50)))
    assert british and british == american
    # "fall" finds records that only say "falls".
    assert "inn-cohort-bay-nursing" in ids(kb.search("fall", limit=20))
    assert kb.search("colour").ids == kb.search("color").ids != []


def test_phrase_prefix_or_and_not(kb: KnowledgeBase) -> None:
    phrase = kb.search('"bed sensors"')
    assert [h.id for h in phrase if not h.partial] == ["cap-cop-falls-march-2025"]
    # Then records with some of its words, marked so.
    assert phrase.complete == 1 and phrase.total > 1 and phrase.hits[1].partial
    # No record has "sensors bed" word for word: the words are searched, closest first.
    reversed_phrase = kb.search('"sensors bed"')
    assert reversed_phrase.ids[0] == "cap-cop-falls-march-2025"
    assert any("exact phrase" in note for note in reversed_phrase.notes)
    assert "inn-electronic-whiteboards" in ids(kb.search("whiteb*", limit=20))
    either = set(ids(kb.search("norovirus OR lactate", limit=50)))
    assert {"cap-aar-norovirus", "inn-poct-lactate"} <= either
    without = ids(kb.search("whiteboards -riverside", limit=50))
    assert without and all("riverside" not in kb.get(i).label.lower() for i in without)
    assert "cap-bar-whiteboards-riverside" not in without


def test_snippets_highlight_matches_and_escape_html(kb: KnowledgeBase) -> None:
    hit = kb.search("antibiotics").hits[0]
    assert "[antibiotics]" in hit.snippet_text().lower() or "[antibiotics]" in \
        hit.title_text().lower()
    record = kb.get("lesson-norovirus-visitor-signage")
    kb.update(attrs.evolve(record, statement="<script>alert(1)</script> visitors & signs"))
    hit = next(h for h in kb.search("visitors signs", limit=20) if h.id == record.id)
    html = str(hit.snippet_html())
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<mark>" in html and "&amp;" in html


def test_no_record_has_every_word_shows_records_with_any(kb: KnowledgeBase) -> None:
    results = kb.search("norovirus dysphagia")
    assert results.relaxed and results.total >= 2
    assert any("any of them" in note for note in results.notes)


def test_filters(kb: KnowledgeBase) -> None:
    assert set(h.type for h in kb.search("falls", types="innovation", limit=50)) == {"innovation"}
    assert set(h.type for h in kb.search("falls", types="lessons", limit=50)) == {"lesson"}
    staged = kb.search("ward", stage=["paused", "idea"], limit=50)
    assert ids(staged) and all(h.stage in ("paused", "idea") for h in staged)
    dept = kb.search("sepsis", department="emergency department", limit=50)
    assert ids(dept) and all(h.department == "Emergency Department" for h in dept)
    subject = kb.search("huddle", subject="D000058", limit=50)
    assert ids(subject) and all(
        any(s.code == "D000058" for s in kb.get(i).subjects) for i in ids(subject))
    assert ids(kb.search("falls", subject="accidental falls")) == ids(
        kb.search("falls", subject="D000058"))
    assert kb.search("falls", organisation="R9X").total == kb.search(
        "falls", organisation="northgate and riverside nhs foundation trust").total > 0
    assert kb.search("falls", organisation="Nowhere Trust").total == 0
    group = kb.search("falls", staff_group="nursing_midwifery_registered", limit=50)
    assert ids(group)
    public = kb.search("falls", visibility="public", limit=50)
    assert ids(public) and all(h.visibility == "public" for h in public)
    published = kb.search("falls", status="published", limit=50)
    assert all(h.status == "published" for h in published)
    dated = kb.search("sepsis", date_from="2024-11-01", date_to="2024-11-30", limit=50)
    assert ids(dated) and all("2024-11-01" <= h.date <= "2024-11-30" for h in dated)


@pytest.mark.parametrize(("filters", "message"), [
    ({"stage": "finished"}, "stage filter 'finished'"),
    ({"visibility": "everyone"}, "visibility filter"),
    ({"staff_group": "nurses"}, "staff group filter"),
    ({"date_from": "last tuesday"}, "is not a date"),
    ({"date_from": "2025-01-02", "date_to": "2025-01-01"}, "ends before it starts"),
    ({"types": "widgets"}, "no record type called"),
    ({"colour": "red"}, "cannot filter a search on 'colour'"),
])
def test_bad_filters_are_explained(kb: KnowledgeBase, filters: dict[str, str],
                                   message: str) -> None:
    with pytest.raises(KmcoreError, match=message) as info:
        kb.search("falls", **filters)
    assert info.value.hint


def test_exit_interviews_are_left_out_unless_asked_for(kb: KnowledgeBase) -> None:
    assert "cap-exit-interview-ed-nurse" not in ids(kb.search("exit interview", limit=50))
    wanted = kb.search("exit interview", include_confidential=True, limit=50)
    assert "cap-exit-interview-ed-nurse" in ids(wanted)


def test_people_who_objected_or_left_are_not_searchable_as_people(kb: KnowledgeBase) -> None:
    people = {h.id for h in kb.search("grace OR olivia OR helen", types="person", limit=50)}
    assert "person-helen-marsh" in people
    assert "person-grace-adeyemi" not in people  # objected
    assert "person-olivia-grant" not in people  # left
    # Their names still find the records they worked on (historical attribution).
    assert "inn-skin-bundle" in ids(kb.search("olivia grant", limit=20))


def test_changes_through_kmcore_are_picked_up_from_the_feed(kb: KnowledgeBase) -> None:
    assert kb.search("zeppelin").total == 0
    new = kb.add(Innovation(title="Zeppelin deliveries of blood samples", lead="person-li-wei",
                            problem="Slow couriers", description="Airships", stage=Stage.IDEA))
    assert ids(kb.search("zeppelin")) == [new.id]
    kb.update(attrs.evolve(new, title="Drone deliveries of blood samples"))
    assert new.id not in ids(kb.search("zeppelin"))
    assert ids(kb.search("drone")) == [new.id]
    kb.delete(kb.get(new.id))
    # (A word no record has may be searched as the closest word records do have.)
    assert new.id not in ids(kb.search("drone"))


def test_renaming_a_person_reindexes_the_records_that_name_them(kb: KnowledgeBase) -> None:
    kb.search("falls")
    person = kb.get("person-maya-singh")
    kb.update(attrs.evolve(person, display_name="Maya Quillfeather"))
    assert "inn-dysphagia-mealtime-cards" in ids(kb.search("quillfeather", limit=20))


def test_hand_edited_files_are_caught_by_a_thorough_refresh(kb: KnowledgeBase) -> None:
    kb.search("falls")
    path = kb.store.path_of("lesson", "lesson-norovirus-visitor-signage")  # type: ignore[attr-defined]
    path.write_text(path.read_text(encoding="utf-8").replace(
        "Signs at the ward door worked", "Signs at the ward door worked wonderfully"),
        encoding="utf-8")
    index = kb.search_index()
    assert index.refresh().indexed == 0  # not in the feed
    assert kb.search("wonderfully").total == 0
    report = index.refresh(thorough=True)
    assert report.indexed == 1
    assert ids(kb.search("wonderfully")) == ["lesson-norovirus-visitor-signage"]
    path.unlink()
    assert index.refresh(thorough=True).removed == 1
    assert kb.search("wonderfully").total == 0


def test_a_corrupt_or_missing_index_is_rebuilt_silently(kb: KnowledgeBase,
                                                        tmp_path: Path) -> None:
    kb.search("falls")
    index = kb.search_index()
    index.close()
    index.path.write_bytes(b"this is not a database" * 100)
    assert kb.search("sepsis").total >= 5
    index.delete_file()
    assert not index.path.exists()
    assert kb.search("sepsis").total >= 5


def test_an_index_from_another_schema_or_feed_is_rebuilt(kb: KnowledgeBase) -> None:
    kb.search("falls")
    index = kb.search_index()
    index.conn.execute("UPDATE meta SET value = 'old' WHERE key = 'schema'")
    index.close()
    assert kb.search("sepsis").total >= 5
    schema = index.conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()[0]
    assert schema == index_module._SCHEMA
    # A cursor the feed refuses (the feed was recreated) means a rebuild, not an error.
    index.conn.execute("UPDATE meta SET value = ? WHERE key = 'cursor'",
                       ("1:" + "0" * 32 + ":5",))
    report = index.refresh()
    assert report.rebuilt and "feed" in report.reason


def test_rebuild_after_an_erasure_leaves_no_trace(kb: KnowledgeBase) -> None:
    kb.search("falls")
    # "Quillfeather" stands in for a name that must be erased everywhere.
    person = kb.get("person-ben-carter")
    kb.update(attrs.evolve(person, display_name="Ben Quillfeather"))
    kb.search("falls")
    index = kb.search_index()
    assert b"Quillfeather" in index.path.read_bytes()
    kb.update(attrs.evolve(kb.get(person.id), display_name="Ben Carter"))
    index.rebuild()
    assert b"quillfeather" not in index.path.read_bytes().lower()


def test_remove_takes_a_record_out_now(kb: KnowledgeBase) -> None:
    kb.search("falls")
    index = kb.search_index()
    assert index.remove(["lesson-norovirus-visitor-signage", "no-such-record"]) == 1
    assert "lesson-norovirus-visitor-signage" not in ids(kb.search("signs", limit=50))
    assert b"Clear signs at the entrance" not in index.path.read_bytes()


def test_stale_records_rank_lower(kb: KnowledgeBase) -> None:
    index = kb.search_index()
    first = index.search("sepsis trolley", Filters(types=("lesson", "innovation")))
    past = dt.date(2100, 1, 1)  # every review_due date is then in the past
    later = index.search("sepsis trolley", Filters(types=("lesson", "innovation")), today=past)
    due = {i for i in first.ids if getattr(kb.get(i), "review_due", None)}
    if due:
        assert any(a.score > b.score for a, b in zip(first.hits, later.hits, strict=False)
                   if a.id == b.id and a.id in due)


def test_a_database_error_during_refresh_rebuilds(kb: KnowledgeBase) -> None:
    kb.search("falls")
    index = kb.search_index()
    index.conn.execute("DROP TABLE files")
    index.conn.execute("UPDATE meta SET value = ? WHERE key = 'cursor'", (
        kb.changes(None)[1],))
    report = index.refresh(thorough=True)
    assert report.rebuilt
    assert kb.search("sepsis").total >= 5
    with sqlite3.connect(index.path) as check:
        assert check.execute("SELECT count(*) FROM files").fetchone()[0] > 0


def test_a_damaged_change_feed_does_not_stop_search(kb: KnowledgeBase) -> None:
    feed = kb.root / ".kmcore" / "changes.jsonl"
    feed.write_text("not a feed header\n", encoding="utf-8")
    kb.search_index().delete_file()
    results = kb.search("sepsis")  # built from the records, without the feed
    assert results.total >= 5
    report = kb.search_index().refresh()
    assert "change feed cannot be read" in report.reason


def test_a_deleted_or_removed_person_leaves_no_name_on_other_records(kb: KnowledgeBase) -> None:
    assert "inn-dysphagia-mealtime-cards" in ids(kb.search("singh", limit=20))
    index = kb.search_index()
    index.remove(["person-maya-singh"])
    found = index.search("singh", refresh=False)
    # No record has the name any more (at most a word spelled like it, "sing", is offered).
    assert "inn-dysphagia-mealtime-cards" not in found.ids
    assert not any(m[1] == "singh" for hit in found for m in hit.matched)
    assert b"Singh" not in index.path.read_bytes()
    # Deleting a person through kmcore does the same, through the change feed.
    assert "inn-pharmacy-discharge-medicines" in ids(kb.search("wei", limit=20))
    kb.delete("person-li-wei")
    assert kb.search("wei").total == 0


def test_rebuild_when_the_file_cannot_be_replaced_copies_over_it(
        kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    # Windows refuses to replace a file another process has open.
    import os

    from kmcore.search import index as module

    kb.search("falls")
    kb.update(attrs.evolve(kb.get("person-ben-carter"), display_name="Ben Quillfeather"))
    kb.search("falls")
    kb.update(attrs.evolve(kb.get("person-ben-carter"), display_name="Ben Carter"))

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(module.os, "replace", refuse)
    report = kb.search_index().rebuild()
    assert report.rebuilt
    path = kb.search_index().path
    assert b"quillfeather" not in path.read_bytes().lower()
    assert not [p for p in os.listdir(path.parent) if p.endswith(".tmp")]
    assert kb.search("sepsis").total >= 5


def test_two_processes_share_one_index(kb: KnowledgeBase) -> None:
    import kmcore

    kb.search("falls")
    with kmcore.open(kb.root) as other:
        new = other.add(Innovation(title="Hydration trolleys on every ward",
                                   lead="person-li-wei", problem="Dehydration",
                                   description="Drinks rounds", stage=Stage.IDEA))
        assert ids(other.search("hydration")) == [new.id]
    assert ids(kb.search("hydration")) == [new.id]


def test_a_long_lived_handle_follows_a_rebuild_made_elsewhere(kb: KnowledgeBase) -> None:
    import kmcore

    kb.search("falls")
    with kmcore.open(kb.root) as other:
        other.search_index().rebuild()  # renames a new file into place
        new = other.add(Innovation(title="Hydration trolleys on every ward",
                                   lead="person-li-wei", problem="Dehydration",
                                   description="Drinks rounds", stage=Stage.IDEA))
        other.search("hydration")
    # kb's connection was on the replaced file; it must notice and read the new one.
    assert ids(kb.search("hydration")) == [new.id]
    index = kb.search_index()
    on_disk = index.path.stat()
    assert index._identity == (on_disk.st_dev, on_disk.st_ino)
    kb.search_index().delete_file()
    assert ids(kb.search("hydration")) == [new.id]


def test_after_kmcore_person_forget_the_index_holds_no_trace(kb: KnowledgeBase) -> None:
    from kmcore.governance.people import forget

    assert kb.search("singh").total > 0
    forget(kb, "person-maya-singh")
    assert not any(m[1] == "singh" for hit in kb.search("singh") for m in hit.matched)
    data = kb.search_index().path.read_bytes()
    # (Lower-casing the bytes would find "nursing" + "h..." next to each other.)
    for trace in (b"Singh", b"SINGH", b"maya-singh", b"maya.singh", b"Maya"):
        assert trace not in data, trace


def test_an_objection_leaves_no_profile_text_in_the_index(kb: KnowledgeBase) -> None:
    from kmcore.records.person import Objection

    kb.search("falls")
    person = kb.get("person-amara-okafor")
    assert b"ward huddle briefing" in kb.search_index().path.read_bytes()
    profile = attrs.evolve(person.profile, objection=Objection(  # type: ignore[attr-defined]
        raised_on=dt.date(2025, 6, 1), scope="whole profile"))
    kb.update(attrs.evolve(person, profile=profile))
    kb.search("falls")
    assert b"ward huddle briefing" not in kb.search_index().path.read_bytes()
