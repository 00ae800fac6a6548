"""The knowledge base's own settings, for a backend's commands and checks.

A store backend's administration commands (``kmcore postgres migrate``) must read the
``[store]`` table before the store can be opened, and its doctor compares what the database
says with ``[knowledge_base]``. These functions give them that through the toolkit, so a
backend never imports ``kmcore.config`` or reads the CLI's context itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import click

    from kmcore.config import KBSettings

__all__ = ["command_kb_root", "kb_settings", "store_table"]


def command_kb_root(ctx: click.Context) -> Path:
    """The knowledge base folder a ``kmcore`` command works on: the one ``--kb`` (or
    ``KMCORE_KB``) names, else the nearest folder at or above the current one holding a
    ``kmcore.toml``, as every built-in command finds it. For a plugin's command that must not
    open the knowledge base (its tables may not exist yet).

    :raises ConfigError: there is no knowledge base there.
    """
    from kmcore.config import find_kb_root
    from kmcore.errors import ConfigError

    given = (ctx.find_root().obj or {}).get("kb_path")
    start = Path(given) if given else Path.cwd()
    root = start.resolve() if given else find_kb_root(start)
    if root is None or not (root / "kmcore.toml").is_file():
        raise ConfigError(
            f"no knowledge base here: {start} "
            + ("has no kmcore.toml" if given else "nor a folder above it has a kmcore.toml"),
            hint="Pass --kb PATH, set KMCORE_KB, or run the command in the knowledge base "
                 "folder.")
    return root


def kb_settings(root: Path) -> KBSettings:
    """The knowledge base's settings (``root/kmcore.toml``): its name, organisation and ODS
    code, and the whole parsed file as ``raw``.

    :raises ConfigError: the file is missing or wrong, naming what is wrong.
    """
    from kmcore.config import load_settings

    return load_settings(root)


def store_table(root: Path) -> tuple[str, dict[str, Any]]:
    """The store backend ``root/kmcore.toml`` names in ``[store]`` (``"local"`` without one)
    and that table's other keys: the backend's settings, to check with
    :func:`~kmcore.backend.parse_store_settings`.

    :raises ConfigError: the file or its ``[store]`` table is malformed.
    """
    from kmcore.config import store_selection

    return store_selection(kb_settings(root))
