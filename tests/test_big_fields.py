"""A huge text field in a hand-edited file: bounded time and memory, refused with its size."""

from __future__ import annotations

import json
import time
import tracemalloc
from pathlib import Path

import kmcore
from clihelp import run_cli
from kmcore.jsonpos import line_of
from kmcore.store.local import MAX_RECORD_BYTES


def test_line_of_a_long_string_is_linear_and_takes_no_memory() -> None:
    text = json.dumps({"type": "lesson", "statement": "word " * 1_000_000, "x": 1}, indent=2)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        assert line_of(text, "$.x") == 4
        assert line_of(text, "$.statement") == 3
        took = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # The backtracking pattern it replaces took about 700 MB and 3 s on this 5 MB string.
    assert peak < 20 * 1024 * 1024, peak
    assert took < 1.0, took


def test_line_of_still_reads_escapes_in_long_strings() -> None:
    long = 'a \\"quoted\\" word \\\\ ' * 100_000
    text = '{\n"statement": "' + long + '",\n"x": 1}'
    assert line_of(text, "$.x") == 3


def _kb_with(tmp_path: Path, statement_chars: int) -> Path:
    root = tmp_path / "kb"
    kmcore.init(root, name="Test KB", organisation="Test Trust").close()
    (root / "lessons").mkdir(exist_ok=True)
    data = {"type": "lesson", "id": "lesson-big", "title": "Big",
            "statement": "x" * statement_chars, "recommendation": "Do.", "polarity": "improve"}
    (root / "lessons" / "lesson-big.json").write_text(json.dumps(data, indent=2),
                                                      encoding="utf-8")
    return root


def test_a_50_mb_field_is_refused_quickly_with_its_size(tmp_path: Path) -> None:
    root = _kb_with(tmp_path, 50 * 1024 * 1024)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        result = run_cli(["--kb", str(root), "validate"])
        took = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.code == 1
    assert "lesson-big.json" in result.out and "50.0 MB" in result.out, result.out
    assert "at most 10 MB" in result.out
    assert took < 15, took  # 54 s before (and 6 GB)
    assert peak < 400 * 1024 * 1024, peak
    with kmcore.open(root) as kb:
        assert list(kb.records()) == [] and kb.unreadable


def test_a_long_field_under_the_file_limit_gets_its_line(tmp_path: Path) -> None:
    root = _kb_with(tmp_path, 2 * 1024 * 1024)
    assert MAX_RECORD_BYTES > 2 * 1024 * 1024
    result = run_cli(["--kb", str(root), "validate"])
    assert result.code == 1
    assert "lesson-big.json:5: $.statement: is 2,097,152 characters long" in result.out, \
        result.out
