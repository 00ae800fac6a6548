"""The kmcore plugin: registers the ``markdown-folder`` target backend.

Only hook implementations live here, and nothing heavy is imported: kmcore imports this
module for every command (``kmcore plugins``, ``kmcore list``...), so the target's code is
named as an import path and loaded only when a ``markdown-folder`` target is used.
"""

from __future__ import annotations

from collections.abc import Callable

from kmcore.backend import BackendSpec, hookimpl

BACKEND = "markdown-folder"


@hookimpl
def kmcore_register_backends(register: Callable[[BackendSpec], None]) -> None:
    """Register the ``markdown-folder`` target backend."""
    register(BackendSpec(
        name=BACKEND,
        kind="target",
        factory="kmcore_markdown_folder.target:MarkdownFolderTarget",
        settings="kmcore_markdown_folder.settings:MarkdownFolderSettings",
        description="A folder of Markdown files, one per record (a wiki kept in git).",
    ))
