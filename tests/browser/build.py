"""Drive an :class:`HtmlSiteTarget` the way the sync engine does, for tests and screenshots.

The engine decides what to send (plan, ledger, gates); these helpers just send every record
as ``create`` (or the given items) in batches and call ``finish`` with what changed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from kmcore import codec
from kmcore.kb import KnowledgeBase
from kmcore.publish.html import HtmlSiteTarget
from kmcore.records.base import Record
from kmcore.records.vocab import Visibility
from kmcore.sync.model import Item, ItemResult, SyncContext, TargetConfig


def content_hash(record: Record) -> str:
    return hashlib.sha256(codec.dumps(record).encode("utf-8")).hexdigest()


def make_target(kb: KnowledgeBase, path: Path | str, **settings: Any) -> HtmlSiteTarget:
    config = TargetConfig(name="intranet", backend="html", audience=Visibility.ORGANISATION,
                          settings={"path": str(path), **settings})
    return HtmlSiteTarget(config, kb)


def items_for(records: Iterable[Record], op: str = "create") -> list[Item]:
    return [Item(op=op, record_type=r.record_type, record_id=r.id, record=r,  # type: ignore[arg-type]
                 content_hash=content_hash(r)) for r in records]


def publishable(records: Iterable[Record], audience: Visibility = Visibility.ORGANISATION
                ) -> list[Record]:
    """What a visibility gate would let through to an organisation-wide site."""
    return [r for r in records if r.visibility.rank >= audience.rank]


def run(target: HtmlSiteTarget, items: Sequence[Item], published: Mapping[str, Record]
        ) -> list[ItemResult]:
    results: list[ItemResult] = []
    size = target.batch_size
    for start in range(0, len(items), size):
        results.extend(target.apply(items[start:start + size]))
    failed = [r for r in results if not r.ok]
    assert not failed, failed[:3]
    target.finish(SyncContext(kb=target.kb, published=published,
                              changed=frozenset(i.record_id for i in items)))
    return results


def build(kb: KnowledgeBase, path: Path | str, records: Iterable[Record] | None = None,
          **settings: Any) -> tuple[HtmlSiteTarget, dict[str, Record]]:
    """Publish *records* (default: every record an organisation site may show) to a site."""
    chosen = publishable(kb.records() if records is None else records)
    published = {r.id: r for r in chosen}
    target = make_target(kb, path, **settings)
    run(target, items_for(chosen), published)
    return target, published
