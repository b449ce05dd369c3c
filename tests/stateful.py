"""A hypothesis state machine that drives the real bus with random streams of every
command, valid and invalid, and checks the warehouse's invariants after every step."""

from collections import Counter

from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, invariant, multiple, rule

from warehouse_gui.domain import commands, events
from warehouse_gui.domain.errors import DomainError, InvalidCommand
from warehouse_gui.projection import Projection


def mostly(valid, invalid):
    """Valid values nine times in ten, so that streams go deep, with hostile ones mixed in."""
    return st.sampled_from([*valid] * (9 * len(invalid) // len(valid) + 1) + [*invalid])


SKUS = mostly(["LAMP", "CHAIR", " LAMP "], ["", "x" * 65, "LA\u202eMP", "LA\u200bMP"])
REFERENCES = mostly(["b1", "b2", "b3", "b4", "b5", " b1"], ["", "\x00", "\ud800"])
ORDERS = mostly(["o1", "o2", "o3", "o4", "o5", "o6", "o7"], ["   ", "o\n1"])
QUANTITIES = st.one_of(
    st.integers(min_value=1, max_value=25),
    st.integers(min_value=1, max_value=6),
    st.integers(min_value=1, max_value=6),
    st.sampled_from([0, -1, 2**31, 2**63, 1.5, "3", True, None]),
)
ETAS = mostly([None, "", "2026-12-01", "2027-01-05"], ["2026-02-30", "soon"])
THRESHOLDS = mostly([0, 5, 10, 15, 20, 30], [-1, 2**31, 1.5, "5", None])


class WarehouseMachine(RuleBasedStateMachine):
    """Subclasses give it a bus (``make_bus``) and a way to read the stored state."""

    allocated = Bundle("allocated")
    created = Bundle("created")

    def __init__(self) -> None:
        super().__init__()
        self.published: list[events.Event] = []
        self.bus = self.make_bus(self.published.append)
        # The order lines the clerk asked for and did not cancel: (orderid, sku) -> qty.
        self.lines: dict[tuple[str, str], int] = {}

    def stored(self) -> tuple[object, ...]:
        return self.stored_batches(), self.stored_allocations(), self.stored_waiting()

    def make_bus(self, publish):
        raise NotImplementedError

    def stored_batches(self) -> dict[str, tuple[str, int, int]]:
        """reference -> (sku, purchased, allocated as the batch table shows it)."""
        raise NotImplementedError

    def stored_allocations(self) -> dict[tuple[str, str, str], int]:
        """(orderid, sku, batch reference) -> qty, as stored part by part."""
        raise NotImplementedError

    def stored_waiting(self) -> dict[tuple[str, str], int]:
        """(orderid, sku) -> qty of the lines waiting for stock, as stored."""
        raise NotImplementedError

    def logged_events(self) -> list[events.Event]:
        """Every event of the run, oldest first, as a reader of the log would see it."""
        return self.published

    def stored_products(self) -> dict[str, tuple[int, int]]:
        """sku -> (version, low-stock threshold), as stored."""
        raise NotImplementedError

    def send(self, make_command):
        before = self.stored()
        try:
            command = make_command()
        except InvalidCommand as refusal:
            assert str(refusal).startswith(refusal.name), "the message names the field"
            assert "2147483647" not in str(refusal), "and no limit of storage"
            assert self.stored() == before
            return
        try:
            [result] = self.bus.handle(command)
        except DomainError as refusal:
            assert refusal.message
            assert self.stored() == before
            return
        return command, result

    @rule(target=created, ref=REFERENCES, sku=SKUS, qty=QUANTITIES, eta=ETAS)
    def create_batch(self, ref, sku, qty, eta):
        done = self.send(lambda: commands.CreateBatch(ref, sku, qty, eta))
        return done[0].ref if done else multiple()

    @rule(target=allocated, orderid=ORDERS, sku=SKUS, qty=QUANTITIES)
    def allocate(self, orderid, sku, qty):
        done = self.send(lambda: commands.Allocate(orderid, sku, qty))
        if not done:
            return multiple()
        command, _batchref = done
        self.lines[(command.orderid, command.sku)] = command.qty
        return (command.orderid, command.sku)

    def deallocate(self, orderid, sku):
        done = self.send(lambda: commands.Deallocate(orderid, sku))
        if done:
            del self.lines[(done[0].orderid, done[0].sku)]

    @rule(orderid=ORDERS, sku=SKUS)
    def deallocate_anything(self, orderid, sku):
        self.deallocate(orderid, sku)

    @rule(line=allocated)
    def deallocate_an_allocated_or_waiting_line(self, line):
        self.deallocate(*line)

    @rule(ref=REFERENCES, qty=QUANTITIES)
    def change_any_batch_quantity(self, ref, qty):
        self.send(lambda: commands.ChangeBatchQuantity(ref, qty))

    @rule(ref=created, qty=st.integers(min_value=0, max_value=30))
    def change_a_created_batch_quantity(self, ref, qty):
        self.send(lambda: commands.ChangeBatchQuantity(ref, qty))

    @rule(sku=SKUS, threshold=THRESHOLDS)
    def set_low_stock_threshold(self, sku, threshold):
        self.send(lambda: commands.SetLowStockThreshold(sku, threshold))

    @rule(
        target=created,
        lines=st.lists(st.tuples(REFERENCES, SKUS, QUANTITIES, ETAS), min_size=1, max_size=3),
    )
    def import_batches(self, lines):
        def make_command():
            batches = tuple(commands.CreateBatch(*line) for line in lines)
            return commands.ImportBatches(batches, tuple(range(2, len(batches) + 2)))

        done = self.send(make_command)
        return multiple(*(batch.ref for batch in done[0].batches)) if done else multiple()

    @invariant()
    def low_stock_warnings_match_the_log(self):
        purchased: dict[str, int] = {}
        allocated: Counter[str] = Counter()
        sku_of: dict[str, str] = {}
        thresholds: Counter[str] = Counter()
        for event in self.logged_events():
            if isinstance(event, events.BatchCreated):
                purchased[event.ref], sku_of[event.ref] = event.qty, event.sku
            elif isinstance(event, events.BatchQuantityChanged):
                purchased[event.ref] = event.qty
            elif isinstance(event, events.Allocated):
                allocated[event.batchref] += event.qty
            elif isinstance(event, events.Deallocated):
                allocated[event.batchref] -= event.qty
            elif isinstance(event, events.LowStockThresholdSet):
                thresholds[event.sku] = event.threshold
            elif isinstance(event, events.LowStock):
                available = sum(
                    purchased[ref] - allocated[ref] for ref in purchased if sku_of[ref] == event.sku
                )
                assert event.available == available < event.threshold
                assert event.threshold == thresholds[event.sku]

    @invariant()
    def stock_figures_hold(self):
        batches = self.stored_batches()
        held = Counter()
        for (_orderid, sku, reference), qty in self.stored_allocations().items():
            assert batches[reference][0] == sku, "a part sits in a batch of its own SKU"
            assert qty > 0
            held[reference] += qty
        for reference, (_sku, purchased, allocated) in batches.items():
            assert 0 <= allocated <= purchased, f"batch {reference}: a unit allocated twice"
            assert allocated == held[reference], "the table equals a recomputation"

    @invariant()
    def every_line_is_allocated_whole_or_waits(self):
        allocated: Counter[tuple[str, str]] = Counter()
        for (orderid, sku, _reference), qty in self.stored_allocations().items():
            allocated[(orderid, sku)] += qty
        waiting = self.stored_waiting()
        assert not set(allocated) & set(waiting), "a line is never both allocated and waiting"
        assert dict(allocated) | waiting == self.lines, "every line asked for, whole, once"

    @invariant()
    def the_log_replays_to_the_current_allocations_and_waiting_lines(self):
        parts: Counter[tuple[str, str, str]] = Counter()
        waiting: dict[tuple[str, str], int] = {}
        for event in self.logged_events():
            if isinstance(event, events.Allocated):
                parts[(event.orderid, event.sku, event.batchref)] += event.qty
            elif isinstance(event, events.Deallocated):
                parts[(event.orderid, event.sku, event.batchref)] -= event.qty
            elif isinstance(event, events.OutOfStock):
                assert (event.orderid, event.sku) not in waiting
                waiting[(event.orderid, event.sku)] = event.qty
            elif isinstance(event, events.WaitingLineAllocated):
                assert waiting.pop((event.orderid, event.sku)) == event.qty
                line = (event.orderid, event.sku)
                assert sum(qty for key, qty in parts.items() if key[:2] == line) == event.qty
            elif isinstance(event, events.WaitingLineWithdrawn):
                assert waiting.pop((event.orderid, event.sku)) == event.qty
        assert +parts == self.stored_allocations()
        assert waiting == self.stored_waiting()

    @invariant()
    def the_projection_of_the_log_is_what_is_stored(self):
        replayed = Projection().apply_all((None, event) for event in self.logged_events())
        assert not replayed.anomalies
        batches = {ref: (b.sku, b.purchased, b.allocated) for ref, b in replayed.batches.items()}
        assert batches == self.stored_batches()
        assert replayed.parts == self.stored_allocations()
        assert replayed.waiting == self.stored_waiting()
        assert {
            sku: (version, replayed.thresholds.get(sku, 0))
            for sku, version in replayed.versions.items()
        } == self.stored_products(), "every change of a product is one version, in the log"
