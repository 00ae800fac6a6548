"""The cells an Excel sheet merges down over several rows, read as a person reads them.

A "who to ask" list kept one interest per line often writes a person's name (and role,
team and e-mail) once and merges those cells down over all of the person's lines: Excel then
shows one name beside three interests, and a person reads the three lines as that person's.
openpyxl's streaming reader (``read_only=True``, which imports use so a 100,000-row sheet
stays small in memory) gives the merged cell's value on its first row only and the rows under
it as empty, so a line under a merged name would look like a row without a name. The sheet's
``<mergeCells>`` element (after the rows, at the end of the sheet's XML) says which cells are
merged; it is found here with a byte search over the decompressed sheet, which costs a small
part of what parsing the rows does.

Only ranges over two rows or more are returned, by the first column of each: a range across
columns only (a title over the table, "Contact" over "Name" and "Email") is the header
reader's business and is left alone.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import attrs

from kmcore.io.cell_comments import cell_position

__all__ = ["MergedDown", "merged_down"]

# a merged range as the sheet's XML writes it: <mergeCell ref="A4:A6"/>, with or without a
# namespace prefix. Text inside cells is escaped (&lt;), so this cannot match a cell's text.
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\s[^>]*?\bref=\"([A-Za-z$0-9]+):([A-Za-z$0-9]+)\"")
#: how much of the sheet's XML is decompressed at a time
_CHUNK = 1 << 20
#: a range reaching further down than this many rows is not filled down (a sheet merged
#: down to its last row by mistake would otherwise copy one cell into every row)
_TALLEST = 500


@attrs.frozen
class MergedDown:
    """The cells merged down over the rows below their first: ``cover[row]`` lists the
    ``(column index from 0, first row)`` of each range covering *row* below its first row."""

    cover: dict[int, list[tuple[int, int]]] = attrs.field(factory=dict)

    def __bool__(self) -> bool:
        return bool(self.cover)

    def tops(self) -> set[tuple[int, int]]:
        """``(first row, column index)`` of every range: the cells whose value is copied."""
        return {(top, column) for covered in self.cover.values() for column, top in covered}


def merged_down(path: Path, worksheet_path: str) -> MergedDown:
    """The ranges of the sheet stored at *worksheet_path* in the workbook *path* that are
    merged over two rows or more; empty when there are none or the parts cannot be read
    (the merges are an aid to reading, never a reason to refuse a file)."""
    ranges: list[tuple[int, int, int]] = []  # (first row, last row, first column)
    try:
        with zipfile.ZipFile(path) as book, book.open(worksheet_path) as sheet:
            tail = b""
            while True:
                chunk = sheet.read(_CHUNK)
                if not chunk:
                    break
                text = tail + chunk
                # a tag cut in two by the chunk's end is read with the next chunk
                cut = text.rfind(b"<")
                body, tail = (text[:cut], text[cut:]) if cut >= 0 else (text, b"")
                if len(tail) > 4096:  # (no tag is this long: not a cut tag)
                    body, tail = text, b""
                ranges.extend(r for r in map(_range, _MERGE.finditer(body)) if r)
            ranges.extend(r for r in map(_range, _MERGE.finditer(tail)) if r)
    except (OSError, KeyError, zipfile.BadZipFile):
        return MergedDown()
    cover: dict[int, list[tuple[int, int]]] = {}
    for top, bottom, column in ranges:
        for row in range(top + 1, bottom + 1):
            cover.setdefault(row, []).append((column, top))
    return MergedDown(cover)


def _range(found: re.Match[bytes]) -> tuple[int, int, int] | None:
    """``(first row, last row, first column index)`` of a range over two rows or more."""
    first = cell_position(found[1].decode("ascii"))
    last = cell_position(found[2].decode("ascii"))
    if first is None or last is None or not first[0] < last[0] <= first[0] + _TALLEST:
        return None
    return first[0], last[0], first[1] - 1
