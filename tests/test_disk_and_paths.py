"""Read-only and full drives, and paths that are files: one line and a hint, never a
traceback, and never blamed on "another sync"."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

import kmcore
from clihelp import run_cli
from diskfaults import failing_writes
from kmcore.testing.fake_targets import use_fake_targets
from test_sync_helpers import make_kb


@pytest.fixture(autouse=True)
def fake_targets() -> Iterator[None]:
    with use_fake_targets():
        yield


def one_line_error(result: object, *words: str) -> str:
    out = result.out + result.err  # type: ignore[attr-defined]
    assert result.code == 1, out  # type: ignore[attr-defined]
    assert "Traceback" not in out
    errors = [line for line in out.splitlines() if "Error: " in line]
    assert len(errors) == 1, out
    assert "Hint: " in out, out
    for word in words:
        assert word in out, (word, out)
    return out


def test_report_into_a_read_only_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                        ) -> None:
    root = tmp_path / "kb"
    make_kb(root, 3).close()
    shared = tmp_path / "read-only share"
    shared.mkdir()
    monkeypatch.chdir(shared)
    with failing_writes(monkeypatch, shared):
        default = run_cli(["--kb", str(root), "report"])
        chosen = run_cli(["--kb", str(root), "report", "-o", str(shared / "pack.html")])
    one_line_error(default, "read-only", "-o")
    one_line_error(chosen, "read-only", "-o")
    assert list(shared.iterdir()) == []


def test_report_on_a_full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "kb"
    make_kb(root, 3).close()
    out = tmp_path / "out"
    out.mkdir()
    with failing_writes(monkeypatch, out, errno.ENOSPC):
        result = run_cli(["--kb", str(root), "report", "-o", str(out / "pack.html")])
    one_line_error(result, "disk is full")


def test_import_into_a_read_only_knowledge_base(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "kb"
    make_kb(root, 3).close()
    source = tmp_path / "lessons.csv"
    source.write_text("title,statement,recommendation,polarity\n"
                      "Book early,Rooms went.,Book early.,improve\n"
                      ",No title,Do.,sideways\n", encoding="utf-8")
    before = sorted(p.name for p in root.rglob("*"))
    with failing_writes(monkeypatch, root):
        result = run_cli(["--kb", str(root), "import", str(source), "--type", "lesson",
                          "--yes"])
    one_line_error(result, "read-only")
    assert sorted(p.name for p in root.rglob("*")) == before


@pytest.mark.parametrize(("code", "words"), [(errno.ENOSPC, "No space left"),
                                             (errno.EROFS, "Read-only"),
                                             (errno.EACCES, "Permission denied")])
def test_a_sync_that_cannot_write_its_lock_does_not_blame_another_sync(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str) -> None:
    root = tmp_path / "kb"
    make_kb(root, 3).close()
    state = root / ".kmcore" / "targets"
    state.mkdir(parents=True, exist_ok=True)
    with failing_writes(monkeypatch, state, code):
        result = run_cli(["--kb", str(root), "sync"])
    assert result.code == 1, result.out + result.err
    assert "another sync" not in result.out + result.err
    assert words in result.out + result.err and "Traceback" not in result.err


def test_the_search_index_on_a_full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                         ) -> None:
    from kmcore.search.index import SearchIndex

    root = tmp_path / "kb"
    make_kb(root, 40).close()
    real_connect = SearchIndex._connect

    def small_disk(self: SearchIndex, path: Path) -> sqlite3.Connection:
        conn = real_connect(self, path)
        conn.execute("PRAGMA max_page_count = 8")  # what SQLite says when the disk fills
        return conn

    monkeypatch.setattr(SearchIndex, "_connect", small_disk)
    result = run_cli(["--kb", str(root), "search", "lesson"])
    one_line_error(result, "search index", "disk is full")
    index = root / ".kmcore" / "cache"
    assert not [p for p in index.glob("*") if p.name.startswith(".search-")]  # no leftovers
    # Built once there is room; then an update that does not fit says so too.
    monkeypatch.setattr(SearchIndex, "_connect", real_connect)
    assert run_cli(["--kb", str(root), "search", "lesson"]).code == 0
    with kmcore.open(root) as kb:
        from test_sync_helpers import lesson

        for i in range(100, 160):
            kb.add(lesson(i, statement=f"Statement {i} to fill pages. " * 30))

    def full_now(self: SearchIndex, path: Path) -> sqlite3.Connection:
        conn = real_connect(self, path)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    monkeypatch.setattr(SearchIndex, "_connect", full_now)
    result = run_cli(["--kb", str(root), "search", "lesson"])
    one_line_error(result, "could not update the search index", "disk is full")


def test_an_html_path_that_is_a_file(tmp_path: Path) -> None:
    root = tmp_path / "kb"
    make_kb(root, 3, with_target=False).close()
    (root / "site").write_text("not a folder", encoding="utf-8")
    with open(root / "kmcore.toml", "a", encoding="utf-8") as fh:
        fh.write('\n[targets.intranet]\nbackend = "html"\npath = "site"\n')
    for args in (["sync"], ["sync", "--dry-run"]):
        result = run_cli(["--kb", str(root), *args])
        out = result.out + result.err
        assert result.code == 1 and "Traceback" not in out, out
        assert "is a file" in out and 'path = "site"' in out
    assert (root / "site").read_text(encoding="utf-8") == "not a folder"


def test_opening_a_file_as_a_knowledge_base(tmp_path: Path) -> None:
    root = tmp_path / "kb"
    make_kb(root, 1, with_target=False).close()
    with pytest.raises(kmcore.ConfigError, match="is a file") as caught:
        kmcore.open(root / "kmcore.toml")
    assert str(root) in (caught.value.hint or "")
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x", encoding="utf-8")
    with pytest.raises(kmcore.ConfigError, match="is a file"):
        kmcore.open(a_file)
    with pytest.raises(kmcore.ConfigError, match="is a file"):
        kmcore.init(a_file)
    result = run_cli(["init", str(a_file), "--name", "X", "--organisation", "Y"])
    assert result.code != 0 and "Traceback" not in result.err
