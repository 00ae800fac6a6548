"""The public backend toolkit (kmcore.backend): settings, state file, errors, checks."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

import attrs
import pytest
from click.testing import CliRunner

import kmcore
from kmcore.backend import (
    AuthError,
    BackendError,
    BaseTarget,
    ConfigError,
    Item,
    KmcoreError,
    RateLimited,
    RemoteError,
    SettingError,
    StateFile,
    StoreError,
    TargetCheck,
    TargetConfig,
    at_revision,
    atomic_write,
    named_checks,
    parse_settings,
    parse_store_settings,
    result_from_exception,
    secret_from_env,
    setting,
)
from kmcore.cli import cli


@attrs.frozen(kw_only=True)
class Sample:
    target: str
    site: str = setting("the site", https_url=True, example='"https://x.example"')
    host: str = setting("a host", default="https://h.example", https_url=True, host_only=True)
    token_env: str = setting("where the token is", default="SAMPLE_TOKEN", env_secret=True)
    folder: Path | None = setting("a folder", default=None, path=True)
    count: int = setting("how many", default=2, low=1, high=8)
    wait: float = setting("seconds", default=5.0, low=1, high=60)
    mode: Literal["a", "b"] = setting("which", default="a")
    names: tuple[str, ...] = setting("names", default=())
    lists: dict[str, str] = setting("a table", factory=dict)
    on: bool = setting("a switch", default=True)
    guid: str | None = setting("an id", default=None, pattern=r"[0-9a-f]{4}",
                               pattern_text="four hex digits")

    def validate(self, kb_root: Path | None) -> None:
        if self.mode == "b" and self.folder is None:
            raise SettingError("folder", 'is required with mode = "b"', "Add folder = ...")


def _parse(**settings: object) -> Sample:
    config = TargetConfig(name="t1", backend="sample", settings=settings)
    found: Sample = parse_settings(Sample, config, base=Path("/kb"))
    return found


def test_settings_are_converted_and_defaulted() -> None:
    s = _parse(site="https://x.example/sites/a/", folder="out", names="one", count=3,
               wait=2, lists={"a": " b "})
    assert s.target == "t1" and s.site == "https://x.example/sites/a"
    assert s.folder == Path("/kb/out") and s.names == ("one",) and s.count == 3
    assert s.wait == 2.0 and isinstance(s.wait, float) and s.lists == {"a": "b"}
    assert s.host == "https://h.example" and s.mode == "a" and s.on is True


@pytest.mark.parametrize(("settings", "key", "words"), [
    ({"site": None}, "site", "is required"),
    ({"site": "http://x.example"}, "site", "https://"),
    ({"site": "x.example"}, "site", "not a web address"),
    ({"host": "https://h.example/path"}, "host", "host only"),
    ({"token_env": "not a name"}, "token_env", "environment variable"),
    ({"count": 9}, "count", "from 1 to 8"),
    ({"count": True}, "count", "whole number"),
    ({"wait": "soon"}, "wait", "a number"),
    ({"mode": "c"}, "mode", "one of a, b"),
    ({"names": [1]}, "names", "list of names"),
    ({"lists": {"a": 1}}, "lists", "table"),
    ({"on": "yes"}, "on", "true or false"),
    ({"guid": "xyz"}, "guid", "four hex digits"),
    ({"mode": "b"}, "folder", 'required with mode = "b"'),
    ({"cuont": 3}, "cuont", "Did you mean count?"),
    ({"audiance": "public"}, "audiance", "Did you mean audience?"),
    ({"zzzzzz": 1}, "zzzzzz", "Known settings:"),
])
def test_every_mistake_names_its_path(settings: dict[str, object], key: str,
                                      words: str) -> None:
    with pytest.raises(ConfigError) as caught:
        _parse(**{"site": "https://x.example", **settings})
    message = caught.value.message
    assert message.startswith(f"kmcore.toml: $.targets.t1.{key}: ")
    assert words in message + " " + (caught.value.hint or "")


def test_secret_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAMPLE_TOKEN", "  s3cret ")
    assert secret_from_env("SAMPLE_TOKEN", target="t1", what="a token") == "s3cret"
    monkeypatch.delenv("SAMPLE_TOKEN")
    with pytest.raises(ConfigError) as caught:
        secret_from_env("SAMPLE_TOKEN", target="t1", what="a token", how="Make one.")
    assert "SAMPLE_TOKEN" in caught.value.message and "t1" in caught.value.message
    assert (caught.value.hint or "").startswith("Make one.")


def test_state_file_is_atomic_versioned_and_owned(tmp_path: Path) -> None:
    path = tmp_path / "targets" / "t1" / "state.json"
    state = StateFile(path, version=2, owner="https://a.example")
    assert state.data == {}
    state.data["site_id"] = "s1"
    state.save()
    assert StateFile(path, version=2, owner="https://a.example").data == {"site_id": "s1"}
    # Another site's ids are never used: it starts afresh.
    assert StateFile(path, version=2, owner="https://b.example").data == {}
    # An older layout starts afresh; a newer one is refused rather than misread.
    assert StateFile(path, version=3, owner="https://a.example").data == {}
    with pytest.raises(StoreError, match="newer version"):
        _ = StateFile(path, version=1, owner="https://a.example").data
    StateFile(path, version=2, owner="https://a.example").update(
        lambda d: d.update(lists={"lesson": "L1"}))
    assert StateFile(path, version=2, owner="https://a.example").data == {
        "site_id": "s1", "lists": {"lesson": "L1"}}
    leftovers = [p.name for p in path.parent.iterdir() if p.name != "state.json"]
    assert leftovers == []  # no temporary file, no lock left behind


def test_atomic_write_leaves_the_old_file_on_failure(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "f.txt"
    atomic_write(path, b"old")

    def refuse(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError):
        atomic_write(path, b"new")
    assert path.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["f.txt"]


ITEM = Item(op="update", record_type="lesson", record_id="lesson-1", record=None,
            content_hash="h")


@pytest.mark.parametrize(("exc", "retryable", "conflict"), [
    (RemoteError("x failed", status=503), True, False),
    (RemoteError("x failed", status=500), True, False),
    (RemoteError("x failed", status=404), False, False),
    (RemoteError("x failed"), False, False),
    (RateLimited("slow down", status=429), True, False),
    (BackendError("no answer", retryable=True), True, False),
    (BackendError("edited there", status=412, conflict=True), False, True),
    (KmcoreError("cannot express it"), False, False),
])
def test_one_helper_from_exception_to_result(exc: KmcoreError, retryable: bool,
                                             conflict: bool) -> None:
    result = result_from_exception(ITEM, exc)
    assert not result.ok and result.record_id == "lesson-1"
    assert (result.retryable, result.conflict) == (retryable, conflict)
    assert result.error is not None and result.error.startswith("lesson lesson-1: ")


@pytest.mark.parametrize(("exc", "stops"), [
    (AuthError("token refused", status=401), True),
    (AuthError("token refused", status=401, stops_run=False), False),
    (RateLimited("slow down", status=429), False),
    (RateLimited("wait an hour", status=429, stops_run=True), True),
    (RemoteError("x failed", status=503), False),
])
def test_an_error_says_whether_it_stops_the_run(exc: BackendError, stops: bool) -> None:
    assert exc.stops_run is stops


def test_the_engine_stops_a_run_on_an_error_that_says_so() -> None:
    from kmcore.sync.engine import _stops_the_run

    assert _stops_the_run(RateLimited("wait an hour", stops_run=True))
    assert _stops_the_run(AuthError("token refused"))
    assert not _stops_the_run(RateLimited("slow down"))
    assert not _stops_the_run(RuntimeError("boom"))


def test_named_checks_prefix_once() -> None:
    checks = [TargetCheck(name="token", status="ok", message="fine"),
              TargetCheck(name="t1: site", status="warn", message="t1: site: slow", hint="h")]
    named = list(named_checks("t1", checks))
    assert [(c.name, c.message) for c in named] == [("t1: token", "t1: token: fine"),
                                                    ("t1: site", "t1: site: slow")]


def test_base_target_defaults(kb: kmcore.KnowledgeBase) -> None:
    class Minimal(BaseTarget):
        settings_class = Sample

    target = Minimal(TargetConfig(name="t1", backend="sample",
                                  settings={"site": "https://x.example"}), kb)
    assert target.settings.site == "https://x.example"
    assert target.pull(None) is None and target.remote_versions(["a"]) is None
    assert target.estimate([]) is None
    [check] = target.diagnose()
    assert check.status == "ok" and check.name == "t1: settings"
    with pytest.raises(NotImplementedError):
        target.apply([ITEM])


# --- a misspelt key on the built-in html target is refused everywhere -------------------


@pytest.fixture
def html_kb(tmp_path: Path) -> Path:
    root = tmp_path / "kb"
    kmcore.init(root, name="Test KB", organisation="Test Trust").close()
    with open(root / "kmcore.toml", "a", encoding="utf-8") as fh:
        # "audiance" for "audience": were it ignored, internal records could go public.
        fh.write('\n[targets.site]\nbackend = "html"\npath = "site"\naudiance = "public"\n')
    return root


@pytest.mark.parametrize("args", [["doctor"], ["sync"], ["sync", "--dry-run"]])
def test_a_misspelt_html_key_is_refused(html_kb: Path, args: list[str]) -> None:
    result = CliRunner().invoke(cli, ["--kb", str(html_kb), *args])
    assert result.exit_code == 1, result.output
    assert "$.targets.site.audiance" in result.output
    assert "is not a html setting" in result.output
    assert "Did you mean audience?" in result.output
    assert not (html_kb / "site").exists()  # nothing was published


def test_a_secret_hint_names_a_setting_the_backend_accepts(html_kb: Path) -> None:
    from kmcore.sync.config import load_target_configs

    toml = html_kb / "kmcore.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('audiance = "public"',
                                                             'api_key = "abc"'),
                    encoding="utf-8")
    with kmcore.open(html_kb) as opened, pytest.raises(ConfigError) as caught:
        load_target_configs(opened)
    hint = caught.value.hint or ""
    assert "_file" not in hint and "api_key_env" not in hint  # html reads no secret


def test_doctor_reports_a_settings_class_that_cannot_load(html_kb: Path) -> None:
    from collections.abc import Callable

    from kmcore.backend import BackendSpec, hookimpl
    from kmcore.testing.plugins import register_plugin

    class _Broken:
        @hookimpl
        def kmcore_register_backends(self, register: Callable[[BackendSpec], None]) -> None:
            register(BackendSpec(name="broken-settings", kind="target",
                                 factory="kmcore.testing.fake_targets:DirectoryTarget",
                                 settings="kmcore_no_such_module:Settings"))

    with register_plugin(_Broken(), name="broken-settings"):
        result = CliRunner().invoke(cli, ["--kb", str(html_kb), "doctor", "--json"])
    import json

    checks = {c["check"]: c for c in json.loads(result.output)["checks"]}
    broken = checks["backend:broken-settings"]
    assert broken["status"] == "fail" and "kmcore_no_such_module:Settings" in broken["message"]


def test_at_revision_gives_the_stored_record_without_running_its_rules_again() -> None:
    """A store's write path: the record at its new revision, the rules not re-run (a
    revision changes no rule's answer)."""
    from kmcore.records._fields import deferred_validation
    from kmcore.records.lesson import Lesson

    lesson = Lesson(title="Book rooms early", statement="It avoided a clash.",
                    recommendation="Book early.", polarity="sustain")
    assert at_revision(lesson, 3) == attrs.evolve(lesson, revision=3)
    with deferred_validation():
        broken = attrs.evolve(lesson, title="")  # a record its rules would refuse
    with pytest.raises(kmcore.ValidationError):
        attrs.evolve(broken, revision=1)
    assert at_revision(broken, 1).revision == 1
    with pytest.raises(ValueError, match="whole number from 1"):
        at_revision(lesson, 0)


def test_at_revision_copies_without_rebuilding_the_record(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """No __init__ (every field's converter) for a new revision: a new object with the same
    field values, the original untouched."""
    from kmcore.records.lesson import Lesson

    lesson = Lesson(title="Book rooms early", statement="It avoided a clash.",
                    recommendation="Book early.", polarity="sustain")

    def rebuilt(*args: object, **kwargs: object) -> None:
        raise AssertionError("at_revision rebuilt the record")

    monkeypatch.setattr(Lesson, "__init__", rebuilt)
    stored = at_revision(lesson, 2)
    assert stored is not lesson and lesson.revision == 0
    assert type(stored) is Lesson and stored.revision == 2
    assert all(getattr(stored, a.name) is getattr(lesson, a.name)
               for a in attrs.fields(Lesson) if a.name != "revision")


@attrs.frozen(kw_only=True)
class SampleStoreSettings:
    server: str = setting("the server's name", example='"db.example"')
    folder: Path | None = setting("a folder of the store's", default=None, path=True)
    mode: Literal["fast", "safe"] = setting("how it writes", default="safe")


@pytest.mark.parametrize(("table", "message", "hint"), [
    ({"backend": "sample"}, "$.store.server: is required", 'e.g. server = "db.example"'),
    ({"server": "db", "sever": "x"}, "$.store.sever: is not a setting of the sample store",
     "Did you mean server?"),
    ({"server": "db", "mode": "saf"}, "$.store.mode: must be one of fast, safe",
     "Did you mean safe?"),
])
def test_a_store_table_is_checked_with_the_same_layer(table: dict[str, object], message: str,
                                                      hint: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_store_settings(SampleStoreSettings, table, backend="sample")
    assert str(caught.value).startswith(f"kmcore.toml: {message}")
    assert hint in (caught.value.hint or "")


def test_a_store_tables_paths_start_from_the_knowledge_base(tmp_path: Path) -> None:
    built = parse_store_settings(SampleStoreSettings, {"backend": "sample", "server": "db",
                                                       "folder": "data"},
                                 backend="sample", base=tmp_path)
    assert (built.server, built.folder, built.mode) == ("db", tmp_path / "data", "safe")


# --- the knowledge base's own settings, for a backend's commands ----------------------------


def _root_command() -> tuple[object, list[Path]]:
    import click

    from kmcore.backend import command_kb_root

    found: list[Path] = []

    @click.group()
    @click.option("--kb", "kb_path")
    @click.pass_context
    def top(ctx: click.Context, kb_path: str | None) -> None:
        ctx.obj = {"kb_path": kb_path}  # as kmcore's own group keeps it

    @top.command()
    @click.pass_context
    def where(ctx: click.Context) -> None:
        found.append(command_kb_root(ctx))

    return top, found


def test_a_backend_command_finds_the_knowledge_base_as_kmcores_own_do(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kmcore.backend import kb_settings, store_table

    root = tmp_path / "kb with spaces"
    kmcore.init(root, name="KB", organisation="Bench Trust", ods_code="RT3").close()
    (root / "sub").mkdir()
    top, found = _root_command()
    runner = CliRunner()
    assert runner.invoke(top, ["--kb", str(root), "where"]).exit_code == 0  # type: ignore[arg-type]
    monkeypatch.chdir(root / "sub")
    assert runner.invoke(top, ["where"]).exit_code == 0  # type: ignore[arg-type]
    assert found == [root.resolve(), root.resolve()]
    assert store_table(root) == ("local", {})
    assert kb_settings(root).ods_code == "RT3"


def test_a_backend_command_outside_a_knowledge_base_is_a_config_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    top, _ = _root_command()
    monkeypatch.chdir(tmp_path)
    for args in (["where"], ["--kb", str(tmp_path / "nothing"), "where"]):
        result = CliRunner().invoke(top, args)  # type: ignore[arg-type]
        assert isinstance(result.exception, ConfigError), result.output
        assert "no knowledge base here" in str(result.exception)


def test_no_toolkit_name_is_hidden_by_a_module_of_the_same_name() -> None:
    # Importing kmcore.backend.X sets the attribute X on the package: a function X would
    # then be the module (a toolkit module named kb_settings did exactly that).
    import importlib
    import types

    import kmcore.backend as toolkit

    for name in toolkit.__all__:
        if name in toolkit._WHERE:  # the others are defined in the package itself
            importlib.import_module(toolkit._WHERE[name])
    for name in toolkit.__all__:
        assert not isinstance(getattr(toolkit, name), types.ModuleType), name
