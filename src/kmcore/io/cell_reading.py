"""One mapped cell to plain data: choice words, people, dates, money and links to other
records; and what a row says besides its cells (a leaver's date, a stage in the title)."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from kmcore.io.cells import (
    job_title_alone,
    leaver_cell,
    left_note,
    loose_date,
    name_cell_leaver,
    name_left,
    names_nobody,
    person_name,
    status_in_title,
    went_live_in,
)
from kmcore.io.columns import (
    Column,
    ConversionError,
    ImpossibleDate,
    convert_cell,
    part_column,
    split_list,
)
from kmcore.io.continuations import SHORT_TEXT_FIELDS
from kmcore.io.identity import Titles
from kmcore.io.import_result import RowProblem, ValueCount
from kmcore.io.import_state import ImportState
from kmcore.io.parts import (
    SPECIAL,
    UnknownWord,
    Warning_,
    adopters_in,
    cell_text,
    orgs,
    parts_hint,
)
from kmcore.io.people import People, split_people
from kmcore.io.site_rows import SPREAD_FROM, SiteRows
from kmcore.io.tables import Row
from kmcore.io.values import ValueChoice, ValueMatcher
from kmcore.io.wrapped_text import unwrap

if TYPE_CHECKING:
    from kmcore.io.importer import Importer

__all__ = ["CellReader", "PeopleCell"]

_EMAIL = re.compile(r"[\w.+'\-]+@[\w\-]+(?:\.[\w\-]+)+")



#: a column header naming places inside an organisation rather than organisations
_PLACES_HEADER = re.compile(r"\b(?:sites?|wards?|teams?|units?|areas?|locations?|"
                            r"departments?|depts?|services?|clinics?|bases?)\b", re.I)


def _fold_name(adopter: Any) -> str:
    """An adopter's organisation name as compared with another's: case and spacing aside."""
    return " ".join(_adopter_name(adopter).split()).casefold()


def _adopter_name(adopter: Any) -> str:
    if isinstance(adopter, dict):
        org = adopter.get("org")
        name = org.get("name") if isinstance(org, dict) else adopter.get("name")
        return str(name or "")
    return str(adopter)


def _own_team(adopter: str, department: Any) -> bool:
    """Whether *adopter* is the record's own department or a part of it: "MSK" for "MSK
    Physiotherapy", "EIP" for "Early Intervention in Psychosis", "CAMHS East" for "CAMHS"."""
    if not isinstance(department, str) or not adopter.strip() or not department.strip():
        return False
    theirs = re.findall(r"[^\W_]+", adopter.casefold())
    ours = re.findall(r"[^\W_]+", department.casefold())
    if not theirs or not ours:
        return False
    if theirs[:len(ours)] == ours or ours[:len(theirs)] == theirs:
        return True
    initials = "".join(w[0] for w in re.findall(r"[^\W_]+", department)
                       if w[0].isupper() or w[0].isdigit())
    return len(theirs) == 1 and len(initials) >= 2 and theirs[0] == initials.casefold()

#: A status header asking whether the person has gone: "Leaver?", "Left (Y/N)", "Ex-staff".
_ASKS_IF_LEFT = re.compile(r"\b(?:leaver|left|leaving|ex[- ]?staff|former|retired)\b", re.I)


class PeopleCell(NamedTuple):
    """What one people cell says, before anyone is looked up."""

    names: tuple[str, ...]
    emails: tuple[str, ...]
    #: parts that name a group or a role ("HCA team"), not a person
    not_people: tuple[str, ...]


#: how a field's cells are read: (field, its column, a reader of its own, the column or
#: part the cell fills; None: a part of a class the import does not know)
_Reading = tuple[str, Column, Callable[["Importer", Any, int, People], Any] | None,
                 Column | None]


def _iso_date(value: Any) -> dt.date | None:
    """An ISO date already read into a record's data, as a date (None if it is not one)."""
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


class CellReader(ImportState):
    """The cell-converting stage of :class:`kmcore.io.importer.Importer`."""

    def _matcher(self, field: str, column: Column, *, prefer: str = "last") -> ValueMatcher:
        found = self._matchers.get(field)
        if found is None:
            assert column.enum_cls is not None and self.result is not None
            told = self.result.mapping.values.get(field, {})
            answers = None
            if field == "employment_status" and any(
                    _ASKS_IF_LEFT.search(cm.header) for cm in self.result.mapping.used
                    if cm.field == field):
                # "Leaver?" / "Left (Y/N)": a yes says the person left, which the status
                # vocabulary's own yes ("in post? yes") would read the other way round
                answers = {"yes": "left", "no": "current"}
            found = self._matchers[field] = ValueMatcher(column.enum_cls, told, prefer=prefer,
                                                         answers=answers,
                                                         legend=self.legends.get(field))
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
                 titles: Titles) -> Any:
        """Plain data for one mapped cell (None: nothing to set)."""
        reading = self._readings.get(field) if self._readings is not None else None
        if reading is None:
            reading = self._reading(field)
        head, column, special, target = reading
        if special is not None:
            return special(cast("Importer", self), value, row, people)
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
            try:
                return self._date(value)
            except ImpossibleDate:
                raise  # "31/02/2024": a slip in a date, for a person to correct
            except ConversionError as exc:
                if target.required:
                    raise
                # An optional date in words ("sometime next year") does not refuse the
                # row: it is left empty, and the warning names the cell as written.
                raise Warning_(str(exc)) from None
        converted = convert_cell(target, value)
        if target.kind == "text" and isinstance(converted, str):
            # a wrap's line breaks (a log pasted from a PDF): "en-\nforced" is one word, and
            # a title one line (D1301)
            converted = unwrap(converted, one_line=target.name in SHORT_TEXT_FIELDS)
        return self._resolve(target, converted, people, titles)

    def _reading(self, field: str) -> _Reading:
        """How a cell of *field* is read, worked out once per field of an import (D1045)."""
        head, _, sub = field.partition(".")
        column = self.by_name[head]
        reading = (head, column, SPECIAL.get(field),
                   part_column(column, sub) if sub else column)
        if self._readings is None:
            self._readings = {}
        self._readings[field] = reading
        return reading

    def _date(self, value: Any) -> str | None:
        """A date cell as an ISO date (None: no date), read once per distinct value. The
        type is part of the key: ``True == 1`` but only the number is a date."""
        key = (type(value), value)
        try:
            return self._dates[key]
        except KeyError:
            pass
        except TypeError:  # unhashable (never from a sheet): read it every time
            found = loose_date(value)
            return found.isoformat() if found is not None else None
        found = loose_date(value)  # a ConversionError is not cached: the row reports it
        iso = self._dates[key] = found.isoformat() if found is not None else None
        return iso

    def _people_cell(self, text: str) -> PeopleCell:
        """One people cell split into the names, e-mails and non-people it holds; worked out
        once per distinct text (a log names its few leads again and again). Only the words
        are cached: who they are is resolved for every row, as people are added."""
        found = self._people_cells.get(text)
        if found is not None:
            return found
        names: list[str] = []
        emails: list[str] = []
        not_people: list[str] = []
        for part in split_people(text):
            if names_nobody(part):
                continue  # "Unassigned", "TBC": no one, so no person and no group
            if "@" in part and " " not in part.strip():
                emails.append(part.strip())
                continue
            inside = _EMAIL.search(part)
            if inside:
                # "Jane Whitlock jane.whitlock@trust.nhs.uk", "Dr A Brennan (a.brennan@…)":
                # the name and the e-mail of one person in one cell
                emails.append(inside[0])
                part = _EMAIL.sub(" ", part)
                part = re.sub(r"[(\[<]\s*[)\]>]|mailto:|[<>]", " ", part).strip(" -:;,")
            name = person_name(part)
            (names.append(name) if name else not_people.append(part))
        found = self._people_cells[text] = PeopleCell(tuple(names), tuple(emails),
                                                      tuple(not_people))
        return found

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
            said = self._people_cell(text)
            names.extend(said.names)
            emails.extend(said.emails)
            not_people.extend(said.not_people)
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

    def _status_in_title(self, data: dict[str, Any], row: int) -> None:
        """"Closed - Lithium monitoring app": the word gives the stage when the row's status
        cell is empty. The title is kept as written: logs disagree on whether the word is
        part of the name, and a title is never cut short by a guess."""
        said = status_in_title(data["title"]) if isinstance(data.get("title"), str) else None
        column = self.by_name.get("stage")
        if said is None or column is None or column.enum_cls is None:
            return
        if "stage" not in data:
            with contextlib.suppress(ConversionError):
                data["stage"] = self._choice("stage", column, said[0], row)

    def _went_live(self, data: dict[str, Any], row: Row) -> None:
        """"went live 13/02/2023" in a column the import does not read (a Notes or
        Comments column): the date the work was implemented, when no column gives it
        (D1373). A column a librarian left out (--map 'Notes=') is not read."""
        if ("implemented_on" not in self.by_name or "implemented_on" in data
                or self.result is None):
            return
        mapping = self.result.mapping
        left_out = {cm.header for cm in mapping.columns
                    if not cm.field and cm.method in ("told", "saved mapping")}
        for header, value in row.cells.items():
            if (isinstance(value, str) and header not in left_out
                    and not mapping.field_for(header)):
                when = went_live_in(value)
                if when is not None:
                    data["implemented_on"] = when.isoformat()
                    return

    def _leaver(self, data: dict[str, Any], row: Row) -> None:
        """A leaver, however the staff list says so: a status or notes column ("Leaver -
        31/08/2024", "LEFT 03/24", "Leaver"), a job title ("Ward Clerk (retired Dec 23)",
        "Paramedic (LEFT Mar-24)") or a leaving-date column ("Leaving date", "End date")
        holding a date that has passed. They come in as having left, on the date given;
        a leaver with no date is flagged for a librarian to add it (``to_complete``), as
        a person record needs one for the retention rule."""
        if self.record_type != "person":
            return
        named = name_left(data["display_name"]) if isinstance(data.get("display_name"),
                                                                str) else None
        if named is not None:  # "Whitfield *LEFT*": the name, marked as a leaver's
            data["display_name"] = named
            data.setdefault("employment_status", "left")
        self._name_cell(data, row, renamed=named is not None)
        unsure = "employment_status" not in data or (data["employment_status"] == "left"
                                                     and "left_on" not in data)
        if unsure and self.result is not None:  # left, or when, said in another column
            mapping = self.result.mapping
            # a column a librarian left out (--map 'Comments=') is not read at all
            left_out = {cm.header for cm in mapping.columns
                        if not cm.field and cm.method in ("told", "saved mapping")}
            for header, value in row.cells.items():
                said = (leaver_cell(value) if isinstance(value, str) and mapping.field_for(
                    header) in ("", "employment_status") and header not in left_out
                    else None)
                if said is not None:
                    data["employment_status"] = "left"
                    if said[0] is not None and "left_on" not in data:
                        data["left_on"] = said[0].isoformat()
                    # "Left" in Status, the date in "Date left": the preview says the date
                    when = said[0] or _iso_date(data.get("left_on"))
                    self._show_leaver(value, header, row.number, when)
                    if "left_on" in data:
                        break  # else another column may say when ("Leaver" + "Left 31/03")
        if isinstance(data.get("job_title"), str):
            data["job_title"] = job_title_alone(data["job_title"])
            found = left_note(data["job_title"])
            if found is not None:
                title, when = found
                for header, raw in self._raw_cells("job_title", row):
                    self._show_leaver(raw, header, row.number, when)
                data["job_title"] = title
                # As with the name's mark, the job's "(left Jan 24)" is written by hand when
                # the person goes, and wins over a status still saying current (D1424, D1454).
                if data.get("employment_status") in (None, "left", "current"):
                    data["employment_status"] = "left"
                    if when is not None and "left_on" not in data:
                        data["left_on"] = when.isoformat()
        left_on = data.get("left_on")
        if (data.get("employment_status") in (None, "current") and isinstance(left_on, str)
                and left_on <= dt.date.today().isoformat()):
            # a leaving date that has passed, even beside a status still saying current
            # ("Active Assignment" with an "Actual Termination Date"): the date is filled in
            # when the person goes, and a status is often not updated
            data["employment_status"] = "left"

    def _name_cell(self, data: dict[str, Any], row: Row, *, renamed: bool) -> None:
        """What a staff list writes into the name cell besides the name: that the person
        left ("LEFT - Ann Lee", "Ann Lee (left Jun 24)", "(retired Aug 2024)"; the name
        read from the cell has lost its brackets, so the cell is read as written) and
        their e-mail ("Lena Fox - lena.fox@trust.nhs.uk"); and a row struck through in
        Excel, which some lists do for a leaver."""
        for header, raw in self._raw_cells("display_name", row):
            said_left = name_cell_leaver(raw)
            # The name's mark wins over a status column that still says current: a
            # librarian writes "(LEAVER)" by hand when the person goes, while a system's
            # status ("Active Assignment") lags until the termination is processed.
            if said_left is not None and data.get("employment_status") in (
                    None, "left", "current"):
                name, when = said_left
                if name and (not renamed or not data.get("display_name")):
                    data["display_name"] = person_name(name) or data.get("display_name")
                data["employment_status"] = "left"
                if when is not None and "left_on" not in data:
                    data["left_on"] = when.isoformat()
                self._show_leaver(raw, header, row.number, when)
            email = _EMAIL.search(raw)
            if email and not data.get("work_email"):
                data["work_email"] = email[0].casefold()
        if row.struck and "employment_status" not in data:
            # a row struck through in Excel: the list's way of marking a leaver
            data["employment_status"] = "left"
            for header, raw in self._raw_cells("display_name", row)[:1]:
                self._show_leaver(raw, header, row.number, None, how="struck through in")

    def _raw_cells(self, field: str, row: Row) -> list[tuple[str, str]]:
        """The headers and texts of the row's cells mapped to *field*, as written."""
        if self.result is None:
            return []
        return [(cm.header, str(row.cells[cm.header])) for cm in self.result.mapping.used
                if cm.field == field and cm.header in row.cells
                and str(row.cells[cm.header]).strip()]

    def _show_leaver(self, text: str, header: str, row: int, when: dt.date | None, *,
                     how: str = "a leaver's note in") -> None:
        """Count a cell read as saying its person left among the values of
        employment_status, so that the preview shows which leavers were recognised and how
        (a name or notes cell is no choice column, and would show nothing)."""
        if self.result is None:
            return
        words = self.result.values.setdefault("employment_status", {})
        counted = words.get(text)
        detail = f"{how} {header!r}" + (
            f", left on {when.isoformat()}" if when else ", no date given")
        if counted is None:
            counted = words[text] = ValueCount(ValueChoice("left", "read", detail), 0, row)
        elif counted.choice.method != "read":
            return  # a word of the status column itself: counted as such already
        elif counted.choice.detail != detail:
            # One word ("Left") in rows with different dates, or with and without one: the
            # preview's one line for the word must not say "no date" of them all (a row
            # without one is flagged to complete, and listed as such).
            counted.choice = ValueChoice("left", "read",
                                         f"{how} {header!r}, dated where the row says")
        self._row_words.append(["employment_status", text, "left", "read", detail])
        counted.count += 1

    def _spreading(self, data: dict[str, Any], row: Row, problems: list[RowProblem]) -> None:
        """A live innovation that other organisations took up is spreading: kmcore's stage
        for it (the log's own column of adopters says so even when its status does not).
        A status naming who took it up ("Adopted by Eastfield NHS Trust") names them."""
        if (data.get("stage") == "spreading" and "adoption" in self.by_name
                and not (isinstance(data.get("adoption"), dict)
                         and data["adoption"].get("adopted_by"))):
            stage_text = next((str(row.cells[cm.header]) for cm in self.result.mapping.used
                               if cm.field == "stage" and cm.header in row.cells),
                              "") if self.result else ""
            named = adopters_in(stage_text)
            if named:
                data.setdefault("adoption", {})["adopted_by"] = named
        if self._sites is not None:
            self._spread_to_sites(data, row, problems, self._sites)
            return
        adoption = data.get("adoption")
        if not (isinstance(adoption, dict) and adoption.get("adopted_by")):
            return  # nearly every row: no adopters to weigh (the columns are not looked at)
        headers = [cm.header for cm in self.result.mapping.used
                   if cm.field == "adoption.adopted_by"] if self.result else []
        # "Adopted by (sites)", "Wards using it": places inside the organisation, where a
        # project is live, not other organisations taking it up
        from_column = bool(headers) and not any(_PLACES_HEADER.search(h) for h in headers)
        if (from_column and isinstance(adoption, dict) and adoption.get("adopted_by")
                and data.get("stage") in ("implemented", "evaluated")
                and not all(_own_team(_adopter_name(a), data.get("department"))
                            for a in adoption["adopted_by"])):
            problems.append(RowProblem(
                row.number, None, "stage",
                f"{data['stage']} and taken up by other organisations: imported as "
                "'spreading'", severity="warning"))
            data["stage"] = "spreading"

    def _spread_to_sites(self, data: dict[str, Any], row: Row, problems: list[RowProblem],
                         sites: SiteRows) -> None:
        """A row of a per-site adoption register (:mod:`kmcore.io.site_rows`): its own
        adopting organisation is the site using it, not a sign of spread; an entry's first
        row gets the organisations of its other sites' rows, and, in use at more than one
        site, is spreading (D1302)."""
        rows = sites.rows_of.get(row.number)
        if not rows:
            return  # at one site: where its row says it has got to
        adoption = data.get("adoption")
        if not isinstance(adoption, dict):
            adoption = data["adoption"] = {}
        adopted = list(adoption.get("adopted_by") or [])
        names = {_fold_name(a) for a in adopted}
        for other in rows[1:]:
            for org in orgs(other.cells.get(sites.adopters) or ""):
                if _fold_name(org) not in names:
                    names.add(_fold_name(org))
                    adopted.append(org)
        adoption["adopted_by"] = adopted
        if data.get("stage") in SPREAD_FROM and data.get("stage") != "spreading":
            problems.append(RowProblem(
                row.number, None, "stage",
                f"{data['stage']} and taken up at {len(rows)} sites (rows "
                f"{', '.join(str(r.number) for r in rows)}): imported as 'spreading'",
                severity="warning"))
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

    def _resolve(self, column: Column, value: Any, people: People, titles: Titles) -> Any:
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

