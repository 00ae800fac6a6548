"""Making untrusted record text safe in the places the site puts it.

Everything a record holds is written by people (or imported), so every value is treated as
hostile: HTML goes through jinja2's autoescape, JSON inside ``<script>`` through
:func:`script_json`, and addresses through :func:`safe_url`, which lets only ``http`` and
``https`` links through (a ``javascript:`` or ``data:`` address is shown as text).
"""

from __future__ import annotations

import json
import re
from typing import Any

from markupsafe import Markup

__all__ = ["safe_url", "script_json", "script_json_text"]

# Characters that could end a <script> element, open an HTML comment or (U+2028/2029) end a
# JavaScript string in older engines. Escaped as \uXXXX, which JSON and JavaScript read back
# as the same characters, so the data is unchanged for the reader.
_SCRIPT_UNSAFE = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_SCRIPT_UNSAFE_RE = re.compile("[<>&\u2028\u2029]")
# Browsers strip ASCII tab/newline anywhere in a URL and leading C0 controls and spaces
# before reading the scheme ("java\tscript:" is javascript:), so the check does the same.
_STRIPPED = re.compile(r"[\t\n\r]")
_SCHEME_RE = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")


def script_json_text(value: Any) -> str:
    """*value* as JSON that is safe inside ``<script>`` (no ``</script>``, ``<!--``...)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return _SCRIPT_UNSAFE_RE.sub(lambda m: _SCRIPT_UNSAFE[m.group()], text)


def script_json(value: Any) -> Markup:
    """:func:`script_json_text`, marked safe for a jinja2 template."""
    return Markup(script_json_text(value))  # escaped above for <script>


def safe_url(value: object) -> str | None:
    """*value* when it is an absolute ``http``/``https`` address, else None (show as text)."""
    if not isinstance(value, str):
        return None
    cleaned = _STRIPPED.sub("", value).lstrip("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c"
                                              "\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18"
                                              "\x19\x1a\x1b\x1c\x1d\x1e\x1f ")
    match = _SCHEME_RE.match(cleaned)
    if not match or match.group(1).lower() not in ("http", "https"):
        return None
    rest = cleaned[match.end():]
    if not rest.startswith("//") or len(rest) <= 2 or any(c.isspace() for c in cleaned):
        return None
    return cleaned
