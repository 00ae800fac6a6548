"""Shared helpers for the SharePoint plugin's tests (a uniquely named module, so that it
never collides with another test folder's conftest when suites run together)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import kmcore
from kmcore.kb import KnowledgeBase
from kmcore.sync.engine import sync
from kmcore.sync.report import RunReport

from kmcore_sharepoint.settings import SharePointSettings
from kmcore_sharepoint.testing import FakeGraph, RegisteredApp, Site

SITE_URL = "https://example.sharepoint.com/sites/KnowledgeHub"


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

    def parsed(self, settings: dict[str, Any], name: str = "intranet") -> SharePointSettings:
        """*settings* checked as the ``[targets.NAME]`` table of a SharePoint target."""
        from kmcore.backend import TargetConfig

        return SharePointSettings.from_config(
            TargetConfig(name=name, backend="sharepoint", settings=settings))

    def write_target(self, name: str = "intranet", **overrides: Any) -> None:
        lines = [f"\n[targets.{name}]", 'backend = "sharepoint"']
        for key, value in self.settings(**overrides).items():
            lines.append(f"{key} = {_toml(value)}")
        with open(self.root / "kmcore.toml", "a", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")

    def open(self) -> KnowledgeBase:
        return kmcore.open(self.root)

    def sync(self, *targets: str) -> list[RunReport]:
        """One ``kmcore sync`` of the world's knowledge base (all targets, or *targets*)."""
        kb = self.open()
        try:
            return sync(kb, list(targets) or None)
        finally:
            kb.close()


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return json.dumps(str(value))
