"""Every command field rule: the message names the field as a clerk does and the rule;
nothing is persisted."""

import pytest

from warehouse_gui import views
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands, validation
from warehouse_gui.domain.errors import FIELD_NAMES, InvalidCommand

GOOD = {"ref": "b1", "sku": "LAMP", "qty": 10, "eta": None, "orderid": "o1"}
MAX = 2**31 - 1


def create_batch(**changes):
    fields = {k: GOOD[k] for k in ("ref", "sku", "qty", "eta")} | changes
    return commands.CreateBatch(**fields)


def allocate(**changes):
    fields = {k: GOOD[k] for k in ("orderid", "sku", "qty")} | changes
    return commands.Allocate(**fields)


QUANTITY_CASES = [
    (0, "Quantity must be a whole number of at least 1, got 0"),
    (-5, "Quantity must be a whole number of at least 1, got -5"),
    (MAX + 1, "Quantity is larger than any stock this app can record, got 2147483648"),
    (2**63, "Quantity is larger than any stock this app can record, got 9223372036854775808"),
    (1.5, "Quantity must be a whole number of at least 1, got 1.5"),
    (10.0, "Quantity must be a whole number of at least 1, got 10.0"),
    (True, "Quantity must be a whole number of at least 1, got True"),
    ("ten", "Quantity must be a whole number of at least 1, got 'ten'"),
    (None, "Quantity must be a whole number of at least 1, got None"),
]

IDENTIFIER_CASES = [
    ("", "{field} must not be blank"),
    ("   \t ", "{field} must not be blank"),
    ("x" * 65, "{field} must be at most 64 characters, got 65"),
    ("LA\x00MP", "{field} must not contain control or invisible characters (found U+0000)"),
    ("LA\nMP", "{field} must not contain control or invisible characters (found U+000A)"),
    ("LA\u202eMP", "{field} must not contain control or invisible characters (found U+202E)"),
    ("LA\u200bMP", "{field} must not contain control or invisible characters (found U+200B)"),
    (42, "{field} must be text, got int"),
    (None, "{field} must be text, got NoneType"),
]

ETA_CASES = [
    ("2026-02-30", "ETA 2026-02-30 is not a real calendar date"),
    ("2026-13-01", "ETA 2026-13-01 is not a real calendar date"),
    ("20261201", "ETA must be a date as YYYY-MM-DD, got '20261201'"),
    ("01/12/2026", "ETA must be a date as YYYY-MM-DD, got '01/12/2026'"),
    ("tomorrow", "ETA must be a date as YYYY-MM-DD, got 'tomorrow'"),
    ("2026-12-01T10:00", "ETA must be a date as YYYY-MM-DD, got '2026-12-01T10:00'"),
    (20261201, "ETA must be a date as YYYY-MM-DD, got 20261201"),
]


@pytest.fixture
def bus(tmp_path):
    bus = bootstrap(db_url=f"sqlite:///{tmp_path / 'validation.db'}", send_mail=lambda **m: None)
    bus.handle(commands.CreateBatch("existing", "LAMP", 5))
    return bus


def assert_refused(bus, make_command, message, field):
    before = views.batches(bus.uow)
    with pytest.raises(InvalidCommand) as error:
        bus.handle(make_command())
    assert str(error.value) == message
    assert error.value.field == field
    assert views.batches(bus.uow) == before


@pytest.mark.parametrize(("qty", "message"), QUANTITY_CASES)
@pytest.mark.parametrize("make", [create_batch, allocate], ids=["CreateBatch", "Allocate"])
def test_quantity_rules(bus, make, qty, message):
    assert_refused(bus, lambda: make(qty=qty), message, "qty")


@pytest.mark.parametrize(("value", "message"), IDENTIFIER_CASES)
@pytest.mark.parametrize(
    ("make", "field"),
    [(create_batch, "ref"), (create_batch, "sku"), (allocate, "orderid"), (allocate, "sku")],
    ids=["CreateBatch.ref", "CreateBatch.sku", "Allocate.orderid", "Allocate.sku"],
)
def test_identifier_rules(bus, make, field, value, message):
    name = {"ref": "Reference", "sku": "SKU", "orderid": "Order ID"}[field]
    assert_refused(bus, lambda: make(**{field: value}), message.format(field=name), field)


@pytest.mark.parametrize(("eta", "message"), ETA_CASES)
def test_eta_rules(bus, eta, message):
    assert_refused(bus, lambda: create_batch(eta=eta), message, "eta")


def test_identifiers_are_stored_stripped(bus):
    bus.handle(commands.CreateBatch("  b2 ", " LAMP\t", 3, " 2026-12-24 "))
    assert bus.handle(commands.Allocate(" o9 ", "LAMP ", 1)) == ["existing"]
    rows = {row.reference: row for row in views.batches(bus.uow)}
    assert rows["b2"].sku == "LAMP"
    assert str(rows["b2"].eta) == "2026-12-24"


@pytest.mark.parametrize(
    "value", ["x" * 64, "Ünïcödé-🙂", "e\u0301clair", "'; DROP TABLE batches; --"]
)
def test_legitimate_identifiers_are_accepted(bus, value):
    bus.handle(commands.CreateBatch(value, value, 1))
    assert bus.handle(commands.Allocate(value, value, 1)) == [value]


@pytest.mark.parametrize("qty", [1, MAX])
def test_quantity_bounds_are_accepted(bus, qty):
    bus.handle(commands.CreateBatch("edge", "EDGE", qty))
    assert {r.reference: r.purchased for r in views.batches(bus.uow)}["edge"] == qty


@pytest.mark.parametrize("eta", [None, "", "  "])
def test_no_eta_means_in_stock(eta):
    assert commands.CreateBatch("b1", "LAMP", 1, eta).eta is None


def test_leap_day_is_a_real_date():
    assert commands.CreateBatch("b1", "LAMP", 1, "2028-02-29").eta == "2028-02-29"


@pytest.mark.parametrize(("text", "expected"), [("12", 12), (" 7 ", 7), ("+3", 3)])
def test_quantities_typed_as_text_are_read(text, expected):
    values = {"orderid": "o1", "sku": "LAMP", "qty": text}
    assert commands.Allocate.from_fields(values).qty == expected


@pytest.mark.parametrize(
    ("text", "got"),
    [("", "''"), ("1.5", "'1.5'"), ("1e3", "'1e3'"), ("ten", "'ten'"), ("0", "0"), ("-1", "-1")],
)
def test_quantities_typed_as_text_are_refused_with_the_rule(text, got):
    with pytest.raises(InvalidCommand) as error:
        commands.Allocate.from_fields({"orderid": "o1", "sku": "LAMP", "qty": text})
    assert str(error.value) == f"Quantity must be a whole number of at least 1, got {got}"
    assert error.value.rule == f"must be a whole number of at least 1, got {got}"
    assert error.value.field == "qty", "the form selects its field by the command's name"


def test_every_field_at_fault_is_named_in_field_order():
    values = {"ref": " ", "sku": "LAMP", "qty": "four", "eta": "2026-02-30"}
    problems = commands.CreateBatch.problems_in(values)
    assert [(problem.field, problem.rule) for problem in problems] == [
        ("ref", "must not be blank"),
        ("qty", "must be a whole number of at least 1, got 'four'"),
        ("eta", "2026-02-30 is not a real calendar date"),
    ]
    with pytest.raises(InvalidCommand) as first:
        commands.CreateBatch.from_fields(values)
    assert first.value.field == "ref"


@pytest.mark.parametrize(
    ("rule", "value", "rule_text"),
    [
        (validation.quantity, "abc", "must be a whole number of at least 1, got 'abc'"),
        (validation.quantity, "0", "must be a whole number of at least 1, got 0"),
        (validation.quantity, " -3 ", "must be a whole number of at least 1, got -3"),
        (validation.threshold, "-1", "must be a whole number, 0 or more, got -1"),
        (validation.threshold, "lots", "must be a whole number, 0 or more, got 'lots'"),
        (
            validation.corrected_quantity,
            "-1",
            "must be a whole number, 0 to cancel the batch, got -1",
        ),
        (
            validation.corrected_quantity,
            "2.5",
            "must be a whole number, 0 to cancel the batch, got '2.5'",
        ),
    ],
)
def test_the_number_rules_say_what_a_person_may_type(rule, value, rule_text):
    with pytest.raises(InvalidCommand) as error:
        rule("qty", value)
    assert error.value.rule == rule_text
    assert str(error.value) == f"Quantity {rule_text}"


@pytest.mark.parametrize(
    "rule", [validation.quantity, validation.threshold, validation.corrected_quantity]
)
@pytest.mark.parametrize(
    ("value", "got"),
    [
        (MAX + 1, "2147483648"),
        (str(MAX + 1), "2147483648"),
        (" 4006381333931 ", "4006381333931"),  # an EAN scanned into the wrong field
        ("9" * 5000, "9" * 5000),  # beyond what int() reads from text
    ],
)
def test_a_number_beyond_storage_is_refused_without_naming_the_limit(rule, value, got):
    with pytest.raises(InvalidCommand) as error:
        rule("qty", value)
    assert error.value.rule == f"is larger than any stock this app can record, got {got}"
    assert str(MAX) not in str(error.value)


@pytest.mark.parametrize("rule", [validation.threshold, validation.corrected_quantity])
def test_zero_is_a_threshold_and_a_corrected_quantity_but_not_a_quantity(rule):
    assert rule("qty", "0") == 0
    assert rule("qty", MAX) == MAX
    with pytest.raises(InvalidCommand):
        validation.quantity("qty", "0")


def test_a_batch_may_be_corrected_to_zero_but_not_below():
    assert commands.ChangeBatchQuantity.from_fields({"ref": "b1", "qty": " 0 "}).qty == 0
    with pytest.raises(InvalidCommand) as error:
        commands.ChangeBatchQuantity.from_fields({"ref": "b1", "qty": "-1"})
    assert str(error.value) == "Quantity must be a whole number, 0 to cancel the batch, got -1"
    assert error.value.field == "qty"


@pytest.mark.parametrize(
    ("make", "field", "name"),
    [
        (lambda: commands.CreateBatch(" ", "LAMP", 1), "ref", "Reference"),
        (lambda: commands.CreateBatch("b1", "", 1), "sku", "SKU"),
        (lambda: commands.CreateBatch("b1", "LAMP", "x"), "qty", "Quantity"),
        (lambda: commands.CreateBatch("b1", "LAMP", 1, "soon"), "eta", "ETA"),
        (lambda: commands.Allocate("", "LAMP", 1), "orderid", "Order ID"),
        (lambda: commands.SetLowStockThreshold("LAMP", -1), "threshold", "Threshold"),
    ],
)
def test_a_refusal_names_the_field_as_a_clerk_does_and_keeps_its_code_name(make, field, name):
    with pytest.raises(InvalidCommand) as error:
        make()
    assert str(error.value).startswith(f"{name} ")
    assert error.value.name == name == FIELD_NAMES[field]
    assert error.value.field == field
