"""The forms of the main window: New batch, Allocate and Low stock."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from warehouse_gui.domain import commands
from warehouse_gui.gui.forms.command_form import CommandForm, FieldSpec


def new_batch_form(parent: QWidget | None = None) -> CommandForm:
    """Reference, SKU, Quantity and an optional ETA (empty: already in the warehouse)."""
    return CommandForm(
        "New batch",
        [
            FieldSpec("ref", "&Reference", placeholder="e.g. batch-0042"),
            FieldSpec("sku", "S&KU", placeholder="e.g. RED-CHAIR"),
            FieldSpec("qty", "&Quantity", placeholder="units purchased"),
            FieldSpec("eta", "&ETA", required=False, placeholder="YYYY-MM-DD"),
        ],
        commands.CreateBatch.from_fields,
        "&Create batch",
        parent,
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
        commands.Allocate.from_fields,
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
        commands.SetLowStockThreshold.from_fields,
        "Sa&ve",
        parent,
    )
