"""A choice field's converter gives what calling its enum class gives (D703)."""

from __future__ import annotations

import enum
from typing import Any

import pytest

from kmcore.records import vocab
from kmcore.records._fields import to_enum

_ENUMS = [cls for cls in vars(vocab).values()
          if isinstance(cls, type) and issubclass(cls, enum.Enum) and list(cls)]


def _called(cls: type[enum.Enum], value: Any) -> Any:
    """The converter as it was: the class called, the value kept when it is not a member."""
    if value is None or isinstance(value, cls):
        return value
    try:
        return cls(value)
    except ValueError:
        return value


class _Other(enum.StrEnum):
    PUBLISHED = "published"


@pytest.mark.parametrize("cls", _ENUMS, ids=lambda c: c.__name__)
def test_every_value_converts_as_the_enum_class_converts_it(cls: type[enum.Enum]) -> None:
    convert = to_enum(cls)
    values: list[Any] = [None, "", "nonsense", 1, 0, True, 2.5, ["draft"], {"a": 1},
                         _Other.PUBLISHED, "Published", " published"]
    for member in cls:
        values += [member, member.value, str(member.value).upper()]
    for value in values:
        assert convert(value) is _called(cls, value) or convert(value) == _called(cls, value)
        assert type(convert(value)) is type(_called(cls, value))
