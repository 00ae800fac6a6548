"""The repository stands on its own: no code or page points at design notes kept outside it.

What such notes said that matters is in docs/architecture.md; a reference to a file a reader
cannot open is a dead end.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Built from parts so that this file does not match itself.
OUTSIDE = re.compile("|".join(re.escape(name) for name in (
    "DESIGN" + ".md", "domain" + ".md", "../" + "shared", "reference/" + "domain")))
SUFFIXES = {".py", ".md", ".toml", ".txt", ".html", ".yml", ".yaml", ".cfg", ".ini", ""}
SKIP = {".git", ".venv", "node_modules", "site", "__pycache__", ".mypy_cache", ".ruff_cache",
        ".pytest_cache", ".hypothesis", "build", "dist"}


def _files() -> list[Path]:
    found = []
    for path in ROOT.rglob("*"):
        parts = set(path.relative_to(ROOT).parts)
        if parts & SKIP or any(p.endswith(".egg-info") for p in parts):
            continue
        if path.is_file() and path.suffix in SUFFIXES:
            found.append(path)
    return found


def test_nothing_points_at_design_files_outside_the_repository() -> None:
    files = _files()
    assert any(f.name == "architecture.md" for f in files)
    wrong = []
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        for number, line in enumerate(text.splitlines(), 1):
            if OUTSIDE.search(line):
                wrong.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not wrong, "\n".join(wrong)
