"""What kind each record field is: the public field-kind API.

Code that moves records somewhere field by field (spreadsheet import and export, a
SharePoint list's columns, a form) needs to know, for each field, whether it is text, a
choice and its vocabulary, a date, a number, money, a yes/no, a reference to another record,
or a list of any of those. :func:`field_kinds` answers that from the record class itself::

    from kmcore.fields import field_kinds
    from kmcore.records.innovation import Innovation

    for field in field_kinds(Innovation):
        print(field.name, field.kind, field.many, field.vocabulary)

so that no caller reads private field metadata or guesses from docstrings.

It also holds the builders a plugin uses to declare the fields of its own record type
(:func:`text`, :func:`texts`, :func:`choice`, :func:`choices`, :func:`ref`, :func:`refs`,
:func:`flag`, :func:`optional`, :func:`many`, :func:`part`, :func:`required_value`), the same
ones kmcore's record types are declared with, so the kinds above come out right::

    from kmcore import fields as f

    paper: str = f.text(required=True, limit=500, help="The paper discussed")
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import types
import typing
from typing import Any, Literal

import attrs

from kmcore.records import _fields
from kmcore.records._fields import (
    choice,
    choices,
    flag,
    many,
    optional,
    part,
    ref,
    refs,
    required_value,
    text,
    texts,
)
from kmcore.records.base import ConceptRef, Link

__all__ = [
    "FieldKind",
    "Kind",
    "choice",
    "choices",
    "field_kind",
    "field_kinds",
    "flag",
    "kind_of",
    "many",
    "optional",
    "part",
    "ref",
    "refs",
    "required_value",
    "text",
    "texts",
]

#: ``id``: the record's id. ``text``; ``choice``: one value of a vocabulary (an enum);
#: ``date``; ``datetime``; ``int``; ``float``; ``money`` (a decimal amount); ``bool``;
#: ``reference``: the id of another record; ``concept``: a term from a controlled
#: vocabulary; ``link``: a typed link to another record; ``part``: a nested structure
#: (outcomes, consents...); ``other``: anything else.
Kind = Literal["id", "text", "choice", "date", "datetime", "int", "float", "money", "bool",
               "reference", "concept", "link", "part", "other"]

_SIMPLE: dict[Any, Kind] = {str: "text", dt.datetime: "datetime", dt.date: "date", int: "int",
                            float: "float", decimal.Decimal: "money", bool: "bool",
                            ConceptRef: "concept", Link: "link"}


@attrs.frozen(kw_only=True)
class FieldKind:
    """One field of a record class, as code outside the record sees it.

    :ivar name: the attribute (``review_due``).
    :ivar kind: see :data:`Kind`.
    :ivar many: a list of values of that kind (``tags``, ``contributors``...).
    :ivar help: the field's help text (what the prompts and the records reference show).
    :ivar required: a record is invalid without it.
    :ivar managed: set by kmcore or the store (timestamps, revision), never by a person.
    :ivar choices: for ``choice``: the enum class of its vocabulary.
    :ivar targets: for ``reference``: the record types it may point at.
    :ivar relation: for ``reference``: the relation's name (``led_by``).
    :ivar max_length: for ``text``: the longest value allowed, when there is a limit.
    :ivar part: for ``part``: the attrs class of the nested structure, when there is one.
    :ivar type: the field's type hint without ``| None``, for anything not said above.
    """

    name: str
    kind: Kind
    many: bool = False
    help: str = ""
    required: bool = False
    managed: bool = False
    choices: type[enum.Enum] | None = None
    targets: tuple[str, ...] = ()
    relation: str | None = None
    max_length: int | None = None
    part: type | None = None
    type: Any = None

    @property
    def vocabulary(self) -> tuple[str, ...]:
        """The values a ``choice`` field allows, as stored (empty for other kinds)."""
        return tuple(str(m.value) for m in self.choices) if self.choices else ()


def _unwrap(hint: Any) -> tuple[Any, bool]:
    """(the type without ``| None``, whether it is a tuple of them)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(args) == 1:
            hint = args[0]
            origin = typing.get_origin(hint)
    if origin is tuple:
        return typing.get_args(hint)[0], True
    return hint, False


def _max_length(info: _fields.FieldInfo) -> int | None:
    limits = [getattr(check, "max_length", None) for check in info.checks]
    found = [limit for limit in limits if isinstance(limit, int)]
    return min(found) if found else None


def kind_of(name: str, hint: Any, field: attrs.Attribute[Any] | None = None) -> FieldKind:
    """The :class:`FieldKind` of one attrs field with type hint *hint*."""
    info = _fields.info(field) if field is not None else _fields.FieldInfo()
    base, many = _unwrap(hint)
    common: dict[str, Any] = {"name": name, "many": many, "help": info.help,
                              "required": info.required, "managed": info.managed,
                              "type": base}
    if name == "id":
        return FieldKind(kind="id", **common)
    if info.rel:
        return FieldKind(kind="reference", targets=info.targets, relation=info.rel, **common)
    if isinstance(base, type) and issubclass(base, enum.Enum):
        return FieldKind(kind="choice", choices=base, **common)
    if base in _SIMPLE:
        kind = _SIMPLE[base]
        return FieldKind(kind=kind, max_length=_max_length(info) if kind == "text" else None,
                         **common)
    if isinstance(base, type) and attrs.has(base):
        return FieldKind(kind="part", part=base, **common)
    return FieldKind(kind="part" if many or typing.get_origin(base) else "other", **common)


def field_kinds(cls: type) -> list[FieldKind]:
    """Every field of the attrs class *cls* (a record class or a part), in field order."""
    hints = typing.get_type_hints(cls)
    return [kind_of(field.name, hints[field.name], field) for field in attrs.fields(cls)]


def field_kind(cls: type, name: str) -> FieldKind:
    """The field *name* of *cls*; KeyError if it has none."""
    for found in field_kinds(cls):
        if found.name == name:
            return found
    raise KeyError(f"{cls.__name__} has no field {name!r}")
