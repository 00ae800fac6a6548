"""The exception hierarchy every part of kmcore raises.

Every error says what happened, to which object, and what to do about it. The CLI turns a
:class:`KmcoreError` into one line plus its :attr:`~KmcoreError.hint`; Python callers can catch
the narrow classes below.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

__all__ = [
    "AuthError",
    "BackendError",
    "BackendNotInstalled",
    "ConfigError",
    "Conflict",
    "InvalidId",
    "KmcoreError",
    "NotFound",
    "PermissionDenied",
    "PluginError",
    "Problem",
    "RateLimited",
    "RemoteError",
    "StoreError",
    "ValidationError",
]


class KmcoreError(Exception):
    """Root of every error kmcore raises on purpose.

    :param message: what happened, naming the object concerned.
    :param hint: what the user can do about it; shown on its own line by the CLI.
    """

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message


class ConfigError(KmcoreError):
    """A setting in ``kmcore.toml`` or the environment is missing or wrong."""


class InvalidId(KmcoreError):
    """A record id is not acceptable (unsafe as a file name, too long, empty...)."""


def shorten(value: object, limit: int = 60) -> str:
    """``repr`` of *value*, cut to *limit* characters so errors stay readable."""
    text = repr(value)
    if len(text) <= limit:
        return text
    return text[: limit - 1] + "…"


def _masked(text: str) -> str:
    """*text* with any likely patient identifier masked: a problem is printed by
    ``kmcore validate``, ``add`` and ``edit`` and may be logged, outside the record."""
    if not any(c.isdigit() for c in text):  # nothing to mask without digits (the usual case)
        return text
    from kmcore.pii_text import masked_text

    return masked_text(text)


@attrs.frozen
class Problem:
    """One thing wrong with a record.

    :ivar path: where, as a JSON path from the record's root (``$.outcomes[0].unit``).
    :ivar reason: a plain-English reason (``must not be empty``).
    :ivar value: the offending value, shortened for display (``''``); empty if not relevant.
        A likely patient identifier in the reason or the value (an NHS number in any
        written form) is masked when the problem is made.
    """

    path: str
    reason: str = attrs.field(converter=_masked)
    value: str = attrs.field(default="", converter=_masked)

    def __str__(self) -> str:
        if self.value:
            return f"{self.path}: {self.reason} (got {self.value})"
        return f"{self.path}: {self.reason}"

    def under(self, prefix: str) -> Problem:
        """The same problem, re-rooted below *prefix* (``$.details`` + ``$.task``)."""
        rest = self.path[1:] if self.path.startswith("$") else "." + self.path
        return attrs.evolve(self, path=prefix + rest)


class ValidationError(KmcoreError, ValueError):
    """A record (or record data) breaks one or more rules; :attr:`problems` lists them all."""

    def __init__(
        self,
        subject: str,
        problems: Iterable[Problem],
        *,
        hint: str | None = None,
    ) -> None:
        self.subject = subject
        self.problems: Sequence[Problem] = tuple(problems)
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        lines = [f"{subject} has {count} {noun}:"]
        lines += [f"  {p}" for p in self.problems]
        super().__init__(
            "\n".join(lines),
            hint=hint or "Fix the fields listed above and try again; nothing was saved.",
        )


class NotFound(KmcoreError, LookupError):
    """No record (or backend, or plugin) has the name asked for."""


class Conflict(KmcoreError):
    """Somebody else changed the record since it was read (a stale revision)."""


class StoreError(KmcoreError):
    """The store could not read or write something (a corrupt file, a lock that will not clear)."""


class PluginError(KmcoreError):
    """A plugin failed to load, or registered something invalid; the message names the plugin."""


class BackendNotInstalled(KmcoreError):
    """A backend that kmcore knows of is not installed; the hint carries the ``pip`` command."""


class BackendError(KmcoreError):
    """A remote service (SharePoint, Confluence...) refused or failed a request.

    :ivar status: the HTTP status the service answered, when there was one.
    :ivar retryable: a transient failure (throttling, a 5xx, no answer): the next sync tries
        the item again. Defaults from the class (:class:`RateLimited` is) and the status
        (408, 429 and 5xx are); pass it to say otherwise.
    :ivar conflict: the remote copy changed since kmcore last wrote it; nothing was written.
    :ivar stops_run: nothing more should be sent to this target in this run: every further
        request would fail the same way (a refused sign-in, which some services answer by
        locking the account) or the service asked for a longer pause than a run may wait.
        The sync engine stops the target's run with this error, and a target's ``apply``
        re-raises it rather than turning it into one item's failure. Defaults from the class
        (:class:`AuthError` does); pass it to say otherwise.
    """

    #: whether errors of this class are transient unless told otherwise.
    transient: bool = False
    #: whether errors of this class stop the target's run unless told otherwise.
    stops: bool = False

    def __init__(
        self, message: str, *, hint: str | None = None, request_id: str | None = None,
        status: int | None = None, retryable: bool | None = None, conflict: bool = False,
        stops_run: bool | None = None,
    ) -> None:
        if request_id:
            message = f"{message} (request id {request_id})"
        super().__init__(message, hint=hint)
        self.request_id = request_id
        self.status = status
        if retryable is None:
            retryable = self.transient or (status is not None and (
                status >= 500 or status in (408, 429)))
        self.retryable = retryable
        self.conflict = conflict
        self.stops_run = self.stops if stops_run is None else stops_run


class AuthError(BackendError):
    """The service did not accept our credentials: the run stops (``stops_run``)."""

    stops = True


class PermissionDenied(BackendError):
    """The credentials work but lack a permission the operation needs."""


class RateLimited(BackendError):
    """The service is throttling us and retries ran out."""

    transient = True


class RemoteError(BackendError):
    """Any other failure reported by a remote service."""
