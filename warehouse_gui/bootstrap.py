"""The composition root: the one place that picks concrete adapters and wires the bus."""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable
from functools import partial
from typing import Any

from warehouse_gui import config, queries, read_model, views
from warehouse_gui.adapters import database, database_errors, notifications, opening, orm, schema
from warehouse_gui.adapters.log_follower import LogFollower
from warehouse_gui.desk import Desk
from warehouse_gui.domain import commands, events
from warehouse_gui.domain.people import SESSION_REQUESTS, Person
from warehouse_gui.service_layer import handlers
from warehouse_gui.service_layer.messagebus import MessageBus
from warehouse_gui.service_layer.unit_of_work import AbstractUnitOfWork, SqlAlchemyUnitOfWork


def bootstrap(
    start_orm: bool = True,
    uow: AbstractUnitOfWork | None = None,
    send_mail: Callable[..., None] | None = None,
    publish: Callable[[events.Event], None] | None = None,
    db_url: str | None = None,
) -> MessageBus:
    """Build a message bus with every handler's dependencies injected.

    Without a ``uow`` the database at ``db_url`` (default: ``config.database_url()``) is
    opened and its tables are created if absent. ``publish``, when given, receives every
    domain event after the domain's own handlers.
    """
    if start_orm:
        orm.start_mappers()
    if uow is None:
        uow = database_unit_of_work(db_url)
    dependencies: dict[str, Any] = {
        "uow": uow,
        "send_mail": send_mail or notifications.default_mailer(),
        "alert_recipient": config.alert_recipient(),
    }
    event_handlers: dict[type[events.Event], list[Callable[[Any], None]]] = {
        event_type: [_inject(handler, dependencies) for handler in event_handlers_of_type]
        for event_type, event_handlers_of_type in handlers.EVENT_HANDLERS.items()
    }
    if publish is not None:
        for handler_list in event_handlers.values():
            handler_list.append(partial(handlers.publish_event, publish=publish))
    command_handlers = {
        command_type: _inject(handler, dependencies)
        for command_type, handler in handlers.COMMAND_HANDLERS.items()
    }
    return MessageBus(uow=uow, event_handlers=event_handlers, command_handlers=command_handlers)


def database_unit_of_work(
    db_url: str | None = None, origin: str | None = None, idle_connections: bool = True
) -> SqlAlchemyUnitOfWork:
    """A unit of work on ``db_url`` (default: ``config.database_url()``) with its schema
    migrated; ``origin`` tags the event log entries it writes. Without
    ``idle_connections`` a server connection is opened for each transaction and closed
    after it (``database.make_engine``)."""
    engine = database.make_engine(
        db_url or config.database_url(), idle_connections=idle_connections
    )
    schema.upgrade(engine)
    return SqlAlchemyUnitOfWork(
        database.session_factory(engine),
        station=config.station_name(),
        operator=config.operator_name(),
        origin=origin,
    )


def existing_unit_of_work(db_url: str) -> SqlAlchemyUnitOfWork:
    """A unit of work on the warehouse already at ``db_url``, for scripts that read it:
    nothing is created or migrated (``adapters.existing``)."""
    from warehouse_gui.adapters import existing

    return SqlAlchemyUnitOfWork(
        database.session_factory(existing.open_existing(db_url)),
        station=config.station_name(),
        operator=config.operator_name(),
    )


class Workstation:
    """The bus, the read side, the mail and the session (``desk.Desk``: who is signed in)
    of one workstation, used from one thread only (a SQLAlchemy session never crosses
    threads)."""

    def __init__(
        self,
        desk: Desk,
        mailer: notifications.BackgroundMailer,
        read_only: str | None = None,
        warnings: tuple[str, ...] = (),
    ) -> None:
        self.desk = desk
        self.bus = desk.bus
        self.uow = desk.uow
        self.mailer = mailer
        self.read_only = read_only  # why nothing can be changed here, or None
        self.warnings = warnings  # what a person should know of this database

    def handle(self, command: commands.Command) -> object:
        """Carry out ``command`` and whatever its events lead to; return its result.

        Session requests (``SignIn``, ``SignOut``, ``ApproveNext``, ``WithdrawApproval``)
        go to the desk. While the database has people, a command needs someone signed in
        (``SignInNeeded``) whose role, or whose supervisor's approval, allows it
        (``NotPermitted``). On a read-only database every command is refused, saying why.
        """
        if isinstance(command, SESSION_REQUESTS):
            return self.desk.request(command)
        if self.read_only is not None:
            raise database_errors.DatabaseReadOnly(self.read_only)
        return self.desk.handle(command)

    @property
    def person(self) -> Person | None:
        """Who is signed in at this desk, if anyone."""
        return self.desk.person

    def answer(self, query: queries.Query) -> object:
        """What the read side says to ``query`` (over the signed-in person's own
        connection on a server); tables not as this version expects are said so in words."""
        try:
            return views.answer(query, self.desk.reader)
        except Exception as error:
            if (missing := database_errors.schema_detail(error)) is not None:
                raise database_errors.SchemaMismatch(missing) from error
            raise

    def close(self) -> None:
        """Let go of the signed-in person's connection; give the mail still queued its
        grace (``SHUTDOWN_GRACE_SECONDS``), then stop."""
        self.desk.close()
        self.mailer.close(notifications.SHUTDOWN_GRACE_SECONDS)


def workstation(db_url: str, origin: str, publish: Callable[[events.Event], None]) -> Workstation:
    """Open the database at ``db_url`` (migrating it) for a workstation whose log entries
    carry ``origin``; ``publish`` receives every domain event. Its mail goes out on a
    thread of its own, until it is closed. A SQLite file not yet copied today is copied
    into its backups folder first (a failure is logged and shown, never raised). What
    stands in the way is raised in words (``adapters.opening``); a server that cannot be
    reached, or has no free connection, raises ``StoreUnavailable``, and the window tries
    again. On a server the desk keeps no connection open between commands: each borrows
    one and closes it."""
    from warehouse_gui import backups

    backups.daily_backup(db_url)
    with opening.in_words(db_url):
        uow = database_unit_of_work(db_url, origin=origin, idle_connections=False)
        read_only = opening.read_only_why(db_url, uow.session_factory)
        mailer = notifications.BackgroundMailer()
        desk = Desk(
            db_url,
            uow,
            bootstrap(uow=uow, publish=publish, send_mail=mailer),
            make_bus=lambda own: bootstrap(
                start_orm=False, uow=own, publish=publish, send_mail=mailer
            ),
        )
    if desk.people_on and database.sqlite_file(db_url) is None:
        # On a server with people, what may be changed is the signed-in person's to say,
        # over their own connection: the start-up role may well only read.
        read_only = None
    return Workstation(desk, mailer, read_only, opening.warnings(db_url))


def follow_log(
    db_url: str,
    origin: str,
    start: read_model.LogPosition,
    stop: threading.Event,
    entries_arrived: Callable[[list[read_model.LoggedEvent]], None],
    connection_changed: Callable[[bool, str], None],
) -> None:
    """Hand over the log entries of other origins than ``origin`` committed after
    ``start``, and every change of the connection, until ``stop`` is set."""
    LogFollower(db_url, origin, start).run(stop, entries_arrived, connection_changed)


def _inject(handler: Callable[..., Any], dependencies: dict[str, Any]) -> Callable[..., Any]:
    wanted = inspect.signature(handler).parameters
    return partial(handler, **{name: dep for name, dep in dependencies.items() if name in wanted})
