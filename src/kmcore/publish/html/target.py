"""``HtmlSiteTarget``: publish records as a static intranet site, incrementally.

The site is a folder of plain files that works from ``file://``, under any sub-path of a web
server, or inside a SharePoint document library: every internal link is relative, and the
pages load nothing from anywhere else (no CDN, web fonts, images or scripts).

How it stays incremental. ``.kmcore-site/`` in the output folder keeps the site's
bookkeeping (:mod:`kmcore.publish.html.state`: a manifest, a cards file per record type, and
a journal of what changed since the manifest was last written). So:

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

Killed at any point. Each page's hash is journalled before the page is written, so a page
written by a run that died is still known as kmcore's own; after such a run, :meth:`finish`
checks every page, list, feed and the directory, and removes the temporary files left. A
file kmcore did not write is never replaced or deleted; a folder kmcore did not create is
not written into unless ``adopt_folder = true``.

Modules: :mod:`~kmcore.publish.html.state` (bookkeeping), :mod:`~kmcore.publish.html.render`
(templates, links, list cards), :mod:`~kmcore.publish.html.feeds`,
:mod:`~kmcore.publish.html.search_shards`, :mod:`~kmcore.publish.html.directory`, and
:mod:`~kmcore.publish.html.views` (what a record shows).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kmcore._gcpause import no_gc
from kmcore.errors import ConfigError
from kmcore.publish.html import views
from kmcore.publish.html.aggregates import AggregatePages
from kmcore.publish.html.pages import PageWriter
from kmcore.publish.html.render import environment, layout_version
from kmcore.publish.html.render import rel as _rel
from kmcore.publish.html.settings import HtmlSettings
from kmcore.publish.html.state import JOURNAL, MANIFEST, STATE, SiteState, page_hash
from kmcore.records.base import Record
from kmcore.sync.model import Item, ItemResult, PulledItem, SyncContext, TargetConfig

if TYPE_CHECKING:
    import jinja2

    from kmcore.kb import KnowledgeBase

__all__ = ["JOURNAL", "MANIFEST", "STATE", "HtmlSiteTarget"]

#: Rendered pages held in memory before they are written (each write is journalled first).
_FLUSH_EVERY = 200
# Order of the record types in the navigation; plugin types follow, by name.
_NAV_ORDER = ("innovation", "story", "person", "capture_record", "lesson")


#: Links that are bookkeeping, not something a reader follows: who typed a record in, and
#: whose consent a record holds. Not listed under "Linked records".
_UNSHOWN_RELS = frozenset({"created_by", "consent_of"})


class HtmlSiteTarget(AggregatePages):
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
        # Within one run: ids whose links (or existence) changed, for finish().
        self._old_refs: dict[str, list[str]] = {}
        self._gone_types: set[str] = set()
        self._rendered: set[str] = set()  # record pages written by this object
        self._cards_cache: dict[str, list[dict[str, Any]]] | None = None
        self.state = SiteState(self.root, self._folder)
        self.pages = PageWriter(self.root, self.state)
        self.adopt_folder = settings.adopt_folder
        self._check_folder()

    @property
    def writes(self) -> int:
        """How many files this object wrote or removed (tests and benchmarks read it)."""
        return self.pages.writes

    def __repr__(self) -> str:
        return f"<HtmlSiteTarget {self.config.name!r} at {self.root}>"

    def _check_folder(self) -> None:
        """Refuse a site folder that is a file, or one kmcore did not create that already
        holds something (unless ``adopt_folder = true``): kmcore writes only its own files."""
        if self.root.exists() and not self.root.is_dir():
            raise ConfigError(
                f"target {self.config.name!r}: the site's path {self.root} is a file, not a "
                "folder", hint="Set path to a folder (it is made if it does not exist).")
        if self.adopt_folder or not self.root.is_dir() or (self.root / STATE).is_dir():
            return
        if next(self.root.iterdir(), None) is not None:
            raise ConfigError(
                f"target {self.config.name!r}: the folder {self.root} already holds files "
                "that kmcore did not write, so the site was not written into it",
                hint=f"Give the site an empty or new folder (path), or add adopt_folder = true "
                f"to [targets.{self.config.name}] to build it there: kmcore then still never "
                "overwrites or deletes a file it did not write.")

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
            edited = self._edited_since(item)
            if edited:
                results[i] = ItemResult(record_id=item.record_id, ok=False, conflict=True,
                                        error=edited)
                continue
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
            except Exception as exc:
                results[i] = ItemResult(record_id=item.record_id, ok=False,
                                        error=f"could not render the page: "
                                        f"{type(exc).__name__}: {exc}")
        failed = self.pages.flush(raise_errors=False)
        for i, item in enumerate(items):
            written = records.get(item.record_id)
            problem = failed.get(written["path"]) if written is not None else None
            if problem is not None and item.op != "delete":
                retry = not problem.startswith("left as it is")
                results[i] = ItemResult(record_id=item.record_id, ok=False, retryable=retry,
                                        error=f"could not write the page: {problem}")
        self.state.append_journal()
        return [r for r in results if r is not None]

    def _edited_since(self, item: Item) -> str | None:
        """Why *item* must not be applied: its page changed since ``item.remote_version``
        (the target contract: a stale version is a conflict, and nothing is written)."""
        entry = self._records.get(item.record_id) if item.op != "create" else None
        if entry is None or item.remote_version is None or \
                self.config.conflict_policy == "overwrite":
            return None
        current = self.state.current_version(entry)
        if current in ("missing", item.remote_version):
            return None
        return (f"{entry['path']} changed since the version this change was based on; "
                "left as it is")

    def remote_versions(self, refs: Sequence[str]) -> Mapping[str, str] | None:
        """The published version of each page, or its own hash if it was edited by hand."""
        by_path = {e["path"]: e for e in self._records.values()}
        found: dict[str, str] = {}
        for ref in refs:
            entry = by_path.get(ref)
            if entry is None or ".." in ref.split("/"):
                continue
            found[ref] = self.state.current_version(entry)
        return found

    def _edited_by_hand(self, entry: dict[str, Any]) -> bool:
        """True when the page was changed since kmcore wrote it: finish() then leaves it
        alone (the engine reports the conflict when its record next changes)."""
        return self.state.current_version(entry).startswith("edited-")

    def finish(self, context: SyncContext) -> None:
        """Bring every page that shows a changed record up to date; nothing if none changed."""
        with no_gc():
            self._finish(context)

    def _finish(self, context: SyncContext) -> None:
        if (not context.changed and self.state.layout_marker() == self._layout
                and (self.root / MANIFEST).exists()):
            return  # nothing changed and the layout is current: not even the manifest is read
        manifest = self.state.load()
        relayout = manifest.get("layout") != self._layout
        if (not context.changed and not relayout and not self.state.recovering) or context.dry_run:
            return
        # From here on a death leaves an unfinished journal: the next run checks everything.
        self.state.append_line({"start": 1})
        self.state.sweep_temporary_files(whole_site=self.state.recovering)
        records = self._records
        everything = relayout or self.state.recovering
        if relayout:
            self._redraw_all(context.published)
        # After a run that died, any page may show what it showed before: check them all.
        self._refresh_linked_pages(records if self.state.recovering else context.changed,
                                   context.published)
        if everything:
            changed_types = {e["type"] for e in records.values()} | set(self._types)
        else:
            changed_types = {records[i]["type"] for i in context.changed if i in records}
            changed_types |= self._gone_types
        self.pages.flush()
        self._write_aggregates(changed_types, context.changed, everything)
        manifest["layout"] = self._layout
        self.pages.flush()
        self.state.dirty = True
        self._old_refs.clear()
        self._gone_types.clear()
        self.state.unfinished_types.clear()
        self.state.save()
        self.state.recovering = False
        self.state.ours.clear()

    def _redraw_all(self, published: Mapping[str, Record]) -> None:
        """A new kmcore, edited templates, a new title or base_url: every page again."""
        for record_id, entry in list(self._records.items()):
            if record_id in self._rendered or self._edited_by_hand(entry):
                continue  # rendered in this run, with this layout; or edited by hand
            record = _readable(published, record_id)
            if record is None:
                continue
            self._write_record_page(record, entry)
            if len(self.pages.pending) >= _FLUSH_EVERY:
                self.pages.flush()

    def published(self) -> dict[str, str]:
        """Every record on the site, by id, with its page's path (relative to the site)."""
        return {record_id: entry["path"] for record_id, entry in self._records.items()}

    def pull(self, cursor: str | None) -> tuple[list[PulledItem], str] | None:
        """A static folder has no change feed."""
        return None

    def close(self) -> None:
        self.state.append_journal()
        # The state refers back to this target (its folder_of callback): a reference cycle,
        # which would leave the manifest and the cards (a hundred thousand small objects for
        # 10,000 records) to the cyclic garbage collector, a tenth of a second after every
        # sync that read them. Dropping them here lets reference counting free them at once.
        self.state.forget()
        self._cards_cache = None
        self.__dict__.pop("_reverse_cache", None)

    def _folder(self, type_name: str) -> str:
        spec = self._types.get(type_name)
        return spec.folder if spec is not None else type_name

    def _stage(self, item: Item) -> str | None:
        """Update the manifest's card for *item*; a reason if it cannot be published."""
        records = self._records
        spec = self._types.get(item.record_type)
        if spec is None:
            return f"the site does not know the record type {item.record_type!r}"
        old = records.get(item.record_id)
        self._old_refs.setdefault(item.record_id, _targets(old))
        self.state.journal[item.record_id] = None
        self._cards_cache = None
        if item.op == "delete":
            if old is not None:
                self._gone_types.add(old["type"])
                self.state.dirty_types.add(old["type"])
                self.state.unfinished_types.add(old["type"])
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
        self.state.dirty_types.add(record.record_type)
        self.state.unfinished_types.add(record.record_type)
        self._set_rels(record.id, [list(pair) for pair in rels])
        self.state.dirty = True
        return None

    # --- bookkeeping (kmcore.publish.html.state) ---------------------------------------------

    @property
    def _records(self) -> dict[str, dict[str, Any]]:
        return self.state.records

    def _load_cards(self, type_name: str) -> None:
        """Read one type's cards into its entries (once per run)."""
        if self.state.load_cards(type_name) and self._cards_cache is not None:
            self._cards_cache.pop(type_name, None)

    # --- rendering ----------------------------------------------------------------------------

    @cached_property
    def _types(self) -> dict[str, Any]:
        types = self.kb.types
        names = [n for n in _NAV_ORDER if n in types] + sorted(set(types) - set(_NAV_ORDER))
        return {n: types[n] for n in names}

    @property
    def _layout(self) -> str:
        """The layout key: the templates and code, and the settings every page shows (the
        title in each header, base_url in feeds and JSON-LD): changing any re-renders all."""
        settings = json.dumps([self.title, self.base_url], ensure_ascii=False)
        return page_hash(f"{layout_version()}\n{settings}".encode())

    @property
    def _env(self) -> jinja2.Environment:
        return environment()

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
        return page_hash(json.dumps([out, back], ensure_ascii=False).encode("utf-8"))

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
        digest = self.pages.queue_page(page, data, entry)
        entry["h"] = digest
        entry["links"] = self._link_state(record.id)
        self._rendered.add(record.id)
        self.state.journal[record.id] = None
        if record.record_type == "person":
            frag = self._render("fragment_person.html", f"fragments/person/{record.id}.html",
                                card=card, facts=facts, profile=profile,
                                target_page=_rel(f"fragments/person/{record.id}.html", page))
            self.pages.emit(f"fragments/person/{record.id}.html", frag)
        self.state.dirty = True
        return digest

    def _remove_record(self, record_id: str) -> None:
        self._set_rels(record_id, None)
        self.state.journal[record_id] = None
        self._cards_cache = None
        entry = self._records.pop(record_id, None)
        if entry is None:
            return
        self.pages.remove(entry["path"])
        fragment = f"fragments/person/{record_id}.html"
        if self.state.pages.pop(fragment, None) is not None:  # only a file kmcore wrote
            self.state.journal_pages[fragment] = None
            self.pages.remove(fragment)
        self.state.dirty = True

    def _refresh_linked_pages(self, changed: Iterable[str], published: Mapping[str, Record]
                              ) -> None:
        """Re-render pages that show the title of a changed record, if what they show changed."""
        records = self._records
        candidates: set[str] = set()
        for record_id in changed:
            candidates.add(record_id)
            candidates.update(src for _rel_, src in self._reverse.get(record_id, ()))
            candidates.update(self._old_refs.get(record_id, ()))
            candidates.update(_targets(records.get(record_id)))
        for record_id in sorted(candidates):
            entry = records.get(record_id)
            if entry is None or entry.get("links") == self._link_state(record_id):
                continue
            if record_id not in self._rendered and self._edited_by_hand(entry):
                continue  # the engine reports it as a conflict when its record changes
            record = _readable(published, record_id)
            if record is None:
                continue
            self._write_record_page(record, entry)
            if len(self.pages.pending) >= _FLUSH_EVERY:
                self.pages.flush()


def _readable(published: Mapping[str, Record], record_id: str) -> Record | None:
    """The published record, or None if it is not published or its file cannot be read
    now (a typo in its JSON): its page is then left as it is, and the run goes on."""
    try:
        return published.get(record_id)
    except Exception:  # an unreadable file: the plan reports it as unreadable
        return None


def _targets(entry: Mapping[str, Any] | None) -> list[str]:
    """The ids a manifest entry's record links to."""
    return sorted({target for _rel_, target in entry.get("rels", ())}) if entry else []

