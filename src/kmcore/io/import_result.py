"""What an import found and did: :class:`ImportResult`, its :class:`RowProblem` list, the
words of choice columns (:class:`ValueCount`) and the problems report a librarian opens."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any, Literal

import attrs

from kmcore.io.mapping import ImportMapping
from kmcore.io.values import ValueChoice

__all__ = ["KEEP_PROBLEMS", "Action", "ImportResult", "ProblemReport", "RowProblem", "Severity",
           "ValueCount"]

#: "merged": a row of a long staff list that adds its areas to the person of an earlier row
#: (D940, D980), or a row whose only cell carries on the text of the row above (D1092): no
#: record of its own, yet nothing refused, so not an error.
Severity = Literal["error", "warning", "merged"]
Action = Literal["create", "update", "unchanged"]

#: Kept in memory for the summary; the report file has every one.
KEEP_PROBLEMS = 1000


def _masked(text: str) -> str:
    from kmcore.guard.pii import masked_text

    return masked_text(text)


@attrs.frozen
class RowProblem:
    """What is wrong with one cell or row. ``value`` is shortened; a likely patient
    identifier (an NHS number in any of its written forms) is masked in both ``reason`` and
    ``value`` as the problem is made, so no report, preview or JSON built from it repeats it.
    """

    row: int
    column: str | None
    field: str
    reason: str = attrs.field(converter=_masked)
    value: str = attrs.field(default="", converter=_masked)
    severity: Severity = "error"

    def text(self) -> str:
        where = f"row {self.row}" + (f", column {self.column!r}" if self.column else "")
        shown = f" ({self.value})" if self.value else ""
        return f"{where}: {self.field}: {self.reason}{shown}"


@attrs.define
class ImportResult:
    """What an import found and did; see :meth:`summary`."""

    record_type: str
    source: str
    mapping: ImportMapping
    rows: int = 0
    valid: int = 0
    counts: dict[str, int] = attrs.field(factory=lambda: {"create": 0, "update": 0,
                                                          "unchanged": 0})
    people_created: list[str] = attrs.field(factory=list)
    problems: list[RowProblem] = attrs.field(factory=list)
    error_rows: int = 0
    warnings: int = 0
    #: rows of a long staff list merged into the person of an earlier row (D940, D980);
    #: of a log, another site of an entry (D1302) or an earlier update of it (D1270)
    merged: int = 0
    #: rows whose only filled cell carries on the long text of the row above, joined to it
    joined: int = 0
    applied: bool = False
    strict: bool = False
    report_path: Path | None = None
    preview: list[dict[str, Any]] = attrs.field(factory=list)
    notes: list[str] = attrs.field(factory=list)
    #: settings that did nothing, each naming itself and the file: a mapping file's column
    #: the file lacks, a --map-value word no cell holds (warned, not refused: D1487)
    unused: list[str] = attrs.field(factory=list)
    #: rows of other record types in a file holding several (a JSON export), skipped
    other_types: int = 0
    #: field -> the file's word -> what it became and in how many rows (choice columns)
    values: dict[str, dict[str, ValueCount]] = attrs.field(factory=dict)
    #: rows imported as records flagged incomplete (a stage rule wants more)
    incomplete: int = 0
    #: ``field -> value`` given with ``--default``
    defaults: dict[str, str] = attrs.field(factory=dict)

    def unknown_values(self) -> list[tuple[str, str, ValueCount]]:
        """``(field, the file's word, count)`` for each word no value was found for."""
        return [(field, word, vc) for field, words in self.values.items()
                for word, vc in words.items() if not vc.choice.value]

    @property
    def ok(self) -> bool:
        return self.error_rows == 0

    def summary(self) -> str:
        """One or two sentences for a librarian."""
        c = self.counts
        did = "Imported" if self.applied else "Would import"
        rows = self.rows - self.other_types
        text = (f"{did} {self.valid:,} of {rows:,} rows from {self.source}: "
                f"{c['create']:,} new, {c['update']:,} updated, {c['unchanged']:,} unchanged")
        if self.people_created:
            n = len(self.people_created)
            text += f"; {n} new {'person' if n == 1 else 'people'}"
        text += "."
        if self.incomplete:
            text += (f" {self.incomplete:,} {'needs' if self.incomplete == 1 else 'need'} "
                     "completing (`kmcore review incomplete` lists what is missing).")
        if self.merged:
            whose = ("the person they repeat" if self.record_type == "person" else
                     "the entry they belong to (another adopting site, or an earlier update)")
            text += (f" {self.merged:,} {'row' if self.merged == 1 else 'rows'} merged into "
                     f"{whose}.")
        if self.joined:
            text += (f" {self.joined:,} {'row' if self.joined == 1 else 'rows'} joined to the "
                     "row above (the text ran on into it).")
        if self.error_rows:
            text += (f" {self.error_rows:,} "
                     f"{'row has' if self.error_rows == 1 else 'rows have'} problems")
            text += (" so nothing was imported (--strict)." if self.strict and not self.valid
                     else " and were left out." if self.error_rows != 1
                     else " and was left out.")
        if self.warnings:
            text += (f" {self.warnings:,} warning{'s' if self.warnings != 1 else ''} "
                     "(imported, worth a look).")
        return text

    def to_dict(self) -> dict[str, Any]:
        return {
            "record_type": self.record_type,
            "source": self.source,
            "applied": self.applied,
            "rows": self.rows,
            "valid": self.valid,
            "counts": dict(self.counts),
            "people_created": list(self.people_created),
            "error_rows": self.error_rows,
            "warnings": self.warnings,
            "merged": self.merged,
            "joined": self.joined,
            "problems": [attrs.asdict(p) for p in self.problems],
            "report_path": str(self.report_path) if self.report_path else None,
            "mapping": [attrs.asdict(cm) for cm in self.mapping.columns],
            "values": {field: _masked_words(words) for field, words in self.values.items()},
            "incomplete": self.incomplete,
            "unused": list(self.unused),
            "summary": self.summary(),
        }


def _masked_words(words: dict[str, ValueCount]) -> dict[str, dict[str, Any]]:
    """The words of one choice column for the JSON result, each likely identifier masked
    (two words that mask alike are counted together)."""
    out: dict[str, dict[str, Any]] = {}
    for word, vc in words.items():
        shown = _masked(word)
        if shown in out:
            out[shown]["rows"] += vc.count
        else:
            out[shown] = {"value": vc.choice.value, "how": vc.choice.method, "rows": vc.count}
    return out


@attrs.define
class ValueCount:
    """One distinct word of a choice column: what it became, how, and in how many rows."""

    choice: ValueChoice
    count: int = 0
    first_row: int = 0


class ProblemReport:
    """The problems report: a CSV a librarian opens in Excel (row, column, field, problem)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.written = False
        self._fh: Any = None
        self._writer: Any = None

    def write(self, problem: RowProblem) -> None:
        if self.path is None:
            return
        if self._fh is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # utf-8-sig: Excel opens it with the right characters by double-click.
            self._fh = self.path.open("w", encoding="utf-8-sig", newline="")
            self._writer = csv.writer(self._fh)
            self._writer.writerow(["row", "column", "field", "severity", "problem", "value"])
        self._writer.writerow([problem.row, problem.column or "", problem.field,
                               problem.severity, problem.reason, problem.value])
        self.written = True

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()

