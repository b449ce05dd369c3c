"""The status bar: the last outcome, who is signed in, the commands still pending, the
connection and where the database is.

A message longer than the room it has is never cut off: it ends in "…" and the whole text
is its tooltip (and its accessible description), and no message ever makes the window wider.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

from warehouse_gui.gui.announce import announce
from warehouse_gui.gui.appearance import set_style_property
from warehouse_gui.gui.elided_label import ElidedLabel
from warehouse_gui.translation import QT_TRANSLATE_NOOP, translate

LOADING = QT_TRANSLATE_NOOP("StatusBar", "Loading batches…")
DATABASE_WIDTH = 320


class StatusBar(QStatusBar):
    """What happened last, on the left; what stands, on the right."""

    def __init__(self, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("StatusBar", "Status"))
        self.result_label = ElidedLabel(translate("StatusBar", LOADING))
        self.result_label.setObjectName("lastResult")
        self.result_label.setAccessibleName(translate("StatusBar", "Last result"))
        self.pending_label = QLabel()
        self.pending_label.setObjectName("pendingCommands")
        self.pending_label.setAccessibleName(translate("StatusBar", "Commands pending"))
        self.pending_label.setAccessibleDescription(
            translate("StatusBar", "How many commands are still on their way to the database")
        )
        self.person_label = QLabel()
        self.person_label.setObjectName("signedIn")
        self.person_label.setAccessibleName(translate("StatusBar", "Signed in"))
        self.person_label.hide()
        self.connection_label = QLabel(translate("StatusBar", "Connecting…"))
        self.connection_label.setObjectName("connectionState")
        self.connection_label.setAccessibleName(translate("StatusBar", "Connection"))
        self.database_label = ElidedLabel(
            translate("StatusBar", "Database: {database}").format(database=database),
            Qt.TextElideMode.ElideMiddle,
        )
        self.database_label.setObjectName("databaseLocation")
        self.database_label.setAccessibleName(translate("StatusBar", "Database"))
        self.database_label.setMaximumWidth(DATABASE_WIDTH)
        self.database_label.setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred
        )
        self._database = database
        # "All saved" is said only while the database is open, reachable and writable.
        self._connected = False
        self._read_only: str | None = None
        self._pending = 0
        self.addWidget(self.result_label, 1)
        self.addPermanentWidget(self.person_label)
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

    def show_person(self, person: str | None) -> None:
        """Who is signed in here (``Anna Kowalska (clerk)``), or (``None``) that nobody is."""
        self.person_label.setText(
            translate("StatusBar", "Nobody signed in") if person is None else person
        )
        self.person_label.setToolTip(
            ""
            if person is None
            else translate("StatusBar", "Signed in: {person}").format(person=person)
        )
        self.person_label.show()

    @Slot(int)
    def show_pending(self, pending: int) -> None:
        """How many commands are on their way to the database; "All saved" only while it
        is connected and writable, nothing at all before it opens."""
        self._pending = pending
        if pending:
            self.pending_label.setText(translate("StatusBar", "⏳ %n pending", None, pending))
        elif self._connected and self._read_only is None:
            self.pending_label.setText(translate("StatusBar", "✓ All saved"))
        else:
            self.pending_label.setText("")

    @Slot(str)
    def show_waiting(self, why: str) -> None:
        """The database cannot be opened yet, and why; it is tried again by itself."""
        self._connected = False
        self.connection_label.setText(translate("StatusBar", "⚠ Not connected — trying again…"))
        self.connection_label.setToolTip(why)
        self.say(why)
        self.show_pending(self._pending)

    def show_opened(self, read_only: str | None) -> None:
        """The database is open: connected, or read-only and why."""
        self._read_only = read_only
        self.show_connection(True, "")

    @Slot(bool, str)
    def show_connection(self, connected: bool, detail: str) -> None:
        """Whether the database can be reached, and the outcome line that says so."""
        changed = connected != self._connected
        self._connected = connected
        self.show_pending(self._pending)
        if connected and self._read_only is not None:
            read_only = translate("StatusBar", "Read-only: {why}").format(why=self._read_only)
            self.connection_label.setText(translate("StatusBar", "⚠ Read-only"))
            self.connection_label.setToolTip(read_only)
            self.say(read_only)
        elif connected:
            self.connection_label.setText(translate("StatusBar", "● Connected"))
            self.connection_label.setToolTip(translate("StatusBar", "The database is reachable"))
            self.say(translate("StatusBar", "Connected to the database"))
        else:
            self.connection_label.setText(translate("StatusBar", "⚠ Disconnected — reconnecting…"))
            self.connection_label.setToolTip(detail)
            self.say(
                translate("StatusBar", "The database cannot be reached: {detail}").format(
                    detail=detail
                )
            )
        if changed:
            # Shown only in the status bar's colours and words: a screen reader says it,
            # at once when the database was lost.
            announce(self, self.result_label.text(), urgent=not connected)

    @property
    def backup_text(self) -> str | None:
        """The last backup as the status bar says it, with its detail; ``None`` before it
        is known (or for a server, which the app does not back up)."""
        label = self.findChild(QLabel, "backupState")
        return None if label is None else f"{label.text()} — {label.toolTip()}"

    @Slot(str, bool, str)
    def show_backup(self, text: str, alert: bool, detail: str) -> None:
        """When the last backup was made (``Backup: today 08:02``); ``alert`` when it is
        too old or failed, ``detail`` as the tooltip."""
        label = self.findChild(QLabel, "backupState")
        if label is None:
            label = QLabel(self)
            label.setObjectName("backupState")
            label.setAccessibleName(translate("StatusBar", "Last backup"))
            self.addPermanentWidget(label)
        label.setText(text)
        label.setToolTip(detail)
        label.setAccessibleDescription(detail)
        set_style_property(label, "alert", alert)
