"""Labels that scan: a batch's (the Code 128 barcode of its reference, with its reference,
SKU, quantity, ETA and location in large type) and a bin's (its code as a barcode and in
very large type), on 62 x 29 mm labels (Brother QL), 4 x 6 in labels (Zebra) or A4 sheets
of 24 (3 x 8 of 70 x 37 mm), painted as vectors with QPainter on a PDF or a printer.

Text never runs off a label: it shrinks to fit, and below a legible size it is cut short
with "…" (the barcode still holds the whole reference). The barcode never shrinks below the
module width a scanner reads: a reference too long for a size is refused before anything is
written, in words that name a size that holds it.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from warehouse_gui.domain.errors import DomainError
from warehouse_gui.gui.printing import barcodes
from warehouse_gui.gui.printing.barcodes import Code128
from warehouse_gui.translation import QT_TRANSLATE_NOOP, day, number, translate

if TYPE_CHECKING:
    from warehouse_gui.read_model import BatchRow

PDF_RESOLUTION = 1200  # device units per inch of a written PDF; the bars snap to 300 dpi
LEFT = Qt.AlignmentFlag.AlignLeft
RIGHT = Qt.AlignmentFlag.AlignRight
CENTRE = Qt.AlignmentFlag.AlignHCenter


@dataclass(frozen=True)
class BatchLabel:
    """What a batch's label shows: the reference (also as the barcode), the SKU, the
    quantity received, the ETA (``None``: in stock) and the location (``None``: none yet)."""

    reference: str
    sku: str
    qty: int
    eta: date | None = None
    location: str | None = None

    @classmethod
    def of(cls, row: BatchRow) -> BatchLabel:
        """The label of a row of the batch table: its quantity is the batch's purchased
        quantity, what stands on the shelf until it is picked."""
        return cls(row.reference, row.sku, row.purchased, row.eta, row.location)

    @property
    def code(self) -> str:
        """What the barcode holds."""
        return self.reference

    @property
    def what(self) -> str:
        """What the barcode's text is, as a refusal names it (a key of
        ``barcodes.NOT_ENCODABLE`` and ``TOO_LONG``)."""
        return "reference"

    @property
    def eta_text(self) -> str:
        """The ETA as the label says it."""
        if self.eta is None:
            return translate("Labels", "in stock")
        return translate("Labels", "ETA {day}").format(day=day(self.eta))


@dataclass(frozen=True)
class BinLabel:
    """A bin's label: its code (``A-03-2``), as a barcode and in very large type."""

    code: str

    @property
    def what(self) -> str:
        """What the barcode's text is, as a refusal names it (a key of
        ``barcodes.NOT_ENCODABLE`` and ``TOO_LONG``)."""
        return "bin"


Label = BatchLabel | BinLabel


@dataclass(frozen=True)
class LabelSize:
    """A size of label, in millimetres: a label ``width`` x ``height``, ``columns`` x
    ``rows`` of them on a page (``page``; one label's size when ``None``), the first at
    ``origin``; ``margin_x``/``margin_y``: inside each label, where printers do not reach."""

    key: str  # as the command line takes it
    name: str  # as a person chooses it (English; ``shown`` in the window's language)
    one: str  # one label of it, in the sentence that refuses a barcode too long for it
    width: float
    height: float
    margin_x: float
    margin_y: float
    large: bool = False  # room for a caption above each value
    columns: int = 1
    rows: int = 1
    page: tuple[float, float] | None = None
    origin: tuple[float, float] = (0.0, 0.0)
    least_module: float = 0.25  # 10 mil: what hand scanners read on labels at first try
    most_module: float = 0.5  # wider symbols overflow a hand scanner's view close up
    most_bin_module: float = 0.5  # a bin's label is read from further away, up the racks

    @property
    def shown(self) -> str:
        """The size's name as the window shows it (a menu, Preferences, a refusal)."""
        return translate("Labels", self.name)

    @property
    def per_page(self) -> int:
        """Labels on one page."""
        return self.columns * self.rows

    @property
    def page_size(self) -> tuple[float, float]:
        """The page's width and height."""
        return self.page or (self.width, self.height)

    def place(self, slot: int) -> tuple[float, float]:
        """Where the label in ``slot`` (0: top left, row by row) stands on its page."""
        row, column = divmod(slot, self.columns)
        return self.origin[0] + column * self.width, self.origin[1] + row * self.height

    def module(self, code: Code128, dot: float, for_bin: bool = False) -> float | None:
        """The module width ``code`` gets on this label (a bin's, when ``for_bin``),
        ``None`` when it does not fit."""
        most = self.most_bin_module if for_bin else self.most_module
        return barcodes.module_width(code, self.width, self.margin_x, self.least_module, most, dot)


SIZES: dict[str, LabelSize] = {
    size.key: size
    for size in (
        LabelSize(
            "62x29",
            QT_TRANSLATE_NOOP("Labels", "62 × 29 mm"),
            QT_TRANSLATE_NOOP("Labels", "a 62 × 29 mm label"),
            62.0,
            29.0,
            2.0,
            1.8,
        ),
        LabelSize(
            "4x6",
            QT_TRANSLATE_NOOP("Labels", "4 × 6 in"),
            QT_TRANSLATE_NOOP("Labels", "a 4 × 6 in label"),
            101.6,
            152.4,
            4.0,
            4.0,
            large=True,
            most_bin_module=0.85,
        ),
        LabelSize(
            "a4",
            QT_TRANSLATE_NOOP("Labels", "A4 sheet of 24"),
            QT_TRANSLATE_NOOP("Labels", "a 70 × 37 mm label of an A4 sheet"),
            70.0,
            37.0,
            5.0,  # sheet printers leave about 4 mm at the paper's edges blank
            4.0,
            columns=3,
            rows=8,
            page=(210.0, 297.0),
            origin=(0.0, 0.5),
        ),
    )
}
DEFAULT_SIZE = SIZES["62x29"]

# A barcode too long for a size, by what its text is (``Label.what``): a sentence that
# names the sizes that hold it, and one for when none does ({size}: ``LabelSize.one``).
TOO_LONG = {
    "reference": (
        QT_TRANSLATE_NOOP(
            "Labels",
            "The reference {code} is too long for a barcode that scans on {size}: "
            "choose {sizes}, which holds it",
        ),
        QT_TRANSLATE_NOOP(
            "Labels",
            "The reference {code} is too long for a barcode that scans on {size}, or on "
            "any other: a barcode holds at most about %n characters",
        ),
    ),
    "bin": (
        QT_TRANSLATE_NOOP(
            "Labels",
            "The bin code {code} is too long for a barcode that scans on {size}: "
            "choose {sizes}, which holds it",
        ),
        QT_TRANSLATE_NOOP(
            "Labels",
            "The bin code {code} is too long for a barcode that scans on {size}, or on "
            "any other: a barcode holds at most about %n characters",
        ),
    ),
}


class LabelRefused(DomainError):
    """A label that cannot be made as asked, in words that say what to do instead."""


def size_named(key: str) -> LabelSize:
    """The size ``key`` names (``62x29``, ``4x6``, ``a4``), or ``LabelRefused``."""
    try:
        return SIZES[key.strip().lower()]
    except KeyError:
        known = ", ".join(SIZES)
        said = translate("Labels", "No label size {key}: choose one of {known}")
        raise LabelRefused(said.format(key=key, known=known), "size") from None


def check(
    labels: Iterable[Label], size: LabelSize, dot: float = 25.4 / barcodes.PDF_DOTS_PER_INCH
) -> None:
    """Refuse (``LabelRefused``, or ``NotEncodable`` for text Code 128 cannot hold) when a
    label's barcode does not fit ``size`` with modules a scanner reads; nothing else."""
    for label in labels:
        code = Code128.of(label.code, label.what)
        if size.module(code, dot) is None:
            raise LabelRefused(_too_long(label, code, size, dot), "size")


def _too_long(label: Label, code: Code128, size: LabelSize, dot: float) -> str:
    some, none = TOO_LONG[label.what]
    one = translate("Labels", size.one)
    holding = [other.shown for other in SIZES.values() if other.module(code, dot) is not None]
    if holding:
        sizes = holding[0]
        for other in holding[1:]:
            sizes = translate("Labels", "{first} or {second}").format(first=sizes, second=other)
        return translate("Labels", some).format(code=label.code, size=one, sizes=sizes)
    longest = max(
        count
        for other in SIZES.values()
        for count in range(1, 65)
        if other.module(Code128.of("x" * count), dot) is not None
    )
    return translate("Labels", none, None, longest).format(code=label.code, size=one)


def write_pdf(labels: Iterable[Label], size: LabelSize, path: Path) -> int:
    """Write ``labels`` to a PDF at ``path``, one label a page (24 a sheet of A4); the
    number of pages. Refuses (``LabelRefused``) before writing anything when a barcode
    does not fit; raises ``OSError`` when the file cannot be written, leaving none.
    Makes an offscreen Qt application when none runs (from the command line)."""
    labels = list(labels)
    if not labels:
        raise LabelRefused(translate("Labels", "No labels to write: name a batch or a bin"))
    dot = 25.4 / barcodes.PDF_DOTS_PER_INCH
    check(labels, size, dot)
    _application()
    if not path.parent.is_dir():
        missing = translate("Labels", "the folder {folder} does not exist")
        raise FileNotFoundError(errno.ENOENT, missing.format(folder=path.parent), str(path))
    handle, temporary = tempfile.mkstemp(suffix=".pdf", prefix=".labels-", dir=path.parent)
    os.close(handle)
    try:
        writer = QPdfWriter(temporary)
        writer.setResolution(PDF_RESOLUTION)
        writer.setCreator("Warehouse GUI")
        writer.setTitle(title_of(labels))
        page_setup(writer, size)
        pages = LabelPages(labels, size, writer, PDF_RESOLUTION, dot).paint()
        if not os.path.getsize(temporary):
            unwritten = translate("Labels", "the file could not be written there")
            raise OSError(errno.EIO, unwritten, str(path))
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return pages


def title_of(labels: Sequence[Label]) -> str:
    """The document's title: "Labels — lamp-1, lamp-2 …"."""
    codes = ", ".join(label.code for label in labels[:3])
    if len(labels) > 3:
        return translate("Labels", "Labels — {codes} …").format(codes=codes)
    return translate("Labels", "Labels — {codes}").format(codes=codes)


def page_setup(device: QPagedPaintDevice, size: LabelSize) -> None:
    """Give ``device`` the page of ``size``, without margins (labels place their own)."""
    width, height = size.page_size
    page = QPageSize(
        QSizeF(width, height),
        QPageSize.Unit.Millimeter,
        size.name,
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    device.setPageSize(page)
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


_made: list[QGuiApplication] = []


def _application() -> None:
    """A Qt application for fonts: the running one, or an offscreen one made here."""
    if QGuiApplication.instance() is None:
        _made.append(QGuiApplication(["warehouse-gui", "-platform", "offscreen"]))


@dataclass(frozen=True)
class _Cell:
    """A value on a label: its share of the row's width, how it stands out, and a caption
    above it on labels with room for one."""

    text: str
    share: float = 1.0
    align: Qt.AlignmentFlag = LEFT
    bold: bool = False
    inverted: bool = False  # white on black, as the location stands out
    caption: str = ""
    fill: float = 1.0  # the share of the row's height the type may take
    wrap: bool = False  # on two lines when that makes the type larger


class LabelPages:
    """Paints labels on a PDF writer or a printer: ``dpi`` its device units per inch,
    ``dot`` the printer dot (mm) the bars are whole multiples of."""

    def __init__(
        self,
        labels: Sequence[Label],
        size: LabelSize,
        device: QPagedPaintDevice,
        dpi: int,
        dot: float,
    ) -> None:
        self.labels = labels
        self.size = size
        self.device = device
        self.unit = dpi / 25.4  # device units in a millimetre
        self.dot = dot
        self.base = QFont(QGuiApplication.font())

    def paint(self) -> int:
        """Paint every label; the number of pages."""
        painter = QPainter()
        if not painter.begin(self.device):
            raise OSError(errno.EIO, translate("Labels", "The printer could not be started"))
        pages = 0
        try:
            per_page = self.size.per_page
            for start in range(0, len(self.labels), per_page):
                if pages:
                    self.device.newPage()
                pages += 1
                for slot, label in enumerate(self.labels[start : start + per_page]):
                    self._paint_label(painter, label, *self.size.place(slot))
        finally:
            painter.end()
        return pages

    def _rect(self, left: float, top: float, width: float, height: float) -> QRectF:
        unit = self.unit
        return QRectF(left * unit, top * unit, width * unit, height * unit)

    def _paint_label(self, painter: QPainter, label: Label, x: float, y: float) -> None:
        size = self.size
        code = Code128.of(label.code, label.what)
        module = size.module(code, self.dot, isinstance(label, BinLabel))
        if module is None:  # checked before painting began
            raise LabelRefused(_too_long(label, code, size, self.dot), "size")
        inner_width = size.width - 2 * size.margin_x
        inner_height = size.height - 2 * size.margin_y
        share = (0.25 if size.large else 0.38) if isinstance(label, BatchLabel) else 0.45
        bar_height = inner_height * share
        left = barcodes.snapped(x + (size.width - code.width * module) / 2, self.dot)
        top = y + size.margin_y
        barcodes.paint(
            painter,
            code,
            left * self.unit,
            top * self.unit,
            module * self.unit,
            bar_height * self.unit,
        )
        gap = 3.0 if size.large else 0.8
        body_top = top + bar_height + gap
        body_height = y + size.height - size.margin_y - body_top
        rows = self._rows(label)
        spacing = 2.5 if size.large else 0.4
        free = body_height - spacing * (len(rows) - 1)
        row_top = body_top
        for fraction, cells in rows:
            row_height = free * fraction
            cell_left = x + size.margin_x
            for cell in cells:
                cell_width = inner_width * cell.share
                self._paint_cell(painter, cell, cell_left, row_top, cell_width, row_height)
                cell_left += cell_width
            row_top += row_height + spacing

    def _rows(self, label: Label) -> list[tuple[float, list[_Cell]]]:
        """The label's text, row by row, each row's share of the height under the barcode."""
        if isinstance(label, BinLabel):
            return [(1.0, [_Cell(label.code, align=CENTRE, bold=True)])]
        if label.location:
            where = _Cell(label.location, bold=True, inverted=True)
        else:
            where = _Cell(translate("Labels", "no location"), fill=0.3 if self.size.large else 0.8)
        if self.size.large:
            eta = day(label.eta) if label.eta else translate("Labels", "in stock")
            return [
                (0.2, [_Cell(label.reference, align=CENTRE, bold=True)]),
                (0.2, [_Cell(label.sku, caption=translate("Labels", "SKU"), wrap=True)]),
                (
                    0.22,
                    [
                        _Cell(
                            number(label.qty),
                            0.45,
                            bold=True,
                            caption=translate("Labels", "Quantity"),
                        ),
                        _Cell(eta, 0.55, RIGHT, caption=translate("Labels", "ETA")),
                    ],
                ),
                (0.38, [replace(where, caption=translate("Labels", "Location"))]),
            ]
        return [
            (0.37, [_Cell(label.reference, align=CENTRE, bold=True)]),
            (
                0.315,
                [
                    _Cell(label.sku, 0.64),
                    _Cell(
                        translate("Labels", "Qty {qty}").format(qty=number(label.qty)),
                        0.36,
                        RIGHT,
                        bold=True,
                    ),
                ],
            ),
            (
                0.315,
                [replace(where, share=0.5), _Cell(label.eta_text, 0.5, RIGHT)],
            ),
        ]

    def _paint_cell(
        self, painter: QPainter, cell: _Cell, left: float, top: float, width: float, height: float
    ) -> None:
        pad = 0.6 if not self.size.large else 1.5
        if cell.share < 1:  # a gap between neighbours
            width -= pad
            if cell.align & RIGHT:
                left += pad
        if cell.caption:
            caption_height = min(height * 0.3, 5.0)
            font, text = self._fit(cell.caption, width, caption_height, bold=False)
            painter.setFont(font)
            painter.setPen(Qt.GlobalColor.black)
            flags = cell.align | Qt.AlignmentFlag.AlignBottom
            painter.drawText(self._rect(left, top, width, caption_height), int(flags), text)
            top += caption_height
            height -= caption_height
        box_pad = pad * 1.5 if cell.inverted else 0.0
        type_height = height * cell.fill - box_pad * 0.5
        font, text = self._fit(cell.text, width - 2 * box_pad, type_height, cell.bold)
        if cell.wrap and " " in cell.text.strip():
            two = self._fit_two_lines(cell.text, width, type_height, cell.bold)
            if two[0].pointSizeF() > font.pointSizeF() * 1.15:
                font, text = two
        painter.setFont(font)
        flags = cell.align | Qt.AlignmentFlag.AlignVCenter
        if cell.inverted:
            text_width = QFontMetricsF(font, self.device).horizontalAdvance(text) / self.unit
            box_width = min(width, text_width + 2 * box_pad)
            box_left = left
            if cell.align & RIGHT:
                box_left = left + width - box_width
            elif cell.align & CENTRE:
                box_left = left + (width - box_width) / 2
            painter.fillRect(self._rect(box_left, top, box_width, height), Qt.GlobalColor.black)
            painter.setPen(Qt.GlobalColor.white)
            left, width = box_left, box_width
            flags = Qt.AlignmentFlag.AlignCenter
        else:
            painter.setPen(Qt.GlobalColor.black)
        painter.drawText(self._rect(left, top, width, height), int(flags), text)

    def _fit_two_lines(
        self, text: str, width: float, height: float, bold: bool
    ) -> tuple[QFont, str]:
        """``text`` broken at the space that makes its longer line shortest, fitted on two
        lines of ``height`` / 2."""
        font = QFont(self.base)
        font.setBold(bold)
        metrics = QFontMetricsF(font, self.device)
        words = text.split()
        splits = [(" ".join(words[:n]), " ".join(words[n:])) for n in range(1, len(words))]
        first, second = min(
            splits, key=lambda pair: max(metrics.horizontalAdvance(line) for line in pair)
        )
        longer = max((first, second), key=metrics.horizontalAdvance)
        fitted, _ = self._fit(longer, width, height / 2, bold)
        shown = [
            QFontMetricsF(fitted, self.device).elidedText(
                line, Qt.TextElideMode.ElideRight, width * self.unit
            )
            for line in (first, second)
        ]
        return fitted, "\n".join(shown)

    def _fit(self, text: str, width: float, height: float, bold: bool) -> tuple[QFont, str]:
        """The largest type in which ``text`` fits ``width`` x ``height`` mm; below the
        least legible size, that size and the text cut short with "…"."""
        font = QFont(self.base)
        font.setBold(bold)
        font.setPointSizeF(100)
        metrics = QFontMetricsF(font, self.device)
        tall = metrics.height() / self.unit
        wide = metrics.horizontalAdvance(text) / self.unit
        points = 100 * min(height / tall, width / wide if wide else float("inf"))
        least = 9.0 if self.size.large else 7.0
        if points >= least:
            while points > least:
                font.setPointSizeF(points)
                if QFontMetricsF(font, self.device).horizontalAdvance(text) <= width * self.unit:
                    return font, text
                points *= 0.97
        font.setPointSizeF(least)
        metrics = QFontMetricsF(font, self.device)
        return font, metrics.elidedText(text, Qt.TextElideMode.ElideRight, width * self.unit)
