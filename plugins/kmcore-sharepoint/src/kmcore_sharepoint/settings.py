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
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import attrs
from kmcore.errors import ConfigError

from kmcore_sharepoint import __version__

__all__ = ["DEFAULT_SECRET_ENV", "SharePointSettings", "parse_settings"]

DEFAULT_SECRET_ENV = "KMCORE_SHAREPOINT_CLIENT_SECRET"
DEFAULT_AUTHORITY = "https://login.microsoftonline.com"
DEFAULT_GRAPH = "https://graph.microsoft.com"
AuthMode = Literal["certificate", "secret", "device_code"]
_AUTH_MODES = ("certificate", "secret", "device_code")
_GUIDISH = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                      r"[0-9a-fA-F]{12}\Z")
_DOMAIN = re.compile(r"[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+\Z")
_KNOWN = {
    "site_url", "tenant_id", "client_id", "auth", "certificate_path",
    "certificate_passphrase_env", "client_secret_env", "authority_host", "graph_endpoint",
    "concurrency", "max_wait_seconds", "provision", "lists", "pages", "news", "user_agent",
    "token_cache", "token_cache_path", "timeout_seconds", "page_size",
}


@attrs.frozen(kw_only=True)
class SharePointSettings:
    """A SharePoint target's settings, validated (see the module docstring)."""

    target: str
    site_url: str
    tenant_id: str
    client_id: str
    auth: AuthMode = "certificate"
    certificate_path: Path | None = None
    certificate_passphrase_env: str | None = None
    client_secret_env: str = DEFAULT_SECRET_ENV
    authority_host: str = DEFAULT_AUTHORITY
    graph_endpoint: str = DEFAULT_GRAPH
    concurrency: int = 2
    max_wait_seconds: float = 300.0
    provision: bool = True
    lists: Mapping[str, str] = attrs.field(factory=dict)
    pages: tuple[str, ...] = ()
    news: bool = False
    user_agent: str = f"ISV|kmcore|kmcore-sharepoint/{__version__}"
    token_cache: Literal["auto", "encrypted", "file", "none"] = "auto"
    token_cache_path: Path | None = None
    timeout_seconds: float = 60.0
    page_size: int = 999

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
        value = os.environ.get(self.client_secret_env, "")
        if not value.strip():
            raise ConfigError(
                f"target {self.target!r} uses auth = \"secret\", but the environment variable "
                f"{self.client_secret_env} is not set",
                hint=f"Set {self.client_secret_env} to the client secret's value (not its id) "
                "in the account that runs kmcore; secrets are never read from kmcore.toml.",
            )
        return value.strip()


def _fail(target: str, key: str, reason: str, hint: str) -> ConfigError:
    return ConfigError(f"kmcore.toml: $.targets.{target}.{key}: {reason}", hint=hint)


def _https_root(target: str, key: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _fail(target, key, "must be an https:// address", f"e.g. {key} = "
                    f"\"{DEFAULT_AUTHORITY if key == 'authority_host' else DEFAULT_GRAPH}\"")
    parts = urlsplit(value.strip())
    if parts.scheme != "https" or not parts.hostname:
        raise _fail(target, key, f"must be an https:// address (got {value!r})",
                    "TLS is always verified; point REQUESTS_CA_BUNDLE at a custom CA bundle "
                    "if your proxy or test double needs one.")
    if parts.path.strip("/") or parts.query:
        raise _fail(target, key, f"must be the host only, without a path (got {value!r})",
                    f"e.g. {key} = \"{parts.scheme}://{parts.netloc}\"")
    return f"{parts.scheme}://{parts.netloc}"


def parse_settings(target: str, raw: Mapping[str, Any], base: Path | None = None
                   ) -> SharePointSettings:
    """Check a SharePoint target's settings; *base* resolves relative file paths."""
    for key in raw:
        if key not in _KNOWN:
            close = difflib.get_close_matches(key, sorted(_KNOWN), n=1)
            raise _fail(target, key, "is not a SharePoint setting",
                        f"Did you mean {close[0]}?" if close else
                        f"Known settings: {', '.join(sorted(_KNOWN))}.")
    site_url = raw.get("site_url")
    if not isinstance(site_url, str) or not site_url.strip():
        raise _fail(target, "site_url", "is required: the SharePoint site to publish to",
                    'e.g. site_url = "https://example.sharepoint.com/sites/KnowledgeHub"')
    parts = urlsplit(site_url.strip())
    if parts.scheme != "https" or not parts.hostname:
        raise _fail(target, "site_url", f"must be the site's https:// address (got {site_url!r})",
                    "Copy it from the browser's address bar on the site's home page, up to "
                    "the site name (…/sites/KnowledgeHub).")
    values: dict[str, Any] = {"target": target,
                              "site_url": f"https://{parts.netloc}{parts.path.rstrip('/')}"}
    for key in ("tenant_id", "client_id"):
        value = raw.get(key)
        if not isinstance(value, str) or not value.strip():
            raise _fail(target, key, "is required",
                        "Copy it from the app registration's Overview page in the Entra admin "
                        "centre (Directory (tenant) ID and Application (client) ID).")
        value = value.strip()
        if key == "client_id" and not _GUIDISH.match(value):
            raise _fail(target, key, f"must be a GUID (got {value!r})",
                        "Use the Application (client) ID, e.g. "
                        "11111111-2222-3333-4444-555555555555.")
        if key == "tenant_id" and not (_GUIDISH.match(value) or _DOMAIN.match(value)):
            raise _fail(target, key, f"must be a GUID or a domain (got {value!r})",
                        "Use the Directory (tenant) ID from the app registration.")
        values[key] = value
    auth = raw.get("auth", "certificate")
    if auth not in _AUTH_MODES:
        raise _fail(target, "auth", f"must be one of {', '.join(_AUTH_MODES)} (got {auth!r})",
                    "certificate for unattended runs (recommended), secret if IT can only "
                    "issue a client secret, device_code for a librarian signing in.")
    values["auth"] = auth
    cert = raw.get("certificate_path")
    if auth == "certificate" and (not isinstance(cert, str) or not cert.strip()):
        raise _fail(target, "certificate_path",
                    "is required with auth = \"certificate\": the PEM file holding the "
                    "private key and certificate",
                    'e.g. certificate_path = "C:/secure/kmcore-sharepoint.pem" '
                    "(docs/sharepoint.md shows how IT makes one).")
    if isinstance(cert, str) and cert.strip():
        path = Path(cert.strip()).expanduser()
        if not path.is_absolute() and base is not None:
            path = base / path
        values["certificate_path"] = path
    for key in ("client_secret_env", "certificate_passphrase_env"):
        if key in raw:
            value = raw[key]
            if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", value):
                raise _fail(target, key, "must name an environment variable",
                            f'e.g. {key} = "KMCORE_{target.upper().replace("-", "_")}_SECRET"')
            values[key] = value
    for key in ("authority_host", "graph_endpoint"):
        if key in raw:
            values[key] = _https_root(target, key, raw[key])
    concurrency = raw.get("concurrency", 2)
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or \
            not 1 <= concurrency <= 8:
        raise _fail(target, "concurrency", f"must be a whole number from 1 to 8 "
                    f"(got {concurrency!r})",
                    "Keep it low (2 is the default): SharePoint throttles the whole tenant.")
    values["concurrency"] = concurrency
    for key, low, high in (("max_wait_seconds", 1, 3600), ("timeout_seconds", 1, 600)):
        if key in raw:
            value = raw[key]
            if isinstance(value, bool) or not isinstance(value, int | float) or \
                    not low <= value <= high:
                raise _fail(target, key, f"must be seconds from {low} to {high} "
                            f"(got {value!r})", "")
            values[key] = float(value)
    if "page_size" in raw:
        value = raw["page_size"]
        if isinstance(value, bool) or not isinstance(value, int) or not 10 <= value <= 5000:
            raise _fail(target, "page_size", f"must be from 10 to 5000 (got {value!r})", "")
        values["page_size"] = value
    for key in ("provision", "news"):
        if key in raw:
            if not isinstance(raw[key], bool):
                raise _fail(target, key, f"must be true or false (got {raw[key]!r})", "")
            values[key] = raw[key]
    if "lists" in raw:
        lists = raw["lists"]
        if not isinstance(lists, Mapping) or not all(
                isinstance(v, str) and v.strip() for v in lists.values()):
            raise _fail(target, "lists", "must be a table of record type = list name",
                        '[targets.NAME.lists] innovation = "Innovations"')
        values["lists"] = {str(k): str(v).strip() for k, v in lists.items()}
    if "pages" in raw:
        pages = raw["pages"]
        if isinstance(pages, str):
            pages = [pages]
        if not isinstance(pages, list) or not all(isinstance(p, str) for p in pages):
            raise _fail(target, "pages", "must be a list of record types",
                        'e.g. pages = ["story", "innovation"]')
        values["pages"] = tuple(pages)
    if "user_agent" in raw:
        agent = raw["user_agent"]
        if not isinstance(agent, str) or not re.fullmatch(
                r"(ISV|NONISV)\|[^|\s]+\|[^|\s]+/[^|\s]+", agent):
            raise _fail(target, "user_agent",
                        f"must be ISV|Company|App/Version or NONISV|… (got {agent!r})",
                        f'e.g. user_agent = "NONISV|MyTrust|kmcore-sharepoint/{__version__}"')
        values["user_agent"] = agent
    if "token_cache" in raw:
        if raw["token_cache"] not in ("auto", "encrypted", "file", "none"):
            raise _fail(target, "token_cache", "must be auto, encrypted, file or none", "")
        values["token_cache"] = raw["token_cache"]
    if "token_cache_path" in raw:
        if not isinstance(raw["token_cache_path"], str):
            raise _fail(target, "token_cache_path", "must be a file path", "")
        values["token_cache_path"] = Path(raw["token_cache_path"]).expanduser()
    return SharePointSettings(**values)
