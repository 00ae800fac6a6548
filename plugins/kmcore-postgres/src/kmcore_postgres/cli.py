"""``kmcore postgres``: set up and administer a knowledge base kept in PostgreSQL.

These commands read the ``[store]`` table of the knowledge base's ``kmcore.toml`` but do not
open the knowledge base (``migrate`` must work before its tables exist). ``--user`` signs in
as another role than the one in ``kmcore.toml``: the owner of the schema for ``migrate``, a
role that may create roles for ``grant``; its password comes from the same places (password
file, service file, ``PGPASSWORD``), never from the command line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs
import click

from kmcore_postgres._kmcore import ConfigError, StoreError, command_kb_root, store_table
from kmcore_postgres.settings import PostgresSettings

if TYPE_CHECKING:
    import psycopg

__all__ = ["postgres"]

Action = Callable[["psycopg.Connection[tuple[object, ...]]", str], bool]


def _settings(ctx: click.Context, user: str | None) -> PostgresSettings:
    root = command_kb_root(ctx)
    backend, options = store_table(root)
    if backend != "postgres":
        raise ConfigError(
            f"the knowledge base at {root} keeps its records in the {backend!r} store, "
            "not in PostgreSQL",
            hint='Add a [store] table with backend = "postgres" and its settings to '
                 "kmcore.toml (see docs/postgres.md).",
        )
    settings = PostgresSettings.from_mapping(options, base=root)
    return attrs.evolve(settings, user=user) if user else settings


@click.group(name="postgres")
def postgres() -> None:
    """A knowledge base in PostgreSQL: create its tables, give organisations their roles."""


_USER = click.option("--user", metavar="ROLE",
                     help="Sign in as this role instead of the one in kmcore.toml.")


@postgres.command(name="migrate")
@_USER
@click.option("--check", is_flag=True,
              help="Only say whether the schema is up to date (exit 1 if not).")
@click.pass_context
def migrate_cmd(ctx: click.Context, user: str | None, check: bool) -> None:
    """Create the knowledge base's tables, or bring them up to this version.

    Run it once when setting up, and after upgrading kmcore-postgres (back up first). It is
    one transaction: the schema is upgraded entirely or not at all. The role signed in as
    becomes the owner of the tables, and is not held to any organisation's records.
    """
    import psycopg

    from kmcore_postgres import schema as layout
    from kmcore_postgres.store import connect, database_error

    settings = _settings(ctx, user)
    with connect(settings) as conn:
        try:
            version = layout.schema_version(conn, settings.schema) or 0
            if check:
                if version == layout.LATEST:
                    click.echo(f"schema {settings.schema} is at version {version}: up to date")
                    return
                click.echo(f"schema {settings.schema} is at version {version}; this "
                           f"kmcore-postgres needs {layout.LATEST}: run kmcore postgres migrate")
                ctx.exit(1)
            if version > layout.LATEST:
                raise StoreError(
                    f"schema {settings.schema} is at version {version}, newer than this "
                    f"kmcore-postgres (version {layout.LATEST})",
                    hint="Upgrade kmcore-postgres: pip install --upgrade kmcore-postgres")
            before, after = layout.migrate(conn, settings.schema)
        except psycopg.Error as exc:
            raise database_error(exc, settings, "could not migrate") from None
    if before == after:
        click.echo(f"schema {settings.schema} is at version {after}: nothing to do")
    else:
        click.echo(f"schema {settings.schema} migrated from version {before} to {after}")


@postgres.command(name="grant")
@click.argument("ods_code")
@click.argument("role")
@_USER
@click.pass_context
def grant_cmd(ctx: click.Context, ods_code: str, role: str, user: str | None) -> None:
    """Let ROLE act for the organisation ODS_CODE: read its own and shared records, and add,
    change and delete only its own.

    ROLE is created (able to sign in, without a password) if it does not exist; set its
    password or certificate as your server's policy says. One role per organisation.
    """
    from kmcore_postgres.access import grant

    _admin(ctx, user, lambda conn, schema: grant(conn, schema, ods_code.upper(), role),
           f"{role} now acts for {ods_code.upper()}")


@postgres.command(name="grant-admin")
@click.argument("role")
@_USER
@click.pass_context
def grant_admin_cmd(ctx: click.Context, role: str, user: str | None) -> None:
    """Make ROLE a hub administrator: it reads and writes every organisation's records."""
    from kmcore_postgres.access import grant_admin

    _admin(ctx, user, lambda conn, schema: grant_admin(conn, schema, role),
           f"{role} is now a hub administrator")


@postgres.command(name="regrant")
@_USER
@click.pass_context
def regrant_cmd(ctx: click.Context, user: str | None) -> None:
    """Give every trust's role and hub administrator the right to connect again.

    Run it after restoring the schema from a backup into a new database: the right to
    connect belongs to the database, not the schema, so `pg_dump --schema` does not keep it
    and nobody but the owner can sign in until this is run. Running it again is harmless.
    """
    import psycopg

    from kmcore_postgres.access import regrant
    from kmcore_postgres.store import connect, database_error

    settings = _settings(ctx, user)
    with connect(settings) as conn:
        try:
            roles = regrant(conn, settings.schema)
        except psycopg.Error as exc:
            raise database_error(exc, settings, "could not change the roles") from None
    if not roles:
        click.echo("no roles to give access to: grant them with kmcore postgres grant")
        return
    click.echo(f"{len(roles)} roles may connect again: {', '.join(roles)}")


@postgres.command(name="revoke")
@click.argument("role")
@_USER
@click.pass_context
def revoke_cmd(ctx: click.Context, role: str, user: str | None) -> None:
    """Take away ROLE's access to the knowledge base (the role itself is kept)."""
    from kmcore_postgres.access import revoke

    def run(conn: psycopg.Connection[tuple[object, ...]], schema: str) -> bool:
        revoke(conn, schema, role)
        return False

    _admin(ctx, user, run, f"{role} no longer has access")


def _admin(ctx: click.Context, user: str | None, action: Action, done: str) -> None:
    import psycopg

    from kmcore_postgres.store import connect, database_error

    settings = _settings(ctx, user)
    with connect(settings) as conn:
        try:
            created = action(conn, settings.schema)
        except psycopg.Error as exc:
            raise database_error(exc, settings, "could not change the roles") from None
    if created:
        click.echo("created the role (it has no password yet: set one, or use a certificate)")
    click.echo(done)
