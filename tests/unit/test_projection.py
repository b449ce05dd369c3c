"""The event log folded into what the tables should hold (``warehouse_gui.projection``)."""

from datetime import date

from warehouse_gui.domain import events
from warehouse_gui.domain.model import Batch, OrderLine, Product
from warehouse_gui.projection import BatchState, Projection


def replay(product: Product) -> Projection:
    return Projection().apply_all((None, event) for event in product.events)


def stored_parts(product: Product) -> dict[tuple[str, str, str], int]:
    return {(p.orderid, p.sku, ref): p.qty for p, ref in product.allocations._held}


def test_splits_waits_shrinks_and_cancellations_replay_to_the_product():
    lamp = Product("LAMP", [])
    lamp.add_batch(Batch("b1", "LAMP", 40))
    lamp.add_batch(Batch("b2", "LAMP", 30, date(2027, 1, 10)))
    lamp.allocate(OrderLine("o1", "LAMP", 45))  # split: 40 + 5
    lamp.allocate(OrderLine("o2", "LAMP", 100))  # waits
    lamp.allocate(OrderLine("o3", "LAMP", 20))
    lamp.set_low_stock_threshold(10)
    lamp.add_batch(Batch("b3", "LAMP", 120))  # o2 allocated
    lamp.deallocate("o3")
    lamp.change_batch_quantity("b1", 10)  # o1's part leaves b1 and joins the others
    lamp.change_batch_quantity("b3", 0)  # o2 and the rest of o1 move or wait
    lamp.allocate(OrderLine("o4", "LAMP", 500))  # waits
    lamp.deallocate("o4")  # withdrawn

    replayed = replay(lamp)

    assert replayed.versions == {"LAMP": lamp.version}
    assert replayed.thresholds == {"LAMP": 10}
    assert replayed.parts == stored_parts(lamp)
    assert replayed.waiting == {
        (line.orderid, line.sku): line.qty for line, _ in lamp.allocations.waiting()
    }
    assert {ref: (b.purchased, b.allocated) for ref, b in replayed.batches.items()} == {
        b.reference: (b.purchased_quantity, b.allocated_quantity) for b in lamp.batches
    }
    assert replayed.batches["b2"].eta == "2027-01-10"
    assert replayed.events == len(lamp.events)
    assert not replayed.anomalies


def test_a_split_placement_is_one_version_and_each_order_its_own():
    replayed = Projection().apply_all(
        [
            (None, events.BatchCreated("b1", "LAMP", 10)),
            (None, events.BatchCreated("b2", "LAMP", 10)),
            (None, events.Allocated("o1", "LAMP", 10, "b1")),
            (None, events.Allocated("o1", "LAMP", 2, "b2")),
            (None, events.Allocated("o2", "LAMP", 3, "b2")),
            (None, events.LowStock("LAMP", 5, 6)),
            (None, events.Deallocated("o1", "LAMP", 10, "b1")),
            (None, events.Deallocated("o1", "LAMP", 2, "b2")),
            (None, events.Deallocated("o2", "LAMP", 3, "b2")),
        ]
    )
    # 2 batches, 2 placements, 2 cancellations
    assert replayed.versions == {"LAMP": 6}
    assert replayed.parts == {}
    assert replayed.batches["b2"] == BatchState("LAMP", 10, 0, None)


def test_a_batch_shrinking_bumps_once_and_its_moves_once_each():
    replayed = Projection().apply_all(
        [
            (None, events.BatchCreated("b1", "LAMP", 10)),
            (None, events.BatchCreated("b2", "LAMP", 10)),
            (None, events.Allocated("o1", "LAMP", 6, "b1")),
            (None, events.Allocated("o2", "LAMP", 4, "b1")),
            (None, events.BatchQuantityChanged("b1", 5, 10)),
            (None, events.Deallocated("o2", "LAMP", 4, "b1", events.BATCH_SHRUNK)),
            (None, events.Deallocated("o1", "LAMP", 6, "b1", events.BATCH_SHRUNK)),
            (None, events.Allocated("o2", "LAMP", 4, "b2")),
            (None, events.Allocated("o1", "LAMP", 5, "b1")),
            (None, events.Allocated("o1", "LAMP", 1, "b2")),
        ]
    )
    assert replayed.versions == {"LAMP": 2 + 2 + 1 + 2}
    assert replayed.parts == {
        ("o2", "LAMP", "b2"): 4,
        ("o1", "LAMP", "b1"): 5,
        ("o1", "LAMP", "b2"): 1,
    }
    assert replayed.batches["b1"].purchased == 5


def test_waiting_lines_come_and_go_oldest_first():
    replayed = Projection().apply_all(
        [
            (None, events.BatchCreated("b1", "LAMP", 1)),
            (None, events.OutOfStock("LAMP", "o1", 5, 1)),
            (None, events.OutOfStock("LAMP", "o2", 7, 1)),
            (None, events.OutOfStock("LAMP", "o3", 2, 1)),
            (None, events.WaitingLineWithdrawn("o2", "LAMP", 7)),
            (None, events.BatchCreated("b2", "LAMP", 5)),
            (None, events.Allocated("o1", "LAMP", 5, "b2")),
            (None, events.WaitingLineAllocated("o1", "LAMP", 5, "2026-12-01T09:00:00+00:00")),
        ]
    )
    assert list(replayed.waiting.items()) == [(("o3", "LAMP"), 2)]
    assert replayed.versions == {"LAMP": 1 + 3 + 1 + 1 + 1}


def test_old_entries_without_their_newer_fields_replay_gracefully():
    old = [
        ("LAMP", events.rebuild("BatchCreated", {"ref": "b1", "sku": "LAMP", "qty": 5})),
        ("LAMP", events.rebuild("OutOfStock", {"sku": "LAMP"})),
        (
            "LAMP",
            events.rebuild(
                "Allocated", {"orderid": "o1", "sku": "LAMP", "qty": 2, "batchref": "b1"}
            ),
        ),
        ("LAMP", events.rebuild("Deallocated", {"orderid": "o1", "sku": "LAMP", "qty": 2})),
        ("LAMP", events.rebuild("BatchQuantityChanged", {"ref": "b1", "qty": 4})),
    ]
    replayed = Projection().apply_all(old)
    assert replayed.waiting == {}, "no line waited before waiting lines were recorded"
    assert replayed.parts == {}, "a Deallocated without its batch releases the whole line"
    assert replayed.batches["b1"] == BatchState("LAMP", 4, 0, None)
    assert replayed.versions == {"LAMP": 4}
    assert not replayed.anomalies


def test_what_the_log_cannot_explain_is_kept_as_anomalies():
    replayed = Projection().apply_all(
        [
            (None, events.Allocated("o1", "LAMP", 2, "nowhere")),
            (None, events.WaitingLineAllocated("o2", "LAMP", 3)),
            (None, events.Deallocated("o3", "LAMP", 1, "nowhere")),
        ]
    )
    assert replayed.anomalies == [
        "batch nowhere: an allocation to order o1 before the batch was created",
        "order o2: a line of LAMP allocated that was not waiting",
        "order o3: 1 × LAMP released from batch nowhere, which held 0 of it",
    ]
