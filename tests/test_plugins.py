"""The plugin registry: hooks, validation, entry-point loading, failures and switches."""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import click
import pytest
from click.testing import CliRunner

from kmcore.builtin import BUILTIN_PLUGINS
from kmcore.errors import BackendNotInstalled, ConfigError, NotFound, PluginError
from kmcore.events import RecordChange
from kmcore.hookspecs import hookimpl
from kmcore.kb import init
from kmcore.plugins import (
    KNOWN_BACKENDS,
    HookFailure,
    Plugins,
    get_plugins,
    hook_names,
    load_factory,
    set_plugins,
)
from kmcore.records.lesson import Lesson
from kmcore.records.vocab import LessonPolarity
from kmcore.specs import BackendSpec, RecordTypeSpec
from kmcore.testing.plugins import (
    make_plugins,
    register_plugin,
    use_plugins,
    write_distribution,
)

FIXTURES = Path(__file__).parent / "plugins"

# entry-point name -> (distribution, fixture modules it ships)
DISTRIBUTIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "journal": ("kmcore-test-journal", ("kmcore_test_journal",)),
    "testbackend": ("kmcore-test-backend", ("kmcore_test_backend", "kmcore_test_backend_impl")),
    "broken": ("kmcore-test-broken", ("kmcore_test_broken",)),
    "misspelled": ("kmcore-test-misspelled", ("kmcore_test_misspelled",)),
    "exits": ("kmcore-test-exits", ("kmcore_test_exits",)),
    # Pretends to be the real kmcore-sharepoint, installed without its dependencies.
    "sharepoint": ("kmcore-sharepoint", ("kmcore_test_sharepoint_broken",)),
}


def install(site: Path, *names: str) -> Path:
    """Lay out the fixture distributions *names* (entry-point names) in *site*."""
    for name in names:
        distribution, modules = DISTRIBUTIONS[name]
        write_distribution(
            site, distribution, "1.0",
            entry_points={name: modules[0]},
            modules={f"{m}.py": (FIXTURES / f"{m}.py").read_text() for m in modules},
        )
    return site


@pytest.fixture(autouse=True)
def _forget_fixture_modules() -> Iterator[None]:
    # Each test imports the fixture plugins afresh from its own temporary site folder.
    yield
    for module in [m for m in sys.modules if m.startswith(("kmcore_test_", "kmcore_one",
                                                           "kmcore_two"))]:
        del sys.modules[module]


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder on sys.path holding every fixture distribution."""
    path = install(tmp_path / "site", *DISTRIBUTIONS)
    monkeypatch.syspath_prepend(str(path))
    return path


def loaded(**environ: str) -> Plugins:
    """A fresh registry that loads entry points, with exactly these switches set."""
    return Plugins(environ=environ).load()


def by_name(plugins: Plugins) -> dict[str, Any]:
    return {info.name: info for info in plugins.plugin_info()}


# --- plugins used in-process ------------------------------------------------------------------


def journal_module() -> Any:
    """The fixture module defining the JournalClub record type and its spec."""
    sys.path.insert(0, str(FIXTURES))
    try:
        return importlib.import_module("kmcore_test_journal")
    finally:
        sys.path.remove(str(FIXTURES))


class JournalPlugin:
    @hookimpl
    def kmcore_register_record_types(self, register: Callable[[RecordTypeSpec], None]) -> None:
        register(journal_module().SPEC)


def journal_spec(**changes: Any) -> RecordTypeSpec:
    spec: RecordTypeSpec = attrs.evolve(journal_module().SPEC, **changes)
    return spec


class Registers:
    """A plugin that registers whatever it is given, record types and backends alike."""

    def __init__(self, *items: object) -> None:
        self.items = items

    @hookimpl
    def kmcore_register_record_types(self, register: Callable[[object], None]) -> None:
        for item in self.items:
            if not isinstance(item, BackendSpec):
                register(item)

    @hookimpl
    def kmcore_register_backends(self, register: Callable[[object], None]) -> None:
        for item in self.items:
            if isinstance(item, BackendSpec):
                register(item)


def target(name: str = "intranet", **changes: Any) -> BackendSpec:
    fields: dict[str, Any] = {"kind": "target", "factory": "kmcore_test_backend_impl:TestTarget"}
    return BackendSpec(name=name, **{**fields, **changes})


# --- built-ins --------------------------------------------------------------------------------


def test_builtins_register_through_the_same_hooks() -> None:
    plugins = make_plugins()
    types = plugins.record_types()
    assert {"lesson", "innovation", "person", "story"} <= set(types)
    assert types["lesson"].cls is Lesson
    assert types["lesson"].plugin == "kmcore.builtin.records"
    assert plugins.backend("local").plugin == "kmcore.builtin.stores"
    info = by_name(plugins)
    assert info["kmcore.builtin.records"].builtin
    assert info["kmcore.builtin.records"].hooks == ("kmcore_register_record_types",)
    assert info["kmcore.builtin.stores"].status == "ok"
    assert plugins.failures() == ()


def test_every_builtin_record_type_present_in_this_build_is_registered() -> None:
    from kmcore.builtin.records import RECORD_TYPES

    types = make_plugins().record_types()
    for entry in RECORD_TYPES:
        cls = entry.load()
        if cls is not None:
            assert entry.name == cls.record_type  # registered by name before the class loads
            assert types[cls.record_type].folder == entry.folder
            assert types[entry.name].cls is cls


def test_local_store_factory_loads() -> None:
    factory = make_plugins().load_factory(make_plugins().backend("local"))
    assert factory.__name__ == "LocalFileStore"


def test_load_is_idempotent() -> None:
    plugins = make_plugins()
    assert plugins.load() is plugins
    assert len(plugins.plugin_info()) == len(BUILTIN_PLUGINS)


def test_importing_kmcore_does_not_build_the_plugin_manager() -> None:
    code = (
        "import sys, kmcore\n"
        "kmcore.hookimpl\n"  # the marker is cheap...
        "print('kmcore.plugins' in sys.modules, 'kmcore.builtin.records' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.split() == ["False", "False"]  # ...and loading plugins waits until needed


def test_get_plugins_is_process_wide_and_replaceable() -> None:
    fresh = make_plugins()
    with use_plugins(fresh):
        assert get_plugins() is fresh
    assert get_plugins() is not fresh
    previous = set_plugins(None)
    try:
        assert get_plugins() is not previous  # None: a new one is built on next use
    finally:
        set_plugins(previous)


# --- kmcore_register_record_types -------------------------------------------------------------


def test_hook_kmcore_register_record_types_adds_a_trust_record_type(site: Path) -> None:
    plugins = make_plugins()
    with register_plugin(JournalPlugin(), name="journal", plugins=plugins):
        spec = plugins.record_types()["journal_club"]
        assert spec.plugin == "journal"
        assert spec.cls.__name__ == "JournalClub"
        assert "kmcore_register_record_types" in by_name(plugins)["journal"].hooks
    # Gone with the plugin: derived registries are reset when it is unregistered.
    assert "journal_club" not in plugins.record_types()
    assert "journal" not in by_name(plugins)


def test_hook_kmcore_register_record_types_from_an_installed_plugin(site: Path) -> None:
    plugins = loaded(KMCORE_LOAD_PLUGINS="journal")
    assert plugins.record_types()["journal_club"].plugin == "journal"
    info = by_name(plugins)["journal"]
    assert (info.distribution, info.version, info.status) == ("kmcore-test-journal", "1.0", "ok")


def test_hook_kmcore_register_record_types_usable_by_a_knowledge_base(
    site: Path, tmp_path: Path
) -> None:
    journal_club = journal_module().JournalClub

    with use_plugins(make_plugins(JournalPlugin())), \
            init(tmp_path / "kb", name="KB", organisation="Trust") as kb:
        stored = kb.add(journal_club(title="Statins in over-75s", paper="doi:10.1/x"))
        assert kb.get(stored.id) == stored
        assert (kb.root / "journal-clubs" / f"{stored.id}.json").is_file()


@pytest.mark.parametrize(
    ("bad", "expected"),
    [
        ({"name": "a dict"}, "passed a dict to register.*expected a kmcore.RecordTypeSpec"),
        ("journal_club", "passed a str"),
        (lambda: journal_spec(name="Journal Club"), "invalid record type 'Journal Club'.*name"),
        (lambda: journal_spec(name="journal"), "JournalClub.record_type is 'journal_club'"),
        (lambda: journal_spec(cls=dict), "cls must be a subclass of kmcore.Record"),
        (lambda: journal_spec(folder="../outside"), "the folder '../outside'"),
        (lambda: journal_spec(label=""), "label must be non-empty"),
    ],
)
def test_invalid_record_types_are_refused_naming_the_plugin(bad: Any, expected: str) -> None:
    item = bad() if callable(bad) else bad
    plugins = make_plugins()
    with pytest.raises(PluginError, match=f"plugin 'bad-plugin'.*{expected}"), \
            register_plugin(Registers(item), name="bad-plugin", plugins=plugins):
        pass  # pragma: no cover - registration raises
    assert "bad-plugin" not in by_name(plugins)


def test_a_record_type_clashing_with_a_builtin_names_both_plugins() -> None:
    clash = RecordTypeSpec(name="lesson", cls=Lesson, folder="my-lessons", label="L",
                           plural="Ls")
    with pytest.raises(PluginError) as info, register_plugin(Registers(clash), name="copycat",
                                                            plugins=make_plugins()):
        pass  # pragma: no cover
    assert "plugin 'copycat' registered record type 'lesson'" in str(info.value)
    assert "already taken by plugin 'kmcore.builtin.records'" in str(info.value)


def test_a_folder_clash_is_refused(site: Path) -> None:
    spec = journal_spec(folder="lessons")
    with pytest.raises(PluginError, match="folder 'lessons' is already taken"), \
            register_plugin(Registers(spec), name="x", plugins=make_plugins()):
        pass  # pragma: no cover


def test_registration_is_all_or_nothing(site: Path) -> None:
    plugins = make_plugins()
    good = journal_spec()
    with pytest.raises(PluginError), register_plugin(
        Registers(good, target("ok-target"), target("bad", kind="sink")), name="half",
        plugins=plugins,
    ):
        pass  # pragma: no cover
    assert "journal_club" not in plugins.record_types()
    assert "ok-target" not in plugins.backends()


# --- kmcore_register_backends -----------------------------------------------------------------


def test_hook_kmcore_register_backends_defers_the_heavy_import(site: Path) -> None:
    plugins = loaded(KMCORE_LOAD_PLUGINS="testbackend")
    spec = plugins.backend("testtarget", kind="target")
    assert (spec.plugin, spec.kind) == ("testbackend", "target")
    assert "kmcore_test_backend_impl" not in sys.modules  # registered, not yet imported
    factory = plugins.load_factory(spec)
    assert "kmcore_test_backend_impl" in sys.modules
    assert factory(site="x").settings == {"site": "x"}
    assert plugins.backends(kind="store").keys() == {"local"}


def test_hook_kmcore_register_backends_in_process_with_a_callable_factory() -> None:
    class Target:
        pass

    spec = BackendSpec(name="inline", kind="target", factory=Target)
    with register_plugin(Registers(spec), name="inline-plugin", plugins=make_plugins()) as p:
        assert p.load_factory(p.backend("inline")) is Target


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (target(kind="sink"), "kind must be 'store' or 'target', not 'sink'"),
        (target(name="Has Spaces"), "the name must be"),
        (target(factory="not a path"), "is not a 'package.module:attr' import path"),
        (target(factory=42), "factory must be callable"),
        (target(name="local"), "backend 'local', which plugin 'kmcore.builtin.stores' already"),
    ],
)
def test_invalid_backends_are_refused_naming_the_plugin(spec: BackendSpec, expected: str) -> None:
    with pytest.raises(PluginError, match=f"plugin 'culprit'.*{expected}"), \
            register_plugin(Registers(spec), name="culprit", plugins=make_plugins()):
        pass  # pragma: no cover


def test_a_backend_registered_twice_by_one_plugin_says_so() -> None:
    with pytest.raises(PluginError, match="registered it twice"), \
            register_plugin(Registers(target(), target()), name="twice", plugins=make_plugins()):
        pass  # pragma: no cover


def test_duplicate_between_installed_plugins_fails_the_second_naming_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = (FIXTURES / "kmcore_test_backend.py").read_text()
    site = tmp_path / "site"
    write_distribution(site, "kmcore-aaa", entry_points={"aaa": "kmcore_test_aaa"},
                       modules={"kmcore_test_aaa.py": source})
    write_distribution(site, "kmcore-bbb", entry_points={"bbb": "kmcore_test_bbb"},
                       modules={"kmcore_test_bbb.py": source})
    monkeypatch.syspath_prepend(str(site))
    plugins = loaded()
    assert plugins.backend("testtarget").plugin == "aaa"  # first by name wins
    (failure,) = plugins.failures()
    assert failure.name == "bbb" and failure.stage == "registration"
    assert "plugin 'bbb' registered backend 'testtarget'" in failure.error
    assert "plugin 'aaa' already registered" in failure.error
    assert by_name(plugins)["bbb"].status == "failed"


# --- kmcore_register_commands -----------------------------------------------------------------


class CommandsPlugin:
    @hookimpl
    def kmcore_register_commands(self, cli: click.Group) -> None:
        @cli.command(name="hello")
        def hello() -> None:
            """Say hello."""
            click.echo("hello from a plugin")


def test_hook_kmcore_register_commands_adds_a_command() -> None:
    @click.group()
    def group() -> None:
        pass

    with register_plugin(CommandsPlugin(), name="greeter", plugins=make_plugins()) as plugins:
        plugins.register_commands(group)
    result = CliRunner().invoke(group, ["hello"])
    assert result.exit_code == 0, result.output
    assert result.output == "hello from a plugin\n"


def test_hook_kmcore_register_commands_may_not_replace_a_command() -> None:
    @click.group()
    def group() -> None:
        pass

    @group.command(name="hello")
    def core_hello() -> None:
        click.echo("core")

    plugins = make_plugins(CommandsPlugin())
    plugins.register_commands(group)
    assert group.commands["hello"] is core_hello
    (failure,) = plugins.failures()
    assert failure.name == "CommandsPlugin" and failure.stage == "commands"
    assert "tried to replace the command(s) hello" in failure.error


def test_hook_kmcore_register_commands_failure_undoes_only_that_plugin() -> None:
    class Raises:
        @hookimpl
        def kmcore_register_commands(self, cli: click.Group) -> None:
            cli.add_command(click.Command("half-added"))
            raise RuntimeError("boom")

    @click.group()
    def group() -> None:
        pass

    plugins = make_plugins(CommandsPlugin(), Raises())
    plugins.register_commands(group)
    assert set(group.commands) == {"hello"}
    (failure,) = plugins.failures()
    assert failure.name == "Raises" and failure.error == "RuntimeError: boom"
    assert "boom" in failure.traceback


# --- kmcore_record_changed --------------------------------------------------------------------


class Recorder:
    def __init__(self) -> None:
        self.changes: list[RecordChange] = []

    @hookimpl
    def kmcore_record_changed(self, change: RecordChange) -> None:  # a subset of the args
        self.changes.append(change)


def test_hook_kmcore_record_changed_sees_adds_updates_and_deletes(tmp_path: Path) -> None:
    recorder = Recorder()
    with use_plugins(make_plugins(recorder)), \
            init(tmp_path / "kb", name="KB", organisation="Trust") as kb:
        lesson = kb.add(Lesson(title="Book rooms early", statement="Rooms ran out.",
                               recommendation="Book a month ahead.",
                               polarity=LessonPolarity.IMPROVE))
        updated = kb.update(attrs.evolve(lesson, summary="Rooms"))
        kb.delete(updated)
    assert [c.op for c in recorder.changes] == ["add", "update", "delete"]
    add, update, delete = recorder.changes
    assert (add.record, add.previous) == (lesson, None)
    assert (update.record, update.previous) == (updated, lesson)
    assert (delete.record, delete.previous, delete.record_id) == (None, updated, lesson.id)
    assert {c.record_type for c in recorder.changes} == {"lesson"}


def test_hook_kmcore_record_changed_failure_is_isolated_and_reported() -> None:
    class Raises:
        @hookimpl
        def kmcore_record_changed(self, kb: object, change: RecordChange) -> None:
            raise RuntimeError("webhook down")

    recorder = Recorder()
    plugins = make_plugins(Raises(), recorder)
    change = RecordChange(op="delete", record_type="lesson", record_id="x")
    failures = plugins.notify_record_changed(kb=None, change=change)  # type: ignore[arg-type]
    assert recorder.changes == [change]  # the other plugin still heard about it
    assert failures == [HookFailure(plugin="Raises", hook="kmcore_record_changed",
                                    error="RuntimeError: webhook down",
                                    traceback=failures[0].traceback)]
    assert isinstance(failures[0].exception, RuntimeError)
    assert plugins.failures() == ()  # an event failure does not unload the plugin


def test_record_change_op_is_checked() -> None:
    with pytest.raises(ValueError, match="op"):
        RecordChange(op="rename", record_type="lesson", record_id="x")  # type: ignore[arg-type]


# --- installed plugins: failures never stop the rest ------------------------------------------


def test_broken_plugins_are_recorded_and_the_rest_load(site: Path) -> None:
    plugins = loaded()
    info = by_name(plugins)
    assert info["journal"].status == "ok"
    assert info["testbackend"].status == "ok"
    assert info["kmcore.builtin.records"].status == "ok"
    assert "lesson" in plugins.record_types() and "journal_club" in plugins.record_types()

    failures = {f.name: f for f in plugins.failures()}
    assert set(failures) == {"broken", "misspelled", "exits", "sharepoint"}
    broken = failures["broken"]
    assert (broken.distribution, broken.version, broken.stage) == ("kmcore-test-broken", "1.0",
                                                                   "import")
    assert broken.error == "RuntimeError: this plugin is broken on purpose"
    assert "kmcore_test_broken.py" in broken.traceback
    assert "pip install --upgrade kmcore-test-broken" in (broken.hint or "")
    assert failures["exits"].error == "SystemExit: kmcore_test_exits refuses to load"


def test_check_pending_fails_the_plugin_with_the_misspelled_hook(site: Path) -> None:
    plugins = loaded()
    failure = next(f for f in plugins.failures() if f.name == "misspelled")
    assert failure.stage == "hooks"
    assert "kmcore_register_backend (did you mean kmcore_register_backends?)" in failure.error
    assert failure.hooks == ("kmcore_register_backend",)
    assert plugins.pm.get_plugin("misspelled") is None  # unregistered
    plugins.pm.check_pending()  # and nothing else is pending


def test_check_pending_refuses_an_in_process_plugin_with_an_unknown_hook() -> None:
    class Typo:
        @hookimpl
        def kmcore_record_chaged(self, change: object) -> None:
            pass

    plugins = make_plugins()
    with pytest.raises(PluginError, match="did you mean kmcore_record_changed"):
        plugins.register(Typo())
    assert plugins.pm.get_plugin("Typo") is None


def test_an_optional_unknown_hook_is_allowed() -> None:
    class Future:
        @hookimpl(optionalhook=True)
        def kmcore_some_future_hook(self) -> None:
            pass

    with register_plugin(Future(), plugins=make_plugins()) as plugins:
        assert by_name(plugins)["Future"].status == "ok"


def test_pluggy_validation_errors_are_recorded() -> None:
    class WrongArgs:
        @hookimpl
        def kmcore_register_backends(self, registr: object) -> None:
            pass

    with pytest.raises(PluginError, match="registr"):
        make_plugins(WrongArgs())


def test_same_entry_point_name_in_two_distributions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    source = (FIXTURES / "kmcore_test_journal.py").read_text()
    for dist in ("kmcore-one", "kmcore-two"):
        module = dist.replace("-", "_") + "_mod"
        write_distribution(site, dist, entry_points={"same": module},
                           modules={f"{module}.py": source})
    monkeypatch.syspath_prepend(str(site))
    plugins = loaded()
    (failure,) = plugins.failures()
    assert failure.name == "same" and "already used by kmcore-one 1.0" in failure.error


# --- switches ---------------------------------------------------------------------------------


def test_load_plugins_empty_loads_no_external_plugins(site: Path) -> None:
    plugins = loaded(KMCORE_LOAD_PLUGINS="")
    assert plugins.failures() == ()
    info = by_name(plugins)
    assert {n for n, i in info.items() if i.status == "ok"} == set(BUILTIN_PLUGINS)
    assert info["broken"].status == "disabled"
    assert info["broken"].error == "not listed in KMCORE_LOAD_PLUGINS"


def test_load_plugins_accepts_entry_point_or_distribution_names(site: Path) -> None:
    plugins = loaded(KMCORE_LOAD_PLUGINS=" journal , kmcore_test_backend ,nonesuch")
    ok = {i.name for i in plugins.plugin_info(builtins=False) if i.status == "ok"}
    assert ok == {"journal", "testbackend"}
    assert plugins.notes() == (
        "KMCORE_LOAD_PLUGINS names 'nonesuch', but no installed plugin has that name",)


def test_disable_plugins(site: Path) -> None:
    plugins = loaded(KMCORE_DISABLE_PLUGINS="broken,misspelled,exits,kmcore-sharepoint")
    assert plugins.failures() == ()
    info = by_name(plugins)
    assert info["broken"].status == "disabled"
    assert info["broken"].error == "disabled by KMCORE_DISABLE_PLUGINS"
    assert info["journal"].status == "ok"
    # Blocked in pluggy as well, so it cannot sneak back in by name.
    with pytest.raises(PluginError, match="blocked"):
        plugins.register(JournalPlugin(), name="broken")


def test_trace_plugins(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plugins = loaded(KMCORE_TRACE_PLUGINS="1", KMCORE_LOAD_PLUGINS="journal,broken")
    plugins.notify_record_changed(
        kb=None,  # type: ignore[arg-type]
        change=RecordChange(op="add", record_type="lesson", record_id="x"),
    )
    err = capsys.readouterr().err
    assert "kmcore plugins: importing journal = kmcore_test_journal (kmcore-test-journal 1.0)" \
        in err
    assert "FAILED broken (import): RuntimeError: this plugin is broken on purpose" in err
    assert "calling kmcore_register_record_types(register) on journal" in err
    assert "skipping misspelled: not listed in KMCORE_LOAD_PLUGINS" in err


def test_no_trace_by_default(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    loaded(KMCORE_LOAD_PLUGINS="journal")
    assert "kmcore plugins:" not in capsys.readouterr().err


# --- asking for a backend ---------------------------------------------------------------------


def test_a_known_backend_that_is_not_installed_gives_the_pip_command() -> None:
    with pytest.raises(BackendNotInstalled) as info:
        make_plugins().backend("confluence")
    assert str(info.value) == "backend 'confluence' is not installed"
    assert info.value.hint == "Install it with: pip install kmcore-confluence"
    assert KNOWN_BACKENDS["sharepoint"].install_command == "pip install kmcore-sharepoint"


def test_a_backend_whose_plugin_failed_quotes_the_cause(site: Path) -> None:
    plugins = loaded()
    with pytest.raises(PluginError) as info:
        plugins.backend("sharepoint")
    message = str(info.value)
    assert message.startswith("backend 'sharepoint' is unavailable because plugin 'sharepoint' "
                              "(kmcore-sharepoint 1.0) failed to load")
    assert "No module named 'kmcore_test_no_such_dependency'" in message
    assert plugins.backend("testtarget").name == "testtarget"  # unrelated work goes on


def test_a_backend_whose_plugin_is_disabled_says_so(site: Path) -> None:
    with pytest.raises(PluginError, match="plugin 'sharepoint' is disabled by KMCORE_DISABLE"):
        loaded(KMCORE_DISABLE_PLUGINS="sharepoint").backend("sharepoint")


def test_an_unknown_backend_lists_the_available_ones() -> None:
    with pytest.raises(NotFound) as info:
        make_plugins().backend("locall")
    assert str(info.value) == "there is no backend called 'locall'"
    assert info.value.hint is not None
    assert info.value.hint.startswith("Did you mean 'local'? Installed: ")
    assert "local" in info.value.hint.split("Installed: ")[1]


def test_a_backend_of_the_wrong_kind() -> None:
    with pytest.raises(ConfigError, match="backend 'local' is a store, not a target"):
        make_plugins().backend("local", kind="target")


def test_load_factory_failure_names_backend_plugin_and_cause() -> None:
    spec = BackendSpec(name="sharepoint", kind="target", factory="kmcore_nope.mod:Target",
                       plugin="sharepoint")
    with pytest.raises(PluginError) as info:
        load_factory(spec)
    assert str(info.value) == (
        "backend 'sharepoint' (from plugin 'sharepoint') cannot be loaded from "
        "'kmcore_nope.mod:Target': ModuleNotFoundError: No module named 'kmcore_nope'"
    )
    assert "pip install --upgrade --force-reinstall kmcore-sharepoint" in (info.value.hint or "")
    with pytest.raises(PluginError, match="is a str, not a class or function"):
        load_factory(attrs.evolve(spec, factory="kmcore.plugins:GROUP"))


# --- the test kit -----------------------------------------------------------------------------


def test_register_plugin_unregisters_even_when_the_test_fails() -> None:
    plugins = make_plugins()
    with pytest.raises(ZeroDivisionError), register_plugin(CommandsPlugin(), name="tmp",
                                                          plugins=plugins):
        1 / 0  # noqa: B018
    assert plugins.pm.get_plugin("tmp") is None
    assert plugins.unregister("tmp") is None


def test_register_plugin_defaults_to_the_process_wide_registry() -> None:
    with use_plugins(make_plugins()) as plugins, register_plugin(Recorder()) as used:
        assert used is plugins
        assert "Recorder" in by_name(plugins)


def test_hook_names_match_the_hookspecs() -> None:
    assert hook_names() == sorted(
        name for name in dir(make_plugins().pm.hook) if name.startswith("kmcore_")
    )
