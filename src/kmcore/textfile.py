"""Text files as Windows tools save them: which encodings kmcore reads, and what it refuses.

Record files, ``kmcore.toml`` and ``kmcore add --file`` input are edited by hand, often on
Windows, and saved by whatever tool was to hand:

* UTF-8, with or without a byte-order mark (Notepad, VS Code, Excel's "CSV UTF-8"): read.
* UTF-16 with a byte-order mark, little- or big-endian (PowerShell 5.1's ``>`` and
  ``Out-File``, Notepad's "Unicode"): read. The mark says exactly how to decode it.
* Anything else is refused in one line that names what the file seems to be and how to save
  it as UTF-8: ANSI (Windows-1252, Notepad's old default and PowerShell 5.1's
  ``Set-Content``), UTF-16 without a mark, or bytes that are no text at all. ANSI is not
  guessed at: the same bytes mean different letters in other code pages, and a name such as
  "Siobhán" read wrongly would be saved, and published, wrongly.
"""

from __future__ import annotations

import codecs
from pathlib import Path

__all__ = ["SAVE_AS_UTF8", "TextEncodingError", "decode_text", "read_text"]

#: How to put it right, for hints.
SAVE_AS_UTF8 = ("save it as UTF-8: in Notepad, File > Save as, Encoding: UTF-8; in "
                "PowerShell, Set-Content -Encoding utf8")


class TextEncodingError(ValueError):
    """The bytes are not text kmcore reads; :attr:`reason` says what they seem to be and
    how to save them (one line, starting lower-case: ``is saved as ANSI ...``).

    :ivar line: the line (1-based) of the first byte that could not be read.
    :ivar located: :attr:`reason` with the line in it, for messages that give no line of
        their own.
    """

    def __init__(self, what: str, line: int) -> None:
        self.reason = f"{what}; {SAVE_AS_UTF8}"
        self.located = f"{what} (line {line}); {SAVE_AS_UTF8}"
        self.line = line
        super().__init__(self.located)


def decode_text(raw: bytes) -> str:
    """*raw* as text (UTF-8 with or without a BOM, UTF-16 with a BOM), without the BOM.

    :raises TextEncodingError: for anything else, naming what it seems to be.
    """
    if raw.startswith(codecs.BOM_UTF8):
        return _strict(raw[len(codecs.BOM_UTF8):], "utf-8", "UTF-8 (it starts with a UTF-8 "
                       "byte-order mark)", skip=len(codecs.BOM_UTF8), raw=raw)
    if raw.startswith(codecs.BOM_UTF16_LE):
        return _strict(raw[2:], "utf-16-le", "UTF-16", skip=2, raw=raw)
    if raw.startswith(codecs.BOM_UTF16_BE):
        return _strict(raw[2:], "utf-16-be", "UTF-16", skip=2, raw=raw)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise TextEncodingError(_describe(raw), line) from None


def read_text(path: str | Path) -> str:
    """The file's text (see :func:`decode_text`); OSError and TextEncodingError pass."""
    with open(path, "rb") as fh:
        return decode_text(fh.read())


def _strict(body: bytes, encoding: str, name: str, *, skip: int, raw: bytes) -> str:
    try:
        return body.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, skip + exc.start) + 1
        raise TextEncodingError(
            f"is not valid {name} text: it may have been joined from files saved in "
            "different encodings", line) from None


def _describe(raw: bytes) -> str:
    """What bytes that are not UTF-8 seem to be, as the start of a reason."""
    sample = raw[:4096]
    if sample and sample.count(0) * 4 >= len(sample):
        # Many NULs: ASCII letters in UTF-16 without a mark say which end holds the zero.
        return "is saved as UTF-16 without a byte-order mark"
    if b"\x00" in sample:
        return "is not a text file (it holds NUL bytes)"
    try:
        raw.decode("cp1252")
    except UnicodeDecodeError:
        return "is not UTF-8 text"
    return "is saved as ANSI (Windows-1252), not UTF-8"
