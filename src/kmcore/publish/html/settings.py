"""The ``html`` target's own settings in ``[targets.NAME]``: checked here, documented here.

They go through the same settings layer as every backend's (:mod:`kmcore.settings`),
so an unknown key (a misspelt ``audience``...) is refused with its path and the closest known
key, and ``tools/gen_config_doc.py`` documents each field from its description.
"""

from __future__ import annotations

import attrs

from kmcore.settings import parse_settings, setting
from kmcore.sync.model import TargetConfig

__all__ = ["HtmlSettings"]


def _web_address(value: str) -> str:
    if not value.startswith(("http://", "https://")):
        raise ValueError(f"must start with http:// or https:// (got {value!r})")
    return value


@attrs.frozen(kw_only=True)
class HtmlSettings:
    """The static intranet site; see [the intranet site](site.md)."""

    path: str = setting(
        "the site's folder, relative to the knowledge base's folder unless absolute. It must "
        "not be the knowledge base itself, a folder above it, or inside ``.kmcore``. Its "
        "``index.html`` opens straight from the disk.", example='"site"')
    title: str | None = setting(
        "the name in every page's header (default: the knowledge base's ``name``).",
        default=None)
    base_url: str | None = setting(
        "the web address the site is served from, when it is (``https://...``); used only "
        "for the absolute links in the Atom feeds. Leave it out for a site opened from a "
        "file share.", default=None, convert=_web_address,
        hint="Leave base_url out unless the site is served from a web address.")
    adopt_folder: bool = setting(
        "build the site in a folder that already holds files kmcore did not write (default "
        "``false``: such a folder is refused, so a wrong ``path`` cannot scatter pages among a "
        "share's documents). Even then kmcore never overwrites or deletes a file it did not "
        "write.", default=False)

    @classmethod
    def from_config(cls, config: TargetConfig) -> HtmlSettings:
        """Check *config*'s settings; a :class:`ConfigError` names the setting and the fix."""
        found: HtmlSettings = parse_settings(cls, config)
        return found
