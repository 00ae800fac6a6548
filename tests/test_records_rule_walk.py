"""The rule walk's per-class field reader gives what reading each field in turn gives (D701)."""

from __future__ import annotations

from typing import Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from kmcore.records._fields import _NO_DEFAULT, _plan, _set_fields
from records_strategies import captures, innovations, people, stories


def _parts(obj: Any) -> list[Any]:
    """*obj* and every part nested in it (in fields and in lists)."""
    found = [obj]
    for field in attrs.fields(type(obj)):
        value = getattr(obj, field.name)
        for item in value if isinstance(value, tuple) else (value,):
            if attrs.has(type(item)):
                found.extend(_parts(item))
    return found


@settings(max_examples=40)
@given(record=st.one_of(innovations(), people(), stories(), captures()))
def test_the_fields_left_at_their_defaults_are_skipped_as_the_plain_loop_skips_them(
        record: Any) -> None:
    for part in _parts(record):
        plain = [(name, checks, getattr(part, name)) for name, checks, default
                 in _plan(type(part))
                 if not (getattr(part, name) is default
                         or (default is not _NO_DEFAULT and getattr(part, name) == default))]
        assert _set_fields(type(part))(part) == plain
