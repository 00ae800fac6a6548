"""What plugins contribute: small attrs objects handed to a core-owned ``register`` callback.

:func:`check_record_type` and :func:`check_backend` check one spec on its own (the
registry, :mod:`kmcore.plugins.registry`, checks that its name is free).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Literal

import attrs

from kmcore.errors import PluginError
from kmcore.records.base import Record

__all__ = [
    "BACKEND_KINDS",
    "BackendSpec",
    "RecordClasses",
    "RecordTypeSpec",
    "check_backend",
    "check_record_type",
]


@attrs.frozen(kw_only=True)
class RecordTypeSpec:
    """A record type the knowledge base can hold.

    :ivar name: the type name stored in each file's ``type`` key (``innovation``).
    :ivar cls: the attrs record class (a subclass of :class:`kmcore.records.base.Record`
        whose ``record_type`` class variable equals ``name``), or its import path
        ``"package.module:Class"``: the module is then imported only when a record of the
        type is read or written, so a run that reads none (an unchanged ``kmcore sync``)
        does not pay for building the classes. Reading :attr:`cls` always gives the class.
    :ivar folder: the folder its files live in, inside the knowledge base (``innovations``).
    :ivar label: singular human label (``Innovation``); ``plural``: (``Innovations``).
    :ivar description: one sentence shown in prompts and the records reference.
    """

    name: str
    _cls: type[Record] | str = attrs.field(alias="cls")
    folder: str
    label: str
    plural: str
    description: str = ""
    plugin: str = ""  # filled in by the registry: which plugin registered it
    # The class once an import path was loaded (not compared: a spec is the same either way).
    _loaded: list[type[Record]] = attrs.field(factory=list, init=False, eq=False, repr=False)

    @property
    def cls(self) -> type[Record]:
        """The record class, imported on first use when the spec names it by path.

        :raises PluginError: the module cannot be imported, or what it names is not a record
            class of this type.
        """
        if not isinstance(self._cls, str):
            return self._cls
        if not self._loaded:
            self._loaded.append(_load_record_class(self))
        return self._loaded[0]

    @property
    def loaded(self) -> bool:
        """Whether the record class is imported already (always, for a spec given a class)."""
        return not isinstance(self._cls, str) or bool(self._loaded)


def _load_record_class(spec: RecordTypeSpec) -> type[Record]:
    import importlib

    path = str(spec._cls)
    module_name, _, attr = path.partition(":")
    what = f"record type {spec.name!r} (from plugin {spec.plugin or '?'!r})"
    hint = "Check that the plugin providing it is installed correctly (kmcore doctor)."
    try:
        obj: Any = importlib.import_module(module_name)
        for part in attr.split("."):
            obj = getattr(obj, part)
    except Exception as exc:
        first = str(exc).splitlines()[0] if str(exc) else ""
        raise PluginError(f"{what} cannot be loaded from {path!r}: "
                          f"{type(exc).__name__}: {first}", hint=hint) from exc
    problem = _class_problem(spec.name, obj)
    if problem:
        raise PluginError(f"{what} loaded from {path!r}: {problem}", hint=hint)
    cls: type[Record] = obj
    return cls


def _class_problem(name: str, cls: object) -> str | None:
    """Why *cls* cannot be the record class of the type *name*, or None."""
    if not (isinstance(cls, type) and issubclass(cls, Record)):
        return f"cls must be a subclass of kmcore.Record, not {cls!r}"
    if cls.record_type != name:
        return (f"{cls.__name__}.record_type is {cls.record_type!r}; "
                "it must equal the spec's name")
    return None


@attrs.frozen(kw_only=True)
class BackendSpec:
    """A store or target backend.

    :ivar name: what ``kmcore.toml`` calls it (``backend = "sharepoint"``).
    :ivar kind: ``"store"`` (holds records) or ``"target"`` (receives published records).
    :ivar factory: the class or callable that builds it from its settings, or an import path
        ``"package.module:attr"`` so the heavy module loads only when the backend is used.
    :ivar description: one sentence for ``kmcore backends``.
    :ivar settings: the attrs class of its ``[targets.NAME]`` settings, made with
        :func:`kmcore.backend.setting` fields (or an import path ``"package.module:Class"``).
        kmcore checks every target's table against it before the factory runs (an unknown
        key is refused with the closest known one), and ``tools/gen_config_doc.py``
        documents it.
    """

    name: str
    kind: Literal["store", "target"]
    factory: str | Callable[..., Any]
    description: str = ""
    settings: str | type[Any] | None = None
    plugin: str = ""  # filled in by the registry


# --- checking what a plugin registers ------------------------------------------------------

#: What a backend can be: a ``store`` holds records, a ``target`` receives published ones.
BACKEND_KINDS: tuple[str, ...] = ("store", "target")

_RECORD_TYPE_NAME = re.compile(r"[a-z][a-z0-9_]{0,39}\Z")
_BACKEND_NAME = re.compile(r"[a-z][a-z0-9_-]{0,39}\Z")
_DOTTED = r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*"
_FACTORY_PATH = re.compile(rf"{_DOTTED}:{_DOTTED}\Z")


def check_record_type(plugin: str, spec: object) -> RecordTypeSpec:
    """*spec*, if it is a well-formed :class:`RecordTypeSpec`; whether its name or folder is
    free is the registry's question.

    :raises PluginError: naming *plugin* and every problem at once.
    """
    from kmcore.ids import id_problem

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
    if isinstance(spec._cls, str):  # an import path: the class is checked when it loads
        if not _FACTORY_PATH.match(spec._cls):
            problems.append(f"cls {spec._cls!r} is not a 'package.module:Class' import path")
    else:
        problem = _class_problem(spec.name, spec._cls)
        if problem:
            problems.append(problem)
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
    return spec


def check_backend(plugin: str, spec: object) -> BackendSpec:
    """*spec*, if it is a well-formed :class:`BackendSpec`; whether its name is free is the
    registry's question.

    :raises PluginError: naming *plugin* and every problem at once.
    """
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
    return spec


class RecordClasses(Mapping[str, "type[Record]"]):
    """Type name -> record class for *specs*, each class imported only when it is looked up
    (see :attr:`RecordTypeSpec.cls`): listing or testing the names imports nothing."""

    def __init__(self, specs: Mapping[str, RecordTypeSpec]) -> None:
        self._specs = specs

    def __getitem__(self, name: str) -> type[Record]:
        return self._specs[name].cls

    def __contains__(self, name: object) -> bool:
        return name in self._specs

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)
