"""The html site's aggregate pages: a list per record type, the home page, the Atom feeds,
the search shards, the expertise directory and the embeddable fragments.

Built from the manifest's cards (:mod:`kmcore.publish.html.state`), never from record files,
and written through :meth:`PageWriter.emit <kmcore.publish.html.pages.PageWriter.emit>`, so a
page whose content did not change is not written again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from markupsafe import Markup

from kmcore.publish.html import directory, feeds, search_shards, views
from kmcore.publish.html.pages import PageWriter
from kmcore.publish.html.render import HERE, card_li, date_text
from kmcore.publish.html.render import rel as _rel
from kmcore.publish.html.state import SiteState
from kmcore.records.vocab import Stage
from kmcore.sync.model import TargetConfig

__all__ = ["LATEST", "AggregatePages"]

#: How many records the home page and the fragments show.
LATEST = 6
_STATIC = ("site.css", "site.js", "favicon.svg")


class AggregatePages:
    """The aggregate pages of :class:`~kmcore.publish.html.target.HtmlSiteTarget` (a part
    of it, kept in its own module)."""

    config: TargetConfig
    base_url: str | None
    state: SiteState
    pages: PageWriter
    _cards_cache: dict[str, list[dict[str, Any]]] | None
    _render: Callable[..., bytes]
    _load_cards: Callable[[str], None]

    @property
    def _types(self) -> dict[str, Any]:
        """Record type name -> its spec, in navigation order (the target's)."""
        raise NotImplementedError

    @property
    def _records(self) -> dict[str, dict[str, Any]]:
        """Record id -> its manifest entry (the target's)."""
        raise NotImplementedError

    def _write_aggregates(self, changed_types: set[str], changed: Iterable[str],
                          everything: bool) -> None:
        """Lists, feeds and search shards of the changed types; home, search page,
        directory and fragments."""
        manifest = self.state.load()
        for name in _STATIC:
            self.pages.emit(f"assets/{name}", (HERE / "static" / name).read_bytes())
        changed_types = {t for t in changed_types | self.state.unfinished_types
                         if t in self._types}
        for type_name in sorted(changed_types):
            self._load_cards(type_name)
            self._write_list(type_name)
            self._write_feed(type_name)
            self._write_search(type_name)
            stats = manifest.setdefault("stats", {})[type_name] = self._stats(type_name)
            self.state.journal_stats[type_name] = stats
        self._write_home()
        self.pages.emit("search.html", self._render("search.html", "search.html",
                                                    shards=self._search_shards()))
        evidence = set(manifest.get("stats", {}).get("person", {}).get("evidence", ()))
        if everything or "person" in changed_types or evidence & set(changed):
            self._load_cards("person")
            self._write_directory()
        self._write_fragments()

    def _cards(self, type_name: str) -> list[dict[str, Any]]:
        """The cards of one type, with id and path (shared: copy one before changing it)."""
        if self._cards_cache is None:
            self._cards_cache = {}
        if type_name not in self._cards_cache:
            self._load_cards(type_name)
            self._cards_cache[type_name] = [
                {"id": record_id, "path": entry["path"], **entry["card"]}
                for record_id, entry in self._records.items() if entry["type"] == type_name
            ]
        return self._cards_cache[type_name]

    def _latest(self, type_name: str, n: int) -> list[dict[str, Any]]:
        cards = sorted(self._cards(type_name), key=lambda c: (c["updated"], c["id"]),
                       reverse=True)
        return [dict(c) for c in cards[:n]]

    def _write_list(self, type_name: str) -> None:
        spec = self._types[type_name]
        page = f"{spec.folder}/index.html"
        cards = list(self._cards(type_name))
        if type_name == "person":
            cards.sort(key=lambda c: (c["title"].lower(), c["id"]))
        else:
            cards.sort(key=lambda c: (c["date"], c["updated"], c["id"]), reverse=True)
        facets: dict[str, dict[str, str]] = {}
        for name in views.FACETS.get(type_name, ("department",)):
            values = {c["facets"][name][0]: c["facets"][name][1]
                      for c in cards if name in c["facets"]}
            if values:
                facets[name] = dict(sorted(values.items(), key=lambda kv: kv[1].lower()))
        items = Markup("".join(card_li(c, _rel(page, c["path"])) for c in cards))
        self.pages.emit(page, self._render(
            "list.html", page, spec=spec, items=items, count=len(cards), facets=facets,
            facet_labels={n: views.label_of(n) for n in facets},
            feed=f"feeds/{spec.folder}.xml",
        ))

    def _stats(self, type_name: str) -> dict[str, Any]:
        """What the home page, directory and fragments need of one type (its cards loaded),
        kept in the manifest so a change to one type never reads the others' cards."""
        cards = self._cards(type_name)
        stages: Counter[str] = Counter()
        departments: Counter[str] = Counter()
        for c in cards:
            if "stage" in c["facets"]:
                stages[c["facets"]["stage"][0]] += 1
            if "department" in c["facets"]:
                departments[c["facets"]["department"][1]] += 1
        latest = self._latest(type_name, LATEST)
        return {
            "count": len(cards),
            "stages": dict(stages) if type_name == "innovation" else {},
            "departments": dict(departments) if type_name != "person" else {},
            "latest": latest if type_name in ("innovation", "story") else [],
            "updated": max((c["updated"] for c in cards), default=""),
            "evidence": sorted({ev for c in cards for claim in c.get("dir", {}).get("claims", ())
                                for ev, _role in claim["evidence"]}),
        }

    def _write_home(self) -> None:
        stats = self.state.load().get("stats", {})
        stages: Counter[str] = Counter()
        departments: Counter[str] = Counter()
        counts = []
        latest: dict[str, list[dict[str, Any]]] = {}
        updated = ""
        for type_name, spec in self._types.items():
            found = stats.get(type_name, {})
            counts.append({"label": spec.plural, "n": found.get("count", 0),
                           "path": f"{spec.folder}/index.html"})
            stages.update(found.get("stages", {}))
            departments.update(found.get("departments", {}))
            updated = max(updated, found.get("updated", ""))
            if type_name in ("innovation", "story"):
                latest[type_name] = [{**c, "href": c["path"]} for c in found.get("latest", ())]
        stage_rows = [{"value": s.value, "label": s.label, "n": stages[s.value]}
                      for s in Stage if stages[s.value]]
        dept_rows = sorted(departments.items(), key=lambda kv: (-kv[1], kv[0].lower()))
        self.pages.emit("index.html", self._render(
            "home.html", "index.html", counts=counts, stages=stage_rows,
            departments=dept_rows, latest=latest, types=self._types,
            updated=date_text(updated),
        ))

    def _write_feed(self, type_name: str) -> None:
        spec = self._types[type_name]
        self.pages.emit(feeds.feed_path(spec), feeds.render_feed(
            self._render, spec, type_name, self._latest(type_name, feeds.FEED_SIZE),
            self.config.name, self.base_url))

    def _search_shards(self) -> list[str]:
        return [search_shards.shard_path(spec) for spec in self._types.values()]

    def _write_search(self, type_name: str) -> None:
        spec = self._types[type_name]
        self.pages.emit(search_shards.shard_path(spec),
                   search_shards.render_shard(spec, self._cards(type_name)))

    def _write_directory(self) -> None:
        """The expertise directory (see :mod:`kmcore.publish.html.directory`)."""
        self.pages.emit(directory.PAGE, self._render(
            "directory.html", directory.PAGE, groups=directory.directory_groups(self._records)))

    def _write_fragments(self) -> None:
        stats = self.state.load().get("stats", {})
        for type_name, name in (("innovation", "latest-innovations"),
                                ("story", "latest-stories")):
            if type_name not in self._types:
                continue
            page = f"fragments/{name}.html"
            cards = [{**c, "href": _rel(page, c["path"])}
                     for c in stats.get(type_name, {}).get("latest", ())]
            spec = self._types[type_name]
            self.pages.emit(page, self._render(
                "fragment_latest.html", page, spec=spec, cards=cards,
                list_href=_rel(page, f"{spec.folder}/index.html"),
            ))
