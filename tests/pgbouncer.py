"""A PgBouncer in transaction pooling mode in front of a PostgreSQL server, from a generated
configuration in a temporary folder, on a free port of 127.0.0.1: for tests and benchmarks.

Any database name passes through (``* = host=... port=...``), for the server URL's user:
the one user of its auth file (PgBouncer's ``trust`` too lets in only the users listed),
with its password when the server asks one (then PgBouncer asks it too, by SCRAM).
PgBouncer refuses to run as root: as root, it runs as the ``postgres`` user (started as
that user directly rather than through ``runuser``, which would stand between this
process and PgBouncer's: a restart must know that the old PgBouncer let go of the port).
"""

from __future__ import annotations

import getpass
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL, make_url

SERVER_USER = "postgres"
DEBIAN_PROGRAM = Path("/usr/sbin/pgbouncer")
START_SECONDS = 10.0
STOP_SECONDS = 10.0


class Unavailable(Exception):
    """This machine cannot start PgBouncer; the message says why."""


def program() -> Path:
    """The ``pgbouncer`` program of this machine."""
    on_path = shutil.which("pgbouncer")
    if on_path:
        return Path(on_path)
    if DEBIAN_PROGRAM.exists():
        return DEBIAN_PROGRAM
    raise Unavailable("PgBouncer is not installed on this machine (Debian package pgbouncer)")


class PgBouncer:
    """A running PgBouncer relaying to the server of ``server_url`` (a SQLAlchemy URL: its
    host, port, user and password), with at most ``default_pool_size`` server connections
    for each database and user; with ``look_up_others``, other logins (the people) get in
    too, with the verifier PgBouncer reads from the server as the URL's user."""

    def __init__(
        self, server_url: str, default_pool_size: int = 20, look_up_others: bool = False
    ) -> None:
        self._server = make_url(server_url)
        self.user = self._server.username or getpass.getuser()
        self._program = program()
        self._owner = _owner()
        self.port = _free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="warehouse-pgbouncer-"))
        self._process: subprocess.Popen[bytes] | None = None
        try:
            self._configure(default_pool_size, look_up_others)
            self.start()
        except BaseException:
            self.stop()
            raise

    @property
    def log(self) -> Path:
        """PgBouncer's own log."""
        return self.folder / "pgbouncer.log"

    def url(self, database: str) -> str:
        """A ``postgresql+psycopg`` URL of ``database`` through PgBouncer, for the server
        URL's user."""
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=self._server.password,
            host="127.0.0.1",
            port=self.port,
            database=database,
        ).render_as_string(hide_password=False)

    def start(self) -> None:
        """Start PgBouncer and wait until its port takes connections."""
        if self._process is not None:
            return
        self._process = subprocess.Popen(
            [str(self._program), str(self.folder / "pgbouncer.ini")],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            **_as_user(self._owner),
        )
        deadline = time.monotonic() + START_SECONDS
        while not _accepts(self.port):
            if self._process.poll() is not None or time.monotonic() > deadline:
                self._end()
                raise Unavailable(f"PgBouncer did not start: {self._last_log_line()}")
            time.sleep(0.05)

    def restart(self) -> None:
        """Stop PgBouncer, dropping every connection through it, and start it again on the
        same port."""
        self._end()
        self.start()

    def stop(self) -> None:
        """Stop PgBouncer and remove its folder."""
        try:
            self._end()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def _end(self) -> None:
        """End the process (``SIGTERM``: an immediate shutdown) and wait for it."""
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(STOP_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def _configure(self, default_pool_size: int, look_up_others: bool) -> None:
        password = self._server.password or ""
        users = self.folder / "users.txt"
        users.write_text(f'"{_quoted(self.user)}" "{_quoted(password)}"\n')
        settings = {
            "listen_addr": "127.0.0.1",
            "listen_port": str(self.port),
            "unix_socket_dir": "",
            "auth_type": "scram-sha-256" if password else "trust",
            "auth_file": str(users),
            "pool_mode": "transaction",
            "max_client_conn": "1000",
            "default_pool_size": str(default_pool_size),
            "logfile": str(self.log),
            # A desk opens a connection for each command: its log says what went wrong.
            "log_connections": "0",
            "log_disconnections": "0",
            "pidfile": str(self.folder / "pgbouncer.pid"),
        }
        if look_up_others:
            # Other logins' verifiers are read from the server by the URL's user (its
            # default auth_query on pg_shadow), as a site's configuration does for people.
            settings["auth_user"] = self.user
        host = self._server.host or "127.0.0.1"
        port = self._server.port or 5432
        lines = ["[databases]", f"* = host={host} port={port}", "", "[pgbouncer]"]
        lines += [f"{name} = {value}" for name, value in settings.items()]
        configuration = self.folder / "pgbouncer.ini"
        configuration.write_text("\n".join(lines) + "\n")
        for path in (configuration, users):
            path.chmod(0o600)
        if self._owner is not None:
            for path in (self.folder, configuration, users):
                os.chown(path, self._owner.pw_uid, self._owner.pw_gid)

    def _last_log_line(self) -> str:
        try:
            lines = self.log.read_text(errors="replace").strip().splitlines()
        except OSError:
            return "it wrote no log"
        return lines[-1] if lines else "it wrote no log"


def _owner() -> pwd.struct_passwd | None:
    """The user PgBouncer runs as when this process is root (it refuses root); None
    otherwise: it runs as this process's user."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam(SERVER_USER)
    except KeyError:
        raise Unavailable(f"running as root, and there is no {SERVER_USER} user") from None


def _as_user(owner: pwd.struct_passwd | None) -> dict[str, Any]:
    """The arguments of ``subprocess.Popen`` that run the program as ``owner``, with no
    other group: the process stays PgBouncer itself, to be signalled and waited for."""
    if owner is None:
        return {}
    return {"user": owner.pw_uid, "group": owner.pw_gid, "extra_groups": []}


def _quoted(value: str) -> str:
    """``value`` inside the double quotes of a PgBouncer auth file."""
    return value.replace('"', '""')


def _accepts(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
