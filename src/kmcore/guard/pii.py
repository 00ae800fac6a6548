"""The PII guard applied to records: which fields hold free text, findings per record,
and the clearances a person gives. The detectors themselves are in :mod:`kmcore.pii_text`
(re-exported here).
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, cast

import attrs

from kmcore.pii_text import (
    _ANY_DIGIT,
    _CLEAN_LONGEST,
    _CLEAN_MAX,
    _CONFIDENCE_ORDER,
    CLEAN_TEXTS,
    KIND_LABELS,
    Confidence,
    Finding,
    fingerprint,
    is_valid_nhs_number,
    masked_excerpt,
    masked_text,
    nhs_check_digit,
    nhs_number_range,
    scan_text,
)
from kmcore.records import _fields
from kmcore.records.base import PiiClearance, Record

__all__ = [
    "KIND_LABELS",
    "Confidence",
    "Finding",
    "clear",
    "fingerprint",
    "is_valid_nhs_number",
    "masked_excerpt",
    "masked_label",
    "masked_text",
    "nhs_check_digit",
    "nhs_number_range",
    "open_findings",
    "scan_record",
    "scan_text",
    "sort_findings",
    "text_at",
    "texts",
]


# Fields never scanned: identity and bookkeeping, and the clearances themselves.
_SKIP_FIELDS = frozenset({"id", "revision", "pii_cleared"})


_TEXT_FIELDS: dict[type, tuple[str, ...]] = {}
def _text_fields(cls: type) -> tuple[str, ...]:
    """Names of the fields of *cls* that may hold text (not ids of other records)."""
    names = _TEXT_FIELDS.get(cls)
    if names is None:
        names = _TEXT_FIELDS[cls] = tuple(
            field.name for field in attrs.fields(cls)
            if field.name not in _SKIP_FIELDS and not _fields.info(field).rel
        )
    return names


def texts(obj: Any, path: str = "$") -> Iterator[tuple[str, str]]:
    """Every free-text value in a record (or part), as ``(json path, text)``.

    Walks nested parts and lists; skips ids, references to other records, vocabulary values
    (enums) and the record's own ``pii_cleared``.
    """
    found: list[tuple[str, str]] = []
    _collect(obj, path, found, digits_only=False)
    return iter(found)


#: The types whose values hold no free text: the scalars, and each enum class once a value of
#: it is met (a vocabulary value is never scanned), so that a record's choice fields are
#: passed over in its collector without a call (D1333). Only ever added to.
_SCALARS: set[type] = {type(None), int, float, bool, dt.date, dt.datetime, decimal.Decimal}
_IS_ATTRS: dict[type, bool] = {}


def _is_attrs(kind: type) -> bool:
    known = _IS_ATTRS.get(kind)
    if known is None:
        known = _IS_ATTRS[kind] = attrs.has(kind)
    return known


def _collect(obj: Any, path: str, out: list[tuple[str, str]], *, digits_only: bool) -> None:
    """Append the texts of *obj*'s fields to *out*; with *digits_only*, only texts that hold
    a digit (the only ones a detector can match), without building the others' paths."""
    collector = _COLLECTORS.get(type(obj))
    if collector is None:
        collector = _COLLECTORS[type(obj)] = _collector(type(obj))
    collector(obj, path, out, digits_only)


_Collector = Callable[[Any, str, list[tuple[str, str]], bool], None]
#: Per class: its _collect, made by _collector on first use.
_COLLECTORS: dict[type, _Collector] = {}


def _collector(cls: type) -> _Collector:
    """*cls*'s _collect: one statement per text field rather than a loop over them, as the
    rule walk's reader is (D701); this runs for every record an import checks (D702).

    Most fields of most records are empty ("", None, ()) and skipped at once; plain text is
    settled here, and everything else (parts, lists, enums) is left to _collect_value. The
    names are attrs field names, so identifiers."""
    scope: dict[str, Any] = {"_digit": _ANY_DIGIT.search, "_scalars": _SCALARS,
                             "_value": _collect_value, "_str": str}
    lines = ["def collect(obj, path, out, digits_only):"]
    for name in _text_fields(cls):
        assert name.isidentifier(), name
        lines += [f"    v = obj.{name}",
                  "    if v:",
                  "        k = type(v)",
                  "        if k is _str:",
                  "            if not digits_only or _digit(v):",
                  f"                out.append((path + {'.' + name!r}, v))",
                  "        elif k not in _scalars:",
                  f"            _value(v, {name!r}, path, out, digits_only)"]
    lines.append("    return None")
    exec(compile("\n".join(lines), f"<kmcore pii collect {cls.__qualname__}>", "exec"), scope)
    return cast(_Collector, scope["collect"])


def _collect_value(value: Any, name: str | int, path: str, out: list[tuple[str, str]],
                   digits_only: bool) -> None:
    kind = type(value)
    if kind is str:
        # Most values are plain text: their path is built only when the text is kept (this
        # runs for every field of every record an import checks).
        if value and (not digits_only or _ANY_DIGIT.search(value)):
            out.append((f"{path}[{name}]" if isinstance(name, int) else f"{path}.{name}",
                        value))
        return
    if kind in _SCALARS:
        return
    if issubclass(kind, enum.Enum):  # what the branches below make of any enum: nothing
        _SCALARS.add(kind)
        return
    here = f"{path}[{name}]" if isinstance(name, int) else f"{path}.{name}"
    if isinstance(value, str):
        if value and not isinstance(value, enum.Enum) and (
            not digits_only or _ANY_DIGIT.search(value)
        ):
            out.append((here, value))
    elif kind is tuple:
        for i, item in enumerate(value):
            if type(item) is str:  # the first branch above, without a call for each item
                if item and (not digits_only or _ANY_DIGIT.search(item)):
                    out.append((f"{here}[{i}]", item))
            else:
                _collect_value(item, i, here, out, digits_only)
    elif _is_attrs(kind):
        _collect(value, here, out, digits_only=digits_only)


def text_at(record: Record, path: str) -> str | None:
    """The text at *path* in *record* (as :func:`texts` names it), or None."""
    for here, text in texts(record):
        if here == path:
            return text
    return None


#: Short texts found to hold no likely identifier (D1171), shared with masked_text (D1334):
#: see kmcore.pii_text.CLEAN_TEXTS.
_CLEAN = CLEAN_TEXTS


def scan_record(record: Record) -> list[Finding]:
    """Every likely identifier in every free-text field of *record*, cleared or not."""
    candidates: list[tuple[str, str]] = []
    _collect(record, "$", candidates, digits_only=True)
    found: list[Finding] = []
    clean = _CLEAN
    for path, text in candidates:
        if text in clean:
            continue
        here = scan_text(text, path, salt=record.id)
        if here:
            found.extend(here)
        elif len(text) <= _CLEAN_LONGEST:
            if len(clean) >= _CLEAN_MAX:
                clean.clear()
            clean.add(text)
    return found


def open_findings(record: Record) -> list[Finding]:
    """The findings in *record* that no clearance in ``record.pii_cleared`` matches."""
    found = scan_record(record)
    if not record.pii_cleared:
        return found
    cleared = {c.fingerprint for c in record.pii_cleared}
    return [f for f in found if f.fingerprint not in cleared]


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Most certain first, then by field and position."""
    return sorted(findings, key=lambda f: (_CONFIDENCE_ORDER[f.confidence], f.path, f.position))


def clear(record: Record, findings: Sequence[Finding], *, by: str, on: dt.date,
          note: str = "") -> Record:
    """*record* with clearances for *findings* added; clearances matching nothing are dropped.

    Dropping stale clearances (for text that has since been edited away) keeps no trace of a
    value the record no longer holds. The caller saves the result (``kb.update``).
    """
    current = {f.fingerprint for f in scan_record(record)}
    kept = [c for c in record.pii_cleared if c.fingerprint in current]
    have = {c.fingerprint for c in kept}
    for finding in findings:
        if finding.fingerprint not in have:
            kept.append(PiiClearance(fingerprint=finding.fingerprint, cleared_by=by,
                                     cleared_on=on, note=note))
            have.add(finding.fingerprint)
    return attrs.evolve(record, pii_cleared=tuple(kept))


def masked_label(record: Record) -> str:
    """``record.label`` (its title or name) with any likely identifier in it masked."""
    return masked_text(record.label)
