"""Small pieces of the fake's wire format: query values, cursors, and page bodies."""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

from kmcore_confluence.testing._state import ApiError

__all__ = ["csv_values", "decode_cursor", "encode_cursor", "first", "v1_body", "v2_body"]


def first(q: dict[str, list[str]]) -> Callable[[str], str | None]:
    def get(name: str) -> str | None:
        values = q.get(name)
        return values[0] if values else None
    return get


def csv_values(values: list[str]) -> list[str]:
    return [part.strip() for v in values for part in v.split(",") if part.strip()]


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"fake-cursor:{offset}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        return int(text.split(":", 1)[1])
    except (ValueError, IndexError):
        raise ApiError(400, f"Invalid cursor: {cursor}") from None


def v2_body(body: dict[str, Any]) -> str:
    """``{"representation": "storage", "value": ...}`` or the nested ``{"storage": {...}}``."""
    raw = body.get("body") or {}
    if "storage" in raw:
        raw = raw["storage"]
    if raw.get("representation") != "storage":
        raise ApiError(400, "Only the storage representation is supported by this fake")
    return str(raw.get("value") or "")


def v1_body(body: dict[str, Any]) -> str:
    raw = (body.get("body") or {}).get("storage") or {}
    if raw.get("representation", "storage") != "storage":
        raise ApiError(400, "Only the storage representation is supported by this fake")
    return str(raw.get("value") or "")
