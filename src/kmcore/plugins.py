"""Finding, loading and asking plugins: the one place kmcore talks to pluggy.

Nothing happens at import: the plugin manager is built and plugins are loaded the first time
something needs them (:func:`get_plugins`, opening a knowledge base, most CLI commands).

Loading, in order:

1. external plugins, from entry points in the ``kmcore`` group, one at a time, sorted by
   name. Each import, registration and hook-name check (``check_pending``) is guarded: a
   plugin that fails is recorded as a :class:`PluginFailure` and set aside, and the rest load.
2. the built-in plugins (:data:`kmcore.builtin.BUILTIN_PLUGINS`), through the same hooks.
3. every plugin's ``kmcore_register_*`` hooks, called plugin by plugin so each contribution is
   validated and recorded against the plugin that made it. A plugin whose registration fails
   contributes nothing and is recorded as failed; a duplicate name fails the *second* plugin,
   and built-ins are collected first, so a built-in name always wins.

Switches, read from the environment when loading:

``KMCORE_LOAD_PLUGINS``
    comma-separated plugin names (entry-point or distribution names): load only these.
    Set but empty: load no external plugins (the built-ins always load).
``KMCORE_DISABLE_PLUGINS``
    comma-separated plugin names not to load.
``KMCORE_TRACE_PLUGINS=1``
    print each loading step and hook call on stderr.
"""

from __future__ import annotations

import difflib
import functools
import importlib
import logging
import os
import re
import sys
import threading
import traceback as tb
from collections.abc import Callable, Iterable, Mapping, Sequence
from importlib import metadata
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal

import attrs
import pluggy

from kmcore import hookspecs
from kmcore.builtin import BUILTIN_PLUGINS
from kmcore.errors import BackendNotInstalled, ConfigError, KmcoreError, NotFound, PluginError

if TYPE_CHECKING:
    import click

    from kmcore.events import RecordChange
    from kmcore.kb import KnowledgeBase
    from kmcore.specs import BackendSpec, RecordTypeSpec

__all__ = [
    "BACKEND_KINDS",
    "ENV_DISABLE",
    "ENV_LOAD",
    "ENV_TRACE",
    "GROUP",
    "KNOWN_BACKENDS",
    "HookFailure",
    "KnownBackend",
    "PluginFailure",
    "PluginInfo",
    "Plugins",
    "get_plugins",
    "hook_names",
    "load_factory",
    "set_plugins",
]

log = logging.getLogger("kmcore.plugins")

#: The pluggy project name and the entry-point group plugins declare.
GROUP = "kmcore"
ENV_LOAD = "KMCORE_LOAD_PLUGINS"
ENV_DISABLE = "KMCORE_DISABLE_PLUGINS"
ENV_TRACE = "KMCORE_TRACE_PLUGINS"

#: What a backend can be: a ``store`` holds records, a ``target`` receives published ones.
BACKEND_KINDS: tuple[str, ...] = ("store", "target")

_RECORD_TYPE_NAME = re.compile(r"[a-z][a-z0-9_]{0,39}\Z")
_BACKEND_NAME = re.compile(r"[a-z][a-z0-9_-]{0,39}\Z")
_DOTTED = r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*"
_FACTORY_PATH = re.compile(rf"{_DOTTED}:{_DOTTED}\Z")

# Where a failure happened; shown to users, so plain words.
Stage = Literal["import", "register", "hooks", "registration", "commands"]


@attrs.frozen
class KnownBackend:
    """A backend kmcore knows of but does not ship: what to install to get it."""

    name: str
    distribution: str
    kind: str
    description: str

    @property
    def install_command(self) -> str:
        """The command that installs it, e.g. ``pip install kmcore-sharepoint``."""
        return f"pip install {self.distribution}"


#: Backends published as separate distributions, so that asking for one that is missing
#: gives the command to install it rather than "not found".
KNOWN_BACKENDS: Mapping[str, KnownBackend] = MappingProxyType(
    {
        "confluence": KnownBackend(
            "confluence", "kmcore-confluence", "target", "Confluence pages in a space."
        ),
        "sharepoint": KnownBackend(
            "sharepoint", "kmcore-sharepoint", "target", "SharePoint lists and pages."
        ),
        "postgres": KnownBackend(
            "postgres", "kmcore-postgres", "store", "A PostgreSQL database (many editors)."
        ),
    }
)


@attrs.frozen(kw_only=True)
class PluginFailure:
    """A plugin that could not be loaded or whose registrations were refused.

    :ivar name: the plugin's name (its entry-point name, or module name for a built-in).
    :ivar distribution: the installed distribution it came from (``kmcore-sharepoint``).
    :ivar version: that distribution's version.
    :ivar error: the cause, on one line (``ModuleNotFoundError: No module named 'msal'``).
    :ivar traceback: the full traceback, for ``kmcore doctor --json`` and bug reports.
    :ivar stage: ``import``, ``register`` (pluggy refused it), ``hooks`` (unknown hook
        names), ``registration`` (its ``register`` calls were refused) or ``commands``.
    :ivar hint: what to do about it.
    """

    name: str
    distribution: str | None = None
    version: str | None = None
    error: str
    traceback: str = ""
    stage: Stage = "import"
    builtin: bool = False
    hooks: tuple[str, ...] = ()
    hint: str | None = None

    @property
    def source(self) -> str:
        """``kmcore-sharepoint 1.2.0``, or a note that it is not from a distribution."""
        return _source_label(self.distribution, self.version)

    def as_error(self, what: str | None = None) -> PluginError:
        """A :class:`PluginError` quoting this failure, optionally about *what* needed it."""
        subject = f"plugin {self.name!r} ({self.source})"
        head = f"{what} is unavailable because {subject}" if what else subject
        return PluginError(f"{head} failed to load: {self.error}", hint=self.hint)


@attrs.frozen(kw_only=True)
class HookFailure:
    """An event hook implementation that raised; the event itself still happened.

    :ivar plugin: the plugin whose implementation raised.
    :ivar hook: the hook name (``kmcore_record_changed``).
    :ivar error: the exception on one line.
    :ivar exception: the exception itself, for callers that want to re-raise it.
    """

    plugin: str
    hook: str
    error: str
    traceback: str = ""
    exception: Exception | None = attrs.field(default=None, eq=False, repr=False)


@attrs.frozen(kw_only=True)
class PluginInfo:
    """One line of ``kmcore plugins``: a plugin and whether it works.

    :ivar status: ``ok``, ``failed`` (see :attr:`error`) or ``disabled`` (by a switch).
    :ivar hooks: the hooks it implements, when known.
    """

    name: str
    distribution: str | None
    version: str | None
    hooks: tuple[str, ...]
    builtin: bool
    status: Literal["ok", "failed", "disabled"]
    error: str | None = None
    hint: str | None = None
    traceback: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON output; the keys are stable for scripts."""
        data = attrs.asdict(self)
        data["hooks"] = list(self.hooks)
        return data


@attrs.frozen(kw_only=True)
class _Source:
    """Where a plugin came from; kept by us rather than read from pluggy's private state."""

    name: str
    distribution: str | None = None
    version: str | None = None
    builtin: bool = False
    reason: str | None = None  # why it was disabled, when it was


def _source_label(distribution: str | None, version: str | None) -> str:
    if distribution is None:
        return "not from an installed distribution"
    return f"{distribution} {version}" if version else distribution


def _canonical(name: str | None) -> str:
    return re.sub(r"[-_.]+", "-", name).lower() if name else ""


def _one_line(exc: BaseException, limit: int = 300) -> str:
    text = " ".join(str(exc).split())
    if not isinstance(exc, KmcoreError):
        text = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _format_traceback(exc: BaseException) -> str:
    return "".join(tb.format_exception(exc))


def _kmcore_version() -> str:
    from kmcore import __version__

    return __version__


def _names_tuple(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(names)


def hook_names() -> list[str]:
    """The names of every hook kmcore defines, sorted."""
    return sorted(name for name in vars(hookspecs) if name.startswith("kmcore_"))


def _switch(value: str | None) -> set[str] | None:
    if value is None:
        return None
    return {_canonical(part.strip()) for part in value.split(",") if part.strip()}


def load_factory(spec: BackendSpec, *, distribution: str | None = None) -> Callable[..., Any]:
    """The callable that builds *spec*'s backend, importing ``"module:attr"`` on first use.

    :param distribution: the distribution that provides it, for the install hint.
    :raises PluginError: the module cannot be imported or has no such callable; the message
        names the backend, its plugin and the cause.
    """
    factory = spec.factory
    if not isinstance(factory, str):
        return factory
    module_name, _, attr = factory.partition(":")
    what = f"backend {spec.name!r} (from plugin {spec.plugin or '?'!r})"
    known = KNOWN_BACKENDS.get(spec.name)
    dist = distribution or (known.distribution if known else None)
    hint = (
        f"Reinstall it with its dependencies: pip install --upgrade --force-reinstall {dist}"
        if dist
        else "Check that the plugin providing it is installed correctly (kmcore doctor)."
    )
    try:
        obj: Any = importlib.import_module(module_name)
        for part in attr.split("."):
            obj = getattr(obj, part)
    except Exception as exc:
        raise PluginError(f"{what} cannot be loaded from {factory!r}: {_one_line(exc)}",
                          hint=hint) from exc
    if not callable(obj):
        raise PluginError(f"{what}: {factory!r} is a {type(obj).__name__}, not a class or "
                          "function", hint=hint)
    return obj  # type: ignore[no-any-return]


@attrs.define
class Plugins:
    """The plugins of one process: the pluggy manager plus what each plugin contributed.

    Use the process-wide instance from :func:`get_plugins`. Build your own, e.g.
    ``Plugins(entry_points=False).load()``, for an isolated set in tests (see
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
    _tracing: bool = attrs.field(default=False, init=False, repr=False)
    _lock: threading.RLock = attrs.field(factory=threading.RLock, init=False, repr=False)
    # Plugins currently registered, in collection order (built-ins first), and their origin.
    _order: list[str] = attrs.field(factory=list, init=False, repr=False)
    _sources: dict[str, _Source] = attrs.field(factory=dict, init=False, repr=False)
    _failures: list[PluginFailure] = attrs.field(factory=list, init=False, repr=False)
    _disabled: list[_Source] = attrs.field(factory=list, init=False, repr=False)
    _notes: list[str] = attrs.field(factory=list, init=False, repr=False)
    _record_types: dict[str, RecordTypeSpec] = attrs.field(factory=dict, init=False, repr=False)
    _backends: dict[str, BackendSpec] = attrs.field(factory=dict, init=False, repr=False)

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
            self._tracing = env.get(ENV_TRACE, "") not in ("", "0")
            if self._tracing:
                self.pm.add_hookcall_monitoring(self._trace_before, self._trace_after)
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
            source = _Source(name=name)
            failure = self._add(plugin, source)
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
            return dict(self._record_types)

    def backends(self, kind: str | None = None) -> dict[str, BackendSpec]:
        """Every installed backend, by name; only stores or targets if *kind* is given."""
        self.load()
        with self._lock:
            return {n: s for n, s in self._backends.items() if kind is None or s.kind == kind}

    def backend(self, name: str, *, kind: str | None = None) -> BackendSpec:
        """The backend called *name*.

        :raises BackendNotInstalled: it is a known backend (:data:`KNOWN_BACKENDS`) that is
            not installed; the hint is the ``pip install`` command.
        :raises PluginError: the plugin that provides it failed to load (the message quotes
            the cause) or is disabled by a switch.
        :raises ConfigError: it exists but is not of *kind*.
        :raises NotFound: nobody provides it; the hint lists the available ones.
        """
        self.load()
        spec = self._backends.get(name)
        if spec is not None:
            if kind is not None and spec.kind != kind:
                others = ", ".join(sorted(self.backends(kind))) or "(none installed)"
                raise ConfigError(
                    f"backend {name!r} is a {spec.kind}, not a {kind}",
                    hint=f"Use one of the {kind} backends: {others}.",
                )
            return spec
        known = KNOWN_BACKENDS.get(name)
        wanted = {_canonical(name), _canonical(f"kmcore-{name}")}
        if known is not None:
            wanted.add(_canonical(known.distribution))
        for failure in self._failures:
            if wanted & {_canonical(failure.name), _canonical(failure.distribution)}:
                raise failure.as_error(f"backend {name!r}")
        for source in self._disabled:
            if wanted & {_canonical(source.name), _canonical(source.distribution)}:
                raise PluginError(
                    f"backend {name!r} is unavailable because plugin {source.name!r} is "
                    f"{source.reason}",
                    hint=f"Change {ENV_LOAD} / {ENV_DISABLE} to let it load.",
                )
        if known is not None:
            raise BackendNotInstalled(
                f"backend {name!r} is not installed",
                hint=f"Install it with: {known.install_command}",
            )
        available = sorted(self.backends(kind))
        guess = difflib.get_close_matches(name, [*available, *KNOWN_BACKENDS], n=1)
        hint = f"Did you mean {guess[0]!r}? " if guess else ""
        raise NotFound(
            f"there is no backend called {name!r}",
            hint=f"{hint}Installed: {', '.join(available) or '(none)'}; "
            "`kmcore backends` lists them all.",
        )

    def load_factory(self, spec: BackendSpec) -> Callable[..., Any]:
        """The callable that builds *spec*'s backend; see the module-level :func:`load_factory`."""
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
            found: list[PluginInfo] = []
            for name in self._order:
                source = self._sources[name]
                found.append(PluginInfo(
                    name=name, distribution=source.distribution, version=source.version,
                    hooks=self._hooks_of(self.pm.get_plugin(name)), builtin=source.builtin,
                    status="ok",
                ))
            for failure in self._failures:
                found.append(PluginInfo(
                    name=failure.name, distribution=failure.distribution,
                    version=failure.version, hooks=failure.hooks, builtin=failure.builtin,
                    status="failed", error=failure.error, hint=failure.hint,
                    traceback=failure.traceback or None,
                ))
            for source in self._disabled:
                found.append(PluginInfo(
                    name=source.name, distribution=source.distribution,
                    version=source.version, hooks=(), builtin=False, status="disabled",
                    error=source.reason,
                ))
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
            for name in list(self._order):
                plugin = self.pm.get_plugin(name)
                if "kmcore_register_commands" not in self._hooks_of(plugin):
                    continue
                before = dict(cli.commands)
                try:
                    self._call_one(plugin, "kmcore_register_commands", cli=cli)
                    replaced = sorted(c for c in before if cli.commands.get(c) is not before[c])
                    if replaced:
                        raise PluginError(
                            f"it tried to replace the command(s) {', '.join(replaced)}",
                            hint="A plugin may add commands but not replace existing ones; "
                            "rename the plugin's command.",
                        )
                except Exception as exc:
                    cli.commands.clear()
                    cli.commands.update(before)
                    self._drop(name, self._failure(self._sources[name], exc, "commands"))

    def notify_record_changed(
        self, kb: KnowledgeBase, change: RecordChange
    ) -> list[HookFailure]:
        """Tell every plugin about *change* (call after the write is durable).

        Each plugin's implementation runs on its own: one that raises is logged on the
        ``kmcore.plugins`` logger and returned as a :class:`HookFailure`, and the others
        still run. The caller decides how to surface the failures; the write stands.
        """
        return self._notify("kmcore_record_changed", kb=kb, change=change)

    def _notify(self, hook_name: str, **kwargs: Any) -> list[HookFailure]:
        caller = getattr(self.load().pm.hook, hook_name)
        failures: list[HookFailure] = []
        # get_hookimpls() is in reverse call order; keep pluggy's order (and skip wrappers,
        # which are called with their own plugin's implementation anyway).
        names = dict.fromkeys(
            impl.plugin_name for impl in reversed(caller.get_hookimpls())
            if not (impl.wrapper or impl.hookwrapper)
        )
        for name in names:
            plugin = self.pm.get_plugin(name)
            if plugin is None:
                continue
            try:
                self._call_one(plugin, hook_name, **kwargs)
            except Exception as exc:
                log.warning("kmcore plugin %r failed in %s: %s", name, hook_name, _one_line(exc),
                            exc_info=exc)
                failures.append(HookFailure(plugin=name, hook=hook_name, error=_one_line(exc),
                                            traceback=_format_traceback(exc), exception=exc))
        return failures

    # --- loading -------------------------------------------------------------------------

    def _load_entry_points(self, env: Mapping[str, str]) -> None:
        only = _switch(env.get(ENV_LOAD))
        disabled = _switch(env.get(ENV_DISABLE)) or set()
        matched: set[str] = set()
        entry_points = sorted(metadata.entry_points(group=GROUP), key=lambda ep: ep.name)
        for ep in entry_points:
            dist = ep.dist
            source = _Source(
                name=ep.name,
                distribution=dist.name if dist is not None else None,
                version=dist.version if dist is not None else None,
            )
            keys = {_canonical(ep.name), _canonical(source.distribution)} - {""}
            matched |= keys
            if keys & disabled:
                self._disable(source, f"disabled by {ENV_DISABLE}")
                continue
            if only is not None and not keys & only:
                self._disable(source, f"not listed in {ENV_LOAD}")
                continue
            if ep.name in self._sources:
                first = self._sources[ep.name]
                self._record(PluginFailure(
                    name=ep.name, distribution=source.distribution, version=source.version,
                    error=f"the plugin name {ep.name!r} is already used by "
                    f"{_source_label(first.distribution, first.version)}",
                    stage="register",
                    hint="Uninstall one of the two distributions.",
                ))
                continue
            label = _source_label(source.distribution, source.version)
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
        for variable, names in ((ENV_LOAD, only or set()), (ENV_DISABLE, disabled)):
            for name in sorted(names - matched):
                self._notes.append(f"{variable} names {name!r}, but no installed plugin has "
                                   "that name")

    def _load_builtin(self, module_name: str) -> None:
        source = _Source(name=module_name, distribution="kmcore", version=_kmcore_version(),
                         builtin=True)
        try:
            module = importlib.import_module(module_name)
        except Exception as exc:
            self._record(self._failure(source, exc, "import"))
            return
        failure = self._add(module, source)
        if failure is not None:
            self._record(failure)

    def _add(self, plugin: object, source: _Source) -> PluginFailure | None:
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
            unknown = self._unknown_hooks(plugin)
            hooks = self._hooks_of(plugin)
            pm.unregister(name=source.name)
            return self._failure(source, self._unknown_hooks_error(source.name, unknown),
                                 "hooks", hooks=hooks)
        self._sources[source.name] = source
        self._order.append(source.name)
        self._trace(f"registered {source.name}: {', '.join(self._hooks_of(plugin)) or 'no hooks'}")
        return None

    def _collect(self, name: str) -> PluginFailure | None:
        """Run one plugin's registration hooks; keep its contributions only if all succeed."""
        plugin = self.pm.get_plugin(name)
        types: dict[str, RecordTypeSpec] = {}
        backends: dict[str, BackendSpec] = {}
        try:
            self._call_one(plugin, "kmcore_register_record_types",
                           register=functools.partial(self._check_record_type, name, types))
            self._call_one(plugin, "kmcore_register_backends",
                           register=functools.partial(self._check_backend, name, backends))
        except Exception as exc:
            return self._failure(self._sources[name], exc, "registration")
        self._record_types.update(types)
        self._backends.update(backends)
        return None

    def _call_one(self, plugin: object, hook_name: str, **kwargs: Any) -> None:
        """Call one plugin's implementation of a hook, through pluggy (so tracing applies)."""
        if hook_name not in self._hooks_of(plugin):
            return
        others = [p for p in self.pm.get_plugins() if p is not plugin]
        self.pm.subset_hook_caller(hook_name, remove_plugins=others)(**kwargs)

    def _check_record_type(
        self, plugin: str, staged: dict[str, RecordTypeSpec], spec: object
    ) -> None:
        """The ``register`` callback of ``kmcore_register_record_types``."""
        from kmcore.ids import id_problem
        from kmcore.records.base import Record
        from kmcore.specs import RecordTypeSpec

        if not isinstance(spec, RecordTypeSpec):
            raise PluginError(
                f"plugin {plugin!r} passed a {type(spec).__name__} to register() in "
                "kmcore_register_record_types; expected a kmcore.RecordTypeSpec",
                hint="Build the spec with kmcore.RecordTypeSpec(name=..., cls=..., ...).",
            )
        problems = []
        if not isinstance(spec.name, str) or not _RECORD_TYPE_NAME.match(spec.name):
            problems.append("the name must be 1-40 lower-case letters, digits or '_', "
                            "starting with a letter")
        if not (isinstance(spec.cls, type) and issubclass(spec.cls, Record)):
            problems.append(f"cls must be a subclass of kmcore.Record, not {spec.cls!r}")
        elif spec.cls.record_type != spec.name:
            problems.append(f"{spec.cls.__name__}.record_type is {spec.cls.record_type!r}; "
                            "it must equal the spec's name")
        reason = id_problem(spec.folder)
        if reason:
            problems.append(f"the folder {spec.folder!r} {reason}")
        for field in ("label", "plural"):
            value = getattr(spec, field)
            if not isinstance(value, str) or not value.strip():
                problems.append(f"{field} must be non-empty text")
        if problems:
            raise PluginError(
                f"plugin {plugin!r} registered an invalid record type {spec.name!r}: "
                + "; ".join(problems),
                hint="Fix the RecordTypeSpec in the plugin's kmcore_register_record_types.",
            )
        for taken in (self._record_types, staged):
            clash = taken.get(spec.name) or next(
                (s for s in taken.values() if s.folder == spec.folder), None
            )
            if clash is not None:
                owner = clash.plugin or plugin
                what = f"name {spec.name!r}" if clash.name == spec.name else \
                    f"folder {spec.folder!r}"
                raise PluginError(
                    f"plugin {plugin!r} registered record type {spec.name!r}, but the {what} "
                    f"is already taken by plugin {owner!r}"
                    + (" (it registered it twice)" if owner == plugin else ""),
                    hint=f"Rename the record type, or disable one plugin with {ENV_DISABLE}.",
                )
        staged[spec.name] = attrs.evolve(spec, plugin=plugin)

    def _check_backend(self, plugin: str, staged: dict[str, BackendSpec], spec: object) -> None:
        """The ``register`` callback of ``kmcore_register_backends``."""
        from kmcore.specs import BackendSpec

        if not isinstance(spec, BackendSpec):
            raise PluginError(
                f"plugin {plugin!r} passed a {type(spec).__name__} to register() in "
                "kmcore_register_backends; expected a kmcore.BackendSpec",
                hint="Build the spec with kmcore.BackendSpec(name=..., kind=..., factory=...).",
            )
        problems = []
        if not isinstance(spec.name, str) or not _BACKEND_NAME.match(spec.name):
            problems.append("the name must be 1-40 lower-case letters, digits, '-' or '_', "
                            "starting with a letter")
        if spec.kind not in BACKEND_KINDS:
            problems.append(f"the kind must be 'store' or 'target', not {spec.kind!r}")
        if isinstance(spec.factory, str):
            if not _FACTORY_PATH.match(spec.factory):
                problems.append(f"the factory {spec.factory!r} is not a 'package.module:attr' "
                                "import path")
        elif not callable(spec.factory):
            problems.append("the factory must be callable or a 'package.module:attr' path")
        if problems:
            raise PluginError(
                f"plugin {plugin!r} registered an invalid backend {spec.name!r}: "
                + "; ".join(problems),
                hint="Fix the BackendSpec in the plugin's kmcore_register_backends.",
            )
        clash = self._backends.get(spec.name) or staged.get(spec.name)
        if clash is not None:
            owner = clash.plugin or plugin
            raise PluginError(
                f"plugin {plugin!r} registered backend {spec.name!r}, which plugin {owner!r} "
                "already registered" + (" (it registered it twice)" if owner == plugin else ""),
                hint=f"Uninstall or disable ({ENV_DISABLE}) one of the two plugins.",
            )
        staged[spec.name] = attrs.evolve(spec, plugin=plugin)

    # --- bookkeeping ---------------------------------------------------------------------

    def _failure(
        self, source: _Source, exc: BaseException, stage: Stage, *, hooks: Sequence[str] = ()
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
        trace = "" if isinstance(exc, PluginError) and stage == "hooks" else _format_traceback(exc)
        return PluginFailure(
            name=source.name, distribution=source.distribution, version=source.version,
            error=_one_line(exc), traceback=trace, stage=stage, builtin=source.builtin,
            hooks=tuple(hooks), hint=hint,
        )

    def _record(self, failure: PluginFailure) -> None:
        self._failures.append(failure)
        self._trace(f"FAILED {failure.name} ({failure.stage}): {failure.error}")
        log.warning("kmcore plugin %r (%s) failed to load: %s", failure.name, failure.source,
                    failure.error)

    def _drop(self, name: str, failure: PluginFailure) -> None:
        hooks = self._hooks_of(self.pm.get_plugin(name))
        self._forget(name)
        self._record(attrs.evolve(failure, hooks=failure.hooks or hooks))

    def _forget(self, name: str) -> object | None:
        plugin = self.pm.unregister(name=name)
        self._sources.pop(name, None)
        if name in self._order:
            self._order.remove(name)
        self._record_types = {n: s for n, s in self._record_types.items() if s.plugin != name}
        self._backends = {n: s for n, s in self._backends.items() if s.plugin != name}
        return plugin

    def _disable(self, source: _Source, reason: str) -> None:
        # Blocked in pluggy too, so that registering it by hand later is refused as well.
        self.pm.set_blocked(source.name)
        self._disabled.append(attrs.evolve(source, reason=reason))
        self._trace(f"skipping {source.name}: {reason}")

    def _hooks_of(self, plugin: object) -> tuple[str, ...]:
        callers = self.pm.get_hookcallers(plugin) if plugin is not None else None
        return tuple(sorted({caller.name for caller in callers or ()}))

    def _unknown_hooks(self, plugin: object) -> list[str]:
        return sorted(
            caller.name
            for caller in self.pm.get_hookcallers(plugin) or ()
            if not caller.has_spec()
            and any(i.plugin is plugin and not i.optionalhook for i in caller.get_hookimpls())
        )

    def _unknown_hooks_error(self, name: str, unknown: Iterable[str]) -> PluginError:
        known = hook_names()
        described = []
        for hook_name in unknown:
            guess = difflib.get_close_matches(hook_name, known, n=1)
            described.append(f"{hook_name} (did you mean {guess[0]}?)" if guess else hook_name)
        return PluginError(
            f"plugin {name!r} implements hooks kmcore {_kmcore_version()} does not have: "
            + ", ".join(described),
            hint="Correct the hook name in the plugin, or upgrade kmcore if the plugin needs "
            "a newer version (pip install --upgrade kmcore).",
        )

    # --- tracing (KMCORE_TRACE_PLUGINS=1) -------------------------------------------------

    def _trace(self, message: str) -> None:
        if self._tracing:
            print(f"kmcore plugins: {message}", file=sys.stderr, flush=True)

    def _trace_before(
        self, hook_name: str, impls: Sequence[pluggy.HookImpl], kwargs: Mapping[str, Any]
    ) -> None:
        self._trace(f"calling {hook_name}({', '.join(kwargs)}) on "
                    f"{', '.join(i.plugin_name for i in impls) or 'no plugins'}")

    def _trace_after(
        self,
        outcome: pluggy.Result[Any],
        hook_name: str,
        impls: Sequence[pluggy.HookImpl],
        kwargs: Mapping[str, Any],
    ) -> None:
        if outcome.exception is not None:
            self._trace(f"{hook_name} raised {_one_line(outcome.exception)}")


_instance: Plugins | None = None
_instance_lock = threading.Lock()


def get_plugins() -> Plugins:
    """The process-wide :class:`Plugins`, loaded on first use."""
    global _instance
    with _instance_lock:
        if _instance is None:
            _instance = Plugins()
        plugins = _instance
    return plugins.load()


def set_plugins(plugins: Plugins | None) -> Plugins | None:
    """Make *plugins* the process-wide instance (None: build a fresh one on next use).

    For tests; returns the previous instance so it can be put back
    (:func:`kmcore.testing.plugins.use_plugins` does this for you).
    """
    global _instance
    with _instance_lock:
        previous, _instance = _instance, plugins
    return previous
