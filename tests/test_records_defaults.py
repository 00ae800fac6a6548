"""Rule checking skips fields left at their plain default, so every default must meet its rules."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import attrs
import pytest

import kmcore.records
from kmcore.records import _fields


def _record_classes() -> list[type]:
    found = []
    for module_info in pkgutil.iter_modules(kmcore.records.__path__):
        module = importlib.import_module(f"kmcore.records.{module_info.name}")
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if attrs.has(obj) and issubclass(obj, _fields.Validated) and obj not in found:
                found.append(obj)
    return found


CLASSES = _record_classes()


def test_there_are_classes_to_check() -> None:
    assert len(CLASSES) > 20


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_plain_defaults_meet_their_rules(cls: type) -> None:
    for field in attrs.fields(cls):
        default = field.default
        if default is attrs.NOTHING or isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            continue
        if _fields.info(field).required:
            continue  # always checked, default or not
        for rule in _fields.info(field).checks:
            assert rule(default) is None, f"{cls.__name__}.{field.name} default {default!r}"
