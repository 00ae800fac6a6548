"""Finding a backend's factory, and saying why a backend is not there.

:data:`KNOWN_BACKENDS` lists the backends published as separate distributions, so that asking
for one that is not installed gives the command that installs it; :func:`load_factory` imports
a backend's factory on first use; :func:`missing_backend` explains, in one error, why a
backend a ``kmcore.toml`` names cannot be had.
"""

from __future__ import annotations

import difflib
import importlib
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs

from kmcore.errors import BackendNotInstalled, KmcoreError, NotFound, PluginError
from kmcore.plugins.discovery import ENV_DISABLE, ENV_LOAD
from kmcore.plugins.failures import PluginFailure, Source, canonical, one_line

if TYPE_CHECKING:
    from kmcore.specs import BackendSpec

__all__ = ["KNOWN_BACKENDS", "KnownBackend", "load_factory", "missing_backend"]


@attrs.frozen
class KnownBackend:
    """A backend kmcore knows of but does not ship: what to install to get it."""

    name: str
    distribution: str
    kind: str
    description: str

    @property
    def install_command(self) -> str:
        """The command that installs it, e.g. ``pip install kmcore-sharepoint``."""
        return f"pip install {self.distribution}"


#: Backends published as separate distributions, so that asking for one that is missing
#: gives the command to install it rather than "not found".
KNOWN_BACKENDS: Mapping[str, KnownBackend] = MappingProxyType(
    {
        "confluence": KnownBackend(
            "confluence", "kmcore-confluence", "target", "Confluence pages in a space."
        ),
        "sharepoint": KnownBackend(
            "sharepoint", "kmcore-sharepoint", "target", "SharePoint lists and pages."
        ),
        "postgres": KnownBackend(
            "postgres", "kmcore-postgres", "store", "A PostgreSQL database (many editors)."
        ),
    }
)


def load_factory(spec: BackendSpec, *, distribution: str | None = None) -> Callable[..., Any]:
    """The callable that builds *spec*'s backend, importing ``"module:attr"`` on first use.

    :param distribution: the distribution that provides it, for the install hint.
    :raises PluginError: the module cannot be imported or has no such callable; the message
        names the backend, its plugin and the cause.
    """
    factory = spec.factory
    if not isinstance(factory, str):
        return factory
    module_name, _, attr = factory.partition(":")
    what = f"backend {spec.name!r} (from plugin {spec.plugin or '?'!r})"
    known = KNOWN_BACKENDS.get(spec.name)
    dist = distribution or (known.distribution if known else None)
    hint = (
        f"Reinstall it with its dependencies: pip install --upgrade --force-reinstall {dist}"
        if dist
        else "Check that the plugin providing it is installed correctly (kmcore doctor)."
    )
    try:
        obj: Any = importlib.import_module(module_name)
        for part in attr.split("."):
            obj = getattr(obj, part)
    except Exception as exc:
        raise PluginError(f"{what} cannot be loaded from {factory!r}: {one_line(exc)}",
                          hint=hint) from exc
    if not callable(obj):
        raise PluginError(f"{what}: {factory!r} is a {type(obj).__name__}, not a class or "
                          "function", hint=hint)
    return obj  # type: ignore[no-any-return]


def missing_backend(
    name: str, *, available: Iterable[str], failures: Iterable[PluginFailure],
    disabled: Iterable[Source],
) -> KmcoreError:
    """Why no installed plugin provides the backend *name*, as the error to raise.

    In order: the plugin that would provide it failed to load (quoting the cause), or is
    turned off by a switch; it is a known backend that is not installed (the ``pip install``
    command); or nobody has heard of it (the closest name, and what is installed).

    :param available: the names of the installed backends of the kind asked for.
    """
    known = KNOWN_BACKENDS.get(name)
    wanted = {canonical(name), canonical(f"kmcore-{name}")}
    if known is not None:
        wanted.add(canonical(known.distribution))
    for failure in failures:
        if wanted & {canonical(failure.name), canonical(failure.distribution)}:
            return failure.as_error(f"backend {name!r}")
    for source in disabled:
        if wanted & {canonical(source.name), canonical(source.distribution)}:
            return PluginError(
                f"backend {name!r} is unavailable because plugin {source.name!r} is "
                f"{source.reason}",
                hint=f"Change {ENV_LOAD} / {ENV_DISABLE} to let it load.",
            )
    if known is not None:
        return BackendNotInstalled(f"backend {name!r} is not installed",
                                   hint=f"Install it with: {known.install_command}")
    installed = sorted(available)
    guess = difflib.get_close_matches(name, [*installed, *KNOWN_BACKENDS], n=1)
    hint = f"Did you mean {guess[0]!r}? " if guess else ""
    return NotFound(
        f"there is no backend called {name!r}",
        hint=f"{hint}Installed: {', '.join(installed) or '(none)'}; "
        "`kmcore backends` lists them all.",
    )
