"""``kmcore sync`` on the command line, and ``[targets.NAME]`` configuration errors."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

import kmcore
from clihelp import run_cli
from kmcore.errors import ConfigError
from kmcore.records.vocab import Status, Visibility
from kmcore.sync.config import load_target_configs, target_config
from kmcore.testing.fake_targets import DirectoryTarget, use_fake_targets
from test_sync_helpers import lesson, make_kb, published


@pytest.fixture(autouse=True)
def fake_targets() -> Iterator[None]:
    with use_fake_targets():
        yield


def test_dry_run_then_sync_then_sync_again(tmp_path: Path) -> None:
    root = tmp_path / "kb"
    kb = make_kb(root, 5)
    for i in range(5, 90):
        kb.add(lesson(i))
    kb.close()
    dry = run_cli(["--kb", str(root), "sync", "--dry-run"])
    assert dry.code == 0, dry.err
    assert dry.out.startswith("t: Would publish 90 new lessons, leave 0 unchanged.")
    assert "This was a dry run: nothing was changed." in dry.out
    assert "... and 40 more" in dry.out  # long lists are cut; the report has them all
    assert not published(root).exists()
    first = run_cli(["--kb", str(root), "sync"])
    assert first.code == 0, first.err
    assert first.out.startswith("t: Published 90 new lessons, left 0 unchanged.")
    assert "Report: " in first.out
    writes = len(DirectoryTarget.writes(published(root)))
    third = run_cli(["--kb", str(root), "sync"])
    assert third.code == 0
    assert third.out.startswith("t: Left 90 unchanged.")
    assert len(DirectoryTarget.writes(published(root))) == writes


def test_dry_run_reads_like_english(tmp_path: Path) -> None:
    root = tmp_path / "kb"
    kb = make_kb(root, 6, extra='audience = "nhs"')
    for i in range(6):
        kb.update(attrs.evolve(kb.get(f"lesson-{i:04d}"), visibility=Visibility.NHS))
    assert run_cli(["--kb", str(root), "sync"]).code == 0
    kb.add(lesson(20, visibility=Visibility.NHS))
    kb.add(lesson(21, visibility=Visibility.NHS))
    kb.update(attrs.evolve(kb.get("lesson-0001"), title="Clearer title"))
    kb.update(attrs.evolve(kb.get("lesson-0002"), visibility=Visibility.ORGANISATION))
    kb.add(lesson(22, visibility=Visibility.ORGANISATION))
    kb.add(lesson(23, status=Status.DRAFT, visibility=Visibility.NHS))
    dry = run_cli(["--kb", str(root), "sync", "--dry-run"])
    assert dry.code == 0
    first = dry.out.splitlines()[0]
    assert first == (
        "t: Would publish 2 new lessons, update 1 lesson (title changed), withdraw 1 lesson "
        "(visibility lowered to organisation), leave 4 unchanged; 1 blocked."
    )
    assert "x lesson lesson-0022 \"Lesson number 22\": blocked: visible to organisation only" \
        in dry.out
    assert "(1 not ready to publish" in dry.out


def test_json_output(tmp_path: Path) -> None:
    root = tmp_path / "kb"
    make_kb(root, 3).close()
    result = run_cli(["--kb", str(root), "sync", "--json"])
    assert result.code == 0
    [report] = json.loads(result.out)
    assert report["target"] == "t" and report["counts"]["create"] == 3
    assert report["ok"] is True and report["report_path"]
    assert {i["record_id"] for i in report["items"]} == {"lesson-0000", "lesson-0001",
                                                         "lesson-0002"}
    assert all(i["status"] == "ok" for i in report["items"])


def test_unknown_target_is_an_error(tmp_path: Path) -> None:
    root = tmp_path / "kb"
    make_kb(root, 1).close()
    result = run_cli(["--kb", str(root), "sync", "intranet"])
    assert result.code == 1
    assert "no target called 'intranet'" in result.err
    assert "Configured targets: t" in result.err


def test_a_target_that_cannot_be_built_exits_1(tmp_path: Path) -> None:
    root = tmp_path / "kb"
    make_kb(root, 1, with_target=False).close()
    with open(root / "kmcore.toml", "a", encoding="utf-8") as fh:
        fh.write('\n[targets.sp]\nbackend = "sharepoint"\n')
    from kmcore.testing.plugins import make_plugins, use_plugins

    # Plugins as on a machine without kmcore-sharepoint (whatever this one has installed).
    with use_plugins(make_plugins()):
        result = run_cli(["--kb", str(root), "sync"])
    assert result.code == 1
    assert "pip install kmcore-sharepoint" in result.out


# --- configuration ------------------------------------------------------------------------


def test_target_config_defaults_and_settings() -> None:
    cfg = target_config("intranet", {"backend": "html", "path": "site", "title": "Hub"})
    assert cfg.audience == Visibility.ORGANISATION and cfg.conflict_policy == "skip"
    assert cfg.statuses == ("published",) and cfg.record_types == ()
    assert dict(cfg.settings) == {"path": "site", "title": "Hub"}


@pytest.mark.parametrize(("table", "where", "words"), [
    ({}, "$.targets.x.backend", "is required"),
    ({"backend": "html", "audience": "everyone"}, "$.targets.x.audience", "must be one of"),
    ({"backend": "html", "audience": "private"}, "$.targets.x.audience", "must be one of"),
    ({"backend": "html", "conflict_policy": "merge"}, "$.targets.x.conflict_policy",
     "skip or overwrite"),
    ({"backend": "html", "record_types": "lesson "}, "$.targets.x.record_types", ""),
    ({"backend": "html", "record_types": [1]}, "$.targets.x.record_types", "list of names"),
    ({"backend": "html", "statuses": ["live"]}, "$.targets.x.statuses", "not a status"),
])
def test_config_errors_name_the_setting(table: dict[str, object], where: str,
                                        words: str) -> None:
    if where.endswith("record_types") and words == "":
        target_config("x", table)  # a single name is accepted as a list of one
        return
    with pytest.raises(ConfigError) as caught:
        target_config("x", table)
    assert str(caught.value).startswith(f"kmcore.toml: {where}: ")
    assert words in str(caught.value)
    assert caught.value.hint


@pytest.mark.parametrize("key", ["client_secret", "password", "token", "api_token", "api_key"])
def test_secrets_in_the_file_are_refused(key: str) -> None:
    with pytest.raises(ConfigError) as caught:
        target_config("sp", {"backend": "sharepoint", key: "hunter2"})
    assert f"$.targets.sp.{key}" in str(caught.value)
    assert "hunter2" not in str(caught.value) and "hunter2" not in (caught.value.hint or "")
    # The hint names only settings that exist: none is known here, so it names none...
    assert "_env" not in (caught.value.hint or "") and "_file" not in (caught.value.hint or "")
    # ...and when the backend's settings are known, it names the one it reads.
    with pytest.raises(ConfigError) as caught:
        target_config("sp", {"backend": "sharepoint", key: "hunter2"},
                      secret_settings=lambda backend: ["client_secret_env"])
    assert 'client_secret_env = "KMCORE_SP_' in (caught.value.hint or "")


def test_secrets_in_nested_tables_are_refused() -> None:
    with pytest.raises(ConfigError, match=r"\$\.targets\.sp\.auth\.password"):
        target_config("sp", {"backend": "sharepoint", "auth": {"user": "a", "password": "x"}})


def test_secret_references_are_fine() -> None:
    cfg = target_config("sp", {"backend": "sharepoint", "client_secret_env": "KMCORE_SP_SECRET",
                               "token_file": "/etc/kmcore/token"})
    assert cfg.settings["client_secret_env"] == "KMCORE_SP_SECRET"


def test_bad_names_and_unknown_record_types(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="lower-case"):
        target_config("My Site", {"backend": "html"})
    root = tmp_path / "kb"
    make_kb(root, 0, extra='record_types = ["lessons-learnt"]').close()
    with kmcore.open(root) as kb, pytest.raises(ConfigError, match="not a record type"):
        load_target_configs(kb)


def test_no_targets_explains_how_to_add_one(tmp_path: Path) -> None:
    root = tmp_path / "kb"
    make_kb(root, 1, with_target=False).close()
    result = run_cli(["--kb", str(root), "sync", "--dry-run"])
    assert result.code == 1  # a scheduler must see that nothing was published
    assert "No targets are set up yet" in result.out
    assert "[targets.intranet]" in result.out


def test_the_suggested_target_works_as_written(tmp_path: Path) -> None:
    from kmcore.sync.config import TARGET_SNIPPET

    root = tmp_path / "kb"
    make_kb(root, 1, with_target=False).close()
    with open(root / "kmcore.toml", "a", encoding="utf-8") as fh:
        fh.write("\n" + TARGET_SNIPPET)
    result = run_cli(["--kb", str(root), "sync", "--no-progress"])
    assert result.code == 0, result.out + result.err
    assert (root / "site" / "index.html").is_file()
