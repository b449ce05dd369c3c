"""Schema migrations: from nothing, from every earlier revision, back and forth, and the
refusal of a database that a newer version of the app has migrated."""

import uuid

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from warehouse_gui import views
from warehouse_gui.adapters import database, orm, people_store, schema
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands
from warehouse_gui.domain.people import Person
from warehouse_gui.domain.roles import Role
from warehouse_gui.service_layer.unit_of_work import SqlAlchemyUnitOfWork

REVISIONS = [
    rev.revision
    for rev in reversed(list(ScriptDirectory.from_config(schema.alembic_config()).walk_revisions()))
]


@pytest.fixture
def bare_engine(db_url):
    engine = database.make_engine(db_url)
    yield engine
    engine.dispose()


def migrate(engine, action, target):
    with engine.begin() as connection:
        getattr(command, action)(schema.alembic_config(connection), target)


def revision_of(engine):
    with engine.connect() as connection:
        return schema.current_revision(connection)


def differences(engine):
    with engine.connect() as connection:
        return compare_metadata(MigrationContext.configure(connection), orm.metadata)


def test_the_revisions_form_one_line_ending_at_head():
    assert REVISIONS[0] == schema.FIRST_REVISION
    assert REVISIONS[-1] == schema.head_revision()


def test_an_empty_database_is_migrated_to_exactly_the_mapped_schema(bare_engine):
    schema.upgrade(bare_engine)
    assert revision_of(bare_engine) == schema.head_revision()
    assert differences(bare_engine) == []


@pytest.mark.parametrize("start", REVISIONS)
def test_upgrading_from_every_revision_keeps_the_data(bare_engine, start):
    migrate(bare_engine, "upgrade", start)
    with bare_engine.begin() as connection:
        connection.execute(text("INSERT INTO products (sku, version_number) VALUES ('LAMP', 2)"))
        connection.execute(
            text(
                "INSERT INTO batches (reference, sku, purchased_quantity, eta) "
                "VALUES ('b1', 'LAMP', 10, NULL)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO allocations (batch_id, orderid, sku, qty) "
                "SELECT id, 'o1', 'LAMP', 3 FROM batches"
            )
        )
        if "allocated_quantity" in {c["name"] for c in inspect(connection).get_columns("batches")}:
            connection.execute(text("UPDATE batches SET allocated_quantity = 3"))
    schema.upgrade(bare_engine)

    assert revision_of(bare_engine) == schema.head_revision()
    rows = views.batches(SqlAlchemyUnitOfWork(database.session_factory(bare_engine), "s", "o"))
    assert [(r.reference, r.purchased, r.allocated) for r in rows] == [("b1", 10, 3)]
    bus = bootstrap(
        uow=SqlAlchemyUnitOfWork(database.session_factory(bare_engine), "s", "o"),
        send_mail=lambda **mail: None,
    )
    assert bus.handle(commands.Allocate("o2", "LAMP", 7)) == ["b1"]


def test_downgrade_then_upgrade_round_trip(bare_engine):
    schema.upgrade(bare_engine)
    for target in [*reversed(REVISIONS[:-1]), "base"]:
        migrate(bare_engine, "downgrade", target)
        assert revision_of(bare_engine) == (None if target == "base" else target)
    assert not inspect(bare_engine).has_table("products")
    schema.upgrade(bare_engine)
    assert differences(bare_engine) == []


def test_a_database_from_before_migrations_is_adopted(bare_engine):
    """Issues 2 to 4 created the tables directly: the schema of revision 0001, unversioned."""
    migrate(bare_engine, "upgrade", schema.FIRST_REVISION)
    with bare_engine.begin() as connection:
        connection.execute(text("DROP TABLE alembic_version"))
        connection.execute(text("INSERT INTO products (sku) VALUES ('LAMP')"))

    schema.upgrade(bare_engine)

    assert revision_of(bare_engine) == schema.head_revision()
    assert differences(bare_engine) == []
    with bare_engine.connect() as connection:
        assert connection.execute(text("SELECT sku FROM products")).scalars().all() == ["LAMP"]


def test_a_newer_schema_is_refused_and_left_alone(bare_engine):
    schema.upgrade(bare_engine)
    with bare_engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        connection.execute(text("INSERT INTO products (sku) VALUES ('LAMP')"))

    with pytest.raises(schema.SchemaTooNew, match="changed by a newer version") as refusal:
        schema.upgrade(bare_engine)

    assert "revision 9999" in str(refusal.value)
    assert f"knows up to {schema.head_revision()}" in str(refusal.value)
    assert revision_of(bare_engine) == "9999"
    with bare_engine.connect() as connection:
        assert connection.execute(text("SELECT sku FROM products")).scalars().all() == ["LAMP"]


def test_the_head_revision_known_without_alembic_is_the_newest_script():
    assert schema.head_revision() == schema.HEAD_REVISION


def test_a_database_at_head_opens_without_running_alembic(bare_engine, monkeypatch):
    schema.upgrade(bare_engine)
    monkeypatch.setattr("alembic.command.upgrade", lambda *args: pytest.fail("ran Alembic"))
    schema.upgrade(bare_engine)
    assert revision_of(bare_engine) == schema.head_revision()


def test_products_from_before_thresholds_get_none_and_can_get_one(bare_engine):
    migrate(bare_engine, "upgrade", "0003")
    with bare_engine.begin() as connection:
        connection.execute(text("INSERT INTO products (sku, version_number) VALUES ('LAMP', 1)"))
        connection.execute(
            text(
                "INSERT INTO batches (reference, sku, purchased_quantity, eta) "
                "VALUES ('b1', 'LAMP', 10, NULL)"
            )
        )
    schema.upgrade(bare_engine)
    with bare_engine.connect() as connection:
        assert connection.execute(text("SELECT low_stock_threshold FROM products")).all() == [(0,)]

    uow = SqlAlchemyUnitOfWork(database.session_factory(bare_engine), "s", "o")
    bus = bootstrap(uow=uow, send_mail=lambda **mail: None)
    bus.handle(commands.SetLowStockThreshold("LAMP", 4))
    bus.handle(commands.Allocate("o1", "LAMP", 7))
    assert [e.type for e in views.events_since(uow)] == [
        "LowStockThresholdSet",
        "Allocated",
        "LowStock",
    ]

    migrate(bare_engine, "downgrade", "0003")
    with bare_engine.connect() as connection:
        assert connection.execute(text("SELECT sku, version_number FROM products")).all() == [
            ("LAMP", 3)
        ]
        assert connection.execute(text("SELECT count(*) FROM allocations")).scalar_one() == 1


def test_the_revision_where_lines_wait_records_the_first_log_entry_written_under_it(
    bare_engine,
):
    migrate(bare_engine, "upgrade", "0005")
    with bare_engine.begin() as connection:
        for _ in range(3):
            connection.execute(
                text(
                    "INSERT INTO event_log (time, type, sku, fields, station, operator) "
                    "VALUES (CURRENT_TIMESTAMP, 'OutOfStock', 'LAMP', '{}', 's', 'o')"
                )
            )
    schema.upgrade(bare_engine)
    with bare_engine.connect() as connection:
        first = connection.execute(text("SELECT first_event_id FROM schema_history")).all()
    assert first == [(4,)]


def test_log_entries_from_before_people_name_no_approver_and_nobody_signs_in(bare_engine):
    migrate(bare_engine, "upgrade", "0006")
    with bare_engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO event_log (time, type, sku, fields, station, operator) "
                "VALUES (CURRENT_TIMESTAMP, 'BatchCreated', 'LAMP', '{}', 's', 'olga')"
            )
        )
    schema.upgrade(bare_engine)
    with bare_engine.connect() as connection:
        assert connection.execute(text("SELECT operator, approver FROM event_log")).all() == [
            ("olga", "")
        ]
        assert connection.execute(text("SELECT count(*) FROM people")).scalar_one() == 0


@pytest.mark.postgres
def test_going_back_before_people_drops_their_roles_and_grants_and_keeps_the_groups(
    postgresql_url,
):
    engine = database.make_engine(postgresql_url)
    login = f"p{uuid.uuid4().hex[:12]}"
    granted = (
        "SELECT has_table_privilege('warehouse_clerk', 'batches', 'SELECT'), "
        "(SELECT count(*) FROM pg_proc WHERE proname LIKE 'warehouse\\_%'), "
        "(SELECT count(*) FROM pg_roles WHERE rolname = :login), "
        "(SELECT count(*) FROM pg_roles WHERE rolname LIKE 'warehouse\\_%')"
    )
    try:
        schema.upgrade(engine)
        with database.session_factory(engine)() as session:
            people_store.people_store(session).add(Person(login, "P", Role.CLERK), "4711")
            session.commit()
        with engine.connect() as connection:
            assert connection.execute(text(granted), {"login": login}).one() == (True, 8, 1, 3)

        migrate(engine, "downgrade", "0006")

        with engine.connect() as connection:
            assert connection.execute(text(granted), {"login": login}).one() == (False, 0, 0, 3)
        schema.upgrade(engine)
        assert differences(engine) == []
    finally:
        with engine.begin() as connection:
            connection.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
        engine.dispose()


def test_batches_and_parts_from_before_locations_stand_nowhere_unpicked_and_survive_going_back(
    bare_engine,
):
    migrate(bare_engine, "upgrade", "0007")
    with bare_engine.begin() as connection:
        connection.execute(text("INSERT INTO products (sku, version_number) VALUES ('LAMP', 2)"))
        connection.execute(
            text(
                "INSERT INTO batches (reference, sku, purchased_quantity, allocated_quantity) "
                "VALUES ('b1', 'LAMP', 10, 3)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO allocations (batch_id, orderid, sku, qty) "
                "SELECT id, 'o1', 'LAMP', 3 FROM batches"
            )
        )
    schema.upgrade(bare_engine)
    with bare_engine.connect() as connection:
        assert connection.execute(text("SELECT location FROM batches")).all() == [(None,)]
        assert connection.execute(text("SELECT picked FROM allocations")).scalars().all() == [False]
    uow = SqlAlchemyUnitOfWork(database.session_factory(bare_engine), "s", "o")
    bus = bootstrap(uow=uow, send_mail=lambda **mail: None)
    bus.handle(commands.MoveBatch("b1", "A-1"))
    bus.handle(commands.ConfirmPick("o1", "LAMP", "b1", 3))

    migrate(bare_engine, "downgrade", "0007")

    columns = {
        table: {column["name"] for column in inspect(bare_engine).get_columns(table)}
        for table in ("batches", "allocations")
    }
    assert "location" not in columns["batches"] and "picked" not in columns["allocations"]
    with bare_engine.connect() as connection:
        assert connection.execute(text("SELECT orderid, qty FROM allocations")).all() == [("o1", 3)]
        assert connection.execute(text("SELECT allocated_quantity FROM batches")).all() == [(3,)]
    schema.upgrade(bare_engine)
    assert differences(bare_engine) == []
