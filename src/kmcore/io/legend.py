"""A workbook's key to its codes: "Stage (0-5, see Key)" and a Key sheet saying what 0 to 5 mean.

A log that types its stages as numbers or letters ("3", "H", "X") explains them somewhere a
person reading the workbook looks: a sheet named *Key*, *Legend*, *Codes* or *Lookups*
whose rows pair each code with what it means::

    Stage | Meaning
    0     | Idea - logged, not yet discussed
    3     | Live - up and running
    H     | On hold

:func:`column_legends` finds such a table for each choice column whose header names it
(the table's own heading, "Stage", is a word of the column's header or the field's name) or
points to it ("see Key"); the import then reads each code by its meaning, shown in the
preview as "the workbook's key" with the meaning beside it, so a librarian sees what each
code became and can change it with ``--map-value``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from kmcore.io.columns import Column
from kmcore.io.headers import qualifier_free
from kmcore.io.mapping import ImportMapping, field_column, normalise_header

__all__ = ["column_legends", "workbook_legends"]

#: The most rows a sheet may have to be read as a key (a key is short; a data sheet is not).
_KEY_ROWS = 200
#: A code: a number or a few letters, as a log types a stage ("3", "H", "X", "2b").
_CODE = re.compile(r"^[\w.+-]{1,4}$")
#: A header pointing to a key elsewhere: "Stage (see Key)", "Status - see legend".
_SEE_KEY = re.compile(r"\b(?:see|per|from)\s+(?:the\s+)?(?:key|legend|codes?|lookups?)\b",
                      re.I)


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split()) if value is not None else ""


def workbook_legends(path: str | Path, data_sheet: str | None) -> dict[str, dict[str, str]]:
    """Each code table in *path*'s other sheets: ``heading -> {code: meaning}``, the
    heading normalised ("stage"). A table is a heading row (two cells of text) and two or
    more rows below it of a code and what it means, up to a blank row."""
    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return {}
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:  # the data sheet was read: an unreadable key is no key
        return {}
    found: dict[str, dict[str, str]] = {}
    try:
        for name in book.sheetnames:
            if name == data_sheet:
                continue
            ws = book[name]
            if isinstance(ws.max_row, int) and ws.max_row > _KEY_ROWS:
                continue
            heading = ""
            codes: dict[str, str] = {}
            for row in ws.iter_rows(values_only=True):
                cells = [_text(v) for v in row[:2]] + ["", ""]
                code, meaning = cells[0], cells[1]
                if heading and code and meaning and _CODE.match(code):
                    codes[code] = meaning
                    continue
                if heading and len(codes) >= 2:
                    found.setdefault(heading, codes)
                heading, codes = "", {}
                if code and not _CODE.match(code) and len(code.split()) <= 4:
                    heading = normalise_header(qualifier_free(code))
            if heading and len(codes) >= 2:
                found.setdefault(heading, codes)
    finally:
        book.close()
    return found


def column_legends(path: str | Path, data_sheet: str | None, mapping: ImportMapping,
                   columns: Mapping[str, Column]) -> dict[str, dict[str, str]]:
    """``field -> {code: meaning}`` for each choice column of *mapping* that a key in the
    workbook explains: the key's heading is a word of the column's header or the field's
    name, or the header says "see Key" and the workbook has one key only."""
    choice = [cm for cm in mapping.used if (c := field_column(cm.field, columns)) is not None
              and c.enum_cls is not None]
    if not choice:
        return {}
    legends = workbook_legends(path, data_sheet)
    if not legends:
        return {}
    out: dict[str, dict[str, str]] = {}
    for cm in choice:
        words = set(normalise_header(qualifier_free(cm.header)).split())
        named = [h for h in legends if h in words or h == cm.field.replace("_", " ")
                 or h == normalise_header(qualifier_free(cm.header))]
        if not named and _SEE_KEY.search(cm.header) and len(legends) == 1:
            named = list(legends)
        if len(named) == 1:
            out.setdefault(cm.field, legends[named[0]])
    return out
