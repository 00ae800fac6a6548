"""The JSON locator: paths to line numbers, for ``file:line`` problem reports."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kmcore.jsonpos import line_of, parse_path

DOC = """{
  "type": "lesson",
  "id": "lesson-1",
  "title": "Café \\"quoted\\" {not a brace} [nor this]",
  "outcomes": [
    {
      "unit": "days",
      "value": 3
    },
    {
      "unit": "hours",
      "nested": {"deep": [1, 2, {"x": null}]}
    }
  ],
  "keywords": ["a", "b",
     "c"],
  "titel": "typo",
  "empty": {},
  "none": []
}
"""


@pytest.mark.parametrize(
    ("path", "line"),
    [
        ("$", 1),
        ("$.type", 2),
        ("$.title", 4),
        ("$.outcomes", 5),
        ("$.outcomes[0]", 6),
        ("$.outcomes[0].unit", 7),
        ("$.outcomes[0].value", 8),
        ("$.outcomes[1].unit", 11),
        ("$.outcomes[1].nested.deep[2].x", 12),
        ("$.keywords[2]", 16),
        ("$.titel", 17),
    ],
)
def test_paths_map_to_lines(path: str, line: int) -> None:
    assert line_of(DOC, path) == line


@pytest.mark.parametrize(
    ("path", "line"),
    [
        ("$.missing", 1),  # a missing required field: the record itself
        ("$.outcomes[7]", 5),  # index past the end: the list
        ("$.outcomes[1].missing", 10),  # nearest existing parent
        ("$.type.deeper", 2),  # descending into a scalar: the scalar
        ("$.empty.x", 18),
        ("$.none[0]", 19),
    ],
)
def test_missing_paths_fall_back_to_nearest_parent(path: str, line: int) -> None:
    assert line_of(DOC, path) == line


def test_key_line_differs_from_value_line_when_split() -> None:
    text = '{\n  "titel":\n    "typo"\n}'
    assert line_of(text, "$.titel") == 3
    assert line_of(text, "$.titel", key=True) == 2


def test_last_duplicate_key_wins_like_the_decoder() -> None:
    text = '{\n"a": 1,\n"a": 2\n}'
    assert line_of(text, "$.a") == 3


def test_escaped_keys_and_quoted_path_segments() -> None:
    text = '{\n"odd.key": 1,\n"caf\\u00e9": 2\n}'
    assert line_of(text, '$["odd.key"]') == 2
    assert line_of(text, "$.café") == 3


def test_not_a_path_or_no_json() -> None:
    assert line_of(DOC, "title") is None
    assert line_of("   ", "$.a") is None
    assert parse_path("x") is None
    assert parse_path("$.a[3].b") == ["a", 3, "b"]


@pytest.mark.parametrize("text", ['{"a": ', '{"a" 1}', '{"a": [1, 2', '{"a": "unterminated', "{x}"])
def test_broken_json_never_raises(text: str) -> None:
    assert line_of(text, "$.a[1]") in (1, None)


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=12,
)


def _paths(value: object, path: str = "$") -> list[tuple[str, object]]:
    found: list[tuple[str, object]] = [(path, value)]
    if isinstance(value, dict):
        for k, v in value.items():
            found += _paths(v, f"{path}[{json.dumps(k)}]")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found += _paths(v, f"{path}[{i}]")
    return found


@given(_json)
def test_every_path_in_pretty_json_finds_its_value(value: object) -> None:
    # In indented output each scalar sits on its own line, so the line must hold its text.
    text = json.dumps(value, indent=2, ensure_ascii=False)
    lines = text.split("\n")
    for path, sub in _paths(value):
        line = line_of(text, path)
        assert line is not None
        if not isinstance(sub, dict | list):
            assert json.dumps(sub, ensure_ascii=False) in lines[line - 1]
