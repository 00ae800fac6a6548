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
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from kmcore.search.experts import find_experts
from kmcore.search.index import Filters, SearchIndex

__all__ = ["KNOWLEDGE_TYPES", "Collection", "CollectionQuery", "CollectionScores",
           "ExpertTopic", "Judged", "PlainBM25", "Scores", "compare_on_collection", "evaluate",
           "load_collection", "load_judgements", "ndcg", "precision_at_3", "reciprocal_rank",
           "score_collection"]

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


# --- judged collections, and a plain BM25 to compare against -------------------------------


@attrs.frozen
class CollectionQuery:
    """A judged record query of a collection, with its kind (synonym, acronym, spelling,
    phrase, question, distractor...)."""

    query: str
    kind: str
    records: dict[str, int]


@attrs.frozen
class ExpertTopic:
    """A judged expertise topic: graded people, and trap people who must not be in the top 3."""

    topic: str
    people: dict[str, int]
    traps: tuple[str, ...]


@attrs.frozen
class Collection:
    """A judged collection: a knowledge base folder and ``judgements.json`` beside it::

        {"queries": [{"query": "heart attack rehab", "kind": "synonym",
                      "records": {"inn-...": 2, "lesson-...": 1}}],
         "experts": [{"topic": "pressure ulcer prevention",
                      "people": {"person-...": 2}, "traps": ["person-..."]}]}
    """

    queries: tuple[CollectionQuery, ...]
    experts: tuple[ExpertTopic, ...]


def load_collection(path: Path) -> Collection:
    """Read ``judgements.json`` from the collection folder *path*."""
    data: Any = json.loads((path / "judgements.json").read_text(encoding="utf-8"))
    return Collection(
        queries=tuple(CollectionQuery(q["query"], q.get("kind", ""), dict(q["records"]))
                      for q in data.get("queries", ())),
        experts=tuple(ExpertTopic(e["topic"], dict(e["people"]), tuple(e.get("traps", ())))
                      for e in data.get("experts", ())))


class PlainBM25:
    """Textbook Okapi BM25 (k1 = 1.2, b = 0.75, Robertson-Spärck Jones IDF) over the texts
    kmcore indexes, one bag of words per record: the baseline the ranking must beat.

    Words are folded, stopwords dropped and the light stemmer applied, as a search engine's
    English analyser would; the query's words are OR-ed (quotes, ``-`` and ``OR`` are read
    as plain words; excluded words are left out). No fields, synonyms, phrases or proximity.
    """

    def __init__(self, texts: Mapping[str, str], k1: float = 1.2, b: float = 0.75) -> None:
        from collections import Counter

        from kmcore.search._text import STOPWORDS, light_stem, words

        def analyse(text: str) -> list[str]:
            return [light_stem(w) for w in words(text) if w not in STOPWORDS]

        self._analyse = analyse
        self.k1, self.b = k1, b
        self.docs = {key: Counter(self._analyse(text)) for key, text in texts.items()}
        self.lengths = {key: sum(c.values()) for key, c in self.docs.items()}
        self.average = (sum(self.lengths.values()) / len(self.lengths)) if self.lengths else 1.0
        self.df: Counter[str] = Counter()
        for counts in self.docs.values():
            self.df.update(counts.keys())

    def rank(self, query: str, limit: int = 10) -> list[str]:
        terms = list(dict.fromkeys(self._analyse(query.replace("-", " "))))
        n = len(self.docs)
        scores: dict[str, float] = {}
        for term in terms:
            df = self.df.get(term, 0)
            if not df:
                continue
            idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
            for key, counts in self.docs.items():
                tf = counts.get(term, 0)
                if tf:
                    norm = self.k1 * (1 - self.b + self.b * self.lengths[key] / self.average)
                    scores[key] = scores.get(key, 0.0) + idf * tf * (self.k1 + 1) / (tf + norm)
        return [k for k, _ in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))][:limit]


def _record_texts(index: SearchIndex, types: Sequence[str]) -> dict[str, str]:
    marks = ",".join("?" * len(types))
    return {rid: "\n".join(parts) for rid, *parts in index.conn.execute(
        f"SELECT d.id, f.title, f.summary, f.subjects, f.body, f.people FROM docs d "
        f"JOIN fts f ON f.rowid = d.n WHERE d.type IN ({marks}) AND d.confidential = 0",
        list(types))}


def _person_texts(index: SearchIndex) -> dict[str, str]:
    """Each person in the directory as one document: their claims and profile text and the
    texts of the records they are on (Balog's Model 1, the candidate-profile baseline)."""
    records = _record_texts(index, KNOWLEDGE_TYPES)
    texts: dict[str, list[str]] = {pid: [] for (pid,) in index.conn.execute(
        "SELECT id FROM people WHERE hidden = 0")}
    for person, text in index.conn.execute(
            "SELECT c.person, f.text FROM claims c JOIN claims_fts f ON f.rowid = c.k"):
        if person in texts:
            texts[person].append(text)
    for person, record in index.conn.execute("SELECT DISTINCT person, record FROM assoc"):
        if person in texts and record in records:
            texts[person].append(records[record])
    return {pid: "\n".join(parts) for pid, parts in texts.items()}


@attrs.frozen
class CollectionScores:
    """One ranker's figures on a collection."""

    ndcg: float
    ndcg_by_kind: dict[str, float]
    queries_by_kind: dict[str, int]
    expert_p3: float
    traps_in_top3: int
    topics_with_trap: int
    per_query: tuple[tuple[str, str, float], ...]
    per_topic: tuple[tuple[str, float, tuple[str, ...]], ...]


def precision_at_3(ranked: Sequence[str], grades: Mapping[str, int]) -> float:
    """Graded people (grade >= 1) in the first three, over how many there could be there."""
    relevant = [p for p, g in grades.items() if g > 0]
    if not relevant:
        return 0.0
    return sum(1 for p in ranked[:3] if grades.get(p, 0) > 0) / min(3, len(relevant))


def score_collection(collection: Collection, rank_records: Callable[[str], list[str]],
                     rank_people: Callable[[str], list[str]], k: int = 10) -> CollectionScores:
    """Score one ranker (functions from a query to ids, best first) on *collection*."""
    per_query = []
    by_kind: dict[str, list[float]] = {}
    for item in collection.queries:
        value = ndcg(rank_records(item.query)[:k], item.records, k)
        per_query.append((item.query, item.kind, value))
        by_kind.setdefault(item.kind, []).append(value)
    per_topic = []
    traps = 0
    topics_with_trap = 0
    for topic in collection.experts:
        top3 = rank_people(topic.topic)[:3]
        caught = tuple(p for p in top3 if p in topic.traps)
        traps += len(caught)
        topics_with_trap += bool(caught)
        per_topic.append((topic.topic, precision_at_3(top3, topic.people), caught))

    def mean(values: Sequence[float]) -> float:
        return sum(values) / len(values) if values else 0.0

    return CollectionScores(
        ndcg=mean([v for _, _, v in per_query]),
        ndcg_by_kind={kind: mean(v) for kind, v in sorted(by_kind.items())},
        queries_by_kind={kind: len(v) for kind, v in sorted(by_kind.items())},
        expert_p3=mean([p for _, p, _ in per_topic]), traps_in_top3=traps,
        topics_with_trap=topics_with_trap, per_query=tuple(per_query),
        per_topic=tuple(per_topic))


def compare_on_collection(index: SearchIndex, collection: Collection, k: int = 10
                          ) -> tuple[CollectionScores, CollectionScores]:
    """(kmcore, plain BM25) on *collection*, measured in the same run over the same texts."""
    index.refresh()
    filters = Filters(types=KNOWLEDGE_TYPES)
    mine = score_collection(
        collection,
        lambda q: index.search(q, filters, limit=k, refresh=False).ids,
        lambda q: [e.person_id for e in find_experts(index, q, limit=k, refresh=False)], k)
    records = PlainBM25(_record_texts(index, KNOWLEDGE_TYPES))
    people = PlainBM25(_person_texts(index))
    baseline = score_collection(collection, lambda q: records.rank(q, k),
                                lambda q: people.rank(q, k), k)
    return mine, baseline
