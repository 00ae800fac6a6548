"""REST v1 (``/rest/api``) as the fake answers it: all of Data Center, and on Cloud the labels,
CQL search and current user that v2 lacks; offset paging (cursor paging for Cloud search)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from kmcore_confluence.testing._cql import CqlError, parse_cql
from kmcore_confluence.testing._routes import Response, Routes
from kmcore_confluence.testing._state import ApiError, Page, Property, User
from kmcore_confluence.testing._wire import csv_values, decode_cursor, encode_cursor, first, v1_body

__all__ = ["RestV1"]

_MAX_V1_LIMIT = 100


class RestV1(Routes):
    """The v1 routes (a mixin of :class:`~._server.Server`)."""

    def _v1(self, method: str, seg: list[str], q: dict[str, list[str]], body: Any,
            user: User) -> Response:
        site = self.site
        one = first(q)
        cloud = self.edition == "cloud"
        if seg == ["user", "current"] and method == "GET":
            data = {"type": "known", "displayName": user.display_name}
            data.update({"accountId": user.account_id} if cloud else
                        {"username": user.username, "userKey": user.user_key})
            return Response(200, data)
        if seg == ["content", "search"] and method == "GET":
            try:
                clauses = parse_cql(one("cql") or "")
            except CqlError as exc:
                raise ApiError(400, str(exc)) from None
            found = [p for p in site.current_pages() if all(self._cql_ok(p, c) for c in clauses)]
            return self._v1_list(q, [self._v1_content(p, q) for p in found], "/content/search",
                                 cursor=cloud)
        if len(seg) >= 2 and seg[0] == "content" and seg[-1] == "label" and len(seg) == 3:
            page = site.page(seg[1])
            if method == "GET":
                return self._v1_list(q, [self._label(n) for n in page.labels],
                                     f"/content/{page.id}/label", cursor=False)
            if method == "POST":
                items = body if isinstance(body, list) else [body]
                names = [str(i["name"]) for i in items if i.get("prefix", "global") == "global"]
                labels = site.add_labels(page.id, names)
                return Response(200, {"results": [self._label(n) for n in labels],
                                      "start": 0, "limit": 200, "size": len(labels)})
            if method == "DELETE":
                site.remove_label(page.id, one("name") or "")
                return Response(204)
        if cloud:
            raise ApiError(404, f"No route for {method} /wiki/rest/api/{'/'.join(seg)} (page and "
                           "property calls on Cloud go through /wiki/api/v2)")
        if len(seg) == 2 and seg[0] == "space" and method == "GET":
            space = site.space(seg[1])
            space_data: dict[str, Any] = {"id": int(space.id), "key": space.key, "name": space.name,
                                    "type": "global",
                                    "_links": {"base": self.base(), "context": self.prefix}}
            # As Data Center does: the home page only when asked for; otherwise just a link
            # to expand (a client that forgets expand=homepage finds no home page id).
            expand = {e.strip() for e in (one("expand") or "").split(",")}
            if "homepage" in expand:
                space_data["homepage"] = {"id": space.homepage_id, "type": "page",
                                    "title": site.page(space.homepage_id).title}
            else:
                space_data["_expandable"] = {"homepage": f"/rest/api/content/{space.homepage_id}"}
            return Response(200, space_data)
        if seg == ["content"] and method == "GET":
            found = [p for p in site.current_pages(one("spaceKey"))
                     if (one("title") is None or p.title == one("title"))]
            return self._v1_list(q, [self._v1_content(p, q) for p in found], "/content",
                                 cursor=False)
        if seg == ["content"] and method == "POST":
            return self._v1_create_page(body)
        if len(seg) == 2 and seg[0] == "content":
            if method == "GET":
                return Response(200, self._v1_content(site.page(seg[1]), q))
            if method == "PUT":
                page = site.page(seg[1])
                if body.get("type") != "page":
                    raise ApiError(400, "type is required and must be 'page'")
                version = body.get("version") or {}
                ancestors = body.get("ancestors")
                moved = bool(ancestors)
                page = site.update_page(
                    page.id, title=str(body.get("title") or ""), body=v1_body(body),
                    version=int(version.get("number", 0)), author="kmcore",
                    message=str(version.get("message") or ""),
                    parent_id=str(ancestors[-1]["id"]) if moved else None, move=moved)
                return Response(200, self._v1_content(page, {"expand": ["version,body.storage"]}))
            if method == "DELETE":
                site.trash_page(seg[1])
                return Response(204)
        if len(seg) >= 3 and seg[0] == "content" and seg[2] == "property":
            return self._v1_properties(method, seg, q, body)
        raise ApiError(404, f"No route for {method} /rest/api/{'/'.join(seg)}")

    def _v1_create_page(self, body: Any) -> Response:
        """POST /content (Data Center)."""
        site = self.site
        if not self.can_create:
            raise ApiError(403, "User not permitted to create pages in this space")
        if body.get("type") != "page":
            raise ApiError(400, "Only pages are supported here")
        space = site.space(str((body.get("space") or {}).get("key")))
        ancestors = body.get("ancestors") or []
        parent = str(ancestors[-1]["id"]) if ancestors else None
        meta = body.get("metadata") or {}
        props = {k: v.get("value") for k, v in (meta.get("properties") or {}).items()}
        labels = [str(lab["name"]) for lab in meta.get("labels") or []]
        page = site.create_page(
            space_key=space.key, title=str(body.get("title") or ""),
            body=v1_body(body), parent_id=parent, author="kmcore",
            message=str((body.get("version") or {}).get("message") or ""),
            properties=props, labels=labels)
        return Response(200, self._v1_content(
            page, {"expand": ["version,space,body.storage,metadata.properties.kmcore"]}))

    def _v1_properties(self, method: str, seg: list[str], q: dict[str, list[str]],
                       body: Any) -> Response:
        """/content/{id}/property[/{key}] (Data Center)."""
        site = self.site
        page = site.page(seg[1])
        if len(seg) == 3 and method == "GET":
            return self._v1_list(q, [self._v1_prop(p) for p in page.properties.values()],
                                 f"/content/{page.id}/property", cursor=False)
        if len(seg) == 3 and method == "POST":
            prop = site.add_property(page.id, str(body["key"]), body.get("value"),
                                     duplicate_status=400)
            return Response(200, self._v1_prop(prop))
        if len(seg) == 4:
            key = seg[3]
            if method == "GET":
                if key not in page.properties:
                    raise ApiError(404, f"Cannot find content property with key '{key}'")
                return Response(200, self._v1_prop(page.properties[key]))
            if method == "PUT":
                prop = site.update_property(page.id, key, body.get("value"),
                                            int((body.get("version") or {})["number"]),
                                            create=True)
                return Response(200, self._v1_prop(prop))
            if method == "DELETE":
                site.delete_property(page.id, key)
                return Response(204)
        raise ApiError(404, f"No route for {method} /rest/api/{'/'.join(seg)}")

    def _cql_ok(self, page: Page, clause: Any) -> bool:
        field, values = clause.field, clause.values
        if field == "space":
            got: set[str] = {page.space_key}
        elif field == "type":
            got = {"page"}
        elif field == "label":
            got = set(page.labels)
        elif field == "title":
            got = {page.title}
        elif field == "id":
            got = {page.id}
        elif field == "parent":
            got = {page.parent_id or ""}
        else:  # ancestor
            got = {a.id for a in self.site.ancestors(page)}
        hit = bool(got & set(values))
        return not hit if clause.op == "!=" else hit

    def _v1_content(self, page: Page, q: dict[str, list[str]]) -> dict[str, Any]:
        expand = set(csv_values(q.get("expand", [])))
        space = self.site.spaces[page.space_key]
        data: dict[str, Any] = {
            "id": page.id, "type": "page", "status": page.status, "title": page.title,
            "_links": {"webui": f"/pages/viewpage.action?pageId={page.id}",
                       "self": f"{self.base()}/rest/api/content/{page.id}",
                       "base": self.base(), "context": self.prefix},
            "_expandable": {"version": "", "ancestors": "", "body": "", "metadata": ""},
        }
        if "space" in expand:
            data["space"] = {"id": int(space.id), "key": space.key, "name": space.name}
        if "version" in expand:
            who = self.site.people.get(page.version_author)
            by: dict[str, Any] = {"type": "known", "displayName": who.display_name if who
                                  else page.version_author}
            if who is not None:
                by.update({"accountId": who.account_id} if self.edition == "cloud" else
                          {"username": who.username, "userKey": who.user_key})
            data["version"] = {"number": page.version, "message": page.version_message,
                               "minorEdit": False, "when": page.version_at, "by": by}
        if "ancestors" in expand:
            data["ancestors"] = [{"id": a.id, "type": "page", "title": a.title}
                                 for a in self.site.ancestors(page)]
        if "body.storage" in expand:
            data["body"] = {"storage": {"value": page.body, "representation": "storage"}}
        meta: dict[str, Any] = {}
        if "metadata.labels" in expand:
            meta["labels"] = {"results": [self._label(n) for n in page.labels],
                              "start": 0, "limit": 200, "size": len(page.labels)}
        wanted = [e.split(".", 2)[2] for e in expand if e.startswith("metadata.properties.")]
        if wanted:
            meta["properties"] = {k: self._v1_prop(page.properties[k]) for k in wanted
                                  if k in page.properties}
        if meta:
            data["metadata"] = meta
        return data

    def _v1_prop(self, prop: Property) -> dict[str, Any]:
        return {"id": prop.id, "key": prop.key, "value": prop.value,
                "version": {"number": prop.version, "minorEdit": False}}

    def _v1_list(self, q: dict[str, list[str]], results: list[Any], route: str, *,
                 cursor: bool) -> Response:
        """Offset paging (``start``/``limit``), or Cloud search's cursor paging."""
        limit = max(1, min(_MAX_V1_LIMIT, int(first(q)("limit") or 25)))
        start = decode_cursor(first(q)("cursor")) if cursor else int(first(q)("start") or 0)
        chunk = results[start:start + limit]
        links: dict[str, Any] = {"base": self.base(), "context": self.prefix}
        if start + limit < len(results):
            keep = {k: v for k, v in q.items() if k not in ("start", "cursor")}
            if cursor:
                keep["cursor"] = [encode_cursor(start + limit)]
            else:
                keep["start"] = [str(start + limit)]
            links["next"] = f"/rest/api{route}?{urlencode(keep, doseq=True)}"
        return Response(200, {"results": chunk, "start": start, "limit": limit,
                              "size": len(chunk), "_links": links})
