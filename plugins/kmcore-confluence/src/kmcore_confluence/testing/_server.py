"""The fake's HTTP face: Cloud (``/wiki/api/v2`` + ``/wiki/rest/api``) or Data Center
(``<context>/rest/api``), with each edition's JSON, errors, paging and throttling."""

from __future__ import annotations

import base64
import json
import random
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, quote, urlencode, urlsplit

import attrs

from kmcore_confluence.testing._cql import CqlError, parse_cql
from kmcore_confluence.testing._state import ApiError, Page, Property, Site, User
from kmcore_confluence.testing._wire import (
    csv_values,
    decode_cursor,
    encode_cursor,
    first,
    v1_body,
    v2_body,
)

__all__ = ["Recorded", "Server"]

_MAX_V2_LIMIT = 250
_MAX_V1_LIMIT = 100


@attrs.frozen
class Recorded:
    """One request as the fake received it (for checks against the OpenAPI specs)."""

    method: str
    path: str  # without the query string
    query: dict[str, list[str]]
    body: Any  # parsed JSON, or None
    status: int  # what the fake answered (0: the response was deliberately lost)
    fault: str | None = None


@attrs.define
class Response:
    status: int
    body: Any = None
    headers: dict[str, str] = attrs.field(factory=dict)


class Server:
    """State + routing + faults; :class:`~kmcore_confluence.testing.FakeConfluence`
    owns one and runs it on a loopback port."""

    def __init__(self, *, edition: str, prefix: str, site: Site, username: str, token: str,
                 fault_rate: float, seed: int, retry_after: str, can_create: bool) -> None:
        self.edition = edition
        self.prefix = prefix  # "/wiki" (Cloud) or the Data Center context path ("" allowed)
        self.site = site
        self.username = username
        self.token = token
        self.fault_rate = fault_rate
        self.rng = random.Random(seed)
        self.retry_after = retry_after
        self.can_create = can_create
        self.dc_basic = False
        self.recorded: list[Recorded] = []
        self.planned: list[tuple[str, str | None, str]] = []  # (kind, method, path part)
        self.host = ""
        self._lock = threading.Lock()
        #: When the last Retry-After this fake sent runs out (monotonic seconds): it applies
        #: to every request to the site, not only the one that was throttled.
        self.open_at = 0.0
        #: Requests that arrived before that moment (a client that ignored Retry-After).
        self.violations: list[Recorded] = []
        #: Cloud's eventual consistency: for this many seconds after its creation a page
        #: answers 404 to GET /pages/{id}, although it exists (its title is taken, and
        #: listings show it). 0: every page is readable at once.
        self.read_lag = 0.0
        self._born: dict[str, float] = {}  # page id -> when it was created (monotonic)
        #: GETs answered 404 only because of read_lag.
        self.lagged_reads = 0

    # --- plumbing ------------------------------------------------------------------------

    def base(self) -> str:
        return f"http://{self.host}{self.prefix}"

    def _authorised(self, header: str | None) -> User | None:
        if not header:
            return None
        scheme, _, value = header.partition(" ")
        if self.edition == "cloud" and scheme.lower() == "basic":
            try:
                user, _, secret = base64.b64decode(value).decode().partition(":")
            except (ValueError, UnicodeDecodeError):
                return None
            if user == self.username and secret == self.token:
                return self.site.people["kmcore"]
        if self.edition == "datacenter" and scheme.lower() == "bearer" and value == self.token:
            return self.site.people["kmcore"]
        if self.edition == "datacenter" and scheme.lower() == "basic" and self.dc_basic:
            # Older Data Center (before personal access tokens): username and password.
            try:
                user, _, secret = base64.b64decode(value).decode().partition(":")
            except (ValueError, UnicodeDecodeError):
                return None
            if user == self.username and secret == self.token:
                return self.site.people["kmcore"]
        return None

    def _fault(self, method: str, path: str) -> str | None:
        with self._lock:
            for i, (kind, want_method, part) in enumerate(self.planned):
                if (want_method in (None, method)) and part in path:
                    del self.planned[i]
                    return kind
            if self.fault_rate <= 0 or self.rng.random() >= self.fault_rate:
                return None
            kinds = ["429", "503", "lost"] if method != "GET" else ["429", "503", "lost-read"]
            return self.rng.choice(kinds)

    def handle(self, method: str, raw_path: str, headers: Any, raw_body: bytes,
               ) -> tuple[Response | None, Recorded]:
        """Answer one request; None means "drop the connection without answering"."""
        parts = urlsplit(raw_path)
        query = parse_qs(parts.query, keep_blank_values=True)
        body: Any = None
        bad_json = False
        if raw_body:
            try:
                body = json.loads(raw_body)
            except ValueError:
                bad_json = True
        path = parts.path

        def record(status: int, fault: str | None = None) -> Recorded:
            return Recorded(method=method, path=path, query=query, body=body, status=status,
                            fault=fault)

        v2 = self.edition == "cloud" and path.startswith(f"{self.prefix}/api/v2/")
        with self._lock:
            early = time.monotonic() < self.open_at
        if early:
            self.violations.append(record(0, "early"))
        authorization = headers.get("Authorization") or ""
        user = self._authorised(authorization)
        if user is None:
            if self.edition == "cloud":
                message = ("Basic authentication with passwords is deprecated or the "
                           "credentials are wrong")
            elif authorization.lower().startswith("basic "):
                # Data Center's words for a wrong username/password (or a token sent as Basic).
                message = "Basic Authentication Failure - Reason : AUTHENTICATED_FAILED"
            else:
                message = "Authentication failed: the personal access token is not valid"
            resp = self._error(401, message, v2=v2)
            return resp, record(resp.status)
        fault = self._fault(method, path)
        if fault in ("429", "503"):
            resp = self._throttled(int(fault), v2)
            return resp, record(resp.status, fault)
        if fault == "500":
            resp = self._error(500, "Internal server error (injected)", v2=v2)
            return resp, record(500, fault)
        if bad_json:
            resp = self._error(400, "Unexpected character in the request body: not JSON", v2=v2)
            return resp, record(400)
        try:
            resp = self._route(method, path, query, body, user)
        except ApiError as exc:
            resp = self._error(exc.status, exc.message, v2=v2)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            resp = self._error(400, f"Invalid request: {type(exc).__name__}: {exc}", v2=v2)
        if fault in ("lost", "lost-read"):
            return None, record(0, fault)  # applied (for a write), answer never arrives
        resp.headers.setdefault(
            "X-Request-Id" if self.edition == "cloud" else "X-AREQUESTID", uuid.uuid4().hex)
        return resp, record(resp.status)

    def _throttled(self, status: int, v2: bool) -> Response:
        headers = {"Retry-After": self.retry_after}
        with self._lock:
            self.open_at = max(self.open_at, time.monotonic() + float(self.retry_after))
        if self.edition == "cloud":
            if status == 429:
                headers["RateLimit-Reason"] = "confluence-quota-tenant-based"
            headers["X-RateLimit-NearLimit"] = "true"
        else:
            headers.update({"X-RateLimit-Limit": "20", "X-RateLimit-Remaining": "0",
                            "X-RateLimit-Interval-Seconds": "1", "X-RateLimit-FillRate": "5"})
        text = "Rate limit exceeded" if status == 429 else "Service temporarily unavailable"
        resp = self._error(status, text, v2=v2)
        resp.headers.update(headers)
        return resp

    def _error(self, status: int, message: str, *, v2: bool) -> Response:
        reasons = {400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
                   409: "Conflict", 413: "Request Entity Too Large", 429: "Too Many Requests",
                   503: "Service Unavailable"}
        if v2:
            codes = {400: "BAD_REQUEST", 401: "UNAUTHORIZED", 403: "FORBIDDEN",
                     404: "NOT_FOUND", 409: "CONFLICT", 413: "REQUEST_ENTITY_TOO_LARGE",
                     429: "TOO_MANY_REQUESTS", 503: "SERVICE_UNAVAILABLE"}
            body: Any = {"errors": [{"status": status, "code": codes.get(status, "ERROR"),
                                     "title": message, "detail": None}]}
        else:
            body = {"statusCode": status, "data": {"authorized": status not in (401, 403),
                                                   "valid": status != 400, "errors": [],
                                                   "successful": False},
                    "message": message, "reason": reasons.get(status, "Error")}
        return Response(status, body)


    # --- routing -------------------------------------------------------------------------

    def _route(self, method: str, path: str, query: dict[str, list[str]], body: Any,
               user: User) -> Response:
        if not path.startswith(self.prefix + "/"):
            raise ApiError(404, f"No route for {path}")
        rest = path[len(self.prefix):]
        if self.edition == "cloud" and rest.startswith("/api/v2/"):
            return self._v2(method, rest[len("/api/v2"):].split("/")[1:], query, body, user)
        if rest.startswith("/rest/api/"):
            return self._v1(method, rest[len("/rest/api"):].split("/")[1:], query, body, user)
        raise ApiError(404, f"No route for {path}")

    # --- Cloud REST v2 -------------------------------------------------------------------

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

    def _user_id(self, who: str) -> str:
        user = self.site.people.get(who)
        return user.account_id if user else who

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

    def _label(self, name: str) -> dict[str, Any]:
        return {"id": str(abs(hash(name)) % 10**9), "name": name, "prefix": "global"}

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

    # --- REST v1 (Data Center; Cloud for labels, CQL and the current user) ----------------

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


class Handler(BaseHTTPRequestHandler):
    """Reads a request, asks the :class:`Server`, writes the answer (or drops it)."""

    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes: without this, Nagle's algorithm and the
    # client's delayed ACK add ~40 ms to every response.
    disable_nagle_algorithm = True
    server: _HttpServer

    def _any(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        core = self.server.core
        resp, recorded = core.handle(self.command, self.path, self.headers, raw)
        with core._lock:
            core.recorded.append(recorded)
        if resp is None:
            self.close_connection = True
            return
        payload = b"" if resp.body is None else json.dumps(resp.body).encode()
        self.send_response(resp.status)
        for name, value in resp.headers.items():
            self.send_header(name, value)
        if payload:
            self.send_header("Content-Type", "application/json;charset=UTF-8")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = _any

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        return


class _HttpServer(ThreadingHTTPServer):
    daemon_threads = True
    core: Server
