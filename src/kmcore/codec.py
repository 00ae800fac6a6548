"""The one converter between records and plain data (dicts, JSON text).

Every wire format at the edges (JSON files, Graph ``fields``, CSV rows) starts from the plain
dict this module produces. A record's dict carries ``type`` (the record type name) and
``schema_version``; fields left at their defaults are omitted so files stay short.

Reading is strict and explains itself: unknown keys, wrong types and broken rules are all
collected into one :class:`~kmcore.errors.ValidationError` whose problems carry JSON paths.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import threading
import types
import typing
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, get_args, get_origin

import attrs

from kmcore._json_text import pretty_json
from kmcore.errors import Problem, ValidationError, shorten
from kmcore.records import _fields
from kmcore.records.base import Record

# cattrs is imported, and the two converters built, on the first record read or written (see
# _converters): a run that reads none, such as an unchanged `kmcore sync`, need not pay for it.
if TYPE_CHECKING:
    import decimal

    import cattrs

__all__ = [
    "SCHEMA_VERSION",
    "dumps",
    "from_dict",
    "loads",
    "register_variants",
    "structure",
    "to_dict",
    "unstructure",
]

#: Version of the record JSON layout. Bump it, and teach :func:`_upgrade` the old shape,
#: whenever a change would stop an older file from loading.
SCHEMA_VERSION = 1

R = TypeVar("R")


class _WrongType(TypeError):
    """A value of the wrong JSON type; its message is the plain-English reason."""


def _strict(kind: type, label: str) -> Callable[[Any, Any], Any]:
    def hook(value: Any, _: Any) -> Any:
        if type(value) is kind:  # the common case, first: this runs for every text field read
            return value
        if isinstance(value, bool) and kind is not bool:
            raise _WrongType(f"must be {label}, not true/false")
        if kind is float and isinstance(value, int):
            return float(value)
        if not isinstance(value, kind):
            raise _WrongType(f"must be {label}, not {_json_type(value)}")
        return value

    return hook


def _json_type(value: Any) -> str:
    return {
        str: "text", int: "a whole number", float: "a number", bool: "true/false",
        list: "a list", dict: "an object", type(None): "null",
    }.get(type(value), type(value).__name__)


def _date(value: Any, _: Any) -> dt.date:
    if not isinstance(value, str):
        raise _WrongType(f"must be a date like 2025-03-31, not {_json_type(value)}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _WrongType("must be a date like 2025-03-31") from None


def _datetime(value: Any, _: Any) -> dt.datetime:
    if not isinstance(value, str):
        raise _WrongType(
            f"must be a date and time like 2025-03-31T14:00:00Z, not {_json_type(value)}"
        )
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise _WrongType("must be a date and time like 2025-03-31T14:00:00Z") from None
    # Times are kept in UTC; a time written without a zone is taken to be UTC already.
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


#: The last time written and its text: a batch's records share one time (created, updated),
#: written twice for each of thousands of records (D342). A time is immutable, so the same
#: object always has the same text.
_LAST_TIME: tuple[dt.datetime | None, str] = (None, "")


def _unstructure_datetime(value: dt.datetime) -> str:
    global _LAST_TIME
    last = _LAST_TIME  # one read: another thread may replace it meanwhile
    if last[0] is value:
        return last[1]
    text = value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
    _LAST_TIME = (value, text)
    return text


def _decimal(value: Any, _: Any) -> decimal.Decimal:
    import decimal

    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise _WrongType(f"must be an amount like 1250.50, not {_json_type(value)}")
    try:
        result = decimal.Decimal(str(value))
    except decimal.InvalidOperation:
        raise _WrongType("must be an amount like 1250.50") from None
    if not result.is_finite():
        raise _WrongType("must be a finite amount")
    return result


def _lenient_enum(value: Any, kind: type[enum.Enum]) -> Any:
    # A bad value is kept as it is so the field rule can report it with the allowed values.
    # The member map look-up is the fast path (Enum.__call__ is slow for every field read).
    try:
        return kind._value2member_map_[value]
    except (KeyError, TypeError):
        pass
    try:
        return kind(value)
    except ValueError:
        return value


def _is_optional(kind: Any) -> bool:
    args = get_args(kind)
    return (
        get_origin(kind) in (typing.Union, types.UnionType)
        and len(args) == 2
        and type(None) in args
    )


def _optional_factory(conv: cattrs.Converter) -> Callable[[Any], Callable[[Any, Any], Any]]:
    # cattrs' generic Optional handling looks the inner hook up on every call; resolve it once.
    def factory(kind: Any) -> Callable[[Any, Any], Any]:
        inner = next(a for a in get_args(kind) if a is not type(None))
        hook = conv.get_structure_hook(inner)

        def structure_optional(value: Any, _: Any) -> Any:
            return None if value is None else hook(value, inner)

        return structure_optional

    return factory


def _tuple_factory(
    conv: cattrs.Converter, detailed: bool
) -> Callable[[Any], Callable[[Any, Any], Any]]:
    from cattrs.errors import IterableValidationError, IterableValidationNote

    def factory(kind: Any) -> Callable[[Any, Any], Any]:
        args = get_args(kind)
        item_type = args[0] if args else Any
        item_hook = conv.get_structure_hook(item_type)

        def fast_hook(value: Any, _: Any) -> tuple[Any, ...]:
            # The fast converter only has to succeed or fail; the detailed one explains.
            if type(value) is not list and not isinstance(value, list | tuple):
                raise _WrongType(f"must be a list, not {_json_type(value)}")
            return tuple([item_hook(item, item_type) for item in value])

        def hook(value: Any, _: Any) -> tuple[Any, ...]:
            if not isinstance(value, list | tuple):
                raise _WrongType(f"must be a list, not {_json_type(value)}")
            items: list[Any] = []
            errors: list[Exception] = []
            for index, item in enumerate(value):
                try:
                    items.append(item_hook(item, item_type))
                except Exception as exc:  # collected, re-raised as a group below
                    exc.__notes__ = [
                        *getattr(exc, "__notes__", []),
                        IterableValidationNote(f"index {index}", index, item_type),
                    ]
                    errors.append(exc)
            if errors:
                raise IterableValidationError("items failed", errors, kind)
            return tuple(items)

        return hook if detailed else fast_hook

    return factory


def _is_homogeneous_tuple(kind: Any) -> bool:
    args = get_args(kind)
    return get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis


def _make_converter(detailed: bool) -> cattrs.Converter:
    import decimal

    import cattrs

    conv = cattrs.Converter(
        omit_if_default=True, forbid_extra_keys=True, detailed_validation=detailed
    )
    conv.register_structure_hook(str, _strict(str, "text"))
    conv.register_structure_hook(int, _strict(int, "a whole number"))
    conv.register_structure_hook(float, _strict(float, "a number"))
    conv.register_structure_hook(bool, _strict(bool, "true or false"))
    conv.register_structure_hook(dt.date, _date)
    conv.register_structure_hook(dt.datetime, _datetime)
    conv.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    conv.register_unstructure_hook(dt.datetime, _unstructure_datetime)
    conv.register_structure_hook(decimal.Decimal, _decimal)
    conv.register_unstructure_hook(decimal.Decimal, str)
    conv.register_structure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), _lenient_enum
    )
    conv.register_unstructure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), lambda e: e.value
    )
    conv.register_structure_hook_factory(_is_homogeneous_tuple, _tuple_factory(conv, detailed))
    conv.register_structure_hook_factory(_is_optional, _optional_factory(conv))
    conv.register_unstructure_hook_func(_is_homogeneous_tuple, _unstructure_items)
    conv.register_unstructure_hook_factory(_is_record_class, _record_unstructure(conv))
    return conv


#: Types cattrs writes as they are (its ``identity`` hook): a list's items of these are kept
#: without a call each to the converter (a record's keywords, every record written; D1441).
_AS_THEY_ARE = frozenset({str, int, float, bool, type(None)})


def _unstructure_items(value: Any) -> list[Any]:
    """A list field's items as plain data."""
    return [item if type(item) in _AS_THEY_ARE else unstructure(item) for item in value]


#: The fast and the detailed converter, once built (see :func:`_converters`).
_CONVERTERS: list[cattrs.Converter] = []
#: Every register_variants() call, in order, to apply to the converters when they are built.
_VARIANTS: list[tuple[type, str, Mapping[str, type]]] = []
_BUILDING = threading.Lock()


def _converters() -> list[cattrs.Converter]:
    """The fast and the detailed converter, built on first use with every variant registered
    so far (record modules register theirs when they are imported, before any is used)."""
    if _CONVERTERS:
        return _CONVERTERS
    with _BUILDING:
        if not _CONVERTERS:
            built = [_make_converter(detailed=False), _make_converter(detailed=True)]
            for base, tag, variants in _VARIANTS:
                _add_variants(built, base, tag, variants)
            _CONVERTERS.extend(built)
    return _CONVERTERS


def _fast() -> cattrs.Converter:
    return (_CONVERTERS or _converters())[0]


def _detailed() -> cattrs.Converter:
    return (_CONVERTERS or _converters())[1]


def _is_record_class(kind: Any) -> bool:
    return isinstance(kind, type) and issubclass(kind, Record)


def _record_unstructure(conv: cattrs.Converter) -> Callable[[type], Callable[[Any], Any]]:
    """A record's id is always written. Left to omit-if-default, cattrs would make a fresh
    id (the default) for every record it writes, only to find it differs: random bytes and
    a clock read per record, which an import of 100,000 rows pays twice over."""

    def factory(cls: type) -> Callable[[Any], Any]:
        from cattrs.gen import make_dict_unstructure_fn, override

        generated: Callable[[Any], Any] = make_dict_unstructure_fn(
            cls, conv, _cattrs_omit_if_default=True, id=override(omit_if_default=False))
        if not any(isinstance(a.default, attrs.Factory)  # type: ignore[arg-type]
                   and a.name != "id" for a in attrs.fields(cls)):
            return generated

        def unstructure(obj: Any) -> Any:
            # A part whose default is made by its class (``provenance``) is compared with a
            # fresh default part, which cattrs builds for every record it writes; a default
            # meets its rules (a test checks that for every class), so they are not run on
            # it (D705). Set directly, as structure() does: this runs for every record written.
            token = _fields._deferred.set(True)
            try:
                return generated(obj)
            finally:
                _fields._deferred.reset(token)

        return unstructure

    return factory


def register_variants(base: type, tag: str, variants: Mapping[str, type]) -> None:
    """Store subclasses of *base* as dicts tagged with ``tag`` (``{"technique": "retrospect"}``).

    Used for a capture record's technique-specific details; record-type plugins may use it too.
    """
    with _BUILDING:
        _VARIANTS.append((base, tag, dict(variants)))
        if _CONVERTERS:  # built already: the new variants join them now
            _add_variants(_CONVERTERS, base, tag, variants)


def _add_variants(converters: list[cattrs.Converter], base: type, tag: str,
                  variants: Mapping[str, type]) -> None:
    classes = set(variants.values())
    for conv in converters:
        # Each variant gets hooks of its own, registered for exactly that class. Without them
        # cattrs' singledispatch would find the hook for *base* for the subclasses too and the
        # hooks would call themselves until the recursion limit. The variant's own unstructure
        # hook writes the tag, so a variant in a list (unstructured by its runtime class, not
        # as *base*) keeps its tag too; its structure hook accepts its own tag for the same
        # reason.
        for name, cls in variants.items():
            conv.register_structure_hook(cls, _variant_structure(conv, cls, tag, name))
            conv.register_unstructure_hook(cls, _variant_unstructure(conv, cls, tag, name))

        def structure_variant(value: Any, _: Any, conv: cattrs.Converter = conv) -> Any:
            if not isinstance(value, dict):
                raise _WrongType(f"must be an object, not {_json_type(value)}")
            name = value.get(tag)
            if not isinstance(name, str) or name not in variants:
                allowed = ", ".join(variants)
                raise _WrongType(f"needs '{tag}' set to one of: {allowed} (got {name!r})")
            return conv.structure(value, variants[name])

        def unstructure_variant(value: Any, conv: cattrs.Converter = conv) -> Any:
            if type(value) not in classes:  # the bare base, or an unregistered subclass
                raise TypeError(f"{type(value).__name__} is not a registered variant of "
                                f"{base.__name__}: {', '.join(variants)}")
            return conv.unstructure(value, unstructure_as=type(value))

        conv.register_structure_hook(base, structure_variant)
        conv.register_unstructure_hook(base, unstructure_variant)


# The functions cattrs generates for each variant are made on first use, not at import: a
# capture record has twenty-odd techniques, two converters and two directions, and compiling
# all of them cost every kmcore process (an unchanged `kmcore sync` reads no record at all)
# about a tenth of a second. Two threads may both generate one; either result is the same.


def _variant_structure(
    conv: cattrs.Converter, cls: type, tag: str, name: str
) -> Callable[[Any, Any], Any]:
    generated: Callable[[Any, Any], Any] | None = None

    def hook(value: Any, _: Any) -> Any:
        nonlocal generated
        if generated is None:
            from cattrs.gen import make_dict_structure_fn

            generated = make_dict_structure_fn(cls, conv)
        if isinstance(value, dict) and value.get(tag) == name:
            value = {k: v for k, v in value.items() if k != tag}
        return generated(value, cls)

    return hook


def _variant_unstructure(
    conv: cattrs.Converter, cls: type, tag: str, name: str
) -> Callable[[Any], Any]:
    generated: Callable[[Any], Any] | None = None

    def hook(value: Any) -> Any:
        nonlocal generated
        if generated is None:
            from cattrs.gen import make_dict_unstructure_fn

            generated = make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True)
        return {tag: name, **generated(value)}

    return hook


# --- public functions -----------------------------------------------------------------------


def unstructure(obj: Any) -> Any:
    """Plain data (dicts, lists, text, numbers) for any record or part."""
    return _fast().unstructure(obj)


def to_dict(record: Record) -> dict[str, Any]:
    """A record as a plain dict with ``type`` and ``schema_version`` first."""
    body = _fast().unstructure(record, unstructure_as=type(record))
    head = {"type": record.record_type, "schema_version": SCHEMA_VERSION, "id": body.pop("id")}
    if "revision" in body:
        head["revision"] = body.pop("revision")
    return {**head, **body}


_FAST_HOOKS: dict[type, Callable[[Any, Any], Any]] = {}


def _fast_hook(cls: type) -> Callable[[Any, Any], Any]:
    hook = _FAST_HOOKS.get(cls)
    if hook is None:
        hook = _FAST_HOOKS[cls] = _fast().get_structure_hook(cls)
    return hook


def structure(
    data: Any, cls: type[R], *, subject: str | None = None, check_rules: bool = True
) -> R:
    """Build *cls* from plain data, checking every rule; raise one ValidationError listing all.

    ``check_rules=False`` still checks every type but skips the field rules; stores use it for
    data they have already seen pass them.
    """
    # Set the flag directly rather than through the context manager: this runs once for
    # every record a scan reads, and a generator-based context manager costs more than the rest.
    token = _fields._deferred.set(True)
    obj: R | None
    try:
        obj = _fast_hook(cls)(data, cls)
    except Exception:
        obj = None
    finally:
        _fields._deferred.reset(token)
    if obj is None:
        problems = _structure_problems(data, cls)
        raise ValidationError(subject or _subject(data, cls), problems)
    if check_rules:
        problems = _fields.collect_problems(obj)
        if problems:
            raise ValidationError(subject or _subject(data, cls), problems)
    return obj


def from_dict(
    data: Any,
    types: Mapping[str, type[Record]],
    *,
    subject: str | None = None,
    check_rules: bool = True,
) -> Record:
    """Build a record from a dict carrying ``type`` (looked up in *types*) and the fields."""
    if not isinstance(data, dict):
        raise ValidationError(subject or "record", [Problem("$", "must be a JSON object")])
    type_name = data.get("type")
    if not isinstance(type_name, str) or type_name not in types:
        known = ", ".join(sorted(types))
        raise ValidationError(
            subject or "record",
            [Problem("$.type", f"must name a record type: {known}", shorten(type_name))],
        )
    version = data.get("schema_version", SCHEMA_VERSION)
    if type(version) is not int:
        raise ValidationError(
            subject or "record",
            [Problem("$.schema_version", f"must be a whole number such as {SCHEMA_VERSION}",
                     shorten(version))],
        )
    if version > SCHEMA_VERSION:
        raise ValidationError(
            subject or "record",
            [Problem("$.schema_version",
                     f"is newer than this kmcore understands (up to {SCHEMA_VERSION}); "
                     "upgrade kmcore", shorten(version))],
        )
    body = dict(data)  # a copy: the caller's dict is left as it was
    del body["type"]
    body.pop("schema_version", None)
    body = _upgrade(body, version)
    return structure(body, types[type_name], subject=subject, check_rules=check_rules)


def _upgrade(body: dict[str, Any], version: int) -> dict[str, Any]:
    """Bring an older layout up to :data:`SCHEMA_VERSION` (nothing to do yet at version 1)."""
    return body


def dumps(record: Record) -> str:
    """Pretty-printed JSON text for a record, as the local-files store writes it.

    The text of ``json.dumps(..., indent=2, ensure_ascii=False)`` plus a newline, written by
    :func:`kmcore._json_text.pretty_json`, which is faster (a bulk import encodes every row).
    """
    return pretty_json(to_dict(record)) + "\n"


def loads(text: str, types: Mapping[str, type[Record]], *, subject: str | None = None) -> Record:
    """The record in JSON *text*; invalid JSON is a ValidationError naming line and column."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            subject or "record",
            [Problem("$", f"is not valid JSON: {exc.msg} at line {exc.lineno}, "
                          f"column {exc.colno}")],
            hint="Fix the JSON syntax (a missing comma or quote is the usual cause).",
        ) from None
    return from_dict(data, types, subject=subject)


# --- turning cattrs' error groups into Problems ----------------------------------------------


def _subject(data: Any, cls: type) -> str:
    rid = data.get("id") if isinstance(data, dict) else None
    name = getattr(cls, "record_type", cls.__name__)
    return f"{name} {rid!r}" if isinstance(rid, str) else str(name)


def _structure_problems(data: Any, cls: type) -> list[Problem]:
    with _fields.deferred_validation():
        try:
            _detailed().structure(data, cls)
        except Exception as exc:
            return list(_flatten(exc, "$", data, cls))
    return []  # pragma: no cover - the fast path failed, so the detailed one does too


def _flatten(exc: BaseException, path: str, value: Any, cls: Any) -> Any:
    from cattrs.errors import (
        AttributeValidationNote,
        BaseValidationError,
        ForbiddenExtraKeysError,
        IterableValidationNote,
    )

    if isinstance(exc, ForbiddenExtraKeysError):
        known = [a.name for a in attrs.fields(exc.cl)] if attrs.has(exc.cl) else []
        for key in sorted(exc.extra_fields):
            import difflib

            guess = difflib.get_close_matches(key, known, n=1)
            hint = f"; did you mean '{guess[0]}'?" if guess else ""
            yield Problem(f"{path}.{key}", f"is not a field of {exc.cl.__name__}{hint}")
        return
    if isinstance(exc, BaseValidationError):
        for sub in exc.exceptions:
            sub_path, sub_value = path, value
            for note in getattr(sub, "__notes__", []):
                if isinstance(note, AttributeValidationNote):
                    sub_path = f"{path}.{note.name}"
                    sub_value = value.get(note.name) if isinstance(value, dict) else None
                elif isinstance(note, IterableValidationNote):
                    index = note.index
                    sub_path = f"{path}[{index}]"
                    sub_value = (
                        value[index]
                        if isinstance(value, list | tuple) and isinstance(index, int)
                        and index < len(value)
                        else None
                    )
            yield from _flatten(sub, sub_path, sub_value, None)
        return
    if isinstance(exc, KeyError):
        yield Problem(path, "is required but missing")
        return
    if isinstance(exc, _WrongType):
        yield Problem(path, str(exc), shorten(value))
        return
    yield Problem(path, f"could not be read: {exc}", shorten(value))
