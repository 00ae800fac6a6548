"""Finding, loading and asking plugins: the one place kmcore talks to pluggy.

Nothing happens at import: the plugin manager is built and plugins are loaded the first time
something needs them (:func:`get_plugins`, opening a knowledge base, most CLI commands).

The package, one job per module:

- :mod:`~kmcore.plugins.manager`: :class:`Plugins`, which loads plugins in order, keeps
  what each contributed and answers questions about them;
- :mod:`~kmcore.plugins.discovery`: entry points in the ``kmcore`` group, and the switches;
- :mod:`~kmcore.plugins.registry`: record types and backends, each recorded against its
  plugin, all-or-nothing per plugin (each spec itself is checked by :mod:`kmcore.specs`);
- :mod:`~kmcore.plugins.calls`: calling one plugin at a time, event hooks;
- :mod:`~kmcore.plugins.commands`: plugins' ``kmcore`` commands;
- :mod:`~kmcore.plugins.backends`: importing a backend's factory, and why one is missing;
- :mod:`~kmcore.plugins.failures`: what went wrong, and ``kmcore plugins``'s lines;
- :mod:`~kmcore.plugins.tracing`: ``KMCORE_TRACE_PLUGINS``.

Switches, read from the environment when loading:

``KMCORE_LOAD_PLUGINS``
    comma-separated plugin names (entry-point or distribution names): load only these.
    Set but empty: load no external plugins (the built-ins always load).
``KMCORE_DISABLE_PLUGINS``
    comma-separated plugin names not to load.
``KMCORE_TRACE_PLUGINS=1``
    print each loading step and hook call on stderr.
"""

from __future__ import annotations

import threading

from kmcore.plugins.backends import KNOWN_BACKENDS, KnownBackend, load_factory
from kmcore.plugins.calls import hook_names
from kmcore.plugins.discovery import ENV_DISABLE, ENV_LOAD, GROUP
from kmcore.plugins.failures import HookFailure, PluginFailure, PluginInfo
from kmcore.plugins.manager import Plugins
from kmcore.plugins.tracing import ENV_TRACE
from kmcore.specs import BACKEND_KINDS

__all__ = [
    "BACKEND_KINDS",
    "ENV_DISABLE",
    "ENV_LOAD",
    "ENV_TRACE",
    "GROUP",
    "KNOWN_BACKENDS",
    "HookFailure",
    "KnownBackend",
    "PluginFailure",
    "PluginInfo",
    "Plugins",
    "get_plugins",
    "hook_names",
    "load_factory",
    "set_plugins",
]

_instance: Plugins | None = None
_instance_lock = threading.Lock()


def get_plugins() -> Plugins:
    """The process-wide :class:`Plugins`, loaded on first use."""
    global _instance
    with _instance_lock:
        if _instance is None:
            _instance = Plugins()
        plugins = _instance
    return plugins.load()


def set_plugins(plugins: Plugins | None) -> Plugins | None:
    """Make *plugins* the process-wide instance (None: build a fresh one on next use).

    For tests; returns the previous instance so it can be put back
    (:func:`kmcore.testing.plugins.use_plugins` does this for you).
    """
    global _instance
    with _instance_lock:
        previous, _instance = _instance, plugins
    return previous
