"""Backups and restore as docs/postgres.md says: pg_dump of the schema, a new database,
pg_restore, then ``kmcore postgres regrant``; a trust signs in and reads its records again."""

from __future__ import annotations

import subprocess
from pathlib import Path

import psycopg
import pytest
from kmcore_postgres.testing import TempServer
from pg_helpers import make_kb, run_cli, schema_for

import kmcore
from kmcore.errors import StoreError
from kmcore.records.lesson import Lesson


def _as_superuser(server: TempServer, *statements: str) -> None:
    with psycopg.connect(server.conninfo(dbname="postgres"), autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)  # type: ignore[arg-type]


def _tool(server: TempServer, name: str, *args: str) -> None:
    result = subprocess.run(
        [str(server.bindir / name), "-h", str(server.socket_dir), "-p", str(server.port),
         "-U", server.superuser, *args], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_a_restored_database_lets_the_trusts_in_after_regrant(
        pg_server: TempServer, tmp_path: Path) -> None:
    schema = schema_for(tmp_path)
    suffix = schema[2:10]
    database, owner = f"kmcore_{suffix}", f"owner_{suffix}"
    trust, admin = f"trust_rt3_{suffix}", f"hub_admin_{suffix}"
    create = (f'CREATE DATABASE "{database}" OWNER "{owner}"',
              f'REVOKE ALL ON DATABASE "{database}" FROM PUBLIC')
    # docs/postgres.md, step 1: the owner may create roles; nobody else may connect.
    _as_superuser(pg_server, f'CREATE ROLE "{owner}" LOGIN CREATEROLE', *create)
    hub = make_kb(tmp_path / "owner", pg_server, schema, migrate=False, user=owner,
                  dbname=database)
    for args in (["migrate"], ["grant", "RT3", trust], ["grant-admin", admin]):
        code, _, err = run_cli(["--kb", str(hub), "postgres", *args])
        assert code == 0, err
    rt3 = make_kb(tmp_path / "rt3", pg_server, schema, migrate=False, user=trust,
                  dbname=database)
    with kmcore.open(rt3) as kb:
        kept = kb.add(Lesson(title="Kept through a restore", statement="What happened.",  # type: ignore[arg-type]
                             recommendation="Do it again.", polarity="sustain"))

    dump = tmp_path / "kmcore.dump"
    _tool(pg_server, "pg_dump", "--format=custom", f"--schema={schema}", f"--file={dump}",
          database)
    _as_superuser(pg_server, f'DROP DATABASE "{database}" WITH (FORCE)', *create)
    _tool(pg_server, "pg_restore", f"--dbname={database}", str(dump))

    # Locked out, and told why and what to do.
    with pytest.raises(StoreError) as caught:
        kmcore.open(rt3)
    assert "permission denied for database" in caught.value.message
    assert "kmcore postgres regrant" in (caught.value.hint or "")
    code, out, _ = run_cli(["--kb", str(rt3), "doctor"])
    assert code != 0 and "permission denied for database" in out
    assert "kmcore postgres regrant" in out

    # The owner's doctor names the roles locked out, and the fix.
    code, out, _ = run_cli(["--kb", str(hub), "doctor"])
    assert code != 0 and f"2 role(s) given access may not connect to database {database}: " \
        f"{admin}, {trust}" in out
    assert "kmcore postgres regrant" in out

    code, out, err = run_cli(["--kb", str(hub), "postgres", "regrant"])
    assert code == 0, err
    assert f"2 roles may connect again: {admin}, {trust}" in out
    with kmcore.open(rt3) as kb:
        assert kb.get(kept.id).title == "Kept through a restore"
    code, out, err = run_cli(["--kb", str(rt3), "doctor"])
    assert f"{trust} acts for RT3" in out, out + err
    code, out, err = run_cli(["--kb", str(hub), "doctor"])
    assert "may not connect" not in out, out + err
