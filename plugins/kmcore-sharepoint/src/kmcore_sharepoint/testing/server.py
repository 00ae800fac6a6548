"""The fake's HTTPS server: routing, authentication, ``$batch``, faults and counters."""

from __future__ import annotations

import contextlib
import json
import random
import re
import socket
import ssl
import threading
import time
import uuid
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from kmcore_sharepoint.testing.entra import Entra
from kmcore_sharepoint.testing.faults import (
    FaultConfig,
    RateLimiter,
    RetryAfterDetector,
    pick,
    request_key,
    retry_after_value,
)
from kmcore_sharepoint.testing.graph import GraphState, Reply, graph_error

__all__ = ["FakeGraphServer"]

_MAX_BATCH = 20
_WRITES = ("POST", "PATCH", "PUT", "DELETE")


def ru_cost(method: str, url: str) -> int:
    """Resource units, per SharePoint's throttling guidance: 1 for a single-item read or a
    delta with a token, 2 for a multi-item query, a create, update or delete."""
    path = urlsplit(url).path
    if method in _WRITES:
        return 2
    if path.endswith("/items/delta"):
        return 1 if "token=" in url and "token=latest" not in url else 2
    if re.search(r"/items/[^/]+$", path) or re.search(r"/sites/[^/]+$", path):
        return 1
    return 2


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64

    def __init__(self, fake: FakeGraphServer, context: ssl.SSLContext) -> None:
        self.fake = fake
        self.context = context
        super().__init__(("127.0.0.1", 0), _Handler)

    def finish_request(self, request: Any, client_address: Any) -> None:
        # The TLS handshake happens here, in the connection's own thread, so one slow client
        # cannot hold up the others.
        try:
            tls = self.context.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError):
            return
        self.RequestHandlerClass(tls, client_address, self)  # type: ignore[arg-type]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in separate writes: without TCP_NODELAY, Nagle's algorithm
        # and the client's delayed ACK add ~40 ms to every answer, which no real service has.
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_PATCH(self) -> None:
        self._handle("PATCH")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    def do_PUT(self) -> None:
        self._handle("PUT")

    def _handle(self, method: str) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        headers = {k: v for k, v in self.headers.items()}
        fake = self.server.fake
        reply, lose = fake.dispatch(method, self.path, headers, raw)
        if lose:
            # The write was applied; the answer never arrives.
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(2)
            return
        status, out_headers, body = reply
        data = b""
        if body is not None:
            if isinstance(body, bytes):
                data = body
            else:
                data = json.dumps(body).encode()
                out_headers.setdefault("Content-Type", "application/json")
        self.send_response(status)
        for key, value in out_headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if data:
            self.wfile.write(data)


class FakeGraphServer:
    """Routing and bookkeeping behind :class:`kmcore_sharepoint.testing.FakeGraph`."""

    def __init__(self, *, tenant_id: str, context: ssl.SSLContext, faults: FaultConfig) -> None:
        self.faults = faults
        self._rng = random.Random(faults.seed)
        self._rng_lock = threading.Lock()
        self.detector = RetryAfterDetector()
        self.limiter = RateLimiter()
        self.counts: Counter[str] = Counter()
        self._count_lock = threading.Lock()
        self.request_log: list[dict[str, Any]] = []
        self._httpd = _Server(self, context)
        self.port = self._httpd.server_address[1]
        self.base_url = f"https://127.0.0.1:{self.port}"
        self.entra = Entra(tenant_id)
        self.graph = GraphState(self.base_url)
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True,
                                        name="fake-graph")

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def _count(self, key: str, n: int = 1) -> None:
        with self._count_lock:
            self.counts[key] += n

    # --- dispatch ---------------------------------------------------------------------

    def dispatch(self, method: str, target: str, headers: dict[str, str], raw: bytes
                 ) -> tuple[Reply, bool]:
        """One HTTP request: (reply, lose the response?)."""
        cfg = self.faults
        if cfg.latency_ms or cfg.latency_jitter_ms:
            with self._rng_lock:
                extra = self._rng.uniform(0, cfg.latency_jitter_ms)
            time.sleep((cfg.latency_ms + extra) / 1000)
        parts = urlsplit(target)
        path = parts.path
        if path.startswith("/v1.0/"):
            self._count("graph")
            with self._count_lock:
                self.request_log.append({"method": method, "path": path,
                                         "user_agent": headers.get("User-Agent", ""),
                                         "client_request_id": headers.get("client-request-id")})
            return self._graph(method, target[len("/v1.0"):], headers, raw)
        self._count("identity")
        return self._identity(method, path, parts.query, raw), False

    def _identity(self, method: str, path: str, query: str, raw: bytes) -> Reply:
        segments = path.strip("/").split("/")
        if path.endswith("/.well-known/openid-configuration") and method == "GET":
            return 200, {}, self.entra.openid_configuration(self.base_url, segments[0])
        if path == "/common/discovery/instance":
            return 200, {}, {"tenant_discovery_endpoint": f"{self.base_url}/common/v2.0/"
                             ".well-known/openid-configuration", "api-version": "1.1",
                             "metadata": [{"preferred_network": "127.0.0.1",
                                           "preferred_cache": "127.0.0.1",
                                           "aliases": ["127.0.0.1"]}]}
        if len(segments) == 4 and segments[1:3] == ["oauth2", "v2.0"] and method == "POST":
            form = dict(parse_qsl(raw.decode("utf-8", "replace")))
            if segments[3] == "token":
                self._count("token")
                status, body = self.entra.token(
                    segments[0], form, f"{self.base_url}/{segments[0]}/oauth2/v2.0/token")
                return status, {"Cache-Control": "no-store"}, body
            if segments[3] == "devicecode":
                status, body = self.entra.device_code(segments[0], form)
                return status, {}, body
        return 404, {}, {"error": "not_found", "error_description": f"No endpoint {path}"}

    def _throttle_reply(self, key: str, method: str, url: str) -> Reply | None:
        """The Retry-After detector, then a random fault; None when the request goes on."""
        early = self.detector.check(key, method, url)
        if early is not None:
            self._count("retry_after_violations")
            text, _ = retry_after_value(self.faults, early)
            return graph_error(429, "TooManyRequests",
                               "Retried before the Retry-After it was given had elapsed.",
                               {"Retry-After": text})
        with self._rng_lock:
            planned = self.faults.fail_next > 0
            if planned:
                self.faults.fail_next -= 1
        if planned or pick(self._rng, self._rng_lock, self.faults.rate):
            with self._rng_lock:
                status = self._rng.choice(self.faults.errors)
            self._count("faults_injected")
            text, seconds = retry_after_value(self.faults, self.faults.retry_after)
            self.detector.throttled(key, seconds)
            code = {429: "TooManyRequests", 503: "serviceNotAvailable",
                    504: "gatewayTimeout"}.get(status, "generalException")
            return graph_error(status, code, "Injected by the fake (random error).",
                               {"Retry-After": text})
        return None

    def _limited(self, key: str, method: str, url: str) -> tuple[dict[str, str], Reply | None]:
        headers, over = self.limiter.charge(self.faults, ru_cost(method, url))
        if over is None:
            return headers, None
        self._count("rate_limited")
        self.detector.throttled(key, over)
        return headers, graph_error(429, "TooManyRequests",
                                    "The application has exceeded its resource unit budget.",
                                    {**headers, "Retry-After": str(int(over))})

    def _graph(self, method: str, url: str, headers: dict[str, str], raw: bytes
               ) -> tuple[Reply, bool]:
        request_id = str(uuid.uuid4())
        base = {"request-id": request_id,
                "client-request-id": headers.get("client-request-id", request_id)}
        auth = headers.get("Authorization", "")
        info = self.entra.lookup(auth[7:]) if auth.startswith("Bearer ") else None
        if info is None:
            return _with(graph_error(401, "InvalidAuthenticationToken",
                                     "Access token is empty." if not auth else
                                     "Lifetime validation failed, the token is expired."),
                         base), False
        if not info.roles and not info.scopes:
            return _with(graph_error(401, "InvalidAuthenticationToken",
                                     "Either scp or roles claim need to be present in the "
                                     "token."), base), False
        key = request_key(method, url, raw)
        throttled = self._throttle_reply(key, method, url)
        if throttled is not None:
            return _with(throttled, base), False
        path = urlsplit(url).path
        if path == "/$batch" and method == "POST":
            self._count("batches")
            throttled_keys: list[str] = []
            reply = self._batch(raw, info, throttled_keys)
            lose = pick(self._rng, self._rng_lock, self.faults.lose_rate)
            if lose:
                self._count("lost_responses")
                self.detector.forget(throttled_keys)
            return _with(reply, base), lose
        rl_headers, limited = self._limited(key, method, url)
        if limited is not None:
            return _with(limited, base), False
        body = _json_body(raw)
        if body is _BAD:
            return _with(graph_error(400, "BadRequest", "Unable to read JSON request payload."),
                         base), False
        reply = self.graph.handle(method, url, headers, body, info)
        self._count(f"{method} {_kind(path)}")
        lose = method in _WRITES and reply[0] < 300 and \
            pick(self._rng, self._rng_lock, self.faults.lose_rate)
        if lose:
            self._count("lost_responses")
        return _with(reply, {**base, **rl_headers}), lose

    def _batch(self, raw: bytes, info: Any, throttled_keys: list[str]) -> Reply:
        body = _json_body(raw)
        requests = body.get("requests") if isinstance(body, dict) else None
        if not isinstance(requests, list):
            return graph_error(400, "BadRequest", "Invalid batch payload.")
        if len(requests) > _MAX_BATCH:
            return graph_error(400, "BadRequest", "Number of requests inside batch exceed the "
                               f"limit of {_MAX_BATCH}.")
        ids = [str(r.get("id", "")).lower() for r in requests if isinstance(r, dict)]
        if len(set(ids)) != len(requests) or "" in ids:
            return graph_error(400, "BadRequest", "Batch request ids must be present and unique.")
        answers: dict[str, dict[str, Any]] = {}
        for request in requests:
            rid = str(request["id"])
            depends = request.get("dependsOn") or []
            if any(answers.get(d, {}).get("status", 200) >= 400 for d in depends):
                answers[rid] = {"id": rid, "status": 424, "headers": {},
                                "body": graph_error(424, "failedDependency",
                                                    "A dependency failed.")[2]}
                continue
            method = str(request.get("method", "GET")).upper()
            url = str(request.get("url", ""))
            inner_headers = {str(k): str(v) for k, v in (request.get("headers") or {}).items()}
            inner_body = request.get("body")
            if inner_body is not None and not any(k.lower() == "content-type"
                                                  for k in inner_headers):
                answers[rid] = {"id": rid, "status": 400, "headers": {}, "body": graph_error(
                    400, "BadRequest", "Content-Type header is required with a body.")[2]}
                continue
            raw_inner = json.dumps(inner_body).encode() if inner_body is not None else b""
            key = request_key(method, url, raw_inner)
            self._count("inner")
            reply = self._throttle_reply(key, method, url)
            rl_headers: dict[str, str] = {}
            if reply is None:
                rl_headers, reply = self._limited(key, method, url)
            if reply is not None:
                throttled_keys.append(key)
            if reply is None:
                reply = self.graph.handle(method, url, inner_headers, inner_body, info)
                self._count(f"{method} {_kind(urlsplit(url).path)}")
            status, headers, answer = reply
            answers[rid] = {"id": rid, "status": status, "headers": {**rl_headers, **headers},
                            "body": answer}
        ordered = list(answers.values())
        with self._rng_lock:
            self._rng.shuffle(ordered)  # Graph may answer in any order: correlate by id
        return 200, {}, {"responses": ordered}


_BAD = object()


def _json_body(raw: bytes) -> Any:
    if not raw:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return _BAD


def _with(reply: Reply, headers: dict[str, str]) -> Reply:
    status, own, body = reply
    return status, {**headers, **own}, body


def _kind(path: str) -> str:
    if path.endswith("/items/delta"):
        return "delta"
    if re.search(r"/items/[^/]+/fields$", path):
        return "item-fields"
    if re.search(r"/items/[^/]+$", path):
        return "item"
    if path.endswith("/items"):
        return "items"
    if "/pages" in path:
        return "pages"
    if path.endswith("/columns"):
        return "columns"
    if re.search(r"/lists(/[^/]+)?$", path):
        return "lists"
    return "site"
