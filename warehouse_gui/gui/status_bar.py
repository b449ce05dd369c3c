"""The status bar: the last outcome, the commands still pending, the connection and where
the database is.

A message longer than the room it has is never cut off: it ends in "…" and the whole text
is its tooltip (and its accessible description), and no message ever makes the window wider.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

from warehouse_gui.gui.elided_label import ElidedLabel

LOADING = "Loading batches…"
DATABASE_WIDTH = 320


class StatusBar(QStatusBar):
    """What happened last, on the left; what stands, on the right."""

    def __init__(self, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result_label = ElidedLabel(LOADING)
        self.result_label.setObjectName("lastResult")
        self.pending_label = QLabel()
        self.pending_label.setObjectName("pendingCommands")
        self.connection_label = QLabel("Connecting…")
        self.connection_label.setObjectName("connectionState")
        self.database_label = ElidedLabel(f"Database: {database}", Qt.TextElideMode.ElideMiddle)
        self.database_label.setObjectName("databaseLocation")
        self.database_label.setMaximumWidth(DATABASE_WIDTH)
        self.database_label.setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred
        )
        self._database = database
        self.addWidget(self.result_label, 1)
        self.addPermanentWidget(self.pending_label)
        self.addPermanentWidget(self.connection_label)
        self.addPermanentWidget(self.database_label)
        self.show_pending(0)

    @property
    def database(self) -> str:
        """The database's location, as shown (its password masked)."""
        return self._database

    @Slot(str)
    def say(self, text: str) -> None:
        """Show the outcome of what was just done."""
        self.result_label.setText(text)

    @Slot(int)
    def show_pending(self, pending: int) -> None:
        """How many commands are on their way to the database."""
        self.pending_label.setText(f"⏳ {pending} pending" if pending else "✓ All saved")

    @Slot(bool, str)
    def show_connection(self, connected: bool, detail: str) -> None:
        """Whether the database can be reached, and the outcome line that says so."""
        if connected:
            self.connection_label.setText("● Connected")
            self.connection_label.setToolTip("The database is reachable")
            self.say("Connected to the database")
        else:
            self.connection_label.setText("⚠ Disconnected — reconnecting…")
            self.connection_label.setToolTip(detail)
            self.say(f"The database cannot be reached: {detail}")
