"""The forms of the main window: New batch, Allocate and Low stock."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QWidget

from warehouse_gui.domain import commands, validation
from warehouse_gui.gui.forms.command_form import CommandForm, FieldSpec

NEW_BATCH = "new_batch"
ALLOCATE = "allocate"
LOW_STOCK = "low_stock"


# Fields are checked in the order they are shown, so the first one at fault is selected.


def _create_batch(values: Mapping[str, str]) -> commands.CreateBatch:
    return commands.CreateBatch(
        ref=validation.identifier("ref", values["ref"]),
        sku=validation.identifier("sku", values["sku"]),
        qty=validation.quantity_from_text("qty", values["qty"]),
        eta=values["eta"],
    )


def _allocate(values: Mapping[str, str]) -> commands.Allocate:
    return commands.Allocate(
        orderid=validation.identifier("orderid", values["orderid"]),
        sku=validation.identifier("sku", values["sku"]),
        qty=validation.quantity_from_text("qty", values["qty"]),
    )


def new_batch_form(parent: QWidget | None = None) -> CommandForm:
    """Reference, SKU, Quantity and an optional ETA (empty: already in the warehouse)."""
    return CommandForm(
        "New batch",
        [
            FieldSpec("ref", "&Reference", placeholder="e.g. batch-0042"),
            FieldSpec("sku", "S&KU", placeholder="e.g. RED-CHAIR"),
            FieldSpec("qty", "&Quantity", placeholder="units purchased"),
            FieldSpec("eta", "&ETA", required=False, placeholder="YYYY-MM-DD; empty if in stock"),
        ],
        _create_batch,
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
        _allocate,
        "&Allocate",
        parent,
    )


def _set_low_stock_threshold(values: Mapping[str, str]) -> commands.SetLowStockThreshold:
    return commands.SetLowStockThreshold(
        sku=validation.identifier("sku", values["sku"]),
        threshold=validation.threshold_from_text("threshold", values["threshold"]),
    )


def low_stock_form(parent: QWidget | None = None) -> CommandForm:
    """SKU and the available quantity below which allocating it warns (0: never)."""
    return CommandForm(
        "Low stock",
        [
            FieldSpec("sku", "SKU", placeholder="e.g. RED-CHAIR"),
            FieldSpec("threshold", "&Minimum available", placeholder="0 = never warn"),
        ],
        _set_low_stock_threshold,
        "Sa&ve",
        parent,
    )
