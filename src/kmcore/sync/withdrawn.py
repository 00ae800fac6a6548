"""What was withdrawn is named nowhere: pages that name a withdrawn record are drawn again.

A target draws links to other records from what is published on it (a Confluence page names
the people who led an innovation; a person's html page lists their lessons). When a record is
withdrawn from a target (deleted, set back to draft, blocked by a gate, a person who objected
to being listed), every *unchanged* record whose page names it would keep its name, since
the plan sends only records that changed. :func:`redraw_for_withdrawals` adds an ``update``
for each published record that references a withdrawn one, so the same sync draws its page
again without the name (the target's resolver no longer finds the withdrawn record).

Crash safety: the ids withdrawn by a run that died before its ``finish()`` (the ledger's
``unfinished`` ids no longer published) count as withdrawn again, so the redraws a killed run
did not get to are sent by the next one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from kmcore import gates
from kmcore.errors import KmcoreError
from kmcore.records.base import Record
from kmcore.sync.ledger import Entry, Ledger
from kmcore.sync.model import Item, Target, TargetConfig
from kmcore.sync.plan import ACTIONS, Plan, Planned

if TYPE_CHECKING:
    from kmcore.kb import KnowledgeBase

__all__ = ["REDRAW_REASON", "redraw_for_withdrawals", "withdrawn_ids"]

#: The reason shown for a redraw. It never names the withdrawn record: the report is read by
#: people who may not see it.
REDRAW_REASON = "drawn again: it named a record withdrawn from this target"


def withdrawn_ids(plan: Plan, ledger: Ledger) -> set[str]:
    """Ids this run withdraws, and ids withdrawn by a run that died before finishing."""
    found = {p.record_id for p in plan.items if p.item is not None and p.item.op == "delete"}
    for record_id in ledger.unfinished:
        entry = ledger.entries.get(record_id)
        if entry is None or entry.state != "published":
            found.add(record_id)
    return found


def redraw_for_withdrawals(kb: KnowledgeBase, cfg: TargetConfig, ledger: Ledger, plan: Plan,
                           target: Target | None = None) -> Plan:
    """*plan*, plus an ``update`` of every published record that references a withdrawn one
    (or a ``conflict`` when its copy was edited on the target: nothing is overwritten)."""
    withdrawn = withdrawn_ids(plan, ledger)
    if not withdrawn:
        return plan
    busy = {p.record_id for p in plan.items}
    candidates = {i: e for i, e in ledger.published() if i not in busy and i not in withdrawn}
    added: list[Planned] = []
    for record_id, entry, record in _referencing(kb, candidates, withdrawn):
        if gates.eligibility(record, cfg) is not None:
            continue
        decision = gates.evaluate(record, cfg, kb.plugins)
        if decision.blocked:
            continue  # held back anyway: its own delete is planned when its file changes
        added.append(Planned(
            action="update", record_type=entry.record_type, record_id=record_id,
            title=record.label, reason=REDRAW_REASON, notes=tuple(decision.notes),
            entry=attrs.evolve(entry, uncertain=False),
            item=Item(op="update", record_type=entry.record_type, record_id=record_id,
                      record=decision.record, content_hash=entry.content_hash,
                      remote_ref=entry.remote_ref, remote_version=entry.remote_version),
        ))
    if not added:
        return plan
    if target is not None:
        added = _edited_there(added, target, cfg, ledger)
    order = {a: i for i, a in enumerate(ACTIONS)}
    items = sorted([*plan.items, *added], key=lambda p: (order[p.action], p.record_type,
                                                          p.record_id))
    return attrs.evolve(plan, items=items, unchanged=plan.unchanged - len(added))


def _referencing(kb: KnowledgeBase, candidates: dict[str, Entry], withdrawn: set[str]
                 ) -> Iterable[tuple[str, Entry, Record]]:
    """The candidates whose record names a withdrawn id. A store with files is searched
    byte-wise first (a quoted id), so only the records that mention one are parsed."""
    path_of = getattr(kb.store, "path_of", None)
    needle = re.compile(b'"(?:' + b"|".join(re.escape(i.encode()) for i in sorted(withdrawn))
                        + b')"')
    for record_id in sorted(candidates):
        entry = candidates[record_id]
        if path_of is not None:
            try:
                data = path_of(entry.record_type, record_id).read_bytes()
            except (OSError, KmcoreError):
                continue
            if needle.search(data) is None:
                continue
        try:
            record = kb.store.get(entry.record_type, record_id)
        except KmcoreError:
            continue  # unreadable: the plan reports it; its page is left as it is
        if withdrawn & {ref.target for ref in record.references()}:
            yield record_id, entry, record


def _edited_there(added: list[Planned], target: Target, cfg: TargetConfig,
                  ledger: Ledger) -> list[Planned]:
    """Turn a redraw of a copy edited on the target into a conflict (unless overwrite)."""
    refs = [p.item.remote_ref for p in added if p.item is not None and p.item.remote_ref]
    if not refs or cfg.conflict_policy == "overwrite":
        return added
    try:
        versions = target.remote_versions(refs)
    except Exception as exc:
        raise KmcoreError(
            f"could not ask target {cfg.name!r} which of its items were edited there: "
            f"{type(exc).__name__}: {exc}",
            hint="Nothing was sent. Check that the target is reachable and try again.",
        ) from exc
    if versions is None:
        return added
    out = []
    for planned in added:
        item = planned.item
        assert item is not None
        entry = ledger.entries.get(planned.record_id)
        current = versions.get(item.remote_ref or "")
        if current is None or current == item.remote_version or (entry and entry.uncertain):
            out.append(planned)
            continue
        out.append(attrs.evolve(
            planned, action="conflict", item=None,
            reason="edited on the target since the last sync, and it names a record "
            "withdrawn from this target: left as it is there; remove that mention by hand "
            "(or set conflict_policy = \"overwrite\")"))
    return out
