"""A plugin that adds a ``kmcore`` sub-command."""

from __future__ import annotations

import click

from kmcore.hookspecs import hookimpl


@hookimpl
def kmcore_register_commands(cli: click.Group) -> None:
    @cli.command(name="journal-club")
    def journal_club() -> None:
        """List this month's journal clubs (a plugin command)."""
        click.echo("no journal clubs this month")
