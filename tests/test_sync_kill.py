"""Kill a real ``kmcore sync`` process with SIGKILL at many points; re-running must end in
exactly the state of one clean sync: every item on the target once, nothing missing, and a
ledger that agrees with the target.

The fake target kills its own process right after writing its N-th item and before
answering (``KMCORE_FAKE_KILL_AFTER``): the moment when the target holds something the ledger
cannot know about. Kill points cover the first item, the middle of batches, batch ends and
the last item, and some runs are killed twice before they are allowed to finish.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kmcore.sync.ledger import Ledger, target_folder
from kmcore.testing.fake_targets import KILL_AFTER_ENV, DirectoryTarget
from test_sync_helpers import make_kb, published

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

RECORDS = 160
BATCH = 16
SCRIPT = """
import sys
from kmcore.cli import main
from kmcore.testing.fake_targets import use_fake_targets
with use_fake_targets():
    main(sys.argv[1:])
"""
# Items written before the kill: first item, mid-batch, batch ends, last, past the end.
KILL_POINTS = [1, 2, 7, 15, 16, 17, 32, 33, 64, 95, 128, 150, 159, 160]
# Killed twice (second kill counted from the start of the second run) before finishing.
DOUBLE_KILLS = [(5, 3), (40, 40), (100, 59)]


def _run(root: Path, kill_after: int | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KMCORE_LOAD_PLUGINS": "", "KMCORE_FAKE_NO_FSYNC": "1"}
    env.pop(KILL_AFTER_ENV, None)
    if kill_after is not None:
        env[KILL_AFTER_ENV] = str(kill_after)
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, "--kb", str(root), "sync", "--no-progress"],
        env=env, capture_output=True, text=True, timeout=60,
    )


def _state(root: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """What the target holds and what the ledger says, minus remote version numbers (a
    create repeated after a kill bumps the fake's version; the content is what matters)."""
    items = {
        record_id: (data["record_type"], data["remote_ref"], data["content_hash"], data["data"])
        for record_id, data in DirectoryTarget.items(published(root)).items()
    }
    ledger = Ledger.open(target_folder(root, "t"))
    entries = {}
    for record_id, entry in ledger.entries.items():
        target_item = DirectoryTarget.items(published(root)).get(record_id)
        if entry.state == "published":
            # The ledger never claims a version the target does not have.
            assert target_item is not None, record_id
            assert entry.remote_version == str(target_item["version"]), record_id
            assert not entry.uncertain
        entries[record_id] = (entry.state, entry.content_hash, entry.source_hash,
                              entry.remote_ref)
    return items, entries


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("kill") / "template"
    make_kb(root, RECORDS, batch_size=BATCH).close()
    return root


@pytest.fixture(scope="module")
def clean_state(template: Path, tmp_path_factory: pytest.TempPathFactory
                ) -> tuple[dict[str, Any], dict[str, Any]]:
    root = tmp_path_factory.mktemp("clean") / "kb"
    shutil.copytree(template, root)
    done = _run(root)
    assert done.returncode == 0, done.stdout + done.stderr
    items, entries = _state(root)
    assert len(items) == RECORDS
    return items, entries


def _copy(template: Path, tmp_path: Path) -> Path:
    root = tmp_path / "kb"
    shutil.copytree(template, root)
    return root


def _finish_and_compare(root: Path, clean: tuple[dict[str, Any], dict[str, Any]],
                        *, once_more: bool = False) -> None:
    done = _run(root)
    assert done.returncode == 0, done.stdout + done.stderr
    assert _state(root) == clean
    writes = [w.split()[1] for w in DirectoryTarget.writes(published(root))]
    assert set(writes) == set(clean[0])
    if once_more:  # and a further run has nothing to do
        again = _run(root)
        assert again.returncode == 0
        assert f"Left {RECORDS} unchanged." in again.stdout
        assert len(DirectoryTarget.writes(published(root))) == len(writes)


@pytest.mark.parametrize("kill_after", KILL_POINTS)
def test_killed_sync_resumes_to_the_clean_state(
    template: Path, clean_state: Any, tmp_path: Path, kill_after: int
) -> None:
    root = _copy(template, tmp_path)
    killed = _run(root, kill_after)
    if kill_after <= RECORDS:
        assert killed.returncode == -signal.SIGKILL, killed.stdout + killed.stderr
        assert len(DirectoryTarget.items(published(root))) == kill_after
        assert DirectoryTarget.finish_info(published(root))["calls"] == 0
    _finish_and_compare(root, clean_state)
    # finish() of the resumed run saw every change, including those of the killed run.
    finished = DirectoryTarget.finish_info(published(root))
    assert finished["calls"] == 1
    assert set(finished["changed"]) == set(clean_state[0])


@pytest.mark.parametrize(("first", "second"), DOUBLE_KILLS)
def test_killed_twice_then_resumed(
    template: Path, clean_state: Any, tmp_path: Path, first: int, second: int
) -> None:
    root = _copy(template, tmp_path)
    assert _run(root, first).returncode == -signal.SIGKILL
    assert _run(root, second).returncode == -signal.SIGKILL
    _finish_and_compare(root, clean_state, once_more=True)
