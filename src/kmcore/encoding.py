"""Guessing the encoding of text that Windows tools saved, for files kmcore reads leniently
(spreadsheets exported as CSV, the librarian's ``synonyms.txt``). It sits below every other
module so that import and search can share it without importing each other."""

from __future__ import annotations

import codecs

__all__ = ["detect_encoding"]


def detect_encoding(sample: bytes) -> str:
    """``utf-8-sig`` for a byte-order mark, ``utf-8`` when the bytes decode as such, else
    ``cp1252`` (what Excel writes on a UK Windows PC when asked for plain "CSV")."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        # A sample cut mid-character is fine: the incremental decoder waits for the rest.
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"
