"""A plugin with a misspelled hook name: check_pending() must catch it."""

from __future__ import annotations

from typing import Any

from kmcore.hookspecs import hookimpl


@hookimpl
def kmcore_register_backend(register: Any) -> None:  # should be ..._backends
    raise AssertionError("never called: the hook does not exist")
