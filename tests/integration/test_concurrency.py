"""Stale writes are detected, the database's own conflicts are retried, and a database
that is away is reported, not left hanging."""

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import sessionmaker

from warehouse_gui.adapters import database
from warehouse_gui.bootstrap import bootstrap, database_unit_of_work
from warehouse_gui.domain import commands
from warehouse_gui.domain.model import OrderLine
from warehouse_gui.service_layer.unit_of_work import (
    ConcurrencyConflict,
    DatabaseUnavailable,
    SqlAlchemyUnitOfWork,
)


def test_a_write_on_a_stale_version_is_detected(sqlite_url):
    """The version check behind the locks: a plain SQLite engine takes no lock on read,
    so another writer can slip in between (the app's engines never allow that)."""
    uow = database_unit_of_work(sqlite_url)
    bootstrap(uow=uow, send_mail=lambda **mail: None).handle(commands.CreateBatch("b1", "LAMP", 5))
    plain = create_engine(sqlite_url)
    try:
        unlocked = SqlAlchemyUnitOfWork(sessionmaker(plain), "desk-1", "alice")
        with pytest.raises(ConcurrencyConflict, match="changed the same data first"), unlocked:
            product = unlocked.products.get("LAMP")
            with plain.begin() as other_writer:
                other_writer.execute(
                    text("UPDATE products SET version_number = version_number + 1")
                )
            product.allocate(OrderLine("o1", "LAMP", 5))
            unlocked.commit()
    finally:
        plain.dispose()
    with uow:
        assert uow.products.get("LAMP").batches.get("b1").available_quantity == 5


def test_an_unreachable_server_is_reported_clearly():
    engine = database.make_engine(
        "postgresql+psycopg://clerk:s3cret-pw@127.0.0.1:1/stock?connect_timeout=2"
    )
    uow = SqlAlchemyUnitOfWork(database.session_factory(engine), "desk-1", "alice")
    bus = bootstrap(uow=uow, send_mail=lambda **mail: None)
    with pytest.raises(DatabaseUnavailable, match="The database cannot be reached") as error:
        bus.handle(commands.Allocate("o1", "LAMP", 1))
    assert "Nothing was saved" in str(error.value)
    assert "s3cret-pw" not in str(error.value)


@pytest.mark.postgres
def test_libpq_settings_work_through_the_url(postgresql_url, tmp_path, monkeypatch):
    server = make_url(postgresql_url)
    services = tmp_path / "pg_service.conf"
    services.write_text(
        f"[warehouse]\nhost={server.host}\nport={server.port or 5432}\n"
        f"user={server.username}\ndbname={server.database}\n"
    )
    passfile = tmp_path / "pgpass"
    passfile.write_text("*:*:*:*:unused\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    url = (
        "postgresql+psycopg:///?service=warehouse&application_name=desk-7"
        f"&sslmode=disable&passfile={passfile}"
    )
    bus = bootstrap(db_url=url, send_mail=lambda **mail: None)
    bus.handle(commands.CreateBatch("b1", "LAMP", 5))
    engine = database.make_engine(url)
    try:
        with engine.connect() as connection:
            name = connection.execute(text("SELECT current_setting('application_name')"))
            assert name.scalar_one() == "desk-7"
            assert connection.execute(text("SELECT count(*) FROM batches")).scalar_one() == 1
    finally:
        engine.dispose()
