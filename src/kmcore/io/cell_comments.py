"""The comments (notes) on an Excel sheet's cells, read without loading the sheet.

A log kept in Excel sometimes puts the real answer in a cell's comment and writes only "see
comment" in the cell (a green ideas box's progress: "see comment", with "Not going ahead:
estates say the roof can't take the load" in the comment). openpyxl's streaming reader
(``read_only=True``, which kmcore uses so a 100,000-row sheet stays cheap) skips comments,
so they are read here from the workbook's own comments part: a few kilobytes of XML.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

__all__ = ["POINTS_TO_COMMENT", "cell_name", "sheet_comments"]

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
#: A cell saying its answer is in its comment: "see comment", "(see note)", "See comments".
POINTS_TO_COMMENT = re.compile(r"^\W*(?:please\s+)?see\s+(?:the\s+)?(?:cell\s+)?"
                               r"(?:comments?|notes?)\W*$", re.I)
# "F12", "$F$12" (an absolute reference, as a hyperlink's range may be written)
_REF = re.compile(r"^\$?([A-Z]{1,3})\$?(\d+)$")


def cell_position(ref: str) -> tuple[int, int] | None:
    """``"F12"`` -> ``(12, 6)``: a reference's row and column, counted from 1 (``None`` for
    anything else)."""
    found = _REF.match(ref.strip().upper())
    if found is None:
        return None
    column = 0
    for letter in found.group(1):
        column = column * 26 + ord(letter) - ord("A") + 1
    return int(found.group(2)), column


def cell_name(row: int, column: int) -> str:
    """``(12, 6)`` -> ``"F12"``: how Excel names a cell."""
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return f"{letters}{row}"


def sheet_comments(path: Path, worksheet_path: str) -> dict[tuple[int, int], str]:
    """``(row, column) -> text`` of each comment on the sheet stored at *worksheet_path*
    inside the workbook *path* (``"xl/worksheets/sheet1.xml"``); empty when it has none or
    the parts cannot be read (the comments are an aid, never a reason to refuse a file)."""
    folder, name = posixpath.split(worksheet_path)
    try:
        with zipfile.ZipFile(path) as book:
            rels_path = posixpath.join(folder, "_rels", name + ".rels")
            if rels_path not in book.namelist():
                return {}
            rels = ElementTree.fromstring(book.read(rels_path))
            targets = [rel.get("Target", "") for rel in rels.iter(f"{_RELS}Relationship")
                       if rel.get("Type", "").endswith("/comments")]
            out: dict[tuple[int, int], str] = {}
            for target in targets:
                part = (target.lstrip("/") if target.startswith("/")
                        else posixpath.normpath(posixpath.join(folder, target)))
                tree = ElementTree.fromstring(book.read(part))
                for comment in tree.iter(f"{_MAIN}comment"):
                    where = cell_position(comment.get("ref", ""))
                    text = "".join(t.text or "" for t in comment.iter(f"{_MAIN}t")).strip()
                    if where is not None and text:
                        out[where] = text
            return out
    except (OSError, KeyError, zipfile.BadZipFile, ElementTree.ParseError):
        return {}
