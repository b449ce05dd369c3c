"""Code 128 barcodes, drawn as vectors: python-barcode gives the symbol's modules (``1`` a
bar, ``0`` a space, start, check and stop characters included); each run of bars is one
filled rectangle.

What a scanner needs: a quiet zone of at least ``QUIET_ZONE_MODULES`` modules on each side,
and modules no narrower than it resolves. The module width is a whole number of printer dots
(a bar of 2.5 dots prints as 2 or 3), as wide as the space allows up to a maximum (a symbol
wider than a hand scanner's field of view close up does not scan either).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property

import barcode
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter

from warehouse_gui.domain.errors import DomainError
from warehouse_gui.translation import QT_TRANSLATE_NOOP, translate

QUIET_ZONE_MODULES = 10
PDF_DOTS_PER_INCH = 300  # a PDF's bars are whole dots of a 300-dpi label printer

# Why a text cannot be a barcode, by what the text is (a label's reference or bin code, a
# pick list's order id, or any text): a whole sentence each, for word order to differ.
NOT_ENCODABLE = {
    "reference": QT_TRANSLATE_NOOP(
        "Barcodes",
        "The reference {text} cannot be a barcode: Code 128 holds only ASCII letters, "
        "digits, signs and spaces, not {characters}",
    ),
    "bin": QT_TRANSLATE_NOOP(
        "Barcodes",
        "The bin code {text} cannot be a barcode: Code 128 holds only ASCII letters, "
        "digits, signs and spaces, not {characters}",
    ),
    "order": QT_TRANSLATE_NOOP(
        "Barcodes",
        "The order id {text} cannot be a barcode: Code 128 holds only ASCII letters, "
        "digits, signs and spaces, not {characters}",
    ),
    "text": QT_TRANSLATE_NOOP(
        "Barcodes",
        "The text {text} cannot be a barcode: Code 128 holds only ASCII letters, "
        "digits, signs and spaces, not {characters}",
    ),
}


class NotEncodable(DomainError):
    """Text that Code 128 cannot hold, in words."""


@dataclass(frozen=True)
class Code128:
    """The Code 128 symbol of ``text``: its modules, without quiet zones."""

    text: str
    modules: str

    @classmethod
    def of(cls, text: str, what: str = "text") -> Code128:
        """The symbol of ``text``; ``NotEncodable`` names what it is (``what``: a key of
        ``NOT_ENCODABLE``) and the characters Code 128 has no place for (it holds ASCII
        letters, digits, signs and spaces)."""
        wrong = sorted({char for char in text if not " " <= char <= "~"})
        if not text or wrong:
            listed = ", ".join(wrong) if wrong else translate("Barcodes", "nothing")
            said = NOT_ENCODABLE.get(what, NOT_ENCODABLE["text"])
            raise NotEncodable(translate("Barcodes", said).format(text=text, characters=listed))
        return cls(text, "".join(barcode.Code128(text).build()))

    @property
    def width(self) -> int:
        """Modules from the first bar to the last."""
        return len(self.modules)

    @property
    def with_quiet_zones(self) -> int:
        """Modules with a quiet zone on each side."""
        return self.width + 2 * QUIET_ZONE_MODULES

    @cached_property
    def bars(self) -> tuple[tuple[int, int], ...]:
        """Each bar as (first module, modules wide)."""
        runs = []
        start = None
        for index, module in enumerate(self.modules + "0"):
            if module == "1" and start is None:
                start = index
            elif module == "0" and start is not None:
                runs.append((start, index - start))
                start = None
        return tuple(runs)


def module_width(
    code: Code128,
    label_width: float,
    margin: float,
    least: float,
    most: float,
    dot: float,
) -> float | None:
    """The widest module (a whole number of ``dot``) from ``least`` to ``most`` with which
    ``code`` fits a label ``label_width`` wide: its bars inside the ``margin`` a printer
    cannot print in, and a quiet zone of ``QUIET_ZONE_MODULES`` on each side of them,
    inside the label. ``None`` when even ``least`` is too wide. All in one unit (mm)."""
    fewest = math.ceil(least / dot - 1e-9)
    for dots in range(math.floor(most / dot + 1e-9), fewest - 1, -1):
        module = dots * dot
        side = max(QUIET_ZONE_MODULES * module, margin)
        if code.width * module + 2 * side <= label_width + 1e-9:
            return module
    return None


def snapped(position: float, dot: float) -> float:
    """``position`` moved down onto the printer's dots (bars then print their width)."""
    return math.floor(position / dot + 1e-9) * dot


def paint(
    painter: QPainter, code: Code128, left: float, top: float, module: float, height: float
) -> None:
    """Paint ``code``'s bars in black from (``left``, ``top``), ``module`` wide a module and
    ``height`` high, in the painter's units; the quiet zones are left as they are."""
    for start, count in code.bars:
        painter.fillRect(
            QRectF(left + start * module, top, count * module, height), Qt.GlobalColor.black
        )
