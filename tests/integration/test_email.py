"""The out-of-stock email reaches a real SMTP server."""

import socket

import pytest
from aiosmtpd.controller import Controller

from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands


class Inbox:
    """An aiosmtpd handler that keeps every message it receives."""

    def __init__(self):
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_server(monkeypatch):
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    monkeypatch.setenv("WAREHOUSE_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("WAREHOUSE_SMTP_PORT", str(port))
    monkeypatch.setenv("WAREHOUSE_ALERT_EMAIL", "stock-team@example.org")
    yield inbox
    controller.stop()


def test_out_of_stock_email_is_delivered_over_smtp(smtp_server, tmp_path):
    bus = bootstrap(db_url=f"sqlite:///{tmp_path / 'mail.db'}")
    bus.handle(commands.CreateBatch("b1", "LAMP", 5))

    assert bus.handle(commands.Allocate("o1", "LAMP", 10)) == [None]

    [envelope] = smtp_server.envelopes
    assert envelope.rcpt_tos == ["stock-team@example.org"]
    content = envelope.content.decode()
    assert "Subject: Out of stock: LAMP" in content
    assert "The SKU LAMP is out of stock." in content


def test_without_smtp_configuration_the_email_is_logged(tmp_path, caplog):
    bus = bootstrap(db_url=f"sqlite:///{tmp_path / 'mail.db'}")
    bus.handle(commands.CreateBatch("b1", "LAMP", 5))
    with caplog.at_level("INFO", logger="warehouse_gui.adapters.notifications"):
        bus.handle(commands.Allocate("o1", "LAMP", 10))
    assert "SMTP not configured; email to stock@example.com: Out of stock: LAMP" in caplog.text
