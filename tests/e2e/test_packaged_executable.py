"""The one-folder executable PyInstaller builds (slow): what is in it, and that it runs on its own.

The keyboard session against it is in ``test_keyboard_session.py``.
"""

import configparser
import os
import subprocess
from pathlib import Path

import pytest

from tests.e2e.support import EXPECTED_CSV, ROOT, seed, without_python_environment
from tests.label_decoding import decoded_pages
from warehouse_gui import __version__


def run(executable, *args):
    return subprocess.run(
        [str(executable), *args],
        env=without_python_environment(os.environ),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.slow
def test_the_folder_holds_the_executable_and_what_installing_it_needs(built_executable):
    folder = built_executable.parent
    assert os.access(built_executable, os.X_OK)
    for metadata in ("warehouse-gui.desktop", "warehouse-gui.metainfo.xml"):
        assert (folder / metadata).read_bytes() == (ROOT / "resources" / metadata).read_bytes()
    assert (folder / "warehouse-gui.svg").is_file()
    bundled = folder / "_internal"
    assert (bundled / "resources" / "style.qss").is_file()
    assert (bundled / "resources" / "icons" / "warehouse-gui.svg").is_file()
    # The app's words in German (and Polish, Spanish), and Qt's own for its dialogs and buttons.
    assert (bundled / "warehouse_gui" / "translations" / "warehouse_gui_de.qm").is_file()
    assert (bundled / "PySide6" / "Qt" / "translations" / "qtbase_de.qm").is_file()


@pytest.mark.slow
def test_the_database_migrations_are_bundled_as_files(built_executable):
    package = ROOT / "warehouse_gui"
    bundled = built_executable.parent / "_internal" / "warehouse_gui"
    scripts = [
        path.relative_to(package)
        for path in (package / "adapters" / "migrations").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    ]
    assert scripts, "the package has migrations"
    missing = [str(path) for path in scripts if not (bundled / path).is_file()]
    assert missing == []


@pytest.mark.slow
def test_only_the_qt_the_app_uses_is_bundled(built_executable):
    bundled = built_executable.parent / "_internal"
    qt = bundled / "PySide6" / "Qt"
    modules = sorted(p.name.split(".")[0] for p in (bundled / "PySide6").glob("Qt*.so"))
    assert modules == ["QtCore", "QtGui", "QtPrintSupport", "QtWidgets"]
    # The offscreen platform: the labels command draws its PDF without a display.
    assert sorted(p.name for p in (qt / "plugins" / "platforms").iterdir()) == [
        "libqoffscreen.so",
        "libqwayland.so",
        "libqxcb.so",
    ]
    assert [p.name for p in (qt / "plugins" / "imageformats").iterdir()] == ["libqsvg.so"]
    # The icon engine draws the SVG at each size asked for: sharp at 200 % too.
    assert [p.name for p in (qt / "plugins" / "iconengines").iterdir()] == ["libqsvgicon.so"]
    # Pick lists go to the CUPS printers.
    printing = [p.name for p in (qt / "plugins" / "printsupport").iterdir()]
    assert printing == ["libcupsprintersupport.so"]
    # Qt's translations: only qtbase's, for the languages the app speaks.
    assert sorted(p.name for p in (qt / "translations").iterdir()) == [
        "qtbase_de.qm",
        "qtbase_es.qm",
        "qtbase_pl.qm",
    ]
    assert not list(qt.glob("lib/libQt6Network*")), "QtNetwork is not used"
    dangling = [p for p in bundled.rglob("*") if p.is_symlink() and not p.exists()]
    assert dangling == []


@pytest.mark.slow
def test_the_executable_prints_its_version_without_python(built_executable):
    result = run(built_executable, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"warehouse-gui {__version__}"


@pytest.mark.slow
@pytest.mark.postgres
def test_the_executable_exports_from_postgresql(built_executable, postgresql_url):
    seed(postgresql_url)
    result = run(built_executable, "export-batches", "--db", postgresql_url)
    assert result.returncode == 0, result.stderr
    assert result.stdout == EXPECTED_CSV


def test_the_desktop_entry_launches_the_installed_command_with_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "resources" / "warehouse-gui.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"] == "warehouse-gui"
    assert desktop["Icon"] == "warehouse-gui"
    assert desktop["StartupWMClass"] == "warehouse-gui"
    assert Path(ROOT / "resources" / "icons" / f"{desktop['Icon']}.svg").is_file()


@pytest.mark.slow
def test_the_executable_writes_bin_labels_that_scan_without_a_display(built_executable, tmp_path):
    environment = without_python_environment(os.environ)
    environment.pop("DISPLAY", None)
    environment.pop("QT_QPA_PLATFORM", None)
    output = tmp_path / "bins.pdf"
    result = subprocess.run(
        [str(built_executable), "labels", "--location", "A-03-2", "-o", str(output)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert decoded_pages(output) == [["A-03-2"]]
