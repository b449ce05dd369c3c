"""What the window says when the database stands in the way at start-up, as a person sees
it: a server that does not answer (said in words, tried again until it answers, then the
tables load), a read-only SQLite file (tables readable, every command refused with why),
tables this version does not know."""

import contextlib
import os
import socket
import sqlite3
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy.engine import make_url

from tests.gui.harness import Harness
from tests.tcp_forwarder import Forwarder
from warehouse_gui import config
from warehouse_gui.adapters import network_share
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands
from warehouse_gui.gui.app import connect_bus
from warehouse_gui.gui.bridge import bus_worker
from warehouse_gui.gui.bridge.bus import NOT_CONNECTED
from warehouse_gui.gui.bridge.bus_worker import Refused
from warehouse_gui.gui.main_window import MainWindow

TIMEOUT_MS = 15_000


def seed(url):
    bus = bootstrap(db_url=url, send_mail=lambda **mail: None)
    bus.handle(commands.CreateBatch("lamp-1", "LAMP", 20))
    bus.handle(commands.CreateBatch("chair-1", "CHAIR", 5))


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def window_on(qtbot, url, tmp_path):
    """The window on ``url``, shown and its bus started, not waiting for any answer."""
    bus = connect_bus(url)
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    window = MainWindow(bus, config.describe_database(url), settings)
    qtbot.addWidget(window)
    window.show()
    bus.start()
    return window, bus


def test_a_server_not_answering_at_start_is_said_in_words_and_tried_until_it_answers(
    qtbot, postgresql_url, tmp_path, monkeypatch
):
    monkeypatch.setattr(bus_worker, "RETRY_DELAYS_MS", (200,))
    seed(postgresql_url)
    server = make_url(postgresql_url)
    port = free_port()
    url = make_url(postgresql_url).set(port=port).render_as_string(hide_password=False)
    window, bus = window_on(qtbot, url, tmp_path)
    forwarder = None
    try:
        status = window.status
        qtbot.waitUntil(lambda: "not answering" in status.result_label.text(), timeout=TIMEOUT_MS)
        assert status.result_label.text() == (
            f"The database server at 127.0.0.1:{port} is not answering (connection refused); "
            "trying again every few seconds."
        )
        assert status.connection_label.text() == "⚠ Not connected — trying again…"
        assert status.pending_label.text() == "", "never 'All saved' while not connected"
        assert window.model.rowCount() == 0
        replies = []
        bus.send(commands.Allocate("order-1", "LAMP", 1), replies.append, replies.append)
        assert replies == [Refused(replies[0].id, NOT_CONNECTED)], "refused at once"

        qtbot.wait(500)  # a few attempts more, still in words
        assert "not answering" in status.result_label.text()
        forwarder = Forwarder(port, (server.host or "127.0.0.1", server.port or 5432))
        qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=TIMEOUT_MS)
        qtbot.waitUntil(lambda: status.connection_label.text() == "● Connected", timeout=TIMEOUT_MS)
        assert status.pending_label.text() == "✓ All saved"
        done = []
        bus.send(commands.Allocate("order-1", "LAMP", 1), done.append, done.append)
        qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT_MS)
        assert not isinstance(done[0], Refused), done[0]
    finally:
        window.close()
        bus.shutdown()
        if forwarder is not None:
            forwarder.close()


@contextlib.contextmanager
def read_only_folder(folder):
    """``folder`` and its files read-only for this user: by permissions, and for root (whom
    permissions do not stop) by a read-only bind mount of the folder onto itself."""
    for path in folder.iterdir():
        path.chmod(0o444)
    folder.chmod(0o555)
    mounted = False
    try:
        if os.geteuid() == 0:
            for args in (["--bind", folder, folder], ["-o", "remount,bind,ro", folder]):
                done = subprocess.run(["mount", *map(str, args)], capture_output=True, check=False)
                if done.returncode:
                    if mounted:
                        subprocess.run(["umount", str(folder)], check=False)
                    pytest.skip(f"root, and no read-only bind mount: {done.stderr.decode()}")
                mounted = True
        yield
    finally:
        if mounted:
            subprocess.run(["umount", "--lazy", str(folder)], check=True)
        folder.chmod(0o755)
        for path in folder.iterdir():
            path.chmod(0o644)


def test_a_read_only_sqlite_file_is_said_at_once_read_and_every_command_refused_with_why(
    qtbot, tmp_path
):
    folder = tmp_path / "shared"
    folder.mkdir()
    url = f"sqlite:///{folder / 'warehouse.db'}"
    seed(url)
    before = sorted(folder.iterdir())
    with read_only_folder(folder):
        desk = Harness(qtbot, url, tmp_path / "desk.ini")
        try:
            window = desk.open()
            status = window.status
            qtbot.waitUntil(lambda: status.connection_label.text() == "⚠ Read-only")
            qtbot.waitUntil(lambda: window.model.rowCount() == 2)
            assert desk.row("lamp-1")[3:] == ["20", "0", "20"]
            why = status.connection_label.toolTip().removeprefix("Read-only: ")
            assert str(folder) in why
            assert window.banner.message.text().startswith(f"Read-only: {why}")
            assert status.pending_label.text() == ""
            reply = desk.send(commands.Allocate("order-1", "LAMP", 2))
            assert isinstance(reply, Refused)
            assert reply.message == f"The database is read-only ({why}); nothing was changed."
            assert "cannot be reached" not in reply.message
        finally:
            desk.close()
    assert sorted(folder.iterdir()) == before, "no -wal or -shm file left beside it"
    with sqlite3.connect(folder / "warehouse.db") as connection:
        assert connection.execute("SELECT count(*) FROM allocations").fetchone() == (0,)


def test_tables_not_as_this_version_expects_are_said_so_not_as_unreachable(
    qtbot, sqlite_url, tmp_path
):
    seed(sqlite_url)
    with sqlite3.connect(Path(sqlite_url.removeprefix("sqlite:///"))) as connection:
        connection.execute("ALTER TABLE batches RENAME COLUMN eta TO arrival")
    desk = Harness(qtbot, sqlite_url, tmp_path / "desk.ini")
    try:
        window = desk.open()
        said = window.status.result_label.toolTip() or window.status.result_label.text()
        assert said.startswith("The database's tables are not as this version expects (")
        assert "eta" in said
        assert said.endswith("run the version that made them, or restore a backup.")
        assert "cannot be reached" not in said
    finally:
        desk.close()


def test_a_sqlite_file_on_a_network_share_is_warned_of_once(
    qtbot, sqlite_url, tmp_path, monkeypatch
):
    fake = tmp_path / "mountinfo"
    fake.write_text(
        "27 1 254:0 / / rw - ext4 /dev/vda rw\n"
        f"31 27 0:40 / {tmp_path} rw - nfs4 files:/export/stock rw,vers=4.2\n"
    )
    monkeypatch.setattr(network_share, "MOUNTINFO", fake)
    seed(sqlite_url)
    desk = Harness(qtbot, sqlite_url, tmp_path / "desk.ini")
    try:
        window = desk.open()
        qtbot.waitUntil(lambda: window.alerts_panel.count() == 1)
        warning = window.alerts_panel.item(0).text()
        assert "is on a network share (nfs4)" in warning
        assert "PostgreSQL" in warning
        assert window.status.connection_label.text() == "● Connected"
    finally:
        desk.close()
