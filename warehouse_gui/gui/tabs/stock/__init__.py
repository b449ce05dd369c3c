"""The Stock picture tab: one bar per batch of a SKU."""
