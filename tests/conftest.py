"""Shared fixtures. Installed third-party plugins stay out of the test run."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Tests must not depend on whatever kmcore plugins this machine happens to have installed;
# tests that need a plugin register it themselves (kmcore.testing.plugins).
os.environ.setdefault("KMCORE_LOAD_PLUGINS", "")


@pytest.fixture
def kb(tmp_path: Path) -> Iterator[object]:
    """An empty knowledge base in a temporary folder."""
    import kmcore

    with kmcore.init(tmp_path / "kb", name="Test KB", organisation="Test Trust",
                     ods_code="RX1") as opened:
        yield opened
