"""Publication gates: may this record go to this target, and in what form?

Everything about gates lives here, below the sync engine and above the records and the PII
detector (:mod:`kmcore.guard`):

- :mod:`kmcore.gates.decision`: the types a gate works with, :class:`PublishDecision` and
  :class:`Block` (the ``kmcore_before_publish`` hook's argument);
- :mod:`kmcore.gates.builtin`: kmcore's own gates (status, visibility, confidentiality,
  person, consent, PII, clearances), a built-in plugin registered through the same hook as
  anybody's;
- :mod:`kmcore.gates.evaluation`: :func:`evaluate` (run every gate on one record for one
  target, failing closed), :func:`eligibility` (the engine's own rules, before any gate) and
  :func:`gates_key` (what the sync engine's cache of decisions depends on).

``docs/privacy.md`` says what each gate does and how a librarian clears a PII flag
(``kmcore review``)::

    from kmcore.gates import evaluate

    decision = evaluate(record, target_config, kb.plugins)
    if decision.blocked:
        print([block.reason for block in decision.blocks])
"""

from __future__ import annotations

from kmcore.gates.decision import Block, PublishDecision
from kmcore.gates.evaluation import (
    BUILTIN_GATES,
    HOOK,
    eligibility,
    evaluate,
    failure_reason,
    gates_key,
)

__all__ = [
    "BUILTIN_GATES",
    "HOOK",
    "Block",
    "PublishDecision",
    "eligibility",
    "evaluate",
    "failure_reason",
    "gates_key",
]
