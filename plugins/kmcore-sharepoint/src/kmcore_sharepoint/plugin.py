"""The kmcore plugin: registers the ``sharepoint`` target backend and its command.

Only hook implementations live here, and they import nothing heavy: MSAL and the Graph
client load when a SharePoint target is first built (the factory is an import path).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kmcore.backend import BackendSpec, hookimpl

if TYPE_CHECKING:
    import click

__all__ = ["kmcore_register_backends", "kmcore_register_commands"]


@hookimpl
def kmcore_register_backends(register: Callable[[BackendSpec], None]) -> None:
    register(BackendSpec(
        name="sharepoint",
        kind="target",
        factory="kmcore_sharepoint.target:SharePointTarget",
        settings="kmcore_sharepoint.settings:SharePointSettings",
        description="SharePoint Online lists (and site pages) through Microsoft Graph.",
    ))


@hookimpl
def kmcore_register_commands(cli: click.Group) -> None:
    from kmcore_sharepoint.cli import sharepoint

    cli.add_command(sharepoint)
