"""The forms of the main window: New batch, Move, Allocate and Low stock.

Titles, labels, placeholders and buttons are marked here in the ``"CommandForm"`` context
and translated by the form where it shows them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from warehouse_gui.gui.forms.command_form import BuildCommand, CommandForm, FieldSpec
from warehouse_gui.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from warehouse_gui.domain.commands import Command


def made_by(name: str) -> BuildCommand:
    """What makes the command class ``name`` of the fields typed: the domain is loaded
    when the first line is sent, not while the window is built."""

    def build(fields: Mapping[str, Any]) -> Command:
        from warehouse_gui.domain import commands

        command_class: type[Command] = getattr(commands, name)
        return command_class.from_fields(fields)

    return build


def new_batch_form(parent: QWidget | None = None) -> CommandForm:
    """Reference, SKU, Quantity, an optional ETA (empty: already in the warehouse) and an
    optional Location (the bin it is put in)."""
    return CommandForm(
        QT_TRANSLATE_NOOP("CommandForm", "New batch"),
        [
            FieldSpec(
                "ref",
                QT_TRANSLATE_NOOP("CommandForm", "&Reference"),
                placeholder=QT_TRANSLATE_NOOP("CommandForm", "e.g. batch-0042"),
            ),
            FieldSpec(
                "sku",
                QT_TRANSLATE_NOOP("CommandForm", "S&KU"),
                placeholder=QT_TRANSLATE_NOOP("CommandForm", "e.g. RED-CHAIR"),
            ),
            FieldSpec(
                "qty",
                QT_TRANSLATE_NOOP("CommandForm", "&Quantity"),
                placeholder=QT_TRANSLATE_NOOP("CommandForm", "units purchased"),
            ),
            FieldSpec(
                "eta",
                QT_TRANSLATE_NOOP("CommandForm", "&ETA"),
                required=False,
                placeholder=QT_TRANSLATE_NOOP("CommandForm", "YYYY-MM-DD"),
            ),
            # No mnemonic: every letter of it is taken; Enter leads here after the ETA.
            FieldSpec(
                "location",
                QT_TRANSLATE_NOOP("CommandForm", "Location"),
                required=False,
                placeholder=QT_TRANSLATE_NOOP("CommandForm", "e.g. A-03-2"),
            ),
        ],
        made_by("CreateBatch"),
        QT_TRANSLATE_NOOP("CommandForm", "&Create batch"),
        parent,
    )


def move_form(parent: QWidget | None = None) -> CommandForm:
    """Two scans: the batch's label, then the label of the bin it goes to, in one row above
    the batch table (Ctrl+M: the letters of its words are other fields' mnemonics)."""
    return CommandForm(
        QT_TRANSLATE_NOOP("CommandForm", "Move"),
        [
            FieldSpec(
                "ref",
                QT_TRANSLATE_NOOP("CommandForm", "Batch"),
                placeholder=QT_TRANSLATE_NOOP("CommandForm", "scan the batch label"),
            ),
            FieldSpec(
                "location",
                QT_TRANSLATE_NOOP("CommandForm", "To bin"),
                placeholder=QT_TRANSLATE_NOOP("CommandForm", "then the bin label"),
            ),
        ],
        made_by("MoveBatch"),
        QT_TRANSLATE_NOOP("CommandForm", "Move"),
        parent,
        one_row=True,
    )


def allocate_form(parent: QWidget | None = None) -> CommandForm:
    """Order ID, SKU and Quantity of one order line."""
    return CommandForm(
        QT_TRANSLATE_NOOP("CommandForm", "Allocate"),
        [
            FieldSpec(
                "orderid",
                QT_TRANSLATE_NOOP("CommandForm", "&Order ID"),
                placeholder=QT_TRANSLATE_NOOP("CommandForm", "e.g. order-1001"),
            ),
            FieldSpec(
                "sku",
                QT_TRANSLATE_NOOP("CommandForm", "SK&U"),
                placeholder=QT_TRANSLATE_NOOP("CommandForm", "e.g. RED-CHAIR"),
            ),
            FieldSpec(
                "qty",
                QT_TRANSLATE_NOOP("CommandForm", "Qua&ntity"),
                placeholder=QT_TRANSLATE_NOOP("CommandForm", "units ordered"),
            ),
        ],
        made_by("Allocate"),
        QT_TRANSLATE_NOOP("CommandForm", "&Allocate"),
        parent,
    )


def low_stock_form(parent: QWidget | None = None) -> CommandForm:
    """SKU and the available quantity below which allocating it warns (0: never)."""
    return CommandForm(
        QT_TRANSLATE_NOOP("CommandForm", "Low stock"),
        [
            FieldSpec(
                "sku",
                QT_TRANSLATE_NOOP("CommandForm", "SKU"),
                placeholder=QT_TRANSLATE_NOOP("CommandForm", "e.g. RED-CHAIR"),
            ),
            FieldSpec(
                "threshold",
                QT_TRANSLATE_NOOP("CommandForm", "&Minimum available"),
                placeholder=QT_TRANSLATE_NOOP("CommandForm", "0 = never warn"),
            ),
        ],
        made_by("SetLowStockThreshold"),
        QT_TRANSLATE_NOOP("CommandForm", "Sa&ve"),
        parent,
    )
