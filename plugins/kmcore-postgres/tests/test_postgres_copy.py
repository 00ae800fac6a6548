"""kmcore store copy: into PostgreSQL and back out, lossless, resumable after a kill, verified."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import attrs
import psycopg
import pytest
from kmcore_postgres.store import PostgresStore
from kmcore_postgres.testing import TempServer
from pg_helpers import make_kb, run_cli, schema_for

import kmcore
from kmcore.records.lesson import Lesson
from kmcore.store.copy import inventory
from kmcore.store.local import LocalFileStore


def lesson(n: int, **more: object) -> Lesson:
    values: dict[str, object] = {
        "id": f"lesson-{n:05d}", "title": f"Lesson {n} ✓ café 日本",
        "statement": "What happened.", "recommendation": "Do it again.",
        "polarity": "sustain", "revision": 1 + n % 3, "keywords": ("wards", f"k{n}")}
    values.update(more)
    return Lesson(**values)  # type: ignore[arg-type]


def local_kb(tmp_path: Path, server: TempServer, count: int) -> Path:
    """A folder knowledge base with *count* lessons, then [store] pointed at a fresh schema."""
    root = tmp_path / "kb"
    kmcore.init(root, ods_code="RT3").close()
    with kmcore.open(root) as kb:
        LocalFileStore(root, kb.types).restore([lesson(n) for n in range(count)])
    settings_before = (root / "kmcore.toml").read_text(encoding="utf-8")
    (root / "kmcore.toml").unlink()
    make_kb(root, server, schema_for(tmp_path))
    # make_kb re-initialised kmcore.toml: keep the [store] table it added
    text = (root / "kmcore.toml").read_text(encoding="utf-8")
    store_table = text[text.index("[store]"):]
    (root / "kmcore.toml").write_text(settings_before + "\n" + store_table, encoding="utf-8")
    return root


def test_copy_in_and_back_out_loses_nothing(pg_server: TempServer, tmp_path: Path) -> None:
    root = local_kb(tmp_path, pg_server, 40)
    code, out, err = run_cli(["--kb", str(root), "store", "copy", "--to", "postgres"])
    assert code == 0, err
    assert "copied 40 records from local to postgres (0 were there already)" in out
    assert "verified: both hold the same 40 records (40 lesson)" in out
    with kmcore.open(root) as kb:
        assert isinstance(kb.store, PostgresStore)
        got = kb.get("lesson-00005")
        assert got == lesson(5)  # revision and every field as they were
        kb.update(attrs.evolve(got, title="Changed in the database"))
        kb.delete(kb.get("lesson-00007"))
        kb.add(lesson(99, revision=0))
    code, out, err = run_cli(["--kb", str(root), "store", "copy", "--to", "local"])
    assert code == 1 and "holds 1 records that the source does not have" in err
    code, out, err = run_cli(["--kb", str(root), "store", "copy", "--to", "local", "--prune"])
    assert code == 0, err
    assert "copied 2 records from postgres to local (38 were there already, 1 deleted" in out
    with kmcore.open(root) as kb:
        local = LocalFileStore(root, kb.types)
        assert local.get("lesson", "lesson-00005").title == "Changed in the database"
        assert local.get("lesson", "lesson-00005").revision == lesson(5).revision + 1
        assert inventory(local).records == inventory(kb.store).records


def test_copy_to_a_store_that_is_not_configured(pg_server: TempServer, tmp_path: Path) -> None:
    root = local_kb(tmp_path, pg_server, 1)
    code, _, err = run_cli(["--kb", str(root), "store", "copy", "--to", "mysql"])
    assert code == 1 and "[store] names 'postgres'" in err


def _count(server: TempServer, schema: str) -> int:
    with psycopg.connect(server.conninfo()) as conn:
        row = conn.execute(f"SELECT count(*) FROM {schema}.records").fetchone()
        return int(row[0]) if row else 0


@pytest.mark.slow
def test_a_copy_killed_half_way_is_finished_by_running_it_again(
        pg_server: TempServer, tmp_path: Path) -> None:
    total = 2500
    root = local_kb(tmp_path, pg_server, total)
    schema = schema_for(tmp_path)
    command = [sys.executable, "-m", "kmcore.cli", "--kb", str(root), "store", "copy",
               "--to", "postgres"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env={**os.environ, "KMCORE_LOAD_PLUGINS": "postgres"})
    deadline = time.monotonic() + 120
    copied = 0
    while time.monotonic() < deadline and process.poll() is None:
        copied = _count(pg_server, schema)
        if copied > 0:
            break
        time.sleep(0.005)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL
    copied = _count(pg_server, schema)
    assert 0 < copied < total, f"the copy was not caught half-way ({copied} of {total})"
    assert copied % 500 == 0  # a batch lands whole or not at all
    code, out, err = run_cli(["--kb", str(root), "store", "copy", "--to", "postgres"])
    assert code == 0, err
    assert f"copied {total - copied} records from local to postgres ({copied} were there" in out
    assert f"verified: both hold the same {total} records" in out
    assert _count(pg_server, schema) == total


def _files(root: Path) -> int:
    folder = root / "lessons"
    return len(list(folder.glob("*.json"))) if folder.exists() else 0


@pytest.mark.slow
def test_a_move_killed_while_deleting_cannot_be_pruned_into_loss(
        pg_server: TempServer, tmp_path: Path) -> None:
    """Killed after the verified copy, while deleting from the folder: the folder then lacks
    records the database has. --prune (the hint of that refusal) must not delete them; the
    same --move finishes the job once it has checked every record is in the database."""
    total = 3000
    root = local_kb(tmp_path, pg_server, total)
    schema = schema_for(tmp_path)
    command = [sys.executable, "-m", "kmcore.cli", "--kb", str(root), "store", "copy",
               "--to", "postgres", "--move"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env={**os.environ, "KMCORE_LOAD_PLUGINS": "postgres"})
    deadline = time.monotonic() + 180
    left = total
    while time.monotonic() < deadline and process.poll() is None:
        left = _files(root)
        if left < total:
            break
        time.sleep(0.002)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL, "the move finished before it was killed"
    left = _files(root)
    assert 0 < left < total, f"the move was not caught while deleting ({left} of {total})"
    assert (root / ".kmcore" / "store-move.json").exists()
    assert _count(pg_server, schema) == total

    for args in (["--prune"], [], ["--to-local"]):
        to = "local" if args == ["--to-local"] else "postgres"
        extra = [] if args == ["--to-local"] else args
        code, _, err = run_cli(["--kb", str(root), "store", "copy", "--to", to, *extra])
        assert code == 1 and "was stopped while deleting" in err, err
        assert "kmcore store copy --to postgres --move" in err
    assert _count(pg_server, schema) == total and _files(root) == left

    code, out, err = run_cli(["--kb", str(root), "store", "copy", "--to", "postgres", "--move"])
    assert code == 0, err
    assert f"deleted the {total} records from local" in out
    assert _files(root) == 0 and _count(pg_server, schema) == total
    assert not (root / ".kmcore" / "store-move.json").exists()
    with kmcore.open(root) as kb:
        assert kb.get("lesson-00005") == lesson(5)
