"""The ``[store]`` settings of a PostgreSQL knowledge base, checked before anything connects.

::

    [store]
    backend = "postgres"
    host = "db.hub.example.nhs.uk"
    dbname = "kmcore"
    user = "kmcore_rt3"
    schema = "kmcore"              # several knowledge bases can share one database
    sslmode = "verify-full"
    sslrootcert = "C:/kmcore/hub-ca.pem"

Secrets never live in ``kmcore.toml``: the password comes from ``PGPASSWORD``, a password
file (``passfile``, or libpq's own ``~/.pgpass`` / ``%APPDATA%/postgresql/pgpass.conf``) or
a libpq service file (``service``); a whole connection string may come from an environment
variable named by ``conninfo_env``. Every other libpq ``PG*`` variable works as usual.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Mapping
from typing import Any

import attrs

from kmcore_postgres._kmcore import ConfigError

__all__ = ["SSL_MODES", "PostgresSettings"]

SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}\Z")
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
#: Keys that would put a secret in kmcore.toml: refused with the way to do it instead.
_SECRET_KEYS = {"password", "conninfo", "dsn", "url", "uri", "connection_string", "sslpassword"}
_SECRET_HINT = (
    "Secrets never go in kmcore.toml. Put the password in a password file (set passfile, or "
    "use libpq's pgpass file), a libpq service file (set service), or the PGPASSWORD "
    "environment variable; a whole connection string can come from the variable named by "
    "conninfo_env."
)


def _fail(key: str, reason: str, hint: str) -> ConfigError:
    return ConfigError(f"kmcore.toml: $.store.{key}: {reason}", hint=hint)


@attrs.frozen(kw_only=True)
class PostgresSettings:
    """Records in a PostgreSQL database; see [PostgreSQL for a hub](postgres.md). A key that
    would hold a secret (``password``, ``conninfo``...) is refused: the password comes from a
    password file, a libpq service file or ``PGPASSWORD``.

    :ivar host: the server's host name or address, or a folder holding its Unix socket
        (default: libpq's, from ``PGHOST``).
    :ivar port: the server's port (default: libpq's, 5432 or ``PGPORT``).
    :ivar dbname: the database (default: libpq's, from ``PGDATABASE`` or the user name).
    :ivar user: the database role to sign in as; at a hub, your trust's role
        (default: libpq's, from ``PGUSER`` or your login name).
    :ivar service: a service name in the libpq service file (``pg_service.conf``), which can
        hold every connection setting including the password file to use.
    :ivar passfile: a password file in libpq's ``.pgpass`` format
        (``host:port:dbname:user:password`` lines); readable only by you.
    :ivar conninfo_env: the name of an environment variable holding a whole libpq
        connection string; the settings above override its parts.
    :ivar schema: the schema holding this knowledge base's tables, so one database can hold
        several knowledge bases (lower-case letters, digits and ``_``).
    :ivar sslmode: TLS: ``disable``, ``allow``, ``prefer``, ``require``, ``verify-ca`` or
        ``verify-full`` (checks the server's certificate and name; use it across a network).
    :ivar sslrootcert: the file of the certificate authority that signed the server's
        certificate (for ``verify-ca`` and ``verify-full``).
    :ivar sslcert: your client certificate file, when the server signs roles in by certificate.
    :ivar sslkey: the private key file of ``sslcert``.
    :ivar connect_timeout: seconds to wait for the server before giving up.
    :ivar pool_size: connections kept open by one program (an intranet app serving many
        readers may want more).
    """

    host: str | None = None
    port: int | None = None
    dbname: str | None = None
    user: str | None = None
    service: str | None = None
    passfile: str | None = None
    conninfo_env: str | None = None
    schema: str = "kmcore"
    sslmode: str | None = None
    sslrootcert: str | None = None
    sslcert: str | None = None
    sslkey: str | None = None
    connect_timeout: int = 10
    pool_size: int = 4

    @classmethod
    def from_mapping(cls, table: Mapping[str, Any]) -> PostgresSettings:
        """Check the ``[store]`` table (without ``backend``) and build the settings;
        :class:`~kmcore.errors.ConfigError` names the first key that is wrong."""
        known = [f.name for f in attrs.fields(cls)]
        values: dict[str, Any] = {}
        for key, value in table.items():
            if key == "backend":
                continue
            if key.lower() in _SECRET_KEYS:
                raise _fail(key, "is a secret, and kmcore.toml is not the place for it",
                            _SECRET_HINT)
            if key not in known:
                guess = difflib.get_close_matches(key, known, n=1)
                raise _fail(
                    key, "is not a setting of the postgres store",
                    (f"Did you mean '{guess[0]}'? " if guess else "")
                    + "Known settings: " + ", ".join(known) + ".",
                )
            values[key] = value
        for key in ("port", "connect_timeout", "pool_size"):
            if key in values and (type(values[key]) is not int or values[key] < 1):
                raise _fail(key, f"must be a whole number from 1 (got {values[key]!r})",
                            "Write it without quotes, e.g. 5432.")
        for key in ("host", "dbname", "user", "service", "passfile", "conninfo_env", "schema",
                    "sslmode", "sslrootcert", "sslcert", "sslkey"):
            if key in values and (not isinstance(values[key], str) or not values[key].strip()):
                raise _fail(key, f"must be non-empty text (got {values[key]!r})",
                            "Put the value in quotes, or leave the key out.")
        for key in ("host", "dbname", "user", "service"):
            text = values.get(key, "")
            if "://" in text or "password" in text.lower():
                raise _fail(key, "looks like a connection string, which may carry a password",
                            _SECRET_HINT)
        schema = values.get("schema", "kmcore")
        if not _NAME.match(schema) or schema.startswith("pg_"):
            raise _fail("schema", f"{schema!r} is not a usable schema name",
                        "Use lower-case letters, digits and _, starting with a letter "
                        "(not pg_), e.g. \"kmcore\" or \"hub_north\".")
        mode = values.get("sslmode")
        if mode is not None and mode not in SSL_MODES:
            guess = difflib.get_close_matches(mode, SSL_MODES, n=1)
            raise _fail("sslmode", f"{mode!r} is not a TLS mode",
                        (f"Did you mean '{guess[0]}'? " if guess else "")
                        + "One of: " + ", ".join(SSL_MODES) + ".")
        env = values.get("conninfo_env")
        if env is not None and not _ENV_NAME.match(env):
            raise _fail("conninfo_env", f"{env!r} is not an environment variable name",
                        "Name the variable, e.g. KMCORE_PG_CONNINFO, not its value.")
        return cls(**values)

    def conninfo(self, environ: Mapping[str, str] | None = None) -> str:
        """The libpq connection string (without a password unless ``conninfo_env``'s
        variable holds one); :class:`~kmcore.errors.ConfigError` if that variable is unset."""
        from psycopg.conninfo import make_conninfo

        env = os.environ if environ is None else environ
        base = ""
        if self.conninfo_env is not None:
            base = env.get(self.conninfo_env, "")
            if not base.strip():
                raise _fail("conninfo_env", f"the environment variable {self.conninfo_env} "
                            "is not set", f"Set {self.conninfo_env} to the connection string, "
                            "or remove conninfo_env.")
        parts: dict[str, Any] = {"application_name": "kmcore",
                                 "connect_timeout": self.connect_timeout}
        for key in ("host", "port", "dbname", "user", "service", "passfile", "sslmode",
                    "sslrootcert", "sslcert", "sslkey"):
            value = getattr(self, key)
            if value is not None:
                parts[key] = value
        try:
            return make_conninfo(base, **parts)
        except Exception as exc:  # psycopg.ProgrammingError: a malformed string in the env
            raise _fail("conninfo_env", f"the connection string in {self.conninfo_env} cannot "
                        f"be read: {exc}", "Check its syntax: key=value pairs or a "
                        "postgresql:// address.") from None

    def describe(self) -> str:
        """Where the store is, for messages (never a secret)."""
        where = (self.service and f"service {self.service}") or (
            f"{self.host or 'the default host'}" + (f":{self.port}" if self.port else ""))
        return f"PostgreSQL {where}, database {self.dbname or '(default)'}, " \
               f"schema {self.schema}"
