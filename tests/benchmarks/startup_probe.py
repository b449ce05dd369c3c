"""One start of the app or of a bare PySide6 window, for ``startup.py``: prints the
monotonic clock at the window's first paint and which of the modules the app loads only
after it were loaded by then (``shown SECONDS deferred-loaded=none``), then closes it.

It imports nothing but the standard library and PySide6 (and, for the app, the app),
so that neither start pays for anything the other does not: the bare window is bare.
"""

from __future__ import annotations

import sys
import time

# Loaded by the app after its first paint: the database stack (on the bus thread), and
# the parts of the window that nobody sees at start.
DEFERRED = (
    "sqlalchemy",
    "warehouse_gui.gui.crash_dialog",
    "warehouse_gui.gui.orders",
    "warehouse_gui.gui.preferences",
    "warehouse_gui.gui.shortcuts_dialog",
    "warehouse_gui.gui.stock_view",
)


def probe(kind: str, db_url: str) -> int:
    """Start a window, report its first paint, and close it."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class FirstPaint(QObject):
        def __init__(self, window: QMainWindow) -> None:
            super().__init__(window)
            self.window = window
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
            self.close_when_settled()

        def close_when_settled(self) -> None:
            # The app's window is closed only once it has started following the event log:
            # closing it earlier hits a race in BusController (follow_log after shutdown).
            if getattr(getattr(self.window, "controller", None), "feed_thread", True) is None:
                QTimer.singleShot(20, self.close_when_settled)
                return
            self.window.close()

    if kind == "bare":
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.setWindowTitle("bare")
        window.resize(1180, 740)
        FirstPaint(window)
        window.show()
        return app.exec()

    from warehouse_gui import cli
    from warehouse_gui.gui import app as gui_app

    class ProbedMainWindow(gui_app.MainWindow):  # type: ignore[misc, name-defined]
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            FirstPaint(self)

    gui_app.MainWindow = ProbedMainWindow  # type: ignore[misc]
    return cli.main(["--db", db_url])


if __name__ == "__main__":
    sys.exit(probe(sys.argv[1], sys.argv[2]))
