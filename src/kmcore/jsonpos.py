"""Find the line a JSON path points at, so problems can be shown as ``file:line``.

Validation reports problems by JSON path (``$.outcomes[0].unit``); a librarian fixing a
hand-edited file wants a line number. :func:`line_of` walks the JSON text with a small
position-aware scanner (no tree is built, values we do not descend into are skipped) and
answers the line where the value at that path starts. A path that does not exist, such as a
required field that is missing, falls back to the nearest parent that does.

Only well-formed JSON is expected: for invalid JSON the decoder's own line is the better
answer. On text it cannot follow, the scanner answers the deepest position it reached or None;
it never raises.
"""

from __future__ import annotations

import json
import re

__all__ = ["line_of", "parse_path"]

_WS = re.compile(r"[ \t\n\r]*")
# A JSON string token, including its quotes; escapes are decoded only when a key is compared.
# Possessive (``*+``): nothing to backtrack into, so a 50 MB string takes linear time and no
# memory beyond the match (``(?:[^"\\]|\\.)*`` kept a backtracking point per character).
_STRING = re.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+"', re.DOTALL)
# The next character that can open or close a container, or start a string, while skipping.
_STRUCTURAL = re.compile(r'["{}\[\]]')
_SEGMENT = re.compile(r'\.([^.\[\]]+)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]')

Segment = str | int


class _Stop(Exception):
    """The text is not the JSON the path expects; stop at the deepest position reached."""


def parse_path(path: str) -> list[Segment] | None:
    """Split ``$.a[0].b`` into ``["a", 0, "b"]``; None when *path* is not a JSON path.

    Keys may also be written ``$["odd.key"]`` (JSON string syntax) when they contain dots or
    brackets. Parsing stops at the first segment it cannot read, keeping the ones before it,
    so a path with an odd tail still leads to its nearest readable parent.
    """
    if not path.startswith("$"):
        return None
    segments: list[Segment] = []
    pos = 1
    while pos < len(path):
        match = _SEGMENT.match(path, pos)
        if match is None:
            break
        key, index, quoted = match.groups()
        if key is not None:
            segments.append(key)
        elif index is not None:
            segments.append(int(index))
        else:
            segments.append(json.loads(quoted))
        pos = match.end()
    return segments


def line_of(text: str, path: str, *, key: bool = False) -> int | None:
    """The 1-based line of the value at JSON *path* in *text*, or of its nearest parent.

    :param text: the JSON document.
    :param path: a path like ``$.outcomes[0].unit`` (``$`` is the whole document).
    :param key: for an object member, answer the line of its key rather than of its value.
        The two differ only when a hand edit put them on different lines; an unknown-key
        problem (``$.titel``) is about the key.
    :returns: None when *text* holds no JSON value at all or *path* is not a JSON path.
    """
    segments = parse_path(path)
    if segments is None:
        return None
    pos = _skip_ws(text, 0)
    if pos >= len(text):
        return None
    best = pos
    try:
        for segment in segments:
            found = _find_member(text, pos, segment)
            if found is None:
                break  # missing: the parent is the nearest thing that exists
            key_pos, pos = found
            best = key_pos if key and key_pos is not None else pos
    except _Stop:
        pass
    return text.count("\n", 0, best) + 1


def _skip_ws(text: str, pos: int) -> int:
    match = _WS.match(text, pos)
    return match.end() if match else pos


def _find_member(text: str, pos: int, segment: Segment) -> tuple[int | None, int] | None:
    """(key position or None, value position) of *segment* in the container at *pos*."""
    opener = text[pos : pos + 1]
    if isinstance(segment, str):
        if opener != "{":
            return None
        return _find_key(text, pos, segment)
    if opener != "[":
        return None
    value = _find_index(text, pos, segment)
    return None if value is None else (None, value)


def _find_key(text: str, pos: int, wanted: str) -> tuple[int, int] | None:
    # JSON's decoder keeps the *last* of duplicate keys, so keep scanning after a match.
    found: tuple[int, int] | None = None
    pos = _skip_ws(text, pos + 1)
    if text.startswith("}", pos):
        return None
    while True:
        match = _STRING.match(text, pos)
        if match is None:
            raise _Stop
        key_pos = pos
        try:
            name = json.loads(match.group())
        except ValueError:
            raise _Stop from None
        pos = _skip_ws(text, match.end())
        if not text.startswith(":", pos):
            raise _Stop
        value_pos = _skip_ws(text, pos + 1)
        if name == wanted:
            found = (key_pos, value_pos)
        pos = _skip_ws(text, _skip_value(text, value_pos))
        if text.startswith(",", pos):
            pos = _skip_ws(text, pos + 1)
            continue
        return found


def _find_index(text: str, pos: int, wanted: int) -> int | None:
    pos = _skip_ws(text, pos + 1)
    if text.startswith("]", pos):
        return None
    index = 0
    while True:
        if index == wanted:
            return pos
        pos = _skip_ws(text, _skip_value(text, pos))
        if not text.startswith(",", pos):
            return None
        pos = _skip_ws(text, pos + 1)
        index += 1


def _skip_value(text: str, pos: int) -> int:
    """The position just after the JSON value starting at *pos*."""
    char = text[pos : pos + 1]
    if char == '"':
        match = _STRING.match(text, pos)
        if match is None:
            raise _Stop
        return match.end()
    if char in ("{", "["):
        depth = 0
        while True:
            match = _STRUCTURAL.search(text, pos)
            if match is None:
                raise _Stop
            token = match.group()
            if token == '"':
                string = _STRING.match(text, match.start())
                if string is None:
                    raise _Stop
                pos = string.end()
                continue
            depth += 1 if token in "{[" else -1
            pos = match.end()
            if depth == 0:
                return pos
    # A number, true, false or null: runs until a delimiter.
    end = pos
    while end < len(text) and text[end] not in ",}] \t\r\n":
        end += 1
    if end == pos:
        raise _Stop
    return end
