"""What the window shows in a colour, a flash or a banner, a screen reader is told too: Qt
posts an announcement, at once for a refusal or an alert, after what it is saying for a scan
that went through."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands

URGENT = QAccessible.AnnouncementPoliteness.Assertive
POLITE = QAccessible.AnnouncementPoliteness.Polite


@pytest.fixture
def announced(monkeypatch):
    """The announcements posted to assistive technology, as (message, politeness)."""
    heard = []
    post = QAccessible.updateAccessibility

    def listen(event):
        if event.type() == QAccessible.Event.Announcement:
            heard.append((event.message(), event.politeness()))
        post(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(listen))
    return heard


def test_a_refused_scan_is_announced_at_once_in_the_words_shown(app, announced):
    app.shortcut(Qt.Key.Key_N)
    app.scan("lamp-3", "LAMP", "1.5")

    shown = app.window.new_batch_form.error_label.text()
    assert shown == "Quantity must be a whole number of at least 1, got '1.5'"
    assert any(politeness == URGENT and shown in said for said, politeness in announced)


def test_a_scan_that_goes_through_is_announced_politely(app, announced):
    app.shortcut(Qt.Key.Key_L)
    app.scan("order-1", "LAMP")
    app.scan_and_wait("8")

    assert app.stored_batches()["lamp-1"].allocated == 8
    assert any(politeness == POLITE and "order-1" in said for said, politeness in announced)
    assert not [said for said, politeness in announced if politeness == URGENT]


def test_an_alert_from_another_desk_is_announced_at_once(app, announced):
    other = bootstrap(db_url=app.db_url, send_mail=lambda **mail: None)
    other.handle(commands.Allocate("order-9", "CHAIR", 6))

    app.qtbot.waitUntil(lambda: app.window.alerts_panel.count() == 1)
    banner = app.window.banner.message.text()
    assert banner.startswith("Out of stock: CHAIR")
    assert (banner, URGENT) in announced


def test_losing_the_database_is_announced_at_once(app, announced):
    app.window.status.show_connection(False, "the database server closed the connection")

    assert any(
        politeness == URGENT and "cannot be reached" in said for said, politeness in announced
    )
