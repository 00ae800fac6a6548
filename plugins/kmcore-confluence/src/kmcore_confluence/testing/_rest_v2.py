"""Confluence Cloud's REST v2 (``/wiki/api/v2``) as the fake answers it: spaces, pages and
content properties, with v2's JSON, cursor paging and ``Link`` headers."""

from __future__ import annotations

import time
from typing import Any
from urllib.parse import quote, urlencode

from kmcore_confluence.testing._routes import Response, Routes
from kmcore_confluence.testing._state import ApiError, Page, Property, User
from kmcore_confluence.testing._wire import csv_values, decode_cursor, encode_cursor, first, v2_body

__all__ = ["CloudV2"]

_MAX_V2_LIMIT = 250


class CloudV2(Routes):
    """The v2 routes (a mixin of :class:`~._server.Server`)."""

    def _v2(self, method: str, seg: list[str], q: dict[str, list[str]], body: Any,
            user: User) -> Response:
        site = self.site
        if seg == ["spaces"] and method == "GET":
            keys = csv_values(q.get("keys", []))
            spaces = [s for k, s in site.spaces.items() if not keys or k in keys]
            return self._v2_page(q, [self._v2_space(s) for s in spaces], "/spaces")
        if len(seg) == 3 and seg[0] == "spaces" and seg[2] == "operations" and method == "GET":
            site.space_by_id(seg[1])
            ops = [{"operation": "read", "targetType": "space"}]
            if self.can_create:
                ops.append({"operation": "create", "targetType": "page"})
            return Response(200, {"operations": ops, "_links": {"base": self.base()}})
        if seg == ["pages"] and method == "GET":
            return self._v2_pages(q)
        if seg == ["pages"] and method == "POST":
            return self._v2_create_page(q, body)
        if len(seg) == 2 and seg[0] == "pages":
            if method == "GET":
                page = site.page(seg[1])
                if time.monotonic() - self._born.get(page.id, -1e9) < self.read_lag:
                    self.lagged_reads += 1
                    raise ApiError(404, f"No content found with id : ContentId{{id={page.id}}}")
                return Response(200, self._v2_page_json(page, q))
            if method == "PUT":
                page = site.page(seg[1])
                if str(body.get("id")) != page.id:
                    raise ApiError(400, "The id in the body does not match the path")
                if body.get("status") != "current":
                    raise ApiError(400, "Only status 'current' is supported here")
                version = body.get("version") or {}
                moved = "parentId" in body and body["parentId"] is not None
                page = site.update_page(
                    page.id, title=str(body.get("title") or ""), body=v2_body(body),
                    version=int(version.get("number", 0)), author="kmcore",
                    message=str(version.get("message") or ""),
                    parent_id=str(body["parentId"]) if moved else None, move=moved)
                return Response(200, self._v2_page_json(page, {"body-format": ["storage"]}))
            if method == "DELETE":
                site.trash_page(seg[1])
                return Response(204)
        if len(seg) == 3 and seg[0] == "pages" and seg[2] == "labels" and method == "GET":
            page = site.page(seg[1])
            return self._v2_page(q, [self._label(n) for n in page.labels],
                                 f"/pages/{page.id}/labels")
        if len(seg) >= 3 and seg[0] == "pages" and seg[2] == "properties":
            return self._v2_properties(method, seg, q, body)
        raise ApiError(404, f"No route for {method} /wiki/api/v2/{'/'.join(seg)}")

    def _v2_pages(self, q: dict[str, list[str]]) -> Response:
        """GET /pages: filtered by id, space id, title and status."""
        site, one = self.site, first(q)
        ids = set(csv_values(q.get("id", [])))
        space_ids = set(csv_values(q.get("space-id", [])))
        title = one("title")
        statuses = set(csv_values(q.get("status", []))) or {"current", "archived"}
        found = []
        for page in sorted(site.pages.values(), key=lambda p: int(p.id)):
            space = site.spaces[page.space_key]
            if page.status not in statuses or (ids and page.id not in ids):
                continue
            if space_ids and space.id not in space_ids:
                continue
            if title is not None and page.title != title:
                continue
            found.append(self._v2_page_json(page, q))
        return self._v2_page(q, found, "/pages")

    def _v2_create_page(self, q: dict[str, list[str]], body: Any) -> Response:
        """POST /pages."""
        site, one = self.site, first(q)
        if not self.can_create:
            raise ApiError(404, "You do not have permission to create pages in this space")
        space = site.space_by_id(str(body["spaceId"]))
        root_level = one("root-level") == "true"
        parent = body.get("parentId")
        if root_level and parent:
            raise ApiError(400, "parentId must not be set when root-level is true")
        if not parent and not root_level:
            parent = space.homepage_id
        page = site.create_page(
            space_key=space.key, title=str(body.get("title") or ""),
            body=v2_body(body), parent_id=str(parent) if parent else None,
            author="kmcore")
        self._born[page.id] = time.monotonic()
        # Cloud adds properties of its own to new pages (zeldigas/text2confl#334): a
        # client must look its own up by key, not assume it is the only one.
        site.add_property(page.id, "content-appearance-published", "full-width",
                          duplicate_status=409)
        return Response(200, self._v2_page_json(page, {"body-format": ["storage"]}))

    def _v2_properties(self, method: str, seg: list[str], q: dict[str, list[str]],
                       body: Any) -> Response:
        """/pages/{id}/properties[/{property id}]."""
        site, one = self.site, first(q)
        page = site.page(seg[1])
        if len(seg) == 3 and method == "GET":
            key = one("key")
            props = [self._v2_prop(p) for p in page.properties.values()
                     if key is None or p.key == key]
            return self._v2_page(q, props, f"/pages/{page.id}/properties")
        if len(seg) == 3 and method == "POST":
            prop = site.add_property(page.id, str(body["key"]), body.get("value"),
                                     duplicate_status=409)
            return Response(200, self._v2_prop(prop))
        if len(seg) == 4:
            prop = site.property_by_id(page.id, seg[3])
            if method == "GET":
                return Response(200, self._v2_prop(prop))
            if method == "PUT":
                if body.get("key", prop.key) != prop.key:
                    raise ApiError(400, "A property's key cannot be changed")
                prop = site.update_property(page.id, prop.key, body.get("value"),
                                            int((body.get("version") or {})["number"]))
                return Response(200, self._v2_prop(prop))
            if method == "DELETE":
                site.delete_property(page.id, prop.key)
                return Response(204)
        raise ApiError(404, f"No route for {method} /wiki/api/v2/{'/'.join(seg)}")

    def _v2_space(self, space: Any) -> dict[str, Any]:
        return {"id": space.id, "key": space.key, "name": space.name, "type": "global",
                "status": "current", "homepageId": space.homepage_id,
                "_links": {"webui": f"/spaces/{space.key}"}}

    def _v2_page_json(self, page: Page, q: dict[str, list[str]]) -> dict[str, Any]:
        one = first(q)
        space = self.site.spaces[page.space_key]
        data: dict[str, Any] = {
            "id": page.id, "status": page.status, "title": page.title, "spaceId": space.id,
            "parentId": page.parent_id, "parentType": "page" if page.parent_id else None,
            "authorId": self._user_id(page.author), "ownerId": self._user_id(page.author),
            "createdAt": page.created_at,
            "_links": {"webui": f"/spaces/{page.space_key}/pages/{page.id}/"
                       f"{quote(page.title.replace(' ', '+'))}",
                       "editui": f"/pages/resumedraft.action?draftId={page.id}",
                       "tinyui": f"/x/{page.id}"},
        }
        if one("include-version") != "false":
            data["version"] = {"number": page.version, "message": page.version_message,
                               "minorEdit": False, "authorId": self._user_id(page.version_author),
                               "createdAt": page.version_at}
        if one("body-format") == "storage":
            data["body"] = {"storage": {"representation": "storage", "value": page.body}}
        if one("include-labels") == "true":
            data["labels"] = {"results": [self._label(n) for n in page.labels[:50]],
                              "meta": {"hasMore": len(page.labels) > 50}, "_links": {}}
        if one("include-properties") == "true":
            props = list(page.properties.values())
            data["properties"] = {"results": [self._v2_prop(p) for p in props[:50]],
                                  "meta": {"hasMore": len(props) > 50}, "_links": {}}
        return data

    def _v2_prop(self, prop: Property) -> dict[str, Any]:
        return {"id": prop.id, "key": prop.key, "value": prop.value,
                "version": {"number": prop.version, "message": "", "minorEdit": False,
                            "authorId": self.site.people["kmcore"].account_id}}

    def _v2_page(self, q: dict[str, list[str]], results: list[Any], route: str) -> Response:
        """Cursor paging: ``_links.next`` is relative and already contains ``/wiki``."""
        limit = max(1, min(_MAX_V2_LIMIT, int(first(q)("limit") or 25)))
        start = decode_cursor(first(q)("cursor"))
        chunk = results[start:start + limit]
        body: dict[str, Any] = {"results": chunk, "_links": {"base": self.base()}}
        headers: dict[str, str] = {}
        if start + limit < len(results):
            keep = {k: v for k, v in q.items() if k != "cursor"}
            keep["cursor"] = [encode_cursor(start + limit)]
            nxt = f"{self.prefix}/api/v2{route}?{urlencode(keep, doseq=True)}"
            body["_links"]["next"] = nxt
            headers["Link"] = f'<{nxt}>; rel="next", <{self.base()}>; rel="base"'
        return Response(200, body, headers)
