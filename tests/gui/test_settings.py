"""Window geometry, column widths and splitter positions survive a restart."""

from PySide6.QtCore import Qt

from tests.gui.harness import Harness


def test_layout_is_restored_on_the_next_start(qtbot, seeded_url, tmp_path):
    settings = tmp_path / "settings.ini"
    first = Harness(qtbot, seeded_url, settings)
    window = first.open()
    window.resize(720, 540)
    window.batches_view.table.setColumnWidth(0, 222)
    window.batches_view.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    window.top_splitter.setSizes([300, 400])
    splitter_sizes = window.top_splitter.sizes()
    first.close()

    second = Harness(qtbot, seeded_url, settings)
    window = second.open()
    try:
        assert (window.width(), window.height()) == (720, 540)
        assert window.batches_view.table.columnWidth(0) == 222
        header = window.batches_view.table.horizontalHeader()
        assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
            5,
            Qt.SortOrder.DescendingOrder,
        )
        assert window.top_splitter.sizes() == splitter_sizes
        assert second.model.entry(0).reference == "lamp-2", "the saved sort is applied"
    finally:
        second.close()
