"""Exports for scripts and spreadsheets, written from the read side."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO

from warehouse_gui.read_model import BatchRow, LoggedEvent

# The location comes last: scripts written for the first six columns read them unchanged.
BATCH_COLUMNS = ("reference", "sku", "eta", "purchased", "allocated", "available", "location")
# A spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """``text`` with a leading apostrophe when a spreadsheet would run it as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_batches_csv(rows: Iterable[BatchRow], out: TextIO) -> int:
    """Write one CSV line per batch under a header; return how many batches were written.

    Identifiers that a spreadsheet would take for formulas are neutralised.
    """
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(BATCH_COLUMNS)
    count = 0
    for row in rows:
        eta = row.eta.isoformat() if row.eta else ""
        reference, sku = spreadsheet_safe(row.reference), spreadsheet_safe(row.sku)
        location = spreadsheet_safe(row.location or "")
        writer.writerow(
            (reference, sku, eta, row.purchased, row.allocated, row.available, location)
        )
        count += 1
    return count


def write_events_jsonl(entries: Iterable[LoggedEvent], out: TextIO) -> int:
    """Write one JSON object per log entry and line; return how many were written."""
    count = 0
    for entry in entries:
        out.write(json.dumps(entry.as_json_object(), ensure_ascii=False) + "\n")
        count += 1
    return count
