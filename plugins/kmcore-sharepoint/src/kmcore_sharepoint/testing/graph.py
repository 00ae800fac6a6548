"""The fake's Microsoft Graph v1.0 resources: sites, lists, columns, items, delta, pages.

Written from the Graph v1.0 reference (site-getbypath, list-create, list-post-columns,
listitem-create/-update/-delete/-list/-delta, sitepage-create/-publish/-update, json-batching)
and its documented behaviour: ``fields`` keyed by internal column names, person and lookup
values as ``<Name>LookupId``, ``@odata.type`` annotations required on multi-value writes,
``If-Match`` eTags with 412, 410 Gone for stale delta tokens, and ``Sites.Selected`` grants
in which ``write`` may change items but not create lists.

:meth:`GraphState.handle` takes one request (already authenticated) and answers
``(status, headers, body)``; the HTTP server and ``$batch`` both call it. This module routes
and holds sites, lists, columns and permissions; items and delta are in :mod:`.graph_items`,
pages in :mod:`.graph_pages`, the reply and error shapes in :mod:`.graph_reply`.
"""

from __future__ import annotations

import re
import threading
import uuid
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from kmcore_sharepoint.testing.entra import TokenInfo
from kmcore_sharepoint.testing.graph_items import ItemRoutes
from kmcore_sharepoint.testing.graph_pages import PageRoutes
from kmcore_sharepoint.testing.graph_reply import Refused, Reply, graph_error
from kmcore_sharepoint.testing.model import (
    Column,
    FakeItem,
    FakeList,
    Page,
    Site,
    system_columns,
    title_column,
)

__all__ = ["Column", "FakeItem", "FakeList", "GraphState", "Page", "Reply", "Site",
           "graph_error"]

_ROLE_RANK = {"read": 1, "write": 2, "manage": 3, "owner": 3, "fullcontrol": 4}
_APP_RANK = {"Sites.Read.All": 1, "Sites.ReadWrite.All": 2, "Sites.Manage.All": 3,
             "Sites.FullControl.All": 4}
_FACETS = ("text", "choice", "number", "dateTime", "boolean", "personOrGroup", "lookup",
           "hyperlinkOrPicture", "currency", "calculated")
_MAX_TOP = 1000
_DEFAULT_TOP = 200


class GraphState(ItemRoutes, PageRoutes):
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
            except Refused as exc:
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
            raise Refused(graph_error(403, "accessDenied", "Access denied"))
        app_rank = max((_APP_RANK.get(r, 0) for r in token.roles), default=0)
        if app_rank >= want:
            return
        if "Sites.Selected" in token.roles:
            granted = _ROLE_RANK.get(site.grants.get(token.client_id, ""), 0)
            if granted >= want:
                return
        raise Refused(graph_error(403, "accessDenied", "Access denied"))

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
