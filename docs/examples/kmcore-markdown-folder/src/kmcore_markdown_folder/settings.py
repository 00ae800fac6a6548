"""The ``[targets.NAME]`` settings of a ``markdown-folder`` target, checked before any file
is touched.

::

    [targets.wiki]
    backend = "markdown-folder"
    path = "../intranet-wiki/knowledge"   # the folder to write into (relative: to the KB)
    index = true                          # write README.md listing every page (default)
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from kmcore.errors import ConfigError
from kmcore.sync.model import TargetConfig

__all__ = ["MarkdownFolderSettings"]

_KNOWN = ("path", "index")


def _fail(target: str, key: str, reason: str, hint: str) -> ConfigError:
    # The same shape as kmcore's own messages: file, setting as a path, then what to do.
    return ConfigError(f"kmcore.toml: $.targets.{target}.{key}: {reason}", hint=hint)


@attrs.frozen(kw_only=True)
class MarkdownFolderSettings:
    """A ``markdown-folder`` target's own settings.

    :ivar path: the folder the Markdown files are written into, created if missing;
        relative paths are relative to the knowledge base's folder. It must not be the
        knowledge base itself or inside it (the files would be read as records' neighbours
        and backed up twice); a folder in a git working copy is the intended use.
    :ivar index: write ``README.md`` in the folder, listing every published page by record
        type (wikis and git hosts show it as the folder's front page).
    """

    target: str
    path: Path
    index: bool = True

    @classmethod
    def from_config(cls, config: TargetConfig, kb_root: Path) -> MarkdownFolderSettings:
        """Check *config*'s settings; a :class:`ConfigError` names the key and the fix."""
        settings: Mapping[str, Any] = config.settings
        name = config.name
        unknown = sorted(set(settings) - set(_KNOWN))
        if unknown:
            raise _fail(name, unknown[0], "is not a markdown-folder setting",
                        f"Known settings: {', '.join(_KNOWN)}.")
        raw = settings.get("path")
        if not isinstance(raw, str) or not raw.strip():
            raise _fail(name, "path", "is required: the folder to write the Markdown files into",
                        'Add e.g. path = "../intranet-wiki/knowledge".')
        folder = Path(raw).expanduser()
        if not folder.is_absolute():
            folder = kb_root / folder
        resolved, kb = folder.resolve(), kb_root.resolve()
        if resolved == kb or kb in resolved.parents or resolved in kb.parents:
            raise _fail(name, "path", f"{resolved} would mix the pages with the knowledge base",
                        "Give the pages a folder outside the knowledge base, e.g. "
                        'path = "../intranet-wiki/knowledge".')
        index = settings.get("index", True)
        if not isinstance(index, bool):
            raise _fail(name, "index", f"must be true or false (got {index!r})",
                        "Write index = true to keep a README.md listing every page.")
        return cls(target=name, path=resolved, index=index)
