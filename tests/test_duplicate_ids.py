"""The same record id in two type folders fails the run, naming both files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from clihelp import run_cli
from kmcore.testing.fake_targets import DirectoryTarget, use_fake_targets
from test_sync_helpers import make_kb, published


@pytest.fixture(autouse=True)
def fake_targets() -> Iterator[None]:
    with use_fake_targets():
        yield


def _story_with_id(root: Path, record_id: str) -> None:
    (root / "stories").mkdir(exist_ok=True)
    (root / "stories" / f"{record_id}.json").write_text(json.dumps({
        "type": "story", "id": record_id, "title": "Same id, other type", "kind": "impact",
        "summary": "A story.", "status": "published", "visibility": "organisation",
    }), encoding="utf-8")


@pytest.mark.parametrize("extra", ["", 'record_types = ["lesson"]'])
def test_an_id_in_two_folders_fails_the_run_and_sends_nothing(tmp_path: Path,
                                                              extra: str) -> None:
    root = tmp_path / "kb"
    make_kb(root, 3, extra=extra).close()
    assert run_cli(["--kb", str(root), "sync"]).code == 0
    writes = len(DirectoryTarget.writes(published(root)))
    _story_with_id(root, "lesson-0001")
    (root / "lessons" / "lesson-0002.json").unlink()  # a change that would be sent
    for args in (["sync", "--dry-run"], ["sync"]):
        result = run_cli(["--kb", str(root), *args])
        out = result.out + result.err
        assert result.code == 1, out
        assert "lesson-0001" in out and "lessons/lesson-0001.json" in out
        assert "stories/lesson-0001.json" in out and "rename one of the files" in out
    # Nothing was sent: not the story, not the withdrawal, and lesson-0001 is not withdrawn.
    assert len(DirectoryTarget.writes(published(root))) == writes
    (root / "stories" / "lesson-0001.json").unlink()
    again = run_cli(["--kb", str(root), "sync"])
    assert again.code == 0, again.out + again.err
