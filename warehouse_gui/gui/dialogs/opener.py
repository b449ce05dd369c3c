"""Opens the main window's dialogs: each module loads when its dialog is first asked for,
so none of them costs the start."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, Slot
from PySide6.QtWidgets import QWidget

from warehouse_gui import logs
from warehouse_gui.gui.bridge.bus import Bus
from warehouse_gui.gui.forms.scan_feedback import FeedbackPreferences, ScanFeedback

if TYPE_CHECKING:
    from warehouse_gui.gui.dialogs.import_batches import BatchImporter
    from warehouse_gui.gui.dialogs.preferences import PreferencesDialog
    from warehouse_gui.gui.dialogs.shortcuts import ShortcutsDialog
    from warehouse_gui.gui.people.idle import IdleWatch


LABEL_SIZE_KEY = "labels/size"  # as ``label_keys`` reads it


class Dialogs(QObject):
    """File → Import batches (Ctrl+I), Preferences (Ctrl+,), the keys (F1) and About.

    ``say`` shows an outcome in the status bar; ``database`` is the database's location as
    shown; ``keys`` is every key of the window with what it does.
    """

    def __init__(
        self,
        window: QWidget,
        bus: Bus,
        settings: QSettings,
        feedback: ScanFeedback,
        say: Callable[[str], object],
        database: str,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._bus = bus
        self._settings = settings
        self._feedback = feedback
        self._say = say
        self._database = database
        self.keys: list[tuple[str, str]] = []
        self.idle: IdleWatch | None = None  # the idle sign-out, whose minutes Preferences sets

    @cached_property
    def batch_import(self) -> BatchImporter:
        """The import, made at the first Ctrl+I; tests answer its file dialog by replacing
        its ``choose_file``."""
        from warehouse_gui.gui.dialogs.import_batches import BatchImporter

        importer = BatchImporter(self._bus, self._window, self._settings)
        importer.status.connect(self._say)
        return importer

    @Slot()
    def import_batches(self) -> None:
        """Ctrl+I: choose a CSV file of batches and preview it before importing."""
        self.batch_import.start()

    @Slot()
    def preferences(self) -> PreferencesDialog:
        """Ctrl+,: switch the scan confirmations on or off, choose the idle sign-out;
        saved when accepted."""
        from warehouse_gui.gui import language
        from warehouse_gui.gui.appearance import HIGH_CONTRAST_KEY, Appearance
        from warehouse_gui.gui.dialogs.preferences import PreferencesDialog
        from warehouse_gui.gui.printing.labels import DEFAULT_SIZE, SIZES

        idle = self.idle
        appearance = Appearance.of_application()
        dialog = PreferencesDialog(
            self._feedback.preferences,
            self._window,
            idle.minutes if idle is not None else 10,
            idle is not None and idle.set_by_environment,
            {key: size.shown for key, size in SIZES.items()},
            str(self._settings.value(LABEL_SIZE_KEY, DEFAULT_SIZE.key) or DEFAULT_SIZE.key),
            language.LANGUAGES,
            language.saved(self._settings) or "",
            language.desktop_language() or language.ENGLISH,
            language.set_by_environment(),
            appearance is not None and appearance.high_contrast,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._set_preferences(dialog.chosen()))
        dialog.accepted.connect(
            lambda: self._settings.setValue(LABEL_SIZE_KEY, dialog.chosen_label_size())
        )
        dialog.accepted.connect(
            lambda: self._settings.setValue(language.SETTINGS_KEY, dialog.chosen_language())
        )
        dialog.accepted.connect(
            lambda: self._settings.setValue(HIGH_CONTRAST_KEY, dialog.chosen_high_contrast())
        )
        if appearance is not None:
            dialog.accepted.connect(
                lambda: appearance.set_high_contrast(dialog.chosen_high_contrast())
            )
        if idle is not None and not idle.set_by_environment:
            dialog.accepted.connect(lambda: idle.choose(dialog.chosen_minutes()))
        dialog.open()
        return dialog

    def _set_preferences(self, preferences: FeedbackPreferences) -> None:
        self._feedback.preferences = preferences
        preferences.save(self._settings)

    @Slot()
    def shortcuts(self) -> ShortcutsDialog:
        """F1: every key, in a dialog that Esc closes."""
        from warehouse_gui.gui.dialogs.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self.keys, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot()
    def about(self) -> None:
        """Help → About: the version, the database and where the log is."""
        from warehouse_gui.gui.dialogs.about import about_box
        from warehouse_gui.gui.status_bar import StatusBar

        status = self._window.findChild(StatusBar)
        backup = status.backup_text if status is not None else None
        about_box(self._database, logs.log_file(), self._window, backup).open()
