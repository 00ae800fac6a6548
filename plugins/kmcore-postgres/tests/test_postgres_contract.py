"""The postgres store passes kmcore's store contract suite, unchanged, on a real server."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest
from kmcore_postgres.store import PostgresStore
from kmcore_postgres.testing import TempServer
from pg_helpers import migrated, schema_for

from kmcore.specs import RecordTypeSpec
from kmcore.store.base import Store
from kmcore.testing.store_contract import AuditingStoreContract


class TestPostgresStoreContract(AuditingStoreContract):
    @pytest.fixture(autouse=True)
    def _server(self, pg_server: TempServer) -> None:
        self.server = pg_server

    def make_store(self, tmp_path: Path, types: Mapping[str, RecordTypeSpec]) -> Store:
        schema = schema_for(tmp_path)
        migrated(self.server, schema)  # a no-op the second time: same tmp_path, same records
        table = self.server.store_table(schema=schema)
        table.pop("backend")
        return PostgresStore(tmp_path, types, settings=table)
