"""The ``[targets.NAME]`` settings of a SharePoint target, checked once, with plain errors.

::

    [targets.intranet]
    backend = "sharepoint"
    site_url = "https://example.sharepoint.com/sites/KnowledgeHub"
    tenant_id = "..."
    client_id = "..."
    auth = "certificate"            # certificate (default) | secret | device_code
    certificate_path = "C:/secure/kmcore.pem"
    # client_secret_env = "KMCORE_SHAREPOINT_CLIENT_SECRET"   (auth = "secret")
    authority_host = "https://login.microsoftonline.com"
    graph_endpoint = "https://graph.microsoft.com"
    concurrency = 2

Each key is a :func:`kmcore.backend.setting`; kmcore's settings layer checks types, ranges,
addresses and unknown keys, and :meth:`SharePointSettings.validate` the rules between keys.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

import attrs
from kmcore.backend import SettingError, TargetConfig, parse_settings, secret_from_env, setting

from kmcore_sharepoint import __version__

__all__ = ["DEFAULT_SECRET_ENV", "SharePointSettings"]

DEFAULT_SECRET_ENV = "KMCORE_SHAREPOINT_CLIENT_SECRET"
DEFAULT_AUTHORITY = "https://login.microsoftonline.com"
DEFAULT_GRAPH = "https://graph.microsoft.com"
AuthMode = Literal["certificate", "secret", "device_code"]
_GUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
_DOMAIN = r"[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+"
_ENTRA_HINT = ("Copy it from the app registration's Overview page in the Entra admin centre "
               "(Directory (tenant) ID and Application (client) ID).")


@attrs.frozen(kw_only=True)
class SharePointSettings:
    """SharePoint Online through Microsoft Graph; see [SharePoint Online](sharepoint.md). TLS
    is always verified; see [the IT guide](it-guide.md#proxies-and-ca-bundles) for proxies and
    CA bundles.
    """

    target: str
    site_url: str = setting(
        "the site's ``https://`` address up to its name "
        "(``https://example.sharepoint.com/sites/KnowledgeHub``).", https_url=True,
        hint="Copy it from the browser's address bar on the site's home page, up to the site "
             'name, e.g. site_url = "https://example.sharepoint.com/sites/KnowledgeHub".')
    tenant_id: str = setting(
        "the Directory (tenant) ID from the app registration's Overview (a GUID, or the "
        "tenant's domain).", pattern=f"{_GUID}|{_DOMAIN}", pattern_text="a GUID or a domain",
        hint=_ENTRA_HINT)
    client_id: str = setting(
        "the Application (client) ID from the app registration's Overview.", pattern=_GUID,
        pattern_text="a GUID",
        hint="Use the Application (client) ID, e.g. 11111111-2222-3333-4444-555555555555.")
    auth: AuthMode = setting(
        "``certificate`` (unattended, recommended), ``secret`` (a client secret from the "
        "environment) or ``device_code`` (a person signs in with ``kmcore sharepoint "
        "login``).", default="certificate",
        hint="certificate for unattended runs (recommended), secret if IT can only issue a "
             "client secret, device_code for a librarian signing in.")
    certificate_path: Path | None = setting(
        "the PEM file holding the private key and the certificate (required with ``auth = "
        '"certificate"``); relative paths are read from the knowledge base folder. Only the '
        "service account should be able to read it.", default=None, path=True,
        example='"C:/secure/kmcore-sharepoint.pem"')
    certificate_passphrase_env: str | None = setting(
        "the environment variable holding the private key's passphrase, if it has one.",
        default=None, env_secret=True, example='"KMCORE_SHAREPOINT_KEY_PASSPHRASE"')
    client_secret_env: str = setting(
        'the environment variable holding the client secret\'s value (``auth = "secret"``); '
        "a literal secret in kmcore.toml is refused.", default=DEFAULT_SECRET_ENV,
        env_secret=True, example=f'"{DEFAULT_SECRET_ENV}"')
    authority_host: str = setting(
        "the sign-in host (national clouds, test doubles); any host but the public cloud's "
        "turns MSAL instance discovery off.", default=DEFAULT_AUTHORITY, https_url=True,
        host_only=True)
    graph_endpoint: str = setting(
        "the Microsoft Graph host (``https://graph.microsoft.us``...).", default=DEFAULT_GRAPH,
        https_url=True, host_only=True)
    concurrency: int = setting(
        "``$batch`` requests in flight at once, 1 to 8; keep it low, since SharePoint "
        "throttles the whole tenant.", default=2, low=1, high=8,
        hint="Keep it low (2 is the default): SharePoint throttles the whole tenant.")
    max_wait_seconds: float = setting(
        "the longest one operation may spend waiting on ``Retry-After`` (1 to 3600) before the "
        "item is left for the next sync.", default=300.0, low=1, high=3600)
    provision: bool = setting(
        "create missing lists (and their columns) on the first sync; needs a ``manage`` "
        "grant for that run.", default=True)
    lists: Mapping[str, str] = setting(
        'a table ``record type = "list name"``, to name the lists (default: the types\' '
        "plural labels).", factory=dict,
        hint='[targets.NAME.lists] innovation = "Innovations"')
    pages: tuple[str, ...] = setting(
        'record types also published as site pages, e.g. ``["story", "innovation"]``.',
        default=(), example='["story", "innovation"]')
    news: bool = setting("create those site pages as news posts.", default=False)
    user_agent: str = setting(
        "the traffic decoration Graph asks for, ``ISV|Company|App/Version`` or "
        "``NONISV|...`` (e.g. ``NONISV|MyTrust|kmcore-sharepoint/0.1.0``).",
        default=f"ISV|kmcore|kmcore-sharepoint/{__version__}",
        pattern=r"(ISV|NONISV)\|[^|\s]+\|[^|\s]+/[^|\s]+",
        pattern_text="ISV|Company|App/Version or NONISV|…",
        example=f'"NONISV|MyTrust|kmcore-sharepoint/{__version__}"')
    token_cache: Literal["auto", "encrypted", "file", "none"] = setting(
        "where a device-code sign-in is kept: ``auto`` (encrypted if the system allows, else "
        "a file only its owner can read; refused on Windows without ``msal-extensions``), "
        "``encrypted``, ``file`` or ``none``.", default="auto")
    token_cache_path: Path | None = setting(
        "the token cache file (default: in the user's cache folder); relative paths are read "
        "from the knowledge base folder.", default=None, path=True)
    timeout_seconds: float = setting(
        "the read timeout of each request, 1 to 600 seconds.", default=60.0, low=1, high=600)
    page_size: int = setting(
        "items per page (``$top``) when reading lists and changes, 10 to 5000.", default=999,
        low=10, high=5000)

    def validate(self, kb_root: Path | None) -> None:
        """The rule between keys: a certificate sign-in needs the certificate."""
        if self.auth == "certificate" and self.certificate_path is None:
            raise SettingError(
                "certificate_path", 'is required with auth = "certificate": the PEM file '
                "holding the private key and certificate",
                'e.g. certificate_path = "C:/secure/kmcore-sharepoint.pem" '
                "(docs/sharepoint.md shows how IT makes one).")

    @classmethod
    def from_config(cls, config: TargetConfig, base: Path | None = None) -> SharePointSettings:
        """Check a SharePoint target's settings; *base* resolves relative file paths."""
        found: SharePointSettings = parse_settings(cls, config, base=base)
        return found

    @property
    def site_host(self) -> str:
        return urlsplit(self.site_url).hostname or ""

    @property
    def site_path(self) -> str:
        return urlsplit(self.site_url).path.rstrip("/") or "/"

    @property
    def authority(self) -> str:
        return f"{self.authority_host}/{self.tenant_id}"

    @property
    def custom_authority(self) -> bool:
        """A host other than the public cloud's: MSAL instance discovery is turned off."""
        return self.authority_host.rstrip("/") != DEFAULT_AUTHORITY

    @property
    def graph_root(self) -> str:
        return f"{self.graph_endpoint}/v1.0"

    @property
    def scope(self) -> str:
        return f"{self.graph_endpoint}/.default"

    def client_secret(self) -> str:
        """The client secret, from the environment only; never from kmcore.toml."""
        return secret_from_env(self.client_secret_env, target=self.target,
                               what='client secret (auth = "secret")',
                               how="Use the client secret's value (not its id).")
