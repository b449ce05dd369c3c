"""The threading model: SQL only on the bus thread, events only by signal, clean shutdown."""

import threading

import pytest
from PySide6.QtCore import QSettings, Qt
from sqlalchemy import Engine, event

from tests.gui.harness import Harness, late_bus, opened
from warehouse_gui import views
from warehouse_gui.adapters import notifications
from warehouse_gui.domain import commands, events
from warehouse_gui.gui.app import connect_bus
from warehouse_gui.gui.bridge.bus_worker import Refused
from warehouse_gui.gui.main_window import MainWindow


def test_every_sql_statement_of_a_session_runs_off_the_gui_thread(qtbot, seeded_url, tmp_path):
    statement_threads = []

    def record(conn, cursor, statement, parameters, context, executemany):
        statement_threads.append(threading.get_ident())

    event.listen(Engine, "before_cursor_execute", record)
    try:
        app = Harness(qtbot, seeded_url, tmp_path / "settings.ini")
        app.open()
        app.shortcut(Qt.Key.Key_N)
        app.scan("lamp-9")
        app.scan("LAMP")
        app.scan_and_wait("4")
        app.shortcut(Qt.Key.Key_L)
        app.scan("order-1")
        app.scan("LAMP")
        app.scan_and_wait("30")
        app.close()
    finally:
        event.remove(Engine, "before_cursor_execute", record)

    assert len(statement_threads) > 5, "the session ran SQL"
    assert threading.main_thread().ident not in statement_threads


def test_events_reach_the_table_by_signal_without_any_reload(app, qtbot, monkeypatch):
    reads = []
    monkeypatch.setattr(views, "batches", lambda uow: reads.append(uow) or [])
    with qtbot.waitSignal(app.bus.event_published) as published:
        app.submit(commands.Allocate("order-1", "LAMP", 5))
    assert published.args == [events.Allocated("order-1", "LAMP", 5, "lamp-1")]
    assert app.row("lamp-1")[4] == "5"
    assert reads == [], "the table was updated from the event, not by reading the database"


def test_the_table_follows_events_it_is_sent_even_without_the_database(app):
    app.bus.event_published.emit(events.Allocated("ghost", "LAMP", 7, "lamp-2"))
    assert app.row("lamp-2")[4:] == ["7", "43"]


def test_closing_finishes_every_queued_command(app, qtbot):
    for number in range(40):
        app.submit(commands.Allocate(f"order-{number}", "LAMP", 1))
    assert app.bus.pending > 0
    app.window.close()
    assert not app.bus.bus_thread.isRunning()
    assert app.bus.pending == 0
    stored = app.stored_batches()
    assert stored["lamp-1"].allocated == 20
    assert stored["lamp-2"].allocated == 20


@pytest.fixture
def late_app(qtbot, seeded_url, tmp_path):
    """The window on a bus that answers every command 100 ms late."""
    yield from opened(qtbot, seeded_url, tmp_path, connect=late_bus(0.1))


def test_the_status_bar_shows_pending_commands_then_all_saved(late_app, qtbot):
    label = late_app.window.status.pending_label
    shown = []
    late_app.bus.pending_changed.connect(lambda _: shown.append(label.text()))
    for number in range(10):
        late_app.submit(commands.Allocate(f"order-{number}", "LAMP", 1))
    qtbot.waitUntil(lambda: label.text() == "⏳ 10 pending")
    qtbot.waitUntil(lambda: label.text() == "✓ All saved")
    assert shown[0] == "⏳ 10 pending", "a burst sent in one turn is counted once"
    assert shown[-1] == "✓ All saved"
    assert late_app.stored_batches()["lamp-1"].allocated == 10
    location = late_app.db_url.removeprefix("sqlite:///")
    assert late_app.window.status.database_label.text() == f"Database: {location}"


def test_a_database_that_cannot_be_opened_is_reported(qtbot, tmp_path):
    not_a_directory = tmp_path / "not-a-dir"
    not_a_directory.write_text("")
    bus = connect_bus(f"sqlite:///{not_a_directory / 'w.db'}")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(bus, "unreachable", settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(bus.startup_failed) as failed:
        window.show()
        bus.start()
    assert "Could not open the database" in failed.args[0]
    assert "Could not open the database" in window.banner.message.text()
    replies = []
    bus.send(commands.Allocate("o1", "LAMP", 1), replies.append, replies.append)
    qtbot.waitUntil(lambda: bool(replies))
    assert isinstance(replies[0], Refused)
    assert replies[0].message == "The database is not open"
    window.close()
    assert not bus.bus_thread.isRunning()


def test_a_bus_thread_that_dies_is_reported_and_replaced(app, qtbot):
    with app.answered():
        app.submit(commands.Allocate("order-1", "LAMP", 5))
    dying = app.bus.bus_thread
    queued = [commands.Allocate(f"order-{n}", "LAMP", 1) for n in range(2, 40)]
    answers = {}
    for command in queued:
        app.bus.send(
            command,
            lambda done, c=command: answers.setdefault(c, []).append("ok"),
            lambda refused, c=command: answers.setdefault(c, []).append(refused.message),
        )

    with qtbot.waitSignal(app.bus.restarted, timeout=10_000) as restarted:
        dying.quit()

    assert "stopped unexpectedly and a new one has taken over" in restarted.args[0]
    assert "stopped unexpectedly" in app.window.alerts_panel.item(0).text()
    qtbot.waitUntil(lambda: len(answers) == len(queued))
    assert all(len(answer) == 1 for answer in answers.values()), "one answer each"
    assert app.bus.pending == 0
    confirmed = sum(1 for [answer] in answers.values() if answer == "ok")
    assert all(
        answer == "ok" or "may or may not have been saved" in answer
        for [answer] in answers.values()
    )
    assert app.bus.bus_thread is not dying and app.bus.bus_thread.isRunning()

    with app.answered():
        app.submit(commands.Allocate("order-after", "LAMP", 1))
    stored = app.stored_batches()
    assert stored["lamp-1"].allocated + stored["lamp-2"].allocated == 5 + confirmed + 1
    qtbot.waitUntil(lambda: app.row("lamp-1")[4] == str(stored["lamp-1"].allocated))


def test_closing_before_the_first_read_arrives_starts_nothing_new(qtbot, seeded_url, tmp_path):
    bus = connect_bus(seeded_url)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(bus, "test", settings)
    qtbot.addWidget(window)
    window.show()
    bus.start()
    window.close()
    assert not bus.bus_thread.isRunning()
    assert bus.feed_thread is None, "no feed thread may start once shutting down"


def test_a_bus_shut_down_before_its_start_never_starts(qtbot, seeded_url):
    bus = connect_bus(seeded_url)
    bus.shutdown()
    bus.start()
    assert not bus.bus_thread.isRunning()


def test_the_log_names_the_feed_thread(log_file, app, qtbot):
    """Support reads which thread wrote a line: the GUI, ``bus`` or ``feed``."""

    def logged():
        return log_file.read_text(encoding="utf-8")

    qtbot.waitUntil(lambda: "Following the event log" in logged())
    assert "INFO [feed] warehouse_gui.adapters.log_follower: Following the event log" in logged()


def test_closing_the_window_gives_the_mail_still_queued_its_grace_and_no_more(
    qtbot, seeded_url, tmp_path, monkeypatch, caplog
):
    mail_server_answers = threading.Event()
    tried = []

    def hanging_mail_server(**mail):
        tried.append(mail["subject"])
        mail_server_answers.wait(30)

    monkeypatch.setattr(notifications, "send_mail", hanging_mail_server)
    monkeypatch.setattr(notifications, "SHUTDOWN_GRACE_SECONDS", 0.3)
    app = Harness(qtbot, seeded_url, tmp_path / "settings.ini")
    try:
        app.open()
        app.shortcut(Qt.Key.Key_L)
        for orderid in ("order-1", "order-2"):
            app.scan(orderid, "CHAIR")
            app.scan_and_wait("6")
        qtbot.waitUntil(lambda: bool(tried), timeout=5_000)
        app.close()
        assert not app.bus.bus_thread.isRunning()
        assert "2 emails were not sent before exit" in caplog.text
        mail_thread = [t for t in threading.enumerate() if t.name.startswith("mail")]
        mail_server_answers.set()
        for thread in mail_thread:
            thread.join(timeout=5)
        assert tried == ["Out of stock: CHAIR for order-1"], "the mail not yet tried was dropped"
    finally:
        mail_server_answers.set()
        app.close()
