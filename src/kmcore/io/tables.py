"""Reading a librarian's spreadsheet as a header and a stream of rows.

CSV, Excel (``.xlsx``/``.xlsm``) and JSON are read the same way: a :class:`Table` with the
header names and an iterator of :class:`Row` (its 1-based row number in the file, as Excel and
a text editor show it, and its cells by header). Rows are streamed, so a 100,000-row file is
never held in memory whole.

What real files throw at us, and what happens:

- a byte-order mark (Excel's "CSV UTF-8"), UTF-8 without one, or Windows-1252 (Excel's plain
  "CSV" on a UK Windows PC): the encoding is worked out from the bytes, never assumed;
- blank rows, and blank rows or a title above the header: skipped;
- header cells merged across columns (``Contact`` over ``Name`` and ``Email``): the merged
  label is carried to the right and joined with the row under it (``Contact Email``);
- Excel dates arrive as dates; numbers typed into text columns arrive as numbers, and
  :mod:`kmcore.io.convert` turns them back into what was meant.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

from kmcore.encoding import detect_encoding
from kmcore.errors import KmcoreError
from kmcore.io.html_cells import html_text
from kmcore.io.xlsx_merges import MergedDown, merged_down

__all__ = ["Row", "Table", "read_table"]

#: How many rows (after blank ones) may come before the header: titles, notes, logos.
_HEADER_SEARCH = 10
#: How much of a CSV file is read to decide its encoding.
_SNIFF_BYTES = 1 << 20


@attrs.frozen
class Row:
    """One data row: where it is in the file and its non-empty cells by header name."""

    number: int
    cells: dict[str, Any]
    #: an xlsx row whose first filled cell is struck through (how some lists mark leavers)
    struck: bool = False
    #: the notes ("comments") left on the row's cells in Excel: "Same as GI-03?"
    remarks: tuple[str, ...] = ()
    #: an xlsx row with one of its first filled cells in bold (a heading's mark, D1422)
    bold: bool = False
    #: an xlsx row under the first row of cells merged down over it (a person's name
    #: written once beside several lines): that first row's number, and the merged cells'
    #: values are in :attr:`cells` as a person reads them (D1510)
    continues: int | None = None


@attrs.define
class Table:
    """A file's header and its rows (an iterator: read it once)."""

    path: Path
    headers: list[str]
    rows: Iterator[Row]
    sheet: str | None = None
    #: The row number of the (last) header row, for messages.
    header_row: int = 1
    #: Set while reading: rows read so far, and an estimate of the total for a progress bar.
    total_hint: int | None = None
    notes: list[str] = attrs.field(factory=list)


#: Tells whether a cell's text is a header kmcore knows ("Surname", "Date started").
KnownHeader = Callable[[str], bool]


def read_table(path: str | Path, *, sheet: str | None = None,
               known: KnownHeader | None = None) -> Table:
    """Open *path* (``.csv``, ``.txt``, ``.xlsx``, ``.xlsm``, ``.json``, ``.jsonld``) as a
    :class:`Table`.

    :param sheet: for Excel files, the worksheet's name (default: the first).
    :param known: tells a known header word; with it, the header is the row among the first
        few with the most known words (so a row of group labels, a title or a note above the
        real header is skipped), else the first row of text.
    :raises KmcoreError: the file is missing, of an unknown kind, or has no header row.
    """
    path = Path(path)
    if not path.is_file():
        raise KmcoreError(f"{path}: no such file", hint="Check the file name and folder.")
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt", ".tsv"):
        return _read_csv(path, known)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, sheet, known)
    if suffix in (".json", ".jsonld"):
        return _read_json(path)
    if suffix == ".xls":
        raise KmcoreError(f"{path}: old Excel files (.xls) cannot be read",
                          hint="Open it in Excel and save it as .xlsx (Excel Workbook).")
    raise KmcoreError(f"{path}: cannot import a {suffix or 'extension-less'} file",
                      hint="Save it as .xlsx, .csv or .json.")


# --- CSV --------------------------------------------------------------------------------------


def _dialect(text: str, suffix: str) -> Any:
    """How the cells of delimited text are separated. A tab in the first lines of a ``.txt``
    or ``.tsv`` file decides it (Excel's "Unicode text" and "Text (tab delimited)" saves);
    otherwise the csv module's guess, and when it cannot guess (a short file, cells holding
    ``;`` and line breaks) the delimiter the first filled line holds most of."""
    lines = [line for line in text[:20000].splitlines() if line.strip()][:5]
    counts = {d: sum(line.count(d) for line in lines) for d in ",;\t|"}
    if suffix in (".txt", ".tsv") and counts["\t"]:
        return csv.excel_tab
    try:
        return csv.Sniffer().sniff(text[:20000], delimiters=",;\t|")
    except csv.Error:
        best = max(counts, key=lambda d: counts[d])
        if not counts[best] or best == ",":
            return csv.excel
        return csv.excel_tab if best == "\t" else type(
            "Delimited", (csv.excel,), {"delimiter": best})


def _read_csv(path: Path, known: KnownHeader | None = None) -> Table:
    with path.open("rb") as fh:
        sample = fh.read(_SNIFF_BYTES)
    encoding = detect_encoding(sample)
    text_sample = sample.decode(encoding, errors="replace")
    dialect = _dialect(text_sample, path.suffix.lower())
    size = path.stat().st_size
    lines = text_sample.count("\n")
    total_hint = int(lines * size / len(sample)) if sample else 0

    def raw_rows() -> Iterator[tuple[int, list[Any]]]:
        # errors="strict" for UTF-8: a file that is UTF-8 in its first megabyte and not later
        # is broken, and saying so beats importing mojibake. cp1252 decodes nearly anything.
        with path.open("r", encoding=encoding, newline="") as fh:
            reader = csv.reader(fh, dialect)
            try:
                # Row numbers as Excel shows them: one per record, however many lines a
                # quoted cell with line breaks takes in the file.
                for number, row in enumerate(reader, start=1):
                    yield number, list(row)
            except UnicodeDecodeError as exc:
                raise KmcoreError(
                    f"{path}: line {reader.line_num + 1} is not {encoding} text ({exc.reason})",
                    hint="Save the file again from Excel as 'CSV UTF-8 (comma delimited)'.",
                ) from None
            except csv.Error as exc:
                raise KmcoreError(f"{path}: line {reader.line_num}: {exc}",
                                  hint="Check the quotes on that line.") from None

    table = _tabulate(path, raw_rows(), sheet=None, known=known)
    table.total_hint = total_hint
    if encoding == "cp1252":
        table.notes.append("read as Windows-1252 text (the file is not UTF-8)")
    elif encoding.startswith("utf-16"):
        table.notes.append("read as UTF-16 text (Excel's \"Unicode text\")")
    return table


# --- Excel ------------------------------------------------------------------------------------


def _read_xlsx(path: Path, sheet: str | None, known: KnownHeader | None = None) -> Table:
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - a dependency of kmcore
        raise KmcoreError("reading Excel files needs openpyxl",
                          hint="pip install openpyxl") from None
    try:
        # read_only streams the sheet row by row; data_only gives a formula's last value.
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise KmcoreError(f"{path}: cannot be read as an Excel workbook ({exc})",
                          hint="Open it in Excel and save it as .xlsx again.") from None
    notes: list[str] = []
    if sheet is None:
        ws = _data_sheet(book, known, notes)
    elif sheet in book.sheetnames:
        ws = book[sheet]
    else:
        names = ", ".join(repr(n) for n in book.sheetnames)
        book.close()
        raise KmcoreError(f"{path}: has no sheet {sheet!r}", hint=f"Its sheets are {names}.")
    total = ws.max_row if isinstance(ws.max_row, int) else None
    comments = _comments(path, ws, notes)
    links = _email_links(path, ws, notes)
    merges = _merges(path, ws)

    struck: set[int] = set()
    bold: set[int] = set()

    def raw_rows() -> Iterator[tuple[int, list[Any]]]:
        try:
            for number, row in enumerate(ws.iter_rows(), start=1):
                values = [getattr(cell, "value", None) for cell in row]
                if comments:
                    _read_pointed_comments(number, values, comments)
                if links:
                    _read_email_links(number, values, links)
                # Only the first filled cell's font is looked at: reading every cell's
                # style would slow a 100,000-row sheet for a mark few lists use.
                first = next((cell for cell, v in zip(row, values, strict=True)
                              if not _blank(v)), None)
                if first is not None and getattr(getattr(first, "font", None), "strike",
                                                 False):
                    struck.add(number)
                # (a heading leaves two cells or more empty, a description and a status:
                # the fonts of a row filled all along are not read; D1422)
                if first is not None and values.count(None) >= 2 and _bold_start(row, values):
                    bold.add(number)
                yield number, values
        finally:
            book.close()

    table = _tabulate(path, raw_rows(), sheet=ws.title, known=known, struck=struck,
                      remarks=_remarks_by_row(comments), bold=bold, merges=merges)
    table.total_hint = total
    table.notes[:0] = notes
    return table


def _merges(path: Path, ws: Any) -> MergedDown:
    """The sheet's cells merged down over several rows (D1510)."""
    where = getattr(ws, "_worksheet_path", None)
    return merged_down(path, where) if isinstance(where, str) else MergedDown()


def _bold_start(row: Any, values: list[Any]) -> bool:
    """Whether one of the row's first three filled cells is bold: a heading's title is
    often the second, after a reference (only three cells' fonts are read: D1422)."""
    seen = 0
    for cell, value in zip(row, values, strict=True):
        if _blank(value):
            continue
        if getattr(getattr(cell, "font", None), "b", False):
            return True
        seen += 1
        if seen == 3:
            break
    return False


def _comments(path: Path, ws: Any, notes: list[str]) -> dict[tuple[int, int], str]:
    """The sheet's cell comments, said in the preview: a librarian hovering over a cell sees
    them in Excel, and the import should not hide that they exist."""
    from kmcore.io.cell_comments import cell_name, sheet_comments

    where = getattr(ws, "_worksheet_path", None)
    comments = sheet_comments(path, where) if isinstance(where, str) else {}
    if comments:
        (row, column), text = min(comments.items())
        shown = text if len(text) <= 60 else text[:59] + "…"
        notes.append(f"the sheet has {len(comments)} cell comment"
                     f"{'s' if len(comments) != 1 else ''} (first, {cell_name(row, column)}: "
                     f"{shown!r}); a cell saying \"see comment\" is read as its "
                     "comment, the others are not imported")
    return comments


#: a note longer than this is not read as a row's remark (a note is a line or two)
_LONGEST_REMARK = 2000


def _remarks_by_row(comments: dict[tuple[int, int], str]) -> dict[int, list[str]]:
    """The sheet's cell comments by row number, left to right: what a row's notes say
    ("Same as GI-03?"), from the comments `_comments` has already read."""
    found: dict[int, list[str]] = {}
    for (row, _column), text in sorted(comments.items()):
        found.setdefault(row, []).append(text[:_LONGEST_REMARK])
    return found


def _email_links(path: Path, ws: Any, notes: list[str]) -> dict[tuple[int, int], str]:
    """The sheet's ``mailto:`` links, said in the preview: a "who to ask" list shows a name
    and keeps the person's e-mail address in the link a click on it opens."""
    from kmcore.io.cell_comments import cell_name
    from kmcore.io.xlsx_links import mailto_links

    where = getattr(ws, "_worksheet_path", None)
    links = mailto_links(path, where) if isinstance(where, str) else {}
    if links:
        row, column = min(links)
        notes.append(f"{len(links)} cell{'s' if len(links) != 1 else ''} link to an e-mail "
                     f"address (mailto:, first {cell_name(row, column)}: {links[row, column]!r}); "
                     "a linked name is read with that address as the person's e-mail")
    return links


def _read_email_links(number: int, values: list[Any], links: dict[tuple[int, int], str]
                      ) -> None:
    """A cell of row *number* naming a person and linking to their e-mail address: the
    address is written after the name (``Ann Lee <ann.lee@nhs.net>``), as Outlook pastes a
    person, so the name and e-mail columns read it as they read such a cell typed by hand.
    A cell that already shows an address, or names no person, is left as it is. Changes
    *values* in place."""
    from kmcore.io.cells import person_name

    for i, value in enumerate(values):
        address = links.get((number, i + 1))
        if (address and isinstance(value, str) and "@" not in value
                and person_name(value)):
            values[i] = f"{value.strip()} <{address}>"


def _read_pointed_comments(number: int, values: list[Any],
                           comments: dict[tuple[int, int], str]) -> None:
    """A cell of row *number* saying "see comment" (or "see note") whose comment is there:
    the comment is what the cell means. Changes *values* in place."""
    from kmcore.io.cell_comments import POINTS_TO_COMMENT

    for i, value in enumerate(values):
        if isinstance(value, str) and POINTS_TO_COMMENT.match(value):
            text = comments.get((number, i + 1))
            if text:
                values[i] = text


#: A sheet named for a year or a financial year: "2024-25", "FY 2023/24", "2024", "Log 2024".
_YEAR_SHEET = re.compile(r"^(?:[A-Za-z&]+\s+){0,2}(?:FY\s*)?((?:19|20)\d\d)"
                         r"(?:\s*[-/\u2013]\s*(?:(?:19|20)?\d\d))?(?:\s+[A-Za-z&]+){0,2}$",
                         re.I)


def _sheet_year(title: str) -> int | None:
    """The year a sheet is named for (the first, for a financial year), or None."""
    found = _YEAR_SHEET.match(" ".join(title.split()))
    return int(found[1]) if found else None


def _data_sheet(book: Any, known: KnownHeader | None, notes: list[str]) -> Any:
    """The sheet to read when none is named: the first, unless another has a header with
    more words kmcore knows (a workbook opening on "Instructions" or "Summary" keeps its
    log on a later sheet). Among sheets with equally good headers named by year ("2023-24",
    "2024-25": one per year, the older ones history), the newest year's. The preview says
    which was read and names the others, and ``--sheet`` chooses."""
    sheets = book.worksheets
    if known is None or len(sheets) < 2:
        return sheets[0]

    def score(ws: Any) -> int:
        best = 0
        for _, cells in zip(range(_HEADER_SEARCH + 5),
                            ws.iter_rows(values_only=True), strict=False):
            best = max(best, _known_count(list(cells), known))
        return best

    scores = [score(ws) for ws in sheets]
    chosen = max(range(len(sheets)), key=lambda i: (scores[i], -i))
    years = {i: _sheet_year(ws.title) for i, ws in enumerate(sheets)
             if scores[i] == scores[chosen] and scores[i] > 0}
    dated = {i: year for i, year in years.items() if year is not None}
    others = ", ".join(repr(ws.title) for i, ws in enumerate(sheets) if i != chosen)
    if len(dated) >= 2 and chosen in dated:
        chosen = max(dated, key=lambda i: (dated[i], i))
        others = ", ".join(repr(ws.title) for i, ws in enumerate(sheets) if i != chosen)
        notes.append(f"read sheet {sheets[chosen].title!r}, the newest of the sheets named "
                     f"by year; not read: {others} (choose another with --sheet)")
    elif chosen != 0:
        notes.append(f"read sheet {sheets[chosen].title!r}: its header names more known "
                     f"columns than the first sheet, {sheets[0].title!r}; not read: "
                     f"{others} (choose another with --sheet)")
    else:
        notes.append(f"the workbook's other sheets were not read: {others} (choose "
                     "another with --sheet)")
    return sheets[chosen]


# --- JSON -------------------------------------------------------------------------------------


def _read_json(path: Path) -> Table:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KmcoreError(f"{path}: is not valid JSON ({exc})",
                          hint="Check it with a JSON validator, or export it again.") from None
    if isinstance(data, dict):
        # kmcore's own JSON-LD export, or {"records": [...]}.
        data = data.get("@graph", data.get("records", data))
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise KmcoreError(f"{path}: must hold a list of objects, one per record",
                          hint='Write it as [{"title": ...}, {"title": ...}].')
    # A node of kmcore's JSON-LD export carries the complete record: import that.
    data = [item["kmcore:record"] if isinstance(item.get("kmcore:record"), dict) else item
            for item in data]
    headers: list[str] = []
    for item in data:
        for key in item:
            if key not in headers:
                headers.append(key)
    rows = (Row(number=i, cells={k: v for k, v in item.items() if not _blank(v)})
            for i, item in enumerate(data, start=1))
    return Table(path=path, headers=headers, rows=rows, header_row=0, total_hint=len(data))


# --- finding the header ----------------------------------------------------------------------


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _label(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime | dt.date):
        value = value.isoformat()
    return " ".join(str(value).split())


def _looks_like_header(cells: Sequence[Any]) -> bool:
    filled = [c for c in cells if not _blank(c)]
    return len(filled) >= 2 and all(isinstance(c, str) for c in filled)


def _known_count(cells: Sequence[Any], known: KnownHeader) -> int:
    """How many distinct cells of *cells* are headers kmcore knows."""
    return len({_label(c).casefold() for c in cells
                if isinstance(c, str) and not _blank(c) and known(_label(c))})


def _find_header(raw: Iterator[tuple[int, list[Any]]], known: KnownHeader | None,
                 ) -> tuple[tuple[int, list[Any]] | None, list[tuple[int, list[Any]]],
                            list[tuple[int, list[Any]]]]:
    """``(header, rows skipped above it, rows read past it)`` from the first filled rows.

    Without *known*, the header is the first row of text. With it, the first few filled rows
    are read and the header is the one with the most known header words (the earliest on a
    tie): a merged title, a row of group labels ("ABOUT THE INNOVATION | WHO | PROGRESS") or a
    note above the real header holds few or none, and is skipped. When no row holds a known
    word, the first row of text is the header, as without *known*.
    """
    seen: list[tuple[int, list[Any]]] = []
    for number, cells in raw:
        if all(_blank(c) for c in cells):
            continue
        seen.append((number, cells))
        if known is None and _looks_like_header(cells):
            break
        if len(seen) > _HEADER_SEARCH:
            break
    candidates = [i for i, (_, cells) in enumerate(seen) if _looks_like_header(cells)]
    if not candidates:
        return None, seen, []
    best = candidates[0]
    if known is not None:
        scores = {i: _known_count(seen[i][1], known) for i in candidates}
        top = max(scores.values())
        if top > 0:
            best = min(i for i in candidates if scores[i] == top)
            best = _under_group_labels(seen, best, scores)
    return seen[best], seen[:best], seen[best + 1:]


def _filled_count(cells: Sequence[Any]) -> int:
    return sum(1 for c in cells if not _blank(c))


def _under_group_labels(seen: list[tuple[int, list[Any]]], best: int,
                        scores: dict[int, int]) -> int:
    """The row under *best* when *best* is a sparse row of group labels ("THE PROJECT |
    WHO | PROGRESS", each over several columns) and the row under it names every column
    with at least one known word: the labels' own words ("Who", "Progress") can outscore a
    header written in a log's own words, but a header names twice the columns (D1297)."""
    below = best + 1
    if below in scores and scores[below] >= 1 and (
            _filled_count(seen[below][1]) >= 2 * _filled_count(seen[best][1])):
        return below
    return best


def _tabulate(path: Path, raw: Iterator[tuple[int, list[Any]]], *, sheet: str | None,
              known: KnownHeader | None = None, struck: set[int] | None = None,
              bold: set[int] | None = None,
              remarks: dict[int, list[str]] | None = None,
              merges: MergedDown | None = None) -> Table:
    """Find the header row (skipping blank rows and titles above it), then stream the rest.
    *struck*: the numbers of the rows struck through, filled as *raw* is read; *remarks*:
    the notes on cells, by row number; *merges*: the cells merged down over rows."""
    header, skipped, ahead = _find_header(raw, known)
    where = f"{path}" + (f" (sheet {sheet!r})" if sheet else "")
    if header is None:
        raise KmcoreError(f"{where}: no header row found in the first rows",
                          hint="The first filled row must name the columns (Title, Lead, ...).")
    header_number, header_cells = header
    labels = _merged_labels(header_cells)
    # A second header row under merged cells: "Contact" over "Name" | "Email". It counts as
    # one only if all its cells are text and sit under merged labels, so a first data row of
    # plain text is never taken for it.
    merged_cols = {i for i, label in enumerate(labels)
                   if label and labels.count(label) > 1}
    pending = list(ahead)
    first = pending.pop(0) if pending else next(raw, None)
    if first is not None:
        number, cells = first
        filled = {i for i, c in enumerate(cells) if not _blank(c)}
        if (merged_cols and filled and filled <= merged_cols
                and all(isinstance(cells[i], str) for i in filled)):
            labels = [f"{label} {_label(cells[i])}" if i in filled else label
                      for i, label in enumerate(labels)]
            header_number = number
        else:
            pending.insert(0, first)
    if skipped and header_number == header[0]:
        labels = _qualified_by_group(labels, skipped[-1][1])
    # Columns right of the last heading that rows fill (a notes column nobody headed):
    # named by their letter, shown in the preview and mapped as --map 'F=FIELD' (D1413).
    while len(pending) < _UNHEADED_LOOKAHEAD:
        more = next(raw, None)
        if more is None:
            break
        pending.append(more)
    width = max((i + 1 for _, cells in pending for i, c in enumerate(cells)
                 if not _blank(c)), default=0)
    labels = labels + [unheaded_label(i) for i in range(len(labels), width)]
    headers = _unique(labels)
    notes = []
    if len(skipped) == 1:
        notes.append(f"row {skipped[0][0]} above the header was skipped")
    elif skipped:
        notes.append(f"rows {', '.join(str(n) for n, _ in skipped)} above the header were "
                     "skipped")

    def rows() -> Iterator[Row]:
        def chained() -> Iterator[tuple[int, list[Any]]]:
            yield from pending
            yield from raw

        fill = _MergeFill(merges, header_number) if merges else None
        for number, cells in chained():
            continues = fill.read(number, cells) if fill is not None else None
            # (_blank written out: a call per cell of every row, D1380)
            values = {headers[i]: v for i, v in enumerate(cells[: len(headers)])
                      if headers[i] and v is not None
                      and not (isinstance(v, str) and not v.strip())}
            # rich text exported as HTML, read as the text a person sees (D1501); the test
            # for "<" or "&" is written out, as this runs for every cell of every row
            marked = [h for h, v in values.items()
                      if isinstance(v, str) and ("<" in v or "&" in v)]
            for header in marked:
                text = html_text(values[header])
                if text.strip():
                    values[header] = text
                else:  # "<p>&nbsp;</p>": an empty cell
                    del values[header]
            if values:
                yield Row(number=number, cells=values,
                          struck=struck is not None and number in struck,
                          bold=bold is not None and number in bold,
                          remarks=tuple(remarks.get(number, ())) if remarks else (),
                          continues=continues)

    return Table(path=path, headers=[h for h in headers if h], rows=rows(), sheet=sheet,
                 header_row=header_number, notes=notes)


class _MergeFill:
    """Cells merged down over data rows, read into each row they cover (D1510).

    A person reads a cell merged down over three lines (a name written once beside three
    interests) as each line's: the value is copied into the rows under the range's first
    row. Only a row with a value of its own is filled: a row the merges alone would fill
    shows nothing more than the row above (one entry drawn taller), and stays empty. Ranges
    starting on or above the header are the header's business and are left alone."""

    def __init__(self, merges: MergedDown, header_row: int) -> None:
        self._cover = {row: [(column, top) for column, top in covered if top > header_row]
                       for row, covered in merges.cover.items()}
        self._tops: dict[int, list[int]] = {}
        for top, column in merges.tops():
            if top > header_row:
                self._tops.setdefault(top, []).append(column)
        self._values: dict[tuple[int, int], Any] = {}

    def read(self, number: int, cells: list[Any]) -> int | None:
        """Fill row *number*'s *cells* (in place) from the ranges covering it; the first
        row of its leftmost range, or None when no range filled it."""
        for column in self._tops.get(number, ()):
            if column < len(cells) and not _blank(cells[column]):
                self._values[number, column] = cells[column]
        covered = self._cover.get(number)
        if not covered:
            return None
        copied = [(column, top) for column, top in covered
                  if (top, column) in self._values]
        if not copied or all(_blank(c) for c in cells):
            return None
        width = max(column for column, _ in copied) + 1
        if len(cells) < width:
            cells.extend([None] * (width - len(cells)))
        for column, top in copied:
            if _blank(cells[column]):
                cells[column] = self._values[top, column]
        return min(copied)[1]


#: How many rows below the header are read ahead for filled columns without a heading.
_UNHEADED_LOOKAHEAD = 50


def column_letter(index: int) -> str:
    """The spreadsheet letter of the 0-based column *index*: 0 -> ``A``, 27 -> ``AB``."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def unheaded_label(index: int) -> str:
    """``"column F (no heading)"``: the name of a filled column whose heading cell is empty."""
    return f"column {column_letter(index)} (no heading)"


def _merged_labels(cells: Sequence[Any]) -> list[str]:
    """Header labels, a merged (blank) cell taking the label on its left."""
    labels: list[str] = []
    last = ""
    # Trailing blank columns are not merged cells: trim them first.
    end = max((i for i, c in enumerate(cells) if not _blank(c)), default=-1) + 1
    for cell in cells[:end]:
        if _blank(cell):
            labels.append(last)
        else:
            last = _label(cell)
            labels.append(last)
    return labels


#: Sub-headers that say which detail but not whose: under a group label spanning them ("Lead"
#: over "Name" | "Email") the group word is what tells the lead's name from the project's.
_BARE_SUBHEADERS = frozenset({
    "name", "names", "full name", "email", "e-mail", "email address", "e-mail address",
    "mail", "phone", "tel", "telephone", "ext", "extension", "role", "job title", "band",
    "contact", "contact details", "who", "date", "when"})


def _qualified_by_group(labels: list[str], above: Sequence[Any]) -> list[str]:
    """The header's bare sub-headers ("Name", "Email") joined to the group label over them
    ("Lead Name", "Lead Email"), when the row just above the header is a row of group labels:
    two or more short text cells, each spanning the blank (merged) cells to its right. A title
    or a note above the header (one cell, or a sentence) is no group row."""
    if not _looks_like_header(above) or any(
            len(_label(c).split()) > 4 for c in above if not _blank(c)):
        return labels
    groups = _merged_labels(above)
    out = []
    for i, label in enumerate(labels):
        group = groups[i] if i < len(groups) else ""
        spans = bool(group) and groups.count(group) > 1
        if (spans and label.casefold() in _BARE_SUBHEADERS
                and group.casefold() not in label.casefold()):
            label = f"{group} {label}"
        out.append(label)
    return out


def _unique(labels: list[str]) -> list[str]:
    """Make repeated labels distinct (``Notes``, ``Notes 2``) so no column is lost."""
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        if not label:
            out.append("")
            continue
        count = seen.get(label, 0) + 1
        seen[label] = count
        out.append(label if count == 1 else f"{label} {count}")
    return out
