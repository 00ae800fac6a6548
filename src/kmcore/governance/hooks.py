"""Built-in plugin: governance's part in a sync (``kmcore.governance.hooks``).

The sync engine knows nothing of governance: it tells every plugin that a run ended
(``kmcore_after_sync``), and this plugin finishes the erasures that were waiting for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kmcore.hookspecs import hookimpl

if TYPE_CHECKING:
    from kmcore.kb import KnowledgeBase
    from kmcore.sync.model import TargetConfig

__all__ = ["kmcore_after_sync"]


@hookimpl
def kmcore_after_sync(kb: KnowledgeBase, target: TargetConfig) -> None:
    """A person erased since the last run has now been withdrawn from *target*: take their
    id and name out of its ledger and reports too
    (:func:`kmcore.governance.traces.settle_erasures`)."""
    from kmcore.governance.traces import settle_erasures

    settle_erasures(kb, target.name)
