"""One row of a spreadsheet to the record it makes, or to the problems that stop it: its cells
read and converted, its people resolved, defaults filled in, its id worked out (derived from
its key, or the person a staff list's row is about) and its record built."""

from __future__ import annotations

import re
from typing import Any

import attrs

from kmcore.errors import KmcoreError
from kmcore.io.building import LEFT_OUT, RecordBuilder
from kmcore.io.cell_reading import CellReader
from kmcore.io.cells import leaver_cell, not_a_record, person_name
from kmcore.io.columns import ConversionError, part_column
from kmcore.io.directory_cells import bracketed_job, directory_cell
from kmcore.io.identity import Titles, derived_id, legacy_id
from kmcore.io.import_result import Action, RowProblem
from kmcore.io.list_items import (
    OBJECT_CELL_PART,
    PLAIN_CELL_PART,
    add_to_items,
    finish_items,
)
from kmcore.io.mapping import ColumnMapping, forms_respondent
from kmcore.io.parts import (
    KeptWithWarning,
    UnknownWord,
    Warning_,
    area_in_header,
    cell_text,
    lend_emails,
    merge_part,
    merge_value,
    offer_in_header,
)
from kmcore.io.people import People, name_key, same_person_named, split_people
from kmcore.io.programme_headings import heading_title, programme_heading_reason
from kmcore.io.row_plan import (
    READ_AREA,
    READ_CELL,
    READ_KEY,
    READ_OFFER,
    READ_PERSON,
    READ_STATUS,
    RowPlan,
    row_plan,
)
from kmcore.io.same_person import SamePerson, merged_reason
from kmcore.io.tables import Row
from kmcore.io.team_headings import team_heading, team_heading_reason
from kmcore.pii_text import masked_text

__all__ = ["RowReader"]

RowOutcome = tuple[list[RowProblem], dict[str, Any] | None, Action | None]


@attrs.define
class _Cells:
    """What a row's mapped cells said, before people and defaults are filled in."""

    data: dict[str, Any] = attrs.field(factory=dict)
    #: field -> the header of the column that filled it
    header_of: dict[str, str] = attrs.field(factory=dict)
    key: str | None = None
    #: person field -> (header, cell) of each column naming people for it
    people: dict[str, list[tuple[str, str]]] = attrs.field(factory=dict)
    #: any mapped cell was filled (else the row is blank)
    filled: bool = False


#: What _default_value gives for a --default it could not convert (None is a value).
_REFUSED: Any = object()


class RowReader(CellReader, RecordBuilder):
    """The row-reading stage of :class:`kmcore.io.importer.Importer`."""

    _same: SamePerson | None  # the people met so far, in a person import (D940)
    _heading_team = ""  # the team the last team sub-heading row named (D1421)
    _teams_decided: bool | None = None  # whether sub-headings give the department (D1421)
    _heading_fields: bool | None = None  # the log asks for description and status (D1422)
    _crosses_no = False  # a skills matrix's "x" is its no, against "Y" or "✓" (D1423)
    _directory_noted = False  # the preview told of "Name - role - areas" cells (D1260)
    _bracket_noted = False  # the preview told of "Name (job title)" cells (D1503)

    def _row(self, row: Row, people: People, titles: Titles,
             seen: dict[str, int]) -> RowOutcome:
        assert self.result is not None
        problems: list[RowProblem] = []
        self._unknown_words = {}
        self._review_notes = []
        if self._not_ours(row, problems):
            return problems, None, None
        cells = self._read_cells(row, people, titles, problems)
        if not cells.filled:
            return problems, None, None  # a blank row (or one holding only ignored columns)
        data, header_of = cells.data, cells.header_of
        if self._heading_team and "department" not in data and self._teams_from_headings:
            data["department"] = self._heading_team  # the team sub-heading above (D1421)
        if self._programme_heading(row, data, problems):
            return problems, None, None
        self._fill_people(row, cells.people, data, people, problems)
        self._fill_defaults(row, data, people, titles, problems)
        _aim_as_summary(data, header_of)
        self._money_basis(data, header_of)
        self._spreading(data, row, problems)
        self._leaver(data, row)
        self._status_in_title(data, row.number)
        self._went_live(data, row)
        if cells.key is not None and "reference" in self.by_name and "reference" not in data:
            data["reference"] = cells.key[:100]
        record_id = self._record_id(row, data, cells.key, header_of, people, problems)
        if record_id is None:
            return problems, None, None
        seen_at = seen.get(record_id)
        if seen_at is not None and self._same is not None and not any(
                p.severity == "error" for p in problems):
            # a long staff list: the person again, with another area (D940)
            _, built, _ = self._build(row, record_id, data, header_of, list(problems))
            if built is not None and self._same.namesake(built, row.number):
                # another person of the same name: their own record (D1420)
                record_id = _namesake_id(data)
                seen_at = seen.get(record_id)
                built = None
            first = self._same.earlier(built, row.number) if built is not None else None
            if first is not None:
                problems.append(RowProblem(row.number, None, "row", merged_reason(
                    first, str(data.get("display_name", "")), row.continues), severity="merged"))
                return problems, None, None
        if seen_at is not None:
            problems.append(RowProblem(row.number, None, "id",
                                       f"repeats row {seen_at} (same key or title): one of "
                                       "them is a duplicate"))
            return problems, None, None
        seen[record_id] = row.number
        if problems and any(p.severity == "error" for p in problems):  # (D1381)
            # Cells were refused: say so, and (below) what else is wrong with the row, but
            # do not build a record from part of it.
            self._build(row, record_id, data, header_of, problems, partial=True)
            return problems, None, None
        return self._build(row, record_id, data, header_of, problems)

    def _not_ours(self, row: Row, problems: list[RowProblem]) -> bool:
        """A row to skip: a record of another type, or (noted as a problem) a line of the
        sheet that is not a record at all (a total, a section heading)."""
        assert self.result is not None
        kind = row.cells.get("type")
        if isinstance(kind, str) and kind != self.record_type and kind in self.kb.types:
            self.result.other_types += 1  # a JSON export holds every type: take ours only
            return True
        if self._table is not None and self._table.header_row != 0:
            title, title_header = "", None
            for h in self._row_plan().title_headers:  # a loop: no generator a row (D1384)
                if h in row.cells:
                    title, title_header = str(row.cells[h]), h
                    break
            why = not_a_record(row.cells, self._table.headers, title,
                               under_header=row.number <= self._table.header_row + 3,
                               person=self.record_type == "person")
            if why:
                if self._teams_from_headings and why.startswith(_LONE_CELL):
                    team = team_heading(row.cells, self._table.headers, title_header,
                                        log=self.record_type != "person")
                    if team:
                        # the department of the rows below it, to the next one (D1421)
                        self._heading_team = team
                        why = team_heading_reason(team)
                problems.append(RowProblem(row.number, None, "row", why))
                return True
        return False

    def _matrix_cell(self, header: str, value: Any) -> Any:
        """A skills matrix's cell under an area's header: the area, one area however its
        name is written ("Cleft lip & palate"), for a tick; None for a no, or for the
        matrix's cross against its ticks (D1423); any other cell as it is."""
        if self._crosses_no and isinstance(value, str) and value.strip().casefold() == "x":
            return None
        found = area_in_header(header, value)
        if isinstance(found, str) and found is not value:
            return [{"concept": {"label": found[:200]}}]  # the header's words, whole
        return found

    def _programme_heading(self, row: Row, data: dict[str, Any],
                           problems: list[RowProblem]) -> bool:
        """Whether the row heads a programme's projects (noted as a problem): its title
        written as a heading, and neither description nor status where the log's columns
        ask for both (D1422; a genuine entry with no status still comes in: D1372)."""
        assert self.result is not None
        if self.record_type == "person":
            return False
        if self._heading_fields is None:
            used = {cm.field for cm in self.result.mapping.used}
            self._heading_fields = {"description", "stage"} <= used
        title = data.get("title")
        if (not self._heading_fields or not isinstance(title, str)
                or data.get("description") or data.get("summary") or data.get("stage")):
            return False
        how = ("in capitals" if heading_title(title) else
               "in bold" if row.bold else "")
        if not how:
            return False
        problems.append(RowProblem(row.number, None, "row",
                                   programme_heading_reason(title, how)))
        return True

    @property
    def _teams_from_headings(self) -> bool:
        """Whether a team sub-heading gives the rows below it their department: the records
        have one and no column of the file is mapped to it (D1421)."""
        assert self.result is not None
        if self._teams_decided is None:
            self._teams_decided = "department" in self.by_name and not any(
                cm.field == "department" for cm in self.result.mapping.used)
        return self._teams_decided

    def _read_cells(self, row: Row, people: People, titles: Titles,
                    problems: list[RowProblem]) -> _Cells:
        """Every mapped cell of the row converted (people's cells kept for later)."""
        assert self.result is not None
        cells = _Cells()
        given = row.cells
        overtaken = self._overtaken(row)
        plan = self._row_plan()
        for cm, header, field, head, _sub, how in plan.steps:
            if header not in given or header in overtaken:
                continue
            value = given[header]
            cells.filled = True
            if field == "display_name":
                value = self._directory_cell(value, row.number, cells, people, titles)
                value = self._job_in_brackets(value, row, cells)
            if how == READ_KEY:
                cells.key = " ".join(str(value).split())
                continue
            if how == READ_PERSON:
                cells.people.setdefault(head, []).append((header, str(value)))
                cells.header_of.setdefault(head, header)
                continue
            if how != READ_CELL:
                value = (self._matrix_cell(header, value) if how == READ_AREA
                         else _read_as(how, header, value))
                if value is None:
                    continue
            if head in plan.json_heads:  # a list or an object of parts (D1410)
                self._keep_cell(cells, cm, header, value, row.number, people, titles, problems)
                continue
            converted = self._converted_cell(cm, value, row.number, people, titles, problems)
            if converted is None:
                continue
            if head in cells.data:
                # A second column for the field adds to it (open() refused the mapping if
                # the field holds only one value), so the first column's values stay.
                cells.data[head] = merge_value(cells.data[head], converted)
            else:
                cells.data[head] = converted
            cells.header_of.setdefault(field, header)
        for head in plan.json_heads:
            items = cells.data.get(head)
            if isinstance(items, list):
                finish_items(items)
        return cells

    def _keep_cell(self, cells: _Cells, cm: ColumnMapping, header: str, value: Any, row: int,
                   people: People, titles: Titles, problems: list[RowProblem]) -> None:
        """One mapped cell of a list or an object of parts converted and put where its
        field says in *cells*."""
        field = cm.field
        head, _, sub = field.partition(".")
        list_part = self._list_part(head, sub, value)
        if not sub and list_part.startswith("."):
            # a plain cell for a whole object: the part such a cell is (D1410)
            sub, list_part = list_part[1:], ""
            field = f"{head}.{sub}"
            cm = attrs.evolve(cm, field=field)
        converted = self._converted_cell(
            cm if list_part in ("", sub) else attrs.evolve(cm, field=f"{head}.{list_part}"),
            value, row, people, titles, problems)
        if converted is None:
            return
        if list_part:
            # one part of an item of a list (an outcome's result): one item per row
            items = cells.data.setdefault(head, [])
            if isinstance(items, list):
                add_to_items(items, head, list_part, converted, header)
            cells.header_of.setdefault(head, header)
        elif sub:
            part = cells.data.setdefault(head, {})
            if isinstance(part, dict):
                merge_part(part, sub, converted)
            cells.header_of.setdefault(head, header)
        elif head in cells.data:
            # A second column for the field adds to it (open() refused the mapping if
            # the field holds only one value), so the first column's values stay.
            cells.data[head] = merge_value(cells.data[head], converted)
        else:
            cells.data[head] = converted
        cells.header_of.setdefault(field, header)

    def _list_part(self, head: str, sub: str, value: Any) -> str:
        """The part of an item of the list field *head* a cell fills ("" when *head* is no
        list of parts): the mapped part, or for a plain cell mapped to the whole list
        ("Outcome=outcomes") the part such a cell is (:data:`PLAIN_CELL_PART`, D1410)."""
        column = self.by_name.get(head)
        if column is None or column.kind != "json" or (sub and not column.many):
            return ""
        if sub:
            return sub
        text = value if isinstance(value, str) else ""
        if isinstance(value, dict | list) or text.lstrip()[:1] in ("{", "["):
            return ""  # an export's own JSON cell
        if not column.many:
            # ".summary": the part of the one object (told apart from a list's part)
            part = OBJECT_CELL_PART.get(head, "")
            return f".{part}" if part and part_column(column, part) is not None else ""
        return PLAIN_CELL_PART.get(head, "")

    def _directory_cell(self, value: Any, row: int, cells: _Cells, people: People,
                        titles: Titles) -> Any:
        """A name cell reading "Name - role - areas" (a staff directory's one column, D1260):
        the name is returned, and the job title and areas fill their fields unless a column
        of their own is mapped to them."""
        assert self.result is not None
        found = directory_cell(cell_text(value))
        if found is None:
            return value
        mapped = {cm.field for cm in self.result.mapping.columns if cm.field}
        if "job_title" not in mapped and found.job_title:
            cells.data.setdefault("job_title", found.job_title)
        if "profile.expertise" not in mapped and found.areas:
            try:
                areas = self._convert("profile.expertise", found.areas, row, people, titles)
            except ConversionError:
                areas = None
            if areas:
                merge_part(cells.data.setdefault("profile", {}), "expertise", areas)
        if not self._directory_noted:
            self._directory_noted = True
            self.result.notes.append(
                "the name column holds \"Name - role - areas\": each cell is split into "
                "the name" + ("" if "job_title" in mapped else ", the job title")
                + ("" if "profile.expertise" in mapped else " and the areas of expertise"))
        return found.name

    def _job_in_brackets(self, value: Any, row: Row, cells: _Cells) -> Any:
        """A name cell reading "Surname, Forename (Job title)" (a "who to ask" list's one
        column for both, D1503): the bracket is the job title when no job-title column of
        the row fills it; the name is returned without it."""
        assert self.result is not None
        if not isinstance(value, str) or ")" not in value:
            return value
        found = bracketed_job(value)
        if found is None:
            return value
        jobs = [cm.header for cm in self.result.mapping.columns if cm.field == "job_title"]
        if "job_title" in cells.data or any(
                cell_text(row.cells.get(h, "")).strip() for h in jobs):
            return value
        cells.data["job_title"] = found[1]
        if not self._bracket_noted:
            self._bracket_noted = True
            self.result.notes.append(
                "the name column holds \"Name (job title)\": the bracket is read as the job "
                "title where no job-title column gives one")
        return found[0]

    def _overtaken(self, row: Row) -> set[str]:
        """The row's filled cells of a choice mapped from several columns that a later such
        column also fills: the later column (a log's newer status column) wins; and of a
        field mapped from several columns in an order of preference, all but the first
        filled."""
        out: set[str] = set()
        plan = self._row_plan()
        for headers in plan.later_groups:
            filled = [h for h in headers if h in row.cells]
            out.update(filled[:-1])
        for headers in plan.prefer_groups:
            # the librarian's order: the first filled one, the rest fall back (D1412)
            filled = [h for h in headers if h in row.cells]
            out.update(filled[1:])
        return out

    def _row_plan(self) -> RowPlan:
        """How this import's mapped columns are read, worked out once per mapping (D1040)."""
        assert self.result is not None
        plan = self._plan
        if plan is None or plan.mapping is not self.result.mapping:
            plan = self._plan = row_plan(self.result.mapping, self.by_name)
        return plan

    def _converted_cell(self, cm: ColumnMapping, value: Any, row: int, people: People,
                        titles: Titles, problems: list[RowProblem]) -> Any:
        """One cell's plain data; None when there is nothing to set or (noted as a problem)
        the cell cannot be read."""
        try:
            return self._convert(cm.field, value, row, people, titles)
        except UnknownWord as exc:
            if self._flag_unknown(cm, exc, row, problems):
                return None
            problems.append(RowProblem(row, cm.header, cm.field, str(exc), exc.word))
        except KeptWithWarning as exc:
            problems.append(RowProblem(row, cm.header, cm.field, str(exc), severity="warning"))
            return exc.value
        except Warning_ as exc:
            problems.append(RowProblem(row, cm.header, cm.field, f"{exc} (left empty)",
                                       severity="warning"))
        except ConversionError as exc:
            if self._optional(cm.field):  # the row is good without it: kept, and said
                problems.append(RowProblem(row, cm.header, cm.field, f"{exc}: {LEFT_OUT}",
                                           masked_text(cell_text(value))[:80],
                                           severity="warning"))
            else:
                problems.append(RowProblem(row, cm.header, cm.field, str(exc)))
        return None

    def _optional(self, field: str) -> bool:
        """True when a value the row gives *field* may be left out, the row kept, when it
        cannot be read (not ``strict``): a field no rule requires, as an ORCID, a phone, a
        web address or a date a log rarely needs."""
        head, _, sub = field.partition(".")
        column = self.by_name.get(head)
        target = part_column(column, sub) if column is not None and sub else column
        return not self.strict and target is not None and not target.required and (
            column is not None and not column.required) and head not in (
            "title", "display_name", "id")

    def _flag_unknown(self, cm: ColumnMapping, exc: UnknownWord, row: int,
                      problems: list[RowProblem]) -> bool:
        """A choice word no value was found for, unless ``strict``: a required choice (the
        stage) is left for a librarian to choose, the row flagged (``to_complete``); an
        optional one (a type, a setting, a staff group) is left empty. Either way the row
        comes in and a warning names the word (listed once in the preview). True when so
        handled; False when the row is to be refused."""
        head, _, sub = cm.field.partition(".")
        column = self.by_name.get(head)
        target = part_column(column, sub) if column is not None and sub else column
        if self.strict or target is None or target.kind not in ("enum", "enums"):
            return False
        if target.required and not sub:
            if target.kind != "enum" or "to_complete" not in self.by_name:
                return False
            self._unknown_words[cm.field] = exc.word
            problems.append(RowProblem(
                row, cm.header, cm.field,
                f"{exc}; imported flagged incomplete until one is chosen", exc.word,
                severity="warning"))
            return True
        if target.required:
            return False  # a required part of a part: refused, as before
        self._unknown_words[cm.field] = exc.word  # (so no --default overwrites it, D1480)
        problems.append(RowProblem(row, cm.header, cm.field, f"{exc} (left empty)", exc.word,
                                   severity="warning"))
        return True

    def _fill_people(self, row: Row, people_cells: dict[str, list[tuple[str, str]]],
                     data: dict[str, Any], people: People, problems: list[RowProblem]) -> None:
        """The row's person fields, from their name and e-mail columns."""
        self._respondent_email(row, people_cells)
        lend_emails(people_cells)
        for field, cells in people_cells.items():
            try:
                groups = self._people_field(field, cells, data, people)
            except ConversionError as exc:
                problems.append(RowProblem(row.number, cells[0][0], field, str(exc)))
                continue
            finally:
                for note in people.namesakes:  # (D1486)
                    problems.append(RowProblem(row.number, cells[0][0], field,
                                               f"{note}; flagged for review",
                                               severity="warning"))
                    self._review_notes.append(f"{field}: {note}")
                people.namesakes.clear()
            if groups:
                shown = ", ".join(repr(g) for g in groups)
                problems.append(RowProblem(
                    row.number, cells[0][0], field,
                    f"{shown} names a group or a role, not a person: "
                    + ("not kept" if field in data else "left for a librarian to fill in"),
                    severity="warning"))

    def _respondent_email(self, row: Row, people_cells: dict[str, list[tuple[str, str]]]
                          ) -> None:
        """A Microsoft Forms export whose lead is named by a question ("Your name and
        role"): the e-mail of the account that filled the form in is the lead's when that
        account is the person named first (a colleague's submission lends no e-mail), even
        where the Email column itself is left unmapped."""
        assert self.result is not None
        if self._respondent is None:
            self._respondent = forms_respondent(
                [cm.header for cm in self.result.mapping.columns])
        name_header, email_header = self._respondent
        if not (name_header and email_header):
            return  # not a Forms export (nearly every file): no lead's column to look for
        lead_header = next((cm.header for cm in self.result.mapping.columns
                            if cm.field == "lead"), None)
        lead = people_cells.get("lead") or ([(lead_header, "")] if lead_header else [])
        if not (name_header and email_header and lead) or any(
                cm.header == email_header and cm.field for cm in self.result.mapping.columns):
            return
        email = cell_text(row.cells.get(email_header, "")).strip()
        respondent = person_name(cell_text(row.cells.get(name_header, "")))
        if respondent and all(_self_named(t) for _, t in lead):
            # "Who will lead it? (name + email if not you)" left blank or answered "me": the
            # lead is whoever filled the form in (D1261).
            people_cells["lead"] = [(name_header, respondent)] + (
                [(email_header, email)] if "@" in email and " " not in email else [])
            return
        named = split_people(lead[0][1]) if len(lead) == 1 else []
        if respondent and len(named) > 1 and any(_self_named(n) for n in named):
            # "Me and Gemma Hartley": the "me" is whoever filled the form in, first among
            # the leads named (D1512)
            named = [respondent if _self_named(n) else n for n in named]
            people_cells["lead"] = [(lead[0][0], " / ".join(named))] + (
                [(email_header, email)] if "@" in email and " " not in email
                and same_person_named(named[0], respondent) else [])
            return
        if "@" not in email or " " in email or not respondent or any("@" in t for _, t in lead):
            return
        first = person_name(named[0]) if named else ""
        if first and same_person_named(first, respondent):
            people_cells["lead"] = [*lead, (email_header, email)]

    def _fill_defaults(self, row: Row, data: dict[str, Any], people: People, titles: Titles,
                       problems: list[RowProblem]) -> None:
        """``--default`` values for the fields the row leaves empty."""
        assert self.result is not None
        for field, text in self.result.mapping.defaults.items():
            head, _, sub = field.partition(".")
            if sub and isinstance(data.get(head), list):
                # a part of a list's items (--default outcomes.domain=...): each item that
                # lacks it, once converted (D1410)
                lacking = [i for i in data[head] if isinstance(i, dict) and sub not in i]
                if lacking:
                    converted = self._default_value(field, text, row, people, titles, problems)
                    if converted is not _REFUSED:
                        for item in lacking:
                            item[sub] = converted
                continue
            if (head in data and not sub) or (sub and isinstance(data.get(head), dict)
                                              and sub in data[head]):
                continue
            if field in self._unknown_words:
                # The cell was filled, with a word kmcore does not know: a default fills
                # only empty cells, so the row stays flagged with its word named (D1480).
                continue
            converted = self._default_value(field, text, row, people, titles, problems)
            if converted is _REFUSED:
                continue
            if sub:
                merge_part(data.setdefault(head, {}), sub, converted)
            else:
                data[head] = converted

    def _default_value(self, field: str, text: str, row: Row, people: People, titles: Titles,
                       problems: list[RowProblem]) -> Any:
        """A ``--default`` value converted for *field*, or :data:`_REFUSED` with the problem
        noted on the row."""
        try:
            return self._convert(field, text, row.number, people, titles)
        except ConversionError as exc:
            problems.append(RowProblem(row.number, None, field, f"the --default {exc}", text))
            return _REFUSED

    def _record_id(self, row: Row, data: dict[str, Any], key: str | None,
                   header_of: dict[str, str], people: People,
                   problems: list[RowProblem]) -> str | None:
        """The id of the record the row makes (None, with the problem noted, when it has
        none): the row's own id, the person it is about, or one derived from its key."""
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
                return None
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
                return None
            record_id = derived_id(self.cls.id_prefix, self.record_type, key)
            # (nothing to look for when the store holds no record of the type yet: the
            # first import of a log, which is most rows of all imports; D1043)
            if self._known_ids is None or self._known_ids:
                legacy = legacy_id(self.cls.id_prefix, self.record_type, key)
                if legacy != record_id and self._exists(legacy):
                    record_id = legacy  # imported before ids dropped doubled prefixes
        return record_id

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


#: how :func:`~kmcore.io.cells.not_a_record` names a row of one filled cell
_LONE_CELL = ("only one cell is filled", "a section heading")


def _namesake_id(data: dict[str, Any]) -> str:
    """The id of a person who shares an earlier row's person's name: told apart by their
    e-mail, or else their department (D1420)."""
    name = name_key(str(data.get("display_name") or ""))
    other = str(data.get("work_email") or "").lower() or str(data.get("department") or "")
    return derived_id("person", "person", f"{name} {' '.join(other.casefold().split())}")


#: a column holding a project's aim: "Aim", "Aims", "Aim / what we're doing", "Objective"
_AIM_HEADER = re.compile(r"\baims?\b|\bobjectives?\b|what (?:we're|we\u2019re|we are) doing",
                         re.I)


#: A lead question answered by the person filling the form in about themself (D1261).
_SELF = frozenset({"", "me", "myself", "i am", "i will", "self"})


def _read_as(how: str, header: str, value: Any) -> Any:
    """A cell read as its column's plan says (None: nothing to read in it)."""
    if how == READ_STATUS and leaver_cell(str(value)):
        return None  # "Leaver - 31/08/2024": read with its date by _leaver
    if how == READ_OFFER:
        return offer_in_header(header, value)  # "Happy to be contacted?" Yes
    if how == READ_AREA:
        return area_in_header(header, value)  # a skills matrix: "Falls" ✓
    return value


def _self_named(text: str) -> bool:
    """True when a lead cell names whoever filled the form in: blank, "me", "Myself."."""
    return " ".join(text.lower().replace(".", " ").replace("!", " ").split()) in _SELF


def _aim_as_summary(data: dict[str, Any], header_of: dict[str, str]) -> None:
    """A QI log's aim statement as the record's summary when no column gives one (D945):
    "Get IV antibiotics to 90% of red-flag sepsis patients within 60 minutes" says in a line
    what the project is, as a summary does, and lists of records show the summary. The aim
    stays the record's problem too."""
    aim = data.get("problem")
    if (data.get("summary") or not isinstance(aim, str) or not aim.strip()
            or len(aim) > 600 or not _AIM_HEADER.search(header_of.get("problem", ""))):
        return
    data["summary"] = aim.strip()
