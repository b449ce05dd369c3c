"""Window geometry, column widths and splitter positions survive a restart."""

from PySide6.QtCore import Qt

from tests.gui.conftest import Harness


def test_layout_is_restored_on_the_next_start(qtbot, seeded_db_url, tmp_path):
    settings = tmp_path / "settings.ini"
    first = Harness(qtbot, seeded_db_url, settings)
    window = first.open()
    window.resize(720, 540)
    window.table.setColumnWidth(0, 222)
    window.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    window.top_splitter.setSizes([300, 400])
    splitter_sizes = window.top_splitter.sizes()
    first.close()

    second = Harness(qtbot, seeded_db_url, settings)
    window = second.open()
    try:
        assert (window.width(), window.height()) == (720, 540)
        assert window.table.columnWidth(0) == 222
        header = window.table.horizontalHeader()
        assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
            5,
            Qt.SortOrder.DescendingOrder,
        )
        assert window.top_splitter.sizes() == splitter_sizes
        assert second.model.entry(0).reference == "lamp-2", "the saved sort is applied"
    finally:
        second.close()
