"""The plugins of one process: :class:`Plugins`, the pluggy manager plus what each contributed.

Loading, in order:

1. external plugins, from entry points in the ``kmcore`` group
   (:mod:`kmcore.plugins.discovery`), one at a time, sorted by name. Each import,
   registration and hook-name check (``check_pending``) is guarded: a plugin that fails is
   recorded as a :class:`~kmcore.plugins.failures.PluginFailure` and set aside, and the
   rest load.
2. the built-in plugins (:data:`kmcore.builtin.BUILTIN_PLUGINS`), through the same hooks.
3. every plugin's ``kmcore_register_*`` hooks, called plugin by plugin so each contribution is
   validated and recorded against the plugin that made it (:mod:`~kmcore.plugins.registry`).
   A plugin whose registration fails contributes nothing and is recorded as failed; a
   duplicate name fails the *second* plugin, and built-ins are collected first, so a
   built-in name always wins.
"""

from __future__ import annotations

import importlib
import os
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs
import pluggy

from kmcore import hookspecs
from kmcore.builtin import BUILTIN_PLUGINS
from kmcore.errors import ConfigError, KmcoreError, PluginError
from kmcore.plugins import calls
from kmcore.plugins.backends import load_factory, missing_backend
from kmcore.plugins.commands import add_commands
from kmcore.plugins.discovery import ENV_DISABLE, GROUP, find_entry_points
from kmcore.plugins.failures import (
    HookFailure,
    PluginFailure,
    PluginInfo,
    Source,
    Stage,
    format_traceback,
    one_line,
    source_label,
)
from kmcore.plugins.registry import Registry
from kmcore.plugins.tracing import ENV_TRACE, Tracer

if TYPE_CHECKING:
    import click

    from kmcore.events import RecordChange
    from kmcore.kb import KnowledgeBase
    from kmcore.specs import BackendSpec, RecordTypeSpec
    from kmcore.sync.model import TargetConfig
    from kmcore.sync.report import RunReport

__all__ = ["Plugins"]


def _kmcore_version() -> str:
    from kmcore import __version__

    return __version__


def _names_tuple(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(names)


@attrs.define
class Plugins:
    """The plugins of one process: the pluggy manager plus what each plugin contributed.

    Use the process-wide instance from :func:`kmcore.plugins.get_plugins`. Build your own,
    e.g. ``Plugins(entry_points=False).load()``, for an isolated set in tests (see
    :mod:`kmcore.testing.plugins`).

    :param builtins: module names of the built-in plugins to register.
    :param entry_points: whether to load external plugins from entry points at all.
    :param environ: where to read the ``KMCORE_*_PLUGINS`` switches; ``os.environ`` if None.
    """

    builtins: tuple[str, ...] = attrs.field(default=BUILTIN_PLUGINS, converter=_names_tuple)
    entry_points: bool = True
    environ: Mapping[str, str] | None = None

    _pm: pluggy.PluginManager | None = attrs.field(default=None, init=False, repr=False)
    _loaded: bool = attrs.field(default=False, init=False)
    _trace: Tracer = attrs.field(factory=Tracer, init=False, repr=False)
    _lock: threading.RLock = attrs.field(factory=threading.RLock, init=False, repr=False)
    # Plugins currently registered, in collection order (built-ins first), and their origin.
    _order: list[str] = attrs.field(factory=list, init=False, repr=False)
    _sources: dict[str, Source] = attrs.field(factory=dict, init=False, repr=False)
    _failures: list[PluginFailure] = attrs.field(factory=list, init=False, repr=False)
    _disabled: list[Source] = attrs.field(factory=list, init=False, repr=False)
    _notes: list[str] = attrs.field(factory=list, init=False, repr=False)
    _registry: Registry = attrs.field(factory=Registry, init=False, repr=False)

    # --- the manager ---------------------------------------------------------------------

    @property
    def pm(self) -> pluggy.PluginManager:
        """The pluggy manager, with kmcore's hookspecs added; plugins may not be loaded yet."""
        if self._pm is None:
            pm = pluggy.PluginManager(GROUP)
            pm.add_hookspecs(hookspecs)
            self._pm = pm
        return self._pm

    @property
    def hook(self) -> pluggy.HookRelay:
        """``pm.hook``, after loading. Prefer the methods below, which isolate plugins."""
        return self.load().pm.hook

    def load(self) -> Plugins:
        """Load every plugin, once; later calls return at once. Never raises for a plugin."""
        with self._lock:
            if self._loaded:
                return self
            # Set first: a plugin that calls get_plugins() while it is being imported must
            # get this (partly loaded) instance rather than start loading all over again.
            self._loaded = True
            env = os.environ if self.environ is None else self.environ
            if env.get(ENV_TRACE, "") not in ("", "0"):
                self._trace.switch_on(self.pm)
            if self.entry_points:
                self._load_entry_points(env)
            # Built-ins are registered last so that pluggy, which calls the most recent
            # registration first, runs them first when a hook is called directly.
            for module_name in self.builtins:
                self._load_builtin(module_name)
            # ...but they are *collected* first, so a built-in name always wins a clash.
            self._order.sort(key=lambda name: not self._sources[name].builtin)
            for name in list(self._order):
                failure = self._collect(name)
                if failure is not None:
                    self._drop(name, failure)
        return self

    def register(self, plugin: object, name: str | None = None) -> str:
        """Register an in-process plugin (an object or module with ``@hookimpl`` functions).

        For code that uses kmcore as a library and has no entry point to declare, and for
        tests (see :func:`kmcore.testing.plugins.register_plugin`). Its registration hooks
        are called at once.

        :return: the name it was registered under (*name*, or the object's ``__name__``).
        :raises PluginError: pluggy refused it, it implements an unknown hook, or a
            ``register`` call was refused; nothing it registered is kept.
        """
        self.load()
        name = name or getattr(plugin, "__name__", None) or type(plugin).__name__
        with self._lock:
            failure = self._add(plugin, Source(name=name))
            if failure is None:
                failure = self._collect(name)
                if failure is not None:
                    self._forget(name)
            if failure is not None:
                # Our own messages already start "plugin 'name' ..."; others need the name.
                named = failure.error.startswith(f"plugin {name!r}")
                message = failure.error if named else f"plugin {name!r}: {failure.error}"
                raise PluginError(message, hint=failure.hint)
        return name

    def unregister(self, name: str) -> object | None:
        """Remove a plugin and everything it registered; return it (None if unknown)."""
        with self._lock:
            if self.pm.get_plugin(name) is None:
                return None
            return self._forget(name)

    # --- queries -------------------------------------------------------------------------

    def record_types(self) -> dict[str, RecordTypeSpec]:
        """Every record type, by name (a copy: changing it changes nothing)."""
        self.load()
        with self._lock:
            return dict(self._registry.record_types)

    def backends(self, kind: str | None = None) -> dict[str, BackendSpec]:
        """Every installed backend, by name; only stores or targets if *kind* is given."""
        self.load()
        with self._lock:
            return {n: s for n, s in self._registry.backends.items()
                    if kind is None or s.kind == kind}

    def backend(self, name: str, *, kind: str | None = None) -> BackendSpec:
        """The backend called *name*.

        :raises BackendNotInstalled: it is a known backend
            (:data:`~kmcore.plugins.KNOWN_BACKENDS`) that is not installed; the hint is the
            ``pip install`` command.
        :raises PluginError: the plugin that provides it failed to load (the message quotes
            the cause) or is disabled by a switch.
        :raises ConfigError: it exists but is not of *kind*.
        :raises NotFound: nobody provides it; the hint lists the available ones.
        """
        self.load()
        spec = self._registry.backends.get(name)
        if spec is None:
            raise missing_backend(name, available=self.backends(kind), failures=self._failures,
                                  disabled=self._disabled)
        if kind is not None and spec.kind != kind:
            others = ", ".join(sorted(self.backends(kind))) or "(none installed)"
            raise ConfigError(f"backend {name!r} is a {spec.kind}, not a {kind}",
                              hint=f"Use one of the {kind} backends: {others}.")
        return spec

    def load_factory(self, spec: BackendSpec) -> Callable[..., Any]:
        """The callable that builds *spec*'s backend; see :func:`kmcore.plugins.load_factory`."""
        source = self._sources.get(spec.plugin)
        return load_factory(spec, distribution=source.distribution if source else None)

    def failures(self) -> tuple[PluginFailure, ...]:
        """Every plugin that failed to load or register, in the order it happened."""
        self.load()
        with self._lock:
            return tuple(self._failures)

    def notes(self) -> tuple[str, ...]:
        """Warnings about the switches, e.g. a name in ``KMCORE_LOAD_PLUGINS`` nobody has."""
        self.load()
        return tuple(self._notes)

    def plugin_info(self, *, builtins: bool = True) -> list[PluginInfo]:
        """Every plugin, loaded, failed or disabled: external ones first, then built-ins."""
        self.load()
        with self._lock:
            found = [
                PluginInfo(name=name, distribution=source.distribution,
                           version=source.version, hooks=self._hooks_of(name),
                           builtin=source.builtin, status="ok")
                for name, source in ((n, self._sources[n]) for n in self._order)
            ]
            found += [
                PluginInfo(name=f.name, distribution=f.distribution, version=f.version,
                           hooks=f.hooks, builtin=f.builtin, status="failed", error=f.error,
                           hint=f.hint, traceback=f.traceback or None)
                for f in self._failures
            ]
            found += [
                PluginInfo(name=s.name, distribution=s.distribution, version=s.version,
                           hooks=(), builtin=False, status="disabled", error=s.reason)
                for s in self._disabled
            ]
        found = [info for info in found if builtins or not info.builtin]
        return sorted(found, key=lambda info: (info.builtin, info.name))

    # --- calling hooks -------------------------------------------------------------------

    def register_commands(self, cli: click.Group) -> None:
        """Call ``kmcore_register_commands(cli=...)`` plugin by plugin.

        A plugin that raises, or replaces a command already in ``cli.commands``, has its
        additions undone and is recorded as failed (and set aside); the others still add theirs.
        """
        self.load()
        with self._lock:
            for name, exc in add_commands(self.pm, list(self._order), cli):
                self._drop(name, self._failure(self._sources[name], exc, "commands"))

    def listens(self, hook_name: str) -> bool:
        """Whether any plugin implements the event hook *hook_name*, so that an event told
        with :func:`calls.notify` reaches one (wrappers alone are not called by it). A caller
        with an event for each of many records (an import's) makes none when nobody listens
        (D1172)."""
        caller = getattr(self.load().pm.hook, hook_name)
        return any(not (impl.wrapper or impl.hookwrapper) for impl in caller.get_hookimpls())

    def notify_record_changed(
        self, kb: KnowledgeBase, change: RecordChange
    ) -> list[HookFailure]:
        """Tell every plugin about *change* (call after the write is durable).

        Each plugin's implementation runs on its own: one that raises is logged on the
        ``kmcore.plugins`` logger and returned as a :class:`HookFailure`, and the others
        still run. The caller decides how to surface the failures; the write stands.
        """
        return calls.notify(self.load().pm, "kmcore_record_changed", kb=kb, change=change)

    def notify_after_sync(
        self, kb: KnowledgeBase, target: TargetConfig, report: RunReport
    ) -> list[HookFailure]:
        """Tell every plugin that a sync to *target* ended (``kmcore_after_sync``).

        As :meth:`notify_record_changed`: each plugin on its own, failures logged and
        returned, the others still run.
        """
        return calls.notify(self.load().pm, "kmcore_after_sync", kb=kb, target=target,
                            report=report)

    # --- loading -------------------------------------------------------------------------

    def _load_entry_points(self, env: Mapping[str, str]) -> None:
        found = find_entry_points(env)
        for source in found.disabled:
            # Blocked in pluggy too, so that registering it by hand later is refused as well.
            self.pm.set_blocked(source.name)
            self._disabled.append(source)
            self._trace(f"skipping {source.name}: {source.reason}")
        for source, ep in found.candidates:
            if ep.name in self._sources:
                first = self._sources[ep.name]
                self._record(PluginFailure(
                    name=ep.name, distribution=source.distribution, version=source.version,
                    error=f"the plugin name {ep.name!r} is already used by "
                    f"{source_label(first.distribution, first.version)}",
                    stage="register",
                    hint="Uninstall one of the two distributions.",
                ))
                continue
            label = source_label(source.distribution, source.version)
            self._trace(f"importing {ep.name} = {ep.value} ({label})")
            try:
                plugin = ep.load()
            # SystemExit too: a plugin calling sys.exit() on import must not end kmcore.
            except (Exception, SystemExit) as exc:
                self._record(self._failure(source, exc, "import"))
                continue
            failure = self._add(plugin, source)
            if failure is not None:
                self._record(failure)
        self._notes.extend(found.notes)

    def _load_builtin(self, module_name: str) -> None:
        source = Source(name=module_name, distribution="kmcore", version=_kmcore_version(),
                        builtin=True)
        try:
            module = importlib.import_module(module_name)
        except Exception as exc:
            self._record(self._failure(source, exc, "import"))
            return
        failure = self._add(module, source)
        if failure is not None:
            self._record(failure)

    def _add(self, plugin: object, source: Source) -> PluginFailure | None:
        """Register with pluggy and check its hook names; on failure, leave no trace."""
        pm = self.pm
        try:
            if pm.register(plugin, name=source.name) is None:
                raise PluginError(f"plugin {source.name!r} is blocked by {ENV_DISABLE}")
        except (pluggy.PluginValidationError, ValueError, KmcoreError) as exc:
            return self._failure(source, exc, "register")
        try:
            pm.check_pending()
        except pluggy.PluginValidationError:
            unknown = calls.unknown_hooks(pm, plugin)
            hooks = calls.hooks_of(pm, plugin)
            pm.unregister(name=source.name)
            error = calls.unknown_hooks_error(source.name, unknown, _kmcore_version())
            return self._failure(source, error, "hooks", hooks=hooks)
        self._sources[source.name] = source
        self._order.append(source.name)
        self._trace(f"registered {source.name}: "
                    f"{', '.join(calls.hooks_of(pm, plugin)) or 'no hooks'}")
        return None

    def _collect(self, name: str) -> PluginFailure | None:
        """Run one plugin's registration hooks; keep its contributions only if all succeed."""
        plugin = self.pm.get_plugin(name)
        staging = self._registry.staging(name)
        try:
            calls.call_one(self.pm, plugin, "kmcore_register_record_types",
                           register=staging.record_type)
            calls.call_one(self.pm, plugin, "kmcore_register_backends",
                           register=staging.backend)
        except Exception as exc:
            return self._failure(self._sources[name], exc, "registration")
        staging.commit()
        return None

    # --- bookkeeping ---------------------------------------------------------------------

    def _failure(
        self, source: Source, exc: BaseException, stage: Stage, *, hooks: Sequence[str] = ()
    ) -> PluginFailure:
        if isinstance(exc, KmcoreError) and exc.hint:
            hint = exc.hint
        elif source.builtin:
            hint = "This is a bug in kmcore; please report it with `kmcore doctor --json`."
        elif source.distribution:
            hint = (f"Upgrade or reinstall it (pip install --upgrade {source.distribution}), "
                    f"or turn it off with {ENV_DISABLE}={source.name}.")
        else:
            hint = "Fix the plugin, or stop registering it."
        # Our own PluginErrors already explain themselves; a traceback would only show kmcore.
        trace = "" if isinstance(exc, PluginError) and stage == "hooks" else format_traceback(exc)
        return PluginFailure(
            name=source.name, distribution=source.distribution, version=source.version,
            error=one_line(exc), traceback=trace, stage=stage, builtin=source.builtin,
            hooks=tuple(hooks), hint=hint,
        )

    def _record(self, failure: PluginFailure) -> None:
        self._failures.append(failure)
        self._trace(f"FAILED {failure.name} ({failure.stage}): {failure.error}")
        calls.log.warning("kmcore plugin %r (%s) failed to load: %s", failure.name,
                          failure.source, failure.error)

    def _drop(self, name: str, failure: PluginFailure) -> None:
        hooks = self._hooks_of(name)
        self._forget(name)
        self._record(attrs.evolve(failure, hooks=failure.hooks or hooks))

    def _forget(self, name: str) -> object | None:
        plugin = self.pm.unregister(name=name)
        self._sources.pop(name, None)
        if name in self._order:
            self._order.remove(name)
        self._registry.forget(name)
        return plugin

    def _hooks_of(self, name: str) -> tuple[str, ...]:
        return calls.hooks_of(self.pm, self.pm.get_plugin(name))
