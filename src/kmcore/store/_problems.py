"""What is wrong with a record file that cannot be used, each problem with its line.

The local store reads record files on a fast path (parse, check, done) and comes here only
when that fails, to say everything that is wrong at once: not UTF-8, not JSON, not an object,
in the wrong folder, an id that does not match the file name, and every broken field rule.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from kmcore import codec
from kmcore.errors import Problem, ValidationError, shorten
from kmcore.ids import id_problem
from kmcore.jsonpos import line_of
from kmcore.records.base import Record
from kmcore.specs import RecordTypeSpec
from kmcore.textfile import TextEncodingError, decode_text

__all__ = ["MAX_RECORD_BYTES", "SUFFIX", "Broken", "file_problems"]

SUFFIX = ".json"
#: A record file larger than this is refused before it is parsed. The longest text field
#: holds a few thousand characters, so a real record is kilobytes; a file this size is a
#: paste gone wrong, and reading it would cost seconds and hundreds of megabytes.
MAX_RECORD_BYTES = 10 * 1024 * 1024


class Broken(Exception):
    """A record file that cannot be used; carries its problems with their lines."""

    def __init__(self, problems: list[tuple[Problem, int | None]]) -> None:
        super().__init__(problems)
        self.problems = problems


def file_problems(
    spec: RecordTypeSpec, stem: str, raw: bytes, specs: Mapping[str, RecordTypeSpec],
    classes: Mapping[str, type[Record]],
) -> list[tuple[Problem, int | None]]:
    """Every problem in one record file, each with its line (the slow, thorough path)."""
    if len(raw) > MAX_RECORD_BYTES:
        reason = (f"is {len(raw) / 1024 / 1024:,.1f} MB; a record file is at most "
                  f"{MAX_RECORD_BYTES // 1024 // 1024} MB (its text fields hold a few "
                  "thousand characters each): a paste may have gone wrong, so open it "
                  "and take out what does not belong")
        return [(Problem("$", reason), None)]
    try:
        text = decode_text(raw)
    except TextEncodingError as exc:
        return [(Problem("$", exc.reason), exc.line)]
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        reason = f"is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        return [(Problem("$", reason), exc.lineno)]
    if not isinstance(data, dict):
        return [(Problem("$", "must be a JSON object: a record in { }"), line_of(text, "$"))]
    problems: list[Problem] = []
    found_type = data.get("type")
    if isinstance(found_type, str) and found_type != spec.name and found_type in specs:
        other = specs[found_type]
        problems.append(Problem(
            "$.type",
            f"says {found_type!r}, but the file is in the {spec.folder!r} folder, which "
            f"holds {spec.name} records; move the file to the {other.folder!r} folder",
            shorten(found_type),
        ))
    found_id = data.get("id")
    stem_problem = id_problem(stem)
    if "id" not in data:
        problems.append(Problem("$.id", f"is missing; set it to {stem!r}, the file name"))
    elif stem_problem is not None:
        problems.append(Problem(
            "$.id",
            f"cannot match the file name {stem + SUFFIX!r}, which is not a usable id: "
            f"it {stem_problem}; rename the file and change the id to match",
            shorten(found_id),
        ))
    elif isinstance(found_id, str) and found_id != stem:
        problems.append(Problem(
            "$.id",
            f"does not match the file name {stem + SUFFIX!r}; rename the file to "
            f"{found_id + SUFFIX!r} or change the id to {stem!r}",
            shorten(found_id),
        ))
    try:
        codec.from_dict(data, classes)
    except ValidationError as exc:
        problems.extend(exc.problems)
    # Unknown keys are about the key itself; every other problem about the value.
    return [
        (p, line_of(text, p.path, key=p.reason.startswith("is not a field")))
        for p in problems
    ]
