"""The threading model: SQL only on the bus thread, events only by signal, clean shutdown."""

import threading

from PySide6.QtCore import QSettings, Qt
from sqlalchemy import Engine, event

from tests.gui.conftest import Harness
from warehouse_gui import views
from warehouse_gui.domain import commands, events
from warehouse_gui.gui.bridge.bus import BusController
from warehouse_gui.gui.forms import specs as forms
from warehouse_gui.gui.main_window import MainWindow


def test_every_sql_statement_of_a_session_runs_off_the_gui_thread(qtbot, seeded_db_url, tmp_path):
    statement_threads = []

    def record(conn, cursor, statement, parameters, context, executemany):
        statement_threads.append(threading.get_ident())

    event.listen(Engine, "before_cursor_execute", record)
    try:
        app = Harness(qtbot, seeded_db_url, tmp_path / "settings.ini")
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
    with qtbot.waitSignal(app.controller.event_published) as published:
        app.controller.submit(commands.Allocate("order-1", "LAMP", 5), forms.ALLOCATE)
    assert published.args == [events.Allocated("order-1", "LAMP", 5, "lamp-1")]
    assert app.row("lamp-1")[4] == "5"
    assert reads == [], "the table was updated from the event, not by reading the database"


def test_the_table_follows_events_it_is_sent_even_without_the_database(app):
    app.controller.event_published.emit(events.Allocated("ghost", "LAMP", 7, "lamp-2"))
    assert app.row("lamp-2")[4:] == ["7", "43"]


def test_closing_finishes_every_queued_command(app, qtbot):
    for number in range(40):
        app.controller.submit(commands.Allocate(f"order-{number}", "LAMP", 1), forms.ALLOCATE)
    assert app.controller.pending > 0
    app.window.close()
    assert not app.controller.bus_thread.isRunning()
    assert app.controller.pending == 0
    stored = app.stored_batches()
    assert stored["lamp-1"].allocated == 20
    assert stored["lamp-2"].allocated == 20


def test_the_status_bar_shows_pending_commands_then_all_saved(app, qtbot):
    labels = []
    app.controller.pending_changed.connect(lambda _: labels.append(app.window.pending_label.text()))
    with qtbot.waitSignal(app.controller.command_succeeded):
        app.controller.submit(commands.Allocate("order-1", "LAMP", 1), forms.ALLOCATE)
    assert labels[0] == "⏳ 1 pending"
    assert app.window.pending_label.text() == "✓ All saved"
    assert app.window.database_label.text() == f"Database: {app.db_url.removeprefix('sqlite:///')}"


def test_a_database_that_cannot_be_opened_is_reported(qtbot, tmp_path):
    not_a_directory = tmp_path / "not-a-dir"
    not_a_directory.write_text("")
    controller = BusController(f"sqlite:///{not_a_directory / 'w.db'}")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(controller, "unreachable", settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(controller.startup_failed) as failed:
        window.show()
        controller.start()
    assert "Could not open the database" in failed.args[0]
    assert "Could not open the database" in window.banner.message.text()
    with qtbot.waitSignal(controller.command_failed) as refused:
        controller.submit(commands.Allocate("o1", "LAMP", 1), forms.ALLOCATE)
    assert refused.args[1] == "The database is not open"
    window.close()
    assert not controller.bus_thread.isRunning()


def test_a_bus_thread_that_dies_is_reported_and_replaced(app, qtbot):
    with qtbot.waitSignal(app.controller.command_succeeded):
        app.controller.submit(commands.Allocate("order-1", "LAMP", 5), forms.ALLOCATE)
    answers = {}
    app.controller.command_succeeded.connect(lambda s, result: answers.setdefault(s.id, "ok"))
    app.controller.command_failed.connect(
        lambda s, message, field: answers.setdefault(s.id, message)
    )
    dying = app.controller.bus_thread
    queued = [
        app.controller.submit(commands.Allocate(f"order-{n}", "LAMP", 1), forms.ALLOCATE).id
        for n in range(2, 40)
    ]

    with qtbot.waitSignal(app.controller.bus_restarted, timeout=10_000) as restarted:
        dying.quit()

    assert "stopped unexpectedly and a new one has taken over" in restarted.args[0]
    assert "stopped unexpectedly" in app.window.alerts_panel.item(0).text()
    qtbot.waitUntil(lambda: len(answers) == len(queued))
    assert set(answers) == set(queued), "every queued command got exactly one answer"
    assert app.controller.pending == 0
    confirmed = sum(1 for answer in answers.values() if answer == "ok")
    assert all(
        answer == "ok" or "may or may not have been saved" in answer for answer in answers.values()
    )
    assert app.controller.bus_thread is not dying and app.controller.bus_thread.isRunning()

    with qtbot.waitSignal(app.controller.command_succeeded):
        app.controller.submit(commands.Allocate("order-after", "LAMP", 1), forms.ALLOCATE)
    stored = app.stored_batches()
    assert stored["lamp-1"].allocated + stored["lamp-2"].allocated == 5 + confirmed + 1
    qtbot.waitUntil(lambda: app.row("lamp-1")[4] == str(stored["lamp-1"].allocated))


def test_closing_before_the_first_read_arrives_starts_nothing_new(qtbot, seeded_db_url, tmp_path):
    controller = BusController(seeded_db_url)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(controller, "test", settings)
    qtbot.addWidget(window)
    window.show()
    controller.start()
    window.close()
    assert not controller.bus_thread.isRunning()
    assert controller.feed_thread is None, "no feed thread may start once shutting down"


def test_a_controller_shut_down_before_its_start_never_starts(qtbot, seeded_db_url):
    controller = BusController(seeded_db_url)
    controller.shutdown()
    controller.start()
    assert not controller.bus_thread.isRunning()


def test_the_log_names_the_feed_thread(log_file, app, qtbot):
    """Support reads which thread wrote a line: the GUI, ``bus`` or ``feed``."""

    def logged():
        return log_file.read_text(encoding="utf-8")

    qtbot.waitUntil(lambda: "Following the event log" in logged())
    assert "INFO [feed] warehouse_gui.gui.bridge.feed_worker: Following the event log" in logged()
