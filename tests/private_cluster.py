"""A private PostgreSQL cluster that checks passwords (``scram-sha-256``, no trust), made
with the machine's own ``initdb`` and ``pg_ctl`` in a temporary folder, on a free port,
with any server settings a test needs; and ``Slots``, which takes a server's free
connection slots, as other clients would.

PostgreSQL refuses to run as root: as root, the cluster runs as the ``postgres`` user.
"""

from __future__ import annotations

import os
import pwd
import re
import secrets
import shlex
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import psycopg
from sqlalchemy.engine import URL, make_url

OWNER = "admin"
SERVER_USER = "postgres"
# The connection slots of the small cluster that tests fill, as other clients would.
SMALL_CLUSTER_SLOTS = 6


class Unavailable(Exception):
    """This machine cannot start a private cluster; the message says why."""


def binaries() -> Path:
    """The folder of the newest ``initdb`` and ``pg_ctl`` on this machine."""
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(on_path).parent
    found = [
        folder
        for folder in Path("/usr/lib/postgresql").glob("*/bin")
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists()
    ]
    if not found:
        raise Unavailable("PostgreSQL's initdb and pg_ctl are not installed on this machine")
    return max(found, key=lambda folder: int(re.sub(r"\D", "", folder.parent.name) or 0))


@dataclass
class PrivateCluster:
    """A running cluster: its folder, port and its owner's (a superuser's) password."""

    folder: Path
    port: int
    password: str
    bin: Path
    run_as: tuple[str, ...]

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, database: str = "postgres", user: str | None = None, password: str | None = None):
        """A ``postgresql+psycopg`` URL of ``database`` for ``user`` (default: the owner,
        with the owner's password)."""
        if user is None:
            user, password = OWNER, self.password
        return URL.create(
            "postgresql+psycopg",
            username=user,
            password=password,
            host="127.0.0.1",
            port=self.port,
            database=database,
        ).render_as_string(hide_password=False)

    @contextmanager
    def database(self) -> Iterator[str]:
        """A new, empty database, as its owner's URL; dropped after (each waiting for a
        free connection slot, should other clients hold them all)."""
        name = f"warehouse_test_{uuid.uuid4().hex[:12]}"
        with Slots(self.url()) as owner:
            owner.take(1)
            owner.run(f'CREATE DATABASE "{name}"')
        try:
            yield self.url(name)
        finally:
            with Slots(self.url()) as owner:
                owner.take(1)
                owner.run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        """Stop the server and remove its folder."""
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def _run(self, program: str, *arguments: str) -> None:
        done = subprocess.run(
            [*self.run_as, str(self.bin / program), *arguments],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        if done.returncode != 0:
            raise Unavailable(f"{program} failed: {done.stderr.strip() or done.stdout.strip()}")


def start(settings: dict[str, str] | None = None) -> PrivateCluster:
    """Make and start a cluster whose only way in is a SCRAM password, with the server
    ``settings`` given (``{"max_connections": "6"}``: ``-c max_connections=6``)."""
    folder_of_binaries = binaries()
    run_as: tuple[str, ...] = ()
    owner_uid = None
    if os.geteuid() == 0:
        try:
            owner_uid = pwd.getpwnam(SERVER_USER).pw_uid
        except KeyError:
            raise Unavailable(f"running as root, and there is no {SERVER_USER} user") from None
        runuser = shutil.which("runuser")
        if runuser is None:
            raise Unavailable("running as root, and runuser (util-linux) is missing")
        run_as = (runuser, "-u", SERVER_USER, "--")
    folder = Path(tempfile.mkdtemp(prefix="warehouse-pg-"))
    cluster = PrivateCluster(
        folder, _free_port(), secrets.token_hex(16), folder_of_binaries, run_as
    )
    try:
        password_file = folder / "password"
        password_file.write_text(cluster.password + "\n")
        if owner_uid is not None:
            os.chown(folder, owner_uid, -1)
            os.chown(password_file, owner_uid, -1)
        password_file.chmod(0o600)
        cluster._run(
            "initdb",
            "-D",
            str(cluster.data),
            "-A",
            "scram-sha-256",
            f"--pwfile={password_file}",
            "-U",
            OWNER,
            "-E",
            "UTF8",
            "--no-sync",
        )
        password_file.unlink()
        options = (
            f"-p {cluster.port} -k {cluster.data} "
            "-c listen_addresses=127.0.0.1 -c fsync=off -c password_encryption=scram-sha-256"
        )
        for name, value in (settings or {}).items():
            options += f" -c {shlex.quote(f'{name}={value}')}"
        cluster._run(
            "pg_ctl",
            "-D",
            str(cluster.data),
            "-l",
            str(folder / "log"),
            "-o",
            options,
            "-w",
            "start",
        )
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return cluster


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Slots:
    """Plain connections to the server of ``url`` (a SQLAlchemy URL) that take its free
    connection slots, as other clients would; every one is closed by ``close`` (or at
    the end of a ``with`` block)."""

    def __init__(self, url: str) -> None:
        self._conninfo = (
            make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
        )
        self._held: list[psycopg.Connection] = []
        self._lock = threading.Lock()

    def __enter__(self) -> Slots:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def take(self, count: int, within: float = 10.0) -> None:
        """Take ``count`` slots, each as soon as it is free (a backend still ending holds
        its slot a moment), for up to ``within`` seconds each."""
        for _ in range(count):
            deadline = time.monotonic() + within
            while (refusal := self._open()) is not None:
                if time.monotonic() > deadline:
                    raise AssertionError(f"no free slot within {within:g} s: {refusal}")
                time.sleep(0.01)

    def refusal(self) -> str:
        """What the server says to one more connection, which it must refuse for want
        of a slot."""
        refusal = self._open()
        if refusal is None:
            self.free_one()
            raise AssertionError("the server still had a free connection slot")
        return refusal

    def run(self, statement: str, *parameters: object) -> list[tuple]:
        """The rows of ``statement`` (none for a command) run over one of the held
        connections."""
        with self._lock:
            connection = self._held[0]
        cursor = connection.execute(statement, parameters)
        return cursor.fetchall() if cursor.description is not None else []

    def free_one(self) -> None:
        """Close one held connection, freeing its slot."""
        with self._lock:
            connection = self._held.pop()
        connection.close()

    def close(self) -> None:
        """Close every held connection."""
        with self._lock:
            held, self._held = self._held, []
        for connection in held:
            connection.close()

    def _open(self) -> str | None:
        """Hold one more connection (``None``), or say the server's refusal for want of a
        slot."""
        try:
            connection = psycopg.connect(self._conninfo, autocommit=True, connect_timeout=5)
        except psycopg.OperationalError as refused:
            if "too many clients" not in str(refused):
                raise
            return " ".join(str(refused).split())
        with self._lock:
            self._held.append(connection)
        return None
