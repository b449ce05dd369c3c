"""A private PostgreSQL cluster that checks passwords (``scram-sha-256``, no trust), made
with the machine's own ``initdb`` and ``pg_ctl`` in a temporary folder, on a free port.

PostgreSQL refuses to run as root: as root, the cluster runs as the ``postgres`` user.
"""

from __future__ import annotations

import os
import pwd
import re
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL

OWNER = "admin"
SERVER_USER = "postgres"


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


def start() -> PrivateCluster:
    """Make and start a cluster whose only way in is a SCRAM password."""
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
