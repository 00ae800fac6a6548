"""Every code block in README.md and docs/ runs as a test, or says why it cannot.

The convention is in ``tests/docblocks.py`` (and ``docs/index.md``, "About these pages"). Two
tests per page: one checks every block statically (markers, TOML, JSON, target settings),
the other runs the page's python and bash blocks and runnable transcripts in order, in a
fresh folder holding a copy of the demo knowledge base, in a separate process.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from docblocks import (
    GENERATED,
    ROOT,
    Block,
    DocFormatError,
    doc_pages,
    parse_page,
    read_blocks,
    transcript_steps,
)

RUNNER = ROOT / "tests" / "docs_page_runner.py"
RUNNABLE_LANGS = {"python", "bash", "sh", "shell", "setup"}
PARSED_LANGS = {"toml", "json"}
MIN_REASON_WORDS = 3


def _pages() -> list[str]:
    return doc_pages()


def _runnable(page: str) -> bool:
    if page in GENERATED:
        return False
    try:
        blocks = read_blocks(page)
    except DocFormatError:
        return True  # the run test reports the format error too
    return any(
        b.marker("not-run") is None
        and (b.lang in RUNNABLE_LANGS or (b.lang == "console" and b.marker("run")))
        for b in blocks
    )


def _target_problems(block: Block, data: dict[str, object]) -> list[str]:
    from kmcore.errors import KmcoreError
    from kmcore.plugins import KNOWN_BACKENDS
    from kmcore.sync.config import target_config
    from kmcore.testing.plugins import make_plugins

    targets = data.get("targets")
    if not isinstance(targets, dict):
        return []
    installed = make_plugins().backends(kind="target")
    problems = []
    for name, table in targets.items():
        try:
            config = target_config(name, table)
        except KmcoreError as exc:
            problems.append(f"{block.where()}: [targets.{name}] is refused by kmcore: {exc}")
            continue
        if config.backend not in installed and config.backend not in KNOWN_BACKENDS:
            problems.append(f"{block.where()}: [targets.{name}]: backend {config.backend!r} is "
                            "neither built in nor a known kmcore backend")
    return problems


def static_problems(page: str, text: str) -> list[str]:
    """What is wrong with a page's blocks without running anything (empty if nothing)."""
    try:
        blocks = parse_page(page, text)
    except DocFormatError as exc:
        return [str(exc)]
    problems: list[str] = []
    for block in blocks:
        where = block.where()
        not_run = block.marker("not-run")
        run = block.marker("run")
        written = block.marker("file")
        if not_run is not None:
            if len(not_run.arg.split()) < MIN_REASON_WORDS:
                problems.append(f"{where}: a not-run marker must say why the block cannot run "
                                f"(got {not_run.arg!r})")
            if run is not None or written is not None:
                problems.append(f"{where}: a block is either not run or run/written, not both")
            continue
        if run is not None and block.lang not in RUNNABLE_LANGS | {"console"}:
            problems.append(f"{where}: a run marker only applies to bash and console blocks")
        if block.lang == "toml":
            try:
                data = tomllib.loads(block.body)
            except tomllib.TOMLDecodeError as exc:
                problems.append(f"{where}: the TOML does not parse: {exc}")
                continue
            problems.extend(_target_problems(block, data))
        elif block.lang == "json":
            try:
                json.loads(block.body)
            except json.JSONDecodeError as exc:
                problems.append(f"{where}: the JSON does not parse: {exc}")
        elif block.lang == "console":
            if run is None:
                problems.append(f"{where}: a console transcript needs <!-- run --> or "
                                "<!-- not-run: REASON --> on the line before it")
            else:
                try:
                    transcript_steps(block.body)
                except DocFormatError as exc:
                    problems.append(f"{where}: {exc}")
        elif block.lang not in RUNNABLE_LANGS and written is None:
            shown = block.lang or "(no language)"
            problems.append(f"{where}: a {shown} block needs <!-- not-run: REASON --> (or "
                            "<!-- file: PATH --> if the reader saves it) on the line before it")
    return problems


@pytest.mark.parametrize("page", _pages())
def test_every_block_is_checkable_or_says_why_not(page: str) -> None:
    if page in GENERATED:
        tool = GENERATED[page]
        done = subprocess.run([sys.executable, str(ROOT / tool), "--check"], cwd=ROOT,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, (
            f"{page} is generated and out of date: run python {tool}\n{done.stdout}{done.stderr}"
        )
        return
    problems = static_problems(page, (ROOT / page).read_text(encoding="utf-8"))
    assert not problems, "\n".join(problems)


@pytest.fixture(scope="session")
def demo_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo knowledge base, built once per test session and copied for each page."""
    where = tmp_path_factory.mktemp("docs-demo")
    done = subprocess.run([_kmcore(), "demo"], cwd=where, capture_output=True, text=True,
                          env=_env(), timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    return where / "kmcore-demo"


def _kmcore() -> str:
    found = shutil.which("kmcore", path=str(Path(sys.executable).parent))
    assert found, f"the kmcore command is not installed beside {sys.executable}"
    return found


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["KMCORE_LOAD_PLUGINS"] = ""
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    env.pop("KMCORE_KB", None)
    env.pop("KMCORE_DEBUG", None)
    env["NO_COLOR"] = "1"
    return env


@pytest.fixture
def page_folder(tmp_path: Path, demo_kb: Path) -> Iterator[Path]:
    folder = tmp_path / "reader"
    folder.mkdir()
    shutil.copytree(demo_kb, folder / "kmcore-demo", symlinks=True)
    yield folder


@pytest.mark.parametrize("page", [p for p in _pages() if _runnable(p)])
def test_page_blocks_run(page: str, page_folder: Path, tmp_path: Path) -> None:
    result = tmp_path / "result.json"
    done = subprocess.run(
        [sys.executable, str(RUNNER), page, str(page_folder), str(result)],
        cwd=page_folder, capture_output=True, text=True, env=_env(), timeout=900,
    )
    assert done.returncode == 0 and result.exists(), (
        f"the block runner crashed on {page}:\n{done.stdout}{done.stderr}"
    )
    outcome = json.loads(result.read_text(encoding="utf-8"))
    assert outcome["ok"], f"{page}:{outcome['line']}: {outcome['reason']}"
    assert outcome["ran"] > 0


# --- The checker itself --------------------------------------------------------------------


def test_markers_are_read_from_the_lines_just_above_a_fence() -> None:
    page = (
        "Intro\n\n<!-- setup: cd kmcore-demo -->\n<!-- file: a.json -->\n<!-- run -->\n"
        "```json\n{}\n```\n\n  <!-- not-run: needs a Windows PC -->\n  ```bat\n  dir\n  ```\n"
    )
    setup, saved, indented = parse_page("p.md", page)
    assert (setup.lang, setup.body) == ("setup", "cd kmcore-demo\n")
    assert [m.kind for m in saved.markers] == ["file", "run"] and saved.line == 6
    written = saved.marker("file")
    assert written is not None and written.arg == "a.json"
    assert indented.body == "dir\n" and indented.marker("not-run") is not None


def test_the_static_check_names_page_line_and_reason() -> None:
    page = (
        "<!-- not-run: -->\n```python\nx\n```\n"         # no reason
        "```console\n$ kmcore list\n```\n"               # a transcript without a marker
        "```text\nout\n```\n"                            # text without a marker
        "```toml\n[targets.x]\nbackend = \"html\"\ntoken = \"s3cret\"\n```\n"
        "```json\n{\"a\": }\n```\n"
    )
    problems = static_problems("p.md", page)
    assert [p.split(":")[1] for p in problems] == ["2", "5", "8", "11", "16"], problems
    assert "must say why" in problems[0]
    assert "looks like a secret" in problems[3]


def test_unclosed_fences_and_unknown_markers_are_errors() -> None:
    with pytest.raises(DocFormatError, match=r"p\.md:1: this code block is never closed"):
        parse_page("p.md", "```bash\nkmcore list\n")
    with pytest.raises(DocFormatError, match="unknown marker 'skip'"):
        parse_page("p.md", "<!-- skip: because -->\n```bash\nx\n```\n")


def test_transcripts_match_line_by_line_with_ellipses() -> None:
    from docblocks import missing_output

    printed = "Added innovation inn-01abc: Falls\nReport: /tmp/x/r.json\n"
    assert missing_output(["Added innovation inn-…: Falls", "Report: …"], printed) is None
    assert missing_output(["Added innovation inn-…: Falls"], printed) is not None  # extra line
    assert missing_output(["Added innovation inn-…: Falls", "…"], printed) is None
    assert missing_output(["…", "Report: …"], printed) is None
    assert missing_output(["Added innovation inn-…: Trips", "…"], printed) is not None
    steps = transcript_steps("$ kmcore sync \\\n  --dry-run\nWould publish\n$ kmcore list\n")
    assert [(s.command, s.output) for s in steps] == [
        ("kmcore sync \\\n  --dry-run", ["Would publish"]), ("kmcore list", [])]
