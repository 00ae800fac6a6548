"""The fake Graph's list items: create, update (``If-Match``), delete, list (``$filter``,
``$expand``, paging) and the delta query (tokens per list epoch, 410 Gone when stale)."""

from __future__ import annotations

import base64
import json
import re
import threading
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from kmcore_sharepoint.testing.entra import TokenInfo
from kmcore_sharepoint.testing.graph_reply import Reply, graph_error, header_of
from kmcore_sharepoint.testing.model import FakeItem, FakeList, Site, now, type_problem

__all__ = ["ItemRoutes"]

_MAX_TOP = 1000
_DEFAULT_TOP = 200


class ItemRoutes:
    """The item routes (a mixin of :class:`~.graph.GraphState`, which holds the state)."""

    base_url: str
    sites: dict[str, Site]
    lock: threading.RLock
    _seq: int

    def touch(self, lst: FakeList, item_id: str) -> None:
        raise NotImplementedError

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

    def _item_if_match(self, lst: FakeList, item_id: str, headers: Mapping[str, str]
                       ) -> tuple[FakeItem | None, Reply | None]:
        """The item, or Graph's answer when it is missing (404) or an If-Match header names
        another version of it (412), as an update or a delete gets."""
        item = lst.items.get(item_id)
        if item is None:
            return None, graph_error(404, "itemNotFound", "The specified list item was not found")
        match = header_of(headers, "If-Match")
        if match and match != "*" and match != item.etag:
            return None, graph_error(412, "preconditionFailed", "ETag mismatch",
                                     {"ETag": item.etag})
        return item, None

    def _update_item(self, lst: FakeList, item_id: str, body: Any,
                     headers: Mapping[str, str], token: TokenInfo) -> Reply:
        item, refused = self._item_if_match(lst, item_id, headers)
        if refused is not None:
            return refused
        assert item is not None
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
        item, refused = self._item_if_match(lst, item_id, headers)
        if refused is not None:
            return refused
        assert item is not None
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
            prefer = header_of(headers, "Prefer") or ""
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
