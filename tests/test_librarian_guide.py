"""The librarian's guide, followed literally on a fresh virtual environment, builds its hub;
and every message in its "What each error means" table is what kmcore really prints.

The guide is run by ``tools/run_librarian_guide.py`` (see its docstring for the one
substitution it makes: ``pip install kmcore`` installs this checkout). It takes about 20 s,
mostly ``pip install``, so it is marked slow; it still runs in the default test run.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

from docblocks import ROOT, missing_output

pytestmark = pytest.mark.slow


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("run_librarian_guide",
                                                  ROOT / "tools" / "run_librarian_guide.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


guide_tool = _tool()


@pytest.fixture(scope="module")
def followed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder in which the guide was followed, start to finish."""
    workdir = tmp_path_factory.mktemp("librarian") / "reader"
    outcome = guide_tool.follow_guide(workdir)
    assert outcome["ok"], f"docs/librarian-guide.md:{outcome['line']}: {outcome['reason']}"
    return workdir


def test_following_the_guide_builds_the_hub_it_describes(followed: Path) -> None:
    assert guide_tool.check_hub(followed) == []


def test_the_hub_check_notices_a_missing_site(tmp_path: Path) -> None:
    # check_hub must be able to fail: an empty folder has none of what the guide promises.
    problems = guide_tool.check_hub(tmp_path)
    assert any("no kmcore" in p for p in problems)
    assert any("no site" in p for p in problems)


# --- What each error means -------------------------------------------------------------------

HUB_SETTINGS = """\
[knowledge_base]
name = "Practice"
organisation = "Northgate and Riverside NHS Foundation Trust"
ods_code = "R9X"
schema_version = 1
"""
INTRANET = '\n[targets.intranet]\nbackend = "html"\npath = "site"\n'
PERSON_WITHOUT_NAME = '{"id": "person-amara-okafor", "job_title": "Clinical Librarian"}'
PERSON = '{"id": "person-amara-okafor", "display_name": "Amara Okafor"}'
UNSPONSORED = (
    '{"title": "Falls huddles", "lead": "person-amara-okafor", "stage": "implemented", '
    '"problem": "Falls.", "description": "Huddles.", "status": "published"}'
)


def _kb(extra_settings: str = "", files: dict[str, str | bytes] | None = None
        ) -> dict[str, str | bytes]:
    return {"kb/kmcore.toml": HUB_SETTINGS + extra_settings, **(files or {})}


# Each mistake: a key found in exactly one row of the table, the files to make, the command
# to run (in kb/ when there is one), and the exit code kmcore gives.
MISTAKES: list[tuple[str, dict[str, str | bytes], str, int]] = [
    ("no knowledge base here", {}, "kmcore list", 1),
    ("display_name: is required",
     _kb(files={"kb/amara.json": PERSON_WITHOUT_NAME}), "kmcore add person --file amara.json", 1),
    ("industry_sponsorship: a published innovation",
     _kb(files={"kb/people/person-amara-okafor.json": PERSON, "kb/x.json": UNSPONSORED}),
     "kmcore add innovation --file x.json", 1),
    ("Invalid value for '--file'", _kb(), "kmcore add innovation --file x.json", 2),
    ("no such file", _kb(), "kmcore import innovations-log.xlsx --type innovation", 1),
    ("no record has the id", _kb(), "kmcore show inn-does-not-exist", 1),
    ("No targets are set up yet", _kb(), "kmcore sync", 1),
    ("no target called 'wiki'", _kb(INTRANET), "kmcore sync wiki", 1),
    ("audience: must be one of", _kb(INTRANET.replace('path = "site"\n', 'path = "site"\n'
                                                         'audience = "everyone"\n')),
     "kmcore sync --dry-run", 1),
    ("looks like a secret", _kb('\n[targets.nhs-hub]\nbackend = "sharepoint"\n'
                                'site_url = "https://trust.sharepoint.com/sites/kh"\n'
                                'client_secret = "abc123"\n'), "kmcore sync --dry-run", 1),
    ("backend 'sharepoint' is not installed",
     _kb('\n[targets.nhs-hub]\nbackend = "sharepoint"\n'
         'site_url = "https://trust.sharepoint.com/sites/kh"\n'), "kmcore sync --dry-run", 1),
    ("not valid TOML", _kb("x = [\n"), "kmcore list", 1),
    ("is not valid JSON",
     _kb(INTRANET, {"kb/lessons/broken.json": '{"title": "Book the room",\n}\n'}),
     "kmcore validate", 1),
    ("saved as ANSI", _kb(files={"kb/lessons/lesson-cafe.json": (
        '{"type": "lesson", "id": "lesson-cafe", "title": "Caf\u00e9 rounds"}\n'
    ).encode("cp1252")}), "kmcore validate", 1),
    ("is used by lessons/", _kb(INTRANET, {
        "kb/lessons/lesson-rooms.json": '{"type": "lesson", "id": "lesson-rooms"}\n',
        "kb/stories/lesson-rooms.json": '{"type": "story", "id": "lesson-rooms"}\n'}),
     "kmcore sync", 1),
]


def error_table() -> list[tuple[str, list[str]]]:
    """The guide's error table: each row's first cell, and the messages quoted in it."""
    text = (ROOT / "docs" / "librarian-guide.md").read_text(encoding="utf-8")
    section = text.split("## 7. What each error means", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        if not line.startswith("| `"):
            continue
        cell = line.split(" | ")[0].lstrip("| ")
        quoted = [q for q in re.findall(r"`([^`]+)`", cell) if not q.startswith("kmcore ")]
        rows.append((cell, quoted))
    return rows


def test_every_row_of_the_error_table_has_a_mistake_that_causes_it() -> None:
    rows = error_table()
    assert len(rows) >= 10
    for cell, _ in rows:
        keys = [key for key, *_ in MISTAKES if key in cell]
        assert len(keys) == 1, f"no single mistake in MISTAKES reproduces this row: {cell}"
    assert len(MISTAKES) == len(rows), "a mistake in MISTAKES has no row in the guide's table"


@pytest.mark.parametrize("key,files,command,code", MISTAKES, ids=[m[0] for m in MISTAKES])
def test_the_error_table_quotes_what_kmcore_prints(
    followed: Path, tmp_path: Path, key: str, files: dict[str, str | bytes], command: str,
    code: int,
) -> None:
    # The kmcore the guide installed: a librarian's machine, with no plugins at all.
    kmcore_bin = followed / guide_tool.VENV / "bin"
    for name, content in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):  # a file saved in another encoding
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    cwd = tmp_path / "kb" if (tmp_path / "kb").exists() else tmp_path
    env = guide_tool.reader_environment(tmp_path / "reader")
    env["PATH"] = f"{kmcore_bin}:{env['PATH']}"
    done = subprocess.run(["bash", "-c", f"exec 2>&1\n{command}"], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == code, done.stdout
    (cell, quoted), = [(c, q) for c, q in error_table() if key in c]
    assert quoted, cell
    for message in quoted:
        # A gap is allowed before and after each quoted line: the table quotes the lines
        # that matter, not every line (the hint follows on its own line).
        assert missing_output(["…", message, "…"], done.stdout) is None, (
            f"the guide's table says {message!r}, but `{command}` printed:\n{done.stdout}"
        )
