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
import datetime as dt
import functools
import itertools
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import attrs

from kmcore import codec
from kmcore.errors import KmcoreError
from kmcore.io.cell_reading import PeopleCell
from kmcore.io.columns import Column, columns_for, part_column
from kmcore.io.continuations import SHORT_TEXT_FIELDS, Joined, joined_rows
from kmcore.io.identity import Titles, derived_id, slug
from kmcore.io.import_result import (
    KEEP_PROBLEMS,
    Action,
    ImportResult,
    ProblemReport,
    RowProblem,
    Severity,
    ValueCount,
)
from kmcore.io.ledger import VERSION as LEDGER_VERSION
from kmcore.io.ledger import Ledger, row_digest
from kmcore.io.mapping import (
    KEY,
    ColumnMapping,
    ImportMapping,
    gathers,
    guess_mapping,
    load_mapping,
    person_role,
    shared_field_problem,
)
from kmcore.io.matrix_marks import crosses_mean_no
from kmcore.io.names import join_name_columns
from kmcore.io.parts import default_target, parts_hint
from kmcore.io.people import People
from kmcore.io.row_plan import READ_AREA
from kmcore.io.rows import RowReader
from kmcore.io.same_person import SamePerson, form_responses, merged_reason
from kmcore.io.shared_people import mate_keys, mate_reason
from kmcore.io.site_rows import SiteRows, another_site_reason, site_rows
from kmcore.io.spool import BatchMaker, SpooledBatch, spooled_batches
from kmcore.io.tables import Row, Table, read_table
from kmcore.io.twins import (
    NearTwins,
    bare_title_key,
    key_form,
    named_repeat_reason,
    near_key,
    near_reason,
    repeated_keys,
    said_repeat_reason,
    says_repeat,
    title_key,
    twin_key,
    twin_reason,
)
from kmcore.io.updates import earlier_update_reason, superseded_rows, update_columns
from kmcore.io.value_guess import SAMPLE_ROWS
from kmcore.io.values import ValueChoice, ValueMatcher
from kmcore.kb import KnowledgeBase
from kmcore.records.base import Record
from kmcore.store._files import atomic_write

if TYPE_CHECKING:
    from kmcore.background_saves import BackgroundSaves

# The stages live in their own modules (kmcore.io.rows, .cell_reading, .building, .identity,
# .import_result); their public names stay importable from here.
__all__ = ["Action", "ImportResult", "Importer", "RowProblem", "Severity", "ValueCount",
           "derived_id", "import_file", "interrupted_import", "slug"]

_MARKER = "import-in-progress.json"
#: ``json.dumps(..., ensure_ascii=False)`` with its encoder made once: dumps makes a new
#: one for every call that is not its defaults' (about 1 µs), and this is every row's (D1331)
_JSON_TEXT = json.JSONEncoder(ensure_ascii=False).encode
#: Records saved per batch (one lock and one flush to disk each): big enough that the flush
#: costs little per record, small enough that memory stays bounded.
BATCH = 2000


class Importer(RowReader):
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
        self.legends: dict[str, dict[str, str]] = {}
        self._ledger: Ledger | None = None
        self._same: SamePerson | None = None
        self._row_words: list[list[str]] = []
        self._unknown_words: dict[str, str] = {}
        self._review_notes: list[str] = []
        self._carried: dict[str, str] = {}
        self._dates: dict[tuple[type, Any], str | None] = {}
        self._people_cells: dict[str, PeopleCell] = {}
        #: header -> the first filled cell of the first rows, as text (shown in the preview
        #: beside a column nothing reads, so a librarian sees what it holds)
        self.examples: dict[str, str] = {}
        self.result: ImportResult | None = None

    # --- step 0: the header ------------------------------------------------------------------

    def _check_defaults(self, mapping: ImportMapping) -> None:
        """Refuse a plain ``--default`` for a field of several parts once, naming the part
        to give, rather than on every row (D1482)."""
        for field, text in mapping.defaults.items():
            column = self.by_name.get(field)
            if column is not None and column.kind == "json" and not text.lstrip().startswith(
                    ("{", "[")):
                raise KmcoreError(
                    f"--default {field}={text!r}: {field} holds several parts, so a plain "
                    "value cannot fill it",
                    hint=f"Give one part, e.g. --default '{default_target(field, column)}="
                    f"{text}' ({parts_hint(column)}).")

    def open(self) -> ImportMapping:
        """Read the header and decide the mapping (no row is read yet)."""
        from kmcore.io.mapping import header_words

        table = read_table(self.path, sheet=self.sheet,
                           known=header_words(self.record_type, self.columns))
        self._table = table
        if self.mapping_file is not None:
            mapping = load_mapping(self.mapping_file, self.record_type, table.headers,
                                   self.columns)
        else:
            mapping = guess_mapping(self.record_type, table.headers, self.columns,
                                    use_synonyms=table.header_row != 0)
        if "display_name" in self.by_name and table.header_row != 0:
            mapping = join_name_columns(
                table, mapping, "display_name",
                lambda headers: guess_mapping(self.record_type, headers, self.columns),
                {part: field for part, field in (("forename", "given_name"),
                                                 ("surname", "family_name"))
                 if field in self.by_name})
        mapping = self._guess_from_cells(table, mapping)
        if table.header_row == 0:
            # JSON records say their own type and schema version: never a field to fill.
            reserved: dict[str, str] = {h: "" for h in ("type", "schema_version")
                                        if h in table.headers}
            mapping = mapping.with_overrides({**reserved, **{
                h: f for h, f in self.overrides.items() if h in reserved}})
        if self.overrides:
            mapping = mapping.with_overrides(
                self.overrides, lambda field: gathers(field, self.by_name), self._person_role)
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
        self._refuse_plain_cells_for_objects(mapping)
        self._refuse_parts_without_their_needed_part(mapping)
        shared = shared_field_problem(mapping.used, self.by_name, mapping.prefer)
        if shared:
            raise KmcoreError(shared)
        for field in [*mapping.values, *mapping.defaults]:
            problem = check_field(field, self.by_name, self.record_type)
            if problem or field == KEY:
                raise KmcoreError(f"--map-value/--default {field!r}: "
                                  f"{problem or 'the key cannot have a default'}",
                                  hint=f"`kmcore types {self.record_type}` lists the fields.")
        self._check_defaults(mapping)
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
        from kmcore.io.legend import column_legends

        # a choice column of codes explained on the workbook's Key sheet is read by meaning
        self.legends = column_legends(self.path, table.sheet, mapping, self.by_name)
        source = self.path.name + (f" (sheet {table.sheet!r})" if table.sheet else "")
        self.result = ImportResult(record_type=self.record_type, source=source,
                                   mapping=mapping, strict=self.strict,
                                   notes=[*table.notes, *(
                                       f"the codes of {field} ({', '.join(codes)}) are read "
                                       "by the workbook's key on another sheet"
                                       for field, codes in self.legends.items())],
                                   defaults=dict(mapping.defaults))
        self._unused_columns(table.headers)
        return mapping

    def _person_role(self, header: str, field: str) -> str:
        """Which of a person's two columns *header* is (see :func:`person_role`)."""
        return person_role(header, field, self.by_name, self.examples.get(header, ""))

    def _refuse_parts_without_their_needed_part(self, mapping: ImportMapping) -> None:
        """Columns mapped to parts of a list or an object (``links.target``) that leave out
        a part each item needs (a link's ``rel``), with no column, heading or --default to
        give it: refused once, naming the part to add, rather than every row refused or
        warned about for a shape the mapping made (D1410)."""
        from kmcore.io.list_items import NAMED_BY_HEADER

        parts: dict[str, list[ColumnMapping]] = {}
        for cm in mapping.used:
            head, _, sub = cm.field.partition(".")
            column = self.by_name.get(head)
            if sub and column is not None and column.part_cls is not None and not (
                    column.part_cls.__subclasses__()):  # (a part with variants: its own check)
                parts.setdefault(head, []).append(cm)
        for head, told in parts.items():
            column = self.by_name[head]
            given = {cm.field.partition(".")[2] for cm in told} | {
                f.partition(".")[2] for f in mapping.defaults if f.startswith(head + ".")}
            if head in NAMED_BY_HEADER:
                given.add(NAMED_BY_HEADER[head])
            needed = [f.name for f in attrs.fields(column.part_cls)  # type: ignore[arg-type]
                      if f.name not in given and (found := part_column(column, f.name))
                      is not None and found.required]
            if needed:
                item = "each item of " + head if column.many else head
                raise KmcoreError(
                    f"column {told[0].header!r} fills {told[0].field!r}, but {item} also "
                    f"needs {', '.join(repr(n) for n in needed)}, which no column gives",
                    hint=f"Map a column to '{head}.{needed[0]}' too, or give every row one "
                    f"with --default {head}.{needed[0]}=VALUE.")

    def _refuse_plain_cells_for_objects(self, mapping: ImportMapping) -> None:
        """A column mapped to a whole field of several parts (``costs``, ``links``) whose
        cells are plain text, not an export's JSON: refused once, naming the parts to map it
        to, rather than warned about on every row. A field whose plain cell is one of its
        parts (an outcome's result, an evaluation's summary) is read so (D1410)."""
        from kmcore.io.list_items import OBJECT_CELL_PART, PLAIN_CELL_PART
        from kmcore.io.parts import SPECIAL, parts_hint
        from kmcore.pii_text import masked_text

        for cm in mapping.used:
            column = self._target(cm.field) if cm.field != KEY else None
            example = self.examples.get(cm.header, "").lstrip()
            if (column is None or column.kind != "json" or cm.field in SPECIAL
                    or cm.field in PLAIN_CELL_PART or cm.field in OBJECT_CELL_PART
                    or not example or example[:1] in ("{", "[")):
                continue
            raise KmcoreError(
                f"column {cm.header!r}: {cm.field!r} holds several parts, so a plain cell "
                f"such as {masked_text(example)[:40]!r} cannot fill it",
                hint=f"Map the column to one part instead ({parts_hint(column)})."
                if "." not in cm.field else "Leave the column out (--map "
                f"'{cm.header}='), or give the field as JSON, as an export writes it.")

    def _unused_columns(self, headers: list[str]) -> None:
        """Name each column the mapping file maps that the file lacks (D1487)."""
        if self.mapping_file is None or self.result is None:
            return
        from kmcore.io.mapping import unused_mapping_columns

        self.result.unused += [
            f"the mapping file {Path(self.mapping_file).name} names the column {h!r}, "
            f"which {self.result.source} does not have: that line did nothing"
            for h in unused_mapping_columns(self.mapping_file, headers)]

    def _guess_from_cells(self, table: Table, mapping: ImportMapping) -> ImportMapping:
        """The header guess, with the columns it left out guessed from their first cells
        (see :mod:`kmcore.io.value_guess`); the rows looked at are read again after. Not
        for a saved mapping (the librarian's) or JSON (its keys are the fields)."""
        if self.mapping_file is not None or table.header_row == 0:
            return mapping
        from kmcore.io.mapping import forms_respondent
        from kmcore.io.value_guess import SAMPLE_ROWS, guess_from_values

        first = list(itertools.islice(table.rows, SAMPLE_ROWS))
        table.rows = itertools.chain(first, table.rows)
        for row in first:
            for header, value in row.cells.items():
                text = " ".join(str(value).split()) if value is not None else ""
                if text and header not in self.examples:
                    self.examples[header] = text
        forms_id = next((h for h in table.headers if h.strip().casefold() == "id"), None
                        ) if forms_respondent(table.headers) != (None, None) else None
        return guess_from_values(mapping, [row.cells for row in first], self.by_name,
                                 forms_id=forms_id)

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
                report: str | Path | None = None, save: bool = False) -> ImportResult:
        """Read, convert, resolve and validate every row; spool the valid records.

        With *save*, when :attr:`saves_while_checking`, the valid records are saved a batch
        at a time while the rows after them are checked, rather than spooled for
        :meth:`apply` (D1031): the result comes back applied. Otherwise *save* changes
        nothing (call :meth:`apply`)."""
        if self.result is None:
            self.open()
        assert self._table is not None and self.result is not None
        result = self.result
        people = People(self.kb, create=self.create_people)
        titles = Titles(self.kb)
        # The ids already stored, when the store can list them cheaply: most rows of a first
        # import are new, and asking the store for each missing file costs more than the rest.
        listing = getattr(self.kb.store, "ids", None)
        self._known_ids = set(listing(self.record_type)) if callable(listing) else None
        fd, spool_name = tempfile.mkstemp(prefix="kmcore-import-", suffix=".jsonl")
        self._spool = Path(spool_name)
        seen: dict[str, int] = {}
        self._twins = {}
        self._mates: dict[str, int] = {}
        self._near = NearTwins()
        self._titles = {}
        self._keys = {}
        self._same = (SamePerson() if self.record_type == "person"
                      and not form_responses(self._table.headers) else None)
        self._heading_team, self._teams_decided = "", None  # (D1421)
        self._heading_fields = None  # (D1422)
        self._crosses_no = self._matrix_crosses()
        self._respondent = None  # worked out again for this mapping at the first row
        report_file = ProblemReport(Path(report) if report else None)
        sheet = self._table.sheet or ""
        ledger = self._ledger = Ledger(Path(self.kb.root), f"{self.path.name}\x00{sheet}",
                                       self.record_type, getattr(self.kb.store, "signatures",
                                                                 None))
        settings = self._settings()
        digests: set[str] = set()
        earlier = self._earlier_updates()
        self._sites = sites = self._site_register()
        saving = save and self.saves_while_checking
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as spool_file, \
                    contextlib.ExitStack() as stack:
                spool: TextIO | _SavingSpool = spool_file
                if saving:
                    self._mark_started()
                    saves = stack.enter_context(self.kb.background_saves())
                    spool = _SavingSpool(saves, BatchMaker(self.kb.classes,
                                                           self.kb._default_org()),
                                         f"from {self.path.name}")
                joined: list[Joined] = []
                # the cells of the columns a --map-value names, to say which words no cell
                # holds (D1487); nothing is gathered on an import without one
                told = {cm.header for cm in result.mapping.used
                        if cm.field in self.value_overrides}
                told_cells: set[str] = set()
                for row in self._rows(joined):
                    result.rows += 1
                    for header in told:
                        cell = row.cells.get(header)
                        if cell not in (None, ""):
                            told_cells.add(" ".join(str(cell).casefold().split()))
                    # (a row under a team sub-heading is read with its team: D1421)
                    digest = row_digest(settings if not self._heading_team else
                                        f"{settings}\x00{self._heading_team}",
                                        row.cells if sites is None
                                        else sites.cells_with_sites(row))
                    entry = ledger.unchanged(digest) if digest not in digests else None
                    digests.add(digest)
                    if row.number in earlier:
                        self._earlier_update(row, earlier[row.number], report_file)
                    elif sites is not None and row.number in sites.first_of:
                        self._another_site(row, sites.first_of[row.number], report_file)
                    elif entry is not None and entry["id"] not in seen:
                        self._unchanged_row(row, entry, seen, report_file)
                    else:
                        self._check_row(row, digest, people, titles, seen, spool,
                                        report_file)
                    if joined:
                        self._report_joined(joined, report_file)
                    if on_row is not None:
                        on_row(result.rows)
                if isinstance(spool, _SavingSpool):
                    spool.flush()
                    # The people the rows named last: a later row may still add a new
                    # person's e-mail, so they are saved once every row is read (D1031).
                    self._save_people(saves, people.new)
                    saves.close()
            if self._same is not None:
                self._merge_same_people()
        finally:
            report_file.close()
        self._people = people
        self._unused_words(told_cells)
        result.people_created = sorted(people.new)
        result.report_path = report_file.path if report_file.written else None
        if saving:
            self._finish()
        return result

    def _matrix_crosses(self) -> bool:
        """Whether the file's skills matrix uses "x" as its no, against "Y" or "✓" ticks
        (see :mod:`kmcore.io.matrix_marks`): its first rows are looked at (and read again
        after), only when a column is read as a matrix's (D1423)."""
        assert self._table is not None
        areas = [step.header for step in self._row_plan().steps if step.how == READ_AREA]
        if not areas:
            return False
        first = list(itertools.islice(self._table.rows, SAMPLE_ROWS))
        self._table.rows = itertools.chain(first, self._table.rows)
        return crosses_mean_no((row.cells for row in first), areas)

    def _unused_words(self, cells: set[str]) -> None:
        """Name each ``--map-value`` word that no cell of its columns holds (a misspelt
        word does nothing, and the rows it meant stay unknown): warned, naming the word and
        the file (D1487)."""
        assert self.result is not None
        for field, words in self.value_overrides.items():
            for word in words:
                typed = " ".join(word.casefold().split())
                if not any(typed in cell for cell in cells):
                    self.result.unused.append(
                        f"--map-value {field}:{word!r}: no {field} cell of "
                        f"{self.result.source} holds that word (check its spelling)")

    def _earlier_updates(self) -> dict[int, int]:
        """The rows that are earlier updates of an entry a later row of a progress tracker
        updates (see :mod:`kmcore.io.updates`): row number -> the latest update's row.
        Decided before any row is checked, as an import may save while it checks (D1031)
        and an earlier update must not be saved first and then overwritten. The rows are
        only read ahead (kept in memory) when the file has a key column and a column that
        names the update ("Quarter", "Date of update")."""
        assert self._table is not None and self.result is not None
        key = next((cm.header for cm in self.result.mapping.used if cm.field == KEY), None)
        if key is None or not update_columns(self._table.headers):
            return {}
        rows = list(self._table.rows)
        self._table.rows = iter(rows)
        return superseded_rows(rows, key, self._table.headers)

    def _site_register(self) -> SiteRows | None:
        """The rows of a per-site adoption register (see :mod:`kmcore.io.site_rows`), or
        None. Decided before any row is checked, like :meth:`_earlier_updates`; the rows are
        only read ahead when innovations are imported with a column of adopting
        organisations and a key or title column."""
        assert self._table is not None and self.result is not None
        used = self.result.mapping.used
        adopters = [cm.header for cm in used if cm.field == "adoption.adopted_by"]
        naming = [h for field in (KEY, "title") for h in
                  (cm.header for cm in used if cm.field == field)][:2]
        if self.record_type != "innovation" or len(adopters) != 1 or not naming:
            return None
        rows = list(self._table.rows)
        self._table.rows = iter(rows)
        return site_rows(rows, naming, adopters[0], {cm.header for cm in used})

    def _another_site(self, row: Row, first: int, report: ProblemReport) -> None:
        """Name a row that is another adopting site of the entry on row *first*: not a
        record of its own, and not a failure (its adopter went to row *first*'s record;
        counted apart, as a merged row is, D980)."""
        assert self.result is not None and self._sites is not None
        problem = RowProblem(row.number, self._sites.adopters, "adoption.adopted_by",
                             another_site_reason(self._entry_name(row), first),
                             severity="merged")
        self.result.merged += 1
        report.write(problem)
        if len(self.result.problems) < KEEP_PROBLEMS:
            self.result.problems.append(problem)

    def _entry_name(self, row: Row) -> str:
        """The title of *row* (or its key), as a message names the entry."""
        assert self.result is not None
        for field in ("title", KEY):
            for cm in self.result.mapping.used:
                if cm.field == field and str(row.cells.get(cm.header, "")).strip():
                    return str(row.cells[cm.header]).strip()
        return ""

    def _earlier_update(self, row: Row, latest: int, report: ProblemReport) -> None:
        """Name a row that is an earlier update of the entry row *latest* records: not
        imported, not a failure (counted apart, as a merged row is, D980)."""
        assert self.result is not None and self._table is not None
        key_header = next(cm.header for cm in self.result.mapping.used if cm.field == KEY)
        problem = RowProblem(row.number, key_header, KEY,
                             earlier_update_reason(str(row.cells.get(key_header, "")).strip(),
                                                   latest), severity="merged")
        self.result.merged += 1
        report.write(problem)
        if len(self.result.problems) < KEEP_PROBLEMS:
            self.result.problems.append(problem)

    def _unchanged_row(self, row: Row, entry: dict[str, Any], seen: dict[str, int],
                       report_file: ProblemReport) -> None:
        """A row the ledger says is unchanged since the last import: its record is not
        built again, but what it named (its twins, mates, title, person) is remembered so
        the rows after it are checked against it as if it had been read."""
        seen[entry["id"]] = row.number
        if entry.get("twin"):
            self._twins.setdefault(entry["twin"], row.number)
        if entry.get("near"):
            self._near.first(entry["near"], row.number)
        for mate in entry.get("mates") or ():
            self._mates.setdefault(mate, row.number)
        if entry.get("title"):
            self._titles.setdefault(entry["title"], row.number)
        if entry.get("person") and self._same is not None:
            self._same.seen(entry["person"], row.number)
        self._key_seen(row)
        self._replay(row, entry, report_file)
        assert self._ledger is not None
        self._ledger.keep_entry(entry)

    @property
    def saves_while_checking(self) -> bool:
        """Whether :meth:`prepare` can save the records as it checks the rows (D1031): not
        with ``strict`` (one bad row keeps every row out), not for a staff list whose later
        rows add to a person's first row (D940), and only with a store that lists its ids
        (whether a row's record exists is then decided by the list taken at the start, not
        by the records this import saves), and not with a store whose saving is the
        interpreter's own work (``overlaps_checking = False``, the local files: the writer
        would contend with the checks for the interpreter's lock, D1190)."""
        store = self.kb.store
        return (not self.strict and self.record_type != "person"
                and callable(getattr(store, "ids", None))
                and getattr(store, "overlaps_checking", True))

    def _rows(self, joined: list[Joined]) -> Iterator[Row]:
        """The table's rows, a row that only carries on the long text of the entry above
        joined to it (see :mod:`kmcore.io.continuations`; each is added to *joined*)."""
        assert self._table is not None and self.result is not None
        prose, naming, titles = set(), set(), set()
        for cm in self.result.mapping.used:
            target = self._target(cm.field)
            if cm.field in (KEY, "title", "display_name"):
                naming.add(cm.header)
                if cm.field == "title":
                    titles.add(cm.header)
            elif (target is not None and target.kind == "text"
                  and target.name not in SHORT_TEXT_FIELDS):
                prose.add(cm.header)
        if not (prose or titles) or not naming:
            return self._table.rows
        return joined_rows(self._table.rows, prose, naming, joined, titles)

    def _report_joined(self, joined: list[Joined], report: ProblemReport) -> None:
        """Count and name the rows joined to the row just read (and empty *joined*)."""
        assert self.result is not None
        field_of = {cm.header: cm.field for cm in self.result.mapping.used}
        for one in joined:
            self.result.rows += 1
            self.result.joined += 1
            problem = RowProblem(
                one.row, one.header, field_of.get(one.header, ""),
                (f"only this cell is filled: its text carries on row {one.into}'s, and was "
                 "joined to it") if one.cells == 1 else
                (f"its {one.cells} cells only carry on row {one.into}'s text (in lower "
                 "case, no number of their own), and were joined to it"),
                severity="merged")
            report.write(problem)
            if len(self.result.problems) < KEEP_PROBLEMS:
                self.result.problems.append(problem)
        joined.clear()

    def _check_row(self, row: Row, digest: str, people: People, titles: Titles,
                   seen: dict[str, int], spool: TextIO | _SavingSpool,
                   report: ProblemReport) -> None:
        """Convert and validate one row the ledger does not know: count it, note its
        problems, spool its record and remember it in the ledger."""
        assert self.result is not None and self._ledger is not None
        result = self.result
        self._row_words = []
        self._built = None
        problems, record, action = self._row(row, people, titles, seen)
        twin, near, said_title = self._repeats(row, record, people, problems)
        # Nearly every row has no problem: each look through them below is skipped then
        # (a generator and a call saved each, for every row; D1381).
        repeat = next((p for p in problems if p.severity == "merged" or (
            p.severity == "error" and p.reason.startswith("repeats row"))),
            None) if problems else None
        if repeat is not None:
            # A row typed twice: that is its reason, and enough. Its other problems (an
            # unknown status word) and its words' counts in the preview belong to the row
            # it repeats.
            problems = [repeat]
            self._forget_row_words()
        errors = [p for p in problems if p.severity == "error"] if problems else []
        # A merged row makes no record of its own (its areas went to the person's first
        # row), but it refused nothing: counted apart, not as a failure (D980).
        merged = bool(problems) and any(p.severity == "merged" for p in problems)
        if not errors and not merged and record is not None:
            self._ledger.keep(digest, record["id"], {
                "twin": twin,
                "near": near,
                "mates": self._row_mates,
                "title": said_title,
                "person": ({k: record.get(k) for k in ("id", "display_name", "work_email")}
                           if self._same is not None else None),
                "words": _ledger_words(self._row_words),
                "warnings": [[p.column, p.field, p.reason]
                             for p in problems if p.severity == "warning"] if problems else []})
        people.end_row(keep=not errors and not merged and record is not None)
        if problems:
            result.warnings += sum(p.severity == "warning" for p in problems)
        for problem in problems:
            report.write(problem)
            if len(result.problems) < KEEP_PROBLEMS:
                result.problems.append(problem)
        if errors:
            result.error_rows += 1
        elif merged:
            result.merged += 1
        elif record is not None and action is not None:
            result.valid += 1
            result.counts[action] += 1
            if record.get("to_complete"):
                result.incomplete += 1
            if action != "unchanged":
                line = _JSON_TEXT({"action": action, "record": record}) + "\n"
                built = self._built
                if isinstance(spool, _SavingSpool) and built is not None and built[0] is record:
                    spool.write_built(line, record, built[1])
                else:
                    spool.write(line)
            if len(result.preview) < 5:
                result.preview.append(record)

    def _repeats(self, row: Row, record: dict[str, Any] | None, people: People,
                 problems: list[RowProblem]) -> tuple[str | None, str | None, str | None]:
        """Whether the row is an entry made again under another number (the problem is
        added to *problems*), and the keys it is remembered by: the same title and lead,
        the title retyped from memory, or the same title and the row saying it is a
        duplicate."""
        self._row_mates: list[str] = []  # kept in the ledger with the row (D1097)
        if self._same is not None and record is not None and not (problems and any(
                p.severity == "error" for p in problems)):
            # a long staff list: this person's row again, with another area (D940)
            first = self._same.earlier(record, row.number)
            if first is not None:
                problems.append(RowProblem(row.number, None, "row", merged_reason(
                    first, str(record.get("display_name", "")), row.continues), severity="merged"))
                self._key_seen(row)
                return None, None, None
            if self._same.again is not None:
                # the person's entry again under another spelling of their name (D1420)
                problems.append(RowProblem(row.number, None, "row", (
                    f"repeats row {self._same.again} (the same person, "
                    f"{record.get('display_name', '')}, adding nothing): a duplicate")))
        lead = record.get("lead") if record is not None else None
        # the lead as remembered: "J Pickering" retyping "Sister Joanne Pickering"'s entry
        lead_form = people.name_form(lead) if isinstance(lead, str) and lead else None
        twin = twin_key(record, lead_form) if record is not None else None
        if record is not None and twin is not None and not (problems and any(
                p.severity == "error" for p in problems)):
            # The same id twice was refused already (as a repeated key), so a twin seen
            # before is another record: this row repeats it under another number.
            first = self._twins.setdefault(twin, row.number)
            if first != row.number:
                problems.append(RowProblem(row.number, None, "row", twin_reason(twin, first)))
        self._logged_again(row, record, people, problems)
        near = near_key(record, lead_form) if record is not None else None
        if near is not None and not (problems and any(p.severity == "error" for p in problems)):
            earlier = self._near.first(near, row.number)
            if earlier is not None:
                problems.append(RowProblem(row.number, None, "row", near_reason(earlier)))
        said_title = title_key(record) if record is not None else None
        if said_title is not None and not (problems and any(
                p.severity == "error" for p in problems)):
            first = self._titles.setdefault(said_title, row.number)
            if first == row.number and record is not None and (
                    bare := bare_title_key(record)) is not None:
                # "Hoist slings (more slings)" saying it is a duplicate: the first title
                # with a note in brackets added
                first = self._titles.get(bare, row.number)
            if first != row.number and says_repeat(self._notes(row)):
                # "dup - see IH-22-001" under the same title: whoever typed it in again
                problems.append(RowProblem(row.number, None, "row", said_repeat_reason(first)))
        if record is not None and not (problems and any(p.severity == "error" for p in problems)):
            # "Same as GI-03?" in a note on the row: a person saw it repeat that entry,
            # whatever its title and lead now say (an entry retyped a year on, in other
            # words). Only a note naming an earlier row's key counts.
            notes = self._notes(row)
            for said in repeated_keys(notes):
                named = self._keys.get(said)
                if named is not None and named != row.number:
                    note = next((n for n in notes if said in repeated_keys([n])), "")
                    problems.append(RowProblem(row.number, None, "row",
                                               named_repeat_reason(named, note)))
                    break
        self._key_seen(row)
        return twin, near, said_title

    def _logged_again(self, row: Row, record: dict[str, Any] | None, people: People,
                      problems: list[RowProblem]) -> None:
        """The same title logged again by someone named on an earlier row: its co-owner
        entering it as their own (D1097). The row's keys are kept for the ledger."""
        if record is None or (problems and any(p.severity == "error" for p in problems)):
            return
        self._row_mates = mate_keys(record, people.name_form)
        earlier = None
        for k in self._row_mates:  # a loop: no generator a row (D1384)
            if self._mates.get(k, row.number) != row.number:
                earlier = self._mates[k]
                break
        if earlier is not None:
            problems.append(RowProblem(row.number, None, "row", mate_reason(earlier)))
        for k in self._row_mates:
            self._mates.setdefault(k, row.number)

    def _merge_same_people(self) -> None:
        """Carry the areas of a person's later rows into their first row's record (D940)."""
        assert self._same is not None and self._spool is not None and self.result is not None

        def stored(record_id: str) -> dict[str, Any] | None:
            try:
                return codec.to_dict(self.kb.get(record_id, "person"))
            except KmcoreError:
                return None

        updated = self._same.apply(self._spool, stored)
        # a first row unchanged since the last import, now with a later row's new area
        self.result.counts["unchanged"] -= updated
        self.result.counts["update"] += updated

    def _key_seen(self, row: Row) -> None:
        """Remember the row's key (its reference cell, or a title that is a code, as when
        the preview took the "Idea #" column for the title), for a later row naming it."""
        assert self.result is not None
        for header, is_title in self._row_plan().key_headers:
            if header in row.cells:
                text = str(row.cells[header])
                if is_title and not _CODE.fullmatch(text.strip()):
                    continue
                form = key_form(text)
                if form:
                    self._keys.setdefault(form, row.number)

    def _notes(self, row: Row) -> list[str]:
        """The row's cells besides its title and description: where a log says an entry
        is a duplicate ("dup - see INN-004")."""
        prose = self._row_plan().prose
        # (a list rather than a generator: no Python call per cell, for every row; D1380)
        return [*[v for h, v in row.cells.items() if h not in prose and isinstance(v, str)],
                *row.remarks]

    def _forget_row_words(self) -> None:
        """Take the words of the row just read back out of the preview's counts."""
        assert self.result is not None
        for field, word, *_ in self._row_words:
            words = self.result.values.get(field, {})
            counted = words.get(word)
            if counted is None:
                continue
            counted.count -= 1
            if counted.count <= 0:
                del words[word]
            if not words:
                self.result.values.pop(field, None)
        self._row_words = []

    def _settings(self) -> str:
        """Everything besides a row's cells that decides what the row becomes."""
        assert self.result is not None
        mapping = self.result.mapping
        return json.dumps([LEDGER_VERSION, self.record_type,
                           [[cm.header, cm.field] for cm in mapping.columns],
                           mapping.values, mapping.defaults, self.status, self.create_people,
                           self.strict, *([self.legends] if self.legends else [])],
                          sort_keys=True, ensure_ascii=False)

    def _replay(self, row: Row, entry: dict[str, Any], report: ProblemReport) -> None:
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
            if len(result.problems) < KEEP_PROBLEMS:
                result.problems.append(problem)
        if len(result.preview) < 5:
            with contextlib.suppress(KmcoreError):
                result.preview.append(codec.to_dict(self.kb.get(entry["id"], self.record_type)))

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
        self._mark_started()
        classes = self.kb.classes
        note = f"from {self.path.name}"
        new_people = self._people.new if self._people is not None else {}
        # Each batch is written by one writer thread while the next is made ready (the
        # spool's helper rebuilds the one after): in order, whole, a failure raised here
        # (kmcore.background_saves, D1030).
        with self.kb.background_saves() as saves:
            people_count = len(new_people)  # written first, not told to on_record
            self._save_people(saves, new_people)
            done = 0
            # The next batch is rebuilt from the spool while this one is saved
            # (kmcore.io.spool).
            with contextlib.closing(spooled_batches(self._spool, classes, BATCH,
                                                    owner=self.kb._default_org())) as batches:
                for batch in batches:
                    saved = saves.save(
                        batch, note=note, checked=True,
                        plain=batch.plain if isinstance(batch, SpooledBatch) else None)
                    done = self._saved(saved - people_count, done, on_record)
            self._saved(saves.close() - people_count, done, on_record)
        self._finish()
        return result

    def _mark_started(self) -> None:
        """Leave a note that this import is saving (see :func:`interrupted_import`)."""
        marker = Path(self.kb.root) / ".kmcore" / _MARKER
        marker.parent.mkdir(parents=True, exist_ok=True)
        # Written like every other file of the knowledge base, so a read-only or full disk
        # stops the import here, before anything is saved, and no half-written note is left.
        atomic_write(str(marker), json.dumps({
            "file": str(self.path), "type": self.record_type,
            "started": dt.datetime.now(dt.UTC).isoformat()}).encode("utf-8"))

    def _save_people(self, saves: BackgroundSaves, new_people: dict[str, dict[str, Any]],
                     ) -> None:
        people = [codec.from_dict(new_people[p], self.kb.classes) for p in sorted(new_people)]
        for start in range(0, len(people), BATCH):
            saves.save(people[start:start + BATCH],
                       note=f"from {self.path.name} (new people)")

    def _finish(self) -> None:
        """Everything saved: keep the ledger, remove the marker and the spool."""
        assert self.result is not None
        if self._ledger is not None:
            self._ledger.save()
        (Path(self.kb.root) / ".kmcore" / _MARKER).unlink()
        self.result.applied = True
        self.discard()

    @staticmethod
    def _saved(saved: int, done: int, on_record: Callable[[int], None] | None) -> int:
        """Tell *on_record* of each record saved since *done*; return how many now."""
        if on_record is not None:
            for n in range(done + 1, saved + 1):
                on_record(n)
        return max(saved, done)

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



def import_file(kb: KnowledgeBase, path: str | Path, record_type: str, *,
                dry_run: bool = False, report: str | Path | None = None,
                **options: Any) -> ImportResult:
    """Import *path* into *kb* as *record_type* records in one call (see :class:`Importer`).

    :param dry_run: check every row and say what would happen, saving nothing.
    :param report: where to write the problems report (CSV), if there are problems.
    """
    importer = Importer(kb, path, record_type, **options)
    importer.open()
    result = importer.prepare(report=report, save=not dry_run)
    if dry_run:
        importer.discard()
        return result
    return result if result.applied else importer.apply()


#: a cell that is a log's code for its entry, not words: "GI-03", "INN-004", "QI 6"
_CODE = re.compile(r"[A-Za-z]{1,10}[-_/ ]?\d{1,8}[A-Za-z]?")


def _ledger_words(words: list[list[str]]) -> list[list[str]]:
    """A row's choice words as the ledger keeps them: a likely patient identifier in a word or
    its detail masked, as the preview shows it (the ledger is a file on disk too; D428)."""
    return [[field, _masked(word), value, method, _masked(detail)]
            for field, word, value, method, detail in words]


@functools.lru_cache(maxsize=4096)
def _masked(text: str) -> str:
    """masked_text of a choice word, worked out once per distinct word: the same few status
    words recur on thousands of rows (D600)."""
    from kmcore.guard.pii import masked_text

    return masked_text(text)


class _SavingSpool:
    """Where an import that saves as it checks (D1031) writes its spool lines: each
    :data:`BATCH` of them becomes a batch (as :func:`spooled_batches` makes it) handed to
    the writer thread, which saves it while the next rows are checked."""

    def __init__(self, saves: BackgroundSaves, maker: BatchMaker, note: str) -> None:
        self.saves = saves
        self.maker = maker
        self.note = note
        #: each line, with its record's dict and the record built from it when the
        #: importer handed them over (D1170), else None: read back from the line
        self.lines: list[tuple[str, tuple[dict[str, Any], Record] | None]] = []

    def write(self, line: str) -> None:
        self.lines.append((line, None))
        if len(self.lines) >= BATCH:
            self.flush()

    def write_built(self, line: str, plain: dict[str, Any], record: Record) -> None:
        """As :meth:`write`, with the record the row built (from *plain*, the dict the line
        holds; nobody else holds it): the batch takes it as it is rather than reading the
        line back and building it again (D1170)."""
        self.lines.append((line, (plain, record)))
        if len(self.lines) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.lines:
            return
        batch = self.maker.new_batch()
        for line, built in self.lines:
            if built is None:
                self.maker.add(batch, line)
            else:
                self.maker.add_built(batch, line, *built)
        self.lines = []
        # The records were built for this batch and nobody else holds them (D1173).
        self.saves.save(batch, note=self.note, checked=True, plain=batch.plain,
                        handed_over=True)
