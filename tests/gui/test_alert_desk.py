"""The alert desk reads the event log in the order entries commit, not the order of ids."""

from dataclasses import asdict
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QSettings, Signal

from warehouse_gui.domain import events
from warehouse_gui.gui.alerts import AlertBanner, AlertDesk, AlertsPanel
from warehouse_gui.read_model import AlertEntries, LoggedEvent

OWN, OTHER = "here", "there"


class LoggedBus(QObject):
    """A bus in front of an event log held in a list: ``ask`` answers ``Alerts`` from it."""

    own_event_published = Signal(object)
    remote_event_logged = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.origin = OWN
        self.log: list[LoggedEvent] = []
        self.asked: list[int | None] = []

    def log_entry(self, log_id: int, event: events.Event, origin: str) -> LoggedEvent:
        entry = LoggedEvent(
            log_id, datetime.now(UTC), type(event).__name__, event.sku, "", "desk-2", "", {}, origin
        )
        entry.fields.update(asdict(event))
        self.log.append(entry)
        return entry

    def ask(self, query, on_answer, on_refused) -> None:
        self.asked.append(query.after)
        after = -1 if query.after is None else query.after
        found = [e for e in self.log if e.id > after] if query.after is not None else []
        on_answer(AlertEntries(found, max((e.id for e in self.log), default=0)))


def test_an_own_alert_logged_below_another_desks_newer_one_is_still_raised(qtbot, tmp_path):
    bus = LoggedBus()
    bus.log_entry(1, events.OutOfStock("LAMP", "order-1", 2, 0), OWN)
    panel, banner = AlertsPanel(), AlertBanner()
    qtbot.addWidget(panel)
    qtbot.addWidget(banner)
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    desk = AlertDesk(bus, banner, panel, settings)  # type: ignore[arg-type]
    desk.read_waiting()
    assert panel.count() == 0, "what was logged before this desk ever ran is not news"

    # This desk's line takes id 2 and is still committing when the other desk's line,
    # id 3, commits and reaches this desk through the feed first.
    own = events.OutOfStock("RUG", "order-2", 1, 0)
    bus.log_entry(2, own, OWN)
    bus.remote_event_logged.emit(
        bus.log_entry(3, events.OutOfStock("SOFA", "order-3", 1, 0), OTHER)
    )
    bus.own_event_published.emit(own)

    texts = [panel.item(row).text() for row in range(panel.count())]
    assert len(texts) == 2, texts
    assert any("RUG" in text for text in texts)
    assert any("SOFA" in text for text in texts)
    assert banner.more.text().startswith("+1 more")
    assert bus.asked == [None, 1], "the second question reads on from the first answer"
