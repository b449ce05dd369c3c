"""Where batches stand, picking checked against what each batch holds, putting a pick back,
and shortages reported for a supervisor to correct."""

import pytest

from tests.unit.fakes import make_bus
from warehouse_gui.batch_import import parse_batches
from warehouse_gui.domain import commands, events
from warehouse_gui.domain.commands import CreateBatch, ImportBatches
from warehouse_gui.domain.errors import DomainError, InvalidCommand, UnknownBatch
from warehouse_gui.domain.model import PickRefused
from warehouse_gui.projection import Projection


def floor(*batches):
    """A bus with ``batches`` received: (reference, SKU, quantity, location)."""
    uow, bus, published = make_bus()
    for ref, sku, qty, location in batches:
        bus.handle(commands.CreateBatch(ref, sku, qty, location=location))
    published.clear()
    return uow, bus, published


def picked_from(uow, orderid, sku="LAMP"):
    holding = uow.products.get(sku).allocations.find(orderid)
    return set(holding.picked)


# Locations


def test_a_batch_received_into_a_bin_says_where_it_stands():
    uow, bus, published = make_bus()

    bus.handle(commands.CreateBatch("lamp-1", "LAMP", 10, location=" a-03-2 "))

    assert uow.products.get("LAMP").batches.get("lamp-1").location == "A-03-2"
    assert published[0] == events.BatchCreated("lamp-1", "LAMP", 10, None, "A-03-2")


def test_a_batch_received_without_a_location_has_none():
    uow, bus, published = make_bus()

    bus.handle(commands.CreateBatch("lamp-1", "LAMP", 10))

    assert uow.products.get("LAMP").batches.get("lamp-1").location is None
    assert published[0].location is None


def test_moving_a_batch_records_where_it_went_and_where_it_was():
    uow, bus, published = floor(("lamp-1", "LAMP", 10, "A-03-2"))

    bus.handle(commands.MoveBatch("lamp-1", "b-01-1"))

    assert uow.products.get("LAMP").batches.get("lamp-1").location == "B-01-1"
    assert published == [events.BatchMoved("lamp-1", "LAMP", "B-01-1", "A-03-2")]


def test_moving_a_batch_to_where_it_stands_records_nothing():
    uow, bus, published = floor(("lamp-1", "LAMP", 10, "A-03-2"))
    version = uow.products.get("LAMP").version

    bus.handle(commands.MoveBatch("lamp-1", "a-03-2"))

    assert published == []
    assert uow.products.get("LAMP").version == version


def test_moving_an_unknown_batch_is_refused():
    _uow, bus, published = floor(("lamp-1", "LAMP", 10, "A-03-2"))

    with pytest.raises(UnknownBatch, match="No batch has the reference lamp-9"):
        bus.handle(commands.MoveBatch("lamp-9", "B-01"))
    assert published == []


@pytest.mark.parametrize(
    ("location", "words"),
    [
        ("", "Location must not be blank"),
        ("A 03", "Location must be letters, digits and '-' only, got 'A 03'"),
        ("A" * 33, "Location must be at most 32 characters, got 33"),
    ],
)
def test_a_move_to_no_place_or_a_wrong_code_is_refused_in_words(location, words):
    with pytest.raises(InvalidCommand) as refusal:
        commands.MoveBatch("lamp-1", location)
    assert refusal.value.message == words


# Picking


def test_a_pick_of_the_right_batch_and_quantity_is_recorded():
    uow, bus, published = floor(("lamp-1", "LAMP", 10, "A-03-2"))
    bus.handle(commands.Allocate("order-7", "LAMP", 5))

    bus.handle(commands.ConfirmPick("order-7", "LAMP", "lamp-1", 5))

    assert published[-1] == events.Picked("order-7", "LAMP", "lamp-1", 5)
    assert picked_from(uow, "order-7") == {"lamp-1"}


def test_a_pick_from_the_wrong_batch_names_the_right_one_and_its_bin():
    uow, bus, published = floor(("lamp-1", "LAMP", 10, "A-03-2"), ("lamp-2", "LAMP", 10, "B-01"))
    bus.handle(commands.Allocate("order-7", "LAMP", 5))
    published.clear()

    with pytest.raises(PickRefused) as refusal:
        bus.handle(commands.ConfirmPick("order-7", "LAMP", "lamp-2", 5))

    assert refusal.value.message == (
        "Batch lamp-2 holds no part of order-7's LAMP: its LAMP is in lamp-1 at A-03-2"
    )
    assert refusal.value.field == "batchref"
    assert published == []
    assert picked_from(uow, "order-7") == set()


def test_a_pick_of_the_wrong_quantity_names_the_right_one():
    _uow, bus, published = floor(("lamp-1", "LAMP", 10, "A-03-2"))
    bus.handle(commands.Allocate("order-7", "LAMP", 5))
    published.clear()

    with pytest.raises(PickRefused, match="order-7's LAMP from lamp-1 is 5, not 3") as refusal:
        bus.handle(commands.ConfirmPick("order-7", "LAMP", "lamp-1", 3))
    assert refusal.value.field == "qty"
    assert published == []


def test_a_pick_of_a_sku_the_order_has_no_line_of_is_refused():
    _uow, bus, published = floor(("lamp-1", "LAMP", 10, "A-03-2"), ("desk-1", "DESK", 4, "C-1"))
    bus.handle(commands.Allocate("order-7", "LAMP", 5))
    published.clear()

    with pytest.raises(PickRefused, match="order-7 has no line of DESK to pick"):
        bus.handle(commands.ConfirmPick("order-7", "DESK", "desk-1", 4))
    with pytest.raises(DomainError, match="No SKU CHAIR: order-7 has no line of it to pick"):
        bus.handle(commands.ConfirmPick("order-7", "CHAIR", "lamp-1", 5))
    assert published == []


def test_a_line_waiting_for_stock_cannot_be_picked():
    _uow, bus, _published = floor(("lamp-1", "LAMP", 2, "A-03-2"))
    bus.handle(commands.Allocate("order-7", "LAMP", 5))

    with pytest.raises(PickRefused, match="order-7's LAMP waits for stock: no batch holds it"):
        bus.handle(commands.ConfirmPick("order-7", "LAMP", "lamp-1", 2))


def test_a_part_picked_already_is_refused_the_second_time():
    _uow, bus, published = floor(("lamp-1", "LAMP", 10, "A-03-2"))
    bus.handle(commands.Allocate("order-7", "LAMP", 5))
    bus.handle(commands.ConfirmPick("order-7", "LAMP", "lamp-1", 5))
    published.clear()

    with pytest.raises(PickRefused, match="order-7's LAMP from lamp-1 is already picked"):
        bus.handle(commands.ConfirmPick("order-7", "LAMP", "lamp-1", 5))
    assert published == []


def test_a_split_line_is_picked_part_by_part_from_each_batch():
    uow, bus, published = floor(("lamp-1", "LAMP", 4, "A-10"), ("lamp-2", "LAMP", 10, "A-2"))
    bus.handle(commands.Allocate("order-7", "LAMP", 12))  # 4 from lamp-1, 8 from lamp-2
    published.clear()

    with pytest.raises(PickRefused) as refusal:
        bus.handle(commands.ConfirmPick("order-7", "LAMP", "lamp-3", 4))
    assert refusal.value.message.endswith("its LAMP is in lamp-1 at A-10 (4) and lamp-2 at A-2 (8)")

    bus.handle(commands.ConfirmPick("order-7", "LAMP", "lamp-2", 8))
    with pytest.raises(PickRefused) as refusal:
        bus.handle(commands.ConfirmPick("order-7", "LAMP", "lamp-3", 4))
    assert refusal.value.message.endswith("its LAMP is in lamp-1 at A-10")
    bus.handle(commands.ConfirmPick("order-7", "LAMP", "lamp-1", 4))

    assert published == [
        events.Picked("order-7", "LAMP", "lamp-2", 8),
        events.Picked("order-7", "LAMP", "lamp-1", 4),
    ]
    assert picked_from(uow, "order-7") == {"lamp-1", "lamp-2"}


def test_cancelling_a_picked_line_is_refused_with_the_reason():
    uow, bus, published = floor(("lamp-1", "LAMP", 10, "A-03-2"))
    bus.handle(commands.Allocate("order-7", "LAMP", 5))
    bus.handle(commands.ConfirmPick("order-7", "LAMP", "lamp-1", 5))
    published.clear()

    with pytest.raises(PickRefused) as refusal:
        bus.handle(commands.Deallocate("order-7", "LAMP"))

    assert refusal.value.message == (
        "order-7's LAMP is picked (lamp-1): put it back first (Ctrl+Z undoes a pick)"
    )
    assert published == []
    assert uow.products.get("LAMP").batches.get("lamp-1").allocated_quantity == 5


def test_cancelling_a_split_line_with_one_part_picked_is_refused_too():
    _uow, bus, _published = floor(("lamp-1", "LAMP", 4, "A-1"), ("lamp-2", "LAMP", 10, "A-2"))
    bus.handle(commands.Allocate("order-7", "LAMP", 12))
    bus.handle(commands.ConfirmPick("order-7", "LAMP", "lamp-2", 8))

    with pytest.raises(PickRefused, match=r"order-7's LAMP is picked \(lamp-2\)"):
        bus.handle(commands.Deallocate("order-7", "LAMP"))


def test_a_pick_put_back_can_be_cancelled():
    uow, bus, published = floor(("lamp-1", "LAMP", 10, "A-03-2"))
    bus.handle(commands.Allocate("order-7", "LAMP", 5))
    bus.handle(commands.ConfirmPick("order-7", "LAMP", "lamp-1", 5))

    bus.handle(commands.ReturnPick("order-7", "LAMP", "lamp-1"))
    bus.handle(commands.Deallocate("order-7", "LAMP"))

    assert events.PickReturned("order-7", "LAMP", "lamp-1", 5) in published
    assert uow.products.get("LAMP").batches.get("lamp-1").allocated_quantity == 0


def test_putting_back_what_was_not_picked_is_refused():
    _uow, bus, published = floor(("lamp-1", "LAMP", 10, "A-03-2"))
    bus.handle(commands.Allocate("order-7", "LAMP", 5))
    published.clear()

    with pytest.raises(PickRefused, match="order-7's LAMP from lamp-1 is not picked"):
        bus.handle(commands.ReturnPick("order-7", "LAMP", "lamp-1"))
    assert published == []


def test_a_correction_below_what_was_picked_from_a_batch_is_refused():
    uow, bus, published = floor(("lamp-1", "LAMP", 10, "A-03-2"))
    bus.handle(commands.Allocate("order-7", "LAMP", 5))
    bus.handle(commands.Allocate("order-9", "LAMP", 2))
    bus.handle(commands.ConfirmPick("order-7", "LAMP", "lamp-1", 5))
    published.clear()

    with pytest.raises(PickRefused) as refusal:
        bus.handle(commands.ChangeBatchQuantity("lamp-1", 4))

    assert refusal.value.message == (
        "Batch lamp-1 cannot go down to 4: 5 were picked from it (order-7: 5); "
        "put it back first (Ctrl+Z undoes a pick)"
    )
    assert published == []
    assert uow.products.get("LAMP").batches.get("lamp-1").purchased_quantity == 10


def test_a_correction_releases_the_parts_not_picked_and_keeps_the_picked_ones():
    uow, bus, published = floor(("lamp-1", "LAMP", 10, "A-03-2"))
    bus.handle(commands.Allocate("order-7", "LAMP", 5))
    bus.handle(commands.Allocate("order-9", "LAMP", 2))
    bus.handle(commands.ConfirmPick("order-7", "LAMP", "lamp-1", 5))
    bus.handle(commands.ConfirmPick("order-9", "LAMP", "lamp-1", 2))
    bus.handle(commands.Allocate("order-8", "LAMP", 3))  # the newest, not picked
    published.clear()

    bus.handle(commands.ChangeBatchQuantity("lamp-1", 7))

    assert events.Deallocated("order-8", "LAMP", 3, "lamp-1", events.BATCH_SHRUNK) in published
    assert [e for e in published if isinstance(e, events.Deallocated)] == [
        events.Deallocated("order-8", "LAMP", 3, "lamp-1", events.BATCH_SHRUNK)
    ]
    assert picked_from(uow, "order-7") == {"lamp-1"}
    assert picked_from(uow, "order-9") == {"lamp-1"}


# Shortages


def test_a_shortage_is_reported_with_what_the_batch_should_hold_and_where():
    uow, bus, published = floor(("lamp-1", "LAMP", 10, "A-03-2"))
    version = uow.products.get("LAMP").version

    bus.handle(commands.ReportShortage("lamp-1", 7))

    assert published == [events.ShortageReported("lamp-1", "LAMP", 7, 10, "A-03-2")]
    product = uow.products.get("LAMP")
    assert product.batches.get("lamp-1").purchased_quantity == 10
    assert product.version == version


@pytest.mark.parametrize("counted", [10, 12])
def test_a_count_not_below_what_the_batch_holds_is_no_shortage(counted):
    _uow, bus, published = floor(("lamp-1", "LAMP", 10, "A-03-2"))

    with pytest.raises(DomainError) as refusal:
        bus.handle(commands.ReportShortage("lamp-1", counted))

    assert refusal.value.message == (
        f"Counted {counted}, and batch lamp-1 holds 10: a shortage is a count below what it holds"
    )
    assert refusal.value.field == "counted"
    assert published == []


def test_a_shortage_of_an_unknown_batch_is_refused():
    _uow, bus, _published = floor(("lamp-1", "LAMP", 10, "A-03-2"))

    with pytest.raises(UnknownBatch):
        bus.handle(commands.ReportShortage("lamp-9", 1))


# The log replayed


def test_the_replay_follows_moves_and_picks_and_skips_shortages():
    uow, bus, published = make_bus()
    bus.handle(commands.CreateBatch("lamp-1", "LAMP", 10, location="A-1"))
    bus.handle(commands.Allocate("order-7", "LAMP", 5))
    bus.handle(commands.MoveBatch("lamp-1", "B-2"))
    bus.handle(commands.ConfirmPick("order-7", "LAMP", "lamp-1", 5))
    bus.handle(commands.ReturnPick("order-7", "LAMP", "lamp-1"))
    bus.handle(commands.ConfirmPick("order-7", "LAMP", "lamp-1", 5))
    bus.handle(commands.ReportShortage("lamp-1", 8))

    replayed = Projection().apply_all((None, event) for event in published)

    assert replayed.anomalies == []
    assert replayed.batches["lamp-1"].location == "B-2"
    assert replayed.picked == {("order-7", "LAMP", "lamp-1")}
    assert replayed.versions["LAMP"] == uow.products.get("LAMP").version


# Import


def test_an_import_without_a_location_column_receives_batches_without_one():
    parsed = parse_batches(b"reference,sku,qty,eta\nb-1,LAMP,20,\n")

    assert parsed.command() == ImportBatches((CreateBatch("b-1", "LAMP", 20),), (2,))
    assert parsed.rows[0].location == ""


def test_an_import_with_a_location_column_puts_each_batch_in_its_bin():
    parsed = parse_batches(b"reference,sku,qty,eta,location\nb-1,LAMP,20,,a-03-2\nb-2,LAMP,5,,\n")
    uow, bus, published = make_bus()

    bus.handle(parsed.command())

    assert [row.location for row in parsed.rows] == ["a-03-2", ""]
    batches = uow.products.get("LAMP").batches
    assert (batches.get("b-1").location, batches.get("b-2").location) == ("A-03-2", None)
    assert [e.location for e in published if isinstance(e, events.BatchCreated)] == [
        "A-03-2",
        None,
    ]


def test_an_import_names_a_wrong_location_with_its_line():
    parsed = parse_batches(b"Location;Reference;SKU;Qty;ETA\nA 1;b-1;LAMP;20;\n")

    assert [str(problem) for problem in parsed.problems] == [
        "line 2, Location: must be letters, digits and '-' only, got 'A 1'"
    ]


def test_a_line_of_a_file_with_a_location_column_counts_five_values():
    parsed = parse_batches(b"reference,sku,qty,eta,location\nb-1,LAMP,20\n")

    assert [str(problem) for problem in parsed.problems] == [
        "line 2: has 3 values, expected 5 (reference,sku,qty,eta,location)"
    ]


def test_a_location_column_named_twice_is_refused():
    parsed = parse_batches(b"reference,sku,qty,eta,location,location\nb-1,LAMP,20,,A,B\n")

    assert "location is named twice" in str(parsed.problems[0])
