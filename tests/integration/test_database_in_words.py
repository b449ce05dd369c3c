"""Why a database cannot be used, in a person's words: each reason a server cannot be
reached at start-up (raised as ``StoreUnavailable``, so the window tries again), a
read-only database (PostgreSQL by setting or by privileges), tables not as expected."""

import socket
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, ProgrammingError

from warehouse_gui import bootstrap
from warehouse_gui.adapters import database_errors
from warehouse_gui.domain import commands
from warehouse_gui.domain.errors import StoreUnavailable
from warehouse_gui.service_layer.unit_of_work import ServerFull, translate


def opening_error(url):
    with pytest.raises(StoreUnavailable) as raised:
        bootstrap.workstation(url, "origin", lambda event: None)
    return raised.value.message


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_port_nothing_listens_on_is_a_server_not_answering():
    port = free_port()
    assert opening_error(f"postgresql+psycopg://clerk@127.0.0.1:{port}/stock") == (
        f"The database server at 127.0.0.1:{port} is not answering (connection refused); "
        "trying again every few seconds."
    )


def test_an_unknown_host_is_said_so():
    message = opening_error("postgresql+psycopg://clerk@db.invalid:5432/stock")
    assert message.startswith("The database server's name db.invalid is not known")
    assert "sqlalche.me" not in message and "trying again" in message


def test_a_missing_role_and_a_missing_database_are_each_said_so(postgresql_url):
    server = make_url(postgresql_url)
    where = f"{server.host}:{server.port or 5432}"
    nobody = server.set(username=f"nobody_{uuid.uuid4().hex[:6]}").render_as_string(False)
    no_db = server.set(database="no_such_stock").render_as_string(hide_password=False)
    assert opening_error(nobody).startswith(f"The database server at {where} has no user nobody_")
    assert opening_error(no_db).startswith(
        f"The database server at {where} has no database no_such_stock: check its name"
    )


@pytest.mark.parametrize(
    ("driver_says", "words"),
    [
        ('FATAL:  password authentication failed for user "clerk"', "refused the password"),
        ("connection timeout expired", "did not answer in time"),
    ],
)
def test_a_wrong_password_and_a_timeout_are_each_said_so(driver_says, words):
    error = OperationalError("connect", {}, Exception(driver_says))
    unreachable = database_errors.unreachable(error, "postgresql://clerk:s3cret@db.example.org/s")
    assert unreachable.message.startswith("The database server at db.example.org:5432 ")
    assert words in unreachable.message
    assert "s3cret" not in unreachable.message


@pytest.mark.parametrize(
    ("driver_says", "said"),
    [
        (
            'connection to server at "127.0.0.1", port 5432 failed: FATAL:  sorry, too many '
            "clients already",
            "too many clients already",
        ),
        (
            "FATAL:  remaining connection slots are reserved for non-replication superuser "
            "connections",
            "remaining connection slots are reserved for non-replication superuser connections",
        ),
        ('FATAL:  too many connections for role "clerk"', 'too many connections for role "clerk"'),
        ("ERROR:  no more connections allowed (max_client_conn)", "no more connections allowed"),
    ],
)
def test_a_server_without_a_free_connection_is_said_so_and_a_command_may_try_again(
    driver_says, said
):
    error = OperationalError("connect", {}, Exception(driver_says))
    unreachable = database_errors.unreachable(error, "postgresql://clerk@db.example.org:6432/s")
    assert unreachable.message.startswith(
        "The database server at db.example.org:6432 has no free connection for this desk ("
    )
    assert said in unreachable.message
    assert unreachable.message.endswith("; trying again every few seconds.")
    refused = translate(error)
    assert isinstance(refused, ServerFull)
    assert refused.message.startswith(
        "The database server has no free connection for this desk right now ("
    )
    assert refused.message.endswith("Nothing was saved; try again in a moment.")


def test_a_lost_connection_is_not_taken_for_a_full_server():
    error = OperationalError("select", {}, Exception("server closed the connection unexpectedly"))
    assert not database_errors.server_full(error)
    assert not isinstance(translate(error), ServerFull)
    assert database_errors.why_unreachable(error, "postgresql://db/s") == (
        "the database server at db:5432 closed the connection"
    )
    odd = OperationalError("select", {}, Exception("SSL SYSCALL error: EOF detected\nmore"))
    assert database_errors.why_unreachable(odd, "postgresql://db/s") == (
        "SSL SYSCALL error: EOF detected"
    )


@pytest.fixture
def warehouse_url(postgresql_url):
    bus = bootstrap.bootstrap(db_url=postgresql_url, send_mail=lambda **mail: None)
    bus.handle(commands.CreateBatch("lamp-1", "LAMP", 20))
    return postgresql_url


def test_a_server_that_makes_transactions_read_only_is_read_only_at_once(warehouse_url):
    name = make_url(warehouse_url).database
    admin = create_engine(warehouse_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on'))
    admin.dispose()
    desk = bootstrap.workstation(warehouse_url, "origin", lambda event: None)
    try:
        assert desk.read_only == "the server makes every transaction here read-only"
        with pytest.raises(database_errors.DatabaseReadOnly) as refused:
            desk.handle(commands.Allocate("order-1", "LAMP", 1))
        assert refused.value.message == (
            "The database is read-only (the server makes every transaction here read-only); "
            "nothing was changed."
        )
    finally:
        desk.close()


def test_a_role_without_write_privileges_is_read_only_and_its_errors_say_so(warehouse_url):
    role = f"reader_{uuid.uuid4().hex[:8]}"
    admin = create_engine(warehouse_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE ROLE "{role}" LOGIN'))
        connection.execute(text(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{role}"'))
    reader = make_url(warehouse_url).set(username=role).render_as_string(hide_password=False)
    try:
        desk = bootstrap.workstation(reader, "origin", lambda event: None)
        assert desk.read_only == (
            f"the user {role} may read the warehouse's tables but not change them"
        )
        desk.close()
        engine = create_engine(reader)
        with pytest.raises(ProgrammingError) as raised, engine.begin() as connection:
            connection.execute(text("UPDATE products SET version_number = 7"))
        engine.dispose()
        translated = translate(raised.value)
        assert isinstance(translated, database_errors.DatabaseReadOnly)
        assert "cannot be reached" not in translated.message
        assert translated.message.startswith("The database is read-only (this user may read")
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP OWNED BY "{role}"'))
            connection.execute(text(f'DROP ROLE "{role}"'))
        admin.dispose()


def test_a_missing_column_on_postgresql_is_a_schema_problem(warehouse_url):
    engine = create_engine(warehouse_url)
    with pytest.raises(ProgrammingError) as raised, engine.connect() as connection:
        connection.execute(text("SELECT no_such_column FROM batches"))
    engine.dispose()
    translated = translate(raised.value)
    assert isinstance(translated, database_errors.SchemaMismatch)
    assert translated.message.startswith(
        "The database's tables are not as this version expects (column"
    )
