"""Email to people: through SMTP when configured, to the log when not."""

from __future__ import annotations

import atexit
import functools
import logging
import os
import smtplib
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
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
    """Sends mail on a thread of its own (a one-thread ``ThreadPoolExecutor``), so a slow
    or dead mail server never holds up a command: each message is handed over at once,
    sent with a bounded timeout, and a failure is logged with its traceback.

    ``close`` gives the messages still queued ``timeout`` seconds, then drops the rest and
    logs how many were not sent. Its owner calls it when it stops (a workstation does, with
    ``SHUTDOWN_GRACE_SECONDS``): Python joins an executor's thread before it runs ``atexit``
    functions, so a program that ended without it would first wait for every queued message
    to be tried, each within ``SMTP_TIMEOUT_SECONDS`` a step. It is registered to run at
    exit as well, for a mailer nobody closed.
    """

    def __init__(self, send: Callable[..., None] | None = None) -> None:
        self._send = send if send is not None else send_mail
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mail")
        self._queued: set[Future[None]] = set()
        self._lock = threading.Lock()
        atexit.register(self.close, SHUTDOWN_GRACE_SECONDS)

    def __call__(self, to: str, subject: str, body: str) -> None:
        """Queue a message; returns immediately."""
        try:
            future = self._executor.submit(self._deliver, to, subject, body)
        except RuntimeError:  # closed, or the interpreter is exiting
            logger.error("The email %r to %s was not sent: the program is closing", subject, to)
            return
        with self._lock:
            self._queued.add(future)
        future.add_done_callback(self._forget)

    def flush(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for every queued message to be tried."""
        with self._lock:
            queued = set(self._queued)
        _, not_done = wait(queued, timeout)
        return not not_done

    def close(self, timeout: float) -> None:
        """Try the queued messages for up to ``timeout`` seconds, then stop."""
        if not self.flush(timeout):
            with self._lock:
                unsent = len(self._queued)
            logger.error("%d emails were not sent before exit", unsent)
        self._executor.shutdown(wait=False, cancel_futures=True)
        atexit.unregister(self.close)

    def _deliver(self, to: str, subject: str, body: str) -> None:
        try:
            self._send(to=to, subject=subject, body=body)
        except Exception:
            logger.exception("Could not send the email %r to %s", subject, to)

    def _forget(self, future: Future[None]) -> None:
        with self._lock:
            self._queued.discard(future)


@functools.cache
def default_mailer() -> BackgroundMailer:
    """The process's one background mailer for ``send_mail``."""
    return BackgroundMailer()
