"""Printing a pick list or labels, or saving them as PDF.

The pages are painted on a ``QPrinter`` (``printing.pages``), a real printer or a PDF file.
The dialogs that ask for a printer or a file name are passed in, so tests (and scripts) can
answer them.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QStandardPaths
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from warehouse_gui.gui.printing import labels as label_pages
from warehouse_gui.gui.printing.barcodes import PDF_DOTS_PER_INCH
from warehouse_gui.gui.printing.labels import Label, LabelSize
from warehouse_gui.gui.printing.pages import PickListPages
from warehouse_gui.gui.printing.pick_list import PickList
from warehouse_gui.translation import QT_TRANSLATE_NOOP, translate

logger = logging.getLogger(__name__)

MARGINS_MM = QMarginsF(15, 12, 15, 12)

AskPrinter = Callable[[QPrinter, QWidget | None], bool]  # True: print on the printer set up
AskPdfPath = Callable[[QWidget | None, str], str]  # the suggested path in, "" when cancelled


def print_dialog(title: str) -> AskPrinter:
    """The platform's print dialog (which printer, how many copies), titled ``title``
    (marked with ``QT_TRANSLATE_NOOP("Printing", ...)``, translated when it opens)."""

    def ask(printer: QPrinter, parent: QWidget | None) -> bool:
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(translate("Printing", title))
        return dialog.exec() == QDialog.DialogCode.Accepted

    return ask


def save_dialog(title: str) -> AskPdfPath:
    """A save dialog for a PDF file, titled ``title`` (marked with
    ``QT_TRANSLATE_NOOP("Printing", ...)``, translated when it opens), that suggests the
    path it is given."""

    def ask(parent: QWidget | None, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            parent,
            translate("Printing", title),
            suggested,
            translate("Printing", "PDF files (*.pdf)"),
        )
        return path

    return ask


ask_printer = print_dialog(QT_TRANSLATE_NOOP("Printing", "Print pick list"))
ask_pdf_path = save_dialog(QT_TRANSLATE_NOOP("Printing", "Save pick list as PDF"))
ask_label_printer = print_dialog(QT_TRANSLATE_NOOP("Printing", "Print labels"))
ask_labels_pdf_path = save_dialog(QT_TRANSLATE_NOOP("Printing", "Save labels as PDF"))


class AskingPrinter:
    """What prints or saves as PDF through the dialogs it was given, suggesting files in
    ``folder`` (the user's documents at first, then where the last one was saved)."""

    def __init__(
        self,
        ask_printer: AskPrinter,
        ask_pdf_path: AskPdfPath,
        folder: Path | None = None,
    ) -> None:
        self.ask_printer = ask_printer
        self.ask_pdf_path = ask_pdf_path
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.folder = folder or Path(documents or Path.home())

    def _pdf_path(self, parent: QWidget | None, file_name: str) -> Path | None:
        """The PDF file chosen, ``.pdf`` added when it has no such ending; ``None`` when
        cancelled."""
        answer = self.ask_pdf_path(parent, str(self.folder / file_name))
        if not answer:
            return None
        path = Path(answer)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        return path


class PickListPrinter(AskingPrinter):
    """Prints pick lists or saves them as PDF, asking through the dialogs it was given."""

    def __init__(
        self,
        ask_printer: AskPrinter = ask_printer,
        ask_pdf_path: AskPdfPath = ask_pdf_path,
        folder: Path | None = None,
    ) -> None:
        super().__init__(ask_printer, ask_pdf_path, folder)

    def print(self, pick: PickList, parent: QWidget | None = None) -> str | None:
        """Ask for a printer and print; the printer's name, or ``None`` when cancelled."""
        printer = printer_for(pick)
        if not self.ask_printer(printer, parent):
            return None
        PickListPages(pick, printer).paint()
        where = printer.outputFileName() or printer.printerName()
        logger.info("Printed the pick list of order %s on %s", pick.orderid, where or "the printer")
        return where or translate("Printing", "the printer")

    def save_pdf(self, pick: PickList, parent: QWidget | None = None) -> Path | None:
        """Ask where and write the PDF; its path, or ``None`` when cancelled.

        Raises ``OSError`` when the file could not be written.
        """
        path = self._pdf_path(parent, pick.file_name)
        if path is None:
            return None
        if not path.parent.is_dir():
            raise OSError(
                translate(
                    "Printing", "Could not save {path}: the folder {folder} does not exist"
                ).format(path=path, folder=path.parent)
            )
        printer = printer_for(pick)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        PickListPages(pick, printer).paint()
        if not path.is_file() or not path.stat().st_size:
            raise OSError(
                translate(
                    "Printing", "Could not save {path}: the file could not be written there"
                ).format(path=path)
            )
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


class LabelPrinter(AskingPrinter):
    """Prints labels of batches and bins or saves them as PDF, asking through the dialogs
    it was given. A label whose barcode does not fit the size is refused
    (``labels.LabelRefused``, a ``DomainError``: its ``message`` says which size holds it)
    before any dialog opens."""

    def __init__(
        self,
        ask_printer: AskPrinter = ask_label_printer,
        ask_pdf_path: AskPdfPath = ask_labels_pdf_path,
        folder: Path | None = None,
    ) -> None:
        super().__init__(ask_printer, ask_pdf_path, folder)

    def print(
        self, labels: Iterable[Label], size: LabelSize, parent: QWidget | None = None
    ) -> str | None:
        """Ask for a printer and print; the printer's name, or ``None`` when cancelled."""
        labels = _labels(labels)
        label_pages.check(labels, size)
        printer = label_printer_for(labels, size)
        if not self.ask_printer(printer, parent):
            return None
        dpi = printer.resolution()
        native = printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
        # On a label printer the bars are whole dots of it; in a PDF, of a 300-dpi one.
        dot = 25.4 / (dpi if native and dpi <= 600 else PDF_DOTS_PER_INCH)
        label_pages.check(labels, size, dot)
        label_pages.LabelPages(labels, size, printer, dpi, dot).paint()
        where = printer.outputFileName() or printer.printerName()
        logger.info("Printed %d labels (%s) on %s", len(labels), size.name, where or "the printer")
        return where or translate("Printing", "the printer")

    def save_pdf(
        self, labels: Iterable[Label], size: LabelSize, parent: QWidget | None = None
    ) -> Path | None:
        """Ask where and write the PDF; its path, or ``None`` when cancelled.

        Raises ``OSError`` when the file could not be written.
        """
        labels = _labels(labels)
        label_pages.check(labels, size)
        path = self._pdf_path(parent, labels_file_name(labels))
        if path is None:
            return None
        label_pages.write_pdf(labels, size, path)
        self.folder = path.parent
        logger.info("Saved %d labels (%s) to %s", len(labels), size.name, path)
        return path


def _labels(labels: Iterable[Label]) -> list[Label]:
    listed = list(labels)
    if not listed:
        raise label_pages.LabelRefused(
            translate("Printing", "No labels to print: choose a batch or a bin")
        )
    return listed


def labels_file_name(labels: Sequence[Label]) -> str:
    """``labels-<first code>.pdf`` (``-and-N-more`` for several), safe as a file name."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", labels[0].code).strip(".-") or "label"
    more = f"-and-{len(labels) - 1}-more" if len(labels) > 1 else ""
    return f"labels-{safe}{more}.pdf"


def label_printer_for(labels: Sequence[Label], size: LabelSize) -> QPrinter:
    """A high-resolution printer with the labels' page and no margins."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(label_pages.title_of(labels))
    printer.setCreator("Warehouse GUI")
    printer.setFullPage(True)
    label_pages.page_setup(printer, size)
    return printer
