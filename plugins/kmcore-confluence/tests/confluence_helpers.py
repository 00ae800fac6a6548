"""Helpers shared by the kmcore-confluence tests (imported by name: a unique module name,
so it never collides with another test folder's ``conftest``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import kmcore
from kmcore.kb import KnowledgeBase

#: The environment variable the tests put the fake's token in.
TOKEN_ENV = "KMCORE_TEST_CONFLUENCE_TOKEN"


def toml_value(value: Any) -> str:
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{json.dumps(k)} = {toml_value(v)}"
                                for k, v in value.items()) + " }"
    return json.dumps(value)


def add_target(root: Path, settings: dict[str, Any], *, name: str = "wiki",
               extra: dict[str, Any] | None = None) -> None:
    """Append ``[targets.NAME]`` for a Confluence target to the KB's kmcore.toml."""
    lines = [f"\n[targets.{name}]", 'backend = "confluence"']
    lines += [f"{k} = {toml_value(v)}" for k, v in {**settings, **(extra or {})}.items()]
    with open(root / "kmcore.toml", "a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def open_kb(root: Path) -> KnowledgeBase:
    return kmcore.open(root)
