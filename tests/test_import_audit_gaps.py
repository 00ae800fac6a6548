"""Gaps a librarian met trying the documented import paths with their own files (issue 15's
second audit): each test is the file they tried, and what they were told or left with."""

from __future__ import annotations

from pathlib import Path

import pytest

import kmcore
from kmcore.io.importer import import_file


@pytest.fixture
def kb(tmp_path: Path) -> kmcore.KnowledgeBase:
    return kmcore.init(tmp_path / "kb", name="Test KB", organisation="Test Trust")


def test_a_default_stage_never_replaces_a_word_in_the_file(kb, tmp_path):
    """``--default stage=idea`` fills an empty Stage cell only: "Kinda on the go" stays
    flagged, named for a librarian to choose, not quietly made an idea (D1480)."""
    path = tmp_path / "log.csv"
    path.write_text("Title,Lead,Description,Stage\n"
                    "Ward clocks,Ann Bell,Clocks in every bay,Kinda on the go\n"
                    "Night huddles,Ann Bell,A huddle after each fall,\n", encoding="utf-8")
    result = import_file(kb, path, "innovation", defaults={"stage": "idea"})
    assert result.error_rows == 0, result.problems
    records = {r.title: r for r in kb.records("innovation")}
    clocks = records["Ward clocks"]
    assert clocks.stage != "idea"
    assert any("Kinda on the go" in m for m in clocks.to_complete), clocks.to_complete
    assert records["Night huddles"].stage == "idea"
    assert not [m for m in records["Night huddles"].to_complete if m.startswith("stage")]
