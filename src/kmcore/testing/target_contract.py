"""The contract every target backend must pass: subclass :class:`TargetContract` in your tests.

A target plugin (SharePoint, Confluence, a trust's own intranet) proves that the sync engine
can rely on it by running this suite, as stores run :mod:`kmcore.testing.store_contract`::

    # tests/test_my_target.py
    import pytest
    from kmcore.testing.target_contract import TargetContract

    class TestMyTarget(TargetContract):
        backend = "intranet"                       # the BackendSpec name

        def target_settings(self, tmp_path):       # its [targets.NAME] settings
            return {"site_url": "http://127.0.0.1:8123/", "token_env": "X"}

        @pytest.fixture(autouse=True)
        def registered(self):                      # make the backend known, if it is
            with register_plugin(MyPlugin()):      # not installed through an entry point
                yield

        def stored_ids(self, target):              # optional: what the target holds now
            return set(my_client.list_ids())

The suite checks what the engine depends on: one result per item, in order; ``create``
idempotent by record id (a create repeated after a crash must not duplicate); ``delete``
idempotent (a delete repeated after a lost answer succeeds); an ``update`` or ``delete``
with a stale ``remote_version`` answers ``conflict=True`` and writes nothing; one bad item
never fails its
batch and never raises; ``remote_versions`` and ``pull`` answer None or the right shapes;
``finish`` is called once per run; a second sync sends nothing. It then runs the engine over
the target wrapped in :class:`FlakyTarget` (throttling, lost answers, a partial batch failure)
and checks that re-running converges, with nothing duplicated.

It needs only pytest and public kmcore modules.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, ClassVar, Literal

import attrs
import pytest

import kmcore
from kmcore.kb import KnowledgeBase
from kmcore.records.base import Record
from kmcore.records.lesson import Lesson
from kmcore.records.person import Objection, Person
from kmcore.records.vocab import LessonPolarity, Status, Visibility
from kmcore.sync.model import (
    Item,
    ItemResult,
    PulledItem,
    SyncContext,
    Target,
    TargetConfig,
)

__all__ = ["FlakyTarget", "KillingTarget", "TargetContract", "contract_lesson",
           "contract_person"]

_TARGET = "contract"
#: The person the withdrawal tests name in lessons, then withdraw (an unusual name, so that a
#: page naming them is found by their name alone).
WITHDRAWN_ID = "person-contract-quenby"
WITHDRAWN_NAME = "Wilhelmina Quenby"
STAYING_ID = "person-contract-ashdown"
STAYING_NAME = "Bartholomew Ashdown"


def contract_person(person_id: str = WITHDRAWN_ID, name: str = WITHDRAWN_NAME,
                    **changes: Any) -> Person:
    """A person published as a name card (no expertise profile), named *name*."""
    given, family = name.split()
    values: dict[str, Any] = {"id": person_id, "display_name": name, "given_name": given,
                              "family_name": family, "job_title": "Ward manager"}
    values.update(changes)
    return Person(**values)


def contract_lesson(number: int, **changes: Any) -> Lesson:
    """A valid, published lesson with id ``lesson-contract-<number>``."""
    values: dict[str, Any] = {
        "id": f"lesson-contract-{number}",
        "title": f"Contract lesson {number}",
        "statement": "Booking the room early avoided a clash.",
        "recommendation": "Book the room when the date is set.",
        "polarity": LessonPolarity.SUSTAIN,
        "status": Status.PUBLISHED,
    }
    values.update(changes)
    return Lesson(**values)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    import json

    return json.dumps(str(value))


class FlakyTarget:
    """Wraps a target and misbehaves like a remote service on a bad day.

    :param throttle: the first N ``apply`` calls send nothing and answer "throttled".
    :param lose: record ids whose item is applied but whose answer is lost (answered as a
        retryable failure), once each.
    :param fail: record ids refused (not retryable) once each, the rest of the batch going on.
    """

    def __init__(self, inner: Target, *, throttle: int = 0, lose: Sequence[str] = (),
                 fail: Sequence[str] = ()) -> None:
        self.inner = inner
        self.config = inner.config
        self.batch_size = inner.batch_size
        self.throttle = throttle
        self.lose = set(lose)
        self.fail = set(fail)
        self.finish_calls = 0

    def apply(self, items: Sequence[Item]) -> list[ItemResult]:
        if self.throttle > 0:
            self.throttle -= 1
            return [ItemResult(record_id=i.record_id, ok=False, retryable=True,
                               error="throttled") for i in items]
        refused = [i for i in items if i.record_id in self.fail]
        self.fail -= {i.record_id for i in refused}
        passed = [i for i in items if i not in refused]
        answers = {r.record_id: r for r in self.inner.apply(passed)} if passed else {}
        results = []
        for item in items:
            if item in refused:
                results.append(ItemResult(record_id=item.record_id, ok=False, error="refused"))
            elif item.record_id in self.lose:
                self.lose.discard(item.record_id)
                results.append(ItemResult(record_id=item.record_id, ok=False, retryable=True,
                                          error="timed out"))
            else:
                results.append(answers[item.record_id])
        return results

    def remote_versions(self, refs: Sequence[str]) -> Mapping[str, str] | None:
        return self.inner.remote_versions(refs)

    def finish(self, context: SyncContext) -> None:
        self.finish_calls += 1
        self.inner.finish(context)

    def pull(self, cursor: str | None) -> tuple[list[PulledItem], str] | None:
        return self.inner.pull(cursor)

    def close(self) -> None:
        self.inner.close()


class KillingTarget(FlakyTarget):
    """Wraps a target and SIGKILLs its own process at step *kill_at* of a run; each item is
    applied alone.

    With ``during="items"`` a step is the moment before each item is sent, the moment after
    the target applied it but before the engine hears of it, and before and after
    ``finish``. With ``during="writes"`` a step is each request that changes something on a
    remote service (any method but GET, HEAD and OPTIONS, sent through :mod:`kmcore.http`)
    while an item is applied or the run finishes: the moment before it is sent, and the
    moment after the service answered but before the target reads the answer. An item that
    takes several requests (a page, then its labels or properties) is then killed half-way,
    with the service holding part of it.
    """

    def __init__(self, inner: Target, kill_at: int,
                 during: Literal["items", "writes"] = "items") -> None:
        super().__init__(inner)
        self.batch_size = 1
        self.kill_at = kill_at
        self.during = during
        self.steps = 0
        self.writes = 0  # requests that change something, sent while applying or finishing
        self._applying = False
        if during == "writes":
            self._watch_writes()

    def _step(self) -> None:
        self.steps += 1
        if self.steps == self.kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    def _watch_writes(self) -> None:
        """Count (and kill at) every changing request the target sends through kmcore.http.
        Patched on the class: this runs in a forked child that exits when the run ends."""
        from kmcore.http import KmcoreSession

        original = KmcoreSession.send
        killer = self

        def send(session: Any, request: Any, **kwargs: Any) -> Any:
            changing = killer._applying and str(request.method).upper() not in _READS
            if changing:
                killer.writes += 1
                killer._step()
            response = original(session, request, **kwargs)
            if changing:
                killer._step()
            return response

        KmcoreSession.send = send  # type: ignore[method-assign,assignment]

    def apply(self, items: Sequence[Item]) -> list[ItemResult]:
        if self.during == "items":
            self._step()
        self._applying = True
        try:
            results = self.inner.apply(items)
        finally:
            self._applying = False
        if self.during == "items":
            self._step()
        return results

    def finish(self, context: SyncContext) -> None:
        if self.during == "items":
            self._step()
        self.finish_calls += 1
        self._applying = True
        try:
            self.inner.finish(context)
        finally:
            self._applying = False
        if self.during == "items":
            self._step()


#: Request methods that change nothing on the service.
_READS = frozenset({"GET", "HEAD", "OPTIONS"})
#: A forked run that ended without being killed because it sent no changing request at all.
_NO_WRITES = 75


class TargetContract:
    """Mixin of contract tests for a target backend; see the module docstring."""

    #: The backend's name, as ``backend = "..."`` in kmcore.toml.
    backend: ClassVar[str] = ""

    # --- what a subclass provides ----------------------------------------------------------

    def target_settings(self, tmp_path: Path) -> dict[str, Any]:
        """The backend's own settings for a target used by one test (default: none)."""
        return {}

    def stored_ids(self, target: Target) -> set[str] | None:
        """The record ids the target holds now, or None if that cannot be observed."""
        return None

    def shown_text(self, target: Target) -> str | None:
        """Everything the target shows its readers now (every page, list item, index and
        feed) as one text, or None if that cannot be observed. The withdrawal tests look in
        it for the name of whatever was withdrawn."""
        return None

    def make_target(self, config: TargetConfig, kb: KnowledgeBase) -> Target:
        """Build the target (default: through the registered backend's factory)."""
        spec = kb.plugins.backend(config.backend, kind="target")
        target: Target = kb.plugins.load_factory(spec)(config, kb)
        return target

    # --- fixtures ------------------------------------------------------------------------

    @pytest.fixture
    def contract_kb(self, tmp_path: Path) -> Iterator[KnowledgeBase]:
        """A knowledge base with three published lessons and the target in kmcore.toml."""
        root = tmp_path / "contract-kb"
        kb = kmcore.init(root, name="Contract KB", organisation="Contract Trust")
        for number in range(3):
            kb.add(contract_lesson(number))
        kb.close()
        lines = [f"\n[targets.{_TARGET}]", f"backend = {_toml_value(self.backend)}"]
        lines += [f"{k} = {_toml_value(v)}" for k, v in self.target_settings(tmp_path).items()]
        with open(root / "kmcore.toml", "a", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
        with kmcore.open(root) as opened:
            yield opened

    @pytest.fixture
    def target(self, contract_kb: KnowledgeBase) -> Iterator[Target]:
        from kmcore.sync.config import load_target_configs

        built = self.make_target(load_target_configs(contract_kb)[_TARGET], contract_kb)
        yield built
        built.close()

    def _items(self, kb: KnowledgeBase, op: str = "create",
               numbers: Sequence[int] = (0, 1, 2)) -> list[Item]:
        records: list[Record] = [kb.get(f"lesson-contract-{n}") for n in numbers]
        return [Item(op=op, record_type="lesson", record_id=r.id, record=r,  # type: ignore[arg-type]
                     content_hash=f"hash-{r.id}") for r in records]

    # --- the contract --------------------------------------------------------------------

    def test_target_has_the_protocol(self, target: Target) -> None:
        assert isinstance(target, Target)
        assert target.config.name == _TARGET
        assert isinstance(target.batch_size, int) and target.batch_size >= 1

    def test_create_answers_one_result_per_item_in_order(
        self, target: Target, contract_kb: KnowledgeBase
    ) -> None:
        items = self._items(contract_kb)
        results = target.apply(items)
        assert [r.record_id for r in results] == [i.record_id for i in items]
        assert all(r.ok for r in results), [r.error for r in results]
        assert all(r.remote_ref for r in results)

    def test_create_is_idempotent_by_record_id(
        self, target: Target, contract_kb: KnowledgeBase
    ) -> None:
        first = target.apply(self._items(contract_kb))
        again = target.apply(self._items(contract_kb))
        assert all(r.ok for r in again), [r.error for r in again]
        assert [r.remote_ref for r in again] == [r.remote_ref for r in first]
        held = self.stored_ids(target)
        if held is not None:
            assert held == {f"lesson-contract-{n}" for n in range(3)}

    def test_update_and_delete_round_trip(
        self, target: Target, contract_kb: KnowledgeBase
    ) -> None:
        [created] = target.apply(self._items(contract_kb, numbers=(0,)))
        record = contract_kb.get("lesson-contract-0")
        changed = record.__class__(**{**_fields(record), "title": "Changed title"})
        [updated] = target.apply([Item(
            op="update", record_type="lesson", record_id=record.id, record=changed,
            content_hash="hash-2", remote_ref=created.remote_ref,
            remote_version=created.remote_version,
        )])
        assert updated.ok, updated.error
        [deleted] = target.apply([Item(
            op="delete", record_type="lesson", record_id=record.id, record=None,
            content_hash="", remote_ref=updated.remote_ref or created.remote_ref,
            remote_version=updated.remote_version,
        )])
        assert deleted.ok, deleted.error
        held = self.stored_ids(target)
        if held is not None:
            assert record.id not in held
        # Deleting again (the answer to the first delete was lost) still succeeds.
        [again] = target.apply([Item(
            op="delete", record_type="lesson", record_id=record.id, record=None,
            content_hash="", remote_ref=created.remote_ref, remote_version=None,
        )])
        assert again.ok, again.error

    def test_a_stale_remote_version_is_a_conflict(
        self, target: Target, contract_kb: KnowledgeBase
    ) -> None:
        """An update or delete based on a version the target has since moved past answers
        ``conflict=True`` and writes nothing (docs/plugin-authors.md, the Target protocol)."""
        [created] = target.apply(self._items(contract_kb, numbers=(0,)))
        assert created.ok, created.error
        record = contract_kb.get("lesson-contract-0")

        def update(title: str, version: str | None, ref: str | None) -> ItemResult:
            changed = record.__class__(**{**_fields(record), "title": title})
            [result] = target.apply([Item(
                op="update", record_type="lesson", record_id=record.id, record=changed,
                content_hash=f"hash-{title}", remote_ref=ref, remote_version=version)])
            return result

        newer = update("Changed once", created.remote_version, created.remote_ref)
        assert newer.ok, newer.error
        assert newer.remote_version != created.remote_version, (
            "an update must answer the item's new version, so that a stale one can be told")
        ref = newer.remote_ref or created.remote_ref
        stale = update("Changed from an old copy", created.remote_version, ref)
        assert not stale.ok and stale.conflict, (stale.ok, stale.conflict, stale.error)
        assert stale.error, "a conflict must say what happened"
        [stale_delete] = target.apply([Item(
            op="delete", record_type="lesson", record_id=record.id, record=None,
            content_hash="", remote_ref=ref, remote_version=created.remote_version)])
        assert not stale_delete.ok and stale_delete.conflict, stale_delete.error
        # Nothing was written: the target still holds the newer copy, at its version.
        assert ref, "a created item has a remote reference"
        versions = target.remote_versions([ref])
        if versions is not None:
            assert dict(versions).get(ref) == newer.remote_version
        held = self.stored_ids(target)
        if held is not None:
            assert record.id in held

    def test_a_bad_item_does_not_fail_its_batch(
        self, target: Target, contract_kb: KnowledgeBase
    ) -> None:
        good = self._items(contract_kb, numbers=(0, 1))
        bad = Item(op="update", record_type="lesson", record_id="lesson-contract-missing",
                   record=contract_lesson(99, id="lesson-contract-missing"),
                   content_hash="x", remote_ref="kmcore-contract-no-such-item",
                   remote_version="1")
        results = target.apply([good[0], bad, good[1]])  # must not raise
        assert [r.record_id for r in results] == [good[0].record_id, bad.record_id,
                                                  good[1].record_id]
        assert results[0].ok and results[2].ok
        if not results[1].ok:
            assert results[1].error, "a failed item must say why"

    def test_remote_versions_are_none_or_current(
        self, target: Target, contract_kb: KnowledgeBase
    ) -> None:
        [created] = target.apply(self._items(contract_kb, numbers=(0,)))
        assert created.remote_ref
        versions = target.remote_versions([created.remote_ref])
        if versions is not None:
            assert dict(versions).get(created.remote_ref) == created.remote_version

    def test_pull_is_none_or_items_and_a_cursor(self, target: Target) -> None:
        answer = target.pull(None)
        if answer is not None:
            items, cursor = answer
            assert isinstance(cursor, str)
            assert all(isinstance(i, PulledItem) for i in items)

    def test_close_twice_is_fine(self, target: Target) -> None:
        target.close()
        target.close()

    # --- through the engine --------------------------------------------------------------

    def _sync(self, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch,
              wrap: Any = None) -> Any:
        from kmcore.sync import engine

        built: list[Any] = []

        def build(cfg: TargetConfig, kb_: KnowledgeBase) -> Any:
            made = self.make_target(cfg, kb_)
            made = wrap(made) if wrap else FlakyTarget(made)
            built.append(made)
            return made

        monkeypatch.setattr(engine, "build_target", build)
        [report] = engine.sync(kb, [_TARGET])
        if not built:
            pytest.fail(f"the target could not be built: {report.error} ({report.hint})")
        return report, built[0]

    def test_sync_twice_sends_nothing_the_second_time(
        self, contract_kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        report, first = self._sync(contract_kb, monkeypatch)
        assert report.ok, report.render_text()
        assert report.counts["create"] == 3
        assert first.finish_calls == 1
        again, second = self._sync(contract_kb, monkeypatch)
        assert again.ok and again.counts["unchanged"] == 3
        assert again.counts["create"] == again.counts["update"] == 0
        assert second.finish_calls == 1

    def test_sync_converges_after_throttling_lost_answers_and_refusals(
        self, contract_kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        def flaky_throttled(inner: Target) -> FlakyTarget:
            return FlakyTarget(inner, throttle=1)

        report, _ = self._sync(contract_kb, monkeypatch, flaky_throttled)
        assert report.failed >= 1  # the first batch was throttled

        def flaky_lossy(inner: Target) -> FlakyTarget:
            return FlakyTarget(inner, lose=["lesson-contract-0"], fail=["lesson-contract-1"])

        report, _ = self._sync(contract_kb, monkeypatch, flaky_lossy)
        final, target = self._sync(contract_kb, monkeypatch)
        assert final.ok, final.render_text()
        settled, target = self._sync(contract_kb, monkeypatch)
        assert settled.counts["unchanged"] == 3, settled.render_text()
        held = self.stored_ids(target.inner)
        if held is not None:
            assert held == {f"lesson-contract-{n}" for n in range(3)}


    # --- what was withdrawn is named nowhere -------------------------------------------------

    def _name_people(self, kb: KnowledgeBase) -> None:
        """Two people; lessons 0 and 1 name the one to be withdrawn, 1 and 2 the other."""
        kb.add(contract_person())
        kb.add(contract_person(STAYING_ID, STAYING_NAME))
        for number, owner, validator in ((0, WITHDRAWN_ID, None),
                                         (1, WITHDRAWN_ID, STAYING_ID),
                                         (2, None, STAYING_ID)):
            lesson: Any = kb.get(f"lesson-contract-{number}")
            kb.update(attrs.evolve(lesson, owner=owner, validated_by=validator))

    def _withdraw(self, kb: KnowledgeBase, how: str) -> None:
        person = kb.get(WITHDRAWN_ID)
        assert isinstance(person, Person)
        if how == "objection":  # UK GDPR Article 21: not published at all
            from kmcore.records.person import ExpertiseProfile

            kb.update(attrs.evolve(person, profile=ExpertiseProfile(
                objection=Objection(raised_on=dt.date(2025, 3, 12), scope="whole profile"),
            )))
        elif how == "withdrawal":  # no longer visible to this target's audience
            kb.update(attrs.evolve(person, visibility=Visibility.PRIVATE))
        elif how == "deletion":
            kb.delete(WITHDRAWN_ID)
        elif how == "erasure":  # kmcore person forget
            from kmcore.governance.people import forget

            forget(kb, WITHDRAWN_ID)
        else:
            raise AssertionError(how)

    def _assert_named_nowhere(self, target: Any) -> None:
        from kmcore.testing.erasure import names_person

        shown = self.shown_text(getattr(target, "inner", target))
        if shown is None:
            pytest.skip("this backend does not say what it shows (override shown_text)")
        assert not names_person(WITHDRAWN_NAME)(shown), "a page still names the person"
        assert WITHDRAWN_ID not in shown, "a page still holds the person's id"
        assert STAYING_NAME in shown, "the person still published is no longer named"

    @pytest.mark.parametrize("how", ["objection", "withdrawal", "deletion", "erasure"])
    def test_what_was_withdrawn_is_named_nowhere(
        self, contract_kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch, how: str
    ) -> None:
        """Every page that named a withdrawn person is drawn again in the same sync."""
        self._name_people(contract_kb)
        report, first = self._sync(contract_kb, monkeypatch)
        assert report.ok, report.render_text()
        shown = self.shown_text(first.inner)
        if shown is None:
            pytest.skip("this backend does not say what it shows (override shown_text)")
        assert WITHDRAWN_NAME in shown, "the person was never published: nothing to test"
        self._withdraw(contract_kb, how)
        report, second = self._sync(contract_kb, monkeypatch)
        assert report.ok, report.render_text()
        self._assert_named_nowhere(second)
        settled, _ = self._sync(contract_kb, monkeypatch)
        assert settled.counts["create"] == settled.counts["update"] == 0, \
            settled.render_text()
        assert settled.counts["delete"] == 0, settled.render_text()

    def test_an_unreadable_record_never_stops_the_run(
        self, contract_kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A record file broken after it was published (a JSON typo) is left as it is on
        the target; every other change is applied and finish() completes, run after run."""
        self._name_people(contract_kb)
        report, _ = self._sync(contract_kb, monkeypatch)
        assert report.ok, report.render_text()
        store: Any = contract_kb.store
        broken = Path(store.path_of("lesson", "lesson-contract-1"))
        broken.write_bytes(broken.read_bytes().replace(b'"title":', b'"title"', 1))
        self._withdraw(contract_kb, "objection")  # and a change that redraws pages
        lesson: Any = contract_kb.get("lesson-contract-2")
        contract_kb.update(attrs.evolve(lesson, title="Contract lesson 2, retitled"))
        for _run in range(2):
            report, target = self._sync(contract_kb, monkeypatch)
            assert report.error is None, report.render_text()
            assert report.failed == 0, report.render_text()
            assert report.counts["unreadable"] == 1, report.render_text()
            held = self.stored_ids(target.inner)
            if held is not None:  # left as it is: not withdrawn
                assert "lesson-contract-1" in held

    # --- killed at any point -------------------------------------------------------------

    def _killed_run(self, kb: KnowledgeBase, kill_at: int,
                    during: Literal["items", "writes"] = "items") -> int:
        """Run a sync in a forked child that SIGKILLs itself at step *kill_at*; its status.
        A child that finished without being killed exits with :data:`_NO_WRITES` when it
        sent no changing request (a target that writes no HTTP), else 0."""
        from kmcore.sync import engine

        pid = os.fork()
        if pid == 0:  # the child: never returns into pytest
            code = 0
            try:
                made: list[KillingTarget] = []

                def build(cfg: TargetConfig, kb_: KnowledgeBase) -> Any:
                    made.append(KillingTarget(self.make_target(cfg, kb_), kill_at, during))
                    return made[-1]

                setattr(engine, "build_target", build)  # noqa: B010 (the child's own copy)
                engine.sync(kb, [_TARGET])
                if not any(k.writes for k in made):
                    code = _NO_WRITES
            except BaseException:
                code = 70
            finally:
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        return status

    def _change_for_an_incremental_run(self, kb: KnowledgeBase,
                                       monkeypatch: pytest.MonkeyPatch) -> set[str]:
        """Sync once, then withdraw a person, retitle a lesson and set another to draft;
        the lesson ids a clean sync then leaves on the target."""
        report, _ = self._sync(kb, monkeypatch)
        assert report.ok, report.render_text()
        self._withdraw(kb, "objection")
        lesson: Any = kb.get("lesson-contract-2")
        kb.update(attrs.evolve(lesson, title="Contract lesson 2, retitled"))
        lesson = kb.get("lesson-contract-1")
        kb.update(attrs.evolve(lesson, status=Status.DRAFT))
        return {"lesson-contract-0", "lesson-contract-2"}

    def _assert_converged(self, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch,
                          expected: set[str], phase: str) -> None:
        """The next sync ends where one clean sync would: every record once, nothing
        withdrawn named, and a further sync has nothing to send."""
        final, target = self._sync(kb, monkeypatch)
        assert final.ok, final.render_text()
        held = self.stored_ids(target.inner)
        if held is not None:
            assert {i for i in held if i.startswith("lesson-")} == expected
        if phase == "incremental":
            self._assert_named_nowhere(target)
        settled, target = self._sync(kb, monkeypatch)
        assert settled.ok, settled.render_text()
        assert settled.counts["create"] == settled.counts["update"] == 0, \
            settled.render_text()
        assert settled.counts["delete"] == settled.counts["conflict"] == 0, \
            settled.render_text()
        held = self.stored_ids(target.inner)
        if held is not None:
            assert {i for i in held if i.startswith("lesson-")} == expected

    @pytest.mark.skipif(not hasattr(os, "fork"), reason="forks a process to kill (POSIX)")
    @pytest.mark.parametrize("phase", ["first", "incremental"])
    def test_a_killed_sync_converges(
        self, contract_kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch, phase: str
    ) -> None:
        """SIGKILL at seeded random points (each item, and around finish) of a first sync,
        or of one that withdraws a person, retitles and withdraws a lesson; the next sync
        ends where one clean sync would: every record once, nothing withdrawn named, and a
        further sync has nothing to send."""
        import random

        from kmcore.sync.engine import plan_target

        self._name_people(contract_kb)
        expected = {f"lesson-contract-{n}" for n in range(3)}
        if phase == "incremental":
            expected = self._change_for_an_incremental_run(contract_kb, monkeypatch)
        rng = random.Random(f"{os.environ.get('KMCORE_FAULT_SEED', '1405')}:{phase}")
        for _kill in range(3):
            # A step of what is left to do: each item alone, then finish.
            steps = 2 * len(plan_target(contract_kb, _TARGET).changes) + 2
            point = rng.randint(1, steps)
            status = self._killed_run(contract_kb, point)
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, \
                (point, status)
        self._assert_converged(contract_kb, monkeypatch, expected, phase)

    @pytest.mark.skipif(not hasattr(os, "fork"), reason="forks a process to kill (POSIX)")
    @pytest.mark.parametrize("phase", ["first", "incremental"])
    def test_a_sync_killed_during_a_write_converges(
        self, contract_kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch, phase: str
    ) -> None:
        """SIGKILL in the middle of an item: just before, or just after the service
        answered, a request that changes something on it (seeded random requests of a first
        or an incremental sync); the next sync converges as after a kill between items.
        A target that sends no such request (one that writes files) is skipped: the test
        between items covers it."""
        import random

        from kmcore.sync.engine import plan_target

        self._name_people(contract_kb)
        expected = {f"lesson-contract-{n}" for n in range(3)}
        if phase == "incremental":
            expected = self._change_for_an_incremental_run(contract_kb, monkeypatch)
        rng = random.Random(f"{os.environ.get('KMCORE_FAULT_SEED', '1405')}:write:{phase}")
        killed = 0
        for attempt in range(3):
            # An item sends at least one changing request, unless a killed run had sent it
            # already and the target sees that (then the run may end before the point).
            steps = 2 * len(plan_target(contract_kb, _TARGET).changes)
            if not steps:
                break
            point = rng.randint(1, steps)
            status = self._killed_run(contract_kb, point, "writes")
            if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
                killed += 1
                continue
            assert os.WIFEXITED(status), (point, status)
            if attempt == 0 and os.WEXITSTATUS(status) == _NO_WRITES:
                pytest.skip("the target sends no HTTP requests through kmcore.http")
            assert os.WEXITSTATUS(status) in (0, _NO_WRITES), (point, status)
        assert killed, "no run was killed during a write"
        self._assert_converged(contract_kb, monkeypatch, expected, phase)


def _fields(record: Record) -> dict[str, Any]:
    import attrs

    return {f.name: getattr(record, f.name) for f in attrs.fields(type(record)) if f.init}
