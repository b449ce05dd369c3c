"""The server goes away in the middle of a session and comes back (a private PostgreSQL
cluster on its own port, started and stopped by the test with pg_ctl)."""

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.gui.harness import Harness
from warehouse_gui.gui.bridge.bus import NOT_CONNECTED

pytestmark = pytest.mark.slow

STATE_TIMEOUT_MS = 10_000


def postgres_bin_dir():
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    if not versions or shutil.which("runuser") is None or os.geteuid() != 0:
        message = "needs Debian's PostgreSQL binaries and root (to run them as postgres)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return versions[-1].parent


class PrivateCluster:
    """A throw-away PostgreSQL cluster owned by the postgres user."""

    def __init__(self, bin_dir, base):
        self.bin_dir = bin_dir
        self.data = base / "data"
        self.log = base / "server.log"
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.sockets = base

    def run(self, tool, *args):
        subprocess.run(
            ["runuser", "-u", "postgres", "--", str(self.bin_dir / tool), *args],
            check=True,
            capture_output=True,
            timeout=60,
        )

    def init(self):
        self.run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync")

    def start(self):
        options = f"-p {self.port} -k {self.sockets} -c listen_addresses=127.0.0.1 -c fsync=off"
        self.run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.log), "-w", "start")

    def stop(self):
        self.run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    @property
    def url(self):
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"


@pytest.fixture
def cluster():
    bin_dir = postgres_bin_dir()
    base = Path(tempfile.mkdtemp(prefix="warehouse-pg-"))
    shutil.chown(base, "postgres", "postgres")
    server = PrivateCluster(bin_dir, base)
    server.init()
    server.start()
    try:
        yield server
    finally:
        subprocess.run(
            [
                "runuser",
                "-u",
                "postgres",
                "--",
                str(bin_dir / "pg_ctl"),
                "-D",
                str(server.data),
                "-m",
                "immediate",
                "stop",
            ],
            capture_output=True,
            check=False,
        )
        shutil.rmtree(base, ignore_errors=True)


def test_an_outage_keeps_input_refuses_clearly_and_reconnects(qtbot, cluster, tmp_path):
    desk = Harness(qtbot, cluster.url, tmp_path / "desk.ini")
    try:
        desk.open()
        window = desk.window
        qtbot.waitUntil(lambda: window.status.connection_label.text() == "● Connected")
        desk.shortcut(Qt.Key.Key_N)
        desk.scan("lamp-1", "LAMP")
        desk.scan_and_wait("10")

        cluster.stop()
        qtbot.waitUntil(
            lambda: window.status.connection_label.text().startswith("⚠ Disconnected"),
            timeout=STATE_TIMEOUT_MS,
        )
        assert "cannot be reached" in window.status.result_label.text()

        form = window.allocate_form
        desk.shortcut(Qt.Key.Key_L)
        desk.scan("order-1", "LAMP")
        desk.scan("4")
        assert form.error_label.text() == NOT_CONNECTED, "refused at once, sending nothing"
        assert desk.bus.idle
        assert form.values() == {"orderid": "order-1", "sku": "LAMP", "qty": "4"}

        cluster.start()
        qtbot.waitUntil(
            lambda: window.status.connection_label.text() == "● Connected", timeout=STATE_TIMEOUT_MS
        )
        with desk.answered(timeout=STATE_TIMEOUT_MS):
            qtbot.keyClick(form.edits["qty"], Qt.Key.Key_Return)
        assert desk.row("lamp-1")[3:] == ["10", "4", "6"]
        assert desk.stored_batches()["lamp-1"].allocated == 4
    finally:
        desk.close()


def test_a_command_sent_as_the_server_dies_is_refused_without_hanging(qtbot, cluster, tmp_path):
    desk = Harness(qtbot, cluster.url, tmp_path / "desk.ini")
    try:
        desk.open()
        cluster.stop()
        form = desk.window.new_batch_form
        desk.shortcut(Qt.Key.Key_N)
        desk.scan("lamp-1", "LAMP")
        desk.scan("10")
        qtbot.waitUntil(lambda: form.error_label.isVisible(), timeout=STATE_TIMEOUT_MS)
        message = form.error_label.text()
        assert message == NOT_CONNECTED or "cannot be reached" in message
        assert desk.bus.idle
        assert form.values()["ref"] == "lamp-1"
    finally:
        desk.close()
