"""``ConfluenceTarget``: one page per record, under an index page per record type.

Identity is the record id, never the title: every page kmcore owns carries a content property
``kmcore`` = ``{record_id, record_type, hash, labels, page_version, ...}``. A page is found by
the id the engine remembers (``remote_ref``), else by its title, and is taken as kmcore's only
if its property names this record (or, for a Cloud page whose property write was lost, if its
only version was written by kmcore's account with kmcore's message for exactly this content).
A page with the title that kmcore does not own is reported, never adopted.

Per item, the cheapest path is one read: the page with its property and labels. If the
property's hash matches what would be sent and the page is still at the version kmcore
published, nothing is written, so re-publishing makes no new versions. If the page moved on
and the newest version is not kmcore's own, a person edited it: by default it is reported as
a conflict and left alone (``conflict_policy = "overwrite"`` replaces it).

Writes: a version conflict (409) is answered by reading the page again and deciding again,
once; a POST whose answer was lost is never repeated blindly: the page is looked up first.
"""

from __future__ import annotations

import hashlib
import logging
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kmcore import gates
from kmcore.backend import (
    BackendError,
    BaseTarget,
    ConfigError,
    FileLock,
    Item,
    ItemResult,
    KmcoreError,
    RateLimited,
    Record,
    RemoteError,
    SyncContext,
    TargetCheck,
    TargetConfig,
    result_from_exception,
)
from kmcore_confluence import __version__
from kmcore_confluence.client import (
    ConfluenceClient,
    NoAnswer,
    PageInfo,
    TitleTaken,
    VersionConflict,
    make_client,
)
from kmcore_confluence.render import MANAGED_LABEL, Rendered, Renderer, body_hash
from kmcore_confluence.settings import ConfluenceSettings
from kmcore_confluence.storage import marker_of

if TYPE_CHECKING:
    from kmcore.kb import KnowledgeBase

__all__ = ["ConfluenceTarget", "TargetConflict"]

log = logging.getLogger("kmcore.confluence")
_SCHEMA = 1
_MESSAGE = "kmcore "  # + the first 16 hex digits of the body hash
_LOCK_WAIT = 60.0


class TargetConflict(BackendError):
    """The page was edited in Confluence since kmcore published it (nothing was written)."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message, hint=hint, conflict=True)


def _message(hash_: str) -> str:
    return f"{_MESSAGE}{hash_[:16]}"


class ConfluenceTarget(BaseTarget):
    """Publishes records to a Confluence space (Cloud or Data Center)."""

    #: Items per :meth:`apply` call: small, so progress is journalled often.
    batch_size = 10
    settings_class = ConfluenceSettings
    settings: ConfluenceSettings

    def __init__(self, config: TargetConfig, kb: KnowledgeBase, *,
                 client: ConfluenceClient | None = None) -> None:
        super().__init__(config, kb)  # checks the settings; no network here
        self._client = client
        self._index: dict[str, str] = {}
        self._root: str | None = None
        self._lock: FileLock | None = None
        self._renderer: Renderer | None = None
        self._resolved: dict[str, str | None] = {}
        self._adopted: dict[str, bool] = {}  # page id -> its body is exactly ours

    # --- wiring --------------------------------------------------------------------------

    @property
    def client(self) -> ConfluenceClient:
        if self._client is None:
            self._client = make_client(self.settings)
        return self._client

    @property
    def renderer(self) -> Renderer:
        if self._renderer is None:
            names = {n: (s.label, s.plural) for n, s in self.kb.types.items()}
            self._renderer = Renderer(space_key=self.settings.space_key,
                                      cloud=self.settings.cloud, users=dict(self.settings.users),
                                      resolve=self._resolve, type_names=names)
        return self._renderer

    def _resolve(self, record_id: str) -> str | None:
        """The title of a record that this target may show, else None (never leak a title)."""
        if record_id not in self._resolved:
            title: str | None = None
            try:
                record = self.kb.get(record_id)
            except KmcoreError:
                record = None
            if record is not None and gates.eligibility(record, self.config) is None:
                decision = gates.evaluate(record, self.config, self.kb.plugins)
                if not decision.blocked:
                    title = decision.record.label
            self._resolved[record_id] = title
        return self._resolved[record_id]

    def _writer(self) -> None:
        """One writer per site and space on this machine, across knowledge bases."""
        if self._lock is None:
            key = hashlib.sha256(f"{self.settings.base_url}|{self.settings.space_key}".encode())
            path = Path(tempfile.gettempdir()) / f"kmcore-confluence-{key.hexdigest()[:16]}.lock"
            lock = FileLock(path, timeout=_LOCK_WAIT, stale_after=6 * 3600)
            try:
                lock.acquire()
            except KmcoreError as exc:
                raise KmcoreError(
                    f"another kmcore is writing to {self.settings.base_url} space "
                    f"{self.settings.space_key}: {exc.message}",
                    hint="Wait for it to finish; only one writer per Confluence space runs at "
                    "a time.") from exc
            self._lock = lock

    # --- the Target protocol -------------------------------------------------------------

    def apply(self, items: Sequence[Item]) -> list[ItemResult]:
        """Create, update or withdraw a page per item; one result per item, in order."""
        if not items:
            return []
        self.settings.token()  # a missing token fails the batch with its own hint
        self._writer()
        return [self._apply_safely(item) for item in items]

    def check_access(self) -> None:
        """Sign in and read the space once, before anything else: a wrong token or space
        fails the run even when there is nothing to publish."""
        self._root_parent()  # the space (and its home page) or the configured parent page

    def _apply_safely(self, item: Item) -> ItemResult:
        try:
            if item.op == "delete":
                return self._delete(item)
            return self._publish(item)
        except ConfigError:
            raise  # a wrong setting stops the run with its hint, rather than fail every item
        except KmcoreError as exc:
            if isinstance(exc, BackendError) and exc.stops_run:
                # A refused token, or a pause longer than a run may wait: nothing more is
                # sent; the engine stops this target's run with the cause.
                raise
            return result_from_exception(item, exc)

    def remote_versions(self, refs: Sequence[str]) -> Mapping[str, str] | None:
        """The current version number of each page still there (a trashed page is absent)."""
        return self.client.versions([r for r in refs if r])

    def edited_copies(self, versions: Mapping[str, str]) -> Mapping[str, str | None]:
        """Pages whose version is no longer the one kmcore wrote (*versions*: page id ->
        that version): page id -> the version now, None if it was deleted. Asked every run,
        so a person's edit is reported without waiting for its record to change.

        Cloud reads 250 pages' versions a request; Data Center has no such read, so its
        pages are found with one search of kmcore's label (100 a request), and a page
        the search does not list is not called deleted (the index may lag)."""
        if self.settings.cloud:
            now: Mapping[str, str] = self.client.versions(list(versions))
            return {ref: now.get(ref) for ref, wrote in versions.items()
                    if now.get(ref) != wrote}
        found = self.client.labelled_versions(MANAGED_LABEL)
        return {ref: found[ref] for ref, wrote in versions.items()
                if ref in found and found[ref] != wrote}

    def finish(self, context: SyncContext) -> None:
        """Make sure the index page of every record type changed in this run is current."""
        if context.dry_run or not context.changed:
            return
        types = set(self._index)
        for record_id in context.changed:
            if record_id in context.published:
                types.add(context.published[record_id].record_type)
        if not types:
            return
        self._writer()
        for record_type in sorted(types):
            self._index_page(record_type, refresh=True)

    def close(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        if self._client is not None:
            self._client.session.close()

    # --- dry run and doctor --------------------------------------------------------------

    def estimate(self, items: Sequence[Item]) -> str | None:
        """Roughly how many requests a run with *items* makes (no network)."""
        creates = sum(1 for i in items if i.op == "create")
        updates = sum(1 for i in items if i.op == "update")
        deletes = sum(1 for i in items if i.op == "delete")
        types = {i.record_type for i in items if i.op != "delete"}
        per_create = 5 if self.settings.cloud else 2  # look-up, page, property, labels
        total = creates * per_create + updates * 4 + deletes * 2 + len(types) * 3 + 2
        edition = "Cloud" if self.settings.cloud else "Data Center"
        return (f"about {total} Confluence {edition} requests: {creates} pages to create "
                f"(~{per_create} requests each), {updates} to update (~2 if unchanged there, "
                f"~4 if changed), {deletes} to withdraw (~2 each), and ~3 per record type "
                f"({len(types)}) for the index pages")

    def checks(self) -> Iterable[TargetCheck]:
        """``kmcore doctor``: token, authentication, edition, space, parent page, permission."""
        from kmcore_confluence.doctor import diagnose

        return diagnose(self)

    # --- pages ---------------------------------------------------------------------------

    def _me(self) -> str:
        # Not guarded: if it cannot be read, deciding "ours or a person's?" must wait for the
        # next sync rather than guess (the error is retryable when the cause is).
        return self.client.current_user()

    def _owner(self, page: PageInfo) -> str | None:
        prop = page.prop
        if prop is not None and isinstance(prop.value, dict):
            owner = prop.value.get("record_id") or prop.value.get("index_of")
            return str(owner) if owner else None
        return None

    def _unmarked_ours(self, page: PageInfo, identity: str, rendered: Rendered) -> bool:
        """A page without kmcore's property that kmcore itself made (its property write was
        lost): written only by kmcore's account, and its Page Properties table names this
        record (or index). Only such a page is adopted without a property. Its body is kept,
        so that an exact match costs no new version."""
        if page.prop is not None:
            return False
        me = self._me()
        if not me or page.version_author != me:
            return False
        if page.version != 1 and not page.version_message.startswith(_MESSAGE):
            return False
        body = self.client.get_body(page.id)
        if body is None:
            return False
        rows = marker_of(body)
        found = rows.get("Record id") if "Record id" in rows else (
            f"index:{rows['Index of']}" if "Index of" in rows else None)
        if found != identity:
            return False
        self._adopted[page.id] = body == rendered.body
        return True

    def _root_parent(self) -> str:
        if self._root is None:
            wanted = self.settings.parent_page
            if wanted is None:
                self._root = self.client.home_page()
            else:
                page = self.client.get_page(wanted) if wanted.isdigit() else None
                page = page or self.client.find_by_title(wanted)
                if page is None:
                    raise ConfigError(
                        f"target {self.config.name!r}: parent_page {wanted!r} was not found in "
                        f"space {self.settings.space_key}",
                        hint="Create that page in Confluence, or correct parent_page (a title, "
                        "exactly as shown, or a page id), or leave it out.")
                self._root = page.id
        return self._root

    def _index_page(self, record_type: str, *, refresh: bool = False) -> str:
        if record_type in self._index and not refresh:
            return self._index[record_type]
        spec = self.kb.types.get(record_type)
        plural = spec.plural if spec is not None else record_type
        rendered = self.renderer.index_page(record_type, spec.cls if spec else None, plural)
        parent = self._root_parent()
        value_base = {"index_of": f"index:{record_type}", "record_type": record_type}
        page = self.client.find_by_title(plural)
        subject = f"the {plural} index page"
        if page is not None and self._owner(page) != f"index:{record_type}" and \
                not self._unmarked_ours(page, f"index:{record_type}", rendered):
            raise KmcoreError(
                f"{subject}: a page called {plural!r} already exists in space "
                f"{self.settings.space_key} and kmcore does not own it, so it was not adopted",
                hint="Rename or move that page, or publish under another space or parent.")
        try:
            page = self._write(page, rendered, parent, value_base, subject)
        except TargetConflict as exc:
            # A person edited the index page: leave it, and keep publishing its records.
            assert page is not None
            log.warning("%s", exc.message)
        self._index[record_type] = page.id
        return page.id

    def _find(self, record: Record, title: str, rendered: Rendered,
              parent: str) -> tuple[PageInfo | None, PageInfo | None]:
        """``(ours, other)``: this record's page at *title*, or the other page holding it."""
        page = self.client.find_by_title(title)
        if page is None:
            return None, None
        if self._owner(page) == record.id or self._unmarked_ours(page, record.id, rendered):
            return page, None
        return None, page

    def _clash(self, record: Record, title: str) -> KmcoreError:
        return KmcoreError(
            f"{record.record_type} {record.id}: a page called {title!r} already exists in "
            f"space {self.settings.space_key} and kmcore does not own it, so it was not "
            "adopted or overwritten",
            hint="Rename the record or that page, then sync again.")

    def _publish(self, item: Item) -> ItemResult:
        record = item.record
        if record is None:
            raise KmcoreError(f"{item.record_type} {item.record_id}: nothing to publish")
        # Rendered before anything is sent, so a record that cannot be expressed writes
        # nothing at all (not even its index page).
        title = _title(record.label)
        self.renderer.record_page(record, title)
        parent = self._index_page(record.record_type)
        page: PageInfo | None = None
        if item.remote_ref:
            # Patiently: on Cloud a page made moments ago may answer 404 for a while.
            page = self.client.get_page_patiently(item.remote_ref)
            if page is not None and self._owner(page) != record.id:
                page = None  # not (or no longer) this record's page
            if page is not None:
                self._check_version(item, page)
        title = _title(record.label)
        if page is not None and page.title == _alt_title(record):
            title = page.title  # it was given the disambiguated title: keep it stable
        rendered = self.renderer.record_page(record, title)
        if page is None:
            page, other = self._find(record, title, rendered, parent)
            if other is not None:
                # Another page (another record's, or a person's) has this title: this one
                # is told apart by its id, "Title (record-id)"; the other is left alone.
                title = _alt_title(record)
                rendered = self.renderer.record_page(record, title)
                page, other = self._find(record, title, rendered, parent)
                if other is not None:
                    raise self._clash(record, title)
        value = {"record_id": record.id, "record_type": record.record_type}
        subject = f"{record.record_type} {record.id}"
        try:
            page = self._write(page, rendered, parent, value, subject)
        except TitleTaken:
            # Taken by a page not found by its exact title: a case variant ("lesson A" for
            # "Lesson a"), or a rename onto a title in use. Same fallback as above; but first
            # look again, in case the page holding it is this record's own (made by a try
            # whose answer was lost, and not yet visible to the first look).
            if title == _alt_title(record):
                raise
            if page is None:
                ours, _ = self._find(record, title, rendered, parent)
                if ours is not None:
                    page = self._write(ours, rendered, parent, value, subject)
                    return ItemResult(record_id=record.id, ok=True, remote_ref=page.id,
                                      remote_version=str(page.version))
            title = _alt_title(record)
            rendered = self.renderer.record_page(record, title)
            if page is None:
                page, other = self._find(record, title, rendered, parent)
                if other is not None:
                    raise self._clash(record, title) from None
            page = self._write(page, rendered, parent, value, subject)
        return ItemResult(record_id=record.id, ok=True, remote_ref=page.id,
                          remote_version=str(page.version))

    def _write(self, page: PageInfo | None, rendered: Rendered, parent: str,
               identity: dict[str, Any], subject: str) -> PageInfo:
        """Create the page, or bring an existing one to *rendered* (writing only what differs)."""
        new_hash = body_hash(rendered.title, rendered.body, parent)
        message = _message(new_hash)
        labels = sorted(rendered.labels)

        def prop_value(version: int) -> dict[str, Any]:
            return {**identity, "hash": new_hash, "labels": labels, "page_version": version,
                    "kmcore_version": __version__, "schema": _SCHEMA}

        if page is None:
            page = self._create(rendered, parent, message, prop_value(1), subject)
            if page.prop is not None:
                return page
        prop = page.prop.value if page.prop is not None and isinstance(page.prop.value, dict) \
            else {}
        if prop and page.version == prop.get("page_version"):
            current = str(prop.get("hash") or "")
        elif page.id in self._adopted:  # made by kmcore; its property was never written
            current = new_hash if self._adopted.pop(page.id) else ""
        elif page.version_message.startswith(_MESSAGE) and page.version_author == self._me():
            current = page.version_message[len(_MESSAGE):]  # ours; the property lagged
        else:
            if self.config.conflict_policy != "overwrite":
                raise TargetConflict(
                    f"{subject}: page {page.id} ({page.title!r}) was edited in Confluence "
                    f"since kmcore published it (now version {page.version}); left as it is",
                    hint="Merge the edit into the knowledge base, or set conflict_policy = "
                    '"overwrite" for this target to replace it.')
            current = ""
        same_body = bool(current) and new_hash.startswith(current)
        if not same_body:
            page = self._put(page, rendered, parent, message, subject)
        self._sync_labels(page, labels, prop.get("labels") or [])
        wanted = prop_value(page.version)
        if not (page.prop is not None and page.prop.value == wanted):
            self.client.set_property(page, wanted)
        return page

    def _create(self, rendered: Rendered, parent: str, message: str, value: dict[str, Any],
                subject: str) -> PageInfo:
        try:
            return self.client.create_page(title=rendered.title, body=rendered.body,
                                           parent_id=parent, message=message, prop=value,
                                           labels=sorted(rendered.labels))
        except TitleTaken:
            raise  # the caller may fall back to "Title (record-id)"
        except (NoAnswer, RateLimited, RemoteError) as exc:
            # No answer, or a 5xx (a proxy may say 503 after the work was done): ambiguous.
            # A 429 is documented as "not processed", so it needs no look-up.
            if not isinstance(exc, NoAnswer) and (exc.status or 0) < 500:
                raise
            # The page may exist now: look before anything is sent again.
            found = self.client.find_by_title(rendered.title)
            if found is None:
                raise NoAnswer(f"{subject}: creating its page got no answer, and no page "
                               "was made; it is tried again on the next sync",
                               hint=exc.hint) from None
            owner = self._owner(found)
            if owner is not None and owner != value.get("record_id", value.get("index_of")):
                raise
            identity = str(value.get("record_id") or value.get("index_of"))
            if owner is None and not self._unmarked_ours(found, identity, rendered):
                raise KmcoreError(f"{subject}: a page called {rendered.title!r} appeared in "
                                  "the space meanwhile and kmcore does not own it",
                                  hint="Rename one of them and sync again.") from None
            log.info("%s: the answer to creating page %s was lost; found it", subject, found.id)
            return found

    def _put(self, page: PageInfo, rendered: Rendered, parent: str, message: str,
             subject: str) -> PageInfo:
        try:
            return self.client.update_page(page, title=rendered.title, body=rendered.body,
                                           parent_id=parent, message=message)
        except TitleTaken:
            raise  # the caller may fall back to "Title (record-id)"
        except VersionConflict:
            fresh = self.client.get_page(page.id)
            if fresh is None:
                raise
            if fresh.version_message == message and fresh.version_author == self._me():
                return _keep(fresh, page)  # our write landed; its answer was lost
            if fresh.version != page.version and self.config.conflict_policy != "overwrite":
                raise TargetConflict(
                    f"{subject}: page {page.id} was edited in Confluence while kmcore was "
                    f"writing it (now version {fresh.version}); left as it is",
                    hint="Merge the edit into the knowledge base, or set conflict_policy = "
                    '"overwrite".') from None
            return self.client.update_page(_keep(fresh, page), title=rendered.title,
                                           body=rendered.body, parent_id=parent,
                                           message=message)

    def _check_version(self, item: Item, page: PageInfo) -> None:
        """The target contract: a change based on an older version of the page than the
        one there now is a conflict (unless ``conflict_policy = "overwrite"``)."""
        if item.remote_version is None or str(page.version) == item.remote_version or \
                self.config.conflict_policy == "overwrite":
            return
        raise TargetConflict(
            f"{item.record_type} {item.record_id}: page {page.id} is at version "
            f"{page.version}, not {item.remote_version} as this change expected; left as it is",
            hint="Sync again: kmcore then reads the page afresh and reports an edit made in "
            "Confluence as a conflict.")

    def _sync_labels(self, page: PageInfo, wanted: list[str], previous: list[str]) -> None:
        current = {lab.lower() for lab in page.labels} if page.labels is not None else set()
        add = [lab for lab in wanted if lab not in current]
        if add:
            self.client.add_labels(page.id, add)
        # Only labels kmcore added earlier are removed: people's own labels stay.
        for lab in previous:
            if lab not in wanted and lab in current:
                self.client.remove_label(page.id, lab)

    def _delete(self, item: Item) -> ItemResult:
        if not item.remote_ref:
            return ItemResult(record_id=item.record_id, ok=True)
        page = self.client.get_page(item.remote_ref)
        if page is None or self._owner(page) != item.record_id:
            return ItemResult(record_id=item.record_id, ok=True)  # gone, or not ours to remove
        prop = page.prop.value if page.prop is not None and isinstance(page.prop.value, dict) \
            else {}
        self._check_version(item, page)
        ours = page.version == prop.get("page_version") or (
            page.version_message.startswith(_MESSAGE) and page.version_author == self._me())
        if not ours and self.config.conflict_policy != "overwrite":
            raise TargetConflict(
                f"{item.record_type} {item.record_id}: page {page.id} was edited in Confluence "
                "since kmcore published it, so it was not withdrawn",
                hint="Move it to the trash by hand if it should go, or set conflict_policy = "
                '"overwrite".')
        self.client.delete_page(page.id)
        return ItemResult(record_id=item.record_id, ok=True)


def _keep(fresh: PageInfo, old: PageInfo) -> PageInfo:
    """*fresh*, keeping what it was read without (labels, property) from *old*."""
    import attrs

    return attrs.evolve(fresh, labels=fresh.labels if fresh.labels is not None else old.labels,
                        prop=fresh.prop or old.prop)


def _title(label: str) -> str:
    title = " ".join(label.split())
    return title[:255] if title else "(untitled)"


def _alt_title(record: Record) -> str:
    suffix = f" ({record.id})"
    return _title(record.label)[: 255 - len(suffix)] + suffix
