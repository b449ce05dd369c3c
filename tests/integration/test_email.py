"""The out-of-stock and low-stock emails reach a real SMTP server."""

import email
import email.policy
import socket
import threading
import time

import pytest
from aiosmtpd.controller import Controller

from warehouse_gui.adapters import notifications
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

    assert notifications.default_mailer().flush(timeout=10)
    [envelope] = smtp_server.envelopes
    assert envelope.rcpt_tos == ["stock-team@example.org"]
    content = envelope.content.decode()
    assert "Subject: Out of stock: LAMP for o1" in content
    assert "o1 wants" in content


def test_low_stock_email_is_delivered_over_smtp(smtp_server, tmp_path):
    bus = bootstrap(db_url=f"sqlite:///{tmp_path / 'mail.db'}")
    bus.handle(commands.CreateBatch("b1", "LAMP", 20))
    bus.handle(commands.SetLowStockThreshold("LAMP", 10))

    assert bus.handle(commands.Allocate("o1", "LAMP", 12)) == ["b1"]

    assert notifications.default_mailer().flush(timeout=10)
    [envelope] = smtp_server.envelopes
    assert envelope.rcpt_tos == ["stock-team@example.org"]
    message = email.message_from_bytes(envelope.content, policy=email.policy.default)
    assert message["Subject"] == "Low stock: LAMP"
    assert message.get_content().strip() == (
        "The SKU LAMP has 8 units available (in stock and arriving), "
        "below its low-stock threshold of 10."
    )


def test_without_smtp_configuration_the_email_is_logged(tmp_path, caplog):
    bus = bootstrap(db_url=f"sqlite:///{tmp_path / 'mail.db'}")
    bus.handle(commands.CreateBatch("b1", "LAMP", 5))
    with caplog.at_level("INFO", logger="warehouse_gui.adapters.notifications"):
        bus.handle(commands.Allocate("o1", "LAMP", 10))
        assert notifications.default_mailer().flush(timeout=10)
    assert "SMTP not configured; email to stock@example.com: Out of stock: LAMP" in caplog.text


class SilentServer:
    """Accepts connections and never says a word, like a hung mail server."""

    def __init__(self):
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen()
        self.port = self.socket.getsockname()[1]

    def close(self):
        self.socket.close()


@pytest.mark.parametrize("failure", ["hangs", "refuses"])
def test_a_broken_mail_server_never_holds_up_or_fails_a_command(
    failure, tmp_path, monkeypatch, caplog
):
    silent = SilentServer()
    port = silent.port if failure == "hangs" else free_port()
    monkeypatch.setenv("WAREHOUSE_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("WAREHOUSE_SMTP_PORT", str(port))
    monkeypatch.setattr(notifications, "SMTP_TIMEOUT_SECONDS", 0.5)
    mailer = notifications.BackgroundMailer()
    bus = bootstrap(db_url=f"sqlite:///{tmp_path / 'mail.db'}", send_mail=mailer)
    bus.handle(commands.CreateBatch("b1", "LAMP", 5))
    try:
        with caplog.at_level("ERROR"):
            started = time.monotonic()
            assert bus.handle(commands.Allocate("o1", "LAMP", 10)) == [None]
            assert bus.handle(commands.Allocate("o2", "LAMP", 5)) == ["b1"]
            handled_in = time.monotonic() - started
            assert mailer.flush(timeout=10)
    finally:
        mailer.close(timeout=1)
        silent.close()
    assert handled_in < notifications.SMTP_TIMEOUT_SECONDS, "the commands did not wait"
    record = next(r for r in caplog.records if "Could not send the email" in r.getMessage())
    assert record.exc_info is not None
    assert "Out of stock: LAMP" in record.getMessage()


def test_a_sku_with_line_breaks_cannot_add_mail_headers(smtp_server):
    notifications.send_mail(
        to="stock@example.org\r\nBcc: thief@example.com",
        subject="Out of stock: LAMP\r\nBcc: thief@example.com",
        body="body",
    )
    [envelope] = smtp_server.envelopes
    assert envelope.rcpt_tos == ["stock@example.org"]
    headers = envelope.content.decode().split("\r\n\r\n", 1)[0]
    assert "\r\nBcc:" not in headers
    assert "Subject: Out of stock: LAMP Bcc: thief@example.com" in headers


class HeldSend:
    """A send that waits until released, like a mail server that takes its time."""

    def __init__(self):
        self.release = threading.Event()
        self.sent = []

    def __call__(self, to, subject, body):
        self.release.wait(10)
        self.sent.append(subject)


def test_closing_gives_queued_mail_its_grace_then_reports_what_was_not_sent(caplog):
    send = HeldSend()
    mailer = notifications.BackgroundMailer(send)
    for number in range(3):
        mailer("stock@example.org", f"Out of stock: SKU-{number}", "body")
    try:
        with caplog.at_level("ERROR"):
            started = time.monotonic()
            assert not mailer.flush(timeout=0.2)
            mailer.close(timeout=0.3)
            closed_in = time.monotonic() - started
    finally:
        send.release.set()
    assert 0.5 <= closed_in < 2, "flush and close each waited their timeout, no longer"
    assert "3 emails were not sent before exit" in caplog.text
    assert mailer.flush(timeout=5)
    assert send.sent == ["Out of stock: SKU-0"], "the one being sent finishes, the rest are dropped"


def test_mail_handed_over_after_closing_is_logged_not_raised(caplog):
    mailer = notifications.BackgroundMailer(lambda **mail: None)
    mailer.close(timeout=1)
    with caplog.at_level("ERROR"):
        mailer("stock@example.org", "Out of stock: LAMP", "body")
    assert "The email 'Out of stock: LAMP' to stock@example.org was not sent" in caplog.text


def test_mail_is_sent_on_a_thread_named_for_it():
    threads = []
    mailer = notifications.BackgroundMailer(
        lambda **mail: threads.append(threading.current_thread())
    )
    try:
        mailer("stock@example.org", "Out of stock: LAMP", "body")
        assert mailer.flush(timeout=5)
    finally:
        mailer.close(timeout=1)
    [thread] = threads
    assert thread is not threading.current_thread()
    assert thread.name.startswith("mail")
