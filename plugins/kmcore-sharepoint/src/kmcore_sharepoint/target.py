"""The SharePoint target: records as list items (and, optionally, site pages) through Graph.

Built by the ``sharepoint`` backend from a ``[targets.NAME]`` table; the factory does not
touch the network (doctor and dry runs build targets cheaply): the site, the lists and a
token are resolved on first use and the ids remembered in
``.kmcore/targets/<name>/sharepoint.json``.

How each engine call maps to Graph:

* :meth:`apply`: one ``$batch`` per 20 changes. Creates are ``POST items`` with the record's
  id in the unique, indexed ``KmKey`` column, so a create sent again after a lost answer is
  refused by SharePoint (409) and answered by looking the item up: never a duplicate.
  Updates are ``PATCH items/{id}/fields`` with ``If-Match`` (412 → re-read: our own write
  that landed is success; anybody else's is a conflict, nothing is written). Deletes are
  ``DELETE`` with ``If-Match``; an item already gone is success.
* :meth:`remote_versions`: ``GET items/{id}`` for each, batched.
* :meth:`pull`: the delta query per list from the stored deltaLink (``token=latest`` the first
  time; 410 → restart from the ``Location`` Graph gives); items staff added or edited come
  back as :class:`~kmcore.sync.model.PulledItem`.
* :meth:`finish`: reads the delta past kmcore's own writes of this run, so the next run's
  pull costs one request, and publishes site pages for the record types in ``pages``.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from kmcore import gates
from kmcore.backend import (
    AuthError,
    BackendError,
    BaseTarget,
    ConfigError,
    Item,
    ItemResult,
    KmcoreError,
    PermissionDenied,
    PulledItem,
    StateFile,
    SyncContext,
    TargetCheck,
    TargetConfig,
    error_text,
    target_folder,
)

from kmcore_sharepoint.auth import TokenProvider
from kmcore_sharepoint.graph import MAX_BATCH, BatchRequest, GraphClient
from kmcore_sharepoint.mapping import KEY_COLUMN, ListSchema, schema_for
from kmcore_sharepoint.ops import MAX_ROUNDS, Op, Step, etag_of
from kmcore_sharepoint.provision import Drift, ensure_lists
from kmcore_sharepoint.settings import SharePointSettings

if TYPE_CHECKING:
    from kmcore.kb import KnowledgeBase
    from kmcore.records.base import Record

__all__ = ["SharePointTarget"]

log = logging.getLogger("kmcore.sharepoint")

STATE_FILE = "sharepoint.json"
STATE_VERSION = 1


class SharePointTarget(BaseTarget):
    """Publishes records to SharePoint lists; see the module docstring."""

    settings_class = SharePointSettings
    settings: SharePointSettings

    def __init__(self, config: TargetConfig, kb: KnowledgeBase, *,
                 tokens: TokenProvider | None = None) -> None:
        super().__init__(config, kb)  # checks the settings; no network here
        # Several envelopes per engine batch, so that `concurrency` of them are always in
        # flight (a batch waits for its slowest envelope before the next one starts).
        self.batch_size = MAX_BATCH * self.settings.concurrency * 4
        self.schemas: dict[str, ListSchema] = {}
        wanted = set(config.record_types) or set(kb.types)
        people = "person" in wanted
        for name, spec in sorted(kb.types.items()):
            if name in wanted:
                list_name = self.settings.lists.get(name) or spec.plural
                # The People list looks up into no list (a lookup into itself could not be
                # made when the list is created).
                self.schemas[name] = schema_for(spec.cls, list_name,
                                                people=people and name != "person")
        for key, named in (("lists", self.settings.lists), ("pages", self.settings.pages)):
            for record_type in named:
                if record_type not in self.schemas:
                    raise ConfigError(
                        f"kmcore.toml: $.targets.{config.name}.{key}: {record_type!r} is not "
                        "a record type this target publishes",
                        hint=f"Use some of: {', '.join(sorted(self.schemas))}.")
        self.tokens = tokens or TokenProvider(self.settings)
        self.client = GraphClient(self.settings, self.tokens)
        self.folder = target_folder(kb.root, config.name)
        self._state_file = StateFile(self.folder / STATE_FILE, version=STATE_VERSION,
                                     owner=self.settings.site_url)
        self._drift: list[Drift] = []
        self._blocked_columns: dict[str, set[str]] = {}
        self._ready = False
        self._written: dict[str, str] = {}  # remote ref -> eTag we wrote this run
        self._people: dict[str, str] | None = None  # person id -> People list item id
        self._shown: dict[str, bool] = {}  # record id -> published on this target now
        self._cursor: str | None = None  # what pull() answered this run
        self._refilled: dict[str, list[str]] = {}  # record type -> columns refilled this run
        self._closed = False

    # --- state ---------------------------------------------------------------------------

    @property
    def state(self) -> dict[str, Any]:
        """Ids remembered between runs (site, lists, delta links, pages); one site's only."""
        data = self._state_file.data
        # Files written before the toolkit named their site in a key of their own.
        legacy = data.pop("site_url", None)
        if legacy not in (None, self.settings.site_url):
            data.clear()
        return data

    def _save_state(self) -> None:
        self._state_file.save()

    @property
    def site_id(self) -> str:
        return str(self.state["site_id"])

    def _list_id(self, record_type: str) -> str | None:
        found = (self.state.get("lists") or {}).get(record_type)
        return str(found) if found else None

    # --- connecting ---------------------------------------------------------------------

    def resolve_site(self) -> str:
        """The site's Graph id (``host,collection,web``), asked for once and remembered."""
        if "site_id" not in self.state:
            self._read_site()
        return self.site_id

    def check_access(self) -> None:
        """Sign in and read the site once per run (one request), before anything else: a
        broken sign-in, revoked consent or a removed grant fails the run with its own cause
        and fix, even when there is nothing to publish."""
        self._read_site()

    def _read_site(self) -> None:
        s = self.settings
        body = self.client.get_json(
            f"/sites/{s.site_host}:{quote(s.site_path)}",
            f"finding the SharePoint site {s.site_url}",
            forbidden_hint="The app has no access to this site: ask your SharePoint "
            "administrator for a Sites.Selected grant on it (role write, or manage for "
            "the first run, which creates the lists).")
        site_id = str(body["id"])
        if self.state.get("site_id") != site_id:
            self.state["site_id"] = site_id
            self._save_state()

    def provision(self, *, create: bool | None = None, add_columns: bool | None = None) -> Any:
        """Find or create the lists and check their columns (``kmcore sharepoint provision``).

        :param create: create missing lists (default: the ``provision`` setting).
        :param add_columns: add columns missing from existing lists (default: *create*).
        """
        site_id = self.resolve_site()
        result = ensure_lists(self.client, site_id, list(self.schemas.values()),
                              create=self.settings.provision if create is None else create,
                              add_columns=add_columns)
        self.state["lists"] = dict(result.list_ids)
        self._drift = result.drift
        self._blocked_columns = {}
        for problem in result.drift:
            if problem.blocking:
                self._blocked_columns.setdefault(problem.list_name, set()).add(problem.column)
                log.warning("SharePoint %s", problem.describe())
        self._note_emptied_columns(result)
        self._save_state()
        return result

    def _note_emptied_columns(self, result: Any) -> None:
        """Remember columns whose values the items have lost: a column found missing (SharePoint
        deletes a column's values with it) or added back to an existing list. Once each is
        there again, :meth:`stale_types` has every item of its list written again."""
        emptied: dict[str, list[str]] = self.state.setdefault("emptied_columns", {})
        by_list = {schema.list_name: record_type for record_type, schema in self.schemas.items()}
        found = [(p.list_name, p.column) for p in result.drift if p.problem == "missing"]
        for added in result.added_columns:  # "List name.Column"; a list name may hold a dot
            list_name, _, column = added.rpartition(".")
            found.append((list_name, column))
        for list_name, column in found:
            record_type = by_list.get(list_name)
            if record_type is None or list_name in result.created:
                continue
            columns = set(emptied.get(record_type) or ()) | {column}
            emptied[record_type] = sorted(columns)

    def stale_types(self) -> dict[str, str]:
        """Record types whose items must all be written again, with why: a column of their
        list lost its values and is back now (see :meth:`_note_emptied_columns`). Reads the
        lists' columns only when such a column is known, so a quiet run costs nothing more."""
        emptied: dict[str, list[str]] = self.state.get("emptied_columns") or {}
        if not emptied:
            return {}
        self._ensure_ready()
        stale: dict[str, str] = {}
        for record_type, columns in emptied.items():
            schema = self.schemas.get(record_type)
            if schema is None:
                continue
            back = sorted(set(columns) - self._blocked_columns.get(schema.list_name, set()))
            if back:
                stale[record_type] = (
                    f"sent again to fill the column{'s' if len(back) > 1 else ''} "
                    f"{', '.join(back)}, added back to the list {schema.list_name!r}")
                self._refilled[record_type] = back
        return stale

    def _ensure_ready(self) -> None:
        if self._ready:
            return
        if self._closed:
            raise KmcoreError(f"SharePoint target {self.config.name!r} was closed")
        # Once per run: find or create the lists and check their columns, so that a column a
        # site owner deleted or retyped is left alone (and reported) rather than written to.
        result = self.provision(add_columns=False)
        if result.missing:
            raise ConfigError(
                f"target {self.config.name!r}: the lists {', '.join(result.missing)} do "
                "not exist on the site and provision = false",
                hint="Run `kmcore sharepoint provision " + self.config.name + "` with a "
                "'manage' grant, or have a site owner create them.")
        self._ready = True

    def _schema_ok(self, schema: ListSchema) -> None:
        blocked = self._blocked_columns.get(schema.list_name, set())
        if blocked & {KEY_COLUMN, "KmData"}:
            raise ConfigError(
                f"the SharePoint list {schema.list_name!r} has lost kmcore's "
                f"{'/'.join(sorted(blocked & {KEY_COLUMN, 'KmData'}))} column, so kmcore cannot "
                "tell which item is which record", hint="Restore the column (or delete the "
                "list and run `kmcore sharepoint provision`); see `kmcore doctor`.")

    def _person_item(self, person_id: str) -> str | None:
        """The People list item of a person, for lookup columns; the list's index of kmcore
        ids is read once per run, when first needed (one request per 999 people)."""
        if self._people is None:
            self._people = {}
            list_id = self._list_id("person")
            url: str | None = (
                f"/sites/{self.site_id}/lists/{list_id}/items?$expand=fields($select="
                f"{KEY_COLUMN})&$top={self.settings.page_size}" if list_id else None)
            while url:
                body = self.client.get_json(url, "reading the People list's index")
                for value in (body or {}).get("value") or []:
                    key = (value.get("fields") or {}).get(KEY_COLUMN)
                    if key:
                        self._people[str(key)] = str(value.get("id"))
                next_link = (body or {}).get("@odata.nextLink")
                url = self.client.relative(str(next_link)) if next_link else None
        return self._people.get(person_id)

    def _published_here(self, record_id: str) -> bool:
        """Whether *record_id* is published on this target now (read and gated once a run):
        references to anything else are left out of items, so none names what its readers
        may not see (a withdrawn record, a person who objected)."""
        found = self._shown.get(record_id)
        if found is None:
            try:
                record = self.kb.get(record_id)
            except KmcoreError:
                found = False
            else:
                found = gates.eligibility(record, self.config) is None and \
                    not gates.evaluate(record, self.config, self.kb.plugins).blocked
            self._shown[record_id] = found
        return found

    def hidden_references(self, record: Record) -> set[str]:
        """The records *record* references that are not published on this target."""
        return {ref.target for ref in record.references()
                if ref.target != record.id and not self._published_here(ref.target)}

    def _fields(self, schema: ListSchema, item: Item) -> dict[str, Any]:
        assert item.record is not None
        lookups = self._person_item if schema.needs_people else None
        fields = schema.to_fields(item.record, lookups, self.hidden_references(item.record))
        blocked = self._blocked_columns.get(schema.list_name)
        if blocked:
            fields = {k: v for k, v in fields.items() if k.split("@")[0] not in blocked}
        return fields

    # --- apply --------------------------------------------------------------------------

    def apply(self, items: Sequence[Item]) -> list[ItemResult]:
        """Apply a batch of changes; one result per item, in order; never raises for one item."""
        if not items:
            return []
        try:
            self._ensure_ready()
        except KmcoreError as exc:
            # Every item fails for the same reason, said in each item's error (where the
            # report shows it). Settings, sign-in and permission problems need a person;
            # anything else (the site did not answer) is tried again next time.
            retryable = not isinstance(exc, (ConfigError, PermissionDenied, AuthError))
            return [ItemResult(record_id=i.record_id, ok=False, error=error_text(i, exc),
                               retryable=retryable) for i in items]
        ops = [self._op(item) for item in items]
        for _ in range(MAX_ROUNDS):
            active = [op for op in ops if op.result is None]
            if not active:
                break
            requests = [op.request(str(n + 1)) for n, op in enumerate(active)]
            answers = self.client.batch(requests)
            for request, op in zip(requests, active, strict=True):
                op.advance(answers[request.id])
        results = []
        for op in ops:
            if op.result is None:
                op.result = ItemResult(record_id=op.item.record_id, ok=False, retryable=True,
                                       error="no certain answer from SharePoint after several "
                                       "tries; it is checked again on the next sync")
            if op.result.ok and op.result.remote_ref and op.result.remote_version:
                self._written[op.result.remote_ref] = op.result.remote_version
                if op.item.record_type == "person" and self._people is not None:
                    self._people[op.item.record_id] = op.result.remote_ref.split("/", 1)[1]
            results.append(op.result)
        return results

    def _op(self, item: Item) -> Op:
        """The item as an :class:`Op` at its first step (or already failed)."""
        schema = self.schemas.get(item.record_type)
        if schema is None:
            return Op.failed(item, next(iter(self.schemas.values())),
                             f"record type {item.record_type!r} is not published by this "
                             "target")
        try:
            self._schema_ok(schema)
        except ConfigError as exc:
            return Op.failed(item, schema, f"{exc.message} ({exc.hint})")
        list_id = self._list_id(item.record_type)
        if list_id is None:
            return Op.failed(item, schema, "the list for this record type is not known")
        url = f"/sites/{self.site_id}/lists/{list_id}/items"
        if item.op == "create":
            return Op(item, schema, url, list_id, self._fields(schema, item), Step.CREATE)
        ref = _parse_ref(item.remote_ref)
        if ref is None and item.op == "delete" and item.remote_ref is None:
            # Never confirmed created: find it by key, if it is there at all.
            return Op(item, schema, url, list_id, None, Step.LOOKUP)
        if ref is None or ref[0] != list_id:
            return Op.failed(item, schema,
                             f"{item.remote_ref!r} is not an item of the SharePoint list "
                             f"{schema.list_name!r}; it is looked up by record id on the "
                             "next create")
        if item.op == "update":
            return Op(item, schema, url, list_id, self._fields(schema, item), Step.PATCH,
                      item_id=ref[1], etag=item.remote_version)
        return Op(item, schema, url, list_id, None, Step.DELETE, item_id=ref[1],
                  etag=item.remote_version)

    # --- versions -----------------------------------------------------------------------

    def remote_versions(self, refs: Sequence[str]) -> Mapping[str, str] | None:
        """The current eTag of each item (missing: deleted in SharePoint)."""
        self._ensure_ready()
        requests, asked = [], []
        for n, ref in enumerate(refs):
            parsed = _parse_ref(ref)
            if parsed is None:
                continue
            requests.append(BatchRequest(str(n + 1), "GET", f"/sites/{self.site_id}/lists/"
                                         f"{parsed[0]}/items/{parsed[1]}?$select=id,eTag"))
            asked.append(ref)
        answers = self.client.batch(requests) if requests else {}
        versions: dict[str, str] = {}
        for request, ref in zip(requests, asked, strict=True):
            answer = answers[request.id]
            if answer.ok and isinstance(answer.body, dict):
                versions[ref] = etag_of(answer.body, answer) or ""
            elif answer.status not in (404, 410):
                raise BackendError(f"could not read the SharePoint item {ref}: "
                                   f"{answer.describe()}",
                                   hint="Nothing was sent; run the sync again later.")
        return versions

    # --- pull and finish ----------------------------------------------------------------

    def pull(self, cursor: str | None) -> tuple[list[PulledItem], str] | None:
        """Items added or edited in the lists since *cursor* (see :mod:`.delta`)."""
        from kmcore_sharepoint.delta import pull

        return pull(self, cursor)

    # --- finish -------------------------------------------------------------------------

    def finish(self, context: SyncContext) -> None:
        """Read the delta past this run's own writes; publish pages."""
        if context.dry_run:
            return
        if self._written:
            from kmcore_sharepoint.delta import catch_up

            catch_up(self)
        if self.settings.pages:
            from kmcore_sharepoint.pages import publish_pages

            publish_pages(self, context)
        self._forget_refilled()
        self._save_state()

    def _forget_refilled(self) -> None:
        """Columns refilled this run need no more refilling: the engine's ledger keeps any
        item whose write failed due until it lands."""
        emptied: dict[str, list[str]] = self.state.get("emptied_columns") or {}
        for record_type, columns in self._refilled.items():
            left = sorted(set(emptied.get(record_type) or ()) - set(columns))
            if left:
                emptied[record_type] = left
            else:
                emptied.pop(record_type, None)

    # --- doctor and dry run -------------------------------------------------------------

    def checks(self) -> Iterable[TargetCheck]:
        """Token, site, permission probe and list schema drift, each with a fix (shown by
        ``kmcore doctor`` through :meth:`diagnose`, named after the target)."""
        from kmcore_sharepoint.doctor import diagnose

        return diagnose(self)

    def estimate(self, items: Sequence[Item]) -> str | None:
        """How many Graph requests applying *items* will take, in a sentence."""
        known = "site_id" in self.state and all(
            t in (self.state.get("lists") or {}) for t in self.schemas)
        setup = 0 if known else 3
        creates = sum(1 for i in items if i.op == "create")
        updates = sum(1 for i in items if i.op == "update")
        deletes = sum(1 for i in items if i.op == "delete")
        batches = math.ceil(len(items) / MAX_BATCH)
        lists_written = len({i.record_type for i in items})
        catch_up = 0
        if items:
            catch_up = lists_written + math.ceil(creates / self.settings.page_size)
        pull = max(1, math.ceil(len(self.schemas) / MAX_BATCH))
        total = setup + pull + batches + catch_up
        ru = 2 * len(items) + pull
        parts = [f"about {total} Graph requests"]
        detail = []
        if setup:
            detail.append(f"{setup} to find the site and create or check the lists")
        detail.append(f"{pull} to read changes made in SharePoint")
        if items:
            detail.append(f"{batches} batch{'es' if batches != 1 else ''} of up to "
                          f"{MAX_BATCH} changes ({creates} to create, {updates} to update, "
                          f"{deletes} to delete)")
            detail.append(f"{catch_up} to read back this run's own writes")
        return (f"{parts[0]}: {', '.join(detail)}; about {ru} SharePoint resource units, "
                f"sent {self.settings.concurrency} at a time; more if SharePoint throttles")

    def close(self) -> None:
        self.client.close()
        self._closed = True


def _parse_ref(ref: str | None) -> tuple[str, str] | None:
    if not ref or "/" not in ref:
        return None
    list_id, _, item_id = ref.partition("/")
    if not item_id.isdigit() or not list_id:
        return None
    return list_id, item_id
