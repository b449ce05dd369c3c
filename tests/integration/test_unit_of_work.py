"""The unit of work and repository on real databases."""

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.exc import IntegrityError

from warehouse_gui import views
from warehouse_gui.adapters import database, orm
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands
from warehouse_gui.domain.errors import DuplicateBatch
from warehouse_gui.domain.model import Batch, OrderLine, Product
from warehouse_gui.service_layer.unit_of_work import SqlAlchemyUnitOfWork


def stored_batches(session_factory):
    with session_factory() as session:
        return session.execute(
            select(orm.batches.c.reference, orm.batches.c.purchased_quantity)
        ).all()


def stored_allocations(session_factory):
    with session_factory() as session:
        return session.execute(
            select(orm.allocations.c.orderid, orm.allocations.c.qty, orm.batches.c.reference)
            .join(orm.batches)
            .order_by(orm.allocations.c.orderid)
        ).all()


def test_uow_commits_work(uow, session_factory):
    with uow:
        uow.products.add(Product("LAMP", [Batch("b1", "LAMP", 100)]))
        uow.commit()
    with uow:
        product = uow.products.get("LAMP")
        product.allocate(OrderLine("o1", "LAMP", 10))
        uow.commit()

    assert stored_batches(session_factory) == [("b1", 100)]
    assert stored_allocations(session_factory) == [("o1", 10, "b1")]


def test_uow_rolls_back_uncommitted_work(uow, session_factory):
    with uow:
        uow.products.add(Product("LAMP", [Batch("b1", "LAMP", 100)]))
    assert stored_batches(session_factory) == []


def test_uow_rolls_back_on_error(uow, session_factory):
    class Boom(Exception):
        pass

    with pytest.raises(Boom), uow:
        uow.products.add(Product("LAMP", [Batch("b1", "LAMP", 100)]))
        uow.session.flush()
        raise Boom()
    assert stored_batches(session_factory) == []


def test_a_second_unit_of_work_on_a_new_engine_sees_committed_data(db_url, uow):
    with uow:
        uow.products.add(Product("LAMP", [Batch("b1", "LAMP", 100)]))
        uow.commit()
    with uow:
        uow.products.get("LAMP").allocate(OrderLine("o1", "LAMP", 30))
        uow.commit()

    other_engine = database.make_engine(db_url)
    try:
        other_uow = SqlAlchemyUnitOfWork(
            database.session_factory(other_engine), station="desk-2", operator="bob"
        )
        with other_uow as other:
            product = other.products.get("LAMP")
            assert product.version == 1
            assert product.batches.get("b1").available_quantity == 70
            assert other.products.get_by_batchref("b1") is product
    finally:
        other_engine.dispose()


def test_duplicate_batch_reference_is_rejected_and_nothing_changes(db_url, session_factory):
    bus = bootstrap(db_url=db_url, send_mail=lambda **m: None)
    bus.handle(commands.CreateBatch("b1", "LAMP", 100))
    with pytest.raises(DuplicateBatch, match="A batch with reference b1 already exists"):
        bus.handle(commands.CreateBatch("b1", "CHAIR", 5))
    assert stored_batches(session_factory) == [("b1", 100)]
    with session_factory() as session:
        assert session.execute(select(orm.products.c.sku)).scalars().all() == ["LAMP"]


def test_the_database_refuses_a_second_batch_with_the_same_reference(engine):
    batch = {"reference": "b1", "sku": "LAMP", "purchased_quantity": 1}
    with engine.begin() as connection:
        connection.execute(orm.products.insert().values(sku="LAMP"))
        connection.execute(orm.batches.insert().values(batch))
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(orm.batches.insert().values(batch | {"purchased_quantity": 2}))


def test_bus_allocations_persist_and_repeat_idempotently(db_url, session_factory):
    bus = bootstrap(db_url=db_url, send_mail=lambda **m: None)
    bus.handle(commands.CreateBatch("late", "LAMP", 50, "2027-01-10"))
    bus.handle(commands.CreateBatch("here", "LAMP", 10))
    assert bus.handle(commands.Allocate("o1", "LAMP", 8)) == ["here"]
    assert bus.handle(commands.Allocate("o1", "LAMP", 8)) == ["here"]
    assert bus.handle(commands.Allocate("o2", "LAMP", 8)) == ["late"]
    assert bus.handle(commands.Allocate("o3", "LAMP", 100)) == [None]

    assert stored_allocations(session_factory) == [("o1", 8, "here"), ("o2", 8, "late")]
    rows = {row.reference: row for row in views.batches(bus.uow)}
    assert (rows["here"].allocated, rows["here"].available) == (8, 2)
    assert (rows["late"].allocated, rows["late"].available) == (8, 42)
    assert str(rows["late"].eta) == "2027-01-10" and rows["here"].eta is None


def test_product_version_is_stored(uow, session_factory):
    with uow:
        product = Product("LAMP", [])
        product.add_batch(Batch("b1", "LAMP", 10))
        uow.products.add(product)
        uow.commit()
    with session_factory() as session:
        assert session.execute(text("SELECT version_number FROM products")).scalar_one() == 1


def test_an_allocate_fetches_nothing_back_from_its_updates(db_url, session_factory):
    """The product's version is the app's, so its UPDATE checks it without RETURNING."""
    bus = bootstrap(db_url=db_url, send_mail=lambda **m: None)
    bus.handle(commands.CreateBatch("here", "LAMP", 10))
    sent: list[str] = []
    engine = bus.uow.session_factory.kw["bind"]
    event.listen(engine, "before_cursor_execute", lambda *args: sent.append(args[2]))

    assert bus.handle(commands.Allocate("o1", "LAMP", 2)) == ["here"]

    updates = [sql for sql in sent if sql.startswith("UPDATE")]
    assert len(updates) == 2, sent
    assert not [sql for sql in updates if "RETURNING" in sql.upper()]
    [version_check] = [sql for sql in updates if sql.startswith("UPDATE products")]
    assert "version_number" in version_check.split("WHERE")[1]
    assert stored_version(session_factory) == 2


def stored_version(session_factory):
    with session_factory() as session:
        return session.execute(text("SELECT version_number FROM products")).scalar_one()


def test_an_allocation_made_in_this_unit_of_work_is_seen_by_its_later_reads(uow, session_factory):
    """Allocation rows wait for the commit, yet a cancellation in the same unit of work
    finds the line, and only what is left at the end is stored."""
    with uow:
        product = Product("LAMP", [])
        product.add_batch(Batch("b1", "LAMP", 10))
        uow.products.add(product)
        product.allocate(OrderLine("o1", "LAMP", 2))
        product.allocate(OrderLine("o2", "LAMP", 3))
        assert product.allocations.find("o1").line == OrderLine("o1", "LAMP", 2)
        product.deallocate("o1")
        uow.commit()

    assert stored_allocations(session_factory) == [("o2", 3, "b1")]
