"""What each record field looks like as a spreadsheet column, and how a cell becomes a value.

The columns come from the record classes themselves (type hints and field metadata), so a
record type added by a plugin can be imported and exported without extra code. Each field is
one column: plain values as themselves, lists joined with ``; ``, and nested parts (outcomes,
a team, technique details) as JSON text, which is how :mod:`kmcore.io.export` writes them and
why an export imports back unchanged. Dotted headers (``costs.amount``,
``details.technique``) fill one part of a nested field from its own column.

Cells are converted leniently where the meaning is clear (Excel dates, ``Yes``, ``£1,250``,
``Nursing and midwifery registered`` for ``nursing_midwifery_registered``) and refused with
a reason a librarian can act on where it is not (``31/02/2024``, ``sometime in May``).
"""

from __future__ import annotations

import datetime as dt
import decimal
import difflib
import enum
import functools
import json
import re
import typing
from typing import Any

import attrs

from kmcore.fields import kind_of
from kmcore.records.base import Record

__all__ = ["Column", "ConversionError", "ImpossibleDate", "columns_for", "convert_cell",
           "split_list"]

Kind = typing.Literal["id", "text", "texts", "date", "int", "ints", "float", "decimal", "bool",
                      "enum", "enums", "ref", "refs", "concept", "concepts", "json"]

#: Fields an import never sets from a column: the store and the importer manage them.
_NOT_IMPORTED = frozenset({"revision", "created_at", "updated_at", "provenance", "pii_cleared"})


class ConversionError(ValueError):
    """A cell that cannot be read as its field's kind; the message says what to write."""


class ImpossibleDate(ConversionError):
    """A cell written as a date that does not exist (``31/02/2024``): a slip to correct."""


@attrs.frozen
class Column:
    """One importable/exportable field of a record type."""

    name: str
    kind: Kind
    help: str
    required: bool
    enum_cls: type[enum.Enum] | None = None
    targets: tuple[str, ...] = ()  # for refs: the record types they may point at
    part_cls: type | None = None  # for json: the attrs class (or None for variants)
    #: for json: a list of parts (a team, adopting organisations), not one
    many: bool = False

    @property
    def holds_list(self) -> bool:
        """The field holds a list, so several columns can each add to it."""
        return self.kind in _LIST_KINDS or (self.kind == "json" and self.many)

    @property
    def label(self) -> str:
        return self.name.replace("_", " ").capitalize()


def columns_for(cls: type[Record]) -> list[Column]:
    """The columns of record class *cls*, in the class's field order (``id`` first)."""
    hints = typing.get_type_hints(cls)
    out: list[Column] = []
    for field in attrs.fields(cls):
        if field.name in _NOT_IMPORTED or (kind_of(field.name, hints[field.name], field).managed
                                           and field.name != "id"):
            continue
        out.append(_column(field.name, hints[field.name], field))
    out.sort(key=lambda c: c.name != "id")
    return out


_LIST_KINDS = frozenset({"texts", "ints", "enums", "refs", "concepts"})

_SIMPLE_KINDS: dict[str, Kind] = {"text": "text", "date": "date", "int": "int",
                                  "float": "float", "money": "decimal", "bool": "bool"}


def _column(name: str, hint: Any, field: attrs.Attribute[Any] | None) -> Column:
    found = kind_of(name, hint, field)
    many = found.many
    common: dict[str, Any] = {"help": found.help, "required": found.required}
    if found.kind == "id":
        return Column(name, "id", **common)
    if found.kind == "reference":
        return Column(name, "refs" if many else "ref", targets=found.targets, **common)
    if found.kind == "choice":
        return Column(name, "enums" if many else "enum", enum_cls=found.choices, **common)
    if found.kind == "concept":
        return Column(name, "concepts" if many else "concept", **common)
    if found.kind in _SIMPLE_KINDS and not many:
        return Column(name, _SIMPLE_KINDS[found.kind], **common)
    if found.kind == "text" and many:
        return Column(name, "texts", **common)
    if found.kind == "int" and many:
        return Column(name, "ints", **common)
    base = found.type
    return Column(name, "json", part_cls=base if attrs.has(base) else None, many=many,
                  **common)


# Asked for each cell of a dotted column on every row (and again for its problems), and
# reading a class's type hints costs about 0.2 ms: worked out once per column (D1044).
@functools.lru_cache(maxsize=1024)
def part_column(column: Column, sub: str) -> Column | None:
    """The column for ``column.sub`` (a dotted header), when the part's class is known."""
    if column.part_cls is None:
        return None
    hints = typing.get_type_hints(column.part_cls)
    for field in attrs.fields(column.part_cls):
        if field.name == sub:
            return _column(f"{column.name}.{sub}", hints[sub], field)
    # The tag of a part with variants (a capture's ``details.technique``): a class-level
    # choice that says which variant the part is (D1416).
    hint = hints.get(sub)
    if typing.get_origin(hint) is typing.ClassVar:
        (tag,) = typing.get_args(hint) or (None,)
        if isinstance(tag, type) and issubclass(tag, enum.Enum):
            return Column(f"{column.name}.{sub}", "enum", help=f"Which {sub} it is",
                          required=True, enum_cls=tag)
    # a part of one variant ("details.intended", an After Action Review's): the tag
    # column says which variant, and the record's own check what it needs
    for variant in _variants(column.part_cls):
        if attrs.has(variant):
            for field in attrs.fields(variant):
                if field.name == sub:
                    found = _column(f"{column.name}.{sub}",
                                    typing.get_type_hints(variant)[sub], field)
                    return attrs.evolve(found, required=False)
    return None


def _variants(cls: type) -> list[type]:
    """Every subclass of *cls*, depth first."""
    out: list[type] = []
    variants: list[type] = cls.__subclasses__()
    for variant in variants:
        out += [variant, *_variants(variant)]
    return out


# --- cells -> values ------------------------------------------------------------------------

_SPLIT = re.compile(r"\s*(?:;|\||\n|\r)\s*")
_SPLIT_COMMAS = re.compile(r"\s*(?:;|\||\n|\r|,)\s*")


def split_list(value: Any, *, commas: bool = False) -> list[str]:
    """A cell holding several values: ``a; b``, one per line, or ``a | b`` (and ``a, b`` when
    *commas*: for choices, tags and names, which never contain commas themselves)."""
    if isinstance(value, list | tuple):
        return [str(v).strip() for v in value if str(v).strip()]
    text = _text(value)
    if text.startswith("["):  # an export writes a list as JSON when an item has a separator
        try:
            items = json.loads(text)
        except json.JSONDecodeError:
            items = None
        if isinstance(items, list):
            return [str(v).strip() for v in items if str(v).strip()]
    pattern = _SPLIT_COMMAS if commas else _SPLIT
    return [part for part in pattern.split(text) if part]


_FORMULA_GUARD = re.compile(r"^'(?=[=+\-@\t\r])")


def _text(value: Any) -> str:
    if isinstance(value, str):
        # An export writes '=... so Excel shows text instead of running a formula. (Only
        # a cell beginning with a quote can: the pattern is not run on every cell; D1047.)
        return (_FORMULA_GUARD.sub("", value) if value[:1] == "'" else value).strip()
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # Excel stores 2024 typed into a text column as 2024.0
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


_MONTHS = {m.lower(): i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
#: Excel's day 1 is 1900-01-01, and it counts a 29 February 1900 that never was.
_EXCEL_EPOCH = dt.date(1899, 12, 30)


#: A time of day after a date, as Access, Jira and ISO write it ("06/09/2021 00:00:00",
#: "03/Feb/23 10:15 AM", "2021-09-06T14:30:00Z"): the cell means the day it was on.
_TIME_OF_DAY = re.compile(r"(?<=[\dA-Za-z])(?:[T ]|,?\s+(?:at\s+)?)\d{1,2}[:.]\d{2}(?::\d{2}"
                          r"(?:\.\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:Z|UTC|GMT|BST|"
                          r"[+-]\d{2}:?\d{2}))?$")


def parse_date(value: Any) -> dt.date:
    """A date from an Excel date, an Excel serial number, ``2024-03-01``, ``01/03/2024``
    (day first, as in the UK), ``1/3/24``, ``1 March 2024``, ``1-Mar-2024`` or ``01/Mar/24``;
    a time of day after any of them (``06/09/2021 00:00:00``, ``2021-09-06T14:30``) is left
    out: the cell means the day."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 2958466:  # Excel's date range, 1900-01-01 to 9999-12-31
            return _EXCEL_EPOCH + dt.timedelta(days=int(value))
        raise ConversionError(f"{value!r} is not a date")
    text = _TIME_OF_DAY.sub("", _text(value))
    if re.fullmatch(r"\d{5}(\.0+)?", text):  # an Excel serial that arrived as text (CSV)
        return _EXCEL_EPOCH + dt.timedelta(days=int(float(text)))
    try:
        m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?", text)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})", text)
        if m:
            year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
            return dt.date(year, int(m[2]), int(m[1]))
        # "1 March 2024", "1-Mar-2024", Jira's "03/Feb/23"
        m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?[\s/-]+([A-Za-z]{3,9})\.?[\s,/-]+(\d{4}|\d{2})",
                         text)
        if m and m[2][:3].lower() in _MONTHS:
            year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
            return dt.date(year, _MONTHS[m[2][:3].lower()], int(m[1]))
    except ValueError as exc:
        raise ImpossibleDate(f"{text!r} is not a real date ({exc})") from None
    raise ConversionError(f"{text!r} is not a date: write it as DD/MM/YYYY or YYYY-MM-DD")


_TRUE = {"yes", "y", "true", "t", "1", "x", "✓", "ticked"}
_FALSE = {"no", "n", "false", "f", "0", "", "-"}


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(value).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ConversionError(f"{_text(value)!r} is not yes or no")


def _number(value: Any, kind: Kind) -> Any:
    if isinstance(value, bool):
        raise ConversionError(f"{value!r} is not a number")
    text = _text(value).replace(",", "").replace("£", "").strip()
    if text.endswith("%"):
        text = text[:-1]
    try:
        if kind == "decimal":
            return str(decimal.Decimal(text))
        number = float(text)
    except (ValueError, decimal.InvalidOperation):
        raise ConversionError(f"{_text(value)!r} is not a number") from None
    if kind == "int":
        if not number.is_integer():
            raise ConversionError(f"{_text(value)!r} is not a whole number")
        return int(number)
    return number


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


@functools.cache
def _choices(enum_cls: type[enum.Enum]) -> dict[str, str]:
    return {_norm(str(m.value)): str(m.value) for m in enum_cls}


def match_choice(value: Any, enum_cls: type[enum.Enum]) -> str:
    """The enum value a cell means: its value or label in any case, spacing or punctuation,
    or an unambiguous start of one (``Implemented`` -> ``implemented``; ``Nursing`` ->
    ``nursing_midwifery_registered``)."""
    text = _text(value)
    wanted = _norm(text)
    by_norm = _choices(enum_cls)
    if wanted in by_norm:
        return by_norm[wanted]
    values = list(by_norm.values())
    starts = [v for n, v in by_norm.items() if n.startswith(wanted) and wanted]
    if len(starts) == 1:
        return starts[0]
    close = difflib.get_close_matches(wanted, list(by_norm), n=1, cutoff=0.75)
    hint = f" (did you mean {by_norm[close[0]]!r}?)" if close else ""
    raise ConversionError(f"{text!r} is not one of: {', '.join(values)}{hint}")


def convert_cell(column: Column, value: Any) -> Any:
    """Plain data for the codec from one cell (references are resolved by the importer)."""
    kind = column.kind
    if kind in ("text", "id", "ref"):
        return _text(value)
    if kind == "date":
        return parse_date(value).isoformat()
    if kind in ("int", "float", "decimal"):
        return _number(value, kind)
    if kind == "bool":
        return _bool(value)
    if kind == "enum":
        assert column.enum_cls is not None
        return match_choice(value, column.enum_cls)
    if kind == "enums":
        assert column.enum_cls is not None
        return [match_choice(v, column.enum_cls) for v in split_list(value, commas=True)]
    if kind == "texts":
        return split_list(value, commas=column.name in ("keywords", "populations"))
    if kind == "ints":
        return [_number(v, "int") for v in split_list(value, commas=True)]
    if kind == "refs":
        return split_list(value, commas=True)
    if kind == "concept":
        return _concept(value)
    if kind == "concepts":
        if isinstance(value, list):
            return [_concept(v) for v in value]
        if isinstance(value, str) and value.lstrip().startswith("["):
            return _json(value)
        return [_concept(v) for v in split_list(value, commas=True)]
    return _json(value)


def _concept(value: Any) -> Any:
    if isinstance(value, dict):
        return value
    text = _text(value)
    if text.startswith("{"):
        return _json(text)
    return {"label": text}


def _json(value: Any) -> Any:
    if isinstance(value, dict | list):
        return value
    text = _text(value)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConversionError(
            f"is not JSON ({exc.msg} at character {exc.pos + 1}): this field holds nested "
            "values; write them as an export does, or use one column per part "
            "(e.g. 'costs.amount')") from None


# --- values -> cells (export) ---------------------------------------------------------------


def cell_text(column: Column, value: Any) -> str:
    """How an export writes one field's plain-data value, so that import reads it back."""
    if value is None:
        return ""
    kind = column.kind
    if kind in ("texts", "enums", "refs", "ints") and isinstance(value, list):
        if any(_SPLIT_COMMAS.search(str(v)) for v in value):
            return json.dumps(value, ensure_ascii=False)
        return "; ".join(str(v) for v in value)
    if kind == "concepts" and isinstance(value, list):
        if all(isinstance(v, dict) and set(v) == {"label"} and not _SPLIT_COMMAS.search(
                v["label"]) for v in value):
            return "; ".join(v["label"] for v in value)
        return json.dumps(value, ensure_ascii=False)
    if kind == "concept" and isinstance(value, dict) and set(value) == {"label"}:
        return str(value["label"])
    if kind == "bool":
        return "yes" if value else "no"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
