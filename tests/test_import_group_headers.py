"""A group row over sub-headers ("Lead" over "Name" | "Email") and a QI "project on a page"
(Aim, Measures, Change ideas): headers invented here, as a QI tracker might head them (D961)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

import kmcore
from kmcore.io.importer import Importer


@pytest.fixture
def kb(tmp_path: Path) -> kmcore.KnowledgeBase:
    return kmcore.init(tmp_path / "kb", name="Test KB", organisation="Test Trust")


def _sheet(tmp_path: Path, rows: list[list[object]], merges: tuple[str, ...] = ()) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    for row in rows:
        ws.append(row)
    for cells in merges:
        ws.merge_cells(cells)
    path = tmp_path / "tracker.xlsx"
    book.save(path)
    return path


TRACKER = [
    ["Falls QI programme 2024", None, None, None, None, None],
    ["Project", None, "Owner", None, "Page", None],
    ["Ref", "Project title", "Name", "Email", "Aim", "Change ideas"],
    ["FQ-1", "Falls huddles", "Dr Ann Lee", "ann.lee@x.nhs.uk",
     "Cut falls with harm on Ward 3 by half by March.",
     "Daily safety huddle; bed rails audit; lying and standing BP"],
    ["FQ-2", "Night lights", "Raj Gill", "raj.gill@x.nhs.uk",
     "Fewer night-time falls on AMU.", "Motion lights by beds"],
]


def test_a_group_word_qualifies_the_bare_sub_headers_under_it(kb, tmp_path):
    path = _sheet(tmp_path, TRACKER, ("A2:B2", "C2:D2", "E2:F2"))
    mapping = Importer(kb, path, "innovation").open()
    found = {cm.header: cm.field for cm in mapping.columns}
    assert found["Owner Name"] == "lead" and found["Owner Email"] == "lead"
    # a sub-header that says what it is keeps its own words
    assert "Project title" in found and found["Project title"] == "title"


def test_a_qi_aim_is_the_summary_and_change_ideas_the_description(kb, tmp_path):
    path = _sheet(tmp_path, TRACKER, ("A2:B2", "C2:D2", "E2:F2"))
    found = {cm.header: cm.field for cm in Importer(kb, path, "innovation").open().columns}
    assert found["Aim"] == "summary"
    assert found["Change ideas"] == "description"


def test_a_slashed_aim_is_read_by_its_short_word(kb, tmp_path):
    path = _sheet(tmp_path, [["Ref", "Project title", "Lead", "Aim / what we're doing",
                              "What we did"],
                             ["A-1", "Huddles", "Ann Lee", "Halve falls with harm.", "Huddles"],
                             ["A-2", "Lights", "Raj Gill", "Fewer falls at night.", "Lights"]])
    found = {cm.header: cm.field for cm in Importer(kb, path, "innovation").open().columns}
    assert found["Aim / what we're doing"] == "summary"
    assert found["What we did"] == "description"


def test_a_title_row_above_the_header_qualifies_nothing(kb, tmp_path):
    path = _sheet(tmp_path, [["Falls QI programme", None, None],
                             ["Project title", "Name", "Email"],
                             ["Huddles", "Ann Lee", "ann.lee@x.nhs.uk"],
                             ["Lights", "Raj Gill", "raj.gill@x.nhs.uk"]], ("A1:C1",))
    headers = [cm.header for cm in Importer(kb, path, "innovation").open().columns]
    assert headers == ["Project title", "Name", "Email"]


def test_a_mapping_naming_the_sub_header_alone_reaches_the_qualified_column(kb, tmp_path):
    path = _sheet(tmp_path, TRACKER, ("A2:B2", "C2:D2", "E2:F2"))
    mapping = Importer(kb, path, "innovation").open().with_overrides({"Name": "contact"})
    assert {cm.header: cm.field for cm in mapping.columns}["Owner Name"] == "contact"


def test_the_preview_says_which_part_it_read_and_what_the_summary_is(kb, tmp_path):
    from clihelp import run_cli

    root = str(kb.root)
    kb.close()
    path = tmp_path / "qi.csv"
    path.write_text("Ref,Project title,Lead,Aim / what we're doing,Change ideas\n"
                    "A-1,Huddles,Ann Lee,Halve falls with harm.,Daily huddle\n"
                    "A-2,Lights,Raj Gill,Fewer falls at night.,Motion lights\n",
                    encoding="utf-8")
    run = run_cli(["--kb", root, "import", str(path), "--type", "innovation", "--dry-run"])
    line = next(x for x in run.out.splitlines() if x.startswith("Aim / what"))
    assert "summary" in line and "read by its part 'aim'" in line
    assert "one line: what it does" in line
