"""Nothing escapes translation: with every message translated into a pseudo-language
(⟦wrapped and 40 % longer⟧), every text of every tab and dialog is wrapped, and every
control has a name a screen reader says, itself translated."""

import re

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.harness import opened
from tests.gui.people_support import (
    CTRL_SHIFT,
    PEOPLE,
    dialog_opened,
    key,
    sign_in,
    with_people,
)
from tests.gui.words_on_screen import (
    OPEN,
    focusable,
    plain,
    pseudo_catalogue,
    shown,
    spoken_name,
    texts_of,
)
from warehouse_gui import translation
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands
from warehouse_gui.gui import language

# Text without a letter (a number, "—", "●", "↑") needs no translation.
_LETTER = re.compile(r"[^\W\d_]")
# Keys as a shortcut names them: Qt's own catalogue says them ("Strg+I").
_KEYS = re.compile(
    r"^((Ctrl|Shift|Alt|Meta)\+)*(F\d+|[A-Z0-9]|Esc|Enter|Return|Tab|Space|Del|"
    r"Delete|Ins|Home|End|PgUp|PgDown|Backspace|Up|Down|Left|Right|[,.+-])$"
)
# Qt's standard buttons, which Qt's own catalogue (qtbase_de.qm...) translates.
QT_OWN = {
    "OK",
    "&OK",
    "Cancel",
    "&Cancel",
    "Close",
    "&Close",
    "Apply",
    "&Yes",
    "&No",
    "Save",
    "&Save",
    "Open",
    "&Open",
    "Help",
    "Reset",
    "Discard",
    "Restore Defaults",
    "Yes",
    "No",
}


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory):
    return pseudo_catalogue(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def speaking_pseudo(qapp, pseudo_qm):
    translator = QTranslator()
    assert translator.load(str(pseudo_qm))
    qapp.installTranslator(translator)
    translation.install(QCoreApplication.translate, lambda n: f"{n:,}", lambda d: d.isoformat())
    yield
    translation.uninstall()
    qapp.removeTranslator(translator)


@pytest.fixture
def stocked_url(sqlite_url):
    """Stock, a shipment, a line waiting and an alert: every part of the window has
    something to say."""
    bus = bootstrap(db_url=sqlite_url, send_mail=lambda **mail: None)
    bus.handle(commands.CreateBatch("lamp-1", "LAMP", 20))
    bus.handle(commands.CreateBatch("lamp-2", "LAMP", 50, "2027-01-15"))
    bus.handle(commands.CreateBatch("sofa-1", "SOFA", 1))
    bus.handle(commands.Allocate("order-1", "LAMP", 5))
    bus.handle(commands.Allocate("order-2", "SOFA", 3))
    return sqlite_url


@pytest.fixture
def desk(speaking_pseudo, qtbot, stocked_url, tmp_path):
    yield from opened(qtbot, stocked_url, tmp_path)


def data_of(desk):
    """Texts that are the desk's data, not its words: SKUs, references, order ids, the
    database, the operator and the station."""
    words = {"LAMP", "SOFA", "lamp-1", "lamp-2", "sofa-1", "order-1", "order-2"}
    words |= {"tester", "desk-test", "Warehouse GUI", *language.LANGUAGES.values()}
    return words


def untranslated(widgets, data):
    """Every text shown or said on ``widgets`` that a person reads and that was not
    translated, as 'what: text (widget)'."""
    found = set()
    for widget in widgets:
        if not shown(widget) and not widget.isWindow():
            continue
        for what, text in texts_of(widget):
            words = plain(text)
            if not words or OPEN in words or not _LETTER.search(words):
                continue
            if words in QT_OWN or _KEYS.match(words):
                continue
            data_words = "|".join(map(re.escape, sorted(data, key=len, reverse=True)))
            if not _LETTER.search(re.sub(data_words, "", words)):
                continue
            found.add(f"{what}: {words!r} ({type(widget).__name__} {widget.objectName()})")
    return sorted(found)


def unnamed(widgets):
    """Every control a person can reach that a screen reader names with nothing, or
    with words the translation did not give."""
    return sorted(
        f"{type(widget).__name__} {widget.objectName()!r}: {spoken_name(widget)!r}"
        for widget in widgets
        if focusable(widget)
        and OPEN not in spoken_name(widget)
        and spoken_name(widget).replace("&", "") not in QT_OWN
    )


def everything_in(window: QWidget):
    return [window, *window.findChildren(QWidget)]


def walk_tabs(desk):
    """Each tab in turn, answered; what each shows is checked as it is shown."""
    tabs = desk.window.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        desk.wait_idle()
        QApplication.processEvents()
        yield tabs.tabText(index), everything_in(desk.window)


def test_every_tab_speaks_only_translated_words(desk):
    escaped = {}
    for tab, widgets in walk_tabs(desk):
        missing = untranslated(widgets, data_of(desk))
        if missing:
            escaped[tab] = missing
    assert not escaped, "\n".join(f"{tab}:\n  " + "\n  ".join(m) for tab, m in escaped.items())


def test_every_control_of_every_tab_has_a_translated_name(desk):
    nameless = {}
    for tab, widgets in walk_tabs(desk):
        missing = unnamed(widgets)
        if missing:
            nameless[tab] = missing
    assert not nameless, "\n".join(f"{tab}:\n  " + "\n  ".join(m) for tab, m in nameless.items())


def open_dialogs(desk, qtbot):
    """Preferences, the keyboard shortcuts and About, as a person opens them."""
    dialogs = desk.window.dialogs
    before = set(QApplication.topLevelWidgets())
    opened_now = [dialogs.preferences(), dialogs.shortcuts()]
    dialogs.about()
    QApplication.processEvents()
    opened_now += [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
    return list(dict.fromkeys(opened_now))


def test_every_dialog_speaks_only_translated_words_and_names_its_controls(desk, qtbot):
    problems = []
    for dialog in open_dialogs(desk, qtbot):
        widgets = everything_in(dialog)
        problems += [f"{dialog.windowTitle()}: {m}" for m in untranslated(widgets, data_of(desk))]
        problems += [f"{dialog.windowTitle()}: unnamed {m}" for m in unnamed(widgets)]
        dialog.close()
    assert not problems, "\n".join(problems)


def test_a_refusal_and_its_reason_arrive_translated(desk):
    reply = desk.send(commands.Allocate("order-3", "NO-SUCH-SKU", 1))
    QApplication.processEvents()
    assert OPEN in reply.message, reply


def test_the_walk_finds_an_untranslated_word(desk):
    """The check itself: an English label put in the window is found."""
    from PySide6.QtWidgets import QLabel

    stray = QLabel("Quantity on hand", desk.window.centralWidget())
    stray.show()
    assert any("Quantity on hand" in line for line in untranslated([stray], data_of(desk)))


@pytest.fixture
def desk_with_people(speaking_pseudo, qtbot, stocked_url, tmp_path):
    yield from opened(qtbot, with_people(stocked_url), tmp_path)


def test_signing_in_people_and_approval_speak_only_translated_words(desk_with_people, qtbot):
    desk = desk_with_people
    data = data_of(desk) | {login for login, _name, _role in PEOPLE}
    data |= {name for _login, name, _role in PEOPLE} | set(
        " ".join(n for _, n, _ in PEOPLE).split()
    )
    problems = [f"sign-in page: {m}" for m in untranslated(everything_in(desk.window), data)]
    problems += [f"sign-in page: unnamed {m}" for m in unnamed(everything_in(desk.window))]

    sign_in(desk, "ada")
    people = desk.window.people.open_people()
    qtbot.waitUntil(people.isVisible)
    desk.wait_idle()
    problems += [f"People: {m}" for m in untranslated(everything_in(people), data)]
    problems += [f"People: unnamed {m}" for m in unnamed(everything_in(people))]
    people.close()
    desk.activate()
    desk.window.people.session.sign_out()
    qtbot.waitUntil(lambda: desk.window.people.page.isVisible())
    sign_in(desk, "anna")
    key(desk, Qt.Key.Key_A, CTRL_SHIFT)
    approval = dialog_opened(desk)
    problems += [f"approval: {m}" for m in untranslated(everything_in(approval), data)]
    problems += [f"approval: unnamed {m}" for m in unnamed(everything_in(approval))]
    approval.close()
    assert not problems, "\n".join(problems)


def test_the_import_preview_and_the_crash_dialog_speak_only_translated_words(desk, tmp_path):
    from warehouse_gui.batch_import import read_batches
    from warehouse_gui.gui.dialogs.crash_dialog import CrashDialog
    from warehouse_gui.gui.dialogs.import_batches import ImportPreviewDialog

    good, bad = tmp_path / "good.csv", tmp_path / "bad.csv"
    good.write_text("ref,sku,qty,eta\nlamp-9,LAMP,5,2027-01-15\n", encoding="utf-8")
    bad.write_text("ref,sku,qty,eta\nlamp-9,LAMP,five,\n", encoding="utf-8")
    data = data_of(desk) | {"lamp-9", "five", str(good), str(bad)}
    problems = []
    for path in (good, bad):
        preview = ImportPreviewDialog(path, read_batches(path), desk.window)
        preview.show()
        QApplication.processEvents()
        problems += [f"{path.name}: {m}" for m in untranslated(everything_in(preview), data)]
        problems += [f"{path.name}: unnamed {m}" for m in unnamed(everything_in(preview))]
        preview.close()

    crash = CrashDialog(None, desk.window)
    crash.add(
        translation.translate("CrashReporter", "Unhandled error in the GUI thread"), "", False
    )
    crash.show()
    QApplication.processEvents()
    problems += [f"crash: {m}" for m in untranslated(everything_in(crash), data)]
    problems += [f"crash: unnamed {m}" for m in unnamed(everything_in(crash))]
    crash.close()
    assert not problems, "\n".join(problems)
