"""``kmcore edit`` that loses a race: the recovery it prints works as printed."""

from __future__ import annotations

import json
import shlex
from pathlib import Path
from typing import Any

import attrs
import click
import pytest

import kmcore
from clihelp import run_cli


@pytest.fixture
def kbdir(tmp_path: Path) -> Path:
    root = tmp_path / "my knowledge base"  # a space, as on a Windows share
    with kmcore.init(root, name="Test KB", organisation="Test Trust") as kb:
        kb.add(kmcore.Lesson(id="lesson-race", title="Ours and theirs", statement="Said.",
                             recommendation="Do.", polarity="improve"))
    return root


def _racing_editor(kbdir: Path, mine: dict[str, Any], theirs: dict[str, Any]) -> Any:
    """An editor in which we change *mine* while somebody else saves *theirs*."""
    def edit(text: str, **_: Any) -> str:
        data = json.loads(text)
        data.update(mine)
        with kmcore.open(kbdir) as kb:
            kb.update(attrs.evolve(kb.get("lesson-race"), **theirs))
        return json.dumps(data)
    return edit


def _printed_command(err: str) -> list[str]:
    args = shlex.split(err.rsplit("then run: ", 1)[1].strip())
    assert args[0] == "kmcore"
    return args[1:]


def test_the_printed_command_finishes_the_edit_and_keeps_their_change(
        kbdir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(click, "edit", _racing_editor(
        kbdir, {"statement": "Said, more carefully."}, {"recommendation": "Theirs."}))
    work = tmp_path / "work folder"
    work.mkdir()
    monkeypatch.chdir(work)
    result = run_cli(["--kb", str(kbdir), "edit", "lesson-race"])
    assert result.code == 1
    assert "somebody else saved it" in result.err and "Traceback" not in result.err
    args = _printed_command(result.err)
    monkeypatch.chdir(tmp_path)  # anywhere: the command names the knowledge base and file
    finished = run_cli(args)
    assert finished.code == 0, finished.err
    with kmcore.open(kbdir) as kb:
        record = kb.get("lesson-race")
    assert record.statement == "Said, more carefully."  # type: ignore[attr-defined]
    assert record.recommendation == "Theirs."  # type: ignore[attr-defined]
    assert record.revision == 3


def test_a_field_both_changed_is_named_and_ours_is_kept_in_the_file(
        kbdir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(click, "edit", _racing_editor(
        kbdir, {"title": "Our title"}, {"title": "Their title"}))
    monkeypatch.chdir(tmp_path)
    result = run_cli(["--kb", str(kbdir), "edit", "lesson-race"])
    assert result.code == 1
    assert "You both changed title" in result.err
    finished = run_cli(_printed_command(result.err))
    assert finished.code == 0, finished.err
    with kmcore.open(kbdir) as kb:
        assert kb.get("lesson-race").label == "Our title"


def test_the_printed_command_without_kb_works_from_the_knowledge_base(
        kbdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(click, "edit", _racing_editor(
        kbdir, {"statement": "Mine."}, {"recommendation": "Theirs."}))
    monkeypatch.chdir(kbdir)
    result = run_cli(["edit", "lesson-race"])
    assert result.code == 1, result.err
    args = _printed_command(result.err)
    assert "--kb" not in args
    assert run_cli(args).code == 0
