"""Checks requests against Atlassian's published OpenAPI documents (copies in ``specs/``).

A small, hand-written matcher: the path must match a documented path template, the method
must be documented for it, every query parameter sent must be a documented parameter of that
operation, and a JSON body must satisfy the operation's request schema (the subset of JSON
Schema the specs use: ``$ref``, ``type``, ``nullable``, ``required``, ``properties``,
``additionalProperties``, ``items``, ``enum``, ``maxLength``, ``allOf``/``oneOf``/``anyOf``).
See decision D81 for why no OpenAPI library is used.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

from kmcore_confluence.testing import Recorded

SPECS = Path(__file__).parent / "specs"

#: Documented differences of Data Center from the Cloud v1 document, allowed explicitly:
#: Data Center's search pages with start/limit offsets, where Cloud moved to cursors in 2020
#: (Atlassian change notice "moderize search REST APIs"; Data Center REST docs, content/search).
DC_EXTRA_QUERY = {("GET", "/wiki/rest/api/content/search"): {"start"}}


@functools.cache
def spec(name: str) -> dict[str, Any]:
    return json.loads((SPECS / name).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _resolve(doc: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        parts = node["$ref"].lstrip("#/").split("/")
        target: Any = doc
        for part in parts:
            target = target[part]
        node = target
    return node


@functools.cache
def _templates(name: str) -> list[tuple[re.Pattern[str], str]]:
    out = []
    for template in spec(name)["paths"]:
        pattern = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template))
        out.append((re.compile(pattern + r"\Z"), template))
    # Literal paths before templated ones (/content/search before /content/{id}).
    out.sort(key=lambda t: (t[1].count("{"), -len(t[1])))
    return out


def locate(recorded: Recorded, *, edition: str, context: str) -> tuple[str, str]:
    """``(spec file, path as the spec writes it)`` for a recorded request."""
    path = recorded.path
    if edition == "cloud":
        if path.startswith("/wiki/api/v2/"):
            return "cloud-v2-openapi.json", path[len("/wiki/api/v2"):]
        if path.startswith("/wiki/rest/api/"):
            return "cloud-v1-swagger.json", path
        raise AssertionError(f"{recorded.method} {path}: not a Cloud REST path")
    if path.startswith(context + "/api/v2/"):
        # doctor's edition probe: a Cloud v2 request, sent to see whether the site is Cloud.
        return "cloud-v2-openapi.json", path[len(context) + len("/api/v2"):]
    if not path.startswith(context + "/rest/api/"):
        raise AssertionError(f"{recorded.method} {path}: not under the context path {context}")
    return "cloud-v1-swagger.json", "/wiki" + path[len(context):]


def problems(recorded: Recorded, *, edition: str, context: str = "") -> list[str]:
    """Everything about *recorded* that the published documents do not allow."""
    name, path = locate(recorded, edition=edition, context=context)
    doc = spec(name)
    template = next((t for rx, t in _templates(name) if rx.match(path)), None)
    where = f"{recorded.method} {recorded.path}"
    if template is None:
        return [f"{where}: no path in {name} matches {path}"]
    item = doc["paths"][template]
    op = item.get(recorded.method.lower())
    if op is None:
        return [f"{where}: {template} has no {recorded.method} in {name}"]
    declared = {_resolve(doc, p)["name"] for p in [*item.get("parameters", []),
                                                    *op.get("parameters", [])]
                if _resolve(doc, p).get("in") == "query"}
    if edition == "datacenter":
        declared |= DC_EXTRA_QUERY.get((recorded.method, template), set())
    found = [f"{where}: query parameter {q!r} is not documented for {template}"
             for q in recorded.query if q not in declared]
    if recorded.body is not None:
        body = _resolve(doc, op.get("requestBody"))
        if not body:
            found.append(f"{where}: sends a body, but {template} documents none")
        else:
            schema = body["content"]["application/json"]["schema"]
            found += [f"{where}: body{p}" for p in validate(doc, schema, recorded.body, "")]
    return found


def validate(doc: dict[str, Any], schema: Any, value: Any, at: str) -> list[str]:
    """JSON Schema (the specs' subset) errors for *value*, as ``<path>: <reason>``."""
    schema = _resolve(doc, schema)
    if not isinstance(schema, dict):
        return []
    if value is None:
        return [] if schema.get("nullable") or not schema else [f"{at}: must not be null"]
    errors: list[str] = []
    for sub in schema.get("allOf", []):
        errors += validate(doc, sub, value, at)
    # oneOf is checked as "at least one": Atlassian's alternatives overlap (a page body may
    # be PageBodyWrite or PageNestedBodyWrite, neither with required members), so "exactly
    # one" would reject every request the documents show.
    for key in ("oneOf", "anyOf"):
        if key in schema:
            passing = [s for s in schema[key] if not validate(doc, s, value, at)]
            if not passing:
                errors.append(f"{at}: matches none of the {key} alternatives")
    kind = schema.get("type")
    checks = {"object": dict, "array": list, "string": str, "boolean": bool}
    if kind in checks and not isinstance(value, checks[kind]):
        return [*errors, f"{at}: must be {kind}, got {type(value).__name__}"]
    # Atlassian documents ids as int64 but its own API accepts them as strings of digits.
    digits = isinstance(value, str) and value.isdigit()
    if kind == "integer" and (isinstance(value, bool) or not isinstance(value, int)) \
            and not digits:
        return [*errors, f"{at}: must be integer, got {value!r}"]
    if kind == "number" and (isinstance(value, bool) or not isinstance(value, int | float)):
        return [*errors, f"{at}: must be number"]
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{at}: {value!r} is not one of {schema['enum']}")
    if isinstance(value, str) and "maxLength" in schema and len(value) > schema["maxLength"]:
        errors.append(f"{at}: longer than {schema['maxLength']}")
    if isinstance(value, dict):
        props = schema.get("properties", {})
        for key in schema.get("required", []):
            if key not in value:
                errors.append(f"{at}: required member {key!r} is missing")
        for key, member in value.items():
            if key in props:
                errors += validate(doc, props[key], member, f"{at}.{key}")
            elif schema.get("additionalProperties") is False:
                errors.append(f"{at}: member {key!r} is not allowed")
            elif isinstance(schema.get("additionalProperties"), dict):
                errors += validate(doc, schema["additionalProperties"], member, f"{at}.{key}")
    if isinstance(value, list) and "items" in schema:
        for i, member in enumerate(value):
            errors += validate(doc, schema["items"], member, f"{at}[{i}]")
    return errors
