"""Letting plugins add ``kmcore`` commands, without letting one replace another's.

A plugin that raises in ``kmcore_register_commands``, or replaces a command already in the
group, has its additions undone; the caller records it as failed. The others still add theirs.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import pluggy

from kmcore.errors import PluginError
from kmcore.plugins.calls import call_one, hooks_of

if TYPE_CHECKING:
    import click

__all__ = ["HOOK", "add_commands"]

HOOK = "kmcore_register_commands"


def add_commands(
    pm: pluggy.PluginManager, names: Iterable[str], cli: click.Group
) -> list[tuple[str, Exception]]:
    """Call each named plugin's ``kmcore_register_commands(cli=...)``, in order.

    :return: (plugin name, why) for each plugin whose additions were undone.
    """
    refused: list[tuple[str, Exception]] = []
    for name in names:
        plugin = pm.get_plugin(name)
        if HOOK not in hooks_of(pm, plugin):
            continue
        before = dict(cli.commands)
        try:
            call_one(pm, plugin, HOOK, cli=cli)
            replaced = sorted(c for c in before if cli.commands.get(c) is not before[c])
            if replaced:
                raise PluginError(
                    f"it tried to replace the command(s) {', '.join(replaced)}",
                    hint="A plugin may add commands but not replace existing ones; "
                    "rename the plugin's command.",
                )
        except Exception as exc:
            cli.commands.clear()
            cli.commands.update(before)
            refused.append((name, exc))
    return refused
