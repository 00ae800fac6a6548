"""Tokens for Microsoft Graph through MSAL: app-only (certificate or secret) or device code.

* ``certificate`` (the unattended default): a PEM file holding the private key and the
  certificate; MSAL signs a client assertion with it (SHA-256 thumbprint, PS256). Nothing is
  persisted: an app-only token is asked for once per run and kept in memory.
* ``secret``: a client secret from the environment (``KMCORE_SHAREPOINT_CLIENT_SECRET`` or the
  variable ``client_secret_env`` names); never from kmcore.toml.
* ``device_code``: a librarian signs in at a keyboard. The refresh token is kept in a token
  cache: encrypted when ``msal-extensions`` can (DPAPI, Keychain, libsecret); otherwise, on
  Linux and macOS only, in a file readable by its owner alone (0600), and kmcore says so in a
  warning. Never silently in plain text, never world-readable.

Failures are turned into :class:`~kmcore.errors.AuthError` with what to do, from the AADSTS
code Entra ID returns; no token, secret or assertion ever appears in a message or a log line.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kmcore.backend import AuthError, ConfigError, RemoteError, atomic_write, secret_from_env
from kmcore.http import RedactingFilter, redact_text

from kmcore_sharepoint import __version__
from kmcore_sharepoint.settings import SharePointSettings

__all__ = ["TokenProvider", "aadsts_hint", "load_certificate"]

log = logging.getLogger("kmcore.sharepoint")

for _name in ("msal", "kmcore.sharepoint", "urllib3"):
    _logger = logging.getLogger(_name)
    if not any(isinstance(f, RedactingFilter) for f in _logger.filters):
        _logger.addFilter(RedactingFilter())

Prompt = Callable[[str], None]


def _msal() -> Any:
    """MSAL, imported on first use (it ships no type information, hence ``Any``)."""
    return importlib.import_module("msal")


def _stderr_prompt(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _attended() -> bool:
    """A person is at a terminal (not a scheduled task, a service or a pipe)."""
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):  # a closed or replaced stdin
        return False


#: AADSTS code -> (what it means, what to do).
_AADSTS: dict[int, tuple[str, str]] = {
    7000215: ("the client secret is wrong",
              "Copy the secret's Value (not its Secret ID) from the app registration's "
              "Certificates & secrets page into {secret_env}."),
    7000222: ("the client secret has expired",
              "Ask IT to add a new client secret to the app registration and put its value in "
              "{secret_env}; better, switch to a certificate (auth = \"certificate\")."),
    700027: ("the certificate is not one uploaded to the app registration",
             "Upload the public certificate from {certificate} (SHA-1 thumbprint {thumbprint}) "
             "under Certificates & secrets > Certificates, or point certificate_path at the "
             "certificate that is there."),
    700024: ("the signed assertion is outside its valid time",
             "Check that this computer's clock is right (time zone and NTP sync)."),
    700023: ("the assertion names the wrong app",
             "Check client_id: it must be the app registration the certificate belongs to."),
    700016: ("the app registration was not found in this tenant",
             "Check client_id (Application (client) ID) and tenant_id (Directory (tenant) ID) "
             "on the app registration's Overview page; the app must be registered or "
             "consented in this tenant."),
    90002: ("the tenant was not found",
            "Check tenant_id: use the Directory (tenant) ID from the app registration."),
    65001: ("an administrator has not consented to the app's permissions",
            "Ask a Global or Privileged Role Administrator to grant admin consent for the "
            "app's Microsoft Graph permissions (Sites.Selected) on the API permissions page."),
    7000218: ("the app registration does not allow public client flows",
              "For auth = \"device_code\", IT must turn on 'Allow public client flows' on the "
              "app registration's Authentication page; or use auth = \"certificate\"."),
    53003: ("Conditional Access blocked the sign-in",
            "Your organisation's Conditional Access policy refuses this sign-in (device code "
            "sign-in is often blocked). Ask IT for an exception, or use app-only "
            "auth = \"certificate\"."),
    50076: ("multi-factor authentication is required",
            "Sign in again with auth = \"device_code\" and complete MFA, or use app-only "
            "auth = \"certificate\"."),
    50079: ("multi-factor authentication registration is required",
            "Register for MFA at https://aka.ms/mfasetup, then sign in again."),
    700082: ("the saved sign-in has expired (90 days without use)",
             "Sign in again: run `kmcore sharepoint login {target}`."),
    1002012: ("the requested scope is not valid",
              "Check graph_endpoint: the scope asked for is {scope}."),
    70000: ("the sign-in was declined", "Sign in again and approve the request."),
    70020: ("the device code expired before anybody signed in",
            "Run the command again and sign in within 15 minutes."),
}


def aadsts_hint(codes: list[int], settings: SharePointSettings, thumbprint: str = "?"
                ) -> tuple[str, str] | None:
    """(what went wrong, what to do) for the first AADSTS code kmcore knows."""
    for code in codes:
        if code in _AADSTS:
            what, todo = _AADSTS[code]
            return f"AADSTS{code}: {what}", todo.format(
                secret_env=settings.client_secret_env,
                certificate=settings.certificate_path, thumbprint=thumbprint,
                target=settings.target, scope=settings.scope)
    return None


def load_certificate(path: Path, passphrase: str | None = None) -> tuple[str, str, str]:
    """(private key PEM, certificate PEM, SHA-1 thumbprint) from a PEM file.

    :raises ConfigError: the file is missing or lacks a key or certificate, naming it.
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization

    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"the certificate file {path} does not exist",
                          hint="Check certificate_path in kmcore.toml (relative paths are "
                          "read from the knowledge base's folder).") from None
    except OSError as exc:
        raise ConfigError(f"the certificate file {path} cannot be read: {exc.strerror}",
                          hint="Make it readable by the account that runs kmcore (and only "
                          "by it).") from None
    text = data.decode("ascii", "replace")
    key_start = next((text.find(m) for m in ("-----BEGIN PRIVATE KEY-----",
                                            "-----BEGIN RSA PRIVATE KEY-----",
                                            "-----BEGIN ENCRYPTED PRIVATE KEY-----",
                                            "-----BEGIN EC PRIVATE KEY-----")
                      if m in text), -1)
    if key_start < 0:
        raise ConfigError(f"{path} holds no private key",
                          hint="certificate_path must name a PEM file with the private key "
                          "and the certificate (cat key.pem cert.pem > kmcore.pem); a .cer "
                          "file alone is the public part that goes to the app registration.")
    try:
        cert = x509.load_pem_x509_certificate(data)
    except ValueError:
        raise ConfigError(f"{path} holds no certificate",
                          hint="Append the certificate to the key in one PEM file.") from None
    end_marker = text.find("-----END", key_start)
    key_end = text.find("-----", end_marker + 8) + 5
    key_pem = text[key_start:key_end] + "\n"
    try:
        serialization.load_pem_private_key(key_pem.encode(),
                                           passphrase.encode() if passphrase else None)
    except TypeError:
        raise ConfigError(f"the private key in {path} is encrypted",
                          hint="Name an environment variable holding its passphrase: "
                          "certificate_passphrase_env = \"KMCORE_SHAREPOINT_CERT_PASSPHRASE\".") \
            from None
    except ValueError:
        raise ConfigError(f"the private key in {path} cannot be read (wrong passphrase, or "
                          "not a PEM key)", hint="Check the file and its passphrase.") from None
    cert_pem = cert.public_bytes(serialization.Encoding.PEM).decode()
    thumbprint = cert.fingerprint(hashes.SHA1()).hex().upper()
    return key_pem, cert_pem, thumbprint


class TokenProvider:
    """Access tokens for Graph, for one target; thread-safe; built without network access.

    :param prompt: shows the device-code message to the person signing in.
    """

    def __init__(self, settings: SharePointSettings, *, prompt: Prompt | None = None) -> None:
        self.settings = settings
        self.prompt = prompt or _stderr_prompt
        self._app: Any = None
        self._lock = threading.Lock()
        self._token: str | None = None
        self._thumbprint = "?"
        self._cache: Any = None
        self.acquired = 0  # tokens fetched from Entra ID (not from a cache)

    # --- building the MSAL app -------------------------------------------------------

    def _build(self) -> Any:
        msal = _msal()

        s = self.settings
        common: dict[str, Any] = {
            "authority": s.authority, "app_name": "kmcore-sharepoint",
            "app_version": __version__, "timeout": s.timeout_seconds,
        }
        if s.custom_authority:
            common["instance_discovery"] = False
        try:
            if s.auth == "device_code":
                self._cache = self._load_cache()
                return msal.PublicClientApplication(s.client_id, token_cache=self._cache,
                                                    **common)
            if s.auth == "secret":
                credential: Any = s.client_secret()
            else:
                assert s.certificate_path is not None
                # Named but unset is a mistake to report, not a key without a passphrase.
                passphrase = secret_from_env(
                    s.certificate_passphrase_env, target=s.target,
                    what="passphrase for the certificate's private key",
                ) if s.certificate_passphrase_env else None
                key, cert, self._thumbprint = load_certificate(s.certificate_path, passphrase)
                credential = {"private_key": key, "public_certificate": cert}
                if passphrase:
                    credential["passphrase"] = passphrase
            return msal.ConfidentialClientApplication(s.client_id, client_credential=credential,
                                                      **common)
        except (ValueError, OSError) as exc:
            # MSAL fetches the OpenID configuration when built: an unknown tenant, or an
            # unreachable or untrusted authority, shows up here.
            unknown = self._unknown_tenant(exc)
            if unknown is not None:
                raise unknown from None
            raise self._network_error(exc) from None
        except Exception as exc:
            if type(exc).__module__.startswith(("requests", "urllib3")):
                raise self._network_error(exc) from None
            raise

    def _unknown_tenant(self, exc: BaseException) -> AuthError | None:
        """Entra ID answered the OpenID discovery with a 4xx: it has no such tenant (a
        wrong tenant_id is not a network problem). MSAL raises a ValueError, whose cause
        (``__context__``) carries the HTTP status and Entra's answer."""
        texts: list[str] = []
        cause: BaseException | None = exc
        while cause is not None and len(texts) < 4:
            texts.append(str(cause))
            cause = cause.__context__
        said = " ".join(texts)
        if "OIDC Discovery failed" not in said or "HTTP status: 4" not in said:
            return None
        s = self.settings
        what, todo = aadsts_hint([90002], s) or ("", "")
        return AuthError(
            f"SharePoint target {s.target!r}: sign-in to tenant {s.tenant_id} as app "
            f"{s.client_id} failed: {what} (the sign-in service at {s.authority_host} does "
            "not know it)", hint=todo)

    def _network_error(self, exc: BaseException) -> RemoteError:
        text = redact_text(str(exc))[:300]
        hint = ("Check authority_host and the network. If a proxy or test double uses its own "
                "certificate authority, point REQUESTS_CA_BUNDLE at its CA bundle.")
        if "CERTIFICATE_VERIFY_FAILED" in text or "SSL" in text:
            hint = ("The sign-in service's TLS certificate is not trusted. If your network "
                    "inspects TLS, point REQUESTS_CA_BUNDLE at the organisation's CA bundle.")
        return RemoteError(f"could not reach the sign-in service at "
                           f"{self.settings.authority_host} ({type(exc).__name__}: {text})",
                           hint=hint)

    def _app_for_use(self) -> Any:
        if self._app is None:
            self._app = self._build()
        return self._app

    # --- tokens ------------------------------------------------------------------------

    def token(self) -> str:
        """A valid access token (from memory or MSAL's cache when it can)."""
        with self._lock:
            if self._token is not None:
                return self._token
            self._token = self._acquire()
            return self._token

    def invalidate(self, token: str | None = None) -> None:
        """Forget the token (Graph answered 401); the next :meth:`token` asks again."""
        with self._lock:
            if token is None or token == self._token:
                self._token = None
                app = self._app
                if app is not None and hasattr(app, "remove_tokens_for_client"):
                    app.remove_tokens_for_client()

    def signed_in_user(self) -> str | None:
        """Device code: the account signed in (from the sign-in's ID token, as MSAL keeps it;
        the access token is opaque to a client and never read). None for an app."""
        self.token()
        app = self._app
        if self.settings.auth != "device_code" or app is None:
            return None
        accounts = app.get_accounts()
        return str(accounts[0].get("username") or "") or None if accounts else None

    def _acquire(self) -> str:
        s = self.settings
        app = self._app_for_use()
        try:
            if s.auth == "device_code":
                result = self._device_code(app)
            else:
                result = app.acquire_token_for_client([s.scope])
        except (ValueError, OSError) as exc:
            raise self._network_error(exc) from None
        except Exception as exc:
            if type(exc).__module__.startswith(("requests", "urllib3")):
                raise self._network_error(exc) from None
            raise
        if not isinstance(result, dict) or "access_token" not in result:
            raise self._auth_error(result if isinstance(result, dict) else {})
        if result.get("token_source") != "cache":
            self.acquired += 1
        self._save_cache()
        return str(result["access_token"])

    def _device_code(self, app: Any) -> dict[str, Any] | None:
        s = self.settings
        scopes = [s.scope]
        accounts = app.get_accounts()
        if accounts:
            result = app.acquire_token_silent_with_error(scopes, account=accounts[0])
            if result and "access_token" in result:
                return dict(result)
        if self.prompt is _stderr_prompt and not _attended():
            # A scheduled run: nobody would see the code, and the run would wait 15 minutes
            # for a sign-in that never comes.
            raise AuthError(
                f"SharePoint target {s.target!r} signs in with a device code, and this run has "
                "no terminal for anybody to do it (no saved sign-in could be used)",
                hint=f"Run `kmcore sharepoint login {s.target}` once at a keyboard (the "
                "sign-in is kept and renewed while it is used), or switch scheduled runs to "
                "auth = \"certificate\".")
        flow = app.initiate_device_flow(scopes=scopes)
        if "user_code" not in flow:
            return dict(flow)
        self.prompt(str(flow.get("message", "")))
        answer = app.acquire_token_by_device_flow(flow)
        return dict(answer) if isinstance(answer, dict) else None

    def _auth_error(self, result: dict[str, Any]) -> AuthError:
        s = self.settings
        codes = [int(c) for c in result.get("error_codes") or [] if str(c).isdigit()]
        description = redact_text(str(result.get("error_description") or ""))
        known = aadsts_hint(codes, s, self._thumbprint)
        error = str(result.get("error") or "unknown_error")
        first = description.split(" Trace ID:")[0].strip() if description else error
        if known:
            what, todo = known
            message = (f"SharePoint target {s.target!r}: sign-in to tenant {s.tenant_id} as app "
                       f"{s.client_id} failed: {what} ({first})")
        else:
            message = (f"SharePoint target {s.target!r}: sign-in to tenant {s.tenant_id} as app "
                       f"{s.client_id} failed: {error} ({first})")
            todo = "Check tenant_id, client_id and the credentials with IT; " \
                "`kmcore doctor` checks each step."
        return AuthError(message, hint=todo,
                         request_id=str(result.get("correlation_id") or "") or None)

    # --- the device-code token cache ---------------------------------------------------

    def cache_path(self) -> Path:
        s = self.settings
        if s.token_cache_path is not None:
            return s.token_cache_path
        root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kmcore"
        return root / f"sharepoint-{s.target}-{s.client_id[:8]}.json"

    def _load_cache(self) -> Any:
        msal = _msal()

        mode = self.settings.token_cache
        if mode == "none":
            return msal.SerializableTokenCache()
        if mode in ("auto", "encrypted"):
            encrypted = self._encrypted_cache()
            if encrypted is not None:
                return encrypted
            if mode == "encrypted":
                raise ConfigError(
                    f"target {self.settings.target!r} asks for an encrypted token cache, but "
                    "none is available here",
                    hint="pip install 'kmcore-sharepoint[encrypted-cache]' (and, on Linux, a "
                    "running Secret Service), or set token_cache = \"file\" to keep it in a "
                    "file only you can read.")
        if os.name != "posix":
            raise ConfigError(
                "kmcore cannot protect a plain token cache file on this system",
                hint="pip install 'kmcore-sharepoint[encrypted-cache]' to encrypt it with "
                "Windows DPAPI, or set token_cache = \"none\" to sign in every run.")
        path = self.cache_path()
        cache = msal.SerializableTokenCache()
        if path.exists():
            if path.stat().st_mode & 0o077:
                path.chmod(0o600)
                log.warning("token cache %s was readable by others; made it owner-only (0600)",
                            path)
            cache.deserialize(path.read_text(encoding="utf-8"))
        if mode == "auto":
            log.warning("the sign-in token cache for target %r is not encrypted (no "
                        "msal-extensions keyring here); it is kept in %s, readable by its "
                        "owner only (0600)", self.settings.target, path)
        return cache

    def _encrypted_cache(self) -> Any:
        try:
            extensions = importlib.import_module("msal_extensions")
        except ImportError:
            return None
        try:
            persistence = extensions.build_encrypted_persistence(str(self.cache_path()))
        except Exception:  # no keyring, no Secret Service, headless session...
            return None
        return extensions.PersistedTokenCache(persistence)

    def _save_cache(self) -> None:
        cache = self._cache
        if cache is None or type(cache).__name__ == "PersistedTokenCache" or \
                self.settings.token_cache == "none" or not cache.has_state_changed:
            return
        path = self.cache_path()
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # Only its owner may read it (the mode is set before the sign-in is written).
        atomic_write(path, cache.serialize().encode("utf-8"), mode=0o600)
