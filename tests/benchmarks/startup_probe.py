"""One start of the app or of a bare PySide6 window, for ``startup.py``: prints the
monotonic clock at the window's first paint and which of the modules the app loads only
after it were loaded by then (``shown SECONDS deferred-loaded=none``), then closes it, or,
given ``exit`` as a third argument, ends the process there (for counting instructions).

It imports nothing but the standard library and PySide6 (and, for the app, the app),
so that neither start pays for anything the other does not: the bare window is bare.
It loads PySide6 only where the start it measures does. The app loads its command line,
logging and configuration first, and PySide6 reads the source of every module imported
after PySide6 itself (its ``__feature__`` import hook): loading PySide6 before the app
charged the app ~5 ms for checking ~40 modules that a real start never checks.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import time
from collections.abc import Callable
from importlib.machinery import ModuleSpec
from types import ModuleType
from typing import Any

# Loaded by the app after its first paint: the database stack and the domain (on the bus
# thread), the parts of the window that nobody sees at start, and the log file's rotation.
DEFERRED = (
    "logging.handlers",
    "socket",
    "sqlalchemy",
    "warehouse_gui.domain.commands",
    "warehouse_gui.domain.events",
    "warehouse_gui.gui.dialogs.crash_dialog",
    "warehouse_gui.gui.tabs.orders",
    "warehouse_gui.gui.dialogs.preferences",
    "warehouse_gui.gui.dialogs.shortcuts",
    "warehouse_gui.gui.tabs.stock.view",
)


def report_first_paint(window: Any, exit_after: bool = False) -> None:
    """Print the clock once ``window`` has been painted for the first time, and close it
    (or end the process at once, with ``exit_after``)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__(window)
            self.seen = False
            window.installEventFilter(self)

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                QTimer.singleShot(0, self.report)
            return False

        def report(self) -> None:
            loaded = ",".join(name for name in DEFERRED if name in sys.modules) or "none"
            print(f"shown {time.monotonic()} deferred-loaded={loaded}", flush=True)
            if exit_after:
                os._exit(0)
            self.close_when_settled()

        def close_when_settled(self) -> None:
            # The app's window is closed only once it has started following the event log:
            # closing it earlier would stop the bus before the feed thread had started.
            if getattr(getattr(window, "bus", None), "feed_thread", True) is None:
                QTimer.singleShot(20, self.close_when_settled)
                return
            window.close()

    FirstPaint()


class WhenLoaded:
    """An import hook (a meta path finder) that calls ``then(module)`` as soon as the
    module named ``name`` has been executed, before anything else uses it."""

    def __init__(self, name: str, then: Callable[[ModuleType], None]) -> None:
        self.name = name
        self.then = then

    def find_spec(self, name: str, path: object, target: object = None) -> ModuleSpec | None:
        """The module's usual spec, its loader wrapped; ``None`` for every other module."""
        if name != self.name:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.loader is not None, name
        loader, then = spec.loader, self.then

        def exec_module(module: ModuleType) -> None:
            type(loader).exec_module(loader, module)
            then(module)

        loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def probe(kind: str, db_url: str, exit_after: bool = False) -> int:
    """Start a window, report its first paint, and close it (or end the process)."""
    if kind == "bare":
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.setWindowTitle("bare")
        window.resize(1180, 740)
        report_first_paint(window, exit_after)
        window.show()
        return app.exec()

    def probe_main_window(gui_app: ModuleType) -> None:
        class ProbedMainWindow(gui_app.MainWindow):  # type: ignore[name-defined, misc]
            def __init__(self, *args: object, **kwargs: object) -> None:
                super().__init__(*args, **kwargs)
                report_first_paint(self, exit_after)

        gui_app.MainWindow = ProbedMainWindow  # type: ignore[attr-defined]

    sys.meta_path.insert(0, WhenLoaded("warehouse_gui.gui.app", probe_main_window))
    from warehouse_gui import cli

    return cli.main(["--db", db_url])


if __name__ == "__main__":
    sys.exit(probe(sys.argv[1], sys.argv[2], sys.argv[3:] == ["exit"]))
