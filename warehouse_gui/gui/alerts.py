"""Alerts: a banner that never takes focus, and a panel that keeps them all.

An alert has a kind: ``ALERT`` (out of stock, the database worker, ...) or ``LOW_STOCK``,
a warning that looks different (its own icon and colours, from the stylesheet's
``[kind="low-stock"]`` rules), so that staff tell "running low" from "none left" at a glance.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Slot
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

from warehouse_gui.gui.appearance import colours_for, set_style_property

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
