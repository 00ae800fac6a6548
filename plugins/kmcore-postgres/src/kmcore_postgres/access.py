"""Who may do what: one database role per organisation, row-level security, hub administrators.

``kmcore postgres migrate`` creates two group roles for the knowledge base (their names carry
the database and schema, since roles are shared by the whole server):

* the **trust** group: its members read their own organisation's records and those shared
  beyond it (visibility ``nhs`` or ``public``), and add, change and delete only their own
  organisation's (the policies in :mod:`kmcore_postgres.schema`). Which organisation a role
  acts for is the ``role_orgs`` table, which only the owner can change.
* the **hub administrator** group: reads and writes every organisation's records.

:func:`grant` and :func:`grant_admin` (``kmcore postgres grant`` / ``grant-admin``) put a
login role into one of them, creating it (without a password) if it does not exist.

The right to connect to the database is the one grant that lives outside the schema: a
``pg_dump --schema`` backup does not hold it, so a database restored as the IT guide says
(``REVOKE ALL ... FROM PUBLIC`` first) lets no trust in until :func:`regrant`
(``kmcore postgres regrant``) gives it back to every role the schema names (D1471).
"""

from __future__ import annotations

import psycopg
from psycopg import sql

from kmcore_postgres import schema as layout
from kmcore_postgres._kmcore import ConfigError, StoreError, ods_problem

__all__ = ["grant", "grant_admin", "granted_roles", "locked_out", "regrant", "revoke"]

Conn = psycopg.Connection[tuple[object, ...]]


def _database(conn: Conn) -> str:
    row = conn.execute("SELECT current_database()").fetchone()
    assert row is not None
    return str(row[0])


def _groups(conn: Conn, schema: str) -> tuple[str, str]:
    database = _database(conn)
    return layout.trust_group(database, schema), layout.admin_group(database, schema)


def _let_connect(conn: Conn, role: str) -> None:
    # The hub's guide revokes CONNECT from PUBLIC; the roles granted here need it back.
    conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {d} TO {r}").format(
        d=sql.Identifier(_database(conn)), r=sql.Identifier(role)))


def _prepare_role(conn: Conn, role: str) -> bool:
    """Create *role* (LOGIN, no password) if missing; refuse one that would bypass the
    policies. Returns True when it was created."""
    if not role or len(role) > 63:
        raise ConfigError(f"{role!r} is not a usable role name",
                          hint="Use 1 to 63 characters, e.g. kmcore_rt3.")
    row = conn.execute("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = %s",
                       (role,)).fetchone()
    if row is None:
        conn.execute(sql.SQL("CREATE ROLE {r} LOGIN").format(r=sql.Identifier(role)))
        return True
    if row[0] or row[1]:
        raise StoreError(
            f"the role {role!r} is a superuser or bypasses row-level security, so no policy "
            "would hold it to one organisation's records",
            hint="Grant an ordinary role (kmcore postgres grant creates one if the name is "
                 "new), and keep superusers for administration.",
        )
    return False


def _check_migrated(conn: Conn, schema: str) -> None:
    if layout.schema_version(conn, schema) != layout.LATEST:
        raise StoreError(f"the schema {schema!r} is not migrated to version {layout.LATEST}",
                         hint="Run `kmcore postgres migrate` first.")


def grant(conn: Conn, schema: str, ods_code: str, role: str) -> bool:
    """Let *role* act for the organisation *ods_code*; True if the role was created."""
    problem = ods_problem(ods_code)
    if problem:
        raise ConfigError(f"{ods_code!r} is not an ODS code: it {problem}",
                          hint="Use the organisation's ODS code, e.g. RT3 or RTH.")
    with conn.transaction():
        _check_migrated(conn, schema)
        trust, _ = _groups(conn, schema)
        row = conn.execute(sql.SQL("SELECT ods_code FROM {s}.role_orgs WHERE role_name = %s")
                           .format(s=sql.Identifier(schema)), (role,)).fetchone()
        if row is not None and row[0] != ods_code:
            raise StoreError(
                f"the role {role!r} already acts for {row[0]}",
                hint=f"One role per organisation: give {ods_code} a role of its own, or "
                     f"first run `kmcore postgres revoke {role}`.",
            )
        created = _prepare_role(conn, role)
        conn.execute(sql.SQL("GRANT {g} TO {r}").format(g=sql.Identifier(trust),
                                                        r=sql.Identifier(role)))
        _let_connect(conn, role)
        conn.execute(sql.SQL("INSERT INTO {s}.role_orgs (role_name, ods_code) VALUES (%s, %s) "
                             "ON CONFLICT (role_name) DO NOTHING")
                     .format(s=sql.Identifier(schema)), (role, ods_code))
    return created


def grant_admin(conn: Conn, schema: str, role: str) -> bool:
    """Make *role* a hub administrator; True if the role was created."""
    with conn.transaction():
        _check_migrated(conn, schema)
        _, admin = _groups(conn, schema)
        created = _prepare_role(conn, role)
        conn.execute(sql.SQL("GRANT {g} TO {r}").format(g=sql.Identifier(admin),
                                                        r=sql.Identifier(role)))
        _let_connect(conn, role)
    return created


def granted_roles(conn: Conn, schema: str) -> list[str]:
    """Every role this knowledge base gives access to (the trusts' roles in ``role_orgs``
    and the hub administrators), that exists on this server, sorted."""
    _, admin = _groups(conn, schema)
    rows = conn.execute(sql.SQL(
        "SELECT o.role_name FROM {s}.role_orgs o JOIN pg_roles r ON r.rolname = o.role_name "
        "UNION SELECT m.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
        "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = %s")
        .format(s=sql.Identifier(schema)), (admin,)).fetchall()
    return sorted(str(row[0]) for row in rows)


def locked_out(conn: Conn, schema: str) -> list[str]:
    """The granted roles that may not connect to this database (after a restore, until
    :func:`regrant`)."""
    return [role for role in granted_roles(conn, schema)
            if not _may_connect(conn, role)]


def _may_connect(conn: Conn, role: str) -> bool:
    row = conn.execute("SELECT has_database_privilege(%s, current_database(), 'CONNECT')",
                       (role,)).fetchone()
    return bool(row and row[0])


def regrant(conn: Conn, schema: str) -> list[str]:
    """Give the right to connect back to every role this knowledge base knows: each role in
    ``role_orgs`` (the trusts') and each member of the hub administrators' group. For a
    database restored from a ``pg_dump --schema`` backup, which does not hold that right.
    Returns the roles, sorted; a role named in ``role_orgs`` that this server lacks is
    skipped (restore the roles first: ``pg_dumpall --roles-only``)."""
    with conn.transaction():
        _check_migrated(conn, schema)
        roles = granted_roles(conn, schema)
        for role in roles:
            _let_connect(conn, role)
    return roles


def revoke(conn: Conn, schema: str, role: str) -> None:
    """Take *role* out of both groups and forget its organisation (the role itself stays)."""
    with conn.transaction():
        _check_migrated(conn, schema)
        trust, admin = _groups(conn, schema)
        for group in (trust, admin):
            conn.execute(sql.SQL("REVOKE {g} FROM {r}").format(g=sql.Identifier(group),
                                                               r=sql.Identifier(role)))
        conn.execute(sql.SQL("DELETE FROM {s}.role_orgs WHERE role_name = %s")
                     .format(s=sql.Identifier(schema)), (role,))
        conn.execute(sql.SQL("REVOKE CONNECT ON DATABASE {d} FROM {r}").format(
            d=sql.Identifier(_database(conn)), r=sql.Identifier(role)))
