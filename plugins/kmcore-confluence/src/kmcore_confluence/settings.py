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

import os
import re
from collections.abc import Mapping
from typing import Any, Literal
from urllib.parse import urlsplit

import attrs

from kmcore.errors import ConfigError
from kmcore.sync.model import TargetConfig

__all__ = ["DEFAULT_TOKEN_ENV", "ConfluenceSettings"]

DEFAULT_TOKEN_ENV = "KMCORE_CONFLUENCE_TOKEN"
_KNOWN = {"edition", "base_url", "space_key", "parent_page", "username", "token_env", "users"}
_SPACE_KEY = re.compile(r"[A-Za-z0-9~]{1,255}\Z")
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}

Edition = Literal["cloud", "datacenter"]


def _fail(target: str, key: str, reason: str, hint: str) -> ConfigError:
    return ConfigError(f"kmcore.toml: $.targets.{target}.{key}: {reason}", hint=hint)


@attrs.frozen(kw_only=True)
class ConfluenceSettings:
    """A Confluence target's own settings (the token itself is read only when connecting)."""

    target: str
    edition: Edition
    base_url: str  # no trailing slash
    space_key: str
    parent_page: str | None = None
    username: str | None = None
    token_env: str = DEFAULT_TOKEN_ENV
    users: Mapping[str, str] = attrs.field(factory=dict)

    @property
    def cloud(self) -> bool:
        return self.edition == "cloud"

    @classmethod
    def from_config(cls, config: TargetConfig) -> ConfluenceSettings:
        """Check *config*'s settings; a :class:`ConfigError` names the key and the fix."""
        s: Mapping[str, Any] = config.settings
        name = config.name
        unknown = sorted(set(s) - _KNOWN)
        if unknown:
            raise _fail(name, unknown[0], "is not a Confluence setting",
                        f"Known settings: {', '.join(sorted(_KNOWN))}.")
        edition = s.get("edition")
        if edition not in ("cloud", "datacenter"):
            raise _fail(name, "edition", f"must be \"cloud\" or \"datacenter\" (got {edition!r})",
                        'Say which Confluence this is: edition = "cloud" for *.atlassian.net, '
                        '"datacenter" for one your organisation runs itself.')
        base = s.get("base_url")
        if not isinstance(base, str) or not base.strip():
            raise _fail(name, "base_url", "is required",
                        'e.g. base_url = "https://example.atlassian.net/wiki" (Cloud) or '
                        '"https://wiki.example.nhs.uk/confluence" (Data Center).')
        base = base.strip().rstrip("/")
        parts = urlsplit(base)
        if parts.scheme not in ("https", "http") or not parts.hostname:
            raise _fail(name, "base_url", f"is not a web address (got {base!r})",
                        "Write the address you open Confluence at, starting https://.")
        if parts.scheme == "http" and parts.hostname not in _LOOPBACK:
            raise _fail(name, "base_url", "uses http://, which would send the token unencrypted",
                        "Use the https:// address of the site.")
        if parts.query or parts.fragment:
            raise _fail(name, "base_url", "must not have a query or fragment",
                        "Write only the site address (and its context path).")
        if edition == "cloud" and not parts.path.endswith("/wiki"):
            raise _fail(name, "base_url", "a Confluence Cloud address ends in /wiki",
                        f'Write base_url = "{parts.scheme}://{parts.netloc}/wiki".')
        space_key = s.get("space_key")
        if not isinstance(space_key, str) or not _SPACE_KEY.match(space_key):
            raise _fail(name, "space_key",
                        f"must be a space key such as \"KM\" (got {space_key!r})",
                        "Find it in the space's address: .../spaces/KM/... or ?spaceKey=KM.")
        parent = s.get("parent_page")
        if parent is not None and (not isinstance(parent, (str, int)) or not str(parent).strip()):
            raise _fail(name, "parent_page", "must be a page title or a page id",
                        'e.g. parent_page = "Knowledge hub", or leave it out to use the '
                        "space's home page.")
        username = s.get("username")
        if username is not None and (not isinstance(username, str) or not username.strip()):
            raise _fail(name, "username", "must be text", "Write the account's email address.")
        if edition == "cloud" and not username:
            raise _fail(name, "username", "is required for Confluence Cloud",
                        "Write the email address of the account whose API token kmcore uses.")
        token_env = s.get("token_env", DEFAULT_TOKEN_ENV)
        if not isinstance(token_env, str) or not _ENV_NAME.match(token_env):
            raise _fail(name, "token_env", "must name an environment variable",
                        f'e.g. token_env = "{DEFAULT_TOKEN_ENV}".')
        users = s.get("users", {})
        if not isinstance(users, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in users.items()
        ):
            raise _fail(name, "users", "must be a table of person record id = user reference",
                        '[targets.NAME.users] "person-amina-rahman" = "<Cloud accountId or '
                        'Data Center userkey>"')
        return cls(target=name, edition=edition, base_url=base, space_key=space_key,
                   parent_page=str(parent).strip() if parent is not None else None,
                   username=username.strip() if username else None, token_env=token_env,
                   users=dict(users))

    def token(self) -> str:
        """The API token / personal access token, from the environment."""
        value = os.environ.get(self.token_env, "").strip()
        if not value:
            what = ("an API token (https://id.atlassian.com/manage-profile/security/api-tokens)"
                    if self.cloud else "a personal access token (your profile > Personal "
                    "Access Tokens)")
            raise ConfigError(
                f"target {self.target!r}: the environment variable {self.token_env} is not set, "
                "so kmcore has no Confluence token",
                hint=f"Create {what} for the publishing account and put it in {self.token_env} "
                "(never in kmcore.toml).",
            )
        return value
