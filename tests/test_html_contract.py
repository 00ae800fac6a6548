"""The ``html`` target passes the target contract every backend runs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kmcore.publish.html import HtmlSiteTarget
from kmcore.publish.html.target import MANIFEST
from kmcore.sync.model import Target
from kmcore.testing.target_contract import TargetContract


class TestHtmlSiteContract(TargetContract):
    backend = "html"

    def target_settings(self, tmp_path: Path) -> dict[str, Any]:
        return {"path": str(tmp_path / "site")}

    def stored_ids(self, target: Target) -> set[str] | None:
        inner: Any = getattr(target, "inner", target)
        assert isinstance(inner, HtmlSiteTarget)
        inner.close()  # the manifest is saved after each batch; close() saves any rest
        manifest = inner.root / MANIFEST
        if not manifest.exists():
            return set()
        ids = set(json.loads(manifest.read_text(encoding="utf-8"))["records"])
        # Every id in the manifest has its page, and every record page is in the manifest.
        pages = {p.stem for p in inner.root.glob("lessons/lesson-*.html")}
        assert pages == ids
        return ids
