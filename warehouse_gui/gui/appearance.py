"""Light and dark: the Fusion style with a palette that follows the system's colour scheme,
and the stylesheet's own colours (errors, the alert banner, frames) to match.

``WAREHOUSE_COLOR_SCHEME=light`` or ``dark`` forces a scheme (for screenshots, tests, or a
desk whose system does not say); otherwise the app follows ``QStyleHints.colorScheme()``
and switches when the system does. High contrast, chosen in Preferences, puts white and
yellow on black in place of either, for a clerk who reads the screen with low vision.
"""

from __future__ import annotations

import logging
import os
from string import Template
from typing import NamedTuple

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

logger = logging.getLogger(__name__)

SCHEME_VARIABLE = "WAREHOUSE_COLOR_SCHEME"
HIGH_CONTRAST_KEY = "appearance/high_contrast"
SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
STYLE = "Fusion"


class StyleColours(NamedTuple):
    """The stylesheet's colours that no palette role gives (``$name`` in style.qss)."""

    error: str
    banner_background: str
    banner_border: str
    banner_text: str
    low_stock_background: str
    low_stock_border: str
    low_stock_text: str
    confirm_success: str
    confirm_failure: str
    confirm_text: str
    frame: str


STYLE_COLOURS = {
    Qt.ColorScheme.Light: StyleColours(
        error="#b71c1c",
        banner_background="#fff3cd",
        banner_border="#e0b252",
        banner_text="#5c3c00",
        low_stock_background="#e3f0fb",
        low_stock_border="#5b9bd5",
        low_stock_text="#0d3c61",
        confirm_success="#2e7d32",
        confirm_failure="#c62828",
        confirm_text="#ffffff",
        frame="#b4b4b4",
    ),
    Qt.ColorScheme.Dark: StyleColours(
        error="#ff8a80",
        banner_background="#4a3a10",
        banner_border="#a07c25",
        banner_text="#ffe08a",
        low_stock_background="#12324d",
        low_stock_border="#3d7ab8",
        low_stock_text="#cfe6ff",
        confirm_success="#43a047",
        confirm_failure="#e53935",
        confirm_text="#ffffff",
        frame="#5c5c5c",
    ),
}

# High contrast: white on black, yellow for what is selected or wrong, whatever the scheme.
HIGH_CONTRAST_COLOURS = StyleColours(
    error="#ffff00",
    banner_background="#000000",
    banner_border="#ffff00",
    banner_text="#ffffff",
    low_stock_background="#000000",
    low_stock_border="#00ffff",
    low_stock_text="#ffffff",
    confirm_success="#00e000",
    confirm_failure="#ff4040",
    confirm_text="#000000",
    frame="#ffffff",
)
# Fusion draws fields and buttons with frames a shade off the window's colour: on black,
# none would show. High contrast gives every field, box and button a white frame, and the
# focused one a thick yellow frame.
HIGH_CONTRAST_RULES = """
QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit, QTextEdit {
    border: 1px solid #ffffff;
}
QPushButton, QToolButton {
    border: 1px solid #ffffff;
    border-radius: 3px;
}
QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus, QAbstractItemView:focus,
QPlainTextEdit:focus, QTextEdit:focus, QPushButton:focus, QToolButton:focus {
    border: 3px solid #ffff00;
}
"""
_HIGH_CONTRAST_ROLES = {
    QPalette.ColorRole.Window: "#000000",
    QPalette.ColorRole.WindowText: "#ffffff",
    QPalette.ColorRole.Base: "#000000",
    QPalette.ColorRole.AlternateBase: "#1a1a1a",
    QPalette.ColorRole.ToolTipBase: "#000000",
    QPalette.ColorRole.ToolTipText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#c8c8c8",
    QPalette.ColorRole.Text: "#ffffff",
    QPalette.ColorRole.Button: "#000000",
    QPalette.ColorRole.ButtonText: "#ffffff",
    QPalette.ColorRole.BrightText: "#ffff00",
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Midlight: "#c8c8c8",
    QPalette.ColorRole.Mid: "#808080",
    QPalette.ColorRole.Dark: "#ffffff",
    QPalette.ColorRole.Shadow: "#ffffff",
    QPalette.ColorRole.Highlight: "#ffff00",
    QPalette.ColorRole.HighlightedText: "#000000",
    QPalette.ColorRole.Link: "#00ffff",
    QPalette.ColorRole.LinkVisited: "#ff80ff",
    QPalette.ColorRole.Accent: "#ffff00",
}
_HIGH_CONTRAST_DISABLED_ROLES = {
    QPalette.ColorRole.WindowText: "#b4b4b4",
    QPalette.ColorRole.Text: "#b4b4b4",
    QPalette.ColorRole.ButtonText: "#b4b4b4",
    QPalette.ColorRole.Highlight: "#808080",
}

# Fusion's own light palette (QStyleFactory.create("Fusion").standardPalette() on a light
# desktop): what QPalette derives from its window colour, but for these roles, given as
# (active and inactive, disabled). Written out, so that no QStyle object is made before the
# window shows: PySide makes the QStyle type and its eleven enums at the first one, ~6 ms of
# a start. A test keeps the two equal.
_LIGHT_WINDOW = "#efefef"
_LIGHT_ROLES = {
    QPalette.ColorRole.WindowText: ("#000000", "#bebebe"),
    QPalette.ColorRole.Midlight: ("#cacaca", "#cacaca"),
    QPalette.ColorRole.Dark: ("#9f9f9f", "#bebebe"),
    QPalette.ColorRole.Mid: ("#b8b8b8", "#b8b8b8"),
    QPalette.ColorRole.Text: ("#000000", "#bebebe"),
    QPalette.ColorRole.ButtonText: ("#000000", "#bebebe"),
    QPalette.ColorRole.Shadow: ("#767676", "#b1b1b1"),
    QPalette.ColorRole.Highlight: ("#308cc6", "#919191"),
    QPalette.ColorRole.AlternateBase: ("#f7f7f7", "#f7f7f7"),
    QPalette.ColorRole.PlaceholderText: ("#80000000", "#80000000"),
    QPalette.ColorRole.Accent: ("#308cc6", "#919191"),
}
_DARK_ROLES = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1e1e1e",
    QPalette.ColorRole.AlternateBase: "#282828",
    QPalette.ColorRole.ToolTipBase: "#3c3c3c",
    QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    QPalette.ColorRole.Text: "#e8e8e8",
    QPalette.ColorRole.Button: "#363636",
    QPalette.ColorRole.ButtonText: "#e8e8e8",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Light: "#4a4a4a",
    QPalette.ColorRole.Midlight: "#3e3e3e",
    QPalette.ColorRole.Mid: "#2e2e2e",
    QPalette.ColorRole.Dark: "#1a1a1a",
    QPalette.ColorRole.Shadow: "#0a0a0a",
    QPalette.ColorRole.Highlight: "#3b7dc4",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#7ab8ff",
    QPalette.ColorRole.LinkVisited: "#c29bff",
    QPalette.ColorRole.Accent: "#3b7dc4",
}
_DARK_DISABLED_ROLES = {
    QPalette.ColorRole.WindowText: "#7d7d7d",
    QPalette.ColorRole.Text: "#7d7d7d",
    QPalette.ColorRole.ButtonText: "#7d7d7d",
    QPalette.ColorRole.Highlight: "#4a4a4a",
    QPalette.ColorRole.Base: "#262626",
}


def forced_scheme() -> Qt.ColorScheme | None:
    """The scheme ``WAREHOUSE_COLOR_SCHEME`` asks for, if it names one."""
    value = os.environ.get(SCHEME_VARIABLE, "").strip().casefold()
    if not value:
        return None
    if value not in SCHEMES:
        logger.warning(
            "%s=%s is neither light nor dark; following the system", SCHEME_VARIABLE, value
        )
        return None
    return SCHEMES[value]


def palette_for(scheme: Qt.ColorScheme) -> QPalette:
    """Fusion's own light palette, or a dark one; an unknown scheme is light."""
    palette = QPalette(QColor(_LIGHT_WINDOW))
    for role, (active, disabled) in _LIGHT_ROLES.items():
        palette.setColor(role, QColor(active))
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    if scheme != Qt.ColorScheme.Dark:
        return palette
    for role, colour in _DARK_ROLES.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED_ROLES.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def high_contrast_palette() -> QPalette:
    """White on black, yellow for the selection: the high-contrast palette."""
    palette = QPalette(QColor(_HIGH_CONTRAST_ROLES[QPalette.ColorRole.Window]))
    for role, colour in _HIGH_CONTRAST_ROLES.items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, role, QColor(colour))
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    for role, colour in _HIGH_CONTRAST_DISABLED_ROLES.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def is_high_contrast(palette: QPalette) -> bool:
    """Whether ``palette`` is the high-contrast one (white text on a pure black base)."""
    return palette.color(QPalette.ColorRole.Base) == QColor(
        _HIGH_CONTRAST_ROLES[QPalette.ColorRole.Base]
    ) and palette.color(QPalette.ColorRole.Text) == QColor(
        _HIGH_CONTRAST_ROLES[QPalette.ColorRole.Text]
    )


def colours_for(palette: QPalette) -> StyleColours:
    """The stylesheet's own colours for widgets drawn on ``palette``'s base: light, dark or
    high contrast."""
    if is_high_contrast(palette):
        return HIGH_CONTRAST_COLOURS
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return STYLE_COLOURS[Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light]


def error_colour(palette: QPalette) -> QColor:
    """The stylesheet's error colour for text drawn on ``palette``'s base."""
    return QColor(colours_for(palette).error)


def set_style_property(
    widget: QWidget, name: str, value: object, *, with_children: bool = False
) -> None:
    """Set the dynamic property that the stylesheet's ``[name="value"]`` rules read, and
    restyle ``widget`` (and its children, for rules that reach them) only when it changed:
    a restyle costs milliseconds. An unset property counts as a falsy value."""
    current = widget.property(name)
    if current == value or (current is None and not value):
        return
    widget.setProperty(name, value)
    for restyled in (widget, *widget.findChildren(QWidget)) if with_children else (widget,):
        restyled.style().unpolish(restyled)
        restyled.style().polish(restyled)


def stylesheet_for(template: str, scheme: Qt.ColorScheme, *, high_contrast: bool = False) -> str:
    """``template`` (style.qss) with its ``$name`` colours filled in for ``scheme``, or for
    high contrast."""
    dark = scheme == Qt.ColorScheme.Dark
    colours = STYLE_COLOURS[Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light]
    if high_contrast:
        return Template(template).substitute(HIGH_CONTRAST_COLOURS._asdict()) + HIGH_CONTRAST_RULES
    return Template(template).substitute(colours._asdict())


def with_style(argv: list[str]) -> list[str]:
    """The arguments for ``QApplication``: ``argv`` with Qt's ``-style Fusion`` before its own
    arguments, so that a ``-style`` given on the command line still wins. Set this way and not
    with ``QApplication.setStyle``, the style is made by Qt alone, and no QStyle object reaches
    Python before the window shows (see ``_LIGHT_ROLES``)."""
    return [*argv[:1], "-style", STYLE, *argv[1:]]


class Appearance(QObject):
    """Keeps the application's palette and stylesheet in step with the colour scheme, or
    in high contrast when that is chosen."""

    def __init__(
        self, app: QApplication, stylesheet_template: str = "", *, high_contrast: bool = False
    ) -> None:
        super().__init__(app)
        self.setObjectName("appearance")
        self.app = app
        self.template = stylesheet_template
        self.high_contrast = high_contrast
        self.forced = forced_scheme()
        self.scheme = Qt.ColorScheme.Unknown
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self.follow_system)
        self.apply(self.forced or hints.colorScheme())

    def apply(self, scheme: Qt.ColorScheme) -> None:
        """Show the application in ``scheme`` (light when it is unknown)."""
        self.scheme = Qt.ColorScheme.Dark if scheme == Qt.ColorScheme.Dark else Qt.ColorScheme.Light
        self.app.setPalette(
            high_contrast_palette() if self.high_contrast else palette_for(self.scheme)
        )
        # Set after the palette, so that the stylesheet's palette(...) colours are the new ones.
        self.app.setStyleSheet(
            stylesheet_for(self.template, self.scheme, high_contrast=self.high_contrast)
        )
        logger.debug(
            "Colour scheme: %s%s", self.scheme.name, ", high contrast" * self.high_contrast
        )

    @staticmethod
    def of_application() -> Appearance | None:
        """The running application's appearance, if it has one."""
        app = QApplication.instance()
        return app.findChild(Appearance) if app is not None else None

    def set_high_contrast(self, on: bool) -> None:
        """Show the application in high contrast, or back in the colour scheme."""
        if on != self.high_contrast:
            self.high_contrast = on
            self.apply(self.scheme)

    @Slot(Qt.ColorScheme)
    def follow_system(self, scheme: Qt.ColorScheme) -> None:
        """The system changed its scheme: follow it, unless one was forced."""
        if self.forced is None:
            self.apply(scheme)
