"""Records <-> SharePoint list items: one explicit column mapping per record field type.

Every list kmcore owns has

* ``Title``: the record's label (its title, or a person's display name);
* ``KmKey``: the kmcore record id, indexed and unique, so a create repeated after a lost
  answer is refused by SharePoint itself (409) instead of making a duplicate;
* ``KmData``: the whole record as kmcore JSON, so nothing that has no column of its own
  (outcomes, costs, consents...) is lost on the way back;
* one typed column per simple field, chosen by the field's kind (:mod:`kmcore.fields`):

  ============================  ==============================  ==========================
  record field                  column                          written as
  ============================  ==============================  ==========================
  text up to 255 characters     single line of text             ``"text"``
  longer text                   multiple lines (plain)          ``"text"``
  list of texts / of ids        multiple lines, one per line    ``"a\\nb"``
  one choice (a vocabulary)     choice (drop-down)              ``"pilot"``
  several choices               choice (check boxes)            list + ``@odata.type``
  whole number, number          number                          JSON number
  date / date-time              date and time                   ISO 8601, UTC
  yes/no                        yes/no                          ``true``
  reference to a person         text (the person's kmcore id)   ``"person-..."``, plus a
                                + lookup to the People list     ``<Name>LookupId`` when the
                                                                person's item is known
  links                         multiple lines, ``rel: id``     text
  ============================  ==============================  ==========================

Hyperlink columns are not used: Graph refuses hyperlink writes (see the reference notes);
web addresses go into text columns. Reading back, typed columns win over ``KmData``, so an
edit made in the list's own form is what comes back.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import json
import re
from collections.abc import Callable, Collection, Mapping
from typing import Any, Literal

import attrs
from kmcore import codec
from kmcore.backend import Record
from kmcore.fields import FieldKind, field_kinds
from kmcore.records.base import Link

__all__ = [
    "DATA_COLUMN",
    "KEY_COLUMN",
    "ColumnMap",
    "Kind",
    "ListSchema",
    "schema_for",
    "shown_value",
]

KEY_COLUMN = "KmKey"
DATA_COLUMN = "KmData"
TITLE_COLUMN = "Title"

Kind = Literal["text", "note", "lines", "choice", "multichoice", "number", "date", "datetime",
               "boolean", "person", "lookup", "links"]

# Managed by kmcore or the store: never a column of their own (still carried in KmData).
_SKIP = {"id", "revision", "created_at", "updated_at", "provenance", "pii_cleared"}
_MULTI = "Collection(Edm.String)"


def _camel(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.split("_") if part)


def _display(name: str) -> str:
    words = name.replace("_", " ").strip()
    return words[:1].upper() + words[1:]


@attrs.frozen(kw_only=True)
class ColumnMap:
    """One record field and the list column that holds it.

    :ivar field: the record attribute (``review_due``).
    :ivar name: the column's internal name (``KmReviewDue``): the key in ``fields``.
    :ivar display: what people see in the list (``Review due``).
    :ivar kind: how the value is written and read (see the module docstring).
    :ivar choices: the allowed values, for choice columns.
    """

    field: str
    name: str
    display: str
    kind: Kind
    choices: tuple[str, ...] = ()
    max_length: int = 255

    @property
    def facet(self) -> str:
        """The Graph columnDefinition type facet this column must have."""
        return {"text": "text", "note": "text", "lines": "text", "links": "text",
                "person": "text", "choice": "choice", "multichoice": "choice",
                "number": "number", "date": "dateTime", "datetime": "dateTime",
                "boolean": "boolean", "lookup": "lookup"}[self.kind]

    @property
    def multiline(self) -> bool:
        return self.kind in ("note", "lines", "links")

    def definition(self, lookup_lists: Mapping[str, str] | None = None) -> dict[str, Any]:
        """The Graph ``columnDefinition`` that creates it; a lookup column needs the id of
        the list it looks into (*lookup_lists*: record type -> list id)."""
        body: dict[str, Any] = {"name": self.name, "displayName": self.display,
                                "description": f"kmcore: {self.field}"}
        if self.kind == "lookup":
            list_id = (lookup_lists or {}).get("person")
            if not list_id:
                raise ValueError(f"the lookup column {self.name} needs the People list's id")
            body["lookup"] = {"listId": list_id, "columnName": "Title",
                              "allowMultipleValues": False, "allowUnlimitedLength": False}
        elif self.kind in ("text", "person"):
            body["text"] = {"allowMultipleLines": False, "maxLength": self.max_length}
        elif self.multiline:
            body["text"] = {"allowMultipleLines": True, "textType": "plain",
                            "linesForEditing": 6, "appendChangesToExistingText": False}
        elif self.kind == "choice":
            body["choice"] = {"choices": list(self.choices), "displayAs": "dropDownMenu",
                              "allowTextEntry": False}
        elif self.kind == "multichoice":
            body["choice"] = {"choices": list(self.choices), "displayAs": "checkBoxes",
                              "allowTextEntry": False}
        elif self.kind == "number":
            body["number"] = {"decimalPlaces": "automatic", "displayAs": "number"}
        elif self.kind == "date":
            body["dateTime"] = {"format": "dateOnly", "displayAs": "standard"}
        elif self.kind == "datetime":
            body["dateTime"] = {"format": "dateTime", "displayAs": "standard"}
        elif self.kind == "boolean":
            body["boolean"] = {}
        return body

    # --- values ---------------------------------------------------------------------

    def write(self, value: Any) -> dict[str, Any]:
        """The ``fields`` entries for *value* (an attribute value of the record)."""
        if value is None or value == "" or value == ():
            return {self.name: None}
        kind = self.kind
        if kind in ("text", "person"):
            text = str(value)
            return {self.name: text if len(text) <= self.max_length else
                    text[: self.max_length - 1] + "…"}
        if kind == "note":
            return {self.name: str(value)}
        if kind == "lines":
            return {self.name: "\n".join(str(v) for v in value)}
        if kind == "links":
            return {self.name: "\n".join(
                f"{link.rel}: {link.target}" + (f" ({link.note})" if link.note else "")
                for link in value if isinstance(link, Link))}
        if kind == "choice":
            return {self.name: _plain(value)}
        if kind == "multichoice":
            return {f"{self.name}@odata.type": _MULTI, self.name: [_plain(v) for v in value]}
        if kind == "number":
            number = float(value) if isinstance(value, decimal.Decimal) else value
            return {self.name: number}
        if kind == "date":
            return {self.name: f"{value.isoformat()}T00:00:00Z"}
        if kind == "datetime":
            moment = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
            return {self.name: moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}
        if kind == "boolean":
            return {self.name: bool(value)}
        raise AssertionError(kind)

    def read(self, fields: Mapping[str, Any]) -> Any:
        """The plain-data value (as kmcore JSON has it) held in *fields*; empty if absent."""
        raw = fields.get(self.name)
        kind = self.kind
        if raw is None or raw == "":
            return [] if kind in ("lines", "multichoice", "links") else (
                "" if kind in ("text", "note") else None)
        if kind in ("text", "note", "person", "choice"):
            return str(raw)
        if kind == "lines":
            return [line for line in str(raw).splitlines() if line.strip()]
        if kind == "links":
            return _parse_links(str(raw))
        if kind == "multichoice":
            return [str(v) for v in raw] if isinstance(raw, list) else [str(raw)]
        if kind == "number":
            return raw
        if kind == "date":
            return str(raw)[:10]
        if kind == "datetime":
            return str(raw).replace("Z", "+00:00")
        if kind == "boolean":
            return bool(raw)
        raise AssertionError(kind)


_LINK = re.compile(r"\s*([^:\s]+):\s*(\S+)(?:\s+\((.*)\))?\s*\Z")


def _parse_links(text: str) -> list[dict[str, str]]:
    links = []
    for line in text.splitlines():
        m = _LINK.match(line)
        if m:
            link = {"rel": m.group(1), "target": m.group(2)}
            if m.group(3):
                link["note"] = m.group(3)
            links.append(link)
    return links


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def shown_value(value: Any, hidden: Collection[str]) -> Any:
    """*value* without references to hidden records (a reference, a tuple of them, links)."""
    if isinstance(value, str):
        return None if value in hidden else value
    if isinstance(value, tuple):
        return tuple(v for v in value if not (isinstance(v, str) and v in hidden)
                     and not (isinstance(v, Link) and v.target in hidden))
    return value


def _without(data: Any, hidden: frozenset[str]) -> Any:
    """Record data with every string that is a hidden record's id taken out (a list entry
    or a link naming one is dropped, a field holding one is emptied)."""
    if isinstance(data, dict):
        if isinstance(data.get("target"), str) and data["target"] in hidden:
            return None
        return {k: (None if isinstance(v, str) and v in hidden else _without(v, hidden))
                for k, v in data.items()}
    if isinstance(data, list):
        kept = [_without(v, hidden) for v in data if not (isinstance(v, str) and v in hidden)]
        return [v for v in kept if v is not None]
    return data


def _column_for(field: FieldKind) -> ColumnMap | None:
    """The column for one record field, chosen by its kind (:mod:`kmcore.fields`)."""
    name, display = f"Km{_camel(field.name)}"[:32], _display(field.name)
    kind: Kind | None = None
    if field.kind == "reference":
        kind = "lines" if field.many else (
            "person" if field.targets == ("person",) else "text")
    elif field.kind == "text":
        short = field.max_length is not None and field.max_length <= 255
        kind = "lines" if field.many else ("text" if short else "note")
    elif field.kind == "choice":
        return ColumnMap(field=field.name, name=name, display=display,
                         kind="multichoice" if field.many else "choice",
                         choices=field.vocabulary)
    elif field.kind == "link" and field.many:
        kind = "links"
    elif not field.many:
        kind = _SINGLE.get(field.kind)
    if kind is None:
        return None  # nested parts: carried in KmData only
    return ColumnMap(field=field.name, name=name, display=display, kind=kind)


#: Single-valued kinds that map straight to a column kind.
_SINGLE: dict[str, Kind] = {"bool": "boolean", "int": "number", "float": "number",
                            "money": "number", "datetime": "datetime", "date": "date"}


@attrs.frozen(kw_only=True)
class ListSchema:
    """The list that holds one record type: its name and columns.

    :ivar record_type: ``innovation``; ``list_name``: the list's display name
        (``Innovations``).
    :ivar title_field: the attribute read back into from ``Title`` (``title`` or
        ``display_name``).
    """

    record_type: str
    list_name: str
    record_cls: type[Record]
    columns: tuple[ColumnMap, ...]
    title_field: str | None

    @property
    def all_columns(self) -> tuple[ColumnMap, ...]:
        """Every column kmcore creates, the key and data columns first."""
        return (
            ColumnMap(field="id", name=KEY_COLUMN, display="kmcore id", kind="text"),
            ColumnMap(field="", name=DATA_COLUMN, display="kmcore data (do not edit)",
                      kind="note"),
            *self.columns,
        )

    @property
    def needs_people(self) -> bool:
        """Whether its columns look up into the People list (created first)."""
        return any(c.kind == "lookup" for c in self.columns)

    def definitions(self, lookup_lists: Mapping[str, str] | None = None
                    ) -> list[dict[str, Any]]:
        """Graph columnDefinitions for a new list (the key indexed and unique)."""
        out = []
        for column in self.all_columns:
            body = column.definition(lookup_lists)
            if column.name == KEY_COLUMN:
                body.update(indexed=True, enforceUniqueValues=True, required=False)
            out.append(body)
        return out

    def to_fields(self, record: Record, lookups: Callable[[str], str | None] | None = None,
                  hidden: Collection[str] = ()) -> dict[str, Any]:
        """The item ``fields`` for *record*; *lookups* maps a person id to its item id.

        *hidden*: ids of records not published on this target (withdrawn, private, a person
        who objected). A reference to one is left out of every column, ``KmData`` included,
        so no item names what its readers may not see."""
        data = _without(codec.to_dict(record), frozenset(hidden)) if hidden else \
            codec.to_dict(record)
        fields: dict[str, Any] = {
            TITLE_COLUMN: str(record.label)[:255] or record.id,
            KEY_COLUMN: record.id,
            DATA_COLUMN: json.dumps(data, ensure_ascii=False, separators=(",", ":"),
                                    default=str),
        }
        for column in self.columns:
            value = getattr(record, column.field)
            if hidden:
                value = shown_value(value, hidden)
            if column.kind == "lookup":
                # Best effort: the person's item id when it is known; the text column
                # beside it always holds the person's kmcore id.
                item_id = lookups(value) if lookups and isinstance(value, str) and value \
                    else None
                fields[f"{column.name}LookupId"] = int(item_id) if item_id else None
                continue
            fields.update(column.write(value))
        return fields

    def to_data(self, fields: Mapping[str, Any]) -> dict[str, Any]:
        """Record data (kmcore JSON shape, ``type`` included) from an item's fields.

        ``KmData`` gives the full record when present; each typed column present in the
        list then overrides its field, so edits made in SharePoint come back. An item
        without ``KmData`` (added through the list's form) is built from the columns alone.
        """
        data: dict[str, Any] = {}
        raw = fields.get(DATA_COLUMN)
        if isinstance(raw, str) and raw.strip():
            try:
                parsed = json.loads(raw)
            except ValueError:
                parsed = None
            if isinstance(parsed, dict) and parsed.get("type") == self.record_type:
                data = parsed
        data["type"] = self.record_type
        if fields.get(KEY_COLUMN):
            data["id"] = str(fields[KEY_COLUMN])
        if self.title_field and isinstance(fields.get(TITLE_COLUMN), str):
            data[self.title_field] = fields[TITLE_COLUMN]
        for column in self.columns:
            if column.kind == "lookup":
                continue  # the text column beside it is the source of truth
            value = column.read(fields)
            if value in ("", [], None) and column.field not in data:
                continue
            data[column.field] = value
        return data

    def same_values(self, wanted: Mapping[str, Any], held: Mapping[str, Any]) -> bool:
        """Whether the item *held* already has every value in *wanted* (after a lost answer,
        to tell "our write landed" from "somebody else changed it")."""
        for key, value in wanted.items():
            if key.endswith("@odata.type"):
                continue
            if _norm(value) != _norm(held.get(key)):
                return False
        return True


def _norm(value: Any) -> Any:
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, list):
        return [_norm(v) for v in value]
    if isinstance(value, str) and value.isdigit():
        return float(value)
    return value


def schema_for(record_cls: type[Record], list_name: str, *, people: bool = False
               ) -> ListSchema:
    """The list schema for a record class (its simple fields become typed columns).

    :param people: the target also publishes people, so each reference to a person gets a
        lookup column into the People list (``<Name>Person``) beside its text column.
    """
    columns = []
    kinds = field_kinds(record_cls)
    field_names = {k.name for k in kinds}
    title_field = next((n for n in ("title", "display_name") if n in field_names), None)
    for field in kinds:
        if field.name in _SKIP or field.name == title_field:  # the title is in Title
            continue
        column = _column_for(field)
        if column is not None:
            columns.append(column)
            if column.kind == "person" and people:
                columns.append(ColumnMap(field=column.field, name=f"{column.name}Person"[:32],
                                         display=f"{column.display} (person)", kind="lookup"))
    return ListSchema(record_type=record_cls.record_type, list_name=list_name,
                      record_cls=record_cls, columns=tuple(columns), title_field=title_field)
