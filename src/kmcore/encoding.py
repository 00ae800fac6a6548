"""Guessing the encoding of text that Windows tools saved, for files kmcore reads leniently
(spreadsheets exported as CSV, the librarian's ``synonyms.txt``). It sits below every other
module so that import and search can share it without importing each other."""

from __future__ import annotations

import codecs

__all__ = ["detect_encoding"]


def detect_encoding(sample: bytes) -> str:
    """``utf-8-sig`` for a byte-order mark, ``utf-16`` for its marks (or ``utf-16-le`` /
    ``utf-16-be`` for text full of NUL bytes without one), ``utf-8`` when the bytes decode as
    such, else ``cp1252`` (what Excel writes on a UK Windows PC when asked for plain "CSV")."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if len(sample) >= 4 and sample.count(0) * 4 >= len(sample):
        # Many NULs and no mark: UTF-16 (Excel's "Unicode text" copied without its mark);
        # ASCII letters hold their zero byte second in little-endian, first in big-endian.
        odd, even = sample[1::2].count(0), sample[0::2].count(0)
        if odd > 2 * even:
            return "utf-16-le"
        if even > 2 * odd:
            return "utf-16-be"
    try:
        # A sample cut mid-character is fine: the incremental decoder waits for the rest.
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"
