"""Qt instruments for the GUI workloads: when the batch table's viewport finished painting,
how regularly a GUI-thread timer ticks, and a real main window on a database.

Times are ``time.perf_counter()`` seconds in the GUI thread.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QRect,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from warehouse_gui import config
from warehouse_gui.gui.app import connect_bus
from warehouse_gui.gui.bridge.bus import Bus
from warehouse_gui.gui.forms.command_form import Line
from warehouse_gui.gui.main_window import MainWindow


def application() -> QApplication:
    """The process's QApplication."""
    app = QApplication.instance() or QApplication(["benchmark"])
    assert isinstance(app, QApplication)
    return app


class PaintProbe(QObject):
    """Notes the moment each paint of a widget has finished.

    The probe is an event filter that, on a paint event, delivers that same event to the
    widget itself (so the widget paints inside the probe) and then takes the time; the
    widget's own filters and ``paintEvent`` run exactly as they would without it.
    """

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.widget = widget
        self.paints: list[tuple[float, QRect]] = []
        self._inside = False
        self._waiting: tuple[Callable[[QRect], bool], QEventLoop] | None = None
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Paint now, then note the time and the region painted."""
        if watched is not self.widget or event.type() != QEvent.Type.Paint or self._inside:
            return False
        self._inside = True
        try:
            QCoreApplication.sendEvent(watched, event)
        finally:
            self._inside = False
        finished = time.perf_counter()
        region = event.region().boundingRect()  # type: ignore[attr-defined]
        self.paints.append((finished, region))
        if self._waiting is not None and self._waiting[0](region):
            self._waiting[1].quit()
        return True

    def wait_for_paint(
        self,
        covers: Callable[[QRect], bool] = lambda _r: True,
        since: float = 0.0,
        timeout_ms: int = 10_000,
    ) -> float:
        """The end of the first paint after ``since`` whose region satisfies ``covers``."""
        for finished, region in self.paints:
            if finished >= since and covers(region):
                return finished
        loop = QEventLoop()
        self._waiting = (covers, loop)
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(timeout_ms)
        try:
            loop.exec()
        finally:
            self._waiting = None
            timer.stop()
        finished, region = self.paints[-1] if self.paints else (0.0, QRect())
        if finished < since or not covers(region):
            raise TimeoutError("the widget was not repainted in time")
        return finished


def row_band(view: QAbstractItemView, row: int) -> Callable[[QRect], bool]:
    """Whether a painted region covers ``row`` of ``view`` (as it is laid out now)."""
    index = view.model().index(row, 0)
    band = view.visualRect(index)
    band.setLeft(0)
    band.setWidth(view.viewport().width())

    def covers(region: QRect) -> bool:
        return region.intersects(band)

    return covers


class TickRecorder(QObject):
    """A 5 ms timer on the GUI thread that records when it actually fired."""

    def __init__(self, interval_ms: int = 5) -> None:
        super().__init__()
        self.ticks: list[float] = []
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        """Start recording."""
        self.ticks.clear()
        self.timer.start()

    def stop(self) -> None:
        """Stop recording."""
        self.timer.stop()

    def _tick(self) -> None:
        self.ticks.append(time.perf_counter())

    def gaps(self, start: float, end: float) -> list[float]:
        """Intervals between consecutive ticks that fall between ``start`` and ``end``."""
        inside = [tick for tick in self.ticks if start <= tick <= end]
        return [later - earlier for earlier, later in itertools.pairwise(inside)]


def process_until(done: Callable[[], bool], timeout_s: float = 120.0) -> None:
    """Run an event loop, as ``app.exec()`` does, until ``done()`` holds (checked every
    millisecond).

    Like the real program, the GUI thread sleeps in Qt while nothing happens, with the GIL
    released. Spinning on ``processEvents`` instead kept the GIL on the GUI thread and
    halved the bus thread's speed: the batch table's start-up read took 1.6 to 2.1 s
    here against 0.8 s in the real event loop.
    """
    if done():
        return
    application()
    deadline = time.perf_counter() + timeout_s
    loop = QEventLoop()
    timed_out = False

    def check() -> None:
        nonlocal timed_out
        if done():
            loop.quit()
        elif time.perf_counter() > deadline:
            timed_out = True
            loop.quit()

    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    if timed_out:
        raise TimeoutError("gave up waiting")


def open_window(
    db_url: str, settings_dir: Path, before_window: Callable[[Bus], None] | None = None
) -> tuple[MainWindow, Bus]:
    """The real main window on ``db_url``, shown and started as ``warehouse_gui.gui.app``
    does; ``before_window`` may connect to the bus before the window does."""
    application()
    bus = connect_bus(db_url)
    if before_window is not None:
        before_window(bus)
    settings = QSettings(str(settings_dir / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(bus, config.describe_database(db_url), settings)
    window.show()
    bus.start()
    return window, bus


def allocate_line(orderid: str, sku: str, qty: int) -> Line:
    """What the Allocate form submits when these values were scanned into it."""
    return Line({"orderid": orderid, "sku": sku, "qty": str(qty)}, 0)


def close_window(window: MainWindow, bus: Bus) -> None:
    """Close the window and stop the bus thread."""
    window.close()
    bus.shutdown()
