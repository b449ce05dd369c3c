"""A tab whose view is made the first time the tab is shown, or asked for.

None of these views is seen at start, and making them took ~4 ms of the time before the
window shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

V = TypeVar("V", bound=QWidget)


class TabMadeLater(Generic[V]):
    """An empty page of ``tabs``, filled by ``make()`` at first use; ``made`` is then told."""

    def __init__(
        self,
        tabs: QTabWidget,
        title: str,
        make: Callable[[], V],
        made: Callable[[V], object],
    ) -> None:
        self.page = QWidget()
        QVBoxLayout(self.page).setContentsMargins(0, 0, 0, 0)
        tabs.addTab(self.page, title)
        self._tabs = tabs
        self._make = make
        self._made = made
        self._view: V | None = None
        tabs.currentChanged.connect(self._on_tab_changed)

    @property
    def view(self) -> V:
        """The tab's view, made now if it was not yet."""
        if self._view is None:
            self._view = view = self._make()
            layout = self.page.layout()
            assert layout is not None, "the page is made with its layout"
            layout.addWidget(view)
            self._made(view)
        return self._view

    @property
    def made(self) -> V | None:
        """The tab's view if it was made already (``None``: not yet)."""
        return self._view

    def _on_tab_changed(self, index: int) -> None:
        if self._tabs.widget(index) is self.page:
            # Made on first use, and shown at once: a widget put in a page already shown
            # would wait a turn of the event loop to show itself.
            self.view.show()
