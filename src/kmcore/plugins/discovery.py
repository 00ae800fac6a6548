"""Finding external plugins: entry points in the ``kmcore`` group, and the switches.

``KMCORE_LOAD_PLUGINS``
    comma-separated plugin names (entry-point or distribution names): load only these.
    Set but empty: load no external plugins (the built-ins always load).
``KMCORE_DISABLE_PLUGINS``
    comma-separated plugin names not to load.

Names are compared as pip compares distribution names (``kmcore_SharePoint`` matches
``kmcore-sharepoint``). Nothing is imported here: :func:`find_entry_points` only says which
entry points to load, which to skip and why.
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import metadata

import attrs

from kmcore.plugins.failures import Source, canonical

__all__ = ["ENV_DISABLE", "ENV_LOAD", "GROUP", "Found", "find_entry_points"]

#: The pluggy project name and the entry-point group plugins declare.
GROUP = "kmcore"
ENV_LOAD = "KMCORE_LOAD_PLUGINS"
ENV_DISABLE = "KMCORE_DISABLE_PLUGINS"


@attrs.frozen(kw_only=True)
class Found:
    """The external plugins to load, in name order, and the ones the switches turned off.

    :ivar candidates: (where it comes from, its entry point), to be imported in this order.
    :ivar disabled: plugins a switch turned off, each with the reason.
    :ivar notes: switch entries that name no installed plugin (a typing mistake, usually).
    """

    candidates: tuple[tuple[Source, metadata.EntryPoint], ...]
    disabled: tuple[Source, ...]
    notes: tuple[str, ...]


def _switch(value: str | None) -> set[str] | None:
    if value is None:
        return None
    return {canonical(part.strip()) for part in value.split(",") if part.strip()}


def find_entry_points(env: Mapping[str, str]) -> Found:
    """Every installed ``kmcore`` entry point, sorted by name, sorted into load or skip by
    the switches in *env*."""
    only = _switch(env.get(ENV_LOAD))
    turned_off = _switch(env.get(ENV_DISABLE)) or set()
    matched: set[str] = set()
    candidates: list[tuple[Source, metadata.EntryPoint]] = []
    disabled: list[Source] = []
    for ep in sorted(metadata.entry_points(group=GROUP), key=lambda ep: ep.name):
        dist = ep.dist
        source = Source(
            name=ep.name,
            distribution=dist.name if dist is not None else None,
            version=dist.version if dist is not None else None,
        )
        keys = {canonical(ep.name), canonical(source.distribution)} - {""}
        matched |= keys
        if keys & turned_off:
            disabled.append(attrs.evolve(source, reason=f"disabled by {ENV_DISABLE}"))
        elif only is not None and not keys & only:
            disabled.append(attrs.evolve(source, reason=f"not listed in {ENV_LOAD}"))
        else:
            candidates.append((source, ep))
    notes = [
        f"{variable} names {name!r}, but no installed plugin has that name"
        for variable, names in ((ENV_LOAD, only or set()), (ENV_DISABLE, turned_off))
        for name in sorted(names - matched)
    ]
    return Found(candidates=tuple(candidates), disabled=tuple(disabled), notes=tuple(notes))
