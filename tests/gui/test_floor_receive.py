"""Receiving with a location, the labels of what was just received (F6, Shift+F6), labels
printed again from the batch table (F7, Shift+F7), the labels of their bins (F9, Shift+F9),
and a batch moved by two scans (Ctrl+M), all by keyboard."""

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from tests.gui.people_support import key
from tests.label_decoding import decoded_pages
from warehouse_gui.gui.printing.printer import LabelPrinter
from warehouse_gui.queries import History

SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


class Dialogs:
    """Stands in for the print and save dialogs: each answer goes to the next file."""

    def __init__(self, folder):
        self.folder = folder
        self.written = []
        self.suggested = []

    def ask_pdf_path(self, parent, suggested):
        self.suggested.append(suggested)
        self.written.append(self.folder / f"saved-{len(self.written) + 1}.pdf")
        return str(self.written[-1])

    def ask_printer(self, printer, parent):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.written.append(self.folder / f"printed-{len(self.written) + 1}.pdf")
        printer.setOutputFileName(str(self.written[-1]))
        return True


def answered_dialogs(app, tmp_path):
    dialogs = Dialogs(tmp_path)
    app.window.labels.printer = LabelPrinter(
        ask_printer=dialogs.ask_printer, ask_pdf_path=dialogs.ask_pdf_path
    )
    return dialogs


def pdf_text(path):
    return " ".join(page.extract_text() for page in PdfReader(str(path)).pages)


def receive(app, ref, sku, qty, location):
    """Scan a batch into the New batch form; the location after two Tabs (past the ETA)."""
    app.shortcut(Qt.Key.Key_N)
    app.scan(ref, sku)
    app.qtbot.keyClicks(app.focused(), qty)
    app.tab_as_a_person()
    app.tab_as_a_person()
    assert app.focused() is app.window.new_batch_form.edits["location"]
    app.scan_and_wait(location)


def test_receive_with_a_location_then_save_the_labels_of_what_was_received(empty_app, tmp_path):
    app = empty_app
    dialogs = answered_dialogs(app, tmp_path)
    receive(app, "lamp-1", "LAMP", "10", "a-03-2")
    receive(app, "chair-1", "CHAIR", "4", "B-1")
    assert app.row("lamp-1") == ["lamp-1", "LAMP", "in stock", "10", "0", "10"]
    assert app.location("lamp-1") == "A-03-2", "bin codes are upper case"
    assert app.stored_batches()["lamp-1"].location == "A-03-2"

    key(app, Qt.Key.Key_F6, SHIFT)
    assert app.said == f"Saved 2 labels to {dialogs.written[0]}"
    assert decoded_pages(dialogs.written[0]) == [["lamp-1"], ["chair-1"]], "they scan"
    text = pdf_text(dialogs.written[0])
    for shown in ("lamp-1", "LAMP", "A-03-2", "chair-1", "CHAIR", "B-1"):
        assert shown in text

    key(app, Qt.Key.Key_F6, NONE)
    assert app.said.startswith("No new batches to label"), "printed once"
    assert len(dialogs.written) == 1

    receive(app, "rug-1", "RUG", "2", "C-9")
    key(app, Qt.Key.Key_F6, NONE)
    assert app.said == f"Printed 1 label on {dialogs.written[1]}"
    assert decoded_pages(dialogs.written[1]) == [["rug-1"]], "only what came since"


def test_labels_of_the_selected_batches_are_printed_again(app, tmp_path):
    dialogs = answered_dialogs(app, tmp_path)
    app.shortcut(Qt.Key.Key_B)
    table = app.window.batches_view.table
    table.setCurrentIndex(app.model.index(app.model.row_of("lamp-1"), 0))
    app.qtbot.keyClick(table, Qt.Key.Key_Down, SHIFT)  # sorted by SKU: lamp-2 is next
    key(app, Qt.Key.Key_F7, SHIFT)
    assert app.said == f"Saved 2 labels to {dialogs.written[0]}"
    assert decoded_pages(dialogs.written[0]) == [["lamp-1"], ["lamp-2"]]


def test_the_bins_of_the_selected_batches_get_labels_in_walking_order(app, tmp_path):
    dialogs = answered_dialogs(app, tmp_path)
    app.shortcut(Qt.Key.Key_B)
    table = app.window.batches_view.table
    table.setCurrentIndex(app.model.index(app.model.row_of("lamp-1"), 0))
    key(app, Qt.Key.Key_F9, SHIFT)
    assert app.said.startswith("The selected batches stand in no bin yet")
    assert dialogs.written == []

    for reference, bin_code in (("lamp-1", "A-10"), ("lamp-2", "A-2")):
        app.shortcut(Qt.Key.Key_M)
        app.scan(reference)
        app.scan_and_wait(bin_code)
    app.shortcut(Qt.Key.Key_B)
    table.setCurrentIndex(app.model.index(app.model.row_of("lamp-1"), 0))
    app.qtbot.keyClick(table, Qt.Key.Key_Down, SHIFT)
    key(app, Qt.Key.Key_F9, SHIFT)
    assert app.said == f"Saved 2 labels to {dialogs.written[0]}"
    assert decoded_pages(dialogs.written[0]) == [["A-2"], ["A-10"]]


def test_a_batch_is_moved_by_two_scans_and_moved_back_by_undo(app):
    form = app.window.move_form
    app.shortcut(Qt.Key.Key_M)
    assert app.focused() is form.edits["ref"]
    app.scan("lamp-1")
    assert app.focused() is form.edits["location"]
    app.scan_and_wait("B-07-1")
    assert app.said == "Moved batch lamp-1 to B-07-1"
    assert app.location("lamp-1") == "B-07-1"
    assert app.focused() is form.edits["ref"], "ready for the next batch"

    app.scan("lamp-1")
    app.scan_and_wait("C-1")
    assert app.said == "Moved batch lamp-1 to C-1 (from B-07-1)"
    moves = [e for e in app.ask(History(sku="LAMP")) if e.type == "BatchMoved"]
    assert [e.fields["location"] for e in moves] == ["C-1", "B-07-1"]

    with app.answered():
        app.shortcut(Qt.Key.Key_Z)
    assert app.said == "Undone: move of batch lamp-1 to C-1 — back at B-07-1"
    assert app.location("lamp-1") == "B-07-1"
    app.shortcut(Qt.Key.Key_Z)
    assert app.said.startswith("Move of batch lamp-1 to B-07-1 cannot be undone: it had no")


def test_a_move_to_an_unknown_batch_is_refused_in_the_form(app):
    form = app.window.move_form
    app.shortcut(Qt.Key.Key_M)
    app.scan("lamp-9")
    app.scan_and_wait("A-1")
    assert form.error_label.text() == "No batch has the reference lamp-9"
    assert app.focused() is form.edits["ref"]


def test_the_stock_picture_says_where_a_batch_stands(app):
    app.shortcut(Qt.Key.Key_M)
    app.scan("lamp-1")
    app.scan_and_wait("A-3")
    app.shortcut(Qt.Key.Key_G)
    view = app.window.stock_view
    view.show_sku("LAMP")
    arrivals = {bar.reference: bar.arrival for bar in view.picture.bars}
    assert arrivals == {"lamp-1": "in stock at A-3", "lamp-2": "arrives 2027-01-15"}


def test_an_import_with_locations_then_f6_prints_the_labels_it_received(empty_app, tmp_path):
    app = empty_app
    dialogs = answered_dialogs(app, tmp_path)
    path = tmp_path / "deliveries.csv"
    path.write_text(
        "reference,sku,qty,eta,location\nlamp-9,LAMP,12,,A-2\ndesk-1,DESK,4,2027-03-01,\n",
        encoding="utf-8",
    )
    importer = app.window.dialogs.batch_import
    importer.choose_file = lambda: path
    app.shortcut(Qt.Key.Key_I)
    dialog = importer.dialog
    app.qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    app.wait_idle()
    cells = [dialog.table.item(0, column).text() for column in range(dialog.table.columnCount())]
    assert cells == ["2", "lamp-9", "LAMP", "12", "in stock", "A-2"]
    with app.answered():
        app.qtbot.keyClick(app.focused(), Qt.Key.Key_Return)
    app.activate()
    assert app.location("lamp-9") == "A-2" and app.location("desk-1") == ""

    key(app, Qt.Key.Key_F6, SHIFT)
    assert app.said == f"Saved 2 labels to {dialogs.written[0]}"
    text = pdf_text(dialogs.written[0])
    assert "lamp-9" in text and "desk-1" in text and "2027-03-01" in text


def test_the_label_size_chosen_in_preferences_is_the_size_printed(empty_app, tmp_path):
    app = empty_app
    dialogs = answered_dialogs(app, tmp_path)
    key(app, Qt.Key.Key_Comma)
    app.qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    preferences = QApplication.activeModalWidget()
    assert preferences.label_size_box.currentText() == "62 × 29 mm"
    app.qtbot.waitUntil(lambda: QApplication.activeWindow() is preferences)
    key(app, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert app.focused() is preferences.label_size_box
    app.qtbot.keyClick(app.focused(), Qt.Key.Key_Down)
    assert preferences.label_size_box.currentText() == "4 × 6 in"
    app.qtbot.keyClick(app.focused(), Qt.Key.Key_Return)
    app.qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    app.activate()

    receive(app, "lamp-1", "LAMP", "10", "A-1")
    key(app, Qt.Key.Key_F6, SHIFT)
    [page] = PdfReader(str(dialogs.written[0])).pages
    width_in, height_in = (float(side) / 72 for side in (page.mediabox.width, page.mediabox.height))
    assert (round(width_in, 1), round(height_in, 1)) == (4.0, 6.0)
    assert decoded_pages(dialogs.written[0]) == [["lamp-1"]]
