"""Built-in plugin: the local-files store, the embedded default backend."""

from __future__ import annotations

from collections.abc import Callable

from kmcore.hookspecs import hookimpl
from kmcore.specs import BackendSpec

__all__ = ["kmcore_register_backends"]


@hookimpl
def kmcore_register_backends(register: Callable[[BackendSpec], None]) -> None:
    # An import path, not the class: the store module is imported only when a KB is opened.
    register(
        BackendSpec(
            name="local",
            kind="store",
            factory="kmcore.store.local:LocalFileStore",
            description="Records as readable JSON files in a folder (the default store).",
        )
    )
