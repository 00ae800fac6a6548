"""A record as a Confluence page: title, storage body, labels; and an index page per type.

Every record page starts with a Page Properties (``details``) table whose keys are fixed per
record type and always written in the same order, empty or not, because a Page Properties
Report makes one column per key across all the pages it lists. The body after it reuses the
HTML site's reading of a record (:func:`kmcore.publish.html.views.record_sections`), so both
targets show the same facts, in the same order, under the same labels.

Links to other records name only records published on this target (the resolver decides);
a person with a Confluence account configured in ``[targets.NAME.users]`` is a real mention.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from typing import Any

import attrs

from kmcore.backend import Record
from kmcore.publish.html import views
from kmcore_confluence.storage import Builder

__all__ = [
    "MANAGED_LABEL",
    "Rendered",
    "Renderer",
    "body_hash",
    "detail_keys",
    "type_label",
]

#: Every page kmcore owns carries this label (CQL ``label = "kmcore"`` finds them all).
MANAGED_LABEL = "kmcore"
_SLUG = re.compile(r"[^a-z0-9]+")
_TOPIC_LIMIT = 20
_TOC_FROM = 5  # sections on a page before it gets a table of contents
# Status lozenge colours by value, across record types' vocabularies; anything else is Blue.
_GREEN = ("adopted", "spread", "spreading", "sustained", "sustain", "published", "implemented",
          "complete", "completed", "closed", "actioned", "embedded", "active", "current")
_RED = ("abandoned", "stopped", "withdrawn", "retired", "rejected", "archived")
_YELLOW = ("pilot", "piloting", "testing", "test", "in_review", "open", "in_progress",
           "planned", "planning", "proposed", "review", "paused")
_GREY = ("idea", "draft", "unknown", "left")

#: ``resolve(record_id) -> title`` of a record published on this target, else None.
Resolver = Callable[[str], "str | None"]


def type_label(record_type: str) -> str:
    """The label every page of a record type carries: ``km-capture-record``."""
    return "km-" + _SLUG.sub("-", record_type.lower()).strip("-")


def _topic(value: str) -> str | None:
    slug = _SLUG.sub("-", value.lower()).strip("-")[:60].strip("-")
    return f"topic-{slug}" if slug else None


def detail_keys(cls: type[Record]) -> list[str]:
    """The Page Properties keys of every page of this record class, in order."""
    facets = views.FACETS.get(cls.record_type, ("department",))
    names = {a.name for a in attrs.fields(cls)}
    keys = ["Type", "Status"]
    keys += [views.label_of(n) for n in facets if n in names]
    keys += ["People", "Topics", "Updated", "Record id"]
    return keys


def body_hash(title: str, body: str, parent_id: str) -> str:
    """Identifies exactly what a page shows and where: kept in its kmcore property."""
    digest = hashlib.sha256()
    for part in (title, body, parent_id):
        digest.update(part.encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()


def _colour(value: str) -> str:
    key = value.lower().replace(" ", "_").replace("-", "_")
    if key in _GREEN:
        return "Green"
    if key in _RED:
        return "Red"
    if key in _YELLOW:
        return "Yellow"
    if key in _GREY:
        return "Grey"
    return "Blue"


def _status_of(record: Record) -> enum.Enum:
    for name in ("stage", "lesson_status", "employment_status"):
        value = getattr(record, name, None)
        if isinstance(value, enum.Enum):
            return value
    return record.status


def _people(record: Record) -> list[str]:
    """Ids of the people a record names (reference fields to ``person``), in field order."""
    seen: list[str] = []
    for ref in record.references():
        if ref.rel == "created_by":
            continue
        is_person = "person" in ref.allowed_types or ref.target.startswith("person-")
        if is_person and ref.target not in seen and ref.target != record.id:
            seen.append(ref.target)
    return seen


@attrs.frozen
class Rendered:
    """A page as it should be: what is hashed, sent and labelled."""

    title: str
    body: str
    labels: tuple[str, ...]


class Renderer:
    """Renders records for one target.

    :param space_key: links to other pages name this space.
    :param cloud: mentions use ``ri:account-id`` (Cloud) or ``ri:userkey`` (Data Center).
    :param users: person record id -> Confluence user reference.
    :param resolve: the title of a record published on this target, else None.
    :param type_names: record type -> (label, plural) for headings.
    """

    def __init__(self, *, space_key: str, cloud: bool, users: dict[str, str],
                 resolve: Resolver, type_names: dict[str, tuple[str, str]]) -> None:
        self.space_key = space_key
        self.cloud = cloud
        self.users = users
        self.resolve = resolve
        self.type_names = type_names

    def subject(self, record: Record) -> str:
        return f"{record.record_type} {record.id}"

    # --- record pages --------------------------------------------------------------------

    def record_page(self, record: Record, title: str) -> Rendered:
        """The page for *record*, titled *title*; a StorageError names any bad field."""
        b = Builder(self.subject(record))
        b.field = "$.title"
        b.clean(title)
        self._details(b, record)
        summary = getattr(record, "summary", "") or ""
        if summary:
            b.field = "$.summary"
            macro = b.macro(None, "info")
            b.el(b.rich_body(macro), "p", summary)
        facts, sections = views.record_sections(record, self._views_resolver)
        if len(sections) >= _TOC_FROM:  # a long after-action review: a contents list first
            b.macro(None, "toc", [("maxLevel", "2"), ("minLevel", "2")])
        # Sections come labelled; map the labels back to field names for error messages.
        fields = {views.label_of(a.name): f"$.{a.name}" for a in attrs.fields(type(record))}
        if facts:
            b.el(None, "h2", "Key facts")
            table = b.el(b.el(None, "table"), "tbody")
            for fact in facts:
                b.field = fields.get(fact["label"], f"$ ({fact['label']})")
                row = b.el(table, "tr")
                b.el(row, "th", fact["label"])
                self._node(b, b.el(row, "td"), fact["node"])
        for section in sections:
            b.field = fields.get(section["heading"], f"$ ({section['heading']})")
            b.el(None, "h2", section["heading"])
            if "paras" in section:
                for para in section["paras"]:
                    b.el(None, "p", para)
            else:
                self._node(b, b.el(None, "div"), section["node"])
        b.field = "$"
        note = b.macro(None, "note", [("title", "Published by kmcore")])
        b.el(b.rich_body(note), "p", "This page is published from the knowledge base "
             f"(record {record.id}). Edit the record there: kmcore leaves pages edited here "
             "alone and reports them.")
        labels = [MANAGED_LABEL, type_label(record.record_type)]
        for topic in self._topics(record):
            if topic not in labels:
                labels.append(topic)
        return Rendered(title=title, body=b.finish(), labels=tuple(labels))

    def _topics(self, record: Record) -> list[str]:
        words: list[str] = list(getattr(record, "keywords", ()) or ())
        words += [c.label for c in getattr(record, "subjects", ()) or ()]
        out: list[str] = []
        for word in words:
            topic = _topic(word)
            if topic and topic not in out:
                out.append(topic)
        return out[:_TOPIC_LIMIT]

    def _details(self, b: Builder, record: Record) -> None:
        macro = b.macro(None, "details", [("id", "kmcore")])
        tbody = b.el(b.el(b.rich_body(macro), "table"), "tbody")

        def row(key: str) -> ET.Element:
            tr = b.el(tbody, "tr")
            b.el(tr, "th", key)
            return b.el(tr, "td")

        label, _plural = self.type_names.get(record.record_type,
                                             (record.record_type, record.record_type))
        b.field = "$.type"
        row("Type").text = b.clean(label)
        status = _status_of(record)
        b.field = "$.status"
        b.status(row("Status"), views.vocab_label(status), _colour(str(status.value)))
        names = {a.name for a in attrs.fields(type(record))}
        for name in views.FACETS.get(record.record_type, ("department",)):
            if name not in names:
                continue
            b.field = f"$.{name}"
            cell = row(views.label_of(name))
            value = getattr(record, name)
            if isinstance(value, enum.Enum):
                cell.text = b.clean(views.vocab_label(value))
            elif isinstance(value, tuple):
                cell.text = b.clean(", ".join(views.vocab_label(v) if isinstance(v, enum.Enum)
                                              else str(v) for v in value))
            elif value is not None:
                cell.text = b.clean(str(value))
        b.field = "$ (people)"
        cell = row("People")
        for i, person in enumerate(_people(record)):
            if i:
                b.append_text(cell, ", ")
            self._person(b, cell, person)
        b.field = "$.keywords"
        cell = row("Topics")
        topics = list(getattr(record, "keywords", ()) or ())
        topics += [c.label for c in getattr(record, "subjects", ()) or ()]
        cell.text = b.clean(", ".join(dict.fromkeys(topics)))
        b.field = "$.updated_at"
        updated = record.updated_at
        row("Updated").text = updated.date().isoformat() if isinstance(updated, dt.datetime) \
            else ""
        b.field = "$.id"
        row("Record id").text = b.clean(record.id)

    def _person(self, b: Builder, parent: ET.Element, person_id: str) -> None:
        ref = self.users.get(person_id)
        title = self.resolve(person_id)
        if ref:
            b.mention(parent, ref, cloud=self.cloud)
        elif title is not None:
            b.page_link(parent, title, self.space_key, title)
        else:
            b.append_text(parent, "(not published here)")

    def _views_resolver(self, record_id: str) -> tuple[str, str] | None:
        title = self.resolve(record_id)
        return None if title is None else (title, record_id)

    def _node(self, b: Builder, parent: ET.Element, node: dict[str, Any]) -> None:
        """One of :mod:`kmcore.publish.html.views`' value nodes, as storage elements."""
        kind = node["k"]
        if kind == "text":
            b.append_text(parent, node["v"])
        elif kind == "link":
            record_id = node["href"]
            if record_id in self.users and str(record_id).startswith("person"):
                b.mention(parent, self.users[record_id], cloud=self.cloud)
            else:
                b.page_link(parent, node["v"], self.space_key, node["v"])
        elif kind == "ext":
            b.el(parent, "a", node["v"], href=node["href"])
        elif kind == "list":
            ul = b.el(parent, "ul")
            for item in node["items"]:
                self._node(b, b.el(ul, "li"), item)
        elif kind == "inline":
            for i, row in enumerate(node["rows"]):
                if i:
                    b.append_text(parent, "; ")
                b.el(parent, "strong", f"{row['label']}: ")
                self._node(b, parent, row["node"])
        elif kind == "dl":
            ul = b.el(parent, "ul")
            for row in node["rows"]:
                li = b.el(ul, "li")
                b.el(li, "strong", f"{row['label']}: ")
                self._node(b, li, row["node"])
        elif kind == "quote":
            quote = b.el(parent, "blockquote")
            b.el(quote, "p", node["v"])
            if node.get("who"):
                p = b.el(quote, "p", "— ")
                for i, who in enumerate(node["who"]):
                    if i:
                        b.append_text(p, ", ")
                    self._node(b, p, who)
        else:  # a node kind added to views later: show its text rather than fail
            b.append_text(parent, str(node.get("v", "")))

    # --- index pages ---------------------------------------------------------------------

    def index_page(self, record_type: str, cls: type[Record] | None, title: str) -> Rendered:
        """The index page of a record type: a Page Properties Report over its pages."""
        label, plural = self.type_names.get(record_type, (record_type, record_type))
        b = Builder(f"the {plural} index page")
        b.el(None, "p", f"Every {label.lower()} published from the knowledge base, one row "
             "per page. Sort by a column by clicking its heading; filter with the labels.")
        keys = detail_keys(cls) if cls is not None else ["Type", "Status"]
        headings = [k for k in keys if k not in ("Type", "Record id")]
        cql = f'label = "{type_label(record_type)}" and space = currentSpace()'
        b.macro(None, "detailssummary", [
            ("firstcolumn", label), ("headings", ",".join(headings)), ("sortBy", "Updated"),
            ("reverseSort", "true"), ("pageSize", "100"), ("cql", cql), ("id", "kmcore"),
        ])
        note = b.macro(None, "note", [("title", "Published by kmcore")])
        b.el(b.rich_body(note), "p", "kmcore keeps this page and the pages under it. "
             "Changes made here are kept, and reported, not overwritten.")
        # A hidden Page Properties table marks the page as kmcore's index of this type, so
        # it is recognised even if its content property was never written.
        hidden = b.macro(None, "details", [("id", "kmcore-index"), ("hidden", "true")])
        row = b.el(b.el(b.el(b.rich_body(hidden), "table"), "tbody"), "tr")
        b.el(row, "th", "Index of")
        b.el(row, "td", record_type)
        return Rendered(title=title, body=b.finish(),
                        labels=(MANAGED_LABEL, "km-index"))




