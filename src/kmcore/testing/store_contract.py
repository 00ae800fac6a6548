"""The contract every store backend must pass: subclass :class:`StoreContract` in your tests.

A store plugin (or a trust's own store) proves it behaves like the built-in local-files store
by running this suite, in the manner of fsspec's abstract tests and keyring's
``BackendBasicTests``::

    # tests/test_my_store.py
    from kmcore.testing.store_contract import StoreContract

    class TestMyStore(StoreContract):
        def make_store(self, tmp_path, types):
            return MyStore(tmp_path / "kb", types)

pytest collects every ``test_*`` method of ``TestMyStore``. :meth:`StoreContract.make_store`
is the one thing to write. It receives pytest's ``tmp_path`` and the record types the suite uses
(:data:`CONTRACT_TYPES`: :class:`~kmcore.records.lesson.Lesson` and the small
:class:`ContractNote` below) and returns a new, empty store. Called twice in one test with the
same ``tmp_path`` it must return two handles on the *same* records, as two programs opening one
knowledge base would get; the suite uses that to check persistence and conflicts between
handles. A store that needs a server (a loopback fake, say) can start it in a fixture of the
subclass and use it in ``make_store``.

A store that keeps the audit log itself (:class:`~kmcore.store.base.AuditingStore`, as a
database does) also subclasses :class:`AuditingStoreContract`, which adds its tests.

The suite imports only public kmcore modules and pytest, and needs nothing else.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import ClassVar, TypeVar, cast

import attrs
import pytest

from kmcore.audit import AuditEntry
from kmcore.errors import Conflict, InvalidId, KmcoreError, NotFound, StoreError
from kmcore.records.base import Record
from kmcore.records.lesson import Lesson
from kmcore.specs import RecordTypeSpec
from kmcore.store.base import AuditingStore, Change, Store, put_many

__all__ = [
    "BAD_IDS",
    "CONTRACT_TYPES",
    "AuditingStoreContract",
    "ContractNote",
    "StoreContract",
    "get_lesson",
    "get_note",
    "make_lesson",
    "make_note",
    "put",
]

R = TypeVar("R", bound=Record)


@attrs.frozen(kw_only=True)
class ContractNote(Record):
    """A deliberately small record type, so the suite does not depend on the domain types."""

    record_type: ClassVar[str] = "contract_note"
    id_prefix: ClassVar[str] = "note"

    title: str = ""
    body: str = ""
    tags: tuple[str, ...] = ()


#: The record types :meth:`StoreContract.make_store` receives.
CONTRACT_TYPES: Mapping[str, RecordTypeSpec] = {
    "contract_note": RecordTypeSpec(
        name="contract_note", cls=ContractNote, folder="contract-notes",
        label="Contract note", plural="Contract notes",
        description="A small record used by the store contract tests.",
    ),
    "lesson": RecordTypeSpec(
        name="lesson", cls=Lesson, folder="lessons", label="Lesson", plural="Lessons",
        description="A lesson learned.",
    ),
}

#: Ids every store must refuse with :class:`~kmcore.errors.InvalidId` before touching storage:
#: path climbing, separators, a Windows device name (in either case), empty and far too long.
BAD_IDS: tuple[str, ...] = (
    "../x", "a/b", "a\\b", "CON", "con", "", "x" * 10_000, ".hidden", "x.json", "Upper",
)


def make_lesson(record_id: str, title: str = "A lesson", **changes: object) -> Lesson:
    """A valid, unsaved :class:`~kmcore.records.lesson.Lesson` with the given id."""
    values: dict[str, object] = {
        "title": title,
        "statement": "Booking the room early avoided a clash.",
        "recommendation": "Book the room when the date is set.",
        "polarity": "sustain",
    }
    values.update(changes)
    return Lesson(id=record_id, **values)  # type: ignore[arg-type]


def make_note(record_id: str, title: str = "A note", **changes: object) -> ContractNote:
    """A valid, unsaved :class:`ContractNote` with the given id."""
    return ContractNote(id=record_id, title=title, **changes)  # type: ignore[arg-type]


def put(store: Store, record: R) -> R:
    """``store.put(record)``, checking that the record comes back as the class it went in as."""
    stored = store.put(record)
    assert type(stored) is type(record), f"put() returned a {type(stored).__name__}"
    return stored


def get_lesson(store: Store, record_id: str) -> Lesson:
    """``store.get("lesson", record_id)``, checking that it is a :class:`Lesson`."""
    found = store.get("lesson", record_id)
    assert isinstance(found, Lesson), f"get() returned a {type(found).__name__}"
    return found


def get_note(store: Store, record_id: str) -> ContractNote:
    """``store.get("contract_note", record_id)``, checking that it is a :class:`ContractNote`."""
    found = store.get("contract_note", record_id)
    assert isinstance(found, ContractNote), f"get() returned a {type(found).__name__}"
    return found


def _with_id(record: Record, bad_id: str) -> Record:
    # Records refuse bad ids when built, so bypass that to check that the *store* refuses
    # them too: a store must not rely on every caller having built its records properly.
    object.__setattr__(record, "id", bad_id)
    return record


class StoreContract:
    """Mixin of contract tests for a :class:`~kmcore.store.base.Store`; see the module doc."""

    def make_store(self, tmp_path: Path, types: Mapping[str, RecordTypeSpec]) -> Store:
        """Return a store holding *types*, empty on first use of *tmp_path*."""
        raise NotImplementedError("subclasses of StoreContract must define make_store()")

    @pytest.fixture
    def store(self, tmp_path: Path) -> Iterator[Store]:
        """The store under test (closed after the test)."""
        store = self.make_store(tmp_path, CONTRACT_TYPES)
        try:
            yield store
        finally:
            store.close()

    # --- basics ------------------------------------------------------------------------------

    def test_is_a_store(self, store: Store) -> None:
        assert isinstance(store, Store)

    def test_new_store_is_empty(self, store: Store) -> None:
        assert list(store.scan()) == []
        changes, cursor = store.changes()
        assert changes == []
        assert isinstance(cursor, str)

    def test_create_then_get(self, store: Store) -> None:
        record = make_lesson("lesson-a")
        stored = put(store, record)
        assert stored == attrs.evolve(record, revision=1)
        assert record.revision == 0  # the record passed in is not changed
        assert get_lesson(store, "lesson-a") == stored

    def test_update_increments_revision(self, store: Store) -> None:
        first = put(store, make_lesson("lesson-a"))
        second = put(store, attrs.evolve(first, title="Renamed"))
        assert second.revision == 2
        third = put(store, attrs.evolve(second, summary="More"))
        assert third.revision == 3
        assert get_lesson(store, "lesson-a") == third

    def test_records_survive_reopening(self, store: Store, tmp_path: Path) -> None:
        stored = put(store, make_note("note-a", tags=("x", "y")))
        store.close()
        again = self.make_store(tmp_path, CONTRACT_TYPES)
        try:
            assert get_note(again, "note-a") == stored
        finally:
            again.close()

    def test_close_twice_is_harmless(self, store: Store) -> None:
        store.close()
        store.close()

    # --- revisions and conflicts ---------------------------------------------------------------

    def test_stale_update_conflicts(self, store: Store) -> None:
        first = put(store, make_lesson("lesson-a"))
        put(store, attrs.evolve(first, title="Theirs"))
        with pytest.raises(Conflict) as caught:
            put(store, attrs.evolve(first, title="Mine"))
        assert "lesson-a" in str(caught.value)
        assert caught.value.hint
        assert get_lesson(store, "lesson-a").title == "Theirs"

    def test_stale_update_from_another_handle_conflicts(
        self, store: Store, tmp_path: Path
    ) -> None:
        first = put(store, make_note("note-a"))
        other = self.make_store(tmp_path, CONTRACT_TYPES)
        try:
            put(other, attrs.evolve(get_note(other, "note-a"), body="other"))
        finally:
            other.close()
        with pytest.raises(Conflict):
            put(store, attrs.evolve(first, body="mine"))
        assert get_note(store, "note-a").body == "other"

    def test_future_revision_conflicts(self, store: Store) -> None:
        first = put(store, make_note("note-a"))
        with pytest.raises(Conflict):
            put(store, attrs.evolve(first, revision=5))

    def test_create_over_existing_id_conflicts(self, store: Store) -> None:
        put(store, make_lesson("lesson-a", title="First"))
        with pytest.raises(Conflict) as caught:
            put(store, make_lesson("lesson-a", title="Second"))
        assert "lesson-a" in str(caught.value)
        assert get_lesson(store, "lesson-a").title == "First"

    def test_create_over_id_of_another_type_conflicts(self, store: Store) -> None:
        # Ids are unique across the whole knowledge base, not per type.
        put(store, make_lesson("shared-id"))
        with pytest.raises(Conflict):
            put(store, make_note("shared-id"))
        assert store.locate("shared-id") == "lesson"
        assert [r.id for r in store.scan("contract_note")] == []

    def test_update_of_deleted_record_conflicts(self, store: Store) -> None:
        first = put(store, make_note("note-a"))
        store.delete("contract_note", "note-a")
        with pytest.raises(Conflict):
            put(store, attrs.evolve(first, body="too late"))
        with pytest.raises(NotFound):
            get_note(store, "note-a")

    def test_failed_writes_leave_no_change(self, store: Store) -> None:
        first = put(store, make_note("note-a"))
        _, cursor = store.changes()
        with pytest.raises(Conflict):
            put(store, make_note("note-a"))
        with pytest.raises(Conflict):
            put(store, attrs.evolve(first, revision=7))
        with pytest.raises(Conflict):
            store.delete("contract_note", "note-a", expected_revision=9)
        assert store.changes(cursor)[0] == []

    # --- get, locate, delete ---------------------------------------------------------------

    def test_get_missing_is_not_found(self, store: Store) -> None:
        with pytest.raises(NotFound) as caught:
            get_lesson(store, "no-such-lesson")
        assert "no-such-lesson" in str(caught.value)

    def test_get_with_the_wrong_type_is_not_found(self, store: Store) -> None:
        put(store, make_lesson("lesson-a"))
        with pytest.raises(NotFound):
            get_note(store, "lesson-a")

    def test_unknown_record_type_is_refused(self, store: Store) -> None:
        with pytest.raises(NotFound):
            store.get("no_such_type", "x")
        with pytest.raises(NotFound):
            list(store.scan("no_such_type"))

    def test_locate(self, store: Store) -> None:
        put(store, make_lesson("lesson-a"))
        put(store, make_note("note-a"))
        assert store.locate("lesson-a") == "lesson"
        assert store.locate("note-a") == "contract_note"
        with pytest.raises(NotFound):
            store.locate("nobody")

    def test_delete(self, store: Store) -> None:
        put(store, make_lesson("lesson-a"))
        put(store, make_lesson("lesson-b"))
        store.delete("lesson", "lesson-a")
        with pytest.raises(NotFound):
            get_lesson(store, "lesson-a")
        with pytest.raises(NotFound):
            store.locate("lesson-a")
        assert [r.id for r in store.scan()] == ["lesson-b"]

    def test_delete_missing_is_not_found(self, store: Store) -> None:
        with pytest.raises(NotFound):
            store.delete("lesson", "no-such-lesson")
        with pytest.raises(NotFound):
            store.delete("lesson", "no-such-lesson", expected_revision=1)

    def test_delete_with_the_current_revision(self, store: Store) -> None:
        stored = put(store, attrs.evolve(put(store, make_note("note-a")), body="b"))
        store.delete("contract_note", "note-a", expected_revision=stored.revision)
        with pytest.raises(NotFound):
            get_note(store, "note-a")

    def test_stale_delete_conflicts(self, store: Store) -> None:
        first = put(store, make_note("note-a"))
        put(store, attrs.evolve(first, body="changed"))
        with pytest.raises(Conflict) as caught:
            store.delete("contract_note", "note-a", expected_revision=first.revision)
        assert "note-a" in str(caught.value)
        assert get_note(store, "note-a").body == "changed"

    def test_create_again_after_delete(self, store: Store) -> None:
        put(store, make_note("note-a", body="old"))
        store.delete("contract_note", "note-a")
        again = put(store, make_note("note-a", body="new"))
        assert again.revision == 1
        assert get_note(store, "note-a").body == "new"

    # --- ids ---------------------------------------------------------------------------------

    @pytest.mark.parametrize("bad_id", BAD_IDS, ids=lambda v: repr(v[:12]))
    def test_invalid_ids_are_refused(self, store: Store, bad_id: str) -> None:
        with pytest.raises(InvalidId):
            get_lesson(store, bad_id)
        with pytest.raises(InvalidId):
            store.locate(bad_id)
        with pytest.raises(InvalidId):
            store.delete("lesson", bad_id)
        with pytest.raises(InvalidId):
            put(store, _with_id(make_lesson("lesson-a"), bad_id))
        assert list(store.scan()) == []
        assert store.changes()[0] == []

    # --- scan ---------------------------------------------------------------------------------

    def test_scan_by_type_and_all(self, store: Store) -> None:
        for rid in ("lesson-c", "lesson-a", "lesson-b"):
            put(store, make_lesson(rid))
        for rid in ("note-b", "note-a"):
            put(store, make_note(rid))
        assert [r.id for r in store.scan("lesson")] == ["lesson-a", "lesson-b", "lesson-c"]
        assert [r.id for r in store.scan("contract_note")] == ["note-a", "note-b"]
        everything = list(store.scan())
        assert sorted(r.id for r in everything) == [
            "lesson-a", "lesson-b", "lesson-c", "note-a", "note-b",
        ]
        assert all(isinstance(r, Lesson) for r in everything if r.id.startswith("lesson"))
        assert all(isinstance(r, ContractNote) for r in everything if r.id.startswith("note"))

    def test_scan_sees_the_latest_revisions(self, store: Store) -> None:
        first = put(store, make_note("note-a"))
        put(store, attrs.evolve(first, body="v2"))
        put(store, make_note("note-b"))
        store.delete("contract_note", "note-b")
        assert [(r.id, r.revision) for r in store.scan()] == [("note-a", 2)]

    def test_scan_many(self, store: Store) -> None:
        ids = [f"note-{i:03d}" for i in range(60)]
        for rid in reversed(ids):
            put(store, make_note(rid, title=f"Note {rid}"))
        scanned = list(store.scan("contract_note"))
        assert [r.id for r in scanned] == ids
        assert all(isinstance(r, ContractNote) and r.title == f"Note {r.id}" for r in scanned)

    # --- batches (put_many) ---------------------------------------------------------------------

    def test_put_many_creates_and_updates_in_order(self, store: Store) -> None:
        first = put(store, make_lesson("lesson-a"))
        stored = put_many(store, [make_note("note-a"), attrs.evolve(first, title="Batch"),
                                  make_lesson("lesson-b")])
        assert [(r.id, r.revision) for r in stored] == [
            ("note-a", 1), ("lesson-a", 2), ("lesson-b", 1)]
        assert [type(r) for r in stored] == [ContractNote, Lesson, Lesson]
        assert get_lesson(store, "lesson-a").title == "Batch"
        assert get_note(store, "note-a").revision == 1
        # The change feed has one entry per record of the batch, in its order.
        changes, _ = store.changes()
        assert [(c.record_id, c.revision) for c in changes[-3:]] == [
            ("note-a", 1), ("lesson-a", 2), ("lesson-b", 1)]
        assert put_many(store, []) == []

    def test_put_many_checks_revisions(self, store: Store) -> None:
        first = put(store, make_lesson("lesson-a"))
        put(store, attrs.evolve(first, title="Theirs"))
        with pytest.raises(Conflict):
            put_many(store, [attrs.evolve(first, title="Mine")])
        with pytest.raises(Conflict):
            put_many(store, [make_lesson("lesson-a")])
        assert get_lesson(store, "lesson-a").title == "Theirs"

    def test_a_stores_own_put_many_writes_all_or_nothing(self, store: Store) -> None:
        if not callable(getattr(store, "put_many", None)):
            pytest.skip("this store saves batches one put() at a time")
        put(store, make_lesson("lesson-taken"))
        _, cursor = store.changes()
        with pytest.raises(Conflict):
            put_many(store, [make_note("note-new"), make_lesson("lesson-taken")])
        with pytest.raises(NotFound):
            store.get("contract_note", "note-new")
        assert store.changes(cursor)[0] == []

    # --- change feed ---------------------------------------------------------------------------

    def test_change_feed_order_and_content(self, store: Store) -> None:
        first = put(store, make_lesson("lesson-a"))
        put(store, make_note("note-a"))
        put(store, attrs.evolve(first, title="Again"))
        store.delete("contract_note", "note-a")
        changes, _ = store.changes()
        assert [(c.op, c.record_type, c.record_id, c.revision) for c in changes] == [
            ("put", "lesson", "lesson-a", 1),
            ("put", "contract_note", "note-a", 1),
            ("put", "lesson", "lesson-a", 2),
            ("delete", "contract_note", "note-a", 1),
        ]
        assert all(isinstance(c, Change) for c in changes)
        # Order is the feed's order, not the clock's: machines' clocks may disagree.
        assert all(c.at.tzinfo is not None for c in changes)

    def test_change_feed_resumes_from_a_cursor(self, store: Store) -> None:
        put(store, make_note("note-a"))
        put(store, make_note("note-b"))
        first_batch, cursor = store.changes()
        assert [c.record_id for c in first_batch] == ["note-a", "note-b"]
        assert store.changes(cursor) == ([], cursor)  # nothing new: same cursor back
        put(store, make_note("note-c"))
        store.delete("contract_note", "note-a")
        later, cursor2 = store.changes(cursor)
        assert [(c.op, c.record_id) for c in later] == [("put", "note-c"), ("delete", "note-a")]
        assert store.changes(cursor2)[0] == []
        # Each entry's own cursor resumes right after it.
        everything, _ = store.changes()
        after_second, _ = store.changes(everything[1].cursor)
        assert [c.record_id for c in after_second] == ["note-c", "note-a"]
        assert everything[-1].cursor == cursor2

    def test_change_feed_cursor_from_an_empty_store(self, store: Store) -> None:
        _, cursor = store.changes()
        put(store, make_note("note-a"))
        changes, _ = store.changes(cursor)
        assert [c.record_id for c in changes] == ["note-a"]

    def test_cursor_works_from_another_handle(self, store: Store, tmp_path: Path) -> None:
        put(store, make_note("note-a"))
        _, cursor = store.changes()
        put(store, make_note("note-b"))
        other = self.make_store(tmp_path, CONTRACT_TYPES)
        try:
            assert [c.record_id for c in other.changes(cursor)[0]] == ["note-b"]
        finally:
            other.close()

    @pytest.mark.parametrize("cursor", ["", "garbage", "-1", "999999999999999999999999"])
    def test_malformed_cursor_is_refused(self, store: Store, cursor: str) -> None:
        put(store, make_note("note-a"))
        with pytest.raises(StoreError) as caught:
            store.changes(cursor)
        assert caught.value.hint

    # --- content -------------------------------------------------------------------------------

    def test_unicode_round_trip(self, store: Store) -> None:
        text = (
            "Café naïve — “quotes” \u2018single\u2019 «guillemets» Ünïcödé; Ελληνικά; Кириллица; "
            "日本語の教訓; العربية; עברית; हिन्दी; emoji 🚑🩺👩🏽‍⚕️; e\u0301 combining; "
            "\u2028line\u2029para; tab\tand\nnewline; back\\slash \"quote\" {brace} [bracket]"
        )
        stored = put(store, make_lesson("lesson-u", title="Learning ✓ 学习", summary=text,
                                       keywords=("café", "日本", "🚑")))
        got = get_lesson(store, "lesson-u")
        assert got == stored
        assert got.summary == text
        assert list(store.scan("lesson")) == [stored]

    def test_round_trip_keeps_every_field(self, store: Store) -> None:
        record = make_lesson(
            "lesson-full",
            summary="Summary",
            context="A ward move",
            keywords=("estates", "wards"),
            review_due=dt.date(2030, 1, 31),
            qio_outcomes=(1, 4),
            previously_identified=True,
        )
        stored = put(store, record)
        assert get_lesson(store, "lesson-full") == stored
        assert put(store, attrs.evolve(stored, keywords=())).keywords == ()
        assert get_lesson(store, "lesson-full").keywords == ()

    def test_errors_are_kmcore_errors(self, store: Store) -> None:
        # Callers catch KmcoreError to show a message and a hint; nothing else may escape.
        for action in (
            lambda: get_lesson(store, "missing"),
            lambda: store.locate("missing"),
            lambda: store.delete("lesson", "missing"),
            lambda: get_lesson(store, "../x"),
            lambda: store.changes("not a cursor"),
        ):
            with pytest.raises(KmcoreError) as caught:
                action()
            assert caught.value.hint



def audit_entry(op: str, record_id: str = "", revision: int | None = None,
                note: str = "") -> AuditEntry:
    """An audit log entry as a knowledge base would pass it."""
    return AuditEntry(at="2025-01-06T09:00:00Z", who="contract", via="python", op=op,
                      type="lesson", id=record_id, revision=revision, note=note)


class AuditingStoreContract(StoreContract):
    """The further contract of a store that keeps the audit log itself: each entry lands in
    the same transaction as its write, or not at all, and an erasure reaches it."""

    def _audited(self, store: Store) -> AuditingStore:
        assert callable(getattr(store, "audit_entries", None)), "no audit_entries()"
        return cast(AuditingStore, store)

    def test_each_write_lands_with_its_audit_entry(self, store: Store) -> None:
        audited = self._audited(store)
        first = audited.put(make_lesson("lesson-a"), audit=audit_entry("add", "lesson-a", 1))
        assert isinstance(first, Lesson)
        audited.put_many([make_lesson("lesson-b"), attrs.evolve(first, title="Renamed")],
                         audit=audit_entry("batch", note="2 records"))
        audited.delete("lesson", "lesson-b", audit=audit_entry("delete", "lesson-b", 1))
        put(store, make_lesson("lesson-c"))  # no entry given: none written
        assert [(e.op, e.id, e.note) for e in audited.audit_entries()] == [
            ("add", "lesson-a", ""), ("batch", "", "2 records"), ("delete", "lesson-b", "")]

    def test_a_refused_write_leaves_no_audit_entry(self, store: Store) -> None:
        audited = self._audited(store)
        first = put(store, make_lesson("lesson-a"))
        put(store, attrs.evolve(first, title="Saved meanwhile"))
        with pytest.raises(Conflict):
            audited.put(attrs.evolve(first, title="Stale"), audit=audit_entry("update"))
        with pytest.raises(Conflict):
            audited.put_many([make_lesson("lesson-b"), attrs.evolve(first, title="Stale")],
                             audit=audit_entry("batch"))
        with pytest.raises(Conflict):
            audited.delete("lesson", "lesson-a", expected_revision=1,
                           audit=audit_entry("delete"))
        assert list(audited.audit_entries()) == []

    def test_forget_id_reaches_the_audit_log(self, store: Store) -> None:
        audited = self._audited(store)
        audited.put(make_lesson("lesson-jo-bloggs"),
                    audit=audit_entry("add", "lesson-jo-bloggs", 1))
        audited.add_audit_entries([audit_entry("batch", note="named lesson-jo-bloggs")])
        assert audited.forget_id("lesson-jo-bloggs", "forgotten-0123456789ab") >= 2
        entries = list(audited.audit_entries())
        assert len(entries) == 2
        assert all("lesson-jo-bloggs" not in str(e.to_dict()) for e in entries)
        assert entries[0].id == "forgotten-0123456789ab"
        changes, _ = store.changes()
        assert {c.record_id for c in changes} == {"forgotten-0123456789ab"}

    def test_forget_id_reaches_who_made_the_persons_own_entries(self, store: Store) -> None:
        audited = self._audited(store)
        mine = [attrs.evolve(audit_entry("batch", note=f"edit {n}"), who=who) for n, who in
                enumerate(("jo.bloggs@nhs.net", "NHS\\Jo.Bloggs", "jo.bloggs", "contract"))]
        audited.add_audit_entries(mine)
        audited.forget_id("lesson-jo-bloggs", "forgotten-0123456789ab",
                          actors=["jo.bloggs@nhs.net", "jo.bloggs", "Jo Bloggs"])
        assert [e.who for e in audited.audit_entries()] == [
            "forgotten-0123456789ab", "forgotten-0123456789ab", "forgotten-0123456789ab",
            "contract"]
