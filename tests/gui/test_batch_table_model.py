"""The batch table model on its own: Qt's model contract, filtering, sorting, live rows."""

from datetime import date

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from warehouse_gui.domain import events
from warehouse_gui.gui.tabs.batches.entries import AVAILABLE, ETA, REFERENCE, SKU
from warehouse_gui.gui.tabs.batches.model import BatchTableModel
from warehouse_gui.read_model import BatchRow

ROWS = [
    BatchRow("b-1", "LAMP", None, 20, 5),
    BatchRow("b-2", "LAMP", date(2027, 1, 15), 50, 0),
    BatchRow("c-1", "CHAIR", None, 5, 5),
    BatchRow("t-1", "TABLE", date(2026, 12, 1), 8, 2),
]


@pytest.fixture
def model(qapp):
    model = BatchTableModel()
    model.load(ROWS)
    return model


def column(model, col):
    return [model.index(row, col).data() for row in range(model.rowCount())]


def test_the_model_keeps_qts_contract_through_every_change(qtmodeltester):
    model = BatchTableModel()
    qtmodeltester.check(model)
    model.load(ROWS)
    qtmodeltester.check(model)
    model.sort(AVAILABLE, Qt.SortOrder.DescendingOrder)
    model.apply_event(events.BatchCreated("b-3", "LAMP", 7, None))
    model.apply_event(events.Allocated("o1", "LAMP", 45, "b-2"))
    model.set_filter("lamp")
    qtmodeltester.check(model)


def test_cells_show_what_a_clerk_reads(model):
    row = model.row_of("b-2")
    cells = [model.index(row, c).data() for c in range(6)]
    assert cells == ["b-2", "LAMP", "2027-01-15", "50", "0", "50"]
    assert model.index(model.row_of("b-1"), ETA).data() == "in stock"
    assert model.headerData(AVAILABLE, Qt.Orientation.Horizontal) == "Available"


def test_exhausted_batches_differ_without_relying_on_colour(model):
    row = model.row_of("c-1")
    assert model.index(row, AVAILABLE).data() == "0 (exhausted)"
    assert model.index(row, REFERENCE).data(Qt.ItemDataRole.FontRole).italic()
    assert "exhausted" in model.index(row, REFERENCE).data(Qt.ItemDataRole.ToolTipRole)
    other = model.row_of("b-1")
    assert model.index(other, REFERENCE).data(Qt.ItemDataRole.FontRole) is None


def test_default_order_is_by_sku_then_allocation_preference(model):
    assert column(model, REFERENCE) == ["c-1", "b-1", "b-2", "t-1"]


@pytest.mark.parametrize(
    ("col", "order", "expected"),
    [
        (REFERENCE, Qt.SortOrder.DescendingOrder, ["t-1", "c-1", "b-2", "b-1"]),
        (ETA, Qt.SortOrder.AscendingOrder, ["b-1", "c-1", "t-1", "b-2"]),
        (AVAILABLE, Qt.SortOrder.AscendingOrder, ["c-1", "t-1", "b-1", "b-2"]),
        (AVAILABLE, Qt.SortOrder.DescendingOrder, ["b-2", "b-1", "t-1", "c-1"]),
    ],
)
def test_sorting_by_any_column(model, col, order, expected):
    model.sort(col, order)
    assert column(model, REFERENCE) == expected


def test_sorting_keeps_the_selection_on_the_same_batch(model):
    selected = QPersistentModelIndex(model.index(model.row_of("t-1"), SKU))
    model.sort(REFERENCE, Qt.SortOrder.DescendingOrder)
    assert selected.row() == 0
    assert selected.data() == "TABLE"


def test_filter_matches_every_word_in_reference_or_sku(model):
    model.set_filter("LAMP")
    assert column(model, REFERENCE) == ["b-1", "b-2"]
    model.set_filter("lamp 2")
    assert column(model, REFERENCE) == ["b-2"]
    model.set_filter("  ")
    assert model.rowCount() == 4


def test_a_new_batch_is_inserted_in_sorted_position_as_one_row(model, qtbot):
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.apply_event(events.BatchCreated("a-1", "BENCH", 3, "2026-12-24"))
    assert inserted.args[1:] == [0, 0]
    assert column(model, REFERENCE)[:2] == ["a-1", "c-1"]
    assert column(model, ETA)[0] == "2026-12-24"


def test_a_new_batch_in_a_descending_view(model):
    model.sort(REFERENCE, Qt.SortOrder.DescendingOrder)
    model.apply_event(events.BatchCreated("m-1", "MUG", 3, None))
    assert column(model, REFERENCE) == ["t-1", "m-1", "c-1", "b-2", "b-1"]


def test_a_filtered_out_batch_is_remembered_but_not_shown(model):
    model.set_filter("lamp")
    model.apply_event(events.BatchCreated("m-1", "MUG", 3, None))
    assert model.row_of("m-1") is None
    model.set_filter("")
    assert model.row_of("m-1") is not None


def test_an_allocation_changes_one_row_and_never_resets(model, qtbot):
    resets = []
    model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.apply_event(events.Allocated("o1", "LAMP", 10, "b-2"))
    row = model.row_of("b-2")
    assert changed.args[0].row() == changed.args[1].row() == row
    assert [model.index(row, c).data() for c in (4, 5)] == ["10", "40"]
    assert resets == []


def test_an_allocation_moves_the_row_when_the_sort_column_changes(model, qtbot):
    model.sort(AVAILABLE, Qt.SortOrder.DescendingOrder)
    assert column(model, REFERENCE) == ["b-2", "b-1", "t-1", "c-1"]
    with qtbot.waitSignal(model.rowsMoved):
        model.apply_event(events.Allocated("o1", "LAMP", 45, "b-2"))
    assert column(model, REFERENCE) == ["b-1", "t-1", "b-2", "c-1"]
    assert model.index(2, AVAILABLE).data() == "5"


def test_an_event_for_an_unknown_batch_changes_nothing(model):
    before = [column(model, c) for c in range(6)]
    model.apply_event(events.Allocated("o1", "LAMP", 1, "nope"))
    assert [column(model, c) for c in range(6)] == before
