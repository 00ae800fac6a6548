"""``kmcore add`` warns about a reference to a record that does not exist, as validate does."""

from __future__ import annotations

import json
from pathlib import Path

import kmcore
from clihelp import run_cli

LESSON = {"type": "lesson", "id": "lesson-owned", "title": "Owned", "statement": "Said.",
          "recommendation": "Do.", "polarity": "improve", "owner": "person-nobody"}
PERSON = {"type": "person", "id": "person-nobody", "display_name": "No Body"}


def _kb(tmp_path: Path) -> Path:
    root = tmp_path / "kb"
    kmcore.init(root, name="Test KB", organisation="Test Trust").close()
    return root


def test_add_warns_about_a_person_who_does_not_exist(tmp_path: Path) -> None:
    root = _kb(tmp_path)
    source = tmp_path / "lesson.json"
    source.write_text(json.dumps(LESSON), encoding="utf-8")
    result = run_cli(["--kb", str(root), "add", "--file", str(source)])
    assert result.code == 0, result.err  # saved: the person may well be added next
    assert "Warning: lesson-owned: $.owner = 'person-nobody': no record has this id" \
        in result.err
    assert "kmcore add person" in result.err
    # The same thing validate says.
    validate = run_cli(["--kb", str(root), "validate"])
    assert "$.owner" in validate.out and "no record has this id" in validate.out


def test_add_warns_about_a_reference_to_the_wrong_type(tmp_path: Path) -> None:
    root = _kb(tmp_path)
    source = tmp_path / "lessons.json"
    other = {**LESSON, "id": "lesson-other", "owner": None}
    del other["owner"]
    source.write_text(json.dumps([other, {**LESSON, "owner": "lesson-other"}]),
                      encoding="utf-8")
    result = run_cli(["--kb", str(root), "add", "--file", str(source)])
    assert result.code == 0, result.err
    assert "points to a lesson, but owned_by must point to a person" in result.err


def test_add_is_quiet_when_the_person_comes_in_the_same_file_or_exists(tmp_path: Path) -> None:
    root = _kb(tmp_path)
    source = tmp_path / "both.json"
    source.write_text(json.dumps([LESSON, PERSON]), encoding="utf-8")
    result = run_cli(["--kb", str(root), "add", "--file", str(source)])
    assert result.code == 0, result.err
    assert "Warning" not in result.err
    again = tmp_path / "again.json"
    again.write_text(json.dumps({**LESSON, "id": "lesson-again"}), encoding="utf-8")
    result = run_cli(["--kb", str(root), "add", "--file", str(again)])
    assert result.code == 0 and "Warning" not in result.err
