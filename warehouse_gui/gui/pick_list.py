"""Pick lists: an order's lines on paper (or PDF), in walking order, with a box to tick each.

The page is a ``QTextDocument`` printed through Qt's printing support. The dialogs that ask
for a printer or a file name are passed in, so tests (and scripts) can answer them.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QStandardPaths
from PySide6.QtGui import QFont, QPageLayout, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

if TYPE_CHECKING:
    from warehouse_gui.views import OrderAllocation

logger = logging.getLogger(__name__)

BODY_POINTS = 13
MARGINS_MM = QMarginsF(15, 12, 15, 12)

AskPrinter = Callable[[QPrinter, QWidget | None], bool]  # True: print on the printer set up
AskPdfPath = Callable[[QWidget | None, str], str]  # the suggested path in, "" when cancelled


@dataclass(frozen=True)
class PickLine:
    """One line to pick: which batch to take how much of which SKU from."""

    batchref: str
    sku: str
    qty: int
    eta: date | None  # None: the batch is in the warehouse

    @property
    def note(self) -> str:
        """What the picker must know beyond where and how much."""
        return "" if self.eta is None else f"not in yet — arrives {self.eta.isoformat()}"


@dataclass(frozen=True)
class PickList:
    """An order's lines in walking order (batches in the warehouse first, by reference)."""

    orderid: str
    printed_at: datetime
    station: str
    operator: str
    lines: tuple[PickLine, ...]

    @classmethod
    def of(
        cls,
        orderid: str,
        allocations: Iterable[OrderAllocation],
        eta_of: Callable[[str], date | None],
        station: str,
        operator: str,
        printed_at: datetime,
    ) -> PickList:
        """The pick list of ``orderid``; ``eta_of`` tells a batch's ETA by its reference."""
        lines = sorted(
            (PickLine(a.batchref, a.sku, a.qty, eta_of(a.batchref)) for a in allocations),
            key=lambda line: (line.eta is not None, line.batchref, line.sku),
        )
        return cls(orderid, printed_at, station, operator, tuple(lines))

    @property
    def units(self) -> int:
        """Units to pick in all."""
        return sum(line.qty for line in self.lines)

    @property
    def file_name(self) -> str:
        """``pick-list-<order>.pdf``, with anything a file name should not hold replaced."""
        safe = re.sub(r"[^A-Za-z0-9._-]+", "-", self.orderid).strip(".-") or "order"
        return f"pick-list-{safe}.pdf"

    def html(self) -> str:
        """The page as the rich text ``QTextDocument`` understands."""
        count = len(self.lines)
        rows = "".join(
            "<tr>"
            "<td class='tick'>&nbsp;</td>"
            f"<td><b>{escape(line.batchref)}</b></td>"
            f"<td>{escape(line.sku)}</td>"
            f"<td class='qty'>{line.qty:,}</td>"
            f"<td class='note'>{escape(line.note)}</td>"
            "</tr>"
            for line in self.lines
        )
        # Lengths in px: QTextDocument scales them to the printer (it ignores pt there).
        return f"""
<style>
  h1 {{ font-size: 22pt; margin-bottom: 4px; }}
  p.meta {{ font-size: 11pt; margin-top: 0; margin-bottom: 14px; }}
  table {{ border-collapse: collapse; border-color: #666666; }}
  th {{ font-size: 11pt; text-align: left; background-color: #e6e6e6; }}
  td {{ vertical-align: middle; }}
  td.qty {{ text-align: right; font-size: 16pt; font-weight: bold; }}
  th.qty {{ text-align: right; }}
  td.note {{ font-size: 11pt; font-weight: bold; }}
  p.sign {{ font-size: 11pt; margin-top: 36px; }}
</style>
<h1>Pick list — order {escape(self.orderid)}</h1>
<p class='meta'>Printed {self.printed_at:%Y-%m-%d %H:%M} at station {escape(self.station)}
by {escape(self.operator)} · {count} line{"s" if count != 1 else ""}, {self.units:,} units ·
in walking order (by batch)</p>
<table width='100%' border='1' cellspacing='0' cellpadding='9'>
<thead><tr><th width='8%'>✓</th><th width='32%'>Batch</th><th width='23%'>SKU</th>
<th width='9%' class='qty'>Qty</th><th width='28%'>Note</th></tr></thead>
{rows}
</table>
<p class='sign'>Picked by ______________________ &nbsp;&nbsp; Checked by
______________________</p>
"""

    def document(self, printer: QPrinter | None = None) -> QTextDocument:
        """The page, in large clear type, laid out for ``printer``'s page when given."""
        document = QTextDocument()
        if printer is not None:
            # Laid out on the printer itself: its margins are the page's, and type sizes
            # are the printer's points (print_() would otherwise add 2 cm margins of its own).
            document.documentLayout().setPaintDevice(printer)
            document.setPageSize(printer.pageRect(QPrinter.Unit.DevicePixel).size())
        font = QFont(QApplication.font())
        font.setPointSize(BODY_POINTS)
        document.setDefaultFont(font)
        document.setHtml(self.html())
        return document


def ask_printer(printer: QPrinter, parent: QWidget | None) -> bool:
    """The platform's print dialog: which printer, how many copies."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print pick list")
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_pdf_path(parent: QWidget | None, suggested: str) -> str:
    """A save dialog that suggests ``suggested``."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, "Save pick list as PDF", suggested, "PDF files (*.pdf)"
    )
    return path


class PickListPrinter:
    """Prints pick lists or saves them as PDF, asking through the dialogs it was given."""

    def __init__(
        self,
        ask_printer: AskPrinter = ask_printer,
        ask_pdf_path: AskPdfPath = ask_pdf_path,
        folder: Path | None = None,
    ) -> None:
        self.ask_printer = ask_printer
        self.ask_pdf_path = ask_pdf_path
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.folder = folder or Path(documents or Path.home())

    def print(self, pick: PickList, parent: QWidget | None = None) -> str | None:
        """Ask for a printer and print; the printer's name, or ``None`` when cancelled."""
        printer = _printer(pick)
        if not self.ask_printer(printer, parent):
            return None
        pick.document(printer).print_(printer)
        where = printer.outputFileName() or printer.printerName() or "the printer"
        logger.info("Printed the pick list of order %s on %s", pick.orderid, where)
        return where

    def save_pdf(self, pick: PickList, parent: QWidget | None = None) -> Path | None:
        """Ask where and write the PDF; its path, or ``None`` when cancelled.

        Raises ``OSError`` when the file could not be written.
        """
        answer = self.ask_pdf_path(parent, str(self.folder / pick.file_name))
        if not answer:
            return None
        path = Path(answer)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        if not path.parent.is_dir():
            raise OSError(f"Could not save {path}: the folder {path.parent} does not exist")
        printer = _printer(pick)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        pick.document(printer).print_(printer)
        if not path.is_file() or not path.stat().st_size:
            raise OSError(f"Could not save {path}: the file could not be written there")
        self.folder = path.parent
        logger.info("Saved the pick list of order %s to %s", pick.orderid, path)
        return path


def _printer(pick: PickList) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(f"Pick list {pick.orderid}")
    printer.setCreator("Warehouse GUI")
    printer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    return printer
