"""PostgreSQL enforces what each person may do, on a server that checks passwords: each
person connects as their own role with their PIN, and the server refuses what their role
may not do, however they connect (the program, or psql with their own PIN)."""

import json

import pytest
import sqlalchemy
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, OperationalError

from warehouse_gui.adapters import database, orm, people_store, schema
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands
from warehouse_gui.domain.people import Person
from warehouse_gui.domain.roles import Role
from warehouse_gui.service_layer.unit_of_work import SqlAlchemyUnitOfWork

pytestmark = pytest.mark.postgres

PEOPLE = {
    "anna": (Person("anna", "Anna", Role.ADMIN), "1000"),
    "sam": (Person("sam", "Sam", Role.SUPERVISOR), "2000"),
    "cleo": (Person("cleo", "Cleo", Role.CLERK), "3000"),
    "carl": (Person("carl", "Carl", Role.CLERK), "4000"),
}
INSUFFICIENT_PRIVILEGE = "42501"


@pytest.fixture
def owner(scram_db_url):
    """The database migrated by its owner, with its people and one batch of LAMP."""
    orm.start_mappers()
    engine = database.make_engine(scram_db_url)
    schema.upgrade(engine)
    with database.session_factory(engine)() as session:
        store = people_store.people_store(session)
        for person, pin in PEOPLE.values():
            store.add(person, pin)
        session.commit()
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO products (sku) VALUES ('LAMP')"))
        connection.execute(
            text(
                "INSERT INTO batches (reference, sku, purchased_quantity) VALUES ('b1', 'LAMP', 10)"
            )
        )
        connection.execute(log_row("BatchCreated", operator="owner"))
    yield engine
    engine.dispose()


@pytest.fixture
def connect(scram_db_url, owner):
    """Engines of people who connect with their login and PIN, disposed after the test."""
    engines = []

    def connect(login, pin=None):
        pin = PEOPLE[login][1] if pin is None else pin
        url = sqlalchemy.make_url(scram_db_url).set(username=login, password=pin)
        engine = database.make_engine(url.render_as_string(hide_password=False))
        engines.append(engine)
        return engine

    yield connect
    for engine in engines:
        engine.dispose()


def log_row(type_="Allocated", operator="cleo", approver=""):
    return text(
        "INSERT INTO event_log (time, type, sku, fields, station, operator, approver) "
        f"VALUES (now(), '{type_}', 'LAMP', '{{}}', 'desk-1', '{operator}', '{approver}')"
    )


def refused_by_server(statement, engine):
    """Run ``statement`` on ``engine`` and return the server's refusal (SQLSTATE 42501)."""
    with pytest.raises(DBAPIError) as refusal, engine.begin() as connection:
        connection.execute(statement)
    assert refusal.value.orig.sqlstate == INSUFFICIENT_PRIVILEGE, refusal.value
    return str(refusal.value.orig)


def one(owner, sql):
    with owner.connect() as connection:
        return connection.execute(text(sql)).one()


def log(owner):
    with owner.connect() as connection:
        rows = connection.execute(
            text("SELECT type, operator, approver, fields FROM event_log ORDER BY id")
        ).all()
    return [
        (type_, operator, approver, json.loads(fields))
        for type_, operator, approver, fields in rows
    ]


def test_a_wrong_pin_is_refused_by_the_server(connect):
    with pytest.raises(OperationalError, match='password authentication failed for user "cleo"'):
        connect("cleo", "3001").connect()


def test_a_clerk_cannot_change_a_batchs_purchased_quantity(owner, connect):
    refused_by_server(text("UPDATE batches SET purchased_quantity = 99"), connect("cleo"))

    assert one(owner, "SELECT purchased_quantity FROM batches") == (10,)


def test_a_clerk_cannot_set_a_threshold_on_a_product_old_or_new(owner, connect):
    cleo = connect("cleo")
    refused_by_server(text("UPDATE products SET low_stock_threshold = 5"), cleo)
    words = refused_by_server(
        text("INSERT INTO products (sku, low_stock_threshold) VALUES ('DESK', 5)"), cleo
    )

    assert "Setting a low-stock threshold needs a supervisor" in words
    assert one(owner, "SELECT count(*), max(low_stock_threshold) FROM products") == (1, 0)


@pytest.mark.parametrize("login", ["cleo", "sam", "anna"])
@pytest.mark.parametrize(
    "change",
    [
        "UPDATE event_log SET operator = 'someone'",
        "DELETE FROM event_log",
        "TRUNCATE event_log",
    ],
)
def test_nobody_the_program_makes_can_change_the_log(owner, connect, login, change):
    refused_by_server(text(change), connect(login))

    assert log(owner) == [("BatchCreated", "owner", "", {})]


def test_a_clerk_cannot_write_another_persons_name_as_operator(owner, connect):
    with connect("cleo").begin() as connection:
        connection.execute(log_row(operator="sam"))

    assert log(owner)[-1][:3] == ("Allocated", "cleo", "")


@pytest.mark.parametrize(
    "type_", ["BatchesImported", "BatchQuantityChanged", "LowStockThresholdSet"]
)
def test_a_clerk_cannot_log_what_only_a_supervisor_does(owner, connect, type_):
    words = refused_by_server(log_row(type_), connect("cleo"))

    assert f"{type_} needs a supervisor" in words
    assert len(log(owner)) == 1


def test_only_an_admin_logs_changes_of_people(owner, connect):
    refused_by_server(log_row("PersonAdded", operator="sam"), connect("sam"))
    with connect("anna").begin() as connection:
        connection.execute(log_row("PersonAdded", operator="x"))

    assert log(owner)[-1][:3] == ("PersonAdded", "anna", "")


def test_a_supervisor_may_change_a_batchs_purchased_quantity(owner, connect):
    with connect("sam").begin() as connection:
        connection.execute(text("UPDATE batches SET purchased_quantity = 12"))

    assert one(owner, "SELECT purchased_quantity FROM batches") == (12,)


def test_an_approved_entry_names_the_clerk_and_the_supervisor_who_approved(owner, connect):
    with connect("sam").begin() as connection:
        connection.execute(log_row("BatchQuantityChanged", operator="cleo", approver="anyone"))

    assert log(owner)[-1][:3] == ("BatchQuantityChanged", "cleo", "sam")


def test_an_approval_names_a_second_person_who_is_a_person_here(owner, connect):
    sam = connect("sam")
    assert "second person" in refused_by_server(log_row(operator="sam", approver="sam"), sam)
    assert "second person" in refused_by_server(log_row(operator="nobody", approver="sam"), sam)


def test_a_clerk_cannot_pose_as_approver(owner, connect):
    words = refused_by_server(
        log_row("BatchQuantityChanged", operator="carl", approver="sam"), connect("cleo")
    )

    assert "cleo is a clerk: only a supervisor or an admin approves" in words
    assert len(log(owner)) == 1


def test_once_there_are_people_only_people_and_the_owner_write_the_log(
    owner, private_cluster, scram_db_url
):
    name = sqlalchemy.make_url(scram_db_url).database
    with owner.begin() as connection:
        connection.execute(text("CREATE ROLE desk LOGIN PASSWORD 'desk-secret'"))
        connection.execute(text("GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA public TO desk"))
        connection.execute(text("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO desk"))
    desk = database.make_engine(private_cluster.url(name, "desk", "desk-secret"))
    try:
        words = refused_by_server(log_row(operator="cleo"), desk)
        with desk.begin() as connection:
            assert connection.execute(text("SELECT * FROM warehouse_pin_failed('cleo')")).one()
    finally:
        desk.dispose()
        with owner.begin() as connection:
            connection.execute(text("DROP OWNED BY desk"))
            connection.execute(text("DROP ROLE desk"))

    assert "Sign in first: this database has people" in words
    assert len(log(owner)) == 1


def test_people_change_only_through_an_admins_functions(owner, connect):
    cleo, anna = connect("cleo"), connect("anna")
    refused_by_server(text("UPDATE people SET role = 'admin' WHERE login = 'cleo'"), cleo)
    refused_by_server(text("UPDATE people SET role = 'admin' WHERE login = 'cleo'"), anna)
    refused_by_server(text("SELECT pin_hash FROM people"), cleo)
    refused_by_server(text("SELECT warehouse_set_role('cleo', 'admin')"), cleo)
    refused_by_server(text("SELECT warehouse_set_role('cleo', 'admin')"), connect("sam"))
    with anna.begin() as connection:
        connection.execute(text("SELECT warehouse_set_role('carl', 'supervisor')"))

    roles = "SELECT string_agg(login || ':' || role, ' ' ORDER BY login) FROM people"
    assert one(owner, roles) == ("anna:admin carl:supervisor cleo:clerk sam:supervisor",)


def test_an_admin_never_changes_their_own_role_or_disables_themselves(owner, connect):
    anna = connect("anna")
    for own in ("warehouse_set_role('anna', 'clerk')", "warehouse_disable_person('anna')"):
        refusal = refused_by_server(text(f"SELECT {own}"), anna)
        assert "Another admin changes your own role or disables you" in refusal
    assert one(owner, "SELECT role, disabled FROM people WHERE login = 'anna'") == ("admin", False)


def test_anyone_may_count_a_wrong_pin_but_only_for_that_login(owner, connect):
    with connect("cleo").begin() as connection:
        assert connection.execute(text("SELECT * FROM warehouse_pin_failed('carl')")).one() == (
            1,
            0,
        )
        connection.execute(text("SELECT warehouse_pin_accepted()"))

    assert one(owner, "SELECT failed_pins FROM people WHERE login = 'carl'") == (1,)


def bus_of(engine, operator="whoever the desk says"):
    """The message bus on ``engine``'s connections, as a desk builds it."""
    uow = SqlAlchemyUnitOfWork(database.session_factory(engine), "desk-1", operator)
    return bootstrap(uow=uow, send_mail=lambda **mail: None)


def test_a_clerks_commands_run_on_the_clerks_own_connection(owner, connect):
    bus = bus_of(connect("cleo"))

    bus.handle(commands.CreateBatch("b2", "DESK", 5))
    bus.handle(commands.Allocate("o1", "LAMP", 4))
    bus.handle(commands.Allocate("o2", "DESK", 8))  # too few: the line waits
    bus.handle(commands.CreateBatch("b3", "DESK", 10, "2027-01-05"))  # and is allocated
    bus.handle(commands.Deallocate("o1", "LAMP"))

    with owner.connect() as connection:
        batches = connection.execute(
            text("SELECT reference, purchased_quantity, allocated_quantity FROM batches ORDER BY 1")
        ).all()
        waiting = connection.execute(text("SELECT count(*) FROM waiting_lines")).scalar_one()
    assert batches == [("b1", 10, 0), ("b2", 5, 0), ("b3", 10, 8)]
    assert waiting == 0
    entries = log(owner)[1:]
    assert {operator for _, operator, _, _ in entries} == {"cleo"}
    assert [type_ for type_, *_ in entries] == [
        "BatchCreated",
        "Allocated",
        "OutOfStock",
        "BatchCreated",
        "Allocated",
        "WaitingLineAllocated",
        "Deallocated",
    ]


def test_a_clerk_receives_into_a_bin_moves_picks_and_reports_on_their_own_connection(
    owner, connect
):
    bus = bus_of(connect("cleo"))

    bus.handle(commands.CreateBatch("b2", "LAMP", 5, location="a-01-1"))
    bus.handle(commands.MoveBatch("b1", "B-02-3"))
    bus.handle(commands.Allocate("o1", "LAMP", 4))
    bus.handle(commands.ConfirmPick("o1", "LAMP", "b1", 4))
    bus.handle(commands.ReturnPick("o1", "LAMP", "b1"))
    bus.handle(commands.ConfirmPick("o1", "LAMP", "b1", 4))
    bus.handle(commands.ReportShortage("b2", 3))

    with owner.connect() as connection:
        batches = connection.execute(
            text("SELECT reference, location, allocated_quantity FROM batches ORDER BY 1")
        ).all()
        parts = connection.execute(text("SELECT orderid, qty, picked FROM allocations")).all()
    assert batches == [("b1", "B-02-3", 4), ("b2", "A-01-1", 0)]
    assert parts == [("o1", 4, True)]
    entries = log(owner)[1:]
    assert {operator for _, operator, _, _ in entries} == {"cleo"}
    assert [type_ for type_, *_ in entries] == [
        "BatchCreated",
        "BatchMoved",
        "Allocated",
        "Picked",
        "PickReturned",
        "Picked",
        "ShortageReported",
    ]


def test_a_clerk_changes_no_other_column_of_a_part_than_whether_it_is_picked(owner, connect):
    with owner.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO allocations (batch_id, orderid, sku, qty) VALUES (1, 'o1', 'LAMP', 2)"
            )
        )
    cleo = connect("cleo")
    refused_by_server(text("UPDATE allocations SET orderid = 'o2'"), cleo)
    with cleo.begin() as connection:
        connection.execute(text("UPDATE allocations SET picked = true"))
        connection.execute(text("UPDATE batches SET location = 'C-1'"))

    assert one(owner, "SELECT orderid, picked FROM allocations") == ("o1", True)
    assert one(owner, "SELECT location FROM batches") == ("C-1",)


def test_a_clerks_correction_is_refused_by_the_server_itself(owner, connect):
    with pytest.raises(Exception) as refusal:
        bus_of(connect("cleo")).handle(commands.ChangeBatchQuantity("b1", 3))

    assert any(
        getattr(getattr(error, "orig", None), "sqlstate", None) == INSUFFICIENT_PRIVILEGE
        for error in _chain(refusal.value)
    )
    assert one(owner, "SELECT purchased_quantity FROM batches") == (10,)


def test_a_supervisors_corrections_run_on_the_supervisors_own_connection(owner, connect):
    bus = bus_of(connect("sam"))

    bus.handle(commands.Allocate("o1", "LAMP", 4))
    bus.handle(commands.ChangeBatchQuantity("b1", 6))
    bus.handle(commands.SetLowStockThreshold("LAMP", 3))
    imported = (commands.CreateBatch("b2", "DESK", 5), commands.CreateBatch("b3", "LAMP", 1))
    bus.handle(commands.ImportBatches(imported, (2, 3)))

    assert one(
        owner, "SELECT purchased_quantity, allocated_quantity FROM batches WHERE id = 1"
    ) == (
        6,
        4,
    )
    assert one(owner, "SELECT low_stock_threshold FROM products WHERE sku = 'LAMP'") == (3,)
    entries = log(owner)[1:]
    assert [(type_, operator) for type_, operator, _, _ in entries] == [
        ("Allocated", "sam"),
        ("BatchQuantityChanged", "sam"),
        ("LowStockThresholdSet", "sam"),
        ("LowStock", "sam"),  # 2 left, below 3
        ("BatchCreated", "sam"),
        ("BatchCreated", "sam"),
        ("BatchesImported", "sam"),
    ]


def test_a_correction_approved_at_a_clerks_desk_names_both(owner, connect):
    """As a desk carries out the command a supervisor approved: on the supervisor's
    connection, for the clerk signed in there."""
    uow = SqlAlchemyUnitOfWork(database.session_factory(connect("sam")), "desk-1", "cleo")
    uow.approver = "sam"
    bootstrap(uow=uow, send_mail=lambda **mail: None).handle(commands.ChangeBatchQuantity("b1", 7))

    assert one(owner, "SELECT purchased_quantity FROM batches") == (7,)
    assert log(owner)[-1][:3] == ("BatchQuantityChanged", "cleo", "sam")


def test_an_admin_adds_people_on_their_own_connection_and_no_one_else_does(owner, connect):
    dora = Person("dora", "Dora", Role.CLERK)
    with database.session_factory(connect("cleo"))() as session:
        with pytest.raises(DBAPIError) as refusal:
            people_store.people_store(session).add(dora, "5000")
        assert refusal.value.orig.sqlstate == INSUFFICIENT_PRIVILEGE
    with database.session_factory(connect("anna"))() as session:
        people_store.people_store(session).add(dora, "5000")
        session.commit()

    with connect("dora", "5000").connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM batches")).scalar_one() == 1


def test_an_owner_with_createrole_but_not_superuser_sets_the_database_up(
    private_cluster, scram_db_url
):
    """What ``docs/operations`` asks of the database's owner, and no more."""
    name = sqlalchemy.make_url(scram_db_url).database
    with database.make_engine(scram_db_url).connect() as connection:
        connection.execute(text("CREATE ROLE keeper LOGIN CREATEROLE PASSWORD 'keeper-secret'"))
        connection.execute(text(f'ALTER DATABASE "{name}" OWNER TO keeper'))
        connection.execute(text("GRANT CREATE ON SCHEMA public TO keeper"))
        connection.commit()
    keeper = database.make_engine(private_cluster.url(name, "keeper", "keeper-secret"))
    try:
        orm.start_mappers()
        schema.upgrade(keeper)
        with database.session_factory(keeper)() as session:
            people_store.people_store(session).add(Person("cleo", "Cleo", Role.CLERK), "3000")
            session.commit()
        cleo = database.make_engine(private_cluster.url(name, "cleo", "3000"))
        try:
            bus_of(cleo).handle(commands.CreateBatch("b1", "LAMP", 10))
        finally:
            cleo.dispose()
        with keeper.connect() as connection:
            assert connection.execute(text("SELECT operator FROM event_log")).all() == [("cleo",)]
    finally:
        keeper.dispose()
        with database.make_engine(scram_db_url).connect() as connection:
            connection.execute(text("REASSIGN OWNED BY keeper TO admin"))
            connection.execute(text("DROP OWNED BY keeper"))
            connection.execute(text("DROP ROLE keeper"))
            connection.commit()


def _chain(error):
    while error is not None:
        yield error
        error = error.__cause__ or error.__context__
