"""What went wrong with a plugin, and what ``kmcore plugins`` says about each one.

:class:`PluginFailure` (a plugin that could not load or register), :class:`HookFailure` (an
event hook implementation that raised), :class:`PluginInfo` (one line of ``kmcore plugins``),
and the small helpers that turn an exception into the one line users see.
"""

from __future__ import annotations

import re
import traceback as tb
from typing import Any, Literal

import attrs

from kmcore.errors import KmcoreError, PluginError

__all__ = ["HookFailure", "PluginFailure", "PluginInfo", "Source", "Stage"]

# Where a failure happened; shown to users, so plain words.
Stage = Literal["import", "register", "hooks", "registration", "commands"]


@attrs.frozen(kw_only=True)
class Source:
    """Where a plugin came from; kept by us rather than read from pluggy's private state."""

    name: str
    distribution: str | None = None
    version: str | None = None
    builtin: bool = False
    reason: str | None = None  # why it was disabled, when it was


@attrs.frozen(kw_only=True)
class PluginFailure:
    """A plugin that could not be loaded or whose registrations were refused.

    :ivar name: the plugin's name (its entry-point name, or module name for a built-in).
    :ivar distribution: the installed distribution it came from (``kmcore-sharepoint``).
    :ivar version: that distribution's version.
    :ivar error: the cause, on one line (``ModuleNotFoundError: No module named 'msal'``).
    :ivar traceback: the full traceback, for ``kmcore doctor --json`` and bug reports.
    :ivar stage: ``import``, ``register`` (pluggy refused it), ``hooks`` (unknown hook
        names), ``registration`` (its ``register`` calls were refused) or ``commands``.
    :ivar hint: what to do about it.
    """

    name: str
    distribution: str | None = None
    version: str | None = None
    error: str
    traceback: str = ""
    stage: Stage = "import"
    builtin: bool = False
    hooks: tuple[str, ...] = ()
    hint: str | None = None

    @property
    def source(self) -> str:
        """``kmcore-sharepoint 1.2.0``, or a note that it is not from a distribution."""
        return source_label(self.distribution, self.version)

    def as_error(self, what: str | None = None) -> PluginError:
        """A :class:`PluginError` quoting this failure, optionally about *what* needed it."""
        subject = f"plugin {self.name!r} ({self.source})"
        head = f"{what} is unavailable because {subject}" if what else subject
        return PluginError(f"{head} failed to load: {self.error}", hint=self.hint)


@attrs.frozen(kw_only=True)
class HookFailure:
    """An event hook implementation that raised; the event itself still happened.

    :ivar plugin: the plugin whose implementation raised.
    :ivar hook: the hook name (``kmcore_record_changed``).
    :ivar error: the exception on one line.
    :ivar exception: the exception itself, for callers that want to re-raise it.
    """

    plugin: str
    hook: str
    error: str
    traceback: str = ""
    exception: Exception | None = attrs.field(default=None, eq=False, repr=False)


@attrs.frozen(kw_only=True)
class PluginInfo:
    """One line of ``kmcore plugins``: a plugin and whether it works.

    :ivar status: ``ok``, ``failed`` (see :attr:`error`) or ``disabled`` (by a switch).
    :ivar hooks: the hooks it implements, when known.
    """

    name: str
    distribution: str | None
    version: str | None
    hooks: tuple[str, ...]
    builtin: bool
    status: Literal["ok", "failed", "disabled"]
    error: str | None = None
    hint: str | None = None
    traceback: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON output; the keys are stable for scripts."""
        data = attrs.asdict(self)
        data["hooks"] = list(self.hooks)
        return data


def source_label(distribution: str | None, version: str | None) -> str:
    """``kmcore-sharepoint 1.2.0``, or a note that a plugin is not from a distribution."""
    if distribution is None:
        return "not from an installed distribution"
    return f"{distribution} {version}" if version else distribution


def canonical(name: str | None) -> str:
    """A plugin or distribution name as pip compares them (``kmcore_SharePoint`` ->
    ``kmcore-sharepoint``); empty for None."""
    return re.sub(r"[-_.]+", "-", name).lower() if name else ""


def one_line(exc: BaseException, limit: int = 300) -> str:
    """An exception on one line: kmcore's own errors as their message, others with their
    class name in front."""
    text = " ".join(str(exc).split())
    if not isinstance(exc, KmcoreError):
        text = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


def format_traceback(exc: BaseException) -> str:
    return "".join(tb.format_exception(exc))
