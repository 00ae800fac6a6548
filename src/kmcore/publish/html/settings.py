"""The ``html`` target's own settings in ``[targets.NAME]``: checked here, documented here.

``tools/gen_config_doc.py`` renders the configuration reference (``docs/config.md``) from
:class:`HtmlSettings`, so a setting added here without a description fails that tool.
"""

from __future__ import annotations

from typing import Any

import attrs

from kmcore.errors import ConfigError
from kmcore.sync.model import TargetConfig

__all__ = ["HtmlSettings"]


@attrs.frozen(kw_only=True)
class HtmlSettings:
    """Settings of a target with ``backend = "html"`` (the static intranet site).

    :ivar path: the site's folder, relative to the knowledge base's folder unless absolute.
        It must not be the knowledge base itself, a folder above it, or inside ``.kmcore``.
        Its ``index.html`` opens straight from the disk.
    :ivar title: the name in every page's header (default: the knowledge base's ``name``).
    :ivar base_url: the web address the site is served from, when it is (``https://...``);
        used only for the absolute links in the Atom feeds. Leave it out for a site opened
        from a file share.
    :ivar adopt_folder: build the site in a folder that already holds files kmcore did not
        write (default ``false``: such a folder is refused, so a wrong ``path`` cannot scatter
        pages among a share's documents). Even then kmcore never overwrites or deletes a
        file it did not write.
    """

    path: str
    title: str | None = None
    base_url: str | None = None
    adopt_folder: bool = False

    @classmethod
    def from_config(cls, config: TargetConfig) -> HtmlSettings:
        """Check *config*'s settings; a :class:`ConfigError` names the setting and the fix."""
        settings = config.settings
        raw = settings.get("path")
        if not isinstance(raw, str) or not raw.strip():
            raise ConfigError(
                f"target {config.name!r}: the html backend needs a path (the site's folder)",
                hint=f'Add path = "site" to [targets.{config.name}] in kmcore.toml.',
            )
        base: Any = settings.get("base_url")
        if base is not None and not (isinstance(base, str) and
                                     base.startswith(("http://", "https://"))):
            raise ConfigError(
                f"target {config.name!r}: base_url must start with http:// or https://",
                hint="Leave base_url out unless the site is served from a web address.",
            )
        title = settings.get("title")
        adopt = settings.get("adopt_folder", False)
        if not isinstance(adopt, bool):
            raise ConfigError(
                f"target {config.name!r}: adopt_folder must be true or false, not {adopt!r}",
                hint="Write adopt_folder = true (no quotes) to build the site in a folder "
                "that already holds other files.")
        return cls(path=raw, title=str(title) if title else None, base_url=base,
                   adopt_folder=adopt)
