"""A picture of one SKU's stock: a bar per batch, in allocation order, on a common scale.

Each bar is split into what is allocated and what is still available; stock that has not
arrived yet is hatched. It is painted with QPainter (QtCharts is not part of
PySide6-Essentials) in the colours of the application's palette, so it reads in light and
dark schemes alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from warehouse_gui.gui.tabs.stock.picture import BatchBar, StockPicture
from warehouse_gui.translation import QT_TRANSLATE_NOOP, number, translate

MARGIN = 10
GAP = 14
ROW_PADDING = 7
MIN_BAR_WIDTH = 160
LABEL_WIDTHS = (90, 240)  # the reference column grows with the references, within these
# How much of the highlight colour the available part takes, over a light or a dark base.
AVAILABLE_TINT = {False: 0.38, True: 0.55}
SWATCH = 14
# Bars whose words measure about as wide as any: a day with two-digit day and month, and
# figures of one digit (see StockChart._measure_columns).
WIDE_ARRIVAL = BatchBar("", date(2000, 12, 28), 1, 0)
WIDE_FIGURES = BatchBar("", None, 0, 0)


@dataclass(frozen=True)
class ChartColours:
    """The chart's colours, taken from a palette."""

    allocated: QColor
    available: QColor
    outline: QColor
    track: QColor
    text: QColor
    muted: QColor
    alternate_row: QColor

    @classmethod
    def of(cls, palette: QPalette) -> ChartColours:
        """Allocated in the highlight colour, available in a tint of it over the base."""
        highlight = palette.color(QPalette.ColorRole.Highlight)
        base = palette.color(QPalette.ColorRole.Base)
        dark = base.lightnessF() < 0.5
        return cls(
            allocated=highlight,
            available=_blend(highlight, base, AVAILABLE_TINT[dark]),
            outline=highlight,
            track=_blend(palette.color(QPalette.ColorRole.WindowText), base, 0.12),
            text=palette.color(QPalette.ColorRole.Text),
            muted=palette.color(QPalette.ColorRole.PlaceholderText),
            alternate_row=palette.color(QPalette.ColorRole.AlternateBase),
        )


def _blend(color: QColor, under: QColor, share: float) -> QColor:
    """``share`` of ``color`` over ``under``."""
    return QColor.fromRgbF(
        color.redF() * share + under.redF() * (1 - share),
        color.greenF() * share + under.greenF() * (1 - share),
        color.blueF() * share + under.blueF() * (1 - share),
    )


def paint_segments(
    painter: QPainter, rect: QRect, bar: BatchBar, scale: int, colours: ChartColours
) -> None:
    """Allocated then available, from the left of ``rect``, where ``scale`` units fill it."""
    unit = rect.width() / max(scale, 1)
    allocated = max(bar.allocated, 0)
    available = max(bar.available, 0)
    allocated_width = round(allocated * unit)
    if allocated and allocated_width < 2:
        allocated_width = 2  # a sliver stays visible
    available_width = round((allocated + available) * unit) - allocated_width
    if available and available_width < 2:
        available_width = 2
    painter.fillRect(rect, colours.track)
    allocated_rect = QRect(rect.left(), rect.top(), allocated_width, rect.height())
    available_rect = QRect(allocated_rect.right() + 1, rect.top(), available_width, rect.height())
    if allocated:
        painter.fillRect(allocated_rect, colours.allocated)
    if available:
        painter.fillRect(available_rect, colours.available)
        if bar.eta is not None:
            painter.fillRect(available_rect, QBrush(colours.outline, Qt.BrushStyle.BDiagPattern))
    if allocated or available:
        painter.setPen(QPen(colours.outline, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(
            rect.left(), rect.top(), allocated_width + available_width - 1, rect.height() - 1
        )


class StockChart(QWidget):
    """One row per batch: reference and arrival, the bar, and the figures in words.

    Rows are painted only where the widget is exposed, so a SKU with many batches scrolls
    (put the chart in a ``QScrollArea``) without painting them all.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stockChart")
        self.setAccessibleName(translate("StockChart", "Stock picture"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self.picture: StockPicture | None = None
        self.empty_text = ""
        self._column_widths = self._measure_columns()

    def set_picture(self, picture: StockPicture | None, empty_text: str = "") -> None:
        """Draw ``picture``, or ``empty_text`` when there is none or it has no batches."""
        self.picture = picture
        self.empty_text = empty_text
        self._column_widths = self._measure_columns()
        self.setAccessibleDescription(picture.summary() if picture else empty_text)
        self.updateGeometry()
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        """Measure the text columns again when the font changes."""
        if event.type() == QEvent.Type.FontChange:
            self._column_widths = self._measure_columns()
            self.updateGeometry()
        super().changeEvent(event)

    # Geometry

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def row_height(self) -> int:
        """Two lines of text and some air."""
        return 2 * self.fontMetrics().height() + 2 * ROW_PADDING

    def column_widths(self) -> tuple[int, int]:
        """The widths of the reference column and of the figures column."""
        return self._column_widths

    def _measure_columns(self) -> tuple[int, int]:
        bars = self.picture.bars if self.picture else ()
        plain, bold = self.fontMetrics(), QFontMetrics(self._bold())
        label = max(
            [plain.horizontalAdvance(WIDE_ARRIVAL.arrival)]
            + [bold.horizontalAdvance(bar.reference) for bar in bars]
            + [plain.horizontalAdvance(bar.arrival) for bar in bars]
        )
        figures = max(
            [plain.horizontalAdvance(_allocated_text(WIDE_FIGURES))]
            + [bold.horizontalAdvance(_available_text(bar)) for bar in bars]
            + [plain.horizontalAdvance(_allocated_text(bar)) for bar in bars]
        )
        return min(max(label, LABEL_WIDTHS[0]), LABEL_WIDTHS[1]), figures

    def sizeHint(self) -> QSize:
        """Wide enough for both text columns and a readable bar; tall enough for every row."""
        label, figures = self.column_widths()
        width = 2 * MARGIN + label + figures + 2 * GAP + MIN_BAR_WIDTH
        rows = len(self.picture.bars) if self.picture and self.picture.bars else 0
        height = 2 * MARGIN + rows * self.row_height() if rows else 6 * self.fontMetrics().height()
        return QSize(width, height)

    def minimumSizeHint(self) -> QSize:
        """The same: nothing is squeezed; the scroll area scrolls instead."""
        return self.sizeHint()

    def row_at(self, y: int) -> int | None:
        """The index of the batch drawn at height ``y``."""
        if not self.picture or y < MARGIN:
            return None
        row = (y - MARGIN) // self.row_height()
        return row if row < len(self.picture.bars) else None

    def bar_rect(self, row: int) -> QRect:
        """Where the bar of batch ``row`` is drawn."""
        label, figures = self.column_widths()
        top = MARGIN + row * self.row_height()
        left = MARGIN + label + GAP
        width = max(self.width() - left - GAP - figures - MARGIN, MIN_BAR_WIDTH)
        height = self.fontMetrics().height() + 6
        return QRect(left, top + (self.row_height() - height) // 2, width, height)

    # Painting

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the rows that the exposed area touches."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        colours = ChartColours.of(self.palette())
        if not self.picture or not self.picture.bars:
            painter.setPen(colours.muted)
            painter.drawText(
                self.rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.empty_text,
            )
            return
        bars = self.picture.bars
        scale = max(max(bar.purchased, bar.allocated) for bar in bars)
        row_height = self.row_height()
        exposed = event.rect()
        first = max((exposed.top() - MARGIN) // row_height, 0)
        last = min((exposed.bottom() - MARGIN) // row_height, len(bars) - 1)
        for row in range(first, last + 1):
            self._paint_row(painter, row, bars[row], scale, colours)

    def _paint_row(
        self, painter: QPainter, row: int, bar: BatchBar, scale: int, colours: ChartColours
    ) -> None:
        label_width, figures_width = self.column_widths()
        row_height = self.row_height()
        top = MARGIN + row * row_height
        if row % 2:
            painter.fillRect(QRect(0, top, self.width(), row_height), colours.alternate_row)
        line = self.fontMetrics().height()
        text_top = top + ROW_PADDING
        bold, plain = self._bold(), self.font()
        bold_metrics = QFontMetrics(bold)
        left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        painter.setFont(bold)
        painter.setPen(colours.text)
        reference = bold_metrics.elidedText(
            bar.reference, Qt.TextElideMode.ElideMiddle, label_width
        )
        painter.drawText(QRect(MARGIN, text_top, label_width, line), left, reference)
        painter.setFont(plain)
        painter.setPen(colours.text if bar.eta is None else colours.muted)
        painter.drawText(QRect(MARGIN, text_top + line, label_width, line), left, bar.arrival)

        paint_segments(painter, self.bar_rect(row), bar, scale, colours)

        figures_left = self.bar_rect(row).right() + 1 + GAP
        painter.setFont(bold)
        painter.setPen(colours.text)
        painter.drawText(
            QRect(figures_left, text_top, figures_width, line), right, _available_text(bar)
        )
        painter.setFont(plain)
        painter.setPen(colours.muted)
        painter.drawText(
            QRect(figures_left, text_top + line, figures_width, line), right, _allocated_text(bar)
        )

    def event(self, event: QEvent) -> bool:
        """A tooltip with the whole story of the batch under the mouse."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self.row_at(event.pos().y())
            if row is None or self.picture is None:
                QToolTip.hideText()
            else:
                bar = self.picture.bars[row]
                text = translate(
                    "StockChart",
                    "Batch {reference}, {arrival}: {purchased} purchased, "
                    "{allocated} allocated, {available} available",
                ).format(
                    reference=bar.reference,
                    arrival=bar.arrival,
                    purchased=number(bar.purchased),
                    allocated=number(bar.allocated),
                    available=number(bar.available),
                )
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)


class ChartLegend(QWidget):
    """What the colours of the bars mean."""

    ENTRIES = (  # the words are translated where they are painted
        (QT_TRANSLATE_NOOP("ChartLegend", "allocated"), BatchBar("", None, 1, 1)),
        (QT_TRANSLATE_NOOP("ChartLegend", "available"), BatchBar("", None, 1, 0)),
        (
            QT_TRANSLATE_NOOP("ChartLegend", "available, not arrived yet"),
            BatchBar("", date.max, 1, 0),
        ),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stockChartLegend")
        # Painted words are out of a screen reader's reach: name them.
        self.setAccessibleName(translate("ChartLegend", "Legend"))
        self.setAccessibleDescription(
            translate(
                "ChartLegend",
                "Each bar shows the allocated units filled, the available units in a "
                "lighter shade, and the units not arrived yet hatched",
            )
        )
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        """One line of swatches and words."""
        metrics = self.fontMetrics()
        width = sum(
            SWATCH + 6 + metrics.horizontalAdvance(translate("ChartLegend", text)) + GAP
            for text, _ in self.ENTRIES
        )
        return QSize(width, max(metrics.height(), SWATCH) + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Swatches painted exactly as the bars are."""
        painter = QPainter(self)
        colours = ChartColours.of(self.palette())
        metrics = self.fontMetrics()
        x = 0
        middle = self.height() // 2
        for source, sample in self.ENTRIES:
            text = translate("ChartLegend", source)
            paint_segments(
                painter, QRect(x, middle - SWATCH // 2, SWATCH, SWATCH), sample, 1, colours
            )
            x += SWATCH + 6
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            width = metrics.horizontalAdvance(text)
            painter.drawText(
                QRect(QPoint(x, 0), QSize(width, self.height())),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
            x += width + GAP


def _available_text(bar: BatchBar) -> str:
    return translate("StockChart", "{available} available").format(available=number(bar.available))


def _allocated_text(bar: BatchBar) -> str:
    return translate("StockChart", "{allocated} of {purchased} allocated").format(
        allocated=number(bar.allocated), purchased=number(bar.purchased)
    )
