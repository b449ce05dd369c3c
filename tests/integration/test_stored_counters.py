"""Versions and allocated quantities, written by the repository instead of the ORM: what is
stored, what a later read in the same unit of work sees, and what is sent at all."""

from sqlalchemy import event, select, text

from warehouse_gui.adapters import orm
from warehouse_gui.domain.model import Batch, OrderLine, Product


def stored(session_factory):
    """Each batch's allocated quantity and its product's version, as stored."""
    with session_factory() as session:
        return session.execute(
            select(orm.batches.c.reference, orm.batches.c.allocated_quantity)
            .add_columns(orm.products.c.version_number)
            .join(orm.products)
            .order_by(orm.batches.c.reference)
        ).all()


def seed(uow, *batches):
    with uow:
        uow.products.add(Product("LAMP", list(batches)))
        uow.commit()


def test_a_batch_filled_earlier_in_the_unit_of_work_is_passed_over(uow, session_factory):
    seed(uow, Batch("a-here", "LAMP", 10), Batch("b-next", "LAMP", 10))
    with uow:
        product = uow.products.get("LAMP")
        assert product.allocate(OrderLine("o1", "LAMP", 8)) == "a-here"
        assert product.allocate(OrderLine("o2", "LAMP", 8)) == "b-next"
        assert product.allocate(OrderLine("o3", "LAMP", 2)) == "a-here"
        uow.commit()

    assert stored(session_factory) == [("a-here", 10, 3), ("b-next", 8, 3)]


def test_a_batch_read_again_keeps_what_this_unit_of_work_made_of_it(uow, session_factory):
    seed(uow, Batch("b1", "LAMP", 10))
    with uow:
        product = uow.products.get("LAMP")
        product.allocate(OrderLine("o1", "LAMP", 3))
        assert product.batches.get("b1").available_quantity == 7
        assert [batch.allocated_quantity for batch in product.batches] == [3]
        assert uow.products.get("LAMP").version == 1
        uow.commit()

    assert stored(session_factory) == [("b1", 3, 1)]


def test_a_new_product_allocated_before_its_first_commit_is_stored_whole(uow, session_factory):
    with uow:
        product = Product("LAMP", [])
        product.add_batch(Batch("b1", "LAMP", 10))
        uow.products.add(product)
        product.allocate(OrderLine("o1", "LAMP", 4))
        assert product.batches.available_quantity() == 6
        uow.commit()

    assert stored(session_factory) == [("b1", 4, 2)]


def test_work_that_changes_nothing_writes_nothing(uow, engine):
    seed(uow, Batch("b1", "LAMP", 10))
    with uow:
        uow.products.get("LAMP").allocate(OrderLine("o1", "LAMP", 3))
        uow.commit()
    sent: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *args: sent.append(args[2]))

    with uow:
        product = uow.products.get("LAMP")
        assert product.allocate(OrderLine("o1", "LAMP", 3)) == "b1", "already allocated"
        assert [batch.allocated_quantity for batch in product.batches] == [3]
        uow.commit()

    assert [sql for sql in sent if not sql.startswith(("SELECT", "COMMIT"))] == []


def test_the_version_is_read_with_the_product_and_stored_one_higher(uow, session_factory):
    seed(uow, Batch("b1", "LAMP", 10))
    with session_factory() as other:
        other.execute(text("UPDATE products SET version_number = 7"))
        other.commit()
    with uow:
        product = uow.products.get("LAMP")
        assert product.version == 7
        product.allocate(OrderLine("o1", "LAMP", 3))
        uow.commit()

    assert stored(session_factory) == [("b1", 3, 8)]
