"""``HtmlSiteTarget``: publish records as a static intranet site, incrementally.

The site is a folder of plain files that works from ``file://``, under any sub-path of a web
server, or inside a SharePoint document library: every internal link is relative, and the
pages load nothing from anywhere else (no CDN, web fonts, images or scripts).

How it stays incremental. ``.kmcore-site/`` in the output folder keeps the site's
bookkeeping: a manifest (per published record: type, title, the version reported to the
engine, the hash and size/time of the page as written, its links to other records and a hash
of the linked titles its page shows), a cards file per record type (title, summary, facets,
dates, expertise claims: what lists, feeds, search and the directory need), and a journal of
what :meth:`~HtmlSiteTarget.apply` and :meth:`~HtmlSiteTarget.finish` changed since the
manifest was last written (on a large site folded into it only once it grows past a tenth
of the manifest's size). So:

* :meth:`HtmlSiteTarget.apply` writes only the pages of the records it is given, and appends
  its changes to the journal (durable before the engine records them as published);
* :meth:`HtmlSiteTarget.finish` rebuilds the lists, feeds and search files of the changed
  types from their cards, the home page from per-type figures, the directory when a person
  or a record evidencing expertise changed (reading no record files), and re-renders a record
  page only when the titles it shows of linked records (either direction) changed;
* every aggregate file is compared, by hash, with what was last written, and written only
  when different; nothing at all is written, or even read, when nothing changed.

Hand edits. :meth:`remote_versions` answers, for each page, the version the site reported
when the page was published (a page re-rendered by :meth:`finish` because a linked title
changed keeps that version: its record did not change), unless the file was changed by
something else since kmcore last wrote it (checked by size and modification time, then by
hash); then it answers the file's own hash, the sync engine sees a conflict and, by
default, leaves the page alone. :meth:`finish` never re-renders a page edited by hand either.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import json
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
from markupsafe import Markup, escape

from kmcore._gcpause import no_gc
from kmcore.errors import ConfigError
from kmcore.publish.html import views
from kmcore.publish.html.safe import script_json, script_json_text
from kmcore.publish.html.settings import HtmlSettings
from kmcore.records.base import Record
from kmcore.records.vocab import Stage
from kmcore.store._files import atomic_write, fsync_file
from kmcore.sync.model import Item, ItemResult, PulledItem, SyncContext, TargetConfig

if TYPE_CHECKING:
    from kmcore.kb import KnowledgeBase

__all__ = ["JOURNAL", "MANIFEST", "STATE", "HtmlSiteTarget"]

#: The site's own bookkeeping, inside the output folder.
STATE = ".kmcore-site"
#: Per record: type, title, versions, links (compact: it is read on every run).
MANIFEST = f"{STATE}/manifest.json"
#: Changes made by apply() since the manifest was last written in full (JSON lines).
JOURNAL = f"{STATE}/journal.jsonl"
#: The layout (templates, styles, kmcore version) the whole site was last rendered with.
LAYOUT = f"{STATE}/layout"
_FORMAT = 2
#: Fold the journal into the manifest once it is larger than the manifest / this...
_FOLD_RATIO = 10
#: ...and always while the manifest is smaller than this (a few hundred records): rewriting
#: it then costs a few milliseconds, so keeping a journal would not pay.
_FOLD_BELOW = 256 * 1024
_HERE = Path(__file__).parent
_STATIC = ("site.css", "site.js", "favicon.svg")
#: How many records the home page, the fragments and each feed show.
LATEST = 6
FEED_SIZE = 50
# Order of the record types in the navigation; plugin types follow, by name.
_NAV_ORDER = ("innovation", "story", "person", "capture_record", "lesson")


#: Links that are bookkeeping, not something a reader follows: who typed a record in, and
#: whose consent a record holds. Not listed under "Linked records".
_UNSHOWN_RELS = frozenset({"created_by", "consent_of"})


def _hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


@functools.cache
def _layout_version() -> str:
    """Changes whenever a template, the CSS/JS or this package changes: then the whole site
    is re-rendered, since pages written by an older layout would not match the new one."""
    from kmcore import __version__

    digest = hashlib.blake2b(__version__.encode(), digest_size=16)
    for folder in ("templates", "static"):
        for path in sorted((_HERE / folder).iterdir()):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    for name in ("target.py", "views.py", "safe.py"):
        with contextlib.suppress(OSError):  # an install without sources: the version decides
            digest.update((_HERE / name).read_bytes())
    return digest.hexdigest()


@functools.cache
def _environment() -> jinja2.Environment:
    """The site's templates, compiled once per process (every target shares them)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_HERE / "templates")),
        # Every template is escaped, including the Atom feeds (.xml).
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters["script_json"] = script_json
    env.filters["date"] = _date_filter
    env.filters["xml"] = _xml_text
    env.globals["card_li"] = card_li
    return env


def _rel(from_path: str, to_path: str) -> str:
    """A relative link from the page at *from_path* to *to_path* (both site-relative)."""
    depth = from_path.count("/")
    return "../" * depth + to_path


class HtmlSiteTarget:
    """A static site in a folder (``settings.path``), built from published records.

    :param config: the ``[targets.NAME]`` table: ``path`` (required; relative to the knowledge
        base unless absolute), ``title`` (default: the knowledge base's name), ``base_url``
        (optional: the address the site is served from, used only for the feeds' links).
    :param kb: the knowledge base, for its name, organisation and record types.

    :ivar writes: how many files this object wrote (tests and benchmarks read it).
    """

    batch_size = 200

    def __init__(self, config: TargetConfig, kb: KnowledgeBase) -> None:
        self.config = config
        self.kb = kb
        settings = HtmlSettings.from_config(config)
        path = Path(settings.path).expanduser()
        self.root = path if path.is_absolute() else Path(kb.root) / path
        kb_root = Path(kb.root).resolve()
        site = self.root.resolve()
        if site == kb_root or site in kb_root.parents or kb_root / ".kmcore" in (
            site, *site.parents
        ):
            raise ConfigError(
                f"target {config.name!r}: the site's folder {site} would hold the knowledge "
                "base itself",
                hint='Give the site a folder of its own, e.g. path = "site".',
            )
        blocking = next((p for p in (site, *site.parents) if p.exists()), site)
        if not blocking.is_dir():  # the path, or a folder it needs, is a file
            raise ConfigError(
                f"target {config.name!r}: path {settings.path!r} needs a folder, but "
                f"{blocking} is a file",
                hint='Give the site a folder of its own, e.g. path = "site".',
            )
        self.title = settings.title or kb.settings.name
        base = settings.base_url
        self.base_url = (base.rstrip("/") + "/") if base else None
        self.audience = config.audience
        self.writes = 0
        self._manifest: dict[str, Any] | None = None
        self._dirty = False
        # Within one run: ids whose links (or existence) changed, for finish().
        self._old_refs: dict[str, list[str]] = {}
        self._gone_types: set[str] = set()
        self._rendered: set[str] = set()  # record pages written by this object
        self._journal: dict[str, dict[str, Any] | None] = {}  # record changes since a save
        self._journal_pages: dict[str, str | None] = {}
        self._cards_cache: dict[str, list[dict[str, Any]]] | None = None
        self._cards_loaded: set[str] = set()  # types whose cards file was read
        self._dirty_types: set[str] = set()  # types whose cards file must be rewritten
        # Types changed since the last finish() completed: their lists, feeds and search
        # files must be rebuilt (unlike _dirty_types, a journalled finish clears it).
        self._unfinished_types: set[str] = set()
        self._journal_stats: dict[str, Any] = {}  # per-type figures finish() recomputed

    def __repr__(self) -> str:
        return f"<HtmlSiteTarget {self.config.name!r} at {self.root}>"

    # --- the Target protocol ------------------------------------------------------------------

    def apply(self, items: Sequence[Item]) -> list[ItemResult]:
        """Write or remove each item's page; one result per item, in order."""
        with no_gc():
            return self._apply(items)

    def _apply(self, items: Sequence[Item]) -> list[ItemResult]:
        records = self._records
        # Cards first, so pages in this batch show each other's titles.
        accepted: dict[int, str] = {}
        results: list[ItemResult | None] = [None] * len(items)
        for i, item in enumerate(items):
            try:
                problem = self._stage(item)
            except Exception as exc:  # one bad record never stops the batch
                problem = f"could not prepare the page: {type(exc).__name__}: {exc}"
            if problem:
                results[i] = ItemResult(record_id=item.record_id, ok=False, error=problem)
            else:
                accepted[i] = item.record_id
        for i, item in enumerate(items):
            if i not in accepted:
                continue
            try:
                if item.op == "delete":
                    self._remove_record(item.record_id)
                    results[i] = ItemResult(record_id=item.record_id, ok=True)
                    continue
                assert item.record is not None
                entry = records[item.record_id]
                digest = self._write_record_page(item.record, entry)
                entry["v"] = digest
                results[i] = ItemResult(record_id=item.record_id, ok=True,
                                        remote_ref=entry["path"], remote_version=digest)
            except OSError as exc:
                results[i] = ItemResult(record_id=item.record_id, ok=False, retryable=True,
                                        error=f"could not write the page: {exc}")
            except Exception as exc:
                results[i] = ItemResult(record_id=item.record_id, ok=False,
                                        error=f"could not render the page: "
                                        f"{type(exc).__name__}: {exc}")
        self._append_journal()
        return [r for r in results if r is not None]

    def remote_versions(self, refs: Sequence[str]) -> Mapping[str, str] | None:
        """The published version of each page, or its own hash if it was edited by hand."""
        by_path = {e["path"]: e for e in self._records.values()}
        found: dict[str, str] = {}
        for ref in refs:
            entry = by_path.get(ref)
            if entry is None or ".." in ref.split("/"):
                continue
            found[ref] = self._current_version(entry)
        return found

    def _current_version(self, entry: Mapping[str, Any]) -> str:
        """The version kmcore published, unless the page was changed by something else."""
        path = self.root / entry["path"]
        try:
            st = path.stat()
        except OSError:
            return "missing"
        if [st.st_size, st.st_mtime_ns] == entry.get("st"):
            return str(entry["v"])
        actual = _hash(path.read_bytes())
        return str(entry["v"]) if actual == entry.get("h") else f"edited-{actual}"

    def _edited_by_hand(self, entry: Mapping[str, Any]) -> bool:
        """True when the page was changed since kmcore wrote it: finish() then leaves it
        alone (the engine reports the conflict when its record next changes)."""
        return self._current_version(entry).startswith("edited-")

    def finish(self, context: SyncContext) -> None:
        """Bring every page that shows a changed record up to date; nothing if none changed."""
        with no_gc():
            self._finish(context)

    def _finish(self, context: SyncContext) -> None:
        if (not context.changed and self._layout_marker() == self._layout
                and (self.root / MANIFEST).exists()):
            return  # nothing changed and the layout is current: not even the manifest is read
        manifest = self._load()
        relayout = manifest.get("layout") != self._layout
        if not context.changed and not relayout:
            return
        if context.dry_run:
            return
        records = self._records
        published = context.published
        if relayout:
            # A new kmcore (or edited templates): re-render every page from the records.
            for record_id, entry in list(records.items()):
                if record_id in self._rendered or self._edited_by_hand(entry):
                    continue  # rendered in this run, with this layout; or edited by hand
                record = published.get(record_id)
                if record is None:
                    continue
                self._write_record_page(record, entry)
            self._refresh_linked_pages(context.changed, published)
            changed_types = {e["type"] for e in records.values()} | set(self._types)
        else:
            changed_types = {records[i]["type"] for i in context.changed if i in records}
            changed_types |= self._gone_types
            self._refresh_linked_pages(context.changed, published)
        for name in _STATIC:
            self._emit(f"assets/{name}", (_HERE / "static" / name).read_bytes())
        changed_types = {t for t in changed_types | self._unfinished_types if t in self._types}
        for type_name in sorted(changed_types):
            self._load_cards(type_name)
            self._write_list(type_name)
            self._write_feed(type_name)
            self._write_search(type_name)
            stats = manifest.setdefault("stats", {})[type_name] = self._stats(type_name)
            self._journal_stats[type_name] = stats
        self._write_home()
        self._emit("search.html", self._render("search.html", "search.html",
                                               shards=self._search_shards()))
        evidence = set(manifest.get("stats", {}).get("person", {}).get("evidence", ()))
        if relayout or "person" in changed_types or evidence & set(context.changed):
            self._load_cards("person")
            self._write_directory()
        self._write_fragments()
        manifest["layout"] = self._layout
        self._dirty = True
        self._old_refs.clear()
        self._gone_types.clear()
        self._unfinished_types.clear()
        self._save_manifest()

    def published(self) -> dict[str, str]:
        """Every record on the site, by id, with its page's path (relative to the site)."""
        return {record_id: entry["path"] for record_id, entry in self._records.items()}

    def pull(self, cursor: str | None) -> tuple[list[PulledItem], str] | None:
        """A static folder has no change feed."""
        return None

    def close(self) -> None:
        self._append_journal()

    # --- the manifest -------------------------------------------------------------------------

    def _load(self) -> dict[str, Any]:
        if self._manifest is None:
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
            self._manifest = manifest
        return self._manifest

    def _layout_marker(self) -> str:
        try:
            return (self.root / LAYOUT).read_text(encoding="ascii").strip()
        except (OSError, ValueError):
            return ""

    def _folder(self, type_name: str) -> str:
        spec = self._types.get(type_name)
        return spec.folder if spec is not None else type_name

    def _unpack(self, record_id: str, row: list[Any]) -> dict[str, Any]:
        type_name, title, version, written, size, mtime, links, rels = row
        return {
            "type": type_name, "title": title, "v": version, "h": written, "st": [size, mtime],
            "links": links, "path": f"{self._folder(type_name)}/{record_id}.html",
            "rels": [pair.split(" ", 1) for pair in rels.split("\n")] if rels else [],
        }

    @staticmethod
    def _pack(entry: Mapping[str, Any]) -> list[Any]:
        size, mtime = entry.get("st") or (None, None)
        return [entry["type"], entry["title"], entry.get("v"), entry.get("h"), size, mtime,
                entry.get("links"), "\n".join(f"{rel} {target}" for rel, target in
                                              entry.get("rels", ()))]

    def _cards_file(self, type_name: str) -> Path:
        return self.root / STATE / "cards" / f"{type_name}.json"

    def _load_cards(self, type_name: str) -> None:
        """Read one type's cards (summaries, facets...) into the entries that lack them."""
        if type_name in self._cards_loaded:
            return
        self._cards_loaded.add(type_name)
        try:
            cards = json.loads(self._cards_file(type_name).read_bytes())
        except (OSError, ValueError):
            cards = {}
        for record_id, entry in self._records.items():
            if entry["type"] == type_name and "card" not in entry:
                card = cards.get(record_id) if isinstance(cards, dict) else None
                # A card lost with its file: a minimal one until the record is next sent.
                entry["card"] = card or {"title": entry["title"], "summary": "",
                                         "facets": {}, "date": "", "updated": "",
                                         "keywords": []}
        if self._cards_cache is not None:
            self._cards_cache.pop(type_name, None)

    def _replay_journal(self, manifest: dict[str, Any]) -> None:
        try:
            lines = (self.root / JOURNAL).read_bytes().splitlines()
        except OSError:
            return
        for line in lines:
            try:
                change = json.loads(line)
            except ValueError:
                break  # a line torn by a crash: everything after it was never confirmed
            for record_id, entry in change.get("records", {}).items():
                old = manifest["records"].pop(record_id, None)
                if old is not None:
                    self._dirty_types.add(old["type"])
                    self._unfinished_types.add(old["type"])
                if entry is not None:
                    manifest["records"][record_id] = entry
                    self._dirty_types.add(entry["type"])
                    self._unfinished_types.add(entry["type"])
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
                self._unfinished_types.clear()

    def _append_journal(self, *, done: bool = False) -> None:
        """Make this batch's changes durable by appending them, not rewriting the manifest.

        With *done* (at the end of finish()), the line also carries what finish() changed
        besides records and pages (the per-type figures, the layout) and marks the
        aggregate pages as up to date with everything journalled before it."""
        if not self._journal and not self._journal_pages and not done:
            return
        records = self._records
        change: dict[str, Any] = {
            "records": {i: records.get(i) for i in self._journal},
            "pages": self._journal_pages,
        }
        if done:
            assert self._manifest is not None
            change.update(done=1, stats=self._journal_stats,
                          layout=self._manifest.get("layout"))
        (self.root / STATE).mkdir(parents=True, exist_ok=True)
        line = json.dumps(change, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        with open(self.root / JOURNAL, "ab") as fh:
            fh.write(line + b"\n")
            fsync_file(fh)
        self._journal = {}
        self._journal_pages = {}
        self._journal_stats = {}

    @property
    def _records(self) -> dict[str, dict[str, Any]]:
        records: dict[str, dict[str, Any]] = self._load()["records"]
        return records

    def _save_manifest(self) -> None:
        """At the end of finish(): append its changes to the journal; once the journal has
        grown past a tenth of the manifest's size, fold it in (at once on a small site).

        Rewriting the manifest and cards costs time in proportion to the whole site (a
        tenth of a second for 10,000 records), replaying the journal in proportion to its
        length; so a run that changed a few records leaves its lines in the journal."""
        if not self._dirty or self._manifest is None:
            return
        self._append_journal(done=True)
        try:
            manifest_size = (self.root / MANIFEST).stat().st_size
            journal_size = (self.root / JOURNAL).stat().st_size
        except OSError:
            manifest_size = journal_size = 0
        if manifest_size >= _FOLD_BELOW and journal_size * _FOLD_RATIO < manifest_size:
            self._write_layout_marker()
            self._dirty = False
            return
        self._fold()

    def _write_layout_marker(self) -> None:
        assert self._manifest is not None
        if self._layout_marker() != self._manifest.get("layout"):
            atomic_write(str(self.root / LAYOUT), str(self._manifest.get("layout")).encode())

    def _fold(self) -> None:
        """Write the cards of the types that changed, then the manifest; then drop the
        journal, which the manifest now covers (a crash in between replays it harmlessly)."""
        assert self._manifest is not None
        (self.root / STATE / "cards").mkdir(parents=True, exist_ok=True)
        records = self._records
        for type_name in sorted(self._dirty_types):
            self._load_cards(type_name)
            cards = {i: e["card"] for i, e in records.items() if e["type"] == type_name}
            data = json.dumps(cards, ensure_ascii=False, separators=(",", ":"))
            atomic_write(str(self._cards_file(type_name)), data.encode("utf-8"))
        packed = {**self._manifest, "records": {i: self._pack(e) for i, e in records.items()}}
        data = json.dumps(packed, ensure_ascii=False, separators=(",", ":"))
        atomic_write(str(self.root / MANIFEST), data.encode("utf-8"))
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.root / JOURNAL)
        self._write_layout_marker()
        self._dirty = False
        self._dirty_types = set()
        self._journal = {}
        self._journal_pages = {}
        self._journal_stats = {}

    def _stage(self, item: Item) -> str | None:
        """Update the manifest's card for *item*; a reason if it cannot be published."""
        records = self._records
        spec = self._types.get(item.record_type)
        if spec is None:
            return f"the site does not know the record type {item.record_type!r}"
        old = records.get(item.record_id)
        self._old_refs.setdefault(item.record_id, _targets(old))
        self._journal[item.record_id] = None
        self._cards_cache = None
        if item.op == "delete":
            if old is not None:
                self._gone_types.add(old["type"])
                self._dirty_types.add(old["type"])
                self._unfinished_types.add(old["type"])
            return None
        record = item.record
        if record is None:
            return "nothing to publish: the item has no record"
        if record.id != item.record_id or record.record_type != item.record_type:
            return "the item's record does not match its id and type"
        rels = sorted({(r.rel, r.target) for r in record.references() if r.target != record.id})
        entry = dict(old or {})
        card = views.card(record, self.audience)
        entry.update({
            "type": record.record_type,
            "path": f"{spec.folder}/{record.id}.html",
            "title": card["title"],
            "card": card,
        })
        records[record.id] = entry
        self._dirty_types.add(record.record_type)
        self._unfinished_types.add(record.record_type)
        self._set_rels(record.id, [list(pair) for pair in rels])
        self._dirty = True
        return None

    # --- rendering ----------------------------------------------------------------------------

    @cached_property
    def _types(self) -> dict[str, Any]:
        types = self.kb.types
        names = [n for n in _NAV_ORDER if n in types] + sorted(set(types) - set(_NAV_ORDER))
        return {n: types[n] for n in names}

    @property
    def _layout(self) -> str:
        return _layout_version()

    @property
    def _env(self) -> jinja2.Environment:
        return _environment()

    def _nav(self) -> list[dict[str, str]]:
        return [{"label": s.plural, "path": f"{s.folder}/index.html", "name": n}
                for n, s in self._types.items()]

    def _render(self, template: str, page: str, **values: Any) -> bytes:
        root = "../" * page.count("/")
        html = self._env.get_template(template).render(
            root=root, page=page, site_title=self.title, nav=self._nav(),
            organisation=self.kb.settings.organisation, **values,
        )
        return html.encode("utf-8")

    def _resolver(self, from_page: str) -> views.Resolver:
        records = self._records

        def resolve(record_id: str) -> tuple[str, str] | None:
            entry = records.get(record_id)
            if entry is None:
                return None
            return entry["title"], _rel(from_page, entry["path"])

        return resolve

    def _backlink_refs(self, record_id: str) -> list[tuple[str, str, str, str]]:
        return [(rel, src, self._records[src]["title"], self._records[src]["path"])
                for rel, src in sorted(set(self._reverse.get(record_id, ())))
                if src in self._records and rel not in _UNSHOWN_RELS]

    @property
    def _reverse(self) -> dict[str, list[tuple[str, str]]]:
        """``target id -> [(rel, source id)]``: who links to whom, kept up to date in memory."""
        reverse = self.__dict__.get("_reverse_cache")
        if reverse is None:
            reverse = {}
            for src, entry in self._records.items():
                for rel, target in entry["rels"]:
                    found = reverse.get(target)
                    if found is None:
                        reverse[target] = [(rel, src)]
                    else:
                        found.append((rel, src))
            self.__dict__["_reverse_cache"] = reverse
        return reverse

    def _set_rels(self, record_id: str, rels: list[list[str]] | None) -> None:
        """Record *record_id*'s outgoing links (None: it is gone), in the manifest and index."""
        entry = self._records.get(record_id)
        old = entry.get("rels", []) if entry is not None else []
        reverse = self.__dict__.get("_reverse_cache")
        if reverse is not None:
            for rel, target in old:
                with contextlib.suppress(ValueError):
                    reverse.get(target, []).remove((rel, record_id))
            for rel, target in rels or ():
                reverse.setdefault(target, []).append((rel, record_id))
        if entry is not None and rels is not None:
            entry["rels"] = rels

    def _link_state(self, record_id: str) -> str:
        """A hash of every linked title and path a record's page shows (both directions)."""
        entry = self._records[record_id]
        out = []
        for target in _targets(entry):
            other = self._records.get(target)
            out.append([target, other["title"], other["path"]] if other else [target])
        back = sorted(self._backlink_refs(record_id))
        return _hash(json.dumps([out, back], ensure_ascii=False).encode("utf-8"))

    def _write_record_page(self, record: Record, entry: dict[str, Any]) -> str:
        page = entry["path"]
        spec = self._types[record.record_type]
        resolve = self._resolver(page)
        # Records the page's own fields already link to are not listed again.
        shown = {target for rel, target in entry["rels"] if rel not in _UNSHOWN_RELS}
        backrefs = [(rel, src, title, _rel(page, path))
                    for rel, src, title, path in self._backlink_refs(record.id)
                    if src not in shown]
        if record.record_type == "person":
            facts = views.person_facts(record)
            _, sections = views.record_sections(record, resolve)
            profile = (views.person_profile(record, resolve)
                       if views.profile_visible(record, self.audience) else None)
        else:
            facts, sections = views.record_sections(record, resolve)
            profile = None
        # JSON-LD addresses: absolute with base_url, else relative to this page (as links are).
        def url(path: str) -> str:
            return self.base_url + path if self.base_url else _rel(page, path)

        ld = views.jsonld(record, self._resolver(""), self.audience, url, page)
        card = entry.get("card") or views.card(record, self.audience)
        data = self._render(
            "record.html", page, record=record, card=card, spec=spec, facts=facts,
            sections=sections, profile=profile, backlinks=views.backlinks(backrefs),
            jsonld=ld, status=record.status.label,
            updated=views.fmt_date(record.updated_at),
            summary=getattr(record, "summary", ""),
        )
        digest = self._write(page, data)
        entry["h"] = digest
        entry["links"] = self._link_state(record.id)
        self._rendered.add(record.id)
        self._journal[record.id] = None
        st = (self.root / page).stat()
        entry["st"] = [st.st_size, st.st_mtime_ns]
        if record.record_type == "person":
            frag = self._render("fragment_person.html", f"fragments/person/{record.id}.html",
                                card=card, facts=facts, profile=profile,
                                target_page=_rel(f"fragments/person/{record.id}.html", page))
            self._emit(f"fragments/person/{record.id}.html", frag)
        self._dirty = True
        return digest

    def _remove_record(self, record_id: str) -> None:
        self._set_rels(record_id, None)
        self._journal[record_id] = None
        self._cards_cache = None
        entry = self._records.pop(record_id, None)
        if entry is None:
            return
        for rel_path in (entry["path"], f"fragments/person/{record_id}.html"):
            if self._load()["pages"].pop(rel_path, None) is not None:
                self._journal_pages[rel_path] = None
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.root / rel_path)
                self.writes += 1
        self._dirty = True

    def _refresh_linked_pages(self, changed: Iterable[str], published: Mapping[str, Record]
                              ) -> None:
        """Re-render pages that show the title of a changed record, if what they show changed."""
        records = self._records
        candidates: set[str] = set()
        for record_id in changed:
            candidates.update(src for _rel_, src in self._reverse.get(record_id, ()))
            candidates.update(self._old_refs.get(record_id, ()))
            candidates.update(_targets(records.get(record_id)))
        for record_id in sorted(candidates):
            entry = records.get(record_id)
            if entry is None or entry.get("links") == self._link_state(record_id):
                continue
            if record_id not in self._rendered and self._edited_by_hand(entry):
                continue  # the engine reports it as a conflict when its record changes
            record = published.get(record_id)
            if record is None:
                continue
            self._write_record_page(record, entry)

    def _write(self, rel_path: str, data: bytes) -> str:
        path = self.root / rel_path
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(str(path), data)
        self.writes += 1
        return _hash(data)

    def _emit(self, rel_path: str, data: bytes) -> None:
        """Write an aggregate file (list, feed, index...) only if its content changed."""
        pages: dict[str, str] = self._load()["pages"]
        digest = _hash(data)
        if pages.get(rel_path) == digest and (self.root / rel_path).exists():
            return
        self._write(rel_path, data)
        pages[rel_path] = digest
        self._journal_pages[rel_path] = digest
        self._dirty = True

    # --- aggregate pages ----------------------------------------------------------------------

    def _cards(self, type_name: str) -> list[dict[str, Any]]:
        """The cards of one type, with id and path (shared: copy one before changing it)."""
        if self._cards_cache is None:
            self._cards_cache = {}
        if type_name not in self._cards_cache:
            self._load_cards(type_name)
            self._cards_cache[type_name] = [
                {"id": record_id, "path": entry["path"], **entry["card"]}
                for record_id, entry in self._records.items() if entry["type"] == type_name
            ]
        return self._cards_cache[type_name]

    def _latest(self, type_name: str, n: int) -> list[dict[str, Any]]:
        cards = sorted(self._cards(type_name), key=lambda c: (c["updated"], c["id"]),
                       reverse=True)
        return [dict(c) for c in cards[:n]]

    def _write_list(self, type_name: str) -> None:
        spec = self._types[type_name]
        page = f"{spec.folder}/index.html"
        cards = list(self._cards(type_name))
        if type_name == "person":
            cards.sort(key=lambda c: (c["title"].lower(), c["id"]))
        else:
            cards.sort(key=lambda c: (c["date"], c["updated"], c["id"]), reverse=True)
        facets: dict[str, dict[str, str]] = {}
        for name in views.FACETS.get(type_name, ("department",)):
            values = {c["facets"][name][0]: c["facets"][name][1]
                      for c in cards if name in c["facets"]}
            if values:
                facets[name] = dict(sorted(values.items(), key=lambda kv: kv[1].lower()))
        items = Markup("".join(card_li(c, _rel(page, c["path"])) for c in cards))
        self._emit(page, self._render(
            "list.html", page, spec=spec, items=items, count=len(cards), facets=facets,
            facet_labels={n: views.label_of(n) for n in facets},
            feed=f"feeds/{spec.folder}.xml",
        ))

    def _stats(self, type_name: str) -> dict[str, Any]:
        """What the home page, directory and fragments need of one type (its cards loaded),
        kept in the manifest so a change to one type never reads the others' cards."""
        cards = self._cards(type_name)
        stages: Counter[str] = Counter()
        departments: Counter[str] = Counter()
        for c in cards:
            if "stage" in c["facets"]:
                stages[c["facets"]["stage"][0]] += 1
            if "department" in c["facets"]:
                departments[c["facets"]["department"][1]] += 1
        latest = self._latest(type_name, LATEST)
        return {
            "count": len(cards),
            "stages": dict(stages) if type_name == "innovation" else {},
            "departments": dict(departments) if type_name != "person" else {},
            "latest": latest if type_name in ("innovation", "story") else [],
            "updated": max((c["updated"] for c in cards), default=""),
            "evidence": sorted({ev for c in cards for claim in c.get("dir", {}).get("claims", ())
                                for ev, _role in claim["evidence"]}),
        }

    def _write_home(self) -> None:
        stats = self._load().get("stats", {})
        stages: Counter[str] = Counter()
        departments: Counter[str] = Counter()
        counts = []
        latest: dict[str, list[dict[str, Any]]] = {}
        updated = ""
        for type_name, spec in self._types.items():
            found = stats.get(type_name, {})
            counts.append({"label": spec.plural, "n": found.get("count", 0),
                           "path": f"{spec.folder}/index.html"})
            stages.update(found.get("stages", {}))
            departments.update(found.get("departments", {}))
            updated = max(updated, found.get("updated", ""))
            if type_name in ("innovation", "story"):
                latest[type_name] = [{**c, "href": c["path"]} for c in found.get("latest", ())]
        stage_rows = [{"value": s.value, "label": s.label, "n": stages[s.value]}
                      for s in Stage if stages[s.value]]
        dept_rows = sorted(departments.items(), key=lambda kv: (-kv[1], kv[0].lower()))
        self._emit("index.html", self._render(
            "home.html", "index.html", counts=counts, stages=stage_rows,
            departments=dept_rows, latest=latest, types=self._types,
            updated=_date_filter(updated),
        ))

    def _write_feed(self, type_name: str) -> None:
        spec = self._types[type_name]
        page = f"feeds/{spec.folder}.xml"
        entries = self._latest(type_name, FEED_SIZE)
        for e in entries:
            e["href"] = (self.base_url + e["path"]) if self.base_url else _rel(page, e["path"])
            e["atom_id"] = f"urn:kmcore:{type_name}:{e['id']}"
            e["updated"] = e["updated"] or "1970-01-01T00:00:00+00:00"
        updated = max((e["updated"] for e in entries), default="1970-01-01T00:00:00+00:00")
        self._emit(page, self._render(
            "feed.xml", page, spec=spec, entries=entries, updated=updated,
            feed_id=f"urn:kmcore:feed:{self.config.name}:{type_name}",
            self_href=(self.base_url + page) if self.base_url else "",
            html_href=(self.base_url + f"{spec.folder}/index.html") if self.base_url
            else f"../{spec.folder}/index.html",
        ))

    def _search_shards(self) -> list[str]:
        return [f"search/{spec.folder}.js" for spec in self._types.values()]

    def _write_search(self, type_name: str) -> None:
        """One type's part of the search index: a script that adds its rows to
        ``window.KMCORE_SEARCH_INDEX`` (a script, not JSON: fetch() fails on file://)."""
        spec = self._types[type_name]
        rows = []
        for c in sorted(self._cards(type_name), key=lambda c: c["path"]):
            rows.append([c["title"], spec.label, c["path"], c["summary"],
                         " ".join([*c["keywords"], *(v[1] for v in c["facets"].values())])])
        data = ("(window.KMCORE_SEARCH_INDEX = window.KMCORE_SEARCH_INDEX || []).push.apply("
                "window.KMCORE_SEARCH_INDEX, " + script_json_text(rows) + ");\n")
        self._emit(f"search/{spec.folder}.js", data.encode("utf-8"))

    def _write_directory(self) -> None:
        """The expertise directory: people by topic, ranked as `kmcore experts` ranks them as
        far as published data allows (see :func:`_directory_rank`)."""
        page = "expertise/index.html"
        records = self._records
        topics: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for entry in records.values():
            if entry["type"] != "person":
                continue
            directory = entry["card"].get("dir")
            if not directory:
                continue
            for claim in directory["claims"]:
                evidence = []
                for ev_id, role in claim["evidence"]:
                    other = records.get(ev_id)
                    if other is not None:
                        evidence.append({"title": other["title"], "role": role,
                                         "href": _rel(page, other["path"])})
                if claim["basis"] == "Inferred" and not evidence:
                    continue  # never an inferred claim without evidence a reader can see
                topics[claim["label"]].append({
                    "rank": _directory_rank(claim, evidence),
                    "name": entry["card"]["title"], "href": _rel(page, entry["path"]),
                    "summary": entry["card"]["summary"], "level": claim["level"],
                    "basis": claim["basis"], "evidence": evidence,
                    "willing": directory["willing"],
                })
        groups: list[dict[str, Any]] = [
            {"label": label, "slug": f"topic-{i}",
             "people": sorted(people, key=lambda p: (-p["rank"], str(p["name"]).lower(),
                                                     str(p["href"])))}
            for i, (label, people) in enumerate(sorted(topics.items(),
                                                       key=lambda kv: kv[0].lower()))
        ]
        self._emit(page, self._render("directory.html", page, groups=groups))

    def _write_fragments(self) -> None:
        stats = self._load().get("stats", {})
        for type_name, name in (("innovation", "latest-innovations"),
                                ("story", "latest-stories")):
            if type_name not in self._types:
                continue
            page = f"fragments/{name}.html"
            cards = [{**c, "href": _rel(page, c["path"])}
                     for c in stats.get(type_name, {}).get("latest", ())]
            spec = self._types[type_name]
            self._emit(page, self._render(
                "fragment_latest.html", page, spec=spec, cards=cards,
                list_href=_rel(page, f"{spec.folder}/index.html"),
            ))


def _targets(entry: Mapping[str, Any] | None) -> list[str]:
    """The ids a manifest entry's record links to."""
    return sorted({target for _rel_, target in entry.get("rels", ())}) if entry else []


def card_li(card: Mapping[str, Any], href: str) -> Markup:
    """One record in a list: a card that the list's filters can read (``data-*``).

    Built in Python rather than a template macro: a list of thousands of records is the one
    place where the template engine's cost shows (a tenth of the time). Every value is escaped
    (by :func:`_esc`: markupsafe's escaping, without making a Markup object per value).
    """
    facets = card["facets"]
    data = "".join(f' data-{name}="{_esc(value[0])}"' for name, value in facets.items())
    words = " ".join([card["title"], card["summary"], *card["keywords"]]).lower()
    tags = "".join(f'<span class="tag">{_esc(value[1])}</span> ' for value in facets.values())
    date = f'<span class="date">{_date_filter(card["date"])}</span>' if card["date"] else ""
    summary = f"  <p>{_esc(card['summary'])}</p>\n" if card["summary"] else ""
    return Markup(
        f'<li class="card"{data} data-text="{_esc(words)}">\n'
        f'  <h3 class="card-title"><a href="{_esc(href)}">{_esc(card["title"])}</a></h3>\n'
        f'{summary}  <p class="meta">{tags}{date}</p>\n</li>\n'
    )


def _esc(value: object) -> str:
    """``markupsafe.escape(value)`` as a plain string: the same characters, replaced the same
    way, for the thousands of short strings of a list page."""
    if type(value) is not str:
        return str(escape(value))
    return (value.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
            .replace("'", "&#39;").replace('"', "&#34;"))


def _date_filter(value: str) -> str:
    """An ISO date or timestamp as ``5 March 2025`` (empty stays empty)."""
    if not value:
        return ""
    try:
        return views.fmt_date(dt.date.fromisoformat(value[:10]))
    except ValueError:
        return value


# Characters XML 1.0 forbids (C0 controls but tab/newline/return, lone surrogates, U+FFFE/F).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(value: object) -> str:
    """Text for the Atom feeds: characters XML cannot hold are dropped (autoescape follows)."""
    return _NOT_XML.sub("", str(value))


def _directory_rank(claim: dict[str, Any], evidence: list[dict[str, Any]]) -> float:
    """A person's place under one topic of the directory, with the expertise finder's weights
    (kmcore.search): the claim's basis and level, plus the part they played in each published
    evidence record. Unpublished records never count, so the order cannot hint at them."""
    from kmcore.search.experts import BASIS_WEIGHTS, LEVEL_WEIGHTS
    from kmcore.search.extract import role_weight

    def key(label: str) -> str:
        return str(label).strip().lower().replace("-", "_").replace(" ", "_")

    score = BASIS_WEIGHTS.get(key(claim["basis"]), 0.0) * LEVEL_WEIGHTS.get(
        key(claim["level"]), LEVEL_WEIGHTS[""])
    return score + sum(role_weight(str(e["role"])) for e in evidence)
