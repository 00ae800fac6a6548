"""The subset of CQL (Confluence Query Language) the fake understands.

Clauses joined by ``and``: ``space = "KM"``, ``type = page``, ``label = "km-lesson"``,
``title = "..."``, ``ancestor = 123``, ``parent = 123``, ``id = 123`` and ``id in (1, 2)``;
string values in double quotes with ``\\"`` escapes. Anything else is refused with the 400
Confluence gives for a query it cannot parse, so a client relying on more is caught.
"""

from __future__ import annotations

import re

import attrs

__all__ = ["Clause", "CqlError", "parse_cql"]

_FIELDS = {"space", "type", "label", "title", "ancestor", "parent", "id"}
_TOKEN = re.compile(
    r'\s*(?:(?P<str>"(?:[^"\\]|\\.)*")|(?P<op>!=|=|\(|\)|,)|(?P<word>[A-Za-z0-9_.\-]+))'
)


class CqlError(ValueError):
    """A query outside the supported subset, or malformed."""


@attrs.frozen
class Clause:
    field: str
    op: str  # "=", "!=" or "in"
    values: tuple[str, ...]


def _tokens(cql: str) -> list[str]:
    out: list[str] = []
    pos = 0
    while pos < len(cql):
        if cql[pos:].strip() == "":
            break
        match = _TOKEN.match(cql, pos)
        if match is None or match.end() == pos:
            raise CqlError(f"Could not parse cql : {cql}")
        token = match.group("str") or match.group("op") or match.group("word")
        out.append(token)
        pos = match.end()
    return out


def _value(token: str) -> str:
    if token.startswith('"'):
        return re.sub(r"\\(.)", r"\1", token[1:-1])
    return token


def parse_cql(cql: str) -> list[Clause]:
    """The clauses of *cql*; raises :class:`CqlError` outside the subset."""
    tokens = _tokens(cql)
    clauses: list[Clause] = []
    i = 0
    while i < len(tokens):
        if clauses:
            if tokens[i].lower() != "and":
                raise CqlError(f"Could not parse cql : {cql} (only 'and' is supported here)")
            i += 1
        if i + 2 >= len(tokens):
            raise CqlError(f"Could not parse cql : {cql}")
        field, op = tokens[i].lower(), tokens[i + 1].lower()
        if field not in _FIELDS:
            raise CqlError(f"Could not parse cql : {cql} (field {field!r} is not supported)")
        if op in ("=", "!="):
            clauses.append(Clause(field, op, (_value(tokens[i + 2]),)))
            i += 3
        elif op == "in":
            if tokens[i + 2] != "(":
                raise CqlError(f"Could not parse cql : {cql}")
            j, values = i + 3, []
            while j < len(tokens) and tokens[j] != ")":
                if tokens[j] != ",":
                    values.append(_value(tokens[j]))
                j += 1
            if j >= len(tokens):
                raise CqlError(f"Could not parse cql : {cql}")
            clauses.append(Clause(field, "in", tuple(values)))
            i = j + 1
        else:
            raise CqlError(f"Could not parse cql : {cql} (operator {op!r} is not supported)")
    if not clauses:
        raise CqlError("Could not parse cql : (empty)")
    return clauses
