"""Running the publication gates for the sync engine, and what the engine decides itself.

The gates (``kmcore_before_publish`` plugins, run by :func:`kmcore.guard.evaluate`) decide
whether a record may leave the machine for a target, and in what form; the built-in ones
include the editorial status rule (``statuses``, ``published`` by default) and the
visibility rule (``audience``). Before them the engine applies one rule of its own: the
record types the target takes (``record_types``).

**Assumption the engine relies on:** a gate's decision depends only on the record and the
target's configuration (and the gate's own code), never on the clock, other records or the
network. That is what lets an unchanged sync skip parsing and gating unchanged record files:
the ledger remembers, per record, the file content it last decided on, and
:func:`gates_key` identifies the gate code and target configuration the decisions were made
under; when either changes, every record is checked again.
"""

from __future__ import annotations

import hashlib
import inspect
import os
import sys
from typing import TYPE_CHECKING

from kmcore.records.base import Record
from kmcore.records.vocab import ProvenanceSource, Status
from kmcore.sync.model import Block, PublishDecision, TargetConfig

if TYPE_CHECKING:
    from kmcore.plugins import Plugins

__all__ = ["eligibility", "evaluate", "gates_key"]


def eligibility(record: Record, target: TargetConfig) -> Block | None:
    """The engine's own rules, before any gate: the record types the target takes, and no
    draft brought in from this very target goes back to it before a librarian reviewed it
    (people have no editorial status, so the status gate alone would let a pulled person
    straight back out, as a second copy of the form item it came from)."""
    if target.record_types and record.record_type not in target.record_types:
        return Block(gate="record_types", reason="this target does not take this record type")
    provenance = record.provenance
    if (
        provenance.source == ProvenanceSource.PULLED
        and provenance.source_ref.startswith(f"{target.name}:")
        and record.status == Status.DRAFT
    ):
        return Block(gate="status", reason="brought in from this target as a draft: review "
                     "it and set its status to published to publish it", path="$.status")
    return None


def evaluate(record: Record, target: TargetConfig, plugins: Plugins) -> PublishDecision:
    """Run every publication gate on *record* for *target* (:func:`kmcore.guard.evaluate`);
    the decision says whether it is blocked and what to send."""
    from kmcore.guard import evaluate as run_gates

    decision = run_gates(record, target, plugins)
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
    import kmcore.guard

    folder = os.path.dirname(kmcore.guard.__file__ or "")
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
