"""The sync engine: pull, plan, apply in batches, record what landed, report.

:func:`sync` runs each target in turn:

1. **Lock** the target (``.kmcore/targets/<name>/lock``), so two syncs to one target never run
   at once; a lock left by a process that died on this PC is broken at once.
2. **Pull**: a target with a change feed hands back items created or edited on its side; they
   come into the knowledge base as drafts with provenance ``pulled`` (see :func:`_pull`).
3. **Plan** (:mod:`kmcore.sync.plan`): creates, updates, withdrawals, unchanged, blocked and
   conflicts, each with its reason.
4. **Apply** the changes in batches of ``target.batch_size``. Before a batch goes, the ledger
   notes the intent; as the target answers, each confirmed item is journalled, and the
   batch's lines are fsync'd together. One bad record never stops the run: its result says
   why, and a retryable failure is simply tried again next time.
5. **Finish**: ``target.finish()`` sees every record now published there (lazily loaded).
6. **Compact** the ledger and **save the report**.

Crash safety: the ledger claims only what the target confirmed, and targets make ``create``
idempotent by record id, so killing the process at any point and syncing again ends in
exactly the state one clean sync would have reached.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from kmcore import codec, gates
from kmcore._gcpause import no_gc
from kmcore.errors import (
    BackendError,
    ConfigError,
    Conflict,
    KmcoreError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from kmcore.records.base import Link, Provenance, Record
from kmcore.records.vocab import ProvenanceSource, Status
from kmcore.store._lock import FileLock, LockBusy
from kmcore.sync import target_changes
from kmcore.sync.config import TARGET_SNIPPET, build_target, load_target_configs
from kmcore.sync.incomplete import flagged_incomplete
from kmcore.sync.ledger import Ledger, target_folder
from kmcore.sync.model import ItemResult, PulledItem, SyncContext, Target, TargetConfig
from kmcore.sync.plan import Fingerprints, Plan, Planned, fingerprints, make_plan
from kmcore.sync.report import ItemOutcome, PullOutcome, PullStatus, RunReport, save_report
from kmcore.sync.withdrawn import redraw_for_withdrawals

if TYPE_CHECKING:
    from kmcore.kb import KnowledgeBase
    from kmcore.specs import RecordTypeSpec

__all__ = ["Progress", "plan_target", "sync"]

log = logging.getLogger("kmcore.sync")

#: ``progress(target_name, items_done, items_total)``, called after each batch.
Progress = Callable[[str, int, int], None]

#: A sync can take a while; a lock held by another PC is only taken to be abandoned after this.
_STALE_AFTER = 6 * 3600.0
_LOCK_WAIT = 2.0


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def sync(
    kb: KnowledgeBase,
    target_names: Sequence[str] | None = None,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    debug: bool = False,
) -> list[RunReport]:
    """Publish the knowledge base to its targets (all configured ones by default).

    :param target_names: the ``[targets.NAME]`` tables to sync, in this order.
    :param dry_run: plan and report only: neither the target nor the ledger is touched.
    :param progress: called after each batch with the target's name, items done and total.
    :param debug: let an unexpected exception from a backend propagate, traceback and all
        (the CLI's ``--debug``), instead of reporting it and going on to the next target.
    :return: one :class:`RunReport` per target. A target that could not be synced at all
        (backend missing, lock held) has :attr:`RunReport.error` set; the others still run.
    :raises ConfigError: no targets are configured, a name is unknown, or a table is wrong.
    """
    configs = load_target_configs(kb)
    if not configs:
        raise ConfigError(
            "no targets are configured in kmcore.toml, so there is nowhere to sync to",
            hint=f"Add a target to {kb.root / 'kmcore.toml'}, for example:\n{TARGET_SNIPPET}",
        )
    names = list(target_names) if target_names else sorted(configs)
    for name in names:
        if name not in configs:
            raise ConfigError(
                f"there is no target called {name!r} in kmcore.toml",
                hint=f"Configured targets: {', '.join(sorted(configs))}.",
            )
    shared = _SharedPrints() if len(names) > 1 else None
    return [_sync_one(kb, configs[name], dry_run=dry_run, progress=progress, shared=shared,
                      debug=debug)
            for name in names]


class _SharedPrints:
    """One reading of the store's fingerprints for every target of a run, read again only
    when a pull has changed the knowledge base."""

    def __init__(self) -> None:
        self._prints: Fingerprints | None = None

    def get(self, kb: KnowledgeBase) -> Fingerprints:
        if self._prints is None:
            self._prints = fingerprints(kb)
        return self._prints

    def invalidate(self) -> None:
        self._prints = None


def plan_target(kb: KnowledgeBase, name: str) -> Plan:
    """The plan for one target, without applying it (what ``--dry-run`` shows)."""
    configs = load_target_configs(kb)
    if name not in configs:
        raise ConfigError(f"there is no target called {name!r} in kmcore.toml",
                          hint=f"Configured targets: {', '.join(sorted(configs)) or 'none'}.")
    cfg = configs[name]
    target = build_target(cfg, kb)
    try:
        ledger = Ledger.open(target_folder(kb.root, name))
        plan = make_plan(kb, cfg, ledger, target=target)
        return redraw_for_withdrawals(kb, cfg, ledger, plan, target)
    finally:
        target.close()


def _labels(kb: KnowledgeBase) -> dict[str, tuple[str, str]]:
    return {n: (s.label.lower(), s.plural.lower()) for n, s in kb.types.items()}


def _sync_one(
    kb: KnowledgeBase, cfg: TargetConfig, *, dry_run: bool, progress: Progress | None,
    shared: _SharedPrints | None = None, debug: bool = False,
) -> RunReport:
    report = RunReport(target=cfg.name, backend=cfg.backend, dry_run=dry_run,
                       started_at=_now(), labels=_labels(kb))
    folder = target_folder(kb.root, cfg.name)
    lock = FileLock(folder / "lock", timeout=_LOCK_WAIT, stale_after=_STALE_AFTER)
    try:
        if not dry_run:  # a dry run writes nothing, not even a lock file
            try:
                lock.acquire()
            except LockBusy as exc:  # a full or read-only disk says so itself, not this
                raise KmcoreError(
                    f"another sync to {cfg.name!r} is running: {exc.message}",
                    hint=f"Wait for it to finish. If none is running, delete {lock.path}.",
                ) from exc
        try:
            # The cyclic garbage collector is paused for the run: loading the ledger, the
            # store's fingerprints and the target's state and making the plan build tens of
            # thousands of small objects, which reference counting frees when the run ends;
            # collections meanwhile would walk them all, to free nothing (see also _apply).
            with no_gc():
                _run(kb, cfg, report, dry_run=dry_run, progress=progress, shared=shared)
        finally:
            if lock.held:
                lock.release()
    except KmcoreError as exc:
        report.error, report.hint = exc.message, exc.hint
    except Exception as exc:  # a backend's own bug: report it, carry on with other targets
        if debug:
            raise
        log.debug("sync to %s failed", cfg.name, exc_info=exc)
        report.error = f"the sync to {cfg.name!r} stopped: {_line(exc)}"
        report.hint = ("Items confirmed before this are recorded; run it again. If it keeps "
                       "happening, run with --debug and report the traceback.")
    report.finished_at = _now()
    if not dry_run:
        try:
            save_report(report, folder / "reports")
        except OSError as exc:
            report.warnings.append(f"the run report could not be saved: {exc}")
        # Plugins (kmcore's own governance among them: it settles erasures) see the end of
        # the run; one that fails is a warning on a sync that has already happened.
        for failure in kb.plugins.notify_after_sync(kb, cfg, report):
            report.warnings.append(
                f"plugin {failure.plugin!r} failed after the sync: {failure.error}")
    return report


def _run(kb: KnowledgeBase, cfg: TargetConfig, report: RunReport, *, dry_run: bool,
         progress: Progress | None, shared: _SharedPrints | None = None) -> None:
    target = build_target(cfg, kb)
    ledger = Ledger.open(target_folder(kb.root, cfg.name))
    try:
        # A dry run too: what it plans means nothing if the target cannot be signed in to
        # or read, and it must say so (and exit non-zero) as the real run would.
        _check_access(target)
        pull_failed: BaseException | None = None
        try:
            report.pulled = _pull(kb, cfg, target, ledger, dry_run=dry_run)
        except Exception as exc:  # a broken feed must not stop publishing, but fails the run
            if _stops_the_run(exc) or isinstance(exc, PermissionDenied):
                raise  # cannot sign in or read at all: nothing else would work either
            log.debug("pull from %s failed", cfg.name, exc_info=exc)
            pull_failed = exc
        if shared is not None and any(
            p.status in ("created", "updated", "copied") for p in report.pulled
        ):
            shared.invalidate()
        # What changed on the target's side although no record did (a column refilled, a
        # copy edited by hand): asked before planning, said in the plan.
        changes = target_changes.prepare(target, cfg, ledger, dry_run=dry_run)
        plan = make_plan(kb, cfg, ledger, target=target,
                         prints=shared.get(kb) if shared is not None else None)
        plan = target_changes.apply(kb, plan, changes, ledger)
        # Pages naming a record withdrawn now (or by a run that died) are drawn again.
        plan = redraw_for_withdrawals(kb, cfg, ledger, plan, target)
        report.counts = {a: plan.count(a) for a in
                         ("create", "update", "delete", "unchanged", "blocked", "ineligible",
                          "conflict", "unreadable")}
        outcomes = {p.record_id: _outcome(p, dry_run) for p in plan.items}
        report.items = list(outcomes.values())  # updated in place as the target answers
        if dry_run:
            report.estimate = _estimate(target, plan)
        changed: set[str] = set()
        if not dry_run:
            for record_id, entry in plan.refresh.items():
                ledger.set(record_id, entry)
            for planned in plan.items:
                if planned.action == "conflict":
                    _force_recheck(ledger, planned.record_id)
            ledger.flush()
            changed = _apply(target, plan, ledger, outcomes, cfg.name, progress)
            # Changes applied by an earlier run that died (or failed) before finishing count
            # as changed now: finish() must see every change once.
            # A record whose file cannot be read now is left as it is on the target, by
            # finish() too (reading it there would fail every run until it is fixed).
            unreadable = {p.record_id for p in plan.items if p.action == "unreadable"}
            context = SyncContext(kb=kb, published=_Published(kb, cfg, ledger),
                                  changed=frozenset((changed | ledger.unfinished) - unreadable),
                                  dry_run=False)
            try:
                target.finish(context)
                ledger.note_finished()
            except Exception as exc:
                log.debug("finish on %s failed", cfg.name, exc_info=exc)
                report.error = f"the target could not finish the run: {_line(exc)}"
                report.hint = ("The items listed were applied and are recorded; the next "
                               "sync hands them to the target to finish again.")
            if ledger.config_key != plan.config_key:
                ledger.set_config_key(plan.config_key)
            ledger.compact()
        if pull_failed is not None and report.error is None:
            # Staff submissions on the target did not arrive: a scheduled run must not
            # look healthy.
            report.error = f"could not read the target's changes: {_line(pull_failed)}"
            report.hint = (getattr(pull_failed, "hint", None) or "What was published is "
                           "recorded; the next sync reads the changes again.")
    finally:
        try:
            ledger.close()
        finally:
            target.close()


def _stops_the_run(exc: BaseException) -> bool:
    """Failures after which nothing more is sent to the target in this run: the credentials
    or the configuration are wrong, so every further request would fail the same way (and
    some services lock an account after repeated failed sign-ins), or the service asked for
    a longer pause than a run may wait (:attr:`BackendError.stops_run`)."""
    return isinstance(exc, ConfigError) or (isinstance(exc, BackendError) and exc.stops_run)


def _check_access(target: Target) -> None:
    """Sign in and read the target once, when it offers a check (``check_access``): a
    target with nothing to publish and no feed must still fail a run it cannot reach."""
    check = getattr(target, "check_access", None)
    if check is not None:
        check()


def _estimate(target: Target, plan: Plan) -> str | None:
    """The target's own account of what the plan would cost it (requests, batches)."""
    estimate = getattr(target, "estimate", None)
    if estimate is None:
        return None
    try:
        sentence = estimate([p.item for p in plan.changes if p.item is not None])
    except Exception as exc:  # an estimate is a courtesy: it must never stop a dry run
        log.warning("estimate for %s failed", target.config.name, exc_info=exc)
        return None
    return str(sentence) if sentence else None


def _outcome(planned: Planned, dry_run: bool) -> ItemOutcome:
    if planned.item is not None:
        status = "planned" if dry_run else "failed"  # until the target confirms it
    elif planned.action == "conflict":
        status = "conflict"
    else:
        status = "held"
    return ItemOutcome(
        action=planned.action, record_type=planned.record_type, record_id=planned.record_id,
        title=planned.title, reason=planned.reason, status=status,  # type: ignore[arg-type]
        error=None if status != "failed" else "not sent (the run stopped first)",
        blocks=[{"gate": b.gate, "reason": b.reason, "path": b.path, "position": b.position}
                for b in planned.blocks],
        notes=list(planned.notes),
    )


def _force_recheck(ledger: Ledger, record_id: str) -> None:
    """Make the next sync read this record again rather than trust its file fingerprint."""
    entry = ledger.entries.get(record_id)
    if entry is not None and entry.source_hash:
        ledger.set(record_id, attrs.evolve(entry, source_hash=""))


def _apply(target: Target, plan: Plan, ledger: Ledger, outcomes: dict[str, ItemOutcome],
           name: str, progress: Progress | None) -> set[str]:
    changes = plan.changes
    size = max(1, int(getattr(target, "batch_size", 20) or 20))
    changed: set[str] = set()
    done = 0
    for start in range(0, len(changes), size):
        if start:
            # A long run: collect what the target's last batch left in reference cycles (the
            # collector is paused for the run), so a run of thousands of items never grows.
            gc.collect(1)
        batch = changes[start:start + size]
        items = [p.item for p in batch if p.item is not None]
        # Existing copies about to change: if no answer is journalled, the next run must not
        # mistake our own write for an edit made on the target.
        ledger.intend(i.record_id for i in items if i.op != "create")
        try:
            results = list(target.apply(items))
        except Exception as exc:  # the whole batch failed: every item is retried next time
            if _stops_the_run(exc):
                raise  # a refused sign-in would only be refused again for every batch
            log.debug("batch sent to %s failed", name, exc_info=exc)
            results = [ItemResult(record_id=i.record_id, ok=False, retryable=True,
                                  error=f"the target did not answer: {_line(exc)}")
                       for i in items]
        by_id = {r.record_id: r for r in results if isinstance(r, ItemResult)}
        landed = {p.record_id for p in batch
                  if (r := by_id.get(p.record_id)) is not None and r.ok}
        ledger.note_changed(landed)
        for planned in batch:
            outcome = outcomes[planned.record_id]
            result = by_id.get(planned.record_id)
            previous = ledger.entries.get(planned.record_id)
            if result is None:
                outcome.error = "the target gave no answer for this item"
                outcome.retryable = True
            elif result.ok:
                assert planned.entry is not None and planned.item is not None
                entry = planned.entry
                if planned.item.op != "delete":
                    entry = attrs.evolve(
                        entry,
                        remote_ref=result.remote_ref or planned.item.remote_ref,
                        remote_version=result.remote_version,
                    )
                ledger.set(planned.record_id, entry)
                outcome.status, outcome.error = "ok", None
                changed.add(planned.record_id)
                continue
            elif result.conflict:
                # The target wrote nothing (contract), so the entry stays certain: the next
                # run sees the edit as a conflict again rather than overwrite it.
                outcome.status = "conflict"
                outcome.error = None
                outcome.reason = ("edited on the target while this sync ran: left as it is; "
                                  f"not sent: {planned.reason}")
                _force_recheck(ledger, planned.record_id)
                continue
            else:
                outcome.error = result.error or "the target refused it without saying why"
                outcome.retryable = result.retryable
            # Not confirmed: the target may or may not hold it now. Never claim it does; make
            # the next run look at it again.
            if previous is not None and previous.state == "published":
                ledger.set(planned.record_id,
                           attrs.evolve(previous, uncertain=True, source_hash=""))
        ledger.flush()
        done += len(batch)
        if progress is not None:
            progress(name, done, len(changes))
    return changed


class _Published(Mapping[str, Record]):
    """Every record now published on a target, by id, read and gated only when asked for."""

    def __init__(self, kb: KnowledgeBase, cfg: TargetConfig, ledger: Ledger) -> None:
        self._kb, self._cfg = kb, cfg
        self._types = ledger.published_types()
        self._cache: dict[str, Record] = {}

    def __getitem__(self, record_id: str) -> Record:
        if record_id in self._cache:
            return self._cache[record_id]
        record_type = self._types[record_id]  # KeyError for ids not published
        record = self._kb.store.get(record_type, record_id)
        decided = gates.evaluate(record, self._cfg, self._kb.plugins).record
        self._cache[record_id] = decided
        return decided

    def __iter__(self) -> Iterator[str]:
        return iter(self._types)

    def __len__(self) -> int:
        return len(self._types)

    def __contains__(self, key: object) -> bool:
        return key in self._types


# --- pull ------------------------------------------------------------------------------------


def _pulled_id(record_cls: type[Record], *parts: str) -> str:
    body = hashlib.blake2b("\n".join(parts).encode(), digest_size=10).hexdigest()
    return f"{record_cls.id_prefix}-pulled-{body}"


def _pull(kb: KnowledgeBase, cfg: TargetConfig, target: Target, ledger: Ledger, *,
          dry_run: bool) -> list[PullOutcome]:
    """Bring items created or edited on the target into the knowledge base, as drafts.

    * A new item becomes a draft record with provenance ``pulled`` and ``source_ref``
      ``<target>:<remote ref>``. Its id is derived from the target and the remote ref, so a
      run killed half-way and repeated finds the draft it made rather than making another.
    * A later edit of that item updates the draft while it is still a draft; once somebody
      has moved it on (in review, published), the edit arrives as a new draft copy instead,
      so nobody's work is overwritten.
    * An edit, made on the target, of a record kmcore published never changes that record:
      it arrives as a draft copy linked to it (``links: pulled_edit_of``) for a librarian to
      review, and the next push reports the record as a conflict.
    """
    pull = getattr(target, "pull", None)
    answer = pull(ledger.cursor) if pull is not None else None
    if answer is None:
        return []
    pulled, cursor = answer
    # A feed also lists what kmcore itself wrote there: recognise those by remote ref.
    ours = {e.remote_ref: (i, e.remote_version) for i, e in ledger.published() if e.remote_ref}
    outcomes = []
    seen: set[str] = set()
    for item in pulled:
        if item.deleted:
            if item.remote_ref in ledger.waiting and not dry_run:
                ledger.set_waiting(item.remote_ref, None)  # nothing left to bring in
            continue
        seen.add(item.remote_ref)
        version = item.remote_version or ""
        if version and ledger.pulled.get(item.remote_ref) == version:
            continue  # already brought in
        if item.remote_ref in ours:
            record_id, our_version = ours[item.remote_ref]
            if item.remote_version is None or item.remote_version == our_version:
                continue  # our own write, echoed by the feed
            if item.record_id is None:  # an edit of a copy we published
                item = attrs.evolve(item, record_id=record_id)
        try:
            outcome = _bring_in(kb, cfg, item, dry_run=dry_run)
        except KmcoreError as exc:
            outcome = PullOutcome(
                remote_ref=item.remote_ref, record_id=item.record_id,
                record_type=str(item.data.get("type")) if item.data.get("type") else None,
                status="failed",
                # Every problem, not only the first line: the person fixing the item on
                # the target needs the whole list.
                reason="could not be brought in: "
                + "; ".join(line.strip() for line in str(exc).splitlines() if line.strip()
                            ).replace(":; ", ": ")
                + " (fix it on the target; editing it there brings it in again)",
            )
        outcomes.append(outcome)
        if not dry_run and outcome.status != "failed":
            ledger.set_pulled(item.remote_ref, version)
            ledger.set_waiting(item.remote_ref, None)
        elif not dry_run:
            # The feed moves past it: the ledger keeps saying it until it is settled.
            ledger.set_waiting(item.remote_ref, {
                "reason": outcome.reason, "version": version,
                "type": outcome.record_type or "",
                "since": ledger.waiting.get(item.remote_ref, {}).get("since")
                or _now().date().isoformat()})
    outcomes += _still_waiting(ledger, seen)
    if not dry_run and cursor != ledger.cursor:
        ledger.set_cursor(cursor)
        ledger.flush()
    return outcomes


def _still_waiting(ledger: Ledger, seen: set[str]) -> list[PullOutcome]:
    """Items an earlier pull could not bring in, not in this run's feed: failed again, so
    every run says so until each is fixed (its edit comes in) or deleted on the target."""
    return [PullOutcome(
        remote_ref=ref, record_id=None, record_type=why.get("type") or None, status="failed",
        reason=f"still not brought in (since {why.get('since') or '?'}): "
        + why.get("reason", "").removeprefix("could not be brought in: "))
        for ref, why in sorted(ledger.waiting.items()) if ref not in seen]


def _stored(kb: KnowledgeBase, record_type: str, record_id: str) -> Record | None:
    try:
        return kb.store.get(record_type, record_id)
    except NotFound:
        return None


def _pulled_record(kb: KnowledgeBase, cfg: TargetConfig, item: PulledItem
                   ) -> tuple[Record, RecordTypeSpec, Record | None]:
    """The draft a pulled item becomes, its type, and the known record it is an edit of."""
    data: dict[str, Any] = dict(item.data)
    type_name = data.get("type")
    spec = kb.type_spec(str(type_name)) if type_name else None
    if spec is None:
        raise KmcoreError("the item does not say what type of record it is")
    known_original = _stored(kb, spec.name, item.record_id) if item.record_id else None
    if known_original is not None:
        record_id = _pulled_id(spec.cls, cfg.name, item.remote_ref, item.remote_version or "")
    else:
        record_id = _pulled_id(spec.cls, cfg.name, item.remote_ref)
    for key in ("revision", "created_at", "updated_at"):
        data.pop(key, None)
    data.update(
        type=spec.name, id=record_id, status=Status.DRAFT.value,
        provenance=codec.unstructure(Provenance(
            source=ProvenanceSource.PULLED, source_ref=f"{cfg.name}:{item.remote_ref}"[:500],
            method="kmcore sync (pull)",
        )),
    )
    try:
        record = codec.from_dict(data, kb.classes)
    except ValidationError as exc:
        # Made with the target's own form, it may lack fields kmcore requires: it comes in
        # flagged incomplete (held back, listed by `kmcore review incomplete`), not refused.
        record = flagged_incomplete(data, exc, kb.classes)
    if known_original is not None:
        record = attrs.evolve(record, links=(
            *record.links, Link(rel="pulled_edit_of", target=known_original.id,
                                note="edited on the target; review and merge by hand"),
        ))
    return record, spec, known_original


def _bring_in(kb: KnowledgeBase, cfg: TargetConfig, item: PulledItem, *,
              dry_run: bool) -> PullOutcome:
    record, spec, known_original = _pulled_record(kb, cfg, item)
    record_id = record.id
    existing = _stored(kb, spec.name, record_id)
    what = spec.label.lower()
    if existing is not None and existing.status != Status.DRAFT:
        # Moved on since it was pulled: keep that work, bring the edit in as its own draft.
        record_id = _pulled_id(spec.cls, cfg.name, item.remote_ref, item.remote_version or "")
        record = attrs.evolve(record, id=record_id)
        existing = _stored(kb, spec.name, record_id)

    to_complete = tuple(getattr(record, "to_complete", ()) or ())

    def outcome(status: PullStatus, reason: str) -> PullOutcome:
        if to_complete and status != "unchanged":
            # Every problem, so the person completing it needs no other list.
            reason += ("; incomplete, held back until completed: " + "; ".join(to_complete)
                       + " (`kmcore review incomplete` lists it; complete it with "
                       "`kmcore edit`, or on the target)")
        return PullOutcome(remote_ref=item.remote_ref, record_id=record_id,
                           record_type=spec.name, status=status, reason=reason,
                           to_complete=list(to_complete))

    if dry_run:
        verb = "update draft" if existing is not None else "bring in as a new draft"
        return outcome("planned", f"would {verb} {what} {record_id}")
    if existing is None:
        try:
            kb.add(record)
        except Conflict:  # made by a run that was killed before it noted the pull
            existing = kb.store.get(spec.name, record_id)
        else:
            if known_original is not None:
                return outcome("copied", f"{what} {known_original.id} was edited on the "
                               f"target: the edit is saved as draft {record_id} for review; "
                               "the record is unchanged")
            return outcome("created", f"new {what} brought in as draft {record_id}")
    updated = attrs.evolve(record, revision=existing.revision, created_at=existing.created_at,
                           owner_org=record.owner_org or existing.owner_org)
    if codec.to_dict(attrs.evolve(updated, updated_at=existing.updated_at)) == codec.to_dict(
        existing
    ):
        return outcome("unchanged", f"draft {record_id} already holds this version")
    kb.update(updated)
    return outcome("updated", f"draft {what} {record_id} updated from the target")


def _line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    if not isinstance(exc, KmcoreError):
        text = f"{type(exc).__name__}: {text}"
    return text[:300]
