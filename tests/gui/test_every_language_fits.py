"""In German, Polish and Spanish, whose words run longer than English, the window still fits
a 1366 x 768 screen and no word is cut off: every tab, every button and every label shows
its whole text, and no two of them on screen answer the same Alt letter (screenshots in
SCREENSHOT_DIR, to look at)."""

import os

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from tests.gui.harness import opened
from tests.gui.pick_list_support import Dialogs, pdf_lines, shift_ctrl, use
from tests.gui.words_on_screen import clashing_mnemonics
from tests.translation_files import LANGUAGES
from warehouse_gui import translation
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands
from warehouse_gui.gui import language
from warehouse_gui.gui.elided_label import ElidedLabel

# A maximised window on a 1366 x 768 screen, less a title bar and a desktop panel.
SMALL_SCREEN = (1366, 700)


@pytest.fixture(params=("en", *LANGUAGES))
def speaking(request, qapp):
    """The test process speaking one language, as a desk in that country does."""
    code = request.param
    before = QLocale()
    installed = language.install(qapp, language.Choice(code, language.locale_for(code), "test"))
    yield code
    for translator in installed:
        qapp.removeTranslator(translator)
    translation.uninstall()
    QLocale.setDefault(before)


@pytest.fixture
def busy_url(sqlite_url):
    """Stock, a shipment, lines waiting and an alert."""
    bus = bootstrap(db_url=sqlite_url, send_mail=lambda **mail: None)
    bus.handle(commands.CreateBatch("lamp-1", "LAMP", 1204))
    bus.handle(commands.CreateBatch("lamp-2", "LAMP", 50, "2027-01-15"))
    bus.handle(commands.CreateBatch("sofa-1", "SOFA-GREY", 1))
    bus.handle(commands.Allocate("order-1", "LAMP", 5))
    bus.handle(commands.Allocate("order-2", "SOFA-GREY", 3))
    return sqlite_url


@pytest.fixture
def desk(speaking, appearance, qtbot, busy_url, tmp_path):
    appearance("light")
    yield from opened(qtbot, busy_url, tmp_path)


# What a line edit keeps around its text: its frame, the stylesheet's padding, Qt's margin.
EDIT_MARGINS_PX = 2 * 2 + 2 * 6 + 2 * 2


def cut_off(window: QWidget):
    """Every button, label and box title shown narrower than its text needs, and every
    empty field too narrow for its hint."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or isinstance(widget, ElidedLabel):
            continue
        if isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
            hint = widget.placeholderText()
            needs = widget.fontMetrics().horizontalAdvance(hint) + EDIT_MARGINS_PX
            if widget.width() < needs:
                found.append(f"hint {hint!r}: {widget.width()} < {needs} px")
        if isinstance(widget, QLabel) and widget.wordWrap():
            continue
        if isinstance(widget, QAbstractButton | QLabel | QGroupBox):
            needs = widget.minimumSizeHint().width()
            if widget.width() < needs:
                text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
                found.append(f"{type(widget).__name__} {text!r}: {widget.width()} < {needs} px")
    return found


def test_every_tab_fits_a_small_screen_with_no_word_cut_off(desk, speaking, qtbot, tmp_path):
    window = desk.window
    window.resize(*SMALL_SCREEN)
    folder = os.environ.get("SCREENSHOT_DIR", str(tmp_path))
    problems = []
    tabs = window.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        desk.wait_idle()
        qtbot.wait(50)
        QApplication.processEvents()
        name = tabs.tabText(index).replace("&", "")
        window.grab().save(os.path.join(folder, f"{speaking}-{index}.png"))
        if (window.width(), window.height()) != SMALL_SCREEN:
            problems.append(f"{name}: the window grew to {window.width()}x{window.height()}")
        bar = tabs.tabBar()
        if bar.tabRect(tabs.count() - 1).right() > bar.width():
            problems.append(f"{name}: the tabs need {bar.sizeHint().width()} px of {bar.width()}")
        if window.forms_column.verticalScrollBar().isVisible():
            problems.append(f"{name}: the forms need a scroll bar")
        problems += [f"{name}: {cut}" for cut in cut_off(window)]
        problems += [f"{name}: Alt+ clash {text!r}" for text in clashing_mnemonics(window)]
    assert not problems, "\n".join(problems)


def test_preferences_fit_with_no_word_cut_off(desk, speaking, qtbot, tmp_path):
    dialog = desk.window.dialogs.preferences()
    qtbot.waitUntil(dialog.isVisible)
    QApplication.processEvents()
    folder = os.environ.get("SCREENSHOT_DIR", str(tmp_path))
    dialog.grab().save(os.path.join(folder, f"{speaking}-preferences.png"))
    assert dialog.width() <= SMALL_SCREEN[0] and dialog.height() <= SMALL_SCREEN[1]
    assert not cut_off(dialog)
    assert not clashing_mnemonics(dialog)
    dialog.close()


def test_a_pick_list_holds_its_quantities_whole_in_every_language(desk, speaking, tmp_path):
    with desk.answered():
        desk.submit(commands.Allocate("order-3", "LAMP", 1194))
    desk.shortcut(Qt.Key.Key_O)
    with desk.answered():
        desk.scan("order-3")
    use(desk, Dialogs(pdf_path=tmp_path / "pick"))
    shift_ctrl(desk, Qt.Key.Key_P)

    lines = pdf_lines(tmp_path / "pick.pdf")
    heading = translation.translate("PickListPages", "Qty")
    assert any(heading in line.split() for line in lines), lines
    assert any(translation.number(1194) in line.split() for line in lines), lines
