"""Light and dark palettes that follow the system, and an icon that stays sharp at 200 %."""

import json
import os
import re
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QImageReader, QPainter, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyleFactory

from warehouse_gui.gui import app as gui_app
from warehouse_gui.gui.appearance import (
    HIGH_CONTRAST_COLOURS,
    HIGH_CONTRAST_KEY,
    STYLE_COLOURS,
    palette_for,
    with_style,
)

RESOURCES = gui_app.resources_dir()
ICON = RESOURCES / "icons" / "warehouse-gui.svg"
TEMPLATE = (RESOURCES / "style.qss").read_text(encoding="utf-8")
SCHEMES = [Qt.ColorScheme.Light, Qt.ColorScheme.Dark]


def contrast(a, b):
    """The WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(colour):
        def channel(value):
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        r, g, b = (channel(c) for c in colour.getRgbF()[:3])
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def python_output(code, *arguments, **env):
    """What ``python -c code arguments`` prints, run with offscreen Qt and ``env`` added."""
    result = subprocess.run(
        [sys.executable, "-c", code, *arguments],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def window_colours():
    palette = QApplication.palette()
    return palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText)


def test_dark_gives_a_dark_window_with_readable_text(appearance, app):
    appearance("dark")

    window, text = window_colours()
    assert window.lightnessF() < 0.25
    assert contrast(text, window) >= 7
    palette = QApplication.palette()
    assert (
        contrast(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base))
        >= 7
    )
    shown = app.window.grab().toImage()
    corner = shown.pixelColor(QPoint(shown.width() - 3, shown.height() // 2))
    assert corner.lightnessF() < 0.25, "the window itself is drawn dark"
    assert re.search(r"\$\w", QApplication.instance().styleSheet()) is None, "all filled in"


def test_light_is_light(appearance):
    appearance("light")
    window, text = window_colours()
    assert window.lightnessF() > 0.8
    assert contrast(text, window) >= 7


def test_the_light_palette_is_fusions_own(qapp):
    fusion = QStyleFactory.create("Fusion").standardPalette()
    light = palette_for(Qt.ColorScheme.Light)
    argb = QColor.NameFormat.HexArgb
    differences = [
        (group.name, role.name, light.color(group, role).name(argb))
        for group in (
            QPalette.ColorGroup.Active,
            QPalette.ColorGroup.Inactive,
            QPalette.ColorGroup.Disabled,
        )
        for role in QPalette.ColorRole
        if role != QPalette.ColorRole.NColorRoles
        and light.color(group, role).name(argb) != fusion.color(group, role).name(argb)
    ]
    assert differences == []


STYLE_OF = "import sys; from PySide6.QtWidgets import QApplication; " + (
    "from warehouse_gui.gui.appearance import with_style; "
    "print(QApplication(with_style(sys.argv)).style().name())"
)


@pytest.mark.parametrize(
    ("arguments", "style"), [([], "fusion"), (["-style", "windows"], "windows")]
)
def test_the_app_is_drawn_in_fusion_unless_the_command_line_names_a_style(arguments, style):
    assert python_output(STYLE_OF, *arguments, QT_STYLE_OVERRIDE="").strip() == style
    assert with_style(["warehouse-gui", "--db", "x"])[-2:] == ["--db", "x"]


@pytest.mark.parametrize("scheme", SCHEMES, ids=lambda s: s.name)
def test_the_stylesheets_own_colours_are_readable_in_both_schemes(scheme):
    colours = STYLE_COLOURS[scheme]
    palette_window = QColor("#2b2b2b" if scheme == Qt.ColorScheme.Dark else "#efefef")
    error = QColor(colours.error)
    assert contrast(error, palette_window) >= 4.5, "inline errors and invalid fields"
    banner = QColor(colours.banner_background)
    assert contrast(QColor(colours.banner_text), banner) >= 7, "the alert banner"
    low_stock = QColor(colours.low_stock_background)
    assert contrast(QColor(colours.low_stock_text), low_stock) >= 7, "the low-stock banner"
    assert contrast(QColor(colours.frame), palette_window) >= 1.5, "frames are visible"


def test_the_stylesheet_has_no_fixed_colours():
    rules = re.sub(r"/\*.*?\*/", "", TEMPLATE, flags=re.DOTALL)
    assert re.findall(r"#[0-9a-fA-F]{3,8}\b|\brgba?\(", rules) == []
    assert re.findall(r"\$(\w+)", rules), "the scheme's colours are placeholders"


def test_the_app_follows_the_system_scheme_as_it_changes(appearance):
    made = appearance()
    hints = QGuiApplication.styleHints()

    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert made.scheme == Qt.ColorScheme.Dark
    assert window_colours()[0].lightnessF() < 0.25
    assert STYLE_COLOURS[Qt.ColorScheme.Dark].error in QApplication.instance().styleSheet()

    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert window_colours()[0].lightnessF() > 0.8
    assert STYLE_COLOURS[Qt.ColorScheme.Light].error in QApplication.instance().styleSheet()


def test_a_forced_scheme_ignores_the_system(appearance):
    appearance("dark")
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert window_colours()[0].lightnessF() < 0.25


def test_a_scheme_that_is_neither_light_nor_dark_is_logged_and_ignored(appearance, caplog):
    made = appearance("purple")
    assert "WAREHOUSE_COLOR_SCHEME=purple is neither light nor dark" in caplog.text
    assert made.forced is None


def test_the_chart_is_drawn_in_the_dark_palette(appearance, qtbot):
    from warehouse_gui.gui.tabs.stock.chart import StockChart
    from warehouse_gui.gui.tabs.stock.picture import BatchBar, StockPicture

    appearance("dark")
    chart = StockChart()
    qtbot.addWidget(chart)
    chart.set_picture(StockPicture("SKU", (BatchBar("b-1", None, 10, 4),)))
    chart.resize(chart.sizeHint())
    image = chart.grab().toImage()
    assert image.pixelColor(QPoint(2, 2)).lightnessF() < 0.25


def render_svg(size):
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICON)).render(painter)
    painter.end()
    return image


def largest_difference(a, b):
    a = a.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    b = b.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    return max(
        abs(x - y)
        for row in range(a.height())
        for p, q in zip(
            (a.pixelColor(col, row) for col in range(a.width())),
            (b.pixelColor(col, row) for col in range(b.width())),
            strict=True,
        )
        for x, y in zip(p.getRgb(), q.getRgb(), strict=True)
    )


def test_the_icon_is_drawn_from_the_svg_at_twice_the_pixels():
    assert b"svg" in QImageReader.supportedImageFormats()
    icon = QIcon(str(ICON))

    pixmap = icon.pixmap(QSize(32, 32), 2.0)

    assert pixmap.devicePixelRatio() == 2.0
    assert pixmap.size() == QSize(64, 64)
    sharp = render_svg(64)
    assert largest_difference(pixmap.toImage(), sharp) <= 8, "rendered at 64 px, from the SVG"
    upscaled = (
        icon.pixmap(QSize(32, 32), 1.0)
        .toImage()
        .scaled(64, 64, mode=Qt.TransformationMode.SmoothTransformation)
    )
    assert largest_difference(upscaled, sharp) > 40, "an upscaled bitmap would differ"


SCALED_WINDOW = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QPoint, QSize
    from PySide6.QtWidgets import QApplication
    from warehouse_gui.gui import app as gui_app
    from warehouse_gui.gui.dialogs.about import about_box
    from warehouse_gui.gui.main_window import MainWindow

    qt_app = QApplication(sys.argv)
    gui_app.configure_application(qt_app)
    window = MainWindow(gui_app.connect_bus(sys.argv[1]), "test")
    window.show()
    qt_app.processEvents()
    shot = window.grab()
    shot.save(sys.argv[2])
    image = shot.toImage()
    about = about_box("db", None, window).iconPixmap()
    print(json.dumps({
        "logical": [window.width(), window.height()],
        "pixels": [shot.width(), shot.height()],
        "ratio": shot.devicePixelRatio(),
        "icon": [about.width(), about.height(), about.devicePixelRatio()],
        "window_lightness": image.pixelColor(QPoint(image.width() - 6, image.height() // 2))
        .lightnessF(),
    }))
    window.bus.shutdown()
    """
)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_window_renders_at_200_percent(scheme, tmp_path):
    shot = tmp_path / f"main-window-{scheme}@2x.png"
    database = f"sqlite:///{tmp_path / 'w.db'}"
    output = python_output(
        SCALED_WINDOW, database, str(shot), QT_SCALE_FACTOR="2", WAREHOUSE_COLOR_SCHEME=scheme
    )
    seen = json.loads(output.strip().splitlines()[-1])
    assert seen["ratio"] == 2.0
    assert seen["pixels"] == [2 * n for n in seen["logical"]]
    assert seen["icon"] == [128, 128, 2.0], "the About box's icon has 2x device pixels"
    if scheme == "dark":
        assert seen["window_lightness"] < 0.25
    else:
        assert seen["window_lightness"] > 0.8
    assert shot.stat().st_size > 10_000


def test_high_contrast_puts_white_and_yellow_on_black_whatever_the_system_says(appearance):
    made = appearance("light")
    made.set_high_contrast(True)
    window, text = window_colours()
    assert (window.name(), text.name()) == ("#000000", "#ffffff")
    palette = QApplication.palette()
    highlight = palette.color(QPalette.ColorRole.Highlight)
    assert contrast(palette.color(QPalette.ColorRole.HighlightedText), highlight) >= 7
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert contrast(disabled, window) >= 4.5, "greyed text stays readable"
    colours = HIGH_CONTRAST_COLOURS
    assert contrast(QColor(colours.error), window) >= 7
    assert contrast(QColor(colours.banner_text), QColor(colours.banner_background)) >= 7
    assert contrast(QColor(colours.low_stock_text), QColor(colours.low_stock_background)) >= 7
    for flash in (colours.confirm_success, colours.confirm_failure):
        assert contrast(QColor(colours.confirm_text), QColor(flash)) >= 4.5
    assert colours.error in QApplication.instance().styleSheet()

    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window_colours()[0].name() == "#000000", "the system's scheme does not undo it"
    made.set_high_contrast(False)
    assert window_colours()[0].lightnessF() > 0.8


def test_high_contrast_is_chosen_in_preferences_shown_at_once_and_kept(appearance, app):
    appearance("light")
    dialog = app.window.dialogs.preferences()
    assert not dialog.high_contrast_box.isChecked()
    dialog.high_contrast_box.setChecked(True)
    dialog.accept()
    assert window_colours()[0].name() == "#000000"
    assert str(app.window.settings.value(HIGH_CONTRAST_KEY)).casefold() == "true"
    assert app.window.dialogs.preferences().high_contrast_box.isChecked()
