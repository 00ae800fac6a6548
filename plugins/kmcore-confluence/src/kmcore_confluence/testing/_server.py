"""The fake's HTTP face (request handling, sign-in, faults, throttling; the routes are in
``_rest_v2`` and ``_rest_v1``): Cloud (``/wiki/api/v2`` + ``/wiki/rest/api``) or Data Center
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
from urllib.parse import parse_qs, urlsplit

import attrs

from kmcore_confluence.testing._rest_v1 import RestV1
from kmcore_confluence.testing._rest_v2 import CloudV2
from kmcore_confluence.testing._routes import Response
from kmcore_confluence.testing._state import ApiError, Site, User

__all__ = ["Recorded", "Server"]


@attrs.frozen
class Recorded:
    """One request as the fake received it (for checks against the OpenAPI specs)."""

    method: str
    path: str  # without the query string
    query: dict[str, list[str]]
    body: Any  # parsed JSON, or None
    status: int  # what the fake answered (0: the response was deliberately lost)
    fault: str | None = None


class Server(CloudV2, RestV1):
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
