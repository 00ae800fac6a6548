"""A workbook whose log is not on its first sheet ("Instructions", "Summary" first)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

import kmcore
from kmcore.io.importer import Importer


def test_the_sheet_with_the_log_is_read_when_the_first_is_instructions(
        tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    first = book.active
    first.title = "Instructions"
    first.append(["How to fill in this log"])
    first.append(["Please add one row per idea and keep the reference"])
    log = book.create_sheet("Log")
    log.append(["Ref", "Idea", "Lead", "Status", "Description", "Problem"])
    log.append(["INN-1", "Hydration rounds", "Amara Okafor", "Pilot", "Trolley", "AKI"])
    path = tmp_path / "log with instructions.xlsx"
    book.save(path)
    kb = kmcore.init(tmp_path / "kb", name="KB", organisation="Trust")
    importer = Importer(kb, path, "innovation")
    importer.open()
    result = importer.prepare()
    assert result.error_rows == 0 and result.valid == 1
    assert any("read sheet 'Log'" in note for note in result.notes)


def test_the_first_sheet_is_read_when_it_holds_the_log(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    log = book.active
    log.title = "Log"
    log.append(["Ref", "Idea", "Lead", "Status"])
    log.append(["INN-1", "Hydration rounds", "Amara Okafor", "Pilot"])
    lookups = book.create_sheet("Lookups")
    lookups.append(["Status", "Lead"])
    path = tmp_path / "log.xlsx"
    book.save(path)
    kb = kmcore.init(tmp_path / "kb", name="KB", organisation="Trust")
    importer = Importer(kb, path, "innovation")
    importer.open()
    result = importer.prepare()
    assert result.valid == 1
    assert not any("read sheet" in note for note in result.notes)
