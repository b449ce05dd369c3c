"""People and roles: who may send what, the lockout's delays, the words of a refused field,
and the people commands on the bus (the first an admin, never without an admin)."""

import pytest

from tests.unit.fakes import make_bus
from warehouse_gui.domain import commands, events
from warehouse_gui.domain.errors import DomainError, InvalidCommand
from warehouse_gui.domain.people import (
    ApproveNext,
    Person,
    Role,
    SignIn,
    lock_seconds,
    may,
    why_not,
)


def test_a_clerk_receives_allocates_and_cancels_but_corrects_nothing():
    for allowed in (commands.CreateBatch, commands.Allocate, commands.Deallocate):
        assert may(Role.CLERK, allowed)
        assert why_not(Role.CLERK, allowed) is None
    assert why_not(Role.CLERK, commands.ChangeBatchQuantity) == (
        "Correcting or cancelling a batch needs a supervisor"
    )
    assert why_not(Role.CLERK, commands.ImportBatches) == "Importing batches needs a supervisor"
    assert why_not(Role.CLERK, commands.SetLowStockThreshold) == (
        "Setting a low-stock threshold needs a supervisor"
    )


def test_a_supervisor_corrects_imports_and_sets_thresholds_and_an_admin_manages_people():
    for command in (
        commands.ChangeBatchQuantity,
        commands.ImportBatches,
        commands.SetLowStockThreshold,
    ):
        assert may(Role.SUPERVISOR, command)
    assert why_not(Role.SUPERVISOR, commands.AddPerson) == "Adding a person needs an admin"
    assert why_not(Role.SUPERVISOR, commands.DisablePerson) == "Disabling a person needs an admin"
    for command in (commands.AddPerson, commands.SetRole, commands.DisablePerson):
        assert may(Role.ADMIN, command)


def test_five_wrong_pins_are_free_then_the_lock_doubles_up_to_an_hour():
    assert [lock_seconds(n) for n in range(5)] == [0, 0, 0, 0, 0]
    assert [lock_seconds(n) for n in range(5, 9)] == [30, 60, 120, 240]
    assert lock_seconds(20) == 3600


def test_a_login_is_lower_case_and_a_refused_field_says_the_rule():
    assert commands.SetRole(" Anna ", "Supervisor") == commands.SetRole("anna", Role.SUPERVISOR)
    with pytest.raises(InvalidCommand, match="Login must be 1 to 32 letters, digits"):
        commands.DisablePerson("9lives")
    with pytest.raises(InvalidCommand, match="Login 'postgres' is reserved by the database"):
        commands.DisablePerson("postgres")
    with pytest.raises(InvalidCommand, match="Role must be clerk, supervisor or admin, got 'boss'"):
        commands.SetRole("anna", "boss")
    with pytest.raises(InvalidCommand, match=r"^PIN must be 4 to 12 digits$"):
        commands.AddPerson("anna", "Anna", "clerk", "12a4")


def test_a_pin_never_shows_in_a_command_or_a_request():
    for request in (
        commands.AddPerson("anna", "Anna", "clerk", "908172"),
        SignIn("anna", "908172"),
        ApproveNext("sam", "908172"),
    ):
        assert "908172" not in repr(request)


def test_the_first_person_must_be_an_admin_and_each_change_is_an_event():
    uow, bus, published = make_bus()
    with pytest.raises(InvalidCommand, match="Role must be admin for the first person"):
        bus.handle(commands.AddPerson("anna", "Anna", "clerk", "1234"))
    assert uow.people.everyone() == []

    bus.handle(commands.AddPerson("mgr", "Maria", "admin", "1111"))
    bus.handle(commands.AddPerson("anna", "Anna", "clerk", "1234"))
    bus.handle(commands.SetRole("anna", "supervisor"))
    bus.handle(commands.DisablePerson("anna"))

    assert uow.people.everyone() == [
        Person("anna", "Anna", Role.SUPERVISOR, disabled=True),
        Person("mgr", "Maria", Role.ADMIN),
    ]
    assert published == [
        events.PersonAdded("mgr", "Maria", "admin"),
        events.PersonAdded("anna", "Anna", "clerk"),
        events.PersonRoleChanged("anna", "supervisor", "clerk"),
        events.PersonDisabled("anna"),
    ]


def test_a_login_is_taken_once_and_an_unknown_login_is_named():
    _uow, bus, _published = make_bus()
    bus.handle(commands.AddPerson("mgr", "Maria", "admin", "1111"))
    with pytest.raises(DomainError, match="mgr is already a person here"):
        bus.handle(commands.AddPerson("mgr", "Mark", "clerk", "2222"))
    with pytest.raises(DomainError, match="No one signs in as 'bob' here"):
        bus.handle(commands.SetRole("bob", "clerk"))
    with pytest.raises(DomainError, match="No one signs in as 'bob' here"):
        bus.handle(commands.DisablePerson("bob"))


def test_the_last_admin_who_may_sign_in_is_neither_demoted_nor_disabled():
    uow, bus, _published = make_bus()
    bus.handle(commands.AddPerson("mgr", "Maria", "admin", "1111"))
    last = "mgr is the last admin who may sign in: make another person an admin first"
    with pytest.raises(DomainError, match=last):
        bus.handle(commands.SetRole("mgr", "supervisor"))
    with pytest.raises(DomainError, match=last):
        bus.handle(commands.DisablePerson("mgr"))

    bus.handle(commands.AddPerson("ola", "Ola", "admin", "2222"))
    bus.handle(commands.DisablePerson("ola"))
    with pytest.raises(DomainError, match=last):
        bus.handle(commands.DisablePerson("mgr"))

    bus.handle(commands.AddPerson("kim", "Kim", "supervisor", "3333"))
    bus.handle(commands.SetRole("kim", "admin"))
    bus.handle(commands.SetRole("mgr", "clerk"))
    assert uow.people.get("mgr").role is Role.CLERK


def test_an_import_is_followed_by_one_count_of_its_batches():
    _uow, bus, published = make_bus()
    bus.handle(
        commands.ImportBatches(
            (commands.CreateBatch("b-1", "LAMP", 2), commands.CreateBatch("c-1", "CHAIR", 3)),
            (2, 3),
        )
    )
    assert [type(event).__name__ for event in published] == [
        "BatchCreated",
        "BatchCreated",
        "BatchesImported",
    ]
    assert published[-1] == events.BatchesImported(2)
