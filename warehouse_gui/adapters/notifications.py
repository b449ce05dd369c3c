"""Email to people: through SMTP when configured, to the log when not."""

from __future__ import annotations

import atexit
import functools
import logging
import os
import queue
import smtplib
import threading
import time
from collections.abc import Callable
from email.message import EmailMessage

logger = logging.getLogger(__name__)

SMTP_TIMEOUT_SECONDS = 10.0
SHUTDOWN_GRACE_SECONDS = 5.0


def _single_line(text: str) -> str:
    """Fold CR/LF so header values cannot inject further headers."""
    return " ".join(text.splitlines()).strip()


def send_mail(to: str, subject: str, body: str) -> None:
    """Send a plain-text email via ``WAREHOUSE_SMTP_HOST``/``WAREHOUSE_SMTP_PORT``.

    Without a configured host the message is logged instead, so a workstation with no
    mail server still works and the alert is not lost.
    """
    host = os.environ.get("WAREHOUSE_SMTP_HOST", "").strip()
    if not host:
        logger.info("SMTP not configured; email to %s: %s", to, _single_line(subject))
        return
    port = int(os.environ.get("WAREHOUSE_SMTP_PORT", "25"))
    message = EmailMessage()
    message["From"] = _single_line(os.environ.get("WAREHOUSE_SMTP_FROM", "warehouse-gui@localhost"))
    message["To"] = _single_line(to)
    message["Subject"] = _single_line(subject)
    message.set_content(body)
    with smtplib.SMTP(host, port, timeout=SMTP_TIMEOUT_SECONDS) as smtp:
        smtp.send_message(message)
    logger.info("Sent email to %s via %s:%d: %s", to, host, port, message["Subject"])


class BackgroundMailer:
    """Sends mail on a thread of its own, so a slow or dead mail server never holds up a
    command: each message is handed over at once, sent with a bounded timeout, and a
    failure is logged with its traceback."""

    def __init__(self, send: Callable[..., None] = send_mail) -> None:
        self._send = send
        self._outbox: queue.Queue[dict[str, str] | None] = queue.Queue()
        self._thread = threading.Thread(target=self._deliver, name="mail", daemon=True)
        self._thread.start()
        atexit.register(self.close, SHUTDOWN_GRACE_SECONDS)

    def __call__(self, to: str, subject: str, body: str) -> None:
        """Queue a message; returns immediately."""
        self._outbox.put({"to": to, "subject": subject, "body": body})

    def flush(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for every queued message to be tried."""
        deadline = time.monotonic() + timeout
        while self._outbox.unfinished_tasks:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.01)
        return True

    def close(self, timeout: float) -> None:
        """Try the queued messages for up to ``timeout`` seconds, then stop."""
        if not self.flush(timeout):
            logger.error("%d emails were not sent before exit", self._outbox.unfinished_tasks)
        self._outbox.put(None)

    def _deliver(self) -> None:
        while (mail := self._outbox.get()) is not None:
            try:
                self._send(**mail)
            except Exception:
                logger.exception("Could not send the email %r to %s", mail["subject"], mail["to"])
            finally:
                self._outbox.task_done()
        self._outbox.task_done()


@functools.cache
def default_mailer() -> BackgroundMailer:
    """The process's one background mailer for ``send_mail``."""
    return BackgroundMailer()
