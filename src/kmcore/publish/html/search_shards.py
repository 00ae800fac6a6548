"""The site's search index, one script per record type (``search/<folder>.js``).

A script, not JSON: ``fetch()`` fails on ``file://``, and the site must work from a share.
Each shard adds its rows to ``window.KMCORE_SEARCH_INDEX``, so a change to one type rewrites
only that type's shard.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from kmcore.publish.html.safe import script_json_text

__all__ = ["render_shard", "shard_path"]


def shard_path(spec: Any) -> str:
    return f"search/{spec.folder}.js"


def render_shard(spec: Any, cards: Iterable[Mapping[str, Any]]) -> bytes:
    """One type's rows: title, type label, path, summary, and the words to match."""
    rows = []
    for c in sorted(cards, key=lambda c: c["path"]):
        rows.append([c["title"], spec.label, c["path"], c["summary"],
                     " ".join([*c["keywords"], *(v[1] for v in c["facets"].values())])])
    data = ("(window.KMCORE_SEARCH_INDEX = window.KMCORE_SEARCH_INDEX || []).push.apply("
            "window.KMCORE_SEARCH_INDEX, " + script_json_text(rows) + ");\n")
    return data.encode("utf-8")
