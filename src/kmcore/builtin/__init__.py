"""kmcore's built-in plugins: ordinary plugin modules, registered through the same hooks.

Each module listed in :data:`BUILTIN_PLUGINS` holds ``@hookimpl`` functions only, exactly as
an external plugin's ``plugin.py`` would. :mod:`kmcore.plugins` imports and registers them
after the external plugins, so that pluggy (which calls the most recently registered first)
runs the built-ins first, and so that an external plugin re-using a built-in name is the one
reported as the duplicate.

The built-in publication gates live with the rest of the gates (:mod:`kmcore.gates.builtin`),
and governance's part in a sync with governance (:mod:`kmcore.governance.hooks`).
"""

from __future__ import annotations

__all__ = ["BUILTIN_PLUGINS"]

#: Module names of the built-in plugins, in registration order.
BUILTIN_PLUGINS: tuple[str, ...] = (
    "kmcore.builtin.records",
    "kmcore.builtin.stores",
    "kmcore.builtin.targets",
    "kmcore.gates.builtin",
    "kmcore.governance.hooks",
)
