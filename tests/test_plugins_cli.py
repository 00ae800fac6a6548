"""``kmcore plugins``, ``kmcore backends`` and ``kmcore doctor``, in-process and for real.

The subprocess tests install throwaway distributions (a ``*.dist-info`` with an
``entry_points.txt`` in the ``kmcore`` group, beside their modules) in a folder on
``PYTHONPATH`` and run the real command line, as an IT team would after ``pip install``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from kmcore.builtin import BUILTIN_PLUGINS
from kmcore.cli.plugins import add_commands, backends_cmd, doctor_cmd, plugins_cmd
from kmcore.testing.plugins import make_plugins, use_plugins, write_distribution

FIXTURES = Path(__file__).parent / "plugins"

# entry-point name -> (distribution, modules)
INSTALLED = {
    "journal": ("kmcore-test-journal", ("kmcore_test_journal",)),
    "commands": ("kmcore-test-commands", ("kmcore_test_commands",)),
    "broken": ("kmcore-test-broken", ("kmcore_test_broken",)),
    "misspelled": ("kmcore-test-misspelled", ("kmcore_test_misspelled",)),
    "sharepoint": ("kmcore-sharepoint", ("kmcore_test_sharepoint_broken",)),
}


def _other_installed() -> set[str]:
    """Entry points of kmcore plugins really installed here (kmcore-confluence, when the
    repository's own plugins are installed), which the subprocess sees too. The throwaway
    ``kmcore-sharepoint`` above shadows a real one: its folder comes first on the path."""
    from importlib.metadata import entry_points

    return {ep.name for ep in entry_points(group="kmcore")} - set(INSTALLED)


OTHER = _other_installed()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("site")
    for name, (distribution, modules) in INSTALLED.items():
        write_distribution(
            path, distribution, "2.5",
            entry_points={name: modules[0]},
            modules={f"{m}.py": (FIXTURES / f"{m}.py").read_text() for m in modules},
        )
    return path


def kmcore_cli(site: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run the ``kmcore`` command line in a new interpreter that can see *site*."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("KMCORE_")}
    environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(site), os.environ.get("PYTHONPATH", "")) if p
    )
    environ.update(env)
    return subprocess.run(
        # Exactly what the generated ``kmcore`` console script does.
        [sys.executable, "-c", "import sys; from kmcore.cli import main; sys.exit(main())",
         *args],
        capture_output=True, text=True, env=environ, timeout=60,
    )


def as_json(result: subprocess.CompletedProcess[str]) -> Any:
    assert result.stdout, result.stderr
    return json.loads(result.stdout)


# --- a deliberately broken plugin installed beside the built-ins -----------------------------


def test_plugins_json_lists_broken_plugins_with_their_errors(site: Path) -> None:
    result = kmcore_cli(site, "plugins", "--json", "--all")
    assert result.returncode == 0, result.stderr
    listed = {p["name"]: p for p in as_json(result) if p["name"] not in OTHER}
    assert set(listed) == {*INSTALLED, *BUILTIN_PLUGINS}

    broken = listed["broken"]
    assert broken["status"] == "failed"
    assert broken["distribution"] == "kmcore-test-broken" and broken["version"] == "2.5"
    assert broken["error"] == "RuntimeError: this plugin is broken on purpose"
    assert "Traceback" in broken["traceback"]

    misspelled = listed["misspelled"]
    assert misspelled["status"] == "failed"
    assert "kmcore_register_backend (did you mean kmcore_register_backends?)" in \
        misspelled["error"]

    # The built-ins and the healthy plugins still load.
    for name in ("kmcore.builtin.records", "kmcore.builtin.stores", "journal", "commands"):
        assert listed[name]["status"] == "ok", listed[name]
    assert listed["journal"]["hooks"] == ["kmcore_register_record_types"]
    assert listed["kmcore.builtin.records"]["builtin"] is True
    assert set(listed["broken"]) == {"name", "distribution", "version", "hooks", "builtin",
                                     "status", "error", "hint", "traceback"}


def test_plugins_json_lists_the_builtins_by_default(site: Path) -> None:
    listed = {p["name"]: p for p in as_json(kmcore_cli(site, "plugins", "--json"))}
    assert listed["kmcore.builtin.records"]["builtin"] is True
    assert listed["broken"]["status"] == "failed"


def test_a_broken_plugin_does_not_stop_unrelated_work(site: Path, tmp_path: Path) -> None:
    kb = tmp_path / "kb"
    assert kmcore_cli(site, "init", str(kb), "--name", "n", "--organisation", "o").returncode == 0
    lesson = {"type": "lesson", "id": "rooms", "title": "Rooms", "statement": "s",
              "recommendation": "r", "polarity": "improve"}
    (tmp_path / "l.json").write_text(json.dumps(lesson))
    added = kmcore_cli(site, "--kb", str(kb), "add", "--file", str(tmp_path / "l.json"))
    assert added.returncode == 0, added.stderr
    listed = kmcore_cli(site, "--kb", str(kb), "list")
    assert listed.returncode == 0, listed.stderr
    assert "rooms" in listed.stdout
    # ...while the failure is still visible to whoever looks.
    assert "broken" in listed.stderr


def test_plugins_lists_external_plugins_only_with_external(site: Path) -> None:
    result = kmcore_cli(site, "plugins", "--external")
    assert result.returncode == 0, result.stderr
    assert "kmcore.builtin" not in result.stdout
    assert "broken: failed: RuntimeError: this plugin is broken on purpose" in result.stdout
    assert "hint: Upgrade or reinstall it (pip install --upgrade kmcore-test-broken)" in \
        result.stdout


def test_plugin_switches_in_a_real_process(site: Path) -> None:
    result = kmcore_cli(site, "plugins", "--json", "--external", KMCORE_LOAD_PLUGINS="journal")
    statuses = {p["name"]: p["status"] for p in as_json(result)}
    assert all(statuses.pop(name) == "disabled" for name in OTHER)
    assert statuses == {"journal": "ok", "commands": "disabled", "broken": "disabled",
                        "misspelled": "disabled", "sharepoint": "disabled"}
    result = kmcore_cli(site, "plugins", "--json",
                        KMCORE_DISABLE_PLUGINS="broken,kmcore-test-misspelled")
    statuses = {p["name"]: p["status"] for p in as_json(result)}
    assert statuses["broken"] == statuses["misspelled"] == "disabled"
    assert statuses["journal"] == "ok"


def test_backends_json_in_a_real_process(site: Path) -> None:
    rows = {b["name"]: b for b in as_json(kmcore_cli(site, "backends", "--json"))}
    assert rows["local"]["status"] == "installed"
    assert rows["local"]["plugin"] == "kmcore.builtin.stores"
    # Known but not installed: says how to install it (when the repository's own
    # kmcore-confluence is installed here, it is listed as installed instead).
    if "confluence" in OTHER:
        assert rows["confluence"]["status"] == "installed"
    else:
        assert rows["confluence"]["status"] == "not installed"
        assert rows["confluence"]["install"] == "pip install kmcore-confluence"
    assert rows["sharepoint"]["status"] == "unavailable"
    assert "No module named 'kmcore_test_no_such_dependency'" in rows["sharepoint"]["error"]


def test_doctor_fails_on_a_broken_plugin_and_says_why(site: Path, tmp_path: Path) -> None:
    result = kmcore_cli(site, "doctor", "--json", "--kb", str(tmp_path / "nope"))
    assert result.returncode == 1, result.stderr
    report = as_json(result)
    assert report["ok"] is False
    checks = {c["check"]: c for c in report["checks"]}
    assert checks["plugin:broken"]["status"] == "fail"
    assert "RuntimeError: this plugin is broken on purpose" in checks["plugin:broken"]["message"]
    assert "Traceback" in checks["plugin:broken"]["detail"]
    assert checks["plugin:misspelled"]["status"] == "fail"
    assert checks["backend:local"]["status"] == "ok"
    assert checks["kb"]["status"] == "fail"
    assert "is not a knowledge base" in checks["kb"]["message"]


def test_hook_kmcore_register_commands_in_the_real_cli(site: Path) -> None:
    result = kmcore_cli(site, "journal-club")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "no journal clubs this month\n"
    assert "journal-club" in kmcore_cli(site, "--help").stdout


# --- in-process, with CliRunner ---------------------------------------------------------------


def test_add_commands_adds_the_three_commands() -> None:
    @click.group()
    def group() -> None:
        pass

    add_commands(group)
    assert set(group.commands) == {"plugins", "backends", "doctor"}


def test_plugins_with_no_external_plugins() -> None:
    with use_plugins(make_plugins()):
        result = CliRunner().invoke(plugins_cmd, ["--external"])
        assert result.exit_code == 0
        assert "No external plugins installed" in result.output
        result = CliRunner().invoke(plugins_cmd, [])
        assert "kmcore.builtin.records" in result.output
        assert "kmcore_register_record_types" in result.output


def test_backends_table() -> None:
    with use_plugins(make_plugins()):
        result = CliRunner().invoke(backends_cmd, [])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split() == ["NAME", "KIND", "STATUS", "FROM", "/", "INSTALL", "WITH"]
    assert any(line.split()[:3] == ["local", "store", "installed"] for line in lines)
    assert any("pip install kmcore-sharepoint" in line for line in lines)


def test_doctor_on_a_healthy_knowledge_base(tmp_path: Path) -> None:
    from kmcore.kb import init

    with use_plugins(make_plugins()):
        init(tmp_path / "kb", name="Library KB", organisation="Trust").close()
        result = CliRunner().invoke(doctor_cmd, ["--kb", str(tmp_path / "kb")])
    assert result.exit_code == 0, result.output
    assert "ok    kmcore.toml reads: 'Library KB' (Trust)" in result.output
    assert "ok    can read and write" in result.output
    assert "ok    not locked" in result.output
    assert result.output.rstrip().endswith("No problems found.")


def test_doctor_warns_about_a_stale_lock(tmp_path: Path) -> None:
    from kmcore.kb import init

    with use_plugins(make_plugins()):
        init(tmp_path / "kb", name="KB", organisation="Trust").close()
        lock = tmp_path / "kb" / ".kmcore" / "lock"
        lock.parent.mkdir(exist_ok=True)
        lock.write_text(json.dumps({"host": "LIB-PC-7", "pid": 4120, "token": "t",
                                    "since": "2024-01-01T09:00:00+00:00"}))
        result = CliRunner().invoke(doctor_cmd, ["--kb", str(tmp_path / "kb"), "--json"])
    assert result.exit_code == 0, result.output  # a warning, not a failure
    check = next(c for c in json.loads(result.output)["checks"] if c["check"] == "kb-lock")
    assert check["status"] == "warn"
    assert "held by host LIB-PC-7 (process 4120)" in check["message"]
    assert "delete" in check["hint"]


def test_doctor_without_a_knowledge_base_only_warns(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KMCORE_KB", raising=False)
    with use_plugins(make_plugins()):
        result = CliRunner().invoke(doctor_cmd, [])
    assert result.exit_code == 0, result.output
    assert "warn  no knowledge base here or above" in result.output
