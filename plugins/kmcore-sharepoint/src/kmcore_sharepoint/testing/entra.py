"""The fake's Entra ID (Azure AD) side: app registrations and the v2.0 token endpoint.

Written from Microsoft's identity platform documentation (OpenID discovery document, the
client-credentials grant with a secret or a certificate assertion, the device authorization
grant, refresh tokens) and the AADSTS error codes it lists. Tokens are real JWTs (HS256,
signed with a key only the fake knows) carrying ``roles`` (app-only) or ``scp`` (delegated),
so a client may read its own grants from them, as it can from a real token.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import threading
import time
import uuid
from collections.abc import Mapping
from typing import Any

import attrs
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

__all__ = ["App", "Entra", "TokenInfo"]

_ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
_DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _thumb(value: object) -> bytes | None:
    """A thumbprint header's digest; x5t values arrive base64url or, from some clients,
    standard base64 with padding."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return base64.b64decode(value.replace("-", "+").replace("_", "/")
                                + "=" * (-len(value.rstrip("=")) % 4))
    except ValueError:
        return None


@attrs.define(kw_only=True)
class App:
    """An app registration in the fake tenant.

    :ivar roles: application permissions an admin consented (``Sites.Selected``,
        ``Sites.ReadWrite.All``...); empty: consent missing.
    :ivar secret: a client secret, and when it expires (epoch seconds; None: never).
    :ivar certificates: public certificates (PEM) uploaded to the registration.
    :ivar public_client: "Allow public client flows" (device code) is on.
    :ivar blocked_by_conditional_access: sign-ins are refused (AADSTS53003).
    """

    client_id: str
    display_name: str = "kmcore"
    roles: set[str] = attrs.field(factory=set)
    delegated_scopes: set[str] = attrs.field(factory=lambda: {"Sites.ReadWrite.All"})
    secret: str | None = None
    secret_expires: float | None = None
    certificates: list[bytes] = attrs.field(factory=list)
    public_client: bool = False
    blocked_by_conditional_access: bool = False


@attrs.frozen
class TokenInfo:
    """What the fake knows about a token it issued."""

    client_id: str
    roles: frozenset[str]
    scopes: frozenset[str]
    user: str | None
    expires: float


@attrs.define
class _DeviceCode:
    client_id: str
    user_code: str
    expires: float
    scopes: frozenset[str]
    approved_by: str | None = None
    denied: bool = False


class Entra:
    """App registrations and issued tokens; :meth:`token` answers the token endpoint."""

    def __init__(self, tenant_id: str, *, token_lifetime: int = 3599,
                 device_interval: int = 1) -> None:
        self.tenant_id = tenant_id
        self.token_lifetime = token_lifetime
        self.device_interval = device_interval
        self.apps: dict[str, App] = {}
        self._key = secrets.token_bytes(32)
        self._tokens: dict[str, TokenInfo] = {}
        self._device: dict[str, _DeviceCode] = {}
        self._refresh: dict[str, tuple[str, str, frozenset[str]]] = {}
        self._lock = threading.Lock()
        #: every token request seen: (grant type, client id, outcome)
        self.requests: list[tuple[str, str, str]] = []
        #: forced answers for the next token requests: (status, AADSTS code, error)
        self.forced: list[tuple[int, int, str]] = []
        #: every credential a client sent or was given (secrets, assertions, access and
        #: refresh tokens), so a test can check that none of them leaked into logs or errors
        self.secrets_seen: list[str] = []

    # --- admin ---------------------------------------------------------------------------

    def register(self, app: App) -> App:
        self.apps[app.client_id] = app
        return app

    def approve_device_code(self, user_code: str, user: str = "librarian@example.nhs.uk") -> None:
        """The user signs in at the verification page and enters *user_code*."""
        with self._lock:
            for flow in self._device.values():
                if flow.user_code == user_code:
                    flow.approved_by = user
                    return
        raise KeyError(f"no device code {user_code!r} is pending")

    def revoke_all_tokens(self) -> None:
        """Every access token issued so far stops working (Graph answers 401)."""
        with self._lock:
            self._tokens.clear()

    def lookup(self, token: str) -> TokenInfo | None:
        with self._lock:
            info = self._tokens.get(token)
        if info is None or info.expires < time.time():
            return None
        return info

    # --- the endpoints ------------------------------------------------------------------

    def openid_configuration(self, base: str, tenant: str) -> dict[str, Any]:
        root = f"{base}/{tenant}"
        return {
            "issuer": f"{root}/v2.0",
            "authorization_endpoint": f"{root}/oauth2/v2.0/authorize",
            "token_endpoint": f"{root}/oauth2/v2.0/token",
            "device_authorization_endpoint": f"{root}/oauth2/v2.0/devicecode",
            "jwks_uri": f"{base}/{tenant}/discovery/v2.0/keys",
            "response_types_supported": ["code", "id_token", "token"],
            "subject_types_supported": ["pairwise"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "tenant_region_scope": "EU",
        }

    def device_code(self, tenant: str, form: Mapping[str, str]) -> tuple[int, dict[str, Any]]:
        bad = self._check_tenant(tenant)
        if bad:
            return bad
        app = self.apps.get(form.get("client_id", ""))
        if app is None:
            return self._error(400, 700016, "unauthorized_client",
                               f"Application with identifier '{form.get('client_id')}' was not "
                               "found in the directory.")
        code = secrets.token_urlsafe(24)
        user_code = "".join(secrets.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(9))
        scopes = frozenset(form.get("scope", "").split())
        with self._lock:
            self._device[code] = _DeviceCode(app.client_id, user_code, time.time() + 900, scopes)
        return 200, {
            "device_code": code, "user_code": user_code,
            "verification_uri": "https://microsoft.com/devicelogin",
            "expires_in": 900, "interval": self.device_interval,
            "message": f"To sign in, use a web browser to open the page "
            f"https://microsoft.com/devicelogin and enter the code {user_code} to authenticate.",
        }

    def token(self, tenant: str, form: Mapping[str, str], token_endpoint: str
              ) -> tuple[int, dict[str, Any]]:
        """Answer a POST to ``/{tenant}/oauth2/v2.0/token``: (status, JSON body)."""
        grant = form.get("grant_type", "")
        client_id = form.get("client_id", "")
        for key in ("client_secret", "client_assertion", "refresh_token", "device_code"):
            if form.get(key):
                self.secrets_seen.append(form[key])
        status, body = self._token(tenant, grant, client_id, form, token_endpoint)
        self.requests.append((grant, client_id, "ok" if status == 200 else str(body.get("error"))))
        return status, body

    def _token(self, tenant: str, grant: str, client_id: str, form: Mapping[str, str],
               token_endpoint: str) -> tuple[int, dict[str, Any]]:
        if self.forced:
            status, code, error = self.forced.pop(0)
            return self._error(status, code, error, f"Forced by the test (AADSTS{code}).")
        bad = self._check_tenant(tenant)
        if bad:
            return bad
        app = self.apps.get(client_id)
        if app is None:
            return self._error(400, 700016, "unauthorized_client",
                               f"Application with identifier '{client_id}' was not found in "
                               f"the directory '{tenant}'.")
        if app.blocked_by_conditional_access:
            return self._error(400, 53003, "access_denied",
                               "Access has been blocked by Conditional Access policies.")
        if grant == "client_credentials":
            problem = self._authenticate(app, form, token_endpoint)
            if problem:
                return problem
            scope = form.get("scope", "")
            if not scope.endswith("/.default"):
                return self._error(400, 1002012, "invalid_scope",
                                   f"The provided value for scope {scope} is not valid. Client "
                                   "credential flows must have a scope value with /.default "
                                   "suffixed to the resource identifier.")
            return 200, self._issue(app.client_id, frozenset(app.roles), frozenset(), None)
        if grant == _DEVICE_GRANT:
            return self._device_token(app, form)
        if grant == "refresh_token":
            with self._lock:
                known = self._refresh.get(form.get("refresh_token", ""))
            if known is None or known[0] != app.client_id:
                return self._error(400, 700082, "invalid_grant",
                                   "The refresh token has expired due to inactivity.")
            return 200, self._issue(app.client_id, frozenset(), known[2], known[1],
                                    refresh=True)
        return self._error(400, 70003, "unsupported_grant_type",
                           f"The app requested an unsupported grant type '{grant}'.")

    def _device_token(self, app: App, form: Mapping[str, str]) -> tuple[int, dict[str, Any]]:
        if not app.public_client:
            return self._error(401, 7000218, "invalid_client",
                               "The request body must contain the following parameter: "
                               "'client_assertion' or 'client_secret'.")
        with self._lock:
            flow = self._device.get(form.get("device_code", ""))
        if flow is None or flow.expires < time.time():
            return self._error(400, 70020, "expired_token", "The provided code has expired.")
        if flow.denied:
            return self._error(400, 70000, "authorization_declined", "The user declined.")
        if flow.approved_by is None:
            return self._error(400, 70016, "authorization_pending",
                               "OAuth 2.0 device flow error. Authorization is pending.")
        with self._lock:
            self._device.pop(form.get("device_code", ""), None)
        scopes = frozenset(s.rsplit("/", 1)[-1] for s in flow.scopes
                           if s not in ("openid", "profile", "offline_access"))
        if ".default" in scopes:  # every delegated permission the app was consented
            scopes = frozenset(app.delegated_scopes)
        return 200, self._issue(app.client_id, frozenset(), scopes & app.delegated_scopes,
                                flow.approved_by, refresh=True)

    def _authenticate(self, app: App, form: Mapping[str, str], token_endpoint: str
                      ) -> tuple[int, dict[str, Any]] | None:
        if "client_secret" in form:
            if app.secret is None or not hmac.compare_digest(form["client_secret"], app.secret):
                return self._error(401, 7000215, "invalid_client",
                                   "Invalid client secret provided. Ensure the secret being "
                                   "sent in the request is the client secret value, not the "
                                   "client secret ID, for a secret added to app "
                                   f"'{app.client_id}'.")
            if app.secret_expires is not None and app.secret_expires < time.time():
                return self._error(401, 7000222, "invalid_client",
                                   f"The provided client secret keys for app '{app.client_id}' "
                                   "are expired.")
            return None
        if form.get("client_assertion_type") == _ASSERTION_TYPE:
            return self._check_assertion(app, form.get("client_assertion", ""), token_endpoint)
        return self._error(401, 7000218, "invalid_client",
                           "The request body must contain the following parameter: "
                           "'client_assertion' or 'client_secret'.")

    def _check_assertion(self, app: App, assertion: str, token_endpoint: str
                         ) -> tuple[int, dict[str, Any]] | None:
        try:
            head_b64, body_b64, sig_b64 = assertion.split(".")
            header = json.loads(b64url_decode(head_b64))
            claims = json.loads(b64url_decode(body_b64))
            signature = b64url_decode(sig_b64)
        except (ValueError, json.JSONDecodeError):
            return self._error(401, 50027, "invalid_client", "JWT token is invalid or malformed.")
        thumb256, thumb1 = header.get("x5t#S256"), header.get("x5t")
        want256, want1 = _thumb(thumb256), _thumb(thumb1)
        for pem in app.certificates:
            cert = x509.load_pem_x509_certificate(pem)
            der = cert.public_bytes(serialization.Encoding.DER)
            if want256 == hashlib.sha256(der).digest() or \
                    want1 == hashlib.sha1(der).digest():
                key = cert.public_key()
                break
        else:
            return self._error(401, 700027, "invalid_client",
                               "Client assertion failed signature validation. The key was not "
                               f"found (thumbprint {thumb256 or thumb1}).")
        if not isinstance(key, rsa.RSAPublicKey):
            return self._error(401, 700027, "invalid_client", "Unsupported key type.")
        signed = f"{head_b64}.{body_b64}".encode()
        try:
            if header.get("alg") == "PS256":
                key.verify(signature, signed, padding.PSS(mgf=padding.MGF1(hashes.SHA256()),
                                                           salt_length=32), hashes.SHA256())
            elif header.get("alg") == "RS256":
                key.verify(signature, signed, padding.PKCS1v15(), hashes.SHA256())
            else:
                raise InvalidSignature
        except InvalidSignature:
            return self._error(401, 700027, "invalid_client",
                               "Client assertion failed signature validation.")
        now = time.time()
        if claims.get("aud") != token_endpoint:
            return self._error(401, 700212, "invalid_client",
                               f"No matching federated identity record found for presented "
                               f"assertion audience '{claims.get('aud')}'.")
        if claims.get("iss") != app.client_id or claims.get("sub") != app.client_id:
            return self._error(401, 700023, "invalid_client",
                               "Client assertion issuer or subject is not the client id.")
        if float(claims.get("exp", 0)) < now:
            return self._error(401, 700024, "invalid_client",
                               "Client assertion is not within its valid time range.")
        return None

    def unknown_tenant(self, tenant: str) -> tuple[int, dict[str, Any]] | None:
        """The answer for a tenant this directory is not (None for this one and for the
        multi-tenant aliases ``common`` and ``organizations``)."""
        if tenant in ("common", "organizations"):
            return None
        return self._check_tenant(tenant)

    def _check_tenant(self, tenant: str) -> tuple[int, dict[str, Any]] | None:
        if tenant != self.tenant_id:
            return self._error(400, 90002, "invalid_request",
                               f"Tenant '{tenant}' not found. Check to make sure you have the "
                               "correct tenant ID and are signing into the correct cloud.")
        return None

    def _issue(self, client_id: str, roles: frozenset[str], scopes: frozenset[str],
               user: str | None, *, refresh: bool = False) -> dict[str, Any]:
        now = int(time.time())
        # Opaque, as a client must take every access token to be (Microsoft may change the
        # format at will, and encrypts some): what it grants is known only to this fake,
        # so a client that decodes a token to learn its permissions fails its tests.
        token = secrets.token_urlsafe(48)
        with self._lock:
            self._tokens[token] = TokenInfo(client_id, roles, scopes, user,
                                            now + self.token_lifetime)
        answer: dict[str, Any] = {"token_type": "Bearer", "expires_in": self.token_lifetime,
                                  "ext_expires_in": self.token_lifetime, "access_token": token}
        self.secrets_seen.append(token)
        if refresh and user:
            refresh_token = secrets.token_urlsafe(32)
            uid = hashlib.sha256(user.encode()).hexdigest()[:32]
            with self._lock:
                self._refresh[refresh_token] = (client_id, user, scopes)
            self.secrets_seen.append(refresh_token)
            answer["refresh_token"] = refresh_token
            answer["scope"] = " ".join(sorted(scopes)) + " openid profile offline_access"
            answer["client_info"] = b64url(json.dumps(
                {"uid": uid, "utid": self.tenant_id}).encode())
            answer["id_token"] = ".".join([
                b64url(json.dumps({"alg": "none", "typ": "JWT"}).encode()),
                b64url(json.dumps({
                    "aud": client_id, "iss": f"https://login.microsoftonline.com/"
                    f"{self.tenant_id}/v2.0", "iat": now, "exp": now + 3600,
                    "oid": uid, "sub": uid, "tid": self.tenant_id,
                    "preferred_username": user, "name": user.split("@")[0],
                }).encode()),
                "",
            ])
        return answer

    def _error(self, status: int, code: int, error: str, description: str
               ) -> tuple[int, dict[str, Any]]:
        trace, correlation = str(uuid.uuid4()), str(uuid.uuid4())
        return status, {
            "error": error,
            "error_description": f"AADSTS{code}: {description} Trace ID: {trace} "
            f"Correlation ID: {correlation} Timestamp: {time.strftime('%Y-%m-%d %H:%M:%SZ')}",
            "error_codes": [code], "timestamp": time.strftime("%Y-%m-%d %H:%M:%SZ"),
            "trace_id": trace, "correlation_id": correlation,
        }
