"""People and what each may do: roles, the commands each role may send, signing in and a
supervisor's approval, and the lockout after wrong PINs.

A database without people works as a single desk always did: no sign-in, everything
allowed. Adding the first person (an admin) turns sign-in on.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from warehouse_gui.domain import commands
from warehouse_gui.domain.errors import DomainError
from warehouse_gui.domain.roles import Role
from warehouse_gui.translation import QT_TRANSLATE_NOOP, translate

__all__ = ["Role"]


# The least role that may send each command; a command not named here any person may send.
REQUIRED_ROLE: dict[type[commands.Command], Role] = {
    commands.CreateBatch: Role.CLERK,
    commands.Allocate: Role.CLERK,
    commands.Deallocate: Role.CLERK,
    commands.ChangeBatchQuantity: Role.SUPERVISOR,
    commands.ImportBatches: Role.SUPERVISOR,
    commands.SetLowStockThreshold: Role.SUPERVISOR,
    commands.AddPerson: Role.ADMIN,
    commands.SetRole: Role.ADMIN,
    commands.DisablePerson: Role.ADMIN,
}

# Why a person of a lesser role may not send each restricted command, as one sentence
# (translated where it is said, by ``why_not``); each names the role ``REQUIRED_ROLE`` gives.
NEEDS = {
    commands.ChangeBatchQuantity: QT_TRANSLATE_NOOP(
        "People", "Correcting or cancelling a batch needs a supervisor"
    ),
    commands.ImportBatches: QT_TRANSLATE_NOOP("People", "Importing batches needs a supervisor"),
    commands.SetLowStockThreshold: QT_TRANSLATE_NOOP(
        "People", "Setting a low-stock threshold needs a supervisor"
    ),
    commands.AddPerson: QT_TRANSLATE_NOOP("People", "Adding a person needs an admin"),
    commands.SetRole: QT_TRANSLATE_NOOP("People", "Changing a person's role needs an admin"),
    commands.DisablePerson: QT_TRANSLATE_NOOP("People", "Disabling a person needs an admin"),
}


def required_role(command_type: type[commands.Command]) -> Role:
    """The least role that may send commands of ``command_type``."""
    return REQUIRED_ROLE.get(command_type, Role.CLERK)


def may(role: Role, command_type: type[commands.Command]) -> bool:
    """Whether a person of ``role`` may send commands of ``command_type``."""
    return role.rank >= required_role(command_type).rank


def why_not(role: Role, command_type: type[commands.Command]) -> str | None:
    """Why a person of ``role`` may not send ``command_type``, in one sentence, or ``None``."""
    if may(role, command_type):
        return None
    needs = NEEDS.get(command_type)
    if needs is not None:
        return translate("People", needs)
    # A restricted command NEEDS does not name yet: its class name, a programmer's word.
    return translate("People", "{command} needs {role}").format(
        command=command_type.__name__, role=required_role(command_type).with_article
    )


@dataclass(frozen=True)
class Person:
    """Someone who signs in: their login (their badge's barcode), name and role."""

    login: str
    name: str
    role: Role
    disabled: bool = False


# Lockout: after ``FREE_FAILURES`` wrong PINs in a row, each further one locks the login for
# a delay that doubles, from ``FIRST_LOCK_SECONDS`` up to ``LONGEST_LOCK_SECONDS``.
FREE_FAILURES = 5
FIRST_LOCK_SECONDS = 30
LONGEST_LOCK_SECONDS = 3600


def lock_seconds(failures: int) -> int:
    """How long a login is locked after ``failures`` wrong PINs in a row (0: not locked)."""
    if failures < FREE_FAILURES:
        return 0
    return int(min(FIRST_LOCK_SECONDS * 2 ** (failures - FREE_FAILURES), LONGEST_LOCK_SECONDS))


class NotPermitted(DomainError):
    """The signed-in person's role may not do this; nothing was done."""


class SignInRefused(DomainError):
    """Signing in, or approving, was refused: an unknown or disabled login, a wrong PIN, a
    locked login. Nothing was changed but the count of wrong PINs."""


class SignInNeeded(DomainError):
    """Sign-in is on and nobody is signed in at this desk."""


@dataclass(frozen=True)
class SignIn(commands.Command):
    """Request to sign ``login`` in at this desk with ``pin``; answered with the ``Person``."""

    login: str
    pin: str = field(repr=False)


@dataclass(frozen=True)
class SignOut(commands.Command):
    """Request to sign the person at this desk out (and drop any approval)."""


@dataclass(frozen=True)
class ApproveNext(commands.Command):
    """Request that ``login`` (a supervisor or admin, with ``pin``) approve the next
    command the person at this desk may not send alone; answered with the approver's
    ``Person``. The approval is used by that one command, or dropped by
    ``WithdrawApproval`` or signing out."""

    login: str
    pin: str = field(repr=False)


@dataclass(frozen=True)
class WithdrawApproval(commands.Command):
    """Request to drop an approval not used yet."""


SESSION_REQUESTS = (SignIn, SignOut, ApproveNext, WithdrawApproval)
