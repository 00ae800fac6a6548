"""What the intranet may show: exactly what kmcore would publish to a target for the trust's
own staff.

An intranet page is a publication like any other, so the app asks kmcore's publication gates
(``kmcore.gates.evaluate``, the same ones ``kmcore sync`` runs) about every record before it
shows it, as if the app were a target with ``audience = "organisation"``. Drafts, records in
review, private records, exit interviews, people without an opt-in directory profile and
records with an open patient-identifier flag are never shown, and a quote whose consent was
withdrawn is removed from the copy shown: the app cannot drift from the knowledge base's
privacy rules, because it does not have rules of its own.
"""

from __future__ import annotations

from kmcore.gates import evaluate
from kmcore.kb import KnowledgeBase
from kmcore.records.base import Record
from kmcore.records.vocab import Visibility
from kmcore.sync.model import TargetConfig

__all__ = ["INTRANET", "Shown", "shown"]

#: The app as kmcore sees it: a target for everybody in the organisation, taking records in
#: the published status only. (``backend`` is only a label here: nothing is synced.)
INTRANET = TargetConfig(name="intranet-app", backend="flask", audience=Visibility.ORGANISATION)


class Shown:
    """Remembers the gates' answers for one request, so each record is checked once."""

    def __init__(self, kb: KnowledgeBase, target: TargetConfig = INTRANET) -> None:
        self.kb = kb
        self.target = target
        self._cache: dict[str, Record | None] = {}

    def record(self, record: Record) -> Record | None:
        """The copy of *record* the intranet may show (maybe redacted), or None."""
        if record.id not in self._cache:
            decision = evaluate(record, self.target, self.kb.plugins)
            self._cache[record.id] = None if decision.blocked else decision.record
        return self._cache[record.id]

    def by_id(self, record_id: str) -> Record | None:
        """The record with this id, as it may be shown; None if unknown or not shown."""
        from kmcore.errors import KmcoreError

        if record_id in self._cache:
            return self._cache[record_id]
        try:
            record = self.kb.get(record_id)
        except KmcoreError:  # an unknown or malformed id is simply not there
            return None
        return self.record(record)


def shown(kb: KnowledgeBase) -> Shown:
    """A fresh :class:`Shown` for one request."""
    return Shown(kb)
