"""Import a spreadsheet of records: check every row first, then save all valid rows at once.

An import runs in two steps, so nothing is ever half-imported:

1. :meth:`Importer.prepare` reads every row, converts its cells, resolves the people it names
   and validates the record it makes. Each problem is kept with its row and column. Valid
   records are spooled to a temporary file (so a 100,000-row file needs little memory).
2. :meth:`Importer.apply` saves them: all valid rows, or with ``strict`` none at all when any
   row has a problem.

Re-importing the same file changes nothing: each record's id is derived from the row's key
(a reference-number column, else the title), so the second import finds the records the first
one made, compares them field by field and reports them unchanged. Rows that changed in the
file update their record; fields the file has no column for keep what was edited in kmcore.
The same property finishes an import that was interrupted: run it again.
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
from kmcore.io.columns import Column, ConversionError, columns_for, convert_cell, part_column
from kmcore.io.mapping import KEY, ImportMapping, guess_mapping, load_mapping
from kmcore.io.tables import Row, Table, read_table
from kmcore.kb import KnowledgeBase
from kmcore.records.base import Record

__all__ = ["ImportResult", "Importer", "RowProblem", "import_file"]

Severity = Literal["error", "warning"]
Action = Literal["create", "update", "unchanged"]

#: Kept in memory for the summary; the report file has every one.
_KEEP_PROBLEMS = 1000
_MARKER = "import-in-progress.json"
_TITLE_WORDS = re.compile(r"^(dr|mr|mrs|ms|miss|mx|prof|professor|sister|sr|rev)\.?\s+", re.I)


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
        if self.error_rows:
            text += (f" {self.error_rows:,} "
                     f"{'row has' if self.error_rows == 1 else 'rows have'} problems")
            text += (" so nothing was imported (--strict)." if self.strict and not self.valid
                     else " and were left out.")
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
            "summary": self.summary(),
        }


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
    return f"{prefix}-{words}-{digest}" if words else f"{prefix}-{digest}"


def _name_key(name: str) -> str:
    name = _TITLE_WORDS.sub("", " ".join(name.split()))
    return unicodedata.normalize("NFKC", name).casefold()


class _People:
    """Finds the person a cell names (id, e-mail or name), or plans a new person record."""

    def __init__(self, kb: KnowledgeBase, *, create: bool) -> None:
        self.kb = kb
        self.create = create
        self.ids: set[str] = set()
        self.by_name: dict[str, set[str]] = {}
        self.by_email: dict[str, str] = {}
        self.new: dict[str, dict[str, Any]] = {}  # id -> data of people to create
        self.row_new: list[str] = []  # planned by the row being read, until it is kept
        for person in kb.records("person"):
            self.ids.add(person.id)
            name = getattr(person, "display_name", "")
            self.by_name.setdefault(_name_key(name), set()).add(person.id)
            email = getattr(person, "work_email", "")
            if email:
                self.by_email[email.lower()] = person.id

    def resolve(self, text: str) -> str:
        """The person id for *text*; :class:`ConversionError` if it cannot be decided."""
        text = " ".join(text.split())
        if text in self.ids or text in self.new:
            return text
        if text.startswith("person-") and is_valid_id(text):
            # An id, of somebody with no record here (yet): kept as written, as the store
            # keeps it; `kmcore validate` lists references that point nowhere.
            return text
        if "@" in text:
            found = self.by_email.get(text.lower())
            if found:
                return found
            raise ConversionError(f"nobody in the knowledge base has the e-mail {text!r}")
        matches = self.by_name.get(_name_key(text), set())
        if len(matches) == 1:
            return next(iter(matches))
        if len(matches) > 1:
            raise ConversionError(
                f"{len(matches)} people are called {text!r} ({', '.join(sorted(matches))}): "
                "write the person's id or e-mail instead")
        if not self.create:
            raise ConversionError(f"nobody called {text!r} is in the knowledge base: add "
                                  "them first, or import with --create-people")
        person_id = derived_id("person", "person", _name_key(text))
        self.new[person_id] = {"type": "person", "id": person_id,
                               "display_name": _TITLE_WORDS.sub("", text) or text}
        self.by_name.setdefault(_name_key(text), set()).add(person_id)
        self.row_new.append(person_id)
        return person_id

    def end_row(self, *, keep: bool) -> None:
        """Keep the people the row planned, or forget them (its record was left out)."""
        if not keep:
            for person_id in self.row_new:
                data = self.new.pop(person_id)
                self.by_name[_name_key(data["display_name"])].discard(person_id)
        self.row_new = []


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
    :param create_people: add a person record for a name no person has (default on).
    :param status: editorial status for new records (default: the record type's, ``draft``).
    :param strict: apply nothing if any row has a problem.
    """

    def __init__(self, kb: KnowledgeBase, path: str | Path, record_type: str, *,
                 sheet: str | None = None, mapping: str | Path | None = None,
                 overrides: dict[str, str] | None = None, create_people: bool = True,
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
        self.create_people = create_people
        self.status = status
        self.strict = strict
        self._table: Table | None = None
        self._spool: Path | None = None
        self._people: _People | None = None
        self._known_ids: set[str] | None = None
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
        from kmcore.io.mapping import check_field

        for cm in mapping.used:
            problem = check_field(cm.field, self.by_name, self.record_type)
            if problem:
                raise KmcoreError(f"column {cm.header!r}: {problem}",
                                  hint="Map it to one of the fields `kmcore types "
                                  f"{self.record_type}` lists, or to \"\" to ignore it.")
        source = self.path.name + (f" (sheet {table.sheet!r})" if table.sheet else "")
        self.result = ImportResult(record_type=self.record_type, source=source,
                                   mapping=mapping, strict=self.strict, notes=list(table.notes))
        return mapping

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
        people = _People(self.kb, create=self.create_people)
        titles = _Titles(self.kb)
        # The ids already stored, when the store can list them cheaply: most rows of a first
        # import are new, and asking the store for each missing file costs more than the rest.
        listing = getattr(self.kb.store, "ids", None)
        self._known_ids = set(listing(self.record_type)) if callable(listing) else None
        fd, spool_name = tempfile.mkstemp(prefix="kmcore-import-", suffix=".jsonl")
        self._spool = Path(spool_name)
        seen: dict[str, int] = {}
        report_file = _ReportWriter(Path(report) if report else None)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as spool:
                for row in self._table.rows:
                    result.rows += 1
                    problems, record, action = self._row(row, people, titles, seen)
                    errors = [p for p in problems if p.severity == "error"]
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

    def _row(self, row: Row, people: _People, titles: _Titles,
             seen: dict[str, int]) -> tuple[list[RowProblem], dict[str, Any] | None,
                                            Action | None]:
        assert self.result is not None
        problems: list[RowProblem] = []
        kind = row.cells.get("type")
        if isinstance(kind, str) and kind != self.record_type and kind in self.kb.types:
            self.result.other_types += 1  # a JSON export holds every type: take ours only
            return problems, None, None
        data: dict[str, Any] = {}
        header_of: dict[str, str] = {}
        key: str | None = None
        for cm in self.result.mapping.used:
            if cm.header not in row.cells:
                continue
            value = row.cells[cm.header]
            if cm.field == KEY:
                key = " ".join(str(value).split())
                continue
            head, _, sub = cm.field.partition(".")
            if not sub and head in data:
                continue  # two columns for one field (a name and an e-mail): first one wins
            column = self.by_name[head]
            target = part_column(column, sub) if sub else column
            try:
                converted = convert_cell(target, value) if target is not None else str(value)
                converted = self._resolve(target or column, converted, people, titles)
            except ConversionError as exc:
                problems.append(RowProblem(row.number, cm.header, cm.field, str(exc)))
                continue
            if sub:
                data.setdefault(head, {})[sub] = converted
                header_of[head] = header_of.get(head, cm.header)
            else:
                data[head] = converted
            header_of[cm.field] = cm.header
        if not data:
            return problems, None, None
        record_id = data.get("id") or None
        if key is None and not record_id:
            title = data.get("title") or data.get("display_name")
            key = str(title) if title else None
        if not record_id:
            if key is None:
                problems.append(RowProblem(row.number, None, "id",
                                           "has no title or key to tell it apart: fill in "
                                           "the title, or map a reference column to 'key'"))
                return problems, None, None
            record_id = derived_id(self.cls.id_prefix, self.record_type, key)
        seen_at = seen.get(record_id)
        if seen_at is not None:
            problems.append(RowProblem(row.number, None, "id",
                                       f"repeats row {seen_at} (same key or title): one of "
                                       "them is a duplicate"))
            return problems, None, None
        seen[record_id] = row.number
        return self._build(row, record_id, data, header_of, problems)

    def _resolve(self, column: Column, value: Any, people: _People, titles: _Titles) -> Any:
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

    def _build(self, row: Row, record_id: str, data: dict[str, Any], header_of: dict[str, str],
               problems: list[RowProblem]) -> tuple[list[RowProblem], dict[str, Any] | None,
                                                    Action | None]:
        existing: Record | None = None
        if self._known_ids is None or record_id in self._known_ids:
            with contextlib.suppress(KmcoreError):
                existing = self.kb.get(record_id, self.record_type)
        base = codec.to_dict(existing) if existing is not None else {}
        merged = {**base, **data, "type": self.record_type, "id": record_id}
        if existing is None:
            if self.status:
                merged.setdefault("status", self.status)
            sheet = f" sheet {self._table.sheet}" if self._table and self._table.sheet else ""
            merged["provenance"] = {"source": "import", "method": "kmcore import",
                                    "source_ref": f"{self.path.name}{sheet} row "
                                                  f"{row.number}"[-480:]}
        try:
            record = codec.from_dict(merged, self.kb.classes,
                                     subject=f"row {row.number}")
        except ValidationError as exc:
            failed = {p.field.split(".")[0] for p in problems}
            for problem in exc.problems:
                field = problem.path.removeprefix("$.").split("[")[0].split(".")[0]
                if field in failed and "required" in problem.reason:
                    continue  # its cell was refused already; saying "empty" too would confuse
                header = header_of.get(field)
                reason = problem.reason
                if "required" in reason and field in self.by_name:
                    mapped = [cm.header for cm in self.result.mapping.used
                              if cm.field.split(".")[0] == field] if self.result else []
                    if mapped:
                        header = mapped[0]
                        reason = "is required but empty in this row"
                    else:
                        reason += " (no column is mapped to it)"
                problems.append(RowProblem(row.number, header, problem.path.removeprefix("$."),
                                           reason, problem.value or ""))
            return problems, None, None
        problems.extend(self._pii(row, record, header_of))
        plain = codec.to_dict(record)
        if existing is None:
            return problems, plain, "create"
        if _same(plain, base):
            return problems, plain, "unchanged"
        return problems, plain, "update"

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
        """Save the spooled records (all of them; with ``strict``, none if any row failed)."""
        if self.result is None or self._spool is None:
            raise KmcoreError("nothing to apply: call prepare() first")
        result = self.result
        if self.strict and result.error_rows:
            result.valid = 0
            result.counts = {"create": 0, "update": 0, "unchanged": 0}
            result.people_created = []
            self.discard()
            return result
        marker = Path(self.kb.root) / ".kmcore" / _MARKER
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(json.dumps({"file": str(self.path), "type": self.record_type,
                                      "started": dt.datetime.now(dt.UTC).isoformat()}),
                          encoding="utf-8")
        classes = self.kb.classes
        done = 0
        new_people = self._people.new if self._people is not None else {}
        for person_id in sorted(new_people):
            self.kb.add(codec.from_dict(new_people[person_id], classes))
        with self._spool.open(encoding="utf-8") as spool:
            for line in spool:
                entry = json.loads(line)
                record = codec.from_dict(entry["record"], classes)
                if entry["action"] == "create":
                    self.kb.add(record)
                else:
                    self.kb.update(record)
                done += 1
                if on_record is not None:
                    on_record(done)
        marker.unlink()
        result.applied = True
        self.discard()
        return result

    def discard(self) -> None:
        """Remove the spool file (also done by :meth:`apply`)."""
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
