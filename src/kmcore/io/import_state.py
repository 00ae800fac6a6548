"""The attributes the stages of an import share (:class:`kmcore.io.importer.Importer` sets
them), declared once so each stage's module can be read and type-checked on its own."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kmcore.io.cell_reading import PeopleCell
    from kmcore.io.columns import Column
    from kmcore.io.import_result import ImportResult
    from kmcore.io.row_plan import RowPlan
    from kmcore.io.site_rows import SiteRows
    from kmcore.io.tables import Table
    from kmcore.io.twins import NearTwins
    from kmcore.io.values import ValueMatcher
    from kmcore.kb import KnowledgeBase
    from kmcore.records.base import Record

__all__ = ["ImportState"]


class ImportState:
    """What an import knows while it reads rows: the knowledge base, the record type and its
    columns, the options, the result so far and the caches."""

    kb: KnowledgeBase
    path: Path
    record_type: str
    cls: type[Record]
    by_name: dict[str, Column]
    status: str | None
    strict: bool
    create_people: bool
    result: ImportResult | None
    _table: Table | None
    _known_ids: set[str] | None
    _matchers: dict[str, ValueMatcher]
    #: choice field -> {code: meaning} from the workbook's key (:mod:`kmcore.io.legend`)
    legends: dict[str, dict[str, str]]
    #: the choice words the row being read used, kept in the ledger with it
    _row_words: list[list[str]]
    #: what makes two rows one entry (:mod:`kmcore.io.twins`) -> the first row saying it
    _twins: dict[str, int]
    #: rows by lead, for an entry retyped in other words (:class:`kmcore.io.twins.NearTwins`)
    _near: NearTwins
    #: rows by title, for an entry that says it is a duplicate (:func:`twins.says_repeat`)
    _titles: dict[str, int]
    #: rows by key (:func:`twins.key_form`), for a row whose note names the one it repeats
    _keys: dict[str, int]
    #: each distinct date cell's ISO date (or None), keyed by (type, value): a log repeats
    #: few dates, and reading one is dearer than looking it up (this import only)
    _dates: dict[tuple[type, Any], str | None]
    #: required choice field -> the row's word no value was found for (flagged, not refused)
    _unknown_words: dict[str, str]
    #: the row's notes for a librarian to review on a record that is otherwise good (D1486)
    _review_notes: list[str]
    #: field -> the flag the row's record already had for it (an export read back)
    _carried: dict[str, str]
    #: each distinct people cell's text, split into names, e-mails and non-people
    _people_cells: dict[str, PeopleCell]
    #: a Microsoft Forms export's (Name, Email) columns, worked out at the first row
    _respondent: tuple[str | None, str | None] | None = None
    #: how the mapped columns are read, worked out at the first row (D1040)
    _plan: RowPlan | None = None
    #: field -> how its cells are read (:meth:`CellReader._reading`), once per field
    _readings: dict[str, Any] | None = None
    #: the knowledge base's record classes, looked up at the first row (D1043)
    _record_classes: Mapping[str, type[Record]] | None = None
    #: a per-site adoption register's rows (:mod:`kmcore.io.site_rows`), or None (D1302)
    _sites: SiteRows | None = None
    #: the last record the row being checked built, with its dict (D1170)
    _built: tuple[dict[str, Any], Record] | None = None
