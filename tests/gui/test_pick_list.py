"""Pick lists: Ctrl+P prints the shown order's, Ctrl+Shift+P saves it as PDF; its lines in
walking order, each led by its location, and the order id as a barcode at the top."""

from datetime import date, datetime

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from tests.gui.pick_list_support import Dialogs, pdf_lines, pdf_text, shift_ctrl, use
from tests.label_decoding import decoded_pages
from warehouse_gui.domain import commands
from warehouse_gui.gui.printing.pages import PickListPages
from warehouse_gui.gui.printing.printer import PickList, PickListPrinter, printer_for
from warehouse_gui.read_model import OrderAllocation


def allocate(app, orderid, sku, qty):
    with app.answered():
        app.submit(commands.Allocate(orderid, sku, qty))


def look_up_order(app, orderid):
    app.shortcut(Qt.Key.Key_O)
    with app.answered():
        app.scan(orderid)


@pytest.fixture
def order_shown(app):
    """order-1: 2 CHAIR from chair-1 (in stock) and 30 LAMP from lamp-2 (arriving),
    since lamp-1's 20 cannot hold 30."""
    allocate(app, "order-1", "LAMP", 30)
    allocate(app, "order-1", "CHAIR", 2)
    allocate(app, "order-2", "LAMP", 5)
    look_up_order(app, "order-1")
    return app


def test_ctrl_shift_p_saves_the_shown_orders_pick_list_as_pdf(order_shown, tmp_path):
    app = order_shown
    dialogs = Dialogs(pdf_path=tmp_path / "out" / "order-1 pick")
    (tmp_path / "out").mkdir()
    use(app, dialogs)

    shift_ctrl(app, Qt.Key.Key_P)

    assert dialogs.suggested[0].endswith("/pick-list-order-1.pdf")
    saved = tmp_path / "out" / "order-1 pick.pdf"
    text = pdf_text(saved)
    assert "Pick list — order-1 " in text, "the id says order already"
    assert "order order-1" not in text
    assert "desk-test" in text and "tester" in text
    assert "2 lines, 32 units" in text
    # In walking order: the batch in the warehouse first, the one on its way last.
    assert text.index("chair-1") < text.index("lamp-2")
    assert "CHAIR" in text and "LAMP" in text
    assert "not in yet — arrives 2027-01-15" in text
    rows = [line.split() for line in pdf_lines(saved)]
    assert ["—", "chair-1", "CHAIR", "2"] in rows, "no location yet: a dash where it goes"
    assert ["—", "lamp-2", "LAMP", "30", "not", "in", "yet", "—", "arrives"] in rows
    assert "page 1 of 1" in text
    assert "order-2" not in text
    assert app.said == f"Saved the pick list of order-1 to {saved}"
    assert decoded_pages(saved) == [["order-1"]], "the order id scans from the top"


def test_the_shown_orders_pick_list_walks_the_bins_in_order_and_shows_what_is_picked(app, tmp_path):
    with app.answered():
        app.submit(commands.MoveBatch("chair-1", "A-10"))
    with app.answered():
        app.submit(commands.MoveBatch("lamp-1", "a-2"))
    allocate(app, "order-5", "CHAIR", 1)
    allocate(app, "order-5", "LAMP", 3)
    with app.answered():
        app.submit(commands.ConfirmPick("order-5", "CHAIR", "chair-1", 1))
    look_up_order(app, "order-5")
    use(app, Dialogs(pdf_path=tmp_path / "order-5.pdf"))

    shift_ctrl(app, Qt.Key.Key_P)

    rows = [line.split() for line in pdf_lines(tmp_path / "order-5.pdf")]
    table = rows[rows.index(["✓", "Location", "Batch", "SKU", "Qty", "Note"]) + 1 :]
    assert table[:2] == [
        ["A-2", "lamp-1", "LAMP", "3"],
        ["A-10", "chair-1", "CHAIR", "1", "picked"],
    ], "A-2 before A-10, the location first"
    assert decoded_pages(tmp_path / "order-5.pdf") == [["order-5"]]


def test_ctrl_p_prints_the_shown_order_through_the_print_dialog(order_shown, tmp_path):
    app = order_shown
    dialogs = Dialogs(print_to=tmp_path / "printed.pdf")
    use(app, dialogs)

    app.shortcut(Qt.Key.Key_P)

    assert len(dialogs.printers) == 1
    assert dialogs.printers[0].docName() == "Pick list — order-1"
    text = pdf_text(tmp_path / "printed.pdf")
    assert "chair-1" in text and "lamp-2" in text
    assert "Printed the pick list of order-1 on " in app.said


def test_cancelled_dialogs_print_and_save_nothing(order_shown, tmp_path):
    app = order_shown
    dialogs = Dialogs()
    use(app, dialogs)
    before = app.said

    app.shortcut(Qt.Key.Key_P)
    shift_ctrl(app, Qt.Key.Key_P)

    assert len(dialogs.printers) == 1 and len(dialogs.suggested) == 1
    assert list(tmp_path.glob("*.pdf")) == []
    assert app.said == before


def test_without_an_order_shown_ctrl_p_says_what_to_do(app, tmp_path):
    dialogs = Dialogs(print_to=tmp_path / "printed.pdf")
    use(app, dialogs)
    app.shortcut(Qt.Key.Key_N)

    app.shortcut(Qt.Key.Key_P)

    view = app.window.orders_view
    assert dialogs.printers == []
    assert app.window.tabs.currentWidget() is app.window.orders_tab.page and view.isVisible()
    assert app.focused() is view.order_edit, "ready to type the order id"
    assert view.error_label.isVisible()
    assert "No order shown: type its ID here and press Enter" in view.error_label.text()


def test_an_order_without_allocations_has_no_pick_list(app, tmp_path):
    dialogs = Dialogs(pdf_path=tmp_path / "x.pdf")
    use(app, dialogs)
    look_up_order(app, "order-404")

    shift_ctrl(app, Qt.Key.Key_P)

    assert dialogs.suggested == []
    assert app.window.orders_view.error_label.text() == (
        "Nothing to pick: order-404 has no allocated lines"
    )


def test_a_folder_that_does_not_exist_is_reported(order_shown, tmp_path):
    app = order_shown
    use(app, Dialogs(pdf_path=tmp_path / "missing" / "list.pdf"))

    shift_ctrl(app, Qt.Key.Key_P)

    error = app.window.orders_view.error_label
    assert error.isVisible()
    assert f"the folder {tmp_path / 'missing'} does not exist" in error.text()


@pytest.mark.parametrize(
    ("orderid", "name"),
    [
        ("order-1", "pick-list-order-1.pdf"),
        ("ORD/2026 #7", "pick-list-ORD-2026-7.pdf"),
        ("../..", "pick-list-order.pdf"),
    ],
)
def test_the_suggested_file_name_is_safe(orderid, name):
    pick = PickList.of(orderid, [], lambda ref: None, "desk", "me", datetime(2026, 1, 1))
    assert pick.file_name == name


def test_lines_are_sorted_for_walking():
    allocations = [
        OrderAllocation("GAMMA", 1, "z-batch"),
        OrderAllocation("ALPHA", 2, "b-batch"),
        OrderAllocation("OMEGA", 3, "a-ship"),
    ]
    etas = {"a-ship": date(2027, 3, 1)}
    pick = PickList.of("o-1", allocations, etas.get, "desk", "me", datetime(2026, 1, 1, 9, 5))
    assert [line.batchref for line in pick.lines] == ["b-batch", "z-batch", "a-ship"]
    assert [line.note for line in pick.lines] == ["", "", "not in yet — arrives 2027-03-01"]
    assert pick.units == 6


def test_lines_are_sorted_by_location_in_natural_order_and_picked_lines_say_so():
    allocations = [
        OrderAllocation("LAMP", 5, "lamp-1", location="A-10"),
        OrderAllocation("DESK", 1, "desk-9"),
        OrderAllocation("CHAIR", 2, "chair-1", location="A-2", picked=True),
        OrderAllocation("SOFA", 1, "sofa-1", location="B-1"),
        OrderAllocation("SHADE", 3, "shade-1", location="A-2-10"),
        OrderAllocation("RUG", 4, "rug-7", location="A-9"),
    ]
    etas = {"sofa-1": date(2027, 3, 1)}
    pick = PickList.of("o-1", allocations, etas.get, "desk", "me", datetime(2026, 1, 1))
    assert [line.location for line in pick.lines] == ["A-2", "A-2-10", "A-9", "A-10", None, "B-1"]
    assert [line.note for line in pick.lines][:2] == ["picked", ""]
    assert pick.lines[-1].note == "not in yet — arrives 2027-03-01", "not in yet: last"
    assert pick.picked == 1


def test_the_location_leads_each_row_and_the_order_barcode_scans(qapp, tmp_path):
    allocations = [
        OrderAllocation("LAMP", 5, "lamp-1", location="A-10"),
        OrderAllocation("CHAIR", 2, "chair-1", location="A-2", picked=True),
        OrderAllocation("DESK", 1, "desk-9"),
    ]
    pick = PickList.of("order-1008", allocations, lambda ref: None, "desk", "me", datetime.now())
    path = tmp_path / "pick.pdf"

    PickListPrinter(ask_pdf_path=lambda parent, suggested: str(path)).save_pdf(pick)

    rows = [line.split() for line in pdf_lines(path)]
    table = rows[rows.index(["✓", "Location", "Batch", "SKU", "Qty", "Note"]) + 1 :]
    assert table[:3] == [
        ["A-2", "chair-1", "CHAIR", "2", "picked"],
        ["A-10", "lamp-1", "LAMP", "5"],
        ["—", "desk-9", "DESK", "1"],
    ]
    assert "in walking order (by location) · 1 picked already" in pdf_text(path)
    assert decoded_pages(path) == [["order-1008"]]


@pytest.mark.parametrize(
    ("orderid", "barcodes"),
    [
        (
            "ORDER-2026-12-03-WAREHOUSE-NORTH-00001234",
            ["ORDER-2026-12-03-WAREHOUSE-NORTH-00001234"],
        ),
        ("commande-é", []),
    ],
)
def test_a_long_order_id_scans_under_the_title_and_one_without_a_barcode_still_prints(
    qapp, tmp_path, orderid, barcodes
):
    allocations = [OrderAllocation("LAMP", 5, "lamp-1", location="A-1")]
    pick = PickList.of(orderid, allocations, lambda ref: None, "desk", "me", datetime.now())
    path = tmp_path / "pick.pdf"

    PickListPrinter(ask_pdf_path=lambda parent, suggested: str(path)).save_pdf(pick)

    assert decoded_pages(path) == [barcodes]
    assert ["A-1", "lamp-1", "LAMP", "5"] in [line.split() for line in pdf_lines(path)]


def test_a_long_list_runs_over_pages_without_splitting_a_row(qapp, tmp_path):
    allocations = [
        OrderAllocation(f"SKU-{n:03d}" + ("-WITH-A-LONG-NAME" * (n % 3)), n + 1, f"b-{n:03d}")
        for n in range(60)
    ]
    pick = PickList.of("o-9", allocations, lambda ref: None, "desk", "me", datetime(2026, 1, 1))
    path = tmp_path / "long.pdf"
    PickListPrinter(ask_pdf_path=lambda parent, suggested: str(path)).save_pdf(pick)

    reader = PdfReader(str(path))
    count = len(reader.pages)
    assert count >= 2
    for number, page in enumerate(reader.pages, start=1):
        text = " ".join(page.extract_text().split())
        assert "Location Batch SKU Qty Note" in text, "the headings repeat on every page"
        assert f"Pick list — o-9 — page {number} of {count}" in text
    printer = printer_for(pick)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    layout = PickListPages(pick, printer)
    pages = layout.layout()
    assert len(pages) == count
    placed = [p.line.batchref for page in pages for p in page if p.line is not None]
    assert placed == [line.batchref for line in pick.lines], "every line once, in order"
    assert all(p.top + p.height <= layout.bottom for page in pages for p in page), (
        "no row crosses into the footer or the next page"
    )


def test_f1_lists_the_pick_list_keys_and_the_file_menu_has_them(app, qtbot):
    qtbot.keyClick(app.focused(), Qt.Key.Key_F1)
    dialog = QApplication.activeModalWidget()
    keys = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert "Ctrl+P" in keys and "Ctrl+Shift+P" in keys
    dialog.close()
    [file_menu] = [a.menu() for a in app.window.menuBar().actions() if a.text() == "&File"]
    texts = [action.text().partition("\t")[0] for action in file_menu.actions()]
    assert "&Print pick list…" in texts and "Save pick list as P&DF…" in texts
