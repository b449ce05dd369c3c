"""Whatever a person or a scanner types into a form is either taken as a legitimate value
or refused with a message that names the field, and a refusal stores nothing."""

import pytest
from PySide6.QtCore import Qt

LONG = "x" * 65
GOOD_BATCH = {"ref": "batch-9", "sku": "LAMP", "qty": "7", "eta": ""}
GOOD_ALLOCATION = {"orderid": "order-9", "sku": "LAMP", "qty": "2"}

IDENTIFIER_REFUSALS = [
    ("", "must not be blank"),
    ("   ", "must not be blank"),
    (LONG, "must be at most 64 characters, got 65"),
    ("LA\x07MP", "must not contain control or invisible characters (found U+0007)"),
    ("LA\tMP", "must not contain control or invisible characters (found U+0009)"),
    ("LA\u202eMP", "must not contain control or invisible characters (found U+202E)"),
    ("LA\u200bMP", "must not contain control or invisible characters (found U+200B)"),
    ("LA\ufeffMP", "must not contain control or invisible characters (found U+FEFF)"),
]
IDENTIFIER_ACCEPTED = [
    " padded ",
    "🙂-lamp",
    "e\u0301clair",
    "'; DROP TABLE batches; --",
    "=cmd|' /C calc'!A0",
    "x" * 64,
]
WHOLE = "must be a whole number of at least 1, got"
TOO_LARGE = "is larger than any stock this app can record, got"
QUANTITY_REFUSALS = [
    ("", f"{WHOLE} ''"),
    ("0", f"{WHOLE} 0"),
    ("-1", f"{WHOLE} -1"),
    ("1.5", f"{WHOLE} '1.5'"),
    ("1e3", f"{WHOLE} '1e3'"),
    ("2147483648", f"{TOO_LARGE} 2147483648"),
    (str(2**63), f"{TOO_LARGE} {2**63}"),
    ("9" * 40, f"{TOO_LARGE} {'9' * 40}"),
    ("ten", f"{WHOLE} 'ten'"),
    ("٣", f"{WHOLE} '٣'"),
]
ETA_REFUSALS = [
    ("2026-02-30", "ETA 2026-02-30 is not a real calendar date"),
    ("2026/12/01", "ETA must be a date as YYYY-MM-DD, got '2026/12/01'"),
    ("tomorrow", "ETA must be a date as YYYY-MM-DD, got 'tomorrow'"),
]
LABELS = {"ref": "Reference", "sku": "SKU", "qty": "Quantity", "eta": "ETA", "orderid": "Order ID"}


def fill_and_submit(app, form, values):
    """Put each value in its field (as typing or a paste would) and submit: Enter in the
    last field, or on the submit button when Enter would only move to an empty field."""
    for name, value in values.items():
        form.edits[name].setText(value)
    last = form.edits[list(values)[-1]]
    last.setFocus()
    app.qtbot.keyClick(last, Qt.Key.Key_Return)
    if not form.is_empty() and not form.error_label.isVisible():
        assert not app.focused().text().strip(), "Enter moved to an empty required field"
        form.submit_button.setFocus()
        app.qtbot.keyClick(form.submit_button, Qt.Key.Key_Return)


def assert_refused(app, form, field, message, before):
    assert form.error_label.isVisible()
    assert form.error_label.text() == f"{LABELS[field]} {message}"
    assert app.focused() is form.edits[field], "the field to fix is selected"
    assert app.bus.pending == 0, "nothing was sent"
    assert app.stored_batches() == before


@pytest.mark.parametrize(("value", "message"), IDENTIFIER_REFUSALS)
@pytest.mark.parametrize("field", ["ref", "sku"])
def test_new_batch_identifiers_refused(app, field, value, message):
    before = app.stored_batches()
    form = app.window.new_batch_form
    fill_and_submit(app, form, GOOD_BATCH | {field: value})
    assert_refused(app, form, field, message, before)


@pytest.mark.parametrize(("value", "message"), IDENTIFIER_REFUSALS)
@pytest.mark.parametrize("field", ["orderid", "sku"])
def test_allocation_identifiers_refused(app, field, value, message):
    before = app.stored_batches()
    form = app.window.allocate_form
    fill_and_submit(app, form, GOOD_ALLOCATION | {field: value})
    assert_refused(app, form, field, message, before)


@pytest.mark.parametrize(("value", "message"), QUANTITY_REFUSALS)
@pytest.mark.parametrize("which", ["new_batch_form", "allocate_form"])
def test_quantities_refused(app, which, value, message):
    before = app.stored_batches()
    form = getattr(app.window, which)
    good = GOOD_BATCH if which == "new_batch_form" else GOOD_ALLOCATION
    fill_and_submit(app, form, good | {"qty": value})
    assert_refused(app, form, "qty", message, before)
    assert "2147483647" not in form.error_label.text(), "a limit of storage is not a rule"


@pytest.mark.parametrize(("value", "message"), ETA_REFUSALS)
def test_impossible_or_malformed_etas_refused(app, value, message):
    before = app.stored_batches()
    form = app.window.new_batch_form
    fill_and_submit(app, form, GOOD_BATCH | {"eta": value})
    assert form.error_label.text() == message
    assert app.focused() is form.edits["eta"]
    assert app.stored_batches() == before


@pytest.mark.parametrize("value", IDENTIFIER_ACCEPTED)
def test_legitimate_identifiers_are_taken_and_stored_stripped(app, value):
    form = app.window.new_batch_form
    with app.answered():
        fill_and_submit(app, form, {"ref": value, "sku": value, "qty": "3", "eta": ""})
    stored = app.stored_batches()[value.strip()]
    assert stored.sku == value.strip()
    assert app.row(value.strip())[1] == value.strip()
    form = app.window.allocate_form
    with app.answered():
        fill_and_submit(app, form, {"orderid": value, "sku": value, "qty": "1"})
    assert app.stored_batches()[value.strip()].allocated == 1


def test_duplicates_unknowns_and_a_second_allocation_are_refused(app):
    before = app.stored_batches()
    form = app.window.new_batch_form
    with app.answered():
        fill_and_submit(app, form, GOOD_BATCH | {"ref": " lamp-1 "})
    assert form.error_label.text() == "A batch with reference lamp-1 already exists"
    allocate = app.window.allocate_form
    with app.answered():
        fill_and_submit(app, allocate, GOOD_ALLOCATION | {"sku": "SOFA"})
    assert "No SKU SOFA" in allocate.error_label.text()
    assert app.stored_batches() == before

    with app.answered():
        fill_and_submit(app, allocate, GOOD_ALLOCATION)
    with app.answered():
        fill_and_submit(app, allocate, GOOD_ALLOCATION | {"qty": "3"})
    assert "order-9 already has 2 of LAMP allocated" in allocate.error_label.text()
    with app.answered():
        fill_and_submit(app, allocate, GOOD_ALLOCATION)
    assert app.stored_batches()["lamp-1"].allocated == 2, "the same line twice allocates once"
