"""What several import test files share: the columns the preview guesses for rows written to
a CSV file."""

from __future__ import annotations

import csv
from pathlib import Path

import kmcore
from kmcore.io.importer import Importer
from kmcore.io.mapping import ColumnMapping


def guessed_columns(kb: kmcore.KnowledgeBase, tmp_path: Path, record_type: str,
                    rows: list[list[str]]) -> list[ColumnMapping]:
    """The preview's column mappings for *rows* (a header row first) saved as a CSV file."""
    path = tmp_path / "sheet.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    return list(Importer(kb, path, record_type).open().columns)
