"""The target contract every kmcore target must pass (kmcore.testing.target_contract)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import kmcore_markdown_folder.plugin
import pytest

from kmcore.sync.model import Target
from kmcore.testing.plugins import make_plugins, use_plugins
from kmcore.testing.target_contract import TargetContract


class TestMarkdownFolderContract(TargetContract):
    backend = "markdown-folder"

    @pytest.fixture(autouse=True)
    def registered(self) -> Iterator[None]:
        # The plugin registered by hand: the test does not depend on what is installed.
        with use_plugins(make_plugins(kmcore_markdown_folder.plugin)):
            yield

    def target_settings(self, tmp_path: Path) -> dict[str, Any]:
        return {"path": str(tmp_path / "wiki")}

    def stored_ids(self, target: Target) -> set[str] | None:
        folder = target.folder  # type: ignore[attr-defined]
        return {page.stem for page in Path(folder).glob("*/*.md")}

    def shown_text(self, target: Target) -> str | None:
        folder = Path(target.folder)  # type: ignore[attr-defined]
        return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.md")))
