"""A target backend whose implementation module is imported only when it is used."""

from __future__ import annotations

from collections.abc import Callable

from kmcore.hookspecs import hookimpl
from kmcore.specs import BackendSpec


@hookimpl
def kmcore_register_backends(register: Callable[[BackendSpec], None]) -> None:
    register(
        BackendSpec(
            name="testtarget",
            kind="target",
            factory="kmcore_test_backend_impl:TestTarget",
            description="A target that only exists in kmcore's tests.",
        )
    )
