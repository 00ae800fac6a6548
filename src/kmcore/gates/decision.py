"""What a publication gate is handed and what it answers: :class:`PublishDecision`, :class:`Block`.

These are the types of the ``kmcore_before_publish`` hook. They know the target only through
its :class:`~kmcore.sync.model.TargetConfig` (``name``, ``audience``, ``statuses``...), which
they read and never import at run time: the gates sit below the sync engine.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import attrs

from kmcore.records.base import Record

if TYPE_CHECKING:
    from kmcore.sync.model import TargetConfig

__all__ = ["Block", "PublishDecision"]


@attrs.frozen(kw_only=True)
class Block:
    """Why a gate stops a record from going to a target.

    :ivar gate: which gate (``visibility``, ``pii``, ``consent``...).
    :ivar reason: plain English, never quoting the sensitive value itself.
    :ivar path: where in the record (``$.summary``), with ``position`` (character offset).
    """

    gate: str
    reason: str
    path: str = "$"
    position: int | None = None


@attrs.define
class PublishDecision:
    """Handed to every ``kmcore_before_publish`` implementation for one record and target.

    A gate calls :meth:`block` to stop the record, or :meth:`replace` to publish a changed
    copy instead (a quote removed because consent was withdrawn). Later gates see the
    replacement. Nothing a gate does changes the stored record.
    """

    record: Record
    original: Record
    target: TargetConfig
    blocks: list[Block] = attrs.field(factory=list)
    notes: list[str] = attrs.field(factory=list)

    def block(self, gate: str, reason: str, *, path: str = "$",
              position: int | None = None) -> None:
        """Stop this record from going to this target, saying why."""
        self.blocks.append(Block(gate=gate, reason=reason, path=path, position=position))

    def replace(self, record: Record, note: str) -> None:
        """Publish *record* instead (same id and type); *note* says what changed and why."""
        if record.id != self.original.id or record.record_type != self.original.record_type:
            raise ValueError("a gate may change a record's content, not its id or type")
        self.record = record
        self.notes.append(note)

    @property
    def blocked(self) -> bool:
        return bool(self.blocks)

    def __iter__(self) -> Iterator[Block]:
        return iter(self.blocks)
