"""What waits for someone, side by side under the forms and the tabs: the alerts (the
newest in a banner above the list) and the refused scans."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QGroupBox, QLabel, QSplitter, QVBoxLayout, QWidget

from warehouse_gui.gui.alerts import AlertBanner, AlertsPanel
from warehouse_gui.gui.appearance import set_style_property
from warehouse_gui.gui.forms.refused_scans import RefusedScans, RefusedScansView
from warehouse_gui.translation import translate


class WaitingStrip(QSplitter):
    """The Alerts box and the Refused scans box, each titled with how many wait."""

    def __init__(self, scans: RefusedScans, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("waitingStrip")
        self.alerts_box = QGroupBox()
        self.alerts_box.setObjectName("alertsBox")
        self.addWidget(self.alerts_box)
        self.refused_view = RefusedScansView(scans)
        self.addWidget(self.refused_view)
        self.banner = AlertBanner()
        self.alerts_panel = AlertsPanel()
        hint = QLabel(
            translate("WaitingStrip", "Space or Delete: seen · Shift+Delete: all seen"),
            self.alerts_box,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        alerts = QVBoxLayout(self.alerts_box)
        alerts.addWidget(self.banner)
        alerts.addWidget(self.alerts_panel, 1)
        alerts.addWidget(hint)
        model = self.alerts_panel.model()
        for signal in (model.rowsInserted, model.rowsRemoved):
            signal.connect(self._count_alerts)
        self._count_alerts()
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 1)

    @Slot()
    def focus_alerts(self) -> None:
        """Ctrl+J: the alerts, on the newest one."""
        self.alerts_panel.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.alerts_panel.currentRow() < 0 and self.alerts_panel.count():
            self.alerts_panel.setCurrentRow(0)

    @Slot()
    def _count_alerts(self) -> None:
        count = self.alerts_panel.count()
        self.alerts_box.setTitle(
            translate("WaitingStrip", "Alerts (Ctrl+J) — %n waiting", None, count)
            if count
            else translate("WaitingStrip", "Alerts")
        )
        set_style_property(self.alerts_box, "waiting", bool(count))
