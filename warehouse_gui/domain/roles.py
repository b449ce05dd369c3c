"""The roles a person has at the warehouse."""

from __future__ import annotations

import enum

from warehouse_gui.translation import QT_TRANSLATE_NOOP, translate


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
        """The role as a sentence names it: "a clerk", "a supervisor", "an admin", in the
        desk's language (English on the command line)."""
        return translate("Roles", WITH_ARTICLE[self])


WITH_ARTICLE = {
    Role.CLERK: QT_TRANSLATE_NOOP("Roles", "a clerk"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Roles", "a supervisor"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "an admin"),
}
