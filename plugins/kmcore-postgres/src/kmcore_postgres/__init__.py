"""kmcore-postgres: a kmcore store on PostgreSQL (many editors, many trusts, one database).

Select it in ``kmcore.toml`` with ``[store] backend = "postgres"``; see ``docs/postgres.md``.
Nothing heavy is imported here: kmcore loads this package's plugin module at every start, and
psycopg is only needed once a knowledge base on PostgreSQL is opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kmcore_postgres.settings import PostgresSettings
    from kmcore_postgres.store import PostgresStore

__all__ = ["PostgresSettings", "PostgresStore"]


def __getattr__(name: str) -> Any:
    if name == "PostgresStore":
        from kmcore_postgres.store import PostgresStore

        return PostgresStore
    if name == "PostgresSettings":
        from kmcore_postgres.settings import PostgresSettings

        return PostgresSettings
    raise AttributeError(f"module 'kmcore_postgres' has no attribute {name!r}")
