"""Measuring ranking quality against hand-judged queries: nDCG@k and MRR.

A trust can judge its own queries in the same JSON shape as kmcore's set
(``tests/data/search_relevance.json``)::

    {"queries": [{"query": "falls prevention",
                  "records": {"inn-cohort-bay-nursing": 2, "lesson-...": 1},
                  "experts": {"person-helen-marsh": 2}}]}

Grades are 2 (about the topic) and 1 (partly relevant); anything not listed counts as 0.
nDCG uses the gain ``2**grade - 1`` and a log2 discount, so a grade-2 record at rank 1 is worth
three times a grade-1 one; MRR is one over the rank of the first record with any grade.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from kmcore.search.experts import find_experts
from kmcore.search.index import Filters, SearchIndex

__all__ = ["KNOWLEDGE_TYPES", "Judged", "Scores", "evaluate", "load_judgements", "ndcg",
           "reciprocal_rank"]

#: Record queries are judged over knowledge records; people are judged by the expert finder.
KNOWLEDGE_TYPES = ("innovation", "story", "capture_record", "lesson")


def ndcg(ranked: Sequence[str], grades: Mapping[str, int], k: int = 10) -> float:
    """Normalised discounted cumulative gain of *ranked* at *k* (1.0 is the ideal order)."""
    def dcg(gains: Sequence[int]) -> float:
        return float(sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(gains[:k])))

    ideal = dcg(sorted(grades.values(), reverse=True))
    return dcg([grades.get(r, 0) for r in ranked]) / ideal if ideal else 0.0


def reciprocal_rank(ranked: Sequence[str], grades: Mapping[str, int]) -> float:
    """1 / the rank of the first result with a grade above 0 (0.0 when there is none)."""
    for position, item in enumerate(ranked, start=1):
        if grades.get(item, 0) > 0:
            return 1.0 / position
    return 0.0


@attrs.frozen
class Judged:
    """One judged query."""

    query: str
    records: dict[str, int]
    experts: dict[str, int]


@attrs.frozen
class Scores:
    """Mean nDCG@10 and MRR over a judged set, for records and for experts, per query too."""

    record_ndcg: float
    record_mrr: float
    expert_ndcg: float
    expert_mrr: float
    record_queries: int
    expert_queries: int
    per_query: tuple[tuple[str, float, float], ...]


def load_judgements(path: Path) -> list[Judged]:
    """Read a judged set (the JSON shape in the module docstring)."""
    data: Any = json.loads(path.read_text(encoding="utf-8"))
    return [Judged(query=q["query"], records=dict(q.get("records", {})),
                   experts=dict(q.get("experts", {}))) for q in data["queries"]]


def evaluate(index: SearchIndex, judged: Sequence[Judged], k: int = 10) -> Scores:
    """Run every judged query through search and the expert finder and score the rankings."""
    index.refresh()
    filters = Filters(types=KNOWLEDGE_TYPES)
    rec: list[tuple[float, float]] = []
    exp: list[tuple[float, float]] = []
    per_query = []
    for item in judged:
        if item.records:
            ranked = index.search(item.query, filters, limit=k, refresh=False).ids
            pair = (ndcg(ranked, item.records, k), reciprocal_rank(ranked, item.records))
            rec.append(pair)
            per_query.append((item.query, *pair))
        if item.experts:
            people = [e.person_id for e in find_experts(index, item.query, limit=k,
                                                        refresh=False)]
            exp.append((ndcg(people, item.experts, k), reciprocal_rank(people, item.experts)))

    def mean(values: list[float]) -> float:
        return sum(values) / len(values) if values else 0.0

    return Scores(
        record_ndcg=mean([a for a, _ in rec]), record_mrr=mean([b for _, b in rec]),
        expert_ndcg=mean([a for a, _ in exp]), expert_mrr=mean([b for _, b in exp]),
        record_queries=len(rec), expert_queries=len(exp), per_query=tuple(per_query),
    )
