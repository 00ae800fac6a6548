"""What the plugins contributed: record types and backends, each recorded against its plugin.

A plugin's contributions are *staged* while its registration hooks run (:class:`Staging`)
and kept only if every one of them was accepted, so a plugin whose registration fails leaves
nothing behind. A name (or a record type's folder) already taken fails the plugin that comes
second; built-ins are collected first, so a built-in name always wins.
"""

from __future__ import annotations

import attrs

from kmcore.errors import PluginError
from kmcore.plugins.discovery import ENV_DISABLE
from kmcore.specs import BackendSpec, RecordTypeSpec, check_backend, check_record_type

__all__ = ["Registry", "Staging"]


@attrs.define
class Registry:
    """Record types and backends by name, from every plugin that registered successfully."""

    record_types: dict[str, RecordTypeSpec] = attrs.field(factory=dict)
    backends: dict[str, BackendSpec] = attrs.field(factory=dict)

    def staging(self, plugin: str) -> Staging:
        """A place for *plugin*'s registrations until they are all accepted."""
        return Staging(registry=self, plugin=plugin)

    def forget(self, plugin: str) -> None:
        """Drop everything *plugin* registered."""
        self.record_types = {n: s for n, s in self.record_types.items() if s.plugin != plugin}
        self.backends = {n: s for n, s in self.backends.items() if s.plugin != plugin}


@attrs.define
class Staging:
    """One plugin's registrations in progress: the ``register`` callbacks of the hooks."""

    registry: Registry
    plugin: str
    record_types: dict[str, RecordTypeSpec] = attrs.field(factory=dict)
    backends: dict[str, BackendSpec] = attrs.field(factory=dict)

    def record_type(self, spec: object) -> None:
        """The ``register`` callback of ``kmcore_register_record_types``."""
        checked = check_record_type(self.plugin, spec)
        for taken in (self.registry.record_types, self.record_types):
            clash = taken.get(checked.name) or next(
                (s for s in taken.values() if s.folder == checked.folder), None
            )
            if clash is not None:
                owner = clash.plugin or self.plugin
                what = (f"name {checked.name!r}" if clash.name == checked.name
                        else f"folder {checked.folder!r}")
                raise PluginError(
                    f"plugin {self.plugin!r} registered record type {checked.name!r}, but the "
                    f"{what} is already taken by plugin {owner!r}"
                    + (" (it registered it twice)" if owner == self.plugin else ""),
                    hint=f"Rename the record type, or disable one plugin with {ENV_DISABLE}.",
                )
        self.record_types[checked.name] = attrs.evolve(checked, plugin=self.plugin)

    def backend(self, spec: object) -> None:
        """The ``register`` callback of ``kmcore_register_backends``."""
        checked = check_backend(self.plugin, spec)
        clash = self.registry.backends.get(checked.name) or self.backends.get(checked.name)
        if clash is not None:
            owner = clash.plugin or self.plugin
            raise PluginError(
                f"plugin {self.plugin!r} registered backend {checked.name!r}, which plugin "
                f"{owner!r} already registered"
                + (" (it registered it twice)" if owner == self.plugin else ""),
                hint=f"Uninstall or disable ({ENV_DISABLE}) one of the two plugins.",
            )
        self.backends[checked.name] = attrs.evolve(checked, plugin=self.plugin)

    def commit(self) -> None:
        """Keep everything staged: every registration was accepted."""
        self.registry.record_types.update(self.record_types)
        self.registry.backends.update(self.backends)
