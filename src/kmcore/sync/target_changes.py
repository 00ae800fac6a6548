"""What changed on a target's side although no record did, asked of the target before
each plan (``kmcore sync``): copies that lost something (``stale_types``: a SharePoint column
deleted with its values and added back) are planned as updates; copies somebody edited or
deleted there (``edited_copies``) are conflicts, every run until somebody decides, or are
replaced under ``conflict_policy = "overwrite"``. See docs/sync.md and D241.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import attrs

from kmcore.errors import BackendError, ConfigError, KmcoreError, NotFound, PermissionDenied
from kmcore.guard.pii import masked_label
from kmcore.sync.ledger import Ledger
from kmcore.sync.model import Target, TargetConfig
from kmcore.sync.plan import ACTIONS, Plan, Planned

if TYPE_CHECKING:
    from kmcore.kb import KnowledgeBase
    from kmcore.records.base import Record

__all__ = ["TargetChanges", "apply", "prepare"]


@attrs.frozen
class TargetChanges:
    """:ivar resend: record id -> why its copy is sent again. :ivar edited: record id ->
    what happened to its copy on the target (edited, deleted), to report as a conflict."""

    resend: Mapping[str, str]
    edited: Mapping[str, str]


def prepare(target: Target, cfg: TargetConfig, ledger: Ledger, *,
            dry_run: bool) -> TargetChanges:
    """Ask the target; mark in the ledger the copies to send again (in memory only for a
    dry run)."""
    resend = _mark_for_resend(target, ledger, dry_run=dry_run)
    edited = _edited_copies(target, ledger)
    if edited and cfg.conflict_policy == "overwrite":
        # The knowledge base wins: each is planned as an update, replacing the edit.
        resend.update(_mark(ledger, {r: _EDITED_OVERWRITE for r in edited}, dry_run=dry_run))
        edited = {}
    return TargetChanges(resend=resend, edited=edited)


def apply(kb: KnowledgeBase, plan: Plan, changes: TargetChanges, ledger: Ledger) -> Plan:
    """*plan* saying why copies are sent again, with the edited copies as conflicts."""
    if changes.resend:
        plan = _resend_reasons(plan, changes.resend)
    if changes.edited:
        plan = _report_edited(kb, plan, changes.edited, ledger)
    return plan


def _stored(kb: KnowledgeBase, record_type: str, record_id: str) -> Record | None:
    try:
        return kb.store.get(record_type, record_id)
    except NotFound:
        return None


def _mark_for_resend(target: Target, ledger: Ledger, *, dry_run: bool) -> dict[str, str]:
    """Make the plan send again every published copy of the record types the target says
    lack something now (``stale_types``: a column deleted on a SharePoint list, its values
    with it, then added back), although no record changed. Answers record id -> why.

    The ledger's content hash of each is cleared, so the plan sees an update; the target's
    version is kept, so a copy edited there meanwhile is still a conflict, not overwritten.
    A dry run changes the ledger in memory only."""
    ask = getattr(target, "stale_types", None)
    stale = dict(ask() or {}) if ask is not None else {}
    if not stale:
        return {}
    return _mark(ledger, {record_id: stale[entry.record_type]
                          for record_id, entry in ledger.published()
                          if entry.record_type in stale}, dry_run=dry_run)


def _mark(ledger: Ledger, reasons: dict[str, str], *, dry_run: bool) -> dict[str, str]:
    """Clear the content hash of each of *reasons*' records, so the plan sends it again."""
    for record_id in reasons:
        entry = ledger.entries[record_id]
        cleared = attrs.evolve(entry, content_hash="", source_hash="")
        if dry_run:
            ledger.entries[record_id] = cleared
        else:
            ledger.set(record_id, cleared)
    if reasons and not dry_run:
        ledger.flush()
    return reasons


_EDITED_OVERWRITE = "edited on the target since kmcore published it: replaced " \
    "(conflict_policy = overwrite)"


def _edited_copies(target: Target, ledger: Ledger) -> dict[str, str]:
    """Record id -> what happened, for copies somebody edited (or deleted) on the target
    since kmcore last wrote them, asked of targets that can tell cheaply
    (``edited_copies``), so an edit is reported on the next run, not only once the record
    changes. Copies whose last write is uncertain are not asked about (kmcore may have
    made the newer version itself)."""
    ask = getattr(target, "edited_copies", None)
    if ask is None:
        return {}
    known = {entry.remote_ref: record_id for record_id, entry in ledger.published()
             if entry.remote_ref and entry.remote_version and not entry.uncertain}
    if not known:
        return {}
    versions = {ref: str(ledger.entries[record_id].remote_version) for ref, record_id
                in known.items()}
    try:
        answer = ask(versions) or {}
    except KmcoreError as exc:
        if isinstance(exc, ConfigError | PermissionDenied) or (
                isinstance(exc, BackendError) and exc.stops_run):
            raise  # the run stops with the target's own cause and fix
        raise KmcoreError(
            f"could not ask target {target.config.name!r} which of its copies were edited "
            f"there: {exc.message}",
            hint=exc.hint or "Nothing was sent; run the sync again later.") from exc
    return {known[ref]: ("deleted on the target" if now is None else "edited on the target")
            for ref, now in answer.items() if ref in known}


def _report_edited(kb: KnowledgeBase, plan: Plan, edited: Mapping[str, str],
                   ledger: Ledger) -> Plan:
    """Copies edited on the target whose records did not change: each is a conflict line
    (left as it is), every run until somebody decides (docs/sync.md)."""
    planned = {p.record_id for p in plan.items}
    added: list[Planned] = []
    for record_id, what in sorted(edited.items()):
        if record_id in planned:
            continue  # its change is planned: the plan's own check reports the edit
        entry = ledger.entries[record_id]
        try:
            record = _stored(kb, entry.record_type, record_id)
        except KmcoreError:  # unreadable now: named by its id
            record = None
        added.append(Planned(
            action="conflict", record_type=entry.record_type, record_id=record_id,
            title=masked_label(record) if record is not None else record_id,
            reason=f"{what} since kmcore published it: left as it is there "
            "(conflict_policy = skip); copy the change into the record, or set "
            'conflict_policy = "overwrite" to replace it'))
    if not added:
        return plan
    order = {a: i for i, a in enumerate(ACTIONS)}
    items = sorted([*plan.items, *added],
                   key=lambda p: (order[p.action], p.record_type, p.record_id))
    return attrs.evolve(plan, items=items, unchanged=max(0, plan.unchanged - len(added)))


def _resend_reasons(plan: Plan, reasons: Mapping[str, str]) -> Plan:
    """Say why a copy whose record did not change is sent again."""
    items = []
    for planned in plan.items:
        why = reasons.get(planned.record_id)
        if why is not None and planned.action == "update":
            reason = why if planned.reason == "published form changed" else (
                f"{planned.reason}; {why}")
            planned = attrs.evolve(planned, reason=reason)
        items.append(planned)
    return attrs.evolve(plan, items=items)
