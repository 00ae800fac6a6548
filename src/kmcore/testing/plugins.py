"""Helpers for testing plugins, and code that depends on them, without installing anything.

For plugin authors and trust developers::

    import kmcore
    from kmcore.testing.plugins import register_plugin

    class JournalClubPlugin:
        @kmcore.hookimpl
        def kmcore_register_record_types(self, register):
            register(kmcore.RecordTypeSpec(name="journal_club", ...))

    def test_journal_club_type_is_registered():
        with register_plugin(JournalClubPlugin(), name="journal-club") as plugins:
            assert "journal_club" in plugins.record_types()

As a pytest fixture, with a fresh set of plugins that ignores whatever is installed::

    import pytest
    from kmcore.testing.plugins import make_plugins, use_plugins

    @pytest.fixture
    def plugins():
        with use_plugins(make_plugins(JournalClubPlugin())) as plugins:
            yield plugins  # kmcore.open(), the CLI... all see exactly these plugins
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator, Mapping
from pathlib import Path

from kmcore.builtin import BUILTIN_PLUGINS
from kmcore.plugins import Plugins, get_plugins, set_plugins

__all__ = ["make_plugins", "register_plugin", "use_plugins", "write_distribution"]


@contextlib.contextmanager
def register_plugin(
    plugin: object, *, name: str | None = None, plugins: Plugins | None = None
) -> Iterator[Plugins]:
    """Register *plugin* for the duration of a ``with`` block, then remove it again.

    Everything the plugin registers (record types, backends) is available inside the block
    and gone afterwards, even if the block raises.

    :param plugin: an object or module with ``@kmcore.hookimpl`` functions.
    :param name: the name to register it under (default: its ``__name__`` or class name);
        must not clash with another plugin's.
    :param plugins: the :class:`~kmcore.plugins.Plugins` to add it to; the process-wide one
        (:func:`~kmcore.plugins.get_plugins`) by default.
    :raises kmcore.errors.PluginError: the plugin was refused (unknown hook, invalid
        registration...); the message says why.
    """
    target = plugins if plugins is not None else get_plugins()
    registered = target.register(plugin, name=name)
    try:
        yield target
    finally:
        target.unregister(registered)


def make_plugins(
    *plugins: object,
    entry_points: bool = False,
    builtins: bool = True,
    environ: Mapping[str, str] | None = None,
) -> Plugins:
    """A fresh, loaded :class:`~kmcore.plugins.Plugins` holding only what you ask for.

    :param plugins: plugin objects to register (each under its ``__name__`` or class name).
    :param entry_points: also load installed plugins (off by default, so that tests do not
        depend on what happens to be installed).
    :param builtins: register kmcore's built-in record types and local store.
    :param environ: the ``KMCORE_*_PLUGINS`` switches to use instead of ``os.environ``.
    :raises kmcore.errors.PluginError: one of *plugins* was refused.
    """
    fresh = Plugins(
        builtins=BUILTIN_PLUGINS if builtins else (),
        entry_points=entry_points,
        environ=environ if environ is not None else {},
    ).load()
    for plugin in plugins:
        fresh.register(plugin)
    return fresh


@contextlib.contextmanager
def use_plugins(plugins: Plugins) -> Iterator[Plugins]:
    """Make *plugins* the process-wide instance inside the block, then restore the old one.

    Code that calls :func:`~kmcore.plugins.get_plugins` (``kmcore.open``, the CLI) then sees
    exactly these plugins.
    """
    previous = set_plugins(plugins)
    try:
        yield plugins
    finally:
        set_plugins(previous)


def write_distribution(
    site: Path,
    name: str,
    version: str = "1.0",
    *,
    entry_points: Mapping[str, str],
    modules: Mapping[str, str] | None = None,
) -> Path:
    """Lay out an installed distribution in folder *site*, as ``pip install`` would.

    Put *site* on ``sys.path`` (``monkeypatch.syspath_prepend``) or ``PYTHONPATH`` (for a
    subprocess) and kmcore finds its plugins, so you can test how your code behaves when a
    plugin is installed, broken or missing without installing anything for real.

    :param name: the distribution name (``kmcore-mytrust``).
    :param entry_points: entry-point name -> object reference, in the ``kmcore`` group
        (``{"mytrust": "kmcore_mytrust.plugin"}``).
    :param modules: file name (relative to *site*) -> Python source to write beside it.
    :return: the ``*.dist-info`` folder written.
    """
    site.mkdir(parents=True, exist_ok=True)
    dist_info = site / f"{re.sub(r'[-_.]+', '_', name)}-{version}.dist-info"
    dist_info.mkdir(exist_ok=True)
    (dist_info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n", encoding="utf-8"
    )
    lines = ["[kmcore]", *(f"{ep} = {ref}" for ep, ref in entry_points.items()), ""]
    (dist_info / "entry_points.txt").write_text("\n".join(lines), encoding="utf-8")
    for file_name, source in (modules or {}).items():
        path = site / file_name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
    return dist_info
