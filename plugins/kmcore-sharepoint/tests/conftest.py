"""Fixtures: a fake Graph + Entra ID on loopback, a site and an app, and a knowledge base whose
kmcore.toml points a ``sharepoint`` target at them."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import kmcore
import pytest
from kmcore.kb import KnowledgeBase
from kmcore.testing.fake_graph import FakeGraph, RegisteredApp, Site
from kmcore.testing.plugins import make_plugins, use_plugins

from kmcore_sharepoint import plugin as sharepoint_plugin

os.environ["KMCORE_LOAD_PLUGINS"] = ""  # never rely on installed entry points

SITE_URL = "https://example.sharepoint.com/sites/KnowledgeHub"


@pytest.fixture(autouse=True)
def _plugins() -> Iterator[None]:
    with use_plugins(make_plugins(sharepoint_plugin)):
        yield


@pytest.fixture
def fake(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeGraph]:
    with FakeGraph(tmp_path / "fake") as server:
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(server.ca_path))
        yield server


@attrs.define
class World:
    fake: FakeGraph
    site: Site
    app: RegisteredApp
    root: Path

    def settings(self, **overrides: Any) -> dict[str, Any]:
        values: dict[str, Any] = {
            "site_url": SITE_URL, "tenant_id": self.fake.tenant_id,
            "client_id": self.app.client_id, "auth": "certificate",
            "certificate_path": str(self.app.certificate_path),
            "authority_host": self.fake.url, "graph_endpoint": self.fake.url,
            "max_wait_seconds": 30,
        }
        values.update(overrides)
        return values

    def write_target(self, name: str = "intranet", **overrides: Any) -> None:
        lines = [f"\n[targets.{name}]", 'backend = "sharepoint"']
        for key, value in self.settings(**overrides).items():
            lines.append(f"{key} = {_toml(value)}")
        with open(self.root / "kmcore.toml", "a", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")

    def open(self) -> KnowledgeBase:
        return kmcore.open(self.root)


def _toml(value: Any) -> str:
    import json

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return json.dumps(str(value))


@pytest.fixture
def world(fake: FakeGraph, tmp_path: Path) -> World:
    site = fake.add_site(SITE_URL)
    app = fake.register_app(roles={"Sites.Selected"}, certificate=True)
    fake.grant(site, app.client_id, "manage")
    root = tmp_path / "kb"
    kmcore.init(root, name="Test KB", organisation="Test Trust").close()
    return World(fake=fake, site=site, app=app, root=root)
