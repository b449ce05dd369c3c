"""Exports are safe to open in a spreadsheet."""

import csv
import io
from datetime import date

import pytest

from warehouse_gui.exports import spreadsheet_safe, write_batches_csv
from warehouse_gui.read_model import BatchRow


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("LAMP", "LAMP"),
        ("'; DROP TABLE batches; --", "'; DROP TABLE batches; --"),
        ("a=b", "a=b"),
    ],
)
def test_formula_starts_are_neutralised(value, written):
    assert spreadsheet_safe(value) == written


def test_the_batch_export_neutralises_references_and_skus():
    out = io.StringIO()
    rows = [BatchRow('=HYPERLINK("x")', "@LAMP", date(2027, 1, 2), 5, 2)]
    assert write_batches_csv(rows, out) == 1
    [header, line] = list(csv.reader(io.StringIO(out.getvalue())))
    assert header == ["reference", "sku", "eta", "purchased", "allocated", "available"]
    assert line == ['\'=HYPERLINK("x")', "'@LAMP", "2027-01-02", "5", "2", "3"]
