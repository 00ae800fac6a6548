"""Records whose every text field holds something hostile, for the browser tests.

Each text field of every sample record (and of every part inside it: outcomes, quotes,
technique details, expertise claims...) is replaced by one of :data:`HOSTILE`, in turn, so
that each kind of attack lands in each kind of field somewhere in the set. Ids and reference
fields are kept, so links between records still resolve and the hostile titles appear on the
pages that link to them too. Addresses (``url``, ``uri``) get ``javascript:``/``data:`` ones.
Validation is deferred: a 10,000-character word is longer than any field allows, and an
importer or a pulled form item must still never be able to break a page.
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Iterator
from typing import Any

import attrs

from kmcore.records import _fields as f
from kmcore.records.base import Record

__all__ = ["HOSTILE", "HOSTILE_URLS", "hostile_records"]

#: Injected code, if it ever ran, would set this sentinel or call alert().
_PWN = "window.__kmcore_pwned=true;alert(1)"
HOSTILE: tuple[str, ...] = (
    f"<script>{_PWN}</script>",
    f'"><img src=x onerror="{_PWN}">',
    f"'><svg onload='{_PWN}'>",
    f"</script><script>{_PWN}</script>",
    f"</title></style></textarea><script>{_PWN}</script>",
    "javascript:alert(1)",
    "<!-- an unclosed comment",
    "\u202eevil\u202c right-to-left \u200f\u2066override\u2069",
    "Emoji \U0001F600\U0001F3E5\u200d\U0001F469\u200d\u2695\ufe0f",
    "{{ 7*7 }} {% if true %}jinja{% endif %} ${7*7}",
    "\u2028line\u2029separators & \"quotes\" 'apostrophes' ]]>",
    "W" * 10_000,
)
HOSTILE_URLS: tuple[str, ...] = (
    "javascript:alert(1)",
    "JaVaScRiPt:window.__kmcore_pwned=true",
    "data:text/html,<script>alert(1)</script>",
    " javascript:alert(1)",
    "vbscript:msgbox(1)",
)


def hostile_records(records: list[Record]) -> list[Record]:
    texts = itertools.cycle(HOSTILE)
    urls = itertools.cycle(HOSTILE_URLS)
    with f.deferred_validation():
        return [_spoil(r, texts, urls) for r in records]


def _spoil(obj: Any, texts: Iterator[str], urls: Iterator[str]) -> Any:
    changes: dict[str, Any] = {}
    for field in attrs.fields(type(obj)):
        if field.name in ("id", "revision") or f.info(field).rel:
            continue
        value = getattr(obj, field.name)
        changes[field.name] = _spoil_value(field.name, value, texts, urls)
    return attrs.evolve(obj, **changes)


def _spoil_value(name: str, value: Any, texts: Iterator[str], urls: Iterator[str]) -> Any:
    if isinstance(value, enum.Enum | bool) or value is None:
        return value
    if isinstance(value, str):
        return next(urls) if name in ("url", "uri") else next(texts)
    if isinstance(value, tuple):
        if not value and name in ("keywords", "insights", "barriers"):
            return (next(texts), next(texts))
        return tuple(_spoil_value(name, v, texts, urls) for v in value)
    if attrs.has(type(value)):
        return _spoil(value, texts, urls)
    return value
