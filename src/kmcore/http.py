"""The one HTTP session factory every kmcore backend uses (SharePoint, Confluence, ...).

:func:`make_session` returns a :class:`KmcoreSession`: a :class:`requests.Session` that

* always sends a timeout (a per-request ``timeout=`` overrides it; ``None`` means "the default",
  never "wait for ever");
* names kmcore and the plugin, with versions, in ``User-Agent`` (plus any token the caller adds,
  such as Graph's ``ISV|kmcore|kmcore-sharepoint/0.1.0`` decoration);
* sends a fresh ``client-request-id`` (uuid4) with every logical request, so a failure can be
  matched with the service's own logs;
* retries throttled and unavailable responses (429/503/504 by default) with exponential backoff
  and full jitter, honouring ``Retry-After`` in seconds or as an HTTP date, within a bounded
  total wait;
* retries connection failures and timeouts only for idempotent methods: a POST whose response
  was lost is never sent again unless the caller says it is safe (``idempotent=True``);
* logs each attempt on the ``kmcore.http`` logger at DEBUG, with secrets redacted.

:meth:`KmcoreSession.raise_for_status` (and the module function :func:`raise_for_status`) turn
a failed response into a kmcore error (:class:`~kmcore.errors.AuthError`,
:class:`~kmcore.errors.PermissionDenied`, :class:`~kmcore.errors.RateLimited`,
:class:`~kmcore.errors.RemoteError`) carrying the request id and a plain-English hint.

See decision D60 in ``docs/decisions.md`` for why the retry loop is written here rather than
delegated to urllib3's ``Retry``.
"""

from __future__ import annotations

import datetime
import email.utils
import logging
import math
import random
import time
import uuid
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import requests
from requests.structures import CaseInsensitiveDict

from kmcore import __version__
from kmcore.errors import AuthError, BackendError, PermissionDenied, RateLimited, RemoteError
from kmcore.redaction import (
    REDACTED,
    SECRET_HEADERS,
    SECRET_PARAMS,
    RedactingFilter,
    redact_form,
    redact_headers,
    redact_text,
    redact_url,
)

__all__ = [
    "IDEMPOTENT_METHODS",
    "REDACTED",
    "REQUEST_ID_HEADERS",
    "SECRET_HEADERS",
    "SECRET_PARAMS",
    "KmcoreSession",
    "RedactingFilter",
    "RetryPolicy",
    "make_session",
    "raise_for_status",
    "redact_form",
    "redact_headers",
    "redact_text",
    "redact_url",
    "request_id_of",
    "retry_after_seconds",
]

logger = logging.getLogger("kmcore.http")


#: Methods RFC 9110 defines as idempotent: sending one twice has the effect of sending it once,
#: so a lost response can be answered by sending it again.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})

#: Response headers that carry the service's id for a request, most specific first: Graph
#: (``request-id``), SharePoint REST (``x-ms-request-id``), Atlassian Cloud (``X-Request-Id``),
#: Confluence Data Center (``X-AREQUESTID``).
REQUEST_ID_HEADERS = ("request-id", "x-ms-request-id", "x-request-id", "x-arequestid")

DEFAULT_CLIENT_REQUEST_ID_HEADER = "client-request-id"

if not any(isinstance(f, RedactingFilter) for f in logger.filters):
    logger.addFilter(RedactingFilter())


# --- retry policy ------------------------------------------------------------------------------


def _positive(instance: object, attribute: attrs.Attribute[Any], value: float) -> None:
    if not value > 0:
        raise ValueError(f"{attribute.name} must be greater than 0 (got {value!r})")


@attrs.frozen
class RetryPolicy:
    """How a :class:`KmcoreSession` retries.

    :ivar max_attempts: attempts in all, the first included (1 turns retries off).
    :ivar max_total_wait: seconds the session may spend sleeping between attempts for one
        request; a ``Retry-After`` that would break this bound ends the retries at once.
    :ivar backoff_base: the first backoff ceiling in seconds; attempt *n* waits a random time
        in ``[0, min(backoff_cap, backoff_base * 2**(n-1))]`` ("full jitter").
    :ivar backoff_cap: the largest backoff ceiling in seconds.
    :ivar statuses: response statuses that are retried (for idempotent requests).
    :ivar unprocessed_statuses: statuses retried even for non-idempotent requests, because the
        service promises it did not act on the request. 429 means "rejected, not processed" in
        Graph's and Atlassian's throttling documentation; 503 is not there because a proxy may
        answer 503 after the origin did the work.
    :ivar respect_retry_after: wait as long as ``Retry-After`` asks (within the bounds); if
        false, always use the backoff.
    """

    max_attempts: int = attrs.field(default=5)
    max_total_wait: float = attrs.field(default=120.0)
    backoff_base: float = attrs.field(default=1.0, validator=_positive)
    backoff_cap: float = attrs.field(default=30.0, validator=_positive)
    statuses: frozenset[int] = attrs.field(default=frozenset({429, 503, 504}), converter=frozenset)
    unprocessed_statuses: frozenset[int] = attrs.field(
        default=frozenset({429}), converter=frozenset
    )
    respect_retry_after: bool = True

    @max_attempts.validator
    def _check_attempts(self, attribute: attrs.Attribute[int], value: int) -> None:
        if value < 1:
            raise ValueError(f"max_attempts must be at least 1 (got {value!r})")

    @max_total_wait.validator
    def _check_total(self, attribute: attrs.Attribute[float], value: float) -> None:
        if value < 0:
            raise ValueError(f"max_total_wait must not be negative (got {value!r})")

    def backoff(self, retry_number: int, rng: random.Random) -> float:
        """Seconds to wait before retry *retry_number* (1 for the first) when no Retry-After."""
        ceiling = min(self.backoff_cap, self.backoff_base * 2 ** (retry_number - 1))
        return rng.uniform(0, ceiling)


def retry_after_seconds(
    response: requests.Response, *, now: Callable[[], float] = time.time
) -> float | None:
    """Seconds the response's ``Retry-After`` asks to wait, or ``None`` if absent or unreadable.

    Accepts delay-seconds (``120``) and an HTTP date (``Wed, 21 Oct 2026 07:28:00 GMT``); a
    date in the past means "now" (0). *now* is the wall clock, injectable for tests.
    """
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:  # RFC 9110 dates are GMT; a naive one ("-0000") is read as such
            when = when.replace(tzinfo=datetime.UTC)
        return max(0.0, when.timestamp() - now())
    if not math.isfinite(seconds) or seconds < 0:
        return None
    return seconds


def request_id_of(
    response: requests.Response | None,
    request: requests.PreparedRequest | None = None,
    *,
    client_header: str | None = DEFAULT_CLIENT_REQUEST_ID_HEADER,
) -> str | None:
    """The service's id for a request (see :data:`REQUEST_ID_HEADERS`), else the client one."""
    if response is not None:
        for name in REQUEST_ID_HEADERS:
            value = response.headers.get(name)
            if value:
                return value.strip()
        request = request or response.request
    if request is not None and client_header:
        sent = request.headers.get(client_header)
        if sent:
            return sent.decode() if isinstance(sent, bytes) else sent
    return None


# --- errors ------------------------------------------------------------------------------------


def _describe(method: str | None, url: str | None) -> str:
    return f"{(method or 'request').upper()} {redact_url(url or '?')}"


def _service_message(response: requests.Response) -> str:
    """A short message from the service's error body (Graph, Atlassian and plain text shapes)."""
    try:
        body = response.json()
    except ValueError:
        text = (response.text or "").strip()
        if not text or text.startswith("<"):  # an HTML error page says nothing useful
            return ""
        return redact_text(text[:200])
    message: Any = None
    if isinstance(body, dict):
        error = body.get("error")
        if isinstance(error, dict):
            message = error.get("message")
        elif isinstance(error, str):
            message = body.get("error_description") or error
        message = message or body.get("message") or body.get("errorMessage")
        if not message and isinstance(body.get("errorMessages"), list) and body["errorMessages"]:
            message = body["errorMessages"][0]
    if not isinstance(message, str) or not message.strip():
        return ""
    return redact_text(message.strip()[:300])


def raise_for_status(
    response: requests.Response,
    *,
    now: Callable[[], float] = time.time,
    client_request_id_header: str | None = DEFAULT_CLIENT_REQUEST_ID_HEADER,
) -> requests.Response:
    """Return *response* if it succeeded (below 400), else raise the matching kmcore error.

    401 → :class:`~kmcore.errors.AuthError`, 403 → :class:`~kmcore.errors.PermissionDenied`,
    429 and 503 → :class:`~kmcore.errors.RateLimited` (saying how long the service asked to
    wait), anything else from 400 up → :class:`~kmcore.errors.RemoteError`. The message names
    the method and the URL with secret parameters redacted, the status and the service's own
    message; the error's ``request_id`` is the service's request id, or the client one.
    """
    status = response.status_code
    if status < 400:
        return response
    request = response.request
    what = _describe(request.method if request else None, request.url if request else response.url)
    request_id = request_id_of(response, client_header=client_request_id_header)
    said = _service_message(response)
    detail = f": {said}" if said else ""
    reason = f"HTTP {status}" + (f" {response.reason}" if response.reason else "")
    error: BackendError
    if status == 401:
        error = AuthError(
            f"{what} was refused: the service did not accept our credentials ({reason}){detail}",
            hint="Check the target's credentials (token, certificate or secret): they may be "
            "wrong, expired or revoked.",
            request_id=request_id, status=status,
        )
    elif status == 403:
        error = PermissionDenied(
            f"{what} was forbidden: the credentials work but lack a permission ({reason}){detail}",
            hint="Ask the service's administrator to grant the permission this operation needs "
            "(for SharePoint, a Sites.Selected grant with the right role on this site).",
            request_id=request_id, status=status,
        )
    elif status in (429, 503):
        wait = retry_after_seconds(response, now=now)
        asked = (
            f"; the service asked us to wait {_seconds(wait)} before trying again"
            if wait is not None
            else ""
        )
        error = RateLimited(
            f"{what} was throttled: the service is busy ({reason}){asked}{detail}",
            hint=(
                f"Try again in {_seconds(wait)} or later"
                if wait is not None
                else "Try again in a few minutes"
            )
            + "; if it keeps happening, sync less often or in smaller batches.",
            request_id=request_id, status=status,
        )
    else:
        error = RemoteError(
            f"{what} failed ({reason}){detail}",
            hint=_hint_for(status),
            request_id=request_id, status=status,
        )
    raise error


def _hint_for(status: int) -> str:
    if status == 404:
        return "Check that the address, site, space or item still exists and is spelt right."
    if status in (409, 412):
        return "Somebody else changed it meanwhile; run the operation again to re-read it."
    if status < 500:
        return "The service rejected the request; the message above says why."
    return (
        "The service had a problem of its own; try again later, and quote the request id "
        "to its administrator if it persists."
    )


def _seconds(value: float | None) -> str:
    if value is None:
        return "an unknown time"
    whole = math.ceil(value)
    return "1 second" if whole == 1 else f"{whole} seconds"


# --- the session -------------------------------------------------------------------------------

Timeout = float | tuple[float, float]


def _check_timeout(timeout: Timeout) -> Timeout:
    parts = timeout if isinstance(timeout, tuple) else (timeout,)
    if len(parts) not in (1, 2) or any(
        isinstance(p, bool) or not isinstance(p, (int, float)) or not p > 0 for p in parts
    ):
        raise ValueError(
            f"timeout must be seconds (> 0) or a (connect, read) pair of them, got {timeout!r}"
        )
    return timeout


def _rewindable(data: Any, files: Any) -> bool:
    """Whether a body can be sent again as it was: bytes, text, dicts and lists, not streams."""
    if files:
        # File objects are read once; re-sending would post an empty or truncated body.
        return False
    return data is None or isinstance(data, (bytes, str, dict, list, tuple))


class KmcoreSession(requests.Session):
    """A :class:`requests.Session` with kmcore's timeouts, retries, request ids and logging.

    Made by :func:`make_session`. Use it like any session (``session.get(url)``); two extra
    keywords are accepted by :meth:`request` and the verb helpers:

    ``idempotent``
        ``True`` marks a request safe to send again after a lost response even though its
        method is not idempotent (Graph ``$batch``, whose inner failures the caller handles;
        a POST carrying an idempotency key). ``False`` forbids resending even a GET after a
        lost response or a 503/504 (a 429, which the service did not process, is still retried).
    ``timeout``
        overrides the session's timeout for this request; ``None`` keeps the default.

    Its ``repr`` names the plugin only: headers (where tokens live) are never shown.
    """

    def __init__(
        self,
        *,
        plugin: str,
        plugin_version: str,
        timeout: Timeout,
        retries: RetryPolicy,
        user_agent: str,
        client_request_id_header: str | None,
        sleep: Callable[[float], None],
        clock: Callable[[], float],
        rng: random.Random,
    ) -> None:
        super().__init__()
        self.plugin = plugin
        self.plugin_version = plugin_version
        self.timeout: Timeout = _check_timeout(timeout)
        self.retries = retries
        self.client_request_id_header = client_request_id_header
        self._sleep = sleep
        self._clock = clock
        self._rng = rng
        self.headers["User-Agent"] = user_agent

    def __repr__(self) -> str:
        return f"<KmcoreSession {self.plugin}/{self.plugin_version}>"

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        """Send *request*; every path into requests (redirects included) gets a timeout here."""
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = self.timeout
        else:
            kwargs["timeout"] = _check_timeout(kwargs["timeout"])
        return super().send(request, **kwargs)

    def request(
        self,
        method: str,
        url: str | bytes,
        *args: Any,
        idempotent: bool | None = None,
        **kwargs: Any,
    ) -> requests.Response:
        """Send a request with retries; returns the last response (check it with
        :meth:`raise_for_status`), or raises :class:`~kmcore.errors.RemoteError` if no
        response could be had.

        Responses with a status in the policy's ``statuses`` are retried when the request may be
        resent (see *idempotent*); ``Retry-After`` is honoured; connection errors and timeouts
        are retried only for resendable requests.
        """
        if args:
            # requests' own positional order (params, data, headers, ...) is easy to get wrong
            # and hides the body from the rewind check; insist on keywords.
            raise TypeError("KmcoreSession.request takes its options as keywords")
        method = method.upper()
        text_url = url.decode() if isinstance(url, bytes) else url
        resendable = (method in IDEMPOTENT_METHODS) if idempotent is None else idempotent
        if not _rewindable(kwargs.get("data"), kwargs.get("files")):
            resendable = False
        headers: CaseInsensitiveDict[str] = CaseInsensitiveDict(kwargs.pop("headers", None) or {})
        header = self.client_request_id_header
        if header and header not in headers:
            # One id for the logical request, kept across its retries, so the service's logs
            # show every attempt under the id our error message quotes.
            headers[header] = str(uuid.uuid4())
        kwargs["headers"] = headers
        if kwargs.get("timeout") is not None:
            kwargs["timeout"] = _check_timeout(kwargs["timeout"])

        policy = self.retries
        waited = 0.0
        attempt = 0
        while True:
            attempt += 1
            started = time.perf_counter()
            try:
                response = super().request(method, text_url, **kwargs)
            except (requests.ConnectionError, requests.Timeout) as exc:
                self._log_attempt(method, text_url, type(exc).__name__, started, attempt)
                if resendable and attempt < policy.max_attempts:
                    backoff = policy.backoff(attempt, self._rng)
                    if waited + backoff <= policy.max_total_wait:
                        waited += backoff
                        self._wait(backoff, method, text_url, attempt)
                        continue
                raise self._connection_error(exc, method, text_url, headers, resendable) from None
            self._log_attempt(method, text_url, response.status_code, started, attempt)
            delay = self._retry_delay(response, attempt, resendable)
            if delay is None:
                return response
            if waited + delay > policy.max_total_wait:
                # Waiting would break the bound: hand back the response so raise_for_status
                # can say how long the service asked for.
                logger.debug(
                    "%s %s: not retrying, %.1f s more would exceed the %.1f s wait bound",
                    method,
                    redact_url(text_url),
                    delay,
                    policy.max_total_wait,
                )
                return response
            response.close()  # give the connection back to the pool before sleeping
            waited += delay
            self._wait(delay, method, text_url, attempt)

    def _retry_delay(
        self, response: requests.Response, attempt: int, resendable: bool
    ) -> float | None:
        """How long to wait before sending again after *response*; None: do not retry."""
        policy = self.retries
        status = response.status_code
        if status not in policy.statuses or attempt >= policy.max_attempts:
            return None
        if not (resendable or status in policy.unprocessed_statuses):
            return None
        asked = retry_after_seconds(response, now=self._clock)
        if asked is not None and policy.respect_retry_after:
            return asked
        return policy.backoff(attempt, self._rng)

    def _log_attempt(
        self, method: str, url: str, outcome: int | str, started: float, attempt: int
    ) -> None:
        elapsed = (time.perf_counter() - started) * 1000
        logger.debug(
            "%s %s -> %s %s %.0f ms (attempt %d/%d)",
            method,
            redact_url(url),
            outcome,
            "in" if isinstance(outcome, int) else "after",
            elapsed,
            attempt,
            self.retries.max_attempts,
        )

    def _wait(self, delay: float, method: str, url: str, attempt: int) -> None:
        logger.debug(
            "%s %s: waiting %.2f s before retry %d", method, redact_url(url), delay, attempt
        )
        self._sleep(delay)

    def _connection_error(
        self,
        exc: Exception,
        method: str,
        url: str,
        headers: Mapping[str, str],
        resendable: bool,
    ) -> RemoteError:
        what = _describe(method, url)
        request_id = (
            headers.get(self.client_request_id_header) if self.client_request_id_header else None
        )
        if isinstance(exc, requests.ConnectTimeout):
            problem = "could not connect in time"
        elif isinstance(exc, requests.Timeout):
            problem = "got no answer in time"
        else:
            problem = "lost its connection"
        # The exception text names the host and sometimes the URL: redact it before quoting.
        reason = redact_text(str(exc))[:200]
        if resendable:
            hint = "Check the network and that the service is up, then try again."
        else:
            hint = (
                f"{method} is not safe to repeat blindly, so it was not retried: the service may "
                "or may not have acted on it. Check before trying again."
            )
        # No answer: transient, whether or not the request may be resent at once.
        return RemoteError(f"{what} {problem} ({reason})", hint=hint, request_id=request_id,
                           retryable=True)

    def raise_for_status(self, response: requests.Response) -> requests.Response:
        """:func:`raise_for_status` with this session's clock and client-request-id header."""
        return raise_for_status(
            response, now=self._clock, client_request_id_header=self.client_request_id_header
        )


def make_session(
    *,
    plugin: str,
    plugin_version: str,
    timeout: Timeout = (5, 60),
    retries: RetryPolicy | None = None,
    user_agent_extra: str = "",
    client_request_id_header: str | None = DEFAULT_CLIENT_REQUEST_ID_HEADER,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.time,
    rng: random.Random | None = None,
) -> KmcoreSession:
    """A session for a kmcore HTTP backend.

    :param plugin: the plugin's distribution name (``kmcore-sharepoint``), named in User-Agent.
    :param plugin_version: its version.
    :param timeout: seconds, or a ``(connect, read)`` pair, applied to every request.
    :param retries: the retry policy; :class:`RetryPolicy` defaults if omitted.
    :param user_agent_extra: a token appended to User-Agent (Graph's traffic decoration,
        ``ISV|kmcore|kmcore-sharepoint/0.1.0``).
    :param client_request_id_header: the header carrying a uuid4 per request, or ``None`` to
        send none.
    :param sleep: how to wait between attempts (injectable for tests).
    :param clock: the wall clock, in epoch seconds, used to read ``Retry-After`` dates.
    :param rng: the random source for backoff jitter.
    """
    if not plugin or not plugin_version:
        raise ValueError("make_session needs the plugin's name and version for User-Agent")
    agent = f"kmcore/{__version__} {plugin}/{plugin_version} {requests.utils.default_user_agent()}"
    if user_agent_extra.strip():
        agent = f"{agent} {user_agent_extra.strip()}"
    return KmcoreSession(
        plugin=plugin,
        plugin_version=plugin_version,
        timeout=timeout,
        retries=retries or RetryPolicy(),
        user_agent=agent,
        client_request_id_header=client_request_id_header,
        sleep=sleep,
        clock=clock,
        rng=rng or random.Random(),
    )
