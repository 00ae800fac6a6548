"""Publication gates: may this record go to this target, and in what form?

The sync engine calls :func:`evaluate` once per record per target before anything leaves the
machine. Gates are plugins implementing ``kmcore_before_publish``; the built-in ones
(:mod:`kmcore.builtin.gates`: status, visibility, people, consent and the PII guard of
:mod:`kmcore.guard.pii`) register through the same hook. ``docs/privacy.md`` says what each
gate does and how a librarian clears a PII flag (``kmcore review``).

Fail closed: a gate that raises blocks the record for that target ("gate NAME failed: ..."),
and the other gates still run, so one broken plugin can neither let a record through nor hide
the other reasons it is blocked.
"""

from __future__ import annotations

import logging
import re
import traceback
from typing import TYPE_CHECKING

from kmcore.sync.model import PublishDecision, TargetConfig

if TYPE_CHECKING:
    from kmcore.plugins import Plugins
    from kmcore.records.base import Record

__all__ = ["BUILTIN_GATES", "HOOK", "evaluate", "failure_reason"]

log = logging.getLogger("kmcore.guard")

#: The hook every gate implements.
HOOK = "kmcore_before_publish"
#: The built-in plugin holding kmcore's own gates; if it is meant to load but did not,
#: every record is blocked rather than published ungated.
BUILTIN_GATES = "kmcore.builtin.gates"

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
    :return: a :class:`~kmcore.sync.model.PublishDecision`; ``decision.blocked`` with
        ``decision.blocks``, or ``decision.record`` (maybe a redacted copy, see
        ``decision.notes``) to publish.
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
    return decision
