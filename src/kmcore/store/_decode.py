"""Reading a record file's bytes as a record: the fast path every read and scan takes.

A valid file is parsed and checked once and returned; anything else goes to
:mod:`kmcore.store._problems`, which says everything that is wrong with it at once.

Records hand-made without a ``revision`` are read as revision 1: in the local store revision 0
always means "not saved yet", so such a record can be updated like any other.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import attrs

from kmcore import codec
from kmcore.errors import Problem, ValidationError
from kmcore.records.base import Record
from kmcore.specs import RecordTypeSpec
from kmcore.store._problems import MAX_RECORD_BYTES, Broken, file_problems
from kmcore.store._verified import VerifiedFiles, content_key
from kmcore.textfile import TextEncodingError, decode_text

__all__ = ["decode_record", "json_in_other_encoding", "text_for_lines"]


def decode_record(
    spec: RecordTypeSpec,
    stem: str,
    raw: bytes,
    specs: Mapping[str, RecordTypeSpec],
    classes: Mapping[str, type[Record]],
    verified: VerifiedFiles | None = None,
) -> Record:
    """The record in *raw*, read from ``<spec.folder>/<stem>.json``; :class:`Broken` if
    it cannot be used. The common, valid case is kept lean: scan speed depends on it.

    *specs* and *classes* are the store's record types, by name. With *verified*, field rules
    are skipped for content already seen to pass them.
    """
    if len(raw) > MAX_RECORD_BYTES:
        raise Broken(file_problems(spec, stem, raw, specs, classes))
    key = content_key(raw) if verified is not None else ""
    trusted = verified is not None and key in verified
    try:
        data = json.loads(raw.decode("utf-8-sig"))  # -sig: Notepad writes a BOM
    except ValueError:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        data = json_in_other_encoding(raw)  # UTF-16 from PowerShell, or None
    if type(data) is dict and data.get("type") == spec.name and data.get("id") == stem:
        try:
            record = codec.from_dict(data, classes, check_rules=not trusted)
        except ValidationError:
            pass
        else:
            if verified is not None and not trusted:
                verified.add(key)
            if record.revision < 1:  # hand-made: see the module docstring
                record = attrs.evolve(record, revision=1)
            return record
    problems = file_problems(spec, stem, raw, specs, classes)
    if not problems:  # pragma: no cover - file_problems finds whatever stopped the fast path
        problems = [(Problem("$", "could not be read as a record"), None)]
    raise Broken(problems)


def json_in_other_encoding(raw: bytes) -> Any:
    """The JSON in a record file that is not UTF-8 but is text kmcore reads (UTF-16 with a
    byte-order mark), or None: the slow path then says what is wrong with it."""
    try:
        return json.loads(decode_text(raw))
    except ValueError:
        return None


def text_for_lines(raw: bytes) -> str:
    """The file's text for finding a line number; never fails (undecodable bytes replaced)."""
    try:
        return decode_text(raw)
    except TextEncodingError:
        return raw.decode("utf-8", errors="replace")
