"""codec.register_variants: tagged sub-classes (a capture's details, or a plugin's own)."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from kmcore import codec
from kmcore.errors import ValidationError
from kmcore.records import _fields as f


@attrs.frozen(kw_only=True)
class Shape(f.Validated):
    """A base whose sub-classes are stored with a ``kind`` tag."""


@attrs.frozen(kw_only=True)
class Circle(Shape):
    radius: int = f.optional(int, "a whole number", checks=(f.non_negative,), help="r")


@attrs.frozen(kw_only=True)
class Label(Shape):
    text: str = f.text(required=True, limit=10, help="words")


@attrs.frozen(kw_only=True)
class Drawing(f.Validated):
    main: Shape = f.part(Shape, required=True, help="the main shape")
    extras: tuple[Shape, ...] = f.many(help="more shapes")


codec.register_variants(Shape, "kind", {"circle": Circle, "label": Label})


def test_variants_round_trip_with_their_tag() -> None:
    drawing = Drawing(main=Circle(radius=3), extras=(Label(text="hi"), Circle()))
    data = codec.unstructure(drawing)
    # Regression: the base's hook used to be found for the sub-classes too and recursed.
    assert data == {"main": {"kind": "circle", "radius": 3},
                    "extras": [{"kind": "label", "text": "hi"}, {"kind": "circle"}]}
    assert codec.structure(data, Drawing) == drawing


@pytest.mark.parametrize(("data", "path", "words"), [
    ({"main": {"kind": "square"}}, "$.main", "needs 'kind' set to one of: circle, label"),
    ({"main": {"radius": 1}}, "$.main", "needs 'kind' set to one of"),
    ({"main": "circle"}, "$.main", "must be an object"),
    ({"main": {"kind": "label"}}, "$.main.text", "is required but missing"),
    ({"main": {"kind": "circle", "radius": "big"}}, "$.main.radius", "must be a whole number"),
    ({"main": {"kind": "circle", "colour": "red"}}, "$.main.colour",
     "is not a field of Circle"),
    ({"main": {"kind": "label", "text": "far too long here"}}, "$.main.text",
     "the limit is 10"),
    ({"main": {"kind": "circle"}, "extras": [{"kind": "circle", "radius": -1}]},
     "$.extras[0].radius", "must not be negative"),
])
def test_variant_problems_have_paths(data: dict[str, Any], path: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        codec.structure(data, Drawing)
    assert any(p.path == path and words in p.reason for p in caught.value.problems), (
        caught.value.problems
    )


def test_a_variant_on_its_own_keeps_and_accepts_its_tag() -> None:
    assert codec.unstructure(Label(text="hi")) == {"kind": "label", "text": "hi"}
    assert codec.structure({"kind": "label", "text": "hi"}, Label) == Label(text="hi")
    assert codec.structure({"text": "hi"}, Label) == Label(text="hi")
    with pytest.raises(ValidationError):
        codec.structure({"kind": "circle", "text": "hi"}, Label)


def test_the_bare_base_cannot_be_written() -> None:
    with pytest.raises(TypeError, match="not a registered variant of Shape: circle, label"):
        codec.unstructure(Drawing(main=Shape()))
