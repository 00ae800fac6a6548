"""The ``html`` target passes the target contract every backend runs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kmcore.publish.html import HtmlSiteTarget
from kmcore.sync.model import Target
from kmcore.testing.target_contract import TargetContract


class TestHtmlSiteContract(TargetContract):
    backend = "html"

    def target_settings(self, tmp_path: Path) -> dict[str, Any]:
        return {"path": str(tmp_path / "site")}

    def stored_ids(self, target: Target) -> set[str] | None:
        inner: Any = getattr(target, "inner", target)
        assert isinstance(inner, HtmlSiteTarget)
        # What a new run would see: the manifest and its journal, read afresh.
        fresh = HtmlSiteTarget(inner.config, inner.kb)
        pages = fresh.published()
        for path in pages.values():
            assert (fresh.root / path).is_file()
        assert {p.stem for p in fresh.root.glob("*/*-*.html")
                if p.parent.name != "fragments"} == set(pages)
        return set(pages)

    def shown_text(self, target: Target) -> str | None:
        inner: Any = getattr(target, "inner", target)
        site = Path(inner.root)
        return "\n".join(p.read_text(encoding="utf-8") for p in sorted(site.rglob("*"))
                         if p.is_file() and ".kmcore-site" not in p.parts)
