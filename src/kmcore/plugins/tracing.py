"""``KMCORE_TRACE_PLUGINS=1``: print each plugin-loading step and hook call on stderr.

For a person working out why a plugin does not load or is not called; off by default, and
then free (the hook-call monitor is not even installed).
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from typing import Any

import pluggy

from kmcore.plugins.failures import one_line

__all__ = ["ENV_TRACE", "Tracer"]

ENV_TRACE = "KMCORE_TRACE_PLUGINS"


class Tracer:
    """Says what the plugin machinery does, when switched on."""

    def __init__(self) -> None:
        self.enabled = False

    def switch_on(self, pm: pluggy.PluginManager) -> None:
        """Trace from now on, hook calls on *pm* included."""
        self.enabled = True
        pm.add_hookcall_monitoring(self._before, self._after)

    def __call__(self, message: str) -> None:
        if self.enabled:
            print(f"kmcore plugins: {message}", file=sys.stderr, flush=True)

    def _before(
        self, hook_name: str, impls: Sequence[pluggy.HookImpl], kwargs: Mapping[str, Any]
    ) -> None:
        self(f"calling {hook_name}({', '.join(kwargs)}) on "
             f"{', '.join(i.plugin_name for i in impls) or 'no plugins'}")

    def _after(
        self,
        outcome: pluggy.Result[Any],
        hook_name: str,
        impls: Sequence[pluggy.HookImpl],
        kwargs: Mapping[str, Any],
    ) -> None:
        if outcome.exception is not None:
            self(f"{hook_name} raised {one_line(outcome.exception)}")
