"""A real PostgreSQL server for the whole test session (started once, in a temporary folder)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from kmcore_postgres import plugin as postgres_plugin
from kmcore_postgres.testing import TempServer
from pg_helpers import migrated, schema_for

from kmcore.testing.plugins import make_plugins, use_plugins

# Never rely on installed entry points: the tests register this plugin themselves (below),
# and a subprocess that must load it says so (KMCORE_LOAD_PLUGINS=postgres).
os.environ["KMCORE_LOAD_PLUGINS"] = ""


@pytest.fixture(autouse=True)
def _plugins() -> Iterator[None]:
    with use_plugins(make_plugins(postgres_plugin)):
        yield


@pytest.fixture(scope="session")
def pg_server() -> Iterator[TempServer]:
    server = TempServer()
    try:
        server.start()
    except RuntimeError as exc:  # pragma: no cover - the server programs are missing
        server.stop()
        pytest.fail(f"could not start PostgreSQL for the tests: {exc}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_schema(pg_server: TempServer, tmp_path: Path) -> str:
    """A migrated schema of this test's own."""
    schema = schema_for(tmp_path)
    migrated(pg_server, schema)
    return schema
