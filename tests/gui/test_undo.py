"""Ctrl+Z undoes this workstation's own last actions by compensating commands, and the
history keeps both the action and its undoing."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.gui.harness import desks_on
from warehouse_gui import views
from warehouse_gui.bootstrap import bootstrap, database_unit_of_work
from warehouse_gui.domain import commands, events
from warehouse_gui.gui.undo.compensations import (
    CannotUndo,
    CarriedOut,
    Compensation,
    compensation_for,
)
from warehouse_gui.queries import WaitingLines

LIVE_TIMEOUT_MS = 5000


def sent_commands(app):
    """Every command the window sends from now on."""
    sent = []
    app.bus.command_requested.connect(lambda submission: sent.append(submission.command))
    return sent


def undo(app):
    """Ctrl+Z where the cursor is, and wait for the compensating command's answer."""
    with app.answered():
        app.shortcut(Qt.Key.Key_Z)


def allocate_by_scans(app, orderid, sku, qty):
    app.shortcut(Qt.Key.Key_L)
    app.scan(orderid, sku)
    app.scan_and_wait(qty)


def logged(app):
    """The event log, newest first, as (type, order, batch) triples."""
    return [
        (entry.type, entry.orderid, entry.fields.get("batchref"))
        for entry in views.history(database_unit_of_work(app.db_url))
    ]


def history_shown(app):
    model = app.window.history_model
    return [[model.index(row, column).data() for column in (1, 3)] for row in range(4)]


def undo_item(app):
    action = app.window.undo_item.item
    return action.text(), action.isEnabled()


def test_ctrl_z_right_after_a_scanned_allocation_deallocates_it(app):
    before = app.row("lamp-1")
    allocate_by_scans(app, "order-1", "LAMP", "8")
    assert app.row("lamp-1")[4:] == ["8", "12"]
    form = app.window.allocate_form
    assert app.focused() is form.edits["orderid"] and form.edits["orderid"].text() == ""
    assert undo_item(app) == ("&Undo allocation of order-1 (8 × LAMP)\tCtrl+Z", True)

    sent = sent_commands(app)
    undo(app)

    assert sent == [commands.Deallocate("order-1", "LAMP")]
    assert app.row("lamp-1") == before
    assert app.stored_batches()["lamp-1"].allocated == 0
    assert logged(app)[:2] == [
        ("Deallocated", "order-1", "lamp-1"),
        ("Allocated", "order-1", "lamp-1"),
    ]
    assert history_shown(app)[:2] == [["Deallocated", "order-1"], ["Allocated", "order-1"]]
    assert app.said == ("Undone: allocation of order-1 (8 × LAMP) — deallocated")
    assert app.focused() is form.edits["orderid"], "the cursor stays where it was"
    assert undo_item(app) == ("Nothing to undo\tCtrl+Z", False)


def test_each_ctrl_z_walks_one_action_further_back(app):
    allocate_by_scans(app, "order-1", "LAMP", "2")
    allocate_by_scans(app, "order-2", "CHAIR", "3")
    undo(app)
    assert app.row("chair-1")[4] == "0" and app.row("lamp-1")[4] == "2"
    undo(app)
    assert app.row("lamp-1")[4] == "0"
    assert [e.allocated for e in app.stored_batches().values()] == [0, 0, 0]

    sent = sent_commands(app)
    app.shortcut(Qt.Key.Key_Z)
    assert sent == []
    assert app.said.startswith("Nothing to undo")


def test_nothing_to_undo_says_so(app):
    sent = sent_commands(app)
    assert undo_item(app) == ("Nothing to undo\tCtrl+Z", False)
    app.shortcut(Qt.Key.Key_Z)
    assert sent == []
    assert app.said == (
        "Nothing to undo: only this workstation's own actions since it started can be undone"
    )


def test_undoing_a_cancelled_allocation_allocates_the_line_again(app, qtbot):
    with app.answered():
        app.submit(commands.Allocate("order-1", "LAMP", 3))
    app.shortcut(Qt.Key.Key_O)
    with app.answered():
        app.scan("order-1")
    view = app.window.orders_view
    qtbot.keyClick(view.order_edit, Qt.Key.Key_Down)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view.confirmation)
    with app.answered():
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert app.row("lamp-1")[4] == "0"
    app.activate()

    sent = sent_commands(app)
    undo(app)

    assert sent == [commands.Allocate("order-1", "LAMP", 3)]
    assert app.row("lamp-1")[4:] == ["3", "17"]
    assert app.stored_batches()["lamp-1"].allocated == 3
    assert view.table.rowCount() == 1, "the order's line is back in the Orders tab"
    assert app.said == (
        "Undone: cancellation of order-1's allocation (3 × LAMP) — allocated again "
        "from batch lamp-1"
    )
    assert logged(app)[:3] == [
        ("Allocated", "order-1", "lamp-1"),
        ("Deallocated", "order-1", "lamp-1"),
        ("Allocated", "order-1", "lamp-1"),
    ]


def test_undoing_a_quantity_correction_restores_it(app, qtbot):
    app.shortcut(Qt.Key.Key_B)
    table = app.window.batches_view.table
    table.setCurrentIndex(app.model.index(app.model.row_of("lamp-1"), 0))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.keyClicks(QApplication.focusWidget(), "12")
    with app.answered():
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert app.row("lamp-1")[3] == "12"
    assert undo_item(app)[0] == "&Undo correction of batch lamp-1 (20 → 12 units)\tCtrl+Z"

    sent = sent_commands(app)
    undo(app)

    assert sent == [commands.ChangeBatchQuantity("lamp-1", 20)]
    assert app.row("lamp-1")[3:] == ["20", "0", "20"]
    assert app.stored_batches()["lamp-1"].purchased == 20
    assert app.said == ("Undone: correction of batch lamp-1 (20 → 12 units) — back to 20 units")


def test_ctrl_z_after_creating_a_batch_cancels_it(app):
    app.shortcut(Qt.Key.Key_N)
    app.scan("lamp-9", "LAMP")
    app.scan_and_wait("4")
    assert undo_item(app) == ("&Undo creation of batch lamp-9 (4 × LAMP)\tCtrl+Z", True)

    sent = sent_commands(app)
    undo(app)

    assert sent == [commands.ChangeBatchQuantity("lamp-9", 0)]
    assert app.said == (
        "Undone: creation of batch lamp-9 (4 × LAMP) — cancelled: its purchased quantity is 0"
    )
    assert app.row("lamp-9")[3:] == ["0", "0", "0 (cancelled)"]
    assert app.stored_batches()["lamp-9"].purchased == 0
    assert app.window.history_model.index(0, 4).data() == (
        "lamp-9 cancelled: purchased quantity 0 (was 4)"
    )
    assert undo_item(app) == ("Nothing to undo\tCtrl+Z", False)


def test_a_batch_no_longer_as_created_is_not_cancelled_by_ctrl_z(app):
    app.shortcut(Qt.Key.Key_N)
    app.scan("lamp-9", "LAMP")
    app.scan_and_wait("4")
    other_desk = bootstrap(db_url=app.db_url, send_mail=lambda **mail: None)
    other_desk.handle(commands.Allocate("order-7", "LAMP", 72))  # split: lamp-1, lamp-9, lamp-2
    app.qtbot.waitUntil(lambda: app.row("lamp-9")[4] != "0", timeout=LIVE_TIMEOUT_MS)
    before = logged(app)

    sent = sent_commands(app)
    app.shortcut(Qt.Key.Key_Z)

    assert sent == []
    assert app.said.startswith("Could not undo the creation of batch lamp-9 (4 × LAMP): ")
    assert "of its units are allocated now; correct its quantity with F2" in app.said
    assert app.said.endswith("Nothing was changed, and it is off the undo list.")
    assert logged(app) == before
    assert app.stored_batches()["lamp-9"].purchased == 4
    assert undo_item(app) == ("Nothing to undo\tCtrl+Z", False)


def set_threshold_by_scans(app, sku, threshold):
    app.shortcut(Qt.Key.Key_T)
    app.scan(sku)
    app.scan_and_wait(threshold)


def stored_threshold(app, sku):
    uow = database_unit_of_work(app.db_url)
    with uow:
        return uow.products.get(sku).low_stock_threshold


def test_undoing_a_threshold_sets_back_the_one_it_replaced(app):
    set_threshold_by_scans(app, "LAMP", "10")
    set_threshold_by_scans(app, "LAMP", "25")
    assert undo_item(app)[0] == "&Undo low-stock threshold of LAMP (10 → 25)\tCtrl+Z"

    sent = sent_commands(app)
    undo(app)

    assert sent == [commands.SetLowStockThreshold("LAMP", 10)]
    assert stored_threshold(app, "LAMP") == 10
    assert app.said == ("Undone: low-stock threshold of LAMP (10 → 25) — back to 10")
    undo(app)
    assert stored_threshold(app, "LAMP") == 0
    assert [entry.type for entry in views.history(database_unit_of_work(app.db_url))][:4] == [
        "LowStockThresholdSet"
    ] * 4


def test_an_import_cannot_be_undone_and_says_what_to_do_instead(app, tmp_path):
    path = tmp_path / "deliveries.csv"
    path.write_text("reference,sku,qty,eta\nlamp-7,LAMP,5,\nlamp-8,LAMP,6,\n", encoding="utf-8")
    app.window.dialogs.batch_import.choose_file = lambda: path
    app.shortcut(Qt.Key.Key_I)
    dialog = app.window.dialogs.batch_import.dialog
    app.qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    with app.answered(timeout=10_000):
        app.qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    app.activate()
    app.shortcut(Qt.Key.Key_L)
    sent = sent_commands(app)

    app.shortcut(Qt.Key.Key_Z)

    assert sent == []
    assert app.said == (
        "Import of 2 batches cannot be undone: batches are never deleted; cancel one by "
        "correcting its quantity to 0 with F2 in the batch table instead"
    )
    assert set(app.stored_batches()) >= {"lamp-7", "lamp-8"}


def test_ctrl_z_withdraws_a_line_that_found_too_little_stock_and_waits(app):
    allocate_by_scans(app, "order-1", "LAMP", "1")
    allocate_by_scans(app, "order-9", "CHAIR", "6")  # 5 in stock: the line waits
    assert undo_item(app)[0] == "&Undo waiting line of order-9 (6 × CHAIR)\tCtrl+Z"
    [waiting] = app.ask(WaitingLines())
    assert (waiting.orderid, waiting.sku, waiting.qty) == ("order-9", "CHAIR", 6)

    sent = sent_commands(app)
    undo(app)

    assert sent == [commands.Deallocate("order-9", "CHAIR")]
    assert app.said == "Undone: waiting line of order-9 (6 × CHAIR) — withdrawn"
    assert app.ask(WaitingLines()) == []
    assert logged(app)[0][:2] == ("WaitingLineWithdrawn", "order-9")
    assert undo_item(app)[0] == "&Undo allocation of order-1 (1 × LAMP)\tCtrl+Z"


def test_a_line_allocated_again_when_waiting_already_is_not_on_the_undo_list(app):
    allocate_by_scans(app, "order-9", "CHAIR", "6")
    allocate_by_scans(app, "order-1", "LAMP", "1")
    allocate_by_scans(app, "order-9", "CHAIR", "6")  # waits already: nothing changed
    assert app.said.startswith("order-9's 6 × CHAIR is already waiting for stock")
    assert undo_item(app)[0] == "&Undo allocation of order-1 (1 × LAMP)\tCtrl+Z"


def test_undoing_the_cancellation_of_a_split_line_allocates_all_of_it_again(app, qtbot):
    with app.answered():
        app.submit(commands.Allocate("order-1", "LAMP", 60))  # 20 from lamp-1, 40 from lamp-2
    with app.answered():
        app.submit(commands.Deallocate("order-1", "LAMP"))
    assert undo_item(app)[0] == ("&Undo cancellation of order-1's allocation (60 × LAMP)\tCtrl+Z")

    sent = sent_commands(app)
    undo(app)

    assert sent == [commands.Allocate("order-1", "LAMP", 60)]
    assert app.said == (
        "Undone: cancellation of order-1's allocation (60 × LAMP) — allocated again "
        "(20 from lamp-1, 40 from lamp-2)"
    )
    assert app.row("lamp-1")[4] == "20" and app.row("lamp-2")[4] == "40"


def test_a_compensation_that_fails_is_explained_and_dropped(app, qtbot):
    allocate_by_scans(app, "order-1", "LAMP", "5")
    other_desk = bootstrap(db_url=app.db_url, send_mail=lambda **mail: None)
    other_desk.handle(commands.Deallocate("order-1", "LAMP"))
    qtbot.waitUntil(lambda: app.row("lamp-1")[4] == "0", timeout=LIVE_TIMEOUT_MS)
    before = logged(app)

    undo(app)

    assert app.said == (
        "Could not undo the allocation of order-1 (5 × LAMP): order-1 has no line of LAMP "
        "to cancel. Nothing was changed, and it is off the undo list."
    )
    assert logged(app) == before
    assert app.stored_batches()["lamp-1"].allocated == 0
    assert undo_item(app) == ("Nothing to undo\tCtrl+Z", False)


def test_ctrl_z_in_a_field_with_typed_text_undoes_the_typing_first(app, qtbot):
    allocate_by_scans(app, "order-1", "LAMP", "2")
    field = app.window.allocate_form.edits["orderid"]
    qtbot.keyClicks(field, "order-2")
    sent = sent_commands(app)

    app.shortcut(Qt.Key.Key_Z)
    assert field.text() == ""
    assert sent == [], "only the typing was undone"

    undo(app)
    assert sent == [commands.Deallocate("order-1", "LAMP")]


def test_ctrl_z_while_the_last_action_is_being_saved_waits_for_it(app):
    app.submit(commands.Allocate("order-1", "LAMP", 2))
    app.shortcut(Qt.Key.Key_Z)
    assert app.said == ("Your last action is still being saved: press Ctrl+Z again once it is")
    app.qtbot.waitUntil(lambda: app.bus.pending == 0)
    undo(app)
    assert app.stored_batches()["lamp-1"].allocated == 0


def test_the_edit_menu_offers_undo_and_preferences(app, qtbot):
    allocate_by_scans(app, "order-1", "LAMP", "2")
    bar = app.window.menuBar().actions()
    assert [a.text() for a in bar] == ["&File", "Ed&it", "&Help"]
    menu = bar[1].menu()
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "&Undo allocation of order-1 (2 × LAMP)\tCtrl+Z",
        "&Preferences…\tCtrl+,",
    ]
    qtbot.keyClick(app.focused(), Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menu)
    with app.answered():
        qtbot.keyClick(menu, Qt.Key.Key_U)
    assert app.stored_batches()["lamp-1"].allocated == 0


def test_f1_lists_undo_and_preferences(app, qtbot):
    qtbot.keyClick(app.focused(), Qt.Key.Key_F1)
    dialog = QApplication.activeModalWidget()
    keys = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert "Ctrl+Z" in keys and "Ctrl+," in keys
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)


@pytest.fixture
def two_desks(qtbot, seeded_url, tmp_path):
    yield from desks_on(qtbot, seeded_url, tmp_path)


def test_another_workstations_action_is_never_undone_here(two_desks, qtbot):
    first, second = two_desks
    second.activate()
    allocate_by_scans(second, "order-7", "LAMP", "4")
    qtbot.waitUntil(lambda: first.row("lamp-1")[4] == "4", timeout=LIVE_TIMEOUT_MS)

    first.activate()
    sent = sent_commands(first)
    first.shortcut(Qt.Key.Key_Z)
    assert sent == []
    assert first.said.startswith("Nothing to undo")
    assert first.stored_batches()["lamp-1"].allocated == 4

    second.activate()
    undo(second)
    qtbot.waitUntil(lambda: first.row("lamp-1")[4] == "0", timeout=LIVE_TIMEOUT_MS)
    assert isinstance(second.focused(), QLineEdit)


def test_a_correction_that_moved_lines_says_they_stay_where_they_went():
    done = CarriedOut(
        commands.ChangeBatchQuantity("lamp-1", 5),
        None,
        (
            events.BatchQuantityChanged("lamp-1", 5, previous=20),
            events.Deallocated("order-3", "LAMP", 4, "lamp-1", events.BATCH_SHRUNK),
            events.Allocated("order-3", "LAMP", 4, "lamp-2"),
        ),
    )
    assert compensation_for(done) == Compensation(
        commands.ChangeBatchQuantity("lamp-1", 20),
        "correction of batch lamp-1 (20 → 5 units)",
        "back to 20 units; order lines it moved to other batches stay there",
    )


def test_a_command_without_an_undo_is_a_barrier_not_skipped():
    class ImportBatches(commands.Command):
        pass

    entry = compensation_for(CarriedOut(ImportBatches(), None, ()))
    assert entry == CannotUndo("import batches", "this kind of action has no undo")
