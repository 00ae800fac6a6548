"""Fixtures: a fake Graph + Entra ID on loopback, a site and an app, and a knowledge base whose
kmcore.toml points a ``sharepoint`` target at them."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import kmcore
import pytest
from kmcore.testing.plugins import make_plugins, use_plugins

from kmcore_sharepoint import plugin as sharepoint_plugin
from kmcore_sharepoint.testing import FakeGraph
from sharepoint_world import SITE_URL, World

os.environ["KMCORE_LOAD_PLUGINS"] = ""  # never rely on installed entry points



@pytest.fixture(autouse=True)
def _plugins() -> Iterator[None]:
    with use_plugins(make_plugins(sharepoint_plugin)):
        yield


@pytest.fixture
def fake(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeGraph]:
    with FakeGraph(tmp_path / "fake") as server:
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(server.ca_path))
        yield server


@pytest.fixture
def world(fake: FakeGraph, tmp_path: Path) -> World:
    site = fake.add_site(SITE_URL)
    app = fake.register_app(roles={"Sites.Selected"}, certificate=True)
    fake.grant(site, app.client_id, "manage")
    root = tmp_path / "kb"
    kmcore.init(root, name="Test KB", organisation="Test Trust").close()
    return World(fake=fake, site=site, app=app, root=root)
