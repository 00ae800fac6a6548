"""Import a spreadsheet of records: check every row first, then save all valid rows at once.

An import runs in two steps, so nothing is ever half-imported:

1. :meth:`Importer.prepare` reads every row, converts its cells (choice words through
   :mod:`kmcore.io.values`, money, dates and names through :mod:`kmcore.io.cells`), resolves
   the people it names (:mod:`kmcore.io.people`) and validates the record it makes; a row
   that only lacks what a rule across fields or a required text asks for is kept, flagged
   ``to_complete``. Each problem is kept with its row and column. Valid records are spooled
   to a temporary file (so a 100,000-row file needs little memory).
2. :meth:`Importer.apply` saves them in batches (:meth:`KnowledgeBase.save_many`): all valid
   rows, or with ``strict`` none at all when any row has a problem.

Re-importing the same file changes nothing: each record's id is derived from the row's key
(a reference-number column, else the title), so the second import finds the records the first
one made, compares them field by field and reports them unchanged. Rows that changed in the
file update their record; fields the file has no column for keep what was edited in kmcore.
The same property finishes an import that was interrupted: run it again. A ledger
(:mod:`kmcore.io.ledger`) lets a re-import recognise unchanged rows without converting them.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import hashlib
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

import attrs

from kmcore import codec
from kmcore.errors import KmcoreError, ValidationError
from kmcore.ids import is_valid_id
from kmcore.io.cells import left_note, loose_date, not_a_record, person_name
from kmcore.io.columns import (
    Column,
    ConversionError,
    columns_for,
    convert_cell,
    part_column,
    split_list,
)
from kmcore.io.ledger import VERSION as LEDGER_VERSION
from kmcore.io.ledger import Ledger, row_digest
from kmcore.io.mapping import KEY, ImportMapping, guess_mapping, load_mapping
from kmcore.io.parts import (
    SPECIAL,
    UnknownWord,
    Warning_,
    adopters_in,
    cell_text,
    lend_emails,
    merge_part,
    parts_hint,
)
from kmcore.io.people import People, name_key, split_people
from kmcore.io.tables import Row, Table, read_table
from kmcore.io.values import ValueChoice, ValueMatcher
from kmcore.kb import KnowledgeBase
from kmcore.records.base import Record

__all__ = ["ImportResult", "Importer", "RowProblem", "ValueCount", "import_file"]

Severity = Literal["error", "warning"]
Action = Literal["create", "update", "unchanged"]

#: Kept in memory for the summary; the report file has every one.
_KEEP_PROBLEMS = 1000
_MARKER = "import-in-progress.json"
#: Records saved per batch (one lock and one flush to disk each): big enough that the flush
#: costs little per record, small enough that memory stays bounded.
BATCH = 2000


@attrs.frozen
class RowProblem:
    """What is wrong with one cell or row. ``value`` is shortened and never holds a
    likely patient identifier (those are reported by position only)."""

    row: int
    column: str | None
    field: str
    reason: str
    value: str = ""
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
    applied: bool = False
    strict: bool = False
    report_path: Path | None = None
    preview: list[dict[str, Any]] = attrs.field(factory=list)
    notes: list[str] = attrs.field(factory=list)
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
            "problems": [attrs.asdict(p) for p in self.problems],
            "report_path": str(self.report_path) if self.report_path else None,
            "mapping": [attrs.asdict(cm) for cm in self.mapping.columns],
            "values": {field: {word: {"value": vc.choice.value, "how": vc.choice.method,
                                      "rows": vc.count}
                               for word, vc in words.items()}
                       for field, words in self.values.items()},
            "incomplete": self.incomplete,
            "summary": self.summary(),
        }


@attrs.define
class ValueCount:
    """One distinct word of a choice column: what it became, how, and in how many rows."""

    choice: ValueChoice
    count: int = 0
    first_row: int = 0


def slug(text: str, limit: int = 40) -> str:
    """``"Dr Amara O'Kafor"`` -> ``"dr-amara-okafor"``: ascii, lower case, for ids."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower().replace("'", "")).strip("-")
    return words[:limit].strip("-")


def derived_id(prefix: str, record_type: str, key: str) -> str:
    """The id an imported row gets: readable, and the same every time for the same key."""
    normal = " ".join(key.lower().split())
    digest = hashlib.sha256(f"{record_type}\x00{normal}".encode()).hexdigest()[:8]
    words = slug(key, 40)
    # A log's own numbers often carry the same prefix ("INN-001"): "inn-001-…", not
    # "inn-inn-001-…".
    if words == prefix or words.startswith(prefix + "-"):
        words = words[len(prefix) + 1:]
    return f"{prefix}-{words}-{digest}" if words else f"{prefix}-{digest}"


def _legacy_id(prefix: str, record_type: str, key: str) -> str:
    """The id earlier imports derived (a log's "INN-001" became ``inn-inn-001-…``), so
    re-importing a file imported then still finds its records instead of duplicating them."""
    normal = " ".join(key.lower().split())
    digest = hashlib.sha256(f"{record_type}\x00{normal}".encode()).hexdigest()[:8]
    words = slug(key, 40)
    return f"{prefix}-{words}-{digest}" if words else f"{prefix}-{digest}"


class _Titles:
    """Finds a record of another type by id or exact title (for lesson -> innovation links)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.cache: dict[str, dict[str, set[str]]] = {}

    def resolve(self, text: str, targets: tuple[str, ...]) -> str:
        text = text.strip()
        if is_valid_id(text):
            for record_type in targets or tuple(self.kb.types):
                with contextlib.suppress(KmcoreError):
                    self.kb.get(text, record_type)
                    return text
        found: set[str] = set()
        for record_type in targets or tuple(self.kb.types):
            if record_type == "person":
                continue
            if record_type not in self.cache:
                index: dict[str, set[str]] = {}
                for record in self.kb.records(record_type):
                    title = getattr(record, "title", "")
                    index.setdefault(title.casefold(), set()).add(record.id)
                self.cache[record_type] = index
            found |= self.cache[record_type].get(text.casefold(), set())
        if len(found) == 1:
            return next(iter(found))
        what = " or ".join(targets) if targets else "record"
        if found:
            raise ConversionError(f"{len(found)} {what} records are titled {text!r}: "
                                  "write the id instead")
        if is_valid_id(text):
            # An id of a record not imported yet (records point both ways: an innovation
            # at its lessons, a lesson at its innovation): kept as written, as the store
            # keeps it; `kmcore validate` lists references that still point nowhere.
            return text
        raise ConversionError(f"no {what} has the id or title {text!r}")


class Importer:
    """One import of one file into one record type. See the module docstring.

    :param mapping: a mapping file to read (headers it does not mention are guessed).
    :param overrides: ``header -> field`` choices that win over the guess and the file.
    :param values: ``field -> {their word: kmcore's value}`` for choice columns, winning over
        the guess and the mapping file (``--map-value``).
    :param defaults: ``field -> value`` for rows whose cell is empty or whose file has no
        column for the field (``--default``); written as a cell would be.
    :param create_people: add a person record for a name no person has (default on).
    :param status: editorial status for new records (default: the record type's, ``draft``).
    :param strict: apply nothing if any row has a problem, and refuse rows that a stage rule
        finds incomplete instead of importing them flagged (the behaviour before flags).
    """

    def __init__(self, kb: KnowledgeBase, path: str | Path, record_type: str, *,
                 sheet: str | None = None, mapping: str | Path | None = None,
                 overrides: dict[str, str] | None = None,
                 values: dict[str, dict[str, str]] | None = None,
                 defaults: dict[str, str] | None = None, create_people: bool = True,
                 status: str | None = None, strict: bool = False) -> None:
        self.kb = kb
        self.path = Path(path)
        self.spec = kb.type_spec(record_type)
        self.record_type = self.spec.name
        self.cls: type[Record] = self.spec.cls
        self.columns = columns_for(self.cls)
        self.by_name = {c.name: c for c in self.columns}
        self.sheet = sheet
        self.mapping_file = mapping
        self.overrides = dict(overrides or {})
        self.value_overrides = {k: dict(v) for k, v in (values or {}).items()}
        self.default_overrides = dict(defaults or {})
        self.create_people = create_people
        self.status = status
        self.strict = strict
        self._table: Table | None = None
        self._spool: Path | None = None
        self._people: People | None = None
        self._known_ids: set[str] | None = None
        self._matchers: dict[str, ValueMatcher] = {}
        self._ledger: Ledger | None = None
        self._row_words: list[list[str]] = []
        self.result: ImportResult | None = None

    # --- step 0: the header ------------------------------------------------------------------

    def open(self) -> ImportMapping:
        """Read the header and decide the mapping (no row is read yet)."""
        table = read_table(self.path, sheet=self.sheet)
        self._table = table
        if self.mapping_file is not None:
            mapping = load_mapping(self.mapping_file, self.record_type, table.headers,
                                   self.columns)
        else:
            mapping = guess_mapping(self.record_type, table.headers, self.columns,
                                    use_synonyms=table.header_row != 0)
        if table.header_row == 0:
            # JSON records say their own type and schema version: never a field to fill.
            reserved: dict[str, str] = {h: "" for h in ("type", "schema_version")
                                        if h in table.headers}
            mapping = mapping.with_overrides({**reserved, **{
                h: f for h, f in self.overrides.items() if h in reserved}})
        if self.overrides:
            mapping = mapping.with_overrides(self.overrides)
        for field, words in self.value_overrides.items():
            mapping.values.setdefault(field, {}).update(words)
        mapping.defaults.update(self.default_overrides)
        from kmcore.io.mapping import check_field

        for cm in mapping.used:
            problem = check_field(cm.field, self.by_name, self.record_type)
            if problem:
                raise KmcoreError(f"column {cm.header!r}: {problem}",
                                  hint="Map it to one of the fields `kmcore types "
                                  f"{self.record_type}` lists, or to \"\" to ignore it.")
        for field in [*mapping.values, *mapping.defaults]:
            problem = check_field(field, self.by_name, self.record_type)
            if problem or field == KEY:
                raise KmcoreError(f"--map-value/--default {field!r}: "
                                  f"{problem or 'the key cannot have a default'}",
                                  hint=f"`kmcore types {self.record_type}` lists the fields.")
        for field, words in mapping.values.items():
            column = self._target(field)
            if column is None or column.enum_cls is None:
                raise KmcoreError(f"--map-value {field!r}: {field} is not a choice field",
                                  hint="Values can be mapped for choice fields (stage, "
                                  "innovation_type, staff_group...) only.")
            known = {str(m.value) for m in column.enum_cls}
            for word, value in words.items():
                if value not in known:
                    raise KmcoreError(
                        f"--map-value {field}:{word!r}={value!r}: {value!r} is not one of: "
                        f"{', '.join(sorted(known))}",
                        hint="Map the word to one of kmcore's values.")
        source = self.path.name + (f" (sheet {table.sheet!r})" if table.sheet else "")
        self.result = ImportResult(record_type=self.record_type, source=source,
                                   mapping=mapping, strict=self.strict, notes=list(table.notes),
                                   defaults=dict(mapping.defaults))
        return mapping

    def _target(self, field: str) -> Column | None:
        head, _, sub = field.partition(".")
        column = self.by_name.get(head)
        if column is None or not sub:
            return column
        return part_column(column, sub)

    @property
    def total_hint(self) -> int | None:
        return self._table.total_hint if self._table else None

    # --- step 1: check every row --------------------------------------------------------------

    def prepare(self, *, on_row: Callable[[int], None] | None = None,
                report: str | Path | None = None) -> ImportResult:
        """Read, convert, resolve and validate every row; spool the valid records."""
        if self.result is None:
            self.open()
        assert self._table is not None and self.result is not None
        result = self.result
        people = People(self.kb, create=self.create_people)
        titles = _Titles(self.kb)
        # The ids already stored, when the store can list them cheaply: most rows of a first
        # import are new, and asking the store for each missing file costs more than the rest.
        listing = getattr(self.kb.store, "ids", None)
        self._known_ids = set(listing(self.record_type)) if callable(listing) else None
        fd, spool_name = tempfile.mkstemp(prefix="kmcore-import-", suffix=".jsonl")
        self._spool = Path(spool_name)
        seen: dict[str, int] = {}
        report_file = _ReportWriter(Path(report) if report else None)
        sheet = self._table.sheet or ""
        ledger = self._ledger = Ledger(Path(self.kb.root), f"{self.path.name}\x00{sheet}",
                                       self.record_type, getattr(self.kb.store, "signatures",
                                                                 None))
        settings = self._settings()
        digests: set[str] = set()
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as spool:
                for row in self._table.rows:
                    result.rows += 1
                    digest = row_digest(settings, row.cells)
                    entry = ledger.unchanged(digest) if digest not in digests else None
                    digests.add(digest)
                    if entry is not None and entry["id"] not in seen:
                        seen[entry["id"]] = row.number
                        self._replay(row, entry, report_file)
                        ledger.keep_entry(entry)
                        if on_row is not None:
                            on_row(result.rows)
                        continue
                    self._row_words = []
                    problems, record, action = self._row(row, people, titles, seen)
                    errors = [p for p in problems if p.severity == "error"]
                    if not errors and record is not None:
                        ledger.keep(digest, record["id"], {
                            "words": self._row_words,
                            "warnings": [[p.column, p.field, p.reason]
                                         for p in problems if p.severity == "warning"]})
                    people.end_row(keep=not errors and record is not None)
                    result.warnings += len(problems) - len(errors)
                    for problem in problems:
                        report_file.write(problem)
                        if len(result.problems) < _KEEP_PROBLEMS:
                            result.problems.append(problem)
                    if errors:
                        result.error_rows += 1
                    elif record is not None and action is not None:
                        result.valid += 1
                        result.counts[action] += 1
                        if record.get("to_complete"):
                            result.incomplete += 1
                        if action != "unchanged":
                            spool.write(json.dumps({"action": action, "record": record},
                                                   ensure_ascii=False) + "\n")
                        if len(result.preview) < 5:
                            result.preview.append(record)
                    if on_row is not None:
                        on_row(result.rows)
        finally:
            report_file.close()
        self._people = people
        result.people_created = sorted(people.new)
        result.report_path = report_file.path if report_file.written else None
        return result

    def _settings(self) -> str:
        """Everything besides a row's cells that decides what the row becomes."""
        assert self.result is not None
        mapping = self.result.mapping
        return json.dumps([LEDGER_VERSION, self.record_type,
                           [[cm.header, cm.field] for cm in mapping.columns],
                           mapping.values, mapping.defaults, self.status, self.create_people,
                           self.strict], sort_keys=True, ensure_ascii=False)

    def _replay(self, row: Row, entry: dict[str, Any], report: _ReportWriter) -> None:
        """Count an unchanged row as the long way would have (values, warnings, preview)."""
        assert self.result is not None
        result = self.result
        result.valid += 1
        result.counts["unchanged"] += 1
        for field, word, value, method, detail in entry.get("words", []):
            words = result.values.setdefault(field, {})
            counted = words.get(word)
            if counted is None:
                counted = words[word] = ValueCount(ValueChoice(value, method, detail), 0,
                                                   row.number)
            counted.count += 1
        for column, field, reason in entry.get("warnings", []):
            problem = RowProblem(row.number, column, field, reason, severity="warning")
            result.warnings += 1
            report.write(problem)
            if len(result.problems) < _KEEP_PROBLEMS:
                result.problems.append(problem)
        if len(result.preview) < 5:
            with contextlib.suppress(KmcoreError):
                result.preview.append(codec.to_dict(self.kb.get(entry["id"], self.record_type)))

    def _row(self, row: Row, people: People, titles: _Titles,
             seen: dict[str, int]) -> tuple[list[RowProblem], dict[str, Any] | None,
                                            Action | None]:
        assert self.result is not None
        mapping = self.result.mapping
        problems: list[RowProblem] = []
        kind = row.cells.get("type")
        if isinstance(kind, str) and kind != self.record_type and kind in self.kb.types:
            self.result.other_types += 1  # a JSON export holds every type: take ours only
            return problems, None, None
        if self._table is not None and self._table.header_row != 0:
            title = next((str(row.cells[cm.header]) for cm in mapping.used
                          if cm.field in ("title", "display_name") and cm.header in row.cells),
                         "")
            why = not_a_record(row.cells, self._table.headers, title)
            if why:
                problems.append(RowProblem(row.number, None, "row", why))
                return problems, None, None
        data: dict[str, Any] = {}
        header_of: dict[str, str] = {}
        key: str | None = None
        people_cells: dict[str, list[tuple[str, str]]] = {}  # field -> (header, cell)
        filled = False
        for cm in mapping.used:
            if cm.header not in row.cells:
                continue
            value = row.cells[cm.header]
            filled = True
            if cm.field == KEY:
                key = " ".join(str(value).split())
                continue
            head, _, sub = cm.field.partition(".")
            column = self.by_name[head]
            if not sub and column.kind == "ref" and column.targets == ("person",):
                people_cells.setdefault(head, []).append((cm.header, str(value)))
                header_of.setdefault(head, cm.header)
                continue
            if not sub and head in data:
                continue  # two columns for one field: the first filled one wins
            try:
                converted = self._convert(cm.field, value, row.number, people, titles)
            except UnknownWord as exc:
                problems.append(RowProblem(row.number, cm.header, cm.field, str(exc),
                                           exc.word))
                continue
            except Warning_ as exc:
                problems.append(RowProblem(row.number, cm.header, cm.field,
                                           f"{exc} (left empty)", severity="warning"))
                continue
            except ConversionError as exc:
                problems.append(RowProblem(row.number, cm.header, cm.field, str(exc)))
                continue
            if converted is None:
                continue
            if sub:
                part = data.setdefault(head, {})
                if isinstance(part, dict):
                    merge_part(part, sub, converted)
                header_of.setdefault(head, cm.header)
            else:
                data[head] = converted
            header_of[cm.field] = cm.header
        if not filled:
            return problems, None, None  # a blank row (or one holding only ignored columns)
        lend_emails(people_cells)
        for field, cells in people_cells.items():
            try:
                groups = self._people_field(field, cells, data, people)
            except ConversionError as exc:
                problems.append(RowProblem(row.number, cells[0][0], field, str(exc)))
                continue
            if groups:
                shown = ", ".join(repr(g) for g in groups)
                problems.append(RowProblem(
                    row.number, cells[0][0], field,
                    f"{shown} names a group or a role, not a person: "
                    + ("not kept" if field in data else "left for a librarian to fill in"),
                    severity="warning"))
        for field, text in mapping.defaults.items():
            head, _, sub = field.partition(".")
            if (head in data and not sub) or (sub and isinstance(data.get(head), dict)
                                              and sub in data[head]):
                continue
            try:
                converted = self._convert(field, text, row.number, people, titles)
            except ConversionError as exc:
                problems.append(RowProblem(row.number, None, field,
                                           f"the --default {exc}", text))
                continue
            if sub:
                merge_part(data.setdefault(head, {}), sub, converted)
            else:
                data[head] = converted
        self._money_basis(data, header_of)
        self._spreading(data, row, problems)
        self._leaver(data)
        if key is not None and "reference" in self.by_name and "reference" not in data:
            data["reference"] = key[:100]
        record_id: str | None = data.get("id") or None
        if not record_id and self.record_type == "person":
            # A staff list's or form's own numbers say which response it was, not who:
            # people are told apart by e-mail and name, as everywhere else.
            key = None
            try:
                record_id = self._same_person(data, people)
            except ConversionError as exc:
                problems.append(RowProblem(row.number, header_of.get("display_name"),
                                           "display_name", str(exc)))
                return problems, None, None
        if key is None and not record_id:
            named = data.get("title") or data.get("display_name")
            key = str(named) if named else None
        if not record_id:
            if key is None:
                if not any(p.severity == "error" for p in problems):
                    problems.append(RowProblem(row.number, None, "id",
                                               "has no title or key to tell it apart: fill "
                                               "in the title, or map a reference column to "
                                               "'key'"))
                return problems, None, None
            record_id = derived_id(self.cls.id_prefix, self.record_type, key)
            legacy = _legacy_id(self.cls.id_prefix, self.record_type, key)
            if legacy != record_id and self._exists(legacy):
                record_id = legacy  # imported before ids dropped doubled prefixes
        seen_at = seen.get(record_id)
        if seen_at is not None:
            problems.append(RowProblem(row.number, None, "id",
                                       f"repeats row {seen_at} (same key or title): one of "
                                       "them is a duplicate"))
            return problems, None, None
        seen[record_id] = row.number
        if any(p.severity == "error" for p in problems):
            # Cells were refused: say so, and (below) what else is wrong with the row, but
            # do not build a record from part of it.
            self._build(row, record_id, data, header_of, problems, partial=True)
            return problems, None, None
        return self._build(row, record_id, data, header_of, problems)

    def _same_person(self, data: dict[str, Any], people: People) -> str | None:
        """The person a staff-list row is about, when the knowledge base has them already
        (by e-mail first, then by a name only one person has); else the id a log naming
        them would give them, so the two imports meet in one record."""
        email = str(data.get("work_email") or "").lower()
        name = str(data.get("display_name") or "")
        if email and email in people.by_email:
            return people.by_email[email]
        if not name:
            return None
        matches = people.by_name.get(name_key(name), set())
        if len(matches) > 1:
            raise ConversionError(
                f"{len(matches)} people are called {name!r} ({', '.join(sorted(matches))}): "
                "add their e-mail to the row, or an id column")
        if len(matches) == 1:
            found = next(iter(matches))
            theirs = people.email_of.get(found, "")
            if not (email and theirs and theirs != email):
                return found
            return derived_id("person", "person", f"{name_key(name)} {email}")
        return derived_id("person", "person", name_key(name))

    def _exists(self, record_id: str) -> bool:
        if self._known_ids is not None:
            return record_id in self._known_ids
        try:
            self.kb.get(record_id, self.record_type)
        except KmcoreError:
            return False
        return True

    # --- cells -------------------------------------------------------------------------------

    def _matcher(self, field: str, column: Column, *, prefer: str = "last") -> ValueMatcher:
        found = self._matchers.get(field)
        if found is None:
            assert column.enum_cls is not None and self.result is not None
            told = self.result.mapping.values.get(field, {})
            found = self._matchers[field] = ValueMatcher(column.enum_cls, told, prefer=prefer)
        return found

    def _choice(self, field: str, column: Column, text: str, row: int) -> str:
        """kmcore's value for one word of a choice column, counted for the preview."""
        assert self.result is not None
        choice = self._matcher(field, column).match(text)
        self._row_words.append([field, text, choice.value, choice.method, choice.detail])
        words = self.result.values.setdefault(field, {})
        counted = words.get(text)
        if counted is None:
            counted = words[text] = ValueCount(choice, 0, row)
        counted.count += 1
        if not choice.value:
            values = ", ".join(str(m.value) for m in column.enum_cls or ())
            raise UnknownWord(
                f"{text!r} is not a word kmcore knows for {field} ({values}): map it with "
                f"--map-value {field}:\"{text}\"=VALUE", text)
        return choice.value

    def _convert(self, field: str, value: Any, row: int, people: People,
                 titles: _Titles) -> Any:
        """Plain data for one mapped cell (None: nothing to set)."""
        head, _, sub = field.partition(".")
        column = self.by_name[head]
        special = SPECIAL.get(field)
        if special is not None:
            return special(self, value, row, people)
        target = part_column(column, sub) if sub else column
        if target is None:
            return str(value)
        if target.kind == "enum" and target.enum_cls is not None:
            return self._choice(field, target, cell_text(value), row)
        if target.kind == "enums" and target.enum_cls is not None:
            return [self._choice(field, target, item, row)
                    for item in split_list(value, commas=True)]
        if target.kind == "json" and not isinstance(value, dict | list) and not (
                isinstance(value, str) and value.lstrip()[:1] in ("{", "[")):
            raise ConversionError(
                f"{head} holds several parts, so a plain cell cannot fill it: map the column "
                f"to one part instead ({parts_hint(column)})")
        if target.kind == "date":
            found = loose_date(value)
            return found.isoformat() if found is not None else None
        converted = convert_cell(target, value)
        return self._resolve(target, converted, people, titles)

    def _people_field(self, field: str, cells: list[tuple[str, str]],
                      data: dict[str, Any], people: People) -> list[str]:
        """Resolve a person field from its columns: a name column and an e-mail column
        together name one person; several names in one cell make the first the lead and the
        others team members (when the record has a team). Returns what was not a person
        ("HCA team"), for a warning: the field is then left for a librarian to fill in."""
        names: list[str] = []
        emails: list[str] = []
        not_people: list[str] = []
        for _header, text in cells:
            for part in split_people(text):
                if "@" in part and " " not in part.strip():
                    emails.append(part.strip())
                    continue
                name = person_name(part)
                (names.append(name) if name else not_people.append(part))
        if not names and not emails:
            return not_people
        pairs = list(zip(names, emails, strict=False)) if len(names) == len(emails) else [
            (names[0] if names else "", emails[0] if emails else "")] + [
            (n, "") for n in names[1:]]
        first = people.resolve(*pairs[0])
        data[field] = first
        if len(pairs) > 1 and "team" in self.by_name and field == "lead":
            team = list(data.get("team") or [])
            have = {m.get("person") for m in team if isinstance(m, dict)}
            for name, email in pairs[1:]:
                person_id = people.resolve(name, email)
                if person_id not in have and person_id != first:
                    team.append({"person": person_id, "role": "co_lead"})
                    have.add(person_id)
            data["team"] = team
        return not_people

    def _leaver(self, data: dict[str, Any]) -> None:
        """A staff list's "Ward Clerk (retired Dec 23)": the job title, and a leaver (with
        the date, when it says; else their employment status is unknown)."""
        if self.record_type != "person" or not isinstance(data.get("job_title"), str):
            return
        found = left_note(data["job_title"])
        if found is None or "employment_status" in data:
            return
        title, when = found
        data["job_title"] = title
        if when is not None:
            data["employment_status"], data["left_on"] = "left", when.isoformat()
        else:
            data["employment_status"] = "unknown"

    def _spreading(self, data: dict[str, Any], row: Row, problems: list[RowProblem]) -> None:
        """A live innovation that other organisations took up is spreading: kmcore's stage
        for it (the log's own column of adopters says so even when its status does not).
        A status naming who took it up ("Adopted by Eastfield NHS Trust") names them."""
        stage_text = next((str(row.cells[cm.header]) for cm in self.result.mapping.used
                           if cm.field == "stage" and cm.header in row.cells),
                          "") if self.result else ""
        if (data.get("stage") == "spreading" and "adoption" in self.by_name
                and not (isinstance(data.get("adoption"), dict)
                         and data["adoption"].get("adopted_by"))):
            named = adopters_in(stage_text)
            if named:
                data.setdefault("adoption", {})["adopted_by"] = named
        adoption = data.get("adoption")
        from_column = any(cm.field == "adoption.adopted_by" for cm in self.result.mapping.used
                          ) if self.result else False
        if (from_column and isinstance(adoption, dict) and adoption.get("adopted_by")
                and data.get("stage") in ("implemented", "evaluated")):
            problems.append(RowProblem(
                row.number, None, "stage",
                f"{data['stage']} and taken up by other organisations: imported as "
                "'spreading'", severity="warning"))
            data["stage"] = "spreading"

    def _money_basis(self, data: dict[str, Any], header_of: dict[str, str]) -> None:
        """Savings figures need a basis: a column's figures get "as recorded in …"."""
        savings = data.get("savings")
        if isinstance(savings, dict) and not savings.get("basis") and any(
                savings.get(k) is not None for k in ("cash_releasing_gbp", "non_cash_gbp",
                                                     "staff_hours")):
            header = header_of.get("savings", "savings")
            savings["basis"] = (f"As recorded in the column {header!r} of {self.path.name} "
                                "(how it was worked out was not recorded)")

    def _resolve(self, column: Column, value: Any, people: People, titles: _Titles) -> Any:
        if column.kind not in ("ref", "refs"):
            return value
        targets = column.targets
        resolve: Callable[[str], str]
        if targets == ("person",):
            resolve = people.resolve
        else:
            def resolve(text: str) -> str:
                return titles.resolve(text, targets)
        if column.kind == "ref":
            return resolve(value)
        return [resolve(v) for v in value]

    # --- the record ---------------------------------------------------------------------------

    def _build(self, row: Row, record_id: str, data: dict[str, Any], header_of: dict[str, str],
               problems: list[RowProblem], *, partial: bool = False,
               ) -> tuple[list[RowProblem], dict[str, Any] | None, Action | None]:
        """The row's record (created, updated or unchanged) or its problems. *partial*: some
        cells were refused, so only say what else is wrong (the row is left out anyway)."""
        existing: Record | None = None
        if self._known_ids is None or record_id in self._known_ids:
            with contextlib.suppress(KmcoreError):
                existing = self.kb.get(record_id, self.record_type)
        base = codec.to_dict(existing) if existing is not None else {}
        merged = {**base, **data, "type": self.record_type, "id": record_id}
        for head, part in data.items():
            if isinstance(part, dict) and isinstance(base.get(head), dict) and head != "profile":
                merged[head] = {**base[head], **part}  # other parts keep what was edited
        if isinstance(data.get("profile"), dict) and isinstance(base.get("profile"), dict):
            merged["profile"] = {**base["profile"], **data["profile"]}
        merged.pop("to_complete", None)  # worked out again below from what the row holds
        if existing is None:
            if self.status:
                merged.setdefault("status", self.status)
            sheet = f" sheet {self._table.sheet}" if self._table and self._table.sheet else ""
            merged["provenance"] = {"source": "import", "method": "kmcore import",
                                    "source_ref": f"{self.path.name}{sheet} row "
                                                  f"{row.number}"[-480:]}
        try:
            record: Record | None = codec.from_dict(merged, self.kb.classes,
                                                    subject=f"row {row.number}")
        except ValidationError as exc:
            record = self._incomplete(merged, exc, row) if not (
                self.strict or partial) else None
            if record is None:
                self._problems_of(exc, row, header_of, problems)
                return problems, None, None
        assert record is not None
        if partial:
            return problems, None, None
        problems.extend(self._pii(row, record, header_of))
        plain = codec.to_dict(record)
        if existing is None:
            return problems, plain, "create"
        if _same(plain, base):
            return problems, plain, "unchanged"
        return problems, plain, "update"

    def _incomplete(self, merged: dict[str, Any], exc: ValidationError,
                    row: Row, *, retry: bool = True) -> Record | None:
        """The record flagged incomplete when all that refused it is what a log rarely
        holds: a rule across fields (a stage that wants an outcome or an adopting
        organisation) or a required text or person the row leaves empty (no problem
        statement, no lead). None when anything else is wrong, or the title is missing."""
        if "to_complete" not in self.by_name:
            return None
        missing: list[str] = []
        filled = dict(merged)
        for problem in exc.problems:
            path = problem.path.removeprefix("$.")
            head = path.split(".")[0].split("[")[0]
            column = self.by_name.get(head)
            blank = merged.get(head) in (None, "", [], ())
            if blank and column is not None and column.kind in ("text", "ref") and (
                    head not in ("title", "display_name")) and path == head:
                filled[head] = ""
                used = self.result.mapping.used if self.result else []
                told = ("empty in the file" if any(cm.field.split(".")[0] == head
                                                   for cm in used)
                        else "no column of the file has it")
                missing.append(f"{head}: required, {told}")
            else:
                missing.append(f"{path}: {problem.reason}")
        try:
            return codec.from_dict({**filled, "to_complete": missing}, self.kb.classes,
                                   subject=f"row {row.number}")
        except ValidationError as again:
            # Rules across fields run only once every field is valid: those that fail now
            # were hidden behind the empty fields, and may be flagged as well.
            if retry and {p.path for p in again.problems} - {p.path for p in exc.problems}:
                return self._incomplete(merged, ValidationError(
                    again.subject, [*exc.problems, *again.problems]), row, retry=False)
            return None  # something a flag cannot cover (no title, a broken value...)

    def _problems_of(self, exc: ValidationError, row: Row, header_of: dict[str, str],
                     problems: list[RowProblem]) -> None:
        failed = {p.field.split(".")[0] for p in problems}
        for problem in exc.problems:
            field = problem.path.removeprefix("$.").split("[")[0].split(".")[0]
            if field in failed:
                continue  # its cell was refused already; saying more would confuse
            header = header_of.get(field)
            reason = problem.reason
            if "required" in reason and field in self.by_name:
                mapped = [cm.header for cm in self.result.mapping.used
                          if cm.field.split(".")[0] == field] if self.result else []
                if mapped:
                    header = mapped[0]
                    reason = "is required but empty in this row"
                else:
                    reason += (" (no column is mapped to it: map one with --map, or give "
                               f"every row one with --default {field}=VALUE)")
            problems.append(RowProblem(row.number, header, problem.path.removeprefix("$."),
                                       reason, problem.value or ""))

    @staticmethod
    def _pii(row: Row, record: Record, header_of: dict[str, str]) -> list[RowProblem]:
        from kmcore.guard.pii import open_findings

        out = []
        for finding in open_findings(record):
            field = finding.path.removeprefix("$.").split("[")[0].split(".")[0]
            out.append(RowProblem(
                row.number, header_of.get(field), finding.path.removeprefix("$."),
                f"may hold a patient identifier ({finding.kind.replace('_', ' ')}, "
                f"{finding.confidence} confidence) at character {finding.position + 1}: "
                "check it; sync will hold the record back until it is removed or cleared "
                "with `kmcore review`", severity="warning"))
        return out

    # --- step 2: save ------------------------------------------------------------------------

    def apply(self, *, on_record: Callable[[int], None] | None = None) -> ImportResult:
        """Save the spooled records (all of them; with ``strict``, none if any row failed),
        in batches of :data:`BATCH` (see :meth:`KnowledgeBase.save_many`)."""
        if self.result is None or self._spool is None:
            raise KmcoreError("nothing to apply: call prepare() first")
        result = self.result
        if self.strict and result.error_rows:
            result.valid = 0
            result.counts = {"create": 0, "update": 0, "unchanged": 0}
            result.people_created = []
            result.incomplete = 0
            self.discard()
            return result
        marker = Path(self.kb.root) / ".kmcore" / _MARKER
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(json.dumps({"file": str(self.path), "type": self.record_type,
                                      "started": dt.datetime.now(dt.UTC).isoformat()}),
                          encoding="utf-8")
        classes = self.kb.classes
        note = f"from {self.path.name}"
        new_people = self._people.new if self._people is not None else {}
        if new_people:
            people = [codec.from_dict(new_people[p], classes) for p in sorted(new_people)]
            for start in range(0, len(people), BATCH):
                self.kb.save_many(people[start:start + BATCH], note=f"{note} (new people)")
        done = 0
        batch: list[Record] = []
        with self._spool.open(encoding="utf-8") as spool:
            for line in spool:
                # Checked when the row was read: the rules need not run again.
                batch.append(codec.from_dict(json.loads(line)["record"], classes,
                                             check_rules=False))
                if len(batch) >= BATCH:
                    done = self._save(batch, note, done, on_record)
                    batch = []
        if batch:
            self._save(batch, note, done, on_record)
        if self._ledger is not None:
            self._ledger.save()
        marker.unlink()
        result.applied = True
        self.discard()
        return result

    def _save(self, batch: list[Record], note: str, done: int,
              on_record: Callable[[int], None] | None) -> int:
        self.kb.save_many(batch, note=note, checked=True)
        if on_record is not None:
            for _ in batch:
                done += 1
                on_record(done)
            return done
        return done + len(batch)

    def discard(self) -> None:
        """Remove the spool file (also done by :meth:`apply`)."""
        if self._ledger is not None:
            self._ledger.close()
        if self._spool is not None:
            with contextlib.suppress(OSError):
                self._spool.unlink()
            self._spool = None


def interrupted_import(kb: KnowledgeBase) -> dict[str, Any] | None:
    """The import that was saving when its program stopped, if any (run it again)."""
    marker = Path(kb.root) / ".kmcore" / _MARKER
    try:
        found = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return None
    return found if isinstance(found, dict) else None


def _same(new: dict[str, Any], old: dict[str, Any]) -> bool:
    skip = {"revision", "created_at", "updated_at", "provenance"}
    return ({k: v for k, v in new.items() if k not in skip}
            == {k: v for k, v in old.items() if k not in skip})


class _ReportWriter:
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


def import_file(kb: KnowledgeBase, path: str | Path, record_type: str, *,
                dry_run: bool = False, report: str | Path | None = None,
                **options: Any) -> ImportResult:
    """Import *path* into *kb* as *record_type* records in one call (see :class:`Importer`).

    :param dry_run: check every row and say what would happen, saving nothing.
    :param report: where to write the problems report (CSV), if there are problems.
    """
    importer = Importer(kb, path, record_type, **options)
    importer.open()
    result = importer.prepare(report=report)
    if dry_run:
        importer.discard()
        return result
    return importer.apply()
