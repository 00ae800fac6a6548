"""The ``[targets.NAME]`` settings of a ``markdown-folder`` target, checked before any file
is touched.

::

    [targets.wiki]
    backend = "markdown-folder"
    path = "../intranet-wiki/knowledge"   # the folder to write into (relative: to the KB)
    index = true                          # write README.md listing every page (default)

Each setting is an attrs field made with :func:`kmcore.backend.setting`: kmcore checks the
table against this class (types, required keys, unknown keys with "did you mean") before the
target is built, and ``validate`` adds the one rule that needs the knowledge base's folder.
"""

from __future__ import annotations

from pathlib import Path

import attrs

from kmcore.backend import SettingError, setting

__all__ = ["MarkdownFolderSettings"]


@attrs.frozen(kw_only=True)
class MarkdownFolderSettings:
    """A ``markdown-folder`` target's own settings."""

    path: Path = setting(
        "the folder the Markdown files are written into, created if missing; relative paths "
        "are relative to the knowledge base's folder. It must not be the knowledge base "
        "itself or inside it; a folder in a git working copy is the intended use.",
        path=True, example='"../intranet-wiki/knowledge"')
    index: bool = setting(
        "write ``README.md`` in the folder, listing every published page by record type "
        "(wikis and git hosts show it as the folder's front page).", default=True,
        hint="Write index = true to keep a README.md listing every page.")

    def validate(self, kb_root: Path | None) -> None:
        """Called by kmcore after the keys are checked: the folder must be outside the
        knowledge base (its files would be read as records' neighbours and backed up twice)."""
        if kb_root is None:
            return
        resolved, kb = self.path.resolve(), kb_root.resolve()
        if resolved == kb or kb in resolved.parents or resolved in kb.parents:
            raise SettingError("path", f"{resolved} would mix the pages with the knowledge base",
                               "Give the pages a folder outside the knowledge base, e.g. "
                               'path = "../intranet-wiki/knowledge".')
