"""``warehouse-gui verify`` on SQLite and PostgreSQL: a warehouse built through the bus
agrees with its log; each tampered row is named, and the command exits 1."""

import io
import json
import sys
from datetime import UTC, datetime

import pytest
from sqlalchemy import create_engine, insert, text

from warehouse_gui import cli, verification
from warehouse_gui.adapters import orm
from warehouse_gui.bootstrap import bootstrap, database_unit_of_work
from warehouse_gui.domain import commands


@pytest.fixture
def warehouse(db_url):
    """A warehouse with split lines, waiting lines, cancellations, corrections, an import
    and thresholds, built through the bus."""
    uow = database_unit_of_work(db_url)
    bus = bootstrap(uow=uow, send_mail=lambda **mail: None)
    send = bus.handle
    send(commands.CreateBatch("b1", "LAMP", 40))
    send(commands.CreateBatch("b2", "LAMP", 30, "2027-01-10"))
    send(commands.Allocate("o1", "LAMP", 45))  # split: 40 from b1, 5 from b2
    send(commands.Allocate("o2", "LAMP", 100))  # waits
    send(commands.Allocate("o3", "LAMP", 20))
    send(commands.SetLowStockThreshold("LAMP", 10))
    send(
        commands.ImportBatches(
            (commands.CreateBatch("b3", "LAMP", 120), commands.CreateBatch("c1", "CHAIR", 5)),
            (2, 3),
        )
    )  # o2 is allocated
    send(commands.Allocate("o4", "CHAIR", 8))  # waits
    send(commands.Allocate("o5", "CHAIR", 2))
    send(commands.Deallocate("o3", "LAMP"))
    send(commands.ChangeBatchQuantity("b1", 30))  # o1's newest part moves
    send(commands.ChangeBatchQuantity("b2", 0))  # cancelled: its parts move
    send(commands.Deallocate("o4", "CHAIR"))  # withdrawn
    send(commands.Allocate("o6", "CHAIR", 10))  # waits
    send(commands.SetLowStockThreshold("CHAIR", 2))
    uow.session_factory.kw["bind"].dispose()
    return db_url


@pytest.fixture
def tamper(warehouse):
    def run(*statements):
        engine = create_engine(warehouse)
        with engine.begin() as connection:
            for statement in statements:
                connection.execute(statement)
        engine.dispose()

    return run


def verify(db_url, capsys):
    code = cli.main(["verify", "--db", db_url])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_warehouse_built_through_the_bus_verifies(warehouse, capsys, restored_logging):
    code, out, err = verify(warehouse, capsys)

    assert code == 0, out + err
    integrity = "; integrity ok" if warehouse.startswith("sqlite") else ""
    assert out == (
        "Verified: 26 events replay to the 4 batches, 4 allocations, 1 waiting line "
        f"and 2 products stored{integrity}\n"
    )
    assert err == "", "no progress when stderr is not a terminal"


TAMPERED = {
    "an allocated quantity changed": (
        text(
            "UPDATE batches SET allocated_quantity = allocated_quantity + 2 WHERE reference = 'b3'"
        ),
        ["batch b3: allocated {} in the table, {} by the log"],
    ),
    "a missing allocation row": (
        text("DELETE FROM allocations WHERE orderid = 'o5'"),
        ["order o5: {} × CHAIR from batch c1 by the log, missing from the table"],
    ),
    "a version changed": (
        text("UPDATE products SET version_number = version_number + 1 WHERE sku = 'CHAIR'"),
        ["SKU CHAIR: version {} in the table, {} by the log"],
    ),
    "a waiting line deleted": (
        text("DELETE FROM waiting_lines WHERE orderid = 'o6'"),
        ["order o6: {} × CHAIR waiting by the log, missing from the table"],
    ),
    "an extra log entry": (
        insert(orm.event_log).values(
            time=datetime.now(UTC),
            type="Allocated",
            sku="CHAIR",
            orderid="o9",
            fields=json.dumps({"orderid": "o9", "sku": "CHAIR", "qty": 1, "batchref": "c1"}),
            station="intruder",
            operator="mallory",
            origin="",
        ),
        [
            "batch c1: allocated {} in the table, {} by the log",
            "order o9: {} × CHAIR from batch c1 by the log, missing from the table",
            "SKU CHAIR: version {} in the table, {} by the log",
        ],
    ),
}


def shape(line):
    """The line with its figures blanked, to compare with a pattern."""
    return " ".join("{}" if word.isdigit() else word for word in line.split(" "))


@pytest.mark.parametrize("what", TAMPERED)
def test_each_tampered_row_is_named_and_exits_1(what, warehouse, tamper, capsys, restored_logging):
    statement, expected = TAMPERED[what]
    tamper(statement)

    code, out, err = verify(warehouse, capsys)

    assert code == 1
    assert [shape(line) for line in out.splitlines()] == expected
    differences = "1 difference" if len(expected) == 1 else f"{len(expected)} differences"
    logged = 27 if what == "an extra log entry" else 26
    assert err == f"{differences} between the tables and the {logged} events of the log\n"


def test_figures_differing_are_each_named_with_both_values(
    warehouse, tamper, capsys, restored_logging
):
    tamper(
        text("UPDATE batches SET purchased_quantity = 7, eta = NULL WHERE reference = 'b3'"),
        text("UPDATE allocations SET qty = qty + 1 WHERE orderid = 'o5'"),
        text("UPDATE products SET low_stock_threshold = 3 WHERE sku = 'CHAIR'"),
        text("UPDATE waiting_lines SET qty = 11 WHERE orderid = 'o6'"),
    )

    code, out, _err = verify(warehouse, capsys)

    assert code == 1
    assert out.splitlines() == [
        "batch b3: purchased 7 in the table, 120 by the log",
        "order o5: 3 × CHAIR from batch c1 in the table, 2 by the log",
        "order o6: 11 × CHAIR waiting in the table, 10 by the log",
        "SKU CHAIR: low-stock threshold 3 in the table, 2 by the log",
    ]


def test_a_file_that_is_not_there_is_an_error_and_nothing_is_created(
    tmp_path, capsys, restored_logging
):
    missing = tmp_path / "nowhere.db"
    code, out, err = verify(f"sqlite:///{missing}", capsys)
    assert code == 1
    assert out == ""
    assert err.startswith("warehouse-gui: error: No database file at")
    assert not missing.exists()


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_on_a_terminal_the_events_replayed_so_far_are_shown_then_cleared(
    warehouse, monkeypatch, capsys, restored_logging
):
    monkeypatch.setattr(verification, "PROGRESS_CHECK_EVERY", 10)
    monkeypatch.setattr(verification, "PROGRESS_EVERY_S", 0)
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)

    assert verification.verify_command(warehouse) == 0

    assert terminal.getvalue() == (
        "\rReplaying the event log: 10 events…\rReplaying the event log: 20 events…\r\x1b[K"
    )
    assert capsys.readouterr().out.startswith("Verified: 26 events")


def test_desks_go_on_working_while_it_reads_one_snapshot(
    warehouse, monkeypatch, capsys, restored_logging
):
    compare = verification._compare

    def a_desk_allocates_meanwhile(*args):
        uow = database_unit_of_work(warehouse)
        bootstrap(uow=uow, send_mail=lambda **mail: None).handle(commands.Allocate("o7", "LAMP", 1))
        uow.session_factory.kw["bind"].dispose()
        compare(*args)

    monkeypatch.setattr(verification, "_compare", a_desk_allocates_meanwhile)

    code, out, _err = verify(warehouse, capsys)

    assert code == 0, out
    assert out.startswith("Verified: 26 events replay to the 4 batches, 4 allocations")
    monkeypatch.setattr(verification, "_compare", compare)
    code, out, _err = verify(warehouse, capsys)
    assert out.startswith("Verified: 27 events replay to the 4 batches, 5 allocations")


def test_a_log_entry_that_cannot_be_read_is_named_by_its_id(
    warehouse, tamper, capsys, restored_logging
):
    tamper(
        insert(orm.event_log).values(
            time=datetime.now(UTC),
            type="Teleported",
            sku="LAMP",
            fields="{}",
            station="intruder",
            operator="mallory",
            origin="",
        )
    )

    code, out, _err = verify(warehouse, capsys)

    assert code == 1
    assert out == "log: entry 28: an event of unknown type Teleported\n"


def test_out_of_stock_entries_from_before_lines_waited_replay_as_they_meant_then(
    db_url, capsys, restored_logging
):
    """0.1.0 logged an OutOfStock naming its order, but the line did not wait and the
    product did not change: the database records from which entry lines wait."""
    uow = database_unit_of_work(db_url)
    engine = uow.session_factory.kw["bind"]
    with engine.begin() as connection:
        connection.execute(
            insert(orm.event_log).values(
                time=datetime.now(UTC),
                type="OutOfStock",
                sku="LAMP",
                orderid="o-old",
                fields=json.dumps({"sku": "LAMP", "orderid": "o-old", "qty": 500, "available": 3}),
                station="desk-0.1.0",
                operator="clerk",
                origin="",
            )
        )
    bus = bootstrap(uow=uow, send_mail=lambda **mail: None)
    bus.handle(commands.CreateBatch("b1", "LAMP", 5))
    assert bus.handle(commands.Allocate("o-new", "LAMP", 9)) == [None]

    code, out, _err = verify(db_url, capsys)
    assert (code, out) == (
        1,
        "order o-old: 500 × LAMP waiting by the log, missing from the table\n"
        "SKU LAMP: version 2 in the table, 3 by the log\n",
    ), "read as this version's, the old entry would have left a waiting line"

    with engine.begin() as connection:
        connection.execute(orm.schema_history.update().values(first_event_id=2))
    engine.dispose()
    code, out, err = verify(db_url, capsys)
    assert code == 0, out + err
