"""The pages of a pick list, painted on a printer with QPainter.

A table row never splits across pages (QTextDocument splits a row between the lines of a
wrapped cell, and the repeated header then covers the rest); every page repeats the column
headings and has a footer that names the order and the page. The order's lines waiting for
stock follow the lines to pick under a heading of their own, in grey and without a box to
tick.

Each row begins with the location, in the largest type of the row: the picker walks by it.
The order id is a Code 128 barcode at the top of the first page (the Pick tab scans it),
right of the title, or under it when it is too long for that; lines picked already have
their box ticked and say so.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from warehouse_gui.gui.printing import barcodes
from warehouse_gui.gui.printing.barcodes import Code128, NotEncodable
from warehouse_gui.gui.printing.pick_list import PickLine, PickList, WaitingPick
from warehouse_gui.translation import QT_TRANSLATE_NOOP, day, number, translate

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# Each column's title (translated where painted; the tick is no word), share and alignment.
COLUMNS = (
    ("✓", 0.07, LEFT),
    (QT_TRANSLATE_NOOP("PickListPages", "Location"), 0.17, LEFT),
    (QT_TRANSLATE_NOOP("PickListPages", "Batch"), 0.21, LEFT),
    (QT_TRANSLATE_NOOP("PickListPages", "SKU"), 0.19, LEFT),
    (QT_TRANSLATE_NOOP("PickListPages", "Qty"), 0.09, RIGHT),
    (QT_TRANSLATE_NOOP("PickListPages", "Note"), 0.27, LEFT),
)
QUANTITY, NOTE = 4, 5
GRID = QColor("#777777")
HEADING_SHADE = QColor("#e6e6e6")
NOT_TO_PICK = QColor("#555555")
WAITING_HEADING = QT_TRANSLATE_NOOP("PickListPages", "Waiting for stock — not to pick")
NO_LOCATION = "—"
BARCODE_HEIGHT_MM = 12.0
BARCODE_MODULE_MM = (0.25, 0.4)  # the narrowest a hand scanner reads at once, the widest used


@dataclass(frozen=True)
class Placed:
    """Where a line goes on its page: a line to pick, a line waiting for stock, the
    heading above those (``section``), or, when it is none of them, the sign-off under
    the table."""

    top: float
    height: float
    line: PickLine | None
    waiting: WaitingPick | None = None
    section: str = ""

    @property
    def sign_off(self) -> bool:
        """Whether this is the sign-off under the table."""
        return self.line is None and self.waiting is None and not self.section


@dataclass(frozen=True)
class _Fonts:
    """Large clear type: the location, the batch and the quantity stand out."""

    title: QFont
    meta: QFont
    heading: QFont
    location: QFont
    batch: QFont
    sku: QFont
    qty: QFont
    note: QFont
    footer: QFont

    @classmethod
    def make(cls) -> _Fonts:
        return cls(
            title=_font(22, bold=True),
            meta=_font(11),
            heading=_font(11, bold=True),
            location=_font(18, bold=True),
            batch=_font(14, bold=True),
            sku=_font(13),
            qty=_font(17, bold=True),
            note=_font(11, bold=True),
            footer=_font(10),
        )


@dataclass(frozen=True)
class _OrderBarcode:
    """The order id's barcode: its module width and left edge in device units, and
    whether it stands beside the title or under it."""

    code: Code128
    module: float
    left: float
    beside: bool

    @property
    def span(self) -> float:
        """Its width with its quiet zones."""
        return self.code.with_quiet_zones * self.module


def _font(points: int, bold: bool = False) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSize(points)
    font.setBold(bold)
    return font


class PickListPages:
    """Lays the list out on the printer's pages, then paints them."""

    def __init__(self, pick: PickList, printer: QPrinter) -> None:
        self.pick = pick
        self.printer = printer
        self.fonts = _Fonts.make()
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        self.width = page.width()
        self.mm = printer.resolution() / 25.4
        self.padding = 2.2 * self.mm
        self.footer_height = 2 * self._metrics(self.fonts.footer).height()
        self.bottom = page.height() - self.footer_height
        self.widths = [share * self.width for _, share, _ in COLUMNS]
        self._widen_quantities()
        self.lefts = [sum(self.widths[:index]) for index in range(len(self.widths))]
        self.barcode = self._place_barcode()

    def _place_barcode(self) -> _OrderBarcode | None:
        """Where the order id's barcode goes: right of the title when it fits in half the
        width, else under the title; ``None`` when the id cannot be a barcode that scans."""
        try:
            code = Code128.of(self.pick.orderid, "order")
        except NotEncodable:
            return None
        printer = self.printer
        dpi = printer.resolution()
        native = printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
        dot = 25.4 / (dpi if native and dpi <= 600 else barcodes.PDF_DOTS_PER_INCH)
        least, most = BARCODE_MODULE_MM
        width = self.width / self.mm
        for share, beside in ((0.5, True), (1.0, False)):
            module = barcodes.module_width(code, width * share, 0.0, least, most, dot)
            if module is not None:
                # the bars on the printer's dots, counted from the paper's edge
                edge = printer.pageLayout().paintRect(QPageLayout.Unit.Millimeter).left()
                quiet = barcodes.QUIET_ZONE_MODULES * module
                left = width - quiet - code.width * module if beside else quiet
                left = barcodes.snapped(edge + left, dot) - edge
                return _OrderBarcode(code, module * self.mm, left * self.mm, beside)
        return None

    def _metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.printer)

    def _wrap(self, font: QFont, text: str, width: float) -> Qt.TextFlag:
        """Wrap at word boundaries; anywhere when a single word is wider than ``width``."""
        metrics = self._metrics(font)
        longest = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
        return Qt.TextFlag.TextWrapAnywhere if longest > width else Qt.TextFlag.TextWordWrap

    def _text_height(self, font: QFont, text: str, width: float) -> float:
        flags = int(Qt.AlignmentFlag.AlignLeft | self._wrap(font, text, width))
        return self._metrics(font).boundingRect(QRectF(0, 0, width, 1e6), flags, text).height()

    def _cells(self, line: PickLine | WaitingPick) -> list[tuple[str, QFont]]:
        if isinstance(line, WaitingPick):
            return [
                ("", self.fonts.sku),
                ("", self.fonts.sku),
                ("—", self.fonts.sku),
                (line.sku, self.fonts.sku),
                (number(line.qty), self.fonts.sku),
                (line.note, self.fonts.note),
            ]
        return [
            ("", self.fonts.sku),
            (line.location or NO_LOCATION, self.fonts.location),
            (line.batchref, self.fonts.batch),
            (line.sku, self.fonts.sku),
            (number(line.qty), self.fonts.qty),
            (line.note, self.fonts.note),
        ]

    def _widen_quantities(self) -> None:
        """Give the quantity column the room its title and its widest figure need, whole
        ("Menge", "1.204"), taking it from the note column, which wraps."""
        title = translate("PickListPages", COLUMNS[QUANTITY][0])
        needs = [self._metrics(self.fonts.heading).horizontalAdvance(title)]
        lines: list[PickLine | WaitingPick] = [*self.pick.lines, *self.pick.waiting]
        for line in lines:
            text, font = self._cells(line)[QUANTITY]
            needs.append(self._metrics(font).horizontalAdvance(text))
        more = max(needs) + 2 * self.padding - self.widths[QUANTITY]
        if more > 0:
            self.widths[QUANTITY] += more
            self.widths[NOTE] -= more

    def _section_height(self) -> float:
        return self._metrics(self.fonts.heading).height() + 8 * self.mm

    def _row_height(self, line: PickLine | WaitingPick) -> float:
        tallest = max(
            self._text_height(font, text, self.widths[column] - 2 * self.padding)
            for column, (text, font) in enumerate(self._cells(line))
        )
        return max(tallest, 7 * self.mm) + 2 * self.padding

    def _heading_height(self) -> float:
        return self._metrics(self.fonts.heading).height() + 2 * self.padding

    def _title(self) -> str:
        return self.pick.title

    def _title_width(self) -> float:
        """The width of the title and the line under it: less the barcode beside them."""
        if self.barcode is not None and self.barcode.beside:
            return self.width - self.barcode.span
        return self.width

    def _title_height(self) -> float:
        width = self._title_width()
        title = self._text_height(self.fonts.title, self._title(), width)
        meta = self._text_height(self.fonts.meta, self._meta(), width)
        height = title + meta + 4 * self.mm
        if self.barcode is None:
            return height
        bars = BARCODE_HEIGHT_MM * self.mm + 4 * self.mm
        return max(height, bars) if self.barcode.beside else height + bars

    def _sign_off_height(self) -> float:
        return self._metrics(self.fonts.meta).height() + 10 * self.mm

    def _meta(self) -> str:
        """The line under the title: facts, each said whole, parted by " · "."""
        pick = self.pick
        printed = pick.printed_at
        lines, units, picked, waiting = len(pick.lines), pick.units, pick.picked, len(pick.waiting)
        facts = [
            translate(
                "PickListPages", "Printed {day} {time} at station {station} by {operator}"
            ).format(
                day=day(printed.date()),
                time=f"{printed:%H:%M}",
                station=pick.station,
                operator=pick.operator,
            ),
            translate("PickListPages", "%n line(s), {units}", None, lines).format(
                units=translate("PickListPages", "%Ln unit(s)", None, units)
            ),
            translate("PickListPages", "in walking order (by location)"),
        ]
        if picked:
            facts.append(translate("PickListPages", "%n picked already", None, picked))
        if waiting:
            facts.append(
                translate(
                    "PickListPages", "%n line(s) waiting for stock, not to pick", None, waiting
                )
            )
        return " · ".join(facts)

    def layout(self) -> list[list[Placed]]:
        """What goes on each page: rows move whole to the next page when they do not fit."""
        pages: list[list[Placed]] = [[]]
        y = self._title_height() + self._heading_height()
        for line in self.pick.lines:
            height = self._row_height(line)
            if y + height > self.bottom and pages[-1]:
                pages.append([])
                y = self._heading_height()
            pages[-1].append(Placed(y, height, line))
            y += height
        for index, waiting in enumerate(self.pick.waiting):
            height = self._row_height(waiting)
            section = self._section_height() if index == 0 else 0.0
            if y + section + height > self.bottom and pages[-1]:
                pages.append([])
                y = self._heading_height()
            if section:
                heading = translate("PickListPages", WAITING_HEADING)
                pages[-1].append(Placed(y, section, None, section=heading))
                y += section
            pages[-1].append(Placed(y, height, None, waiting))
            y += height
        sign_off = self._sign_off_height()
        if y + sign_off > self.bottom:
            pages.append([])
            y = 0
        pages[-1].append(Placed(y, sign_off, None))
        return pages

    def paint(self) -> None:
        """Paint every page on the printer."""
        pages = self.layout()
        painter = QPainter()
        if not painter.begin(self.printer):
            raise OSError("The printer could not be started")
        try:
            for index, rows in enumerate(pages):
                if index:
                    self.printer.newPage()
                top = 0.0
                if index == 0:
                    self._paint_title(painter)
                    top = self._title_height()
                if not rows[0].sign_off:
                    self._paint_heading(painter, top)
                for placed in rows:
                    if placed.line is not None:
                        self._paint_row(painter, placed.top, placed.height, placed.line)
                    elif placed.waiting is not None:
                        self._paint_waiting(painter, placed.top, placed.height, placed.waiting)
                    elif placed.section:
                        self._paint_section(painter, placed.top, placed.height, placed.section)
                    else:
                        self._paint_sign_off(painter, placed.top)
                self._paint_footer(painter, index + 1, len(pages))
        finally:
            painter.end()

    def _paint_title(self, painter: QPainter) -> None:
        top = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        title = self._title()
        width = self._title_width()
        title_height = self._text_height(self.fonts.title, title, width)
        meta_height = self._text_height(self.fonts.meta, self._meta(), width)
        painter.setFont(self.fonts.title)
        painter.setPen(Qt.GlobalColor.black)
        wrap = self._wrap(self.fonts.title, title, width)
        painter.drawText(QRectF(0, 0, width, title_height), int(top | wrap), title)
        painter.setFont(self.fonts.meta)
        painter.drawText(
            QRectF(0, title_height, width, meta_height),
            int(top | Qt.TextFlag.TextWordWrap),
            self._meta(),
        )
        barcode = self.barcode
        if barcode is not None:
            below = 0.0 if barcode.beside else title_height + meta_height + 2 * self.mm
            barcodes.paint(
                painter,
                barcode.code,
                barcode.left,
                below + self.mm,
                barcode.module,
                BARCODE_HEIGHT_MM * self.mm,
            )

    def _paint_heading(self, painter: QPainter, top: float) -> None:
        height = self._heading_height()
        painter.fillRect(QRectF(0, top, self.width, height), HEADING_SHADE)
        painter.setFont(self.fonts.heading)
        for column, (title, _share, alignment) in enumerate(COLUMNS):
            shown = title if column == 0 else translate("PickListPages", title)
            self._paint_cell(painter, column, top, height, shown, alignment)

    def _paint_row(self, painter: QPainter, top: float, height: float, line: PickLine) -> None:
        for column, (text, font) in enumerate(self._cells(line)):
            painter.setFont(font)
            alignment = COLUMNS[column][2]
            self._paint_cell(painter, column, top, height, text, alignment)
        box = 6 * self.mm
        left = self.lefts[0] + (self.widths[0] - box) / 2
        box_top = top + (height - box) / 2
        painter.setPen(QPen(Qt.GlobalColor.black, 0.35 * self.mm))
        painter.drawRect(QRectF(left, box_top, box, box))
        if line.picked:  # a tick in the box
            painter.setPen(QPen(Qt.GlobalColor.black, 0.7 * self.mm))
            painter.drawPolyline(
                [
                    QPointF(left + 0.18 * box, box_top + 0.55 * box),
                    QPointF(left + 0.42 * box, box_top + 0.8 * box),
                    QPointF(left + 0.85 * box, box_top + 0.2 * box),
                ]
            )

    def _paint_waiting(
        self, painter: QPainter, top: float, height: float, line: WaitingPick
    ) -> None:
        for column, (text, font) in enumerate(self._cells(line)):
            painter.setFont(font)
            alignment = COLUMNS[column][2]
            self._paint_cell(painter, column, top, height, text, alignment, NOT_TO_PICK)

    def _paint_section(self, painter: QPainter, top: float, height: float, text: str) -> None:
        painter.setFont(self.fonts.heading)
        painter.setPen(Qt.GlobalColor.black)
        line = self._metrics(self.fonts.heading).height()
        painter.drawText(
            QRectF(0, top + height - line - self.padding, self.width, line), LEFT, text
        )

    def _paint_cell(
        self,
        painter: QPainter,
        column: int,
        top: float,
        height: float,
        text: str,
        alignment: Qt.AlignmentFlag,
        colour: QColor | Qt.GlobalColor = Qt.GlobalColor.black,
    ) -> None:
        cell = QRectF(self.lefts[column], top, self.widths[column], height)
        painter.setPen(QPen(GRID, 0.2 * self.mm))
        painter.drawRect(cell)
        painter.setPen(colour)
        inner = cell.adjusted(self.padding, self.padding, -self.padding, -self.padding)
        wrap = self._wrap(painter.font(), text, inner.width())
        painter.drawText(inner, int(alignment | wrap), text)

    def _paint_sign_off(self, painter: QPainter, top: float) -> None:
        painter.setFont(self.fonts.meta)
        painter.setPen(Qt.GlobalColor.black)
        painter.drawText(
            QRectF(0, top + 8 * self.mm, self.width, self._metrics(self.fonts.meta).height()),
            int(LEFT),
            translate(
                "PickListPages",
                "Picked by ______________________     Checked by ______________________",
            ),
        )

    def _paint_footer(self, painter: QPainter, page: int, count: int) -> None:
        painter.setFont(self.fonts.footer)
        painter.setPen(Qt.GlobalColor.black)
        painter.drawText(
            QRectF(0, self.bottom, self.width, self.footer_height),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
            translate("PickListPages", "{title} — page {page} of {pages}").format(
                title=self._title(), page=number(page), pages=number(count)
            ),
        )
