"""The e-mail links (``mailto:`` hyperlinks) on an Excel sheet's cells, by cell.

A "who to ask" list often shows only a person's name, linked so that a click opens an e-mail
to them: the address is in the link, not in the cell's text. openpyxl's streaming reader
(``read_only=True``, which imports use so a 100,000-row sheet stays small in memory) does not
read hyperlinks, so they are read here from the workbook's zip: the sheet's relationships
hold the links' targets, and the sheet's ``<hyperlinks>`` element says which cell each is on.
The sheet's XML is only scanned when its relationships hold a ``mailto:`` target, so a sheet
without e-mail links costs one small read.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path
from urllib.parse import unquote
from xml.etree import ElementTree

from kmcore.io.cell_comments import cell_position

__all__ = ["mailto_links"]

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_DOC_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_ADDRESS = re.compile(r"^[\w.+'\-]+@[\w\-]+(?:\.[\w\-]+)+$")
#: a link over a range of cells is read for at most this many of them
_MOST_CELLS = 1000


def _cells(ref: str) -> list[tuple[int, int]]:
    """The cells of a link's ``ref``: one cell (``"A5"``) or a range (``"A5:A7"``)."""
    start, _, end = ref.partition(":")
    first = cell_position(start)
    last = cell_position(end) if end else first
    if first is None or last is None:
        return []
    out = [(row, column) for row in range(first[0], last[0] + 1)
           for column in range(first[1], last[1] + 1)]
    return out[:_MOST_CELLS]


def _address(target: str) -> str | None:
    """``"mailto:Ann.Lee@nhs.net?subject=Hi"`` -> ``"ann.lee@nhs.net"``; None for a link that
    is not to one e-mail address (a web page, a file)."""
    if not target.lower().startswith("mailto:"):
        return None
    address = unquote(target[len("mailto:"):]).split("?", 1)[0]
    address = re.split(r"[;,\s]+", address.strip())[0]
    return address.lower() if _ADDRESS.match(address) else None


def mailto_links(path: Path, worksheet_path: str) -> dict[tuple[int, int], str]:
    """``(row, column) -> e-mail address`` of each cell of the sheet stored at
    *worksheet_path* in the workbook *path* (``"xl/worksheets/sheet1.xml"``) that links to an
    e-mail address; empty when none does or the parts cannot be read (the links are an aid,
    never a reason to refuse a file)."""
    folder, name = posixpath.split(worksheet_path)
    rels_path = posixpath.join(folder, "_rels", name + ".rels")
    try:
        with zipfile.ZipFile(path) as book:
            if rels_path not in book.namelist():
                return {}
            rels = ElementTree.fromstring(book.read(rels_path))
            targets = {}
            for rel in rels.iter(f"{_REL}Relationship"):
                if str(rel.get("Type", "")).endswith("/hyperlink"):
                    address = _address(str(rel.get("Target", "")))
                    if address:
                        targets[str(rel.get("Id", ""))] = address
            if not targets:
                return {}
            out: dict[tuple[int, int], str] = {}
            with book.open(worksheet_path) as sheet:
                for _, element in ElementTree.iterparse(sheet, events=("end",)):
                    if element.tag == f"{_MAIN}hyperlink":
                        address = targets.get(str(element.get(f"{_DOC_REL}id", "")))
                        if address:
                            for where in _cells(str(element.get("ref", ""))):
                                out[where] = address
                    elif element.tag == f"{_MAIN}row":
                        element.clear()  # the cells are not needed: keep memory flat
            return out
    except (OSError, KeyError, zipfile.BadZipFile, ElementTree.ParseError):
        return {}
