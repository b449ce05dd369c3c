"""Signing in, the lockout and a supervisor's approval at a clerk's desk on PostgreSQL with
real password checking: the PIN is the person's password, and the server checks it."""

import re

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import create_engine, text

from tests.gui.harness import opened
from tests.gui.people_support import approve, key, page, sign_in, signed_in_label, with_people
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands
from warehouse_gui.gui.tabs.history import BY
from warehouse_gui.queries import History

pytestmark = pytest.mark.postgres


def stocked(url):
    """Two SKUs and the people in the warehouse at ``url``."""
    bus = bootstrap(db_url=url, send_mail=lambda **mail: None)
    bus.handle(commands.CreateBatch("lamp-1", "LAMP", 20))
    bus.handle(commands.CreateBatch("chair-1", "CHAIR", 5))
    return with_people(url)


@pytest.fixture
def server_desk(qtbot, scram_db_url, tmp_path):
    """A desk on a warehouse in the private cluster, with people and two SKUs."""
    yield from opened(qtbot, stocked(scram_db_url), tmp_path)


def connected(url):
    """The roles connected to the database at ``url`` (but this question's own)."""
    engine = create_engine(url)
    with engine.connect() as connection:
        found = set(
            connection.execute(
                text(
                    "SELECT usename FROM pg_stat_activity WHERE datname = current_database() "
                    "AND pid <> pg_backend_pid()"
                )
            ).scalars()
        )
    engine.dispose()
    return found


def test_a_badge_and_pin_sign_in_and_a_wrong_pin_is_refused_by_the_server(server_desk):
    desk = server_desk
    assert page(desk) is not None
    sign_in(desk, "anna", "0000")
    assert page(desk).message.text() == (
        "Wrong PIN for anna: 4 more tries before the login is locked"
    )
    assert desk.focused() is page(desk).badge.pin_edit
    with desk.answered():
        desk.scan("302918")
    assert signed_in_label(desk) == "Anna Kowalska (clerk)"
    with desk.answered():
        desk.scan("b-9", "LAMP", "3")
    assert desk.ask(History())[0].operator == "anna"


def test_five_wrong_pins_lock_the_login_on_the_server_too(server_desk):
    desk = server_desk
    for _ in range(5):
        sign_in(desk, "bob", "0000")
        page(desk).badge.login_edit.setFocus()
        page(desk).badge.login_edit.clear()
    assert page(desk).message.text() == "Wrong PIN for bob: the login is now locked for 30 s"
    sign_in(desk, "bob")
    assert re.fullmatch(
        r"bob is locked for \d+ s more after 5 wrong PINs in a row", page(desk).message.text()
    )


def test_a_supervisors_approval_at_a_clerks_desk_is_logged_with_both_names(server_desk):
    desk = server_desk
    sign_in(desk, "anna")
    assert not desk.window.low_stock_form.edits["sku"].isEnabled()
    approve(desk, "sam")
    assert desk.window.people.banner.label.text().startswith("Approved by Sam Supervisor")
    key(desk, Qt.Key.Key_T)
    desk.scan("LAMP")
    desk.scan_and_wait("30")
    assert desk.said == "LAMP will warn when fewer than 30 are available"
    desk.qtbot.waitUntil(lambda: not desk.window.people.banner.isVisible())
    [entry] = [e for e in desk.ask(History(sku="LAMP")) if e.type == "LowStockThresholdSet"]
    assert (entry.operator, entry.approver) == ("anna", "sam")
    history = desk.window.history_model
    desk.qtbot.waitUntil(lambda: history.rowCount() and history.entry(0).approver == "sam")
    assert history.index(0, BY).data().startswith("anna, approved by sam @ ")


def test_idle_time_signs_the_person_out_and_no_connection_of_theirs_is_left(
    qtbot, scram_db_url, tmp_path, monkeypatch
):
    monkeypatch.setenv("WAREHOUSE_SIGN_OUT_MINUTES", "0.01")  # 0.6 s
    for desk in opened(qtbot, stocked(scram_db_url), tmp_path):
        sign_in(desk, "anna")
        qtbot.waitUntil(lambda d=desk: page(d) is not None, timeout=5000)
        assert page(desk).message.text() == (
            "Signed out after 0.01 minutes without a key or a click: sign in again"
        )
        assert "anna" not in connected(scram_db_url)


def test_a_clerk_sees_a_correction_greyed_with_the_reason_and_nothing_is_sent(server_desk):
    desk = server_desk
    sign_in(desk, "anna")
    key(desk, Qt.Key.Key_B)
    desk.qtbot.keyClick(desk.focused(), Qt.Key.Key_F2)
    assert desk.said == (
        "Correcting or cancelling a batch needs a supervisor — Ctrl+Shift+A: a supervisor approves"
    )
    table = desk.window.batches_view.table
    assert table.state() != table.State.EditingState
    assert "BatchQuantityChanged" not in {entry.type for entry in desk.ask(History())}
