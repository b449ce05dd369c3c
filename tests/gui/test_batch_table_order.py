"""The batch table's fast paths (kept orders, narrowing filters, rows moved by bisection)
always show what a plain filter-then-sort of every batch would show."""

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from warehouse_gui.domain import events
from warehouse_gui.gui.tabs.batches.entries import COLUMNS
from warehouse_gui.gui.tabs.batches.model import BatchTableModel
from warehouse_gui.read_model import BatchRow

REFERENCES = ["a-1", "A-1", "a-10", "b-2", "B-20", "c", "lamp-1", "Lamp-2", "x-9", "ß-1"]
SKUS = ["LAMP", "lamp", "CHAIR", "TABLE", "SS", "sku-1"]
FILTERS = ["", "a", "a-1", "a-1 1", "lamp", "LAMP 2", "ss", "ß", "-", "x", "b-2", "1"]


def expected_rows(batches, filter_text, column, order):
    terms = filter_text.casefold().split()
    shown = [b for b in batches.values() if all(t in f"{b[0]}\n{b[1]}".casefold() for t in terms)]

    def tie(b):
        return (b[0].casefold(), b[0])

    keys = {
        0: tie,
        1: lambda b: (b[1].casefold(), b[2] is not None, b[2] or date.min, tie(b)),
        2: lambda b: (b[2] is not None, b[2] or date.min, tie(b)),
        3: lambda b: (b[3], tie(b)),
        4: lambda b: (b[4], tie(b)),
        5: lambda b: (b[3] - b[4], tie(b)),
        6: tie,  # Location: none of these batches has one
    }
    rows = sorted(shown, key=keys[column])
    if order == Qt.SortOrder.DescendingOrder:
        rows.reverse()
    return [b[0] for b in rows]


batch = st.tuples(
    st.sampled_from(REFERENCES),
    st.sampled_from(SKUS),
    st.one_of(st.none(), st.integers(0, 5).map(lambda d: date(2027, 1, 1) + timedelta(days=d))),
    st.integers(1, 20),
    st.integers(0, 20),
)
operation = st.one_of(
    st.tuples(st.just("filter"), st.sampled_from(FILTERS)),
    st.tuples(
        st.just("sort"),
        st.integers(0, len(COLUMNS) - 1),
        st.sampled_from([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder]),
    ),
    st.tuples(st.just("create"), batch),
    st.tuples(st.just("allocate"), st.sampled_from(REFERENCES), st.integers(-5, 5)),
    st.tuples(st.just("purchased"), st.sampled_from(REFERENCES), st.integers(1, 20)),
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(initial=st.lists(batch, max_size=8), operations=st.lists(operation, max_size=25))
def test_rows_always_match_a_plain_filter_and_sort(qapp, initial, operations):
    model = BatchTableModel()
    batches = {}
    for ref, sku, eta, purchased, allocated in initial:
        batches.setdefault(ref, [ref, sku, eta, purchased, allocated])
    model.load(BatchRow(*b) for b in batches.values())
    state = {"filter": "", "column": 1, "order": Qt.SortOrder.AscendingOrder}
    for op in operations:
        if op[0] == "filter":
            state["filter"] = op[1]
            model.set_filter(op[1])
        elif op[0] == "sort":
            state["column"], state["order"] = op[1], op[2]
            model.sort(op[1], op[2])
        elif op[0] == "create":
            ref, sku, eta, purchased, _allocated = op[1]
            model.apply_event(
                events.BatchCreated(ref, sku, purchased, eta.isoformat() if eta else None)
            )
            batches.setdefault(ref, [ref, sku, eta, purchased, 0])
        elif op[0] == "allocate" and op[1] in batches:
            ref, qty = op[1], op[2]
            event_type = events.Allocated if qty >= 0 else events.Deallocated
            if qty >= 0:
                model.apply_event(events.Allocated("o", batches[ref][1], qty, ref))
            else:
                model.apply_event(event_type("o", batches[ref][1], -qty, ref, "cancelled"))
            batches[ref][4] += qty
        elif op[0] == "purchased" and op[1] in batches:
            model.apply_event(events.BatchQuantityChanged(op[1], op[2]))
            batches[op[1]][3] = op[2]
        shown = [model.entry(row).reference for row in range(model.rowCount())]
        assert shown == expected_rows(batches, state["filter"], state["column"], state["order"])
        for ref in batches:
            row = model.row_of(ref)
            assert row is None or model.entry(row).reference == ref
