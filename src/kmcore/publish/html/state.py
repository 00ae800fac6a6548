"""The html site's bookkeeping (``.kmcore-site/`` in the site's folder), crash-safe.

* ``manifest.json``: per published record its type, title, the version reported to the
  engine, the hash and size/time of its page as written, its links to other records and a
  hash of the linked titles its page shows; the hash of every aggregate page (lists, feeds,
  search shards...); per-type figures for the home page; the layout the site was drawn with.
* ``cards/<type>.json``: what lists, feeds, search and the directory need of each record.
* ``journal.jsonl``: what changed since the manifest was last written, one fsync'd line per
  step, replayed over the manifest when it is read. On a large site it is folded into the
  manifest only once it grows past a tenth of the manifest's size.

Crash safety. Before any page is written, a journal line names it with the hash of what is
about to be written (an *intent*). So a page written by a run that died before it could
journal the page's entry is still known as kmcore's own, never taken for a hand edit. Every
run's last line is marked ``done``; a journal that ends without one means a run died, and
:attr:`SiteState.recovering` tells the target to check every page and aggregate once.
A torn last line (the kill landed mid-write) is ignored: nothing after it was relied on.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from kmcore.store._files import TEMP_NAME, atomic_write, fsync_file

__all__ = ["JOURNAL", "LAYOUT", "MANIFEST", "STATE", "SiteState", "page_hash"]

#: The site's own bookkeeping, inside the output folder.
STATE = ".kmcore-site"
#: Per record: type, title, versions, links (compact: it is read on every run).
MANIFEST = f"{STATE}/manifest.json"
#: Changes made since the manifest was last written in full (JSON lines).
JOURNAL = f"{STATE}/journal.jsonl"
#: The layout (templates, styles, kmcore version, title, base_url) the site was drawn with.
LAYOUT = f"{STATE}/layout"
_FORMAT = 2
#: Fold the journal into the manifest once it is larger than the manifest / this...
FOLD_RATIO = 10
#: ...and always while the manifest is smaller than this (a few hundred records): rewriting
#: it then costs a few milliseconds, so keeping a journal would not pay.
FOLD_BELOW = 256 * 1024


def page_hash(data: bytes) -> str:
    """The hash kmcore keeps of a file it wrote."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _empty_card(title: str) -> dict[str, Any]:
    return {"title": title, "summary": "", "facets": {}, "date": "", "updated": "",
            "keywords": []}


class SiteState:
    """The manifest, cards and journal of one site folder, loaded on first use.

    :param root: the site's folder.
    :param folder_of: a record type's folder in the site (``lesson`` -> ``lessons``).

    :ivar journal: ids whose entries changed since the journal was last appended to.
    :ivar journal_pages: aggregate pages written (hash) or removed (None) since then.
    :ivar journal_stats: per-type figures finish() recomputed since then.
    :ivar dirty_types: types whose cards file must be rewritten at the next fold.
    :ivar unfinished_types: types changed since the last finish() completed: their lists,
        feeds and search shards must be rebuilt.
    :ivar ours: page path -> hashes of what kmcore was about to write there (intents).
    :ivar recovering: the journal ends without a finished run: a run died.
    """

    def __init__(self, root: Path, folder_of: Callable[[str], str]) -> None:
        self.root = root
        self._folder_of = folder_of
        self.manifest: dict[str, Any] | None = None
        self.dirty = False
        self.journal: dict[str, None] = {}
        self.journal_pages: dict[str, str | None] = {}
        self.journal_stats: dict[str, Any] = {}
        self.cards_loaded: set[str] = set()
        self.dirty_types: set[str] = set()
        self.unfinished_types: set[str] = set()
        self.ours: dict[str, set[str]] = {}
        self.recovering = False

    def forget(self) -> None:
        """Drop what was read (the manifest, with the cards); :meth:`load` reads it again.
        Only once everything changed is saved (after :meth:`append_journal`)."""
        self.manifest = None
        self.cards_loaded = set()

    # --- reading ----------------------------------------------------------------------------

    def load(self) -> dict[str, Any]:
        """The manifest with the journal replayed over it (read once)."""
        if self.manifest is None:
            manifest: dict[str, Any] = {}
            try:
                loaded = json.loads((self.root / MANIFEST).read_bytes())
                if isinstance(loaded, dict) and loaded.get("format") == _FORMAT:
                    manifest = loaded
            except (OSError, ValueError):
                pass  # missing or unreadable: start again (the next finish re-renders)
            manifest.setdefault("format", _FORMAT)
            manifest.setdefault("pages", {})
            manifest["records"] = {
                record_id: self._unpack(record_id, row)
                for record_id, row in manifest.get("records", {}).items()
            }
            self._replay_journal(manifest)
            self.manifest = manifest
        return self.manifest

    @property
    def records(self) -> dict[str, dict[str, Any]]:
        """Record id -> its entry (type, title, path, versions, links, card once loaded)."""
        records: dict[str, dict[str, Any]] = self.load()["records"]
        return records

    @property
    def pages(self) -> dict[str, str]:
        """Aggregate page path -> hash of what kmcore last wrote there."""
        pages: dict[str, str] = self.load()["pages"]
        return pages

    def layout_marker(self) -> str:
        """The layout the site was last completely drawn with (read without the manifest)."""
        try:
            return (self.root / LAYOUT).read_text(encoding="ascii").strip()
        except (OSError, ValueError):
            return ""

    def cards_file(self, type_name: str) -> Path:
        return self.root / STATE / "cards" / f"{type_name}.json"

    def load_cards(self, type_name: str) -> bool:
        """Read one type's cards into the entries that lack them; False if already read."""
        if type_name in self.cards_loaded:
            return False
        self.cards_loaded.add(type_name)
        try:
            cards = json.loads(self.cards_file(type_name).read_bytes())
        except (OSError, ValueError):
            cards = {}
        for record_id, entry in self.records.items():
            if entry["type"] == type_name and "card" not in entry:
                card = cards.get(record_id) if isinstance(cards, dict) else None
                # A card lost with its file: a minimal one until the record is next sent.
                entry["card"] = card or _empty_card(entry["title"])
        return True

    def _unpack(self, record_id: str, row: list[Any]) -> dict[str, Any]:
        type_name, title, version, written, size, mtime, links, rels = row
        return {
            "type": type_name, "title": title, "v": version, "h": written, "st": [size, mtime],
            "links": links, "path": f"{self._folder_of(type_name)}/{record_id}.html",
            "rels": [pair.split(" ", 1) for pair in rels.split("\n")] if rels else [],
        }

    @staticmethod
    def _pack(entry: Mapping[str, Any]) -> list[Any]:
        size, mtime = entry.get("st") or (None, None)
        return [entry["type"], entry["title"], entry.get("v"), entry.get("h"), size, mtime,
                entry.get("links"), "\n".join(f"{rel} {target}" for rel, target in
                                              entry.get("rels", ()))]

    def _replay_journal(self, manifest: dict[str, Any]) -> None:
        try:
            lines = (self.root / JOURNAL).read_bytes().splitlines()
        except OSError:
            return
        for line in lines:
            try:
                change = json.loads(line)
            except ValueError:
                self.recovering = True
                break  # a line torn by a crash: everything after it was never confirmed
            self.recovering = not change.get("done")
            for path, digest in change.get("intent", {}).items():
                self.ours.setdefault(path, set()).add(digest)
            self._replay_records(manifest, change.get("records", {}))
            for path, digest in change.get("pages", {}).items():
                if digest is None:
                    manifest["pages"].pop(path, None)
                else:
                    manifest["pages"][path] = digest
            if change.get("done"):
                # Written by a finish(): the aggregate pages show everything before it (the
                # cards files may not: the journal's entries carry their cards).
                manifest.setdefault("stats", {}).update(change.get("stats", {}))
                if "layout" in change:
                    manifest["layout"] = change["layout"]
                self.unfinished_types.clear()
                self.ours.clear()  # every page written before is in the entries now

    def _replay_records(self, manifest: dict[str, Any],
                        records: Mapping[str, dict[str, Any] | None]) -> None:
        for record_id, entry in records.items():
            old = manifest["records"].pop(record_id, None)
            if old is not None:
                self.dirty_types.add(old["type"])
                self.unfinished_types.add(old["type"])
            if entry is not None:
                manifest["records"][record_id] = entry
                self.dirty_types.add(entry["type"])
                self.unfinished_types.add(entry["type"])

    # --- pages on disk ------------------------------------------------------------------------

    def current_version(self, entry: dict[str, Any]) -> str:
        """The version kmcore published, unless the page was changed by something else
        (checked by size and modification time, then by hash): then ``edited-<hash>``."""
        path = self.root / entry["path"]
        try:
            st = path.stat()
        except OSError:
            return "missing"
        if [st.st_size, st.st_mtime_ns] == entry.get("st"):
            return str(entry["v"])
        actual = page_hash(path.read_bytes())
        if actual == entry.get("h"):
            return str(entry["v"])
        if actual in self.ours.get(entry["path"], ()):
            # Written by a run that died before journalling it: kmcore's own page. It is
            # drawn again (finish() checks every page after such a run).
            entry.update(h=actual, st=[st.st_size, st.st_mtime_ns], links=None)
            return str(entry["v"])
        return f"edited-{actual}"

    def owned(self, rel_path: str, known: bool) -> bool:
        """Whether the file at *rel_path* is kmcore's to replace: *known* (kmcore wrote it
        before), named by an intent, or absent."""
        return known or rel_path in self.ours or not os.path.lexists(self.root / rel_path)

    def note_intent(self, hashes: Mapping[str, str]) -> None:
        """Journal the pages about to be written (durably, before they are written)."""
        self.append_line({"intent": dict(hashes)})
        for rel_path, digest in hashes.items():
            self.ours.setdefault(rel_path, set()).add(digest)

    def sweep_temporary_files(self, *, whole_site: bool) -> None:
        """Remove the temporary files a killed run left: always in the bookkeeping folder;
        in the whole site after a run that died (only names kmcore gives its temporary files,
        so nobody else's file is touched)."""
        folders: Iterable[Path] = (self.root / STATE, self.root / STATE / "cards")
        if whole_site:
            folders = [Path(d) for d, _subdirs, _files in os.walk(self.root)]
        for folder in folders:
            try:
                names = os.listdir(folder)
            except OSError:
                continue
            for name in names:
                if TEMP_NAME.fullmatch(name):
                    with contextlib.suppress(OSError):
                        os.unlink(folder / name)

    # --- writing ------------------------------------------------------------------------------

    def append_line(self, change: Mapping[str, Any]) -> None:
        """Append one line to the journal, durably (fsync'd before anything relies on it)."""
        (self.root / STATE).mkdir(parents=True, exist_ok=True)
        line = json.dumps(change, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        with open(self.root / JOURNAL, "ab") as fh:
            fh.write(line + b"\n")
            fsync_file(fh)

    def append_journal(self, *, done: bool = False) -> None:
        """Make the changes since the last append durable by appending them.

        With *done* (at the end of finish()), the line also carries what finish() changed
        besides records and pages (the per-type figures, the layout) and marks the
        aggregate pages as up to date with everything journalled before it."""
        if not self.journal and not self.journal_pages and not done:
            return
        records = self.records
        change: dict[str, Any] = {
            "records": {i: records.get(i) for i in self.journal},
            "pages": self.journal_pages,
        }
        if done:
            assert self.manifest is not None
            change.update(done=1, stats=self.journal_stats, layout=self.manifest.get("layout"))
        self.append_line(change)
        self.journal = {}
        self.journal_pages = {}
        self.journal_stats = {}

    def save(self) -> None:
        """At the end of finish(): append its changes to the journal; once the journal has
        grown past a tenth of the manifest's size, fold it in (at once on a small site).

        Rewriting the manifest and cards costs time in proportion to the whole site (a
        tenth of a second for 10,000 records), replaying the journal in proportion to its
        length; so a run that changed a few records leaves its lines in the journal."""
        if not self.dirty or self.manifest is None:
            return
        self.append_journal(done=True)
        self.recovering = False
        self.ours.clear()
        try:
            manifest_size = (self.root / MANIFEST).stat().st_size
            journal_size = (self.root / JOURNAL).stat().st_size
        except OSError:
            manifest_size = journal_size = 0
        if manifest_size >= FOLD_BELOW and journal_size * FOLD_RATIO < manifest_size:
            self._write_layout_marker()
            self.dirty = False
            return
        self._fold()

    def _write_layout_marker(self) -> None:
        assert self.manifest is not None
        if self.layout_marker() != self.manifest.get("layout"):
            atomic_write(str(self.root / LAYOUT), str(self.manifest.get("layout")).encode())

    def _fold(self) -> None:
        """Write the cards of the types that changed, then the manifest; then drop the
        journal, which the manifest now covers (a crash in between replays it harmlessly)."""
        assert self.manifest is not None
        (self.root / STATE / "cards").mkdir(parents=True, exist_ok=True)
        records = self.records
        for type_name in sorted(self.dirty_types):
            self.load_cards(type_name)
            cards = {i: e["card"] for i, e in records.items() if e["type"] == type_name}
            data = json.dumps(cards, ensure_ascii=False, separators=(",", ":"))
            atomic_write(str(self.cards_file(type_name)), data.encode("utf-8"))
        packed = {**self.manifest, "records": {i: self._pack(e) for i, e in records.items()}}
        data = json.dumps(packed, ensure_ascii=False, separators=(",", ":"))
        atomic_write(str(self.root / MANIFEST), data.encode("utf-8"))
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.root / JOURNAL)
        self._write_layout_marker()
        self.dirty = False
        self.dirty_types = set()
        self.journal = {}
        self.journal_pages = {}
        self.journal_stats = {}
