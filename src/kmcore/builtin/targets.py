"""Built-in plugin: the targets kmcore ships, registered like any plugin's."""

from __future__ import annotations

from collections.abc import Callable

from kmcore.hookspecs import hookimpl
from kmcore.specs import BackendSpec

__all__ = ["kmcore_register_backends"]


@hookimpl
def kmcore_register_backends(register: Callable[[BackendSpec], None]) -> None:
    # An import path: jinja2 and the templates load only when a site is built.
    register(
        BackendSpec(
            name="html",
            kind="target",
            factory="kmcore.publish.html:HtmlSiteTarget",
            settings="kmcore.publish.html.settings:HtmlSettings",
            description="A static intranet site: pages, lists, search, feeds and embeds.",
        )
    )
