"""The people of a database: added, re-roled, disabled and locked after wrong PINs, on
SQLite (PIN hashes) and on a PostgreSQL server that checks passwords (a role per person)."""

import pytest
import sqlalchemy
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError, OperationalError

from warehouse_gui.adapters import database, orm, people_store, pins, schema
from warehouse_gui.domain.people import Person, lock_seconds
from warehouse_gui.domain.roles import Role

ANNA = Person("anna", "Anna", Role.ADMIN)
BERT = Person("bert", "Bert", Role.CLERK)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def people_db(request):
    """A migrated database on SQLite, or in the private cluster (as its owner)."""
    url = request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "scram_db_url")
    orm.start_mappers()
    engine = database.make_engine(url)
    schema.upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def session(people_db):
    with database.session_factory(people_db)() as session:
        yield session


@pytest.fixture
def store(session):
    return people_store.people_store(session)


def test_a_new_database_has_no_people(store):
    assert store.everyone() == []
    assert store.get("anna") is None


def test_people_added_are_found_by_login(store, session):
    store.add(BERT, "1234")
    store.add(ANNA, "5678")
    session.commit()

    assert store.everyone() == [ANNA, BERT]
    assert store.get("bert") == BERT


def test_a_login_taken_is_refused_in_words(store, session):
    store.add(ANNA, "1234")
    session.commit()

    with pytest.raises(people_store.LoginTaken, match=r"^anna is already a person here$"):
        store.add(Person("anna", "Another Anna", Role.CLERK), "9999")


def test_a_role_changes_and_a_disabled_person_stays(store, session):
    store.add(BERT, "1234")
    store.set_role("bert", Role.SUPERVISOR)
    store.disable("bert")
    session.commit()

    assert store.everyone() == [Person("bert", "Bert", Role.SUPERVISOR, disabled=True)]


@pytest.mark.parametrize(
    "change",
    [
        lambda store: store.set_role("nobody", Role.ADMIN),
        lambda store: store.disable("nobody"),
        lambda store: store.locked_seconds("nobody"),
        lambda store: store.pin_failed("nobody"),
    ],
)
def test_an_unknown_login_is_refused_in_words(store, change):
    with pytest.raises(people_store.UnknownPerson, match="No one signs in as 'nobody' here"):
        change(store)


def test_wrong_pins_lock_the_login_longer_and_longer(store, session):
    store.add(BERT, "1234")
    session.commit()

    counted = [store.pin_failed("bert") for _ in range(7)]
    session.commit()

    assert counted == [(n, lock_seconds(n)) for n in range(1, 8)]
    assert lock_seconds(7) - 2 <= store.locked_seconds("bert") <= lock_seconds(7)


def test_a_person_never_locked_has_no_time_left(store, session):
    store.add(BERT, "1234")
    for _ in range(4):
        store.pin_failed("bert")
    session.commit()

    assert store.locked_seconds("bert") == 0


def test_the_sqlite_store_checks_a_pin_and_keeps_only_its_hash(sqlite_url):
    orm.start_mappers()
    engine = database.make_engine(sqlite_url)
    schema.upgrade(engine)
    with database.session_factory(engine)() as session:
        store = people_store.people_store(session)
        assert isinstance(store, people_store.SqlitePeopleStore)
        store.add(BERT, "4711")
        for _ in range(6):
            store.pin_failed("bert")
        session.commit()

        assert store.pin_matches("bert", "4711")
        assert not store.pin_matches("bert", "4712")
        stored = session.execute(text("SELECT pin_hash FROM people")).scalar_one()
        assert stored.startswith("scrypt$") and "4711" not in stored

        store.pin_accepted("bert")
        session.commit()
        assert store.locked_seconds("bert") == 0
        with pytest.raises(people_store.UnknownPerson):
            store.pin_matches("nobody", "4711")
    engine.dispose()


# PostgreSQL: each person is a login role, the PIN its password.


@pytest.fixture
def server(scram_db_url):
    orm.start_mappers()
    engine = database.make_engine(scram_db_url)
    schema.upgrade(engine)
    yield engine
    engine.dispose()


def connect_as(scram_db_url, login, pin):
    """Connect as ``login`` with ``pin``, as a desk signing in does."""
    url = sqlalchemy.make_url(scram_db_url).set(username=login, password=pin)
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT session_user")).scalar_one()
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_a_person_signs_in_to_the_server_with_their_pin_only(server, scram_db_url):
    with database.session_factory(server)() as session:
        people_store.people_store(session).add(BERT, "4711")
        session.commit()

    assert connect_as(scram_db_url, "bert", "4711") == "bert"
    with pytest.raises(OperationalError, match="password authentication failed"):
        connect_as(scram_db_url, "bert", "4712")
    with server.connect() as connection:
        stored = connection.execute(text("SELECT pin_hash FROM people")).scalar_one()
        verifier = connection.execute(
            text("SELECT rolpassword FROM pg_authid WHERE rolname = 'bert'")
        ).scalar_one()
    assert stored is None
    assert verifier.startswith("SCRAM-SHA-256$") and "4711" not in verifier


@pytest.mark.postgres
def test_a_disabled_person_may_no_longer_connect(server, scram_db_url):
    with database.session_factory(server)() as session:
        store = people_store.people_store(session)
        store.add(BERT, "4711")
        store.disable("bert")
        session.commit()

    with pytest.raises(OperationalError, match="not permitted to log in"):
        connect_as(scram_db_url, "bert", "4711")


@pytest.mark.postgres
def test_a_new_role_moves_the_person_to_that_group_only(server):
    with database.session_factory(server)() as session:
        store = people_store.people_store(session)
        store.add(BERT, "4711")
        store.set_role("bert", Role.SUPERVISOR)
        session.commit()
        groups = session.execute(
            text(
                "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = 'bert'"
            )
        ).scalars()
        assert list(groups) == ["warehouse_supervisor"]


@pytest.mark.postgres
def test_a_server_role_that_is_not_a_person_keeps_its_name(server, private_cluster):
    with server.connect() as connection:
        connection.execute(text("CREATE ROLE carla"))
        connection.commit()
    try:
        with (
            database.session_factory(server)() as session,
            pytest.raises(
                people_store.RoleNameTaken,
                match=r"^A database role named carla exists already: choose another login$",
            ),
        ):
            people_store.people_store(session).add(Person("carla", "C", Role.CLERK), "4711")
    finally:
        with server.connect() as connection:
            connection.execute(text("DROP ROLE carla"))
            connection.commit()


@pytest.mark.postgres
def test_a_right_pin_clears_the_count_on_the_persons_own_connection(server, scram_db_url):
    with database.session_factory(server)() as session:
        store = people_store.people_store(session)
        store.add(BERT, "4711")
        session.commit()
    bert = database.make_engine(
        sqlalchemy.make_url(scram_db_url)
        .set(username="bert", password="4711")
        .render_as_string(hide_password=False)
    )
    try:
        with database.session_factory(bert)() as session:
            store = people_store.people_store(session)
            for _ in range(6):
                store.pin_failed("bert")
            session.commit()
            assert store.locked_seconds("bert") > 0
            store.pin_accepted("bert")
            session.commit()
            assert store.locked_seconds("bert") == 0
    finally:
        bert.dispose()


@pytest.mark.postgres
def test_a_refused_person_leaves_no_pin_verifier_in_the_error(server):
    with server.connect() as connection:
        verifier = pins.scram_verifier(connection, "zed", "4711")
        with pytest.raises(DBAPIError) as refusal:
            connection.execute(
                text("SELECT warehouse_add_person('zed', 'Zed', 'boss', :verifier)"),
                {"verifier": verifier},
            )

    assert "boss is not a role: clerk, supervisor or admin" in str(refusal.value.orig)
    assert "SCRAM" not in str(refusal.value.orig)
