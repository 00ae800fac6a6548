"""Running the publication gates: :func:`evaluate`, and what the sync engine relies on.

The sync engine calls :func:`evaluate` once per record per target before anything leaves the
machine. Gates are plugins implementing ``kmcore_before_publish``; the built-in ones
(:mod:`kmcore.gates.builtin`) register through the same hook. Before them the engine applies
rules of its own (:func:`eligibility`).

Fail closed: a gate that raises blocks the record for that target ("gate NAME failed: ..."),
and the other gates still run, so one broken plugin can neither let a record through nor hide
the other reasons it is blocked.

**Assumption the engine relies on:** a gate's decision depends only on the record and the
target's configuration (and the gate's own code), never on the clock, other records or the
network. That is what lets an unchanged sync skip parsing and gating unchanged record files:
the ledger remembers, per record, the file content it last decided on, and :func:`gates_key`
identifies the gate code and target configuration the decisions were made under; when either
changes, every record is checked again.
"""

from __future__ import annotations

import hashlib
import inspect
import logging
import os
import re
import sys
import traceback
from typing import TYPE_CHECKING

from kmcore.gates.decision import Block, PublishDecision
from kmcore.records.vocab import ProvenanceSource, Status

if TYPE_CHECKING:
    from kmcore.plugins import Plugins
    from kmcore.records.base import Record
    from kmcore.sync.model import TargetConfig

__all__ = ["BUILTIN_GATES", "HOOK", "eligibility", "evaluate", "failure_reason", "gates_key"]

# The logger keeps the name the privacy guide documents.
log = logging.getLogger("kmcore.guard")

#: The hook every gate implements.
HOOK = "kmcore_before_publish"
#: The built-in plugin holding kmcore's own gates; if it is meant to load but did not,
#: every record is blocked rather than published ungated.
BUILTIN_GATES = "kmcore.gates.builtin"

_DIGIT_RUN = re.compile(r"\d(?:[\d \u00a0/.-]*\d)?")


def failure_reason(gate: str, exc: BaseException) -> str:
    """``gate NAME failed: ValueError: ...`` with every run of digits masked.

    A gate's exception message may quote the text it was looking at; masking digits keeps a
    patient identifier in that text out of the report and the log.
    """
    text = " ".join(str(exc).split())
    text = _DIGIT_RUN.sub(lambda m: "•" * min(len(m.group(0)), 3), text)
    if len(text) > 200:
        text = text[:199] + "…"
    kind = type(exc).__name__
    return f"gate {gate} failed: {kind}: {text}" if text else f"gate {gate} failed: {kind}"


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
    """Ask every gate about *record* for *target*; the decision says blocked or what to send.

    Each plugin's ``kmcore_before_publish`` runs on its own: kmcore's built-in gates first,
    then the others in pluggy's order. One that raises is logged (plugin name, the message
    with digits masked, and the traceback's file and line entries) and blocks the record for
    this target with the reason ``gate PLUGIN failed: ...``; the others still run. Nothing
    is written anywhere.

    :param record: the record as stored.
    :param target: the target's configuration (its ``audience``, ``statuses``...).
    :param plugins: the process's plugins (``kb.plugins`` or :func:`kmcore.plugins.get_plugins`).
    :return: a :class:`~kmcore.gates.PublishDecision`; ``decision.blocked`` with
        ``decision.blocks``, or ``decision.record`` (maybe a redacted copy, see
        ``decision.notes``) to publish.
    :raises ValueError: a gate changed the record's id or type.
    """
    decision = PublishDecision(record=record, original=record, target=target)
    caller = getattr(plugins.load().pm.hook, HOOK)
    # get_hookimpls() lists implementations in reverse call order: reverse it back to
    # pluggy's own order. Wrappers are skipped: each plugin is called on its own (as for
    # every kmcore hook), so a wrapper could only wrap its own implementation anyway.
    impls = [i for i in reversed(caller.get_hookimpls()) if not (i.wrapper or i.hookwrapper)]
    # kmcore's own gates first, whenever the others were registered (stable sort).
    builtins = set(plugins.builtins)
    impls.sort(key=lambda impl: impl.plugin_name not in builtins)
    if BUILTIN_GATES in builtins and all(i.plugin_name != BUILTIN_GATES for i in impls):
        # The built-in gates failed to load: publishing without them would fail open.
        failure = next((f for f in plugins.failures() if f.name == BUILTIN_GATES), None)
        why = failure.error if failure is not None else "it is not loaded"
        decision.block(BUILTIN_GATES, failure_reason(BUILTIN_GATES, RuntimeError(why)))
    for impl in impls:
        kwargs = {"decision": decision}
        try:
            impl.function(*[kwargs[name] for name in impl.argnames])
        except Exception as exc:
            reason = failure_reason(impl.plugin_name, exc)
            frames = "".join(traceback.format_tb(exc.__traceback__))
            log.warning("publication gate %r failed for %s %r on target %r: %s\n%s",
                        impl.plugin_name, record.record_type, record.id, target.name, reason,
                        frames)
            decision.block(impl.plugin_name, reason)
    # PublishDecision.replace refuses this already; a gate assigning decision.record directly
    # would get past it, and the engine must never publish one record under another's id.
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


def _folder_stamp(label: str, folder: str) -> str:
    try:
        stamps = sorted(
            f"{e.name}:{e.stat().st_mtime_ns}" for e in os.scandir(folder)
            if e.name.endswith(".py")
        )
    except OSError:
        stamps = ["?"]
    return f"{label}:" + ",".join(stamps)


def gates_key(target: TargetConfig, plugins: Plugins) -> str:
    """Changes whenever a decision might: kmcore's version, the gates' code, the target's
    configuration. Stored in the ledger; a different key makes the next sync check every
    record again (it still sends only what really changed)."""
    import kmcore.gates
    import kmcore.guard
    from kmcore import __version__

    parts = [__version__, repr((target.name, target.backend, str(target.audience),
                                target.conflict_policy, target.record_types, target.statuses))]
    parts.append(repr(sorted(target.settings.items(), key=lambda kv: kv[0])))
    for package in (kmcore.guard, kmcore.gates):
        parts.append(_folder_stamp(package.__name__, os.path.dirname(package.__file__ or "")))
    # Gates from plugins: which plugins implement the hook, and when their code last changed.
    hook = getattr(plugins.load().pm.hook, HOOK, None)
    if hook is not None:
        for impl in hook.get_hookimpls():
            parts.append(f"{impl.plugin_name}={_module_stamp(type(impl.plugin).__module__)}"
                         f"/{_module_stamp(getattr(impl.plugin, '__name__', ''))}")
    return hashlib.blake2b("\n".join(parts).encode(), digest_size=16).hexdigest()
