"""The sync engine against the fake-dir target: plans, reasons, idempotence, failures."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

import kmcore
from clihelp import run_cli
from kmcore.records.vocab import Status, Visibility
from kmcore.sync.engine import plan_target, sync
from kmcore.sync.ledger import Ledger, target_folder
from kmcore.testing.fake_targets import DirectoryTarget, Faults, use_fake_targets
from kmcore.testing.plugins import register_plugin
from test_sync_helpers import lesson, make_kb, published


@pytest.fixture(autouse=True)
def fake_targets() -> Iterator[None]:
    with use_fake_targets():
        yield


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "kb"


def _ledger_files(root: Path) -> dict[str, bytes]:
    folder = target_folder(root, "t")
    if not folder.exists():
        return {}
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_first_sync_publishes_everything_and_second_writes_nothing(root: Path) -> None:
    kb = make_kb(root, 12, batch_size=5)
    [report] = sync(kb)
    assert report.ok and report.counts["create"] == 12
    assert set(DirectoryTarget.items(published(root))) == {f"lesson-{i:04d}" for i in range(12)}
    writes = len(DirectoryTarget.writes(published(root)))
    assert writes == 12
    [again] = sync(kb)
    assert again.ok
    assert again.counts["unchanged"] == 12
    assert again.counts["create"] == again.counts["update"] == again.counts["delete"] == 0
    assert len(DirectoryTarget.writes(published(root))) == writes  # nothing written
    assert again.summary() == "t: Left 12 unchanged."
    assert DirectoryTarget.finish_info(published(root))["calls"] == 2


def test_dry_run_touches_neither_target_nor_ledger(root: Path) -> None:
    kb = make_kb(root, 4)
    [report] = sync(kb, dry_run=True)
    assert report.dry_run and report.counts["create"] == 4
    assert report.summary() == "t: Would publish 4 new lessons, leave 0 unchanged."
    assert not published(root).exists()
    assert not target_folder(root, "t").exists()
    sync(kb)
    kb.update(attrs.evolve(kb.get("lesson-0001"), title="A better title"))
    before = _ledger_files(root)
    writes = DirectoryTarget.writes(published(root))
    [report] = sync(kb, dry_run=True)
    assert report.counts["update"] == 1
    assert "update 1 lesson (title changed)" in report.summary()
    assert _ledger_files(root) == before
    assert DirectoryTarget.writes(published(root)) == writes
    assert report.path is None


def test_plan_reasons_in_plain_english(root: Path) -> None:
    kb = make_kb(root, 6)
    sync(kb)
    kb.add(lesson(10))
    kb.update(attrs.evolve(kb.get("lesson-0001"), title="Changed title"))
    kb.update(attrs.evolve(kb.get("lesson-0002"), title="New", statement="Also new"))
    kb.delete("lesson-0003")
    kb.update(attrs.evolve(kb.get("lesson-0004"), status=Status.ARCHIVED))
    kb.update(attrs.evolve(kb.get("lesson-0005"), visibility=Visibility.PRIVATE))
    kb.add(lesson(11, status=Status.DRAFT))
    reasons = {p.record_id: (p.action, p.reason) for p in plan_target(kb, "t").items}
    assert reasons["lesson-0010"] == ("create", "new lesson")
    assert reasons["lesson-0001"] == ("update", "title changed")
    assert reasons["lesson-0002"] == ("update", "statement and title changed")
    assert reasons["lesson-0003"] == ("delete", "deleted from the knowledge base")
    assert reasons["lesson-0004"] == ("delete", "withdrawn: status changed to archived")
    assert reasons["lesson-0005"] == ("delete", "withdrawn: visibility lowered to private")
    assert reasons["lesson-0011"][0] == "ineligible"
    assert "draft" in reasons["lesson-0011"][1]
    assert "lesson-0000" not in reasons  # unchanged ones are only counted


def test_deletions_and_withdrawals_reach_the_target(root: Path) -> None:
    kb = make_kb(root, 4)
    sync(kb)
    kb.delete("lesson-0000")
    kb.update(attrs.evolve(kb.get("lesson-0001"), visibility=Visibility.PRIVATE))
    [report] = sync(kb)
    assert report.ok and report.counts["delete"] == 2
    assert set(DirectoryTarget.items(published(root))) == {"lesson-0002", "lesson-0003"}
    ledger = Ledger.open(target_folder(root, "t"))
    assert ledger.entries["lesson-0000"].state == "deleted"
    assert ledger.entries["lesson-0001"].state == "held"
    # Back to organisation-wide: published again.
    kb.update(attrs.evolve(kb.get("lesson-0001"), visibility=Visibility.ORGANISATION))
    [report] = sync(kb)
    assert report.counts["create"] == 1
    assert "lesson-0001" in DirectoryTarget.items(published(root))


def test_blocked_records_are_reported_not_dropped(root: Path) -> None:
    kb = make_kb(root, 2, extra='audience = "nhs"')
    kb.update(attrs.evolve(kb.get("lesson-0000"), visibility=Visibility.NHS))
    [report] = sync(kb)
    assert report.counts["create"] == 1
    blocked = [i for i in report.items if i.action == "blocked"]
    assert [b.record_id for b in blocked] == ["lesson-0001"]
    assert blocked[0].blocks[0]["gate"] == "visibility"
    assert "blocked" in blocked[0].reason
    # Still reported on the next run, without reading the record again.
    [again] = sync(kb)
    assert [i.record_id for i in again.items if i.action == "blocked"] == ["lesson-0001"]
    assert again.items[0].title == "Lesson number 1"


def test_record_types_setting_limits_what_is_sent(root: Path) -> None:
    kb = make_kb(root, 2, extra='record_types = ["innovation"]')
    [report] = sync(kb)
    assert report.counts["create"] == 0
    assert not DirectoryTarget.items(published(root))


def test_conflicts_are_skipped_by_default(root: Path) -> None:
    kb = make_kb(root, 2)
    sync(kb)
    DirectoryTarget.edit_remotely(published(root), "lesson-0000", title="Edited on the intranet")
    kb.update(attrs.evolve(kb.get("lesson-0000"), title="Edited in kmcore"))
    [report] = sync(kb)
    assert report.ok and report.counts["conflict"] == 1
    [item] = [i for i in report.items if i.record_id == "lesson-0000"]
    assert item.action == "conflict" and "edited on the target" in item.reason
    item_on_target = DirectoryTarget.items(published(root))["lesson-0000"]
    assert item_on_target["data"]["title"] == "Edited on the intranet"
    # Reported again next time, until somebody decides.
    [again] = sync(kb)
    assert again.counts["conflict"] == 1


def test_conflicts_are_overwritten_by_policy(root: Path) -> None:
    kb = make_kb(root, 2, extra='conflict_policy = "overwrite"')
    sync(kb)
    DirectoryTarget.edit_remotely(published(root), "lesson-0000", title="Edited on the intranet")
    kb.update(attrs.evolve(kb.get("lesson-0000"), title="Edited in kmcore"))
    [report] = sync(kb)
    assert report.ok and report.counts["update"] == 1
    assert "overwrite" in report.items[0].reason
    item_on_target = DirectoryTarget.items(published(root))["lesson-0000"]
    assert item_on_target["data"]["title"] == "Edited in kmcore"


def test_throttling_is_retried_on_the_next_run(root: Path) -> None:
    kb = make_kb(root, 6, batch_size=3)
    DirectoryTarget.set_faults(published(root), Faults(throttle=1))
    [report] = sync(kb)
    assert report.failed == 3 and report.applied == 3
    assert all(i.retryable for i in report.items if i.status == "failed")
    [again] = sync(kb)
    assert again.ok and again.counts["create"] == 3
    assert len(DirectoryTarget.items(published(root))) == 6


def test_lost_responses_do_not_duplicate(root: Path) -> None:
    kb = make_kb(root, 6, batch_size=3)
    DirectoryTarget.set_faults(published(root),
                               Faults(lose={"lesson-0001": 1}, lose_batches=1))
    [report] = sync(kb)
    assert report.failed == 3  # the first batch's answer was lost entirely
    # The first batch did land; the ledger does not claim it.
    assert len(DirectoryTarget.items(published(root))) == 6
    ledger = Ledger.open(target_folder(root, "t"))
    assert {i for i, _ in ledger.published()} == {"lesson-0003", "lesson-0004", "lesson-0005"}
    [again] = sync(kb)
    assert again.ok and again.counts["create"] == 3
    items = DirectoryTarget.items(published(root))
    assert len(items) == 6
    [third] = sync(kb)
    assert third.counts["unchanged"] == 6


def test_lost_update_answer_is_not_mistaken_for_a_conflict(root: Path) -> None:
    kb = make_kb(root, 2)
    sync(kb)
    kb.update(attrs.evolve(kb.get("lesson-0000"), title="Changed"))
    DirectoryTarget.set_faults(published(root), Faults(lose={"lesson-0000": 1}))
    [report] = sync(kb)
    assert report.failed == 1
    [again] = sync(kb)
    assert again.ok and again.counts["conflict"] == 0
    assert again.counts["update"] == 1
    [third] = sync(kb)
    assert third.counts["unchanged"] == 2


def test_partial_batch_failure_and_exit_code_3(root: Path) -> None:
    make_kb(root, 5, batch_size=5)
    DirectoryTarget.set_faults(published(root), Faults(fail={"lesson-0002": 1}))
    result = run_cli(["--kb", str(root), "sync", "--no-progress"])
    assert result.code == 3, result.out + result.err
    assert "FAILED: the target refused this item" in result.out
    assert len(DirectoryTarget.items(published(root))) == 4
    result = run_cli(["--kb", str(root), "sync"])
    assert result.code == 0, result.out + result.err
    assert "Published 1 new lesson" in result.out
    assert len(DirectoryTarget.items(published(root))) == 5


def test_report_saved_as_json(root: Path) -> None:
    kb = make_kb(root, 2)
    [report] = sync(kb)
    assert report.path is not None and report.path.parent.name == "reports"
    data = json.loads(report.path.read_text(encoding="utf-8"))
    assert data["target"] == "t" and data["counts"]["create"] == 2
    assert data["ok"] is True and len(data["items"]) == 2


def test_finish_sees_everything_published_lazily(root: Path) -> None:
    kb = make_kb(root, 3)
    kb.update(attrs.evolve(kb.get("lesson-0002"), status=Status.DRAFT))
    sync(kb)
    info = DirectoryTarget.finish_info(published(root))
    assert info["published"] == ["lesson-0000", "lesson-0001"]
    assert info["changed"] == ["lesson-0000", "lesson-0001"]


def test_pull_brings_new_items_in_as_drafts(root: Path) -> None:
    kb = make_kb(root, 1)
    sync(kb)
    data = {"type": "lesson", "title": "Submitted on the intranet", "statement": "s",
            "recommendation": "r", "polarity": "improve", "status": "published"}
    DirectoryTarget.submit(published(root), "form-1", data)
    [report] = sync(kb)
    [pulled] = report.pulled
    assert pulled.status == "created"
    record = kb.get(pulled.record_id or "")
    assert record.status == Status.DRAFT
    assert str(record.provenance.source) == "pulled"
    assert record.provenance.source_ref == "t:form-1"
    # Drafts are not pushed back; a second run pulls nothing new.
    assert pulled.record_id not in DirectoryTarget.items(published(root))
    [again] = sync(kb)
    assert again.pulled == []


def test_pull_of_an_edit_makes_a_draft_copy_and_a_conflict(root: Path) -> None:
    kb = make_kb(root, 1)
    sync(kb)
    DirectoryTarget.edit_remotely(published(root), "lesson-0000", title="Fixed a typo")
    [report] = sync(kb)
    [pulled] = report.pulled
    assert pulled.status == "copied"
    copy = kb.get(pulled.record_id or "")
    assert copy.status == Status.DRAFT and copy.title == "Fixed a typo"  # type: ignore[attr-defined]
    assert any(link.rel == "pulled_edit_of" and link.target == "lesson-0000"
               for link in copy.links)
    assert kb.get("lesson-0000").title == "Lesson number 0"  # type: ignore[attr-defined]


def test_torn_journal_line_is_ignored(root: Path) -> None:
    kb = make_kb(root, 3)
    sync(kb)
    folder = target_folder(root, "t")
    ledger = Ledger.open(folder)
    ledger.compact(force=True)
    assert (folder / "ledger.json").exists() and not (folder / "journal.jsonl").exists()
    with open(folder / "journal.jsonl", "ab") as fh:
        fh.write(b'{"k":"e","id":"lesson-0000","e":{"t":"lesson","st":"dele')
    again = Ledger.open(folder)
    assert again.entries == ledger.entries
    [report] = sync(kb)
    assert report.ok and report.counts["unchanged"] == 3


def test_config_change_rechecks_but_resends_nothing(root: Path) -> None:
    kb = make_kb(root, 3)
    sync(kb)
    with open(root / "kmcore.toml", "a", encoding="utf-8") as fh:
        fh.write('colour = "blue"\n')  # a backend setting: every record is checked again
    kb = kmcore.open(root)
    writes = DirectoryTarget.writes(published(root))
    [report] = sync(kb)
    assert report.counts["unchanged"] == 3
    assert DirectoryTarget.writes(published(root)) == writes


def test_a_second_sync_to_the_same_target_waits_for_the_lock(root: Path) -> None:
    from kmcore.store._lock import FileLock

    kb = make_kb(root, 1)
    lock = FileLock(target_folder(root, "t") / "lock", timeout=1)
    with lock:
        [report] = sync(kb)
    assert report.error is not None and "another sync" in report.error
    assert not published(root).exists()


def test_unknown_target_and_no_targets(tmp_path: Path) -> None:
    kb = make_kb(tmp_path / "a", 1)
    with pytest.raises(kmcore.ConfigError, match="no target called 'nope'"):
        sync(kb, ["nope"])
    bare = make_kb(tmp_path / "b", 1, with_target=False)
    with pytest.raises(kmcore.ConfigError, match="no targets are configured"):
        sync(bare)
    result = run_cli(["--kb", str(tmp_path / "b"), "sync"])
    assert result.code == 1  # nothing published: a scheduler must notice
    assert "[targets.intranet]" in result.out and 'backend = "html"' in result.out


def test_a_failed_finish_is_reported_and_its_changes_handed_over_next_time(root: Path) -> None:
    kb = make_kb(root, 3)
    DirectoryTarget.set_faults(published(root), Faults(finish_fail=1))
    [report] = sync(kb)
    assert report.error is not None and "could not finish" in report.error
    assert report.applied == 3  # the items themselves landed and are recorded
    [again] = sync(kb)
    assert again.ok and again.counts["unchanged"] == 3
    info = DirectoryTarget.finish_info(published(root))
    assert info["calls"] == 1
    assert info["changed"] == ["lesson-0000", "lesson-0001", "lesson-0002"]
    sync(kb)
    assert DirectoryTarget.finish_info(published(root))["changed"] == []


def test_progress_is_reported_per_batch(root: Path) -> None:
    kb = make_kb(root, 7, batch_size=3)
    seen: list[tuple[str, int, int]] = []
    sync(kb, progress=lambda name, done, total: seen.append((name, done, total)))
    assert seen == [("t", 3, 7), ("t", 6, 7), ("t", 7, 7)]


def test_pull_in_a_dry_run_changes_nothing(root: Path) -> None:
    kb = make_kb(root, 1)
    sync(kb)
    data = {"type": "lesson", "title": "From a form", "statement": "s", "recommendation": "r",
            "polarity": "improve"}
    DirectoryTarget.submit(published(root), "form-9", data)
    [report] = sync(kb, dry_run=True)
    [pulled] = report.pulled
    assert pulled.status == "planned" and "would bring in" in pulled.reason
    assert kb.count("lesson") == 1
    [real] = sync(kb)
    assert real.pulled[0].status == "created" and kb.count("lesson") == 2


def test_a_pulled_item_that_is_not_a_valid_record_is_reported(root: Path) -> None:
    kb = make_kb(root, 1)
    sync(kb)
    DirectoryTarget.submit(published(root), "form-bad", {"type": "lesson", "title": ""})
    [report] = sync(kb)
    [pulled] = report.pulled
    assert pulled.status == "failed" and "could not be brought in" in pulled.reason
    assert report.failed == 1
    # Not offered again by the target, but not forgotten: said every run until it is fixed
    # there (its edit comes in) or deleted (docs/sync.md).
    [again] = sync(kb)
    [still] = again.pulled
    assert still.status == "failed" and still.remote_ref == "form-bad"
    assert "still not brought in" in still.reason and "title" in still.reason
    assert again.failed == 1 and not again.ok


def test_saving_a_record_without_a_change_sends_nothing(root: Path) -> None:
    kb = make_kb(root, 2)
    sync(kb)
    kb.update(kb.get("lesson-0000"))  # new revision and updated_at, same content
    writes = DirectoryTarget.writes(published(root))
    [report] = sync(kb)
    assert report.counts["unchanged"] == 2 and report.applied == 0
    assert DirectoryTarget.writes(published(root)) == writes


def test_an_edit_made_while_the_sync_runs_is_a_conflict_and_stays_one(root: Path) -> None:
    from kmcore.sync import engine

    kb = make_kb(root, 2)
    sync(kb)
    kb.update(attrs.evolve(kb.get("lesson-0000"), title="Edited in kmcore"))
    real_plan = engine.make_plan

    def plan_then_edit(*args: object, **kwargs: object) -> object:
        plan = real_plan(*args, **kwargs)  # type: ignore[arg-type]
        DirectoryTarget.edit_remotely(published(root), "lesson-0000", title="Edited there")
        return plan

    engine.make_plan = plan_then_edit  # type: ignore[assignment]
    try:
        [report] = sync(kb)
    finally:
        engine.make_plan = real_plan
    [item] = report.items
    assert item.status == "conflict" and "while this sync ran" in item.reason
    assert report.ok  # a conflict is not a failure
    [again] = sync(kb)
    assert again.counts["conflict"] == 1
    assert DirectoryTarget.items(published(root))["lesson-0000"]["data"]["title"] == "Edited there"


def test_the_feed_echoing_our_own_writes_brings_nothing_in(root: Path) -> None:
    import json as _json

    kb = make_kb(root, 1)
    sync(kb)
    item = DirectoryTarget.items(published(root))["lesson-0000"]
    echo = {"remote_ref": item["remote_ref"], "version": str(item["version"]),
            "data": item["data"]}  # no record_id: the feed does not know it
    with open(published(root) / "feed.jsonl", "a", encoding="utf-8") as fh:
        fh.write(_json.dumps(echo) + "\n")
    [report] = sync(kb)
    assert report.pulled == [] and kb.count("lesson") == 1
    # The same item at a newer version is somebody's edit on the target.
    DirectoryTarget.edit_remotely(published(root), "lesson-0000", title="Edited there")
    [again] = sync(kb)
    assert [p.status for p in again.pulled] == ["copied"]


class _StoreWithoutFingerprints:
    """Any other store: everything but fingerprints()."""

    def __init__(self, inner: object) -> None:
        self._inner = inner

    def __getattr__(self, name: str) -> object:
        if name == "fingerprints":
            raise AttributeError(name)
        return getattr(self._inner, name)


def test_a_store_without_fingerprints_still_syncs_incrementally(root: Path) -> None:
    kb = make_kb(root, 3)
    kb.store = _StoreWithoutFingerprints(kb.store)  # type: ignore[assignment]
    [first] = sync(kb)
    assert first.counts["create"] == 3
    [again] = sync(kb)
    assert again.counts["unchanged"] == 3 and not again.applied
    kb.update(attrs.evolve(kb.get("lesson-0002"), title="Changed"))
    [third] = sync(kb)
    assert [(i.record_id, i.reason) for i in third.items] == [("lesson-0002", "title changed")]


def test_a_pulled_person_is_not_pushed_back_until_reviewed(root: Path) -> None:
    kb = make_kb(root, 0)
    person = {"type": "person", "display_name": "Sam Submitter",
              "profile": {"overview": "Asks about evidence."}}
    DirectoryTarget.submit(published(root), "form-p", person)
    [report] = sync(kb)
    [pulled] = report.pulled
    assert pulled.status == "created", pulled.reason
    assert pulled.record_id not in DirectoryTarget.items(published(root))
    [held] = [i for i in report.items if i.record_id == pulled.record_id]
    assert held.action == "ineligible" and "review it" in held.reason


def test_two_targets_in_one_run(root: Path) -> None:
    kb = make_kb(root, 3, extra='[targets.u]\nbackend = "fake-dir"\npath = "second"\n'
                                'record_types = ["lesson"]')
    data = {"type": "lesson", "title": "From u's form", "statement": "s",
            "recommendation": "r", "polarity": "improve"}
    DirectoryTarget.submit(root / "second", "form-u", data)
    reports = sync(kb)
    assert [r.target for r in reports] == ["t", "u"]
    assert reports[0].counts["create"] == 3 and reports[1].counts["create"] == 3
    [pulled] = reports[1].pulled
    # The draft pulled by u is in u's plan (held back as a draft), read after the pull.
    assert any(i.record_id == pulled.record_id for i in reports[1].items)
    again = sync(kb)
    assert [r.counts["unchanged"] for r in again] == [3, 3]
    on_u = set(DirectoryTarget.items(root / "second"))
    assert on_u == set(DirectoryTarget.items(published(root)))


class _AfterSync:
    """A plugin that remembers every kmcore_after_sync call (or raises, if told to)."""

    def __init__(self, fail: bool = False) -> None:
        self.fail = fail
        self.calls: list[tuple[str, str, bool, int]] = []

    @kmcore.hookimpl
    def kmcore_after_sync(self, kb: kmcore.KnowledgeBase, target: Any, report: Any) -> None:
        self.calls.append((kb.settings.name, target.name, report.dry_run,
                           report.counts.get("create", 0)))
        if self.fail:
            raise RuntimeError("the notice could not be posted")


def test_hook_kmcore_after_sync_sees_each_real_run_and_never_a_dry_run(root: Path) -> None:
    kb = make_kb(root, 3)
    watcher = _AfterSync()
    with register_plugin(watcher, name="watcher"):
        sync(kb, dry_run=True)
        assert watcher.calls == []
        [report] = sync(kb)
        assert report.ok and report.warnings == []
        sync(kb)
    assert watcher.calls == [("Test KB", "t", False, 3), ("Test KB", "t", False, 0)]


def test_hook_kmcore_after_sync_failure_is_a_warning_and_the_others_still_run(
    root: Path,
) -> None:
    kb = make_kb(root, 2)
    broken, watcher = _AfterSync(fail=True), _AfterSync()
    with register_plugin(broken, name="broken"), register_plugin(watcher, name="watcher"):
        [report] = sync(kb)
    assert report.ok  # the sync itself happened; the failure is only reported
    assert report.warnings == ["plugin 'broken' failed after the sync: RuntimeError: the "
                               "notice could not be posted"]
    assert len(watcher.calls) == 1
    assert set(DirectoryTarget.items(published(root))) == {"lesson-0000", "lesson-0001"}


def test_a_backend_bug_is_reported_and_raised_only_with_debug(
    root: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    kb = make_kb(root, 1)

    def broken_run(*args: Any, **kwargs: Any) -> None:
        raise ZeroDivisionError("a bug in the backend")

    monkeypatch.setattr("kmcore.sync.engine._run", broken_run)
    [report] = sync(kb)
    assert report.error == "the sync to 't' stopped: ZeroDivisionError: a bug in the backend"
    assert report.hint is not None and "--debug" in report.hint
    with pytest.raises(ZeroDivisionError, match="a bug in the backend"):
        sync(kb, debug=True)


def test_a_pulled_item_lacking_required_fields_comes_in_flagged_incomplete(root: Path) -> None:
    # A form submission with only a title and a stage: every missing field and the stage's
    # own rule (hidden until the fields are there) are listed, the draft is held back by
    # the incomplete gate and listed for completing.
    from kmcore.cli.review import incomplete_records

    kb = make_kb(root, 1)
    sync(kb)
    DirectoryTarget.submit(published(root), "form-idea", {
        "type": "innovation", "title": "Text reminders for clinic", "stage": "spreading"})
    [report] = sync(kb)
    [pulled] = report.pulled
    assert pulled.status == "created" and report.ok, pulled
    fields = [item.split(":")[0] for item in pulled.to_complete]
    assert {"lead", "problem", "description", "adoption.adopted_by"} <= set(fields), fields
    assert all(item.split(":")[0] in pulled.reason for item in pulled.to_complete)
    draft = kb.get(pulled.record_id or "")
    assert draft.status == "draft"
    [(listed, missing)] = incomplete_records(kb)
    assert listed.id == draft.id and len(missing) == len(pulled.to_complete)
    [quiet] = sync(kb)
    assert quiet.pulled == [] and quiet.ok
