"""Alerts: they stay until someone has seen them.

An order line that found too little stock (it waits for stock), a SKU that fell below
its threshold and a shortage found while picking raise an alert, at this workstation or
another; so does trouble with the database worker. Enter on a shortage approves it: the
batch's quantity is corrected to what was counted, by a supervisor (or with one's
approval); anyone else is told why not. A waiting line that arriving stock allocated
raises a notice. Each waits in the panel, newest first, with its mark (``⚠`` none left,
``▼`` running low, an information sign for a notice), and the newest waiting one is in
the banner above it, until it is acknowledged: Space or Delete in the panel (Ctrl+J),
Shift+Delete for all of them. The alerts of the event log are read from it again at
start, so those not yet acknowledged here are still waiting after a restart; which ones
were acknowledged is kept in the window's settings.

Nothing here takes the cursor, and the banner keeps its place, so an arriving alert never
moves the form being typed into.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QWidget

from warehouse_gui.gui import messages
from warehouse_gui.gui.announce import announce
from warehouse_gui.gui.appearance import colours_for, set_style_property
from warehouse_gui.gui.bridge.bus import Bus
from warehouse_gui.gui.bridge.bus_worker import Done, Refused
from warehouse_gui.gui.elided_label import ElidedLabel
from warehouse_gui.queries import Alerts
from warehouse_gui.translation import QT_TRANSLATE_NOOP, day, translate

if TYPE_CHECKING:
    from warehouse_gui.domain import commands, events
    from warehouse_gui.read_model import AlertEntries, LoggedEvent

logger = logging.getLogger(__name__)

MAX_ALERTS = 1000
ALERT, LOW_STOCK, NOTICE = "alert", "low-stock", "notice"
ICONS = {ALERT: "⚠", LOW_STOCK: "▼", NOTICE: "ℹ"}
ALERT_ROLE = Qt.ItemDataRole.UserRole
SEEN_THROUGH_KEY = "alerts/seenThrough"
ACKNOWLEDGED_KEY = "alerts/acknowledged"
NONE_WAITING = QT_TRANSLATE_NOOP("AlertBanner", "No alerts waiting")


class Alert(NamedTuple):
    """What to tell, of which kind, the log entry it comes from (``None``: the program's
    own news, not logged) and when it was raised."""

    text: str
    kind: str
    log_id: int | None
    raised: datetime
    shortage: events.ShortageReported | None = None  # Enter approves its correction


class AlertBanner(QFrame):
    """The newest alert waiting, in its kind's colours, or that none is; it never takes
    focus and never changes its height."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertBanner")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(translate("AlertBanner", "Alert"))
        self.setAccessibleDescription(
            translate("AlertBanner", "The newest alert waiting; Ctrl+J goes to all of them")
        )
        self.icon = QLabel(self)
        self.icon.setObjectName("alertIcon")
        self.message = ElidedLabel(translate("AlertBanner", NONE_WAITING), parent=self)
        self.message.setObjectName("alertMessage")
        self.message.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.more = QLabel(self)
        self.more.setObjectName("alertMore")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.addWidget(self.icon)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.more)
        self.setFixedHeight(self.sizeHint().height())
        # Set before the banner is first polished: no restyle needed yet (a restyle of the
        # banner and its labels costs milliseconds of the start).
        self.setProperty("kind", "none")
        self.icon.setText("✓")

    def show_alert(self, alert: Alert | None, waiting: int) -> None:
        """Show ``alert`` (the newest of ``waiting``), or that none is waiting."""
        if alert is None:
            self.icon.setText("✓")
            self.message.setText(translate("AlertBanner", NONE_WAITING))
            self.more.clear()
            set_style_property(self, "kind", "none", with_children=True)
            return
        self.icon.setText(ICONS[alert.kind])
        self.message.setText(alert.text)
        more = waiting - 1
        self.more.setText(
            translate("AlertBanner", "+%n more · Ctrl+J", None, more) if waiting > 1 else "Ctrl+J"
        )
        set_style_property(self, "kind", alert.kind, with_children=True)


class AlertsPanel(QListWidget):
    """The alerts waiting, newest first, each with its mark and the time it was raised.

    Space or Delete acknowledges the current one, Shift+Delete every one.
    """

    acknowledged = Signal(object)  # list[Alert]
    approve_requested = Signal(object)  # the Alert of a shortage Enter was pressed on

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertsPanel")
        self.setAccessibleName(translate("AlertsPanel", "Alerts"))
        self.setAccessibleDescription(
            translate(
                "AlertsPanel",
                "The alerts waiting, newest first. Space or Delete: the current one was seen; "
                "Shift+Delete: all of them were; Enter on a shortage: a supervisor corrects "
                "the batch to what was counted",
            )
        )
        self.setAlternatingRowColors(True)
        # A long alert wraps within the panel rather than hiding its end off to the side.
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def add_alert(self, alert: Alert) -> QListWidgetItem:
        """Put ``alert`` at the top."""
        item = QListWidgetItem(f"{alert.raised:%H:%M:%S}  {ICONS[alert.kind]} {alert.text}")
        item.setToolTip(f"{day(alert.raised.date())} {alert.raised:%H:%M:%S}  {alert.text}")
        item.setData(ALERT_ROLE, alert)
        if alert.kind == LOW_STOCK:
            colours = colours_for(self.palette())
            item.setBackground(QBrush(QColor(colours.low_stock_background)))
            item.setForeground(QBrush(QColor(colours.low_stock_text)))
        self.insertItem(0, item)
        while self.count() > MAX_ALERTS:
            self.takeItem(self.count() - 1)
        return item

    def newest(self) -> Alert | None:
        """The newest alert waiting, if any is."""
        return self.item(0).data(ALERT_ROLE) if self.count() else None

    def alerts(self) -> list[Alert]:
        """Every alert waiting, newest first."""
        return [self.item(row).data(ALERT_ROLE) for row in range(self.count())]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space or Delete: the current alert was seen; Shift+Delete: all of them were."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            alert = self.item(self.currentRow()).data(ALERT_ROLE)
            if alert.shortage is not None:
                self.approve_requested.emit(alert)
                return
        if key == Qt.Key.Key_Delete and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self._acknowledge(list(range(self.count())))
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Delete) and self.currentRow() >= 0:
            self._acknowledge([self.currentRow()])
        else:
            super().keyPressEvent(event)

    def acknowledge(self, alert: Alert) -> None:
        """``alert`` was dealt with: it leaves the panel as if seen."""
        rows = [row for row in range(self.count()) if self.item(row).data(ALERT_ROLE) == alert]
        self._acknowledge(rows)

    def _acknowledge(self, rows: list[int]) -> None:
        if not rows:
            return
        seen = [self.item(row).data(ALERT_ROLE) for row in rows]
        for row in sorted(rows, reverse=True):
            self.takeItem(row)
        self.acknowledged.emit(seen)


class AlertMemory:
    """Which logged alerts this workstation acknowledged: every one up to ``seen_through``,
    and those in ``acknowledged`` above it; kept in the settings."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings
        stored = settings.value(SEEN_THROUGH_KEY)
        self.seen_through: int | None = int(str(stored)) if stored not in (None, "") else None
        listed = str(settings.value(ACKNOWLEDGED_KEY, "") or "")
        self.acknowledged: set[int] = {int(log_id) for log_id in listed.split() if log_id}

    def remember(self, waiting: list[int], high: int) -> None:
        """Keep the memory short: everything up to just below the oldest alert still
        ``waiting`` (or up to ``high`` when none is) counts as seen."""
        self.seen_through = min(waiting) - 1 if waiting else high
        floor = self.seen_through
        self.acknowledged = {log_id for log_id in self.acknowledged if log_id > floor}
        self.settings.setValue(SEEN_THROUGH_KEY, self.seen_through)
        self.settings.setValue(ACKNOWLEDGED_KEY, " ".join(map(str, sorted(self.acknowledged))))
        self.settings.sync()


class AlertDesk(QObject):
    """Raises the alerts on the banner and in the panel, reads the logged ones waiting
    at start, remembers which were acknowledged, and sends the correction of a shortage
    approved from its alert."""

    said = Signal(str)  # the status bar's line about an approved shortage

    def __init__(
        self,
        bus: Bus,
        banner: AlertBanner,
        panel: AlertsPanel,
        settings: QSettings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.bus = bus
        self.banner = banner
        self.panel = panel
        self.memory = AlertMemory(settings)
        # How far this desk's own questions have read the log (-1: not yet). Only answers
        # move it: another desk's entry may carry a higher id than one of this desk's
        # own that is still on its way, and the next question must still find that one.
        self._read_through = -1
        self._early: list[LoggedEvent] = []  # other desks' entries that came before that
        self._shown: set[int] = set()
        self._reading = False  # an Alerts question is on its way
        self._read_again = False  # and more alerts were logged since it was asked
        # Why the person here may not send a command (by its class name) now, or None.
        self.why_not: Callable[[str], str | None] = lambda name: None
        panel.acknowledged.connect(self._acknowledged)
        panel.approve_requested.connect(self.approve)
        bus.own_event_published.connect(self._on_event)
        bus.remote_event_logged.connect(self._on_remote_entry)

    def read_waiting(self) -> None:
        """Read the logged alerts not acknowledged here (at start; after a restart)."""
        self._read(self.memory.seen_through)

    def _read(self, after: int | None) -> None:
        """Ask for the alerts logged after ``after``: one question at a time, however
        many alerts a burst of lines raises."""
        self._reading = True
        self.bus.ask(Alerts(after), self._add_logged, self._unread)

    @Slot(str)
    def raise_alert(self, text: str, kind: str = ALERT) -> None:
        """Raise an alert of the program's own (the database worker, say): not logged."""
        self._add(Alert(text, kind, None, datetime.now()))

    def _add(self, alert: Alert, say: bool = True) -> None:
        """Put ``alert`` in the panel and the banner; ``say``: announce it at once, as a
        screen reader's user hears what the banner shows."""
        self.panel.add_alert(alert)
        self._update_banner()
        if say:
            announce(self.banner, alert.text, urgent=True)

    @Slot(object)
    def _on_event(self, event: events.Event) -> None:
        from warehouse_gui.domain import events

        if not isinstance(
            event,
            events.OutOfStock
            | events.LowStock
            | events.WaitingLineAllocated
            | events.ShortageReported,
        ):
            return
        if self._reading:
            self._read_again = True
        elif self._read_through >= 0:
            self._read(self._read_through)

    @Slot(object)
    def _on_remote_entry(self, entry: LoggedEvent) -> None:
        if self._read_through >= 0:
            self._add_entry(entry)
        else:
            self._early.append(entry)

    def _add_logged(self, found: AlertEntries) -> None:
        first_read = self._read_through < 0
        early, self._early = self._early, []
        # Of a batch read at once, only the last raised is said (an urgent announcement cuts
        # the one before it short): the one the banner shows.
        added = [
            alert
            for entry in [*found.entries, *early]
            if (alert := self._add_entry(entry, say=False)) is not None
        ]
        if added:
            announce(self.banner, added[-1].text, urgent=True)
        self._read_through = max(self._read_through, found.high, *(e.id for e in found.entries))
        if first_read and self.memory.seen_through is None:
            self.memory.remember([], self._read_through)
        self._reading = False
        if self._read_again:
            self._read_again = False
            self._read(self._read_through)

    def _add_entry(self, entry: LoggedEvent, say: bool = True) -> Alert | None:
        """Raise the alert of ``entry`` unless it was shown or acknowledged; the alert raised."""
        from warehouse_gui.domain import events

        seen_through = self.memory.seen_through if self.memory.seen_through is not None else -1
        if entry.id <= seen_through or entry.id in self._shown:
            return None
        if entry.id in self.memory.acknowledged:
            return None
        event = entry.event
        station = "" if entry.origin == self.bus.origin else entry.station
        if isinstance(event, events.OutOfStock):
            alert = Alert(
                messages.out_of_stock_alert(event, station), ALERT, entry.id, _local(entry)
            )
        elif isinstance(event, events.LowStock):
            text = messages.low_stock_alert(event, station)
            alert = Alert(text, LOW_STOCK, entry.id, _local(entry))
        elif isinstance(event, events.WaitingLineAllocated):
            text = messages.waiting_line_allocated(event, station)
            alert = Alert(text, NOTICE, entry.id, _local(entry))
        elif isinstance(event, events.ShortageReported):
            text = messages.shortage_alert(event, station)
            alert = Alert(text, ALERT, entry.id, _local(entry), event)
        else:
            return None
        self._shown.add(entry.id)
        self._add(alert, say)
        return alert

    @Slot(object)
    def approve(self, alert: Alert) -> None:
        """Enter on a shortage: correct its batch to the quantity counted, if the person
        here may (a supervisor, or with one's approval); else say why not."""
        from warehouse_gui.domain import commands

        shortage = alert.shortage
        if shortage is None:
            return
        why = self.why_not("ChangeBatchQuantity")
        if why is not None:
            self.said.emit(
                translate("AlertDesk", "Shortage of {ref} not approved: {why}").format(
                    ref=shortage.ref, why=why
                )
            )
            return
        command = commands.ChangeBatchQuantity(shortage.ref, shortage.counted)
        self.bus.send(
            command,
            lambda done: self._approved(alert, command, done),
            lambda refused: self.said.emit(messages.refused(refused.message)),
        )

    def _approved(self, alert: Alert, command: commands.ChangeBatchQuantity, done: Done) -> None:
        self.panel.acknowledge(alert)
        said = messages.carried_out(command, done.result, done.events)
        self.said.emit(translate("AlertDesk", "Shortage approved: {said}").format(said=said))

    def _acknowledged(self, seen: list[Alert]) -> None:
        self.memory.acknowledged.update(a.log_id for a in seen if a.log_id is not None)
        waiting = [a.log_id for a in self.panel.alerts() if a.log_id is not None]
        self.memory.remember(waiting, self._read_through)
        self._update_banner()

    def _update_banner(self) -> None:
        self.banner.show_alert(self.panel.newest(), self.panel.count())

    def _unread(self, refused: Refused) -> None:
        self._reading = self._read_again = False
        logger.warning("The alerts waiting could not be read: %s", refused.message)


def _local(entry: LoggedEvent) -> datetime:
    """When the entry was logged, in local time, without its zone (as shown)."""
    return entry.time.astimezone().replace(tzinfo=None)
