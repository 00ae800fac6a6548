"""Running the publication gates for the sync engine, and what the engine decides itself.

The gates (``kmcore_before_publish`` plugins, run by :func:`kmcore.guard.evaluate`) decide
whether a record may leave the machine for a target, and in what form. Before them the engine
applies two rules of its own that come from the target's configuration: the record types it
takes and, for knowledge records, the editorial statuses it takes (``published`` by default).

**Assumption the engine relies on:** a gate's decision depends only on the record and the
target's configuration (and the gate's own code), never on the clock, other records or the
network. That is what lets an unchanged sync skip parsing and gating unchanged record files:
the ledger remembers, per record, the file content it last decided on, and
:func:`gates_key` identifies the gate code and target configuration the decisions were made
under; when either changes, every record is checked again.
"""

from __future__ import annotations

import hashlib
import importlib
import inspect
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from kmcore.records.base import KnowledgeRecord, Record
from kmcore.records.vocab import Visibility
from kmcore.sync.model import Block, PublishDecision, TargetConfig

if TYPE_CHECKING:
    from kmcore.plugins import Plugins

__all__ = ["eligibility", "evaluate", "gates_key", "visibility_width"]

_WIDTH = {
    Visibility.PRIVATE: 0,
    Visibility.ORGANISATION: 1,
    Visibility.NHS: 2,
    Visibility.PUBLIC: 3,
}


def visibility_width(visibility: Visibility | str) -> int:
    """How widely a visibility lets a record be seen: private 0 ... public 3."""
    try:
        return _WIDTH[Visibility(visibility)]
    except ValueError:
        return 0  # unknown values are treated as the narrowest


def eligibility(record: Record, target: TargetConfig) -> Block | None:
    """The engine's own rule, before any gate: the record types the target takes."""
    if target.record_types and record.record_type not in target.record_types:
        return Block(gate="record_types", reason="this target does not take this record type")
    return None


def _fallback(record: Record, target: TargetConfig, plugins: Plugins) -> PublishDecision:
    """Stand-in used only while :mod:`kmcore.guard` is missing: status and visibility."""
    decision = PublishDecision(record=record, original=record, target=target)
    if isinstance(record, KnowledgeRecord) and str(record.status) not in target.statuses:
        decision.block("status", f"not published yet (status {record.status})",
                       path="$.status")
    if visibility_width(record.visibility) < visibility_width(target.audience):
        decision.block(
            "visibility",
            f"visible to {record.visibility} only; this target's audience is {target.audience}",
            path="$.visibility",
        )
    return decision


def _guard() -> Callable[[Record, TargetConfig, Plugins], PublishDecision] | None:
    try:
        module = importlib.import_module("kmcore.guard")
    except ImportError:
        return None
    found: Callable[[Record, TargetConfig, Plugins], PublishDecision] | None = getattr(
        module, "evaluate", None)
    return found


def evaluate(record: Record, target: TargetConfig, plugins: Plugins) -> PublishDecision:
    """Run every publication gate on *record* for *target*; the decision says what to send."""
    run = _guard() or _fallback
    decision = run(record, target, plugins)
    if decision.record.id != record.id or decision.record.record_type != record.record_type:
        raise ValueError("a gate changed a record's id or type")
    return decision


def _module_stamp(module_name: str) -> str:
    module = sys.modules.get(module_name)
    try:
        path = inspect.getfile(module) if module is not None else "?"
        return f"{module_name}@{path}:{os.stat(path).st_mtime_ns}"
    except (TypeError, OSError):
        return f"{module_name}:?"


def gates_key(target: TargetConfig, plugins: Plugins) -> str:
    """Changes whenever a decision might: kmcore's version, the gates' code, the target's
    configuration. Stored in the ledger; a different key makes the next sync check every
    record again (it still sends only what really changed)."""
    from kmcore import __version__

    parts = [__version__, repr((target.name, target.backend, str(target.audience),
                                target.conflict_policy, target.record_types, target.statuses))]
    parts.append(repr(sorted(target.settings.items(), key=lambda kv: kv[0])))
    guard = _guard()
    if guard is None:
        parts.append("gates: visibility only")
    else:
        package = sys.modules.get("kmcore.guard")
        folder = os.path.dirname(getattr(package, "__file__", "") or "")
        try:
            stamps = sorted(
                f"{e.name}:{e.stat().st_mtime_ns}" for e in os.scandir(folder)
                if e.name.endswith(".py")
            )
        except OSError:
            stamps = ["?"]
        parts.append("guard:" + ",".join(stamps))
    # Gates from plugins: which plugins implement the hook, and when their code last changed.
    hook = getattr(plugins.load().pm.hook, "kmcore_before_publish", None)
    if hook is not None:
        for impl in hook.get_hookimpls():
            parts.append(f"{impl.plugin_name}={_module_stamp(type(impl.plugin).__module__)}"
                         f"/{_module_stamp(getattr(impl.plugin, '__name__', ''))}")
    return hashlib.blake2b("\n".join(parts).encode(), digest_size=16).hexdigest()
