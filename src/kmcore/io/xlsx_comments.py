"""The notes ("comments") people leave on cells of an Excel sheet, by row.

openpyxl's streaming reader (``read_only=True``, which imports use so a 100,000-row sheet
stays small in memory) does not load them, so the sheet's comments part is read from the
workbook's zip directly: the sheet named in ``xl/workbook.xml``, its relationships, and the
``comments`` part they point at. A log writes a note on a cell where it has no column for it:
"Same as GI-03?" on a repeated idea, "Declined at Green Board" on a status.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl.xml.functions import fromstring

__all__ = ["sheet_comments"]

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_DOC_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_ROW_OF = re.compile(r"[A-Z]+(\d+)\Z")
#: a note longer than this is not read (a note is a line or two; this bounds the work)
_LONGEST = 2000


def sheet_comments(path: Path, sheet: str) -> dict[int, list[str]]:
    """The texts of the notes on the cells of *sheet* in the workbook at *path*, by row
    number (1-based); empty when it has none or they cannot be read (notes are a hint,
    never a reason to refuse a file)."""
    try:
        with zipfile.ZipFile(path) as book:
            part = _comments_part(book, sheet)
            if part is None:
                return {}
            root = fromstring(book.read(part))
    except (OSError, KeyError, zipfile.BadZipFile, SyntaxError, ValueError):
        return {}
    found: dict[int, list[str]] = {}
    for comment in root.iter(f"{_MAIN}comment"):
        where = _ROW_OF.match(comment.get("ref", ""))
        text = "".join(t.text or "" for t in comment.iter(f"{_MAIN}t")).strip()
        if where and text:
            found.setdefault(int(where[1]), []).append(text[:_LONGEST])
    return found


def _comments_part(book: zipfile.ZipFile, sheet: str) -> str | None:
    """The zip name of *sheet*'s comments part, or None."""
    workbook = fromstring(book.read("xl/workbook.xml"))
    rel_id = next((s.get(f"{_DOC_REL}id") for s in workbook.iter(f"{_MAIN}sheet")
                   if s.get("name") == sheet), None)
    if rel_id is None:
        return None
    target = _target(book, "xl/_rels/workbook.xml.rels", "xl", lambda r: r.get("Id") == rel_id)
    if target is None:
        return None
    folder, name = posixpath.split(target)
    rels = posixpath.join(folder, "_rels", name + ".rels")
    if rels not in book.namelist():
        return None
    return _target(book, rels, folder,
                   lambda r: str(r.get("Type", "")).endswith("/comments"))


def _target(book: zipfile.ZipFile, rels: str, base: str,
            wanted: Callable[[Any], bool]) -> str | None:
    """The zip name a relationship in *rels* (relative to *base*) points at."""
    for rel in fromstring(book.read(rels)).iter(f"{_REL}Relationship"):
        if wanted(rel):
            target = str(rel.get("Target", ""))
            if target.startswith("/"):
                return target.lstrip("/")
            return posixpath.normpath(posixpath.join(base, target))
    return None
