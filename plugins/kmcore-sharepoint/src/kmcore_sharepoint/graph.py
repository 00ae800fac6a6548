"""A small Microsoft Graph v1.0 client on kmcore's HTTP session: retries, batching, throttling.

* Every request carries ``Authorization`` (from :class:`~kmcore_sharepoint.auth.TokenProvider`),
  a ``client-request-id`` kept across its retries, and the decorated ``User-Agent``
  (``ISV|kmcore|kmcore-sharepoint/<version>``).
* 429, 503 and 504 are retried after ``Retry-After`` (seconds or an HTTP date), or an
  exponential backoff with jitter when there is none, inside and outside ``$batch``; a
  **shared gate** makes every thread and every envelope of a ``$batch`` round wait, because
  retrying in parallel only burns quota. 500 and 502 are retried the same way for requests
  that are safe to repeat (GET, DELETE, PUT).
* ``RateLimit-Remaining``/``-Reset`` (sent from 80% of the budget) slow the client down
  before it is throttled.
* The total time spent waiting for one operation is bounded (``max_wait_seconds``).
* A 401 gets one fresh token and one retry.
* ``$batch``: up to 20 requests per envelope, answers correlated by id (they may come back in
  any order), only the failed inner requests sent again, after the longest inner
  ``Retry-After``; envelopes go out ``concurrency`` at a time.
* A lost answer (connection dropped) is retried for GET/DELETE; for a POST or PATCH the
  caller is told (status 0), because only it can tell whether the write landed.
"""

from __future__ import annotations

import math
import random
import threading
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import attrs
import requests
from kmcore.backend import AuthError, BackendError, PermissionDenied, RateLimited, RemoteError
from kmcore.http import (
    KmcoreSession,
    RetryPolicy,
    make_session,
    redact_url,
    retry_after_seconds,
)
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict

from kmcore_sharepoint import __version__
from kmcore_sharepoint.auth import TokenProvider
from kmcore_sharepoint.settings import SharePointSettings

__all__ = ["MAX_BATCH", "BatchRequest", "BatchResponse", "GraphClient", "GraphStats",
           "LostResponse"]

MAX_BATCH = 20
#: 503 answers in a row after which an error says the app may have been blocked.
BLOCK_SUSPECTED_AFTER = 5
_RETRY_STATUSES = frozenset({429, 503, 504})
_RESENDABLE = frozenset({"GET", "HEAD", "DELETE", "PUT"})
#: A server error that a request safe to repeat (a read, a delete) is simply sent again
#: for, after a jittered backoff: one 500 on a read must not fail a provision or a chunk.
_TRANSIENT = frozenset({500, 502})


class LostResponse(RemoteError):
    """The request may or may not have been applied: its answer never arrived."""


@attrs.define
class GraphStats:
    """What a client did: the figures the benchmark and the dry run talk about.

    :ivar requests: HTTP requests sent to Graph (a ``$batch`` envelope counts once).
    :ivar inner: requests sent inside ``$batch`` envelopes (each retry counted).
    """

    requests: int = 0
    batches: int = 0
    inner: int = 0
    throttled: int = 0
    retried: int = 0
    lost: int = 0
    reauthenticated: int = 0
    waited: float = 0.0
    slowed: float = 0.0


@attrs.frozen
class BatchRequest:
    """One request for :meth:`GraphClient.batch`; *url* is relative to ``/v1.0``."""

    id: str
    method: str
    url: str
    body: Any = None
    headers: Mapping[str, str] = attrs.field(factory=dict)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "method": self.method, "url": self.url}
        headers = dict(self.headers)
        if self.body is not None:
            data["body"] = self.body
            headers.setdefault("Content-Type", "application/json")
        if headers:
            data["headers"] = headers
        return data


@attrs.frozen
class BatchResponse:
    """The answer to one :class:`BatchRequest`; ``status`` 0 means no answer arrived."""

    id: str
    status: int
    headers: Mapping[str, str] = attrs.field(factory=dict)
    body: Any = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    def describe(self) -> str:
        """The failure in words, with Graph's request id, for an item's error."""
        if self.status == 0:
            return self.error or "no answer arrived (the connection was lost)"
        code, message = "", ""
        if isinstance(self.body, dict) and isinstance(self.body.get("error"), dict):
            code = str(self.body["error"].get("code") or "")
            message = str(self.body["error"].get("message") or "")
        headers = CaseInsensitiveDict(self.headers)
        request_id = headers.get("request-id") or _inner_request_id(self.body)
        text = f"Graph answered HTTP {self.status}" + (f" {code}" if code else "")
        if message:
            text += f": {message}"
        if self.error:
            text += f" ({self.error})"
        if request_id:
            text += f" (request id {request_id})"
        return text


def _inner_request_id(body: Any) -> str | None:
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        inner = body["error"].get("innerError") or {}
        value = inner.get("request-id") if isinstance(inner, dict) else None
        return str(value) if value else None
    return None


class _Gate:
    """One "wait until" shared by every thread of a client."""

    def __init__(self, sleep: Callable[[float], None], clock: Callable[[], float]) -> None:
        self._until = 0.0
        self._lock = threading.Lock()
        self._sleep, self._clock = sleep, clock

    def hold(self, seconds: float) -> None:
        with self._lock:
            self._until = max(self._until, self._clock() + seconds)

    def remaining(self) -> float:
        with self._lock:
            return max(0.0, self._until - self._clock())

    def wait(self) -> float:
        waited = 0.0
        while True:
            with self._lock:
                remaining = self._until - self._clock()
            if remaining <= 0:
                return waited
            self._sleep(remaining)
            waited += remaining


class GraphClient:
    """Graph v1.0 for one SharePoint target. Thread-safe. Connects on first use."""

    def __init__(self, settings: SharePointSettings, tokens: TokenProvider, *,
                 sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic,
                 rng: random.Random | None = None) -> None:
        self.settings = settings
        self.tokens = tokens
        self.stats = GraphStats()
        self._sleep = sleep
        self._clock = clock
        self._rng = rng or random.Random()
        self._gate = _Gate(sleep, clock)
        self._stats_lock = threading.Lock()
        self._session: KmcoreSession | None = None
        self._pool: ThreadPoolExecutor | None = None
        #: 503 "Server Too Busy" answers in a row, across threads: a long run of them is how
        #: SharePoint treats an app it has blocked.
        self._busy_in_a_row = 0

    # --- plumbing -----------------------------------------------------------------------

    @property
    def session(self) -> KmcoreSession:
        if self._session is None:
            session = make_session(
                plugin="kmcore-sharepoint", plugin_version=__version__,
                timeout=(10, self.settings.timeout_seconds),
                # Retries are this client's: it shares one gate across threads and knows
                # which failed writes are safe to send again.
                retries=RetryPolicy(max_attempts=1),
                user_agent_extra=self.settings.user_agent,
            )
            size = self.settings.concurrency + 2
            session.mount("https://", HTTPAdapter(pool_connections=2, pool_maxsize=size))
            self._session = session
        return self._session

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None
        if self._session is not None:
            self._session.close()
            self._session = None

    def _count(self, **deltas: float) -> None:
        with self._stats_lock:
            for key, value in deltas.items():
                setattr(self.stats, key, getattr(self.stats, key) + value)

    def url(self, path: str) -> str:
        return path if path.startswith("https://") else f"{self.settings.graph_root}{path}"

    def relative(self, url: str) -> str:
        """A Graph link (``@odata.nextLink``) as a URL relative to ``/v1.0``, for ``$batch``."""
        root = self.settings.graph_root
        return url[len(root):] if url.startswith(root) else url

    def _backoff(self, attempt: int) -> float:
        return self._rng.uniform(0.5, 1.0) * min(30.0, 2.0 ** (attempt - 1))

    def _wait(self, seconds: float) -> None:
        """Hold every thread for *seconds* (plus a little jitter), then wait here too."""
        jitter = self._rng.uniform(0, min(0.05 * seconds, 0.25))
        self._gate.hold(seconds + jitter)
        self._count(waited=self._gate.wait())

    def _note_rate_limit(self, headers: Mapping[str, str], upcoming: int = 1) -> None:
        """Slow down before SharePoint throttles: RateLimit-* come from 80% of the budget."""
        headers = CaseInsensitiveDict(headers)
        try:
            limit = float(headers["RateLimit-Limit"])
            remaining = float(headers["RateLimit-Remaining"])
            reset = float(headers["RateLimit-Reset"])
        except (KeyError, ValueError):
            return
        if limit <= 0 or reset <= 0:
            return
        # Spread what is left of the window over its remaining time.
        pause = reset if remaining <= 0 else min(reset, reset * upcoming / remaining)
        if pause > 0.01:
            self._gate.hold(pause)
            self._count(slowed=pause)

    def _refuse_if_held(self, method: str, url: str) -> None:
        """Fail at once, sending nothing, when SharePoint asked for a longer wait than this
        target may spend (a Retry-After beyond ``max_wait_seconds``)."""
        remaining = self._gate.remaining()
        if remaining > self.settings.max_wait_seconds:
            raise RateLimited(
                f"{method} {redact_url(url)} was not sent: SharePoint asked kmcore to wait "
                f"{math.ceil(remaining)} seconds more, beyond max_wait_seconds "
                f"({self.settings.max_wait_seconds:g})",
                hint="Run the sync again later; what was not sent is sent then.")

    # --- single requests ----------------------------------------------------------------

    def call(self, method: str, path: str, *, json: Any = None,
             headers: Mapping[str, str] | None = None,
             resendable: bool | None = None) -> requests.Response:
        """Send one request with retries; the last response is returned (check it with
        :meth:`check`). Raises :class:`LostResponse` when a non-resendable request got no
        answer. *resendable* overrides what the method says (a ``$batch`` of reads is safe
        to send again)."""
        method = method.upper()
        safe = method in _RESENDABLE if resendable is None else resendable
        url = self.url(path)
        client_request_id = str(uuid.uuid4())
        waited, attempt, reauthed = 0.0, 0, False
        while True:
            attempt += 1
            self._refuse_if_held(method, url)
            # The token first: getting one can take a round trip to Entra ID, during which
            # another thread may be told to wait (Retry-After); the gate is looked at last,
            # just before sending, so such a wait holds this request too.
            token = self.tokens.token()
            self._refuse_if_held(method, url)
            self._count(waited=self._gate.wait())
            sent = {"Authorization": f"Bearer {token}", "client-request-id": client_request_id,
                    "Accept": "application/json", **(headers or {})}
            try:
                response = self.session.request(method, url, json=json, headers=sent,
                                                 idempotent=False)
            except RemoteError as exc:
                self._count(requests=1, lost=1)
                if safe and attempt < 5:
                    delay = self._backoff(attempt)
                    if waited + delay <= self.settings.max_wait_seconds:
                        waited += delay
                        self._wait(delay)
                        continue
                raise LostResponse(exc.message, hint=exc.hint,
                                   request_id=client_request_id) from None
            self._count(requests=1)
            self._note_rate_limit(response.headers)
            status = response.status_code
            with self._stats_lock:
                self._busy_in_a_row = self._busy_in_a_row + 1 if status == 503 else 0
            if status == 401 and not reauthed:
                reauthed = True
                self._count(reauthenticated=1)
                self.tokens.invalidate(token)
                continue
            if status in _RETRY_STATUSES or (status in _TRANSIENT and safe):
                self._count(throttled=1)
                asked = retry_after_seconds(response)
                delay = asked if asked is not None else self._backoff(attempt)
                if waited + delay > self.settings.max_wait_seconds or attempt >= 10:
                    # Giving up on this request does not end the service's request to wait:
                    # nothing else is sent before Retry-After has passed.
                    self._gate.hold(delay)
                    return response
                waited += delay
                self._count(retried=1)
                response.close()
                self._wait(delay)
                continue
            return response

    def check(self, response: requests.Response, doing: str, *,
              forbidden_hint: str | None = None) -> Any:
        """The JSON body of a successful *response*; otherwise a kmcore error saying what
        was being done, Graph's message and request id, and what to do."""
        if response.status_code < 400:
            if response.status_code == 204 or not response.content:
                return None
            return response.json()
        try:
            self.session.raise_for_status(response)
        except AuthError as exc:
            hint, message = exc.hint, exc.message
            if "roles claim" in message or "scp or roles" in message:
                message = ("admin consent is missing: the token carries no permissions; "
                           + message)
                hint = ("An administrator must grant admin consent for the app's Microsoft "
                        "Graph permission (Sites.Selected) on the app registration's API "
                        "permissions page.")
            raise AuthError(f"{doing}: {message}", hint=hint) from None
        except PermissionDenied as exc:
            raise PermissionDenied(f"{doing}: {exc.message}",
                                   hint=forbidden_hint or exc.hint) from None
        except RateLimited as exc:
            hint = exc.hint
            if response.status_code == 503 and self._busy_in_a_row >= BLOCK_SUSPECTED_AFTER:
                hint = (f"SharePoint has answered 503 Server Too Busy {self._busy_in_a_row} "
                        "times in a row. If this goes on for hours, Microsoft may have blocked "
                        "the app for sending too much: your Microsoft 365 administrator sees "
                        "it in the Message Center. Sync less often, keep concurrency at 1-2, "
                        "and try again later.")
            raise RateLimited(f"{doing}: {exc.message}", hint=hint) from None
        except BackendError as exc:
            raise type(exc)(f"{doing}: {exc.message}", hint=exc.hint) from None
        return None  # pragma: no cover - raise_for_status always raises here

    def get_json(self, path: str, doing: str, *, forbidden_hint: str | None = None,
                 headers: Mapping[str, str] | None = None) -> Any:
        return self.check(self.call("GET", path, headers=headers), doing,
                          forbidden_hint=forbidden_hint)

    # --- $batch ----------------------------------------------------------------------

    def batch(self, requests_: Sequence[BatchRequest]) -> dict[str, BatchResponse]:
        """Send *requests_* in ``$batch`` envelopes of up to 20; one answer per id.

        Throttled inner requests (429/503/504) are sent again, alone, after the longest
        ``Retry-After`` among them, until they succeed or the wait bound is reached (then
        their last answer is returned). An envelope whose answer is lost gives status 0
        for each of its requests.
        """
        if len({r.id for r in requests_}) != len(requests_):
            raise ValueError("batch request ids must be unique")
        results: dict[str, BatchResponse] = {}
        pending = list(requests_)
        waited, rounds, reauthed = 0.0, 0, False
        while pending:
            rounds += 1
            chunks = [pending[i:i + MAX_BATCH] for i in range(0, len(pending), MAX_BATCH)]
            answers = self._send_chunks(chunks)
            retry: list[tuple[BatchRequest, BatchResponse]] = []
            stale_token = None
            for chunk, answer in zip(chunks, answers, strict=True):
                if isinstance(answer, BaseException):
                    status = 0 if isinstance(answer, LostResponse) else -1
                    for request in chunk:
                        results[request.id] = BatchResponse(request.id, max(status, 0),
                                                            error=str(answer))
                    continue
                for request in chunk:
                    inner = answer.get(request.id.lower())
                    if inner is None:
                        results[request.id] = BatchResponse(
                            request.id, 0, error="the batch answer had nothing for this request")
                    elif inner.status in _RETRY_STATUSES or (
                            inner.status in _TRANSIENT and request.method in _RESENDABLE):
                        retry.append((request, inner))
                    elif inner.status == 401 and not reauthed:
                        stale_token = True
                        retry.append((request, inner))
                    else:
                        results[request.id] = inner
            if not retry:
                break
            if stale_token:
                reauthed = True
                self._count(reauthenticated=1)
                self.tokens.invalidate()
            delays = [_retry_after(r.headers) for _, r in retry]
            delay = max((d for d in delays if d is not None), default=None)
            if delay is None:
                delay = 0.0 if stale_token and all(r.status == 401 for _, r in retry) \
                    else self._backoff(rounds)
            self._count(throttled=sum(1 for _, r in retry if r.status in _RETRY_STATUSES))
            if waited + delay > self.settings.max_wait_seconds or rounds >= 20:
                self._gate.hold(delay)
                for request, inner in retry:
                    results[request.id] = attrs.evolve(
                        inner, error=f"still throttled after waiting {math.ceil(waited)} s "
                        "in all")
                break
            waited += delay
            self._count(retried=len(retry))
            if delay:
                self._wait(delay)
            pending = [request for request, _ in retry]
        return results

    def _send_chunks(self, chunks: list[list[BatchRequest]]
                     ) -> list[dict[str, BatchResponse] | BaseException]:
        if len(chunks) == 1 or self.settings.concurrency == 1:
            return [self._send_chunk(chunk) for chunk in chunks]
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=self.settings.concurrency,
                                            thread_name_prefix="kmcore-graph")
        return list(self._pool.map(self._send_chunk, chunks))

    def _send_chunk(self, chunk: list[BatchRequest]) -> dict[str, BatchResponse] | BaseException:
        self._count(batches=1, inner=len(chunk))
        try:
            response = self.call("POST", "/$batch",
                                 json={"requests": [r.to_json() for r in chunk]},
                                 resendable=all(r.method in ("GET", "HEAD") for r in chunk))
            body = self.check(response, "sending a batch of changes to SharePoint")
        except BackendError as exc:
            return exc
        answers: dict[str, BatchResponse] = {}
        upcoming = 0
        for inner in (body or {}).get("responses") or []:
            if not isinstance(inner, dict):
                continue
            rid = str(inner.get("id", ""))
            headers = {str(k): str(v) for k, v in (inner.get("headers") or {}).items()}
            answers[rid.lower()] = BatchResponse(rid, int(inner.get("status") or 0),
                                                 headers, inner.get("body"))
            upcoming += 1
            self._note_rate_limit(headers, upcoming=MAX_BATCH)
        # An inner Retry-After holds the whole app, at once: the next envelope of this round
        # (sent next, or by another thread) waits for it too, not only the next round.
        asked = [_retry_after(a.headers) for a in answers.values()
                 if a.status in _RETRY_STATUSES]
        longest = max((d for d in asked if d is not None), default=None)
        if longest:
            self._gate.hold(longest)
        return answers


def _retry_after(headers: Mapping[str, str]) -> float | None:
    """``Retry-After`` of an inner batch answer, read as kmcore reads a response's."""
    response = requests.Response()
    response.headers = CaseInsensitiveDict(headers)
    return retry_after_seconds(response)
