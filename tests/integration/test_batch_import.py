"""Importing a file of batches on SQLite and PostgreSQL: one transaction, all or nothing,
one ``BatchCreated`` per line in the event log."""

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.orm import sessionmaker

from warehouse_gui import queries, views
from warehouse_gui.adapters import orm
from warehouse_gui.batch_import import parse_batches
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands
from warehouse_gui.domain.errors import DuplicateBatch
from warehouse_gui.service_layer.unit_of_work import ConcurrencyConflict, SqlAlchemyUnitOfWork

WORKER = Path(__file__).with_name("allocation_worker.py")
LINES_PER_WORKER = 30
# Another writer slipping in before the commit: SQLite's BEGIN IMMEDIATE keeps it out.
ON_POSTGRESQL_ONLY = pytest.mark.parametrize(
    "db_url", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True
)

FILE = b"""reference,sku,qty,eta
lamp-2,LAMP,50,2027-01-15
chair-1,CHAIR,5,
lamp-3,LAMP,7,
desk-1,DESK,2,2027-03-01
"""


@pytest.fixture
def bus(uow):
    return bootstrap(uow=uow, send_mail=lambda **mail: None)


def stored(uow):
    return {row.reference: (row.sku, row.purchased, row.eta) for row in views.batches(uow)}


def logged(uow):
    return [(entry.type, entry.fields.get("ref")) for entry in views.events_since(uow)]


def versions(engine):
    with engine.connect() as connection:
        rows = connection.execute(select(orm.products.c.sku, orm.products.c.version_number))
        return dict(rows.all())


def test_every_line_goes_in_with_one_logged_event_each(bus, uow, engine):
    bus.handle(commands.CreateBatch("lamp-1", "LAMP", 20))

    assert bus.handle(parse_batches(FILE).command()) == [4]

    assert set(stored(uow)) == {"lamp-1", "lamp-2", "lamp-3", "chair-1", "desk-1"}
    assert stored(uow)["lamp-2"][1:] == (50, date(2027, 1, 15))
    created = [ref for kind, ref in logged(uow)[1:] if kind == "BatchCreated"]
    assert sorted(created) == ["chair-1", "desk-1", "lamp-2", "lamp-3"]
    assert [kind for kind, _ref in logged(uow)[5:]] == ["BatchesImported"]
    assert versions(engine) == {"LAMP": 3, "CHAIR": 1, "DESK": 1}
    assert bus.handle(commands.Allocate("o1", "CHAIR", 5)) == ["chair-1"]


def test_the_batches_are_stored_in_the_files_line_order(bus, uow, engine):
    """Products are taken in SKU order, but the batch rows are made line by line: their
    ids follow the file, whatever its SKUs."""
    bus.handle(commands.CreateBatch("lamp-1", "LAMP", 20))

    bus.handle(parse_batches(FILE).command())

    with engine.connect() as connection:
        by_id = connection.execute(select(orm.batches.c.reference).order_by(orm.batches.c.id))
        assert by_id.scalars().all() == ["lamp-1", "lamp-2", "chair-1", "lamp-3", "desk-1"]


def test_the_read_side_tells_which_references_are_stored(bus, uow):
    bus.handle(parse_batches(FILE).command())
    many = [f"nope-{n}" for n in range(1200)] + ["desk-1", "lamp-2", "desk-1"]

    assert views.existing_references(uow, many) == {"desk-1", "lamp-2"}
    assert views.existing_references(uow, []) == set()
    assert views.answer(queries.ExistingReferences(("chair-1", "chair-2")), uow) == {"chair-1"}


def test_one_reference_already_stored_keeps_out_every_line(bus, uow, engine):
    bus.handle(commands.CreateBatch("desk-1", "DESK", 1))
    before = (stored(uow), logged(uow), versions(engine))

    with pytest.raises(DuplicateBatch, match="line 5, Reference: batch desk-1 already exists"):
        bus.handle(parse_batches(FILE).command())

    assert (stored(uow), logged(uow), versions(engine)) == before


@ON_POSTGRESQL_ONLY
def test_a_failure_at_the_last_line_rolls_back_the_earlier_ones(bus, uow, engine, monkeypatch):
    """A reference another workstation stored after the check: the database's unique
    constraint refuses the last batch, and the earlier ones of the file go too."""
    original = SqlAlchemyUnitOfWork.commit
    bus.max_attempts = 1

    def someone_else_slips_in(self):
        with engine.begin() as other:
            other.execute(orm.products.insert().values(sku="RUG"))
            other.execute(
                orm.batches.insert().values(reference="desk-1", sku="RUG", purchased_quantity=1)
            )
        original(self)

    monkeypatch.setattr(SqlAlchemyUnitOfWork, "commit", someone_else_slips_in)

    with pytest.raises(ConcurrencyConflict, match="gave up after 1 attempts"):
        bus.handle(parse_batches(FILE).command())

    monkeypatch.undo()
    assert set(stored(uow)) == {"desk-1"}
    assert [kind for kind, _ in logged(uow)] == []


@ON_POSTGRESQL_ONLY
def test_a_retried_import_then_names_the_line_of_the_clash(bus, uow, engine, monkeypatch):
    original = SqlAlchemyUnitOfWork.commit
    calls = []

    def someone_else_slips_in_once(self):
        if not calls:
            with engine.begin() as other:
                other.execute(orm.products.insert().values(sku="RUG"))
                other.execute(
                    orm.batches.insert().values(
                        reference="chair-1", sku="RUG", purchased_quantity=1
                    )
                )
        calls.append(1)
        original(self)

    monkeypatch.setattr(SqlAlchemyUnitOfWork, "commit", someone_else_slips_in_once)

    with pytest.raises(DuplicateBatch, match="line 3, Reference: batch chair-1 already exists"):
        bus.handle(parse_batches(FILE).command())

    assert bus.retries == 1
    assert set(stored(uow)) == {"chair-1"}


def test_imports_and_allocations_from_other_processes_take_turns_on_each_sku(db_url):
    """While two other processes allocate LAMP, this one keeps importing files with LAMP
    and CHAIR lines: every command goes through once, and LAMP's version counts them all."""
    bus = bootstrap(db_url=db_url, send_mail=lambda **mail: None)
    bus.handle(commands.CreateBatch("lamp-0", "LAMP", 1000))
    workers = [
        subprocess.Popen(
            [sys.executable, str(WORKER), db_url, name, str(LINES_PER_WORKER), "LAMP"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("w1", "w2")
    ]
    imported = 0
    while imported < 3 or any(worker.poll() is None for worker in workers):
        data = f"reference,sku,qty,eta\nlamp-{imported + 1},LAMP,1,2030-01-01\n"
        data += f"chair-{imported + 1},CHAIR,1,\n"
        assert bus.handle(parse_batches(data.encode()).command()) == [2]
        imported += 1
    for worker in workers:
        out, err = worker.communicate(timeout=60)
        answers = [json.loads(line) for line in out.splitlines()]
        assert [a for a in answers if "error" in a or a.get("batchref") == "None"] == [], err
        assert answers[-1]["done"] == LINES_PER_WORKER

    with bus.uow:
        session = bus.uow.session
        version = session.execute(
            select(orm.products.c.version_number).where(orm.products.c.sku == "LAMP")
        ).scalar_one()
        logged = session.execute(
            select(orm.event_log.c.type, func.count())
            .where(orm.event_log.c.sku == "LAMP")
            .group_by(orm.event_log.c.type)
        ).all()
    assert dict(logged) == {"BatchCreated": 1 + imported, "Allocated": 2 * LINES_PER_WORKER}
    assert version == 1 + imported + 2 * LINES_PER_WORKER
    rows = views.batches(bus.uow)
    assert all(row.allocated <= row.purchased for row in rows)
    assert sum(row.allocated for row in rows) == 2 * LINES_PER_WORKER
    assert sum(row.sku == "CHAIR" for row in rows) == imported


def test_an_import_on_a_stale_version_is_refused_whole(sqlite_url):
    """The version check behind the locks also guards an import: a plain SQLite engine
    takes no lock on read, so another writer can slip in (the app's engines never allow it)."""
    bootstrap(db_url=sqlite_url, send_mail=lambda **mail: None).handle(
        commands.CreateBatch("lamp-1", "LAMP", 20)
    )
    plain = create_engine(sqlite_url)
    try:
        unlocked = SqlAlchemyUnitOfWork(sessionmaker(plain), "desk-1", "alice")
        bus = bootstrap(uow=unlocked, send_mail=lambda **mail: None)
        bus.max_attempts = 1
        original_commit = unlocked.commit

        def commit_after_another_writer_changed_lamp():
            with plain.begin() as other_writer:
                other_writer.execute(
                    text("UPDATE products SET version_number = version_number + 1")
                )
            original_commit()

        unlocked.commit = commit_after_another_writer_changed_lamp
        lamp_only = b"reference,sku,qty,eta\nlamp-2,LAMP,5,\nlamp-3,LAMP,5,2027-01-01\n"
        with pytest.raises(ConcurrencyConflict):
            bus.handle(parse_batches(lamp_only).command())
    finally:
        plain.dispose()
    assert [row.reference for row in views.batches(unlocked)] == ["lamp-1"]
