"""The KnowledgeBase facade: add, get, update, delete, query, iterate, validate."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

import kmcore
from kmcore.errors import ConfigError, Conflict, KmcoreError, NotFound, ValidationError
from kmcore.kb import KnowledgeBase


def _lesson(**overrides: object) -> kmcore.Lesson:
    fields: dict[str, object] = dict(
        title="Confirm rooms before inviting",
        statement="Two peer assists started late because rooms were double-booked.",
        recommendation="Confirm the booking before sending invitations.",
        polarity="improve",
    )
    fields.update(overrides)
    return kmcore.Lesson(**fields)  # type: ignore[arg-type]


def test_add_get_round_trip_fills_bookkeeping(kb: KnowledgeBase) -> None:
    stored = kb.add(_lesson())
    assert stored.revision == 1
    assert stored.created_at is not None and stored.updated_at is not None
    assert stored.owner_org is not None and stored.owner_org.ods_code == "RX1"
    assert kb.get(stored.id) == stored
    assert kb.get(stored.id, "lesson") == stored
    # The file is human-readable JSON in the type's folder.
    path = kb.root / kb.types["lesson"].folder / f"{stored.id}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["type"] == "lesson" and data["schema_version"] == 1
    assert data["title"] == "Confirm rooms before inviting"


def test_save_many_gives_every_ownerless_record_the_kbs_organisation(kb: KnowledgeBase) -> None:
    """A batch builds the default owner once and shares it (it is frozen); a record that
    names its own owner keeps it."""
    other = kmcore.OrgRef(name="Other Trust", ods_code="RX2")
    stored = kb.save_many([_lesson(), _lesson(title="Second one"), _lesson(owner_org=other)])
    assert [r.revision for r in stored] == [1, 1, 1]
    first, second, third = (r.owner_org for r in stored)
    assert first is not None and first.ods_code == "RX1"
    assert second is first
    assert third == other
    assert [kb.get(r.id) for r in stored] == stored


def test_update_checks_the_revision(kb: KnowledgeBase) -> None:
    first = kb.add(_lesson())
    second = kb.update(attrs.evolve(first, title="Confirm rooms first"))
    assert second.revision == 2 and kb.get(first.id).title == "Confirm rooms first"
    with pytest.raises(Conflict) as info:
        kb.update(attrs.evolve(first, title="stale edit"))
    assert first.id in str(info.value)
    assert kb.get(first.id).title == "Confirm rooms first"  # nothing overwritten


def test_add_refuses_a_stored_record_and_update_a_new_one(kb: KnowledgeBase) -> None:
    stored = kb.add(_lesson())
    with pytest.raises(KmcoreError, match="cannot be added again"):
        kb.add(stored)
    with pytest.raises(KmcoreError, match="never been saved"):
        kb.update(_lesson())


def test_add_refuses_a_duplicate_id(kb: KnowledgeBase) -> None:
    kb.add(_lesson(id="rooms"))
    with pytest.raises(Conflict):
        kb.add(_lesson(id="rooms"))


def test_invalid_record_is_refused_with_every_problem_and_nothing_saved(kb: KnowledgeBase) -> None:
    good = _lesson()
    # Build an invalid record without tripping construction checks, as a bad import might.
    from kmcore.records._fields import deferred_validation

    with deferred_validation():
        bad = attrs.evolve(good, title="", recommendation=" ", polarity="sideways")
    with pytest.raises(ValidationError) as info:
        kb.add(bad)
    paths = {p.path for p in info.value.problems}
    assert {"$.title", "$.recommendation", "$.polarity"} <= paths
    assert kb.count() == 0


def test_delete_with_and_without_revision(kb: KnowledgeBase) -> None:
    a = kb.add(_lesson())
    b = kb.add(_lesson())
    kb.update(attrs.evolve(a, title="changed"))
    with pytest.raises(Conflict):
        kb.delete(a)  # the record we hold is stale
    kb.delete(a.id)
    kb.delete(b)
    assert kb.count() == 0
    with pytest.raises(NotFound):
        kb.get(a.id)


def test_query_filters_and_predicates(kb: KnowledgeBase) -> None:
    kb.add(_lesson(polarity="sustain", keywords=("rooms", "events")))
    kb.add(_lesson(polarity="improve", keywords=("rooms",)))
    kb.add(_lesson(polarity="improve", keywords=("budget",)))
    assert len(kb.query("lesson", polarity="improve")) == 2
    assert len(kb.query("lesson", keywords="rooms")) == 2
    assert len(kb.query(kmcore.Lesson, where=lambda r: "events" in r.keywords)) == 1
    assert len(kb.query()) == 3
    assert len(list(kb)) == 3
    with pytest.raises(KmcoreError, match="cannot filter on 'polarty'") as info:
        kb.query("lesson", polarty="improve")
    assert "Did you mean 'polarity'" in (info.value.hint or "")
    with pytest.raises(NotFound, match="no record type called 'lessen'") as missing:
        kb.query("lessen")
    assert "Did you mean 'lesson'" in (missing.value.hint or "")


def test_type_can_be_named_by_folder(kb: KnowledgeBase) -> None:
    spec = kb.types["lesson"]
    assert kb.type_spec(spec.folder) is spec


def test_unsafe_ids_are_refused_by_get(kb: KnowledgeBase) -> None:
    for bad in ("../x", "a/b", "CON", "", "x" * 10_000):
        with pytest.raises(kmcore.InvalidId):
            kb.get(bad)


def test_open_finds_the_kb_and_explains_when_there_is_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kmcore.init(tmp_path / "kb", name="n", organisation="o").close()
    (tmp_path / "kb" / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "kb" / "sub")
    with kmcore.open() as kb:
        assert kb.root == (tmp_path / "kb").resolve()
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError) as info:
        kmcore.open()
    assert "kmcore init" in (info.value.hint or "")
    with pytest.raises(ConfigError, match="not a kmcore knowledge base"):
        kmcore.open(tmp_path)
    with pytest.raises(NotFound):
        kmcore.open(tmp_path / "missing")


def test_init_refuses_an_existing_kb_and_bad_settings(tmp_path: Path) -> None:
    kmcore.init(tmp_path / "kb", name="n", organisation="o").close()
    with pytest.raises(ConfigError, match="already a knowledge base"):
        kmcore.init(tmp_path / "kb")
    with pytest.raises(ConfigError, match="ODS code"):
        kmcore.init(tmp_path / "other", ods_code="rt3")
    assert not (tmp_path / "other").exists()  # a refused init leaves nothing behind


def test_broken_settings_are_reported_by_path(tmp_path: Path) -> None:
    kmcore.init(tmp_path / "kb", name="n", organisation="o").close()
    settings = tmp_path / "kb" / "kmcore.toml"
    settings.write_text('[knowledge_base]\nname = ""\norganisation = "o"\nods = "x"\n')
    with pytest.raises(ConfigError) as info:
        kmcore.open(tmp_path / "kb")
    message = str(info.value)
    assert "$.knowledge_base.name" in message and "$.knowledge_base.ods" in message
    settings.write_text("[knowledge_base\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        kmcore.open(tmp_path / "kb")


@pytest.mark.parametrize(("extra", "named"), [
    # a table kmcore does not know is refused, with the one it was probably meant to be
    ("[governence]\nleaver_profile_days = 30\n", "$.governence: is not a table kmcore knows "
     "(did you mean [governance]?)"),
    ("[search]\nweights = 2\n", "$.search: is not a table kmcore knows"),
    # [governance] is checked with the file, not only when a leaver is purged
    ("[governance]\nleaver_days = 30\n", "$.governance.leaver_days: is not a setting"),
    ('[governance]\nleaver_profile_days = "ninety"\n', "$.governance.leaver_profile_days: "
     "must be a whole number"),
])
def test_a_table_or_setting_kmcore_does_not_know_is_refused(
        tmp_path: Path, extra: str, named: str) -> None:
    """A misspelt table was ignored: "[governence]" left the retention period at its default
    without a word, and every command exited 0."""
    kmcore.init(tmp_path / "kb", name="n", organisation="o").close()
    settings = tmp_path / "kb" / "kmcore.toml"
    settings.write_text(settings.read_text(encoding="utf-8") + extra, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        kmcore.open(tmp_path / "kb")
    assert named in str(info.value)


def test_the_tables_kmcore_knows_are_accepted(tmp_path: Path) -> None:
    kmcore.init(tmp_path / "kb", name="n", organisation="o").close()
    settings = tmp_path / "kb" / "kmcore.toml"
    settings.write_text(settings.read_text(encoding="utf-8") + (
        '[governance]\nleaver_profile_days = 30\n[store]\nbackend = "local"\n'
        '[targets.intranet]\nbackend = "html"\npath = "site"\n'), encoding="utf-8")
    kmcore.open(tmp_path / "kb").close()


def test_unreadable_files_are_skipped_and_reported(kb: KnowledgeBase) -> None:
    kept = kb.add(_lesson())
    folder = kb.root / kb.types["lesson"].folder
    (folder / "broken.json").write_text("{ not json", encoding="utf-8")
    assert [r.id for r in kb.records()] == [kept.id]
    assert [p.path.name for p in kb.unreadable] == ["broken.json"]


def test_hook_kmcore_record_changed_fires_on_add_update_delete(kb: KnowledgeBase) -> None:
    from kmcore.testing.plugins import register_plugin

    seen: list[tuple[str, str]] = []

    class Listener:
        @kmcore.hookimpl
        def kmcore_record_changed(self, kb: KnowledgeBase, change: object) -> None:
            seen.append((change.op, change.record_id))  # type: ignore[attr-defined]

    with register_plugin(Listener(), name="listener"):
        stored = kb.add(_lesson())
        kb.update(attrs.evolve(stored, title="t2"))
        kb.delete(stored.id)
    assert seen == [("add", stored.id), ("update", stored.id), ("delete", stored.id)]


def test_save_many_keeps_a_new_records_own_owner_and_times(kb: KnowledgeBase) -> None:
    """An import's records come with owner and times already (D840): saved as they are."""
    import datetime as dt

    other = kmcore.OrgRef(name="Other Trust", ods_code="RX2")
    when = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    given = _lesson(owner_org=other, created_at=when, updated_at=when)
    plain = _lesson(title="Second one", created_at=when)
    stored = kb.save_many([given, plain])
    assert stored[0] == attrs.evolve(given, revision=1)
    assert stored[1].created_at == when and stored[1].updated_at != when
    assert stored[1].owner_org is not None and stored[1].owner_org.ods_code == "RX1"


def test_save_many_hands_plain_data_on_only_for_records_it_saves_unchanged(
        kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    """A record save_many must stamp (no owner or times) no longer matches its plain data, so
    the store is not given it (D842)."""
    import datetime as dt

    import kmcore.kb as kb_module
    from kmcore import codec

    handed: list[object] = []
    real = kb_module.put_many

    def spy(store: object, records: object, **kwargs: object) -> object:
        handed.append(kwargs.get("plain"))
        return real(store, records, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(kb_module, "put_many", spy)
    when = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    ready = _lesson(owner_org=kmcore.OrgRef(name="Other Trust", ods_code="RX2"),
                    created_at=when, updated_at=when)
    bare = _lesson(title="Second one")
    texts = [json.dumps(codec.to_dict(ready)), json.dumps(codec.to_dict(bare))]
    kb.save_many([ready, bare], plain=texts)
    assert handed == [[texts[0], None]]
    kb.save_many([_lesson(title="Third one")], plain=[None])
    assert handed[-1] is None


def test_with_no_plugin_listening_no_change_is_made_for_each_record_saved(
        kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    """D1172: an import's records are not each made into a RecordChange nobody hears; with a
    listener (a wrapper alone is not one) every record is told as before."""
    from kmcore import events
    from kmcore.testing.plugins import register_plugin

    def made(**_: object) -> None:
        raise AssertionError("a RecordChange was made with nobody listening")

    real = events.RecordChange
    monkeypatch.setattr(events, "RecordChange", made)
    assert not kb.plugins.listens("kmcore_record_changed")

    class Wrapper:
        @kmcore.hookimpl(wrapper=True)
        def kmcore_record_changed(self, kb: KnowledgeBase, change: object) -> object:
            return (yield)

    with register_plugin(Wrapper(), name="wrapper"):
        assert not kb.plugins.listens("kmcore_record_changed")
        kb.save_many([_lesson(), _lesson()])
    assert kb.count("lesson") == 2
    monkeypatch.setattr(events, "RecordChange", real)
    seen: list[str] = []

    class Listener:
        @kmcore.hookimpl
        def kmcore_record_changed(self, kb: KnowledgeBase, change: object) -> None:
            seen.append(change.op)  # type: ignore[attr-defined]

    with register_plugin(Listener(), name="listener"):
        assert kb.plugins.listens("kmcore_record_changed")
        kb.save_many([_lesson(), _lesson()])
    assert seen == ["add", "add"]
