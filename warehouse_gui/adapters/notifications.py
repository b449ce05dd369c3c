"""Email to people: through SMTP when configured, to the log when not."""

from __future__ import annotations

import logging
import os
import smtplib
from email.message import EmailMessage

logger = logging.getLogger(__name__)

SMTP_TIMEOUT_SECONDS = 10.0


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
