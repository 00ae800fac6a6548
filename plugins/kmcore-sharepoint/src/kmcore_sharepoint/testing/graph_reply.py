"""The fake Graph's answers: a reply tuple, Graph's error body, and the refusal raised
half-way through a request."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from kmcore_sharepoint.testing.model import now

__all__ = ["Refused", "Reply", "graph_error", "header_of"]

#: ``(status, headers, body)``, as :meth:`GraphState.handle` answers.
Reply = tuple[int, dict[str, str], Any]


def graph_error(status: int, code: str, message: str, headers: Mapping[str, str] | None = None
                ) -> Reply:
    return status, dict(headers or {}), {"error": {
        "code": code, "message": message,
        "innerError": {"date": now(), "request-id": str(uuid.uuid4())},
    }}


class Refused(Exception):
    """Raised by a route to answer *reply* at once (a permission or a precondition)."""

    def __init__(self, reply: Reply) -> None:
        super().__init__(reply[0])
        self.reply = reply


def header_of(headers: Mapping[str, str], name: str) -> str | None:
    """A request header, whatever its case."""
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value
    return None
