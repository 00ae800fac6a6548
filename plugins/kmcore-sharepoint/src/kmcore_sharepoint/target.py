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

import json
import logging
import math
import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import attrs
from kmcore.errors import AuthError, BackendError, ConfigError, KmcoreError, PermissionDenied
from kmcore.sync.ledger import target_folder
from kmcore.sync.model import Item, ItemResult, PulledItem, SyncContext, TargetCheck, TargetConfig

from kmcore_sharepoint.auth import TokenProvider
from kmcore_sharepoint.graph import MAX_BATCH, BatchRequest, BatchResponse, GraphClient
from kmcore_sharepoint.mapping import KEY_COLUMN, ListSchema, schema_for
from kmcore_sharepoint.provision import MANAGE_HINT, Drift, ensure_lists
from kmcore_sharepoint.settings import SharePointSettings, parse_settings

if TYPE_CHECKING:
    from kmcore.kb import KnowledgeBase

__all__ = ["SharePointTarget"]

log = logging.getLogger("kmcore.sharepoint")

STATE_FILE = "sharepoint.json"
_WRITE_HINT = ("Changing list items needs the 'write' role on the site (a Sites.Selected "
               "grant) or Sites.ReadWrite.All; ask your SharePoint administrator.")
_MAX_ROUNDS = 8


@attrs.define
class _Op:
    item: Item
    schema: ListSchema
    list_id: str
    fields: dict[str, Any] | None
    step: str
    item_id: str | None = None
    etag: str | None = None
    tries: int = 0
    result: ItemResult | None = None


class SharePointTarget:
    """Publishes records to SharePoint lists; see the module docstring."""

    def __init__(self, config: TargetConfig, kb: KnowledgeBase, *,
                 tokens: TokenProvider | None = None) -> None:
        self.config = config
        self.kb = kb
        self.settings: SharePointSettings = parse_settings(config.name, config.settings,
                                                           base=kb.root)
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
        for record_type in self.settings.lists:
            if record_type not in self.schemas:
                raise ConfigError(
                    f"kmcore.toml: $.targets.{config.name}.lists: {record_type!r} is not a "
                    "record type this target publishes",
                    hint=f"Use some of: {', '.join(sorted(self.schemas))}.")
        for record_type in self.settings.pages:
            if record_type not in self.schemas:
                raise ConfigError(
                    f"kmcore.toml: $.targets.{config.name}.pages: {record_type!r} is not a "
                    "record type this target publishes",
                    hint=f"Use some of: {', '.join(sorted(self.schemas))}.")
        self.tokens = tokens or TokenProvider(self.settings)
        self.client = GraphClient(self.settings, self.tokens)
        self.folder = target_folder(kb.root, config.name)
        self._state: dict[str, Any] | None = None
        self._drift: list[Drift] = []
        self._blocked_columns: dict[str, set[str]] = {}
        self._ready = False
        self._written: dict[str, str] = {}  # remote ref -> eTag we wrote this run
        self._people: dict[str, str] | None = None  # person id -> People list item id
        self._cursor: str | None = None  # what pull() answered this run
        self._closed = False

    # --- state ---------------------------------------------------------------------------

    @property
    def state(self) -> dict[str, Any]:
        if self._state is None:
            path = self.folder / STATE_FILE
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (FileNotFoundError, ValueError):
                data = {}
            if not isinstance(data, dict) or data.get("site_url") != self.settings.site_url:
                data = {"site_url": self.settings.site_url}
            self._state = data
        return self._state

    def _save_state(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".sharepoint-")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(self.state, fh, indent=1)
            os.replace(tmp, self.folder / STATE_FILE)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

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
        self._save_state()
        self._drift = result.drift
        self._blocked_columns = {}
        for problem in result.drift:
            if problem.blocking:
                self._blocked_columns.setdefault(problem.list_name, set()).add(problem.column)
                log.warning("SharePoint %s", problem.describe())
        return result

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

    def _fields(self, schema: ListSchema, item: Item) -> dict[str, Any]:
        assert item.record is not None
        lookups = self._person_item if schema.needs_people else None
        fields = schema.to_fields(item.record, lookups)
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
            # Every item fails for the same reason; say what to do in each item's error,
            # where the report shows it.
            error = exc.message + (f". What to do: {exc.hint}" if exc.hint else "")
            retryable = not isinstance(exc, (ConfigError, PermissionDenied, AuthError))
            return [ItemResult(record_id=i.record_id, ok=False, error=error,
                               retryable=retryable) for i in items]
        ops: list[_Op] = []
        for item in items:
            ops.append(self._op(item))
        for _ in range(_MAX_ROUNDS):
            active = [op for op in ops if op.result is None]
            if not active:
                break
            requests = [self._request(n, op) for n, op in enumerate(active)]
            answers = self.client.batch(requests)
            for request, op in zip(requests, active, strict=True):
                self._advance(op, answers[request.id])
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

    def _op(self, item: Item) -> _Op:
        schema = self.schemas.get(item.record_type)
        fail = None
        if schema is None:
            fail = f"record type {item.record_type!r} is not published by this target"
        else:
            try:
                self._schema_ok(schema)
            except ConfigError as exc:
                fail = f"{exc.message} ({exc.hint})"
        list_id = self._list_id(item.record_type) if schema else None
        if fail or schema is None or list_id is None:
            op = _Op(item, schema or next(iter(self.schemas.values())), "", None, "done")
            op.result = ItemResult(record_id=item.record_id, ok=False,
                                   error=fail or "the list for this record type is not known")
            return op
        if item.op == "create":
            return _Op(item, schema, list_id, self._fields(schema, item), "create")
        ref = _parse_ref(item.remote_ref)
        if ref is None or ref[0] != list_id:
            if item.op == "delete" and ref is None and item.remote_ref is None:
                # Never confirmed created: find it by key, if it is there at all.
                return _Op(item, schema, list_id, None, "lookup")
            op = _Op(item, schema, list_id, None, "done")
            op.result = ItemResult(
                record_id=item.record_id, ok=False,
                error=f"{item.remote_ref!r} is not an item of the SharePoint list "
                f"{schema.list_name!r}; it is looked up by record id on the next create")
            return op
        fields = self._fields(schema, item) if item.op == "update" else None
        return _Op(item, schema, list_id, fields, "patch" if item.op == "update" else "delete",
                   item_id=ref[1], etag=item.remote_version)

    def _items_url(self, op: _Op) -> str:
        return f"/sites/{self.site_id}/lists/{op.list_id}/items"

    def _request(self, n: int, op: _Op) -> BatchRequest:
        base = self._items_url(op)
        rid = str(n + 1)
        if op.step == "create":
            return BatchRequest(rid, "POST", base, body={"fields": op.fields})
        if op.step == "lookup":
            key = op.item.record_id.replace("'", "''")
            return BatchRequest(rid, "GET", f"{base}?$filter=fields/{KEY_COLUMN} eq "
                                f"'{quote(key)}'&$expand=fields")
        headers = {"If-Match": op.etag} if op.etag else {}
        if op.step == "patch":
            return BatchRequest(rid, "PATCH", f"{base}/{op.item_id}/fields", body=op.fields,
                                headers=headers)
        if op.step == "verify":
            return BatchRequest(rid, "GET", f"{base}/{op.item_id}?$expand=fields")
        if op.step == "delete":
            return BatchRequest(rid, "DELETE", f"{base}/{op.item_id}", headers=headers)
        raise AssertionError(op.step)

    def _done(self, op: _Op, *, ok: bool = True, version: str | None = None,
              error: str | None = None, retryable: bool = False, conflict: bool = False
              ) -> None:
        ref = f"{op.list_id}/{op.item_id}" if op.item_id else None
        op.result = ItemResult(record_id=op.item.record_id, ok=ok,
                               remote_ref=ref if ok or conflict else None,
                               remote_version=version, error=error, retryable=retryable,
                               conflict=conflict)

    def _advance(self, op: _Op, answer: BatchResponse) -> None:
        status = answer.status
        if status == 0:  # no answer: the write may or may not have landed; ask again
            op.tries += 1
            if op.tries > 4:
                self._done(op, ok=False, retryable=True, error=answer.describe())
            return
        if status in (429, 503, 504) or status >= 500:
            op.tries += 1
            if status in (429, 503, 504) or op.tries > 3:
                self._done(op, ok=False, retryable=True, error=answer.describe())
            return
        if status in (401, 403):
            self._done(op, ok=False, error=f"{answer.describe()}. {_WRITE_HINT}")
            return
        step = op.step
        body = answer.body if isinstance(answer.body, dict) else {}
        if step == "create":
            if status == 201 or answer.ok:
                op.item_id = str(body.get("id"))
                self._done(op, version=_etag(body, answer))
            elif status == 409 or (status == 400 and "duplicate" in answer.describe().lower()):
                op.step = "lookup"  # it exists: made by an earlier try whose answer was lost
            else:
                self._done(op, ok=False, error=answer.describe())
        elif step == "lookup":
            found = [v for v in body.get("value") or [] if isinstance(v, dict)]
            if not answer.ok:
                self._done(op, ok=False, error=answer.describe())
            elif not found:
                if op.item.op == "delete":
                    self._done(op)  # nothing there to delete
                else:
                    op.tries += 1
                    op.step = "create"
            else:
                held = found[0]
                op.item_id, op.etag = str(held.get("id")), _etag(held, None)
                if op.item.op == "delete":
                    op.step = "delete"
                elif op.fields is not None and op.schema.same_values(
                        op.fields, held.get("fields") or {}):
                    self._done(op, version=op.etag)
                else:
                    op.step = "patch"
        elif step == "patch":
            if answer.ok:
                self._done(op, version=_etag(body, answer))
            elif status == 412:
                op.step = "verify"
            elif status == 404:
                self._done(op, ok=False, conflict=True,
                           error="the item was deleted in SharePoint since the last sync")
            else:
                self._done(op, ok=False, error=answer.describe())
        elif step == "verify":
            if answer.ok and op.fields is not None and op.schema.same_values(
                    op.fields, body.get("fields") or {}):
                self._done(op, version=_etag(body, answer))  # our write had landed
            elif answer.ok:
                self._done(op, ok=False, conflict=True,
                           error="edited in SharePoint since the last sync: left as it is")
            elif status == 404:
                self._done(op, ok=False, conflict=True,
                           error="the item was deleted in SharePoint since the last sync")
            else:
                self._done(op, ok=False, error=answer.describe())
        elif step == "delete":
            if answer.ok or status == 404:
                self._done(op)
            elif status == 412:
                self._done(op, ok=False, conflict=True,
                           error="edited in SharePoint since the last sync: not deleted")
            else:
                self._done(op, ok=False, error=answer.describe())

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
                versions[ref] = _etag(answer.body, answer) or ""
            elif answer.status not in (404, 410):
                raise BackendError(f"could not read the SharePoint item {ref}: "
                                   f"{answer.describe()}",
                                   hint="Nothing was sent; run the sync again later.")
        return versions

    # --- pull ---------------------------------------------------------------------------

    def pull(self, cursor: str | None) -> tuple[list[PulledItem], str] | None:
        """Items added or edited in the lists since *cursor* (delta query).

        The cursor is the JSON of each list's deltaLink. :meth:`finish` may have read further
        since (D73): what it read is kept in the state file under the cursor it started
        from, and used only when the engine hands back that same cursor, so a dry run's pull
        (whose cursor the engine does not keep) never makes a later run skip changes.
        """
        deltas: dict[str, Any] = self.state.setdefault("deltas", {})
        if "site_id" not in self.state or not self.state.get("lists"):
            self.resolve_site()
            found = ensure_lists(self.client, self.site_id, list(self.schemas.values()),
                                 create=False)
            if not found.list_ids:
                self._cursor = json.dumps({})
                return [], self._cursor
            self.state["lists"] = dict(found.list_ids)
        ahead = deltas.get(cursor) if cursor else None
        links: dict[str, str] = {}
        raws: list[dict[str, Any]] = []
        if isinstance(ahead, dict):
            links = {str(k): str(v) for k, v in (ahead.get("links") or {}).items()}
            raws = list(ahead.get("pending") or [])
        elif cursor:
            try:
                links = {str(k): str(v) for k, v in json.loads(cursor).items()}
            except (ValueError, AttributeError):
                links = {}
        links = self._on_this_endpoint(links)
        pulled: list[PulledItem] = []
        by_list = {lid: self.schemas[t] for t, lid in self.state["lists"].items()
                   if t in self.schemas}
        for list_id, items, link in self._read_deltas(by_list, links):
            links[list_id] = link
            raws.extend({"list": list_id, **i} for i in items)
        for raw in self._with_fields(raws, by_list):
            schema = by_list.get(str(raw.get("list")))
            if schema is None or raw.get("deleted") or not isinstance(raw.get("fields"), dict):
                continue
            fields = raw["fields"]
            pulled.append(PulledItem(
                remote_ref=f"{raw['list']}/{raw['id']}", remote_version=_etag(raw, None),
                data=schema.to_data(fields),
                record_id=str(fields[KEY_COLUMN]) if fields.get(KEY_COLUMN) else None))
        new_cursor = json.dumps(links, sort_keys=True)
        self._cursor = new_cursor
        # Keep the last few cursors' read-ahead only (a dry run adds one the engine drops).
        kept = {k: v for k, v in list(deltas.items())[-2:] if k != new_cursor}
        kept[new_cursor] = {"links": links, "pending": []}
        self.state["deltas"] = kept
        self._save_state()
        return pulled, new_cursor

    def _read_deltas(self, by_list: Mapping[str, ListSchema], links: Mapping[str, str]
                     ) -> Iterable[tuple[str, list[dict[str, Any]], str]]:
        """(list id, changed items, new deltaLink) per list; first requests batched."""
        first: dict[str, str] = {}
        for list_id in by_list:
            link = links.get(list_id)
            first[list_id] = self.client.relative(link) if link else (
                f"/sites/{self.site_id}/lists/{list_id}/items/delta?token=latest")
        ids = sorted(first)
        if len(ids) == 1:
            answers = {"1": self._get_as_batch(first[ids[0]])}
        else:
            answers = self.client.batch([BatchRequest(str(n + 1), "GET", first[i])
                                         for n, i in enumerate(ids)])
        for n, list_id in enumerate(ids):
            yield list_id, *self._follow(list_id, answers[str(n + 1)])

    def _get_as_batch(self, url: str) -> BatchResponse:
        response = self.client.call("GET", url)
        try:
            body = response.json() if response.content else None
        except ValueError:
            body = None
        return BatchResponse("1", response.status_code, dict(response.headers), body)

    def _follow(self, list_id: str, answer: BatchResponse) -> tuple[list[dict[str, Any]], str]:
        items: list[dict[str, Any]] = []
        restarts = 0
        while True:
            if answer.status == 410:
                # The token expired: Graph says where to start again (a full enumeration);
                # the engine recognises items it already has by their eTags.
                location = _header(answer.headers, "Location") or \
                    f"/sites/{self.site_id}/lists/{list_id}/items/delta"
                restarts += 1
                if restarts > 2:
                    raise BackendError("SharePoint keeps answering 410 Gone to the delta query",
                                       hint="Run the sync again later.")
                items.clear()
                answer = self._get_as_batch(self._expand(self.client.relative(location)))
                continue
            if not answer.ok or not isinstance(answer.body, dict):
                raise BackendError(f"reading changes from SharePoint list {list_id} failed: "
                                   f"{answer.describe()}",
                                   hint="Publishing goes on; changes are read next time.")
            items.extend(v for v in answer.body.get("value") or [] if isinstance(v, dict))
            if answer.body.get("@odata.deltaLink"):
                return items, str(answer.body["@odata.deltaLink"])
            next_link = answer.body.get("@odata.nextLink")
            if not next_link:
                raise BackendError("the delta answer had neither a nextLink nor a deltaLink")
            answer = self._get_as_batch(self.client.relative(str(next_link)))

    def _on_this_endpoint(self, links: Mapping[str, str]) -> dict[str, str]:
        """Delta links kept from an earlier run, less those on another host than
        ``graph_endpoint`` (it was changed, or the link is damaged): such a link would fail
        in every ``$batch`` for ever. Its list's delta starts again from the beginning, and
        items kmcore already has are recognised by their eTags."""
        root = self.settings.graph_root
        kept: dict[str, str] = {}
        for list_id, link in links.items():
            if link.startswith(root + "/"):
                kept[list_id] = link
            else:
                log.warning("SharePoint list %s: the saved delta link is not on %s; reading "
                            "its changes again from the start", list_id, root)
                kept[list_id] = root + self._expand(
                    f"/sites/{self.site_id}/lists/{list_id}/items/delta")
        return kept

    def _expand(self, url: str) -> str:
        if "$expand=" in url:
            return url
        sep = "&" if "?" in url else "?"
        return f"{url}{sep}$expand=fields&$top={self.settings.page_size}"

    def _with_fields(self, raws: list[dict[str, Any]], by_list: Mapping[str, ListSchema]
                     ) -> list[dict[str, Any]]:
        """Delta may answer without fields: read those items' fields, batched."""
        missing = [r for r in raws if not r.get("deleted") and "fields" not in r
                   and str(r.get("list")) in by_list]
        if not missing:
            return raws
        answers = self.client.batch([
            BatchRequest(str(n + 1), "GET", f"/sites/{self.site_id}/lists/{r['list']}/items/"
                         f"{r['id']}?$expand=fields") for n, r in enumerate(missing)])
        for n, raw in enumerate(missing):
            answer = answers[str(n + 1)]
            if answer.ok and isinstance(answer.body, dict):
                raw.update(fields=answer.body.get("fields"), eTag=_etag(answer.body, answer))
        return raws

    # --- finish -------------------------------------------------------------------------

    def finish(self, context: SyncContext) -> None:
        """Read the delta past this run's own writes; publish pages."""
        if context.dry_run:
            return
        if self._written:
            self._catch_up()
        if self.settings.pages:
            from kmcore_sharepoint.pages import publish_pages

            publish_pages(self, context)
        self._save_state()

    def _catch_up(self) -> None:
        """Follow each written list's delta to the end now, so that the next run does not
        pay to read back what kmcore itself wrote. Anything else found is kept for the next
        pull."""
        deltas: dict[str, Any] = self.state.setdefault("deltas", {})
        entry = deltas.get(self._cursor) if self._cursor is not None else None
        if not isinstance(entry, dict):
            entry = {"links": {}, "pending": []}
        links: dict[str, str] = self._on_this_endpoint(dict(entry.get("links") or {}))
        written_lists = {ref.split("/", 1)[0] for ref in self._written}
        pending = list(entry.get("pending") or [])
        for list_id in sorted(written_lists):
            link = links.get(list_id)
            url = self.client.relative(link) if link else self._expand(
                f"/sites/{self.site_id}/lists/{list_id}/items/delta")
            items, new_link = self._follow(list_id, self._get_as_batch(url))
            for raw in items:
                ref = f"{list_id}/{raw.get('id')}"
                if raw.get("deleted") or self._written.get(ref) == _etag(raw, None):
                    continue
                pending.append({"list": list_id, **raw})
            links[list_id] = new_link
        if self._cursor is not None:
            deltas[self._cursor] = {"links": links, "pending": pending}

    # --- doctor and dry run -------------------------------------------------------------

    def diagnose(self) -> Iterable[TargetCheck]:
        """Token, site, permission probe and list schema drift, each with a fix.

        Each message starts with the check's name (``intranet: token: ...``), since
        ``kmcore doctor`` prints messages alone.
        """
        for check in self._diagnose():
            yield attrs.evolve(check, message=f"{check.name}: {check.message}")

    def _diagnose(self) -> Iterable[TargetCheck]:
        name = self.config.name
        try:
            claims = self.tokens.claims()
        except KmcoreError as exc:
            yield TargetCheck(name=f"{name}: token", status="fail", message=exc.message,
                              hint=exc.hint)
            return
        roles = claims.get("roles") or []
        scopes = str(claims.get("scp") or "").split()
        granted = ", ".join(roles or scopes) or "none"
        if not roles and not scopes:
            yield TargetCheck(name=f"{name}: token", status="fail",
                              message="a token was issued, but it carries no permissions",
                              hint="An administrator must grant admin consent for the app's "
                              "Microsoft Graph permission (Sites.Selected).")
            return
        broad = [r for r in roles if r in ("Sites.ReadWrite.All", "Sites.FullControl.All",
                                           "Sites.Manage.All")]
        yield TargetCheck(
            name=f"{name}: token", status="warn" if broad else "ok",
            message=f"signed in as app {self.settings.client_id} ({self.settings.auth}); "
            f"permissions: {granted}",
            hint="The app can reach every site in the tenant; Sites.Selected with a grant on "
            "this one site is enough and safer (docs/sharepoint.md)." if broad else None)
        try:
            self.state.pop("site_id", None)
            site_id = self.resolve_site()
        except KmcoreError as exc:
            yield TargetCheck(name=f"{name}: site", status="fail", message=exc.message,
                              hint=exc.hint)
            return
        yield TargetCheck(name=f"{name}: site", status="ok",
                          message=f"{self.settings.site_url} found (id {site_id})")
        try:
            result = ensure_lists(self.client, site_id, list(self.schemas.values()),
                                  create=False)
        except KmcoreError as exc:
            yield TargetCheck(name=f"{name}: lists", status="fail", message=exc.message,
                              hint=exc.hint)
            return
        yield from self._probe(result.list_ids)
        if result.missing:
            yield TargetCheck(
                name=f"{name}: lists", status="warn",
                message=f"not created yet: {', '.join(result.missing)}",
                hint=("The first sync creates them (provision = true) if the app has the "
                      "'manage' role; otherwise: " + MANAGE_HINT)
                if self.settings.provision else MANAGE_HINT)
        else:
            yield TargetCheck(name=f"{name}: lists", status="ok",
                              message=f"{len(result.list_ids)} lists found")
        if result.drift:
            for problem in result.drift:
                yield TargetCheck(
                    name=f"{name}: schema", status="fail" if problem.blocking else "warn",
                    message=problem.describe(),
                    hint="Undo the change in the list's settings (or delete the column and "
                    "run `kmcore sharepoint provision` to add it back); kmcore does not "
                    "overwrite a site owner's change." if problem.blocking else None)
        elif result.list_ids:
            yield TargetCheck(name=f"{name}: schema", status="ok",
                              message="every kmcore column is as kmcore made it")

    def _probe(self, list_ids: Mapping[str, str]) -> Iterable[TargetCheck]:
        """A cheap write-permission probe: PATCH an item id that cannot exist. 404 means
        the app may write (the item is simply not there); 403 means it may not."""
        name = self.config.name
        if not list_ids:
            return
        list_id = next(iter(list_ids.values()))
        response = self.client.call(
            "PATCH", f"/sites/{self.site_id}/lists/{list_id}/items/2147483647/fields",
            json={})
        if response.status_code == 403:
            yield TargetCheck(name=f"{name}: permission", status="fail",
                              message="the app may read the site but not change list items",
                              hint=_WRITE_HINT)
        elif response.status_code in (404, 400, 200):
            yield TargetCheck(name=f"{name}: permission", status="ok",
                              message="the app may change list items on this site")
        else:
            yield TargetCheck(name=f"{name}: permission", status="warn",
                              message=f"the write probe answered HTTP {response.status_code}",
                              hint="Run `kmcore doctor` again later.")

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


def _header(headers: Mapping[str, str], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value
    return None


def _etag(body: Mapping[str, Any], answer: BatchResponse | None) -> str | None:
    for key in ("eTag", "@odata.etag"):
        value = body.get(key)
        if isinstance(value, str) and value:
            return value
    fields = body.get("fields")
    if isinstance(fields, dict) and isinstance(fields.get("@odata.etag"), str):
        return str(fields["@odata.etag"])
    if answer is not None:
        return _header(answer.headers, "ETag")
    return None
