"""The ``[targets.NAME]`` settings of a Confluence target, checked before anything connects.

::

    [targets.wiki]
    backend = "confluence"
    edition = "cloud"              # "cloud" | "datacenter": never guessed from the host name
    base_url = "https://example.atlassian.net/wiki"   # Data Center: with its context path
    space_key = "KM"
    parent_page = "Knowledge hub"  # optional: title or id of the page everything hangs under
    username = "librarian@example.nhs.uk"   # Cloud: the API token's owner; DC: omit for a PAT
    token_env = "KMCORE_CONFLUENCE_TOKEN"   # optional: where the token is (this is the default)

    [targets.wiki.users]           # optional: people mentioned as real Confluence users
    "person-amina-rahman" = "5b10ac8d82e05b22cc7d4ef5"   # Cloud accountId / DC userkey
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Literal

import attrs

from kmcore.backend import SettingError, TargetConfig, parse_settings, secret_from_env, setting

__all__ = ["DEFAULT_TOKEN_ENV", "ConfluenceSettings"]

DEFAULT_TOKEN_ENV = "KMCORE_CONFLUENCE_TOKEN"

Edition = Literal["cloud", "datacenter"]


@attrs.frozen(kw_only=True)
class ConfluenceSettings:
    """Confluence Cloud or Data Center; see [Publishing to Confluence](confluence.md). The
    token is read from the environment only when connecting.
    """

    target: str
    edition: Edition = setting(
        "``cloud`` (``*.atlassian.net``) or ``datacenter`` (Data Center or Server run by your "
        "organisation); never guessed from the address.",
        hint='Say which Confluence this is: edition = "cloud" for *.atlassian.net, '
             '"datacenter" for one your organisation runs itself.')
    base_url: str = setting(
        "the address Confluence opens at: Cloud ``https://NAME.atlassian.net/wiki``, Data "
        "Center with its context path (``https://wiki.example.nhs.uk/confluence``); "
        "``https://`` only (``http://`` is refused except on 127.0.0.1).",
        https_url=True, allow_loopback_http=True,
        hint='Write the address you open Confluence at, e.g. base_url = '
             '"https://example.atlassian.net/wiki" (Cloud) or '
             '"https://wiki.example.nhs.uk/confluence" (Data Center).')
    space_key: str = setting(
        "the key of the space to publish into (``KM``), from the space's address.",
        pattern=r"[A-Za-z0-9~]{1,255}", pattern_text='a space key such as "KM"',
        hint="Find it in the space's address: .../spaces/KM/... or ?spaceKey=KM.")
    parent_page: str | None = setting(
        "the title or id of the page everything is published under (default: the space's "
        "home page).", default=None,
        hint='e.g. parent_page = "Knowledge hub", or leave it out to use the space\'s home '
             "page.")
    username: str | None = setting(
        "Cloud: the email address of the account whose API token kmcore uses (required). "
        "Data Center: leave it out for a personal access token.", default=None,
        hint="Write the account's email address.")
    token_env: str = setting(
        "the environment variable holding the API token (Cloud) or personal access token "
        "(Data Center); never the token itself.", default=DEFAULT_TOKEN_ENV, env_secret=True,
        example=f'"{DEFAULT_TOKEN_ENV}"')
    users: Mapping[str, str] = setting(
        'a table ``"person record id" = "Cloud accountId or Data Center userkey"``, so people '
        "are @mentioned as real Confluence users.", factory=dict,
        hint='Write a table of person record id = user reference: [targets.NAME.users] '
             '"person-amina-rahman" = "<Cloud accountId or Data Center userkey>"')

    def validate(self, kb_root: Path | None) -> None:
        """The checks that involve the edition."""
        if self.cloud and not self.base_url.endswith("/wiki"):
            scheme, _, rest = self.base_url.partition("://")
            raise SettingError("base_url", "a Confluence Cloud address ends in /wiki",
                               f'Write base_url = "{scheme}://{rest.split("/")[0]}/wiki".')
        if self.cloud and not self.username:
            raise SettingError("username", "is required for Confluence Cloud",
                               "Write the email address of the account whose API token "
                               "kmcore uses.")

    @property
    def cloud(self) -> bool:
        return self.edition == "cloud"

    @classmethod
    def from_config(cls, config: TargetConfig) -> ConfluenceSettings:
        """Check *config*'s settings; a :class:`ConfigError` names the key and the fix."""
        found: ConfluenceSettings = parse_settings(cls, config)
        return found

    def token(self) -> str:
        """The API token / personal access token, from the environment."""
        what = ("an API token (https://id.atlassian.com/manage-profile/security/api-tokens)"
                if self.cloud else "a personal access token (your profile > Personal Access "
                "Tokens)")
        return secret_from_env(self.token_env, target=self.target, what="Confluence token",
                               how=f"Create {what} for the publishing account.")
