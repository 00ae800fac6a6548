"""A throwaway PostgreSQL server for tests and benchmarks: real, local, in a temporary folder.

>>> with TempServer() as server:                               # doctest: +SKIP
...     conninfo = server.conninfo(user=server.superuser)

It needs the server programs (Debian: ``apt-get install postgresql``; found in
``/usr/lib/postgresql/NN/bin`` or on ``PATH``). PostgreSQL refuses to run as root, so when run
as root (as CI is) the server runs as the unprivileged ``postgres`` system user that Debian's
package creates (or ``KMCORE_PG_OS_USER``). The server listens on 127.0.0.1 at a free port and
on a Unix socket in its folder; socket connections are trusted, TCP ones need a password
(scram-sha-256), so password files can be tested for real.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Any

__all__ = ["TempServer", "find_bindir"]


def find_bindir() -> Path:
    """The folder of PostgreSQL's server programs (newest version 15 or later)."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                        key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit()
                        else 0)
    for found in reversed(candidates):
        if (Path(found) / "initdb").exists():
            return Path(found)
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).resolve().parent
    raise RuntimeError("PostgreSQL's server programs (initdb, pg_ctl) are not installed; on "
                       "Debian: apt-get install postgresql")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class TempServer:
    """Start a PostgreSQL server in a new temporary folder; :meth:`stop` removes it all.

    :param durable: keep fsync and synchronous commit on (benchmarks); tests turn them off
        for speed, which changes nothing they check.
    """

    superuser = "kmcore_admin"
    database = "kmcore_test"

    def __init__(self, *, durable: bool = False, ssl_files: tuple[Path, Path] | None = None
                 ) -> None:
        self.bindir = find_bindir()
        self.folder = Path(tempfile.mkdtemp(prefix="kmcore-pg-"))
        self.folder.chmod(0o755)
        self.data = self.folder / "data"
        self.socket_dir = self.folder
        self.port = _free_port()
        self.host = "127.0.0.1"
        self._durable = durable
        self._ssl_files = ssl_files
        self._os_user = os.environ.get("KMCORE_PG_OS_USER", "postgres") \
            if os.geteuid() == 0 else None
        self._started = False

    def __enter__(self) -> TempServer:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def _run(self, *args: str) -> None:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self._os_user is not None:
            command = ["runuser", "-u", self._os_user, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"{args[0]} failed ({result.returncode}): "
                               f"{result.stderr.strip() or result.stdout.strip()}")

    def start(self) -> None:
        """initdb, configure, start, and create :attr:`database`."""
        if self._os_user is not None:
            shutil.chown(self.folder, user=self._os_user)
        self._run("initdb", "-D", str(self.data), "-U", self.superuser, "-E", "UTF8",
                  "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=scram-sha-256")
        settings = [
            "listen_addresses = '127.0.0.1'",
            f"port = {self.port}",
            f"unix_socket_directories = '{self.socket_dir}'",
            "max_connections = 200",
        ]
        if not self._durable:
            settings += ["fsync = off", "synchronous_commit = off", "full_page_writes = off"]
        if self._ssl_files is not None:
            cert, key = self._ssl_files
            for source, name in ((cert, "server.crt"), (key, "server.key")):
                target = self.data / name
                shutil.copyfile(source, target)
                target.chmod(0o600)
                if self._os_user is not None:
                    shutil.chown(target, user=self._os_user)
            settings += ["ssl = on", "ssl_cert_file = 'server.crt'",
                         "ssl_key_file = 'server.key'"]
        with open(self.data / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write("\n".join(settings) + "\n")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "server.log"),
                  "-w", "-t", "60", "start")
        self._started = True
        import psycopg

        with psycopg.connect(self.conninfo(dbname="postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{self.database}"')

    def conninfo(self, **overrides: Any) -> str:
        """A connection string over the Unix socket (as the superuser unless overridden)."""
        parts: dict[str, Any] = {"host": str(self.socket_dir), "port": self.port,
                                 "user": self.superuser, "dbname": self.database}
        parts.update(overrides)
        return " ".join(f"{k}='{v}'" for k, v in parts.items())

    def store_table(self, **overrides: Any) -> dict[str, Any]:
        """A ``[store]`` table reaching this server over the socket."""
        table: dict[str, Any] = {"backend": "postgres", "host": str(self.socket_dir),
                                 "port": self.port, "user": self.superuser,
                                 "dbname": self.database}
        table.update(overrides)
        return table

    def stop(self) -> None:
        """Stop the server and delete its folder."""
        if self._started:
            try:
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
            finally:
                self._started = False
        shutil.rmtree(self.folder, ignore_errors=True)
