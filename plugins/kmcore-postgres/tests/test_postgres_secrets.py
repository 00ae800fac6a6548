"""Secrets in connection strings are never repeated in an error."""

from __future__ import annotations

from pathlib import Path

import pytest
from kmcore_postgres.settings import PostgresSettings

from kmcore.errors import ConfigError


@pytest.mark.parametrize("conninfo", [
    "host=db user=kmcore_rt3 password=correct horse battery staple",
    "host=db password='correct horse battery staple",
    "host=db password=correcthorse = battery",
])
def test_a_malformed_connection_string_is_refused_without_its_secret(
        conninfo: str, tmp_path: Path) -> None:
    settings = PostgresSettings.from_mapping({"conninfo_env": "KMCORE_PG_CONNINFO"},
                                             base=tmp_path)
    with pytest.raises(ConfigError) as caught:
        settings.conninfo({"KMCORE_PG_CONNINFO": conninfo})
    shown = f"{caught.value.message} {caught.value.hint}"
    assert "KMCORE_PG_CONNINFO" in shown and "not a valid libpq connection string" in shown
    for secret in ("correct", "horse", "battery", "staple"):
        assert secret not in shown
