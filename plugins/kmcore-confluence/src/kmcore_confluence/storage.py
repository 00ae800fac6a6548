"""Confluence storage format, built with ElementTree and checked by parsing it back.

Storage format is XHTML with ``ac:`` (macros, links) and ``ri:`` (resource identifiers)
prefixes. Pages are built as element trees whose tag and attribute names carry the prefix
literally (``ac:structured-macro``), so the serialiser escapes every text and attribute value
(``&``, ``<``, ``>``, ``"``) and writes no ``xmlns`` declarations, which Confluence does not
want in a body. Nothing is ever assembled by joining strings of markup.

Text that XML cannot hold at all (control characters, lone surrogates) is refused while
building, naming the record and the field, because no escaping can express it; the finished
body is then parsed again with ``ac``/``ri`` bound, as Confluence will, so a page Confluence
would refuse with "Error parsing xhtml" never leaves the machine.
"""

from __future__ import annotations

import html.entities
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable

from kmcore.backend import KmcoreError

__all__ = [
    "AC_NS",
    "RI_NS",
    "Builder",
    "StorageError",
    "check_storage",
    "marker_of",
    "serialise",
]

AC_NS = "http://atlassian.com/content"
RI_NS = "http://atlassian.com/resource/identifier"
# XML 1.0 Char production: tab, newline, carriage return and U+0020 up, minus surrogates
# and U+FFFE/U+FFFF.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_OPEN = f'<kmcore-storage xmlns:ac="{AC_NS}" xmlns:ri="{RI_NS}">'

#: Status lozenge colours the ``status`` macro accepts.
COLOURS = ("Grey", "Red", "Yellow", "Green", "Blue")


class StorageError(KmcoreError):
    """A record cannot be expressed in storage format; the message names record and field."""


class Builder:
    """Builds one page body; every text goes through :meth:`text` with the field it came from.

    :param subject: names the record in errors (``lesson lesson-2024-003``).
    """

    def __init__(self, subject: str) -> None:
        self.subject = subject
        self.root = ET.Element("kmcore-storage")
        self.field = "$"

    def clean(self, value: str, field: str | None = None) -> str:
        """*value* if XML can hold it; else a :class:`StorageError` naming record and field."""
        found = _ILLEGAL.search(value)
        if found:
            where = field or self.field
            raise StorageError(
                f"{self.subject}: {where}: contains a character XML cannot hold "
                f"(U+{ord(found.group()):04X} at position {found.start()}), so the page "
                "cannot be written in Confluence storage format",
                hint="Remove the control character from that field (it is often pasted in "
                "from another program) and sync again; nothing was sent for this record.",
            )
        return value

    def el(self, parent: ET.Element | None, tag: str, text: str | None = None,
           **attrs: str) -> ET.Element:
        """A child element of *parent* (the body's top level when None)."""
        node = ET.SubElement(self.root if parent is None else parent, tag,
                             {_attr(k): self.clean(v) for k, v in attrs.items()})
        if text is not None:
            node.text = self.clean(text)
        return node

    def append_text(self, parent: ET.Element, text: str) -> None:
        """Add *text* after *parent*'s last child (or as its text)."""
        text = self.clean(text)
        if len(parent):
            last = parent[-1]
            last.tail = (last.tail or "") + text
        else:
            parent.text = (parent.text or "") + text

    def macro(self, parent: ET.Element | None, name: str,
              params: Iterable[tuple[str, str]] = ()) -> ET.Element:
        node = self.el(parent, "ac:structured-macro", **{"ac:name": name})
        for key, value in params:
            self.el(node, "ac:parameter", value, **{"ac:name": key})
        return node

    def rich_body(self, macro: ET.Element) -> ET.Element:
        return self.el(macro, "ac:rich-text-body")

    def status(self, parent: ET.Element, title: str, colour: str) -> ET.Element:
        """A status lozenge (``status`` macro)."""
        if colour not in COLOURS:
            raise ValueError(f"status colour must be one of {COLOURS}, not {colour!r}")
        return self.macro(parent, "status", [("colour", colour), ("title", title)])

    def page_link(self, parent: ET.Element, title: str, space_key: str,
                  text: str | None = None) -> ET.Element:
        link = self.el(parent, "ac:link")
        self.el(link, "ri:page", **{"ri:content-title": title, "ri:space-key": space_key})
        if text:
            self.el(link, "ac:link-body", text)
        return link

    def mention(self, parent: ET.Element, user_ref: str, *, cloud: bool) -> ET.Element:
        """A user mention: ``ri:account-id`` on Cloud, ``ri:userkey`` on Data Center."""
        link = self.el(parent, "ac:link")
        key = "ri:account-id" if cloud else "ri:userkey"
        self.el(link, "ri:user", **{key: user_ref})
        return link

    def finish(self) -> str:
        """The body as storage-format text, checked by parsing it back."""
        body = serialise(self.root)
        check_storage(body, self.subject)
        return body


def _attr(name: str) -> str:
    # Python keywords cannot carry ':' so callers pass "ac:name" through **{...}; plain
    # attribute names (href, colspan) pass unchanged.
    return name


def serialise(root: ET.Element) -> str:
    """The children of *root*, serialised in order (the root itself is a wrapper only)."""
    return (root.text or "") + "".join(
        ET.tostring(child, encoding="unicode", short_empty_elements=True) for child in root)


def check_storage(body: str, subject: str) -> None:
    """Parse *body* as Confluence does; a :class:`StorageError` naming *subject* if it fails."""
    try:
        ET.fromstring(_OPEN + body + "</kmcore-storage>")
    except ET.ParseError as exc:
        row, col = exc.position
        raise StorageError(
            f"{subject}: the page built for it is not valid storage format ({exc}; row {row}, "
            f"column {col})",
            hint="This is a fault in kmcore-confluence, not in your record: report it with "
            "the record id. Nothing was sent for this record.",
        ) from None


_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]*);")
_XML_ENTITIES = {"amp", "lt", "gt", "quot", "apos"}


def _numeric(match: re.Match[str]) -> str:
    name = match.group(1)
    code = html.entities.name2codepoint.get(name)
    if name in _XML_ENTITIES or code is None:
        return match.group(0)
    return f"&#{code};"


def parse_storage(body: str) -> ET.Element | None:
    """A body read back from Confluence as a tree (None if it does not parse). Confluence's
    own output may use HTML's named entities (``&nbsp;``), which XML lacks: they become
    numeric references first."""
    try:
        return ET.fromstring(_OPEN + _ENTITY.sub(_numeric, body) + "</kmcore-storage>")
    except ET.ParseError:
        return None


def _text(node: ET.Element) -> str:
    return "".join(node.itertext()).strip()


def marker_of(body: str) -> dict[str, str]:
    """The rows of kmcore's own Page Properties table (``details`` macro with an id starting
    ``kmcore``) in a page body: how a page kmcore made is recognised without its property."""
    root = parse_storage(body)
    if root is None:
        return {}
    ac = "{" + AC_NS + "}"
    rows: dict[str, str] = {}
    for macro in root.iter(f"{ac}structured-macro"):
        if macro.get(f"{ac}name") != "details":
            continue
        ids = [p for p in macro.findall(f"{ac}parameter") if p.get(f"{ac}name") == "id"]
        if not ids or not _text(ids[0]).startswith("kmcore"):
            continue
        for tr in macro.iter("tr"):
            th, td = tr.find("th"), tr.find("td")
            if th is not None and td is not None:
                rows[_text(th)] = _text(td)
    return rows
