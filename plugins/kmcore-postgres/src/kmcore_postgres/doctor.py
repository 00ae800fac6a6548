"""``kmcore doctor`` for a knowledge base in PostgreSQL: each step in plain words, with the fix.

Settings, connection, TLS, server version, schema version, and what the signed-in role may
do. Only reads are sent. A check that cannot run because an earlier one failed is skipped
(its failure would only repeat the first).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql

from kmcore_postgres import schema as layout
from kmcore_postgres._kmcore import KmcoreError, TargetCheck, kb_settings
from kmcore_postgres.settings import PostgresSettings
from kmcore_postgres.store import reason_of

__all__ = ["MIN_SERVER", "connection_hint", "diagnose"]

#: The oldest server version supported (15.0), as ``server_version_num``.
MIN_SERVER = 150000


def _check(name: str, status: str, message: str, hint: str | None = None) -> TargetCheck:
    return TargetCheck(name=f"store: {name}", status=status,  # type: ignore[arg-type]
                       message=message, hint=hint)


def diagnose(root: Path, table: Mapping[str, Any]) -> Iterator[TargetCheck]:
    """The checks for the ``[store]`` table of the knowledge base at *root*."""
    try:
        settings = PostgresSettings.from_mapping(table, base=root)
        conninfo = settings.conninfo()
    except KmcoreError as exc:
        yield _check("settings", "fail", exc.message, exc.hint)
        return
    yield _check("settings", "ok", f"[store] settings read: {settings.describe()}")
    try:
        conn = psycopg.connect(conninfo)
    except psycopg.Error as exc:
        reason = reason_of(exc)
        yield _check("connection", "fail", f"could not connect to {settings.describe()}: "
                     f"{reason}", connection_hint(reason))
        return
    with conn:
        yield _check("connection", "ok",
                     f"connected to {settings.describe()} as {conn.info.user}")
        yield _tls(conn, settings)
        version = conn.info.server_version
        shown = f"{version // 10000}.{version % 10000}"
        if version < MIN_SERVER:
            yield _check("server", "fail", f"the server runs PostgreSQL {shown}, older than 15",
                         "Upgrade the server to PostgreSQL 15 or later.")
            return
        yield _check("server", "ok", f"the server runs PostgreSQL {shown}")
        row = conn.execute(
            "SELECT CASE WHEN n.oid IS NULL THEN NULL ELSE has_schema_privilege(n.oid, "
            "'USAGE') END FROM (SELECT %s::text AS name) AS wanted LEFT JOIN pg_namespace n "
            "ON n.nspname = wanted.name", (settings.schema,)).fetchone()
        if row is not None and row[0] is False:
            user = conn.info.user
            yield _check("role", "fail", f"{user} has no access to the knowledge base in "
                         f"schema {settings.schema}",
                         f"Ask the hub administrator to run: kmcore postgres grant ODS_CODE "
                         f"{user}")
            return
        found = layout.schema_version(conn, settings.schema)
        if not found:
            yield _check("schema", "fail",
                         f"the schema {settings.schema} has no kmcore tables yet",
                         "An administrator creates them: kmcore postgres migrate")
            return
        if found != layout.LATEST:
            newer = found > layout.LATEST
            yield _check(
                "schema", "fail",
                f"the schema {settings.schema} is at version {found}; this kmcore-postgres "
                f"uses version {layout.LATEST}",
                "Upgrade kmcore-postgres: pip install --upgrade kmcore-postgres" if newer else
                "Back up, then an administrator runs: kmcore postgres migrate")
            return
        yield _check("schema", "ok", f"the schema {settings.schema} is at version {found}, "
                     "as this kmcore-postgres expects")
        yield from _rights(conn, settings, root)


def connection_hint(reason: str) -> str:
    """What to do about a failed connection, from libpq's or the server's *reason*."""
    text = reason.lower()
    if "permission denied for database" in text:
        return ("Your role may not connect to this database. If the database was just restored "
                "from a backup, the hub administrator runs: kmcore postgres regrant (a "
                "pg_dump of the schema does not keep the right to connect); otherwise ask "
                "them to run: kmcore postgres grant ODS_CODE ROLE.")
    if "password" in text:
        return ("The server wants a password: put it in a password file (passfile in [store], "
                "or libpq's pgpass file), a service file, or PGPASSWORD; never in kmcore.toml.")
    if "refused" in text or "timeout" in text or "could not translate" in text:
        return ("Check host and port in [store], that the server is running, and that a "
                "firewall lets you through.")
    if "certificate" in text or "ssl" in text:
        return "Check sslmode, sslrootcert (the hub's CA file) and the server's host name."
    if "does not exist" in text:
        return "Check dbname and user in [store] with the hub's administrator."
    return "Check the [store] settings with the hub's administrator."


def _tls(conn: psycopg.Connection[Any], settings: PostgresSettings) -> TargetCheck:
    host = conn.info.host
    if host.startswith("/"):
        return _check("tls", "ok", "connected through a local socket on this machine "
                      "(nothing crosses a network, so TLS is not needed)")
    if conn.pgconn.ssl_in_use:
        found = conn.execute("SELECT version FROM pg_stat_ssl WHERE pid = "
                             "pg_backend_pid()").fetchone()
        protocol = str(found[0]) if found else "TLS"
        mode = conn.info.get_parameters().get("sslmode") or settings.sslmode or "prefer"
        if (settings.sslmode or "") == "verify-full":
            return _check("tls", "ok", f"the connection is encrypted ({protocol}) and the "
                          "server's certificate and name are checked")
        return _check("tls", "warn", f"the connection is encrypted ({protocol}) but the "
                      f"server's certificate is not checked (sslmode {mode})",
                      "Set sslmode = \"verify-full\" and sslrootcert to the hub's CA file, "
                      "so nobody can pose as the server.")
    loopback = host in ("127.0.0.1", "::1", "localhost")
    return _check("tls", "warn" if loopback else "fail",
                  f"the connection to {host} is not encrypted",
                  "Turn on TLS on the server (ssl = on) and set sslmode = \"verify-full\" "
                  "with sslrootcert in [store].")


def _connect_rights(conn: psycopg.Connection[Any], schema: str,
                    database: str) -> Iterator[TargetCheck]:
    """Whether every role given access may still connect (a restore loses that right)."""
    from kmcore_postgres.access import locked_out

    roles = locked_out(conn, schema)
    if roles:
        yield _check("access", "fail",
                     f"{len(roles)} role(s) given access may not connect to database "
                     f"{database}: {', '.join(roles)}",
                     "If the database was restored from a backup, run: kmcore postgres "
                     "regrant (the schema's backup does not hold the right to connect).")


def _rights(conn: psycopg.Connection[Any], settings: PostgresSettings,
            root: Path) -> Iterator[TargetCheck]:
    s = sql.Identifier(settings.schema)
    row = conn.execute("SELECT current_user, current_database(), rolsuper, rolbypassrls "
                       "FROM pg_roles WHERE rolname = current_user").fetchone()
    assert row is not None
    user, database, superuser, bypass = row
    owner_row = conn.execute(
        "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = to_regclass(%s)",
        (f'"{settings.schema}".records',)).fetchone()
    owner = owner_row[0] if owner_row else None
    trust = layout.trust_group(database, settings.schema)
    admin = layout.admin_group(database, settings.schema)

    def member(group: str) -> bool:
        found = conn.execute("SELECT pg_has_role(current_user, %s, 'MEMBER')",
                             (group,)).fetchone()
        return bool(found and found[0])

    if superuser or bypass or user == owner:
        yield from _connect_rights(conn, settings.schema, database)
        yield _check("role", "warn", f"signed in as {user}, which "
                     + ("is a superuser" if superuser else "owns the tables" if user == owner
                        else "bypasses row-level security")
                     + ": it is not held to any organisation's records",
                     "Use this role for administration only; give each organisation its own "
                     "role: kmcore postgres grant ODS_CODE ROLE")
        return
    found = {r[0] for r in conn.execute("SELECT rolname FROM pg_roles WHERE rolname = "
                                           "ANY(%s)", ([trust, admin],))}
    missing = [group for group in (trust, admin) if group not in found]
    if missing:
        # The group roles' names hold the database's name: a schema restored into a database
        # of another name, or without its roles, refers to roles this server lacks.
        yield _check("role", "fail", f"the group role(s) {', '.join(missing)} that database "
                     f"{database}, schema {settings.schema} needs do not exist on this server",
                     "Restore the roles first (psql -f the file pg_dumpall --roles-only "
                     "wrote), and the schema into a database of the same name as the one "
                     "backed up (see docs/postgres.md, Backups and restore).")
        return
    if member(admin):
        yield from _connect_rights(conn, settings.schema, database)
        yield _check("role", "ok", f"{user} is a hub administrator: it reads and changes "
                     "every organisation's records")
        return
    org_row = conn.execute(sql.SQL("SELECT ods_code FROM {s}.role_orgs WHERE role_name = "
                                   "current_user").format(s=s)).fetchone() \
        if member(trust) else None
    if org_row is None:
        yield _check("role", "fail", f"{user} has no access to the knowledge base in "
                     f"schema {settings.schema}",
                     f"Ask the hub administrator to run: kmcore postgres grant ODS_CODE {user}")
        return
    org = org_row[0]
    yield _check("role", "ok", f"{user} acts for {org}: it reads {org}'s records and those "
                 f"others share with the NHS or the public, and changes only {org}'s")
    ods = kb_settings(root).ods_code
    if ods != org:
        yield _check("organisation", "fail",
                     f"kmcore.toml says this knowledge base belongs to {ods or 'no ODS code'}, "
                     f"but the role {user} acts for {org}: new records would be refused",
                     f"Set ods_code = \"{org}\" in [knowledge_base], or sign in as "
                     f"{ods or 'the right organisation'}'s role.")
