"""The desk's session, on SQLite and on a PostgreSQL server that checks passwords: signing
in and out, wrong PINs and the lockout, what a role may not do, and a supervisor's
approval of one action, as the event log records them."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, text, update

from warehouse_gui import bootstrap, queries, views
from warehouse_gui.adapters import database, orm
from warehouse_gui.domain import commands
from warehouse_gui.domain.errors import InvalidCommand, UnknownBatch
from warehouse_gui.domain.people import (
    ApproveNext,
    NotPermitted,
    Person,
    Role,
    SignIn,
    SignInNeeded,
    SignInRefused,
    SignOut,
    WithdrawApproval,
)

PINS = {"mgr": "90817263", "sam": "5551234", "cleo": "4242"}
SIGN_IN_FIRST = "Sign in first: this database has people, and every action names who did it"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def url(request):
    """A SQLite file, or a database of a PostgreSQL server that checks passwords."""
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "scram_db_url")


@pytest.fixture
def open_desk(url):
    """Open desks (workstations) on the database; closed after the test."""
    opened = []

    def open_desk(origin="desk-1"):
        desk = bootstrap.workstation(url, origin, lambda event: None)
        opened.append(desk)
        return desk

    yield open_desk
    for desk in opened:
        desk.close()


def add_people(url):
    """An admin, a supervisor and a clerk (added by the database's owner, as the command
    line does), and a batch b1 of 10 LAMP."""
    bus = bootstrap.bootstrap(uow=bootstrap.database_unit_of_work(url), send_mail=lambda **m: 0)
    bus.handle(commands.CreateBatch("b1", "LAMP", 10))
    bus.handle(commands.AddPerson("mgr", "Maria", "admin", PINS["mgr"]))
    bus.handle(commands.AddPerson("sam", "Sam", "supervisor", PINS["sam"]))
    bus.handle(commands.AddPerson("cleo", "Cleo", "clerk", PINS["cleo"]))


@pytest.fixture
def people(url):
    """The database with its people (``add_people``)."""
    add_people(url)
    return url


def sign_in(desk, login):
    return desk.handle(SignIn(login, PINS[login]))


def refusal(desk, request):
    with pytest.raises((SignInRefused, SignInNeeded, NotPermitted)) as refused:
        desk.handle(request)
    return refused.value.message


def logged(desk, *types):
    entries = views.events_since(bootstrap.existing_unit_of_work(desk.desk.db_url))
    return [(e.type, e.operator, e.approver) for e in entries if e.type in types]


def purchased(desk, reference):
    return {row.reference: row.purchased for row in views.batches(desk.uow)}[reference]


def set_lock(url, login, until):
    engine = database.make_engine(url)
    with engine.begin() as connection:
        connection.execute(
            update(orm.people).where(orm.people.c.login == login).values(locked_until=until)
        )
    engine.dispose()


def test_the_signed_in_login_names_each_action_and_signing_out_stops_them(people, open_desk):
    desk = open_desk()
    assert refusal(desk, commands.Allocate("o1", "LAMP", 1)) == SIGN_IN_FIRST

    assert desk.handle(SignIn(" CLEO ", PINS["cleo"])) == Person("cleo", "Cleo", Role.CLERK)
    assert desk.person == Person("cleo", "Cleo", Role.CLERK)
    desk.handle(commands.Allocate("o1", "LAMP", 2))
    # The read side answers the person too (on a server, over their own connection).
    assert [(r.reference, r.allocated) for r in desk.answer(queries.BatchTable()).rows] == [
        ("b1", 2)
    ]
    [line] = desk.answer(queries.OrderLines("o1"))
    assert (line.batchref, line.by, line.approver) == ("b1", "cleo", "")
    assert desk.answer(queries.History(limit=1))[0].operator == "cleo"
    assert desk.handle(SignOut()) is None
    assert desk.person is None

    assert refusal(desk, commands.Allocate("o2", "LAMP", 1)) == SIGN_IN_FIRST
    assert desk.handle(SignIn("Sam", PINS["sam"])).login == "sam"
    desk.handle(commands.Deallocate("o1", "LAMP"))
    assert logged(desk, "Allocated", "Deallocated") == [
        ("Allocated", "cleo", ""),
        ("Deallocated", "sam", ""),
    ]


def test_unknown_and_disabled_logins_and_wrong_pins_are_refused_in_words(people, open_desk):
    desk = open_desk()
    assert refusal(desk, SignIn("bob", "1234")) == (
        "No one signs in as 'bob' here: check the badge, or ask an admin to add them"
    )
    sign_in(desk, "mgr")
    desk.handle(commands.DisablePerson("sam"))
    assert refusal(desk, SignIn("sam", PINS["sam"])) == "sam may no longer sign in: ask an admin"
    assert desk.person is None

    words = [refusal(desk, SignIn("cleo", "0000")) for _ in range(5)]
    assert words == [
        "Wrong PIN for cleo: 4 more tries before the login is locked",
        "Wrong PIN for cleo: 3 more tries before the login is locked",
        "Wrong PIN for cleo: 2 more tries before the login is locked",
        "Wrong PIN for cleo: 1 more try before the login is locked",
        "Wrong PIN for cleo: the login is now locked for 30 s",
    ]
    # Locked: even the right PIN is not tried.
    assert re.fullmatch(
        r"cleo is locked for (29|30) s more after 5 wrong PINs in a row",
        refusal(desk, SignIn("cleo", PINS["cleo"])),
    )


def test_the_lock_grows_with_each_wrong_pin_and_the_right_pin_clears_it(people, open_desk):
    desk = open_desk()
    for _ in range(5):
        refusal(desk, SignIn("cleo", "0000"))
    set_lock(people, "cleo", datetime.now(UTC) - timedelta(seconds=1))
    assert refusal(desk, SignIn("cleo", "0000")) == (
        "Wrong PIN for cleo: the login is now locked for 60 s"
    )
    set_lock(people, "cleo", datetime.now(UTC) - timedelta(seconds=1))
    assert refusal(desk, SignIn("cleo", "0000")) == (
        "Wrong PIN for cleo: the login is now locked for 120 s"
    )
    set_lock(people, "cleo", datetime.now(UTC) - timedelta(seconds=1))

    assert sign_in(desk, "cleo").login == "cleo"
    desk.handle(SignOut())
    assert refusal(desk, SignIn("cleo", "0000")) == (
        "Wrong PIN for cleo: 4 more tries before the login is locked"
    )


def test_a_clerk_may_not_correct_a_batch_and_nothing_changes(people, open_desk):
    desk = open_desk()
    sign_in(desk, "cleo")
    assert refusal(desk, commands.ChangeBatchQuantity("b1", 4)) == (
        "Correcting or cancelling a batch needs a supervisor"
    )
    assert refusal(desk, commands.SetLowStockThreshold("LAMP", 3)) == (
        "Setting a low-stock threshold needs a supervisor"
    )
    assert refusal(desk, commands.AddPerson("ola", "Ola", "clerk", "1234")) == (
        "Adding a person needs an admin"
    )
    assert purchased(desk, "b1") == 10
    assert logged(desk, "BatchQuantityChanged", "LowStockThresholdSet") == []
    assert [p.login for p in desk.answer(queries.People())] == ["cleo", "mgr", "sam"]


def test_a_supervisors_approval_lets_one_action_through_naming_both(people, open_desk):
    desk = open_desk()
    sign_in(desk, "cleo")
    assert desk.handle(ApproveNext("SAM", PINS["sam"])) == Person("sam", "Sam", Role.SUPERVISOR)

    # A refused command keeps the approval.
    with pytest.raises(UnknownBatch):
        desk.handle(commands.ChangeBatchQuantity("nope", 4))
    # An action the clerk may do anyway leaves it in place.
    desk.handle(commands.Allocate("o1", "LAMP", 1))
    desk.handle(commands.ChangeBatchQuantity("b1", 4))

    assert purchased(desk, "b1") == 4
    assert logged(desk, "BatchQuantityChanged", "Allocated") == [
        ("Allocated", "cleo", ""),
        ("BatchQuantityChanged", "cleo", "sam"),
    ]
    [entry] = [e for e in desk.answer(queries.History()) if e.type == "BatchQuantityChanged"]
    assert (entry.operator, entry.approver) == ("cleo", "sam")
    exported = entry.as_json_object()  # as export-events writes it
    assert (exported["operator"], exported["approver"]) == ("cleo", "sam")
    # Used once: the next correction needs another approval.
    assert refusal(desk, commands.ChangeBatchQuantity("b1", 5)) == (
        "Correcting or cancelling a batch needs a supervisor"
    )
    assert purchased(desk, "b1") == 4


def test_an_approval_is_dropped_by_withdrawing_it_or_signing_out(people, open_desk):
    desk = open_desk()
    sign_in(desk, "cleo")
    desk.handle(ApproveNext("sam", PINS["sam"]))
    assert desk.handle(WithdrawApproval()) is None
    assert refusal(desk, commands.ChangeBatchQuantity("b1", 4)) == (
        "Correcting or cancelling a batch needs a supervisor"
    )
    desk.handle(ApproveNext("mgr", PINS["mgr"]))
    desk.handle(SignOut())
    sign_in(desk, "cleo")
    assert refusal(desk, commands.ChangeBatchQuantity("b1", 4)) == (
        "Correcting or cancelling a batch needs a supervisor"
    )


def test_only_a_second_person_who_is_a_supervisor_or_admin_approves(people, open_desk):
    desk = open_desk()
    assert refusal(desk, ApproveNext("sam", PINS["sam"])) == SIGN_IN_FIRST
    bus = bootstrap.bootstrap(uow=bootstrap.database_unit_of_work(people))
    bus.handle(commands.AddPerson("carl", "Carl", "clerk", "7777"))
    sign_in(desk, "cleo")
    assert refusal(desk, ApproveNext("carl", "7777")) == (
        "carl is a clerk: only a supervisor or an admin approves"
    )
    assert refusal(desk, ApproveNext("cleo", PINS["cleo"])) == (
        "An approval needs a second person: cleo is signed in here"
    )
    assert refusal(desk, ApproveNext("sam", "0000")) == (
        "Wrong PIN for sam: 4 more tries before the login is locked"
    )
    assert refusal(desk, commands.ChangeBatchQuantity("b1", 4)) == (
        "Correcting or cancelling a batch needs a supervisor"
    )


def test_an_admin_changes_other_people_never_their_own_role(people, open_desk):
    desk = open_desk()
    sign_in(desk, "mgr")
    desk.handle(commands.SetRole("sam", "admin"))
    own = "Another admin changes your own role or disables you; nothing was changed"
    assert refusal(desk, commands.SetRole("mgr", "supervisor")) == own
    assert refusal(desk, commands.DisablePerson("mgr")) == own
    sign_in(desk, "sam")
    desk.handle(commands.SetRole("mgr", "supervisor"))
    sign_in(desk, "mgr")
    assert desk.person == Person("mgr", "Maria", Role.SUPERVISOR)
    assert refusal(desk, commands.DisablePerson("cleo")) == "Disabling a person needs an admin"


def test_without_people_nobody_signs_in_and_the_first_person_must_be_an_admin(
    url, open_desk, monkeypatch
):
    monkeypatch.setenv("WAREHOUSE_OPERATOR", "night shift")
    desk = open_desk()
    assert desk.answer(queries.People()) == []
    assert refusal(desk, SignIn("mgr", "1234")) == (
        "Nobody signs in here: this database has no people yet"
    )
    desk.handle(commands.CreateBatch("b1", "LAMP", 10))
    with pytest.raises(InvalidCommand, match="Role must be admin for the first person"):
        desk.handle(commands.AddPerson("cleo", "Cleo", "clerk", PINS["cleo"]))

    desk.handle(commands.AddPerson("mgr", "Maria", "admin", PINS["mgr"]))
    assert desk.answer(queries.People()) == [Person("mgr", "Maria", Role.ADMIN)]
    assert refusal(desk, commands.CreateBatch("b2", "LAMP", 1)) == SIGN_IN_FIRST
    sign_in(desk, "mgr")
    desk.handle(commands.CreateBatch("b2", "LAMP", 1))
    assert logged(desk, "BatchCreated", "PersonAdded") == [
        ("BatchCreated", "night shift", ""),
        ("PersonAdded", "night shift", ""),
        ("BatchCreated", "mgr", ""),
    ]


def test_people_added_at_another_desk_are_known_at_the_next_sign_in(url, open_desk):
    desk = open_desk("desk-1")
    other = open_desk("desk-2")
    other.handle(commands.AddPerson("mgr", "Maria", "admin", PINS["mgr"]))
    # This desk reads the people at sign-in and sign-out, not before each action.
    desk.handle(commands.CreateBatch("b1", "LAMP", 10))
    assert sign_in(desk, "mgr").role is Role.ADMIN
    desk.handle(SignOut())
    assert refusal(desk, commands.CreateBatch("b2", "LAMP", 10)) == SIGN_IN_FIRST


def test_no_pin_reaches_the_log_file_or_the_event_log(people, open_desk, log_file):
    desk = open_desk()
    refusal(desk, SignIn("cleo", "13572468"))
    sign_in(desk, "cleo")
    refusal(desk, ApproveNext("sam", "24681357"))
    desk.handle(ApproveNext("sam", PINS["sam"]))
    desk.handle(commands.ChangeBatchQuantity("b1", 4))
    refusal(desk, ApproveNext("mgr", "11223344"))
    desk.handle(SignOut())
    sign_in(desk, "mgr")
    desk.handle(commands.AddPerson("ola", "Ola", "clerk", "98765432"))
    desk.handle(SignOut())

    written = log_file.read_text(encoding="utf-8")
    assert "cleo signed in" in written
    log = [
        str(entry.as_json_object())
        for entry in views.events_since(bootstrap.existing_unit_of_work(people))
    ]
    for pin in [*PINS.values(), "13572468", "24681357", "11223344", "98765432"]:
        assert pin not in written
        assert not any(pin in entry for entry in log)
    engine = database.make_engine(people)
    with engine.connect() as connection:
        stored = connection.execute(select(orm.people.c.pin_hash)).scalars().all()
    engine.dispose()
    assert not any(pin in (hashed or "") for hashed in stored for pin in PINS.values())


def connected_users(url):
    engine = database.make_engine(url)
    with engine.connect() as connection:
        users = connection.execute(
            text(
                "SELECT usename FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid()"
            )
        ).scalars()
        found = set(users)
    engine.dispose()
    return found


@pytest.mark.postgres
def test_on_a_server_the_desk_works_over_the_persons_own_connections_and_holds_none(
    scram_db_url,
):
    add_people(scram_db_url)
    desk = bootstrap.workstation(scram_db_url, "desk-1", lambda event: None)
    try:
        sign_in(desk, "cleo")
        desk.handle(commands.Allocate("o1", "LAMP", 1))
        # The server stamped the entry with the role that wrote it.
        assert logged(desk, "Allocated") == [("Allocated", "cleo", "")]
        # Between commands the desk holds no connection of the person's.
        assert "cleo" not in connected_users(scram_db_url)
        desk.handle(ApproveNext("sam", PINS["sam"]))
        desk.handle(commands.ChangeBatchQuantity("b1", 4))
        assert logged(desk, "BatchQuantityChanged") == [("BatchQuantityChanged", "cleo", "sam")]
        assert connected_users(scram_db_url).isdisjoint({"cleo", "sam"})
    finally:
        desk.close()


@pytest.mark.postgres
def test_desks_that_start_as_a_role_that_only_reads_work_as_the_person_signed_in(
    scram_db_url, private_cluster
):
    add_people(scram_db_url)
    engine = database.make_engine(scram_db_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE ROLE floor_desk LOGIN PASSWORD 'desk-secret'"))
        connection.execute(text("GRANT pg_read_all_data TO floor_desk"))
    engine.dispose()
    database_name = scram_db_url.rsplit("/", 1)[1]
    start_up = private_cluster.url(database_name, user="floor_desk", password="desk-secret")
    try:
        desk = bootstrap.workstation(start_up, "desk-1", lambda event: None)
        try:
            assert desk.read_only is None
            assert refusal(desk, commands.Allocate("o1", "LAMP", 1)) == SIGN_IN_FIRST
            sign_in(desk, "cleo")
            desk.handle(commands.Allocate("o1", "LAMP", 1))
            assert logged(desk, "Allocated") == [("Allocated", "cleo", "")]
        finally:
            desk.close()
    finally:
        engine = database.make_engine(scram_db_url)
        with engine.begin() as connection:
            connection.execute(text("DROP OWNED BY floor_desk"))
            connection.execute(text("DROP ROLE floor_desk"))
        engine.dispose()
