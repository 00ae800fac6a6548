"""Turning what went wrong with one item into the :class:`ItemResult` the engine records."""

from __future__ import annotations

from kmcore.errors import BackendError, KmcoreError
from kmcore.sync.model import Item, ItemResult

__all__ = ["error_text", "result_from_exception"]


def error_text(item: Item, exc: KmcoreError) -> str:
    """The error in words a librarian can act on: which record (once), what, and the hint."""
    subject = f"{item.record_type} {item.record_id}"
    text = f"{exc.message} ({exc.hint})" if exc.hint else exc.message
    return text if text.startswith(subject) else f"{subject}: {text}"


def result_from_exception(item: Item, exc: KmcoreError) -> ItemResult:
    """The failed :class:`ItemResult` for *item* that *exc* stands for.

    A :class:`~kmcore.errors.BackendError` decides by its ``retryable`` and ``conflict``
    attributes (set from the HTTP status by :mod:`kmcore.http`, or by the backend raising it);
    any other kmcore error is a failure that the next sync would only repeat (a record the
    target cannot express, a wrong setting), so it is not retryable.
    """
    retryable = isinstance(exc, BackendError) and exc.retryable
    conflict = isinstance(exc, BackendError) and exc.conflict
    return ItemResult(record_id=item.record_id, ok=False, error=error_text(item, exc),
                      retryable=retryable and not conflict, conflict=conflict)
