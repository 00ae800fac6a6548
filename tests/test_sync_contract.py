"""The target contract suite, run against the fake-dir test target."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kmcore.sync.model import Target
from kmcore.testing.fake_targets import DirectoryTarget, use_fake_targets
from kmcore.testing.target_contract import TargetContract


class TestDirectoryTarget(TargetContract):
    backend = "fake-dir"

    @pytest.fixture(autouse=True)
    def registered(self) -> Iterator[None]:
        with use_fake_targets():
            yield

    def target_settings(self, tmp_path: Path) -> dict[str, Any]:
        return {"path": "published", "batch_size": 2}

    def stored_ids(self, target: Target) -> set[str] | None:
        assert isinstance(target, DirectoryTarget)
        return set(DirectoryTarget.items(target.folder))
