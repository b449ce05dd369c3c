"""The status bar and Help → About say when the last backup was made, and warn when it is
old or failed; the window learns it from the backups folder, not from the database."""

from datetime import datetime, timedelta

from PySide6.QtWidgets import QLabel, QWidget

from warehouse_gui.adapters import sqlite_backup
from warehouse_gui.gui import app as gui_app
from warehouse_gui.gui.backup_watch import BackupWatch
from warehouse_gui.gui.dialogs.about import about_box
from warehouse_gui.gui.status_bar import StatusBar


def test_the_status_bar_says_when_and_warns_in_alert_style(qtbot):
    status = StatusBar("/srv/warehouse.db")
    qtbot.addWidget(status)
    assert status.backup_text is None
    status.show_backup("Backup: today 08:02", False, "Backups are kept in /srv/backups.")
    label = status.findChild(QLabel, "backupState")
    assert label.text() == "Backup: today 08:02"
    assert not label.property("alert")
    status.show_backup("⚠ Backup failed today 08:02", True, "No space left on device.")
    assert status.findChildren(QLabel, "backupState") == [label]
    assert label.property("alert") is True
    assert label.toolTip() == "No space left on device."
    assert status.backup_text == "⚠ Backup failed today 08:02 — No space left on device."


def test_the_about_box_says_when_the_last_backup_was_made(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    box = about_box("/srv/warehouse.db", None, parent, "Backup: today 08:02 — kept in /srv")
    text = box.informativeText()
    assert "<td colspan='2'>Backup: today 08:02 — kept in /srv</td>" in text
    assert text.count("Backup") == 1
    failed = about_box("/srv/warehouse.db", None, parent, "⚠ Backup failed today 08:02")
    assert "<td colspan='2'>⚠ Backup failed today 08:02</td>" in failed.informativeText()
    assert "Backup:" not in about_box("/srv/warehouse.db", None, parent).informativeText()


def test_the_watch_reads_the_folder_the_composition_point_names(qtbot, tmp_path):
    database = tmp_path / "warehouse.db"
    database.write_bytes(b"")
    url = f"sqlite:///{database}"
    status = StatusBar(str(database))
    qtbot.addWidget(status)
    watch = BackupWatch(status, lambda: gui_app.backup_summary(url))
    watch.look()
    assert status.backup_text.startswith("⚠ Backup: none yet")
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / f"warehouse-{datetime.now():%Y-%m-%dT%H%M%S}.db").write_bytes(b"")
    watch.look()
    label = status.findChild(QLabel, "backupState")
    assert label.text() == f"Backup: today {datetime.now():%H:%M}"
    assert not label.property("alert")
    old = datetime.now() - timedelta(days=3)
    for path in folder.iterdir():
        path.unlink()
    (folder / f"warehouse-{old:%Y-%m-%dT%H%M%S}.db").write_bytes(b"")
    watch.look()
    assert label.property("alert") is True
    sqlite_backup.record_failure(database, "No space left on device")
    watch.look()
    assert label.text().startswith("⚠ Backup failed today")
    assert "No space left on device" in label.toolTip()


def test_a_server_database_shows_no_backup_label(qtbot):
    status = StatusBar("db.example.org")
    qtbot.addWidget(status)
    BackupWatch(status, lambda: gui_app.backup_summary("postgresql://clerk@db.invalid/x")).look()
    assert status.backup_text is None


def test_the_window_shows_the_daily_backup_made_when_it_opened(app, qtbot, seeded_url):
    watch = BackupWatch(app.window.status, lambda: gui_app.backup_summary(seeded_url))
    qtbot.waitUntil(lambda: app.window.status.connection_label.text() == "● Connected")
    watch.look()
    assert app.window.status.backup_text.startswith("Backup: today ")
