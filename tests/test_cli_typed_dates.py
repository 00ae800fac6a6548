"""Dates typed on the command line as a person in the UK types them (issue 15's second
audit): `edit --set` and `list --where` take DD/MM/YYYY, as import and `kmcore add` do, or
refuse naming the forms they take; never a silent "No records match"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clihelp import run_cli

INNOVATION = {"type": "innovation", "id": "inn-huddles", "title": "Night huddles",
              "lead": "person-ann", "problem": "Falls missed", "description": "A huddle",
              "stage": "testing", "costs": {"industry_sponsorship": False}}


@pytest.fixture
def kbdir(tmp_path: Path) -> Path:
    assert run_cli(["init", str(tmp_path / "kb"), "--name", "Test KB",
                    "--organisation", "Test Trust"]).code == 0
    source = tmp_path / "records.json"
    source.write_text(json.dumps([
        {"type": "person", "id": "person-ann", "display_name": "Ann Bell"}, INNOVATION]),
        encoding="utf-8")
    assert run_cli(["--kb", str(tmp_path / "kb"), "add", "-f", str(source)]).code == 0
    return tmp_path / "kb"


def test_edit_set_and_list_where_take_a_uk_date(kbdir: Path) -> None:
    kb = ["--kb", str(kbdir)]
    edited = run_cli([*kb, "edit", "inn-huddles", "--set", "started_on=02/09/2021"])
    assert edited.code == 0, edited.out + edited.err
    [stored] = json.loads(run_cli([*kb, "list", "innovation", "--json"]).out)
    assert stored["started_on"] == "2021-09-02"  # 2 September: day first, as in the UK
    for typed in ("02/09/2021", "2021-09-02", "2 September 2021"):
        found = run_cli([*kb, "list", "innovation", "--where", f"started_on={typed}"])
        assert "inn-huddles" in found.out, (typed, found.out)
    found = run_cli([*kb, "list", "--where", "started_on=02/09/2021"])  # any type
    assert "inn-huddles" in found.out, found.out


@pytest.mark.parametrize("command", [
    ["edit", "inn-huddles", "--set", "started_on=next spring"],
    ["list", "innovation", "--where", "started_on=next spring"],
])
def test_a_date_that_is_not_one_is_refused_naming_the_forms(kbdir: Path,
                                                             command: list[str]) -> None:
    result = run_cli(["--kb", str(kbdir), *command])
    assert result.code == 2, result.out + result.err
    assert "started_on='next spring' is not a date: type it as DD/MM/YYYY" in result.err
    assert "No records match" not in result.out
