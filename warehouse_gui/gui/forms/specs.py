"""The forms of the main window: New batch, Move, Allocate and Low stock."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from warehouse_gui.gui.forms.command_form import BuildCommand, CommandForm, FieldSpec

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
        "New batch",
        [
            FieldSpec("ref", "&Reference", placeholder="e.g. batch-0042"),
            FieldSpec("sku", "S&KU", placeholder="e.g. RED-CHAIR"),
            FieldSpec("qty", "&Quantity", placeholder="units purchased"),
            FieldSpec("eta", "&ETA", required=False, placeholder="YYYY-MM-DD"),
            # No mnemonic: every letter of it is taken; Enter leads here after the ETA.
            FieldSpec("location", "Location", required=False, placeholder="e.g. A-03-2"),
        ],
        made_by("CreateBatch"),
        "&Create batch",
        parent,
    )


def move_form(parent: QWidget | None = None) -> CommandForm:
    """Two scans: the batch's label, then the label of the bin it goes to, in one row above
    the batch table (Ctrl+M: the letters of its words are other fields' mnemonics)."""
    return CommandForm(
        "Move",
        [
            FieldSpec("ref", "Batch", placeholder="scan the batch label"),
            FieldSpec("location", "To bin", placeholder="then the bin label"),
        ],
        made_by("MoveBatch"),
        "Move",
        parent,
        one_row=True,
    )


def allocate_form(parent: QWidget | None = None) -> CommandForm:
    """Order ID, SKU and Quantity of one order line."""
    return CommandForm(
        "Allocate",
        [
            FieldSpec("orderid", "&Order ID", placeholder="e.g. order-1001"),
            FieldSpec("sku", "SK&U", placeholder="e.g. RED-CHAIR"),
            FieldSpec("qty", "Qua&ntity", placeholder="units ordered"),
        ],
        made_by("Allocate"),
        "&Allocate",
        parent,
    )


def low_stock_form(parent: QWidget | None = None) -> CommandForm:
    """SKU and the available quantity below which allocating it warns (0: never)."""
    return CommandForm(
        "Low stock",
        [
            FieldSpec("sku", "SKU", placeholder="e.g. RED-CHAIR"),
            FieldSpec("threshold", "&Minimum available", placeholder="0 = never warn"),
        ],
        made_by("SetLowStockThreshold"),
        "Sa&ve",
        parent,
    )
