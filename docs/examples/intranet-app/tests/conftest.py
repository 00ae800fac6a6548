"""Fixtures: the sample knowledge base (kmcore.demo.sample) in a temporary folder, and the
app over it with Flask's test client. No network, no installed plugins."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

import kmcore
from kmcore.testing.plugins import make_plugins, use_plugins


@pytest.fixture(autouse=True)
def _only_builtin_plugins() -> Iterator[None]:
    # Whatever kmcore plugins this machine has installed, the app sees kmcore's own.
    with use_plugins(make_plugins()):
        yield


@pytest.fixture(scope="session")
def _sample_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kmcore.demo.sample import ODS_CODE, ORGANISATION, sample_records

    root = tmp_path_factory.mktemp("intranet") / "kb"
    with use_plugins(make_plugins()), kmcore.init(
        root, name="Northgate knowledge hub", organisation=ORGANISATION, ods_code=ODS_CODE
    ) as kb:
        for record in sample_records():
            kb.add(record)
        kb.search("warm up the index")  # built once, copied with the folder
    return root


@pytest.fixture
def kb_path(_sample_master: Path, tmp_path: Path) -> Path:
    """A private copy of the sample knowledge base (tests may change it)."""
    return Path(shutil.copytree(_sample_master, tmp_path / "kb"))


@pytest.fixture
def app(kb_path: Path) -> Flask:
    from lks_intranet import create_app

    return create_app(kb_path, {"TESTING": True})


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()
