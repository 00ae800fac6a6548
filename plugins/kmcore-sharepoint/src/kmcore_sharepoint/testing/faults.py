"""Fault injection for the fake Graph, modelled on Microsoft Dev Proxy's plugins.

* ``GraphRandomErrorPlugin`` → :attr:`FaultConfig.rate` and :attr:`FaultConfig.errors`: a
  share of requests (plain, ``$batch`` envelopes and each request inside a batch) fail with
  429/503/504 and a ``Retry-After``, without being applied.
* ``RateLimitingPlugin`` → :attr:`FaultConfig.rate_limit`: a resource-unit budget per window;
  from 80% used, answers carry ``RateLimit-Limit``/``-Remaining``/``-Reset``; past 100%, 429
  with ``Retry-After`` equal to the reset.
* ``LatencyPlugin`` → :attr:`FaultConfig.latency_ms`.
* Lost responses (a dropped connection after the write was applied) →
  :attr:`FaultConfig.lose_rate`.
* ``RetryAfterPlugin`` → :class:`RetryAfterDetector`: a request sent again before the
  ``Retry-After`` it was given has elapsed is recorded as a violation and fails again.
"""

from __future__ import annotations

import email.utils
import hashlib
import math
import random
import threading
import time

import attrs

__all__ = ["FaultConfig", "RateLimiter", "RetryAfterDetector", "Violation"]


@attrs.define(kw_only=True)
class FaultConfig:
    """How badly the fake behaves. Change it at any time (``fake.faults.rate = 0.1``).

    :ivar rate: probability (0-1) that a request fails with one of :attr:`errors`.
    :ivar errors: statuses to pick from (Dev Proxy's Graph list: 429, 500, 502, 503, 504, 507).
    :ivar retry_after: seconds sent in ``Retry-After`` with a random failure.
    :ivar retry_after_format: ``seconds`` (``2.5``) or ``http-date`` (whole seconds).
    :ivar lose_rate: probability that a write (or a ``$batch``) is applied and its response
        then lost: the connection is closed without an answer.
    :ivar latency_ms: added to every HTTP request, plus up to ``latency_jitter_ms``.
    :ivar rate_limit: resource units allowed per ``rate_window`` seconds (None: unlimited).
    :ivar seed: for the random choices, so a failing test can be replayed.
    :ivar fail_next: the next this-many requests fail (as with :attr:`rate`, but certainly):
        for tests that must see a fault whatever the order of concurrent requests.
    """

    rate: float = 0.0
    errors: tuple[int, ...] = (429, 503, 504)
    retry_after: float = 5.0
    retry_after_format: str = "seconds"
    lose_rate: float = 0.0
    latency_ms: float = 0.0
    latency_jitter_ms: float = 0.0
    rate_limit: int | None = None
    rate_window: float = 60.0
    rate_warning: float = 0.8
    seed: int | None = None
    fail_next: int = 0


@attrs.frozen
class Violation:
    """A request sent again before its ``Retry-After`` had elapsed."""

    method: str
    url: str
    early_by: float  # seconds too soon


def request_key(method: str, url: str, body: bytes | None) -> str:
    """What makes two requests "the same request" for the Retry-After detector."""
    digest = hashlib.sha256(body or b"").hexdigest()[:16]
    return f"{method.upper()} {url} {digest}"


class RetryAfterDetector:
    """Remembers when each throttled request may come back; records early returns."""

    def __init__(self) -> None:
        self._not_before: dict[str, float] = {}
        self._lock = threading.Lock()
        self.violations: list[Violation] = []

    def throttled(self, key: str, seconds: float) -> None:
        with self._lock:
            self._not_before[key] = time.monotonic() + seconds

    def forget(self, keys: list[str]) -> None:
        """The answers that carried these Retry-Afters were lost: the client never saw them."""
        with self._lock:
            for key in keys:
                self._not_before.pop(key, None)

    def check(self, key: str, method: str, url: str) -> float | None:
        """Seconds still to wait if this request is early (a violation is recorded)."""
        now = time.monotonic()
        with self._lock:
            until = self._not_before.get(key)
            if until is None:
                return None
            if now >= until:
                del self._not_before[key]
                return None
            self.violations.append(Violation(method, url, until - now))
            return until - now


class RateLimiter:
    """A fixed-window resource-unit budget, as SharePoint applies per app per minute."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._window_start = time.monotonic()
        self._used = 0

    def charge(self, config: FaultConfig, cost: int) -> tuple[dict[str, str], float | None]:
        """Spend *cost* units: (headers to add, Retry-After seconds if over the limit)."""
        limit = config.rate_limit
        if limit is None:
            return {}, None
        now = time.monotonic()
        with self._lock:
            if now - self._window_start >= config.rate_window:
                self._window_start, self._used = now, 0
            reset = max(0.0, config.rate_window - (now - self._window_start))
            over = self._used + cost > limit
            if not over:
                self._used += cost
            used = self._used
        headers: dict[str, str] = {}
        if over or used >= config.rate_warning * limit:
            headers = {"RateLimit-Limit": str(limit),
                       "RateLimit-Remaining": str(max(0, limit - used)),
                       "RateLimit-Reset": str(math.ceil(reset))}
        return headers, (math.ceil(reset) if over else None)


def retry_after_value(config: FaultConfig, seconds: float) -> tuple[str, float]:
    """The header text and the seconds it really means (an HTTP date rounds up)."""
    if config.retry_after_format == "http-date":
        when = math.ceil(time.time() + seconds) + 1
        return email.utils.formatdate(when, usegmt=True), when - time.time()
    return f"{seconds:g}", seconds


def pick(rng: random.Random, lock: threading.Lock, probability: float) -> bool:
    if probability <= 0:
        return False
    with lock:
        return rng.random() < probability
