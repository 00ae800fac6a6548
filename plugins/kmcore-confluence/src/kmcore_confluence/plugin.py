"""The kmcore plugin: registers the ``confluence`` target backend (hook implementations only)."""

from __future__ import annotations

from collections.abc import Callable

from kmcore.backend import BackendSpec, hookimpl


@hookimpl
def kmcore_register_backends(register: Callable[[BackendSpec], None]) -> None:
    # An import path, so requests and the target load only when a Confluence target is used.
    register(BackendSpec(
        name="confluence",
        kind="target",
        factory="kmcore_confluence.target:ConfluenceTarget",
        settings="kmcore_confluence.settings:ConfluenceSettings",
        description="Confluence Cloud or Data Center: a page per record, an index per type.",
    ))
