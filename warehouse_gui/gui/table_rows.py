"""What the window's lists share: rows one line high without row numbers, and column
titles from a tuple of names (marked with ``QT_TRANSLATE_NOOP`` where the tuple is made,
translated here when a ``context`` is given)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from warehouse_gui.translation import translate


def one_line_rows(table: QTableView) -> None:
    """Give ``table`` rows one line of text high, of a fixed height, and no row numbers."""
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 10)


def column_title(
    columns: Sequence[str],
    section: int,
    orientation: Qt.Orientation,
    role: int,
    context: str | None = None,
) -> str | None:
    """The title of column ``section`` when a horizontal header shows it, else ``None``;
    translated in ``context`` (the one its ``QT_TRANSLATE_NOOP`` marks used) when given,
    else as ``columns`` holds it."""
    if (
        orientation == Qt.Orientation.Horizontal
        and role == Qt.ItemDataRole.DisplayRole
        and 0 <= section < len(columns)
    ):
        title = columns[section]
        return translate(context, title) if context is not None else title
    return None
