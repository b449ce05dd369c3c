"""People through PgBouncer in transaction mode, as a site configures it (docs/operations):
PgBouncer reads each person's SCRAM verifier from the server (``auth_user``), checks their
PIN, and logs in to the server as them, so the server still names the person on every
entry and still refuses a wrong PIN and a clerk's correction."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from tests import pgbouncer as pgbouncer_support
from tests.needs import needed
from warehouse_gui import bootstrap, views
from warehouse_gui.domain import commands
from warehouse_gui.domain.people import NotPermitted, SignIn, SignInRefused

pytestmark = pytest.mark.postgres

PINS = {"mgr": "90817263", "cleo": "4242"}


@pytest.fixture
def through_pgbouncer(scram_db_url):
    """The private cluster's database with an admin, a clerk and a batch, and its URL
    through a PgBouncer that lets people in."""
    bus = bootstrap.bootstrap(
        uow=bootstrap.database_unit_of_work(scram_db_url), send_mail=lambda **mail: None
    )
    bus.handle(commands.CreateBatch("b1", "LAMP", 10))
    bus.handle(commands.AddPerson("mgr", "Maria", "admin", PINS["mgr"]))
    bus.handle(commands.AddPerson("cleo", "Cleo", "clerk", PINS["cleo"]))
    bouncer = needed(
        lambda: pgbouncer_support.PgBouncer(scram_db_url, look_up_others=True),
        pgbouncer_support.Unavailable,
        "PgBouncer",
    )
    try:
        yield bouncer.url(make_url(scram_db_url).database)
    finally:
        bouncer.stop()


def test_a_person_signs_in_and_works_as_themselves_through_pgbouncer(through_pgbouncer):
    desk = bootstrap.workstation(through_pgbouncer, "desk-1", lambda event: None)
    try:
        with pytest.raises(SignInRefused, match="Wrong PIN for cleo"):
            desk.handle(SignIn("cleo", "0000"))
        desk.handle(SignIn("cleo", PINS["cleo"]))
        assert desk.handle(commands.Allocate("o1", "LAMP", 2)) == "b1"
        with pytest.raises(NotPermitted):
            desk.handle(commands.ChangeBatchQuantity("b1", 4))
        entries = views.events_since(bootstrap.existing_unit_of_work(through_pgbouncer))
        # The server's trigger stamps the role that wrote it: PgBouncer logged in as cleo.
        assert [(e.type, e.operator) for e in entries if e.type == "Allocated"] == [
            ("Allocated", "cleo")
        ]
    finally:
        desk.close()
