"""What the window says when the database server has no free connection for it, as a
person sees it: at start-up, the words and "not connected", then the tables once a slot
frees; later, its feed cut off while every slot is taken, the same words and
"reconnecting", then connected again once a slot frees. The server is a private cluster
of a handful of slots, the other clients plain connections that hold them."""

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy.engine import make_url

from tests import private_cluster
from tests.gui.harness import Harness
from warehouse_gui import config
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands
from warehouse_gui.gui.app import connect_bus
from warehouse_gui.gui.bridge import bus_worker
from warehouse_gui.gui.main_window import MainWindow

pytestmark = pytest.mark.postgres

TIMEOUT_MS = 20_000
SLOTS = private_cluster.SMALL_CLUSTER_SLOTS
FULL = "has no free connection for this desk (too many clients already)"


@pytest.fixture
def small_server_url(small_cluster):
    """A database in the small cluster with two batches, every connection that made it
    closed; dropped after the test."""
    with small_cluster.database() as url:
        bus = bootstrap(db_url=url, send_mail=lambda **mail: None)
        bus.handle(commands.CreateBatch("lamp-1", "LAMP", 20))
        bus.handle(commands.CreateBatch("chair-1", "CHAIR", 5))
        bus.uow.session_factory.kw["bind"].dispose()
        yield url


def test_a_window_started_on_a_full_server_says_so_and_joins_once_a_slot_frees(
    qtbot, small_cluster, small_server_url, tmp_path, monkeypatch
):
    monkeypatch.setattr(bus_worker, "RETRY_DELAYS_MS", (200,))
    with private_cluster.Slots(small_cluster.url()) as others:
        others.take(SLOTS)
        bus = connect_bus(small_server_url)
        settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
        window = MainWindow(bus, config.describe_database(small_server_url), settings)
        qtbot.addWidget(window)
        window.show()
        bus.start()
        try:
            status = window.status
            qtbot.waitUntil(lambda: FULL in status.result_label.text(), timeout=TIMEOUT_MS)
            assert status.result_label.text() == (
                f"The database server at 127.0.0.1:{small_cluster.port} {FULL}; "
                "trying again every few seconds."
            )
            assert status.connection_label.text() == "⚠ Not connected — trying again…"
            assert window.model.rowCount() == 0

            others.free_one()
            qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=TIMEOUT_MS)
            qtbot.waitUntil(
                lambda: status.connection_label.text() == "● Connected", timeout=TIMEOUT_MS
            )
        finally:
            window.close()
            bus.shutdown()


def test_a_window_whose_feed_is_cut_off_while_the_server_is_full_says_so_and_reconnects(
    qtbot, small_cluster, small_server_url, tmp_path
):
    desk = Harness(qtbot, small_server_url, tmp_path / "desk.ini")
    try:
        window = desk.open()
        status = window.status
        qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=TIMEOUT_MS)
        qtbot.waitUntil(lambda: status.connection_label.text() == "● Connected")
        with private_cluster.Slots(small_cluster.url()) as others:
            others.take(SLOTS - 1)
            assert "too many clients" in others.refusal(), "the feed holds one slot"
            [[feed]] = others.run(
                "SELECT pid FROM pg_stat_activity WHERE datname = %s "
                "AND backend_type = 'client backend'",
                make_url(small_server_url).database,
            )
            assert others.run("SELECT pg_terminate_backend(%s, 10000)", feed) == [(True,)]
            others.take(1)  # the feed's slot, before the feed dials again
            assert "too many clients" in others.refusal()

            said = (
                "The database cannot be reached: the database server at "
                f"127.0.0.1:{small_cluster.port} {FULL}"
            )
            qtbot.waitUntil(lambda: status.result_label.text() == said, timeout=TIMEOUT_MS)
            assert status.connection_label.text() == "⚠ Disconnected — reconnecting…"

            others.free_one()
            qtbot.waitUntil(
                lambda: status.connection_label.text() == "● Connected", timeout=TIMEOUT_MS
            )
    finally:
        desk.close()
