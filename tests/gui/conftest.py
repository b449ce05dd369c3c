"""Fixtures of the GUI tests: a real main window on a SQLite file, with its bus thread,
driven by the keyboard (``harness``)."""

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.gui.harness import opened
from warehouse_gui import translation
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands
from warehouse_gui.gui import app as gui_app
from warehouse_gui.gui.appearance import Appearance

TEMPLATE = (gui_app.resources_dir() / "style.qss").read_text(encoding="utf-8")
# The locale the tests start in: numbers and dates as no desk language has set them.
STARTING_LOCALE = QLocale()


@pytest.fixture(autouse=True)
def _language_undone():
    """A test that made the application speak a language (by starting it as the program
    does) leaves the next one speaking none: source English, neutral numbers and dates."""
    yield
    translation.uninstall()
    QLocale.setDefault(STARTING_LOCALE)


@pytest.fixture(autouse=True)
def _workstation(monkeypatch):
    monkeypatch.setenv("WAREHOUSE_STATION", "desk-test")
    monkeypatch.setenv("WAREHOUSE_OPERATOR", "tester")


@pytest.fixture
def seeded_url(sqlite_url):
    """Two SKUs: LAMP with stock and a shipment, CHAIR with a little stock."""
    bus = bootstrap(db_url=sqlite_url, send_mail=lambda **mail: None)
    bus.handle(commands.CreateBatch("lamp-1", "LAMP", 20))
    bus.handle(commands.CreateBatch("lamp-2", "LAMP", 50, "2027-01-15"))
    bus.handle(commands.CreateBatch("chair-1", "CHAIR", 5))
    return sqlite_url


@pytest.fixture
def app(qtbot, seeded_url, tmp_path):
    yield from opened(qtbot, seeded_url, tmp_path)


@pytest.fixture
def empty_app(qtbot, sqlite_url, tmp_path):
    yield from opened(qtbot, sqlite_url, tmp_path)


@pytest.fixture
def appearance(qapp, monkeypatch):
    """Make an ``Appearance`` with a given forced scheme; the application's palette and
    stylesheet are given back afterwards (its style is Fusion already, offscreen), and the
    appearance stops listening."""
    saved = (QApplication.palette(), qapp.styleSheet())
    made = []

    def make(forced=None):
        if forced:
            monkeypatch.setenv("WAREHOUSE_COLOR_SCHEME", forced)
        made.append(Appearance(qapp, TEMPLATE))
        return made[-1]

    yield make
    hints = QGuiApplication.styleHints()
    for appearance in made:
        hints.colorSchemeChanged.disconnect(appearance.follow_system)
        appearance.setParent(None)
    qapp.setPalette(saved[0])
    qapp.setStyleSheet(saved[1])
