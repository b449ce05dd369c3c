"""Warehouse GUI: receive stock batches and allocate order lines to them."""

__version__ = "0.1.0"
