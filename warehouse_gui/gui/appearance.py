"""Light and dark: the Fusion style with a palette that follows the system's colour scheme,
and the stylesheet's own colours (errors, the alert banner, frames) to match.

``WAREHOUSE_COLOR_SCHEME=light`` or ``dark`` forces a scheme (for screenshots, tests, or a
desk whose system does not say); otherwise the app follows ``QStyleHints.colorScheme()``
and switches when the system does.
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


def colours_for(palette: QPalette) -> StyleColours:
    """The stylesheet's own colours for widgets drawn on ``palette``'s base, light or dark."""
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


def stylesheet_for(template: str, scheme: Qt.ColorScheme) -> str:
    """``template`` (style.qss) with its ``$name`` colours filled in for ``scheme``."""
    dark = scheme == Qt.ColorScheme.Dark
    colours = STYLE_COLOURS[Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light]
    return Template(template).substitute(colours._asdict())


def with_style(argv: list[str]) -> list[str]:
    """The arguments for ``QApplication``: ``argv`` with Qt's ``-style Fusion`` before its own
    arguments, so that a ``-style`` given on the command line still wins. Set this way and not
    with ``QApplication.setStyle``, the style is made by Qt alone, and no QStyle object reaches
    Python before the window shows (see ``_LIGHT_ROLES``)."""
    return [*argv[:1], "-style", STYLE, *argv[1:]]


class Appearance(QObject):
    """Keeps the application's palette and stylesheet in step with the colour scheme."""

    def __init__(self, app: QApplication, stylesheet_template: str = "") -> None:
        super().__init__(app)
        self.setObjectName("appearance")
        self.app = app
        self.template = stylesheet_template
        self.forced = forced_scheme()
        self.scheme = Qt.ColorScheme.Unknown
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self.follow_system)
        self.apply(self.forced or hints.colorScheme())

    def apply(self, scheme: Qt.ColorScheme) -> None:
        """Show the application in ``scheme`` (light when it is unknown)."""
        self.scheme = Qt.ColorScheme.Dark if scheme == Qt.ColorScheme.Dark else Qt.ColorScheme.Light
        self.app.setPalette(palette_for(self.scheme))
        # Set after the palette, so that the stylesheet's palette(...) colours are the new ones.
        self.app.setStyleSheet(stylesheet_for(self.template, self.scheme))
        logger.debug("Colour scheme: %s", self.scheme.name)

    @Slot(Qt.ColorScheme)
    def follow_system(self, scheme: Qt.ColorScheme) -> None:
        """The system changed its scheme: follow it, unless one was forced."""
        if self.forced is None:
            self.apply(scheme)
