"""Regression guard: PySide6 6.12.0 on CPython 3.11 leaks a reference to True per emit."""

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    changed = Signal(object)


def test_emitting_python_signals_keeps_the_refcount_of_true(qapp):
    emitter = Emitter()
    received = []
    emitter.changed.connect(received.append)
    before = sys.getrefcount(True)

    for index in range(500):
        emitter.changed.emit(index)

    assert len(received) == 500
    lost = before - sys.getrefcount(True)
    assert lost < 10, (
        "Signal.emit() loses references to True: this PySide6 build will abort the app "
        f"with 'Fatal Python error: bool_dealloc' (lost {lost} in 500 emits). PySide6 6.12.0 "
        "drops a reference to True on every Signal.emit on CPython 3.11: pin PySide6 below 6.12"
    )
