"""Moving records from the knowledge base to targets: plan, gates, apply, ledger, report.

See :mod:`kmcore.sync.model` for the contract between the engine and target backends, and
``docs/sync.md`` for the whole story::

    from kmcore.sync import plan_target, sync

    with kmcore.open("path/to/kb") as kb:
        for report in sync(kb, dry_run=True):    # one RunReport per [targets.NAME]
            print(report.render_text())

Names are imported on first use, so importing :mod:`kmcore.sync.model` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kmcore.sync.config import load_target_configs
    from kmcore.sync.engine import plan_target, sync
    from kmcore.sync.report import RunReport

__all__ = ["RunReport", "load_target_configs", "plan_target", "sync"]

_EXPORTS = {
    "sync": "kmcore.sync.engine",
    "plan_target": "kmcore.sync.engine",
    "load_target_configs": "kmcore.sync.config",
    "RunReport": "kmcore.sync.report",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'kmcore.sync' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
