"""Ranking quality on the hand-judged relevance set (tests/data/search_relevance.json).

The floors sit a little below the measured figures (docs/benchmarks.md, Search section), so a
change that makes ranking clearly worse fails here; raise them when ranking improves.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kmcore.search.relevance import evaluate, load_judgements, ndcg, reciprocal_rank
from search_sample import sample_kb

JUDGED = Path(__file__).parent / "data" / "search_relevance.json"
RECORD_NDCG_FLOOR = 0.85
RECORD_MRR_FLOOR = 0.90
EXPERT_NDCG_FLOOR = 0.85
EXPERT_MRR_FLOOR = 0.85


def test_the_relevance_set_is_big_enough_and_well_formed() -> None:
    judged = load_judgements(JUDGED)
    assert len(judged) >= 40
    assert sum(1 for j in judged if j.experts) >= 15
    assert len({j.query for j in judged}) == len(judged)
    for item in judged:
        assert item.records or item.experts
        assert all(grade in (1, 2) for grade in [*item.records.values(),
                                                  *item.experts.values()])


def test_every_judged_id_exists_in_the_sample(tmp_path: Path) -> None:
    from kmcore.demo.sample import sample_records

    ids = {r.id for r in sample_records()}
    for item in load_judgements(JUDGED):
        assert set(item.records) <= ids, item.query
        assert set(item.experts) <= ids, item.query


def test_ranking_quality_stays_above_the_floor(tmp_path: Path) -> None:
    with sample_kb(tmp_path / "kb") as kb:
        scores = evaluate(kb.search_index(), load_judgements(JUDGED))
    assert scores.record_ndcg >= RECORD_NDCG_FLOOR, scores.per_query
    assert scores.record_mrr >= RECORD_MRR_FLOOR
    assert scores.expert_ndcg >= EXPERT_NDCG_FLOOR
    assert scores.expert_mrr >= EXPERT_MRR_FLOOR


def test_metrics() -> None:
    grades = {"a": 2, "b": 1}
    assert ndcg(["a", "b", "c"], grades) == pytest.approx(1.0)
    assert ndcg(["c", "b", "a"], grades) < ndcg(["b", "a", "c"], grades) < 1.0
    assert ndcg(["x"], {}) == 0.0
    assert reciprocal_rank(["c", "b", "a"], grades) == pytest.approx(0.5)
    assert reciprocal_rank(["c"], grades) == 0.0


COLLECTIONS = Path(__file__).parent / "data" / "relevance"
#: Kinds where kmcore is known to fall short of the baseline on a collection, and by how much
#: at most (docs/benchmarks.md). None since the first page is topped up by feedback (D271),
#: which lifted collection B's phrase queries above BM25.
KNOWN_SHORTFALL: dict[tuple[str, str], float] = {}


@pytest.mark.parametrize("name", ["a", "b", "c"])
def test_collection_ranks_above_plain_bm25(tmp_path: Path, name: str) -> None:
    """On independent judged collections (written without seeing the ranking code), kmcore
    must beat a textbook BM25 measured in the same run: overall, on every query kind, at
    finding experts and at keeping trap people out of the experts' top 3. No fixed figure:
    the baseline is the bar."""
    import shutil

    import kmcore
    from kmcore.search.relevance import compare_on_collection, load_collection

    folder = COLLECTIONS / f"collection-{name}"
    collection = load_collection(folder)
    assert len(collection.queries) >= 40 and len(collection.experts) >= 20
    shutil.copytree(folder / "kb", tmp_path / "kb")
    with kmcore.open(tmp_path / "kb") as kb:
        mine, bm25 = compare_on_collection(kb.search_index(), collection)
    assert mine.ndcg > bm25.ndcg, (mine.ndcg, bm25.ndcg)
    for kind, value in mine.ndcg_by_kind.items():
        allowed = KNOWN_SHORTFALL.get((name, kind), 0.0)
        assert value >= bm25.ndcg_by_kind[kind] - allowed, (kind, value,
                                                             bm25.ndcg_by_kind[kind])
    assert mine.expert_p3 > bm25.expert_p3, (mine.expert_p3, bm25.expert_p3)
    assert mine.traps_in_top3 < bm25.traps_in_top3


BENCHMARK = Path(__file__).parent.parent / "benchmarks" / "relevance.py"


def _run_benchmark(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(BENCHMARK), *args], capture_output=True,
                          text=True, timeout=300, check=False)


def test_benchmark_scores_a_collection_given_by_path(tmp_path: Path) -> None:
    """``--path DIR`` scores any folder of the collections' layout beside the BM25 baseline,
    per kind, with experts P@3 and trap counts, and leaves docs/benchmarks.md alone."""
    import shutil

    page = BENCHMARK.parent.parent / "docs" / "benchmarks.md"
    before = page.read_text(encoding="utf-8")
    copy = tmp_path / "trust-x"
    shutil.copytree(COLLECTIONS / "collection-c", copy, ignore=shutil.ignore_patterns("cache"))
    done = _run_benchmark("--path", str(copy), "--detail")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert f"collection at {copy}" in out
    assert "collection c:" not in out  # --path alone scores only the folder given
    for line in ("| nDCG@10, all queries |", "| nDCG@10, synonym (", "| nDCG@10, question (",
                 "| experts P@3 |", "| trap people in a top 3"):
        assert line in out, line
    assert "fits in children at school" in out  # --detail: per-query lines
    assert page.read_text(encoding="utf-8") == before


def test_benchmark_rejects_a_folder_that_is_not_a_collection(tmp_path: Path) -> None:
    done = _run_benchmark("--path", str(tmp_path), "--no-write")
    assert done.returncode != 0
    assert "judgements.json" in done.stderr
