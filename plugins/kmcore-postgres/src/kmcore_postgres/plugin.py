"""The kmcore plugin: registers the ``postgres`` store and the ``kmcore postgres`` commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kmcore_postgres._kmcore import BackendSpec, hookimpl

if TYPE_CHECKING:
    import click

__all__ = ["kmcore_register_backends", "kmcore_register_commands"]


@hookimpl
def kmcore_register_backends(register: Callable[[BackendSpec], None]) -> None:
    # An import path: psycopg loads only when a knowledge base on PostgreSQL is opened.
    register(BackendSpec(
        name="postgres",
        kind="store",
        factory="kmcore_postgres.store:PostgresStore",
        # Named for the reference (tools/gen_config_doc.py) and `kmcore plugins --check`; the
        # store checks its table through kmcore's settings layer (PostgresSettings.from_mapping,
        # which first refuses keys that would hold a secret).
        settings="kmcore_postgres.settings:PostgresSettings",
        description="Records in a PostgreSQL database: many editors, many organisations.",
    ))


@hookimpl
def kmcore_register_commands(cli: click.Group) -> None:
    from kmcore_postgres.cli import postgres

    cli.add_command(postgres)
