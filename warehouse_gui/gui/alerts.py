"""Alerts: a banner that never takes focus, and a panel that keeps them all.

An alert has a kind: ``ALERT`` (out of stock, the database worker, ...) or ``LOW_STOCK``,
a warning that looks different (its own icon and colours, from the stylesheet's
``[kind="low-stock"]`` rules), so that staff tell "running low" from "none left" at a glance.
``Alerts`` raises them for the events that need someone's attention, this workstation's
and the others'.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QWidget,
)

from warehouse_gui.domain import events
from warehouse_gui.gui import messages
from warehouse_gui.gui.appearance import colours_for, set_style_property
from warehouse_gui.gui.bridge.bus import Bus
from warehouse_gui.read_model import LoggedEvent

BANNER_SECONDS = 10
MAX_ALERTS = 1000
ALERT, LOW_STOCK = "alert", "low-stock"
ICONS = {ALERT: "⚠", LOW_STOCK: "▼"}
KIND_ROLE = Qt.ItemDataRole.UserRole


class AlertBanner(QFrame):
    """A strip across the top of the window that shows the latest alert for a while.

    Nothing in it accepts focus, so a person typing in a form keeps typing there.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertBanner")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName("Alert")
        self.icon = QLabel("⚠", self)
        self.icon.setObjectName("alertIcon")
        self.message = QLabel(self)
        self.message.setObjectName("alertMessage")
        self.message.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        dismiss = QToolButton(self)
        dismiss.setText("✕")
        dismiss.setToolTip("Dismiss")
        dismiss.setAccessibleName("Dismiss alert")
        dismiss.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        dismiss.setAutoRaise(True)
        dismiss.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.icon)
        layout.addWidget(self.message, 1)
        layout.addWidget(dismiss)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_alert(self, text: str, kind: str = ALERT) -> None:
        """Show ``text`` without activating anything, and hide it again after a while."""
        self.message.setText(text)
        self.icon.setText(ICONS[kind])
        set_style_property(self, "kind", kind, with_children=True)
        self.show()
        self._timer.start(BANNER_SECONDS * 1000)


class AlertsPanel(QListWidget):
    """The alerts of this session (the newest ``MAX_ALERTS``), newest first, with the time
    each was raised."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertsPanel")
        self.setAccessibleName("Alerts")
        self.setAlternatingRowColors(True)

    @Slot(str)
    def add_alert(self, text: str, kind: str = ALERT) -> QListWidgetItem:
        """Record ``text`` at the top, stamped with the local time."""
        shown = f"{ICONS[kind]} {text}" if kind == LOW_STOCK else text
        item = QListWidgetItem(f"{datetime.now():%H:%M:%S}  {shown}")
        item.setToolTip(f"{datetime.now():%Y-%m-%d %H:%M:%S}  {text}")
        item.setData(KIND_ROLE, kind)
        if kind == LOW_STOCK:
            colours = colours_for(self.palette())
            item.setBackground(QBrush(QColor(colours.low_stock_background)))
            item.setForeground(QBrush(QColor(colours.low_stock_text)))
        self.insertItem(0, item)
        while self.count() > MAX_ALERTS:
            self.takeItem(self.count() - 1)
        return item


class Alerts(QObject):
    """Raises alerts on the banner and in the panel: an order line that found no stock or a
    SKU that ran low, here or at another workstation, and trouble with the database."""

    def __init__(
        self, bus: Bus, banner: AlertBanner, panel: AlertsPanel, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.banner = banner
        self.panel = panel
        bus.own_event_published.connect(self._on_own_event)
        bus.remote_event_logged.connect(self._on_remote_entry)

    @Slot(str)
    def raise_alert(self, text: str, kind: str = ALERT) -> None:
        """Show ``text`` on the banner and keep it in the panel."""
        self.banner.show_alert(text, kind)
        self.panel.add_alert(text, kind)

    @Slot(object)
    def _on_own_event(self, event: events.Event) -> None:
        self._alert_for(event, "")

    @Slot(object)
    def _on_remote_entry(self, entry: LoggedEvent) -> None:
        self._alert_for(entry.event, entry.station)

    def _alert_for(self, event: events.Event, station: str) -> None:
        if isinstance(event, events.OutOfStock):
            self.raise_alert(messages.out_of_stock_alert(event, station))
        elif isinstance(event, events.LowStock):
            self.raise_alert(messages.low_stock_alert(event, station), LOW_STOCK)
