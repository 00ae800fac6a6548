"""kmcore-postgres: a kmcore store on PostgreSQL (many editors, many trusts, one database).

Select it in ``kmcore.toml`` with ``[store] backend = "postgres"``; see ``docs/postgres.md``.
"""

from __future__ import annotations

__all__ = ["PostgresSettings", "PostgresStore"]

from kmcore_postgres.settings import PostgresSettings
from kmcore_postgres.store import PostgresStore
