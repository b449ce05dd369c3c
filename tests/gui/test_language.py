"""The window speaks the desktop's language, or the one chosen in Preferences, or the one
WAREHOUSE_LANGUAGE names; Qt's own dialogs speak it too, and numbers and dates are written
as its locale writes them, while what scripts read stays the same."""

import json
import os
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ElementTree
from datetime import date

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from tests.translation_files import ts_file
from warehouse_gui import translation
from warehouse_gui.gui import language
from warehouse_gui.gui.appearance import HIGH_CONTRAST_KEY

WINDOW_SPEAKING = textwrap.dedent(
    """
    import json, sys
    from datetime import date
    from PySide6.QtGui import QPalette
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QApplication, QDialogButtonBox
    from warehouse_gui import translation
    from warehouse_gui.gui import app as gui_app
    from warehouse_gui.gui.main_window import MainWindow

    qt_app = QApplication(sys.argv)
    gui_app.configure_application(qt_app)
    window = MainWindow(gui_app.connect_bus(sys.argv[1]), "test")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    print(json.dumps({
        "tabs": [window.tabs.tabText(i) for i in range(window.tabs.count())],
        "menus": [action.text() for action in window.menuBar().actions()],
        "cancel": box.buttons()[0].text(),
        "print": QPrintDialog().windowTitle(),
        "number": translation.number(1204),
        "day": translation.day(date(2026, 12, 4)),
        "window": QApplication.palette().color(QPalette.ColorRole.Window).name(),
    }))
    window.bus.shutdown()
    """
)


def translated(language_code, source):
    """What ``language_code``'s .ts file says for ``source``."""
    for message in ElementTree.parse(ts_file(language_code)).getroot().iter("message"):
        if message.findtext("source") == source:
            return message.findtext("translation")
    raise AssertionError(f"{source!r} is not in {ts_file(language_code).name}")


def start_window(tmp_path, sqlite_url, saved=None, **environment):
    """The real window, started in a process of its own with ``environment`` (LANG...)
    and ``saved`` (key: value) as its Preferences; what it shows."""
    home = tmp_path / "home"
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE", language.ENVIRONMENT)
    }
    env |= {"XDG_CONFIG_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **environment}
    if saved is not None:
        settings_script = (
            "from PySide6.QtCore import QCoreApplication, QSettings; "
            "from warehouse_gui import config; app = QCoreApplication([]); "
            "app.setApplicationName(config.APP_NAME); app.setOrganizationName(config.APP_AUTHOR); "
            f"settings = QSettings(); [settings.setValue(k, v) for k, v in {saved!r}.items()]; "
            "settings.sync()"
        )
        subprocess.run([sys.executable, "-c", settings_script], env=env, check=True)
    result = subprocess.run(
        [sys.executable, "-c", WINDOW_SPEAKING, sqlite_url],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_window_speaks_the_desktops_language(tmp_path, sqlite_url):
    shown = start_window(tmp_path, sqlite_url, LANG="de_DE.UTF-8")
    assert shown["tabs"][0] == translated("de", "&Batches")
    assert shown["tabs"][0] != "&Batches"
    assert shown["menus"][0] == translated("de", "&File")
    # Qt's own buttons and dialogs, from Qt's German catalogue.
    assert shown["cancel"] == "Abbrechen"
    assert shown["print"] == "Drucken"
    assert shown["number"] == "1.204"
    assert shown["day"] == "04.12.2026"


def test_lc_all_outranks_lang_as_the_desktop_says(tmp_path, sqlite_url):
    shown = start_window(tmp_path, sqlite_url, LANG="de_DE.UTF-8", LC_ALL="pl_PL.UTF-8")
    assert shown["tabs"][0] == translated("pl", "&Batches")
    assert shown["number"] == "1204" or shown["number"].replace("\xa0", " ") == "1 204"
    assert shown["day"] == "4.12.2026"


def test_the_language_chosen_in_preferences_outranks_the_desktops(tmp_path, sqlite_url):
    shown = start_window(
        tmp_path, sqlite_url, saved={language.SETTINGS_KEY: "es"}, LANG="de_DE.UTF-8"
    )
    assert shown["tabs"][0] == translated("es", "&Batches")
    assert shown["cancel"] == "Cancelar"
    assert shown["day"] == "4/12/2026"


def test_warehouse_language_outranks_preferences(tmp_path, sqlite_url):
    shown = start_window(
        tmp_path,
        sqlite_url,
        saved={language.SETTINGS_KEY: "es"},
        LANG="de_DE.UTF-8",
        WAREHOUSE_LANGUAGE="pl",
    )
    assert shown["tabs"][0] == translated("pl", "&Batches")


def test_high_contrast_chosen_in_preferences_is_how_the_window_opens(tmp_path, sqlite_url):
    shown = start_window(tmp_path, sqlite_url, saved={HIGH_CONTRAST_KEY: True})
    assert shown["window"] == "#000000"
    assert start_window(tmp_path, sqlite_url, saved={HIGH_CONTRAST_KEY: False})["window"] != (
        "#000000"
    )


def test_an_english_desktop_and_a_language_it_does_not_speak_get_english(tmp_path, sqlite_url):
    for lang in ("C.UTF-8", "fr_FR.UTF-8"):
        shown = start_window(tmp_path, sqlite_url, LANG=lang)
        assert shown["tabs"][0] == "&Batches"
        assert shown["cancel"] == "Cancel"
        assert shown["number"] == "1,204"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("de", "de"),
        ("de_AT.UTF-8", "de"),
        ("pl-PL", "pl"),
        ("Español", "es"),
        ("en_GB", "en"),
        ("fr", None),
        ("", None),
    ],
)
def test_a_language_is_named_by_its_code_its_locale_or_its_own_name(name, code):
    assert language.spoken(name) == code


def test_an_unknown_warehouse_language_is_said_in_the_log_and_not_used(monkeypatch, caplog):
    monkeypatch.setenv(language.ENVIRONMENT, "klingon")
    assert language.from_environment() is None
    assert "klingon is not a language this program speaks" in caplog.text


def test_preferences_offer_each_language_and_save_the_choice(qtbot, tmp_path, monkeypatch):
    from warehouse_gui.gui.dialogs.preferences import PreferencesDialog
    from warehouse_gui.gui.forms.scan_feedback import FeedbackPreferences

    monkeypatch.delenv(language.ENVIRONMENT, raising=False)
    dialog = PreferencesDialog(
        FeedbackPreferences(), None, languages=language.LANGUAGES, desktop_language="de"
    )
    qtbot.addWidget(dialog)
    box = dialog.language_box
    assert [box.itemText(i) for i in range(box.count())] == [
        "As the desktop (Deutsch)",
        "English",
        "Deutsch",
        "Polski",
        "Español",
    ]
    assert box.isEnabled()
    box.setCurrentIndex(box.findData("pl"))
    assert dialog.chosen_language() == "pl"
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(language.SETTINGS_KEY, dialog.chosen_language())
    assert language.saved(settings) == "pl"


def test_preferences_grey_the_language_that_warehouse_language_sets(qtbot):
    from warehouse_gui.gui.dialogs.preferences import PreferencesDialog
    from warehouse_gui.gui.forms.scan_feedback import FeedbackPreferences

    dialog = PreferencesDialog(
        FeedbackPreferences(), None, languages=language.LANGUAGES, language_set_by="pl"
    )
    qtbot.addWidget(dialog)
    assert not dialog.language_box.isEnabled()
    notes = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Set to pl by WAREHOUSE_LANGUAGE on this desk." in notes


@pytest.fixture
def in_german(qapp):
    """The test process speaking German, as a German desk does; English again after."""
    before = QLocale()
    installed = language.install(qapp, language.Choice("de", QLocale("de_DE"), "test"))
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    translation.uninstall()
    QLocale.setDefault(before)


def test_numbers_and_days_in_the_window_follow_the_locale_and_scripts_stay_neutral(in_german):
    assert translation.number(1204) == "1.204"
    assert translation.day(date(2027, 1, 15)) == "15.01.2027"
    translation.uninstall()
    assert translation.number(1204) == "1,204"
    assert translation.day(date(2027, 1, 15)) == "2027-01-15"


def test_qts_own_buttons_speak_german(in_german, qtbot):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.buttons()[0].text() == "Abbrechen"
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


def test_an_email_from_a_german_desk_is_german(in_german, sqlite_url):
    from warehouse_gui.bootstrap import bootstrap
    from warehouse_gui.domain import commands

    sent = []
    bus = bootstrap(db_url=sqlite_url, send_mail=lambda **mail: sent.append(mail))
    bus.handle(commands.CreateBatch("chair-1", "CHAIR", 1204))
    bus.handle(commands.Allocate("order-9", "CHAIR", 2000))

    (mail,) = sent
    subject = translated("de", "Out of stock: {sku} for {orderid}")
    assert mail["subject"] == subject.format(sku="CHAIR", orderid="order-9")
    assert "1.204" in mail["body"] and "2.000" in mail["body"], "numbers as Germans write them"
