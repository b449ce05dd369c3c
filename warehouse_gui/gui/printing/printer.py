"""Printing a pick list, or saving it as PDF.

The pages are painted on a ``QPrinter`` (``printing.pages``), a real printer or a PDF file.
The dialogs that ask for a printer or a file name are passed in, so tests (and scripts) can
answer them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QStandardPaths
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from warehouse_gui.gui.printing.pages import PickListPages
from warehouse_gui.gui.printing.pick_list import PickList

logger = logging.getLogger(__name__)

MARGINS_MM = QMarginsF(15, 12, 15, 12)

AskPrinter = Callable[[QPrinter, QWidget | None], bool]  # True: print on the printer set up
AskPdfPath = Callable[[QWidget | None, str], str]  # the suggested path in, "" when cancelled


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
        printer = printer_for(pick)
        if not self.ask_printer(printer, parent):
            return None
        PickListPages(pick, printer).paint()
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
        printer = printer_for(pick)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        PickListPages(pick, printer).paint()
        if not path.is_file() or not path.stat().st_size:
            raise OSError(f"Could not save {path}: the file could not be written there")
        self.folder = path.parent
        logger.info("Saved the pick list of order %s to %s", pick.orderid, path)
        return path


def printer_for(pick: PickList) -> QPrinter:
    """A high-resolution printer named after the pick list, with the pick list's margins."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(pick.title)
    printer.setCreator("Warehouse GUI")
    printer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    return printer
