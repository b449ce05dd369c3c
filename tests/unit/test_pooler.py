"""Which way a desk follows the log: as ``WAREHOUSE_FEED`` says, or as the ports say."""

import logging

import pytest

from warehouse_gui.adapters import pooler
from warehouse_gui.adapters.pooler import FeedMode


class Info:
    def __init__(self, port):
        self.port = port


class Cursor:
    def __init__(self, port):
        self.port = port

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def execute(self, query):
        assert query == "SELECT current_setting('port')"

    def fetchone(self):
        return (str(self.port),)


class Connection:
    """A psycopg connection as far as ``pooler`` looks at it: dialed to one port, served
    by a server that says it listens on another (or the same)."""

    def __init__(self, dialed, served, autocommit=False):
        self.info = Info(dialed)
        self.served = served
        self.autocommit = autocommit
        self.rollbacks = 0
        self.prepare_threshold = 5

    def cursor(self):
        return Cursor(self.served)

    def rollback(self):
        self.rollbacks += 1


@pytest.mark.parametrize(
    ("value", "mode"),
    [("", FeedMode.AUTO), ("poll", FeedMode.POLL), (" LISTEN ", FeedMode.LISTEN)],
)
def test_the_environment_chooses_the_mode(monkeypatch, value, mode):
    monkeypatch.setenv("WAREHOUSE_FEED", value)
    assert pooler.configured_mode() is mode


def test_an_unknown_mode_is_logged_and_taken_as_auto(monkeypatch, caplog):
    monkeypatch.setenv("WAREHOUSE_FEED", "carrier-pigeon")
    with caplog.at_level(logging.WARNING):
        assert pooler.configured_mode() is FeedMode.AUTO
    assert "WAREHOUSE_FEED=carrier-pigeon is not one of listen, poll, auto" in caplog.text


def test_a_server_on_another_port_than_dialed_is_taken_for_a_pooler(monkeypatch):
    monkeypatch.delenv("WAREHOUSE_FEED", raising=False)
    relayed = Connection(dialed=6432, served=5432)
    assert pooler.behind_pooler(relayed)
    assert relayed.rollbacks == 1, "the probe's transaction is not left open"
    assert not pooler.behind_pooler(Connection(dialed=5432, served=5432))
    assert not pooler.behind_pooler(Connection(dialed=5432, served=5432, autocommit=True))


def test_the_setting_wins_over_the_ports(monkeypatch):
    monkeypatch.setenv("WAREHOUSE_FEED", "listen")
    assert not pooler.behind_pooler(Connection(dialed=6432, served=5432))
    monkeypatch.setenv("WAREHOUSE_FEED", "poll")
    assert pooler.behind_pooler(Connection(dialed=5432, served=5432))


def test_no_statement_is_prepared_on_a_connection_through_a_pooler(monkeypatch):
    monkeypatch.delenv("WAREHOUSE_FEED", raising=False)
    relayed, direct = Connection(dialed=6432, served=5432), Connection(5432, 5432)
    pooler.unprepared_behind_pooler(relayed, None)
    pooler.unprepared_behind_pooler(direct, None)
    assert (relayed.prepare_threshold, direct.prepare_threshold) == (None, 5)
