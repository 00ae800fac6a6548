"""Helpers shared by the postgres plugin's tests."""

from __future__ import annotations

import hashlib
from pathlib import Path

import psycopg
from kmcore_postgres import schema as layout
from kmcore_postgres.testing import TempServer


def schema_for(path: Path) -> str:
    """A schema name of its own for each test folder."""
    return "t_" + hashlib.blake2b(str(path).encode(), digest_size=8).hexdigest()


def migrated(server: TempServer, schema: str) -> None:
    with psycopg.connect(server.conninfo()) as conn:
        layout.migrate(conn, schema)


def run_cli(args: list[str], env: dict[str, str] | None = None) -> tuple[int, str, str]:
    """Call ``kmcore.cli.main`` in-process; (exit code, stdout, stderr)."""
    from click.testing import CliRunner

    from kmcore.cli import cli, main

    cli._plugin_commands_loaded = False  # type: ignore[attr-defined]
    runner = CliRunner()
    with runner.isolation(env=env or {}) as streams:
        try:
            result = main(list(args))
            code = result if isinstance(result, int) else 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        return code, streams[0].getvalue().decode(), streams[1].getvalue().decode()


def toml_value(value: object) -> str:
    import json

    return json.dumps(value) if isinstance(value, str) else str(value)


def make_kb(root: Path, server: TempServer, schema: str, *, ods_code: str = "RT3",
            migrate: bool = True, **store: object) -> Path:
    """A knowledge base folder whose [store] is *schema* on *server* (migrated)."""
    import kmcore

    kmcore.init(root, name="Hub", organisation="Trust " + ods_code, ods_code=ods_code).close()
    table = server.store_table(schema=schema, **store)
    lines = ["", "[store]"] + [f"{k} = {toml_value(v)}" for k, v in table.items()]
    with open(root / "kmcore.toml", "a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    if migrate:
        migrated(server, schema)
    return root
