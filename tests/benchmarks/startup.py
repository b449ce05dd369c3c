"""Start-up to the first shown window: the app against a bare PySide6 window.

Each start is a fresh process (``python -m tests.benchmarks.startup probe app|bare``).
The app's probe runs exactly what ``python -m warehouse_gui --db URL`` runs
(``warehouse_gui.cli.main``), with one difference: its ``MainWindow`` class is replaced by
a subclass that notices the window's first paint. The bare probe shows a ``QMainWindow``
of the same size with the same hook. The hook waits for the first paint event of the
window, lets that paint and its flush finish (a zero timer), prints the machine's
monotonic clock and closes the window. The parent takes the clock just before starting
the process, so interpreter start-up and every import count. The two are started
alternately, after one unmeasured start of each to warm the file cache.
"""

from __future__ import annotations

import os
import subprocess
import sys

from tests.benchmarks import common

STARTS, QUICK_STARTS = 7, 2


def setup(options: common.Options) -> None:
    """A migrated, empty database, as a second start of the app would find it."""
    from warehouse_gui.bootstrap import bootstrap

    bootstrap(db_url=common.sqlite_url(options.directory / "startup.db"), send_mail=common.no_mail)


def start_once(kind: str, db_url: str) -> float:
    """Seconds from starting a probe process to its window's first paint."""
    command = [sys.executable, "-m", "tests.benchmarks.startup", "probe", kind, db_url]
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    before = common.now()
    result = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    shown = [line for line in result.stdout.splitlines() if line.startswith("shown ")]
    if result.returncode != 0 or not shown:
        raise SystemExit(f"{kind} probe failed ({result.returncode}): {result.stderr[-2000:]}")
    return float(shown[0].split()[1]) - before


def run(options: common.Options) -> common.Figures:
    """Median start of the app and of a bare window, alternating."""
    db_url = common.sqlite_url(options.directory / "startup.db")
    times: dict[str, list[float]] = {"app": [], "bare": []}
    for kind in times:
        start_once(kind, db_url)
    for _ in range(QUICK_STARTS if options.quick else STARTS):
        for kind, values in times.items():
            values.append(start_once(kind, db_url))
    app, bare = common.median(times["app"]), common.median(times["bare"])
    return {
        "startup_app": common.ms(app),
        "startup_bare": common.ms(bare),
        "startup_ratio": app / bare,
    }


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
            print(f"shown {common.now()}", flush=True)
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
    if sys.argv[1] == "probe":
        sys.exit(probe(sys.argv[2], sys.argv[3]))
    common.workload_main(setup, run)
