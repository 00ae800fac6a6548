"""The target contract suite, run against the SharePoint target and the fake Graph."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from kmcore.sync.model import Target
from kmcore.testing.target_contract import TargetContract

from kmcore_sharepoint.target import SharePointTarget
from kmcore_sharepoint.testing import FakeGraph, RegisteredApp, Site

SITE = "https://example.sharepoint.com/sites/Contract"


class TestSharePointTarget(TargetContract):
    backend = "sharepoint"

    @pytest.fixture(autouse=True)
    def graph(self, fake: FakeGraph) -> None:
        self.fake = fake
        self.site: Site = fake.add_site(SITE)
        self.app: RegisteredApp = fake.register_app(roles={"Sites.Selected"}, certificate=True)
        fake.grant(self.site, self.app.client_id, "manage")

    def target_settings(self, tmp_path: Path) -> dict[str, Any]:
        return {"site_url": SITE, "tenant_id": self.fake.tenant_id,
                "client_id": self.app.client_id,
                "certificate_path": str(self.app.certificate_path),
                "authority_host": self.fake.url, "graph_endpoint": self.fake.url}

    def stored_ids(self, target: Target) -> set[str] | None:
        assert isinstance(target, SharePointTarget)
        return {str(i.fields.get("KmKey")) for i in self.fake.items(self.site, "Lessons")}

    def shown_text(self, target: Target) -> str | None:
        # Every item of every list kmcore writes, as its fields read back.
        text = []
        for name in ("Lessons", "People"):
            try:
                items = self.fake.items(self.site, name)
            except KeyError:
                continue
            text += [repr(sorted(i.fields.items())) for i in items]
        return "\n".join(text)
