"""Calling plugins one at a time, and asking pluggy which hooks a plugin implements.

kmcore never calls a hook on all plugins at once through pluggy: each plugin's implementation
runs on its own (:func:`call_one`), so what it registers is recorded against it and one that
raises is set aside, or reported (:func:`notify`), without stopping the others.
"""

from __future__ import annotations

import difflib
import logging
from collections.abc import Iterable
from typing import Any

import pluggy

from kmcore.errors import PluginError
from kmcore.plugins.failures import HookFailure, format_traceback, one_line

__all__ = ["call_one", "hook_names", "hooks_of", "notify", "unknown_hooks",
           "unknown_hooks_error"]

log = logging.getLogger("kmcore.plugins")


def hook_names() -> list[str]:
    """The names of every hook kmcore defines, sorted."""
    from kmcore import hookspecs

    return sorted(name for name in vars(hookspecs) if name.startswith("kmcore_"))


def hooks_of(pm: pluggy.PluginManager, plugin: object) -> tuple[str, ...]:
    """The hooks *plugin* implements, sorted."""
    callers = pm.get_hookcallers(plugin) if plugin is not None else None
    return tuple(sorted({caller.name for caller in callers or ()}))


def call_one(pm: pluggy.PluginManager, plugin: object, hook_name: str, **kwargs: Any) -> None:
    """Call one plugin's implementation of a hook, through pluggy (so tracing applies)."""
    if hook_name not in hooks_of(pm, plugin):
        return
    others = [p for p in pm.get_plugins() if p is not plugin]
    pm.subset_hook_caller(hook_name, remove_plugins=others)(**kwargs)


def notify(pm: pluggy.PluginManager, hook_name: str, **kwargs: Any) -> list[HookFailure]:
    """Call an event hook on every plugin, each on its own, in pluggy's order.

    One that raises is logged on the ``kmcore.plugins`` logger and returned as a
    :class:`HookFailure`; the others still run. The event has already happened.
    """
    caller = getattr(pm.hook, hook_name)
    failures: list[HookFailure] = []
    # get_hookimpls() is in reverse call order; keep pluggy's order (and skip wrappers,
    # which are called with their own plugin's implementation anyway).
    names = dict.fromkeys(
        impl.plugin_name for impl in reversed(caller.get_hookimpls())
        if not (impl.wrapper or impl.hookwrapper)
    )
    for name in names:
        plugin = pm.get_plugin(name)
        if plugin is None:
            continue
        try:
            call_one(pm, plugin, hook_name, **kwargs)
        except Exception as exc:
            log.warning("kmcore plugin %r failed in %s: %s", name, hook_name, one_line(exc),
                        exc_info=exc)
            failures.append(HookFailure(plugin=name, hook=hook_name, error=one_line(exc),
                                        traceback=format_traceback(exc), exception=exc))
    return failures


def unknown_hooks(pm: pluggy.PluginManager, plugin: object) -> list[str]:
    """The hooks *plugin* implements that kmcore does not define (and are not optional)."""
    return sorted(
        caller.name
        for caller in pm.get_hookcallers(plugin) or ()
        if not caller.has_spec()
        and any(i.plugin is plugin and not i.optionalhook for i in caller.get_hookimpls())
    )


def unknown_hooks_error(name: str, unknown: Iterable[str], kmcore_version: str) -> PluginError:
    """The error for a plugin implementing hooks that do not exist, with the closest names."""
    known = hook_names()
    described = []
    for hook_name in unknown:
        guess = difflib.get_close_matches(hook_name, known, n=1)
        described.append(f"{hook_name} (did you mean {guess[0]}?)" if guess else hook_name)
    return PluginError(
        f"plugin {name!r} implements hooks kmcore {kmcore_version} does not have: "
        + ", ".join(described),
        hint="Correct the hook name in the plugin, or upgrade kmcore if the plugin needs "
        "a newer version (pip install --upgrade kmcore).",
    )
