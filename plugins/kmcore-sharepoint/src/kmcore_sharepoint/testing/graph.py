"""The fake's Microsoft Graph v1.0 resources: sites, lists, columns, items, delta, pages.

Written from the Graph v1.0 reference (site-getbypath, list-create, list-post-columns,
listitem-create/-update/-delete/-list/-delta, sitepage-create/-publish/-update, json-batching)
and its documented behaviour: ``fields`` keyed by internal column names, person and lookup
values as ``<Name>LookupId``, ``@odata.type`` annotations required on multi-value writes,
``If-Match`` eTags with 412, 410 Gone for stale delta tokens, and ``Sites.Selected`` grants
in which ``write`` may change items but not create lists.

:meth:`GraphState.handle` takes one request (already authenticated) and answers
``(status, headers, body)``; the HTTP server and ``$batch`` both call it.
"""

from __future__ import annotations

import base64
import json
import re
import threading
import uuid
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from kmcore_sharepoint.testing.entra import TokenInfo
from kmcore_sharepoint.testing.model import (
    Column,
    FakeItem,
    FakeList,
    Page,
    Site,
    check_canvas,
    now,
    system_columns,
    title_column,
    type_problem,
)

__all__ = ["Column", "FakeItem", "FakeList", "GraphState", "Page", "Reply", "Site"]

Reply = tuple[int, dict[str, str], Any]
_ROLE_RANK = {"read": 1, "write": 2, "manage": 3, "owner": 3, "fullcontrol": 4}
_APP_RANK = {"Sites.Read.All": 1, "Sites.ReadWrite.All": 2, "Sites.Manage.All": 3,
             "Sites.FullControl.All": 4}
_FACETS = ("text", "choice", "number", "dateTime", "boolean", "personOrGroup", "lookup",
           "hyperlinkOrPicture", "currency", "calculated")
_MAX_TOP = 1000
_DEFAULT_TOP = 200


def graph_error(status: int, code: str, message: str, headers: Mapping[str, str] | None = None
                ) -> Reply:
    return status, dict(headers or {}), {"error": {
        "code": code, "message": message,
        "innerError": {"date": now(), "request-id": str(uuid.uuid4())},
    }}


class GraphState:
    """Everything the fake Graph holds, behind one lock."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.sites: dict[str, Site] = {}
        self.lock = threading.RLock()
        self._seq = 0

    # --- admin (the tests' and site owners' side) -----------------------------------------

    def add_site(self, url: str) -> Site:
        parts = urlsplit(url)
        site = Site(host=parts.hostname or "", path=parts.path.rstrip("/") or "/")
        site.id = f"{site.host},{uuid.uuid4()},{uuid.uuid4()}"
        with self.lock:
            self.sites[site.id] = site
        return site

    def site_by_url(self, url: str) -> Site:
        parts = urlsplit(url)
        for site in self.sites.values():
            if site.host == parts.hostname and site.path.lower() == \
                    (parts.path.rstrip("/") or "/").lower():
                return site
        raise KeyError(url)

    def next_seq(self) -> int:
        self._seq += 1
        return self._seq

    def touch(self, lst: FakeList, item_id: str) -> None:
        lst.changes.append((self.next_seq(), item_id))

    # --- dispatch -------------------------------------------------------------------------

    def handle(self, method: str, url: str, headers: Mapping[str, str], body: Any,
               token: TokenInfo) -> Reply:
        """Answer one Graph request; *url* is relative to ``/v1.0`` with its query string."""
        parts = urlsplit(url)
        path = unquote(parts.path)
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        with self.lock:
            try:
                return self._route(method, path, query, headers, body, token)
            except _Refused as exc:
                return exc.reply

    def _route(self, method: str, path: str, query: dict[str, str],
               headers: Mapping[str, str], body: Any, token: TokenInfo) -> Reply:
        m = re.fullmatch(r"/sites/([^/:]+):(/[^:]*?):?", path)
        if m and method == "GET":
            host, spath = m.group(1), m.group(2).rstrip("/") or "/"
            for site in self.sites.values():
                if site.host == host and site.path.lower() == spath.lower():
                    self._need(site, token, "read")
                    return 200, {}, self._site_json(site)
            return graph_error(404, "itemNotFound", "Requested site could not be found")
        m = re.fullmatch(r"/sites/([^/]+)(/.*)?", path)
        if not m:
            return graph_error(400, "BadRequest", f"Resource not found for the segment "
                               f"'{path.strip('/').split('/')[0]}'.")
        found = self.sites.get(m.group(1))
        if found is None:
            return graph_error(404, "itemNotFound", "Requested site could not be found")
        site = found
        rest = m.group(2) or ""
        if rest == "" and method == "GET":
            self._need(site, token, "read")
            return 200, {}, self._site_json(site)
        if rest == "/lists":
            if method == "GET":
                self._need(site, token, "read")
                return self._lists(site, query)
            if method == "POST":
                self._need(site, token, "manage")
                return self._create_list(site, body)
        if rest.startswith("/pages"):
            return self._pages(site, method, rest, query, body, token)
        m = re.fullmatch(r"/lists/([^/]+)(/.*)?", rest)
        if not m:
            return graph_error(400, "BadRequest", f"Unsupported segment in {path}")
        lst = site.lists.get(m.group(1)) or site.list_by_name(m.group(1))
        if lst is None:
            return graph_error(404, "itemNotFound", "The specified list was not found")
        sub = m.group(2) or ""
        if sub == "" and method == "GET":
            self._need(site, token, "read")
            data = self._list_json(site, lst)
            if "columns" in query.get("$expand", query.get("expand", "")):
                data["columns"] = [c.to_json() for c in lst.columns]
            return 200, {}, data
        if sub == "/columns":
            if method == "GET":
                self._need(site, token, "read")
                return 200, {}, {"value": [c.to_json() for c in lst.columns]}
            if method == "POST":
                self._need(site, token, "manage")
                return self._add_column(lst, body)
        if sub == "/items":
            if method == "GET":
                self._need(site, token, "read")
                return self._list_items(site, lst, query, headers)
            if method == "POST":
                self._need(site, token, "write")
                return self._create_item(lst, body, token)
        if sub == "/items/delta" and method == "GET":
            self._need(site, token, "read")
            return self._delta(site, lst, query)
        m = re.fullmatch(r"/items/([^/]+)(/fields)?", sub)
        if m:
            item_id, fields = m.group(1), bool(m.group(2))
            if method == "GET":
                self._need(site, token, "read")
                item = lst.items.get(item_id)
                if item is None:
                    return graph_error(404, "itemNotFound", "The specified list item was not found")
                return 200, {}, self._item_json(site, lst, item, query.get("$expand", ""))
            if method == "PATCH" and fields:
                self._need(site, token, "write")
                return self._update_item(lst, item_id, body, headers, token)
            if method == "DELETE" and not fields:
                self._need(site, token, "write")
                return self._delete_item(lst, item_id, headers)
        return graph_error(405, "BadRequest", f"{method} is not supported on {path}")

    # --- permissions -------------------------------------------------------------------

    def _need(self, site: Site, token: TokenInfo, level: str) -> None:
        want = _ROLE_RANK[level]
        if token.user is not None:
            if "Sites.ReadWrite.All" in token.scopes or "Sites.Manage.All" in token.scopes:
                return
            raise _Refused(graph_error(403, "accessDenied", "Access denied"))
        app_rank = max((_APP_RANK.get(r, 0) for r in token.roles), default=0)
        if app_rank >= want:
            return
        if "Sites.Selected" in token.roles:
            granted = _ROLE_RANK.get(site.grants.get(token.client_id, ""), 0)
            if granted >= want:
                return
        raise _Refused(graph_error(403, "accessDenied", "Access denied"))

    # --- sites and lists ----------------------------------------------------------------

    def _site_json(self, site: Site) -> dict[str, Any]:
        return {"id": site.id, "name": site.path.rsplit("/", 1)[-1],
                "displayName": site.display_name,
                "webUrl": f"https://{site.host}{site.path}",
                "siteCollection": {"hostname": site.host}}

    def _list_json(self, site: Site, lst: FakeList) -> dict[str, Any]:
        return {"id": lst.id, "name": lst.name, "displayName": lst.display_name,
                "createdDateTime": lst.created,
                "webUrl": f"https://{site.host}{site.path}/Lists/{lst.name}",
                "list": {"template": lst.template, "hidden": False}}

    def _lists(self, site: Site, query: dict[str, str]) -> Reply:
        lists = list(site.lists.values())
        flt = query.get("$filter", "")
        m = re.fullmatch(r"displayName eq '((?:[^']|'')*)'", flt.strip())
        if flt and not m:
            return graph_error(400, "invalidRequest", f"Unsupported $filter: {flt}")
        if m:
            name = m.group(1).replace("''", "'")
            lists = [lst for lst in lists if lst.display_name == name]
        return 200, {}, {"value": [self._list_json(site, lst) for lst in lists]}

    def _create_list(self, site: Site, body: Any) -> Reply:
        if not isinstance(body, dict) or not isinstance(body.get("displayName"), str):
            return graph_error(400, "invalidRequest", "displayName is required")
        name = body["displayName"]
        if site.list_by_name(name) is not None:
            return graph_error(409, "nameAlreadyExists",
                               "The specified name is already in use.")
        template = (body.get("list") or {}).get("template", "genericList")
        lst = FakeList(display_name=name, name=re.sub(r"[^A-Za-z0-9]", "", name) or "List",
                       template=template, columns=[title_column(), *system_columns()])
        for definition in body.get("columns") or []:
            reply = self._add_column(lst, definition)
            if reply[0] != 201:
                return reply
        site.lists[lst.id] = lst
        data = self._list_json(site, lst)
        data["columns"] = [c.to_json() for c in lst.columns]
        return 201, {}, data

    def _column(self, definition: Any) -> tuple[Column | None, Reply | None]:
        if not isinstance(definition, dict) or not isinstance(definition.get("name"), str):
            return None, graph_error(400, "invalidRequest", "A column needs a name.")
        facets = [f for f in _FACETS if f in definition]
        if len(facets) != 1:
            return None, graph_error(400, "invalidRequest",
                                     f"Column '{definition['name']}' must have exactly one type "
                                     f"facet (got {facets or 'none'}).")
        name = definition["name"]
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{0,31}", name):
            return None, graph_error(400, "invalidRequest", f"Invalid column name '{name}'.")
        settings = dict(definition[facets[0]] or {})
        if facets[0] == "choice" and not settings.get("choices"):
            return None, graph_error(400, "invalidRequest", "A choice column needs choices.")
        return Column(name=name, display_name=definition.get("displayName") or name,
                      facet=facets[0], settings=settings,
                      indexed=bool(definition.get("indexed")),
                      enforce_unique=bool(definition.get("enforceUniqueValues")),
                      hidden=bool(definition.get("hidden")),
                      required=bool(definition.get("required"))), None

    def _add_column(self, lst: FakeList, body: Any) -> Reply:
        column, problem = self._column(body)
        if problem:
            return problem
        assert column is not None
        if lst.column(column.name):
            return graph_error(409, "nameAlreadyExists",
                               f"A column named '{column.name}' already exists.")
        lst.columns.append(column)
        return 201, {}, column.to_json()

    # --- items ------------------------------------------------------------------------

    def _item_json(self, site: Site, lst: FakeList, item: FakeItem, expand: str
                   ) -> dict[str, Any]:
        data: dict[str, Any] = {
            "@odata.etag": item.etag, "eTag": item.etag, "id": item.id,
            "createdDateTime": item.created, "lastModifiedDateTime": item.modified,
            "webUrl": f"https://{site.host}{site.path}/Lists/{lst.name}/DispForm.aspx?ID={item.id}",
            "createdBy": {"user": {"displayName": item.created_by or "kmcore"}},
            "lastModifiedBy": {"user": {"displayName": item.modified_by or "kmcore"}},
            "parentReference": {"id": lst.id, "siteId": site.id},
            "contentType": {"id": "0x0100", "name": "Item"},
        }
        if expand.startswith("fields"):
            wanted = None
            m = re.fullmatch(r"fields\(\$select=([^)]*)\)", expand)
            if m:
                wanted = {n.strip() for n in m.group(1).split(",") if n.strip()}
            fields = {"@odata.etag": item.etag, "id": item.id, "ContentType": "Item",
                      "Created": item.created, "Modified": item.modified,
                      "AuthorLookupId": "1", "EditorLookupId": "1", **item.fields}
            if wanted is not None:
                fields = {k: v for k, v in fields.items()
                          if k in wanted or k in ("@odata.etag", "id")}
            data["fields"] = fields
        return data

    def _check_fields(self, lst: FakeList, body: Any) -> tuple[dict[str, Any], Reply | None]:
        if not isinstance(body, dict):
            return {}, graph_error(400, "invalidRequest", "The request body must be an object.")
        annotations = {k[: -len("@odata.type")]: v for k, v in body.items()
                       if k.endswith("@odata.type")}
        by_name = {c.name: c for c in lst.columns}
        clean: dict[str, Any] = {}
        for key, value in body.items():
            if key.endswith("@odata.type") or key.startswith("@odata"):
                continue
            column = by_name.get(key)
            base = key[: -len("LookupId")] if key.endswith("LookupId") else None
            if column is None and base is not None:
                column = by_name.get(base)
                if column is None or column.facet not in ("lookup", "personOrGroup"):
                    return {}, graph_error(400, "invalidRequest",
                                           f"Field '{key}' is not recognized")
                multi = column.settings.get("allowMultipleSelection") or \
                    column.settings.get("allowMultipleValues")
                if multi:
                    if annotations.get(key) not in ("Collection(Edm.Int32)",
                                                    "Collection(Edm.String)"):
                        return {}, graph_error(400, "invalidRequest",
                                               "A value without a type name was found and no "
                                               "expected type is available.")
                    if not isinstance(value, list):
                        return {}, graph_error(400, "invalidRequest",
                                               f"Field '{key}' needs a collection.")
                elif value is not None and not (isinstance(value, int) or
                                                (isinstance(value, str) and value.isdigit())):
                    return {}, graph_error(400, "invalidRequest",
                                           f"Invalid lookup id for field '{key}'.")
                clean[key] = value
                continue
            if column is None:
                return {}, graph_error(400, "invalidRequest", f"Field '{key}' is not recognized")
            if column.read_only:
                return {}, graph_error(400, "invalidRequest", f"Field '{key}' is read-only")
            if column.facet in ("lookup", "personOrGroup"):
                return {}, graph_error(400, "invalidRequest",
                                       f"Field '{key}' is a lookup: write '{key}LookupId'.")
            problem = type_problem(column, value, annotations.get(key))
            if problem:
                return {}, graph_error(400, "invalidRequest",
                                       f"Invalid value for field '{key}': {problem}")
            clean[key] = value
        return clean, None

    def _create_item(self, lst: FakeList, body: Any, token: TokenInfo) -> Reply:
        if not isinstance(body, dict) or not isinstance(body.get("fields"), dict):
            return graph_error(400, "invalidRequest", "The request body needs 'fields'.")
        fields, problem = self._check_fields(lst, body["fields"])
        if problem:
            return problem
        clash = lst.unique_clash(fields)
        if clash:
            return graph_error(409, "nameAlreadyExists",
                               f"The list item could not be added or updated because "
                               f"duplicate values were found in the following field(s) in the "
                               f"list: [{clash}].")
        item = FakeItem(id=str(lst.next_id), fields={k: v for k, v in fields.items()
                                                      if v is not None},
                        created_by=token.user or token.client_id,
                        modified_by=token.user or token.client_id)
        lst.next_id += 1
        lst.items[item.id] = item
        lst.index_unique(item)
        self.touch(lst, item.id)
        site = self._site_of(lst)
        return 201, {"ETag": item.etag}, self._item_json(site, lst, item, "fields")

    def _site_of(self, lst: FakeList) -> Site:
        for site in self.sites.values():
            if lst.id in site.lists:
                return site
        raise KeyError(lst.id)

    def _update_item(self, lst: FakeList, item_id: str, body: Any,
                     headers: Mapping[str, str], token: TokenInfo) -> Reply:
        item = lst.items.get(item_id)
        if item is None:
            return graph_error(404, "itemNotFound", "The specified list item was not found")
        match = _header(headers, "If-Match")
        if match and match != "*" and match != item.etag:
            return graph_error(412, "preconditionFailed", "ETag mismatch", {"ETag": item.etag})
        fields, problem = self._check_fields(lst, body)
        if problem:
            return problem
        clash = lst.unique_clash(fields, exclude=item.id)
        if clash:
            return graph_error(409, "nameAlreadyExists",
                               f"The list item could not be added or updated because "
                               f"duplicate values were found in the following field(s) in the "
                               f"list: [{clash}].")
        self.apply_edit(lst, item, fields, by=token.user or token.client_id)
        answer = self._item_json(self._site_of(lst), lst, item, "fields")["fields"]
        return 200, {"ETag": item.etag}, answer

    def apply_edit(self, lst: FakeList, item: FakeItem, fields: Mapping[str, Any],
                   by: str = "") -> None:
        for key, value in fields.items():
            if value is None:
                item.fields.pop(key, None)
            else:
                item.fields[key] = value
        item.version += 1
        item.modified = now()
        item.modified_by = by
        lst.index_unique(item)
        self.touch(lst, item.id)

    def _delete_item(self, lst: FakeList, item_id: str, headers: Mapping[str, str]) -> Reply:
        item = lst.items.get(item_id)
        if item is None:
            return graph_error(404, "itemNotFound", "The specified list item was not found")
        match = _header(headers, "If-Match")
        if match and match != "*" and match != item.etag:
            return graph_error(412, "preconditionFailed", "ETag mismatch", {"ETag": item.etag})
        del lst.items[item_id]
        self.touch(lst, item_id)
        return 204, {}, None

    def _top(self, query: Mapping[str, str]) -> int:
        try:
            return max(1, min(_MAX_TOP, int(query.get("$top", _DEFAULT_TOP))))
        except ValueError:
            return _DEFAULT_TOP

    def _list_items(self, site: Site, lst: FakeList, query: dict[str, str],
                    headers: Mapping[str, str]) -> Reply:
        items = sorted(lst.items.values(), key=lambda i: int(i.id))
        flt = query.get("$filter", "").strip()
        if flt:
            m = re.fullmatch(r"fields/(\w+) eq '((?:[^']|'')*)'", flt)
            if not m:
                return graph_error(400, "invalidRequest", f"Unsupported $filter: {flt}")
            column = lst.column(m.group(1))
            if column is None:
                return graph_error(400, "invalidRequest",
                                   f"Field '{m.group(1)}' is not recognized")
            prefer = _header(headers, "Prefer") or ""
            if not column.indexed and "HonorNonIndexedQueriesWarningMayFailRandomly" not in prefer:
                return graph_error(400, "invalidRequest",
                                   f"Field '{column.name}' cannot be referenced in filter or "
                                   "orderby as it is not indexed. Provide the 'Prefer: "
                                   "HonorNonIndexedQueriesWarningMayFailRandomly' header to "
                                   "allow this, but be warned that such queries may fail on "
                                   "large lists.")
            wanted = m.group(2).replace("''", "'")
            items = [i for i in items if str(i.fields.get(column.name, "")) == wanted]
        top = self._top(query)
        offset = int(query.get("$skiptoken", "0") or 0)
        page = items[offset:offset + top]
        body: dict[str, Any] = {"value": [self._item_json(site, lst, i, query.get("$expand", ""))
                                          for i in page]}
        if offset + top < len(items):
            rest = {k: v for k, v in query.items() if k != "$skiptoken"}
            rest["$skiptoken"] = str(offset + top)
            body["@odata.nextLink"] = self._link(site, lst, "items", rest)
        return 200, {}, body

    def _link(self, site: Site, lst: FakeList, tail: str, query: Mapping[str, str]) -> str:
        qs = "&".join(f"{k}={quote(v, safe='$(),=/')}" for k, v in query.items())
        return f"{self.base_url}/v1.0/sites/{site.id}/lists/{lst.id}/{tail}" + \
            (f"?{qs}" if qs else "")

    def _delta(self, site: Site, lst: FakeList, query: dict[str, str]) -> Reply:
        token = query.get("token")
        skip = query.get("$skiptoken")
        if skip:
            try:
                state = json.loads(base64.urlsafe_b64decode(skip.encode()))
                since, high, offset, epoch = (int(state["s"]), int(state["h"]),
                                              int(state["o"]), int(state["e"]))
            except (ValueError, KeyError):
                return graph_error(400, "invalidRequest", "Invalid skip token")
        elif token == "latest":
            return 200, {}, {"value": [], "@odata.deltaLink": self._link(
                site, lst, "items/delta", {"token": self._token(lst, self._seq)})}
        elif token:
            try:
                epoch_s, since_s = base64.urlsafe_b64decode(token.encode()).decode().split(".")
                epoch, since = int(epoch_s), int(since_s)
            except ValueError:
                return graph_error(400, "invalidRequest", "Invalid delta token")
            high, offset = self._seq, 0
        else:  # no token: enumerate every item (since -1 means "from the beginning")
            since, high, offset, epoch = -1, self._seq, 0, lst.epoch
        if epoch < lst.epoch:
            return graph_error(410, "resyncChangesApplyDifferences",
                               "The delta token is no longer valid; resync.",
                               {"Location": self._link(site, lst, "items/delta", {})})
        if since < 0:
            ids = sorted(lst.items, key=int)
        else:
            latest: dict[str, int] = {}
            for seq, item_id in lst.changes:
                if since < seq <= high:
                    latest[item_id] = seq
            ids = sorted(latest, key=lambda i: latest[i])
        top = self._top(query)
        page = ids[offset:offset + top]
        expand = query.get("$expand", "")
        value = []
        for item_id in page:
            item = lst.items.get(item_id)
            if item is None:
                value.append({"id": item_id, "parentReference": {"id": lst.id},
                              "deleted": {"state": "deleted"}})
            else:
                value.append(self._item_json(site, lst, item, expand))
        body: dict[str, Any] = {"value": value}
        extra = {k: v for k, v in query.items() if k in ("$top", "$expand", "$select")}
        if offset + top < len(ids):
            state = base64.urlsafe_b64encode(json.dumps(
                {"s": since, "h": high, "o": offset + top, "e": epoch}).encode()).decode()
            body["@odata.nextLink"] = self._link(site, lst, "items/delta",
                                                 {**extra, "$skiptoken": state})
        else:
            body["@odata.deltaLink"] = self._link(site, lst, "items/delta",
                                                  {**extra, "token": self._token(lst, high)})
        return 200, {}, body

    def _token(self, lst: FakeList, seq: int) -> str:
        return base64.urlsafe_b64encode(f"{lst.epoch}.{seq}".encode()).decode()

    # --- pages ------------------------------------------------------------------------

    def _pages(self, site: Site, method: str, rest: str, query: dict[str, str], body: Any,
               token: TokenInfo) -> Reply:
        if rest == "/pages" and method == "POST":
            self._need(site, token, "write")
            if not isinstance(body, dict) or body.get("@odata.type") != \
                    "#microsoft.graph.sitePage":
                return graph_error(400, "invalidRequest",
                                   "@odata.type #microsoft.graph.sitePage is required")
            name = str(body.get("name") or "")
            if not name.endswith(".aspx"):
                return graph_error(400, "invalidRequest", "A page name must end with .aspx")
            if any(p.name.lower() == name.lower() for p in site.pages.values()):
                return graph_error(409, "nameAlreadyExists", f"A page named {name} exists.")
            problem = check_canvas(body.get("canvasLayout"))
            if problem:
                return graph_error(400, "invalidRequest", problem)
            page = Page(name=name, title=str(body.get("title") or ""), body=dict(body),
                        promotion_kind=str(body.get("promotionKind") or "page"))
            site.pages[page.id] = page
            return 201, {}, self._page_json(site, page)
        if rest == "/pages/microsoft.graph.sitePage" and method == "GET":
            self._need(site, token, "read")
            return 200, {}, {"value": [self._page_json(site, p) for p in site.pages.values()]}
        m = re.fullmatch(r"/pages/([^/]+)(/microsoft\.graph\.sitePage)?(/publish)?", rest)
        if not m:
            return graph_error(400, "BadRequest", f"Unsupported pages path {rest}")
        held = site.pages.get(m.group(1))
        if held is None:
            return graph_error(404, "itemNotFound", "The page was not found")
        page = held
        if m.group(3) and method == "POST":
            self._need(site, token, "write")
            page.state = "published"
            page.version = f"{int(float(page.version)) + 1}.0"
            return 204, {}, None
        if method == "GET":
            self._need(site, token, "read")
            return 200, {}, self._page_json(site, page, full=True)
        if method == "PATCH" and m.group(2):
            self._need(site, token, "write")
            if not isinstance(body, dict):
                return graph_error(400, "invalidRequest", "Body must be an object")
            if body.get("promotionKind") == "page" and page.promotion_kind == "newsPost":
                return graph_error(400, "invalidRequest",
                                   "Demoting a news post to a page is not supported.")
            if "canvasLayout" in body:
                problem = check_canvas(body["canvasLayout"])
                if problem:
                    return graph_error(400, "invalidRequest", problem)
            page.body.update(body)
            page.title = str(page.body.get("title") or page.title)
            page.promotion_kind = str(page.body.get("promotionKind") or page.promotion_kind)
            page.state = "checkout"
            return 200, {}, self._page_json(site, page)
        if method == "DELETE" and not m.group(2):
            self._need(site, token, "write")
            del site.pages[page.id]
            return 204, {}, None
        return graph_error(405, "BadRequest", f"{method} is not supported on pages")

    def _page_json(self, site: Site, page: Page, full: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
                "@odata.type": "#microsoft.graph.sitePage", "id": page.id, "name": page.name,
                "title": page.title, "promotionKind": page.promotion_kind,
                "webUrl": f"https://{site.host}{site.path}/SitePages/{page.name}",
                "publishingState": {"level": page.state, "versionId": page.version}}
        if full:
            data["canvasLayout"] = page.body.get("canvasLayout")
        return data


class _Refused(Exception):
    def __init__(self, reply: Reply) -> None:
        super().__init__(reply[0])
        self.reply = reply


def _header(headers: Mapping[str, str], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value
    return None
