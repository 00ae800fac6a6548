"""What the last import of a file made of each row, so importing it again is quick.

Importing the same spreadsheet again (the usual weekly routine) finds most rows unchanged.
Checking each one the long way (convert every cell, resolve people, build and validate the
record, read the stored one and compare) costs as much as the first import. The ledger lets
an unchanged row be recognised without any of that: for each row it keeps a digest of the
row's cells and of everything that decides what they become (the mapping, the value words,
the defaults, the options, :data:`VERSION` of this code), the id of the record the row made,
and the stored file's signature (size, modification time and inode) just after it was
written. A row whose digest is in the ledger, whose record file still has that signature,
is unchanged; anything else (a changed cell, a record edited in kmcore since, a new mapping,
a newer kmcore) takes the long way.

The ledger lives in ``.kmcore/import-ledger/`` of the knowledge base, one JSON-lines file per
spreadsheet name and record type, replaced whole after each import (never after a dry run).
It holds ids, digests and the value words of choice columns; no cell text beyond those
words. Deleting it is always safe: the next import takes the long way and writes it again.
Only stores that can give file signatures cheaply (the local-files store) use it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from json.encoder import encode_basestring as _quoted  # json's own (C) string escaper
from pathlib import Path
from typing import Any

__all__ = ["VERSION", "Ledger", "row_digest"]

#: Bumped whenever what a row becomes changes for the same cells and mapping.
VERSION = 5  # 5: an aim read as the summary too (D945)

Signature = tuple[int, int, int]


#: the one type of key the direct text is written for (a header: exactly ``str``)
_STR_ONLY = frozenset({str})


def row_digest(settings: str, cells: dict[str, Any]) -> str:
    """A digest of one row's cells under *settings* (see the module docstring)."""
    if set(map(type, cells)) <= _STR_ONLY:
        # The text json.dumps writes for the sorted (header, repr) pairs, written directly
        # with its own string escaper: twice as fast, for every row of every import (D342).
        # Headers are unique, so sorting by header sorts the pairs. (A list, not a
        # generator, and the keys' types looked at in C: no Python call per cell, D1380.)
        text = "[" + ", ".join([f"[{_quoted(k)}, {_quoted(repr(v))}]"
                                for k, v in sorted(cells.items())]) + "]"
    else:
        text = json.dumps(sorted((k, repr(v)) for k, v in cells.items()), ensure_ascii=False)
    return hashlib.sha256(f"{settings}\x00{text}".encode()).hexdigest()[:32]


_ENTRY_HEAD = '{"digest": "'
_ENTRY_HEAD_BYTES = _ENTRY_HEAD.encode()
_ID_KEY = '", "id": '
_ID_KEY_AT = len(_ENTRY_HEAD) + 32  # after the digest's 32 hex digits
_ID_AT = _ID_KEY_AT + len(_ID_KEY)
_DECODER = json.JSONDecoder()
#: json.dumps(..., ensure_ascii=False)'s encoder, made once rather than for every row (D1331)
_JSON_TEXT = json.JSONEncoder(ensure_ascii=False).encode


#: the ledger's lines written this many at a time (one write call, bounded memory)
_WRITE_LINES = 1000


def _signature_text(signature: Signature) -> str:
    """``json.dumps(list(signature))``, written directly for the usual three whole numbers:
    the ledger of an import is written after its last record is saved, so its time adds to
    the import's whole (D1340)."""
    if len(signature) == 3 and all(type(n) is int for n in signature):
        return f"[{signature[0]}, {signature[1]}, {signature[2]}]"
    return json.dumps(list(signature))


def _entry_id(line: str) -> str:
    """The record id of a spooled entry's JSON text: read in place when the line starts as
    keep() writes it (digest, then id), else parsed."""
    if line.startswith(_ENTRY_HEAD) and line.startswith(_ID_KEY, _ID_KEY_AT):
        with contextlib.suppress(ValueError):
            found, _ = _DECODER.raw_decode(line, _ID_AT)
            if isinstance(found, str):
                return found
    return str(json.loads(line)["id"])


class Ledger:
    """One spreadsheet's ledger: digest -> (record id, signature, replay data).

    Memory stays small for big files: the last import's entries are read from its file only
    for the row that asks (the ledger keeps where each starts), and what this import learns
    is spooled to a temporary file until :meth:`save`.
    """

    def __init__(self, root: Path, source: str, record_type: str,
                 signatures: Callable[[str], dict[str, Signature]] | None) -> None:
        key = hashlib.sha256(f"{source}\x00{record_type}".encode()).hexdigest()[:16]
        self.path = root / ".kmcore" / "import-ledger" / f"{record_type}-{key}.jsonl"
        self.record_type = record_type
        self._signatures = signatures
        # digest -> where the entry's JSON line starts in the last ledger, read only for the
        # row that asks: an offset per row, not the line, so a re-import of 100,000 rows does
        # not hold the whole last ledger in memory (D720)
        self.entries: dict[str, int] = {}
        self.current: dict[str, Signature] = {}
        self.enabled = signatures is not None
        self._spool: Any = None
        self._last: Any = None  # the last ledger, open for reading while this import runs
        if not self.enabled:
            return
        # A missing or damaged ledger only means the long way for every row.
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
            self._read_last()
        if self.entries:
            self.current = signatures(record_type)  # type: ignore[misc]
        self._spool = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115

    def _read_last(self) -> None:
        fh = self.path.open("rb")
        try:
            header = json.loads(fh.readline() or b"{}")
            if header.get("kmcore_import_ledger") != VERSION:
                fh.close()
                return
            at = fh.tell()
            for line in fh:
                # b'{"digest": "<32 hex>", ...': the digest is read without parsing.
                digest = (line[12:44].decode("ascii") if line.startswith(_ENTRY_HEAD_BYTES)
                          else json.loads(line)["digest"])
                self.entries[digest] = at
                at += len(line)
        except BaseException:
            self.entries.clear()
            fh.close()
            raise
        self._last = fh

    def _line(self, digest: str) -> str | None:
        at = self.entries.get(digest)
        if at is None or self._last is None:
            return None
        try:
            self._last.seek(at)
            return str(self._last.readline().decode("utf-8"))
        except (OSError, ValueError):
            return None

    def unchanged(self, digest: str) -> dict[str, Any] | None:
        """The entry of a row that is unchanged since the last import, or None."""
        line = self._line(digest)
        if line is None:
            return None
        try:
            entry: dict[str, Any] = json.loads(line)
        except ValueError:
            return None
        if entry.get("digest") != digest:
            return None  # the file changed under us: take the long way
        signature = self.current.get(entry.get("id", ""))
        if signature is None or list(signature) != entry.get("sig"):
            return None
        return entry

    def keep(self, digest: str, record_id: str, replay: dict[str, Any]) -> None:
        """Remember a row this import checked (its signature is read when it is saved)."""
        self.keep_entry({"digest": digest, "id": record_id, **replay})

    def keep_entry(self, entry: dict[str, Any]) -> None:
        """Remember an entry for the ledger this import writes."""
        if self._spool is not None:
            entry.pop("sig", None)
            self._spool.write(_JSON_TEXT(entry) + "\n")

    def save(self) -> None:
        """Write the ledger of this import (after the records are saved)."""
        if not self.enabled or self._signatures is None or self._spool is None:
            return
        now = self._signatures(self.record_type)
        self._close_last()  # Windows cannot replace a file that is open
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        self._spool.seek(0)
        with tmp.open("w", encoding="utf-8") as fh:
            fh.write(json.dumps({"kmcore_import_ledger": VERSION}) + "\n")
            out: list[str] = []
            for line in self._spool:
                signature = now.get(_entry_id(line))
                if signature is not None:
                    # The entry's text with "sig" added last, as json.dumps would write it:
                    # spliced rather than parsed and written again (a second per 100,000
                    # rows, D342). keep_entry() wrote it without a "sig".
                    out.append(f'{line.rstrip().removesuffix("}")}, "sig": '
                               f'{_signature_text(signature)}}}\n')
                    if len(out) >= _WRITE_LINES:
                        fh.write("".join(out))
                        out.clear()
            fh.write("".join(out))
        os.replace(tmp, self.path)
        self.close()

    def _close_last(self) -> None:
        if self._last is not None:
            self._last.close()
            self._last = None

    def close(self) -> None:
        """Drop the spooled entries (also done by :meth:`save`)."""
        self._close_last()
        if self._spool is not None:
            self._spool.close()
            self._spool = None
