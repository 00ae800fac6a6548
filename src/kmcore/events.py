"""Events the knowledge base tells plugins about (:func:`~kmcore.hookspecs.kmcore_record_changed`).

Kept apart from :mod:`kmcore.hookspecs` so that the contract file holds only hook
specifications, and light enough (attrs only; records are referenced by annotation) that the
knowledge base can build a :class:`RecordChange` for every write without cost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import attrs

if TYPE_CHECKING:
    from kmcore.records.base import Record

__all__ = ["RECORD_OPS", "RecordChange"]

#: The operations a :class:`RecordChange` can describe.
RECORD_OPS: tuple[str, ...] = ("add", "update", "delete")


@attrs.frozen(kw_only=True)
class RecordChange:
    """One record added, updated or deleted, after the store has made the change durable.

    :ivar op: ``"add"``, ``"update"`` or ``"delete"``.
    :ivar record_type: the record type name (``"lesson"``).
    :ivar record_id: the record's id.
    :ivar record: the record as stored now (with its new ``revision``); ``None`` for a delete.
    :ivar previous: the record as it was before; ``None`` for an add.
    """

    op: Literal["add", "update", "delete"] = attrs.field(
        validator=attrs.validators.in_(RECORD_OPS)
    )
    record_type: str
    record_id: str
    record: Record | None = None
    previous: Record | None = None
