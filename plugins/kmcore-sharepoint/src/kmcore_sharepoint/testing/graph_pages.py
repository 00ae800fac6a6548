"""The fake Graph's site pages: create, list, read, update and publish, each page's canvas
layout checked (:func:`~.model.check_canvas`)."""

from __future__ import annotations

import re
from typing import Any

from kmcore_sharepoint.testing.entra import TokenInfo
from kmcore_sharepoint.testing.graph_reply import Reply, graph_error
from kmcore_sharepoint.testing.model import Page, Site, check_canvas

__all__ = ["PageRoutes"]


class PageRoutes:
    """The page routes (a mixin of :class:`~.graph.GraphState`)."""

    def _need(self, site: Site, token: TokenInfo, level: str) -> None:
        raise NotImplementedError

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
