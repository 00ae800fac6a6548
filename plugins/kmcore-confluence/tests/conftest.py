"""Fixtures for kmcore-confluence: the plugin registered explicitly, both editions as a
parameter, and the sample knowledge base (helpers are in ``confluence_helpers``)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Tests never depend on installed entry points: the plugin is registered by hand below.
os.environ.setdefault("KMCORE_LOAD_PLUGINS", "")

import kmcore_confluence.plugin

import kmcore
from kmcore.plugins import Plugins
from kmcore.testing.plugins import make_plugins, use_plugins


@pytest.fixture
def plugins() -> Iterator[Plugins]:
    with use_plugins(make_plugins(kmcore_confluence.plugin)) as registered:
        yield registered


@pytest.fixture(params=["cloud", "datacenter"])
def edition(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def _sample_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kmcore.demo.sample import ODS_CODE, ORGANISATION, sample_records

    root = tmp_path_factory.mktemp("sample") / "sample-kb"
    with use_plugins(make_plugins(kmcore_confluence.plugin)), kmcore.init(
        root, name="Sample KB", organisation=ORGANISATION, ods_code=ODS_CODE
    ) as kb:
        for record in sample_records():
            kb.add(record)
    return root


@pytest.fixture
def sample_root(tmp_path: Path, plugins: Plugins, _sample_master: Path) -> Path:
    """The demo knowledge base (90 sample records), not yet pointed at any target: a fresh
    copy of one built once per test session."""
    import shutil

    root = tmp_path / "sample-kb"
    shutil.copytree(_sample_master, root)
    return root
