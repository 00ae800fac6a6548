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

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import attrs

from kmcore_postgres._kmcore import ConfigError, SettingError, parse_store_settings, setting

__all__ = ["SSL_MODES", "PostgresSettings"]

SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
SslMode = Literal["disable", "allow", "prefer", "require", "verify-ca", "verify-full"]
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

    Checked by kmcore's settings layer (:func:`kmcore.backend.parse_store_settings`), so a
    mistake is reported as ``$.store.KEY`` with what to do, and an unknown key is refused.
    """

    host: str | None = setting(
        "the server's host name or address, or a folder holding its Unix socket (default: "
        "libpq's, from `PGHOST`).", default=None, example='"db.hub.example.nhs.uk"')
    port: int | None = setting("the server's port (default: libpq's, 5432 or `PGPORT`).",
                               default=None, low=1, high=65535, example="5432")
    dbname: str | None = setting(
        "the database (default: libpq's, from `PGDATABASE` or the user name).",
        default=None, example='"kmcore"')
    user: str | None = setting(
        "the database role to sign in as; at a hub, your trust's role (default: libpq's, "
        "from `PGUSER` or your login name).", default=None, example='"kmcore_rt3"')
    service: str | None = setting(
        "a service name in the libpq service file (`pg_service.conf`), which can hold every "
        "connection setting including the password file to use.", default=None)
    passfile: Path | None = setting(
        "a password file in libpq's `.pgpass` format (`host:port:dbname:user:password` "
        "lines); readable only by you. A relative path is taken from the knowledge base "
        "folder.", default=None, path=True)
    conninfo_env: str | None = setting(
        "the name of an environment variable holding a whole libpq connection string; the "
        "settings above override its parts.", default=None,
        pattern=r"[A-Za-z_][A-Za-z0-9_]*", pattern_text="an environment variable name",
        hint="Name the variable, e.g. KMCORE_PG_CONNINFO, not its value.")
    schema: str = setting(
        "the schema holding this knowledge base's tables, so one database can hold several "
        "knowledge bases (lower-case letters, digits and `_`).", default="kmcore",
        pattern=r"[a-z_][a-z0-9_]{0,62}",
        pattern_text="lower-case letters, digits and _, starting with a letter",
        hint='Use lower-case letters, digits and _, starting with a letter (not pg_), e.g. '
             '"kmcore" or "hub_north".')
    sslmode: SslMode | None = setting(
        "TLS: `disable`, `allow`, `prefer`, `require`, `verify-ca` or `verify-full` (checks "
        "the server's certificate and name; use it across a network).", default=None,
        example='"verify-full"')
    sslrootcert: Path | None = setting(
        "the file of the certificate authority that signed the server's certificate (for "
        "`verify-ca` and `verify-full`).", default=None, path=True)
    sslcert: Path | None = setting(
        "your client certificate file, when the server signs roles in by certificate.",
        default=None, path=True)
    sslkey: Path | None = setting("the private key file of `sslcert`.", default=None,
                                  path=True)
    connect_timeout: int = setting("seconds to wait for the server before giving up.",
                                   default=10, low=1, high=3600)
    pool_size: int = setting(
        "connections kept open by one program (an intranet app serving many readers may want "
        "more).", default=4, low=1, high=100)

    def validate(self, kb_root: Path | None) -> None:
        """Checks across keys (called by the settings layer)."""
        for key in ("host", "dbname", "user", "service"):
            text = getattr(self, key) or ""
            if "://" in text or "password" in text.lower():
                raise SettingError(key, "looks like a connection string, which may carry a "
                                   "password", _SECRET_HINT)
        if self.schema.startswith("pg_"):
            raise SettingError("schema", f"{self.schema!r} is not a usable schema name "
                               "(names starting pg_ are PostgreSQL's own)",
                               'Choose another, e.g. "kmcore" or "hub_north".')

    @classmethod
    def from_mapping(cls, table: Mapping[str, Any], *,
                     base: Path | None = None) -> PostgresSettings:
        """Check the ``[store]`` table (its ``backend`` key is skipped) and build the
        settings; :class:`~kmcore.errors.ConfigError` names the first key that is wrong.
        *base* is the knowledge base folder, which relative file paths start from."""
        for key in table:
            if key.lower() in _SECRET_KEYS:
                raise _fail(key, "is a secret, and kmcore.toml is not the place for it",
                            _SECRET_HINT)
        settings: PostgresSettings = parse_store_settings(cls, table, backend="postgres",
                                                          base=base)
        return settings

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
                parts[key] = str(value) if isinstance(value, Path) else value
        try:
            return make_conninfo(base, **parts)
        except Exception:  # psycopg.ProgrammingError: a malformed string in the env
            # libpq's reason quotes the text around the mistake ('missing "=" after
            # "horse"'), which may be part of the password: it is never shown (D1470).
            raise _fail("conninfo_env", f"the connection string in {self.conninfo_env} is "
                        "not a valid libpq connection string (its text is not shown, as it "
                        "may hold a password)", "Check its syntax: key=value pairs separated "
                        "by spaces, values with spaces in single quotes ('...'), or a "
                        "postgresql:// address.") from None

    def describe(self) -> str:
        """Where the store is, for messages (never a secret)."""
        where = (self.service and f"service {self.service}") or (
            f"{self.host or 'the default host'}" + (f":{self.port}" if self.port else ""))
        return f"PostgreSQL {where}, database {self.dbname or '(default)'}, " \
               f"schema {self.schema}"
