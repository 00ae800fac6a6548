"""Which record a row is: ids derived from a row's key, and records found by id or title."""

from __future__ import annotations

import contextlib
import hashlib
import re
import unicodedata

from kmcore.errors import KmcoreError
from kmcore.guard.pii import masked_text
from kmcore.ids import is_valid_id
from kmcore.io.columns import ConversionError
from kmcore.kb import KnowledgeBase

__all__ = ["Titles", "derived_id", "legacy_id", "slug"]


def slug(text: str, limit: int = 40) -> str:
    """``"Dr Amara O'Kafor"`` -> ``"dr-amara-okafor"``: ascii, lower case, for ids."""
    # Twice a row (the id and the id earlier imports gave): ASCII is its own NFKD form.
    ascii_text = text if text.isascii() else (
        unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode())
    words = _NOT_ID.sub("-", ascii_text.lower().replace("'", "")).strip("-")
    return words[:limit].strip("-")


_NOT_ID = re.compile(r"[^a-z0-9]+")


def derived_id(prefix: str, record_type: str, key: str) -> str:
    """The id an imported row gets: readable, and the same every time for the same key."""
    normal = " ".join(key.lower().split())
    digest = hashlib.sha256(f"{record_type}\x00{normal}".encode()).hexdigest()[:8]
    # An id is printed in every report and is part of every published address: a patient
    # identifier in the key (a ref or title column holding an NHS number) is masked in its
    # readable part, as everywhere else outside the record (the digest keeps ids apart).
    words = slug(masked_text(key), 40)
    # A log's own numbers often carry the same prefix ("INN-001"): "inn-001-…", not
    # "inn-inn-001-…".
    if words == prefix or words.startswith(prefix + "-"):
        words = words[len(prefix) + 1:]
    return f"{prefix}-{words}-{digest}" if words else f"{prefix}-{digest}"


def legacy_id(prefix: str, record_type: str, key: str) -> str:
    """The id earlier imports derived (a log's "INN-001" became ``inn-inn-001-…``), so
    re-importing a file imported then still finds its records instead of duplicating them."""
    normal = " ".join(key.lower().split())
    digest = hashlib.sha256(f"{record_type}\x00{normal}".encode()).hexdigest()[:8]
    words = slug(key, 40)
    return f"{prefix}-{words}-{digest}" if words else f"{prefix}-{digest}"


class Titles:
    """Finds a record of another type by id or exact title (for lesson -> innovation links)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.cache: dict[str, dict[str, set[str]]] = {}

    def resolve(self, text: str, targets: tuple[str, ...]) -> str:
        text = text.strip()
        if is_valid_id(text):
            for record_type in targets or tuple(self.kb.types):
                with contextlib.suppress(KmcoreError):
                    self.kb.get(text, record_type)
                    return text
        found: set[str] = set()
        for record_type in targets or tuple(self.kb.types):
            if record_type == "person":
                continue
            if record_type not in self.cache:
                index: dict[str, set[str]] = {}
                for record in self.kb.records(record_type):
                    title = getattr(record, "title", "")
                    index.setdefault(title.casefold(), set()).add(record.id)
                self.cache[record_type] = index
            found |= self.cache[record_type].get(text.casefold(), set())
        if len(found) == 1:
            return next(iter(found))
        what = " or ".join(targets) if targets else "record"
        if found:
            raise ConversionError(f"{len(found)} {what} records are titled {text!r}: "
                                  "write the id instead")
        if is_valid_id(text):
            # An id of a record not imported yet (records point both ways: an innovation
            # at its lessons, a lesson at its innovation): kept as written, as the store
            # keeps it; `kmcore validate` lists references that still point nowhere.
            return text
        raise ConversionError(f"no {what} has the id or title {text!r}")


