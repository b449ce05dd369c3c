"""File → Import batches, by keyboard: Ctrl+I, a preview, Enter imports, Esc cancels."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands

GOOD = """reference,sku,qty,eta
lamp-9,LAMP,12,
desk-1,DESK,4,2027-03-01
desk-2,DESK,6,
"""
BAD = """reference,sku,qty,eta
lamp-9,LAMP,12,
desk-1,DESK,four,2027-03-01
lamp-9,DESK,6,
"""


@pytest.fixture
def csv_file(tmp_path):
    def write(text, name="deliveries.csv"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


def open_preview(app, path):
    """Ctrl+I with ``path`` as the file the chooser returns; the preview has focus, and
    the bus has said which of the file's references are stored already."""
    importer = app.window.dialogs.batch_import
    importer.choose_file = lambda: path
    app.shortcut(Qt.Key.Key_I)
    dialog = importer.dialog
    assert dialog is not None and dialog.isVisible()
    app.qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    app.qtbot.waitUntil(lambda: app.bus.idle)
    assert app.focused() is dialog.table
    return dialog


def listed_problems(dialog):
    return [dialog.problems_list.item(n).text() for n in range(dialog.problems_list.count())]


def table_cells(dialog):
    table = dialog.table
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def watch_submissions(app):
    sent = []
    app.bus.command_requested.connect(sent.append)
    return sent


def test_ctrl_i_previews_the_file_and_enter_imports_every_line(app, csv_file):
    dialog = open_preview(app, csv_file(GOOD))

    assert table_cells(dialog) == [
        ["2", "lamp-9", "LAMP", "12", "in stock"],
        ["3", "desk-1", "DESK", "4", "2027-03-01"],
        ["4", "desk-2", "DESK", "6", "in stock"],
    ]
    assert dialog.summary_label.text().startswith("3 batches ready")
    assert not dialog.problems_list.isVisible()
    assert dialog.import_button.text() == "&Import 3 batches"

    with app.answered():
        app.qtbot.keyClick(app.focused(), Qt.Key.Key_Return)

    app.qtbot.waitUntil(lambda: app.window.dialogs.batch_import.dialog is None)
    assert app.said == "Imported 3 batches"
    assert app.row("lamp-9") == ["lamp-9", "LAMP", "in stock", "12", "0", "12"]
    assert app.row("desk-1") == ["desk-1", "DESK", "2027-03-01", "4", "0", "4"]
    assert {"lamp-9", "desk-1", "desk-2"} <= set(app.stored_batches())
    history = app.window.history_model
    created = [history.entry(row) for row in range(3)]
    assert sorted(entry.fields["ref"] for entry in created) == ["desk-1", "desk-2", "lamp-9"]
    assert {entry.type for entry in created} == {"BatchCreated"}


def test_a_bad_file_lists_each_problem_with_its_line_and_enter_imports_nothing(app, csv_file):
    sent = watch_submissions(app)
    dialog = open_preview(app, csv_file(BAD))

    problems = [dialog.problems_list.item(n).text() for n in range(dialog.problems_list.count())]
    assert problems == [
        "line 3, Quantity: must be a whole number of at least 1, got 'four'",
        "line 4, Reference: lamp-9 is already on line 2; each batch needs a reference of its own",
    ]
    assert dialog.problems_list.isVisible()
    assert dialog.summary_label.text().startswith("2 problems: nothing can be imported")
    assert len(table_cells(dialog)) == 3, "every line is shown, the wrong ones too"
    assert "line 3, Quantity" in dialog.table.item(1, 3).toolTip()
    assert not dialog.import_button.isEnabled()

    app.qtbot.keyClick(app.focused(), Qt.Key.Key_Return)
    app.qtbot.keyClick(app.focused(), Qt.Key.Key_Enter)

    assert dialog.isVisible()
    assert sent == []
    app.qtbot.keyClick(app.focused(), Qt.Key.Key_Escape)
    app.qtbot.waitUntil(lambda: app.window.dialogs.batch_import.dialog is None)
    assert "lamp-9" not in app.stored_batches()
    assert app.model.row_of("lamp-9") is None


def test_esc_cancels_and_the_keyboard_is_back_where_it_was(app, csv_file):
    sent = watch_submissions(app)
    app.shortcut(Qt.Key.Key_L)
    form_field = app.focused()
    dialog = open_preview(app, csv_file(GOOD))

    app.qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)

    app.qtbot.waitUntil(lambda: app.window.dialogs.batch_import.dialog is None)
    assert sent == []
    assert "lamp-9" not in app.stored_batches()
    app.qtbot.waitUntil(lambda: app.window.focusWidget() is form_field)


def test_no_file_chosen_does_nothing_and_an_unreadable_one_says_so(app, tmp_path):
    importer = app.window.dialogs.batch_import
    importer.choose_file = lambda: None
    app.shortcut(Qt.Key.Key_I)
    assert importer.dialog is None

    missing = tmp_path / "missing.csv"
    importer.choose_file = lambda: missing
    app.shortcut(Qt.Key.Key_I)
    assert importer.dialog is None
    assert app.said == f"Cannot read {missing}: No such file or directory"


def test_a_reference_another_desk_just_created_refuses_the_whole_file(app, csv_file):
    dialog = open_preview(app, csv_file(GOOD))
    other_desk = bootstrap(db_url=app.db_url, send_mail=lambda **mail: None)
    other_desk.handle(commands.CreateBatch("desk-2", "DESK", 1))

    with app.answered():
        app.qtbot.keyClick(app.focused(), Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert dialog.summary_label.text() == (
        "Refused: Nothing was imported: 1 of the file's 3 references already exists"
    )
    problems = listed_problems(dialog)
    assert problems == [
        "line 4, Reference: batch desk-2 already exists; each batch needs a reference of its own"
    ]
    assert dialog.table.item(2, 1).toolTip() == problems[0]
    assert dialog.import_button.isEnabled(), "Enter tries again"
    assert app.said == (
        "Refused: Nothing was imported: 1 of the file's 3 references already exists"
    )
    stored = app.stored_batches()
    assert "lamp-9" not in stored and "desk-1" not in stored
    assert stored["desk-2"].purchased == 1


def test_a_reference_already_stored_is_listed_with_its_line_before_enter(app, csv_file):
    """The preview asks the bus which references are stored: lamp-1 (stored at start) is
    one more problem of its line, beside the file's own, and Enter imports nothing."""
    sent = watch_submissions(app)
    stored_before = app.stored_batches()
    assert "lamp-1" in stored_before
    path = csv_file("reference,sku,qty,eta\ndesk-1,DESK,4,\nlamp-1,LAMP,12,\nlamp-8,LAMP,0,\n")

    dialog = open_preview(app, path)

    assert listed_problems(dialog) == [
        "line 3, Reference: batch lamp-1 already exists; each batch needs a reference of its own",
        "line 4, Quantity: must be a whole number of at least 1, got 0",
    ]
    assert dialog.problems_list.isVisible()
    assert dialog.summary_label.text().startswith("2 problems: nothing can be imported")
    assert dialog.table.item(1, 1).toolTip() == listed_problems(dialog)[0]
    assert dialog.table.item(0, 1).toolTip() == "", "desk-1 is fine"
    assert not dialog.import_button.isEnabled()

    app.qtbot.keyClick(app.focused(), Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert sent == [], "nothing was sent to be imported"
    app.qtbot.keyClick(app.focused(), Qt.Key.Key_Escape)
    app.qtbot.waitUntil(lambda: app.window.dialogs.batch_import.dialog is None)
    assert app.stored_batches() == stored_before


def test_a_good_file_stays_ready_once_its_references_are_checked(app, csv_file):
    dialog = open_preview(app, csv_file(GOOD))

    assert listed_problems(dialog) == []
    assert not dialog.problems_list.isVisible()
    assert dialog.import_button.isEnabled()
    assert dialog.summary_label.text().startswith("3 batches ready")
