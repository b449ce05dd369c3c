"""The window's layout kept from one start to the next: its size and place, the splitters,
and the batch table's columns and sort order."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter

Remembered = tuple[Callable[[], QByteArray], Callable[[QByteArray], object]]


class LayoutMemory:
    """Saves ``window``'s layout to ``settings`` and restores it, under ``mainWindow/``:
    the window, its two splitters, and the batch table's ``header``."""

    def __init__(
        self,
        window: QMainWindow,
        settings: QSettings,
        top: QSplitter,
        main: QSplitter,
        header: QHeaderView,
    ) -> None:
        self.settings = settings
        self._pieces: dict[str, Remembered] = {
            "geometry": (window.saveGeometry, window.restoreGeometry),
            "windowState": (window.saveState, window.restoreState),
            "topSplitter": (top.saveState, top.restoreState),
            "mainSplitter": (main.saveState, main.restoreState),
            "batchTableHeader": (header.saveState, header.restoreState),
        }

    def restore(self) -> None:
        """Put back each piece that was saved."""
        for key, (_save, restore) in self._pieces.items():
            value = self.settings.value(f"mainWindow/{key}")
            if isinstance(value, QByteArray):
                restore(value)

    def save(self) -> None:
        """Write every piece now."""
        for key, (save, _restore) in self._pieces.items():
            self.settings.setValue(f"mainWindow/{key}", save())
        self.settings.sync()
