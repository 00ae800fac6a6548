"""The kmcore plugin: registers the ``confluence`` target backend (hook implementations only)."""

from __future__ import annotations

from collections.abc import Callable

from kmcore.hookspecs import hookimpl
from kmcore.specs import BackendSpec


@hookimpl
def kmcore_register_backends(register: Callable[[BackendSpec], None]) -> None:
    # An import path, so requests and the target load only when a Confluence target is used.
    register(BackendSpec(
        name="confluence",
        kind="target",
        factory="kmcore_confluence.target:ConfluenceTarget",
        description="Confluence Cloud or Data Center: a page per record, an index per type.",
    ))
