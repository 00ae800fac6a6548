"""Rich text that a web platform or SharePoint exported as HTML, read back as a person reads it.

A SharePoint list's "enhanced rich text" column, or an ideas platform's description, comes out
of its CSV export as the HTML behind the text: ``<div>Video slots for follow-ups<br>Phase 1 =
Ward 2</div>``, ``Friends &amp; Family Test``, ``pads&#160;- fewer errors``. A person looking
at the list sees the text: the tags gone, a ``<br>`` or the end of a paragraph or block a line
break, the entities the characters they stand for. :func:`html_text` does the same (D1501).

A cell is taken as HTML only when it holds a tag of HTML's own (``<div>``, ``<p>``, ``<br/>``,
``<span style=...>``, ``</li>``...): "x < y", "<5 days" or "score >3" are ordinary text and
kept as written. Outside HTML, only a whole character reference (``&amp;``, ``&#39;``,
``&nbsp;``: an ampersand, a name or number, and a semicolon) is decoded; "A&E", "R&D" and
"Tom & Jerry" are not references and stay. A non-breaking space is read as a space.

The check is two ``in`` tests, so the cells of a 100,000-row sheet that have neither ``<``
nor ``&`` cost nothing.
"""

from __future__ import annotations

import html
import re
from html.entities import html5

__all__ = ["html_text"]

#: Tags that start a new line where they stand (a person sees the text break there).
_BLOCK = ("br|p|div|li|ul|ol|tr|table|tbody|thead|h[1-6]|blockquote|pre|hr|dl|dt|dd|"
          "section|article|header|footer")
#: Tags of HTML's own that rich-text editors write; only these make a cell HTML.
_INLINE = ("a|abbr|b|big|code|em|font|i|img|s|small|span|strike|strong|sub|sup|u|del|ins|"
           "mark|label|td|th|o:p|col|colgroup|caption|cite|q")
_TAG = re.compile(rf"</?(?:{_BLOCK}|{_INLINE})(?:\s[^<>]*)?/?>", re.I)
_BREAK = re.compile(rf"</?(?:{_BLOCK})(?:\s[^<>]*)?/?>", re.I)
_ANY_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>|<!--.*?-->", re.S)
#: A whole character reference: ``&amp;``, ``&#160;``, ``&#x2013;``.
_REFERENCE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0]+")


def _reference(found: re.Match[str]) -> str:
    ref = found[0]
    if ref[1] != "#" and ref[1:] not in html5:  # "&ampxyz;" is no entity of HTML's
        return ref
    text = html.unescape(ref)
    return " " if text == "\u00a0" else text


def html_text(text: str) -> str:
    """*text* as a person reads it when it is HTML (tags gone, blocks and ``<br>`` line
    breaks, entities decoded), or with only its whole character references decoded when
    it is not (see the module docstring)."""
    if "<" in text and _TAG.search(text):
        # As a browser shows it: the file's own line breaks and runs of spaces are one space
        # (the tags say where lines break), then each block and <br> starts a line.
        flat = _SPACES.sub(" ", text)
        broken = _BREAK.sub("\n", flat)
        bare = _ANY_TAG.sub("", broken)
        decoded = html.unescape(bare).replace("\u00a0", " ")
        lines = (" ".join(line.split()) for line in decoded.split("\n"))
        return "\n".join(line for line in lines if line)
    if "&" in text and ";" in text:
        return _REFERENCE.sub(_reference, text)
    return text
