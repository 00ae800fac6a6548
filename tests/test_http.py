"""kmcore.http against a real HTTP server on 127.0.0.1, scripted per test."""

from __future__ import annotations

import email.utils
import logging
import random
import socket
import struct
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
import requests

import kmcore
from kmcore.errors import AuthError, PermissionDenied, RateLimited, RemoteError
from kmcore.http import (
    KmcoreSession,
    RetryPolicy,
    make_session,
    redact_form,
    redact_headers,
    redact_text,
    redact_url,
    retry_after_seconds,
)

NOW = 1_800_000_000.0  # the injected wall clock


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Script:
    """What the server does, one step per request; the last step repeats."""

    steps: list[tuple[Any, ...]] = field(default_factory=list)
    seen: list[Seen] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def next(self) -> tuple[Any, ...]:
        with self.lock:
            return self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    script: Script

    def log_message(self, format: str, *args: Any) -> None:  # keep pytest output quiet
        pass

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        script: Script = self.server.script  # type: ignore[attr-defined]
        script.seen.append(Seen(self.command, self.path, dict(self.headers.items()), body))
        step = script.next()
        kind = step[0]
        if kind == "reset":
            # SO_LINGER 0 makes close() send RST: the client sees "connection reset".
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return
        if kind == "drop":
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        if kind == "hang":
            script.release.wait(5)
            self.close_connection = True
            return
        _, status, headers, payload = step
        data = payload.encode() if isinstance(payload, str) else payload
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _handle


@pytest.fixture
def server() -> Iterator[tuple[str, Script]]:
    script = Script()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.script = script  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", script
    finally:
        script.release.set()
        httpd.shutdown()
        httpd.server_close()


class Recorder:
    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


def session(**kwargs: Any) -> tuple[KmcoreSession, Recorder]:
    sleeps = Recorder()
    kwargs.setdefault("timeout", (2, 2))
    made = make_session(
        plugin="kmcore-test",
        plugin_version="9.8.7",
        sleep=sleeps,
        clock=lambda: NOW,
        rng=random.Random(1),
        **kwargs,
    )
    return made, sleeps


def ok(body: str = "{}", **headers: str) -> tuple[Any, ...]:
    return ("status", 200, {"Content-Type": "application/json", **headers}, body)


def status(code: int, body: str = "", **headers: str) -> tuple[Any, ...]:
    return ("status", code, {k.replace("_", "-"): v for k, v in headers.items()}, body)


# --- retries -----------------------------------------------------------------------------------


def test_429_retry_after_seconds_is_honoured(server: tuple[str, Script]) -> None:
    url, script = server
    script.steps = [status(429, Retry_After="2"), ok()]
    s, sleeps = session()
    response = s.get(url + "/items")
    assert response.status_code == 200
    assert sleeps.waits == [2.0]
    assert len(script.seen) == 2


def test_429_retry_after_http_date_is_honoured(server: tuple[str, Script]) -> None:
    url, script = server
    when = email.utils.formatdate(NOW + 7, usegmt=True)
    script.steps = [status(429, Retry_After=when), ok()]
    s, sleeps = session()
    assert s.get(url).status_code == 200
    assert sleeps.waits == [7.0]


def test_503_then_200_backs_off_with_jitter(server: tuple[str, Script]) -> None:
    url, script = server
    script.steps = [status(503), status(503), ok()]
    s, sleeps = session(retries=RetryPolicy(backoff_base=1, backoff_cap=30))
    assert s.get(url).status_code == 200
    assert len(sleeps.waits) == 2
    assert 0 <= sleeps.waits[0] <= 1 and 0 <= sleeps.waits[1] <= 2


def test_post_503_is_not_retried_unless_idempotent(server: tuple[str, Script]) -> None:
    url, script = server
    script.steps = [status(503, Retry_After="1"), ok()]
    s, sleeps = session()
    response = s.post(url + "/pages", json={"title": "x"})
    assert response.status_code == 503
    assert len(script.seen) == 1 and sleeps.waits == []
    with pytest.raises(RateLimited):
        s.raise_for_status(response)

    script.seen.clear()
    script.steps = [status(503, Retry_After="1"), ok()]
    response = s.post(url + "/$batch", json={"requests": []}, idempotent=True)
    assert response.status_code == 200
    assert len(script.seen) == 2 and sleeps.waits == [1.0]
    assert script.seen[0].body == script.seen[1].body


def test_post_429_is_retried_because_the_service_did_not_process_it(
    server: tuple[str, Script],
) -> None:
    url, script = server
    script.steps = [status(429, Retry_After="1"), ok()]
    s, sleeps = session()
    assert s.post(url, data=b"x").status_code == 200
    assert sleeps.waits == [1.0]


def test_post_connection_reset_is_not_retried(server: tuple[str, Script]) -> None:
    url, script = server
    script.steps = [("reset",), ok()]
    s, sleeps = session()
    with pytest.raises(RemoteError) as caught:
        s.post(url + "/pages", json={"title": "x"})
    assert len(script.seen) == 1 and sleeps.waits == []
    assert "not safe to repeat" in (caught.value.hint or "")
    assert caught.value.request_id == script.seen[0].headers["client-request-id"]


def test_post_marked_idempotent_is_retried_after_a_reset(server: tuple[str, Script]) -> None:
    url, script = server
    script.steps = [("reset",), ok()]
    s, sleeps = session()
    assert s.post(url, json={}, idempotent=True).status_code == 200
    assert len(script.seen) == 2 and len(sleeps.waits) == 1


def test_get_after_dropped_connection_is_retried(server: tuple[str, Script]) -> None:
    url, script = server
    script.steps = [("drop",), ("reset",), ok('{"a": 1}')]
    s, sleeps = session()
    response = s.get(url + "/items/1")
    assert response.json() == {"a": 1}
    assert len(script.seen) == 3 and len(sleeps.waits) == 2
    # the same client-request-id across the attempts of one logical request
    ids = {seen.headers["client-request-id"] for seen in script.seen}
    assert len(ids) == 1


def test_streamed_body_is_never_resent(server: tuple[str, Script]) -> None:
    url, script = server
    script.steps = [status(503), ok()]
    s, _ = session()
    response = s.put(url, data=iter([b"a", b"b"]))
    assert response.status_code == 503 and len(script.seen) == 1


def test_total_wait_bound_gives_rate_limited_with_the_wait(server: tuple[str, Script]) -> None:
    url, script = server
    script.steps = [status(429, Retry_After="20")]
    s, sleeps = session(retries=RetryPolicy(max_total_wait=45, max_attempts=10))
    response = s.get(url + "/items")
    assert sleeps.waits == [20.0, 20.0]  # a third 20 s wait would pass 45 s
    assert len(script.seen) == 3
    with pytest.raises(RateLimited) as caught:
        s.raise_for_status(response)
    assert "wait 20 seconds" in caught.value.message
    assert "20 seconds" in (caught.value.hint or "")


def test_max_attempts_bound(server: tuple[str, Script]) -> None:
    url, script = server
    script.steps = [status(504)]
    s, sleeps = session(retries=RetryPolicy(max_attempts=3))
    assert s.get(url).status_code == 504
    assert len(script.seen) == 3 and len(sleeps.waits) == 2
    with pytest.raises(RemoteError, match="HTTP 504"):
        s.raise_for_status(s.get(url))


def test_configurable_statuses(server: tuple[str, Script]) -> None:
    url, script = server
    script.steps = [status(502), ok()]
    s, _ = session(retries=RetryPolicy(statuses={502}))
    assert s.get(url).status_code == 200


# --- timeouts, headers -------------------------------------------------------------------------


def test_hanging_server_times_out_quickly(server: tuple[str, Script]) -> None:
    url, script = server
    script.steps = [("hang",)]
    s, sleeps = session(timeout=0.2, retries=RetryPolicy(max_attempts=2))
    with pytest.raises(RemoteError, match="got no answer in time"):
        s.get(url)
    assert len(sleeps.waits) == 1  # a GET is retried once, then gives up


def test_timeout_is_never_none() -> None:
    s, _ = session()
    seen: dict[str, Any] = {}

    def fake_send(request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        seen.update(kwargs)
        response = requests.Response()
        response.status_code = 200
        response.request = request
        return response

    adapter = requests.adapters.HTTPAdapter()
    adapter.send = fake_send  # type: ignore[method-assign]
    s.mount("http://", adapter)
    s.get("http://example.invalid/", timeout=None)
    assert seen["timeout"] == (2, 2)
    s.get("http://example.invalid/", timeout=3)
    assert seen["timeout"] == 3
    with pytest.raises(ValueError, match="timeout"):
        s.get("http://example.invalid/", timeout=0)
    with pytest.raises(ValueError, match="timeout"):
        make_session(plugin="p", plugin_version="1", timeout=-1)


def test_user_agent_and_client_request_id(server: tuple[str, Script]) -> None:
    url, script = server
    script.steps = [ok()]
    s, _ = session(user_agent_extra="ISV|kmcore|kmcore-test/9.8.7")
    s.get(url)
    s.get(url)
    first, second = script.seen
    agent = first.headers["User-Agent"]
    assert agent.startswith(f"kmcore/{kmcore.__version__} kmcore-test/9.8.7 python-requests/")
    assert agent.endswith(" ISV|kmcore|kmcore-test/9.8.7")
    assert uuid.UUID(first.headers["client-request-id"]).version == 4
    assert first.headers["client-request-id"] != second.headers["client-request-id"]


def test_client_request_id_header_configurable_or_off(server: tuple[str, Script]) -> None:
    url, script = server
    script.steps = [ok()]
    s, _ = session(client_request_id_header="X-Correlation-Id")
    s.get(url)
    s, _ = session(client_request_id_header=None)
    s.get(url)
    assert "X-Correlation-Id" in script.seen[0].headers
    assert not any(k.lower() == "client-request-id" for k in script.seen[1].headers)


# --- errors ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "kind", "words"),
    [
        (401, AuthError, "did not accept our credentials"),
        (403, PermissionDenied, "lack a permission"),
        (404, RemoteError, "HTTP 404"),
        (500, RemoteError, "HTTP 500"),
    ],
)
def test_statuses_map_to_errors_with_request_ids(
    server: tuple[str, Script], code: int, kind: type[Exception], words: str
) -> None:
    url, script = server
    body = '{"error": {"code": "x", "message": "Item not found here"}}'
    script.steps = [status(code, body, request_id="srv-123", Content_Type="application/json")]
    s, _ = session(retries=RetryPolicy(max_attempts=1))
    response = s.get(url + "/sites/a/items?$top=5")
    with pytest.raises(kind) as caught:
        s.raise_for_status(response)
    error = caught.value
    assert type(error) is kind
    assert words in str(error)
    assert f"GET {url}/sites/a/items?$top=5" in str(error)
    assert "Item not found here" in str(error)
    assert error.request_id == "srv-123"  # type: ignore[attr-defined]
    assert error.hint  # type: ignore[attr-defined]


@pytest.mark.parametrize("header", ["x-ms-request-id", "X-Request-Id", "X-AREQUESTID"])
def test_other_request_id_headers(server: tuple[str, Script], header: str) -> None:
    url, script = server
    script.steps = [status(400, **{header.replace("-", "_"): "abc"})]
    s, _ = session()
    with pytest.raises(RemoteError) as caught:
        s.raise_for_status(s.get(url))
    assert caught.value.request_id == "abc"


def test_client_request_id_used_when_server_sends_none(server: tuple[str, Script]) -> None:
    url, script = server
    script.steps = [status(409, "conflict")]
    s, _ = session()
    with pytest.raises(RemoteError) as caught:
        s.raise_for_status(s.get(url))
    assert caught.value.request_id == script.seen[0].headers["client-request-id"]
    assert caught.value.request_id in str(caught.value)


def test_success_passes_through(server: tuple[str, Script]) -> None:
    url, script = server
    script.steps = [ok()]
    s, _ = session()
    response = s.get(url)
    assert s.raise_for_status(response) is response


# --- redaction ---------------------------------------------------------------------------------


def test_secrets_never_in_logs_errors_or_repr(
    server: tuple[str, Script], caplog: pytest.LogCaptureFixture
) -> None:
    url, script = server
    script.steps = [status(503), status(401, '{"error": "invalid_client"}')]
    s, _ = session(retries=RetryPolicy(max_attempts=2))
    s.headers["Authorization"] = "Bearer SECRET"
    caplog.set_level(logging.DEBUG, logger="kmcore.http")
    target = url + "/token?client_secret=SECRET&code=SECRET&tenant=t1"
    response = s.get(target, headers={"Authorization": "Bearer SECRET", "Cookie": "a=SECRET"})
    with pytest.raises(AuthError) as caught:
        s.raise_for_status(response)
    assert script.seen[0].headers["Authorization"] == "Bearer SECRET"  # it was really sent
    logging.getLogger("kmcore.http").debug("dump %s", "Authorization: Bearer SECRET")
    logged = caplog.text + "".join(r.getMessage() for r in caplog.records)
    assert "GET" in logged and "tenant=t1" in logged and "attempt 1/2" in logged
    for text in (logged, str(caught.value), caught.value.hint or "", repr(s), repr(caught.value)):
        assert "SECRET" not in text

    script.steps = [("reset",)]
    with pytest.raises(RemoteError) as lost:
        s.post(target, data={"client_secret": "SECRET", "password": "SECRET"})
    assert "SECRET" not in str(lost.value) + (lost.value.hint or "") + caplog.text


def test_redaction_helpers() -> None:
    assert redact_url("https://u:SECRET@h/p?access_token=SECRET&$filter=a#frag") == (
        "https://u:REDACTED@h/p?access_token=REDACTED&$filter=a"
    )
    assert redact_headers({"authorization": "x", "Set-Cookie": "y", "Accept": "z"}) == {
        "authorization": "REDACTED",
        "Set-Cookie": "REDACTED",
        "Accept": "z",
    }
    assert redact_form({"grant_type": "password", "password": "SECRET"}) == (
        "grant_type=password&password=REDACTED"
    )
    assert "SECRET" not in redact_form(b"refresh_token=SECRET&scope=x")
    text = redact_text('{"access_token": "SECRET", "postcode=LS1"} Basic SECRET Cookie: SECRET')
    assert "SECRET" not in text and "postcode=LS1" in text


def test_retry_after_parsing() -> None:
    def with_header(value: str) -> requests.Response:
        response = requests.Response()
        response.headers["Retry-After"] = value
        return response

    assert retry_after_seconds(with_header("3")) == 3.0
    assert retry_after_seconds(with_header("soon")) is None
    assert retry_after_seconds(with_header("-1")) is None
    past = email.utils.formatdate(NOW - 100, usegmt=True)
    assert retry_after_seconds(with_header(past), now=lambda: NOW) == 0.0
    assert retry_after_seconds(requests.Response()) is None


def test_policy_validation() -> None:
    with pytest.raises(ValueError):
        RetryPolicy(max_attempts=0)
    with pytest.raises(ValueError):
        RetryPolicy(max_total_wait=-1)
    with pytest.raises(ValueError):
        RetryPolicy(backoff_base=0)
    policy = RetryPolicy(backoff_base=1, backoff_cap=4)
    rng = random.Random(0)
    assert all(0 <= policy.backoff(n, rng) <= 4 for n in range(1, 10))


def test_prose_after_an_auth_scheme_is_not_taken_for_a_credential() -> None:
    # Confluence Data Center's own words for a wrong password must reach the librarian intact.
    said = "Basic Authentication Failure - Reason : AUTHENTICATED_FAILED"
    assert redact_text(said) == said
    assert redact_text("bearer token expired") == "bearer token expired"
    assert redact_text("Basic dXNlcjpwYXNzd29yZA== and Bearer eyJ0eXAi.x.y") == (
        "Basic REDACTED and Bearer REDACTED")
