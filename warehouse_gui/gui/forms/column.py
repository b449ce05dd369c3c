"""The column of forms beside the tabs: it scrolls when the window is shorter than the
forms, and the form with the cursor is always brought into view."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from warehouse_gui.gui.forms.command_form import CommandForm
from warehouse_gui.translation import translate


class FormsColumn(QScrollArea):
    """The forms, one under the other, at their natural height."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formsColumn")
        self.setAccessibleName(translate("FormsColumn", "Forms"))
        self.column = QWidget()
        self.setWidget(self.column)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._layout = QVBoxLayout(self.column)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._forms: list[CommandForm] = []

    def add_forms(self, *forms: CommandForm) -> None:
        """Put ``forms`` in the column, in this order, and make it wide enough for them."""
        for form in forms:
            form.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            self._layout.addWidget(form)
            self._forms.append(form)
        self._layout.addStretch(1)
        scrollbar = self.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(self.column.minimumSizeHint().width() + scrollbar)

    @Slot(QWidget, QWidget)
    def show_focused_form(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Scroll the whole form with the cursor into view, its error line included (once
        the form has grown to show it)."""
        form = next((f for f in self._forms if new is not None and f.isAncestorOf(new)), None)
        if form is not None:
            # At once, so that nothing scrolls later under keys typed meanwhile; and again
            # once the form has grown to show its error line, if it has.
            self.ensureWidgetVisible(form, 0, 0)
            QTimer.singleShot(0, self, lambda: self.ensureWidgetVisible(form, 0, 0))
