"""The target contract every kmcore target must pass, against the fake of each edition."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import kmcore_confluence.plugin
import pytest
from kmcore_confluence.testing import FakeConfluence

from kmcore.sync.model import Target
from kmcore.testing.plugins import make_plugins, use_plugins
from kmcore.testing.target_contract import TargetContract

_ENV = "KMCORE_CONTRACT_CONFLUENCE_TOKEN"


class _ConfluenceContract(TargetContract):
    backend = "confluence"
    edition: Literal["cloud", "datacenter"] = "cloud"

    @pytest.fixture(autouse=True)
    def registered(self, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
        with FakeConfluence(self.edition, retry_after="0.01") as fake,  \
                use_plugins(make_plugins(kmcore_confluence.plugin)):
            monkeypatch.setenv(_ENV, fake.token)
            self.fake = fake
            yield

    def target_settings(self, tmp_path: Path) -> dict[str, Any]:
        return self.fake.target_settings(_ENV)

    def stored_ids(self, target: Target) -> set[str] | None:
        return {p.properties["kmcore"]["record_id"] for p in self.fake.pages()
                if "record_id" in p.properties.get("kmcore", {})}

    def shown_text(self, target: Target) -> str | None:
        # Every page a reader can open (trashed pages are not shown): titles and bodies.
        return "\n".join(f"{p.title}\n{p.body}" for p in self.fake.pages())


class TestCloudContract(_ConfluenceContract):
    edition = "cloud"


class TestDataCenterContract(_ConfluenceContract):
    edition = "datacenter"
