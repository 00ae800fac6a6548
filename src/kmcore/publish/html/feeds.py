"""One Atom feed per record type (``feeds/<folder>.xml``): the latest records of the type."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kmcore.publish.html.render import rel

__all__ = ["FEED_SIZE", "feed_path", "render_feed"]

#: How many records each feed shows.
FEED_SIZE = 50
_EPOCH = "1970-01-01T00:00:00+00:00"


def feed_path(spec: Any) -> str:
    return f"feeds/{spec.folder}.xml"


def render_feed(render: Callable[..., bytes], spec: Any, type_name: str,
                latest: list[dict[str, Any]], target_name: str, base_url: str | None) -> bytes:
    """The feed of one type from its latest cards (copies: they are changed here). Links
    are absolute with *base_url*, else relative to the feed."""
    page = feed_path(spec)
    for e in latest:
        e["href"] = (base_url + e["path"]) if base_url else rel(page, e["path"])
        e["atom_id"] = f"urn:kmcore:{type_name}:{e['id']}"
        e["updated"] = e["updated"] or _EPOCH
    updated = max((e["updated"] for e in latest), default=_EPOCH)
    return render(
        "feed.xml", page, spec=spec, entries=latest, updated=updated,
        feed_id=f"urn:kmcore:feed:{target_name}:{type_name}",
        self_href=(base_url + page) if base_url else "",
        html_href=(base_url + f"{spec.folder}/index.html") if base_url
        else f"../{spec.folder}/index.html",
    )
