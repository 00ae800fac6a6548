"""kmcore doctor on a PostgreSQL knowledge base: each step in plain words, with the fix."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from kmcore_postgres.testing import TempServer
from kmcore_sharepoint.testing.tls import make_server_certificate  # test-only: a TLS cert
from pg_helpers import make_kb, migrated, run_cli, schema_for


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TempServer, Path]]:
    cert = make_server_certificate(tmp_path_factory.mktemp("tls"))
    server = TempServer(ssl_files=(cert.cert_path, cert.key_path))
    server.start()
    try:
        yield server, cert.ca_path
    finally:
        server.stop()


def doctor(root: Path) -> tuple[int, str]:
    code, out, err = run_cli(["--kb", str(root), "doctor"])
    return code, out + err


def line(text: str, start: str) -> str:
    found = [x for x in text.splitlines() if start in x]
    assert found, f"no line with {start!r} in:\n{text}"
    return found[0]


def trust_role_with_password(server: TempServer, schema: str, role: str,
                             folder: Path) -> Path:
    migrated(server, schema)
    with psycopg.connect(server.conninfo(), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'tls secret'")
    from kmcore_postgres.access import grant

    with psycopg.connect(server.conninfo()) as conn:
        grant(conn, schema, "RT3", role)
    passfile = folder / "pgpass"
    passfile.write_text(f"*:*:*:{role}:tls secret\n", encoding="utf-8")
    passfile.chmod(0o600)
    return passfile


def test_doctor_over_verified_tls_as_a_trust(tls_server: tuple[TempServer, Path],
                                             tmp_path: Path) -> None:
    server, ca = tls_server
    schema = schema_for(tmp_path)
    role = "doc_" + schema[2:12]
    passfile = trust_role_with_password(server, schema, role, tmp_path)
    root = make_kb(tmp_path / "kb", server, schema, migrate=False, host="127.0.0.1",
                   user=role, passfile=str(passfile), sslmode="verify-full",
                   sslrootcert=str(ca))
    code, text = doctor(root)
    assert code == 0, text
    assert line(text, "connected to").startswith("ok")
    assert "encrypted (TLSv1.3) and the server's certificate and name are checked" in \
        line(text, "encrypted")
    assert line(text, "PostgreSQL 1").startswith("ok")
    assert f"schema {schema} is at version 5" in text
    assert f"{role} acts for RT3" in line(text, "acts for").strip()
    assert "tls secret" not in text


def test_doctor_warns_when_the_certificate_is_not_checked(
        tls_server: tuple[TempServer, Path], tmp_path: Path) -> None:
    server, _ = tls_server
    schema = schema_for(tmp_path)
    role = "doc_" + schema[2:12]
    passfile = trust_role_with_password(server, schema, role, tmp_path)
    root = make_kb(tmp_path / "kb", server, schema, migrate=False, host="127.0.0.1",
                   user=role, passfile=str(passfile), sslmode="require")
    code, text = doctor(root)
    assert code == 0, text
    assert line(text, "is not checked").startswith("warn")
    assert 'sslmode = "verify-full"' in text


def test_doctor_names_each_failure_with_its_fix(pg_server: TempServer, tmp_path: Path) -> None:
    schema = schema_for(tmp_path)
    root = make_kb(tmp_path / "kb", pg_server, schema, migrate=False)
    code, text = doctor(root)
    assert code == 1
    assert "local socket" in line(text, "local socket")
    assert line(text, "has no kmcore tables yet").startswith("fail")
    assert "kmcore postgres migrate" in text
    migrated(pg_server, schema)
    code, text = doctor(root)
    assert code == 0, text
    assert line(text, "is a superuser").startswith("warn")
    assert "kmcore postgres grant ODS_CODE ROLE" in text


def test_doctor_wrong_password_and_wrong_organisation(
        tls_server: tuple[TempServer, Path], tmp_path: Path) -> None:
    server, ca = tls_server
    schema = schema_for(tmp_path)
    role = "doc_" + schema[2:12]
    passfile = trust_role_with_password(server, schema, role, tmp_path)
    root = make_kb(tmp_path / "kb", server, schema, migrate=False, host="127.0.0.1",
                   user=role, passfile=str(passfile), sslmode="verify-full",
                   sslrootcert=str(ca), ods_code="RTH")
    code, text = doctor(root)
    assert code == 1
    assert "belongs to RTH, but the role" in line(text, "new records would be refused")
    passfile.write_text(f"*:*:*:{role}:not it\n", encoding="utf-8")
    code, text = doctor(root)
    assert code == 1
    assert "password authentication failed" in line(text, "could not connect")
    assert "password file" in text
    assert "not it" not in text


def test_doctor_on_a_role_without_access(pg_server: TempServer, tmp_path: Path) -> None:
    schema = schema_for(tmp_path)
    role = "none_" + schema[2:12]
    with psycopg.connect(pg_server.conninfo(), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN")
    root = make_kb(tmp_path / "kb", pg_server, schema, user=role)
    code, text = doctor(root)
    assert code == 1
    assert f"{role} has no access" in line(text, "has no access")
    assert f"kmcore postgres grant ODS_CODE {role}" in text


def test_doctor_names_the_group_roles_a_restore_under_another_name_lacks(
        pg_server: TempServer, tmp_path: Path) -> None:
    """The guide's restore, into a database of another name: the policies refer to group
    roles named after the old database. Doctor says so, and what to do, in one line each
    (it used to fail with the server's bare "role ... does not exist")."""
    import subprocess

    schema = schema_for(tmp_path)
    role = "doc_" + schema[2:12]
    passfile = trust_role_with_password(pg_server, schema, role, tmp_path)
    dump = tmp_path / "kb.dump"
    subprocess.run([str(pg_server.bindir / "pg_dump"), "--format=custom", f"--schema={schema}",
                    f"--file={dump}", "-d", pg_server.conninfo()], check=True)
    other = "restored_" + schema[2:12]
    with psycopg.connect(pg_server.conninfo(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {other}")
    subprocess.run([str(pg_server.bindir / "pg_restore"),
                    f"--dbname={pg_server.conninfo(dbname=other)}", str(dump)], check=True)
    root = make_kb(tmp_path / "kb", pg_server, schema, migrate=False, host="127.0.0.1",
                   dbname=other, user=role, passfile=str(passfile), sslmode="disable")
    code, text = doctor(root)
    assert code == 1, text
    found = line(text, "group role(s)")
    assert found.startswith("fail") and f"kmcore_{other}_{schema}_trust" in found
    assert "same name as the one backed up" in text
    assert "does not exist\n" not in text.replace("do not exist on this server", "")
