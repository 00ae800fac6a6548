"""`kmcore add` answers as people type them: an empty answer to a question that needs one is
told why it is asked again, and a choice is taken in any case (issue 15's second audit)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clihelp import run_cli


@pytest.fixture
def kbdir(tmp_path: Path) -> Path:
    result = run_cli(["init", str(tmp_path / "kb"), "--name", "Test KB",
                      "--organisation", "Test Trust"])
    assert result.code == 0, result.err
    return tmp_path / "kb"


def test_an_empty_stage_is_told_why_and_a_capital_letter_is_taken(kbdir: Path,
                                                                  tmp_path: Path) -> None:
    source = tmp_path / "people.json"
    source.write_text(json.dumps([{"type": "person", "id": "person-ann",
                                   "display_name": "Ann Bell"}]), encoding="utf-8")
    assert run_cli(["--kb", str(kbdir), "add", "-f", str(source)]).code == 0
    answers = "\n".join(["Night huddles", "Ann Bell", "Falls missed at handover",
                         "A five-minute huddle", "",  # stage left empty: why it asks again
                         "Testing",                  # with a capital letter
                         "", ""]) + "\n"
    result = run_cli(["--kb", str(kbdir), "add", "innovation"], input=answers)
    assert result.code == 0, result.out + result.err
    assert "Error: a choice is needed here (it is required): type one of: idea" in result.out
    [stored] = json.loads(run_cli(["--kb", str(kbdir), "list", "innovation", "--json"]).out)
    assert stored["stage"] == "testing"


def test_an_empty_technique_menu_answer_is_told_why(kbdir: Path) -> None:
    answers = "\n".join(["", "After action review", "AAR: lounge", "01/03/2025",
                         "Review", "Home by 11", "Half home", "Porters late", "", "", "",
                         "", ""]) + "\n"
    result = run_cli(["--kb", str(kbdir), "add", "capture_record"], input=answers)
    assert result.code == 0, result.out + result.err
    assert "Error: a choice is needed here: type a number from 1 to" in result.out
