"""Field helpers shared by every record class, and the rule-checking walker.

Records are ``attrs`` frozen, keyword-only classes. Each field built with the helpers below
carries a :class:`FieldInfo` in its metadata: a help text (used by the interactive prompts and
the generated reference), the rules its value must meet, and, for fields that point at other
records, the relation name (``led_by``) and the record types it may point to.

Rules never raise on their own. :func:`collect_problems` walks a record and gathers every
broken rule as a :class:`~kmcore.errors.Problem` with its JSON path, so a librarian sees all
that is wrong with a record at once, not one problem per attempt.
"""

from __future__ import annotations

import contextlib
import contextvars
import enum
import functools
import re
import types
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar, cast

import attrs

from kmcore.errors import Problem, ValidationError, shorten

if TYPE_CHECKING:
    from attrs import AttrsInstance

Check = Callable[[Any], "str | None"]
E = TypeVar("E", bound=enum.Enum)
T = TypeVar("T", bound="AttrsInstance")

META = "kmcore"
_deferred: contextvars.ContextVar[bool] = contextvars.ContextVar("kmcore_defer", default=False)


@attrs.frozen
class FieldInfo:
    """What kmcore knows about one record field beyond its type."""

    help: str = ""
    checks: tuple[Check, ...] = ()
    required: bool = False
    #: For reference fields: the relation name and the record types allowed at the other end.
    rel: str | None = None
    targets: tuple[str, ...] = ()
    #: Hide from interactive prompts (managed by kmcore, e.g. timestamps).
    managed: bool = False


def info(field: attrs.Attribute[Any]) -> FieldInfo:
    """The :class:`FieldInfo` of an attrs field (an empty one when it has none)."""
    found = field.metadata.get(META)
    return found if isinstance(found, FieldInfo) else FieldInfo()


# --- rules ----------------------------------------------------------------------------------

#: The attribute a rule may carry saying when it passes, for the walker that runs it in line
#: (:func:`_walker`, D1440): ``(by_type, other)``. ``by_type`` maps an exact type ``T`` to a
#: Python expression over ``v`` such that, whenever ``type(v) is T`` and the expression is
#: true, the rule returns None; ``other`` says the rule returns None for a value of any exact
#: type that is not ``str`` (or a subclass of it). A rule without it is always called.
FAST = "_kmcore_fast"


def _passes_when(rule: Check, by_type: dict[type, str], *, other: bool = False) -> Check:
    """Mark *rule* with when it passes (see :data:`FAST`); returns it."""
    setattr(rule, FAST, (by_type, other))
    return rule


#: :func:`kmcore.ids.id_problem`'s usual case (an exact ``str``): the expression for an id rule
USUAL_ID = "len(v) <= _ID_LONGEST and _id_match(v) is not None and v not in _id_reserved"


def _type_passes(expected: type | tuple[type, ...]) -> dict[type, str]:
    """The exact types :func:`is_type` passes without a look at the value: each expected
    type, ``bool`` only when it is expected itself (an int is expected, a bool is not)."""
    kinds = _as_tuple(expected)
    return {kind: "True" for kind in kinds if kind is not bool or bool in kinds}


def not_blank(value: Any) -> str | None:
    if isinstance(value, str) and not value.strip():
        return "must not be empty"
    return None


_passes_when(not_blank, {str: "v.strip()"}, other=True)


def max_len(limit: int) -> Check:
    def check(value: Any) -> str | None:
        if isinstance(value, str) and len(value) > limit:
            return f"is {len(value):,} characters long; the limit is {limit:,}"
        return None

    check.__doc__ = f"at most {limit} characters"
    check.max_length = limit  # type: ignore[attr-defined]  # read by kmcore.fields
    return _passes_when(check, {str: f"len(v) <= {int(limit)}"}, other=True)


def in_range(low: float, high: float) -> Check:
    def check(value: Any) -> str | None:
        if value is None or isinstance(value, bool) or not isinstance(value, int | float):
            return None
        if not low <= value <= high:
            return f"must be between {low:g} and {high:g}"
        return None

    return check


def non_negative(value: Any) -> str | None:
    if (
        value is not None
        and not isinstance(value, bool)
        and isinstance(value, int | float)
        and value < 0
    ):
        return "must not be negative"
    try:
        import decimal

        if isinstance(value, decimal.Decimal) and value < 0:
            return "must not be negative"
    except ImportError:  # pragma: no cover - decimal is stdlib
        pass
    return None


def is_type(expected: type | tuple[type, ...], label: str) -> Check:
    def check(value: Any) -> str | None:
        if isinstance(value, bool) and bool not in _as_tuple(expected):
            return f"must be {label}"
        if not isinstance(value, expected):
            return f"must be {label}, not {type(value).__name__}"
        return None

    return _passes_when(check, _type_passes(expected))


def _as_tuple(t: type | tuple[type, ...]) -> tuple[type, ...]:
    return t if isinstance(t, tuple) else (t,)


def one_of(enum_cls: type[enum.Enum]) -> Check:
    def check(value: Any) -> str | None:
        if value is None or isinstance(value, enum_cls):
            return None
        allowed = ", ".join(str(m.value) for m in enum_cls)
        return f"must be one of: {allowed}"

    return _passes_when(check, {enum_cls: "True", type(None): "True"})


def each(inner: Check) -> Check:
    """Apply *inner* to every item of a tuple value (used for tuples of plain values)."""

    def check(value: Any) -> str | None:
        if not isinstance(value, tuple):
            return None
        for i, item in enumerate(value):
            reason = inner(item)
            if reason:
                return f"item {i} {reason}"
        return None

    return check


# --- converters: lenient, so that a bad value reaches the rules instead of raising ----------


def to_enum(enum_cls: type[E]) -> Callable[[Any], Any]:
    # The members by value, looked up first: calling the enum class costs several times more,
    # for each choice field of each record an import builds (D703). The class is still asked
    # whatever this does not hold (its own look-ups, _missing_, unhashable values).
    members = {member.value: member for member in enum_cls}

    def convert(value: Any) -> Any:
        if value is None or isinstance(value, enum_cls):
            return value
        try:
            found = members.get(value)
        except TypeError:
            found = None
        if found is not None:
            return found
        try:
            return enum_cls(value)
        except ValueError:
            return value  # left for the one_of rule to report with the allowed values

    return convert


def to_enum_tuple(enum_cls: type[E]) -> Callable[[Any], Any]:
    one = to_enum(enum_cls)

    def convert(value: Any) -> Any:
        if type(value) is tuple and not value:
            return value  # the default, on every record built: no generator for nothing
        return tuple(one(v) for v in to_tuple(value))

    return convert


def to_tuple(value: Any) -> Any:
    if isinstance(value, tuple):
        return value
    if isinstance(value, list | set | frozenset):
        return tuple(value)
    return value  # a string or scalar is reported by the rules, never split into characters


def _is_tuple(value: Any) -> str | None:
    if not isinstance(value, tuple):
        return f"must be a list, not {type(value).__name__}"
    return None


_passes_when(_is_tuple, {tuple: "True"})


# --- field builders -------------------------------------------------------------------------


def _meta(fi: FieldInfo) -> dict[str, Any]:
    return {META: fi}


def text(
    *,
    required: bool = False,
    limit: int | None = None,
    help: str = "",
    default: str = "",
    checks: tuple[Check, ...] = (),
) -> Any:
    """A text field; ``required`` ones must not be blank."""
    rules: list[Check] = [is_type(str, "text")]
    if required:
        rules.append(not_blank)
    if limit:
        rules.append(max_len(limit))
    rules.extend(checks)
    fi = FieldInfo(help=help, checks=tuple(rules), required=required)
    if required:
        return attrs.field(metadata=_meta(fi))
    return attrs.field(default=default, metadata=_meta(fi))


def optional(
    kind: type | tuple[type, ...], label: str, *, help: str = "", checks: tuple[Check, ...] = ()
) -> Any:
    """An optional scalar (number, date, bool...) defaulting to None."""

    def typed(value: Any) -> str | None:
        return None if value is None else is_type(kind, label)(value)

    _passes_when(typed, {**_type_passes(kind), type(None): "True"})
    fi = FieldInfo(help=help, checks=(typed, *checks))
    return attrs.field(default=None, metadata=_meta(fi))


def flag(*, default: bool = False, help: str = "") -> Any:
    """A true/false field with a default (use :func:`optional` when "not known" must be kept)."""
    fi = FieldInfo(help=help, checks=(is_type(bool, "true or false"),))
    return attrs.field(default=default, metadata=_meta(fi))


def required_value(kind: type | tuple[type, ...], label: str, *, help: str = "") -> Any:
    """A required scalar (date, number...) with no default."""
    fi = FieldInfo(help=help, checks=(is_type(kind, label),), required=True)
    return attrs.field(metadata=_meta(fi))


def choice(enum_cls: type[E], *, default: E | None = None, help: str = "",
           required: bool = False) -> Any:
    """One value from a vocabulary (an enum); text values are converted."""
    fi = FieldInfo(help=help, checks=(one_of(enum_cls),), required=required)
    if required:
        return attrs.field(converter=to_enum(enum_cls), metadata=_meta(fi))
    return attrs.field(default=default, converter=to_enum(enum_cls), metadata=_meta(fi))


def choices(enum_cls: type[E], *, help: str = "") -> Any:
    """Several values from a vocabulary."""
    fi = FieldInfo(help=help, checks=(_is_tuple, each(one_of(enum_cls))))
    return attrs.field(default=(), converter=to_enum_tuple(enum_cls), metadata=_meta(fi))


def many(*, help: str = "", checks: tuple[Check, ...] = (), required: bool = False) -> Any:
    """A list (stored as a tuple) of plain values or nested parts."""
    rules: list[Check] = [_is_tuple]
    if required:
        rules.append(lambda v: "must have at least one entry" if v == () else None)
    rules.extend(checks)
    fi = FieldInfo(help=help, checks=tuple(rules), required=required)
    return attrs.field(default=(), converter=to_tuple, metadata=_meta(fi))


def texts(*, help: str = "", required: bool = False, limit: int | None = None) -> Any:
    """A list of text items (insights, themes, recommendations...)."""
    item_rules: list[Check] = [is_type(str, "text"), not_blank]
    if limit:
        item_rules.append(max_len(limit))

    def items(value: Any) -> str | None:
        if not isinstance(value, tuple):
            return None
        for i, item in enumerate(value):
            for rule in item_rules:
                reason = rule(item)
                if reason:
                    return f"item {i} {reason}"
        return None

    # every item exact text, not blank and within the limit: each item rule passes
    _passes_when(items, {tuple: f"_plain_texts(v, {int(limit or 0)})"})
    return many(help=help, checks=(items,), required=required)


def _plain_texts(value: tuple[Any, ...], limit: int) -> bool:
    """Whether every item of *value* is an exact ``str``, not blank, and (a *limit* other
    than 0) at most *limit* characters: what :func:`texts`' item rules ask."""
    for item in value:
        if type(item) is not str or not item.strip() or (limit and len(item) > limit):
            return False
    return True


def part(kind: type, *, help: str = "", required: bool = False) -> Any:
    """A nested part (an attrs class) that may be absent unless required."""
    fi = FieldInfo(help=help, checks=(_part_type(kind),), required=required)
    if required:
        return attrs.field(metadata=_meta(fi))
    return attrs.field(default=None, metadata=_meta(fi))


def _part_type(kind: type) -> Check:
    def check(value: Any) -> str | None:
        if value is None or isinstance(value, kind):
            return None
        return f"must be a {kind.__name__}, not {type(value).__name__}"

    return _passes_when(check, {kind: "True", type(None): "True"})


def ref(rel: str, targets: tuple[str, ...], *, required: bool = False, help: str = "") -> Any:
    """The id of another record, e.g. an innovation's lead (``rel="led_by"``, ``("person",)``)."""
    from kmcore.ids import id_problem

    def valid(value: Any) -> str | None:
        if value is None:
            return None
        reason = id_problem(value)
        return f"is not a valid record id: it {reason}" if reason else None

    def named(value: Any) -> str | None:
        return "must name a record" if value in (None, "") else None

    _passes_when(valid, {str: USUAL_ID, type(None): "True"})
    _passes_when(named, {str: "v"})
    rules: list[Check] = [valid]
    if required:
        rules.insert(0, named)
    fi = FieldInfo(help=help, checks=tuple(rules), required=required, rel=rel, targets=targets)
    if required:
        return attrs.field(metadata=_meta(fi))
    return attrs.field(default=None, metadata=_meta(fi))


def refs(rel: str, targets: tuple[str, ...], *, help: str = "") -> Any:
    """Ids of several other records (``rel="produced"`` for a capture's lessons)."""
    from kmcore.ids import id_problem

    def valid(value: Any) -> str | None:
        if not isinstance(value, tuple):
            return None
        for i, item in enumerate(value):
            reason = id_problem(item)
            if reason:
                return f"item {i} is not a valid record id: it {reason}"
        return None

    fi = FieldInfo(help=help, checks=(_is_tuple, valid), rel=rel, targets=targets)
    return attrs.field(default=(), converter=to_tuple, metadata=_meta(fi))


# --- validation -----------------------------------------------------------------------------


@contextlib.contextmanager
def deferred_validation() -> Iterator[None]:
    """Build records without checking them on construction (the codec checks the whole tree)."""
    token = _deferred.set(True)
    try:
        yield
    finally:
        _deferred.reset(token)


#: Each attrs class's fields: name -> whether it has a converter (for :func:`replaced`).
_FIELDS_OF: dict[type, dict[str, bool]] = {}
#: Each attrs class's copier (for :func:`replaced`), made on first use.
_COPIERS: dict[type, Callable[[Any, dict[str, Any]], Any]] = {}


def replaced(obj: T, **changes: Any) -> T:
    """``attrs.evolve(obj, **changes)`` without re-running ``__init__``; several times as
    fast.

    For the store's bookkeeping in bulk saves (a new revision, timestamps, the owner), made
    once per record of an import: ``__init__`` would convert every field again, and run every
    rule unless deferred, though values the record already holds are converted and a changed
    revision or timestamp changes no rule's answer. The new values must be in their final form:
    a change to a field with a converter goes through ``attrs.evolve`` instead. No rule is
    run either way: the caller checks the record (or has).
    """
    cls = type(obj)
    fields = _FIELDS_OF.get(cls)
    if fields is None:
        fields = _FIELDS_OF[cls] = {a.name: a.converter is not None for a in attrs.fields(cls)}
    if any(fields.get(name, True) for name in changes):  # converted, or not a field at all
        with deferred_validation():
            evolved: T = attrs.evolve(cast(Any, obj), **changes)  # mypy: T is an attrs class
            return evolved
    copier = _COPIERS.get(cls)
    if copier is None:
        copier = _COPIERS[cls] = _copier(cls, list(fields))
    return cast(T, copier(obj, changes))


def _copier(cls: type, names: list[str]) -> Callable[[Any, dict[str, Any]], Any]:
    """A function copying an instance of *cls* field by field, then setting the changed
    fields. One statement per field rather than a loop, and on a slotted class (as records
    are) each slot's own setter rather than ``object.__setattr__``: the copy of a record of
    ~50 fields was a quarter of an import's saving (D340). The names are attrs field names,
    so identifiers."""
    assert all(name.isidentifier() for name in names), names
    scope: dict[str, Any] = {"_new": object.__new__, "_set": object.__setattr__, "_cls": cls}
    slots = [getattr(cls, name, None) for name in names]
    lines = ["def copy(obj, changes):", "    new = _new(_cls)"]
    if all(isinstance(slot, types.MemberDescriptorType) for slot in slots):
        for n, (name, slot) in enumerate(zip(names, slots, strict=True)):
            scope[f"_slot{n}"] = cast(Any, slot).__set__
            lines.append(f"    _slot{n}(new, obj.{name})")
    else:
        lines += [f"    _set(new, {name!r}, obj.{name})" for name in names]
    lines += ["    for name, value in changes.items():", "        _set(new, name, value)",
              "    return new"]
    exec(compile("\n".join(lines), f"<kmcore copier {cls.__qualname__}>", "exec"), scope)
    return cast(Callable[[Any, dict[str, Any]], Any], scope["copy"])


def _join(path: str, name: str) -> str:
    return f"{path}.{name}"


_ITEM_RE = re.compile(r"item (\d+) (.*)\Z", re.DOTALL)


def _problem(path: str, reason: str, value: Any) -> Problem:
    """A Problem; "item 3 must ..." from a list rule becomes path ``[3]`` with that item's value."""
    match = _ITEM_RE.match(reason)
    if match and isinstance(value, tuple):
        index = int(match.group(1))
        if index < len(value):
            return Problem(f"{path}[{index}]", match.group(2), shorten(value[index]))
    return Problem(path, reason, shorten(value))


_NO_DEFAULT = object()


@functools.cache
def _plan(cls: type) -> tuple[tuple[str, tuple[Check, ...], Any], ...]:
    """Per class, once: each field's name, rules, and the default whose rules need no run."""
    plan = []
    for field in attrs.fields(cls):
        default = field.default
        # A required list has the default () but () breaks its rule, so it is always checked.
        if (
            default is attrs.NOTHING
            or isinstance(default, attrs.Factory)  # type: ignore[arg-type]
            or info(field).required
        ):
            default = _NO_DEFAULT
        plan.append((field.name, info(field).checks, default))
    return tuple(plan)


def collect_problems(obj: Any, path: str = "$", *, deep: bool = True) -> list[Problem]:
    """Every broken rule in *obj* (a record or nested part) with its JSON path.

    This runs on every record the store reads and every row an import checks, so it is kept
    lean: a field still holding its plain default ("", (), None...) is skipped, because
    defaults meet their own rules (a test checks that for every record class), and a value
    a field's rules are known to pass (:data:`FAST`) is not handed to them (D1440).
    """
    kind = type(obj)
    walk = _WALKERS.get(kind)
    if walk is None:
        if not _is_attrs(kind):
            return []
        walk = _WALKERS[kind] = _walker(kind)
    return walk(obj, path, deep)


_Walker = Callable[[Any, str, bool], list[Problem]]
#: Each attrs class's rule walker, made on first use (two threads may both make one: alike).
_WALKERS: dict[type, _Walker] = {}


def _fast_branches(checks: tuple[Check, ...]) -> list[tuple[type, str]]:
    """For one field's rules: each exact type whose values pass every rule when an
    expression holds, with that expression (see :data:`FAST`); the types the first rule
    names, in its order. Empty when any rule does not say when it passes."""
    marks = [getattr(rule, FAST, None) for rule in checks]
    if not checks or any(mark is None for mark in marks):
        return []
    branches = []
    for kind in marks[0][0]:  # type: ignore[index]  # none is None, checked above
        tests: list[str] = []
        for by_type, other in marks:  # type: ignore[misc]
            test = by_type.get(kind)
            if test is None and other and not issubclass(kind, str):
                test = "True"
            if test is None:
                break
            if test != "True":
                tests.append(f"({test})")
        else:
            branches.append((kind, " and ".join(tests) or "True"))
    return branches


def _walker(cls: type) -> _Walker:
    """The rule walk of *cls*, made once: one block per field rather than a loop over
    :func:`_plan` with ``getattr`` (a record has dozens of fields, most at their defaults,
    D701), each testing in line whether its rules would pass its value (an exact type and a
    cheap look: a title that is text, not blank and within its limit) and calling them only
    when that cannot tell; what the rules find, and in what order, is as before (D1440).
    The names are attrs field names, so identifiers."""
    from kmcore.ids import MAX_ID_LENGTH, USUAL_ID_MATCH, WINDOWS_RESERVED

    scope: dict[str, Any] = {
        "_rules": _run_rules, "_descend": _descend, "_cross": _run_cross, "_LEAVES": _LEAVES,
        "_plain_texts": _plain_texts, "_ID_LONGEST": MAX_ID_LENGTH,
        "_id_match": USUAL_ID_MATCH, "_id_reserved": WINDOWS_RESERVED}
    lines = ["def walk(obj, path, deep):", "    found = []"]
    for n, (name, checks, default) in enumerate(_plan(cls)):
        assert name.isidentifier(), name
        lines.append(f"    v = obj.{name}")
        pad = "    "
        if default is not _NO_DEFAULT:
            scope[f"_d{n}"] = default
            lines.append(f"    if not (v is _d{n} or v == _d{n}):")
            pad = "        "
        if checks:
            scope[f"_c{n}"] = checks
            word = "if"
            for k, (kind, test) in enumerate(_fast_branches(checks)):
                scope[f"_t{n}_{k}"] = kind
                lines.append(f"{pad}{word} type(v) is _t{n}_{k} and {test}:")
                lines.append(f"{pad}    pass")
                word = "elif"
            if word == "if":
                lines.append(f"{pad}_rules(found, obj, path, {name!r}, _c{n}, v)")
            else:
                lines += [f"{pad}else:", f"{pad}    _rules(found, obj, path, {name!r}, _c{n}, v)"]
        lines += [f"{pad}if deep and type(v) not in _LEAVES:",
                  f"{pad}    _descend(found, path, {name!r}, v)"]
    lines += ["    _cross(found, obj, path)", "    return found"]
    exec(compile("\n".join(lines), f"<kmcore rules {cls.__qualname__}>", "exec"), scope)
    return cast(_Walker, scope["walk"])


def _run_rules(found: list[Problem], obj: Any, path: str, name: str,
               checks: tuple[Check, ...], value: Any) -> None:
    """One field's rules, in order, up to the first broken one."""
    for rule in checks:
        reason = rule(value)
        if reason:
            if value in _BLANK and _waived(obj, name):
                return  # a required field listed in to_complete: kept, flagged
            found.append(_problem(_join(path, name), reason, value))
            return


def _descend(found: list[Problem], path: str, name: str, value: Any) -> None:
    """The rules of the parts a field holds (one part, or a list of them)."""
    kind = type(value)
    if kind is tuple:
        for i, item in enumerate(value):
            item_kind = type(item)
            if item_kind not in _LEAVES and _is_attrs(item_kind):
                found.extend(collect_problems(item, f"{path}.{name}[{i}]"))
    elif _is_attrs(kind):
        found.extend(collect_problems(value, _join(path, name)))
    else:
        _LEAVES.add(kind)  # a choice, a date...: the walker passes over it from now on


#: The types of values holding no part, which the walker passes over without a call: the
#: plain ones, and each other class met that is neither attrs nor a tuple (choices, dates),
#: only ever added to, so bounded by the classes there are.
_LEAVES: set[type] = {str, int, float, bool, type(None)}


def _run_cross(found: list[Problem], obj: Any, path: str) -> None:
    """The rules across several fields of *obj* (``_cross_checks``), less those waived."""
    cross = getattr(obj, "_cross_checks", None)
    if cross is not None:
        waived = getattr(obj, "waived", None)
        for rel_path, reason, value in cross():
            if waived is not None and waived(rel_path):
                continue  # listed in to_complete: kept, flagged for a librarian to complete
            found.append(Problem(path + rel_path, reason, shorten(value) if value != "" else ""))


_BLANK: tuple[Any, ...] = ("", None, ())


def _waived(obj: Any, name: str) -> bool:
    waived = getattr(obj, "waived", None)
    return waived is not None and bool(waived(name))
_ATTRS_CLASSES: dict[type, bool] = {}


def _is_attrs(kind: type) -> bool:
    # attrs.has() is called for every field of every record read; a dict look-up is cheaper.
    known = _ATTRS_CLASSES.get(kind)
    if known is None:
        known = _ATTRS_CLASSES[kind] = attrs.has(kind)
    return known


class Validated:
    """Mixin: check the instance's own rules when it is built directly in Python.

    Nested parts were already checked when they were built, so only this level is checked here.
    """

    def __attrs_post_init__(self) -> None:
        if _deferred.get():
            return
        problems = collect_problems(self, deep=False)
        if problems:
            raise ValidationError(_describe(self), problems)

    def _cross_checks(self) -> Iterator[tuple[str, str, Any]]:
        """Rules that involve several fields; yield (path below this object, reason, value)."""
        return iter(())


def _describe(obj: Any) -> str:
    rid = getattr(obj, "id", None)
    name = type(obj).__name__
    return f"{name} {rid!r}" if isinstance(rid, str) and rid else name
