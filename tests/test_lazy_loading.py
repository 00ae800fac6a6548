"""What an unchanged ``kmcore sync`` does not load, and record types registered by path.

Building the record classes (attrs), the cattrs converters and jinja2 was most of the
start-up of a sync that has nothing to send (docs/benchmarks.md, "Sync"): they load when the
first record is read or the first page rendered. These tests run the CLI in a fresh
interpreter, so nothing another test imported hides a module that loads too early.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

import kmcore
from kmcore.errors import PluginError
from kmcore.records.base import Record
from kmcore.specs import RecordClasses, RecordTypeSpec, check_record_type
from test_sync_helpers import lesson

#: Loaded only when a record is read or written, or a page rendered.
HEAVY = ("kmcore.records.lesson", "kmcore.records.person", "kmcore.records.capture",
         "kmcore.records.techniques", "kmcore.records.innovation", "kmcore.records.story",
         "cattrs", "jinja2", "ctypes")

_SCRIPT = """
import json, sys
from kmcore.cli import main
try:
    main(sys.argv[2:])
except SystemExit as exc:
    code = exc.code
else:
    code = 0
with open(sys.argv[1], "w") as fh:
    json.dump({"code": code, "modules": sorted(sys.modules)}, fh)
"""


def _run_sync(root: Path, out: Path) -> tuple[int, set[str]]:
    env = {**os.environ, "KMCORE_LOAD_PLUGINS": ""}
    subprocess.run([sys.executable, "-c", _SCRIPT, str(out), "--kb", str(root), "sync",
                    "--no-progress"], check=False, capture_output=True, env=env, timeout=120)
    answer = json.loads(out.read_text())
    return answer["code"], set(answer["modules"])


@pytest.fixture
def site_kb(tmp_path: Path) -> Path:
    root = tmp_path / "kb"
    kb = kmcore.init(root, name="Test KB", organisation="Test Trust")
    for i in range(3):
        kb.add(lesson(i))
    kb.close()
    with open(root / "kmcore.toml", "a", encoding="utf-8") as fh:
        fh.write('\n[targets.site]\nbackend = "html"\npath = "site"\n')
    return root


def test_an_unchanged_sync_builds_no_record_class_converter_or_template(
    site_kb: Path, tmp_path: Path
) -> None:
    code, first = _run_sync(site_kb, tmp_path / "first.json")
    assert code == 0
    assert {"kmcore.records.lesson", "cattrs", "jinja2"} <= first  # it did read and render
    code, again = _run_sync(site_kb, tmp_path / "again.json")
    assert code == 0
    assert not again & set(HEAVY)


def test_a_changed_record_still_loads_its_class_and_publishes(
    site_kb: Path, tmp_path: Path
) -> None:
    _run_sync(site_kb, tmp_path / "first.json")
    with kmcore.open(site_kb) as kb:
        kb.update(attrs.evolve(kb.get("lesson-0001"), title="A new title"))
    code, modules = _run_sync(site_kb, tmp_path / "again.json")
    assert code == 0 and "kmcore.records.lesson" in modules
    assert "A new title" in (site_kb / "site" / "lessons" / "lesson-0001.html").read_text(
        encoding="utf-8")


def test_builtin_record_types_are_registered_by_path_and_load_on_first_use() -> None:
    from kmcore.plugins import get_plugins

    spec = get_plugins().record_types()["lesson"]
    assert spec.cls.__name__ == "Lesson" and spec.loaded
    assert RecordClasses({"lesson": spec})["lesson"] is spec.cls


class _Note(Record):
    record_type = "note"


def test_a_record_type_given_by_path_is_checked_when_it_loads() -> None:
    good = check_record_type("p", RecordTypeSpec(
        name="lesson", cls="kmcore.records.lesson:Lesson", folder="lessons", label="Lesson",
        plural="Lessons"))
    assert good.cls.record_type == "lesson"
    assert attrs.evolve(good, plugin="q").cls is good.cls
    with pytest.raises(PluginError, match=r"not a 'package\.module:Class' import path"):
        check_record_type("p", RecordTypeSpec(name="lesson", cls="no path", folder="lessons",
                                              label="L", plural="Ls"))
    wrong = check_record_type("p", RecordTypeSpec(
        name="story", cls="kmcore.records.lesson:Lesson", folder="stories", label="Story",
        plural="Stories"))
    with pytest.raises(PluginError, match=r"record type 'story'.*record_type is 'lesson'"):
        _ = wrong.cls
    missing = check_record_type("p", RecordTypeSpec(
        name="story", cls="kmcore.records.nowhere:Story", folder="stories", label="Story",
        plural="Stories"))
    with pytest.raises(PluginError, match=r"cannot be loaded from 'kmcore\.records\.nowhere"):
        _ = missing.cls
    with pytest.raises(PluginError, match="record_type is 'note'"):
        check_record_type("p", RecordTypeSpec(name="lesson", cls=_Note, folder="lessons",
                                              label="L", plural="Ls"))
