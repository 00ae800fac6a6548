"""The rule walk's generated per-class walker finds what calling every rule of every field
in turn finds (D701, D1440), and each rule's mark of when it passes is sound."""

from __future__ import annotations

import copy
import datetime as dt
import enum
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kmcore.errors import Problem, shorten
from kmcore.records import RECORD_TYPES, TECHNIQUE_DETAILS
from kmcore.records._fields import (
    _BLANK,
    _NO_DEFAULT,
    FAST,
    _fast_branches,
    _plan,
    _problem,
    _waived,
    collect_problems,
    is_type,
)
from records_strategies import captures, innovations, lessons, people, stories


def _plain_walk(obj: Any, path: str = "$", *, deep: bool = True) -> list[Problem]:
    """The walk as it was before D1440: every rule of every field not at its default
    called in order up to the first it breaks, parts walked, then the cross checks."""
    found: list[Problem] = []
    if not attrs.has(type(obj)):
        return found
    for name, checks, default in _plan(type(obj)):
        value = getattr(obj, name)
        if default is not _NO_DEFAULT and (value is default or value == default):
            continue
        for rule in checks:
            reason = rule(value)
            if reason:
                if value in _BLANK and _waived(obj, name):
                    break
                found.append(_problem(f"{path}.{name}", reason, value))
                break
        if deep:
            if type(value) is tuple:
                for i, item in enumerate(value):
                    if attrs.has(type(item)):
                        found.extend(_plain_walk(item, f"{path}.{name}[{i}]"))
            elif attrs.has(type(value)):
                found.extend(_plain_walk(value, f"{path}.{name}"))
    cross = getattr(obj, "_cross_checks", None)
    if cross is not None:
        waived = getattr(obj, "waived", None)
        for rel_path, reason, value in cross():
            if waived is not None and waived(rel_path):
                continue
            found.append(Problem(path + rel_path, reason, shorten(value) if value != "" else ""))
    return found


class _Text(str):
    """A str subclass: the marks hold for exact types only, so it takes the rules."""


#: values a field may be set to by hand (bypassing the converters and rules)
_AWKWARD: list[Any] = [
    "", " ", "\t\n", "x" * 100_001, "x" * 301, "Has Upper", "con", "a/b", "ok-id", "-bad-",
    "inn-" + "a" * 80, _Text("text"), _Text(""), None, 0, -3, 7, 1.5, True, False,
    dt.date(2024, 1, 2), dt.datetime(2024, 1, 2, 3, 4), (), ("a",), ("",), (" ",), ("x" * 600,),
    ("ok", 3), ("person-a", "Bad Id"), ["a"], {"a": 1},
]


def _set(obj: Any, name: str, value: Any) -> Any:
    """A copy of *obj* with *name* set to *value*, no converter or rule run."""
    changed = copy.copy(obj)  # no __init__: the rules are not run on the copy
    object.__setattr__(changed, name, value)
    return changed


def _parts(obj: Any) -> list[Any]:
    """*obj* and every part nested in it (in fields and in lists)."""
    found = [obj]
    for field in attrs.fields(type(obj)):
        value = getattr(obj, field.name)
        for item in value if isinstance(value, tuple) else (value,):
            if attrs.has(type(item)):
                found.extend(_parts(item))
    return found


_RECORDS = st.one_of(innovations(), people(), stories(), captures(), lessons())


@settings(max_examples=60, deadline=None)
@given(record=_RECORDS)
def test_a_record_s_problems_are_the_plain_walk_s(record: Any) -> None:
    for part in _parts(record):
        assert collect_problems(part) == _plain_walk(part)
        assert collect_problems(part, "$.x", deep=False) == _plain_walk(part, "$.x", deep=False)


@settings(max_examples=150, deadline=None)
@given(record=_RECORDS, data=st.data())
def test_a_broken_field_gives_the_plain_walk_s_problems(record: Any, data: Any) -> None:
    parts = _parts(record)
    part = data.draw(st.sampled_from(parts))
    names = [a.name for a in attrs.fields(type(part))]
    for _ in range(data.draw(st.integers(1, 3))):
        name = data.draw(st.sampled_from(names))
        part = _set(part, name, data.draw(st.sampled_from(_AWKWARD)))
    assert collect_problems(part) == _plain_walk(part)
    assert collect_problems(part, deep=False) == _plain_walk(part, deep=False)


def _classes() -> list[type]:
    """Every attrs class a record can hold, the records' own first."""
    seen: list[type] = []
    todo: list[type] = [*RECORD_TYPES.values(), *TECHNIQUE_DETAILS.values()]
    while todo:
        cls = todo.pop()
        if cls in seen or not attrs.has(cls):
            continue
        seen.append(cls)
        for field in attrs.fields(cls):
            for kind in getattr(field.type, "__args__", ()) or (field.type,):
                if isinstance(kind, type):
                    todo.append(kind)
    return seen


def _samples(kind: type) -> list[Any]:
    if kind is str:
        return ["", " ", "a", "Title", " padded ", "x" * 200, "x" * 201, "x" * 5000,
                "person-amara-okafor", "inn-000001-b39e2448", "con", "lpt3", "a" * 80,
                "a" * 81, "Upper-Case", "a..b", "a/b", "-a", "a-", "a_b", "\u00e9t\u00e9", "\n"]
    if kind is tuple:
        return [(), ("a",), ("",), (" ",), ("x" * 200,), ("x" * 5000,), ("a", 1), (None,),
                ("person-a", "person-b"), ("Bad Id",)]
    if issubclass(kind, enum.Enum):
        return list(kind)
    if kind is type(None):
        return [None]
    if kind is bool:
        return [True, False]
    if kind is int:
        return [0, 1, -1, 10, 1000, 10**9]
    if kind is float:
        return [0.0, -1.5, 2.5, 1e9]
    if kind is dt.date:
        return [dt.date(2024, 1, 1)]
    return []


def test_each_rule_s_mark_is_sound_for_every_field_of_every_class() -> None:
    """Where a field's generated test passes a value, every one of its rules passes it."""
    checked = 0
    for cls in _classes():
        for name, checks, _default in _plan(cls):
            for kind, test in _fast_branches(checks):
                for value in _samples(kind):
                    if type(value) is not kind:
                        continue
                    scope = {"v": value, "_plain_texts": _plain_texts_of(), **_id_scope()}
                    if eval(test, scope):  # the walker's own expression
                        checked += 1
                        assert [rule(value) for rule in checks] == [None] * len(checks), (
                            cls.__name__, name, value)
    assert checked > 200


def _plain_texts_of() -> Any:
    from kmcore.records._fields import _plain_texts

    return _plain_texts


def _id_scope() -> dict[str, Any]:
    from kmcore.ids import MAX_ID_LENGTH, USUAL_ID_MATCH, WINDOWS_RESERVED

    return {"_ID_LONGEST": MAX_ID_LENGTH, "_id_match": USUAL_ID_MATCH,
            "_id_reserved": WINDOWS_RESERVED}


@pytest.mark.parametrize("name", ["title", "problem", "lead", "keywords", "id", "stage"])
def test_an_innovation_s_usual_fields_are_passed_without_their_rules(name: str) -> None:
    """The fields an import fills on every row have a test in line (else the walk is as
    slow as before)."""
    checks = {n: c for n, c, _ in _plan(RECORD_TYPES["innovation"])}[name]
    assert all(getattr(rule, FAST, None) is not None for rule in checks)
    assert _fast_branches(checks)


def test_a_field_with_a_rule_without_a_mark_has_no_test_in_line() -> None:
    """A rule that does not say when it passes (a DOI's, a hand-written one) is always
    called, and so are the field's other rules with it."""

    def unmarked(value: Any) -> str | None:
        return None

    assert _fast_branches((unmarked,)) == []
    assert _fast_branches((is_type(str, "text"), unmarked)) == []
    assert _fast_branches((is_type(str, "text"),)) == [(str, "True")]


def test_a_list_s_plain_items_are_written_as_the_converter_writes_them() -> None:
    """D1441: a list field's text, number, bool and None items are kept as they are, which
    is what the converter writes for them; anything else still goes through it."""
    import enum as enum_module

    from kmcore import codec
    from kmcore.records import OrgRef
    from kmcore.records.vocab import Status

    class Word(enum_module.Enum):
        A = "a"

    items = ("text", _Text("sub"), 3, 2.5, True, None, Status.PUBLISHED, Word.A,
             dt.date(2024, 1, 2), OrgRef(name="Trust", ods_code="RT3"), ("x", 1))
    fast = codec._fast()
    assert codec._unstructure_items(items) == [fast.unstructure(i) for i in items]
    assert all(fast.get_unstructure_hook(kind)(value) is value
               for kind, value in ((str, "x"), (int, 1), (float, 1.5), (bool, True),
                                   (type(None), None)))


def test_an_empty_list_of_choices_converts_to_the_empty_tuple() -> None:
    """D1441: the default () is returned as it is; any other value as before."""
    from kmcore.records._fields import to_enum_tuple
    from kmcore.records.vocab import Status

    convert = to_enum_tuple(Status)
    assert convert(()) == () and convert([]) == () and convert(set()) == ()
    assert convert(["published", Status.DRAFT]) == (Status.PUBLISHED, Status.DRAFT)
    assert convert("draft") == tuple(convert(list("draft")))
