"""What the pick-list tests share: stand-ins for the print and save dialogs, and reading
back the PDF they wrote."""

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from warehouse_gui.gui.printing.printer import PickListPrinter


class Dialogs:
    """Stands in for the print and save dialogs, recording what they were asked."""

    def __init__(self, pdf_path="", print_to=None):
        self.pdf_path = str(pdf_path)
        self.print_to = print_to
        self.suggested = []
        self.printers = []

    def ask_pdf_path(self, parent, suggested):
        self.suggested.append(suggested)
        return self.pdf_path

    def ask_printer(self, printer, parent):
        self.printers.append(printer)
        if self.print_to is None:
            return False
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.print_to))
        return True


def use(app, dialogs):
    app.window.pick_lists.printer = PickListPrinter(
        ask_printer=dialogs.ask_printer, ask_pdf_path=dialogs.ask_pdf_path
    )


def shift_ctrl(app, key):
    app.qtbot.keyClick(
        app.focused(), key, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )


def pdf_lines(path):
    """The PDF's text as laid out, line by line (a table row is a line), each word
    separated by one space."""
    reader = PdfReader(str(path))
    text = "\n".join(page.extract_text(extraction_mode="layout") for page in reader.pages)
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def pdf_text(path):
    return " ".join(pdf_lines(path))
