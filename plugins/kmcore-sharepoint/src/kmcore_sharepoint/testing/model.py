"""The fake Graph's data: sites, lists, columns, items and pages, and the type checks a
field write meets (:func:`type_problem`). :mod:`.graph` serves them."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import attrs

__all__ = [
    "Column",
    "FakeItem",
    "FakeList",
    "Page",
    "Site",
    "check_canvas",
    "now",
    "system_columns",
    "title_column",
    "type_problem",
]


def now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@attrs.define(kw_only=True)
class Column:
    id: str = attrs.field(factory=lambda: str(uuid.uuid4()))
    name: str
    display_name: str
    facet: str
    settings: dict[str, Any] = attrs.field(factory=dict)
    indexed: bool = False
    enforce_unique: bool = False
    read_only: bool = False
    hidden: bool = False
    required: bool = False

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id, "name": self.name, "displayName": self.display_name,
            "indexed": self.indexed, "enforceUniqueValues": self.enforce_unique,
            "readOnly": self.read_only, "hidden": self.hidden, "required": self.required,
            "columnGroup": "Custom Columns",
        }
        # Graph leaves hyperlink columns without a type facet in responses (see the notes on
        # columndefinition); the fake does the same, so clients cannot rely on facets alone.
        if self.facet != "hyperlinkOrPicture":
            data[self.facet] = dict(self.settings)
        return data


@attrs.define(kw_only=True)
class FakeItem:
    id: str
    fields: dict[str, Any]
    version: int = 1
    guid: str = attrs.field(factory=lambda: str(uuid.uuid4()).upper())
    created: str = attrs.field(factory=now)
    modified: str = attrs.field(factory=now)
    created_by: str = ""
    modified_by: str = ""

    @property
    def etag(self) -> str:
        return f'"{{{self.guid}}},{self.version}"'


@attrs.define(kw_only=True)
class FakeList:
    id: str = attrs.field(factory=lambda: str(uuid.uuid4()))
    display_name: str
    name: str
    template: str = "genericList"
    columns: list[Column] = attrs.field(factory=list)
    items: dict[str, FakeItem] = attrs.field(factory=dict)
    next_id: int = 1
    #: the change log behind delta: (sequence number, item id)
    changes: list[tuple[int, str]] = attrs.field(factory=list)
    #: tokens older than this epoch answer 410 Gone
    epoch: int = 1
    created: str = attrs.field(factory=now)

    #: (column name, value) -> item id, for columns with unique values (checked on use, so a
    #: deleted item's entry simply fails the check)
    unique_index: dict[tuple[str, str], str] = attrs.field(factory=dict)

    def column(self, name: str) -> Column | None:
        for col in self.columns:
            if col.name == name:
                return col
        return None

    def index_unique(self, item: FakeItem) -> None:
        for col in self.columns:
            if col.enforce_unique and item.fields.get(col.name) is not None:
                self.unique_index[(col.name, str(item.fields[col.name]))] = item.id

    def unique_clash(self, fields: dict[str, Any], exclude: str | None = None) -> str | None:
        """The name of a unique column whose value another item already holds."""
        for col in self.columns:
            value = fields.get(col.name)
            if not col.enforce_unique or value is None:
                continue
            holder = self.unique_index.get((col.name, str(value)))
            held = self.items.get(holder) if holder is not None else None
            if held is not None and holder != exclude and \
                    str(held.fields.get(col.name)) == str(value):
                return col.name
        return None


@attrs.define(kw_only=True)
class Page:
    id: str = attrs.field(factory=lambda: str(uuid.uuid4()))
    name: str
    title: str
    body: dict[str, Any]
    state: str = "checkout"
    version: str = "0.1"
    promotion_kind: str = "page"


@attrs.define(kw_only=True)
class Site:
    host: str
    path: str
    id: str = ""
    display_name: str = "Knowledge Hub"
    lists: dict[str, FakeList] = attrs.field(factory=dict)
    pages: dict[str, Page] = attrs.field(factory=dict)
    #: Sites.Selected grants: app id -> role (read, write, manage, fullcontrol)
    grants: dict[str, str] = attrs.field(factory=dict)
    user_info: dict[int, str] = attrs.field(factory=dict)  # the User Information List

    def list_by_name(self, display_name: str) -> FakeList | None:
        for lst in self.lists.values():
            if lst.display_name.lower() == display_name.lower():
                return lst
        return None


def title_column() -> Column:
    return Column(name="Title", display_name="Title", facet="text",
                  settings={"maxLength": 255, "allowMultipleLines": False}, required=True)


def system_columns() -> list[Column]:
    return [
        Column(name="ContentType", display_name="Content Type", facet="text", read_only=True),
        Column(name="Created", display_name="Created", facet="dateTime", read_only=True,
               settings={"format": "dateTime"}),
        Column(name="Modified", display_name="Modified", facet="dateTime", read_only=True,
               settings={"format": "dateTime"}),
        Column(name="Author", display_name="Created By", facet="personOrGroup", read_only=True),
        Column(name="Editor", display_name="Modified By", facet="personOrGroup", read_only=True),
    ]



def type_problem(column: Column, value: Any, annotation: Any) -> str | None:
    """Why *value* cannot go into *column* (Graph's checks of a field write), or None."""
    if value is None:
        return None
    facet, s = column.facet, column.settings
    if facet == "text":
        if not isinstance(value, str):
            return "expected text"
        if not s.get("allowMultipleLines") and len(value) > int(s.get("maxLength", 255)):
            return f"longer than {s.get('maxLength', 255)} characters"
        if not s.get("allowMultipleLines") and "\n" in value:
            return "a single line of text cannot hold line breaks"
        return None
    if facet == "number" or facet == "currency":
        return None if isinstance(value, int | float) and not isinstance(value, bool) \
            else "expected a number"
    if facet == "boolean":
        return None if isinstance(value, bool) else "expected true or false"
    if facet == "dateTime":
        if not isinstance(value, str):
            return "expected an ISO 8601 date"
        try:
            dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return "expected an ISO 8601 date"
        return None
    if facet == "choice":
        choices = s.get("choices") or []
        multi = s.get("displayAs") == "checkBoxes" or s.get("allowMultipleSelection")
        if multi:
            if annotation != "Collection(Edm.String)":
                return ("A value without a type name was found and no expected type is "
                        "available (add @odata.type Collection(Edm.String))")
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                return "expected a list of choices"
            values = value
        else:
            if not isinstance(value, str):
                return "expected a choice"
            values = [value]
        if not s.get("allowTextEntry"):
            for v in values:
                if v not in choices:
                    return f"'{v}' is not one of the choices"
        return None
    if facet == "hyperlinkOrPicture":
        # Graph's documented failure: hyperlink writes are refused.
        return "hyperlink values cannot be written through Graph (invalidRequest)"
    return None


def check_canvas(layout: Any) -> str | None:
    if layout is None:
        return None
    if not isinstance(layout, dict):
        return "canvasLayout must be an object"
    for section in layout.get("horizontalSections") or []:
        for column in section.get("columns") or []:
            for part in column.get("webparts") or []:
                if "innerHtml" not in part and "webPartType" not in part:
                    return "Unsupported web part"
    return None
