"""ConfluenceTarget's behaviour against the fake: identity, idempotence, conflicts, lost
answers, throttling, title clashes, labels, mentions and errors people can act on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from confluence_helpers import TOKEN_ENV, add_target
from kmcore_confluence.target import ConfluenceTarget
from kmcore_confluence.testing import FakeConfluence

import kmcore
from kmcore.kb import KnowledgeBase
from kmcore.records.base import Record
from kmcore.records.lesson import Lesson
from kmcore.sync.config import load_target_configs
from kmcore.sync.model import Item, ItemResult
from kmcore.testing.target_contract import contract_lesson


@attrs.define
class Setup:
    fake: FakeConfluence
    kb: KnowledgeBase
    root: Path
    targets: list[ConfluenceTarget] = attrs.field(factory=list)

    def target(self, **extra: Any) -> ConfluenceTarget:
        # One writer per site at a time: the previous target (done with) lets go first.
        for earlier in self.targets:
            earlier.close()
        cfg = load_target_configs(self.kb)["wiki"]
        if extra:
            cfg = attrs.evolve(cfg, **extra)
        made = ConfluenceTarget(cfg, self.kb)
        self.targets.append(made)
        return made

    def item(self, record: Record, op: str = "create", **kw: Any) -> Item:
        return Item(op=op, record_type=record.record_type, record_id=record.id,  # type: ignore[arg-type]
                    record=record, content_hash="h", **kw)


@pytest.fixture
def make(tmp_path: Path, plugins: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    made: list[Setup] = []
    fakes: list[FakeConfluence] = []

    def build(edition: str = "cloud", *, settings: dict[str, Any] | None = None,
              **fake_kw: Any) -> Setup:
        fake = FakeConfluence(edition, retry_after="0.01", **fake_kw).start()  # type: ignore[arg-type]
        fakes.append(fake)
        monkeypatch.setenv(TOKEN_ENV, fake.token)
        root = tmp_path / f"kb{len(made)}"
        kb = kmcore.init(root, name="T", organisation="Test Trust")
        for n in range(3):
            kb.add(contract_lesson(n, keywords=("handover", "falls")))
        kb.close()
        add_target(root, {**fake.target_settings(TOKEN_ENV), **(settings or {})})
        setup = Setup(fake=fake, kb=kmcore.open(root), root=root)
        made.append(setup)
        return setup

    yield build
    for setup in made:
        for target in setup.targets:
            target.close()
        setup.kb.close()
    for fake in fakes:
        fake.close()


def _lesson(s: Setup, n: int = 0) -> Lesson:
    record = s.kb.get(f"lesson-contract-{n}")
    assert isinstance(record, Lesson)
    return record


def _one(target: ConfluenceTarget, item: Item) -> ItemResult:
    [result] = target.apply([item])
    return result


def test_unchanged_record_costs_one_read_and_no_version(make: Any, edition: str) -> None:
    s = make(edition)
    target = s.target()
    first = _one(target, s.item(_lesson(s)))
    assert first.ok, first.error
    before, sent = s.fake.versions_total(), len(s.fake.recorded)
    again = _one(target, s.item(_lesson(s), "update", remote_ref=first.remote_ref,
                                remote_version=first.remote_version))
    assert again.ok and again.remote_version == first.remote_version
    assert s.fake.versions_total() == before
    new = s.fake.recorded[sent:]
    assert [r.method for r in new] == ["GET"], new


def test_changed_record_is_one_new_version(make: Any, edition: str) -> None:
    s = make(edition)
    target = s.target()
    first = _one(target, s.item(_lesson(s)))
    changed = attrs.evolve(_lesson(s), statement="Booking early avoided two clashes.")
    second = _one(target, s.item(changed, "update", remote_ref=first.remote_ref))
    assert second.ok, second.error
    page = s.fake.page(str(first.remote_ref))
    assert page.version == 2 and "two clashes" in page.body
    assert page.properties["kmcore"]["page_version"] == 2


def test_person_edit_is_a_conflict_unless_overwrite(make: Any, edition: str) -> None:
    s = make(edition)
    first = _one(s.target(), s.item(_lesson(s)))
    s.fake.edit_as_person(str(first.remote_ref), body="<p>Mine now.</p>")
    changed = attrs.evolve(_lesson(s), title="A new title")
    result = _one(s.target(), s.item(changed, "update", remote_ref=first.remote_ref))
    assert not result.ok and result.conflict
    assert "edited in Confluence" in (result.error or "")
    assert s.fake.page(str(first.remote_ref)).body == "<p>Mine now.</p>"
    replaced = _one(s.target(conflict_policy="overwrite"),
                    s.item(changed, "update", remote_ref=first.remote_ref))
    assert replaced.ok, replaced.error
    assert s.fake.page(str(first.remote_ref)).title == "A new title"


def test_edit_between_read_and_write_is_re_read_once(make: Any, edition: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    s = make(edition)
    target = s.target()
    first = _one(target, s.item(_lesson(s)))
    real = target.client.update_page
    calls: list[int] = []

    def racing(page: Any, **kw: Any) -> Any:
        calls.append(page.version)
        if len(calls) == 1:  # somebody saves in the editor just before our PUT lands
            s.fake.edit_as_person(page.id)
        return real(page, **kw)

    monkeypatch.setattr(target.client, "update_page", racing)
    changed = attrs.evolve(_lesson(s), title="Racing title")
    result = _one(target, s.item(changed, "update", remote_ref=first.remote_ref))
    assert result.conflict and calls == [1]  # 409, re-read, the edit is a person's: stop
    overwrite = s.target(conflict_policy="overwrite")
    calls.clear()
    monkeypatch.setattr(overwrite.client, "update_page", racing)
    result = _one(overwrite, s.item(changed, "update", remote_ref=first.remote_ref))
    assert result.ok, result.error
    assert calls == [2, 3]  # 409 once, re-read, decided again, written once
    assert s.fake.page(str(first.remote_ref)).title == "Racing title"


def test_lost_update_answer_is_recognised(make: Any, edition: str) -> None:
    s = make(edition)
    target = s.target()
    first = _one(target, s.item(_lesson(s)))
    s.fake.inject("lost", method="PUT", path=f"/{first.remote_ref}")
    changed = attrs.evolve(_lesson(s), statement="Changed once.")
    result = _one(target, s.item(changed, "update", remote_ref=first.remote_ref))
    assert result.ok, result.error
    assert s.fake.page(str(first.remote_ref)).version == 2  # resent PUT got 409: no third


@pytest.mark.parametrize("where", ["page", "property"])
def test_lost_create_answer_never_duplicates(make: Any, edition: str, where: str) -> None:
    s = make(edition)
    target = s.target()
    _one(target, s.item(_lesson(s, 1)))  # index page in place
    if where == "page":
        s.fake.inject("lost", method="POST", path="/pages" if edition == "cloud" else "/content")
    else:
        s.fake.inject("lost", method="POST" if edition == "cloud" else "PUT", path="/propert")
    result = _one(target, s.item(_lesson(s)))
    assert result.ok, result.error
    titles = [p.title for p in s.fake.pages()]
    assert titles.count("Contract lesson 0") == 1
    again = _one(s.target(), s.item(_lesson(s)))  # the engine sends it again: still one
    assert again.ok and again.remote_ref == result.remote_ref
    assert [p.title for p in s.fake.pages()].count("Contract lesson 0") == 1


def test_create_refused_before_applying_is_retryable(make: Any) -> None:
    s = make("cloud")
    target = s.target()
    _one(target, s.item(_lesson(s, 1)))
    s.fake.inject("503", method="POST", path="/pages")
    result = _one(target, s.item(_lesson(s)))
    assert not result.ok and result.retryable
    assert "no page was made" in (result.error or "")
    assert _one(target, s.item(_lesson(s))).ok
    assert [p.title for p in s.fake.pages()].count("Contract lesson 0") == 1


def test_throttling_is_waited_out(make: Any, edition: str) -> None:
    s = make(edition)
    s.fake.inject("429", method="GET")
    s.fake.inject("429", method="POST")
    result = _one(s.target(), s.item(_lesson(s)))
    assert result.ok, result.error
    assert sum(1 for r in s.fake.recorded if r.fault == "429") == 2


def test_title_clash_with_a_page_kmcore_does_not_own_is_reported(make: Any,
                                                                  edition: str) -> None:
    s = make(edition)
    target = s.target()
    _one(target, s.item(_lesson(s, 1)))
    theirs = s.fake.add_page("Contract lesson 0", "<p>A person's page.</p>")
    result = _one(target, s.item(_lesson(s)))
    assert not result.ok and not result.retryable
    assert "kmcore does not own it" in (result.error or "")
    assert "lesson-contract-0" in (result.error or "")
    assert s.fake.page(theirs).version == 1 and "kmcore" not in s.fake.page(theirs).properties


def test_records_sharing_a_title_get_their_own_pages(make: Any, edition: str) -> None:
    s = make(edition)
    twin = s.kb.add(contract_lesson(7, title="Contract lesson 0"))
    results = s.target().apply([s.item(_lesson(s)), s.item(twin)])
    assert all(r.ok for r in results), [r.error for r in results]
    titles = sorted(p.title for p in s.fake.pages() if "record_id" in p.properties["kmcore"])
    assert titles == ["Contract lesson 0", "Contract lesson 0 (lesson-contract-7)"]


def test_labels_people_added_are_kept(make: Any, edition: str) -> None:
    s = make(edition)
    target = s.target()
    first = _one(target, s.item(_lesson(s)))
    page_id = str(first.remote_ref)
    assert {"kmcore", "km-lesson", "topic-handover", "topic-falls"} <= set(
        s.fake.page(page_id).labels)
    s.fake.site.add_labels(page_id, ["ward-7"])  # a person's own label
    changed = attrs.evolve(_lesson(s), keywords=("handover",))
    assert _one(target, s.item(changed, "update", remote_ref=page_id)).ok
    labels = set(s.fake.page(page_id).labels)
    assert "topic-falls" not in labels and {"ward-7", "topic-handover"} <= labels
    assert s.fake.page(page_id).version == 2  # the Topics row of the table changed too


def test_mentions_use_the_editions_user_reference(make: Any, edition: str) -> None:
    from kmcore.records.base import Link
    from kmcore.records.person import Person

    s = make(edition)
    s.kb.add(Person(id="person-amina", display_name="Amina Rahman"))  # a draft: unpublished
    ref = s.fake.account_of("person")
    linked = attrs.evolve(_lesson(s), links=(
        Link(rel="relates_to", target="person-amina"),
        Link(rel="relates_to", target="person-nobody"),
    ))
    s.kb.close()
    add_target(s.root, {**s.fake.target_settings(TOKEN_ENV), "users": {"person-amina": ref}},
               name="wiki2")
    s.kb = kmcore.open(s.root)
    for earlier in s.targets:
        earlier.close()
    target = ConfluenceTarget(load_target_configs(s.kb)["wiki2"], s.kb)
    s.targets.append(target)
    result = _one(target, s.item(linked))
    assert result.ok, result.error
    body = s.fake.page(str(result.remote_ref)).body
    attr = "ri:account-id" if edition == "cloud" else "ri:userkey"
    assert f'<ac:link><ri:user {attr}="{ref}" /></ac:link>' in body
    # An unknown person is neither mentioned nor named: their name is not published here.
    assert "(not published here)" in body and "Amina" not in body
    assert 'ac:name="details"' in body and 'ac:name="status"' in body


def test_unexpressible_text_names_record_and_field(make: Any, edition: str) -> None:
    s = make(edition)
    bad = attrs.evolve(_lesson(s), statement="Booked\x0bearly.")
    sent = len(s.fake.recorded)
    result = _one(s.target(), s.item(bad))
    assert not result.ok and not result.retryable
    assert "lesson lesson-contract-0" in (result.error or "")
    assert "U+000B" in (result.error or "") and "$.statement" in (result.error or "")
    assert all(r.method == "GET" for r in s.fake.recorded[sent:])  # nothing written


def test_errors_carry_confluences_message_and_request_id(make: Any, edition: str) -> None:
    s = make(edition, can_create=False)
    result = _one(s.target(), s.item(_lesson(s)))
    assert not result.ok
    said = ("You do not have permission to create pages" if edition == "cloud"
            else "User not permitted to create pages")
    assert said in (result.error or "")
    assert "request id" in (result.error or "")


def test_missing_space_is_named(make: Any) -> None:
    s = make("cloud", settings={"space_key": "NOPE"})
    result = _one(s.target(), s.item(_lesson(s)))
    assert not result.ok and "space NOPE was not found" in (result.error or "")


def test_withdraw_moves_the_page_to_the_trash_and_is_idempotent(make: Any,
                                                                edition: str) -> None:
    s = make(edition)
    target = s.target()
    first = _one(target, s.item(_lesson(s)))
    gone = Item(op="delete", record_type="lesson", record_id="lesson-contract-0", record=None,
                content_hash="", remote_ref=first.remote_ref)
    assert _one(target, gone).ok
    assert s.fake.page(str(first.remote_ref)).status == "trashed"
    assert _one(target, gone).ok


def test_missing_token_is_a_config_error_naming_the_variable(
    make: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kmcore.errors import ConfigError

    s = make("cloud")
    monkeypatch.delenv(TOKEN_ENV)
    with pytest.raises(ConfigError, match=TOKEN_ENV):
        s.target().apply([s.item(_lesson(s))])


def test_pages_hang_under_the_configured_parent_page(make: Any, edition: str) -> None:
    s = make(edition, settings={"parent_page": "Knowledge hub"})
    hub = s.fake.add_page("Knowledge hub")
    result = _one(s.target(), s.item(_lesson(s)))
    assert result.ok, result.error
    page = s.fake.page(str(result.remote_ref))
    index = s.fake.page(str(page.parent_id))
    assert index.title == "Lessons" and index.parent_id == hub


def test_index_title_taken_by_a_persons_page_is_reported(make: Any, edition: str) -> None:
    s = make(edition)
    s.fake.add_page("Lessons", "<p>Our own lessons page.</p>")
    result = _one(s.target(), s.item(_lesson(s)))
    assert not result.ok
    assert "the Lessons index page" in (result.error or "")
    assert "kmcore does not own it" in (result.error or "")
    assert [p.title for p in s.fake.pages()] == ["Lessons"]


def test_data_center_with_username_and_password(tmp_path: Path, plugins: Any,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeConfluence("datacenter", basic_auth=True) as fake:
        monkeypatch.setenv(TOKEN_ENV, fake.token)
        root = tmp_path / "kb"
        with kmcore.init(root, name="T", organisation="Test Trust") as kb:
            kb.add(contract_lesson(0))
        add_target(root, {**fake.target_settings(TOKEN_ENV), "username": fake.username})
        with kmcore.open(root) as kb:
            target = ConfluenceTarget(load_target_configs(kb)["wiki"], kb)
            try:
                [result] = target.apply([Item(op="create", record_type="lesson",
                                              record_id="lesson-contract-0",
                                              record=kb.get("lesson-contract-0"),
                                              content_hash="h")])
            finally:
                target.close()
        assert result.ok, result.error
        assert fake.recorded and all(r.status != 401 for r in fake.recorded)


def test_an_index_page_edited_by_a_person_is_left_and_records_still_publish(
    make: Any, edition: str
) -> None:
    s = make(edition)
    first = _one(s.target(), s.item(_lesson(s)))
    index_id = str(s.fake.page(str(first.remote_ref)).parent_id)
    edited = s.fake.edit_as_person(index_id, body="<p>Our introduction to lessons.</p>")
    result = _one(s.target(), s.item(_lesson(s, 1)))
    assert result.ok, result.error
    assert s.fake.page(str(result.remote_ref)).parent_id == index_id
    assert s.fake.page(index_id).version == edited
    assert s.fake.page(index_id).body == "<p>Our introduction to lessons.</p>"


def test_one_writer_per_site_and_space(make: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from kmcore_confluence import target as target_module

    from kmcore.errors import KmcoreError

    monkeypatch.setattr(target_module, "_LOCK_WAIT", 0.2)
    s = make("cloud")
    first = ConfluenceTarget(load_target_configs(s.kb)["wiki"], s.kb)
    second = ConfluenceTarget(load_target_configs(s.kb)["wiki"], s.kb)
    try:
        assert _one(first, s.item(_lesson(s))).ok
        with pytest.raises(KmcoreError, match="another kmcore is writing"):
            second.apply([s.item(_lesson(s, 1))])
        first.close()  # the first run ends: the next may write
        assert _one(second, s.item(_lesson(s, 1))).ok
    finally:
        first.close()
        second.close()
