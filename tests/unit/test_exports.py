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
    assert header == [
        "reference",
        "sku",
        "eta",
        "purchased",
        "allocated",
        "available",
        "location",
    ]
    assert line == ['\'=HYPERLINK("x")', "'@LAMP", "2027-01-02", "5", "2", "3", ""]


def test_the_batch_export_gives_the_location_last_after_the_columns_it_had():
    out = io.StringIO()
    rows = [
        BatchRow("b-1", "LAMP", None, 10, 4, "A-03-2"),
        BatchRow("b-2", "LAMP", None, 5, 0, "-B1"),
    ]
    write_batches_csv(rows, out)
    [header, *lines] = list(csv.reader(io.StringIO(out.getvalue())))
    assert header[-1] == "location"
    assert lines == [
        ["b-1", "LAMP", "", "10", "4", "6", "A-03-2"],
        ["b-2", "LAMP", "", "5", "0", "5", "'-B1"],
    ]
