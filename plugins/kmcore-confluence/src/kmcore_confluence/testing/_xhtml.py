"""How the fake checks storage format the way Confluence does: as XML, or "Error parsing xhtml".

Confluence parses a page body as XHTML with the ``ac:`` and ``ri:`` prefixes bound, and accepts
the named HTML entities (``&nbsp;``) its own editor writes; anything else that is not
well-formed XML is refused with HTTP 400 and a Woodstox message carrying ``[row,col]``
(reference: Atlassian's storage-format page and the "Error parsing xhtml" reports cited in
``docs/confluence.md``).
"""

from __future__ import annotations

import html.entities
import re
import xml.etree.ElementTree as ET

__all__ = ["AC_NS", "RI_NS", "xhtml_problem"]

AC_NS = "http://atlassian.com/content"
RI_NS = "http://atlassian.com/resource/identifier"
_XML_ENTITIES = {"amp", "lt", "gt", "quot", "apos"}
_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]*);")
_OPEN = f'<kmcore-root xmlns:ac="{AC_NS}" xmlns:ri="{RI_NS}">'


def _numeric(match: re.Match[str]) -> str:
    name = match.group(1)
    if name in _XML_ENTITIES:
        return match.group(0)
    code = html.entities.name2codepoint.get(name)
    # An unknown name is left alone, so the parser refuses it as Confluence does.
    return f"&#{code};" if code is not None else match.group(0)


def xhtml_problem(body: str) -> str | None:
    """None if *body* is acceptable storage format, else Confluence's style of message."""
    text = _ENTITY.sub(_numeric, body)
    try:
        ET.fromstring(_OPEN + text + "</kmcore-root>")
    except ET.ParseError as exc:
        row, col = exc.position
        # The wrapper adds no line, so rows match the body's own; columns on row 1 shift.
        if row == 1:
            col = max(1, col - len(_OPEN) + 1)
        reason = str(exc).split(": line", 1)[0]
        return f"Error parsing xhtml: {reason} at [row,col]: [{row},{col}]"
    return None
