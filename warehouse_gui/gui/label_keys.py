"""F6, F7 and F9: labels from the window.

F6 prints the labels of what was just received: every batch this desk created (by the
New batch form or an import) since its labels were last printed; Shift+F6 saves them as
PDF instead. F7 prints the labels of the batches selected in the batch table again, and
Shift+F7 saves those. F9 prints the labels of the bins the selected batches stand in, in
walking order, and Shift+F9 saves those. Qt's print support and the label module load at
the first of them. The label size is the settings' ``labels/size`` (``62x29``, ``4x6`` or
``a4``, chosen in Preferences; 62x29 mm when unset).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Slot
from PySide6.QtWidgets import QWidget

from warehouse_gui.domain.errors import DomainError
from warehouse_gui.gui.tabs.batches.model import BatchTableModel
from warehouse_gui.gui.tabs.batches.view import BatchesView
from warehouse_gui.translation import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from warehouse_gui.domain import events
    from warehouse_gui.gui.printing.labels import BatchLabel, Label, LabelSize
    from warehouse_gui.gui.printing.printer import LabelPrinter

logger = logging.getLogger(__name__)

NOTHING_RECEIVED = QT_TRANSLATE_NOOP(
    "LabelKeys",
    "No new batches to label: F6 prints the labels of the batches received here (Ctrl+N or "
    "an import) since the last ones printed; F7 prints the selected batches' labels again",
)
NOTHING_SELECTED = QT_TRANSLATE_NOOP(
    "LabelKeys", "No batch selected: select batches in the batch table (Ctrl+B), then F7"
)
NO_BINS = QT_TRANSLATE_NOOP(
    "LabelKeys",
    "The selected batches stand in no bin yet: select batches with a location in the batch "
    "table (Ctrl+B), then F9",
)


class LabelKeys(QObject):
    """Keeps the references of the batches received here since the last labels printed,
    and prints or saves labels of those, or of the selected ones."""

    def __init__(
        self,
        model: BatchTableModel,
        batches: BatchesView,
        say: Callable[[str], object],
        settings: QSettings,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._settings = settings
        self._model = model
        self._batches = batches
        self._say = say
        self._window = window
        self.received: list[str] = []  # batches created here, not labelled yet

    @cached_property
    def printer(self) -> LabelPrinter:
        """Prints labels or saves them as PDF; made at first use (it loads Qt's print
        support). Tests put one with answered dialogs here."""
        from warehouse_gui.gui.printing.printer import LabelPrinter

        return LabelPrinter()

    @property
    def size(self) -> LabelSize:
        """The size of this desk's labels: the settings' ``labels/size``, else 62x29 mm."""
        from warehouse_gui.gui.printing.labels import DEFAULT_SIZE, size_named

        key = str(self._settings.value("labels/size", "") or "")
        return size_named(key) if key else DEFAULT_SIZE

    @Slot(object)
    def apply_own_event(self, event: events.Event) -> None:
        """A batch created at this desk waits for its label."""
        from warehouse_gui.domain import events

        if isinstance(event, events.BatchCreated) and event.ref not in self.received:
            self.received.append(event.ref)

    @Slot()
    def print_received(self) -> None:
        """F6: print the labels of the batches received since the last ones printed."""
        self._output(self.received, NOTHING_RECEIVED, to_pdf=False, received=True)

    @Slot()
    def save_received(self) -> None:
        """Shift+F6: save them as PDF."""
        self._output(self.received, NOTHING_RECEIVED, to_pdf=True, received=True)

    @Slot()
    def print_selected(self) -> None:
        """F7: print the labels of the selected batches again."""
        selected = self._batches.selected_references()
        self._output(selected, NOTHING_SELECTED, to_pdf=False, received=False)

    @Slot()
    def save_selected(self) -> None:
        """Shift+F7: save them as PDF."""
        selected = self._batches.selected_references()
        self._output(selected, NOTHING_SELECTED, to_pdf=True, received=False)

    @Slot()
    def print_bins(self) -> None:
        """F9: print the labels of the bins the selected batches stand in."""
        self._write(self._bins(), NO_BINS, to_pdf=False)

    @Slot()
    def save_bins(self) -> None:
        """Shift+F9: save them as PDF."""
        self._write(self._bins(), NO_BINS, to_pdf=True)

    def _bins(self) -> list[Label]:
        """The bin labels of the selected batches' locations, each once, in walking order."""
        from warehouse_gui.domain.locations import walking_key
        from warehouse_gui.gui.printing.labels import BinLabel

        codes = {
            batch.location
            for reference in self._batches.selected_references()
            if (batch := self._model.batch(reference)) is not None and batch.location
        }
        return [BinLabel(code) for code in sorted(codes, key=walking_key)]

    def _labels(self, references: list[str]) -> list[BatchLabel]:
        from warehouse_gui.gui.printing.labels import BatchLabel

        labels = []
        for reference in references:
            batch = self._model.batch(reference)
            if batch is None:
                continue
            labels.append(
                BatchLabel(
                    reference=batch.reference,
                    sku=batch.sku,
                    qty=batch.purchased,
                    eta=batch.eta,
                    location=batch.location,
                )
            )
        return labels

    def _output(self, references: list[str], nothing: str, to_pdf: bool, received: bool) -> None:
        labels = self._labels(list(references))
        if self._write(labels, nothing, to_pdf) and received:
            printed = {label.reference for label in labels}
            self.received = [ref for ref in self.received if ref not in printed]

    def _write(self, labels: list[Label] | list[BatchLabel], nothing: str, to_pdf: bool) -> bool:
        """Print ``labels`` or save them as PDF, and say so; whether they were written."""
        if not labels:
            self._say(translate("LabelKeys", nothing))
            return False
        count = len(labels)
        try:
            if to_pdf:
                path: Path | str | None = self.printer.save_pdf(labels, self.size, self._window)
                done = translate("LabelKeys", "Saved %Ln label(s) to {path}", None, count)
            else:
                path = self.printer.print(labels, self.size, self._window)
                done = translate("LabelKeys", "Printed %Ln label(s) on {path}", None, count)
        except (OSError, DomainError) as error:
            logger.error("Labels not written: %s", error)
            self._say(translate("LabelKeys", "Labels not written: {error}").format(error=error))
            return False
        if path is None:
            return False  # cancelled
        logger.info(
            "%s %s label%s %s %s",
            "Saved" if to_pdf else "Printed",
            f"{count:,}",
            "" if count == 1 else "s",
            "to" if to_pdf else "on",
            path,
        )
        self._say(done.format(path=path))
        return True
