"""The expertise directory page: people by topic, ranked as ``kmcore experts`` ranks them
as far as published data allows."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from kmcore.publish.html.render import rel

__all__ = ["PAGE", "directory_groups"]

PAGE = "expertise/index.html"


def directory_groups(records: Mapping[str, Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The directory's topics, each with its people in rank order, from the manifest's
    entries (person cards loaded). Evidence is shown only when it is published here."""
    topics: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entry in records.values():
        if entry["type"] != "person":
            continue
        directory = entry["card"].get("dir")
        if not directory:
            continue
        for claim in directory["claims"]:
            evidence = []
            for ev_id, role in claim["evidence"]:
                other = records.get(ev_id)
                if other is not None:
                    evidence.append({"title": other["title"], "role": role,
                                     "href": rel(PAGE, other["path"])})
            if claim["basis"] == "Inferred" and not evidence:
                continue  # never an inferred claim without evidence a reader can see
            topics[claim["label"]].append({
                "rank": _directory_rank(claim, evidence),
                "name": entry["card"]["title"], "href": rel(PAGE, entry["path"]),
                "summary": entry["card"]["summary"], "level": claim["level"],
                "basis": claim["basis"], "evidence": evidence,
                "willing": directory["willing"],
            })
    return [
        {"label": label, "slug": f"topic-{i}",
         "people": sorted(people, key=lambda p: (-p["rank"], str(p["name"]).lower(),
                                                 str(p["href"])))}
        for i, (label, people) in enumerate(sorted(topics.items(),
                                                   key=lambda kv: kv[0].lower()))
    ]


def _directory_rank(claim: dict[str, Any], evidence: list[dict[str, Any]]) -> float:
    """A person's place under one topic of the directory, with the expertise finder's weights
    (kmcore.search): the claim's basis and level, plus the part they played in each published
    evidence record. Unpublished records never count, so the order cannot hint at them."""
    from kmcore.search.experts import BASIS_WEIGHTS, LEVEL_WEIGHTS
    from kmcore.search.extract import role_weight

    def key(label: str) -> str:
        return str(label).strip().lower().replace("-", "_").replace(" ", "_")

    score = BASIS_WEIGHTS.get(key(claim["basis"]), 0.0) * LEVEL_WEIGHTS.get(
        key(claim["level"]), LEVEL_WEIGHTS[""])
    return score + sum(role_weight(str(e["role"])) for e in evidence)
