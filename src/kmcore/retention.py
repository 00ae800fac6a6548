"""The ``[governance]`` table of ``kmcore.toml``: checked here, documented here.

A module of its own, outside :mod:`kmcore.governance`, so that :mod:`kmcore.config` can check
the table when it reads the file without depending on the governance package (which depends
on the knowledge base, which reads the config): D1404.

``tools/gen_config_doc.py`` renders the configuration reference (``docs/config.md``) from
:class:`GovernanceSettings`, so a setting added here without a description fails that tool.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from kmcore.errors import KmcoreError

__all__ = ["GovernanceSettings"]


@attrs.frozen(kw_only=True)
class GovernanceSettings:
    """Retention rules for personal data (``kmcore person leave`` and the next sync).

    :ivar leaver_profile_days: how many days after a person's leaving date their expertise
        profile is kept before ``kmcore sync`` (or ``kmcore person purge``) removes
        it. They leave the directory at once either way; their name stays on records they
        worked on. See docs/privacy.md.
    """

    leaver_profile_days: int = 90

    @classmethod
    def from_table(cls, table: Mapping[str, Any]) -> GovernanceSettings:
        """Check a parsed ``[governance]`` table; :class:`KmcoreError` names what is wrong."""
        value = table.get("leaver_profile_days", 90)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise KmcoreError(f"kmcore.toml: $.governance.leaver_profile_days: must be a whole "
                              f"number of days, not {value!r}",
                              hint="Write e.g. leaver_profile_days = 90 under [governance].")
        return cls(leaver_profile_days=value)
