"""A choice column of codes read by the workbook's key ("Stage (0-5, see Key)" and a Key
sheet saying what each code means; kmcore.io.legend, D1293). Each workbook is written here;
the key must not be used where it explains another column, or where none is given."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

import kmcore
from kmcore.io.importer import Importer, import_file
from kmcore.io.legend import workbook_legends
from kmcore.io.values import LEGEND

DESCRIPTION = "A description long enough to be one, about what the change does for patients."


@pytest.fixture
def kb(tmp_path: Path) -> kmcore.KnowledgeBase:
    return kmcore.init(tmp_path / "kb", name="Test KB", organisation="Test Trust")


def _workbook(tmp_path: Path, stage_header: str, key_heading: str | None) -> Path:
    book = openpyxl.Workbook()
    log = book.active
    log.title = "Log"
    log.append(["Ref", "Idea", "Description", "Lead", stage_header])
    for i, code in enumerate((0, 2, 3, "H", 5, 3), start=1):
        log.append([f"ID-{i:03}", f"Idea number {i}", DESCRIPTION, "Ann Lee", code])
    if key_heading is not None:
        key = book.create_sheet("Key")
        key.append([key_heading, "Meaning"])
        for code, meaning in ((0, "Idea - logged, not yet discussed"),
                              (1, "Agreed - being set up"),
                              (2, "Trial - being tried out in one clinic"),
                              (3, "Live - up and running"),
                              (5, "Business as usual"), ("H", "On hold")):
            key.append([code, meaning])
        key.append([])
        key.append(["RAG", "G = on track, A = some issues"])
    path = tmp_path / "log.xlsx"
    book.save(path)
    return path


def test_the_key_sheet_is_found(tmp_path):
    path = _workbook(tmp_path, "Stage (see Key)", "Stage")
    legends = workbook_legends(path, "Log")
    assert legends["stage"]["3"] == "Live - up and running"
    assert legends["stage"]["H"] == "On hold"
    assert "rag" not in legends


def test_stage_codes_are_read_by_the_key(kb, tmp_path):
    path = _workbook(tmp_path, "Stage (0-5, see Key)", "Stage")
    result = import_file(kb, path, "innovation")
    stages = {r.reference: str(r.stage.value) for r in kb.records("innovation")}
    assert stages == {"ID-001": "idea", "ID-002": "testing", "ID-003": "implemented",
                      "ID-004": "paused", "ID-005": "embedded", "ID-006": "implemented"}
    shown = result.values["stage"]["3"].choice
    assert (shown.method, shown.detail) == (LEGEND, "Live - up and running")


def test_a_key_pointed_to_by_the_header_alone_is_used(kb, tmp_path):
    path = _workbook(tmp_path, "Where it is (see Key)", "Codes")
    importer = Importer(kb, path, "innovation", overrides={"Where it is (see Key)": "stage"})
    importer.open()
    assert importer.legends["stage"]["H"] == "On hold"


def test_a_key_for_another_column_is_not_used(kb, tmp_path):
    path = _workbook(tmp_path, "Stage", "Priority")
    importer = Importer(kb, path, "innovation")
    importer.open()
    assert importer.legends == {}


def test_no_key_sheet_leaves_codes_unknown(kb, tmp_path):
    path = _workbook(tmp_path, "Stage", None)
    importer = Importer(kb, path, "innovation")
    importer.open()
    assert importer.legends == {}
    result = importer.prepare()
    assert any(word == "H" for _, word, _ in result.unknown_values())


def test_a_word_told_beats_the_key(kb, tmp_path):
    path = _workbook(tmp_path, "Stage (see Key)", "Stage")
    import_file(kb, path, "innovation", values={"stage": {"3": "evaluated"}})
    stages = {r.reference: str(r.stage.value) for r in kb.records("innovation")}
    assert stages["ID-003"] == "evaluated"


def test_the_preview_notes_the_key_was_read(kb, tmp_path):
    path = _workbook(tmp_path, "Stage (see Key)", "Stage")
    importer = Importer(kb, path, "innovation")
    importer.open()
    assert importer.result is not None
    assert any("read by the workbook's key" in note and "H" in note
               for note in importer.result.notes)
