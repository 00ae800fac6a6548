"""Keeping credentials out of logs, messages and reprs: the redaction every backend uses.

Structured data first (:func:`redact_url`, :func:`redact_headers`, :func:`redact_form`), and
:func:`redact_text` as the last line of defence for free text; :class:`RedactingFilter` runs
it over every message of a logger (``kmcore.http`` has it). Re-exported by :mod:`kmcore.http`,
where backends have always found it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import unquote_plus, urlencode, urlsplit, urlunsplit

__all__ = [
    "REDACTED",
    "SECRET_HEADERS",
    "SECRET_PARAMS",
    "RedactingFilter",
    "redact_form",
    "redact_headers",
    "redact_text",
    "redact_url",
]

#: What replaces a secret value wherever kmcore writes one out.
REDACTED = "REDACTED"

#: Header names (lower case) whose values are never logged or shown.
SECRET_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "x-api-key",
        "api-key",
        "ocp-apim-subscription-key",
        "x-functions-key",
    }
)

#: Query-string and form parameter names (lower case) whose values are never logged or shown.
#: OAuth's own names, plus the usual spellings of keys, passwords and signed-URL signatures.
SECRET_PARAMS = frozenset(
    {
        "access_token",
        "refresh_token",
        "id_token",
        "client_secret",
        "client_assertion",
        "assertion",
        "code",
        "code_verifier",
        "device_code",
        "password",
        "passwd",
        "pwd",
        "secret",
        "token",
        "api_key",
        "apikey",
        "key",
        "sig",
        "signature",
        "session",
        "sessionid",
    }
)

_PARAM_ALTERNATION = "|".join(sorted((re.escape(p) for p in SECRET_PARAMS), key=len, reverse=True))
# key=value in query strings and form bodies; the lookbehind stops "postcode=" matching "code=".
_PARAM_RE = re.compile(rf"(?i)(?<![A-Za-z0-9_])({_PARAM_ALTERNATION})=([^&\s\"'<>]*)")
# "access_token": "..." in JSON bodies (token endpoint responses).
_JSON_RE = re.compile(rf"(?i)([\"'])({_PARAM_ALTERNATION})\1(\s*:\s*)([\"'])(.*?)(?<!\\)\4")
# Authorization schemes written out in free text.
_SCHEME_RE = re.compile(r"(?i)\b(Bearer|Basic|Digest|NTLM|Negotiate)\s+[A-Za-z0-9._~+/=-]+")
# Secret headers written out as "Name: value" (a dumped header block, an exception message).
_HEADER_ALTERNATION = "|".join(re.escape(h) for h in sorted(SECRET_HEADERS))
_HEADER_RE = re.compile(rf"(?im)\b({_HEADER_ALTERNATION})(\s*[:=]\s*)([^\r\n,}}]+)")
# user:password@host in URLs.
_USERINFO_RE = re.compile(r"(?i)(\b[a-z][a-z0-9+.-]*://[^/@\s:]+):[^/@\s]+@")



def redact_url(url: str) -> str:
    """*url* with secret query parameters, any password and the fragment replaced or removed.

    Non-secret parameters (``$filter``, ``$top``, ``cursor``...) are kept: they are what makes
    an error message useful.

    >>> redact_url("https://h/x?client_secret=s3&$top=5")
    'https://h/x?client_secret=REDACTED&$top=5'
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        # Not a URL we can take apart: fall back to pattern redaction of the whole text.
        return redact_text(url)
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, host = netloc.rpartition("@")
        user = userinfo.split(":", 1)[0]
        netloc = f"{user}:{REDACTED}@{host}" if ":" in userinfo else f"{user}@{host}"
    query = parts.query
    if query:
        # Rewrite only the secret pairs and keep the rest byte for byte, so the URL in a
        # message is the one that was sent (no re-encoding of $filter expressions).
        pieces = []
        for piece in query.split("&"):
            name, eq, _ = piece.partition("=")
            if eq and unquote_plus(name).lower() in SECRET_PARAMS:
                piece = f"{name}={REDACTED}"
            pieces.append(piece)
        query = "&".join(pieces)
    return urlunsplit((parts.scheme, netloc, parts.path, query, ""))


def redact_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    """A copy of *headers* with the values of secret headers (Authorization, Cookie...) redacted."""
    return {
        name: (REDACTED if name.lower() in SECRET_HEADERS else value)
        for name, value in (headers or {}).items()
    }


def redact_form(
    body: str | bytes | Mapping[str, Any] | Iterable[tuple[str, Any]] | None,
) -> str:
    """A form body (``a=1&client_secret=x``, a dict or pairs) as text, secret values redacted."""
    if body is None:
        return ""
    if isinstance(body, bytes):
        body = body.decode("utf-8", "replace")
    if isinstance(body, str):
        return redact_text(body)
    pairs = body.items() if isinstance(body, Mapping) else body
    return urlencode(
        [(str(k), REDACTED if str(k).lower() in SECRET_PARAMS else str(v)) for k, v in pairs]
    )


def redact_text(text: str) -> str:
    """*text* with anything that looks like a credential replaced by :data:`REDACTED`.

    Catches ``key=value`` pairs with secret names, JSON ``"access_token": "..."`` members,
    ``Bearer``/``Basic`` credentials, ``Authorization: ...`` header lines and URL passwords.
    A last line of defence for log messages; code should redact structured data with
    :func:`redact_url`, :func:`redact_headers` and :func:`redact_form` first.
    """
    text = _HEADER_RE.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}", text)
    text = _SCHEME_RE.sub(lambda m: f"{m.group(1)} {REDACTED}", text)
    text = _PARAM_RE.sub(lambda m: f"{m.group(1)}={REDACTED}", text)
    text = _JSON_RE.sub(
        lambda m: (
            f"{m.group(1)}{m.group(2)}{m.group(1)}{m.group(3)}{m.group(4)}{REDACTED}{m.group(4)}"
        ),
        text,
    )
    return _USERINFO_RE.sub(lambda m: f"{m.group(1)}:{REDACTED}@", text)


class RedactingFilter(logging.Filter):
    """A logging filter that redacts credentials from each record's formatted message.

    Installed on the ``kmcore.http`` logger, so even a careless message from this module cannot
    carry a token into a log file; add it to other loggers (``urllib3``, ``msal``) if wanted.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite *record*'s message with secrets redacted; never drops the record."""
        message = record.getMessage()
        cleaned = redact_text(message)
        if cleaned != message or record.args:
            # Freeze the formatted text so no handler re-formats the original arguments.
            record.msg = cleaned
            record.args = None
        return True
