"""The roles a person has at the warehouse."""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    """What a person may do, each role everything of the one before it and more."""

    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"

    @property
    def rank(self) -> int:
        """0 for a clerk, 1 for a supervisor, 2 for an admin."""
        return list(Role).index(self)

    @property
    def with_article(self) -> str:
        """The role as a sentence names it: "a clerk", "a supervisor", "an admin"."""
        return WITH_ARTICLE[self]


WITH_ARTICLE = {Role.CLERK: "a clerk", Role.SUPERVISOR: "a supervisor", Role.ADMIN: "an admin"}
